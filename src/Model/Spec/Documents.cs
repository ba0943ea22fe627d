// The YAML-shaped input documents. Field names follow the kops v1alpha2 API so that kops
// manifests load unchanged. Every property is optional here: Formats/KopsFormat reads them into
// the format-neutral ClusterInput, and defaults and validation come later (Defaults/, Validation/).
// A field that is not declared here is an error at load time (with its line and column), never
// silently ignored.
using YamlDotNet.Serialization;

namespace Kgen.Model.Spec;

#pragma warning disable CA2227 // DTOs are filled by the YAML binder.
#pragma warning disable CA1002 // Lists keep the binder simple; the resolved model is immutable.

/// <summary>Kubernetes-style object metadata.</summary>
public sealed class ObjectMeta
{
    /// <summary>The object's name.</summary>
    public string? Name { get; set; }

    /// <summary>Accepted for kops compatibility; not used.</summary>
    public string? CreationTimestamp { get; set; }

    /// <summary>Labels; <c>kops.k8s.io/cluster</c> ties an instance group to its cluster.</summary>
    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>Annotations; accepted and not used.</summary>
    public Dictionary<string, string>? Annotations { get; set; }
}

/// <summary>A <c>kind: Cluster</c> document.</summary>
public sealed class ClusterDocument
{
    /// <summary>kgen's own or kops' v1alpha2 API version.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Always <c>Cluster</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>Metadata; the name is the cluster name.</summary>
    public ObjectMeta? Metadata { get; set; }

    /// <summary>The cluster specification.</summary>
    public ClusterSpecDto? Spec { get; set; }
}

/// <summary>A <c>kind: InstanceGroup</c> document.</summary>
public sealed class InstanceGroupDocument
{
    /// <summary>kgen's own or kops' v1alpha2 API version.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Always <c>InstanceGroup</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>Metadata; the name is the instance group name.</summary>
    public ObjectMeta? Metadata { get; set; }

    /// <summary>The instance group specification.</summary>
    public InstanceGroupSpecDto? Spec { get; set; }
}

/// <summary>The cluster's <c>spec</c>.</summary>
public sealed class ClusterSpecDto
{
    /// <summary>How the Kubernetes API is exposed.</summary>
    public ApiDto? Api { get; set; }

    /// <summary>Must be <c>aws</c>.</summary>
    public string? CloudProvider { get; set; }

    /// <summary>Where the cluster's configuration and secrets live (s3://, file://, memfs://).</summary>
    public string? ConfigBase { get; set; }

    /// <summary>kgen's own: how the cluster's secrets are encrypted in an S3 config store (kops has no such field).</summary>
    public ConfigStoreEncryptionDto? ConfigStoreEncryption { get; set; }

    /// <summary>etcd clusters and their members.</summary>
    public List<EtcdClusterDto>? EtcdClusters { get; set; }

    /// <summary>IAM options.</summary>
    public IamDto? Iam { get; set; }

    /// <summary>How the API authorizes requests (kops: <c>rbac: {}</c>; kgen's kubeadm configuration uses Node and RBAC).</summary>
    public AuthorizationDto? Authorization { get; set; }

    /// <summary>Extra inline IAM statements per role (JSON list of statements).</summary>
    public Dictionary<string, string>? AdditionalPolicies { get; set; }

    /// <summary>Managed IAM policies (ARNs) to attach per role.</summary>
    public Dictionary<string, List<string>>? ExternalPolicies { get; set; }

    /// <summary>Kubelet settings.</summary>
    public KubeletDto? Kubelet { get; set; }

    /// <summary>containerd settings kgen reads: the registry mirrors.</summary>
    public ContainerdDto? Containerd { get; set; }

    /// <summary>CIDRs allowed to reach the Kubernetes API.</summary>
    public List<string>? KubernetesApiAccess { get; set; }

    /// <summary>Kubernetes version, e.g. <c>v1.34.2</c>.</summary>
    public string? KubernetesVersion { get; set; }

    /// <summary>The API's public DNS name.</summary>
    public string? MasterPublicName { get; set; }

    /// <summary>The cluster's DNS domain; kgen's clusters use <c>cluster.local</c>, so only that value is accepted.</summary>
    public string? ClusterDNSDomain { get; set; }

    /// <summary>The API name nodes use; kgen's is always <c>api.internal.&lt;cluster&gt;</c>, so only that value is accepted.</summary>
    public string? MasterInternalName { get; set; }

    /// <summary>The VPC CIDR.</summary>
    [YamlMember(Alias = "networkCIDR")]
    public string? NetworkCidr { get; set; }

    /// <summary>An existing VPC's id.</summary>
    [YamlMember(Alias = "networkID")]
    public string? NetworkId { get; set; }

    /// <summary>The CNI.</summary>
    public NetworkingDto? Networking { get; set; }

