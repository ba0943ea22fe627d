using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>The journeys of ../shared/JOURNEYS.md that the core supports, end to end through the CLI.</summary>
public sealed class JourneyTests
{
    private static readonly string[] JourneyOneFlags =
    [
        "create", "cluster", "acme.k8s.local",
        "--zones", "us-east-1a,us-east-1b,us-east-1c",
        "--master-zones", "us-east-1a,us-east-1b,us-east-1c",
        "--master-count", "3", "--node-count", "3",
        "--master-size", "t3.medium", "--node-size", "t3.medium",
        "--topology", "private", "--networking", "flannel",
    ];

    [Fact]
    public void Journey_1_create_cluster_writes_kubernetes_tf_and_the_data_files_it_describes()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var (exit, _, err) = CliRunner.Run([.. JourneyOneFlags, "--state", "file://" + Path.Combine(dir.Path, "state"), "--ssh-public-key", Repo.ExampleKey, "--target=terraform", "--out=" + outDir]);
        Assert.True(exit == 0, err);

        var files = dir.Files("out");
        Assert.Equal(
            [
                "data/aws_iam_role_flowlogs.acme.k8s.local_policy",
                "data/aws_iam_role_masters.acme.k8s.local_policy",
                "data/aws_iam_role_nodes.acme.k8s.local_policy",
                "data/aws_iam_role_policy_flowlogs.acme.k8s.local_policy",
                "data/aws_iam_role_policy_masters.acme.k8s.local_policy",
                "data/aws_iam_role_policy_nodes.acme.k8s.local_policy",
                $"data/aws_key_pair_kubernetes.acme.k8s.local-{Fingerprint()}_public_key",
                "data/aws_launch_template_control-plane-us-east-1a.masters.acme.k8s.local_user_data",
                "data/aws_launch_template_control-plane-us-east-1b.masters.acme.k8s.local_user_data",
                "data/aws_launch_template_control-plane-us-east-1c.masters.acme.k8s.local_user_data",
                "data/aws_launch_template_nodes.acme.k8s.local_user_data",
                "data/aws_ssm_parameter_addons.acme.k8s.local_value",
                "kubernetes.tf",
            ],
            files.Keys);

        var tf = files["kubernetes.tf"];
        foreach (var output in new[]
        {
            "cluster_name", "region", "vpc_id", "node_subnet_ids", "master_security_group_ids", "node_security_group_ids",
            "masters_role_arn", "masters_role_name", "nodes_role_arn", "nodes_role_name",
        })
        {
            Assert.Contains($"output \"{output}\" {{", tf, StringComparison.Ordinal);
        }

        // Three zones, each with a private and a utility subnet, a NAT gateway and elastic IP, and a private route table.
        Assert.Equal(6, Occurrences(tf, "resource \"aws_subnet\""));
        Assert.Equal(3, Occurrences(tf, "resource \"aws_nat_gateway\""));
        Assert.Equal(3, Occurrences(tf, "resource \"aws_eip\""));
        Assert.Equal(4, Occurrences(tf, "resource \"aws_route_table\""));
        Assert.Equal(4, Occurrences(tf, "resource \"aws_autoscaling_group\""));
        Assert.Equal(3, Occurrences(tf, "resource \"aws_ebs_volume\"")); // main's: events live in main
        Assert.Equal(2, Occurrences(tf, "resource \"aws_lb\"")); // the internal API load balancer and the public one
        Assert.Equal(1, Occurrences(tf, "resource \"aws_internet_gateway\""));
    }

    [Fact]
    public void Journey_1_with_a_bastion_is_the_ha_private_example()
    {
        using var dir = new TempDir();
        var fromFlags = Path.Combine(dir.Path, "flags");
        var fromFile = Path.Combine(dir.Path, "file");

        // The stored spec names its store as configBase; the example leaves it to the default, the same store.
        var state = "file://" + Path.Combine(dir.Path, "state");
        var example = File.ReadAllText(Repo.Example("ha-private.yaml")).ReplaceLineEndings("\n");
        var at = example.IndexOf("\nspec:\n", StringComparison.Ordinal) + "\nspec:\n".Length;
        example = example.Insert(at, $"  configBase: {state}/acme.k8s.local\n");
        var examplePath = Path.Combine(dir.Path, "ha-private.yaml");
        File.WriteAllText(examplePath, example);
        Assert.Equal(0, CliRunner.Run([.. JourneyOneFlags, "--bastion", "--state", state, "--ssh-public-key", Repo.ExampleKey, "--target=terraform", "--out=" + fromFlags]).Exit);
        Assert.Equal(0, CliRunner.Run("-f", examplePath, "--ssh-public-key", Repo.ExampleKey, "--target=terraform", "--out=" + fromFile).Exit);

        Assert.Equal(dir.Files("file"), dir.Files("flags"));
    }

    [Fact]
    public void Dry_run_prints_a_spec_that_loads_back_to_the_same_output()
    {
        var (exit, yaml, err) = CliRunner.Run([.. JourneyOneFlags, "--bastion", "--dry-run", "-o", "yaml"]);
        Assert.True(exit == 0, err);
        var example = File.ReadAllText(Repo.Example("ha-private.yaml"));
        Assert.EndsWith(yaml, example.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_kops_manifest_loads_unchanged_with_dash_f()
    {
        using var dir = new TempDir();
        var (exit, _, err) = CliRunner.Run("--target=terraform", "--out=" + dir.Path, "-f", Repo.KopsManifest("single-public"));
        Assert.True(exit == 0, err);
        Assert.Contains("kubernetes.tf", dir.Files().Keys);
    }

    [Fact]
    public void Without_a_key_no_key_pair_is_made()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRunner.Run("-f", Repo.Example("minimal.yaml"), "--target=terraform", "--out=" + dir.Path).Exit);
        var tf = dir.Files()["kubernetes.tf"];
        Assert.DoesNotContain("aws_key_pair", tf, StringComparison.Ordinal);
        Assert.DoesNotContain("key_name", tf, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_version_work_everywhere()
    {
        var (exit, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("--target", output, StringComparison.Ordinal);
        Assert.Contains("create", output, StringComparison.Ordinal);

        (exit, output, _) = CliRunner.Run("create", "cluster", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--master-zones", output, StringComparison.Ordinal);

        (exit, output, _) = CliRunner.Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public void Create_cluster_without_out_stores_the_spec_and_says_how_to_generate()
    {
        using var dir = new TempDir();
        var (exit, output, err) = CliRunner.RunWith(
            new Dictionary<string, string> { ["KGEN_STATE_STORE"] = "file://" + dir.Path },
            "create", "cluster", "x.k8s.local", "--zones", "us-east-1a");
        Assert.True(exit == 0, err);
        Assert.Contains("kgen update cluster x.k8s.local --target=terraform --out=DIR", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "x.k8s.local", "config")));
        Assert.False(File.Exists("kubernetes.tf"));

        (exit, _, err) = CliRunner.Run("create", "cluster", "x.k8s.local", "--zones", "us-east-1a", "--state", "file://" + dir.Path, "--target=terraform");
        Assert.Equal(1, exit);
        Assert.Contains("--target needs --out DIR", err, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string what) => text.Split(what).Length - 1;

    private static string Fingerprint()
    {
        var blob = Convert.FromBase64String(File.ReadAllText(Repo.ExampleKey).Split(' ')[1]);
#pragma warning disable CA5351 // The MD5 fingerprint names the key pair.
        return string.Join(string.Empty, System.Security.Cryptography.MD5.HashData(blob).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
#pragma warning restore CA5351
    }
}
