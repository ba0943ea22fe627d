using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Kgen.Generator;

namespace Kgen.Store;

/// <summary>An etcd snapshot a control-plane node saved in its cluster's config store.</summary>
/// <param name="Name">What a restore request names: <c>&lt;etcd cluster&gt;/&lt;UTC time&gt;.db</c>, e.g. <c>main/20261130T000000Z.db</c>.</param>
/// <param name="Key">The snapshot's key in the state store.</param>
/// <param name="Taken">When it was taken (UTC, from its name).</param>
/// <param name="HasChecksum">Whether its SHA-256 lies beside it (it is written last: a snapshot without one is incomplete).</param>
public sealed record EtcdSnapshot(string Name, string Key, DateTimeOffset Taken, bool HasChecksum);

/// <summary>
/// The etcd snapshots of a cluster (<c>&lt;configBase&gt;/backups/etcd/&lt;etcd cluster&gt;/</c>, written by the control plane's
/// <c>kgen-etcd-snapshot.timer</c>) and the restore request the control plane acts on.
/// </summary>
public static partial class EtcdSnapshots
{
    /// <summary>The etcd cluster kgen runs and snapshots.</summary>
    public const string MainCluster = "main";

    /// <summary>The snapshots of a cluster, oldest first.</summary>
    /// <param name="store">The state store.</param>
    /// <param name="cluster">The cluster's name.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>Every snapshot, oldest first.</returns>
    public static async Task<IReadOnlyList<EtcdSnapshot>> ListAsync(ClusterStore store, string cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await store.RequireClusterAsync(cluster, cancellationToken).ConfigureAwait(false);
        var prefix = $"{cluster}/{ConfigStoreLayout.EtcdBackups(MainCluster)}";
        var keys = (await store.Objects.ListAsync(prefix, cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return [.. keys
            .Select(k => (Key: k, Match: SnapshotName().Match(k[prefix.Length..])))
            .Where(x => x.Match.Success)
            .Select(x => new EtcdSnapshot(
                $"{MainCluster}/{x.Match.Value}",
                x.Key,
                DateTimeOffset.ParseExact(x.Match.Groups["time"].Value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                keys.Contains(x.Key + ConfigStoreLayout.EtcdChecksumExtension)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)];
    }

    /// <summary>The newest complete snapshot (one with its checksum), or null.</summary>
    /// <param name="snapshots">A listing from <see cref="ListAsync"/>.</param>
    /// <returns>The newest snapshot with a checksum.</returns>
    public static EtcdSnapshot? Newest(IReadOnlyList<EtcdSnapshot> snapshots) => snapshots?.LastOrDefault(s => s.HasChecksum);

    /// <summary>
    /// Asks the control plane to restore from a snapshot: checks that the snapshot matches its SHA-256, then writes the
    /// restore request (<c>&lt;snapshot&gt; &lt;request id&gt;</c>) that control-plane nodes act on when they boot or rerun.
    /// </summary>
    /// <param name="store">The state store.</param>
    /// <param name="cluster">The cluster's name.</param>
    /// <param name="snapshot">The snapshot's <see cref="EtcdSnapshot.Name"/>.</param>
    /// <param name="requestedAt">When the request is made; it names the request, so the same snapshot can be asked for again.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The request line written.</returns>
    public static async Task<string> RequestRestoreAsync(ClusterStore store, string cluster, string snapshot, DateTimeOffset requestedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var all = await ListAsync(store, cluster, cancellationToken).ConfigureAwait(false);
        var chosen = all.FirstOrDefault(s => s.Name == snapshot) ?? throw new StoreException(
            $"cluster {cluster} has no etcd snapshot {snapshot}; kgen get etcd-snapshots --name {cluster} lists them" +
            (Newest(all) is { } newest ? $" (the newest is {newest.Name})" : " (there are none yet)"));
        var content = await store.Objects.GetAsync(chosen.Key, cancellationToken).ConfigureAwait(false)
            ?? throw new StoreException($"{chosen.Key} vanished while it was read");
        var sum = await store.Objects.GetAsync(chosen.Key + ConfigStoreLayout.EtcdChecksumExtension, cancellationToken).ConfigureAwait(false)
            ?? throw new StoreException($"etcd snapshot {snapshot} has no SHA-256 beside it ({chosen.Key}{ConfigStoreLayout.EtcdChecksumExtension}): it is incomplete; choose another");
        var expected = Encoding.UTF8.GetString(sum.Content).Split(' ', 2)[0].Trim();
        var actual = Convert.ToHexStringLower(SHA256.HashData(content.Content));
        if (expected != actual)
        {
            throw new StoreException($"etcd snapshot {snapshot} does not match its SHA-256 (file {actual}, recorded {expected}); choose another");
        }

        var request = $"{snapshot} {requestedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
        await store.Objects.PutAsync($"{cluster}/{ConfigStoreLayout.EtcdRestoreRequest}", Encoding.UTF8.GetBytes(request + "\n"), Precondition.None, cancellationToken).ConfigureAwait(false);
        return request;
    }

    [GeneratedRegex(@"^(?<time>\d{8}T\d{6}Z)\.db$")]
    private static partial Regex SnapshotName();
}
