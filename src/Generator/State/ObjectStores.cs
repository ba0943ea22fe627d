namespace Kgen.Generator.State;

/// <summary>Opens a store from its location string.</summary>
public static class ObjectStores
{
    /// <summary>
    /// Opens <paramref name="location"/>: <c>file://PATH</c> (relative paths are taken from the current
    /// directory) or <c>s3://bucket/prefix</c>.
    /// </summary>
    public static IObjectStore Open(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.StartsWith("file://", StringComparison.Ordinal))
        {
            var path = location["file://".Length..];
            if (path.Length == 0)
            {
                throw new StoreException($"store \"{location}\" names no folder; use file://PATH, e.g. file://./state");
            }

            return new FileObjectStore(location, Path.GetFullPath(path));
        }

        throw new StoreException($"store \"{location}\" is not supported; use file://PATH or s3://bucket/prefix");
    }

    /// <summary>Joins a store location and a relative key prefix (e.g. a cluster name) with one slash.</summary>
    public static string Combine(string location, string relative)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(relative);
        return location.TrimEnd('/') + "/" + relative.Trim('/');
    }
}
