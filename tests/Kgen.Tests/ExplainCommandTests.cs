using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary><c>kgen explain</c>: the proof as the reviewer reads it, from a spec file or the state store.</summary>
public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_prints_the_pinned_proof_of_journey_1_and_exits_0()
    {
        var (exit, stdout, stderr) = CliRunner.Run("explain", "-f", Repo.Example("ha-private.yaml"), "--ssh-public-key", Repo.ExampleKey);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "tests", "snapshots", "ha-private", SnapshotTests.ExplainFile)), stdout);
    }

    [Fact]
    public void Explain_of_a_stored_cluster_reads_the_spec_and_key_from_the_state_store()
    {
        using var dir = new TempDir();
        var store = "file://" + Path.Combine(dir.Path, "state");
        var (created, _, createErr) = CliRunner.Run("create", "cluster", "shop.k8s.local", "--zones", "eu-west-1a", "--state", store, "--ssh-public-key", Repo.ExampleKey);
        Assert.True(created == 0, createErr);

        var (exit, stdout, stderr) = CliRunner.Run("explain", "shop.k8s.local", "--state", store);
        Assert.True(exit == 0, stderr);
        Assert.StartsWith("# What cluster shop.k8s.local needs, and what allows it", stdout, StringComparison.Ordinal);
        Assert.Contains("0 unproven", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_without_a_cluster_or_a_spec_says_how_to_call_it()
    {
        var (exit, _, stderr) = CliRunner.Run("explain");
        Assert.Equal(1, exit);
        Assert.Contains("kgen explain -f cluster.yaml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_a_bad_spec_reports_its_problems_with_exit_1()
    {
        using var dir = new TempDir();
        var spec = Path.Combine(dir.Path, "bad.yaml");
        File.WriteAllText(spec, File.ReadAllText(Repo.Example("minimal.yaml")).Replace("kubernetesVersion:", "kubernetesVersoin:", StringComparison.Ordinal));
        var (exit, stdout, stderr) = CliRunner.Run("explain", "-f", spec);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("kubernetesVersoin", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_range_for_an_internal_api_is_unproven_so_explain_exits_1_and_generation_writes_nothing()
    {
        using var dir = new TempDir();
        var spec = Path.Combine(dir.Path, "internal.yaml");
        File.WriteAllText(spec, File.ReadAllText(Repo.Example("internal-api.yaml")).Replace("- 10.0.0.0/8", "- 203.0.113.0/24", StringComparison.Ordinal));

        var (exit, stdout, stderr) = CliRunner.Run("explain", "-f", spec);
        Assert.Equal(1, exit);
        Assert.Contains("**missing**", stdout, StringComparison.Ordinal);
        Assert.Contains("is internal: 203.0.113.0/24 (kubernetesApiAccess) cannot reach it", stderr, StringComparison.Ordinal);

        var outDir = Path.Combine(dir.Path, "out");
        var (genExit, _, genErr) = CliRunner.RunWith(new Dictionary<string, string> { ["KGEN_STATE_STORE"] = "file://" + Path.Combine(dir.Path, "state") }, "--target=terraform", "--out", outDir, "-f", spec);
        Assert.Equal(1, genExit);
        Assert.Contains("is not allowed by the plan", genErr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", genErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }
}
