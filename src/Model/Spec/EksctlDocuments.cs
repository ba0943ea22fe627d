// eksctl's ClusterConfig (eksctl.io/v1alpha5), as far as kgen implements or maps it. Field names are eksctl's, so
// its files load unchanged; fields eksctl has and kgen does not declare here are decided in
// Formats/EksctlFields.cs (ignored with a warning, or refused with the reason); any other field is a typo
// (an error with "did you mean"). Formats/EksctlFormat.cs reads these into the model.
using YamlDotNet.Serialization;

namespace Kgen.Model.Spec;

#pragma warning disable CA2227 // DTOs are filled by the YAML binder.
#pragma warning disable CA1002 // Lists keep the binder simple; the resolved model is immutable.
#pragma warning disable SA1402 // One file holds eksctl's shape.

/// <summary>A <c>kind: ClusterConfig</c> document of eksctl.</summary>
internal sealed class EksctlClusterConfig
{
    public string? ApiVersion { get; set; }

    public string? Kind { get; set; }

    public EksctlMetadata? Metadata { get; set; }

    public List<string>? AvailabilityZones { get; set; }

    public EksctlVpc? Vpc { get; set; }

    public EksctlNetworkConfig? KubernetesNetworkConfig { get; set; }

    public List<EksctlNodeGroup>? ManagedNodeGroups { get; set; }

    public List<EksctlNodeGroup>? NodeGroups { get; set; }

    public EksctlIam? Iam { get; set; }

    public List<EksctlAddon>? Addons { get; set; }

    public EksctlAccessConfig? AccessConfig { get; set; }

    public EksctlSecretsEncryption? SecretsEncryption { get; set; }

    public EksctlCloudWatch? CloudWatch { get; set; }
}

internal sealed class EksctlMetadata
{
    public string? Name { get; set; }

    public string? Region { get; set; }

    public string? Version { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    public Dictionary<string, string>? Annotations { get; set; }
}

internal sealed class EksctlVpc
{
    public string? Id { get; set; }

    public string? Cidr { get; set; }

    public EksctlSubnets? Subnets { get; set; }

    public EksctlNat? Nat { get; set; }

    public EksctlClusterEndpoints? ClusterEndpoints { get; set; }

    [YamlMember(Alias = "publicAccessCIDRs")]
    public List<string>? PublicAccessCidrs { get; set; }
}

internal sealed class EksctlSubnets
{
    public Dictionary<string, EksctlSubnet>? Private { get; set; }

    public Dictionary<string, EksctlSubnet>? Public { get; set; }
}

internal sealed class EksctlSubnet
{
    public string? Id { get; set; }

    public string? Cidr { get; set; }

    public string? Az { get; set; }
}

internal sealed class EksctlNat
{
    public string? Gateway { get; set; }
}

internal sealed class EksctlClusterEndpoints
{
    public bool? PublicAccess { get; set; }

    public bool? PrivateAccess { get; set; }
}

internal sealed class EksctlNetworkConfig
{
    [YamlMember(Alias = "serviceIPv4CIDR")]
    public string? ServiceIpv4Cidr { get; set; }

    public string? IpFamily { get; set; }
}

internal sealed class EksctlNodeGroup
{
    public string? Name { get; set; }

    public string? AmiFamily { get; set; }

    public string? InstanceType { get; set; }

    public List<string>? InstanceTypes { get; set; }

    public bool? Spot { get; set; }

    public int? DesiredCapacity { get; set; }

    public int? MinSize { get; set; }

    public int? MaxSize { get; set; }

    public int? VolumeSize { get; set; }

    public string? VolumeType { get; set; }

    public bool? VolumeEncrypted { get; set; }

    [YamlMember(Alias = "volumeKmsKeyID")]
    public string? VolumeKmsKeyId { get; set; }

    [YamlMember(Alias = "volumeIOPS")]
    public int? VolumeIops { get; set; }

