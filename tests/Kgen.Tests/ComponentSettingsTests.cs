using Kgen.Generator.Bootstrap;
using Kgen.Model;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// kops' kubeAPIServer, kubelet, kubeControllerManager, kubeScheduler, kubeProxy and encryptionConfig fields land in the
/// kubeadm, kubelet and API server documents over kgen's hardened defaults; what weakens a default is honoured and
/// warned about, and a value the component would refuse is an error at its path.
/// </summary>
public sealed class ComponentSettingsTests
{
    private const string Settings = """
          kubeAPIServer:
            auditLogMaxAge: 7
            auditLogMaxSize: 50
            enableAdmissionPlugins: [EventRateLimit]
            featureGates:
              InPlacePodVerticalScaling: "true"
            oidcIssuerURL: https://login.example.org
            oidcClientID: kubernetes
            oidcGroupsClaim: groups
            oidcRequiredClaim: [hd=example.org]
            serviceNodePortRange: 30000-33000
            maxRequestsInflight: 800
            eventTTL: 2h0m0s
            logLevel: 2
          kubelet:
            maxPods: 60
            evictionHard: memory.available<300Mi,nodefs.available<15%
            kubeReserved:
              cpu: 200m
              memory: 512Mi
            featureGates:
              KubeletTracing: "false"
            imageGCHighThresholdPercent: 80
            imageGCLowThresholdPercent: 60
            serializeImagePulls: false
          kubeControllerManager:
            terminatedPodGCThreshold: 500
            horizontalPodAutoscalerSyncPeriod: 30s
            horizontalPodAutoscalerTolerance: "0.2"
          kubeScheduler:
            featureGates:
              SchedulerQueueingHints: "true"
          kubeProxy:
            proxyMode: ipvs

        """;

    [Fact]
    public void Kops_component_fields_land_in_the_documents_over_the_hardened_defaults()
    {
        var c = Load(Settings);
        var g = c.InstanceGroups.First(x => x.Role == InstanceGroupRole.ControlPlane);
        var boot = NodeBootstrapConfig.For(c, g, mayInit: true);
        var init = BootstrapYaml.Init(boot.Init!, boot.Cluster!, boot.Kubelet, boot.KubeProxy!);

        foreach (var arg in new[]
        {
            ("audit-log-maxage", "7"), ("audit-log-maxsize", "50"), ("audit-log-maxbackup", "10"), ("enable-admission-plugins", "NodeRestriction,EventRateLimit"),
            ("feature-gates", "InPlacePodVerticalScaling=true"), ("service-node-port-range", "30000-33000"), ("max-requests-inflight", "800"),
            ("event-ttl", "2h0m0s"), ("profiling", "false"), ("kubelet-certificate-authority", "/etc/kubernetes/pki/ca.crt"),
            ("terminated-pod-gc-threshold", "500"), ("horizontal-pod-autoscaler-sync-period", "30s"), ("horizontal-pod-autoscaler-tolerance", "0.2"),
            ("feature-gates", "SchedulerQueueingHints=true"), ("encryption-provider-config", "/etc/kubernetes/kgen/encryption.yaml"),
        })
        {
            Assert.Contains($"    - name: \"{arg.Item1}\"\n      value: \"{arg.Item2}\"\n", init, StringComparison.Ordinal);
        }

        Assert.Contains("maxPods: 60\n", init, StringComparison.Ordinal);
        Assert.Contains("evictionHard:\n  memory.available: \"300Mi\"\n  nodefs.available: \"15%\"\n", init, StringComparison.Ordinal);
        Assert.Contains("kubeReserved:\n  cpu: \"200m\"\n  memory: \"512Mi\"\n", init, StringComparison.Ordinal);
        Assert.Contains("imageGCHighThresholdPercent: 80\nimageGCLowThresholdPercent: 60\nserializeImagePulls: false\nfeatureGates:\n  KubeletTracing: false\n", init, StringComparison.Ordinal);
        Assert.Contains("kind: \"KubeProxyConfiguration\"\nmode: \"ipvs\"\n", init, StringComparison.Ordinal);
        Assert.DoesNotContain("oidc-issuer-url", init, StringComparison.Ordinal);

        // On 1.32 and newer the issuer and the anonymous paths share the authentication configuration.
        var auth = boot.ControlPlaneFiles.Single(f => f.Path == ControlPlaneHardening.AuthenticationPath).Content;
        Assert.Contains("conditions: [{path: \"/healthz\"}, {path: \"/livez\"}, {path: \"/readyz\"}, {path: \"/api/v1/namespaces/kube-public/configmaps/cluster-info\"}]", auth, StringComparison.Ordinal);
        Assert.Contains("url: \"https://login.example.org\"", auth, StringComparison.Ordinal);
        Assert.Contains("prefix: \"https://login.example.org#\"", auth, StringComparison.Ordinal);
        Assert.Contains("claimValidationRules:\n      - claim: \"hd\"\n        requiredValue: \"example.org\"", auth, StringComparison.Ordinal);
        Assert.Empty(c.Components.Weakened);
    }

    [Fact]
    public void Before_1_32_anonymous_requests_keep_kubeadms_default_and_oidc_uses_the_flags()
    {
        var c = Load(Settings, version: "v1.31.4");
        var boot = NodeBootstrapConfig.For(c, c.InstanceGroups.First(x => x.Role == InstanceGroupRole.ControlPlane), mayInit: true);
        var init = BootstrapYaml.Init(boot.Init!, boot.Cluster!, boot.Kubelet, boot.KubeProxy!);
        Assert.DoesNotContain("authentication-config", init, StringComparison.Ordinal);
        Assert.Contains("    - name: \"oidc-issuer-url\"\n      value: \"https://login.example.org\"\n", init, StringComparison.Ordinal);
        Assert.Contains("    - name: \"oidc-required-claim\"\n      value: \"hd=example.org\"\n", init, StringComparison.Ordinal);
        Assert.DoesNotContain(boot.ControlPlaneFiles, f => f.Path == ControlPlaneHardening.AuthenticationPath);
    }

