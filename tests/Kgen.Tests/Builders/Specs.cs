using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Tests.Builders;

/// <summary>Small specs written inline (kgen's own form) and the plans they make, for the builder tests.</summary>
internal static class Specs
{
    /// <summary>One public subnet in eu-west-1a: the smallest network a cluster can have.</summary>
    public const string OnePublicZone = """
        subnets:
        - {name: eu-west-1a, zone: eu-west-1a, type: Public}
        """;

    /// <summary>Private subnets behind utility subnets in two zones of us-east-1.</summary>
    public const string TwoPrivateZones = """
        subnets:
        - {name: us-east-1a, zone: us-east-1a, type: Private}
        - {name: us-east-1b, zone: us-east-1b, type: Private}
        - {name: utility-us-east-1a, zone: us-east-1a, type: Utility}
        - {name: utility-us-east-1b, zone: us-east-1b, type: Utility}
        """;

    /// <summary>A Cluster document; <paramref name="spec"/> is the body of <c>spec:</c>, written at column 0.</summary>
    public static string Cluster(string spec, string name = "t.k8s.local") =>
        $"apiVersion: kgen.dev/v1alpha1\nkind: Cluster\nmetadata:\n  name: {name}\nspec:\n{Indent(spec)}\n";

    /// <summary>An InstanceGroup document; <paramref name="spec"/> is the body of <c>spec:</c> besides the role.</summary>
    public static string Group(string name, string role, string spec = "") =>
        $"---\napiVersion: kgen.dev/v1alpha1\nkind: InstanceGroup\nmetadata:\n  name: {name}\nspec:\n  role: {role}\n{Indent(spec)}\n";

    public static string ControlPlane(string name = "cp", string spec = "") => Group(name, "ControlPlane", spec);

    public static string Nodes(string name = "nodes", string spec = "") => Group(name, "Node", spec);

    public static string Bastion(string name = "bastions", string spec = "") => Group(name, "Bastion", spec);

    /// <summary>
    /// The cluster of a Cluster document and its groups, defaulted and validated. Without groups: a control plane
    /// in the first subnet that is not a utility one, and workers in every such subnet.
    /// </summary>
    public static Cluster Resolve(string cluster, params string[] groups)
    {
        if (groups.Length == 0)
        {
            var first = ClusterSpec.Load(cluster, "test.yaml").Cluster.Spec!.Subnets!.First(s => s.Type != "Utility").Name;
            groups = [ControlPlane(spec: $"subnets: [{first}]"), Nodes()];
        }

        return ClusterSpec.Load(cluster + string.Concat(groups), "test.yaml").Resolve();
    }

    /// <summary>The plan of a Cluster document and its groups (see <see cref="Resolve"/>).</summary>
    public static ClusterPlan Plan(string cluster, params string[] groups) => Generator.Generator.BuildPlan(Resolve(cluster, groups));

    /// <summary>The one resource of a kind with this name.</summary>
    public static T Named<T>(this ClusterPlan plan, string name)
        where T : Resource => Assert.Single(plan.OfType<T>(), r => r.Name == name);

    /// <summary>A literal plan value.</summary>
    public static Value Literal(string text) => text;

    private static string Indent(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : "  " + line));
}
