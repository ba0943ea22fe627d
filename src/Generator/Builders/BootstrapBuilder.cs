using System.Globalization;
using System.IO.Compression;
using System.Text;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>One registry's hosts.toml for containerd.</summary>
internal sealed record ContainerdRegistryHosts
{
    /// <summary>The folder under <see cref="BootstrapDefaults.ContainerdHostsDir"/>: the registry host, or <c>_default</c>.</summary>
    public required string Directory { get; init; }

    /// <summary>The registry's own URL, used when no mirror answers; empty for <c>_default</c>.</summary>
    public required string Server { get; init; }

    /// <summary>The mirrors' URLs, tried in order.</summary>
    public required IReadOnlyList<string> Mirrors { get; init; }
}

/// <summary>The model of the node user-data template.</summary>
internal sealed record NodeUserData
{
    /// <summary>Cluster name.</summary>
    public required string ClusterName { get; init; }

    /// <summary>Instance group name.</summary>
    public required string InstanceGroup { get; init; }

    /// <summary>control-plane or node.</summary>
    public required string Role { get; init; }

    /// <summary>Region.</summary>
    public required string Region { get; init; }

    /// <summary>Full Kubernetes version.</summary>
    public required string KubernetesVersion { get; init; }

    /// <summary>Kubernetes minor version (package repository).</summary>
    public required string KubernetesMinor { get; init; }

    /// <summary>amd64 or arm64.</summary>
    public required string Architecture { get; init; }

    /// <summary>The cluster's config store.</summary>
    public required string ConfigBase { get; init; }

    /// <summary>flannel, calico, cilium, amazonvpc or external.</summary>
    public required string Cni { get; init; }

    /// <summary>Pod CIDR.</summary>
    public required string PodCidr { get; init; }

    /// <summary>Service CIDR.</summary>
    public required string ServiceCidr { get; init; }

    /// <summary>The API name nodes use.</summary>
    public required string ApiInternalName { get; init; }

    /// <summary>The DNS server the node's resolver sends the cluster's names to (the VPC resolver).</summary>
    public required string ResolverServer { get; init; }

    /// <summary>systemd-resolved's route-only domains for that server, as its <c>Domains=</c> setting writes them (<c>~acme.k8s.local</c>).</summary>
    public required string ResolverRoutingDomains { get; init; }

    /// <summary>
    /// Whether this group may create the cluster with <c>kubeadm init</c>: only the first
    /// control-plane group by ordinal name, and only when the API does not answer and its etcd
    /// volume holds no data.
    /// </summary>
    public bool FirstControlPlane { get; init; }

    /// <summary>The API endpoint every node uses: the internal API name and the load balancer's listener port.</summary>
    public required string ApiEndpoint { get; init; }

    /// <summary>The AWS name of the API load balancer the operator reaches, the public one or the only one (its DNS name is looked up at boot).</summary>
    public required string ApiLoadBalancerName { get; init; }

    /// <summary>The internal API load balancer's AWS name when the API has a public one besides; empty otherwise.</summary>
    public required string ApiInternalLoadBalancerName { get; init; }

    /// <summary>network or classic.</summary>
    public required string ApiLoadBalancerClass { get; init; }

    /// <summary>The etcd clusters (main, events) with a member, and so a volume, in this group.</summary>
    public required IReadOnlyList<string> EtcdClusters { get; init; }

    /// <summary>flannel's backend (vxlan or udp); empty for other CNIs.</summary>
    public required string FlannelBackend { get; init; }

    /// <summary>The CNI release from <see cref="BootstrapVersions"/> (empty for an external CNI).</summary>
    public required string CniVersion { get; init; }

    /// <summary>What the CNI is installed from: a manifest URL, or the cilium CLI archive URL (<see cref="BootstrapVersions"/>).</summary>
    public required string CniSourceUrl { get; init; }

    /// <summary>The SHA-256 kgen pins for <see cref="CniSourceUrl"/>'s bytes.</summary>
    public required string CniSourceSha256 { get; init; }

    /// <summary>The Amazon VPC CNI's images (repository and tag in <see cref="AmazonVpcRegistry"/>) every node pulls with ECR credentials; empty for other CNIs.</summary>
    public IReadOnlyList<string> AmazonVpcImages { get; init; } = [];

    /// <summary>The registry of <see cref="AmazonVpcImages"/>; empty for other CNIs.</summary>
    public string AmazonVpcRegistry { get; init; } = string.Empty;

    /// <summary>The region of the Amazon VPC CNI's registry (for the ECR credentials); empty for other CNIs.</summary>
    public string AmazonVpcRegistryRegion { get; init; } = string.Empty;

