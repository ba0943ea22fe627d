namespace Kgen.Tests.Sandbox;

/// <summary>
/// No secret a node handles reaches any log the sandbox produces: the stand-ins' record of every command line
/// (<c>calls.log</c>, what <c>ps</c> would show), the boot log and anything else under <c>/var/log</c>, and the
/// console output (cloud-init's log). The secrets: the join token, the CA key, the Secrets encryption key and the
/// instance metadata session token, with a metadata read that fails and is retried on the way.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SecretsInLogsTests
{
    [Fact]
    public void No_secret_reaches_a_log_on_the_first_second_and_worker_nodes()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        box.SetState("imds-fail", "1");
        var first = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");
        Assert.True(first.Exit == 0, first.Output);
        Assert.Contains("attempt 1/5 failed: imds_get instance-id; retrying", first.Output, StringComparison.Ordinal);
        Assert.Contains("--token <value withheld>", first.Output, StringComparison.Ordinal);

        box.SetState("api", "up");
        var second = box.Run(box.UserData("control-plane-us-east-1b"), "ip-10-0-2-20.ec2.internal", "10.0.2.20", "us-east-1b");
        Assert.True(second.Exit == 0, second.Output);
        var worker = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");
        Assert.True(worker.Exit == 0, worker.Output);

        // The secrets were used: the encryption configuration holds the key (0600), kubeadm init got the first node's token.
        var encryption = Path.Combine(box.Root, "etc", "kubernetes", "kgen", "encryption.yaml");
        Assert.Contains(NodeSandbox.StoreEncryptionKey, File.ReadAllText(encryption), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(encryption));
        Assert.Contains(NodeSandbox.InitToken, box.ReadCaptured("kubeadm-init.yaml"), StringComparison.Ordinal);

        Assert.Empty(Leaks(box, first.Output + second.Output + worker.Output));
    }

    [Fact]
    public void The_check_finds_the_token_kubeadm_init_prints_without_skip_token_print()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        static string Plant(string s) => s.Replace(" --skip-token-print", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(box.NodeScript("control-plane-us-east-1a"), box.NodeScript("control-plane-us-east-1a", Plant));
        var planted = box.UserData("control-plane-us-east-1a", Plant);

        var (exit, output) = box.Run(planted, "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.True(exit == 0, output);
        var leaks = Leaks(box, output);
        Assert.Contains("join token in the console output", leaks);
        Assert.Contains("join token in root/var/log/kgen-bootstrap.log", leaks);
    }

    [Fact]
    public void The_check_finds_a_secret_a_retried_command_would_log_without_redaction()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        box.SetState("imds-fail", "1");

        // Planted: the metadata read passes the session token on curl's command line and retry logs it unredacted.
        static string Plant(string s) => s
            .Replace("$(redact \"$@\")", "$*", StringComparison.Ordinal)
            .Replace("-H @<(printf 'X-aws-ec2-metadata-token: %s\\n' \"$IMDS_TOKEN\")", "-H \"X-aws-ec2-metadata-token: ${IMDS_TOKEN}\"", StringComparison.Ordinal)
            .Replace("retry imds_get \"$1\"", "retry curl -fsS -H \"X-aws-ec2-metadata-token: ${IMDS_TOKEN}\" \"${IMDS}/meta-data/$1\"", StringComparison.Ordinal);
        Assert.NotEqual(box.NodeScript("control-plane-us-east-1a"), box.NodeScript("control-plane-us-east-1a", Plant));
        var planted = box.UserData("control-plane-us-east-1a", Plant);

        var (exit, output) = box.Run(planted, "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.True(exit == 0, output);
        var leaks = Leaks(box, output);
        Assert.Contains("metadata session token in calls.log", leaks);
        Assert.Contains("metadata session token in the console output", leaks);
    }

    /// <summary>Every (secret, log) pair where the secret's value appears in the log.</summary>
    private static List<string> Leaks(NodeSandbox box, string console)
    {
        var caKeyLines = File.ReadAllLines(Path.Combine(box.Store, "pki", "ca.key")).Where(l => l.Length >= 40 && !l.StartsWith("-----", StringComparison.Ordinal));
        var secrets = new List<(string Name, string Value)>
        {
            ("join token", NodeSandbox.InitToken),
            ("join token secret", NodeSandbox.InitToken.Split('.')[1]),
            ("control-plane join token", NodeSandbox.JoinToken),
            ("control-plane join token secret", NodeSandbox.JoinToken.Split('.')[1]),
            ("encryption key", NodeSandbox.StoreEncryptionKey),
            ("metadata session token", "imds-session-token"),
        };
        secrets.AddRange(caKeyLines.Select(l => ("CA key", l)));

        var logs = new List<(string Name, string Text)> { ("the console output", console) };
        if (File.Exists(Path.Combine(box.Dir, "calls.log")))
        {
            logs.Add(("calls.log", File.ReadAllText(Path.Combine(box.Dir, "calls.log"))));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(box.Root, "var", "log"), "*", SearchOption.AllDirectories))
        {
            logs.Add((Path.GetRelativePath(box.Dir, file), File.ReadAllText(file)));
        }

        return [.. from log in logs from secret in secrets where log.Text.Contains(secret.Value, StringComparison.Ordinal) select $"{secret.Name} in {log.Name}"];
    }
}
