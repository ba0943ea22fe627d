using Kgen.Generator.Plan;
using Kgen.Model;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>What the etcd volume builder decides: one volume per member per etcd cluster, where, how, and tagged so it can be found and attached.</summary>
public sealed class EtcdVolumeBuilderTests
{
    private static readonly string ThreeZones = """
        subnets:
        - {name: eu-west-1a, zone: eu-west-1a, type: Public}
        - {name: eu-west-1b, zone: eu-west-1b, type: Public}
        - {name: eu-west-1c, zone: eu-west-1c, type: Public}
        """;

    private static readonly string[] ThreeControlPlanes =
    [
        ControlPlane("cp-a", "subnets: [eu-west-1a]"),
        ControlPlane("cp-b", "subnets: [eu-west-1b]"),
        ControlPlane("cp-c", "subnets: [eu-west-1c]"),
        Nodes(),
    ];

    [Fact]
    public void Each_member_of_main_gets_one_volume_in_the_zone_of_its_control_plane_group()
    {
        var plan = Plan(Cluster(ThreeZones), ThreeControlPlanes);

        var volumes = plan.OfType<EbsVolume>().ToDictionary(v => v.Name, v => v.AvailabilityZone);
        Assert.Equal(3, volumes.Count);
        foreach (var etcd in new[] { "main" })
        {
            foreach (var member in new[] { "a", "b", "c" })
            {
                Assert.Equal($"eu-west-1{member}", volumes[$"{member}.etcd-{etcd}.t.k8s.local"]);
            }
        }
    }

    [Fact]
    public void Volumes_are_encrypted_gp3_of_20_GiB_by_default()
    {
        var plan = Plan(Cluster(OnePublicZone));

        Assert.All(plan.OfType<EbsVolume>(), v =>
        {
            Assert.True(v.Encrypted);
            Assert.Null(v.KmsKeyId);
            Assert.Equal(("gp3", 20, 3000, 125), (v.VolumeType, v.Size, v.Iops, v.Throughput));
        });
    }

    [Fact]
    public void A_members_volume_settings_come_from_the_spec()
    {
        var plan = Plan(
            Cluster(OnePublicZone + """

                etcdClusters:
                - name: main
                  etcdMembers:
                  - {name: one, instanceGroup: cp, volumeType: io2, volumeSize: 50, volumeIops: 5000, kmsKeyId: alias/etcd}
                """),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes());

        var volume = Assert.Single(plan.OfType<EbsVolume>());
        Assert.Equal("one.etcd-main.t.k8s.local", volume.Name);
        Assert.Equal(("io2", 50, 5000, (int?)null), (volume.VolumeType, volume.Size, volume.Iops, volume.Throughput));
        Assert.True(volume.Encrypted);
        Assert.Equal("alias/etcd", volume.KmsKeyId);
    }

    [Fact]
    public void Tags_name_the_member_all_members_and_the_group_so_its_node_finds_it()
    {
        var plan = Plan(Cluster(ThreeZones), ThreeControlPlanes);

        var tags = plan.Named<EbsVolume>("b.etcd-main.t.k8s.local").Tags.Items;
        Assert.Equal("b/a,b,c", tags["k8s.io/etcd/main"]);
        Assert.False(tags.ContainsKey("k8s.io/etcd/events"));
        Assert.Equal("cp-b", tags["kgen.dev/instancegroup"]);
        Assert.Equal("1", tags["k8s.io/role/control-plane"]);
        Assert.Equal("b.etcd-main.t.k8s.local", tags["Name"]);
    }

