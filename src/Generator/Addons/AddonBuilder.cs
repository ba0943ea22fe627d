using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kgen.Generator.Bootstrap;
using Kgen.Model;

namespace Kgen.Generator.Addons;

/// <summary>One file kgen owns of an add-on, saved in the add-on's folder of the config store.</summary>
/// <param name="Name">The file's name in the add-on's folder.</param>
/// <param name="Content">Its text.</param>
internal sealed record AddonFile(string Name, string Content);

/// <summary>
/// What kgen delivers for one enabled add-on: its folder below <c>addons/</c> in the config store, holding kgen's
/// <c>kustomization.yaml</c> (upstream's files as resources, kgen's images and patches), the <c>sources</c> the node
/// downloads beside it (<c>SHA256 NAME URL</c> per line), and any object kgen owns (the default StorageClass).
/// </summary>
/// <param name="Kind">Which add-on.</param>
/// <param name="Version">The upstream version installed.</param>
/// <param name="Files">kgen's files, sorted by name.</param>
internal sealed record RenderedAddon(AddonKind Kind, string Version, ImmutableArray<AddonFile> Files)
{
    /// <summary>The add-on's name (its folder).</summary>
    public string Name => AddonCatalog.Name(Kind);

    /// <summary>The key of one of its files in the config store, in the folder named by <see cref="Digest"/>.</summary>
    public string Key(AddonFile file) => ConfigStoreLayout.AddonFile(Name, Digest, file.Name);

    /// <summary>
    /// The add-on's content hash: the SHA-256 of <c>sha256sum</c>'s listing of its files sorted by name (each line
    /// <c>HASH  NAME</c>). The runner computes the same from the folder it received and applies the add-on only when it
    /// differs from the one it last applied.
    /// </summary>
    public string Digest => AddonBuilder.Sha256(string.Concat(Files.Select(f => $"{AddonBuilder.Sha256(f.Content)}  {f.Name}\n")));
}

/// <summary>
/// Renders the files kgen owns of each enabled add-on (<see cref="AddonCatalog"/> gives the releases,
/// <see cref="AddonOptions"/> the settings), and the index a control-plane node reads to apply them in order
/// (<see cref="Index"/>: one <c>NAME DIGEST VERSION FILES</c> line per add-on, in dependency order, held by an SSM
/// parameter that the target's apply writes).
/// Upstream's manifests are never copied: the node downloads them by URL and checks each against its SHA-256.
/// </summary>
internal static partial class AddonBuilder
{
    /// <summary>The name of the list of upstream files in an add-on's folder.</summary>
    public const string SourcesFile = "sources";

    /// <summary>kgen's kustomization in an add-on's folder.</summary>
    public const string KustomizationFile = "kustomization.yaml";

    /// <summary>The default StorageClass's name.</summary>
    public const string StorageClassName = "gp3";

    /// <summary>The add-ons a cluster runs, in dependency order; none for a cluster whose control plane EKS runs.</summary>
    public static ImmutableArray<RenderedAddon> Build(Cluster c)
    {
        if (c.Topology == ControlPlaneTopology.EksManaged)
        {
            return [];
        }

        return [.. AddonCatalog.InOrder.Where(k => Enabled(c, k)).Select(k => Render(c, k))];
    }

    /// <summary>Whether the cluster runs any add-on (then its control-plane nodes run the add-on runner).</summary>
    public static bool Any(Cluster c) => AddonCatalog.InOrder.Any(k => Enabled(c, k));

    /// <summary>Whether the cluster runs an add-on.</summary>
    public static bool Enabled(Cluster c, AddonKind kind) => c.Topology != ControlPlaneTopology.EksManaged && kind switch
    {
        AddonKind.CloudControllerManager => true,
        AddonKind.EbsCsiDriver => c.Addons.EbsCsiDriver.Enabled,
        AddonKind.ClusterAutoscaler => c.Addons.ClusterAutoscaler.Enabled,
        AddonKind.NodeTerminationHandler => c.Addons.NodeTerminationHandler.Enabled,
        AddonKind.ExternalDns => c.Addons.ExternalDns.Enabled,
        AddonKind.CertManager => c.Addons.CertManager.Installed,
        AddonKind.LoadBalancerController => c.Addons.LoadBalancerController.Enabled,
        _ => c.Addons.MetricsServer.Enabled,
    };

