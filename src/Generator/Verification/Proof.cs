using System.Collections.Immutable;

namespace Kgen.Generator.Verification;

/// <summary>One thing in the plan a proof stands on: a rule, a route, a record, a statement.</summary>
/// <param name="Kind">What it is: <c>route</c>, <c>security-group rule</c>, <c>record</c>, <c>IAM statement</c>, <c>load balancer</c>, <c>resolver</c>, ….</param>
/// <param name="Name">The plan resource's name (or a short description where the step is not a resource).</param>
/// <param name="Detail">What it contributes, e.g. <c>0.0.0.0/0 → NAT gateway us-east-1a.acme.k8s.local</c>.</param>
internal sealed record Step(string Kind, string Name, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Name}: {Detail}";
}

/// <summary>
/// The verdict on one need: the steps that allow it, what rests on something kgen does not manage
/// (an existing subnet's routes, the operator's zone), or what is missing.
/// </summary>
internal sealed record Proof
{
    /// <summary>The need.</summary>
    public required Need Need { get; init; }

    /// <summary>What allows it, hop by hop.</summary>
    public required ImmutableArray<Step> Steps { get; init; }

    /// <summary>Facts kgen cannot see and takes as given (each says what the operator must make true).</summary>
    public ImmutableArray<string> Assumptions { get; init; } = [];

    /// <summary>What is missing, naming the rule, route, record or statement that would allow it; null when proven.</summary>
    public string? Missing { get; init; }

    /// <summary>Set when the plan deliberately stops the cluster before it could have the need (a guard that refuses apply).</summary>
    public string? Deferred { get; init; }

    /// <summary>Whether every hop is allowed.</summary>
    public bool Proven => Missing is null;
}
