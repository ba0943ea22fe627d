using Kgen.Generator;
using Kgen.Generator.Addons;
using Kgen.Generator.Plan;
using Kgen.Model;
using Kgen.Tests.Support;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>
/// cert-manager (kops' spec.certManager): off by default; when on, upstream's CRDs pinned at the catalog's tag, kgen's
/// rendering of the chart's other objects with kops' settings, and Route 53 permissions only for the spec's zones.
/// </summary>
public sealed class CertManagerTests
{
    private const string Zone = "Z0123456789ABCDEFGHIJ";
    private const string On = "\ncertManager: {enabled: true}";

    [Fact]
    public void Off_by_default_nothing_of_it_exists()
    {
        var plan = Plan(Cluster(OnePublicZone));
        Assert.False(plan.Cluster.Addons.CertManager.Enabled);
        Assert.DoesNotContain(AddonBuilder.Build(plan.Cluster), a => a.Kind == AddonKind.CertManager);
        Assert.DoesNotContain(plan.OfType<IamRolePolicy>().SelectMany(Statements), s => s.Actions.Any(a => a.StartsWith("route53:", StringComparison.Ordinal) && s.Sid!.StartsWith("CertManager", StringComparison.Ordinal)));
    }

    [Fact]
    public void Its_crds_are_upstreams_files_at_the_pinned_tag_and_its_images_carry_that_tag()
    {
        var c = Resolve(Cluster(OnePublicZone + On));
        var addon = Assert.Single(AddonBuilder.Build(c), a => a.Kind == AddonKind.CertManager);
        Assert.Equal("v1.19.6", addon.Version);
        var sources = File(c, AddonBuilder.SourcesFile).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, sources.Length);
        Assert.All(sources, line => Assert.Matches(@"^[0-9a-f]{64} [a-z.\-_]+\.yaml https://raw\.githubusercontent\.com/cert-manager/cert-manager/v1\.19\.6/deploy/crds/[a-z.\-_]+\.yaml$", line));
        var k = File(c, AddonBuilder.KustomizationFile);
        Assert.EndsWith("- rbac.yaml\n- deployments.yaml\n- webhooks.yaml\nimages:\n- name: quay.io/jetstack/cert-manager-controller\n  newTag: v1.19.6\n", k, StringComparison.Ordinal);
        var deployments = File(c, "deployments.yaml");
        foreach (var image in new[] { "controller", "cainjector", "webhook" })
        {
            Assert.Contains($"image: quay.io/jetstack/cert-manager-{image}:v1.19.6\n", deployments, StringComparison.Ordinal);
        }

