using System.Collections.Immutable;

namespace Kgen.Model;

/// <summary>Who runs the cluster's control plane.</summary>
internal enum ControlPlaneTopology
{
    /// <summary>kgen's own: control-plane instance groups that form the cluster with kubeadm.</summary>
    Kubeadm,

    /// <summary>Amazon EKS runs the control plane; the instance groups are EKS managed node groups.</summary>
    EksManaged,
}

/// <summary>
/// What an EKS-managed control plane adds to the model (read from eksctl's <c>ClusterConfig</c>). The VPC, subnets,
/// NAT gateways, the node groups' machines (as <see cref="InstanceGroup"/>s of role Node) and the tags stay in
/// <see cref="Cluster"/>, built by the same builders as a kubeadm cluster's.
/// </summary>
internal sealed record EksOptions
{
    /// <summary>The Kubernetes minor version EKS runs (<c>1.32</c>).</summary>
    public required string Version { get; init; }

    /// <summary>Whether the API endpoint is reachable from inside the VPC (default true).</summary>
    public required bool EndpointPrivateAccess { get; init; }

    /// <summary>Whether the API endpoint is reachable from the internet.</summary>
    public required bool EndpointPublicAccess { get; init; }

    /// <summary>The CIDRs the public endpoint admits (sorted); empty when the endpoint is private.</summary>
    public required ImmutableArray<string> PublicAccessCidrs { get; init; }

    /// <summary>The control-plane log types sent to CloudWatch (EKS' names, sorted).</summary>
    public required ImmutableArray<string> LogTypes { get; init; }

    /// <summary>How long CloudWatch keeps the control-plane logs, in days; 0 for EKS' default log group (kept forever).</summary>
    public required int LogRetentionDays { get; init; }

    /// <summary>The KMS key that encrypts Kubernetes secrets; null means kgen creates one.</summary>
    public required string? SecretsKeyArn { get; init; }

    /// <summary>Whether an IAM OIDC provider is made for the cluster's issuer.</summary>
    public required bool WithOidc { get; init; }

    /// <summary>Workload identities, each an EKS Pod Identity association (sorted by namespace and service account).</summary>
    public required ImmutableArray<EksWorkloadIdentity> WorkloadIdentities { get; init; }

    /// <summary>The EKS managed add-ons, sorted by name.</summary>
    public required ImmutableArray<EksAddon> Addons { get; init; }

    /// <summary>API (access entries only) or API_AND_CONFIG_MAP.</summary>
    public required string AuthenticationMode { get; init; }

    /// <summary>Whether the identity that creates the cluster gets cluster-admin through an access entry.</summary>
    public required bool BootstrapClusterCreatorAdminPermissions { get; init; }

    /// <summary>The access entries, in spec order.</summary>
    public required ImmutableArray<EksAccessEntry> AccessEntries { get; init; }

    /// <summary>The EKS side of each node group, by instance group name (sorted).</summary>
    public required ImmutableSortedDictionary<string, EksNodeGroup> NodeGroups { get; init; }

    /// <summary>The service CIDR, when the spec names one (else EKS picks 10.100.0.0/16 or 172.20.0.0/16).</summary>
    public required string? ServiceCidr { get; init; }

    /// <summary>eksctl's NAT mode: Single (one NAT gateway for every zone), HighlyAvailable (one per zone) or Disable.</summary>
    public required string NatMode { get; init; }

    /// <summary>What the reader accepted but ignores, or mapped onto something else: printed as warnings at generation.</summary>
    public required ImmutableArray<Diagnostic> Warnings { get; init; }
}

/// <summary>The EKS side of a node group (its machines are an <see cref="InstanceGroup"/>).</summary>
internal sealed record EksNodeGroup
{
    /// <summary>The size EKS starts the group at.</summary>
    public required int DesiredSize { get; init; }

    /// <summary>Spot capacity (SPOT) or on-demand (ON_DEMAND).</summary>
    public required string CapacityType { get; init; }

