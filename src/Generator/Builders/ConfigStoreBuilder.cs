using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>
/// A guard that stops an apply whose nodes could never read their config store, where they fetch the
/// cluster CA at boot. A store outside S3 (<c>file://</c>, kops' <c>memfs://</c>) is
/// unreachable from the nodes: its guard always refuses, and the output is an offline example (generating
/// needs no cloud access). An S3 store is listed before apply: the guard refuses while the cluster CA is
/// missing, i.e. the cluster's secrets were never created there. The configBase is an output too.
/// </summary>
internal sealed class ConfigStoreBuilder : IPlanBuilder
{
    /// <summary>The output that holds the configBase.</summary>
    public const string ConfigBaseOutput = "config_base";

    public void Build(BuildContext ctx)
    {
        var configBase = ctx.Cluster.ConfigBase;
        ctx.Output(ConfigBaseOutput, configBase);
        if (ConfigStoreLocation.Parse(configBase) is not { } store)
        {
            var what = configBase switch
            {
                _ when configBase.StartsWith("file://", StringComparison.Ordinal) => "is a folder on the machine that ran kgen",
                _ when configBase.StartsWith("memfs://", StringComparison.Ordinal) => "is kops' in-memory test store",
                _ => "is not an S3 location",
            };
            ctx.Add(new ConfigStoreGuard
            {
                Name = ctx.Names.ConfigStoreGuard,
                ConfigBaseOutput = ConfigBaseOutput,
                Message = $"configBase {configBase} {what}; nodes cannot read the cluster's CA there. " +
                    "This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply.",
            });
            return;
        }

        var key = store.Prefix + ConfigStoreLayout.CaCertificate;
        var lookup = ctx.Add(new ConfigStoreObjectsLookup { Name = ctx.Names.ConfigStoreLookup, Bucket = store.Bucket, Prefix = key });
        ctx.Add(new ConfigStoreGuard
        {
            Name = ctx.Names.ConfigStoreGuard,
            Lookup = lookup,
            RequiredKey = key,
            ConfigBaseOutput = ConfigBaseOutput,
            Message = $"configBase {configBase} has no {ConfigStoreLayout.CaCertificate} (s3://{store.Bucket}/{key}): nodes would find no cluster CA. " +
                "Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply.",
        });
    }

    /// <summary>
    /// Places an object in the config store: every one goes into <see cref="BuildContext.ConfigBaseObjects"/>; in an S3
    /// store it is a resource of the plan too (Terraform writes it; CloudFormation lists it as a difference, kgen
    /// writes it). Stores outside S3 get it from kgen alone. Written with the config store's KMS key when the spec
    /// names one, else as the store's other objects (the bucket's default encryption).
    /// </summary>
    /// <param name="ctx">The build.</param>
    /// <param name="name">The plan name.</param>
    /// <param name="key">The key below the cluster's prefix (a <see cref="ConfigStoreLayout"/> key).</param>
    /// <param name="content">The object's text.</param>
    /// <param name="contentType">Its media type.</param>
    /// <param name="readers">The roles whose nodes read it.</param>
    /// <returns>The object.</returns>
    public static ConfigBaseObject Object(BuildContext ctx, string name, string key, string content, string contentType, ImmutableArray<InstanceGroupRole> readers)
    {
        var store = ConfigStoreLocation.Parse(ctx.Cluster.ConfigBase);
        var o = new ConfigBaseObject
        {
            Name = name,
            Key = key,
            Content = new TextDocument(content),
            Sha256 = Sha256(content),
            Readers = readers,
            ContentType = contentType,
            Bucket = store?.Bucket ?? string.Empty,
            ObjectKey = (store?.Prefix ?? string.Empty) + key,
            KmsKeyId = store is null ? null : ctx.Cluster.ConfigStoreKmsKey,
        };
        ctx.ConfigBaseObjects.Add(o);
        if (store is not null)
        {
            ctx.Add(o);
        }

        return o;
    }

    /// <summary>The SHA-256 of a text's UTF-8 bytes, lowercase hex (what <c>sha256sum</c> prints for the object).</summary>
    public static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
