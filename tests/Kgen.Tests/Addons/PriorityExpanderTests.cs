using Kgen.Generator.Addons;
using Kgen.Model;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>
/// The cluster autoscaler's priority expander: kgen's ConfigMap from the groups' <c>autoscalePriority</c> or from
/// <c>customPriorityExpanderConfig</c>, in the autoscaler's folder; bad priorities and patterns reported at their YAML
/// path; custom priorities that name no group refused; the warnings when priorities leave groups out or go unused.
/// </summary>
public sealed class PriorityExpanderTests
{
    /// <summary>A control plane, two groups that may scale (one at priority 50, one at the default 0), a fixed-size group at 100 and a bastion.</summary>
    private static readonly string[] Groups =
    [
        ControlPlane(spec: "subnets: [eu-west-1a]\nautoscalePriority: 7"),
        Nodes("spot", "minSize: 0\nmaxSize: 6\nmaxPrice: \"\"\nautoscalePriority: 50"),
        Nodes("ondemand", "minSize: 1\nmaxSize: 3"),
        Nodes("fixed", "minSize: 2\nmaxSize: 2\nautoscalePriority: 100"),
        Bastion(spec: "subnets: [eu-west-1a]"),
    ];

    private const string Priority = "\nclusterAutoscaler: {enabled: true, expander: priority}";

    [Fact]
    public void The_groups_priorities_make_the_configmap_in_the_autoscalers_folder()
    {
        var c = Resolve(Cluster(OnePublicZone + Priority), Groups);
        Assert.Equal(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cluster-autoscaler-priority-expander
              namespace: kube-system
              labels:
                app: cluster-autoscaler
            data:
              priorities: |-
                50:
                - '^spot\.t\.k8s\.local$'
                0:
                - '^ondemand\.t\.k8s\.local$'

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            File(c, AddonBuilder.PriorityExpanderFile));
        var k = File(c, AddonBuilder.KustomizationFile);
        Assert.Contains("\n- cluster-autoscaler-autodiscover.yaml\n- priority-expander.yaml\n", k, StringComparison.Ordinal);
        Assert.Contains("\\\"--expander=priority\\\"".Replace("\\\"", "\"", StringComparison.Ordinal), k, StringComparison.Ordinal);
        Assert.Equal(0, c.InstanceGroups.Single(g => g.Name == "ondemand").AutoscalePriority);
        Assert.Equal(100, c.InstanceGroups.Single(g => g.Name == "fixed").AutoscalePriority);
    }

    [Fact]
    public void Each_pattern_kgen_makes_matches_its_own_group_and_no_other()
    {
        var c = Resolve(
            Cluster(OnePublicZone + Priority),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes("nodes", "minSize: 1\nmaxSize: 3\nautoscalePriority: 10"),
            Nodes("nodes-a", "minSize: 1\nmaxSize: 3\nautoscalePriority: 20"),
            Nodes("nodesxa", "minSize: 1\nmaxSize: 3\nautoscalePriority: 20"));
        var names = c.InstanceGroups.Where(ClusterAutoscalerOptions.MayScale).Select(new Names(c).InstanceGroup).ToList();
        var priorities = AddonBuilder.AutoscalerPriorities(c);
        Assert.Equal([20, 10], priorities.Select(p => p.Priority));
        Assert.Equal(["^nodes-a\\.t\\.k8s\\.local$", "^nodesxa\\.t\\.k8s\\.local$"], priorities[0].Patterns);
        foreach (var pattern in priorities.SelectMany(p => p.Patterns))
        {
            Assert.Single(names, n => ClusterAutoscalerOptions.PriorityPattern(pattern).IsMatch(n));
        }
    }

