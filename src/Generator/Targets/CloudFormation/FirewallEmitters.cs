using System.Globalization;
using Kgen.Generator.Plan;
using Kgen.Model;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation forms of security groups and their rules.</summary>
internal static class FirewallEmitters
{
    /// <summary>The type of an ingress rule.</summary>
    public const string IngressType = "AWS::EC2::SecurityGroupIngress";

    /// <summary>The type of an egress rule.</summary>
    public const string EgressType = "AWS::EC2::SecurityGroupEgress";

    public static void SecurityGroup(StackBuilder s, SecurityGroup r) => s.Add(r, Obj(
        ("GroupDescription", r.Description),
        ("GroupName", r.GroupName),
        ("Tags", TagList(r.Tags)),
        ("VpcId", s.V(r.VpcId))));

    /// <summary>Whether a rule is the allow-all IPv4 egress rule EC2 gives every new group (CloudFormation keeps it).</summary>
    public static bool IsDefaultEgress(SecurityGroupRule r) =>
        r.Direction == RuleDirection.Egress && r.Protocol == "-1" && r.SourceSecurityGroupId is null &&
        r.CidrBlocks is ["0.0.0.0/0"] && r.Ipv6CidrBlocks.IsEmpty;

    public static void Rule(StackBuilder s, SecurityGroupRule r)
    {
        if (IsDefaultEgress(r))
        {
            // EC2 gives every new group this rule and CloudFormation keeps it (Terraform removes it and adds its own):
            // a separate AWS::EC2::SecurityGroupEgress would be a duplicate that EC2 rejects.
            return;
        }

        var id = s.Id(r);
        var peers = new List<(string Key, JToken Value)>();
        var direction = r.Direction == RuleDirection.Ingress;
        if (r.SourceSecurityGroupId is not null)
        {
            peers.Add((direction ? "SourceSecurityGroupId" : "DestinationSecurityGroupId", s.V(r.SourceSecurityGroupId)));
        }

        peers.AddRange(r.CidrBlocks.Select(c => ("CidrIp", (JToken)c)));
        peers.AddRange(r.Ipv6CidrBlocks.Select(c => ("CidrIpv6", (JToken)c)));

        // One peer per CloudFormation rule: a plan rule with several CIDRs becomes several resources.
        for (var i = 0; i < peers.Count; i++)
        {
            var properties = Obj(
                (peers[i].Key, peers[i].Value),
                ("Description", r.Description),
                ("FromPort", r.FromPort),
                ("GroupId", s.V(r.SecurityGroupId)),
                ("IpProtocol", r.Protocol),
                ("ToPort", r.ToPort));
            var sorted = new JObject(properties.Properties().OrderBy(p => p.Name, StringComparer.Ordinal));
            var ruleId = peers.Count == 1 ? id : id + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (peers.Count > 1 && s.IsTaken(ruleId))
            {
                throw new SpecException(Diagnostic.Error(DiagnosticCodes.CloudFormationIdCollision, new PlanLocation(s.Cluster), $"--target=cloudformation: two resources become the logical ID {ruleId}"));
            }

            s.Add(ruleId, direction ? IngressType : EgressType, sorted);
        }
    }
}
