using Kgen.Generator.Bootstrap;
using Kgen.Model;

namespace Kgen.Generator.Addons;

/// <summary>external-dns' part of <see cref="AddonBuilder"/>: its workload, the zone it publishes into, its flags, its warning.</summary>
internal static partial class AddonBuilder
{
    /// <summary>
    /// external-dns' workload as upstream's files name it: its namespace (kgen's kustomization puts it there), service
    /// account and Deployment. One place for what an IAM role for its service account would trust.
    /// </summary>
    public static (string Namespace, string ServiceAccount, string Deployment) ExternalDnsWorkload { get; } = ("kube-system", "external-dns", "external-dns");

    /// <summary>
    /// The hosted zone external-dns publishes into, without a trailing dot: the cluster's (<c>spec.dnsZone</c>, by name
    /// or id), or, where the spec names none, the domain the cluster's name is in, as kops assumes (its
    /// <c>external_dns</c> case names no zone). Validation refuses external-dns for a <c>.k8s.local</c> name.
    /// </summary>
    public static string ExternalDnsZone(Cluster c) => (c.Dns.Zone ?? Model.Defaults.EndpointDefaults.EnclosingDomain(c.Name)).TrimEnd('.');

    /// <summary>
    /// external-dns' warning: with the zone given by name, kgen cannot know its id (a lookup at apply time, which a
    /// static IAM policy cannot name), so the Route 53 changes are scoped to the zone's names in any zone, not to the
    /// zone itself.
    /// </summary>
    private static IEnumerable<Diagnostic> ExternalDnsWarnings(Cluster c)
    {
        if (Enabled(c, AddonKind.ExternalDns) && !c.Dns.ZoneIsId)
        {
            var zone = ExternalDnsZone(c);
            yield return Diagnostic.Warning(
                DiagnosticCodes.ExternalDnsZoneByName,
                new PlanLocation(c.Name),
                $"external-dns' hosted zone {zone} is known by name only (spec.dnsZone is not its id), so external-dns may change records named {zone} or *.{zone} in any hosted zone of the account (a policy cannot name a zone's id kgen does not know); " +
                "set spec.dnsZone to the zone's id (Z…) to confine it to that one zone");
        }
    }

    /// <summary>
    /// external-dns (upstream's kustomize example): kops' flags (the AWS provider, Services and, with watchIngress,
    /// Ingresses, TXT ownership records owned by this cluster) confined to the cluster's hosted zone (its id, or its
    /// name and public/private type); on a control-plane node, on the host's network so that it reaches the instance
    /// metadata service (hop limit 1) for the control-plane role's credentials; one replica (external-dns elects no
    /// leader), replaced rather than rolled (upstream's Recreate); its binding's subject moved with it to kube-system.
    /// </summary>
    private static void ExternalDns(Cluster c, Kustomization k)
    {
        var o = c.Addons.ExternalDns;
        var (ns, _, deployment) = ExternalDnsWorkload;
        k.Namespace = ns;
        var zone = ExternalDnsZone(c);
        var args = new List<string> { "--provider=aws", "--source=service" };
        if (o.WatchIngress)
        {
            args.Add("--source=ingress");
        }

        if (c.Dns.ZoneIsId)
        {
            args.Add($"--zone-id-filter={zone}");
        }
        else
        {
            args.Add($"--domain-filter={zone}");
            args.Add($"--aws-zone-type={(c.Dns.Type == DnsType.Private ? "private" : "public")}");
        }

        if (o.WatchNamespace is { } watched)
        {
            args.Add($"--namespace={watched}");
        }

        args.Add($"--policy={o.Policy}");
        args.Add("--registry=txt");
        args.Add($"--txt-owner-id={c.Name}");

        var d = new PatchTarget("Deployment", deployment);
        var taint = BootstrapDefaults.ControlPlaneTaint;
        k.Patch(d, "replace", "/spec/template/spec/containers/0/args", List(args));
        k.Patch(d, "add", "/spec/template/spec/containers/0/env", $"[{{\"name\": \"AWS_REGION\", \"value\": {Quote(c.Region)}}}]");
        k.Patch(d, "add", "/spec/template/spec/hostNetwork", "true");
        k.Patch(d, "add", "/spec/template/spec/priorityClassName", Quote(o.PriorityClassName));
        k.Patch(d, "add", "/spec/template/spec/nodeSelector", $"{{\"kubernetes.io/os\": \"linux\", {Quote(taint.Key)}: \"\"}}");
        k.Patch(d, "add", "/spec/template/spec/tolerations", Tolerations((taint.Key, null, taint.Effect)));
        k.Patch(new PatchTarget("ClusterRoleBinding", "external-dns-viewer"), "replace", "/subjects/0/namespace", Quote(ns));
    }
}
