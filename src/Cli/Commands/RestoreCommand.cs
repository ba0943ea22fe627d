using System.CommandLine;
using System.Globalization;
using Kgen.Store;

namespace Kgen.Cli.Commands;

/// <summary>
/// <c>kgen get etcd-snapshots</c> lists a cluster's etcd snapshots and names the newest; <c>kgen restore etcd</c> asks the
/// control plane to restore from one (see docs/etcd-backups.md).
/// </summary>
internal static class RestoreCommand
{
    private static readonly string[] Columns = ["SNAPSHOT", "TAKEN", "CHECKSUM"];

    public static Command Build(CliContext cli) => new("restore", "Ask a cluster's control plane to restore from a backup") { Etcd(cli) };

    public static Command Snapshots(CliContext cli)
    {
        var cluster = new Option<string>("--name") { Description = "The cluster", Required = true };
        var state = CliContext.StateOption();
        var command = new Command("etcd-snapshots", "List a cluster's etcd snapshots, oldest first, and name the newest") { cluster, state };
        command.Aliases.Add("etcd-snapshot");
        command.SetAction(parse => cli.Guard(async () =>
        {
            var store = cli.OpenStore(parse.GetValue(state));
            var name = parse.GetValue(cluster)!;
            var all = await EtcdSnapshots.ListAsync(store, name).ConfigureAwait(false);
            if (all.Count == 0)
            {
                cli.Stderr.WriteLine($"kgen: cluster {name} has no etcd snapshots yet in {ObjectStores.Combine(store.Location, name)}/backups/etcd/; the control plane saves one every snapshot interval (kgen-etcd-snapshot.timer)");
                return 0;
            }

            var rows = new List<string[]> { Columns };
            rows.AddRange(all.Select(s => new[] { s.Name, s.Taken.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture), s.HasChecksum ? "yes" : "missing (incomplete)" }));
            GetCommands.Table(cli.Stdout, rows);
            cli.Stdout.WriteLine(EtcdSnapshots.Newest(all) is { } newest
                ? $"newest: {newest.Name}"
                : "newest: none is complete (no snapshot has its SHA-256 beside it)");
            return 0;
        }));
        return command;
    }

    private static Command Etcd(CliContext cli)
    {
        var cluster = new Option<string>("--name") { Description = "The cluster", Required = true };
        var snapshot = new Option<string?>("--snapshot") { Description = "The snapshot to restore (as kgen get etcd-snapshots names it)" };
        var newest = new Option<bool>("--newest") { Description = "Restore the newest complete snapshot" };
        var state = CliContext.StateOption();
        var command = new Command("etcd", "Write the restore request the control-plane nodes act on when they boot or rerun their user-data") { cluster, snapshot, newest, state };
        command.SetAction(parse => cli.Guard(async () =>
        {
            var store = cli.OpenStore(parse.GetValue(state));
            var name = parse.GetValue(cluster)!;
            var chosen = parse.GetValue(snapshot);
            if ((chosen is null) == !parse.GetValue(newest))
            {
                throw new UsageException("name one snapshot with --snapshot main/<time>.db, or use --newest");
            }

            if (chosen is null)
            {
                var all = await EtcdSnapshots.ListAsync(store, name).ConfigureAwait(false);
                chosen = EtcdSnapshots.Newest(all)?.Name ?? throw new UsageException($"cluster {name} has no complete etcd snapshot to restore");
            }

            var request = await EtcdSnapshots.RequestRestoreAsync(store, name, chosen, DateTimeOffset.UtcNow).ConfigureAwait(false);
            cli.Stdout.WriteLine($"restore requested: {request}");
            cli.Stdout.WriteLine("now replace every control-plane instance (or rerun its user-data); the first control-plane group restores, the others join it (docs/etcd-backups.md)");
            return 0;
        }));
        return command;
    }
}
