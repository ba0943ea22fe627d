using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Kgen.Tests.Support;

/// <summary>
/// A small S3 stand-in on 127.0.0.1 for what s3rver does not implement: a bucket's Block Public Access, policy and
/// versioning (each settable by the test), and objects with <c>If-None-Match: *</c>. It records every object PUT's
/// headers, so a test can see how kgen asked S3 to encrypt each secret.
/// </summary>
public sealed class BucketStandIn : IDisposable
{
    public const string Bucket = "custody";

    private const string Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";
    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, (byte[] Body, string ETag, string? KmsKey)> objects = new(StringComparer.Ordinal);
    private readonly Task loop;

    public BucketStandIn()
    {
        for (var attempt = 0; ; attempt++)
        {
            Port = FreePort();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Prefixes.Clear();
            }
        }

        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The four Block Public Access settings, or null for "none configured" (S3's 404).</summary>
    public bool[]? PublicAccessBlock { get; set; } = [true, true, true, true];

    /// <summary>The bucket policy (JSON), or null for none.</summary>
    public string? Policy { get; set; } = TlsOnlyPolicy(Bucket);

    /// <summary>Enabled, Suspended, or null (never enabled).</summary>
    public string? Versioning { get; set; } = "Enabled";

    /// <summary>Refuse every object PUT as S3 does when the caller may not use the KMS key.</summary>
    public bool DenyKmsPuts { get; set; }

    /// <summary>Every object PUT: key and its request headers (the conditional-write probe included).</summary>
    public ConcurrentQueue<(string Key, Dictionary<string, string> Headers)> Puts { get; } = new();

    /// <summary>The variables that point kgen at this server.</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["AWS_ENDPOINT_URL_S3"] = $"http://127.0.0.1:{Port}",
        ["AWS_ACCESS_KEY_ID"] = "STANDIN",
        ["AWS_SECRET_ACCESS_KEY"] = "STANDIN",
        ["AWS_REGION"] = "eu-central-1",
    };

    /// <summary>A policy that denies every request without TLS on the bucket and its objects.</summary>
    public static string TlsOnlyPolicy(string bucket) =>
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyPlainHttp\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\"," +
        $"\"Resource\":[\"arn:aws:s3:::{bucket}\",\"arn:aws:s3:::{bucket}/*\"],\"Condition\":{{\"Bool\":{{\"aws:SecureTransport\":\"false\"}}}}}}]}}";

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await HandleAsync(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
                // The client went away.
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = Uri.UnescapeDataString(request.Url!.AbsolutePath).TrimStart('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? path : path[..slash];
        var key = slash < 0 ? string.Empty : path[(slash + 1)..];
        var query = request.Url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(q => q.Split('=')[0]).ToHashSet(StringComparer.Ordinal);
        response.AddHeader("x-amz-request-id", "STANDIN");

        if (bucket != Bucket)
        {
            await ErrorAsync(response, 404, "NoSuchBucket");
            return;
        }

        if (key.Length == 0)
        {
            if (query.Contains("publicAccessBlock"))
            {
                if (PublicAccessBlock is not { } b)
                {
                    await ErrorAsync(response, 404, "NoSuchPublicAccessBlockConfiguration");
                    return;
                }

                await XmlAsync(response, $"<PublicAccessBlockConfiguration xmlns=\"{Namespace}\"><BlockPublicAcls>{Bool(b[0])}</BlockPublicAcls><IgnorePublicAcls>{Bool(b[1])}</IgnorePublicAcls><BlockPublicPolicy>{Bool(b[2])}</BlockPublicPolicy><RestrictPublicBuckets>{Bool(b[3])}</RestrictPublicBuckets></PublicAccessBlockConfiguration>");
                return;
            }

            if (query.Contains("policy"))
            {
                if (Policy is null)
                {
                    await ErrorAsync(response, 404, "NoSuchBucketPolicy");
                    return;
                }

                await BodyAsync(response, 200, "application/json", Policy);
                return;
            }

            if (query.Contains("versioning"))
            {
                await XmlAsync(response, Versioning is null
                    ? $"<VersioningConfiguration xmlns=\"{Namespace}\"/>"
                    : $"<VersioningConfiguration xmlns=\"{Namespace}\"><Status>{Versioning}</Status></VersioningConfiguration>");
                return;
            }

            await ErrorAsync(response, 501, "NotImplemented");
            return;
        }

        switch (request.HttpMethod)
        {
            case "PUT" when DenyKmsPuts:
                await ErrorAsync(response, 403, "AccessDenied", message: "User: arn:aws:iam::111122223333:user/ci is not authorized to perform: kms:GenerateDataKey on this resource because no identity-based policy allows the kms:GenerateDataKey action");
                return;

            case "PUT":
                {
                    using var buffer = new MemoryStream();
                    await request.InputStream.CopyToAsync(buffer);
                    var headers = request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!.ToLowerInvariant(), k => request.Headers[k]!, StringComparer.Ordinal);
                    Puts.Enqueue((key, headers));
                    var body = buffer.ToArray();
#pragma warning disable CA5351 // S3's ETag of a plain object is its MD5, which the SDK checks on GET.
                    var etag = "\"" + Convert.ToHexStringLower(MD5.HashData(body)) + "\"";
#pragma warning restore CA5351
                    var kms = headers.GetValueOrDefault("x-amz-server-side-encryption") == "aws:kms" ? headers.GetValueOrDefault("x-amz-server-side-encryption-aws-kms-key-id") : null;
                    if (headers.GetValueOrDefault("if-none-match") == "*" && !objects.TryAdd(key, (body, etag, kms)))
                    {
                        await ErrorAsync(response, 412, "PreconditionFailed");
                        return;
                    }

                    objects[key] = (body, etag, kms);
                    response.AddHeader("ETag", etag);
                    await BodyAsync(response, 200, null, string.Empty);
                    return;
                }

            case "GET" or "HEAD":
                {
                    if (!objects.TryGetValue(key, out var stored))
                    {
                        await ErrorAsync(response, 404, "NoSuchKey", head: request.HttpMethod == "HEAD");
                        return;
                    }

                    response.AddHeader("ETag", stored.ETag);
                    if (stored.KmsKey is { } kmsKey)
                    {
                        response.AddHeader("x-amz-server-side-encryption", "aws:kms");
                        response.AddHeader("x-amz-server-side-encryption-aws-kms-key-id", kmsKey);
                    }

                    response.StatusCode = 200;
                    response.ContentType = "application/octet-stream";
                    response.ContentLength64 = stored.Body.Length;
                    if (request.HttpMethod == "GET")
                    {
                        await response.OutputStream.WriteAsync(stored.Body);
                    }

                    response.Close();
                    return;
                }

            default:
                await ErrorAsync(response, 501, "NotImplemented");
                return;
        }
    }

    private static string Bool(bool b) => b ? "true" : "false";

    private static Task XmlAsync(HttpListenerResponse response, string xml) => BodyAsync(response, 200, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml);

    private static Task ErrorAsync(HttpListenerResponse response, int status, string code, bool head = false, string? message = null) =>
        head
            ? BodyAsync(response, status, null, string.Empty)
            : BodyAsync(response, status, "application/xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{message ?? code}</Message><RequestId>STANDIN</RequestId></Error>");

    private static async Task BodyAsync(HttpListenerResponse response, int status, string? contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        if (contentType is not null)
        {
            response.ContentType = contentType;
        }

        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }
}
