using System.Collections.Immutable;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Addons;

/// <summary>
/// The AWS permissions of the add-ons that call AWS: the cloud controller manager and the EBS CSI driver's controller,
/// on the control-plane role (kgen has no IAM roles for service accounts yet: <see cref="AddonBuilder"/> warns). Scoped
/// as kops scopes them: reads AWS cannot scope on <c>*</c>; changes only to resources tagged
/// <c>KubernetesCluster=&lt;cluster&gt;</c>; creation only with that tag in the request. What each call is for is declared
/// in <see cref="AddonNeeds"/>, and the plan verifier proves every action used.
/// </summary>
internal static class AddonPermissions
{
    /// <summary>Reads the CCM, the driver, the cluster autoscaler and the node termination handler make, besides those the control plane's boot already has (instances, volumes, load balancers).</summary>
    /// <remarks>None on the control-plane role when the add-ons have roles of their own (<see cref="Cluster.AddonRoles"/>).</remarks>
    public static ImmutableArray<string> Describe(Cluster c) => c.AddonRoles ? [] : DescribeOf(c, k => AddonBuilder.CallsAws(c, k));

    /// <summary>The reads of the add-ons <paramref name="on"/> selects.</summary>
    private static ImmutableArray<string> DescribeOf(Cluster c, Func<AddonKind, bool> on) =>
        Sorted(When(on(AddonKind.CloudControllerManager), CcmDescribe).Concat(When(on(AddonKind.EbsCsiDriver), EbsDescribe))
            .Concat(When(on(AddonKind.ClusterAutoscaler), AutoscalerDescribe(c)))
            .Concat(When(on(AddonKind.NodeTerminationHandler) && AddonBuilder.NodeTerminationQueueMode(c), NthDescribe)));

    /// <summary>The CCM's reads: groups, zones, the network, load balancers' details (kops' AddCCMPermissions).</summary>
    public static ImmutableArray<string> CcmDescribe { get; } =
    [
        "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeTags", "ec2:DescribeAvailabilityZones", "ec2:DescribeInstanceTopology",
        "ec2:DescribeRegions", "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs",
        "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeLoadBalancerPolicies",
        "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetHealth",
    ];

