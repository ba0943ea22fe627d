using System.Collections.Immutable;
using System.Net;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Verification;

/// <summary>Connections: routes, source addresses, security groups and load balancers.</summary>
internal sealed partial class PlanVerifier
{
    private const string AnyAddress = "0.0.0.0/0";

    /// <summary>How an instance's packets appear on the internet when it leaves through the internet gateway.</summary>
    private const string PublicIpSource = "the instance's public IP";

    /// <summary>The private address space: RFC 1918 and IPv6 unique local addresses.</summary>
    private static readonly ImmutableArray<IPNetwork> PrivateRanges =
        [IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("fc00::/7")];

    private Proof Connect(ConnectNeed need) => ForEachGroup(need, g =>
    {
        var attempt = new Attempt();
        var source = g is null ? Outside((OutsideActor)need.Actor) : Private(g);
        switch (need.Destination)
        {
            case RoleDestination d:
                ToRole(attempt, need, g, source, d.Role);
                break;
            case NameDestination n:
                ToName(attempt, need, g, source, n.Name);
                break;
            case LoadBalancerDestination l:
                var lb = _index.Plan.Resources.FirstOrDefault(r => r.Name == l.PlanName && r is NetworkLoadBalancer or ClassicLoadBalancer);
                if (lb is null)
                {
                    attempt.Fail($"no load balancer {l.PlanName} in the plan");
                }
                else
                {
                    ToBalancer(attempt, need, g, source, lb);
                }

                break;
            case InternetDestination i:
                if (g is null)
                {
                    attempt.Fail("a connection from outside to the internet is not the cluster's to prove");
                    break;
                }

                var address = RouteToInternet(attempt, g);
                if (!attempt.Failed)
                {
                    Egress(attempt, source with { What = address }, [], [AnyAddress], need, $"{i.Host} on the internet");
                }

                break;
        }

        return attempt;
    });

    /// <summary>Who sends: the security groups that apply and the address ranges the packets come from.</summary>
    /// <param name="Groups">Security groups of the sender (none outside the VPC).</param>
    /// <param name="Ranges">CIDRs that hold the sender's address; null entries are addresses nobody knows before apply (a NAT's elastic IP).</param>
    /// <param name="What">How the address appears, for the proof.</param>
    /// <param name="InVpc">Whether the address is a private address of the VPC (security-group references match only those).</param>
    private sealed record Source(ImmutableArray<Resource> Groups, ImmutableArray<string?> Ranges, string What, bool InVpc);

    private static Source Outside(OutsideActor actor) => new([], [actor.Cidr], $"{actor.Cidr} ({actor.Field})", InVpc: false);

    /// <summary>
    /// Whether someone outside the VPC reaches a group's machines: over the internet to their public IPs (a
    /// route to the internet gateway), or, for a private range, through a VPN or peering kgen does not manage.
    /// </summary>
    private bool FromOutside(Attempt attempt, Source source, Machines h)
    {
        var range = source.Ranges[0];
        if (IsPrivateRange(range))
        {
            attempt.Assume($"{range} reaches the VPC through a VPN, peering or Transit Gateway attachment (kgen does not manage it)");
            return true;
        }

        var route = new Attempt();
        var address = RouteToInternet(route, h);
        if (route.Failed || address != PublicIpSource)
        {
            attempt.Fail($"{range} on the internet cannot reach instance group {h.Name}: {(route.Failed ? route.Missing : "its instances have no public IP")}; reach them through the bastion, or list a private range that reaches the VPC over a VPN");
            return false;
        }

        attempt.Steps.AddRange(route.Steps);
        attempt.Assumptions.AddRange(route.Assumptions);
        return true;
    }

    /// <summary>Whether a range lies in the private address space (RFC 1918, or IPv6 unique local), reached over a VPN rather than the internet.</summary>
    private static bool IsPrivateRange(string? range) =>
        range is not null && IPNetwork.TryParse(range, out var network) &&
        PrivateRanges.Any(p => p.BaseAddress.AddressFamily == network.BaseAddress.AddressFamily && p.PrefixLength <= network.PrefixLength && p.Contains(network.BaseAddress));

    private Source Private(Machines g) => new(
        [.. PlanIndex.Groups(g.SecurityGroups)],
        [.. g.Group.Subnets.Select(s => PlanIndex.Subnet(s)?.CidrBlock ?? _index.Cluster.Network.VpcCidr?.ToString())],
        $"the private address of an instance of {g.Name}",
        InVpc: true);

