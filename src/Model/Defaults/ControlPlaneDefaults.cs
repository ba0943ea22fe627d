using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>
/// The etcd layout: as written, or main with one member per control-plane group (kops' layout; kops' events
/// cluster is not laid out by default, since kubeadm's stacked etcd keeps events in main), and each cluster's
/// snapshot schedule.
/// </summary>
internal static partial class ControlPlaneDefaults
{
    /// <summary>The shortest and longest snapshot interval kgen accepts.</summary>
    private const int MinInterval = 300, MaxInterval = 86400, MaxRetentionDays = 3650;

    /// <summary>The etcd clusters, members sorted by name, with their snapshot schedule.</summary>
    public static ImmutableArray<EtcdCluster> EtcdClusters(
        ImmutableArray<EtcdClusterInput>? written, IReadOnlyList<InstanceGroup> groups, ImmutableArray<Subnet> subnets, string configBase, ISourceLocator at, Defaulting d)
    {
        var clusters = EtcdClusters(written, groups, subnets);
        return written is { } list ? [.. clusters.Select((e, i) => e with { Backups = Backups(list[i], i, configBase, at, d) })] : clusters;
    }

    /// <summary>The snapshot schedule of one written etcd cluster (kops' backups.backupStore, manager.backupInterval and manager.backupRetentionDays).</summary>
    private static EtcdBackups Backups(EtcdClusterInput e, int index, string configBase, ISourceLocator at, Defaulting d)
    {
        var path = $"spec.etcdClusters[{index}]";
        var expected = $"{configBase.TrimEnd('/')}/backups/etcd/{e.Name}";
        if (e.BackupStore is { } store && store.TrimEnd('/') != expected)
        {
            d.Error(at, DiagnosticCodes.EtcdBackupStoreInvalid, path + ".backups.backupStore",
                $"\"{store}\": kgen writes etcd snapshots only below the config store, where the control plane's IAM role may write; use \"{expected}\" or leave it out");
        }

        var interval = EtcdBackups.Default.IntervalSeconds;
        if (e.BackupInterval is { } text)
        {
            var m = DurationPattern().Match(text);
            interval = m.Success
                ? (int)((Part(m, "h") * 3600) + (Part(m, "m") * 60) + Part(m, "s"))
                : -1;
            if (interval is < MinInterval or > MaxInterval)
            {
                d.Error(at, DiagnosticCodes.EtcdBackupScheduleInvalid, path + ".manager.backupInterval",
                    $"\"{text}\" is not a snapshot interval kgen takes; use a duration from 5m to 24h, such as 1h (the default) or 30m");
            }
        }

        var days = e.BackupRetentionDays ?? EtcdBackups.Default.RetentionDays;
        if (days is < 1 or > MaxRetentionDays)
        {
            d.Error(at, DiagnosticCodes.EtcdBackupScheduleInvalid, path + ".manager.backupRetentionDays",
                $"must be 1 to {MaxRetentionDays} days, found {days}");
        }

        return new EtcdBackups(interval, days);
    }

    private static double Part(Match m, string g) => m.Groups[g].Success ? double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^((?<h>\d+)h)?((?<m>\d+)m)?((?<s>\d+)s)?$")]
    private static partial Regex DurationPattern();

    private static ImmutableArray<EtcdCluster> EtcdClusters(ImmutableArray<EtcdClusterInput>? written, IReadOnlyList<InstanceGroup> groups, ImmutableArray<Subnet> subnets)
    {
        string ZoneOf(string group) =>
            groups.FirstOrDefault(g => g.Name == group) is { Subnets.Length: > 0 } g &&
            subnets.FirstOrDefault(x => x.Name == g.Subnets[0]) is { Zone: { } z }
                ? z
                : string.Empty;

        var clusters = written ?? Layout(groups, ZoneOf);
        return [.. clusters.Select(e => new EtcdCluster(
            e.Name ?? string.Empty,
            [.. e.Members.Select(m => Member(m, ZoneOf)).OrderBy(x => x.Name, StringComparer.Ordinal)]))];
    }

    /// <summary>One member per control-plane group, named after its zone letter when that is unique (kops' convention).</summary>
    private static ImmutableArray<EtcdClusterInput> Layout(IReadOnlyList<InstanceGroup> groups, Func<string, string> zoneOf)
    {
        var controlPlane = groups.Where(g => g.Role == InstanceGroupRole.ControlPlane).ToList();
        var names = controlPlane.Select(g => zoneOf(g.Name)).Select(z => Patterns.Zone().Match(z) is { Success: true } m ? m.Groups["az"].Value : z).ToList();
        ImmutableArray<EtcdMemberInput> members = [.. controlPlane.Select((g, i) => new EtcdMemberInput
        {
            Name = names.Count(x => x == names[i]) == 1 && names[i].Length > 0 ? names[i] : g.Name,
            InstanceGroup = g.Name,
        })];
        return [new("main", members)];
    }

    private static EtcdMember Member(EtcdMemberInput m, Func<string, string> zoneOf)
    {
        var type = m.VolumeType ?? "gp3";
        return new EtcdMember
        {
            Name = m.Name ?? m.InstanceGroup ?? string.Empty,
            InstanceGroup = m.InstanceGroup ?? string.Empty,
            Zone = zoneOf(m.InstanceGroup ?? string.Empty),
            VolumeType = type,
            VolumeSize = m.VolumeSize ?? 20,
            VolumeIops = m.VolumeIops ?? (type == "gp3" ? 3000 : null),
            VolumeThroughput = m.VolumeThroughput ?? (type == "gp3" ? 125 : null),
            Encrypted = m.Encrypted ?? true,
            KmsKeyId = m.KmsKeyId,
        };
    }
}
