using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>
/// <c>spec.externalDns</c>. In kops the field configures kops' own dns-controller unless <c>provider: external-dns</c>
/// installs kubernetes-sigs/external-dns. kgen runs no dns-controller: the API's names, which dns-controller publishes
/// for kops, kgen publishes itself (Route 53 aliases to the API load balancer in the generated output). So
/// <c>dns-controller</c> (or no provider) and <c>none</c> install nothing, and the settings only a running
/// dns-controller would read are refused rather than silently dropped; <c>external-dns</c> turns the add-on on.
/// </summary>
internal static partial class AddonDefaults
{
    private const string ExternalDnsPath = "spec.externalDns";

    /// <summary>The external-dns settings as the spec sets them; problems go to <paramref name="d"/>.</summary>
    private static ExternalDnsOptions ExternalDns(ClusterInput input, Defaulting d)
    {
        var at = input.Source;
        var x = input.Addons.ExternalDns;
        var standard = new ExternalDnsOptions();
        if (x is null)
        {
            return standard;
        }

        void Error(string field, string message) => d.Error(at, DiagnosticCodes.ExternalDnsSettingInvalid, $"{ExternalDnsPath}.{field}", message);

        var provider = x.Provider ?? "dns-controller";
        if (provider is not ("dns-controller" or "external-dns" or "none"))
        {
            Error("provider", $"\"{provider}\" is not a provider; use external-dns (kgen installs kubernetes-sigs/external-dns), or dns-controller or none (kgen installs nothing: it publishes the API's names itself)");
            return standard;
        }

        var enabled = provider == "external-dns" && x.Disable != true;
        if (provider == "external-dns" && x.Disable == true)
        {
            Error("disable", "true with provider: external-dns asks for external-dns and for none; remove disable, or set provider: none");
        }

        if (!enabled)
        {
            // kops' dns-controller would publish records for Ingresses: refused, so no one believes theirs get records.
            // Its namespace and priority class change nothing when it does not run (the field table says so).
            if (x.WatchIngress == true)
            {
                Error("watchIngress", "true asks kops' dns-controller for Ingress records, and kgen runs no dns-controller (it publishes the API's names itself); set provider: external-dns to have records published for Services and Ingresses, or remove the field");
            }

            return standard;
        }

        string? ns = null;
        if (x.WatchNamespace is { Length: > 0 } w)
        {
            if (w.Length <= 63 && Patterns.DnsLabel().IsMatch(w))
            {
                ns = w;
            }
            else
            {
                Error("watchNamespace", $"\"{w}\" is not a namespace name (1 to 63 lower-case letters, digits and '-')");
            }
        }

        var priority = standard.PriorityClassName;
        if (x.PriorityClassName is { } p)
        {
            if (p.Length is > 0 and <= 253 && p.Split('.').All(l => Patterns.DnsLabel().IsMatch(l)))
            {
                priority = p;
            }
            else
            {
                Error("priorityClassName", $"\"{p}\" is not a PriorityClass name (a DNS subdomain, such as system-cluster-critical)");
            }
        }

        return standard with
        {
            Enabled = true,
            WatchIngress = x.WatchIngress ?? standard.WatchIngress,
            WatchNamespace = ns,
            PriorityClassName = priority,
        };
    }
}
