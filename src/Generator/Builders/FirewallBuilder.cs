using System.Collections.Immutable;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>
/// Security groups and their rules, least privilege: each path opens only the ports it needs,
/// with the CNI's own ports where CNIs differ. Outside access comes only from the spec's
/// <c>sshAccess</c>, <c>kubernetesApiAccess</c> and <c>nodePortAccess</c> lists.
/// </summary>
internal sealed class FirewallBuilder : IPlanBuilder
{
    private const int Kubelet = 10250;
    private const int NodePortFirst = 30000;
    private const int NodePortLast = 32767;

    public void Build(BuildContext ctx)
    {
        // A CIDR listed twice opens its path once: the rule is named after the CIDR, and two rules of one name clash.
        var cluster = ctx.Cluster;
        var hasBastion = cluster.InstanceGroups.Any(g => g.Role == InstanceGroupRole.Bastion);

        var groups = new List<Resource>();
        var masters = RoleGroups(ctx, groups, InstanceGroupRole.ControlPlane, "Security group for control-plane nodes");
        var nodes = RoleGroups(ctx, groups, InstanceGroupRole.Node, "Security group for worker nodes");
        Resource apiElbGroup = cluster.Api.SecurityGroupOverride is { } apiOverride
            ? Existing(ctx, groups, apiOverride, ctx.Names.ApiLoadBalancerSecurityGroup)
            : Group(ctx, groups, ctx.Names.ApiLoadBalancerSecurityGroup, "Security group for the API load balancer");
        ctx.ApiLoadBalancerSecurityGroup = apiElbGroup;
        ImmutableArray<Resource> apiElb = [apiElbGroup];
        ImmutableArray<Resource> bastion = [], bastionElb = [];
        if (hasBastion)
        {
            bastion = RoleGroups(ctx, groups, InstanceGroupRole.Bastion, "Security group for bastion hosts");
            var elb = ctx.BastionLoadBalancerSecurityGroup = Group(ctx, groups, ctx.Names.BastionLoadBalancerSecurityGroup, "Security group for the bastion load balancer");
            bastionElb = [elb];
        }

        foreach (var sg in groups)
        {
            Rule(ctx, [sg], RuleDirection.Egress, "-1", 0, 0, "all outbound traffic", cidr: "0.0.0.0/0");
        }

        // Inside the cluster.
        Rule(ctx, masters, RuleDirection.Ingress, "-1", 0, 0, "control plane to control plane (etcd, API)", from: masters);
        Rule(ctx, masters, RuleDirection.Ingress, "tcp", ApiEndpoint.ServerPort, ApiEndpoint.ServerPort, "nodes to the API server", from: nodes);
        Rule(ctx, masters, RuleDirection.Ingress, "tcp", Kubelet, Kubelet, "nodes to control-plane kubelets (metrics)", from: nodes);
        Rule(ctx, nodes, RuleDirection.Ingress, "tcp", Kubelet, Kubelet, "API server to kubelets (logs, exec)", from: masters);
        Rule(ctx, nodes, RuleDirection.Ingress, "tcp", Kubelet, Kubelet, "node to node kubelets (metrics)", from: nodes);
        Rule(ctx, nodes, RuleDirection.Ingress, "tcp", NodePortFirst, NodePortLast, "NodePort services between nodes", from: nodes);
        Rule(ctx, nodes, RuleDirection.Ingress, "udp", NodePortFirst, NodePortLast, "NodePort services between nodes", from: nodes);
        foreach (var (protocol, from, to, what) in CniPorts(cluster.Networking))
        {
            Rule(ctx, masters, RuleDirection.Ingress, protocol, from, to, what, from: nodes);
            Rule(ctx, nodes, RuleDirection.Ingress, protocol, from, to, what, from: masters);
            Rule(ctx, nodes, RuleDirection.Ingress, protocol, from, to, what, from: nodes);
        }

        // The API load balancer: clients and nodes in, the API servers behind it.
        Rule(ctx, apiElb, RuleDirection.Ingress, "tcp", ApiEndpoint.ListenerPort, ApiEndpoint.ListenerPort, "control plane to the API load balancer", from: masters);
        Rule(ctx, apiElb, RuleDirection.Ingress, "tcp", ApiEndpoint.ListenerPort, ApiEndpoint.ListenerPort, "nodes to the API load balancer", from: nodes);
        Rule(ctx, masters, RuleDirection.Ingress, "tcp", ApiEndpoint.ServerPort, ApiEndpoint.ServerPort, "API load balancer to the API servers", from: apiElb);
        foreach (var cidr in cluster.Access.KubernetesApi.Distinct())
        {
            Rule(ctx, apiElb, RuleDirection.Ingress, "tcp", ApiEndpoint.ListenerPort, ApiEndpoint.ListenerPort, "kubernetesApiAccess to the API", cidr: cidr.ToString());
        }

        // SSH: through the bastion's load balancer when there is a bastion, else straight to the machines.
        if (hasBastion)
        {
            foreach (var cidr in cluster.Access.Ssh.Distinct())
            {
                Rule(ctx, bastionElb, RuleDirection.Ingress, "tcp", 22, 22, "sshAccess to the bastion load balancer", cidr: cidr.ToString());
            }

            Rule(ctx, bastion, RuleDirection.Ingress, "tcp", 22, 22, "bastion load balancer to bastions", from: bastionElb);
            Rule(ctx, masters, RuleDirection.Ingress, "tcp", 22, 22, "bastions to control-plane nodes", from: bastion);
            Rule(ctx, nodes, RuleDirection.Ingress, "tcp", 22, 22, "bastions to nodes", from: bastion);
        }
        else
        {
            foreach (var cidr in cluster.Access.Ssh.Distinct())
            {
                Rule(ctx, masters, RuleDirection.Ingress, "tcp", 22, 22, "sshAccess to control-plane nodes", cidr: cidr.ToString());
                Rule(ctx, nodes, RuleDirection.Ingress, "tcp", 22, 22, "sshAccess to nodes", cidr: cidr.ToString());
            }
        }

        foreach (var cidr in cluster.Access.NodePort.Distinct())
        {
            Rule(ctx, nodes, RuleDirection.Ingress, "tcp", NodePortFirst, NodePortLast, "nodePortAccess to NodePort services", cidr: cidr.ToString());
            Rule(ctx, nodes, RuleDirection.Ingress, "udp", NodePortFirst, NodePortLast, "nodePortAccess to NodePort services", cidr: cidr.ToString());
        }

        ctx.OutputList("master_security_group_ids", [.. masters.Select(g => (Value)g.Ref())]);
        ctx.OutputList("node_security_group_ids", [.. nodes.Select(g => (Value)g.Ref())]);
        if (hasBastion)
        {
            ctx.OutputList("bastion_security_group_ids", [.. bastion.Select(g => (Value)g.Ref())]);
        }
    }

