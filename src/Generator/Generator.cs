using Kgen.Generator.Builders;
using Kgen.Generator.Pki;
using Kgen.Generator.Plan;
using Kgen.Generator.State;
using Kgen.Generator.Targets.CloudFormation;
using Kgen.Generator.Targets.Terraform;
using Kgen.Model;

namespace Kgen.Generator;

/// <summary>What to generate.</summary>
public enum Target
{
    /// <summary>Terraform: <c>kubernetes.tf</c> and <c>data/</c>.</summary>
    Terraform,

    /// <summary><c>cloudformation.json</c>: one CloudFormation template.</summary>
    CloudFormation,
}

/// <summary>Options for one generation.</summary>
public sealed record GenerateOptions
{
    /// <summary>An OpenSSH public key to import as the cluster's key pair (ignored when the spec names <c>sshKeyName</c>).</summary>
    public string? SshPublicKey { get; init; }

    /// <summary>The templates to render with; <see langword="null"/> means <see cref="TemplateSet.Default"/>, kgen's own.</summary>
    public TemplateSet? Templates { get; init; }
}

/// <summary>
/// kgen's entry point: a cluster spec in, a tree of files out — in memory, deterministic, with
/// no cloud call, and safe to call from many threads at once. <code>
/// var spec = ClusterSpec.Load(File.ReadAllText("acme.yaml"));
/// var output = Generator.Generate(spec, Target.Terraform);
/// await output.WriteToAsync("out/acme");
/// </code>
/// </summary>
public static class Generator
{
    /// <summary>Applies defaults to the spec, validates it, and generates the files of <paramref name="target"/>.</summary>
    /// <param name="spec">The cluster, as loaded with <see cref="ClusterSpec.Load(string, string)"/> or built with <see cref="ClusterSpec.FromDocuments"/>.</param>
    /// <param name="target">What to generate.</param>
    /// <param name="options">An SSH key and the templates to use; <see langword="null"/> for none and kgen's own.</param>
    /// <returns>The generated files, in memory.</returns>
    /// <exception cref="SpecException">The spec has problems; every one is listed with its file, line and YAML path.</exception>
    /// <exception cref="TemplateException">A template of <see cref="GenerateOptions.Templates"/> failed to render.</exception>
    public static GeneratedOutput Generate(ClusterSpec spec, Target target, GenerateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Generate(spec.Resolve(options?.SshPublicKey), target, options?.Templates ?? TemplateSet.Default);
    }

    /// <summary>
    /// Makes sure the cluster's secrets exist in its config store (<c>spec.configBase</c>, <c>s3://</c> or
    /// <c>file://</c>): the cluster, front-proxy and etcd CAs, the service-account key pair and the first
    /// bootstrap token. What exists is never overwritten, so calling it on every generation is safe; nodes
    /// read these on first boot, so call it before the cluster's first apply. The generated files never hold them.
    /// </summary>
    /// <param name="spec">The cluster.</param>
    /// <param name="storeOptions">Where the store's environment (AWS region, endpoint, keys) comes from and where its warnings go.</param>
    /// <param name="cancellationToken">Cancels the store calls.</param>
    /// <returns>What was created and what was kept, and the CA hash for <c>kubeadm join</c>.</returns>
    /// <exception cref="SpecException">The spec has problems.</exception>
    /// <exception cref="StoreException">The store cannot be reached, or holds a half-present or unreadable set of secrets.</exception>
    public static async Task<ClusterSecretsReport> EnsureSecretsAsync(ClusterSpec spec, StoreOptions? storeOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var cluster = spec.Resolve();
        if (HasInMemoryConfigBase(cluster))
        {
            throw new StoreException($"configBase {cluster.ConfigBase} is kops' in-memory test store and can hold no secrets; set spec.configBase to s3://BUCKET/CLUSTER or file://PATH");
        }

        return await EnsureSecretsAsync(cluster, storeOptions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The secrets step for a resolved cluster (the CLI's generation path and <see cref="EnsureSecretsAsync(ClusterSpec, StoreOptions?, CancellationToken)"/>).</summary>
    internal static Task<ClusterSecretsReport> EnsureSecretsAsync(Cluster cluster, StoreOptions? storeOptions, CancellationToken cancellationToken = default) =>
        ClusterSecrets.EnsureAsync(ObjectStores.Open(cluster.ConfigBase, storeOptions), cluster, cancellationToken);

    /// <summary>Whether the configBase is kops' <c>memfs://</c> test store, which holds nothing kgen could keep.</summary>
    internal static bool HasInMemoryConfigBase(Cluster cluster) => cluster.ConfigBase.StartsWith("memfs://", StringComparison.Ordinal);

    /// <summary>Generates from a resolved cluster.</summary>
    internal static GeneratedOutput Generate(Cluster cluster, Target target, TemplateSet? templates = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        templates ??= TemplateSet.Default;
        var plan = BuildPlan(cluster, templates);
        return target switch
        {
            Target.Terraform => new GeneratedOutput(TerraformRenderer.Render(plan, templates), ["kubernetes.tf", "data"]) { Plan = plan },
            Target.CloudFormation => RenderCloudFormation(plan, templates),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown target"),
        };
    }

    private static GeneratedOutput RenderCloudFormation(ClusterPlan plan, TemplateSet templates)
    {
        var warnings = new List<string>();
        var files = CloudFormationRenderer.Render(plan, templates, warnings);
        return new GeneratedOutput(files, [CloudFormationRenderer.FileName], warnings) { Plan = plan };
    }

    /// <summary>The target-neutral plan of a cluster: every resource and output.</summary>
    internal static ClusterPlan BuildPlan(Cluster cluster, TemplateSet? templates = null) => PlanBuilder.Build(cluster, templates ?? TemplateSet.Default);
}
