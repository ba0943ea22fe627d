using Kgen.Generator.Bootstrap;
using Kgen.Model;

namespace Kgen.Generator.Addons;

/// <summary>The AWS Load Balancer Controller's part of <see cref="AddonBuilder"/>: kgen's kustomization of upstream's <c>config/</c> tree.</summary>
internal static partial class AddonBuilder
{
    /// <summary>The namespace, service account and workload of the controller, the one that calls AWS (what an IAM role for its service account would trust).</summary>
    public static (string Namespace, string ServiceAccount, string Workload) LoadBalancerControllerIdentity => ("kube-system", LbcPrefix + "controller", "Deployment/" + LbcPrefix + "controller");

    /// <summary>The prefix upstream's default overlay gives every object's name (its <c>namePrefix</c>).</summary>
    private const string LbcPrefix = "aws-load-balancer-";

    /// <summary>The Secret cert-manager writes the webhook's serving certificate into (upstream's name, which its controller patch mounts).</summary>
    public const string LoadBalancerControllerWebhookSecret = "aws-load-balancer-webhook-tls";

    /// <summary>The port of the controller's metrics, off the default 8080 that the host (its network) may already use (kops' choice).</summary>
    public const int LoadBalancerControllerMetricsPort = 9442;

    /// <summary>
    /// The controller as upstream's <c>config/default</c> overlay assembles it, in kube-system with the
    /// <c>aws-load-balancer-</c> prefix; set as kops sets it: the cluster's name and region, WAF, WAFv2 and Shield as the
    /// spec says (upstream's default for each is on), metrics on 9442, kops' resources; on the control-plane nodes with
    /// the host's network, so that it reaches the instance metadata service (hop limit 1) for the control-plane role's
    /// credentials and for its VPC's id (kgen, like kops, passes no <c>--aws-vpc-id</c>: the plan may not know the id of
    /// a VPC it creates), one replica per control-plane node up to two (its Service webhook refuses Services while no
    /// replica serves, except in kube-system, which kgen exempts as kops does).
    /// </summary>
    private static void LoadBalancerController(Cluster c, Kustomization k, List<AddonFile> owned)
    {
        var o = c.Addons.LoadBalancerController;
        var ns = LoadBalancerControllerIdentity.Namespace;
        k.Namespace = ns;
        k.NamePrefix = LbcPrefix;
        k.Labels = ("app.kubernetes.io/name", "aws-load-balancer-controller");
        k.Configurations.Add("kustomizeconfig.yaml");
        k.PatchFiles.AddRange(AddonCatalog.LoadBalancerController.SupportFiles.Select(f => f.FileName).Where(f => f.EndsWith("_patch.yaml", StringComparison.Ordinal)));

        // The overlay's vars, written out: the webhook's self-signed Issuer and serving Certificate with their final names.
        var service = $"{LbcPrefix}webhook-service";
        var certificate = $"{LbcPrefix}serving-cert";
        owned.Add(new(
            "certificate.yaml",
            "apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata:\n  name: selfsigned-issuer\nspec:\n  selfSigned: {}\n---\n" +
            "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: serving-cert\nspec:\n" +
            $"  dnsNames:\n  - {service}.{ns}.svc\n  - {service}.{ns}.svc.cluster.local\n" +
            $"  issuerRef:\n    kind: Issuer\n    name: {LbcPrefix}selfsigned-issuer\n  secretName: {LoadBalancerControllerWebhookSecret}\n"));

        // The webhooks take their CA from the Certificate (cert-manager's CA injector); the Service webhook leaves kube-system alone.
        var inject = $"  annotations:\n    cert-manager.io/inject-ca-from: {ns}/{certificate}\n";
        owned.Add(new(
            "mutating-webhook-patch.yaml",
            "apiVersion: admissionregistration.k8s.io/v1\nkind: MutatingWebhookConfiguration\nmetadata:\n  name: webhook\n" + inject +
            "webhooks:\n  - name: mservice.elbv2.k8s.aws\n    namespaceSelector:\n      matchExpressions:\n        - key: kubernetes.io/metadata.name\n          operator: NotIn\n          values:\n            - kube-system\n"));
        owned.Add(new(
            "validating-webhook-patch.yaml",
            "apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\nmetadata:\n  name: webhook\n" + inject));
        k.PatchFiles.AddRange(["mutating-webhook-patch.yaml", "validating-webhook-patch.yaml"]);

        var controller = new PatchTarget("Deployment", "controller");
        var args = new List<string>
        {
            $"--cluster-name={c.Name}",
            "--ingress-class=alb",
            $"--aws-region={c.Region}",
            $"--metrics-bind-addr=:{Number(LoadBalancerControllerMetricsPort)}",
            $"--enable-waf={Bool(o.EnableWaf)}",
            $"--enable-wafv2={Bool(o.EnableWafV2)}",
            $"--enable-shield={Bool(o.EnableShield)}",
        };
        k.Patch(controller, "replace", "/spec/replicas", Number(Math.Clamp(c.ControlPlaneGroups.Sum(g => g.MinSize), 1, 2)));
        k.Patch(controller, "replace", "/spec/template/spec/containers/0/args", List(args));
        k.Patch(controller, "replace", "/spec/template/spec/containers/0/resources", $"{{\"requests\": {{\"cpu\": {Quote(o.CpuRequest)}, \"memory\": {Quote(o.MemoryRequest)}}}, \"limits\": {{\"cpu\": {Quote(o.CpuLimit)}, \"memory\": {Quote(o.MemoryLimit)}}}}}");
        k.Patch(controller, "add", "/spec/template/spec/hostNetwork", "true");
        k.Patch(controller, "add", "/spec/template/spec/nodeSelector", $"{{\"kubernetes.io/os\": \"linux\", {Quote(BootstrapDefaults.ControlPlaneTaint.Key)}: \"\"}}");
        k.Patch(controller, "add", "/spec/template/spec/tolerations", Tolerations((BootstrapDefaults.ControlPlaneTaint.Key, null, BootstrapDefaults.ControlPlaneTaint.Effect)));
    }
}
