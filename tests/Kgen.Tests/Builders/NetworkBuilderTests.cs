using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>What the network builder decides: VPC or lookup, subnets and their tags, route tables, NAT gateways, DHCP.</summary>
public sealed class NetworkBuilderTests
{
    [Fact]
    public void Each_zone_with_private_subnets_gets_one_nat_gateway_with_its_eip_in_the_zones_utility_subnet_and_its_own_route_table()
    {
        var plan = Plan(Cluster("""
            subnets:
            - {name: us-east-1a, zone: us-east-1a, type: Private}
            - {name: us-east-1b, zone: us-east-1b, type: Private}
            - {name: utility-us-east-1a, zone: us-east-1a, type: Utility}
            - {name: utility-us-east-1b, zone: us-east-1b, type: Utility}
            - {name: us-east-1c, zone: us-east-1c, type: Public}
            """));

        Assert.Equal(["us-east-1a.t.k8s.local", "us-east-1b.t.k8s.local"], plan.OfType<NatGateway>().Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, plan.OfType<ElasticIp>().Count());
        foreach (var zone in new[] { "us-east-1a", "us-east-1b" })
        {
            var nat = plan.Named<NatGateway>($"{zone}.t.k8s.local");
            Assert.Equal(plan.Named<ElasticIp>($"{zone}.t.k8s.local").Ref(), nat.AllocationId);
            Assert.Equal(plan.Named<Subnet>($"utility-{zone}.t.k8s.local").Ref(), nat.SubnetId);

            var table = plan.Named<RouteTable>($"private-{zone}.t.k8s.local");
            var route = Assert.Single(plan.OfType<Route>(), r => r.RouteTableId.Equals(table.Ref()));
            Assert.Equal("0.0.0.0/0", route.DestinationCidrBlock);
            Assert.Equal(nat.Ref(), route.NatGatewayId);
            Assert.Null(route.GatewayId);
            var association = Assert.Single(plan.OfType<RouteTableAssociation>(), a => a.RouteTableId.Equals(table.Ref()));
            Assert.Equal(plan.Named<Subnet>($"{zone}.t.k8s.local").Ref(), association.SubnetId);
        }
    }

    [Fact]
    public void A_nat_gateway_prefers_the_utility_subnet_over_a_public_one_in_its_zone()
    {
        var plan = Plan(Cluster("""
            subnets:
            - {name: private-a, zone: eu-west-1a, type: Private}
            - {name: a-public, zone: eu-west-1a, type: Public}
            - {name: utility-a, zone: eu-west-1a, type: Utility}
            """));

        Assert.Equal(plan.Named<Subnet>("utility-a.t.k8s.local").Ref(), Assert.Single(plan.OfType<NatGateway>()).SubnetId);
    }

    [Fact]
    public void External_egress_leaves_the_subnets_routing_to_the_operator()
    {
        // kops' egress: External: the operator routes the subnet (their route table, their way out), so kgen makes
        // no route table, association, NAT gateway or address for it; an association of kgen's would displace theirs.
        var plan = Plan(Cluster("""
            subnets:
            - {name: eu-west-1a, zone: eu-west-1a, type: Private, egress: External}
            - {name: utility-eu-west-1a, zone: eu-west-1a, type: Utility, egress: External}
            """));

        Assert.Empty(plan.OfType<RouteTable>());
        Assert.Empty(plan.OfType<Route>());
        Assert.Empty(plan.OfType<RouteTableAssociation>());
        Assert.Empty(plan.OfType<NatGateway>());
        Assert.Empty(plan.OfType<ElasticIp>());
    }

    [Fact]
    public void An_elastic_ip_allocation_as_egress_is_the_nat_gateways_address()
    {
        var plan = Plan(Cluster("""
            subnets:
            - {name: eu-west-1a, zone: eu-west-1a, type: Private, egress: eipalloc-0123456789abcdef0}
            - {name: utility-eu-west-1a, zone: eu-west-1a, type: Utility}
            """));

        var nat = Assert.Single(plan.OfType<NatGateway>());
        Assert.Equal(new Literal("eipalloc-0123456789abcdef0"), nat.AllocationId);
        Assert.Empty(plan.OfType<ElasticIp>());
    }

    [Fact]
    public void An_existing_nat_gateway_as_egress_is_routed_to_and_none_is_made()
    {
        var plan = Plan(Cluster("""
            subnets:
            - {name: eu-west-1a, zone: eu-west-1a, type: Private, egress: nat-0123456789abcdef0}
            - {name: utility-eu-west-1a, zone: eu-west-1a, type: Utility}
            """));

        var table = plan.Named<RouteTable>("private-eu-west-1a.t.k8s.local");
        var route = Assert.Single(plan.OfType<Route>(), r => r.RouteTableId.Equals(table.Ref()));
        Assert.Equal(Literal("nat-0123456789abcdef0"), route.NatGatewayId);
        Assert.Empty(plan.OfType<NatGateway>());
        Assert.Empty(plan.OfType<ElasticIp>());
    }

