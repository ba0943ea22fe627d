using System.Text.RegularExpressions;
using Kgen.Generator;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// The cluster forms: every need of every role (connections, names, AWS calls) is proven on the whole plan, and
/// taking away any one rule, route, record or statement that a proof stands on is caught, naming the need.
/// </summary>
public sealed partial class PathVerificationTests
{
    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void Every_snapshot_case_forms_with_nothing_open_that_no_need_uses(string name, string spec, string? key)
    {
        var (_, report) = Verify(spec, key);
        Assert.True(!report.Unproven.Any(), name + ":\n" + string.Join("\n", report.Unproven.Select(Describe)));
        Assert.Empty(report.Unused);
    }

    [Fact]
    public void Journey_1_proves_every_need_but_the_offline_config_store_which_a_guard_defers()
    {
        var (_, report) = Verify(Repo.Example("ha-private.yaml"), Repo.ExampleKey);
        Assert.All(report.Proofs.Where(p => p.Need is not ConfigStoreNeed), p => Assert.True(p.Proven, Describe(p)));
        Assert.All(report.Proofs.Where(p => p.Need is ConfigStoreNeed), p => Assert.NotNull(p.Deferred));
        Assert.Contains(report.Proofs, p => p.Need is ConnectNeed { Destination: NameDestination { Name: "api.internal.acme.k8s.local" } } && p.Proven);
    }

    [Fact]
    public void Fault_1_api_internal_aliasing_an_internet_facing_load_balancer_is_unreachable_from_private_subnets()
    {
        // Today's journey-1 output: api.internal.<cluster> aliases the internet-facing API load balancer. From a
        // private subnet the packets leave through the NAT and arrive with its elastic IP, which no rule admits.
        var (plan, _) = Verify(Repo.Example("ha-private.yaml"), Repo.ExampleKey);
        var record = plan.OfType<AliasRecord>().Single(r => r.RecordName == "api.internal.acme.k8s.local");
        var publicLb = plan.OfType<NetworkLoadBalancer>().Single(l => !l.Internal && l.Name == "api.acme.k8s.local");
        var faulty = Replace(plan, record, record with { AliasName = publicLb.Ref("dns_name"), AliasZoneId = publicLb.Ref("zone_id") });

        var missing = Unproven(faulty).Where(p => p.Need is ConnectNeed { Destination: NameDestination { Name: "api.internal.acme.k8s.local" } }).ToList();
        Assert.NotEmpty(missing);
        Assert.All(missing, p => Assert.Contains("elastic IP of NAT gateway", p.Missing, StringComparison.Ordinal));
    }

    [Fact]
    public void Fault_2_a_local_name_without_a_resolver_routing_domain_does_not_resolve_on_ubuntu()
    {
        var (plan, _) = Verify(Repo.Example("ha-private.yaml"), Repo.ExampleKey);
        var faulty = plan;
        foreach (var template in plan.OfType<LaunchTemplate>().Where(t => t.Resolver is not null))
        {
            faulty = Replace(faulty, template, template with { Resolver = null });
        }

        var missing = Unproven(faulty).Where(p => p.Need is ResolveNeed { Name: "api.internal.acme.k8s.local" }).ToList();
        Assert.NotEmpty(missing);
        Assert.All(missing, p => Assert.Contains("multicast DNS", p.Missing, StringComparison.Ordinal));
    }

