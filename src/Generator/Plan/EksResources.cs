using System.Collections.Immutable;

namespace Kgen.Generator.Plan;

#pragma warning disable SA1402 // The EKS part of the plan's catalogue, in one file like Resources.cs.

// ---------------------------------------------------------------- eks

/// <summary>A KMS key (with rotation) that encrypts the cluster's Kubernetes secrets.</summary>
internal sealed record KmsKey : Resource
{
    /// <summary>What the key is for.</summary>
    public required string Description { get; init; }

    /// <summary>Yearly rotation of the key material.</summary>
    public required bool EnableKeyRotation { get; init; }

    /// <summary>Days between scheduling the key's deletion and its deletion.</summary>
    public required int DeletionWindowInDays { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>A managed IAM policy attached to a role (CloudFormation: the role's <c>ManagedPolicyArns</c>).</summary>
internal sealed record IamRolePolicyAttachment : Resource
{
    /// <summary>The role (a reference to its name).</summary>
    public required Reference Role { get; init; }

    /// <summary>The managed policy.</summary>
    public required string PolicyArn { get; init; }
}

/// <summary>The EKS cluster: the control plane AWS runs.</summary>
internal sealed record EksCluster : Resource
{
    /// <summary>The cluster's AWS name.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The role EKS assumes.</summary>
    public required Value RoleArn { get; init; }

    /// <summary>Kubernetes version (MAJOR.MINOR).</summary>
    public required string Version { get; init; }

    /// <summary>Subnets of the control plane's network interfaces.</summary>
    public required ImmutableArray<Value> SubnetIds { get; init; }

    /// <summary>Extra security groups of those interfaces.</summary>
    public required ImmutableArray<Value> SecurityGroupIds { get; init; }

    /// <summary>Private endpoint.</summary>
    public required bool EndpointPrivateAccess { get; init; }

    /// <summary>Public endpoint.</summary>
    public required bool EndpointPublicAccess { get; init; }

    /// <summary>Who may reach the public endpoint (empty when it is off).</summary>
    public required ImmutableArray<string> PublicAccessCidrs { get; init; }

    /// <summary>The KMS key ARN that encrypts secrets.</summary>
    public required Value SecretsKeyArn { get; init; }

    /// <summary>Control-plane log types sent to CloudWatch.</summary>
    public required ImmutableArray<string> LogTypes { get; init; }

    /// <summary>API or API_AND_CONFIG_MAP.</summary>
    public required string AuthenticationMode { get; init; }

    /// <summary>Whether the creator gets an admin access entry.</summary>
    public required bool BootstrapClusterCreatorAdminPermissions { get; init; }

    /// <summary>The service CIDR, or null for EKS' choice.</summary>
    public required string? ServiceCidr { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>A launch template for a managed node group: no image and no user-data (EKS adds its own), only the machine's settings.</summary>
internal sealed record NodeGroupLaunchTemplate : Resource
{
    /// <summary>Template name.</summary>
    public required string TemplateName { get; init; }

    /// <summary>The node group it launches.</summary>
    public required string InstanceGroup { get; init; }

    /// <summary>Key pair name, or none.</summary>
    public Value? KeyName { get; init; }

    /// <summary>The device the volume settings apply to.</summary>
    public required string DeviceName { get; init; }

    /// <summary>Root (or data) volume.</summary>
    public required Model.RootVolume Volume { get; init; }

    /// <summary>Security groups of the instances.</summary>
    public required ImmutableArray<Value> SecurityGroups { get; init; }

    /// <summary>IMDS options.</summary>
    public required MetadataOptions MetadataOptions { get; init; }

    /// <summary>Tags of the template and of what it launches.</summary>
    public required Tags Tags { get; init; }

    /// <summary>Kinds of launched resource that carry the tags.</summary>
    public required ImmutableArray<string> TaggedResourceTypes { get; init; }
}

/// <summary>A taint of a managed node group, in EKS' effect names (NO_SCHEDULE, …).</summary>
/// <param name="Key">Key.</param>
/// <param name="Value">Value (may be empty).</param>
/// <param name="Effect">NO_SCHEDULE, PREFER_NO_SCHEDULE or NO_EXECUTE.</param>
internal sealed record NodeGroupTaint(string Key, string Value, string Effect);

/// <summary>An EKS managed node group.</summary>
internal sealed record ManagedNodeGroup : Resource
{
    /// <summary>The cluster (a reference, so the group waits for it).</summary>
    public required Value ClusterName { get; init; }

    /// <summary>The group's AWS name.</summary>
    public required string NodeGroupName { get; init; }

    /// <summary>The instances' role.</summary>
    public required Value NodeRoleArn { get; init; }

    /// <summary>Subnets.</summary>
    public required ImmutableArray<Value> SubnetIds { get; init; }

    /// <summary>Desired size at creation (later changes are the autoscaler's).</summary>
    public required int DesiredSize { get; init; }

    /// <summary>Minimum size.</summary>
    public required int MinSize { get; init; }

    /// <summary>Maximum size.</summary>
    public required int MaxSize { get; init; }

    /// <summary>Nodes replaced at once during an update, or null when a percentage is given.</summary>
    public required int? MaxUnavailable { get; init; }

    /// <summary>Percentage of nodes replaced at once, when given.</summary>
    public required int? MaxUnavailablePercentage { get; init; }

    /// <summary>Instance types.</summary>
    public required ImmutableArray<string> InstanceTypes { get; init; }

    /// <summary>ON_DEMAND or SPOT.</summary>
    public required string CapacityType { get; init; }

    /// <summary>EKS' AMI type.</summary>
    public required string AmiType { get; init; }

    /// <summary>Kubernetes labels.</summary>
    public required Tags Labels { get; init; }

    /// <summary>Kubernetes taints.</summary>
    public required ImmutableArray<NodeGroupTaint> Taints { get; init; }

    /// <summary>The launch template's id.</summary>
    public required Value LaunchTemplateId { get; init; }

    /// <summary>The launch template's version.</summary>
    public required Value LaunchTemplateVersion { get; init; }

    /// <summary>Tags of the node group.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>An EKS managed add-on.</summary>
internal sealed record ManagedAddon : Resource
{
    /// <summary>The cluster, or a node group's cluster name when the add-on's pods need nodes to become active.</summary>
    public required Value ClusterName { get; init; }

    /// <summary>The add-on's name.</summary>
    public required string AddonName { get; init; }

    /// <summary>Its version, or null for EKS' default.</summary>
    public required string? AddonVersion { get; init; }

    /// <summary>What EKS does with hand-made changes when it creates the add-on: NONE or OVERWRITE.</summary>
    public required string ResolveConflictsOnCreate { get; init; }

    /// <summary>… and when it updates it: NONE, OVERWRITE or PRESERVE.</summary>
    public required string ResolveConflictsOnUpdate { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>An access entry: an IAM principal admitted to the cluster.</summary>
internal sealed record EksAccessEntry : Resource
{
    /// <summary>The cluster.</summary>
    public required Value ClusterName { get; init; }

    /// <summary>The principal.</summary>
    public required string PrincipalArn { get; init; }

    /// <summary>STANDARD, EC2_LINUX, ….</summary>
    public required string Type { get; init; }

    /// <summary>Kubernetes groups.</summary>
    public required ImmutableArray<string> KubernetesGroups { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>An access policy associated with an access entry (CloudFormation: the entry's <c>AccessPolicies</c>).</summary>
internal sealed record EksAccessPolicyAssociation : Resource
{
    /// <summary>The cluster.</summary>
    public required Value ClusterName { get; init; }

    /// <summary>The entry.</summary>
    public required EksAccessEntry Entry { get; init; }

    /// <summary>The entry's principal (a reference, so the association waits for the entry).</summary>
    public required Value PrincipalArn { get; init; }

    /// <summary>The access policy.</summary>
    public required string PolicyArn { get; init; }

    /// <summary>cluster or namespace.</summary>
    public required string ScopeType { get; init; }

    /// <summary>Namespaces of a namespace scope.</summary>
    public required ImmutableArray<string> Namespaces { get; init; }
}

/// <summary>The IAM OIDC provider of the cluster's issuer.</summary>
internal sealed record OidcProvider : Resource
{
    /// <summary>The issuer URL.</summary>
    public required Value Url { get; init; }

    /// <summary>Audiences.</summary>
    public required ImmutableArray<string> ClientIds { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>An EKS Pod Identity association: pods of a service account get a role's credentials.</summary>
internal sealed record PodIdentityAssociation : Resource
{
    /// <summary>The cluster.</summary>
    public required Value ClusterName { get; init; }

    /// <summary>Namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>Service account.</summary>
    public required string ServiceAccount { get; init; }

    /// <summary>The role.</summary>
    public required Value RoleArn { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}
