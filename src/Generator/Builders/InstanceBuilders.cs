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
            var key = g.Image ?? $"ubuntu-24.04-{g.Architecture}";
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
        var name = $"image-{g.Name}";
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
            var ssm = ctx.Add(new SsmParameterLookup { Name = $"{name}-parameter", ParameterName = g.Image["ssm:".Length..] });
            ami = ctx.Add(new AmiLookup { Name = name, Owners = [], FilterName = "image-id", FilterValue = ssm.Ref("value"), MostRecent = false });
        }
        else if (g.Image.StartsWith("ami-", StringComparison.Ordinal))
        {
            // The id is known; only the root device name is looked up.
            ami = ctx.Add(new AmiLookup { Name = name, Owners = [], FilterName = "image-id", FilterValue = g.Image, MostRecent = false });
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
            ami = ctx.Add(new AmiLookup { Name = name, Owners = [owner], FilterName = "name", FilterValue = pattern, MostRecent = true });
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
    public void Build(BuildContext ctx)
    {
        var c = ctx.Cluster;
        foreach (var g in c.InstanceGroups)
        {
            var name = ctx.Names.InstanceGroup(g);
            var tags = Tags(ctx, g, name);
            var (imageId, rootDevice) = ctx.Images[g.Name];
            var sgPrefix = g.Role switch
            {
                InstanceGroupRole.ControlPlane => "masters",
                InstanceGroupRole.Node => "nodes",
                _ => "bastion",
            };
            var template = ctx.Add(new LaunchTemplate
            {
                Name = name,
                TemplateName = name,
                ImageId = imageId,
                InstanceType = g.MachineTypes[0],
                IamInstanceProfile = ctx.InstanceProfiles[g.Role].Ref(),
                KeyName = ctx.KeyName,
                RootDeviceName = rootDevice,
                RootVolume = g.RootVolume,
                AssociatePublicIpAddress = g.AssociatePublicIp,
                SecurityGroups = [ctx.SecurityGroups[sgPrefix].Ref(), .. g.AdditionalSecurityGroups.Select(s => (Value)s)],
                HttpTokens = g.InstanceMetadata.HttpTokens,
                HttpPutResponseHopLimit = g.InstanceMetadata.HopLimit,
                Monitoring = g.DetailedMonitoring,
                SpotMaxPrice = g.MixedInstancesPolicy is null ? g.MaxPrice : null,
                UserData = ctx.UserData[g.Name],
                Tags = tags,
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
                LaunchTemplate = template,
                MixedInstances = mixed,
                MinSize = g.MinSize,
                MaxSize = g.MaxSize,
                Subnets = [.. g.Subnets.Select(s => ctx.SubnetIds[s])],
                TargetGroupArns = g.Role switch
                {
                    InstanceGroupRole.ControlPlane => [.. ctx.ApiTargetGroups],
                    InstanceGroupRole.Bastion => [.. ctx.BastionTargetGroups],
                    _ => [],
                },
                LoadBalancers = g.Role == InstanceGroupRole.ControlPlane ? [.. ctx.ApiClassicLoadBalancers] : [],
                ProtectFromScaleIn = g.InstanceProtection,
                MaxInstanceLifetime = g.MaxInstanceLifetimeSeconds,
                Tags = tags,
            });
            ctx.AutoscalingGroups[g.Name] = asg;
        }

        foreach (var (role, output) in new[] { (InstanceGroupRole.ControlPlane, "master"), (InstanceGroupRole.Node, "node"), (InstanceGroupRole.Bastion, "bastion") })
        {
            var groups = c.InstanceGroups.Where(g => g.Role == role).Select(g => ctx.AutoscalingGroups[g.Name].Ref()).ToList();
            if (groups.Count > 0)
            {
                ctx.OutputList($"{output}_autoscaling_group_ids", groups);
            }
        }
    }

    private static Tags Tags(BuildContext ctx, InstanceGroup g, string name)
    {
        var extra = new List<KeyValuePair<string, string>>(g.CloudLabels) { new("kgen.dev/instancegroup", g.Name) };
        switch (g.Role)
        {
            case InstanceGroupRole.ControlPlane:
                extra.Add(new("k8s.io/role/control-plane", "1"));
                extra.Add(new("k8s.io/role/master", "1"));
                break;
            case InstanceGroupRole.Node:
                extra.Add(new("k8s.io/role/node", "1"));
                if (g.MinSize < g.MaxSize)
                {
                    // Lets the cluster autoscaler discover the group by tag.
                    extra.Add(new("k8s.io/cluster-autoscaler/enabled", "1"));
                    extra.Add(new($"k8s.io/cluster-autoscaler/{ctx.Cluster.Name}", "owned"));
                }

                break;
            default:
                extra.Add(new("k8s.io/role/bastion", "1"));
                break;
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

        return ctx.Names.Tags(name, extra);
    }
}
