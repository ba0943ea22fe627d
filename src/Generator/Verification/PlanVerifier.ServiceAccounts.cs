using System.Globalization;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;

namespace Kgen.Generator.Verification;

/// <summary>
/// AWS calls a service account's pods make with a role of their own (IAM roles for service accounts on a kubeadm
/// cluster): the role whose trust admits exactly that service account's tokens, through an OIDC provider of the plan,
/// for the audience <c>amazonaws.com</c>, and its statements.
/// </summary>
internal sealed partial class PlanVerifier
{
    private Proof WorkloadCall(CallNeed need, WorkloadActor actor)
    {
        var attempt = new Attempt();
        var (ns, name) = (actor.ServiceAccount.Split('/')[0], actor.ServiceAccount.Split('/')[^1]);
        var subject = $"system:serviceaccount:{ns}:{name}";
        var role = _index.Plan.OfType<IamRole>().FirstOrDefault(r => TrustsServiceAccount(r, subject));
        if (role is null)
        {
            return attempt.Fail($"no IAM role of the plan trusts {subject} through the issuer's OIDC provider").ToProof(need);
        }

        attempt.Step("IAM role", role.Name, $"trusts tokens of {subject} (audience {Model.ServiceAccountIssuer.AwsAudience}) through the OIDC provider of the plan");
        var policies = _index.Plan.OfType<IamRolePolicy>().Where(p => p.Role is Reference { Target: var t } && ReferenceEquals(t, role)).ToList();
        var denied = policies.SelectMany(p => p.Policy.Statements.Select(s => (p, s))).FirstOrDefault(x => x.s.Effect == "Deny" && IamEvaluator.Matches(x.s, need));
        if (denied.s is not null)
        {
            return attempt.Fail($"statement {denied.s.Sid ?? "(no Sid)"} of {denied.p.PolicyName} denies {need.Action}").ToProof(need);
        }

        foreach (var policy in policies)
        {
            for (var i = 0; i < policy.Policy.Statements.Length; i++)
            {
                var statement = policy.Policy.Statements[i];
                if (statement.Effect == "Allow" && IamEvaluator.Matches(statement, need))
                {
                    Use(policy, i, need.Action);
                    attempt.Step("IAM statement", $"{policy.PolicyName} {statement.Sid ?? "#" + i.ToString(CultureInfo.InvariantCulture)}", $"allows {need.What}");
                    return attempt.ToProof(need);
                }
            }
        }

        return attempt.Fail($"no statement of role {role.RoleName} allows {need.Action} on {need.Resource}").ToProof(need);
    }

    /// <summary>
    /// Whether the role may be assumed with a token of exactly <paramref name="subject"/>: a web-identity statement whose
    /// principal is an OIDC provider of the plan, requiring that subject (<c>…:sub</c>, <c>StringEquals</c>) and the
    /// audience <c>amazonaws.com</c> (<c>…:aud</c>).
    /// </summary>
    internal static bool TrustsServiceAccount(IamRole role, string subject) => role.AssumeRolePolicy.Statements.Any(s =>
        s.Effect == "Allow"
        && s.Actions.Contains(Builders.ServiceAccountRoleBuilder.AssumeAction)
        && s.Principal?.FederatedArn is Reference { Target: OidcProvider }
        && s.Conditions.TryGetValue("StringEquals", out var equals)
        && equals.Any(k => k.Key.EndsWith(":sub", StringComparison.Ordinal) && k.Value is [var sub] && sub == subject)
        && equals.Any(k => k.Key.EndsWith(":aud", StringComparison.Ordinal) && k.Value is [Model.ServiceAccountIssuer.AwsAudience]));
}
