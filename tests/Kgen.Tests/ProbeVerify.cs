using Kgen.Generator.Bootstrap;
using Kgen.Generator.Verification;
using Kgen.Model;

namespace Kgen.Tests;

public sealed class ProbeVerify
{
    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void Probe(string name, string spec, string? key)
    {
        var cluster = ClusterSpec.Load(File.ReadAllText(spec), Path.GetFileName(spec)).Resolve(key is null ? null : File.ReadAllText(key));
        var plan = Generator.Generator.BuildPlan(cluster);
        var report = PlanVerifier.Verify(plan, RoleNeeds.Of(plan));
        var lines = new List<string> { $"== {name}" };
        lines.AddRange(report.Proofs.Where(p => !p.Proven).Select(p => $"UNPROVEN {p.Need.Actor.Label} {p.Need.Phase}: {p.Need.What} -- {p.Missing}{(p.Deferred is null ? "" : " [deferred]")}"));
        lines.AddRange(report.Unused.Select(u => "UNUSED " + u));
        lines.AddRange(report.Proofs.SelectMany(p => p.Assumptions).Distinct().Select(a => "ASSUME " + a));
        File.WriteAllLines($"/tmp/probe/{name}.txt", lines);
    }
}
