using System.Text;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation logical IDs of plan resources.</summary>
internal static class LogicalIds
{
    /// <summary>The logical ID of a resource of the plan of cluster <paramref name="clusterName"/>, or null for a kind without a resource of its own (lookups, tags of outside resources).</summary>
    public static string? Of(Resource resource, string clusterName) =>
        ResourceKinds.Of(resource).CloudFormation.LogicalIdPrefix is { } prefix ? Of(prefix, resource.Name, clusterName) : null;

    /// <summary>
    /// A logical ID: the kind's prefix and the plan name in PascalCase (split at every character that
    /// is not a letter or digit), without the <c>.&lt;cluster&gt;</c> suffixes the names carry (one template
    /// is one cluster); cut with a stable hash past CloudFormation's 255 characters.
    /// </summary>
    public static string Of(string prefix, string name, string clusterName)
    {
        var stem = name == clusterName ? string.Empty : name.Replace("." + clusterName, string.Empty, StringComparison.Ordinal);
        var id = prefix + Pascal(stem);
        return id.Length <= 255 ? id : id[..248] + "H" + Names.Hash(id);
    }

    /// <summary>PascalCase of the letter-and-digit runs of a name: <c>us-east-1a</c> → <c>UsEast1a</c>.</summary>
    public static string Pascal(string name)
    {
        var sb = new StringBuilder(name.Length);
        var start = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                start = true;
                continue;
            }

            sb.Append(start ? char.ToUpperInvariant(c) : c);
            start = false;
        }

        return sb.ToString();
    }
}
