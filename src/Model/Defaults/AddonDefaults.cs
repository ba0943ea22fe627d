using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>
/// The add-ons and their settings, from kops' fields (<c>cloudControllerManager</c>, <c>cloudConfig</c>,
/// <c>metricsServer</c>) over kgen's defaults (<see cref="AddonOptions.Standard"/>): the cloud controller manager and
/// the EBS CSI driver on, metrics-server off, as kops.
/// </summary>
internal static partial class AddonDefaults
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

        var nth = NodeTerminationHandler(input, d);
        var certManager = CertManager(input, d);
        var lbc = LoadBalancerController(input, d);
        return standard with
        {
            NodeTerminationHandler = nth,
            // The load balancer controller's webhook takes its certificate from cert-manager (kops: it requires certManager).
            CertManager = certManager with { Enabled = certManager.Enabled || lbc.Enabled },
            LoadBalancerController = lbc,
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
            ExternalDns = ExternalDns(input, d),
        };
    }

    /// <summary>
    /// <c>spec.nodeTerminationHandler</c> over kops' defaults: queue-processor mode unless
    /// <c>enableSQSTerminationDraining</c> is false (IMDS mode). In queue-processor mode kgen, as kops, refuses to turn
    /// off spot-interruption draining and rebalance monitoring without draining, and also scheduled-event draining (its
    /// rule always feeds the queue); IMDS mode honours each.
    /// </summary>
    private static NodeTerminationHandlerOptions NodeTerminationHandler(ClusterInput input, Defaulting d)
    {
        var at = input.Source;
        var n = input.Addons.NodeTerminationHandler;
        var standard = new NodeTerminationHandlerOptions();
        if (n is null)
        {
            return standard;
        }

        const string Path = "spec.nodeTerminationHandler";
        var enabled = n.Enabled ?? false;
        var mode = n.EnableSqsTerminationDraining == false ? NodeTerminationHandlerMode.Imds : NodeTerminationHandlerMode.QueueProcessor;
        if (enabled && mode == NodeTerminationHandlerMode.QueueProcessor)
        {
            if (n.EnableSpotInterruptionDraining == false)
            {
                d.Error(at, DiagnosticCodes.AddonSettingInvalid, Path + ".enableSpotInterruptionDraining", "false cannot be honoured in queue-processor mode (the handler drains on every spot interruption warning); set true or remove the field, or run IMDS mode (enableSQSTerminationDraining: false)");
            }

            if (n.EnableScheduledEventDraining == false)
            {
                d.Error(at, DiagnosticCodes.AddonSettingInvalid, Path + ".enableScheduledEventDraining", "false cannot be honoured in queue-processor mode (the handler drains before every scheduled event); set true or remove the field, or run IMDS mode (enableSQSTerminationDraining: false)");
            }

            if (n.EnableRebalanceMonitoring == true && n.EnableRebalanceDraining != true)
            {
                d.Error(at, DiagnosticCodes.AddonSettingInvalid, Path + ".enableRebalanceMonitoring", "true needs enableRebalanceDraining: true in queue-processor mode (the rebalance rule feeds both); set both or neither");
            }
        }

        if (n.PodTerminationGracePeriod is { } grace && grace is < -1 or > 86400)
        {
            d.Error(at, DiagnosticCodes.AddonSettingInvalid, Path + ".podTerminationGracePeriod", $"{grace} is not -1 (each pod's own) or a number of seconds from 0 to 86400");
        }

        if (n.ManagedAsgTag is { } tag && (tag.Length is 0 or > 128 || tag.StartsWith("aws:", StringComparison.OrdinalIgnoreCase) || !tag.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '/' or '-' or '_' or ':' or '=' or '+' or '@')))
        {
            d.Error(at, DiagnosticCodes.AddonSettingInvalid, Path + ".managedASGTag", $"\"{tag}\" is not a tag key kgen can put on the groups (1 to 128 of letters, digits and . / - _ : = + @, not starting with aws:)");
        }

        foreach (var (field, value) in new[] { ("cpuRequest", n.CpuRequest), ("memoryRequest", n.MemoryRequest), ("memoryLimit", n.MemoryLimit) })
        {
            if (value is not null && !QuantityPattern().IsMatch(value))
            {
                d.Error(at, DiagnosticCodes.AddonSettingInvalid, Path + "." + field, $"\"{value}\" is not a Kubernetes quantity (such as 50m, 64Mi or 1)");
            }
        }

        return new NodeTerminationHandlerOptions
        {
            Enabled = enabled,
            Mode = mode,
            SpotInterruptionDraining = mode == NodeTerminationHandlerMode.QueueProcessor || (n.EnableSpotInterruptionDraining ?? standard.SpotInterruptionDraining),
            ScheduledEventDraining = mode == NodeTerminationHandlerMode.QueueProcessor || (n.EnableScheduledEventDraining ?? standard.ScheduledEventDraining),
            RebalanceDraining = n.EnableRebalanceDraining ?? false,
            RebalanceMonitoring = (n.EnableRebalanceMonitoring ?? false) && (mode == NodeTerminationHandlerMode.Imds || (n.EnableRebalanceDraining ?? false)),
            DeleteSqsMessageIfNodeNotFound = n.DeleteSqsMsgIfNodeNotFound ?? standard.DeleteSqsMessageIfNodeNotFound,
            ExcludeFromLoadBalancers = n.ExcludeFromLoadBalancers ?? standard.ExcludeFromLoadBalancers,
            TaintNode = n.TaintNode ?? standard.TaintNode,
            OutOfServiceTaint = n.EnableOutOfServiceTaint ?? standard.OutOfServiceTaint,
            PodTerminationGracePeriod = n.PodTerminationGracePeriod is { } g and >= -1 and <= 86400 ? g : standard.PodTerminationGracePeriod,
            ManagedTag = n.ManagedAsgTag is { Length: > 0 } t ? t : standard.ManagedTag,
            PrometheusMetrics = n.PrometheusEnable ?? standard.PrometheusMetrics,
            CpuRequest = n.CpuRequest is { } cpu && QuantityPattern().IsMatch(cpu) ? cpu : standard.CpuRequest,
            MemoryRequest = n.MemoryRequest is { } mem && QuantityPattern().IsMatch(mem) ? mem : standard.MemoryRequest,
            MemoryLimit = n.MemoryLimit is { } lim && QuantityPattern().IsMatch(lim) ? lim : null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]+(\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$")]
    private static partial System.Text.RegularExpressions.Regex QuantityPattern();
}
