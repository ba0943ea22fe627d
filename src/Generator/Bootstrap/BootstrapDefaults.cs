using Kgen.Model;

namespace Kgen.Generator.Bootstrap;

/// <summary>
/// What kgen decides for every node's kubelet and kubeadm, in one place: the resources kept from pods,
/// the eviction thresholds, the graceful shutdown periods (and logind's matching limit), and the paths and
/// names kubeadm is given. The spec has no say in these yet; a field for one would replace its default here.
/// </summary>
internal static class BootstrapDefaults
{
    /// <summary>What the OS's daemons (sshd, journald, containerd's shims, …) keep from pods.</summary>
    public static ResourceReservation SystemReserved { get; } = new(Cpu: "100m", Memory: "256Mi", EphemeralStorage: "1Gi");

    /// <summary>What the kubelet and containerd keep from pods.</summary>
    public static ResourceReservation KubeReserved { get; } = new(Cpu: "100m", Memory: "256Mi", EphemeralStorage: "1Gi");

    /// <summary>When the kubelet evicts pods without a grace period.</summary>
    public static EvictionThresholds EvictionHard { get; } = new(MemoryAvailable: "200Mi", NodefsAvailable: "10%", NodefsInodesFree: "5%", ImagefsAvailable: "15%");

    /// <summary>How long the kubelet holds a node shutdown for its pods to stop.</summary>
    public static TimeSpan ShutdownGracePeriod { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The last part of <see cref="ShutdownGracePeriod"/>, kept for critical pods.</summary>
    public static TimeSpan ShutdownGracePeriodCriticalPods { get; } = TimeSpan.FromSeconds(20);

    /// <summary>How much longer than the kubelet's grace period logind lets an inhibitor delay a shutdown.</summary>
    public static TimeSpan LogindInhibitMargin { get; } = TimeSpan.FromSeconds(15);

    /// <summary>The cgroup driver of the kubelet (and of containerd, which the user-data configures to match).</summary>
    public const string CgroupDriver = "systemd";

    /// <summary>containerd's CRI socket.</summary>
    public const string CriSocket = "unix:///run/containerd/containerd.sock";

    /// <summary>Where kubeadm keeps the cluster's certificates on a control-plane node.</summary>
    public const string CertificatesDir = "/etc/kubernetes/pki";

    /// <summary>
    /// The stacked etcd's data directory: a folder on the <c>main</c> etcd volume (mounted at
    /// <c>/var/lib/etcd</c>), because kubeadm wants it empty and ext4 has lost+found.
    /// </summary>
    public const string EtcdDataDir = "/var/lib/etcd/data";

    /// <summary>The taint every control-plane node registers with.</summary>
    public static NodeTaint ControlPlaneTaint { get; } = new("node-role.kubernetes.io/control-plane", string.Empty, "NoSchedule");

    /// <summary>containerd's registry hosts directory: one folder per registry, each with a hosts.toml (the mirrors).</summary>
    public const string ContainerdHostsDir = "/etc/containerd/certs.d";

    /// <summary>The label that names a node's instance group (the same key as the machines' tag).</summary>
    public const string InstanceGroupLabel = Names.InstanceGroupTag;

    /// <summary>The description of the join token <c>kubeadm init</c> creates from the config store's.</summary>
    public const string JoinTokenDescription = "kgen: the join token kgen created in the config store";

    /// <summary>
    /// logind's <c>InhibitDelayMaxSec</c> for a kubelet configuration: its shutdown grace period plus
    /// <see cref="LogindInhibitMargin"/>, so logind never cuts the kubelet's delay short.
    /// </summary>
    /// <param name="kubelet">The cluster's kubelet configuration.</param>
    /// <returns>Whole seconds.</returns>
    public static int LogindInhibitDelayMaxSec(KubeletConfiguration kubelet) =>
        (int)Math.Ceiling((kubelet.ShutdownGracePeriod + LogindInhibitMargin).TotalSeconds);
}
