using System.Text.Json;
using Kgen.Generator;
using Kgen.Generator.Addons;
using Kgen.Generator.Plan;
using Kgen.Model;
using Kgen.Tests.Support;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>
/// The node termination handler in queue-processor mode: off by default; when on, its queue, the queue's policy, the
/// EventBridge rules and targets, a lifecycle hook on every group that runs nodes, the managed tag, its IAM, and what
/// it renders.
/// </summary>
public sealed class NodeTerminationHandlerTests
{
    private const string On = "\nnodeTerminationHandler: {enabled: true}";

    [Fact]
    public void Off_by_default_nothing_of_it_exists()
    {
        var plan = Plan(Cluster(OnePublicZone));
        Assert.Empty(plan.OfType<SqsQueue>());
        Assert.Empty(plan.OfType<EventRule>());
        Assert.Empty(plan.OfType<LifecycleHook>());
        Assert.DoesNotContain(AddonBuilder.Build(plan.Cluster), a => a.Kind == AddonKind.NodeTerminationHandler);
        Assert.DoesNotContain(plan.OfType<IamRolePolicy>().SelectMany(p => Statements(p)), s => s.Sid!.StartsWith("NodeTermination", StringComparison.Ordinal));
        Assert.All(plan.OfType<AutoscalingGroup>(), g => Assert.False(g.Tags.Items.ContainsKey("aws-node-termination-handler/managed")));
    }

    [Fact]
    public void The_queue_is_encrypted_keeps_messages_300_seconds_and_is_tagged_as_the_clusters()
    {
        var queue = Assert.Single(Plan(Cluster(OnePublicZone + On, "acme.k8s.local")).OfType<SqsQueue>());
        Assert.Equal("acme-k8s-local-nth", queue.QueueName);
        Assert.Equal(300, queue.MessageRetentionSeconds);
        Assert.True(queue.SqsManagedSse);
        Assert.Equal("owned", queue.Tags.Items["kubernetes.io/cluster/acme.k8s.local"]);
        Assert.Equal("acme.k8s.local", queue.Tags.Items["KubernetesCluster"]);
    }

    [Fact]
    public void The_queue_policy_lets_eventbridge_send_only_on_behalf_of_the_clusters_rules()
    {
        var plan = Plan(Cluster(OnePublicZone + On));
        var queue = Assert.Single(plan.OfType<SqsQueue>());
        var policy = Assert.Single(plan.OfType<SqsQueuePolicy>());
        var rules = plan.OfType<EventRule>().ToList();
        Assert.Equal(["sqs:SendMessage"], policy.Actions.AsEnumerable());
        Assert.Equal(["events.amazonaws.com", "sqs.amazonaws.com"], policy.Services.AsEnumerable());
        Assert.Equal(queue.Ref("arn"), policy.QueueArn);
        Assert.Equal(queue.Ref("url"), policy.QueueUrl);
        Assert.Equal(rules.Count, policy.SourceArns.Length);
        Assert.All(policy.SourceArns, a => Assert.Contains(rules, r => a is Reference { Attribute: "arn" } reference && reference.Target == r));
    }

