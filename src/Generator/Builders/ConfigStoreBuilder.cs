using Kgen.Generator.Plan;

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
}
