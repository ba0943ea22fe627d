using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kgen.Tests.Support;

/// <summary>A reply of a stand-in: status, content type and body.</summary>
public sealed record Reply(int Status, string ContentType, string Body);

/// <summary>
/// Kestrel on 127.0.0.1 and a free port, answering every request with one handler; HTTPS when given a certificate.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalServer(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<LocalServer> StartAsync(Func<HttpRequest, string, Task<Reply>> handle, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var reply = await handle(context.Request, body).ConfigureAwait(false);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = reply.ContentType;
            await context.Response.WriteAsync(reply.Body).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalServer(app, address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>
/// A local stand-in for the AWS APIs preflight calls: EC2 (query protocol, XML), SSM and KMS (JSON protocol) and S3
/// (REST, XML), answered from recorded responses in <c>tests/Kgen.Tests/Fixtures/aws/</c> (<c>SERVICE.Operation.xml|json</c>)
/// unless a test replaces one. S3 lists the keys in <see cref="Objects"/>. Every request is recorded.
/// </summary>
public sealed class AwsStandIn : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<int, Reply>> replies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> calls = new();
    private LocalServer? server;

    public static string Fixtures => Path.Combine(Repo.Root, "tests", "Kgen.Tests", "Fixtures", "aws");

    public string Url => server!.Url;

    /// <summary>The operations called, in order, as <c>SERVICE.Operation</c>.</summary>
    public IReadOnlyList<string> Calls => [.. calls];

    /// <summary>The keys in the S3 bucket (full keys, with the configBase prefix).</summary>
    public ConcurrentDictionary<string, bool> Objects { get; } = new(StringComparer.Ordinal);

    public static async Task<AwsStandIn> StartAsync()
    {
        var standIn = new AwsStandIn();
        standIn.server = await LocalServer.StartAsync(standIn.HandleAsync).ConfigureAwait(false);
        return standIn;
    }

    /// <summary>The environment that points preflight at this stand-in.</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["AWS_ENDPOINT_URL_EC2"] = Url,
        ["AWS_ENDPOINT_URL_SSM"] = Url,
        ["AWS_ENDPOINT_URL_KMS"] = Url,
        ["AWS_ENDPOINT_URL_S3"] = Url,
        ["AWS_ACCESS_KEY_ID"] = "AKIDSTANDIN",
        ["AWS_SECRET_ACCESS_KEY"] = "standin-secret",
        ["AWS_REGION"] = "us-west-2",
    };

    /// <summary>Replaces the recorded reply of <paramref name="operation"/> (e.g. <c>EC2.DescribeSubnets</c>); the function gets the call's number, from 1.</summary>
    public void Set(string operation, Func<int, Reply> reply) => replies[operation] = reply;

    /// <summary>Replaces the recorded reply of <paramref name="operation"/> with a body (XML for EC2 and S3, JSON for SSM and KMS).</summary>
    public void Set(string operation, string body, int status = 200) => Set(operation, _ => new Reply(status, ContentType(operation), body));

    /// <summary>An EC2 error reply.</summary>
    public static Reply Ec2Error(int status, string code, string message) =>
        new(status, "text/xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>{code}</Code><Message>{message}</Message></Error></Errors><RequestID>a0a1a2a3-0000-4000-8000-000000000000</RequestID></Response>");

    public ValueTask DisposeAsync() => server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static string ContentType(string operation) => operation.StartsWith("SSM.", StringComparison.Ordinal) || operation.StartsWith("KMS.", StringComparison.Ordinal) ? "application/x-amz-json-1.1" : "text/xml";

    private Task<Reply> HandleAsync(HttpRequest request, string body)
    {
        var operation = Operation(request, body);
        calls.Enqueue(operation);
        var n = calls.Count(c => c == operation);
        if (replies.TryGetValue(operation, out var reply))
        {
            return Task.FromResult(reply(n));
        }

        if (operation == "S3.ListObjectsV2")
        {
            return Task.FromResult(List(request));
        }

        foreach (var extension in new[] { ".xml", ".json" })
        {
            var file = Path.Combine(Fixtures, operation + extension);
            if (File.Exists(file))
            {
                return Task.FromResult(new Reply(200, ContentType(operation), File.ReadAllText(file)));
            }
        }

        return Task.FromResult(new Reply(400, "text/plain", $"the stand-in has no reply for {operation}"));
    }

    private static string Operation(HttpRequest request, string body)
    {
        if (request.Headers.TryGetValue("X-Amz-Target", out var target))
        {
            var parts = target.ToString().Split('.');
            return (parts[0] == "AmazonSSM" ? "SSM." : parts[0] == "TrentService" ? "KMS." : parts[0] + ".") + parts[1];
        }

        if (request.Method == "POST" && HttpUtility.ParseQueryString(body)["Action"] is { } action)
        {
            return "EC2." + action;
        }

        var query = request.Query;
        return query.ContainsKey("versioning") ? "S3.GetBucketVersioning"
            : query.ContainsKey("encryption") ? "S3.GetBucketEncryption"
            : query.ContainsKey("list-type") ? "S3.ListObjectsV2"
            : query.ContainsKey("location") ? "S3.GetBucketLocation"
            : query.ContainsKey("policyStatus") ? "S3.GetBucketPolicyStatus"
            : $"S3.{request.Method} {request.Path}";
    }

    private Reply List(HttpRequest request)
    {
        var bucket = request.Path.Value!.Trim('/');
        var prefix = request.Query["prefix"].ToString();
        var keys = Objects.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
        xml.Append($"<Name>{bucket}</Name><Prefix>{prefix}</Prefix><KeyCount>{keys.Count}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
        foreach (var key in keys)
        {
            xml.Append($"<Contents><Key>{key}</Key><LastModified>2026-11-30T09:00:00.000Z</LastModified><ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>1200</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }

        xml.Append("</ListBucketResult>");
        return new Reply(200, "application/xml", xml.ToString());
    }
}
