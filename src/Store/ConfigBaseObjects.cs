using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Kgen.Generator;

namespace Kgen.Store;

/// <summary>
/// Writes the objects a generation places in the cluster's config store (the node scripts, <c>nodeup/…</c>, and the
/// add-ons' files, <c>addons/…</c>) where its target does not: CloudFormation has no S3 object resource, and a store
/// outside S3 (<c>file://</c>) is no Terraform resource. Their keys are named by their content (a script's SHA-256, an
/// add-on folder's digest), so writing them before an apply changes nothing that running or booting nodes read; an object already there with the same bytes is left alone, one with other bytes
/// (which every node would refuse) is replaced.
/// </summary>
public static class ConfigBaseObjects
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the objects of <paramref name="output"/> that its target does not write into the cluster's config store.</summary>
    /// <param name="output">A generation of the cluster.</param>
    /// <param name="configBase">The cluster's <c>configBase</c>.</param>
    /// <param name="storeOptions">The store's environment and warnings; the cluster's KMS key, when it names one (<see cref="StoreOptions.KmsKeyId"/>), encrypts them.</param>
    /// <param name="cancellationToken">Cancels the store calls.</param>
    /// <returns>The keys written (empty when every one was there already).</returns>
    /// <exception cref="StoreException">The store cannot be reached or refuses the writes.</exception>
    public static async Task<ImmutableArray<string>> WriteAsync(GeneratedOutput output, string configBase, StoreOptions? storeOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(configBase);
        var pending = output.ConfigBaseObjects.Where(o => !o.WrittenByTarget).ToList();
        if (pending.Count == 0)
        {
            return [];
        }

        return await WriteAsync(ObjectStores.Open(configBase, storeOptions), pending, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes each object unless the store holds its bytes already.</summary>
    internal static async Task<ImmutableArray<string>> WriteAsync(IObjectStore store, IEnumerable<ConfigBaseFile> objects, CancellationToken cancellationToken = default)
    {
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var o in objects.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var existing = await store.GetAsync(o.Key, cancellationToken).ConfigureAwait(false);
            if (existing is not null && Convert.ToHexStringLower(SHA256.HashData(existing.Content)) == o.Sha256)
            {
                continue;
            }

            await store.PutAsync(o.Key, Utf8.GetBytes(o.Content), Precondition.None, cancellationToken).ConfigureAwait(false);
            written.Add(o.Key);
        }

        return written.ToImmutable();
    }
}
