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

    /// <summary>The policy as a JSON object (for targets that inline it).</summary>
    public static JObject ToJson(PolicyDocument policy)
    {
        var statements = new JArray();
        foreach (var s in policy.Statements)
        {
            if (s.RawJson is { } raw)
            {
                statements.Add(JToken.Parse(raw));
                continue;
            }

            var o = new JObject();
            if (s.Sid is not null)
            {
                o["Sid"] = s.Sid;
            }

            o["Effect"] = s.Effect;
            if (s.ServicePrincipal is not null)
            {
                o["Principal"] = new JObject { ["Service"] = s.ServicePrincipal };
            }

            o["Action"] = s.Actions.Length == 1 ? new JValue(s.Actions[0]) : new JArray(s.Actions.ToArray());
            if (!s.Resources.IsEmpty)
            {
                o["Resource"] = s.Resources.Length == 1 ? new JValue(s.Resources[0]) : new JArray(s.Resources.ToArray());
            }

            if (!s.Conditions.IsEmpty)
            {
                var conditions = new JObject();
                foreach (var (op, pairs) in s.Conditions)
                {
                    var inner = new JObject();
                    foreach (var (key, value) in pairs)
                    {
                        inner[key] = value;
                    }

                    conditions[op] = inner;
                }

                o["Condition"] = conditions;
            }

            statements.Add(o);
        }

        return new JObject { ["Version"] = "2012-10-17", ["Statement"] = statements };
    }

    private static string Json(PolicyDocument policy)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            ToJson(policy).WriteTo(json);
        }

        return writer + "\n";
    }
}
