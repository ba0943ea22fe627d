using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kgen.Generator;
using Kgen.Model;
using Kgen.Store;
using Kgen.Store.Pki;

namespace Kgen.Cli;

/// <summary><c>kgen export kubeconfig NAME --admin</c>: a short-lived admin credential signed with the cluster CA.</summary>
internal static partial class ExportCommand
{
    /// <summary>kubeadm (1.29+) binds this group to cluster-admin; unlike system:masters, the binding can be revoked.</summary>
    public const string AdminGroup = "kubeadm:cluster-admins";

    /// <summary>
    /// The longest admin certificate kgen signs. Kubernetes cannot revoke a client certificate (no CRL; only the
    /// group's binding can be removed, for every admin at once), so its lifetime is how long a copied kubeconfig
    /// works: one working day, beyond kops' 18 hours default.
    /// </summary>
    public static readonly TimeSpan MaxAdminLifetime = TimeSpan.FromHours(24);

    private static readonly TimeSpan TerraformTimeout = TimeSpan.FromMinutes(2);

    public static Command Build(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The cluster name, e.g. acme.k8s.local" };
        var admin = new Option<bool>("--admin") { Description = "Sign an admin client certificate (group kubeadm:cluster-admins) with the cluster CA" };
        var lifetime = new Option<string>("--admin-lifetime") { Description = "How long the admin certificate is valid, e.g. 18h or 90m; at most 24h", DefaultValueFactory = _ => "18h" };
        var user = new Option<string?>("--user") { Description = "Who the admin is: the certificate's common name, the user name the API server logs (default: your OS user name)" };
        var state = CliContext.StateOption();
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "The kubeconfig to update (default: the first file in $KUBECONFIG, else ~/.kube/config)" };
        var server = new Option<string?>("--server") { Description = "The API URL, e.g. https://api.acme.example.com (default: from the Terraform outputs)" };
        var outputs = new Option<string?>("--outputs") { Description = "A file holding `terraform output -json` of the cluster's configuration" };
        var dir = new Option<string>("--dir") { Description = "The Terraform folder to run `terraform output -json` in, when terraform is on PATH", DefaultValueFactory = _ => "." };

        var kubeconfigCommand = new Command("kubeconfig", "Write a kubeconfig cluster, user and context for the cluster, and make the context current")
        {
            name, admin, lifetime, user, state, kubeconfig, server, outputs, dir,
        };
        kubeconfigCommand.SetAction(parse => cli.Guard(() => RunAsync(
            cli,
            new Request
            {
                Name = parse.GetValue(name)!,
                Admin = parse.GetValue(admin),
                Lifetime = parse.GetValue(lifetime)!,
                User = parse.GetValue(user),
                State = parse.GetValue(state),
                Kubeconfig = parse.GetValue(kubeconfig),
                Server = parse.GetValue(server),
                Outputs = parse.GetValue(outputs),
                Dir = parse.GetValue(dir)!,
            })));

