using System.Text.RegularExpressions;
using Kgen.Generator;

namespace Kgen.Tests.Support;

/// <summary>The node script a Kubernetes node's user data fetches from the config store (<c>nodeup/…</c>).</summary>
internal static partial class NodeScripts
{
    /// <summary>The config store key a user data names for its node script, or null (a bastion's).</summary>
    public static string? Key(string userData) => KeyLine().Match(userData) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The node script the user data in <paramref name="userDataFile"/> fetches.</summary>
    public static string Of(GeneratedOutput output, string userDataFile)
    {
        var key = Key(output.Files[userDataFile]) ?? throw new ArgumentException($"{userDataFile} fetches no node script", nameof(userDataFile));
        return output.ConfigBaseObjects.Single(o => o.Key == key).Content;
    }

    [GeneratedRegex("^NODEUP_KEY='([^']+)'$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();
}