    [Fact]
    public void A_kops_events_cluster_gets_no_volumes_and_a_warning_and_its_backup_fields_are_read()
    {
        var spec = Cluster(ThreeZones + "\netcdClusters:\n- name: main\n  etcdMembers: [{name: a, instanceGroup: cp-a}, {name: b, instanceGroup: cp-b}, {name: c, instanceGroup: cp-c}]\n  manager: {backupInterval: 30m, backupRetentionDays: 30}\n  backups: {backupStore: file://./state/t.k8s.local/backups/etcd/main}\n"
            + "- name: events\n  etcdMembers: [{name: a, instanceGroup: cp-a}, {name: b, instanceGroup: cp-b}, {name: c, instanceGroup: cp-c}]\n");
        var output = Generator.Generator.Generate(ClusterSpec.Load(string.Concat([spec, .. ThreeControlPlanes]), "c.yaml"), Generator.Target.Terraform);

        Assert.Equal(3, output.Plan!.OfType<EbsVolume>().Count());
        Assert.DoesNotContain(output.Plan!.OfType<EbsVolume>(), v => v.Name.Contains("events", StringComparison.Ordinal));
        var warning = Assert.Single(output.Warnings, w => w.Code == DiagnosticCodes.EtcdClusterNotRun);
        Assert.Contains("etcd cluster events gets no volumes: kubeadm's stacked etcd keeps events in main", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new EtcdBackups(1800, 30), output.Plan.Cluster.EtcdClusters[0].Backups);
    }

    [Theory]
    [InlineData("manager: {backupInterval: 1m}", "spec.etcdClusters[0].manager.backupInterval", "KG3402")]
    [InlineData("manager: {backupInterval: weekly}", "spec.etcdClusters[0].manager.backupInterval", "KG3402")]
    [InlineData("manager: {backupRetentionDays: 0}", "spec.etcdClusters[0].manager.backupRetentionDays", "KG3402")]
    [InlineData("backups: {backupStore: s3://elsewhere/backups}", "spec.etcdClusters[0].backups.backupStore", "KG3401")]
    public void Backup_fields_out_of_range_or_elsewhere_are_errors_with_their_path(string field, string path, string code)
    {
        var spec = Cluster(OnePublicZone + "\netcdClusters:\n- name: main\n  etcdMembers: [{name: a, instanceGroup: cp}]\n  " + field + "\n");
        var error = Assert.Throws<SpecException>(() => ClusterSpec.Load(string.Concat(spec, ControlPlane(), Nodes()), "c.yaml").Resolve());
        Assert.Contains(error.Errors, e => e.Code == code && e.ToString().Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_volume_meets_the_conditions_under_which_control_plane_nodes_may_attach_it()
    {
        var plan = Plan(Cluster(ThreeZones), ThreeControlPlanes);
        var attach = plan.Named<IamRolePolicy>("masters.t.k8s.local").Policy.Statements
            .Where(s => s.Actions.Contains("ec2:AttachVolume") && s.Resources.Contains("arn:aws:ec2:*:*:volume/*"))
            .ToList();

        Assert.All(plan.OfType<EbsVolume>(), v => Assert.Contains(attach, s =>
            s.Conditions["StringEquals"].All(c => v.Tags.Items.TryGetValue(c.Key["aws:ResourceTag/".Length..], out var value) && c.Value.Contains(value))
            && s.Conditions["Null"].All(c => v.Tags.Items.ContainsKey(c.Key["aws:ResourceTag/".Length..]))));
    }

    [Fact]
    public void With_only_a_main_etcd_cluster_there_are_only_main_volumes_and_only_main_may_be_attached()
    {
        var plan = Plan(
            Cluster(OnePublicZone + "\netcdClusters:\n- {name: main, etcdMembers: [{name: a, instanceGroup: cp}]}"),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes());

        Assert.Equal(["a.etcd-main.t.k8s.local"], plan.OfType<EbsVolume>().Select(v => v.Name));
        var nullTags = plan.Named<IamRolePolicy>("masters.t.k8s.local").Policy.Statements
            .Where(s => s.Sid!.StartsWith("AttachEtcd", StringComparison.Ordinal))
            .SelectMany(s => s.Conditions.TryGetValue("Null", out var n) ? n.Keys : []);
        Assert.Equal(["aws:ResourceTag/k8s.io/etcd/main"], nullTags);
    }
}
