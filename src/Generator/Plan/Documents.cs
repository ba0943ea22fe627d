using System.Collections.Immutable;

namespace Kgen.Generator.Plan;

/// <summary>
/// A text document a resource carries (a policy, a public key, user data). Builders describe the
/// content; <see cref="Documents.DocumentRenderer"/> turns it into text, the same for every target.
/// Terraform writes documents into <c>data/</c>; CloudFormation inlines them.
/// </summary>
internal abstract record Document;

/// <summary>Text given as input (e.g. the SSH public key).</summary>
/// <param name="Content">The text.</param>
internal sealed record TextDocument(string Content) : Document;

/// <summary>An IAM policy document.</summary>
/// <param name="Statements">Statements, in a fixed order.</param>
internal sealed record PolicyDocument(ImmutableArray<Statement> Statements) : Document;

/// <summary>One IAM statement.</summary>
internal sealed record Statement
{
    /// <summary>Optional statement id.</summary>
    public string? Sid { get; init; }

    /// <summary>Allow or Deny.</summary>
    public string Effect { get; init; } = "Allow";

    /// <summary>Principal (trust policies): a service name.</summary>
    public string? ServicePrincipal { get; init; }

    /// <summary>Actions, sorted.</summary>
    public ImmutableArray<string> Actions { get; init; } = [];

    /// <summary>Resources; empty for trust policies.</summary>
    public ImmutableArray<string> Resources { get; init; } = [];

    /// <summary>Conditions: operator → key → value.</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> Conditions { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal);

    /// <summary>Extra statements the user wrote (raw JSON object), rendered as given.</summary>
    public string? RawJson { get; init; }
}

/// <summary>A document rendered from a Scriban template with a model.</summary>
/// <param name="Template">Template path under <c>templates/</c>, e.g. <c>userdata/node.sh.sbn</c>.</param>
/// <param name="Model">The template's model (its public properties become snake_case names).</param>
internal sealed record TemplateDocument(string Template, object Model) : Document;
