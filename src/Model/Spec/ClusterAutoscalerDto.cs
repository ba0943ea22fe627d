// kops' spec.clusterAutoscaler, field for field as kops.k8s.io/v1alpha2 names them (ClusterAutoscalerConfig); the
// fields kgen does not bind (image) are decided in Formats/KopsFieldTable.
namespace Kgen.Model.Spec;

#pragma warning disable CA2227 // DTOs are filled by the YAML binder.

/// <summary><c>spec.clusterAutoscaler</c>.</summary>
public sealed class ClusterAutoscalerDto
{
    /// <summary>Whether the cluster autoscaler is installed (default false).</summary>
    public bool? Enabled { get; set; }

    /// <summary><c>--expander</c>: random (kops' default), least-waste, most-pods or priority.</summary>
    public string? Expander { get; set; }

    /// <summary><c>--balance-similar-node-groups</c>.</summary>
    public bool? BalanceSimilarNodeGroups { get; set; }

    /// <summary><c>--emit-per-nodegroup-metrics</c>.</summary>
    public bool? EmitPerNodegroupMetrics { get; set; }

    /// <summary><c>--aws-use-static-instance-list</c>: the instance types compiled into the release instead of EC2's list.</summary>
    public bool? AwsUseStaticInstanceList { get; set; }

    /// <summary><c>--ignore-daemonsets-utilization</c>.</summary>
    public bool? IgnoreDaemonSetsUtilization { get; set; }

    /// <summary><c>--scale-down-utilization-threshold</c>, a decimal from 0 to 1 written as a string (kops: <c>"0.5"</c>).</summary>
    public string? ScaleDownUtilizationThreshold { get; set; }

    /// <summary><c>--skip-nodes-with-custom-controller-pods</c>.</summary>
    public bool? SkipNodesWithCustomControllerPods { get; set; }

    /// <summary><c>--skip-nodes-with-system-pods</c>.</summary>
    public bool? SkipNodesWithSystemPods { get; set; }

    /// <summary><c>--skip-nodes-with-local-storage</c>.</summary>
    public bool? SkipNodesWithLocalStorage { get; set; }

    /// <summary><c>--new-pod-scale-up-delay</c>, a duration.</summary>
    public string? NewPodScaleUpDelay { get; set; }

    /// <summary><c>--scale-down-delay-after-add</c>, a duration.</summary>
    public string? ScaleDownDelayAfterAdd { get; set; }

    /// <summary><c>--scale-down-unneeded-time</c>, a duration.</summary>
    public string? ScaleDownUnneededTime { get; set; }

    /// <summary><c>--scale-down-unready-time</c>, a duration.</summary>
    public string? ScaleDownUnreadyTime { get; set; }

    /// <summary><c>--cordon-node-before-terminating</c>.</summary>
    public bool? CordonNodeBeforeTerminating { get; set; }

    /// <summary>The container's memory request (a quantity such as 300Mi).</summary>
    public string? MemoryRequest { get; set; }

    /// <summary>The container's CPU request (a quantity such as 100m).</summary>
    public string? CpuRequest { get; set; }

    /// <summary><c>--max-node-provision-time</c>, a duration.</summary>
    public string? MaxNodeProvisionTime { get; set; }

    /// <summary>Annotations on the autoscaler's pods.</summary>
    public Dictionary<string, string>? PodAnnotations { get; set; }

    /// <summary>Whether kgen makes the priority expander's ConfigMap (default true; false: the operator makes it).</summary>
    public bool? CreatePriorityExpanderConfig { get; set; }

    /// <summary>The priority expander's priorities as written (priority → regular expressions on autoscaling group names), instead of the groups' <c>autoscalePriority</c>.</summary>
    public Dictionary<string, List<string>>? CustomPriorityExpanderConfig { get; set; }
}
