// The intermediate between an input format and the defaulting step: a cluster as the user wrote it,
// in kgen's own terms, whatever the format. A reader (Formats/) fills it from one format's documents;
// defaulting (Defaults/) and validation (Validation/) read only this, so another format is another
// reader. Every value is optional: deciding what is missing is defaulting's job.
using System.Collections.Immutable;

namespace Kgen.Model.Input;

/// <summary>
/// Where one document's values were written. Problems are reported at kgen's own field paths
/// (kgen.dev/v1alpha1, e.g. <c>spec.subnets[0].cidr</c>); the reader of a format whose fields are
/// named otherwise maps those paths onto its own positions.
/// </summary>
internal interface ISourceLocator
{
    /// <summary>An error at <paramref name="path"/> (or the nearest position known for it).</summary>
    Diagnostic Error(string code, string path, string message);
}

/// <summary>A cluster as written: the Cluster document's values and its instance groups.</summary>
internal sealed record ClusterInput
{
    /// <summary>The file name, for problems that belong to no document.</summary>
    public required string File { get; init; }

    /// <summary>Where the cluster's values were written.</summary>
    public required ISourceLocator Source { get; init; }

    /// <summary>The cluster name.</summary>
    public string? Name { get; init; }

    /// <summary>The cloud provider as written.</summary>
    public string? CloudProvider { get; init; }

    /// <summary>The Kubernetes version as written (<c>v1.34.2</c> or <c>1.34.2</c>).</summary>
    public string? KubernetesVersion { get; init; }

    /// <summary>Where configuration and secrets live.</summary>
    public string? ConfigBase { get; init; }

    /// <summary>The KMS key that encrypts the secrets in an S3 config store, as written.</summary>
    public string? ConfigStoreKmsKey { get; init; }

    /// <summary>The VPC, subnets and Kubernetes ranges.</summary>
    public required NetworkInput Network { get; init; }

    /// <summary>The CNIs named, in kgen's order (flannel, calico, cilium, cni); null when the spec names none.</summary>
    public ImmutableArray<CniInput>? Cni { get; init; }

    /// <summary>The API endpoint.</summary>
    public required ApiInput Api { get; init; }

    /// <summary>The operator's DNS zone (name or id).</summary>
    public string? DnsZone { get; init; }

    /// <summary>The cluster's DNS domain as written (kops' clusterDNSDomain).</summary>
    public string? ClusterDnsDomain { get; init; }

    /// <summary>The DNS type as written (Public, Private, None).</summary>
    public string? DnsType { get; init; }

    /// <summary>CIDRs that may SSH in, as written.</summary>
    public ImmutableArray<string> SshAccess { get; init; } = [];

    /// <summary>CIDRs that may reach the API, as written.</summary>
    public ImmutableArray<string> KubernetesApiAccess { get; init; } = [];

    /// <summary>CIDRs that may reach NodePort services, as written.</summary>
    public ImmutableArray<string> NodePortAccess { get; init; } = [];

    /// <summary>An existing key pair's name; empty for no key.</summary>
    public string? SshKeyName { get; init; }

    /// <summary>The etcd clusters as written; null to lay them out by default.</summary>
    public ImmutableArray<EtcdClusterInput>? EtcdClusters { get; init; }

    /// <summary>Whether nodes may pull from ECR.</summary>
    public bool? AllowContainerRegistry { get; init; }

    /// <summary><c>spec.serviceAccountIssuerDiscovery</c> as written.</summary>
    public Spec.ServiceAccountIssuerDiscoveryDto? ServiceAccountIssuerDiscovery { get; init; }

    /// <summary><c>spec.iam.useServiceAccountExternalPermissions</c>.</summary>
    public bool? UseServiceAccountExternalPermissions { get; init; }

    /// <summary><c>spec.iam.serviceAccountExternalPermissions</c> as written.</summary>
    public ImmutableArray<Spec.ServiceAccountExternalPermissionDto> ServiceAccountExternalPermissions { get; init; } = [];

