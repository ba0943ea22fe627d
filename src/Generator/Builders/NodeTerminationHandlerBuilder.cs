using System.Collections.Immutable;
using Kgen.Generator.Addons;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>
/// The AWS infrastructure of the node termination handler in queue-processor mode (kops'
/// <c>NodeTerminationHandlerBuilder</c>): an encrypted SQS queue keeping messages <see cref="MessageRetentionSeconds"/>
/// seconds; EventBridge rules sending it spot interruption warnings, instance state changes, scheduled maintenance
/// (AWS Health), the cluster's groups' terminate lifecycle actions and, when rebalance draining is on, rebalance
/// recommendations; a queue policy letting EventBridge (and SQS) send only on behalf of those rules; and a terminate
/// lifecycle hook on every group that runs Kubernetes nodes, which holds an instance until the handler has drained it
/// (or <see cref="HeartbeatSeconds"/> pass). Nothing when the handler is off.
/// </summary>
internal sealed class NodeTerminationHandlerBuilder : IPlanBuilder
{
    /// <summary>Seconds a message stays in the queue (kops' 300: an event older than that is stale).</summary>
    public const int MessageRetentionSeconds = 300;

    /// <summary>Seconds a terminating instance waits for the handler (kops' 300), then terminates anyway.</summary>
    public const int HeartbeatSeconds = 300;

    /// <summary>The id of the queue among each rule's targets.</summary>
    public const string QueueTargetId = "node-termination-queue";

    /// <summary>The lifecycle transition of the groups' hooks.</summary>
    public const string TerminatingTransition = "autoscaling:EC2_INSTANCE_TERMINATING";

    /// <summary>The services that deliver events to the queue (kops' queue policy).</summary>
    public static ImmutableArray<string> QueueSenders { get; } = ["events.amazonaws.com", "sqs.amazonaws.com"];

    /// <summary>The rules, by the suffix of their names (kops' names), with their event patterns; the lifecycle rule is scoped to <paramref name="groups"/>.</summary>
    public static ImmutableArray<(string Event, string Description, string Pattern)> Rules(Cluster c, IEnumerable<string> groups)
    {
        var names = string.Join(",", groups.Order(StringComparer.Ordinal).Select(AddonBuilder.Quote));
        var rules = new List<(string, string, string)>
        {
            ("ASGLifecycle", "Terminate lifecycle actions of the cluster's autoscaling groups, for the node termination handler",
                $"{{\"detail\":{{\"AutoScalingGroupName\":[{names}]}},\"detail-type\":[\"EC2 Instance-terminate Lifecycle Action\"],\"source\":[\"aws.autoscaling\"]}}"),
            ("SpotInterruption", "EC2 spot interruption warnings, for the node termination handler",
                "{\"detail-type\":[\"EC2 Spot Instance Interruption Warning\"],\"source\":[\"aws.ec2\"]}"),
            ("InstanceStateChange", "EC2 instance state changes, for the node termination handler",
                "{\"detail-type\":[\"EC2 Instance State-change Notification\"],\"source\":[\"aws.ec2\"]}"),
            ("InstanceScheduledChange", "EC2 scheduled maintenance (AWS Health), for the node termination handler",
                "{\"detail\":{\"eventTypeCategory\":[\"scheduledChange\"],\"service\":[\"EC2\"]},\"detail-type\":[\"AWS Health Event\"],\"source\":[\"aws.health\"]}"),
        };
        if (c.Addons.NodeTerminationHandler.RebalanceDraining)
        {
            rules.Add(("RebalanceRecommendation", "EC2 instance rebalance recommendations, for the node termination handler",
                "{\"detail-type\":[\"EC2 Instance Rebalance Recommendation\"],\"source\":[\"aws.ec2\"]}"));
        }

        return [.. rules];
    }

    /// <summary>The groups that get the hook: every group that runs Kubernetes nodes (not a bastion).</summary>
    public static IEnumerable<InstanceGroup> HookedGroups(Cluster c) => c.InstanceGroups.Where(g => g.Role != InstanceGroupRole.Bastion);

    /// <inheritdoc />
    public void Build(BuildContext ctx)
    {
        var c = ctx.Cluster;
        if (!AddonBuilder.NodeTerminationQueueMode(c))
        {
            return;
        }

        var names = ctx.Names;
        var queueName = names.NodeTerminationQueue;
        var queue = ctx.Add(new SqsQueue
        {
            Name = queueName,
            QueueName = queueName,
            MessageRetentionSeconds = MessageRetentionSeconds,
            SqsManagedSse = true,
            Tags = ctx.Tags(queueName),
        });

        var hooked = HookedGroups(c).ToList();
        var rules = new List<EventRule>();
        foreach (var (@event, description, pattern) in Rules(c, hooked.Select(g => names.InstanceGroup(g))))
        {
            var ruleName = names.NodeTerminationRule(@event);
            var rule = ctx.Add(new EventRule
            {
                Name = ruleName,
                RuleName = ruleName,
                Description = description,
                EventPattern = pattern,
                Tags = ctx.Tags(ruleName),
            });
            rules.Add(rule);
            ctx.Add(new EventTarget { Name = ruleName, Rule = rule.Ref("name"), TargetId = QueueTargetId, Arn = queue.Ref("arn") });
        }

        ctx.Add(new SqsQueuePolicy
        {
            Name = queueName,
            QueueUrl = queue.Ref("url"),
            QueueArn = queue.Ref("arn"),
            Sid = "NodeTerminationEvents",
            Services = QueueSenders,
            Actions = ["sqs:SendMessage"],
            SourceArns = [.. rules.Select(r => (Value)r.Ref("arn"))],
        });

        foreach (var g in hooked)
        {
            var hook = Names.NodeTerminationHook(names.InstanceGroup(g));
            ctx.Add(new LifecycleHook
            {
                Name = hook,
                HookName = hook,
                AutoscalingGroupName = ctx.AutoscalingGroups[g.Name].Ref(),
                LifecycleTransition = TerminatingTransition,
                HeartbeatTimeout = HeartbeatSeconds,
                DefaultResult = "CONTINUE",
            });
        }
    }
}