    /// <summary>Whether an enabled add-on calls AWS's APIs with the control-plane role's credentials (the handler only in queue-processor mode).</summary>
    public static bool CallsAws(Cluster c, AddonKind kind) => kind switch
    {
        AddonKind.CloudControllerManager or AddonKind.EbsCsiDriver or AddonKind.ClusterAutoscaler or AddonKind.ExternalDns => Enabled(c, kind),
        AddonKind.NodeTerminationHandler => NodeTerminationQueueMode(c),
        AddonKind.CertManager => Enabled(c, kind) && !c.Addons.CertManager.HostedZoneIds.IsEmpty,
        AddonKind.LoadBalancerController => Enabled(c, kind),
        _ => false,
    };

    /// <summary>
    /// What the operator must know: the add-ons that call AWS do so with the control-plane role's credentials, which
    /// every pod placed on a control-plane node with the host's network could use too, unless each has a role of its own (IAM roles for
    /// service accounts, <see cref="Cluster.AddonRoles"/>).
    /// </summary>
    public static IEnumerable<Diagnostic> Warnings(Cluster c)
    {
        var callers = AddonCatalog.InOrder.Where(k => CallsAws(c, k)).Select(AddonCatalog.Name).ToList();
        if (callers.Count > 0 && c.ControlPlaneGroups.Any() && !c.AddonRoles)
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.AddonPermissionsOnNodeRole,
                new PlanLocation(c.Name),
                $"add-ons {string.Join(", ", callers.SkipLast(1))}{(callers.Count > 1 ? " and " : string.Empty)}{callers[^1]} call AWS with the control-plane role's permissions (spec.iam.useServiceAccountExternalPermissions is off): " +
                "any pod scheduled on a control-plane node with the host's network could use them; keep workloads off the control plane (its taint does), or give each add-on a role of its own (IAM roles for service accounts: serviceAccountIssuerDiscovery with enableAWSOIDCProvider, and useServiceAccountExternalPermissions: true; docs/addons.md#permissions)");
        }

        foreach (var w in ClusterAutoscalerWarnings(c))
        {
            yield return w;
        }

        foreach (var w in ExternalDnsWarnings(c))
        {
            yield return w;
        }

        foreach (var w in CertManagerWarnings(c))
        {
            yield return w;
        }
    }

    /// <summary>
    /// The index: one <c>NAME DIGEST VERSION FILES</c> line per add-on (FILES: its files' names, comma-separated), in the
    /// order they are applied. The runner fetches an add-on's files from <c>addons/NAME/DIGEST/</c> only when DIGEST is
    /// not the one it last applied.
    /// </summary>
    public static string Index(ImmutableArray<RenderedAddon> addons) =>
        string.Concat(addons.Select(a => $"{a.Name} {a.Digest} {a.Version} {string.Join(',', a.Files.Select(f => f.Name))}\n"));

    /// <summary>Reads an index (<see cref="Index"/>): each add-on's digest and version by name; lines that are not <c>NAME DIGEST VERSION …</c> are skipped.</summary>
    public static SortedDictionary<string, (string Digest, string Version)> ParseIndex(string? index)
    {
        var entries = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in (index ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(' ');
            if (fields.Length >= 3)
            {
                entries[fields[0]] = (fields[1], fields[2]);
            }
        }

        return entries;
    }

    /// <summary>
    /// The runner a control-plane node runs from a systemd timer (<c>userdata/addons.sh.sbn</c>): it reads the index
    /// from its SSM parameter, and applies the add-ons it names, in its order, each only when its digest differs from
    /// the one it last applied, from the files kgen delivers below <c>addons/</c> in the config store.
    /// </summary>
    public static string Runner(Cluster c, TemplateSet templates) => templates.RenderModel(RunnerTemplate, new RunnerModel
    {
        ClusterName = c.Name,
        ConfigBase = c.ConfigBase,
        Region = c.Region,
        IndexParameter = new Names(c).AddonsIndexParameter,
        AddonsPrefix = ConfigStoreLayout.AddonsPrefix,
        SourcesFile = SourcesFile,
        KustomizationFile = KustomizationFile,
    });

    /// <summary>The runner's template.</summary>
    public const string RunnerTemplate = "userdata/addons.sh.sbn";

    /// <summary>The SHA-256 of a text's UTF-8 bytes, lowercase hex.</summary>
    internal static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static RenderedAddon Render(Cluster c, AddonKind kind)
    {
        var release = AddonCatalog.Release(kind, c.KubernetesVersion);
        var owned = new List<AddonFile>();
        var k = new Kustomization(kind, release);
        switch (kind)
        {
            case AddonKind.CloudControllerManager:
                CloudControllerManager(c, k);
                break;
            case AddonKind.EbsCsiDriver:
                EbsCsiDriver(c, k, owned);
                break;
            case AddonKind.ClusterAutoscaler:
                ClusterAutoscaler(c, k, owned);
                break;
            case AddonKind.NodeTerminationHandler:
                NodeTerminationHandler(c, k, owned);
                break;
            case AddonKind.ExternalDns:
                ExternalDns(c, k);
                break;
            case AddonKind.CertManager:
                CertManager(c, owned);
                break;
            case AddonKind.LoadBalancerController:
                LoadBalancerController(c, k, owned);
                break;
            default:
                MetricsServer(c, k);
                break;
        }

        // IAM roles for service accounts: the workload that calls AWS gets its role's environment and token.
        if (c.AddonRoles && CallsAws(c, kind) && AddonIdentities.For(kind) is { } identity)
        {
            k.StrategicMerge(new PatchTarget(identity.WorkloadKind, identity.WorkloadName), AddonIdentities.Patch(c, identity));
        }

        owned.Add(new(KustomizationFile, k.Render(owned.Select(f => f.Name))));
        owned.Add(new(SourcesFile, string.Concat(release.Files.Concat(release.SupportFiles).Select(f => $"{f.Sha256} {f.FileName} {release.Url(f)}\n"))));
        return new RenderedAddon(kind, release.Version, [.. owned.OrderBy(f => f.Name, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The CCM on the control-plane nodes (upstream's DaemonSet), with kops' flags: the cluster's name, no cloud routes
    /// (the CNI routes pods), leader election; tolerating the control-plane taint, the taint its own nodes carry until
    /// it initializes them, and a node that is not ready yet.
    /// </summary>
    private static void CloudControllerManager(Cluster c, Kustomization k)
    {
        var o = c.Addons.CloudControllerManager;
        var args = new List<string>
        {
            $"--v={Number(o.LogLevel)}",
            "--cloud-provider=aws",
            $"--cluster-name={o.ClusterName}",
            "--configure-cloud-routes=false",
            $"--allocate-node-cidrs={Bool(o.AllocateNodeCidrs)}",
            $"--leader-elect={Bool(o.LeaderElect)}",
            $"--use-service-account-credentials={Bool(o.UseServiceAccountCredentials)}",
        };
        if (o.ClusterCidr is { } cidr)
        {
            args.Add($"--cluster-cidr={cidr}");
        }

        if (o.ConcurrentNodeSyncs is { } syncs)
        {
            args.Add($"--concurrent-node-syncs={Number(syncs)}");
        }

        if (!o.Controllers.IsEmpty)
        {
            args.Add($"--controllers={string.Join(',', o.Controllers)}");
        }

        var ds = new PatchTarget("DaemonSet", "aws-cloud-controller-manager");
        k.Patch(ds, "replace", "/spec/template/spec/containers/0/args", List(args));
        k.Patch(ds, "replace", "/spec/template/spec/tolerations", Tolerations(
            ("node.cloudprovider.kubernetes.io/uninitialized", "true", "NoSchedule"),
            (BootstrapDefaults.ControlPlaneTaint.Key, null, BootstrapDefaults.ControlPlaneTaint.Effect),
            ("node.kubernetes.io/not-ready", null, "NoSchedule")));
    }

    /// <summary>
    /// The EBS CSI driver: the controller on the control-plane nodes, on the host's network so that it reaches the
    /// instance metadata service (hop limit 1) for the control-plane role's credentials, one replica per control-plane
    /// node up to two; the node plugin everywhere; and kgen's default StorageClass.
    /// </summary>
    private static void EbsCsiDriver(Cluster c, Kustomization k, List<AddonFile> owned)
    {
        var o = c.Addons.EbsCsiDriver;
        k.Namespace = "kube-system";
        var controller = new PatchTarget("Deployment", "ebs-csi-controller");
        var controlPlaneNodes = c.ControlPlaneGroups.Sum(g => g.MinSize);
        k.Patch(controller, "replace", "/spec/replicas", Number(Math.Clamp(controlPlaneNodes, 1, 2)));
        k.Patch(controller, "add", "/spec/template/spec/hostNetwork", "true");
        k.Patch(controller, "replace", "/spec/template/spec/nodeSelector", $"{{\"kubernetes.io/os\": \"linux\", {Quote(BootstrapDefaults.ControlPlaneTaint.Key)}: \"\"}}");
        k.Patch(controller, "add", "/spec/template/spec/tolerations/-", Toleration(BootstrapDefaults.ControlPlaneTaint.Key, null, BootstrapDefaults.ControlPlaneTaint.Effect));

        // The cluster's tag on every volume it makes, which the control-plane role's EBS statements require.
        k.Patch(controller, "add", "/spec/template/spec/containers/0/args/-", Quote($"--k8s-tag-cluster-id={c.Name}"));
        k.Patch(controller, "add", "/spec/template/spec/containers/0/args/-", Quote($"--extra-tags={Names.ClusterTag}={c.Name}"));
        if (o.VolumeAttachLimit is { } limit)
        {
            k.Patch(new PatchTarget("DaemonSet", "ebs-csi-node"), "add", "/spec/template/spec/containers/0/args/-", Quote($"--volume-attach-limit={Number(limit)}"));
        }

        if (o.DefaultStorageClass)
        {
            owned.Add(new("storageclass.yaml", StorageClass(c)));
        }
    }

    /// <summary>gp3, encrypted (with the cluster's KMS key when the spec names one), bound where the pod lands, the cluster's default.</summary>
    private static string StorageClass(Cluster c)
    {
        var sb = new StringBuilder();
        sb.Append("apiVersion: storage.k8s.io/v1\n");
        sb.Append("kind: StorageClass\n");
        sb.Append("metadata:\n");
        sb.Append("  name: ").Append(StorageClassName).Append('\n');
        sb.Append("  annotations:\n");
        sb.Append("    storageclass.kubernetes.io/is-default-class: \"true\"\n");
        sb.Append("provisioner: ebs.csi.aws.com\n");
        sb.Append("parameters:\n");
        sb.Append("  type: gp3\n");
        sb.Append("  encrypted: \"true\"\n");
        if (c.ConfigStoreKmsKey is { } key)
        {
            sb.Append("  kmsKeyId: ").Append(Quote(key)).Append('\n');
        }

        sb.Append("reclaimPolicy: Delete\n");
        sb.Append("allowVolumeExpansion: true\n");
        sb.Append("volumeBindingMode: WaitForFirstConsumer\n");
        return sb.ToString();
    }

    /// <summary>metrics-server as upstream's release overlay makes it (its label on every object and selector, the released image).</summary>
    private static void MetricsServer(Cluster c, Kustomization k)
    {
        k.Labels = ("k8s-app", "metrics-server");
        if (c.Addons.MetricsServer.KubeletInsecureTls)
        {
            k.Patch(new PatchTarget("Deployment", "metrics-server"), "add", "/spec/template/spec/containers/0/args/-", Quote("--kubelet-insecure-tls"));
        }
    }

    /// <summary>The queue URL the handler reads; the account is filled in on the node (<see cref="BootValues.AccountId"/>), since kgen's plan does not know it.</summary>
    public static string NodeTerminationQueueUrl(Cluster c) => $"https://{Names.AwsEndpoint("sqs", c.Region)}/{BootValues.AccountId}/{new Names(c).NodeTerminationQueue}";

    /// <summary>
    /// The node termination handler in queue-processor mode, as upstream's chart renders it with
    /// <c>enableSqsTerminationDraining</c> (its service account, cluster role and binding, and Deployment), set as kops
    /// sets it: on the control-plane nodes, on the host's network so that it reaches the instance metadata service for the
    /// control-plane role's credentials, one replica per control-plane node up to two, acting only on instances with the
    /// managed tag, reading the cluster's queue.
    /// </summary>
    private static void NodeTerminationHandler(Cluster c, Kustomization k, List<AddonFile> owned)
    {
        var o = c.Addons.NodeTerminationHandler;
        const string App = "aws-node-termination-handler";
        k.Namespace = "kube-system";
        var labels = $"    app.kubernetes.io/name: {App}\n    app.kubernetes.io/instance: {App}\n";
        var rbac = new StringBuilder();
        rbac.Append("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ").Append(App).Append("\n  labels:\n").Append(labels);
        rbac.Append("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ").Append(App).Append("\n  labels:\n").Append(labels);
        rbac.Append("rules:\n");
        foreach (var (group, resource, verbs) in new[]
        {
            ("\"\"", "nodes", "get, list, patch, update"),
            ("\"\"", "pods", "list, get"),
            ("\"\"", "pods/eviction", "create"),
            ("extensions", "daemonsets", "get"),
            ("apps", "daemonsets", "get"),
            ("\"\"", "events", "create, patch"),
        })
        {
            rbac.Append("- apiGroups: [").Append(group).Append("]\n  resources: [").Append(resource).Append("]\n  verbs: [").Append(verbs).Append("]\n");
        }

        rbac.Append("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ").Append(App).Append("\n  labels:\n").Append(labels);
        rbac.Append("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ").Append(App).Append('\n');
        rbac.Append("subjects:\n- kind: ServiceAccount\n  name: ").Append(App).Append("\n  namespace: kube-system\n");
        owned.Add(new("rbac.yaml", rbac.ToString()));
        if (o.Mode == NodeTerminationHandlerMode.Imds)
        {
            owned.Add(new("daemonset.yaml", NodeTerminationDaemonSet(c)));
            return;
        }

        var env = new List<(string Name, string Value)>
        {
            ("ENABLE_PROBES_SERVER", "true"), ("PROBES_SERVER_PORT", "8080"), ("PROBES_SERVER_ENDPOINT", "/healthz"),
            ("LOG_LEVEL", "info"), ("JSON_LOGGING", "true"), ("LOG_FORMAT_VERSION", "2"),
            ("ENABLE_PROMETHEUS_SERVER", Bool(o.PrometheusMetrics)), ("PROMETHEUS_SERVER_PORT", "9092"),
            ("CHECK_TAG_BEFORE_DRAINING", "true"), ("MANAGED_TAG", o.ManagedTag), ("USE_PROVIDER_ID", "true"),
            ("DRY_RUN", "false"), ("CORDON_ONLY", "false"), ("TAINT_NODE", Bool(o.TaintNode)),
            ("ENABLE_OUT_OF_SERVICE_TAINT", Bool(o.OutOfServiceTaint)), ("EXCLUDE_FROM_LOAD_BALANCERS", Bool(o.ExcludeFromLoadBalancers)),
            ("DELETE_LOCAL_DATA", "true"), ("IGNORE_DAEMON_SETS", "true"),
            ("POD_TERMINATION_GRACE_PERIOD", Number(o.PodTerminationGracePeriod)), ("NODE_TERMINATION_GRACE_PERIOD", "120"),
            ("EMIT_KUBERNETES_EVENTS", "true"), ("COMPLETE_LIFECYCLE_ACTION_DELAY_SECONDS", "-1"),
            ("ENABLE_SPOT_INTERRUPTION_DRAINING", "true"), ("ENABLE_SCHEDULED_EVENT_DRAINING", "true"),
            ("ENABLE_REBALANCE_MONITORING", Bool(o.RebalanceMonitoring)), ("ENABLE_REBALANCE_DRAINING", Bool(o.RebalanceDraining)),
            ("ENABLE_SQS_TERMINATION_DRAINING", "true"), ("AWS_REGION", c.Region), ("QUEUE_URL", NodeTerminationQueueUrl(c)),
            ("DELETE_SQS_MSG_IF_NODE_NOT_FOUND", Bool(o.DeleteSqsMessageIfNodeNotFound)),
            ("WORKERS", "10"), ("HEARTBEAT_INTERVAL", "-1"), ("HEARTBEAT_UNTIL", "-1"), ("SQS_MSG_VISIBILITY_TIMEOUT_SEC", "20"),
        };
        var selector = $"      app.kubernetes.io/name: {App}\n      app.kubernetes.io/instance: {App}\n      app.kubernetes.io/component: deployment\n";
        var d = new StringBuilder();
        d.Append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").Append(App).Append("\n  labels:\n").Append(labels).Append("    app.kubernetes.io/component: deployment\n");
        d.Append("spec:\n  replicas: ").Append(Number(Math.Clamp(c.ControlPlaneGroups.Sum(g => g.MinSize), 1, 2))).Append('\n');
        d.Append("  selector:\n    matchLabels:\n").Append(selector);
        d.Append("  template:\n    metadata:\n      labels:\n").Append(selector.Replace("      ", "        ", StringComparison.Ordinal)).Append("        k8s-app: ").Append(App).Append('\n');
        d.Append("    spec:\n      serviceAccountName: ").Append(App).Append('\n');
        d.Append("      priorityClassName: system-cluster-critical\n      hostNetwork: true\n");
        d.Append("      securityContext:\n        fsGroup: 1000\n");
        d.Append("      nodeSelector:\n        kubernetes.io/os: linux\n        ").Append(Quote(BootstrapDefaults.ControlPlaneTaint.Key)).Append(": \"\"\n");
        d.Append("      tolerations:\n      - key: ").Append(Quote(BootstrapDefaults.ControlPlaneTaint.Key)).Append("\n        operator: Exists\n        effect: ").Append(BootstrapDefaults.ControlPlaneTaint.Effect).Append('\n');
        d.Append("      containers:\n      - name: ").Append(App).Append("\n        image: ").Append(AddonCatalog.NodeTerminationHandler.ImageName).Append(':').Append(AddonCatalog.NodeTerminationHandler.Version).Append('\n');
        d.Append("        imagePullPolicy: IfNotPresent\n");
        d.Append("        securityContext:\n          allowPrivilegeEscalation: false\n          readOnlyRootFilesystem: true\n          runAsNonRoot: true\n          runAsUser: 1000\n          runAsGroup: 1000\n");
        d.Append("        env:\n");
        foreach (var field in new[] { ("NODE_NAME", "spec.nodeName"), ("POD_NAME", "metadata.name"), ("NAMESPACE", "metadata.namespace") })
        {
            d.Append("        - name: ").Append(field.Item1).Append("\n          valueFrom:\n            fieldRef:\n              fieldPath: ").Append(field.Item2).Append('\n');
        }

        foreach (var (name, value) in env)
        {
            d.Append("        - name: ").Append(name).Append("\n          value: ").Append(Quote(value)).Append('\n');
        }

        d.Append("        ports:\n        - name: liveness-probe\n          protocol: TCP\n          containerPort: 8080\n");
        if (o.PrometheusMetrics)
        {
            d.Append("        - name: http-metrics\n          protocol: TCP\n          containerPort: 9092\n");
        }

        d.Append("        livenessProbe:\n          httpGet:\n            path: /healthz\n            port: 8080\n          initialDelaySeconds: 5\n          periodSeconds: 5\n");
        d.Append("        resources:\n");
        if (o.MemoryLimit is { } limit)
        {
            d.Append("          limits:\n            memory: ").Append(Quote(limit)).Append('\n');
        }

        d.Append("          requests:\n            cpu: ").Append(Quote(o.CpuRequest)).Append("\n            memory: ").Append(Quote(o.MemoryRequest)).Append('\n');
        owned.Add(new("deployment.yaml", d.ToString()));
    }

    private static string Tolerations(params (string Key, string? Value, string Effect)[] items) =>
        "[" + string.Join(", ", items.Select(t => Toleration(t.Key, t.Value, t.Effect))) + "]";

    private static string Toleration(string key, string? value, string effect) => value is null
        ? $"{{\"key\": {Quote(key)}, \"operator\": \"Exists\", \"effect\": {Quote(effect)}}}"
        : $"{{\"key\": {Quote(key)}, \"operator\": \"Equal\", \"value\": {Quote(value)}, \"effect\": {Quote(effect)}}}";

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>A YAML (and JSON) double-quoted string.</summary>
    internal static string Quote(string s) => Newtonsoft.Json.JsonConvert.ToString(s);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool b) => b ? "true" : "false";

    /// <summary>The object a patch applies to.</summary>
    /// <param name="Kind">Its kind.</param>
    /// <param name="Name">Its name.</param>
    private sealed record PatchTarget(string Kind, string Name);

    /// <summary>kgen's kustomization of one add-on: upstream's files, kgen's own, the image, labels and JSON patches.</summary>
    private sealed class Kustomization(AddonKind kind, AddonRelease release)
    {
        private readonly List<(PatchTarget Target, string Op, string Path, string? Value)> _patches = [];

        public string? Namespace { get; set; }

        public (string Key, string Value)? Labels { get; set; }

        private readonly List<(PatchTarget Target, string Patch)> _merges = [];
        /// <summary>The prefix of every object's name (Kustomize's <c>namePrefix</c>), or null.</summary>
        public string? NamePrefix { get; set; }

        /// <summary>Files (upstream's or kgen's) applied as strategic-merge patches, in order, before the JSON patches; never resources.</summary>
        public List<string> PatchFiles { get; } = [];

        /// <summary>Kustomize transformer configurations (upstream's files), or none.</summary>
        public List<string> Configurations { get; } = [];

        /// <summary>A JSON patch operation; <paramref name="value"/> is null for <c>remove</c>.</summary>
        public void Patch(PatchTarget target, string op, string path, string? value) => _patches.Add((target, op, path, value));

        /// <summary>A strategic-merge patch (lists of containers, env and volumes merge by name), applied after the JSON patches.</summary>
        public void StrategicMerge(PatchTarget target, string patch) => _merges.Add((target, patch));

        public string Render(IEnumerable<string> ownedResources)
        {
            var sb = new StringBuilder();
            sb.Append("# ").Append(AddonCatalog.Name(kind)).Append(' ').Append(release.Version)
                .Append(": ").Append(release.Repository).Append(" at ").Append(release.Tag)
                .Append(", files downloaded beside this one and checked against the SHA-256s in ").Append(SourcesFile).Append('\n');
            sb.Append("apiVersion: kustomize.config.k8s.io/v1beta1\n");
            sb.Append("kind: Kustomization\n");
            if (Namespace is { } ns)
            {
                sb.Append("namespace: ").Append(ns).Append('\n');
            }

            if (NamePrefix is { } prefix)
            {
                sb.Append("namePrefix: ").Append(prefix).Append('\n');
            }

            sb.Append("resources:\n");
            foreach (var f in release.Files.Select(f => f.FileName).Concat(ownedResources.Except(PatchFiles)))
            {
                sb.Append("- ").Append(f).Append('\n');
            }

            if (Configurations.Count > 0)
            {
                sb.Append("configurations:\n");
                foreach (var f in Configurations)
                {
                    sb.Append("- ").Append(f).Append('\n');
                }
            }

            if (Labels is { } l)
            {
                sb.Append("labels:\n");
                sb.Append("- pairs:\n");
                sb.Append("    ").Append(l.Key).Append(": ").Append(l.Value).Append('\n');
                sb.Append("  includeSelectors: true\n");
                sb.Append("  includeTemplates: true\n");
            }

            sb.Append("images:\n");
            sb.Append("- name: ").Append(release.ImageName).Append('\n');
            if (release.NewImageName != release.ImageName)
            {
                sb.Append("  newName: ").Append(release.NewImageName).Append('\n');
            }

            sb.Append("  newTag: ").Append(release.Version).Append('\n');
            var byTarget = _patches.GroupBy(p => p.Target).ToList();
            if (byTarget.Count > 0 || _merges.Count > 0 || PatchFiles.Count > 0)
            {
                sb.Append("patches:\n");
                foreach (var f in PatchFiles)
                {
                    sb.Append("- path: ").Append(f).Append('\n');
                }

                foreach (var group in byTarget)
                {
                    sb.Append("- target:\n");
                    sb.Append("    kind: ").Append(group.Key.Kind).Append('\n');
                    sb.Append("    name: ").Append(group.Key.Name).Append('\n');
                    sb.Append("  patch: |-\n");
                    foreach (var (_, op, path, value) in group)
                    {
                        sb.Append("    - op: ").Append(op).Append('\n');
                        sb.Append("      path: ").Append(path).Append('\n');
                        if (value is not null)
                        {
                            sb.Append("      value: ").Append(value).Append('\n');
                        }
                    }
                }

                foreach (var (target, patch) in _merges)
                {
                    sb.Append("- target:\n");
                    sb.Append("    kind: ").Append(target.Kind).Append('\n');
                    sb.Append("    name: ").Append(target.Name).Append('\n');
                    sb.Append("  patch: |-\n");
                    foreach (var line in patch.Split('\n'))
                    {
                        sb.Append("    ").Append(line).Append('\n');
                    }
                }
            }

            return sb.ToString();
        }
    }
}

/// <summary>What the runner's template is given.</summary>
internal sealed record RunnerModel
{
    /// <summary>The cluster's name, for its comments.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The cluster's config store, where kgen delivers the add-ons' files.</summary>
    public required string ConfigBase { get; init; }

    /// <summary>The cluster's region (of the index's parameter).</summary>
    public required string Region { get; init; }

    /// <summary>The SSM parameter that holds the index.</summary>
    public required string IndexParameter { get; init; }

    /// <summary>The config store's folder of add-ons.</summary>
    public required string AddonsPrefix { get; init; }

    /// <summary>The name of an add-on's list of upstream files.</summary>
    public required string SourcesFile { get; init; }

    /// <summary>The name of kgen's kustomization.</summary>
    public required string KustomizationFile { get; init; }

    /// <summary>Where the runner records the digest it last applied of each add-on.</summary>
    public string StateDir { get; init; } = "/var/lib/kgen/addons/applied";

    /// <summary>Where the runner puts an add-on's files together before applying them.</summary>
    public string WorkDir { get; init; } = "/var/lib/kgen/addons/work";

    /// <summary>What the runner replaces with the instance's AWS account in an add-on's files before applying them.</summary>
    public string AccountPlaceholder { get; init; } = BootValues.AccountId;

    /// <summary>The kubeconfig kubectl uses (kubeadm's admin credential on a control-plane node).</summary>
    public string Kubeconfig { get; init; } = "/etc/kubernetes/admin.conf";

    /// <summary>The field manager of kgen's server-side applies.</summary>
    public string FieldManager { get; init; } = "kgen-addons";
}
