using System.Text;
using Kgen.Generator.Bootstrap;
using Kgen.Model;

namespace Kgen.Generator.Addons;

/// <summary>The cluster autoscaler's part of <see cref="AddonBuilder"/>: which groups it may scale, its Deployment's patches, its warning.</summary>
internal static partial class AddonBuilder
{
    /// <summary>The tag every group the autoscaler may scale carries (with <see cref="Names.AutoscalerOwnershipTag"/>), and its value.</summary>
    public const string AutoscalerEnabledTag = "k8s.io/cluster-autoscaler/enabled";

    /// <summary>The value of the autoscaler's ownership tag on the groups it may scale, which its IAM statement requires.</summary>
    public const string AutoscalerOwnershipValue = "owned";

    /// <summary>
    /// Whether the cluster autoscaler may scale a group (<see cref="ClusterAutoscalerOptions.MayScale"/>: a worker group
    /// with room to grow or shrink). Such groups carry the discovery tags, whether the add-on is on or not (an autoscaler
    /// of the operator's own finds them the same way).
    /// </summary>
    public static bool AutoscalerMayScale(InstanceGroup g) => ClusterAutoscalerOptions.MayScale(g);

    /// <summary>The file kgen owns of the priority expander's ConfigMap in the autoscaler's folder.</summary>
    public const string PriorityExpanderFile = "priority-expander.yaml";

    /// <summary>
    /// The priority expander's priorities, highest first: the spec's own (<c>customPriorityExpanderConfig</c>) as
    /// written, else each group the autoscaler may scale at its <c>autoscalePriority</c> (default 0), named by an
    /// anchored pattern on its autoscaling group's name (so that no other group's name matches it). Empty when the
    /// expander is not used, kgen is not to make its ConfigMap, or (without a custom config) no group may be scaled.
    /// </summary>
    public static IReadOnlyList<(int Priority, IReadOnlyList<string> Patterns)> AutoscalerPriorities(Cluster c)
    {
        var o = c.Addons.ClusterAutoscaler;
        if (!o.UsesPriorityExpander || !o.CreatePriorityExpanderConfig)
        {
            return [];
        }

        if (o.CustomPriorities is { } custom)
        {
            return [.. custom.Select(p => (p.Priority, (IReadOnlyList<string>)p.Patterns))];
        }

        var names = new Names(c);
        return [.. AutoscaledGroups(c)
            .GroupBy(g => g.AutoscalePriority)
            .OrderByDescending(p => p.Key)
            .Select(p => (p.Key, (IReadOnlyList<string>)[.. p.Select(g => "^" + GoQuoteMeta(names.InstanceGroup(g)) + "$").Order(StringComparer.Ordinal)]))];
    }

