using System.Collections.Immutable;

namespace Kgen.Model;

/// <summary>
/// The cluster add-ons kgen installs and their settings, complete (<see cref="Defaults.AddonDefaults"/> decides each,
/// kops' fields override): the AWS cloud controller manager always, the EBS CSI driver and its default StorageClass
/// unless turned off, metrics-server when turned on.
/// </summary>
internal sealed record AddonOptions
{
    /// <summary>kgen's defaults for a cluster of this name.</summary>
    public static AddonOptions Standard(string clusterName) => new()
    {
        CloudControllerManager = new CloudControllerManagerOptions { ClusterName = clusterName },
        EbsCsiDriver = new EbsCsiDriverOptions(),
        MetricsServer = new MetricsServerOptions(),
        ClusterAutoscaler = new ClusterAutoscalerOptions(),
    };

    /// <summary>The AWS cloud controller manager (always on: the kubelets run with an external cloud provider).</summary>
    public required CloudControllerManagerOptions CloudControllerManager { get; init; }

    /// <summary>The EBS CSI driver.</summary>
    public required EbsCsiDriverOptions EbsCsiDriver { get; init; }

    /// <summary>metrics-server.</summary>
    public required MetricsServerOptions MetricsServer { get; init; }

    /// <summary>The cluster autoscaler.</summary>
    public required ClusterAutoscalerOptions ClusterAutoscaler { get; init; }
}

/// <summary>The AWS cloud controller manager's flags.</summary>
internal sealed record CloudControllerManagerOptions
{
    /// <summary><c>--cluster-name</c>.</summary>
    public required string ClusterName { get; init; }

    /// <summary><c>--v</c>.</summary>
    public int LogLevel { get; init; } = 2;

    /// <summary><c>--allocate-node-cidrs</c> (kubeadm's controller manager allocates the nodes' pod ranges; the CCM's route controller, off, would read it).</summary>
    public bool AllocateNodeCidrs { get; init; }

    /// <summary><c>--cluster-cidr</c>, or null.</summary>
    public string? ClusterCidr { get; init; }

    /// <summary><c>--leader-elect</c>.</summary>
    public bool LeaderElect { get; init; } = true;

    /// <summary><c>--use-service-account-credentials</c>: a token per controller.</summary>
    public bool UseServiceAccountCredentials { get; init; } = true;

    /// <summary><c>--concurrent-node-syncs</c>, or null for the default.</summary>
    public int? ConcurrentNodeSyncs { get; init; }

    /// <summary><c>--controllers</c>; empty for the default set.</summary>
    public ImmutableArray<string> Controllers { get; init; } = [];
}

/// <summary>The EBS CSI driver and kgen's default StorageClass.</summary>
internal sealed record EbsCsiDriverOptions
{
    /// <summary>Whether the driver is installed.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Whether kgen makes the default StorageClass (gp3, encrypted, WaitForFirstConsumer).</summary>
    public bool DefaultStorageClass { get; init; } = true;

    /// <summary>The node plugin's <c>--volume-attach-limit</c>, or null for the driver's own count.</summary>
    public int? VolumeAttachLimit { get; init; }
}

/// <summary>metrics-server.</summary>
internal sealed record MetricsServerOptions
{
    /// <summary>Whether metrics-server is installed.</summary>
    public bool Enabled { get; init; }

    /// <summary><c>--kubelet-insecure-tls</c> (kgen's kubelets have serving certificates the cluster CA signs, so it is not needed).</summary>
    public bool KubeletInsecureTls { get; init; }
}