    /// <summary>Extra IAM statements per role (JSON).</summary>
    public ImmutableDictionary<string, string> AdditionalPolicies { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>containerd's registry mirrors per registry host (or <c>*</c>).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> RegistryMirrors { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Managed IAM policies (ARNs) per role.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> ExternalPolicies { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Whether the kubelet allows anonymous requests.</summary>
    public bool? KubeletAnonymousAuth { get; init; }

    /// <summary>
    /// The control-plane components' and the kubelet's settings as written. kgen's own format and kops' share these
    /// documents' shape (<c>kubeAPIServer</c>, <c>kubelet</c>, …), so they are carried as bound; <c>ComponentDefaults</c> reads them.
    /// </summary>
    public ComponentsInput Components { get; init; } = new();

    /// <summary>The add-ons' settings as written.</summary>
    public AddonsInput Addons { get; init; } = new();

    /// <summary>The bastion load balancer's type as written (Public, Internal).</summary>
    public string? BastionLoadBalancerType { get; init; }

    /// <summary>The bastion's DNS name.</summary>
    public string? BastionPublicName { get; init; }

    /// <summary>Tags for every resource.</summary>
    public ImmutableDictionary<string, string> CloudLabels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The instance groups, in input order.</summary>
    public ImmutableArray<InstanceGroupInput> InstanceGroups { get; init; } = [];
}

/// <summary>The network as written.</summary>
internal sealed record NetworkInput
{
    /// <summary>The VPC CIDR.</summary>
    public string? VpcCidr { get; init; }

    /// <summary>An existing VPC's id.</summary>
    public string? VpcId { get; init; }

    /// <summary>The subnets, in input order.</summary>
    public ImmutableArray<SubnetInput> Subnets { get; init; } = [];

    /// <summary>The pod CIDR.</summary>
    public string? PodCidr { get; init; }

    /// <summary>The service CIDR.</summary>
    public string? ServiceCidr { get; init; }

    /// <summary>The range that is not masqueraded.</summary>
    public string? NonMasqueradeCidr { get; init; }
}

/// <summary>A subnet as written.</summary>
internal sealed record SubnetInput(string? Name, string? Zone, string? Cidr, string? Type, string? Id, string? Egress);

/// <summary>One CNI the spec names.</summary>
/// <param name="Kind">Which.</param>
/// <param name="FlannelBackend">Flannel's backend as written.</param>
/// <param name="Env">The Amazon VPC CNI's environment settings as written (name, value, YAML path).</param>
internal sealed record CniInput(CniKind Kind, string? FlannelBackend = null, ImmutableArray<(string? Name, string? Value, string Path)> Env = default)
{
    /// <summary>The kops CNI this one stands in for (kopeio), with the path it was named at; null when it is the one named.</summary>
    public (string Name, string Path)? MappedFrom { get; init; }
}

/// <summary>The API endpoint as written.</summary>
internal sealed record ApiInput
{
    /// <summary>The public DNS name.</summary>
    public string? PublicName { get; init; }

    /// <summary>The internal name as written (kops' masterInternalName).</summary>
    public string? InternalName { get; init; }

    /// <summary>The load balancer type as written (Public, Internal).</summary>
    public string? LoadBalancerType { get; init; }

    /// <summary>The load balancer class as written (Network, Classic).</summary>
    public string? LoadBalancerClass { get; init; }

    /// <summary>Cross-zone load balancing.</summary>
    public bool? CrossZone { get; init; }

    /// <summary>Extra security groups.</summary>
    public ImmutableArray<string> AdditionalSecurityGroups { get; init; } = [];

    /// <summary>An existing security group instead of kgen's for the load balancer.</summary>
    public string? SecurityGroupOverride { get; init; }
}

/// <summary>An etcd cluster as written.</summary>
internal sealed record EtcdClusterInput(string? Name, ImmutableArray<EtcdMemberInput> Members)
{
    /// <summary>kops' <c>backups.backupStore</c>.</summary>
    public string? BackupStore { get; init; }

    /// <summary>kops' <c>manager.backupInterval</c>.</summary>
    public string? BackupInterval { get; init; }

