using Kgen.Generator.Addons;
using Kgen.Model;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>What kgen renders of each add-on: which are on, the release for the cluster's version, kgen's kustomization, the StorageClass.</summary>
public sealed class AddonBuilderTests
{
    [Fact]
    public void By_default_the_ccm_and_the_ebs_csi_driver_are_on_and_metrics_server_is_off()
    {
        var addons = AddonBuilder.Build(Resolve(Cluster(OnePublicZone)));
        Assert.Equal(["aws-cloud-controller-manager", "aws-ebs-csi-driver"], addons.Select(a => a.Name));
        Assert.All(addons, a => Assert.Equal(["kustomization.yaml", "sources", .. a.Kind == AddonKind.EbsCsiDriver ? ["storageclass.yaml"] : Array.Empty<string>()], a.Files.Select(f => f.Name)));
        Assert.StartsWith("aws-cloud-controller-manager ", AddonBuilder.Index(addons), StringComparison.Ordinal);
        Assert.All(addons, a => Assert.All(a.Files, f => Assert.Equal($"addons/{a.Name}/{a.Digest}/{f.Name}", a.Key(f))));
    }

    [Fact]
    public void The_kops_fields_turn_the_driver_and_storage_class_off_and_metrics_server_on()
    {
        var off = Resolve(Cluster(OnePublicZone + "\ncloudConfig: {awsEBSCSIDriver: {enabled: false}}\nmetricsServer: {enabled: true, insecure: true}"));
        var addons = AddonBuilder.Build(off);
        Assert.Equal(["aws-cloud-controller-manager", "metrics-server"], addons.Select(a => a.Name));
        Assert.Contains("--kubelet-insecure-tls", File(addons, AddonKind.MetricsServer, "kustomization.yaml"), StringComparison.Ordinal);

        var noClass = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\ncloudConfig: {manageStorageClasses: false}")));
        Assert.DoesNotContain(noClass.Single(a => a.Kind == AddonKind.EbsCsiDriver).Files, f => f.Name == "storageclass.yaml");
    }

