using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kgen.Model;

/// <summary>
/// Every name of the cluster in one place (kops' <c>pkg/model/names.go</c> plays this role): AWS names,
/// the plan's logical names, the DNS names nodes use, the tags that other parts (IAM conditions, the
/// user-data, the autoscaler) look resources up by, and the role → name mapping. Defaults, the
/// validator, builders and the CLI ask here and never glue names together themselves. Length limits
/// are met by a stable truncate-plus-hash, never by chance.
/// </summary>
/// <param name="cluster">The cluster name.</param>
/// <param name="cloudLabels">Tags every resource carries (spec.cloudLabels).</param>
internal sealed partial class Names(string cluster, ImmutableSortedDictionary<string, string>? cloudLabels = null)
{
    /// <summary>The tag every resource of the cluster carries, with the cluster name as value (IAM conditions match it).</summary>
    public const string ClusterTag = "KubernetesCluster";

    /// <summary>The tag that ties a machine, its autoscaling group and its etcd volumes to their instance group.</summary>
    public const string InstanceGroupTag = "kgen.dev/instancegroup";

    /// <summary>The tag of control-plane machines and their etcd volumes (IAM lets only those attach the volumes).</summary>
    public const string ControlPlaneRoleTag = "k8s.io/role/control-plane";

    private const int MaxIamName = 64;
    private const int MaxLoadBalancerName = 32;

    /// <summary>The names of a cluster, with its tags.</summary>
    public Names(Cluster cluster)
        : this(cluster.Name, cluster.CloudLabels)
    {
    }

    /// <summary>The cluster name.</summary>
    public string Cluster => cluster;

    /// <summary>The public API name, unless the spec names another (<c>api.&lt;cluster&gt;</c>).</summary>
    public string DefaultApiPublicName => $"api.{Cluster}";

    /// <summary>The egress of a subnet whose routing the operator manages (kops' <c>egress: External</c>).</summary>
    public const string ExternalEgress = "External";

    /// <summary>How an Elastic IP allocation id begins; as a private subnet's egress, kgen's NAT gateway takes that address.</summary>
    public const string ElasticIpAllocationPrefix = "eipalloc-";

    /// <summary>The API name nodes use, always resolvable inside the VPC (<c>api.internal.&lt;cluster&gt;</c>).</summary>
    public string ApiInternalName => $"api.internal.{Cluster}";

    /// <summary>The plan name of the API load balancer.</summary>
    public string ApiLoadBalancer => $"api.{Cluster}";

    /// <summary>The API load balancer's AWS name (32 characters at most).</summary>
    public string ApiLoadBalancerAwsName => LoadBalancer32("api");

    /// <summary>The API target group's AWS name (32 characters at most; kops calls it <c>tcp-…</c>).</summary>
    public string ApiTargetGroup => LoadBalancer32("tcp");

    /// <summary>
    /// The plan name of the internal API load balancer that in-VPC traffic uses when the API also has an
    /// internet-facing one (with an internal API, <see cref="ApiLoadBalancer"/> is the internal one).
    /// </summary>
    public string ApiInternalLoadBalancer => $"api-internal.{Cluster}";

    /// <summary>The internal API load balancer's AWS name (32 characters at most).</summary>
    public string ApiInternalLoadBalancerAwsName => LoadBalancer32("api-internal");

    /// <summary>The internal API load balancer's target group's AWS name (a network load balancer's target group serves one load balancer).</summary>
    public string ApiInternalTargetGroup => LoadBalancer32("tcp-internal");

    /// <summary>The plan name of the guard that stops an apply whose nodes could not read the config store.</summary>
    public string ConfigStoreGuard => $"config-store.{Cluster}";

    /// <summary>The plan name of the listing of the config store that the guard checks for the cluster CA.</summary>
    public string ConfigStoreLookup => $"config-store-ca.{Cluster}";

    /// <summary>The plan name of an instance group's node script in the config store (one per group: a new script replaces it).</summary>
    public string NodeupScript(InstanceGroup g) => $"nodeup.{InstanceGroup(g)}";

    /// <summary>The node termination handler's SQS queue: kops' name (the cluster's with dashes for dots, at most 75 characters, <c>-nth</c>).</summary>
    public string NodeTerminationQueue => $"{Truncate(Cluster.Replace('.', '-'), 75)}-nth";

