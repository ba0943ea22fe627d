using Kgen.Generator;
using Kgen.Generator.Plan;
using Kgen.Model;
using Kgen.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Kgen.Tests;

/// <summary>What a node needs to reach at boot: the API from inside the VPC, the cluster's names, the config store.</summary>
public sealed class NodeReachTests
{
    [Fact]
    public void A_public_api_has_an_internal_load_balancer_for_the_nodes_and_api_internal_aliases_it()
    {
        var plan = Plan("ha-private.yaml");
        var balancers = plan.OfType<NetworkLoadBalancer>().Where(lb => lb.Name.StartsWith("api", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, balancers.Count);
        var inside = Assert.Single(balancers, lb => lb.Internal);
        Assert.Equal("api-internal.acme.k8s.local", inside.Name);
        Assert.Equal("api.acme.k8s.local", Assert.Single(balancers, lb => !lb.Internal).Name);

        var record = Assert.Single(plan.OfType<AliasRecord>(), r => r.RecordName == "api.internal.acme.k8s.local");
        Assert.Same(inside, ((Reference)record.AliasName).Target);

        // Each network load balancer has its own target group; every control-plane group registers with both.
        var groups = plan.OfType<AutoscalingGroup>().Where(a => a.Tags.Items.ContainsKey(Names.ControlPlaneRoleTag)).ToList();
        Assert.All(groups, g => Assert.Equal(2, g.TargetGroupArns.Length));
    }

    [Fact]
    public void An_internal_api_has_one_load_balancer_for_both_names()
    {
        var plan = Plan("internal-api.yaml");
        var balancer = Assert.Single(plan.OfType<ClassicLoadBalancer>());
        Assert.True(balancer.Internal);
        Assert.All(plan.OfType<AliasRecord>().Where(r => r.RecordName.StartsWith("api.", StringComparison.Ordinal)), r => Assert.Same(balancer, ((Reference)r.AliasName).Target));
    }

    [Theory]
    [InlineData("ha-private.yaml", "acme.k8s.local")]
    [InlineData("public-dns.yaml", "example.com")]
    public void Kubernetes_nodes_route_the_zone_of_the_cluster_names_to_the_vpc_resolver(string example, string zone)
    {
        var plan = Plan(example);
        foreach (var template in plan.OfType<LaunchTemplate>())
        {
            var bastion = plan.Cluster.InstanceGroups.Single(g => g.Name == template.InstanceGroup).Role == InstanceGroupRole.Bastion;
            if (bastion)
            {
                Assert.Null(template.Resolver);
                continue;
            }

            Assert.Equal("169.254.169.253", template.Resolver!.Server);
            Assert.Equal(zone, Assert.Single(template.Resolver.RoutingDomains));
            var script = plan.ConfigBaseObjects.Single(o => o.Key.StartsWith(ConfigStoreLayout.NodeupGroup(template.InstanceGroup), StringComparison.Ordinal)).Content.Content;
            Assert.Contains($"DNS=169.254.169.253\nDomains=~{zone}\n", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_store_on_this_machine_makes_an_offline_example_whose_apply_stops_at_a_guard()
    {
        var guard = Assert.Single(Plan("ha-private.yaml").OfType<ConfigStoreGuard>());
        Assert.Null(guard.Lookup);
        Assert.Contains("configBase file://./state/acme.k8s.local is a folder on the machine that ran kgen", guard.Message, StringComparison.Ordinal);
        Assert.Contains("s3://BUCKET/PREFIX", guard.Message, StringComparison.Ordinal);

        var terraform = SnapshotTests.Generate(Repo.Example("ha-private.yaml"), Repo.ExampleKey);
        Assert.Contains("condition     = startswith(local.config_base, \"s3://\")", terraform.Files["kubernetes.tf"], StringComparison.Ordinal);
        var warning = Assert.Single(terraform.Warnings, w => w.Code == DiagnosticCodes.ConfigStoreUnreachable);
        Assert.Equal(guard.Message, warning.Message);

        var cloudFormation = SnapshotTests.Generate(Repo.Example("ha-private.yaml"), Repo.ExampleKey, Target.CloudFormation);
        Assert.Contains(cloudFormation.Warnings, w => w.Code == DiagnosticCodes.ConfigStoreUnreachable);
        var rule = JObject.Parse(cloudFormation.Files["cloudformation.json"])["Rules"]!["ConfigStoreReachable"]!["Assertions"]![0]!;
        Assert.Equal(guard.Message, (string?)rule["AssertDescription"]);
        Assert.Equal("""{"Fn::Contains":[["s3"],"file"]}""", rule["Assert"]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void A_store_in_s3_is_listed_before_apply_for_the_cluster_ca()
    {
        var plan = Plan("internal-api.yaml");
        var guard = Assert.Single(plan.OfType<ConfigStoreGuard>());
        Assert.Equal("acme-kgen-state", guard.Lookup!.Bucket);
        Assert.Equal("internal.k8s.local/pki/ca.crt", guard.Lookup.Prefix);
        Assert.Equal("internal.k8s.local/pki/ca.crt", guard.RequiredKey);

        var terraform = SnapshotTests.Generate(Repo.Example("internal-api.yaml"), null);
        Assert.Contains(
            "condition     = contains(data.aws_s3_objects.config-store-ca-internal-k8s-local.keys, \"internal.k8s.local/pki/ca.crt\")",
            terraform.Files["kubernetes.tf"],
            StringComparison.Ordinal);
        Assert.DoesNotContain(terraform.Warnings, w => w.Code == DiagnosticCodes.ConfigStoreUnreachable);
    }

    private static ClusterPlan Plan(string example) =>
        Generator.Generator.BuildPlan(ClusterSpec.Load(File.ReadAllText(Repo.Example(example)), example).Resolve(File.ReadAllText(Repo.ExampleKey)));
}
