using System.Collections.Immutable;

namespace Kgen.Model;

/// <summary>
/// The cluster autoscaler's settings, complete: kops' defaults (its ClusterAutoscalerOptionsBuilder) where the spec
/// says nothing. Durations and the threshold are kept as written once checked; the builder passes them as flags.
/// </summary>
internal sealed record ClusterAutoscalerOptions
{
    /// <summary>The expanders kgen accepts (<c>--expander</c>, alone or as a comma-separated chain): the priority expander needs a ConfigMap kgen does not make, the price expander is GCE's.</summary>
    public static ImmutableArray<string> Expanders { get; } = ["least-waste", "most-pods", "random"];

    /// <summary>Whether the autoscaler is installed (kops: off unless enabled).</summary>
    public bool Enabled { get; init; }

    /// <summary><c>--expander</c>.</summary>
    public string Expander { get; init; } = "random";

    /// <summary><c>--balance-similar-node-groups</c>.</summary>
    public bool BalanceSimilarNodeGroups { get; init; }

    /// <summary><c>--emit-per-nodegroup-metrics</c>.</summary>
    public bool EmitPerNodegroupMetrics { get; init; }

    /// <summary><c>--aws-use-static-instance-list</c>: when true the autoscaler does not call <c>ec2:DescribeInstanceTypes</c>.</summary>
    public bool AwsUseStaticInstanceList { get; init; }

    /// <summary><c>--ignore-daemonsets-utilization</c>.</summary>
    public bool IgnoreDaemonSetsUtilization { get; init; }

    /// <summary><c>--scale-down-utilization-threshold</c>.</summary>
    public string ScaleDownUtilizationThreshold { get; init; } = "0.5";

    /// <summary><c>--skip-nodes-with-custom-controller-pods</c>.</summary>
    public bool SkipNodesWithCustomControllerPods { get; init; } = true;

    /// <summary><c>--skip-nodes-with-system-pods</c>.</summary>
    public bool SkipNodesWithSystemPods { get; init; } = true;

    /// <summary><c>--skip-nodes-with-local-storage</c>.</summary>
    public bool SkipNodesWithLocalStorage { get; init; } = true;

    /// <summary><c>--new-pod-scale-up-delay</c>.</summary>
    public string NewPodScaleUpDelay { get; init; } = "0s";

    /// <summary><c>--scale-down-delay-after-add</c>.</summary>
    public string ScaleDownDelayAfterAdd { get; init; } = "10m0s";

    /// <summary><c>--scale-down-unneeded-time</c>.</summary>
    public string ScaleDownUnneededTime { get; init; } = "10m0s";

    /// <summary><c>--scale-down-unready-time</c>.</summary>
    public string ScaleDownUnreadyTime { get; init; } = "20m0s";

    /// <summary><c>--cordon-node-before-terminating</c> (kops' template defaults it to true).</summary>
    public bool CordonNodeBeforeTerminating { get; init; } = true;

    /// <summary><c>--max-node-provision-time</c>.</summary>
    public string MaxNodeProvisionTime { get; init; } = "15m0s";

    /// <summary>The container's memory request.</summary>
    public string MemoryRequest { get; init; } = "300Mi";

    /// <summary>The container's CPU request.</summary>
    public string CpuRequest { get; init; } = "100m";

    /// <summary>Annotations on the autoscaler's pods, sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> PodAnnotations { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
}
