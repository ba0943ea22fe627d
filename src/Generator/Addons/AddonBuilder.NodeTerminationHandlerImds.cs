using System.Text;
using Kgen.Model;

namespace Kgen.Generator.Addons;

/// <summary>The node termination handler's IMDS mode, and which of its resources each mode needs.</summary>
internal static partial class AddonBuilder
{
    /// <summary>
    /// Whether the cluster runs the node termination handler in queue-processor mode: then, and only then, it has an SQS
    /// queue, EventBridge rules, lifecycle hooks, the managed tag on its groups and AWS permissions. IMDS mode needs none.
    /// </summary>
    public static bool NodeTerminationQueueMode(Cluster c) =>
        Enabled(c, AddonKind.NodeTerminationHandler) && c.Addons.NodeTerminationHandler.Mode == NodeTerminationHandlerMode.QueueProcessor;

    /// <summary>
    /// The node termination handler's DaemonSet in IMDS mode, as upstream's chart (v1.25.6, <c>daemonset.linux.yaml</c>)
    /// renders it with <c>enableSqsTerminationDraining: false</c>, set as kops sets it: on every Linux node (it tolerates
    /// every taint), on the host's network so that it reaches its own instance's metadata service (hop limit 1), at
    /// <c>system-node-critical</c>, polling for spot interruption notices, scheduled events, rebalance recommendations
    /// and the autoscaling group's target lifecycle state as the spec turns each on, and cordoning and draining its own
    /// node. It calls no AWS API (no permissions), and there is no queue. Not set: the chart's Fargate affinity (kgen's
    /// nodes are EC2 instances) and its probes server (off by default in the chart; on the host's network its port would
    /// be taken on every node).
    /// </summary>
    private static string NodeTerminationDaemonSet(Cluster c)
    {
        var o = c.Addons.NodeTerminationHandler;
        const string App = "aws-node-termination-handler";
        var env = new List<(string Name, string Value)>
        {
            ("ENABLE_PROBES_SERVER", "false"), ("PROBES_SERVER_PORT", "8080"), ("PROBES_SERVER_ENDPOINT", "/healthz"),
            ("LOG_LEVEL", "info"), ("JSON_LOGGING", "true"), ("LOG_FORMAT_VERSION", "2"),
            ("ENABLE_PROMETHEUS_SERVER", Bool(o.PrometheusMetrics)), ("PROMETHEUS_SERVER_PORT", "9092"),
            ("METADATA_TRIES", "3"), ("DRY_RUN", "false"), ("CORDON_ONLY", "false"), ("TAINT_NODE", Bool(o.TaintNode)),
            ("ENABLE_OUT_OF_SERVICE_TAINT", Bool(o.OutOfServiceTaint)), ("EXCLUDE_FROM_LOAD_BALANCERS", Bool(o.ExcludeFromLoadBalancers)),
            ("DELETE_LOCAL_DATA", "true"), ("IGNORE_DAEMON_SETS", "true"),
            ("POD_TERMINATION_GRACE_PERIOD", Number(o.PodTerminationGracePeriod)), ("NODE_TERMINATION_GRACE_PERIOD", "120"),
            ("EMIT_KUBERNETES_EVENTS", "true"),
            ("ENABLE_SPOT_INTERRUPTION_DRAINING", Bool(o.SpotInterruptionDraining)), ("ENABLE_ASG_LIFECYCLE_DRAINING", "true"),
            ("ENABLE_SCHEDULED_EVENT_DRAINING", Bool(o.ScheduledEventDraining)),
            ("ENABLE_REBALANCE_MONITORING", Bool(o.RebalanceMonitoring)), ("ENABLE_REBALANCE_DRAINING", Bool(o.RebalanceDraining)),
            ("ENABLE_SQS_TERMINATION_DRAINING", "false"), ("UPTIME_FROM_FILE", "/proc/uptime"),
        };
        var selector = $"      app.kubernetes.io/name: {App}\n      app.kubernetes.io/instance: {App}\n      app.kubernetes.io/component: daemonset\n";
        var d = new StringBuilder();
        d.Append("apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ").Append(App).Append("\n  labels:\n");
        d.Append("    app.kubernetes.io/name: ").Append(App).Append("\n    app.kubernetes.io/instance: ").Append(App).Append("\n    app.kubernetes.io/component: daemonset\n");
        d.Append("spec:\n  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxUnavailable: 25%\n");
        d.Append("  selector:\n    matchLabels:\n").Append(selector).Append("      kubernetes.io/os: linux\n");
        d.Append("  template:\n    metadata:\n      labels:\n").Append(selector.Replace("      ", "        ", StringComparison.Ordinal));
        d.Append("        kubernetes.io/os: linux\n        k8s-app: ").Append(App).Append('\n');
        d.Append("    spec:\n      serviceAccountName: ").Append(App).Append('\n');
        d.Append("      securityContext:\n        fsGroup: 1000\n");
        d.Append("      priorityClassName: system-node-critical\n      hostNetwork: true\n      dnsPolicy: ClusterFirstWithHostNet\n");
        d.Append("      containers:\n      - name: ").Append(App).Append('\n');
        d.Append("        securityContext:\n          allowPrivilegeEscalation: false\n          readOnlyRootFilesystem: true\n          runAsNonRoot: true\n          runAsUser: 1000\n          runAsGroup: 1000\n");
        d.Append("        image: ").Append(AddonCatalog.NodeTerminationHandler.ImageName).Append(':').Append(AddonCatalog.NodeTerminationHandler.Version).Append('\n');
        d.Append("        imagePullPolicy: IfNotPresent\n");
        d.Append("        env:\n");
        foreach (var field in new[] { ("NODE_NAME", "spec.nodeName"), ("POD_NAME", "metadata.name"), ("NAMESPACE", "metadata.namespace") })
        {
            d.Append("        - name: ").Append(field.Item1).Append("\n          valueFrom:\n            fieldRef:\n              fieldPath: ").Append(field.Item2).Append('\n');
        }

        foreach (var (name, value) in env)
        {
            d.Append("        - name: ").Append(name).Append("\n          value: ").Append(Quote(value)).Append('\n');
        }

        if (o.PrometheusMetrics)
        {
            d.Append("        ports:\n        - name: http-metrics\n          protocol: TCP\n          containerPort: 9092\n");
        }

        d.Append("        resources:\n");
        if (o.MemoryLimit is { } limit)
        {
            d.Append("          limits:\n            memory: ").Append(Quote(limit)).Append('\n');
        }

        d.Append("          requests:\n            cpu: ").Append(Quote(o.CpuRequest)).Append("\n            memory: ").Append(Quote(o.MemoryRequest)).Append('\n');
        d.Append("        volumeMounts:\n        - name: uptime\n          mountPath: /proc/uptime\n          readOnly: true\n");
        d.Append("      volumes:\n      - name: uptime\n        hostPath:\n          path: /proc/uptime\n");
        d.Append("      nodeSelector:\n        kubernetes.io/os: linux\n");
        d.Append("      tolerations:\n      - operator: Exists\n");
        return d.ToString();
    }
}