    private void ToRole(Attempt attempt, ConnectNeed need, Machines? g, Source source, InstanceGroupRole role)
    {
        if (g is not null)
        {
            attempt.Step("route", "local", "inside the VPC: the local route of every route table");
        }

        // Destinations alike in what the rules read (security groups, address ranges) are proven once.
        foreach (var h in _index.OfRole(role).DistinctBy(h => string.Join(',', h.SecurityGroups.Select(s => (s as Reference)?.Target.Name ?? (s as Literal)?.Content)) + "|" + string.Join(',', Private(h).Ranges), StringComparer.Ordinal))
        {
            var target = Private(h);
            if (g is null && !FromOutside(attempt, source, h))
            {
                return;
            }

            Egress(attempt, source, target.Groups, [.. target.Ranges], need, $"instance group {h.Name}");
            Ingress(attempt, source, target.Groups, need.Protocol, need.FromPort, need.ToPort, $"instance group {h.Name}");
        }
    }

    private void ToName(Attempt attempt, ConnectNeed need, Machines? g, Source source, string name)
    {
        ResolveFor(attempt, g, name);
        if (attempt.Failed)
        {
            return;
        }

        var record = _index.Records.First(r => r.RecordName == name);
        if ((record.AliasName as Reference)?.Target is not (NetworkLoadBalancer or ClassicLoadBalancer) and var lb)
        {
            attempt.Fail($"record {name} does not alias a load balancer of the plan");
            return;
        }

        ToBalancer(attempt, need, g, source, ((Reference)record.AliasName).Target);
    }

    private void ToBalancer(Attempt attempt, ConnectNeed need, Machines? g, Source source, Resource lb)
    {
        var (isInternal, groups, subnets, kind) = lb switch
        {
            NetworkLoadBalancer n => (n.Internal, n.SecurityGroups, n.Subnets, "network load balancer"),
            ClassicLoadBalancer c => (c.Internal, c.SecurityGroups, c.Subnets, "classic load balancer"),
            _ => throw new ArgumentOutOfRangeException(nameof(lb)),
        };
        var lbGroups = PlanIndex.Groups(groups).ToImmutableArray();
        var lbRanges = subnets.Select(s => PlanIndex.Subnet(s)?.CidrBlock ?? _index.Cluster.Network.VpcCidr?.ToString()).ToImmutableArray();
        var arriving = source;
        if (isInternal)
        {
            if (!source.InVpc)
            {
                if (!IsPrivateRange(source.Ranges[0]))
                {
                    attempt.Fail($"{kind} {lb.Name} is internal: {source.What} cannot reach it; list a private range that reaches the VPC over a VPN or peering, or make the load balancer public");
                    return;
                }

                attempt.Assume($"{source.Ranges[0]} reaches the VPC through a VPN, peering or Transit Gateway attachment (kgen does not manage it)");
            }

            attempt.Step("load balancer", lb.Name, $"internal {kind}: reached at its private addresses from {source.What}");
        }
        else if (g is not null)
        {
            // From inside the VPC an internet-facing load balancer's public addresses are reached through the
            // subnet's way out: the packets arrive with the NAT's elastic IP (or the instance's public IP) as source.
            var address = RouteToInternet(attempt, g);
            if (attempt.Failed)
            {
                return;
            }

            arriving = new Source([], [null], address, InVpc: false);
            attempt.Step("load balancer", lb.Name, $"internet-facing {kind}: packets from {g.Name} arrive from {address}");
        }
        else
        {
            attempt.Step("load balancer", lb.Name, $"internet-facing {kind}: reached from {source.What}");
        }

        Egress(attempt, source, lbGroups, isInternal ? [.. lbRanges] : [AnyAddress], need, $"{kind} {lb.Name}");
        if (lbGroups.IsEmpty)
        {
            attempt.Step("load balancer", lb.Name, "no security group filters traffic at the load balancer");
        }
        else
        {
            Ingress(attempt, arriving, lbGroups, need.Protocol, need.FromPort, need.ToPort, $"{kind} {lb.Name}");
        }

        if (attempt.Failed)
        {
            return;
        }

        // Behind the load balancer: the listener, the target group, every registered group of machines,
        // and the health checks that decide whether a target gets traffic at all.
        var lbSource = new Source(lbGroups, [.. lbRanges], $"the private address of {lb.Name}", InVpc: true);
        switch (lb)
        {
            case NetworkLoadBalancer n:
                var listener = _index.ListenersOf(n).FirstOrDefault(l => l.Port == need.FromPort);
                if (listener is null)
                {
                    attempt.Fail($"{lb.Name} has no listener on port {need.FromPort}");
                    return;
                }

                var targetGroup = (TargetGroup)((Reference)listener.TargetGroupArn).Target;
                attempt.Step("listener", listener.Name, $"port {listener.Port} forwards to target group {targetGroup.Name} (port {targetGroup.Port})");
                var seen = targetGroup.PreserveClientIp ? arriving : lbSource;
                Targets(attempt, targetGroup, need, seen, lbSource, targetGroup.Port, targetGroup.Port);
                break;
            case ClassicLoadBalancer c:
                if (c.ListenerPort != need.FromPort)
                {
                    attempt.Fail($"{lb.Name} listens on port {c.ListenerPort}, not {need.FromPort}");
                    return;
                }

                attempt.Step("listener", c.Name, $"port {c.ListenerPort} forwards to instance port {c.InstancePort}");
                Targets(attempt, c, need, lbSource, lbSource, c.InstancePort, c.InstancePort);
                break;
        }
    }

