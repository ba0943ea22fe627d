using Kgen.Model.Input;

namespace Kgen.Model.Validation;

/// <summary>
/// The validation step: every rule that AWS or Kubernetes would otherwise reject later (or that would build
/// a cluster that cannot work), reported all at once with the path of the field as written. The rules live by
/// concern (<see cref="ClusterRules"/>, <see cref="NetworkRules"/>, <see cref="InstanceGroupRules"/>,
/// <see cref="ControlPlaneRules"/>, <see cref="EndpointRules"/>, <see cref="IamRules"/>); this class runs them
/// in one order, so problems come out in a stable order.
/// </summary>
internal sealed class ClusterValidator(ClusterInput input, Cluster cluster, IReadOnlySet<string> unreadable)
{
    /// <summary>Every problem found.</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var v = new Validating(input, cluster, unreadable);
        ClusterRules.Check(v);
        NetworkRules.Check(v);
        InstanceGroupRules.Check(v);
        ControlPlaneRules.Check(v);
        EndpointRules.Check(v);
        IamRules.Check(v);
        ServiceAccountRules.Check(v);
        ClusterRules.Tags(v, v.C, "spec.cloudLabels", cluster.CloudLabels);
        IamRules.SshKey(v);
        ConfigStoreRules.Check(v);
        ClusterAutoscalerRules.Check(v);
        return v.Errors;
    }
}

/// <summary>What the rules share: the cluster as written and as defaulted, and the problems found.</summary>
internal sealed class Validating(ClusterInput input, Cluster cluster, IReadOnlySet<string> unreadable)
{
    private readonly List<Diagnostic> _errors = [];

    /// <summary>The cluster as written.</summary>
    public ClusterInput Input => input;

    /// <summary>The cluster, defaulted.</summary>
    public Cluster Cluster => cluster;

    /// <summary>Where the Cluster document's values were written.</summary>
    public ISourceLocator C => input.Source;

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Errors => _errors;

    /// <summary>Where a group's values were written.</summary>
    public ISourceLocator SourceOf(InstanceGroup g) => input.InstanceGroups[g.SpecIndex].Source;

    /// <summary>Whether the Cluster document's value at <paramref name="path"/> could not be read (its problem is reported already).</summary>
    public bool Unreadable(string path) => unreadable.Contains(path);

    /// <summary>Reports a problem.</summary>
    public void Error(ISourceLocator at, string code, string path, string message) => _errors.Add(at.Error(code, path, message));

    /// <summary>Reports a problem that belongs to no document.</summary>
    public void Add(Diagnostic problem) => _errors.Add(problem);

    /// <summary>Checks a security group id.</summary>
    public void SecurityGroupId(ISourceLocator at, string path, string id)
    {
        if (!Patterns.SecurityGroupId().IsMatch(id))
        {
            Error(at, DiagnosticCodes.SecurityGroupIdInvalid, path, $"\"{id}\" is not a security group id; expected sg- followed by 8 or 17 hex digits");
        }
    }
}
