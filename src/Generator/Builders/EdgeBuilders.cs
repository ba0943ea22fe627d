using System.Collections.Immutable;
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
/// The API load balancers: network load balancers (classic on request) listening on 443 and forwarding
/// to the API servers' port. kgen always fronts the API with a load balancer, so the API has one stable
/// name whatever happens to the control-plane instances. Every cluster has an internal one in the
/// private (node) subnets for in-VPC traffic: <c>api.internal.&lt;cluster&gt;</c> aliases it. A public API
/// (the default) gets an internet-facing one as well, for kubectl from <c>kubernetesApiAccess</c>: nodes
/// cannot use that one, since their packets reach it from the NAT's or their own public addresses, which
/// its security group (group references for the nodes) never admits. An internal API has just the one.
/// </summary>
internal sealed class ApiLoadBalancerBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        var api = ctx.Cluster.Api;
        var names = ctx.Names;
        var groups = new List<Value> { ctx.ApiLoadBalancerSecurityGroup!.Ref() };
        groups.AddRange(api.AdditionalSecurityGroups.Select(g => (Value)g));

        // The existing names stay with the load balancer the operator reaches (public, or the only one),
        // so a cluster generated before the internal one existed keeps its load balancer.
        var main = Balancer(ctx, names.ApiLoadBalancer, names.ApiLoadBalancerAwsName, names.ApiTargetGroup, isInternal: !api.HasPublicLoadBalancer, [.. groups]);
        var inVpc = api.HasPublicLoadBalancer
            ? Balancer(ctx, names.ApiInternalLoadBalancer, names.ApiInternalLoadBalancerAwsName, names.ApiInternalTargetGroup, isInternal: true, [.. groups])
            : main;

        ctx.ApiEndpoint = (main.Ref("dns_name"), main.Ref("zone_id"));
        ctx.ApiInternalEndpoint = (inVpc.Ref("dns_name"), inVpc.Ref("zone_id"));
        ctx.Output("api_load_balancer_dns_name", main.Ref("dns_name"));
        ctx.Output("api_internal_load_balancer_dns_name", inVpc.Ref("dns_name"));
    }

    /// <summary>One API load balancer in the subnets of its scheme; the control-plane groups register with it.</summary>
    private static Resource Balancer(BuildContext ctx, string name, string awsName, string targetGroupName, bool isInternal, ImmutableArray<Value> groups)
    {
        var api = ctx.Cluster.Api;
        var subnets = ctx.LoadBalancerSubnets(isInternal ? LoadBalancerType.Internal : LoadBalancerType.Public);
        if (api.Class == LoadBalancerClass.Classic)
        {
            var classic = ctx.Add(new ClassicLoadBalancer
            {
                Name = name,
                LoadBalancerName = awsName,
                Internal = isInternal,
                Subnets = subnets,
                SecurityGroups = groups,
                ListenerPort = ApiEndpoint.ListenerPort,
                ListenerProtocol = "TCP",
                InstancePort = ApiEndpoint.ServerPort,
                InstanceProtocol = "TCP",
                CrossZone = api.CrossZone,
                HealthCheck = new ClassicHealthCheck
                {
                    Target = string.Create(CultureInfo.InvariantCulture, $"HTTPS:{ApiEndpoint.ServerPort}{TcpTargets.ApiReadyPath}"),
                    Interval = 10,
                    Timeout = 5,
                    HealthyThreshold = 2,
                    UnhealthyThreshold = 2,
                },
                ConnectionDrainingTimeout = 300,
                IdleTimeout = 300,
                Tags = ctx.Tags(name),
            });
            ctx.ApiClassicLoadBalancers.Add(classic.Ref());
            return classic;
        }

        var lb = ctx.Add(new NetworkLoadBalancer
        {
            Name = name,
            LoadBalancerName = awsName,
            LoadBalancerType = "network",
            Internal = isInternal,
            Subnets = subnets,
            SecurityGroups = groups,
            CrossZone = api.CrossZone,
            Tags = ctx.Tags(name),
        });

        // A network load balancer's target group serves one load balancer: each has its own.
        // An API server answers /readyz with 200 only while it can serve (its etcd included); anyone may ask.
        var target = ctx.Add(TcpTargets.Group(ctx, targetGroupName, ApiEndpoint.ServerPort) with
        {
            HealthCheck = new TargetHealthCheck { Protocol = "HTTPS", Path = TcpTargets.ApiReadyPath, Matcher = "200", Interval = 10, HealthyThreshold = 2, UnhealthyThreshold = 2 },
        });
        ctx.Add(TcpTargets.Listener(Names.Listener(name, ApiEndpoint.ListenerPort), lb, ApiEndpoint.ListenerPort, target));
        ctx.ApiTargetGroups.Add(target.Ref("arn"));
        return lb;
    }
}

/// <summary>The TCP target groups and listeners of kgen's network load balancers (API and bastion), alike but for port and name.</summary>
internal static class TcpTargets
{
    /// <summary>The API server's readiness endpoint, which the API load balancers check over HTTPS.</summary>
    public const string ApiReadyPath = "/readyz";

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
/// internal API name. A cluster without a zone of the operator's (<c>.k8s.local</c>, or DNS None),
/// or whose name is outside that zone, gets a private hosted zone of its own in the VPC, so
/// <c>api.internal.&lt;cluster&gt;</c> resolves for every node without public DNS. A public name outside
/// the operator's zone is not published (<see cref="Cluster.PublishesApiPublicName"/>).
/// </summary>
internal sealed class DnsBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        var cluster = ctx.Cluster;
        var (dnsName, zoneId) = ctx.ApiEndpoint!.Value;
        var (internalDnsName, internalZoneId) = ctx.ApiInternalEndpoint!.Value;
        Value? operatorZone = null;
        Value OperatorZone(string zone) => operatorZone ??= cluster.Dns.ZoneIsId
            ? zone
            : ctx.Add(new HostedZoneLookup { Name = zone, ZoneName = zone, PrivateZone = cluster.Dns.Type == DnsType.Private }).Ref("zone_id");

        // Only names inside the operator's zone are published there (Route 53 refuses others); the internal name, when
        // the cluster's name is outside the zone (or there is none), goes into a private zone of the cluster's own.
        var z = cluster.Dns.Zone;
        var internalZone = z is not null && cluster.InternalNameInOperatorZone
            ? OperatorZone(z)
            : ctx.Add(new PrivateHostedZone
            {
                Name = cluster.Name,
                ZoneName = cluster.Name,
                Comment = "Private names of the cluster, resolvable inside its VPC",
                VpcId = ctx.VpcId,
                Tags = ctx.Tags(cluster.Name),
            }).Ref("zone_id");

        // The public name reaches the load balancer the operator uses; the internal name, the one inside the VPC.
        if (z is not null && cluster.PublishesApiPublicName)
        {
            ctx.Add(Alias(cluster.Api.PublicName, OperatorZone(z), dnsName, zoneId));
        }

        ctx.Add(Alias(cluster.Api.InternalName, internalZone, internalDnsName, internalZoneId));

        if (cluster.Bastion.PublicName is { } bastionName && ctx.BastionEndpoint is { } bastion && z is not null && cluster.Dns.Holds(bastionName))
        {
            ctx.Add(Alias(bastionName, OperatorZone(z), bastion.DnsName, bastion.ZoneId));
        }

        ctx.Output("api_internal_name", cluster.Api.InternalName);
        if (z is not null)
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
        foreach (var etcd in ctx.Cluster.EtcdClusters.Where(e => e.Runs))
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
