using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;
using Names = Kgen.Model.Names;

namespace Kgen.Tests.Builders;

/// <summary>
/// What the API load balancer builder decides: which load balancers (an internal one always, an internet-facing
/// one only for a public API), kind, scheme, subnets, ports, health checks and names.
/// </summary>
public sealed class ApiLoadBalancerBuilderTests
{
    private const string PublicPlanName = "api.t.k8s.local";
    private const string InternalPlanName = "api-internal.t.k8s.local";

    [Fact]
    public void By_default_a_public_and_an_internal_network_load_balancer_each_listen_on_443_and_forward_to_6443_through_their_own_target_group()
    {
        var plan = Plan(Cluster(OnePublicZone));
        var names = new Names(plan.Cluster);

        Assert.Equal([InternalPlanName, PublicPlanName], plan.OfType<NetworkLoadBalancer>().Select(lb => lb.Name).Order(StringComparer.Ordinal));
        Assert.False(plan.Named<NetworkLoadBalancer>(PublicPlanName).Internal);
        Assert.True(plan.Named<NetworkLoadBalancer>(InternalPlanName).Internal);
        Assert.Empty(plan.OfType<ClassicLoadBalancer>());
        Assert.Equal(2, plan.OfType<TargetGroup>().Count());
        Assert.Equal(2, plan.OfType<Listener>().Count());

        foreach (var (lbName, targetName) in new[] { (PublicPlanName, names.ApiTargetGroup), (InternalPlanName, names.ApiInternalTargetGroup) })
        {
            var lb = plan.Named<NetworkLoadBalancer>(lbName);
            Assert.Equal("network", lb.LoadBalancerType);
            var listener = plan.Named<Listener>(Names.Listener(lbName, 443));
            Assert.Equal((443, "TCP", "forward"), (listener.Port, listener.Protocol, listener.DefaultActionType));
            Assert.Equal(lb.Ref("arn"), listener.LoadBalancerArn);
            var target = plan.Named<TargetGroup>(targetName);
            Assert.Equal(target.Ref("arn"), listener.TargetGroupArn);
            Assert.Equal((6443, "TCP", "instance"), (target.Port, target.Protocol, target.TargetType));
        }
    }

    [Fact]
    public void The_target_groups_do_not_preserve_client_ips_so_a_control_plane_node_can_reach_itself_through_them()
    {
        var targets = Plan(Cluster(OnePublicZone)).OfType<TargetGroup>().ToList();

        Assert.Equal(2, targets.Count);
        Assert.All(targets, target =>
        {
            Assert.False(target.PreserveClientIp);
            Assert.Equal(new TargetHealthCheck { Protocol = "HTTPS", Path = "/readyz", Matcher = "200", Interval = 10, HealthyThreshold = 2, UnhealthyThreshold = 2 }, target.HealthCheck);
            Assert.Equal(30, target.DeregistrationDelay);
            Assert.True(target.ConnectionTermination);
        });
    }

