using System.Text;
using System.Text.RegularExpressions;
using Kgen.Generator;
using Kgen.Model;
using Kgen.Store;
using Kgen.Store.Pki;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// Generation keeps the cluster's secrets in its config store and out of the generated files: the CLI
/// creates them (once), and no generated file of any case holds them or anything that looks like a secret.
/// </summary>
public sealed partial class SecretsInOutputTests
{
    /// <summary>One config store for every case: the secrets the scans look for.</summary>
    private static readonly string SharedConfigBase = "file://" + Path.Combine(TestWorkingDirectory.Path, "secrets-scan-store");

    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void Pinned_snapshot_files_hold_no_private_keys_tokens_or_AWS_keys(string name, string spec, string? key)
    {
        _ = (spec, key);
        var root = Path.Combine(Repo.Root, "tests", "snapshots", name);
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var content = File.ReadAllText(file);
            Assert.False(SecretPattern().IsMatch(content), $"{file} holds something that looks like a secret: {SecretPattern().Match(content).Value}");
        }
    }

    [Theory]
    [MemberData(nameof(SnapshotTests.KubeadmCases), MemberType = typeof(SnapshotTests))]
    public async Task Secrets_the_CLI_creates_never_reach_the_generated_files(string name, string spec, string? key)
    {
        using var dir = new TempDir();
        var loaded = ClusterSpec.Load(File.ReadAllText(spec), Path.GetFileName(spec));
        loaded.Cluster.Spec!.ConfigBase = SharedConfigBase;
        if (loaded.Cluster.Spec.ServiceAccountIssuerDiscovery is { } said)
        {
            // The issuer's public documents go to a local folder (an offline example) instead of the example's S3 bucket.
            said.DiscoveryStore = $"file://discovery.example.com/{name}";
        }

        foreach (var etcd in loaded.Cluster.Spec.EtcdClusters ?? [])
        {
            // kops writes each backupStore below the configBase; moving the store moves them (kgen's default).
            etcd.Backups?.BackupStore = null;
        }

        var specPath = Path.Combine(dir.Path, "cluster.yaml");
        await File.WriteAllTextAsync(specPath, loaded.ToYaml());
        var outDir = Path.Combine(dir.Path, "out");
        string[] args = key is null
            ? ["-f", specPath, "--target=terraform", "--out=" + outDir]
            : ["-f", specPath, "--ssh-public-key", key, "--target=terraform", "--out=" + outDir];

        var (exit, _, err) = CliRunner.Run(args);

        Assert.True(exit == 0, $"{name}: {err}");
        var fragments = await SecretFragments(ObjectStores.Open(SharedConfigBase));
        Assert.True(fragments.Count > 50, "the store holds the PKI and the token");
        var files = dir.Files("out");
        foreach (var (path, content) in files)
        {
            Assert.False(SecretPattern().IsMatch(content), $"{name}: {path} holds something that looks like a secret: {SecretPattern().Match(content).Value}");
            foreach (var fragment in fragments)
            {
                Assert.False(content.Contains(fragment, StringComparison.Ordinal), $"{name}: {path} holds part of a secret from the config store");
            }
        }

        // The output does not depend on the secrets at all: it is what the store-free library generates.
        var pure = Generator.Generator.Generate(ClusterSpec.Load(loaded.ToYaml(), "cluster.yaml"), Generator.Target.Terraform, new Generator.GenerateOptions
        {
            SshPublicKey = key is null ? null : File.ReadAllText(key),
        });
        Assert.Equal(pure.Files, files);
    }

    [Fact]
    public async Task Generating_creates_the_secrets_once_and_then_reuses_them()
    {
        using var dir = new TempDir();
        var configBase = "file://" + Path.Combine(dir.Path, "cfg");
        var specPath = SpecWithConfigBase(dir, configBase);
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, stdout, err) = CliRunner.Run("-f", specPath, "--target=terraform", "--out=" + outDir);
        Assert.True(exit == 0, err);
        Assert.Contains($"created in {configBase}/pki", stdout, StringComparison.Ordinal);
        Assert.Matches("CA hash sha256:[0-9a-f]{64}", stdout);
        var store = ObjectStores.Open(configBase);
        var first = await store.ListAsync(string.Empty);
        Assert.Equal(9, first.Count(k => k.StartsWith(ConfigStoreLayout.PkiPrefix, StringComparison.Ordinal)));
        var ca = await PkiTests.Text(store, ConfigStoreLayout.CaKey);

        // A file:// store is no Terraform resource: kgen writes the node scripts there, each under its SHA-256.
        var scripts = first.Where(k => k.StartsWith(ConfigStoreLayout.NodeupPrefix, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(scripts);
        // And the add-ons' files, each in its add-on's folder named by the add-on's digest.
        var addons = first.Where(k => k.StartsWith(ConfigStoreLayout.AddonsPrefix, StringComparison.Ordinal)).ToList();
        Assert.Contains(addons, k => k.StartsWith("addons/aws-cloud-controller-manager/", StringComparison.Ordinal) && k.EndsWith("/kustomization.yaml", StringComparison.Ordinal));
        Assert.Equal(first.Count, 9 + scripts.Count + addons.Count);
        Assert.Contains("kgen: node scripts and add-on files written to", stdout, StringComparison.Ordinal);
        foreach (var key in scripts)
        {
            var bytes = (await store.GetAsync(key))!.Content;
            Assert.Equal(key.Split('/')[^1], Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) + ".sh");
        }

        (exit, stdout, err) = CliRunner.Run("-f", specPath, "--target=terraform", "--out=" + outDir);
        Assert.True(exit == 0, err);
        Assert.DoesNotContain("cluster secrets", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("node scripts and add-on files written", stdout, StringComparison.Ordinal);
        Assert.Equal(first, await store.ListAsync(string.Empty));
        Assert.Equal(ca, await PkiTests.Text(store, ConfigStoreLayout.CaKey));
    }

    [Fact]
    public void Create_cluster_puts_the_secrets_in_the_default_state_store()
    {
        using var dir = new TempDir();
        var name = $"pki-{Guid.NewGuid():N}"[..12] + ".k8s.local";
        var (exit, stdout, err) = CliRunner.Run("create", "cluster", name, "--zones", "us-east-1a", "--target=terraform", "--out=" + dir.Path);
        Assert.True(exit == 0, err);
        Assert.Contains("cluster secrets", stdout, StringComparison.Ordinal);
        var pki = Path.Combine(TestWorkingDirectory.Path, "state", name, "pki");
        Assert.True(File.Exists(Path.Combine(pki, "ca.crt")), stdout);
        Assert.True(File.Exists(Path.Combine(pki, "etcd", "ca.key")), stdout);
        Assert.False(Directory.Exists(Path.Combine(TestWorkingDirectory.Path, "state", name, "tokens")), stdout);
    }

    [Fact]
    public async Task A_half_present_set_stops_generation_with_a_clear_error_and_writes_nothing()
    {
        using var dir = new TempDir();
        var configBase = "file://" + Path.Combine(dir.Path, "cfg");
        var store = ObjectStores.Open(configBase);
        var pem = Certificates.CreateCertificateAuthority("kubernetes", DateTimeOffset.UtcNow);
        await store.PutAsync(ConfigStoreLayout.CaCertificate, Encoding.UTF8.GetBytes(pem.CertificatePem), Precondition.IfAbsent);
        var specPath = SpecWithConfigBase(dir, configBase);
        var outDir = Path.Combine(dir.Path, "out");

        var (exit, _, err) = CliRunner.Run("-f", specPath, "--target=terraform", "--out=" + outDir);

        Assert.Equal(1, exit);
        Assert.Contains($"kgen: the cluster CA is incomplete: {configBase}/pki/ca.crt exists but {configBase}/pki/ca.key is missing", err, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
        Assert.Equal([ConfigStoreLayout.CaCertificate], await store.ListAsync(string.Empty));
    }

    [Fact]
    public void A_kops_memfs_config_base_generates_with_a_warning_and_stores_nothing()
    {
        using var dir = new TempDir();
        var (exit, _, err) = CliRunner.Run("--target=terraform", "--out=" + dir.Path, "-f", Repo.KopsManifest("single-public"));
        Assert.True(exit == 0, err);
        Assert.Contains("warning: configBase memfs://", err, StringComparison.Ordinal);
        Assert.Contains("set spec.configBase to s3://", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_config_base_is_a_clear_error()
    {
        using var dir = new TempDir();
        var specPath = SpecWithConfigBase(dir, "gs://bucket/cluster");
        var (exit, _, err) = CliRunner.Run("-f", specPath, "--target=terraform", "--out=" + Path.Combine(dir.Path, "out"));
        Assert.Equal(1, exit);
        Assert.Contains("gs://bucket/cluster", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    /// <summary>Every PEM body line, token and token secret in the store.</summary>
    private static async Task<HashSet<string>> SecretFragments(IObjectStore store)
    {
        var fragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in await store.ListAsync(ConfigStoreLayout.PkiPrefix))
        {
            var text = await PkiTests.Text(store, key);
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!line.StartsWith("-----", StringComparison.Ordinal))
                {
                    fragments.Add(line);
                }
            }
        }

        return fragments;
    }

    private static string SpecWithConfigBase(TempDir dir, string configBase)
    {
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("minimal.yaml")), "minimal.yaml");
        spec.Cluster.Spec!.ConfigBase = configBase;
        var path = Path.Combine(dir.Path, "cluster.yaml");
        File.WriteAllText(path, spec.ToYaml());
        return path;
    }

    /// <summary>Private keys of any kind, kubeadm bootstrap tokens, AWS access key ids.</summary>
    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----|\b[a-z0-9]{6}\.[a-z0-9]{16}\b|\b(AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex SecretPattern();
}
