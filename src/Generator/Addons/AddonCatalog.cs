using System.Collections.Immutable;

namespace Kgen.Generator.Addons;

/// <summary>One file of an add-on's upstream release, fetched on the node by URL and checked against its SHA-256.</summary>
/// <param name="Path">The file's path in the upstream repository at the release tag.</param>
/// <param name="Sha256">The SHA-256 (lowercase hex) of the file's bytes at that tag.</param>
internal sealed record UpstreamFile(string Path, string Sha256)
{
    /// <summary>The file's name, as the node saves it beside kgen's kustomization.</summary>
    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];
}

/// <summary>
/// One pinned upstream release of an add-on: the repository and tag its manifests come from, the files kgen lists as
/// resources (never copied into kgen: the node downloads them from <see cref="Url"/>), and the image kgen sets.
/// </summary>
internal sealed record AddonRelease
{
    /// <summary>The upstream version kgen installs (the image tag).</summary>
    public required string Version { get; init; }

    /// <summary>The GitHub repository (<c>owner/name</c>) the manifests come from.</summary>
    public required string Repository { get; init; }

    /// <summary>The release tag the files are read at.</summary>
    public required string Tag { get; init; }

    /// <summary>The files, in the order upstream's own kustomization lists them.</summary>
    public required ImmutableArray<UpstreamFile> Files { get; init; }

    /// <summary>Upstream files the node downloads and checks beside <see cref="Files"/> that kgen's kustomization uses otherwise than as resources (patches, configurations).</summary>
    public ImmutableArray<UpstreamFile> SupportFiles { get; init; } = [];

    /// <summary>The image as upstream's manifests name it (what kgen's kustomization replaces).</summary>
    public required string ImageName { get; init; }

    /// <summary>The image kgen runs, without its tag (often the same as <see cref="ImageName"/>).</summary>
    public required string NewImageName { get; init; }

    /// <summary>The URL the node downloads a file from.</summary>
    public string Url(UpstreamFile f) => $"https://raw.githubusercontent.com/{Repository}/{Tag}/{f.Path}";
}

/// <summary>The add-ons kgen installs, in the order a control-plane node applies them.</summary>
internal enum AddonKind
{
    /// <summary>The AWS cloud controller manager: node addresses, zones and <c>providerID</c>, load balancers for Services, removing terminated nodes.</summary>
    CloudControllerManager,

    /// <summary>The Amazon EBS CSI driver and kgen's default StorageClass.</summary>
    EbsCsiDriver,

    /// <summary>metrics-server: the resource metrics API (<c>kubectl top</c>, HorizontalPodAutoscalers).</summary>
    MetricsServer,

    /// <summary>The cluster autoscaler: grows and shrinks the worker groups it discovers by their tags.</summary>
    ClusterAutoscaler,
    /// <summary>The AWS node termination handler in queue-processor mode: cordons and drains a node before AWS takes its instance away.</summary>
    NodeTerminationHandler,

    /// <summary>external-dns: Route 53 records in the cluster's hosted zone for its Services and Ingresses.</summary>
    ExternalDns,
    /// <summary>cert-manager: certificates from issuers (ACME, CA, self-signed), for workloads and other add-ons' webhooks.</summary>
    CertManager,

    /// <summary>The AWS Load Balancer Controller: ALBs for Ingresses, NLBs for Services of its class (its webhook's certificate from cert-manager).</summary>
    LoadBalancerController,
}

