using Kgen.Model;
using Kgen.Model.Defaults;

namespace Kgen.Tests;

/// <summary>Defaults, names and small rules of the model.</summary>
public sealed class ModelTests
{
    private const string Base = """
        apiVersion: kgen.dev/v1alpha1
        kind: Cluster
        metadata:
          name: t.k8s.local
        spec:
          subnets:
        {0}
        ---
        apiVersion: kgen.dev/v1alpha1
        kind: InstanceGroup
        metadata:
          name: cp
        spec:
          role: Master
          subnets: [{1}]
        ---
        apiVersion: kgen.dev/v1alpha1
        kind: InstanceGroup
        metadata:
          name: nodes
        spec:
          role: Node
        """;

    [Fact]
    public void Cidrs_are_carved_as_kops_does_for_three_private_zones()
    {
        var cluster = Load(
            """
              - {name: a, zone: us-east-1a, type: Private}
              - {name: b, zone: us-east-1b, type: Private}
              - {name: c, zone: us-east-1c, type: Private}
              - {name: utility-a, zone: us-east-1a, type: Utility}
              - {name: utility-b, zone: us-east-1b, type: Utility}
              - {name: utility-c, zone: us-east-1c, type: Utility}
            """,
            "a");
        var cidrs = cluster.Network.Subnets.ToDictionary(s => s.Name, s => s.Cidr.ToString());
        Assert.Equal("172.20.64.0/18", cidrs["a"]);
        Assert.Equal("172.20.128.0/18", cidrs["b"]);
        Assert.Equal("172.20.192.0/18", cidrs["c"]);
        Assert.Equal("172.20.0.0/21", cidrs["utility-a"]);
        Assert.Equal("172.20.8.0/21", cidrs["utility-b"]);
        Assert.Equal("172.20.16.0/21", cidrs["utility-c"]);
    }

    [Fact]
    public void Carving_skips_ranges_given_explicitly()
    {
        var cluster = Load(
            """
              - {name: a, zone: us-east-1a, type: Public, cidr: 172.20.0.0/17}
              - {name: b, zone: us-east-1b, type: Public}
            """,
            "a");
        Assert.Equal("172.20.128.0/17", cluster.Network.Subnets[1].Cidr.ToString());
    }

    [Fact]
    public void Defaults_are_secure_and_role_specific()
    {
        var cluster = Load("  - {name: a, zone: eu-west-1a, type: Public}", "a");
        Assert.Equal("eu-west-1", cluster.Region);
        Assert.Empty(cluster.Access.Ssh);
        Assert.Empty(cluster.Access.KubernetesApi);
        var cp = cluster.InstanceGroups.Single(g => g.Name == "cp");
        var nodes = cluster.InstanceGroups.Single(g => g.Name == "nodes");
        Assert.Equal(InstanceGroupRole.ControlPlane, cp.Role);
        Assert.Equal(64, cp.RootVolume.Size);
        Assert.Equal(128, nodes.RootVolume.Size);
        Assert.All(cluster.InstanceGroups, g =>
        {
            Assert.True(g.RootVolume.Encrypted);
            Assert.Equal("gp3", g.RootVolume.Type);
            Assert.Equal("required", g.InstanceMetadata.HttpTokens);
            Assert.Equal(1, g.InstanceMetadata.HopLimit);
        });
        Assert.Equal((2, 2), (nodes.MinSize, nodes.MaxSize));
        Assert.Equal(["a"], nodes.Subnets.ToArray());
        Assert.Equal(["main"], cluster.EtcdClusters.Select(e => e.Name)); // kubeadm's stacked etcd keeps events in main
        Assert.Equal(new EtcdBackups(3600, 7), cluster.EtcdClusters[0].Backups);
        Assert.All(cluster.EtcdClusters, e => Assert.Equal("a", Assert.Single(e.Members).Name));
        Assert.All(cluster.EtcdClusters.SelectMany(e => e.Members), m => Assert.True(m.Encrypted));
        Assert.Equal(DnsType.None, cluster.Dns.Type);
        Assert.Equal("api.internal.t.k8s.local", cluster.Api.InternalName);
        Assert.Equal(CniKind.Cilium, cluster.Networking.Kind);
    }

