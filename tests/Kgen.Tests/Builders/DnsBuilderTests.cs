using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>What the DNS builder decides: whose zone the records go into, and which records there are.</summary>
public sealed class DnsBuilderTests
{
    private const string Prod = "prod.example.com";

    [Fact]
    public void A_k8s_local_cluster_gets_a_private_zone_of_its_own_holding_only_the_internal_api_name()
    {
        var plan = Plan(Cluster(OnePublicZone));

        var zone = Assert.Single(plan.OfType<PrivateHostedZone>());
        Assert.Equal("t.k8s.local", zone.ZoneName);
        Assert.Equal(Assert.Single(plan.OfType<Vpc>()).Ref(), zone.VpcId);
        Assert.Empty(plan.OfType<HostedZoneLookup>());
        var record = Assert.Single(plan.OfType<AliasRecord>());
        Assert.Equal("api.internal.t.k8s.local", record.RecordName);
        Assert.Equal(zone.Ref("zone_id"), record.ZoneId);
        var inVpc = plan.Named<NetworkLoadBalancer>("api-internal.t.k8s.local");
        Assert.Equal((inVpc.Ref("dns_name"), inVpc.Ref("zone_id")), (record.AliasName, record.AliasZoneId));
        Assert.DoesNotContain(plan.Outputs, o => o.Name == "api_public_name");
    }

    [Fact]
    public void A_cluster_in_the_operators_zone_looks_it_up_and_publishes_the_public_and_internal_api_names_there()
    {
        var plan = Plan(Cluster(OnePublicZone + "\ndnsZone: example.com", Prod));

        var lookup = Assert.Single(plan.OfType<HostedZoneLookup>());
        Assert.Equal("example.com", lookup.ZoneName);
        Assert.False(lookup.PrivateZone);
        Assert.Empty(plan.OfType<PrivateHostedZone>());
        var records = plan.OfType<AliasRecord>().ToList();
        Assert.Equal(["api.internal.prod.example.com", "api.prod.example.com"], records.Select(r => r.RecordName).Order(StringComparer.Ordinal));
        Assert.All(records, r =>
        {
            Assert.Equal(lookup.Ref("zone_id"), r.ZoneId);
            Assert.Equal(("A", false), (r.RecordType, r.EvaluateTargetHealth));
        });

        // The public name reaches the internet-facing load balancer; the internal name, the one inside the VPC.
        var main = plan.Named<NetworkLoadBalancer>("api.prod.example.com");
        var inVpc = plan.Named<NetworkLoadBalancer>("api-internal.prod.example.com");
        Assert.False(main.Internal);
        Assert.True(inVpc.Internal);
        var publicRecord = plan.Named<AliasRecord>("api.prod.example.com");
        Assert.Equal((main.Ref("dns_name"), main.Ref("zone_id")), (publicRecord.AliasName, publicRecord.AliasZoneId));
        var internalRecord = plan.Named<AliasRecord>("api.internal.prod.example.com");
        Assert.Equal((inVpc.Ref("dns_name"), inVpc.Ref("zone_id")), (internalRecord.AliasName, internalRecord.AliasZoneId));
        Assert.Single(plan.Outputs, o => o.Name == "api_public_name");
    }

    [Fact]
    public void With_an_internal_api_both_names_alias_the_one_internal_load_balancer()
    {
        var plan = Plan(Cluster(OnePublicZone + "\ndnsZone: example.com\napi: {loadBalancer: {type: Internal}}", Prod));

        var lb = Assert.Single(plan.OfType<NetworkLoadBalancer>());
        Assert.True(lb.Internal);
        var records = plan.OfType<AliasRecord>().ToList();
        Assert.Equal(["api.internal.prod.example.com", "api.prod.example.com"], records.Select(r => r.RecordName).Order(StringComparer.Ordinal));
        Assert.All(records, r => Assert.Equal((lb.Ref("dns_name"), lb.Ref("zone_id")), (r.AliasName, r.AliasZoneId)));
    }

    [Fact]
    public void Without_a_dns_zone_or_type_a_named_cluster_gets_a_private_zone_of_its_own_as_documented()
    {
        var plan = Plan(Cluster(OnePublicZone, Prod));

        Assert.Empty(plan.OfType<HostedZoneLookup>());
        Assert.Equal(Prod, Assert.Single(plan.OfType<PrivateHostedZone>()).ZoneName);
        Assert.Equal(["api.internal.prod.example.com"], plan.OfType<AliasRecord>().Select(r => r.RecordName));
    }

    [Fact]
    public void A_dns_type_without_a_zone_looks_up_the_closest_enclosing_domain()
    {
        var plan = Plan(Cluster(OnePublicZone + "\ntopology: {dns: {type: Public}}", Prod));

        Assert.Equal("example.com", Assert.Single(plan.OfType<HostedZoneLookup>()).ZoneName);
    }

    [Fact]
    public void A_private_dns_topology_looks_up_a_private_zone()
    {
        var plan = Plan(Cluster(OnePublicZone + "\ndnsZone: example.com\ntopology: {dns: {type: Private}}", Prod));

        Assert.True(Assert.Single(plan.OfType<HostedZoneLookup>()).PrivateZone);
    }

    [Fact]
    public void A_zone_given_by_id_is_used_as_is_without_a_lookup()
    {
        var plan = Plan(Cluster(OnePublicZone + "\ndnsZone: Z0123456789ABCDEFGHIJ", Prod));

        Assert.Empty(plan.OfType<HostedZoneLookup>());
        Assert.All(plan.OfType<AliasRecord>(), r => Assert.Equal(Literal("Z0123456789ABCDEFGHIJ"), r.ZoneId));
        Assert.Equal(2, plan.OfType<AliasRecord>().Count());
    }

    [Fact]
    public void A_bastion_public_name_gets_an_alias_to_the_bastion_load_balancer_in_the_operators_zone()
    {
        var plan = Plan(
            Cluster(TwoPrivateZones + "\ndnsZone: example.com\ntopology: {bastion: {bastionPublicName: bastion.prod.example.com}}", Prod),
            ControlPlane(spec: "subnets: [us-east-1a]"),
            Nodes(),
            Bastion());

        var record = plan.Named<AliasRecord>("bastion.prod.example.com");
        Assert.Equal(plan.Named<NetworkLoadBalancer>("bastion.prod.example.com").Ref("dns_name"), record.AliasName);
        Assert.Equal(Assert.Single(plan.OfType<HostedZoneLookup>()).Ref("zone_id"), record.ZoneId);
    }

    [Fact]
    public void A_bastion_public_name_without_a_zone_of_the_operators_gets_no_record()
    {
        var plan = Plan(
            Cluster(TwoPrivateZones + "\ntopology: {bastion: {bastionPublicName: bastion.t.k8s.local}}"),
            ControlPlane(spec: "subnets: [us-east-1a]"),
            Nodes(),
            Bastion());

        Assert.Equal(["api.internal.t.k8s.local"], plan.OfType<AliasRecord>().Select(r => r.RecordName));
    }
}
