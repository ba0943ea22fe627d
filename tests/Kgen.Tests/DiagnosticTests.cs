using System.Reflection;
using System.Text.RegularExpressions;
using Kgen.Model;
using Kgen.Model.Formats;

namespace Kgen.Tests;

/// <summary>The diagnostic type and its codes, the kops reader, and the defaulting pieces that parse values once.</summary>
public sealed partial class DiagnosticTests
{
    private const string Spec = """
        apiVersion: kops.k8s.io/v1alpha2
        kind: Cluster
        metadata:
          name: d.k8s.local
        spec:
          networkCIDR: {0}
          podCIDR: {1}
          serviceClusterIPRange: 100.96.0.0/13
          subnets:
        {2}
        ---
        apiVersion: kops.k8s.io/v1alpha2
        kind: InstanceGroup
        metadata:
          name: master-a
        spec:
          role: Master
          rootVolumeSize: 40
          rootVolumeType: gp2
          subnets: [a]
        ---
        apiVersion: kops.k8s.io/v1alpha2
        kind: InstanceGroup
        metadata:
          name: nodes
        spec:
          role: Node
          machineType: "t3.medium, t3a.medium"
          rootVolumeSize: 40
          rootVolume: {{size: 50}}
          subnets: [a]
        """;

    private const string OneSubnet = "  - {name: a, zone: us-east-1a, type: Public}";

    [Fact]
    public void Every_code_is_KG_and_four_digits_and_means_one_thing()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Name: f.Name, Code: (string)f.GetRawConstantValue()!))
            .ToList();
        Assert.True(codes.Count > 50, $"{codes.Count} codes");
        Assert.All(codes, c => Assert.Matches(CodePattern(), c.Code));
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_printed_line_is_the_location_then_the_message()
    {
        Assert.Equal(
            "a.yaml:3:5: Cluster/x spec.podCIDR: bad",
            Diagnostic.Error(DiagnosticCodes.CidrInvalid, new InputLocation("a.yaml", 3, 5, "Cluster/x spec.podCIDR"), "bad").ToString());
        Assert.Equal("a.yaml: bad", Diagnostic.Error(DiagnosticCodes.InvalidYaml, new InputLocation("a.yaml", null, null, string.Empty), "bad").ToString());
        Assert.Equal("c.k8s.local: bad", Diagnostic.Error(DiagnosticCodes.CloudFormationQuota, new PlanLocation("c.k8s.local"), "bad").ToString());
        Assert.Equal(
            "c.k8s.local: InstanceGroup/nodes: too big",
            Diagnostic.Error(DiagnosticCodes.UserDataTooLarge, new PlanLocation("c.k8s.local", "InstanceGroup", "nodes"), "too big").ToString());
        Assert.Equal("cloudformation: differs", Diagnostic.Warning(DiagnosticCodes.CloudFormationDifference, new TargetLocation("cloudformation"), "differs").ToString());
    }

    [Fact]
    public void Problems_of_a_spec_carry_their_codes_and_positions()
    {
        var spec = ClusterSpec.Load(string.Format(System.Globalization.CultureInfo.InvariantCulture, Spec, "10.0.0.1/16", "bogus", OneSubnet), "d.yaml");
        var e = Assert.Throws<SpecException>(() => spec.Validate());
        var byCode = e.Errors.ToLookup(x => x.Code);
        Assert.All(e.Errors, x => Assert.Equal(Severity.Error, x.Severity));
        var vpc = Assert.Single(byCode[DiagnosticCodes.CidrInvalid], x => x.Message.Contains("host bits", StringComparison.Ordinal));
        Assert.Equal(new InputLocation("d.yaml", 6, 16, "Cluster/d.k8s.local spec.networkCIDR"), vpc.Location);
        var twice = Assert.Single(byCode[DiagnosticCodes.GivenTwice]);
        Assert.Equal("InstanceGroup/nodes spec.rootVolumeSize", Assert.IsType<InputLocation>(twice.Location).Path);

        // A pod range that cannot be read is not compared with the others (it would overlap the service range as its default).
        Assert.Empty(byCode[DiagnosticCodes.PodsOverlapServices]);
    }

    [Fact]
    public void The_kops_reader_turns_kops_forms_into_kgens()
    {
        var spec = ClusterSpec.Load(string.Format(System.Globalization.CultureInfo.InvariantCulture, Spec, "10.0.0.0/16", "100.96.0.0/11", OneSubnet), "d.yaml");
        var input = KopsFormat.Read(spec);
        var master = input.InstanceGroups[0];
        Assert.Equal("ControlPlane", master.Role);
        Assert.Null(master.MachineTypes);
        Assert.Equal(40, master.RootVolumeSize);
        Assert.Equal("gp2", master.RootVolumeType);
        Assert.Empty(master.ReadProblems);
        var nodes = input.InstanceGroups[1];
        Assert.Equal(["t3.medium", "t3a.medium"], nodes.MachineTypes!.Value.ToArray());
        Assert.Equal(50, nodes.RootVolumeSize);
        Assert.Equal(DiagnosticCodes.GivenTwice, Assert.Single(nodes.ReadProblems).Code);
    }

    [Fact]
    public void Cidrs_are_parsed_once_and_print_as_written()
    {
        var spec = ClusterSpec.Load(string.Format(System.Globalization.CultureInfo.InvariantCulture, Spec, "10.0.0.0/16", "100.96.0.0/11", OneSubnet)
            .Replace("  rootVolume: {size: 50}\n", string.Empty, StringComparison.Ordinal)
            .Replace("100.96.0.0/13", "100.64.0.0/13", StringComparison.Ordinal),
            "d.yaml");
        var cluster = spec.Resolve();
        Assert.Equal("10.0.0.0/16", cluster.Network.VpcCidr.ToString());
        Assert.Equal(16, cluster.Network.VpcCidr!.Value.Prefix);
        Assert.Equal("100.96.0.0/11", cluster.Network.PodCidr.ToString());
        Assert.Equal("10.0.0.0/16", cluster.Network.Subnets[0].Cidr.ToString());
    }

    [Fact]
    public void A_vpc_too_small_to_carve_the_utility_subnets_says_so()
    {
        var subnets = """
              - {name: a, zone: us-east-1a, type: Public}
              - {name: b, zone: us-east-1b, type: Public}
              - {name: c, zone: us-east-1c, type: Public}
              - {name: u, zone: us-east-1a, type: Utility}
            """;
        var spec = ClusterSpec.Load(string.Format(System.Globalization.CultureInfo.InvariantCulture, Spec, "10.0.0.0/28", "100.96.0.0/11", subnets), "d.yaml");
        var e = Assert.Throws<SpecException>(() => spec.Validate());
        Assert.Contains(e.Errors, x => x.Code == DiagnosticCodes.NoRoomForSubnet && x.Message.StartsWith("too many utility subnets to carve from 10.0.0.0/28", StringComparison.Ordinal));
        Assert.DoesNotContain(e.Errors, x => x.Message.Contains("/33", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^KG\d{4}$")]
    private static partial Regex CodePattern();
}
