using System.Globalization;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>
/// Resolves each instance group's image at apply time, so generation needs no AWS call:
/// Ubuntu 24.04 LTS through Canonical's public SSM parameter by default, an SSM parameter the
/// spec names, an AMI id, or an <c>owner/name-pattern</c> (newest match).
/// </summary>
internal sealed class ImageBuilder : IPlanBuilder
{
    /// <summary>Canonical's account, which owns the official Ubuntu images.</summary>
    private const string Canonical = "099720109477";

    public void Build(BuildContext ctx)
    {
        var seen = new Dictionary<string, (Value, Value)>(StringComparer.Ordinal);
        foreach (var g in ctx.Cluster.InstanceGroups)
        {
            var key = g.Image ?? Names.DefaultImage(g.Architecture);
            if (!seen.TryGetValue(key, out var image))
            {
                image = Resolve(ctx, g, key);
                seen[key] = image;
            }

            ctx.Images[g.Name] = image;
        }
    }

    private static (Value ImageId, Value RootDevice) Resolve(BuildContext ctx, InstanceGroup g, string key)
    {
        var name = Names.ImageLookup(g.Name);
        if (g.Image is null)
        {
            var ssm = ctx.Add(new SsmParameterLookup
            {
                Name = key,
                ParameterName = $"/aws/service/canonical/ubuntu/server/24.04/stable/current/{g.Architecture}/hvm/ebs-gp3/ami-id",
            });

            // Canonical's Ubuntu images boot from /dev/sda1.
            return (ssm.Ref("value"), "/dev/sda1");
        }

        AmiLookup ami;
        if (g.Image.StartsWith("ssm:", StringComparison.Ordinal))
        {
            var ssm = ctx.Add(new SsmParameterLookup { Name = Names.ImageParameter(g.Name), ParameterName = g.Image["ssm:".Length..] });
            ami = ctx.Add(new AmiLookup { Name = name, Owners = [], FilterName = "image-id", FilterValue = ssm.Ref("value"), MostRecent = false, InstanceGroup = g.Name });
        }
        else if (g.Image.StartsWith("ami-", StringComparison.Ordinal))
        {
            // The id is known; only the root device name is looked up.
            ami = ctx.Add(new AmiLookup { Name = name, Owners = [], FilterName = "image-id", FilterValue = g.Image, MostRecent = false, InstanceGroup = g.Name });
            return (g.Image, ami.Ref("root_device_name"));
        }
        else
        {
            var slash = g.Image.IndexOf('/', StringComparison.Ordinal);
            var owner = g.Image[..slash];
            var pattern = g.Image[(slash + 1)..];
            (owner, pattern) = owner switch
            {
                // Canonical's image names themselves start with "ubuntu/".
                "ubuntu" or "canonical" => (Canonical, owner == "ubuntu" ? g.Image : pattern),
                "debian" => ("136693071363", pattern),
                "redhat" => ("309956199498", pattern),
                _ => (owner, pattern),
            };
            ami = ctx.Add(new AmiLookup { Name = name, Owners = [owner], FilterName = "name", FilterValue = pattern, MostRecent = true, InstanceGroup = g.Name });
        }

        return (ami.Ref("image_id"), ami.Ref("root_device_name"));
    }
}

/// <summary>
/// A launch template and an autoscaling group per instance group: IMDSv2, encrypted root
/// volumes, ownership tags, spot and mixed-instance policies, load balancer registration.
/// <c>desired_capacity</c> is never set, so the cluster autoscaler causes no drift.
/// </summary>
internal sealed class AutoscalingBuilder : IPlanBuilder
{
    /// <summary>Every group collects all group metrics, each minute.</summary>
    private static readonly MetricsCollection GroupMetrics = new()
    {
        Granularity = "1Minute",
        Metrics =
        [
            "GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances",
            "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances",
        ],
    };

