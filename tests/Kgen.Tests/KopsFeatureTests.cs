using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// kops features that kops' own integration fixtures use and kgen honours: a <c>masterPublicName</c> outside the
/// <c>dnsZone</c>, instances with public IPs in a shared public subnet, a Kubernetes pre-release.
/// </summary>
public sealed class KopsFeatureTests
{
    [Fact]
    public void A_public_name_outside_the_dns_zone_gets_no_record_and_the_operator_is_told_to_point_it()
    {
        var spec = Repo.KopsManifest("private-dns-outside-zone");
        var (plan, report) = PathVerificationTests.Verify(spec, Repo.ExampleKey);

        // Route 53 would refuse either name in internal.example.org: no record for the public name, and the internal
        // name in a private zone of the cluster's own; the operator's zone is not even looked up.
        Assert.DoesNotContain(plan.OfType<AliasRecord>(), r => r.RecordName == "api.privdns.kops.example.org");
        var internalRecord = Assert.Single(plan.OfType<AliasRecord>(), r => r.RecordName == "api.internal.privdns.kops.example.org");
        var zone = Assert.IsType<PrivateHostedZone>(Assert.IsType<Reference>(internalRecord.ZoneId).Target);
        Assert.Equal("privdns.kops.example.org", zone.ZoneName);
        Assert.Empty(plan.OfType<HostedZoneLookup>());

        // The proof follows the load balancer's own name for kubectl and says the public name is the operator's to point.
        Assert.Empty(report.Unproven);
        var kubectl = Assert.Single(report.Proofs, p => p.Need is ConnectNeed { Actor: OutsideActor { Field: "kubernetesApiAccess" } });
        Assert.IsType<LoadBalancerDestination>(((ConnectNeed)kubectl.Need).Destination);
        Assert.Contains("outside the DNS zone internal.example.org, so the operator points it at this load balancer", kubectl.Need.Purpose, StringComparison.Ordinal);

        // The warning names the output to point it at; the certificate and the outputs keep the name.
        var output = SnapshotTests.Generate(spec, Repo.ExampleKey);
        var warning = Assert.Single(output.Warnings, w => w.Code == DiagnosticCodes.ApiNameOutsideZone);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("api.privdns.kops.example.org is not inside the DNS zone internal.example.org", warning.Message, StringComparison.Ordinal);
        Assert.Contains("api_load_balancer_dns_name", warning.Message, StringComparison.Ordinal);
        Assert.Contains("api_public_name                     = \"api.privdns.kops.example.org\"", output.Files["kubernetes.tf"], StringComparison.Ordinal);
        var controlPlane = NodeScripts.Of(output, output.Files.Keys.Single(k => k.Contains(".masters.", StringComparison.Ordinal) && k.EndsWith("_user_data", StringComparison.Ordinal)));
        Assert.Contains("- \"api.privdns.kops.example.org\"", controlPlane, StringComparison.Ordinal);
    }

