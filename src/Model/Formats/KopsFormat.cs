using System.Collections.Immutable;
using Kgen.Model.Input;
using Kgen.Model.Spec;
using Kgen.Model.Yaml;

namespace Kgen.Model.Formats;

/// <summary>
/// Reads kgen's own documents (<c>kgen.dev/v1alpha1</c>) and kops' manifests (<c>kops.k8s.io/v1alpha2</c>), which
/// share one shape (<see cref="ClusterSpecDto"/>), into the format-neutral <see cref="ClusterInput"/>. Everything
/// that is kops' way of writing a value lives here: the <c>Master</c> role, the v1alpha2 root volume fields beside
/// v1alpha3's <c>rootVolume</c>, the comma-separated <c>machineType</c>, the one-of-several <c>networking</c> map,
/// the nesting of <c>api.loadBalancer</c> and <c>topology</c>, and the <c>kops.k8s.io/cluster</c> label. Fields kops
/// has and kgen ignores (<c>channel</c>, <c>topology.masters</c>, <c>iam.legacy</c>…) are not read.
/// </summary>
internal static class KopsFormat
{
    /// <summary>The label that ties a kops instance group to its cluster.</summary>
    public const string ClusterLabel = "kops.k8s.io/cluster";

    /// <summary>
    /// The node label kops puts on every node of a group. kops sets its value to the group's name whatever the
    /// manifest says; the kubelet may not set a k8s.io label on its own node (NodeRestriction), so kgen maps it onto
    /// its own label of the same meaning,
    /// <see cref="Names.InstanceGroupTag"/>, which every kgen node carries.
    /// </summary>
    public const string InstanceGroupLabel = "kops.k8s.io/instancegroup";

