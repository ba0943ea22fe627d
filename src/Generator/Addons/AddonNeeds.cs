using System.Collections.Immutable;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;

namespace Kgen.Generator.Addons;

/// <summary>
/// What the add-ons need, declared beside them for the plan verifier: the runner on a control-plane node downloads
/// upstream's files and pulls images; the cloud controller manager and the EBS CSI driver's controller (both on the
/// control-plane nodes, with the control-plane role's credentials) call EC2, Elastic Load Balancing, Auto Scaling,
/// IAM and, through EC2, KMS. Each AWS call is one the component makes, on a resource of the cluster's (its tag).
/// </summary>
internal static class AddonNeeds
{
    /// <summary>Where the runner downloads upstream's release files.</summary>
    public const string ManifestHost = "raw.githubusercontent.com";

    /// <summary>The registry of the EBS CSI driver's images.</summary>
    public const string EbsRegistry = "public.ecr.aws";

    /// <summary>Every need of the cluster's add-ons.</summary>
    public static IEnumerable<Need> Of(ClusterPlan plan)
    {
        var c = plan.Cluster;
        var addons = AddonBuilder.Build(c);
        var roles = c.InstanceGroups.Select(g => g.Role).ToHashSet();
        if (addons.IsEmpty || !roles.Contains(InstanceGroupRole.ControlPlane))
        {
            yield break;
        }

        var cp = new RoleActor(InstanceGroupRole.ControlPlane);
        yield return Connect(cp, new InternetDestination(ManifestHost), "the add-on runner downloads upstream's release files (checked against their SHA-256)");
        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("ssm", c.Region)), "the add-on runner reads the add-ons' index (SSM)");
        yield return Call(cp, "ssm:GetParameter", Names.SsmParameterArn(c.Partition, c.Region, "ACCOUNT", new Names(c).AddonsIndexParameter), "the add-on runner reads the add-ons' index every minute");
        var ccm = AddonBuilder.Enabled(c, AddonKind.CloudControllerManager);
        var ebs = AddonBuilder.Enabled(c, AddonKind.EbsCsiDriver);
        var ccmCaller = Caller(c, AddonKind.CloudControllerManager, cp);
        var ebsCaller = Caller(c, AddonKind.EbsCsiDriver, cp);
        if (c.AddonRoles)
        {
            yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("sts", c.Region)), "the add-ons exchange their service accounts' tokens for their roles' credentials (sts:AssumeRoleWithWebIdentity, regional STS)");
        }

        if (ebs)
        {
            yield return Connect(cp, new InternetDestination(EbsRegistry), "pull the EBS CSI driver's images");
            if (roles.Contains(InstanceGroupRole.Node))
            {
                yield return Connect(new RoleActor(InstanceGroupRole.Node), new InternetDestination(EbsRegistry), "pull the EBS CSI driver's node plugin images");
            }

            yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("ec2", c.Region)), "the EBS CSI controller creates, attaches and resizes volumes (EC2 API)");
        }

        if (ccm)
        {
            yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("ec2", c.Region)), "the cloud controller manager reads instances, zones and the network, and manages Services' security groups (EC2 API)");
            yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("elasticloadbalancing", c.Region)), "the cloud controller manager makes Services' load balancers");
            yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("autoscaling", c.Region)), "the cloud controller manager reads autoscaling groups");
            yield return Connect(cp, new InternetDestination("iam.amazonaws.com"), "the cloud controller manager creates the ELB service-linked role once per account");
        }

        foreach (var need in ClusterAutoscaler(plan, cp, Caller(c, AddonKind.ClusterAutoscaler, cp)))
        {
            yield return need;
        }

        if (AddonBuilder.NodeTerminationQueueMode(c))
        {
            foreach (var need in NodeTerminationHandler(c, cp, Caller(c, AddonKind.NodeTerminationHandler, cp)))
            {
                yield return need;
            }
        }
        else if (AddonBuilder.Enabled(c, AddonKind.NodeTerminationHandler))
        {
            // IMDS mode: a DaemonSet on every node, which reads only its own instance's metadata.
            yield return Connect(cp, new InternetDestination(EbsRegistry), "pull the node termination handler's image (IMDS mode: on every node)");
            if (roles.Contains(InstanceGroupRole.Node))
            {
                yield return Connect(new RoleActor(InstanceGroupRole.Node), new InternetDestination(EbsRegistry), "pull the node termination handler's image (IMDS mode: on every node)");
            }
        }

        foreach (var need in ExternalDns(c, cp, Caller(c, AddonKind.ExternalDns, cp)))
        {
            yield return need;
        }

        foreach (var need in CertManager(c, cp, Caller(c, AddonKind.CertManager, cp)))
        {
            yield return need;
        }

        foreach (var need in LoadBalancerController(c, cp, Caller(c, AddonKind.LoadBalancerController, cp)))
        {
            yield return need;
        }

        var p = c.Partition;
        var tag = Tag("aws:ResourceTag/" + Names.ClusterTag, c.Name);
        var requestTag = Tag("aws:RequestTag/" + Names.ClusterTag, c.Name);
        // The cluster autoscaler's own reads are declared with what each is for (ClusterAutoscaler).
        foreach (var action in AddonPermissions.Describe(c).Where(a => (ccm && AddonPermissions.CcmDescribe.Contains(a)) || (ebs && AddonPermissions.EbsDescribe.Contains(a))))
        {
            yield return Call(cp, action, "*", $"{Who(action, ccm)} reads what AWS cannot scope ({action})");
        }

        // With roles of their own, each add-on makes its reads with its role.
        if (c.AddonRoles)
        {
            foreach (var action in ccm ? AddonPermissions.CcmDescribe : [])
            {
                yield return Call(ccmCaller, action, "*", $"the cloud controller manager reads what AWS cannot scope ({action})");
            }

            foreach (var action in ebs ? AddonPermissions.EbsDescribe : [])
            {
                yield return Call(ebsCaller, action, "*", $"the EBS CSI controller reads what AWS cannot scope ({action})");
            }
        }

        // The reads the control plane's boot already has, which the add-ons call too.
        if (ccm)
        {
            yield return Call(ccmCaller, "ec2:DescribeInstances", "*", "the cloud controller manager finds each Node's instance (addresses, zone, providerID, terminated instances)");
            yield return Call(ccmCaller, "elasticloadbalancing:DescribeLoadBalancers", "*", "the cloud controller manager finds a Service's load balancer");
            foreach (var action in AddonPermissions.CcmTagged)
            {
                yield return Call(ccmCaller, action, Resource(action, p, c.Region), $"the cloud controller manager changes a Service's load balancer, security group or instance of this cluster ({action})", tag);
            }

            foreach (var action in AddonPermissions.CcmCreate)
            {
                yield return Call(ccmCaller, action, Resource(action, p, c.Region), $"the cloud controller manager creates a Service's {(action.StartsWith("ec2", StringComparison.Ordinal) ? "security group" : "load balancer")}, tagged as the cluster's ({action})", requestTag);
            }

            yield return Call(ccmCaller, "ec2:CreateTags", $"arn:{p}:ec2:{c.Region}:ACCOUNT:security-group/SG", "the cloud controller manager tags the security group it creates", requestTag.Add("ec2:CreateAction", "CreateSecurityGroup"));
            yield return Call(ccmCaller, "ec2:CreateSecurityGroup", $"arn:{p}:ec2:{c.Region}:ACCOUNT:vpc/VPC", "the cloud controller manager creates a Service's security group in the cluster's VPC");
            yield return CreateElbServiceLinkedRole(ccmCaller, p, "the cloud controller manager");
        }

        if (ebs)
        {
            yield return Call(ebsCaller, "ec2:DescribeInstances", "*", "the EBS CSI controller finds the instance a volume attaches to");
            yield return Call(ebsCaller, "ec2:DescribeVolumes", "*", "the EBS CSI controller waits for a volume's state");
            foreach (var action in AddonPermissions.EbsTagged)
            {
                yield return Call(ebsCaller, action, $"arn:{p}:ec2:{c.Region}:ACCOUNT:volume/VOLUME", $"the EBS CSI controller {action[4..].ToLowerInvariant().Replace("volume", " a volume", StringComparison.Ordinal)} it made for the cluster", tag);
            }

            yield return Call(ebsCaller, "ec2:AttachVolume", $"arn:{p}:ec2:{c.Region}:ACCOUNT:instance/INSTANCE", "the EBS CSI controller attaches a volume to one of the cluster's workers", tag);
            yield return Call(ebsCaller, "ec2:CreateVolume", $"arn:{p}:ec2:{c.Region}:ACCOUNT:volume/VOLUME", "the EBS CSI controller creates a PersistentVolume's volume, tagged as the cluster's", requestTag);
            yield return Call(ebsCaller, "ec2:CreateTags", $"arn:{p}:ec2:{c.Region}:ACCOUNT:volume/VOLUME", "the EBS CSI controller tags the volume it creates", requestTag.Add("ec2:CreateAction", "CreateVolume"));
            if (c.ConfigStoreKmsKey is { } key)
            {
                var via = Tag(Names.KmsViaServiceKey, Names.AwsEndpoint("ec2", c.Region));
                foreach (var action in AddonPermissions.EbsKms)
                {
                    yield return Call(ebsCaller, action, key, $"EC2 uses the cluster's KMS key for an encrypted volume the EBS CSI driver makes or attaches ({action})", via);
                }

                yield return Call(ebsCaller, "kms:CreateGrant", key, "EC2 takes a grant on the cluster's KMS key for an encrypted volume's attachment", via.Add("kms:GrantIsForAWSResource", "true"));
            }
        }
    }

    /// <summary>
    /// The cluster autoscaler's needs: the Auto Scaling and EC2 APIs, its reads, and scaling each group it may scale
    /// (the call carries the tags the plan gives the group, as AWS evaluates the statement's conditions against them).
    /// </summary>
    private static IEnumerable<Need> ClusterAutoscaler(ClusterPlan plan, Actor cp, Actor caller)
    {
        var c = plan.Cluster;
        if (!AddonBuilder.Enabled(c, AddonKind.ClusterAutoscaler))
        {
            yield break;
        }

        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("autoscaling", c.Region)), "the cluster autoscaler finds the groups it may scale by their tags and changes their desired size");
        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("ec2", c.Region)), "the cluster autoscaler reads a group's launch template and the instance types' sizes (EC2 API)");
        foreach (var action in AddonPermissions.AutoscalerDescribe(c))
        {
            var what = action switch
            {
                "autoscaling:DescribeAutoScalingGroups" => "finds the groups carrying its discovery tags, their sizes and instances",
                "autoscaling:DescribeScalingActivities" => "notices a group that failed to launch an instance (a spot pool without capacity) and tries another",
                "ec2:DescribeLaunchTemplateVersions" => "reads a group's instance type from its launch template, to scale a group up from zero",
                _ => "reads the CPU, memory and GPUs of the groups' instance types",
            };
            yield return Call(caller, action, "*", $"the cluster autoscaler {what} ({action})");
        }

        var names = new Names(c);
        foreach (var g in AddonBuilder.AutoscaledGroups(c))
        {
            var name = names.InstanceGroup(g);
            var tags = (plan.OfType<AutoscalingGroup>().FirstOrDefault(a => a.GroupName == name)?.Tags.Items ?? ImmutableSortedDictionary<string, string>.Empty)
                .ToImmutableSortedDictionary(t => "aws:ResourceTag/" + t.Key, t => t.Value, StringComparer.Ordinal);
            var arn = AddonPermissions.AutoscalingGroupArn(c.Partition, c.Region, "ACCOUNT", "UUID", name);
            yield return Call(caller, "autoscaling:SetDesiredCapacity", arn, $"the cluster autoscaler grows or shrinks group {g.Name} ({g.MinSize} to {g.MaxSize})", tags);
            yield return Call(caller, "autoscaling:TerminateInstanceInAutoScalingGroup", arn, $"the cluster autoscaler removes the drained node it chose from group {g.Name}", tags);
        }
    }

    /// <summary>What the node termination handler needs: image pulls, and its calls to SQS, Auto Scaling and EC2.</summary>
    private static IEnumerable<Need> NodeTerminationHandler(Cluster c, RoleActor cp, Actor caller)
    {
        var p = c.Partition;
        yield return Connect(cp, new InternetDestination(EbsRegistry), "pull the node termination handler's image");
        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("sqs", c.Region)), "the node termination handler receives and deletes its queue's messages");
        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("autoscaling", c.Region)), "the node termination handler completes a group's terminate lifecycle action");
        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("ec2", c.Region)), "the node termination handler reads an instance's tags");
        var queue = $"arn:{p}:sqs:{c.Region}:ACCOUNT:{new Names(c).NodeTerminationQueue}";
        yield return Call(caller, "sqs:ReceiveMessage", queue, "the node termination handler polls its queue for interruption, rebalance, state-change, maintenance and lifecycle events");
        yield return Call(caller, "sqs:DeleteMessage", queue, "the node termination handler deletes a message once its node is drained");
        yield return Call(caller, "ec2:DescribeInstances", "*", "the node termination handler checks an instance's managed tag before it acts on its node");
        yield return Call(caller, "autoscaling:DescribeAutoScalingInstances", "*", "the node termination handler finds the group of an instance it drains");
        yield return Call(caller, "autoscaling:DescribeTags", "*", "the node termination handler reads the tags of that group");
        foreach (var g in Builders.NodeTerminationHandlerBuilder.HookedGroups(c))
        {
            yield return Call(
                caller,
                "autoscaling:CompleteLifecycleAction",
                $"arn:{p}:autoscaling:{c.Region}:ACCOUNT:autoScalingGroup:ID:autoScalingGroupName/{new Names(c).InstanceGroup(g)}",
                $"the node termination handler lets group {g.Name} terminate an instance once its node is drained",
                Tag("aws:ResourceTag/" + Names.ClusterTag, c.Name));
        }
    }

    /// <summary>cert-manager's registry.</summary>
    public const string CertManagerRegistry = "quay.io";

    /// <summary>Route 53's API endpoint (one per partition, not per region).</summary>
    public static string Route53Endpoint(string partition) => partition switch
    {
        "aws-cn" => "route53.amazonaws.com.cn",
        "aws-us-gov" => "route53.us-gov.amazonaws.com",
        _ => "route53.amazonaws.com",
    };

    /// <summary>
    /// What cert-manager needs: its images; with hosted zones, Route 53 for DNS-01 (an <c>_acme-challenge</c> TXT record
    /// in each zone, the change's status, finding a domain's zone). The ACME servers it talks to are the operator's
    /// Issuers' (not known to the plan).
    /// </summary>
    private static IEnumerable<Need> CertManager(Cluster c, RoleActor cp, Actor caller)
    {
        if (!AddonBuilder.Enabled(c, AddonKind.CertManager))
        {
            yield break;
        }

        var p = c.Partition;
        yield return Connect(cp, new InternetDestination(CertManagerRegistry), "pull cert-manager's images (controller, CA injector, webhook, ACME solver)");
        if (c.Addons.CertManager.HostedZoneIds.IsEmpty)
        {
            yield break;
        }

        yield return Connect(cp, new InternetDestination(Route53Endpoint(p)), "cert-manager answers DNS-01 challenges in the spec's Route 53 zones");
        foreach (var zone in c.Addons.CertManager.HostedZoneIds)
        {
            var arn = AddonPermissions.HostedZoneArn(p, zone);
            var record = Tag(AddonPermissions.Route53ChangedNamesKey, "_acme-challenge.example.com").Add(AddonPermissions.Route53ChangedTypesKey, "TXT");
            yield return Call(caller, "route53:ChangeResourceRecordSets", arn, $"cert-manager writes and removes a DNS-01 challenge's _acme-challenge TXT record in zone {zone}", record);
            yield return Call(caller, "route53:ListResourceRecordSets", arn, $"cert-manager reads the challenge records of zone {zone}");
        }

        yield return Call(caller, "route53:GetChange", $"arn:{p}:route53:::change/CHANGE", "cert-manager waits for its record change to reach Route 53's servers");
        yield return Call(caller, "route53:ListHostedZonesByName", "*", "cert-manager finds the zone of a certificate's domain");
    }

    /// <summary>
    /// What the AWS Load Balancer Controller needs: its image; EC2 and Elastic Load Balancing for the load balancers,
    /// target groups and security groups it makes (tagged with the cluster's name), ACM, IAM and Cognito for an
    /// Ingress's certificates and authentication, WAF and Shield when the spec turns them on.
    /// </summary>
    private static IEnumerable<Need> LoadBalancerController(Cluster c, RoleActor cp, Actor caller)
    {
        if (!AddonBuilder.Enabled(c, AddonKind.LoadBalancerController))
        {
            yield break;
        }

        var o = c.Addons.LoadBalancerController;
        var p = c.Partition;
        var r = c.Region;
        const string Who = "the load balancer controller";
        yield return Connect(cp, new InternetDestination(EbsRegistry), "pull the load balancer controller's image");
        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("ec2", r)), $"{Who} reads subnets and makes its load balancers' security groups (EC2 API)");
        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("elasticloadbalancing", r)), $"{Who} makes the load balancers of Ingresses and Services");
        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("acm", r)), $"{Who} finds an Ingress's certificate in ACM");
        yield return Connect(cp, new InternetDestination("iam.amazonaws.com"), $"{Who} reads an Ingress's IAM server certificate");
        yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("cognito-idp", r)), $"{Who} reads an Ingress's Cognito user pool client");
        if (o.EnableWaf)
        {
            yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("waf-regional", r)), $"{Who} associates WAF Classic web ACLs with ALBs");
        }

        if (o.EnableWafV2)
        {
            yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("wafv2", r)), $"{Who} associates WAFv2 web ACLs with ALBs");
        }

        if (o.EnableShield)
        {
            yield return Connect(cp, new InternetDestination(Names.AwsEndpoint("shield", "us-east-1")), $"{Who} protects ALBs with Shield Advanced (Shield's API is in us-east-1)");
        }

        foreach (var action in AddonPermissions.LbcDescribe)
        {
            yield return Call(caller, action, "*", $"{Who} reads what AWS cannot scope ({action})");
        }

        var owned = Tag($"aws:ResourceTag/{AddonPermissions.LbcClusterTag}", c.Name);
        var creating = Tag($"aws:RequestTag/{AddonPermissions.LbcClusterTag}", c.Name);
        var sg = $"arn:{p}:ec2:{r}:ACCOUNT:security-group/SG";
        var lb = $"arn:{p}:elasticloadbalancing:{r}:ACCOUNT:loadbalancer/app/NAME/ID";
        var tg = $"arn:{p}:elasticloadbalancing:{r}:ACCOUNT:targetgroup/NAME/ID";
        var listener = $"arn:{p}:elasticloadbalancing:{r}:ACCOUNT:listener/app/NAME/ID/ID";
        yield return Call(caller, "ec2:CreateSecurityGroup", sg, $"{Who} creates a load balancer's security group, tagged as the cluster's", creating);
        yield return Call(caller, "ec2:CreateSecurityGroup", $"arn:{p}:ec2:{r}:ACCOUNT:vpc/VPC", $"{Who} creates a load balancer's security group in the cluster's VPC");
        yield return Call(caller, "ec2:CreateTags", sg, $"{Who} tags the security group it creates", creating.Add("ec2:CreateAction", "CreateSecurityGroup"));
        yield return CreateElbServiceLinkedRole(caller, p, Who);
        foreach (var action in new[] { "ec2:CreateTags", "ec2:DeleteTags" })
        {
            yield return Call(caller, action, sg, $"{Who} keeps the tags of its security groups ({action})", owned);
        }

        foreach (var action in new[] { "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup" })
        {
            yield return Call(caller, action, sg, $"{Who} changes or deletes a security group it made ({action})", owned);
        }

        foreach (var action in new[] { "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress" })
        {
            yield return Call(caller, action, sg, $"{Who} lets its load balancers reach the nodes (the cluster's node security group, {action})", Tag("aws:ResourceTag/" + Names.ClusterTag, c.Name));
        }

        foreach (var (action, arn) in new[] { ("elasticloadbalancing:CreateLoadBalancer", lb), ("elasticloadbalancing:CreateTargetGroup", tg) })
        {
            yield return Call(caller, action, arn, $"{Who} creates an Ingress's or Service's {(arn == lb ? "load balancer" : "target group")}, tagged as the cluster's", creating);
            yield return Call(caller, "elasticloadbalancing:AddTags", arn, $"{Who} tags what it creates ({action})", creating.Add("elasticloadbalancing:CreateAction", action.Split(':')[1]));
        }

        foreach (var action in new[] { "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags" })
        {
            yield return Call(caller, action, lb, $"{Who} keeps its load balancers' tags ({action})", owned);
            yield return Call(caller, action, listener, $"{Who} keeps its listeners' tags ({action})");
        }

        foreach (var action in AddonPermissions.LbcTaggedElb)
        {
            yield return Call(caller, action, action.Contains("TargetGroup", StringComparison.Ordinal) ? tg : lb, $"{Who} changes or deletes a load balancer or target group it made ({action})", owned);
        }

        foreach (var action in AddonPermissions.LbcListeners)
        {
            yield return Call(caller, action, action == "elasticloadbalancing:CreateListener" ? lb : listener, $"{Who} keeps an Ingress's listeners and rules ({action})");
        }

        foreach (var action in new[] { "elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets" })
        {
            yield return Call(caller, action, tg, $"{Who} registers and deregisters a target group's pods or nodes ({action})");
        }

        var reads = AddonPermissions.LbcProtectionReads(o).ToHashSet(StringComparer.Ordinal);
        foreach (var action in AddonPermissions.LbcProtection(o))
        {
            var resource = reads.Contains(action) ? "*" : action.Split(':')[0] switch
            {
                "wafv2" => $"arn:{p}:wafv2:{r}:ACCOUNT:regional/webacl/NAME/ID",
                "waf-regional" => $"arn:{p}:waf-regional:{r}:ACCOUNT:webacl/ID",
                "shield" => $"arn:{p}:shield::ACCOUNT:protection/ID",
                _ => lb,
            };
            yield return Call(caller, action, resource, $"{Who} protects its ALBs with WAF or Shield as the spec turns on ({action})");
        }
    }

    /// <summary>
    /// What external-dns needs: Route 53's API, finding the cluster's zone among the account's, reading its records and
    /// changing a Service's record there (a record under the zone's name, as its domain filter and the IAM condition have it).
    /// </summary>
    private static IEnumerable<Need> ExternalDns(Cluster c, RoleActor cp, Actor caller)
    {
        if (!AddonBuilder.Enabled(c, AddonKind.ExternalDns))
        {
            yield break;
        }

        var zone = AddonBuilder.ExternalDnsZone(c);
        var arn = AddonPermissions.HostedZoneArn(c.Partition, c.Dns.ZoneIsId ? zone : "ZONEID");
        yield return Connect(cp, new InternetDestination(Route53Endpoint(c.Partition)), "external-dns reads and changes the cluster's hosted zone's records (Route 53 API)");
        yield return Call(caller, "route53:ListHostedZones", "*", "external-dns finds the cluster's hosted zone among the account's");
        yield return Call(caller, "route53:ListResourceRecordSets", arn, "external-dns reads the records of the cluster's hosted zone and their TXT ownership records");
        var name = c.Dns.ZoneIsId ? null : Tag(AddonPermissions.Route53ChangedNamesKey, "app." + zone);
        yield return Call(caller, "route53:ChangeResourceRecordSets", arn, "external-dns creates, updates and deletes a Service's or Ingress's record (and its TXT ownership record) in the cluster's hosted zone", name);
    }

    /// <summary>A component creating the ELB service-linked role, the first time the account gets a load balancer (the CCM's and the load balancer controller's call).</summary>
    private static Need CreateElbServiceLinkedRole(Actor caller, string partition, string who) =>
        Call(caller, "iam:CreateServiceLinkedRole", AddonPermissions.ElbServiceLinkedRole(partition).Replace("::*:", "::ACCOUNT:", StringComparison.Ordinal), $"{who} creates the ELB service-linked role the first time the account gets a load balancer", Tag("iam:AWSServiceName", "elasticloadbalancing.amazonaws.com"));

    /// <summary>Who makes an add-on's AWS calls: its service account's pods with a role of their own (IAM roles for service accounts), else the control-plane role.</summary>
    private static Actor Caller(Cluster c, AddonKind kind, Actor cp) =>
        c.AddonRoles && AddonIdentities.For(kind) is { } i ? new WorkloadActor($"{i.Namespace}/{i.ServiceAccount}") : cp;

    private static string Who(string action, bool ccm) => ccm && AddonPermissions.CcmDescribe.Contains(action) ? "the cloud controller manager" : "the EBS CSI controller";

    private static string Resource(string action, string p, string region) => action switch
    {
        "ec2:ModifyInstanceAttribute" => $"arn:{p}:ec2:{region}:ACCOUNT:instance/INSTANCE",
        _ when action.StartsWith("ec2:", StringComparison.Ordinal) => $"arn:{p}:ec2:{region}:ACCOUNT:security-group/SG",
        _ when action.Contains("TargetGroup", StringComparison.Ordinal) || action.Contains("Targets", StringComparison.Ordinal) => $"arn:{p}:elasticloadbalancing:{region}:ACCOUNT:targetgroup/NAME/ID",
        _ when action.Contains("Listener", StringComparison.Ordinal) && !action.Contains("LoadBalancerListeners", StringComparison.Ordinal) => $"arn:{p}:elasticloadbalancing:{region}:ACCOUNT:listener/net/NAME/ID/ID",
        _ => $"arn:{p}:elasticloadbalancing:{region}:ACCOUNT:loadbalancer/NAME",
    };

    private static ImmutableSortedDictionary<string, string> Tag(string key, string value) =>
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add(key, value);

    private static ConnectNeed Connect(Actor actor, Destination destination, string purpose) => new()
    {
        Actor = actor,
        Phase = NeedPhase.Steady,
        Destination = destination,
        Protocol = "tcp",
        FromPort = 443,
        ToPort = 443,
        Purpose = purpose,
    };

    private static CallNeed Call(Actor actor, string action, string resource, string purpose, ImmutableSortedDictionary<string, string>? context = null) => new()
    {
        Actor = actor,
        Phase = NeedPhase.Steady,
        Action = action,
        Resource = resource,
        Purpose = purpose,
        Context = context ?? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal),
    };
}
