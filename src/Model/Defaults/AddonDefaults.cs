using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>
/// The add-ons and their settings, from kops' fields (<c>cloudControllerManager</c>, <c>cloudConfig</c>,
/// <c>metricsServer</c>) over kgen's defaults (<see cref="AddonOptions.Standard"/>): the cloud controller manager and
/// the EBS CSI driver on, metrics-server off, as kops.
/// </summary>
internal static class AddonDefaults
{
    /// <summary>The add-ons as the spec sets them; problems go to <paramref name="d"/>.</summary>
    public static AddonOptions Apply(ClusterInput input, string clusterName, Defaulting d)
    {
        var at = input.Source;
        var x = input.Addons;
        var standard = AddonOptions.Standard(clusterName);
        const string Ccm = "spec.cloudControllerManager";
        var ccm = x.CloudControllerManager;
        if (ccm?.ConfigureCloudRoutes == true)
        {
            d.Error(at, DiagnosticCodes.AddonSettingInvalid, Ccm + ".configureCloudRoutes", "true is not supported: kgen's CNIs route pod traffic themselves, and the cloud controller manager would need to write the cluster's route tables; set false or remove the field");
        }

        if (ccm?.LogLevel is { } level && level is < 0 or > 10)
        {
            d.Error(at, DiagnosticCodes.AddonSettingInvalid, Ccm + ".logLevel", $"{level} is not a log level from 0 to 10");
        }

        if (ccm?.ConcurrentNodeSyncs is { } syncs && syncs <= 0)
        {
            d.Error(at, DiagnosticCodes.AddonSettingInvalid, Ccm + ".concurrentNodeSyncs", $"{syncs} is not a positive number");
        }

        if (ccm?.ClusterCidr is { } cidr)
        {
            d.Cidr(at, Ccm + ".clusterCIDR", cidr);
        }

        if (ccm?.ClusterName is { Length: 0 })
        {
            d.Error(at, DiagnosticCodes.AddonSettingInvalid, Ccm + ".clusterName", "empty; remove the field for the cluster's name");
        }

        foreach (var c in ccm?.Controllers ?? [])
        {
            if (c.Length == 0 || !c.All(ch => char.IsAsciiLetterLower(ch) || ch is '-' or '*'))
            {
                d.Error(at, DiagnosticCodes.AddonSettingInvalid, Ccm + ".controllers", $"\"{c}\" is not a controller name (such as cloud-node, -route or *)");
            }
        }

        var ebs = input.Addons.CloudConfig?.AwsEbsCsiDriver;
        if (ebs?.VolumeAttachLimit is { } limit && limit <= 0)
        {
            d.Error(at, DiagnosticCodes.AddonSettingInvalid, "spec.cloudConfig.awsEBSCSIDriver.volumeAttachLimit", $"{limit} is not a positive number");
        }

        return standard with
        {
            CloudControllerManager = standard.CloudControllerManager with
            {
                ClusterName = ccm?.ClusterName is { Length: > 0 } name ? name : clusterName,
                LogLevel = ccm?.LogLevel is { } l and >= 0 and <= 10 ? l : standard.CloudControllerManager.LogLevel,
                AllocateNodeCidrs = ccm?.AllocateNodeCidrs ?? standard.CloudControllerManager.AllocateNodeCidrs,
                ClusterCidr = ccm?.ClusterCidr,
                LeaderElect = ccm?.LeaderElection?.LeaderElect ?? standard.CloudControllerManager.LeaderElect,
                UseServiceAccountCredentials = ccm?.UseServiceAccountCredentials ?? standard.CloudControllerManager.UseServiceAccountCredentials,
                ConcurrentNodeSyncs = ccm?.ConcurrentNodeSyncs is > 0 ? ccm.ConcurrentNodeSyncs : null,
                Controllers = [.. ccm?.Controllers ?? []],
            },
            EbsCsiDriver = new EbsCsiDriverOptions
            {
                Enabled = ebs?.Enabled ?? true,
                DefaultStorageClass = (ebs?.Enabled ?? true) && (input.Addons.CloudConfig?.ManageStorageClasses ?? true),
                VolumeAttachLimit = ebs?.VolumeAttachLimit is > 0 ? ebs.VolumeAttachLimit : null,
            },
            MetricsServer = new MetricsServerOptions
            {
                Enabled = x.MetricsServer?.Enabled ?? false,
                KubeletInsecureTls = x.MetricsServer?.Insecure ?? false,
            },
            ClusterAutoscaler = ClusterAutoscalerDefaults.Apply(x.ClusterAutoscaler, at, d),
        };
    }
}
