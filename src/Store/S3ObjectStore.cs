using System.Net;
using System.Net.Sockets;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Kgen.Store;

/// <summary>
/// A store under <c>s3://bucket/prefix</c>. Versions are ETags. Conditional writes use S3's
/// <c>If-None-Match: *</c> (create) and <c>If-Match: ETAG</c> (update), which S3 enforces atomically. kgen also
/// checks the current ETag before writing (for a message that says what happened) and, once per store, probes
/// whether the server enforces those headers at all: S3-compatible servers that ignore them (s3rver does) get a
/// check after every write too, and a warning that the remaining window is not closed.
/// </summary>
internal sealed class S3ObjectStore : IObjectStore, IDisposable
{
    private const string ProbeKey = ".kgen/conditional-write-probe";

    private readonly IAmazonS3 client;
    private readonly string bucket;
    private readonly string prefix;
    private readonly string endpoint;
    private readonly Action<string>? warn;
    private readonly string? kmsKeyId;
    private readonly SemaphoreSlim probeLock = new(1, 1);
    private bool? serverEnforcesConditions;

    private S3ObjectStore(string location, IAmazonS3 client, string bucket, string prefix, string endpoint, Action<string>? warn, string? kmsKeyId)
    {
        this.kmsKeyId = kmsKeyId;
        Location = location;
        this.client = client;
        this.bucket = bucket;
        this.prefix = prefix;
        this.endpoint = endpoint;
        this.warn = warn;
    }

    public string Location { get; }

    /// <summary>Whether the server enforces If-Match / If-None-Match on PUT (null until a conditional write probed it).</summary>
    internal bool? ServerEnforcesConditions => serverEnforcesConditions;

