using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kgen.Model.Yaml;
using Newtonsoft.Json.Linq;

namespace Kgen.Model;

/// <summary>
/// The validation step: every rule that AWS or Kubernetes would otherwise reject later (or that
/// would build a cluster that cannot work), reported all at once with the YAML path.
/// </summary>
internal sealed partial class ClusterValidator(ClusterSpec spec, Cluster cluster)
{
    private readonly List<SpecError> _errors = [];

    private SourceMap C => spec.ClusterSource;

    public IReadOnlyList<SpecError> Validate()
    {
        ClusterName();
        Network();
        Access();
        InstanceGroups();
        ControlPlane();
        Etcd();
        Api();
        Dns();
        Iam();
        Labels(C, "spec.cloudLabels", cluster.CloudLabels);
        if (cluster.Ssh.PublicKey is { } key && !IsPublicKey(key))
        {
            _errors.Add(new SpecError(spec.File, null, null, "ssh public key", "not an OpenSSH public key; expected one line such as \"ssh-ed25519 AAAA… comment\" (the .pub file, never the private key)"));
        }

        return _errors;
    }

    /// <summary>One line "type base64 [comment]" whose decoded blob starts with the same type name.</summary>
    private static bool IsPublicKey(string key)
    {
        var m = SshKeyPattern().Match(key);
        if (!m.Success)
        {
            return false;
        }

        var parts = key.Split(' ', 3);
        var blob = new byte[parts[1].Length];
        if (!Convert.TryFromBase64String(parts[1], blob, out var length) || length < 4)
        {
            return false;
        }

        var typeLength = (blob[0] << 24) | (blob[1] << 16) | (blob[2] << 8) | blob[3];
        return typeLength > 0 && typeLength <= length - 4 &&
            System.Text.Encoding.ASCII.GetString(blob, 4, typeLength) == parts[0] &&
            length > 4 + typeLength + 16;
    }

    private void Error(SourceMap map, string path, string message) => _errors.Add(map.Error(path, message));

    private SourceMap MapOf(InstanceGroup g) => spec.InstanceGroupSources[g.SpecIndex];

