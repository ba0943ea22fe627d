using Kgen.Generator;
using Kgen.Generator.Bootstrap;
using Kgen.Model;
using Kgen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kgen.Tests;

/// <summary>
/// kubeadm's and the kubelet's configuration are typed documents the generator decides and renders as YAML;
/// the user-data only fills in the <see cref="BootValues"/> at boot.
/// </summary>
public sealed class BootstrapConfigTests
{
    [Fact]
    public void Control_plane_init_of_journey_1_parses_and_holds_the_clusters_values()
    {
        var c = Load("ha-private.yaml");
        var boot = NodeBootstrapConfig.For(c, Group(c, "control-plane-us-east-1a"), mayInit: true);

        var docs = Parse(BootstrapYaml.Init(boot.Init!, boot.Cluster!, boot.Kubelet, boot.KubeProxy!));

        Assert.Equal(["InitConfiguration", "ClusterConfiguration", "KubeletConfiguration", "KubeProxyConfiguration"], docs.Select(d => Text(d, "kind")));
        Assert.Equal("iptables", Text(docs[3], "mode"));
        var (init, cluster, kubelet) = (docs[0], docs[1], docs[2]);
        Assert.Equal("kubeadm.k8s.io/v1beta4", Text(init, "apiVersion"));
        Assert.Equal(BootValues.JoinToken, Text(init, "bootstrapTokens", 0, "token"));
        Assert.Equal("15m0s", Text(init, "bootstrapTokens", 0, "ttl"));
        Assert.Equal(BootValues.NodeIp, Text(init, "localAPIEndpoint", "advertiseAddress"));
        Assert.Equal("6443", Text(init, "localAPIEndpoint", "bindPort"));
        Assert.Equal(BootValues.NodeName, Text(init, "nodeRegistration", "name"));
        Assert.Equal("unix:///run/containerd/containerd.sock", Text(init, "nodeRegistration", "criSocket"));
        Assert.Equal("kgen.dev/instancegroup=control-plane-us-east-1a", Text(init, "nodeRegistration", "kubeletExtraArgs", 2, "value"));
        Assert.Equal("external", Text(init, "nodeRegistration", "kubeletExtraArgs", 0, "value"));
        Assert.Equal("node-role.kubernetes.io/control-plane", Text(init, "nodeRegistration", "taints", 0, "key"));
        Assert.Equal("NoSchedule", Text(init, "nodeRegistration", "taints", 0, "effect"));

        Assert.Equal("acme.k8s.local", Text(cluster, "clusterName"));
        Assert.Equal("v" + c.KubernetesVersion, Text(cluster, "kubernetesVersion"));
        Assert.Equal("api.internal.acme.k8s.local:443", Text(cluster, "controlPlaneEndpoint"));
        Assert.Equal(c.Network.PodCidr.ToString(), Text(cluster, "networking", "podSubnet"));
        Assert.Equal(c.Network.ServiceCidr.ToString(), Text(cluster, "networking", "serviceSubnet"));
        Assert.Equal("/var/lib/etcd/data", Text(cluster, "etcd", "local", "dataDir"));
        Assert.Equal(["api.internal.acme.k8s.local", BootValues.ApiLoadBalancerDns, BootValues.ApiInternalLoadBalancerDns], Texts(cluster, "apiServer", "certSANs"));

        Assert.Equal("kubelet.config.k8s.io/v1beta1", Text(kubelet, "apiVersion"));
        Assert.Equal("systemd", Text(kubelet, "cgroupDriver"));
        Assert.Equal("false", Text(kubelet, "authentication", "anonymous", "enabled"));
        Assert.Equal("60s", Text(kubelet, "shutdownGracePeriod"));
        Assert.Equal("20s", Text(kubelet, "shutdownGracePeriodCriticalPods"));
        Assert.Equal("200Mi", Text(kubelet, "evictionHard", "memory.available"));
        Assert.Equal("5%", Text(kubelet, "evictionHard", "nodefs.inodesFree"));
    }

