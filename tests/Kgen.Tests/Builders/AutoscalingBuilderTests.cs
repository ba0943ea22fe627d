using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>What the autoscaling builder decides: each group's launch template and autoscaling group.</summary>
public sealed class AutoscalingBuilderTests
{
    [Fact]
    public void Instance_metadata_requires_imdsv2_with_a_hop_limit_of_1_unless_the_group_raises_it()
    {
        var plan = Plan(Cluster(OnePublicZone), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(), Nodes("pods", "instanceMetadata: {httpPutResponseHopLimit: 2}"));

        var metadata = Template(plan, "nodes").MetadataOptions;
        Assert.Equal(("enabled", "required", 1), (metadata.HttpEndpoint, metadata.HttpTokens, metadata.HttpPutResponseHopLimit));
        Assert.Equal("disabled", metadata.InstanceMetadataTags);
        Assert.Equal(("required", 2), (Template(plan, "pods").MetadataOptions.HttpTokens, Template(plan, "pods").MetadataOptions.HttpPutResponseHopLimit));
    }

    [Fact]
    public void Root_volumes_are_encrypted_and_go_with_the_instance()
    {
        var plan = Plan(Cluster(OnePublicZone));

        Assert.All(plan.OfType<LaunchTemplate>(), t =>
        {
            Assert.True(t.RootVolume.Encrypted);
            Assert.True(t.RootVolumeDeleteOnTermination);
            Assert.True(t.NetworkInterface.DeleteOnTermination);
        });
    }

    [Fact]
    public void A_price_cap_without_a_mixed_policy_buys_one_time_spot_through_the_launch_template()
    {
        var plan = Plan(
            Cluster(OnePublicZone),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes(),
            Nodes("capped", "maxPrice: \"0.20\""),
            Nodes("uncapped", "maxPrice: \"\""));

        Assert.Null(Template(plan, "nodes").Spot);
        Assert.Null(Template(plan, "cp").Spot);
        Assert.Equal(new SpotMarketOptions { MarketType = "spot", MaxPrice = "0.20", SpotInstanceType = "one-time" }, Template(plan, "capped").Spot);
        Assert.Equal(new SpotMarketOptions { MarketType = "spot", MaxPrice = null, SpotInstanceType = "one-time" }, Template(plan, "uncapped").Spot);
        Assert.All(plan.OfType<AutoscalingGroup>(), g => Assert.Null(g.MixedInstances));
    }

    [Fact]
    public void With_a_mixed_policy_the_group_decides_spot_and_the_template_buys_nothing_itself()
    {
        var plan = Plan(
            Cluster(OnePublicZone),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes(spec: """
                machineType: m6i.xlarge
                maxPrice: "0.30"
                mixedInstancesPolicy:
                  instances: [m6i.xlarge, m5.xlarge]
                  onDemandBase: 1
                  onDemandAboveBase: 10
                """));

        Assert.Null(Template(plan, "nodes").Spot);
        Assert.Equal("m6i.xlarge", Template(plan, "nodes").InstanceType);
        var mixed = Group(plan, "nodes").MixedInstances!;
        Assert.Equal(["m6i.xlarge", "m5.xlarge"], mixed.InstanceTypes.ToArray());
        Assert.Equal((1, 10, "0.30"), (mixed.OnDemandBaseCapacity, mixed.OnDemandPercentageAboveBaseCapacity, mixed.SpotMaxPrice));
    }

    [Fact]
    public void Only_control_plane_groups_register_with_both_api_target_groups_and_only_bastions_with_the_bastion_one()
    {
        var plan = Plan(
            Cluster(TwoPrivateZones),
            ControlPlane(spec: "subnets: [us-east-1a]"),
            ControlPlane("cp2", "subnets: [us-east-1b]"),
            ControlPlane("cp3", "subnets: [us-east-1a]"),
            Nodes(),
            Bastion());

        Value[] api = [plan.Named<TargetGroup>(Names(plan).ApiTargetGroup).Ref("arn"), plan.Named<TargetGroup>(Names(plan).ApiInternalTargetGroup).Ref("arn")];
        Assert.Equal(api, Group(plan, "cp").TargetGroupArns.ToArray());
        Assert.All(new[] { "cp2", "cp3" }, cp => Assert.Equal(api, Group(plan, cp).TargetGroupArns.ToArray()));
        Assert.Equal([plan.Named<TargetGroup>(Names(plan).BastionLoadBalancerAwsName).Ref("arn")], Group(plan, "bastions").TargetGroupArns.ToArray());
        Assert.Empty(Group(plan, "nodes").TargetGroupArns);
        Assert.All(plan.OfType<AutoscalingGroup>(), g => Assert.Empty(g.LoadBalancers));
    }

