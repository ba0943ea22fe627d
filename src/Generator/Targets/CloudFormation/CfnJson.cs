using System.Globalization;
using Kgen.Generator.Plan;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation's JSON syntax: objects without null members, Ref / Fn::GetAtt, tag lists, and the file layout.</summary>
internal static class CfnJson
{
    /// <summary>An object of the given members, leaving out those without a value (CloudFormation's "not set").</summary>
    public static JObject Obj(params (string Key, JToken? Value)[] properties)
    {
        var o = new JObject();
        foreach (var (key, value) in properties)
        {
            if (value is not null and not JValue { Value: null })
            {
                o[key] = value;
            }
        }

        return o;
    }

    /// <summary><c>{"Ref": id}</c>.</summary>
    public static JObject RefTo(string id) => new() { ["Ref"] = id };

    /// <summary><c>{"Fn::GetAtt": [id, attribute]}</c>.</summary>
    public static JObject GetAtt(string id, string attribute) => new() { ["Fn::GetAtt"] = new JArray(id, attribute) };

    /// <summary>A list of <c>{"Key", "Value"}</c> tags.</summary>
    public static JArray TagList(Tags tags) =>
        new(tags.Items.Select(t => new JObject { ["Key"] = t.Key, ["Value"] = t.Value }));

    /// <summary>Tags as one object of keys and values (the form of the kinds that do not take a tag list, e.g. SSM parameters).</summary>
    public static JObject TagMap(Tags tags) => new(tags.Items.Select(t => new JProperty(t.Key, t.Value)));

    /// <summary>A flag where CloudFormation wants a string (attributes, classic load balancer settings).</summary>
    public static string Flag(bool value) => value ? "true" : "false";

    /// <summary>A number where CloudFormation wants a string.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>2-space indented JSON with <c>\n</c> line ends and a trailing newline, on every platform.</summary>
    public static string Serialize(JToken token)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2, IndentChar = ' ', Culture = CultureInfo.InvariantCulture })
        {
            token.WriteTo(json);
        }

        return writer.ToString() + "\n";
    }
}
