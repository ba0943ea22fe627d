using System.Collections.Immutable;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Verification;

/// <summary>One instance group as the plan makes it: its autoscaling group, launch template, subnets and groups.</summary>
/// <param name="Name">The instance group's name.</param>
/// <param name="Role">Its role.</param>
/// <param name="Group">The autoscaling group.</param>
internal sealed record Machines(string Name, InstanceGroupRole Role, AutoscalingGroup Group)
{
    /// <summary>The launch template its instances start from.</summary>
    public LaunchTemplate Template => (LaunchTemplate)((Reference)Group.LaunchTemplateId).Target;

    /// <summary>The security groups of its instances' primary interface.</summary>
    public ImmutableArray<Value> SecurityGroups => Template.NetworkInterface.SecurityGroups;

    /// <summary>Whether its instances get a public IP.</summary>
    public bool PublicIp => Template.NetworkInterface.AssociatePublicIpAddress;
}

/// <summary>Lookups over a plan that the proofs share: who is attached to what, by the plan's references.</summary>
internal sealed class PlanIndex
{
    public PlanIndex(ClusterPlan plan)
    {
        Plan = plan;
        Cluster = plan.Cluster;
        var roles = Cluster.InstanceGroups.ToDictionary(g => g.Name, g => g.Role, StringComparer.Ordinal);
        Machines = [.. plan.OfType<AutoscalingGroup>()
            .Select(a => (Group: a, Name: a.Tags.Items.GetValueOrDefault(Names.InstanceGroupTag)))
            .Where(x => x.Name is not null && roles.ContainsKey(x.Name))
            .Select(x => new Machines(x.Name!, roles[x.Name!], x.Group))
            .OrderBy(m => m.Name, StringComparer.Ordinal)];
        Rules = [.. plan.OfType<SecurityGroupRule>()];
        Associations = [.. plan.OfType<RouteTableAssociation>()];
        Routes = [.. plan.OfType<Route>()];
        Records = [.. plan.OfType<AliasRecord>()];
        Listeners = [.. plan.OfType<Listener>()];
        _rulesByGroup = Rules
            .Where(r => r.SecurityGroupId is Reference { Target: SecurityGroup or SecurityGroupLookup })
            .GroupBy(r => (((Reference)r.SecurityGroupId).Target, r.Direction))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SecurityGroupRule>)[.. g]);
    }

    private readonly Dictionary<(Resource, RuleDirection), IReadOnlyList<SecurityGroupRule>> _rulesByGroup;

    public ClusterPlan Plan { get; }

    public Cluster Cluster { get; }

    public ImmutableArray<Machines> Machines { get; }

    public ImmutableArray<SecurityGroupRule> Rules { get; }

    public ImmutableArray<RouteTableAssociation> Associations { get; }

    public ImmutableArray<Route> Routes { get; }

    public ImmutableArray<AliasRecord> Records { get; }

    public ImmutableArray<Listener> Listeners { get; }

    /// <summary>The groups of machines of a role.</summary>
    public IEnumerable<Machines> OfRole(InstanceGroupRole role) => Machines.Where(m => m.Role == role);

    /// <summary>
    /// The security groups of the plan a value names: kgen's, and existing groups the spec puts in their place
    /// (<see cref="SecurityGroupLookup"/>, whose kgen rules the plan holds); an id of any other group yields none.
    /// </summary>
    public static IEnumerable<Resource> Groups(IEnumerable<Value> values) =>
        values.OfType<Reference>().Select(r => r.Target).Where(t => t is SecurityGroup or SecurityGroupLookup);

    /// <summary>The ingress (or egress) rules of a security group.</summary>
    public IReadOnlyList<SecurityGroupRule> RulesOf(Resource group, RuleDirection direction) =>
        _rulesByGroup.TryGetValue((group, direction), out var rules) ? rules : [];

    /// <summary>
    /// What a proof reads of a group of machines, as a key: its subnets, public IP, security groups, instance
    /// profile and resolver. Groups with one shape share every proof.
    /// </summary>
    public static string Shape(Machines g)
    {
        var t = g.Template;
        return string.Join(
            '|',
            string.Join(',', g.Group.Subnets.Select(Key)),
            g.PublicIp ? "public" : "private",
            string.Join(',', g.SecurityGroups.Select(Key)),
            Key(t.IamInstanceProfile),
            t.Resolver is null ? string.Empty : string.Join(',', t.Resolver.RoutingDomains),
            g.Role.ToString());

        static string Key(Value v) => v switch
        {
            Reference r => $"{r.Target.GetType().Name}:{r.Target.Name}",
            Literal l => l.Content.ToString() ?? string.Empty,
            _ => string.Empty,
        };
    }

    /// <summary>The association of a subnet with a route table of the plan, or null (the subnet uses the VPC's main table).</summary>
    public RouteTableAssociation? AssociationOf(Value subnet) =>
        Associations.FirstOrDefault(a => a.SubnetId == subnet && a.RouteTableId is Reference { Target: RouteTable });

    /// <summary>The routes of a table.</summary>
    public IEnumerable<Route> RoutesOf(RouteTable table) =>
        Routes.Where(r => r.RouteTableId is Reference { Target: var t } && ReferenceEquals(t, table));

    /// <summary>The plan's subnet a value names, or null for a subnet kgen does not create.</summary>
    public static Plan.Subnet? Subnet(Value value) => (value as Reference)?.Target as Plan.Subnet;

    /// <summary>The machines registered with a target group (by its ARN reference) or a classic load balancer.</summary>
    public IEnumerable<Machines> TargetsOf(Resource balancerOrTargetGroup) => Machines.Where(m =>
        m.Group.TargetGroupArns.Concat(m.Group.LoadBalancers).OfType<Reference>().Any(r => ReferenceEquals(r.Target, balancerOrTargetGroup)));

    /// <summary>The listeners of a network load balancer.</summary>
    public IEnumerable<Listener> ListenersOf(NetworkLoadBalancer lb) =>
        Listeners.Where(l => l.LoadBalancerArn is Reference { Target: var t } && ReferenceEquals(t, lb));

    /// <summary>The IAM role behind a launch template's instance profile, and its inline policies.</summary>
    public (IamRole? Role, ImmutableArray<IamRolePolicy> Policies) IamOf(LaunchTemplate template)
    {
        var profile = (template.IamInstanceProfile as Reference)?.Target as IamInstanceProfile;
        var role = (profile?.Role as Reference)?.Target as IamRole;
        if (role is null)
        {
            return (null, []);
        }

        return (role, [.. Plan.OfType<IamRolePolicy>().Where(p => p.Role is Reference { Target: var t } && ReferenceEquals(t, role))]);
    }
}
