using Kgen.Generator.Plan;

namespace Kgen.Generator.Verification;

/// <summary>Names: the record, its zone, the zone's reach, the VPC's resolver and the node's own resolver.</summary>
internal sealed partial class PlanVerifier
{
    /// <summary>The suffix systemd-resolved keeps for multicast DNS (RFC 6762).</summary>
    private const string MulticastSuffix = ".local";

    private Proof Resolve(ResolveNeed need) => ForEachGroup(need, g =>
    {
        var attempt = new Attempt();
        ResolveFor(attempt, g, need.Name);
        return attempt;
    });

    /// <summary>Proves that a name resolves where <paramref name="g"/>'s machines (or, when null, someone outside) look it up.</summary>
    private void ResolveFor(Attempt attempt, Machines? g, string name)
    {
        var record = _index.Records.FirstOrDefault(r => r.RecordName == name);
        if (record is null)
        {
            attempt.Fail($"no record of the plan names {name}");
            return;
        }

        switch (record.ZoneId)
        {
            case Reference { Target: PrivateHostedZone zone }:
                if (g is null)
                {
                    attempt.Fail($"{name} is in the private hosted zone {zone.ZoneName}, which only the VPC can resolve");
                    return;
                }

                attempt.Step("record", record.Name, $"alias in the private hosted zone {zone.ZoneName}, associated with the cluster's VPC");
                VpcResolver(attempt, privateZone: true);
                break;
            case Reference { Target: HostedZoneLookup lookup }:
                if (lookup.PrivateZone)
                {
                    if (g is null)
                    {
                        attempt.Fail($"{name} is in the private zone {lookup.ZoneName}, which only VPCs associated with it can resolve");
                        return;
                    }

                    attempt.Step("record", record.Name, $"alias in the operator's private zone {lookup.ZoneName}");
                    attempt.Assume($"the operator's private zone {lookup.ZoneName} is associated with the cluster's VPC");
                    VpcResolver(attempt, privateZone: true);
                }
                else
                {
                    attempt.Step("record", record.Name, $"alias in the public zone {lookup.ZoneName}, answered through public DNS");
                    if (g is not null)
                    {
                        VpcResolver(attempt, privateZone: false);
                    }
                }

                break;
            default:
                attempt.Step("record", record.Name, $"alias in the hosted zone {(record.ZoneId as Literal)?.Content}");
                attempt.Assume($"the hosted zone {(record.ZoneId as Literal)?.Content} is public or associated with the cluster's VPC");
                if (g is not null)
                {
                    VpcResolver(attempt, privateZone: true);
                }

                break;
        }

        if (g is not null && !attempt.Failed)
        {
            NodeResolver(attempt, g, name);
        }
    }

    /// <summary>The VPC's resolver (AmazonProvidedDNS): DNS support on, and DNS hostnames for private zones; handed out by DHCP.</summary>
    private void VpcResolver(Attempt attempt, bool privateZone)
    {
        var vpc = _index.Plan.OfType<Vpc>().FirstOrDefault();
        if (vpc is null)
        {
            attempt.Assume("the existing VPC has DNS support" + (privateZone ? " and DNS hostnames" : string.Empty) + " enabled");
            return;
        }

        if (!vpc.EnableDnsSupport || (privateZone && !vpc.EnableDnsHostnames))
        {
            attempt.Fail($"VPC {vpc.Name} must enable DNS support{(privateZone ? " and DNS hostnames" : string.Empty)} for the VPC resolver to answer");
            return;
        }

        attempt.Step("vpc", vpc.Name, "DNS support and hostnames on: the VPC resolver answers at 169.254.169.253 and the VPC's base address +2");
        var dhcp = _index.Plan.OfType<VpcDhcpOptions>().FirstOrDefault();
        if (dhcp is null || !dhcp.DomainNameServers.Contains("AmazonProvidedDNS"))
        {
            attempt.Fail($"the DHCP options of VPC {vpc.Name} do not hand out AmazonProvidedDNS");
            return;
        }

        attempt.Step("dhcp options", dhcp.Name, "hand out AmazonProvidedDNS as the instances' DNS server");
    }

    /// <summary>
    /// Ubuntu 24.04 resolves through systemd-resolved, which sends names under <c>.local</c> to multicast DNS
    /// only, unless a search or routing domain of the link (or of its global configuration) covers the name.
    /// </summary>
    private static void NodeResolver(Attempt attempt, Machines g, string name)
    {
        var bare = name.TrimEnd('.');
        if (!bare.EndsWith(MulticastSuffix, StringComparison.OrdinalIgnoreCase))
        {
            attempt.Step("resolver", g.Name, $"systemd-resolved sends {bare} to the VPC resolver (unicast DNS)");
            return;
        }

        var domains = g.Template.Resolver?.RoutingDomains ?? [];
        var domain = domains.FirstOrDefault(d => bare.Equals(d, StringComparison.OrdinalIgnoreCase) || bare.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
        if (domain is null)
        {
            attempt.Fail($"Ubuntu 24.04's systemd-resolved sends names under {MulticastSuffix} to multicast DNS only, and the node's resolver has no routing domain for {bare} (set by the user-data of {g.Name})");
            return;
        }

        attempt.Step("resolver", g.Name, $"systemd-resolved routing domain ~{domain} sends {bare} to the VPC resolver {g.Template.Resolver!.Server}");
    }
}
