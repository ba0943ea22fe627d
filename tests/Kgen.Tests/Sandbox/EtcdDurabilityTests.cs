using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;

namespace Kgen.Tests.Sandbox;

/// <summary>
/// The control plane's etcd survives what happens to it: a missing volume stops the boot, a rerun on a member
/// changes nothing, the snapshot timer writes where IAM allows, a named snapshot is restored with one, two or
/// all three control-plane nodes lost, and two joins at once take turns. Several nodes of one cluster are
/// several sandboxes running the user-data of the first, whose store they share.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class EtcdDurabilityTests
{
    private const string Snapshot = "main/20261130T000000Z.db";
    private const string Request = Snapshot + " 20261201T093000Z";

    private static readonly (string Group, string Zone, string Ip)[] ControlPlane =
    [
        ("control-plane-us-east-1a", "us-east-1a", "10.0.1.10"),
        ("control-plane-us-east-1b", "us-east-1b", "10.0.2.20"),
        ("control-plane-us-east-1c", "us-east-1c", "10.0.3.30"),
    ];

    [Fact]
    public void A_missing_volume_stops_the_boot_before_etcd_can_start_on_the_root_disk()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        box.SetState("no-volume-main", string.Empty);

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.Equal(1, exit);
        Assert.Contains("FATAL: the etcd main volume is missing (none tagged k8s.io/etcd/main, kgen.dev/instancegroup=control-plane-us-east-1a in us-east-1a); etcd never runs on the root disk", output, StringComparison.Ordinal);
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("kubeadm init", StringComparison.Ordinal) || c.StartsWith("kubeadm join", StringComparison.Ordinal)
            || c.StartsWith("mount ", StringComparison.Ordinal) || c.StartsWith("mkfs", StringComparison.Ordinal) || c.Contains("attach-volume", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(box.Root, "var", "lib", "etcd")));
        Assert.False(Directory.Exists(Path.Combine(box.Root, "etc", "kubernetes", "manifests")));
    }

    [Fact]
    public void A_volume_that_does_not_mount_stops_the_boot_too()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        box.SetState("mounted", string.Empty);
        var script = box.UserData("control-plane-us-east-1a", s => s.Replace("    mount -t ext4 \"$dev\" \"${R}${mnt}\"\n", "    true\n", StringComparison.Ordinal));

        var (exit, output) = box.Run(script, "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.Equal(1, exit);
        Assert.Contains("FATAL: etcd main volume vol-0main0000000000 (", output, StringComparison.Ordinal);
        Assert.Contains("is not mounted at /var/lib/etcd; etcd never runs on the root disk", output, StringComparison.Ordinal);
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("kubeadm init", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rerun_on_a_node_that_is_a_member_already_changes_nothing_and_says_so()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "up");
        var script = box.UserData("control-plane-us-east-1b");
        var first = box.Run(script, "ip-10-0-2-20.ec2.internal", "10.0.2.20", "us-east-1b");
        Assert.True(first.Exit == 0, first.Output);
        var before = Files(box.Root);
        var calls = box.Calls.Count;

        var (exit, output) = box.Run(script, "ip-10-0-2-20.ec2.internal", "10.0.2.20", "us-east-1b");

        Assert.True(exit == 0, output);
        Assert.Contains("this node is a member of cluster sandbox.k8s.local already (kubeadm's manifests and kubelet.conf are in place): kubeadm, etcd and the volumes stay as they are", output, StringComparison.Ordinal);
        Assert.Contains("etcd main volume vol-0main0000000000 is attached to this instance already", output, StringComparison.Ordinal);
        Assert.Contains("/var/lib/etcd is mounted already", output, StringComparison.Ordinal);
        var rerun = box.Calls.Skip(calls).ToList();
        Assert.DoesNotContain(rerun, c => c.StartsWith("kubeadm init", StringComparison.Ordinal) || c.StartsWith("kubeadm join", StringComparison.Ordinal)
            || c.StartsWith("kubeadm reset", StringComparison.Ordinal) || c.Contains("attach-volume", StringComparison.Ordinal) || c.StartsWith("mkfs", StringComparison.Ordinal)
            || c.StartsWith("mount ", StringComparison.Ordinal) || c.Contains("member remove", StringComparison.Ordinal) || c.Contains("delete node", StringComparison.Ordinal));
        Assert.DoesNotContain("[kgen] wrote ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("join lock", output, StringComparison.Ordinal);
        Assert.Equal(before, Files(box.Root));
    }

    [Fact]
    public void The_snapshot_timer_is_installed_and_the_leader_writes_checksummed_snapshots_where_iam_allows_pruning_old_ones()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");
        Assert.True(exit == 0, output);
        Assert.Contains(box.Calls, c => c == "systemctl enable --now kgen-etcd-snapshot.timer");
        var timer = File.ReadAllText(Path.Combine(box.Root, "etc", "systemd", "system", "kgen-etcd-snapshot.timer"));
        Assert.Contains("OnUnitActiveSec=3600s", timer, StringComparison.Ordinal);
        Assert.Contains("ETCD_SNAPSHOTS='backups/etcd/main/'\nETCD_RETENTION_DAYS='7'\n", File.ReadAllText(Path.Combine(box.Root, "etc", "kgen", "node.env")), StringComparison.Ordinal);

        // Snapshots of the last week stay; older ones go, and the newest always stays.
        var folder = Path.Combine(box.Store, "backups", "etcd", "main");
        Directory.CreateDirectory(folder);
        var recent = DateTime.UtcNow.AddDays(-1).ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture) + ".db";
        foreach (var old in new[] { "20200101T000000Z.db", recent })
        {
            File.WriteAllText(Path.Combine(folder, old), "old\n");
            File.WriteAllText(Path.Combine(folder, old + ".sha256"), "x  " + old + "\n");
        }

        Directory.CreateDirectory(Path.Combine(box.Root, "var", "lib", "etcd", "data"));
        var run = RunSnapshot(box);

        Assert.True(run.Exit == 0, run.Output);
        AssertInOrderContains(box.Calls, "crictl ps --name ^etcd$ --state running -q", "endpoint status", "snapshot save /var/lib/etcd/data/kgen-snapshot.part");
        var saved = Directory.GetFiles(folder, "*Z.db").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, saved.Count);
        Assert.Equal(recent, saved[0]);
        var name = saved[1]!;
        Assert.Matches(@"^\d{8}T\d{6}Z\.db$", name);
        var content = File.ReadAllBytes(Path.Combine(folder, name));
        Assert.Equal("etcd snapshot taken on node\n", Encoding.UTF8.GetString(content));
        Assert.Equal($"{Convert.ToHexStringLower(SHA256.HashData(content))}  {name}\n", File.ReadAllText(Path.Combine(folder, name + ".sha256")));
        Assert.False(File.Exists(Path.Combine(folder, "20200101T000000Z.db.sha256")));
        Assert.Contains("kgen-etcd-snapshot: saved", run.Output, StringComparison.Ordinal);

        // Every key the timer wrote is one the control plane's IAM role may put, encrypted, in an S3 store.
        var plan = S3Plan();
        var masters = plan.OfType<IamRolePolicy>().Single(p => p.Name.StartsWith("masters.", StringComparison.Ordinal)).Policy.Statements;
        foreach (var file in Directory.GetFiles(folder))
        {
            var key = "backups/etcd/main/" + Path.GetFileName(file);
            var put = new CallNeed
            {
                Actor = new RoleActor(InstanceGroupRole.ControlPlane),
                Phase = NeedPhase.Steady,
                Action = "s3:PutObject",
                Resource = "arn:aws:s3:::sandbox-state/sandbox.k8s.local/" + key,
                Purpose = "the snapshot timer",
                Context = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add("s3:x-amz-server-side-encryption", "AES256"),
            };
            Assert.Contains(masters, s => s.Effect == "Allow" && IamEvaluator.Matches(s, put));
            Assert.DoesNotContain(masters, s => IamEvaluator.Matches(s, put with { Context = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal) }) && s.Actions.Contains("s3:PutObject") && s.Sid == "WriteEtcdSnapshots");
            Assert.DoesNotContain(masters, s => IamEvaluator.Matches(s, put with { Resource = "arn:aws:s3:::sandbox-state/sandbox.k8s.local/config" }));
        }

        // The timer's snapshot script calls aws only as the s3 branch that the IAM above covers.
        var script = File.ReadAllText(Path.Combine(box.Root, "usr", "local", "sbin", "kgen-etcd-snapshot"));
        Assert.Contains("aws s3 cp --only-show-errors --sse AES256 \"$f\" \"${to}${name}\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_that_does_not_lead_saves_no_snapshot()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");
        Assert.True(exit == 0, output);
        box.SetState("leader", "false");

        var run = RunSnapshot(box);

        Assert.True(run.Exit == 0, run.Output);
        Assert.Contains("this member does not lead", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(box.Calls, c => c.Contains("snapshot save", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(box.Store, "backups")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_named_snapshot_is_restored_when_asked_however_many_control_plane_nodes_were_lost(int lost)
    {
        // Nodes a..c: the first `lost` are new instances (their volumes hold the lost members' data), the others
        // survived and are members; the operator asked for a restore, then reran (or replaced) every node.
        var boxes = ControlPlane.Select(_ => new NodeSandbox()).ToList();
        try
        {
            var store = boxes[0].Store;
            var snapshot = Encoding.UTF8.GetBytes("etcd snapshot of the whole cluster\n");
            WriteSnapshot(store, snapshot);
            File.WriteAllText(Path.Combine(store, "backups", "etcd", "restore"), Request + "\n");

            for (var i = 0; i < 3; i++)
            {
                var (box, node) = (boxes[i], ControlPlane[i]);
                box.SetState("fs-nvme-vol-0main0000000000", string.Empty);
                Directory.CreateDirectory(Path.Combine(box.Root, "var", "lib", "etcd", "data", "member"));
                File.WriteAllText(Path.Combine(box.Root, "var", "lib", "etcd", "data", "member", "old"), "the member's old data\n");
                if (i >= lost)
                {
                    box.SetState("owner-main", InstanceId(node.Ip, survivor: true));
                    File.WriteAllText(Path.Combine(box.Root, "dev", "nvme-vol-0main0000000000"), string.Empty);
                    File.CreateSymbolicLink(Path.Combine(box.Root, "dev", "disk", "by-id", "nvme-Amazon_Elastic_Block_Store_vol0main0000000000"), Path.Combine(box.Root, "dev", "nvme-vol-0main0000000000"));
                    box.SetState("mounted", box.Root + "/var/lib/etcd\n");
                    Directory.CreateDirectory(Path.Combine(box.Root, "etc", "kubernetes", "manifests"));
                    File.WriteAllText(Path.Combine(box.Root, "etc", "kubernetes", "manifests", "etcd.yaml"), "old etcd pod\n");
                    File.WriteAllText(Path.Combine(box.Root, "etc", "kubernetes", "kubelet.conf"), "old kubelet\n");
                }

                // Survivors' API servers still answer (with the old data); with none, nothing answers until a restores.
                box.SetState("api", lost < 3 ? "up" : "down");
            }

            // a restores; it is the first control-plane group, the only one that may create a cluster.
            var a = Run(boxes, 0, lost);
            Assert.True(a.Exit == 0, a.Output);
            var calls = boxes[0].Calls;
            AssertInOrderContains(
                calls,
                "kubeadm config images list",
                "crictl pull registry.k8s.io/etcd:3.6.5-0",
                $"ctr -n k8s.io run --rm --mount type=bind,src=/var/lib/etcd,dst=/var/lib/etcd,options=rbind:rw registry.k8s.io/etcd:3.6.5-0 kgen-etcd-restore etcdutl snapshot restore /var/lib/etcd/restore.db --data-dir /var/lib/etcd/data --name {HostName(ControlPlane[0].Ip, lost >= 1)} --initial-cluster {HostName(ControlPlane[0].Ip, lost >= 1)}=https://10.0.1.10:2380",
                "kubeadm init --config",
                "kubectl -n kube-system create configmap kgen-etcd-restore --from-literal=request=" + Request,
                "systemctl enable --now kgen-etcd-snapshot.timer");
            Assert.Contains(calls, c => c.StartsWith("kubeadm init", StringComparison.Ordinal) && c.EndsWith("--ignore-preflight-errors=DirAvailable--var-lib-etcd-data", StringComparison.Ordinal));
            Assert.DoesNotContain(calls, c => c.StartsWith("kubeadm join", StringComparison.Ordinal));
            var etcd = Path.Combine(boxes[0].Root, "var", "lib", "etcd");
            Assert.Equal(snapshot, File.ReadAllBytes(Path.Combine(etcd, "data", "member", "restored-from")));
            // The data from before the restore was moved aside for the restore, then removed once the cluster ran from the snapshot.
            Assert.Empty(Directory.GetDirectories(etcd, "data.before-restore-*"));
            Assert.Contains("removed the etcd data from before the restore", a.Output, StringComparison.Ordinal);
            Assert.Equal(Request + "\n", File.ReadAllText(Path.Combine(etcd, "kgen-restore")));
            Assert.Contains($"cluster sandbox.k8s.local runs from snapshot {Snapshot}", a.Output, StringComparison.Ordinal);

            // b and c find the restored cluster and join it; a survivor leaves its old cluster first.
            for (var i = 1; i < 3; i++)
            {
                boxes[i].SetState("api", "up");
                boxes[i].SetState("restore-applied", Request);
                var r = Run(boxes, i, lost);
                Assert.True(r.Exit == 0, r.Output);
                var mine = boxes[i].Calls;
                if (i >= lost)
                {
                    AssertInOrderContains(mine, "kubeadm reset --force", "get configmap kgen-etcd-restore", "kubeadm join --config");
                }
                else
                {
                    AssertInOrderContains(mine, "get configmap kgen-etcd-restore", "kubeadm join --config");
                    Assert.DoesNotContain(mine, c => c.StartsWith("kubeadm reset", StringComparison.Ordinal));
                }

                Assert.DoesNotContain(mine, c => c.StartsWith("kubeadm init", StringComparison.Ordinal) || c.StartsWith("ctr", StringComparison.Ordinal));
                // Data of an old member, if any, was moved aside for the join and removed once this member synced from its peers.
                Assert.False(Directory.Exists(Path.Combine(boxes[i].Root, "var", "lib", "etcd", "data.previous")));
                Assert.Equal(Request + "\n", File.ReadAllText(Path.Combine(boxes[i].Root, "var", "lib", "etcd", "kgen-restore")));
            }

            // The request stays in the store; a rerun of a does not restore again.
            var before = boxes[0].Calls.Count;
            var again = Run(boxes, 0, lost);
            Assert.True(again.Exit == 0, again.Output);
            Assert.Contains("is a member of cluster sandbox.k8s.local already", again.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(boxes[0].Calls.Skip(before), c => c.StartsWith("ctr", StringComparison.Ordinal) || c.StartsWith("kubeadm init", StringComparison.Ordinal)
                || c.StartsWith("kubeadm join", StringComparison.Ordinal) || c.StartsWith("kubeadm reset", StringComparison.Ordinal));
        }
        finally
        {
            boxes.ForEach(b => b.Dispose());
        }
    }

    [Fact]
    public void A_snapshot_that_does_not_match_its_checksum_is_never_restored()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        WriteSnapshot(box.Store, Encoding.UTF8.GetBytes("etcd snapshot\n"));
        File.AppendAllText(Path.Combine(box.Store, "backups", "etcd", Snapshot), "bit rot");
        File.WriteAllText(Path.Combine(box.Store, "backups", "etcd", "restore"), Request + "\n");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.Equal(1, exit);
        Assert.Contains($"FATAL: snapshot {Snapshot} does not match its SHA-256 ({Snapshot}.sha256); nothing was restored", output, StringComparison.Ordinal);
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("ctr", StringComparison.Ordinal) || c.StartsWith("kubeadm init", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_control_plane_nodes_joining_at_once_both_join_one_after_the_other()
    {
        using var cluster = new NodeSandbox();
        using var b = new NodeSandbox();
        using var c = new NodeSandbox();
        var joins = Path.Combine(cluster.Dir, "joins.log");
        var env = new Dictionary<string, string> { ["KGEN_SANDBOX_JOINS"] = joins, ["KGEN_SANDBOX_SLEEP"] = "0.05" };
        b.SetState("api", "up");
        c.SetState("api", "up");

        var runs = new[] { (b, ControlPlane[1]), (c, ControlPlane[2]) }
            .Select(x => Task.Run(() => x.Item1.Run(cluster.UserData(x.Item2.Group), HostName(x.Item2.Ip, false), x.Item2.Ip, x.Item2.Zone, env: env)))
            .ToArray();
        var results = await Task.WhenAll(runs);

        Assert.All(results, r => Assert.True(r.Exit == 0, r.Output));
        var lines = File.ReadAllLines(joins);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("start ", lines[0], StringComparison.Ordinal);
        Assert.Equal("end " + lines[0][6..], lines[1]);
        Assert.StartsWith("start ", lines[2], StringComparison.Ordinal);
        Assert.Equal("end " + lines[2][6..], lines[3]);
        Assert.NotEqual(lines[0], lines[2]);
        Assert.Contains(results, r => r.Output.Contains("holds the join lock; waiting", StringComparison.Ordinal));
        Assert.All(results, r => Assert.Contains("took the join lock", r.Output, StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(cluster.Store, "locks", "control-plane-join")));
    }

    private static (int Exit, string Output) Run(List<NodeSandbox> boxes, int i, int lost)
    {
        var node = ControlPlane[i];
        var fresh = i < lost;
        return boxes[i].Run(boxes[0].UserData(node.Group), HostName(node.Ip, fresh), node.Ip, node.Zone, instanceId: InstanceId(node.Ip, survivor: !fresh));
    }

    /// <summary>A new instance gets another name than the one it replaces.</summary>
    private static string HostName(string ip, bool fresh) => $"ip-{ip.Replace('.', '-')}{(fresh ? "-new" : string.Empty)}.ec2.internal";

    private static string InstanceId(string ip, bool survivor) => "i-0" + ip.Replace(".", string.Empty, StringComparison.Ordinal) + (survivor ? "0" : "1");

    private static void WriteSnapshot(string store, byte[] content)
    {
        var path = Path.Combine(store, "backups", "etcd", Snapshot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        File.WriteAllText(path + ".sha256", $"{Convert.ToHexStringLower(SHA256.HashData(content))}  {Path.GetFileName(path)}\n");
    }

    private static (int Exit, string Output) RunSnapshot(NodeSandbox box) =>
        box.RunFile(Path.Combine(box.Root, "usr", "local", "sbin", "kgen-etcd-snapshot"), new Dictionary<string, string> { ["PATH"] = $"{box.Root}/usr/bin:/usr/bin:/bin" });

    /// <summary>The sandbox cluster with an S3 config store, planned (not run): what IAM grants there.</summary>
    private static ClusterPlan S3Plan()
    {
        var spec = File.ReadAllText(Path.Combine(Support.Repo.Root, "tests", "Kgen.Tests", "Sandbox", "cluster.yaml"))
            .Replace("@CONFIG_BASE@", "s3://sandbox-state/sandbox.k8s.local", StringComparison.Ordinal)
            .Replace("@NETWORKING@", "flannel", StringComparison.Ordinal);
        return Generator.Generator.BuildPlan(ClusterSpec.Load(spec, "cluster.yaml").Resolve());
    }

    /// <summary>Every file below a folder and its content, but the log and the scratch folders.</summary>
    private static SortedDictionary<string, string> Files(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/var/log/", StringComparison.Ordinal) && !f.Contains("/tmp/", StringComparison.Ordinal) && !f.Contains("/run/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllText(f), StringComparer.Ordinal), StringComparer.Ordinal);

    private static void AssertInOrderContains(IReadOnlyList<string> calls, params string[] expected)
    {
        var at = 0;
        foreach (var e in expected)
        {
            var found = -1;
            for (var i = at; i < calls.Count; i++)
            {
                if (calls[i].Contains(e, StringComparison.Ordinal))
                {
                    found = i;
                    break;
                }
            }

            Assert.True(found >= 0, $"no call containing \"{e}\" after call {at}; calls:\n{string.Join('\n', calls.Select((c, i) => $"{i}: {c}"))}");
            at = found + 1;
        }
    }
}