    /// <summary>The spec's <c>networking.amazonvpc.env</c> as <c>NAME=VALUE</c>, in spec order.</summary>
    public IReadOnlyList<string> AmazonVpcEnv { get; init; } = [];

    /// <summary>Cilium's Helm chart archive (empty for other CNIs).</summary>
    public required string CiliumChartUrl { get; init; }

    /// <summary>The SHA-256 kgen pins for <see cref="CiliumChartUrl"/>'s bytes.</summary>
    public required string CiliumChartSha256 { get; init; }

    /// <summary>The pkgs.k8s.io repository of the cluster's Kubernetes minor.</summary>
    public required string KubernetesRepository { get; init; }

    /// <summary>The URL of that repository's signing key.</summary>
    public required string KubernetesKeyUrl { get; init; }

    /// <summary>The fingerprint the repository's key must have.</summary>
    public required string KubernetesKeyFingerprint { get; init; }

    /// <summary>kubelet's, kubeadm's and kubectl's exact Debian version.</summary>
    public required string KubernetesPackageVersion { get; init; }

    /// <summary>Whether the version is a pre-release, installed from the pre-release channel (the node's log says it is not for production).</summary>
    public bool KubernetesPreRelease { get; init; }

    /// <summary>cri-tools' Debian version; empty when kgen names none for this minor.</summary>
    public required string CriToolsVersion { get; init; }

    /// <summary>kubernetes-cni's Debian version; empty when kgen names none for this minor.</summary>
    public required string KubernetesCniVersion { get; init; }

    /// <summary>The AWS CLI release.</summary>
    public required string AwsCliVersion { get; init; }

    /// <summary>The AWS CLI installer for the group's architecture (its signature is the URL with <c>.sig</c>).</summary>
    public required string AwsCliUrl { get; init; }

    /// <summary>Where the AWS CLI signing key is fetched.</summary>
    public required string AwsCliKeyUrl { get; init; }

    /// <summary>The fingerprint the AWS CLI signing key must have.</summary>
    public required string AwsCliKeyFingerprint { get; init; }

    /// <summary>Lifetime of the bootstrap token a control-plane node creates for its own init or join (and deletes).</summary>
    public required string JoinTokenTtl { get; init; }

    /// <summary>
    /// kubeadm's <c>kubeadm join --config</c> documents as YAML (a <see cref="Bootstrap.JoinConfiguration"/>),
    /// with <see cref="Bootstrap.BootValues"/> placeholders for what only the node knows.
    /// </summary>
    public required string KubeadmJoinYaml { get; init; }

    /// <summary>
    /// The <c>kubeadm init --config</c> documents as YAML (init, cluster and kubelet configuration), with
    /// <see cref="Bootstrap.BootValues"/> placeholders; empty unless <see cref="FirstControlPlane"/>.
    /// </summary>
    public required string KubeadmInitYaml { get; init; }

    /// <summary>The cluster document <c>kubeadm kubeconfig user</c> signs a short-lived admin credential with; empty for workers.</summary>
    public required string KubeadmCredentialsYaml { get; init; }

    /// <summary>The stacked etcd's data directory (also in <see cref="KubeadmInitYaml"/>).</summary>
    public required string EtcdDataDir { get; init; }

    /// <summary>The kubelet's shutdown grace period, as in its configuration (for the logind drop-in's comment).</summary>
    public required string ShutdownGracePeriod { get; init; }

    /// <summary>logind's <c>InhibitDelayMaxSec</c>, derived from the kubelet's shutdown grace period.</summary>
    public required int LogindInhibitDelayMaxSec { get; init; }

    /// <summary>The config store key of the cluster CA certificate (<see cref="ConfigStoreLayout.CaCertificate"/>).</summary>
    public required string CaCertificateKey { get; init; }

    /// <summary>The folder of etcd snapshots (<see cref="ConfigStoreLayout.EtcdBackupsPrefix"/>); a restore request names a snapshot below it.</summary>
    public string EtcdBackupsPrefix { get; init; } = ConfigStoreLayout.EtcdBackupsPrefix;

    /// <summary>The folder of this cluster's main etcd snapshots (<see cref="ConfigStoreLayout.EtcdBackups"/>).</summary>
    public string EtcdSnapshotsKey { get; init; } = string.Empty;

    /// <summary>The restore request's key.</summary>
    public string RestoreRequestKey { get; init; } = ConfigStoreLayout.EtcdRestoreRequest;

    /// <summary>The control-plane join lock's key.</summary>
    public string JoinLockKey { get; init; } = ConfigStoreLayout.ControlPlaneJoinLock;

    /// <summary>containerd's registry hosts directory when the cluster has registry mirrors; empty otherwise.</summary>
    public string ContainerdHostsDir { get; init; } = string.Empty;