    /// <summary>The range that is not masqueraded (pods and services live inside it).</summary>
    [YamlMember(Alias = "nonMasqueradeCIDR")]
    public string? NonMasqueradeCidr { get; set; }

    /// <summary>The pod CIDR.</summary>
    [YamlMember(Alias = "podCIDR")]
    public string? PodCidr { get; set; }

    /// <summary>The service CIDR.</summary>
    [YamlMember(Alias = "serviceClusterIPRange")]
    public string? ServiceClusterIpRange { get; set; }

    /// <summary>CIDRs allowed to SSH (to the bastion load balancer when there is one).</summary>
    public List<string>? SshAccess { get; set; }

    /// <summary>CIDRs allowed to reach NodePort services.</summary>
    public List<string>? NodePortAccess { get; set; }

    /// <summary>An existing EC2 key pair's name; empty means no key at all.</summary>
    public string? SshKeyName { get; set; }

    /// <summary>The cluster's subnets.</summary>
    public List<SubnetDto>? Subnets { get; set; }

    /// <summary>DNS and bastion topology.</summary>
    public TopologyDto? Topology { get; set; }

    /// <summary>The Route 53 hosted zone (name or id) for the cluster's records.</summary>
    public string? DnsZone { get; set; }

    /// <summary>Tags added to every AWS resource.</summary>
    public Dictionary<string, string>? CloudLabels { get; set; }

    /// <summary>The API server's settings (kops' <c>kubeAPIServer</c>).</summary>
    [YamlMember(Alias = "kubeAPIServer")]
    public KubeApiServerDto? KubeApiServer { get; set; }

    /// <summary>The controller manager's settings.</summary>
    public KubeControllerManagerDto? KubeControllerManager { get; set; }

    /// <summary>The scheduler's settings.</summary>
    public KubeSchedulerDto? KubeScheduler { get; set; }

    /// <summary>kube-proxy's settings.</summary>
    public KubeProxyDto? KubeProxy { get; set; }

    /// <summary>Whether Secrets are encrypted in etcd (default true; kops' switch).</summary>
    public bool? EncryptionConfig { get; set; }

    /// <summary>The AWS cloud controller manager's settings (kgen always runs it, as kops does on AWS).</summary>
    public CloudControllerManagerDto? CloudControllerManager { get; set; }

    /// <summary>Cloud settings kgen reads: the EBS CSI driver and whether kgen makes the default StorageClass.</summary>
    public CloudConfigDto? CloudConfig { get; set; }

    /// <summary>metrics-server (off unless enabled).</summary>
    public MetricsServerDto? MetricsServer { get; set; }

    /// <summary>The cluster autoscaler (off unless enabled).</summary>
    public ClusterAutoscalerDto? ClusterAutoscaler { get; set; }
    /// <summary>The AWS node termination handler in queue-processor mode (off unless enabled).</summary>
    public NodeTerminationHandlerDto? NodeTerminationHandler { get; set; }

    /// <summary>Who publishes DNS records for Services and Ingresses: kops' dns-controller (kgen: none, it publishes the API's names itself) or external-dns.</summary>
    public ExternalDnsDto? ExternalDns { get; set; }
    /// <summary>Where the service-account issuer's discovery documents live, and whether kgen makes its IAM OIDC provider.</summary>
    public ServiceAccountIssuerDiscoveryDto? ServiceAccountIssuerDiscovery { get; set; }
    /// <summary>cert-manager (off unless enabled).</summary>
    public CertManagerDto? CertManager { get; set; }

    /// <summary>The AWS Load Balancer Controller (off unless enabled).</summary>
    public LoadBalancerControllerDto? AwsLoadBalancerController { get; set; }
}

/// <summary><c>spec.api</c>.</summary>
public sealed class ApiDto
{
    /// <summary>kops' DNS-only API mode; kgen always puts a load balancer in front of the API.</summary>
    public EmptyDto? Dns { get; set; }

    /// <summary>The API load balancer.</summary>
    public LoadBalancerDto? LoadBalancer { get; set; }
}

/// <summary>An object with no fields (<c>{}</c>).</summary>
public sealed class EmptyDto;

/// <summary><c>spec.api.loadBalancer</c> and <c>spec.topology.bastion.loadBalancer</c>.</summary>
public sealed class LoadBalancerDto
{
    /// <summary><c>Public</c> or <c>Internal</c>.</summary>
    public string? Type { get; set; }

    /// <summary><c>Network</c> or <c>Classic</c>.</summary>
    public string? Class { get; set; }

    /// <summary>Extra security groups attached to the load balancer.</summary>
    public List<string>? AdditionalSecurityGroups { get; set; }

    /// <summary>An existing security group used instead of the one kgen would make for the load balancer (kops' <c>securityGroupOverride</c>).</summary>
    public string? SecurityGroupOverride { get; set; }

    /// <summary>Whether cross-zone load balancing is on.</summary>
    public bool? CrossZoneLoadBalancing { get; set; }

