using System.Collections.Immutable;
using Kgen.Model;

namespace Kgen.Generator.Plan;

/// <summary>The target-neutral list of AWS resources a cluster needs, and its outputs.</summary>
internal sealed class ClusterPlan
{
    internal ClusterPlan(Cluster cluster, ImmutableArray<Resource> resources, ImmutableArray<Output> outputs)
    {
        Cluster = cluster;
        Resources = resources;
        Outputs = outputs;
    }

    /// <summary>The cluster the plan was built for.</summary>
    public Cluster Cluster { get; }

    /// <summary>Every resource and data source, in the order the builders added them.</summary>
    public ImmutableArray<Resource> Resources { get; }

    /// <summary>
    /// Every object kgen places in the config store, whoever writes it (Terraform for an S3 store; kgen itself for
    /// CloudFormation and for stores outside S3), by key.
    /// </summary>
    public ImmutableArray<ConfigBaseObject> ConfigBaseObjects { get; init; } = [];

    /// <summary>Outputs, sorted by name.</summary>
    public ImmutableArray<Output> Outputs { get; }

    /// <summary>The resources of one kind.</summary>
    public IEnumerable<T> OfType<T>()
        where T : Resource => Resources.OfType<T>();
}
