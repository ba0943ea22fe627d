using System.Globalization;
using System.Text.RegularExpressions;
using Kgen.Model.Input;

namespace Kgen.Model.Validation;

/// <summary>Instance groups: names, sizes, subnets, image, volumes, IMDS, labels, lifetime, spot; and that there are workers.</summary>
internal static partial class InstanceGroupRules
{
    /// <summary>Runs the rules.</summary>
    public static void Check(Validating v)
    {
        var cluster = v.Cluster;
        if (cluster.InstanceGroups.Length == 0)
        {
            v.Error(v.C, DiagnosticCodes.NoInstanceGroups, string.Empty, "no InstanceGroup documents; a cluster needs at least a control-plane group and a node group");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in cluster.InstanceGroups)
        {
            Group(v, g, seen);
            AmazonVpcPods(v, g);
        }

        if (!cluster.InstanceGroups.Any(g => g.Role == InstanceGroupRole.Node))
        {
            v.Error(v.C, DiagnosticCodes.NoNodeGroup, string.Empty, "no instance group with role Node; add one for the workloads");
        }
    }

    private static void Group(Validating v, InstanceGroup g, HashSet<string> seen)
    {
        var cluster = v.Cluster;
        var at = v.SourceOf(g);
        if (g.Name.Length == 0)
        {
            v.Error(at, DiagnosticCodes.GroupNameMissing, "metadata.name", "an instance group needs a name, e.g. nodes");
            return;
        }

        if (!seen.Add(g.Name))
        {
            v.Error(at, DiagnosticCodes.GroupNameDuplicate, "metadata.name", $"instance group name \"{g.Name}\" is used twice; names must be unique");
        }

        if (!Patterns.DnsLabel().IsMatch(g.Name) || g.Name.Length > 63)
        {
            v.Error(at, DiagnosticCodes.GroupNameInvalid, "metadata.name", $"\"{g.Name}\" is not a valid instance group name; use lower-case letters, digits and '-' (at most 63)");
        }

        var awsName = new Names(cluster).InstanceGroup(g);
        if (awsName.Length > 128)
        {
            v.Error(at, DiagnosticCodes.GroupNameTooLong, "metadata.name", $"the launch template name \"{awsName}\" would be {awsName.Length} characters; AWS allows 128: shorten the group or cluster name");
        }

        if (g.MinSize < 0)
        {
            v.Error(at, DiagnosticCodes.GroupSize, "spec.minSize", $"must be 0 or more, found {g.MinSize}");
        }

        if (g.MinSize > g.MaxSize)
        {
            v.Error(at, DiagnosticCodes.GroupSize, "spec.maxSize", $"maxSize ({g.MaxSize}) is smaller than minSize ({g.MinSize}); maxSize must be at least minSize");
        }

        if (g.Subnets.Length == 0)
        {
            v.Error(at, DiagnosticCodes.GroupSubnets, "spec.subnets", "the group has no subnet; name at least one of the cluster's subnets");
        }

        for (var i = 0; i < g.Subnets.Length; i++)
        {
            var name = g.Subnets[i];
            if (!cluster.Network.Subnets.Any(s => s.Name == name))
            {
                v.Error(at, DiagnosticCodes.GroupSubnets, $"spec.subnets[{i}]", $"subnet \"{name}\" is not defined in the cluster; known subnets: {string.Join(", ", cluster.Network.Subnets.Select(s => s.Name))}");
            }
        }

        if (g.Role == InstanceGroupRole.Bastion && g.Subnets.Any(n => cluster.Network.Subnets.FirstOrDefault(s => s.Name == n) is { IsPublic: false }))
        {
            v.Error(at, DiagnosticCodes.GroupSubnets, "spec.subnets", "a bastion belongs in a Utility or Public subnet (its load balancer and SSH path start there)");
        }

        if (g.Image is { } image && !ImagePattern().IsMatch(image))
        {
            v.Error(at, DiagnosticCodes.ImageInvalid, "spec.image", $"\"{image}\" is not an image kgen can resolve; use an AMI id (ami-…), owner/name-pattern (e.g. 099720109477/ubuntu/images/…), or ssm:/parameter/path");
        }

        for (var i = 0; i < g.AdditionalSecurityGroups.Length; i++)
        {
            v.SecurityGroupId(at, $"spec.additionalSecurityGroups[{i}]", g.AdditionalSecurityGroups[i]);
        }

        if (g.SecurityGroupOverride is { } sg)
        {
            v.SecurityGroupId(at, "spec.securityGroupOverride", sg);
        }

        External(v, at, g);
        RootVolume(v, at, g.RootVolume);
        Metadata(v, at, g.InstanceMetadata);
        ClusterRules.Tags(v, at, "spec.cloudLabels", g.CloudLabels);
        NodeLabels(v, at, g);
        if (g.MaxInstanceLifetimeSeconds != 0 && g.MaxInstanceLifetimeSeconds is < 86400 or > 31536000)
        {
            v.Error(at, DiagnosticCodes.LifetimeInvalid, "spec.maxInstanceLifetime", $"{g.MaxInstanceLifetimeSeconds / 3600.0:0.##}h is out of range; AWS accepts 0 (unset) or between 24h and 8760h (one year)");
        }

        if (g.MaxPrice is { } price && price.Length > 0 && !decimal.TryParse(price, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            v.Error(at, DiagnosticCodes.MaxPriceInvalid, "spec.maxPrice", $"\"{price}\" is not a price; expected a number of dollars per hour such as 0.05");
        }

        if (g.MixedInstancesPolicy is { } mp)
        {
            Mixed(v, at, mp);
        }
    }

    /// <summary>What the group takes from the operator's account: an instance profile, load balancers, target groups; and its suspended processes.</summary>
    private static void External(Validating v, ISourceLocator at, InstanceGroup g)
    {
        if (g.InstanceProfileArn is { } profile && !InstanceProfileArnPattern().IsMatch(profile))
        {
            v.Error(at, DiagnosticCodes.InstanceProfileArnInvalid, "spec.iam.profile", $"\"{profile}\" is not the ARN of an instance profile; expected arn:{v.Cluster.Partition}:iam::ACCOUNT:instance-profile/NAME (a role's ARN is not one)");
        }
        else if (g.InstanceProfileArn is not null && g.Role == InstanceGroupRole.Node)
        {
            v.Error(at, DiagnosticCodes.InstanceProfileOnWorker, "spec.iam.profile",
                "a worker group cannot use an instance profile of its own: workers join by proving kgen's workers' IAM role to aws-iam-authenticator on the control plane (docs/threat-model.md#node-identity), which would refuse another role; remove spec.iam.profile and give the workers' role your permissions with the Cluster's spec.externalPolicies.node");
        }

        foreach (var p in g.SuspendedProcesses.Where(p => !SuspendableProcesses.Contains(p)))
        {
            v.Error(at, DiagnosticCodes.SuspendProcessInvalid, "spec.suspendProcesses", $"\"{p}\" is not an autoscaling process; AWS suspends {string.Join(", ", SuspendableProcesses)}");
        }
    }

    /// <summary>The processes of an autoscaling group that AWS can suspend.</summary>
    private static readonly string[] SuspendableProcesses =
        ["AZRebalance", "AddToLoadBalancer", "AlarmNotification", "HealthCheck", "InstanceRefresh", "Launch", "ReplaceUnhealthy", "ScheduledActions", "Terminate"];

    /// <summary>An IAM instance profile's ARN (with an optional path before the name).</summary>
    [GeneratedRegex(@"\Aarn:aws[a-z-]*:iam::\d{12}:instance-profile/([\w+=,.@-]+/)*[\w+=,.@-]{1,128}\z", RegexOptions.CultureInvariant)]
    private static partial Regex InstanceProfileArnPattern();

    private static void NodeLabels(Validating v, ISourceLocator at, InstanceGroup g)
    {
        foreach (var label in g.NodeLabels)
        {
            if (!LabelKeyPattern().IsMatch(label.Key) || !LabelValuePattern().IsMatch(label.Value))
            {
                v.Error(at, DiagnosticCodes.NodeLabelInvalid, $"spec.nodeLabels.{label.Key}", "not a valid Kubernetes label (key: optional DNS prefix/ and a name of at most 63 characters; value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)");
            }
            else if (!KubeletMaySetLabel(label.Key))
            {
                v.Error(at, DiagnosticCodes.NodeLabelRestricted, $"spec.nodeLabels.{label.Key}", "a kubelet may not set labels in the kubernetes.io and k8s.io namespaces (NodeRestriction would keep the node from registering); use a prefix of your own such as example.com/ (node.kubernetes.io/ and kubelet.kubernetes.io/ are allowed)");
            }
        }
    }

    private static void Mixed(Validating v, ISourceLocator at, MixedInstancesPolicy mp)
    {
        const string Code = DiagnosticCodes.MixedInstancesPolicyInvalid;
        if (mp.Instances.Length == 0)
        {
            v.Error(at, Code, "spec.mixedInstancesPolicy.instances", "name at least one instance type");
        }

        if (mp.OnDemandAboveBase is < 0 or > 100)
        {
            v.Error(at, Code, "spec.mixedInstancesPolicy.onDemandAboveBase", $"a percentage from 0 to 100, found {mp.OnDemandAboveBase}");
        }

        if (mp.SpotAllocationStrategy is not ("lowest-price" or "capacity-optimized" or "capacity-optimized-prioritized" or "price-capacity-optimized"))
        {
            v.Error(at, Code, "spec.mixedInstancesPolicy.spotAllocationStrategy", $"\"{mp.SpotAllocationStrategy}\" is not one of lowest-price, capacity-optimized, capacity-optimized-prioritized, price-capacity-optimized");
        }

        if (mp.SpotInstancePools is not null && mp.SpotAllocationStrategy != "lowest-price")
        {
            v.Error(at, Code, "spec.mixedInstancesPolicy.spotInstancePools", "spotInstancePools only applies with spotAllocationStrategy: lowest-price");
        }

        if (mp.OnDemandAllocationStrategy is not ("prioritized" or "lowest-price"))
        {
            v.Error(at, Code, "spec.mixedInstancesPolicy.onDemandAllocationStrategy", $"\"{mp.OnDemandAllocationStrategy}\" is not one of prioritized, lowest-price");
        }

        for (var i = 0; i < mp.Instances.Length; i++)
        {
            if (!Patterns.InstanceType().IsMatch(mp.Instances[i]))
            {
                v.Error(at, DiagnosticCodes.MachineTypeInvalid, $"spec.mixedInstancesPolicy.instances[{i}]", $"\"{mp.Instances[i]}\" is not an EC2 instance type");
            }
        }
    }

    /// <summary>With the Amazon VPC CNI, every instance type a Kubernetes group launches must be in the pod-limit table, which sizes its kubelet's max-pods.</summary>
    private static void AmazonVpcPods(Validating v, InstanceGroup g)
    {
        if (v.Cluster.Networking.Kind != CniKind.AmazonVpc || g.Role == InstanceGroupRole.Bastion)
        {
            return;
        }

        foreach (var type in Defaults.AmazonVpcMaxPods.InstanceTypes(g).Where(t => Patterns.InstanceType().IsMatch(t) && Defaults.AmazonVpcMaxPods.ForInstanceType(t) is null))
        {
            v.Error(v.SourceOf(g), DiagnosticCodes.AmazonVpcInstanceType, "spec.machineType",
                $"instance type {type} is not in the Amazon VPC CNI's pod limits ({Defaults.AmazonVpcMaxPods.Source}), so kgen cannot tell how many pods its addresses hold; use a listed type");
        }
    }

    /// <summary>The labels the NodeRestriction admission plugin lets a kubelet set on its own node.</summary>
    private static bool KubeletMaySetLabel(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return true;
        }

        var prefix = key[..slash];
        var restricted = prefix is "kubernetes.io" or "k8s.io" ||
            prefix.EndsWith(".kubernetes.io", StringComparison.Ordinal) || prefix.EndsWith(".k8s.io", StringComparison.Ordinal);
        return !restricted ||
            prefix is "kubelet.kubernetes.io" or "node.kubernetes.io" ||
            prefix.EndsWith(".kubelet.kubernetes.io", StringComparison.Ordinal) || prefix.EndsWith(".node.kubernetes.io", StringComparison.Ordinal) ||
            key is "kubernetes.io/hostname" or "kubernetes.io/arch" or "kubernetes.io/os" or "beta.kubernetes.io/instance-type"
                or "node.kubernetes.io/instance-type" or "topology.kubernetes.io/region" or "topology.kubernetes.io/zone";
    }

