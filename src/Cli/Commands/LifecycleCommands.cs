using System.CommandLine;

namespace Kgen.Cli.Commands;

/// <summary><c>kgen update cluster</c> (regenerate from the stored spec) and <c>kgen delete cluster</c>.</summary>
internal static class LifecycleCommands
{
    public static Command Update(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The cluster" };
        var target = CliContext.TargetOption();
        var outDir = CliContext.OutOption();
        var state = CliContext.StateOption();
        var templates = CliContext.TemplatesOption();
        var cluster = new Command("cluster", "Regenerate a stored cluster's infrastructure code and show what changed") { name, target, outDir, state, templates };
        cluster.SetAction(parse => cli.Guard(async () =>
        {
            var templateSet = CliContext.LoadTemplates(parse.GetValue(templates));
            var store = cli.OpenStore(parse.GetValue(state));
            var clusterName = parse.GetValue(name)!;
            if (parse.GetValue(outDir) is null)
            {
                throw new UsageException($"--out DIR is required: kgen update cluster {clusterName} --target=terraform --out=DIR");
            }

            var spec = await store.LoadSpecAsync(clusterName).ConfigureAwait(false);
            var sshKey = await store.GetSshPublicKeyAsync(clusterName).ConfigureAwait(false);
            return await Generation.RunAsync(cli, spec, parse.GetValue(target), parse.GetValue(outDir), sshKey, store, templateSet).ConfigureAwait(false);
        }));
        return new Command("update", "Regenerate infrastructure code from the state store") { cluster };
    }

    public static Command Delete(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The cluster" };
        var yes = new Option<bool>("--yes", "-y") { Description = "Really delete (without it, only show what would be removed)" };
        var state = CliContext.StateOption();
        var cluster = new Command("cluster", "Remove a cluster's spec and secrets from the state store (destroy its infrastructure first)") { name, yes, state };
        cluster.SetAction(parse => cli.Guard(async () =>
        {
            var store = cli.OpenStore(parse.GetValue(state));
            var clusterName = parse.GetValue(name)!;
            await store.RequireClusterAsync(clusterName).ConfigureAwait(false);
            var keys = await store.ListKeysAsync(clusterName).ConfigureAwait(false);
            var really = parse.GetValue(yes);
            cli.Stdout.WriteLine(really
                ? $"kgen: removing cluster {clusterName} from {store.Location}:"
                : $"kgen: kgen delete cluster {clusterName} --yes would remove from {store.Location}:");
            foreach (var key in keys)
            {
                cli.Stdout.WriteLine($"  {key}");
            }

            const string Reminder = "this removes only the stored spec and secrets: destroy the cluster's infrastructure first (terraform destroy in its output folder), while its nodes can still read them";
            if (!really)
            {
                cli.Stdout.WriteLine($"kgen: {Reminder}; then run again with --yes");
                return 0;
            }

            await store.DeleteAsync(clusterName).ConfigureAwait(false);
            cli.Stdout.WriteLine($"kgen: removed cluster {clusterName} ({keys.Count} objects); {Reminder}");
            return 0;
        }));
        return new Command("delete", "Remove a cluster from the state store") { cluster };
    }
}