    [Fact]
    public void With_an_internal_api_control_plane_groups_register_with_its_one_target_group()
    {
        var plan = Plan(Cluster(TwoPrivateZones + "\napi: {loadBalancer: {type: Internal}}"), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes());

        Assert.Equal([Assert.Single(plan.OfType<TargetGroup>()).Ref("arn")], Group(plan, "cp").TargetGroupArns.ToArray());
        Assert.Equal(Names(plan).ApiTargetGroup, Assert.Single(plan.OfType<TargetGroup>()).TargetGroupName);
    }

    [Fact]
    public void With_classic_api_load_balancers_control_plane_groups_register_with_both_and_no_target_group()
    {
        var plan = Plan(Cluster(OnePublicZone + "\napi: {loadBalancer: {class: Classic}}"));

        Assert.Equal(
            [plan.Named<ClassicLoadBalancer>(Names(plan).ApiLoadBalancer).Ref(), plan.Named<ClassicLoadBalancer>(Names(plan).ApiInternalLoadBalancer).Ref()],
            Group(plan, "cp").LoadBalancers.ToArray());
        Assert.Empty(Group(plan, "cp").TargetGroupArns);
        Assert.Empty(Group(plan, "nodes").LoadBalancers);
    }

    [Fact]
    public void With_an_internal_classic_api_control_plane_groups_register_with_its_one_load_balancer()
    {
        var plan = Plan(Cluster(OnePublicZone + "\napi: {loadBalancer: {class: Classic, type: Internal}}"));

        Assert.Equal([Assert.Single(plan.OfType<ClassicLoadBalancer>()).Ref()], Group(plan, "cp").LoadBalancers.ToArray());
        Assert.Empty(Group(plan, "cp").TargetGroupArns);
    }

