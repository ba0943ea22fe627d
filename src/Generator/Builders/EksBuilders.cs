using System.Collections.Immutable;
using Kgen.Generator.Plan;
using Kgen.Model;
using Kgen.Model.Formats;
using Newtonsoft.Json.Linq;

namespace Kgen.Generator.Builders;

#pragma warning disable SA1402 // The builders of an EKS cluster's own concerns, read together.

/// <summary>
/// The security groups of an EKS cluster: one kgen adds to the control plane's network interfaces and one for every
/// node, with the paths between them. EKS also makes a cluster security group of its own for the control plane; kgen's
/// nodes are not in it, so every path the nodes need is a rule here.
/// </summary>
internal sealed class EksFirewallBuilder : IPlanBuilder
{
    /// <summary>The kubelet's port.</summary>
    public const int Kubelet = 10250;

    /// <summary>The API endpoint's port.</summary>
    public const int Https = 443;

    public void Build(BuildContext ctx)
    {
        var names = ctx.Names;
        var plane = ctx.RoleSecurityGroups[InstanceGroupRole.ControlPlane] = Group(ctx, names.EksControlPlaneSecurityGroup, "EKS control plane network interfaces (kgen)");
        var nodes = ctx.RoleSecurityGroups[InstanceGroupRole.Node] = Group(ctx, names.SecurityGroup(InstanceGroupRole.Node), "EKS worker nodes (kgen)");
        foreach (var sg in new[] { plane, nodes })
        {
            Rule(ctx, sg, RuleDirection.Egress, "-1", 0, 0, "all outbound traffic", cidr: "0.0.0.0/0");
        }

        Rule(ctx, plane, RuleDirection.Ingress, "tcp", Https, Https, "nodes to the API endpoint", from: nodes);

        // The API server calls the kubelets (logs, exec, metrics) and webhooks served by pods, which the VPC CNI gives
        // addresses of the nodes' interfaces, so of the nodes' security group.
        Rule(ctx, nodes, RuleDirection.Ingress, "tcp", Kubelet, Kubelet, "control plane to kubelets (logs, exec, metrics)", from: plane);
        Rule(ctx, nodes, RuleDirection.Ingress, "tcp", Https, Https, "control plane to webhooks served on 443", from: plane);
        Rule(ctx, nodes, RuleDirection.Ingress, "tcp", 1025, 65535, "control plane to webhooks and extension API servers on pods", from: plane);

        // Pods have VPC addresses on the nodes' interfaces: pod-to-pod traffic is node-to-node traffic on any port.
        Rule(ctx, nodes, RuleDirection.Ingress, "-1", 0, 0, "nodes and pods to each other (VPC CNI)", from: nodes);

        foreach (var (group, eks) in ctx.Cluster.Eks!.NodeGroups)
        {
            foreach (var source in eks.SshSourceSecurityGroups)
            {
                Rule(ctx, nodes, RuleDirection.Ingress, "tcp", 22, 22, $"ssh.sourceSecurityGroupIds of node group {group}", sourceId: source);
            }
        }

        ctx.OutputList("node_security_group_ids", [nodes.Ref()]);
        ctx.OutputList("control_plane_security_group_ids", [plane.Ref()]);
    }

    private static SecurityGroup Group(BuildContext ctx, string name, string description) =>
        ctx.Add(new SecurityGroup { Name = name, GroupName = name, VpcId = ctx.VpcId, Description = description, Tags = ctx.Tags(name) });

    private static void Rule(BuildContext ctx, SecurityGroup target, RuleDirection direction, string protocol, int first, int last, string what, SecurityGroup? from = null, string? cidr = null, string? sourceId = null)
    {
        var peer = from?.Name ?? sourceId ?? cidr!;
        var name = Names.SecurityGroupRule(target.Name, direction == RuleDirection.Egress, protocol, first, last, peer);
        if (ctx.HasResource<SecurityGroupRule>(name))
        {
            return;
        }

        ctx.Add(new SecurityGroupRule
        {
            Name = name,
            SecurityGroupId = target.Ref(),
            Direction = direction,
            Protocol = protocol,
            FromPort = first,
            ToPort = last,
            SourceSecurityGroupId = from?.Ref() ?? (sourceId is null ? null : (Value)sourceId),
            CidrBlocks = cidr is null ? [] : [cidr],
            Ipv6CidrBlocks = [],
            Description = what,
        });
    }
}

