using System.CommandLine;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Verification;
using Kgen.Model;

namespace Kgen.Cli.Commands;

/// <summary>
/// <c>kgen explain</c>: the proof that the cluster forms, for a pull request — every need of every role and the
/// rules, routes, records and statements that allow it (Markdown on stdout). Exit 1 when a need is unproven.
/// </summary>
internal static class ExplainCommand
{
    public static Command Build(CliContext cli)
    {
        var name = new Argument<string?>("CLUSTER") { Description = "A cluster in the state store (or use -f)", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "A cluster spec file instead of a stored cluster" };
        var sshKey = CliContext.SshKeyOption();
        var state = CliContext.StateOption();
        var command = new Command("explain", "Show what each machine needs (connections, names, AWS calls) and what in the plan allows it, as Markdown for review")
        {
            name, file, sshKey, state,
        };
        command.SetAction(parse => cli.Guard(async () =>
        {
            var path = parse.GetValue(file);
            var clusterName = parse.GetValue(name);
            ClusterSpec spec;
            string? key;
            if (path is not null)
            {
                if (clusterName is not null)
                {
                    throw new UsageException("name a stored CLUSTER or a spec with -f FILE, not both");
                }

                spec = ClusterSpec.Load(CliContext.ReadInput(path, "-f"), path);
                key = CliContext.ReadSshKey(parse.GetValue(sshKey));
            }
            else if (clusterName is not null)
            {
                var store = cli.OpenStore(parse.GetValue(state));
                spec = await store.LoadSpecAsync(clusterName).ConfigureAwait(false);
                key = await store.GetSshPublicKeyAsync(clusterName).ConfigureAwait(false);
            }
            else
            {
                throw new UsageException("name a stored CLUSTER or a spec with -f FILE: kgen explain -f cluster.yaml");
            }

            var plan = Generator.Generator.BuildPlan(spec.Resolve(key));
            var report = PlanVerifier.Verify(plan, RoleNeeds.Of(plan));
            cli.Stdout.Write(ExplainReport.Markdown(plan, report));
            var errors = VerificationDiagnostics.Errors(plan, report).ToList();
            foreach (var error in errors)
            {
                cli.Stderr.WriteLine($"kgen: {error}");
            }

            return errors.Count > 0 ? 1 : 0;
        }));
        return command;
    }
}