    private static void RootVolume(Validating v, ISourceLocator at, RootVolume volume)
    {
        const string Code = DiagnosticCodes.RootVolumeInvalid;
        var (min, max) = volume.Type switch
        {
            "gp3" or "gp2" => (1, 16384),
            "io1" or "io2" => (4, 16384),
            "st1" or "sc1" => (125, 16384),
            "standard" => (1, 1024),
            _ => (0, 0),
        };
        if (max == 0)
        {
            v.Error(at, Code, "spec.rootVolume.type", $"\"{volume.Type}\" is not an EBS volume type; use gp3 (default), gp2, io1, io2, st1, sc1 or standard");
            return;
        }

        if (volume.Size < Math.Max(min, 8) || volume.Size > max)
        {
            v.Error(at, Code, "spec.rootVolume.size", $"{volume.Size} GiB is out of range for {volume.Type}; use {Math.Max(min, 8)} to {max} GiB");
        }

        if (volume.Iops is { } && volume.Type is not ("gp3" or "io1" or "io2"))
        {
            v.Error(at, Code, "spec.rootVolume.iops", $"{volume.Type} volumes take no IOPS setting; only gp3, io1 and io2 do");
        }
        else if (volume.Iops is { } i3 && volume.Type == "gp3" && (i3 < 3000 || i3 > 16000 || i3 > volume.Size * 500))
        {
            v.Error(at, Code, "spec.rootVolume.iops", $"gp3 IOPS must be 3000 to 16000 and at most 500 per GiB ({volume.Size * 500} here), found {i3}");
        }

        if (volume.Throughput is { } t && (volume.Type != "gp3" || t < 125 || t > 1000 || (volume.Iops is { } io && t > io / 4)))
        {
            v.Error(at, Code, "spec.rootVolume.throughput", volume.Type != "gp3"
                ? "throughput applies to gp3 volumes only"
                : $"gp3 throughput must be 125 to 1000 MiB/s and at most IOPS/4, found {t}");
        }
    }

    private static void Metadata(Validating v, ISourceLocator at, InstanceMetadataOptions m)
    {
        if (m.HttpTokens is not ("required" or "optional"))
        {
            v.Error(at, DiagnosticCodes.InstanceMetadataInvalid, "spec.instanceMetadata.httpTokens", $"\"{m.HttpTokens}\" must be required (IMDSv2, the default) or optional");
        }

        if (m.HopLimit is < 1 or > 64)
        {
            v.Error(at, DiagnosticCodes.InstanceMetadataInvalid, "spec.instanceMetadata.httpPutResponseHopLimit", $"must be 1 to 64, found {m.HopLimit}");
        }
    }

    [GeneratedRegex(@"^(ami-[0-9a-f]{8,17}|ssm:/[A-Za-z0-9_./\-]+|[A-Za-z0-9\-]+/[A-Za-z0-9_./\-*]+)$")]
    private static partial Regex ImagePattern();

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9.-]*[a-z0-9])?/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex LabelKeyPattern();

    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?$")]
    private static partial Regex LabelValuePattern();
}