    [Fact]
    public void Reservations_eviction_and_shutdown_come_from_the_defaults_and_logind_waits_a_little_longer()
    {
        var c = Load("ha-private.yaml");
        var boot = NodeBootstrapConfig.For(c, Group(c, "nodes"), mayInit: false);

        Assert.Same(Kgen.Model.Defaults.ComponentDefaults.SystemReserved, boot.Kubelet.SystemReserved);
        Assert.Same(Kgen.Model.Defaults.ComponentDefaults.KubeReserved, boot.Kubelet.KubeReserved);
        Assert.Same(Kgen.Model.Defaults.ComponentDefaults.EvictionHard, boot.Kubelet.EvictionHard);
        Assert.Equal(BootstrapDefaults.ShutdownGracePeriod, boot.Kubelet.ShutdownGracePeriod);
        Assert.Equal((int)(BootstrapDefaults.ShutdownGracePeriod + BootstrapDefaults.LogindInhibitMargin).TotalSeconds, boot.LogindInhibitDelayMaxSec);

        var kubelet = Parse(BootstrapYaml.Kubelet(boot.Kubelet)).Single();
        foreach (var (key, reserved) in new[] { ("systemReserved", Kgen.Model.Defaults.ComponentDefaults.SystemReserved), ("kubeReserved", Kgen.Model.Defaults.ComponentDefaults.KubeReserved) })
        {
            Assert.Equal(reserved["cpu"], Text(kubelet, key, "cpu"));
            Assert.Equal(reserved["memory"], Text(kubelet, key, "memory"));
            Assert.Equal(reserved["ephemeral-storage"], Text(kubelet, key, "ephemeral-storage"));
        }

        // The user-data's logind drop-in and the init's kubelet configuration say the same thing.
        var output = SnapshotTests.Generate(Repo.Example("ha-private.yaml"), Repo.ExampleKey);
        var first = NodeScripts.Of(output, "data/aws_launch_template_control-plane-us-east-1a.masters.acme.k8s.local_user_data");
        Assert.Contains($"InhibitDelayMaxSec={boot.LogindInhibitDelayMaxSec}\n", first, StringComparison.Ordinal);
        Assert.Contains("shutdownGracePeriod: \"60s\"\n", first, StringComparison.Ordinal);
        Assert.Contains($"InhibitDelayMaxSec={boot.LogindInhibitDelayMaxSec}\n", NodeScripts.Of(output, "data/aws_launch_template_nodes.acme.k8s.local_user_data"), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_control_plane_group_may_init_and_workers_join_with_their_labels_and_taints()
    {
        var c = Load("ha-private.yaml");
        var second = NodeBootstrapConfig.For(c, Group(c, "control-plane-us-east-1b"), mayInit: false);
        Assert.Null(second.Init);
        Assert.Null(second.Cluster);
        Assert.Equal(new LocalApiEndpoint(BootValues.NodeIp, 6443), second.Join.ControlPlane);
        var credentials = Parse(BootstrapYaml.Cluster(second.Credentials!)).Single();
        Assert.Equal("api.internal.acme.k8s.local:443", Text(credentials, "controlPlaneEndpoint"));
        Assert.False(credentials.Children.ContainsKey("apiServer"));

        var batch = Load("spot-mixed-calico.yaml");
        var worker = NodeBootstrapConfig.For(batch, Group(batch, "spot-mixed"), mayInit: true);
        Assert.Null(worker.Init);
        Assert.Null(worker.Credentials);
        var join = Parse(BootstrapYaml.Join(worker.Join)).Single();
        Assert.Equal("JoinConfiguration", Text(join, "kind"));
        Assert.False(join.Children.ContainsKey("controlPlane"));
        Assert.Equal("api.internal.batch.k8s.local:443", Text(join, "discovery", "bootstrapToken", "apiServerEndpoint"));
        Assert.Equal(BootValues.JoinToken, Text(join, "discovery", "bootstrapToken", "token"));
        Assert.Equal([BootValues.CaCertHash], Texts(join, "discovery", "bootstrapToken", "caCertHashes"));
        Assert.Equal("kgen.dev/instancegroup=spot-mixed,kgen.dev/spot=true,workload=batch", Text(join, "nodeRegistration", "kubeletExtraArgs", 2, "value"));
        Assert.Equal(["dedicated", "batch", "NoSchedule"], Texts(join, "nodeRegistration", "taints", 0));

        var untainted = Parse(BootstrapYaml.Join(NodeBootstrapConfig.For(batch, Group(batch, "arm"), mayInit: false).Join)).Single();
        Assert.Empty(Sequence(untainted, "nodeRegistration", "taints"));
    }

    [Fact]
    public void Yaml_quotes_every_string_so_values_that_look_like_yaml_stay_strings()
    {
        string[] tricky = ["true", "1.10", "null", "~", "a: b", "- x", "#x", "x # y", "\"q\"", "back\\slash", "@@X@@", "", "multi\nline", "end\nKGEN_YAML\n", "tab\t", "* star", "&a", "{x}", "ü"];
        var join = new JoinConfiguration
        {
            Discovery = new BootstrapTokenDiscovery("api:443", "t", [.. tricky]),
            NodeRegistration = new NodeRegistration { Name = "n", CriSocket = "s", KubeletExtraArgs = [], Taints = [] },
        };

        var text = BootstrapYaml.Join(join);

        Assert.Equal(tricky, Texts(Parse(text).Single(), "discovery", "bootstrapToken", "caCertHashes"));
        Assert.All(text.Split('\n').Where(l => l.Contains("- ", StringComparison.Ordinal)), l => Assert.Matches("^ *- \"", l));
        Assert.Equal(text, BootstrapYaml.Join(join with { }));
        Assert.DoesNotContain('\r', text);

        // A line break in a value is escaped, so no value can end the user-data's heredoc early.
        Assert.DoesNotContain("KGEN_YAML", text.Split('\n'));
    }

    [Fact]
    public void Anonymous_kubelet_auth_follows_the_spec()
    {
        var c = Load("ha-private.yaml");
        var open = c with { Kubelet = new KubeletOptions(AnonymousAuth: true) };

        var kubelet = Parse(BootstrapYaml.Kubelet(NodeBootstrapConfig.For(open, Group(open, "nodes"), mayInit: false).Kubelet)).Single();

        Assert.Equal("true", Text(kubelet, "authentication", "anonymous", "enabled"));
    }

    [Fact]
    public void Durations_are_whole_go_seconds()
    {
        Assert.Equal("60s", BootstrapYaml.Duration(TimeSpan.FromMinutes(1)));
        Assert.Equal("0s", BootstrapYaml.Duration(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => BootstrapYaml.Duration(TimeSpan.FromMilliseconds(1500)));
    }

    [Fact]
    public void The_user_data_templates_take_every_config_store_key_from_the_layout()
    {
        foreach (var template in Directory.GetFiles(Path.Combine(Repo.Root, "templates", "userdata"), "*.sbn"))
        {
            var text = File.ReadAllText(template);
            foreach (var key in ConfigStoreLayout.ControlPlanePki)
            {
                // /etc/kubernetes/pki/… is where kubeadm keeps them on the node, not a store key.
                Assert.DoesNotMatch($"(?<!/etc/kubernetes/){System.Text.RegularExpressions.Regex.Escape(key)}", text);
            }

            Assert.DoesNotContain("pki/\"", text, StringComparison.Ordinal);
        }

        var output = SnapshotTests.Generate(Repo.Example("ha-private.yaml"), Repo.ExampleKey);
        var controlPlane = NodeScripts.Of(output, "data/aws_launch_template_control-plane-us-east-1b.masters.acme.k8s.local_user_data");
        var pki = string.Join(' ', ConfigStoreLayout.ControlPlanePki.Select(k => $"'{ConfigStoreLayout.PkiRelative(k)}'"));
        Assert.Contains($"PKI_FILES=({pki})\n", controlPlane, StringComparison.Ordinal);
        Assert.Contains($"PKI_PREFIX='{ConfigStoreLayout.PkiPrefix}'\n", controlPlane, StringComparison.Ordinal);
        Assert.Contains($"CA_CERT_KEY='{ConfigStoreLayout.CaCertificate}'\n", controlPlane, StringComparison.Ordinal);
        Assert.DoesNotContain("tokens/", controlPlane, StringComparison.Ordinal);
        Assert.DoesNotContain("PKI_FILES", NodeScripts.Of(output, "data/aws_launch_template_nodes.acme.k8s.local_user_data"), StringComparison.Ordinal);
    }

    private static Cluster Load(string example) =>
        ClusterSpec.Load(File.ReadAllText(Repo.Example(example)), example).Resolve(File.ReadAllText(Repo.ExampleKey));

    private static InstanceGroup Group(Cluster c, string name) => c.InstanceGroups.Single(g => g.Name == name);

    private static List<YamlMappingNode> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    }

    private static YamlNode At(YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step is int i ? ((YamlSequenceNode)node).Children[i] : ((YamlMappingNode)node).Children[new YamlScalarNode((string)step)];
        }

        return node;
    }

    private static string Text(YamlNode node, params object[] path) => ((YamlScalarNode)At(node, path)).Value!;

    private static IList<YamlNode> Sequence(YamlNode node, params object[] path) => ((YamlSequenceNode)At(node, path)).Children;

    /// <summary>The scalars of a sequence, or the values of a mapping, in order.</summary>
    private static string[] Texts(YamlNode node, params object[] path) => At(node, path) switch
    {
        YamlSequenceNode s => [.. s.Children.Select(n => ((YamlScalarNode)n).Value!)],
        YamlMappingNode m => [.. m.Children.Values.Select(n => ((YamlScalarNode)n).Value!)],
        var other => throw new InvalidOperationException(other.NodeType.ToString()),
    };
}