    [Fact]
    public void Fault_3_a_config_store_on_the_operators_machine_is_an_error_unless_a_guard_refuses_the_apply()
    {
        var (plan, report) = Verify(Repo.Example("ha-private.yaml"), Repo.ExampleKey);
        Assert.StartsWith("file://", plan.Cluster.ConfigBase, StringComparison.Ordinal);
        Assert.Contains(report.Proofs, p => p.Need is ConfigStoreNeed && p.Deferred is not null);

        var guard = plan.OfType<ConfigStoreGuard>().Single();
        var unguarded = new ClusterPlan(plan.Cluster, plan.Resources.Remove(guard), plan.Outputs) { ConfigBaseObjects = plan.ConfigBaseObjects };
        var missing = Unproven(unguarded).Where(p => p.Need is ConfigStoreNeed).ToList();
        Assert.NotEmpty(missing);
        Assert.All(missing, p => Assert.Contains("s3://", p.Missing, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ha-private.yaml")]
    [InlineData("internal-api.yaml")]
    [InlineData("public-dns.yaml")]
    [InlineData("spot-mixed-calico.yaml")]
    [InlineData("addons-autoscaler.yaml")]
    [InlineData("addons-priority-imds.yaml")]
    [InlineData("addons-externaldns.yaml")]
    [InlineData("irsa.yaml")]
    [InlineData("addons-lbc.yaml")]
    public void Taking_away_any_rule_route_record_or_statement_a_proof_stands_on_is_caught_and_names_the_need(string example)
    {
        var (plan, report) = Verify(Repo.Example(example), Repo.ExampleKey);
        var before = report.Unproven.Select(p => p.Need.Key).ToHashSet(StringComparer.Ordinal);
        var checkedAny = 0;
        var redundant = new List<string>();
        foreach (var resource in plan.Resources.Where(r => r is SecurityGroupRule or Route or RouteTableAssociation or AliasRecord or Listener))
        {
            var standing = report.Proofs.Where(p => p.Proven && p.Steps.Any(s => s.Name == resource.Name)).Select(p => p.Need.Key).ToHashSet(StringComparer.Ordinal);
            Assert.True(standing.Count > 0 || resource is SecurityGroupRule { Direction: RuleDirection.Egress }, $"{resource.GetType().Name} {resource.Name} serves no need");
            if (standing.Count == 0)
            {
                continue;
            }

            var without = new ClusterPlan(plan.Cluster, plan.Resources.Remove(resource), plan.Outputs) { ConfigBaseObjects = plan.ConfigBaseObjects };
            var after = PlanVerifier.Verify(without, RoleNeeds.Of(without));
            var broken = after.Unproven.Select(p => p.Need.Key).Except(before).ToHashSet(StringComparer.Ordinal);
            Assert.True(broken.IsSubsetOf(standing), $"removing {resource.Name} broke needs it did not allow: {string.Join("; ", broken.Except(standing))}");
            if (broken.Count == 0)
            {
                // Redundant: another rule allows the same (e.g. a kubernetesApiAccess range that holds the VPC). Then
                // every need it served must now be proven by something else, never by the removed resource.
                Assert.All(after.Proofs.Where(p => standing.Contains(p.Need.Key)), p => Assert.DoesNotContain(p.Steps, s => s.Name == resource.Name));
                redundant.Add(resource.Name);
            }

            checkedAny++;
        }

        // Machines' roles only: the VPC flow-log service's delivery role serves no machine's need (NetworkBuilderTests scope it).
        foreach (var policy in plan.OfType<IamRolePolicy>().Where(p => !p.PolicyName.StartsWith("flowlogs.", StringComparison.Ordinal)))
        {
            for (var i = 0; i < policy.Policy.Statements.Length; i++)
            {
                var statement = policy.Policy.Statements[i];
                if (statement.FromOperator)
                {
                    continue;
                }

                var cut = policy with { Policy = policy.Policy with { Statements = policy.Policy.Statements.RemoveAt(i) } };
                var broken = Unproven(Replace(plan, policy, cut)).Select(p => p.Need.Key).Where(k => !before.Contains(k)).ToList();
                Assert.True(broken.Count > 0, $"removing statement {statement.Sid} of {policy.PolicyName} went unnoticed");
                var stood = report.Proofs.Where(q => q.Steps.Any(s => s.Name == $"{policy.PolicyName} {statement.Sid}")).Select(q => q.Need.Key).ToHashSet(StringComparer.Ordinal);
                Assert.All(broken, k => Assert.Contains(k, stood));
                checkedAny++;
            }
        }

        Assert.True(checkedAny > 20, $"only {checkedAny} resources were taken away");
        Assert.True(redundant.Count * 10 <= checkedAny, $"{redundant.Count} of {checkedAny} removals changed nothing: {string.Join(", ", redundant)}");
    }

    [Fact]
    public void An_unproven_need_is_a_generation_error_that_names_what_is_missing()
    {
        var (plan, _) = Verify(Repo.Example("ha-private.yaml"), Repo.ExampleKey);
        var rule = plan.OfType<SecurityGroupRule>().Single(r => r.Description == "nodes to the API load balancer");
        var faulty = new ClusterPlan(plan.Cluster, plan.Resources.Remove(rule), plan.Outputs) { ConfigBaseObjects = plan.ConfigBaseObjects };
        var errors = VerificationDiagnostics.Errors(faulty, PlanVerifier.Verify(faulty, RoleNeeds.Of(faulty))).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.NeedUnproven, e.Code));
        Assert.Contains(errors, e => e.Message.StartsWith("node at boot: tcp/443 to api.internal.acme.k8s.local", StringComparison.Ordinal) &&
            e.Message.Contains("no ingress rule of api-elb.acme.k8s.local admits tcp/443", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void Every_download_and_aws_call_of_the_user_data_is_a_declared_need(string name, string spec, string? key)
    {
        var (plan, _) = Verify(spec, key);
        var needs = RoleNeeds.Of(plan);
        foreach (var template in plan.OfType<LaunchTemplate>())
        {
            var role = plan.Cluster.InstanceGroups.Single(g => g.Name == template.InstanceGroup).Role;
            if (role == InstanceGroupRole.Bastion)
            {
                continue;
            }

            var mine = needs.Where(n => n.Actor is RoleActor r && r.Role == role).ToList();
            var hosts = mine.OfType<ConnectNeed>().Select(n => n.Destination).OfType<InternetDestination>().Select(d => d.Host).ToHashSet(StringComparer.Ordinal);
            var actions = mine.OfType<CallNeed>().Select(n => n.Action).ToHashSet(StringComparer.Ordinal);
            // The user data and the node script it fetches from the config store.
            var script = template.UserData.Content + string.Concat(plan.ConfigBaseObjects.Where(o => o.Key.StartsWith(ConfigStoreLayout.NodeupGroup(template.InstanceGroup), StringComparison.Ordinal)).Select(o => o.Content.Content));
            foreach (Match url in UrlPattern().Matches(script))
            {
                var host = url.Groups["host"].Value;
                if (plan.Cluster.ServiceAccountIssuer is { } issuer && host == new Uri(issuer.Url).Host)
                {
                    continue; // the service-account issuer the API server signs as: a name in its flags, nothing the node downloads
                }

                Assert.True(hosts.Contains(host), $"{name}: {template.InstanceGroup}'s user-data downloads from {host}, which no need of its role declares");
            }

            foreach (Match call in AwsCallPattern().Matches(script))
            {
                var command = $"{call.Groups["service"].Value} {call.Groups["command"].Value}";
                var action = command switch
                {
                    "ec2 describe-volumes" or "ec2 wait" => "ec2:DescribeVolumes",
                    "ec2 attach-volume" => "ec2:AttachVolume",
                    "ec2 describe-instances" => "ec2:DescribeInstances",
                    "elbv2 describe-load-balancers" or "elb describe-load-balancers" => "elasticloadbalancing:DescribeLoadBalancers",
                    "s3 cp" => call.Value.Contains("\"$tmp\"", StringComparison.Ordinal) || call.Value.Contains("--sse AES256", StringComparison.Ordinal) ? "s3:PutObject" : "s3:GetObject",
                    "s3api put-object" => "s3:PutObject",
                    "s3 rm" => "s3:DeleteObject",
                    "s3 ls" => "s3:ListBucket",
                    "ssm get-parameter" => "ssm:GetParameter",
                    _ => throw new Xunit.Sdk.XunitException($"{name}: the user-data calls aws {command}; map it to its IAM action here and declare the need in RoleNeeds"),
                };
                if (action.StartsWith("s3:", StringComparison.Ordinal) && mine.OfType<ConfigStoreNeed>().Any())
                {
                    continue; // the script's s3:// branch, dead for a config store nodes cannot reach (its own need says so)
                }

                Assert.True(actions.Contains(action), $"{name}: {template.InstanceGroup}'s user-data calls aws {command} ({action}), which no need of its role declares");
                var endpoint = Endpoint(call.Groups["service"].Value) + ".";
                Assert.True(hosts.Any(h => h.StartsWith(endpoint, StringComparison.Ordinal)), $"{name}: {template.InstanceGroup} calls aws {command}, but no need of its role reaches {endpoint}<region>.amazonaws.com");
            }
        }
    }

    [Theory]
    [InlineData("ha-private.yaml")]
    [InlineData("internal-api.yaml")]
    [InlineData("secrets-kms.yaml")]
    public void Node_identity_is_proven_the_authenticator_reaches_sts_and_ec2_and_workers_read_no_token(string example)
    {
        var (plan, report) = Verify(Repo.Example(example), Repo.ExampleKey);
        var cp = new RoleActor(InstanceGroupRole.ControlPlane);
        var region = plan.Cluster.Region;

        // A worker's token is an sts:GetCallerIdentity its node presigned locally (aws eks get-token calls nothing): the
        // control plane's aws-iam-authenticator sends it to STS's regional endpoint and asks EC2 for the instance's name.
        var sts = Assert.Single(report.Proofs, p => p.Need is ConnectNeed { Destination: InternetDestination { Host: var h } } && h == $"sts.{region}.amazonaws.com");
        Assert.Equal(cp, sts.Need.Actor);
        Assert.True(sts.Proven, Describe(sts));
        Assert.DoesNotContain(report.Proofs, p => p.Need.Actor is RoleActor { Role: InstanceGroupRole.Node } && p.Need is ConnectNeed { Destination: InternetDestination { Host: var host } } && host.StartsWith("sts.", StringComparison.Ordinal));
        var describe = report.Proofs.Where(p => p.Need is CallNeed { Action: "ec2:DescribeInstances" } && !p.Need.Purpose.Contains("controller", StringComparison.Ordinal)).ToList();
        Assert.Equal([NeedPhase.Boot, NeedPhase.Steady], describe.Select(p => p.Need.Phase).Order());
        Assert.All(describe, p => Assert.True(p.Proven && p.Need.Actor == cp, Describe(p)));
        Assert.Contains(report.Proofs, p => p.Need is ConnectNeed { Destination: InternetDestination { Host: "public.ecr.aws" } } && p.Need.Actor == cp && p.Proven);

        // Without ec2:DescribeInstances the authenticator cannot name a worker's Node, and a join cannot tell a gone member.
        var masters = plan.OfType<IamRolePolicy>().Single(p => p.PolicyName.StartsWith("masters.", StringComparison.Ordinal));
        var narrowed = masters with
        {
            Policy = new PolicyDocument([.. masters.Policy.Statements.Select(st => st.Sid == "DescribeCluster" ? st with { Actions = [.. st.Actions.Where(a => a != "ec2:DescribeInstances")] } : st)]),
        };
        var missing = Unproven(Replace(plan, masters, narrowed)).ToList();
        Assert.Equal(4, missing.Count); // the authenticator's, the join's, and the cloud controller manager's and EBS CSI controller's
        Assert.All(missing, p => Assert.Equal("ec2:DescribeInstances", ((CallNeed)p.Need).Action));

        // The workers' role may read the cluster CA certificate and nothing else of the store: no token, no key.
        if (ConfigStoreLocation.Parse(plan.Cluster.ConfigBase) is { } store)
        {
            var nodes = plan.OfType<IamRolePolicy>().Single(p => p.PolicyName.StartsWith("nodes.", StringComparison.Ordinal)).Policy.Statements;
            var node = new RoleActor(InstanceGroupRole.Node);
            // Nor a control-plane group's node script (nothing in it is secret, but it is not theirs).
            var controlPlaneScripts = plan.ConfigBaseObjects.Where(o => o.Readers.Contains(InstanceGroupRole.ControlPlane)).Select(o => o.Key).ToList();
            Assert.NotEmpty(controlPlaneScripts);
            foreach (var key in new[] { "tokens/join", "tokens/anything", ConfigStoreLayout.CaKey, ConfigStoreLayout.ServiceAccountKey }.Concat(controlPlaneScripts))
            {
                var read = new CallNeed { Actor = node, Phase = NeedPhase.Boot, Action = "s3:GetObject", Resource = store.ObjectArn(plan.Cluster.Partition, key), Purpose = "steal " + key };
                Assert.DoesNotContain(nodes, st => st.Effect == "Allow" && IamEvaluator.Matches(st, read));
            }

            var reads = report.Proofs.Where(p => p.Need.Actor == node && p.Need is CallNeed { Action: "s3:GetObject" }).Select(p => ((CallNeed)p.Need).Resource).ToList();
            var nodeScripts = plan.ConfigBaseObjects.Where(o => o.Readers.Contains(InstanceGroupRole.Node)).Select(o => store.ObjectArn(plan.Cluster.Partition, o.Key));
            Assert.Equal([store.ObjectArn(plan.Cluster.Partition, ConfigStoreLayout.CaCertificate), .. nodeScripts], reads);
        }
    }

    private static string Endpoint(string service) => service switch { "elb" or "elbv2" => "elasticloadbalancing", "s3api" => "s3", _ => service };

    internal static (ClusterPlan Plan, VerificationReport Report) Verify(string spec, string? key)
    {
        var cluster = ClusterSpec.Load(File.ReadAllText(spec), Path.GetFileName(spec)).Resolve(key is null ? null : File.ReadAllText(key));
        var plan = Generator.Generator.BuildPlan(cluster);
        return (plan, PlanVerifier.Verify(plan, RoleNeeds.Of(plan)));
    }

    private static IEnumerable<Proof> Unproven(ClusterPlan plan) => PlanVerifier.Verify(plan, RoleNeeds.Of(plan)).Unproven;

    private static ClusterPlan Replace(ClusterPlan plan, Resource old, Resource replacement)
    {
        var resources = plan.Resources.Replace(old, replacement);

        // Launch templates are referred to by autoscaling groups: point those at the replacement too.
        if (old is LaunchTemplate)
        {
            resources = [.. resources.Select(r => r is AutoscalingGroup a && a.LaunchTemplateId is Reference { Target: var t } && ReferenceEquals(t, old)
                ? a with { LaunchTemplateId = replacement.Ref(), LaunchTemplateVersion = replacement.Ref("latest_version") }
                : r)];
        }

        return new ClusterPlan(plan.Cluster, resources, plan.Outputs) { ConfigBaseObjects = plan.ConfigBaseObjects };
    }

    private static string Describe(Proof p) => $"{p.Need.Actor.Label} {p.Need.Phase}: {p.Need.What}: {p.Missing}";

    [GeneratedRegex(@"https://(?<host>[a-z0-9.-]+\.[a-z]{2,})(/|')")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<!['\w])aws (?<service>s3api|s3|ec2|elbv2|elb) (?<command>[a-z-]+)[^\n]*")]
    private static partial Regex AwsCallPattern();
}
