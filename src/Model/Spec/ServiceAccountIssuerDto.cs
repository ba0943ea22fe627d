using YamlDotNet.Serialization;

namespace Kgen.Model.Spec;

#pragma warning disable SA1402 // kops' IAM-roles-for-service-accounts fields read as one group.

/// <summary><c>spec.serviceAccountIssuerDiscovery</c> (kops' names): where the service-account issuer's public documents live.</summary>
public sealed class ServiceAccountIssuerDiscoveryDto
{
    /// <summary>The store of the public discovery documents: <c>s3://BUCKET/PATH</c> (or <c>file://</c>; kops' <c>memfs://</c> for its tests).</summary>
    public string? DiscoveryStore { get; set; }

    /// <summary>Whether kgen makes an IAM OIDC provider for the issuer (IAM roles for service accounts).</summary>
    [YamlMember(Alias = "enableAWSOIDCProvider")]
    public bool? EnableAwsOidcProvider { get; set; }

    /// <summary>Audiences the OIDC provider accepts besides <c>amazonaws.com</c>.</summary>
    public List<string>? AdditionalAudiences { get; set; }
}

/// <summary>One entry of <c>spec.iam.serviceAccountExternalPermissions</c>: the AWS permissions of a service account.</summary>
public sealed class ServiceAccountExternalPermissionDto
{
    /// <summary>The service account's name.</summary>
    public string? Name { get; set; }

    /// <summary>Its namespace (may hold <c>*</c> wildcards, as kops allows).</summary>
    public string? Namespace { get; set; }

    /// <summary>The AWS permissions.</summary>
    public ServiceAccountAwsPermissionsDto? Aws { get; set; }
}

/// <summary><c>aws</c> of a service account's permissions.</summary>
public sealed class ServiceAccountAwsPermissionsDto
{
    /// <summary>Managed policies to attach.</summary>
    [YamlMember(Alias = "policyARNs")]
    public List<string>? PolicyArns { get; set; }

    /// <summary>An inline policy: a JSON list of IAM statements.</summary>
    public string? InlinePolicy { get; set; }
}