/// <summary>
/// The one table of cluster add-ons: for each, its name, the kops field that turns it on or off, and its upstream
/// releases with the SHA-256 of every file kgen lists. Where upstream ties its releases to Kubernetes' (the cloud
/// controller manager: one release per Kubernetes minor; metrics-server: a release per range of minors), the table
/// has a row per minor and <see cref="Release"/> picks the cluster's. Upgrading an add-on is changing its row here
/// (version, tag, digests: <c>git show TAG:PATH | sha256sum</c> in a clone of the repository) and re-pinning the
/// snapshots; the nodes re-apply only what changed.
/// </summary>
internal static class AddonCatalog
{
    /// <summary>The name of an add-on: its folder below <c>addons/</c> in the config store and in node logs.</summary>
    public static string Name(AddonKind kind) => kind switch
    {
        AddonKind.CloudControllerManager => "aws-cloud-controller-manager",
        AddonKind.EbsCsiDriver => "aws-ebs-csi-driver",
        AddonKind.ClusterAutoscaler => "cluster-autoscaler",
        AddonKind.NodeTerminationHandler => "aws-node-termination-handler",
        AddonKind.ExternalDns => "external-dns",
        AddonKind.CertManager => "cert-manager",
        AddonKind.LoadBalancerController => "aws-load-balancer-controller",
        _ => "metrics-server",
    };

    /// <summary>The kops field that turns the add-on on or off (or, for the CCM, configures it: kops always runs it on AWS).</summary>
    public static string KopsField(AddonKind kind) => kind switch
    {
        AddonKind.CloudControllerManager => "spec.cloudControllerManager",
        AddonKind.EbsCsiDriver => "spec.cloudConfig.awsEBSCSIDriver.enabled",
        AddonKind.ClusterAutoscaler => "spec.clusterAutoscaler.enabled",
        AddonKind.NodeTerminationHandler => "spec.nodeTerminationHandler.enabled",
        AddonKind.ExternalDns => "spec.externalDns.provider",
        AddonKind.CertManager => "spec.certManager.enabled",
        AddonKind.LoadBalancerController => "spec.awsLoadBalancerController.enabled",
        _ => "spec.metricsServer.enabled",
    };

    /// <summary>Every add-on, in dependency order: the CCM first (it initializes nodes, whose taint keeps other pods off), then storage, then metrics, then the autoscaler and the node termination handler, then cert-manager, then the load balancer controller (its Certificate needs cert-manager's CRDs and webhook: until that webhook serves, the runner's apply of the controller fails and is tried again on its next run, a minute later), then external-dns (it publishes the load balancers the CCM and the load balancer controller make).</summary>
    public static ImmutableArray<AddonKind> InOrder { get; } = [AddonKind.CloudControllerManager, AddonKind.EbsCsiDriver, AddonKind.MetricsServer, AddonKind.ClusterAutoscaler, AddonKind.NodeTerminationHandler, AddonKind.CertManager, AddonKind.LoadBalancerController, AddonKind.ExternalDns];

    /// <summary>The release of an add-on for a Kubernetes version (<c>1.34.2</c>).</summary>
    public static AddonRelease Release(AddonKind kind, string kubernetesVersion)
    {
        var minor = int.Parse(kubernetesVersion.Split('.')[1], System.Globalization.CultureInfo.InvariantCulture);
        return kind switch
        {
            AddonKind.CloudControllerManager => CloudControllerManager[Math.Clamp(minor, CloudControllerManager.Keys.First(), CloudControllerManager.Keys.Last())],
            AddonKind.EbsCsiDriver => EbsCsiDriver,
            AddonKind.ClusterAutoscaler => ClusterAutoscaler[Math.Clamp(minor, ClusterAutoscaler.Keys.First(), ClusterAutoscaler.Keys.Last())],
            AddonKind.NodeTerminationHandler => NodeTerminationHandler,
            AddonKind.ExternalDns => ExternalDns,
            AddonKind.CertManager => CertManager,
            AddonKind.LoadBalancerController => LoadBalancerController,
            _ => MetricsServer.LastOrDefault(m => minor >= m.MinMinor, MetricsServer[0]).Release,
        };
    }

