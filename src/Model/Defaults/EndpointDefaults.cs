using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>The API endpoint, DNS and the bastion's load balancer: an internet-facing NLB at <c>api.&lt;cluster&gt;</c>, kops' DNS zone.</summary>
internal static class EndpointDefaults
{
    /// <summary>
    /// The API endpoint. Cross-zone load balancing is on unless written otherwise when a zone has fewer than two
    /// control-plane nodes (the usual one per zone): else a client whose zone's node is down gets no API.
    /// </summary>
    public static ApiEndpoint Api(ClusterInput input, string name, Defaulting d, IReadOnlyList<InstanceGroup> groups, IReadOnlyList<Subnet> subnets)
    {
        var zones = groups.Where(g => g.Role == InstanceGroupRole.ControlPlane)
            .GroupBy(g => subnets.FirstOrDefault(s => g.Subnets.Length > 0 && s.Name == g.Subnets[0])?.Zone ?? string.Empty, StringComparer.Ordinal)
            .Select(z => z.Sum(g => g.MaxSize))
            .ToList();
        var api0 = Api(input, name, d);
        return api0 with { CrossZone = input.Api.CrossZone ?? zones.Any(n => n < 2) };
    }

    private static ApiEndpoint Api(ClusterInput input, string name, Defaulting d)
    {
        var api = input.Api;
        return new ApiEndpoint
        {
            Type = d.Enum(input.Source, "spec.api.loadBalancer.type", api.LoadBalancerType, LoadBalancerType.Public),
            Class = d.Enum(input.Source, "spec.api.loadBalancer.class", api.LoadBalancerClass, LoadBalancerClass.Network),
            PublicName = api.PublicName ?? new Names(name).DefaultApiPublicName,
            InternalName = new Names(name).ApiInternalName,
            CrossZone = api.CrossZone ?? false,
            AdditionalSecurityGroups = api.AdditionalSecurityGroups,
            SecurityGroupOverride = api.SecurityGroupOverride,
        };
    }

    /// <summary>DNS: none for a <c>.k8s.local</c> cluster; else the zone as written, or (as kops does) the closest enclosing domain, which must exist already.</summary>
    public static ClusterDns Dns(ClusterInput input, string name, Defaulting d)
    {
        var gossip = name.EndsWith(".k8s.local", StringComparison.Ordinal);
        var type = d.Enum(input.Source, "spec.topology.dns.type", input.DnsType, input.DnsZone is null ? DnsType.None : DnsType.Public);
        if (gossip)
        {
            return new ClusterDns { Type = DnsType.None, Zone = input.DnsZone };
        }

        var zone = input.DnsZone;
        if (zone is null && type != DnsType.None)
        {
            zone = EnclosingDomain(name);
        }

        return new ClusterDns { Type = type, Zone = type == DnsType.None ? null : zone };
    }

    /// <summary>The hosted zone kops assumes for a cluster whose spec names none: the domain its name is in (<c>example.com</c> for <c>prod.example.com</c>).</summary>
    public static string EnclosingDomain(string clusterName)
    {
        var dot = clusterName.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? clusterName[(dot + 1)..] : clusterName;
    }

    /// <summary>The bastion's load balancer.</summary>
    public static BastionOptions Bastion(ClusterInput input, Defaulting d) => new(
        d.Enum(input.Source, "spec.topology.bastion.loadBalancer.type", input.BastionLoadBalancerType, LoadBalancerType.Public),
        input.BastionPublicName);
}