    [Theory]
    [InlineData("v1.29.4", "v1.29.10", "v0.7.2")]
    [InlineData("v1.32.1", "v1.32.8", "v0.8.1")]
    [InlineData("v1.34.2", "v1.34.3", "v0.9.0")]
    [InlineData("v1.36.0", "v1.36.1", "v0.9.0")]
    [InlineData("v1.37.0", "v1.36.1", "v0.9.0")]
    public void The_ccm_and_metrics_server_releases_follow_the_kubernetes_minor(string kubernetes, string ccm, string metrics)
    {
        var addons = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + $"\nkubernetesVersion: {kubernetes}\nmetricsServer: {{enabled: true}}")));
        Assert.Equal(ccm, addons.Single(a => a.Kind == AddonKind.CloudControllerManager).Version);
        Assert.Equal(metrics, addons.Single(a => a.Kind == AddonKind.MetricsServer).Version);
        Assert.Contains($"https://raw.githubusercontent.com/kubernetes/cloud-provider-aws/{ccm}/examples/existing-cluster/base/cluster-role.yaml", File(addons, AddonKind.CloudControllerManager, "sources"), StringComparison.Ordinal);
        Assert.Contains($"newTag: {ccm}\n", File(addons, AddonKind.CloudControllerManager, "kustomization.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_ccm_runs_with_kops_flags_on_the_control_plane()
    {
        var c = Resolve(Cluster(OnePublicZone + "\ncloudControllerManager: {logLevel: 4, concurrentNodeSyncs: 3, leaderElection: {leaderElect: true}}", "acme.k8s.local"));
        var k = File(AddonBuilder.Build(c), AddonKind.CloudControllerManager, "kustomization.yaml");
        Assert.Contains("\"--cluster-name=acme.k8s.local\"", k, StringComparison.Ordinal);
        Assert.Contains("\"--configure-cloud-routes=false\"", k, StringComparison.Ordinal);
        Assert.Contains("\"--v=4\"", k, StringComparison.Ordinal);
        Assert.Contains("\"--concurrent-node-syncs=3\"", k, StringComparison.Ordinal);
        Assert.Contains("\"key\": \"node-role.kubernetes.io/control-plane\", \"operator\": \"Exists\", \"effect\": \"NoSchedule\"", k, StringComparison.Ordinal);
        Assert.Contains("node.cloudprovider.kubernetes.io/uninitialized", k, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_storage_class_is_gp3_encrypted_with_the_clusters_key_bound_where_the_pod_lands()
    {
        const string Key = "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
        var plain = File(AddonBuilder.Build(Resolve(Cluster(OnePublicZone))), AddonKind.EbsCsiDriver, "storageclass.yaml");
        Assert.Contains("type: gp3\n", plain, StringComparison.Ordinal);
        Assert.Contains("encrypted: \"true\"\n", plain, StringComparison.Ordinal);
        Assert.Contains("volumeBindingMode: WaitForFirstConsumer\n", plain, StringComparison.Ordinal);
        Assert.Contains("storageclass.kubernetes.io/is-default-class: \"true\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("kmsKeyId", plain, StringComparison.Ordinal);

        var kms = File(AddonBuilder.Build(Resolve(Cluster(OnePublicZone + $"\nconfigBase: s3://b/t.k8s.local\nconfigStoreEncryption: {{kmsKey: \"{Key}\"}}"))), AddonKind.EbsCsiDriver, "storageclass.yaml");
        Assert.Contains($"kmsKeyId: \"{Key}\"\n", kms, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_upstream_file_is_listed_as_a_resource_and_in_the_sources_with_its_digest()
    {
        var addons = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\nmetricsServer: {enabled: true}")));
        foreach (var a in addons)
        {
            var release = AddonCatalog.Release(a.Kind, "1.34.2");
            var sources = File(addons, a.Kind, "sources").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(release.Files.Select(f => $"{f.Sha256} {f.FileName} {release.Url(f)}"), sources);
            var k = File(addons, a.Kind, "kustomization.yaml");
            Assert.All(release.Files, f => Assert.Contains($"\n- {f.FileName}\n", k, StringComparison.Ordinal));
            Assert.All(release.Files, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
        }
    }

    [Fact]
    public void The_digest_changes_with_the_content_and_only_for_that_add_on()
    {
        var before = AddonBuilder.Build(Resolve(Cluster(OnePublicZone)));
        var after = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\ncloudConfig: {awsEBSCSIDriver: {volumeAttachLimit: 20}}")));
        Assert.Equal(before[0].Digest, after[0].Digest);
        Assert.NotEqual(before[1].Digest, after[1].Digest);
        Assert.Equal(before[1].Digest, AddonBuilder.Build(Resolve(Cluster(OnePublicZone)))[1].Digest);
    }

    [Theory]
    [InlineData("cloudControllerManager: {configureCloudRoutes: true}", "spec.cloudControllerManager.configureCloudRoutes")]
    [InlineData("cloudControllerManager: {logLevel: 11}", "spec.cloudControllerManager.logLevel")]
    [InlineData("cloudControllerManager: {clusterCIDR: nonsense}", "spec.cloudControllerManager.clusterCIDR")]
    [InlineData("cloudConfig: {awsEBSCSIDriver: {volumeAttachLimit: 0}}", "spec.cloudConfig.awsEBSCSIDriver.volumeAttachLimit")]
    public void A_setting_kgen_cannot_honour_is_an_error_at_its_path(string line, string path)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\n" + line)));
        Assert.Contains(e.Errors, d => d.ToString().Contains(path, StringComparison.Ordinal));
    }

    private static string File(IEnumerable<RenderedAddon> addons, AddonKind kind, string name) =>
        addons.Single(a => a.Kind == kind).Files.Single(f => f.Name == name).Content;
}