    /// <summary>
    /// The cloud controller manager, one release per Kubernetes minor (the newest patch of each; upstream's
    /// <c>examples/existing-cluster/base</c>, the same bytes at every one of these tags). A minor newer than the
    /// table's newest gets the newest, an older one the oldest.
    /// </summary>
    public static ImmutableSortedDictionary<int, AddonRelease> CloudControllerManager { get; } = new[]
    {
        (29, "v1.29.10"), (30, "v1.30.10"), (31, "v1.31.9"), (32, "v1.32.8"), (33, "v1.33.4"), (34, "v1.34.3"), (35, "v1.35.2"), (36, "v1.36.1"),
    }.ToImmutableSortedDictionary(p => p.Item1, p => new AddonRelease
    {
        Version = p.Item2,
        Repository = "kubernetes/cloud-provider-aws",
        Tag = p.Item2,
        Files = CcmFiles,
        ImageName = "registry.k8s.io/provider-aws/cloud-controller-manager",
        NewImageName = "registry.k8s.io/provider-aws/cloud-controller-manager",
    });

    private static ImmutableArray<UpstreamFile> CcmFiles =>
    [
        new("examples/existing-cluster/base/apiserver-authentication-reader-role-binding.yaml", "7b1c43110064ac43717358c85d2308981d6606ccad18d02c1708106a205e56dc"),
        new("examples/existing-cluster/base/aws-cloud-controller-manager-daemonset.yaml", "c7182ccf876dabee51a5e0f7155c667089a9a664536e4c2a33ac06ea8ce4c65e"),
        new("examples/existing-cluster/base/cluster-role-binding.yaml", "94257525a59ad9e171bb1ecfdc35e282ae75021425d4c0c719933ba0024a0949"),
        new("examples/existing-cluster/base/cluster-role.yaml", "5d68da38f2f4e586e88be18dab44a55dcf4d245de670b5b23c80991b13196cdb"),
        new("examples/existing-cluster/base/service-account.yaml", "bc55f6b9af0c43fb357a7fad7875945b628e5d85dc056a39cb4ac22c4e68ad94"),
    ];

    /// <summary>
    /// The EBS CSI driver, <c>deploy/kubernetes/base</c> at v1.64.0 (the Linux node; not the Windows one). Upstream
    /// bumps the driver's image in those files only after tagging, so the files at the tag name the previous driver
    /// image; kgen sets the tag's own (as upstream's release commit does) and keeps the sidecars as the tag has them.
    /// </summary>
    public static AddonRelease EbsCsiDriver { get; } = new()
    {
        Version = "v1.64.0",
        Repository = "kubernetes-sigs/aws-ebs-csi-driver",
        Tag = "v1.64.0",
        Files =
        [
            new("deploy/kubernetes/base/clusterrole-attacher.yaml", "cc797a6977f410150650751421bef2d3ee14da31b18b69d7333f8ab24a543a7b"),
            new("deploy/kubernetes/base/clusterrole-csi-node.yaml", "85d21ca300c274783fe56dddb79bca80a85e9418318cfd4eedd97e97a078ec1d"),
            new("deploy/kubernetes/base/clusterrole-provisioner.yaml", "5dbf3b7db5e96f175292c1ae17b46acf2d213060ca6ebe6d6acd54cc998db8d2"),
            new("deploy/kubernetes/base/clusterrole-resizer.yaml", "935fc2d6ebb30ee7f7d98d62571cd99149ceed0460d24a510a7307765b48adc6"),
            new("deploy/kubernetes/base/clusterrole-snapshotter.yaml", "6dd5427072a7f45d302acc24c567b48542d8685dc5a374b94de3362feeaf0433"),
            new("deploy/kubernetes/base/clusterrolebinding-attacher.yaml", "99046c555443bc910376d7bd0aeb0334ec07932fc3fffe2b1c2029fead344d19"),
            new("deploy/kubernetes/base/clusterrolebinding-csi-node.yaml", "1fe7f0b32896c1b57d87db7f08b438db6e4c932e0068d047bb6c7743f4269346"),
            new("deploy/kubernetes/base/clusterrolebinding-provisioner.yaml", "65f664cf6417f40c45398bac91a6bdd02b56472dd43f8aa06c128c3e47127ea0"),
            new("deploy/kubernetes/base/clusterrolebinding-resizer.yaml", "db66c955a3b01a2577fae28449ba9d855e0bf9d044020275e1b6b5f93652c494"),
            new("deploy/kubernetes/base/clusterrolebinding-snapshotter.yaml", "5b5a7a50004d8fb6a4d62d4157e6ce96706f3e573a76ad16cb25cdbc35a047a2"),
            new("deploy/kubernetes/base/controller.yaml", "b72f46c22f1a45c5aa1c2c6a7a888d96be83267bd768da6b7b74102812f6b9d6"),
            new("deploy/kubernetes/base/csidriver.yaml", "cda3a71ee5a2c6f5eccc1786aac99b9c0b406545b257d7959d1c85945f3dcd38"),
            new("deploy/kubernetes/base/node.yaml", "3ab3cc815384202eb5bf8331d8f1dc8bf7f20b94ff3e32aef59f6e08a0ea78d7"),
            new("deploy/kubernetes/base/poddisruptionbudget-controller.yaml", "9dc4fbc0d6214954b90ee2e4a82082441ab1c5e6d3de8afb499f21c40fa04944"),
            new("deploy/kubernetes/base/serviceaccount-csi-controller.yaml", "220692a597e986673ac099f659e7e52b1a98a4642e18322ec2f58a0fd9cbd6c4"),
            new("deploy/kubernetes/base/serviceaccount-csi-node.yaml", "c7df4a9e08ac7218576ee38fa913ea8b5cbd8b3309aab55232385d42f530a9a0"),
            new("deploy/kubernetes/base/role-leases.yaml", "671eda0f174b82d53cfe1464f06a06323d559c61cceb4d18e705beabb6a00a0d"),
            new("deploy/kubernetes/base/rolebinding-leases.yaml", "a1c17a9fc63e46fdc54d5b4c18d0f0eade95e8f7e213322ba9164ef4c0c37f3b"),
        ],
        ImageName = "public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver",
        NewImageName = "public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver",
    };

