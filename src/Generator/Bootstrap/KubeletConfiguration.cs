using System.Collections.Immutable;

namespace Kgen.Generator.Bootstrap;

/// <summary>
/// The kubelet's configuration, shaped like kubelet.config.k8s.io/v1beta1 <c>KubeletConfiguration</c>
/// (https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/), with only the fields kgen
/// sets. <c>kubeadm init</c> stores it in the cluster (the <c>kubelet-config</c> ConfigMap) and every
/// node that joins takes it from there.
/// </summary>
internal sealed record KubeletConfiguration
{
    /// <summary>The cgroup driver (containerd is configured with systemd cgroups too).</summary>
    public required string CgroupDriver { get; init; }

    /// <summary>Whether the kubelet accepts anonymous requests (<c>authentication.anonymous.enabled</c>).</summary>
    public required bool AnonymousAuth { get; init; }

    /// <summary>Whether bearer tokens are checked with the API server (<c>authentication.webhook.enabled</c>).</summary>
    public required bool WebhookAuthentication { get; init; }

    /// <summary><c>Webhook</c> or <c>AlwaysAllow</c> (<c>authorization.mode</c>).</summary>
    public required string AuthorizationMode { get; init; }

    /// <summary>Whether the kubelet asks the cluster for its serving certificate (<c>serverTLSBootstrap</c>) instead of signing its own.</summary>
    public required bool ServerTlsBootstrap { get; init; }

    /// <summary>What the OS's own daemons keep (<c>systemReserved</c>), by resource.</summary>
    public required ImmutableSortedDictionary<string, string> SystemReserved { get; init; }

    /// <summary>What the kubelet and the container runtime keep (<c>kubeReserved</c>), by resource.</summary>
    public required ImmutableSortedDictionary<string, string> KubeReserved { get; init; }

    /// <summary>When the kubelet evicts pods at once (<c>evictionHard</c>), by signal.</summary>
    public required ImmutableSortedDictionary<string, string> EvictionHard { get; init; }

    /// <summary><c>maxPods</c>, or null for the kubelet's default.</summary>
    public int? MaxPods { get; init; }

    /// <summary><c>featureGates</c>.</summary>
    public ImmutableSortedDictionary<string, bool> FeatureGates { get; init; } = ImmutableSortedDictionary.Create<string, bool>(StringComparer.Ordinal);

    /// <summary><c>imageGCHighThresholdPercent</c>, or null.</summary>
    public int? ImageGcHighThresholdPercent { get; init; }

    /// <summary><c>imageGCLowThresholdPercent</c>, or null.</summary>
    public int? ImageGcLowThresholdPercent { get; init; }

    /// <summary><c>serializeImagePulls</c>, or null.</summary>
    public bool? SerializeImagePulls { get; init; }

    /// <summary>How long a node shutdown is held for pods to stop (<c>shutdownGracePeriod</c>).</summary>
    public required TimeSpan ShutdownGracePeriod { get; init; }

    /// <summary>The part of <see cref="ShutdownGracePeriod"/> kept for critical pods (<c>shutdownGracePeriodCriticalPods</c>).</summary>
    public required TimeSpan ShutdownGracePeriodCriticalPods { get; init; }

    /// <summary>
    /// What kubeadm would otherwise fill in, for a worker that writes its own kubelet configuration (no <c>kubeadm join</c>);
    /// null in the document given to <c>kubeadm init</c>.
    /// </summary>
    public KubeletStandalone? Standalone { get; init; }
}

