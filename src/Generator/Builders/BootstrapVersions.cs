namespace Kgen.Generator.Builders;

/// <summary>
/// The one table of the versions a node installs besides Kubernetes itself (which comes from the
/// spec): the CNI plugins and the tools that install them. Change a version here, re-pin the
/// snapshots (<c>KGEN_ACCEPT_SNAPSHOTS=1 dotnet test</c>) and read the user-data diff.
/// The values were checked against the projects' release pages (November 2026).
/// </summary>
internal static class BootstrapVersions
{
    /// <summary>flannel release; its <c>kube-flannel.yml</c> is published with each release.</summary>
    public const string Flannel = "v0.28.8";

    /// <summary>Calico release; installed through the Tigera operator manifest of that release.</summary>
    public const string Calico = "v3.33.1";

    /// <summary>Cilium release (Helm chart version, installed by the cilium CLI).</summary>
    public const string Cilium = "1.20.0";

    /// <summary>cilium CLI release that installs <see cref="Cilium"/>.</summary>
    public const string CiliumCli = "v0.19.7";

    /// <summary>
    /// Lifetime of the bootstrap token a control-plane node creates for its own <c>kubeadm init</c> or
    /// <c>kubeadm join --control-plane</c> and deletes when it is done (workers use none).
    /// </summary>
    public const string JoinTokenTtl = "15m0s";

    /// <summary>The flannel manifest.</summary>
    public static string FlannelManifestUrl => $"https://github.com/flannel-io/flannel/releases/download/{Flannel}/kube-flannel.yml";

    /// <summary>The Tigera operator manifest (CRDs and operator) for Calico.</summary>
    public static string CalicoOperatorManifestUrl => $"https://raw.githubusercontent.com/projectcalico/calico/{Calico}/manifests/tigera-operator.yaml";

    /// <summary>The cilium CLI archive for an architecture (amd64, arm64); a <c>.sha256sum</c> file sits beside it.</summary>
    public static string CiliumCliUrl(string architecture) =>
        $"https://github.com/cilium/cilium-cli/releases/download/{CiliumCli}/cilium-linux-{architecture}.tar.gz";

    /// <summary>
    /// The aws-iam-authenticator server every control-plane node runs as a static pod (it maps the workers' IAM role
    /// to <c>system:node:{{EC2PrivateDNSName}}</c>): upstream v0.7.18 as built by EKS Distro (release v1-34-eks-24).
    /// </summary>
    public const string AwsIamAuthenticatorImage = "public.ecr.aws/eks-distro/kubernetes-sigs/aws-iam-authenticator:v0.7.18-cvefix-eks-1-34-24";
}
