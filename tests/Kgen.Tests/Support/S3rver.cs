using System.Diagnostics;
using System.Text.Json;
using Kgen.Store;

namespace Kgen.Tests.Support;

/// <summary>
/// An s3rver (npm, pinned in tests/s3rver) on 127.0.0.1 and a random free port, with the buckets
/// <see cref="Bucket"/> and <see cref="OtherBucket"/>; stopped when the tests of its collection are done.
/// </summary>
public sealed class S3rverFixture : IDisposable
{
    public const string Bucket = "kgen-state";

    public const string OtherBucket = "kgen-other";

    private readonly TempDir data = new();
    private readonly Process process;

    public S3rverFixture()
    {
        var folder = Path.Combine(Repo.Root, "tests", "s3rver");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "s3rver")))
        {
            throw new InvalidOperationException("s3rver is not installed: run (cd tests/s3rver && npm ci); ./test.sh and .ci/run do it");
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(folder, "server.mjs"), data.Path, Bucket, OtherBucket },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("cannot start node");
        var line = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException("s3rver exited before listening: " + process.StandardError.ReadToEnd());
        Port = JsonDocument.Parse(line).RootElement.GetProperty("port").GetInt32();
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>The variables that point kgen at this server (s3rver's fixed credentials), plus <paramref name="extra"/>.</summary>
    public Dictionary<string, string> Environment(params (string Name, string Value)[] extra)
    {
        var env = new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL_S3"] = Endpoint,
            ["AWS_ACCESS_KEY_ID"] = "S3RVER",
            ["AWS_SECRET_ACCESS_KEY"] = "S3RVER",
            ["AWS_REGION"] = "us-east-1",
        };
        foreach (var (name, value) in extra)
        {
            env[name] = value;
        }

        return env;
    }

    /// <summary>A fresh, empty location in the bucket, so tests do not see each other's objects.</summary>
    public static string NewLocation() => $"s3://{Bucket}/{Guid.NewGuid():N}";

    public IObjectStore Open(string location, Dictionary<string, string>? environment = null, Action<string>? warn = null)
    {
        var env = environment ?? Environment();
        return ObjectStores.Open(location, new StoreOptions { Environment = name => env.GetValueOrDefault(name), Warn = warn });
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        finally
        {
            process.Dispose();
            data.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class S3rverCollection : ICollectionFixture<S3rverFixture>
{
    public const string Name = "s3rver";
}
