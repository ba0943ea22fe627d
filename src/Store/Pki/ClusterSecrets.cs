using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Kgen.Generator;
using Kgen.Model;

namespace Kgen.Store.Pki;

/// <summary>What <see cref="ClusterSecrets.EnsureAsync(ClusterSpec, StoreOptions?, CancellationToken)"/> found and did in a cluster's config store.</summary>
public sealed record ClusterSecretsReport
{
    /// <summary>The config store holding the secrets (the cluster's <c>configBase</c>).</summary>
    public required string Location { get; init; }

    /// <summary>Keys written by this call, in write order.</summary>
    public required ImmutableArray<string> Created { get; init; }

    /// <summary>Keys that existed and were kept.</summary>
    public required ImmutableArray<string> Reused { get; init; }

    /// <summary>The cluster CA's hash for <c>kubeadm join --discovery-token-ca-cert-hash</c>.</summary>
    public required string CaCertificateHash { get; init; }

    /// <summary>The service-account public key (PEM), from which the issuer's key set is made.</summary>
    internal string? ServiceAccountPublicKey { get; init; }

    /// <summary>The service-account issuer's discovery documents written by this call (full locations), empty when they were current or the cluster publishes none.</summary>
    internal ImmutableArray<string> DiscoveryDocumentsWritten { get; init; } = [];
}

/// <summary>
/// The cluster's secrets in its config store (<c>configBase</c>), never in generated files: the cluster CA
/// (CN=kubernetes), the front-proxy CA, the etcd CA, the service-account signing key pair. No
/// bootstrap token: workers join with their AWS identity, control-plane nodes make short-lived tokens themselves.
/// Existing secrets are never overwritten; a set found half-present is an error.
/// Their keys are <see cref="ConfigStoreLayout"/>'s. <code>
/// var spec = ClusterSpec.Load(File.ReadAllText("acme.yaml"));
/// await ClusterSecrets.EnsureAsync(spec);   // before the cluster's first apply
/// </code>
/// </summary>
public static class ClusterSecrets
{
    private const int ConflictRetries = 5;
    private static readonly TimeSpan ConflictDelay = TimeSpan.FromMilliseconds(200);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every secret set: what it is, its keys (in write order: a certificate after its key), how to make and check it.</summary>
    private static readonly ImmutableArray<SecretSet> Sets =
    [
        CaSet("cluster CA", "kubernetes", ConfigStoreLayout.CaKey, ConfigStoreLayout.CaCertificate),
        CaSet("front-proxy CA", "front-proxy-ca", ConfigStoreLayout.FrontProxyCaKey, ConfigStoreLayout.FrontProxyCaCertificate),
        CaSet("etcd CA", "etcd-ca", ConfigStoreLayout.EtcdCaKey, ConfigStoreLayout.EtcdCaCertificate),
        new SecretSet("service-account key pair", [ConfigStoreLayout.ServiceAccountKey, ConfigStoreLayout.ServiceAccountPublicKey], _ => ServiceAccountKeys(), CheckServiceAccountKeys),
        new SecretSet("Secrets encryption key", [ConfigStoreLayout.SecretsEncryptionKeys], _ => [SecretsEncryptionKeys.Create()], c => SecretsEncryptionKeys.Check(c[0])),
    ];

