using System.Text.RegularExpressions;

namespace Kgen.Model.Validation;

/// <summary>The config store's encryption: <c>spec.configStoreEncryption.kmsKey</c> is the ARN of a KMS key of the cluster's partition.</summary>
internal static partial class ConfigStoreRules
{
    private const string Path = "spec.configStoreEncryption.kmsKey";

    /// <summary>Checks the KMS key, when one is given.</summary>
    public static void Check(Validating v)
    {
        if (v.Cluster.ConfigStoreKmsKey is not { } key)
        {
            return;
        }

        const string Lookup = "aws kms describe-key --key-id {0} --query KeyMetadata.Arn --output text";
        var example = $"arn:{v.Cluster.Partition}:kms:{v.Cluster.Region}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        string? problem = null;
        if (key.StartsWith("alias/", StringComparison.Ordinal) || AliasArn().IsMatch(key))
        {
            problem = $"\"{key}\" is an alias; IAM grants kms:Decrypt on a key, not on an alias, so kgen needs the key's ARN ({string.Format(System.Globalization.CultureInfo.InvariantCulture, Lookup, key)})";
        }
        else if (KeyId().IsMatch(key))
        {
            problem = $"\"{key}\" is a key id; write the key's ARN, e.g. {example} ({string.Format(System.Globalization.CultureInfo.InvariantCulture, Lookup, key)})";
        }
        else if (KeyArn().Match(key) is not { Success: true } arn)
        {
            problem = $"\"{key}\" is not the ARN of a KMS key; expected arn:PARTITION:kms:REGION:ACCOUNT:key/KEY-ID, e.g. {example}";
        }
        else if (arn.Groups["partition"].Value != v.Cluster.Partition)
        {
            problem = $"\"{key}\" is a key of partition {arn.Groups["partition"].Value}, but the cluster is in {v.Cluster.Region} (partition {v.Cluster.Partition}); use a key of the config bucket's region";
        }

        if (problem is not null)
        {
            v.Error(v.C, DiagnosticCodes.ConfigStoreKmsKeyInvalid, Path, problem);
        }
    }

    /// <summary>A KMS key ARN: single-region (a UUID) or multi-Region (<c>mrk-</c> and 32 hex digits).</summary>
    [GeneratedRegex(@"\Aarn:(?<partition>aws|aws-cn|aws-us-gov):kms:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d+):(?<account>\d{12}):key/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})\z", RegexOptions.CultureInvariant)]
    internal static partial Regex KeyArn();

    [GeneratedRegex(@"\Aarn:[a-z-]+:kms:[^:]*:[^:]*:alias/", RegexOptions.CultureInvariant)]
    private static partial Regex AliasArn();

    [GeneratedRegex(@"\A([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyId();
}
