using System.Text.RegularExpressions;
using Kgen.Generator;
using Kgen.Generator.Plan;
using Kgen.Model;
using Kgen.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Kgen.Tests;

/// <summary>
/// EKS from eksctl's ClusterConfig: the reader's decisions (refused, ignored, typos), the secure defaults, bad input
/// that writes nothing, parity of the two targets for the EKS kinds, and the change report of a node group that rolls.
/// </summary>
public sealed partial class EksTests
{
    private static string Spec(string name) => File.ReadAllText(Repo.Example(name));

    private static GeneratedOutput Generate(string yaml, Target target = Target.Terraform, string? key = null) =>
        Generator.Generator.Generate(ClusterSpec.Load(yaml, "cluster.yaml"), target, new GenerateOptions { SshPublicKey = key });

    private static Cluster Resolve(string yaml) => ClusterSpec.Load(yaml, "cluster.yaml").Resolve();

    /// <summary>A name, the YAML to change, what replaces it, the code and a fragment every error line must hold.</summary>
    public static TheoryData<string, string, string, string, string> BadCases => new()
    {
        { "refused field", "managedNodeGroups:\n", "fargateProfiles:\n  - name: fp\nmanagedNodeGroups:\n", DiagnosticCodes.EksctlFieldRefused, "fargateProfiles" },
        { "refused nested field", "    instanceTypes: [m6i.large]\n", "    instanceTypes: [m6i.large]\n    preBootstrapCommands: [\"echo hi\"]\n", DiagnosticCodes.EksctlFieldRefused, "preBootstrapCommands" },
        { "node group in a zone the cluster lacks", "    instanceTypes: [m6i.large]\n", "    instanceTypes: [m6i.large]\n    availabilityZones: [eu-central-1z]\n", DiagnosticCodes.EksNodeGroupZone, "the cluster has no subnet in eu-central-1z" },
        { "add-on version of the wrong form", "managedNodeGroups:\n", "addons:\n  - name: coredns\n    version: \"1.11\"\nmanagedNodeGroups:\n", DiagnosticCodes.EksAddonVersion, "vMAJOR.MINOR.PATCH-eksbuild.N" },
        { "kube-proxy of another Kubernetes version", "managedNodeGroups:\n", "addons:\n  - name: kube-proxy\n    version: v1.30.0-eksbuild.3\nmanagedNodeGroups:\n", DiagnosticCodes.EksAddonVersion, "does not match the cluster's Kubernetes 1.32" },
        { "typo at the top", "managedNodeGroups:\n", "managedNodeGroup:\n", DiagnosticCodes.UnknownField, "did you mean \"managedNodeGroups\"" },
        { "typo in a node group", "    spot: true\n", "    spto: true\n", DiagnosticCodes.UnknownField, "did you mean \"spot\"" },
        { "aws-auth only", "  authenticationMode: API\n", "  authenticationMode: CONFIG_MAP\n", DiagnosticCodes.EksctlFieldRefused, "access entries" },
        { "no endpoint at all", "    privateAccess: true\n", "    privateAccess: false\n    publicAccess: false\n", DiagnosticCodes.EksEndpointNone, "reachable" },
        { "service range inside the VPC", "  serviceIPv4CIDR: 172.20.0.0/16\n", "  serviceIPv4CIDR: 10.20.0.0/16\n", DiagnosticCodes.ServicesOverlapVpc, "overlaps the VPC CIDR" },
        { "access policy that is not one", "cluster-access-policy/AmazonEKSViewPolicy", "cluster-access-policy/Amazon EKS View", DiagnosticCodes.EksctlArnInvalid, "is not an EKS access policy ARN" },
    };

