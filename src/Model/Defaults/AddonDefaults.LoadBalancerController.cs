using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>The AWS Load Balancer Controller's part of <see cref="AddonDefaults"/>: <c>spec.awsLoadBalancerController</c> over kops' defaults.</summary>
internal static partial class AddonDefaults
{
    /// <summary>The controller version kgen installs (the add-on table's; the one a spec's <c>version</c> may name).</summary>
    public const string LoadBalancerControllerVersion = "v3.5.0";

    private const string LoadBalancerControllerPath = "spec.awsLoadBalancerController";

    /// <summary>
    /// <c>spec.awsLoadBalancerController</c>: on/off, WAF, WAFv2 and Shield, the container's resources. Its webhook's
    /// certificate comes from cert-manager, which it turns on; a spec that turns cert-manager off explicitly is an error
    /// (as kops refuses it), while <c>certManager.managed: false</c> (the operator's own cert-manager) is accepted.
    /// </summary>
    private static LoadBalancerControllerOptions LoadBalancerController(ClusterInput input, Defaulting d)
    {
        var at = input.Source;
        var l = input.Addons.LoadBalancerController;
        var standard = new LoadBalancerControllerOptions();
        if (l is null)
        {
            return standard;
        }

        var enabled = l.Enabled ?? false;
        if (enabled && input.Addons.CertManager?.Enabled == false)
        {
            d.Error(at, DiagnosticCodes.LoadBalancerControllerSettingInvalid, LoadBalancerControllerPath + ".enabled", "true needs cert-manager for the controller's webhook certificate, and spec.certManager.enabled is false; remove certManager.enabled: false (kgen then installs cert-manager), or set certManager.managed: false if you install cert-manager yourself");
        }

        if (l.Version is { } version && version != LoadBalancerControllerVersion)
        {
            d.Error(at, DiagnosticCodes.LoadBalancerControllerSettingInvalid, LoadBalancerControllerPath + ".version", $"\"{version}\" is not the version kgen installs ({LoadBalancerControllerVersion}, pinned with its files' SHA-256s in kgen's add-on table); remove the field or set {LoadBalancerControllerVersion}");
        }

        foreach (var (field, value) in new[] { ("cpuRequest", l.CpuRequest), ("cpuLimit", l.CpuLimit), ("memoryRequest", l.MemoryRequest), ("memoryLimit", l.MemoryLimit) })
        {
            if (value is not null && !QuantityPattern().IsMatch(value))
            {
                d.Error(at, DiagnosticCodes.LoadBalancerControllerSettingInvalid, LoadBalancerControllerPath + "." + field, $"\"{value}\" is not a Kubernetes quantity (such as 100m, 200Mi or 1)");
            }
        }

        static string Quantity(string? value, string fallback) => value is not null && QuantityPattern().IsMatch(value) ? value : fallback;
        return new LoadBalancerControllerOptions
        {
            Enabled = enabled,
            EnableWaf = l.EnableWaf ?? false,
            EnableWafV2 = l.EnableWafV2 ?? false,
            EnableShield = l.EnableShield ?? false,
            CpuRequest = Quantity(l.CpuRequest, standard.CpuRequest),
            CpuLimit = Quantity(l.CpuLimit, standard.CpuLimit),
            MemoryRequest = Quantity(l.MemoryRequest, standard.MemoryRequest),
            MemoryLimit = Quantity(l.MemoryLimit, standard.MemoryLimit),
        };
    }
}
