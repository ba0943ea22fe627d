using System.Collections.Immutable;
using Kgen.Generator.Builders;
using Kgen.Model;

namespace Kgen.Generator.Bootstrap;

/// <summary>
/// The kubeadm and kubelet documents one instance group's nodes boot with, decided from the model here and
/// written as YAML into the user-data, where only the <see cref="BootValues"/> are filled in at boot.
/// </summary>
internal sealed record NodeBootstrapConfig
{
    /// <summary>The cluster's kubelet configuration (given to <c>kubeadm init</c>; joining nodes take it from the cluster).</summary>
    public required KubeletConfiguration Kubelet { get; init; }

    /// <summary>How the group's nodes join: as workers, or as control-plane nodes.</summary>
    public required JoinConfiguration Join { get; init; }

    /// <summary>How the group's node creates the cluster; only for the control-plane group that may run <c>kubeadm init</c>.</summary>
    public InitConfiguration? Init { get; init; }

    /// <summary>The cluster's settings given to <c>kubeadm init</c>; with <see cref="Init"/>.</summary>
    public ClusterConfiguration? Cluster { get; init; }

    /// <summary>
    /// What <c>kubeadm kubeconfig user</c> needs to sign a short-lived admin credential with the cluster CA
    /// (name, version, endpoint, certificates); for every control-plane group.
    /// </summary>
    public ClusterConfiguration? Credentials { get; init; }

    /// <summary>kube-proxy's configuration, given to <c>kubeadm init</c> with <see cref="Cluster"/>.</summary>
    public KubeProxyConfiguration? KubeProxy { get; init; }

    /// <summary>The files every control-plane node writes before kubeadm runs (audit policy, admission, authentication); empty for workers.</summary>
    public ImmutableArray<ControlPlaneFile> ControlPlaneFiles { get; init; } = [];
    /// <summary>What a worker writes for its kubelet instead of running <c>kubeadm join</c>; only for worker groups.</summary>
    public WorkerKubelet? Worker { get; init; }

    /// <summary>aws-iam-authenticator's configuration (the workers' role → their Node names); for every control-plane group.</summary>
    public AuthenticatorConfig? Authenticator { get; init; }

    /// <summary>logind's <c>InhibitDelayMaxSec</c> that lets the kubelet hold a shutdown for its grace period.</summary>
    public int LogindInhibitDelayMaxSec => BootstrapDefaults.LogindInhibitDelayMaxSec(Kubelet);