    private void ClusterName()
    {
        var version = cluster.KubernetesVersion.Split('.');
        if (version[0] != "1" || !int.TryParse(version[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) || minor < 29)
        {
            Error(C, "spec.kubernetesVersion", $"Kubernetes {cluster.KubernetesVersion} is not supported; kgen installs 1.29 or newer from pkgs.k8s.io (e.g. v1.34.2)");
        }

        if (cluster.Api.PublicName.Length == 0)
        {
            Error(C, "spec.masterPublicName", $"is empty; leave it out for the default api.{cluster.Name}");
        }

        var name = cluster.Name;
        if (name.Length == 0)
        {
            return;
        }

        if (!DnsNamePattern().IsMatch(name) || name.Length > 253)
        {
            Error(C, "metadata.name", $"\"{name}\" is not a valid cluster name; use a lower-case DNS name such as \"acme.k8s.local\" or \"prod.example.com\" (letters, digits, '-' and '.', at most 253 characters)");
        }
        else if (!name.Contains('.', StringComparison.Ordinal))
        {
            Error(C, "metadata.name", $"\"{name}\" needs a domain part; use a name such as \"{name}.k8s.local\" (no public DNS) or \"{name}.example.com\"");
        }

        foreach (var ig in spec.InstanceGroups.Select((g, i) => (g, i)))
        {
            if (ig.g.Metadata?.Labels is { } labels && labels.TryGetValue("kops.k8s.io/cluster", out var owner) && owner != name)
            {
                Error(spec.InstanceGroupSources[ig.i], "metadata.labels.kops.k8s.io/cluster", $"belongs to cluster \"{owner}\", but this file's cluster is \"{name}\"; set the label to {name} or move the group to its own cluster's file");
            }
        }
    }

    private void Network()
    {
        var net = cluster.Network;
        Cidr? vpc = net.VpcCidr is { } v && Cidr.TryParse(v, out var parsedVpc, out _) ? parsedVpc : null;
        if (vpc is { } vv && (vv.Prefix < 16 || vv.Prefix > 28))
        {
            Error(C, "spec.networkCIDR", $"a VPC CIDR must be between /16 and /28, found /{vv.Prefix}");
        }

        if (net.ExistingVpcId is { } id && !VpcIdPattern().IsMatch(id))
        {
            Error(C, "spec.networkID", $"\"{id}\" is not a VPC id; expected vpc- followed by 8 or 17 hex digits");
        }

        if (net.Subnets.Length == 0)
        {
            Error(C, "spec.subnets", "the cluster needs at least one subnet, e.g. {name: us-east-1a, zone: us-east-1a, type: Public}");
        }

        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var parsed = new List<(int Index, Cidr Cidr)>();
        for (var i = 0; i < net.Subnets.Length; i++)
        {
            var s = net.Subnets[i];
            var path = $"spec.subnets[{i}]";
            if (s.Name.Length == 0)
            {
                Error(C, path + ".name", "a subnet needs a name, e.g. the zone name (us-east-1a) or utility-us-east-1a");
            }
            else if (!names.Add(s.Name))
            {
                Error(C, path + ".name", $"subnet name \"{s.Name}\" is used twice; subnet names must be unique");
            }
            else if (!LabelPattern().IsMatch(s.Name))
            {
                Error(C, path + ".name", $"\"{s.Name}\" is not a valid subnet name; use lower-case letters, digits and '-'");
            }

            if (s.Zone is null)
            {
                if (s.ExistingId is null)
                {
                    Error(C, path + ".zone", "a subnet needs a zone, e.g. us-east-1a");
                }
            }
            else if (ClusterDefaults.ZonePattern().Match(s.Zone) is { Success: true } zm)
            {
                regions.Add(zm.Groups["region"].Value);
            }
            else
            {
                Error(C, path + ".zone", $"\"{s.Zone}\" is not an availability zone; expected a form such as us-east-1a");
            }

            if (s.ExistingId is { } sid && !SubnetIdPattern().IsMatch(sid))
            {
                Error(C, path + ".id", $"\"{sid}\" is not a subnet id; expected subnet- followed by hex digits");
            }

            if (s.ExistingId is not null && net.ExistingVpcId is null)
            {
                Error(C, path + ".id", "an existing subnet needs the existing VPC it belongs to: set spec.networkID");
            }

            if (s.Egress is { } egress)
            {
                if (s.Type != SubnetType.Private)
                {
                    Error(C, path + ".egress", "egress applies to Private subnets only");
                }
                else if (egress != "External" && !NatIdPattern().IsMatch(egress))
                {
                    Error(C, path + ".egress", $"\"{egress}\" is not supported; use an existing NAT gateway id (nat-…) or External");
                }
            }

            if (s.Cidr is { } c && Cidr.TryParse(c, out var cidr, out _))
            {
                if (vpc is { } vp && !vp.Contains(cidr))
                {
                    Error(C, path + ".cidr", $"{cidr} is not inside the VPC's {vp}; pick a range inside networkCIDR");
                }

                if (cidr.Prefix > 28)
                {
                    Error(C, path + ".cidr", $"AWS subnets are /16 to /28, found /{cidr.Prefix}");
                }

                foreach (var (j, other) in parsed)
                {
                    if (other.Overlaps(cidr))
                    {
                        Error(C, path + ".cidr", $"{cidr} overlaps {other} of subnet \"{net.Subnets[j].Name}\"; subnets need disjoint ranges");
                    }
                }

                parsed.Add((i, cidr));
            }

            if (s.Type == SubnetType.Private && !s.IsShared && s.Egress is null && s.Zone is { } z &&
                !net.Subnets.Any(u => u.Zone == z && u.Type is SubnetType.Utility or SubnetType.Public))
            {
                Error(C, path + ".type", $"private subnet \"{s.Name}\" needs a NAT gateway, which lives in a Utility (or Public) subnet of zone {z}; add one, e.g. {{name: utility-{z}, zone: {z}, type: Utility}}");
            }
        }

        if (regions.Count > 1)
        {
            Error(C, "spec.subnets", $"the zones span several regions ({string.Join(", ", regions)}); a cluster lives in one region");
        }

        // Kubernetes ranges: pods and services must not collide with the VPC or each other.
        if (Cidr.TryParse(net.PodCidr, out var pod, out _) && Cidr.TryParse(net.ServiceCidr, out var svc, out _))
        {
            if (pod.Overlaps(svc))
            {
                Error(C, "spec.podCIDR", $"the pod range {pod} overlaps the service range {svc}");
            }

            if (vpc is { } vp2)
            {
                if (pod.Overlaps(vp2))
                {
                    Error(C, "spec.podCIDR", $"the pod range {pod} overlaps the VPC's {vp2}; pods need addresses outside the VPC (default 100.96.0.0/11)");
                }

                if (svc.Overlaps(vp2))
                {
                    Error(C, "spec.serviceClusterIPRange", $"the service range {svc} overlaps the VPC's {vp2}; use one outside the VPC (default 100.64.0.0/13)");
                }
            }

            if (Cidr.TryParse(net.NonMasqueradeCidr, out var nonMasq, out _))
            {
                if (!nonMasq.Contains(pod))
                {
                    Error(C, "spec.podCIDR", $"the pod range {pod} must lie inside nonMasqueradeCIDR {nonMasq}");
                }

                if (!nonMasq.Contains(svc))
                {
                    Error(C, "spec.serviceClusterIPRange", $"the service range {svc} must lie inside nonMasqueradeCIDR {nonMasq}");
                }
            }
        }
    }

    private void Access()
    {
        void Check(string path, IReadOnlyList<string> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!IPNetwork.TryParse(list[i], out var net) || !list[i].Contains('/', StringComparison.Ordinal))
                {
                    Error(C, $"{path}[{i}]", $"\"{list[i]}\" is not a CIDR; expected a form such as 203.0.113.0/24 (or 2001:db8::/32)");
                }
                else if (net.BaseAddress.ToString() + "/" + net.PrefixLength.ToString(CultureInfo.InvariantCulture) != list[i])
                {
                    Error(C, $"{path}[{i}]", $"\"{list[i]}\" is not in canonical form; did you mean {net}?");
                }
            }
        }

