using Kgen.Generator.Addons;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>
/// external-dns (kops' spec.externalDns): on only with provider external-dns (kops' dns-controller kgen does not run);
/// upstream's kustomize at the pinned tag; kgen's flags confine it to the cluster's hosted zone; the control-plane role
/// may change records in that zone only (by id) or only under its name (by name); its needs proven; bad settings
/// reported at their YAML path.
/// </summary>
public sealed class ExternalDnsTests
{
    private const string Name = "shop.example.com";
    private const string On = "externalDns: {provider: external-dns}";
    private const string Zone = "dnsZone: example.com\n";
    private const string ZoneId = "Z0EXAMPLE1234567890AB";

    [Theory]
    [InlineData("")]
    [InlineData("externalDns: {provider: dns-controller}")]
    [InlineData("externalDns: {provider: none}")]
    [InlineData("externalDns: {disable: true}")]
    [InlineData("externalDns: {provider: dns-controller, watchNamespace: apps, priorityClassName: low, watchIngress: false}")]
    public void Without_provider_external_dns_nothing_is_installed_and_no_route53_is_granted(string spec)
    {
        var c = Resolve(Cluster(OnePublicZone + "\n" + Zone + spec, Name));
        Assert.False(c.Addons.ExternalDns.Enabled);
        Assert.DoesNotContain(AddonBuilder.Build(c), a => a.Kind == AddonKind.ExternalDns);
        var plan = Generator.Generator.BuildPlan(c);
        Assert.DoesNotContain(Statements(plan), s => s.Actions.Any(a => a.StartsWith("route53:", StringComparison.Ordinal)));
        Assert.DoesNotContain(AddonNeeds.Of(plan), n => n.Purpose.Contains("external-dns", StringComparison.Ordinal));

        // kgen still publishes the API's name itself, which is what kops' dns-controller is for.
        Assert.Contains(plan.OfType<AliasRecord>(), r => r.RecordName == "api." + Name);
    }

