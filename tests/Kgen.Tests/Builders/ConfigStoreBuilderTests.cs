using Kgen.Generator;
using Kgen.Generator.Builders;
using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>What the config store builder decides: the guard that stops an apply whose nodes cannot read their config store.</summary>
public sealed class ConfigStoreBuilderTests
{
    [Fact]
    public void A_store_on_this_machine_gets_a_guard_that_always_refuses_and_names_an_s3_location_as_the_fix()
    {
        var plan = Plan(Cluster(OnePublicZone));

        var guard = plan.Named<ConfigStoreGuard>("config-store.t.k8s.local");
        Assert.Null(guard.Lookup);
        Assert.Null(guard.RequiredKey);
        Assert.Null(guard.ListedKeys);
        Assert.Empty(plan.OfType<ConfigStoreObjectsLookup>());
        Assert.StartsWith("configBase file://./state/t.k8s.local is a folder on the machine that ran kgen; ", guard.Message, StringComparison.Ordinal);
        Assert.Contains("s3://BUCKET/PREFIX", guard.Message, StringComparison.Ordinal);
        Assert.Equal(ConfigStoreBuilder.ConfigBaseOutput, guard.ConfigBaseOutput);
        Assert.Equal(Literal("file://./state/t.k8s.local"), ConfigBase(plan));
    }

    [Theory]
    [InlineData("s3://state-bucket/clusters/t.k8s.local", "clusters/t.k8s.local/pki/ca.crt")]
    [InlineData("s3://state-bucket/clusters/t.k8s.local/", "clusters/t.k8s.local/pki/ca.crt")]
    [InlineData("s3://state-bucket", "pki/ca.crt")]
    public void A_store_in_s3_is_listed_for_the_cluster_ca_and_the_guard_requires_that_key(string configBase, string key)
    {
        var plan = Plan(Cluster(OnePublicZone + $"\nconfigBase: {configBase}"));

        Assert.EndsWith(ConfigStoreLayout.CaCertificate, key, StringComparison.Ordinal);
        var lookup = plan.Named<ConfigStoreObjectsLookup>("config-store-ca.t.k8s.local");
        Assert.Equal(("state-bucket", key), (lookup.Bucket, lookup.Prefix));
        var guard = Assert.Single(plan.OfType<ConfigStoreGuard>());
        Assert.Equal("config-store.t.k8s.local", guard.Name);
        Assert.Same(lookup, guard.Lookup);
        Assert.Equal(key, guard.RequiredKey);
        Assert.Equal(lookup.Ref("keys"), guard.ListedKeys);
        Assert.Contains($"s3://state-bucket/{key}", guard.Message, StringComparison.Ordinal);
        Assert.Equal(Literal(configBase), ConfigBase(plan));
    }

    private static Value ConfigBase(ClusterPlan plan) =>
        Assert.Single(Assert.Single(plan.Outputs, o => o.Name == ConfigStoreBuilder.ConfigBaseOutput).Values);
}