    /// <summary>kops' <c>manager.backupRetentionDays</c>.</summary>
    public int? BackupRetentionDays { get; init; }
}

/// <summary>An etcd member as written.</summary>
internal sealed record EtcdMemberInput
{
    /// <summary>Member name.</summary>
    public string? Name { get; init; }

    /// <summary>The control-plane group.</summary>
    public string? InstanceGroup { get; init; }

    /// <summary>Volume type.</summary>
    public string? VolumeType { get; init; }

    /// <summary>Volume size in GiB.</summary>
    public int? VolumeSize { get; init; }

    /// <summary>Volume IOPS.</summary>
    public int? VolumeIops { get; init; }

    /// <summary>Volume throughput.</summary>
    public int? VolumeThroughput { get; init; }

    /// <summary>Encrypted.</summary>
    public bool? Encrypted { get; init; }

    /// <summary>KMS key.</summary>
    public string? KmsKeyId { get; init; }
}

/// <summary>An instance group as written.</summary>
internal sealed record InstanceGroupInput
{
    /// <summary>Where the group's values were written.</summary>
    public required ISourceLocator Source { get; init; }

    /// <summary>The group name.</summary>
    public string? Name { get; init; }

    /// <summary>The cluster the group says it belongs to, when it says so.</summary>
    public string? ClusterLabel { get; init; }

    /// <summary>The role in kgen's words (ControlPlane, Node, Bastion), or as written when it is none of them.</summary>
    public string? Role { get; init; }

    /// <summary>The image.</summary>
    public string? Image { get; init; }

    /// <summary>The instance types; null when none is named (an empty list names none wrongly).</summary>
    public ImmutableArray<string>? MachineTypes { get; init; }

    /// <summary>Minimum size.</summary>
    public int? MinSize { get; init; }

    /// <summary>Maximum size.</summary>
    public int? MaxSize { get; init; }

    /// <summary>Subnet names; null for the role's default subnets.</summary>
    public ImmutableArray<string>? Subnets { get; init; }

    /// <summary>Root volume size.</summary>
    public int? RootVolumeSize { get; init; }

    /// <summary>Root volume type.</summary>
    public string? RootVolumeType { get; init; }

    /// <summary>Root volume IOPS.</summary>
    public int? RootVolumeIops { get; init; }

    /// <summary>Root volume throughput.</summary>
    public int? RootVolumeThroughput { get; init; }

    /// <summary>Root volume encryption.</summary>
    public bool? RootVolumeEncrypted { get; init; }

    /// <summary>Root volume KMS key.</summary>
    public string? RootVolumeKmsKeyId { get; init; }

    /// <summary>Whether instances get a public IP.</summary>
    public bool? AssociatePublicIp { get; init; }

    /// <summary>Tags.</summary>
    public ImmutableDictionary<string, string> CloudLabels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Node labels.</summary>
    public ImmutableDictionary<string, string> NodeLabels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Taints as written (<c>key=value:Effect</c>).</summary>
    public ImmutableArray<string> Taints { get; init; } = [];

    /// <summary>Extra security groups.</summary>
    public ImmutableArray<string> AdditionalSecurityGroups { get; init; } = [];

    /// <summary>An existing security group instead of kgen's for the group's role.</summary>
    public string? SecurityGroupOverride { get; init; }

    /// <summary>Spot price cap; set means spot.</summary>
    public string? MaxPrice { get; init; }

    /// <summary>The spot/on-demand mix as written.</summary>
    public MixedInstancesPolicyInput? MixedInstancesPolicy { get; init; }

    /// <summary>IMDS http tokens.</summary>
    public string? HttpTokens { get; init; }

    /// <summary>IMDS hop limit.</summary>
    public int? HopLimit { get; init; }

    /// <summary>Maximum instance lifetime as written (a duration such as <c>168h</c>).</summary>
    public string? MaxInstanceLifetime { get; init; }

    /// <summary>Scale-in protection.</summary>
    public bool? InstanceProtection { get; init; }

    /// <summary>Detailed monitoring.</summary>
    public bool? DetailedMonitoring { get; init; }

    /// <summary>The ARN of the operator's instance profile, instead of the role's.</summary>
    public string? InstanceProfileArn { get; init; }

