using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Kgen.Generator.Documents;

/// <summary>
/// The Scriban templates embedded in the assembly (from <c>templates/</c>), each parsed once and
/// reused: a parsed template is immutable and safe to render from many threads at once.
/// </summary>
internal static class TemplateStore
{
    private static readonly Assembly Assembly = typeof(TemplateStore).Assembly;
    private static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);
    private static readonly EmbeddedLoader Loader = new();

    /// <summary>Renders a template with a prepared global object.</summary>
    public static string Render(string path, ScriptObject globals)
    {
        var template = Get(path);
        var context = new TemplateContext
        {
            TemplateLoader = Loader,
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 100_000,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        context.PushCulture(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw new InvalidOperationException($"template {path} failed: {e.Message}", e);
        }
    }

    /// <summary>Renders a template whose globals are the public properties of <paramref name="model"/> (snake_case).</summary>
    public static string RenderModel(string path, object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        return Render(path, globals);
    }

    private static Template Get(string path) => Cache.GetOrAdd(path, static p =>
    {
        var text = Read(p);
        var template = Template.Parse(text, p);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"template {p} does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    });

    private static string Read(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourceName(path))
            ?? throw new InvalidOperationException($"template {path} is not embedded in {Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static string ResourceName(string path) => "templates/" + path;

    /// <summary>Resolves <c>include 'x'</c> relative to the including template's folder.</summary>
    private sealed class EmbeddedLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            var caller = callerSpan.FileName ?? string.Empty;
            var folder = caller.Contains('/', StringComparison.Ordinal) ? caller[..(caller.LastIndexOf('/') + 1)] : string.Empty;
            return folder + templateName;
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Read(templatePath));
    }
}
