using Kgen.Generator;
using Kgen.Generator.Builders;
using Kgen.Generator.Plan;
using Kgen.Model;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>
/// What the bootstrap builder decides for each group's user-data. The user-data templates are replaced by probes
/// that print the values the builder hands them, so the tests read the builder's decisions, not the script around them.
/// </summary>
public sealed class BootstrapBuilderTests
{
    private static readonly Lazy<TemplateSet> Probes = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("kgen-probe-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "userdata"));
            File.WriteAllText(Path.Combine(dir, "userdata", "node.sh.sbn"), """
                script=node
                role={{ role }}
                first={{ first_control_plane }}
                etcd={{ etcd_clusters | array.join "," }}
                cni={{ cni }}
                flannel={{ flannel_backend }}
                cni_version={{ cni_version }}
                cni_source={{ cni_source_url }}
                lb_class={{ api_load_balancer_class }}
                lb_name={{ api_load_balancer_name }}
                endpoint={{ api_endpoint }}
                init={{ kubeadm_init_yaml != "" }}
                credentials={{ kubeadm_credentials_yaml != "" }}
                pki={{ control_plane_pki_files | array.join "," }}
                arch={{ architecture }}
                minor={{ kubernetes_minor }}
                """);
            File.WriteAllText(Path.Combine(dir, "userdata", "bastion.sh.sbn"), "script=bastion\ngroup={{ instance_group }}\n");
            return TemplateSet.FromDirectory(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    });

    private static readonly string ThreeZones = """
        subnets:
        - {name: eu-west-1a, zone: eu-west-1a, type: Public}
        - {name: eu-west-1b, zone: eu-west-1b, type: Public}
        - {name: eu-west-1c, zone: eu-west-1c, type: Public}
        """;

    [Fact]
    public void Only_the_first_control_plane_group_by_ordinal_name_may_init()
    {
        // Written out of order, and "cp-b" sorts before "cpa" only by ordinal comparison ('-' < 'a').
        var boot = Boot(
            Cluster(ThreeZones),
            ControlPlane("cpa", "subnets: [eu-west-1a]"),
            ControlPlane("cp-c", "subnets: [eu-west-1c]"),
            ControlPlane("cp-b", "subnets: [eu-west-1b]"),
            Nodes("a-workers"));

        Assert.Equal("true", boot["cp-b"]["first"]);
        Assert.Equal("true", boot["cp-b"]["init"]);
        foreach (var other in new[] { "cpa", "cp-c", "a-workers" })
        {
            Assert.Equal("false", boot[other]["first"]);
            Assert.Equal("false", boot[other]["init"]);
        }
    }

    [Fact]
    public void Control_plane_groups_get_their_etcd_clusters_and_the_ca_material_and_workers_neither()
    {
        var boot = Boot(Cluster(OnePublicZone));

        Assert.Equal(("control-plane", "main"), (boot["cp"]["role"], boot["cp"]["etcd"]));
        Assert.Equal(string.Join(',', ConfigStoreLayout.ControlPlanePki.Select(ConfigStoreLayout.PkiRelative)), boot["cp"]["pki"]);
        Assert.Equal("true", boot["cp"]["credentials"]);
        Assert.Equal(("node", "", "", "false"), (boot["nodes"]["role"], boot["nodes"]["etcd"], boot["nodes"]["pki"], boot["nodes"]["credentials"]));
    }

    [Fact]
    public void A_control_plane_group_runs_only_the_etcd_clusters_the_spec_lays_out()
    {
        var boot = Boot(
            Cluster(OnePublicZone + "\netcdClusters:\n- {name: main, etcdMembers: [{name: a, instanceGroup: cp}]}"),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes());

        Assert.Equal("main", boot["cp"]["etcd"]);
    }

    [Fact]
    public void Bastions_boot_the_bastion_script_and_everyone_else_the_node_script()
    {
        var boot = Boot(
            Cluster(Specs.TwoPrivateZones),
            ControlPlane(spec: "subnets: [us-east-1a]"),
            Nodes(),
            Bastion());

        Assert.Equal(("bastion", "bastions"), (boot["bastions"]["script"], boot["bastions"]["group"]));
        Assert.Equal("node", boot["cp"]["script"]);
        Assert.Equal("node", boot["nodes"]["script"]);
    }

