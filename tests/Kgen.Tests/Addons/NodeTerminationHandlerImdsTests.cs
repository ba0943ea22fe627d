using Kgen.Generator;
using Kgen.Generator.Addons;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;
using Kgen.Model;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>
/// The node termination handler's IMDS mode (kops' <c>enableSQSTerminationDraining: false</c>): a DaemonSet on every
/// node with the spec's settings, and none of queue-processor mode's queue, rules, hooks, managed tag or permissions.
/// </summary>
public sealed class NodeTerminationHandlerImdsTests
{
    private const string Imds = "\nnodeTerminationHandler: {enabled: true, enableSQSTerminationDraining: false}";

    [Fact]
    public void Imds_mode_makes_no_queue_rules_hooks_tag_or_permissions()
    {
        var plan = Plan(Cluster(OnePublicZone + Imds));
        Assert.Equal(NodeTerminationHandlerMode.Imds, plan.Cluster.Addons.NodeTerminationHandler.Mode);
        Assert.True(AddonBuilder.Enabled(plan.Cluster, AddonKind.NodeTerminationHandler));
        Assert.False(AddonBuilder.NodeTerminationQueueMode(plan.Cluster));
        Assert.Empty(plan.OfType<SqsQueue>());
        Assert.Empty(plan.OfType<SqsQueuePolicy>());
        Assert.Empty(plan.OfType<EventRule>());
        Assert.Empty(plan.OfType<LifecycleHook>());
        Assert.All(plan.OfType<AutoscalingGroup>(), g => Assert.False(g.Tags.Items.ContainsKey("aws-node-termination-handler/managed")));
        var statements = plan.OfType<IamRolePolicy>().SelectMany(p => ((PolicyDocument)p.Policy).Statements).ToList();
        Assert.DoesNotContain(statements, s => s.Sid!.StartsWith("NodeTermination", StringComparison.Ordinal));
        Assert.DoesNotContain(statements.SelectMany(s => s.Actions), a => a.StartsWith("sqs:", StringComparison.Ordinal) || a == "autoscaling:CompleteLifecycleAction");

        // Queue-processor mode, for contrast, has them.
        var queue = Plan(Cluster(OnePublicZone + "\nnodeTerminationHandler: {enabled: true}"));
        Assert.Single(queue.OfType<SqsQueue>());
        Assert.NotEmpty(queue.OfType<LifecycleHook>());
    }

    [Fact]
    public void The_daemonset_runs_on_every_node_with_the_hosts_network_and_kops_defaults()
    {
        var c = Resolve(Cluster(OnePublicZone + Imds));
        var files = AddonBuilder.Build(c).Single(a => a.Kind == AddonKind.NodeTerminationHandler).Files;
        Assert.Equal(["daemonset.yaml", "kustomization.yaml", "rbac.yaml", "sources"], files.Select(f => f.Name));
        var d = files.Single(f => f.Name == "daemonset.yaml").Content;
        Assert.StartsWith("apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: aws-node-termination-handler\n", d, StringComparison.Ordinal);
        Assert.Contains("      tolerations:\n      - operator: Exists\n", d, StringComparison.Ordinal);
        Assert.Contains("      hostNetwork: true\n      dnsPolicy: ClusterFirstWithHostNet\n", d, StringComparison.Ordinal);
        Assert.Contains("      priorityClassName: system-node-critical\n", d, StringComparison.Ordinal);
        Assert.Contains("        image: public.ecr.aws/aws-ec2/aws-node-termination-handler:v1.25.6\n", d, StringComparison.Ordinal);
        Assert.DoesNotContain("node-role.kubernetes.io/control-plane", d, StringComparison.Ordinal);
        foreach (var (name, value) in new[]
        {
            ("ENABLE_SQS_TERMINATION_DRAINING", "false"), ("ENABLE_SPOT_INTERRUPTION_DRAINING", "true"), ("ENABLE_SCHEDULED_EVENT_DRAINING", "true"),
            ("ENABLE_ASG_LIFECYCLE_DRAINING", "true"), ("ENABLE_REBALANCE_MONITORING", "false"), ("ENABLE_REBALANCE_DRAINING", "false"),
            ("UPTIME_FROM_FILE", "/proc/uptime"), ("METADATA_TRIES", "3"), ("EXCLUDE_FROM_LOAD_BALANCERS", "true"), ("POD_TERMINATION_GRACE_PERIOD", "-1"),
        })
        {
            Assert.Contains($"- name: {name}\n          value: \"{value}\"\n", d, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("QUEUE_URL", d, StringComparison.Ordinal);
        Assert.DoesNotContain(BootValues.AccountId, d, StringComparison.Ordinal);
        Assert.Contains("        volumeMounts:\n        - name: uptime\n          mountPath: /proc/uptime\n          readOnly: true\n", d, StringComparison.Ordinal);
        Assert.Contains("- daemonset.yaml\n", files.Single(f => f.Name == "kustomization.yaml").Content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kops_settings_that_queue_mode_refuses_are_honoured_in_imds_mode()
    {
        var spec = """

            nodeTerminationHandler:
              enabled: true
              enableSQSTerminationDraining: false
              enableSpotInterruptionDraining: false
              enableScheduledEventDraining: false
              enableRebalanceMonitoring: true
              taintNode: true
              prometheusEnable: true
              podTerminationGracePeriod: 45
              cpuRequest: 20m
              memoryRequest: 32Mi
              memoryLimit: 96Mi
            """;
        var d = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + spec))).Single(a => a.Kind == AddonKind.NodeTerminationHandler).Files.Single(f => f.Name == "daemonset.yaml").Content;
        foreach (var (name, value) in new[]
        {
            ("ENABLE_SPOT_INTERRUPTION_DRAINING", "false"), ("ENABLE_SCHEDULED_EVENT_DRAINING", "false"), ("ENABLE_REBALANCE_MONITORING", "true"),
            ("ENABLE_REBALANCE_DRAINING", "false"), ("TAINT_NODE", "true"), ("ENABLE_PROMETHEUS_SERVER", "true"), ("POD_TERMINATION_GRACE_PERIOD", "45"),
        })
        {
            Assert.Contains($"- name: {name}\n          value: \"{value}\"\n", d, StringComparison.Ordinal);
        }

        Assert.Contains("        ports:\n        - name: http-metrics\n          protocol: TCP\n          containerPort: 9092\n", d, StringComparison.Ordinal);
        Assert.Contains("          limits:\n            memory: \"96Mi\"\n          requests:\n            cpu: \"20m\"\n            memory: \"32Mi\"\n", d, StringComparison.Ordinal);
    }

    [Fact]
    public void The_handler_is_not_named_among_the_add_ons_on_the_control_plane_role_and_its_image_pull_is_proven_from_every_node()
    {
        var output = Generator.Generator.Generate(ClusterSpec.Load(Cluster(OnePublicZone + Imds) + ControlPlane(spec: "subnets: [eu-west-1a]") + Nodes(), "t.yaml"), Target.Terraform);
        var role = Assert.Single(output.Warnings, w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole);
        Assert.DoesNotContain("aws-node-termination-handler", role.Message, StringComparison.Ordinal);
        var report = output.Verification!;
        Assert.Empty(report.Unused);
        var nth = report.Proofs.Where(p => p.Need.Purpose.Contains("node termination handler", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, nth.Count);
        Assert.All(nth, p => Assert.True(p.Proven, p.Need.Purpose));
        Assert.All(nth, p => Assert.IsType<Generator.Verification.ConnectNeed>(p.Need));
    }
}