    [Fact]
    public void Every_rule_sends_to_the_queue_and_the_lifecycle_rule_names_exactly_the_clusters_groups()
    {
        var plan = Plan(Cluster(OnePublicZone + On), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(), Nodes("spot"));
        var queue = Assert.Single(plan.OfType<SqsQueue>());
        var rules = plan.OfType<EventRule>().ToList();
        Assert.Equal(
            ["t.k8s.local-ASGLifecycle", "t.k8s.local-InstanceScheduledChange", "t.k8s.local-InstanceStateChange", "t.k8s.local-SpotInterruption"],
            rules.Select(r => r.RuleName).Order(StringComparer.Ordinal));
        Assert.All(rules, r => Assert.Single(plan.OfType<EventTarget>(), t => t.Rule.Target == r && t.Arn == queue.Ref("arn")));

        var lifecycle = JsonDocument.Parse(rules.Single(r => r.RuleName.EndsWith("-ASGLifecycle", StringComparison.Ordinal)).EventPattern).RootElement;
        Assert.Equal("aws.autoscaling", lifecycle.GetProperty("source")[0].GetString());
        Assert.Equal("EC2 Instance-terminate Lifecycle Action", lifecycle.GetProperty("detail-type")[0].GetString());
        Assert.Equal(
            plan.OfType<AutoscalingGroup>().Select(g => g.GroupName).Order(StringComparer.Ordinal),
            lifecycle.GetProperty("detail").GetProperty("AutoScalingGroupName").EnumerateArray().Select(e => e.GetString()!));

        var spot = JsonDocument.Parse(rules.Single(r => r.RuleName.EndsWith("-SpotInterruption", StringComparison.Ordinal)).EventPattern).RootElement;
        Assert.Equal("EC2 Spot Instance Interruption Warning", spot.GetProperty("detail-type")[0].GetString());
        var state = JsonDocument.Parse(rules.Single(r => r.RuleName.EndsWith("-InstanceStateChange", StringComparison.Ordinal)).EventPattern).RootElement;
        Assert.Equal("EC2 Instance State-change Notification", state.GetProperty("detail-type")[0].GetString());
    }