    private Proof HealthChecks(HealthCheckNeed need)
    {
        var attempt = new Attempt();
        var lb = _index.Plan.Resources.FirstOrDefault(r => r.Name == need.LoadBalancer && r is NetworkLoadBalancer or ClassicLoadBalancer);
        if (lb is null)
        {
            return attempt.Fail($"no load balancer {need.LoadBalancer} in the plan").ToProof(need);
        }

        var (groups, subnets) = lb switch
        {
            NetworkLoadBalancer n => (n.SecurityGroups, n.Subnets),
            _ => (((ClassicLoadBalancer)lb).SecurityGroups, ((ClassicLoadBalancer)lb).Subnets),
        };
        var checker = new Source(
            [.. PlanIndex.Groups(groups)],
            [.. subnets.Select(s => PlanIndex.Subnet(s)?.CidrBlock ?? _index.Cluster.Network.VpcCidr?.ToString())],
            $"the private address of {lb.Name}",
            InVpc: true);
        var probe = new ConnectNeed { Actor = need.Actor, Phase = need.Phase, Purpose = need.Purpose, Destination = new LoadBalancerDestination(lb.Name), Protocol = "tcp", FromPort = 0, ToPort = 0 };
        switch (lb)
        {
            case NetworkLoadBalancer n:
                foreach (var listener in _index.ListenersOf(n))
                {
                    var targetGroup = (TargetGroup)((Reference)listener.TargetGroupArn).Target;
                    attempt.Step("listener", listener.Name, $"attaches target group {targetGroup.Name}, which the load balancer health-checks on port {targetGroup.Port}");
                    Targets(attempt, targetGroup, probe, checker, checker, targetGroup.Port, targetGroup.Port, healthOnly: true);
                }

                break;
            case ClassicLoadBalancer c:
                Targets(attempt, c, probe, checker, checker, c.InstancePort, c.InstancePort, healthOnly: true);
                break;
        }

        return attempt.ToProof(need);
    }

    private void Targets(Attempt attempt, Resource balancerOrTargetGroup, ConnectNeed need, Source seen, Source healthChecker, int port, int healthPort, bool healthOnly = false)
    {
        var targets = _index.TargetsOf(balancerOrTargetGroup).ToList();
        if (targets.Count == 0)
        {
            attempt.Fail($"no autoscaling group registers its instances with {balancerOrTargetGroup.Name}");
            return;
        }

        foreach (var t in targets.DistinctBy(PlanIndex.Shape, StringComparer.Ordinal))
        {
            var target = Private(t);
            Egress(attempt, healthChecker, target.Groups, [.. target.Ranges], need with { FromPort = port, ToPort = port }, $"instance group {t.Name}");
            if (!healthOnly)
            {
                Ingress(attempt, seen, target.Groups, need.Protocol, port, port, $"instance group {t.Name} (traffic from {balancerOrTargetGroup.Name})");
            }

            Ingress(attempt, healthChecker, target.Groups, need.Protocol, healthPort, healthPort, $"instance group {t.Name} (health checks of {balancerOrTargetGroup.Name})");
        }
    }

    /// <summary>
    /// The way out of every subnet of a group of machines: its route table's default route to an internet
    /// gateway (the instance needs a public IP) or a NAT gateway (whose own subnet must reach the internet
    /// gateway). Returns how the packets' source appears on the internet.
    /// </summary>
    private string RouteToInternet(Attempt attempt, Machines g)
    {
        var ways = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var subnet in g.Group.Subnets)
        {
            ways.Add(RouteToInternet(attempt, subnet, g.PublicIp, $"instance group {g.Name}"));
            if (attempt.Failed)
            {
                return string.Empty;
            }
        }

