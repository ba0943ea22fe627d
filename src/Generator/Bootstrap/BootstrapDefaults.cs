using Kgen.Model;

namespace Kgen.Generator.Bootstrap;

/// <summary>
/// What kgen decides for every node's kubelet and kubeadm that the spec has no say in: the graceful shutdown
/// periods (and logind's matching limit), and the paths and names kubeadm is given. What the spec may override
/// (reservations, eviction thresholds, the components' hardening) is decided in the model, by
/// <c>Kgen.Model.Defaults.ComponentDefaults</c>.
/// </summary>
internal static class BootstrapDefaults
{
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

    /// <summary>
    /// The kubelet's and controller manager's <c>--cloud-provider</c>: the AWS cloud controller manager (an add-on) sets
    /// each Node's addresses, zone labels and <c>providerID</c>, and removes the taint the kubelet registers with until then.
    /// </summary>
    public const string ExternalCloudProvider = "external";

    /// <summary>The first Kubernetes minor whose API server has no <c>--cloud-provider</c> flag.</summary>
    public const int ApiServerWithoutCloudProviderMinor = 33;

    /// <summary>
    /// kubeadm's service-account issuer (<c>https://kubernetes.default.svc.&lt;dnsDomain&gt;</c>, kgen's domain being
    /// <c>cluster.local</c>): the API server keeps accepting it beside a published issuer, so tokens issued before stay valid.
    /// </summary>
    public const string KubeadmServiceAccountIssuer = "https://kubernetes.default.svc.cluster.local";

    /// <summary>Where kubeadm keeps the cluster's certificates on a control-plane node.</summary>
    public const string CertificatesDir = "/etc/kubernetes/pki";

    /// <summary>
    /// The stacked etcd's data directory: a folder on the <c>main</c> etcd volume (mounted at
    /// <c>/var/lib/etcd</c>), because kubeadm wants it empty and ext4 has lost+found.
    /// </summary>
    public const string EtcdDataDir = "/var/lib/etcd/data";

    /// <summary>The folder of kgen's control-plane configuration files (audit policy, admission, authentication, encryption), mounted read-only into the API server's pod.</summary>
    public const string ControlPlaneConfigDir = "/etc/kubernetes/kgen";

    /// <summary>The API server's encryption configuration, made at boot from the config store's keys (mode 0600).</summary>
    public const string EncryptionConfigPath = ControlPlaneConfigDir + "/encryption.yaml";

    /// <summary>The provider that encrypts Secrets with the config store's keys (XSalsa20 and Poly1305; Kubernetes advises it over aescbc).</summary>
    public const string SecretsEncryptionProvider = "secretbox";

    /// <summary>How often control-plane nodes look for kubelet serving certificate requests to approve.</summary>
    public const string ServingCertificateApproval = "1min";

    /// <summary>The kubelet's image credential provider configuration (<c>--image-credential-provider-config</c>).</summary>
    public const string CredentialProviderConfig = "/etc/kubernetes/kgen/credential-providers.yaml";

    /// <summary>The folder of the kubelet's image credential providers (<c>--image-credential-provider-bin-dir</c>).</summary>
    public const string CredentialProviderBinDir = "/usr/local/libexec/kgen/credential-providers";

    /// <summary>The ECR credential provider's name (its file in <see cref="CredentialProviderBinDir"/>, and the config's provider).</summary>
    public const string EcrCredentialProviderName = "ecr-credential-provider";

    /// <summary>How often control-plane nodes read the add-ons' index and apply what changed (kgen-addons.timer).</summary>
    public const string AddonsInterval = "1min";

    /// <summary>The taint every control-plane node registers with.</summary>
    public static NodeTaint ControlPlaneTaint { get; } = new("node-role.kubernetes.io/control-plane", string.Empty, "NoSchedule");

    /// <summary>containerd's registry hosts directory: one folder per registry, each with a hosts.toml (the mirrors).</summary>
    public const string ContainerdHostsDir = "/etc/containerd/certs.d";

    /// <summary>The label that names a node's instance group (the same key as the machines' tag).</summary>
    public const string InstanceGroupLabel = Names.InstanceGroupTag;

    /// <summary>The description of the short-lived token <c>kubeadm init</c> creates for this node alone (deleted when init is done).</summary>
    public const string JoinTokenDescription = "kgen: this node's kubeadm init, deleted when it is done";

    /// <summary>
    /// logind's <c>InhibitDelayMaxSec</c> for a kubelet configuration: its shutdown grace period plus
    /// <see cref="LogindInhibitMargin"/>, so logind never cuts the kubelet's delay short.
    /// </summary>
    /// <param name="kubelet">The cluster's kubelet configuration.</param>
    /// <returns>Whole seconds.</returns>
    public static int LogindInhibitDelayMaxSec(KubeletConfiguration kubelet) =>
        (int)Math.Ceiling((kubelet.ShutdownGracePeriod + LogindInhibitMargin).TotalSeconds);

    /// <summary>Which address of the service CIDR the cluster DNS service gets (kubeadm's choice: the tenth).</summary>
    public const uint ClusterDnsOffset = 10;

    /// <summary>The cluster's DNS domain (kubeadm's default).</summary>
    public const string ClusterDomain = "cluster.local";

    /// <summary>The resolv.conf a kubelet on Ubuntu gives pods: systemd-resolved's upstream servers, not its stub.</summary>
    public const string ResolvConf = "/run/systemd/resolve/resolv.conf";
}
