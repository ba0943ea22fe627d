using System.Collections.Immutable;
using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>The etcd layout: as written, or main and events with one member per control-plane group (kops' layout).</summary>
internal static class ControlPlaneDefaults
{
    /// <summary>The etcd clusters, members sorted by name.</summary>
    public static ImmutableArray<EtcdCluster> EtcdClusters(ImmutableArray<EtcdClusterInput>? written, IReadOnlyList<InstanceGroup> groups, ImmutableArray<Subnet> subnets)
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
        return [new("main", members), new("events", members)];
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
