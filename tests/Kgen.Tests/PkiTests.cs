using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kgen.Generator;
using Kgen.Model;
using Kgen.Store;
using Kgen.Store.Pki;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>The cluster PKI kgen keeps in the config store: names, usages, chains, hashes, and never overwriting.</summary>
public sealed class PkiTests
{
    private static readonly string[] AllKeys =
    [
        ConfigStoreLayout.CaCertificate, ConfigStoreLayout.CaKey,
        ConfigStoreLayout.FrontProxyCaCertificate, ConfigStoreLayout.FrontProxyCaKey,
        ConfigStoreLayout.EtcdCaCertificate, ConfigStoreLayout.EtcdCaKey,
        ConfigStoreLayout.ServiceAccountKey, ConfigStoreLayout.ServiceAccountPublicKey,
        ConfigStoreLayout.SecretsEncryptionKeys,
    ];

    private static readonly Lazy<Cluster> Minimal = new(() => ClusterSpec.Load(File.ReadAllText(Repo.Example("minimal.yaml")), "minimal.yaml").Resolve());

    public static TheoryData<string, string, string> Authorities => new()
    {
        { ConfigStoreLayout.CaCertificate, ConfigStoreLayout.CaKey, "kubernetes" },
        { ConfigStoreLayout.FrontProxyCaCertificate, ConfigStoreLayout.FrontProxyCaKey, "front-proxy-ca" },
        { ConfigStoreLayout.EtcdCaCertificate, ConfigStoreLayout.EtcdCaKey, "etcd-ca" },
    };

    [Theory]
    [MemberData(nameof(Authorities))]
    public async Task Each_CA_is_a_valid_self_signed_RSA_2048_CA_with_kubeadm_extensions(string certificateKey, string keyKey, string commonName)
    {
        var store = await SharedStore();

        var certificatePem = await Text(store, certificateKey);
        var keyPem = await Text(store, keyKey);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----\n", keyPem, StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----\n", certificatePem, StringComparison.Ordinal);
        using var ca = X509Certificate2.CreateFromPem(certificatePem, keyPem);

        Assert.Equal($"CN={commonName}", ca.Subject);
        Assert.Equal(ca.Subject, ca.Issuer);
        using (var rsa = ca.GetRSAPublicKey()!)
        {
            Assert.Equal(2048, rsa.KeySize);
        }

        Assert.Equal("1.2.840.113549.1.1.11", ca.SignatureAlgorithm.Value); // sha256WithRSAEncryption
        var constraints = Assert.Single(ca.Extensions.OfType<X509BasicConstraintsExtension>());
        Assert.True(constraints.CertificateAuthority);
        Assert.True(constraints.Critical);
        var usage = Assert.Single(ca.Extensions.OfType<X509KeyUsageExtension>());
        Assert.Equal(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, usage.KeyUsages);
        Assert.True(usage.Critical);
        var ski = Assert.Single(ca.Extensions.OfType<X509SubjectKeyIdentifierExtension>());
        Assert.Equal(new X509SubjectKeyIdentifierExtension(ca.PublicKey, false).SubjectKeyIdentifier, ski.SubjectKeyIdentifier);
        var san = Assert.Single(ca.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Equal([commonName], san.EnumerateDnsNames());

        var now = DateTime.UtcNow;
        Assert.InRange(ca.NotBefore.ToUniversalTime(), now.AddMinutes(-10), now);
        Assert.InRange((ca.NotAfter - ca.NotBefore).TotalDays, 3649.9, 3650.1);

        // Self-signed and valid: it chains to itself as the only trusted root.
        using var chain = TrustOnly(ca);
        Assert.True(chain.Build(ca), Statuses(chain));
    }

