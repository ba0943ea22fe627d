using System.Text;
using Kgen.Model;

namespace Kgen.Generator;

/// <summary>Generated files in memory: relative path (with <c>/</c>) → content.</summary>
public sealed class GeneratedOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    internal GeneratedOutput(IReadOnlyDictionary<string, string> files, IReadOnlyList<string> ownedEntries, IReadOnlyList<Diagnostic>? warnings = null)
    {
        Warnings = warnings ?? [];
        Files = new SortedDictionary<string, string>(files.ToDictionary(), StringComparer.Ordinal);
        OwnedEntries = ownedEntries;
    }

    /// <summary>The files, sorted by path.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>
    /// What the target could not express as the plan says or what the user must know to deploy it (e.g. a
    /// CloudFormation difference or the template-size message); the output is still complete and valid.
    /// Each is a <see cref="Severity.Warning"/> diagnostic; its <c>ToString()</c> is the line the CLI prints.
    /// </summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>
    /// The objects the cluster's config store must hold before nodes boot (the node scripts, <c>nodeup/…</c>), by key.
    /// Those the target does not write (<see cref="ConfigBaseFile.WrittenByTarget"/> false: CloudFormation, and every
    /// store outside S3) are written by kgen with the cluster's secrets (the CLI does; a program writes them with
    /// Kgen.Store's <c>ConfigBaseObjects.WriteAsync</c>).
    /// </summary>
    public IReadOnlyList<ConfigBaseFile> ConfigBaseObjects { get; init; } = [];

    /// <summary>The plan the files were rendered from (for reports that ask the renderers where a resource went).</summary>
    internal Plan.ClusterPlan? Plan { get; init; }

    /// <summary>The proof of every need of the cluster's roles on <see cref="Plan"/> (for <c>kgen explain</c>).</summary>
    internal Verification.VerificationReport? Verification { get; init; }

    /// <summary>The top-level entries of the output folder this target owns and replaces (e.g. <c>kubernetes.tf</c>, <c>data</c>).</summary>
    public IReadOnlyList<string> OwnedEntries { get; }

    /// <summary>
    /// Writes the files into <paramref name="directory"/>, replacing only the entries this target owns
    /// (other files, such as Terraform state or extra <c>.tf</c> files, stay). Everything is written to a
    /// staging folder first and then renamed into place, so a failure leaves the previous output whole.
    /// </summary>
    public async Task WriteToAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var staging = Path.Combine(directory, $".kgen-staging-{Guid.NewGuid():N}");
        var retired = Path.Combine(directory, $".kgen-retired-{Guid.NewGuid():N}");
        var swapped = new List<string>();
        try
        {
            foreach (var (path, content) in Files)
            {
                var full = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, content, Utf8, cancellationToken).ConfigureAwait(false);
            }

            Directory.CreateDirectory(retired);
            foreach (var entry in OwnedEntries)
            {
                Move(Path.Combine(directory, entry), Path.Combine(retired, entry));
                swapped.Add(entry);
                Move(Path.Combine(staging, entry), Path.Combine(directory, entry));
            }
        }
        catch
        {
            // Roll back: what was swapped in goes, what was there before comes back.
            foreach (var entry in swapped)
            {
                Delete(Path.Combine(directory, entry));
                Move(Path.Combine(retired, entry), Path.Combine(directory, entry));
            }

            throw;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            if (Directory.Exists(retired))
            {
                Directory.Delete(retired, recursive: true);
            }
        }
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else if (File.Exists(from))
        {
            File.Move(from, to);
        }
    }

    private static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}

/// <summary>An object the cluster's config store must hold.</summary>
/// <param name="Key">Its key below the cluster's <c>configBase</c>.</param>
/// <param name="Content">Its text (written as UTF-8).</param>
/// <param name="Sha256">The SHA-256 of its bytes, lowercase hex (nodes refuse an object whose bytes differ).</param>
/// <param name="WrittenByTarget">Whether the generated files write it (Terraform's <c>aws_s3_object</c>); else kgen must.</param>
public sealed record ConfigBaseFile(string Key, string Content, string Sha256, bool WrittenByTarget);
