using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kgen.Generator.Builders;
using Kgen.Model;
using Kgen.Store;
using Kgen.Store.Pki;
using Kgen.Tests.Support;

namespace Kgen.Tests.Sandbox;

/// <summary>
/// Runs a rendered user-data script as a node would, without a node: a scratch root folder the
/// script honours (<c>KGEN_ROOT</c>), recording stand-ins for every command that needs root, the
/// network or AWS (<c>stand-in.sh</c> under each name in <c>root/usr/bin</c>), and a
/// <c>file://</c> config store holding a real cluster CA. Real bash, coreutils, openssl and
/// sha256sum do the rest.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class NodeSandbox : IDisposable
{
    public const string Cluster = "sandbox.k8s.local";
    /// <summary>The token the stand-in <c>kubeadm token create</c> prints (a control-plane node's own join).</summary>
    public const string JoinToken = "joinme.0123456789abcdef";

    /// <summary>The token the stand-in <c>kubeadm token generate</c> prints (the first node's init).</summary>
    public const string InitToken = "initme.0123456789abcdef";

    /// <summary>The Secrets encryption key in the sandbox's store (32 bytes in base64).</summary>
    public const string StoreEncryptionKey = "c2FuZGJveC1zZWNyZXRzLWVuY3J5cHRpb24ta2V5ISE=";

    private static readonly string[] StandIns =
    [
        "apt-get", "apt-cache", "apt-mark", "dpkg", "gpg", "modprobe", "sysctl", "swapoff", "systemctl", "containerd",
        "crictl", "kubeadm", "kubectl", "aws", "curl", "mount", "mountpoint", "blkid", "mkfs.ext4", "sleep", "tar",
        "sshd", "unattended-upgrade", "ctr", "chown", "gpgv", "unzip",
    ];

    private static readonly Lazy<(string CertPem, string KeyPem, string Hash)> Ca = new(CreateCa);

    public NodeSandbox(string networking = "flannel", bool workerStore = false, string clusterSpecLines = "")
    {
        _clusterSpecLines = clusterSpecLines;
        Dir = Directory.CreateTempSubdirectory("kgen-sandbox-").FullName;
        foreach (var d in new[] { "usr/bin", "var/log", "run", "etc", "dev/disk/by-id", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(Root, d));
        }

        Directory.CreateDirectory(State);
        File.WriteAllText(Path.Combine(Root, "etc", "fstab"), "LABEL=cloudimg-rootfs / ext4 discard,errors=remount-ro 0 1\n");
        var standIn = Path.Combine(Repo.Root, "tests", "Kgen.Tests", "Sandbox", "stand-in.sh");
        foreach (var name in StandIns)
        {
            var target = Path.Combine(Root, "usr", "bin", name);
            File.Copy(standIn, target);
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // The config store: a worker may read only pki/ca.crt; no token is kept there.
        Directory.CreateDirectory(Path.Combine(Store, "pki", "etcd"));
        File.WriteAllText(Path.Combine(Store, "pki", "ca.crt"), Ca.Value.CertPem);
        if (!workerStore)
        {
            File.WriteAllText(Path.Combine(Store, "pki", "ca.key"), Ca.Value.KeyPem);
            foreach (var f in new[] { "front-proxy-ca.crt", "front-proxy-ca.key", "etcd/ca.crt", "etcd/ca.key", "sa.key", "sa.pub" })
            {
                File.WriteAllText(Path.Combine(Store, "pki", f), $"stand-in {f}\n");
            }

            File.WriteAllText(Path.Combine(Store, "pki", "encryption-keys"), $"key-1 {StoreEncryptionKey}\n");
        }

        // gpg shows each pinned key's download with the fingerprint kgen pins (a test may plant another).
        SetState("keys", string.Concat(BootstrapVersions.All.Where(a => a.KeyFingerprint.Length > 0)
            .Select(a => new Uri(a.KeyUrl.Replace("{minor}", "1.34", StringComparison.Ordinal)).Host + " " + a.KeyFingerprint + "\n")));
        var generated = Generator.Generator.Generate(ClusterSpec.Load(SpecText(networking), "cluster.yaml"), Generator.Target.Terraform);
        Output = generated.Files;
        StoreObjects = generated.ConfigBaseObjects.ToDictionary(o => o.Key, o => o.Content, StringComparer.Ordinal);
    }

    /// <summary>The objects kgen places in the config store (the node scripts), by key.</summary>
    public IReadOnlyDictionary<string, string> StoreObjects { get; }

    /// <summary>The sandbox folder (removed on dispose).</summary>
    public string Dir { get; }

    /// <summary>What the script sees as <c>/</c>.</summary>
    public string Root => Path.Combine(Dir, "root");

    /// <summary>The cluster's config store (<c>configBase</c>).</summary>
    public string Store => Path.Combine(Dir, "store", Cluster);

    /// <summary>Files that steer the stand-ins (see stand-in.sh).</summary>
    public string State => Path.Combine(Dir, "state");

    /// <summary>The generated files of the sandbox cluster.</summary>
    public IReadOnlyDictionary<string, string> Output { get; }

    /// <summary>The SHA-256 of the CA's public key, as kubeadm writes it.</summary>
    public static string CaHash => "sha256:" + Ca.Value.Hash;

    /// <summary>Replaces the stand-in store by the secrets kgen itself creates for the sandbox cluster.</summary>
    public void UseKgenSecrets()
    {
        Directory.Delete(Store, recursive: true);
        var cluster = ClusterSpec.Load(SpecText("flannel"), "cluster.yaml").Resolve();
        ClusterSecrets.EnsureAsync(ObjectStores.Open("file://" + Store), cluster).GetAwaiter().GetResult();
    }

    /// <summary>The stand-ins' calls, in order, one "command args…" line each.</summary>
    public IReadOnlyList<string> Calls => File.Exists(Path.Combine(Dir, "calls.log")) ? File.ReadAllLines(Path.Combine(Dir, "calls.log")) : [];

    public void SetState(string name, string content) => File.WriteAllText(Path.Combine(State, name), content);

    /// <summary>The bootstrap token ids the stand-in API holds (kubeadm init and token create add, token delete removes).</summary>
    public IReadOnlyList<string> LiveTokens => File.Exists(Path.Combine(State, "tokens")) ? File.ReadAllLines(Path.Combine(State, "tokens")) : [];

    public string ReadCaptured(string name) => File.ReadAllText(Path.Combine(Dir, name));

    /// <summary>
    /// When false (the default), <see cref="UserData"/> expects of each pinned download the SHA-256 of what the curl
    /// stand-in serves for its URL instead of the upstream file's; when true, the script keeps kgen's own digests,
    /// which the stand-in's bytes do not match.
    /// </summary>
    public bool UpstreamDigests { get; set; }

    /// <summary>With <see cref="UpstreamDigests"/>: the one URL whose real digest the script keeps (the others get the stand-ins'); null for all.</summary>
    public string? UpstreamDigestOnly { get; set; }

    /// <summary>
    /// The user data of a control-plane group (by zone letter), of the workers or of the bastions, as a node boots
    /// with it. A Kubernetes node's user data fetches its node script from the config store and checks its SHA-256:
    /// the script (with <paramref name="edit"/> applied, and the stand-ins' digests unless <see cref="UpstreamDigests"/>)
    /// is written into the sandbox's store under its own SHA-256, which the returned user data names.
    /// </summary>
    public string UserData(string group, Func<string, string>? edit = null)
    {
        var userData = Output[UserDataPath(group)];
        if (NodeupKey(userData) is not { } key)
        {
            return userData;
        }

        var script = NodeScript(group, edit);
        var sha = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        var generated = key.Split('/')[^1][..^3];
        var path = Path.Combine(Store, key.Replace(generated, sha, StringComparison.Ordinal));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, script);
        return userData.Replace(generated, sha, StringComparison.Ordinal);
    }

    /// <summary>The node script a Kubernetes group's user data fetches (with <paramref name="edit"/> applied, and the stand-ins' digests unless <see cref="UpstreamDigests"/>).</summary>
    public string NodeScript(string group, Func<string, string>? edit = null)
    {
        var script = StoreObjects[NodeupKey(Output[UserDataPath(group)]) ?? throw new ArgumentException($"{group} fetches no node script", nameof(group))];
        if (!UpstreamDigests || UpstreamDigestOnly is not null)
        {
            foreach (var artefact in BootstrapVersions.All)
            {
                foreach (var (arch, digest) in artefact.Sha256.Where(d => !UpstreamDigests || artefact.Url(d.Key) != UpstreamDigestOnly))
                {
                    script = script.Replace(digest, StandInDigest(artefact.Url(arch)), StringComparison.Ordinal);
                }
            }
        }

        return edit is null ? script : edit(script);
    }

    /// <summary>The config store key a user data names for its node script, or null (a bastion's).</summary>
    public static string? NodeupKey(string userData) => NodeScripts.Key(userData);

    private static string UserDataPath(string group) => group == "workers"
        ? $"data/aws_launch_template_workers.{Cluster}_user_data"
        : group == "bastions" ? $"data/aws_launch_template_bastions.{Cluster}_user_data"
        : $"data/aws_launch_template_{group}.masters.{Cluster}_user_data";

    /// <summary>The SHA-256 of what the curl stand-in serves for a URL (it runs in a scratch folder).</summary>
    public static string StandInDigest(string url)
    {
        var scratch = Directory.CreateTempSubdirectory("kgen-standin-").FullName;
        try
        {
            var curl = Path.Combine(scratch, "curl");
            File.Copy(Path.Combine(Repo.Root, "tests", "Kgen.Tests", "Sandbox", "stand-in.sh"), curl);
            var psi = new ProcessStartInfo("bash", [curl, "-fsSL", "-o", Path.Combine(scratch, "out"), url]) { UseShellExecute = false };
            psi.Environment["KGEN_SANDBOX"] = scratch;
            using (var process = Process.Start(psi)!)
            {
                process.WaitForExit();
            }

            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(scratch, "out"))));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Runs a script as the instance (hostname, IP, zone) would.</summary>
    public (int Exit, string Output) Run(string script, string hostname, string ip, string zone, int apiWaitAttempts = 6, string? instanceId = null, IReadOnlyDictionary<string, string>? env = null)
    {
        var path = Path.Combine(Dir, "user-data-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, script);
        return RunFile(path, new Dictionary<string, string>(env ?? new Dictionary<string, string>())
        {
            ["KGEN_FAKE_HOSTNAME"] = hostname,
            ["KGEN_FAKE_IP"] = ip,
            ["KGEN_FAKE_ZONE"] = zone,
            ["KGEN_FAKE_INSTANCE_ID"] = instanceId ?? "i-0" + ip.Replace(".", string.Empty, StringComparison.Ordinal),
            ["KGEN_API_WAIT_ATTEMPTS"] = apiWaitAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public (int Exit, string Output) RunFile(string path, IReadOnlyDictionary<string, string> env)
    {
        var psi = new ProcessStartInfo("bash", [path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Dir,
        };
        psi.Environment.Clear();
        psi.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        psi.Environment["HOME"] = Dir;
        psi.Environment["LANG"] = "C.UTF-8";
        psi.Environment["TMPDIR"] = Path.Combine(Root, "tmp");
        psi.Environment["KGEN_ROOT"] = Root;
        psi.Environment["KGEN_SANDBOX"] = Dir;
        foreach (var (k, v) in env)
        {
            psi.Environment[k] = v;
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{path} did not finish in 60 s; output so far: {stdout.Result}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Lines added to the Cluster's spec (after kubernetesVersion).</summary>
    private readonly string _clusterSpecLines;

    private string SpecText(string networking) =>
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "Kgen.Tests", "Sandbox", "cluster.yaml"))
            .Replace("  kubernetesVersion: v1.34.2\n", "  kubernetesVersion: v1.34.2\n" + _clusterSpecLines, StringComparison.Ordinal)
            .Replace("@CONFIG_BASE@", "file://" + Store, StringComparison.Ordinal)
            .Replace("@NETWORKING@", networking, StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    private static (string, string, string) CreateCa()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=kubernetes", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var hash = Convert.ToHexStringLower(SHA256.HashData(cert.PublicKey.ExportSubjectPublicKeyInfo()));
        return (cert.ExportCertificatePem() + "\n", key.ExportPkcs8PrivateKeyPem() + "\n", hash);
    }
}
