using System.Collections.Immutable;

namespace Kgen.Model;

#pragma warning disable SA1402 // The issuer and the permissions it serves read as one.

/// <summary>
/// The cluster's service-account issuer, published for AWS (kops' <c>spec.serviceAccountIssuerDiscovery</c>): the API
/// server signs service-account tokens as <see cref="Url"/>, whose OpenID discovery documents kgen's secrets step writes
/// into <see cref="DiscoveryStore"/> (a bucket the operator makes publicly readable), and AWS STS trusts the tokens
/// through an IAM OIDC provider of that issuer (<see cref="AwsOidcProvider"/>).
/// </summary>
internal sealed record ServiceAccountIssuer
{
    /// <summary>The audience AWS's SDKs ask for in a projected service-account token, and the OIDC provider's first client id.</summary>
    public const string AwsAudience = "amazonaws.com";

    /// <summary>The discovery document's key below <see cref="DiscoveryStore"/>.</summary>
    public const string DiscoveryDocumentKey = ".well-known/openid-configuration";

    /// <summary>The key set's key below <see cref="DiscoveryStore"/>.</summary>
    public const string JwksKey = "openid/v1/jwks";

    /// <summary>Where the public documents are written: <c>s3://BUCKET/PATH</c> (or <c>file://</c>, kops' <c>memfs://</c>), without a trailing slash.</summary>
    public required string DiscoveryStore { get; init; }

    /// <summary>The issuer: <c>https://BUCKET.s3.REGION.amazonaws.com/PATH</c> for an S3 store (kops' form).</summary>
    public required string Url { get; init; }

    /// <summary>Whether the store is S3, which AWS STS can read; a <c>file://</c> or <c>memfs://</c> store makes an offline example.</summary>
    public bool Published => DiscoveryStore.StartsWith("s3://", StringComparison.Ordinal);

    /// <summary>The issuer without its scheme: the OIDC provider's name in its ARN and the prefix of its condition keys.</summary>
    public string HostPath => Url["https://".Length..];

    /// <summary>The key set's URL (<c>--service-account-jwks-uri</c>, the discovery document's <c>jwks_uri</c>).</summary>
    public string JwksUri => $"{Url}/{JwksKey}";

    /// <summary>Whether kgen makes the IAM OIDC provider of the issuer.</summary>
    public required bool AwsOidcProvider { get; init; }

    /// <summary>The OIDC provider's client ids: <see cref="AwsAudience"/>, then the spec's additional audiences in its order.</summary>
    public required ImmutableArray<string> Audiences { get; init; }
}

/// <summary>The AWS permissions of one of the operator's service accounts (kops' <c>spec.iam.serviceAccountExternalPermissions[]</c>): a role of its own.</summary>
internal sealed record ServiceAccountPermission
{
    /// <summary>The service account's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its namespace; <c>*</c> matches any characters (the trust policy's condition is then <c>StringLike</c>).</summary>
    public required string Namespace { get; init; }

    /// <summary>Managed policies attached to the role.</summary>
    public ImmutableArray<string> PolicyArns { get; init; } = [];

    /// <summary>The role's inline policy, a JSON list of IAM statements, or null.</summary>
    public string? InlinePolicy { get; init; }

    /// <summary>Where the entry was written (<c>spec.iam.serviceAccountExternalPermissions[i]</c>).</summary>
    public required string Path { get; init; }
}