    [Fact]
    public void Cluster_autoscaler_discovery_tags_go_only_on_worker_groups_that_can_scale()
    {
        var plan = Plan(
            Cluster(TwoPrivateZones),
            ControlPlane(spec: "subnets: [us-east-1a]"),
            Nodes("scaling", "minSize: 1\nmaxSize: 5"),
            Nodes("fixed", "minSize: 3\nmaxSize: 3"),
            Bastion(spec: "minSize: 1\nmaxSize: 2"));

        var scaling = Group(plan, "scaling").Tags.Items;
        Assert.Equal("1", scaling["k8s.io/cluster-autoscaler/enabled"]);
        Assert.Equal("owned", scaling["k8s.io/cluster-autoscaler/t.k8s.local"]);
        foreach (var other in new[] { "fixed", "cp", "bastions" })
        {
            Assert.DoesNotContain(Group(plan, other).Tags.Items.Keys, k => k.StartsWith("k8s.io/cluster-autoscaler/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Node_labels_and_taints_become_scale_from_zero_template_tags()
    {
        var plan = Plan(
            Cluster(OnePublicZone),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes(spec: "minSize: 0\nmaxSize: 4\nnodeLabels: {example.com/pool: batch}\ntaints: [dedicated=batch:NoSchedule, gpu:NoExecute]"));

        var tags = Group(plan, "nodes").Tags.Items;
        Assert.Equal("batch", tags["k8s.io/cluster-autoscaler/node-template/label/example.com/pool"]);
        Assert.Equal("batch:NoSchedule", tags["k8s.io/cluster-autoscaler/node-template/taint/dedicated"]);
        Assert.Equal(":NoExecute", tags["k8s.io/cluster-autoscaler/node-template/taint/gpu"]);
    }

    [Fact]
    public void Control_plane_machines_carry_the_cluster_and_role_tags_the_etcd_attach_policy_asks_for()
    {
        var plan = Plan(Cluster(OnePublicZone));

        var template = Template(plan, "cp");
        Assert.Equal(["instance", "volume"], template.TaggedResourceTypes.ToArray());
        Assert.Equal("t.k8s.local", template.Tags.Items["KubernetesCluster"]);
        Assert.Equal("1", template.Tags.Items["k8s.io/role/control-plane"]);
        Assert.Equal("cp", template.Tags.Items["kgen.dev/instancegroup"]);
        Assert.True(Group(plan, "cp").PropagateTagsAtLaunch);
        Assert.False(Template(plan, "nodes").Tags.Items.ContainsKey("k8s.io/role/control-plane"));
        Assert.Equal("1", Template(plan, "nodes").Tags.Items["k8s.io/role/node"]);
    }

    [Fact]
    public void Machines_get_their_roles_profile_and_security_group_then_the_groups_additional_ones()
    {
        var plan = Plan(Cluster(OnePublicZone), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: "additionalSecurityGroups: [sg-0123456789abcdef0]"));

        var nodes = Template(plan, "nodes");
        Assert.Equal(plan.Named<IamInstanceProfile>("nodes.t.k8s.local").Ref(), nodes.IamInstanceProfile);
        Assert.Equal(
            new[] { plan.Named<SecurityGroup>("nodes.t.k8s.local").Ref(), Literal("sg-0123456789abcdef0") },
            nodes.NetworkInterface.SecurityGroups.ToArray());
        Assert.Equal([plan.Named<SecurityGroup>("masters.t.k8s.local").Ref()], Template(plan, "cp").NetworkInterface.SecurityGroups.ToArray());
        Assert.Equal(plan.Named<IamInstanceProfile>("masters.t.k8s.local").Ref(), Template(plan, "cp").IamInstanceProfile);
    }

    [Fact]
    public void Groups_launch_the_templates_latest_version_in_their_subnets_with_sizes_from_the_spec_and_no_desired_capacity()
    {
        var plan = Plan(Cluster(TwoPrivateZones), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes(spec: "minSize: 2\nmaxSize: 7"));

        var nodes = Group(plan, "nodes");
        var template = Template(plan, "nodes");
        Assert.Equal((template.Ref(), template.Ref("latest_version")), (nodes.LaunchTemplateId, nodes.LaunchTemplateVersion));
        Assert.Equal((2, 7), (nodes.MinSize, nodes.MaxSize));
        Assert.Equal(
            new Value[] { plan.Named<Subnet>("us-east-1a.t.k8s.local").Ref(), plan.Named<Subnet>("us-east-1b.t.k8s.local").Ref() },
            nodes.Subnets.ToArray());

        // The cluster autoscaler owns the desired capacity; a value in the plan would drift on every apply.
        Assert.DoesNotContain(typeof(AutoscalingGroup).GetProperties(), p => p.Name.Contains("Desired", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_machines_in_public_subnets_get_a_public_ip()
    {
        var plan = Plan(
            Cluster("""
                subnets:
                - {name: public-a, zone: eu-west-1a, type: Public}
                - {name: private-a, zone: eu-west-1a, type: Private}
                """),
            ControlPlane(spec: "subnets: [public-a]"),
            Nodes(spec: "subnets: [private-a]"));

        Assert.True(Template(plan, "cp").NetworkInterface.AssociatePublicIpAddress);
        Assert.False(Template(plan, "nodes").NetworkInterface.AssociatePublicIpAddress);
    }

    private static LaunchTemplate Template(ClusterPlan plan, string group) => Assert.Single(plan.OfType<LaunchTemplate>(), t => t.InstanceGroup == group);

    private static AutoscalingGroup Group(ClusterPlan plan, string group) => Assert.Single(
        plan.OfType<AutoscalingGroup>(),
        g => g.LaunchTemplateId is Reference { Target: LaunchTemplate t } && t.InstanceGroup == group);

    private static Model.Names Names(ClusterPlan plan) => new(plan.Cluster);
}
