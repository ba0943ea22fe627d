using System.Text.RegularExpressions;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// kops users' manifests load unchanged, and kgen builds the same core infrastructure kops
/// builds for them. For each of kops' own integration fixtures this compares, per core resource
/// type, how many resources kops' <c>kubernetes.tf</c> has and how many kgen's has; every count
/// that differs is listed here with the reason. (kops' own machinery — state-store objects, its
/// node-termination-handler queue and rules — is not infrastructure kgen needs: it forms clusters
/// with kubeadm.)
/// </summary>
public sealed partial class KopsFixtureTests
{
    /// <summary>The resource types compared.</summary>
    private static readonly string[] CoreTypes =
    [
        "aws_vpc", "aws_vpc_dhcp_options", "aws_vpc_dhcp_options_association", "aws_internet_gateway", "aws_subnet",
        "aws_route_table", "aws_route", "aws_route_table_association", "aws_eip", "aws_nat_gateway",
        "aws_security_group", "aws_security_group_rule", "aws_iam_role", "aws_iam_role_policy", "aws_iam_instance_profile",
        "aws_key_pair", "aws_launch_template", "aws_autoscaling_group", "aws_ebs_volume",
        "aws_lb", "aws_lb_listener", "aws_lb_target_group", "aws_route53_record", "aws_route53_zone", "aws_ec2_tag",
    ];

    // Reasons shared by several fixtures.
    private const string Ipv6Route = "kops gives every VPC an Amazon IPv6 block and a ::/0 route; kgen's VPCs are IPv4-only, so one route fewer";
    private const string NodePolicy = "kgen gives nodes an inline policy (ECR pulls, as iam.allowContainerRegistry asks) where kops' default gives them none";
    private const string ApiLoadBalancer = "the fixture uses kops' DNS-only API (api.dns or control plane in public subnets); kgen always fronts the API with load balancers: an internal one for the nodes and, for a public API, an internet-facing one for kubectl";
    private const string InternalApiLoadBalancer = "kgen adds an internal API load balancer for the nodes (api.internal.<cluster>): the internet-facing one never admits their NAT-translated packets; kops points api.internal at the control-plane nodes' addresses (dns-controller)";
    private const string ApiElbGroup = "the API load balancer kgen adds brings its own security group";
    private const string OwnPrivateZone = "without a dnsZone kgen keeps a private hosted zone of the cluster's own for api.internal.<cluster>; kops looks a public zone up at generation time";
    private const string InternalRecord = "kgen publishes api.internal.<cluster> as an alias A record; kops publishes api.<cluster> as A and AAAA (IPv6) records";
    private const string HaRecords = "kgen publishes api.<cluster> and api.internal.<cluster> as alias records to the load balancer; kops' dns-controller maintains the names at run time instead";
    private const string Rules = "kgen's rule matrix is least-privilege (only the ports each path needs, no IPv6 egress, SSH and API only from the spec's lists); kops opens everything but etcd between nodes and masters and adds ::/0 egress";
    private const string NoEventsVolumes = "kubeadm's stacked etcd keeps events in main, so kgen makes no volumes for kops' events etcd cluster (warning KG3450)";

    private const string SharedTags = "kgen tags the two shared subnets kubernetes.io/cluster/<cluster>=shared in Terraform (aws_ec2_tag); kops tags them through the API at update time";

    public static TheoryData<string, string> Fixtures => new()
    {
        { "ha", "kops-ha" },
        { "minimal-aws", "kops-minimal-aws" },
        { "mixed_instances", "kops-mixed-instances" },
        { "private-shared-subnet", "kops-private-shared-subnet" },
        { "privateflannel", "kops-privateflannel" },
    };

