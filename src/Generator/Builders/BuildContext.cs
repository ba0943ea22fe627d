using System.Collections.Immutable;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>
/// The shared state builders fill in order, like kops' model context: the resources so far and
/// the handles later builders need (the VPC, each subnet, each role's security group …).
/// </summary>
internal sealed class BuildContext(Cluster cluster, TemplateSet templates)
{
    private readonly List<Resource> _resources = [];
    private readonly List<Output> _outputs = [];

    public Cluster Cluster { get; } = cluster;

    /// <summary>The templates of this generation, for the text a builder must measure (user-data against EC2's limit).</summary>
    public TemplateSet Templates { get; } = templates;

    public Names Names { get; } = new(cluster);

    /// <summary>The AWS partition of the region (aws, aws-cn, aws-us-gov).</summary>
    public string Partition => Cluster.Partition;

    public Value VpcId { get; set; } = "";

    public Dictionary<string, Value> SubnetIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The security group of each role's machines.</summary>
    public Dictionary<InstanceGroupRole, SecurityGroup> RoleSecurityGroups { get; } = [];

    /// <summary>The security group of each instance group's machines: its role's, or the existing group the spec names instead (<see cref="SecurityGroupLookup"/>).</summary>
    public Dictionary<string, Resource> InstanceGroupSecurityGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>The API load balancer's security group: kgen's, or the existing group the spec names instead.</summary>
    public Resource? ApiLoadBalancerSecurityGroup { get; set; }

    /// <summary>The bastion load balancer's security group, when there is a bastion.</summary>
    public SecurityGroup? BastionLoadBalancerSecurityGroup { get; set; }

    public Dictionary<InstanceGroupRole, IamRole> Roles { get; } = [];

    public Dictionary<InstanceGroupRole, IamInstanceProfile> InstanceProfiles { get; } = [];

    public Value? KeyName { get; set; }

    /// <summary>What the control-plane autoscaling groups register with.</summary>
    public List<Value> ApiTargetGroups { get; } = [];

    public List<Value> ApiClassicLoadBalancers { get; } = [];

    /// <summary>The DNS name and zone of the API load balancer the operator reaches (the public one, or the only one), for the public name.</summary>
    public (Value DnsName, Value ZoneId)? ApiEndpoint { get; set; }

    /// <summary>The DNS name and zone of the internal API load balancer, for the internal name the nodes use.</summary>
    public (Value DnsName, Value ZoneId)? ApiInternalEndpoint { get; set; }

    public List<Value> BastionTargetGroups { get; } = [];

    public (Value DnsName, Value ZoneId)? BastionEndpoint { get; set; }

    /// <summary>Image id and root device per instance group name.</summary>
    public Dictionary<string, (Value ImageId, Value RootDevice)> Images { get; } = new(StringComparer.Ordinal);

    /// <summary>The resolver each Kubernetes node's user-data sets up, per instance group name (bastions have none).</summary>
    public Dictionary<string, NodeResolver> Resolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>User data per instance group name.</summary>
    public Dictionary<string, TextDocument> UserData { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AutoscalingGroup> AutoscalingGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>The EKS cluster, when EKS runs the control plane.</summary>
    public EksCluster? EksCluster { get; set; }

    /// <summary>The roles kgen makes for EKS workload identities, by plan name.</summary>
    public Dictionary<string, IamRole> WorkloadRoles { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a resource of kind <typeparamref name="T"/> named <paramref name="name"/> is in the plan already.</summary>
    public bool HasResource<T>(string name)
        where T : Resource => Find<T>(name) is not null;

    /// <summary>The resource of kind <typeparamref name="T"/> named <paramref name="name"/>, if the plan has it.</summary>
    public T? Find<T>(string name)
        where T : Resource => _resources.OfType<T>().FirstOrDefault(r => r.Name == name);

    /// <summary>The tags of a resource named <paramref name="name"/>: the cluster's, its Name, and <paramref name="extra"/>.</summary>
    public Tags Tags(string name, IEnumerable<KeyValuePair<string, string>>? extra = null) => Plan.Tags.From(Names.ResourceTags(name, extra));

    public T Add<T>(T resource)
        where T : Resource
    {
        _resources.Add(resource);
        return resource;
    }

    public void Output(string name, Value value) => _outputs.Add(new Output(name, [value], IsList: false));

    public void OutputList(string name, IEnumerable<Value> values) => _outputs.Add(new Output(name, [.. values], IsList: true));

    public ClusterPlan ToPlan() =>
        new(Cluster, [.. _resources], [.. _outputs.OrderBy(o => o.Name, StringComparer.Ordinal)])
        {
            ConfigBaseObjects = [.. ConfigBaseObjects.OrderBy(o => o.Key, StringComparer.Ordinal)],
        };

    /// <summary>The objects kgen places in the config store (<see cref="ConfigStoreBuilder.Object"/> adds them).</summary>
    public List<ConfigBaseObject> ConfigBaseObjects { get; } = [];

    /// <summary>The subnets kgen may place a load balancer in, one per zone, preferring the given types in order.</summary>
    public ImmutableArray<Value> LoadBalancerSubnets(LoadBalancerType type)
    {
        var preference = type == LoadBalancerType.Public
            ? new[] { SubnetType.Utility, SubnetType.Public }
            : [SubnetType.Private, SubnetType.Utility, SubnetType.Public];
        var candidates = Cluster.Network.Subnets.Where(s => Array.IndexOf(preference, s.Type) >= 0);
        return [.. candidates
            .GroupBy(s => s.Zone ?? s.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => Array.IndexOf(preference, s.Type)).ThenBy(s => s.Name, StringComparer.Ordinal).First())
            .Select(s => SubnetIds[s.Name])];
    }
}

/// <summary>One concern of the plan (network, firewall, IAM, …): reads the model, adds resources.</summary>
internal interface IPlanBuilder
{
    void Build(BuildContext context);
}