    /// <summary>kops: nodes reach the API through this load balancer; kgen's nodes always use its internal one (either value is accepted).</summary>
    public bool? UseForInternalApi { get; set; }
}

/// <summary><c>spec.etcdClusters[]</c>.</summary>
public sealed class EtcdClusterDto
{
    /// <summary><c>main</c> or <c>events</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The members, one per control-plane instance group.</summary>
    public List<EtcdMemberDto>? EtcdMembers { get; set; }

    /// <summary>Where snapshots go (kops' <c>backups</c>).</summary>
    public EtcdBackupDto? Backups { get; set; }

    /// <summary>How often snapshots are taken and how long they are kept (kops' <c>manager</c>).</summary>
    public EtcdManagerDto? Manager { get; set; }
}

/// <summary><c>spec.etcdClusters[].backups</c>.</summary>
public sealed class EtcdBackupDto
{
    /// <summary>Where snapshots are written; kgen writes only to <c>&lt;configBase&gt;/backups/etcd/&lt;name&gt;</c>.</summary>
    public string? BackupStore { get; set; }
}

/// <summary><c>spec.etcdClusters[].manager</c>: the backup schedule (kops' etcd-manager fields).</summary>
public sealed class EtcdManagerDto
{
    /// <summary>How often a snapshot is taken (a duration such as <c>1h</c> or <c>30m</c>).</summary>
    public string? BackupInterval { get; set; }

    /// <summary>How many days snapshots are kept.</summary>
    public int? BackupRetentionDays { get; set; }
}

/// <summary><c>spec.etcdClusters[].etcdMembers[]</c>.</summary>
public sealed class EtcdMemberDto
{
    /// <summary>Member name (usually the zone letter).</summary>
    public string? Name { get; set; }

    /// <summary>The control-plane instance group the member runs on.</summary>
    public string? InstanceGroup { get; set; }

    /// <summary>EBS volume type.</summary>
    public string? VolumeType { get; set; }

    /// <summary>EBS volume size in GiB.</summary>
    public int? VolumeSize { get; set; }

    /// <summary>EBS volume IOPS.</summary>
    public int? VolumeIops { get; set; }

    /// <summary>EBS volume throughput in MiB/s (gp3).</summary>
    public int? VolumeThroughput { get; set; }

    /// <summary>Whether the volume is encrypted (default true).</summary>
    public bool? EncryptedVolume { get; set; }

    /// <summary>KMS key for the volume.</summary>
    public string? KmsKeyId { get; set; }
}

/// <summary><c>spec.iam</c>.</summary>
public sealed class IamDto
{
    /// <summary>Whether nodes may pull from ECR (default true).</summary>
    public bool? AllowContainerRegistry { get; set; }

    /// <summary>Whether the add-ons that call AWS get IAM roles of their own (IAM roles for service accounts) rather than the control-plane role's permissions.</summary>
    public bool? UseServiceAccountExternalPermissions { get; set; }

    /// <summary>The AWS permissions of the operator's service accounts, each a role of its own.</summary>
    public List<ServiceAccountExternalPermissionDto>? ServiceAccountExternalPermissions { get; set; }
}

/// <summary><c>spec.authorization</c>: kops' one-of; kgen authorizes with RBAC (and Node), so only <c>rbac</c> is bound.</summary>
public sealed class AuthorizationDto
{
    /// <summary>RBAC, kgen's mode.</summary>
    public EmptyDto? Rbac { get; set; }
}

/// <summary><c>spec.configStoreEncryption</c> (kgen's own field).</summary>
public sealed class ConfigStoreEncryptionDto
{
    /// <summary>The ARN of an existing customer-managed KMS key (in the config bucket's region) that encrypts every secret kgen and the nodes write (SSE-KMS).</summary>
    public string? KmsKey { get; set; }
}

/// <summary><c>spec.containerd</c>.</summary>
public sealed class ContainerdDto
{
    /// <summary>Per registry host (or <c>*</c> for every registry), the mirrors containerd pulls from first, in order.</summary>
    public Dictionary<string, List<string>>? RegistryMirrors { get; set; }
}

/// <summary><c>spec.kubelet</c>.</summary>
public sealed class KubeletDto
{
    /// <summary>Whether anonymous requests to the kubelet are allowed (default false).</summary>
    public bool? AnonymousAuth { get; set; }

    /// <summary>Whether bearer tokens are checked with the API server (default true).</summary>
    public bool? AuthenticationTokenWebhook { get; set; }

    /// <summary><c>Webhook</c> (default) or <c>AlwaysAllow</c>.</summary>
    public string? AuthorizationMode { get; set; }

    /// <summary>The most pods a node runs.</summary>
    public int? MaxPods { get; set; }

    /// <summary>Hard eviction thresholds, kops' way: <c>memory.available&lt;100Mi,nodefs.available&lt;10%</c>.</summary>
    public string? EvictionHard { get; set; }