    [Fact]
    public void Classic_load_balancers_on_request_listen_on_443_check_6443_and_make_no_target_group()
    {
        var plan = Plan(Cluster(OnePublicZone + "\napi: {loadBalancer: {class: Classic, crossZoneLoadBalancing: true}}"));
        var names = new Names(plan.Cluster);

        var classics = plan.OfType<ClassicLoadBalancer>().ToList();
        Assert.Equal([InternalPlanName, PublicPlanName], classics.Select(lb => lb.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            (names.ApiLoadBalancerAwsName, false),
            (plan.Named<ClassicLoadBalancer>(PublicPlanName).LoadBalancerName, plan.Named<ClassicLoadBalancer>(PublicPlanName).Internal));
        Assert.Equal(
            (names.ApiInternalLoadBalancerAwsName, true),
            (plan.Named<ClassicLoadBalancer>(InternalPlanName).LoadBalancerName, plan.Named<ClassicLoadBalancer>(InternalPlanName).Internal));
        Assert.All(classics, lb =>
        {
            Assert.Equal((443, "TCP", 6443, "TCP"), (lb.ListenerPort, lb.ListenerProtocol, lb.InstancePort, lb.InstanceProtocol));
            Assert.Equal(new ClassicHealthCheck { Target = "HTTPS:6443/readyz", Interval = 10, Timeout = 5, HealthyThreshold = 2, UnhealthyThreshold = 2 }, lb.HealthCheck);
            Assert.True(lb.CrossZone);
        });
        Assert.Empty(plan.OfType<NetworkLoadBalancer>());
        Assert.Empty(plan.OfType<TargetGroup>());
        Assert.Empty(plan.OfType<Listener>());
    }

    [Fact]
    public void An_internal_classic_api_is_one_internal_classic_load_balancer_under_the_existing_names()
    {
        var plan = Plan(Cluster(TwoPrivateZones + "\napi: {loadBalancer: {class: Classic, type: Internal}}"), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes());
        var names = new Names(plan.Cluster);

        var lb = Assert.Single(plan.OfType<ClassicLoadBalancer>());
        Assert.Equal((PublicPlanName, names.ApiLoadBalancerAwsName, true), (lb.Name, lb.LoadBalancerName, lb.Internal));
        Assert.Equal(PrivateSubnets(plan), lb.Subnets.ToArray());
    }

    [Fact]
    public void A_public_api_is_fronted_in_the_utility_subnets_and_its_internal_load_balancer_sits_in_the_private_node_subnets()
    {
        var plan = Plan(Cluster(TwoPrivateZones), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes());

        Assert.Equal(
            new Value[] { plan.Named<Subnet>("utility-us-east-1a.t.k8s.local").Ref(), plan.Named<Subnet>("utility-us-east-1b.t.k8s.local").Ref() },
            plan.Named<NetworkLoadBalancer>(PublicPlanName).Subnets.ToArray());
        var inVpc = plan.Named<NetworkLoadBalancer>(InternalPlanName);
        Assert.True(inVpc.Internal);
        Assert.Equal(PrivateSubnets(plan), inVpc.Subnets.ToArray());

        // The subnets the workers run in: in-VPC traffic never leaves them for the API.
        var nodes = Assert.Single(plan.OfType<AutoscalingGroup>(), g => g.Name == "nodes.t.k8s.local");
        Assert.Equal(nodes.Subnets.ToArray(), inVpc.Subnets.ToArray());
    }

    [Fact]
    public void An_internal_api_is_one_internal_load_balancer_in_the_private_subnets_under_the_existing_names()
    {
        var plan = Plan(Cluster(TwoPrivateZones + "\napi: {loadBalancer: {type: Internal}}"), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes());
        var names = new Names(plan.Cluster);

        var lb = Assert.Single(plan.OfType<NetworkLoadBalancer>());
        Assert.Equal((PublicPlanName, names.ApiLoadBalancerAwsName, true), (lb.Name, lb.LoadBalancerName, lb.Internal));
        Assert.Equal(PrivateSubnets(plan), lb.Subnets.ToArray());
        var target = Assert.Single(plan.OfType<TargetGroup>());
        Assert.Equal(names.ApiTargetGroup, target.TargetGroupName);
        Assert.Equal(target.Ref("arn"), Assert.Single(plan.OfType<Listener>()).TargetGroupArn);
        Assert.DoesNotContain(plan.Resources, r => r.Name == names.ApiInternalLoadBalancer);
        Assert.DoesNotContain(plan.OfType<TargetGroup>(), t => t.TargetGroupName == names.ApiInternalTargetGroup);
    }

    [Fact]
    public void Both_load_balancers_have_the_api_security_group_first_then_the_specs_additional_ones()
    {
        var plan = Plan(Cluster(OnePublicZone + "\napi: {loadBalancer: {additionalSecurityGroups: [sg-0123456789abcdef0]}}"));

        var lbs = plan.OfType<NetworkLoadBalancer>().ToList();
        Assert.Equal(2, lbs.Count);
        Assert.All(lbs, lb =>
        {
            Assert.Equal(
                new[] { plan.Named<SecurityGroup>("api-elb.t.k8s.local").Ref(), Literal("sg-0123456789abcdef0") },
                lb.SecurityGroups.ToArray());
            Assert.True(lb.CrossZone); // one control-plane node in its zone: cross-zone on
        });
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("\napi: {loadBalancer: {crossZoneLoadBalancing: false}}", false)]
    public void Cross_zone_balancing_is_on_while_a_zone_has_fewer_than_two_control_plane_nodes_unless_written_otherwise(string api, bool expected)
    {
        var plan = Plan(Cluster(OnePublicZone + api));

        Assert.All(plan.OfType<NetworkLoadBalancer>(), lb => Assert.Equal(expected, lb.CrossZone));
        Assert.All(plan.OfType<TargetGroup>(), t => Assert.Equal(("HTTPS", "/readyz"), (t.HealthCheck.Protocol, t.HealthCheck.Path)));
    }

    [Fact]
    public void Aws_names_come_from_names_and_fit_elbs_32_characters_for_long_cluster_names()
    {
        const string Name = "a-rather-long-cluster-name-for-the-platform-team.example.k8s.local";
        var cluster = Resolve(Cluster(OnePublicZone, Name));
        var plan = Generator.Generator.BuildPlan(cluster);
        var names = new Names(cluster);

        var main = plan.Named<NetworkLoadBalancer>($"api.{Name}");
        var inVpc = plan.Named<NetworkLoadBalancer>($"api-internal.{Name}");
        Assert.Equal((names.ApiLoadBalancer, names.ApiInternalLoadBalancer), (main.Name, inVpc.Name));
        Assert.Equal(names.ApiLoadBalancerAwsName, main.LoadBalancerName);
        Assert.Equal(names.ApiInternalLoadBalancerAwsName, inVpc.LoadBalancerName);
        Assert.Equal(names.ApiTargetGroup, plan.Named<TargetGroup>(names.ApiTargetGroup).TargetGroupName);
        Assert.Equal(names.ApiInternalTargetGroup, plan.Named<TargetGroup>(names.ApiInternalTargetGroup).TargetGroupName);
        Assert.Equal(2, plan.OfType<TargetGroup>().Count());

        string[] awsNames = [main.LoadBalancerName, inVpc.LoadBalancerName, .. plan.OfType<TargetGroup>().Select(t => t.TargetGroupName)];
        Assert.All(awsNames, n => Assert.InRange(n.Length, 1, 32));
        Assert.Equal(4, awsNames.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_dns_names_of_the_public_and_the_internal_load_balancer_are_outputs()
    {
        var plan = Plan(Cluster(OnePublicZone));

        Assert.Equal(plan.Named<NetworkLoadBalancer>(PublicPlanName).Ref("dns_name"), Output(plan, "api_load_balancer_dns_name"));
        Assert.Equal(plan.Named<NetworkLoadBalancer>(InternalPlanName).Ref("dns_name"), Output(plan, "api_internal_load_balancer_dns_name"));
    }

    [Fact]
    public void With_an_internal_api_both_dns_name_outputs_are_the_one_load_balancers()
    {
        var plan = Plan(Cluster(OnePublicZone + "\napi: {loadBalancer: {type: Internal}}"));

        var dnsName = Assert.Single(plan.OfType<NetworkLoadBalancer>()).Ref("dns_name");
        Assert.Equal(dnsName, Output(plan, "api_load_balancer_dns_name"));
        Assert.Equal(dnsName, Output(plan, "api_internal_load_balancer_dns_name"));
    }

    private static Value Output(ClusterPlan plan, string name) => Assert.Single(Assert.Single(plan.Outputs, o => o.Name == name).Values);

    private static Value[] PrivateSubnets(ClusterPlan plan) =>
        [plan.Named<Subnet>("us-east-1a.t.k8s.local").Ref(), plan.Named<Subnet>("us-east-1b.t.k8s.local").Ref()];
}
