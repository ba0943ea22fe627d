using Kgen.Generator.Addons;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;
using Kgen.Tests.Builders;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>
/// The cluster autoscaler add-on: off unless kops' field turns it on; the release of the cluster's minor; kgen's patches
/// of upstream's Deployment; the discovery tags only on the groups it may scale; IAM that scales only those groups; its
/// needs proven by the plan; bad settings reported at their YAML path.
/// </summary>
public sealed class ClusterAutoscalerTests
{
    private const string On = "clusterAutoscaler: {enabled: true}";

    /// <summary>A control plane, a spot/on-demand mix that may scale, a group at zero that may grow, a fixed-size group and a bastion.</summary>
    private static readonly string[] Groups =
    [
        ControlPlane(spec: "subnets: [eu-west-1a]"),
        Nodes("mixed", "minSize: 1\nmaxSize: 6\nmixedInstancesPolicy: {instances: [m6i.large, m5.large], onDemandBase: 1, onDemandAboveBase: 0}"),
        Nodes("batch", "minSize: 0\nmaxSize: 4\nmaxPrice: \"\""),
        Nodes("fixed", "minSize: 2\nmaxSize: 2"),
        Bastion(spec: "subnets: [eu-west-1a]"),
    ];

    [Fact]
    public void It_is_off_by_default_and_then_adds_nothing_to_the_plan()
    {
        var c = Resolve(Cluster(OnePublicZone), Groups);
        Assert.False(c.Addons.ClusterAutoscaler.Enabled);
        Assert.DoesNotContain(AddonBuilder.Build(c), a => a.Kind == AddonKind.ClusterAutoscaler);
        var plan = Generator.Generator.BuildPlan(c);
        Assert.DoesNotContain(Statements(plan), s => s.Actions.Contains("autoscaling:SetDesiredCapacity") || s.Actions.Contains("autoscaling:DescribeScalingActivities"));
        Assert.DoesNotContain(AddonNeeds.Of(plan), n => n.Purpose.Contains("cluster autoscaler", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("v1.29.4", "v1.29.5")]
    [InlineData("v1.32.1", "v1.32.7")]
    [InlineData("v1.34.2", "v1.34.5")]
    [InlineData("v1.36.0", "v1.36.1")]
    [InlineData("v1.37.0", "v1.36.1")]
    public void The_release_follows_the_kubernetes_minor(string kubernetes, string release)
    {
        var addons = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + $"\nkubernetesVersion: {kubernetes}\n" + On), Groups));
        var a = Assert.Single(addons, a => a.Kind == AddonKind.ClusterAutoscaler);
        Assert.Equal("cluster-autoscaler", a.Name);
        Assert.Equal(release, a.Version);
        var tag = "cluster-autoscaler-" + release[1..];
        Assert.Matches(
            $"^[0-9a-f]{{64}} cluster-autoscaler-autodiscover.yaml https://raw.githubusercontent.com/kubernetes/autoscaler/{tag}/cluster-autoscaler/cloudprovider/aws/examples/cluster-autoscaler-autodiscover.yaml\n$",
            File(addons, "sources"));
        var k = File(addons, "kustomization.yaml");
        Assert.Contains("- name: registry.k8s.io/autoscaling/cluster-autoscaler\n  newTag: " + release + "\n", k, StringComparison.Ordinal);
        Assert.Contains("\n- cluster-autoscaler-autodiscover.yaml\n", k, StringComparison.Ordinal);
    }

    [Fact]
    public void It_is_applied_after_the_other_add_ons()
    {
        var addons = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\nmetricsServer: {enabled: true}\n" + On), Groups));
        Assert.Equal(["aws-cloud-controller-manager", "aws-ebs-csi-driver", "metrics-server", "cluster-autoscaler"], addons.Select(a => a.Name));
    }

    [Fact]
    public void Kops_defaults_become_flags_and_discovery_names_the_cluster()
    {
        var k = File(AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\n" + On, "acme.k8s.local"), Groups)), "kustomization.yaml");
        var command = Command(k);
        Assert.Equal("./cluster-autoscaler", command[0]);
        Assert.Contains("--cloud-provider=aws", command);
        Assert.Contains("--node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/acme.k8s.local", command);
        Assert.Contains("--expander=random", command);
        Assert.Contains("--balance-similar-node-groups=false", command);
        Assert.Contains("--aws-use-static-instance-list=false", command);
        Assert.Contains("--scale-down-utilization-threshold=0.5", command);
        Assert.Contains("--skip-nodes-with-local-storage=true", command);
        Assert.Contains("--skip-nodes-with-system-pods=true", command);
        Assert.Contains("--skip-nodes-with-custom-controller-pods=true", command);
        Assert.Contains("--new-pod-scale-up-delay=0s", command);
        Assert.Contains("--scale-down-delay-after-add=10m0s", command);
        Assert.Contains("--scale-down-unneeded-time=10m0s", command);
        Assert.Contains("--scale-down-unready-time=20m0s", command);
        Assert.Contains("--max-node-provision-time=15m0s", command);
        Assert.Contains("--cordon-node-before-terminating=true", command);
        Assert.DoesNotContain(command, f => f.StartsWith("--nodes=", StringComparison.Ordinal));
    }

    [Fact]
    public void The_kops_settings_set_their_flags()
    {
        var spec = """
            clusterAutoscaler:
              enabled: true
              expander: least-waste,random
              balanceSimilarNodeGroups: true
              emitPerNodegroupMetrics: true
              awsUseStaticInstanceList: true
              ignoreDaemonSetsUtilization: true
              scaleDownUtilizationThreshold: "0.65"
              skipNodesWithCustomControllerPods: false
              skipNodesWithSystemPods: false
              skipNodesWithLocalStorage: false
              newPodScaleUpDelay: 30s
              scaleDownDelayAfterAdd: 5m
              scaleDownUnneededTime: 3m0s
              scaleDownUnreadyTime: 1h
              cordonNodeBeforeTerminating: false
              maxNodeProvisionTime: 7m30s
              memoryRequest: 512Mi
              cpuRequest: 250m
            """;
        var command = Command(File(AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\n" + spec), Groups)), "kustomization.yaml"));
        Assert.Equal(
            [
                "--expander=least-waste,random", "--balance-similar-node-groups=true", "--emit-per-nodegroup-metrics=true", "--aws-use-static-instance-list=true",
                "--ignore-daemonsets-utilization=true", "--scale-down-utilization-threshold=0.65", "--skip-nodes-with-custom-controller-pods=false",
                "--skip-nodes-with-local-storage=false", "--skip-nodes-with-system-pods=false", "--scale-down-delay-after-add=5m", "--scale-down-unneeded-time=3m0s",
                "--scale-down-unready-time=1h", "--new-pod-scale-up-delay=30s", "--max-node-provision-time=7m30s", "--cordon-node-before-terminating=false",
            ],
            command.Skip(3).Take(15));
        Assert.Contains("\"requests\": {\"cpu\": \"250m\", \"memory\": \"512Mi\"}", File(AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\n" + spec), Groups)), "kustomization.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void It_runs_on_the_control_plane_with_the_hosts_network_and_without_upstreams_host_mount()
    {
        var c = Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler: {enabled: true, podAnnotations: {example.com/team: platform}}"), Groups);
        var k = File(AddonBuilder.Build(c), "kustomization.yaml");
        Assert.Contains("- target:\n    kind: Deployment\n    name: cluster-autoscaler\n", k, StringComparison.Ordinal);
        Assert.Contains("path: /spec/template/spec/hostNetwork\n      value: true\n", k, StringComparison.Ordinal);
        Assert.Contains($"\"{BootstrapDefaults.ControlPlaneTaint.Key}\": \"\"", k, StringComparison.Ordinal);
        Assert.Contains("{\"key\": \"node-role.kubernetes.io/control-plane\", \"operator\": \"Exists\", \"effect\": \"NoSchedule\"}", k, StringComparison.Ordinal);
        Assert.Contains("{\"name\": \"AWS_REGION\", \"value\": \"eu-west-1\"}", k, StringComparison.Ordinal);
        Assert.Contains("- op: remove\n      path: /spec/template/spec/volumes\n", k, StringComparison.Ordinal);
        Assert.Contains("- op: remove\n      path: /spec/template/spec/containers/0/volumeMounts\n", k, StringComparison.Ordinal);
        Assert.Contains("path: /spec/template/spec/containers/0/imagePullPolicy\n      value: \"IfNotPresent\"\n", k, StringComparison.Ordinal);
        Assert.Contains("path: /spec/template/metadata/annotations/example.com~1team\n      value: \"platform\"\n", k, StringComparison.Ordinal);
        Assert.Contains("path: /spec/replicas\n      value: 1\n", k, StringComparison.Ordinal);
        Assert.Contains("\"maxSurge\": 0", k, StringComparison.Ordinal);
        Assert.Contains("\"topologyKey\": \"kubernetes.io/hostname\"", k, StringComparison.Ordinal);
        Assert.DoesNotContain("eks.amazonaws.com", k, StringComparison.Ordinal);

        var ha = Resolve(
            Cluster(TwoPrivateZones + "\n" + On),
            ControlPlane("cp-a", "subnets: [us-east-1a]"), ControlPlane("cp-b", "subnets: [us-east-1b]"), ControlPlane("cp-c", "subnets: [us-east-1a]"), Nodes(spec: "minSize: 1\nmaxSize: 3"));
        Assert.Contains("path: /spec/replicas\n      value: 2\n", File(AddonBuilder.Build(ha), "kustomization.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_worker_groups_with_room_to_scale_carry_the_discovery_tags()
    {
        var plan = Plan(Cluster(OnePublicZone + "\n" + On), Groups);
        var tagged = plan.OfType<AutoscalingGroup>()
            .Where(a => a.Tags.Items.GetValueOrDefault("k8s.io/cluster-autoscaler/enabled") == "1" && a.Tags.Items.GetValueOrDefault("k8s.io/cluster-autoscaler/t.k8s.local") == "owned")
            .Select(a => a.GroupName).Order(StringComparer.Ordinal);
        Assert.Equal(["batch.t.k8s.local", "mixed.t.k8s.local"], tagged);
        Assert.All(
            plan.OfType<AutoscalingGroup>().Where(a => !tagged.Contains(a.GroupName)),
            a => Assert.DoesNotContain(a.Tags.Items.Keys, k => k is "k8s.io/cluster-autoscaler/enabled" or "k8s.io/cluster-autoscaler/t.k8s.local"));
    }

    [Fact]
    public void The_control_plane_role_scales_only_those_groups_and_only_while_they_carry_the_clusters_tags()
    {
        var plan = Plan(Cluster(OnePublicZone + "\n" + On), Groups);
        var masters = plan.Named<IamRolePolicy>("masters.t.k8s.local").Policy.Statements;
        var scale = Assert.Single(masters, s => s.Actions.Contains("autoscaling:SetDesiredCapacity"));
        Assert.Equal("ClusterAutoscalerScaleOwnedGroups", scale.Sid);
        Assert.Equal(["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"], scale.Actions.AsEnumerable());
        Assert.Equal(
            [
                "arn:aws:autoscaling:eu-west-1:*:autoScalingGroup:*:autoScalingGroupName/batch.t.k8s.local",
                "arn:aws:autoscaling:eu-west-1:*:autoScalingGroup:*:autoScalingGroupName/mixed.t.k8s.local",
            ],
            scale.Resources.AsEnumerable());
        var equals = scale.Conditions["StringEquals"];
        Assert.Equal(["t.k8s.local"], equals["aws:ResourceTag/KubernetesCluster"].AsEnumerable());
        Assert.Equal(["owned"], equals["aws:ResourceTag/k8s.io/cluster-autoscaler/t.k8s.local"].AsEnumerable());
        Assert.Single(scale.Conditions);

        var describe = Assert.Single(masters, s => s.Sid == "AddonsDescribe");
        Assert.Equal(["*"], describe.Resources.AsEnumerable());
        Assert.Subset(describe.Actions.ToHashSet(), new HashSet<string> { "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeScalingActivities", "ec2:DescribeLaunchTemplateVersions", "ec2:DescribeInstanceTypes" });
        var all = masters.SelectMany(s => s.Actions).ToHashSet();
        Assert.DoesNotContain("ec2:DescribeImages", all);
        Assert.DoesNotContain("ec2:GetInstanceTypesFromInstanceRequirements", all);
        Assert.DoesNotContain("autoscaling:DescribeLaunchConfigurations", all);
        Assert.DoesNotContain(all, a => a.StartsWith("eks:", StringComparison.Ordinal));
        Assert.DoesNotContain(Policy(plan, "nodes.t.k8s.local"), s => s.Actions.Contains("autoscaling:SetDesiredCapacity"));
    }

    [Fact]
    public void The_static_instance_list_drops_describe_instance_types_when_nothing_else_needs_it()
    {
        var noEbs = "\ncloudConfig: {awsEBSCSIDriver: {enabled: false}}\n";
        var dynamic = Plan(Cluster(OnePublicZone + noEbs + On), Groups);
        var fixedList = Plan(Cluster(OnePublicZone + noEbs + "clusterAutoscaler: {enabled: true, awsUseStaticInstanceList: true}"), Groups);
        Assert.Contains("ec2:DescribeInstanceTypes", Policy(dynamic, "masters.t.k8s.local").Single(s => s.Sid == "AddonsDescribe").Actions);
        Assert.DoesNotContain("ec2:DescribeInstanceTypes", Policy(fixedList, "masters.t.k8s.local").Single(s => s.Sid == "AddonsDescribe").Actions);
    }

    [Fact]
    public void Every_call_is_proven_and_every_grant_used_and_an_untagged_group_cannot_be_scaled()
    {
        var plan = Plan(Cluster(OnePublicZone + "\n" + On), Groups);
        var report = PlanVerifier.Verify(plan, RoleNeeds.Of(plan));
        var mine = report.Proofs.Where(p => p.Need.Purpose.Contains("cluster autoscaler", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 + 4 + (2 * 2), mine.Count);
        Assert.All(mine, p => Assert.True(p.Proven, p.Need.Purpose));
        Assert.Contains(mine, p => p.Need is ConnectNeed { Destination: InternetDestination { Host: "autoscaling.eu-west-1.amazonaws.com" } });
        Assert.Empty(report.Unused);

        // The builder's tags are what the proof stands on: without the ownership tag, the group cannot be scaled.
        var mixed = plan.OfType<AutoscalingGroup>().Single(a => a.GroupName == "mixed.t.k8s.local");
        var untagged = mixed with { Tags = Tags.From(mixed.Tags.Items.Remove("k8s.io/cluster-autoscaler/t.k8s.local")) };
        var cut = new ClusterPlan(plan.Cluster, plan.Resources.Replace(mixed, untagged), plan.Outputs) { ConfigBaseObjects = plan.ConfigBaseObjects };
        var unproven = PlanVerifier.Verify(cut, RoleNeeds.Of(cut)).Unproven.Select(p => p.Need.Purpose).ToList();
        Assert.Contains("the cluster autoscaler grows or shrinks group mixed (1 to 6)", unproven);
        Assert.DoesNotContain(unproven, p => p.Contains("group batch", StringComparison.Ordinal));
    }

    [Fact]
    public void The_warnings_name_it_among_the_add_ons_on_the_node_role_and_when_it_has_nothing_to_scale()
    {
        var on = AddonBuilder.Warnings(Resolve(Cluster(OnePublicZone + "\n" + On), Groups)).ToList();
        var role = Assert.Single(on, w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole);
        Assert.Contains("cluster-autoscaler", role.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(on, w => w.Code == DiagnosticCodes.ClusterAutoscalerNothingToScale);

        var off = AddonBuilder.Warnings(Resolve(Cluster(OnePublicZone), Groups)).ToList();
        Assert.DoesNotContain("cluster-autoscaler", Assert.Single(off, w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole).Message, StringComparison.Ordinal);

        var fixedOnly = AddonBuilder.Warnings(Resolve(Cluster(OnePublicZone + "\n" + On), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: "minSize: 2\nmaxSize: 2"))).ToList();
        var nothing = Assert.Single(fixedOnly, w => w.Code == DiagnosticCodes.ClusterAutoscalerNothingToScale);
        Assert.Contains("minSize < maxSize", nothing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Statements(Plan(Cluster(OnePublicZone + "\n" + On), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: "minSize: 2\nmaxSize: 2"))), s => s.Actions.Contains("autoscaling:SetDesiredCapacity"));
    }

    [Theory]
    [InlineData("expander: price", "spec.clusterAutoscaler.expander", "GCE")]
    [InlineData("expander: least-waste,fastest", "spec.clusterAutoscaler.expander", "\"fastest\"")]
    [InlineData("scaleDownUtilizationThreshold: \"1.5\"", "spec.clusterAutoscaler.scaleDownUtilizationThreshold", "from 0 to 1")]
    [InlineData("scaleDownUtilizationThreshold: half", "spec.clusterAutoscaler.scaleDownUtilizationThreshold", "from 0 to 1")]
    [InlineData("newPodScaleUpDelay: 10 seconds", "spec.clusterAutoscaler.newPodScaleUpDelay", "duration")]
    [InlineData("scaleDownDelayAfterAdd: \"10\"", "spec.clusterAutoscaler.scaleDownDelayAfterAdd", "duration")]
    [InlineData("scaleDownUnneededTime: 1d", "spec.clusterAutoscaler.scaleDownUnneededTime", "duration")]
    [InlineData("scaleDownUnreadyTime: -5m", "spec.clusterAutoscaler.scaleDownUnreadyTime", "duration")]
    [InlineData("maxNodeProvisionTime: soon", "spec.clusterAutoscaler.maxNodeProvisionTime", "duration")]
    [InlineData("memoryRequest: lots", "spec.clusterAutoscaler.memoryRequest", "quantity")]
    [InlineData("cpuRequest: 1 core", "spec.clusterAutoscaler.cpuRequest", "quantity")]
    [InlineData("podAnnotations: {\"bad key!\": x}", "spec.clusterAutoscaler.podAnnotations", "annotation key")]
    public void A_bad_setting_is_an_error_at_its_path(string line, string path, string why)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler:\n  enabled: true\n  " + line), Groups));
        var d = Assert.Single(e.Errors, d => d.Code == DiagnosticCodes.ClusterAutoscalerSettingInvalid);
        Assert.Contains(path, d.ToString(), StringComparison.Ordinal);
        Assert.Contains(why, d.Message, StringComparison.Ordinal);
        Assert.Contains("test.yaml", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrongly_typed_switch_is_an_error_at_its_path()
    {
        var e = Assert.ThrowsAny<Exception>(() => Resolve(Cluster(OnePublicZone + "\nclusterAutoscaler: {enabled: maybe}"), Groups));
        Assert.Contains("spec.clusterAutoscaler.enabled", e.Message + string.Join("\n", (e as SpecException)?.Errors.Select(d => d.ToString()) ?? []), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("k8s.io/cluster-autoscaler/enabled")]
    [InlineData("k8s.io/cluster-autoscaler/t.k8s.local")]
    public void The_discovery_tags_cannot_be_set_by_cloud_labels(string key)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + $"\ncloudLabels: {{\"{key}\": owned}}\n" + On), Groups));
        var d = Assert.Single(e.Errors, d => d.Code == DiagnosticCodes.TagOwnedByKgen);
        Assert.Contains("spec.cloudLabels." + key, d.ToString(), StringComparison.Ordinal);

        var g = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\n" + On), ControlPlane(spec: $"subnets: [eu-west-1a]\ncloudLabels: {{\"{key}\": \"1\"}}"), Nodes(spec: "minSize: 1\nmaxSize: 3")));
        Assert.Single(g.Errors, d => d.Code == DiagnosticCodes.TagOwnedByKgen);

        // The scale-from-zero template tags stay the operator's to add.
        Resolve(Cluster(OnePublicZone + "\n" + On), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: "minSize: 0\nmaxSize: 3\ncloudLabels: {\"k8s.io/cluster-autoscaler/node-template/resources/ephemeral-storage\": 100G}"));
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
              kubernetesVersion: v1.33.4
              networkCIDR: 10.10.0.0/16
              networking: {cni: {}}
              subnets:
              - {name: eu-west-1a, zone: eu-west-1a, type: Public, cidr: 10.10.1.0/24}
              clusterAutoscaler:
                enabled: true
                expander: most-pods
                image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.33.0
                skipNodesWithLocalStorage: false
                scaleDownUtilizationThreshold: "0.3"
                createPriorityExpanderConfig: false
            ---
            apiVersion: kops.k8s.io/v1alpha2
            kind: InstanceGroup
            metadata:
              name: control-plane-eu-west-1a
              labels: {kops.k8s.io/cluster: cas.example.org}
            spec:
              role: Master
              machineType: m6i.large
              minSize: 1
              maxSize: 1
              subnets: [eu-west-1a]
            ---
            apiVersion: kops.k8s.io/v1alpha2
            kind: InstanceGroup
            metadata:
              name: nodes
              labels: {kops.k8s.io/cluster: cas.example.org}
            spec:
              role: Node
              machineType: m6i.large
              minSize: 1
              maxSize: 5
              autoscale: true
              subnets: [eu-west-1a]
            """;
        var spec = ClusterSpec.Load(Manifest, "kops.yaml");
        var ignored = spec.IgnoredKopsFields.Select(d => d.ToString()).ToList();
        Assert.Contains(ignored, w => w.Contains("spec.clusterAutoscaler.image", StringComparison.Ordinal));
        Assert.DoesNotContain(ignored, w => w.Contains("spec.clusterAutoscaler.createPriorityExpanderConfig", StringComparison.Ordinal));
        Assert.DoesNotContain(ignored, w => w.Contains("spec.clusterAutoscaler.expander", StringComparison.Ordinal) || w.Contains("spec.clusterAutoscaler.enabled", StringComparison.Ordinal));

        var c = spec.Resolve();
        var o = c.Addons.ClusterAutoscaler;
        Assert.True(o.Enabled);
        Assert.Equal("most-pods", o.Expander);
        Assert.False(o.SkipNodesWithLocalStorage);
        Assert.Equal("0.3", o.ScaleDownUtilizationThreshold);
        Assert.False(o.CreatePriorityExpanderConfig);
        var addon = Assert.Single(AddonBuilder.Build(c), a => a.Kind == AddonKind.ClusterAutoscaler);
        Assert.DoesNotContain(addon.Files, f => f.Name == AddonBuilder.PriorityExpanderFile);
        Assert.Equal("v1.33.6", addon.Version);
        Assert.Contains("newTag: v1.33.6\n", addon.Files.Single(f => f.Name == "kustomization.yaml").Content, StringComparison.Ordinal);
        Assert.Contains("--node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/cas.example.org", Command(addon.Files.Single(f => f.Name == "kustomization.yaml").Content));
    }

    private static string[] Command(string kustomization)
    {
        var line = kustomization.Split('\n').SkipWhile(l => l != "      path: /spec/template/spec/containers/0/command").Skip(1).First();
        Assert.StartsWith("      value: [", line, StringComparison.Ordinal);
        return Newtonsoft.Json.JsonConvert.DeserializeObject<string[]>(line["      value: ".Length..])!;
    }

    private static string File(IEnumerable<RenderedAddon> addons, string name) =>
        addons.Single(a => a.Kind == AddonKind.ClusterAutoscaler).Files.Single(f => f.Name == name).Content;

    private static IEnumerable<Statement> Statements(ClusterPlan plan) => plan.OfType<IamRolePolicy>().SelectMany(p => p.Policy.Statements);

    private static List<Statement> Policy(ClusterPlan plan, string role) => [.. plan.Named<IamRolePolicy>(role).Policy.Statements];
}
