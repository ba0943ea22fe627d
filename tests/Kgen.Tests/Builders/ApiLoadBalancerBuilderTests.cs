using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;
using Names = Kgen.Model.Names;

namespace Kgen.Tests.Builders;

/// <summary>What the API load balancer builder decides: kind, scheme, subnets, ports, health checks and names.</summary>
public sealed class ApiLoadBalancerBuilderTests
{
    [Fact]
    public void By_default_a_public_network_load_balancer_listens_on_443_and_forwards_to_6443()
    {
        var plan = Plan(Cluster(OnePublicZone));

        var lb = Assert.Single(plan.OfType<NetworkLoadBalancer>());
        Assert.Equal("network", lb.LoadBalancerType);
        Assert.False(lb.Internal);
        Assert.Empty(plan.OfType<ClassicLoadBalancer>());
        var listener = Assert.Single(plan.OfType<Listener>());
        Assert.Equal((443, "TCP", "forward"), (listener.Port, listener.Protocol, listener.DefaultActionType));
        Assert.Equal(lb.Ref("arn"), listener.LoadBalancerArn);
        var target = Assert.Single(plan.OfType<TargetGroup>());
        Assert.Equal(target.Ref("arn"), listener.TargetGroupArn);
        Assert.Equal((6443, "TCP", "instance"), (target.Port, target.Protocol, target.TargetType));
    }

    [Fact]
    public void The_target_group_does_not_preserve_client_ips_so_a_control_plane_node_can_reach_itself_through_it()
    {
        var target = Assert.Single(Plan(Cluster(OnePublicZone)).OfType<TargetGroup>());

        Assert.False(target.PreserveClientIp);
        Assert.Equal(new TargetHealthCheck { Protocol = "TCP", Interval = 10, HealthyThreshold = 2, UnhealthyThreshold = 2 }, target.HealthCheck);
        Assert.Equal(30, target.DeregistrationDelay);
        Assert.True(target.ConnectionTermination);
    }

    [Fact]
    public void A_classic_load_balancer_on_request_listens_on_443_checks_6443_and_makes_no_target_group()
    {
        var plan = Plan(Cluster(OnePublicZone + "\napi: {loadBalancer: {class: Classic, crossZoneLoadBalancing: true}}"));

        var lb = Assert.Single(plan.OfType<ClassicLoadBalancer>());
        Assert.Equal((443, "TCP", 6443, "TCP"), (lb.ListenerPort, lb.ListenerProtocol, lb.InstancePort, lb.InstanceProtocol));
        Assert.Equal(new ClassicHealthCheck { Target = "TCP:6443", Interval = 10, Timeout = 5, HealthyThreshold = 2, UnhealthyThreshold = 2 }, lb.HealthCheck);
        Assert.True(lb.CrossZone);
        Assert.Empty(plan.OfType<NetworkLoadBalancer>());
        Assert.Empty(plan.OfType<TargetGroup>());
        Assert.Empty(plan.OfType<Listener>());
    }

    [Theory]
    [InlineData("Public", false, "utility-us-east-1")]
    [InlineData("Internal", true, "us-east-1")]
    public void The_scheme_follows_the_spec_and_picks_one_subnet_per_zone_of_the_matching_kind(string type, bool isInternal, string subnetPrefix)
    {
        var plan = Plan(Cluster(TwoPrivateZones + $"\napi: {{loadBalancer: {{type: {type}}}}}"), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes());

        var lb = Assert.Single(plan.OfType<NetworkLoadBalancer>());
        Assert.Equal(isInternal, lb.Internal);
        Assert.Equal(
            new Value[] { plan.Named<Subnet>($"{subnetPrefix}a.t.k8s.local").Ref(), plan.Named<Subnet>($"{subnetPrefix}b.t.k8s.local").Ref() },
            lb.Subnets.ToArray());
    }

    [Fact]
    public void The_load_balancer_has_its_own_security_group_first_then_the_specs_additional_ones()
    {
        var plan = Plan(Cluster(OnePublicZone + "\napi: {loadBalancer: {additionalSecurityGroups: [sg-0123456789abcdef0]}}"));

        var lb = Assert.Single(plan.OfType<NetworkLoadBalancer>());
        Assert.Equal(
            new[] { plan.Named<SecurityGroup>("api-elb.t.k8s.local").Ref(), Literal("sg-0123456789abcdef0") },
            lb.SecurityGroups.ToArray());
        Assert.False(lb.CrossZone);
    }

    [Fact]
    public void Aws_names_come_from_names_and_fit_elbs_32_characters_for_long_cluster_names()
    {
        const string Name = "a-rather-long-cluster-name-for-the-platform-team.example.k8s.local";
        var cluster = Resolve(Cluster(OnePublicZone, Name));
        var plan = Generator.Generator.BuildPlan(cluster);
        var names = new Names(cluster);

        var lb = Assert.Single(plan.OfType<NetworkLoadBalancer>());
        var target = Assert.Single(plan.OfType<TargetGroup>());
        Assert.Equal(names.ApiLoadBalancerAwsName, lb.LoadBalancerName);
        Assert.Equal(names.ApiTargetGroup, target.TargetGroupName);
        Assert.InRange(lb.LoadBalancerName.Length, 1, 32);
        Assert.InRange(target.TargetGroupName.Length, 1, 32);
        Assert.NotEqual(lb.LoadBalancerName, target.TargetGroupName);
        Assert.Equal($"api.{Name}", lb.Name);
    }

    [Fact]
    public void The_dns_name_of_the_load_balancer_is_an_output()
    {
        var plan = Plan(Cluster(OnePublicZone));

        var output = Assert.Single(plan.Outputs, o => o.Name == "api_load_balancer_dns_name");
        Assert.Equal(Assert.Single(plan.OfType<NetworkLoadBalancer>()).Ref("dns_name"), Assert.Single(output.Values));
    }
}
