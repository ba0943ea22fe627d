using System.Text;
using Kgen.Cli;

namespace Kgen.Tests.Support;

/// <summary>Paths of the repository and of <c>../shared</c> beside it.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Shared { get; } = FindShared();

    public static string KopsFixture(string name) => Path.Combine(Shared, "reference", "kops-fixtures", name);

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    public static string ExampleKey => Example(Path.Combine("ssh", "id_ed25519.pub"));

    /// <summary><c>../shared</c> beside the clone, or the nearest <c>shared/</c> further up (for git worktrees).</summary>
    private static string FindShared()
    {
        for (var dir = Path.GetDirectoryName(Root); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, "shared", "reference")))
            {
                return Path.Combine(dir, "shared");
            }
        }

        return Path.GetFullPath(Path.Combine(Root, "..", "shared"));
    }

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
