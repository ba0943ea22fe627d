using System.Collections.Immutable;
using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>
/// The network's defaults: the VPC CIDR, subnet CIDRs carved from it as kops (1.28+) does, the
/// Kubernetes ranges, and the CNI. Each CIDR is parsed here, once.
/// </summary>
internal sealed class NetworkDefaults
{
    /// <summary>The VPC CIDR of a VPC kgen creates when the spec names none (kops' default).</summary>
    public const string DefaultVpcCidr = "172.20.0.0/16";

    /// <summary>The range that is not masqueraded, by default.</summary>
    public const string DefaultNonMasqueradeCidr = "100.64.0.0/10";

    /// <summary>The pod range, by default.</summary>
    public const string DefaultPodCidr = "100.96.0.0/11";

    /// <summary>The service range, by default.</summary>
    public const string DefaultServiceCidr = "100.64.0.0/13";

    private readonly NetworkInput _net;
    private readonly ClusterInput _input;
    private readonly Defaulting _d;

    // The VPC CIDR is parsed up front (carving needs it) and reported with the other ranges.
    private readonly Cidr? _vpc;
    private readonly string? _vpcError;

    public NetworkDefaults(ClusterInput input, Defaulting defaulting)
    {
        _input = input;
        _net = input.Network;
        _d = defaulting;
        var text = _net.VpcCidr ?? (_net.VpcId is null ? DefaultVpcCidr : null);
        if (text is not null)
        {
            _vpc = Cidr.TryParse(text, out var vpc, out var error) ? vpc : null;
            _vpcError = _vpc is null ? error : null;
        }
    }

    private ISourceLocator C => _input.Source;

    /// <summary>The subnets, in spec order, with CIDRs carved for those that have none.</summary>
    public ImmutableArray<Subnet> Subnets()
    {
        var list = new List<Subnet>();
        var written = new HashSet<int>();
        for (var i = 0; i < _net.Subnets.Length; i++)
        {
            var s = _net.Subnets[i];
            var path = $"spec.subnets[{i}]";
            Cidr? cidr = null;
            if (s.Cidr is not null)
            {
                written.Add(i);
                cidr = _d.Cidr(C, path + ".cidr", s.Cidr);
            }

            var type = s.Type switch
            {
                null => _d.Fail(C, DiagnosticCodes.SubnetTypeInvalid, path + ".type", "a subnet needs a type: Public, Private or Utility", SubnetType.Public),
                "DualStack" => _d.Fail(C, DiagnosticCodes.SubnetTypeInvalid, path + ".type", "DualStack (IPv6) subnets are not supported; use Public, Private or Utility", SubnetType.Private),
                _ => _d.Enum(C, path + ".type", s.Type, SubnetType.Public),
            };
            list.Add(new Subnet
            {
                Name = s.Name ?? string.Empty,
                Zone = s.Zone,
                Cidr = cidr,
                Type = type,
                ExistingId = s.Id,
                Egress = s.Egress,
            });
        }

        return Carve(list, written);
    }

