using System.Collections;
using System.Globalization;
using System.Text;
using Kgen.Generator.Documents;
using Kgen.Generator.Plan;
using Scriban.Runtime;

namespace Kgen.Generator.Targets.Terraform;

/// <summary>
/// Renders a plan as <c>kubernetes.tf</c> plus <c>data/</c>. Each resource kind has a Scriban
/// template in <c>templates/terraform/</c> that writes the plan record's properties in HCL; this class
/// takes each kind's Terraform type and template from <see cref="ResourceKinds"/>, renders values and
/// references in HCL syntax, moves documents into <c>data/</c> files and lays the file out in
/// <c>terraform fmt</c> style. It never decides what exists nor any value: what is not syntax is in the plan.
/// </summary>
internal static class TerraformRenderer
{
    public static IReadOnlyDictionary<string, string> Render(ClusterPlan plan, TemplateSet templates)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var helpers = new Helpers(files, templates);
        var blocks = plan.Resources
            .Select(r => (Resource: r, Kind: ResourceKinds.Of(r), Name: Identifier(r.Name)))
            .Select(x => (x.Resource, x.Kind, x.Kind.IsDataSource, Type: x.Kind.TerraformType, x.Name))
            .OrderBy(x => x.IsDataSource)
            .ThenBy(x => x.Type, StringComparer.Ordinal)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .ToList();

        var duplicates = blocks.GroupBy(b => (b.IsDataSource, b.Type, b.Name)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException($"two plan resources map to one Terraform address: {string.Join(", ", duplicates)}");
        }

        var sb = new StringBuilder();
        var locals = plan.Outputs.Select(o => (o.Name, Value: o.IsList ? helpers.List(o.Values) : helpers.V(o.Values[0]))).ToList();
        sb.Append(HclFormatter.FormatBlock("locals {\n" + string.Join("\n", locals.Select(l => $"{l.Name} = {l.Value}")) + "\n}"));
        foreach (var o in plan.Outputs)
        {
            sb.Append('\n').Append(HclFormatter.FormatBlock($"output \"{o.Name}\" {{\nvalue = local.{o.Name}\n}}"));
        }

        sb.Append('\n').Append(HclFormatter.FormatBlock($"provider \"aws\" {{\nregion = {Str(plan.Cluster.Region)}\n}}"));

        foreach (var block in blocks)
        {
            helpers.Current = block.Resource;
            var globals = new ScriptObject
            {
                ["r"] = block.Resource,
                ["name"] = block.Name,
                ["tf"] = helpers.Functions,
            };
            sb.Append('\n');
            HclFormatter.AppendBlock(sb, templates.Render(block.Kind.TerraformTemplate, globals));
        }