    [Fact]
    public async Task An_admin_certificate_signed_by_the_cluster_CA_verifies_against_it_and_against_no_other_CA()
    {
        var store = await SharedStore();
        using var ca = await ClusterSecrets.LoadCertificateAuthorityAsync(store);
        var now = DateTimeOffset.UtcNow;

        var pair = Certificates.SignClientCertificate(ca, "kgen-admin", ["kubeadm:cluster-admins"], TimeSpan.FromHours(18), now);
        using var leaf = X509Certificate2.CreateFromPem(pair.CertificatePem, pair.PrivateKeyPem);

        Assert.Equal("CN=kubernetes", leaf.Issuer);
        Assert.Contains("CN=kgen-admin", leaf.Subject, StringComparison.Ordinal);
        Assert.Contains("O=kubeadm:cluster-admins", leaf.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("system:masters", leaf.Subject, StringComparison.Ordinal);
        Assert.False(Assert.Single(leaf.Extensions.OfType<X509BasicConstraintsExtension>()).CertificateAuthority);
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, Assert.Single(leaf.Extensions.OfType<X509KeyUsageExtension>()).KeyUsages);
        var eku = Assert.Single(leaf.Extensions.OfType<X509EnhancedKeyUsageExtension>());
        Assert.Equal(["1.3.6.1.5.5.7.3.2"], eku.EnhancedKeyUsages.Cast<Oid>().Select(o => o.Value));
        var aki = Assert.Single(leaf.Extensions.OfType<X509AuthorityKeyIdentifierExtension>());
        Assert.Equal(Convert.FromHexString(ca.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Single().SubjectKeyIdentifier!), aki.KeyIdentifier!.Value.ToArray());
        Assert.InRange((leaf.NotAfter.ToUniversalTime() - now.UtcDateTime).TotalHours, 17.99, 18.0);
        using (var rsa = leaf.GetRSAPublicKey()!)
        {
            Assert.Equal(2048, rsa.KeySize);
        }

        using var chain = TrustOnly(ca);
        Assert.True(chain.Build(leaf), Statuses(chain));
        Assert.Equal(2, chain.ChainElements.Count);

        using var frontProxy = X509Certificate2.CreateFromPem(await Text(store, ConfigStoreLayout.FrontProxyCaCertificate));
        using var wrong = TrustOnly(frontProxy);
        Assert.False(wrong.Build(leaf));
    }

    [Fact]
    public void A_client_certificate_never_outlives_its_CA()
    {
        var ca = Certificates.CreateCertificateAuthority("kubernetes", DateTimeOffset.UtcNow);
        using var caCert = X509Certificate2.CreateFromPem(ca.CertificatePem, ca.PrivateKeyPem);
        var pair = Certificates.SignClientCertificate(caCert, "kgen-admin", ["kubeadm:cluster-admins"], TimeSpan.FromDays(365 * 20), DateTimeOffset.UtcNow);
        using var leaf = X509Certificate2.CreateFromPem(pair.CertificatePem);
        Assert.Equal(caCert.NotAfter, leaf.NotAfter);
    }

    [Fact]
    public async Task The_service_account_keys_are_an_RSA_2048_pair_in_PKCS8_and_SubjectPublicKeyInfo_PEM()
    {
        var store = await SharedStore();
        var privatePem = await Text(store, ConfigStoreLayout.ServiceAccountKey);
        var publicPem = await Text(store, ConfigStoreLayout.ServiceAccountPublicKey);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----\n", privatePem, StringComparison.Ordinal);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----\n", publicPem, StringComparison.Ordinal);

        using var key = RSA.Create();
        key.ImportFromPem(privatePem);
        using var pub = RSA.Create();
        pub.ImportFromPem(publicPem);
        Assert.Equal(2048, key.KeySize);
        var data = Encoding.UTF8.GetBytes("a service-account token");
        Assert.True(pub.VerifyData(data, key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public async Task No_bootstrap_token_is_created_in_the_store()
    {
        using var one = new TempDir();
        var report = await ClusterSecrets.EnsureAsync(Store(one), Minimal.Value);
        Assert.Equal(AllKeys.Order(StringComparer.Ordinal), report.Created.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(one.Path, "cfg", "tokens")));
    }

    [Fact]
    public async Task The_discovery_hash_matches_openssl_and_a_second_computation()
    {
        using var dir = new TempDir();
        var store = Store(dir);
        var report = await ClusterSecrets.EnsureAsync(store, Minimal.Value);
        var pem = await Text(store, ConfigStoreLayout.CaCertificate);
        using var ca = X509Certificate2.CreateFromPem(pem);

        // Second computation: .NET re-encodes the public key it parsed.
        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(ca.PublicKey.ExportSubjectPublicKeyInfo()));
        Assert.Equal(expected, report.CaCertificateHash);
        Assert.Equal(expected, Certificates.DiscoveryHash(ca));
        Assert.Equal(expected, Certificates.DiscoveryHash(pem));
        Assert.Matches("^sha256:[0-9a-f]{64}$", expected);

        // Independent computation, as the kubeadm documentation shows it.
        if (Which("openssl") is not null)
        {
            var certPath = Path.Combine(dir.Path, "ca.crt");
            await File.WriteAllTextAsync(certPath, pem);
            var hex = Shell($"openssl x509 -pubkey -noout -in '{certPath}' | openssl pkey -pubin -outform der | sha256sum | cut -d' ' -f1").Trim();
            Assert.Equal(expected, "sha256:" + hex);
        }
    }

    [Fact]
    public async Task A_second_run_reuses_every_secret_and_changes_no_byte()
    {
        using var dir = new TempDir();
        var store = Store(dir);
        var first = await ClusterSecrets.EnsureAsync(store, Minimal.Value);
        Assert.Equal(AllKeys.Order(StringComparer.Ordinal), first.Created.Order(StringComparer.Ordinal));
        Assert.Empty(first.Reused);
        var before = await Contents(store);

        var second = await ClusterSecrets.EnsureAsync(store, Minimal.Value);
        Assert.Empty(second.Created);
        Assert.Equal(AllKeys.Order(StringComparer.Ordinal), second.Reused.Order(StringComparer.Ordinal));
        Assert.Equal(first.CaCertificateHash, second.CaCertificateHash);
        Assert.Equal(before, await Contents(store));
    }

