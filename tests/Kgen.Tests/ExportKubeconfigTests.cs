using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kgen.Model;
using Kgen.Store;
using Kgen.Store.Pki;
using Kgen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kgen.Tests;

/// <summary><c>kgen export kubeconfig NAME --admin</c>, end to end: state store in, kubeconfig out.</summary>
public sealed class ExportKubeconfigTests
{
    private const string Name = "acme.k8s.local";
    private const string LoadBalancer = "api-acme-k8s-local-0a1b2c3d4e5f6a7b.elb.us-east-1.amazonaws.com";

    /// <summary>A PKI made once and copied into each test's state store (RSA key generation is slow).</summary>
    private static readonly Lazy<string> Pki = new(() =>
    {
        var folder = Path.Combine(TestWorkingDirectory.Path, "export-tests-pki");
        var cluster = ClusterSpec.Load(File.ReadAllText(Repo.Example("minimal.yaml")), "minimal.yaml").Resolve();
        ClusterSecrets.EnsureAsync(ObjectStores.Open("file://" + folder), cluster).GetAwaiter().GetResult();
        return folder;
    });

    [Fact]
    public void With_outputs_it_writes_an_admin_context_for_the_load_balancer_with_the_internal_name_for_TLS()
    {
        using var dir = new TempDir();
        var state = StateWithPki(dir);
        var outputs = Outputs(dir, ("api_load_balancer_dns_name", LoadBalancer), ("api_internal_name", "api.internal." + Name));
        var kubeconfig = Path.Combine(dir.Path, "home", ".kube", "config");

        var (exit, stdout, err) = CliRunner.Run("export", "kubeconfig", Name, "--admin", "--user", "alice", "--state", state, "--outputs", outputs, "--kubeconfig", kubeconfig);

        Assert.True(exit == 0, err);
        Assert.Contains($"wrote context {Name} to {kubeconfig}", stdout, StringComparison.Ordinal);
        Assert.Contains("admin certificate for alice in group kubeadm:cluster-admins", stdout, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kubeconfig));
        }

        var config = Load(kubeconfig);
        Assert.Equal("v1", Scalar(config, "apiVersion"));
        Assert.Equal("Config", Scalar(config, "kind"));
        Assert.Equal(Name, Scalar(config, "current-context"));
        var cluster = Map(Named(config, "clusters", Name), "cluster");
        Assert.Equal($"https://{LoadBalancer}", Scalar(cluster, "server"));
        Assert.Equal("api.internal." + Name, Scalar(cluster, "tls-server-name"));
        var caPem = File.ReadAllText(Path.Combine(Pki.Value, "pki", "ca.crt"));
        Assert.Equal(caPem, Decode(Scalar(cluster, "certificate-authority-data")));
        var context = Map(Named(config, "contexts", Name), "context");
        Assert.Equal(Name, Scalar(context, "cluster"));
        Assert.Equal(Name, Scalar(context, "user"));

        var user = Map(Named(config, "users", Name), "user");
        using var ca = X509Certificate2.CreateFromPem(caPem);
        using var client = X509Certificate2.CreateFromPem(Decode(Scalar(user, "client-certificate-data")), Decode(Scalar(user, "client-key-data")));
        Assert.True(client.HasPrivateKey);
        Assert.Contains("CN=alice", client.Subject, StringComparison.Ordinal);
        Assert.Contains("O=kubeadm:cluster-admins", client.Subject, StringComparison.Ordinal);
        Assert.InRange((client.NotAfter.ToUniversalTime() - DateTime.UtcNow).TotalHours, 17.9, 18.0);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(client), string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation)));

        // kubectl, where installed, reads it the same way.
        if (PkiTests.Which("kubectl") is { } kubectl)
        {
            var (code, view, viewErr) = Exec(kubectl, null, null, "config", "view", "--kubeconfig", kubeconfig, "--minify", "-o", "jsonpath={.clusters[0].cluster.tls-server-name} {.users[0].name} {.current-context}");
            Assert.True(code == 0, viewErr);
            Assert.Equal($"api.internal.{Name} {Name} {Name}", view.Trim());
        }
    }

    [Fact]
    public void Journey_7_create_cluster_then_export_kubeconfig_from_the_state_store()
    {
        using var dir = new TempDir();
        var stateFolder = Path.Combine(dir.Path, "state");
        var kubeconfig = Path.Combine(dir.Path, "kube", "config");
        var env = new Dictionary<string, string> { ["KGEN_STATE_STORE"] = "file://" + stateFolder, ["KUBECONFIG"] = kubeconfig, ["USER"] = "dave" };

        var (exit, stdout, err) = CliRunner.RunWith(env, "create", "cluster", Name, "--zones", "us-east-1a", "--target=terraform", "--out=" + Path.Combine(dir.Path, "out"));
        Assert.True(exit == 0, err);
        Assert.Contains($"cluster secrets (CAs, service-account key) created in file://{stateFolder}/{Name}/pki", stdout, StringComparison.Ordinal);

        var outputs = Outputs(dir, ("api_load_balancer_dns_name", LoadBalancer), ("api_internal_name", "api.internal." + Name));
        (exit, stdout, err) = CliRunner.RunWith(env, "export", "kubeconfig", Name, "--admin", "--outputs", outputs);

        Assert.True(exit == 0, err);
        Assert.Contains($"wrote context {Name} to {kubeconfig}", stdout, StringComparison.Ordinal);
        var cluster = Map(Named(Load(kubeconfig), "clusters", Name), "cluster");
        Assert.Equal(File.ReadAllText(Path.Combine(stateFolder, Name, "pki", "ca.crt")), Decode(Scalar(cluster, "certificate-authority-data")));
        Assert.Equal("api.internal." + Name, Scalar(cluster, "tls-server-name"));

        // Without --user, the OS user name says who the admin is.
        var user = Map(Named(Load(kubeconfig), "users", Name), "user");
        using (var client = X509Certificate2.CreateFromPem(Decode(Scalar(user, "client-certificate-data"))))
        {
            Assert.Contains("CN=dave", client.Subject, StringComparison.Ordinal);
        }

        // Without terraform on PATH and without --outputs, it says what to pass.
        (exit, _, err) = CliRunner.RunWith(env, "export", "kubeconfig", Name, "--admin");
        Assert.Equal(1, exit);
        Assert.Contains("terraform is not on PATH", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_API_name_is_used_as_is_without_a_TLS_server_name()
    {
        using var dir = new TempDir();
        var state = StateWithPki(dir);
        var outputs = Outputs(dir, ("api_load_balancer_dns_name", LoadBalancer), ("api_internal_name", "api.internal." + Name), ("api_public_name", "api." + Name));
        var kubeconfig = Path.Combine(dir.Path, "config");

        var (exit, _, err) = CliRunner.Run("export", "kubeconfig", Name, "--admin", "--state", state, "--outputs", outputs, "--kubeconfig", kubeconfig);

        Assert.True(exit == 0, err);
        var cluster = Map(Named(Load(kubeconfig), "clusters", Name), "cluster");
        Assert.Equal($"https://api.{Name}", Scalar(cluster, "server"));
        Assert.False(cluster.Children.ContainsKey(new YamlScalarNode("tls-server-name")));
    }

    [Fact]
    public void Other_entries_stay_a_second_export_replaces_its_own_and_the_lifetime_is_configurable()
    {
        using var dir = new TempDir();
        var state = StateWithPki(dir);
        var kubeconfig = Path.Combine(dir.Path, "config");
        File.WriteAllText(kubeconfig, """
            apiVersion: v1
            kind: Config
            preferences:
              colors: true
            clusters:
            - name: other
              cluster:
                server: https://other.example.com
            - name: acme.k8s.local
              cluster:
                server: https://stale.example.com
                insecure-skip-tls-verify: true
            users:
            - name: other
              user:
                token: not-ours
            contexts:
            - name: other
              context:
                cluster: other
                user: other
            - name: acme.k8s.local
              context:
                cluster: acme.k8s.local
                user: acme.k8s.local
                namespace: team-a
            current-context: other
            """);

        var (exit, _, err) = CliRunner.Run("export", "kubeconfig", Name, "--admin", "--state", state, "--server", "https://api.acme.example.com/", "--kubeconfig", kubeconfig, "--admin-lifetime", "2h30m");
        Assert.True(exit == 0, err);
        (exit, _, err) = CliRunner.Run("export", "kubeconfig", Name, "--admin", "--state", state, "--server", "https://api.acme.example.com/", "--kubeconfig", kubeconfig, "--admin-lifetime", "2h30m");
        Assert.True(exit == 0, err);

        var config = Load(kubeconfig);
        Assert.Equal(Name, Scalar(config, "current-context"));
        Assert.Equal("true", Scalar(Map(config, "preferences"), "colors"));
        Assert.Equal("https://other.example.com", Scalar(Map(Named(config, "clusters", "other"), "cluster"), "server"));
        Assert.Equal("not-ours", Scalar(Map(Named(config, "users", "other"), "user"), "token"));
        Assert.Equal("other", Scalar(Map(Named(config, "contexts", "other"), "context"), "user"));
        Assert.Equal(2, ((YamlSequenceNode)config.Children[new YamlScalarNode("clusters")]).Children.Count);
        Assert.Equal(2, ((YamlSequenceNode)config.Children[new YamlScalarNode("users")]).Children.Count);
        Assert.Equal(2, ((YamlSequenceNode)config.Children[new YamlScalarNode("contexts")]).Children.Count);
        var cluster = Map(Named(config, "clusters", Name), "cluster");
        Assert.Equal("https://api.acme.example.com", Scalar(cluster, "server"));
        Assert.False(cluster.Children.ContainsKey(new YamlScalarNode("insecure-skip-tls-verify")));
        Assert.Equal("api.internal." + Name, Scalar(cluster, "tls-server-name"));
        Assert.Equal("team-a", Scalar(Map(Named(config, "contexts", Name), "context"), "namespace"));
        using var client = X509Certificate2.CreateFromPem(Decode(Scalar(Map(Named(config, "users", Name), "user"), "client-certificate-data")));
        Assert.InRange((client.NotAfter.ToUniversalTime() - DateTime.UtcNow).TotalMinutes, 149, 150);
    }

    [Fact]
    public async Task The_cluster_document_in_the_state_store_says_where_the_PKI_is()
    {
        using var dir = new TempDir();
        var state = "file://" + Path.Combine(dir.Path, "state");
        var elsewhere = Path.Combine(dir.Path, "elsewhere");
        CopyPki(elsewhere);
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("minimal.yaml")), "minimal.yaml");
        spec.Cluster.Spec!.ConfigBase = "file://" + elsewhere;
        await ObjectStores.Open(state).PutAsync($"{Name}/config", Encoding.UTF8.GetBytes(spec.ToYaml()), Precondition.IfAbsent);
        var kubeconfig = Path.Combine(dir.Path, "config");

        var (exit, _, err) = CliRunner.Run("export", "kubeconfig", Name, "--admin", "--state", state, "--server", "https://api.example.com", "--kubeconfig", kubeconfig);

        Assert.True(exit == 0, err);
        Assert.Equal(File.ReadAllText(Path.Combine(Pki.Value, "pki", "ca.crt")), Decode(Scalar(Map(Named(Load(kubeconfig), "clusters", Name), "cluster"), "certificate-authority-data")));
    }

    [Fact]
    public void With_terraform_on_PATH_it_reads_the_outputs_in_dir_and_writes_the_first_KUBECONFIG_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempDir();
        var state = StateWithPki(dir);
        var tfDir = Path.Combine(dir.Path, "infra");
        Directory.CreateDirectory(tfDir);
        var log = Path.Combine(dir.Path, "terraform.log");
        var outputs = Outputs(dir, ("api_load_balancer_dns_name", LoadBalancer), ("api_internal_name", "api.internal." + Name));
        var bin = FakeTerraform(dir, $"""
            echo "$PWD $*" >> '{log}'
            cat '{outputs}'
            """);
        var first = Path.Combine(dir.Path, "kube", "first");
        var second = Path.Combine(dir.Path, "kube", "second");

        var (exit, stdout, err) = Kgen(
            new() { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"), ["KUBECONFIG"] = first + Path.PathSeparator + second },
            "export", "kubeconfig", Name, "--admin", "--state", state, "--dir", tfDir);

        Assert.True(exit == 0, err + stdout);
        Assert.Equal($"{tfDir} output -json\n", File.ReadAllText(log));
        Assert.Equal($"https://{LoadBalancer}", Scalar(Map(Named(Load(first), "clusters", Name), "cluster"), "server"));
        Assert.False(File.Exists(second));
    }

    [Fact]
    public void A_failing_terraform_says_what_to_run()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempDir();
        var state = StateWithPki(dir);
        var bin = FakeTerraform(dir, """
            echo '╷' >&2
            echo '│ Error: Backend initialization required, please run "terraform init"' >&2
            exit 1
            """);
        var kubeconfig = Path.Combine(dir.Path, "config");

        var (exit, _, err) = Kgen(new() { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") }, "export", "kubeconfig", Name, "--admin", "--state", state, "--dir", dir.Path, "--kubeconfig", kubeconfig);

        Assert.Equal(1, exit);
        Assert.Contains($"terraform output -json in {dir.Path} failed: Error: Backend initialization required", err, StringComparison.Ordinal);
        Assert.Contains("run terraform init and apply there, or pass --outputs FILE or --server https://HOST", err, StringComparison.Ordinal);
        Assert.False(File.Exists(kubeconfig));
    }

    [Fact]
    public void Without_terraform_or_outputs_it_names_the_options()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var dir = new TempDir();
        var state = StateWithPki(dir);
        var empty = Path.Combine(dir.Path, "empty-bin");
        Directory.CreateDirectory(empty);

        var (exit, _, err) = Kgen(new() { ["PATH"] = empty }, "export", "kubeconfig", Name, "--admin", "--state", state, "--kubeconfig", Path.Combine(dir.Path, "config"));

        Assert.Equal(1, exit);
        Assert.Contains("terraform is not on PATH; pass --outputs FILE (from terraform output -json) or --server https://HOST", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_without_the_load_balancer_say_to_apply_first()
    {
        using var dir = new TempDir();
        var state = StateWithPki(dir);
        var outputs = Path.Combine(dir.Path, "outputs.json");
        File.WriteAllText(outputs, "{}\n");

        var (exit, _, err) = CliRunner.Run("export", "kubeconfig", Name, "--admin", "--state", state, "--outputs", outputs, "--kubeconfig", Path.Combine(dir.Path, "config"));

        Assert.Equal(1, exit);
        Assert.Contains($"--outputs {outputs} holds no api_load_balancer_dns_name output", err, StringComparison.Ordinal);
        Assert.Contains("after terraform apply", err, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[], string> BadCalls => new()
    {
        { "no --admin", ["--server", "https://api.example.com"], "add --admin" },
        { "bad lifetime", ["--admin", "--server", "https://api.example.com", "--admin-lifetime", "soon"], "--admin-lifetime \"soon\" is not a duration; use e.g. 18h" },
        { "tiny lifetime", ["--admin", "--server", "https://api.example.com", "--admin-lifetime", "30s"], "is too short" },
        { "lifetime over the cap", ["--admin", "--server", "https://api.example.com", "--admin-lifetime", "7d"], "--admin-lifetime \"7d\" is longer than the 24h kgen signs: a client certificate cannot be revoked before it expires" },
        { "user posing as a system identity", ["--admin", "--server", "https://api.example.com", "--user", "system:node:ip-10-0-0-1"], "--user \"system:node:ip-10-0-0-1\" cannot name an admin" },
        { "http server", ["--admin", "--server", "http://api.example.com"], "is not an https:// URL" },
        { "missing outputs", ["--admin", "--outputs", "/nonexistent/outputs.json"], "--outputs /nonexistent/outputs.json: no such file; write it with terraform output -json" },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public void Bad_calls_exit_1_with_a_message_and_write_nothing(string label, string[] extra, string expected)
    {
        using var dir = new TempDir();
        var kubeconfig = Path.Combine(dir.Path, "config");
        var (exit, _, err) = CliRunner.Run(["export", "kubeconfig", Name, "--state", StateWithPki(dir), "--kubeconfig", kubeconfig, .. extra]);
        Assert.True(exit == 1, $"{label}: exit {exit}: {err}");
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", err, StringComparison.Ordinal);
        Assert.False(File.Exists(kubeconfig));
    }

    [Fact]
    public void An_unknown_cluster_is_named_with_the_store()
    {
        using var dir = new TempDir();
        var state = "file://" + Path.Combine(dir.Path, "state");
        var (exit, _, err) = CliRunner.Run("export", "kubeconfig", "nope.k8s.local", "--admin", "--state", state, "--server", "https://api.example.com", "--kubeconfig", Path.Combine(dir.Path, "config"));
        Assert.Equal(1, exit);
        Assert.Contains($"cluster nope.k8s.local is not in the state store {state}", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_without_PKI_says_how_to_create_it()
    {
        using var dir = new TempDir();
        var state = "file://" + Path.Combine(dir.Path, "state");
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("minimal.yaml")), "minimal.yaml");
        spec.Cluster.Spec!.ConfigBase = null;
        await ObjectStores.Open(state).PutAsync($"{Name}/config", Encoding.UTF8.GetBytes(spec.ToYaml()), Precondition.IfAbsent);

        var (exit, _, err) = CliRunner.Run("export", "kubeconfig", Name, "--admin", "--state", state, "--server", "https://api.example.com", "--kubeconfig", Path.Combine(dir.Path, "config"));

        Assert.Equal(1, exit);
        Assert.Contains($"{state}/{Name}/pki/ca.crt does not exist: the cluster has no PKI yet", err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_kubeconfig_is_left_alone()
    {
        using var dir = new TempDir();
        var kubeconfig = Path.Combine(dir.Path, "config");
        const string Broken = "clusters: [\n  - name: x\n  bad: : :\n";
        File.WriteAllText(kubeconfig, Broken);

        var (exit, _, err) = CliRunner.Run("export", "kubeconfig", Name, "--admin", "--state", StateWithPki(dir), "--server", "https://api.example.com", "--kubeconfig", kubeconfig);

        Assert.Equal(1, exit);
        Assert.Contains($"--kubeconfig {kubeconfig}: not readable as a kubeconfig (line", err, StringComparison.Ordinal);
        Assert.Equal(Broken, File.ReadAllText(kubeconfig));
    }

    private static string StateWithPki(TempDir dir)
    {
        CopyPki(Path.Combine(dir.Path, "state", Name));
        return "file://" + Path.Combine(dir.Path, "state");
    }

    private static void CopyPki(string target)
    {
        foreach (var file in Directory.GetFiles(Pki.Value, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Pki.Value, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    private static string Outputs(TempDir dir, params (string Name, string Value)[] values)
    {
        var json = new StringBuilder("{\n  \"cluster_name\": {\"sensitive\": false, \"type\": \"string\", \"value\": \"acme.k8s.local\"},\n");
        json.Append("  \"node_subnet_ids\": {\"sensitive\": false, \"type\": [\"list\", \"string\"], \"value\": [\"subnet-1\"]}");
        foreach (var (name, value) in values)
        {
            json.Append($",\n  \"{name}\": {{\"sensitive\": false, \"type\": \"string\", \"value\": \"{value}\"}}");
        }

        var path = Path.Combine(dir.Path, "outputs.json");
        File.WriteAllText(path, json.Append("\n}\n").ToString());
        return path;
    }

    private static string FakeTerraform(TempDir dir, string body)
    {
        var bin = Path.Combine(dir.Path, "bin");
        Directory.CreateDirectory(bin);
        var script = Path.Combine(bin, "terraform");
        File.WriteAllText(script, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return bin;
    }

    /// <summary>Runs the built kgen in its own process, with <paramref name="environment"/> replacing those variables.</summary>
    private static (int Exit, string Out, string Err) Kgen(Dictionary<string, string> environment, params string[] args)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : PkiTests.Which("dotnet") ?? "dotnet";
        return Exec(dotnet, environment, TestWorkingDirectory.Path, [Path.Combine(AppContext.BaseDirectory, "kgen.dll"), .. args]);
    }

    private static (int Exit, string Out, string Err) Exec(string file, Dictionary<string, string>? environment, string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Named(YamlMappingNode root, string list, string name) =>
        ((YamlSequenceNode)root.Children[new YamlScalarNode(list)]).Children.OfType<YamlMappingNode>()
            .Single(m => Scalar(m, "name") == name);

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static string Decode(string? base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64!));
}
