using System.Diagnostics;
using Kgen.Generator.Addons;
using Kgen.Tests.Support;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>
/// Every add-on of <see cref="AddonCatalog"/>, rendered for every Kubernetes minor the catalog has a release for, passes
/// the conformance gate's add-on check (<c>conformance/check-addons.mjs</c>: kustomization, sources, objects against
/// the API schema of that minor, pinned images). Only kgen's own files are judged; nothing is downloaded.
/// </summary>
public sealed class AddonConformanceTests
{
    private const string KmsKey = "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    /// <summary>Every add-on on, with every option that changes what kgen renders.</summary>
    private const string EveryAddon =
        "\nconfigBase: s3://b/t.k8s.local" +
        "\nconfigStoreEncryption: {kmsKey: \"" + KmsKey + "\"}" +
        "\nmetricsServer: {enabled: true, insecure: true}" +
        "\ncloudConfig: {awsEBSCSIDriver: {enabled: true, volumeAttachLimit: 25}}" +
        "\nawsLoadBalancerController: {enabled: true, enableWAF: true, enableWAFv2: true, enableShield: true, cpuLimit: 300m}" +
        "\ncertManager: {enabled: true, defaultIssuer: letsencrypt, nameservers: [1.1.1.1], hostedZoneIDs: [Z0123456789ABCDEFGHIJ], featureGates: {ExperimentalGatewayAPISupport: true}}" +
        "\ncloudControllerManager: {logLevel: 4, concurrentNodeSyncs: 3, clusterCIDR: 100.96.0.0/11, allocateNodeCIDRs: true, controllers: [\"*\", \"-route\"]}";

    public static TheoryData<int> Minors()
    {
        var minors = new TheoryData<int>();
        foreach (var minor in AddonCatalog.CloudControllerManager.Keys)
        {
            minors.Add(minor);
        }

        return minors;
    }

    [Theory]
    [MemberData(nameof(Minors))]
    public void Every_addon_renders_files_the_conformance_check_passes(int minor)
    {
        foreach (var spec in new[] { "", EveryAddon })
        {
            var addons = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + $"\nkubernetesVersion: v1.{minor}.0" + spec)));
            Assert.NotEmpty(addons);
            using var dir = new TempDir();
            Write(dir.Path, addons);
            var (exit, stdout, stderr) = CheckAddons(minor, dir.Path);
            Assert.True(exit == 0 && stdout.Length == 0, $"Kubernetes 1.{minor}{(spec.Length > 0 ? " with every add-on" : "")}: check-addons exited {exit}:\n{stdout}{stderr}");
            Assert.Contains($"{addons.Length} add-on(s)", stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_check_fails_on_a_storage_class_with_a_field_of_the_wrong_type()
    {
        // The control: the same wiring rejects what the API server would (so the theory above can fail).
        var addons = AddonBuilder.Build(Resolve(Cluster(OnePublicZone)));
        var ebs = addons.Single(a => a.Kind == AddonKind.EbsCsiDriver);
        var broken = ebs with { Files = [.. ebs.Files.Select(f => f.Name == "storageclass.yaml" ? f with { Content = f.Content.Replace("allowVolumeExpansion: true", "allowVolumeExpansion: \"yes\"", StringComparison.Ordinal) } : f)] };
        using var dir = new TempDir();
        Write(dir.Path, [.. addons.Select(a => a.Kind == AddonKind.EbsCsiDriver ? broken : a)]);
        var (exit, stdout, _) = CheckAddons(34, dir.Path);
        Assert.Equal(1, exit);
        var problem = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith($"/{broken.Digest}/storageclass.yaml:12: document 1 (StorageClass gp3) .allowVolumeExpansion: must be boolean", problem, StringComparison.Ordinal);
    }

    /// <summary>
    /// The add-ons as an output folder pins them: their files in <c>configBase/addons/NAME/DIGEST/</c>, and the index in
    /// the SSM parameter of a <c>cloudformation.json</c> (the one resource check-addons reads of it).
    /// </summary>
    internal static void Write(string root, IReadOnlyList<RenderedAddon> addons)
    {
        foreach (var a in addons)
        {
            var d = Path.Combine(root, "configBase", "addons", a.Name, a.Digest);
            Directory.CreateDirectory(d);
            foreach (var f in a.Files)
            {
                File.WriteAllText(Path.Combine(d, f.Name), f.Content);
            }
        }

        var index = new System.Text.Json.Nodes.JsonObject
        {
            ["Resources"] = new System.Text.Json.Nodes.JsonObject
            {
                ["AddonsIndex"] = new System.Text.Json.Nodes.JsonObject
                {
                    ["Type"] = "AWS::SSM::Parameter",
                    ["Properties"] = new System.Text.Json.Nodes.JsonObject { ["Name"] = "/kgen/t.k8s.local/addons", ["Type"] = "String", ["Value"] = AddonBuilder.Index([.. addons]) },
                },
            },
        };
        File.WriteAllText(Path.Combine(root, "cloudformation.json"), index.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    internal static (int Exit, string Out, string Err) CheckAddons(int minor, string dir)
    {
        var conformance = Path.Combine(Repo.Root, "conformance");
        if (!Directory.Exists(Path.Combine(conformance, "node_modules", "kubernetes-models")))
        {
            throw new InvalidOperationException("the conformance checks are not installed: run (cd conformance && npm ci); ./test.sh and .ci/run do it");
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(conformance, "check-addons.mjs"), "--kubernetes-version", $"1.{minor}", dir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
