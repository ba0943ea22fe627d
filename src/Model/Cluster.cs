using System.Collections.Immutable;
using System.Net;

namespace Kgen.Model;

/// <summary>Kind of subnet.</summary>
internal enum SubnetType
{
    /// <summary>Instances get public IPs; routes to the internet gateway.</summary>
    Public,

    /// <summary>No public IPs; routes to a NAT gateway.</summary>
    Private,

    /// <summary>Public subnet for load balancers, NAT gateways and bastions in a private topology.</summary>
    Utility,
}

/// <summary>What an instance group's machines do.</summary>
internal enum InstanceGroupRole
{
    /// <summary>Kubernetes control plane and etcd (kops: <c>Master</c>).</summary>
    ControlPlane,

    /// <summary>Kubernetes worker.</summary>
    Node,

    /// <summary>SSH jump host.</summary>
    Bastion,
}

/// <summary>Whether a load balancer faces the internet.</summary>
internal enum LoadBalancerType
{
    /// <summary>Internet-facing.</summary>
    Public,

    /// <summary>Reachable only from inside the VPC (and peered networks).</summary>
    Internal,
}

/// <summary>Load balancer product.</summary>
internal enum LoadBalancerClass
{
    /// <summary>Network Load Balancer (default).</summary>
    Network,

    /// <summary>Classic Load Balancer.</summary>
    Classic,
}

/// <summary>How the cluster publishes DNS names.</summary>
internal enum DnsType
{
    /// <summary>Records in a public hosted zone.</summary>
    Public,

    /// <summary>Records in a private hosted zone.</summary>
    Private,

    /// <summary>No hosted zone of the operator's; kgen keeps a private zone of the cluster's own for internal names.</summary>
    None,
}

/// <summary>The pod network.</summary>
internal enum CniKind
{
    /// <summary>Flannel.</summary>
    Flannel,

    /// <summary>Calico (IP-in-IP).</summary>
    Calico,

    /// <summary>Cilium (VXLAN).</summary>
    Cilium,

    /// <summary>A CNI the operator installs (kops' <c>cni: {}</c>).</summary>
    External,

    /// <summary>The Amazon VPC CNI (kops' <c>amazonvpc</c>): pods take secondary addresses of the nodes' subnets, no overlay.</summary>
    AmazonVpc,
}

/// <summary>A complete, defaulted and validated cluster: nothing downstream invents a default.</summary>
internal sealed record Cluster
{
    /// <summary>The cluster name (a DNS name; <c>.k8s.local</c> means no public DNS).</summary>
    public required string Name { get; init; }

    /// <summary>Kubernetes version without the leading v, e.g. <c>1.34.2</c>, or a pre-release such as <c>1.36.0-rc.1</c>.</summary>
    public required string KubernetesVersion { get; init; }

    /// <summary>
    /// Whether kgen publishes the API's public name in the operator's zone (<c>dnsZone</c>): only when the name is
    /// inside it. kops lets <c>masterPublicName</c> lie outside the zone; then the operator points the name at the API
    /// load balancer's DNS name (an output) themselves, and the certificate and kubeconfig keep the name.
    /// </summary>
    public bool PublishesApiPublicName => Dns.Holds(Api.PublicName) && Api.PublicName != Api.InternalName;

    /// <summary>
    /// Whether the internal API name (<c>api.internal.&lt;cluster&gt;</c>) goes into the operator's zone; else kgen keeps a
    /// private hosted zone of the cluster's own name for it (no zone, or a zone the cluster's name is not inside).
    /// </summary>
    public bool InternalNameInOperatorZone => Dns.Holds(Api.InternalName);

    /// <summary>Whether <see cref="KubernetesVersion"/> is an alpha, beta or release candidate (pkgs.k8s.io's pre-release channel).</summary>
    public bool KubernetesPreRelease => KubernetesVersion.Contains('-', StringComparison.Ordinal);

    /// <summary>The AWS region, derived from the zones.</summary>
    public required string Region { get; init; }