        Check("spec.sshAccess", cluster.Access.Ssh);
        Check("spec.kubernetesApiAccess", cluster.Access.KubernetesApi);
        Check("spec.nodePortAccess", cluster.Access.NodePort);
    }

    private void InstanceGroups()
    {
        if (cluster.InstanceGroups.Length == 0)
        {
            Error(C, string.Empty, "no InstanceGroup documents; a cluster needs at least a control-plane group and a node group");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in cluster.InstanceGroups)
        {
            var map = MapOf(g);
            if (g.Name.Length == 0)
            {
                Error(map, "metadata.name", "an instance group needs a name, e.g. nodes");
                continue;
            }

            if (!seen.Add(g.Name))
            {
                Error(map, "metadata.name", $"instance group name \"{g.Name}\" is used twice; names must be unique");
            }

            if (!LabelPattern().IsMatch(g.Name) || g.Name.Length > 63)
            {
                Error(map, "metadata.name", $"\"{g.Name}\" is not a valid instance group name; use lower-case letters, digits and '-' (at most 63)");
            }

            var awsName = g.Role == InstanceGroupRole.ControlPlane ? $"{g.Name}.masters.{cluster.Name}" : $"{g.Name}.{cluster.Name}";
            if (awsName.Length > 128)
            {
                Error(map, "metadata.name", $"the launch template name \"{awsName}\" would be {awsName.Length} characters; AWS allows 128: shorten the group or cluster name");
            }

            if (g.MinSize < 0)
            {
                Error(map, "spec.minSize", $"must be 0 or more, found {g.MinSize}");
            }

            if (g.MinSize > g.MaxSize)
            {
                Error(map, "spec.maxSize", $"maxSize ({g.MaxSize}) is smaller than minSize ({g.MinSize}); maxSize must be at least minSize");
            }

            if (g.Subnets.Length == 0)
            {
                Error(map, "spec.subnets", "the group has no subnet; name at least one of the cluster's subnets");
            }

            for (var i = 0; i < g.Subnets.Length; i++)
            {
                var name = g.Subnets[i];
                if (!cluster.Network.Subnets.Any(s => s.Name == name))
                {
                    Error(map, $"spec.subnets[{i}]", $"subnet \"{name}\" is not defined in the cluster; known subnets: {string.Join(", ", cluster.Network.Subnets.Select(s => s.Name))}");
                }
            }

            if (g.Role == InstanceGroupRole.Bastion && g.Subnets.Any(n => cluster.Network.Subnets.FirstOrDefault(s => s.Name == n) is { IsPublic: false }))
            {
                Error(map, "spec.subnets", "a bastion belongs in a Utility or Public subnet (its load balancer and SSH path start there)");
            }

            if (g.Image is { } image && !ImagePattern().IsMatch(image))
            {
                Error(map, "spec.image", $"\"{image}\" is not an image kgen can resolve; use an AMI id (ami-…), owner/name-pattern (e.g. 099720109477/ubuntu/images/…), or ssm:/parameter/path");
            }

            for (var i = 0; i < g.AdditionalSecurityGroups.Length; i++)
            {
                SecurityGroupId(map, $"spec.additionalSecurityGroups[{i}]", g.AdditionalSecurityGroups[i]);
            }

            RootVolume(map, g.RootVolume);
            Metadata(map, g.InstanceMetadata);
            Labels(map, "spec.cloudLabels", g.CloudLabels);
            foreach (var label in g.NodeLabels)
            {
                if (!LabelKeyPattern().IsMatch(label.Key) || !LabelValuePattern().IsMatch(label.Value))
                {
                    Error(map, $"spec.nodeLabels.{label.Key}", "not a valid Kubernetes label (key: optional DNS prefix/ and a name of at most 63 characters; value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)");
                }
                else if (!KubeletMaySetLabel(label.Key))
                {
                    Error(map, $"spec.nodeLabels.{label.Key}", "a kubelet may not set labels in the kubernetes.io and k8s.io namespaces (NodeRestriction would keep the node from registering); use a prefix of your own such as example.com/ (node.kubernetes.io/ and kubelet.kubernetes.io/ are allowed)");
                }
            }

            if (g.MaxInstanceLifetimeSeconds != 0 && g.MaxInstanceLifetimeSeconds is < 86400 or > 31536000)
            {
                Error(map, "spec.maxInstanceLifetime", $"{g.MaxInstanceLifetimeSeconds / 3600.0:0.##}h is out of range; AWS accepts 0 (unset) or between 24h and 8760h (one year)");
            }

            if (g.MaxPrice is { } price && price.Length > 0 && !decimal.TryParse(price, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            {
                Error(map, "spec.maxPrice", $"\"{price}\" is not a price; expected a number of dollars per hour such as 0.05");
            }

            if (g.MixedInstancesPolicy is { } mp)
            {
                if (mp.Instances.Length == 0)
                {
                    Error(map, "spec.mixedInstancesPolicy.instances", "name at least one instance type");
                }

                if (mp.OnDemandAboveBase is < 0 or > 100)
                {
                    Error(map, "spec.mixedInstancesPolicy.onDemandAboveBase", $"a percentage from 0 to 100, found {mp.OnDemandAboveBase}");
                }

                if (mp.SpotAllocationStrategy is not ("lowest-price" or "capacity-optimized" or "capacity-optimized-prioritized" or "price-capacity-optimized"))
                {
                    Error(map, "spec.mixedInstancesPolicy.spotAllocationStrategy", $"\"{mp.SpotAllocationStrategy}\" is not one of lowest-price, capacity-optimized, capacity-optimized-prioritized, price-capacity-optimized");
                }

                if (mp.SpotInstancePools is not null && mp.SpotAllocationStrategy != "lowest-price")
                {
                    Error(map, "spec.mixedInstancesPolicy.spotInstancePools", "spotInstancePools only applies with spotAllocationStrategy: lowest-price");
                }

                if (mp.OnDemandAllocationStrategy is not ("prioritized" or "lowest-price"))
                {
                    Error(map, "spec.mixedInstancesPolicy.onDemandAllocationStrategy", $"\"{mp.OnDemandAllocationStrategy}\" is not one of prioritized, lowest-price");
                }

                for (var i = 0; i < mp.Instances.Length; i++)
                {
                    if (!ClusterDefaults.InstanceTypePattern().IsMatch(mp.Instances[i]))
                    {
                        Error(map, $"spec.mixedInstancesPolicy.instances[{i}]", $"\"{mp.Instances[i]}\" is not an EC2 instance type");
                    }
                }
            }
        }

        if (!cluster.InstanceGroups.Any(g => g.Role == InstanceGroupRole.Node))
        {
            Error(C, string.Empty, "no instance group with role Node; add one for the workloads");
        }
    }

    /// <summary>The labels the NodeRestriction admission plugin lets a kubelet set on its own node.</summary>
    private static bool KubeletMaySetLabel(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return true;
        }

        var prefix = key[..slash];
        var restricted = prefix is "kubernetes.io" or "k8s.io" ||
            prefix.EndsWith(".kubernetes.io", StringComparison.Ordinal) || prefix.EndsWith(".k8s.io", StringComparison.Ordinal);
        return !restricted ||
            prefix is "kubelet.kubernetes.io" or "node.kubernetes.io" ||
            prefix.EndsWith(".kubelet.kubernetes.io", StringComparison.Ordinal) || prefix.EndsWith(".node.kubernetes.io", StringComparison.Ordinal) ||
            key is "kubernetes.io/hostname" or "kubernetes.io/arch" or "kubernetes.io/os" or "beta.kubernetes.io/instance-type"
                or "node.kubernetes.io/instance-type" or "topology.kubernetes.io/region" or "topology.kubernetes.io/zone";
    }

    private void RootVolume(SourceMap map, RootVolume v)
    {
        var (min, max) = v.Type switch
        {
            "gp3" or "gp2" => (1, 16384),
            "io1" or "io2" => (4, 16384),
            "st1" or "sc1" => (125, 16384),
            "standard" => (1, 1024),
            _ => (0, 0),
        };
        if (max == 0)
        {
            Error(map, "spec.rootVolume.type", $"\"{v.Type}\" is not an EBS volume type; use gp3 (default), gp2, io1, io2, st1, sc1 or standard");
            return;
        }

        if (v.Size < Math.Max(min, 8) || v.Size > max)
        {
            Error(map, "spec.rootVolume.size", $"{v.Size} GiB is out of range for {v.Type}; use {Math.Max(min, 8)} to {max} GiB");
        }

        if (v.Iops is { } iops && v.Type is not ("gp3" or "io1" or "io2"))
        {
            Error(map, "spec.rootVolume.iops", $"{v.Type} volumes take no IOPS setting; only gp3, io1 and io2 do");
        }
        else if (v.Iops is { } i3 && v.Type == "gp3" && (i3 < 3000 || i3 > 16000 || i3 > v.Size * 500))
        {
            Error(map, "spec.rootVolume.iops", $"gp3 IOPS must be 3000 to 16000 and at most 500 per GiB ({v.Size * 500} here), found {i3}");
        }

        if (v.Throughput is { } t && (v.Type != "gp3" || t < 125 || t > 1000 || (v.Iops is { } io && t > io / 4)))
        {
            Error(map, "spec.rootVolume.throughput", v.Type != "gp3"
                ? "throughput applies to gp3 volumes only"
                : $"gp3 throughput must be 125 to 1000 MiB/s and at most IOPS/4, found {t}");
        }
    }

    private void Metadata(SourceMap map, InstanceMetadataOptions m)
    {
        if (m.HttpTokens is not ("required" or "optional"))
        {
            Error(map, "spec.instanceMetadata.httpTokens", $"\"{m.HttpTokens}\" must be required (IMDSv2, the default) or optional");
        }

        if (m.HopLimit is < 1 or > 64)
        {
            Error(map, "spec.instanceMetadata.httpPutResponseHopLimit", $"must be 1 to 64, found {m.HopLimit}");
        }
    }

    private void ControlPlane()
    {
        var cp = cluster.ControlPlaneGroups.ToList();
        if (cp.Count == 0)
        {
            Error(C, string.Empty, "no instance group with role ControlPlane (or Master); add one per control-plane zone");
            return;
        }

        if (cp.Count % 2 == 0)
        {
            Error(C, string.Empty, $"{cp.Count} control-plane groups; etcd needs an odd number of members (1, 3 or 5) to keep quorum");
        }

        foreach (var g in cp)
        {
            var map = MapOf(g);
            if (g.MinSize != 1 || g.MaxSize != 1)
            {
                Error(map, "spec.maxSize", $"a control-plane group runs exactly one node (its etcd member and volumes); set minSize: 1 and maxSize: 1, found {g.MinSize}..{g.MaxSize}");
            }

            if (g.Subnets.Length != 1)
            {
                Error(map, "spec.subnets", $"a control-plane group lives in exactly one subnet (its etcd volumes are zonal), found {g.Subnets.Length}");
            }

            if (g.MixedInstancesPolicy is not null || g.MaxPrice is not null)
            {
                Error(map, "spec.maxPrice", "control-plane nodes must not be spot instances");
            }
        }
    }

    private void Etcd()
    {
        var cp = cluster.ControlPlaneGroups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cluster.EtcdClusters.Length; i++)
        {
            var e = cluster.EtcdClusters[i];
            var path = $"spec.etcdClusters[{i}]";
            if (e.Name is not ("main" or "events"))
            {
                Error(C, path + ".name", $"\"{e.Name}\" is not an etcd cluster kgen runs; use main and events");
            }
            else if (!names.Add(e.Name))
            {
                Error(C, path + ".name", $"etcd cluster \"{e.Name}\" is given twice");
            }

            var memberNames = new HashSet<string>(StringComparer.Ordinal);
            var groups = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < e.Members.Length; j++)
            {
                var m = e.Members[j];
                var mp = $"{path}.etcdMembers[{j}]";
                if (!memberNames.Add(m.Name))
                {
                    Error(C, mp + ".name", $"member name \"{m.Name}\" is used twice in etcd cluster {e.Name}");
                }

                if (!cp.Contains(m.InstanceGroup))
                {
                    Error(C, mp + ".instanceGroup", $"\"{m.InstanceGroup}\" is not a control-plane instance group; etcd members run on control-plane groups ({string.Join(", ", cp.Order(StringComparer.Ordinal))})");
                }
                else if (!groups.Add(m.InstanceGroup))
                {
                    Error(C, mp + ".instanceGroup", $"control-plane group \"{m.InstanceGroup}\" has two members in etcd cluster {e.Name}; one per group");
                }

                if (m.VolumeType is not ("gp3" or "gp2" or "io1" or "io2"))
                {
                    Error(C, mp + ".volumeType", $"\"{m.VolumeType}\" is not suitable for etcd; use gp3 (default), gp2, io1 or io2");
                }

                if (m.VolumeSize is < 1 or > 16384)
                {
                    Error(C, mp + ".volumeSize", $"must be 1 to 16384 GiB, found {m.VolumeSize}");
                }
            }

            foreach (var missing in cp.Except(groups).Order(StringComparer.Ordinal))
            {
                Error(C, path + ".etcdMembers", $"control-plane group \"{missing}\" has no member in etcd cluster {e.Name}; every control-plane group runs one member of each etcd cluster");
            }
        }

        if (!names.Contains("main"))
        {
            Error(C, "spec.etcdClusters", "an etcd cluster named main is required");
        }
    }

    private void Api()
    {
        var subnets = cluster.Network.Subnets;
        if (subnets.Length > 0 && cluster.Api.Type == LoadBalancerType.Public && !subnets.Any(s => s.IsPublic))
        {
            Error(C, "spec.api.loadBalancer.type", "an internet-facing API load balancer lives in Utility or Public subnets and the cluster has none; add a Utility subnet per zone, or set type: Internal");
        }

        for (var i = 0; i < cluster.Api.AdditionalSecurityGroups.Length; i++)
        {
            SecurityGroupId(C, $"spec.api.loadBalancer.additionalSecurityGroups[{i}]", cluster.Api.AdditionalSecurityGroups[i]);
        }
    }

    private void SecurityGroupId(SourceMap map, string path, string id)
    {
        if (!SecurityGroupIdPattern().IsMatch(id))
        {
            Error(map, path, $"\"{id}\" is not a security group id; expected sg- followed by 8 or 17 hex digits");
        }
    }

    private void Dns()
    {
        var dns = cluster.Dns;
        if (cluster.Name.EndsWith(".k8s.local", StringComparison.Ordinal) && dns.Zone is not null)
        {
            Error(C, "spec.dnsZone", "a .k8s.local cluster has no public DNS; remove dnsZone, or rename the cluster into that zone");
        }

        if (dns.Zone is { } zone && !dns.ZoneIsId && !cluster.Name.EndsWith(".k8s.local", StringComparison.Ordinal))
        {
            if (!cluster.Api.PublicName.EndsWith("." + zone, StringComparison.Ordinal) && cluster.Api.PublicName != zone)
            {
                Error(C, "spec.masterPublicName", $"\"{cluster.Api.PublicName}\" is not inside the DNS zone \"{zone}\"; its record is published there");
            }
        }
    }

    private void Iam()
    {
        foreach (var (role, json) in cluster.Iam.AdditionalPolicies)
        {
            var path = $"spec.additionalPolicies.{role}";
            if (role is not ("master" or "control-plane" or "node" or "bastion"))
            {
                Error(C, path, $"\"{role}\" is not a role; use master (or control-plane), node or bastion");
            }

            try
            {
                var token = JToken.Parse(json);
                if (token is not JArray statements || statements.Any(s => s is not JObject o || o["Effect"] is null))
                {
                    Error(C, path, "expected a JSON list of IAM statements, each with Effect, Action and Resource");
                }
                else if (statements.Cast<JObject>().Select(StatementProblem).FirstOrDefault(p => p is not null) is { } problem)
                {
                    Error(C, path, problem);
                }
            }
            catch (Newtonsoft.Json.JsonReaderException e)
            {
                Error(C, path, $"not valid JSON: {e.Message}");
            }
        }
    }

    /// <summary>What the generator cannot type in an additional IAM statement (it renders statements from typed values), or null.</summary>
    private static string? StatementProblem(JObject statement)
    {
        static bool IsValue(JToken t) => t.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean;
        static bool IsStrings(JToken t) => t.Type == JTokenType.String || (t is JArray a && a.Count > 0 && a.All(v => v.Type == JTokenType.String));
        foreach (var p in statement.Properties())
        {
            var problem = p.Name switch
            {
                "Sid" when p.Value.Type != JTokenType.String => "Sid must be a string",
                "Effect" when (string?)p.Value is not ("Allow" or "Deny") || p.Value.Type != JTokenType.String => "Effect must be \"Allow\" or \"Deny\"",
                "Action" or "NotAction" or "Resource" or "NotResource" when !IsStrings(p.Value) => $"{p.Name} must be a string or a list of strings",
                "Condition" when p.Value is not JObject c || c.Properties().Any(op => op.Value is not JObject keys ||
                    keys.Properties().Any(k => !(IsValue(k.Value) || (k.Value is JArray a && a.Count > 0 && a.All(IsValue)))))
                    => "Condition must map operators to keys to a value or a list of values, e.g. {\"StringEquals\": {\"aws:RequestedRegion\": \"eu-west-1\"}}",
                "Principal" or "NotPrincipal" => $"{p.Name} has no place in a role's own policy (AWS rejects it in an identity-based policy)",
                "Sid" or "Effect" or "Action" or "NotAction" or "Resource" or "NotResource" or "Condition" => null,
                _ => $"\"{p.Name}\" is not a key of an IAM statement; use Sid, Effect, Action or NotAction, Resource or NotResource, Condition",
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return (statement["Action"] is null) == (statement["NotAction"] is null) ? "each statement needs Action or NotAction (one of them)"
            : (statement["Resource"] is null) == (statement["NotResource"] is null) ? "each statement needs Resource or NotResource (one of them)"
            : null;
    }

    private void Labels(SourceMap map, string path, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in labels)
        {
            if (key.Length > 128 || value.Length > 256)
            {
                Error(map, $"{path}.{key}", "AWS tag keys are at most 128 characters and values at most 256");
            }

            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                Error(map, $"{path}.{key}", "tag keys starting with aws: are reserved by AWS");
            }

            if (key is "Name" or "KubernetesCluster" || key.StartsWith("kubernetes.io/cluster/", StringComparison.Ordinal))
            {
                Error(map, $"{path}.{key}", "this tag is set by kgen (it ties resources to the cluster) and cannot be overridden");
            }
        }
    }

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")]
    private static partial Regex DnsNamePattern();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^vpc-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex VpcIdPattern();

    [GeneratedRegex(@"^subnet-[0-9a-f]{4,17}$")]
    private static partial Regex SubnetIdPattern();

    [GeneratedRegex(@"^sg-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex SecurityGroupIdPattern();

    [GeneratedRegex(@"^nat-[0-9a-f]{4,17}$")]
    private static partial Regex NatIdPattern();

    [GeneratedRegex(@"^(ami-[0-9a-f]{8,17}|ssm:/[A-Za-z0-9_./\-]+|[A-Za-z0-9\-]+/[A-Za-z0-9_./\-*]+)$")]
    private static partial Regex ImagePattern();

    [GeneratedRegex(@"^([a-z0-9]([a-z0-9.-]*[a-z0-9])?/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex LabelKeyPattern();

    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?$")]
    private static partial Regex LabelValuePattern();

    [GeneratedRegex(@"^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,3}( .*)?$")]
    private static partial Regex SshKeyPattern();
}