    /// <summary>The CCM's changes to the cluster's own security groups, instances and load balancers.</summary>
    public static ImmutableArray<string> CcmTagged { get; } =
    [
        "ec2:AuthorizeSecurityGroupIngress", "ec2:DeleteSecurityGroup", "ec2:ModifyInstanceAttribute", "ec2:RevokeSecurityGroupIngress",
        "elasticloadbalancing:AddTags", "elasticloadbalancing:ApplySecurityGroupsToLoadBalancer", "elasticloadbalancing:AttachLoadBalancerToSubnets",
        "elasticloadbalancing:ConfigureHealthCheck", "elasticloadbalancing:CreateLoadBalancerListeners", "elasticloadbalancing:CreateLoadBalancerPolicy",
        "elasticloadbalancing:DeleteListener", "elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:DeleteLoadBalancerListeners",
        "elasticloadbalancing:DeleteTargetGroup", "elasticloadbalancing:DeregisterInstancesFromLoadBalancer", "elasticloadbalancing:DeregisterTargets",
        "elasticloadbalancing:DetachLoadBalancerFromSubnets", "elasticloadbalancing:ModifyListener", "elasticloadbalancing:ModifyLoadBalancerAttributes",
        "elasticloadbalancing:ModifyTargetGroup", "elasticloadbalancing:ModifyTargetGroupAttributes", "elasticloadbalancing:RegisterInstancesWithLoadBalancer",
        "elasticloadbalancing:RegisterTargets", "elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer", "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ];

    /// <summary>What the CCM creates, each carrying the cluster's tag in the request.</summary>
    public static ImmutableArray<string> CcmCreate { get; } =
        ["ec2:CreateSecurityGroup", "elasticloadbalancing:CreateListener", "elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"];

    /// <summary>The driver's reads (kops' AddAWSEBSCSIDriverPermissions, without snapshots: kgen installs no snapshot controller).</summary>
    public static ImmutableArray<string> EbsDescribe { get; } =
        ["ec2:DescribeAvailabilityZones", "ec2:DescribeInstanceTypes", "ec2:DescribeTags", "ec2:DescribeVolumeStatus", "ec2:DescribeVolumesModifications"];

    /// <summary>The driver's changes to the cluster's own volumes (and attaching them to the cluster's instances).</summary>
    public static ImmutableArray<string> EbsTagged { get; } = ["ec2:AttachVolume", "ec2:DeleteVolume", "ec2:DetachVolume", "ec2:ModifyVolume"];

    /// <summary>What KMS does for EC2 when the driver makes or attaches a volume encrypted with the cluster's key.</summary>
    public static ImmutableArray<string> EbsKms { get; } = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo"];

    /// <summary>The ELB service-linked role the CCM creates the first time an account gets a load balancer.</summary>
    public static string ElbServiceLinkedRole(string partition) =>
        $"arn:{partition}:iam::*:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing";

    /// <summary>Creating a security group in a VPC, which carries no request tag (kgen does not require the VPC to be the cluster's; kops neither).</summary>
    private static Statement SecurityGroupInVpc(string sid, string partition) =>
        new() { Sid = sid, Actions = ["ec2:CreateSecurityGroup"], Resources = [$"arn:{partition}:ec2:*:*:vpc/*"] };

    /// <summary>Creating the ELB service-linked role, the first time an account gets a load balancer, and no other.</summary>
    private static Statement CreateElbServiceLinkedRole(string sid, string partition) => new()
    {
        Sid = sid,
        Actions = ["iam:CreateServiceLinkedRole"],
        Resources = [ElbServiceLinkedRole(partition)],
        Conditions = Condition("StringEquals", ("iam:AWSServiceName", "elasticloadbalancing.amazonaws.com")),
    };

    /// <summary>The control-plane role's statements for the add-ons the cluster runs.</summary>
    /// <remarks>None when the add-ons have roles of their own (<see cref="Cluster.AddonRoles"/>): <see cref="Role"/> gives each its statements.</remarks>
    public static IEnumerable<Statement> ControlPlane(Cluster c, string partition) =>
        c.AddonRoles ? [] : Shared(c, partition, k => AddonBuilder.CallsAws(c, k));

    /// <summary>
    /// The statements of one add-on's own role (IAM roles for service accounts): the same scoping as on the control-plane
    /// role, for that add-on's calls only.
    /// </summary>
    public static IEnumerable<Statement> Role(Cluster c, string partition, AddonKind kind)
    {
        var statements = Shared(c, partition, k => k == kind).Concat(kind == AddonKind.NodeTerminationHandler ? NodeTerminationHandlerStatements(c, partition) : []).ToList();
        // On its own role an add-on also needs the reads the control-plane role's boot statements cover for it.
        var reads = BootReads(kind);
        var describe = statements.FindIndex(s => s.Sid == "AddonsDescribe");
        if (describe >= 0)
        {
            statements[describe] = statements[describe] with { Actions = Sorted(statements[describe].Actions.Concat(reads)) };
        }
        else if (!reads.IsEmpty)
        {
            statements.Insert(0, new Statement { Sid = "AddonsDescribe", Actions = reads, Resources = ["*"] });
        }

        return statements;
    }

    /// <summary>
    /// The reads an add-on makes that the control-plane role grants for its own boot (<c>DescribeCluster</c>): finding a
    /// Node's instance, a Service's load balancer, a volume's state.
    /// </summary>
    public static ImmutableArray<string> BootReads(AddonKind kind) => kind switch
    {
        AddonKind.CloudControllerManager => ["ec2:DescribeInstances", "elasticloadbalancing:DescribeLoadBalancers"],
        AddonKind.EbsCsiDriver => ["ec2:DescribeInstances", "ec2:DescribeVolumes"],
        AddonKind.NodeTerminationHandler => ["ec2:DescribeInstances"],
        _ => [],
    };

    /// <summary>The statements of the add-ons <paramref name="on"/> selects (the node termination handler's own are <see cref="NodeTerminationHandler"/>'s).</summary>
    private static IEnumerable<Statement> Shared(Cluster c, string partition, Func<AddonKind, bool> on)
    {
        foreach (var statement in on(AddonKind.ClusterAutoscaler) ? ClusterAutoscaler(c, partition) : [])
        {
            yield return statement;
        }

        var ccm = on(AddonKind.CloudControllerManager);
        var ebs = on(AddonKind.EbsCsiDriver);
        if (!ccm && !ebs)
        {
            if (DescribeOf(c, on) is { IsEmpty: false } reads)
            {
                yield return new Statement { Sid = "AddonsDescribe", Actions = reads, Resources = ["*"] };
            }

            yield break;
        }

        yield return new Statement { Sid = "AddonsDescribe", Actions = DescribeOf(c, on), Resources = ["*"] };
        var tagged = Sorted(When(ccm, CcmTagged).Concat(When(ebs, EbsTagged)));
        // Never an etcd volume or a control-plane instance: only the control plane's boot attaches those (its own statements),
        // so the driver's volumes attach to workers, and the CCM changes no control-plane instance.
        var untouchable = c.EtcdClusters.Where(e => e.Runs).Select(e => Names.EtcdClusterTag(e.Name)).Append(Names.ControlPlaneRoleTag).Distinct(StringComparer.Ordinal);
        var changeConditions = Condition("StringEquals", ($"aws:ResourceTag/{Names.ClusterTag}", c.Name))
            .Add("Null", untouchable.ToImmutableSortedDictionary(t => $"aws:ResourceTag/{t}", _ => ImmutableArray.Create("true"), StringComparer.Ordinal));

        yield return new Statement
        {
            Sid = "AddonsChangeClusterResources",
            Actions = tagged,
            Resources = ["*"],
            Conditions = changeConditions,
        };
        var create = Sorted(When(ccm, CcmCreate).Concat(When(ebs, ["ec2:CreateVolume"])));
        yield return new Statement
        {
            Sid = "AddonsCreateClusterResources",
            Actions = create,
            Resources = ["*"],
            Conditions = Condition("StringEquals", ($"aws:RequestTag/{Names.ClusterTag}", c.Name)),
        };
        yield return new Statement
        {
            Sid = "AddonsTagOnCreate",
            Actions = ["ec2:CreateTags"],
            Resources = [.. When(ccm, [$"arn:{partition}:ec2:*:*:security-group/*"]).Concat(When(ebs, [$"arn:{partition}:ec2:*:*:volume/*"]))],
            Conditions = ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal)
                .Add("StringEquals", ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal)
                    .Add($"aws:RequestTag/{Names.ClusterTag}", [c.Name])
                    .Add("ec2:CreateAction", [.. When(ccm, ["CreateSecurityGroup"]).Concat(When(ebs, ["CreateVolume"]))])),
        };
        if (ccm)
        {
            // A security group is created in a VPC, which carries no request tag; kgen does not require the VPC to be the cluster's (kops neither).
            yield return SecurityGroupInVpc("CloudControllerManagerSecurityGroupVpc", partition);
            yield return CreateElbServiceLinkedRole("CloudControllerManagerElbServiceLinkedRole", partition);
        }