    /// <summary>Decides the documents of an instance group.</summary>
    /// <param name="c">The cluster.</param>
    /// <param name="g">A control-plane or worker instance group.</param>
    /// <param name="mayInit">Whether this group may create the cluster with <c>kubeadm init</c>.</param>
    /// <returns>The group's documents.</returns>
    public static NodeBootstrapConfig For(Cluster c, InstanceGroup g, bool mayInit)
    {
        var controlPlane = g.Role == InstanceGroupRole.ControlPlane;
        var endpoint = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Api.InternalName}:{ApiEndpoint.ListenerPort}");
        var local = new LocalApiEndpoint(BootValues.NodeIp, ApiEndpoint.ServerPort);
        var registration = new NodeRegistration
        {
            Name = BootValues.NodeName,
            CriSocket = BootstrapDefaults.CriSocket,
            KubeletExtraArgs = [new KubeletArg("cloud-provider", BootstrapDefaults.ExternalCloudProvider), new KubeletArg("node-ip", BootValues.NodeIp), new KubeletArg("node-labels", string.Join(',', NodeLabels(g))), .. MaxPodsFlag(c, g), .. CredentialProviderFlags(c)],
            Taints = [.. controlPlane ? [BootstrapDefaults.ControlPlaneTaint] : Array.Empty<NodeTaint>(), .. g.Taints.Select(t => new NodeTaint(t.Key, t.Value, t.Effect))],
        };
        var kubelet = new KubeletConfiguration
        {
            CgroupDriver = BootstrapDefaults.CgroupDriver,
            AnonymousAuth = c.Kubelet.AnonymousAuth,
            WebhookAuthentication = c.Kubelet.WebhookAuthentication,
            AuthorizationMode = c.Kubelet.AuthorizationMode,
            ServerTlsBootstrap = true,
            SystemReserved = c.Kubelet.SystemReserved,
            KubeReserved = c.Kubelet.KubeReserved,
            EvictionHard = c.Kubelet.EvictionHard,
            MaxPods = c.Kubelet.MaxPods,
            FeatureGates = c.Kubelet.FeatureGates,
            ImageGcHighThresholdPercent = c.Kubelet.ImageGcHighThresholdPercent,
            ImageGcLowThresholdPercent = c.Kubelet.ImageGcLowThresholdPercent,
            SerializeImagePulls = c.Kubelet.SerializeImagePulls,
            ShutdownGracePeriod = BootstrapDefaults.ShutdownGracePeriod,
            ShutdownGracePeriodCriticalPods = BootstrapDefaults.ShutdownGracePeriodCriticalPods,
        };
        var credentials = new ClusterConfiguration
        {
            ClusterName = c.Name,
            KubernetesVersion = "v" + c.KubernetesVersion,
            ControlPlaneEndpoint = endpoint,
            CertificatesDir = BootstrapDefaults.CertificatesDir,
        };
        var config = new NodeBootstrapConfig
        {
            Kubelet = kubelet,
            Join = new JoinConfiguration
            {
                Discovery = new BootstrapTokenDiscovery(endpoint, BootValues.JoinToken, [BootValues.CaCertHash]),
                ControlPlane = controlPlane ? local : null,
                NodeRegistration = registration,
            },
            Credentials = controlPlane ? credentials : null,
            ControlPlaneFiles = controlPlane ? ControlPlaneHardening.Apply(c, credentials).Files : [],
            Worker = controlPlane ? null : WorkerKubelet(c, g, kubelet, endpoint),
            Authenticator = controlPlane ? AuthenticatorConfig(c) : null,
        };
        if (!controlPlane || !mayInit)
        {
            return config;
        }