    /// <summary>The hosts.toml of each mirrored registry.</summary>
    public IReadOnlyList<ContainerdRegistryHosts> RegistryHosts { get; init; } = [];

    /// <summary>Seconds between etcd snapshots.</summary>
    public int SnapshotIntervalSeconds { get; init; }

    /// <summary>Days a snapshot is kept.</summary>
    public int SnapshotRetentionDays { get; init; }

    /// <summary>How this group's nodes prove who they are (<see cref="NodeIdentity"/>): files, documents and, for control-plane groups, the autoscaling groups whose instances are control-plane nodes.</summary>
    public required NodeIdentityUserData Identity { get; init; }

    /// <summary>The files a control-plane node writes before kubeadm runs (audit policy, admission, authentication); empty for workers.</summary>
    public IReadOnlyList<ControlPlaneFile> ControlPlaneFiles { get; init; } = [];

    /// <summary>The config store key of the Secrets encryption keys (<see cref="ConfigStoreLayout.SecretsEncryptionKeys"/>); empty for workers and when encryption is off.</summary>
    public string EncryptionKeysKey { get; init; } = string.Empty;

    /// <summary>The encryption provider (<see cref="BootstrapDefaults.SecretsEncryptionProvider"/>).</summary>
    public string EncryptionProvider { get; init; } = BootstrapDefaults.SecretsEncryptionProvider;

    /// <summary>Where the API server's encryption configuration is written.</summary>
    public string EncryptionConfigPath { get; init; } = BootstrapDefaults.EncryptionConfigPath;

    /// <summary>The folder of kgen's control-plane files.</summary>
    public string ControlPlaneConfigDir { get; init; } = BootstrapDefaults.ControlPlaneConfigDir;

    /// <summary>How often kubelet serving certificate requests are looked at (<see cref="BootstrapDefaults.ServingCertificateApproval"/>).</summary>
    public string ServingCertificateApproval { get; init; } = BootstrapDefaults.ServingCertificateApproval;

    /// <summary>The ECR credential provider's URL for this group's architecture; empty when nodes do not pull from ECR.</summary>
    public string EcrCredentialProviderUrl { get; init; } = string.Empty;

    /// <summary>Its SHA-256.</summary>
    public string EcrCredentialProviderSha256 { get; init; } = string.Empty;

    /// <summary>The kubelet's CredentialProviderConfig (<see cref="BootstrapYaml.CredentialProviders"/>); empty when nodes do not pull from ECR.</summary>
    public string CredentialProvidersYaml { get; init; } = string.Empty;

    /// <summary>Where it is written.</summary>
    public string CredentialProviderConfig { get; init; } = BootstrapDefaults.CredentialProviderConfig;

    /// <summary>The folder of the kubelet's credential providers.</summary>
    public string CredentialProviderBinDir { get; init; } = BootstrapDefaults.CredentialProviderBinDir;

    /// <summary>The ECR credential provider's file name there.</summary>
    public string EcrCredentialProviderName { get; init; } = BootstrapDefaults.EcrCredentialProviderName;

    /// <summary>The add-on runner (<see cref="Addons.AddonBuilder.Runner"/>) a control-plane node installs with its timer; empty for workers and when the cluster runs no add-on.</summary>
    public string AddonsRunner { get; init; } = string.Empty;

    /// <summary>How often the add-on runner reads the add-ons' index (<see cref="BootstrapDefaults.AddonsInterval"/>).</summary>
    public string AddonsInterval { get; init; } = BootstrapDefaults.AddonsInterval;

    /// <summary>The ARN of the KMS key etcd snapshots are written with (SSE-KMS, no S3 Bucket Key); empty when the spec names none or the store is not in S3.</summary>
    public string ConfigStoreKmsKey { get; init; } = string.Empty;

    /// <summary>With <see cref="ConfigStoreKmsKey"/>: the config store's bucket.</summary>
    public string ConfigStoreBucket { get; init; } = string.Empty;

    /// <summary>With <see cref="ConfigStoreKmsKey"/>: the object key prefix of <see cref="EtcdSnapshotsKey"/> in <see cref="ConfigStoreBucket"/>.</summary>
    public string EtcdSnapshotsObjectPrefix { get; init; } = string.Empty;

    /// <summary>The config store folder of the PKI (<see cref="ConfigStoreLayout.PkiPrefix"/>).</summary>
    public required string PkiPrefix { get; init; }

    /// <summary>
    /// The CA material a control-plane node installs (<see cref="ConfigStoreLayout.ControlPlanePki"/>), as paths
    /// below <see cref="PkiPrefix"/> and below <c>/etc/kubernetes/pki</c>; empty for workers.
    /// </summary>
    public required IReadOnlyList<string> ControlPlanePkiFiles { get; init; }
}

