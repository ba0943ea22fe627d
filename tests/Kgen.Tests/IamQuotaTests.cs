using Kgen.Generator;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;
using Kgen.Tests.Support;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests;

/// <summary>IAM's quota on a role's inline policies (10,240 characters, whitespace not counted), which AWS enforces only at apply.</summary>
public class IamQuotaTests
{
    private const string EveryAddon = "\ncertManager: {enabled: true, hostedZoneIDs: [Z0123456789ABCDEFGHIJ]}\nnodeTerminationHandler: {enabled: true}\nclusterAutoscaler: {enabled: true}\nmetricsServer: {enabled: true}\nexternalDns: {provider: external-dns}\ndnsZone: Z0EXAMPLE1234567890AB\nawsLoadBalancerController: {enabled: true, enableWAF: true, enableWAFv2: true, enableShield: true}";

    [Fact]
    public void Size_counts_the_policy_json_without_whitespace()
    {
        var policy = new PolicyDocument([new Statement { Sid = "A", Actions = ["s3:GetObject"], Resources = ["arn:aws:s3:::b/*"] }]);
        const string Compact = """{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}""";
        Assert.Equal(Compact.Length, IamQuotas.Size(policy));
    }

    [Fact]
    public void Every_role_of_every_example_fits()
    {
        var sizes = Directory.GetFiles(Repo.Example(string.Empty), "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(example => IamQuotas.Sizes(Generator.Generator.BuildPlan(ClusterSpec.Load(File.ReadAllText(example), example).Resolve())).Select(r => (Example: Path.GetFileName(example), r.Role, r.Size)))
            .ToList();
        Assert.Contains(sizes, r => r.Example == "addons-all.yaml");
        Assert.All(sizes, r => Assert.True(r.Size <= IamQuotas.InlinePolicyCharactersPerRole, $"{r.Example} {r.Role}: {r.Size}"));
    }

    [Fact]
    public void A_control_plane_role_over_the_quota_is_refused_naming_the_role_and_the_way_out()
    {
        // Every add-on on, and the operator's statements on top: the control-plane role's inline policies go over 10,240.
        var extra = string.Join(", ", Enumerable.Range(0, 40).Select(i => $$"""{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::operator-bucket-{{i}}/reports/*"]}"""));
        var spec = ClusterSpec.Load(Cluster(OnePublicZone + EveryAddon + $"\nadditionalPolicies:\n  master: '[{extra}]'", "t.example.com") + ControlPlane(spec: "subnets: [eu-west-1a]") + Nodes(spec: "minSize: 1\nmaxSize: 5"), "t.yaml");
        var e = Assert.Throws<SpecException>(() => Generator.Generator.Generate(spec, Target.Terraform));
        var error = Assert.Single(e.Errors, d => d.Code == DiagnosticCodes.IamRolePoliciesTooLarge);
        Assert.Contains("masters.t.example.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("useServiceAccountExternalPermissions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_operators_statements_every_addon_fits()
    {
        var plan = Plan(Cluster(OnePublicZone + EveryAddon, "t.example.com"), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: "minSize: 1\nmaxSize: 5"));
        Assert.Empty(IamQuotas.Errors(plan));
    }
}
