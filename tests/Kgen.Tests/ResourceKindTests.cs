using Kgen.Generator.Plan;
using Kgen.Generator.Targets;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>Every plan record is described once, with a template and a CloudFormation form.</summary>
public sealed class ResourceKindTests
{
    [Fact]
    public void Every_plan_record_has_one_kind_with_a_terraform_template()
    {
        var records = typeof(Resource).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Resource)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        Assert.Equal(records, ResourceKinds.All.Select(k => k.Record).OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.All(ResourceKinds.All, k => Assert.True(File.Exists(Path.Combine(Repo.Root, "templates", k.TerraformTemplate)), k.TerraformTemplate));
        Assert.All(ResourceKinds.All.Where(k => k.IsDataSource), k => Assert.NotNull(k.CloudFormation.Lookup));
        Assert.All(ResourceKinds.All.Where(k => !k.IsDataSource && k.CloudFormation.LogicalIdPrefix is not null), k => Assert.Contains("id", k.CloudFormation.RefAttributes.Concat(k.CloudFormation.GetAttAttributes.Keys)));
        Assert.Equal(
            ResourceKinds.All.Count(k => k.CloudFormation.LogicalIdPrefix is not null),
            ResourceKinds.All.Select(k => k.CloudFormation.LogicalIdPrefix).OfType<string>().Distinct(StringComparer.Ordinal).Count());
    }
}
