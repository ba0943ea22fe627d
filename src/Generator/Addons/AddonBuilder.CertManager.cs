using System.Text;
using Kgen.Generator.Bootstrap;
using Kgen.Model;

namespace Kgen.Generator.Addons;

/// <summary>
/// cert-manager's part of <see cref="AddonBuilder"/>: the objects upstream's chart renders besides its
/// CustomResourceDefinitions (which the node downloads: <see cref="AddonCatalog.CertManager"/>), with kops' values.
/// </summary>
internal static partial class AddonBuilder
{
    /// <summary>The namespace cert-manager runs in (kops': kube-system), and its service account, the one that calls Route 53.</summary>
    public static (string Namespace, string ServiceAccount, string Workload) CertManagerIdentity => ("kube-system", "cert-manager", "Deployment/cert-manager");

    /// <summary>The Secret holding the webhook's CA, which the CA injector copies into the webhook configurations.</summary>
    public const string CertManagerWebhookCaSecret = "cert-manager-webhook-ca";

    /// <summary>One of cert-manager's three programs: its object names, its labels' <c>app</c>/<c>app.kubernetes.io/name</c> and component.</summary>
    private sealed record CertManagerPart(string Name, string App, string Component)
    {
        public string Labels(string indent) =>
            $"{indent}app: {App}\n{indent}app.kubernetes.io/name: {App}\n{indent}app.kubernetes.io/instance: cert-manager\n{indent}app.kubernetes.io/component: {Quote(Component)}\n";

        public string Selector(string indent) =>
            $"{indent}app.kubernetes.io/name: {App}\n{indent}app.kubernetes.io/instance: cert-manager\n{indent}app.kubernetes.io/component: {Quote(Component)}\n";
    }

    /// <summary>One RBAC rule: API groups, resources, verbs and (optionally) resource names.</summary>
    private sealed record Rule(string Groups, string Resources, string Verbs, string? Names = null);

    private static readonly CertManagerPart CmController = new("cert-manager", "cert-manager", "controller");
    private static readonly CertManagerPart CmCainjector = new("cert-manager-cainjector", "cainjector", "cainjector");
    private static readonly CertManagerPart CmWebhook = new("cert-manager-webhook", "webhook", "webhook");

