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
        Assert.Equal(["masters.t.k8s.local", "nodes.t.k8s.local"], without.OfType<IamRole>().Select(r => r.RoleName).Order(StringComparer.Ordinal));
        Assert.Equal(["masters.t.k8s.local", "nodes.t.k8s.local"], without.OfType<IamInstanceProfile>().Select(r => r.ProfileName).Order(StringComparer.Ordinal));

        var with = Plan(Cluster(TwoPrivateZones), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes(), Bastion());
        var bastion = with.Named<IamRole>("bastions.t.k8s.local");
        Assert.Equal(bastion.Ref("name"), with.Named<IamInstanceProfile>("bastions.t.k8s.local").Role);
        Assert.DoesNotContain(with.OfType<IamRolePolicy>(), p => p.Role.Equals(bastion.Ref("name")));
        Assert.Equal(2, with.OfType<IamRolePolicy>().Count());
    }

    [Theory]
    [InlineData("eu-west-1a", "ec2.amazonaws.com")]
    [InlineData("us-gov-west-1a", "ec2.amazonaws.com")]
    [InlineData("cn-north-1a", "ec2.amazonaws.com.cn")]
    public void Machines_roles_trust_the_ec2_service_principal_of_the_partition(string zone, string principal)
    {
        var plan = Plan(Cluster($"subnets:\n- {{name: a, zone: {zone}, type: Public}}"));

        Assert.All(plan.OfType<IamRole>(), role =>
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
    public void Control_plane_s3_access_stays_under_the_clusters_prefix_and_writes_only_the_join_token()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nconfigBase: s3://state-bucket/clusters/t.k8s.local"));
        var masters = Policy(plan, "masters.t.k8s.local");
        const string Objects = "arn:aws:s3:::state-bucket/clusters/t.k8s.local/";

        Assert.Equal(
            [Objects + ConfigStoreLayout.PkiPrefix + "*", Objects + ConfigStoreLayout.TokensPrefix + "*"],
            Assert.Single(masters, s => s.Actions.Contains("s3:GetObject")).Resources.ToArray());
        Assert.Equal([Objects + ConfigStoreLayout.JoinToken], Assert.Single(masters, s => s.Actions.Contains("s3:PutObject")).Resources.ToArray());
        var list = Assert.Single(masters, s => s.Actions.Contains("s3:ListBucket"));
        Assert.Equal(["arn:aws:s3:::state-bucket"], list.Resources.ToArray());
        Assert.Equal(["clusters/t.k8s.local/*"], list.Conditions["StringLike"]["s3:prefix"].ToArray());
    }

    [Fact]
    public void Workers_may_read_only_the_ca_certificate_and_the_join_token()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nconfigBase: s3://state-bucket/t.k8s.local"));
        var nodes = Policy(plan, "nodes.t.k8s.local");

        var s3 = nodes.Where(s => s.Actions.Any(a => a.StartsWith("s3:", StringComparison.Ordinal))).ToList();
        Assert.Equal(["s3:GetBucketLocation", "s3:GetObject"], s3.SelectMany(s => s.Actions).Order(StringComparer.Ordinal));
        Assert.Equal(
            ConfigStoreLayout.WorkerJoinMaterial.Select(k => "arn:aws:s3:::state-bucket/t.k8s.local/" + k),
            Assert.Single(s3, s => s.Actions.Contains("s3:GetObject")).Resources);
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
        var attach = Policy(plan, "masters.t.k8s.local").Where(s => s.Actions.Contains("ec2:AttachVolume")).ToList();

        foreach (var etcd in new[] { "main", "events" })
        {
            var volume = Assert.Single(attach, s => s.Conditions.TryGetValue("Null", out var n) && n.ContainsKey($"aws:ResourceTag/k8s.io/etcd/{etcd}"));
            Assert.Equal(["arn:aws:ec2:*:*:volume/*"], volume.Resources.ToArray());
            Assert.Equal(["false"], volume.Conditions["Null"][$"aws:ResourceTag/k8s.io/etcd/{etcd}"].ToArray());
            Assert.Equal(["t.k8s.local"], volume.Conditions["StringEquals"]["aws:ResourceTag/KubernetesCluster"].ToArray());
        }

        var instance = Assert.Single(attach, s => s.Resources.Contains("arn:aws:ec2:*:*:instance/*"));
        Assert.Equal(["t.k8s.local"], instance.Conditions["StringEquals"]["aws:ResourceTag/KubernetesCluster"].ToArray());
        Assert.Equal(["1"], instance.Conditions["StringEquals"]["aws:ResourceTag/k8s.io/role/control-plane"].ToArray());
        Assert.Equal(3, attach.Count);
        Assert.DoesNotContain(Policy(plan, "nodes.t.k8s.local"), s => s.Actions.Contains("ec2:AttachVolume"));
    }

    [Fact]
    public void Without_container_registry_access_only_describe_calls_run_on_every_resource_without_a_condition()
    {
        var plan = Plan(Cluster(OnePublicZone + "\niam: {allowContainerRegistry: false}\nconfigBase: s3://b/t.k8s.local"), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(), Bastion(spec: "subnets: [eu-west-1a]"));

        var unscoped = Statements(plan).Where(s => s.Resources.Contains("*") && s.Conditions.IsEmpty).ToList();
        Assert.NotEmpty(unscoped);
        Assert.All(unscoped.SelectMany(s => s.Actions), a => Assert.StartsWith("Describe", a.Split(':')[1], StringComparison.Ordinal));
        Assert.DoesNotContain(Statements(plan), s => s.Actions.Any(a => a.StartsWith("ecr:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Container_registry_pulls_are_granted_to_workers_only_by_default()
    {
        var plan = Plan(Cluster(OnePublicZone));

        var ecr = Assert.Single(Policy(plan, "nodes.t.k8s.local"), s => s.Actions.Any(a => a.StartsWith("ecr:", StringComparison.Ordinal)));
        Assert.Contains("ecr:GetAuthorizationToken", ecr.Actions);
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

    private static IEnumerable<Statement> Statements(ClusterPlan plan) => plan.OfType<IamRolePolicy>().SelectMany(p => p.Policy.Statements);

    private static List<Statement> Policy(ClusterPlan plan, string role) => [.. plan.Named<IamRolePolicy>(role).Policy.Statements];
}
