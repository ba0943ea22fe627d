using System.Collections.Immutable;
using Kgen.Generator.Plan;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Kgen.Generator.Documents;

/// <summary>Turns plan documents into text, the same for every target.</summary>
internal static class DocumentRenderer
{
    public static string Render(Document document, TemplateSet templates) => document switch
    {
        TextDocument t => t.Content,
        PolicyDocument p => Json(p),
        TemplateDocument t => templates.RenderModel(t.Template, t.Model),
        _ => throw new ArgumentOutOfRangeException(nameof(document), document.GetType().Name),
    };

    /// <summary>The variable that stands for a statement's <see cref="Principals.FederatedArn"/> in a policy's text (Terraform's <c>templatefile</c>).</summary>
    public const string FederatedVariable = "federated";

    /// <summary>Placeholder for a reference while the text is written; never left in the output.</summary>
    private const string ReferenceSentinel = "@@kgen-reference@@";

    /// <summary>The plan values a policy names by reference (its statements' <see cref="Principals.FederatedArn"/>), in order, distinct.</summary>
    public static ImmutableArray<Value> References(Document document) => document is PolicyDocument p
        ? [.. p.Statements.Select(s => s.Principal?.FederatedArn).OfType<Value>().Distinct()]
        : [];

    /// <summary>
    /// The policy as a JSON object (for targets that inline it): keys in the order Sid, Effect, Principal, Action,
    /// NotAction, Resource, NotResource, Condition; a reference (<see cref="Principals.FederatedArn"/>) spelled by
    /// <paramref name="reference"/>, the target's syntax.
    /// </summary>
    public static JObject ToJson(PolicyDocument policy, Func<Value, JToken>? reference = null)
    {
        var statements = new JArray();
        foreach (var s in policy.Statements)
        {
            var o = new JObject();
            if (s.Sid is not null)
            {
                o["Sid"] = s.Sid;
            }

            o["Effect"] = s.Effect;
            if (s.Principal is { } p)
            {
                var principal = new JObject();
                Add(principal, "AWS", p.Aws);
                Add(principal, "Federated", p.Federated);
                if (p.FederatedArn is { } arn)
                {
                    principal["Federated"] = reference is null ? throw new InvalidOperationException("a policy that names a plan resource needs the target's reference syntax") : reference(arn);
                }

                Add(principal, "Service", p.Service);
                o["Principal"] = principal;
            }

            Add(o, "Action", s.Actions);
            Add(o, "NotAction", s.NotActions);
            Add(o, "Resource", s.Resources);
            Add(o, "NotResource", s.NotResources);
            if (!s.Conditions.IsEmpty)
            {
                var conditions = new JObject();
                foreach (var (op, pairs) in s.Conditions)
                {
                    var inner = new JObject();
                    foreach (var (key, values) in pairs)
                    {
                        Add(inner, key, values);
                    }

                    conditions[op] = inner;
                }

                o["Condition"] = conditions;
            }

            statements.Add(o);
        }

        return new JObject { ["Version"] = policy.Version, ["Statement"] = statements };
    }

    /// <summary>A list: left out when empty, a string when it holds one value, else an array.</summary>
    private static void Add(JObject o, string key, ImmutableArray<string> values)
    {
        if (!values.IsEmpty)
        {
            o[key] = values.Length == 1 ? new JValue(values[0]) : new JArray(values.ToArray());
        }
    }

    /// <summary>
    /// The policy's text. A policy naming a plan resource becomes a template (Terraform's <c>templatefile</c>): the
    /// reference is <c>${federated}</c>, and any other <c>${</c> or <c>%{</c> is escaped so the text comes out as written.
    /// </summary>
    private static string Json(PolicyDocument policy)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            ToJson(policy, _ => new JValue(ReferenceSentinel)).WriteTo(json);
        }

        var text = writer + "\n";
        return References(policy).IsEmpty ? text : text
            .Replace("${", "$${", StringComparison.Ordinal)
            .Replace("%{", "%%{", StringComparison.Ordinal)
            .Replace(JsonConvert.ToString(ReferenceSentinel), $"\"${{{FederatedVariable}}}\"", StringComparison.Ordinal);
    }
}
