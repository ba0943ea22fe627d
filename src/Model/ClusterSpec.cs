using Kgen.Model.Defaults;
using Kgen.Model.Formats;
using Kgen.Model.Spec;
using Kgen.Model.Validation;
using Kgen.Model.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Kgen.Model;

/// <summary>
/// A cluster as the user wrote it: one Cluster document and its InstanceGroup documents,
/// loaded from multi-document YAML (kgen's own or kops' <c>kops.k8s.io/v1alpha2</c>).
/// Load one with <see cref="Load(string, string)"/> or <see cref="Load(Stream, string)"/>, or build one
/// in code with <see cref="FromDocuments"/>; <c>Generator.Generate</c> applies the defaults, validates
/// and generates. Instances are not changed by kgen and may be shared between threads.
/// </summary>
public sealed partial class ClusterSpec
{
    /// <summary>kgen's own API version.</summary>
    public const string ApiVersion = "kgen.dev/v1alpha1";

    /// <summary>kops' API version, accepted unchanged.</summary>
    public const string KopsApiVersion = "kops.k8s.io/v1alpha2";

    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        // A string that reads as a number or a boolean (a label value "true", a version "1.30") is quoted, so every
        // YAML reader, and kgen get -o json, keeps it a string.
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .Build();

    internal ClusterSpec(string file, ClusterDocument cluster, IReadOnlyList<InstanceGroupDocument> groups, SourceMap clusterSource, IReadOnlyList<SourceMap> groupSources, IReadOnlyList<Diagnostic>? ignoredKopsFields = null)
    {
        IgnoredKopsFields = ignoredKopsFields ?? [];
        File = file;
        Cluster = cluster;
        InstanceGroups = groups;
        ClusterSource = clusterSource;
        InstanceGroupSources = groupSources;
    }

    /// <summary>The file name used in error messages.</summary>
    public string File { get; }

    /// <summary>The Cluster document.</summary>
    public ClusterDocument Cluster { get; }

    /// <summary>The InstanceGroup documents, in file order.</summary>
    public IReadOnlyList<InstanceGroupDocument> InstanceGroups { get; }

    internal SourceMap ClusterSource { get; }

    /// <summary>
    /// The kops fields the documents hold that kgen accepts and ignores (see <c>docs/kops-compatibility.md</c>): one
    /// warning per reason, naming every field it covers and where the first was written. Empty for kgen's own documents.
    /// </summary>
    public IReadOnlyList<Diagnostic> IgnoredKopsFields { get; }

    internal IReadOnlyList<SourceMap> InstanceGroupSources { get; }

    /// <summary>eksctl's ClusterConfig, when the file is one (then <see cref="Cluster"/> carries only its name).</summary>
    internal EksctlSpec? Eksctl { get; private init; }

    /// <summary>Whether the spec is an eksctl ClusterConfig (<c>eksctl.io/v1alpha5</c>): EKS runs the control plane.</summary>
    public bool IsEks => Eksctl is not null;

    /// <summary>Loads YAML text: kgen's own documents or kops' <c>kops.k8s.io/v1alpha2</c> manifests, unchanged.</summary>
    /// <param name="yaml">The YAML text (one Cluster document and its InstanceGroup documents).</param>
    /// <param name="file">The file name to show in error messages.</param>
    /// <exception cref="SpecException">The YAML has syntax or field errors; every one is listed with its line and YAML path.</exception>
    public static ClusterSpec Load(string yaml, string file = "<input>") => Load(yaml, file, strict: false);

    /// <summary>Loads YAML text; with <paramref name="strict"/>, a kops field kgen would accept and ignore is an error.</summary>
    /// <param name="yaml">The YAML text (one Cluster document and its InstanceGroup documents).</param>
    /// <param name="file">The file name to show in error messages.</param>
    /// <param name="strict">Refuse kops fields kgen ignores (<c>--strict</c>) instead of warning about them.</param>
    /// <exception cref="SpecException">The YAML has syntax or field errors; every one is listed with its line and YAML path.</exception>
    public static ClusterSpec Load(string yaml, string file, bool strict)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (AnchorNotFoundException e) when (AnchorName().Match(e.Message) is { Success: true } m)
        {
            // YamlDotNet does not say where the alias stands; find its first use.
            var alias = "*" + m.Groups[1].Value;
            var at = yaml.IndexOf(alias, StringComparison.Ordinal);
            var line = at < 0 ? 1 : yaml[..at].Count(c => c == '\n') + 1;
            var column = at < 0 ? 1 : at - (yaml.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1) + 1;
            throw new SpecException(Diagnostic.Error(DiagnosticCodes.UnknownYamlAlias, new InputLocation(file, line, column, string.Empty), $"invalid YAML: the alias {alias} refers to no anchor; define &{m.Groups[1].Value} before it or write the value out"));
        }
        catch (YamlException e)
        {
            var msg = e.InnerException is YamlException inner ? inner.Message : e.Message;
            throw new SpecException(Diagnostic.Error(DiagnosticCodes.InvalidYaml, new InputLocation(file, (int)e.Start.Line, (int)e.Start.Column, string.Empty), $"invalid YAML: {msg}"));
        }

