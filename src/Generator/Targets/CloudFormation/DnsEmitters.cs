using Kgen.Generator.Plan;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation forms of the cluster's private hosted zone and its alias records.</summary>
internal static class DnsEmitters
{
    /// <summary>The zone's VPC is in the stack's region (<c>AWS::Region</c>: Terraform's provider region, the plan's).</summary>
    public static void PrivateHostedZone(StackBuilder s, PrivateHostedZone r) => s.Add(r, Obj(
        ("HostedZoneConfig", Obj(("Comment", r.Comment))),
        ("HostedZoneTags", TagList(r.Tags)),
        ("Name", r.ZoneName),
        ("VPCs", new JArray(Obj(("VPCId", s.V(r.VpcId)), ("VPCRegion", RefTo("AWS::Region")))))));

    public static void AliasRecord(StackBuilder s, AliasRecord r)
    {
        JToken? zoneId = null;
        JToken? zoneName = null;
        if (r.ZoneId is Reference { Target: HostedZoneLookup lookup })
        {
            // No lookup in CloudFormation: the record names its zone, and CloudFormation finds it by name.
            zoneName = lookup.ZoneName.TrimEnd('.') + ".";
            s.Difference(
                $"hosted zone {lookup.ZoneName} is found by name (HostedZoneName) rather than looked up as a {(lookup.PrivateZone ? "private" : "public")} zone; " +
                "CloudFormation fails if more than one hosted zone has that name (then set spec.dnsZone to the zone's id)");
        }
        else
        {
            zoneId = s.V(r.ZoneId);
        }

        s.Add(r, Obj(
            ("AliasTarget", Obj(("DNSName", s.V(r.AliasName)), ("EvaluateTargetHealth", r.EvaluateTargetHealth), ("HostedZoneId", s.V(r.AliasZoneId)))),
            ("HostedZoneId", zoneId),
            ("HostedZoneName", zoneName),
            ("Name", r.RecordName),
            ("Type", r.RecordType)));
    }
}
