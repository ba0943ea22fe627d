using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kgen.Model.Input;
using Kgen.Model.Spec;

namespace Kgen.Model.Defaults;

/// <summary>
/// <c>spec.clusterAutoscaler</c> over kops' defaults (<see cref="ClusterAutoscalerOptions"/>): every value checked,
/// a bad one reported at its YAML path (KG1500) and replaced by the default so that checking goes on.
/// </summary>
internal static partial class ClusterAutoscalerDefaults
{
    private const string At = "spec.clusterAutoscaler";

    /// <summary>The autoscaler's settings as the spec sets them; problems go to <paramref name="d"/>.</summary>
    public static ClusterAutoscalerOptions Apply(ClusterAutoscalerDto? x, ISourceLocator at, Defaulting d)
    {
        var standard = new ClusterAutoscalerOptions();
        if (x is null)
        {
            return standard;
        }

        void Error(string field, string message) => d.Error(at, DiagnosticCodes.ClusterAutoscalerSettingInvalid, $"{At}.{field}", message);

        string Duration(string field, string? text, string fallback)
        {
            if (text is null)
            {
                return fallback;
            }

            if (DurationPattern().IsMatch(text))
            {
                return text;
            }

            Error(field, $"\"{text}\" is not a duration such as 30s, 10m or 1h0m0s");
            return fallback;
        }

        string Quantity(string field, string? text, string fallback)
        {
            if (text is null)
            {
                return fallback;
            }

            if (QuantityPattern().IsMatch(text))
            {
                return text;
            }

            Error(field, $"\"{text}\" is not a Kubernetes quantity such as {fallback}");
            return fallback;
        }

        var expander = standard.Expander;
        if (x.Expander is { } e)
        {
            var chain = e.Split(',');
            var bad = chain.FirstOrDefault(n => !ClusterAutoscalerOptions.Expanders.Contains(n));
            if (bad is null)
            {
                expander = e;
            }
            else
            {
                var why = bad switch
                {
                    "price" => "the price expander works on GCE only",
                    _ => "not an expander",
                };
                Error("expander", $"\"{bad}\": {why}; use {string.Join(", ", ClusterAutoscalerOptions.Expanders)}, or several of them separated by commas");
            }
        }

        var threshold = standard.ScaleDownUtilizationThreshold;
        if (x.ScaleDownUtilizationThreshold is { } t)
        {
            if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v <= 1)
            {
                threshold = t;
            }
            else
            {
                Error("scaleDownUtilizationThreshold", $"\"{t}\" is not a decimal number from 0 to 1 such as \"0.5\"");
            }
        }

