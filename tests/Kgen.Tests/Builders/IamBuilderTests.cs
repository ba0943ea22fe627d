using Kgen.Generator;
using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>What the IAM builder decides: roles per role present, the trust principal, and least-privilege statements.</summary>
public sealed class IamBuilderTests
{
    [Fact]
    public void One_role_and_instance_profile_per_role_present_and_a_bastion_without_extra_policies_gets_no_policy()
    {
        var without = Plan(Cluster(OnePublicZone));
        // Besides the machines' roles, the VPC's flow-log delivery role (NetworkBuilderTests).
        Assert.Equal(["flowlogs.t.k8s.local", "masters.t.k8s.local", "nodes.t.k8s.local"], without.OfType<IamRole>().Select(r => r.RoleName).Order(StringComparer.Ordinal));
        Assert.Equal(["masters.t.k8s.local", "nodes.t.k8s.local"], without.OfType<IamInstanceProfile>().Select(r => r.ProfileName).Order(StringComparer.Ordinal));

        var with = Plan(Cluster(TwoPrivateZones), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes(), Bastion());
        var bastion = with.Named<IamRole>("bastions.t.k8s.local");
        Assert.Equal(bastion.Ref("name"), with.Named<IamInstanceProfile>("bastions.t.k8s.local").Role);
        Assert.DoesNotContain(with.OfType<IamRolePolicy>(), p => p.Role.Equals(bastion.Ref("name")));
        Assert.Equal(3, with.OfType<IamRolePolicy>().Count());
    }

    [Theory]
    [InlineData("eu-west-1a", "ec2.amazonaws.com")]
    [InlineData("us-gov-west-1a", "ec2.amazonaws.com")]
    [InlineData("cn-north-1a", "ec2.amazonaws.com.cn")]
    public void Machines_roles_trust_the_ec2_service_principal_of_the_partition(string zone, string principal)
    {
        var plan = Plan(Cluster($"subnets:\n- {{name: a, zone: {zone}, type: Public}}"));

        Assert.All(plan.OfType<IamRole>().Where(r => !r.RoleName.StartsWith("flowlogs.", StringComparison.Ordinal)), role =>
        {
            var trust = Assert.Single(role.AssumeRolePolicy.Statements);
            Assert.Equal(["sts:AssumeRole"], trust.Actions.ToArray());
            Assert.Equal("Allow", trust.Effect);
            Assert.Equal([principal], trust.Principal!.Service.ToArray());
        });
    }