    /// <summary>Reads a loaded spec.</summary>
    public static ClusterInput Read(ClusterSpec spec)
    {
        var s = spec.Cluster.Spec ?? new ClusterSpecDto();
        return new ClusterInput
        {
            File = spec.File,
            Source = spec.ClusterSource,
            Name = spec.Cluster.Metadata?.Name,
            CloudProvider = s.CloudProvider,
            KubernetesVersion = s.KubernetesVersion,
            ConfigBase = s.ConfigBase,
            ConfigStoreKmsKey = s.ConfigStoreEncryption?.KmsKey,
            Network = new NetworkInput
            {
                VpcCidr = s.NetworkCidr,
                VpcId = s.NetworkId,
                Subnets = [.. (s.Subnets ?? []).Select(d => new SubnetInput(d.Name, d.Zone, d.Cidr, d.Type, d.Id, d.Egress))],
                PodCidr = s.PodCidr,
                ServiceCidr = s.ServiceClusterIpRange,
                NonMasqueradeCidr = s.NonMasqueradeCidr,
            },
            Cni = s.Networking is { } n ? Cni(n) : null,
            Api = new ApiInput
            {
                PublicName = s.MasterPublicName,
                InternalName = s.MasterInternalName,
                LoadBalancerType = s.Api?.LoadBalancer?.Type,
                LoadBalancerClass = s.Api?.LoadBalancer?.Class,
                CrossZone = s.Api?.LoadBalancer?.CrossZoneLoadBalancing,
                AdditionalSecurityGroups = [.. s.Api?.LoadBalancer?.AdditionalSecurityGroups ?? []],
                SecurityGroupOverride = s.Api?.LoadBalancer?.SecurityGroupOverride,
            },
            DnsZone = s.DnsZone,
            ClusterDnsDomain = s.ClusterDNSDomain,
            DnsType = s.Topology?.Dns?.Type,
            SshAccess = [.. s.SshAccess ?? []],
            KubernetesApiAccess = [.. s.KubernetesApiAccess ?? []],
            NodePortAccess = [.. s.NodePortAccess ?? []],
            SshKeyName = s.SshKeyName,
            EtcdClusters = s.EtcdClusters is { } etcd ? [.. etcd.Select(Etcd)] : null,
            AllowContainerRegistry = s.Iam?.AllowContainerRegistry,
            ServiceAccountIssuerDiscovery = s.ServiceAccountIssuerDiscovery,
            UseServiceAccountExternalPermissions = s.Iam?.UseServiceAccountExternalPermissions,
            ServiceAccountExternalPermissions = [.. s.Iam?.ServiceAccountExternalPermissions ?? []],
            AdditionalPolicies = (s.AdditionalPolicies ?? []).ToImmutableDictionary(),
            RegistryMirrors = (s.Containerd?.RegistryMirrors ?? []).ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()),
            ExternalPolicies = (s.ExternalPolicies ?? []).ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()),
            KubeletAnonymousAuth = s.Kubelet?.AnonymousAuth,
            Components = new ComponentsInput
            {
                ApiServer = s.KubeApiServer,
                ControllerManager = s.KubeControllerManager,
                Scheduler = s.KubeScheduler,
                KubeProxy = s.KubeProxy,
                Kubelet = s.Kubelet,
                EncryptionConfig = s.EncryptionConfig,
            },
            Addons = new AddonsInput { CloudControllerManager = s.CloudControllerManager, CloudConfig = s.CloudConfig, MetricsServer = s.MetricsServer, ClusterAutoscaler = s.ClusterAutoscaler, NodeTerminationHandler = s.NodeTerminationHandler, ExternalDns = s.ExternalDns, CertManager = s.CertManager, LoadBalancerController = s.AwsLoadBalancerController },
            BastionLoadBalancerType = s.Topology?.Bastion?.LoadBalancer?.Type,
            BastionPublicName = s.Topology?.Bastion?.BastionPublicName,
            CloudLabels = (s.CloudLabels ?? []).ToImmutableDictionary(),
            InstanceGroups = [.. spec.InstanceGroups.Select((g, i) => InstanceGroup(g, spec.InstanceGroupSources[i]))],
        };
    }

    /// <summary>kops names the CNI as the one key set in <c>networking</c>; every key set is listed, for defaulting to insist on one.</summary>
    private static ImmutableArray<CniInput> Cni(NetworkingDto n)
    {
        var chosen = ImmutableArray.CreateBuilder<CniInput>();
        if (n.Flannel is not null)
        {
            chosen.Add(new CniInput(CniKind.Flannel, n.Flannel.Backend));
        }

        if (n.Calico is not null)
        {
            chosen.Add(new CniInput(CniKind.Calico));
        }

        if (n.Cilium is not null)
        {
            chosen.Add(new CniInput(CniKind.Cilium));
        }

        if (n.Cni is not null)
        {
            chosen.Add(new CniInput(CniKind.External));
        }

        if (n.Kopeio is not null)
        {
            chosen.Add(new CniInput(CniKind.Flannel, "vxlan") { MappedFrom = ("kopeio", "spec.networking.kopeio") });
        }

        if (n.Amazonvpc is not null)
        {
            chosen.Add(new CniInput(CniKind.AmazonVpc, Env: [.. (n.Amazonvpc.Env ?? []).Select((e, i) => (e.Name, e.Value, $"spec.networking.amazonvpc.env[{i}]"))]));
        }

        return chosen.ToImmutable();
    }

    private static EtcdClusterInput Etcd(EtcdClusterDto d) => new(
        d.Name,
        [.. (d.EtcdMembers ?? []).Select(m => new EtcdMemberInput
        {
            Name = m.Name,
            InstanceGroup = m.InstanceGroup,
            VolumeType = m.VolumeType,
            VolumeSize = m.VolumeSize,
            VolumeIops = m.VolumeIops,
            VolumeThroughput = m.VolumeThroughput,
            Encrypted = m.EncryptedVolume,
            KmsKeyId = m.KmsKeyId,
        })])
    {
        BackupStore = d.Backups?.BackupStore,
        BackupInterval = d.Manager?.BackupInterval,
        BackupRetentionDays = d.Manager?.BackupRetentionDays,
    };

    private static InstanceGroupInput InstanceGroup(InstanceGroupDocument doc, SourceMap map)
    {
        var s = doc.Spec ?? new InstanceGroupSpecDto();
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();

        // v1alpha3's rootVolume or v1alpha2's rootVolumeX: either, not both.
        T? Pick<T>(string newPath, T? newValue, string oldPath, T? oldValue)
        {
            if (newValue is not null && oldValue is not null)
            {
                problems.Add(map.Error(DiagnosticCodes.GivenTwice, oldPath, $"given twice: also as {newPath}; keep one"));
            }

            return newValue ?? oldValue;
        }

        var v = s.RootVolume;
        var rootType = Pick("spec.rootVolume.type", v?.Type, "spec.rootVolumeType", s.RootVolumeType);
        var rootSize = Pick("spec.rootVolume.size", v?.Size, "spec.rootVolumeSize", s.RootVolumeSize);
        var rootIops = Pick("spec.rootVolume.iops", v?.Iops, "spec.rootVolumeIops", s.RootVolumeIops);
        var rootThroughput = Pick("spec.rootVolume.throughput", v?.Throughput, "spec.rootVolumeThroughput", s.RootVolumeThroughput);
        var rootEncrypted = Pick("spec.rootVolume.encryption", v?.Encryption, "spec.rootVolumeEncryption", s.RootVolumeEncryption);
        var rootKey = Pick("spec.rootVolume.encryptionKey", v?.EncryptionKey, "spec.rootVolumeEncryptionKey", s.RootVolumeEncryptionKey);

        return new InstanceGroupInput
        {
            Source = map,
            Name = doc.Metadata?.Name,
            ClusterLabel = doc.Metadata?.Labels?.GetValueOrDefault(ClusterLabel),
            Role = s.Role == "Master" ? "ControlPlane" : s.Role,
            Image = s.Image,

            // kops writes a mix of instance types as one comma-separated machineType.
            MachineTypes = s.MachineType?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray(),
            MinSize = s.MinSize,
            MaxSize = s.MaxSize,
            Subnets = s.Subnets is { } subnets ? [.. subnets] : null,
            RootVolumeType = rootType,
            RootVolumeSize = rootSize,
            RootVolumeIops = rootIops,
            RootVolumeThroughput = rootThroughput,
            RootVolumeEncrypted = rootEncrypted,
            RootVolumeKmsKeyId = rootKey,
            AssociatePublicIp = s.AssociatePublicIp,
            CloudLabels = (s.CloudLabels ?? []).ToImmutableDictionary(),
            NodeLabels = (s.NodeLabels ?? []).Where(l => l.Key != InstanceGroupLabel).ToImmutableDictionary(),
            Taints = [.. s.Taints ?? []],
            AdditionalSecurityGroups = [.. s.AdditionalSecurityGroups ?? []],
            SecurityGroupOverride = s.SecurityGroupOverride,
            MaxPrice = s.MaxPrice,
            MixedInstancesPolicy = s.MixedInstancesPolicy is { } mp
                ? new MixedInstancesPolicyInput
                {
                    Instances = mp.Instances is { } instances ? [.. instances] : null,
                    OnDemandBase = mp.OnDemandBase,
                    OnDemandAboveBase = mp.OnDemandAboveBase,
                    SpotAllocationStrategy = mp.SpotAllocationStrategy,
                    OnDemandAllocationStrategy = mp.OnDemandAllocationStrategy,
                    SpotInstancePools = mp.SpotInstancePools,
                }
                : null,
            HttpTokens = s.InstanceMetadata?.HttpTokens,
            HopLimit = s.InstanceMetadata?.HttpPutResponseHopLimit,
            MaxInstanceLifetime = s.MaxInstanceLifetime,
            InstanceProtection = s.InstanceProtection,
            DetailedMonitoring = s.DetailedInstanceMonitoring,
            InstanceProfileArn = s.Iam?.Profile,
            ExternalLoadBalancers = [.. (s.ExternalLoadBalancers ?? []).Select(e => new ExternalLoadBalancerInput(e.LoadBalancerName, e.TargetGroupArn))],
            SuspendProcesses = [.. s.SuspendProcesses ?? []],
            AutoscalePriority = s.AutoscalePriority,
            ReadProblems = problems.ToImmutable(),
        };
    }
}
