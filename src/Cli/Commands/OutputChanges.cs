using System.Text;
using Kgen.Generator;
using Kgen.Generator.Plan;
using Kgen.Generator.Targets.CloudFormation;
using Kgen.Generator.Targets.Terraform;
using Kgen.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Kgen.Cli.Commands;

/// <summary>
/// What regenerating changes in an output folder: files added, changed and removed among the entries the target
/// owns, the instance groups whose launch template or user-data changed (their running nodes keep the old
/// ones until they are replaced), and the add-ons that change (the control-plane nodes apply them after the apply,
/// without replacing a node).
/// </summary>
internal sealed record OutputChanges(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> GroupsToReplace,
    IReadOnlyList<string> NewGroups,
    string ApplyCommand,
    bool ManagedNodeGroups = false)
{
    /// <summary>The add-ons whose version or configuration the apply changes, one line each (<c>NAME: what</c>).</summary>
    public IReadOnlyList<string> AddonChanges { get; init; } = [];

    public bool None => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    public static OutputChanges Compare(GeneratedOutput output, string directory, Cluster cluster)
    {
        var before = Existing(directory, output.OwnedEntries);
        var after = output.Files;
        var added = after.Keys.Where(k => !before.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var removed = before.Keys.Where(k => !after.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var changed = after.Keys.Where(k => before.TryGetValue(k, out var old) && old != after[k]).Order(StringComparer.Ordinal).ToList();

        var replace = new List<string>();
        var fresh = new List<string>();
        before.TryGetValue("kubernetes.tf", out var oldTf);
        after.TryGetValue("kubernetes.tf", out var newTf);
        var cloudFormation = after.ContainsKey(CloudFormationRenderer.FileName);
        var oldTemplate = cloudFormation ? Resources(before.GetValueOrDefault(CloudFormationRenderer.FileName)) : null;
        var newTemplate = cloudFormation ? Resources(after[CloudFormationRenderer.FileName]) : null;
        var plan = output.Plan ?? Generator.Generator.BuildPlan(cluster);
        // A kubeadm group's launch template, or an EKS managed node group's: a new version of it is what replaces nodes.
        var launchTemplates = plan.Resources
            .Select(r => (Resource: r, Group: r switch { LaunchTemplate t => t.InstanceGroup, NodeGroupLaunchTemplate t => t.InstanceGroup, _ => null }))
            .Where(x => x.Group is not null)
            .ToDictionary(x => x.Group!, x => x.Resource, StringComparer.Ordinal);
        foreach (var group in cluster.InstanceGroups)
        {
            var launchTemplate = launchTemplates[group.Name];
            if (cloudFormation)
            {
                // The launch template resource holds its user-data inline.
                var id = CloudFormationRenderer.LogicalId(launchTemplate, cluster.Name)!;
                var old = oldTemplate?[id];
                if (old is null)
                {
                    fresh.Add(group.Name);
                }
                else if (!JToken.DeepEquals(old, newTemplate?[id]))
                {
                    replace.Add(group.Name);
                }

                continue;
            }

            // The launch template's block in kubernetes.tf and its user-data file, where the Terraform renderer puts them.
            var block = TerraformRenderer.BlockHeader(launchTemplate) + "\n";
            var userData = TerraformRenderer.DataFile(launchTemplate, "user_data");
            var oldBlock = Block(oldTf, block);
            if (oldBlock is null)
            {
                fresh.Add(group.Name);
            }
            else if (oldBlock != Block(newTf, block) || before.GetValueOrDefault(userData) != after.GetValueOrDefault(userData))
            {
                replace.Add(group.Name);
            }
        }

        string? oldIndex = null, newIndex = null;
        if (plan.Resources.OfType<SsmParameter>().FirstOrDefault(p => p.Name == new Names(cluster).AddonsIndex) is { } index)
        {
            if (cloudFormation)
            {
                var id = CloudFormationRenderer.LogicalId(index, cluster.Name)!;
                oldIndex = oldTemplate?[id]?["Properties"]?["Value"]?.ToString();
                newIndex = newTemplate?[id]?["Properties"]?["Value"]?.ToString();
            }
            else
            {
                var file = TerraformRenderer.DataFile(index, "value");
                oldIndex = before.GetValueOrDefault(file);
                newIndex = after.GetValueOrDefault(file);
            }
        }

        return new OutputChanges(added, changed, removed, replace, fresh, cloudFormation ? "aws cloudformation deploy" : "terraform apply", cluster.Topology == ControlPlaneTopology.EksManaged)
        {
            AddonChanges = before.Count == 0 ? [] : CompareAddons(oldIndex, newIndex),
        };
    }

    /// <summary>What changes between two add-on indexes (<c>NAME DIGEST VERSION FILES</c> lines): added, upgraded, reconfigured, no longer managed.</summary>
    internal static IReadOnlyList<string> CompareAddons(string? before, string? after)
    {
        var old = Generator.Addons.AddonBuilder.ParseIndex(before);
        var now = Generator.Addons.AddonBuilder.ParseIndex(after);
        var lines = new List<string>();
        foreach (var (name, (digest, version)) in now)
        {
            if (!old.TryGetValue(name, out var was))
            {
                lines.Add($"{name}: new, {version}");
            }
            else if (was.Version != version)
            {
                lines.Add($"{name}: {was.Version} -> {version}");
            }
            else if (was.Digest != digest)
            {
                lines.Add($"{name}: {version}, configuration changed");
            }
        }

        foreach (var name in old.Keys.Where(n => !now.ContainsKey(n)))
        {
            lines.Add($"{name}: no longer managed by kgen; what it installed stays in the cluster until you delete it");
        }

        return lines;
    }

    public void Print(TextWriter stdout, string directory, string cluster)
    {
        if (None)
        {
            stdout.WriteLine($"kgen: no changes: {directory} already holds the output of cluster {cluster}; nothing was written");
            return;
        }

        stdout.WriteLine($"kgen: cluster {cluster}: {Added.Count} added, {Changed.Count} changed, {Removed.Count} removed in {directory}");
        foreach (var f in Added)
        {
            stdout.WriteLine($"  added    {f}");
        }

        foreach (var f in Changed)
        {
            stdout.WriteLine($"  changed  {f}");
        }

        foreach (var f in Removed)
        {
            stdout.WriteLine($"  removed  {f}");
        }

        if (GroupsToReplace.Count > 0 && ManagedNodeGroups)
        {
            stdout.WriteLine($"kgen: the launch template of node group{(GroupsToReplace.Count > 1 ? "s" : string.Empty)} {string.Join(", ", GroupsToReplace)} changed: {ApplyCommand} makes a new launch template version and EKS rolls {(GroupsToReplace.Count > 1 ? "their" : "its")} nodes, draining each node respecting PodDisruptionBudgets, at most updateConfig.maxUnavailable at a time");
        }
        else if (GroupsToReplace.Count > 0)
        {
            stdout.WriteLine($"kgen: the launch template or user-data of {string.Join(", ", GroupsToReplace)} changed: after {ApplyCommand}, their running nodes must be replaced to pick it up (e.g. aws autoscaling start-instance-refresh)");
        }
        else if (Changed.Count > 0 || Removed.Count > 0)
        {
            stdout.WriteLine("kgen: no launch template or user-data changed: no node needs replacing");
        }

        if (AddonChanges.Count > 0)
        {
            stdout.WriteLine($"kgen: add-ons that change: after {ApplyCommand}, the control-plane nodes apply them within a minute (kgen-addons.timer), replacing no node:");
            foreach (var line in AddonChanges)
            {
                stdout.WriteLine($"  {line}");
            }
        }
    }

    private static Dictionary<string, string> Existing(string directory, IReadOnlyList<string> owned)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in owned)
        {
            var path = Path.Combine(directory, entry);
            if (File.Exists(path))
            {
                files[entry] = File.ReadAllText(path, Encoding.UTF8);
            }
            else if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    files[Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/')] = File.ReadAllText(f, Encoding.UTF8);
                }
            }
        }

        return files;
    }

    /// <summary>The Resources section of a template, or null when there is none (or it is not JSON).</summary>
    private static JObject? Resources(string? template)
    {
        if (template is null)
        {
            return null;
        }

        try
        {
            return JObject.Parse(template)["Resources"] as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A top-level block of a <c>terraform fmt</c>-style file: from its opening line to the first closing brace at column 0.</summary>
    private static string? Block(string? tf, string opening)
    {
        if (tf is null)
        {
            return null;
        }

        var start = tf.StartsWith(opening, StringComparison.Ordinal) ? 0 : tf.IndexOf("\n" + opening, StringComparison.Ordinal) is var i and >= 0 ? i + 1 : -1;
        if (start < 0)
        {
            return null;
        }

        var end = tf.IndexOf("\n}\n", start, StringComparison.Ordinal);
        return end < 0 ? tf[start..] : tf[start..(end + 3)];
    }
}
