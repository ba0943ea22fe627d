using Kgen.Generator.Documents;
using Kgen.Generator.Plan;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation forms of IAM roles, their inline policies and instance profiles (policies inlined as JSON).</summary>
internal static class IamEmitters
{
    public static void Role(StackBuilder s, IamRole r) => s.Add(r, Obj(
        ("AssumeRolePolicyDocument", DocumentRenderer.ToJson(r.AssumeRolePolicy, s.V)),
        ("PermissionsBoundary", r.PermissionsBoundary),
        ("RoleName", r.RoleName),
        ("Tags", TagList(r.Tags))));

    public static void RolePolicy(StackBuilder s, IamRolePolicy r) => s.Add(r, Obj(
        ("PolicyDocument", DocumentRenderer.ToJson(r.Policy)),
        ("PolicyName", r.PolicyName),
        ("RoleName", s.V(r.Role))));

    public static void InstanceProfile(StackBuilder s, IamInstanceProfile r) =>
        s.Add(r, Obj(("InstanceProfileName", r.ProfileName), ("Roles", new JArray(s.V(r.Role)))));

    /// <summary>The difference tagged instance profiles make (listed after the resources' own), or null.</summary>
    public static string? UntaggedProfiles(ClusterPlan plan) => plan.OfType<IamInstanceProfile>().Any(p => !p.Tags.IsEmpty)
        ? "IAM instance profiles carry no tags: AWS::IAM::InstanceProfile has no Tags property (their roles are tagged)"
        : null;
}
