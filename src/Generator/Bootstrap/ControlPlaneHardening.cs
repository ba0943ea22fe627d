using System.Collections.Immutable;
using System.Globalization;
using Kgen.Model;

namespace Kgen.Generator.Bootstrap;

/// <summary>An audit policy (audit.k8s.io/v1 <c>Policy</c>).</summary>
/// <param name="OmitStages">Stages never recorded.</param>
/// <param name="Rules">The rules; the first that matches a request decides its level.</param>
internal sealed record AuditPolicy(ImmutableArray<string> OmitStages, ImmutableArray<AuditRule> Rules);

/// <summary>One rule of an <see cref="AuditPolicy"/>; an empty list matches everything.</summary>
internal sealed record AuditRule
{
    /// <summary>None, Metadata, Request or RequestResponse.</summary>
    public required string Level { get; init; }

    /// <summary>Users it matches.</summary>
    public ImmutableArray<string> Users { get; init; } = [];

    /// <summary>Groups it matches.</summary>
    public ImmutableArray<string> UserGroups { get; init; } = [];

    /// <summary>Verbs it matches.</summary>
    public ImmutableArray<string> Verbs { get; init; } = [];

    /// <summary>Resources it matches, by API group.</summary>
    public ImmutableArray<GroupResources> Resources { get; init; } = [];

    /// <summary>Paths that are not resources (<c>/healthz*</c>).</summary>
    public ImmutableArray<string> NonResourceUrls { get; init; } = [];
}

/// <summary>Resources of one API group (<c>""</c> is the core group).</summary>
/// <param name="Group">The API group.</param>
/// <param name="Resources">The resources.</param>
internal sealed record GroupResources(string Group, ImmutableArray<string> Resources);

/// <summary>The API server's admission configuration (apiserver.config.k8s.io/v1 <c>AdmissionConfiguration</c>): Pod Security Admission's defaults.</summary>
/// <param name="PodSecurity">The defaults and exemptions.</param>
internal sealed record AdmissionConfiguration(PodSecurityDefaults PodSecurity);

/// <summary>The API server's structured authentication (apiserver.config.k8s.io <c>AuthenticationConfiguration</c>).</summary>
/// <param name="ApiVersion">v1 from Kubernetes 1.34, v1beta1 before.</param>
/// <param name="AnonymousPaths">The only paths anonymous requests may reach; empty for every path.</param>
/// <param name="Oidc">A JWT issuer, or null.</param>
internal sealed record AuthenticationConfiguration(string ApiVersion, ImmutableArray<string> AnonymousPaths, OidcOptions? Oidc);

/// <summary>A file kgen writes on every control-plane node before kubeadm runs.</summary>
/// <param name="Path">Where.</param>
/// <param name="Content">What (YAML).</param>
internal sealed record ControlPlaneFile(string Path, string Content);

/// <summary>
/// The control plane's hardening, decided from the model (<see cref="ControlPlaneComponents"/>, whose defaults are
/// <c>ComponentDefaults</c>'): the API server's, controller manager's and scheduler's flags, the host paths the API
/// server's pod mounts, and the files written beside kubeadm's (audit policy, admission and authentication
/// configuration). The encryption configuration is made at boot, from the keys in the config store.
/// </summary>
internal static class ControlPlaneHardening
{
    /// <summary>Where kgen's audit policy is written.</summary>
    public const string AuditPolicyPath = BootstrapDefaults.ControlPlaneConfigDir + "/audit-policy.yaml";

    /// <summary>Where the admission configuration is written.</summary>
    public const string AdmissionPath = BootstrapDefaults.ControlPlaneConfigDir + "/admission.yaml";

    /// <summary>Where the authentication configuration is written.</summary>
    public const string AuthenticationPath = BootstrapDefaults.ControlPlaneConfigDir + "/authentication.yaml";

    /// <summary>The CA the API server checks kubelets' serving certificates with (the cluster CA, which signs them once approved).</summary>
    public const string KubeletCertificateAuthority = BootstrapDefaults.CertificatesDir + "/ca.crt";

    /// <summary>The paths anonymous requests may reach: the health checks (load balancer, kubelet probes) and kubeadm's token discovery.</summary>
    public static ImmutableArray<string> AnonymousPaths { get; } = ["/healthz", "/livez", "/readyz", "/api/v1/namespaces/kube-public/configmaps/cluster-info"];

    /// <summary>The first Kubernetes minor whose API server restricts anonymous requests by path (AnonymousAuthConfigurableEndpoints, beta).</summary>
    public const int AnonymousConditionsMinor = 32;