    [Fact]
    public void A_local_config_store_grants_no_s3_action_at_all()
    {
        var plan = Plan(Cluster(OnePublicZone));

        Assert.DoesNotContain(Statements(plan), s => s.Actions.Any(a => a.StartsWith("s3:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Control_plane_s3_access_is_exactly_the_clusters_secrets_and_writes_none()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nconfigBase: s3://state-bucket/clusters/t.k8s.local"));
        var masters = Policy(plan, "masters.t.k8s.local");
        const string Objects = "arn:aws:s3:::state-bucket/clusters/t.k8s.local/";

        var s3 = S3(masters);
        Assert.Equal(["s3:GetObject"], s3.SelectMany(s => s.Actions).Distinct().Order(StringComparer.Ordinal));
        var read = Assert.Single(s3, s => s.Sid == "ReadClusterSecrets");
        Assert.Equal([Objects + ConfigStoreLayout.PkiPrefix + "*"], read.Resources.ToArray());
        // Besides the secrets, the add-ons kgen delivers, which hold none (the add-on runner reads them).
        Assert.Equal([Objects + ConfigStoreLayout.AddonsPrefix + "*"], Assert.Single(s3, s => s.Sid == "ReadAddons").Resources.ToArray());
        Assert.Equal(["ReadAddons", "ReadClusterSecrets"], s3.Select(s => s.Sid!).Order(StringComparer.Ordinal));
        Assert.All(s3, s => Assert.Empty(s.Conditions));
        AssertNoBucketLevelGrant(plan);
    }

    [Fact]
    public void Workers_may_read_only_the_ca_certificate_no_token()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nconfigBase: s3://state-bucket/t.k8s.local"));
        var nodes = Policy(plan, "nodes.t.k8s.local");

        var read = Assert.Single(S3(nodes));
        Assert.Equal(("ReadClusterCa", "Allow"), (read.Sid, read.Effect));
        Assert.Equal(["s3:GetObject"], read.Actions.ToArray());
        Assert.Equal(["arn:aws:s3:::state-bucket/t.k8s.local/" + ConfigStoreLayout.CaCertificate], read.Resources.ToArray());
        Assert.Equal(ConfigStoreLayout.WorkerJoinMaterial.Select(k => "arn:aws:s3:::state-bucket/t.k8s.local/" + k), read.Resources);
        Assert.Empty(read.Conditions);
        AssertNoBucketLevelGrant(plan);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\nconfigStoreEncryption: {kmsKey: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'}")]
    public void Each_role_reads_only_its_own_groups_node_scripts(string kms)
    {
        var plan = Plan(
            Cluster(OnePublicZone + "\nconfigBase: s3://state-bucket/t.k8s.local" + kms),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes(),
            Nodes("gpu"));
        const string Objects = "arn:aws:s3:::state-bucket/t.k8s.local/";

        var masters = Assert.Single(Policy(plan, "masters.t.k8s.local"), s => s.Sid == "ReadNodeScripts");
        Assert.Equal(["s3:GetObject"], masters.Actions.ToArray());
        Assert.Equal([Objects + "nodeup/cp/*"], masters.Resources.ToArray());
        var nodes = Assert.Single(Policy(plan, "nodes.t.k8s.local"), s => s.Sid == "ReadNodeScripts");
        Assert.Equal([Objects + "nodeup/gpu/*", Objects + "nodeup/nodes/*"], nodes.Resources.ToArray());

        // Each script's key is under its own group's folder, and only its own role may read it.
        foreach (var o in plan.ConfigBaseObjects)
        {
            var read = new Generator.Verification.CallNeed { Actor = new Generator.Verification.RoleActor(o.Readers[0]), Phase = Generator.Verification.NeedPhase.Boot, Action = "s3:GetObject", Resource = Objects + o.Key, Purpose = "read " + o.Key };
            var mine = o.Readers[0] == Kgen.Model.InstanceGroupRole.ControlPlane ? "masters.t.k8s.local" : "nodes.t.k8s.local";
            var other = o.Readers[0] == Kgen.Model.InstanceGroupRole.ControlPlane ? "nodes.t.k8s.local" : "masters.t.k8s.local";
            Assert.Contains(Policy(plan, mine), s => Generator.Verification.IamEvaluator.Matches(s, read));
            Assert.DoesNotContain(Policy(plan, other), s => Generator.Verification.IamEvaluator.Matches(s, read));
        }

        // The three node scripts and the add-ons' files (the control plane's alone).
        Assert.Equal(3, plan.ConfigBaseObjects.Count(o => o.Key.StartsWith(ConfigStoreLayout.NodeupPrefix, StringComparison.Ordinal)));
        Assert.All(plan.ConfigBaseObjects.Where(o => o.Key.StartsWith(ConfigStoreLayout.AddonsPrefix, StringComparison.Ordinal)), o => Assert.Equal([Kgen.Model.InstanceGroupRole.ControlPlane], o.Readers.ToArray()));
        Assert.Equal(kms.Length > 0, Policy(plan, "nodes.t.k8s.local").Any(s => s.Sid == "DecryptNodeScripts"));
    }

    [Fact]
    public void A_store_at_the_root_of_a_bucket_grants_its_keys_without_a_prefix()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nconfigBase: s3://state-bucket"));

        Assert.Equal(
            ConfigStoreLayout.WorkerJoinMaterial.Select(k => "arn:aws:s3:::state-bucket/" + k),
            Assert.Single(S3(Policy(plan, "nodes.t.k8s.local"))).Resources);
        Assert.Equal(
            ["arn:aws:s3:::state-bucket/" + ConfigStoreLayout.PkiPrefix + "*"],
            Assert.Single(S3(Policy(plan, "masters.t.k8s.local")), s => s.Sid == "ReadClusterSecrets").Resources.ToArray());
        AssertNoBucketLevelGrant(plan);
    }

    [Fact]
    public void Each_role_is_granted_exactly_the_statements_its_scripts_call()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nconfigBase: s3://state-bucket/t.k8s.local"), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(), Bastion(spec: "subnets: [eu-west-1a]"));

        Assert.Equal(
            [
                "AddonsChangeClusterResources", "AddonsCreateClusterResources", "AddonsDescribe", "AddonsTagOnCreate", "AttachEtcdVolumeMain", "AttachEtcdVolumesToControlPlane",
                "CloudControllerManagerElbServiceLinkedRole", "CloudControllerManagerSecurityGroupVpc", "ControlPlaneJoinLock", "DescribeCluster", "ListEtcdSnapshots",
                "PruneAndRestoreEtcdSnapshots", "ReadAddons", "ReadAddonsIndex", "ReadClusterSecrets", "ReadNodeScripts", "WriteEtcdSnapshots",
            ],
            Policy(plan, "masters.t.k8s.local").Select(s => s.Sid!).Order(StringComparer.Ordinal));
        Assert.Equal(["PullFromEcr", "ReadClusterCa", "ReadNodeScripts"], Policy(plan, "nodes.t.k8s.local").Select(s => s.Sid!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(plan.OfType<IamRolePolicy>(), p => p.Name == "bastions.t.k8s.local");
    }

    [Fact]
    public void Etcd_snapshots_are_written_encrypted_listed_and_pruned_only_below_backups_etcd_main_and_the_lock_is_one_key()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nconfigBase: s3://state-bucket/clusters/t.k8s.local"));
        var masters = Policy(plan, "masters.t.k8s.local");
        const string Objects = "arn:aws:s3:::state-bucket/clusters/t.k8s.local/";

        var write = Assert.Single(masters, s => s.Sid == "WriteEtcdSnapshots");
        Assert.Equal(["s3:PutObject"], write.Actions.ToArray());
        Assert.Equal([Objects + "backups/etcd/main/*"], write.Resources.ToArray());
        Assert.Equal(["AES256"], write.Conditions["StringEquals"]["s3:x-amz-server-side-encryption"].ToArray());
        var prune = Assert.Single(masters, s => s.Sid == "PruneAndRestoreEtcdSnapshots");
        Assert.Equal(["s3:DeleteObject", "s3:GetObject"], prune.Actions.ToArray());
        Assert.Equal([Objects + "backups/etcd/main/*", Objects + ConfigStoreLayout.EtcdRestoreRequest], prune.Resources.ToArray());
        var list = Assert.Single(masters, s => s.Sid == "ListEtcdSnapshots");
        Assert.Equal(["arn:aws:s3:::state-bucket"], list.Resources.ToArray());
        Assert.Equal(["clusters/t.k8s.local/backups/etcd/main/*"], list.Conditions["StringLike"]["s3:prefix"].ToArray());
        var lockStatement = Assert.Single(masters, s => s.Sid == "ControlPlaneJoinLock");
        Assert.Equal([Objects + ConfigStoreLayout.ControlPlaneJoinLock], lockStatement.Resources.ToArray());
        Assert.DoesNotContain(Policy(plan, "nodes.t.k8s.local"), s => EtcdBackupSids.Contains(s.Sid));
    }

    [Fact]
    public void The_control_plane_describes_only_instances_volumes_and_load_balancers_and_workers_describe_nothing()
    {
        var plan = Plan(Cluster(OnePublicZone));

        var describe = Assert.Single(Policy(plan, "masters.t.k8s.local"), s => s.Sid == "DescribeCluster");
        Assert.Equal(["ec2:DescribeInstances", "ec2:DescribeVolumes", "elasticloadbalancing:DescribeLoadBalancers"], describe.Actions.ToArray());
        Assert.Equal(["*"], describe.Resources.ToArray());
        Assert.Empty(describe.Conditions);
        Assert.False(describe.FromOperator);
        Assert.Single(Policy(plan, "masters.t.k8s.local"), s => !s.Sid!.StartsWith("Addons", StringComparison.Ordinal) && s.Actions.Any(IsDescribe));

        // Workers describe nothing of their own (the ECR pull the spec asks for aside).
        Assert.DoesNotContain(Policy(plan, "nodes.t.k8s.local"), s => !s.FromOperator && s.Actions.Any(IsDescribe));
    }

    [Fact]
    public void Arns_carry_the_partition_of_the_region()
    {
        var plan = Plan(Cluster("subnets:\n- {name: a, zone: cn-north-1a, type: Public}\nconfigBase: s3://state-bucket/t.k8s.local"));

        var arns = Statements(plan).SelectMany(s => s.Resources).Where(r => r.StartsWith("arn:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(arns);
        Assert.All(arns, a => Assert.StartsWith("arn:aws-cn:", a, StringComparison.Ordinal));
    }

    [Fact]
    public void Attaching_an_etcd_volume_needs_the_cluster_tag_and_that_etcd_clusters_tag_and_a_control_plane_instance()
    {
        var plan = Plan(Cluster(OnePublicZone));
        var attach = Policy(plan, "masters.t.k8s.local").Where(s => s.Actions.Contains("ec2:AttachVolume") && s.Sid!.StartsWith("AttachEtcd", StringComparison.Ordinal)).ToList();

        foreach (var etcd in new[] { "main" })
        {
            var volume = Assert.Single(attach, s => s.Conditions.TryGetValue("Null", out var n) && n.ContainsKey($"aws:ResourceTag/k8s.io/etcd/{etcd}"));
            Assert.Equal(["arn:aws:ec2:*:*:volume/*"], volume.Resources.ToArray());
            Assert.Equal(["false"], volume.Conditions["Null"][$"aws:ResourceTag/k8s.io/etcd/{etcd}"].ToArray());
            Assert.Equal(["t.k8s.local"], volume.Conditions["StringEquals"]["aws:ResourceTag/KubernetesCluster"].ToArray());
        }

        var instance = Assert.Single(attach, s => s.Resources.Contains("arn:aws:ec2:*:*:instance/*"));
        Assert.Equal(["t.k8s.local"], instance.Conditions["StringEquals"]["aws:ResourceTag/KubernetesCluster"].ToArray());
        Assert.Equal(["1"], instance.Conditions["StringEquals"]["aws:ResourceTag/k8s.io/role/control-plane"].ToArray());
        Assert.Equal(2, attach.Count); // main's volumes and the instance
        Assert.DoesNotContain(Policy(plan, "nodes.t.k8s.local"), s => s.Actions.Contains("ec2:AttachVolume"));
    }

    [Fact]
    public void Without_container_registry_access_only_describe_calls_run_on_every_resource_without_a_condition()
    {
        var plan = Plan(Cluster(OnePublicZone + "\niam: {allowContainerRegistry: false}\nconfigBase: s3://b/t.k8s.local"), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(), Bastion(spec: "subnets: [eu-west-1a]"));

        var unscoped = Statements(plan).Where(s => s.Resources.Contains("*") && s.Conditions.IsEmpty).ToList();
        Assert.Equal(["AddonsDescribe", "DescribeCluster"], unscoped.Select(s => s.Sid!).Order(StringComparer.Ordinal));
        foreach (var describe in unscoped)
        {
            Assert.Contains(describe, Policy(plan, "masters.t.k8s.local"));
            Assert.All(describe.Actions, a => Assert.StartsWith("Describe", a.Split(':')[1], StringComparison.Ordinal));
        }

        Assert.DoesNotContain(Policy(plan, "nodes.t.k8s.local"), s => s.Resources.Contains("*"));
        Assert.DoesNotContain(Statements(plan), s => s.Actions.Any(a => a.StartsWith("ecr:", StringComparison.Ordinal)));
    }

    [Fact]
    public void With_container_registry_access_the_only_unscoped_grant_besides_describe_calls_is_the_operators_ecr_pull()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nconfigBase: s3://b/t.k8s.local"));

        var unscoped = Statements(plan).Where(s => s.Resources.Contains("*") && s.Conditions.IsEmpty).ToList();
        Assert.Equal(["AddonsDescribe", "DescribeCluster", "PullFromEcr"], unscoped.Select(s => s.Sid!).Order(StringComparer.Ordinal));
        Assert.All(unscoped.Where(s => !s.FromOperator).SelectMany(s => s.Actions), a => Assert.StartsWith("Describe", a.Split(':')[1], StringComparison.Ordinal));
        Assert.True(Assert.Single(unscoped, s => s.Sid == "PullFromEcr").FromOperator);
    }

    [Fact]
    public void Container_registry_pulls_are_granted_to_workers_only_by_default()
    {
        var plan = Plan(Cluster(OnePublicZone));

        var ecr = Assert.Single(Policy(plan, "nodes.t.k8s.local"), s => s.Actions.Any(a => a.StartsWith("ecr:", StringComparison.Ordinal)));
        Assert.Contains("ecr:GetAuthorizationToken", ecr.Actions);
        Assert.Equal("PullFromEcr", ecr.Sid);

        // The spec asks for it (iam.allowContainerRegistry); no script of kgen's pulls from ECR.
        Assert.True(ecr.FromOperator);
        Assert.All(ecr.Actions, a => Assert.DoesNotMatch("^ecr:(Put|Delete|Create|Upload|Initiate|Complete)", a));
        Assert.DoesNotContain(Policy(plan, "masters.t.k8s.local"), s => s.Actions.Any(a => a.StartsWith("ecr:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Additional_policies_become_typed_statements_of_the_role_they_name()
    {
        var plan = Plan(
            Cluster(OnePublicZone + """

                additionalPolicies:
                  master: '[{"Effect": "Allow", "Action": "route53:ChangeResourceRecordSets", "Resource": ["arn:aws:route53:::hostedzone/Z1"]}]'
                  control-plane: '[{"Sid": "Cp", "Effect": "Deny", "NotAction": ["iam:*"], "NotResource": "*"}]'
                  node: '[{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::assets/*", "Condition": {"Bool": {"aws:SecureTransport": true}, "NumericLessThan": {"s3:max-keys": [10, 20]}}}]'
                  bastion: '[{"Effect": "Allow", "Action": "ssm:GetParameter", "Resource": "*"}]'
                """),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes(),
            Bastion(spec: "subnets: [eu-west-1a]"));

        var masters = Policy(plan, "masters.t.k8s.local");
        var route53 = Assert.Single(masters, s => s.Actions.Contains("route53:ChangeResourceRecordSets"));
        Assert.Equal(["arn:aws:route53:::hostedzone/Z1"], route53.Resources.ToArray());
        var deny = Assert.Single(masters, s => s.Sid == "Cp");
        Assert.Equal(("Deny", "iam:*", "*"), (deny.Effect, Assert.Single(deny.NotActions), Assert.Single(deny.NotResources)));
        Assert.Empty(deny.Actions);

        var node = Assert.Single(Policy(plan, "nodes.t.k8s.local"), s => s.Resources.Contains("arn:aws:s3:::assets/*"));
        Assert.Equal(["true"], node.Conditions["Bool"]["aws:SecureTransport"].ToArray());
        Assert.Equal(["10", "20"], node.Conditions["NumericLessThan"]["s3:max-keys"].ToArray());
        Assert.DoesNotContain(masters, s => s.Resources.Contains("arn:aws:s3:::assets/*"));

        var bastion = Assert.Single(Policy(plan, "bastions.t.k8s.local"));
        Assert.Equal(["ssm:GetParameter"], bastion.Actions.ToArray());
    }

    /// <summary>No statement names the bucket itself (s3:ListBucket, s3:GetBucketLocation, …): one object's <c>s3 cp</c> needs neither.</summary>
    private static void AssertNoBucketLevelGrant(ClusterPlan plan)
    {
        var s3 = S3(Statements(plan));
        Assert.NotEmpty(s3);
        Assert.Equal(["s3:GetObject"], s3.SelectMany(s => s.Actions).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(s3, s => s.Actions.Contains("s3:ListBucket") || s.Actions.Contains("s3:GetBucketLocation"));
        Assert.All(s3.SelectMany(s => s.Resources), r => Assert.StartsWith("arn:aws:s3:::state-bucket/", r, StringComparison.Ordinal));
        // The one bucket-level grant: listing the etcd snapshots, only below their prefix.
        Assert.All(Statements(plan).Where(s => s.Resources.Contains("arn:aws:s3:::state-bucket")), s =>
        {
            Assert.Equal(("ListEtcdSnapshots", "s3:ListBucket"), (s.Sid, Assert.Single(s.Actions)));
            Assert.EndsWith("backups/etcd/main/*", Assert.Single(s.Conditions["StringLike"]["s3:prefix"]), StringComparison.Ordinal);
        });
    }

    private static bool IsDescribe(string action) => action.Split(':')[1].StartsWith("Describe", StringComparison.Ordinal);

    /// <summary>The statements of the etcd snapshots and the join lock (their own test); the other tests look at the secrets.</summary>
    private static readonly string[] EtcdBackupSids = ["ControlPlaneJoinLock", "ListEtcdSnapshots", "PruneAndRestoreEtcdSnapshots", "WriteEtcdSnapshots"];

    /// <summary>The S3 statements on secrets: without the etcd snapshots' and the join lock's, and the node scripts' (tested on their own).</summary>
    private static List<Statement> S3(IEnumerable<Statement> statements) =>
        [.. statements.Where(s => s.Actions.Any(a => a.StartsWith("s3:", StringComparison.Ordinal)) && !EtcdBackupSids.Contains(s.Sid) && s.Sid != "ReadNodeScripts")];

    private static IEnumerable<Statement> Statements(ClusterPlan plan) => plan.OfType<IamRolePolicy>().SelectMany(p => p.Policy.Statements);

    private static List<Statement> Policy(ClusterPlan plan, string role) => [.. plan.Named<IamRolePolicy>(role).Policy.Statements];
}
