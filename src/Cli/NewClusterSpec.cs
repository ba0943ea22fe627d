using Kgen.Model;
using Kgen.Model.Defaults;
using Kgen.Model.Spec;

namespace Kgen.Cli;

/// <summary>The answers of <c>kgen create cluster</c>'s flags.</summary>
internal sealed record NewClusterRequest
{
    public required string Name { get; init; }

    public required IReadOnlyList<string> Zones { get; init; }

    public IReadOnlyList<string> MasterZones { get; init; } = [];

    public int? MasterCount { get; init; }

    public int? NodeCount { get; init; }

    public string? MasterSize { get; init; }

    public string? NodeSize { get; init; }

    public string Topology { get; init; } = "public";

    public string Networking { get; init; } = "cilium";

    public string? Image { get; init; }

    public string? ApiLoadBalancerType { get; init; }

    public bool Bastion { get; init; }

    public string? Vpc { get; init; }

    public IReadOnlyList<string> Subnets { get; init; } = [];

    public IReadOnlyList<string> UtilitySubnets { get; init; } = [];

    public string? DnsZone { get; init; }

    public string? NetworkCidr { get; init; }

    public string? KubernetesVersion { get; init; }

    public IReadOnlyList<string> AdminAccess { get; init; } = [];

    public IReadOnlyList<string> SshAccess { get; init; } = [];
}