    /// <summary>
    /// metrics-server's <c>manifests/base</c>, by the oldest Kubernetes minor each release supports (upstream's
    /// compatibility matrix: 0.9 for 1.34+, 0.8 for 1.31+, 0.7 for 1.27+); the image as upstream's release component
    /// sets it.
    /// </summary>
    public static ImmutableArray<(int MinMinor, AddonRelease Release)> MetricsServer { get; } =
    [
        (27, MetricsServerRelease("v0.7.2", "edc364d4570b528cb0910ffcd94d7820b4786d38d0d0eb3da0e443af42581d1e")),
        (31, MetricsServerRelease("v0.8.1", "1ce19a57f4769906255c3410a38a01fb0f803e21976ce160f506a90638cbb5c7")),
        (34, MetricsServerRelease("v0.9.0", "1ce19a57f4769906255c3410a38a01fb0f803e21976ce160f506a90638cbb5c7")),
    ];

    private static AddonRelease MetricsServerRelease(string tag, string serviceSha256) => new()
    {
        Version = tag,
        Repository = "kubernetes-sigs/metrics-server",
        Tag = tag,
        Files =
        [
            new("manifests/base/apiservice.yaml", "03266df7891b56dfffebb855a031b524ed20c6736846417ccd491dd91c6c0ec3"),
            new("manifests/base/deployment.yaml", "18970227f17d0c6cb8e7a4a1cdde847117703afd3b0777badf8a006cfea252c2"),
            new("manifests/base/rbac.yaml", "510be174d47ae7d05ae6908ccb7ca7111008f18b5d1a920ebc6de6582c23b854"),
            new("manifests/base/service.yaml", serviceSha256),
        ],
        ImageName = "gcr.io/k8s-staging-metrics-server/metrics-server",
        NewImageName = "registry.k8s.io/metrics-server/metrics-server",
    };