        ImmutableArray<string> sans =
        [
            c.Api.InternalName,
            .. c.Dns.Zone is null ? [] : new[] { c.Api.PublicName },
            BootValues.ApiLoadBalancerDns,
            .. c.Api.HasPublicLoadBalancer ? new[] { BootValues.ApiInternalLoadBalancerDns } : [],
        ];
        return config with
        {
            Init = new InitConfiguration
            {
                BootstrapTokens =
                [
                    new BootstrapToken(BootValues.JoinToken, BootstrapVersions.JoinTokenTtl, BootstrapDefaults.JoinTokenDescription,
                        ["signing", "authentication"], ["system:bootstrappers:kubeadm:default-node-token"]),
                ],
                LocalApiEndpoint = local,
                NodeRegistration = registration,
            },
            Cluster = ControlPlaneHardening.Apply(c, credentials).Cluster with
            {
                Networking = new KubeadmNetworking(c.Networking.Kind == CniKind.AmazonVpc ? string.Empty : c.Network.PodCidr.ToString(), c.Network.ServiceCidr.ToString()),
                EtcdDataDir = BootstrapDefaults.EtcdDataDir,
                ApiServerCertSans = sans,
            },
            KubeProxy = new KubeProxyConfiguration(c.Components.KubeProxy.Mode, c.Components.KubeProxy.FeatureGates),
        };
    }

    /// <summary>The kubelet's image credential providers: the ECR one when the spec lets nodes pull from ECR (<c>iam.allowContainerRegistry</c>).</summary>
    internal static IEnumerable<KubeletArg> CredentialProviderFlags(Cluster c) => !c.Iam.AllowContainerRegistry ? [] :
    [
        new("image-credential-provider-config", BootstrapDefaults.CredentialProviderConfig),
        new("image-credential-provider-bin-dir", BootstrapDefaults.CredentialProviderBinDir),
    ];

    /// <summary>
    /// A worker's kubelet, configured without kubeadm: the cluster's kubelet configuration with what kubeadm would fill
    /// in, a kubeconfig whose user is the AWS CLI's <c>eks get-token</c> for this cluster (the authenticator's cluster
    /// ID), and the flags <c>kubeadm join</c> would write, with the instance's own name as <c>--hostname-override</c>.
    /// </summary>
    private static WorkerKubelet WorkerKubelet(Cluster c, InstanceGroup g, KubeletConfiguration kubelet, string endpoint)
    {
        var dns = c.Network.ServiceCidr.Address + BootstrapDefaults.ClusterDnsOffset;
        var standalone = kubelet with
        {
            Standalone = new KubeletStandalone(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{dns >> 24}.{(dns >> 16) & 255}.{(dns >> 8) & 255}.{dns & 255}"),
                BootstrapDefaults.ClusterDomain,
                NodeIdentity.ClusterCaFile,
                BootstrapDefaults.ResolvConf,
                RotateCertificates: false),
        };
        var kubeconfig = new ExecKubeconfig(
            c.Name,
            "https://" + endpoint,
            NodeIdentity.ClusterCaFile,
            NodeIdentity.AwsCli,
            ["--region", c.Region, "eks", "get-token", "--cluster-name", c.Name, "--output", "json"],
            [new KubeletArg("AWS_STS_REGIONAL_ENDPOINTS", "regional")]);
        ImmutableArray<KubeletArg> flags =
        [
            new("kubeconfig", NodeIdentity.KubeletKubeconfig),
            new("config", NodeIdentity.KubeletConfigFile),
            new("cloud-provider", BootstrapDefaults.ExternalCloudProvider),
            new("container-runtime-endpoint", BootstrapDefaults.CriSocket),
            new("hostname-override", BootValues.NodeName),
            new("node-ip", BootValues.NodeIp),
            new("node-labels", string.Join(',', NodeLabels(g))),
            .. MaxPodsFlag(c, g),
            .. CredentialProviderFlags(c),
            .. !g.Taints.Any() ? [] : new[] { new KubeletArg("register-with-taints", string.Join(',', g.Taints.Select(t => t.Value.Length == 0 ? $"{t.Key}:{t.Effect}" : $"{t.Key}={t.Value}:{t.Effect}"))) },
        ];
        return new WorkerKubelet(standalone, kubeconfig, flags);
    }

    /// <summary>
    /// The authenticator's mapping: the workers' IAM role (its account filled in at boot) becomes
    /// <c>system:node:{{EC2PrivateDNSName}}</c>. Only that role: control-plane kubelets keep kubeadm's certificates.
    /// </summary>
    private static AuthenticatorConfig AuthenticatorConfig(Cluster c) => new(
        c.Name,
        c.Partition,
        [new RoleMapping($"arn:{c.Partition}:iam::{BootValues.AccountId}:role/{new Names(c).IamRole(InstanceGroupRole.Node)}", NodeIdentity.NodeUsername, [NodeIdentity.NodesGroup])]);

    /// <summary>
    /// The Amazon VPC CNI gives each pod one of the node's secondary addresses, so the kubelet must admit no more pods than
    /// the group's instance types have addresses for (<see cref="Model.Defaults.AmazonVpcMaxPods"/>): <c>--max-pods</c>, per
    /// group, overrides the cluster-wide configuration's <c>maxPods</c>. Other CNIs take pod addresses from a node range.
    /// </summary>
    private static KubeletArg[] MaxPodsFlag(Cluster c, InstanceGroup g) =>
        c.Networking.Kind == CniKind.AmazonVpc
            ? [new KubeletArg("max-pods", Model.Defaults.AmazonVpcMaxPods.For(g, c.Kubelet.MaxPods).ToString(System.Globalization.CultureInfo.InvariantCulture))]
            : [];

    /// <summary>A node's labels as <c>key=value</c>, in order: the group's, and <see cref="BootstrapDefaults.InstanceGroupLabel"/>.</summary>
    private static IEnumerable<string> NodeLabels(InstanceGroup g) =>
        g.NodeLabels.Select(l => $"{l.Key}={l.Value}").Append($"{BootstrapDefaults.InstanceGroupLabel}={g.Name}").Order(StringComparer.Ordinal);
}
