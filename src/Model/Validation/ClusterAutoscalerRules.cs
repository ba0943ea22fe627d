namespace Kgen.Model.Validation;

/// <summary>The cluster autoscaler's rules across fields: the priority expander's custom priorities must name a group it may scale.</summary>
internal static class ClusterAutoscalerRules
{
    /// <summary>Checks the cluster.</summary>
    public static void Check(Validating v)
    {
        var o = v.Cluster.Addons.ClusterAutoscaler;
        if (!o.Enabled || !o.UsesPriorityExpander || !o.CreatePriorityExpanderConfig || o.CustomPriorities is not { IsEmpty: false } priorities)
        {
            return;
        }

        var names = new Names(v.Cluster);
        var groups = v.Cluster.InstanceGroups.Where(ClusterAutoscalerOptions.MayScale).Select(names.InstanceGroup).ToList();
        if (groups.Count == 0)
        {
            // Nothing to scale at all: the add-on's own warning says so.
            return;
        }

        var patterns = priorities.SelectMany(p => p.Patterns).Select(ClusterAutoscalerOptions.PriorityPattern).ToList();
        if (!groups.Any(g => patterns.Any(p => p.IsMatch(g))))
        {
            v.Error(
                v.C,
                DiagnosticCodes.ClusterAutoscalerPrioritiesMatchNothing,
                "spec.clusterAutoscaler.customPriorityExpanderConfig",
                $"no regular expression matches an autoscaling group the autoscaler may scale ({string.Join(", ", groups)}), so the priority expander would prefer none; write patterns on those names (such as .* for all of them)");
        }
    }
}
