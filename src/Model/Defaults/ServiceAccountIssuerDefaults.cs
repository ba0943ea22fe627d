using System.Collections.Immutable;
using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>
/// The service-account issuer (kops' <c>spec.serviceAccountIssuerDiscovery</c>) and the service accounts' permissions
/// (<c>spec.iam.serviceAccountExternalPermissions</c>), from the spec. The issuer of an S3 store is kops' form,
/// <c>https://BUCKET.s3.REGION.amazonaws.com/PATH</c>, with the cluster's region: kops asks S3 where the bucket is,
/// kgen makes no AWS call while it generates, so the bucket must be in the cluster's region (preflight checks it).
/// </summary>
internal static class ServiceAccountIssuerDefaults
{
    private const string Said = "spec.serviceAccountIssuerDiscovery";

    /// <summary>The issuer, or null when the spec names no discovery store; problems go to <paramref name="d"/>.</summary>
    public static ServiceAccountIssuer? Issuer(ClusterInput input, string region, Defaulting d)
    {
        var said = input.ServiceAccountIssuerDiscovery;
        var at = input.Source;
        if (said is null)
        {
            return null;
        }

        var audiences = new List<string> { ServiceAccountIssuer.AwsAudience };
        var additional = said.AdditionalAudiences ?? [];
        for (var i = 0; i < additional.Count; i++)
        {
            var a = additional[i];
            if (string.IsNullOrWhiteSpace(a) || a.Length > 255 || a.Any(char.IsWhiteSpace))
            {
                d.Error(at, DiagnosticCodes.ServiceAccountIssuerInvalid, $"{Said}.additionalAudiences[{i}]", $"\"{a}\" is not an audience: an IAM OIDC provider's client id is 1 to 255 characters without spaces, e.g. sts.amazonaws.com");
            }
            else if (!audiences.Contains(a))
            {
                audiences.Add(a);
            }
        }

        if (said.DiscoveryStore is not { Length: > 0 } store)
        {
            d.Error(at, DiagnosticCodes.ServiceAccountIssuerInvalid, $"{Said}.discoveryStore", "missing: kgen publishes the issuer's discovery documents there; write s3://BUCKET/PATH (a bucket in the cluster's region that the public can read, e.g. s3://acme-oidc/acme.k8s.local)");
            return null;
        }

        if (Url(store.TrimEnd('/'), region) is not { } url)
        {
            d.Error(at, DiagnosticCodes.ServiceAccountIssuerInvalid, $"{Said}.discoveryStore", Problem(store));
            return null;
        }

        return new ServiceAccountIssuer
        {
            DiscoveryStore = store.TrimEnd('/'),
            Url = url,
            AwsOidcProvider = said.EnableAwsOidcProvider ?? false,
            Audiences = [.. audiences],
        };
    }

    /// <summary>The issuer of a discovery store, or null when kgen cannot make one of it.</summary>
    internal static string? Url(string store, string region)
    {
        var (scheme, rest) = store.IndexOf("://", StringComparison.Ordinal) is var i and > 0 ? (store[..i], store[(i + 3)..]) : (string.Empty, store);
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var (host, path) = slash < 0 ? (rest, string.Empty) : (rest[..slash], rest[(slash + 1)..]);
        if (path.Split('/').Any(p => p is "." or ".." || p.Any(ch => char.IsWhiteSpace(ch) || ch is '?' or '#' or '%')) || (path.Length > 0 && path.Split('/').Any(p => p.Length == 0)))
        {
            return null;
        }

        var suffix = path.Length == 0 ? string.Empty : "/" + path;
        return scheme switch
        {
            // Virtual-hosted style: AWS's certificate (*.s3.REGION.amazonaws.com) covers a bucket name without dots only.
            "s3" when BucketName(host) => $"https://{host}.{Names.AwsEndpoint("s3", region)}{suffix}",
            // Offline examples (kops' test store, a local folder): the issuer is the store with https://, as kops makes it for memfs://.
            "memfs" or "file" when HostName(host) => $"https://{host}{suffix}",
            _ => null,
        };
    }

    private static string Problem(string store) => store switch
    {
        _ when store.StartsWith("s3://", StringComparison.Ordinal) && store[5..].Split('/')[0].Contains('.', StringComparison.Ordinal) =>
            $"\"{store}\": a bucket name with dots cannot serve the issuer over HTTPS (AWS's certificate *.s3.REGION.amazonaws.com covers one label), so AWS STS could not read the keys; use a bucket without dots, e.g. s3://acme-oidc/acme.k8s.local",
        _ when store.StartsWith("s3://", StringComparison.Ordinal) =>
            $"\"{store}\" is not s3://BUCKET/PATH with a valid bucket name (3 to 63 lowercase letters, digits and hyphens) and a path without empty, . or .. segments",
        _ when store.StartsWith("file://", StringComparison.Ordinal) || store.StartsWith("memfs://", StringComparison.Ordinal) =>
            $"\"{store}\": a local store is an offline example whose issuer is https://HOST/PATH; write it as file://HOST/PATH (e.g. file://discovery.example.com/acme), or s3://BUCKET/PATH",
        _ => $"\"{store}\" is not a discovery store kgen can publish to; write s3://BUCKET/PATH (a bucket in the cluster's region that the public can read)",
    };

    private static bool BucketName(string b) => b.Length is >= 3 and <= 63 && b.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-')
        && char.IsAsciiLetterOrDigit(b[0]) && char.IsAsciiLetterOrDigit(b[^1]);

    private static bool HostName(string h) => h.Length is > 0 and <= 253 && h.Split('.').All(l => l.Length is > 0 and <= 63 && l.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-') && l[0] != '-' && l[^1] != '-');

    /// <summary>The operator's service accounts' permissions as written (checked by <c>ServiceAccountRules</c>).</summary>
    public static ImmutableArray<ServiceAccountPermission> Permissions(ClusterInput input) =>
    [
        .. input.ServiceAccountExternalPermissions.Select((p, i) => new ServiceAccountPermission
        {
            Name = p?.Name ?? string.Empty,
            Namespace = p?.Namespace ?? string.Empty,
            PolicyArns = [.. p?.Aws?.PolicyArns ?? []],
            InlinePolicy = p?.Aws?.InlinePolicy,
            Path = $"spec.iam.serviceAccountExternalPermissions[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]",
        }),
    ];
}
