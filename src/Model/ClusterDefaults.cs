using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kgen.Model.Spec;
using Kgen.Model.Yaml;

namespace Kgen.Model;

/// <summary>
/// The defaulting step: turns the spec as written into a complete <see cref="Cluster"/>, the way
/// an operator expects (subnet CIDRs carved from the VPC, etcd members per control-plane group,
/// role-specific sizes, secure settings). Values that cannot be read (a malformed CIDR, an unknown
/// enum value) are reported here, all at once; rules across fields belong to <see cref="ClusterValidator"/>.
/// </summary>
internal sealed partial class ClusterDefaults(ClusterSpec spec)
{
    /// <summary>The Kubernetes version used when the spec names none.</summary>
    public const string DefaultKubernetesVersion = "1.34.2";

    private readonly List<SpecError> _errors = [];

    private SourceMap C => spec.ClusterSource;

    public Cluster Apply(string? sshPublicKey)
    {
        var doc = spec.Cluster;
        var s = doc.Spec ?? new ClusterSpecDto();
        var name = doc.Metadata?.Name ?? string.Empty;
        if (name.Length == 0)
        {
            Error(C, "metadata.name", "the cluster needs a name, e.g. \"acme.k8s.local\"");
        }

        if (s.CloudProvider is not (null or "aws"))
        {
            Error(C, "spec.cloudProvider", $"only \"aws\" is supported, found \"{s.CloudProvider}\"");
        }

        var subnets = Subnets(s);
        var zones = subnets.Select(x => x.Zone).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var region = Region(zones);
        var groups = spec.InstanceGroups.Select((g, i) => InstanceGroup(g, spec.InstanceGroupSources[i], subnets) with { SpecIndex = i }).ToList();
        groups.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        var cluster = new Cluster
        {
            Name = name,
            KubernetesVersion = KubernetesVersion(s.KubernetesVersion),
            Region = region,
            ConfigBase = s.ConfigBase ?? $"file://./state/{name}", // the default state store, file://./state
            Network = new ClusterNetwork
            {
                VpcCidr = s.NetworkCidr is null
                    ? (s.NetworkId is null ? "172.20.0.0/16" : null)
                    : CidrText(C, "spec.networkCIDR", s.NetworkCidr),
                ExistingVpcId = s.NetworkId,
                Subnets = subnets,
                NonMasqueradeCidr = CidrText(C, "spec.nonMasqueradeCIDR", s.NonMasqueradeCidr ?? "100.64.0.0/10"),
                PodCidr = CidrText(C, "spec.podCIDR", s.PodCidr ?? "100.96.0.0/11"),
                ServiceCidr = CidrText(C, "spec.serviceClusterIPRange", s.ServiceClusterIpRange ?? "100.64.0.0/13"),
            },
            Api = new ApiEndpoint
            {
                Type = Enum(C, "spec.api.loadBalancer.type", s.Api?.LoadBalancer?.Type, LoadBalancerType.Public),
                Class = Enum(C, "spec.api.loadBalancer.class", s.Api?.LoadBalancer?.Class, LoadBalancerClass.Network),
                PublicName = s.MasterPublicName ?? $"api.{name}",
                InternalName = $"api.internal.{name}",
                CrossZone = s.Api?.LoadBalancer?.CrossZoneLoadBalancing ?? false,
                AdditionalSecurityGroups = [.. s.Api?.LoadBalancer?.AdditionalSecurityGroups ?? []],
            },
            Dns = Dns(name, s),
            Access = new AccessRules
            {
                Ssh = [.. s.SshAccess ?? []],
                KubernetesApi = [.. s.KubernetesApiAccess ?? []],
                NodePort = [.. s.NodePortAccess ?? []],
            },
            Ssh = s.SshKeyName switch
            {
                null => sshPublicKey is null ? SshKey.None : new SshKey { PublicKey = sshPublicKey.Trim() },
                "" => SshKey.None,
                var existing => new SshKey { ExistingName = existing },
            },
            Networking = Networking(s.Networking),
            EtcdClusters = EtcdClusters(s.EtcdClusters, groups, subnets),
            Iam = new IamOptions
            {
                AllowContainerRegistry = s.Iam?.AllowContainerRegistry ?? true,
                AdditionalPolicies = (s.AdditionalPolicies ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            },
            Kubelet = new KubeletOptions(s.Kubelet?.AnonymousAuth ?? false),
            Bastion = new BastionOptions(
                Enum(C, "spec.topology.bastion.loadBalancer.type", s.Topology?.Bastion?.LoadBalancer?.Type, LoadBalancerType.Public),
                s.Topology?.Bastion?.BastionPublicName),
            CloudLabels = (s.CloudLabels ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            InstanceGroups = [.. groups],
        };

        return cluster;
    }

    /// <summary>What could not be read; the validator still runs, so every problem is reported at once.</summary>
    public IReadOnlyList<SpecError> Errors => _errors;

    private void Error(SourceMap map, string path, string message) => _errors.Add(map.Error(path, message));

    private string KubernetesVersion(string? text)
    {
        if (text is null)
        {
            return DefaultKubernetesVersion;
        }

        var m = VersionPattern().Match(text);
        if (!m.Success)
        {
            Error(C, "spec.kubernetesVersion", $"\"{text}\" is not a Kubernetes version; expected a form such as v{DefaultKubernetesVersion}");
            return DefaultKubernetesVersion;
        }

        return m.Groups["v"].Value;
    }

    private string CidrText(SourceMap map, string path, string text)
    {
        if (!Cidr.TryParse(text, out _, out var error))
        {
            Error(map, path, error);
        }

        return text;
    }

    private T Enum<T>(SourceMap map, string path, string? text, T fallback)
        where T : struct, System.Enum
    {
        if (text is null)
        {
            return fallback;
        }

        if (System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0]))
        {
            return value;
        }

        Error(map, path, $"\"{text}\" is not one of {string.Join(", ", System.Enum.GetNames<T>())}");
        return fallback;
    }