    /// <summary>
    /// kgen's audit policy: nothing for the noisy, read-only system traffic (kube-proxy's watches, nodes reading
    /// themselves, leader-election leases, health checks, events); metadata only (never a body) for Secrets,
    /// ConfigMaps, tokens and token reviews; request bodies for changes to RBAC (who granted what); metadata for the rest.
    /// </summary>
    public static AuditPolicy Audit { get; } = new(
        ["RequestReceived"],
        [
            new AuditRule { Level = "None", Users = ["system:kube-proxy"], Verbs = ["watch"], Resources = [new("", ["endpoints", "services", "services/status"]), new("discovery.k8s.io", ["endpointslices"])] },
            new AuditRule { Level = "None", UserGroups = ["system:nodes"], Verbs = ["get"], Resources = [new("", ["nodes", "nodes/status"])] },
            new AuditRule { Level = "None", Verbs = ["get", "update"], Resources = [new("coordination.k8s.io", ["leases"])] },
            new AuditRule { Level = "None", NonResourceUrls = ["/healthz*", "/livez*", "/readyz*", "/version", "/metrics"] },
            new AuditRule { Level = "None", Resources = [new("", ["events"]), new("events.k8s.io", ["events"])] },
            new AuditRule
            {
                Level = "Metadata",
                Resources = [new("", ["configmaps", "secrets", "serviceaccounts/token"]), new("authentication.k8s.io", ["tokenreviews"]), new("authorization.k8s.io", ["subjectaccessreviews"])],
            },
            new AuditRule { Level = "Request", Verbs = ["create", "update", "patch", "delete", "deletecollection"], Resources = [new("rbac.authorization.k8s.io", [])] },
            new AuditRule { Level = "Metadata" },
        ]);

