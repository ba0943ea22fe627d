using System.Collections.Frozen;

namespace Kgen.Model.Formats;

/// <summary>What kgen does with an eksctl field it does not read into the model.</summary>
internal enum EksctlDecision
{
    /// <summary>Accepted and ignored: a warning says why, and what kgen does instead.</summary>
    Ignored,

    /// <summary>Refused: an error says why, and what to write instead.</summary>
    Refused,
}

/// <summary>
/// The decision for every field of eksctl's <c>ClusterConfig</c> (eksctl.io/v1alpha5) that kgen does not implement
/// or map (those are the properties of <c>Spec/EksctlDocuments.cs</c>). Paths use <c>[]</c> for any list item and
/// <c>{}</c> for any map key. A field in neither place is unknown: an error with "did you mean".
/// </summary>
internal static class EksctlFields
{
    private const string ManagedGroups = "managedNodeGroups[]";
    private const string Groups = "nodeGroups[]";

    /// <summary>The fields raw YAML is kept of (inline IAM policies), read by <see cref="EksctlFormat"/> itself.</summary>
    public static readonly FrozenSet<string> RawPolicies = new[]
    {
        "iam.serviceAccounts[].attachPolicy",
        "iam.podIdentityAssociations[].permissionPolicy",
        "addons[].attachPolicy",
        "managedNodeGroups[].iam.attachPolicy",
        "nodeGroups[].iam.attachPolicy",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Decided fields: path → decision and reason.</summary>
    public static readonly FrozenDictionary<string, (EksctlDecision Decision, string Reason)> All = Build();

    private static FrozenDictionary<string, (EksctlDecision, string)> Build()
    {
        var d = new Dictionary<string, (EksctlDecision, string)>(StringComparer.Ordinal);
        void Ignore(string path, string reason) => d[path] = (EksctlDecision.Ignored, reason);
        void Refuse(string path, string reason) => d[path] = (EksctlDecision.Refused, reason);
        void Both(Action<string, string> decide, string field, string reason)
        {
            decide($"{ManagedGroups}.{field}", reason);
            decide($"{Groups}.{field}", reason);
        }

        // metadata
        Ignore("metadata.annotations", "annotations are eksctl's own bookkeeping; kgen writes none");
        Ignore("metadata.forceUpdateVersion", "kgen upgrades by a version change in the spec and an apply; there is nothing to force");
        Refuse("metadata.rollbackConfig", "control-plane upgrade rollback is an eksctl-driven operation; upgrade by changing metadata.version and applying");

        // cluster-level features kgen does not build
        Refuse("upgradePolicy", "extended-support policy is not in kgen's plan yet; remove it (EKS' default, EXTENDED, applies)");
        Refuse("autoModeConfig", "EKS Auto Mode replaces node groups and add-ons with AWS-run ones; kgen builds node groups and add-ons itself");
        Refuse("remoteNetworkConfig", "hybrid nodes are not supported by kgen");
        Refuse("iamIdentityMappings", "kgen grants access with access entries (accessConfig.accessEntries), never the aws-auth ConfigMap; write each mapping as an access entry");
        Refuse("identityProviders", "OIDC identity-provider association is not in kgen's plan yet; remove it and associate the provider after apply");
        Refuse("addonsConfig", "kgen installs exactly the add-ons listed under addons; remove addonsConfig");
        Refuse("privateCluster", "fully private clusters need VPC endpoints kgen does not create yet; use vpc.clusterEndpoints.publicAccess: false for a private endpoint");
        Refuse("fargateProfiles", "Fargate profiles are not supported by kgen; run the pods on a managed node group");
        Refuse("localZones", "local-zone subnets are not supported by kgen");
        Refuse("gitops", "GitOps bootstrap is an eksctl step after the cluster exists; run Flux's own bootstrap after apply");
        Refuse("karpenter", "Karpenter is installed by eksctl with Helm; kgen generates infrastructure only");
        Refuse("outpost", "EKS on Outposts is not supported by kgen");
        Refuse("controlPlaneScalingConfig", "provisioned control-plane scaling is not in kgen's plan yet; remove it");
        Refuse("zonalShiftConfig", "zonal shift is not in kgen's plan yet; remove it (and enable it with the AWS CLI after apply)");
        Refuse("kubeAPIServerConfig", "EKS does not take API server flags from kgen");
        Refuse("kubeSchedulerConfig", "EKS does not take scheduler flags from kgen");
        Refuse("kubeControllerManagerConfig", "EKS does not take controller-manager flags from kgen");
        Refuse("capabilities", "EKS capabilities (managed Argo CD, ACK, kro) are not supported by kgen");
        Refuse("kubernetesNetworkConfig.serviceIPv6CIDR", "IPv6 clusters are not supported by kgen");

        // vpc
        Refuse("vpc.securityGroup", "kgen makes the cluster's security groups; an existing control-plane security group is not supported");
        Ignore("vpc.hostnameType", "kgen's subnets name instances after their id (resource-name), which EKS nodes support");
        Refuse("vpc.extraCIDRs", "secondary VPC CIDRs are not supported by kgen");
        Refuse("vpc.extraIPv6CIDRs", "IPv6 is not supported by kgen");
        Refuse("vpc.sharedNodeSecurityGroup", "kgen makes the node security group; an existing shared one is not supported");
        Ignore("vpc.manageSharedNodeSecurityGroupRules", "kgen always manages the rules of the security groups it makes");
        Refuse("vpc.autoAllocateIPv6", "IPv6 is not supported by kgen");
        Refuse("vpc.ipv6Cidr", "IPv6 is not supported by kgen");
        Refuse("vpc.ipv6Pool", "IPv6 is not supported by kgen");
        Refuse("vpc.controlPlaneSubnetIDs", "kgen places the control plane's interfaces in the cluster's private subnets (or its public ones when it has none)");
        Ignore("vpc.controlPlaneOnPrivateSubnets", "kgen always places the control plane's interfaces in the private subnets when there are any");
        Refuse("vpc.controlPlaneSecurityGroupIDs", "extra control-plane security groups are not supported by kgen");
        Refuse("vpc.controlPlaneEgressMode", "not supported by kgen");

        // iam
        Refuse("iam.serviceRoleARN", "kgen makes the cluster role; an existing one is not supported");
        Refuse("iam.serviceRolePermissionsBoundary", "not supported by kgen");
        Refuse("iam.fargatePodExecutionRoleARN", "Fargate is not supported by kgen");
        Refuse("iam.fargatePodExecutionRolePermissionsBoundary", "Fargate is not supported by kgen");
        Ignore("iam.vpcResourceControllerPolicy", "kgen attaches AmazonEKSVPCResourceController to the cluster role always");
        Ignore("iam.serviceAccounts[].metadata.labels", "kgen creates AWS identities only; label the Kubernetes ServiceAccount in its own manifest");
        Ignore("iam.serviceAccounts[].metadata.annotations", "kgen creates AWS identities only; annotate the Kubernetes ServiceAccount in its own manifest");
        Ignore("iam.serviceAccounts[].roleOnly", "kgen creates no Kubernetes ServiceAccount in any case, only the AWS identity");
        Refuse("iam.serviceAccounts[].status", "status is written by eksctl, not by people");
        Refuse("iam.serviceAccounts[].subjectPattern", "wildcard subjects need IRSA trust conditions; kgen gives workloads identities through EKS Pod Identity");
        Ignore("iam.podIdentityAssociations[].createServiceAccount", "kgen creates AWS identities only; create the ServiceAccount in your manifests");
        Refuse("iam.podIdentityAssociations[].permissionPolicyName", "not supported by kgen; leave it out (kgen names the inline policy after the role)");
        Refuse("iam.podIdentityAssociations[].targetRoleARN", "cross-account pod identity is not supported by kgen yet");
        Refuse("iam.podIdentityAssociations[].disableSessionTags", "not supported by kgen yet");
        Refuse("iam.podIdentityAssociations[].policy", "not supported by kgen yet");

        // addons
        Refuse("addons[].permissionsBoundary", "not supported by kgen");
        Refuse("addons[].podIdentityAssociations", "kgen makes the add-on's identity from attachPolicyARNs or wellKnownPolicies");
        Ignore("addons[].useDefaultPodIdentityAssociations", "kgen makes the add-on's identity from attachPolicyARNs or wellKnownPolicies");
        Refuse("addons[].configurationValues", "add-on configuration values are not in kgen's plan yet");
        Refuse("addons[].namespaceConfig", "not supported by kgen");
        Ignore("addons[].publishers", "marketplace filters apply to eksctl's add-on lookup only");
        Ignore("addons[].types", "marketplace filters apply to eksctl's add-on lookup only");
        Ignore("addons[].owners", "marketplace filters apply to eksctl's add-on lookup only");
        Ignore("accessConfig.accessEntries[].kubernetesUsername", "EKS derives the user name from the principal");

        // node groups
        Both(Ignore, "instancePrefix", "EC2 names kgen's nodes after their instance id");
        Both(Ignore, "instanceName", "EC2 names kgen's nodes after their instance id");
        Both(Refuse, "ami", "a custom AMI needs a bootstrap kgen does not write for managed node groups; use amiFamily");
        Both(Ignore, "maxPodsPerNode", "EKS sets max pods from the instance type for managed node groups");
        Both(Refuse, "asgSuspendProcesses", "EKS owns the managed node group's autoscaling group");
        Both(Ignore, "ebsOptimized", "current instance types are EBS-optimized always");
        Both(Refuse, "volumeName", "kgen keeps the AMI's root device name");
        Both(Refuse, "additionalVolumes", "extra volumes are not supported by kgen yet");
        Both(Refuse, "preBootstrapCommands", "kgen writes no user-data for managed node groups; bake the commands into an image or a DaemonSet");
        Both(Refuse, "overrideBootstrapCommand", "kgen writes no user-data for managed node groups");
        Both(Ignore, "propagateASGTags", "EKS propagates no tags to its autoscaling group; kgen tags the instances through the launch template");
        Both(Refuse, "placement", "placement groups are not supported by kgen yet");
        Both(Refuse, "efaEnabled", "EFA is not supported by kgen");
        Both(Refuse, "instanceSelector", "kgen generates offline and cannot ask EC2 for matching types; list instanceTypes");
        Both(Refuse, "bottlerocket", "Bottlerocket settings are written into user-data kgen does not write");
        Both(Ignore, "enableDetailedMonitoring", "EKS managed node groups use basic monitoring");
        Both(Refuse, "capacityReservation", "capacity reservations are not supported by kgen yet");
        Both(Refuse, "instanceMarketOptions", "use spot: true");
        Both(Refuse, "outpostARN", "EKS on Outposts is not supported by kgen");
        Both(Refuse, "iam.instanceProfileARN", "kgen makes the node role");
        Both(Refuse, "iam.instanceRoleARN", "kgen makes the node role");
        Both(Refuse, "iam.instanceRoleName", "kgen names the node role");
        Both(Refuse, "iam.instanceRolePermissionsBoundary", "not supported by kgen");
        Both(Refuse, "securityGroups.withShared", "kgen always puts nodes in the cluster's node security group");
        Both(Refuse, "securityGroups.withLocal", "kgen always puts nodes in the cluster's node security group");
        Both(Ignore, "ssh.enableSsm", "SSM agent comes with the EKS-optimized AMIs; the node role has AmazonSSMManagedInstanceCore");
        Refuse($"{ManagedGroups}.launchTemplate", "kgen makes each managed node group's launch template (IMDSv2, encrypted volumes)");
        Refuse($"{ManagedGroups}.releaseVersion", "kgen uses the AMI release EKS picks for the Kubernetes version");
        Refuse($"{ManagedGroups}.nodeRepairConfig", "node auto-repair is not in kgen's plan yet");
        Refuse($"{Groups}.asgMetricsCollection", "EKS owns the managed node group's autoscaling group");
        Refuse($"{Groups}.cpuCredits", "not supported by kgen");
        Refuse($"{Groups}.classicLoadBalancerNames", "EKS owns the managed node group's autoscaling group");
        Refuse($"{Groups}.targetGroupARNs", "EKS owns the managed node group's autoscaling group");
        Refuse($"{Groups}.clusterDNS", "kubelet flags are written into user-data kgen does not write");
        Refuse($"{Groups}.kubeletExtraConfig", "kubelet flags are written into user-data kgen does not write");
        Ignore($"{Groups}.containerRuntime", "EKS' AMIs run containerd");
        Refuse($"{Groups}.maxInstanceLifetime", "EKS owns the managed node group's autoscaling group");
        Refuse($"{Groups}.localZones", "local zones are not supported by kgen");
        Refuse($"{Groups}.enclaveEnabled", "Nitro Enclaves are not supported by kgen");
        Ignore($"{Groups}.instancesDistribution.capacityRebalance", "EKS managed node groups rebalance spot capacity themselves");
        Ignore($"{Groups}.instancesDistribution.spotAllocationStrategy", "EKS managed node groups use the price-capacity-optimized strategy");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