        var errors = new List<Diagnostic>();
        var ignored = new List<IgnoredKopsField>();
        ClusterDocument? cluster = null;
        SourceMap? clusterSource = null;
        var groups = new List<InstanceGroupDocument>();
        var groupSources = new List<SourceMap>();
        EksctlSpec? eksctl = null;
        var index = 0;
        var kopsManifest = stream.Documents.Any(d => d.RootNode is YamlMappingNode m && Scalar(m, "apiVersion") == KopsApiVersion);
        foreach (var doc in stream.Documents)
        {
            index++;
            var root = doc.RootNode;
            var label = $"document {index}";
            var map = new SourceMap(file, label);
            if (root is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            if (root is not YamlMappingNode mapping)
            {
                errors.Add(new SourceMapErrorFactory(map, root).Make(DiagnosticCodes.DocumentNotAMap, "expected a Cluster or InstanceGroup document (a map)"));
                continue;
            }

            var kind = Scalar(mapping, "kind");
            var apiVersion = Scalar(mapping, "apiVersion");
            var name = mapping.Children.TryGetValue(new YamlScalarNode("metadata"), out var meta) && meta is YamlMappingNode m
                ? Scalar(m, "name")
                : null;
            map.Document = name is null ? $"{kind ?? "document"} (document {index})" : $"{kind}/{name}";

            if (apiVersion == EksctlFormat.ApiVersion)
            {
                if (kind != "ClusterConfig" || eksctl is not null || cluster is not null)
                {
                    errors.Add(new SourceMapErrorFactory(map, root).Make(DiagnosticCodes.EksctlInvalid, kind != "ClusterConfig"
                        ? $"kind must be ClusterConfig for apiVersion {EksctlFormat.ApiVersion}, found \"{kind}\""
                        : "a file describes one cluster: one eksctl ClusterConfig, or kgen's Cluster and InstanceGroup documents"));
                    continue;
                }

                eksctl = EksctlFormat.Bind(mapping, map, errors);
                continue;
            }

            if (eksctl is not null)
            {
                errors.Add(new SourceMapErrorFactory(map, root).Make(DiagnosticCodes.EksctlInvalid, "a file describes one cluster: one eksctl ClusterConfig, or kgen's Cluster and InstanceGroup documents"));
                continue;
            }

            if (kopsManifest && apiVersion is not (ApiVersion or KopsApiVersion) && kind is not ("Cluster" or "InstanceGroup") && apiVersion is not null && kind is not null)
            {
                // kops applies further Kubernetes objects written beside the cluster (its "additional objects").
                ignored.Add(new IgnoredKopsField("Manifest", $"{kind} ({apiVersion})", KopsFieldTable.AdditionalObject, map.Document, (int)root.Start.Line, (int)root.Start.Column));
                continue;
            }

            if (apiVersion is not (ApiVersion or KopsApiVersion))
            {
                errors.Add(new SourceMapErrorFactory(map, root).Make(
                    DiagnosticCodes.UnknownApiVersion,
                    $"apiVersion must be \"{ApiVersion}\" or \"{KopsApiVersion}\", found \"{apiVersion}\""));
                continue;
            }

            var kops = apiVersion == KopsApiVersion && kind is "Cluster" or "InstanceGroup" ? new KopsFieldReport(map, kind!, errors, ignored) : null;
            var binder = new YamlBinder(map, errors, kops);
            switch (kind)
            {
                case "Cluster" when cluster is not null:
                    errors.Add(new SourceMapErrorFactory(map, root).Make(DiagnosticCodes.SecondClusterDocument, "a second Cluster document; a file describes one cluster"));
                    break;
                case "Cluster":
                    cluster = binder.Bind<ClusterDocument>(root, string.Empty);
                    clusterSource = map;
                    break;
                case "InstanceGroup":
                    if (binder.Bind<InstanceGroupDocument>(root, string.Empty) is { } ig)
                    {
                        groups.Add(ig);
                        groupSources.Add(map);
                    }

                    break;
                default:
                    errors.Add(new SourceMapErrorFactory(map, root).Make(DiagnosticCodes.UnknownKind, $"kind must be Cluster or InstanceGroup, found \"{kind}\""));
                    break;
            }
        }

        if (eksctl is not null && errors.Count == 0)
        {
            var document = new ClusterDocument { ApiVersion = EksctlFormat.ApiVersion, Kind = "ClusterConfig", Metadata = new ObjectMeta { Name = eksctl.Config.Metadata?.Name } };
            return new ClusterSpec(file, document, [], eksctl.Source, []) { Eksctl = eksctl with { Text = yaml } };
        }

        if (cluster is null && errors.Count == 0)
        {
            errors.Add(Diagnostic.Error(DiagnosticCodes.NoClusterDocument, new InputLocation(file, null, null, string.Empty), "no Cluster document found; a spec needs one \"kind: Cluster\" document and its InstanceGroup documents"));
        }

        if (strict)
        {
            errors.AddRange(ignored.Select(f => Diagnostic.Error(
                DiagnosticCodes.KopsFieldIgnored,
                new InputLocation(file, f.Line, f.Column, $"{f.Label} {f.Field}"),
                $"kops field {f.Field} would be accepted and ignored ({f.Rule.Note}), and --strict refuses ignored fields; remove it, or run without --strict")));
        }

        if (errors.Count > 0)
        {
            throw new SpecException(errors);
        }

        return new ClusterSpec(file, cluster!, groups, clusterSource!, groupSources, GroupIgnored(file, ignored));
    }

