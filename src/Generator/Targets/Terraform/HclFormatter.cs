using System.Text;
using System.Text.RegularExpressions;

namespace Kgen.Generator.Targets.Terraform;

/// <summary>
/// Lays out HCL the way <c>terraform fmt</c> does, so templates can stay free of whitespace
/// concerns: two spaces per nesting level, no blank lines inside a block, and the <c>=</c> of
/// consecutive single-line attributes at one level aligned one space after the longest name.
/// A nested block or a multi-line value ends a run of aligned attributes.
/// </summary>
internal static partial class HclFormatter
{
    /// <summary>Formats one top-level block (or several, separated by blank lines in the input).</summary>
    public static string FormatBlock(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var depths = new int[lines.Count];
        var depth = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line[0] is '}' or ']' or ')')
            {
                depth--;
            }

            depths[i] = Math.Max(depth, 0);
            if (Opens(line))
            {
                depth++;
            }
        }

        if (depth != 0)
        {
            throw new InvalidOperationException($"unbalanced braces in generated HCL:\n{text}");
        }

        var sb = new StringBuilder();
        var i0 = 0;
        while (i0 < lines.Count)
        {
            // A run: consecutive single-line attributes at the same depth.
            var end = i0;
            while (end < lines.Count && depths[end] == depths[i0] && IsSingleLineAttribute(lines[end]))
            {
                end++;
            }

            if (end == i0)
            {
                Append(sb, depths[i0], lines[i0]);
                i0++;
                continue;
            }

            var width = 0;
            for (var k = i0; k < end; k++)
            {
                width = Math.Max(width, Key(lines[k]).Length);
            }

            for (var k = i0; k < end; k++)
            {
                var key = Key(lines[k]);
                var value = lines[k][(lines[k].IndexOf('=', key.Length) + 1)..].TrimStart();
                Append(sb, depths[k], key.PadRight(width) + " = " + value);
            }

            i0 = end;
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, int depth, string line) =>
        sb.Append(' ', depth * 2).Append(line).Append('\n');

    private static bool Opens(string line) => line.EndsWith('{') || line.EndsWith('[') || line.EndsWith('(');

    private static bool IsSingleLineAttribute(string line) => AttributePattern().IsMatch(line) && !Opens(line);

    private static string Key(string line) => AttributePattern().Match(line).Groups["key"].Value;

    [GeneratedRegex("^(?<key>[A-Za-z_][A-Za-z0-9_\\-]*|\"(?:[^\"\\\\]|\\\\.)*\")\\s*=(?!=)")]
    private static partial Regex AttributePattern();
}
