using System.CommandLine;
using System.Globalization;
using Kgen.Store;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kgen.Cli.Commands;

/// <summary><c>kgen get clusters</c> and <c>kgen get instancegroups</c>: a table like kops', or the documents as YAML or JSON.</summary>
internal static class GetCommands
{
    private static readonly string[] ClusterColumns = ["NAME", "CLOUD", "ZONES"];
    private static readonly string[] GroupColumns = ["NAME", "ROLE", "MACHINETYPE", "MIN", "MAX", "ZONES"];

    public static Command Build(CliContext cli) => new("get", "List clusters or instance groups in the state store")
    {
        Clusters(cli),
        InstanceGroups(cli),
        RestoreCommand.Snapshots(cli),
    };

    private static Option<string> OutputOption()
    {
        var o = new Option<string>("--output", "-o") { Description = "table (default), yaml or json", DefaultValueFactory = _ => "table" };
        o.AcceptOnlyFromAmong("table", "yaml", "json");
        return o;
    }

    private static Command Clusters(CliContext cli)
    {
        var names = new Argument<string[]>("NAME") { Description = "Only these clusters", Arity = ArgumentArity.ZeroOrMore };
        var output = OutputOption();
        var state = CliContext.StateOption();
        var command = new Command("clusters", "List the clusters in the state store") { names, output, state };
        command.Aliases.Add("cluster");
        command.SetAction(parse => cli.Guard(async () =>
        {
            var store = cli.OpenStore(parse.GetValue(state));
            var wanted = parse.GetValue(names) ?? [];
            var all = await store.ListClustersAsync().ConfigureAwait(false);
            var chosen = wanted.Length == 0 ? all : wanted;
            var docs = new List<StoredDocument>();
            foreach (var n in chosen)
            {
                docs.Add(await store.RequireClusterAsync(n).ConfigureAwait(false));
            }

            var format = parse.GetValue(output)!;
            if (format != "table")
            {
                Print(cli.Stdout, format, docs.Select(d => d.Yaml));
                return 0;
            }

            if (docs.Count == 0)
            {
                cli.Stderr.WriteLine($"kgen: no clusters in {store.Location}; create one with kgen create cluster");
                return 0;
            }

            var rows = new List<string[]> { ClusterColumns };
            foreach (var d in docs)
            {
                var spec = await store.LoadSpecAsync(d.Name).ConfigureAwait(false);
                var cluster = spec.Resolve();
                rows.Add([d.Name, "aws", string.Join(",", cluster.Network.Subnets.Select(s => s.Zone).OfType<string>().Distinct().Order(StringComparer.Ordinal))]);
            }

            Table(cli.Stdout, rows);
            return 0;
        }));
        return command;
    }

    private static Command InstanceGroups(CliContext cli)
    {
        var names = new Argument<string[]>("NAME") { Description = "Only these instance groups", Arity = ArgumentArity.ZeroOrMore };
        var cluster = new Option<string>("--name") { Description = "The cluster", Required = true };
        var output = OutputOption();
        var state = CliContext.StateOption();
        var command = new Command("instancegroups", "List a cluster's instance groups") { names, cluster, output, state };
        command.Aliases.Add("instancegroup");
        command.Aliases.Add("ig");
        command.SetAction(parse => cli.Guard(async () =>
        {
            var store = cli.OpenStore(parse.GetValue(state));
            var clusterName = parse.GetValue(cluster)!;
            await store.RequireClusterAsync(clusterName).ConfigureAwait(false);
            var wanted = parse.GetValue(names) ?? [];
            var groups = (await store.GetInstanceGroupsAsync(clusterName).ConfigureAwait(false)).ToList();
            var missing = wanted.Where(w => groups.All(g => g.Name != w)).ToList();
            if (missing.Count > 0)
            {
                throw new UsageException($"cluster {clusterName} has no instance group {string.Join(", ", missing)}; it has {string.Join(", ", groups.Select(g => g.Name))}");
            }

            if (wanted.Length > 0)
            {
                groups = [.. groups.Where(g => wanted.Contains(g.Name))];
            }

            var format = parse.GetValue(output)!;
            if (format != "table")
            {
                Print(cli.Stdout, format, groups.Select(g => g.Yaml));
                return 0;
            }

            var resolved = (await store.LoadSpecAsync(clusterName).ConfigureAwait(false)).Resolve();
            var zoneOf = resolved.Network.Subnets.ToDictionary(s => s.Name, s => s.Zone);
            var rows = new List<string[]> { GroupColumns };
            foreach (var g in resolved.InstanceGroups.Where(g => groups.Any(s => s.Name == g.Name)).OrderBy(g => g.Name, StringComparer.Ordinal))
            {
                rows.Add(
                [
                    g.Name,
                    g.Role.ToString(),
                    string.Join(",", g.MachineTypes),
                    g.MinSize.ToString(CultureInfo.InvariantCulture),
                    g.MaxSize.ToString(CultureInfo.InvariantCulture),
                    string.Join(",", g.Subnets.Select(s => zoneOf.GetValueOrDefault(s)).OfType<string>().Distinct().Order(StringComparer.Ordinal)),
                ]);
            }

            Table(cli.Stdout, rows);
            return 0;
        }));
        return command;
    }

    internal static void Table(TextWriter stdout, List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            stdout.WriteLine(string.Join("   ", row.Select((c, i) => i == row.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
        }
    }

    /// <summary>YAML: the documents separated by <c>---</c>; JSON: one object, or an array of several.</summary>
    private static void Print(TextWriter stdout, string format, IEnumerable<string> yamls)
    {
        var docs = yamls.ToList();
        if (format == "yaml")
        {
            stdout.Write(string.Join("---\n", docs));
            return;
        }

        var json = docs.Select(ToJson).ToList();
        var token = json.Count == 1 ? json[0] : new JArray(json);
        stdout.WriteLine(token.ToString(Formatting.Indented));
    }

    private static JToken ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode m => new JObject(m.Children.Select(c => new JProperty(((YamlScalarNode)c.Key).Value ?? string.Empty, Convert(c.Value)))),
        YamlSequenceNode s => new JArray(s.Children.Select(Convert)),
        YamlScalarNode { Style: ScalarStyle.Plain } p => Plain(p.Value),
        YamlScalarNode q => new JValue(q.Value),
        _ => JValue.CreateNull(),
    };

    private static JValue Plain(string? value) => value switch
    {
        null or "" or "~" or "null" => JValue.CreateNull(),
        "true" => new JValue(true),
        "false" => new JValue(false),
        _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => new JValue(n),
        _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !value.Contains('_', StringComparison.Ordinal) => new JValue(d),
        _ => new JValue(value),
    };
}
