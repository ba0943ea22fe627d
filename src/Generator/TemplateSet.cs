using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Kgen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Kgen.Generator;

/// <summary>
/// The Scriban templates kgen renders with: the ones built into kgen, optionally with some of them
/// replaced by a folder of your own (<see cref="FromDirectory"/>) for house rules. Every template is
/// read and compiled once, when the set is made; a set is immutable and safe to use from many
/// threads at once, so make it once and pass it to every <see cref="Generator.Generate(Kgen.Model.ClusterSpec, Target, GenerateOptions?)"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The ThreadLocal holds only managed render contexts; they go with the set, and a set (often the shared default) lives as long as its users.")]
public sealed class TemplateSet
{
    private const string ResourcePrefix = "templates/";
    private const string Extension = ".sbn";

    private static readonly Lazy<TemplateSet> BuiltIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Template> templates;
    private readonly FrozenDictionary<string, string> files;
    private readonly TemplateLoader loader;

    /// <summary>
    /// Idle render contexts of each thread, reused so Scriban's per-context caches survive between
    /// renders. Per thread, so renders on many threads never wait for each other (a shared pool's lock
    /// made two threads slower than one); a stack, because a render may start another (a template
    /// calling <c>tf.file</c> renders the document it writes).
    /// </summary>
    private readonly ThreadLocal<Stack<TemplateContext>> idle = new(() => new Stack<TemplateContext>());

