using System.Collections.Frozen;
using System.Globalization;

namespace Kgen.Generator.Builders;

/// <summary>
/// One file a node downloads at boot, pinned: its version, its URL for each architecture (<see cref="AnyArchitecture"/>
/// when one file serves all), and what the node checks the bytes against before using them: the SHA-256 of each
/// URL's bytes, or (for a signed download) the fingerprint of the OpenPGP key that must have signed it. kgen carries
/// both; a checksum or key published beside the file is never trusted.
/// </summary>
internal sealed record PinnedArtefact
{
    /// <summary>The key of <see cref="Urls"/> and <see cref="Sha256"/> for a file that is the same on every architecture.</summary>
    public const string AnyArchitecture = "*";

    /// <summary>What it is, for messages and the docs.</summary>
    public required string Name { get; init; }

    /// <summary>The upstream version.</summary>
    public required string Version { get; init; }

    /// <summary>The download URL per architecture (amd64, arm64) or for <see cref="AnyArchitecture"/>.</summary>
    public required FrozenDictionary<string, string> Urls { get; init; }

    /// <summary>The SHA-256 (lowercase hex) of the bytes each URL serves, by the same keys as <see cref="Urls"/>; empty for a signed download.</summary>
    public FrozenDictionary<string, string> Sha256 { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>The fingerprint (40 uppercase hex digits) of the OpenPGP key that signs the download (a detached <c>.sig</c> beside it, or an apt repository's <c>Release</c>); empty for a digest-pinned one.</summary>
    public string KeyFingerprint { get; init; } = string.Empty;

    /// <summary>Where the node fetches the key <see cref="KeyFingerprint"/> names (the bytes are trusted only when their fingerprint matches).</summary>
    public string KeyUrl { get; init; } = string.Empty;

    /// <summary>Where the digest or fingerprint was taken from, so a reviewer can check it again.</summary>
    public required string Source { get; init; }

    /// <summary>The URL for an architecture.</summary>
    public string Url(string architecture) => Urls.TryGetValue(architecture, out var u) ? u : Urls[AnyArchitecture];

    /// <summary>The SHA-256 for an architecture; empty for a signed download.</summary>
    public string Digest(string architecture) =>
        Sha256.TryGetValue(architecture, out var d) ? d : Sha256.GetValueOrDefault(AnyArchitecture, string.Empty);
}

/// <summary>The versions of the pkgs.k8s.io packages installed beside kubelet, kubeadm and kubectl, for one Kubernetes minor.</summary>
/// <param name="CriTools">cri-tools' Debian version in that minor's repository.</param>
/// <param name="KubernetesCni">kubernetes-cni's Debian version in that minor's repository.</param>
internal sealed record KubernetesPackages(string CriTools, string KubernetesCni);

/// <summary>
/// The one table of what a node downloads at boot besides the spec's Kubernetes version: the CNI manifests (and the
/// Amazon VPC CNI's images), the cilium CLI and chart, the AWS CLI, the pkgs.k8s.io repository and its packages, each pinned by version and by a
/// SHA-256 or signing-key fingerprint kgen carries (<see cref="All"/>). The builder passes the rows to the user-data
/// templates, which take every URL from here. To bump a version: change it and its digest together (how to compute
/// each digest offline is in docs/threat-model.md, "Supply chain"), re-pin the snapshots
/// (<c>KGEN_ACCEPT_SNAPSHOTS=1 dotnet test</c>) and read the user-data diff.
/// </summary>
internal static class BootstrapVersions
{
    /// <summary>flannel release.</summary>
    public const string Flannel = "v0.28.8";

    /// <summary>Calico release; installed through the Tigera operator manifest of that release (v3.32.1: the newest tag whose bytes kgen could pin).</summary>
    public const string Calico = "v3.32.1";

    /// <summary>Cilium release (Helm chart version, installed by the cilium CLI from the pinned chart).</summary>
    public const string Cilium = "1.20.0";

    /// <summary>cilium CLI release that installs <see cref="Cilium"/>.</summary>
    public const string CiliumCli = "v0.19.7";

    /// <summary>Amazon VPC CNI release (the newest tag of github.com/aws/amazon-vpc-cni-k8s; kops 1.35 vendors the same).</summary>
    public const string AmazonVpcCni = "v1.23.0";

    /// <summary>EKS's registry that the Amazon VPC CNI manifest names its images in (account 602401143452, us-west-2; pulls need ECR credentials).</summary>
    public const string AmazonVpcCniRegistry = "602401143452.dkr.ecr.us-west-2.amazonaws.com";

    /// <summary>The region of <see cref="AmazonVpcCniRegistry"/>.</summary>
    public const string AmazonVpcCniRegistryRegion = "us-west-2";

    /// <summary>The account of <see cref="AmazonVpcCniRegistry"/>.</summary>
    public const string AmazonVpcCniRegistryAccount = "602401143452";

    /// <summary>
    /// The images the <see cref="AmazonVpcCniManifest"/> names, as repository and tag in <see cref="AmazonVpcCniRegistry"/>
    /// (read from the manifest at the tag); every node pulls them with ECR credentials before its kubelet needs them.
    /// </summary>
    public static readonly IReadOnlyList<(string Repository, string Tag)> AmazonVpcCniImages =
    [
        ("amazon-k8s-cni-init", AmazonVpcCni),
        ("amazon-k8s-cni", AmazonVpcCni),
        ("amazon/aws-network-policy-agent", "v1.4.1"),
    ];

    /// <summary>AWS CLI v2 release.</summary>
    public const string AwsCli = "2.36.11";

    /// <summary>The Debian revision pkgs.k8s.io gives every kubelet, kubeadm and kubectl build (<c>1.34.2-1.1</c>).</summary>
    public const string KubernetesPackageRevision = "1.1";

    /// <summary>
    /// Lifetime of the bootstrap token a control-plane node creates for its own <c>kubeadm init</c> or
    /// <c>kubeadm join --control-plane</c> and deletes when it is done (workers use none).
    /// </summary>
    public const string JoinTokenTtl = "15m0s";

    /// <summary>
    /// The flannel manifest, as raw.githubusercontent.com serves it at the tag: the bytes of
    /// <c>git show v0.28.8:Documentation/kube-flannel.yml</c> in github.com/flannel-io/flannel (the release asset's
    /// bytes cannot be checked against the repository).
    /// </summary>
    public static readonly PinnedArtefact FlannelManifest = new()
    {
        Name = "flannel manifest",
        Version = Flannel,
        Urls = Any($"https://raw.githubusercontent.com/flannel-io/flannel/{Flannel}/Documentation/kube-flannel.yml"),
        Sha256 = Any("d5ec6500c8050667ef5e6c4dc59b750075db8cf32f45b12961349208c5f326da"),
        Source = "sha256sum of `git show v0.28.8:Documentation/kube-flannel.yml` in github.com/flannel-io/flannel",
    };

    /// <summary>The Tigera operator manifest (CRDs and operator) for Calico, at the tag.</summary>
    public static readonly PinnedArtefact CalicoOperatorManifest = new()
    {
        Name = "Calico Tigera operator manifest",
        Version = Calico,
        Urls = Any($"https://raw.githubusercontent.com/projectcalico/calico/{Calico}/manifests/tigera-operator.yaml"),
        Sha256 = Any("f18e073794207d372606bc3ea6f8fd73972f86d6828f4ba666dfe0d4aa8ab07f"),
        Source = "sha256sum of `git show v3.32.1:manifests/tigera-operator.yaml` in github.com/projectcalico/calico",
    };

    /// <summary>
    /// The Amazon VPC CNI release manifest (CRD, RBAC, the aws-node DaemonSet), as raw.githubusercontent.com serves it at
    /// the tag; its images are in <see cref="AmazonVpcCniRegistry"/>.
    /// </summary>
    public static readonly PinnedArtefact AmazonVpcCniManifest = new()
    {
        Name = "Amazon VPC CNI manifest",
        Version = AmazonVpcCni,
        Urls = Any($"https://raw.githubusercontent.com/aws/amazon-vpc-cni-k8s/{AmazonVpcCni}/config/master/aws-k8s-cni.yaml"),
        Sha256 = Any("3a932385c0db788d8b080b8a9ea262681ed2b564bcc764f95e5b886bdf8494ab"),
        Source = "sha256sum of `git show v1.23.0:config/master/aws-k8s-cni.yaml` in github.com/aws/amazon-vpc-cni-k8s",
    };

    /// <summary>The cilium CLI archive per architecture.</summary>
    public static readonly PinnedArtefact CiliumCliArchive = new()
    {
        Name = "cilium CLI",
        Version = CiliumCli,
        Urls = PerArchitecture(
            $"https://github.com/cilium/cilium-cli/releases/download/{CiliumCli}/cilium-linux-amd64.tar.gz",
            $"https://github.com/cilium/cilium-cli/releases/download/{CiliumCli}/cilium-linux-arm64.tar.gz"),
        // Published by Kubespray (github.com/kubernetes-sigs/kubespray, commit ace96af930e8cabbc34819013e0af83c850dbb65,
        // roles/kubespray_defaults/vars/main/checksums.yml, ciliumcli_binary_checksums 0.19.7).
        Sha256 = PerArchitecture(
            "cd15e0983bf0acc7946cd05d453d1e58376ea92dec2642e745212df2b07d8852",
            "9482937f14061fb239f2dbb2f97f4103de1b101f5d5defbff319f294f9bd540f"),
        Source = "Kubespray's ciliumcli_binary_checksums (roles/kubespray_defaults/vars/main/checksums.yml at ace96af930e8)",
    };

    /// <summary>Cilium's Helm chart, from the chart repository's git history (what helm.cilium.io serves), installed with <c>cilium install --chart-directory</c>.</summary>
    public static readonly PinnedArtefact CiliumChart = new()
    {
        Name = "Cilium Helm chart",
        Version = Cilium,
        Urls = Any($"https://raw.githubusercontent.com/cilium/charts/d5f3d1cc0ed8e94d6920996024fefe5a3857dc15/cilium-{Cilium}.tgz"),
        Sha256 = Any("c5f013912360d1a334f44ef25f36da59ba3414cdb48f466ee12d0c4fdff27883"),
        Source = "sha256sum of cilium-1.20.0.tgz at commit d5f3d1cc in github.com/cilium/charts (equal to the digest in its index.yaml)",
    };

    /// <summary>
    /// The AWS CLI v2 installer per architecture, verified with its detached signature (<c>.sig</c>) against the AWS CLI
    /// Team's key. User data has no room for the 3 KB key (EC2's 16 KB limit), so the node fetches it from the Ubuntu
    /// keyserver by fingerprint and trusts it only when the fingerprint is this one.
    /// </summary>
    public static readonly PinnedArtefact AwsCliInstaller = new()
    {
        Name = "AWS CLI v2",
        Version = AwsCli,
        Urls = PerArchitecture(
            $"https://awscli.amazonaws.com/awscli-exe-linux-x86_64-{AwsCli}.zip",
            $"https://awscli.amazonaws.com/awscli-exe-linux-aarch64-{AwsCli}.zip"),
        KeyFingerprint = "FB5DB77FD5C118B80511ADA8A6310ACC4672475C",
        KeyUrl = "https://keyserver.ubuntu.com/pks/lookup?op=get&options=mr&search=0xFB5DB77FD5C118B80511ADA8A6310ACC4672475C",
        Source = "AWS CLI user guide, \"Install or update to the latest version of the AWS CLI\" (PGP key of AWS CLI Team <aws-cli@amazon.com>)",
    };

    /// <summary>
    /// The kubelet's ECR credential provider (kubernetes/cloud-provider-aws), per architecture: the kubelet runs it for
    /// images of ECR registries, with the node role's credentials, when the spec lets nodes pull from ECR
    /// (<c>iam.allowContainerRegistry</c>). The kubelet lost its built-in ECR support in Kubernetes 1.27.
    /// </summary>
    public static readonly PinnedArtefact EcrCredentialProvider = new()
    {
        Name = "ECR credential provider",
        Version = "v1.31.7",
        Urls = PerArchitecture(
            "https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64",
            "https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/arm64/ecr-credential-provider-linux-arm64"),
        Sha256 = PerArchitecture(
            "7644623e4ec9ad443ab352a8a5800a5180ee28741288be805286ba72bb8e7164",
            "1980e3a038cb16da48a137743b31fb81de6c0b59fa06c206c2bc20ce0a52f849"),
        Source = "kops' pkg/assets/assetdata/ecr.yaml (github.com/kubernetes/kops), the digests of artifacts.k8s.io's cloud-provider-aws v1.31.7 binaries",
    };

    /// <summary>
    /// The pkgs.k8s.io apt repository of a Kubernetes minor (<c>{minor}</c> in the URLs); apt checks every package
    /// against its signed <c>Release</c>, so the repository key is pinned by fingerprint (the same key for every minor).
    /// </summary>
    public static readonly PinnedArtefact KubernetesRepository = new()
    {
        Name = "pkgs.k8s.io apt repository",
        Version = "core:/stable:/v{minor}",
        Urls = Any("https://pkgs.k8s.io/core:/stable:/v{minor}/deb/"),
        KeyFingerprint = "DE15B14486CD377B9E876E1A234654DA9A296436",
        KeyUrl = "https://pkgs.k8s.io/core:/stable:/v{minor}/deb/Release.key",
        Source = "Kubernetes docs, \"Installing kubeadm\" (Release.key of pkgs.k8s.io; gpg --show-keys)",
    };

    /// <summary>
    /// The pkgs.k8s.io apt repository of a Kubernetes minor's pre-releases (alpha, beta, rc): a channel of its own beside
    /// the stable one, built by the same project (isv:kubernetes:core on the openSUSE Build Service) and signed by the
    /// same key, so the node checks it against the same fingerprint.
    /// </summary>
    public static readonly PinnedArtefact KubernetesPreReleaseRepository = new()
    {
        Name = "pkgs.k8s.io apt repository (pre-releases)",
        Version = "core:/prerelease:/v{minor}",
        Urls = Any("https://pkgs.k8s.io/core:/prerelease:/v{minor}/deb/"),
        KeyFingerprint = KubernetesRepository.KeyFingerprint,
        KeyUrl = "https://pkgs.k8s.io/core:/prerelease:/v{minor}/deb/Release.key",
        Source = "isv:kubernetes:core:prerelease on build.opensuse.org (the project pkgs.k8s.io serves); the key of its parent project isv:kubernetes, as for the stable channel",
    };

    /// <summary>
    /// cri-tools and kubernetes-cni as pkgs.k8s.io publishes them for each Kubernetes minor kgen names (stable channel).
    /// A minor without a row, and every pre-release (its channel holds the cri-tools and kubernetes-cni builds of the day,
    /// not these), installs its repository's newest (still signed by the pinned key) and says so in the node's log.
    /// </summary>
    public static readonly FrozenDictionary<string, KubernetesPackages> KubernetesPackagesByMinor = new Dictionary<string, KubernetesPackages>(StringComparer.Ordinal)
    {
        ["1.34"] = new("1.34.0-1.1", "1.7.1-1.1"),
        ["1.35"] = new("1.35.0-1.1", "1.8.0-1.1"),
        ["1.36"] = new("1.36.0-1.1", "1.9.1-1.1"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every pinned download, for the docs and the tests (the add-ons add their rows here).</summary>
    public static IReadOnlyList<PinnedArtefact> All { get; } =
        [FlannelManifest, CalicoOperatorManifest, CiliumCliArchive, CiliumChart, AmazonVpcCniManifest, AwsCliInstaller, EcrCredentialProvider, KubernetesRepository, KubernetesPreReleaseRepository];

    /// <summary>The flannel manifest URL.</summary>
    public static string FlannelManifestUrl => FlannelManifest.Url(PinnedArtefact.AnyArchitecture);

    /// <summary>The Tigera operator manifest URL.</summary>
    public static string CalicoOperatorManifestUrl => CalicoOperatorManifest.Url(PinnedArtefact.AnyArchitecture);

    /// <summary>The cilium CLI archive for an architecture (amd64, arm64).</summary>
    public static string CiliumCliUrl(string architecture) => CiliumCliArchive.Url(architecture);

    /// <summary>A URL or version of the <see cref="KubernetesRepository"/> row for a Kubernetes minor (<c>1.34</c>).</summary>
    public static string ForMinor(string template, string minor) => template.Replace("{minor}", minor, StringComparison.Ordinal);

    /// <summary>
    /// kubelet's, kubeadm's and kubectl's Debian version for a Kubernetes version: a pre-release's dash becomes a tilde
    /// (<c>1.36.0-rc.1</c> → <c>1.36.0~rc.1-1.1</c>), as the release tooling (krel) writes it so that it sorts before the release.
    /// </summary>
    public static string KubernetesPackageVersion(string kubernetesVersion) =>
        string.Create(CultureInfo.InvariantCulture, $"{kubernetesVersion.Replace('-', '~')}-{KubernetesPackageRevision}");

    /// <summary>The repository row a Kubernetes version installs from: the pre-release channel for an alpha, beta or rc.</summary>
    public static PinnedArtefact RepositoryFor(bool preRelease) => preRelease ? KubernetesPreReleaseRepository : KubernetesRepository;

    private static FrozenDictionary<string, string> Any(string value) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [PinnedArtefact.AnyArchitecture] = value }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> PerArchitecture(string amd64, string arm64) =>
        new Dictionary<string, string>(StringComparer.Ordinal) { ["amd64"] = amd64, ["arm64"] = arm64 }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The aws-iam-authenticator server every control-plane node runs as a static pod (it maps the workers' IAM role
    /// to <c>system:node:{{EC2PrivateDNSName}}</c>): upstream v0.7.18 as built by EKS Distro (release v1-34-eks-21, the newest its release notes list: docs/contents/releases/1-34/21 in github.com/aws/eks-distro).
    /// </summary>
    public const string AwsIamAuthenticatorImage = "public.ecr.aws/eks-distro/kubernetes-sigs/aws-iam-authenticator:v0.7.18-cvefix-eks-1-34-21";
}
