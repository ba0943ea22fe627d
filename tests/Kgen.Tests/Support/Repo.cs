using System.Text;
using Kgen.Cli;

namespace Kgen.Tests.Support;

/// <summary>Paths inside the repository (tests read nothing outside it).</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>One of the project's kops-format manifests under <c>tests/kops/</c>.</summary>
    public static string KopsManifest(string name) => Path.Combine(Root, "tests", "kops", name + ".yaml");

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    public static string ExampleKey => Example(Path.Combine("ssh", "id_ed25519.pub"));

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Generator.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Generator.sln not found above the test binaries");
    }
}

/// <summary>Runs the kgen CLI in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs with these environment variables instead of the process's (null: the process environment).</summary>
    public static (int Exit, string Out, string Err) RunWith(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var stderr = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var exit = KgenCli.Run(args, stdout, stderr, environment is null ? null : name => environment.GetValueOrDefault(name));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary folder removed afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kgen-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Every file below the folder: relative path → content.</summary>
    public SortedDictionary<string, string> Files(string? sub = null)
    {
        var root = sub is null ? Path : System.IO.Path.Combine(Path, sub);
        return new SortedDictionary<string, string>(
            Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText),
            StringComparer.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
