using System.Text.RegularExpressions;
using Kgen.Generator.Builders;
using Kgen.Model.Defaults;
using Kgen.Tests.Support;

namespace Kgen.Tests.Builders;

/// <summary>The table of pinned boot downloads: every row verifiable, and every URL a node script uses taken from it.</summary>
public sealed partial class BootstrapVersionsTests
{
    [Fact]
    public void Every_row_has_a_digest_for_each_url_or_a_signing_key_by_fingerprint()
    {
        Assert.NotEmpty(BootstrapVersions.All);
        foreach (var row in BootstrapVersions.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Name));
            Assert.False(string.IsNullOrWhiteSpace(row.Version), row.Name);
            Assert.False(string.IsNullOrWhiteSpace(row.Source), row.Name);
            Assert.NotEmpty(row.Urls);
            foreach (var (arch, url) in row.Urls)
            {
                Assert.StartsWith("https://", url, StringComparison.Ordinal);
                Assert.True(arch is PinnedArtefact.AnyArchitecture or "amd64" or "arm64", $"{row.Name}: architecture {arch}");
                if (row.KeyFingerprint.Length == 0)
                {
                    Assert.Matches(Sha256(), row.Digest(arch));
                }
            }

            if (row.KeyFingerprint.Length > 0)
            {
                Assert.Matches(Fingerprint(), row.KeyFingerprint);
                Assert.StartsWith("https://", row.KeyUrl, StringComparison.Ordinal);
                Assert.Empty(row.Sha256);
            }
            else
            {
                Assert.Equal(row.Urls.Keys.Order(StringComparer.Ordinal), row.Sha256.Keys.Order(StringComparer.Ordinal));
                Assert.Empty(row.KeyUrl);
            }

