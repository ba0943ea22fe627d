using System.Globalization;
using System.Text;
using Kgen.Generator.Plan;
using Kgen.Model;
using Newtonsoft.Json.Linq;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>
/// Renders a plan as one <c>cloudformation.json</c>. Like the Terraform renderer it decides syntax
/// only: every value comes from the plan; each kind's <see cref="ResourceKind.CloudFormation"/> form
/// names its resource type(s), logical-ID prefix, how references to it are written (<c>Ref</c> /
/// <c>Fn::GetAtt</c>) and its emitter (<c>*Emitters</c>); what Terraform looks up at apply time (data
/// sources) becomes a template parameter (<see cref="Lookups"/>). Whatever CloudFormation cannot express
/// is listed as a difference (template <c>Metadata</c> and a warning), never dropped silently. This
/// class runs a rendering (<see cref="StackBuilder"/>) and checks CloudFormation's quotas.
/// </summary>
internal static class CloudFormationRenderer
{
    /// <summary>The template file name.</summary>
    public const string FileName = "cloudformation.json";

    /// <summary>The largest template <c>--template-file</c> may send inline; larger ones go through S3.</summary>
    public const int InlineTemplateLimit = 51_200;

    /// <summary>The largest template CloudFormation accepts (from S3).</summary>
    public const int TemplateLimit = 1024 * 1024;

    /// <summary>Resources per stack.</summary>
    public const int ResourceLimit = 500;

    /// <summary>Outputs per template.</summary>
    public const int OutputLimit = 200;

    /// <summary>Parameters per template.</summary>
    public const int ParameterLimit = 200;

    /// <summary>EC2's limit on user data before base64.</summary>
    public const int UserDataLimit = 16 * 1024;

    /// <summary>Renders the plan; <paramref name="warnings"/> receives the differences and the size message.</summary>
    public static IReadOnlyDictionary<string, string> Render(ClusterPlan plan, TemplateSet templates, List<Diagnostic> warnings)
    {
        var stack = new StackBuilder(plan, templates);
        var template = stack.Template();
        var text = CfnJson.Serialize(template);
        var bytes = Encoding.UTF8.GetByteCount(text);
        var resources = ((JObject)template["Resources"]!).Count;
        var outputs = ((JObject)template["Outputs"]!).Count;
        var parameters = ((JObject?)template["Parameters"])?.Count ?? 0;
        var quota = new List<string>();
        if (bytes > TemplateLimit)
        {
            quota.Add($"the template is {bytes.ToString(CultureInfo.InvariantCulture)} bytes; CloudFormation's template size quota is {TemplateLimit.ToString(CultureInfo.InvariantCulture)} bytes (1 MB, from S3)");
        }

        Check(quota, resources, ResourceLimit, "resources", "resources per stack");
        Check(quota, outputs, OutputLimit, "outputs", "outputs per template");
        Check(quota, parameters, ParameterLimit, "parameters", "parameters per template");
        if (quota.Count > 0)
        {
            throw new SpecException([.. quota.Select(q => Diagnostic.Error(DiagnosticCodes.CloudFormationQuota, new PlanLocation(plan.Cluster.Name),
                $"--target=cloudformation: {q}; split the cluster or use --target=terraform"))]);
        }

        warnings.AddRange(stack.Differences.Select(d => Diagnostic.Warning(DiagnosticCodes.CloudFormationDifference, new TargetLocation("cloudformation"), d)));
        if (bytes > InlineTemplateLimit)
        {
            warnings.Add(Diagnostic.Warning(
                DiagnosticCodes.CloudFormationTemplateSize,
                new TargetLocation("cloudformation"),
                $"{FileName} is {bytes.ToString(CultureInfo.InvariantCulture)} bytes, over the {InlineTemplateLimit.ToString(CultureInfo.InvariantCulture)} bytes a template may have when sent inline; " +
                $"deploy it from S3: aws cloudformation deploy --template-file {FileName} --stack-name STACK --capabilities CAPABILITY_NAMED_IAM --s3-bucket BUCKET"));
        }

        return new Dictionary<string, string> { [FileName] = text };
    }

    /// <summary>The CloudFormation output name of a Terraform output name: <c>vpc_id</c> → <c>VpcId</c>.</summary>
    public static string OutputName(string terraformName) =>
        string.Concat(terraformName.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>The Terraform output name of a CloudFormation output name: <c>VpcId</c> → <c>vpc_id</c>.</summary>
    public static string TerraformOutputName(string outputName)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < outputName.Length; i++)
        {
            var c = outputName[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The logical ID of a resource of the plan (e.g. to compare one group's launch template across generations), or null for a kind without a resource of its own.</summary>
    internal static string? LogicalId(Resource resource, string clusterName) => LogicalIds.Of(resource, clusterName);

    private static void Check(List<string> quota, int count, int limit, string what, string name)
    {
        if (count > limit)
        {
            quota.Add($"the template has {count.ToString(CultureInfo.InvariantCulture)} {what}; CloudFormation's quota is {limit.ToString(CultureInfo.InvariantCulture)} {name}");
        }
    }
}
