using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>What the firewall builder decides: which paths are open, between which groups, on which ports.</summary>
public sealed class FirewallBuilderTests
{
    private const string Masters = "masters.t.k8s.local";
    private const string Nodes_ = "nodes.t.k8s.local";
    private const string ApiElb = "api-elb.t.k8s.local";

    [Fact]
    public void Without_access_lists_no_ingress_rule_admits_any_cidr()
    {
        var plan = Plan(Cluster(OnePublicZone));

        Assert.DoesNotContain(Ingress(plan), r => r.CidrBlocks.Length > 0 || r.Ipv6CidrBlocks.Length > 0);
        Assert.All(Ingress(plan), r => Assert.NotNull(r.SourceSecurityGroupId));
    }

    [Fact]
    public void The_only_cidrs_admitted_are_those_the_spec_lists_and_the_whole_internet_only_outbound()
    {
        var plan = Plan(Cluster(OnePublicZone + """

            sshAccess: [203.0.113.0/24]
            kubernetesApiAccess: [198.51.100.0/24]
            nodePortAccess: [192.0.2.0/24]
            """));

        Assert.Equal(
            new[] { "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24" },
            Ingress(plan).SelectMany(r => r.CidrBlocks).Distinct().Order(StringComparer.Ordinal));
        Assert.All(plan.OfType<SecurityGroupRule>().Where(r => r.CidrBlocks.Contains("0.0.0.0/0")), r => Assert.Equal(RuleDirection.Egress, r.Direction));
    }

    [Fact]
    public void Etcd_and_all_traffic_into_the_control_plane_come_only_from_the_control_plane_itself()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nsshAccess: [203.0.113.0/24]\nkubernetesApiAccess: [198.51.100.0/24]"));
        var masters = Group(plan, Masters);

