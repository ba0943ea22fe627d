using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Kgen.Generator.Bootstrap;

/// <summary>
/// Writes the bootstrap documents as YAML, deterministically: keys in the order written here (kubeadm's
/// and the kubelet's field names), every string double-quoted (so no value is ever read as a number, a
/// boolean or YAML syntax), numbers and booleans plain, two-space indents, LF line ends, and several
/// documents separated by <c>---</c>. YamlDotNet's emitter does the quoting and escaping.
/// </summary>
internal static class BootstrapYaml
{
    private const string KubeadmApi = "kubeadm.k8s.io/v1beta4";
    private const string KubeletApi = "kubelet.config.k8s.io/v1beta1";

    /// <summary>What <c>kubeadm init --config</c> reads: the init, cluster and kubelet documents.</summary>
    public static string Init(InitConfiguration init, ClusterConfiguration cluster, KubeletConfiguration kubelet) =>
        Documents(w => Write(w, init), w => Write(w, cluster), w => Write(w, kubelet));

    /// <summary>What <c>kubeadm join --config</c> reads.</summary>
    public static string Join(JoinConfiguration join) => Documents(w => Write(w, join));

    /// <summary>A lone cluster document (what <c>kubeadm kubeconfig user --config</c> reads).</summary>
    public static string Cluster(ClusterConfiguration cluster) => Documents(w => Write(w, cluster));

    /// <summary>A lone kubelet document.</summary>
    public static string Kubelet(KubeletConfiguration kubelet) => Documents(w => Write(w, kubelet));

