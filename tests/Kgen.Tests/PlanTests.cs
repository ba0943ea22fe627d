using System.Collections;
using System.Text.RegularExpressions;
using Kgen.Generator.Plan;
using Kgen.Model;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>Invariants of every plan: what AWS would reject later is caught here.</summary>
public sealed partial class PlanTests
{
    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void Plans_meet_aws_limits_and_reference_only_their_own_resources(string name, string spec, string? key)
    {
        _ = name;
        var cluster = ClusterSpec.Load(File.ReadAllText(spec), spec).Resolve(key is null ? null : File.ReadAllText(key));
        var plan = Generator.Generator.BuildPlan(cluster);
        var resources = plan.Resources.ToHashSet();

        foreach (var rule in plan.OfType<SecurityGroupRule>())
        {
            // The provider enforces EC2's character set for rule descriptions.
            Assert.Matches(DescriptionPattern(), rule.Description);
        }

        Assert.All(plan.OfType<SecurityGroup>(), g => Assert.Matches(DescriptionPattern(), g.Description));
        Assert.All(plan.OfType<NetworkLoadBalancer>(), lb => Assert.InRange(lb.LoadBalancerName.Length, 1, 32));
        Assert.All(plan.OfType<TargetGroup>(), tg => Assert.InRange(tg.TargetGroupName.Length, 1, 32));
        Assert.All(plan.OfType<IamRole>(), r => Assert.InRange(r.RoleName.Length, 1, 64));
        Assert.All(plan.OfType<IamInstanceProfile>(), p => Assert.InRange(p.ProfileName.Length, 1, 128));
        Assert.All(plan.OfType<LaunchTemplate>(), t => Assert.InRange(t.TemplateName.Length, 3, 128));

        foreach (var resource in plan.Resources)
        {
            foreach (var reference in References(resource))
            {
                Assert.Contains(reference.Target, resources);
            }

            if (resource.GetType().GetProperty("Tags")?.GetValue(resource) is Tags tags)
            {
                Assert.InRange(tags.Items.Count, 0, 50);
                Assert.All(tags.Items, t => Assert.True(t.Key.Length <= 128 && t.Value.Length <= 256, t.Key));
            }
        }

        Assert.Equal(plan.Resources.Length, plan.Resources.Select(r => (r.GetType(), r.Name)).Distinct().Count());
    }

    [Fact]
    public void Outside_access_comes_only_from_the_spec_lists()
    {
        var cluster = ClusterSpec.Load(File.ReadAllText(Repo.Example("ha-private.yaml")), "ha").Resolve();
        var plan = Generator.Generator.BuildPlan(cluster);
        var ingressFromCidrs = plan.OfType<SecurityGroupRule>()
            .Where(r => r.Direction == RuleDirection.Ingress && (r.CidrBlocks.Length > 0 || r.Ipv6CidrBlocks.Length > 0));
        Assert.Empty(ingressFromCidrs);
    }

    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void Generated_files_hold_no_secrets(string name, string spec, string? key)
    {
        foreach (var (path, content) in SnapshotTests.Generate(spec, key).Files)
        {
            Assert.False(SecretPattern().IsMatch(content), $"{name}: {path} holds something that looks like a secret: {SecretPattern().Match(content).Value}");
        }
    }

    private static IEnumerable<Reference> References(object value) => value switch
    {
        Reference r => [r],
        Resource resource => resource.GetType().GetProperties()
            .Where(p => p.Name is not "EqualityContract")
            .Select(p => p.GetValue(resource))
            .OfType<object>()
            .SelectMany(v => v is Resource nested ? nested.Ref() is var self ? [self] : [] : References(v)),
        string => [],
        IEnumerable e => e.Cast<object?>().OfType<object>().SelectMany(References),
        InstancesDistribution or Model.RootVolume or Document or Tags => [],
        _ => [],
    };

    /// <summary>Private keys, AWS access keys, kubeadm bootstrap tokens, passwords.</summary>
    [GeneratedRegex(@"PRIVATE KEY|\b(AKIA|ASIA)[0-9A-Z]{16}\b|aws_secret_access_key|\b[a-z0-9]{6}\.[a-z0-9]{16}\b|password\s*[=:]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPattern();

    [GeneratedRegex(@"^[0-9A-Za-z_ .:/()#,@\[\]+=&;{}!$*-]{0,255}$")]
    private static partial Regex DescriptionPattern();
}
