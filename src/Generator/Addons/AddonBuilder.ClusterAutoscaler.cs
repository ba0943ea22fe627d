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
    /// Whether the cluster autoscaler may scale a group: a worker group with room to grow or shrink. Control-plane groups
    /// are never scaled (etcd members and their volumes are tied to them), bastions serve people, and a group whose
    /// minimum is its maximum has nothing to scale. Such groups carry the discovery tags, whether the add-on is on or not
    /// (an autoscaler of the operator's own finds them the same way).
    /// </summary>
    public static bool AutoscalerMayScale(InstanceGroup g) => g.Role == InstanceGroupRole.Node && g.MinSize < g.MaxSize;

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
    }

    /// <summary>
    /// The cluster autoscaler (upstream's AWS auto-discovery example): its flags from kops' settings; the image at the
    /// release's tag; on the control-plane nodes, on the host's network so that it reaches the instance metadata service
    /// (hop limit 1) for the control-plane role's credentials, one replica per control-plane node up to two (leader
    /// election picks the one that acts), never two on one node (both would bind the metrics port on the host);
    /// without upstream's host mount of <c>/etc/ssl/certs/ca-bundle.crt</c> (Amazon Linux's path: the image carries
    /// its own CA certificates, and kgen's Ubuntu nodes have no such file).
    /// </summary>
    private static void ClusterAutoscaler(Cluster c, Kustomization k)
    {
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
