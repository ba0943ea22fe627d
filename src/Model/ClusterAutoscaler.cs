using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Kgen.Model;

/// <summary>
/// The cluster autoscaler's settings, complete: kops' defaults (its ClusterAutoscalerOptionsBuilder) where the spec
/// says nothing. Durations and the threshold are kept as written once checked; the builder passes them as flags.
/// </summary>
internal sealed record ClusterAutoscalerOptions
{
    /// <summary>The expanders kgen accepts (<c>--expander</c>, alone or as a comma-separated chain); the price expander is GCE's.</summary>
    public static ImmutableArray<string> Expanders { get; } = ["least-waste", "most-pods", "priority", "random"];

    /// <summary>The priority expander's name in <c>--expander</c>.</summary>
    public const string PriorityExpander = "priority";

    /// <summary>The highest <c>autoscalePriority</c> of a group (kops' field is a 16-bit integer).</summary>
    public const int MaxGroupPriority = short.MaxValue;

    /// <summary>The ConfigMap the priority expander reads, in the autoscaler's namespace (upstream's fixed name).</summary>
    public const string PriorityConfigMap = "cluster-autoscaler-priority-expander";

    /// <summary>Whether a group's <c>autoscalePriority</c> is one kgen passes: 0 to <see cref="MaxGroupPriority"/>.</summary>
    public static bool GroupPriorityInRange(int priority) => priority is >= 0 and <= MaxGroupPriority;

    /// <summary>
    /// Whether the cluster autoscaler may scale a group: a worker group with room to grow or shrink. Control-plane groups
    /// are never scaled (etcd members and their volumes are tied to them), bastions serve people, and a group whose
    /// minimum is its maximum has nothing to scale.
    /// </summary>
    public static bool MayScale(InstanceGroup g) => g.Role == InstanceGroupRole.Node && g.MinSize < g.MaxSize;

    /// <summary>
    /// One of the priority expander's regular expressions as .NET runs it to check it: the non-backtracking engine,
    /// which, like Go's RE2 that the autoscaler uses, has no backreferences, lookaround or atomic groups (it throws
    /// <see cref="NotSupportedException"/> for them, <see cref="ArgumentException"/> for a malformed pattern). Go's
    /// <c>(?P&lt;name&gt;…)</c> is read as .NET's <c>(?&lt;name&gt;…)</c>.
    /// </summary>
    public static Regex PriorityPattern(string pattern) =>
        new(pattern.Replace("(?P<", "(?<", StringComparison.Ordinal), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Whether the expander chain includes the priority expander.</summary>
    public bool UsesPriorityExpander => Expander.Split(',').Contains(PriorityExpander, StringComparer.Ordinal);

    /// <summary>Whether kgen makes the priority expander's ConfigMap when the expander is used (kops' <c>createPriorityExpanderConfig</c>, default true).</summary>
    public bool CreatePriorityExpanderConfig { get; init; } = true;

    /// <summary>
    /// The priority expander's priorities as the spec writes them (kops' <c>customPriorityExpanderConfig</c>: each
    /// priority's regular expressions on autoscaling group names, in the order written), highest priority first; null:
    /// kgen makes them from the groups' <c>autoscalePriority</c>.
    /// </summary>
    public ImmutableArray<(int Priority, ImmutableArray<string> Patterns)>? CustomPriorities { get; init; }

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
