using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kgen.Model.Input;
using Kgen.Model.Spec;

namespace Kgen.Model.Defaults;

/// <summary>
/// What kgen decides for the control-plane components and the kubelet, in one place, and how the spec's fields
/// (kops' <c>kubeAPIServer</c>, <c>kubeControllerManager</c>, <c>kubeScheduler</c>, <c>kubeProxy</c>, <c>kubelet</c>,
/// <c>encryptionConfig</c>) override it. The defaults are hardened: an audit log with rotation, anonymous requests only
/// on the health and discovery paths, profiling off, Secrets encrypted in etcd, Pod Security Admission enforcing
/// baseline and warning about restricted, the kubelet's webhook authentication and authorization and its serving
/// certificate approved by the cluster. A field that weakens one of them is honoured and warned about
/// (<see cref="DiagnosticCodes.ComponentDefaultWeakened"/>) on every generation.
/// </summary>
internal static partial class ComponentDefaults
{
    /// <summary>The API server's audit log file (its folder is mounted into the API server's pod).</summary>
    public const string AuditLogPath = "/var/log/kubernetes/audit/audit.log";

    /// <summary>Days an old audit log file is kept.</summary>
    public const int AuditLogMaxAgeDays = 30;

    /// <summary>Old audit log files kept.</summary>
    public const int AuditLogMaxBackups = 10;

    /// <summary>The audit log's size in MB at which it is rotated (at most 11 files of 100 MB: 1.1 GB).</summary>
    public const int AuditLogMaxSizeMegabytes = 100;

    /// <summary>Where kgen writes its audit policy on control-plane nodes (kops' <c>auditPolicyFile</c> names another file).</summary>
    public const string AuditPolicyPath = "/etc/kubernetes/kgen/audit-policy.yaml";

    /// <summary>Pod Security Admission's level enforced where a namespace sets none.</summary>
    public const string PodSecurityEnforce = "baseline";

    /// <summary>Pod Security Admission's level warned about (and audited) where a namespace sets none.</summary>
    public const string PodSecurityWarn = "restricted";

    /// <summary>The admission plugins kgen turns on besides the API server's defaults.</summary>
    public static ImmutableArray<string> AdmissionPlugins { get; } = ["NodeRestriction"];

    /// <summary>Admission plugins whose loss weakens the cluster (turning one off is warned about).</summary>
    public static ImmutableArray<string> ProtectiveAdmissionPlugins { get; } = ["NodeRestriction", "PodSecurity", "ServiceAccount"];

    /// <summary>kube-proxy's mode.</summary>
    public const string KubeProxyMode = "iptables";

    /// <summary>When the kubelet evicts pods at once.</summary>
    public static ImmutableSortedDictionary<string, string> EvictionHard { get; } = Sorted(
        ("memory.available", "200Mi"), ("nodefs.available", "10%"), ("nodefs.inodesFree", "5%"), ("imagefs.available", "15%"));

    /// <summary>What the kubelet and containerd keep from pods.</summary>
    public static ImmutableSortedDictionary<string, string> KubeReserved { get; } = Sorted(("cpu", "100m"), ("memory", "256Mi"), ("ephemeral-storage", "1Gi"));

    /// <summary>What the OS's daemons (sshd, journald, containerd's shims, …) keep from pods.</summary>
    public static ImmutableSortedDictionary<string, string> SystemReserved { get; } = Sorted(("cpu", "100m"), ("memory", "256Mi"), ("ephemeral-storage", "1Gi"));

    /// <summary>The kubelet's authorization mode (every request is checked with the API server).</summary>
    public const string KubeletAuthorizationMode = "Webhook";

    private static readonly string[] EvictionSignals = ["memory.available", "nodefs.available", "nodefs.inodesFree", "imagefs.available", "imagefs.inodesFree", "containerfs.available", "containerfs.inodesFree", "pid.available"];
    private static readonly string[] ReservedResources = ["cpu", "memory", "ephemeral-storage", "pid"];
    private static readonly string[] ProxyModes = ["iptables", "ipvs", "nftables"];