    [Fact]
    public void It_is_upstreams_kustomize_at_the_pinned_tag_applied_last_with_the_tags_image()
    {
        var addons = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\n" + Zone + "metricsServer: {enabled: true}\n" + On, Name)));
        Assert.Equal(["aws-cloud-controller-manager", "aws-ebs-csi-driver", "metrics-server", "external-dns"], addons.Select(a => a.Name));
        var a = addons.Single(a => a.Kind == AddonKind.ExternalDns);
        Assert.Equal("v0.22.0", a.Version);
        var sources = File(addons, "sources").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, sources.Length);
        Assert.All(sources, l => Assert.Matches("^[0-9a-f]{64} external-dns-[a-z]+\\.yaml https://raw\\.githubusercontent\\.com/kubernetes-sigs/external-dns/v0\\.22\\.0/kustomize/external-dns-[a-z]+\\.yaml$", l));
        var k = File(addons, "kustomization.yaml");
        Assert.Contains("namespace: kube-system\n", k, StringComparison.Ordinal);
        Assert.Contains("- name: registry.k8s.io/external-dns/external-dns\n  newTag: v0.22.0\n", k, StringComparison.Ordinal);
        foreach (var f in new[] { "deployment", "serviceaccount", "clusterrole", "clusterrolebinding" })
        {
            Assert.Contains($"\n- external-dns-{f}.yaml\n", k, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void By_name_it_is_confined_to_the_zones_domain_and_type_owns_its_records_by_the_clusters_name_and_syncs()
    {
        var args = Args(File(AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\n" + Zone + On, Name))), "kustomization.yaml"));
        Assert.Equal(
            ["--provider=aws", "--source=service", "--source=ingress", "--domain-filter=example.com", "--aws-zone-type=public", "--policy=sync", "--registry=txt", "--txt-owner-id=" + Name],
            args);

        var privateZone = Args(File(AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\ndnsZone: example.com\ntopology: {dns: {type: Private}}\n" + On, Name))), "kustomization.yaml"));
        Assert.Contains("--aws-zone-type=private", privateZone);
    }

    [Fact]
    public void By_id_it_filters_on_the_zone_id_and_the_kops_settings_set_their_flags()
    {
        var spec = $"dnsZone: {ZoneId}\nexternalDns: {{provider: external-dns, watchIngress: false, watchNamespace: storefront, priorityClassName: shop-critical}}";
        var k = File(AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\n" + spec, Name))), "kustomization.yaml");
        Assert.Equal(
            ["--provider=aws", "--source=service", "--zone-id-filter=" + ZoneId, "--namespace=storefront", "--policy=sync", "--registry=txt", "--txt-owner-id=" + Name],
            Args(k));
        Assert.Contains("path: /spec/template/spec/priorityClassName\n      value: \"shop-critical\"\n", k, StringComparison.Ordinal);
    }

    [Fact]
    public void It_runs_on_the_control_plane_with_the_hosts_network_and_its_binding_follows_it_to_kube_system()
    {
        var k = File(AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\n" + Zone + On, Name))), "kustomization.yaml");
        Assert.Contains("- target:\n    kind: Deployment\n    name: external-dns\n", k, StringComparison.Ordinal);
        Assert.Contains("path: /spec/template/spec/hostNetwork\n      value: true\n", k, StringComparison.Ordinal);
        Assert.Contains($"\"{BootstrapDefaults.ControlPlaneTaint.Key}\": \"\"", k, StringComparison.Ordinal);
        Assert.Contains("{\"key\": \"node-role.kubernetes.io/control-plane\", \"operator\": \"Exists\", \"effect\": \"NoSchedule\"}", k, StringComparison.Ordinal);
        Assert.Contains("{\"name\": \"AWS_REGION\", \"value\": \"eu-west-1\"}", k, StringComparison.Ordinal);
        Assert.Contains("path: /spec/template/spec/priorityClassName\n      value: \"system-cluster-critical\"\n", k, StringComparison.Ordinal);
        Assert.Contains("- target:\n    kind: ClusterRoleBinding\n    name: external-dns-viewer\n  patch: |-\n    - op: replace\n      path: /subjects/0/namespace\n      value: \"kube-system\"\n", k, StringComparison.Ordinal);
        Assert.DoesNotContain("/spec/replicas", k, StringComparison.Ordinal);
        Assert.Equal(("kube-system", "external-dns", "external-dns"), AddonBuilder.ExternalDnsWorkload);
    }

    [Fact]
    public void By_id_the_change_statement_names_exactly_the_clusters_zone()
    {
        var plan = Plan(Cluster(OnePublicZone + $"\ndnsZone: {ZoneId}\n" + On, Name));
        var masters = Policy(plan, "masters." + Name);
        var change = Assert.Single(masters, s => s.Actions.Contains("route53:ChangeResourceRecordSets"));
        Assert.Equal(["arn:aws:route53:::hostedzone/" + ZoneId], change.Resources.AsEnumerable());
        Assert.Equal(["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets"], change.Actions.AsEnumerable());
        Assert.Empty(change.Conditions);
        var list = Assert.Single(masters, s => s.Actions.Contains("route53:ListHostedZones"));
        Assert.Equal(["*"], list.Resources.AsEnumerable());
        Assert.Equal(["route53:ListHostedZones"], list.Actions.AsEnumerable());
        Assert.DoesNotContain(masters.SelectMany(s => s.Resources), r => r.Contains("hostedzone/*", StringComparison.Ordinal));
        Assert.DoesNotContain(Policy(plan, "nodes." + Name), s => s.Actions.Any(a => a.StartsWith("route53:", StringComparison.Ordinal)));
        Assert.Equal(masters.Where(s => s.Actions.Any(a => a.StartsWith("route53:", StringComparison.Ordinal))).Select(s => s.Sid), AddonPermissions.ExternalDns(plan.Cluster, "aws").Select(s => s.Sid));
        Assert.DoesNotContain(AddonBuilder.Warnings(plan.Cluster), w => w.Code == DiagnosticCodes.ExternalDnsZoneByName);
    }

    [Fact]
    public void By_name_changes_are_confined_to_the_zones_names_and_kgen_says_so()
    {
        var plan = Plan(Cluster(OnePublicZone + "\n" + Zone + On, Name));
        var masters = Policy(plan, "masters." + Name);
        var change = Assert.Single(masters, s => s.Actions.Contains("route53:ChangeResourceRecordSets"));
        Assert.Equal(["route53:ChangeResourceRecordSets"], change.Actions.AsEnumerable());
        Assert.Equal(["arn:aws:route53:::hostedzone/*"], change.Resources.AsEnumerable());
        Assert.Equal(["example.com", "*.example.com"], change.Conditions["ForAllValues:StringLike"]["route53:ChangeResourceRecordSetsNormalizedRecordNames"].AsEnumerable());
        Assert.Single(change.Conditions);

        Assert.True(IamEvaluator.Matches(change, Change("shop-front.example.com")));
        Assert.True(IamEvaluator.Matches(change, Change("example.com")));
        Assert.False(IamEvaluator.Matches(change, Change("example.org")));
        Assert.False(IamEvaluator.Matches(change, Change("www.notexample.com")));

        var warning = Assert.Single(AddonBuilder.Warnings(plan.Cluster), w => w.Code == DiagnosticCodes.ExternalDnsZoneByName);
        Assert.Contains("zone's id", warning.Message, StringComparison.Ordinal);
        Assert.Contains("external-dns", Assert.Single(AddonBuilder.Warnings(plan.Cluster), w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_call_is_proven_every_grant_used_and_without_its_statements_it_is_not(bool byId)
    {
        var plan = Plan(Cluster(OnePublicZone + "\n" + (byId ? $"dnsZone: {ZoneId}\n" : Zone) + On, Name));
        var report = PlanVerifier.Verify(plan, RoleNeeds.Of(plan));
        var mine = report.Proofs.Where(p => p.Need.Purpose.Contains("external-dns", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, mine.Count);
        Assert.All(mine, p => Assert.True(p.Proven, p.Need.Purpose));
        Assert.Contains(mine, p => p.Need is ConnectNeed { Destination: InternetDestination { Host: "route53.amazonaws.com" } });
        Assert.Empty(report.Unused);

        var policy = plan.Named<IamRolePolicy>("masters." + Name);
        var cut = policy with { Policy = new PolicyDocument([.. policy.Policy.Statements.Where(s => !s.Actions.Contains("route53:ChangeResourceRecordSets"))]) };
        var without = new ClusterPlan(plan.Cluster, plan.Resources.Replace(policy, cut), plan.Outputs) { ConfigBaseObjects = plan.ConfigBaseObjects };
        var unproven = PlanVerifier.Verify(without, RoleNeeds.Of(without)).Unproven.Select(p => p.Need.Purpose).ToList();
        Assert.Contains(unproven, p => p.StartsWith("external-dns creates, updates and deletes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("externalDns: {provider: route53}", "spec.externalDns.provider", "\"route53\" is not a provider")]
    [InlineData("externalDns: {provider: external-dns, watchNamespace: Store_Front}", "spec.externalDns.watchNamespace", "not a namespace name")]
    [InlineData("externalDns: {provider: external-dns, priorityClassName: \"very important\"}", "spec.externalDns.priorityClassName", "not a PriorityClass name")]
    [InlineData("externalDns: {provider: external-dns, disable: true}", "spec.externalDns.disable", "set provider: none")]
    [InlineData("externalDns: {watchIngress: true}", "spec.externalDns.watchIngress", "kgen runs no dns-controller")]
    public void A_bad_setting_is_an_error_at_its_path(string spec, string path, string why)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\n" + Zone + spec, Name)));
        var d = Assert.Single(e.Errors, d => d.Code == DiagnosticCodes.ExternalDnsSettingInvalid);
        Assert.Contains(path, d.ToString(), StringComparison.Ordinal);
        Assert.Contains(why, d.Message, StringComparison.Ordinal);
        Assert.Contains("test.yaml", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_without_a_hosted_zone_cannot_run_it()
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\n" + On)));
        var d = Assert.Single(e.Errors, d => d.Code == DiagnosticCodes.ExternalDnsWithoutZone);
        Assert.Contains("spec.externalDns.provider", d.ToString(), StringComparison.Ordinal);
        Assert.Contains("hosted zone", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kops_external_dns_fixture_loads_and_means_the_same()
    {
        const string Manifest = """
            apiVersion: kops.k8s.io/v1alpha2
            kind: Cluster
            metadata:
              name: minimal.example.com
            spec:
              cloudProvider: aws
              kubernetesVersion: v1.32.0
              masterPublicName: api.minimal.example.com
              networkCIDR: 172.20.0.0/16
              networking: {cni: {}}
              externalDns:
                provider: "external-dns"
              subnets:
              - {cidr: 172.20.32.0/19, name: us-test-1a, type: Public, zone: us-east-1a}
            ---
            apiVersion: kops.k8s.io/v1alpha2
            kind: InstanceGroup
            metadata:
              name: master-us-test-1a
              labels: {kops.k8s.io/cluster: minimal.example.com}
            spec:
              role: Master
              machineType: m6i.large
              minSize: 1
              maxSize: 1
              subnets: [us-test-1a]
            ---
            apiVersion: kops.k8s.io/v1alpha2
            kind: InstanceGroup
            metadata:
              name: nodes
              labels: {kops.k8s.io/cluster: minimal.example.com}
            spec:
              role: Node
              machineType: m6i.large
              minSize: 2
              maxSize: 2
              subnets: [us-test-1a]
            """;
        var spec = ClusterSpec.Load(Manifest, "kops.yaml");
        Assert.DoesNotContain(spec.IgnoredKopsFields, w => w.ToString().Contains("externalDns", StringComparison.Ordinal));
        var c = spec.Resolve();
        Assert.True(c.Addons.ExternalDns.Enabled);
        Assert.True(c.Addons.ExternalDns.WatchIngress);
        var k = Assert.Single(AddonBuilder.Build(c), a => a.Kind == AddonKind.ExternalDns).Files.Single(f => f.Name == "kustomization.yaml").Content;
        Assert.Contains("--domain-filter=example.com", Args(k));
        Assert.Contains("--txt-owner-id=minimal.example.com", Args(k));
        Assert.Contains("--aws-zone-type=public", Args(k));
        Assert.Contains(AddonBuilder.Warnings(c), w => w.Code == DiagnosticCodes.ExternalDnsZoneByName);
    }

    [Theory]
    [MemberData(nameof(AddonConformanceTests.Minors), MemberType = typeof(AddonConformanceTests))]
    public void Its_files_pass_the_conformance_check_for_every_minor(int minor)
    {
        foreach (var spec in new[] { Zone + On, $"dnsZone: {ZoneId}\nexternalDns: {{provider: external-dns, watchIngress: false, watchNamespace: shop, priorityClassName: shop-critical}}" })
        {
            var addons = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + $"\nkubernetesVersion: v1.{minor}.0\n" + spec, Name)));
            using var dir = new Support.TempDir();
            AddonConformanceTests.Write(dir.Path, addons);
            var (exit, stdout, stderr) = AddonConformanceTests.CheckAddons(minor, dir.Path);
            Assert.True(exit == 0 && stdout.Length == 0, $"Kubernetes 1.{minor}: check-addons exited {exit}:\n{stdout}{stderr}");
        }
    }

    private static CallNeed Change(string recordName) => new()
    {
        Actor = new RoleActor(InstanceGroupRole.ControlPlane),
        Phase = NeedPhase.Steady,
        Action = "route53:ChangeResourceRecordSets",
        Resource = "arn:aws:route53:::hostedzone/Z0OTHERZONE",
        Purpose = "test",
        Context = System.Collections.Immutable.ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add(AddonPermissions.Route53ChangedNamesKey, recordName),
    };

    private static string[] Args(string kustomization)
    {
        var line = kustomization.Split('\n').SkipWhile(l => l != "      path: /spec/template/spec/containers/0/args").Skip(1).First();
        Assert.StartsWith("      value: [", line, StringComparison.Ordinal);
        return Newtonsoft.Json.JsonConvert.DeserializeObject<string[]>(line["      value: ".Length..])!;
    }

    private static string File(IEnumerable<RenderedAddon> addons, string name) =>
        addons.Single(a => a.Kind == AddonKind.ExternalDns).Files.Single(f => f.Name == name).Content;

    private static IEnumerable<Statement> Statements(ClusterPlan plan) => plan.OfType<IamRolePolicy>().SelectMany(p => p.Policy.Statements);

    private static List<Statement> Policy(ClusterPlan plan, string role) => [.. plan.Named<IamRolePolicy>(role).Policy.Statements];
}