        var all = Assert.Single(Ingress(plan), r => r.SecurityGroupId.Equals(masters.Ref()) && r.Protocol == "-1");
        Assert.Equal(masters.Ref(), all.SourceSecurityGroupId);
        foreach (var etcdPort in new[] { 2379, 2380 })
        {
            Assert.DoesNotContain(Ingress(plan), r => r.SecurityGroupId.Equals(masters.Ref())
                && !Equals(r.SourceSecurityGroupId, masters.Ref())
                && r.Protocol is "tcp" or "-1"
                && (r.Protocol == "-1" || (r.FromPort <= etcdPort && etcdPort <= r.ToPort)));
        }
    }

    public static TheoryData<string, (string Protocol, int From, int To)[], (string Protocol, int From, int To)[]> Cnis() => new()
    {
        { "flannel: {backend: vxlan}", [("udp", 8472, 8472)], [("udp", 8285, 8285), ("tcp", 179, 179), ("-1", 0, 0)] },
        { "flannel: {backend: udp}", [("udp", 8285, 8285)], [("udp", 8472, 8472)] },
        { "calico: {}", [("tcp", 179, 179), ("4", 0, 65535)], [("udp", 8472, 8472), ("-1", 0, 0)] },
        { "cilium: {}", [("udp", 8472, 8472), ("tcp", 4240, 4240), ("icmp", 8, 0)], [("udp", 8285, 8285), ("tcp", 179, 179), ("-1", 0, 0)] },
        { "cni: {}", [("-1", 0, 0)], [("udp", 8472, 8472), ("tcp", 179, 179)] },
    };

    [Theory]
    [MemberData(nameof(Cnis))]
    public void Each_cni_opens_its_own_ports_from_nodes_to_masters_and_between_all_machines_and_no_other_cnis(
        string networking, (string Protocol, int From, int To)[] opened, (string Protocol, int From, int To)[] closed)
    {
        var plan = Plan(Cluster(OnePublicZone + "\nnetworking:\n  " + networking));
        var (masters, nodes) = (Group(plan, Masters), Group(plan, Nodes_));
        var between = Ingress(plan)
            .Where(r => r.SourceSecurityGroupId is not null)
            .Select(r => (Target: r.SecurityGroupId, Source: r.SourceSecurityGroupId!, r.Protocol, r.FromPort, r.ToPort))
            .ToList();

        foreach (var (protocol, from, to) in opened)
        {
            var paths = between.Where(r => (r.Protocol, r.FromPort, r.ToPort) == (protocol, from, to) && !r.Source.Equals(masters.Ref()) | !r.Target.Equals(masters.Ref()))
                .Select(r => (r.Target, r.Source)).ToHashSet();
            Assert.Equal(new HashSet<(Value, Value)> { (masters.Ref(), nodes.Ref()), (nodes.Ref(), masters.Ref()), (nodes.Ref(), nodes.Ref()) }, paths);
        }

        foreach (var (protocol, from, to) in closed)
        {
            Assert.DoesNotContain(between, r => (r.Protocol, r.FromPort, r.ToPort) == (protocol, from, to) && !(r.Target.Equals(masters.Ref()) && r.Source.Equals(masters.Ref())));
        }
    }

    [Fact]
    public void With_a_bastion_ssh_access_goes_to_the_bastion_load_balancer_and_machines_admit_ssh_only_from_bastions()
    {
        var plan = Plan(Cluster(TwoPrivateZones + "\nsshAccess: [203.0.113.0/24]"), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes(), Bastion());
        var bastionElb = Group(plan, "bastion-elb.t.k8s.local");
        var bastion = Group(plan, "bastion.t.k8s.local");

        var fromCidr = Assert.Single(Ingress(plan), r => r.CidrBlocks.Contains("203.0.113.0/24"));
        Assert.Equal(bastionElb.Ref(), fromCidr.SecurityGroupId);
        Assert.Equal((22, 22), (fromCidr.FromPort, fromCidr.ToPort));
        Assert.Single(Ingress(plan), r => r.SecurityGroupId.Equals(bastion.Ref()) && Equals(r.SourceSecurityGroupId, bastionElb.Ref()) && r.FromPort == 22);
        foreach (var machines in new[] { Group(plan, Masters), Group(plan, Nodes_) })
        {
            var ssh = Assert.Single(Ingress(plan), r => r.SecurityGroupId.Equals(machines.Ref()) && r.Protocol == "tcp" && r.FromPort == 22);
            Assert.Equal(bastion.Ref(), ssh.SourceSecurityGroupId);
        }
    }

    [Fact]
    public void Without_a_bastion_ssh_access_goes_straight_to_control_plane_and_worker_machines()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nsshAccess: [203.0.113.0/24]"));

        var ssh = Ingress(plan).Where(r => r.CidrBlocks.Contains("203.0.113.0/24")).ToList();
        Assert.Equal(new HashSet<Value> { Group(plan, Masters).Ref(), Group(plan, Nodes_).Ref() }, ssh.Select(r => r.SecurityGroupId).ToHashSet());
        Assert.All(ssh, r => Assert.Equal(("tcp", 22, 22), (r.Protocol, r.FromPort, r.ToPort)));
        Assert.DoesNotContain(plan.OfType<SecurityGroup>(), g => g.Name.StartsWith("bastion", StringComparison.Ordinal));
    }

    [Fact]
    public void Kubernetes_api_access_opens_only_the_api_load_balancer_on_its_listener_port()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nkubernetesApiAccess: [198.51.100.0/24]"));

        var api = Assert.Single(Ingress(plan), r => r.CidrBlocks.Contains("198.51.100.0/24"));
        Assert.Equal(Group(plan, ApiElb).Ref(), api.SecurityGroupId);
        Assert.Equal(("tcp", 443, 443), (api.Protocol, api.FromPort, api.ToPort));
    }

    [Fact]
    public void The_api_servers_admit_6443_from_the_load_balancer_group_which_admits_443_from_every_machine()
    {
        var plan = Plan(Cluster(OnePublicZone));
        var (masters, nodes, elb) = (Group(plan, Masters), Group(plan, Nodes_), Group(plan, ApiElb));

        Assert.Single(Ingress(plan), r => r.SecurityGroupId.Equals(masters.Ref()) && Equals(r.SourceSecurityGroupId, elb.Ref()) && (r.Protocol, r.FromPort, r.ToPort) == ("tcp", 6443, 6443));
        Assert.Equal(
            new HashSet<Value> { masters.Ref(), nodes.Ref() },
            Ingress(plan).Where(r => r.SecurityGroupId.Equals(elb.Ref())).Select(r => r.SourceSecurityGroupId!).ToHashSet());
        Assert.All(Ingress(plan).Where(r => r.SecurityGroupId.Equals(elb.Ref())), r => Assert.Equal(("tcp", 443, 443), (r.Protocol, r.FromPort, r.ToPort)));
    }

    [Fact]
    public void Node_port_access_opens_the_node_port_range_on_workers_only_over_tcp_and_udp()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nnodePortAccess: [192.0.2.0/24]"));

        var rules = Ingress(plan).Where(r => r.CidrBlocks.Contains("192.0.2.0/24")).ToList();
        Assert.Equal(["tcp", "udp"], rules.Select(r => r.Protocol).Order(StringComparer.Ordinal));
        Assert.All(rules, r =>
        {
            Assert.Equal(Group(plan, Nodes_).Ref(), r.SecurityGroupId);
            Assert.Equal((30000, 32767), (r.FromPort, r.ToPort));
        });
    }

    [Fact]
    public void Ipv6_access_cidrs_go_into_the_ipv6_list_and_ipv4_ones_into_the_ipv4_list()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nkubernetesApiAccess: [2001:db8::/32, 198.51.100.0/24]"));

        var v6 = Assert.Single(Ingress(plan), r => r.Ipv6CidrBlocks.Length > 0);
        Assert.Equal(["2001:db8::/32"], v6.Ipv6CidrBlocks.ToArray());
        Assert.Empty(v6.CidrBlocks);
        var v4 = Assert.Single(Ingress(plan), r => r.CidrBlocks.Length > 0);
        Assert.Empty(v4.Ipv6CidrBlocks);
    }

    [Fact]
    public void Rule_names_are_unique()
    {
        var plan = Plan(
            Cluster(TwoPrivateZones + """

                networking: {calico: {}}
                sshAccess: [203.0.113.0/24, 2001:db8::/32]
                kubernetesApiAccess: [203.0.113.0/24, 198.51.100.0/24]
                nodePortAccess: [203.0.113.0/24]
                """),
            ControlPlane(spec: "subnets: [us-east-1a]"),
            Nodes(),
            Bastion());

        var names = plan.OfType<SecurityGroupRule>().Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_cidr_listed_twice_opens_its_path_once()
    {
        // Rules are named after their CIDR: two rules for one CIDR made two resources of one name, and kgen failed.
        var plan = Plan(Cluster(OnePublicZone + """

            sshAccess: [203.0.113.0/24, 203.0.113.0/24]
            kubernetesApiAccess: [198.51.100.0/24, 198.51.100.0/24]
            nodePortAccess: [192.0.2.0/24, 192.0.2.0/24]
            """));

        Assert.Equal(2, Ingress(plan).Count(r => r.CidrBlocks.Contains("203.0.113.0/24")));
        Assert.Single(Ingress(plan), r => r.CidrBlocks.Contains("198.51.100.0/24"));
        Assert.Equal(2, Ingress(plan).Count(r => r.CidrBlocks.Contains("192.0.2.0/24")));
        var names = plan.OfType<SecurityGroupRule>().Select(r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_group_lets_all_traffic_out_once()
    {
        var plan = Plan(Cluster(TwoPrivateZones), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes(), Bastion());

        Assert.Equal(5, plan.OfType<SecurityGroup>().Count());
        foreach (var group in plan.OfType<SecurityGroup>())
        {
            var egress = Assert.Single(plan.OfType<SecurityGroupRule>(), r => r.Direction == RuleDirection.Egress && r.SecurityGroupId.Equals(group.Ref()));
            Assert.Equal(("-1", "0.0.0.0/0"), (egress.Protocol, Assert.Single(egress.CidrBlocks)));
        }
    }

    private static IEnumerable<SecurityGroupRule> Ingress(ClusterPlan plan) => plan.OfType<SecurityGroupRule>().Where(r => r.Direction == RuleDirection.Ingress);

    private static SecurityGroup Group(ClusterPlan plan, string name) => plan.Named<SecurityGroup>(name);
}
