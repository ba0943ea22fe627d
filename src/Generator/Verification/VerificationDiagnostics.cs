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

    /// <summary>
    /// What is open but unused. (Needs deferred to a guard are not repeated here: the guard's own warning says what
    /// stops the apply and the fix; <c>kgen explain</c> lists the needs it defers.)
    /// </summary>
    public static IEnumerable<Diagnostic> Warnings(ClusterPlan plan, VerificationReport report) =>
        report.Unused.Select(unused => Diagnostic.Warning(DiagnosticCodes.OpenButUnused, new PlanLocation(plan.Cluster.Name), unused));

    /// <summary>A phase as the reports say it.</summary>
    public static string Phase(NeedPhase phase) => phase == NeedPhase.Boot ? "at boot" : "in steady state";
}
