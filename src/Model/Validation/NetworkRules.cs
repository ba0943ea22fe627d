using System.Text.RegularExpressions;
using Kgen.Model.Defaults;

namespace Kgen.Model.Validation;

/// <summary>The network: the VPC, each subnet (name, zone, ids, egress, CIDR), one region, and the Kubernetes ranges.</summary>
internal static partial class NetworkRules
{
    /// <summary>Runs the rules.</summary>
    public static void Check(Validating v)
    {
        var net = v.Cluster.Network;
        if (net.VpcCidr is { Prefix: < 16 or > 28 } vv)
        {
            v.Error(v.C, DiagnosticCodes.VpcCidrSize, "spec.networkCIDR", $"a VPC CIDR must be between /16 and /28, found /{vv.Prefix}");
        }

        if (net.ExistingVpcId is { } id && !VpcIdPattern().IsMatch(id))
        {
            v.Error(v.C, DiagnosticCodes.VpcIdInvalid, "spec.networkID", $"\"{id}\" is not a VPC id; expected vpc- followed by 8 or 17 hex digits");
        }

        if (net.Subnets.Length == 0)
        {
            v.Error(v.C, DiagnosticCodes.NoSubnets, "spec.subnets", "the cluster needs at least one subnet, e.g. {name: us-east-1a, zone: us-east-1a, type: Public}");
        }

        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < net.Subnets.Length; i++)
        {
            Subnet(v, i, names, regions);
        }

        if (regions.Count > 1)
        {
            v.Error(v.C, DiagnosticCodes.SeveralRegions, "spec.subnets", $"the zones span several regions ({string.Join(", ", regions)}); a cluster lives in one region");
        }

