using Kgen.Generator.Plan;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation forms of an EKS cluster's own kinds: the secrets key, the cluster, node groups and their launch templates, add-ons, access, identities.</summary>
internal static class EksEmitters
{
    public static void KmsKey(StackBuilder s, KmsKey r) => s.Add(r, Obj(
        ("Description", r.Description),
        ("EnableKeyRotation", r.EnableKeyRotation),
        ("PendingWindowInDays", r.DeletionWindowInDays),
        ("Tags", TagList(r.Tags))));

    /// <summary>A managed policy of a role: CloudFormation has no attachment resource, so it is one of the role's <c>ManagedPolicyArns</c>.</summary>
    public static void RolePolicyAttachment(StackBuilder s, IamRolePolicyAttachment r)
    {
        var role = s.PropertiesOf(r.Role.Target);
        if (role["ManagedPolicyArns"] is not JArray arns)
        {
            role["ManagedPolicyArns"] = arns = [];
        }

        arns.Add(r.PolicyArn);
    }

    public static void Cluster(StackBuilder s, EksCluster r) => s.Add(r, Obj(
        ("AccessConfig", Obj(
            ("AuthenticationMode", r.AuthenticationMode),
            ("BootstrapClusterCreatorAdminPermissions", r.BootstrapClusterCreatorAdminPermissions))),
        ("EncryptionConfig", new JArray(Obj(("Provider", Obj(("KeyArn", s.V(r.SecretsKeyArn)))), ("Resources", new JArray("secrets"))))),
        ("KubernetesNetworkConfig", r.ServiceCidr is null ? null : Obj(("ServiceIpv4Cidr", r.ServiceCidr))),
        ("Logging", Obj(("ClusterLogging", Obj(("EnabledTypes", new JArray(r.LogTypes.Select(t => Obj(("Type", t))))))))),
        ("Name", r.ClusterName),
        ("ResourcesVpcConfig", Obj(
            ("EndpointPrivateAccess", r.EndpointPrivateAccess),
            ("EndpointPublicAccess", r.EndpointPublicAccess),
            ("PublicAccessCidrs", r.PublicAccessCidrs.IsEmpty ? null : new JArray(r.PublicAccessCidrs)),
            ("SecurityGroupIds", s.List(r.SecurityGroupIds)),
            ("SubnetIds", s.List(r.SubnetIds)))),
        ("RoleArn", s.V(r.RoleArn)),
        ("Tags", TagList(r.Tags)),
        ("Version", r.Version)));

    public static void LaunchTemplate(StackBuilder s, NodeGroupLaunchTemplate r)
    {
        var v = r.Volume;
        var data = Obj(
            ("BlockDeviceMappings", new JArray(Obj(
                ("DeviceName", r.DeviceName),
                ("Ebs", Obj(
                    ("DeleteOnTermination", true),
                    ("Encrypted", v.Encrypted),
                    ("Iops", v.Iops),
                    ("KmsKeyId", v.KmsKeyId),
                    ("Throughput", v.Throughput),
                    ("VolumeSize", v.Size),
                    ("VolumeType", v.Type)))))),
            ("KeyName", r.KeyName is null ? null : s.V(r.KeyName)),
            ("MetadataOptions", Obj(
                ("HttpEndpoint", r.MetadataOptions.HttpEndpoint),
                ("HttpProtocolIpv6", r.MetadataOptions.HttpProtocolIpv6),
                ("HttpPutResponseHopLimit", r.MetadataOptions.HttpPutResponseHopLimit),
                ("HttpTokens", r.MetadataOptions.HttpTokens),
                ("InstanceMetadataTags", r.MetadataOptions.InstanceMetadataTags))),
            ("SecurityGroupIds", s.List(r.SecurityGroups)),
            ("TagSpecifications", new JArray(r.TaggedResourceTypes.Select(t => Obj(("ResourceType", t), ("Tags", TagList(r.Tags)))))));
        s.Add(r, Obj(
            ("LaunchTemplateData", data),
            ("LaunchTemplateName", r.TemplateName),
            ("TagSpecifications", new JArray(Obj(("ResourceType", "launch-template"), ("Tags", TagList(r.Tags)))))));
    }