/// <summary>
/// Builds the spec <c>kgen create cluster</c> describes, the way kops does: a subnet per zone
/// (plus a utility subnet per zone for the private topology), one control-plane group per
/// control-plane zone, one <c>nodes</c> group across the zones, an optional bastion — then fills in
/// the defaults (CIDRs, etcd members) so the stored spec is explicit and stable.
/// </summary>
internal static class NewClusterSpec
{
    public static ClusterSpec Build(NewClusterRequest r)
    {
        var errors = new List<Diagnostic>();
        void Fail(string flag, string message) => errors.Add(Diagnostic.Error(DiagnosticCodes.CreateFlagInvalid, new InputLocation("kgen create cluster", null, null, flag), message));

        if (r.Zones.Count == 0)
        {
            Fail("--zones", "name at least one zone, e.g. --zones us-east-1a,us-east-1b,us-east-1c");
        }

        if (r.Topology is not ("public" or "private"))
        {
            Fail("--topology", $"\"{r.Topology}\" is not a topology; use public or private");
        }

        if (r.Bastion && r.Topology != "private")
        {
            Fail("--bastion", "a bastion comes with the private topology (--topology private); in a public topology nodes are reachable directly");
        }

        var masterZones = r.MasterZones.Count > 0 ? r.MasterZones : r.Zones.Take(1).ToList();
        foreach (var z in masterZones.Where(z => !r.Zones.Contains(z)))
        {
            Fail("--master-zones", $"zone {z} is not among --zones ({string.Join(",", r.Zones)})");
        }

        if (r.Subnets.Count > 0 && r.Subnets.Count != r.Zones.Count)
        {
            Fail("--subnets", $"give one existing subnet per zone, in the order of --zones ({r.Zones.Count}), found {r.Subnets.Count}");
        }

        if (r.UtilitySubnets.Count > 0 && r.UtilitySubnets.Count != r.Zones.Count)
        {
            Fail("--utility-subnets", $"give one existing utility subnet per zone, in the order of --zones ({r.Zones.Count}), found {r.UtilitySubnets.Count}");
        }

        if ((r.Subnets.Count > 0 || r.UtilitySubnets.Count > 0) && r.Vpc is null)
        {
            Fail("--vpc", "existing subnets need their VPC: add --vpc vpc-…");
        }

        var networking = new NetworkingDto();
        switch (r.Networking)
        {
            case "flannel": networking.Flannel = new FlannelDto { Backend = "vxlan" }; break;
            case "calico": networking.Calico = new EmptyDto(); break;
            case "cilium": networking.Cilium = new EmptyDto(); break;
            case "cni": networking.Cni = new EmptyDto(); break;
            case "amazonvpc": networking.Amazonvpc = new AmazonVpcDto(); break;
            default: Fail("--networking", $"\"{r.Networking}\" is not a CNI kgen supports; use flannel, calico, cilium, amazonvpc or cni"); break;
        }

        if (errors.Count > 0)
        {
            throw new SpecException(errors);
        }

        var privateTopology = r.Topology == "private";
        var subnets = new List<SubnetDto>();
        for (var i = 0; i < r.Zones.Count; i++)
        {
            var zone = r.Zones[i];
            subnets.Add(new SubnetDto
            {
                Name = zone,
                Zone = zone,
                Type = privateTopology ? "Private" : "Public",
                Id = r.Subnets.Count > 0 ? r.Subnets[i] : null,
            });
        }

        if (privateTopology)
        {
            for (var i = 0; i < r.Zones.Count; i++)
            {
                var zone = r.Zones[i];
                subnets.Add(new SubnetDto
                {
                    Name = Names.UtilitySubnet(zone),
                    Zone = zone,
                    Type = "Utility",
                    Id = r.UtilitySubnets.Count > 0 ? r.UtilitySubnets[i] : null,
                });
            }
        }

        var masterCount = r.MasterCount ?? masterZones.Count;
        var groups = new List<InstanceGroupDocument>();
        for (var i = 0; i < masterCount; i++)
        {
            var zone = masterZones[i % masterZones.Count];
            var name = masterCount == masterZones.Count ? Names.ControlPlaneGroup(zone) : Names.ControlPlaneGroup(zone, (i / masterZones.Count) + 1);
            groups.Add(Group(r.Name, name, new InstanceGroupSpecDto
            {
                Role = "ControlPlane",
                MachineType = r.MasterSize ?? "t3.medium",
                MinSize = 1,
                MaxSize = 1,
                Subnets = [zone],
                Image = r.Image,
            }));
        }

        var nodeCount = r.NodeCount ?? r.Zones.Count;
        groups.Add(Group(r.Name, "nodes", new InstanceGroupSpecDto
        {
            Role = "Node",
            MachineType = r.NodeSize ?? "t3.medium",
            MinSize = nodeCount,
            MaxSize = nodeCount,
            Subnets = [.. r.Zones],
            Image = r.Image,
        }));

        if (r.Bastion)
        {
            groups.Add(Group(r.Name, "bastions", new InstanceGroupSpecDto
            {
                Role = "Bastion",
                MachineType = "t3.micro",
                MinSize = 1,
                MaxSize = 1,
                Subnets = [.. r.Zones.Select(Names.UtilitySubnet)],
                Image = r.Image,
            }));
        }

        var cluster = new ClusterDocument
        {
            ApiVersion = ClusterSpec.ApiVersion,
            Kind = "Cluster",
            Metadata = new ObjectMeta { Name = r.Name },
            Spec = new ClusterSpecDto
            {
                CloudProvider = "aws",
                KubernetesVersion = "v" + (r.KubernetesVersion?.TrimStart('v') ?? ClusterDefaults.DefaultKubernetesVersion),
                NetworkCidr = r.Vpc is null ? r.NetworkCidr ?? NetworkDefaults.DefaultVpcCidr : r.NetworkCidr,
                NetworkId = r.Vpc,
                Subnets = subnets,
                Networking = networking,
                Api = new ApiDto { LoadBalancer = new LoadBalancerDto { Type = r.ApiLoadBalancerType switch { "internal" => "Internal", "public" or null => "Public", var t => t } } },
                DnsZone = r.DnsZone,
                KubernetesApiAccess = [.. r.AdminAccess],
                SshAccess = [.. (r.SshAccess.Count > 0 ? r.SshAccess : r.AdminAccess)],
            },
        };

        var spec = ClusterSpec.FromDocuments(cluster, groups, "kgen create cluster");

        // Resolve once and write the defaults back, so the stored spec states its CIDRs and etcd layout.
        var resolved = spec.Resolve();
        foreach (var s in cluster.Spec.Subnets)
        {
            s.Cidr ??= s.Id is null ? resolved.Network.Subnets.First(x => x.Name == s.Name).Cidr?.ToString() : null;
        }

        cluster.Spec.EtcdClusters = [.. resolved.EtcdClusters.Select(e => new EtcdClusterDto
        {
            Name = e.Name,
            EtcdMembers = [.. e.Members.Select(m => new EtcdMemberDto { Name = m.Name, InstanceGroup = m.InstanceGroup })],
        })];
        return spec;
    }

    private static InstanceGroupDocument Group(string cluster, string name, InstanceGroupSpecDto spec) => new()
    {
        ApiVersion = ClusterSpec.ApiVersion,
        Kind = "InstanceGroup",
        Metadata = new ObjectMeta { Name = name, Labels = new() { ["kops.k8s.io/cluster"] = cluster } },
        Spec = spec,
    };
}
