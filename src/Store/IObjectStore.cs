namespace Kgen.Store;

/// <summary>One stored object: its bytes and an opaque version (an ETag) for conditional writes.</summary>
/// <param name="Content">The object's bytes.</param>
/// <param name="Version">Opaque version; pass it to <see cref="Precondition.IfMatch"/> to update only what was read.</param>
public sealed record StoredObject(byte[] Content, string Version)
{
    /// <summary>The ARN (or id) of the KMS key the object is encrypted with on S3 (SSE-KMS); null when it is not.</summary>
    public string? KmsKeyId { get; init; }
}

/// <summary>When a write may happen.</summary>
public readonly record struct Precondition
{
    private Precondition(bool mustBeAbsent, string? version)
    {
        MustBeAbsent = mustBeAbsent;
        Version = version;
    }

    /// <summary>Write whatever is there.</summary>
    public static Precondition None => default;

    /// <summary>Write only if no object exists under the key (create).</summary>
    public static Precondition IfAbsent => new(true, null);

    /// <summary>True for <see cref="IfAbsent"/>.</summary>
    public bool MustBeAbsent { get; }

    /// <summary>The version that must still be current, for <see cref="IfMatch"/>.</summary>
    public string? Version { get; }

    /// <summary>Write only if the object still has <paramref name="version"/> (update what was read).</summary>
    public static Precondition IfMatch(string version) => new(false, version ?? throw new ArgumentNullException(nameof(version)));
}

/// <summary>
/// A flat key → bytes store rooted at a location (<c>file://PATH</c> or <c>s3://bucket/prefix</c>). Keys use
/// <c>/</c> and are relative to the root. Every write is atomic: a reader sees the old or the new bytes, never a
/// mix. Conditional writes that lose a race throw <see cref="StoreConflictException"/>.
/// </summary>
public interface IObjectStore
{
    /// <summary>The root, as the user named it (e.g. <c>s3://acme-kgen-state/acme.k8s.local</c>).</summary>
    string Location { get; }

    /// <summary>The object under <paramref name="key"/>, or null when there is none.</summary>
    Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="content"/> under <paramref name="key"/> if <paramref name="precondition"/> holds; returns the new version.</summary>
    Task<string> PutAsync(string key, ReadOnlyMemory<byte> content, Precondition precondition, CancellationToken cancellationToken = default);

    /// <summary>Every key that starts with <paramref name="prefix"/> (relative to the root), sorted ordinally.</summary>
    Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Deletes the object under <paramref name="key"/>; nothing happens when there is none.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>A store problem the user can act on (missing bucket, access denied, no credentials…); the message says what to do.</summary>
public class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreException()
    {
    }
}

/// <summary>A conditional write lost: someone else created or changed the object since it was read.</summary>
public sealed class StoreConflictException : StoreException
{
    /// <summary>Creates the exception.</summary>
    public StoreConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public StoreConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreConflictException()
    {
    }
}