    /// <summary>
    /// Opens <c>s3://bucket/prefix</c> with the usual AWS credential chain and region. <c>AWS_ENDPOINT_URL_S3</c>
    /// (or <c>AWS_ENDPOINT_URL</c>) points at an S3-compatible server, addressed path-style.
    /// </summary>
    public static S3ObjectStore Open(string location, Func<string, string?> environment, Action<string>? warn, string? kmsKeyId = null)
    {
        var rest = location["s3://".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? string.Empty : rest[(slash + 1)..].Trim('/');
        if (bucket.Length == 0)
        {
            throw new StoreException($"store \"{location}\" names no bucket; use s3://BUCKET or s3://BUCKET/PREFIX");
        }

        if (prefix.Split('/').Any(p => p is "." or "..") || prefix.Contains("//", StringComparison.Ordinal))
        {
            throw new StoreException($"store \"{location}\": the prefix must not contain empty, . or .. segments");
        }

        var config = new AmazonS3Config
        {
            MaxErrorRetry = 2,
            Timeout = TimeSpan.FromSeconds(60),

            // Checksums only where S3 requires them: S3-compatible servers do not all understand the trailing
            // checksums of aws-chunked uploads, and the documents are small.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };

        var region = NonEmpty(environment("AWS_REGION")) ?? NonEmpty(environment("AWS_DEFAULT_REGION"));
        var customEndpoint = NonEmpty(environment("AWS_ENDPOINT_URL_S3")) ?? NonEmpty(environment("AWS_ENDPOINT_URL"));
        string endpoint;
        if (customEndpoint is not null)
        {
            if (!Uri.TryCreate(customEndpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new StoreException($"AWS_ENDPOINT_URL_S3/AWS_ENDPOINT_URL \"{customEndpoint}\" is not an https URL, e.g. https://s3.example.com (http only for a test server on 127.0.0.1, localhost or ::1)");
            }

            if (uri.Scheme == "http" && !IsLoopback(uri))
            {
                throw new StoreException(
                    $"AWS_ENDPOINT_URL_S3/AWS_ENDPOINT_URL \"{customEndpoint}\" is plain http: the cluster's CA keys and tokens would cross the network unencrypted. " +
                    "Use the server's https:// URL; plain http is accepted only for a test server on this machine (127.0.0.1, localhost or ::1)");
            }

            config.ServiceURL = customEndpoint;
            config.ForcePathStyle = true;
            config.AuthenticationRegion = region ?? "us-east-1";
            endpoint = customEndpoint;
        }
        else
        {
            config.RegionEndpoint = region is not null ? RegionEndpoint.GetBySystemName(region) : DefaultRegion();
            endpoint = $"S3 in {config.RegionEndpoint.SystemName}";

            // The endpoint comes from the variables above only, so the https rule holds: not from an endpoint_url in a profile.
            config.IgnoreConfiguredEndpointUrls = true;
        }

        var accessKey = NonEmpty(environment("AWS_ACCESS_KEY_ID"));
        var secretKey = NonEmpty(environment("AWS_SECRET_ACCESS_KEY"));
        var sessionToken = NonEmpty(environment("AWS_SESSION_TOKEN"));
        IAmazonS3 client = (accessKey, secretKey) switch
        {
            ({ } a, { } s) when sessionToken is not null => new AmazonS3Client(new SessionAWSCredentials(a, s, sessionToken), config),
            ({ } a, { } s) => new AmazonS3Client(new BasicAWSCredentials(a, s), config),
            _ => new AmazonS3Client(config), // the SDK's chain: profile, SSO, web identity, container and instance roles
        };
        return new S3ObjectStore(location.TrimEnd('/'), client, bucket, prefix, endpoint, warn, kmsKeyId);
    }

    /// <summary>The bucket.</summary>
    internal string Bucket => bucket;

    /// <summary>The prefix in the bucket (no leading or trailing slash; empty for the bucket's root).</summary>
    internal string Prefix => prefix;

    /// <summary>The client, for the read-only bucket checks of <see cref="BucketCustody"/>.</summary>
    internal IAmazonS3 Client => client;

    /// <summary>Where requests go, for messages.</summary>
    internal string Endpoint => endpoint;

    /// <summary>Passes a warning to whoever opened the store.</summary>
    internal void Warn(string message) => warn?.Invoke(message);

    /// <summary>Whether the URL's host is this machine (127.0.0.0/8, ::1, localhost).</summary>
    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public async Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var full = FullKey(key);
        try
        {
            using var response = await client.GetObjectAsync(bucket, full, cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return new StoredObject(buffer.ToArray(), response.ETag)
            {
                KmsKeyId = response.ServerSideEncryptionMethod == ServerSideEncryptionMethod.AWSKMS ? response.ServerSideEncryptionKeyManagementServiceKeyId : null,
            };
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchKey" || (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket"))
        {
            return null;
        }
        catch (Exception e) when (Translate(e, "read", key) is { } translated)
        {
            throw translated;
        }
    }

    public async Task<string> PutAsync(string key, ReadOnlyMemory<byte> content, Precondition precondition, CancellationToken cancellationToken = default)
    {
        var full = FullKey(key);
        var conditional = precondition.MustBeAbsent || precondition.Version is not null;
        try
        {
            var enforced = !conditional || await ServerEnforcesConditionsAsync(cancellationToken).ConfigureAwait(false);
            if (conditional)
            {
                // S3 enforces the condition atomically; this check first gives a message that says what happened.
                var current = await CurrentVersionAsync(full, cancellationToken).ConfigureAwait(false);
                CheckPrecondition(key, precondition, current);
            }

            var request = new PutObjectRequest
            {
                BucketName = bucket,
                Key = full,
                InputStream = new MemoryStream(content.ToArray(), writable: false),
                AutoCloseStream = true,
                UseChunkEncoding = false,
                ContentType = "application/octet-stream",
            };
            if (kmsKeyId is not null)
            {
                // No S3 Bucket Key: the encryption context is then the object's own ARN, which IAM scopes each role's kms:Decrypt to.
                request.ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS;
                request.ServerSideEncryptionKeyManagementServiceKeyId = kmsKeyId;
                request.BucketKeyEnabled = false;
            }

            if (precondition.MustBeAbsent)
            {
                request.IfNoneMatch = "*";
            }
            else if (precondition.Version is { } version)
            {
                request.IfMatch = version;
            }

            var response = await client.PutObjectAsync(request, cancellationToken).ConfigureAwait(false);
            if (!enforced)
            {
                // The server ignored the condition: at least notice a writer that raced us and won.
                var after = await CurrentVersionAsync(full, cancellationToken).ConfigureAwait(false);
                if (after != response.ETag)
                {
                    throw new StoreConflictException($"{Describe(key)} was written by someone else at the same time; check what it holds now and retry");
                }
            }

            return response.ETag;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.PreconditionFailed || e.ErrorCode is "PreconditionFailed" or "ConditionalRequestConflict")
        {
            throw new StoreConflictException(precondition.MustBeAbsent
                ? $"{Describe(key)} already exists (someone created it at the same time)"
                : $"{Describe(key)} was changed by someone else since it was read", e);
        }
        catch (Exception e) when (Translate(e, "write", key) is { } translated)
        {
            throw translated;
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = FullPrefix(prefix) };
        try
        {
            ListObjectsV2Response response;
            do
            {
                response = await client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
                foreach (var o in response.S3Objects ?? [])
                {
                    var relative = this.prefix.Length == 0 ? o.Key : o.Key[(this.prefix.Length + 1)..];
                    if (!relative.Split('/').Any(part => part.StartsWith('.')))
                    {
                        keys.Add(relative);
                    }
                }

                request.ContinuationToken = response.NextContinuationToken;
            }
            while (response.IsTruncated == true);
        }
        catch (Exception e) when (Translate(e, "list", prefix) is { } translated)
        {
            throw translated;
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            await client.DeleteObjectAsync(bucket, FullKey(key), cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchKey")
        {
        }
        catch (Exception e) when (Translate(e, "delete", key) is { } translated)
        {
            throw translated;
        }
    }

    public void Dispose()
    {
        client.Dispose();
        probeLock.Dispose();
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static RegionEndpoint DefaultRegion()
    {
        try
        {
            return FallbackRegionFactory.GetRegionEndpoint() ?? RegionEndpoint.USEast1;
        }
        catch (AmazonClientException)
        {
            return RegionEndpoint.USEast1;
        }
    }

    private void CheckPrecondition(string key, Precondition precondition, string? current)
    {
        if (precondition.MustBeAbsent && current is not null)
        {
            throw new StoreConflictException($"{Describe(key)} already exists");
        }

        if (precondition.Version is { } expected && current != expected)
        {
            throw new StoreConflictException(current is null
                ? $"{Describe(key)} was deleted by someone else since it was read"
                : $"{Describe(key)} was changed by someone else since it was read");
        }
    }

    /// <summary>Does the server refuse a PUT with If-None-Match: * over an object that exists? Asked once per store.</summary>
    private async Task<bool> ServerEnforcesConditionsAsync(CancellationToken cancellationToken)
    {
        if (serverEnforcesConditions is { } known)
        {
            return known;
        }

        await probeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (serverEnforcesConditions is { } again)
            {
                return again;
            }

            // The first PUT creates the probe object (or is refused because it exists); the second must be refused.
            var enforced = false;
            for (var attempt = 0; attempt < 2 && !enforced; attempt++)
            {
                try
                {
                    await client.PutObjectAsync(
                        new PutObjectRequest
                        {
                            BucketName = bucket,
                            Key = FullKey(ProbeKey),
                            ContentBody = "kgen checks here whether this server enforces conditional writes (If-None-Match)\n",
                            IfNoneMatch = "*",
                            UseChunkEncoding = false,
                        },
                        cancellationToken).ConfigureAwait(false);
                }
                catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.PreconditionFailed || e.ErrorCode is "PreconditionFailed" or "ConditionalRequestConflict")
                {
                    enforced = true;
                }
            }

            if (!enforced)
            {
                warn?.Invoke($"warning: the S3 server at {endpoint} ignores conditional writes (If-None-Match/If-Match); kgen checks each object's ETag before and after writing instead, which catches a stale edit but cannot rule out two writes at the very same moment");
            }

            serverEnforcesConditions = enforced;
            return enforced;
        }
        finally
        {
            probeLock.Release();
        }
    }

    private async Task<string?> CurrentVersionAsync(string fullKey, CancellationToken cancellationToken)
    {
        try
        {
            var head = await client.GetObjectMetadataAsync(bucket, fullKey, cancellationToken).ConfigureAwait(false);
            return head.ETag;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket")
        {
            return null;
        }
    }

    private string FullKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.StartsWith('/') || key.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new ArgumentException($"store key \"{key}\" must be relative, without empty, . or .. segments", nameof(key));
        }

        return prefix.Length == 0 ? key : $"{prefix}/{key}";
    }

    private string FullPrefix(string relative) => prefix.Length == 0 ? relative : $"{prefix}/{relative}";

    private string Describe(string key) => $"{Location}/{key}";

    /// <summary>Turns what the SDK throws into a message that says what to do (null: not a store problem).</summary>
    private StoreException? Translate(Exception e, string action, string key)
    {
        var what = $"cannot {action} {Describe(key)}";
        switch (e)
        {
            case StoreException:
                return null;
            case AmazonS3Exception s3 when s3.ErrorCode == "NoSuchBucket":
                return new StoreException($"{what}: bucket \"{bucket}\" does not exist at {endpoint}; create it (aws s3 mb s3://{bucket}) or point --state / KGEN_STATE_STORE at an existing bucket", e);
            case AmazonS3Exception s3 when s3.ErrorCode is "InvalidAccessKeyId" or "SignatureDoesNotMatch" or "ExpiredToken" or "InvalidToken" or "TokenRefreshRequired":
                return new StoreException($"{what}: the AWS credentials were refused ({s3.ErrorCode}: {s3.Message}); check AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or log in again (aws sso login)", e);
            case AmazonS3Exception s3 when s3.ErrorCode is "PermanentRedirect" or "AuthorizationHeaderMalformed" or "IllegalLocationConstraintException":
                return new StoreException($"{what}: bucket \"{bucket}\" is in another region than {endpoint}; set AWS_REGION to the bucket's region", e);
            case AmazonS3Exception s3 when s3.ErrorCode == "AccessDenied" || s3.StatusCode == HttpStatusCode.Forbidden:
                return new StoreException(
                    $"{what}: access denied ({s3.Message.TrimEnd('.')}); the AWS identity in use needs s3:GetObject, s3:PutObject, s3:DeleteObject on s3://{bucket}/{FullPrefix("*")} and s3:ListBucket on the bucket" +
                    (kmsKeyId is null ? string.Empty : $", and kms:GenerateDataKey and kms:Decrypt on {kmsKeyId} (the secrets' KMS key; check its key policy too)") +
                    " (check AWS_PROFILE and the bucket policy)",
                    e);
            case AmazonS3Exception s3:
                return new StoreException($"{what}: {endpoint} answered {(int)s3.StatusCode} {s3.ErrorCode}: {s3.Message}", e);
            case AmazonClientException when Unreachable(e):
                return new StoreException($"{what}: cannot connect to {endpoint} ({Innermost(e).Message}); check the network, or AWS_ENDPOINT_URL_S3 for an S3-compatible server", e);
            case AmazonClientException when e.Message.Contains("credential", StringComparison.OrdinalIgnoreCase):
                return new StoreException($"{what}: no AWS credentials found; set AWS_PROFILE (after aws configure or aws sso login) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", e);
            case HttpRequestException or SocketException or IOException or TaskCanceledException when Unreachable(e):
                return new StoreException($"{what}: cannot connect to {endpoint} ({Innermost(e).Message}); check the network, or AWS_ENDPOINT_URL_S3 for an S3-compatible server", e);
            case AmazonClientException:
                return new StoreException($"{what}: {e.Message}", e);
            default:
                return null;
        }
    }

    private static bool Unreachable(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is HttpRequestException or SocketException || (x is TaskCanceledException && x.InnerException is TimeoutException))
            {
                return true;
            }
        }

        return false;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