    /// <summary>
    /// The cluster autoscaler, one release per Kubernetes minor as upstream pairs them (the newest patch of each
    /// <c>cluster-autoscaler-1.NN</c> line): upstream's AWS example <c>cluster-autoscaler-autodiscover.yaml</c> at the
    /// release's tag, whose Deployment kgen patches (its image names an older release: kgen sets the tag's own). A
    /// minor newer than the table's newest gets the newest, an older one the oldest.
    /// </summary>
    public static ImmutableSortedDictionary<int, AddonRelease> ClusterAutoscaler { get; } = new[]
    {
        (29, "1.29.5", "73f117865ad035220e7b7bd831da811b3a000ee0c41a043ab049cb8fe8f1deb0"),
        (30, "1.30.7", "73f117865ad035220e7b7bd831da811b3a000ee0c41a043ab049cb8fe8f1deb0"),
        (31, "1.31.5", "73f117865ad035220e7b7bd831da811b3a000ee0c41a043ab049cb8fe8f1deb0"),
        (32, "1.32.7", "73f117865ad035220e7b7bd831da811b3a000ee0c41a043ab049cb8fe8f1deb0"),
        (33, "1.33.6", "b81b2a3c9b05f142caca63b50015145c85cf272e5a660b38ff804bde416d2e38"),
        (34, "1.34.5", "b81b2a3c9b05f142caca63b50015145c85cf272e5a660b38ff804bde416d2e38"),
        (35, "1.35.2", "b81b2a3c9b05f142caca63b50015145c85cf272e5a660b38ff804bde416d2e38"),
        (36, "1.36.1", "357304da40c08c425ed13a48cfe4d50f666c260675ba6eccd383620d588ac787"),
    }.ToImmutableSortedDictionary(p => p.Item1, p => new AddonRelease
    {
        Version = "v" + p.Item2,
        Repository = "kubernetes/autoscaler",
        Tag = "cluster-autoscaler-" + p.Item2,
        Files = [new("cluster-autoscaler/cloudprovider/aws/examples/cluster-autoscaler-autodiscover.yaml", p.Item3)],
        ImageName = "registry.k8s.io/autoscaling/cluster-autoscaler",
        NewImageName = "registry.k8s.io/autoscaling/cluster-autoscaler",
    });

    /// <summary>
    /// The AWS node termination handler v1.25.6 (Helm chart 0.27.6). Upstream publishes its plain manifests only as
    /// release assets (<c>all-resources-queue-processor.yaml</c>, rendered by <c>helm template</c> in its release job);
    /// its git tree holds only the Helm chart's templates, which kustomize cannot read. So kgen lists no upstream file:
    /// it renders the chart's queue-processor objects itself (<see cref="AddonBuilder"/>: service account, cluster role
    /// and binding as the chart's templates have them at this tag, and the Deployment) and pins upstream's released image
    /// by its tag, the chart's <c>appVersion</c>.
    /// </summary>
    public static AddonRelease NodeTerminationHandler { get; } = new()
    {
        Version = "v1.25.6",
        Repository = "aws/aws-node-termination-handler",
        Tag = "v1.25.6",
        Files = [],
        ImageName = "public.ecr.aws/aws-ec2/aws-node-termination-handler",
        NewImageName = "public.ecr.aws/aws-ec2/aws-node-termination-handler",
    };

