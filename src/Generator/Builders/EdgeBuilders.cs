using System.Globalization;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>The SSH key pair: imported from the given public key, an existing pair by name, or none.</summary>
internal sealed class SshKeyBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        var ssh = ctx.Cluster.Ssh;
        if (ssh.ExistingName is { } existing)
        {
            ctx.KeyName = existing;
        }
        else if (ssh.PublicKey is { } key)
        {
            var name = ctx.Names.KeyPair(key);
            ctx.KeyName = ctx.Add(new KeyPair { Name = name, KeyName = name, PublicKey = new TextDocument(key + "\n"), Tags = ctx.Tags(ctx.Cluster.Name) }).Ref();
        }
    }
}

/// <summary>
/// The API load balancer: a network load balancer (classic on request) listening on 443 and
/// forwarding to the API servers' port. kgen always fronts the API with a load balancer, so the
/// API has one stable name whatever happens to the control-plane instances.
/// </summary>
internal sealed class ApiLoadBalancerBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        var api = ctx.Cluster.Api;
        var name = ctx.Names.ApiLoadBalancer;
        var subnets = ctx.LoadBalancerSubnets(api.Type);
        var groups = new List<Value> { ctx.ApiLoadBalancerSecurityGroup!.Ref() };
        groups.AddRange(api.AdditionalSecurityGroups.Select(g => (Value)g));
        Resource lb;
        if (api.Class == LoadBalancerClass.Classic)
        {
            lb = ctx.Add(new ClassicLoadBalancer
            {
                Name = name,
                LoadBalancerName = ctx.Names.ApiLoadBalancerAwsName,
                Internal = api.Type == LoadBalancerType.Internal,
                Subnets = subnets,
                SecurityGroups = [.. groups],
                ListenerPort = ApiEndpoint.ListenerPort,
                ListenerProtocol = "TCP",
                InstancePort = ApiEndpoint.ServerPort,
                InstanceProtocol = "TCP",
                CrossZone = api.CrossZone,
                HealthCheck = new ClassicHealthCheck
                {
                    Target = string.Create(CultureInfo.InvariantCulture, $"TCP:{ApiEndpoint.ServerPort}"),
                    Interval = 10,
                    Timeout = 5,
                    HealthyThreshold = 2,
                    UnhealthyThreshold = 2,
                },
                ConnectionDrainingTimeout = 300,
                IdleTimeout = 300,
                Tags = ctx.Tags(name),
            });
            ctx.ApiClassicLoadBalancers.Add(lb.Ref());
        }
        else
        {
            lb = ctx.Add(new NetworkLoadBalancer
            {
                Name = name,
                LoadBalancerName = ctx.Names.ApiLoadBalancerAwsName,
                LoadBalancerType = "network",
                Internal = api.Type == LoadBalancerType.Internal,
                Subnets = subnets,
                SecurityGroups = [.. groups],
                CrossZone = api.CrossZone,
                Tags = ctx.Tags(name),
            });
            var targetName = ctx.Names.ApiTargetGroup;
            var target = ctx.Add(TcpTargets.Group(ctx, targetName, ApiEndpoint.ServerPort));
            ctx.Add(TcpTargets.Listener(Names.Listener(name, ApiEndpoint.ListenerPort), lb, ApiEndpoint.ListenerPort, target));
            ctx.ApiTargetGroups.Add(target.Ref("arn"));
        }

        ctx.ApiEndpoint = (lb.Ref("dns_name"), lb.Ref("zone_id"));
        ctx.Output("api_load_balancer_dns_name", lb.Ref("dns_name"));
    }
}

/// <summary>The TCP target groups and listeners of kgen's network load balancers (API and bastion), alike but for port and name.</summary>
internal static class TcpTargets
{
    /// <summary>A TCP target group of instances, checked by TCP connect every 10 s, that lets a leaving target's connections go after 30 s.</summary>
    public static TargetGroup Group(BuildContext ctx, string name, int port) => new()
    {
        Name = name,
        TargetGroupName = name,
        Port = port,
        Protocol = "TCP",
        TargetType = "instance",
        VpcId = ctx.VpcId,

        // A control-plane node reaches the API through the load balancer too; with the client
        // address preserved, a connection to itself would be dropped (NLB hairpinning).
        PreserveClientIp = false,
        HealthCheck = new TargetHealthCheck { Protocol = "TCP", Interval = 10, HealthyThreshold = 2, UnhealthyThreshold = 2 },
        DeregistrationDelay = 30,
        ConnectionTermination = true,
        Tags = ctx.Tags(name),
    };

    /// <summary>A TCP listener forwarding to a target group.</summary>
    public static Listener Listener(string name, Resource lb, int port, TargetGroup target) => new()
    {
        Name = name,
        LoadBalancerArn = lb.Ref("arn"),
        Port = port,
        Protocol = "TCP",
        DefaultActionType = "forward",
        TargetGroupArn = target.Ref("arn"),
    };
}

