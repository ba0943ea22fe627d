using System.Collections.Immutable;
using Kgen.Generator.Plan;

namespace Kgen.Generator.Verification;

/// <summary>What the verifier found: a proof per need, and what the plan opens that no need uses.</summary>
/// <param name="Proofs">One per need, in declaration order.</param>
/// <param name="Unused">Ingress rules and IAM grants that no declared need uses (warnings).</param>
internal sealed record VerificationReport(ImmutableArray<Proof> Proofs, ImmutableArray<string> Unused)
{
    /// <summary>The needs the plan does not allow.</summary>
    public IEnumerable<Proof> Unproven => Proofs.Where(p => !p.Proven && p.Deferred is null);
}

/// <summary>
/// Proves every need a role declares on the plan, hop by hop: for a connection the subnet's route (local,
/// NAT or internet gateway), how the source address appears at the destination (its own private address,
/// the NAT's elastic IP, a public IP), every security group on the way in both directions, the load
/// balancer's scheme, listener, target group and health checks; for a name the record, its zone, the
/// zone's reach and the node's resolver; for an AWS call the statements of the role's policies, their
/// conditions and the tags those need. Then it lists what is open but unused.
/// </summary>
internal sealed partial class PlanVerifier
{
    private readonly PlanIndex _index;
    private readonly HashSet<SecurityGroupRule> _usedRules = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IamRolePolicy, HashSet<(int Statement, string Action)>> _usedGrants = new(ReferenceEqualityComparer.Instance);

    private PlanVerifier(ClusterPlan plan) => _index = new PlanIndex(plan);

    /// <summary>Proves <paramref name="needs"/> on <paramref name="plan"/>.</summary>
    public static VerificationReport Verify(ClusterPlan plan, IEnumerable<Need> needs)
    {
        var verifier = new PlanVerifier(plan);
        var proofs = needs.Select<Need, Proof>(plan.Cluster.Topology == Model.ControlPlaneTopology.EksManaged ? verifier.ProveEks : verifier.Prove).ToImmutableArray();
        return new VerificationReport(proofs, [.. verifier.UnusedRules(), .. verifier.UnusedGrants()]);
    }

    private Proof Prove(Need need) => need switch
    {
        ConnectNeed c => Connect(c),
        ResolveNeed r => Resolve(r),
        CallNeed { Actor: Bootstrap.WorkloadActor w } c => WorkloadCall(c, w),
        CallNeed c => Call(c),
        ConfigStoreNeed s => Unreachable(s),
        HealthCheckNeed h => HealthChecks(h),
        _ => throw new ArgumentOutOfRangeException(nameof(need), need.GetType().Name),
    };

    /// <summary>
    /// A config store no node can reach: unproven, unless the plan carries a guard that refuses the apply
    /// (then the need is deferred: the output is an offline example until the store moves to S3).
    /// </summary>
    private Proof Unreachable(ConfigStoreNeed need)
    {
        var why = $"configBase {need.ConfigBase} is not reachable from the nodes ({(need.ConfigBase.StartsWith("file://", StringComparison.Ordinal) ? "a folder on the machine that runs kgen" : "not an S3 location")}); set spec.configBase (or the state store) to s3://BUCKET/PREFIX";
        var guard = _index.Plan.OfType<ConfigStoreGuard>().FirstOrDefault();
        return guard is null
            ? new Proof { Need = need, Steps = [], Missing = why }
            : new Proof { Need = need, Steps = [new Step("guard", guard.Name, guard.Message)], Missing = why, Deferred = $"the apply stops at the guard {guard.Name}" };
    }

    /// <summary>Each group of machines of the actor's role must have the need met; the first that does not names what is missing.</summary>
    private Proof ForEachGroup(Need need, Func<Machines, Attempt> prove)
    {
        if (need.Actor is not RoleActor { Role: var role })
        {
            var single = prove(null!);
            return single.ToProof(need);
        }

        var groups = _index.OfRole(role).ToList();
        if (groups.Count == 0)
        {
            return new Proof { Need = need, Steps = [], Missing = $"no instance group of role {need.Actor.Label} in the plan" };
        }

        var steps = ImmutableArray.CreateBuilder<Step>();
        var seenSteps = new HashSet<Step>();
        var assumptions = ImmutableArray.CreateBuilder<string>();
        var seenShapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            // Groups alike in everything a proof reads (subnets, public IP, security groups, role, resolver) have
            // the same proof: prove each shape once (a cluster of a hundred node groups has a handful of shapes).
            if (!seenShapes.Add(PlanIndex.Shape(g)))
            {
                continue;
            }

            var attempt = prove(g);
            if (attempt.Missing is not null)
            {
                var prefix = groups.Count > 1 || need.Actor is RoleActor ? $"instance group {g.Name}: " : string.Empty;
                return new Proof { Need = need, Steps = steps.ToImmutable(), Assumptions = assumptions.ToImmutable(), Missing = prefix + attempt.Missing, Deferred = attempt.Deferred };
            }

            foreach (var s in attempt.Steps.Where(seenSteps.Add))
            {
                steps.Add(s);
            }

            foreach (var a in attempt.Assumptions.Where(a => !assumptions.Contains(a)))
            {
                assumptions.Add(a);
            }
        }

        return new Proof { Need = need, Steps = steps.ToImmutable(), Assumptions = assumptions.ToImmutable() };
    }

    /// <summary>A proof under way: the steps so far, assumptions, and what is missing once something is.</summary>
    private sealed class Attempt
    {
        public List<Step> Steps { get; } = [];

        public List<string> Assumptions { get; } = [];

        public string? Missing { get; private set; }

        public string? Deferred { get; set; }

        public bool Failed => Missing is not null;

        public Attempt Step(string kind, string name, string detail)
        {
            Steps.Add(new Step(kind, name, detail));
            return this;
        }

        public Attempt Assume(string what)
        {
            Assumptions.Add(what);
            return this;
        }

        public Attempt Fail(string missing)
        {
            Missing ??= missing;
            return this;
        }

        public Proof ToProof(Need need) => new()
        {
            Need = need,
            Steps = [.. Steps],
            Assumptions = [.. Assumptions],
            Missing = Missing,
            Deferred = Deferred,
        };
    }
}