    [Fact]
    public async Task The_secrets_encryption_key_is_32_random_bytes_and_a_malformed_one_is_refused()
    {
        using var dir = new TempDir();
        await ClusterSecrets.EnsureAsync(Store(dir), Minimal.Value);
        var parts = (await Text(Store(dir), ConfigStoreLayout.SecretsEncryptionKeys)).TrimEnd('\n').Split(' ');
        Assert.Matches("^key-[0-9]{8}$", parts[0]);
        Assert.Equal(32, Convert.FromBase64String(parts[1]).Length);

        await Store(dir).PutAsync(ConfigStoreLayout.SecretsEncryptionKeys, "key-1 c2hvcnQ=\n"u8.ToArray(), Precondition.None);
        var e = await Assert.ThrowsAsync<StoreException>(() => ClusterSecrets.EnsureAsync(Store(dir), Minimal.Value));
        Assert.Contains("Secrets encryption key", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Racing_runs_end_with_one_set_of_secrets()
    {
        using var dir = new TempDir();
        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => ClusterSecrets.EnsureAsync(Store(dir), Minimal.Value))));
        Assert.Single(reports.Select(r => r.CaCertificateHash).Distinct());
        Assert.Equal(AllKeys.Length, reports.Sum(r => r.Created.Length));
        using var ca = await ClusterSecrets.LoadCertificateAuthorityAsync(Store(dir));
        Assert.Equal(reports[0].CaCertificateHash, Certificates.DiscoveryHash(ca));
    }

    [Fact]
    public async Task A_half_present_CA_is_an_error_that_names_both_files_and_nothing_is_regenerated()
    {
        using var dir = new TempDir();
        var store = Store(dir);
        await ClusterSecrets.EnsureAsync(store, Minimal.Value);
        var crt = await Text(store, ConfigStoreLayout.CaCertificate);

        using var other = new TempDir();
        var half = Store(other);
        await half.PutAsync(ConfigStoreLayout.CaCertificate, Encoding.UTF8.GetBytes(crt), Precondition.IfAbsent);

        var e = await Assert.ThrowsAsync<StoreException>(() => ClusterSecrets.EnsureAsync(half, Minimal.Value));
        Assert.Contains("cluster CA is incomplete", e.Message, StringComparison.Ordinal);
        Assert.Contains("pki/ca.crt exists", e.Message, StringComparison.Ordinal);
        Assert.Contains("pki/ca.key is missing", e.Message, StringComparison.Ordinal);
        Assert.Equal([ConfigStoreLayout.CaCertificate], await half.ListAsync(string.Empty));
        Assert.Equal(crt, await Text(half, ConfigStoreLayout.CaCertificate));

        var load = await Assert.ThrowsAsync<StoreException>(() => ClusterSecrets.LoadCertificateAuthorityAsync(half));
        Assert.Contains("pki/ca.key is missing", load.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_service_account_public_key_is_an_error_too()
    {
        using var dir = new TempDir();
        var store = Store(dir);
        await ClusterSecrets.EnsureAsync(store, Minimal.Value);
        await store.DeleteAsync(ConfigStoreLayout.ServiceAccountPublicKey);
        var e = await Assert.ThrowsAsync<StoreException>(() => ClusterSecrets.EnsureAsync(store, Minimal.Value));
        Assert.Contains("service-account key pair is incomplete", e.Message, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(ConfigStoreLayout.ServiceAccountPublicKey));
    }

    [Fact]
    public async Task A_key_that_does_not_match_its_certificate_or_a_malformed_token_is_an_error()
    {
        using var a = new TempDir();
        await ClusterSecrets.EnsureAsync(Store(a), Minimal.Value);
        var foreignKey = await Text(await SharedStore(), ConfigStoreLayout.CaKey);
        var original = await Store(a).GetAsync(ConfigStoreLayout.CaKey);
        await Store(a).PutAsync(ConfigStoreLayout.CaKey, Encoding.UTF8.GetBytes(foreignKey), Precondition.IfMatch(original!.Version));
        var e = await Assert.ThrowsAsync<StoreException>(() => ClusterSecrets.EnsureAsync(Store(a), Minimal.Value));
        Assert.Contains("cluster CA", e.Message, StringComparison.Ordinal);
        Assert.Contains("matching private key", e.Message, StringComparison.Ordinal);

    }

    [Fact]
    public async Task Without_a_PKI_loading_the_CA_says_how_to_create_it()
    {
        using var dir = new TempDir();
        var e = await Assert.ThrowsAsync<StoreException>(() => ClusterSecrets.LoadCertificateAuthorityAsync(Store(dir)));
        Assert.Contains("no PKI yet", e.Message, StringComparison.Ordinal);
        Assert.Contains("kgen create cluster", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_files_holding_secrets_are_readable_by_the_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempDir();
        await ClusterSecrets.EnsureAsync(Store(dir), Minimal.Value);
        foreach (var key in AllKeys)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dir.Path, "cfg", key)));
        }
    }

    /// <summary>One store made once for the tests that only read (RSA key generation is slow).</summary>
    private static async Task<IObjectStore> SharedStore()
    {
        var store = ObjectStores.Open("file://" + Path.Combine(TestWorkingDirectory.Path, "pki-tests-shared"));
        await Shared.Value;
        return store;
    }

    private static readonly Lazy<Task> Shared = new(() =>
        ClusterSecrets.EnsureAsync(ObjectStores.Open("file://" + Path.Combine(TestWorkingDirectory.Path, "pki-tests-shared")), Minimal.Value));

    internal static IObjectStore Store(TempDir dir) => ObjectStores.Open("file://" + Path.Combine(dir.Path, "cfg"));

    internal static async Task<string> Text(IObjectStore store, string key) =>
        Encoding.UTF8.GetString((await store.GetAsync(key) ?? throw new InvalidOperationException($"{key} missing")).Content);

    internal static string? Which(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, command))
            .FirstOrDefault(File.Exists);

    private static async Task<SortedDictionary<string, string>> Contents(IObjectStore store)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in await store.ListAsync(string.Empty))
        {
            result[key] = await Text(store, key);
        }

        return result;
    }

    private static X509Chain TrustOnly(X509Certificate2 root)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain;
    }

    private static string Statuses(X509Chain chain) =>
        string.Join("; ", chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation}"));

    private static string Shell(string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }
}