    [Fact]
    public void What_weakens_a_default_is_honoured_and_warned_about_on_generation()
    {
        const string Weakening = """
              encryptionConfig: false
              kubeAPIServer:
                anonymousAuth: true
                enableProfiling: true
                disableAdmissionPlugins: [PodSecurity]
              kubelet:
                anonymousAuth: true
                authorizationMode: AlwaysAllow
                authenticationTokenWebhook: false
              kubeScheduler:
                enableProfiling: true

            """;
        var spec = ClusterSpec.Load(Inject(Weakening), "c.yaml");
        var c = spec.Resolve();
        var boot = NodeBootstrapConfig.For(c, c.InstanceGroups.First(x => x.Role == InstanceGroupRole.ControlPlane), mayInit: true);
        var init = BootstrapYaml.Init(boot.Init!, boot.Cluster!, boot.Kubelet, boot.KubeProxy!);
        Assert.DoesNotContain("encryption-provider-config", init, StringComparison.Ordinal);
        Assert.Contains("    - name: \"disable-admission-plugins\"\n      value: \"PodSecurity\"\n", init, StringComparison.Ordinal);
        Assert.Contains("authentication:\n  anonymous:\n    enabled: true\n  webhook:\n    enabled: false\nauthorization:\n  mode: \"AlwaysAllow\"\n", init, StringComparison.Ordinal);
        var auth = boot.ControlPlaneFiles.Single(f => f.Path == ControlPlaneHardening.AuthenticationPath).Content;
        Assert.DoesNotContain("conditions", auth, StringComparison.Ordinal);

        var warnings = Generator.Generator.Generate(spec, Generator.Target.Terraform).Warnings.Where(w => w.Code == DiagnosticCodes.ComponentDefaultWeakened).Select(w => w.ToString()).ToList();
        foreach (var path in new[]
        {
            "spec.encryptionConfig", "spec.kubeAPIServer.anonymousAuth", "spec.kubeAPIServer.enableProfiling", "spec.kubeAPIServer.disableAdmissionPlugins",
            "spec.kubelet.anonymousAuth", "spec.kubelet.authorizationMode", "spec.kubelet.authenticationTokenWebhook", "spec.kubeScheduler.enableProfiling",
        })
        {
            Assert.Single(warnings, w => w.Contains(path + ": weakens kgen's default", StringComparison.Ordinal));
        }

        Assert.Equal(8, warnings.Count);
    }

    [Theory]
    [InlineData("  kubeProxy:\n    proxyMode: userspace\n", "spec.kubeProxy.proxyMode", "is not one of iptables, ipvs, nftables")]
    [InlineData("  kubeAPIServer:\n    auditLogPath: /etc/passwd\n", "spec.kubeAPIServer.auditLogPath", "is not a file under /var/log/")]
    [InlineData("  kubeAPIServer:\n    serviceNodePortRange: 32767-30000\n", "spec.kubeAPIServer.serviceNodePortRange", "is not a port range")]
    [InlineData("  kubeAPIServer:\n    featureGates:\n      Foo: maybe\n", "spec.kubeAPIServer.featureGates", "is not a feature gate")]
    [InlineData("  kubeAPIServer:\n    oidcIssuerURL: http://login.example.org\n    oidcClientID: k\n", "spec.kubeAPIServer.oidcIssuerURL", "is not an https:// URL")]
    [InlineData("  kubeAPIServer:\n    enableAdmissionPlugins: [PodSecurity]\n    disableAdmissionPlugins: [PodSecurity]\n", "spec.kubeAPIServer.disableAdmissionPlugins", "both turned on and off")]
    [InlineData("  kubelet:\n    evictionHard: memory.available>1Gi\n", "spec.kubelet.evictionHard", "is not signal<threshold")]
    [InlineData("  kubelet:\n    kubeReserved:\n      gpu: \"1\"\n", "spec.kubelet.kubeReserved", "is not a reservation")]
    [InlineData("  kubelet:\n    authorizationMode: RBAC\n", "spec.kubelet.authorizationMode", "is not Webhook or AlwaysAllow")]
    [InlineData("  kubelet:\n    imageGCLowThresholdPercent: 90\n", "spec.kubelet.imageGCLowThresholdPercent", "must be below")]
    [InlineData("  kubeControllerManager:\n    horizontalPodAutoscalerSyncPeriod: soon\n", "spec.kubeControllerManager.horizontalPodAutoscalerSyncPeriod", "is not a duration")]
    public void A_value_the_component_would_refuse_is_an_error_at_its_path(string settings, string path, string message)
    {
        var e = Assert.Throws<SpecException>(() => ClusterSpec.Load(Inject(settings), "c.yaml").Validate());
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.ComponentSettingInvalid && d.ToString().Contains(path, StringComparison.Ordinal) && d.Message.Contains(message, StringComparison.Ordinal));
    }

    private static string Inject(string settings, string? version = null)
    {
        var yaml = File.ReadAllText(Repo.KopsManifest("single-public")).Replace("  cloudProvider: aws\n", "  cloudProvider: aws\n" + settings, StringComparison.Ordinal);
        return version is null ? yaml : System.Text.RegularExpressions.Regex.Replace(yaml, "kubernetesVersion: .*", "kubernetesVersion: " + version);
    }

    private static Cluster Load(string settings, string? version = null) => ClusterSpec.Load(Inject(settings, version), "c.yaml").Resolve();
}