    /// <summary>The ports a CNI needs between machines (pod traffic itself travels inside these).</summary>
    internal static IEnumerable<(string Protocol, int From, int To, string What)> CniPorts(Networking networking) => networking.Kind switch
    {
        CniKind.Flannel when networking.FlannelBackend == "udp" => [("udp", 8285, 8285, "flannel udp overlay")],
        CniKind.Flannel => [("udp", 8472, 8472, "flannel vxlan overlay")],
        CniKind.Calico => [("tcp", 179, 179, "calico BGP"), ("4", 0, 65535, "calico IP-in-IP")],
        CniKind.Cilium => [("udp", 8472, 8472, "cilium vxlan overlay"), ("tcp", 4240, 4240, "cilium health checks"), ("icmp", 8, 0, "cilium health pings")],

        // Pods have VPC addresses on the nodes' ENIs (which carry the nodes' security groups) and serve on any port: no overlay to open, all of it.
        CniKind.AmazonVpc => [("-1", 0, 0, "amazonvpc: pods on VPC addresses, any port")],

        // A CNI kgen does not know: its ports are unknown, so machines may talk freely (as kops does).
        _ => [("-1", 0, 0, "all traffic for a CNI kgen does not manage (networking cni)")],
    };

    /// <summary>
    /// The security groups of a role's machines: kgen's own (when a group of the role names no override, or the role has
    /// no group), then each existing group an instance group names instead (kops' <c>securityGroupOverride</c>), by id.
    /// </summary>
    private static ImmutableArray<Resource> RoleGroups(BuildContext ctx, List<Resource> groups, InstanceGroupRole role, string description)
    {
        var members = ctx.Cluster.InstanceGroups.Where(g => g.Role == role).ToList();
        var own = ctx.Names.SecurityGroup(role);
        var result = new List<Resource>();
        if (members.Count == 0 || members.Any(g => g.SecurityGroupOverride is null))
        {
            result.Add(ctx.RoleSecurityGroups[role] = Group(ctx, groups, own, description));
        }

        foreach (var id in members.Select(g => g.SecurityGroupOverride).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            result.Add(Existing(ctx, groups, id, own));
        }

        foreach (var g in members)
        {
            ctx.InstanceGroupSecurityGroups[g.Name] = g.SecurityGroupOverride is { } id
                ? result.Single(r => r is SecurityGroupLookup l && l.GroupId == id)
                : result[0];
        }

        return [.. result];
    }

    private static SecurityGroup Group(BuildContext ctx, List<Resource> groups, string name, string description)
    {
        var sg = ctx.Add(new SecurityGroup { Name = name, GroupName = name, VpcId = ctx.VpcId, Description = description, Tags = ctx.Tags(name) });
        groups.Add(sg);
        return sg;
    }

    /// <summary>An existing group in place of kgen's group <paramref name="own"/>; kgen adds that group's rules to it, as kops does.</summary>
    private static SecurityGroupLookup Existing(BuildContext ctx, List<Resource> groups, string id, string own)
    {
        var sg = ctx.Add(new SecurityGroupLookup { Name = Names.OverrideSecurityGroup(id, own), GroupId = id });
        groups.Add(sg);
        return sg;
    }

    /// <summary>One rule per target group and, for a group peer, per peer group (a role may have several groups).</summary>
    private static void Rule(BuildContext ctx, ImmutableArray<Resource> targets, RuleDirection direction, string protocol, int first, int last, string what, ImmutableArray<Resource>? from = null, string? cidr = null)
    {
        var peers = from is { } groups ? groups.Select(g => (Resource?)g) : [(Resource?)null];
        foreach (var target in targets)
        {
            foreach (var peer in peers)
            {
                Rule(ctx, target, direction, protocol, first, last, what, peer, cidr);
            }
        }
    }

    private static void Rule(BuildContext ctx, Resource target, RuleDirection direction, string protocol, int first, int last, string what, Resource? from, string? cidr)
    {
        var name = Names.SecurityGroupRule(target.Name, direction == RuleDirection.Egress, protocol, first, last, from?.Name ?? cidr!);
        var isV6 = cidr?.Contains(':', StringComparison.Ordinal) ?? false;
        ctx.Add(new SecurityGroupRule
        {
            Name = name,
            SecurityGroupId = target.Ref(),
            Direction = direction,
            Protocol = protocol,
            FromPort = first,
            ToPort = last,
            SourceSecurityGroupId = from?.Ref(),
            CidrBlocks = cidr is null || isV6 ? [] : [cidr],
            Ipv6CidrBlocks = cidr is not null && isV6 ? [cidr] : ImmutableArray<string>.Empty,
            Description = what,
        });
    }
}
