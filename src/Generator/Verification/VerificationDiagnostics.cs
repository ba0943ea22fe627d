using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Verification;

/// <summary>A verification report as the library reports problems: errors for unproven needs, warnings for the rest.</summary>
internal static class VerificationDiagnostics
{
    /// <summary>One error per need the plan does not allow, naming what is missing.</summary>
    public static IEnumerable<Diagnostic> Errors(ClusterPlan plan, VerificationReport report) => report.Unproven.Select(p => Diagnostic.Error(
        DiagnosticCodes.NeedUnproven,
        new PlanLocation(plan.Cluster.Name),
        $"{p.Need.Actor.Label} {Phase(p.Need.Phase)}: {p.Need.What} ({p.Need.Purpose}) is not allowed by the plan: {p.Missing}"));

    /// <summary>The deferred needs (once per reason) and what is open but unused.</summary>
    public static IEnumerable<Diagnostic> Warnings(ClusterPlan plan, VerificationReport report)
    {
        var location = new PlanLocation(plan.Cluster.Name);
        foreach (var group in report.Proofs.Where(p => p.Deferred is not null).GroupBy(p => (p.Deferred, p.Missing)))
        {
            var actors = string.Join(", ", group.Select(p => p.Need.Actor.Label).Distinct(StringComparer.Ordinal));
            yield return Diagnostic.Warning(DiagnosticCodes.NeedDeferred, location, $"{group.Key.Missing}; {group.Key.Deferred}, so {actors} never boot from this output as it is");
        }

        foreach (var unused in report.Unused)
        {
            yield return Diagnostic.Warning(DiagnosticCodes.OpenButUnused, location, unused);
        }
    }

    /// <summary>A phase as the reports say it.</summary>
    public static string Phase(NeedPhase phase) => phase == NeedPhase.Boot ? "at boot" : "in steady state";
}
