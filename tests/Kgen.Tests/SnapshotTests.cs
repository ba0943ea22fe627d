using Kgen.Generator;
using Kgen.Generator.Verification;
using Kgen.Model;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>Every supported topology's generated tree is pinned under tests/snapshots/&lt;case&gt;/.</summary>
public sealed class SnapshotTests
{
    /// <summary>Case name, spec file, SSH public key file (or null).</summary>
    public static TheoryData<string, string, string?> Cases => new()
    {
        { "minimal", Repo.Example("minimal.yaml"), Repo.ExampleKey },
        { "ha-private", Repo.Example("ha-private.yaml"), Repo.ExampleKey },
        { "public-dns", Repo.Example("public-dns.yaml"), Repo.ExampleKey },
        { "existing-vpc", Repo.Example("existing-vpc.yaml"), null },
        { "internal-api", Repo.Example("internal-api.yaml"), null },
        { "secrets-kms", Repo.Example("secrets-kms.yaml"), Repo.ExampleKey },
        { "spot-mixed-calico", Repo.Example("spot-mixed-calico.yaml"), Repo.ExampleKey },
        { "amazon-vpc-cni", Repo.Example("amazon-vpc-cni.yaml"), Repo.ExampleKey },
        { "addons-autoscaler", Repo.Example("addons-autoscaler.yaml"), Repo.ExampleKey },
        { "addons-priority-imds", Repo.Example("addons-priority-imds.yaml"), Repo.ExampleKey },
        { "addons-externaldns", Repo.Example("addons-externaldns.yaml"), Repo.ExampleKey },
        { "addons-lbc", Repo.Example("addons-lbc.yaml"), Repo.ExampleKey },
        { "kops-single-public", Repo.KopsManifest("single-public"), Repo.ExampleKey },
        { "kops-ha-dns", Repo.KopsManifest("ha-dns"), Repo.ExampleKey },
        { "kops-mixed-spot", Repo.KopsManifest("mixed-spot"), Repo.ExampleKey },
        { "kops-shared-vpc", Repo.KopsManifest("shared-vpc"), Repo.ExampleKey },
        { "kops-private-flannel", Repo.KopsManifest("private-flannel"), Repo.ExampleKey },
        { "kops-create-defaults", Repo.KopsManifest("create-defaults"), Repo.ExampleKey },
        { "kops-egress-external", Repo.KopsManifest("egress-external"), Repo.ExampleKey },
        { "kops-nat-eipalloc", Repo.KopsManifest("nat-eipalloc"), Repo.ExampleKey },
        { "kops-external-attachments", Repo.KopsManifest("external-attachments"), Repo.ExampleKey },
        { "kops-amazon-vpc", Repo.KopsManifest("amazon-vpc"), Repo.ExampleKey },
        { "kops-private-dns-outside-zone", Repo.KopsManifest("private-dns-outside-zone"), Repo.ExampleKey },
        { "kops-shared-public-subnet", Repo.KopsManifest("shared-public-subnet"), Repo.ExampleKey },
        { "kops-existing-sg", Repo.KopsManifest("existing-sg"), Repo.ExampleKey },
        { "addons-all", Repo.Example("addons-all.yaml"), Repo.ExampleKey },
        { "irsa", Repo.Example("irsa.yaml"), Repo.ExampleKey },
        { "eks-minimal", Repo.Example("eks-minimal.yaml"), null },
        { "eks-private-ha", Repo.Example("eks-private-ha.yaml"), null },
        { "eks-existing-vpc", Repo.Example("eks-existing-vpc.yaml"), null },
        { "eks-addons-identity", Repo.Example("eks-addons-identity.yaml"), null },
    };

    /// <summary>The cases whose nodes form the cluster with kubeadm (user-data, config-store secrets); EKS cases have neither.</summary>
    public static TheoryData<string, string, string?> KubeadmCases
    {
        get
        {
            var cases = new TheoryData<string, string, string?>();
            foreach (var c in Cases.Where(c => !((string)c[0]).StartsWith("eks-", StringComparison.Ordinal)))
            {
                cases.Add((string)c[0], (string)c[1], (string?)c[2]);
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_the_pinned_snapshot(string name, string spec, string? key)
    {
        // One folder per case holds both targets' output, as an operator's folder may.
        Snapshot.Verify(name, GenerateAll(spec, key));
    }

    [Fact]
    public void Every_example_has_a_snapshot_case()
    {
        var covered = Cases.Select(c => Path.GetFullPath((string)c[1])).ToHashSet();
        var examples = Directory.GetFiles(Path.Combine(Repo.Root, "examples"), "*.yaml").Select(Path.GetFullPath);
        Assert.DoesNotContain(examples, e => !covered.Contains(e));
    }

    [Fact]
    public void Every_snapshot_folder_belongs_to_a_case()
    {
        var names = Cases.Select(c => (string)c[0]).ToHashSet(StringComparer.Ordinal);
        var folders = Directory.GetDirectories(Path.Combine(Repo.Root, "tests", "snapshots")).Select(Path.GetFileName);
        Assert.DoesNotContain(folders, f => !names.Contains(f!));
    }

    /// <summary>The file of each snapshot folder that pins <c>kgen explain</c>'s report.</summary>
    internal const string ExplainFile = "explain.md";

    /// <summary>The folder of each snapshot that pins the objects the config store must hold.</summary>
    internal const string ConfigBaseFolder = "configBase/";

    internal static GeneratedOutput Generate(string specPath, string? keyPath, Target target = Target.Terraform) =>
        Generator.Generator.Generate(
            ClusterSpec.Load(File.ReadAllText(specPath), Path.GetFileName(specPath)),
            target,
            new GenerateOptions { SshPublicKey = keyPath is null ? null : File.ReadAllText(keyPath) });

    /// <summary>The files of every target, in one tree (the targets own disjoint entries).</summary>
    internal static SortedDictionary<string, string> GenerateAll(string specPath, string? keyPath)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var target in Enum.GetValues<Target>())
        {
            var output = Generate(specPath, keyPath, target);
            foreach (var (path, content) in output.Files)
            {
                files.Add(path, content);
            }

            // What the config store must hold (the node scripts), pinned for every store and target: for Terraform with
            // an S3 store they are in data/ too, otherwise kgen writes them into the store.
            foreach (var o in output.ConfigBaseObjects)
            {
                files.TryAdd(ConfigBaseFolder + o.Key, o.Content);
            }

            // What kgen explain prints for the cluster: the proof that it forms, reviewed with the output.
            files.TryAdd(ExplainFile, ExplainReport.Markdown(output.Plan!, output.Verification!));
        }

        return files;
    }
}