/// <summary>The part of the node user-data's model that makes a node's identity (see <see cref="NodeIdentity"/>).</summary>
internal sealed record NodeIdentityUserData
{
    /// <summary>The authenticator's configuration YAML (control-plane groups; <c>@@ACCOUNT_ID@@</c> filled in at boot); empty for workers.</summary>
    public required string AuthenticatorConfigYaml { get; init; }

    /// <summary>The API server's webhook kubeconfig (control-plane groups).</summary>
    public required string WebhookKubeconfigYaml { get; init; }

    /// <summary>The authenticator's static pod (control-plane groups).</summary>
    public required string AuthenticatorPodYaml { get; init; }

    /// <summary>The names of the control-plane autoscaling groups (their instances' <c>aws:autoscaling:groupName</c> tag); empty for workers.</summary>
    public required IReadOnlyList<string> ControlPlaneAutoscalingGroups { get; init; }

    /// <summary>A worker's kubelet configuration YAML; empty for control-plane groups.</summary>
    public required string KubeletConfigYaml { get; init; }

    /// <summary>A worker's kubelet kubeconfig (exec credential plugin); empty for control-plane groups.</summary>
    public required string KubeletKubeconfigYaml { get; init; }

    /// <summary>A worker's kubelet unit drop-in (with <c>@@NODE_NAME@@</c> and <c>@@NODE_IP@@</c>); empty for control-plane groups.</summary>
    public required string KubeletUnit { get; init; }

    /// <summary><see cref="NodeIdentity.WebhookDirectory"/>.</summary>
    public string WebhookDirectory { get; init; } = NodeIdentity.WebhookDirectory;

    /// <summary><see cref="NodeIdentity.StateDirectory"/>.</summary>
    public string StateDirectory { get; init; } = NodeIdentity.StateDirectory;

    /// <summary><see cref="NodeIdentity.ImageUser"/>.</summary>
    public int ImageUser { get; init; } = NodeIdentity.ImageUser;

    /// <summary><see cref="NodeIdentity.Address"/>.</summary>
    public string Address { get; init; } = NodeIdentity.Address;

    /// <summary><see cref="NodeIdentity.PodManifest"/>.</summary>
    public string PodManifest { get; init; } = NodeIdentity.PodManifest;

    /// <summary><see cref="NodeIdentity.ConfigFile"/>.</summary>
    public string ConfigFile { get; init; } = NodeIdentity.ConfigFile;

    /// <summary><see cref="NodeIdentity.WebhookKubeconfig"/>.</summary>
    public string WebhookKubeconfig { get; init; } = NodeIdentity.WebhookKubeconfig;

    /// <summary><see cref="NodeIdentity.WebhookCertificate"/>.</summary>
    public string WebhookCertificate { get; init; } = NodeIdentity.WebhookCertificate;

    /// <summary><see cref="NodeIdentity.KubeletKubeconfig"/>.</summary>
    public string KubeletKubeconfig { get; init; } = NodeIdentity.KubeletKubeconfig;

    /// <summary><see cref="NodeIdentity.KubeletConfigFile"/>.</summary>
    public string KubeletConfigFile { get; init; } = NodeIdentity.KubeletConfigFile;

    /// <summary><see cref="NodeIdentity.KubeletUnitDropIn"/>.</summary>
    public string KubeletUnitDropIn { get; init; } = NodeIdentity.KubeletUnitDropIn;

    /// <summary><see cref="NodeIdentity.ClusterCaFile"/>.</summary>
    public string ClusterCaFile { get; init; } = NodeIdentity.ClusterCaFile;
}

/// <summary>
/// The model of a Kubernetes node's user data (<c>userdata/nodeup.sh.sbn</c>): what it takes to fetch the group's node
/// script from the config store (the AWS CLI, installed by signature), check its SHA-256 and run it.
/// </summary>
internal sealed record NodeupUserData
{
    /// <summary>Cluster name.</summary>
    public required string ClusterName { get; init; }

    /// <summary>Instance group name.</summary>
    public required string InstanceGroup { get; init; }

    /// <summary>control-plane or node.</summary>
    public required string Role { get; init; }

    /// <summary>The cluster's config store.</summary>
    public required string ConfigBase { get; init; }

    /// <summary>The node script's key below <see cref="ConfigBase"/> (<see cref="ConfigStoreLayout.NodeupScript"/>).</summary>
    public required string ScriptKey { get; init; }

    /// <summary>The SHA-256 the node script's bytes must have.</summary>
    public required string ScriptSha256 { get; init; }

    /// <summary>The AWS CLI release.</summary>
    public required string AwsCliVersion { get; init; }

