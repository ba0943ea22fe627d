using Kgen.Generator;
using Kgen.Generator.Addons;
using Kgen.Generator.Plan;
using Kgen.Model;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>
/// The AWS Load Balancer Controller (kops' spec.awsLoadBalancerController): off by default; when on, upstream's config
/// tree pinned at the catalog's tag, kgen's kustomization of it, cert-manager with it, and IAM scoped to the cluster's tag.
/// </summary>
public sealed class LoadBalancerControllerTests
{
    private const string On = "\nawsLoadBalancerController: {enabled: true}";

    [Fact]
    public void Off_by_default_nothing_of_it_exists()
    {
        var plan = Plan(Cluster(OnePublicZone));
        Assert.False(plan.Cluster.Addons.LoadBalancerController.Enabled);
        Assert.DoesNotContain(AddonBuilder.Build(plan.Cluster), a => a.Kind == AddonKind.LoadBalancerController);
        Assert.DoesNotContain(plan.OfType<IamRolePolicy>().SelectMany(Statements), s => s.Sid?.StartsWith("Lbc", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void It_turns_cert_manager_on_and_is_applied_after_it()
    {
        var c = Resolve(Cluster(OnePublicZone + On));
        Assert.True(c.Addons.CertManager.Installed);
        var kinds = AddonBuilder.Build(c).Select(a => a.Kind).ToList();
        Assert.Equal([AddonKind.CertManager, AddonKind.LoadBalancerController], kinds.TakeLast(2));
    }

    [Fact]
    public void Cert_manager_turned_off_explicitly_is_an_error_and_the_operators_own_is_accepted()
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + On + "\ncertManager: {enabled: false}")));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.LoadBalancerControllerSettingInvalid && d.ToString().Contains("spec.awsLoadBalancerController.enabled", StringComparison.Ordinal) && d.Message.Contains("managed: false", StringComparison.Ordinal));
        var own = Resolve(Cluster(OnePublicZone + On + "\ncertManager: {managed: false}"));
        Assert.False(own.Addons.CertManager.Installed);
        Assert.True(AddonBuilder.Enabled(own, AddonKind.LoadBalancerController));
    }

    [Fact]
    public void Upstreams_files_are_pinned_at_the_tag_and_the_image_carries_it()
    {
        var c = Resolve(Cluster(OnePublicZone + On));
        var sources = File(c, AddonBuilder.SourcesFile).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AddonCatalog.LoadBalancerController.Files.Length + AddonCatalog.LoadBalancerController.SupportFiles.Length, sources.Length);
        Assert.All(sources, line => Assert.Matches(@"^[0-9a-f]{64} [a-z0-9._\-]+\.yaml https://raw\.githubusercontent\.com/kubernetes-sigs/aws-load-balancer-controller/v3\.5\.0/config/[a-z/._\-0-9]+\.yaml$", line));
        var k = File(c, AddonBuilder.KustomizationFile);
        Assert.Contains("- name: controller\n  newName: public.ecr.aws/eks/aws-load-balancer-controller\n  newTag: v3.5.0\n", k, StringComparison.Ordinal);
        Assert.Contains("namespace: kube-system\nnamePrefix: aws-load-balancer-\n", k, StringComparison.Ordinal);
        Assert.Contains("configurations:\n- kustomizeconfig.yaml\n", k, StringComparison.Ordinal);

        // The patches are applied, not created; kgen's Certificate is a resource.
        var resources = k[k.IndexOf("resources:\n", StringComparison.Ordinal)..k.IndexOf("configurations:", StringComparison.Ordinal)];
        Assert.DoesNotContain("_patch.yaml", resources, StringComparison.Ordinal);
        Assert.DoesNotContain("webhook-patch.yaml", resources, StringComparison.Ordinal);
        Assert.Contains("- certificate.yaml\n", resources, StringComparison.Ordinal);
        foreach (var patch in new[] { "controller_webhook_patch.yaml", "service_mutator_patch.yaml", "mutating-webhook-patch.yaml", "validating-webhook-patch.yaml" })
        {
            Assert.Contains($"- path: {patch}\n", k, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_controller_runs_on_the_control_plane_with_the_host_network_and_kops_flags()
    {
        var c = Resolve(Cluster(OnePublicZone + "\nawsLoadBalancerController: {enabled: true, enableWAFv2: true, cpuRequest: 150m, memoryLimit: 1Gi}", "acme.k8s.local"), ControlPlane("a", "subnets: [eu-west-1a]"), ControlPlane("b", "subnets: [eu-west-1a]"), ControlPlane("c", "subnets: [eu-west-1a]"), Nodes());
        var k = File(c, AddonBuilder.KustomizationFile);
        Assert.Contains("value: [\"--cluster-name=acme.k8s.local\", \"--ingress-class=alb\", \"--aws-region=eu-west-1\", \"--metrics-bind-addr=:9442\", \"--enable-waf=false\", \"--enable-wafv2=true\", \"--enable-shield=false\"]\n", k, StringComparison.Ordinal);
        Assert.DoesNotContain("--aws-vpc-id", k, StringComparison.Ordinal);
        Assert.Contains("path: /spec/template/spec/hostNetwork\n      value: true\n", k, StringComparison.Ordinal);
        Assert.Contains("\"node-role.kubernetes.io/control-plane\": \"\"", k, StringComparison.Ordinal);
        Assert.Contains("path: /spec/replicas\n      value: 2\n", k, StringComparison.Ordinal);
        Assert.Contains("{\"requests\": {\"cpu\": \"150m\", \"memory\": \"200Mi\"}, \"limits\": {\"cpu\": \"200m\", \"memory\": \"1Gi\"}}", k, StringComparison.Ordinal);
    }

    [Fact]
    public void The_webhook_certificate_and_ca_injection_name_the_prefixed_objects_and_kube_system_is_exempt_from_the_service_webhook()
    {
        var c = Resolve(Cluster(OnePublicZone + On));
        var cert = File(c, "certificate.yaml");
        Assert.Contains("  - aws-load-balancer-webhook-service.kube-system.svc\n", cert, StringComparison.Ordinal);
        Assert.Contains("    name: aws-load-balancer-selfsigned-issuer\n", cert, StringComparison.Ordinal);
        Assert.Contains("secretName: aws-load-balancer-webhook-tls\n", cert, StringComparison.Ordinal);
        foreach (var patch in new[] { "mutating-webhook-patch.yaml", "validating-webhook-patch.yaml" })
        {
            Assert.Contains("cert-manager.io/inject-ca-from: kube-system/aws-load-balancer-serving-cert\n", File(c, patch), StringComparison.Ordinal);
        }

        Assert.Contains("  - name: mservice.elbv2.k8s.aws\n    namespaceSelector:\n      matchExpressions:\n        - key: kubernetes.io/metadata.name\n          operator: NotIn\n          values:\n            - kube-system\n", File(c, "mutating-webhook-patch.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Its_iam_changes_only_what_carries_the_clusters_elbv2_tag_and_waf_and_shield_only_when_on()
    {
        var plan = Plan(Cluster(OnePublicZone + On, "acme.k8s.local"));
        var statements = Statements(plan.OfType<IamRolePolicy>().Single(p => p.Name == "masters.acme.k8s.local")).ToList();
        var change = Assert.Single(statements, s => s.Sid == "LbcChange");
        Assert.Equal(["acme.k8s.local"], change.Conditions["StringEquals"]["aws:ResourceTag/elbv2.k8s.aws/cluster"].AsEnumerable());
        Assert.Contains("elasticloadbalancing:DeleteLoadBalancer", change.Actions);
        Assert.Contains("ec2:DeleteSecurityGroup", change.Actions);
        var create = Assert.Single(statements, s => s.Sid == "LbcCreate");
        Assert.Equal(["acme.k8s.local"], create.Conditions["StringEquals"]["aws:RequestTag/elbv2.k8s.aws/cluster"].AsEnumerable());
        var retag = Assert.Single(statements, s => s.Sid == "LbcRetag");
        Assert.Equal(["true"], retag.Conditions["Null"]["aws:RequestTag/elbv2.k8s.aws/cluster"].AsEnumerable());
        Assert.DoesNotContain(statements, s => s.Actions.Any(a => a.StartsWith("waf", StringComparison.Ordinal) || a.StartsWith("shield:", StringComparison.Ordinal) || a == "elasticloadbalancing:SetWebAcl"));
        Assert.DoesNotContain(statements.Where(s => s.Resources is ["*"] && s.Conditions.IsEmpty), s => s.Actions.Any(a => !a.Contains(":Describe", StringComparison.Ordinal) && !a.Contains(":Get", StringComparison.Ordinal) && !a.Contains(":List", StringComparison.Ordinal)));
        Assert.DoesNotContain(plan.OfType<IamRolePolicy>().Where(p => p.Name != "masters.acme.k8s.local").SelectMany(Statements), s => s.Sid?.StartsWith("Lbc", StringComparison.Ordinal) == true);

        var protectedPlan = Plan(Cluster(OnePublicZone + "\nawsLoadBalancerController: {enabled: true, enableWAF: true, enableWAFv2: true, enableShield: true}"));
        var protection = Assert.Single(Statements(protectedPlan.OfType<IamRolePolicy>().Single(p => p.Name == "masters.t.k8s.local")), s => s.Sid == "LbcProtection");
        Assert.Contains("wafv2:AssociateWebACL", protection.Actions);
        Assert.Contains("shield:CreateProtection", protection.Actions);
        Assert.DoesNotContain("*", protection.Resources);
    }

    [Fact]
    public void The_path_verifier_proves_every_permission_used_and_sufficient_with_every_option()
    {
        var output = Generator.Generator.Generate(ClusterSpec.Load(Cluster(OnePublicZone + "\nawsLoadBalancerController: {enabled: true, enableWAF: true, enableWAFv2: true, enableShield: true}") + ControlPlane(spec: "subnets: [eu-west-1a]") + Nodes(), "t.yaml"), Target.Terraform);
        var report = output.Verification!;
        Assert.Empty(report.Unused);
        var lbc = report.Proofs.Where(p => p.Need.Purpose.Contains("load balancer controller", StringComparison.Ordinal)).ToList();
        Assert.Contains(lbc, p => p.Need is Generator.Verification.CallNeed { Action: "elasticloadbalancing:CreateLoadBalancer" });
        Assert.Contains(lbc, p => p.Need is Generator.Verification.CallNeed { Action: "shield:CreateProtection" });
        Assert.Contains(lbc, p => p.Need is Generator.Verification.ConnectNeed);
        Assert.All(lbc, p => Assert.Null(p.Missing));
        Assert.Contains(output.Warnings, w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole && w.Message.Contains("aws-load-balancer-controller", StringComparison.Ordinal));
    }

    [Fact]
    public void With_every_addon_on_the_control_plane_policy_fits_iams_limit()
    {
        var plan = Plan(
            Cluster(OnePublicZone + "\ncertManager: {enabled: true, hostedZoneIDs: [Z0123456789ABCDEFGHIJ]}\nnodeTerminationHandler: {enabled: true}\nclusterAutoscaler: {enabled: true}\nmetricsServer: {enabled: true}\nawsLoadBalancerController: {enabled: true, enableWAF: true, enableWAFv2: true, enableShield: true}"),
            ControlPlane(spec: "subnets: [eu-west-1a]"),
            Nodes(spec: "minSize: 1\nmaxSize: 5"));
        var (_, size) = Generator.Verification.IamQuotas.Sizes(plan).Single(r => r.Role == "masters.t.k8s.local");
        Assert.True(size <= Generator.Verification.IamQuotas.InlinePolicyCharactersPerRole, $"{size} characters");
    }

    [Theory]
    [InlineData("awsLoadBalancerController: {enabled: true, version: v2.7.0}", "spec.awsLoadBalancerController.version")]
    [InlineData("awsLoadBalancerController: {enabled: true, cpuLimit: lots}", "spec.awsLoadBalancerController.cpuLimit")]
    [InlineData("awsLoadBalancerController: {enabled: true, memoryRequest: 1 GB}", "spec.awsLoadBalancerController.memoryRequest")]
    public void A_setting_kgen_cannot_honour_is_an_error_at_its_path(string line, string path)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\n" + line)));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.LoadBalancerControllerSettingInvalid && d.ToString().Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_version_kgen_installs_is_accepted()
    {
        Assert.True(Resolve(Cluster(OnePublicZone + "\nawsLoadBalancerController: {enabled: true, version: v3.5.0}")).Addons.LoadBalancerController.Enabled);
    }

    private static IEnumerable<Statement> Statements(IamRolePolicy p) => ((PolicyDocument)p.Policy).Statements;

    private static string File(Cluster c, string name) =>
        AddonBuilder.Build(c).Single(a => a.Kind == AddonKind.LoadBalancerController).Files.Single(f => f.Name == name).Content;
}
