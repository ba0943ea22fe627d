using System.Collections.Immutable;
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

    /// <summary>What <c>kubeadm init --config</c> reads: the init, cluster, kubelet and kube-proxy documents.</summary>
    public static string Init(InitConfiguration init, ClusterConfiguration cluster, KubeletConfiguration kubelet, KubeProxyConfiguration proxy) =>
        Documents(w => Write(w, init), w => Write(w, cluster), w => Write(w, kubelet), w => Write(w, proxy));

    /// <summary>An audit policy.</summary>
    public static string Audit(AuditPolicy policy) => Documents(w =>
    {
        w.Str("apiVersion", "audit.k8s.io/v1").Str("kind", "Policy").Flow("omitStages", policy.OmitStages);
        w.Seq("rules", policy.Rules, r =>
        {
            w.Str("level", r.Level).FlowIf("users", r.Users).FlowIf("userGroups", r.UserGroups).FlowIf("verbs", r.Verbs);
            if (!r.Resources.IsEmpty)
            {
                w.Seq("resources", r.Resources, g => w.Str("group", g.Group).FlowIf("resources", g.Resources), flow: true);
            }

            w.FlowIf("nonResourceURLs", r.NonResourceUrls);
        });
    });

    /// <summary>The admission configuration: Pod Security Admission's defaults.</summary>
    public static string Admission(AdmissionConfiguration admission) => Documents(w =>
    {
        var p = admission.PodSecurity;
        w.Str("apiVersion", "apiserver.config.k8s.io/v1").Str("kind", "AdmissionConfiguration");
        w.Seq("plugins", [p], _ => w.Str("name", "PodSecurity").Map("configuration", () =>
        {
            w.Str("apiVersion", "pod-security.admission.config.k8s.io/v1").Str("kind", "PodSecurityConfiguration");
            w.Map("defaults", () => w.Str("enforce", p.Enforce).Str("enforce-version", "latest").Str("audit", p.Audit).Str("audit-version", "latest")
                .Str("warn", p.Warn).Str("warn-version", "latest"));
            w.Map("exemptions", () => w.Flow("usernames", []).Flow("runtimeClasses", []).Flow("namespaces", p.ExemptNamespaces));
        }));
    });

    /// <summary>The structured authentication configuration: anonymous paths and an OIDC issuer.</summary>
    public static string Authentication(AuthenticationConfiguration auth) => Documents(w =>
    {
        w.Str("apiVersion", auth.ApiVersion).Str("kind", "AuthenticationConfiguration");
        w.Map("anonymous", () =>
        {
            w.Bool("enabled", true);
            if (!auth.AnonymousPaths.IsEmpty)
            {
                w.Seq("conditions", auth.AnonymousPaths, path => w.Str("path", path), flow: true);
            }
        });
        var issuers = auth.Oidc is { } o ? new[] { o } : [];
        w.Seq("jwt", issuers, o =>
        {
            w.Map("issuer", () => w.Str("url", o.IssuerUrl).Flow("audiences", [o.ClientId]));
            w.Map("claimMappings", () =>
            {
                w.Map("username", () => w.Str("claim", o.UsernameClaim).Str("prefix", o.UsernamePrefix));
                if (o.GroupsClaim is { } groups)
                {
                    w.Map("groups", () => w.Str("claim", groups).Str("prefix", o.GroupsPrefix));
                }
            });
            if (!o.RequiredClaims.IsEmpty)
            {
                w.Seq("claimValidationRules", o.RequiredClaims, r => w.Str("claim", r.Key).Str("requiredValue", r.Value));
            }
        });
    });

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
            // No podSubnet (the Amazon VPC CNI): kubeadm then allocates no node pod ranges and gives kube-proxy no clusterCIDR.
            w.Map("networking", () => (n.PodSubnet.Length == 0 ? w : w.Str("podSubnet", n.PodSubnet)).Str("serviceSubnet", n.ServiceSubnet));
        }

        if (cluster.EtcdDataDir is { } dataDir)
        {
            w.Map("etcd", () => w.Map("local", () => w.Str("dataDir", dataDir)));
        }

        if (!cluster.ApiServerCertSans.IsEmpty || !cluster.ApiServerExtraArgs.IsEmpty)
        {
            w.Map("apiServer", () =>
            {
                w.StringsIf("certSANs", cluster.ApiServerCertSans);
                Args(w, cluster.ApiServerExtraArgs);
                if (!cluster.ApiServerExtraVolumes.IsEmpty)
                {
                    w.Seq("extraVolumes", cluster.ApiServerExtraVolumes, v => w.Str("name", v.Name).Str("hostPath", v.HostPath).Str("mountPath", v.MountPath)
                        .Bool("readOnly", v.ReadOnly).Str("pathType", v.PathType));
                }
            });
        }

        if (!cluster.ControllerManagerExtraArgs.IsEmpty)
        {
            w.Map("controllerManager", () => Args(w, cluster.ControllerManagerExtraArgs));
        }

        if (!cluster.SchedulerExtraArgs.IsEmpty)
        {
            w.Map("scheduler", () => Args(w, cluster.SchedulerExtraArgs));
        }
    }

    private static void Args(Writer w, ImmutableArray<ExtraArg> args)
    {
        if (!args.IsEmpty)
        {
            w.Seq("extraArgs", args, a => w.Str("name", a.Name).Str("value", a.Value));
        }
    }

    private static void Write(Writer w, KubeProxyConfiguration proxy)
    {
        w.Str("apiVersion", "kubeproxy.config.k8s.io/v1alpha1").Str("kind", "KubeProxyConfiguration").Str("mode", proxy.Mode);
        Gates(w, proxy.FeatureGates);
    }

    private static void Gates(Writer w, ImmutableSortedDictionary<string, bool> gates)
    {
        if (!gates.IsEmpty)
        {
            w.Map("featureGates", () =>
            {
                foreach (var (name, on) in gates)
                {
                    w.Bool(name, on);
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
            w.Map("webhook", () => w.Bool("enabled", kubelet.WebhookAuthentication));
            if (kubelet.Standalone is { } own)
            {
                w.Map("x509", () => w.Str("clientCAFile", own.ClientCaFile));
            }
        });
        w.Map("authorization", () => w.Str("mode", kubelet.AuthorizationMode));
        w.Bool("serverTLSBootstrap", kubelet.ServerTlsBootstrap);
        if (kubelet.Standalone is { } standalone)
        {
            w.Strings("clusterDNS", [standalone.ClusterDns]).Str("clusterDomain", standalone.ClusterDomain)
                .Str("resolvConf", standalone.ResolvConf).Bool("rotateCertificates", standalone.RotateCertificates);
        }
        w.Map("systemReserved", () => Write(w, kubelet.SystemReserved));
        w.Map("kubeReserved", () => Write(w, kubelet.KubeReserved));
        w.Map("evictionHard", () => Write(w, kubelet.EvictionHard));
        if (kubelet.MaxPods is { } maxPods)
        {
            w.Int("maxPods", maxPods);
        }

        if (kubelet.ImageGcHighThresholdPercent is { } high)
        {
            w.Int("imageGCHighThresholdPercent", high);
        }

        if (kubelet.ImageGcLowThresholdPercent is { } low)
        {
            w.Int("imageGCLowThresholdPercent", low);
        }

        if (kubelet.SerializeImagePulls is { } serialize)
        {
            w.Bool("serializeImagePulls", serialize);
        }

        Gates(w, kubelet.FeatureGates);
        w.Str("shutdownGracePeriod", Duration(kubelet.ShutdownGracePeriod))
            .Str("shutdownGracePeriodCriticalPods", Duration(kubelet.ShutdownGracePeriodCriticalPods));
    }

    private static void Write(Writer w, ImmutableSortedDictionary<string, string> values)
    {
        foreach (var (key, value) in values)
        {
            w.Str(key, value);
        }
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

    /// <summary>
    /// The kubelet's CredentialProviderConfig: the ECR credential provider for ECR's registries (every partition's and
    /// FIPS' names), its answers cached 12 hours (ECR's tokens last 12), in the cluster's region.
    /// </summary>
    public static string CredentialProviders(string region) => Documents(w =>
    {
        w.Str("apiVersion", "kubelet.config.k8s.io/v1").Str("kind", "CredentialProviderConfig");
        w.Seq("providers", [region], r =>
        {
            w.Str("name", BootstrapDefaults.EcrCredentialProviderName);
            w.Strings("matchImages", ["*.dkr.ecr.*.amazonaws.com", "*.dkr.ecr.*.amazonaws.com.cn", "*.dkr.ecr-fips.*.amazonaws.com"]);
            w.Str("defaultCacheDuration", "12h0m0s");
            w.Str("apiVersion", "credentialprovider.kubelet.k8s.io/v1");
            w.Strings("args", ["get-credentials"]);
            w.Seq("env", [r], v => w.Str("name", "AWS_REGION").Str("value", v));
        });
    });

    /// <summary>A worker's kubelet unit drop-in: its whole command line, flags in order.</summary>
    public static string KubeletUnit(IEnumerable<KubeletArg> flags) =>
        "# Managed by kgen: this worker's kubelet, under its own name, with its AWS identity and no bootstrap kubeconfig.\n" +
        "[Service]\nExecStart=\nExecStart=" + NodeIdentity.KubeletBinary + " " + string.Join(' ', flags.Select(f => $"--{f.Name}={f.Value}")) + "\n";


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

        /// <summary>A list of strings on one line (<c>["a", "b"]</c>).</summary>
        public Writer Flow(string key, IEnumerable<string> values)
        {
            Key(key);
            emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
            foreach (var v in values)
            {
                Scalar(v, ScalarStyle.DoubleQuoted);
            }

            emitter.Emit(new SequenceEnd());
            return this;
        }

        /// <summary>A list of strings on one line, left out when empty.</summary>
        public Writer FlowIf(string key, ImmutableArray<string> values) => values.IsEmpty ? this : Flow(key, values);

        /// <summary>A list of strings, left out when empty.</summary>
        public Writer StringsIf(string key, ImmutableArray<string> values) => values.IsEmpty ? this : Strings(key, values);

        public Writer Map(string key, Action body)
        {
            Key(key);
            emitter.Emit(new MappingStart());
            body();
            emitter.Emit(new MappingEnd());
            return this;
        }

        /// <summary>A sequence of mappings (<c>[]</c> when empty).</summary>
        public Writer Seq<T>(string key, IReadOnlyCollection<T> items, Action<T> body, bool flow = false)
        {
            Key(key);
            emitter.Emit(new SequenceStart(null, null, isImplicit: true, items.Count == 0 || flow ? SequenceStyle.Flow : SequenceStyle.Block));
            foreach (var item in items)
            {
                emitter.Emit(new MappingStart(null, null, isImplicit: true, flow ? MappingStyle.Flow : MappingStyle.Any));
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