    [Theory]
    [InlineData("t3.medium", "amd64")]
    [InlineData("m7g.large", "arm64")]
    [InlineData("c6gn.xlarge", "arm64")]
    [InlineData("t4g.micro", "arm64")]
    [InlineData("g4dn.xlarge", "amd64")]
    [InlineData("a1.large", "arm64")]
    [InlineData("m7i-flex.large", "amd64")]
    public void The_architecture_follows_the_instance_family(string type, string architecture) =>
        Assert.Equal(architecture, InstanceGroupDefaults.Architecture(type));

    [Theory]
    [InlineData("tcp-privateflannel-example-com", "tcp-privateflannel-exampl-59fj2g")]
    [InlineData("bastion-privateflannel-example-com", "bastion-privateflannel-ex-753531")]
    [InlineData("api-privatecalico-example-com", "api-privatecalico-example-0uch4k")]
    [InlineData("tcp-minimal-example-com", "tcp-minimal-example-com-5905t8")]
    public void Load_balancer_names_are_kops_compatible(string name, string expected) =>
        Assert.Equal(expected, Names.Name32(name));

    [Fact]
    public void Iam_names_are_cut_to_64_with_a_stable_hash_only_when_too_long()
    {
        Assert.Equal("masters.short.k8s.local", Names.Truncate("masters.short.k8s.local", 64));
        var name = "masters." + new string('x', 80) + ".k8s.local";
        var cut = Names.Truncate(name, 64);
        Assert.Equal(64, cut.Length);
        Assert.Equal(cut, Names.Truncate(name, 64));
        Assert.NotEqual(cut, Names.Truncate(name + "x", 64));
    }

    [Theory]
    [InlineData("10.0.0.0/16", "10.0.1.0/24", true)]
    [InlineData("10.0.0.0/16", "10.1.0.0/24", false)]
    [InlineData("10.0.0.0/24", "10.0.0.0/16", false)]
    public void Cidr_containment(string outer, string inner, bool contains) =>
        Assert.Equal(contains, Cidr.Parse(outer).Contains(Cidr.Parse(inner)));

    [Fact]
    public void The_spec_round_trips_through_yaml()
    {
        var text = File.ReadAllText(Support.Repo.Example("spot-mixed-calico.yaml"));
        var spec = ClusterSpec.Load(text, "spot.yaml");
        var again = ClusterSpec.Load(spec.ToYaml(), "again.yaml");
        Assert.Equal(spec.Resolve(), again.Resolve(), new ClusterComparer());
    }

    [Fact]
    public void Strings_that_read_as_booleans_or_numbers_stay_quoted_in_yaml()
    {
        var spec = ClusterSpec.Load(File.ReadAllText(Support.Repo.Example("spot-mixed-calico.yaml")), "spot.yaml");
        var yaml = spec.ToYaml();
        Assert.Contains("kgen.dev/spot: \"true\"", yaml, StringComparison.Ordinal);
        Assert.Contains("minSize: ", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("minSize: \"", yaml, StringComparison.Ordinal);
    }

    private static Cluster Load(string subnets, string cpSubnet) =>
        ClusterSpec.Load(string.Format(System.Globalization.CultureInfo.InvariantCulture, Base, subnets, cpSubnet), "t.yaml").Resolve();

    /// <summary>Compares resolved clusters by their generated plan text (records hold immutable arrays).</summary>
    private sealed class ClusterComparer : IEqualityComparer<Cluster>
    {
        public bool Equals(Cluster? x, Cluster? y) =>
            x is not null && y is not null &&
            Generator.Generator.Generate(x, Generator.Target.Terraform).Files.SequenceEqual(Generator.Generator.Generate(y, Generator.Target.Terraform).Files);

        public int GetHashCode(Cluster obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
