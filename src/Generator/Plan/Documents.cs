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
internal sealed record PolicyDocument(ImmutableArray<Statement> Statements) : Document
{
    /// <summary>The policy language version.</summary>
    public string Version { get; init; } = "2012-10-17";
}

/// <summary>
/// One IAM statement, the built-in ones and the user's (<c>spec.additionalPolicies</c>) alike. Lists render as a
/// string when they hold one value, else as an array; empty lists and a missing principal are left out.
/// </summary>
internal sealed record Statement
{
    /// <summary>Optional statement id.</summary>
    public string? Sid { get; init; }

    /// <summary>Allow or Deny.</summary>
    public string Effect { get; init; } = "Allow";

    /// <summary>Who the statement is about (trust policies), or none.</summary>
    public Principals? Principal { get; init; }

    /// <summary>Whether the operator wrote this statement (spec.additionalPolicies) rather than kgen; not rendered.</summary>
    public bool FromOperator { get; init; }

    /// <summary>Actions.</summary>
    public ImmutableArray<string> Actions { get; init; } = [];

    /// <summary>Every action but these.</summary>
    public ImmutableArray<string> NotActions { get; init; } = [];

    /// <summary>Resources; empty for trust policies.</summary>
    public ImmutableArray<string> Resources { get; init; } = [];

    /// <summary>Every resource but these.</summary>
    public ImmutableArray<string> NotResources { get; init; } = [];

    /// <summary>Conditions: operator → key → one or more values, both levels sorted (ordinal).</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, ImmutableArray<string>>> Conditions { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal);
}

/// <summary>The principals of a statement, by kind; each kind renders only when it has a value.</summary>
internal sealed record Principals
{
    /// <summary>AWS accounts, users and roles (ARNs or account ids).</summary>
    public ImmutableArray<string> Aws { get; init; } = [];

    /// <summary>Federated identity providers (e.g. an OIDC provider's ARN, for IRSA).</summary>
    public ImmutableArray<string> Federated { get; init; } = [];

    /// <summary>
    /// A federated provider of the plan, by reference (the IAM OIDC provider's ARN, whose account kgen's plan does not
    /// know): each target spells it (Terraform a template variable of the policy's file, CloudFormation <c>Fn::GetAtt</c>).
    /// </summary>
    public Value? FederatedArn { get; init; }

    /// <summary>AWS services, e.g. <c>ec2.amazonaws.com</c>.</summary>
    public ImmutableArray<string> Service { get; init; } = [];
}

/// <summary>A document rendered from a Scriban template with a model.</summary>
/// <param name="Template">Template path under <c>templates/</c>, e.g. <c>userdata/node.sh.sbn</c>.</param>
/// <param name="Model">The template's model (its public properties become snake_case names).</param>
internal sealed record TemplateDocument(string Template, object Model) : Document;
