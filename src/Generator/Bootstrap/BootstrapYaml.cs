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

        if (!cluster.ApiServerCertSans.IsEmpty)
        {
            w.Map("apiServer", () => w.Strings("certSANs", cluster.ApiServerCertSans));
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
        w.Map("authentication", () => w.Map("anonymous", () => w.Bool("enabled", kubelet.AnonymousAuth)));
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