    /// <summary>The namespaces Pod Security Admission leaves alone: kube-system and the namespaces of the CNI kgen installs (its pods need host access).</summary>
    public static ImmutableArray<string> PodSecurityExemptions(CniKind cni) =>
        cni switch
        {
            CniKind.Flannel => ["kube-flannel", "kube-system"],
            CniKind.Calico => ["calico-system", "kube-system", "tigera-operator"],
            _ => ["kube-system"],
        };

    /// <summary>kgen's defaults, with nothing overridden.</summary>
    public static ControlPlaneComponents Standard(CniKind cni) => new()
    {
        ApiServer = new ApiServerOptions
        {
            Audit = new AuditLogOptions(AuditLogPath, AuditLogMaxAgeDays, AuditLogMaxBackups, AuditLogMaxSizeMegabytes),
            Anonymous = AnonymousApiAccess.HealthAndDiscovery,
            Profiling = false,
            EncryptSecrets = true,
            PodSecurity = new PodSecurityDefaults(PodSecurityEnforce, PodSecurityWarn, PodSecurityWarn, PodSecurityExemptions(cni)),
            EnableAdmissionPlugins = AdmissionPlugins,
        },
        ControllerManager = new ControllerManagerOptions { Profiling = false },
        Scheduler = new SchedulerOptions { Profiling = false },
        KubeProxy = new KubeProxyOptions { Mode = KubeProxyMode },
    };