/// <summary>A network load balancer on port 22 in front of the bastion hosts.</summary>
internal sealed class BastionBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        if (!ctx.Cluster.InstanceGroups.Any(g => g.Role == InstanceGroupRole.Bastion))
        {
            return;
        }

        var options = ctx.Cluster.Bastion;
        var name = ctx.Names.BastionLoadBalancer;
        var lb = ctx.Add(new NetworkLoadBalancer
        {
            Name = name,
            LoadBalancerName = ctx.Names.BastionLoadBalancerAwsName,
            LoadBalancerType = "network",
            Internal = options.LoadBalancerType == LoadBalancerType.Internal,
            Subnets = ctx.LoadBalancerSubnets(options.LoadBalancerType),
            SecurityGroups = [ctx.BastionLoadBalancerSecurityGroup!.Ref()],
            CrossZone = false,
            Tags = ctx.Tags(name),
        });
        var targetName = ctx.Names.BastionLoadBalancerAwsName;
        var target = ctx.Add(TcpTargets.Group(ctx, targetName, 22));
        ctx.Add(TcpTargets.Listener(Names.Listener(name, 22), lb, 22, target));
        ctx.BastionTargetGroups.Add(target.Ref("arn"));
        ctx.BastionEndpoint = (lb.Ref("dns_name"), lb.Ref("zone_id"));
        ctx.Output("bastion_load_balancer_dns_name", lb.Ref("dns_name"));
    }
}

/// <summary>
/// DNS: alias records for the API (and bastion) names in the operator's hosted zone, and the
/// internal API name. A cluster without a zone of the operator's (<c>.k8s.local</c>, or DNS None)
/// gets a private hosted zone of its own in the VPC, so <c>api.internal.&lt;cluster&gt;</c> resolves
/// for every node without public DNS.
/// </summary>
internal sealed class DnsBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        var cluster = ctx.Cluster;
        var (dnsName, zoneId) = ctx.ApiEndpoint!.Value;
        Value zone;
        var publish = new List<string>();
        if (cluster.Dns.Zone is { } z)
        {
            zone = cluster.Dns.ZoneIsId
                ? z
                : ctx.Add(new HostedZoneLookup { Name = z, ZoneName = z, PrivateZone = cluster.Dns.Type == DnsType.Private }).Ref("zone_id");
            publish.Add(cluster.Api.PublicName);
        }
        else
        {
            zone = ctx.Add(new PrivateHostedZone
            {
                Name = cluster.Name,
                ZoneName = cluster.Name,
                Comment = "Private names of the cluster, resolvable inside its VPC",
                VpcId = ctx.VpcId,
                Tags = ctx.Tags(cluster.Name),
            }).Ref("zone_id");
        }

        publish.Add(cluster.Api.InternalName);
        foreach (var record in publish.Distinct(StringComparer.Ordinal))
        {
            ctx.Add(Alias(record, zone, dnsName, zoneId));
        }

        if (cluster.Bastion.PublicName is { } bastionName && ctx.BastionEndpoint is { } bastion && cluster.Dns.Zone is not null)
        {
            ctx.Add(Alias(bastionName, zone, bastion.DnsName, bastion.ZoneId));
        }

        ctx.Output("api_internal_name", cluster.Api.InternalName);
        if (cluster.Dns.Zone is not null)
        {
            ctx.Output("api_public_name", cluster.Api.PublicName);
        }
    }

    /// <summary>An IPv4 alias to a load balancer; the load balancer's own health decides nothing (its targets are checked behind it).</summary>
    private static AliasRecord Alias(string name, Value zone, Value dnsName, Value zoneId) =>
        new() { Name = name, ZoneId = zone, RecordName = name, RecordType = "A", AliasName = dnsName, AliasZoneId = zoneId, EvaluateTargetHealth = false };
}

/// <summary>
/// One encrypted EBS volume per etcd member per etcd cluster, in the zone of the member's
/// control-plane group, tagged so that group's node can find and attach it.
/// </summary>
internal sealed class EtcdVolumeBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        foreach (var etcd in ctx.Cluster.EtcdClusters)
        {
            var members = string.Join(',', etcd.Members.Select(m => m.Name));
            foreach (var m in etcd.Members)
            {
                var name = ctx.Names.EtcdVolume(etcd, m);
                ctx.Add(new EbsVolume
                {
                    Name = name,
                    AvailabilityZone = m.Zone,
                    Size = m.VolumeSize,
                    VolumeType = m.VolumeType,
                    Iops = m.VolumeIops,
                    Throughput = m.VolumeThroughput,
                    Encrypted = m.Encrypted,
                    KmsKeyId = m.KmsKeyId,
                    Tags = ctx.Tags(name,
                    [
                        new(Names.EtcdClusterTag(etcd.Name), $"{m.Name}/{members}"),
                        new(Names.ControlPlaneRoleTag, "1"),
                        new("k8s.io/role/master", "1"),
                        new(Names.InstanceGroupTag, m.InstanceGroup),
                    ]),
                });
            }
        }
    }
}