/// <summary>IAM on the config store: control-plane nodes get the secrets, workers only what joining needs.</summary>
public sealed class ConfigStoreIamTests
{
    [Fact]
    public void Workers_read_only_the_CA_certificate_and_write_nothing()
    {
        var s3 = S3Statements("internal-api.yaml", "nodes.internal.k8s.local");
        const string Objects = "arn:aws:s3:::acme-kgen-state/internal.k8s.local/";
        Assert.Equal(
            [$"s3:GetObject {Objects}nodeup/nodes/*", $"s3:GetObject {Objects}pki/ca.crt"],
            s3.SelectMany(s => s.Actions.SelectMany(a => s.Resources.Select(r => $"{a} {r}"))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Control_plane_nodes_read_pki_write_no_secret_and_list_nothing()
    {
        var s3 = S3Statements("internal-api.yaml", "masters.internal.k8s.local");
        const string Objects = "arn:aws:s3:::acme-kgen-state/internal.k8s.local/";
        Assert.Equal([$"{Objects}nodeup/control-plane-ap-southeast-2a/*", $"{Objects}addons/*", $"{Objects}pki/*"], s3.Where(s => s.Actions.Contains("s3:GetObject")).SelectMany(s => s.Resources));
        Assert.DoesNotContain(s3, s => s.Actions.Contains("s3:PutObject"));

        // The AWS CLI's s3 cp of one object needs neither a listing nor the bucket's location.
        Assert.DoesNotContain(s3, s => s.Actions.Any(a => a is "s3:ListBucket" or "s3:GetBucketLocation"));
        Assert.DoesNotContain(s3, s => s.Actions.Any(a => a is "s3:*" or "s3:DeleteObject" or "s3:PutObjectAcl"));
    }

    [Fact]
    public void A_local_config_store_grants_no_S3_access()
    {
        Assert.Empty(S3Statements("minimal.yaml", "masters.minimal.k8s.local"));
        Assert.Empty(S3Statements("minimal.yaml", "nodes.minimal.k8s.local"));
    }

    private static List<Generator.Plan.Statement> S3Statements(string example, string role)
    {
        var cluster = ClusterSpec.Load(File.ReadAllText(Repo.Example(example)), example).Resolve();
        var plan = Generator.Generator.BuildPlan(cluster);
        var policy = plan.Resources.OfType<Generator.Plan.IamRolePolicy>().Single(p => p.PolicyName == role);
        // The etcd snapshots' and the join lock's statements are IamBuilderTests' (below backups/etcd/ and locks/ only).
        return [.. policy.Policy.Statements.Where(s => s.Actions.Any(a => a.StartsWith("s3:", StringComparison.Ordinal))
            && s.Sid is not ("ControlPlaneJoinLock" or "ListEtcdSnapshots" or "PruneAndRestoreEtcdSnapshots" or "WriteEtcdSnapshots"))];
    }
}
