using Kgen.Generator.Plan;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation forms of the config store's guard.</summary>
internal static class ConfigStoreEmitters
{
    /// <summary>The logical ID of the rule that refuses a stack whose nodes could not reach the config store.</summary>
    public const string RuleId = "ConfigStoreReachable";

    /// <summary>
    /// A store the nodes cannot reach: a template rule whose assertion never holds (the store's scheme is not
    /// among those nodes read), so CloudFormation refuses the stack before it creates anything, with the guard's
    /// message. A store in S3: CloudFormation cannot read S3 before deploy, so the check is a difference (the
    /// CLI creates the cluster's secrets in the store before it writes the template).
    /// </summary>
    public static void Guard(StackBuilder s, ConfigStoreGuard r)
    {
        if (r.Lookup is null)
        {
            var configBase = s.Plan.Cluster.ConfigBase;
            var scheme = configBase.Contains("://", StringComparison.Ordinal) ? configBase[..configBase.IndexOf("://", StringComparison.Ordinal)] : configBase;
            s.Rule(RuleId, new JObject
            {
                ["Assertions"] = new JArray(new JObject
                {
                    ["Assert"] = new JObject { ["Fn::Contains"] = new JArray(new JArray("s3"), scheme) },
                    ["AssertDescription"] = r.Message,
                }),
            });
            return;
        }

        s.Difference(
            $"the stack does not check that s3://{r.Lookup.Bucket}/{r.RequiredKey} exists (CloudFormation cannot read S3 before deploy): kgen creates the cluster's secrets there before it writes the template; " +
            "when you deploy a template from elsewhere, create them first (kgen update cluster) or the nodes find no cluster CA");
    }

    /// <summary>
    /// An object of the config store (a node script, an add-on's file): CloudFormation has no S3 object resource, so
    /// kgen writes it into the store itself, in the step that makes the cluster's secrets, before it writes the template.
    /// </summary>
    /// <summary>The add-ons' index: CloudFormation writes it when the stack deploys, as Terraform does on apply.</summary>
    public static void Parameter(StackBuilder s, SsmParameter r) => s.Add(r, Obj(
        ("Description", r.Description),
        ("Name", r.ParameterName),
        ("Tags", TagMap(r.Tags)),
        ("Tier", "Standard"),
        ("Type", "String"),
        ("Value", r.Value.Content)));

    /// <summary>
    /// An object of the config store (a node script, an add-on's file): CloudFormation has no S3 object resource, so
    /// kgen writes it into the store itself, in the step that makes the cluster's secrets, before it writes the template.
    /// </summary>
    public static void Object(StackBuilder s, ConfigBaseObject r) =>
        s.Difference(
            $"s3://{r.Bucket}/{r.ObjectKey} is not a resource of the stack (CloudFormation has no S3 object resource): kgen writes it into the config store before it writes the template; " +
            "when you deploy a template from elsewhere, run kgen update cluster first or the nodes find nothing to run");
}
