using System.Security.Cryptography;

namespace Kgen.Store;

/// <summary>
/// A store in a local folder. Versions are SHA-256 content hashes. Writes go to a temporary file that is renamed
/// over the target; conditional writes hold an exclusive lock file for the check and the rename, so two
/// processes cannot both win.
/// </summary>
internal sealed class FileObjectStore(string location, string root) : IObjectStore
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    public string Location { get; } = location;

    public string Root { get; } = root;

    public async Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return new StoredObject(bytes, VersionOf(bytes));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task<string> PutAsync(string key, ReadOnlyMemory<byte> content, Precondition precondition, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        var directory = Path.GetDirectoryName(path)!;
        CreateDirectory(directory);
        await KeepOutOfVersionControlAsync(cancellationToken).ConfigureAwait(false);
        using (await AcquireLockAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (precondition.MustBeAbsent && File.Exists(path))
            {
                throw new StoreConflictException($"{Describe(key)} already exists");
            }

            if (precondition.Version is { } expected)
            {
                var current = File.Exists(path) ? VersionOf(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)) : null;
                if (current != expected)
                {
                    throw new StoreConflictException(current is null
                        ? $"{Describe(key)} was deleted by someone else since it was read"
                        : $"{Describe(key)} was changed by someone else since it was read");
                }
            }

            var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
            try
            {
                // Owner-only (0600): a config store holds the cluster's private keys and tokens.
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                await using (var stream = new FileStream(temp, options))
                {
                    await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                }

                File.Move(temp, path, overwrite: true);
            }
            finally
            {
                File.Delete(temp);
            }

            return VersionOf(content.Span);
        }
    }

    public Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(Root))
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        var keys = Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(k => !Path.GetFileName(k).StartsWith('.') && k.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<string>>(keys);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!Directory.Exists(Path.GetDirectoryName(path)))
        {
            return;
        }

        using (await AcquireLockAsync(path, cancellationToken).ConfigureAwait(false))
        {
            File.Delete(path);
        }

        File.Delete(LockPath(path));
    }

    private static string VersionOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string LockPath(string path) => Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.lock");

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var lockPath = LockPath(path);
        var deadline = DateTime.UtcNow + LockTimeout;
        var delay = 5;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = Math.Min(delay * 2, 200);
            }
            catch (IOException e)
            {
                throw new StoreException($"{lockPath} stayed locked for {LockTimeout.TotalSeconds:0} seconds; another kgen may be stuck (delete the lock file if no kgen is running)", e);
            }
        }
    }

    private string PathOf(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.StartsWith('/') || key.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new ArgumentException($"store key \"{key}\" must be relative, without empty, . or .. segments", nameof(key));
        }

        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// A local store holds cluster secrets (CA keys) and often sits inside a working copy (the default is
    /// <c>file://./state</c>): a <c>.gitignore</c> that ignores everything keeps them out of a commit by accident.
    /// </summary>
    private async Task KeepOutOfVersionControlAsync(CancellationToken cancellationToken)
    {
        var ignore = Path.Combine(Root, ".gitignore");
        if (File.Exists(ignore))
        {
            return;
        }

        try
        {
            await using var stream = new FileStream(ignore, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await stream.WriteAsync("# kgen state store: cluster specs and secrets (CA keys). Keep it out of version control.\n*\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (File.Exists(ignore))
        {
            // Another writer created it first.
        }
    }

    private string Describe(string key) => $"{Location.TrimEnd('/')}/{key}";

    private void CreateDirectory(string directory)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot create {directory} for store {Location}: {e.Message}", e);
        }
    }
}