    /// <summary>What the kubelet and the runtime keep (<c>cpu</c>, <c>memory</c>, <c>ephemeral-storage</c>, <c>pid</c>).</summary>
    public Dictionary<string, string>? KubeReserved { get; set; }

    /// <summary>What the OS's daemons keep.</summary>
    public Dictionary<string, string>? SystemReserved { get; set; }

    /// <summary>Feature gates (<c>Name: "true"</c>).</summary>
    public Dictionary<string, string>? FeatureGates { get; set; }

    /// <summary>The disk use at which image garbage collection always runs, in percent.</summary>
    [YamlMember(Alias = "imageGCHighThresholdPercent")]
    public int? ImageGcHighThresholdPercent { get; set; }

    /// <summary>The disk use image garbage collection frees down to, in percent.</summary>
    [YamlMember(Alias = "imageGCLowThresholdPercent")]
    public int? ImageGcLowThresholdPercent { get; set; }

    /// <summary>Whether images are pulled one at a time.</summary>
    public bool? SerializeImagePulls { get; set; }
}

/// <summary><c>spec.kubeAPIServer</c>: the API server settings kgen maps onto kubeadm's configuration.</summary>
public sealed class KubeApiServerDto
{
    /// <summary>Anonymous requests on every path (true) or only on the health and discovery paths (false or unset).</summary>
    public bool? AnonymousAuth { get; set; }

    /// <summary>Whether <c>/debug/pprof</c> is served (default false).</summary>
    public bool? EnableProfiling { get; set; }

    /// <summary>The audit log file (under /var/log/), or <c>-</c> for standard output.</summary>
    public string? AuditLogPath { get; set; }

    /// <summary>Days old audit logs are kept.</summary>
    public int? AuditLogMaxAge { get; set; }

    /// <summary>How many old audit logs are kept.</summary>
    public int? AuditLogMaxBackups { get; set; }

    /// <summary>The audit log's size in MB at which it is rotated.</summary>
    public int? AuditLogMaxSize { get; set; }

    /// <summary>A policy file on the node; kgen writes and uses its own policy.</summary>
    public string? AuditPolicyFile { get; set; }

    /// <summary>Feature gates (<c>Name: "true"</c>).</summary>
    public Dictionary<string, string>? FeatureGates { get; set; }

    /// <summary>Admission plugins to turn on.</summary>
    public List<string>? EnableAdmissionPlugins { get; set; }

    /// <summary>Admission plugins to turn on (kops appends them to its list).</summary>
    public List<string>? AppendAdmissionPlugins { get; set; }

    /// <summary>Admission plugins to turn off.</summary>
    public List<string>? DisableAdmissionPlugins { get; set; }

    /// <summary>The OIDC issuer's URL.</summary>
    [YamlMember(Alias = "oidcIssuerURL")]
    public string? OidcIssuerUrl { get; set; }

    /// <summary>The OIDC client id (the audience tokens must carry).</summary>
    [YamlMember(Alias = "oidcClientID")]
    public string? OidcClientId { get; set; }

    /// <summary>The claim that names the user (default sub).</summary>
    public string? OidcUsernameClaim { get; set; }

    /// <summary>What is put before user names (<c>-</c> for nothing).</summary>
    public string? OidcUsernamePrefix { get; set; }

    /// <summary>The claim that lists groups.</summary>
    public string? OidcGroupsClaim { get; set; }

    /// <summary>What is put before groups.</summary>
    public string? OidcGroupsPrefix { get; set; }

    /// <summary>Claims tokens must carry, <c>key=value</c> each.</summary>
    public List<string>? OidcRequiredClaim { get; set; }

    /// <summary>The NodePort range, <c>30000-32767</c>.</summary>
    public string? ServiceNodePortRange { get; set; }

    /// <summary>The most non-mutating requests at once.</summary>
    public int? MaxRequestsInflight { get; set; }

    /// <summary>The most mutating requests at once.</summary>
    public int? MaxMutatingRequestsInflight { get; set; }

    /// <summary>How long events are kept (a duration).</summary>
    [YamlMember(Alias = "eventTTL")]
    public string? EventTtl { get; set; }
}

/// <summary><c>spec.kubeControllerManager</c>.</summary>
public sealed class KubeControllerManagerDto
{
    /// <summary>Whether <c>/debug/pprof</c> is served (default false).</summary>
    public bool? EnableProfiling { get; set; }

    /// <summary>Feature gates.</summary>
    public Dictionary<string, string>? FeatureGates { get; set; }

    /// <summary>How many terminated pods are kept before they are deleted.</summary>
    [YamlMember(Alias = "terminatedPodGCThreshold")]
    public int? TerminatedPodGcThreshold { get; set; }

    /// <summary>How often the HPA looks at metrics.</summary>
    public string? HorizontalPodAutoscalerSyncPeriod { get; set; }

    /// <summary>How long the HPA waits before scaling down.</summary>
    public string? HorizontalPodAutoscalerDownscaleStabilization { get; set; }

