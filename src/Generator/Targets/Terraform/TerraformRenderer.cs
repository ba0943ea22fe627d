using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kgen.Generator.Documents;
using Kgen.Generator.Plan;
using Scriban.Runtime;

namespace Kgen.Generator.Targets.Terraform;

/// <summary>
/// Renders a plan as <c>kubernetes.tf</c> plus <c>data/</c>. Each resource kind has a Scriban
/// template in <c>templates/terraform/</c>; this class only maps kinds to Terraform types, renders
/// values and references in HCL syntax, moves documents into <c>data/</c> files and lays the file
/// out in <c>terraform fmt</c> style. It never decides what exists.
/// </summary>
internal static class TerraformRenderer
{
    /// <summary>Terraform type of each plan record.</summary>
    private static readonly ImmutableDictionary<Type, string> Types = new Dictionary<Type, string>
    {
        [typeof(Vpc)] = "aws_vpc",
        [typeof(VpcDhcpOptions)] = "aws_vpc_dhcp_options",
        [typeof(VpcDhcpOptionsAssociation)] = "aws_vpc_dhcp_options_association",
        [typeof(InternetGateway)] = "aws_internet_gateway",
        [typeof(Plan.Subnet)] = "aws_subnet",
        [typeof(RouteTable)] = "aws_route_table",
        [typeof(Route)] = "aws_route",
        [typeof(RouteTableAssociation)] = "aws_route_table_association",
        [typeof(ElasticIp)] = "aws_eip",
        [typeof(NatGateway)] = "aws_nat_gateway",
        [typeof(ResourceTag)] = "aws_ec2_tag",
        [typeof(VpcLookup)] = "aws_vpc",
        [typeof(InternetGatewayLookup)] = "aws_internet_gateway",
        [typeof(SecurityGroup)] = "aws_security_group",
        [typeof(SecurityGroupRule)] = "aws_security_group_rule",
        [typeof(IamRole)] = "aws_iam_role",
        [typeof(IamRolePolicy)] = "aws_iam_role_policy",
        [typeof(IamInstanceProfile)] = "aws_iam_instance_profile",
        [typeof(KeyPair)] = "aws_key_pair",
        [typeof(SsmParameterLookup)] = "aws_ssm_parameter",
        [typeof(AmiLookup)] = "aws_ami",
        [typeof(LaunchTemplate)] = "aws_launch_template",
        [typeof(AutoscalingGroup)] = "aws_autoscaling_group",
        [typeof(EbsVolume)] = "aws_ebs_volume",
        [typeof(NetworkLoadBalancer)] = "aws_lb",
        [typeof(TargetGroup)] = "aws_lb_target_group",
        [typeof(Listener)] = "aws_lb_listener",
        [typeof(ClassicLoadBalancer)] = "aws_elb",
        [typeof(HostedZoneLookup)] = "aws_route53_zone",
        [typeof(PrivateHostedZone)] = "aws_route53_zone",
        [typeof(AliasRecord)] = "aws_route53_record",
    }.ToImmutableDictionary();

    /// <summary>Where a plan attribute has another name in Terraform.</summary>
    private static readonly ImmutableDictionary<(Type, string), string> Attributes = new Dictionary<(Type, string), string>
    {
        // The AMI id in Canonical's parameter is public; the sensitive "value" would hide it from review.
        [(typeof(SsmParameterLookup), "value")] = "insecure_value",
        [(typeof(AmiLookup), "image_id")] = "id",
    }.ToImmutableDictionary();

    public static IReadOnlyDictionary<string, string> Render(ClusterPlan plan, TemplateSet templates)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var helpers = new Helpers(files, templates);
        var blocks = plan.Resources
            .Select(r => (Resource: r, IsData: r is DataSource, Type: Types[r.GetType()], Name: Identifier(r.Name)))
            .OrderBy(x => x.IsData)
            .ThenBy(x => x.Type, StringComparer.Ordinal)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .ToList();

        var duplicates = blocks.GroupBy(b => (b.IsData, b.Type, b.Name)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
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
            var template = block.IsData ? $"terraform/data.{block.Type}.sbn" : $"terraform/{block.Type}.sbn";
            helpers.Current = (block.Type, block.Resource);
            var globals = new ScriptObject
            {
                ["r"] = block.Resource,
                ["name"] = block.Name,
                ["tf"] = helpers.Functions,
            };
            sb.Append('\n');
            HclFormatter.AppendBlock(sb, templates.Render(template, globals));
        }

        sb.Append('\n').Append(HclFormatter.FormatBlock(templates.Render("terraform/_terraform.sbn", new ScriptObject())));
        files["kubernetes.tf"] = sb.ToString();
        return files;
    }

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
                ["num"] = TemplateFunction.Of("tf.num", "number", x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "null"),
                ["bool"] = TemplateFunction.Of("tf.bool", "flag", b => b is true ? "true" : "false"),
                ["ref"] = TemplateFunction.Of("tf.ref", "resource", "attribute", (r, a) => Address(new Reference(TemplateFunction.Arg<Resource>(r, "tf.ref", "resource"), TemplateFunction.Arg<string>(a, "tf.ref", "attribute")))),
            };
        }

        /// <summary>The <c>tf</c> object templates see.</summary>
        public ScriptObject Functions { get; }

        /// <summary>The Terraform type and the resource being rendered.</summary>
        public (string Type, Resource Resource) Current { get; set; }

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
            var type = Types[r.Target.GetType()];
            var attribute = Attributes.TryGetValue((r.Target.GetType(), r.Attribute), out var a) ? a : r.Attribute;
            var prefix = r.Target is DataSource ? "data." : string.Empty;
            return $"{prefix}{type}.{Identifier(r.Target.Name)}.{attribute}";
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

        private string DataFile(string attribute, Document document, string function)
        {
            var (type, resource) = Current;
            var path = $"data/{type}_{resource.Name.Replace(":", string.Empty, StringComparison.Ordinal)}_{attribute}";
            files[path] = DocumentRenderer.Render(document, templates);
            return $"{function}(\"${{path.module}}/{path}\")";
        }
    }
}
