namespace Kgen.Generator.Verification;

/// <summary>
/// A config store nodes cannot reach at all (<c>file://</c> on the operator's machine, kops' in-memory
/// <c>memfs://</c>): no route or statement can allow it, so it is proven only as deferred, by a guard of the
/// plan that refuses the apply with the fix.
/// </summary>
internal sealed record ConfigStoreNeed : Need
{
    /// <summary>The cluster's configBase.</summary>
    public required string ConfigBase { get; init; }

    /// <inheritdoc />
    public override string What => $"read the cluster's secrets from {ConfigBase}";
}