        return string.Join(" or ", ways);
    }

    private string RouteToInternet(Attempt attempt, Value subnet, bool publicIp, string who)
    {
        var planSubnet = PlanIndex.Subnet(subnet);
        if (planSubnet is null)
        {
            var id = (subnet as Literal)?.Content as string;

            // A shared subnet the spec calls Public (or Utility) is the operator's word that it routes to an internet
            // gateway; instances there with a public IP are reached at it, as in a public subnet kgen makes.
            if (publicIp && _index.Cluster.Network.Subnets.FirstOrDefault(s => s.ExistingId == id) is { IsPublic: true } shared)
            {
                attempt.Assume($"the existing {shared.Type} subnet {id} routes 0.0.0.0/0 to an internet gateway (kgen does not manage its route table), so {who} is reached at its public IPs");
                return PublicIpSource;
            }

            attempt.Assume($"the existing subnet {id} routes {who} to the internet (kgen does not manage its route table)");
            return $"an address of the existing subnet {id}'s way out";
        }

        var association = _index.AssociationOf(subnet);
        if (association is null)
        {
            var names = new Names(_index.Cluster.Name);
            if (_index.Cluster.Network.Subnets.FirstOrDefault(s => names.Subnet(s) == planSubnet.Name) is { Egress: Names.ExternalEgress })
            {
                attempt.Assume($"subnet {planSubnet.Name} has egress External: the operator routes it to the internet");
                return "an address of the operator's egress";
            }

            attempt.Fail($"subnet {planSubnet.Name} has no route table association (the VPC's main route table has no default route)");
            return string.Empty;
        }

        var table = (RouteTable)((Reference)association.RouteTableId).Target;
        attempt.Step("route table association", association.Name, $"{planSubnet.Name} uses route table {table.Name}");

        var route = _index.RoutesOf(table).FirstOrDefault(r => r.DestinationCidrBlock == AnyAddress);
        if (route is null)
        {
            var modelSubnet = _index.Cluster.Network.Subnets.FirstOrDefault(s => s.Zone == planSubnet.AvailabilityZone && s.Egress == "External");
            if (modelSubnet is not null)
            {
                attempt.Assume($"subnet {planSubnet.Name} has egress External: the operator routes it to the internet");
                return "an address of the operator's egress";
            }

            attempt.Fail($"route table {table.Name} (subnet {planSubnet.Name}) has no 0.0.0.0/0 route");
            return string.Empty;
        }

        if (route.GatewayId is not null)
        {
            if (!publicIp)
            {
                attempt.Fail($"{who} has no public IP (associate_public_ip_address is false), so route {route.Name} to the internet gateway does not carry its packets");
                return string.Empty;
            }

            attempt.Step("route", route.Name, $"{planSubnet.Name}: 0.0.0.0/0 to the internet gateway");
            return PublicIpSource;
        }

        switch (route.NatGatewayId)
        {
            case Reference { Target: NatGateway nat }:
                attempt.Step("route", route.Name, $"{planSubnet.Name}: 0.0.0.0/0 to NAT gateway {nat.Name}");
                RouteToInternet(attempt, nat.SubnetId, publicIp: true, $"NAT gateway {nat.Name}");
                return $"the elastic IP of NAT gateway {nat.Name}";
            case Literal { Content: string natId }:
                attempt.Step("route", route.Name, $"{planSubnet.Name}: 0.0.0.0/0 to the existing NAT gateway {natId}");
                attempt.Assume($"the existing NAT gateway {natId} forwards to the internet");
                return $"the elastic IP of NAT gateway {natId}";
            default:
                attempt.Fail($"route {route.Name} has neither an internet gateway nor a NAT gateway");
                return string.Empty;
        }
    }

    /// <summary>An egress rule of one of the sender's groups lets the packet out toward the destination.</summary>
    private void Egress(Attempt attempt, Source source, ImmutableArray<Resource> destinationGroups, ImmutableArray<string?> destinationRanges, ConnectNeed need, string destination)
    {
        if (attempt.Failed || source.Groups.IsEmpty)
        {
            return;
        }

        foreach (var group in source.Groups)
        {
            var rule = _index.RulesOf(group, RuleDirection.Egress).FirstOrDefault(r =>
                Covers(r, need.Protocol, need.FromPort, need.ToPort) && Admits(r, destinationGroups, destinationRanges, source.InVpc));
            if (rule is not null)
            {
                _usedRules.Add(rule);
                attempt.Step("security-group rule", rule.Name, $"{group.Name} lets {ConnectNeed.PortLabel(need.Protocol, need.FromPort, need.ToPort)} out to {destination}");
                OperatorsGroup(attempt, group);
                return;
            }
        }

        attempt.Fail($"no egress rule of {string.Join(" or ", source.Groups.Select(s => s.Name))} lets {ConnectNeed.PortLabel(need.Protocol, need.FromPort, need.ToPort)} out to {destination}");
    }

    /// <summary>An ingress rule of one of the receiver's groups admits the packet as it arrives.</summary>
    private void Ingress(Attempt attempt, Source arriving, ImmutableArray<Resource> groups, string protocol, int from, int to, string destination)
    {
        if (attempt.Failed)
        {
            return;
        }

        foreach (var group in groups)
        {
            var rule = _index.RulesOf(group, RuleDirection.Ingress).FirstOrDefault(r =>
                Covers(r, protocol, from, to) && Admits(r, arriving.Groups, arriving.Ranges, arriving.InVpc));
            if (rule is not null)
            {
                _usedRules.Add(rule);
                attempt.Step("security-group rule", rule.Name, $"{group.Name} admits {ConnectNeed.PortLabel(protocol, from, to)} from {arriving.What}");
                OperatorsGroup(attempt, group);
                return;
            }
        }

        attempt.Fail(groups.IsEmpty
            ? $"{destination} has no security group of the plan to admit {ConnectNeed.PortLabel(protocol, from, to)}"
            : $"no ingress rule of {string.Join(" or ", groups.Select(s => s.Name))} admits {ConnectNeed.PortLabel(protocol, from, to)} from {arriving.What} into {destination}");
    }

    /// <summary>
    /// An existing group the spec put in place of kgen's (<c>securityGroupOverride</c>): kgen's rule on it is proven, and
    /// whatever other rules the operator keeps there are theirs (they may admit more; they cannot take kgen's away).
    /// </summary>
    private static void OperatorsGroup(Attempt attempt, Resource group)
    {
        if (group is SecurityGroupLookup existing)
        {
            attempt.Assume($"{existing.GroupId} is the operator's security group (securityGroupOverride): kgen adds its rules to it; other rules there are the operator's and unknown to the proof");
        }
    }

    /// <summary>Whether a rule's protocol and ports cover the packet's.</summary>
    private static bool Covers(SecurityGroupRule r, string protocol, int from, int to) => r.Protocol switch
    {
        "-1" => true,
        var p when p != protocol => false,
        "tcp" or "udp" => r.FromPort <= from && to <= r.ToPort,
        "icmp" => (r.FromPort == -1 || r.FromPort == from) && (r.ToPort == -1 || r.ToPort == to),
        _ => true,
    };

    /// <summary>
    /// Whether a rule's peer matches: a security-group peer matches only private addresses of members of
    /// that group; a CIDR peer matches when it holds every range the address may come from (an address
    /// unknown before apply is held only by 0.0.0.0/0).
    /// </summary>
    private static bool Admits(SecurityGroupRule r, ImmutableArray<Resource> groups, ImmutableArray<string?> ranges, bool inVpc)
    {
        if (r.SourceSecurityGroupId is Reference { Target: SecurityGroup or SecurityGroupLookup } reference && reference.Target is var peer)
        {
            return inVpc && groups.Any(g => ReferenceEquals(g, peer));
        }

        return !ranges.IsEmpty && ranges.All(range => r.CidrBlocks.Concat(r.Ipv6CidrBlocks).Any(c => Contains(c, range)));
    }

    /// <summary>Whether <paramref name="cidr"/> holds all of <paramref name="range"/> (IPv4 or IPv6); an unknown range only in 0.0.0.0/0.</summary>
    private static bool Contains(string cidr, string? range)
    {
        if (cidr == AnyAddress)
        {
            return range is null || !range.Contains(':', StringComparison.Ordinal);
        }

        return range is not null && IPNetwork.TryParse(cidr, out var outer) && IPNetwork.TryParse(range, out var inner) &&
            outer.BaseAddress.AddressFamily == inner.BaseAddress.AddressFamily &&
            outer.PrefixLength <= inner.PrefixLength && outer.Contains(inner.BaseAddress);
    }
}
