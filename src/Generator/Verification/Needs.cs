using System.Collections.Immutable;
using Kgen.Model;

namespace Kgen.Generator.Verification;

#pragma warning disable SA1402 // The vocabulary of needs reads as one catalogue.

/// <summary>When a need arises: while a machine boots and forms the cluster, or while the cluster runs.</summary>
internal enum NeedPhase
{
    /// <summary>First boot: the user-data preparing the machine and forming the cluster.</summary>
    Boot,

    /// <summary>The running cluster: components talking to each other.</summary>
    Steady,
}

/// <summary>Who opens a connection, resolves a name or calls AWS.</summary>
internal abstract record Actor
{
    /// <summary>A short label for tables: <c>control-plane</c>, <c>node</c>, <c>operator 203.0.113.0/24</c>.</summary>
    public abstract string Label { get; }
}

/// <summary>The machines of one role (every instance group of that role).</summary>
/// <param name="Role">The role.</param>
internal sealed record RoleActor(InstanceGroupRole Role) : Actor
{
    /// <inheritdoc />
    public override string Label => Role switch
    {
        InstanceGroupRole.ControlPlane => "control-plane",
        InstanceGroupRole.Node => "node",
        _ => "bastion",
    };
}

/// <summary>Someone outside the VPC, known by the address range the spec admits (kubernetesApiAccess, sshAccess).</summary>
/// <param name="Cidr">The range.</param>
/// <param name="Field">The spec field that lists it.</param>
internal sealed record OutsideActor(string Cidr, string Field) : Actor
{
    /// <inheritdoc />
    public override string Label => $"{Field} {Cidr}";
}

/// <summary>Where a connection goes.</summary>
internal abstract record Destination
{
    /// <summary>A short label for tables.</summary>
    public abstract string Label { get; }
}

/// <summary>The private addresses of a role's machines.</summary>
/// <param name="Role">The role.</param>
internal sealed record RoleDestination(InstanceGroupRole Role) : Destination
{
    /// <inheritdoc />
    public override string Label => new RoleActor(Role).Label;
}

/// <summary>A name the plan publishes (an alias record to a load balancer): the connection resolves it, then crosses the load balancer.</summary>
/// <param name="Name">The DNS name.</param>
internal sealed record NameDestination(string Name) : Destination
{
    /// <inheritdoc />
    public override string Label => Name;
}

/// <summary>A load balancer of the plan, reached by its own DNS name (no record of the plan names it).</summary>
/// <param name="PlanName">The load balancer's plan name.</param>
internal sealed record LoadBalancerDestination(string PlanName) : Destination
{
    /// <inheritdoc />
    public override string Label => $"load balancer {PlanName}";
}

/// <summary>A host on the internet: a package repository, a release download, or an AWS service's public endpoint.</summary>
/// <param name="Host">The host name.</param>
internal sealed record InternetDestination(string Host) : Destination
{
    /// <inheritdoc />
    public override string Label => Host;
}

/// <summary>Something a role needs, declared beside the user-data that has the need.</summary>
internal abstract record Need
{
    /// <summary>Who has the need.</summary>
    public required Actor Actor { get; init; }

    /// <summary>At boot or in steady state.</summary>
    public required NeedPhase Phase { get; init; }

    /// <summary>What it is for, in a reviewer's words.</summary>
    public required string Purpose { get; init; }

    /// <summary>What is needed, in one line: <c>tcp/443 to api.internal.acme.k8s.local</c>.</summary>
    public abstract string What { get; }

    /// <summary>The need in one line, the same for equal needs declared twice (records holding collections compare by reference).</summary>
    public string Key => $"{Actor.Label} {Phase}: {What} ({Purpose})";
}

/// <summary>A connection: protocol and port range to a destination.</summary>
internal sealed record ConnectNeed : Need
{
    /// <summary>Where to.</summary>
    public required Destination Destination { get; init; }

    /// <summary>tcp, udp, icmp, 4 (IP-in-IP) or -1 (all).</summary>
    public required string Protocol { get; init; }

    /// <summary>First port (ICMP: type).</summary>
    public required int FromPort { get; init; }

    /// <summary>Last port (ICMP: code; the same as <see cref="FromPort"/> for one port).</summary>
    public required int ToPort { get; init; }

    /// <inheritdoc />
    public override string What => $"{PortLabel(Protocol, FromPort, ToPort)} to {Destination.Label}";

    /// <summary><c>tcp/443</c>, <c>udp/30000-32767</c>, <c>icmp 8/0</c>, <c>ip-in-ip</c>, <c>all traffic</c>.</summary>
    public static string PortLabel(string protocol, int from, int to) => protocol switch
    {
        "-1" => "all traffic",
        "4" => "ip-in-ip",
        "icmp" => $"icmp {from}/{to}",
        _ when from == to => $"{protocol}/{from}",
        _ => $"{protocol}/{from}-{to}",
    };
}

/// <summary>A name the role's resolver must answer, as the image resolves it.</summary>
internal sealed record ResolveNeed : Need
{
    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <inheritdoc />
    public override string What => $"resolve {Name}";
}

/// <summary>An AWS API call on a resource, with what the request context holds (the resource's tags, request keys).</summary>
internal sealed record CallNeed : Need
{
    /// <summary>The action, e.g. <c>s3:GetObject</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The resource ARN as far as the plan knows it (unknown parts are <c>*</c>-free placeholders such as <c>ACCOUNT</c>), or <c>*</c>.</summary>
    public required string Resource { get; init; }

    /// <summary>Condition keys the request carries and their values (e.g. <c>aws:ResourceTag/KubernetesCluster</c>).</summary>
    public ImmutableSortedDictionary<string, string> Context { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string What => Resource == "*" ? Action : $"{Action} on {Resource}";
}

/// <summary>A load balancer's health checks reach every target it forwards to (else no target ever gets traffic).</summary>
internal sealed record HealthCheckNeed : Need
{
    /// <summary>The load balancer's plan name.</summary>
    public required string LoadBalancer { get; init; }

    /// <inheritdoc />
    public override string What => $"health checks of {LoadBalancer} reach its targets";
}

/// <summary>A load balancer of the plan, as the one that opens connections (its health checks).</summary>
/// <param name="PlanName">The load balancer's plan name.</param>
internal sealed record LoadBalancerActor(string PlanName) : Actor
{
    /// <inheritdoc />
    public override string Label => $"load balancer {PlanName}";
}
