using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>
/// VPC (or an existing one), DHCP options, internet gateway, subnets, a public route table, and
/// per zone with private subnets a NAT gateway with its elastic IP and a private route table.
/// Existing subnets are tagged as shared and otherwise left alone.
/// </summary>
internal sealed class NetworkBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        var cluster = ctx.Cluster;
        var names = ctx.Names;
        var net = cluster.Network;

        Value? internetGateway = null;
        Value vpcCidr;
        if (net.ExistingVpcId is { } existingVpc)
        {
            ctx.VpcId = existingVpc;
            var lookup = ctx.Add(new VpcLookup { Name = names.Cluster, VpcId = existingVpc, ExpectedCidrBlock = net.VpcCidr?.ToString() });
            vpcCidr = lookup.Ref("cidr_block");
            if (net.Subnets.Any(s => !s.IsShared && s.IsPublic && s.Egress != Names.ExternalEgress))
            {
                internetGateway = ctx.Add(new InternetGatewayLookup { Name = names.Cluster, VpcId = existingVpc }).Ref("internet_gateway_id");
            }
        }
        else
        {
            // Nodes resolve each other by the names EC2 gives them, so the VPC runs DNS and hands out host names.
            var vpc = ctx.Add(new Vpc { Name = names.Cluster, CidrBlock = net.VpcCidr!.Value.ToString(), EnableDnsHostnames = true, EnableDnsSupport = true, Tags = ctx.Tags(names.Cluster) });
            ctx.VpcId = vpc.Ref();
            vpcCidr = vpc.Ref("cidr_block");
            var dhcp = ctx.Add(new VpcDhcpOptions
            {
                Name = names.Cluster,
                DomainName = Names.Ec2InternalDomain(cluster.Region),
                DomainNameServers = ["AmazonProvidedDNS"],
                Tags = ctx.Tags(names.Cluster),
            });
            ctx.Add(new VpcDhcpOptionsAssociation { Name = names.Cluster, VpcId = ctx.VpcId, DhcpOptionsId = dhcp.Ref() });
            internetGateway = ctx.Add(new InternetGateway { Name = names.Cluster, VpcId = ctx.VpcId, Tags = ctx.Tags(names.Cluster) }).Ref();
            ctx.Add(new DefaultSecurityGroup { Name = names.Cluster, VpcId = ctx.VpcId, Tags = ctx.Tags(names.Cluster) });
            AddFlowLogs(ctx);
        }

        foreach (var s in net.Subnets)
        {
            if (s.ExistingId is { } id)
            {
                ctx.SubnetIds[s.Name] = id;
                ctx.Add(new ResourceTag
                {
                    Name = names.SharedSubnetTag(s),
                    ResourceId = id,
                    Key = names.OwnershipTag,
                    TagValue = "shared",
                });
                continue;
            }

            var roleTag = s.IsPublic ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb";
            ctx.SubnetIds[s.Name] = ctx.Add(new Plan.Subnet
            {
                Name = names.Subnet(s),
                VpcId = ctx.VpcId,
                CidrBlock = s.Cidr!.Value.ToString(),
                AvailabilityZone = s.Zone!,

                // Instances are named after their id (i-0123….region.compute.internal), which is the node name.
                HostnameType = "resource-name",
                EnableResourceNameDnsRecord = true,
                MapPublicIpOnLaunch = s.IsPublic && cluster.Topology == ControlPlaneTopology.EksManaged,
                Tags = ctx.Tags(names.Subnet(s), [new("SubnetType", s.Type.ToString()), new(roleTag, "1")]),
            }).Ref();
        }

        // A public or utility subnet with egress External is routed by the operator: kgen associates no route table.
        var ownedPublic = net.Subnets.Where(s => !s.IsShared && s.IsPublic && s.Egress != Names.ExternalEgress).ToList();
        if (ownedPublic.Count > 0)
        {
            var table = ctx.Add(new RouteTable { Name = names.Cluster, VpcId = ctx.VpcId, Tags = ctx.Tags(names.Cluster) });
            ctx.Add(new Route { Name = Names.PublicDefaultRoute, RouteTableId = table.Ref(), DestinationCidrBlock = "0.0.0.0/0", GatewayId = internetGateway });
            foreach (var s in ownedPublic)
            {
                ctx.Add(new RouteTableAssociation { Name = names.PublicRouteTableAssociation(s), RouteTableId = table.Ref(), SubnetId = ctx.SubnetIds[s.Name] });
            }
        }

        Value? sharedNat = null;
        // A private subnet with egress External is routed by the operator (their route table, their way out): none of kgen's.
        foreach (var zone in net.Subnets.Where(s => !s.IsShared && s.Type == SubnetType.Private && s.Egress != Names.ExternalEgress).GroupBy(s => s.Zone!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var table = ctx.Add(new RouteTable
            {
                Name = names.PrivateRouteTable(zone.Key),
                VpcId = ctx.VpcId,
                Tags = ctx.Tags(names.PrivateRouteTable(zone.Key)),
            });
            var egress = zone.Select(s => s.Egress).FirstOrDefault(e => e is not null);
            Value nat = egress switch
            {
                { } allocation when allocation.StartsWith(Names.ElasticIpAllocationPrefix, StringComparison.Ordinal) => NatGateway(ctx, zone.Key, allocation),
                { } natId => natId,
                null when net.SingleNatGateway => sharedNat ??= NatGateway(ctx, zone.Key, allocationId: null),
                null => NatGateway(ctx, zone.Key, allocationId: null),
            };
            ctx.Add(new Route { Name = Names.PrivateDefaultRoute(zone.Key), RouteTableId = table.Ref(), DestinationCidrBlock = "0.0.0.0/0", NatGatewayId = nat });

            foreach (var s in zone)
            {
                ctx.Add(new RouteTableAssociation { Name = names.PrivateRouteTableAssociation(s), RouteTableId = table.Ref(), SubnetId = ctx.SubnetIds[s.Name] });
            }
        }

        ctx.Output("cluster_name", cluster.Name);
        ctx.Output("region", cluster.Region);
        ctx.Output("vpc_id", ctx.VpcId);
        ctx.Output("vpc_cidr_block", vpcCidr);
        ctx.OutputList("node_subnet_ids", cluster.InstanceGroups
            .Where(g => g.Role == InstanceGroupRole.Node)
            .SelectMany(g => g.Subnets)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(n => ctx.SubnetIds[n]));
    }

    /// <summary>A NAT gateway in the zone's utility or public subnet, with an elastic IP of its own or the operator's allocation (eipalloc-…).</summary>
    private static Value NatGateway(BuildContext ctx, string zone, string? allocationId)
    {
        var home = ctx.Cluster.Network.Subnets
            .Where(s => s.Zone == zone && s.IsPublic)
            .OrderBy(s => s.Type == SubnetType.Utility ? 0 : 1)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .First();
        var name = ctx.Names.Nat(zone);
        Value allocation = allocationId is not null ? allocationId : ctx.Add(new ElasticIp { Name = name, Domain = "vpc", Tags = ctx.Tags(name) }).Ref();
        return ctx.Add(new NatGateway { Name = name, AllocationId = allocation, SubnetId = ctx.SubnetIds[home.Name], Tags = ctx.Tags(name) }).Ref();
    }

    /// <summary>The service principal that delivers VPC flow logs.</summary>
    internal const string FlowLogsService = "vpc-flow-logs.amazonaws.com";

    /// <summary>Days the VPC's flow logs are kept.</summary>
    internal const int FlowLogRetentionDays = 30;

    /// <summary>
    /// Flow logs of every packet of the VPC kgen creates (an existing VPC's logging is its owner's), to a CloudWatch
    /// Logs group kept <see cref="FlowLogRetentionDays"/> days and encrypted with the cluster's key when the spec names
    /// one (its key policy must let the logs service of the region use it), delivered by the flow-log service with a
    /// role that may write only to that group.
    /// </summary>
    private static void AddFlowLogs(BuildContext ctx)
    {
        var names = ctx.Names;
        var group = ctx.Add(new Plan.LogGroup
        {
            Name = names.FlowLogRole,
            LogGroupName = names.FlowLogGroup,
            RetentionInDays = FlowLogRetentionDays,
            KmsKeyId = ctx.Cluster.ConfigStoreKmsKey,
            Tags = ctx.Tags(names.FlowLogGroup),
        });
        var role = ctx.Add(new IamRole
        {
            Name = names.FlowLogRole,
            RoleName = names.FlowLogRole,
            AssumeRolePolicy = new PolicyDocument(
            [
                new Statement { Actions = ["sts:AssumeRole"], Principal = new Principals { Service = [FlowLogsService] } },
            ]),
            Tags = ctx.Tags(names.FlowLogRole),
        });
        ctx.Add(new IamRolePolicy
        {
            Name = names.FlowLogRole,
            PolicyName = names.FlowLogRole,
            Role = role.Ref("name"),
            Policy = new PolicyDocument(
            [
                new Statement
                {
                    Sid = "DeliverFlowLogs",
                    Actions = ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"],
                    Resources = [$"arn:{ctx.Partition}:logs:{ctx.Cluster.Region}:*:log-group:{names.FlowLogGroup}", $"arn:{ctx.Partition}:logs:{ctx.Cluster.Region}:*:log-group:{names.FlowLogGroup}:*"],
                },
            ]),
        });
        ctx.Add(new FlowLog
        {
            Name = names.Cluster,
            VpcId = ctx.VpcId,
            TrafficType = "ALL",
            LogGroup = group.Ref("arn"),
            DeliverLogsRoleArn = role.Ref("arn"),
            MaxAggregationInterval = 600,
            Tags = ctx.Tags(names.Cluster),
        });
    }
}