    /// <summary>The components as the spec sets them, over kgen's defaults; problems go to <paramref name="d"/>.</summary>
    public static (ControlPlaneComponents Components, KubeletOptions Kubelet) Apply(ClusterInput input, CniKind cni, Defaulting d)
    {
        var r = new Reader(input.Source, d);
        var x = input.Components;
        var standard = Standard(cni);
        var api = ApiServer(r, x.ApiServer, x.EncryptionConfig, standard.ApiServer);
        const string Cm = "spec.kubeControllerManager";
        var cm = x.ControllerManager;
        var controllerManager = new ControllerManagerOptions
        {
            Profiling = r.Weakening(Cm + ".enableProfiling", cm?.EnableProfiling, false, "the controller manager serves /debug/pprof (profiling) to anyone its authorization admits"),
            FeatureGates = r.Gates(Cm + ".featureGates", cm?.FeatureGates),
            Flags = Sorted(
                [.. new (string, string?)[]
                {
                    ("terminated-pod-gc-threshold", r.Positive(Cm + ".terminatedPodGCThreshold", cm?.TerminatedPodGcThreshold)),
                    ("horizontal-pod-autoscaler-sync-period", r.Duration(Cm + ".horizontalPodAutoscalerSyncPeriod", cm?.HorizontalPodAutoscalerSyncPeriod)),
                    ("horizontal-pod-autoscaler-downscale-stabilization", r.Duration(Cm + ".horizontalPodAutoscalerDownscaleStabilization", cm?.HorizontalPodAutoscalerDownscaleStabilization)),
                    ("horizontal-pod-autoscaler-cpu-initialization-period", r.Duration(Cm + ".horizontalPodAutoscalerCpuInitializationPeriod", cm?.HorizontalPodAutoscalerCpuInitializationPeriod)),
                    ("horizontal-pod-autoscaler-initial-readiness-delay", r.Duration(Cm + ".horizontalPodAutoscalerInitialReadinessDelay", cm?.HorizontalPodAutoscalerInitialReadinessDelay)),
                    ("horizontal-pod-autoscaler-tolerance", r.Decimal(Cm + ".horizontalPodAutoscalerTolerance", cm?.HorizontalPodAutoscalerTolerance)),
                }.Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!))]),
        };
        const string Sc = "spec.kubeScheduler";
        var scheduler = new SchedulerOptions
        {
            Profiling = r.Weakening(Sc + ".enableProfiling", x.Scheduler?.EnableProfiling, false, "the scheduler serves /debug/pprof (profiling) to anyone its authorization admits"),
            FeatureGates = r.Gates(Sc + ".featureGates", x.Scheduler?.FeatureGates),
        };
        var proxyMode = x.KubeProxy?.ProxyMode ?? KubeProxyMode;
        if (!ProxyModes.Contains(proxyMode, StringComparer.Ordinal))
        {
            r.Error("spec.kubeProxy.proxyMode", $"\"{proxyMode}\" is not one of {string.Join(", ", ProxyModes)}");
            proxyMode = KubeProxyMode;
        }

        var kubeProxy = new KubeProxyOptions { Mode = proxyMode, FeatureGates = r.Gates("spec.kubeProxy.featureGates", x.KubeProxy?.FeatureGates) };
        var kubelet = Kubelet(r, x.Kubelet ?? new KubeletDto { AnonymousAuth = input.KubeletAnonymousAuth });
        return (new ControlPlaneComponents { ApiServer = api, ControllerManager = controllerManager, Scheduler = scheduler, KubeProxy = kubeProxy, Weakened = [.. r.Weakened] }, kubelet);
    }

    private static ApiServerOptions ApiServer(Reader r, KubeApiServerDto? a, bool? encryption, ApiServerOptions standard)
    {
        const string P = "spec.kubeAPIServer";
        a ??= new KubeApiServerDto();
        var auditPath = a.AuditLogPath ?? AuditLogPath;
        if (auditPath != "-" && !AuditPathPattern().IsMatch(auditPath))
        {
            r.Error(P + ".auditLogPath", $"\"{auditPath}\" is not a file under /var/log/ (letters, digits, . _ - /) or - for the API server's output; kgen mounts its folder into the API server's pod");
            auditPath = AuditLogPath;
        }

        if (a.AuditPolicyFile is { } policy && policy != AuditPolicyPath)
        {
            r.Warn(P + ".auditPolicyFile", $"kgen writes its own audit policy to {AuditPolicyPath} on every control-plane node and the API server uses it; {policy} is not used (docs/node-bootstrap.md#control-plane-hardening says what it records)");
        }

        var anonymous = a.AnonymousAuth == true ? AnonymousApiAccess.Everywhere : AnonymousApiAccess.HealthAndDiscovery;
        if (anonymous == AnonymousApiAccess.Everywhere)
        {
            r.Warn(P + ".anonymousAuth", "anonymous requests reach every path of the API server, not only /livez, /readyz, /healthz and kubeadm's cluster-info; RBAC alone decides what they may read (a binding to system:anonymous or system:unauthenticated exposes it)");
        }

        var enable = new List<string>(AdmissionPlugins);
        var asked = (a.EnableAdmissionPlugins ?? []).Concat(a.AppendAdmissionPlugins ?? []).ToList();
        var disable = a.DisableAdmissionPlugins ?? [];
        foreach (var (path, list) in new[] { (P + ".enableAdmissionPlugins", asked), (P + ".disableAdmissionPlugins", disable) })
        {
            foreach (var plugin in list.Where(p => !PluginPattern().IsMatch(p)))
            {
                r.Error(path, $"\"{plugin}\" is not an admission plugin's name (such as NodeRestriction)");
            }
        }

        foreach (var both in asked.Intersect(disable, StringComparer.Ordinal))
        {
            r.Error(P + ".disableAdmissionPlugins", $"{both} is both turned on and off; keep it in one list");
        }

        foreach (var weakened in disable.Intersect(ProtectiveAdmissionPlugins, StringComparer.Ordinal))
        {
            r.Warn(P + ".disableAdmissionPlugins", $"admission plugin {weakened} is turned off: " + weakened switch
            {
                "NodeRestriction" => "a kubelet may then change other nodes and the pods on them",
                "PodSecurity" => "Pod Security Admission's defaults (enforce baseline) no longer apply",
                _ => "pods may then use service accounts and tokens the plugin would have refused",
            });
        }

        enable.AddRange(asked);
        var encrypt = encryption ?? true;
        if (!encrypt)
        {
            r.Warn("spec.encryptionConfig", "Secrets are stored in etcd unencrypted (and in its snapshots in the config store); turning it off on a cluster whose Secrets are encrypted makes them unreadable: rewrite them first (docs/node-bootstrap.md#secrets-encryption)");
        }

        return standard with
        {
            Audit = new AuditLogOptions(auditPath, r.NonNegative(P + ".auditLogMaxAge", a.AuditLogMaxAge) ?? AuditLogMaxAgeDays, r.NonNegative(P + ".auditLogMaxBackups", a.AuditLogMaxBackups) ?? AuditLogMaxBackups, r.NonNegative(P + ".auditLogMaxSize", a.AuditLogMaxSize) ?? AuditLogMaxSizeMegabytes),
            Anonymous = anonymous,
            Profiling = r.Weakening(P + ".enableProfiling", a.EnableProfiling, false, "the API server serves /debug/pprof (profiling) to anyone its authorization admits"),
            EncryptSecrets = encrypt,
            EnableAdmissionPlugins = [.. enable.Except(disable, StringComparer.Ordinal).Distinct(StringComparer.Ordinal)],
            DisableAdmissionPlugins = [.. disable.Distinct(StringComparer.Ordinal)],
            FeatureGates = r.Gates(P + ".featureGates", a.FeatureGates),
            Oidc = Oidc(r, a),
            ServiceNodePortRange = r.PortRange(P + ".serviceNodePortRange", a.ServiceNodePortRange),
            MaxRequestsInflight = r.PositiveInt(P + ".maxRequestsInflight", a.MaxRequestsInflight),
            MaxMutatingRequestsInflight = r.PositiveInt(P + ".maxMutatingRequestsInflight", a.MaxMutatingRequestsInflight),
            EventTtl = r.Duration(P + ".eventTTL", a.EventTtl),
        };
    }

    private static OidcOptions? Oidc(Reader r, KubeApiServerDto a)
    {
        const string P = "spec.kubeAPIServer";
        if (a.OidcIssuerUrl is null)
        {
            if (a.OidcClientId is not null || a.OidcUsernameClaim is not null || a.OidcGroupsClaim is not null || a.OidcRequiredClaim is not null)
            {
                r.Error(P + ".oidcIssuerURL", "the oidc* fields need oidcIssuerURL, the https:// URL of the issuer");
            }

            return null;
        }

        if (!Uri.TryCreate(a.OidcIssuerUrl, UriKind.Absolute, out var issuer) || issuer.Scheme != Uri.UriSchemeHttps || issuer.Query.Length > 0 || issuer.Fragment.Length > 0)
        {
            r.Error(P + ".oidcIssuerURL", $"\"{a.OidcIssuerUrl}\" is not an https:// URL without query or fragment");
        }

        if (string.IsNullOrEmpty(a.OidcClientId))
        {
            r.Error(P + ".oidcClientID", "an OIDC issuer needs oidcClientID, the audience its tokens carry");
        }

        var claims = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var c in a.OidcRequiredClaim ?? [])
        {
            var cut = c.IndexOf('=', StringComparison.Ordinal);
            if (cut <= 0)
            {
                r.Error(P + ".oidcRequiredClaim", $"\"{c}\" is not claim=value");
                continue;
            }

            claims[c[..cut]] = c[(cut + 1)..];
        }

        // The flags' defaults: sub, prefixed with the issuer URL and # unless the claim is email; "-" for no prefix.
        var claim = a.OidcUsernameClaim ?? "sub";
        var prefix = a.OidcUsernamePrefix switch
        {
            "-" => string.Empty,
            null => claim == "email" ? string.Empty : a.OidcIssuerUrl + "#",
            var p => p,
        };
        return new OidcOptions
        {
            IssuerUrl = a.OidcIssuerUrl,
            ClientId = a.OidcClientId ?? string.Empty,
            UsernameClaim = claim,
            UsernamePrefix = prefix,
            GroupsClaim = a.OidcGroupsClaim,
            GroupsPrefix = a.OidcGroupsPrefix ?? string.Empty,
            RequiredClaims = claims.ToImmutable(),
        };
    }

    private static KubeletOptions Kubelet(Reader r, KubeletDto k)
    {
        const string P = "spec.kubelet";
        var anonymous = k.AnonymousAuth ?? false;
        if (anonymous)
        {
            r.Warn(P + ".anonymousAuth", "the kubelet answers anonymous requests on port 10250; its authorization (Webhook) still asks the API server, which grants system:anonymous nothing unless RBAC says so");
        }

        var webhook = r.Weakening(P + ".authenticationTokenWebhook", k.AuthenticationTokenWebhook.HasValue ? !k.AuthenticationTokenWebhook.Value : null, false,
            "the kubelet does not check bearer tokens with the API server: service-account and user tokens no longer authenticate to it") is false;
        var mode = k.AuthorizationMode ?? KubeletAuthorizationMode;
        if (mode is not (KubeletAuthorizationMode or "AlwaysAllow"))
        {
            r.Error(P + ".authorizationMode", $"\"{mode}\" is not Webhook or AlwaysAllow");
            mode = KubeletAuthorizationMode;
        }
        else if (mode == "AlwaysAllow")
        {
            r.Warn(P + ".authorizationMode", "the kubelet allows every authenticated request (exec into any pod on the node, read its logs and secrets' volumes) without asking the API server");
        }

        var high = r.Percent(P + ".imageGCHighThresholdPercent", k.ImageGcHighThresholdPercent);
        var low = r.Percent(P + ".imageGCLowThresholdPercent", k.ImageGcLowThresholdPercent);
        if ((high ?? 85) <= (low ?? 80))
        {
            r.Error(P + ".imageGCLowThresholdPercent", $"imageGCLowThresholdPercent ({low ?? 80}) must be below imageGCHighThresholdPercent ({high ?? 85})");
        }

        return new KubeletOptions(anonymous)
        {
            WebhookAuthentication = webhook,
            AuthorizationMode = mode,
            MaxPods = r.PositiveInt(P + ".maxPods", k.MaxPods),
            EvictionHard = k.EvictionHard is { } eviction ? r.Eviction(P + ".evictionHard", eviction) : EvictionHard,
            KubeReserved = k.KubeReserved is { } kube ? r.Reserved(P + ".kubeReserved", kube) : KubeReserved,
            SystemReserved = k.SystemReserved is { } system ? r.Reserved(P + ".systemReserved", system) : SystemReserved,
            FeatureGates = r.Gates(P + ".featureGates", k.FeatureGates),
            ImageGcHighThresholdPercent = high,
            ImageGcLowThresholdPercent = low,
            SerializeImagePulls = k.SerializeImagePulls,
        };
    }

    private static ImmutableSortedDictionary<string, string> Sorted(params (string Key, string Value)[] entries) =>
        entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    [GeneratedRegex(@"^/var/log/([A-Za-z0-9._-]+/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$")]
    private static partial Regex AuditPathPattern();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PluginPattern();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex GatePattern();

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?%$")]
    private static partial Regex PercentPattern();

    /// <summary>Reads values, reporting problems and weakenings at the field's path.</summary>
    private sealed class Reader(ISourceLocator at, Defaulting d)
    {
        public List<Diagnostic> Weakened { get; } = [];

        public void Error(string path, string message) => d.Error(at, DiagnosticCodes.ComponentSettingInvalid, path, message);

        public void Warn(string path, string message) =>
            Weakened.Add(at.Error(DiagnosticCodes.ComponentDefaultWeakened, path, "weakens kgen's default: " + message) with { Severity = Severity.Warning });

        /// <summary>A switch whose value other than <paramref name="safe"/> weakens the default.</summary>
        public bool Weakening(string path, bool? value, bool safe, string what)
        {
            if (value is { } v && v != safe)
            {
                Warn(path, what);
                return v;
            }

            return value ?? safe;
        }

        public ImmutableSortedDictionary<string, bool> Gates(string path, Dictionary<string, string>? gates)
        {
            var result = ImmutableSortedDictionary.CreateBuilder<string, bool>(StringComparer.Ordinal);
            foreach (var (name, value) in gates ?? [])
            {
                if (!GatePattern().IsMatch(name) || value is not ("true" or "false"))
                {
                    Error(path, $"{name}: \"{value}\" is not a feature gate (a name such as InPlacePodVerticalScaling, set to \"true\" or \"false\")");
                    continue;
                }

                result[name] = value == "true";
            }

            return result.ToImmutable();
        }

        public string? Duration(string path, string? text)
        {
            if (text is null || DurationPattern().IsMatch(text))
            {
                return text;
            }

            Error(path, $"\"{text}\" is not a duration such as 30s, 5m or 1h0m0s");
            return null;
        }

        public string? Decimal(string path, string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                return value.ToString(CultureInfo.InvariantCulture);
            }

            Error(path, $"\"{text}\" is not a non-negative decimal number such as 0.1");
            return null;
        }

        public string? Positive(string path, int? value) => PositiveInt(path, value)?.ToString(CultureInfo.InvariantCulture);

        public int? PositiveInt(string path, int? value)
        {
            if (value is { } v && v <= 0)
            {
                Error(path, $"{v} is not a positive number");
                return null;
            }

            return value;
        }

        public int? NonNegative(string path, int? value)
        {
            if (value is { } v && v < 0)
            {
                Error(path, $"{v} is negative");
                return null;
            }

            return value;
        }

        public int? Percent(string path, int? value)
        {
            if (value is { } v && v is < 0 or > 100)
            {
                Error(path, $"{v} is not a percentage from 0 to 100");
                return null;
            }

            return value;
        }

        public string? PortRange(string path, string? text)
        {
            if (text is null)
            {
                return null;
            }

            var parts = text.Split('-');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var low)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var high) && low > 0 && low < high && high <= 65535)
            {
                return text;
            }

            Error(path, $"\"{text}\" is not a port range such as 30000-32767");
            return null;
        }

        public ImmutableSortedDictionary<string, string> Eviction(string path, string text)
        {
            var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var cut = part.IndexOf('<', StringComparison.Ordinal);
                var signal = cut > 0 ? part[..cut] : part;
                var value = cut > 0 ? part[(cut + 1)..] : string.Empty;
                if (!EvictionSignals.Contains(signal, StringComparer.Ordinal) || !(QuantityPattern().IsMatch(value) || PercentPattern().IsMatch(value)))
                {
                    Error(path, $"\"{part}\" is not signal<threshold (signals: {string.Join(", ", EvictionSignals)}; a quantity such as 100Mi or a percentage such as 10%)");
                    continue;
                }

                result[signal] = value;
            }

            return result.ToImmutable();
        }

        public ImmutableSortedDictionary<string, string> Reserved(string path, Dictionary<string, string> reserved)
        {
            var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (resource, value) in reserved)
            {
                if (!ReservedResources.Contains(resource, StringComparer.Ordinal) || !QuantityPattern().IsMatch(value))
                {
                    Error(path, $"{resource}: \"{value}\" is not a reservation ({string.Join(", ", ReservedResources)}, each a quantity such as 100m or 256Mi)");
                    continue;
                }

                result[resource] = value;
            }

            return result.ToImmutable();
        }
    }
}
