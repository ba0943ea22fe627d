using System.Globalization;
using System.Text;
using Kgen.Generator.Plan;

namespace Kgen.Generator.Verification;

/// <summary>
/// The proof as a reviewer reads it in a pull request (Markdown): per actor, each need and the rules, routes,
/// records and statements that allow it; then what rests on assumptions, and what is open but unused.
/// </summary>
internal static class ExplainReport
{
    /// <summary>The report of <paramref name="report"/> on <paramref name="plan"/>.</summary>
    public static string Markdown(ClusterPlan plan, VerificationReport report)
    {
        var sb = new StringBuilder();
        var proven = report.Proofs.Count(p => p.Proven);
        var deferred = report.Proofs.Count(p => p.Deferred is not null);
        var unproven = report.Proofs.Length - proven - deferred;
        sb.Append("# What cluster ").Append(plan.Cluster.Name).Append(" needs, and what allows it\n\n");
        sb.Append(Invariant($"{report.Proofs.Length} needs: {proven} proven, {deferred} deferred to a guard, {unproven} unproven. "));
        sb.Append("Each row is something a machine does at boot or in steady state (declared beside its user-data), and the plan's resources that allow it, hop by hop.\n");
        foreach (var actor in report.Proofs.GroupBy(p => p.Need.Actor.Label, StringComparer.Ordinal))
        {
            sb.Append("\n## ").Append(actor.Key).Append("\n\n");
            sb.Append("| When | Need | For | Allowed by |\n| --- | --- | --- | --- |\n");
            foreach (var p in actor)
            {
                sb.Append("| ").Append(p.Need.Phase == NeedPhase.Boot ? "boot" : "steady")
                    .Append(" | ").Append(Cell(p.Need.What))
                    .Append(" | ").Append(Cell(p.Need.Purpose))
                    .Append(" | ").Append(Verdict(p)).Append(" |\n");
            }
        }

        var assumptions = report.Proofs.SelectMany(p => p.Assumptions).Distinct(StringComparer.Ordinal).ToList();
        if (assumptions.Count > 0)
        {
            sb.Append("\n## Assumed (outside what kgen manages)\n\n");
            foreach (var a in assumptions)
            {
                sb.Append("- ").Append(a).Append('\n');
            }
        }

        sb.Append("\n## Open, but no need uses it\n\n");
        if (report.Unused.IsEmpty)
        {
            sb.Append("Nothing: every ingress rule and every IAM action kgen grants serves a need above.\n");
        }
        else
        {
            foreach (var u in report.Unused)
            {
                sb.Append("- ").Append(u).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Verdict(Proof p)
    {
        var steps = string.Join("<br>", p.Steps.Select(s => Cell(s.ToString())));
        if (p.Deferred is not null)
        {
            return $"**deferred**: {Cell(p.Deferred)}: {Cell(p.Missing!)}";
        }

        if (!p.Proven)
        {
            return $"**missing**: {Cell(p.Missing!)}" + (steps.Length > 0 ? "<br>" + steps : string.Empty);
        }

        return steps;
    }

    /// <summary>Text that stays inside one Markdown table cell.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