    /// <summary>How long after a pod starts its CPU is not sampled.</summary>
    public string? HorizontalPodAutoscalerCpuInitializationPeriod { get; set; }

    /// <summary>How long after a pod starts its readiness is not trusted.</summary>
    public string? HorizontalPodAutoscalerInitialReadinessDelay { get; set; }

    /// <summary>The ratio of desired to actual metric under which the HPA does not scale.</summary>
    public string? HorizontalPodAutoscalerTolerance { get; set; }
}

/// <summary><c>spec.kubeScheduler</c>.</summary>
public sealed class KubeSchedulerDto
{
    /// <summary>Whether <c>/debug/pprof</c> is served (default false).</summary>
    public bool? EnableProfiling { get; set; }

    /// <summary>Feature gates.</summary>
    public Dictionary<string, string>? FeatureGates { get; set; }
}

/// <summary><c>spec.kubeProxy</c>.</summary>
public sealed class KubeProxyDto
{
    /// <summary>iptables (default), ipvs or nftables.</summary>
    public string? ProxyMode { get; set; }

    /// <summary>Feature gates.</summary>
    public Dictionary<string, string>? FeatureGates { get; set; }
}

/// <summary><c>spec.networking</c>: exactly one CNI.</summary>
public sealed class NetworkingDto
{
    /// <summary>Flannel.</summary>
    public FlannelDto? Flannel { get; set; }

    /// <summary>Calico.</summary>
    public EmptyDto? Calico { get; set; }

    /// <summary>Cilium.</summary>
    public EmptyDto? Cilium { get; set; }

    /// <summary>A CNI the operator installs.</summary>
    public EmptyDto? Cni { get; set; }

    /// <summary>The Amazon VPC CNI.</summary>
    public AmazonVpcDto? Amazonvpc { get; set; }

    /// <summary>kops' own VXLAN overlay (kopeio-networking); kgen installs flannel's VXLAN overlay in its place.</summary>
    public EmptyDto? Kopeio { get; set; }
}

/// <summary><c>spec.networking.amazonvpc</c>.</summary>
public sealed class AmazonVpcDto
{
    /// <summary>Environment settings of the <c>aws-node</c> container (kops' <c>env</c>).</summary>
    public List<EnvVarDto>? Env { get; set; }
}

/// <summary>One <c>name</c>/<c>value</c> environment variable.</summary>
public sealed class EnvVarDto
{
    /// <summary>The variable's name.</summary>
    public string? Name { get; set; }

    /// <summary>Its value.</summary>
    public string? Value { get; set; }
}

/// <summary><c>spec.networking.flannel</c>.</summary>
public sealed class FlannelDto
{
    /// <summary><c>vxlan</c> (default) or <c>udp</c>.</summary>
    public string? Backend { get; set; }
}

/// <summary><c>spec.subnets[]</c>.</summary>
public sealed class SubnetDto
{
    /// <summary>Subnet name.</summary>
    public string? Name { get; set; }

    /// <summary>Availability zone.</summary>
    public string? Zone { get; set; }

    /// <summary>IPv4 CIDR (carved from the VPC when omitted).</summary>
    public string? Cidr { get; set; }

    /// <summary><c>Public</c>, <c>Private</c> or <c>Utility</c>.</summary>
    public string? Type { get; set; }

    /// <summary>An existing subnet's id.</summary>
    public string? Id { get; set; }

    /// <summary>Egress for a private subnet: an existing NAT gateway id (<c>nat-…</c>) or <c>External</c>.</summary>
    public string? Egress { get; set; }
}

/// <summary><c>spec.topology</c>.</summary>
public sealed class TopologyDto
{
    /// <summary>DNS mode.</summary>
    public DnsDto? Dns { get; set; }

    /// <summary>Bastion options.</summary>
    public BastionDto? Bastion { get; set; }
}

/// <summary><c>spec.topology.dns</c>.</summary>
public sealed class DnsDto
{
    /// <summary><c>Public</c>, <c>Private</c> or <c>None</c>.</summary>
    public string? Type { get; set; }
}

/// <summary><c>spec.topology.bastion</c>.</summary>
public sealed class BastionDto
{
    /// <summary>DNS name for the bastion's load balancer.</summary>
    public string? BastionPublicName { get; set; }

    /// <summary>The bastion's load balancer.</summary>
    public BastionLoadBalancerDto? LoadBalancer { get; set; }
}

/// <summary><c>spec.topology.bastion.loadBalancer</c>.</summary>
public sealed class BastionLoadBalancerDto
{
    /// <summary>Public or Internal.</summary>
    public string? Type { get; set; }
}

/// <summary>An instance group's <c>spec</c>.</summary>
public sealed class InstanceGroupSpecDto
{
    /// <summary><c>Master</c>, <c>ControlPlane</c>, <c>Node</c> or <c>Bastion</c>.</summary>
    public string? Role { get; set; }