    public void Build(BuildContext ctx)
    {
        var c = ctx.Cluster;
        foreach (var g in c.InstanceGroups)
        {
            var name = ctx.Names.InstanceGroup(g);
            var tags = Tags(ctx, g, name);
            var (imageId, rootDevice) = ctx.Images[g.Name];
            var template = ctx.Add(new LaunchTemplate
            {
                Name = name,
                TemplateName = name,
                InstanceGroup = g.Name,
                ImageId = imageId,
                InstanceType = g.MachineTypes[0],
                IamInstanceProfile = g.InstanceProfileName is { } profile ? profile : ctx.InstanceProfiles[g.Role].Ref(),
                KeyName = ctx.KeyName,
                RootDeviceName = rootDevice,
                RootVolume = g.RootVolume,
                RootVolumeDeleteOnTermination = true,
                NetworkInterface = new NetworkInterface
                {
                    DeviceIndex = 0,
                    AssociatePublicIpAddress = g.AssociatePublicIp,
                    DeleteOnTermination = true,
                    SecurityGroups = [ctx.InstanceGroupSecurityGroups[g.Name].Ref(), .. g.AdditionalSecurityGroups.Select(s => (Value)s)],
                },
                MetadataOptions = MetadataOptions.For(g.InstanceMetadata),
                Monitoring = g.DetailedMonitoring,

                // A group without a mixed-instances policy buys spot through its template; with one, the policy decides.
                Spot = g.MixedInstancesPolicy is null && g.MaxPrice is { } price
                    ? new SpotMarketOptions { MarketType = "spot", MaxPrice = price.Length == 0 ? null : price, SpotInstanceType = "one-time" }
                    : null,
                UserData = ctx.UserData[g.Name],
                DependsOn = [.. ctx.Find<ConfigBaseObject>(ctx.Names.NodeupScript(g)) is { } nodeup ? [nodeup] : Array.Empty<Resource>()],
                Resolver = ctx.Resolvers.GetValueOrDefault(g.Name),
                Tags = tags,
                TaggedResourceTypes = ["instance", "volume"],

                // The group names a template by id: a replacement must exist before the old one can go.
                CreateBeforeDestroy = true,
            });

            var mixed = g.MixedInstancesPolicy is { } mp
                ? new InstancesDistribution
                {
                    InstanceTypes = mp.Instances,
                    OnDemandBaseCapacity = mp.OnDemandBase,
                    OnDemandPercentageAboveBaseCapacity = mp.OnDemandAboveBase,
                    OnDemandAllocationStrategy = mp.OnDemandAllocationStrategy,
                    SpotAllocationStrategy = mp.SpotAllocationStrategy,
                    SpotInstancePools = mp.SpotInstancePools,
                    SpotMaxPrice = g.MaxPrice ?? string.Empty,
                }
                : null;

            var asg = ctx.Add(new AutoscalingGroup
            {
                Name = name,
                GroupName = name,
                LaunchTemplateId = template.Ref(),
                LaunchTemplateVersion = template.Ref("latest_version"),
                MixedInstances = mixed,
                MinSize = g.MinSize,
                MaxSize = g.MaxSize,
                Subnets = [.. g.Subnets.Select(s => ctx.SubnetIds[s])],
                TargetGroupArns =
                [
                    .. g.Role switch
                    {
                        InstanceGroupRole.ControlPlane => ctx.ApiTargetGroups,
                        InstanceGroupRole.Bastion => ctx.BastionTargetGroups,
                        _ => [],
                    },
                    .. g.ExternalTargetGroupArns.Select(a => (Value)a),
                ],
                LoadBalancers =
                [
                    .. g.Role == InstanceGroupRole.ControlPlane ? ctx.ApiClassicLoadBalancers : [],
                    .. g.ExternalLoadBalancerNames.Select(n => (Value)n),
                ],
                SuspendedProcesses = g.SuspendedProcesses,
                ProtectFromScaleIn = g.InstanceProtection,
                MaxInstanceLifetime = g.MaxInstanceLifetimeSeconds,
                Metrics = GroupMetrics,
                Tags = tags,
                PropagateTagsAtLaunch = true,
            });
            ctx.AutoscalingGroups[g.Name] = asg;
        }

        foreach (var role in new[] { InstanceGroupRole.ControlPlane, InstanceGroupRole.Node, InstanceGroupRole.Bastion })
        {
            var groups = c.InstanceGroups.Where(g => g.Role == role).Select(g => ctx.AutoscalingGroups[g.Name].Ref()).ToList();
            if (groups.Count > 0)
            {
                ctx.OutputList(Names.AutoscalingGroupIdsOutput(role), groups);
            }
        }
    }

    private static Tags Tags(BuildContext ctx, InstanceGroup g, string name)
    {
        var extra = new List<KeyValuePair<string, string>>(g.CloudLabels) { new(Names.InstanceGroupTag, g.Name), new(Names.RoleTag(g.Role), "1") };
        if (g.Role == InstanceGroupRole.ControlPlane)
        {
            extra.Add(new("k8s.io/role/master", "1"));
        }

        if (g.Role != InstanceGroupRole.Bastion && Addons.AddonBuilder.NodeTerminationQueueMode(ctx.Cluster))
        {
            // The node termination handler acts only on instances with this tag (propagated at launch), as kops tags them.
            extra.Add(new(ctx.Cluster.Addons.NodeTerminationHandler.ManagedTag, string.Empty));
        }

        if (Addons.AddonBuilder.AutoscalerMayScale(g))
        {
            // Lets the cluster autoscaler discover the group by tag (and its IAM statement scale it).
            extra.Add(new(Addons.AddonBuilder.AutoscalerEnabledTag, "1"));
            extra.Add(new(ctx.Names.AutoscalerOwnershipTag, Addons.AddonBuilder.AutoscalerOwnershipValue));
        }

        if (g.Role != InstanceGroupRole.Bastion)
        {
            // Lets the cluster autoscaler scale a group up from zero knowing its labels and taints.
            foreach (var (key, value) in g.NodeLabels)
            {
                extra.Add(new($"k8s.io/cluster-autoscaler/node-template/label/{key}", value));
            }

            foreach (var t in g.Taints)
            {
                extra.Add(new($"k8s.io/cluster-autoscaler/node-template/taint/{t.Key}", string.Create(CultureInfo.InvariantCulture, $"{t.Value}:{t.Effect}")));
            }
        }

        return ctx.Tags(name, extra);
    }
}
