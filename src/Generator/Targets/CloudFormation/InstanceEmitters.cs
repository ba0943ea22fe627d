using System.Globalization;
using Kgen.Generator.Documents;
using Kgen.Generator.Plan;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation forms of the key pair, launch templates, autoscaling groups and etcd volumes.</summary>
internal static class InstanceEmitters
{
    /// <summary>The key inline, without the newline its document (a file for Terraform) ends with.</summary>
    public static void KeyPair(StackBuilder s, KeyPair r) => s.Add(r, Obj(
        ("KeyName", r.KeyName),
        ("PublicKeyMaterial", DocumentRenderer.Render(r.PublicKey, s.Templates).TrimEnd('\n')),
        ("Tags", TagList(r.Tags))));

    /// <summary>
    /// A launch template. <see cref="LaunchTemplate.CreateBeforeDestroy"/> needs no syntax: CloudFormation always
    /// creates a replacement before it deletes the old resource. The template itself is tagged through its own tag
    /// specification (Terraform: <c>tags</c>).
    /// </summary>
    public static void LaunchTemplate(StackBuilder s, LaunchTemplate r)
    {
        var rv = r.RootVolume;
        var data = Obj(
            ("BlockDeviceMappings", new JArray(Obj(
                ("DeviceName", s.V(r.RootDeviceName)),
                ("Ebs", Obj(
                    ("DeleteOnTermination", r.RootVolumeDeleteOnTermination),
                    ("Encrypted", rv.Encrypted),
                    ("Iops", rv.Iops),
                    ("KmsKeyId", rv.KmsKeyId),
                    ("Throughput", rv.Throughput),
                    ("VolumeSize", rv.Size),
                    ("VolumeType", rv.Type)))))),
            ("IamInstanceProfile", Obj(("Name", s.V(r.IamInstanceProfile)))),
            ("ImageId", s.V(r.ImageId)),
            ("InstanceMarketOptions", r.Spot is not { } spot ? null : Obj(
                ("MarketType", spot.MarketType),
                ("SpotOptions", Obj(
                    ("MaxPrice", spot.MaxPrice),
                    ("SpotInstanceType", spot.SpotInstanceType))))),
            ("InstanceType", r.InstanceType),
            ("KeyName", r.KeyName is null ? null : s.V(r.KeyName)),
            ("MetadataOptions", Obj(
                ("HttpEndpoint", r.MetadataOptions.HttpEndpoint),
                ("HttpProtocolIpv6", r.MetadataOptions.HttpProtocolIpv6),
                ("HttpPutResponseHopLimit", r.MetadataOptions.HttpPutResponseHopLimit),
                ("HttpTokens", r.MetadataOptions.HttpTokens),
                ("InstanceMetadataTags", r.MetadataOptions.InstanceMetadataTags))),
            ("Monitoring", Obj(("Enabled", r.Monitoring))),
            ("NetworkInterfaces", new JArray(Obj(
                ("AssociatePublicIpAddress", r.NetworkInterface.AssociatePublicIpAddress),
                ("DeleteOnTermination", r.NetworkInterface.DeleteOnTermination),
                ("DeviceIndex", r.NetworkInterface.DeviceIndex),
                ("Groups", s.List(r.NetworkInterface.SecurityGroups))))),
            ("TagSpecifications", new JArray(r.TaggedResourceTypes.Select(t => Obj(("ResourceType", t), ("Tags", TagList(r.Tags)))))),
            ("UserData", UserDataEncoding.Encode(s, s.Id(r), r.UserData)));
        s.Add(r, Obj(
            ("LaunchTemplateData", data),
            ("LaunchTemplateName", r.TemplateName),
            ("TagSpecifications", new JArray(Obj(("ResourceType", "launch-template"), ("Tags", TagList(r.Tags)))))));
    }

    public static void AutoscalingGroup(StackBuilder s, AutoscalingGroup r)
    {
        var specification = Obj(("LaunchTemplateId", s.V(r.LaunchTemplateId)), ("Version", s.V(r.LaunchTemplateVersion)));
        JObject? mixed = null;
        if (r.MixedInstances is { } m)
        {
            mixed = Obj(
                ("InstancesDistribution", Obj(
                    ("OnDemandAllocationStrategy", m.OnDemandAllocationStrategy),
                    ("OnDemandBaseCapacity", m.OnDemandBaseCapacity),
                    ("OnDemandPercentageAboveBaseCapacity", m.OnDemandPercentageAboveBaseCapacity),
                    ("SpotAllocationStrategy", m.SpotAllocationStrategy),
                    ("SpotInstancePools", m.SpotInstancePools),

                    // Empty means "capped at the on-demand price", which is also CloudFormation's default.
                    ("SpotMaxPrice", m.SpotMaxPrice.Length == 0 ? null : m.SpotMaxPrice))),
                ("LaunchTemplate", Obj(
                    ("LaunchTemplateSpecification", specification),
                    ("Overrides", new JArray(m.InstanceTypes.Select(t => Obj(("InstanceType", t))))))));
        }

        if (!r.SuspendedProcesses.IsEmpty)
        {
            // AWS::AutoScaling::AutoScalingGroup has no property for it (its SuspendProcesses exist only during a rolling update).
            s.Difference($"autoscaling group {r.GroupName}: CloudFormation cannot suspend processes; after deploying, run aws autoscaling suspend-processes --auto-scaling-group-name {r.GroupName} --scaling-processes {string.Join(' ', r.SuspendedProcesses)}");
        }

        s.Add(r, Obj(
            ("AutoScalingGroupName", r.GroupName),
            ("LaunchTemplate", mixed is null ? specification : null),
            ("LoadBalancerNames", r.LoadBalancers.IsEmpty ? null : s.List(r.LoadBalancers)),
            ("MaxInstanceLifetime", r.MaxInstanceLifetime > 0 ? r.MaxInstanceLifetime : null),
            ("MaxSize", r.MaxSize.ToString(CultureInfo.InvariantCulture)),
            ("MetricsCollection", new JArray(Obj(("Granularity", r.Metrics.Granularity), ("Metrics", new JArray(r.Metrics.Metrics))))),
            ("MinSize", r.MinSize.ToString(CultureInfo.InvariantCulture)),
            ("MixedInstancesPolicy", mixed),
            ("NewInstancesProtectedFromScaleIn", r.ProtectFromScaleIn),
            ("Tags", new JArray(r.Tags.Items.Select(t => Obj(("Key", t.Key), ("PropagateAtLaunch", r.PropagateTagsAtLaunch), ("Value", t.Value))))),
            ("TargetGroupARNs", r.TargetGroupArns.IsEmpty ? null : s.List(r.TargetGroupArns)),
            ("VPCZoneIdentifier", s.List(r.Subnets))));
    }

    public static void Volume(StackBuilder s, EbsVolume r) => s.Add(r, Obj(
        ("AvailabilityZone", r.AvailabilityZone),
        ("Encrypted", r.Encrypted),
        ("Iops", r.Iops),
        ("KmsKeyId", r.KmsKeyId),
        ("Size", r.Size),
        ("Tags", TagList(r.Tags)),
        ("Throughput", r.Throughput),
        ("VolumeType", r.VolumeType)));
}
