using System.CommandLine;
using System.Globalization;
using Kgen.Model;
using Kgen.Operations;

namespace Kgen.Cli.Commands;

/// <summary>
/// <c>kgen preflight</c> (the AWS account, read-only, before building) and <c>kgen validate cluster</c> (the
/// running cluster through its kubeconfig). Both print a table (or <c>-o json</c>) and exit 0 when every check
/// passed, 1 when one failed or could not run; the checks themselves live in Kgen.Operations.
/// </summary>
internal static class CheckCommands
{
    public static Command Preflight(CliContext cli)
    {
        var name = new Argument<string?>("CLUSTER") { Description = "A cluster in the state store (or use -f)", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "A cluster spec file instead of a stored cluster" };
        var sshKey = CliContext.SshKeyOption();
        var state = CliContext.StateOption();
        var output = OutputOption();
        var margin = new Option<int>("--address-margin") { Description = "Free addresses an existing subnet must have beyond the groups' maximum sizes and the load balancers", DefaultValueFactory = _ => 5 };
        var command = new Command("preflight", "Check the AWS account before building (read-only): zones and instance types, existing network, images, KMS keys, free addresses, quotas, the configBase and the cluster's secrets")
        {
            name, file, sshKey, state, output, margin,
        };
        command.SetAction(parse => cli.Guard(async () =>
        {
            var (spec, key) = await LoadAsync(cli, parse.GetValue(name), parse.GetValue(file), parse.GetValue(state), "preflight").ConfigureAwait(false);
            if (parse.GetValue(margin) < 0)
            {
                throw new UsageException("--address-margin must be 0 or more");
            }

            return await Reported(cli, async () =>
            {
                var options = new PreflightOptions { Environment = cli.Environment, SshPublicKey = key ?? CliContext.ReadSshKey(parse.GetValue(sshKey)), AddressMargin = parse.GetValue(margin) };
                var report = await Operations.Preflight.RunAsync(spec, options).ConfigureAwait(false);
                Print(cli, report, parse.GetValue(output)!);
                return report.Passed ? 0 : 1;
            }).ConfigureAwait(false);
        }));
        return command;
    }

    public static Command Validate(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The cluster name (its spec from the state store, or -f)" };
        var file = new Option<string?>("--file", "-f") { Description = "The cluster's spec file instead of the state store" };
        var state = CliContext.StateOption();
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "The kubeconfig (default: the first file in $KUBECONFIG, else ~/.kube/config), as kgen export kubeconfig writes it" };
        var context = new Option<string?>("--context") { Description = "The kubeconfig context (default: the cluster name)" };
        var wait = new Option<string?>("--wait") { Description = "Retry until every check passes or this much time has passed, e.g. 10m, 1h30m" };
        var interval = new Option<string>("--interval") { Description = "Time between two validations with --wait", DefaultValueFactory = _ => "10s" };
        var smoke = new Option<bool>("--smoke-test") { Description = "Also run a pod that resolves kubernetes.default.svc through cluster DNS (removed afterwards)" };
        var output = OutputOption();
        var cluster = new Command("cluster", "Check the running cluster: Ready nodes per instance group, no node of an unknown group, control plane and system pods, add-on workloads")
        {
            name, file, state, kubeconfig, context, wait, interval, smoke, output,
        };
        cluster.SetAction(parse => cli.Guard(async () =>
        {
            var clusterName = parse.GetValue(name)!;
            var (spec, _) = await LoadAsync(cli, parse.GetValue(file) is null ? clusterName : null, parse.GetValue(file), parse.GetValue(state), "validate cluster NAME").ConfigureAwait(false);
            var specName = spec.Cluster.Metadata?.Name;
            if (specName is not null && specName != clusterName)
            {
                throw new UsageException($"-f {parse.GetValue(file)} is the spec of {specName}, not {clusterName}");
            }

            var waitFor = parse.GetValue(wait) is { } w ? ParseDuration(w, "--wait") : (TimeSpan?)null;
            var format = parse.GetValue(output)!;
            var options = new ValidateOptions
            {
                Kubeconfig = parse.GetValue(kubeconfig),
                Context = parse.GetValue(context),
                Environment = cli.Environment,
                SmokeTest = parse.GetValue(smoke),
                PollInterval = ParseDuration(parse.GetValue(interval)!, "--interval"),
                OnAttempt = (attempt, report) =>
                {
                    if (!report.Passed)
                    {
                        var failing = string.Join("; ", report.Failures.Select(f => $"{f.Check}: {f.Found}"));
                        cli.Stderr.WriteLine($"kgen: validation {attempt.ToString(CultureInfo.InvariantCulture)}: still failing: {failing}");
                    }
                },
            };

            return await Reported(cli, async () =>
            {
                if (waitFor is null)
                {
                    var report = await ClusterValidation.ValidateAsync(spec, options with { OnAttempt = null }).ConfigureAwait(false);
                    Print(cli, report, format);
                    Verdict(cli, report, format);
                    return report.Passed ? 0 : 1;
                }

                var result = await ClusterValidation.WaitAsync(spec, waitFor.Value, options).ConfigureAwait(false);
                Print(cli, result.Report, format);
                if (result.TimedOut)
                {
                    cli.Stderr.WriteLine($"kgen: gave up after {parse.GetValue(wait)} ({result.Attempts.ToString(CultureInfo.InvariantCulture)} validations): {result.Report.Failures.Count().ToString(CultureInfo.InvariantCulture)} checks still fail");
                }

                Verdict(cli, result.Report, format);
                return result.Report.Passed ? 0 : 1;
            }).ConfigureAwait(false);
        }));