    /// <summary>AMI id, <c>owner/name</c>, or omitted for Ubuntu 24.04 LTS.</summary>
    public string? Image { get; set; }

    /// <summary>Instance type, or a comma-separated list.</summary>
    public string? MachineType { get; set; }

    /// <summary>Minimum size.</summary>
    public int? MinSize { get; set; }

    /// <summary>Maximum size.</summary>
    public int? MaxSize { get; set; }

    /// <summary>Subnet names.</summary>
    public List<string>? Subnets { get; set; }

    /// <summary>Root volume (v1alpha3 form).</summary>
    public RootVolumeDto? RootVolume { get; set; }

    /// <summary>Root volume size in GiB (v1alpha2 form).</summary>
    public int? RootVolumeSize { get; set; }

    /// <summary>Root volume type (v1alpha2 form).</summary>
    public string? RootVolumeType { get; set; }

    /// <summary>Root volume IOPS (v1alpha2 form).</summary>
    public int? RootVolumeIops { get; set; }

    /// <summary>Root volume throughput (v1alpha2 form).</summary>
    public int? RootVolumeThroughput { get; set; }

    /// <summary>Root volume encryption (v1alpha2 form).</summary>
    public bool? RootVolumeEncryption { get; set; }

    /// <summary>Root volume KMS key (v1alpha2 form).</summary>
    public string? RootVolumeEncryptionKey { get; set; }

    /// <summary>Whether instances get a public IP.</summary>
    public bool? AssociatePublicIp { get; set; }

    /// <summary>Tags for this group's resources.</summary>
    public Dictionary<string, string>? CloudLabels { get; set; }

    /// <summary>Kubernetes node labels.</summary>
    public Dictionary<string, string>? NodeLabels { get; set; }

    /// <summary>Kubernetes taints (<c>key=value:Effect</c>).</summary>
    public List<string>? Taints { get; set; }

    /// <summary>Extra security group ids.</summary>
    public List<string>? AdditionalSecurityGroups { get; set; }

    /// <summary>An existing security group used instead of the one kgen would make for the group's role (kops' <c>securityGroupOverride</c>).</summary>
    public string? SecurityGroupOverride { get; set; }

    /// <summary>Maximum spot price; set means spot instances.</summary>
    public string? MaxPrice { get; set; }

    /// <summary>Spot/on-demand mix.</summary>
    public MixedInstancesPolicyDto? MixedInstancesPolicy { get; set; }

    /// <summary>Instance metadata service options.</summary>
    public InstanceMetadataDto? InstanceMetadata { get; set; }

    /// <summary>Maximum instance lifetime (a duration like <c>168h</c>; <c>0</c> = unset).</summary>
    public string? MaxInstanceLifetime { get; set; }

    /// <summary>Protect instances from scale-in.</summary>
    public bool? InstanceProtection { get; set; }

    /// <summary>Detailed CloudWatch monitoring.</summary>
    public bool? DetailedInstanceMonitoring { get; set; }

    /// <summary>The group's IAM settings: an instance profile of the operator's instead of the role's.</summary>
    public InstanceGroupIamDto? Iam { get; set; }

    /// <summary>Classic load balancers and target groups of the operator's that the group's instances register with.</summary>
    public List<ExternalLoadBalancerDto>? ExternalLoadBalancers { get; set; }

    /// <summary>Autoscaling processes suspended on the group (e.g. <c>AZRebalance</c>).</summary>
    public List<string>? SuspendProcesses { get; set; }

    /// <summary>The group's priority for the cluster autoscaler's priority expander (default 0; higher wins).</summary>
    public int? AutoscalePriority { get; set; }
}

/// <summary>An instance group's <c>iam</c>.</summary>
public sealed class InstanceGroupIamDto
{
    /// <summary>The ARN of an existing instance profile the group's instances use.</summary>
    public string? Profile { get; set; }
}

/// <summary>One of an instance group's <c>externalLoadBalancers</c>: a classic load balancer's name or a target group's ARN.</summary>
public sealed class ExternalLoadBalancerDto
{
    /// <summary>A classic load balancer's name.</summary>
    public string? LoadBalancerName { get; set; }

    /// <summary>A target group's ARN.</summary>
    public string? TargetGroupArn { get; set; }
}

/// <summary>An instance group's <c>rootVolume</c>.</summary>
public sealed class RootVolumeDto
{
    /// <summary>Size in GiB.</summary>
    public int? Size { get; set; }

    /// <summary>EBS type.</summary>
    public string? Type { get; set; }

    /// <summary>IOPS.</summary>
    public int? Iops { get; set; }

    /// <summary>Throughput in MiB/s.</summary>
    public int? Throughput { get; set; }

    /// <summary>Encryption (default true).</summary>
    public bool? Encryption { get; set; }

    /// <summary>KMS key.</summary>
    public string? EncryptionKey { get; set; }
}

