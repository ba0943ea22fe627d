using System.Collections.Immutable;
using System.Net;
using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>cert-manager's part of <see cref="AddonDefaults"/>: <c>spec.certManager</c> over kops' defaults.</summary>
internal static partial class AddonDefaults
{
    private const string CertManagerPath = "spec.certManager";

    /// <summary>
    /// <c>spec.certManager</c>: what kgen honours (on/off, managed, the default issuer, the controller's DNS servers, its
    /// feature gates, the Route 53 zones of DNS-01 challenges), checked as the API server and AWS would check them.
    /// </summary>
    private static CertManagerOptions CertManager(ClusterInput input, Defaulting d)
    {
        var at = input.Source;
        var m = input.Addons.CertManager;
        if (m is null)
        {
            return new CertManagerOptions();
        }

        if (m.DefaultIssuer is { } issuer && !DnsSubdomainPattern().IsMatch(issuer))
        {
            d.Error(at, DiagnosticCodes.CertManagerSettingInvalid, CertManagerPath + ".defaultIssuer", $"\"{issuer}\" is not a ClusterIssuer name (a DNS subdomain: lowercase letters, digits, '-' and '.', at most 253 characters)");
        }

        var nameservers = m.Nameservers ?? [];
        for (var i = 0; i < nameservers.Count; i++)
        {
            if (!IPAddress.TryParse(nameservers[i], out var ip) || ip.ToString() != nameservers[i])
            {
                d.Error(at, DiagnosticCodes.CertManagerSettingInvalid, $"{CertManagerPath}.nameservers[{i}]", $"\"{nameservers[i]}\" is not an IP address (a pod's dnsConfig takes addresses, such as 1.1.1.1)");
            }
        }

        if (nameservers.Count > 3)
        {
            d.Error(at, DiagnosticCodes.CertManagerSettingInvalid, CertManagerPath + ".nameservers", $"{nameservers.Count} servers; a pod's dnsConfig takes at most 3");
        }

        var zones = m.HostedZoneIds ?? [];
        for (var i = 0; i < zones.Count; i++)
        {
            if (!HostedZoneIdPattern().IsMatch(zones[i]))
            {
                d.Error(at, DiagnosticCodes.CertManagerSettingInvalid, $"{CertManagerPath}.hostedZoneIDs[{i}]", $"\"{zones[i]}\" is not a Route 53 hosted zone id (such as Z0123456789ABCDEFGHIJ, without /hostedzone/)");
            }
        }

        foreach (var gate in (m.FeatureGates ?? []).Keys.Where(k => !FeatureGatePattern().IsMatch(k)).Order(StringComparer.Ordinal))
        {
            d.Error(at, DiagnosticCodes.CertManagerSettingInvalid, $"{CertManagerPath}.featureGates.{gate}", $"\"{gate}\" is not a feature gate name (letters and digits, starting with an uppercase letter, such as ExperimentalGatewayAPISupport)");
        }

        return new CertManagerOptions
        {
            Enabled = m.Enabled ?? false,
            Managed = m.Managed ?? true,
            DefaultIssuer = m.DefaultIssuer is { } di && DnsSubdomainPattern().IsMatch(di) ? di : null,
            Nameservers = [.. nameservers.Take(3)],
            HostedZoneIds = [.. zones.Where(z => HostedZoneIdPattern().IsMatch(z)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            FeatureGates = (m.FeatureGates ?? []).Where(g => FeatureGatePattern().IsMatch(g.Key)).ToImmutableSortedDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal),
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial System.Text.RegularExpressions.Regex DnsSubdomainPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^Z[A-Z0-9]{1,31}$")]
    private static partial System.Text.RegularExpressions.Regex HostedZoneIdPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][A-Za-z0-9]{0,99}$")]
    private static partial System.Text.RegularExpressions.Regex FeatureGatePattern();
}