    /// <summary>EKS' AMI type (AL2023_x86_64_STANDARD, BOTTLEROCKET_ARM_64, …).</summary>
    public required string AmiType { get; init; }

    /// <summary>How many nodes may be replaced at once during an update; null when a percentage is given.</summary>
    public required int? MaxUnavailable { get; init; }

    /// <summary>The percentage of nodes that may be replaced at once, when given.</summary>
    public required int? MaxUnavailablePercentage { get; init; }

    /// <summary>Security groups that may reach the nodes on port 22 (empty: no SSH rule).</summary>
    public required ImmutableArray<string> SshSourceSecurityGroups { get; init; }

    /// <summary>Whether SSH is allowed at all.</summary>
    public required bool SshAllowed { get; init; }

    /// <summary>The group's key pair: an existing key's name, a public key to import, or none.</summary>
    public required SshKey Key { get; init; }

    /// <summary>Whether the group was written under <c>nodeGroups</c> (eksctl's self-managed groups; kgen makes them managed).</summary>
    public required bool FromUnmanagedList { get; init; }
}

/// <summary>An AWS identity for pods of one service account (EKS Pod Identity).</summary>
internal sealed record EksWorkloadIdentity
{
    /// <summary>Namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>Service account.</summary>
    public required string ServiceAccount { get; init; }

    /// <summary>An existing role to use; null means kgen makes one.</summary>
    public required string? RoleArn { get; init; }

    /// <summary>Managed policies attached to the role kgen makes (sorted).</summary>
    public required ImmutableArray<string> PolicyArns { get; init; }

    /// <summary>An inline policy (JSON) of the role kgen makes.</summary>
    public required string? InlinePolicy { get; init; }

    /// <summary>eksctl's well-known policies granted to the role kgen makes (<see cref="Formats.WellKnownPolicies"/>, sorted).</summary>
    public required ImmutableArray<string> WellKnown { get; init; }

    /// <summary>A permissions boundary of the role kgen makes.</summary>
    public required string? PermissionsBoundary { get; init; }

    /// <summary>The role name, when the spec names it.</summary>
    public required string? RoleName { get; init; }

    /// <summary>Tags of the role kgen makes and of the association.</summary>
    public ImmutableSortedDictionary<string, string> Tags { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The add-on it serves, when it comes from an add-on's IAM.</summary>
    public string? Addon { get; init; }
}

/// <summary>An EKS managed add-on.</summary>
internal sealed record EksAddon
{
    /// <summary>The add-on's name (vpc-cni, coredns, …).</summary>
    public required string Name { get; init; }

    /// <summary>The version (<c>v1.19.2-eksbuild.1</c>); null for EKS' default for the Kubernetes version.</summary>
    public required string? Version { get; init; }

    /// <summary>Whether the add-on runs pods that need nodes before it can become active (coredns, CSI controllers, …).</summary>
    public required bool NeedsNodes { get; init; }

    /// <summary>What EKS does with fields changed by hand: OVERWRITE, PRESERVE or NONE.</summary>
    public required string ResolveConflicts { get; init; }

    /// <summary>Extra tags.</summary>
    public required ImmutableSortedDictionary<string, string> Tags { get; init; }
}

/// <summary>An access entry and its access policies.</summary>
internal sealed record EksAccessEntry
{
    /// <summary>The IAM principal.</summary>
    public required string PrincipalArn { get; init; }

    /// <summary>STANDARD, EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX.</summary>
    public required string Type { get; init; }

    /// <summary>Kubernetes groups (sorted).</summary>
    public required ImmutableArray<string> KubernetesGroups { get; init; }

    /// <summary>The access policies associated.</summary>
    public required ImmutableArray<EksAccessPolicy> Policies { get; init; }
}

/// <summary>An access policy associated with an access entry.</summary>
/// <param name="PolicyArn">The policy.</param>
/// <param name="ScopeType">cluster or namespace.</param>
/// <param name="Namespaces">The namespaces, for a namespace scope (sorted).</param>
internal sealed record EksAccessPolicy(string PolicyArn, string ScopeType, ImmutableArray<string> Namespaces);
