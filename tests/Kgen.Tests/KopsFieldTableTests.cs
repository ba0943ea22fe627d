using System.Reflection;
using Kgen.Model;
using Kgen.Model.Formats;
using Kgen.Model.Spec;
using Kgen.Tests.Support;
using YamlDotNet.Serialization;

namespace Kgen.Tests;

/// <summary>The kops field table: complete, consistent with what the loader binds, documented, and applied on load.</summary>
public sealed class KopsFieldTableTests
{
    private static readonly string[] Documents = ["Cluster", "InstanceGroup"];

    [Fact]
    public void Every_kops_field_has_a_decision()
    {
        foreach (var document in Documents)
        {
            Assert.True(KopsFieldTable.Fields(document).Length > 100, document);
            Assert.All(KopsFieldTable.Fields(document), f => Assert.NotNull(KopsFieldTable.Decide(document, f)));
        }
    }

    [Fact]
    public void Every_row_names_a_kops_field_once()
    {
        Assert.All(KopsFieldTable.Rules, r =>
            Assert.True(KopsFieldTable.IsKopsField(r.Document, r.Path.EndsWith(".*", StringComparison.Ordinal) ? r.Path[..^2] : r.Path), $"{r.Document} {r.Path}"));
        Assert.Equal(KopsFieldTable.Rules.Length, KopsFieldTable.Rules.Select(r => (r.Document, r.Path)).Distinct().Count());
        Assert.All(KopsFieldTable.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Note), r.Path));
    }

    [Fact]
    public void Implemented_and_mapped_fields_are_the_ones_the_loader_binds()
    {
        foreach (var (document, type) in new[] { ("Cluster", typeof(ClusterSpecDto)), ("InstanceGroup", typeof(InstanceGroupSpecDto)) })
        {
            var bound = Bound(type, "spec").ToHashSet(StringComparer.Ordinal);
            foreach (var field in KopsFieldTable.Fields(document))
            {
                var decision = KopsFieldTable.Decide(document, field)!.Decision;
                var honoured = decision is KopsFieldDecision.Implemented or KopsFieldDecision.Mapped;
                Assert.True(honoured == bound.Contains(field), $"{document} {field}: {decision}, {(bound.Contains(field) ? "bound" : "not bound")}");
            }
        }
    }

    [Fact]
    public void The_compatibility_document_is_generated_from_the_table()
    {
        var path = Path.Combine(Repo.Root, "docs", "kops-compatibility.md");
        var expected = KopsCompatibilityDoc.Render();
        if (Environment.GetEnvironmentVariable("KGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/kops-compatibility.md is missing; run with KGEN_ACCEPT_SNAPSHOTS=1");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == expected, "docs/kops-compatibility.md is stale; regenerate it with KGEN_ACCEPT_SNAPSHOTS=1 dotnet test --filter FullyQualifiedName~KopsFieldTableTests");
    }

    [Fact]
    public void Add_on_fields_are_ignored_naming_the_add_on_issue()
    {
        foreach (var field in new[] { "spec.nodeProblemDetector", "spec.snapshotController", "spec.karpenter" })
        {
            var rule = KopsFieldTable.Decide("Cluster", field)!;
            Assert.Equal(KopsFieldDecision.Ignored, rule.Decision);
            Assert.Contains(KopsFieldTable.AddonIssue, rule.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_full_form_of_a_kops_created_cluster_loads_with_one_warning_per_reason()
    {
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.KopsManifest("create-defaults")), "create-defaults.yaml");
        var warnings = spec.IgnoredKopsFields.Select(w => w.ToString()).ToList();
        Assert.All(spec.IgnoredKopsFields, w => Assert.Equal(DiagnosticCodes.KopsFieldIgnored, w.Code));
        Assert.Contains(warnings, w => w.Contains("spec.kubeAPIServer.", StringComparison.Ordinal) && w.Contains("accepted and ignored: kops' other kube-apiserver flags", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("spec.etcdClusters[].version: accepted and ignored", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("spec.cloudControllerManager.image: accepted and ignored: kgen runs upstream's DaemonSet of the release", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("spec.cloudConfig.awsEBSCSIDriver.version: accepted and ignored", StringComparison.Ordinal));

        // etcdClusters[].cpuRequest is written twice (main and events) and reported once.
        Assert.Single(warnings, w => w.Contains("spec.etcdClusters[].cpuRequest", StringComparison.Ordinal));

        // The kubelet fields that share a reason share a line.
        var kubelet = Assert.Single(warnings, w => w.Contains("spec.kubelet.cgroupDriver", StringComparison.Ordinal));
        Assert.Contains("spec.kubelet.shutdownGracePeriod", kubelet, StringComparison.Ordinal);
        Assert.Equal(warnings.Count, warnings.Distinct().Count());
    }

    [Fact]
    public void Warnings_do_not_change_the_exit_code_and_strict_refuses_ignored_fields_writing_nothing()
    {
        using var dir = new TempDir();
        var spec = Path.Combine(dir.Path, "cluster.yaml");
        File.WriteAllText(spec, File.ReadAllText(Repo.KopsManifest("single-public")).Replace("  channel: stable\n", "  channel: stable\n  kubeProxy:\n    logLevel: 2\n", StringComparison.Ordinal));
        var (exit, _, err) = CliRunner.Run("-f", spec, "--target=terraform", "--out=" + Path.Combine(dir.Path, "out"));
        Assert.True(exit == 0, err);
        Assert.Contains("kops fields accepted and ignored", err, StringComparison.Ordinal);
        Assert.Single(err.Split('\n'), l => l.Contains("spec.kubeProxy.logLevel: accepted and ignored", StringComparison.Ordinal));
        Assert.Single(err.Split('\n'), l => l.Contains("spec.channel: accepted and ignored", StringComparison.Ordinal));

        var strictOut = Path.Combine(dir.Path, "strict");
        (exit, _, err) = CliRunner.Run("-f", spec, "--strict", "--target=terraform", "--out=" + strictOut);
        Assert.Equal(1, exit);
        Assert.Contains("spec.kubeProxy.logLevel: kops field spec.kubeProxy.logLevel would be accepted and ignored", err, StringComparison.Ordinal);
        Assert.Contains("--strict refuses ignored fields", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(strictOut));
    }

    [Theory]
    [InlineData("  kubeAPISever:\n    logLevel: 2\n", "spec.kubeAPISever", "did you mean \"kubeAPIServer\"?")]
    [InlineData("  kubeAPIServer:\n    logLevl: 2\n", "spec.kubeAPIServer.logLevl", "did you mean \"logLevel\"?")]
    [InlineData("  egressProxy:\n    httpProxy:\n      host: proxy.example.org\n", "spec.egressProxy", "kops field spec.egressProxy is not supported: kgen's nodes reach the internet directly")]
    [InlineData("  authorization:\n    alwaysAllow: {}\n", "spec.authorization.alwaysAllow", "every request would be allowed")]
    [InlineData("  networking:\n    weave: {}\n", "spec.networking.weave", "a CNI kgen does not install")]
    [InlineData("  masterInternalName: api.other.example.org\n", "spec.masterInternalName", "kgen's nodes reach the API at api.internal.single.kops.example.org")]
    [InlineData("  clusterDNSDomain: corp.local\n", "spec.clusterDNSDomain", "kgen's clusters use cluster.local")]
    [InlineData("  addons:\n  - manifest: s3://my-bucket/addons/mine.yaml\n", "spec.addons", "kops field spec.addons is not supported: kops' channel manifests")]
    [InlineData("  addons:\n  - manifest: kubernetes-dashboard\n", "spec.addons", "apply your manifests with kubectl or your GitOps tool once the cluster is up")]
    public void Refused_fields_and_fields_kops_does_not_have_are_errors_with_their_place(string addition, string path, string message)
    {
        var yaml = File.ReadAllText(Repo.KopsManifest("single-public")).Replace("  cloudProvider: aws\n", "  cloudProvider: aws\n" + addition.Replace("  networking:\n    weave: {}\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        if (addition.Contains("weave", StringComparison.Ordinal))
        {
            yaml = yaml.Replace("    cni: {}\n", "    weave: {}\n", StringComparison.Ordinal);
        }

        var e = Assert.Throws<SpecException>(() => ClusterSpec.Load(yaml, "c.yaml").Validate());
        Assert.Contains(e.Errors, d => d.ToString().Contains(path, StringComparison.Ordinal) && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Additional_objects_beside_a_kops_manifest_are_ignored_with_a_warning()
    {
        var yaml = File.ReadAllText(Repo.KopsManifest("single-public")) + "\n---\napiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\nprofiles: []\n";
        var spec = ClusterSpec.Load(yaml, "c.yaml");
        Assert.Contains(spec.IgnoredKopsFields, w => w.ToString().Contains("KubeSchedulerConfiguration (kubescheduler.config.k8s.io/v1): accepted and ignored: an additional object", StringComparison.Ordinal));
        var e = Assert.Throws<SpecException>(() => ClusterSpec.Load(yaml, "c.yaml", strict: true));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.KopsFieldIgnored);
    }

    [Fact]
    public void Kgens_own_format_does_not_accept_kops_only_fields()
    {
        var yaml = File.ReadAllText(Repo.Example("minimal.yaml")).Replace("  kubernetesVersion:", "  channel: stable\n  kubernetesVersion:", StringComparison.Ordinal);
        var e = Assert.Throws<SpecException>(() => ClusterSpec.Load(yaml, "m.yaml"));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.UnknownField && d.ToString().Contains("spec.channel", StringComparison.Ordinal));
    }

    /// <summary>The kops paths the DTOs bind (YAML names, <c>[]</c> for list items).</summary>
    private static IEnumerable<string> Bound(Type type, string prefix)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var name = p.GetCustomAttribute<YamlMemberAttribute>()?.Alias ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..];
            var path = $"{prefix}.{name}";
            yield return path;
            var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>))
            {
                var item = t.GetGenericArguments()[0];
                if (item.Namespace == typeof(ClusterSpecDto).Namespace)
                {
                    foreach (var child in Bound(item, path + "[]"))
                    {
                        yield return child;
                    }
                }
            }
            else if (t.Namespace == typeof(ClusterSpecDto).Namespace && t.IsClass)
            {
                foreach (var child in Bound(t, path))
                {
                    yield return child;
                }
            }
        }
    }
}