    public int? VolumeThroughput { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public List<EksctlTaint>? Taints { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    public bool? PrivateNetworking { get; set; }

    public List<string>? Subnets { get; set; }

    public List<string>? AvailabilityZones { get; set; }

    public EksctlSsh? Ssh { get; set; }

    public EksctlUpdateConfig? UpdateConfig { get; set; }

    public EksctlNodeGroupSecurityGroups? SecurityGroups { get; set; }

    [YamlMember(Alias = "disableIMDSv1")]
    public bool? DisableImdsV1 { get; set; }

    [YamlMember(Alias = "disablePodIMDS")]
    public bool? DisablePodImds { get; set; }

    public EksctlNodeGroupIam? Iam { get; set; }

    public EksctlInstancesDistribution? InstancesDistribution { get; set; }
}

internal sealed class EksctlTaint
{
    public string? Key { get; set; }

    public string? Value { get; set; }

    public string? Effect { get; set; }
}

internal sealed class EksctlSsh
{
    public bool? Allow { get; set; }

    public string? PublicKey { get; set; }

    public string? PublicKeyPath { get; set; }

    public string? PublicKeyName { get; set; }

    public List<string>? SourceSecurityGroupIds { get; set; }

    public bool? EnableSsm { get; set; }
}

internal sealed class EksctlUpdateConfig
{
    public int? MaxUnavailable { get; set; }

    public int? MaxUnavailablePercentage { get; set; }
}

internal sealed class EksctlNodeGroupSecurityGroups
{
    [YamlMember(Alias = "attachIDs")]
    public List<string>? AttachIds { get; set; }

    public bool? WithShared { get; set; }

    public bool? WithLocal { get; set; }
}

internal sealed class EksctlNodeGroupIam
{
    [YamlMember(Alias = "attachPolicyARNs")]
    public List<string>? AttachPolicyArns { get; set; }

    public EksctlAddonPolicies? WithAddonPolicies { get; set; }
}

internal sealed class EksctlAddonPolicies
{
    public bool? ImageBuilder { get; set; }

    public bool? AutoScaler { get; set; }

    [YamlMember(Alias = "externalDNS")]
    public bool? ExternalDns { get; set; }

    public bool? CertManager { get; set; }

    public bool? AppMesh { get; set; }

    public bool? AppMeshPreview { get; set; }

    public bool? Ebs { get; set; }

    [YamlMember(Alias = "fsx")]
    public bool? Fsx { get; set; }

    public bool? Efs { get; set; }

    public bool? AwsLoadBalancerController { get; set; }

    public bool? AlbIngress { get; set; }

    public bool? XRay { get; set; }

    public bool? CloudWatch { get; set; }
}

internal sealed class EksctlInstancesDistribution
{
    public List<string>? InstanceTypes { get; set; }

    public string? MaxPrice { get; set; }

    public int? OnDemandBaseCapacity { get; set; }

    public int? OnDemandPercentageAboveBaseCapacity { get; set; }

    public int? SpotInstancePools { get; set; }

    public string? SpotAllocationStrategy { get; set; }
}

internal sealed class EksctlIam
{
    [YamlMember(Alias = "withOIDC")]
    public bool? WithOidc { get; set; }

    public List<EksctlServiceAccount>? ServiceAccounts { get; set; }

    public List<EksctlPodIdentityAssociation>? PodIdentityAssociations { get; set; }
}

internal sealed class EksctlServiceAccount
{
    public EksctlObjectMeta? Metadata { get; set; }

    [YamlMember(Alias = "attachPolicyARNs")]
    public List<string>? AttachPolicyArns { get; set; }

    [YamlMember(Alias = "attachRoleARN")]
    public string? AttachRoleArn { get; set; }

    public EksctlWellKnownPolicies? WellKnownPolicies { get; set; }

    [YamlMember(Alias = "permissionsBoundary")]
    public string? PermissionsBoundary { get; set; }

    public string? RoleName { get; set; }

    public bool? RoleOnly { get; set; }

    public Dictionary<string, string>? Tags { get; set; }
}

internal sealed class EksctlObjectMeta
{
    public string? Name { get; set; }

    public string? Namespace { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    public Dictionary<string, string>? Annotations { get; set; }
}

internal sealed class EksctlWellKnownPolicies
{
    public bool? ImageBuilder { get; set; }

    public bool? AutoScaler { get; set; }

    public bool? AwsLoadBalancerController { get; set; }

    [YamlMember(Alias = "externalDNS")]
    public bool? ExternalDns { get; set; }

    public bool? CertManager { get; set; }

    [YamlMember(Alias = "ebsCSIController")]
    public bool? EbsCsiController { get; set; }

    [YamlMember(Alias = "efsCSIController")]
    public bool? EfsCsiController { get; set; }
}

internal sealed class EksctlPodIdentityAssociation
{
    public string? Namespace { get; set; }

    public string? ServiceAccountName { get; set; }

    [YamlMember(Alias = "roleARN")]
    public string? RoleArn { get; set; }

    public string? RoleName { get; set; }

    [YamlMember(Alias = "permissionPolicyARNs")]
    public List<string>? PermissionPolicyArns { get; set; }

    public EksctlWellKnownPolicies? WellKnownPolicies { get; set; }

    [YamlMember(Alias = "permissionsBoundaryARN")]
    public string? PermissionsBoundaryArn { get; set; }

    public bool? CreateServiceAccount { get; set; }

    public Dictionary<string, string>? Tags { get; set; }
}

internal sealed class EksctlAddon
{
    public string? Name { get; set; }

    public string? Version { get; set; }

    [YamlMember(Alias = "attachPolicyARNs")]
    public List<string>? AttachPolicyArns { get; set; }

    public EksctlWellKnownPolicies? WellKnownPolicies { get; set; }

    [YamlMember(Alias = "serviceAccountRoleARN")]
    public string? ServiceAccountRoleArn { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    public string? ResolveConflicts { get; set; }
}

internal sealed class EksctlAccessConfig
{
    public string? AuthenticationMode { get; set; }

    public bool? BootstrapClusterCreatorAdminPermissions { get; set; }

    public List<EksctlAccessEntry>? AccessEntries { get; set; }
}

internal sealed class EksctlAccessEntry
{
    [YamlMember(Alias = "principalARN")]
    public string? PrincipalArn { get; set; }

    public string? Type { get; set; }

    public List<string>? KubernetesGroups { get; set; }

    public List<EksctlAccessPolicy>? AccessPolicies { get; set; }
}

internal sealed class EksctlAccessPolicy
{
    [YamlMember(Alias = "policyARN")]
    public string? PolicyArn { get; set; }

    public EksctlAccessScope? AccessScope { get; set; }
}

internal sealed class EksctlAccessScope
{
    public string? Type { get; set; }

    public List<string>? Namespaces { get; set; }
}

internal sealed class EksctlSecretsEncryption
{
    [YamlMember(Alias = "keyARN")]
    public string? KeyArn { get; set; }
}

internal sealed class EksctlCloudWatch
{
    public EksctlClusterLogging? ClusterLogging { get; set; }
}

internal sealed class EksctlClusterLogging
{
    public List<string>? EnableTypes { get; set; }

    public int? LogRetentionInDays { get; set; }
}