    /// <summary>Where the cluster's configuration and secrets live.</summary>
    public required string ConfigBase { get; init; }

    /// <summary>
    /// The ARN of the customer-managed KMS key that encrypts the secrets in an S3 config store (SSE-KMS), or null:
    /// then only IAM and the bucket's own settings protect them.
    /// </summary>
    public string? ConfigStoreKmsKey { get; init; }

    /// <summary>The network: VPC, subnets, pod and service ranges.</summary>
    public required ClusterNetwork Network { get; init; }

    /// <summary>How the API is exposed.</summary>
    public required ApiEndpoint Api { get; init; }

    /// <summary>DNS settings.</summary>
    public required ClusterDns Dns { get; init; }

    /// <summary>Who may reach what from outside.</summary>
    public required AccessRules Access { get; init; }

    /// <summary>SSH key: an existing key pair, a public key to import, or none.</summary>
    public required SshKey Ssh { get; init; }

    /// <summary>The CNI.</summary>
    public required Networking Networking { get; init; }

    /// <summary>etcd clusters (main, events).</summary>
    public required ImmutableArray<EtcdCluster> EtcdClusters { get; init; }

    /// <summary>IAM options.</summary>
    public required IamOptions Iam { get; init; }

    /// <summary>Kubelet options.</summary>
    public required KubeletOptions Kubelet { get; init; }

    /// <summary>The API server's, controller manager's, scheduler's and kube-proxy's settings (kubeadm clusters).</summary>
    public ControlPlaneComponents Components { get; init; } = Defaults.ComponentDefaults.Standard(CniKind.External);

    /// <summary>The cluster add-ons kgen installs and their settings (kubeadm clusters).</summary>
    public AddonOptions Addons { get; init; } = AddonOptions.Standard(string.Empty);

    /// <summary>The service-account issuer published for AWS (<c>spec.serviceAccountIssuerDiscovery</c>), or null: kubeadm's own issuer only.</summary>
    public ServiceAccountIssuer? ServiceAccountIssuer { get; init; }

    /// <summary>Whether service accounts get IAM roles (IRSA): the issuer's OIDC provider exists and the spec asks for the add-ons' roles.</summary>
    public bool AddonRoles => Iam.UseServiceAccountExternalPermissions && ServiceAccountIssuer is { AwsOidcProvider: true };

    /// <summary>The bastion's load balancer settings (used when a bastion group exists).</summary>
    public required BastionOptions Bastion { get; init; }

    /// <summary>Tags for every resource, sorted by key.</summary>
    public required ImmutableSortedDictionary<string, string> CloudLabels { get; init; }

    /// <summary>containerd's registry mirrors: per registry host (<c>*</c>: every registry), the mirror URLs in order.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> RegistryMirrors { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The instance groups, sorted by name.</summary>
    public required ImmutableArray<InstanceGroup> InstanceGroups { get; init; }

    /// <summary>The EKS control plane, add-ons and access, when EKS runs the control plane (an eksctl ClusterConfig); null for kubeadm.</summary>
    public EksOptions? Eks { get; init; }

    /// <summary>Who runs the control plane.</summary>
    public ControlPlaneTopology Topology => Eks is null ? ControlPlaneTopology.Kubeadm : ControlPlaneTopology.EksManaged;

    /// <summary>The AWS partition of the region (aws, aws-cn, aws-us-gov), for ARNs and service principals.</summary>
    public string Partition => Region switch
    {
        var r when r.StartsWith("cn-", StringComparison.Ordinal) => "aws-cn",
        var r when r.StartsWith("us-gov-", StringComparison.Ordinal) => "aws-us-gov",
        _ => "aws",
    };

    /// <summary>The control-plane groups, in name order.</summary>
    public IEnumerable<InstanceGroup> ControlPlaneGroups => InstanceGroups.Where(g => g.Role == InstanceGroupRole.ControlPlane);
}

