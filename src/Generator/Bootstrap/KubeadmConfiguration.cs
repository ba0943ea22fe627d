using System.Collections.Immutable;

namespace Kgen.Generator.Bootstrap;

// kubeadm's configuration, shaped like its kubeadm.k8s.io/v1beta4 types
// (https://kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/), with only the fields kgen
// sets; BootstrapYaml writes them. A value known only when the node boots is a BootValues placeholder.

/// <summary>kubeadm's cluster-wide settings (<c>ClusterConfiguration</c>).</summary>
internal sealed record ClusterConfiguration
{
    /// <summary>The cluster's name.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The Kubernetes version, with its <c>v</c>.</summary>
    public required string KubernetesVersion { get; init; }

    /// <summary>The API endpoint every node and credential uses (<c>host:port</c>).</summary>
    public required string ControlPlaneEndpoint { get; init; }

    /// <summary>Where the cluster's certificates live on a control-plane node.</summary>
    public required string CertificatesDir { get; init; }

    /// <summary>The pod and service subnets; null where only a credential is made.</summary>
    public KubeadmNetworking? Networking { get; init; }

    /// <summary>The stacked etcd's data directory (<c>etcd.local.dataDir</c>); null where only a credential is made.</summary>
    public string? EtcdDataDir { get; init; }

    /// <summary>Extra names of the API server certificate (<c>apiServer.certSANs</c>); empty where only a credential is made.</summary>
    public ImmutableArray<string> ApiServerCertSans { get; init; } = [];

    /// <summary>The API server's flags (<c>apiServer.extraArgs</c>), by name.</summary>
    public ImmutableArray<ExtraArg> ApiServerExtraArgs { get; init; } = [];

    /// <summary>Host folders mounted into the API server's pod (<c>apiServer.extraVolumes</c>).</summary>
    public ImmutableArray<HostPathMount> ApiServerExtraVolumes { get; init; } = [];

    /// <summary>The controller manager's flags (<c>controllerManager.extraArgs</c>).</summary>
    public ImmutableArray<ExtraArg> ControllerManagerExtraArgs { get; init; } = [];

    /// <summary>The scheduler's flags (<c>scheduler.extraArgs</c>).</summary>
    public ImmutableArray<ExtraArg> SchedulerExtraArgs { get; init; } = [];
}

/// <summary>One flag of a control-plane component (kubeadm's <c>Arg</c>).</summary>
/// <param name="Name">The flag, without dashes.</param>
/// <param name="Value">Its value.</param>
internal sealed record ExtraArg(string Name, string Value);

/// <summary>A host path mounted into a control-plane pod (kubeadm's <c>HostPathMount</c>).</summary>
/// <param name="Name">The volume's name.</param>
/// <param name="HostPath">The path on the node.</param>
/// <param name="MountPath">The path in the pod.</param>
/// <param name="ReadOnly">Whether the pod may only read it.</param>
/// <param name="PathType">The kind of path (<c>DirectoryOrCreate</c>).</param>
internal sealed record HostPathMount(string Name, string HostPath, string MountPath, bool ReadOnly, string PathType);

/// <summary>kube-proxy's configuration (kubeproxy.config.k8s.io/v1alpha1 <c>KubeProxyConfiguration</c>), given to <c>kubeadm init</c>.</summary>
/// <param name="Mode">iptables, ipvs or nftables.</param>
/// <param name="FeatureGates">Feature gates.</param>
internal sealed record KubeProxyConfiguration(string Mode, ImmutableSortedDictionary<string, bool> FeatureGates);

/// <summary>kubeadm's <c>networking</c>.</summary>
/// <param name="PodSubnet">The pod CIDR; empty when the CNI takes pod addresses from the VPC (no node pod ranges).</param>
/// <param name="ServiceSubnet">The service CIDR.</param>
internal sealed record KubeadmNetworking(string PodSubnet, string ServiceSubnet);

/// <summary>What <c>kubeadm init</c> does on this node (<c>InitConfiguration</c>).</summary>
internal sealed record InitConfiguration
{
    /// <summary>The bootstrap tokens init creates.</summary>
    public required ImmutableArray<BootstrapToken> BootstrapTokens { get; init; }

    /// <summary>Where this node's API server listens.</summary>
    public required LocalApiEndpoint LocalApiEndpoint { get; init; }

    /// <summary>How this node registers.</summary>
    public required NodeRegistration NodeRegistration { get; init; }
}

/// <summary>A bootstrap token <c>kubeadm init</c> creates.</summary>
/// <param name="Token">The token (<c>[a-z0-9]{6}.[a-z0-9]{16}</c>).</param>
/// <param name="Ttl">Its lifetime (Go duration).</param>
/// <param name="Description">What it is for.</param>
/// <param name="Usages">signing, authentication.</param>
/// <param name="Groups">The groups it authenticates as.</param>
internal sealed record BootstrapToken(string Token, string Ttl, string Description, ImmutableArray<string> Usages, ImmutableArray<string> Groups);

/// <summary>The address and port of a control-plane node's API server (kubeadm's <c>APIEndpoint</c>).</summary>
/// <param name="AdvertiseAddress">The node's IP.</param>
/// <param name="BindPort">The API server's port.</param>
internal sealed record LocalApiEndpoint(string AdvertiseAddress, int BindPort);

/// <summary>How a node registers (kubeadm's <c>NodeRegistrationOptions</c>).</summary>
internal sealed record NodeRegistration
{
    /// <summary>The Node's name.</summary>
    public required string Name { get; init; }

    /// <summary>The container runtime's socket.</summary>
    public required string CriSocket { get; init; }

    /// <summary>Extra kubelet flags, in order.</summary>
    public required ImmutableArray<KubeletArg> KubeletExtraArgs { get; init; }

    /// <summary>The Node's taints; empty means none (kubeadm adds none either).</summary>
    public required ImmutableArray<NodeTaint> Taints { get; init; }
}

/// <summary>One extra kubelet flag (kubeadm's <c>Arg</c>).</summary>
/// <param name="Name">The flag, without dashes.</param>
/// <param name="Value">Its value.</param>
internal sealed record KubeletArg(string Name, string Value);

/// <summary>A Node taint (core/v1 <c>Taint</c>).</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value; empty for none.</param>
/// <param name="Effect">NoSchedule, PreferNoSchedule or NoExecute.</param>
internal sealed record NodeTaint(string Key, string Value, string Effect);

/// <summary>What <c>kubeadm join</c> does on this node (<c>JoinConfiguration</c>).</summary>
internal sealed record JoinConfiguration
{
    /// <summary>How the node finds and trusts the cluster (<c>discovery.bootstrapToken</c>).</summary>
    public required BootstrapTokenDiscovery Discovery { get; init; }

    /// <summary>Set when the node joins as a control-plane node (<c>controlPlane.localAPIEndpoint</c>).</summary>
    public LocalApiEndpoint? ControlPlane { get; init; }

    /// <summary>How this node registers.</summary>
    public required NodeRegistration NodeRegistration { get; init; }
}

/// <summary>Token discovery: the API to ask, the token, and the CA public key hashes to trust.</summary>
/// <param name="ApiServerEndpoint">The API endpoint (<c>host:port</c>).</param>
/// <param name="Token">The join token.</param>
/// <param name="CaCertHashes">The accepted <c>sha256:</c> hashes of the CA's public key.</param>
internal sealed record BootstrapTokenDiscovery(string ApiServerEndpoint, string Token, ImmutableArray<string> CaCertHashes);
