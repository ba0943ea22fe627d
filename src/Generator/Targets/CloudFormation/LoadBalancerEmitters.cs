using Kgen.Generator.Plan;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>
/// CloudFormation forms of load balancers, target groups and listeners. An internet-facing load balancer waits for
/// the gateway attachment (syntax: CloudFormation orders only by references); <c>Scheme</c> is how CloudFormation
/// writes the plan's <c>Internal</c>.
/// </summary>
internal static class LoadBalancerEmitters
{
    public static void NetworkLoadBalancer(StackBuilder s, NetworkLoadBalancer r) => s.Add(
        r,
        Obj(
            ("LoadBalancerAttributes", new JArray(Obj(("Key", "load_balancing.cross_zone.enabled"), ("Value", Flag(r.CrossZone))))),
            ("Name", r.LoadBalancerName),
            ("Scheme", Scheme(r.Internal)),
            ("SecurityGroups", s.List(r.SecurityGroups)),
            ("Subnets", s.List(r.Subnets)),
            ("Tags", TagList(r.Tags)),
            ("Type", r.LoadBalancerType)),
        r.Internal ? null : NetworkEmitters.GatewayAttachment(s));

    public static void TargetGroup(StackBuilder s, TargetGroup r) => s.Add(r, Obj(
        ("HealthCheckIntervalSeconds", r.HealthCheck.Interval),
        ("HealthCheckPath", r.HealthCheck.Path),
        ("HealthCheckProtocol", r.HealthCheck.Protocol),
        ("HealthyThresholdCount", r.HealthCheck.HealthyThreshold),
        ("Matcher", r.HealthCheck.Matcher is { } codes ? Obj(("HttpCode", codes)) : null),
        ("Name", r.TargetGroupName),
        ("Port", r.Port),
        ("Protocol", r.Protocol),
        ("Tags", TagList(r.Tags)),
        ("TargetGroupAttributes", new JArray(
            Obj(("Key", "deregistration_delay.connection_termination.enabled"), ("Value", Flag(r.ConnectionTermination))),
            Obj(("Key", "deregistration_delay.timeout_seconds"), ("Value", Text(r.DeregistrationDelay))),
            Obj(("Key", "preserve_client_ip.enabled"), ("Value", Flag(r.PreserveClientIp))))),
        ("TargetType", r.TargetType),
        ("UnhealthyThresholdCount", r.HealthCheck.UnhealthyThreshold),
        ("VpcId", s.V(r.VpcId))));

    public static void Listener(StackBuilder s, Listener r) => s.Add(r, Obj(
        ("DefaultActions", new JArray(Obj(("TargetGroupArn", s.V(r.TargetGroupArn)), ("Type", r.DefaultActionType)))),
        ("LoadBalancerArn", s.V(r.LoadBalancerArn)),
        ("Port", r.Port),
        ("Protocol", r.Protocol)));

    public static void ClassicLoadBalancer(StackBuilder s, ClassicLoadBalancer r)
    {
        var check = r.HealthCheck;
        s.Add(
            r,
            Obj(
                ("ConnectionDrainingPolicy", Obj(("Enabled", r.ConnectionDrainingTimeout is not null), ("Timeout", r.ConnectionDrainingTimeout))),
                ("ConnectionSettings", Obj(("IdleTimeout", r.IdleTimeout))),
                ("CrossZone", r.CrossZone),
                ("HealthCheck", Obj(
                    ("HealthyThreshold", Text(check.HealthyThreshold)),
                    ("Interval", Text(check.Interval)),
                    ("Target", check.Target),
                    ("Timeout", Text(check.Timeout)),
                    ("UnhealthyThreshold", Text(check.UnhealthyThreshold)))),
                ("Listeners", new JArray(Obj(
                    ("InstancePort", Text(r.InstancePort)),
                    ("InstanceProtocol", r.InstanceProtocol),
                    ("LoadBalancerPort", Text(r.ListenerPort)),
                    ("Protocol", r.ListenerProtocol)))),
                ("LoadBalancerName", r.LoadBalancerName),
                ("Scheme", Scheme(r.Internal)),
                ("SecurityGroups", s.List(r.SecurityGroups)),
                ("Subnets", s.List(r.Subnets)),
                ("Tags", TagList(r.Tags))),
            r.Internal ? null : NetworkEmitters.GatewayAttachment(s));
    }

    private static string Scheme(bool @internal) => @internal ? "internal" : "internet-facing";
}