    /// <summary>
    /// external-dns v0.22.0: upstream's <c>kustomize/</c> at the tag (its Deployment, service account, cluster role and
    /// binding). Upstream bumps the image in that kustomization only after tagging (at v0.22.0 it still names v0.21.0),
    /// so kgen sets the tag's own image, as the release's published image is.
    /// </summary>
    public static AddonRelease ExternalDns { get; } = new()
    {
        Version = "v0.22.0",
        Repository = "kubernetes-sigs/external-dns",
        Tag = "v0.22.0",
        Files =
        [
            new("kustomize/external-dns-deployment.yaml", "ad9f94d059478cf9b3ca945737323b14fb5288195062ab866d1ff8a9f394898a"),
            new("kustomize/external-dns-serviceaccount.yaml", "a0daf3d8a90132d50ad8151c98a9edb5811677481adf3dd28916aaf9581f0af7"),
            new("kustomize/external-dns-clusterrole.yaml", "66bdbcb9e55501891b20633cb9c01d930e32e3df3823a98601a63bb4232224bb"),
            new("kustomize/external-dns-clusterrolebinding.yaml", "9741c2cbb929c2048848493ae985dba064a78eeef92e7e6b9b033faa2c8361e7"),
        ],
        ImageName = "registry.k8s.io/external-dns/external-dns",
        NewImageName = "registry.k8s.io/external-dns/external-dns",
    };

    /// <summary>
    /// cert-manager v1.19.6 (the newest patch of the line kops installs). Upstream publishes its plain manifest
    /// (<c>cert-manager.yaml</c>) only as a release asset rendered by <c>helm template</c>; its git tree holds the Helm
    /// chart's templates, which kustomize cannot read, and the CustomResourceDefinitions as plain files in
    /// <c>deploy/crds/</c>, from which the chart's CRD templates are generated (at this tag their <c>spec</c>s are
    /// identical; the chart adds only labels and Helm's keep annotation). So kgen lists those six CRD files, pinned by
    /// SHA-256, and renders the rest itself (<see cref="AddonBuilder"/>: service accounts, RBAC, services, the three
    /// Deployments and the two webhook configurations, as the chart renders them at this tag with kops' values: in
    /// <c>kube-system</c>, on the control-plane nodes), naming upstream's released images by this tag.
    /// </summary>
    public static AddonRelease CertManager { get; } = new()
    {
        Version = "v1.19.6",
        Repository = "cert-manager/cert-manager",
        Tag = "v1.19.6",
        Files =
        [
            new("deploy/crds/acme.cert-manager.io_challenges.yaml", "a320befd28a42a5652da888ee7f8f87b35ac79e35e075e63721787b9769d3354"),
            new("deploy/crds/acme.cert-manager.io_orders.yaml", "04d683cb98ab2785dcc85339d4fcf501b1e50dc6fd9d425bebbb580b5219324b"),
            new("deploy/crds/cert-manager.io_certificaterequests.yaml", "f1faff122ec19793214ecab644f39f47294f60ca4d9fca0534a8f17b305dd2f7"),
            new("deploy/crds/cert-manager.io_certificates.yaml", "7c99af3441710ffb4c0988c87a36a1448b293d4c99bf4e5ca8d3adbfc1f63b3e"),
            new("deploy/crds/cert-manager.io_clusterissuers.yaml", "7b929b8243d61dc87485143217a885325e1810c1d84fa56cfabe9881e9320f32"),
            new("deploy/crds/cert-manager.io_issuers.yaml", "a87e29d572d56f94fcb39812b29bcb94b9f757519b53eaa7c71b9c43b9bd67b5"),
        ],
        ImageName = "quay.io/jetstack/cert-manager-controller",
        NewImageName = "quay.io/jetstack/cert-manager-controller",
    };