    /// <summary>The operator's load balancers and target groups the group registers with, as written.</summary>
    public ImmutableArray<ExternalLoadBalancerInput> ExternalLoadBalancers { get; init; } = [];

    /// <summary>Autoscaling processes to suspend.</summary>
    public ImmutableArray<string> SuspendProcesses { get; init; } = [];

    /// <summary>The group's priority for the cluster autoscaler's priority expander, as written.</summary>
    public int? AutoscalePriority { get; init; }

    /// <summary>
    /// What the reader found wrong in how the group was written (e.g. a field in two forms). Defaulting reports
    /// these where it reaches the fields concerned, so that problems keep their order.
    /// </summary>
    public ImmutableArray<Diagnostic> ReadProblems { get; init; } = [];
}

/// <summary>One external load balancer as written: a classic load balancer's name, a target group's ARN (one of the two).</summary>
/// <param name="LoadBalancerName">The classic load balancer's name.</param>
/// <param name="TargetGroupArn">The target group's ARN.</param>
internal sealed record ExternalLoadBalancerInput(string? LoadBalancerName, string? TargetGroupArn);

/// <summary>A spot/on-demand mix as written.</summary>
internal sealed record MixedInstancesPolicyInput
{
    /// <summary>Instance types; null for the group's machine types.</summary>
    public ImmutableArray<string>? Instances { get; init; }

    /// <summary>On-demand base.</summary>
    public int? OnDemandBase { get; init; }

    /// <summary>Percent on-demand above base.</summary>
    public int? OnDemandAboveBase { get; init; }

    /// <summary>Spot allocation strategy.</summary>
    public string? SpotAllocationStrategy { get; init; }

    /// <summary>On-demand allocation strategy.</summary>
    public string? OnDemandAllocationStrategy { get; init; }

    /// <summary>Spot pools.</summary>
    public int? SpotInstancePools { get; init; }
}

/// <summary>The components' settings as written (null: not written).</summary>
internal sealed record ComponentsInput
{
    /// <summary><c>spec.kubeAPIServer</c>.</summary>
    public Spec.KubeApiServerDto? ApiServer { get; init; }

    /// <summary><c>spec.kubeControllerManager</c>.</summary>
    public Spec.KubeControllerManagerDto? ControllerManager { get; init; }

    /// <summary><c>spec.kubeScheduler</c>.</summary>
    public Spec.KubeSchedulerDto? Scheduler { get; init; }

    /// <summary><c>spec.kubeProxy</c>.</summary>
    public Spec.KubeProxyDto? KubeProxy { get; init; }

    /// <summary><c>spec.kubelet</c>.</summary>
    public Spec.KubeletDto? Kubelet { get; init; }

    /// <summary><c>spec.encryptionConfig</c>.</summary>
    public bool? EncryptionConfig { get; init; }
}

/// <summary>The add-ons' settings as written (null: not written).</summary>
internal sealed record AddonsInput
{
    /// <summary><c>spec.cloudControllerManager</c>.</summary>
    public Spec.CloudControllerManagerDto? CloudControllerManager { get; init; }

    /// <summary><c>spec.cloudConfig</c>.</summary>
    public Spec.CloudConfigDto? CloudConfig { get; init; }

    /// <summary><c>spec.metricsServer</c>.</summary>
    public Spec.MetricsServerDto? MetricsServer { get; init; }

    /// <summary><c>spec.clusterAutoscaler</c>.</summary>
    public Spec.ClusterAutoscalerDto? ClusterAutoscaler { get; init; }
    /// <summary><c>spec.nodeTerminationHandler</c>.</summary>
    public Spec.NodeTerminationHandlerDto? NodeTerminationHandler { get; init; }

    /// <summary><c>spec.externalDns</c>.</summary>
    public Spec.ExternalDnsDto? ExternalDns { get; init; }
    /// <summary><c>spec.certManager</c>.</summary>
    public Spec.CertManagerDto? CertManager { get; init; }

    /// <summary><c>spec.awsLoadBalancerController</c>.</summary>
    public Spec.LoadBalancerControllerDto? LoadBalancerController { get; init; }
}
