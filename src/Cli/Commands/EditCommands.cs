using System.CommandLine;
using System.Diagnostics;
using Kgen.Model;
using Kgen.Store;

namespace Kgen.Cli.Commands;

/// <summary>
/// <c>kgen edit cluster</c> and <c>kgen edit instancegroup</c>: open the stored document in <c>$EDITOR</c>; an
/// invalid edit is shown again with its problems as comments on top and is never stored; an unchanged edit stores
/// nothing; the store takes the edit only if nobody changed the document since it was opened.
/// </summary>
internal static class EditCommands
{
    private const string Header = "# Edit the document below and save to store it; kgen ignores lines starting with '#'. An empty file cancels.";

    public static Command Build(CliContext cli) => new("edit", "Edit a stored cluster or instance group in $EDITOR")
    {
        Cluster(cli),
        InstanceGroup(cli),
    };

    private static Command Cluster(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The cluster" };
        var state = CliContext.StateOption();
        var command = new Command("cluster", "Edit a cluster's spec in $EDITOR") { name, state };
        command.SetAction(parse => cli.Guard(async () =>
        {
            var store = cli.OpenStore(parse.GetValue(state));
            var clusterName = parse.GetValue(name)!;
            var config = await store.RequireClusterAsync(clusterName).ConfigureAwait(false);
            var groups = await store.GetInstanceGroupsAsync(clusterName).ConfigureAwait(false);
            var sshKey = await store.GetSshPublicKeyAsync(clusterName).ConfigureAwait(false);
            return await EditAsync(cli, store, config, $"Cluster {clusterName}", clusterName, edited =>
            {
                var spec = ClusterStore.Load(edited, groups.Select(g => g.Yaml), "edit");
                var problems = new List<Diagnostic>();
                if (spec.Cluster.Metadata?.Name != clusterName)
                {
                    problems.Add(Diagnostic.Error(DiagnosticCodes.EditRenames, new InputLocation("edit", null, null, "metadata.name"), $"a cluster cannot be renamed; keep \"{clusterName}\""));
                }

                if (spec.InstanceGroups.Count != groups.Count)
                {
                    problems.Add(Diagnostic.Error(DiagnosticCodes.EditDocuments, new InputLocation("edit", null, null, string.Empty), $"edit only the Cluster document here; change instance groups with kgen edit instancegroup NAME --name {clusterName}"));
                }

                if (problems.Count > 0)
                {
                    throw new SpecException(problems);
                }

                spec.Resolve(sshKey);
                return ClusterSpec.ToYaml(spec.Cluster);
            }).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command InstanceGroup(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The instance group" };
        var cluster = new Option<string>("--name") { Description = "The cluster", Required = true };
        var state = CliContext.StateOption();
        var command = new Command("instancegroup", "Edit one of a cluster's instance groups in $EDITOR") { name, cluster, state };
        command.Aliases.Add("ig");
        command.SetAction(parse => cli.Guard(async () =>
        {
            var store = cli.OpenStore(parse.GetValue(state));
            var clusterName = parse.GetValue(cluster)!;
            var groupName = parse.GetValue(name)!;
            var config = await store.RequireClusterAsync(clusterName).ConfigureAwait(false);
            var groups = await store.GetInstanceGroupsAsync(clusterName).ConfigureAwait(false);
            var group = groups.FirstOrDefault(g => g.Name == groupName)
                ?? throw new UsageException($"cluster {clusterName} has no instance group {groupName}; it has {string.Join(", ", groups.Select(g => g.Name))}");
            var sshKey = await store.GetSshPublicKeyAsync(clusterName).ConfigureAwait(false);
            return await EditAsync(cli, store, group, $"InstanceGroup {groupName} of cluster {clusterName}", clusterName, edited =>
            {
                // The edited document first, so that the problems' line numbers are those of the file being edited.
                var spec = ClusterStore.Load(edited, [config.Yaml, .. groups.Where(g => g.Name != groupName).Select(g => g.Yaml)], "edit");
                var problems = new List<Diagnostic>();
                var editedGroup = spec.InstanceGroups.Count == groups.Count ? spec.InstanceGroups[0] : null;
                if (editedGroup is null || spec.Cluster.Metadata?.Name != clusterName)
                {
                    problems.Add(Diagnostic.Error(DiagnosticCodes.EditDocuments, new InputLocation("edit", null, null, string.Empty), $"keep exactly one InstanceGroup document here (kind: InstanceGroup); change the cluster with kgen edit cluster {clusterName}"));
                }
                else if (editedGroup.Metadata?.Name != groupName)
                {
                    problems.Add(Diagnostic.Error(DiagnosticCodes.EditRenames, new InputLocation("edit", null, null, "metadata.name"), $"an instance group cannot be renamed; keep \"{groupName}\" (create another with kgen create instancegroup)"));
                }

                if (problems.Count > 0)
                {
                    throw new SpecException(problems);
                }

                spec.Resolve(sshKey);
                return ClusterSpec.ToYaml(editedGroup!);
            }).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>The edit loop. <paramref name="check"/> returns the document as it will be stored, or throws <see cref="SpecException"/>.</summary>
    private static async Task<int> EditAsync(CliContext cli, ClusterStore store, StoredDocument read, string what, string cluster, Func<string, string> check)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kgen-edit-{Guid.NewGuid():N}.yaml");
        var shown = $"{Header}\n# {what}, from {ObjectStores.Combine(store.Location, read.Key)}\n{read.Yaml}";
        var keep = false;
        var showingProblems = false;
        try
        {
            while (true)
            {
                await File.WriteAllTextAsync(path, shown).ConfigureAwait(false);
                RunEditor(cli, path);
                var edited = (await File.ReadAllTextAsync(path).ConfigureAwait(false)).ReplaceLineEndings("\n");
                if (edited.Split('\n').All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#')))
                {
                    cli.Stderr.WriteLine("kgen: edit cancelled (empty file); nothing was stored");
                    return 1;
                }

                string result;
                try
                {
                    result = check(edited);
                }
                catch (SpecException e)
                {
                    if (showingProblems && edited == shown)
                    {
                        // Saved again without a change after the problems were shown: give up, keeping the edit.
                        keep = true;
                        foreach (var error in e.Errors)
                        {
                            cli.Stderr.WriteLine($"kgen: {error}");
                        }

                        cli.Stderr.WriteLine($"kgen: edit cancelled with {e.Errors.Count} problem(s) left; nothing was stored; your edit is kept in {path}");
                        return 1;
                    }

                    shown = WithProblems(edited, e.Errors);
                    showingProblems = true;
                    continue;
                }

                if (result == read.Yaml)
                {
                    cli.Stdout.WriteLine($"kgen: no changes to {what}; nothing was stored");
                    return 0;
                }

                try
                {
                    await store.UpdateAsync(read, result).ConfigureAwait(false);
                }
                catch (StoreConflictException e)
                {
                    keep = true;
                    await File.WriteAllTextAsync(path, result).ConfigureAwait(false);
                    throw new StoreConflictException($"{e.Message}; your edit was not stored and is kept in {path}: run kgen edit again and re-apply it", e);
                }

                cli.Stdout.WriteLine($"kgen: stored {what}");
                cli.Stdout.WriteLine($"kgen: regenerate with: kgen update cluster {cluster} --target=terraform --out=DIR");
                return 0;
            }
        }
        finally
        {
            if (!keep)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>The edited text with the problems as comments on top (replacing the comments kgen put there before).</summary>
    private static string WithProblems(string edited, IReadOnlyList<Diagnostic> errors)
    {
        var lines = edited.Split('\n').ToList();
        var body = string.Join("\n", lines.SkipWhile(l => l.StartsWith('#')));
        var top = new List<string>
        {
            Header,
            $"# kgen found {(errors.Count == 1 ? "a problem" : $"{errors.Count} problems")}; fix {(errors.Count == 1 ? "it" : "them")} and save, or save unchanged (or empty) to cancel:",
        };
        var offset = top.Count + errors.Count - lines.TakeWhile(l => l.StartsWith('#')).Count();
        top.AddRange(errors.Select(e => "#   " + (e.Location is InputLocation { Line: { } l } at ? e with { Location = at with { Line = l + offset } } : e).ToString().Replace('\n', ' ')));
        return string.Join("\n", top) + "\n" + body;
    }

    private static void RunEditor(CliContext cli, string path)
    {
        var editor = cli.Environment("KGEN_EDITOR") ?? cli.Environment("EDITOR") ?? cli.Environment("VISUAL");
        editor = string.IsNullOrWhiteSpace(editor) ? (OperatingSystem.IsWindows() ? "notepad" : "vi") : editor;
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", $"{editor} \"{path}\"" } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", editor + " \"$1\"", "kgen-edit", path } };
        start.UseShellExecute = false;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UsageException($"cannot start the editor \"{editor}\"");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new UsageException($"cannot start the editor \"{editor}\" ({e.Message}); set EDITOR to an editor that is installed");
        }

        using (process)
        {
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new UsageException($"the editor \"{editor}\" exited with code {process.ExitCode}; nothing was stored");
            }
        }
    }
}