/// <summary>VPC, subnets and Kubernetes address ranges.</summary>
internal sealed record ClusterNetwork
{
    /// <summary>The VPC CIDR; for an existing VPC it may be unknown (null).</summary>
    public required Cidr? VpcCidr { get; init; }

    /// <summary>Set when the cluster uses an existing VPC.</summary>
    public required string? ExistingVpcId { get; init; }

    /// <summary>The subnets, in spec order.</summary>
    public required ImmutableArray<Subnet> Subnets { get; init; }

    /// <summary>The pod CIDR.</summary>
    public required Cidr PodCidr { get; init; }

    /// <summary>The service CIDR.</summary>
    public required Cidr ServiceCidr { get; init; }

    /// <summary>The range that is not masqueraded.</summary>
    public required Cidr NonMasqueradeCidr { get; init; }

    /// <summary>Whether one NAT gateway (in the first zone) serves the private subnets of every zone, rather than one per zone (eksctl's <c>nat.gateway: Single</c>).</summary>
    public bool SingleNatGateway { get; init; }
}

/// <summary>A subnet of the cluster.</summary>
internal sealed record Subnet
{
    /// <summary>Name, unique in the cluster.</summary>
    public required string Name { get; init; }

    /// <summary>Availability zone; may be unknown for an existing subnet.</summary>
    public required string? Zone { get; init; }

    /// <summary>IPv4 CIDR; may be unknown for an existing subnet.</summary>
    public required Cidr? Cidr { get; init; }

    /// <summary>Kind.</summary>
    public required SubnetType Type { get; init; }

    /// <summary>Set for an existing subnet that kgen does not create.</summary>
    public required string? ExistingId { get; init; }

    /// <summary>An existing NAT gateway for a private subnet, or <c>External</c> for egress managed elsewhere.</summary>
    public required string? Egress { get; init; }

    /// <summary>Whether this subnet exists already (kgen tags it and does not create it).</summary>
    public bool IsShared => ExistingId is not null;

    /// <summary>Whether instances here reach the internet through the internet gateway.</summary>
    public bool IsPublic => Type is SubnetType.Public or SubnetType.Utility;
}

/// <summary>How the Kubernetes API is reached.</summary>
internal sealed record ApiEndpoint
{
    /// <summary>Internet-facing or internal.</summary>
    public required LoadBalancerType Type { get; init; }

    /// <summary>Network (default) or Classic.</summary>
    public required LoadBalancerClass Class { get; init; }

    /// <summary>The public DNS name (<c>api.&lt;cluster&gt;</c>).</summary>
    public required string PublicName { get; init; }

    /// <summary>The name nodes use (<c>api.internal.&lt;cluster&gt;</c>), always resolvable inside the VPC.</summary>
    public required string InternalName { get; init; }

    /// <summary>Cross-zone load balancing.</summary>
    public required bool CrossZone { get; init; }

    /// <summary>Extra security groups on the load balancer.</summary>
    public required ImmutableArray<string> AdditionalSecurityGroups { get; init; }

    /// <summary>
    /// An existing security group (<c>sg-…</c>) used instead of the one kgen makes for the API load balancer (kops'
    /// <c>securityGroupOverride</c>): kgen adds its rules to it, as kops does; rules the operator keeps there are theirs.
    /// </summary>
    public string? SecurityGroupOverride { get; init; }

    /// <summary>
    /// Whether the API has an internet-facing load balancer besides the internal one every cluster has: the
    /// nodes' own traffic stays inside the VPC, where the internet-facing one's security group never sees
    /// their private addresses (their packets leave through the NAT or their public IPs).
    /// </summary>
    public bool HasPublicLoadBalancer => Type == LoadBalancerType.Public;

    /// <summary>The port the API server listens on, on each control-plane node.</summary>
    public const int ServerPort = 6443;

    /// <summary>The port the load balancer listens on.</summary>
    public const int ListenerPort = 443;
}