    /// <summary>The flags, mounts and files of a cluster's control plane.</summary>
    public static (ClusterConfiguration Cluster, ImmutableArray<ControlPlaneFile> Files) Apply(Cluster c, ClusterConfiguration cluster)
    {
        var a = c.Components.ApiServer;
        var minor = int.Parse(c.KubernetesVersion.Split('.')[1], CultureInfo.InvariantCulture);
        var structured = minor >= AnonymousConditionsMinor;
        var args = new List<ExtraArg>
        {
            new("admission-control-config-file", AdmissionPath),
            new("enable-admission-plugins", string.Join(',', a.EnableAdmissionPlugins)),
            new("kubelet-certificate-authority", KubeletCertificateAuthority),
            new("profiling", a.Profiling ? "true" : "false"),
        };
        var volumes = new List<HostPathMount>
        {
            new("kgen-config", BootstrapDefaults.ControlPlaneConfigDir, BootstrapDefaults.ControlPlaneConfigDir, true, "DirectoryOrCreate"),
            // Workers authenticate through aws-iam-authenticator on this node (NodeIdentity): its webhook kubeconfig and the certificate it trusts.
            new("aws-iam-authenticator", NodeIdentity.WebhookDirectory, NodeIdentity.WebhookDirectory, true, "Directory"),
        };
        args.Add(new("authentication-token-webhook-config-file", NodeIdentity.WebhookKubeconfig));
        var files = new List<ControlPlaneFile> { new(AdmissionPath, BootstrapYaml.Admission(new AdmissionConfiguration(a.PodSecurity))) };
        if (a.Audit is { } audit)
        {
            args.Add(new("audit-log-path", audit.Path));
            args.Add(new("audit-log-maxage", Number(audit.MaxAgeDays)));
            args.Add(new("audit-log-maxbackup", Number(audit.MaxBackups)));
            args.Add(new("audit-log-maxsize", Number(audit.MaxSizeMegabytes)));
            args.Add(new("audit-policy-file", AuditPolicyPath));
            files.Add(new(AuditPolicyPath, BootstrapYaml.Audit(Audit)));
            if (audit.Path != "-")
            {
                var folder = audit.Path[..audit.Path.LastIndexOf('/')];
                volumes.Add(new("kgen-audit-log", folder, folder, false, "DirectoryOrCreate"));
            }
        }

        if (a.EncryptSecrets)
        {
            args.Add(new("encryption-provider-config", BootstrapDefaults.EncryptionConfigPath));
        }

        if (structured)
        {
            // The anonymous paths and an OIDC issuer both live in the authentication configuration, which excludes
            // the --anonymous-auth and --oidc-* flags.
            args.Add(new("authentication-config", AuthenticationPath));
            ImmutableArray<string> paths = a.Anonymous == AnonymousApiAccess.HealthAndDiscovery ? AnonymousPaths : [];
            files.Add(new(AuthenticationPath, BootstrapYaml.Authentication(new AuthenticationConfiguration(minor >= 34 ? "apiserver.config.k8s.io/v1" : "apiserver.config.k8s.io/v1beta1", paths, a.Oidc))));
        }
        else if (a.Oidc is { } oidc)
        {
            args.Add(new("oidc-issuer-url", oidc.IssuerUrl));
            args.Add(new("oidc-client-id", oidc.ClientId));
            args.Add(new("oidc-username-claim", oidc.UsernameClaim));
            args.Add(new("oidc-username-prefix", oidc.UsernamePrefix.Length == 0 ? "-" : oidc.UsernamePrefix));
            if (oidc.GroupsClaim is { } groups)
            {
                args.Add(new("oidc-groups-claim", groups));
                args.Add(new("oidc-groups-prefix", oidc.GroupsPrefix));
            }

            if (!oidc.RequiredClaims.IsEmpty)
            {
                args.Add(new("oidc-required-claim", string.Join(',', oidc.RequiredClaims.Select(r => $"{r.Key}={r.Value}"))));
            }
        }

        Optional(args, "disable-admission-plugins", a.DisableAdmissionPlugins.IsEmpty ? null : string.Join(',', a.DisableAdmissionPlugins));
        Optional(args, "feature-gates", Gates(a.FeatureGates));
        Optional(args, "service-node-port-range", a.ServiceNodePortRange);
        Optional(args, "max-requests-inflight", a.MaxRequestsInflight is { } m ? Number(m) : null);
        Optional(args, "max-mutating-requests-inflight", a.MaxMutatingRequestsInflight is { } mm ? Number(mm) : null);
        Optional(args, "event-ttl", a.EventTtl);

        // A published issuer (serviceAccountIssuerDiscovery) signs new tokens; kubeadm's, accepted second, keeps older tokens valid
        // (kubeadm's v1beta4 extraArgs may repeat a flag). The API audiences default to both issuers.
        if (c.ServiceAccountIssuer is { } issuer)
        {
            args.Add(new("service-account-issuer", issuer.Url));
            args.Add(new("service-account-issuer", BootstrapDefaults.KubeadmServiceAccountIssuer));
            args.Add(new("service-account-jwks-uri", issuer.JwksUri));
        }

        // The AWS cloud controller manager (an add-on) runs the cloud's loops; the API server takes the flag only before 1.33.
        if (minor < BootstrapDefaults.ApiServerWithoutCloudProviderMinor)
        {
            args.Add(new("cloud-provider", BootstrapDefaults.ExternalCloudProvider));
        }

        var cm = c.Components.ControllerManager;
        var cmArgs = new List<ExtraArg> { new("profiling", cm.Profiling ? "true" : "false"), new("cloud-provider", BootstrapDefaults.ExternalCloudProvider) };
        Optional(cmArgs, "feature-gates", Gates(cm.FeatureGates));
        cmArgs.AddRange(cm.Flags.Select(f => new ExtraArg(f.Key, f.Value)));
        var scheduler = c.Components.Scheduler;
        var schedulerArgs = new List<ExtraArg> { new("profiling", scheduler.Profiling ? "true" : "false") };
        Optional(schedulerArgs, "feature-gates", Gates(scheduler.FeatureGates));
        return (cluster with
        {
            ApiServerExtraArgs = [.. args.OrderBy(x => x.Name, StringComparer.Ordinal)],
            ApiServerExtraVolumes = [.. volumes],
            ControllerManagerExtraArgs = [.. cmArgs.OrderBy(x => x.Name, StringComparer.Ordinal)],
            SchedulerExtraArgs = [.. schedulerArgs.OrderBy(x => x.Name, StringComparer.Ordinal)],
        }, [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)]);
    }

    /// <summary>Feature gates as a flag's value (<c>A=true,B=false</c>), or null for none.</summary>
    public static string? Gates(ImmutableSortedDictionary<string, bool> gates) =>
        gates.IsEmpty ? null : string.Join(',', gates.Select(g => $"{g.Key}={(g.Value ? "true" : "false")}"));

    private static void Optional(List<ExtraArg> args, string name, string? value)
    {
        if (value is not null)
        {
            args.Add(new(name, value));
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