    /// <summary>Property getters of template model types, made on first use.</summary>
    private readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Get)[]> modelGetters = new();

    private TemplateSet(FrozenDictionary<string, Template> templates, FrozenDictionary<string, string> files, string? directory, IReadOnlyList<string> overridden)
    {
        this.templates = templates;
        this.files = files;
        Directory = directory;
        Overridden = overridden;
        loader = new TemplateLoader(this);
    }

    /// <summary>The templates built into kgen.</summary>
    public static TemplateSet Default => BuiltIn.Value;

    /// <summary>The override folder, or <see langword="null"/> for the built-in templates.</summary>
    public string? Directory { get; }

    /// <summary>The templates the folder replaces or adds, as paths relative to it (e.g. <c>terraform/aws_vpc.sbn</c>), sorted.</summary>
    public IReadOnlyList<string> Overridden { get; }

    /// <summary>
    /// The built-in templates, with every <c>*.sbn</c> file under <paramref name="directory"/> taking the
    /// place of the built-in template at the same relative path (e.g. <c>terraform/aws_vpc.sbn</c>,
    /// <c>userdata/node.sh.sbn</c>). Files whose name starts with <c>_</c> may be new partials for
    /// <c>include</c>; any other name must be one of kgen's templates.
    /// </summary>
    /// <exception cref="TemplateException">The folder is missing, a file name is not a kgen template, or a template does not parse (with its file, line and column).</exception>
    public static TemplateSet FromDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new TemplateException(directory, null, null, "no such folder; --templates names a folder laid out like kgen's templates/ (e.g. terraform/aws_vpc.sbn)");
        }

        var builtIn = Default;
        var sources = builtIn.templates.Keys.ToDictionary(k => k, k => (Text: ReadResource(k), File: ResourcePrefix + k), StringComparer.Ordinal);
        var overridden = new List<string>();
        foreach (var full in System.IO.Directory.EnumerateFiles(directory, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var key = Path.GetRelativePath(directory, full).Replace(Path.DirectorySeparatorChar, '/');
            if (!sources.ContainsKey(key) && !Path.GetFileName(key).StartsWith('_'))
            {
                throw new TemplateException(full, null, null, $"\"{key}\" is not one of kgen's templates{Suggest(key, builtIn.templates.Keys)}; name the file after the template it replaces (the names are those under templates/ in kgen's source), or start a new partial's name with _");
            }

            string text;
            try
            {
                text = File.ReadAllText(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new TemplateException(full, null, null, $"cannot read the template: {e.Message}");
            }

            sources[key] = (text.ReplaceLineEndings("\n"), full);
            overridden.Add(key);
        }

        if (overridden.Count == 0)
        {
            throw new TemplateException(directory, null, null, $"no *{Extension} templates in this folder; lay it out like kgen's templates/ (e.g. terraform/aws_vpc.sbn)");
        }

        return Compile(sources, directory, overridden);
    }

    /// <summary>Renders a template with a prepared global object.</summary>
    internal string Render(string path, ScriptObject globals)
    {
        if (!templates.TryGetValue(path, out var template))
        {
            throw new InvalidOperationException($"kgen has no template {path}");
        }

        var context = Rent();
        context.PushGlobal(globals);
        string text;
        try
        {
            text = template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            // The context may hold half a render; it is not reused.
            throw Failure(e.Span, e.OriginalMessage, e);
        }

        context.PopGlobal();
        Return(context);
        return text;
    }

    /// <summary>Renders a template whose globals are the public properties of <paramref name="model"/> (snake_case).</summary>
    internal string RenderModel(string path, object model)
    {
        var getters = modelGetters.GetOrAdd(model.GetType(), Getters);
        var globals = new ScriptObject(getters.Length);
        foreach (var (name, get) in getters)
        {
            globals[name] = get(model);
        }

        return Render(path, globals);
    }

    /// <summary>Getters of a model type's public properties, by their snake_case names (what <c>ScriptObject.Import</c> would give, without looking the properties up per render); <see cref="MethodInvoker"/> is as fast to call as a compiled expression and far cheaper to make, which a CLI run notices.</summary>
    private static (string Name, Func<object, object?> Get)[] Getters(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p =>
            {
                var invoker = MethodInvoker.Create(p.GetMethod!);
                return (StandardMemberRenamer.Default(p), new Func<object, object?>(o => invoker.Invoke(o)));
            })];

    private static TemplateSet LoadBuiltIn()
    {
        var assembly = typeof(TemplateSet).Assembly;
        var sources = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..], n => (Text: ReadResource(n[ResourcePrefix.Length..]), File: n), StringComparer.Ordinal);
        return Compile(sources, null, []);
    }

    private static TemplateSet Compile(Dictionary<string, (string Text, string File)> sources, string? directory, IReadOnlyList<string> overridden)
    {
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (key, (text, file)) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var template = Template.Parse(text, key);
            if (template.HasErrors)
            {
                var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
                var error = new TemplateException(file, first.Span.Start.Line + 1, first.Span.Start.Column + 1, first.Message);
                if (directory is null)
                {
                    throw new InvalidOperationException($"kgen's built-in template does not parse: {error.Message}", error);
                }

                throw error;
            }

            parsed[key] = template;
        }

        return new TemplateSet(
            parsed.ToFrozenDictionary(StringComparer.Ordinal),
            sources.ToFrozenDictionary(s => s.Key, s => s.Value.File, StringComparer.Ordinal),
            directory,
            overridden);
    }

    private static string ReadResource(string key)
    {
        var assembly = typeof(TemplateSet).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + key)
            ?? throw new InvalidOperationException($"template {key} is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string Suggest(string key, IEnumerable<string> known)
    {
        var best = known.Select(k => (Key: k, Distance: EditDistance.Between(k, key))).OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(2, key.Length / 4) ? $" (did you mean \"{best.Key}\"?)" : string.Empty;
    }

    /// <summary>A render error, named after the file the user can open: their override, or kgen's template (a kgen bug).</summary>
    private Exception Failure(SourceSpan span, string message, Exception inner)
    {
        var key = span.FileName ?? string.Empty;
        var file = files.TryGetValue(key, out var f) ? f : key;
        var error = new TemplateException(file, span.Start.Line + 1, span.Start.Column + 1, message, inner);
        var fromUser = Directory is not null && Overridden.Contains(key, StringComparer.Ordinal);
        return fromUser ? error : new InvalidOperationException($"kgen's built-in template failed: {error.Message}", error);
    }

    private TemplateContext Rent()
    {
        var stack = idle.Value!;
        if (stack.TryPop(out var context))
        {
            return context;
        }

        context = new TemplateContext
        {
            TemplateLoader = loader,
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 100_000,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        foreach (var (key, template) in templates)
        {
            // include resolves to these, compiled once, instead of parsing the text again.
            context.CachedTemplates[key] = template;
        }

        return context;
    }

    private void Return(TemplateContext context)
    {
        var stack = idle.Value!;
        if (stack.Count < 4)
        {
            stack.Push(context);
        }
    }

    /// <summary>Resolves <c>include 'x'</c> relative to the including template's folder.</summary>
    private sealed class TemplateLoader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            var caller = callerSpan.FileName ?? string.Empty;
            var folder = caller.Contains('/', StringComparison.Ordinal) ? caller[..(caller.LastIndexOf('/') + 1)] : string.Empty;
            return folder + templateName;
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"include \"{templatePath}\": there is no such template{Suggest(templatePath, set.templates.Keys)}");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

/// <summary>A template of your own (see <see cref="TemplateSet.FromDirectory"/>) is missing, does not parse, or fails to render.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The template file (or folder) at fault.</param>
    /// <param name="line">1-based line, when known.</param>
    /// <param name="column">1-based column, when known.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public TemplateException(string file, int? line, int? column, string reason, Exception? inner = null)
        : base(Format(file, line, column, reason), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The template file (or folder) at fault.</summary>
    public string File { get; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    private static string Format(string file, int? line, int? column, string reason) =>
        line is { } l ? $"{file}:{l}:{column ?? 1}: {reason}" : $"{file}: {reason}";
}