    /// <summary>The name of one of the node termination handler's EventBridge rules (at most 64 characters: the cluster's name cut to 40, kops' scheme).</summary>
    public string NodeTerminationRule(string @event) => $"{Truncate(Cluster, 40)}-{@event}";

    /// <summary>The node termination handler's lifecycle hook on a group (kops' name).</summary>
    public static string NodeTerminationHook(string group) => $"{group}-NTHLifecycleHook";

    /// <summary>The plan name of one file of an add-on in the config store (one per add-on and file: a new version replaces it).</summary>
    public string AddonFile(string addon, string file) => $"addon.{addon}.{file}.{Cluster}";

    /// <summary>The plan name of the add-ons' index, the SSM parameter control-plane nodes poll.</summary>
    public string AddonsIndex => $"addons.{Cluster}";

    /// <summary>The SSM parameter that holds the add-ons' index: <c>/kgen/&lt;cluster&gt;/addons</c>.</summary>
    public string AddonsIndexParameter => $"/kgen/{Cluster}/addons";

    /// <summary>The ARN of an SSM parameter of the cluster's region; an IAM statement names any account (<c>*</c>: a parameter is never another account's).</summary>
    public static string SsmParameterArn(string partition, string region, string account, string parameter) => $"arn:{partition}:ssm:{region}:{account}:parameter{parameter}";

    /// <summary>The plan name of the bastion load balancer.</summary>
    public string BastionLoadBalancer => $"bastion.{Cluster}";

    /// <summary>The bastion load balancer's and its target group's AWS name.</summary>
    public string BastionLoadBalancerAwsName => LoadBalancer32("bastion");

    /// <summary>The security group of the API load balancer.</summary>
    public string ApiLoadBalancerSecurityGroup => $"api-elb.{Cluster}";

    /// <summary>The security group of the bastion load balancer.</summary>
    public string BastionLoadBalancerSecurityGroup => $"bastion-elb.{Cluster}";

    /// <summary>The plan name of the public route table, the VPC, its DHCP options, gateway and the cluster's private zone.</summary>
    public string ClusterScoped => Cluster;

    /// <summary>The plan name of the public route table's default route.</summary>
    public static string PublicDefaultRoute => "route-0.0.0.0/0";

    /// <summary>The tag that tells Kubernetes (and the load balancer controllers) a resource belongs to the cluster.</summary>
    public string OwnershipTag => $"kubernetes.io/cluster/{Cluster}";

    /// <summary>The tag by which the cluster autoscaler discovers the groups it may scale.</summary>
    public string AutoscalerOwnershipTag => $"k8s.io/cluster-autoscaler/{Cluster}";

    /// <summary>The plural of a role, as kops names its IAM roles and security groups: masters, nodes, bastions.</summary>
    public static string RolePlural(InstanceGroupRole role) => role switch
    {
        InstanceGroupRole.ControlPlane => "masters",
        InstanceGroupRole.Node => "nodes",
        _ => "bastions",
    };

    /// <summary>The singular of a role in output names: master, node, bastion.</summary>
    public static string RoleSingular(InstanceGroupRole role) => role switch
    {
        InstanceGroupRole.ControlPlane => "master",
        InstanceGroupRole.Node => "node",
        _ => "bastion",
    };

    /// <summary>The domain EC2 gives instances' private names in a region (<c>ec2.internal</c> in us-east-1, <c>&lt;region&gt;.compute.internal</c> elsewhere).</summary>
    public static string Ec2InternalDomain(string region) => region == "us-east-1" ? "ec2.internal" : $"{region}.compute.internal";

    /// <summary>Output names of a role's IAM role: <c>masters_role_arn</c>, <c>nodes_role_name</c>, ….</summary>
    public static string RoleOutput(InstanceGroupRole role, string attribute) => $"{RolePlural(role)}_role_{attribute}";

    /// <summary>Output name of a role's autoscaling group ids: <c>master_autoscaling_group_ids</c>, ….</summary>
    public static string AutoscalingGroupIdsOutput(InstanceGroupRole role) => $"{RoleSingular(role)}_autoscaling_group_ids";