    [Theory]
    [InlineData("flannel: {backend: udp}", "flannel", "udp", BootstrapVersions.Flannel)]
    [InlineData("flannel: {}", "flannel", "vxlan", BootstrapVersions.Flannel)]
    [InlineData("calico: {}", "calico", "", BootstrapVersions.Calico)]
    [InlineData("cilium: {}", "cilium", "", BootstrapVersions.Cilium)]
    [InlineData("cni: {}", "external", "", "")]
    public void The_cni_its_version_and_flannels_backend_come_from_the_spec(string networking, string cni, string backend, string version)
    {
        var boot = Boot(Cluster(OnePublicZone + "\nnetworking: {" + networking + "}"));

        Assert.Equal((cni, backend, version), (boot["nodes"]["cni"], boot["nodes"]["flannel"], boot["nodes"]["cni_version"]));
    }

    [Fact]
    public void Cilium_is_installed_with_the_cli_of_each_groups_architecture()
    {
        var boot = Boot(
            Cluster(OnePublicZone + "\nnetworking: {cilium: {}}"),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes(),
            Nodes("graviton", "machineType: m7g.large"));

        Assert.Equal(BootstrapVersions.CiliumCliUrl("amd64"), boot["nodes"]["cni_source"]);
        Assert.Equal(BootstrapVersions.CiliumCliUrl("arm64"), boot["graviton"]["cni_source"]);
        Assert.Equal("arm64", boot["graviton"]["arch"]);
    }

    [Theory]
    [InlineData("", "network")]
    [InlineData("\napi: {loadBalancer: {class: Classic}}", "classic")]
    public void Nodes_reach_the_api_by_its_internal_name_on_443_and_know_the_load_balancers_class_and_aws_name(string api, string lbClass)
    {
        var boot = Boot(Cluster(OnePublicZone + api));

        Assert.Equal("api.internal.t.k8s.local:443", boot["nodes"]["endpoint"]);
        Assert.Equal(lbClass, boot["nodes"]["lb_class"]);
        Assert.Equal(new Names("t.k8s.local").ApiLoadBalancerAwsName, boot["nodes"]["lb_name"]);
        Assert.Equal("1.34", boot["nodes"]["minor"]);
    }

    [Fact]
    public void A_group_whose_user_data_exceeds_ec2s_limit_is_named_in_the_error()
    {
        // The node script is in the config store, so no spec fills the user data any more: a house template whose user
        // data names the group with hashed (hardly compressible) padding pushes one group's over 16 KiB gzipped.
        var padding = string.Concat(Enumerable.Range(0, 800).Select(i => $"# {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))}\n"));
        var dir = Directory.CreateTempSubdirectory("kgen-big-").FullName;
        TemplateSet templates;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "userdata"));
            File.WriteAllText(Path.Combine(dir, "userdata", "nodeup.sh.sbn"), "#!/bin/bash\n{{ if instance_group == 'big' }}\n" + padding + "{{ end }}\n");
            templates = TemplateSet.FromDirectory(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        var cluster = Resolve(Cluster(OnePublicZone), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(), Nodes("big"));

        var e = Assert.Throws<SpecException>(() => Generator.Generator.BuildPlan(cluster, templates));
        var problem = Assert.Single(e.Errors);
        Assert.Equal(DiagnosticCodes.UserDataTooLarge, problem.Code);
        Assert.Equal(new PlanLocation("t.k8s.local", "InstanceGroup", "big"), problem.Location);
    }

    /// <summary>Each group's probe output: key → value.</summary>
    private static Dictionary<string, Dictionary<string, string>> Boot(string cluster, params string[] groups)
    {
        var plan = Generator.Generator.BuildPlan(Resolve(cluster, groups), Probes.Value);
        // A Kubernetes group's script is the node script its user data fetches from the config store.
        return plan.OfType<LaunchTemplate>().ToDictionary(
            t => t.InstanceGroup,
            t => (plan.ConfigBaseObjects.SingleOrDefault(o => o.Key.StartsWith(ConfigStoreLayout.NodeupGroup(t.InstanceGroup), StringComparison.Ordinal))?.Content ?? t.UserData).Content
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('=', 2))
                .ToDictionary(kv => kv[0], kv => kv[1]));
    }
}