    [Fact]
    public void A_custom_config_is_written_as_given_highest_first_and_the_groups_priorities_are_not_read()
    {
        var spec = """

            clusterAutoscaler:
              enabled: true
              expander: priority,least-waste
              customPriorityExpanderConfig:
                0: [".*"]
                100: [".*spot.*", "it's-(a|b)"]
                010: ["^ondemand"]
            """;
        var c = Resolve(Cluster(OnePublicZone + spec), Groups);
        var data = File(c, AddonBuilder.PriorityExpanderFile).Split("\ndata:\n")[1];
        Assert.Equal("  priorities: |-\n    100:\n    - '.*spot.*'\n    - 'it''s-(a|b)'\n    10:\n    - '^ondemand'\n    0:\n    - '.*'\n", data);
        Assert.DoesNotContain(AddonBuilder.Warnings(c), w => w.Code is DiagnosticCodes.ClusterAutoscalerGroupsWithoutPriority or DiagnosticCodes.ClusterAutoscalerPrioritiesUnused);
    }

    [Fact]
    public void No_configmap_when_kgen_is_not_to_make_it_the_expander_is_another_or_there_is_nothing_to_scale()
    {
        Assert.DoesNotContain(Files(Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler: {enabled: true, expander: priority, createPriorityExpanderConfig: false}"), Groups)), f => f.Name == AddonBuilder.PriorityExpanderFile);
        Assert.DoesNotContain(Files(Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler: {enabled: true, expander: least-waste}"), Groups)), f => f.Name == AddonBuilder.PriorityExpanderFile);
        var fixedOnly = Resolve(Cluster(OnePublicZone + Priority), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: "minSize: 2\nmaxSize: 2\nautoscalePriority: 5"));
        Assert.DoesNotContain(Files(fixedOnly), f => f.Name == AddonBuilder.PriorityExpanderFile);
        Assert.Contains(AddonBuilder.Warnings(fixedOnly), w => w.Code == DiagnosticCodes.ClusterAutoscalerNothingToScale);
    }

    [Theory]
    [InlineData("customPriorityExpanderConfig: {high: [\".*\"]}", "spec.clusterAutoscaler.customPriorityExpanderConfig.high", "not a priority")]
    [InlineData("customPriorityExpanderConfig: {\"-1\": [\".*\"]}", "spec.clusterAutoscaler.customPriorityExpanderConfig.-1", "not a priority")]
    [InlineData("customPriorityExpanderConfig: {10: [\".*\"], \"010\": [\"a\"]}", "spec.clusterAutoscaler.customPriorityExpanderConfig.010", "written twice")]
    [InlineData("customPriorityExpanderConfig: {10: []}", "spec.clusterAutoscaler.customPriorityExpanderConfig.10", "no regular expression")]
    [InlineData("customPriorityExpanderConfig: {10: [\".*\", \"(spot\"]}", "spec.clusterAutoscaler.customPriorityExpanderConfig.10[1]", "not a regular expression")]
    [InlineData("customPriorityExpanderConfig: {10: [\"spot(?!-old)\"]}", "spec.clusterAutoscaler.customPriorityExpanderConfig.10[0]", "RE2")]
    [InlineData("customPriorityExpanderConfig: {10: [\"(a)\\\\1\"]}", "spec.clusterAutoscaler.customPriorityExpanderConfig.10[0]", "RE2")]
    [InlineData("customPriorityExpanderConfig: {10: [\"\"]}", "spec.clusterAutoscaler.customPriorityExpanderConfig.10[0]", "empty")]
    [InlineData("customPriorityExpanderConfig: {}", "spec.clusterAutoscaler.customPriorityExpanderConfig", "names no priority")]
    public void A_bad_custom_config_is_an_error_at_its_path(string line, string path, string why)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler:\n  enabled: true\n  expander: priority\n  " + line), Groups));
        var d = Assert.Single(e.Errors, d => d.Code == DiagnosticCodes.ClusterAutoscalerSettingInvalid);
        Assert.Contains(path + ":", d.ToString(), StringComparison.Ordinal);
        Assert.Contains(why, d.Message, StringComparison.Ordinal);
        Assert.Contains("test.yaml", d.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(32768)]
    public void A_group_priority_out_of_range_is_an_error_at_the_groups_path(int priority)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + Priority), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes("spot", $"minSize: 1\nmaxSize: 3\nautoscalePriority: {priority}")));
        var d = Assert.Single(e.Errors);
        Assert.Equal(DiagnosticCodes.ClusterAutoscalerSettingInvalid, d.Code);
        Assert.Contains("InstanceGroup/spot spec.autoscalePriority", d.ToString(), StringComparison.Ordinal);
        Assert.Contains("from 0 to 32767", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_config_that_matches_no_group_the_autoscaler_may_scale_is_an_error()
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler: {enabled: true, expander: priority, customPriorityExpanderConfig: {10: [\"^fixed\\\\.\", \"gpu\"]}}"), Groups));
        var d = Assert.Single(e.Errors);
        Assert.Equal(DiagnosticCodes.ClusterAutoscalerPrioritiesMatchNothing, d.Code);
        Assert.Contains("spec.clusterAutoscaler.customPriorityExpanderConfig", d.ToString(), StringComparison.Ordinal);
        Assert.Contains("(ondemand.t.k8s.local, spot.t.k8s.local)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_config_that_leaves_groups_out_or_goes_unused_is_warned()
    {
        var partial = AddonBuilder.Warnings(Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler: {enabled: true, expander: priority, customPriorityExpanderConfig: {10: [\"spot\"]}}"), Groups)).ToList();
        var left = Assert.Single(partial, w => w.Code == DiagnosticCodes.ClusterAutoscalerGroupsWithoutPriority);
        Assert.Contains("matches ondemand.t.k8s.local:", left.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("spot.t.k8s.local", left.Message, StringComparison.Ordinal);

        var otherExpander = AddonBuilder.Warnings(Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler: {enabled: true, expander: random, customPriorityExpanderConfig: {10: [\".*\"]}}"), Groups)).ToList();
        Assert.Contains("the expander is random", Assert.Single(otherExpander, w => w.Code == DiagnosticCodes.ClusterAutoscalerPrioritiesUnused).Message, StringComparison.Ordinal);

        var notMade = AddonBuilder.Warnings(Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler: {enabled: true, expander: priority, createPriorityExpanderConfig: false, customPriorityExpanderConfig: {10: [\".*\"]}}"), Groups)).ToList();
        Assert.Contains("createPriorityExpanderConfig is false", Assert.Single(notMade, w => w.Code == DiagnosticCodes.ClusterAutoscalerPrioritiesUnused).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kops_manifest_with_the_fields_loads_and_means_the_same()
    {
        const string Manifest = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: cas.example.org
            spec:
              cloudProvider: aws
              kubernetesVersion: v1.32.0
              networkCIDR: 10.10.0.0/16
              networking: {cni: {}}
              subnets:
              - {name: eu-west-1a, zone: eu-west-1a, type: Public, cidr: 10.10.1.0/24}
              clusterAutoscaler:
                enabled: true
                expander: priority
            ---
            apiVersion: kops.k8s.io/v1alpha2
            kind: InstanceGroup
            metadata:
              name: master-eu-west-1a
              labels: {kops.k8s.io/cluster: cas.example.org}
            spec: {role: Master, machineType: m6i.large, minSize: 1, maxSize: 1, subnets: [eu-west-1a]}
            ---
            apiVersion: kops.k8s.io/v1alpha2
            kind: InstanceGroup
            metadata:
              name: nodes-high-priority
              labels: {kops.k8s.io/cluster: cas.example.org}
            spec: {role: Node, machineType: m6i.large, minSize: 1, maxSize: 4, autoscale: true, autoscalePriority: 100, subnets: [eu-west-1a]}
            """;
        var spec = ClusterSpec.Load(Manifest, "kops.yaml");
        Assert.DoesNotContain(spec.IgnoredKopsFields, d => d.ToString().Contains("autoscalePriority", StringComparison.Ordinal));
        var c = spec.Resolve();
        Assert.Contains("    100:\n    - '^nodes-high-priority\\.cas\\.example\\.org$'\n", File(c, AddonBuilder.PriorityExpanderFile), StringComparison.Ordinal);
    }

    private static IEnumerable<AddonFile> Files(Cluster c) => AddonBuilder.Build(c).Single(a => a.Kind == AddonKind.ClusterAutoscaler).Files;

    private static string File(Cluster c, string name) => Files(c).Single(f => f.Name == name).Content;
}