/// <summary>DNS settings.</summary>
internal sealed record ClusterDns
{
    /// <summary>Public, Private, or None (gossip-style names).</summary>
    public required DnsType Type { get; init; }

    /// <summary>The operator's hosted zone (name or id), when records are published into one.</summary>
    public required string? Zone { get; init; }

    /// <summary>Whether <see cref="Zone"/> is a hosted-zone id rather than a name.</summary>
    public bool ZoneIsId => Zone is { } z && z.StartsWith('Z') && !z.Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// Whether a record for <paramref name="name"/> can be published in <see cref="Zone"/>: the name is the zone's or
    /// under it (Route 53 refuses any other). A zone given by id is taken to hold it (its name is unknown until apply).
    /// </summary>
    public bool Holds(string name)
    {
        if (Zone is not { } z)
        {
            return false;
        }

        var zone = z.TrimEnd('.');
        return ZoneIsId || name == zone || name.EndsWith("." + zone, StringComparison.Ordinal);
    }
}

/// <summary>CIDR lists that open the cluster to the outside (IPv4 or IPv6, in canonical form: <c>ToString()</c> is the text as written).</summary>
internal sealed record AccessRules
{
    /// <summary>May SSH (to the bastion load balancer if there is one, else to the nodes).</summary>
    public required ImmutableArray<IPNetwork> Ssh { get; init; }

    /// <summary>May reach the API load balancer.</summary>
    public required ImmutableArray<IPNetwork> KubernetesApi { get; init; }

    /// <summary>May reach NodePort services.</summary>
    public required ImmutableArray<IPNetwork> NodePort { get; init; }
}

/// <summary>The SSH key of the cluster's machines.</summary>
internal sealed record SshKey
{
    /// <summary>An existing key pair's name; when set no key pair is created.</summary>
    public string? ExistingName { get; init; }

    /// <summary>An OpenSSH public key to import as a key pair.</summary>
    public string? PublicKey { get; init; }

    /// <summary>No key at all (SSM Session Manager or nothing).</summary>
    public static SshKey None { get; } = new();
}

/// <summary>The pod network.</summary>
/// <param name="Kind">Which CNI.</param>
/// <param name="FlannelBackend">Flannel's backend (<c>vxlan</c> or <c>udp</c>), when Kind is Flannel.</param>
internal sealed record Networking(CniKind Kind, string? FlannelBackend)
{
    /// <summary>The Amazon VPC CNI's environment settings the spec gives (<c>networking.amazonvpc.env</c>), in spec order; empty otherwise.</summary>
    public ImmutableArray<CniEnvVar> AmazonVpcEnv { get; init; } = [];

    /// <summary>The warning that this CNI stands in for the kops CNI the spec named (kopeio → flannel's VXLAN); null when it is the one named.</summary>
    public Diagnostic? MappedFrom { get; init; }

    /// <summary>The CNI's name as the user-data and messages spell it (<c>amazonvpc</c>, <c>flannel</c>, …).</summary>
    public string Name => Kind.ToString().ToLowerInvariant();
}

/// <summary>One environment variable of the Amazon VPC CNI's <c>aws-node</c> container.</summary>
/// <param name="Name">The variable.</param>
/// <param name="Value">Its value.</param>
internal sealed record CniEnvVar(string Name, string Value);

/// <summary>An etcd cluster.</summary>
/// <param name="Name">main, events, or (with cilium networking) kops' cilium.</param>
/// <param name="Members">One member per control-plane group.</param>
internal sealed record EtcdCluster(string Name, ImmutableArray<EtcdMember> Members)
{
    /// <summary>The etcd cluster kops runs for cilium's key-value store (kops' <c>networking.cilium.etcdManaged</c>).</summary>
    public const string Cilium = "cilium";

    /// <summary>
    /// Whether kgen runs this cluster on volumes of its own: main only. kubeadm's stacked etcd keeps events
    /// in main, so an <c>events</c> cluster of a kops spec gets no volumes (and a warning); so does kops'
    /// <c>cilium</c> cluster, since the cilium kgen installs keeps its state in Kubernetes resources.
    /// </summary>
    public bool Runs => Name == "main";

