using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>
/// An instance group's defaults by role: machine type, sizes, subnets, root volume, spot mix, IMDSv2;
/// and what its values mean (taints, durations, the machine types' CPU architecture).
/// </summary>
internal static partial class InstanceGroupDefaults
{
    /// <summary>The group, complete.</summary>
    public static InstanceGroup Apply(InstanceGroupInput g, ImmutableArray<Subnet> subnets, Defaulting d)
    {
        var at = g.Source;
        var role = g.Role switch
        {
            "ControlPlane" => InstanceGroupRole.ControlPlane,
            "Node" => InstanceGroupRole.Node,
            "Bastion" => InstanceGroupRole.Bastion,
            null => d.Fail(at, DiagnosticCodes.RoleInvalid, "spec.role", "an instance group needs a role: ControlPlane (or Master), Node or Bastion", InstanceGroupRole.Node),
            "APIServer" => d.Fail(at, DiagnosticCodes.RoleInvalid, "spec.role", "role APIServer (kops' separate API server groups) is not supported; use ControlPlane", InstanceGroupRole.Node),
            _ => d.Fail(at, DiagnosticCodes.RoleInvalid, "spec.role", $"\"{g.Role}\" is not a role; use ControlPlane (or Master), Node or Bastion", InstanceGroupRole.Node),
        };

        var machineTypes = g.MachineTypes ?? [role == InstanceGroupRole.Bastion ? "t3.micro" : "t3.medium"];
        if (machineTypes.IsEmpty)
        {
            d.Error(at, DiagnosticCodes.MachineTypeInvalid, "spec.machineType", "name an instance type, such as t3.medium (or a comma-separated list for a mix)");
            machineTypes = ["t3.medium"];
        }

        foreach (var t in machineTypes)
        {
            if (!Patterns.InstanceType().IsMatch(t))
            {
                d.Error(at, DiagnosticCodes.MachineTypeInvalid, "spec.machineType", $"\"{t}\" is not an EC2 instance type; expected a form such as t3.medium");
            }
        }

        var groupSubnets = g.Subnets ?? DefaultSubnets(role, subnets);
        var allPublic = groupSubnets.Length > 0 && groupSubnets.All(n => subnets.FirstOrDefault(x => x.Name == n)?.IsPublic ?? false);
        var mixed = Mixed(g, machineTypes);
        var architectures = (mixed?.Instances ?? machineTypes).Select(Architecture).Distinct().ToList();
        if (architectures.Count > 1)
        {
            d.Error(at, DiagnosticCodes.MixedArchitectures, "spec.machineType", "the instance types mix CPU architectures (amd64 and arm64); one group needs one architecture (one image)");
        }

        foreach (var problem in g.ReadProblems)
        {
            d.Add(problem);
        }

        ExternalLoadBalancers(g, d);
        if (g.AutoscalePriority is { } priority && !ClusterAutoscalerOptions.GroupPriorityInRange(priority))
        {
            d.Error(at, DiagnosticCodes.ClusterAutoscalerSettingInvalid, "spec.autoscalePriority", $"{priority} is not a priority from 0 to {ClusterAutoscalerOptions.MaxGroupPriority} (kops' range; the priority expander prefers the highest, and never prefers a group below 0)");
        }

        var rootType = g.RootVolumeType ?? "gp3";
        return new InstanceGroup
        {
            Name = g.Name ?? string.Empty,
            Role = role,
            Image = g.Image,
            MachineTypes = machineTypes,
            Architecture = architectures.FirstOrDefault() ?? "amd64",
            MinSize = g.MinSize ?? (role == InstanceGroupRole.Node ? 2 : 1),
            MaxSize = g.MaxSize ?? g.MinSize ?? (role == InstanceGroupRole.Node ? 2 : 1),
            Subnets = groupSubnets,
            RootVolume = new RootVolume
            {
                Size = g.RootVolumeSize ?? role switch
                {
                    InstanceGroupRole.ControlPlane => 64,
                    InstanceGroupRole.Node => 128,
                    _ => 32,
                },
                Type = rootType,
                Iops = g.RootVolumeIops ?? (rootType == "gp3" ? 3000 : null),
                Throughput = g.RootVolumeThroughput ?? (rootType == "gp3" ? 125 : null),
                Encrypted = g.RootVolumeEncrypted ?? true,
                KmsKeyId = g.RootVolumeKmsKeyId,
            },

            // As in kops, a public IP is only ever given in public subnets.
            AssociatePublicIp = allPublic && (g.AssociatePublicIp ?? true),
            CloudLabels = g.CloudLabels.ToImmutableSortedDictionary(StringComparer.Ordinal),
            NodeLabels = g.NodeLabels.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Taints = [.. g.Taints.Select((t, i) => Taint(at, $"spec.taints[{i}]", t, d))],
            AdditionalSecurityGroups = g.AdditionalSecurityGroups,
            SecurityGroupOverride = g.SecurityGroupOverride,
            MaxPrice = g.MaxPrice,
            MixedInstancesPolicy = mixed,
            InstanceMetadata = new InstanceMetadataOptions(g.HttpTokens ?? "required", g.HopLimit ?? 1),
            MaxInstanceLifetimeSeconds = Duration(at, "spec.maxInstanceLifetime", g.MaxInstanceLifetime, d),
            InstanceProtection = g.InstanceProtection ?? false,
            DetailedMonitoring = g.DetailedMonitoring ?? false,
            InstanceProfileArn = g.InstanceProfileArn,
            ExternalLoadBalancerNames = [.. g.ExternalLoadBalancers.Select(e => e.LoadBalancerName).OfType<string>()],
            ExternalTargetGroupArns = [.. g.ExternalLoadBalancers.Select(e => e.TargetGroupArn).OfType<string>()],
            SuspendedProcesses = [.. g.SuspendProcesses.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            AutoscalePriority = g.AutoscalePriority is { } p && ClusterAutoscalerOptions.GroupPriorityInRange(p) ? p : 0,
        };
    }

    /// <summary>Each external load balancer names a classic load balancer or a target group, one of the two, in AWS's form.</summary>
    private static void ExternalLoadBalancers(InstanceGroupInput g, Defaulting d)
    {
        for (var i = 0; i < g.ExternalLoadBalancers.Length; i++)
        {
            var (name, arn) = (g.ExternalLoadBalancers[i].LoadBalancerName, g.ExternalLoadBalancers[i].TargetGroupArn);
            var path = $"spec.externalLoadBalancers[{i}]";
            if ((name is null) == (arn is null))
            {
                d.Error(g.Source, DiagnosticCodes.ExternalLoadBalancerInvalid, path, "name either a classic load balancer (loadBalancerName) or a target group (targetGroupArn), one of the two");
            }
            else if (name is not null && !ClassicLoadBalancerName().IsMatch(name))
            {
                d.Error(g.Source, DiagnosticCodes.ExternalLoadBalancerInvalid, path + ".loadBalancerName", $"\"{name}\" is not a classic load balancer's name; expected at most 32 letters, digits and '-', not starting or ending with '-'");
            }
            else if (arn is not null && !TargetGroupArn().IsMatch(arn))
            {
                d.Error(g.Source, DiagnosticCodes.ExternalLoadBalancerInvalid, path + ".targetGroupArn", $"\"{arn}\" is not a target group's ARN; expected arn:PARTITION:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID");
            }
        }
    }

    [GeneratedRegex(@"\A[A-Za-z0-9]([A-Za-z0-9-]{0,30}[A-Za-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex ClassicLoadBalancerName();

    [GeneratedRegex(@"\Aarn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup/[A-Za-z0-9-]{1,32}/[0-9a-f]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex TargetGroupArn();

    /// <summary>The spot/on-demand mix as written, or all on-demand across several machine types (spot with a price cap).</summary>
    private static MixedInstancesPolicy? Mixed(InstanceGroupInput g, ImmutableArray<string> machineTypes) => g.MixedInstancesPolicy is { } mp
        ? new MixedInstancesPolicy
        {
            Instances = mp.Instances ?? machineTypes,
            OnDemandBase = mp.OnDemandBase ?? 0,
            OnDemandAboveBase = mp.OnDemandAboveBase ?? 0,
            SpotAllocationStrategy = mp.SpotAllocationStrategy ?? (mp.SpotInstancePools is null ? "price-capacity-optimized" : "lowest-price"),
            OnDemandAllocationStrategy = mp.OnDemandAllocationStrategy ?? "prioritized",
            SpotInstancePools = mp.SpotInstancePools,
        }
        : machineTypes.Length > 1
            ? new MixedInstancesPolicy
            {
                Instances = machineTypes,
                OnDemandBase = 0,
                OnDemandAboveBase = g.MaxPrice is null ? 100 : 0,
                SpotAllocationStrategy = "price-capacity-optimized",
                OnDemandAllocationStrategy = "prioritized",
                SpotInstancePools = null,
            }
            : null;

    /// <summary>A bastion's default subnets are the utility (else public) ones; everyone else's the non-utility ones.</summary>
    private static ImmutableArray<string> DefaultSubnets(InstanceGroupRole role, ImmutableArray<Subnet> subnets)
    {
        IEnumerable<Subnet> pick = role switch
        {
            InstanceGroupRole.Bastion => subnets.Where(x => x.Type == SubnetType.Utility) is var u && u.Any() ? u : subnets.Where(x => x.Type == SubnetType.Public),
            _ => subnets.Where(x => x.Type != SubnetType.Utility),
        };
        return [.. pick.Select(x => x.Name)];
    }

    private static Taint Taint(ISourceLocator at, string path, string text, Defaulting d)
    {
        var m = TaintPattern().Match(text);
        if (!m.Success)
        {
            d.Error(at, DiagnosticCodes.TaintInvalid, path, $"\"{text}\" is not a taint; expected key=value:Effect or key:Effect with Effect NoSchedule, PreferNoSchedule or NoExecute");
            return new Taint(text, string.Empty, "NoSchedule");
        }

        return new Taint(m.Groups["key"].Value, m.Groups["value"].Value, m.Groups["effect"].Value);
    }

    private static int Duration(ISourceLocator at, string path, string? text, Defaulting d)
    {
        if (text is null or "0")
        {
            return 0;
        }

        var m = DurationPattern().Match(text);
        if (!m.Success)
        {
            d.Error(at, DiagnosticCodes.LifetimeInvalid, path, $"\"{text}\" is not a duration; expected a form such as 168h or 48h30m");
            return 0;
        }

        double Part(string g) => m.Groups[g].Success ? double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0;
        return (int)((Part("h") * 3600) + (Part("m") * 60) + Part("s"));
    }

    /// <summary>The CPU architecture of an instance type: Graviton families carry a "g" right after the generation digit.</summary>
    internal static string Architecture(string instanceType)
    {
        var m = Patterns.InstanceType().Match(instanceType);
        if (!m.Success)
        {
            return "amd64";
        }

        var family = m.Groups["family"].Value;
        var attrs = m.Groups["attrs"].Value;
        return attrs.StartsWith('g') || (family == "a" && m.Groups["gen"].Value == "1") ? "arm64" : "amd64";
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z0-9][A-Za-z0-9._/\-]*)(=(?<value>[A-Za-z0-9._\-]*))?:(?<effect>NoSchedule|PreferNoSchedule|NoExecute)$")]
    private static partial Regex TaintPattern();

    [GeneratedRegex(@"^((?<h>\d+(\.\d+)?)h)?((?<m>\d+(\.\d+)?)m)?((?<s>\d+(\.\d+)?)s)?$")]
    private static partial Regex DurationPattern();
}