        Assert.Contains("\"--acme-http01-solver-image=quay.io/jetstack/cert-manager-acmesolver:v1.19.6\"", deployments, StringComparison.Ordinal);
        Assert.DoesNotContain(":latest", deployments, StringComparison.Ordinal);
    }

    [Fact]
    public void It_runs_in_kube_system_on_the_control_plane_and_its_webhooks_take_their_ca_from_the_injector()
    {
        var c = Resolve(Cluster(OnePublicZone + On));
        var deployments = File(c, "deployments.yaml");
        Assert.Equal(3, Count(deployments, "kind: Deployment\n"));
        Assert.Equal(3, Count(deployments, "        \"node-role.kubernetes.io/control-plane\": \"\"\n"));
        Assert.Equal(6, Count(deployments, "  namespace: kube-system\n"));
        Assert.DoesNotContain("hostNetwork", deployments, StringComparison.Ordinal);
        Assert.Contains("\"--leader-election-namespace=kube-system\"", deployments, StringComparison.Ordinal);
        var webhooks = File(c, "webhooks.yaml");
        Assert.Equal(2, Count(webhooks, "cert-manager.io/inject-ca-from-secret: \"kube-system/cert-manager-webhook-ca\"\n"));
        Assert.Contains("kind: MutatingWebhookConfiguration\n", webhooks, StringComparison.Ordinal);
        Assert.Contains("kind: ValidatingWebhookConfiguration\n", webhooks, StringComparison.Ordinal);
        var rbac = File(c, "rbac.yaml");
        Assert.Contains("name: cert-manager-webhook:dynamic-serving\n  namespace: kube-system\n", rbac, StringComparison.Ordinal);
        Assert.Contains("resourceNames: [\"cert-manager-webhook-ca\"]", rbac, StringComparison.Ordinal);
        // v1.19.6's narrower edit role: users delete orders, they do not make them.
        Assert.Contains("  - apiGroups: [\"acme.cert-manager.io\"]\n    resources: [\"orders\"]\n    verbs: [\"delete\", \"deletecollection\"]\n", rbac, StringComparison.Ordinal);
        Assert.Equal(10, Count(rbac, "kind: ClusterRoleBinding\n"));
        Assert.Equal(4, Count(rbac, "kind: RoleBinding\n"));
    }

    [Fact]
    public void Kops_settings_reach_the_controller()
    {
        var c = Resolve(Cluster(OnePublicZone + "\ncertManager: {enabled: true, defaultIssuer: letsencrypt-prod, nameservers: [1.1.1.1, 8.8.8.8], featureGates: {ExperimentalGatewayAPISupport: true, AdditionalCertificateOutputFormats: false}}"));
        var d = File(c, "deployments.yaml");
        Assert.Contains("- \"--default-issuer-name=letsencrypt-prod\"\n          - \"--default-issuer-kind=ClusterIssuer\"\n          - \"--default-issuer-group=cert-manager.io\"\n", d, StringComparison.Ordinal);
        Assert.Contains("- \"--feature-gates=AdditionalCertificateOutputFormats=false,ExperimentalGatewayAPISupport=true\"\n", d, StringComparison.Ordinal);
        Assert.Contains("      dnsPolicy: None\n      dnsConfig:\n        nameservers:\n        - \"1.1.1.1\"\n        - \"8.8.8.8\"\n", d, StringComparison.Ordinal);
        Assert.Equal(1, Count(d, "dnsPolicy: None"));
    }

    [Fact]
    public void With_hosted_zones_the_control_plane_may_change_only_acme_challenge_txt_records_in_them()
    {
        var plan = Plan(Cluster(OnePublicZone + $"\ncertManager: {{enabled: true, hostedZoneIDs: [{Zone}, ZOTHER1234]}}"));
        var statements = Statements(plan.OfType<IamRolePolicy>().Single(p => p.Name == "masters.t.k8s.local")).ToList();
        var records = Assert.Single(statements, s => s.Sid == "CertManagerRecords");
        Assert.Equal(["route53:ChangeResourceRecordSets"], records.Actions.AsEnumerable());
        Assert.Equal([$"arn:aws:route53:::hostedzone/{Zone}", "arn:aws:route53:::hostedzone/ZOTHER1234"], records.Resources.AsEnumerable());
        Assert.Equal(["_acme-challenge.*"], records.Conditions["ForAllValues:StringLike"]["route53:ChangeResourceRecordSetsNormalizedRecordNames"].AsEnumerable());
        Assert.Equal(["TXT"], records.Conditions["ForAllValues:StringEquals"]["route53:ChangeResourceRecordSetsRecordTypes"].AsEnumerable());
        Assert.Equal(records.Resources, Assert.Single(statements, s => s.Sid == "CertManagerReadRecords").Resources);
        Assert.Equal(["arn:aws:route53:::change/*"], Assert.Single(statements, s => s.Sid == "CertManagerChanges").Resources.AsEnumerable());
        Assert.Equal(["*"], Assert.Single(statements, s => s.Sid == "CertManagerFindZones").Resources.AsEnumerable());
        Assert.DoesNotContain(plan.OfType<IamRolePolicy>().Where(p => p.Name != "masters.t.k8s.local").SelectMany(Statements), s => s.Sid?.StartsWith("CertManager", StringComparison.Ordinal) == true);
        // The controller reaches the instance metadata service (hop limit 1) for the role's credentials.
        Assert.Contains("      hostNetwork: true\n", File(plan.Cluster, "deployments.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_hosted_zones_it_has_no_aws_permissions_and_no_aws_warning()
    {
        var output = Generator.Generator.Generate(ClusterSpec.Load(Cluster(OnePublicZone + On) + ControlPlane(spec: "subnets: [eu-west-1a]") + Nodes(), "t.yaml"), Target.Terraform);
        Assert.DoesNotContain(output.Plan!.OfType<IamRolePolicy>().SelectMany(Statements), s => s.Sid?.StartsWith("CertManager", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(output.Warnings, w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole && w.Message.Contains("cert-manager", StringComparison.Ordinal));
        Assert.Empty(output.Verification!.Unused);
    }

    [Fact]
    public void The_path_verifier_proves_every_route53_permission_used_and_sufficient()
    {
        var output = Generator.Generator.Generate(ClusterSpec.Load(Cluster(OnePublicZone + $"\ncertManager: {{enabled: true, hostedZoneIDs: [{Zone}]}}") + ControlPlane(spec: "subnets: [eu-west-1a]") + Nodes(), "t.yaml"), Target.Terraform);
        var report = output.Verification!;
        Assert.Empty(report.Unused);
        var cm = report.Proofs.Where(p => p.Need.Purpose.Contains("cert-manager", StringComparison.Ordinal)).ToList();
        foreach (var action in new[] { "route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets", "route53:GetChange", "route53:ListHostedZonesByName" })
        {
            Assert.Contains(cm, p => p.Need is Generator.Verification.CallNeed call && call.Action == action);
        }

        Assert.Contains(cm, p => p.Need is Generator.Verification.ConnectNeed);
        Assert.All(cm, p => Assert.Null(p.Missing));
        Assert.Contains(output.Warnings, w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole && w.Message.Contains("cert-manager", StringComparison.Ordinal));
    }

    [Fact]
    public void The_records_statement_does_not_cover_a_record_other_than_a_challenge_or_a_type_other_than_txt()
    {
        var plan = Plan(Cluster(OnePublicZone + $"\ncertManager: {{enabled: true, hostedZoneIDs: [{Zone}]}}"));
        var records = Statements(plan.OfType<IamRolePolicy>().Single(p => p.Name == "masters.t.k8s.local")).Single(s => s.Sid == "CertManagerRecords");
        Generator.Verification.CallNeed Change(string name, string type) => new()
        {
            Actor = new Generator.Verification.RoleActor(InstanceGroupRole.ControlPlane),
            Phase = Generator.Verification.NeedPhase.Steady,
            Action = "route53:ChangeResourceRecordSets",
            Resource = $"arn:aws:route53:::hostedzone/{Zone}",
            Purpose = "test",
            Context = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                ["route53:ChangeResourceRecordSetsNormalizedRecordNames"] = name,
                ["route53:ChangeResourceRecordSetsRecordTypes"] = type,
            }),
        };
        Assert.True(Generator.Verification.IamEvaluator.Matches(records, Change("_acme-challenge.www.example.com", "TXT")));
        Assert.False(Generator.Verification.IamEvaluator.Matches(records, Change("www.example.com", "TXT")));
        Assert.False(Generator.Verification.IamEvaluator.Matches(records, Change("_acme-challenge.www.example.com", "A")));
        Assert.False(Generator.Verification.IamEvaluator.Matches(records, Change("_acme-challenge.www.example.com", "TXT") with { Resource = "arn:aws:route53:::hostedzone/ZOTHER" }));
    }

    [Fact]
    public void Not_managed_installs_and_grants_nothing_and_warns_about_settings_that_then_do_nothing()
    {
        var output = Generator.Generator.Generate(ClusterSpec.Load(Cluster(OnePublicZone + $"\ncertManager: {{enabled: true, managed: false, hostedZoneIDs: [{Zone}]}}") + ControlPlane(spec: "subnets: [eu-west-1a]") + Nodes(), "t.yaml"), Target.Terraform);
        Assert.DoesNotContain(AddonBuilder.Build(output.Plan!.Cluster), a => a.Kind == AddonKind.CertManager);
        Assert.DoesNotContain(output.Plan!.OfType<IamRolePolicy>().SelectMany(Statements), s => s.Sid?.StartsWith("CertManager", StringComparison.Ordinal) == true);
        var w = Assert.Single(output.Warnings, w => w.Code == DiagnosticCodes.CertManagerNotManaged);
        Assert.Contains("hostedZoneIDs", w.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Generator.Generator.Generate(ClusterSpec.Load(Cluster(OnePublicZone + "\ncertManager: {enabled: true, managed: false}") + ControlPlane(spec: "subnets: [eu-west-1a]") + Nodes(), "t.yaml"), Target.Terraform).Warnings, w => w.Code == DiagnosticCodes.CertManagerNotManaged);
    }

    [Fact]
    public void It_is_applied_after_the_other_addons()
    {
        var c = Resolve(Cluster(OnePublicZone + On + "\nmetricsServer: {enabled: true}\nnodeTerminationHandler: {enabled: true}"));
        var kinds = AddonBuilder.Build(c).Select(a => a.Kind).ToList();
        Assert.Equal(AddonKind.CertManager, kinds[^1]);
        Assert.EndsWith("cert-manager", AddonBuilder.Index(AddonBuilder.Build(c)).TrimEnd('\n').Split('\n')[^1].Split(' ')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("certManager: {enabled: true, hostedZoneIDs: [/hostedzone/Z0123]}", "spec.certManager.hostedZoneIDs[0]")]
    [InlineData("certManager: {enabled: true, hostedZoneIDs: [Z0123, z-lower]}", "spec.certManager.hostedZoneIDs[1]")]
    [InlineData("certManager: {enabled: true, nameservers: [dns.google]}", "spec.certManager.nameservers[0]")]
    [InlineData("certManager: {enabled: true, nameservers: [1.1.1.1, 1.0.0.1, 8.8.8.8, 8.8.4.4]}", "spec.certManager.nameservers")]
    [InlineData("certManager: {enabled: true, defaultIssuer: Lets_Encrypt}", "spec.certManager.defaultIssuer")]
    [InlineData("certManager: {enabled: true, featureGates: {\"not a gate\": true}}", "spec.certManager.featureGates.not a gate")]
    public void A_setting_kgen_cannot_honour_is_an_error_at_its_path(string line, string path)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\n" + line)));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.CertManagerSettingInvalid && d.ToString().Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_at_its_yaml_path()
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\ncertManager: {enabled: sometimes}")));
        Assert.Contains(e.Errors, d => d.ToString().Contains("spec.certManager.enabled", StringComparison.Ordinal));
    }

    [Fact]
    public void The_example_loads_and_means_what_it_says()
    {
        var c = ClusterSpec.Load(System.IO.File.ReadAllText(Repo.Example("addons-lbc.yaml")), "addons-lbc.yaml").Resolve();
        var o = c.Addons.CertManager;
        Assert.True(o.Installed);
        Assert.Equal("letsencrypt", o.DefaultIssuer);
        Assert.Equal([Zone], o.HostedZoneIds.AsEnumerable());
        Assert.True(o.FeatureGates["ExperimentalGatewayAPISupport"]);
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;

    private static IEnumerable<Statement> Statements(IamRolePolicy p) => ((PolicyDocument)p.Policy).Statements;

    private static string File(Cluster c, string name) =>
        AddonBuilder.Build(c).Single(a => a.Kind == AddonKind.CertManager).Files.Single(f => f.Name == name).Content;
}