        return new Command("export", "Export cluster credentials") { kubeconfigCommand };
    }

    private static async Task<int> RunAsync(CliContext cli, Request request)
    {
        if (!request.Admin)
        {
            // An EKS cluster: EKS holds the CA and the credentials; the kubeconfig runs aws eks get-token.
            return WriteEks(cli, request);
        }

        var lifetime = ParseLifetime(request.Lifetime);
        var adminUser = AdminUserName(cli, request.User);
        var state = cli.OpenStore(request.State);
        var configBase = await FindConfigBaseAsync(state, request.Name).ConfigureAwait(false);
        var (serverUrl, tlsServerName) = FindServer(cli, request);
        var path = KubeconfigPath(cli, request.Kubeconfig);

        string? existing = null;
        if (File.Exists(path))
        {
            existing = File.ReadAllText(path);
        }

        var configStore = ObjectStores.Open(configBase, new StoreOptions { Environment = cli.Environment, Warn = m => cli.Stderr.WriteLine($"kgen: {m}") });
        // The CA key is held in memory only, for the one signature, and released at once (see docs/state-store.md#secret-custody).
        PemKeyPair client;
        string caPem;
        using (var ca = await ClusterSecrets.LoadCertificateAuthorityAsync(configStore).ConfigureAwait(false))
        {
            client = Certificates.SignClientCertificate(ca, adminUser, [AdminGroup], lifetime, DateTimeOffset.UtcNow);
            caPem = ca.ExportCertificatePem() + "\n";
        }

        var merged = Kubeconfig.Merge(existing, path, new KubeconfigEntry(request.Name, serverUrl, tlsServerName, caPem, client.CertificatePem, client.PrivateKeyPem));
        Kubeconfig.Write(path, merged);

        using var issued = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(client.CertificatePem);
        var until = issued.NotAfter.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var tls = tlsServerName is null ? string.Empty : $", TLS name {tlsServerName}";
        cli.Stdout.WriteLine($"kgen: wrote context {request.Name} to {path} (server {serverUrl}{tls}; admin certificate for {adminUser} in group {AdminGroup}, valid until {until})");
        return 0;
    }

    /// <summary>
    /// An EKS cluster's kubeconfig from its outputs (cluster_endpoint, cluster_certificate_authority_data, region): the
    /// user runs <c>aws eks get-token</c>, so the credential is the caller's AWS identity, admitted by an access entry.
    /// </summary>
    private static int WriteEks(CliContext cli, Request request)
    {
        if (request.Outputs is null && FindOnPath(cli, "terraform") is null)
        {
            throw new UsageException(
                "for a kubeadm cluster add --admin (an admin credential signed with the cluster CA); for an EKS cluster kgen reads the cluster's endpoint from its outputs: " +
                "pass --outputs FILE (terraform output -json, or aws cloudformation describe-stacks) or run it where terraform is on PATH with --dir");
        }

        var (values, source, remedy) = ReadOutputs(cli, request);
        if (!values.TryGetValue("cluster_endpoint", out var endpoint) || !values.TryGetValue("cluster_certificate_authority_data", out var ca) || !values.TryGetValue("region", out var region))
        {
            throw new UsageException($"{source} holds no cluster_endpoint, cluster_certificate_authority_data and region outputs, so it is not an EKS cluster's: {remedy}; for a kubeadm cluster add --admin");
        }

        var name = values.GetValueOrDefault("cluster_name", request.Name);
        if (name != request.Name)
        {
            throw new UsageException($"{source} belongs to cluster {name}, not {request.Name}");
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new UsageException($"{source}: cluster_endpoint \"{endpoint}\" is not an https:// URL");
        }

        var path = KubeconfigPath(cli, request.Kubeconfig);
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var entry = new KubeconfigEntry(name, endpoint, null, string.Empty, string.Empty, string.Empty)
        {
            CertificateAuthorityData = ca,
            Exec = new ExecCredential("aws", ["--region", region, "eks", "get-token", "--cluster-name", name, "--output", "json"]),
        };
        Kubeconfig.Write(path, Kubeconfig.Merge(existing, path, entry));
        cli.Stdout.WriteLine($"kgen: wrote context {name} to {path} (server {endpoint}; credentials from aws eks get-token, admitted by the cluster's access entries)");
        return 0;
    }

    /// <summary>The cluster's configBase: from its Cluster document in the state store, else the store's folder for it.</summary>
    private static async Task<string> FindConfigBaseAsync(ClusterStore state, string name)
    {
        var config = await state.GetClusterAsync(name).ConfigureAwait(false);
        if (config is not null)
        {
            var spec = ClusterSpec.Load(config.Yaml, ObjectStores.Combine(state.Location, config.Key));
            if (NonEmpty(spec.Cluster.Spec?.ConfigBase) is { } configured)
            {
                return configured;
            }
        }

        var configBase = state.ConfigBase(name);
        if (config is null && await state.Objects.GetAsync($"{name}/{ConfigStoreLayout.CaCertificate}").ConfigureAwait(false) is null)
        {
            throw new UsageException(
                $"cluster {name} is not in the state store {state.Location} (no {configBase}/{ConfigStoreLayout.ClusterDocument} and no {configBase}/{ConfigStoreLayout.CaCertificate}); " +
                "check the name and --state (or $KGEN_STATE_STORE), or create the cluster with kgen create cluster");
        }

        return configBase;
    }

    /// <summary>The API URL and, when its host is not a name in the API certificate, the name to verify instead.</summary>
    private static (string Server, string? TlsServerName) FindServer(CliContext cli, Request request)
    {
        var internalName = $"api.internal.{request.Name}";
        if (request.Server is { } server)
        {
            if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                throw new UsageException($"--server \"{server}\" is not an https:// URL; use e.g. https://api.{request.Name}");
            }

            return (server.TrimEnd('/'), uri.Host == internalName ? null : internalName);
        }

        var (values, source, remedy) = ReadOutputs(cli, request);
        var url = (string host) => ApiEndpoint.ListenerPort == 443 ? $"https://{host}" : $"https://{host}:{ApiEndpoint.ListenerPort}";
        if (values.TryGetValue("api_public_name", out var publicName))
        {
            // The public name is in the API server certificate.
            return (url(publicName), null);
        }

        if (values.TryGetValue("api_load_balancer_dns_name", out var lb))
        {
            // AWS names the load balancer; the certificate cannot know that name, but it holds the internal API name.
            return (url(lb), values.GetValueOrDefault("api_internal_name", internalName));
        }

        throw new UsageException($"{source} holds no api_load_balancer_dns_name output: {remedy}, or pass --server https://HOST");
    }

    /// <summary>The Terraform outputs as name → string value, from --outputs, else from terraform in --dir.</summary>
    private static (Dictionary<string, string> Values, string Source, string Remedy) ReadOutputs(CliContext cli, Request request)
    {
        string json;
        string source;
        string remedy;
        if (request.Outputs is { } file)
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"--outputs {file}: no such file; write it with terraform output -json > {file}");
            }

            json = File.ReadAllText(file);
            source = $"--outputs {file}";
            remedy = $"write it with terraform output -json > {file} after terraform apply";
        }
        else if (FindOnPath(cli, "terraform") is { } terraform)
        {
            if (!Directory.Exists(request.Dir))
            {
                throw new UsageException($"--dir {request.Dir}: no such folder; pass the folder of the cluster's kubernetes.tf");
            }

            json = RunTerraformOutput(terraform, request.Dir);
            source = $"terraform output -json in {request.Dir}";
            remedy = $"run terraform apply in {request.Dir} first (or pass --dir with the cluster's Terraform folder)";
        }
        else
        {
            throw new UsageException(
                "kgen takes the API load balancer's name from the Terraform outputs, but terraform is not on PATH; " +
                "pass --outputs FILE (from terraform output -json) or --server https://HOST");
        }

        Dictionary<string, string> values = new(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{source} is not the JSON object terraform output -json prints");
            }

            // aws cloudformation describe-stacks: the stack's Outputs, named as the Terraform outputs in PascalCase.
            if (document.RootElement.TryGetProperty("Stacks", out var stacks) && stacks.ValueKind == JsonValueKind.Array && stacks.GetArrayLength() > 0 &&
                stacks[0].TryGetProperty("Outputs", out var stackOutputs) && stackOutputs.ValueKind == JsonValueKind.Array)
            {
                foreach (var o in stackOutputs.EnumerateArray())
                {
                    if (o.TryGetProperty("OutputKey", out var k) && o.TryGetProperty("OutputValue", out var val) && NonEmpty(val.GetString()) is { } text)
                    {
                        values[Generator.Targets.CloudFormation.CloudFormationRenderer.TerraformOutputName(k.GetString()!)] = text;
                    }
                }

                return (values, source, remedy);
            }

            foreach (var output in document.RootElement.EnumerateObject())
            {
                var value = output.Value.ValueKind == JsonValueKind.Object && output.Value.TryGetProperty("value", out var v) ? v : output.Value;
                if (value.ValueKind == JsonValueKind.String && NonEmpty(value.GetString()) is { } s)
                {
                    values[output.Name] = s;
                }
            }
        }
        catch (JsonException e)
        {
            throw new UsageException($"{source} is not the JSON terraform output -json prints ({e.Message})");
        }

        return (values, source, remedy);
    }

    private static string RunTerraformOutput(string terraform, string dir)
    {
        var start = new ProcessStartInfo(terraform)
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("output");
        start.ArgumentList.Add("-json");
        start.Environment["TF_IN_AUTOMATION"] = "1";
        using var process = Process.Start(start) ?? throw new UsageException($"could not start {terraform}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TerraformTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new UsageException($"terraform output -json in {dir} did not finish within {TerraformTimeout.TotalMinutes:0} minutes; pass --outputs FILE or --server https://HOST");
        }

        if (process.ExitCode != 0)
        {
            var message = stderr.GetAwaiter().GetResult().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault(l => l.Length > 0 && !l.All(c => c is '│' or '╷' or '╵')) ?? $"exit code {process.ExitCode}";
            throw new UsageException($"terraform output -json in {dir} failed: {message.TrimStart('│', ' ')}; run terraform init and apply there, or pass --outputs FILE or --server https://HOST");
        }

        return stdout.GetAwaiter().GetResult();
    }

    private static string? FindOnPath(CliContext cli, string command)
    {
        var names = OperatingSystem.IsWindows() ? new[] { command + ".exe", command + ".cmd", command + ".bat" } : [command];
        foreach (var folder in (cli.Environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var file in names.Select(n => Path.Combine(folder, n)))
            {
                if (File.Exists(file) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0))
                {
                    return file;
                }
            }
        }

        return null;
    }

    /// <summary>--kubeconfig, else the first entry of $KUBECONFIG (as kubectl writes new entries there), else ~/.kube/config.</summary>
    private static string KubeconfigPath(CliContext cli, string? option)
    {
        if (NonEmpty(option) is { } path)
        {
            return path;
        }

        var fromEnvironment = (cli.Environment("KUBECONFIG") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
        if (fromEnvironment is not null)
        {
            return fromEnvironment;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        if (home.Length == 0)
        {
            throw new UsageException("no home folder to put .kube/config in; pass --kubeconfig PATH or set KUBECONFIG");
        }

        return Path.Combine(home, ".kube", "config");
    }

    /// <summary>A Go-style duration: 18h, 90m, 1h30m, 3600s, or days (7d).</summary>
    internal static TimeSpan ParseLifetime(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success || text.Length == 0)
        {
            throw new UsageException($"--admin-lifetime \"{text}\" is not a duration; use e.g. 18h, 90m, 1h30m or 7d");
        }

        var lifetime = TimeSpan.Zero;
        foreach (var (group, unit) in new[] { ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)), ("m", TimeSpan.FromMinutes(1)), ("s", TimeSpan.FromSeconds(1)) })
        {
            if (match.Groups[group].Success && long.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                lifetime += unit * Math.Min(n, 100_000);
            }
        }

        if (lifetime < TimeSpan.FromMinutes(1))
        {
            throw new UsageException($"--admin-lifetime \"{text}\" is too short; use at least 1m, e.g. 18h");
        }

        if (lifetime > MaxAdminLifetime)
        {
            throw new UsageException(
                $"--admin-lifetime \"{text}\" is longer than the {MaxAdminLifetime.TotalHours:0}h kgen signs: a client certificate cannot be revoked before it expires; " +
                "use at most 24h (e.g. 18h) and export again when it runs out");
        }

        return lifetime;
    }

    /// <summary>
    /// The admin's user name (the certificate's CN): --user, else the OS user name ($USER, $USERNAME, the process's).
    /// Letters, digits, '.', '_', '@' and '-', at most 64: no ':' so that it cannot pose as a system: or other prefixed identity.
    /// </summary>
    internal static string AdminUserName(CliContext cli, string? option)
    {
        var given = NonEmpty(option);
        var name = given ?? NonEmpty(cli.Environment("USER")) ?? NonEmpty(cli.Environment("USERNAME")) ?? NonEmpty(Environment.UserName);
        if (name is null)
        {
            throw new UsageException("no user name to put in the admin certificate; pass --user NAME (e.g. --user alice)");
        }

        if (!UserNamePattern().IsMatch(name))
        {
            var source = given is null ? $"your OS user name \"{name}\"" : $"--user \"{name}\"";
            throw new UsageException(
                $"{source} cannot name an admin: use 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit (no ':', so it cannot pose as a system: identity), e.g. --user alice");
        }

        return name;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._@-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"\A(?:(?<d>[0-9]+)d)?(?:(?<h>[0-9]+)h)?(?:(?<m>[0-9]+)m)?(?:(?<s>[0-9]+)s)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    private sealed record Request
    {
        public required string Name { get; init; }

        public required bool Admin { get; init; }

        public required string Lifetime { get; init; }

        public required string? User { get; init; }

        public required string? State { get; init; }

        public required string? Kubeconfig { get; init; }

        public required string? Server { get; init; }

        public required string? Outputs { get; init; }

        public required string Dir { get; init; }
    }
}
