namespace Kgen.Store;

/// <summary>How to open a store: where the environment comes from and where warnings go.</summary>
public sealed record StoreOptions
{
    /// <summary>
    /// Reads an environment variable (<c>AWS_REGION</c>, <c>AWS_ENDPOINT_URL_S3</c>, <c>AWS_ACCESS_KEY_ID</c>, …);
    /// the process environment by default. Without keys here, the AWS SDK's own credential chain applies.
    /// </summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Receives warnings the user should see (e.g. a server that ignores conditional writes).</summary>
    public Action<string>? Warn { get; init; }

    /// <summary>
    /// The ARN of a KMS key: every object written to an <c>s3://</c> store opened with these options is encrypted
    /// with it (SSE-KMS, without an S3 Bucket Key, so that each object's ARN is its encryption context). Null: the
    /// bucket's default encryption applies. <c>file://</c> stores ignore it.
    /// </summary>
    public string? KmsKeyId { get; init; }
}

/// <summary>Opens a store from its location string.</summary>
public static class ObjectStores
{
    /// <summary>
    /// Opens <paramref name="location"/>: <c>file://PATH</c> (relative paths are taken from the current
    /// directory) or <c>s3://bucket/prefix</c>.
    /// </summary>
    public static IObjectStore Open(string location, StoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        options ??= new StoreOptions();
        if (location.StartsWith("s3://", StringComparison.Ordinal))
        {
            return S3ObjectStore.Open(location, options.Environment, options.Warn, options.KmsKeyId);
        }

        if (location.StartsWith("file://", StringComparison.Ordinal))
        {
            var path = location["file://".Length..];
            if (path.Length == 0)
            {
                throw new StoreException($"store \"{location}\" names no folder; use file://PATH, e.g. file://./state");
            }

            return new FileObjectStore(location, Path.GetFullPath(path));
        }

        throw new StoreException($"store \"{location}\" is not supported; use file://PATH or s3://bucket/prefix");
    }

    /// <summary>Joins a store location and a relative key prefix (e.g. a cluster name) with one slash.</summary>
    public static string Combine(string location, string relative)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(relative);
        return location.TrimEnd('/') + "/" + relative.Trim('/');
    }
}