    /// <summary>The AWS CLI installer for the group's architecture (its signature is the URL with <c>.sig</c>).</summary>
    public required string AwsCliUrl { get; init; }

    /// <summary>Where the AWS CLI signing key is fetched.</summary>
    public required string AwsCliKeyUrl { get; init; }

    /// <summary>The fingerprint the AWS CLI signing key must have.</summary>
    public required string AwsCliKeyFingerprint { get; init; }
}

/// <summary>The model of the bastion user-data template.</summary>
internal sealed record BastionUserData
{
    /// <summary>Cluster name.</summary>
    public required string ClusterName { get; init; }

    /// <summary>Instance group name.</summary>
    public required string InstanceGroup { get; init; }

    /// <summary>Region.</summary>
    public required string Region { get; init; }
}

/// <summary>
/// Node bootstrap: which user-data each instance group boots with. Control-plane and worker
/// groups get the node script (OS preparation, then kubeadm init or join); the first
/// control-plane group by ordinal name is the one that may run <c>kubeadm init</c>. EC2 takes at
/// most 16 KiB of user data, so the script is shipped gzipped and its gzipped size is checked here.
/// </summary>
internal sealed class BootstrapBuilder : IPlanBuilder
{
    /// <summary>EC2's limit on user data, in bytes, before base64 (what EC2 receives: here the gzip stream).</summary>
    public const int UserDataLimit = 16 * 1024;

    /// <summary>
    /// Room left for a compressor other than .NET's (Terraform's base64gzip uses Go's), whose
    /// output may differ by a few bytes: the check demands this much below the limit.
    /// </summary>
    public const int CompressorMargin = 512;

    /// <summary>The media type of a node script in the config store.</summary>
    public const string NodeupContentType = "text/x-shellscript";

    /// <summary>The VPC resolver's link-local address (Amazon Route 53 Resolver), the same in every VPC.</summary>
    public const string VpcResolverAddress = "169.254.169.253";

