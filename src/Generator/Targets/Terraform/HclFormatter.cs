using System.Text;

namespace Kgen.Generator.Targets.Terraform;

/// <summary>
/// Lays out HCL the way <c>terraform fmt</c> does, so templates can stay free of whitespace
/// concerns: two spaces per nesting level, no blank lines inside a block, and the <c>=</c> of
/// consecutive single-line attributes at one level aligned one space after the longest name.
/// A nested block or a multi-line value ends a run of aligned attributes.
/// </summary>
internal static class HclFormatter
{
    /// <summary>Formats one top-level block (or several, separated by blank lines in the input).</summary>
    public static string FormatBlock(string text)
    {
        var sb = new StringBuilder(text.Length + 64);
        AppendBlock(sb, text);
        return sb.ToString();
    }

    /// <summary>Formats like <see cref="FormatBlock"/>, appending to <paramref name="sb"/> (one pass over the text, no line strings).</summary>
    public static void AppendBlock(StringBuilder sb, string text)
    {
        var lines = Lines(text);
        var i0 = 0;
        while (i0 < lines.Count)
        {
            // A run: consecutive single-line attributes at the same depth.
            var end = i0;
            while (end < lines.Count && lines[end].Depth == lines[i0].Depth && lines[end].Key >= 0)
            {
                end++;
            }

            if (end == i0)
            {
                Append(sb, lines[i0].Depth, text.AsSpan(lines[i0].Start, lines[i0].Length));
                i0++;
                continue;
            }

            var width = 0;
            for (var k = i0; k < end; k++)
            {
                width = Math.Max(width, lines[k].Key);
            }

            for (var k = i0; k < end; k++)
            {
                var line = text.AsSpan(lines[k].Start, lines[k].Length);
                var key = lines[k].Key;
                var value = line[(line[key..].IndexOf('=') + key + 1)..].TrimStart();
                sb.Append(' ', lines[k].Depth * 2).Append(line[..key]).Append(' ', width - key + 1).Append("= ").Append(value).Append('\n');
            }

            i0 = end;
        }
    }

    /// <summary>The trimmed, non-empty lines with their nesting depth and, for a single-line attribute, its key's length (else -1).</summary>
    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var depth = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var stop = newline < 0 ? text.Length : newline;
            var raw = text.AsSpan(start, stop - start);
            var trimmed = raw.Trim();
            if (!trimmed.IsEmpty)
            {
                if (trimmed[0] is '}' or ']' or ')')
                {
                    depth--;
                }

                var opens = trimmed[^1] is '{' or '[' or '(';
                var offset = start + (raw.Length - raw.TrimStart().Length);
                lines.Add(new Line(offset, trimmed.Length, Math.Max(depth, 0), opens ? -1 : KeyLength(trimmed)));
                if (opens)
                {
                    depth++;
                }
            }

            start = stop + 1;
        }

        if (depth != 0)
        {
            throw new InvalidOperationException($"unbalanced braces in generated HCL:\n{text}");
        }

        return lines;
    }

    /// <summary>
    /// The length of the attribute name a line starts with (an identifier, or a quoted string with
    /// backslash escapes), when whitespace and a single <c>=</c> (not <c>==</c>) follow it; else -1.
    /// </summary>
    private static int KeyLength(ReadOnlySpan<char> line)
    {
        int i;
        if (line[0] == '"')
        {
            i = 1;
            while (i < line.Length && line[i] != '"')
            {
                i += line[i] == '\\' ? 2 : 1;
            }

            if (i >= line.Length)
            {
                return -1;
            }

            i++;
        }
        else if (char.IsAsciiLetter(line[0]) || line[0] == '_')
        {
            i = 1;
            while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or '-'))
            {
                i++;
            }
        }
        else
        {
            return -1;
        }

        var key = i;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i < line.Length && line[i] == '=' && (i + 1 == line.Length || line[i + 1] != '=') ? key : -1;
    }

    private static void Append(StringBuilder sb, int depth, ReadOnlySpan<char> line) =>
        sb.Append(' ', depth * 2).Append(line).Append('\n');

    private readonly record struct Line(int Start, int Length, int Depth, int Key);
}
