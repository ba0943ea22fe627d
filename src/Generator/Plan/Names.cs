using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kgen.Model;

namespace Kgen.Generator.Plan;

/// <summary>
/// Every AWS name and tag convention in one place (kops' <c>pkg/model/names.go</c> plays this
/// role): builders ask here and never glue names together themselves. Length limits are met by
/// a stable truncate-plus-hash, never by chance.
/// </summary>
internal sealed class Names(Cluster cluster)
{
    private const int MaxIamName = 64;
    private const int MaxLoadBalancerName = 32;

    /// <summary>The cluster name.</summary>
    public string Cluster => cluster.Name;

    /// <summary>Name of a subnet.</summary>
    public string Subnet(Model.Subnet s) => $"{s.Name}.{Cluster}";

    /// <summary>Name of a zone's private route table.</summary>
    public string PrivateRouteTable(string zone) => $"private-{zone}.{Cluster}";

    /// <summary>Name of a zone's NAT gateway and elastic IP.</summary>
    public string Nat(string zone) => $"{zone}.{Cluster}";

    /// <summary>Security group of a role (masters, nodes, bastion) or load balancer (api-elb, bastion-elb).</summary>
    public string SecurityGroup(string prefix) => $"{prefix}.{Cluster}";

    /// <summary>IAM role (and instance profile and inline policy) name of a role: masters, nodes, bastions.</summary>
    public string IamRole(string prefix) => Truncate($"{prefix}.{Cluster}", MaxIamName);

    /// <summary>Name of an instance group's launch template and autoscaling group.</summary>
    public string InstanceGroup(Model.InstanceGroup g) =>
        g.Role == InstanceGroupRole.ControlPlane ? $"{g.Name}.masters.{Cluster}" : $"{g.Name}.{Cluster}";

    /// <summary>Name of an etcd member's volume.</summary>
    public string EtcdVolume(EtcdCluster etcd, EtcdMember member) => $"{member.Name}.etcd-{etcd.Name}.{Cluster}";

    /// <summary>The 32-character name of a load balancer or target group (kops' scheme: prefix, cluster, hash).</summary>
    public string LoadBalancer32(string prefix) => Name32($"{prefix}-{Cluster.Replace('.', '-')}");

    /// <summary>Key pair name: the cluster and the key's MD5 fingerprint, so a new key makes a new pair.</summary>
    public string KeyPair(string publicKey)
    {
        var parts = publicKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var blob = Convert.FromBase64String(parts[1]);
#pragma warning disable CA5351 // The MD5 fingerprint names the key (as ssh-keygen -E md5 and AWS do); it secures nothing.
        var fingerprint = string.Join(':', MD5.HashData(blob).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
#pragma warning restore CA5351
        return $"kubernetes.{Cluster}-{fingerprint}";
    }

    /// <summary>The tags every resource of the cluster carries, plus its Name.</summary>
    public Tags Tags(string name, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var tags = Plan.Tags.From(cluster.CloudLabels)
            .With("KubernetesCluster", Cluster)
            .With($"kubernetes.io/cluster/{Cluster}", "owned")
            .With("Name", name);
        return extra is null ? tags : tags.With(extra);
    }

    /// <summary>Cuts a name to <paramref name="max"/> characters with a stable hash suffix, only when too long.</summary>
    public static string Truncate(string name, int max)
    {
        if (name.Length <= max)
        {
            return name;
        }

        return $"{name[..(max - 7)]}-{Hash(name)}";
    }

    /// <summary>kops' GetResourceName32: always hashed, base cut to 25 characters.</summary>
    internal static string Name32(string name)
    {
        var hash = Hash(name);
        var basePart = name.Length > MaxLoadBalancerName - 7 ? name[..(MaxLoadBalancerName - 7)] : name;
        return $"{basePart.TrimEnd('-')}-{hash}";
    }

    /// <summary>FNV-32a of the name, big-endian, base32 (extended hex alphabet), lower case, 6 characters.</summary>
    internal static string Hash(string name)
    {
        var h = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            h ^= b;
            h *= 16777619u;
        }

        const string Alphabet = "0123456789abcdefghijklmnopqrstuv";
        ulong bits = h;
        var sb = new StringBuilder();

        // 32 bits padded to 35 bits give 7 base32 digits; the first 6 are used.
        bits <<= 3;
        for (var shift = 30; shift >= 0; shift -= 5)
        {
            sb.Append(Alphabet[(int)((bits >> shift) & 31)]);
        }

        return sb.ToString(0, 6);
    }
}
