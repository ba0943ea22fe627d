using Kgen.Generator.Bootstrap;
using Kgen.Generator.Builders;
using Kgen.Generator.Plan;
using Kgen.Generator.Targets.CloudFormation;
using Kgen.Generator.Targets.Terraform;
using Kgen.Generator.Verification;
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

    /// <summary>Generates from a resolved cluster.</summary>
    internal static GeneratedOutput Generate(Cluster cluster, Target target, TemplateSet? templates = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        templates ??= TemplateSet.Default;
        var plan = BuildPlan(cluster, templates);
        var verification = Verify(plan);
        var warnings = new List<Diagnostic>([.. cluster.Eks?.Warnings ?? [], .. cluster.Eks is null ? cluster.Components.Weakened : [], .. cluster.Networking.MappedFrom is { } mapped ? [mapped] : Array.Empty<Diagnostic>(), .. PlanWarnings(plan), .. Verification.VerificationDiagnostics.Warnings(plan, verification)]);
        return target switch
        {
            Target.Terraform => new GeneratedOutput(TerraformRenderer.Render(plan, templates), ["kubernetes.tf", "data"], warnings)
            {
                Plan = plan,
                Verification = verification,
                ConfigBaseObjects = StoreObjects(plan, o => plan.Resources.Contains(o)),
            },
            Target.CloudFormation => RenderCloudFormation(plan, templates, warnings, verification),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown target"),
        };
    }

    /// <summary>
    /// Proves every need of the cluster's roles on the plan (<see cref="RoleNeeds"/>, <see cref="PlanVerifier"/>): a need
    /// the plan does not allow means a cluster that would not form, so it is an error that names what is missing.
    /// </summary>
    internal static VerificationReport Verify(ClusterPlan plan)
    {
        var report = PlanVerifier.Verify(plan, RoleNeeds.Of(plan));
        var errors = Verification.VerificationDiagnostics.Errors(plan, report).Concat(Verification.IamQuotas.Errors(plan)).ToList();
        return errors.Count > 0 ? throw new SpecException(errors) : report;
    }

    private static GeneratedOutput RenderCloudFormation(ClusterPlan plan, TemplateSet templates, List<Diagnostic> warnings, VerificationReport verification)
    {
        var files = CloudFormationRenderer.Render(plan, templates, warnings);
        return new GeneratedOutput(files, [CloudFormationRenderer.FileName], warnings) { Plan = plan, Verification = verification, ConfigBaseObjects = StoreObjects(plan, _ => false) };
    }

    /// <summary>The plan's config-store objects, each with whether the target's files write it.</summary>
    private static ConfigBaseFile[] StoreObjects(ClusterPlan plan, Func<ConfigBaseObject, bool> writtenByTarget) =>
        [.. plan.ConfigBaseObjects.Select(o => new ConfigBaseFile(o.Key, o.Content.Content, o.Sha256, writtenByTarget(o)))];

    /// <summary>What the user must know of the plan whatever the target: a config store the nodes cannot reach makes the output an offline example.</summary>
    private static IEnumerable<Diagnostic> PlanWarnings(ClusterPlan plan) =>
        plan.OfType<ConfigStoreGuard>().Where(g => g.Lookup is null).Select(g =>
            Diagnostic.Warning(DiagnosticCodes.ConfigStoreUnreachable, new PlanLocation(plan.Cluster.Name), g.Message))
        .Concat(plan.Cluster.EtcdClusters.Where(e => !e.Runs).Select(e => Diagnostic.Warning(
            DiagnosticCodes.EtcdClusterNotRun,
            new PlanLocation(plan.Cluster.Name),
            $"spec.etcdClusters: etcd cluster {e.Name} gets no volumes: {e.NotRunReason}; remove {e.Name} from the spec to silence this")))
        .Concat(UnencryptedSecrets(plan.Cluster))
        .Concat(PreRelease(plan.Cluster))
        .Concat(NamesOutsideZone(plan.Cluster))
        .Concat(Addons.AddonBuilder.Warnings(plan.Cluster))
        .Concat(Addons.AddonIdentities.Warnings(plan.Cluster));

    /// <summary>Names the spec gives that lie outside its DNS zone: Route 53 would refuse their records there, so kgen leaves them to the operator.</summary>
    private static IEnumerable<Diagnostic> NamesOutsideZone(Cluster cluster)
    {
        if (cluster.Eks is not null || cluster.Dns.Zone is not { } zone)
        {
            yield break;
        }

        if (!cluster.Dns.Holds(cluster.Api.PublicName))
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.ApiNameOutsideZone,
                new PlanLocation(cluster.Name),
                $"spec.masterPublicName: {cluster.Api.PublicName} is not inside the DNS zone {zone}, so kgen publishes no record for it (Route 53 would refuse it there); " +
                $"point {cluster.Api.PublicName} at the API load balancer yourself (a CNAME or alias to the output api_load_balancer_dns_name). " +
                "The API certificate names it and kgen export kubeconfig uses it" +
                (cluster.InternalNameInOperatorZone ? string.Empty : $"; {cluster.Api.InternalName} is outside the zone too and goes into a private zone {cluster.Name} kgen makes in the VPC"));
        }

        if (cluster.Bastion.PublicName is { } bastion && !cluster.Dns.Holds(bastion))
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.ApiNameOutsideZone,
                new PlanLocation(cluster.Name),
                $"spec.topology.bastion.bastionPublicName: {bastion} is not inside the DNS zone {zone}, so kgen publishes no record for it; point it at the output bastion_load_balancer_dns_name yourself");
        }
    }

    /// <summary>A pre-release Kubernetes (alpha, beta, rc): honoured, from pkgs.k8s.io's pre-release channel, and never for production.</summary>
    private static IEnumerable<Diagnostic> PreRelease(Cluster cluster)
    {
        if (cluster.Eks is null && cluster.KubernetesPreRelease)
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.KubernetesPreRelease,
                new PlanLocation(cluster.Name),
                $"spec.kubernetesVersion: v{cluster.KubernetesVersion} is a pre-release of Kubernetes: the nodes install it from pkgs.k8s.io's pre-release channel " +
                "(the same signing key as the stable one), with that channel's newest cri-tools and kubernetes-cni; a pre-release is for trying a coming version, not for production");
        }
    }

    /// <summary>An S3 config store without a KMS key: the CA keys are one s3:GetObject away from cluster-admin.</summary>
    private static IEnumerable<Diagnostic> UnencryptedSecrets(Cluster cluster)
    {
        if (cluster.ConfigStoreKmsKey is null && ConfigStoreLocation.Parse(cluster.ConfigBase) is { } store)
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.ConfigStoreWithoutKmsKey,
                new PlanLocation(cluster.Name),
                $"the cluster's CA keys in {cluster.ConfigBase} are protected by IAM alone: anyone with s3:GetObject on bucket {store.Bucket} " +
                "(AWS's ReadOnlyAccess policy grants s3:Get*) can read them and is cluster-admin. Encrypt them with a customer-managed KMS key: " +
                $"aws kms create-key --description \"kgen secrets of {cluster.Name}\" --query KeyMetadata.Arn --output text (in the bucket's region), " +
                "then set spec.configStoreEncryption.kmsKey to that ARN (kgen create cluster --secrets-kms-key ARN) and run kgen again (docs/state-store.md#secret-custody)");
        }
    }

    /// <summary>The target-neutral plan of a cluster: every resource and output.</summary>
    internal static ClusterPlan BuildPlan(Cluster cluster, TemplateSet? templates = null) => PlanBuilder.Build(cluster, templates ?? TemplateSet.Default);
}