    public static void NodeGroup(StackBuilder s, ManagedNodeGroup r) => s.Add(r, Obj(
        ("AmiType", r.AmiType),
        ("CapacityType", r.CapacityType),
        ("ClusterName", s.V(r.ClusterName)),
        ("InstanceTypes", new JArray(r.InstanceTypes)),
        ("Labels", r.Labels.IsEmpty ? null : new JObject(r.Labels.Items.Select(l => new JProperty(l.Key, l.Value)))),
        ("LaunchTemplate", Obj(("Id", s.V(r.LaunchTemplateId)), ("Version", s.V(r.LaunchTemplateVersion)))),
        ("NodeRole", s.V(r.NodeRoleArn)),
        ("NodegroupName", r.NodeGroupName),
        ("ScalingConfig", Obj(("DesiredSize", r.DesiredSize), ("MaxSize", r.MaxSize), ("MinSize", r.MinSize))),
        ("Subnets", s.List(r.SubnetIds)),

        // EKS' node group tags are a map, not a list.
        ("Tags", TagMap(r.Tags)),
        ("Taints", r.Taints.IsEmpty ? null : new JArray(r.Taints.Select(t => Obj(("Effect", t.Effect), ("Key", t.Key), ("Value", t.Value.Length == 0 ? null : t.Value))))),
        ("UpdateConfig", Obj(("MaxUnavailable", r.MaxUnavailable), ("MaxUnavailablePercentage", r.MaxUnavailablePercentage)))));

    /// <summary>An add-on. CloudFormation has one conflict setting, applied on create and update alike: the update's.</summary>
    public static void Addon(StackBuilder s, ManagedAddon r) => s.Add(r, Obj(
        ("AddonName", r.AddonName),
        ("AddonVersion", r.AddonVersion),
        ("ClusterName", s.V(r.ClusterName)),
        ("ResolveConflicts", r.ResolveConflictsOnUpdate),
        ("Tags", TagList(r.Tags))));

    public static void AccessEntry(StackBuilder s, EksAccessEntry r) => s.Add(r, Obj(
        ("ClusterName", s.V(r.ClusterName)),
        ("KubernetesGroups", r.KubernetesGroups.IsEmpty ? null : new JArray(r.KubernetesGroups)),
        ("PrincipalArn", r.PrincipalArn),
        ("Tags", TagList(r.Tags)),
        ("Type", r.Type)));

    /// <summary>An access policy: CloudFormation has no association resource, so it is one of the entry's <c>AccessPolicies</c>.</summary>
    public static void AccessPolicyAssociation(StackBuilder s, EksAccessPolicyAssociation r)
    {
        var entry = s.PropertiesOf(r.Entry);
        if (entry["AccessPolicies"] is not JArray policies)
        {
            entry["AccessPolicies"] = policies = [];
        }

        policies.Add(Obj(
            ("AccessScope", Obj(("Namespaces", r.Namespaces.IsEmpty ? null : new JArray(r.Namespaces)), ("Type", r.ScopeType))),
            ("PolicyArn", r.PolicyArn)));
    }

    public static void OidcProvider(StackBuilder s, OidcProvider r) => s.Add(r, Obj(
        ("ClientIdList", new JArray(r.ClientIds)),
        ("Tags", TagList(r.Tags)),
        ("Url", s.V(r.Url))));

    public static void PodIdentityAssociation(StackBuilder s, PodIdentityAssociation r) => s.Add(r, Obj(
        ("ClusterName", s.V(r.ClusterName)),
        ("Namespace", r.Namespace),
        ("RoleArn", s.V(r.RoleArn)),
        ("ServiceAccount", r.ServiceAccount),
        ("Tags", TagList(r.Tags))));
}