/// <summary>
/// The IAM of an EKS cluster: the role EKS assumes, the one node role every node group shares (what the kubelet, the
/// VPC CNI and image pulls call), and a role per workload identity that trusts EKS Pod Identity.
/// </summary>
internal sealed class EksIamBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        var names = ctx.Names;
        var p = ctx.Partition;
        var eks = ctx.Cluster.Eks!;
        var clusterRole = ctx.Add(new IamRole
        {
            Name = names.EksClusterRole,
            RoleName = names.EksClusterRole,
            AssumeRolePolicy = Trust(ServicePrincipal("eks", p), "sts:AssumeRole", "sts:TagSession"),
            Tags = ctx.Tags(names.EksClusterRole),
        });
        ctx.Roles[InstanceGroupRole.ControlPlane] = clusterRole;
        foreach (var policy in EksClusterPolicies)
        {
            Attach(ctx, clusterRole, ManagedPolicy(p, policy));
        }

        var nodeRoleName = names.IamRole(InstanceGroupRole.Node);
        var nodeRole = ctx.Add(new IamRole
        {
            Name = nodeRoleName,
            RoleName = nodeRoleName,
            AssumeRolePolicy = Trust(ServicePrincipal("ec2", p), "sts:AssumeRole"),
            Tags = ctx.Tags(nodeRoleName),
        });
        ctx.Roles[InstanceGroupRole.Node] = nodeRole;

        // The VPC CNI runs as aws-node; when the spec gives it an identity of its own the node role need not carry its policy.
        var cniHasIdentity = eks.WorkloadIdentities.Any(w => w.Addon == "vpc-cni");
        foreach (var policy in NodePolicies.Where(x => !cniHasIdentity || x != CniPolicy))
        {
            Attach(ctx, nodeRole, ManagedPolicy(p, policy));
        }

        foreach (var w in eks.WorkloadIdentities.Where(w => w.RoleArn is null))
        {
            var name = names.EksPodIdentity(w.Namespace, w.ServiceAccount);
            var roleName = w.RoleName ?? names.EksPodIdentityRole(w.Namespace, w.ServiceAccount);
            var role = ctx.Add(new IamRole
            {
                Name = name,
                RoleName = roleName,
                AssumeRolePolicy = Trust(new Principals { Service = ["pods.eks.amazonaws.com"] }, "sts:AssumeRole", "sts:TagSession"),
                PermissionsBoundary = w.PermissionsBoundary,
                Tags = ctx.Tags(name, w.Tags),
            });
            ctx.WorkloadRoles[name] = role;
            var arns = w.PolicyArns.Concat(w.WellKnown.Select(k => WellKnownManagedPolicy(k, p)).OfType<string>()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            foreach (var arn in arns)
            {
                Attach(ctx, role, arn);
            }

            // cert-manager and ExternalDNS call the same Route 53 actions: one set of statements serves both.
            var statements = w.WellKnown.Select(k => k == WellKnownPolicies.CertManager ? WellKnownPolicies.ExternalDns : k).Distinct(StringComparer.Ordinal).SelectMany(k => WellKnownStatements(k, ctx.Cluster.Name)).ToList();
            if (w.InlinePolicy is { } inline)
            {
                statements.AddRange(Statements(JObject.Parse(inline)));
            }

            if (statements.Count > 0)
            {
                ctx.Add(new IamRolePolicy { Name = name, PolicyName = roleName, Role = role.Ref("name"), Policy = new PolicyDocument([.. statements]) });
            }
        }

        ctx.Output(Names.RoleOutput(InstanceGroupRole.Node, "arn"), nodeRole.Ref("arn"));
        ctx.Output(Names.RoleOutput(InstanceGroupRole.Node, "name"), nodeRole.Ref("name"));
        ctx.Output("cluster_role_arn", clusterRole.Ref("arn"));
    }

    /// <summary>The managed policies of the role EKS assumes.</summary>
    internal static readonly ImmutableArray<string> EksClusterPolicies = ["AmazonEKSClusterPolicy", "AmazonEKSVPCResourceController"];

    /// <summary>The VPC CNI's policy (ENIs and addresses for pods).</summary>
    internal const string CniPolicy = "AmazonEKS_CNI_Policy";

    /// <summary>The managed policies of the node role: the kubelet's, the VPC CNI's, pulling images from ECR, and SSM for a shell without SSH.</summary>
    internal static readonly ImmutableArray<string> NodePolicies = ["AmazonEC2ContainerRegistryReadOnly", CniPolicy, "AmazonEKSWorkerNodePolicy", "AmazonSSMManagedInstanceCore"];

    internal static string ManagedPolicy(string partition, string name) => $"arn:{partition}:iam::aws:policy/{name}";

    private static string? WellKnownManagedPolicy(string known, string partition) => known switch
    {
        WellKnownPolicies.EbsCsiController => ManagedPolicy(partition, "service-role/AmazonEBSCSIDriverPolicy"),
        WellKnownPolicies.EfsCsiController => ManagedPolicy(partition, "service-role/AmazonEFSCSIDriverPolicy"),
        WellKnownPolicies.ImageBuilder => ManagedPolicy(partition, "AmazonEC2ContainerRegistryPowerUser"),
        _ => null,
    };

    private static IEnumerable<Statement> WellKnownStatements(string known, string cluster) => known switch
    {
        WellKnownPolicies.AutoScaler =>
        [
            new Statement
            {
                FromOperator = true,
                Actions = Sorted("autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances", "autoscaling:DescribeLaunchConfigurations", "autoscaling:DescribeScalingActivities", "autoscaling:DescribeTags", "ec2:DescribeImages", "ec2:DescribeInstanceTypes", "ec2:DescribeLaunchTemplateVersions", "ec2:GetInstanceTypesFromInstanceRequirements", "eks:DescribeNodegroup"),
                Resources = ["*"],
            },
            // Only the groups of this cluster: EKS tags each managed node group's Auto Scaling group k8s.io/cluster-autoscaler/<cluster>=owned.
            new Statement
            {
                FromOperator = true,
                Actions = Sorted("autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"),
                Resources = ["*"],
                Conditions = ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal)
                    .Add("StringEquals", ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add($"aws:ResourceTag/k8s.io/cluster-autoscaler/{cluster}", ["owned"])),
            },
        ],
        WellKnownPolicies.ExternalDns or WellKnownPolicies.CertManager =>
        [
            new Statement { FromOperator = true, Actions = Sorted("route53:ChangeResourceRecordSets"), Resources = ["arn:aws:route53:::hostedzone/*"] },
            new Statement { FromOperator = true, Actions = Sorted("route53:GetChange", "route53:ListHostedZones", "route53:ListHostedZonesByName", "route53:ListResourceRecordSets", "route53:ListTagsForResource"), Resources = ["*"] },
        ],
        _ => [],
    };

    private static ImmutableArray<string> Sorted(params string[] actions) => [.. actions.Order(StringComparer.Ordinal)];

    /// <summary>The statements of an inline policy as the spec wrote it (validated by the reader).</summary>
    private static IEnumerable<Statement> Statements(JObject policy)
    {
        var list = policy["Statement"] switch
        {
            JArray a => a.OfType<JObject>(),
            JObject o => [o],
            _ => [],
        };
        foreach (var s in list)
        {
            yield return new Statement
            {
                Sid = (string?)s["Sid"],
                Effect = (string?)s["Effect"] ?? "Allow",
                FromOperator = true,
                Actions = Strings(s["Action"]),
                NotActions = Strings(s["NotAction"]),
                Resources = Strings(s["Resource"]),
                NotResources = Strings(s["NotResource"]),
            };
        }
    }

    private static ImmutableArray<string> Strings(JToken? token) => token switch
    {
        JArray a => [.. a.Select(x => (string)x!)],
        JValue v => [(string)v!],
        _ => [],
    };

    private static Principals ServicePrincipal(string service, string partition) =>
        new() { Service = [partition == "aws-cn" ? $"{service}.amazonaws.com.cn" : $"{service}.amazonaws.com"] };

    private static PolicyDocument Trust(Principals principal, params string[] actions) =>
        new([new Statement { Actions = Sorted(actions), Principal = principal }]);

    internal static void Attach(BuildContext ctx, IamRole role, string policyArn) =>
        ctx.Add(new IamRolePolicyAttachment { Name = Names.PolicyAttachment(role.Name, policyArn), Role = role.Ref("name"), PolicyArn = policyArn });
}