    /// <summary>Output name of a role's security group ids: <c>master_security_group_ids</c>, ….</summary>
    public static string SecurityGroupIdsOutput(InstanceGroupRole role) => $"{RoleSingular(role)}_security_group_ids";

    /// <summary>The IAM condition key that names the AWS service a KMS request came through.</summary>
    public const string KmsViaServiceKey = "kms:ViaService";

    /// <summary>The IAM condition key of S3's encryption context: the object's ARN (without an S3 Bucket Key).</summary>
    public const string KmsS3EncryptionContextKey = "kms:EncryptionContext:aws:s3:arn";

    /// <summary>The public endpoint of an AWS service in a region (<c>ec2.eu-west-1.amazonaws.com</c>; China's regions end in <c>.com.cn</c>).</summary>
    public static string AwsEndpoint(string service, string region) =>
        $"{service}.{region}.amazonaws.com{(region.StartsWith("cn-", StringComparison.Ordinal) ? ".cn" : string.Empty)}";

    /// <summary>The tag of the etcd volumes of one etcd cluster (main, events); its value is <c>member/all members</c>.</summary>
    public static string EtcdClusterTag(string etcdCluster) => $"k8s.io/etcd/{etcdCluster}";

    /// <summary>The tag of a role's machines (<c>k8s.io/role/node</c>, …).</summary>
    public static string RoleTag(InstanceGroupRole role) => role switch
    {
        InstanceGroupRole.ControlPlane => ControlPlaneRoleTag,
        InstanceGroupRole.Node => "k8s.io/role/node",
        _ => "k8s.io/role/bastion",
    };

    /// <summary>The spec name of a zone's utility subnet, as kops names the subnets it creates: <c>utility-us-east-1a</c>.</summary>
    public static string UtilitySubnet(string zone) => $"utility-{zone}";

    /// <summary>The spec name of a control-plane instance group <c>kgen create cluster</c> makes: one per zone, numbered when a zone has several.</summary>
    public static string ControlPlaneGroup(string zone, int? ordinal = null) =>
        ordinal is null ? $"control-plane-{zone}" : string.Create(CultureInfo.InvariantCulture, $"control-plane-{zone}-{ordinal}");

    /// <summary>Name of a subnet.</summary>
    public string Subnet(Subnet s) => $"{s.Name}.{Cluster}";

    /// <summary>Name of the tag resource that marks an existing subnet as shared with the cluster.</summary>
    public string SharedSubnetTag(Subnet s) => $"{Subnet(s)}-shared";

    /// <summary>Name of a public subnet's route table association.</summary>
    public string PublicRouteTableAssociation(Subnet s) => Subnet(s);

    /// <summary>Name of a private subnet's route table association.</summary>
    public string PrivateRouteTableAssociation(Subnet s) => $"private-{Subnet(s)}";

    /// <summary>Name of a zone's private route table.</summary>
    public string PrivateRouteTable(string zone) => $"private-{zone}.{Cluster}";

    /// <summary>Name of a zone's private route table's default route.</summary>
    public static string PrivateDefaultRoute(string zone) => $"route-private-{zone}-0.0.0.0/0";

    /// <summary>Name of a zone's NAT gateway and elastic IP.</summary>
    public string Nat(string zone) => $"{zone}.{Cluster}";

    /// <summary>The security group of a role's machines: masters, nodes, bastion.</summary>
    public string SecurityGroup(InstanceGroupRole role) => role switch
    {
        InstanceGroupRole.Bastion => $"bastion.{Cluster}",
        _ => $"{RolePlural(role)}.{Cluster}",
    };

    /// <summary>
    /// The plan's name of an existing security group (kops' <c>securityGroupOverride</c>) standing in for kgen's group
    /// <paramref name="ownGroup"/>: its id, then the name of the group it replaces (<c>sg-0abc….masters.&lt;cluster&gt;</c>).
    /// </summary>
    public static string OverrideSecurityGroup(string id, string ownGroup) => $"{id}.{ownGroup}";

