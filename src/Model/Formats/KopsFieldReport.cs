using System.Text.RegularExpressions;
using Kgen.Model.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kgen.Model.Formats;

/// <summary>A kops field that was accepted and ignored, where it was written.</summary>
/// <param name="Document">Cluster or InstanceGroup.</param>
/// <param name="Field">The field's path in kops' API (<c>[]</c> for list items).</param>
/// <param name="Rule">The row that decided it.</param>
/// <param name="Label">The document it was written in, e.g. <c>InstanceGroup/nodes</c>.</param>
/// <param name="Line">Its line.</param>
/// <param name="Column">Its column.</param>
internal sealed record IgnoredKopsField(string Document, string Field, KopsFieldRule Rule, string Label, int Line, int Column);

/// <summary>
/// The loader's use of <see cref="KopsFieldTable"/> for one kops document: a field the DTOs do not bind is looked up;
/// an ignored one is recorded (with every field below it checked against kops' API), a refused one is an error, and
/// one kops does not have is left to the caller to report as unknown.
/// </summary>
internal sealed partial class KopsFieldReport(SourceMap map, string document, List<Diagnostic> errors, List<IgnoredKopsField> ignored)
{
    /// <summary>The kops fields directly below a (concrete) path, for did-you-mean hints.</summary>
    public IEnumerable<string> ChildrenOf(string path) => KopsFieldTable.ChildrenOf(document, Normalize(path));

    /// <summary>Handles a field the DTOs do not bind; false when kops' API does not have it either.</summary>
    public bool Accept(string path, YamlNode node, Mark keyMark)
    {
        var field = Normalize(path);
        if (!KopsFieldTable.IsKopsField(document, field))
        {
            return false;
        }

        var rule = KopsFieldTable.Decide(document, field);
        switch (rule?.Decision)
        {
            case KopsFieldDecision.Refused:
                errors.Add(map.Error(DiagnosticCodes.KopsFieldRefused, path, $"kops field {field} is not supported: {rule.Note}"));
                return true;
            case KopsFieldDecision.Ignored:
                ignored.Add(new IgnoredKopsField(document, field, rule, map.Document, (int)keyMark.Line, (int)keyMark.Column));
                Walk(node, path, field, rule);
                return true;
            default:
                // Implemented or mapped but not bound: a hole in the table (KopsFieldTableTests keep it from happening).
                return false;
        }
    }

    /// <summary>Checks the fields below an ignored one: each must be one kops has; a row of their own still applies.</summary>
    private void Walk(YamlNode node, string path, string field, KopsFieldRule decided)
    {
        switch (node)
        {
            case YamlSequenceNode seq:
                var i = 0;
                foreach (var item in seq.Children)
                {
                    Walk(item, $"{path}[{i++}]", field + "[]", decided);
                }

                break;
            case YamlMappingNode mapping:
                var children = KopsFieldTable.ChildrenOf(document, field).ToList();
                if (children.Count == 0)
                {
                    return; // a map of the user's own keys (labels, mirrors, feature gates)
                }

                foreach (var (keyNode, value) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        continue;
                    }

                    var childPath = $"{path}.{key}";
                    var childField = $"{field}.{key}";
                    map.Add(childPath, keyNode.Start);
                    if (!KopsFieldTable.IsKopsField(document, childField))
                    {
                        errors.Add(map.Error(DiagnosticCodes.UnknownField, childPath, YamlBinder.UnknownField(key, children)));
                        continue;
                    }

                    var rule = KopsFieldTable.Decide(document, childField) ?? decided;
                    if (rule.Decision == KopsFieldDecision.Refused)
                    {
                        errors.Add(map.Error(DiagnosticCodes.KopsFieldRefused, childPath, $"kops field {childField} is not supported: {rule.Note}"));
                        continue;
                    }

                    if (rule != decided && rule.Decision == KopsFieldDecision.Ignored)
                    {
                        ignored.Add(new IgnoredKopsField(document, childField, rule, map.Document, (int)keyNode.Start.Line, (int)keyNode.Start.Column));
                    }

                    Walk(value, childPath, childField, rule.Decision == KopsFieldDecision.Ignored ? rule : decided);
                }

                break;
        }
    }

    /// <summary><c>spec.subnets[2].egress</c> → <c>spec.subnets[].egress</c>.</summary>
    internal static string Normalize(string path) => ListIndex().Replace(path, "[]");

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex ListIndex();
}
