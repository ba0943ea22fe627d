using Kgen.Generator.Documents;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Verification;

/// <summary>
/// IAM's quota on a role's inline policies: their characters, whitespace not counted, add up to at most 10,240 per
/// role. A plan over it would be refused by AWS half-way through an apply, so kgen refuses it first and says what shrinks it.
/// </summary>
internal static class IamQuotas
{
    /// <summary>IAM's limit on the aggregate size of a role's inline policies.</summary>
    public const int InlinePolicyCharactersPerRole = 10_240;

    /// <summary>The size IAM counts of a policy: its JSON's characters that are not whitespace.</summary>
    public static int Size(PolicyDocument policy) => DocumentRenderer.Render(policy, TemplateSet.Default).Count(ch => !char.IsWhiteSpace(ch));

    /// <summary>Each role's inline policies' size, by role name, for the roles of the plan that have inline policies.</summary>
    public static IEnumerable<(string Role, int Size)> Sizes(ClusterPlan plan) =>
        plan.OfType<IamRole>().Select(role => (role.RoleName, plan.OfType<IamRolePolicy>()
                .Where(p => p.Role is Reference r && ReferenceEquals(r.Target, role))
                .Sum(p => Size(p.Policy))))
            .Where(r => r.Item2 > 0);

    /// <summary>One error per role over the quota.</summary>
    public static IEnumerable<Diagnostic> Errors(ClusterPlan plan) => Sizes(plan).Where(r => r.Size > InlinePolicyCharactersPerRole).Select(r => Diagnostic.Error(
        DiagnosticCodes.IamRolePoliciesTooLarge,
        new PlanLocation(plan.Cluster.Name),
        $"the inline policies of IAM role {r.Role} hold {r.Size} characters (whitespace not counted); IAM allows {InlinePolicyCharactersPerRole} per role and would refuse the apply. " +
        "Give the add-ons roles of their own (spec.serviceAccountIssuerDiscovery with enableAWSOIDCProvider, and spec.iam.useServiceAccountExternalPermissions: true), " +
        "turn an add-on off, or shorten spec.additionalPolicies (docs/addons.md#permissions)"));
}