    /// <summary>Why kgen runs no etcd of this name (for the warning), or null when it runs it.</summary>
    public string? NotRunReason => Name switch
    {
        "main" => null,
        Cilium => "the cilium kgen installs keeps its state in Kubernetes resources (CRDs), not in an etcd of its own",
        _ => "kubeadm's stacked etcd keeps events in main, which kgen snapshots",
    };

    /// <summary>The snapshot schedule (interval, retention).</summary>
    public EtcdBackups Backups { get; init; } = EtcdBackups.Default;
}

/// <summary>Scheduled etcd snapshots to <c>&lt;configBase&gt;/backups/etcd/&lt;cluster&gt;/</c>.</summary>
/// <param name="IntervalSeconds">How often a snapshot is taken.</param>
/// <param name="RetentionDays">How many days a snapshot is kept (the newest is always kept).</param>
internal sealed record EtcdBackups(int IntervalSeconds, int RetentionDays)
{
    /// <summary>A snapshot every hour, kept for a week.</summary>
    public static EtcdBackups Default { get; } = new(3600, 7);
}

/// <summary>An etcd member and its volume.</summary>
internal sealed record EtcdMember
{
    /// <summary>Member name.</summary>
    public required string Name { get; init; }

    /// <summary>The control-plane group.</summary>
    public required string InstanceGroup { get; init; }

    /// <summary>The zone of the volume (the group's subnet's zone).</summary>
    public required string Zone { get; init; }

    /// <summary>Volume type.</summary>
    public required string VolumeType { get; init; }

    /// <summary>Size in GiB.</summary>
    public required int VolumeSize { get; init; }

    /// <summary>IOPS, for types that take it.</summary>
    public required int? VolumeIops { get; init; }

    /// <summary>Throughput (gp3).</summary>
    public required int? VolumeThroughput { get; init; }

    /// <summary>Encrypted (default true).</summary>
    public required bool Encrypted { get; init; }

    /// <summary>KMS key.</summary>
    public required string? KmsKeyId { get; init; }
}

/// <summary>IAM options.</summary>
internal sealed record IamOptions
{
    /// <summary>Nodes may pull from ECR.</summary>
    public required bool AllowContainerRegistry { get; init; }

    /// <summary>Extra statements per role name (masters, nodes, bastions), as a JSON array.</summary>
    public required ImmutableSortedDictionary<string, string> AdditionalPolicies { get; init; }

    /// <summary>Managed IAM policies (ARNs) attached per role name (master or control-plane, node, bastion), as written.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> ExternalPolicies { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Whether the add-ons that call AWS get roles of their own, trusted by the issuer's OIDC provider (kops' <c>useServiceAccountExternalPermissions</c>).</summary>
    public bool UseServiceAccountExternalPermissions { get; init; }

    /// <summary>The operator's service accounts' permissions, each a role of its own.</summary>
    public ImmutableArray<ServiceAccountPermission> ServiceAccountExternalPermissions { get; init; } = [];
}

/// <summary>Kubelet options; what the spec leaves out is <see cref="Defaults.ComponentDefaults"/>' (or, where null, the kubelet's own).</summary>
/// <param name="AnonymousAuth">Whether anonymous kubelet requests are allowed.</param>
internal sealed record KubeletOptions(bool AnonymousAuth)
{
    /// <summary>Whether bearer tokens are checked with the API server (<c>authentication.webhook.enabled</c>).</summary>
    public bool WebhookAuthentication { get; init; } = true;

    /// <summary><c>Webhook</c> or <c>AlwaysAllow</c>.</summary>
    public string AuthorizationMode { get; init; } = Defaults.ComponentDefaults.KubeletAuthorizationMode;

    /// <summary>The most pods a node runs, or null for the kubelet's 110.</summary>
    public int? MaxPods { get; init; }