        if (ebs && c.ConfigStoreKmsKey is { } key)
        {
            var viaEc2 = Condition("StringEquals", (Names.KmsViaServiceKey, Names.AwsEndpoint("ec2", c.Region)));
            yield return new Statement { Sid = "EbsCsiDriverEncryptVolumes", Actions = EbsKms, Resources = [key], Conditions = viaEc2 };
            yield return new Statement
            {
                Sid = "EbsCsiDriverVolumeGrants",
                Actions = ["kms:CreateGrant"],
                Resources = [key],
                Conditions = viaEc2.Add("Bool", ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add("kms:GrantIsForAWSResource", ["true"])),
            };
        }
    }

    /// <summary>
    /// The cluster autoscaler's reads (upstream's AWS provider: the groups and their scaling activities, the launch
    /// template's instance type for a group at zero, the instance types' sizes unless the static list is used); not
    /// <c>ec2:DescribeImages</c> or <c>ec2:GetInstanceTypesFromInstanceRequirements</c> (only for groups that choose
    /// instance types by attributes, which kgen never makes), <c>autoscaling:DescribeLaunchConfigurations</c> (kgen's
    /// groups use launch templates) or <c>eks:DescribeNodegroup</c> (EKS managed node groups).
    /// </summary>
    public static ImmutableArray<string> AutoscalerDescribe(Cluster c) =>
        Sorted(["autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeScalingActivities", "ec2:DescribeLaunchTemplateVersions",
            .. When(!c.Addons.ClusterAutoscaler.AwsUseStaticInstanceList, ["ec2:DescribeInstanceTypes"])]);

    /// <summary>What the cluster autoscaler changes: a group's desired size, and which instance leaves it on scale-down.</summary>
    public static ImmutableArray<string> AutoscalerScale { get; } = ["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"];

    /// <summary>The ARN pattern of one of the cluster's autoscaling groups (AWS puts a generated id before its name).</summary>
    public static string AutoscalingGroupArn(string partition, string region, string account, string groupId, string name) =>
        $"arn:{partition}:autoscaling:{region}:{account}:autoScalingGroup:{groupId}:autoScalingGroupName/{name}";

    /// <summary>
    /// The cluster autoscaler's statement (its reads are in <see cref="Describe"/>, on <c>*</c>: AWS cannot scope them):
    /// scaling only the groups it may scale, named, and only while they carry both the cluster's tag and the autoscaler's ownership tag (which
    /// kgen puts on exactly those groups, and which no spec can put on another: kgen refuses them in cloudLabels).
    /// </summary>
    public static IEnumerable<Statement> ClusterAutoscaler(Cluster c, string partition)
    {
        if (!AddonBuilder.Enabled(c, AddonKind.ClusterAutoscaler))
        {
            yield break;
        }

        var names = new Names(c);
        var groups = AddonBuilder.AutoscaledGroups(c).Select(g => AutoscalingGroupArn(partition, c.Region, "*", "*", names.InstanceGroup(g))).Order(StringComparer.Ordinal).ToImmutableArray();
        if (groups.IsEmpty)
        {
            yield break;
        }

        yield return new Statement
        {
            Sid = "ClusterAutoscalerScaleOwnedGroups",
            Actions = AutoscalerScale,
            Resources = groups,
            Conditions = Condition("StringEquals", ($"aws:ResourceTag/{Names.ClusterTag}", c.Name), ($"aws:ResourceTag/{names.AutoscalerOwnershipTag}", AddonBuilder.AutoscalerOwnershipValue)),
        };
    }

    /// <summary>
    /// The node termination handler's reads of an instance's group and its tags (kops' AddNodeTerminationHandlerSQSPermissions;
    /// its <c>ec2:DescribeInstances</c>, for the instance's managed tag, the control plane's boot already has).
    /// </summary>
    public static ImmutableArray<string> NthDescribe { get; } = ["autoscaling:DescribeAutoScalingInstances", "autoscaling:DescribeTags"];

    /// <summary>What the node termination handler does with its queue's messages.</summary>
    public static ImmutableArray<string> NthQueue { get; } = ["sqs:DeleteMessage", "sqs:ReceiveMessage"];

    /// <summary>The node termination handler's queue's ARN (any account: kgen's plan does not know it; the name is the cluster's).</summary>
    public static string NthQueueArn(Cluster c, string partition) => $"arn:{partition}:sqs:{c.Region}:*:{new Names(c).NodeTerminationQueue}";

    /// <summary>
    /// The node termination handler's statements (its reads are in <see cref="Describe"/>): its queue's messages only,
    /// and completing lifecycle actions only of the cluster's groups (their <c>KubernetesCluster</c> tag).
    /// </summary>
    public static IEnumerable<Statement> NodeTerminationHandler(Cluster c, string partition) =>
        c.AddonRoles ? [] : NodeTerminationHandlerStatements(c, partition);

    private static IEnumerable<Statement> NodeTerminationHandlerStatements(Cluster c, string partition)
    {
        if (!AddonBuilder.NodeTerminationQueueMode(c))
        {
            yield break;
        }

        yield return new Statement { Sid = "NodeTerminationHandlerQueue", Actions = NthQueue, Resources = [NthQueueArn(c, partition)] };
        yield return new Statement
        {
            Sid = "NodeTerminationHandlerLifecycleActions",
            Actions = ["autoscaling:CompleteLifecycleAction"],
            Resources = ["*"],
            Conditions = Condition("StringEquals", ($"aws:ResourceTag/{Names.ClusterTag}", c.Name)),
        };
    }

    /// <summary>The ARN of a Route 53 hosted zone by its id (<c>*</c>: any).</summary>
    public static string HostedZoneArn(string partition, string zoneId) => $"arn:{partition}:route53:::hostedzone/{zoneId}";

    /// <summary>Route 53's condition key of the (normalized) names a ChangeResourceRecordSets request changes.</summary>
    public const string Route53ChangedNamesKey = "route53:ChangeResourceRecordSetsNormalizedRecordNames";

    /// <summary>Route 53's condition key of the record types a ChangeResourceRecordSets request changes.</summary>
    public const string Route53ChangedTypesKey = "route53:ChangeResourceRecordSetsRecordTypes";

    /// <summary>
    /// external-dns' statements (all of them, in one place, for whichever role runs it): listing the hosted zones (AWS
    /// cannot scope it), and reading and changing records only in the cluster's zone — by its id when the spec gives
    /// one; else (the id is known only at apply time, which a static policy cannot name) on any zone but only for names
    /// that are the zone's or below it (Route 53's normalized-record-names condition key), read on any zone.
    /// </summary>
    public static IEnumerable<Statement> ExternalDns(Cluster c, string partition) =>
        c.AddonRoles ? [] : ExternalDnsStatements(c, partition);

    /// <summary>external-dns' statements, for whichever role makes its calls (<see cref="ExternalDns"/>).</summary>
    public static IEnumerable<Statement> ExternalDnsStatements(Cluster c, string partition)
    {
        if (!AddonBuilder.Enabled(c, AddonKind.ExternalDns))
        {
            yield break;
        }

        var zone = AddonBuilder.ExternalDnsZone(c);
        yield return new Statement { Sid = "ExternalDnsListZones", Actions = ["route53:ListHostedZones"], Resources = ["*"] };
        if (c.Dns.ZoneIsId)
        {
            yield return new Statement
            {
                Sid = "ExternalDnsClusterZoneRecords",
                Actions = ["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets"],
                Resources = [HostedZoneArn(partition, zone)],
            };
            yield break;
        }

        yield return new Statement { Sid = "ExternalDnsReadRecords", Actions = ["route53:ListResourceRecordSets"], Resources = [HostedZoneArn(partition, "*")] };
        yield return new Statement
        {
            Sid = "ExternalDnsChangeClusterZoneNames",
            Actions = ["route53:ChangeResourceRecordSets"],
            Resources = [HostedZoneArn(partition, "*")],
            Conditions = ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal)
                .Add("ForAllValues:StringLike", ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add(Route53ChangedNamesKey, [zone, "*." + zone])),
        };
    }

    /// <summary>The record names cert-manager's DNS-01 solver may change (Route 53's normalized names, lowercase, no trailing dot).</summary>
    public const string AcmeChallengeRecords = "_acme-challenge.*";

    /// <summary>
    /// cert-manager's statements for DNS-01 through Route 53 (kops' addCertManagerPermissions), only when the spec names
    /// hosted zones: in those zones, changing only <c>_acme-challenge</c> TXT records and reading their records; following
    /// a change's status; finding a domain's zone by name (AWS cannot scope that read). Kept in one function so that an
    /// IAM role for cert-manager's service account (<see cref="AddonBuilder.CertManagerIdentity"/>) can take them as they are.
    /// </summary>
    public static IEnumerable<Statement> CertManager(Cluster c, string partition) =>
        c.AddonRoles ? [] : CertManagerStatements(c, partition);

    /// <summary>cert-manager's statements, for whichever role makes its calls (<see cref="CertManager"/>).</summary>
    public static IEnumerable<Statement> CertManagerStatements(Cluster c, string partition)
    {
        var o = c.Addons.CertManager;
        if (!AddonBuilder.Enabled(c, AddonKind.CertManager) || o.HostedZoneIds.IsEmpty)
        {
            yield break;
        }

        var zones = o.HostedZoneIds.Select(z => HostedZoneArn(partition, z)).Order(StringComparer.Ordinal).ToImmutableArray();
        yield return new Statement
        {
            Sid = "CertManagerRecords",
            Actions = ["route53:ChangeResourceRecordSets"],
            Resources = zones,
            Conditions = Condition("ForAllValues:StringLike", (Route53ChangedNamesKey, AcmeChallengeRecords))
                .Add("ForAllValues:StringEquals", ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add(Route53ChangedTypesKey, ["TXT"])),
        };
        yield return new Statement { Sid = "CertManagerReadRecords", Actions = ["route53:ListResourceRecordSets"], Resources = zones };
        yield return new Statement { Sid = "CertManagerChanges", Actions = ["route53:GetChange"], Resources = [$"arn:{partition}:route53:::change/*"] };
        yield return new Statement { Sid = "CertManagerFindZones", Actions = ["route53:ListHostedZonesByName"], Resources = ["*"] };
    }

    /// <summary>The tag the load balancer controller puts on everything it makes, valued with the cluster's name (<c>--cluster-name</c>).</summary>
    public const string LbcClusterTag = "elbv2.k8s.aws/cluster";

    /// <summary>The controller's reads (upstream's <c>docs/install/iam_policy.json</c> at the catalog's tag), on <c>*</c>: AWS cannot scope them.</summary>
    public static ImmutableArray<string> LbcDescribe { get; } = Sorted(
    [
        "ec2:DescribeAccountAttributes", "ec2:DescribeAddresses", "ec2:DescribeAvailabilityZones", "ec2:DescribeInternetGateways", "ec2:DescribeVpcs",
        "ec2:DescribeVpcPeeringConnections", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeInstances", "ec2:DescribeNetworkInterfaces",
        "ec2:DescribeTags", "ec2:GetCoipPoolUsage", "ec2:DescribeCoipPools", "ec2:GetSecurityGroupsForVpc", "ec2:DescribeIpamPools", "ec2:DescribeRouteTables",
        "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeListeners",
        "elasticloadbalancing:DescribeListenerCertificates", "elasticloadbalancing:DescribeSSLPolicies", "elasticloadbalancing:DescribeRules",
        "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetHealth",
        "elasticloadbalancing:DescribeTags", "elasticloadbalancing:DescribeTrustStores", "elasticloadbalancing:DescribeListenerAttributes",
        "elasticloadbalancing:DescribeCapacityReservation",
        "cognito-idp:DescribeUserPoolClient", "acm:ListCertificates", "acm:DescribeCertificate", "iam:ListServerCertificates", "iam:GetServerCertificate",
    ]);

    /// <summary>What the controller changes only on load balancers and target groups it made for this cluster (their <see cref="LbcClusterTag"/>).</summary>
    public static ImmutableArray<string> LbcTaggedElb { get; } = Sorted(
    [
        "elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:SetIpAddressType", "elasticloadbalancing:SetSecurityGroups",
        "elasticloadbalancing:SetSubnets", "elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:ModifyTargetGroup",
        "elasticloadbalancing:ModifyTargetGroupAttributes", "elasticloadbalancing:DeleteTargetGroup", "elasticloadbalancing:ModifyListenerAttributes",
        "elasticloadbalancing:ModifyCapacityReservation", "elasticloadbalancing:ModifyIpPools",
    ]);

    /// <summary>Listener and rule changes, which upstream does not scope by tag (a listener's tags are not the load balancer's).</summary>
    public static ImmutableArray<string> LbcListeners { get; } = Sorted(
    [
        "elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener", "elasticloadbalancing:CreateRule", "elasticloadbalancing:DeleteRule",
        "elasticloadbalancing:ModifyListener", "elasticloadbalancing:AddListenerCertificates", "elasticloadbalancing:RemoveListenerCertificates",
        "elasticloadbalancing:ModifyRule", "elasticloadbalancing:SetRulePriorities",
    ]);

    /// <summary>The WAF Classic, WAFv2 and Shield actions, each only when the spec turns that integration on.</summary>
    public static ImmutableArray<string> LbcProtection(LoadBalancerControllerOptions o) => Sorted(
        When(o.EnableWaf, ["waf-regional:GetWebACL", "waf-regional:GetWebACLForResource", "waf-regional:AssociateWebACL", "waf-regional:DisassociateWebACL"])
            .Concat(When(o.EnableWafV2, ["wafv2:GetWebACL", "wafv2:GetWebACLForResource", "wafv2:AssociateWebACL", "wafv2:DisassociateWebACL"]))
            .Concat(When(o.EnableWaf || o.EnableWafV2, ["elasticloadbalancing:SetWebAcl"]))
            .Concat(When(o.EnableShield, ["shield:GetSubscriptionState", "shield:DescribeProtection", "shield:CreateProtection", "shield:DeleteProtection"])));

    /// <summary>The ARN patterns of the load balancers and target groups the controller makes (application and network).</summary>
    public static ImmutableArray<string> LbcElbResources(string partition) =>
        [$"arn:{partition}:elasticloadbalancing:*:*:loadbalancer/*", $"arn:{partition}:elasticloadbalancing:*:*:targetgroup/*/*"];

    /// <summary>
    /// The load balancer controller's statements, scoped as upstream's policy (<c>docs/install/iam_policy.json</c> at the
    /// catalog's tag) but tighter: where upstream requires only that the <see cref="LbcClusterTag"/> tag exist, kgen
    /// requires it to name this cluster, so that the controller of another cluster in the account cannot be steered at
    /// this one's load balancers or security groups. Its reads only where no earlier statement on <c>*</c> of the role
    /// grants them (<paramref name="alreadyGranted"/>). Not here: <c>iam:CreateServiceLinkedRole</c> and the VPC side of
    /// <c>ec2:CreateSecurityGroup</c> (the cloud controller manager's statements, always present, grant exactly those), and
    /// opening the nodes' security group to a load balancer's (the cluster's own groups: <c>AddonsChangeClusterResources</c>).
    /// One function, so that an IAM role for its service account (<see cref="AddonBuilder.LoadBalancerControllerIdentity"/>) can take them.
    /// </summary>
    public static IEnumerable<Statement> LoadBalancerController(Cluster c, string partition, IReadOnlyCollection<string> alreadyGranted) =>
        c.AddonRoles ? [] : LoadBalancerControllerStatements(c, partition, alreadyGranted);

    /// <summary>
    /// The load balancer controller's own role (IAM roles for service accounts): its statements with all their reads, and
    /// what the control-plane role's other statements grant it there: the ELB service-linked role, the VPC side of
    /// <c>ec2:CreateSecurityGroup</c>, and opening the cluster's own security groups (the nodes') to its load balancers'.
    /// </summary>
    public static IEnumerable<Statement> LoadBalancerControllerRole(Cluster c, string partition)
    {
        if (!AddonBuilder.Enabled(c, AddonKind.LoadBalancerController))
        {
            return [];
        }

        return LoadBalancerControllerStatements(c, partition, []).Concat(
        [
            SecurityGroupInVpc("LbcSecurityGroupVpc", partition),
            CreateElbServiceLinkedRole("LbcElbServiceLinkedRole", partition),
            new Statement
            {
                Sid = "LbcOpenClusterSecurityGroups",
                Actions = ["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"],
                Resources = [$"arn:{partition}:ec2:*:*:security-group/*"],
                Conditions = Condition("StringEquals", ($"aws:ResourceTag/{Names.ClusterTag}", c.Name)),
            },
        ]);
    }

    /// <summary>The load balancer controller's statements, for whichever role makes its calls (<see cref="LoadBalancerController"/>).</summary>
    public static IEnumerable<Statement> LoadBalancerControllerStatements(Cluster c, string partition, IReadOnlyCollection<string> alreadyGranted)
    {
        if (!AddonBuilder.Enabled(c, AddonKind.LoadBalancerController))
        {
            yield break;
        }

        // Statements that share a condition share a Sid (EC2 actions never apply to an ELB ARN, nor the reverse): IAM counts
        // every character of a role's inline policies against 10,240.
        var o = c.Addons.LoadBalancerController;
        var owned = Condition("StringEquals", ($"aws:ResourceTag/{LbcClusterTag}", c.Name));
        var creating = Condition("StringEquals", ($"aws:RequestTag/{LbcClusterTag}", c.Name));
        var keepsOwner = owned.Add("Null", ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add($"aws:RequestTag/{LbcClusterTag}", ["true"]));
        var securityGroups = $"arn:{partition}:ec2:*:*:security-group/*";
        var elb = LbcElbResources(partition);
        var listeners = LbcListenerResources(partition);
        // Elastic Load Balancing's reads as one pattern (they read load balancers' configuration only).
        var reads = Sorted(LbcDescribe.Where(a => !alreadyGranted.Contains(a) && !a.StartsWith("elasticloadbalancing:Describe", StringComparison.Ordinal))
            .Append("elasticloadbalancing:Describe*").Concat(LbcProtectionReads(o)));
        if (!reads.IsEmpty)
        {
            yield return new Statement { Sid = "LbcDescribe", Actions = reads, Resources = ["*"] };
        }

        yield return new Statement
        {
            Sid = "LbcCreate",
            Actions = ["ec2:CreateSecurityGroup", "elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"],
            Resources = [securityGroups, .. elb],
            Conditions = creating,
        };
        // Two statements: each service's create-action key is absent from the other's calls, and StringEquals on an absent key fails.
        yield return new Statement
        {
            Sid = "LbcTagNewSg",
            Actions = ["ec2:CreateTags"],
            Resources = [securityGroups],
            Conditions = creating.SetItem("StringEquals", creating["StringEquals"].Add("ec2:CreateAction", ["CreateSecurityGroup"])),
        };
        yield return new Statement
        {
            Sid = "LbcTagNewElb",
            Actions = ["elasticloadbalancing:AddTags"],
            Resources = elb,
            Conditions = creating.SetItem("StringEquals", creating["StringEquals"].Add("elasticloadbalancing:CreateAction", ["CreateLoadBalancer", "CreateTargetGroup"])),
        };
        yield return new Statement
        {
            Sid = "LbcRetag",
            Actions = ["ec2:CreateTags", "ec2:DeleteTags", "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"],
            Resources = [securityGroups, .. elb],
            Conditions = keepsOwner,
        };
        yield return new Statement
        {
            Sid = "LbcChange",
            Actions = Sorted(["ec2:AuthorizeSecurityGroupIngress", "ec2:DeleteSecurityGroup", "ec2:RevokeSecurityGroupIngress", .. LbcTaggedElb]),
            Resources = [securityGroups, .. elb],
            Conditions = owned,
        };

        // Upstream does not scope these by tag: a listener's or rule's tags are not its load balancer's, and a
        // TargetGroupBinding may name a target group made outside the cluster.
        yield return new Statement
        {
            Sid = "LbcListeners",
            Actions = Sorted([.. LbcListeners, "elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:RegisterTargets"]),
            Resources = [.. elb, .. listeners],
        };
        yield return new Statement { Sid = "LbcTagListeners", Actions = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"], Resources = listeners };
        var protection = LbcProtection(o).Where(a => !reads.Contains(a)).ToImmutableArray();
        if (!protection.IsEmpty)
        {
            yield return new Statement { Sid = "LbcProtection", Actions = protection, Resources = LbcProtectionResources(o, partition) };
        }
    }

    /// <summary>The ARN patterns of the listeners and rules of the controller's load balancers.</summary>
    public static ImmutableArray<string> LbcListenerResources(string partition) => [$"arn:{partition}:elasticloadbalancing:*:*:listener*/*"];

    /// <summary>The WAF and Shield reads, each only when the spec turns that integration on.</summary>
    public static IEnumerable<string> LbcProtectionReads(LoadBalancerControllerOptions o) =>
        LbcProtection(o).Where(a => a.Contains(":Get", StringComparison.Ordinal) || a.Contains(":Describe", StringComparison.Ordinal));

    /// <summary>What the WAF and Shield changes act on: web ACLs, Shield protections, and the controller's ALBs.</summary>
    public static ImmutableArray<string> LbcProtectionResources(LoadBalancerControllerOptions o, string partition) =>
    [
        $"arn:{partition}:elasticloadbalancing:*:*:loadbalancer/app/*/*",
        .. When(o.EnableShield, [$"arn:{partition}:shield::*:protection/*"]),
        .. When(o.EnableWaf, [$"arn:{partition}:waf-regional:*:*:webacl/*"]),
        .. When(o.EnableWafV2, [$"arn:{partition}:wafv2:*:*:regional/webacl/*/*"]),
    ];

    private static IEnumerable<string> When(bool on, IEnumerable<string> items) => on ? items : [];

    private static ImmutableArray<string> Sorted(IEnumerable<string> items) => [.. items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, ImmutableArray<string>>> Condition(string op, params (string Key, string Value)[] pairs) =>
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal)
            .Add(op, pairs.ToImmutableSortedDictionary(p => p.Key, p => ImmutableArray.Create(p.Value), StringComparer.Ordinal));
}
