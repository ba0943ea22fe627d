using Kgen.Generator;
using Kgen.Model;
using Kgen.Store;

namespace Kgen.Cli.Commands;

/// <summary>
/// The one path by which every command generates (<c>kgen -f</c>, <c>create cluster --out</c>,
/// <c>update cluster</c>): resolve and validate, prepare what the cluster needs in its store, generate in memory,
/// compare with the output folder, and write only when something changed.
/// </summary>
internal static class Generation
{
    public static async Task<int> RunAsync(CliContext cli, ClusterSpec spec, string? target, string? outDir, string? sshPublicKey, ClusterStore? store, TemplateSet? templates = null)
    {
        if (outDir is null)
        {
            throw new UsageException("--out DIR is required: the folder that receives kubernetes.tf and data/ (or cloudformation.json)");
        }

        var kind = target switch
        {
            null or "terraform" => Target.Terraform,
            "cloudformation" => Target.CloudFormation,
            _ => throw new UsageException($"--target \"{target}\" is not supported; use terraform or cloudformation"),
        };

        var cluster = spec.Resolve(sshPublicKey);
        if (spec.IgnoredKopsFields.Count > 0)
        {
            // Grouped: one line per reason, each kops field once, however many documents hold it.
            cli.Stderr.WriteLine("kgen: warning: kops fields accepted and ignored (docs/kops-compatibility.md says why; --strict refuses them):");
            foreach (var field in spec.IgnoredKopsFields)
            {
                cli.Stderr.WriteLine($"  {field}");
            }
        }

        if (store is not null)
        {
            // A stored cluster's secrets (PKI) are prepared here, before the output that nodes boot with.
            if (cluster.ConfigBase != store.ConfigBase(cluster.Name))
            {
                cli.Stderr.WriteLine($"kgen: warning: spec.configBase is {cluster.ConfigBase}, but the spec is stored in {store.ConfigBase(cluster.Name)}; nodes read their configuration from spec.configBase (kgen edit cluster {cluster.Name} to change it)");
            }
        }

        var output = Generator.Generator.Generate(cluster, kind, templates);
        foreach (var warning in output.Warnings)
        {
            cli.Stderr.WriteLine($"kgen: warning: {warning}");
        }

        // EKS keeps an EKS cluster's CA and credentials; kgen makes secrets only for the clusters it forms with kubeadm.
        if (cluster.Topology == ControlPlaneTopology.Kubeadm)
        {
            await SecretsStep.EnsureAsync(cli, cluster).ConfigureAwait(false);
            await SecretsStep.WriteObjectsAsync(cli, cluster, output).ConfigureAwait(false);
        }
        var changes = OutputChanges.Compare(output, outDir, cluster);
        if (!changes.None)
        {
            await output.WriteToAsync(outDir).ConfigureAwait(false);
        }

        changes.Print(cli.Stdout, outDir, cluster.Name);
        return 0;
    }
}