    private static string Region(List<string> zones)
    {
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            var m = ZonePattern().Match(zone);
            if (m.Success)
            {
                regions.Add(m.Groups["region"].Value);
            }
        }

        return regions.Count > 0 ? regions.Min! : string.Empty;
    }

    private ImmutableArray<Subnet> Subnets(ClusterSpecDto s)
    {
        var list = new List<Subnet>();
        var dtos = s.Subnets ?? [];
        for (var i = 0; i < dtos.Count; i++)
        {
            var d = dtos[i];
            var path = $"spec.subnets[{i}]";
            if (d.Cidr is not null)
            {
                CidrText(C, path + ".cidr", d.Cidr);
            }

            var type = d.Type switch
            {
                null => Fail(C, path + ".type", "a subnet needs a type: Public, Private or Utility", SubnetType.Public),
                "DualStack" => Fail(C, path + ".type", "DualStack (IPv6) subnets are not supported; use Public, Private or Utility", SubnetType.Private),
                _ => Enum(C, path + ".type", d.Type, SubnetType.Public),
            };
            list.Add(new Subnet
            {
                Name = d.Name ?? string.Empty,
                Zone = d.Zone,
                Cidr = d.Cidr,
                Type = type,
                ExistingId = d.Id,
                Egress = d.Egress,
            });
        }

        return AllocateCidrs(s, list);
    }

    /// <summary>
    /// Carves CIDRs for subnets that have none, as kops (1.28+) does: the VPC is split into 1, 2, 4 or 8
    /// equal blocks for the public/private subnets (plus one block for all utility subnets, which is cut
    /// into 8), skipping blocks that overlap a CIDR given explicitly; subnets are served in zone order.
    /// </summary>
    private ImmutableArray<Subnet> AllocateCidrs(ClusterSpecDto s, List<Subnet> subnets)
    {
        var vpcText = s.NetworkCidr ?? (s.NetworkId is null ? "172.20.0.0/16" : null);
        var needing = subnets.Where(x => x.Cidr is null && x.ExistingId is null).ToList();
        if (needing.Count == 0 || vpcText is null || !Cidr.TryParse(vpcText, out var vpc, out _))
        {
            if (needing.Count > 0 && vpcText is null)
            {
                Error(C, "spec.subnets", "subnets in an existing VPC need a cidr unless they name an existing subnet id (networkCIDR is unknown)");
            }

            return [.. subnets];
        }

        var reserved = subnets.Select(x => x.Cidr is { } c && Cidr.TryParse(c, out var p, out _) ? p : (Cidr?)null).OfType<Cidr>().ToList();
        var big = needing.Where(x => x.Type != SubnetType.Utility).OrderBy(x => x.Zone, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        var little = needing.Where(x => x.Type == SubnetType.Utility).OrderBy(x => x.Zone, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        // Subnets with a given CIDR count too: the VPC is split for all of them, and their blocks are skipped.
        var owned = subnets.Where(x => x.ExistingId is null).ToList();
        var n = owned.Count(x => x.Type != SubnetType.Utility) + (owned.Any(x => x.Type == SubnetType.Utility) ? 1 : 0);
        var parts = n <= 1 ? 1 : n <= 2 ? 2 : n <= 4 ? 4 : 8;
        var blocks = new Queue<Cidr>(vpc.Split(parts).Where(b => !reserved.Any(r => r.Overlaps(b))));
        var assigned = new Dictionary<Subnet, string>();
        if (little.Count > 0)
        {
            if (blocks.Count == 0)
            {
                Error(C, "spec.subnets", $"no room left in {vpc} for the utility subnets; give their cidr explicitly");
                return [.. subnets];
            }

            var pieces = new Queue<Cidr>(blocks.Dequeue().Split(8).Where(b => !reserved.Any(r => r.Overlaps(b))));
            foreach (var u in little)
            {
                if (pieces.Count == 0)
                {
                    Error(C, "spec.subnets", $"too many utility subnets to carve from {vpc}; give their cidr explicitly");
                    break;
                }

                assigned[u] = pieces.Dequeue().ToString();
            }
        }

        foreach (var b in big)
        {
            if (blocks.Count == 0)
            {
                Error(C, "spec.subnets", $"no room left in {vpc} for subnet \"{b.Name}\"; give its cidr explicitly or widen networkCIDR");
                break;
            }

            assigned[b] = blocks.Dequeue().ToString();
        }

        return [.. subnets.Select(x => assigned.TryGetValue(x, out var c) ? x with { Cidr = c } : x)];
    }

    private ClusterDns Dns(string name, ClusterSpecDto s)
    {
        var gossip = name.EndsWith(".k8s.local", StringComparison.Ordinal);
        var type = Enum(C, "spec.topology.dns.type", s.Topology?.Dns?.Type, s.DnsZone is null ? DnsType.None : DnsType.Public);
        if (gossip)
        {
            return new ClusterDns { Type = DnsType.None, Zone = s.DnsZone };
        }

        var zone = s.DnsZone;
        if (zone is null && type != DnsType.None)
        {
            // As kops does, the zone is the closest enclosing domain; it must exist already.
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            zone = dot > 0 ? name[(dot + 1)..] : name;
        }

        return new ClusterDns { Type = type, Zone = type == DnsType.None ? null : zone };
    }

    private Networking Networking(NetworkingDto? n)
    {
        if (n is null)
        {
            return new Networking(CniKind.Cilium, null);
        }

        var chosen = new List<Networking>();
        if (n.Flannel is not null)
        {
            var backend = n.Flannel.Backend ?? "vxlan";
            if (backend is not ("vxlan" or "udp"))
            {
                Error(C, "spec.networking.flannel.backend", $"\"{backend}\" is not a flannel backend kgen supports; use vxlan or udp");
            }

            chosen.Add(new Networking(CniKind.Flannel, backend));
        }

        if (n.Calico is not null)
        {
            chosen.Add(new Networking(CniKind.Calico, null));
        }

        if (n.Cilium is not null)
        {
            chosen.Add(new Networking(CniKind.Cilium, null));
        }

        if (n.Cni is not null)
        {
            chosen.Add(new Networking(CniKind.External, null));
        }

        switch (chosen.Count)
        {
            case 1:
                return chosen[0];
            case 0:
                Error(C, "spec.networking", "name one CNI: flannel, calico, cilium, or cni (one you install yourself)");
                return new Networking(CniKind.Cilium, null);
            default:
                Error(C, "spec.networking", $"name exactly one CNI, found {chosen.Count}: {string.Join(", ", chosen.Select(c => c.Kind.ToString().ToLowerInvariant()))}");
                return chosen[0];
        }
    }

    private static ImmutableArray<EtcdCluster> EtcdClusters(List<EtcdClusterDto>? dtos, List<InstanceGroup> groups, ImmutableArray<Subnet> subnets)
    {
        var controlPlane = groups.Where(g => g.Role == InstanceGroupRole.ControlPlane).ToList();
        string ZoneOf(string group) =>
            groups.FirstOrDefault(g => g.Name == group) is { Subnets.Length: > 0 } g &&
            subnets.FirstOrDefault(x => x.Name == g.Subnets[0]) is { Zone: { } z }
                ? z
                : string.Empty;

        if (dtos is null)
        {
            // One member per control-plane group, named after its zone letter (kops' convention).
            var names = controlPlane.Select(g => ZoneOf(g.Name)).Select(z => ZonePattern().Match(z) is { Success: true } m ? m.Groups["az"].Value : z).ToList();
            var members = controlPlane.Select((g, i) => new EtcdMemberDto
            {
                Name = names.Count(x => x == names[i]) == 1 && names[i].Length > 0 ? names[i] : g.Name,
                InstanceGroup = g.Name,
            }).ToList();
            dtos = [new() { Name = "main", EtcdMembers = members }, new() { Name = "events", EtcdMembers = members }];
        }

        var result = new List<EtcdCluster>();
        for (var i = 0; i < dtos.Count; i++)
        {
            var d = dtos[i];
            var members = new List<EtcdMember>();
            var list = d.EtcdMembers ?? [];
            for (var j = 0; j < list.Count; j++)
            {
                var m = list[j];
                var type = m.VolumeType ?? "gp3";
                members.Add(new EtcdMember
                {
                    Name = m.Name ?? m.InstanceGroup ?? string.Empty,
                    InstanceGroup = m.InstanceGroup ?? string.Empty,
                    Zone = ZoneOf(m.InstanceGroup ?? string.Empty),
                    VolumeType = type,
                    VolumeSize = m.VolumeSize ?? 20,
                    VolumeIops = m.VolumeIops ?? (type == "gp3" ? 3000 : null),
                    VolumeThroughput = m.VolumeThroughput ?? (type == "gp3" ? 125 : null),
                    Encrypted = m.EncryptedVolume ?? true,
                    KmsKeyId = m.KmsKeyId,
                });
            }

            result.Add(new EtcdCluster(d.Name ?? string.Empty, [.. members.OrderBy(x => x.Name, StringComparer.Ordinal)]));
        }

        return [.. result];
    }

    private InstanceGroup InstanceGroup(InstanceGroupDocument doc, SourceMap map, ImmutableArray<Subnet> subnets)
    {
        var s = doc.Spec ?? new InstanceGroupSpecDto();
        var role = s.Role switch
        {
            "Master" or "ControlPlane" => InstanceGroupRole.ControlPlane,
            "Node" => InstanceGroupRole.Node,
            "Bastion" => InstanceGroupRole.Bastion,
            null => Fail(map, "spec.role", "an instance group needs a role: ControlPlane (or Master), Node or Bastion", InstanceGroupRole.Node),
            "APIServer" => Fail(map, "spec.role", "role APIServer (kops' separate API server groups) is not supported; use ControlPlane", InstanceGroupRole.Node),
            _ => Fail(map, "spec.role", $"\"{s.Role}\" is not a role; use ControlPlane (or Master), Node or Bastion", InstanceGroupRole.Node),
        };

        var machineTypes = (s.MachineType ?? role switch
        {
            InstanceGroupRole.Bastion => "t3.micro",
            _ => "t3.medium",
        }).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
        if (machineTypes.IsEmpty)
        {
            Error(map, "spec.machineType", "name an instance type, such as t3.medium (or a comma-separated list for a mix)");
            machineTypes = ["t3.medium"];
        }

        foreach (var t in machineTypes)
        {
            if (!InstanceTypePattern().IsMatch(t))
            {
                Error(map, "spec.machineType", $"\"{t}\" is not an EC2 instance type; expected a form such as t3.medium");
            }
        }

        var groupSubnets = s.Subnets ?? DefaultSubnets(role, subnets);
        var allPublic = groupSubnets.Count > 0 && groupSubnets.All(n => subnets.FirstOrDefault(x => x.Name == n)?.IsPublic ?? false);

        var mixed = s.MixedInstancesPolicy is { } mp
            ? new MixedInstancesPolicy
            {
                Instances = [.. mp.Instances ?? [.. machineTypes]],
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
                    OnDemandAboveBase = s.MaxPrice is null ? 100 : 0,
                    SpotAllocationStrategy = "price-capacity-optimized",
                    OnDemandAllocationStrategy = "prioritized",
                    SpotInstancePools = null,
                }
                : null;

        var architectures = (mixed?.Instances ?? machineTypes).Select(Architecture).Distinct().ToList();
        if (architectures.Count > 1)
        {
            Error(map, "spec.machineType", "the instance types mix CPU architectures (amd64 and arm64); one group needs one architecture (one image)");
        }

        var rootType = Pick(map, "spec.rootVolume.type", s.RootVolume?.Type, "spec.rootVolumeType", s.RootVolumeType) ?? "gp3";
        return new InstanceGroup
        {
            Name = doc.Metadata?.Name ?? string.Empty,
            Role = role,
            Image = s.Image,
            MachineTypes = machineTypes,
            Architecture = architectures.FirstOrDefault() ?? "amd64",
            MinSize = s.MinSize ?? (role == InstanceGroupRole.Node ? 2 : 1),
            MaxSize = s.MaxSize ?? s.MinSize ?? (role == InstanceGroupRole.Node ? 2 : 1),
            Subnets = [.. groupSubnets],
            RootVolume = new RootVolume
            {
                Size = Pick(map, "spec.rootVolume.size", s.RootVolume?.Size, "spec.rootVolumeSize", s.RootVolumeSize) ?? role switch
                {
                    InstanceGroupRole.ControlPlane => 64,
                    InstanceGroupRole.Node => 128,
                    _ => 32,
                },
                Type = rootType,
                Iops = Pick(map, "spec.rootVolume.iops", s.RootVolume?.Iops, "spec.rootVolumeIops", s.RootVolumeIops) ?? (rootType == "gp3" ? 3000 : null),
                Throughput = Pick(map, "spec.rootVolume.throughput", s.RootVolume?.Throughput, "spec.rootVolumeThroughput", s.RootVolumeThroughput) ?? (rootType == "gp3" ? 125 : null),
                Encrypted = Pick(map, "spec.rootVolume.encryption", s.RootVolume?.Encryption, "spec.rootVolumeEncryption", s.RootVolumeEncryption) ?? true,
                KmsKeyId = Pick(map, "spec.rootVolume.encryptionKey", s.RootVolume?.EncryptionKey, "spec.rootVolumeEncryptionKey", s.RootVolumeEncryptionKey),
            },

            // As in kops, a public IP is only ever given in public subnets.
            AssociatePublicIp = allPublic && (s.AssociatePublicIp ?? true),
            CloudLabels = (s.CloudLabels ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            NodeLabels = (s.NodeLabels ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            Taints = [.. (s.Taints ?? []).Select((t, i) => Taint(map, $"spec.taints[{i}]", t))],
            AdditionalSecurityGroups = [.. s.AdditionalSecurityGroups ?? []],
            MaxPrice = s.MaxPrice,
            MixedInstancesPolicy = mixed,
            InstanceMetadata = new InstanceMetadataOptions(
                s.InstanceMetadata?.HttpTokens ?? "required",
                s.InstanceMetadata?.HttpPutResponseHopLimit ?? 1),
            MaxInstanceLifetimeSeconds = Duration(map, "spec.maxInstanceLifetime", s.MaxInstanceLifetime),
            InstanceProtection = s.InstanceProtection ?? false,
            DetailedMonitoring = s.DetailedInstanceMonitoring ?? false,
        };
    }

    private T Fail<T>(SourceMap map, string path, string message, T fallback)
    {
        Error(map, path, message);
        return fallback;
    }

    /// <summary>Takes a value given in either the v1alpha3 or the v1alpha2 form; both at once is an error.</summary>
    private T? Pick<T>(SourceMap map, string newPath, T? newValue, string oldPath, T? oldValue)
    {
        if (newValue is not null && oldValue is not null)
        {
            Error(map, oldPath, $"given twice: also as {newPath}; keep one");
        }

        return newValue ?? oldValue;
    }

    private static List<string> DefaultSubnets(InstanceGroupRole role, ImmutableArray<Subnet> subnets)
    {
        IEnumerable<Subnet> pick = role switch
        {
            InstanceGroupRole.Bastion => subnets.Where(x => x.Type == SubnetType.Utility) is var u && u.Any() ? u : subnets.Where(x => x.Type == SubnetType.Public),
            _ => subnets.Where(x => x.Type != SubnetType.Utility),
        };
        return [.. pick.Select(x => x.Name)];
    }

    private Taint Taint(SourceMap map, string path, string text)
    {
        var m = TaintPattern().Match(text);
        if (!m.Success)
        {
            Error(map, path, $"\"{text}\" is not a taint; expected key=value:Effect or key:Effect with Effect NoSchedule, PreferNoSchedule or NoExecute");
            return new Taint(text, string.Empty, "NoSchedule");
        }

        return new Taint(m.Groups["key"].Value, m.Groups["value"].Value, m.Groups["effect"].Value);
    }

    private int Duration(SourceMap map, string path, string? text)
    {
        if (text is null or "0")
        {
            return 0;
        }

        var m = DurationPattern().Match(text);
        if (!m.Success)
        {
            Error(map, path, $"\"{text}\" is not a duration; expected a form such as 168h or 48h30m");
            return 0;
        }

        double Part(string g) => m.Groups[g].Success ? double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0;
        return (int)((Part("h") * 3600) + (Part("m") * 60) + Part("s"));
    }

    /// <summary>The CPU architecture of an instance type: Graviton families carry a "g" right after the generation digit.</summary>
    internal static string Architecture(string instanceType)
    {
        var m = InstanceTypePattern().Match(instanceType);
        if (!m.Success)
        {
            return "amd64";
        }

        var family = m.Groups["family"].Value;
        var attrs = m.Groups["attrs"].Value;
        return attrs.StartsWith('g') || (family == "a" && m.Groups["gen"].Value == "1") ? "arm64" : "amd64";
    }

    [GeneratedRegex(@"^v?(?<v>\d+\.\d+\.\d+)$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^(?<region>[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d+)(?<az>[a-z])$")]
    internal static partial Regex ZonePattern();

    [GeneratedRegex(@"^(?<family>[a-z]+)(?<gen>\d+)(?<attrs>[a-z\-]*)\.(?<size>[a-z0-9]+)$")]
    internal static partial Regex InstanceTypePattern();

    [GeneratedRegex(@"^(?<key>[A-Za-z0-9][A-Za-z0-9._/\-]*)(=(?<value>[A-Za-z0-9._\-]*))?:(?<effect>NoSchedule|PreferNoSchedule|NoExecute)$")]
    private static partial Regex TaintPattern();

    [GeneratedRegex(@"^((?<h>\d+(\.\d+)?)h)?((?<m>\d+(\.\d+)?)m)?((?<s>\d+(\.\d+)?)s)?$")]
    private static partial Regex DurationPattern();
}
