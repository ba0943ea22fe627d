using Kgen.Generator;
using Kgen.Model;
using Kgen.Store;
using Kgen.Store.Pki;

namespace Kgen.Cli;

/// <summary>The generate path's secrets step: make sure the cluster's PKI and bootstrap token exist in its configBase.</summary>
internal static class SecretsStep
{
    /// <summary>
    /// Creates what is missing of the cluster's secrets under <c>spec.configBase</c> (never overwriting) and
    /// says where they are in one line when it created any. kops' in-memory <c>memfs://</c> store holds nothing kgen could keep,
    /// so a kops test manifest still generates, with a warning.
    /// </summary>
    public static async Task EnsureAsync(CliContext cli, Cluster cluster)
    {
        if (ClusterSecrets.HasInMemoryConfigBase(cluster))
        {
            cli.Stderr.WriteLine(
                $"kgen: warning: configBase {cluster.ConfigBase} is kops' in-memory test store, so no cluster secrets were created; " +
                "set spec.configBase to s3://BUCKET/CLUSTER (or file://PATH for local work) before nodes boot");
            return;
        }

        var options = new StoreOptions { Environment = cli.Environment, Warn = m => cli.Stderr.WriteLine($"kgen: {m}") };
        var report = await ClusterSecrets.EnsureAsync(cluster, options).ConfigureAwait(false);
        if (!report.DiscoveryDocumentsWritten.IsEmpty)
        {
            // Public by design: AWS STS reads them to verify service-account tokens (docs/addons.md#permissions).
            cli.Stdout.WriteLine($"kgen: service-account issuer's public discovery documents written: {string.Join(", ", report.DiscoveryDocumentsWritten)}");
        }

        if (report.Created.IsEmpty)
        {
            // Regenerating an existing cluster: nothing to report.
            return;
        }

        var what = report.Reused.IsEmpty ? "created" : "completed";
        var pki = ObjectStores.Combine(report.Location, ConfigStoreLayout.PkiPrefix);
        cli.Stdout.WriteLine($"kgen: cluster secrets (CAs, service-account key) {what} in {pki}; CA hash {report.CaCertificateHash}");
    }

    /// <summary>
    /// Writes the node scripts (and whatever else the generation places in the config store) that the target does not
    /// write: all of them for CloudFormation and for a store outside S3; none for Terraform with an S3 store, whose
    /// <c>aws_s3_object</c>s do. Says how many it wrote. Nothing for kops' in-memory store (warned above).
    /// </summary>
    public static async Task WriteObjectsAsync(CliContext cli, Cluster cluster, GeneratedOutput output)
    {
        if (ClusterSecrets.HasInMemoryConfigBase(cluster))
        {
            return;
        }

        var options = new StoreOptions { Environment = cli.Environment, Warn = m => cli.Stderr.WriteLine($"kgen: {m}"), KmsKeyId = cluster.ConfigStoreKmsKey };
        var written = await ConfigBaseObjects.WriteAsync(output, cluster.ConfigBase, options).ConfigureAwait(false);
        if (!written.IsEmpty)
        {
            cli.Stdout.WriteLine($"kgen: node scripts and add-on files written to {cluster.ConfigBase.TrimEnd('/')}/ ({written.Length} new, each in a place named by its digest: nothing running reads them before the apply)");
        }
    }
}
