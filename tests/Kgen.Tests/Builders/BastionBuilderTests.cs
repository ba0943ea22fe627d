using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>What the bastion builder decides: a load balancer on port 22 only when there is a bastion group.</summary>
public sealed class BastionBuilderTests
{
    [Fact]
    public void Without_a_bastion_group_there_is_no_bastion_load_balancer_role_or_output()
    {
        var plan = Plan(Cluster(TwoPrivateZones), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes());

        Assert.DoesNotContain(plan.OfType<NetworkLoadBalancer>(), lb => lb.Name.StartsWith("bastion", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.OfType<IamRole>(), r => r.Name.StartsWith("bastion", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Outputs, o => o.Name.StartsWith("bastion", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bastion_gets_an_internet_facing_network_load_balancer_in_the_utility_subnets_forwarding_22_to_22()
    {
        var plan = Plan(Cluster(TwoPrivateZones), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes(), Bastion());

        var lb = plan.Named<NetworkLoadBalancer>("bastion.t.k8s.local");
        Assert.False(lb.Internal);
        Assert.False(lb.CrossZone);
        Assert.Equal(
            new Value[] { plan.Named<Subnet>("utility-us-east-1a.t.k8s.local").Ref(), plan.Named<Subnet>("utility-us-east-1b.t.k8s.local").Ref() },
            lb.Subnets.ToArray());
        Assert.Equal([plan.Named<SecurityGroup>("bastion-elb.t.k8s.local").Ref()], lb.SecurityGroups.ToArray());

        var listener = Assert.Single(plan.OfType<Listener>(), l => l.LoadBalancerArn.Equals(lb.Ref("arn")));
        Assert.Equal(22, listener.Port);
        var target = Assert.Single(plan.OfType<TargetGroup>(), t => listener.TargetGroupArn.Equals(t.Ref("arn")));
        Assert.Equal(22, target.Port);
        Assert.InRange(lb.LoadBalancerName.Length, 1, 32);
        Assert.Equal(lb.Ref("dns_name"), Assert.Single(Assert.Single(plan.Outputs, o => o.Name == "bastion_load_balancer_dns_name").Values));
    }

    [Fact]
    public void An_internal_bastion_load_balancer_on_request_lives_in_the_private_subnets()
    {
        var plan = Plan(
            Cluster(TwoPrivateZones + "\ntopology: {bastion: {loadBalancer: {type: Internal}}}"),
            ControlPlane(spec: "subnets: [us-east-1a]"),
            Nodes(),
            Bastion());

        var lb = plan.Named<NetworkLoadBalancer>("bastion.t.k8s.local");
        Assert.True(lb.Internal);
        Assert.Equal(
            new Value[] { plan.Named<Subnet>("us-east-1a.t.k8s.local").Ref(), plan.Named<Subnet>("us-east-1b.t.k8s.local").Ref() },
            lb.Subnets.ToArray());
        Assert.False(plan.Named<NetworkLoadBalancer>("api.t.k8s.local").Internal);
    }
}