    [Fact]
    public void Rebalance_draining_adds_the_rebalance_rule()
    {
        var plan = Plan(Cluster(OnePublicZone + "\nnodeTerminationHandler: {enabled: true, enableRebalanceDraining: true, enableRebalanceMonitoring: true}"));
        var rule = Assert.Single(plan.OfType<EventRule>(), r => r.RuleName.EndsWith("-RebalanceRecommendation", StringComparison.Ordinal));
        Assert.Contains("\"EC2 Instance Rebalance Recommendation\"", rule.EventPattern, StringComparison.Ordinal);
        Assert.Contains(plan.OfType<SqsQueuePolicy>().Single().SourceArns, a => a is Reference reference && reference.Target == rule);
        var deployment = File(plan.Cluster, "deployment.yaml");
        Assert.Contains("- name: ENABLE_REBALANCE_DRAINING\n          value: \"true\"\n", deployment, StringComparison.Ordinal);
        Assert.Contains("- name: ENABLE_REBALANCE_MONITORING\n          value: \"true\"\n", deployment, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_group_that_runs_nodes_has_the_terminating_hook_and_the_managed_tag_but_not_the_bastion()
    {
        var plan = Plan(Cluster(TwoPrivateZones + On + "\ntopology: {bastion: {}}"), ControlPlane(spec: "subnets: [us-east-1a]"), Nodes(), Nodes("spot"), Bastion(spec: "subnets: [utility-us-east-1a]"));
        var groups = plan.OfType<AutoscalingGroup>().ToList();
        var hooks = plan.OfType<LifecycleHook>().ToList();
        Assert.Equal(3, hooks.Count);
        Assert.Contains(groups, g => g.GroupName.StartsWith("bastions.", StringComparison.Ordinal));
        foreach (var g in groups)
        {
            var bastion = g.GroupName.StartsWith("bastions.", StringComparison.Ordinal);
            var hook = hooks.SingleOrDefault(h => h.AutoscalingGroupName is Reference r && r.Target == g);
            Assert.Equal(bastion, hook is null);
            Assert.Equal(!bastion, g.Tags.Items.ContainsKey("aws-node-termination-handler/managed"));
            if (hook is not null)
            {
                Assert.Equal(("autoscaling:EC2_INSTANCE_TERMINATING", 300, "CONTINUE"), (hook.LifecycleTransition, hook.HeartbeatTimeout, hook.DefaultResult));
                Assert.True(g.PropagateTagsAtLaunch);
            }
        }
    }

    [Fact]
    public void The_control_plane_may_read_and_delete_only_its_queues_messages_and_complete_only_the_clusters_lifecycle_actions()
    {
        var plan = Plan(Cluster(OnePublicZone + On));
        var statements = Statements(plan.OfType<IamRolePolicy>().Single(p => p.Name == "masters.t.k8s.local")).ToList();
        var queue = Assert.Single(statements, s => s.Sid == "NodeTerminationHandlerQueue");
        Assert.Equal(["sqs:DeleteMessage", "sqs:ReceiveMessage"], queue.Actions.AsEnumerable());
        Assert.Equal(["arn:aws:sqs:eu-west-1:*:t-k8s-local-nth"], queue.Resources.AsEnumerable());
        var complete = Assert.Single(statements, s => s.Sid == "NodeTerminationHandlerLifecycleActions");
        Assert.Equal(["autoscaling:CompleteLifecycleAction"], complete.Actions.AsEnumerable());
        Assert.Equal(["t.k8s.local"], complete.Conditions["StringEquals"]["aws:ResourceTag/KubernetesCluster"].AsEnumerable());
        var describe = Assert.Single(statements, s => s.Sid == "AddonsDescribe");
        Assert.Contains("autoscaling:DescribeAutoScalingInstances", describe.Actions);
        Assert.DoesNotContain(plan.OfType<IamRolePolicy>().Where(p => p.Name != "masters.t.k8s.local").SelectMany(p => Statements(p)), s => s.Actions.Any(a => a.StartsWith("sqs:", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_path_verifier_proves_every_permission_of_the_handler_used()
    {
        var output = Generator.Generator.Generate(ClusterSpec.Load(Cluster(OnePublicZone + On) + ControlPlane(spec: "subnets: [eu-west-1a]") + Nodes(), "t.yaml"), Target.Terraform);
        var report = output.Verification!;
        Assert.Empty(report.Unused);
        var nth = report.Proofs.Where(p => p.Need.Purpose.Contains("node termination handler", StringComparison.Ordinal)).ToList();
        Assert.Contains(nth, p => p.Need is Generator.Verification.CallNeed { Action: "sqs:ReceiveMessage" });
        Assert.Contains(nth, p => p.Need is Generator.Verification.CallNeed { Action: "autoscaling:CompleteLifecycleAction" });
        Assert.Contains(nth, p => p.Need is Generator.Verification.ConnectNeed);
        Assert.All(nth, p => Assert.Null(p.Missing));
        Assert.Contains(output.Warnings, w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole && w.Message.Contains("aws-node-termination-handler", StringComparison.Ordinal));
    }

    [Fact]
    public void The_handler_runs_on_the_control_plane_in_queue_mode_with_the_clusters_queue_and_kops_settings()
    {
        var c = Resolve(Cluster(OnePublicZone + "\nnodeTerminationHandler: {enabled: true, podTerminationGracePeriod: 90, taintNode: true, managedASGTag: example.com/nth, memoryLimit: 128Mi}", "acme.k8s.local"));
        var d = File(c, "deployment.yaml");
        Assert.Contains("- name: QUEUE_URL\n          value: \"https://sqs.eu-west-1.amazonaws.com/@@ACCOUNT_ID@@/acme-k8s-local-nth\"\n", d, StringComparison.Ordinal);
        Assert.Contains("- name: ENABLE_SQS_TERMINATION_DRAINING\n          value: \"true\"\n", d, StringComparison.Ordinal);
        Assert.Contains("- name: AWS_REGION\n          value: \"eu-west-1\"\n", d, StringComparison.Ordinal);
        Assert.Contains("- name: POD_TERMINATION_GRACE_PERIOD\n          value: \"90\"\n", d, StringComparison.Ordinal);
        Assert.Contains("- name: TAINT_NODE\n          value: \"true\"\n", d, StringComparison.Ordinal);
        Assert.Contains("- name: CHECK_TAG_BEFORE_DRAINING\n          value: \"true\"\n", d, StringComparison.Ordinal);
        Assert.Contains("- name: MANAGED_TAG\n          value: \"example.com/nth\"\n", d, StringComparison.Ordinal);
        Assert.Contains("hostNetwork: true\n", d, StringComparison.Ordinal);
        Assert.Contains("\"node-role.kubernetes.io/control-plane\": \"\"\n", d, StringComparison.Ordinal);
        Assert.Contains("- key: \"node-role.kubernetes.io/control-plane\"\n        operator: Exists\n        effect: NoSchedule\n", d, StringComparison.Ordinal);
        Assert.Contains("limits:\n            memory: \"128Mi\"\n", d, StringComparison.Ordinal);
        var k = File(c, "kustomization.yaml");
        Assert.Contains("- rbac.yaml\n- deployment.yaml\n", k.Replace("- deployment.yaml\n- rbac.yaml\n", "- rbac.yaml\n- deployment.yaml\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("- name: public.ecr.aws/aws-ec2/aws-node-termination-handler\n  newTag: v1.25.6\n", k, StringComparison.Ordinal);
        Assert.Contains("namespace: kube-system\n", k, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(AddonBuilder.Build(c), a => a.Kind == AddonKind.NodeTerminationHandler).Files, f => f.Name == "rbac.yaml" && f.Content.Contains("pods/eviction", StringComparison.Ordinal));
        Assert.Equal("acme-k8s-local-nth", new Names(c).NodeTerminationQueue);
    }

    [Fact]
    public void A_kops_manifest_with_the_fields_loads_and_means_the_same()
    {
        var c = ClusterSpec.Load(System.IO.File.ReadAllText(Repo.Example("addons-all.yaml")), "addons-all.yaml").Resolve();
        var o = c.Addons.NodeTerminationHandler;
        Assert.True(o.Enabled);
        Assert.True(o.RebalanceDraining);
        Assert.True(o.RebalanceMonitoring);
        Assert.Equal(90, o.PodTerminationGracePeriod);
        Assert.Equal("128Mi", o.MemoryLimit);
        Assert.Equal("aws-node-termination-handler/managed", o.ManagedTag);
        Assert.True(AddonBuilder.Enabled(c, AddonKind.NodeTerminationHandler));
    }

    [Theory]
    [InlineData("nodeTerminationHandler: {enabled: true, enableSpotInterruptionDraining: false}", "spec.nodeTerminationHandler.enableSpotInterruptionDraining")]
    [InlineData("nodeTerminationHandler: {enabled: true, enableScheduledEventDraining: false}", "spec.nodeTerminationHandler.enableScheduledEventDraining")]
    [InlineData("nodeTerminationHandler: {enabled: true, enableRebalanceMonitoring: true}", "spec.nodeTerminationHandler.enableRebalanceMonitoring")]
    [InlineData("nodeTerminationHandler: {podTerminationGracePeriod: -5}", "spec.nodeTerminationHandler.podTerminationGracePeriod")]
    [InlineData("nodeTerminationHandler: {managedASGTag: \"aws:nth\"}", "spec.nodeTerminationHandler.managedASGTag")]
    [InlineData("nodeTerminationHandler: {cpuRequest: lots}", "spec.nodeTerminationHandler.cpuRequest")]
    [InlineData("nodeTerminationHandler: {memoryLimit: 1 GB}", "spec.nodeTerminationHandler.memoryLimit")]
    public void A_setting_kgen_cannot_honour_is_an_error_at_its_path(string line, string path)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\n" + line)));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.AddonSettingInvalid && d.ToString().Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_at_its_yaml_path()
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\nnodeTerminationHandler: {enabled: maybe}")));
        Assert.Contains(e.Errors, d => d.ToString().Contains("spec.nodeTerminationHandler.enabled", StringComparison.Ordinal));
    }

    private static IEnumerable<Statement> Statements(IamRolePolicy p) => ((PolicyDocument)p.Policy).Statements;

    private static string File(Cluster c, string name) =>
        AddonBuilder.Build(c).Single(a => a.Kind == AddonKind.NodeTerminationHandler).Files.Single(f => f.Name == name).Content;
}
