using System.Text;
using DiffPlex;

namespace Kgen.Tests.Support;

/// <summary>
/// Snapshot testing on Verify's model, for whole output trees: the pinned tree lives in
/// <c>tests/snapshots/&lt;case&gt;/</c>; on a mismatch each differing file is written beside its pinned
/// copy as <c>&lt;file&gt;.received</c> and the failure shows a unified diff. Set
/// <c>KGEN_ACCEPT_SNAPSHOTS=1</c> to accept: the pinned tree is replaced by what was produced.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "KGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string caseName, IReadOnlyDictionary<string, string> produced)
    {
        var root = Path.Combine(Repo.Root, "tests", "snapshots", caseName);
        var pinned = Directory.Exists(root)
            ? Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".received", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var stale in Directory.Exists(root) ? Directory.GetFiles(root, "*.received", SearchOption.AllDirectories) : [])
        {
            File.Delete(stale);
        }

        var changed = produced.Where(p => !pinned.TryGetValue(p.Key, out var old) || old != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var removed = pinned.Keys.Where(k => !produced.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        if (changed.Count == 0 && removed.Count == 0)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            foreach (var path in removed)
            {
                File.Delete(Path.Combine(root, path));
            }

            foreach (var path in changed)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, produced[path]);
            }

            return;
        }

        var message = new StringBuilder($"snapshot {caseName} differs from tests/snapshots/{caseName}/ (accept with {AcceptVariable}=1 after reading the diff):\n");
        foreach (var path in changed)
        {
            var full = Path.Combine(root, path + ".received");
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, produced[path]);
            message.Append(UnifiedDiff(path, pinned.GetValueOrDefault(path), produced[path]));
        }

        foreach (var path in removed)
        {
            message.Append($"--- {path}\n+++ /dev/null (no longer produced)\n");
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>A unified diff with three lines of context.</summary>
    public static string UnifiedDiff(string path, string? before, string after)
    {
        var sb = new StringBuilder();
        sb.Append(before is null ? "--- /dev/null\n" : $"--- a/{path}\n").Append($"+++ b/{path}\n");
        var a = (before ?? string.Empty).Split('\n');
        var b = after.Split('\n');
        var diff = Differ.Instance.CreateLineDiffs(before ?? string.Empty, after, ignoreWhitespace: false);
        const int Context = 3;
        var shown = 0;
        foreach (var block in diff.DiffBlocks)
        {
            var start = Math.Max(block.DeleteStartA - Context, 0);
            var endA = Math.Min(block.DeleteStartA + block.DeleteCountA + Context, a.Length);
            var startB = Math.Max(block.InsertStartB - Context, 0);
            sb.Append($"@@ -{start + 1} +{startB + 1} @@\n");
            for (var i = start; i < block.DeleteStartA; i++)
            {
                sb.Append(' ').Append(a[i]).Append('\n');
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                sb.Append('-').Append(a[block.DeleteStartA + i]).Append('\n');
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                sb.Append('+').Append(b[block.InsertStartB + i]).Append('\n');
            }

            for (var i = block.DeleteStartA + block.DeleteCountA; i < endA; i++)
            {
                sb.Append(' ').Append(a[i]).Append('\n');
            }

            if (++shown == 20)
            {
                sb.Append($"… {diff.DiffBlocks.Count - shown} more hunks\n");
                break;
            }
        }

        return sb.ToString();
    }
}