/// <summary>
/// The EKS control plane: the secrets key (unless the spec names one), the cluster with its endpoint access, logging
/// and access configuration, the OIDC provider, the access entries and their policies.
/// </summary>
internal sealed class EksControlPlaneBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        var names = ctx.Names;
        var cluster = ctx.Cluster;
        var eks = cluster.Eks!;
        Value keyArn;
        if (eks.SecretsKeyArn is { } given)
        {
            keyArn = given;
        }
        else
        {
            var key = ctx.Add(new KmsKey
            {
                Name = names.EksSecretsKey,
                Description = $"Encrypts the Kubernetes secrets of EKS cluster {cluster.Name}",
                EnableKeyRotation = true,
                DeletionWindowInDays = 30,
                Tags = ctx.Tags(names.EksSecretsKey),
            });
            keyArn = key.Ref("arn");
        }

        // The control plane's interfaces go in the private subnets when there are any, else in the public ones.
        var privateSubnets = cluster.Network.Subnets.Where(s => s.Type == SubnetType.Private).ToList();
        var placement = privateSubnets.Count > 0 ? privateSubnets : [.. cluster.Network.Subnets];
        var control = ctx.Add(new EksCluster
        {
            Name = names.EksCluster,
            ClusterName = cluster.Name,
            RoleArn = ctx.Roles[InstanceGroupRole.ControlPlane].Ref("arn"),
            Version = eks.Version,
            SubnetIds = [.. placement.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => ctx.SubnetIds[s.Name])],
            SecurityGroupIds = [ctx.RoleSecurityGroups[InstanceGroupRole.ControlPlane].Ref()],
            EndpointPrivateAccess = eks.EndpointPrivateAccess,
            EndpointPublicAccess = eks.EndpointPublicAccess,
            PublicAccessCidrs = eks.PublicAccessCidrs,
            SecretsKeyArn = keyArn,
            LogTypes = eks.LogTypes,
            AuthenticationMode = eks.AuthenticationMode,
            BootstrapClusterCreatorAdminPermissions = eks.BootstrapClusterCreatorAdminPermissions,
            ServiceCidr = eks.ServiceCidr,
            Tags = ctx.Tags(names.EksCluster),
        });
        ctx.EksCluster = control;

        if (eks.WithOidc)
        {
            var oidc = ctx.Add(new OidcProvider { Name = names.EksOidcProvider, Url = control.Ref("oidc_issuer"), ClientIds = ["sts.amazonaws.com"], Tags = ctx.Tags(names.EksOidcProvider) });
            ctx.Output("oidc_provider_arn", oidc.Ref("arn"));
        }

        foreach (var entry in eks.AccessEntries)
        {
            var name = names.EksAccessEntry(entry.PrincipalArn);
            var resource = ctx.Add(new Plan.EksAccessEntry
            {
                Name = name,
                ClusterName = control.Ref("name"),
                PrincipalArn = entry.PrincipalArn,
                Type = entry.Type,
                KubernetesGroups = entry.KubernetesGroups,
                Tags = ctx.Tags(name),
            });
            foreach (var policy in entry.Policies)
            {
                ctx.Add(new EksAccessPolicyAssociation
                {
                    Name = names.EksAccessPolicyAssociation(entry.PrincipalArn, policy.PolicyArn),
                    ClusterName = control.Ref("name"),
                    Entry = resource,
                    PrincipalArn = resource.Ref("principal_arn"),
                    PolicyArn = policy.PolicyArn,
                    ScopeType = policy.ScopeType,
                    Namespaces = policy.Namespaces,
                });
            }
        }

        ctx.Output("cluster_arn", control.Ref("arn"));
        ctx.Output("cluster_endpoint", control.Ref("endpoint"));
        ctx.Output("cluster_certificate_authority_data", control.Ref("certificate_authority"));
        ctx.Output("kubernetes_version", eks.Version);
    }
}