/// <summary><c>mixedInstancesPolicy</c>.</summary>
public sealed class MixedInstancesPolicyDto
{
    /// <summary>Instance types.</summary>
    public List<string>? Instances { get; set; }

    /// <summary>On-demand instances before spot kicks in.</summary>
    public int? OnDemandBase { get; set; }

    /// <summary>Percent on-demand above the base.</summary>
    public int? OnDemandAboveBase { get; set; }

    /// <summary>Spot allocation strategy.</summary>
    public string? SpotAllocationStrategy { get; set; }

    /// <summary>On-demand allocation strategy.</summary>
    public string? OnDemandAllocationStrategy { get; set; }

    /// <summary>Spot pools (lowest-price strategy only).</summary>
    public int? SpotInstancePools { get; set; }
}

/// <summary><c>instanceMetadata</c>.</summary>
public sealed class InstanceMetadataDto
{
    /// <summary><c>required</c> (default) or <c>optional</c>.</summary>
    public string? HttpTokens { get; set; }

    /// <summary>Hop limit (default 1).</summary>
    public int? HttpPutResponseHopLimit { get; set; }
}

/// <summary><c>spec.cloudControllerManager</c>: the flags of the AWS cloud controller manager kgen reads.</summary>
public sealed class CloudControllerManagerDto
{
    /// <summary><c>--cluster-name</c>: the name its load balancers and security groups carry (default: the cluster's).</summary>
    public string? ClusterName { get; set; }

    /// <summary><c>--v</c>.</summary>
    public int? LogLevel { get; set; }

    /// <summary><c>--allocate-node-cidrs</c>.</summary>
    [YamlMember(Alias = "allocateNodeCIDRs")]
    public bool? AllocateNodeCidrs { get; set; }

    /// <summary><c>--cluster-cidr</c>.</summary>
    [YamlMember(Alias = "clusterCIDR")]
    public string? ClusterCidr { get; set; }

    /// <summary><c>--configure-cloud-routes</c>; only false (kgen's CNIs route pods themselves).</summary>
    public bool? ConfigureCloudRoutes { get; set; }

    /// <summary>Leader election.</summary>
    public LeaderElectionDto? LeaderElection { get; set; }

    /// <summary><c>--use-service-account-credentials</c>.</summary>
    public bool? UseServiceAccountCredentials { get; set; }

    /// <summary><c>--concurrent-node-syncs</c>.</summary>
    public int? ConcurrentNodeSyncs { get; set; }

    /// <summary><c>--controllers</c>.</summary>
    public List<string>? Controllers { get; set; }
}

/// <summary><c>spec.cloudControllerManager.leaderElection</c>.</summary>
public sealed class LeaderElectionDto
{
    /// <summary><c>--leader-elect</c>.</summary>
    public bool? LeaderElect { get; set; }
}

/// <summary><c>spec.cloudConfig</c>: the settings kgen reads.</summary>
public sealed class CloudConfigDto
{
    /// <summary>Whether kgen makes the default StorageClass (default true).</summary>
    public bool? ManageStorageClasses { get; set; }

    /// <summary>The EBS CSI driver.</summary>
    [YamlMember(Alias = "awsEBSCSIDriver")]
    public AwsEbsCsiDriverDto? AwsEbsCsiDriver { get; set; }
}

/// <summary><c>spec.cloudConfig.awsEBSCSIDriver</c>.</summary>
public sealed class AwsEbsCsiDriverDto
{
    /// <summary>Whether the driver is installed (default true).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The node plugin's <c>--volume-attach-limit</c>.</summary>
    public int? VolumeAttachLimit { get; set; }
}

/// <summary><c>spec.nodeTerminationHandler</c> (kops' v1alpha2 names).</summary>
public sealed class NodeTerminationHandlerDto
{
    /// <summary>Whether the handler (in queue-processor mode with its queue, rules and lifecycle hooks) exists (kgen's default false).</summary>
    public bool? Enabled { get; set; }

    /// <summary>Queue-processor mode (true or nothing); false runs IMDS mode (a DaemonSet on every node, no queue).</summary>
    [YamlMember(Alias = "enableSQSTerminationDraining")]
    public bool? EnableSqsTerminationDraining { get; set; }

    /// <summary>Drain on a spot interruption warning (queue mode always does, false is refused there; IMDS mode honours false).</summary>
    public bool? EnableSpotInterruptionDraining { get; set; }

    /// <summary>Drain before a scheduled maintenance event (queue mode always does, false is refused there; IMDS mode honours false).</summary>
    public bool? EnableScheduledEventDraining { get; set; }

    /// <summary>Cordon on a rebalance recommendation (queue mode: only with rebalance draining; IMDS mode: alone too).</summary>
    public bool? EnableRebalanceMonitoring { get; set; }

    /// <summary>Drain on a rebalance recommendation (adds the rebalance rule).</summary>
    public bool? EnableRebalanceDraining { get; set; }