    /// <summary>
    /// Makes sure the cluster's secrets exist in its config store (<c>spec.configBase</c>, <c>s3://</c> or
    /// <c>file://</c>): the cluster, front-proxy and etcd CAs, and the service-account key pair. What exists is never overwritten, so calling it on every generation is safe; nodes
    /// read these on first boot, so call it before the cluster's first apply. The generated files never hold them.
    /// </summary>
    /// <param name="spec">The cluster.</param>
    /// <param name="storeOptions">Where the store's environment (AWS region, endpoint, keys) comes from and where its warnings go.</param>
    /// <param name="cancellationToken">Cancels the store calls.</param>
    /// <returns>What was created and what was kept, and the CA hash for <c>kubeadm join</c>.</returns>
    /// <exception cref="SpecException">The spec has problems.</exception>
    /// <exception cref="StoreException">The store cannot be reached, or holds a half-present or unreadable set of secrets.</exception>
    public static async Task<ClusterSecretsReport> EnsureAsync(ClusterSpec spec, StoreOptions? storeOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var cluster = spec.Resolve();
        if (HasInMemoryConfigBase(cluster))
        {
            throw new StoreException($"configBase {cluster.ConfigBase} is kops' in-memory test store and can hold no secrets; set spec.configBase to s3://BUCKET/CLUSTER or file://PATH");
        }

        return await EnsureAsync(cluster, storeOptions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The secrets step for a resolved cluster (the CLI's generation path and <see cref="EnsureAsync(ClusterSpec, StoreOptions?, CancellationToken)"/>).</summary>
    internal static async Task<ClusterSecretsReport> EnsureAsync(Cluster cluster, StoreOptions? storeOptions, CancellationToken cancellationToken = default)
    {
        var options = storeOptions ?? new StoreOptions();
        var report = await EnsureAsync(ObjectStores.Open(cluster.ConfigBase, options with { KmsKeyId = cluster.ConfigStoreKmsKey }), cluster, cancellationToken).ConfigureAwait(false);
        return await PublishDiscoveryAsync(cluster, report, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the service-account issuer's public discovery documents into its discovery store
    /// (<c>spec.serviceAccountIssuerDiscovery.discoveryStore</c>), when the spec names one: public by design, never
    /// encrypted with the config store's KMS key (AWS STS reads them anonymously). Nothing for kops' in-memory store.
    /// </summary>
    internal static async Task<ClusterSecretsReport> PublishDiscoveryAsync(Cluster cluster, ClusterSecretsReport report, StoreOptions options, CancellationToken cancellationToken = default)
    {
        if (cluster.ServiceAccountIssuer is not { } issuer || report.ServiceAccountPublicKey is not { } publicKey || issuer.DiscoveryStore.StartsWith("memfs://", StringComparison.Ordinal))
        {
            return report;
        }

        var store = ObjectStores.Open(issuer.DiscoveryStore, options with { KmsKeyId = null });
        var written = await ServiceAccountDiscovery.PublishAsync(store, issuer, publicKey, cancellationToken).ConfigureAwait(false);
        return report with { DiscoveryDocumentsWritten = [.. written.Select(k => ObjectStores.Combine(store.Location, k))] };
    }

    /// <summary>Whether the configBase is kops' <c>memfs://</c> test store, which holds nothing kgen could keep.</summary>
    internal static bool HasInMemoryConfigBase(Cluster cluster) => cluster.ConfigBase.StartsWith("memfs://", StringComparison.Ordinal);

    /// <summary>
    /// Creates whatever of the cluster's secrets is missing in <paramref name="configStore"/> (opened at the
    /// cluster's <c>configBase</c>) with <see cref="Precondition.IfAbsent"/>, and checks what exists. Two runs
    /// racing end with one set of secrets. Throws <see cref="StoreException"/> when a set is half present
    /// (e.g. <c>pki/ca.crt</c> without <c>pki/ca.key</c>) or an existing secret is unreadable.
    /// </summary>
    internal static async Task<ClusterSecretsReport> EnsureAsync(IObjectStore configStore, Cluster cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configStore);
        ArgumentNullException.ThrowIfNull(cluster);
        var s3 = configStore as S3ObjectStore;
        if (s3 is not null)
        {
            // Before anything is written or reused there: the bucket must not be one public grant away from everyone.
            await BucketCustody.CheckAsync(s3, cancellationToken).ConfigureAwait(false);
        }

        var created = ImmutableArray.CreateBuilder<string>();
        var reused = ImmutableArray.CreateBuilder<string>();
        var notUnderKey = new List<string>();
        string? caCertificate = null;
        string? serviceAccountPublicKey = null;
        foreach (var set in Sets)
        {
            var (contents, wasCreated) = await EnsureSetAsync(configStore, cluster.Name, set, cancellationToken, s3 is null ? null : cluster.ConfigStoreKmsKey, notUnderKey).ConfigureAwait(false);
            (wasCreated ? created : reused).AddRange(set.Keys);
            var index = set.Keys.IndexOf(ConfigStoreLayout.CaCertificate);
            if (index >= 0)
            {
                caCertificate = contents[index];
            }

            if (set.Keys.IndexOf(ConfigStoreLayout.ServiceAccountPublicKey) is var sa and >= 0)
            {
                serviceAccountPublicKey = contents[sa];
            }
        }

        if (notUnderKey.Count > 0)
        {
            var key = cluster.ConfigStoreKmsKey;
            var prefix = ObjectStores.Combine(configStore.Location, string.Empty);
            s3!.Warn(
                $"warning: {string.Join(", ", notUnderKey)} in {configStore.Location} are not encrypted with the KMS key {key} (they were written before it was set, or with another key); " +
                $"re-encrypt them in place: for k in {string.Join(' ', notUnderKey)}; do aws s3 cp {prefix}$k {prefix}$k --sse aws:kms --sse-kms-key-id {key}; done");
        }

        return new ClusterSecretsReport
        {
            Location = configStore.Location,
            Created = created.ToImmutable(),
            Reused = reused.ToImmutable(),
            CaCertificateHash = Certificates.DiscoveryHash(caCertificate!),
            ServiceAccountPublicKey = serviceAccountPublicKey,
        };
    }

    /// <summary>
    /// The cluster CA with its private key, read from <paramref name="configStore"/> into memory only: the key's
    /// bytes and characters are zeroed once the certificate holds it, and disposing the certificate releases it. Throws
    /// <see cref="StoreException"/> when the cluster has no PKI yet or it is unreadable.
    /// </summary>
    internal static async Task<X509Certificate2> LoadCertificateAuthorityAsync(IObjectStore configStore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configStore);
        var certificate = await configStore.GetAsync(ConfigStoreLayout.CaCertificate, cancellationToken).ConfigureAwait(false);
        var key = await configStore.GetAsync(ConfigStoreLayout.CaKey, cancellationToken).ConfigureAwait(false);
        char[]? keyChars = null;
        try
        {
            if (certificate is null && key is null)
            {
                throw new StoreException(
                    $"{Where(configStore, ConfigStoreLayout.CaCertificate)} does not exist: the cluster has no PKI yet; kgen creates it when it generates the cluster " +
                    "(kgen create cluster … --out=DIR, or kgen -f SPEC --out=DIR)");
            }

            if (certificate is null || key is null)
            {
                throw HalfPresent(configStore, Sets[0], [key is null ? null : "present", certificate is null ? null : "present"]);
            }

            keyChars = Utf8.GetChars(key.Content);
            var where = ObjectStores.Combine(configStore.Location, ConfigStoreLayout.PkiPrefix);
            X509Certificate2 ca;
            try
            {
                ca = X509Certificate2.CreateFromPem(Text(certificate), keyChars);
            }
            catch (CryptographicException e)
            {
                throw new StoreException($"{where}: {ConfigStoreLayout.CaCertificate} and {ConfigStoreLayout.CaKey} are not a PEM certificate and its matching private key ({e.Message.TrimEnd('.')})");
            }

            var constraints = ca.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
            var problem = constraints is not { CertificateAuthority: true } ? "is not a CA certificate"
                : ca.NotAfter.ToUniversalTime() < DateTime.UtcNow ? "has expired"
                : null;
            if (problem is not null)
            {
                var described = Certificates.Describe(ca);
                ca.Dispose();
                throw new StoreException($"{where}: {ConfigStoreLayout.CaCertificate} ({described}) {problem}");
            }

            return ca;
        }
        finally
        {
            if (keyChars is not null)
            {
                Array.Clear(keyChars);
            }

            if (key is not null)
            {
                CryptographicOperations.ZeroMemory(key.Content);
            }
        }
    }

    private static async Task<(ImmutableArray<string> Contents, bool Created)> EnsureSetAsync(
        IObjectStore store, string cluster, SecretSet set, CancellationToken cancellationToken, string? kmsKey = null, List<string>? notUnderKey = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var contents = new string?[set.Keys.Length];
            var encryptedWith = new string?[set.Keys.Length];
            for (var i = 0; i < set.Keys.Length; i++)
            {
                var stored = await store.GetAsync(set.Keys[i], cancellationToken).ConfigureAwait(false);
                contents[i] = stored is null ? null : Text(stored);
                encryptedWith[i] = stored?.KmsKeyId;
            }

            if (contents.All(c => c is not null))
            {
                if (set.Check(contents!) is { } problem)
                {
                    throw new StoreException(
                        $"{store.Location.TrimEnd('/')}: the {set.Description} of cluster {cluster} is unusable: {problem}. " +
                        "kgen never replaces existing secrets; restore the files from a backup");
                }

                if (kmsKey is not null)
                {
                    notUnderKey?.AddRange(set.Keys.Where((_, i) => encryptedWith[i] != kmsKey));
                }

                return ([.. contents!], false);
            }

            if (contents.All(c => c is null))
            {
                var fresh = set.Create(DateTimeOffset.UtcNow);
                try
                {
                    for (var i = 0; i < set.Keys.Length; i++)
                    {
                        await store.PutAsync(set.Keys[i], Utf8.GetBytes(fresh[i]), Precondition.IfAbsent, cancellationToken).ConfigureAwait(false);
                    }

                    return (fresh, true);
                }
                catch (StoreConflictException) when (attempt < ConflictRetries)
                {
                    // Another kgen run is creating the same set: wait for it and take its result.
                }
            }
            else if (attempt >= ConflictRetries)
            {
                throw HalfPresent(store, set, contents);
            }

            // Half present: possibly another run mid-write; look again shortly before calling it broken.
            await Task.Delay(ConflictDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    private static StoreException HalfPresent(IObjectStore store, SecretSet set, IReadOnlyList<string?> contents)
    {
        var present = set.Keys.Where((_, i) => contents[i] is not null).Select(k => Where(store, k));
        var missing = set.Keys.Where((_, i) => contents[i] is null).Select(k => Where(store, k));
        return new StoreException(
            $"the {set.Description} is incomplete: {string.Join(", ", present)} exists but {string.Join(", ", missing)} is missing. " +
            "kgen never replaces part of a set: restore the missing file from a backup, or — only if no node of this cluster has " +
            $"ever started — delete {string.Join(", ", present)} so kgen creates a new {set.Description}");
    }

    private static string Where(IObjectStore store, string key) => ObjectStores.Combine(store.Location, key);

    private static string Text(StoredObject stored) => Utf8.GetString(stored.Content);

    private static SecretSet CaSet(string description, string commonName, string keyKey, string certificateKey) => new(
        description,
        [keyKey, certificateKey],
        now => Certificates.CreateCertificateAuthority(commonName, now) is var ca ? [ca.PrivateKeyPem, ca.CertificatePem] : [],
        contents => CheckCertificateAuthority(keyKey, certificateKey, contents[0], contents[1]));

    private static string? CheckCertificateAuthority(string keyKey, string certificateKey, string keyPem, string certificatePem)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(certificatePem, keyPem);
        }
        catch (CryptographicException e)
        {
            return $"{certificateKey} and {keyKey} are not a PEM certificate and its matching private key ({e.Message.TrimEnd('.')})";
        }

        using (certificate)
        {
            var constraints = certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
            if (constraints is not { CertificateAuthority: true })
            {
                return $"{certificateKey} ({Certificates.Describe(certificate)}) is not a CA certificate";
            }

            if (certificate.NotAfter.ToUniversalTime() < DateTime.UtcNow)
            {
                return $"{certificateKey} ({Certificates.Describe(certificate)}) has expired";
            }
        }

        return null;
    }

    private static ImmutableArray<string> ServiceAccountKeys()
    {
        using var key = RSA.Create(2048);
        return [key.ExportPkcs8PrivateKeyPem() + "\n", key.ExportSubjectPublicKeyInfoPem() + "\n"];
    }

    private static string? CheckServiceAccountKeys(IReadOnlyList<string> contents)
    {
        try
        {
            using var privateKey = RSA.Create();
            privateKey.ImportFromPem(contents[0]);
            using var publicKey = RSA.Create();
            publicKey.ImportFromPem(contents[1]);
            return privateKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(publicKey.ExportSubjectPublicKeyInfo())
                ? null
                : $"{ConfigStoreLayout.ServiceAccountPublicKey} is not the public half of {ConfigStoreLayout.ServiceAccountKey}";
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return $"{ConfigStoreLayout.ServiceAccountKey} and {ConfigStoreLayout.ServiceAccountPublicKey} are not a PEM RSA key pair ({e.Message.TrimEnd('.')})";
        }
    }

    /// <summary>A set of secrets that exist together or not at all.</summary>
    private sealed record SecretSet(
        string Description,
        ImmutableArray<string> Keys,
        Func<DateTimeOffset, ImmutableArray<string>> Create,
        Func<IReadOnlyList<string>, string?> Check);
}

/// <summary>
/// The keys that encrypt Secrets in etcd (<see cref="ConfigStoreLayout.SecretsEncryptionKeys"/>): one <c>NAME KEY</c> line
/// per key, KEY 32 random bytes in base64 (secretbox's key size); the first encrypts, every one decrypts. Rotation adds a
/// line (docs/node-bootstrap.md#secrets-encryption).
/// </summary>
internal static partial class SecretsEncryptionKeys
{
    /// <summary>A first key, named for the day it was made (UTC).</summary>
    public static string Create() => $"key-{DateTimeOffset.UtcNow:yyyyMMdd} {Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}\n";

    /// <summary>Null when every line is <c>NAME KEY</c> with a 32-byte key and names are unique, else what is wrong.</summary>
    public static string? Check(string contents)
    {
        var lines = contents.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || lines.Any(l => !Line().IsMatch(l)))
        {
            return $"{ConfigStoreLayout.SecretsEncryptionKeys} must hold one or more lines NAME KEY (NAME [a-z0-9-], KEY 32 bytes in base64)";
        }

        return lines.Select(l => l.Split(' ')[0]).Distinct(StringComparer.Ordinal).Count() == lines.Length
            ? null
            : $"{ConfigStoreLayout.SecretsEncryptionKeys} names a key twice";
    }

    [GeneratedRegex(@"\A[a-z0-9-]{1,40} [A-Za-z0-9+/]{43}=\z", RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}

