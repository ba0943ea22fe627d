using System.Reflection;
using Kgen.Model;
using Kgen.Model.Spec;

namespace Kgen.Bench;

/// <summary>The clusters the benchmarks generate, built through the public API only.</summary>
public static class Specs
{
    private static readonly string[] Regions = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"];
    private static readonly string[] Cnis = ["cilium", "flannel", "calico"];
    private static readonly string[] NodeTypes = ["t3.medium", "m6i.large", "c7g.xlarge", "r6a.large"];

    /// <summary>Journey 1's cluster as the bundled example writes it.</summary>
    public static string HaPrivateYaml { get; } = Resource("ha-private.yaml");

    /// <summary>The example SSH public key.</summary>
    public static string SshPublicKey { get; } = Resource("id_ed25519.pub");

    /// <summary>
    /// A fleet of <paramref name="count"/> different clusters: regions, 1–3 zones, public or private
    /// topology, three CNIs, one or three control-plane nodes, 1–4 node groups, bastions, internal
    /// or public API load balancers, access lists and labels all vary with the index.
    /// </summary>
    public static IReadOnlyList<ClusterSpec> Fleet(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var zones = 1 + (i % 3);
            var isPrivate = i % 2 == 1;
            return Cluster(
                name: $"team-{i:D4}.k8s.local",
                region: Regions[i % Regions.Length],
                zones: zones,
                nodeGroups: 1 + (i / 3 % 4),
                controlPlanes: i % 5 == 0 ? 3 : 1,
                isPrivate: isPrivate,
                cni: Cnis[i / 2 % Cnis.Length],
                bastion: isPrivate && i % 3 == 0,
                internalApi: i % 7 == 0,
                variant: i);
        })];

    /// <summary>One private cluster with <paramref name="nodeGroups"/> node groups (spread over the zones) and one control-plane group, over <paramref name="zones"/> zones.</summary>
    public static ClusterSpec Scaled(int nodeGroups, int zones) =>
        Cluster("scale.k8s.local", "us-east-1", zones, nodeGroups: nodeGroups, controlPlanes: 1, isPrivate: true, cni: "cilium", bastion: false, internalApi: false, variant: 0);

    private static ClusterSpec Cluster(string name, string region, int zones, int nodeGroups, int controlPlanes, bool isPrivate, string cni, bool bastion, bool internalApi, int variant)
    {
        var zoneNames = Enumerable.Range(0, zones).Select(z => $"{region}{(char)('a' + z)}").ToList();
        var subnets = zoneNames.Select(z => new SubnetDto { Name = z, Zone = z, Type = isPrivate ? "Private" : "Public" }).ToList();
        if (isPrivate)
        {
            subnets.AddRange(zoneNames.Select(z => new SubnetDto { Name = "utility-" + z, Zone = z, Type = "Utility" }));
        }

        var controlPlaneZones = Enumerable.Range(0, controlPlanes).Select(c => zoneNames[c % zones]).ToList();
        var groups = new List<InstanceGroupDocument>();
        for (var c = 0; c < controlPlanes; c++)
        {
            groups.Add(Group($"control-plane-{c}", "ControlPlane", "t3.medium", 1, 1, [controlPlaneZones[c]], null));
        }

        for (var n = 0; n < nodeGroups; n++)
        {
            var size = 1 + ((variant + n) % 5);
            groups.Add(Group(
                n == 0 ? "nodes" : $"nodes-{n}",
                "Node",
                NodeTypes[(variant + n) % NodeTypes.Length],
                size,
                size * 2,
                [zoneNames[n % zones]],
                new Dictionary<string, string> { ["team"] = $"team-{variant % 17}", ["pool"] = $"pool-{n}" }));
        }

        if (bastion)
        {
            groups.Add(Group("bastions", "Bastion", "t3.micro", 1, 1, [.. zoneNames.Select(z => "utility-" + z)], null));
        }

        var cluster = new ClusterDocument
        {
            ApiVersion = ClusterSpec.ApiVersion,
            Kind = "Cluster",
            Metadata = new ObjectMeta { Name = name },
            Spec = new ClusterSpecDto
            {
                CloudProvider = "aws",
                KubernetesVersion = "v1.34.2",
                Subnets = subnets,
                Networking = cni switch
                {
                    "flannel" => new NetworkingDto { Flannel = new FlannelDto { Backend = "vxlan" } },
                    "calico" => new NetworkingDto { Calico = new EmptyDto() },
                    _ => new NetworkingDto { Cilium = new EmptyDto() },
                },
                Api = new ApiDto { LoadBalancer = new LoadBalancerDto { Type = internalApi ? "Internal" : "Public" } },
                KubernetesApiAccess = [$"10.{variant % 250}.0.0/16"],
                SshAccess = [$"10.{variant % 250}.0.0/24"],
                CloudLabels = new Dictionary<string, string> { ["cost-center"] = $"cc-{variant % 23}" },
                Topology = bastion ? new TopologyDto { Bastion = new BastionDto() } : null,
            },
        };

        return ClusterSpec.FromDocuments(cluster, groups, name + ".yaml");
    }

    private static InstanceGroupDocument Group(string name, string role, string machineType, int min, int max, List<string> subnets, Dictionary<string, string>? labels) => new()
    {
        ApiVersion = ClusterSpec.ApiVersion,
        Kind = "InstanceGroup",
        Metadata = new ObjectMeta { Name = name },
        Spec = new InstanceGroupSpecDto { Role = role, MachineType = machineType, MinSize = min, MaxSize = max, Subnets = subnets, NodeLabels = labels },
    };

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
