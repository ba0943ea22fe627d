using System.Collections.Immutable;

namespace Kgen.Generator.Plan;

/// <summary>
/// A property value in the plan: a literal known at generation time, or a reference to an
/// attribute of another resource that the cloud only knows at apply time. Renderers turn a
/// reference into their own syntax (<c>aws_vpc.x.id</c>, <c>{"Ref": "…"}</c>).
/// </summary>
internal abstract record Value
{
    /// <summary>A string literal.</summary>
    public static implicit operator Value(string text) => new Literal(text);
}

/// <summary>A literal value.</summary>
/// <param name="Content">A string, int, long or bool.</param>
internal sealed record Literal(object Content) : Value;

/// <summary>An attribute of another resource (or data source) in the plan.</summary>
/// <param name="Target">The resource referred to.</param>
/// <param name="Attribute">The attribute, in the plan's neutral vocabulary: id, arn, name, latest_version, dns_name, zone_id, cidr_block, value, image_id, root_device_name, internet_gateway_id (each kind says in <c>Targets/ResourceKinds.cs</c> how its targets write them).</param>
internal sealed record Reference(Resource Target, string Attribute) : Value
{
    /// <summary>Equality by target identity and attribute, so references are cheap to compare.</summary>
    public bool Equals(Reference? other) =>
        other is not null && ReferenceEquals(Target, other.Target) && Attribute == other.Attribute;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Target), Attribute);
}

/// <summary>Tags: sorted by key so every renderer emits them in one order.</summary>
internal sealed class Tags
{
    private Tags(ImmutableSortedDictionary<string, string> items) => Items = items;

    /// <summary>No tags.</summary>
    public static Tags Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>The tags, sorted by key (ordinal).</summary>
    public ImmutableSortedDictionary<string, string> Items { get; }

    /// <summary>Whether there are no tags.</summary>
    public bool IsEmpty => Items.IsEmpty;

    /// <summary>Builds tags from pairs.</summary>
    public static Tags From(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new(pairs.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    /// <summary>Adds or replaces one tag.</summary>
    public Tags With(string key, string value) => new(Items.SetItem(key, value));

    /// <summary>Adds or replaces several tags.</summary>
    public Tags With(IEnumerable<KeyValuePair<string, string>> pairs) => new(Items.SetItems(pairs));
}