    [Fact]
    public void Public_and_utility_subnets_share_one_route_table_whose_default_route_goes_to_the_internet_gateway()
    {
        var plan = Plan(Cluster("""
            subnets:
            - {name: eu-west-1a, zone: eu-west-1a, type: Public}
            - {name: eu-west-1b, zone: eu-west-1b, type: Public}
            - {name: private-c, zone: eu-west-1c, type: Private}
            - {name: utility-c, zone: eu-west-1c, type: Utility}
            """));

        var table = plan.Named<RouteTable>("t.k8s.local");
        var route = Assert.Single(plan.OfType<Route>(), r => r.RouteTableId.Equals(table.Ref()));
        Assert.Equal("0.0.0.0/0", route.DestinationCidrBlock);
        Assert.Equal(Assert.Single(plan.OfType<InternetGateway>()).Ref(), route.GatewayId);
        Assert.Null(route.NatGatewayId);

        var associated = plan.OfType<RouteTableAssociation>().Where(a => a.RouteTableId.Equals(table.Ref())).Select(a => a.SubnetId).ToHashSet();
        Assert.Equal(
            new[] { "eu-west-1a", "eu-west-1b", "utility-c" }.Select(s => (Value)plan.Named<Subnet>($"{s}.t.k8s.local").Ref()).ToHashSet(),
            associated);
    }

