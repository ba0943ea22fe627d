using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Newtonsoft.Json.Linq;

namespace Kgen.Store;

/// <summary>
/// Read-only checks of the bucket that holds a cluster's secrets, before kgen writes or reuses them there:
/// <list type="bullet">
/// <item>Block Public Access, all four settings on the bucket: refused otherwise. A public grant on the bucket
/// would make anyone on the internet cluster-admin (the CA keys are in it), and the fix is one harmless command.</item>
/// <item>A bucket policy that denies requests without TLS (<c>aws:SecureTransport</c> false): warned. kgen and the
/// nodes' AWS CLI only use https (kgen refuses a plain-http endpoint), so this guards other clients of the bucket;
/// a bucket policy is shared by everything in the bucket and kgen does not make its owner edit it.</item>
/// <item>Versioning: warned. It makes a deleted or overwritten CA key recoverable (without the CA the cluster
/// cannot be repaired), but it is recovery, not confidentiality, and it keeps old tokens (see docs/state-store.md).</item>
/// </list>
/// A check the server does not support (an S3-compatible test server) or the caller may not read is a warning
/// that says it was not made, never a silent pass.
/// </summary>
internal static class BucketCustody
{
    /// <summary>Checks the bucket of <paramref name="store"/>; throws <see cref="StoreException"/> when it must not hold secrets.</summary>
    public static async Task CheckAsync(S3ObjectStore store, CancellationToken cancellationToken = default)
    {
        var bucket = store.Bucket;
        var notChecked = new List<string>();

        var publicAccess = await AskAsync(
            async () => (await store.Client.GetPublicAccessBlockAsync(new GetPublicAccessBlockRequest { BucketName = bucket }, cancellationToken).ConfigureAwait(false)).PublicAccessBlockConfiguration,
            "NoSuchPublicAccessBlockConfiguration",
            "Block Public Access (s3:GetBucketPublicAccessBlock)",
            notChecked).ConfigureAwait(false);
        if (publicAccess.Asked)
        {
            var settings = publicAccess.Value;
            var off = new[]
            {
                ("BlockPublicAcls", settings?.BlockPublicAcls),
                ("IgnorePublicAcls", settings?.IgnorePublicAcls),
                ("BlockPublicPolicy", settings?.BlockPublicPolicy),
                ("RestrictPublicBuckets", settings?.RestrictPublicBuckets),
            }.Where(s => s.Item2 != true).Select(s => s.Item1).ToList();
            if (off.Count > 0)
            {
                throw new StoreException(
                    $"bucket \"{bucket}\" would hold the cluster's CA keys, but its Block Public Access is not fully on ({string.Join(", ", off)} off): " +
                    "one public grant would make anyone cluster-admin. Turn all four settings on, then run kgen again:\n" +
                    $"  aws s3api put-public-access-block --bucket {bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true");
            }
        }

        var policy = await AskAsync(
            async () => (await store.Client.GetBucketPolicyAsync(new GetBucketPolicyRequest { BucketName = bucket }, cancellationToken).ConfigureAwait(false)).Policy,
            "NoSuchBucketPolicy",
            "the bucket policy (s3:GetBucketPolicy)",
            notChecked).ConfigureAwait(false);
        if (policy.Asked && !DeniesPlainHttp(policy.Value, bucket, store.Prefix))
        {
            store.Warn(
                $"warning: the policy of bucket \"{bucket}\" does not deny requests without TLS; kgen and the nodes use https only, but other clients could read the cluster's secrets in clear. " +
                $"Add this statement to the bucket policy (aws s3api get-bucket-policy --bucket {bucket}, merge, then aws s3api put-bucket-policy --bucket {bucket} --policy file://policy.json): " +
                $"{{\"Sid\":\"DenyPlainHttp\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::{bucket}\",\"arn:aws:s3:::{bucket}/*\"],\"Condition\":{{\"Bool\":{{\"aws:SecureTransport\":\"false\"}}}}}}");
        }

        var versioning = await AskAsync(
            async () => (await store.Client.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = bucket }, cancellationToken).ConfigureAwait(false)).VersioningConfig?.Status?.Value,
            null,
            "versioning (s3:GetBucketVersioning)",
            notChecked).ConfigureAwait(false);
        if (versioning.Asked && versioning.Value != "Enabled")
        {
            store.Warn(
                $"warning: bucket \"{bucket}\" is not versioned: a deleted or overwritten CA key cannot be recovered, and without it the cluster cannot be repaired. " +
                $"Turn versioning on: aws s3api put-bucket-versioning --bucket {bucket} --versioning-configuration Status=Enabled");
        }

        if (notChecked.Count > 0)
        {
            store.Warn($"warning: could not check {string.Join(", ", notChecked)} of bucket \"{bucket}\" at {store.Endpoint}; check them yourself before the cluster's secrets live there (docs/state-store.md#secret-custody)");
        }
    }

    /// <summary>
    /// Whether a bucket policy denies every principal every S3 action on the config store's objects when the request
    /// is not over TLS (<c>"Bool": {"aws:SecureTransport": "false"}</c>).
    /// </summary>
    internal static bool DeniesPlainHttp(string? policy, string bucket, string prefix)
    {
        if (string.IsNullOrWhiteSpace(policy))
        {
            return false;
        }

        JObject document;
        try
        {
            document = JObject.Parse(policy);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return false;
        }

        var objectArn = $"arn:aws:s3:::{bucket}/{(prefix.Length == 0 ? string.Empty : prefix + "/")}pki/ca.key";
        var statements = document["Statement"] switch
        {
            JArray list => list.OfType<JObject>(),
            JObject one => [one],
            _ => [],
        };
        return statements.Any(s =>
            (string?)s["Effect"] == "Deny" &&
            IsEveryone(s["Principal"]) &&
            Strings(s["Action"]).Any(a => a is "*" or "s3:*") &&
            Strings(s["Resource"]).Any(r => Glob(r.Replace("arn:aws-cn:", "arn:aws:", StringComparison.Ordinal).Replace("arn:aws-us-gov:", "arn:aws:", StringComparison.Ordinal), objectArn)) &&
            s["Condition"]?["Bool"]?["aws:SecureTransport"] is { } secure &&
            Strings(secure).Any(v => string.Equals(v, "false", StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsEveryone(JToken? principal) => principal switch
    {
        JValue v => (string?)v == "*",
        JObject o => Strings(o["AWS"]).Contains("*"),
        _ => false,
    };

    private static IEnumerable<string> Strings(JToken? token) => token switch
    {
        JArray list => list.Select(t => t.ToString()),
        JValue v when v.Value is not null => [v.Type == JTokenType.Boolean ? ((bool)v ? "true" : "false") : v.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        _ => [],
    };

    /// <summary>IAM's wildcard match (<c>*</c> any run, <c>?</c> one character).</summary>
    private static bool Glob(string pattern, string text) =>
        pattern.Length == 0
            ? text.Length == 0
            : pattern[0] == '*'
                ? Glob(pattern[1..], text) || (text.Length > 0 && Glob(pattern, text[1..]))
                : text.Length > 0 && (pattern[0] == '?' || pattern[0] == text[0]) && Glob(pattern[1..], text[1..]);

    /// <summary>Makes one read-only call: (true, value), (true, default) when S3 says "none configured", (false, default) when it could not be asked.</summary>
    private static async Task<(bool Asked, T? Value)> AskAsync<T>(Func<Task<T?>> call, string? noneCode, string what, List<string> notChecked)
    {
        try
        {
            return (true, await call().ConfigureAwait(false));
        }
        catch (AmazonS3Exception e) when (noneCode is not null && e.ErrorCode == noneCode)
        {
            return (true, default);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "NotImplemented" or "AccessDenied" or "MethodNotAllowed" || e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotImplemented or HttpStatusCode.MethodNotAllowed)
        {
            notChecked.Add($"{what}: {e.ErrorCode}");
            return (false, default);
        }
        catch (AmazonServiceException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotImplemented)
        {
            notChecked.Add($"{what}: {e.ErrorCode}");
            return (false, default);
        }
        catch (AmazonServiceException e)
        {
            throw new StoreException($"cannot check {what} of the config bucket: {(int)e.StatusCode} {e.ErrorCode}: {e.Message}; check the bucket name, AWS_REGION and the credentials", e);
        }
        catch (Exception e) when (e is AmazonClientException or HttpRequestException or TaskCanceledException)
        {
            throw new StoreException($"cannot check {what} of the config bucket: {e.Message}; check the network, or AWS_ENDPOINT_URL_S3 for an S3-compatible server", e);
        }
    }
}
