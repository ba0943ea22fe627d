namespace Kgen.Generator;

/// <summary>Where an <c>s3://BUCKET[/PREFIX]</c> config store lives, for the ARNs that grant access to its keys.</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Prefix">The cluster's prefix in the bucket, empty or ending in <c>/</c>.</param>
internal sealed record ConfigStoreLocation(string Bucket, string Prefix)
{
    private const string Scheme = "s3://";

    /// <summary>The S3 location of a configBase, or null when it is not in S3 (nodes reach only S3 stores).</summary>
    public static ConfigStoreLocation? Parse(string configBase)
    {
        if (!configBase.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var path = configBase[Scheme.Length..].TrimEnd('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? new(path, string.Empty) : new(path[..slash], path[(slash + 1)..] + "/");
    }

    /// <summary>The region of a KMS key ARN (<c>arn:PARTITION:kms:REGION:ACCOUNT:key/ID</c>, validated by the model): where the bucket and its S3 endpoint are.</summary>
    public static string KmsKeyRegion(string keyArn) => keyArn.Split(':')[3];

    /// <summary>The bucket's ARN.</summary>
    public string BucketArn(string partition) => $"arn:{partition}:s3:::{Bucket}";

    /// <summary>The ARN of a key of the store (a <see cref="ConfigStoreLayout"/> key, or a prefix ending in <c>*</c>).</summary>
    public string ObjectArn(string partition, string key) => $"arn:{partition}:s3:::{Bucket}/{Prefix}{key}";
}