        var annotations = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in x.PodAnnotations ?? [])
        {
            if (!AnnotationKeyPattern().IsMatch(key) || key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..].Length > 63)
            {
                Error("podAnnotations", $"\"{key}\" is not an annotation key (an optional DNS-name prefix and '/', then up to 63 letters, digits, '-', '_' or '.')");
                continue;
            }

            annotations[key] = value ?? string.Empty;
        }

        return new ClusterAutoscalerOptions
        {
            Enabled = x.Enabled ?? standard.Enabled,
            Expander = expander,
            BalanceSimilarNodeGroups = x.BalanceSimilarNodeGroups ?? standard.BalanceSimilarNodeGroups,
            EmitPerNodegroupMetrics = x.EmitPerNodegroupMetrics ?? standard.EmitPerNodegroupMetrics,
            AwsUseStaticInstanceList = x.AwsUseStaticInstanceList ?? standard.AwsUseStaticInstanceList,
            IgnoreDaemonSetsUtilization = x.IgnoreDaemonSetsUtilization ?? standard.IgnoreDaemonSetsUtilization,
            ScaleDownUtilizationThreshold = threshold,
            SkipNodesWithCustomControllerPods = x.SkipNodesWithCustomControllerPods ?? standard.SkipNodesWithCustomControllerPods,
            SkipNodesWithSystemPods = x.SkipNodesWithSystemPods ?? standard.SkipNodesWithSystemPods,
            SkipNodesWithLocalStorage = x.SkipNodesWithLocalStorage ?? standard.SkipNodesWithLocalStorage,
            NewPodScaleUpDelay = Duration("newPodScaleUpDelay", x.NewPodScaleUpDelay, standard.NewPodScaleUpDelay),
            ScaleDownDelayAfterAdd = Duration("scaleDownDelayAfterAdd", x.ScaleDownDelayAfterAdd, standard.ScaleDownDelayAfterAdd),
            ScaleDownUnneededTime = Duration("scaleDownUnneededTime", x.ScaleDownUnneededTime, standard.ScaleDownUnneededTime),
            ScaleDownUnreadyTime = Duration("scaleDownUnreadyTime", x.ScaleDownUnreadyTime, standard.ScaleDownUnreadyTime),
            CordonNodeBeforeTerminating = x.CordonNodeBeforeTerminating ?? standard.CordonNodeBeforeTerminating,
            MaxNodeProvisionTime = Duration("maxNodeProvisionTime", x.MaxNodeProvisionTime, standard.MaxNodeProvisionTime),
            MemoryRequest = Quantity("memoryRequest", x.MemoryRequest, standard.MemoryRequest),
            CpuRequest = Quantity("cpuRequest", x.CpuRequest, standard.CpuRequest),
            PodAnnotations = annotations.ToImmutable(),
            CreatePriorityExpanderConfig = x.CreatePriorityExpanderConfig ?? standard.CreatePriorityExpanderConfig,
            CustomPriorities = x.CustomPriorityExpanderConfig is { } custom ? CustomPriorities(custom, Error) : null,
        };
    }

    /// <summary>
    /// kops' <c>customPriorityExpanderConfig</c>, checked: each key a whole number from 0 (the expander never prefers a
    /// group below 0), no priority written twice, each list non-empty, each regular expression one Go's regexp (RE2)
    /// compiles. A bad entry is reported and left out.
    /// </summary>
    private static ImmutableArray<(int, ImmutableArray<string>)> CustomPriorities(Dictionary<string, List<string>> config, Action<string, string> error)
    {
        const string Field = "customPriorityExpanderConfig";
        if (config.Count == 0)
        {
            error(Field, "names no priority; give each priority its regular expressions on autoscaling group names (such as 100: [\".*spot.*\"] and 0: [\".*\"]), or remove the field to use the groups' autoscalePriority");
        }

        var seen = new Dictionary<int, string>();
        var priorities = new List<(int, ImmutableArray<string>)>();
        foreach (var (key, patterns) in config)
        {
            var at = $"{Field}.{key}";
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var priority))
            {
                error(at, $"\"{key}\" is not a priority: a whole number from 0 to {int.MaxValue} (the expander prefers the highest, and never prefers a group below 0)");
                continue;
            }

            if (seen.TryGetValue(priority, out var first))
            {
                error(at, $"priority {priority} is written twice (also as {first}); the expander would read only one of the lists: merge them");
                continue;
            }

            seen[priority] = key;
            if (patterns is not { Count: > 0 })
            {
                error(at, "lists no regular expression; name the autoscaling groups of this priority (such as \".*spot.*\"), or remove the priority");
                continue;
            }

            var good = true;
            for (var i = 0; i < patterns.Count; i++)
            {
                if (PatternProblem(patterns[i]) is { } problem)
                {
                    error($"{at}[{i}]", problem);
                    good = false;
                }
            }

            if (good)
            {
                priorities.Add((priority, [.. patterns]));
            }
        }

        return [.. priorities.OrderByDescending(p => p.Item1)];
    }

    /// <summary>Why the autoscaler could not use a regular expression of the priority expander, or null when it can.</summary>
    private static string? PatternProblem(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return "empty: it would match every autoscaling group; write .* to say so";
        }

        if (pattern.Any(char.IsControl))
        {
            return "holds a control character; a group name never does";
        }

        try
        {
            _ = ClusterAutoscalerOptions.PriorityPattern(pattern);
            return null;
        }
        catch (NotSupportedException)
        {
            return $"\"{pattern}\" uses a construct Go's regular expressions (RE2), which the autoscaler uses, do not have (a backreference, lookahead, lookbehind, atomic group or conditional); write it without";
        }
        catch (ArgumentException e) when (e is RegexParseException p)
        {
            return $"not a regular expression: {p.Message.TrimEnd('.')}; write a pattern such as .*high.* (escape a literal character with \\)";
        }
    }

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex AnnotationKeyPattern();
}
