using System.Collections.Immutable;

namespace Kgen.Model;

/// <summary>Which requests the API server lets in without credentials.</summary>
internal enum AnonymousApiAccess
{
    /// <summary>
    /// Only the health endpoints (<c>/livez</c>, <c>/readyz</c>, <c>/healthz</c>: the load balancer's health check, the
    /// kubelet's probes of the API server) and kubeadm's <c>cluster-info</c> (token discovery when a node joins), through
    /// an <c>AuthenticationConfiguration</c> on Kubernetes 1.32 and newer; before 1.32 the API server cannot restrict
    /// anonymous requests by path, so they stay on as kubeadm sets them (RBAC grants them only those reads).
    /// </summary>
    HealthAndDiscovery,

    /// <summary>Every path (kops' <c>kubeAPIServer.anonymousAuth: true</c>; RBAC decides what they may do).</summary>
    Everywhere,
}

/// <summary>
/// The control-plane components' settings (kube-apiserver, kube-controller-manager, kube-scheduler, kube-proxy), complete:
/// <see cref="Defaults.ComponentDefaults"/> decides each, a spec field may override it.
/// </summary>
internal sealed record ControlPlaneComponents
{
    /// <summary>The API server.</summary>
    public required ApiServerOptions ApiServer { get; init; }

    /// <summary>The controller manager.</summary>
    public required ControllerManagerOptions ControllerManager { get; init; }

    /// <summary>The scheduler.</summary>
    public required SchedulerOptions Scheduler { get; init; }

    /// <summary>kube-proxy.</summary>
    public required KubeProxyOptions KubeProxy { get; init; }

    /// <summary>What the spec asked that weakens kgen's defaults (honoured, and warned about on every generation).</summary>
    public ImmutableArray<Diagnostic> Weakened { get; init; } = [];
}

/// <summary>The API server's settings.</summary>
internal sealed record ApiServerOptions
{
    /// <summary>The audit log; null when the spec turned it off.</summary>
    public required AuditLogOptions? Audit { get; init; }

    /// <summary>Which requests get in without credentials.</summary>
    public required AnonymousApiAccess Anonymous { get; init; }

    /// <summary>Whether <c>/debug/pprof</c> is served (<c>--profiling</c>).</summary>
    public required bool Profiling { get; init; }

    /// <summary>Whether Secrets are encrypted in etcd with the key in the config store (<c>--encryption-provider-config</c>).</summary>
    public required bool EncryptSecrets { get; init; }

    /// <summary>Pod Security Admission's cluster-wide defaults.</summary>
    public required PodSecurityDefaults PodSecurity { get; init; }

    /// <summary>Admission plugins turned on besides the API server's defaults (NodeRestriction always).</summary>
    public required ImmutableArray<string> EnableAdmissionPlugins { get; init; }

    /// <summary>Admission plugins turned off.</summary>
    public ImmutableArray<string> DisableAdmissionPlugins { get; init; } = [];

    /// <summary>Feature gates, by name.</summary>
    public ImmutableSortedDictionary<string, bool> FeatureGates { get; init; } = ImmutableSortedDictionary.Create<string, bool>(StringComparer.Ordinal);

    /// <summary>An OIDC issuer whose tokens authenticate users; null for none.</summary>
    public OidcOptions? Oidc { get; init; }

    /// <summary>The NodePort range (<c>30000-32767</c>), or null for the API server's default.</summary>
    public string? ServiceNodePortRange { get; init; }

    /// <summary><c>--max-requests-inflight</c>, or null for the default.</summary>
    public int? MaxRequestsInflight { get; init; }

    /// <summary><c>--max-mutating-requests-inflight</c>, or null for the default.</summary>
    public int? MaxMutatingRequestsInflight { get; init; }

    /// <summary><c>--event-ttl</c> (a Go duration), or null for the default.</summary>
    public string? EventTtl { get; init; }
}

/// <summary>The API server's audit log, a file on the control-plane node rotated by the API server.</summary>
/// <param name="Path">The log file (an absolute path under <c>/var/log/</c>), or <c>-</c> for the API server's standard output.</param>
/// <param name="MaxAgeDays">Days an old log file is kept.</param>
/// <param name="MaxBackups">How many old log files are kept.</param>
/// <param name="MaxSizeMegabytes">The size at which the log is rotated.</param>
internal sealed record AuditLogOptions(string Path, int MaxAgeDays, int MaxBackups, int MaxSizeMegabytes);

/// <summary>Pod Security Admission's defaults for namespaces without labels of their own.</summary>
/// <param name="Enforce">The level pods must meet.</param>
/// <param name="Warn">The level whose violations are returned as warnings.</param>
/// <param name="Audit">The level whose violations are annotated in the audit log.</param>
/// <param name="ExemptNamespaces">Namespaces not checked (sorted).</param>
internal sealed record PodSecurityDefaults(string Enforce, string Warn, string Audit, ImmutableArray<string> ExemptNamespaces);

/// <summary>An OIDC issuer (kops' <c>oidc*</c> fields), written as a JWT authenticator.</summary>
internal sealed record OidcOptions
{
    /// <summary>The issuer's URL (https).</summary>
    public required string IssuerUrl { get; init; }

    /// <summary>The audience tokens must carry (the client id).</summary>
    public required string ClientId { get; init; }

    /// <summary>The claim that names the user.</summary>
    public required string UsernameClaim { get; init; }

    /// <summary>What is put before the user name (empty for nothing).</summary>
    public required string UsernamePrefix { get; init; }

    /// <summary>The claim that lists the user's groups, or null.</summary>
    public string? GroupsClaim { get; init; }

    /// <summary>What is put before each group.</summary>
    public string GroupsPrefix { get; init; } = string.Empty;

    /// <summary>Claims a token must carry with these values.</summary>
    public ImmutableSortedDictionary<string, string> RequiredClaims { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}

/// <summary>The controller manager's settings.</summary>
internal sealed record ControllerManagerOptions
{
    /// <summary>Whether <c>/debug/pprof</c> is served.</summary>
    public required bool Profiling { get; init; }

    /// <summary>Feature gates, by name.</summary>
    public ImmutableSortedDictionary<string, bool> FeatureGates { get; init; } = ImmutableSortedDictionary.Create<string, bool>(StringComparer.Ordinal);

    /// <summary>Other flags (<c>terminated-pod-gc-threshold</c>, <c>horizontal-pod-autoscaler-*</c>) by flag name, as the spec set them.</summary>
    public ImmutableSortedDictionary<string, string> Flags { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}

/// <summary>The scheduler's settings.</summary>
internal sealed record SchedulerOptions
{
    /// <summary>Whether <c>/debug/pprof</c> is served.</summary>
    public required bool Profiling { get; init; }

    /// <summary>Feature gates, by name.</summary>
    public ImmutableSortedDictionary<string, bool> FeatureGates { get; init; } = ImmutableSortedDictionary.Create<string, bool>(StringComparer.Ordinal);
}

/// <summary>kube-proxy's settings.</summary>
internal sealed record KubeProxyOptions
{
    /// <summary>iptables, ipvs or nftables.</summary>
    public required string Mode { get; init; }

    /// <summary>Feature gates, by name.</summary>
    public ImmutableSortedDictionary<string, bool> FeatureGates { get; init; } = ImmutableSortedDictionary.Create<string, bool>(StringComparer.Ordinal);
}