    public void Build(BuildContext ctx)
    {
        var c = ctx.Cluster;
        var first = c.ControlPlaneGroups.Select(g => g.Name).Order(StringComparer.Ordinal).FirstOrDefault();
        var (cniVersion, cniSource) = c.Networking.Kind switch
        {
            CniKind.Flannel => (BootstrapVersions.Flannel, BootstrapVersions.FlannelManifest),
            CniKind.Calico => (BootstrapVersions.Calico, BootstrapVersions.CalicoOperatorManifest),
            CniKind.Cilium => (BootstrapVersions.Cilium, BootstrapVersions.CiliumCliArchive),
            CniKind.AmazonVpc => (BootstrapVersions.AmazonVpcCni, BootstrapVersions.AmazonVpcCniManifest),
            _ => (string.Empty, null),
        };
        var minor = string.Join('.', c.KubernetesVersion.Split('.').Take(2));
        var k8sPackages = c.KubernetesPreRelease ? null : BootstrapVersions.KubernetesPackagesByMinor.GetValueOrDefault(minor);
        var k8sRepository = BootstrapVersions.RepositoryFor(c.KubernetesPreRelease);
        var cilium = c.Networking.Kind == CniKind.Cilium;
        var vpcCni = c.Networking.Kind == CniKind.AmazonVpc;
        var resolver = Resolver(c);
        var kmsStore = c.ConfigStoreKmsKey is null ? null : ConfigStoreLocation.Parse(c.ConfigBase);
        var backedUp = c.EtcdClusters.FirstOrDefault(e => e.Runs);
        var registries = RegistryHosts(c);
        foreach (var g in c.InstanceGroups)
        {
            var mayInit = g.Name == first && g.Role == InstanceGroupRole.ControlPlane;
            var boot = g.Role == InstanceGroupRole.Bastion ? null : NodeBootstrapConfig.For(c, g, mayInit);
            if (boot is not null)
            {
                ctx.Resolvers[g.Name] = resolver;
            }

            var document = boot is null
                ? new TemplateDocument("userdata/bastion.sh.sbn", new BastionUserData { ClusterName = c.Name, InstanceGroup = g.Name, Region = c.Region })
                : new TemplateDocument("userdata/node.sh.sbn", new NodeUserData
                {
                    ClusterName = c.Name,
                    InstanceGroup = g.Name,
                    Role = g.Role == InstanceGroupRole.ControlPlane ? "control-plane" : "node",
                    Region = c.Region,
                    KubernetesVersion = c.KubernetesVersion,
                    KubernetesMinor = minor,
                    Architecture = g.Architecture,
                    ConfigBase = c.ConfigBase,
                    Cni = c.Networking.Kind.ToString().ToLowerInvariant(),
                    PodCidr = c.Network.PodCidr.ToString(),
                    ServiceCidr = c.Network.ServiceCidr.ToString(),
                    ApiInternalName = c.Api.InternalName,
                    ResolverServer = resolver.Server,
                    ResolverRoutingDomains = string.Join(' ', resolver.RoutingDomains.Select(d => "~" + d)),
                    FirstControlPlane = mayInit,
                    ApiEndpoint = boot.Join.Discovery.ApiServerEndpoint,
                    ApiLoadBalancerName = ctx.Names.ApiLoadBalancerAwsName,
                    ApiInternalLoadBalancerName = c.Api.HasPublicLoadBalancer ? ctx.Names.ApiInternalLoadBalancerAwsName : string.Empty,
                    ApiLoadBalancerClass = c.Api.Class == LoadBalancerClass.Classic ? "classic" : "network",
                    EtcdClusters = g.Role == InstanceGroupRole.ControlPlane
                        ? [.. c.EtcdClusters.Where(e => e.Runs && e.Members.Any(m => m.InstanceGroup == g.Name)).Select(e => e.Name).Order(StringComparer.Ordinal)]
                        : [],
                    FlannelBackend = c.Networking.Kind == CniKind.Flannel ? c.Networking.FlannelBackend ?? "vxlan" : string.Empty,
                    CniVersion = cniVersion,
                    CniSourceUrl = cniSource?.Url(g.Architecture) ?? string.Empty,
                    CniSourceSha256 = cniSource?.Digest(g.Architecture) ?? string.Empty,
                    AmazonVpcImages = vpcCni ? [.. BootstrapVersions.AmazonVpcCniImages.Select(i => $"{i.Repository}:{i.Tag}")] : [],
                    AmazonVpcRegistry = vpcCni ? BootstrapVersions.AmazonVpcCniRegistry : string.Empty,
                    AmazonVpcRegistryRegion = vpcCni ? BootstrapVersions.AmazonVpcCniRegistryRegion : string.Empty,
                    AmazonVpcEnv = [.. c.Networking.AmazonVpcEnv.Select(e => $"{e.Name}={e.Value}")],
                    CiliumChartUrl = cilium ? BootstrapVersions.CiliumChart.Url(g.Architecture) : string.Empty,
                    CiliumChartSha256 = cilium ? BootstrapVersions.CiliumChart.Digest(g.Architecture) : string.Empty,
                    KubernetesRepository = BootstrapVersions.ForMinor(k8sRepository.Url(g.Architecture), minor),
                    KubernetesKeyUrl = BootstrapVersions.ForMinor(k8sRepository.KeyUrl, minor),
                    KubernetesKeyFingerprint = k8sRepository.KeyFingerprint,
                    KubernetesPreRelease = c.KubernetesPreRelease,
                    KubernetesPackageVersion = BootstrapVersions.KubernetesPackageVersion(c.KubernetesVersion),
                    CriToolsVersion = k8sPackages?.CriTools ?? string.Empty,
                    KubernetesCniVersion = k8sPackages?.KubernetesCni ?? string.Empty,
                    AwsCliVersion = BootstrapVersions.AwsCliInstaller.Version,
                    AwsCliUrl = BootstrapVersions.AwsCliInstaller.Url(g.Architecture),
                    AwsCliKeyUrl = BootstrapVersions.AwsCliInstaller.KeyUrl,
                    AwsCliKeyFingerprint = BootstrapVersions.AwsCliInstaller.KeyFingerprint,
                    JoinTokenTtl = BootstrapVersions.JoinTokenTtl,
                    KubeadmJoinYaml = BootstrapYaml.Join(boot.Join),
                    KubeadmInitYaml = boot is { Init: { } init, Cluster: { } cluster, KubeProxy: { } proxy } ? BootstrapYaml.Init(init, cluster, boot.Kubelet, proxy) : string.Empty,
                    ControlPlaneFiles = boot.ControlPlaneFiles,
                    EcrCredentialProviderUrl = c.Iam.AllowContainerRegistry ? BootstrapVersions.EcrCredentialProvider.Url(g.Architecture) : string.Empty,
                    EcrCredentialProviderSha256 = c.Iam.AllowContainerRegistry ? BootstrapVersions.EcrCredentialProvider.Digest(g.Architecture) : string.Empty,
                    CredentialProvidersYaml = c.Iam.AllowContainerRegistry ? BootstrapYaml.CredentialProviders(c.Region) : string.Empty,
                    AddonsRunner = g.Role == InstanceGroupRole.ControlPlane && Addons.AddonBuilder.Any(c) ? Addons.AddonBuilder.Runner(c, ctx.Templates) : string.Empty,
                    EncryptionKeysKey = g.Role == InstanceGroupRole.ControlPlane && c.Components.ApiServer.EncryptSecrets ? ConfigStoreLayout.SecretsEncryptionKeys : string.Empty,
                    KubeadmCredentialsYaml = boot.Credentials is { } credentials ? BootstrapYaml.Cluster(credentials) : string.Empty,
                    EtcdDataDir = BootstrapDefaults.EtcdDataDir,
                    ShutdownGracePeriod = BootstrapYaml.Duration(boot.Kubelet.ShutdownGracePeriod),
                    LogindInhibitDelayMaxSec = boot.LogindInhibitDelayMaxSec,
                    CaCertificateKey = ConfigStoreLayout.CaCertificate,
                    Identity = new NodeIdentityUserData
                    {
                        AuthenticatorConfigYaml = boot.Authenticator is { } authenticator ? BootstrapYaml.Authenticator(authenticator) : string.Empty,
                        WebhookKubeconfigYaml = boot.Authenticator is null ? string.Empty : BootstrapYaml.WebhookKubeconfig(),
                        AuthenticatorPodYaml = boot.Authenticator is null ? string.Empty : BootstrapYaml.AuthenticatorPod(BootstrapVersions.AwsIamAuthenticatorImage),
                        ControlPlaneAutoscalingGroups = g.Role == InstanceGroupRole.ControlPlane ? [.. c.ControlPlaneGroups.Select(cp => ctx.Names.InstanceGroup(cp)).Order(StringComparer.Ordinal)] : [],
                        KubeletConfigYaml = boot.Worker is { } worker ? BootstrapYaml.Kubelet(worker.Kubelet) : string.Empty,
                        KubeletKubeconfigYaml = boot.Worker is { } w1 ? BootstrapYaml.Kubeconfig(w1.Kubeconfig) : string.Empty,
                        KubeletUnit = boot.Worker is { } w2 ? BootstrapYaml.KubeletUnit(w2.Flags) : string.Empty,
                    },
                    EtcdSnapshotsKey = backedUp is null ? string.Empty : ConfigStoreLayout.EtcdBackups(backedUp.Name),
                    ConfigStoreKmsKey = kmsStore is null ? string.Empty : c.ConfigStoreKmsKey!,
                    ConfigStoreBucket = kmsStore?.Bucket ?? string.Empty,
                    EtcdSnapshotsObjectPrefix = kmsStore is null || backedUp is null ? string.Empty : kmsStore.Prefix + ConfigStoreLayout.EtcdBackups(backedUp.Name),
                    SnapshotIntervalSeconds = backedUp?.Backups.IntervalSeconds ?? 0,
                    SnapshotRetentionDays = backedUp?.Backups.RetentionDays ?? 0,
                    PkiPrefix = ConfigStoreLayout.PkiPrefix,
                    ControlPlanePkiFiles = g.Role == InstanceGroupRole.ControlPlane ? [.. ConfigStoreLayout.ControlPlanePki.Select(ConfigStoreLayout.PkiRelative)] : [],
                    ContainerdHostsDir = registries.Count == 0 ? string.Empty : BootstrapDefaults.ContainerdHostsDir,
                    RegistryHosts = registries,
                });
            // Rendered here, once: its gzipped size must be known before anything is written.
            var script = Documents.DocumentRenderer.Render(document, ctx.Templates);
            if (boot is not null)
            {
                // The node script goes to the config store, named by its SHA-256; the user data fetches it, checks
                // the SHA-256 and runs it. A new script is a new user data: the group must roll, and the report says so.
                var nodeup = ConfigStoreBuilder.Object(ctx, ctx.Names.NodeupScript(g), ConfigStoreLayout.NodeupScript(g.Name, ConfigStoreBuilder.Sha256(script)), script, NodeupContentType, [g.Role]);
                script = WithoutCommentLines(Documents.DocumentRenderer.Render(
                    new TemplateDocument("userdata/nodeup.sh.sbn", new NodeupUserData
                    {
                        ClusterName = c.Name,
                        InstanceGroup = g.Name,
                        Role = g.Role == InstanceGroupRole.ControlPlane ? "control-plane" : "node",
                        ConfigBase = c.ConfigBase,
                        ScriptKey = nodeup.Key,
                        ScriptSha256 = nodeup.Sha256,
                        AwsCliVersion = BootstrapVersions.AwsCliInstaller.Version,
                        AwsCliUrl = BootstrapVersions.AwsCliInstaller.Url(g.Architecture),
                        AwsCliKeyUrl = BootstrapVersions.AwsCliInstaller.KeyUrl,
                        AwsCliKeyFingerprint = BootstrapVersions.AwsCliInstaller.KeyFingerprint,
                    }),
                    ctx.Templates));
            }

            CheckSize(c, g, script);
            ctx.UserData[g.Name] = new TextDocument(script);
        }
    }