    /// <summary>Loads YAML from a stream (UTF-8, or the encoding its byte-order mark names); the stream is read to its end and left open.</summary>
    /// <param name="stream">The YAML (one Cluster document and its InstanceGroup documents).</param>
    /// <param name="file">The file name to show in error messages.</param>
    /// <exception cref="SpecException">The YAML has syntax or field errors; every one is listed.</exception>
    public static ClusterSpec Load(Stream stream, string file = "<input>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Load(reader.ReadToEnd(), file);
    }

    /// <summary>Builds a spec from documents made in code (no file positions).</summary>
    /// <param name="cluster">The Cluster document.</param>
    /// <param name="instanceGroups">Its InstanceGroup documents.</param>
    /// <param name="file">The name to show in error messages.</param>
    public static ClusterSpec FromDocuments(ClusterDocument cluster, IEnumerable<InstanceGroupDocument> instanceGroups, string file = "<spec>")
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(instanceGroups);
        var groups = instanceGroups.ToList();
        return new ClusterSpec(
            file,
            cluster,
            groups,
            new SourceMap(file, $"Cluster/{cluster.Metadata?.Name}"),
            [.. groups.Select(g => new SourceMap(file, $"InstanceGroup/{g.Metadata?.Name}"))]);
    }

    /// <summary>Applies the defaults and validates, without generating anything.</summary>
    /// <param name="sshPublicKey">An OpenSSH public key to import as the cluster's key pair (ignored when <c>sshKeyName</c> is set).</param>
    /// <exception cref="SpecException">The spec has problems; every one is listed with its file, line and YAML path.</exception>
    public void Validate(string? sshPublicKey = null) => Resolve(sshPublicKey);

    /// <summary>Applies defaults and validates; throws <see cref="SpecException"/> listing every problem.</summary>
    /// <param name="sshPublicKey">An OpenSSH public key to import as the cluster's key pair (ignored when <c>sshKeyName</c> is set).</param>
    internal Cluster Resolve(string? sshPublicKey = null)
    {
        if (Eksctl is { } eks)
        {
            return EksctlFormat.Resolve(eks, sshPublicKey);
        }

        // Read the format, decide the defaults, then check the rules across fields; every problem is listed at once.
        var input = KopsFormat.Read(this);
        var defaults = new ClusterDefaults(input);
        var cluster = defaults.Apply(sshPublicKey);
        var errors = defaults.Errors.Concat(new ClusterValidator(input, cluster, defaults.Unreadable).Validate()).Distinct().ToList();
        if (errors.Count > 0)
        {
            throw new SpecException(errors);
        }

        return cluster;
    }

    /// <summary>One Cluster document as YAML, as <see cref="ToYaml()"/> writes it.</summary>
    public static string ToYaml(ClusterDocument document) => Serializer.Serialize(document);

    /// <summary>One InstanceGroup document as YAML, as <see cref="ToYaml()"/> writes it.</summary>
    public static string ToYaml(InstanceGroupDocument document) => Serializer.Serialize(document);

    /// <summary>The spec as multi-document YAML (kgen's API version); an eksctl ClusterConfig as it was written.</summary>
    public string ToYaml()
    {
        if (Eksctl is { } eks)
        {
            return eks.Text;
        }

        var parts = new List<string> { ToYaml(Cluster) };
        parts.AddRange(InstanceGroups.Select(ToYaml));
        return string.Join("---\n", parts);
    }

    /// <summary>One warning per reason: every field it covers (once each), where the first was written.</summary>
    private static List<Diagnostic> GroupIgnored(string file, List<IgnoredKopsField> ignored) =>
        [.. ignored.GroupBy(f => f.Rule).Select(g =>
        {
            var first = g.First();
            var fields = string.Join(", ", g.Select(f => f.Field).Distinct(StringComparer.Ordinal));
            var documents = string.Join(", ", g.Select(f => f.Label).Distinct(StringComparer.Ordinal));
            return Diagnostic.Warning(
                DiagnosticCodes.KopsFieldIgnored,
                new InputLocation(file, first.Line, first.Column, $"{documents} {fields}"),
                $"accepted and ignored: {first.Rule.Note}");
        })];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    private readonly struct SourceMapErrorFactory(SourceMap map, YamlNode node)
    {
        public Diagnostic Make(string code, string message) =>
            Diagnostic.Error(code, new InputLocation(map.File, (int)node.Start.Line, (int)node.Start.Column, map.Document), message);
    }

    [System.Text.RegularExpressions.GeneratedRegex("anchor '([^']+)'")]
    private static partial System.Text.RegularExpressions.Regex AnchorName();
}
