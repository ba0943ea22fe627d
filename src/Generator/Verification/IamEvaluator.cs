using Kgen.Generator.Plan;

namespace Kgen.Generator.Verification;

/// <summary>
/// Decides whether an IAM statement applies to a call, as AWS evaluates it: the action (case-insensitive,
/// with <c>*</c> and <c>?</c>), the resource (an ARN pattern) and every condition, against the keys the
/// request carries. A condition on a key the call does not carry, or with an operator this evaluator does
/// not know, does not match: what cannot be shown is not proven.
/// </summary>
internal static class IamEvaluator
{
    /// <summary>Whether <paramref name="statement"/> covers the call (its effect is the caller's to read).</summary>
    public static bool Matches(Statement statement, CallNeed call)
    {
        var actionMatches = statement.Actions.Any(a => Glob(a, call.Action, ignoreCase: true));
        if (!statement.NotActions.IsDefaultOrEmpty)
        {
            actionMatches = !statement.NotActions.Any(a => Glob(a, call.Action, ignoreCase: true));
        }

        if (!actionMatches)
        {
            return false;
        }

        var resourceMatches = statement.Resources.Any(r => Glob(r, call.Resource, ignoreCase: false));
        if (!statement.NotResources.IsDefaultOrEmpty)
        {
            resourceMatches = !statement.NotResources.Any(r => Glob(r, call.Resource, ignoreCase: false));
        }

        return resourceMatches && statement.Conditions.All(c => c.Value.All(kv => Condition(c.Key, kv.Key, kv.Value, call)));
    }

    /// <summary>Whether a call's action is one a statement grants (ignoring resource and conditions).</summary>
    public static bool GrantsAction(Statement statement, string action) =>
        statement.Actions.Any(a => Glob(a, action, ignoreCase: true));

    private static bool Condition(string op, string key, IEnumerable<string> values, CallNeed call)
    {
        var present = call.Context.TryGetValue(key, out var actual);
        return op switch
        {
            "Null" => values.All(v => v == "true" ? !present : present),
            "StringEquals" => present && values.Any(v => string.Equals(v, actual, StringComparison.Ordinal)),
            "StringEqualsIgnoreCase" => present && values.Any(v => string.Equals(v, actual, StringComparison.OrdinalIgnoreCase)),
            "StringLike" => present && values.Any(v => Glob(v, actual!, ignoreCase: false)),
            "ArnEquals" or "ArnLike" => present && values.Any(v => Glob(v, actual!, ignoreCase: false)),
            "Bool" => present && values.Any(v => string.Equals(v, actual, StringComparison.OrdinalIgnoreCase)),
            // A multi-valued key (each call here carries one value of it); absent, AWS finds the empty set's every value like the pattern.
            "ForAllValues:StringEquals" => !present || values.Any(v => string.Equals(v, actual, StringComparison.Ordinal)),
            "ForAllValues:StringLike" => !present || values.Any(v => Glob(v, actual!, ignoreCase: false)),
            _ => false,
        };
    }

    /// <summary>IAM's wildcard match: <c>*</c> any run of characters, <c>?</c> one character.</summary>
    internal static bool Glob(string pattern, string text, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (p < pattern.Length && (pattern[p] == '?' || string.Compare(pattern, p, text, t, 1, comparison) == 0))
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