    /// <summary>
    /// containerd's hosts.toml per mirrored registry (kops' <c>containerd.registryMirrors</c>): its folder under
    /// <see cref="BootstrapDefaults.ContainerdHostsDir"/> (<c>_default</c> for <c>*</c>, every registry), the
    /// registry's own server (docker.io's is registry-1.docker.io; none for <c>_default</c>) and the mirrors, tried
    /// in order before it.
    /// </summary>
    private static List<ContainerdRegistryHosts> RegistryHosts(Cluster c) =>
    [
        .. c.RegistryMirrors.Select(m => new ContainerdRegistryHosts
        {
            Directory = m.Key == "*" ? "_default" : m.Key,
            Server = m.Key switch
            {
                "*" => string.Empty,
                "docker.io" => "https://registry-1.docker.io",
                _ => "https://" + m.Key,
            },
            Mirrors = m.Value,
        }),
    ];

    /// <summary>
    /// The resolver of a Kubernetes node: Ubuntu 24.04 resolves through systemd-resolved, which sends names under
    /// <c>.local</c> (<c>api.internal.acme.k8s.local</c>) to multicast DNS only unless a search or routing domain
    /// covers them. The zone that holds the cluster's internal names becomes a route-only domain of the VPC
    /// resolver's link-local address: the operator's zone when DnsBuilder publishes there by name, else the
    /// cluster's own private zone (named as the cluster; also when the operator's zone is given by id, whose
    /// name kgen does not know: every internal name is under the cluster name).
    /// </summary>
    internal static NodeResolver Resolver(Cluster c)
    {
        var zone = c.Dns.Zone is { } z && !c.Dns.ZoneIsId && c.InternalNameInOperatorZone ? z.TrimEnd('.') : c.Name;
        return new NodeResolver(VpcResolverAddress, [zone]);
    }