    /// <summary>fixture → type → (kgen count minus kops count, why).</summary>
    private static readonly Dictionary<string, Dictionary<string, (int Delta, string Why)>> Differences = new()
    {
        ["ha"] = new()
        {
            ["aws_ebs_volume"] = (-3, NoEventsVolumes),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+1, NodePolicy),
            ["aws_lb"] = (+2, ApiLoadBalancer),
            ["aws_lb_listener"] = (+2, ApiLoadBalancer),
            ["aws_lb_target_group"] = (+2, ApiLoadBalancer),
            ["aws_security_group"] = (+1, ApiElbGroup),
            ["aws_security_group_rule"] = (+5, Rules),
            ["aws_route53_record"] = (+2, HaRecords),
        },
        ["minimal-aws"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsVolumes),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+1, NodePolicy),
            ["aws_lb"] = (+2, ApiLoadBalancer),
            ["aws_lb_listener"] = (+2, ApiLoadBalancer),
            ["aws_lb_target_group"] = (+2, ApiLoadBalancer),
            ["aws_security_group"] = (+1, ApiElbGroup),
            ["aws_security_group_rule"] = (+5, Rules),
            ["aws_route53_zone"] = (+1, OwnPrivateZone),
            ["aws_route53_record"] = (+1, OwnPrivateZone),
        },
        ["mixed_instances"] = new()
        {
            ["aws_ebs_volume"] = (-3, NoEventsVolumes),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+1, NodePolicy),
            ["aws_lb"] = (+2, ApiLoadBalancer),
            ["aws_lb_listener"] = (+2, ApiLoadBalancer),
            ["aws_lb_target_group"] = (+2, ApiLoadBalancer),
            ["aws_security_group"] = (+1, ApiElbGroup),
            ["aws_security_group_rule"] = (+5, Rules),
            ["aws_route53_zone"] = (+1, OwnPrivateZone),
            ["aws_route53_record"] = (+1, OwnPrivateZone),
        },
        ["private-shared-subnet"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsVolumes),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_iam_role_policy"] = (+1, NodePolicy),
            ["aws_security_group_rule"] = (-8, Rules),
            ["aws_route53_zone"] = (+1, OwnPrivateZone),
            ["aws_route53_record"] = (-1, InternalRecord),
            ["aws_ec2_tag"] = (+2, SharedTags),
        },
        ["privateflannel"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsVolumes),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+1, NodePolicy),
            ["aws_security_group_rule"] = (-8, Rules),
            ["aws_route53_zone"] = (+1, OwnPrivateZone),
            ["aws_route53_record"] = (-1, InternalRecord),
        },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Core_infrastructure_matches_kops_except_for_the_listed_differences(string fixture, string snapshotCase)
    {
        var dir = Repo.KopsFixture(fixture);
        var kops = Count(File.ReadAllText(Path.Combine(dir, "kubernetes.tf")));
        var output = SnapshotTests.Generate(Path.Combine(dir, "in-v1alpha2.yaml"), Path.Combine(dir, "id_rsa.pub"));
        var kgen = Count(output.Files["kubernetes.tf"]);

        var differences = Differences[fixture];
        var mismatches = new List<string>();
        foreach (var type in CoreTypes)
        {
            var expected = kops.GetValueOrDefault(type) + (differences.TryGetValue(type, out var d) ? d.Delta : 0);
            var actual = kgen.GetValueOrDefault(type);
            if (expected != actual)
            {
                mismatches.Add($"{type}: kops {kops.GetValueOrDefault(type)}, expected kgen {expected}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{snapshotCase}: " + string.Join("\n", mismatches));
        Assert.All(differences.Keys, t => Assert.Contains(t, CoreTypes));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_etcd_volumes_are_encrypted_where_kops_leaves_them_plain(string fixture, string snapshotCase)
    {
        _ = snapshotCase;
        var dir = Repo.KopsFixture(fixture);
        var kops = File.ReadAllText(Path.Combine(dir, "kubernetes.tf"));
        var kgen = SnapshotTests.Generate(Path.Combine(dir, "in-v1alpha2.yaml"), Path.Combine(dir, "id_rsa.pub")).Files["kubernetes.tf"];

        // kops encrypts etcd volumes only when encryptedVolume is set (its create command sets it; these fixtures do not).
        Assert.Contains("encrypted         = false", Volumes(kops));
        Assert.DoesNotContain("encrypted         = false", Volumes(kgen));
        Assert.Equal(Count(kops)["aws_ebs_volume"], 2 * Count(kgen)["aws_ebs_volume"]); // main only: no events volumes
        Assert.DoesNotContain("k8s.io/etcd/events", kgen, StringComparison.Ordinal);
    }

    private static string Volumes(string tf) =>
        string.Join("\n", VolumePattern().Matches(tf).Select(m => m.Value));

    private static Dictionary<string, int> Count(string tf) =>
        ResourcePattern().Matches(tf).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [GeneratedRegex("^resource \"(\\w+)\"", RegexOptions.Multiline)]
    private static partial Regex ResourcePattern();

    [GeneratedRegex("resource \"aws_ebs_volume\"[^}]*}", RegexOptions.Singleline)]
    private static partial Regex VolumePattern();
}
