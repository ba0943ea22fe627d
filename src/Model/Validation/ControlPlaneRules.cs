namespace Kgen.Model.Validation;

/// <summary>The control plane and etcd: an odd number of single-node, single-subnet, on-demand groups, each running one member of main and events.</summary>
internal static class ControlPlaneRules
{
    /// <summary>Runs the rules.</summary>
    public static void Check(Validating v)
    {
        ControlPlane(v);
        Etcd(v);
    }

    private static void ControlPlane(Validating v)
    {
        var cp = v.Cluster.ControlPlaneGroups.ToList();
        if (cp.Count == 0)
        {
            v.Error(v.C, DiagnosticCodes.NoControlPlane, string.Empty, "no instance group with role ControlPlane (or Master); add one per control-plane zone");
            return;
        }

        if (cp.Count % 2 == 0)
        {
            v.Error(v.C, DiagnosticCodes.ControlPlaneEven, string.Empty, $"{cp.Count} control-plane groups; etcd needs an odd number of members (1, 3 or 5) to keep quorum");
        }

        foreach (var g in cp)
        {
            var at = v.SourceOf(g);
            if (g.MinSize != 1 || g.MaxSize != 1)
            {
                v.Error(at, DiagnosticCodes.ControlPlaneSize, "spec.maxSize", $"a control-plane group runs exactly one node (its etcd member and volumes); set minSize: 1 and maxSize: 1, found {g.MinSize}..{g.MaxSize}");
            }

            if (g.Subnets.Length != 1)
            {
                v.Error(at, DiagnosticCodes.ControlPlaneSubnets, "spec.subnets", $"a control-plane group lives in exactly one subnet (its etcd volumes are zonal), found {g.Subnets.Length}");
            }

            if (g.MixedInstancesPolicy is not null || g.MaxPrice is not null)
            {
                v.Error(at, DiagnosticCodes.ControlPlaneSpot, "spec.maxPrice", "control-plane nodes must not be spot instances");
            }
        }
    }

    private static void Etcd(Validating v)
    {
        var cluster = v.Cluster;
        var cp = cluster.ControlPlaneGroups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cluster.EtcdClusters.Length; i++)
        {
            var e = cluster.EtcdClusters[i];
            var path = $"spec.etcdClusters[{i}]";
            if (e.Name == EtcdCluster.Cilium && cluster.Networking.Kind != CniKind.Cilium)
            {
                v.Error(v.C, DiagnosticCodes.EtcdClusterInvalid, path + ".name", "an etcd cluster named cilium holds the state of the cilium CNI, but networking is not cilium; remove it");
            }
            else if (e.Name is not ("main" or "events" or EtcdCluster.Cilium))
            {
                v.Error(v.C, DiagnosticCodes.EtcdClusterInvalid, path + ".name", $"\"{e.Name}\" is not an etcd cluster kgen runs; use main and events");
            }
            else if (!names.Add(e.Name))
            {
                v.Error(v.C, DiagnosticCodes.EtcdClusterInvalid, path + ".name", $"etcd cluster \"{e.Name}\" is given twice");
            }

            var memberNames = new HashSet<string>(StringComparer.Ordinal);
            var groups = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < e.Members.Length; j++)
            {
                var m = e.Members[j];
                var mp = $"{path}.etcdMembers[{j}]";
                if (!memberNames.Add(m.Name))
                {
                    v.Error(v.C, DiagnosticCodes.EtcdMemberDuplicate, mp + ".name", $"member name \"{m.Name}\" is used twice in etcd cluster {e.Name}");
                }

                if (!cp.Contains(m.InstanceGroup))
                {
                    v.Error(v.C, DiagnosticCodes.EtcdMemberGroup, mp + ".instanceGroup", $"\"{m.InstanceGroup}\" is not a control-plane instance group; etcd members run on control-plane groups ({string.Join(", ", cp.Order(StringComparer.Ordinal))})");
                }
                else if (!groups.Add(m.InstanceGroup))
                {
                    v.Error(v.C, DiagnosticCodes.EtcdMemberGroup, mp + ".instanceGroup", $"control-plane group \"{m.InstanceGroup}\" has two members in etcd cluster {e.Name}; one per group");
                }

                if (m.VolumeType is not ("gp3" or "gp2" or "io1" or "io2"))
                {
                    v.Error(v.C, DiagnosticCodes.EtcdVolumeInvalid, mp + ".volumeType", $"\"{m.VolumeType}\" is not suitable for etcd; use gp3 (default), gp2, io1 or io2");
                }

                if (m.VolumeSize is < 1 or > 16384)
                {
                    v.Error(v.C, DiagnosticCodes.EtcdVolumeInvalid, mp + ".volumeSize", $"must be 1 to 16384 GiB, found {m.VolumeSize}");
                }
            }

            foreach (var missing in cp.Except(groups).Order(StringComparer.Ordinal))
            {
                v.Error(v.C, DiagnosticCodes.EtcdMemberMissing, path + ".etcdMembers", $"control-plane group \"{missing}\" has no member in etcd cluster {e.Name}; every control-plane group runs one member of each etcd cluster");
            }
        }

        if (!names.Contains("main"))
        {
            v.Error(v.C, DiagnosticCodes.EtcdClusterInvalid, "spec.etcdClusters", "an etcd cluster named main is required");
        }
    }
}