    [Fact]
    public void An_existing_vpc_is_looked_up_and_neither_a_vpc_nor_an_internet_gateway_nor_dhcp_options_are_made()
    {
        var plan = Plan(Cluster("""
            networkID: vpc-0a1b2c3d4e5f60718
            networkCIDR: 10.30.0.0/16
            subnets:
            - {name: a, zone: us-west-2a, type: Private, id: subnet-0aaa1111bbbb2222c, egress: nat-0123456789abcdef0}
            - {name: utility-a, zone: us-west-2a, type: Utility, id: subnet-0123abcd0123abcd0}
            """));

        var lookup = Assert.Single(plan.OfType<VpcLookup>());
        Assert.Equal("vpc-0a1b2c3d4e5f60718", lookup.VpcId);
        Assert.Equal("10.30.0.0/16", lookup.ExpectedCidrBlock);
        Assert.Empty(plan.OfType<Vpc>());
        Assert.Empty(plan.OfType<InternetGateway>());
        Assert.Empty(plan.OfType<InternetGatewayLookup>());
        Assert.Empty(plan.OfType<VpcDhcpOptions>());
        Assert.Empty(plan.OfType<RouteTable>());
        Assert.All(plan.OfType<SecurityGroup>(), g => Assert.Equal(Literal("vpc-0a1b2c3d4e5f60718"), g.VpcId));

        // The VPC's owner decides its flow logs and default security group.
        Assert.Empty(plan.OfType<FlowLog>());
        Assert.Empty(plan.OfType<LogGroup>());
        Assert.Empty(plan.OfType<DefaultSecurityGroup>());
        Assert.DoesNotContain(plan.OfType<IamRole>(), r => r.RoleName.StartsWith("flowlogs.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("configBase: s3://acme-state/t.k8s.local\nconfigStoreEncryption: {kmsKey: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'}\n", "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    public void A_vpc_kgen_creates_logs_every_flow_to_a_group_with_retention_and_closes_its_default_security_group(string extra, string? key)
    {
        var plan = Plan(Cluster(extra + OnePublicZone));
        var vpc = Assert.Single(plan.OfType<Vpc>());

        var flowLog = Assert.Single(plan.OfType<FlowLog>());
        Assert.Equal(vpc.Ref(), flowLog.VpcId);
        Assert.Equal("ALL", flowLog.TrafficType);
        var group = Assert.IsType<LogGroup>(flowLog.LogGroup.Target);
        Assert.Equal("arn", flowLog.LogGroup.Attribute);
        Assert.Equal("/kgen/t.k8s.local/vpc-flow-logs", group.LogGroupName);
        Assert.Equal(30, group.RetentionInDays);
        Assert.Equal(key, group.KmsKeyId);

        // The delivery role: only the flow-log service may assume it, and it may only write to that group.
        var role = plan.Named<IamRole>("flowlogs.t.k8s.local");
        Assert.Equal(role.Ref("arn"), flowLog.DeliverLogsRoleArn);
        var trust = Assert.Single(role.AssumeRolePolicy.Statements);
        Assert.Equal(["vpc-flow-logs.amazonaws.com"], trust.Principal!.Service.ToArray());
        var policy = Assert.Single(plan.OfType<IamRolePolicy>(), p => p.Role.Equals(role.Ref("name")));
        var statement = Assert.Single(policy.Policy.Statements);
        Assert.Equal(["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"], statement.Actions.ToArray());
        Assert.All(statement.Resources, r => Assert.StartsWith("arn:aws:logs:eu-west-1:*:log-group:/kgen/t.k8s.local/vpc-flow-logs", r, StringComparison.Ordinal));

        Assert.Equal(vpc.Ref(), Assert.Single(plan.OfType<DefaultSecurityGroup>()).VpcId);
    }


    [Fact]
    public void New_public_subnets_in_an_existing_vpc_route_to_its_looked_up_internet_gateway()
    {
        var plan = Plan(Cluster("""
            networkID: vpc-0a1b2c3d4e5f60718
            networkCIDR: 10.30.0.0/16
            subnets:
            - {name: a, zone: us-west-2a, type: Public, cidr: 10.30.1.0/24}
            """));

        var igw = Assert.Single(plan.OfType<InternetGatewayLookup>());
        Assert.Equal("vpc-0a1b2c3d4e5f60718", igw.VpcId);
        Assert.Equal(igw.Ref("internet_gateway_id"), Assert.Single(plan.OfType<Route>()).GatewayId);
        Assert.Equal(Literal("vpc-0a1b2c3d4e5f60718"), plan.Named<Subnet>("a.t.k8s.local").VpcId);
        Assert.Empty(plan.OfType<InternetGateway>());
    }

    [Fact]
    public void Shared_subnets_are_tagged_shared_for_the_cluster_and_not_created()
    {
        var plan = Plan(Cluster("""
            networkID: vpc-0a1b2c3d4e5f60718
            subnets:
            - {name: a, zone: us-west-2a, type: Private, id: subnet-0aaa1111bbbb2222c, egress: External}
            - {name: utility-a, zone: us-west-2a, type: Utility, id: subnet-0123abcd0123abcd0}
            """));

        Assert.Empty(plan.OfType<Subnet>());
        var tags = plan.OfType<ResourceTag>().ToList();
        Assert.Equal(2, tags.Count);
        Assert.All(tags, t =>
        {
            Assert.Equal("kubernetes.io/cluster/t.k8s.local", t.Key);
            Assert.Equal("shared", t.TagValue);
        });
        Assert.Equal(
            new[] { Literal("subnet-0123abcd0123abcd0"), Literal("subnet-0aaa1111bbbb2222c") }.ToHashSet(),
            tags.Select(t => t.ResourceId).ToHashSet());
    }

    [Fact]
    public void The_vpc_runs_dns_and_hands_out_host_names_and_subnets_name_instances_by_id()
    {
        var plan = Plan(Cluster(OnePublicZone));

        var vpc = Assert.Single(plan.OfType<Vpc>());
        Assert.True(vpc.EnableDnsSupport);
        Assert.True(vpc.EnableDnsHostnames);
        Assert.Equal("172.20.0.0/16", vpc.CidrBlock);
        var subnet = Assert.Single(plan.OfType<Subnet>());
        Assert.Equal("resource-name", subnet.HostnameType);
        Assert.True(subnet.EnableResourceNameDnsRecord);
        Assert.Equal(vpc.Ref(), subnet.VpcId);
    }

    [Fact]
    public void Public_and_utility_subnets_are_tagged_for_internet_facing_load_balancers_and_private_ones_for_internal()
    {
        var plan = Plan(Cluster("""
            subnets:
            - {name: public-a, zone: eu-west-1a, type: Public}
            - {name: private-b, zone: eu-west-1b, type: Private}
            - {name: utility-b, zone: eu-west-1b, type: Utility}
            """));

        foreach (var (subnet, role, type) in new[] { ("public-a", "elb", "Public"), ("utility-b", "elb", "Utility"), ("private-b", "internal-elb", "Private") })
        {
            var tags = plan.Named<Subnet>($"{subnet}.t.k8s.local").Tags.Items;
            Assert.Equal("1", tags[$"kubernetes.io/role/{role}"]);
            Assert.False(tags.ContainsKey(role == "elb" ? "kubernetes.io/role/internal-elb" : "kubernetes.io/role/elb"), subnet);
            Assert.Equal(type, tags["SubnetType"]);
            Assert.Equal("owned", tags["kubernetes.io/cluster/t.k8s.local"]);
        }
    }

    [Theory]
    [InlineData("us-east-1a", "ec2.internal")]
    [InlineData("us-east-2a", "us-east-2.compute.internal")]
    [InlineData("eu-west-1a", "eu-west-1.compute.internal")]
    public void The_dhcp_domain_is_the_one_ec2_names_instances_in(string zone, string domain)
    {
        var plan = Plan(Cluster($"subnets:\n- {{name: a, zone: {zone}, type: Public}}"));

        var dhcp = Assert.Single(plan.OfType<VpcDhcpOptions>());
        Assert.Equal(domain, dhcp.DomainName);
        Assert.Equal(["AmazonProvidedDNS"], dhcp.DomainNameServers.ToArray());
        var association = Assert.Single(plan.OfType<VpcDhcpOptionsAssociation>());
        Assert.Equal(dhcp.Ref(), association.DhcpOptionsId);
        Assert.Equal(Assert.Single(plan.OfType<Vpc>()).Ref(), association.VpcId);
    }

    [Fact]
    public void The_node_subnet_output_lists_only_the_worker_groups_subnets()
    {
        var plan = Plan(Cluster(TwoPrivateZones), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes(spec: "subnets: [us-east-1b]"), Bastion());

        var output = Assert.Single(plan.Outputs, o => o.Name == "node_subnet_ids");
        Assert.True(output.IsList);
        Assert.Equal([plan.Named<Subnet>("us-east-1b.t.k8s.local").Ref()], output.Values.ToArray());
    }
}
