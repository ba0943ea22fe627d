using System.IO.Compression;
using System.Text;
using Kgen.Generator.Builders;
using Kgen.Model;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>EC2 takes at most 16 KiB of user data; kgen ships it gzipped and checks it at generation time.</summary>
public sealed class UserDataTests
{
    [Theory]
    [MemberData(nameof(SnapshotTests.KubeadmCases), MemberType = typeof(SnapshotTests))]
    public void Every_user_data_is_shipped_gzipped_and_fits_ec2s_limit(string name, string spec, string? key)
    {
        var files = SnapshotTests.Generate(spec, key).Files;
        var userData = files.Where(f => f.Key.EndsWith("_user_data", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(userData);
        foreach (var (path, content) in userData)
        {
            Assert.True(Gzipped(content) <= BootstrapBuilder.UserDataLimit - BootstrapBuilder.CompressorMargin, $"{name}: {path} is {Gzipped(content)} bytes gzipped");
            Assert.Contains($"user_data = base64gzip(file(\"${{path.module}}/{path}\"))", files["kubernetes.tf"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Labels_that_once_overflowed_the_user_data_go_to_the_node_script_and_the_user_data_stays_small()
    {
        // 300 labels of hashed (hardly compressible) values: they overflowed EC2's 16 KiB when the node script was the user data.
        var labels = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            var value = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))[..63];
            labels.Append("    example.com/label-").Append(i).Append(": v").Append(value[1..]).Append('\n');
        }

        var spec = File.ReadAllText(Repo.Example("minimal.yaml")).Replace("  maxSize: 2\n", "  maxSize: 2\n  nodeLabels:\n" + labels, StringComparison.Ordinal);
        var output = Generator.Generator.Generate(ClusterSpec.Load(spec, "big.yaml"), Generator.Target.Terraform);

        var userData = output.Files["data/aws_launch_template_nodes.minimal.k8s.local_user_data"];
        Assert.DoesNotContain("example.com/label-299", userData, StringComparison.Ordinal);
        Assert.Contains("example.com/label-299", NodeScripts.Of(output, "data/aws_launch_template_nodes.minimal.k8s.local_user_data"), StringComparison.Ordinal);
        Assert.True(Gzipped(userData) <= WideMargin, $"{Gzipped(userData)} bytes gzipped");
    }

    [Fact]
    public void User_data_too_big_for_ec2_is_a_clear_error_and_nothing_is_written()
    {
        // Only a house template can still fill the user data: hashed (hardly compressible) lines in the workers' one.
        var dir = Directory.CreateTempSubdirectory("kgen-big-").FullName;
        try
        {
            var padding = string.Concat(Enumerable.Range(0, 800).Select(i => $"# {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))}\n"));
            Directory.CreateDirectory(Path.Combine(dir, "templates", "userdata"));
            File.WriteAllText(Path.Combine(dir, "templates", "userdata", "nodeup.sh.sbn"), "#!/bin/bash\n{{ if role == 'node' }}\n" + padding + "{{ end }}\n");
            var input = Path.Combine(dir, "big.yaml");
            File.Copy(Repo.Example("minimal.yaml"), input);

            var (exit, _, err) = CliRunner.Run("--target=terraform", "--out=" + Path.Combine(dir, "out"), "--templates", Path.Combine(dir, "templates"), "-f", input);
            Assert.Equal(1, exit);
            Assert.Contains("InstanceGroup/nodes: the user data of this group is", err, StringComparison.Ordinal);
            Assert.Contains("EC2 accepts at most 16384 bytes", err, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(dir, "out", "data")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// The largest user data of every case has a wide margin below EC2's limit, now that the node script is in the
    /// config store (it was 15,586 of the 15,872 bytes kgen allows, gzipped, before): room for what comes next.
    /// </summary>
    [Fact]
    public void The_largest_user_data_has_a_wide_margin()
    {
        var sizes = SnapshotTests.KubeadmCases.Select(c => SnapshotTests.Generate((string)c[1], (string?)c[2]).Files)
            .SelectMany(files => files.Where(f => f.Key.EndsWith("_user_data", StringComparison.Ordinal)))
            .Select(f => (f.Key, Size: Gzipped(f.Value)))
            .ToList();
        var largest = sizes.MaxBy(s => s.Size);
        Assert.True(largest.Size <= WideMargin, $"{largest.Key} is {largest.Size} bytes gzipped");
    }

    /// <summary>A quarter of EC2's limit.</summary>
    private const int WideMargin = BootstrapBuilder.UserDataLimit / 4;

    [Fact]
    public void Control_plane_nodes_may_attach_only_etcd_volumes_of_their_cluster_and_only_to_control_plane_instances()
    {
        var files = SnapshotTests.Generate(Repo.Example("ha-private.yaml"), Repo.ExampleKey).Files;
        var policy = Newtonsoft.Json.Linq.JObject.Parse(files["data/aws_iam_role_policy_masters.acme.k8s.local_policy"]);
        var all = policy["Statement"]!.Where(st => st["Action"]!.ToString().Contains("ec2:AttachVolume", StringComparison.Ordinal)).ToList();

        // Besides the boot's etcd statements, only the EBS CSI driver's (an add-on) attaches, and only the cluster's volumes to its instances.
        var driver = Assert.Single(all, st => (string?)st["Sid"] == "AddonsChangeClusterResources");
        Assert.Equal("acme.k8s.local", (string?)driver["Condition"]?["StringEquals"]?["aws:ResourceTag/KubernetesCluster"]);
        var attach = all.Where(st => st != driver).ToList();
        Assert.DoesNotContain(attach, st => st["Action"]!.ToString().Contains("DetachVolume", StringComparison.Ordinal));
        Assert.Equal(2, attach.Count);
        foreach (var etcd in new[] { "main" })
        {
            Assert.Single(attach, st => (string?)st["Resource"] == "arn:aws:ec2:*:*:volume/*"
                && (string?)st["Condition"]?["Null"]?[$"aws:ResourceTag/k8s.io/etcd/{etcd}"] == "false"
                && (string?)st["Condition"]?["StringEquals"]?["aws:ResourceTag/KubernetesCluster"] == "acme.k8s.local");
        }

        Assert.Single(attach, st => (string?)st["Resource"] == "arn:aws:ec2:*:*:instance/*"
            && (string?)st["Condition"]?["StringEquals"]?["aws:ResourceTag/k8s.io/role/control-plane"] == "1"
            && (string?)st["Condition"]?["StringEquals"]?["aws:ResourceTag/KubernetesCluster"] == "acme.k8s.local");

        // The workers' role attaches nothing.
        Assert.DoesNotContain("AttachVolume", files["data/aws_iam_role_policy_nodes.acme.k8s.local_policy"], StringComparison.Ordinal);
    }

    private static int Gzipped(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray().Length;
    }
}