    /// <summary>A literal as Go's <c>regexp.QuoteMeta</c> writes it: each of <c>\.+*?()|[]{}^$</c> escaped.</summary>
    private static string GoQuoteMeta(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (@"\.+*?()|[]{}^$".Contains(ch, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The priority expander's ConfigMap (upstream's name and key, in the autoscaler's namespace): its <c>priorities</c>
    /// a YAML map from each priority to its list of regular expressions, each single-quoted so that no pattern is read
    /// as YAML syntax. Null when there are no priorities to write.
    /// </summary>
    private static string? PriorityExpanderConfigMap(Cluster c)
    {
        var priorities = AutoscalerPriorities(c);
        if (priorities.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        sb.Append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").Append(ClusterAutoscalerOptions.PriorityConfigMap).Append('\n');
        sb.Append("  namespace: kube-system\n  labels:\n    app: cluster-autoscaler\n");
        sb.Append("data:\n  priorities: |-\n");
        foreach (var (priority, patterns) in priorities)
        {
            sb.Append("    ").Append(Number(priority)).Append(":\n");
            foreach (var pattern in patterns)
            {
                sb.Append("    - '").Append(pattern.Replace("'", "''", StringComparison.Ordinal)).Append("'\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>The groups the cluster autoscaler may scale, in the spec's order.</summary>
    public static IEnumerable<InstanceGroup> AutoscaledGroups(Cluster c) => c.InstanceGroups.Where(AutoscalerMayScale);

    /// <summary>The autoscaler's <c>--node-group-auto-discovery</c>: every group carrying both tags (any value).</summary>
    public static string AutoscalerDiscovery(Cluster c) => $"asg:tag={AutoscalerEnabledTag},{new Names(c).AutoscalerOwnershipTag}";

    /// <summary>The cluster autoscaler's warning: it is on and there is no group it could scale.</summary>
    private static IEnumerable<Diagnostic> ClusterAutoscalerWarnings(Cluster c)
    {
        if (Enabled(c, AddonKind.ClusterAutoscaler) && !AutoscaledGroups(c).Any())
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.ClusterAutoscalerNothingToScale,
                new PlanLocation(c.Name),
                "spec.clusterAutoscaler.enabled is true, but no Node group has minSize < maxSize: the cluster autoscaler would run and scale nothing; give a Node group a maxSize above its minSize, or turn the autoscaler off");
        }

        foreach (var w in PriorityExpanderWarnings(c))
        {
            yield return w;
        }
    }

    /// <summary>
    /// The priority expander's warnings: custom priorities that leave out groups the autoscaler may scale (it would
    /// never scale them up), and priority settings nothing reads.
    /// </summary>
    private static IEnumerable<Diagnostic> PriorityExpanderWarnings(Cluster c)
    {
        var o = c.Addons.ClusterAutoscaler;
        if (!Enabled(c, AddonKind.ClusterAutoscaler) || o.CustomPriorities is not { } custom)
        {
            yield break;
        }

        const string Custom = "spec.clusterAutoscaler.customPriorityExpanderConfig";
        if (!o.UsesPriorityExpander || !o.CreatePriorityExpanderConfig)
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.ClusterAutoscalerPrioritiesUnused,
                new PlanLocation(c.Name),
                o.UsesPriorityExpander
                    ? $"{Custom} is ignored: createPriorityExpanderConfig is false, so kgen makes no {ClusterAutoscalerOptions.PriorityConfigMap} ConfigMap (make it yourself in kube-system); remove one of the two fields"
                    : $"{Custom} is ignored: the expander is {o.Expander}, not priority; add priority to spec.clusterAutoscaler.expander, or remove the field");
            yield break;
        }

        var names = new Names(c);
        var patterns = custom.SelectMany(p => p.Patterns).Select(ClusterAutoscalerOptions.PriorityPattern).ToList();
        var left = AutoscaledGroups(c).Select(names.InstanceGroup).Where(g => !patterns.Any(p => p.IsMatch(g))).ToList();
        if (left.Count > 0 && left.Count < AutoscaledGroups(c).Count())
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.ClusterAutoscalerGroupsWithoutPriority,
                new PlanLocation(c.Name),
                $"no pattern of {Custom} matches {string.Join(", ", left)}: the priority expander never chooses {(left.Count == 1 ? "that group" : "those groups")} to scale up (scale-down is unaffected); add a low catch-all such as 0: [\".*\"] if they should be used");
        }
    }

    /// <summary>
    /// The cluster autoscaler (upstream's AWS auto-discovery example): its flags from kops' settings; the image at the
    /// release's tag; on the control-plane nodes, on the host's network so that it reaches the instance metadata service
    /// (hop limit 1) for the control-plane role's credentials, one replica per control-plane node up to two (leader
    /// election picks the one that acts), never two on one node (both would bind the metrics port on the host);
    /// without upstream's host mount of <c>/etc/ssl/certs/ca-bundle.crt</c> (Amazon Linux's path: the image carries
    /// its own CA certificates, and kgen's Ubuntu nodes have no such file).
    /// </summary>
    private static void ClusterAutoscaler(Cluster c, Kustomization k, List<AddonFile> owned)
    {
        if (PriorityExpanderConfigMap(c) is { } configMap)
        {
            owned.Add(new(PriorityExpanderFile, configMap));
        }

        var o = c.Addons.ClusterAutoscaler;
        var command = new List<string>
        {
            "./cluster-autoscaler",
            "--cloud-provider=aws",
            $"--node-group-auto-discovery={AutoscalerDiscovery(c)}",
            $"--expander={o.Expander}",
            $"--balance-similar-node-groups={Bool(o.BalanceSimilarNodeGroups)}",
            $"--emit-per-nodegroup-metrics={Bool(o.EmitPerNodegroupMetrics)}",
            $"--aws-use-static-instance-list={Bool(o.AwsUseStaticInstanceList)}",
            $"--ignore-daemonsets-utilization={Bool(o.IgnoreDaemonSetsUtilization)}",
            $"--scale-down-utilization-threshold={o.ScaleDownUtilizationThreshold}",
            $"--skip-nodes-with-custom-controller-pods={Bool(o.SkipNodesWithCustomControllerPods)}",
            $"--skip-nodes-with-local-storage={Bool(o.SkipNodesWithLocalStorage)}",
            $"--skip-nodes-with-system-pods={Bool(o.SkipNodesWithSystemPods)}",
            $"--scale-down-delay-after-add={o.ScaleDownDelayAfterAdd}",
            $"--scale-down-unneeded-time={o.ScaleDownUnneededTime}",
            $"--scale-down-unready-time={o.ScaleDownUnreadyTime}",
            $"--new-pod-scale-up-delay={o.NewPodScaleUpDelay}",
            $"--max-node-provision-time={o.MaxNodeProvisionTime}",
            $"--cordon-node-before-terminating={Bool(o.CordonNodeBeforeTerminating)}",
            "--stderrthreshold=info",
            "--v=4",
        };

        var deployment = new PatchTarget("Deployment", "cluster-autoscaler");
        var controlPlaneNodes = c.ControlPlaneGroups.Sum(g => g.MinSize);
        var taint = BootstrapDefaults.ControlPlaneTaint;
        k.Patch(deployment, "replace", "/spec/replicas", Number(Math.Clamp(controlPlaneNodes, 1, 2)));
        k.Patch(deployment, "add", "/spec/strategy", "{\"type\": \"RollingUpdate\", \"rollingUpdate\": {\"maxSurge\": 0, \"maxUnavailable\": 1}}");
        k.Patch(deployment, "add", "/spec/template/spec/hostNetwork", "true");
        k.Patch(deployment, "add", "/spec/template/spec/nodeSelector", $"{{\"kubernetes.io/os\": \"linux\", {Quote(taint.Key)}: \"\"}}");
        k.Patch(deployment, "add", "/spec/template/spec/tolerations", Tolerations((taint.Key, null, taint.Effect)));
        k.Patch(deployment, "add", "/spec/template/spec/affinity",
            "{\"podAntiAffinity\": {\"requiredDuringSchedulingIgnoredDuringExecution\": [{\"labelSelector\": {\"matchLabels\": {\"app\": \"cluster-autoscaler\"}}, \"topologyKey\": \"kubernetes.io/hostname\"}]}}");
        k.Patch(deployment, "replace", "/spec/template/spec/containers/0/command", List(command));
        k.Patch(deployment, "add", "/spec/template/spec/containers/0/env", $"[{{\"name\": \"AWS_REGION\", \"value\": {Quote(c.Region)}}}]");
        k.Patch(deployment, "replace", "/spec/template/spec/containers/0/imagePullPolicy", Quote("IfNotPresent"));
        k.Patch(deployment, "replace", "/spec/template/spec/containers/0/resources", $"{{\"requests\": {{\"cpu\": {Quote(o.CpuRequest)}, \"memory\": {Quote(o.MemoryRequest)}}}}}");
        k.Patch(deployment, "remove", "/spec/template/spec/containers/0/volumeMounts", null);
        k.Patch(deployment, "remove", "/spec/template/spec/volumes", null);
        foreach (var (key, value) in o.PodAnnotations)
        {
            k.Patch(deployment, "add", "/spec/template/metadata/annotations/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), Quote(value));
        }
    }
}
