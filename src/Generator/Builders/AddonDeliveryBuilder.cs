using Kgen.Generator.Addons;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>
/// Delivers the cluster's add-ons (<see cref="AddonBuilder"/>) to its control-plane nodes: each add-on's files go into
/// the config store in a folder named by the add-on's digest (<c>addons/NAME/DIGEST/FILE</c>, readable by the
/// control-plane role only), and the index that names the folders to apply is an SSM parameter, written by the
/// target's apply after the files. A new add-on version thus takes effect when the operator applies the reviewed
/// output, not when kgen generates it; the runner on the control-plane nodes (kgen-addons.timer) picks it up within a
/// minute, and no node is replaced.
/// </summary>
internal sealed class AddonDeliveryBuilder : IPlanBuilder
{
    /// <summary>The media type of an add-on's files (YAML, and the <c>sources</c> list).</summary>
    public const string ContentType = "text/plain";

    public void Build(BuildContext ctx)
    {
        var addons = AddonBuilder.Build(ctx.Cluster);
        if (addons.IsEmpty || !ctx.Cluster.ControlPlaneGroups.Any())
        {
            return;
        }

        var written = new List<Resource>();
        foreach (var addon in addons)
        {
            foreach (var file in addon.Files)
            {
                var o = ConfigStoreBuilder.Object(ctx, ctx.Names.AddonFile(addon.Name, file.Name), addon.Key(file), file.Content, ContentType, [InstanceGroupRole.ControlPlane]);
                if (ctx.HasResource<ConfigBaseObject>(o.Name))
                {
                    written.Add(o);
                }
            }
        }

        ctx.Add(new SsmParameter
        {
            Name = ctx.Names.AddonsIndex,
            ParameterName = ctx.Names.AddonsIndexParameter,
            Description = $"kgen: the add-ons of cluster {ctx.Cluster.Name} the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under {ConfigStoreLayout.AddonsPrefix})",
            Value = new TextDocument(AddonBuilder.Index(addons)),
            Tags = ctx.Tags(ctx.Names.AddonsIndexParameter),
            DependsOn = [.. written],
        });
    }
}
