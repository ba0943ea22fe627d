using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>Runs the builders, one per concern, in dependency order.</summary>
internal static class PlanBuilder
{
    private static readonly IPlanBuilder[] Builders =
    [
        new ConfigStoreBuilder(),
        new NetworkBuilder(),
        new FirewallBuilder(),
        new IamBuilder(),
        new ServiceAccountRoleBuilder(),
        new SshKeyBuilder(),
        new ApiLoadBalancerBuilder(),
        new BastionBuilder(),
        new DnsBuilder(),
        new EtcdVolumeBuilder(),
        new ImageBuilder(),
        new AddonDeliveryBuilder(),
        new BootstrapBuilder(),
        new AutoscalingBuilder(),
        new NodeTerminationHandlerBuilder(),
    ];

    /// <summary>An EKS cluster's builders: the same network, then EKS' own firewall, IAM, control plane and node groups.</summary>
    private static readonly IPlanBuilder[] EksBuilders =
    [
        new NetworkBuilder(),
        new EksFirewallBuilder(),
        new EksIamBuilder(),
        new EksControlPlaneBuilder(),
        new EksNodeGroupBuilder(),
    ];

    public static ClusterPlan Build(Cluster cluster, TemplateSet templates)
    {
        var context = new BuildContext(cluster, templates);
        foreach (var builder in cluster.Topology == ControlPlaneTopology.EksManaged ? EksBuilders : Builders)
        {
            builder.Build(context);
        }

        return context.ToPlan();
    }
}
