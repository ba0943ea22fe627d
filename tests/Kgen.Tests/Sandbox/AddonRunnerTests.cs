using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Kgen.Generator;
using Kgen.Generator.Addons;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Sandbox;

/// <summary>
/// The add-on runner (templates/userdata/addons.sh.sbn) in a sandbox: kgen's rendered add-ons as delivered, stand-ins
/// for curl (serving each upstream URL from a folder) and kubectl (recording each apply, failing when told).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AddonRunnerTests : IDisposable
{
    private const string KubectlStandIn = """
        #!/bin/bash
        printf 'kubectl %s\n' "$*" >> "${KGEN_SANDBOX}/calls.log"
        dir=${*: -1}
        if [[ -e "${KGEN_SANDBOX}/fail-${dir##*/}" ]]; then
          echo "error: the server could not find the requested resource" >&2
          exit 1
        fi
        ls "$dir" > "${KGEN_SANDBOX}/applied-${dir##*/}"
        """;

    private const string CurlStandIn = """
        #!/bin/bash
        out= url=
        while (($# > 0)); do
          case "$1" in
            -o) out=$2; shift ;;
            https://* | http://169.254.169.254/*) url=$1 ;;
          esac
          shift
        done
        case "$url" in
          */latest/api/token) echo "imds-token"; exit 0 ;;
          */latest/meta-data/iam/info) printf '{\n  "Code" : "Success",\n  "InstanceProfileArn" : "arn:aws:iam::123456789012:instance-profile/masters.sandbox.k8s.local"\n}\n'; exit 0 ;;
        esac
        printf 'curl %s\n' "$url" >> "${KGEN_SANDBOX}/calls.log"
        key=${url#https://}
        key=${key//\//_}
        [[ -f "${KGEN_SANDBOX}/web/${key}" ]] || { echo "curl: (22) The requested URL returned error: 404" >&2; exit 22; }
        cp "${KGEN_SANDBOX}/web/${key}" "$out"
        """;

    private const string AwsStandIn = """
        #!/bin/bash
        printf 'aws %s\n' "$*" >> "${KGEN_SANDBOX}/calls.log"
        [[ "$1 $2" == "ssm get-parameter" ]] || { echo "aws: unexpected call" >&2; exit 2; }
        [[ -f "${KGEN_SANDBOX}/index" ]] || { echo "An error occurred (ParameterNotFound) when calling the GetParameter operation" >&2; exit 254; }
        cat "${KGEN_SANDBOX}/index"
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("kgen-addons-").FullName;

    private string Root => Path.Combine(_dir, "root");

    private string Config => Path.Combine(_dir, "store");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void First_install_applies_every_add_on_in_order_with_upstreams_files_beside_kgens_kustomization()
    {
        var addons = Deliver("v1.34.2");
        var (exit, output) = Run();
        Assert.True(exit == 0, output);
        Assert.Equal(
            ["aws-cloud-controller-manager", "aws-ebs-csi-driver", "metrics-server"],
            Applies().Select(a => a.Split('/')[^1]));
        Assert.All(Applies(), a => Assert.StartsWith("kubectl apply --server-side --force-conflicts --field-manager=kgen-addons -k ", a, StringComparison.Ordinal));
        foreach (var a in addons)
        {
            var listed = File.ReadAllLines(Path.Combine(_dir, "applied-" + a.Name));
            var release = AddonCatalog.Release(a.Kind, "1.34.2");
            Assert.Equal(release.Files.Select(f => f.FileName).Concat(a.Files.Select(f => f.Name)).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
            Assert.Equal(a.Digest + "\n", File.ReadAllText(Path.Combine(Root, "var", "lib", "kgen", "addons", "applied", a.Name)));
        }

        Assert.Contains("every add-on is applied", output, StringComparison.Ordinal);
        Assert.Equal("aws ssm get-parameter --region eu-west-1 --name /kgen/sandbox.k8s.local/addons --query Parameter.Value --output text", Calls()[0]);
    }

    [Fact]
    public void The_instances_account_fills_what_kgen_could_not_know_in_the_applied_copy_only()
    {
        var addons = Deliver("v1.34.2", "\nnodeTerminationHandler: {enabled: true}");
        var nth = addons.Single(a => a.Kind == AddonKind.NodeTerminationHandler);
        Assert.Contains(nth.Files, f => f.Content.Contains("@@ACCOUNT_ID@@", StringComparison.Ordinal));
        var (exit, output) = Run();
        Assert.True(exit == 0, output);
        var applied = string.Concat(Directory.GetFiles(Path.Combine(Root, "var", "lib", "kgen", "addons", "work", nth.Name)).Select(File.ReadAllText));
        Assert.Contains("https://sqs.eu-west-1.amazonaws.com/123456789012/", applied, StringComparison.Ordinal);
        Assert.DoesNotContain("@@ACCOUNT_ID@@", applied, StringComparison.Ordinal);
        Assert.All(nth.Files, f => Assert.Equal(f.Content, File.ReadAllText(Path.Combine(Config, nth.Key(f)))));
        Assert.Equal(nth.Digest + "\n", File.ReadAllText(Path.Combine(Root, "var", "lib", "kgen", "addons", "applied", nth.Name)));
    }

    [Fact]
    public void Without_its_index_the_runner_says_which_parameter_it_could_not_read()
    {
        Deliver("v1.34.2");
        File.Delete(Path.Combine(_dir, "index"));
        var (exit, output) = Run();
        Assert.Equal(1, exit);
        Assert.Contains("FATAL: cannot read the add-ons' index, SSM parameter /kgen/sandbox.k8s.local/addons in eu-west-1", output, StringComparison.Ordinal);
        Assert.Empty(Applies());
    }

    [Fact]
    public void An_add_on_whose_files_are_not_in_the_store_yet_is_named_and_tried_again()
    {
        var addons = Deliver("v1.34.2");
        var ebs = addons.Single(a => a.Kind == AddonKind.EbsCsiDriver);
        Directory.Delete(Path.GetDirectoryName(Path.Combine(Config, ebs.Key(ebs.Files[0])))!, recursive: true);
        var (exit, output) = Run();
        Assert.Equal(1, exit);
        Assert.Contains($"FATAL: aws-ebs-csi-driver: cannot read file://{Config}/addons/aws-ebs-csi-driver/{ebs.Digest}/", output, StringComparison.Ordinal);
        Assert.Equal(["aws-cloud-controller-manager", "metrics-server"], Applies().Select(a => a.Split('/')[^1]));
    }

    [Fact]
    public void A_second_run_with_nothing_changed_downloads_and_applies_nothing()
    {
        Deliver("v1.34.2");
        Assert.Equal(0, Run().Exit);
        var before = Calls().Count;
        var (exit, output) = Run();
        Assert.True(exit == 0, output);
        Assert.Equal(["aws ssm get-parameter"], Calls().Skip(before).Select(c => string.Join(' ', c.Split(' ')[..3])));
        Assert.Contains("aws-cloud-controller-manager v1.34.3: unchanged, not applied again", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_change_re_applies_only_that_add_on()
    {
        Deliver("v1.34.2");
        Assert.Equal(0, Run().Exit);
        var before = Calls().Count;

        // 1.35: the cloud controller manager follows the minor; the EBS driver and metrics-server keep their releases.
        Deliver("v1.35.0");
        var (exit, output) = Run();
        Assert.True(exit == 0, output);
        var calls = Calls().Skip(before).ToList();
        Assert.Equal(["aws-cloud-controller-manager"], calls.Where(c => c.StartsWith("kubectl", StringComparison.Ordinal)).Select(c => c.Split('/')[^1]));
        Assert.All(calls.Where(c => c.StartsWith("curl", StringComparison.Ordinal)), c => Assert.Contains("/cloud-provider-aws/v1.35.2/", c, StringComparison.Ordinal));
        Assert.Contains("applying aws-cloud-controller-manager v1.35.2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_install_is_named_the_others_go_on_and_the_next_run_tries_it_again()
    {
        Deliver("v1.34.2");
        File.WriteAllText(Path.Combine(_dir, "fail-aws-ebs-csi-driver"), string.Empty);
        var (exit, output) = Run();
        Assert.Equal(1, exit);
        Assert.Contains("FATAL: aws-ebs-csi-driver: kubectl apply failed", output, StringComparison.Ordinal);
        Assert.Contains("add-ons that failed (tried again on the next run): aws-ebs-csi-driver", output, StringComparison.Ordinal);
        Assert.Equal(["aws-cloud-controller-manager", "aws-ebs-csi-driver", "metrics-server"], Applies().Select(a => a.Split('/')[^1]));
        Assert.False(File.Exists(Path.Combine(Root, "var", "lib", "kgen", "addons", "applied", "aws-ebs-csi-driver")));

        File.Delete(Path.Combine(_dir, "fail-aws-ebs-csi-driver"));
        var before = Applies().Count;
        var again = Run();
        Assert.True(again.Exit == 0, again.Output);
        Assert.Equal(["aws-ebs-csi-driver"], Applies().Skip(before).Select(a => a.Split('/')[^1]));
    }

    [Fact]
    public void An_upstream_file_whose_digest_differs_stops_that_add_on_only()
    {
        var addons = Deliver("v1.34.2");
        var release = AddonCatalog.Release(AddonKind.MetricsServer, "1.34.2");
        var tampered = release.Url(release.Files[1]);
        File.WriteAllText(Path.Combine(_dir, "web", Key(tampered)), "kind: Deployment # not what upstream released\n");
        var (exit, output) = Run();
        Assert.Equal(1, exit);
        Assert.Contains($"FATAL: metrics-server: {tampered} has SHA-256 ", output, StringComparison.Ordinal);
        Assert.Contains("nothing of metrics-server is applied", output, StringComparison.Ordinal);
        Assert.Equal(["aws-cloud-controller-manager", "aws-ebs-csi-driver"], Applies().Select(a => a.Split('/')[^1]));
        Assert.DoesNotContain(addons, a => a.Name == "metrics-server" && File.Exists(Path.Combine(Root, "var", "lib", "kgen", "addons", "applied", a.Name)));
    }

    [Fact]
    public void A_folder_that_is_not_the_one_the_index_names_is_not_applied()
    {
        var ccm = Deliver("v1.34.2")[0];
        File.AppendAllText(Path.Combine(Config, ccm.Key(ccm.Files.Single(f => f.Name == "kustomization.yaml"))), "# changed after kgen rendered it\n");
        var (exit, output) = Run();
        Assert.Equal(1, exit);
        Assert.Contains("FATAL: aws-cloud-controller-manager: its files have digest", output, StringComparison.Ordinal);
        Assert.Equal(["aws-ebs-csi-driver", "metrics-server"], Applies().Select(a => a.Split('/')[^1]));
    }

    /// <summary>
    /// Renders a cluster's add-ons (metrics-server on) and delivers them as the config store would, with the stand-in
    /// web serving bytes whose SHA-256 each add-on's sources name (kgen's pinned digests are upstream's bytes'; here the
    /// sources carry the stand-in bytes' digests, and the index the folders' digests computed by kgen's own code).
    /// </summary>
    private List<RenderedAddon> Deliver(string kubernetesVersion, string extra = "")
    {
        var cluster = Resolve(Cluster(OnePublicZone + $"\nkubernetesVersion: {kubernetesVersion}\nmetricsServer: {{enabled: true}}" + extra, "sandbox.k8s.local"));
        Directory.CreateDirectory(Path.Combine(_dir, "web"));
        var delivered = new List<RenderedAddon>();
        foreach (var a in AddonBuilder.Build(cluster))
        {
            var release = AddonCatalog.Release(a.Kind, cluster.KubernetesVersion);
            var sources = new StringBuilder();
            foreach (var f in release.Files)
            {
                var bytes = $"# stand-in for {release.Url(f)}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {f.FileName.Replace('.', '-')}\n";
                File.WriteAllText(Path.Combine(_dir, "web", Key(release.Url(f))), bytes);
                sources.Append(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bytes)))).Append(' ').Append(f.FileName).Append(' ').Append(release.Url(f)).Append('\n');
            }

            var addon = a with { Files = [.. a.Files.Select(f => f.Name == AddonBuilder.SourcesFile ? f with { Content = sources.ToString() } : f)] };
            foreach (var f in addon.Files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Config, addon.Key(f)))!);
                File.WriteAllText(Path.Combine(Config, addon.Key(f)), f.Content);
            }

            delivered.Add(addon);
        }

        File.WriteAllText(Path.Combine(_dir, "index"), AddonBuilder.Index([.. delivered]));
        var bin = Path.Combine(Root, "usr", "bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "kubectl"), KubectlStandIn.ReplaceLineEndings("\n") + "\n");
        File.WriteAllText(Path.Combine(bin, "curl"), CurlStandIn.ReplaceLineEndings("\n") + "\n");
        File.WriteAllText(Path.Combine(bin, "aws"), AwsStandIn.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(Path.Combine(bin, "aws"), (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.Combine(bin, "kubectl"), (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.Combine(bin, "curl"), (UnixFileMode)0b111_101_101);
        File.WriteAllText(Path.Combine(_dir, "kgen-addons"), AddonBuilder.Runner(cluster, TemplateSet.Default));
        return delivered;
    }

    private static string Key(string url) => url["https://".Length..].Replace('/', '_');

    private (int Exit, string Output) Run()
    {
        var psi = new ProcessStartInfo("bash", [Path.Combine(_dir, "kgen-addons")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir,
        };
        psi.Environment.Clear();
        psi.Environment["PATH"] = "/usr/bin:/bin";
        psi.Environment["HOME"] = _dir;
        psi.Environment["LANG"] = "C.UTF-8";
        psi.Environment["KGEN_ROOT"] = Root;
        psi.Environment["KGEN_SANDBOX"] = _dir;
        psi.Environment["KGEN_CONFIG_BASE"] = "file://" + Config;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the runner did not finish in 60 s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private List<string> Calls() => File.Exists(Path.Combine(_dir, "calls.log")) ? [.. File.ReadAllLines(Path.Combine(_dir, "calls.log"))] : [];

    private List<string> Applies() => [.. Calls().Where(c => c.StartsWith("kubectl apply", StringComparison.Ordinal))];
}
