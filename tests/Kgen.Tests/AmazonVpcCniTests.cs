using Kgen.Model;
using Kgen.Model.Defaults;
using Kgen.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Kgen.Tests;

/// <summary>The Amazon VPC CNI (<c>networking: amazonvpc</c>): its settings, pod addressing, max-pods, IAM and install.</summary>
public sealed class AmazonVpcCniTests
{
    private static string KopsYaml => File.ReadAllText(Repo.KopsManifest("amazon-vpc"));

    private static SpecException Refused(string yaml) => Assert.Throws<SpecException>(() => ClusterSpec.Load(yaml, "c.yaml").Validate());

    [Fact]
    public void Pods_take_the_vpc_range_and_kubeadm_gets_no_pod_subnet()
    {
        var cluster = ClusterSpec.Load(KopsYaml, "c.yaml").Resolve();
        Assert.Equal(CniKind.AmazonVpc, cluster.Networking.Kind);
        Assert.Equal("172.20.0.0/16", cluster.Network.PodCidr.ToString());
        Assert.Equal(new CniEnvVar("WARM_ENI_TARGET", "2"), Assert.Single(cluster.Networking.AmazonVpcEnv));

        var output = SnapshotTests.Generate(Repo.KopsManifest("amazon-vpc"), Repo.ExampleKey);
        var master = NodeScripts.Of(output, output.Files.Keys.Single(k => k.Contains("master-us-east-2a", StringComparison.Ordinal) && k.EndsWith("_user_data", StringComparison.Ordinal)));
        Assert.Contains("serviceSubnet: \"100.64.0.0/13\"", master, StringComparison.Ordinal);
        Assert.DoesNotContain("podSubnet", master, StringComparison.Ordinal);
        Assert.Contains("https://raw.githubusercontent.com/aws/amazon-vpc-cni-k8s/v1.23.0/config/master/aws-k8s-cni.yaml", master, StringComparison.Ordinal);
        Assert.Contains("VPC_CNI_ENV=('WARM_ENI_TARGET=2')", master, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pod_range_with_amazonvpc_is_an_error_that_says_where_pods_get_addresses()
    {
        var e = Refused(KopsYaml.Replace("  nonMasqueradeCIDR: 172.20.0.0/16\n", "  nonMasqueradeCIDR: 172.20.0.0/16\n  podCIDR: 100.96.0.0/11\n", StringComparison.Ordinal));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.AmazonVpcPodCidr && d.ToString().Contains("spec.podCIDR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ENABLE_PREFIX_DELEGATION", "\"true\"", "kgen refuses ENABLE_PREFIX_DELEGATION: prefix delegation changes how many pods a node holds")]
    [InlineData("MAX_ENI", "\"1\"", "kgen refuses MAX_ENI")]
    [InlineData("AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG", "\"true\"", "ENIConfig subnets kgen does not create")]
    [InlineData("NOT-A-NAME", "x", "is not an environment variable name")]
    [InlineData("WARM_ENI_TARGET", "\"3\"", "WARM_ENI_TARGET is set twice")]
    public void Settings_that_would_break_max_pods_addressing_or_permissions_are_refused(string name, string value, string message)
    {
        var yaml = KopsYaml.Replace("        value: \"2\"\n", $"        value: \"2\"\n      - name: {name}\n        value: {value}\n", StringComparison.Ordinal);
        var e = Refused(yaml);
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.AmazonVpcEnvInvalid && d.ToString().Contains("spec.networking.amazonvpc.env[1].name", StringComparison.Ordinal)
            && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("imageName")]
    [InlineData("initImageName")]
    [InlineData("networkPolicyAgentImage")]
    public void Another_image_is_refused_with_the_reason(string field)
    {
        var e = Refused(KopsYaml.Replace("    amazonvpc:\n", $"    amazonvpc:\n      {field}: registry.example.org/cni:v1\n", StringComparison.Ordinal));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.KopsFieldRefused && d.ToString().Contains("spec.networking.amazonvpc." + field, StringComparison.Ordinal)
            && d.Message.Contains("another image would not be pulled", StringComparison.Ordinal));
    }

    [Fact]
    public void An_instance_type_without_known_pod_limits_is_an_error()
    {
        var e = Refused(KopsYaml.Replace("  machineType: t2.medium\n", "  machineType: zz9.large\n", StringComparison.Ordinal));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.AmazonVpcInstanceType && d.Message.Contains("zz9.large", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_partition_is_refused_because_the_images_are_in_the_aws_partition()
    {
        var yaml = KopsYaml.Replace("us-east-2a", "cn-north-1a", StringComparison.Ordinal);
        var e = Refused(yaml);
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.AmazonVpcPartition);
    }

    [Theory]
    [InlineData("t2.medium", null, 17)] // 3 ENIs x (6 - 1) + 2
    [InlineData("m3.medium", null, 12)] // 2 x (6 - 1) + 2
    [InlineData("m5.large", null, 29)]
    [InlineData("m5.large", 20, 20)] // the spec's kubelet.maxPods caps it
    [InlineData("m5.24xlarge", null, 110)] // 737 addresses, but the kubelet's default is the cap
    public void Max_pods_is_what_the_instance_type_has_addresses_for_at_most_the_cap(string type, int? cap, int expected)
    {
        var yaml = KopsYaml.Replace("  machineType: t2.medium\n", $"  machineType: {type}\n", StringComparison.Ordinal)
            .Replace("    maxPods: 58\n", cap is null ? string.Empty : $"    maxPods: {cap}\n", StringComparison.Ordinal);
        var cluster = ClusterSpec.Load(yaml, "c.yaml").Resolve();
        var nodes = cluster.InstanceGroups.Single(g => g.Name == "nodes");
        Assert.Equal(expected, AmazonVpcMaxPods.For(nodes, cluster.Kubelet.MaxPods));
    }

    [Fact]
    public void A_mixed_group_gets_the_least_of_its_instance_types()
    {
        var yaml = KopsYaml.Replace("  machineType: t2.medium\n", "  machineType: m5.large\n  mixedInstancesPolicy:\n    instances:\n    - m5.large\n    - t3.small\n", StringComparison.Ordinal);
        var cluster = ClusterSpec.Load(yaml, "c.yaml").Resolve();
        Assert.Equal(11, AmazonVpcMaxPods.For(cluster.InstanceGroups.Single(g => g.Name == "nodes"), cluster.Kubelet.MaxPods)); // t3.small: 3 x (4 - 1) + 2
    }

    [Fact]
    public void Both_roles_get_the_cni_calls_tags_only_on_enis_and_image_reads_only_of_the_pinned_repositories()
    {
        var output = SnapshotTests.Generate(Repo.KopsManifest("amazon-vpc"), Repo.ExampleKey);
        foreach (var role in new[] { "masters", "nodes" })
        {
            var policy = JObject.Parse(output.Files.Single(f => f.Key.StartsWith($"data/aws_iam_role_policy_{role}.", StringComparison.Ordinal)).Value);
            var statements = policy["Statement"]!.Children<JObject>().ToDictionary(s => (string?)s["Sid"] ?? string.Empty);
            Assert.Equal("arn:aws:ec2:*:*:network-interface/*", (string?)statements["AmazonVpcCniTagEnis"]["Resource"]);
            Assert.Equal("ec2:CreateTags", (string?)statements["AmazonVpcCniTagEnis"]["Action"]);
            Assert.Equal(
                ["arn:aws:ecr:us-west-2:602401143452:repository/amazon-k8s-cni", "arn:aws:ecr:us-west-2:602401143452:repository/amazon-k8s-cni-init", "arn:aws:ecr:us-west-2:602401143452:repository/amazon/aws-network-policy-agent"],
                statements["AmazonVpcCniPullImages"]["Resource"]!.Values<string>());
            var calls = statements["AmazonVpcCni"]["Action"]!.Values<string>().ToList();
            Assert.Contains("ec2:AssignPrivateIpAddresses", calls);
            Assert.DoesNotContain("ec2:CreateTags", calls);
            Assert.DoesNotContain("ec2:DescribeTags", calls);
        }

        Assert.DoesNotContain(output.Warnings, w => w.Message.Contains("no declared need", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_amazonvpc_no_role_gets_the_cni_grants()
    {
        var output = SnapshotTests.Generate(Repo.KopsManifest("private-flannel"), Repo.ExampleKey);
        Assert.DoesNotContain(output.Files, f => f.Value.Contains("AmazonVpcCni", StringComparison.Ordinal));
    }
}
