using Kgen.Generator.Plan;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation forms of the node termination handler's queue, its policy, the EventBridge rules and the groups' lifecycle hooks.</summary>
internal static class NodeTerminationEmitters
{
    public static void Queue(StackBuilder s, SqsQueue r) => s.Add(r, Obj(
        ("MessageRetentionPeriod", r.MessageRetentionSeconds),
        ("QueueName", r.QueueName),
        ("SqsManagedSseEnabled", r.SqsManagedSse),
        ("Tags", TagList(r.Tags))));

    public static void QueuePolicy(StackBuilder s, SqsQueuePolicy r) => s.Add(r, Obj(
        ("PolicyDocument", Obj(
            ("Statement", new JArray(Obj(
                ("Action", new JArray(r.Actions)),
                ("Condition", Obj(("ArnEquals", Obj(("aws:SourceArn", s.List(r.SourceArns)))))),
                ("Effect", "Allow"),
                ("Principal", Obj(("Service", new JArray(r.Services)))),
                ("Resource", s.V(r.QueueArn)),
                ("Sid", r.Sid)))),
            ("Version", "2012-10-17"))),
        ("Queues", new JArray(s.V(r.QueueUrl)))));

    /// <summary>CloudFormation holds a rule's targets in the rule (Terraform: an aws_cloudwatch_event_target beside it).</summary>
    public static void Rule(StackBuilder s, EventRule r) => s.Add(r, Obj(
        ("Description", r.Description),
        ("EventPattern", JObject.Parse(r.EventPattern)),
        ("Name", r.RuleName),
        ("State", "ENABLED"),
        ("Tags", TagList(r.Tags)),
        ("Targets", new JArray(s.Plan.OfType<EventTarget>().Where(t => t.Rule.Target == r).Select(t => Obj(("Arn", s.V(t.Arn)), ("Id", t.TargetId)))))));

    /// <summary>Part of its rule (<see cref="Rule"/>): nothing of its own.</summary>
    public static void Target(StackBuilder s, EventTarget r)
    {
    }

    public static void LifecycleHook(StackBuilder s, LifecycleHook r) => s.Add(r, Obj(
        ("AutoScalingGroupName", s.V(r.AutoscalingGroupName)),
        ("DefaultResult", r.DefaultResult),
        ("HeartbeatTimeout", r.HeartbeatTimeout),
        ("LifecycleHookName", r.HookName),
        ("LifecycleTransition", r.LifecycleTransition)));
}