        Ranges(v);
    }

    private static void Subnet(Validating v, int i, HashSet<string> names, SortedSet<string> regions)
    {
        var net = v.Cluster.Network;
        var s = net.Subnets[i];
        var path = $"spec.subnets[{i}]";
        if (s.Name.Length == 0)
        {
            v.Error(v.C, DiagnosticCodes.SubnetNameMissing, path + ".name", "a subnet needs a name, e.g. the zone name (us-east-1a) or utility-us-east-1a");
        }
        else if (!names.Add(s.Name))
        {
            v.Error(v.C, DiagnosticCodes.SubnetNameDuplicate, path + ".name", $"subnet name \"{s.Name}\" is used twice; subnet names must be unique");
        }
        else if (!Patterns.DnsLabel().IsMatch(s.Name))
        {
            v.Error(v.C, DiagnosticCodes.SubnetNameInvalid, path + ".name", $"\"{s.Name}\" is not a valid subnet name; use lower-case letters, digits and '-'");
        }

        if (s.Zone is null)
        {
            if (s.ExistingId is null)
            {
                v.Error(v.C, DiagnosticCodes.SubnetZoneMissing, path + ".zone", "a subnet needs a zone, e.g. us-east-1a");
            }
        }
        else if (Patterns.Zone().Match(s.Zone) is { Success: true } zm)
        {
            regions.Add(zm.Groups["region"].Value);
        }
        else
        {
            v.Error(v.C, DiagnosticCodes.ZoneInvalid, path + ".zone", $"\"{s.Zone}\" is not an availability zone; expected a form such as us-east-1a");
        }

        if (s.ExistingId is { } sid && !SubnetIdPattern().IsMatch(sid))
        {
            v.Error(v.C, DiagnosticCodes.SubnetIdInvalid, path + ".id", $"\"{sid}\" is not a subnet id; expected subnet- followed by hex digits");
        }

        if (s.ExistingId is not null && net.ExistingVpcId is null)
        {
            v.Error(v.C, DiagnosticCodes.SubnetWithoutVpc, path + ".id", "an existing subnet needs the existing VPC it belongs to: set spec.networkID");
        }

        if (s.Egress is { } egress)
        {
            if (s.Type != SubnetType.Private && egress != "External")
            {
                // A public or utility subnet routes through the internet gateway; External hands its routing to the operator.
                v.Error(v.C, DiagnosticCodes.EgressNotPrivate, path + ".egress", $"\"{egress}\" applies to Private subnets only; a {s.Type} subnet takes egress External (its routing is yours) or none");
            }
            else if (s.Type == SubnetType.Private && egress != "External" && !NatIdPattern().IsMatch(egress) && !ElasticIpAllocationPattern().IsMatch(egress))
            {
                v.Error(v.C, DiagnosticCodes.EgressInvalid, path + ".egress", $"\"{egress}\" is not supported; use an existing NAT gateway id (nat-…), an Elastic IP allocation for kgen's NAT gateway (eipalloc-…), or External");
            }
        }

        if (s.Cidr is { } cidr)
        {
            if (net.VpcCidr is { } vpc && !vpc.Contains(cidr))
            {
                v.Error(v.C, DiagnosticCodes.SubnetOutsideVpc, path + ".cidr", $"{cidr} is not inside the VPC's {vpc}; pick a range inside networkCIDR");
            }

            if (cidr.Prefix > 28)
            {
                v.Error(v.C, DiagnosticCodes.SubnetCidrSize, path + ".cidr", $"AWS subnets are /16 to /28, found /{cidr.Prefix}");
            }

            for (var j = 0; j < i; j++)
            {
                if (net.Subnets[j].Cidr is { } other && other.Overlaps(cidr))
                {
                    v.Error(v.C, DiagnosticCodes.SubnetsOverlap, path + ".cidr", $"{cidr} overlaps {other} of subnet \"{net.Subnets[j].Name}\"; subnets need disjoint ranges");
                }
            }
        }

        if (s.Type == SubnetType.Private && !s.IsShared && s.Egress is null && s.Zone is { } z &&
            !net.Subnets.Any(u => u.Zone == z && u.Type is SubnetType.Utility or SubnetType.Public))
        {
            v.Error(v.C, DiagnosticCodes.PrivateSubnetWithoutNat, path + ".type", $"private subnet \"{s.Name}\" needs a NAT gateway, which lives in a Utility (or Public) subnet of zone {z}; add one, e.g. {{name: {Names.UtilitySubnet(z)}, zone: {z}, type: Utility}}");
        }
    }

    /// <summary>Kubernetes ranges: pods and services must not collide with the VPC or each other, and lie inside nonMasqueradeCIDR.</summary>
    private static void Ranges(Validating v)
    {
        var net = v.Cluster.Network;
        if (v.Unreadable("spec.podCIDR") || v.Unreadable("spec.serviceClusterIPRange"))
        {
            return;
        }

        var (pod, svc) = (net.PodCidr, net.ServiceCidr);
        if (v.Cluster.Networking.Kind == CniKind.AmazonVpc)
        {
            AmazonVpcRanges(v);
            return;
        }

        if (pod.Overlaps(svc))
        {
            v.Error(v.C, DiagnosticCodes.PodsOverlapServices, "spec.podCIDR", $"the pod range {pod} overlaps the service range {svc}");
        }

        if (net.VpcCidr is { } vpc)
        {
            if (pod.Overlaps(vpc))
            {
                v.Error(v.C, DiagnosticCodes.PodsOverlapVpc, "spec.podCIDR", $"the pod range {pod} overlaps the VPC's {vpc}; pods need addresses outside the VPC (default {NetworkDefaults.DefaultPodCidr})");
            }

            if (svc.Overlaps(vpc))
            {
                v.Error(v.C, DiagnosticCodes.ServicesOverlapVpc, "spec.serviceClusterIPRange", $"the service range {svc} overlaps the VPC's {vpc}; use one outside the VPC (default {NetworkDefaults.DefaultServiceCidr})");
            }
        }

        if (!v.Unreadable("spec.nonMasqueradeCIDR"))
        {
            var nonMasq = net.NonMasqueradeCidr;
            if (!nonMasq.Contains(pod))
            {
                v.Error(v.C, DiagnosticCodes.OutsideNonMasquerade, "spec.podCIDR", $"the pod range {pod} must lie inside nonMasqueradeCIDR {nonMasq}");
            }

            if (!nonMasq.Contains(svc))
            {
                v.Error(v.C, DiagnosticCodes.OutsideNonMasquerade, "spec.serviceClusterIPRange", $"the service range {svc} must lie inside nonMasqueradeCIDR {nonMasq}");
            }
        }
    }

    /// <summary>
    /// With the Amazon VPC CNI pods have VPC addresses (their range is the VPC's, see NetworkDefaults): the service range
    /// must stay out of the VPC, and, as kops allows for amazonvpc, need not lie inside nonMasqueradeCIDR. Its images are
    /// in EKS's us-west-2 registry, which credentials of the other partitions cannot read.
    /// </summary>
    private static void AmazonVpcRanges(Validating v)
    {
        var net = v.Cluster.Network;
        if (net.VpcCidr is { } vpc && net.ServiceCidr.Overlaps(vpc))
        {
            v.Error(v.C, DiagnosticCodes.ServicesOverlapVpc, "spec.serviceClusterIPRange", $"the service range {net.ServiceCidr} overlaps the VPC's {vpc}; use one outside the VPC (default {NetworkDefaults.DefaultServiceCidr})");
        }

        if (v.Cluster.Partition != "aws")
        {
            v.Error(v.C, DiagnosticCodes.AmazonVpcPartition, "spec.networking.amazonvpc",
                $"the Amazon VPC CNI release kgen pins pulls its images from EKS's registry in us-west-2 (partition aws), which partition {v.Cluster.Partition} cannot read; use cilium, calico or flannel there");
        }
    }

    [GeneratedRegex(@"^vpc-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex VpcIdPattern();

    [GeneratedRegex(@"^subnet-[0-9a-f]{4,17}$")]
    private static partial Regex SubnetIdPattern();

    [GeneratedRegex(@"^nat-[0-9a-f]{4,17}$")]
    private static partial Regex NatIdPattern();

    [GeneratedRegex(@"^eipalloc-[0-9a-f]{4,17}$")]
    private static partial Regex ElasticIpAllocationPattern();
}