        // Syntax: the Terraform and provider versions the templates are written for.
        sb.Append('\n').Append(HclFormatter.FormatBlock(templates.Render("terraform/_terraform.sbn", new ScriptObject())));
        files["kubernetes.tf"] = sb.ToString();
        return files;
    }

    /// <summary>The address of a resource's block, e.g. <c>aws_vpc.acme-k8s-local</c> or <c>data.aws_ami.image-nodes</c>.</summary>
    internal static string Address(Resource resource)
    {
        var kind = ResourceKinds.Of(resource);
        return $"{(kind.IsDataSource ? "data." : string.Empty)}{kind.TerraformType}.{Identifier(resource.Name)}";
    }

    /// <summary>The first line of a resource's block as the templates write it: <c>resource "aws_launch_template" "nodes-acme-k8s-local" {</c>.</summary>
    internal static string BlockHeader(Resource resource)
    {
        var kind = ResourceKinds.Of(resource);
        return $"{(kind.IsDataSource ? "data" : "resource")} \"{kind.TerraformType}\" \"{Identifier(resource.Name)}\" {{";
    }

    /// <summary>The <c>data/</c> file a document attribute of a resource is written to, e.g. <c>data/aws_launch_template_nodes.acme.k8s.local_user_data</c>.</summary>
    internal static string DataFile(Resource resource, string attribute) =>
        $"data/{ResourceKinds.Of(resource).TerraformType}_{resource.Name.Replace(":", string.Empty, StringComparison.Ordinal)}_{attribute}";

    /// <summary>A Terraform identifier from a logical name: <c>.</c>→<c>-</c>, <c>/</c>→<c>--</c>, <c>:</c>→<c>_</c>; never starting with a digit.</summary>
    internal static string Identifier(string name)
    {
        var id = name.Replace(".", "-", StringComparison.Ordinal).Replace("/", "--", StringComparison.Ordinal).Replace(":", "_", StringComparison.Ordinal);
        return char.IsAsciiDigit(id[0]) ? "prefix_" + id : id;
    }

    /// <summary>An HCL string literal.</summary>
    internal static string Str(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '$' or '%' when i + 1 < text.Length && text[i + 1] == '{': sb.Append(c).Append(c); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>
    /// The functions templates call as <c>tf.…</c>. One instance serves one rendering (one thread):
    /// <see cref="Functions"/> is made once and <see cref="Current"/> names the resource being rendered,
    /// for the <c>data/</c> files it writes.
    /// </summary>
    private sealed class Helpers
    {
        private readonly SortedDictionary<string, string> files;
        private readonly TemplateSet templates;

        public Helpers(SortedDictionary<string, string> files, TemplateSet templates)
        {
            this.files = files;
            this.templates = templates;
            Functions = new ScriptObject
            {
                ["v"] = TemplateFunction.Of("tf.v", "value", V),
                ["str"] = TemplateFunction.Of("tf.str", "text", x => Str(Convert.ToString(x, CultureInfo.InvariantCulture) ?? string.Empty)),
                ["list"] = TemplateFunction.Of("tf.list", "values", List),
                ["tags"] = TemplateFunction.Of("tf.tags", "tags", t => TagsBlock("tags", TemplateFunction.Arg<Tags>(t, "tf.tags", "tags"))),
                ["tag_map"] = TemplateFunction.Of("tf.tag_map", "attribute", "tags", (a, t) => TagsBlock(TemplateFunction.Arg<string>(a, "tf.tag_map", "attribute"), TemplateFunction.Arg<Tags>(t, "tf.tag_map", "tags"))),
                ["file"] = TemplateFunction.Of("tf.file", "attribute", "document", (a, d) => DataFile(TemplateFunction.Arg<string>(a, "tf.file", "attribute"), TemplateFunction.Arg<Document>(d, "tf.file", "document"), "file")),
                ["file64gzip"] = TemplateFunction.Of("tf.file64gzip", "attribute", "document", (a, d) => "base64gzip(" + DataFile(TemplateFunction.Arg<string>(a, "tf.file64gzip", "attribute"), TemplateFunction.Arg<Document>(d, "tf.file64gzip", "document"), "file") + ")"),
                ["path"] = TemplateFunction.Of("tf.path", "attribute", "document", (a, d) => DataFile(TemplateFunction.Arg<string>(a, "tf.path", "attribute"), TemplateFunction.Arg<Document>(d, "tf.path", "document"), function: null)),
                ["depends_on"] = TemplateFunction.Of("tf.depends_on", "resources", r => r is IEnumerable e && e.Cast<Resource>().ToList() is { Count: > 0 } list ? "depends_on = [" + string.Join(", ", list.Select(TerraformRenderer.Address)) + "]" : string.Empty),
                ["num"] = TemplateFunction.Of("tf.num", "number", x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "null"),
                ["bool"] = TemplateFunction.Of("tf.bool", "flag", b => b is true ? "true" : "false"),
            };
        }

        /// <summary>The <c>tf</c> object templates see.</summary>
        public ScriptObject Functions { get; }

        /// <summary>The resource being rendered.</summary>
        public Resource? Current { get; set; }

        /// <summary>A value: literal, or a reference in Terraform's address syntax.</summary>
        public string V(object? value) => value switch
        {
            null => "null",
            Literal { Content: string s } => Str(s),
            Literal { Content: bool b } => b ? "true" : "false",
            Literal l => Convert.ToString(l.Content, CultureInfo.InvariantCulture)!,
            Reference r => Address(r),
            string s => Str(s),
            bool b => b ? "true" : "false",
            int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name),
        };

        public string List(object? values) => values switch
        {
            null => "[]",
            IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(V)) + "]",
            _ => throw new ArgumentOutOfRangeException(nameof(values), values.GetType().Name),
        };

        private static string Address(Reference r)
        {
            var attribute = ResourceKinds.Of(r.Target).TerraformAttributes.TryGetValue(r.Attribute, out var a) ? a : r.Attribute;
            return $"{TerraformRenderer.Address(r.Target)}.{attribute}";
        }

        private static string TagsBlock(string attribute, Tags tags)
        {
            if (tags.IsEmpty)
            {
                return string.Empty;
            }

            var sb = new StringBuilder().Append(attribute).Append(" = {\n");
            foreach (var (key, value) in tags.Items)
            {
                sb.Append(Str(key)).Append(" = ").Append(Str(value)).Append('\n');
            }

            return sb.Append('}').ToString();
        }

        /// <summary>Writes a document into its <c>data/</c> file; returns the file's path as an HCL string, or passed to <paramref name="function"/>.</summary>
        private string DataFile(string attribute, Document document, string? function)
        {
            var path = TerraformRenderer.DataFile(Current!, attribute);
            files[path] = DocumentRenderer.Render(document, templates);
            var literal = $"\"${{path.module}}/{path}\"";
            // A policy naming a plan resource (an OIDC provider's ARN) is a template of its file, given the reference.
            if (function == "file" && DocumentRenderer.References(document) is [var reference])
            {
                return $"templatefile({literal}, {{ {DocumentRenderer.FederatedVariable} = {V(reference)} }})";
            }

            return function is null ? literal : $"{function}({literal})";
        }
    }
}