    /// <summary>Delete a message whose instance is no Node of the cluster.</summary>
    [YamlMember(Alias = "deleteSQSMsgIfNodeNotFound")]
    public bool? DeleteSqsMsgIfNodeNotFound { get; set; }

    /// <summary>Mark a node for exclusion from load balancers before cordoning it.</summary>
    public bool? ExcludeFromLoadBalancers { get; set; }

    /// <summary>Taint a node when an interruption event arrives.</summary>
    public bool? TaintNode { get; set; }

    /// <summary>The out-of-service taint after a non-graceful shutdown.</summary>
    public bool? EnableOutOfServiceTaint { get; set; }

    /// <summary>Seconds each pod is given to stop; negative: the pod's own.</summary>
    public int? PodTerminationGracePeriod { get; set; }

    /// <summary>The tag (on the instances) that marks them as the handler's.</summary>
    [YamlMember(Alias = "managedASGTag")]
    public string? ManagedAsgTag { get; set; }

    /// <summary>The metrics endpoint.</summary>
    public bool? PrometheusEnable { get; set; }

    /// <summary>CPU request (a quantity).</summary>
    [YamlMember(Alias = "cpuRequest")]
    public string? CpuRequest { get; set; }

    /// <summary>Memory request (a quantity).</summary>
    public string? MemoryRequest { get; set; }

    /// <summary>Memory limit (a quantity).</summary>
    public string? MemoryLimit { get; set; }
}

/// <summary><c>spec.certManager</c> (kops' v1alpha2 names).</summary>
public sealed class CertManagerDto
{
    /// <summary>Whether cert-manager is on (default false).</summary>
    public bool? Enabled { get; set; }

    /// <summary>Whether kgen installs it (false: the operator does; default true).</summary>
    public bool? Managed { get; set; }

    /// <summary>The ClusterIssuer the ingress shim uses for annotated Ingresses that name none.</summary>
    public string? DefaultIssuer { get; set; }

    /// <summary>The controller's DNS servers (instead of the pod's defaults).</summary>
    public List<string>? Nameservers { get; set; }

    /// <summary>The Route 53 hosted zones cert-manager may answer DNS-01 challenges in.</summary>
    [YamlMember(Alias = "hostedZoneIDs")]
    public List<string>? HostedZoneIds { get; set; }

    /// <summary>cert-manager's feature gates.</summary>
    public Dictionary<string, bool>? FeatureGates { get; set; }
}

/// <summary><c>spec.awsLoadBalancerController</c> (kops' v1alpha2 names).</summary>
public sealed class LoadBalancerControllerDto
{
    /// <summary>Whether the controller is on (default false).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The controller's version; kgen runs the release of its add-on table, and accepts only that one.</summary>
    public string? Version { get; set; }

    /// <summary><c>--enable-waf</c> (WAF Classic).</summary>
    [YamlMember(Alias = "enableWAF")]
    public bool? EnableWaf { get; set; }

    /// <summary><c>--enable-wafv2</c>.</summary>
    [YamlMember(Alias = "enableWAFv2")]
    public bool? EnableWafV2 { get; set; }

    /// <summary><c>--enable-shield</c>.</summary>
    public bool? EnableShield { get; set; }

    /// <summary>CPU request (a quantity).</summary>
    [YamlMember(Alias = "cpuRequest")]
    public string? CpuRequest { get; set; }

    /// <summary>CPU limit (a quantity).</summary>
    [YamlMember(Alias = "cpuLimit")]
    public string? CpuLimit { get; set; }

    /// <summary>Memory request (a quantity).</summary>
    public string? MemoryRequest { get; set; }

    /// <summary>Memory limit (a quantity).</summary>
    public string? MemoryLimit { get; set; }
}

/// <summary><c>spec.metricsServer</c>.</summary>
public sealed class MetricsServerDto
{
    /// <summary>Whether metrics-server is installed (default false).</summary>
    public bool? Enabled { get; set; }

    /// <summary><c>--kubelet-insecure-tls</c>: skip checking the kubelets' serving certificates.</summary>
    public bool? Insecure { get; set; }
}

/// <summary><c>spec.externalDns</c> (kops' v1alpha2 <c>ExternalDNSConfig</c>).</summary>
public sealed class ExternalDnsDto
{
    /// <summary>kops' old switch for its dns-controller; kgen runs no dns-controller, so it changes nothing.</summary>
    public bool? Disable { get; set; }

    /// <summary>Publish records for Ingresses too (kops' default: true with external-dns).</summary>
    public bool? WatchIngress { get; set; }

    /// <summary>The one namespace whose objects get records (default: all).</summary>
    public string? WatchNamespace { get; set; }

    /// <summary><c>dns-controller</c> (kops' default), <c>external-dns</c> or <c>none</c>.</summary>
    public string? Provider { get; set; }

    /// <summary>The controller pod's priority class (default system-cluster-critical).</summary>
    public string? PriorityClassName { get; set; }
}
