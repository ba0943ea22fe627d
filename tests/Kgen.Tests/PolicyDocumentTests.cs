using Kgen.Generator;
using Kgen.Generator.Plan;
using Kgen.Model;
using Kgen.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Kgen.Tests;

/// <summary>The user's additional IAM statements become typed statements and render like kgen's own.</summary>
public sealed class PolicyDocumentTests
{
    [Fact]
    public void Additional_statements_are_typed_and_render_in_kgens_key_order_with_single_values_as_strings()
    {
        const string Statements = """
            [{"Resource": ["arn:aws:s3:::logs/*"], "Action": ["s3:PutObject", "s3:GetObject"], "Effect": "Allow", "Sid": "Logs"},
             {"Effect": "Deny", "NotAction": "iam:*", "NotResource": ["a", "b"],
              "Condition": {"Bool": {"aws:SecureTransport": false}, "StringEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-west-2"]}}}]
            """;
        var yaml = File.ReadAllText(Repo.Example("minimal.yaml")).Replace(
            "  kubernetesVersion: v1.34.2\n",
            "  kubernetesVersion: v1.34.2\n  additionalPolicies:\n    node: '" + Statements.ReplaceLineEndings(" ") + "'\n",
            StringComparison.Ordinal);
        var cluster = ClusterSpec.Load(yaml, "minimal.yaml").Resolve();
        var plan = Generator.Generator.BuildPlan(cluster);
        var policy = plan.OfType<IamRolePolicy>().Single(p => p.PolicyName.StartsWith("nodes.", StringComparison.Ordinal)).Policy;

        var deny = policy.Statements[^1];
        Assert.Equal("Deny", deny.Effect);
        Assert.Equal(["iam:*"], deny.NotActions.ToArray());
        Assert.Equal(["false"], deny.Conditions["Bool"]["aws:SecureTransport"].ToArray());

        var rendered = Generator.Generator.Generate(cluster, Target.Terraform).Files
            .Single(f => f.Key.StartsWith("data/aws_iam_role_policy_nodes.", StringComparison.Ordinal)).Value;
        var statements = (JArray)JObject.Parse(rendered)["Statement"]!;
        Assert.Equal(
            """{"Sid":"Logs","Effect":"Allow","Action":["s3:PutObject","s3:GetObject"],"Resource":"arn:aws:s3:::logs/*"}""",
            statements[^2]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal(
            """{"Effect":"Deny","NotAction":"iam:*","NotResource":["a","b"],"Condition":{"Bool":{"aws:SecureTransport":"false"},"StringEquals":{"aws:RequestedRegion":["eu-west-1","eu-west-2"]}}}""",
            statements[^1]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void A_trust_policy_names_its_federated_principal()
    {
        var policy = new PolicyDocument([new Statement { Actions = ["sts:AssumeRoleWithWebIdentity"], Principal = new Principals { Federated = ["arn:aws:iam::1:oidc-provider/x"] } }]);
        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::1:oidc-provider/x"},"Action":"sts:AssumeRoleWithWebIdentity"}]}""",
            Generator.Documents.DocumentRenderer.ToJson(policy).ToString(Newtonsoft.Json.Formatting.None));
    }
}
