using System.Globalization;
using System.Text;

namespace Kgen.Model.Formats;

/// <summary>Writes <c>docs/kops-compatibility.md</c> from <see cref="KopsFieldTable"/> (a test keeps the file current).</summary>
internal static class KopsCompatibilityDoc
{
    /// <summary>The document's text.</summary>
    public static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("# kops compatibility: every field of kops' v1alpha2 API\n\n");
        sb.Append("<!-- Generated from src/Model/Formats/KopsFieldTable.cs; do not edit. Regenerate with\n");
        sb.Append("     KGEN_ACCEPT_SNAPSHOTS=1 dotnet test Generator.sln --filter FullyQualifiedName~KopsFieldTableTests -->\n\n");
        sb.Append("kgen loads kops' `kops.k8s.io/v1alpha2` Cluster and InstanceGroup manifests unchanged. Each field kops has\n");
        sb.Append("is decided here:\n\n");
        sb.Append("- **implemented**: kgen honours it as kops does;\n");
        sb.Append("- **mapped**: kgen honours it through its own equivalent (the note says which);\n");
        sb.Append("- **ignored**: accepted, and loading prints a warning (`KG0300`) naming the field and the reason, once per\n");
        sb.Append("  field, grouped by reason; the exit code does not change. `kgen -f FILE --strict` makes each an error;\n");
        sb.Append("- **refused**: an error (`KG0301`) with the reason and what to do: ignoring it would silently change what\n");
        sb.Append("  gets created, who can reach it, or what it costs.\n\n");
        sb.Append("A document of another API in a kops manifest (kops' additional objects, such as a scheduler configuration)\n");
        sb.Append("is accepted and ignored with a warning, like an ignored field; kgen does not apply it.\n\n");
        sb.Append("A field kops does not have is an error (`KG0013`) with a did-you-mean. A field without a row of its own\n");
        sb.Append(CultureInfo.InvariantCulture, $"takes its nearest ancestor's decision (shown as *as `ancestor`*). Add-on fields wait for the add-on issue ({KopsFieldTable.AddonIssue}).\n");
        foreach (var document in new[] { "Cluster", "InstanceGroup" })
        {
            var fields = KopsFieldTable.Fields(document);
            var counts = fields.Select(f => KopsFieldTable.Decide(document, f)?.Decision).GroupBy(d => d).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Word(g.Key)}");
            sb.Append(CultureInfo.InvariantCulture, $"\n## {document} (`spec`)\n\n{fields.Length} fields: {string.Join(", ", counts)}.\n\n");
            sb.Append("| Field | Decision | Why / what kgen does |\n|---|---|---|\n");
            foreach (var field in fields)
            {
                var rule = KopsFieldTable.Decide(document, field);
                var own = KopsFieldTable.OwnRule(document, field);
                var inherited = own is null && rule is not null && !rule.Path.EndsWith(".*", StringComparison.Ordinal);
                var note = rule is null ? string.Empty : inherited ? $"as `{rule.Path}`" : rule.Note.Replace("|", "\\|", StringComparison.Ordinal);
                sb.Append(CultureInfo.InvariantCulture, $"| `{field}` | {Word(rule?.Decision)} | {note} |\n");
            }
        }

        return sb.ToString();
    }

    private static string Word(KopsFieldDecision? decision) => decision switch
    {
        KopsFieldDecision.Implemented => "implemented",
        KopsFieldDecision.Mapped => "mapped",
        KopsFieldDecision.Ignored => "ignored",
        KopsFieldDecision.Refused => "refused",
        _ => "undecided",
    };
}