    [Fact]
    public void Kopeio_networking_becomes_flannels_vxlan_overlay_with_a_warning_at_its_path()
    {
        var flannel = File.ReadAllText(Repo.KopsManifest("private-flannel"));
        var kopeio = flannel.Replace("    flannel:\n      backend: vxlan\n", "    kopeio: {}\n", StringComparison.Ordinal);
        Assert.NotEqual(flannel, kopeio);

        var output = Generator.Generator.Generate(ClusterSpec.Load(kopeio, "kopeio.yaml").Resolve(null), Generator.Target.Terraform);
        var warning = Assert.Single(output.Warnings, w => w.Code == DiagnosticCodes.CniMapped);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("kopeio.yaml:", warning.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("spec.networking.kopeio", warning.ToString(), StringComparison.Ordinal);
        Assert.Contains("flannel with the VXLAN backend", warning.Message, StringComparison.Ordinal);

        // Everything else is the flannel cluster's, byte for byte.
        var expected = Generator.Generator.Generate(ClusterSpec.Load(flannel, "kopeio.yaml").Resolve(null), Generator.Target.Terraform);
        Assert.Equal(expected.Files, output.Files);
    }

    [Fact]
    public void A_public_name_inside_the_zone_is_published_there_as_before()
    {
        var yaml = File.ReadAllText(Repo.KopsManifest("private-dns-outside-zone"))
            .Replace("dnsZone: internal.example.org", "dnsZone: kops.example.org", StringComparison.Ordinal);
        var cluster = ClusterSpec.Load(yaml, "in-zone.yaml").Resolve(null);
        var plan = Generator.Generator.BuildPlan(cluster);

        var lookup = Assert.Single(plan.OfType<HostedZoneLookup>());
        Assert.Equal("kops.example.org", lookup.ZoneName);
        Assert.All(plan.OfType<AliasRecord>(), r => Assert.Same(lookup, Assert.IsType<Reference>(r.ZoneId).Target));
        Assert.Contains(plan.OfType<AliasRecord>(), r => r.RecordName == "api.privdns.kops.example.org");
        Assert.Empty(plan.OfType<PrivateHostedZone>());
        Assert.DoesNotContain(Generator.Generator.Generate(cluster, Generator.Target.Terraform).Warnings, w => w.Code == DiagnosticCodes.ApiNameOutsideZone);
    }

    [Fact]
    public void Instances_with_public_ips_in_a_shared_public_subnet_are_reached_at_them()
    {
        var spec = Repo.KopsManifest("shared-public-subnet");
        var (_, report) = PathVerificationTests.Verify(spec, Repo.ExampleKey);
        Assert.Empty(report.Unproven);
        var ssh = report.Proofs.Where(p => p.Need is ConnectNeed { Actor: OutsideActor { Field: "sshAccess" } }).ToList();
        Assert.Equal(2, ssh.Count);
        Assert.All(ssh, p => Assert.Contains(p.Assumptions, a => a.StartsWith("the existing Public subnet subnet-0a9b8c7d6e5f40312 routes 0.0.0.0/0 to an internet gateway", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_public_ips_a_shared_public_subnet_is_still_not_reachable_from_the_internet()
    {
        var yaml = File.ReadAllText(Repo.KopsManifest("shared-public-subnet"))
            .Replace("associatePublicIp: true", "associatePublicIp: false", StringComparison.Ordinal);
        var e = Assert.Throws<SpecException>(() => Generator.Generator.Generate(ClusterSpec.Load(yaml, "no-public-ip.yaml"), Generator.Target.Terraform));
        Assert.Contains("sshAccess 0.0.0.0/0", e.Message, StringComparison.Ordinal);
        Assert.Contains("its instances have no public IP", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_security_group_override_replaces_kgens_group_and_gets_its_rules_as_kops_does()
    {
        var spec = Repo.KopsManifest("existing-sg");
        var (plan, report) = PathVerificationTests.Verify(spec, Repo.ExampleKey);

        // Only the control-plane group without an override has a group of kgen's; the others are looked up by id.
        Assert.Equal(["masters.existingsg.kops.example.org"], plan.OfType<SecurityGroup>().Select(g => g.Name));
        var lookups = plan.OfType<SecurityGroupLookup>().ToDictionary(l => l.GroupId, StringComparer.Ordinal);
        Assert.Equal(["sg-01a2b3c4d5e6f7a8b", "sg-02b3c4d5e6f7a8b9c", "sg-03c4d5e6f7a8b9c0d", "sg-0e1f2a3b4c5d6e7f8"], lookups.Keys.Order(StringComparer.Ordinal));

        // Each group's machines use their group; the API load balancers use the override.
        var groupOf = plan.OfType<LaunchTemplate>().ToDictionary(t => t.Name, t => Assert.IsType<Reference>(t.NetworkInterface.SecurityGroups[0]).Target, StringComparer.Ordinal);
        Assert.Same(lookups["sg-01a2b3c4d5e6f7a8b"], groupOf["control-plane-us-east-2a.masters.existingsg.kops.example.org"]);
        Assert.IsType<SecurityGroup>(groupOf["control-plane-us-east-2c.masters.existingsg.kops.example.org"]);
        Assert.Same(lookups["sg-03c4d5e6f7a8b9c0d"], groupOf["nodes.existingsg.kops.example.org"]);
        Assert.All(plan.OfType<NetworkLoadBalancer>().Where(l => l.Name.StartsWith("api", StringComparison.Ordinal)),
            l => Assert.Same(lookups["sg-0e1f2a3b4c5d6e7f8"], Assert.IsType<Reference>(l.SecurityGroups[0]).Target));

        // kgen's rules land on the overrides, for every pair of a role's groups: etcd between the two overridden
        // control-plane groups and kgen's own, kubernetesApiAccess on the load balancer's override.
        Assert.Contains(plan.OfType<SecurityGroupRule>(), r => Target(r.SecurityGroupId) == lookups["sg-01a2b3c4d5e6f7a8b"] && r.SourceSecurityGroupId is { } peer && Target(peer) == lookups["sg-02b3c4d5e6f7a8b9c"] && r.Protocol == "-1");
        Assert.Contains(plan.OfType<SecurityGroupRule>(), r => Target(r.SecurityGroupId) == lookups["sg-0e1f2a3b4c5d6e7f8"] && r.CidrBlocks.Contains("0.0.0.0/0") && r.FromPort == 443);

        // The proof stands on those rules and says the groups are the operator's.
        Assert.Empty(report.Unproven);
        Assert.Empty(report.Unused);
        Assert.Contains(report.Proofs, p => p.Assumptions.Any(a => a.StartsWith("sg-03c4d5e6f7a8b9c0d is the operator's security group (securityGroupOverride)", StringComparison.Ordinal)));

        // Terraform looks the groups up by id; CloudFormation writes the ids.
        var tf = SnapshotTests.Generate(spec, Repo.ExampleKey).Files["kubernetes.tf"];
        Assert.Contains("data \"aws_security_group\" \"sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org\" {\n  id = \"sg-03c4d5e6f7a8b9c0d\"\n}", tf, StringComparison.Ordinal);
        var cfn = SnapshotTests.Generate(spec, Repo.ExampleKey, Generator.Target.CloudFormation).Files["cloudformation.json"];
        Assert.Contains("\"GroupId\": \"sg-0e1f2a3b4c5d6e7f8\"", cfn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("      securityGroupOverride: sg-0e1f2a3b4c5d6e7f8\n", "      securityGroupOverride: sg-elb\n", "spec.api.loadBalancer.securityGroupOverride")]
    [InlineData("  securityGroupOverride: sg-03c4d5e6f7a8b9c0d\n", "  securityGroupOverride: sg-nodes\n", "spec.securityGroupOverride")]
    public void A_security_group_override_that_is_not_an_id_is_refused_at_its_path(string from, string to, string path)
    {
        var yaml = File.ReadAllText(Repo.KopsManifest("existing-sg")).Replace(from, to, StringComparison.Ordinal);
        var e = Assert.Throws<SpecException>(() => Generator.Generator.Generate(ClusterSpec.Load(yaml, "existing-sg.yaml"), Generator.Target.Terraform));
        var problem = Assert.Single(e.Errors);
        Assert.Contains(path, problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("is not a security group id", problem.Message, StringComparison.Ordinal);
    }

    private static Resource Target(Value v) => Assert.IsType<Reference>(v).Target;
}
