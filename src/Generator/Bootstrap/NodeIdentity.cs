using System.Collections.Immutable;

namespace Kgen.Generator.Bootstrap;

/// <summary>
/// How a node proves who it is. Workers hold no token: their kubelet's kubeconfig runs the AWS CLI's
/// <c>eks get-token</c>, which presigns an <c>sts:GetCallerIdentity</c> request with the instance's role credentials
/// (locally; it calls nothing), and aws-iam-authenticator on every control-plane node verifies it at STS and maps the
/// workers' IAM role to <c>system:node:{{EC2PrivateDNSName}}</c> in <c>system:nodes</c>: the caller's instance, looked
/// up in EC2, names the only Node it may act as (NodeRestriction and the Node authorizer do the rest). Control-plane
/// nodes hold the CA keys anyway and keep kubeadm's client certificates. The paths and names of that machinery.
/// </summary>
internal static class NodeIdentity
{
    /// <summary>The folder of the authenticator's configuration, the API server's webhook kubeconfig and the server certificate it trusts (mounted into the API server).</summary>
    public const string WebhookDirectory = "/etc/kubernetes/aws-iam-authenticator";

    /// <summary>The API server's <c>--authentication-token-webhook-config-file</c>.</summary>
    public const string WebhookKubeconfig = WebhookDirectory + "/kubeconfig.yaml";

    /// <summary>The authenticator's configuration (cluster ID and role mappings).</summary>
    public const string ConfigFile = WebhookDirectory + "/config.yaml";

    /// <summary>A copy of the authenticator's self-signed serving certificate, the only CA the webhook kubeconfig trusts.</summary>
    public const string WebhookCertificate = WebhookDirectory + "/cert.pem";

    /// <summary>The authenticator's state folder: <c>cert.pem</c> and <c>key.pem</c>, made per node at boot with openssl.</summary>
    public const string StateDirectory = "/var/lib/aws-iam-authenticator";

    /// <summary>Where the authenticator listens: the node itself only.</summary>
    public const string Address = "127.0.0.1";

    /// <summary>The authenticator's port (its default).</summary>
    public const int Port = 21362;

    /// <summary>The user the image runs as (distroless nonroot), who must read the key.</summary>
    public const int ImageUser = 65532;

    /// <summary>The user a worker's kubelet becomes: its instance's private DNS name, looked up by instance id.</summary>
    public const string NodeUsername = "system:node:{{EC2PrivateDNSName}}";

    /// <summary>The group of every kubelet.</summary>
    public const string NodesGroup = "system:nodes";

    /// <summary>The static pod manifest of the authenticator (written after kubeadm, which wants the folder empty).</summary>
    public const string PodManifest = "/etc/kubernetes/manifests/aws-iam-authenticator.yaml";

    /// <summary>The kubelet's kubeconfig on a worker (the exec credential plugin).</summary>
    public const string KubeletKubeconfig = "/etc/kubernetes/kubelet.conf";

    /// <summary>The kubelet's configuration file (what <c>kubeadm join</c> would write there).</summary>
    public const string KubeletConfigFile = "/var/lib/kubelet/config.yaml";

    /// <summary>
    /// A worker's kubelet command line: a drop-in with the kubeadm package's name, which it replaces (that one passes
    /// <c>--bootstrap-kubeconfig</c>, and a kubelet given one refuses a kubeconfig without a client certificate).
    /// </summary>
    public const string KubeletUnitDropIn = "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf";

    /// <summary>The kubelet the Kubernetes packages install.</summary>
    public const string KubeletBinary = "/usr/bin/kubelet";

    /// <summary>The cluster CA certificate a worker's kubelet verifies the API and its clients with.</summary>
    public const string ClusterCaFile = "/etc/kubernetes/pki/ca.crt";

    /// <summary>The AWS CLI node.sh.sbn installs, which the kubelet runs for its token.</summary>
    public const string AwsCli = "/usr/local/bin/aws";

    /// <summary>The exec credential API the AWS CLI answers with.</summary>
    public const string ExecApiVersion = "client.authentication.k8s.io/v1beta1";
}

/// <summary>aws-iam-authenticator's server configuration (the fields kgen sets).</summary>
/// <param name="ClusterId">The cluster ID a token must name (<c>x-k8s-aws-id</c>): the cluster's name.</param>
/// <param name="Partition">The AWS partition (which STS endpoints it accepts).</param>
/// <param name="MapRoles">Which IAM roles become which users.</param>
internal sealed record AuthenticatorConfig(string ClusterId, string Partition, ImmutableArray<RoleMapping> MapRoles);

/// <summary>One <c>mapRoles</c> entry.</summary>
/// <param name="RoleArn">The IAM role (its account is a boot value).</param>
/// <param name="Username">The Kubernetes user.</param>
/// <param name="Groups">Its groups.</param>
internal sealed record RoleMapping(string RoleArn, string Username, ImmutableArray<string> Groups);

/// <summary>A kubeconfig whose user runs a credential plugin (a worker's kubelet).</summary>
/// <param name="Cluster">The cluster's name.</param>
/// <param name="Server">The API's URL.</param>
/// <param name="CaFile">The CA certificate that verifies the API.</param>
/// <param name="Command">The plugin.</param>
/// <param name="Args">Its arguments.</param>
/// <param name="Env">Environment variables for it, in order.</param>
internal sealed record ExecKubeconfig(string Cluster, string Server, string CaFile, string Command, ImmutableArray<string> Args, ImmutableArray<KubeletArg> Env);

/// <summary>What a worker that writes its own kubelet configuration sets besides the cluster's (kubeadm's defaults, spelt out).</summary>
/// <param name="ClusterDns">The cluster DNS service's address (the service CIDR's tenth address, as kubeadm picks it).</param>
/// <param name="ClusterDomain">The cluster's DNS domain.</param>
/// <param name="ClientCaFile">The CA that signs the API server's kubelet-client certificate.</param>
/// <param name="ResolvConf">systemd-resolved's upstream resolv.conf (not the stub).</param>
/// <param name="RotateCertificates">Whether the kubelet requests client certificates: false, its identity is its AWS role.</param>
internal sealed record KubeletStandalone(string ClusterDns, string ClusterDomain, string ClientCaFile, string ResolvConf, bool RotateCertificates);

/// <summary>What a worker writes instead of running <c>kubeadm join</c>.</summary>
/// <param name="Kubelet">The kubelet's configuration.</param>
/// <param name="Kubeconfig">The kubelet's kubeconfig.</param>
/// <param name="Flags">The kubelet's flags, with <see cref="BootValues"/> placeholders.</param>
internal sealed record WorkerKubelet(KubeletConfiguration Kubelet, ExecKubeconfig Kubeconfig, ImmutableArray<KubeletArg> Flags);