    /// <summary>A Go duration in whole seconds (<c>60s</c>), as the kubelet reads <c>metav1.Duration</c>.</summary>
    public static string Duration(TimeSpan span) =>
        span.Ticks % TimeSpan.TicksPerSecond == 0 && span >= TimeSpan.Zero
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)span.TotalSeconds}s")
            : throw new ArgumentOutOfRangeException(nameof(span), span, "bootstrap durations are whole, non-negative seconds");

    private static string Documents(params Action<Writer>[] documents)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, 1024, false, true, "\n", false));
        emitter.Emit(new StreamStart());
        var w = new Writer(emitter);
        foreach (var document in documents)
        {
            emitter.Emit(new DocumentStart(null, null, isImplicit: ReferenceEquals(document, documents[0])));
            emitter.Emit(new MappingStart());
            document(w);
            emitter.Emit(new MappingEnd());
            emitter.Emit(new DocumentEnd(isImplicit: true));
        }

        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Write(Writer w, InitConfiguration init)
    {
        w.Str("apiVersion", KubeadmApi).Str("kind", "InitConfiguration");
        w.Seq("bootstrapTokens", init.BootstrapTokens, t => w
            .Str("token", t.Token)
            .Str("ttl", t.Ttl)
            .Str("description", t.Description)
            .Strings("usages", t.Usages)
            .Strings("groups", t.Groups));
        w.Map("localAPIEndpoint", () => Write(w, init.LocalApiEndpoint));
        Write(w, init.NodeRegistration);
    }

    private static void Write(Writer w, ClusterConfiguration cluster)
    {
        w.Str("apiVersion", KubeadmApi).Str("kind", "ClusterConfiguration")
            .Str("clusterName", cluster.ClusterName)
            .Str("kubernetesVersion", cluster.KubernetesVersion)
            .Str("controlPlaneEndpoint", cluster.ControlPlaneEndpoint)
            .Str("certificatesDir", cluster.CertificatesDir);
        if (cluster.Networking is { } n)
        {
            w.Map("networking", () => w.Str("podSubnet", n.PodSubnet).Str("serviceSubnet", n.ServiceSubnet));
        }

        if (cluster.EtcdDataDir is { } dataDir)
        {
            w.Map("etcd", () => w.Map("local", () => w.Str("dataDir", dataDir)));
        }

        if (!cluster.ApiServerCertSans.IsEmpty || cluster.TokenWebhook is not null)
        {
            w.Map("apiServer", () =>
            {
                if (!cluster.ApiServerCertSans.IsEmpty)
                {
                    w.Strings("certSANs", cluster.ApiServerCertSans);
                }

                if (cluster.TokenWebhook is { } webhook)
                {
                    w.Seq("extraArgs", [webhook], h => w.Str("name", "authentication-token-webhook-config-file").Str("value", h.ConfigFile));
                    w.Seq("extraVolumes", [webhook], h => w.Str("name", "aws-iam-authenticator").Str("hostPath", h.Directory).Str("mountPath", h.Directory)
                        .Bool("readOnly", true).Str("pathType", "Directory"));
                }
            });
        }
    }

    private static void Write(Writer w, JoinConfiguration join)
    {
        w.Str("apiVersion", KubeadmApi).Str("kind", "JoinConfiguration");
        w.Map("discovery", () => w.Map("bootstrapToken", () => w
            .Str("apiServerEndpoint", join.Discovery.ApiServerEndpoint)
            .Str("token", join.Discovery.Token)
            .Strings("caCertHashes", join.Discovery.CaCertHashes)));
        if (join.ControlPlane is { } local)
        {
            w.Map("controlPlane", () => w.Map("localAPIEndpoint", () => Write(w, local)));
        }

        Write(w, join.NodeRegistration);
    }

    private static void Write(Writer w, LocalApiEndpoint local) =>
        w.Str("advertiseAddress", local.AdvertiseAddress).Int("bindPort", local.BindPort);

    private static void Write(Writer w, NodeRegistration registration) => w.Map("nodeRegistration", () =>
    {
        w.Str("name", registration.Name).Str("criSocket", registration.CriSocket);
        w.Seq("kubeletExtraArgs", registration.KubeletExtraArgs, a => w.Str("name", a.Name).Str("value", a.Value));
        w.Seq("taints", registration.Taints, t =>
        {
            w.Str("key", t.Key);
            if (t.Value.Length > 0)
            {
                w.Str("value", t.Value);
            }

            w.Str("effect", t.Effect);
        });
    });

    private static void Write(Writer w, KubeletConfiguration kubelet)
    {
        w.Str("apiVersion", KubeletApi).Str("kind", "KubeletConfiguration")
            .Str("cgroupDriver", kubelet.CgroupDriver);
        w.Map("authentication", () =>
        {
            w.Map("anonymous", () => w.Bool("enabled", kubelet.AnonymousAuth));
            if (kubelet.Standalone is { } own)
            {
                w.Map("webhook", () => w.Bool("enabled", true));
                w.Map("x509", () => w.Str("clientCAFile", own.ClientCaFile));
            }
        });
        if (kubelet.Standalone is { } standalone)
        {
            w.Map("authorization", () => w.Str("mode", "Webhook"));
            w.Strings("clusterDNS", [standalone.ClusterDns]).Str("clusterDomain", standalone.ClusterDomain)
                .Str("resolvConf", standalone.ResolvConf).Bool("rotateCertificates", standalone.RotateCertificates);
        }

        w.Map("systemReserved", () => Write(w, kubelet.SystemReserved));
        w.Map("kubeReserved", () => Write(w, kubelet.KubeReserved));
        w.Map("evictionHard", () => w
            .Str("memory.available", kubelet.EvictionHard.MemoryAvailable)
            .Str("nodefs.available", kubelet.EvictionHard.NodefsAvailable)
            .Str("nodefs.inodesFree", kubelet.EvictionHard.NodefsInodesFree)
            .Str("imagefs.available", kubelet.EvictionHard.ImagefsAvailable));
        w.Str("shutdownGracePeriod", Duration(kubelet.ShutdownGracePeriod))
            .Str("shutdownGracePeriodCriticalPods", Duration(kubelet.ShutdownGracePeriodCriticalPods));
    }

    /// <summary>aws-iam-authenticator's server configuration (<c>aws-iam-authenticator server --config</c>).</summary>
    public static string Authenticator(AuthenticatorConfig config) => Documents(w =>
    {
        w.Str("clusterID", config.ClusterId);
        w.Map("server", () =>
        {
            w.Str("address", NodeIdentity.Address).Int("port", NodeIdentity.Port).Str("stateDir", NodeIdentity.StateDirectory)
                .Bool("kubeconfigPregenerated", true).Str("partition", config.Partition).Strings("backendMode", ["MountedFile"]);
            w.Seq("mapRoles", config.MapRoles, m => w.Str("rolearn", m.RoleArn).Str("username", m.Username).Strings("groups", m.Groups));
        });
    });

    /// <summary>The API server's token webhook kubeconfig: the authenticator on this node, trusted through its own certificate only.</summary>
    public static string WebhookKubeconfig() => Documents(w =>
    {
        w.Str("apiVersion", "v1").Str("kind", "Config");
        w.Seq("clusters", [0], _ => w.Str("name", "aws-iam-authenticator").Map("cluster", () => w
            .Str("certificate-authority", NodeIdentity.WebhookCertificate)
            .Str("server", string.Create(CultureInfo.InvariantCulture, $"https://{NodeIdentity.Address}:{NodeIdentity.Port}/authenticate"))));
        w.Seq("users", [0], _ => w.Str("name", "kube-apiserver").Map("user", () => { }));
        w.Seq("contexts", [0], _ => w.Str("name", "webhook").Map("context", () => w.Str("cluster", "aws-iam-authenticator").Str("user", "kube-apiserver")));
        w.Str("current-context", "webhook");
    });

    /// <summary>The authenticator's static pod: host network, the pinned image, its configuration and state read-only, nonroot.</summary>
    public static string AuthenticatorPod(string image) => Documents(w =>
    {
        w.Str("apiVersion", "v1").Str("kind", "Pod");
        w.Map("metadata", () => w.Str("name", "aws-iam-authenticator").Str("namespace", "kube-system")
            .Map("labels", () => w.Str("component", "aws-iam-authenticator")));
        w.Map("spec", () =>
        {
            w.Bool("hostNetwork", true).Str("priorityClassName", "system-node-critical");
            w.Map("securityContext", () => w.Int("runAsUser", NodeIdentity.ImageUser).Map("seccompProfile", () => w.Str("type", "RuntimeDefault")));
            w.Seq("containers", [image], i =>
            {
                w.Str("name", "aws-iam-authenticator").Str("image", i).Strings("args", ["server", "--config=" + NodeIdentity.ConfigFile]);
                w.Map("securityContext", () => w.Bool("allowPrivilegeEscalation", false).Bool("readOnlyRootFilesystem", true)
                    .Map("capabilities", () => w.Strings("drop", ["ALL"])));
                w.Map("resources", () => w.Map("requests", () => w.Str("cpu", "10m").Str("memory", "20Mi")));
                w.Seq("volumeMounts", [NodeIdentity.WebhookDirectory, NodeIdentity.StateDirectory], d => w
                    .Str("name", d == NodeIdentity.StateDirectory ? "state" : "config").Str("mountPath", d).Bool("readOnly", true));
            });
            w.Seq("volumes", [NodeIdentity.WebhookDirectory, NodeIdentity.StateDirectory], d => w
                .Str("name", d == NodeIdentity.StateDirectory ? "state" : "config").Map("hostPath", () => w.Str("path", d).Str("type", "Directory")));
        });
    });

    /// <summary>A kubeconfig whose user runs a credential plugin.</summary>
    public static string Kubeconfig(ExecKubeconfig k) => Documents(w =>
    {
        w.Str("apiVersion", "v1").Str("kind", "Config");
        w.Seq("clusters", [k], c => w.Str("name", c.Cluster).Map("cluster", () => w.Str("certificate-authority", c.CaFile).Str("server", c.Server)));
        w.Seq("users", [k], c => w.Str("name", "kubelet").Map("user", () => w.Map("exec", () =>
        {
            w.Str("apiVersion", NodeIdentity.ExecApiVersion).Str("command", c.Command).Strings("args", c.Args);
            w.Seq("env", c.Env, e => w.Str("name", e.Name).Str("value", e.Value));
            w.Str("interactiveMode", "Never").Bool("provideClusterInfo", false);
        })));
        w.Seq("contexts", [k], c => w.Str("name", "kubelet").Map("context", () => w.Str("cluster", c.Cluster).Str("user", "kubelet")));
        w.Str("current-context", "kubelet");
    });

    /// <summary>A worker's kubelet unit drop-in: its whole command line, flags in order.</summary>
    public static string KubeletUnit(IEnumerable<KubeletArg> flags) =>
        "# Managed by kgen: this worker's kubelet, under its own name, with its AWS identity and no bootstrap kubeconfig.\n" +
        "[Service]\nExecStart=\nExecStart=" + NodeIdentity.KubeletBinary + " " + string.Join(' ', flags.Select(f => $"--{f.Name}={f.Value}")) + "\n";

    private static void Write(Writer w, ResourceReservation r) =>
        w.Str("cpu", r.Cpu).Str("memory", r.Memory).Str("ephemeral-storage", r.EphemeralStorage);

    /// <summary>Emits keys and values into the current mapping.</summary>
    private sealed class Writer(IEmitter emitter)
    {
        public Writer Str(string key, string value) => Key(key).Scalar(value, ScalarStyle.DoubleQuoted);

        public Writer Int(string key, int value) => Key(key).Scalar(value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain);

        public Writer Bool(string key, bool value) => Key(key).Scalar(value ? "true" : "false", ScalarStyle.Plain);

        public Writer Strings(string key, IEnumerable<string> values)
        {
            Key(key);
            emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
            foreach (var v in values)
            {
                Scalar(v, ScalarStyle.DoubleQuoted);
            }

            emitter.Emit(new SequenceEnd());
            return this;
        }

        public Writer Map(string key, Action body)
        {
            Key(key);
            emitter.Emit(new MappingStart());
            body();
            emitter.Emit(new MappingEnd());
            return this;
        }

        /// <summary>A sequence of mappings (<c>[]</c> when empty).</summary>
        public Writer Seq<T>(string key, IReadOnlyCollection<T> items, Action<T> body)
        {
            Key(key);
            emitter.Emit(new SequenceStart(null, null, isImplicit: true, items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
            foreach (var item in items)
            {
                emitter.Emit(new MappingStart());
                body(item);
                emitter.Emit(new MappingEnd());
            }

            emitter.Emit(new SequenceEnd());
            return this;
        }

        private Writer Key(string key) => Scalar(key, ScalarStyle.Plain);

        private Writer Scalar(string value, ScalarStyle style)
        {
            emitter.Emit(new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true));
            return this;
        }
    }
}