/// <summary>
/// The managed node groups, each with a launch template of its own (no image, no user-data: EKS adds the bootstrap of
/// the AMI type), then the add-ons (those whose pods need nodes wait for a node group) and the pod identities.
/// </summary>
internal sealed class EksNodeGroupBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        var names = ctx.Names;
        var cluster = ctx.Cluster;
        var eks = cluster.Eks!;
        var control = ctx.EksCluster!;
        var nodes = ctx.RoleSecurityGroups[InstanceGroupRole.Node];
        ManagedNodeGroup? first = null;
        foreach (var g in cluster.InstanceGroups)
        {
            var e = eks.NodeGroups[g.Name];
            var name = names.EksNodeGroup(g.Name);
            Value? keyName = e.Key switch
            {
                { ExistingName: { } existing } => existing,
                { PublicKey: { } publicKey } => KeyPair(ctx, publicKey),
                _ => null,
            };
            var tags = ctx.Tags(name, g.CloudLabels);
            var template = ctx.Add(new NodeGroupLaunchTemplate
            {
                Name = name,
                TemplateName = name,
                InstanceGroup = g.Name,
                KeyName = keyName,

                // Bottlerocket keeps containers and images on its second volume; the other AMIs on the root one.
                DeviceName = e.AmiType.StartsWith("BOTTLEROCKET", StringComparison.Ordinal) ? "/dev/xvdb" : "/dev/xvda",
                Volume = g.RootVolume,
                SecurityGroups = [nodes.Ref(), .. g.AdditionalSecurityGroups.Select(id => (Value)id)],

                // IMDSv2 only. A hop limit of 2 lets pods in their own network namespace (one hop further than the node)
                // reach IMDS: the EBS CSI driver and the load balancer controller read the region and instance there.
                // disablePodIMDS gives 1, which keeps pods out.
                MetadataOptions = MetadataOptions.For(g.InstanceMetadata),
                Tags = tags,
                TaggedResourceTypes = ["instance", "volume", "network-interface"],
            });
            var group = ctx.Add(new ManagedNodeGroup
            {
                Name = name,
                ClusterName = control.Ref("name"),
                NodeGroupName = g.Name,
                NodeRoleArn = ctx.Roles[InstanceGroupRole.Node].Ref("arn"),
                SubnetIds = [.. g.Subnets.Select(s => ctx.SubnetIds[s])],
                DesiredSize = e.DesiredSize,
                MinSize = g.MinSize,
                MaxSize = g.MaxSize,
                MaxUnavailable = e.MaxUnavailable,
                MaxUnavailablePercentage = e.MaxUnavailablePercentage,
                InstanceTypes = g.MachineTypes,
                CapacityType = e.CapacityType,
                AmiType = e.AmiType,
                Labels = Tags.From(g.NodeLabels),
                Taints = [.. g.Taints.Select(t => new NodeGroupTaint(t.Key, t.Value, Effect(t.Effect)))],
                LaunchTemplateId = template.Ref(),
                LaunchTemplateVersion = template.Ref("latest_version"),
                Tags = tags,
            });
            first ??= group;
        }

        foreach (var a in eks.Addons)
        {
            var name = names.EksAddon(a.Name);
            ctx.Add(new ManagedAddon
            {
                Name = name,

                // An add-on whose pods need nodes (coredns, CSI controllers) stays degraded, and its creation waits, until a node
                // group exists: naming the cluster through a node group makes it wait for one.
                ClusterName = a.NeedsNodes && first is not null ? first.Ref("cluster_name") : control.Ref("name"),
                AddonName = a.Name,
                AddonVersion = a.Version,
                ResolveConflictsOnCreate = a.ResolveConflicts == "PRESERVE" ? "NONE" : a.ResolveConflicts,
                ResolveConflictsOnUpdate = a.ResolveConflicts,
                Tags = ctx.Tags(name, a.Tags),
            });
        }

        foreach (var w in eks.WorkloadIdentities)
        {
            var name = names.EksPodIdentity(w.Namespace, w.ServiceAccount);
            ctx.Add(new PodIdentityAssociation
            {
                Name = name,
                ClusterName = control.Ref("name"),
                Namespace = w.Namespace,
                ServiceAccount = w.ServiceAccount,
                RoleArn = w.RoleArn is { } arn ? arn : ctx.WorkloadRoles[name].Ref("arn"),
                Tags = ctx.Tags(name, w.Tags),
            });
        }
    }

    /// <summary>The key pair of an imported public key, made once however many groups use it.</summary>
    private static Value KeyPair(BuildContext ctx, string publicKey)
    {
        var name = ctx.Names.KeyPair(publicKey);
        var existing = ctx.Find<KeyPair>(name);
        return (existing ?? ctx.Add(new KeyPair { Name = name, KeyName = name, PublicKey = new TextDocument(publicKey + "\n"), Tags = ctx.Tags(name) })).Ref();
    }

    private static string Effect(string effect) => effect switch
    {
        "NoSchedule" => "NO_SCHEDULE",
        "PreferNoSchedule" => "PREFER_NO_SCHEDULE",
        _ => "NO_EXECUTE",
    };
}
