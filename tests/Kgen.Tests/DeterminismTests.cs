using System.Globalization;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>The same input gives byte-identical output across runs and cultures.</summary>
public sealed class DeterminismTests
{
    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void Two_runs_and_a_run_under_another_culture_are_byte_identical(string name, string spec, string? key)
    {
        _ = name;
        var first = SnapshotTests.GenerateAll(spec, key);
        var second = SnapshotTests.GenerateAll(spec, key);
        var turkish = UnderCulture("tr-TR", () => SnapshotTests.GenerateAll(spec, key));
        var german = UnderCulture("de-DE", () => SnapshotTests.GenerateAll(spec, key));

        Assert.Equal(first, second);
        Assert.Equal(first, turkish);
        Assert.Equal(first, german);
    }

    [Fact]
    public void Regenerating_into_the_same_folder_changes_no_byte_and_keeps_other_files()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "extra.tf"), "# operator's own file\n");

        var args = new[] { "-f", Repo.Example("ha-private.yaml"), "--target=terraform", "--out=" + outDir, "--ssh-public-key", Repo.ExampleKey };
        Assert.Equal(0, CliRunner.Run(args).Exit);
        var before = dir.Files("out");
        Assert.Equal(0, CliRunner.Run(args).Exit);

        Assert.Equal(before, dir.Files("out"));
        Assert.Equal("# operator's own file\n", File.ReadAllText(Path.Combine(outDir, "extra.tf")));
        Assert.Empty(Directory.GetDirectories(outDir, ".kgen-*"));
    }

    [Fact]
    public void Files_the_spec_no_longer_produces_are_removed_from_data()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        Assert.Equal(0, CliRunner.Run("-f", Repo.Example("minimal.yaml"), "--target=terraform", "--out=" + outDir, "--ssh-public-key", Repo.ExampleKey).Exit);
        Assert.Contains(dir.Files("out").Keys, k => k.StartsWith("data/aws_key_pair_", StringComparison.Ordinal));

        Assert.Equal(0, CliRunner.Run("-f", Repo.Example("minimal.yaml"), "--target=terraform", "--out=" + outDir).Exit);
        Assert.DoesNotContain(dir.Files("out").Keys, k => k.StartsWith("data/aws_key_pair_", StringComparison.Ordinal));
    }

    private static T UnderCulture<T>(string culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
