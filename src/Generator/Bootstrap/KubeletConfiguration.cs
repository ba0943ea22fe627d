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

    /// <summary>What the OS's own daemons keep (<c>systemReserved</c>).</summary>
    public required ResourceReservation SystemReserved { get; init; }

    /// <summary>What the kubelet and the container runtime keep (<c>kubeReserved</c>).</summary>
    public required ResourceReservation KubeReserved { get; init; }

    /// <summary>When the kubelet evicts pods at once (<c>evictionHard</c>).</summary>
    public required EvictionThresholds EvictionHard { get; init; }

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

/// <summary>Resources kept from pods (a kubelet reservation: <c>cpu</c>, <c>memory</c>, <c>ephemeral-storage</c>).</summary>
/// <param name="Cpu">CPU, as a Kubernetes quantity.</param>
/// <param name="Memory">Memory, as a Kubernetes quantity.</param>
/// <param name="EphemeralStorage">Local disk, as a Kubernetes quantity.</param>
internal sealed record ResourceReservation(string Cpu, string Memory, string EphemeralStorage);

/// <summary>Eviction thresholds by signal.</summary>
/// <param name="MemoryAvailable"><c>memory.available</c>.</param>
/// <param name="NodefsAvailable"><c>nodefs.available</c>.</param>
/// <param name="NodefsInodesFree"><c>nodefs.inodesFree</c>.</param>
/// <param name="ImagefsAvailable"><c>imagefs.available</c>.</param>
internal sealed record EvictionThresholds(string MemoryAvailable, string NodefsAvailable, string NodefsInodesFree, string ImagefsAvailable);
