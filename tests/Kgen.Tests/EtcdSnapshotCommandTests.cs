using System.Security.Cryptography;
using System.Text;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary><c>kgen get etcd-snapshots</c> and <c>kgen restore etcd</c>: read through the state store (Kgen.Store), as the other commands do.</summary>
public sealed class EtcdSnapshotCommandTests
{
    [Fact]
    public void Get_etcd_snapshots_lists_them_oldest_first_and_names_the_newest_complete_one()
    {
        using var dir = new TempDir();
        var store = Create(dir);
        var folder = Path.Combine(dir.Path, "state", "shop.k8s.local", "backups", "etcd", "main");
        Snapshot(folder, "20261129T120000Z.db", "a");
        Snapshot(folder, "20261130T120000Z.db", "b");
        File.WriteAllText(Path.Combine(folder, "20261130T130000Z.db"), "being uploaded"); // no checksum yet

        var (exit, stdout, stderr) = CliRunner.Run("get", "etcd-snapshots", "--name", "shop.k8s.local", "--state", store);

        Assert.True(exit == 0, stderr);
        Assert.Equal(
            "SNAPSHOT                   TAKEN                  CHECKSUM\n" +
            "main/20261129T120000Z.db   2026-11-29 12:00:00Z   yes\n" +
            "main/20261130T120000Z.db   2026-11-30 12:00:00Z   yes\n" +
            "main/20261130T130000Z.db   2026-11-30 13:00:00Z   missing (incomplete)\n" +
            "newest: main/20261130T120000Z.db\n",
            stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Restore_etcd_checks_the_snapshot_and_writes_the_request_the_control_plane_reads()
    {
        using var dir = new TempDir();
        var store = Create(dir);
        var folder = Path.Combine(dir.Path, "state", "shop.k8s.local", "backups", "etcd", "main");
        Snapshot(folder, "20261130T120000Z.db", "b");

        var (exit, stdout, stderr) = CliRunner.Run("restore", "etcd", "--name", "shop.k8s.local", "--newest", "--state", store);

        Assert.True(exit == 0, stderr);
        var request = File.ReadAllText(Path.Combine(dir.Path, "state", "shop.k8s.local", "backups", "etcd", "restore"));
        Assert.Matches(@"^main/20261130T120000Z\.db \d{8}T\d{6}Z\n$", request);
        Assert.Contains("restore requested: " + request.TrimEnd(), stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_etcd_refuses_a_snapshot_that_does_not_match_its_checksum_or_does_not_exist()
    {
        using var dir = new TempDir();
        var store = Create(dir);
        var folder = Path.Combine(dir.Path, "state", "shop.k8s.local", "backups", "etcd", "main");
        Snapshot(folder, "20261130T120000Z.db", "b");
        File.AppendAllText(Path.Combine(folder, "20261130T120000Z.db"), "bit rot");

        var bad = CliRunner.Run("restore", "etcd", "--name", "shop.k8s.local", "--snapshot", "main/20261130T120000Z.db", "--state", store);
        var missing = CliRunner.Run("restore", "etcd", "--name", "shop.k8s.local", "--snapshot", "main/20200101T000000Z.db", "--state", store);

        Assert.Equal(1, bad.Exit);
        Assert.Contains("etcd snapshot main/20261130T120000Z.db does not match its SHA-256", bad.Err, StringComparison.Ordinal);
        Assert.Equal(1, missing.Exit);
        Assert.Contains("cluster shop.k8s.local has no etcd snapshot main/20200101T000000Z.db", missing.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "state", "shop.k8s.local", "backups", "etcd", "restore")));
    }

    private static string Create(TempDir dir)
    {
        var store = "file://" + Path.Combine(dir.Path, "state");
        var (created, _, err) = CliRunner.Run("create", "cluster", "shop.k8s.local", "--zones", "eu-west-1a", "--state", store);
        Assert.True(created == 0, err);
        return store;
    }

    private static void Snapshot(string folder, string name, string content)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), content);
        File.WriteAllText(Path.Combine(folder, name + ".sha256"), $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))}  {name}\n");
    }
}