    /// <summary>
    /// Carves CIDRs for subnets that have none, as kops (1.28+) does: the VPC is split into 1, 2, 4 or 8
    /// equal blocks for the public/private subnets (plus one block for all utility subnets, which is cut
    /// into 8), skipping blocks that overlap a CIDR given explicitly; subnets are served in zone order.
    /// </summary>
    private ImmutableArray<Subnet> Carve(List<Subnet> subnets, HashSet<int> written)
    {
        var needing = subnets.Where((x, i) => !written.Contains(i) && x.ExistingId is null).ToList();
        var vpcKnown = _net.VpcCidr is not null || _net.VpcId is null;
        if (needing.Count == 0 || _vpc is not { } vpc)
        {
            if (needing.Count > 0 && !vpcKnown)
            {
                _d.Error(C, DiagnosticCodes.SubnetCidrUnknown, "spec.subnets", "subnets in an existing VPC need a cidr unless they name an existing subnet id (networkCIDR is unknown)");
            }

            return [.. subnets];
        }

        var reserved = subnets.Select(x => x.Cidr).OfType<Cidr>().ToList();
        var big = needing.Where(x => x.Type != SubnetType.Utility).OrderBy(x => x.Zone, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
        var little = needing.Where(x => x.Type == SubnetType.Utility).OrderBy(x => x.Zone, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();

        // Subnets with a given CIDR count too: the VPC is split for all of them, and their blocks are skipped.
        var owned = subnets.Where(x => x.ExistingId is null).ToList();
        var n = owned.Count(x => x.Type != SubnetType.Utility) + (owned.Any(x => x.Type == SubnetType.Utility) ? 1 : 0);
        var parts = n <= 1 ? 1 : n <= 2 ? 2 : n <= 4 ? 4 : 8;
        var blocks = new Queue<Cidr>(vpc.Split(parts).Where(b => !reserved.Any(r => r.Overlaps(b))));
        var assigned = new Dictionary<Subnet, Cidr>();
        if (little.Count > 0)
        {
            if (blocks.Count == 0)
            {
                _d.Error(C, DiagnosticCodes.NoRoomForSubnet, "spec.subnets", $"no room left in {vpc} for the utility subnets; give their cidr explicitly");
                return [.. subnets];
            }

            var pieces = new Queue<Cidr>(blocks.Dequeue().Split(8).Where(b => !reserved.Any(r => r.Overlaps(b))));
            foreach (var u in little)
            {
                if (pieces.Count == 0)
                {
                    _d.Error(C, DiagnosticCodes.NoRoomForSubnet, "spec.subnets", $"too many utility subnets to carve from {vpc}; give their cidr explicitly");
                    break;
                }

                assigned[u] = pieces.Dequeue();
            }
        }

        foreach (var b in big)
        {
            if (blocks.Count == 0)
            {
                _d.Error(C, DiagnosticCodes.NoRoomForSubnet, "spec.subnets", $"no room left in {vpc} for subnet \"{b.Name}\"; give its cidr explicitly or widen networkCIDR");
                break;
            }

            assigned[b] = blocks.Dequeue();
        }

        return [.. subnets.Select(x => assigned.TryGetValue(x, out var c) ? x with { Cidr = c } : x)];
    }

    /// <summary>The VPC and the Kubernetes ranges, around <paramref name="subnets"/>, for the CNI <paramref name="cni"/>.</summary>
    public ClusterNetwork Network(ImmutableArray<Subnet> subnets, CniKind cni)
    {
        if (_vpcError is not null)
        {
            _d.Error(C, DiagnosticCodes.CidrInvalid, "spec.networkCIDR", _vpcError);
        }

        // The Amazon VPC CNI gives pods secondary addresses of the nodes' subnets: the pods' range is the VPC's, there is
        // no pod range of its own to give, and traffic inside the VPC is not masqueraded (kops' default for amazonvpc).
        var vpcPods = cni == CniKind.AmazonVpc && _vpc is not null;
        if (cni == CniKind.AmazonVpc && _net.PodCidr is not null)
        {
            _d.Error(C, DiagnosticCodes.AmazonVpcPodCidr, "spec.podCIDR",
                "with amazonvpc networking pods take addresses of the nodes' subnets (the VPC's range), so there is no pod range to give; remove podCIDR");
        }

        return new ClusterNetwork
        {
            VpcCidr = _vpc,
            ExistingVpcId = _net.VpcId,
            Subnets = subnets,
            NonMasqueradeCidr = vpcPods && _net.NonMasqueradeCidr is null ? _vpc!.Value : Range("spec.nonMasqueradeCIDR", _net.NonMasqueradeCidr, DefaultNonMasqueradeCidr),
            PodCidr = vpcPods ? _vpc!.Value : Range("spec.podCIDR", _net.PodCidr, DefaultPodCidr),
            ServiceCidr = Range("spec.serviceClusterIPRange", _net.ServiceCidr, DefaultServiceCidr),
        };
    }

    // A range that cannot be read stands in as its default, marked unreadable so no rule compares it.
    private Cidr Range(string path, string? text, string fallback) => _d.Cidr(C, path, text ?? fallback) ?? Cidr.Parse(fallback);

    /// <summary>The CNI: Cilium unless the spec names exactly one.</summary>
    public Networking Cni()
    {
        if (_input.Cni is not { } named)
        {
            return new Networking(CniKind.Cilium, null);
        }

        var chosen = new List<Networking>();
        foreach (var cni in named)
        {
            if (cni.Kind == CniKind.Flannel)
            {
                var backend = cni.FlannelBackend ?? "vxlan";
                if (backend is not ("vxlan" or "udp"))
                {
                    _d.Error(C, DiagnosticCodes.CniInvalid, "spec.networking.flannel.backend", $"\"{backend}\" is not a flannel backend kgen supports; use vxlan or udp");
                }

                chosen.Add(new Networking(CniKind.Flannel, backend)
                {
                    MappedFrom = cni.MappedFrom is { } mapped
                        ? C.Error(DiagnosticCodes.CniMapped, mapped.Path, $"kgen does not install {mapped.Name} networking; it installs flannel with the VXLAN backend, an overlay that gives pods the same reach (and, like {mapped.Name}, enforces no NetworkPolicy); write flannel: {{backend: vxlan}} instead to say so") with { Severity = Severity.Warning }
                        : null,
                });
            }
            else if (cni.Kind == CniKind.AmazonVpc)
            {
                chosen.Add(new Networking(CniKind.AmazonVpc, null) { AmazonVpcEnv = AmazonVpcEnv(cni.Env.IsDefault ? [] : cni.Env) });
            }
            else
            {
                chosen.Add(new Networking(cni.Kind, null));
            }
        }

        switch (chosen.Count)
        {
            case 1:
                return chosen[0];
            case 0:
                _d.Error(C, DiagnosticCodes.CniInvalid, "spec.networking", "name one CNI: flannel, calico, cilium, amazonvpc, or cni (one you install yourself)");
                return new Networking(CniKind.Cilium, null);
            default:
                _d.Error(C, DiagnosticCodes.CniInvalid, "spec.networking", $"name exactly one CNI, found {chosen.Count}: {string.Join(", ", chosen.Select(c => c.Kind.ToString().ToLowerInvariant()))}");
                return chosen[0];
        }
    }

    /// <summary>
    /// The Amazon VPC CNI's <c>aws-node</c> settings that kgen refuses, with why: each would make the node hold more pods than
    /// the kubelet's max-pods (kgen computes it from the instance's ENIs and addresses at boot, without prefixes), take
    /// addresses from elsewhere than the nodes' subnets, or call AWS APIs the roles are not granted.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> RefusedAmazonVpcEnv = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["ENABLE_PREFIX_DELEGATION"] = "prefix delegation changes how many pods a node holds, and kgen's max-pods counts single addresses",
        ["MAX_ENI"] = "fewer ENIs than the instance has would leave the kubelet's max-pods above the addresses the node gets",
        ["ENABLE_IPv6"] = "kgen's clusters are IPv4",
        ["ENABLE_IPv4"] = "kgen's clusters are IPv4",
        ["AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG"] = "custom networking takes pod addresses from ENIConfig subnets kgen does not create",
        ["ENABLE_POD_ENI"] = "security groups for pods need trunk ENIs and permissions kgen does not grant",
        ["DISABLE_NETWORK_RESOURCE_PROVISIONING"] = "without provisioning no pod gets an address",
        ["ENABLE_MULTI_NIC"] = "kgen's max-pods counts the ENIs of the first network card only",
    };

    private ImmutableArray<CniEnvVar> AmazonVpcEnv(ImmutableArray<(string? Name, string? Value, string Path)> env)
    {
        var list = ImmutableArray.CreateBuilder<CniEnvVar>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value, path) in env)
        {
            if (name is null || !Patterns.EnvName().IsMatch(name))
            {
                _d.Error(C, DiagnosticCodes.AmazonVpcEnvInvalid, path + ".name", $"\"{name}\" is not an environment variable name; use letters, digits and _ (e.g. WARM_IP_TARGET)");
                continue;
            }

            if (RefusedAmazonVpcEnv.TryGetValue(name, out var why))
            {
                _d.Error(C, DiagnosticCodes.AmazonVpcEnvInvalid, path + ".name", $"kgen refuses {name}: {why}; remove it");
                continue;
            }

            if (!seen.Add(name))
            {
                _d.Error(C, DiagnosticCodes.AmazonVpcEnvInvalid, path + ".name", $"{name} is set twice; keep one");
                continue;
            }

            if (value is not null && value.Any(char.IsControl))
            {
                _d.Error(C, DiagnosticCodes.AmazonVpcEnvInvalid, path + ".value", $"{name} needs a value of one line (\"\" for empty)");
                continue;
            }

            list.Add(new CniEnvVar(name, value ?? string.Empty));
        }

        return list.ToImmutable();
    }

    /// <summary>The region of the zones (the first, should they span several: validation says so).</summary>
    public static string Region(IEnumerable<Subnet> subnets)
    {
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var zone in subnets.Select(x => x.Zone).OfType<string>())
        {
            var m = Patterns.Zone().Match(zone);
            if (m.Success)
            {
                regions.Add(m.Groups["region"].Value);
            }
        }

        return regions.Count > 0 ? regions.Min! : string.Empty;
    }
}
