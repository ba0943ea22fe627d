using System.Security.Cryptography;
using System.Text;
using Kgen.Generator;
using Kgen.Model;
using Kgen.Model.Spec;

namespace Kgen.Store;

/// <summary>A stored YAML document and the version it was read at.</summary>
/// <param name="Name">The object's name (cluster or instance group).</param>
/// <param name="Key">Its key in the store.</param>
/// <param name="Yaml">The document.</param>
/// <param name="Version">Pass back to update exactly what was read.</param>
public sealed record StoredDocument(string Name, string Key, string Yaml, string Version);

/// <summary>
/// Clusters in a state store, laid out as kops does: <c>&lt;cluster&gt;/config</c> (the Cluster document),
/// <c>&lt;cluster&gt;/instancegroup/&lt;name&gt;</c> (one InstanceGroup document each),
/// <c>&lt;cluster&gt;/pki/…</c> and <c>&lt;cluster&gt;/tokens/…</c> (secrets, written by others), and the SSH
/// public key under <c>&lt;cluster&gt;/pki/ssh/public/admin/&lt;md5 fingerprint&gt;</c>: below the cluster's name, the
/// keys of <see cref="ConfigStoreLayout"/>. Documents are plain YAML of kgen's API version. Creates never
/// overwrite; updates apply only to the version that was read.
/// </summary>
public sealed class ClusterStore(IObjectStore store)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The underlying object store.</summary>
    public IObjectStore Objects { get; } = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>The store's location (e.g. <c>s3://acme-kgen-state</c>).</summary>
    public string Location => Objects.Location;

    /// <summary>Key of a cluster's Cluster document.</summary>
    public static string ConfigKey(string cluster) => $"{cluster}/{ConfigStoreLayout.ClusterDocument}";

    /// <summary>Key of one of a cluster's InstanceGroup documents.</summary>
    public static string InstanceGroupKey(string cluster, string group) => $"{cluster}/{ConfigStoreLayout.InstanceGroupDocument(group)}";

    /// <summary>Prefix of a cluster's SSH public keys.</summary>
    public static string SshPublicKeyPrefix(string cluster) => $"{cluster}/{ConfigStoreLayout.SshPublicKeyPrefix}";

    /// <summary>The cluster's <c>configBase</c>: <c>&lt;store&gt;/&lt;cluster&gt;</c>.</summary>
    public string ConfigBase(string cluster) => ObjectStores.Combine(Location, cluster);

    /// <summary>The names of the clusters in the store, sorted.</summary>
    public async Task<IReadOnlyList<string>> ListClustersAsync(CancellationToken cancellationToken = default)
    {
        var keys = await Objects.ListAsync(string.Empty, cancellationToken).ConfigureAwait(false);
        return [.. keys.Select(k => k.Split('/')).Where(p => p is [_, ConfigStoreLayout.ClusterDocument]).Select(p => p[0]).Order(StringComparer.Ordinal)];
    }

    /// <summary>The cluster's Cluster document, or null.</summary>
    public async Task<StoredDocument?> GetClusterAsync(string cluster, CancellationToken cancellationToken = default)
    {
        CheckName(cluster, "cluster");
        var key = ConfigKey(cluster);
        var stored = await Objects.GetAsync(key, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : new StoredDocument(cluster, key, Utf8.GetString(stored.Content), stored.Version);
    }

    /// <summary>The cluster's Cluster document; a <see cref="ClusterNotFoundException"/> when there is none.</summary>
    public async Task<StoredDocument> RequireClusterAsync(string cluster, CancellationToken cancellationToken = default) =>
        await GetClusterAsync(cluster, cancellationToken).ConfigureAwait(false) ?? throw await NotFoundAsync(cluster, cancellationToken).ConfigureAwait(false);

    /// <summary>The cluster's InstanceGroup documents, sorted by name.</summary>
    public async Task<IReadOnlyList<StoredDocument>> GetInstanceGroupsAsync(string cluster, CancellationToken cancellationToken = default)
    {
        CheckName(cluster, "cluster");
        var prefix = $"{cluster}/{ConfigStoreLayout.InstanceGroupPrefix}";
        var result = new List<StoredDocument>();
        foreach (var key in await Objects.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            var name = key[prefix.Length..];
            if (name.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }

            if (await Objects.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                result.Add(new StoredDocument(name, key, Utf8.GetString(stored.Content), stored.Version));
            }
        }

        return result;
    }

    /// <summary>Loads the cluster's spec (Cluster and InstanceGroup documents) as one <see cref="ClusterSpec"/>.</summary>
    public async Task<ClusterSpec> LoadSpecAsync(string cluster, CancellationToken cancellationToken = default)
    {
        var config = await RequireClusterAsync(cluster, cancellationToken).ConfigureAwait(false);
        var groups = await GetInstanceGroupsAsync(cluster, cancellationToken).ConfigureAwait(false);
        return Load(config.Yaml, groups.Select(g => g.Yaml), ConfigBase(cluster));
    }

    /// <summary>Loads a spec from a Cluster document and InstanceGroup documents (the first in the text is reported with exact lines).</summary>
    public static ClusterSpec Load(string clusterYaml, IEnumerable<string> groupYamls, string file)
    {
        ArgumentNullException.ThrowIfNull(clusterYaml);
        ArgumentNullException.ThrowIfNull(groupYamls);
        var parts = new List<string> { clusterYaml };
        parts.AddRange(groupYamls);
        return ClusterSpec.Load(string.Join("---\n", parts.Select(p => p.EndsWith('\n') ? p : p + "\n")), file);
    }

    /// <summary>The cluster's SSH public key, or null when it has none.</summary>
    public async Task<string?> GetSshPublicKeyAsync(string cluster, CancellationToken cancellationToken = default)
    {
        var keys = await Objects.ListAsync(SshPublicKeyPrefix(cluster), cancellationToken).ConfigureAwait(false);
        if (keys.Count == 0)
        {
            return null;
        }

        if (keys.Count > 1)
        {
            throw new StoreException($"cluster {cluster} has {keys.Count} SSH public keys under {ObjectStores.Combine(Location, SshPublicKeyPrefix(cluster))}; keep one");
        }

        var stored = await Objects.GetAsync(keys[0], cancellationToken).ConfigureAwait(false);
        return stored is null ? null : Utf8.GetString(stored.Content);
    }

    /// <summary>
    /// Stores a new cluster: the Cluster document first (claiming the name: a second creator gets
    /// <see cref="ClusterExistsException"/>), then its instance groups and SSH key. On failure, what was written is removed.
    /// </summary>
    public async Task CreateAsync(ClusterSpec spec, string? sshPublicKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var cluster = spec.Cluster.Metadata?.Name ?? throw new ArgumentException("the spec has no cluster name", nameof(spec));
        CheckName(cluster, "cluster");
        if ((await Objects.ListAsync(cluster + "/", cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            throw new ClusterExistsException(cluster, Location);
        }

        var written = new List<string>();
        try
        {
            try
            {
                await Objects.PutAsync(ConfigKey(cluster), Utf8.GetBytes(ClusterSpec.ToYaml(spec.Cluster)), Precondition.IfAbsent, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreConflictException e)
            {
                throw new ClusterExistsException(cluster, Location, e);
            }

            written.Add(ConfigKey(cluster));
            foreach (var group in spec.InstanceGroups)
            {
                var key = InstanceGroupKey(cluster, GroupName(group));
                await Objects.PutAsync(key, Utf8.GetBytes(ClusterSpec.ToYaml(group)), Precondition.IfAbsent, cancellationToken).ConfigureAwait(false);
                written.Add(key);
            }

            if (sshPublicKey is not null)
            {
                var key = SshPublicKeyPrefix(cluster) + SshFingerprint(sshPublicKey);
                await Objects.PutAsync(key, Utf8.GetBytes(sshPublicKey.Trim() + "\n"), Precondition.IfAbsent, cancellationToken).ConfigureAwait(false);
                written.Add(key);
            }
        }
        catch (Exception e) when (e is not ClusterExistsException)
        {
            written.Reverse();
            foreach (var key in written)
            {
                await Objects.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>Stores a new instance group of an existing cluster; fails when one of that name exists.</summary>
    public async Task CreateInstanceGroupAsync(string cluster, InstanceGroupDocument group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        await RequireClusterAsync(cluster, cancellationToken).ConfigureAwait(false);
        var name = GroupName(group);
        try
        {
            await Objects.PutAsync(InstanceGroupKey(cluster, name), Utf8.GetBytes(ClusterSpec.ToYaml(group)), Precondition.IfAbsent, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreConflictException e)
        {
            throw new StoreConflictException($"instance group {name} already exists in cluster {cluster}; change it with kgen edit instancegroup {name} --name {cluster}", e);
        }
    }

    /// <summary>Replaces a stored document, only if it is still at the version it was read at; returns the new version.</summary>
    public async Task<string> UpdateAsync(StoredDocument read, string yaml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(yaml);
        return await Objects.PutAsync(read.Key, Utf8.GetBytes(yaml), Precondition.IfMatch(read.Version), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every key the cluster has in the store (spec, instance groups, secrets), sorted.</summary>
    public async Task<IReadOnlyList<string>> ListKeysAsync(string cluster, CancellationToken cancellationToken = default)
    {
        CheckName(cluster, "cluster");
        return await Objects.ListAsync(cluster + "/", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes every key of the cluster; the Cluster document goes last, so an interrupted delete can be repeated.</summary>
    public async Task DeleteAsync(string cluster, CancellationToken cancellationToken = default)
    {
        var keys = await ListKeysAsync(cluster, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys.Where(k => k != ConfigKey(cluster)))
        {
            await Objects.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        }

        await Objects.DeleteAsync(ConfigKey(cluster), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The MD5 fingerprint of an OpenSSH public key as hex without colons (how kops names the key's object).</summary>
    public static string SshFingerprint(string publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        var parts = publicKey.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        byte[] blob;
        try
        {
            blob = parts.Length >= 2 ? Convert.FromBase64String(parts[1]) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new StoreException("the SSH public key is not in OpenSSH format (\"ssh-ed25519 AAAA… comment\")");
        }

#pragma warning disable CA5351 // MD5 is the SSH fingerprint format kops uses for the key's name, not a security measure.
        return Convert.ToHexStringLower(MD5.HashData(blob));
#pragma warning restore CA5351
    }

    private static string GroupName(InstanceGroupDocument group) =>
        group.Metadata?.Name is { Length: > 0 } n ? CheckName(n, "instance group") : throw new ArgumentException("an instance group has no name", nameof(group));

    private static string CheckName(string name, string what)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name is "." or ".." || name.StartsWith('.'))
        {
            throw new StoreException($"\"{name}\" is not a valid {what} name (no slashes, not starting with a dot)");
        }

        return name;
    }

    private async Task<ClusterNotFoundException> NotFoundAsync(string cluster, CancellationToken cancellationToken)
    {
        var known = await ListClustersAsync(cancellationToken).ConfigureAwait(false);
        return new ClusterNotFoundException(cluster, Location, known);
    }
}

/// <summary>The named cluster is not in the store.</summary>
public sealed class ClusterNotFoundException : StoreException
{
    /// <summary>Creates the exception.</summary>
    public ClusterNotFoundException(string cluster, string location, IReadOnlyList<string> known)
        : base($"cluster {cluster} not found in {location}" + (known.Count == 0
            ? "; the store holds no cluster: create one with kgen create cluster, or point --state / KGEN_STATE_STORE at the right store"
            : $"; it holds {string.Join(", ", known)} (kgen get clusters lists them)"))
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClusterNotFoundException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClusterNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClusterNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A cluster of that name is already in the store.</summary>
public sealed class ClusterExistsException : StoreException
{
    /// <summary>Creates the exception.</summary>
    public ClusterExistsException(string cluster, string location, Exception? innerException = null)
        : base($"cluster {cluster} already exists in {location}; change it with kgen edit cluster {cluster}, regenerate with kgen update cluster {cluster}, or remove it first with kgen delete cluster {cluster} --yes", innerException ?? new StoreConflictException())
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClusterExistsException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClusterExistsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClusterExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