    /// <summary>
    /// Name of a security-group rule: who, which way, protocol and ports, and the other side (a group's name
    /// or a CIDR), so two rules never share a name and the name reads as the rule.
    /// </summary>
    public static string SecurityGroupRule(string group, bool egress, string protocol, int first, int last, string peer)
    {
        var proto = protocol switch { "-1" => "all", "4" => "ipip", var p => p };
        var ports = string.Create(CultureInfo.InvariantCulture, $"{first}to{last}");
        return egress ? $"from-{group}-egress-{proto}-{ports}-{peer}" : $"from-{peer}-ingress-{proto}-{ports}-{group}";
    }

    /// <summary>IAM role (and instance profile and inline policy) name of a role's machines (at most 64 characters).</summary>
    public string IamRole(InstanceGroupRole role) => Truncate($"{RolePlural(role)}.{Cluster}", MaxIamName);

    /// <summary>The CloudWatch Logs group of the VPC's flow logs.</summary>
    public string FlowLogGroup => $"/kgen/{Cluster}/vpc-flow-logs";

    /// <summary>IAM role (and inline policy) name the VPC flow-log service delivers with (at most 64 characters).</summary>
    public string FlowLogRole => Truncate($"flowlogs.{Cluster}", MaxIamName);

    /// <summary>
    /// The IAM role of a service account (IAM roles for service accounts), kops' name: <c>NAME.NAMESPACE.sa.CLUSTER</c>,
    /// a <c>*</c> of the namespace written <c>wildcard</c>, cut to IAM's 64 characters.
    /// </summary>
    public string ServiceAccountRole(string ns, string serviceAccount) => Truncate($"{serviceAccount}.{ns.Replace("*", "wildcard", StringComparison.Ordinal)}.sa.{Cluster}", MaxIamName);

    /// <summary>The plan's name of the IAM OIDC provider of the cluster's service-account issuer.</summary>
    public string ServiceAccountOidcProvider => $"oidc.{Cluster}";

    /// <summary>The ARN of an IAM role of the account <paramref name="account"/> (a placeholder where kgen's plan does not know it).</summary>
    public static string IamRoleArn(string partition, string account, string roleName) => $"arn:{partition}:iam::{account}:role/{roleName}";

    /// <summary>Name of an instance group's launch template and autoscaling group.</summary>
    public string InstanceGroup(string group, InstanceGroupRole role) =>
        role == InstanceGroupRole.ControlPlane ? $"{group}.masters.{Cluster}" : $"{group}.{Cluster}";

    /// <summary>Name of an instance group's launch template and autoscaling group.</summary>
    public string InstanceGroup(InstanceGroup g) => InstanceGroup(g.Name, g.Role);

    /// <summary>Name of an etcd member's volume.</summary>
    public string EtcdVolume(EtcdCluster etcd, EtcdMember member) => $"{member.Name}.etcd-{etcd.Name}.{Cluster}";

    /// <summary>Name of a load balancer's listener on a port.</summary>
    public static string Listener(string loadBalancer, int port) => string.Create(CultureInfo.InvariantCulture, $"{loadBalancer}-{port}");

    /// <summary>Plan name of the image lookup shared by every group that boots kgen's default image on an architecture.</summary>
    public static string DefaultImage(string architecture) => $"ubuntu-24.04-{architecture}";

    /// <summary>Plan name of an instance group's image lookup.</summary>
    public static string ImageLookup(string group) => $"image-{group}";

    /// <summary>Plan name of the SSM parameter an instance group's image id is read from.</summary>
    public static string ImageParameter(string group) => $"{ImageLookup(group)}-parameter";

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

    /// <summary>The tags every resource of the cluster carries, plus its Name, and <paramref name="extra"/>, sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> ResourceTags(string name, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var tags = (cloudLabels ?? ImmutableSortedDictionary<string, string>.Empty).WithComparers(StringComparer.Ordinal)
            .SetItem(ClusterTag, Cluster)
            .SetItem(OwnershipTag, "owned")
            .SetItem("Name", name);
        return extra is null ? tags : tags.SetItems(extra);
    }

    /// <summary>The 32-character name of a load balancer or target group (kops' scheme: prefix, cluster, hash).</summary>
    public string LoadBalancer32(string prefix) => Name32($"{prefix}-{Cluster.Replace('.', '-')}");

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
