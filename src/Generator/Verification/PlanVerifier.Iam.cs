using System.Globalization;
using Kgen.Generator.Plan;

namespace Kgen.Generator.Verification;

/// <summary>AWS calls: the statements of the role behind a machine's instance profile; and what is granted but unused.</summary>
internal sealed partial class PlanVerifier
{
    private Proof Call(CallNeed need) => ForEachGroup(need, g =>
    {
        var attempt = new Attempt();
        var (role, policies) = _index.IamOf(g.Template);
        if (role is null && g.Template.IamInstanceProfile is Literal { Content: string profile })
        {
            // The operator's instance profile (iam.profile): kgen cannot read its policies.
            return attempt.Assume($"the operator's instance profile {profile} (instance group {g.Name}, spec.iam.profile) allows {need.Action} on {need.Resource}");
        }

        if (role is null)
        {
            return attempt.Fail("its launch template has no instance profile with a role of the plan");
        }

        foreach (var policy in policies)
        {
            var denied = policy.Policy.Statements.FirstOrDefault(s => s.Effect == "Deny" && IamEvaluator.Matches(s, need));
            if (denied is not null)
            {
                return attempt.Fail($"statement {denied.Sid ?? "(no Sid)"} of {policy.PolicyName} denies {need.Action}");
            }
        }

        foreach (var policy in policies)
        {
            for (var i = 0; i < policy.Policy.Statements.Length; i++)
            {
                var statement = policy.Policy.Statements[i];
                if (statement.Effect != "Allow" || !IamEvaluator.Matches(statement, need))
                {
                    continue;
                }

                Use(policy, i, need.Action);
                var conditions = statement.Conditions.IsEmpty ? string.Empty : " under its conditions (" + string.Join(", ", need.Context.Select(c => $"{c.Key}={c.Value}")) + ")";
                return attempt.Step("IAM statement", $"{policy.PolicyName} {statement.Sid ?? "#" + i.ToString(CultureInfo.InvariantCulture)}", $"allows {need.What}{conditions}");
            }
        }

        var context = need.Context.IsEmpty ? string.Empty : " with " + string.Join(", ", need.Context.Select(c => $"{c.Key}={c.Value}"));
        return attempt.Fail($"no statement of role {role.RoleName} allows {need.Action} on {need.Resource}{context}");
    });

    private void Use(IamRolePolicy policy, int statement, string action)
    {
        if (!_usedGrants.TryGetValue(policy, out var used))
        {
            used = [];
            _usedGrants[policy] = used;
        }

        used.Add((statement, action));
    }

    /// <summary>Ingress rules no proof stood on.</summary>
    private IEnumerable<string> UnusedRules() => _index.Rules
        .Where(r => r.Direction == RuleDirection.Ingress && !_usedRules.Contains(r))
        .Select(r => $"security-group rule {r.Name} ({r.Description}) is open, but no declared need uses it");

    /// <summary>
    /// Actions of kgen's statements that no call of the role needs (the operator's own additional statements are theirs
    /// to decide). Only machines' roles declare needs; a role an AWS service assumes (the VPC flow-log delivery role)
    /// is scoped by its builder and judged by the security gate's IAM rules.
    /// </summary>
    private IEnumerable<string> UnusedGrants()
    {
        foreach (var policy in _index.Plan.OfType<IamRolePolicy>().Where(p => p.Role is not Reference { Target: IamRole r } || !IsServiceRole(r)))
        {
            var used = _usedGrants.GetValueOrDefault(policy) ?? [];
            for (var i = 0; i < policy.Policy.Statements.Length; i++)
            {
                var statement = policy.Policy.Statements[i];
                if (statement.Effect != "Allow" || statement.FromOperator)
                {
                    continue;
                }

                var unused = statement.Actions.Where(a => !used.Any(u => u.Statement == i && IamEvaluator.Glob(a, u.Action, ignoreCase: true))).ToList();
                if (unused.Count > 0)
                {
                    yield return $"IAM statement {statement.Sid} of {policy.PolicyName} grants {string.Join(", ", unused)}, which no declared need calls";
                }
            }
        }
    }

    /// <summary>Whether only the VPC flow-log service may assume the role (no machine or workload runs with it).</summary>
    private static bool IsServiceRole(IamRole role) =>
        role.AssumeRolePolicy.Statements.All(s => s.Principal is { } p && p.Aws.IsEmpty && p.Federated.IsEmpty && p.FederatedArn is null
            && !p.Service.IsEmpty && p.Service.All(service => service == Builders.NetworkBuilder.FlowLogsService));
}