    /// <summary>
    /// cert-manager as its chart renders it at the catalog's tag with kops' values (CRDs from the node's download,
    /// no start-up API check): in kube-system, on the control-plane nodes. kops' settings: the ingress shim's default
    /// ClusterIssuer, the controller's DNS servers and feature gates; with Route 53 zones for DNS-01, the controller on
    /// the host's network, so that it reaches the instance metadata service (hop limit 1) for the control-plane role's
    /// credentials, as the EBS CSI controller does.
    /// </summary>
    private static void CertManager(Cluster c, List<AddonFile> owned)
    {
        var ns = CertManagerIdentity.Namespace;
        var rbac = new StringBuilder();
        foreach (var part in new[] { CmCainjector, CmController, CmWebhook })
        {
            rbac.Append("apiVersion: v1\nkind: ServiceAccount\nautomountServiceAccountToken: true\nmetadata:\n  name: ").Append(part.Name)
                .Append("\n  namespace: ").Append(ns).Append("\n  labels:\n").Append(part.Labels("    ")).Append("---\n");
        }

        const string Core = "\"\"";
        const string Cm = "cert-manager.io";
        const string Acme = "acme.cert-manager.io";
        const string Gw = "gateway.networking.k8s.io";
        const string Net = "networking.k8s.io";
        var read = "get, list, watch";
        var events = new Rule(Core, "events", "create, patch");
        var clusterRoles = new (string Name, CertManagerPart Part, string? Aggregate, Rule[] Rules, bool Bound)[]
        {
            ("cert-manager-cainjector", CmCainjector, null,
            [
                new(Cm, "certificates", read), new(Core, "secrets", read), new(Core, "events", "get, create, update, patch"),
                new("admissionregistration.k8s.io", "validatingwebhookconfigurations, mutatingwebhookconfigurations", "get, list, watch, update, patch"),
                new("apiregistration.k8s.io", "apiservices", "get, list, watch, update, patch"),
                new("apiextensions.k8s.io", "customresourcedefinitions", "get, list, watch, update, patch"),
            ], true),
            ("cert-manager-controller-issuers", CmController, null,
                [new(Cm, "issuers, issuers/status", "update, patch"), new(Cm, "issuers", read), new(Core, "secrets", "get, list, watch, create, update, delete"), events], true),
            ("cert-manager-controller-clusterissuers", CmController, null,
                [new(Cm, "clusterissuers, clusterissuers/status", "update, patch"), new(Cm, "clusterissuers", read), new(Core, "secrets", "get, list, watch, create, update, delete"), events], true),
            ("cert-manager-controller-certificates", CmController, null,
            [
                new(Cm, "certificates, certificates/status, certificaterequests, certificaterequests/status", "update, patch"),
                new(Cm, "certificates, certificaterequests, clusterissuers, issuers", read),
                new(Cm, "certificates/finalizers, certificaterequests/finalizers", "update"),
                new(Acme, "orders", "create, delete, get, list, watch"),
                new(Core, "secrets", "get, list, watch, create, update, delete, patch"), events,
            ], true),
            ("cert-manager-controller-orders", CmController, null,
            [
                new(Acme, "orders, orders/status", "update, patch"), new(Acme, "orders, challenges", read), new(Cm, "clusterissuers, issuers", read),
                new(Acme, "challenges", "create, delete"), new(Acme, "orders/finalizers", "update"), new(Core, "secrets", read), events,
            ], true),
            ("cert-manager-controller-challenges", CmController, null,
            [
                new(Acme, "challenges, challenges/status", "update, patch"), new(Acme, "challenges", read), new(Cm, "issuers, clusterissuers", read),
                new(Core, "secrets", read), events, new(Core, "pods, services", "get, list, watch, create, delete"),
                new(Net, "ingresses", "get, list, watch, create, delete, update"), new(Gw, "httproutes", "get, list, watch, create, delete, update"),
                new("route.openshift.io", "routes/custom-host", "create"), new(Acme, "challenges/finalizers", "update"), new(Core, "secrets", read),
            ], true),
            ("cert-manager-controller-ingress-shim", CmController, null,
            [
                new(Cm, "certificates, certificaterequests", "create, update, delete"), new(Cm, "certificates, certificaterequests, issuers, clusterissuers", read),
                new(Net, "ingresses", read), new(Net, "ingresses/finalizers", "update"), new(Gw, "gateways, httproutes", read),
                new(Gw, "gateways/finalizers, httproutes/finalizers", "update"), events,
            ], true),
            ("cert-manager-cluster-view", CmController, "rbac.authorization.k8s.io/aggregate-to-cluster-reader", [new(Cm, "clusterissuers", read)], false),
            ("cert-manager-view", CmController, "rbac.authorization.k8s.io/aggregate-to-view,rbac.authorization.k8s.io/aggregate-to-edit,rbac.authorization.k8s.io/aggregate-to-admin,rbac.authorization.k8s.io/aggregate-to-cluster-reader",
                [new(Cm, "certificates, certificaterequests, issuers", read), new(Acme, "challenges, orders", read)], false),
            ("cert-manager-edit", CmController, "rbac.authorization.k8s.io/aggregate-to-edit,rbac.authorization.k8s.io/aggregate-to-admin",
            [
                new(Cm, "certificates, certificaterequests, issuers", "create, delete, deletecollection, patch, update"), new(Cm, "certificates/status", "update"),
                new(Acme, "challenges", "delete, deletecollection, patch, update"), new(Acme, "orders", "delete, deletecollection"),
            ], false),
            ("cert-manager-controller-approve:cert-manager-io", CmController with { Component = "cert-manager" }, null,
                [new(Cm, "signers", "approve", "issuers.cert-manager.io/*, clusterissuers.cert-manager.io/*")], true),
            ("cert-manager-controller-certificatesigningrequests", CmController with { Component = "cert-manager" }, null,
            [
                new("certificates.k8s.io", "certificatesigningrequests", "get, list, watch, update"), new("certificates.k8s.io", "certificatesigningrequests/status", "update, patch"),
                new("certificates.k8s.io", "signers", "sign", "issuers.cert-manager.io/*, clusterissuers.cert-manager.io/*"),
                new("authorization.k8s.io", "subjectaccessreviews", "create"),
            ], true),
            ("cert-manager-webhook:subjectaccessreviews", CmWebhook, null, [new("authorization.k8s.io", "subjectaccessreviews", "create")], true),
        };
        foreach (var (name, part, aggregate, rules, _) in clusterRoles)
        {
            rbac.Append("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ").Append(name).Append("\n  labels:\n").Append(part.Labels("    "));
            foreach (var label in (aggregate ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                rbac.Append("    ").Append(label).Append(": \"true\"\n");
            }

            Rules(rbac, rules);
        }

        foreach (var (name, part, _, _, _) in clusterRoles.Where(r => r.Bound))
        {
            Binding(rbac, "ClusterRoleBinding", "ClusterRole", name, null, part, ns);
        }

        var roles = new (string Name, CertManagerPart Part, Rule[] Rules)[]
        {
            ("cert-manager-cainjector:leaderelection", CmCainjector,
                [new("coordination.k8s.io", "leases", "get, update, patch", "cert-manager-cainjector-leader-election, cert-manager-cainjector-leader-election-core"), new("coordination.k8s.io", "leases", "create")]),
            ("cert-manager:leaderelection", CmController, [new("coordination.k8s.io", "leases", "get, update, patch", "cert-manager-controller"), new("coordination.k8s.io", "leases", "create")]),
            ("cert-manager-tokenrequest", CmController, [new(Core, "serviceaccounts/token", "create", CmController.Name)]),
            ("cert-manager-webhook:dynamic-serving", CmWebhook, [new(Core, "secrets", "get, list, watch, update", CertManagerWebhookCaSecret), new(Core, "secrets", "create")]),
        };
        foreach (var (name, part, rules) in roles)
        {
            rbac.Append("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ").Append(name).Append("\n  namespace: ").Append(ns)
                .Append("\n  labels:\n").Append(part.Labels("    "));
            Rules(rbac, rules);
        }

        foreach (var (name, part, _) in roles)
        {
            Binding(rbac, "RoleBinding", "Role", name, ns, part, ns);
        }

        owned.Add(new("rbac.yaml", rbac.ToString().TrimEnd('-', '\n') + "\n"));

        var o = c.Addons.CertManager;
        var version = AddonCatalog.CertManager.Version;
        var workloads = new StringBuilder();
        Service(workloads, CmCainjector, ns, "  - protocol: TCP\n    port: 9402\n    name: http-metrics\n");
        Service(workloads, CmController, ns, "  - protocol: TCP\n    port: 9402\n    name: tcp-prometheus-servicemonitor\n    targetPort: http-metrics\n");
        Service(workloads, CmWebhook, ns, "  - name: https\n    port: 443\n    protocol: TCP\n    targetPort: https\n  - name: metrics\n    port: 9402\n    protocol: TCP\n    targetPort: http-metrics\n");

        var controllerArgs = new List<string>
        {
            "--v=2", "--cluster-resource-namespace=$(POD_NAMESPACE)", $"--leader-election-namespace={ns}",
            $"--acme-http01-solver-image=quay.io/jetstack/cert-manager-acmesolver:{version}", "--max-concurrent-challenges=60", "--enable-certificate-owner-ref=true",
        };
        if (o.DefaultIssuer is { } issuer)
        {
            controllerArgs.AddRange([$"--default-issuer-name={issuer}", "--default-issuer-kind=ClusterIssuer", "--default-issuer-group=cert-manager.io"]);
        }

        if (!o.FeatureGates.IsEmpty)
        {
            controllerArgs.Add("--feature-gates=" + string.Join(',', o.FeatureGates.Select(g => $"{g.Key}={Bool(g.Value)}")));
        }

        var hostNetwork = !o.HostedZoneIds.IsEmpty;
        var controllerPod = new StringBuilder();
        if (hostNetwork)
        {
            controllerPod.Append("      hostNetwork: true\n");
        }

        if (!o.Nameservers.IsEmpty)
        {
            controllerPod.Append("      dnsPolicy: None\n      dnsConfig:\n        nameservers:\n");
            foreach (var server in o.Nameservers)
            {
                controllerPod.Append("        - ").Append(Quote(server)).Append('\n');
            }
        }

        var controllerEnv = $"          - name: AWS_REGION\n            value: {Quote(c.Region)}\n";
        var controllerPorts = "          - containerPort: 9402\n            name: http-metrics\n            protocol: TCP\n          - containerPort: 9403\n            name: http-healthz\n            protocol: TCP\n";
        var controllerProbes = "          livenessProbe:\n            httpGet:\n              port: http-healthz\n              path: /livez\n              scheme: HTTP\n            initialDelaySeconds: 10\n            periodSeconds: 10\n            timeoutSeconds: 15\n            successThreshold: 1\n            failureThreshold: 8\n";
        Deployment(workloads, CmCainjector, ns, "cainjector", version, ["--v=2", $"--leader-election-namespace={ns}"], string.Empty, "          - containerPort: 9402\n            name: http-metrics\n            protocol: TCP\n", string.Empty, string.Empty);
        Deployment(workloads, CmController, ns, "controller", version, controllerArgs, controllerPod.ToString(), controllerPorts, controllerEnv, controllerProbes);
        Deployment(
            workloads,
            CmWebhook,
            ns,
            "webhook",
            version,
            ["--v=2", "--secure-port=10250", "--dynamic-serving-ca-secret-namespace=$(POD_NAMESPACE)", $"--dynamic-serving-ca-secret-name={CertManagerWebhookCaSecret}",
                $"--dynamic-serving-dns-names={CmWebhook.Name}", $"--dynamic-serving-dns-names={CmWebhook.Name}.$(POD_NAMESPACE)", $"--dynamic-serving-dns-names={CmWebhook.Name}.$(POD_NAMESPACE).svc"],
            string.Empty,
            "          - name: https\n            protocol: TCP\n            containerPort: 10250\n          - name: healthcheck\n            protocol: TCP\n            containerPort: 6080\n          - containerPort: 9402\n            name: http-metrics\n            protocol: TCP\n",
            string.Empty,
            "          livenessProbe:\n            httpGet:\n              path: /livez\n              port: healthcheck\n              scheme: HTTP\n            initialDelaySeconds: 60\n            periodSeconds: 10\n            timeoutSeconds: 1\n            successThreshold: 1\n            failureThreshold: 3\n" +
            "          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: healthcheck\n              scheme: HTTP\n            initialDelaySeconds: 5\n            periodSeconds: 5\n            timeoutSeconds: 1\n            successThreshold: 1\n            failureThreshold: 3\n");
        owned.Add(new("deployments.yaml", workloads.ToString().TrimEnd('-', '\n') + "\n"));

        var hooks = new StringBuilder();
        foreach (var (kind, path, extra, groups, operations, resources) in new[]
        {
            ("MutatingWebhookConfiguration", "/mutate", string.Empty, "\"cert-manager.io\"", "CREATE", "\"certificaterequests\""),
            ("ValidatingWebhookConfiguration", "/validate", "    namespaceSelector:\n      matchExpressions:\n      - key: cert-manager.io/disable-validation\n        operator: NotIn\n        values:\n        - \"true\"\n", "\"cert-manager.io\", \"acme.cert-manager.io\"", "CREATE, UPDATE", "\"*/*\""),
        })
        {
            hooks.Append("apiVersion: admissionregistration.k8s.io/v1\nkind: ").Append(kind).Append("\nmetadata:\n  name: ").Append(CmWebhook.Name).Append("\n  labels:\n").Append(CmWebhook.Labels("    "));
            hooks.Append("  annotations:\n    cert-manager.io/inject-ca-from-secret: ").Append(Quote($"{ns}/{CertManagerWebhookCaSecret}")).Append('\n');
            hooks.Append("webhooks:\n  - name: webhook.cert-manager.io\n").Append(extra);
            hooks.Append("    rules:\n      - apiGroups: [").Append(groups).Append("]\n        apiVersions: [\"v1\"]\n        operations: [").Append(operations).Append("]\n        resources: [").Append(resources).Append("]\n");
            hooks.Append("    admissionReviewVersions: [\"v1\"]\n    matchPolicy: Equivalent\n    timeoutSeconds: 30\n    failurePolicy: Fail\n    sideEffects: None\n");
            hooks.Append("    clientConfig:\n      service:\n        name: ").Append(CmWebhook.Name).Append("\n        namespace: ").Append(ns).Append("\n        path: ").Append(path).Append('\n');
            hooks.Append("---\n");
        }

        owned.Add(new("webhooks.yaml", hooks.ToString().TrimEnd('-', '\n') + "\n"));
    }

    private static void Rules(StringBuilder sb, IEnumerable<Rule> rules)
    {
        sb.Append("rules:\n");
        foreach (var r in rules)
        {
            sb.Append("  - apiGroups: [").Append(QuoteList(r.Groups)).Append("]\n    resources: [").Append(QuoteList(r.Resources)).Append("]\n    verbs: [").Append(QuoteList(r.Verbs)).Append("]\n");
            if (r.Names is { } names)
            {
                sb.Append("    resourceNames: [").Append(QuoteList(names)).Append("]\n");
            }
        }

        sb.Append("---\n");
    }

    private static string QuoteList(string items) =>
        string.Join(", ", items.Split(',', StringSplitOptions.TrimEntries).Select(i => i == "\"\"" ? i : Quote(i)));

    private static void Binding(StringBuilder sb, string kind, string roleKind, string name, string? ns, CertManagerPart part, string subjectNamespace)
    {
        sb.Append("apiVersion: rbac.authorization.k8s.io/v1\nkind: ").Append(kind).Append("\nmetadata:\n  name: ").Append(name).Append('\n');
        if (ns is not null)
        {
            sb.Append("  namespace: ").Append(ns).Append('\n');
        }

        sb.Append("  labels:\n").Append(part.Labels("    "));
        sb.Append("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ").Append(roleKind).Append("\n  name: ").Append(name).Append('\n');
        sb.Append("subjects:\n  - kind: ServiceAccount\n    name: ").Append(part.Name).Append("\n    namespace: ").Append(subjectNamespace).Append("\n---\n");
    }

    private static void Service(StringBuilder sb, CertManagerPart part, string ns, string ports)
    {
        sb.Append("apiVersion: v1\nkind: Service\nmetadata:\n  name: ").Append(part.Name).Append("\n  namespace: ").Append(ns).Append("\n  labels:\n").Append(part.Labels("    "));
        sb.Append("spec:\n  type: ClusterIP\n  ports:\n").Append(ports).Append("  selector:\n").Append(part.Selector("    ")).Append("---\n");
    }

    private static void Deployment(StringBuilder sb, CertManagerPart part, string ns, string image, string version, IEnumerable<string> args, string podExtra, string ports, string env, string probes)
    {
        sb.Append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").Append(part.Name).Append("\n  namespace: ").Append(ns).Append("\n  labels:\n").Append(part.Labels("    "));
        sb.Append("spec:\n  replicas: 1\n  selector:\n    matchLabels:\n").Append(part.Selector("      "));
        sb.Append("  template:\n    metadata:\n      labels:\n").Append(part.Labels("        "));
        sb.Append("      annotations:\n        prometheus.io/path: \"/metrics\"\n        prometheus.io/scrape: \"true\"\n        prometheus.io/port: \"9402\"\n");
        sb.Append("    spec:\n      serviceAccountName: ").Append(part.Name).Append("\n      enableServiceLinks: false\n      priorityClassName: system-cluster-critical\n").Append(podExtra);
        sb.Append("      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n");
        sb.Append("      containers:\n        - name: cert-manager-").Append(image).Append("\n          image: quay.io/jetstack/cert-manager-").Append(image).Append(':').Append(version).Append('\n');
        sb.Append("          imagePullPolicy: IfNotPresent\n          args:\n");
        foreach (var a in args)
        {
            sb.Append("          - ").Append(Quote(a)).Append('\n');
        }

        sb.Append("          ports:\n").Append(ports);
        sb.Append("          env:\n          - name: POD_NAMESPACE\n            valueFrom:\n              fieldRef:\n                fieldPath: metadata.namespace\n").Append(env);
        sb.Append("          securityContext:\n            allowPrivilegeEscalation: false\n            capabilities:\n              drop:\n              - ALL\n            readOnlyRootFilesystem: true\n");
        sb.Append(probes);
        sb.Append("      nodeSelector:\n        kubernetes.io/os: linux\n        ").Append(Quote(BootstrapDefaults.ControlPlaneTaint.Key)).Append(": \"\"\n");
        sb.Append("      tolerations:\n        - key: ").Append(Quote(BootstrapDefaults.ControlPlaneTaint.Key)).Append("\n          operator: Exists\n          effect: ").Append(BootstrapDefaults.ControlPlaneTaint.Effect).Append('\n');
        sb.Append("---\n");
    }

    /// <summary>cert-manager's warning: on, but installed by the operator, so kgen's settings for it do nothing.</summary>
    private static IEnumerable<Diagnostic> CertManagerWarnings(Cluster c)
    {
        var o = c.Addons.CertManager;
        if (o.Enabled && !o.Managed && (o.DefaultIssuer is not null || !o.Nameservers.IsEmpty || !o.HostedZoneIds.IsEmpty || !o.FeatureGates.IsEmpty))
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.CertManagerNotManaged,
                new PlanLocation(c.Name),
                "spec.certManager.managed is false: kgen installs no cert-manager, so its defaultIssuer, nameservers, featureGates and hostedZoneIDs do nothing (no Route 53 permissions are granted); set them in your own cert-manager, or remove managed: false");
        }
    }
}