    /// <summary>Hard eviction thresholds by signal.</summary>
    public ImmutableSortedDictionary<string, string> EvictionHard { get; init; } = Defaults.ComponentDefaults.EvictionHard;

    /// <summary>What the kubelet and the runtime keep, by resource.</summary>
    public ImmutableSortedDictionary<string, string> KubeReserved { get; init; } = Defaults.ComponentDefaults.KubeReserved;

    /// <summary>What the OS's daemons keep, by resource.</summary>
    public ImmutableSortedDictionary<string, string> SystemReserved { get; init; } = Defaults.ComponentDefaults.SystemReserved;

    /// <summary>Feature gates, by name.</summary>
    public ImmutableSortedDictionary<string, bool> FeatureGates { get; init; } = ImmutableSortedDictionary.Create<string, bool>(StringComparer.Ordinal);

    /// <summary><c>imageGCHighThresholdPercent</c>, or null for the kubelet's.</summary>
    public int? ImageGcHighThresholdPercent { get; init; }

    /// <summary><c>imageGCLowThresholdPercent</c>, or null for the kubelet's.</summary>
    public int? ImageGcLowThresholdPercent { get; init; }

    /// <summary><c>serializeImagePulls</c>, or null for the kubelet's.</summary>
    public bool? SerializeImagePulls { get; init; }
}

/// <summary>Bastion load balancer options.</summary>
/// <param name="LoadBalancerType">Internet-facing or internal.</param>
/// <param name="PublicName">Optional DNS name for the bastion load balancer.</param>
internal sealed record BastionOptions(LoadBalancerType LoadBalancerType, string? PublicName);

/// <summary>A taint.</summary>
/// <param name="Key">Key.</param>
/// <param name="Value">Value (may be empty).</param>
/// <param name="Effect">NoSchedule, PreferNoSchedule or NoExecute.</param>
internal sealed record Taint(string Key, string Value, string Effect)
{
    /// <inheritdoc />
    public override string ToString() => Value.Length == 0 ? $"{Key}:{Effect}" : $"{Key}={Value}:{Effect}";
}

/// <summary>An instance group: one launch template and one autoscaling group.</summary>
internal sealed record InstanceGroup
{
    /// <summary>Name, unique in the cluster.</summary>
    public required string Name { get; init; }

    /// <summary>Role.</summary>
    public required InstanceGroupRole Role { get; init; }

    /// <summary>The image: an AMI id, an <c>owner/name</c> pattern, or null for Ubuntu 24.04 LTS.</summary>
    public required string? Image { get; init; }

    /// <summary>Instance types; the first is the launch template's.</summary>
    public required ImmutableArray<string> MachineTypes { get; init; }

    /// <summary>CPU architecture of the machine types (<c>amd64</c> or <c>arm64</c>).</summary>
    public required string Architecture { get; init; }

    /// <summary>Minimum size.</summary>
    public required int MinSize { get; init; }

    /// <summary>Maximum size.</summary>
    public required int MaxSize { get; init; }

    /// <summary>Subnet names.</summary>
    public required ImmutableArray<string> Subnets { get; init; }

    /// <summary>Root volume.</summary>
    public required RootVolume RootVolume { get; init; }

    /// <summary>Whether instances get a public IP.</summary>
    public required bool AssociatePublicIp { get; init; }

    /// <summary>Tags for this group.</summary>
    public required ImmutableSortedDictionary<string, string> CloudLabels { get; init; }

    /// <summary>Kubernetes node labels.</summary>
    public required ImmutableSortedDictionary<string, string> NodeLabels { get; init; }

    /// <summary>Kubernetes taints.</summary>
    public required ImmutableArray<Taint> Taints { get; init; }

    /// <summary>Extra security group ids.</summary>
    public required ImmutableArray<string> AdditionalSecurityGroups { get; init; }

