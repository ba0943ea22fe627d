using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace Kgen.Tests.Support;

/// <summary>
/// A local HTTPS stand-in for the Kubernetes API on 127.0.0.1: list responses recorded in
/// <c>tests/Kgen.Tests/Fixtures/kubernetes/</c> (nodes, pods, deployments, daemon sets) unless a test replaces one,
/// and the pod create, read and delete calls of the smoke test. Its certificate is signed by the given CA for the
/// server name given (the internal API name <c>kgen export kubeconfig</c> puts in tls-server-name).
/// </summary>
public sealed class KubernetesStandIn : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<int, Reply>> replies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> calls = new();
    private LocalServer? server;
    private X509Certificate2? certificate;

    private KubernetesStandIn()
    {
    }

    public static string Fixtures => Path.Combine(Repo.Root, "tests", "Kgen.Tests", "Fixtures", "kubernetes");

    public string Url => server!.Url;

    /// <summary>The requests, in order, as <c>METHOD /path</c>.</summary>
    public IReadOnlyList<string> Calls => [.. calls];

    public static async Task<KubernetesStandIn> StartAsync(X509Certificate2 ca, string serverName)
    {
        var standIn = new KubernetesStandIn();
        // Kestrel uses the certificate (and its key) for as long as it runs.
        standIn.certificate = ServerCertificate(ca, serverName);
        standIn.server = await LocalServer.StartAsync(standIn.HandleAsync, standIn.certificate).ConfigureAwait(false);
        return standIn;
    }

    /// <summary>Replaces the reply to <c>METHOD /path</c> (e.g. <c>GET /api/v1/nodes</c>; a pod path ends in <c>/*</c>); the function gets the call's number, from 1.</summary>
    public void Set(string request, Func<int, Reply> reply) => replies[request] = reply;

    public static string Recorded(string name) => File.ReadAllText(Path.Combine(Fixtures, name));

    public static Reply Json(string body, int status = 200) => new(status, "application/json", body);

    public static Reply Status(int code, string reason, string message) =>
        Json($$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"{{message}}","reason":"{{reason}}","code":{{code}}}""", code);

    /// <summary>The recorded node list with the node <paramref name="node"/>'s Ready condition set to False.</summary>
    public static string NodeNotReady(string node)
    {
        var list = JsonNode.Parse(Recorded("nodes.json"))!;
        foreach (var item in list["items"]!.AsArray())
        {
            if ((string?)item!["metadata"]!["name"] == node)
            {
                foreach (var condition in item["status"]!["conditions"]!.AsArray())
                {
                    if ((string?)condition!["type"] == "Ready")
                    {
                        condition["status"] = "False";
                    }
                }
            }
        }

        return list.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }

        certificate?.Dispose();
    }

    private static X509Certificate2 ServerCertificate(X509Certificate2 ca, string serverName)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={serverName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(serverName);
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        var now = DateTimeOffset.UtcNow;
        using var signed = request.Create(ca, now.AddMinutes(-5), now.AddHours(1), RandomNumberGenerator.GetBytes(12));
        using var withKey = signed.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    private Task<Reply> HandleAsync(Microsoft.AspNetCore.Http.HttpRequest request, string body)
    {
        var path = request.Path.Value ?? "/";
        var key = $"{request.Method} {path}";
        if (path.StartsWith("/api/v1/namespaces/", StringComparison.Ordinal) && path.Contains("/pods/", StringComparison.Ordinal))
        {
            key = $"{request.Method} {path[..(path.LastIndexOf('/') + 1)]}*";
        }

        calls.Enqueue(key);
        var n = calls.Count(c => c == key);
        if (replies.TryGetValue(key, out var reply))
        {
            return Task.FromResult(reply(n));
        }

        return Task.FromResult(key switch
        {
            "GET /api/v1/nodes" => Json(Recorded("nodes.json")),
            "GET /api/v1/pods" => Json(Recorded("pods.json")),
            "GET /apis/apps/v1/deployments" => Json(Recorded("deployments.json")),
            "GET /apis/apps/v1/daemonsets" => Json(Recorded("daemonsets.json")),
            _ when request.Method == "POST" && path.EndsWith("/pods", StringComparison.Ordinal) => Json(body, 201),
            _ => Status(404, "NotFound", $"the stand-in has no reply for {key}"),
        });
    }
}