    /// <summary>
    /// The node script without its comment lines after the header (those up to <c>set -Eeuo pipefail</c>): EC2 takes
    /// 16 KiB gzipped, and the templates' comments (a fifth of a control-plane script) explain the code to its readers
    /// in <c>templates/userdata/</c>, not to the node. Shebangs and shellcheck directives stay.
    /// </summary>
    internal static string WithoutCommentLines(string script)
    {
        var header = script.IndexOf("\nset -Eeuo pipefail\n", StringComparison.Ordinal);
        if (header < 0)
        {
            return script;
        }

        var body = script[(header + 1)..].Split('\n').Where(line =>
        {
            var t = line.TrimStart(' ');
            return !(t.StartsWith('#') && (t.Length == 1 || t[1] == ' ') && !t.Contains("shellcheck", StringComparison.Ordinal));
        });
        return script[..(header + 1)] + string.Join('\n', body);
    }

    /// <summary>The size EC2 would receive: the rendered script, gzipped at zlib level <paramref name="level"/> (6, the default, is what Terraform's gzip uses).</summary>
    internal static int GzippedSize(string script, int level = 6)
    {
        var bytes = Encoding.UTF8.GetBytes(script);
        using var buffer = new MemoryStream(bytes.Length / 2);
        using (var gzip = new GZipStream(buffer, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
        {
            gzip.Write(bytes, 0, bytes.Length);
        }

        return (int)buffer.Length;
    }

    private static void CheckSize(Cluster c, InstanceGroup g, string script)
    {
        const int Allowed = UserDataLimit - CompressorMargin;

        // Cheap answers first (gzip is most of a generation's cost otherwise): a script whose bytes
        // fit even stored uncompressed (5 bytes per deflate block, 18 for gzip's frame) needs no
        // compressing; and zlib's level 2 compresses a few percent worse than level 6 (which searches
        // harder), so what fits at level 2 fits. Only a script near the limit pays for level 6.
        var bytes = Encoding.UTF8.GetByteCount(script);
        if (bytes + (5 * ((bytes / 16_383) + 1)) + 18 <= Allowed || GzippedSize(script, level: 2) <= Allowed)
        {
            return;
        }

        var size = GzippedSize(script);
        if (size > Allowed)
        {
            throw new SpecException(Diagnostic.Error(
                DiagnosticCodes.UserDataTooLarge,
                new PlanLocation(c.Name, "InstanceGroup", g.Name),
                string.Create(CultureInfo.InvariantCulture, $"the user data of this group is {size} bytes gzipped ({script.Length} bytes as text); EC2 accepts at most {UserDataLimit} bytes and kgen keeps {CompressorMargin} bytes of margin; shorten its nodeLabels, taints or names")));
        }
    }
}