    [Theory]
    [MemberData(nameof(BadCases))]
    public void Bad_eksctl_input_exits_1_with_the_path_and_writes_nothing(string name, string find, string replace, string code, string fragment)
    {
        var original = Spec("eks-private-ha.yaml");
        Assert.Contains(find, original, StringComparison.Ordinal);
        var yaml = original.Replace(find, replace, StringComparison.Ordinal);
        using var dir = new TempDir();
        var spec = Path.Combine(dir.Path, "cluster.yaml");
        File.WriteAllText(spec, yaml);
        var outDir = Path.Combine(dir.Path, "out");

        foreach (var target in new[] { "terraform", "cloudformation" })
        {
            var (exit, stdout, err) = CliRunner.Run("-f", spec, $"--target={target}", "--out=" + outDir);

            Assert.True(exit == 1, $"{name}: exit {exit}\n{err}\n{stdout}");
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
            var errors = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith(spec, StringComparison.Ordinal)).ToList();
            Assert.Contains(errors, l => l.Contains(fragment, StringComparison.Ordinal));
            Assert.Matches(@"nothing was written", err);
            Assert.False(Directory.Exists(outDir), $"{name}: {outDir} was written");
        }

        var e = Assert.Throws<SpecException>(() => Resolve(yaml));
        Assert.Contains(e.Errors, d => d.Code == code && d.Message.Contains(fragment, StringComparison.Ordinal) && d.Location is InputLocation { Line: > 0 });
    }

    [Fact]
    public void An_ignored_field_is_a_warning_with_its_position_and_the_rest_generates()
    {
        var yaml = Spec("eks-minimal.yaml").Replace("  version: \"1.33\"\n", "  version: \"1.33\"\n  annotations:\n    owner: me\n", StringComparison.Ordinal);
        var output = Generate(yaml);
        var warning = Assert.Single(output.Warnings, w => w.Code == DiagnosticCodes.EksctlFieldIgnored);
        Assert.Contains("annotations", warning.Message, StringComparison.Ordinal);
        Assert.Equal(10, ((InputLocation)warning.Location).Line);
    }

    [Fact]
    public void Secure_defaults_private_endpoint_logging_kms_imdsv2_and_encrypted_volumes()
    {
        var output = Generate(Spec("eks-minimal.yaml"));
        var plan = output.Plan!;
        var eks = Assert.Single(plan.OfType<EksCluster>());
        Assert.True(eks.EndpointPrivateAccess);
        Assert.False(eks.EndpointPublicAccess);
        Assert.Empty(eks.PublicAccessCidrs);
        Assert.Equal(["api", "audit", "authenticator", "controllerManager", "scheduler"], eks.LogTypes.ToArray());
        Assert.Equal("API", eks.AuthenticationMode);
        var key = Assert.Single(plan.OfType<KmsKey>());
        Assert.True(key.EnableKeyRotation);
        Assert.Same(key, ((Reference)eks.SecretsKeyArn).Target);
        var template = Assert.Single(plan.OfType<NodeGroupLaunchTemplate>());
        Assert.Equal("required", template.MetadataOptions.HttpTokens);
        Assert.Equal(2, template.MetadataOptions.HttpPutResponseHopLimit);
        Assert.True(template.Volume.Encrypted);
        Assert.Contains(output.Warnings, w => w.Code == DiagnosticCodes.EksEndpointPrivate);

        // No aws-auth: access is granted by access entries alone, and the kubeadm machinery is absent.
        Assert.Empty(plan.OfType<LaunchTemplate>());
        Assert.Empty(plan.OfType<AutoscalingGroup>());
        Assert.DoesNotContain(output.Files.Values, f => f.Contains("aws-auth", StringComparison.Ordinal));
    }

    [Fact]
    public void A_public_endpoint_open_to_the_world_is_a_warning_and_disable_pod_imds_gives_hop_limit_1()
    {
        var yaml = Spec("eks-minimal.yaml").Replace("managedNodeGroups:\n", "vpc:\n  clusterEndpoints:\n    publicAccess: true\nmanagedNodeGroups:\n", StringComparison.Ordinal)
            .Replace("    privateNetworking: true\n", "    privateNetworking: true\n    disablePodIMDS: true\n", StringComparison.Ordinal);
        var output = Generate(yaml);
        Assert.Contains(output.Warnings, w => w.Code == DiagnosticCodes.EksEndpointOpenToWorld);
        Assert.Equal(["0.0.0.0/0"], Assert.Single(output.Plan!.OfType<EksCluster>()).PublicAccessCidrs.ToArray());
        Assert.Equal(1, Assert.Single(output.Plan!.OfType<NodeGroupLaunchTemplate>()).MetadataOptions.HttpPutResponseHopLimit);
    }

    [Fact]
    public void Nat_modes_single_highly_available_and_disabled()
    {
        var single = Generate(Spec("eks-minimal.yaml")).Plan!;
        Assert.Single(single.OfType<NatGateway>());
        Assert.Equal(3, single.OfType<Route>().Count(r => r.NatGatewayId is not null));
        var ha = Generate(Spec("eks-private-ha.yaml")).Plan!;
        Assert.Equal(3, ha.OfType<NatGateway>().Count());
        var disabled = Resolve(Spec("eks-minimal.yaml").Replace("managedNodeGroups:\n", "vpc:\n  nat:\n    gateway: Disable\nmanagedNodeGroups:\n", StringComparison.Ordinal));
        Assert.All(disabled.Network.Subnets.Where(s => s.Type == SubnetType.Private), s => Assert.Equal("External", s.Egress));
    }

    [Fact]
    public void Eksctl_layout_public_then_private_nineteen_bit_subnets_and_nodes_in_the_private_ones()
    {
        var cluster = Resolve(Spec("eks-minimal.yaml"));
        Assert.Equal(ControlPlaneTopology.EksManaged, cluster.Topology);
        Assert.Equal(
            ["public-eu-west-1a 192.168.0.0/19", "public-eu-west-1b 192.168.32.0/19", "public-eu-west-1c 192.168.64.0/19", "private-eu-west-1a 192.168.96.0/19", "private-eu-west-1b 192.168.128.0/19", "private-eu-west-1c 192.168.160.0/19"],
            cluster.Network.Subnets.Select(s => $"{s.Name} {s.Cidr}"));
        Assert.Equal(["private-eu-west-1a", "private-eu-west-1b", "private-eu-west-1c"], Assert.Single(cluster.InstanceGroups).Subnets.ToArray());
    }

    [Fact]
    public void Unmanaged_node_groups_and_irsa_service_accounts_are_mapped_with_a_warning()
    {
        var existing = Generate(Spec("eks-existing-vpc.yaml"));
        Assert.Contains(existing.Warnings, w => w.Code == DiagnosticCodes.EksctlMapped && w.Message.Contains("managed node group", StringComparison.Ordinal));
        Assert.Single(existing.Plan!.OfType<ManagedNodeGroup>());

        var identity = Generate(Spec("eks-addons-identity.yaml"));
        Assert.Contains(identity.Warnings, w => w.Code == DiagnosticCodes.EksctlMapped && w.Message.Contains("EKS Pod Identity", StringComparison.Ordinal));
        var associations = identity.Plan!.OfType<PodIdentityAssociation>().Select(p => $"{p.Namespace}/{p.ServiceAccount}").ToList();
        Assert.Equal(["backend/s3-reader", "default/legacy", "kube-system/aws-node", "kube-system/cluster-autoscaler", "kube-system/ebs-csi-controller-sa", "payments/ledger"], associations);

        // The VPC CNI has an identity of its own, so the node role does not carry the CNI policy.
        Assert.DoesNotContain(identity.Plan!.OfType<IamRolePolicyAttachment>(), a => a.Role.Target.Name.StartsWith("nodes.", StringComparison.Ordinal) && a.PolicyArn.EndsWith("AmazonEKS_CNI_Policy", StringComparison.Ordinal));

        // coredns and the CSI driver wait for a node group; the DaemonSet add-ons do not.
        var addons = identity.Plan!.OfType<ManagedAddon>().ToDictionary(a => a.AddonName, a => ((Reference)a.ClusterName).Target);
        Assert.IsType<ManagedNodeGroup>(addons["coredns"]);
        Assert.IsType<ManagedNodeGroup>(addons["aws-ebs-csi-driver"]);
        Assert.IsType<EksCluster>(addons["vpc-cni"]);
    }

    [Theory]
    [InlineData("eks-minimal.yaml")]
    [InlineData("eks-private-ha.yaml")]
    [InlineData("eks-existing-vpc.yaml")]
    [InlineData("eks-addons-identity.yaml")]
    public void Terraform_and_cloudformation_hold_the_same_eks_resources(string example)
    {
        var yaml = Spec(example);
        var tf = Generate(yaml).Files["kubernetes.tf"];
        var template = JObject.Parse(Generate(yaml, Target.CloudFormation).Files["cloudformation.json"]);
        var resources = ((JObject)template["Resources"]!).Properties().Select(p => (JObject)p.Value).ToList();
        int Tf(string type) => Regex.Count(tf, $"^resource \"{type}\" ", RegexOptions.Multiline);
        int Cfn(string type) => resources.Count(r => (string)r["Type"]! == type);

        Assert.Equal(1, Tf("aws_eks_cluster"));
        Assert.Equal(Tf("aws_eks_cluster"), Cfn("AWS::EKS::Cluster"));
        Assert.Equal(Tf("aws_eks_node_group"), Cfn("AWS::EKS::Nodegroup"));
        Assert.Equal(Tf("aws_eks_addon"), Cfn("AWS::EKS::Addon"));
        Assert.Equal(Tf("aws_eks_access_entry"), Cfn("AWS::EKS::AccessEntry"));
        Assert.Equal(Tf("aws_eks_pod_identity_association"), Cfn("AWS::EKS::PodIdentityAssociation"));
        Assert.Equal(Tf("aws_iam_openid_connect_provider"), Cfn("AWS::IAM::OIDCProvider"));
        Assert.Equal(Tf("aws_kms_key"), Cfn("AWS::KMS::Key"));
        Assert.Equal(Tf("aws_launch_template"), Cfn("AWS::EC2::LaunchTemplate"));

        // What CloudFormation writes inside another resource: managed policies in their role, access policies in their entry.
        Assert.Equal(Tf("aws_iam_role_policy_attachment"), resources.Sum(r => (r["Properties"]!["ManagedPolicyArns"] as JArray)?.Count ?? 0));
        Assert.Equal(Tf("aws_eks_access_policy_association"), resources.Sum(r => (r["Properties"]!["AccessPolicies"] as JArray)?.Count ?? 0));
        Assert.True(Tf("aws_iam_role_policy_attachment") >= 6);
    }

    [Fact]
    public void Update_cluster_says_which_node_groups_roll()
    {
        using var dir = new TempDir();
        var spec = Path.Combine(dir.Path, "cluster.yaml");
        var outDir = Path.Combine(dir.Path, "out");
        File.WriteAllText(spec, Spec("eks-private-ha.yaml"));
        var (exit, _, err) = CliRunner.Run("-f", spec, "--target=terraform", "--out=" + outDir);
        Assert.True(exit == 0, err);

        // A bigger root volume is a new launch template version for one group; a new maximum size rolls nothing.
        File.WriteAllText(spec, Spec("eks-private-ha.yaml").Replace("    volumeSize: 50\n", "    volumeSize: 60\n", StringComparison.Ordinal).Replace("    maxSize: 30\n", "    maxSize: 40\n", StringComparison.Ordinal));
        var (exit2, stdout, err2) = CliRunner.Run("-f", spec, "--target=terraform", "--out=" + outDir);

        Assert.True(exit2 == 0, err2);
        Assert.Contains("the launch template of node group system changed", stdout, StringComparison.Ordinal);
        Assert.Contains("EKS rolls its nodes, draining each node respecting PodDisruptionBudgets", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("apps-spot", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spec_keeps_its_eksctl_text_and_a_second_document_is_an_error()
    {
        var yaml = Spec("eks-minimal.yaml");
        var spec = ClusterSpec.Load(yaml, "cluster.yaml");
        Assert.True(spec.IsEks);
        Assert.Equal(yaml, spec.ToYaml());
        var e = Assert.Throws<SpecException>(() => ClusterSpec.Load(yaml + "---\napiVersion: kgen.dev/v1alpha1\nkind: InstanceGroup\nmetadata:\n  name: x\n", "cluster.yaml"));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.EksctlInvalid);
    }

    [Fact]
    public void Export_kubeconfig_for_eks_runs_aws_eks_get_token_from_terraform_or_cloudformation_outputs()
    {
        using var dir = new TempDir();
        var kubeconfig = Path.Combine(dir.Path, "config");
        var terraform = Path.Combine(dir.Path, "outputs.json");
        File.WriteAllText(terraform, """
            {"cluster_name": {"value": "prod-eu"}, "region": {"value": "eu-central-1"},
             "cluster_endpoint": {"value": "https://ABCDEF.gr7.eu-central-1.eks.amazonaws.com"},
             "cluster_certificate_authority_data": {"value": "LS0tLS1CRUdJTg=="}}
            """);
        var (exit, stdout, err) = CliRunner.Run("export", "kubeconfig", "prod-eu", "--outputs", terraform, "--kubeconfig", kubeconfig);
        Assert.True(exit == 0, err);
        Assert.Contains("aws eks get-token", stdout, StringComparison.Ordinal);
        var text = File.ReadAllText(kubeconfig);
        Assert.Contains("server: https://ABCDEF.gr7.eu-central-1.eks.amazonaws.com", text, StringComparison.Ordinal);
        Assert.Contains("certificate-authority-data: LS0tLS1CRUdJTg==", text, StringComparison.Ordinal);
        Assert.Contains("command: aws", text, StringComparison.Ordinal);
        Assert.Matches(@"- --region\n\s*- eu-central-1\n\s*- eks\n\s*- get-token\n\s*- --cluster-name\n\s*- prod-eu", text);
        Assert.Contains("current-context: prod-eu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("client-key-data", text, StringComparison.Ordinal);

        // The same from the stack's outputs (aws cloudformation describe-stacks), into another kubeconfig.
        var stack = Path.Combine(dir.Path, "stack.json");
        File.WriteAllText(stack, """
            {"Stacks": [{"Outputs": [
              {"OutputKey": "ClusterName", "OutputValue": "prod-eu"}, {"OutputKey": "Region", "OutputValue": "eu-central-1"},
              {"OutputKey": "ClusterEndpoint", "OutputValue": "https://ABCDEF.gr7.eu-central-1.eks.amazonaws.com"},
              {"OutputKey": "ClusterCertificateAuthorityData", "OutputValue": "LS0tLS1CRUdJTg=="}]}]}
            """);
        var other = Path.Combine(dir.Path, "config2");
        Assert.Equal(0, CliRunner.Run("export", "kubeconfig", "prod-eu", "--outputs", stack, "--kubeconfig", other).Exit);
        Assert.Equal(text, File.ReadAllText(other));

        // Another cluster's outputs, or a kubeadm cluster's, are a clear error.
        var (wrong, _, wrongErr) = CliRunner.Run("export", "kubeconfig", "other", "--outputs", terraform, "--kubeconfig", kubeconfig);
        Assert.Equal(1, wrong);
        Assert.Contains("belongs to cluster prod-eu", wrongErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_retention_is_a_warning_with_the_command_and_service_account_tags_tag_the_role()
    {
        var yaml = Spec("eks-addons-identity.yaml")
            .Replace("managedNodeGroups:\n", "cloudWatch:\n  clusterLogging:\n    logRetentionInDays: 60\nmanagedNodeGroups:\n", StringComparison.Ordinal)
            .Replace("        name: s3-reader\n        namespace: backend\n", "        name: s3-reader\n        namespace: backend\n      tags:\n        team: storage\n", StringComparison.Ordinal);
        var output = Generate(yaml);
        Assert.Contains(output.Warnings, w => w.Code == DiagnosticCodes.EksctlFieldIgnored && w.Message.Contains("put-retention-policy --log-group-name /aws/eks/apps-west/cluster --retention-in-days 60", StringComparison.Ordinal));
        var role = Assert.Single(output.Plan!.OfType<IamRole>(), r => r.RoleName == "backend-s3-reader.apps-west");
        Assert.Equal("storage", role.Tags.Items["team"]);
    }
}
