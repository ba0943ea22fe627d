using System.CommandLine;
using Kgen.Generator;
using Kgen.Model;
using Kgen.Store;

namespace Kgen.Cli;

/// <summary>What every command needs: where to print, the environment, and the shared options and error handling.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
{
    /// <summary>The state store when neither --state nor KGEN_STATE_STORE names one.</summary>
    public const string DefaultStateStore = "file://./state";

    public TextWriter Stdout { get; } = stdout;

    public TextWriter Stderr { get; } = stderr;

    public Func<string, string?> Environment { get; } = environment;

    public static Option<string?> TargetOption()
    {
        var o = new Option<string?>("--target") { Description = "What to generate: terraform (kubernetes.tf and data/) or cloudformation (cloudformation.json)" };
        o.AcceptOnlyFromAmong("terraform", "cloudformation");
        return o;
    }

    public static Option<string?> OutOption() => new("--out") { Description = "Folder for the generated files (kubernetes.tf and data/ are replaced; other files stay)" };

    public static Option<string?> TemplatesOption() => new("--templates")
    {
        Description = "A folder of your own templates laid out like kgen's templates/ (e.g. terraform/aws_vpc.sbn); each replaces kgen's template of that name",
    };

    /// <summary>The <c>--templates</c> folder compiled, before anything is written; <see langword="null"/> for kgen's own.</summary>
    public static TemplateSet? LoadTemplates(string? directory) => directory is null ? null : TemplateSet.FromDirectory(directory);

    public static Option<string?> SshKeyOption() => new("--ssh-public-key") { Description = "OpenSSH public key (.pub) imported as the nodes' key pair; none if omitted" };

    public static Option<string?> StateOption() => new("--state") { Description = $"The state store: file://PATH or s3://BUCKET[/PREFIX] (default: $KGEN_STATE_STORE, else {DefaultStateStore})" };

    public static Option<string[]> ListOption(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description + " (comma-separated or repeated)",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    /// <summary>The store named by --state, else KGEN_STATE_STORE, else the default; warnings go to stderr.</summary>
    public ClusterStore OpenStore(string? state)
    {
        var location = state is { Length: > 0 } ? state : this.Environment("KGEN_STATE_STORE") is { Length: > 0 } env ? env : DefaultStateStore;
        return new ClusterStore(ObjectStores.Open(location, new StoreOptions { Environment = this.Environment, Warn = m => Stderr.WriteLine($"kgen: {m}") }));
    }

    public static string? ReadSshKey(string? path) => path is null ? null : ReadInput(path, "--ssh-public-key");

    public static string ReadInput(string path, string option)
    {
        if (path == "-")
        {
            return Console.In.ReadToEnd();
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{option} {path}: no such file");
        }

        return File.ReadAllText(path);
    }

    /// <summary>Runs an action, turning bad input into a clear message and exit code 1, and anything else into exit code 2.</summary>
    public int Guard(Func<Task<int>> action) => Guard(() => action().GetAwaiter().GetResult());

    /// <summary>Runs an action, turning bad input into a clear message and exit code 1, and anything else into exit code 2.</summary>
    public int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (SpecException e)
        {
            foreach (var error in e.Errors)
            {
                Stderr.WriteLine(error.ToString());
            }

            Stderr.WriteLine(e.Errors.Count == 1 ? "kgen: 1 problem; nothing was written" : $"kgen: {e.Errors.Count} problems; nothing was written");
            return 1;
        }
        catch (StoreConflictException e)
        {
            Stderr.WriteLine($"kgen: conflict: {e.Message}");
            return 1;
        }
        catch (TemplateException e)
        {
            Stderr.WriteLine(e.Message);
            Stderr.WriteLine("kgen: a template of --templates is at fault; nothing was written");
            return 1;
        }
        catch (Exception e) when (e is StoreException or UsageException or IOException or UnauthorizedAccessException)
        {
            // Their messages already say what is wrong and what to do.
            Stderr.WriteLine($"kgen: {e.Message}");
            return 1;
        }
        catch (Exception e)
        {
            Stderr.WriteLine($"kgen: unexpected failure (a bug in kgen, please report it): {e.GetType().Name}: {e.Message}");
            return 2;
        }
    }
}

/// <summary>A mistake in how kgen was called.</summary>
internal sealed class UsageException(string message) : Exception(message);
