namespace Kgen.Model.Validation;

/// <summary>The API endpoint and DNS: where the API load balancer can live, its security groups, and a zone only where DNS is kgen's to publish.</summary>
internal static class EndpointRules
{
    /// <summary>Runs the rules.</summary>
    public static void Check(Validating v)
    {
        Api(v);
        Dns(v);
    }

    private static void Api(Validating v)
    {
        var cluster = v.Cluster;
        var subnets = cluster.Network.Subnets;
        if (subnets.Length > 0 && cluster.Api.Type == LoadBalancerType.Public && !subnets.Any(s => s.IsPublic))
        {
            v.Error(v.C, DiagnosticCodes.ApiWithoutPublicSubnets, "spec.api.loadBalancer.type", "an internet-facing API load balancer lives in Utility or Public subnets and the cluster has none; add a Utility subnet per zone, or set type: Internal");
        }

        for (var i = 0; i < cluster.Api.AdditionalSecurityGroups.Length; i++)
        {
            v.SecurityGroupId(v.C, $"spec.api.loadBalancer.additionalSecurityGroups[{i}]", cluster.Api.AdditionalSecurityGroups[i]);
        }

        if (cluster.Api.SecurityGroupOverride is { } sg)
        {
            v.SecurityGroupId(v.C, "spec.api.loadBalancer.securityGroupOverride", sg);
        }
    }

    private static void Dns(Validating v)
    {
        var cluster = v.Cluster;
        var dns = cluster.Dns;
        if (cluster.Name.EndsWith(".k8s.local", StringComparison.Ordinal) && dns.Zone is not null)
        {
            v.Error(v.C, DiagnosticCodes.GossipWithDnsZone, "spec.dnsZone", "a .k8s.local cluster has no public DNS; remove dnsZone, or rename the cluster into that zone");
        }

        // external-dns publishes into the cluster's hosted zone (spec.dnsZone, or the domain of its name), and its IAM is scoped to it: there must be one.
        if (cluster.Addons.ExternalDns.Enabled && cluster.Name.EndsWith(".k8s.local", StringComparison.Ordinal) && cluster.Topology != ControlPlaneTopology.EksManaged)
        {
            v.Error(v.C, DiagnosticCodes.ExternalDnsWithoutZone, "spec.externalDns.provider", "external-dns publishes records into the cluster's Route 53 hosted zone, and a .k8s.local cluster has none; name the cluster inside a hosted zone of yours (and set spec.dnsZone to it), or remove provider: external-dns");
        }
    }
}