    /// <summary>
    /// An existing security group (<c>sg-…</c>) the group's instances use instead of the one kgen makes for their role
    /// (kops' <c>securityGroupOverride</c>): kgen adds its role's rules to it, as kops does; other rules there are the operator's.
    /// </summary>
    public string? SecurityGroupOverride { get; init; }

    /// <summary>Spot: maximum price (empty string = on-demand price cap); null = on-demand.</summary>
    public required string? MaxPrice { get; init; }

    /// <summary>Spot/on-demand mix.</summary>
    public required MixedInstancesPolicy? MixedInstancesPolicy { get; init; }

    /// <summary>IMDS options.</summary>
    public required InstanceMetadataOptions InstanceMetadata { get; init; }

    /// <summary>Maximum instance lifetime in seconds; 0 = unset.</summary>
    public required int MaxInstanceLifetimeSeconds { get; init; }

    /// <summary>Protect from scale-in.</summary>
    public required bool InstanceProtection { get; init; }

    /// <summary>Detailed monitoring.</summary>
    public required bool DetailedMonitoring { get; init; }

    /// <summary>
    /// The ARN of the operator's instance profile the group's instances use instead of the role's (kops'
    /// <c>iam.profile</c>); null for the role's, which kgen makes.
    /// </summary>
    public string? InstanceProfileArn { get; init; }

    /// <summary>The name of the operator's instance profile (the last part of its ARN), or null.</summary>
    public string? InstanceProfileName => InstanceProfileArn?[(InstanceProfileArn.LastIndexOf('/') + 1)..];

    /// <summary>The operator's classic load balancers (by name) the group's instances register with.</summary>
    public ImmutableArray<string> ExternalLoadBalancerNames { get; init; } = [];

    /// <summary>The operator's target groups (by ARN) the group's instances register with.</summary>
    public ImmutableArray<string> ExternalTargetGroupArns { get; init; } = [];

    /// <summary>Autoscaling processes suspended on the group, sorted.</summary>
    public ImmutableArray<string> SuspendedProcesses { get; init; } = [];

    /// <summary>The group's priority for the cluster autoscaler's priority expander (kops' <c>autoscalePriority</c>, default 0; higher wins).</summary>
    public int AutoscalePriority { get; init; }

    /// <summary>Which InstanceGroup document of the spec this group came from (for error positions).</summary>
    internal int SpecIndex { get; init; }
}

/// <summary>Root volume settings.</summary>
internal sealed record RootVolume
{
    /// <summary>Size in GiB.</summary>
    public required int Size { get; init; }

    /// <summary>EBS type.</summary>
    public required string Type { get; init; }

    /// <summary>IOPS (gp3, io1, io2).</summary>
    public required int? Iops { get; init; }

    /// <summary>Throughput (gp3).</summary>
    public required int? Throughput { get; init; }

    /// <summary>Encrypted.</summary>
    public required bool Encrypted { get; init; }

    /// <summary>KMS key.</summary>
    public required string? KmsKeyId { get; init; }
}

/// <summary>Spot/on-demand mix.</summary>
internal sealed record MixedInstancesPolicy
{
    /// <summary>Instance types.</summary>
    public required ImmutableArray<string> Instances { get; init; }

    /// <summary>On-demand base capacity.</summary>
    public required int OnDemandBase { get; init; }

    /// <summary>Percent on-demand above base.</summary>
    public required int OnDemandAboveBase { get; init; }

    /// <summary>Spot allocation strategy.</summary>
    public required string SpotAllocationStrategy { get; init; }

    /// <summary>On-demand allocation strategy.</summary>
    public required string OnDemandAllocationStrategy { get; init; }

    /// <summary>Spot pools (lowest-price only).</summary>
    public required int? SpotInstancePools { get; init; }
}

/// <summary>IMDS options.</summary>
/// <param name="HttpTokens">required (IMDSv2) or optional.</param>
/// <param name="HopLimit">PUT response hop limit.</param>
internal sealed record InstanceMetadataOptions(string HttpTokens, int HopLimit);
