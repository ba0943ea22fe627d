using System.Collections.Immutable;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Builders;
using Kgen.Generator.Plan;

namespace Kgen.Generator.Verification;

/// <summary>
/// The proofs of an EKS cluster's needs (<see cref="EksNeeds"/>): the same routes and security-group rules as a kubeadm
/// cluster's, read from the managed node groups and their launch templates and from the EKS cluster's interfaces; AWS
/// calls against the managed policies attached to the role that makes them.
/// </summary>
internal sealed partial class PlanVerifier
{
    /// <summary>What the AWS managed policies kgen attaches grant, as far as the needs call it (AWS' policy documents).</summary>
    internal static readonly ImmutableDictionary<string, ImmutableArray<string>> ManagedPolicyGrants = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal)
    {
        ["AmazonEKSWorkerNodePolicy"] = ["ec2:DescribeInstances", "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVolumes", "ec2:DescribeVolumesModifications", "ec2:DescribeVpcs", "eks-auth:AssumeRoleForPodIdentity", "eks:DescribeCluster"],
        ["AmazonEC2ContainerRegistryReadOnly"] = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:DescribeImages", "ecr:DescribeRepositories", "ecr:GetAuthorizationToken", "ecr:GetDownloadUrlForLayer", "ecr:GetRepositoryPolicy", "ecr:ListImages"],
        [EksIamBuilder.CniPolicy] = ["ec2:AssignIpv6Addresses", "ec2:AssignPrivateIpAddresses", "ec2:AttachNetworkInterface", "ec2:CreateNetworkInterface", "ec2:CreateTags", "ec2:DeleteNetworkInterface", "ec2:DescribeInstanceTypes", "ec2:DescribeInstances", "ec2:DescribeNetworkInterfaces", "ec2:DescribeTags", "ec2:DetachNetworkInterface", "ec2:ModifyNetworkInterfaceAttribute", "ec2:UnassignPrivateIpAddresses"],
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private Proof ProveEks(Need need) => need switch
    {
        ConnectNeed { Actor: RoleActor, Destination: EksEndpointDestination } c => EachNodeGroup(c, (a, g) => NodesToEndpoint(a, c, g)),
        ConnectNeed { Actor: RoleActor, Destination: InternetDestination d } c => EachNodeGroup(c, (a, g) => NodesToInternet(a, c, g, d.Host)),
        ConnectNeed { Actor: RoleActor, Destination: RoleDestination } c => EachNodeGroup(c, (a, g) => IntoNodes(a, c, NodeSource(g))),
        ConnectNeed { Actor: OutsideActor o } c => FromOutsideGroup(c, o.Cidr),
        ConnectNeed { Actor: EksControlPlaneActor } c => EachNodeGroup(c, (a, _) => IntoNodes(a, c, ControlPlaneSource())),
        CallNeed { Actor: RoleActor } c => Granted(c, _index.Plan.OfType<ManagedNodeGroup>().Select(g => (g.NodeRoleArn as Reference)?.Target).OfType<IamRole>().FirstOrDefault(), "the node role"),
        CallNeed { Actor: WorkloadActor w } c => Granted(c, WorkloadRole(w.ServiceAccount), $"the role of {w.ServiceAccount}"),
        _ => new Proof { Need = need, Steps = [], Missing = $"kgen cannot prove this kind of need on an EKS cluster: {need.Key}" },
    };

    private EksCluster Eks => _index.Plan.OfType<EksCluster>().Single();

    private static NodeGroupLaunchTemplate TemplateOf(ManagedNodeGroup g) => (NodeGroupLaunchTemplate)((Reference)g.LaunchTemplateId).Target;

    private Proof EachNodeGroup(Need need, Action<Attempt, ManagedNodeGroup> prove)
    {
        var groups = _index.Plan.OfType<ManagedNodeGroup>().ToList();
        var attempt = new Attempt();
        foreach (var g in groups)
        {
            prove(attempt, g);
            if (attempt.Failed)
            {
                var failed = attempt.ToProof(need);
                return failed with { Missing = $"node group {g.NodeGroupName}: {failed.Missing}" };
            }
        }

        return groups.Count == 0 ? new Proof { Need = need, Steps = [], Missing = "no node group in the plan" } : attempt.ToProof(need) with { Steps = [.. attempt.Steps.Distinct()] };
    }

    private static Source NodeSource(ManagedNodeGroup g) => new(
        [.. PlanIndex.Groups(TemplateOf(g).SecurityGroups)],
        [.. g.SubnetIds.Select(s => PlanIndex.Subnet(s)?.CidrBlock)],
        $"the private address of a node of {g.NodeGroupName}",
        InVpc: true);

    private Source ControlPlaneSource() => new(
        [.. PlanIndex.Groups(Eks.SecurityGroupIds)],
        [.. Eks.SubnetIds.Select(s => PlanIndex.Subnet(s)?.CidrBlock)],
        "the EKS control plane's interfaces in the cluster's subnets",
        InVpc: true);

    private void NodesToEndpoint(Attempt attempt, ConnectNeed need, ManagedNodeGroup g)
    {
        var eks = Eks;
        var source = NodeSource(g);
        if (eks.EndpointPrivateAccess)
        {
            attempt.Step("EKS cluster", eks.Name, "private endpoint on: inside the VPC the endpoint's name resolves to the control plane's interfaces in the cluster's subnets");
            var planes = PlanIndex.Groups(eks.SecurityGroupIds).ToImmutableArray();
            Egress(attempt, source, planes, [.. eks.SubnetIds.Select(s => PlanIndex.Subnet(s)?.CidrBlock)], need, "the EKS endpoint's interfaces");
            Ingress(attempt, source, planes, need.Protocol, need.FromPort, need.ToPort, "the EKS endpoint's interfaces");
            return;
        }

        attempt.Step("EKS cluster", eks.Name, "private endpoint off: nodes reach the public endpoint");
        NodesToInternet(attempt, need, g, "the public EKS endpoint");
        if (!eks.PublicAccessCidrs.Contains(AnyAddress))
        {
            attempt.Fail("the public endpoint admits only vpc.publicAccessCIDRs, which do not hold the nodes' NAT or public addresses; turn the private endpoint on");
        }
    }

    private void NodesToInternet(Attempt attempt, ConnectNeed need, ManagedNodeGroup g, string host)
    {
        Egress(attempt, NodeSource(g), [], [null], need, host);
        foreach (var subnet in g.SubnetIds)
        {
            if (attempt.Failed)
            {
                return;
            }

            RouteToInternet(attempt, subnet, PlanIndex.Subnet(subnet)?.MapPublicIpOnLaunch ?? false, $"node group {g.NodeGroupName}");
        }
    }

    private void IntoNodes(Attempt attempt, ConnectNeed need, Source source)
    {
        var nodes = _index.Plan.OfType<ManagedNodeGroup>().SelectMany(g => PlanIndex.Groups(TemplateOf(g).SecurityGroups)).Distinct().ToImmutableArray();
        var ranges = _index.Plan.OfType<ManagedNodeGroup>().SelectMany(g => g.SubnetIds.Select(s => PlanIndex.Subnet(s)?.CidrBlock)).Distinct().ToImmutableArray();
        Egress(attempt, source, nodes, ranges, need, "the nodes");
        Ingress(attempt, source, nodes, need.Protocol, need.FromPort, need.ToPort, "the nodes");
    }

    /// <summary>Members of a security group kgen does not manage (an operator's): an ingress rule must name the group.</summary>
    private Proof FromOutsideGroup(ConnectNeed need, string groupId)
    {
        var nodes = _index.Plan.OfType<ManagedNodeGroup>().SelectMany(g => PlanIndex.Groups(TemplateOf(g).SecurityGroups)).Distinct();
        foreach (var group in nodes)
        {
            var rule = _index.RulesOf(group, RuleDirection.Ingress).FirstOrDefault(r => r.SourceSecurityGroupId is Literal { Content: string id } && id == groupId && Covers(r, need.Protocol, need.FromPort, need.ToPort));
            if (rule is not null)
            {
                _usedRules.Add(rule);
                return new Proof { Need = need, Steps = [new Step("security-group rule", rule.Name, $"{group.Name} admits {ConnectNeed.PortLabel(need.Protocol, need.FromPort, need.ToPort)} from members of {groupId}")], Assumptions = [$"members of {groupId} are in the VPC or one peered with it"] };
            }
        }

        return new Proof { Need = need, Steps = [], Missing = $"no ingress rule of the nodes' security groups admits {ConnectNeed.PortLabel(need.Protocol, need.FromPort, need.ToPort)} from {groupId}" };
    }

    private IamRole? WorkloadRole(string serviceAccount)
    {
        var association = _index.Plan.OfType<PodIdentityAssociation>().FirstOrDefault(p => $"{p.Namespace}/{p.ServiceAccount}" == serviceAccount);
        return (association?.RoleArn as Reference)?.Target as IamRole;
    }

    private Proof Granted(CallNeed need, IamRole? role, string who)
    {
        if (role is null)
        {
            return new Proof { Need = need, Steps = [], Missing = $"{who} is not a role of the plan" };
        }

        foreach (var attachment in _index.Plan.OfType<IamRolePolicyAttachment>().Where(a => ReferenceEquals(a.Role.Target, role)))
        {
            var policy = attachment.PolicyArn.Split('/')[^1];
            if (ManagedPolicyGrants.TryGetValue(policy, out var actions) && actions.Contains(need.Action))
            {
                return new Proof { Need = need, Steps = [new Step("managed policy", attachment.Name, $"{policy} on {role.RoleName} grants {need.Action}")] };
            }
        }

        return new Proof { Need = need, Steps = [], Missing = $"no managed policy attached to {role.RoleName} grants {need.Action}" };
    }
}