        return new Command("validate", "Validate a running cluster: kgen validate cluster NAME [--wait 10m] [--smoke-test]") { cluster };
    }

    private static Option<string> OutputOption()
    {
        var o = new Option<string>("--output", "-o") { Description = "table (default) or json", DefaultValueFactory = _ => "table" };
        o.AcceptOnlyFromAmong("table", "json");
        return o;
    }

    private static async Task<(ClusterSpec Spec, string? SshKey)> LoadAsync(CliContext cli, string? clusterName, string? path, string? state, string usage)
    {
        if (path is not null)
        {
            if (clusterName is not null)
            {
                throw new UsageException("name a stored CLUSTER or a spec with -f FILE, not both");
            }

            return (ClusterSpec.Load(CliContext.ReadInput(path, "-f"), path), null);
        }

        if (clusterName is null)
        {
            throw new UsageException($"name a stored CLUSTER or a spec with -f FILE: kgen {usage} -f cluster.yaml");
        }

        var store = cli.OpenStore(state);
        var spec = await store.LoadSpecAsync(clusterName).ConfigureAwait(false);
        return (spec, await store.GetSshPublicKeyAsync(clusterName).ConfigureAwait(false));
    }

    /// <summary>Runs a check, turning a check that could not run (no credentials, an API that kept failing) into its message and exit code 1.</summary>
    private static async Task<int> Reported(CliContext cli, Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (OperationsException e)
        {
            cli.Stderr.WriteLine($"kgen: {e.Message}");
            return 1;
        }
    }

    private static void Print(CliContext cli, CheckReport report, string format) =>
        cli.Stdout.Write(format == "json" ? report.ToJson() : report.ToTable());

    private static void Verdict(CliContext cli, CheckReport report, string format)
    {
        if (format != "json")
        {
            cli.Stdout.WriteLine(report.Passed ? $"Your cluster {report.Subject} is ready" : $"Validation failed: your cluster {report.Subject} is not ready");
        }
    }

    /// <summary>A Go-style duration (10s, 90m, 1h30m, 7d), at least one second.</summary>
    private static TimeSpan ParseDuration(string text, string option)
    {
        var duration = TimeSpan.Zero;
        var rest = text.AsSpan();
        var units = new Dictionary<char, TimeSpan> { ['d'] = TimeSpan.FromDays(1), ['h'] = TimeSpan.FromHours(1), ['m'] = TimeSpan.FromMinutes(1), ['s'] = TimeSpan.FromSeconds(1) };
        while (rest.Length > 0)
        {
            var digits = 0;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits > 6 || digits == rest.Length || !units.TryGetValue(rest[digits], out var unit))
            {
                throw new UsageException($"{option} \"{text}\" is not a duration; use e.g. 30s, 10m or 1h30m");
            }

            duration += unit * int.Parse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            rest = rest[(digits + 1)..];
        }

        if (duration < TimeSpan.FromSeconds(1))
        {
            throw new UsageException($"{option} \"{text}\" is too short; use at least 1s, e.g. 10m");
        }

        return duration;
    }
}
