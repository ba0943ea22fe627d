using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Kgen.Model.Input;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kgen.Model.Yaml;

/// <summary>Where each YAML path of one document starts in the file (kgen's and kops' documents share kgen's field paths).</summary>
internal sealed class SourceMap : ISourceLocator
{
    private readonly Dictionary<string, (int Line, int Column)> _marks = new(StringComparer.Ordinal);

    internal SourceMap(string file, string document)
    {
        File = file;
        Document = document;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The document label, e.g. <c>InstanceGroup/nodes</c>.</summary>
    public string Document { get; internal set; }

    internal void Add(string path, Mark mark) => _marks[path] = ((int)mark.Line, (int)mark.Column);

    /// <summary>Makes an error for a path, using the nearest known position (the path or one of its parents).</summary>
    public Diagnostic Error(string code, string path, string message)
    {
        var probe = path;
        while (true)
        {
            if (_marks.TryGetValue(probe, out var m))
            {
                return Diagnostic.Error(code, new InputLocation(File, m.Line, m.Column, Label(path)), message);
            }

            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            if (cut <= 0)
            {
                return _marks.TryGetValue(string.Empty, out var root)
                    ? Diagnostic.Error(code, new InputLocation(File, root.Line, root.Column, Label(path)), message)
                    : Diagnostic.Error(code, new InputLocation(File, null, null, Label(path)), message);
            }

            probe = probe[..cut];
        }
    }

    private string Label(string path) => path.Length == 0 ? Document : $"{Document} {path}";
}

/// <summary>
/// Binds a YAML node tree onto the DTO classes in <see cref="Spec"/>, collecting every error
/// (unknown field, wrong type) with its position instead of stopping at the first.
/// </summary>
internal sealed class YamlBinder(SourceMap map, List<Diagnostic> errors, Formats.KopsFieldReport? kops = null)
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> PropertyCache = new();

    public T? Bind<T>(YamlNode node, string path)
        where T : class => (T?)Bind(node, typeof(T), path);

    private object? Bind(YamlNode node, Type type, string path)
    {
        map.Add(path, node.Start);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;

        if (node is YamlScalarNode scalar && IsNull(scalar))
        {
            return null;
        }

        if (underlying == typeof(string))
        {
            return Scalar(node, path, "a string", s => s);
        }

        if (underlying == typeof(int))
        {
            return Scalar(node, path, "a whole number", s =>
                int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null);
        }

        if (underlying == typeof(bool))
        {
            return Scalar(node, path, "true or false", s => s switch
            {
                "true" or "True" or "TRUE" => true,
                "false" or "False" or "FALSE" => false,
                _ => null,
            });
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            return BindList(node, underlying, path);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return BindMap(node, underlying, path);
        }

        return BindObject(node, underlying, path);
    }

    private static bool IsNull(YamlScalarNode s) =>
        s.Style == ScalarStyle.Plain && s.Value is "" or "~" or "null" or "Null" or "NULL";

    private object? Scalar(YamlNode node, string path, string expected, Func<string, object?> parse)
    {
        if (node is not YamlScalarNode s || s.Value is null)
        {
            errors.Add(map.Error(DiagnosticCodes.WrongType, path, $"expected {expected}, found {Describe(node)}"));
            return null;
        }

        var value = parse(s.Value);
        if (value is null)
        {
            errors.Add(map.Error(DiagnosticCodes.WrongType, path, $"expected {expected}, found \"{s.Value}\""));
        }

        return value;
    }

    private object? BindList(YamlNode node, Type listType, string path)
    {
        if (node is not YamlSequenceNode seq)
        {
            errors.Add(map.Error(DiagnosticCodes.WrongType, path, $"expected a list, found {Describe(node)}"));
            return null;
        }

        var itemType = listType.GetGenericArguments()[0];
        var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
        var i = 0;
        foreach (var child in seq.Children)
        {
            var item = Bind(child, itemType, $"{path}[{i}]");
            if (item is not null)
            {
                list.Add(item);
            }

            i++;
        }

        return list;
    }

    private object? BindMap(YamlNode node, Type mapType, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(map.Error(DiagnosticCodes.WrongType, path, $"expected a map of key: value, found {Describe(node)}"));
            return null;
        }

        var valueType = mapType.GetGenericArguments()[1];
        var dict = (System.Collections.IDictionary)Activator.CreateInstance(mapType, StringComparer.Ordinal)!;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                map.Add(path + ".?", keyNode.Start);
                errors.Add(map.Error(DiagnosticCodes.KeyNotAString, path + ".?", $"keys must be plain strings, found {Describe(keyNode)}"));
                continue;
            }

            var childPath = Join(path, key);
            map.Add(childPath, keyNode.Start);
            if (dict.Contains(key))
            {
                errors.Add(map.Error(DiagnosticCodes.DuplicateKey, childPath, $"\"{key}\" is given twice"));
                continue;
            }

            // Map values are strings; numbers and booleans are taken as their text, like kops does for labels.
            var value = valueNode is YamlScalarNode { Value: { } text } && valueType == typeof(string)
                ? text
                : Bind(valueNode, valueType, childPath);
            if (value is not null)
            {
                dict[key] = value;
            }
        }

        return dict;
    }

    private object? BindObject(YamlNode node, Type type, string path)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(map.Error(DiagnosticCodes.WrongType, path, $"expected a map of fields, found {Describe(node)}"));
            return null;
        }

        var props = PropertyCache.GetOrAdd(type, Describe);
        var target = Activator.CreateInstance(type)!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                map.Add(path + ".?", keyNode.Start);
                errors.Add(map.Error(DiagnosticCodes.KeyNotAString, path + ".?", $"field names must be plain strings, found {Describe(keyNode)}"));
                continue;
            }

            var childPath = Join(path, key);
            map.Add(childPath, keyNode.Start);
            if (!seen.Add(key))
            {
                errors.Add(map.Error(DiagnosticCodes.DuplicateKey, childPath, $"\"{key}\" is given twice"));
                continue;
            }

            if (!props.TryGetValue(key, out var prop))
            {
                // A kops document's field that kgen does not bind: kops' API decides (KopsFieldTable).
                if (kops?.Accept(childPath, valueNode, keyNode.Start) != true)
                {
                    errors.Add(map.Error(DiagnosticCodes.UnknownField, childPath, UnknownField(key, kops is null ? props.Keys : props.Keys.Union(kops.ChildrenOf(path)))));
                }

                continue;
            }

            prop.SetValue(target, Bind(valueNode, prop.PropertyType, childPath));
        }

        return target;
    }

    internal static string UnknownField(string key, IEnumerable<string> known)
    {
        var close = known
            .Select(k => (k, d: EditDistance.Between(k.ToLowerInvariant(), key.ToLowerInvariant())))
            .Where(x => x.d <= Math.Max(2, key.Length / 3))
            .OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal)
            .Select(x => x.k)
            .FirstOrDefault();
        var hint = close is null
            ? $"supported fields here: {string.Join(", ", known.Order(StringComparer.Ordinal))}"
            : $"did you mean \"{close}\"?";
        return $"unknown or unsupported field \"{key}\"; {hint}";
    }

    private static Dictionary<string, PropertyInfo> Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(
                p => p.GetCustomAttribute<YamlDotNet.Serialization.YamlMemberAttribute>()?.Alias ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..],
                StringComparer.Ordinal);

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"\"{s.Value}\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a map",
        _ => node.NodeType.ToString(),
    };
}