            // A version written into a URL is the row's version (a bump changes both, and its digest with them).
            Assert.All(row.Urls.Values, u => Assert.Contains(row.Version.TrimStart('v'), u, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_default_kubernetes_minor_has_its_cri_tools_and_cni_versions()
    {
        var minor = string.Join('.', ClusterDefaults.DefaultKubernetesVersion.Split('.').Take(2));
        var packages = BootstrapVersions.KubernetesPackagesByMinor[minor];
        Assert.StartsWith(minor + ".", packages.CriTools, StringComparison.Ordinal);
        Assert.EndsWith("-" + BootstrapVersions.KubernetesPackageRevision, packages.KubernetesCni, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.34.2", "1.34.2-1.1")]
    [InlineData("1.36.0-rc.1", "1.36.0~rc.1-1.1")]
    [InlineData("1.34.0-alpha.1", "1.34.0~alpha.1-1.1")]
    public void A_pre_releases_package_version_has_a_tilde_so_it_sorts_before_the_release(string version, string package)
    {
        Assert.Equal(package, BootstrapVersions.KubernetesPackageVersion(version));
    }

    [Fact]
    public void A_pre_release_installs_from_the_pre_release_channel_unpinned_tools_and_warns()
    {
        var spec = File.ReadAllText(Repo.Example("minimal.yaml")).Replace("kubernetesVersion: v1.34.2", "kubernetesVersion: v1.36.0-rc.1", StringComparison.Ordinal);
        var output = Generator.Generator.Generate(Model.ClusterSpec.Load(spec, "minimal.yaml"), Generator.Target.Terraform);
        var script = NodeScripts.Of(output, "data/aws_launch_template_nodes.minimal.k8s.local_user_data");
        Assert.Contains("k8s_repo='https://pkgs.k8s.io/core:/prerelease:/v1.36/deb/'", script, StringComparison.Ordinal);
        Assert.Contains("'https://pkgs.k8s.io/core:/prerelease:/v1.36/deb/Release.key' '" + BootstrapVersions.KubernetesRepository.KeyFingerprint + "'", script, StringComparison.Ordinal);
        Assert.Contains("k8s_pkg_version='1.36.0~rc.1-1.1'", script, StringComparison.Ordinal);
        Assert.Contains("k8s_tools=(cri-tools kubernetes-cni)", script, StringComparison.Ordinal);
        Assert.Contains("is a pre-release, installed from pkgs.k8s.io's pre-release channel: not for production", script, StringComparison.Ordinal);
        Assert.DoesNotContain("core:/stable:/", script, StringComparison.Ordinal);
        Assert.Contains("KUBERNETES_VERSION='1.36.0-rc.1'", script, StringComparison.Ordinal);

        var control = NodeScripts.Of(output, output.Files.Keys.Single(k => k.StartsWith("data/aws_launch_template_control-plane", StringComparison.Ordinal) && k.EndsWith("_user_data", StringComparison.Ordinal)));
        Assert.Contains("kubernetesVersion: \"v1.36.0-rc.1\"", control, StringComparison.Ordinal);

        var warning = Assert.Single(output.Warnings, w => w.Code == Model.DiagnosticCodes.KubernetesPreRelease);
        Assert.Contains("spec.kubernetesVersion: v1.36.0-rc.1 is a pre-release", warning.Message, StringComparison.Ordinal);
        Assert.Contains("not for production", warning.Message, StringComparison.Ordinal);

        // A release installs from the stable channel, its minor's pinned tools, and no warning.
        var release = Generator.Generator.Generate(Model.ClusterSpec.Load(File.ReadAllText(Repo.Example("minimal.yaml")), "minimal.yaml"), Generator.Target.Terraform);
        Assert.Contains("k8s_repo='https://pkgs.k8s.io/core:/stable:/v1.34/deb/'", NodeScripts.Of(release, "data/aws_launch_template_nodes.minimal.k8s.local_user_data"), StringComparison.Ordinal);
        Assert.DoesNotContain(release.Warnings, w => w.Code == Model.DiagnosticCodes.KubernetesPreRelease);
    }

    [Fact]
    public void Every_url_a_node_script_downloads_comes_from_the_table()
    {
        var allowed = BootstrapVersions.All.SelectMany(r => r.Urls.Values.Append(r.KeyUrl))
            .Where(u => u.Length > 0)
            .Select(u => "^" + Regex.Escape(u).Replace(Regex.Escape("{minor}"), @"1\.[0-9]+", StringComparison.Ordinal) + @"(\.sig)?$")
            .ToList();
        // The user data and the node scripts they fetch (pinned under each snapshot's configBase/).
        var scripts = Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "snapshots"), "*_user_data", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "snapshots"), "*.sh", SearchOption.AllDirectories)).ToList();
        Assert.NotEmpty(scripts);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in scripts)
        {
            // Not downloads: a kubeconfig's server (the cluster's own API, which a worker's kubelet talks to), and the
            // registries and mirrors of containerd's hosts.toml (the spec's containerd.registryMirrors).
            // Nor the API server's service-account issuer and its key set's URL (names it signs with and publishes).
            var lines = File.ReadAllLines(path);
            var text = string.Join('\n', lines.Where((l, i) => !l.TrimStart().StartsWith("server: ", StringComparison.Ordinal)
                && !l.StartsWith("server = ", StringComparison.Ordinal) && !l.StartsWith("[host.", StringComparison.Ordinal)
                && !(i > 0 && lines[i - 1].TrimEnd().EndsWith("name: \"service-account-issuer\"", StringComparison.Ordinal))
                && !(i > 0 && lines[i - 1].TrimEnd().EndsWith("name: \"service-account-jwks-uri\"", StringComparison.Ordinal))));
            foreach (Match m in Url().Matches(text))
            {
                var url = m.Value;
                // Not downloads: the cluster's own endpoints (API, etcd) and the instance metadata service.
                if (url.StartsWith("https://${", StringComparison.Ordinal) || url.StartsWith("https://127.0.0.1:", StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.True(allowed.Any(a => Regex.IsMatch(url, a)), $"{Path.GetFileName(path)} downloads {url}, which is not a row of BootstrapVersions");
                seen.Add(url);
            }
        }

        // The snapshots exercise the pinned downloads of every CNI kgen installs.
        Assert.Contains(BootstrapVersions.FlannelManifestUrl, seen);
        Assert.Contains(BootstrapVersions.CalicoOperatorManifestUrl, seen);
    }

    [Fact]
    public void The_templates_name_no_download_url_themselves()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Repo.Root, "templates", "userdata")))
        {
            var literal = Url().Matches(File.ReadAllText(path)).Select(m => m.Value)
                .Where(u => !u.StartsWith("https://${", StringComparison.Ordinal) && !u.StartsWith("https://127.0.0.1:", StringComparison.Ordinal));
            Assert.Empty(literal);
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();

    [GeneratedRegex("^[0-9A-F]{40}$")]
    private static partial Regex Fingerprint();

    [GeneratedRegex(@"https://[^\s'""]+")]
    private static partial Regex Url();
}
