using System.CommandLine;
using Kgen.Cli.Commands;
using Kgen.Model;

namespace Kgen.Cli;

/// <summary>The <c>kgen</c> command line. Exit codes: 0 success, 1 bad input, 2 unexpected failure.</summary>
internal static class KgenCli
{
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where output goes.</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="environment">Reads environment variables (KGEN_STATE_STORE, EDITOR, AWS_*); the process environment by default.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        var root = BuildRoot(new CliContext(stdout, stderr, environment ?? Environment.GetEnvironmentVariable));
        var parse = root.Parse(args);
        var parseError = parse.Action as System.CommandLine.Invocation.ParseErrorAction;
        if (parseError is not null)
        {
            // Say what is wrong, not the whole help text.
            parseError.ShowHelp = false;
        }

        var exit = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        if (parseError is not null)
        {
            stderr.WriteLine("kgen: see kgen --help (or --help on any command) for usage");
        }

        return exit;
    }

    private static RootCommand BuildRoot(CliContext cli)
    {
        var target = CliContext.TargetOption();
        var outDir = CliContext.OutOption();
        var file = new Option<string>("--file", "-f") { Description = "A cluster spec: one Cluster document and its InstanceGroup documents (kgen's or kops' v1alpha2 YAML)" };
        var sshKey = CliContext.SshKeyOption();
        var templates = CliContext.TemplatesOption();
        var strict = new Option<bool>("--strict") { Description = "Refuse the kops fields kgen would accept and ignore (docs/kops-compatibility.md) instead of warning about them" };

        var root = new RootCommand("kgen turns a typed description of a Kubernetes cluster on AWS into reviewable infrastructure code.")
        {
            target, outDir, file, sshKey, templates, strict,
        };
        root.SetAction(parse => cli.Guard(async () =>
        {
            var path = parse.GetValue(file);
            if (path is null)
            {
                throw new UsageException("name a spec with -f FILE (and --target=terraform --out=DIR), or use a subcommand; see kgen --help");
            }

            var templateSet = CliContext.LoadTemplates(parse.GetValue(templates));
            var spec = ClusterSpec.Load(CliContext.ReadInput(path, "-f"), path, parse.GetValue(strict));
            return await Generation.RunAsync(cli, spec, parse.GetValue(target), parse.GetValue(outDir), CliContext.ReadSshKey(parse.GetValue(sshKey)), store: null, templateSet).ConfigureAwait(false);
        }));

        root.Subcommands.Add(CreateCommands.Build(cli));
        root.Subcommands.Add(GetCommands.Build(cli));
        root.Subcommands.Add(EditCommands.Build(cli));
        root.Subcommands.Add(LifecycleCommands.Update(cli));
        root.Subcommands.Add(LifecycleCommands.Delete(cli));
        root.Subcommands.Add(ExportCommand.Build(cli));
        root.Subcommands.Add(ExplainCommand.Build(cli));
        root.Subcommands.Add(CheckCommands.Preflight(cli));
        root.Subcommands.Add(CheckCommands.Validate(cli));
        root.Subcommands.Add(RestoreCommand.Build(cli));
        return root;
    }
}
