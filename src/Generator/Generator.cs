using Kgen.Generator.Builders;
using Kgen.Generator.Plan;
using Kgen.Generator.Targets.CloudFormation;
using Kgen.Generator.Targets.Terraform;
using Kgen.Model;

namespace Kgen.Generator;

/// <summary>What to generate.</summary>
public enum Target
{
    /// <summary><c>kubernetes.tf</c> and <c>data/</c>.</summary>
    Terraform,

    /// <summary><c>cloudformation.json</c>: one CloudFormation template.</summary>
    CloudFormation,
}

/// <summary>Options for one generation.</summary>
public sealed record GenerateOptions
{
    /// <summary>An OpenSSH public key to import as the cluster's key pair (ignored when the spec names <c>sshKeyName</c>).</summary>
    public string? SshPublicKey { get; init; }
}

/// <summary>
/// kgen's entry point: a cluster spec in, a tree of files out — in memory, deterministic, with
/// no cloud call. <code>
/// var spec = ClusterSpec.Load(File.ReadAllText("acme.yaml"), "acme.yaml");
/// var output = Generator.Generate(spec, Target.Terraform);
/// await output.WriteToAsync("out/acme");
/// </code>
/// </summary>
public static class Generator
{
    /// <summary>Resolves and validates the spec, then generates. Throws <see cref="SpecException"/> for bad input.</summary>
    public static GeneratedOutput Generate(ClusterSpec spec, Target target, GenerateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Generate(spec.Resolve(options?.SshPublicKey), target);
    }

    /// <summary>Generates from a resolved cluster.</summary>
    public static GeneratedOutput Generate(Cluster cluster, Target target)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var plan = BuildPlan(cluster);
        return target switch
        {
            Target.Terraform => new GeneratedOutput(TerraformRenderer.Render(plan), ["kubernetes.tf", "data"]),
            Target.CloudFormation => RenderCloudFormation(plan),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown target"),
        };
    }

    private static GeneratedOutput RenderCloudFormation(ClusterPlan plan)
    {
        var warnings = new List<string>();
        var files = CloudFormationRenderer.Render(plan, warnings);
        return new GeneratedOutput(files, [CloudFormationRenderer.FileName], warnings);
    }

    /// <summary>The target-neutral plan of a cluster: every resource and output.</summary>
    public static ClusterPlan BuildPlan(Cluster cluster) => PlanBuilder.Build(cluster);
}