    /// <summary>
    /// The AWS Load Balancer Controller v3.5.0: upstream's kustomize tree (<c>config/</c>) at the tag, the leaf files its
    /// <c>config/default</c> overlay assembles (CRDs, RBAC, the controller, the webhooks and their Service, the
    /// strategic-merge patches and the webhooks' name-reference configuration), each pinned by SHA-256. kgen's
    /// kustomization does what the overlay's own kustomizations do (namespace kube-system, the
    /// <c>aws-load-balancer-</c> prefix, the name label, the image) except its <c>vars</c>, which Kustomize deprecates:
    /// kgen writes the webhook's self-signed Issuer and Certificate with their final names instead of upstream's
    /// <c>certmanager/certificate.yaml</c>, and the webhooks' CA-injection annotation as a patch.
    /// </summary>
    public static AddonRelease LoadBalancerController { get; } = new()
    {
        Version = Model.Defaults.AddonDefaults.LoadBalancerControllerVersion,
        Repository = "kubernetes-sigs/aws-load-balancer-controller",
        Tag = Model.Defaults.AddonDefaults.LoadBalancerControllerVersion,
        Files =
        [
            new("config/crd/bases/elbv2.k8s.aws_targetgroupbindings.yaml", "0efbdd3d88d29abbdd6feb2c1329dceb5e1b7788644f2d9b0be9158589a98432"),
            new("config/crd/bases/elbv2.k8s.aws_ingressclassparams.yaml", "ecc9a6272f05b23da799e8c62f2ace623ca7b061e9808fdee50d1ab15dfbd825"),
            new("config/crd/bases/elbv2.k8s.aws_albtargetcontrolconfigs.yaml", "9f78853c37088c1533f4a90c01fd878c0b65ec6d6905434f727cad903fef390f"),
            new("config/crd/aga/aga-crds.yaml", "305d35cf4c8d28d230aee9e1366804f9b1ec9f7753d78ec8659a3edbf94b120b"),
            new("config/rbac/role.yaml", "3df822701235cb6722842a55290852d7a695b0ea09bbbd8f5c9512329d914ab4"),
            new("config/rbac/role_binding.yaml", "ec577ebbedc651b75de7ea4e96c7b302a10a2a1849fac80d17a6ca0242ce16a4"),
            new("config/rbac/leader_election_role.yaml", "929f94bb8084ca5887747c9172e3f73268e3d89be3690e7176b009f488746582"),
            new("config/rbac/leader_election_role_binding.yaml", "2dd6f5dfc3d6e9ce01a6113c773e9804114f11be82471af56e3a7eedb53bed10"),
            new("config/controller/controller.yaml", "53aac0ed4a159d2e0309d8c0d6737256d892e05c441b635999a1cf97a38faba9"),
            new("config/webhook/manifests.yaml", "f47fa060a825492c7ac79bf8651fff00062183311b075a16f69e65f7df094f88"),
            new("config/webhook/service.yaml", "16ea63359c01c8030360d3d7527b76c18a45c2aeb6abff3466390c5b4732996b"),
        ],
        // Used as they are, not as resources: the strategic-merge patches upstream's overlays apply, and the webhooks'
        // name-reference and namespace configuration (configurations:).
        SupportFiles =
        [
            new("config/controller/iam_for_sa_patch.yaml", "6af0f849f4593842d597cbbac8e5fafb5b8f57af523fbd74084b725a9243f171"),
            new("config/controller/security_context_patch.yaml", "7d64690d39bf760caad8ca69a894ddf63b8cdce37c65bdea9a048f4652bebf77"),
            new("config/default/controller_webhook_patch.yaml", "df21e194a1dada440e72cbe59a03369995c9080699af20ac83e5d80bba0e34ee"),
            new("config/webhook/pod_mutator_patch.yaml", "4d9a532dd5368612c21255d8618a05e61b49e7ce0bd9ad2146bb6fe824739931"),
            new("config/webhook/service_mutator_patch.yaml", "60bbd78ca6dfcf016d117b0e0bf83d58c219298089b4c0a3271ebbfdc95d2978"),
            new("config/webhook/ingressclassparams_validator_patch.yaml", "1273c7c445f6681907cef02239f76a2ea5049a546c2901c16e6b60c29f13bbde"),
            new("config/webhook/globalaccelerator_validator_patch.yaml", "4f10612f944cb8ac176aa593c5a7f2f6d25cd831c32aba96e987d39f5fdf1ec8"),
            new("config/webhook/kustomizeconfig.yaml", "7e34cf93ab1bc55575485fe10fd146193148573874f0e22c1457364828f53442"),
        ],
        ImageName = "controller",
        NewImageName = "public.ecr.aws/eks/aws-load-balancer-controller",
    };
}
