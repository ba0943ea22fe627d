using System.Collections.Immutable;

namespace Kgen.Generator.Plan;

#pragma warning disable SA1402 // One file holds the plan's vocabulary on purpose: it reads like a catalogue.

/// <summary>
/// A resource in the plan. <see cref="Name"/> is the stable logical name (usually the AWS name,
/// e.g. <c>masters.acme.k8s.local</c>); renderers derive their identifiers from it.
/// Every value a target writes for a resource is a property of its record, set by the builder that
/// makes it: renderers translate properties into syntax and decide nothing (what each target needs to
/// know about a kind, such as its Terraform and CloudFormation types, is in <c>Targets/ResourceKinds.cs</c>).
/// Records use reference identity so that two resources with equal properties stay distinct.
/// </summary>
internal abstract record Resource
{
    /// <summary>Stable logical name, unique among resources of the same kind.</summary>
    public required string Name { get; init; }

    /// <inheritdoc />
    public virtual bool Equals(Resource? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>A reference to one of this resource's attributes.</summary>
    public Reference Ref(string attribute = "id") => new(this, attribute);
}

/// <summary>A read-only lookup of something that exists outside the plan (a Terraform data source).</summary>
internal abstract record DataSource : Resource;

// ---------------------------------------------------------------- network

/// <summary>The cluster's VPC.</summary>
internal sealed record Vpc : Resource
{
    /// <summary>IPv4 CIDR.</summary>
    public required string CidrBlock { get; init; }

    /// <summary>Whether instances get public DNS host names.</summary>
    public required bool EnableDnsHostnames { get; init; }

    /// <summary>Whether the Amazon-provided DNS server resolves in the VPC.</summary>
    public required bool EnableDnsSupport { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>The VPC's default security group, taken over with no rules: nothing kgen runs uses it, and it then allows nothing.</summary>
internal sealed record DefaultSecurityGroup : Resource
{
    /// <summary>The VPC.</summary>
    public required Value VpcId { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>A CloudWatch Logs group.</summary>
internal sealed record LogGroup : Resource
{
    /// <summary>The group's name.</summary>
    public required string LogGroupName { get; init; }

    /// <summary>Days its events are kept.</summary>
    public required int RetentionInDays { get; init; }

    /// <summary>The customer KMS key (ARN) it is encrypted with, or none (CloudWatch Logs' own encryption).</summary>
    public required string? KmsKeyId { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>Flow logs of a VPC, delivered to a CloudWatch Logs group by the flow-log service with a role.</summary>
internal sealed record FlowLog : Resource
{
    /// <summary>The VPC.</summary>
    public required Value VpcId { get; init; }

    /// <summary>ACCEPT, REJECT or ALL.</summary>
    public required string TrafficType { get; init; }

    /// <summary>The log group it delivers to (a reference to a <see cref="LogGroup"/>).</summary>
    public required Reference LogGroup { get; init; }

    /// <summary>The ARN of the role the service delivers with.</summary>
    public required Value DeliverLogsRoleArn { get; init; }

    /// <summary>Seconds over which a flow record is aggregated (60 or 600).</summary>
    public required int MaxAggregationInterval { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>DHCP options for the VPC.</summary>
internal sealed record VpcDhcpOptions : Resource
{
    /// <summary>Domain name (<c>ec2.internal</c> in us-east-1, <c>&lt;region&gt;.compute.internal</c> elsewhere).</summary>
    public required string DomainName { get; init; }

    /// <summary>Name servers (<c>AmazonProvidedDNS</c>: the VPC's resolver).</summary>
    public required ImmutableArray<string> DomainNameServers { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>Associates DHCP options with the VPC.</summary>
internal sealed record VpcDhcpOptionsAssociation : Resource
{
    /// <summary>The VPC.</summary>
    public required Value VpcId { get; init; }

    /// <summary>The options.</summary>
    public required Value DhcpOptionsId { get; init; }
}

/// <summary>The internet gateway.</summary>
internal sealed record InternetGateway : Resource
{
    /// <summary>The VPC.</summary>
    public required Value VpcId { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>A subnet kgen creates.</summary>
internal sealed record Subnet : Resource
{
    /// <summary>The VPC.</summary>
    public required Value VpcId { get; init; }

    /// <summary>IPv4 CIDR.</summary>
    public required string CidrBlock { get; init; }

    /// <summary>Zone.</summary>
    public required string AvailabilityZone { get; init; }

    /// <summary>What an instance's private DNS host name is made of: <c>resource-name</c> (its id) or <c>ip-name</c>.</summary>
    public required string HostnameType { get; init; }

    /// <summary>Whether the instance's resource-name host name resolves (a DNS A record made on launch).</summary>
    public required bool EnableResourceNameDnsRecord { get; init; }

    /// <summary>Whether instances launched here get a public IP (EKS managed node groups in public subnets need it: their launch templates set no interface).</summary>
    public bool MapPublicIpOnLaunch { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>A route table.</summary>
internal sealed record RouteTable : Resource
{
    /// <summary>The VPC.</summary>
    public required Value VpcId { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>A route: to an internet gateway or a NAT gateway.</summary>
internal sealed record Route : Resource
{
    /// <summary>The route table.</summary>
    public required Value RouteTableId { get; init; }

    /// <summary>Destination.</summary>
    public required string DestinationCidrBlock { get; init; }

    /// <summary>Internet gateway target.</summary>
    public Value? GatewayId { get; init; }

    /// <summary>NAT gateway target.</summary>
    public Value? NatGatewayId { get; init; }
}

/// <summary>Associates a subnet with a route table.</summary>
internal sealed record RouteTableAssociation : Resource
{
    /// <summary>The route table.</summary>
    public required Value RouteTableId { get; init; }

    /// <summary>The subnet.</summary>
    public required Value SubnetId { get; init; }
}

/// <summary>An elastic IP for a NAT gateway.</summary>
internal sealed record ElasticIp : Resource
{
    /// <summary>The address's domain: <c>vpc</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>A NAT gateway.</summary>
internal sealed record NatGateway : Resource
{
    /// <summary>The elastic IP's allocation.</summary>
    public required Value AllocationId { get; init; }

    /// <summary>The public subnet it lives in.</summary>
    public required Value SubnetId { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>A tag on a resource that exists outside the plan (a shared VPC or subnet).</summary>
internal sealed record ResourceTag : Resource
{
    /// <summary>The tagged resource's id.</summary>
    public required Value ResourceId { get; init; }

    /// <summary>Tag key.</summary>
    public required string Key { get; init; }

    /// <summary>Tag value.</summary>
    public required string TagValue { get; init; }
}

/// <summary>Looks up an existing VPC (for its CIDR).</summary>
internal sealed record VpcLookup : DataSource
{
    /// <summary>The VPC id.</summary>
    public required string VpcId { get; init; }

    /// <summary>The CIDR the spec says the VPC has (<c>spec.networkCIDR</c>), if it says: a default where the CIDR cannot be looked up.</summary>
    public string? ExpectedCidrBlock { get; init; }
}

/// <summary>Looks up the internet gateway attached to an existing VPC.</summary>
internal sealed record InternetGatewayLookup : DataSource
{
    /// <summary>The VPC id.</summary>
    public required string VpcId { get; init; }
}

// ---------------------------------------------------------------- firewall

/// <summary>
/// An existing security group the spec names instead of one kgen would make (kops' <c>securityGroupOverride</c>), looked up
/// by id: kgen adds its rules to it as to its own groups; rules the operator keeps there are not in the plan.
/// </summary>
internal sealed record SecurityGroupLookup : DataSource
{
    /// <summary>The group's id (<c>sg-…</c>).</summary>
    public required string GroupId { get; init; }
}

/// <summary>A security group.</summary>
internal sealed record SecurityGroup : Resource
{
    /// <summary>Group name.</summary>
    public required string GroupName { get; init; }

    /// <summary>The VPC.</summary>
    public required Value VpcId { get; init; }

    /// <summary>Description.</summary>
    public required string Description { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>Ingress or egress.</summary>
internal enum RuleDirection
{
    /// <summary>Into the group.</summary>
    Ingress,

    /// <summary>Out of the group.</summary>
    Egress,
}

/// <summary>One security-group rule (always a separate resource, never inline).</summary>
internal sealed record SecurityGroupRule : Resource
{
    /// <summary>The group the rule belongs to.</summary>
    public required Value SecurityGroupId { get; init; }

    /// <summary>Ingress or egress.</summary>
    public required RuleDirection Direction { get; init; }

    /// <summary>tcp, udp, icmp, 4 (IP-in-IP) or -1 (all).</summary>
    public required string Protocol { get; init; }

    /// <summary>First port (ICMP: type).</summary>
    public required int FromPort { get; init; }

    /// <summary>Last port (ICMP: code).</summary>
    public required int ToPort { get; init; }

    /// <summary>The peer group, when the peer is a group.</summary>
    public Value? SourceSecurityGroupId { get; init; }

    /// <summary>IPv4 peers.</summary>
    public ImmutableArray<string> CidrBlocks { get; init; } = [];

    /// <summary>IPv6 peers.</summary>
    public ImmutableArray<string> Ipv6CidrBlocks { get; init; } = [];

    /// <summary>Human-readable purpose, shown in the AWS console.</summary>
    public required string Description { get; init; }
}

// ---------------------------------------------------------------- iam

/// <summary>An IAM role.</summary>
internal sealed record IamRole : Resource
{
    /// <summary>Role name (at most 64 characters).</summary>
    public required string RoleName { get; init; }

    /// <summary>Trust policy.</summary>
    public required PolicyDocument AssumeRolePolicy { get; init; }

    /// <summary>A permissions boundary (a managed policy's ARN), or none.</summary>
    public string? PermissionsBoundary { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>An inline policy of a role.</summary>
internal sealed record IamRolePolicy : Resource
{
    /// <summary>Policy name.</summary>
    public required string PolicyName { get; init; }

    /// <summary>The role.</summary>
    public required Value Role { get; init; }

    /// <summary>Permissions.</summary>
    public required PolicyDocument Policy { get; init; }
}

/// <summary>An instance profile for a role.</summary>
internal sealed record IamInstanceProfile : Resource
{
    /// <summary>Profile name.</summary>
    public required string ProfileName { get; init; }

    /// <summary>The role.</summary>
    public required Value Role { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

// ---------------------------------------------------------------- ssh

/// <summary>An imported SSH key pair.</summary>
internal sealed record KeyPair : Resource
{
    /// <summary>Key pair name.</summary>
    public required string KeyName { get; init; }

    /// <summary>The OpenSSH public key.</summary>
    public required TextDocument PublicKey { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

// ---------------------------------------------------------------- images

/// <summary>Looks up an AMI id from a public SSM parameter (Canonical publishes Ubuntu's).</summary>
internal sealed record SsmParameterLookup : DataSource
{
    /// <summary>Parameter path.</summary>
    public required string ParameterName { get; init; }
}

/// <summary>Looks up an AMI by id or name pattern (for its id and root device name).</summary>
internal sealed record AmiLookup : DataSource
{
    /// <summary>Owners (account ids or aliases).</summary>
    public required ImmutableArray<string> Owners { get; init; }

    /// <summary>Filter name: image-id or name.</summary>
    public required string FilterName { get; init; }

    /// <summary>Filter value.</summary>
    public required Value FilterValue { get; init; }

    /// <summary>Take the newest match.</summary>
    public required bool MostRecent { get; init; }

    /// <summary>The instance group whose image this is (names what a target without lookups asks for instead).</summary>
    public required string InstanceGroup { get; init; }
}

// ---------------------------------------------------------------- instances

/// <summary>A launch template.</summary>
internal sealed record LaunchTemplate : Resource
{
    /// <summary>Template name.</summary>
    public required string TemplateName { get; init; }

    /// <summary>The instance group it launches (for reports about the group; not rendered).</summary>
    public required string InstanceGroup { get; init; }

    /// <summary>
    /// What must exist before an instance boots from it: the config-store objects its user data fetches, when the
    /// target writes them (Terraform's <c>depends_on</c>; CloudFormation's are written by kgen before the stack).
    /// </summary>
    public ImmutableArray<Resource> DependsOn { get; init; } = [];

    /// <summary>AMI id.</summary>
    public required Value ImageId { get; init; }

    /// <summary>Instance type.</summary>
    public required string InstanceType { get; init; }

    /// <summary>Instance profile name.</summary>
    public required Value IamInstanceProfile { get; init; }

    /// <summary>Key pair name, or none.</summary>
    public Value? KeyName { get; init; }

    /// <summary>Root device name of the AMI.</summary>
    public required Value RootDeviceName { get; init; }

    /// <summary>Root volume.</summary>
    public required Model.RootVolume RootVolume { get; init; }

    /// <summary>Whether the root volume goes with the instance.</summary>
    public required bool RootVolumeDeleteOnTermination { get; init; }

    /// <summary>The primary network interface.</summary>
    public required NetworkInterface NetworkInterface { get; init; }

    /// <summary>Instance metadata service options.</summary>
    public required MetadataOptions MetadataOptions { get; init; }

    /// <summary>Detailed monitoring.</summary>
    public required bool Monitoring { get; init; }

    /// <summary>Spot options, or null for on-demand instances.</summary>
    public SpotMarketOptions? Spot { get; init; }

    /// <summary>
    /// User data. Its size counts against EC2's 16 KiB limit as shipped: Terraform gzips it at apply time
    /// (cloud-init unpacks it); CloudFormation inlines it, gzipped only when the script is over the limit.
    /// </summary>
    public required TextDocument UserData { get; init; }

    /// <summary>How the user-data sets up the machine's resolver (not rendered as such: the user-data carries it out; the verifier reads it).</summary>
    public NodeResolver? Resolver { get; init; }

    /// <summary>Tags for the template and, via tag specifications, for what it launches.</summary>
    public required Tags Tags { get; init; }

    /// <summary>The kinds of resource launched from the template that carry its tags (instance, volume).</summary>
    public required ImmutableArray<string> TaggedResourceTypes { get; init; }

    /// <summary>Whether a replacement template is made before the old one goes (the group still names the old one until it is updated).</summary>
    public required bool CreateBeforeDestroy { get; init; }
}

/// <summary>
/// The resolver a node's user-data configures before its first lookup: systemd-resolved sends names under
/// <see cref="RoutingDomains"/> to <see cref="Server"/> (the VPC resolver), whatever the image's defaults
/// do with them (names under <c>.local</c> otherwise go to multicast DNS only).
/// </summary>
/// <param name="Server">The DNS server for the routing domains.</param>
/// <param name="RoutingDomains">Route-only domains (systemd-resolved's <c>~domain</c>).</param>
internal sealed record NodeResolver(string Server, ImmutableArray<string> RoutingDomains);

/// <summary>The primary network interface of a launch template.</summary>
internal sealed record NetworkInterface
{
    /// <summary>Device index (0: the primary interface).</summary>
    public required int DeviceIndex { get; init; }

    /// <summary>Public IP on the interface.</summary>
    public required bool AssociatePublicIpAddress { get; init; }

    /// <summary>Whether the interface goes with the instance.</summary>
    public required bool DeleteOnTermination { get; init; }

    /// <summary>Security groups of the interface.</summary>
    public required ImmutableArray<Value> SecurityGroups { get; init; }
}

/// <summary>Instance metadata service (IMDS) options of a launch template.</summary>
internal sealed record MetadataOptions
{
    /// <summary>enabled or disabled.</summary>
    public required string HttpEndpoint { get; init; }

    /// <summary>IMDS over IPv6: enabled or disabled.</summary>
    public required string HttpProtocolIpv6 { get; init; }

    /// <summary>required (IMDSv2 only) or optional.</summary>
    public required string HttpTokens { get; init; }

    /// <summary>Hop limit of the token's PUT response.</summary>
    public required int HttpPutResponseHopLimit { get; init; }

    /// <summary>Whether instance tags are readable through IMDS: enabled or disabled.</summary>
    public required string InstanceMetadataTags { get; init; }

    /// <summary>IMDS on, over IPv4 only, without instance tags, with the group's token rule and hop limit.</summary>
    public static MetadataOptions For(Kgen.Model.InstanceMetadataOptions group) => new()
    {
        HttpEndpoint = "enabled",
        HttpProtocolIpv6 = "disabled",
        HttpTokens = group.HttpTokens,
        HttpPutResponseHopLimit = group.HopLimit,
        InstanceMetadataTags = "disabled",
    };
}

/// <summary>Spot market options of a launch template.</summary>
internal sealed record SpotMarketOptions
{
    /// <summary>Market type: spot.</summary>
    public required string MarketType { get; init; }

    /// <summary>The maximum price, or null for "capped at the on-demand price".</summary>
    public string? MaxPrice { get; init; }

    /// <summary>one-time or persistent.</summary>
    public required string SpotInstanceType { get; init; }
}

/// <summary>Spot/on-demand mix of an autoscaling group.</summary>
internal sealed record InstancesDistribution
{
    /// <summary>Instance types to override the template's.</summary>
    public required ImmutableArray<string> InstanceTypes { get; init; }

    /// <summary>On-demand base.</summary>
    public required int OnDemandBaseCapacity { get; init; }

    /// <summary>Percent on-demand above base.</summary>
    public required int OnDemandPercentageAboveBaseCapacity { get; init; }

    /// <summary>On-demand strategy.</summary>
    public required string OnDemandAllocationStrategy { get; init; }

    /// <summary>Spot strategy.</summary>
    public required string SpotAllocationStrategy { get; init; }

    /// <summary>Spot pools (lowest-price).</summary>
    public int? SpotInstancePools { get; init; }

    /// <summary>Spot maximum price ("" = on-demand price).</summary>
    public required string SpotMaxPrice { get; init; }
}

/// <summary>An autoscaling group.</summary>
internal sealed record AutoscalingGroup : Resource
{
    /// <summary>Group name.</summary>
    public required string GroupName { get; init; }

    /// <summary>The launch template's id.</summary>
    public required Value LaunchTemplateId { get; init; }

    /// <summary>The launch template's version the group launches.</summary>
    public required Value LaunchTemplateVersion { get; init; }

    /// <summary>Spot/on-demand mix, if any.</summary>
    public InstancesDistribution? MixedInstances { get; init; }

    /// <summary>Minimum size.</summary>
    public required int MinSize { get; init; }

    /// <summary>Maximum size.</summary>
    public required int MaxSize { get; init; }

    /// <summary>Subnets.</summary>
    public required ImmutableArray<Value> Subnets { get; init; }

    /// <summary>Target groups (network load balancers).</summary>
    public ImmutableArray<Value> TargetGroupArns { get; init; } = [];

    /// <summary>Classic load balancers.</summary>
    public ImmutableArray<Value> LoadBalancers { get; init; } = [];

    /// <summary>Autoscaling processes suspended on the group, sorted.</summary>
    public ImmutableArray<string> SuspendedProcesses { get; init; } = [];

    /// <summary>Protect from scale-in.</summary>
    public required bool ProtectFromScaleIn { get; init; }

    /// <summary>Max instance lifetime in seconds (0 = unset).</summary>
    public required int MaxInstanceLifetime { get; init; }

    /// <summary>Group metrics collected in CloudWatch.</summary>
    public required MetricsCollection Metrics { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }

    /// <summary>Whether the tags are propagated to the group's instances.</summary>
    public required bool PropagateTagsAtLaunch { get; init; }
}

/// <summary>The group metrics an autoscaling group collects.</summary>
internal sealed record MetricsCollection
{
    /// <summary>Granularity (1Minute is the only one AWS has).</summary>
    public required string Granularity { get; init; }

    /// <summary>The metrics, in a fixed order.</summary>
    public required ImmutableArray<string> Metrics { get; init; }
}

/// <summary>An encrypted EBS volume that keeps an etcd member's data across instance replacement.</summary>
internal sealed record EbsVolume : Resource
{
    /// <summary>Zone.</summary>
    public required string AvailabilityZone { get; init; }

    /// <summary>Size in GiB.</summary>
    public required int Size { get; init; }

    /// <summary>Type.</summary>
    public required string VolumeType { get; init; }

    /// <summary>IOPS.</summary>
    public int? Iops { get; init; }

    /// <summary>Throughput.</summary>
    public int? Throughput { get; init; }

    /// <summary>Encrypted.</summary>
    public required bool Encrypted { get; init; }

    /// <summary>KMS key.</summary>
    public string? KmsKeyId { get; init; }

    /// <summary>Tags (they tie the volume to its control-plane node).</summary>
    public required Tags Tags { get; init; }
}

// ---------------------------------------------------------------- load balancers

/// <summary>A network load balancer.</summary>
internal sealed record NetworkLoadBalancer : Resource
{
    /// <summary>AWS name (at most 32 characters).</summary>
    public required string LoadBalancerName { get; init; }

    /// <summary>The ELBv2 load balancer type: network.</summary>
    public required string LoadBalancerType { get; init; }

    /// <summary>Internal or internet-facing.</summary>
    public required bool Internal { get; init; }

    /// <summary>Subnets, one per zone.</summary>
    public required ImmutableArray<Value> Subnets { get; init; }

    /// <summary>Security groups.</summary>
    public required ImmutableArray<Value> SecurityGroups { get; init; }

    /// <summary>Cross-zone load balancing.</summary>
    public required bool CrossZone { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>A target group of a network load balancer.</summary>
internal sealed record TargetGroup : Resource
{
    /// <summary>AWS name (at most 32 characters).</summary>
    public required string TargetGroupName { get; init; }

    /// <summary>Target port.</summary>
    public required int Port { get; init; }

    /// <summary>Target protocol: TCP.</summary>
    public required string Protocol { get; init; }

    /// <summary>What the targets are: instance.</summary>
    public required string TargetType { get; init; }

    /// <summary>The VPC.</summary>
    public required Value VpcId { get; init; }

    /// <summary>Whether the target sees the client's address (off for the API: a node may reach itself through the LB).</summary>
    public required bool PreserveClientIp { get; init; }

    /// <summary>How targets are checked.</summary>
    public required TargetHealthCheck HealthCheck { get; init; }

    /// <summary>Seconds a deregistering target keeps its connections.</summary>
    public required int DeregistrationDelay { get; init; }

    /// <summary>Whether connections to a deregistered target are closed when the delay ends.</summary>
    public required bool ConnectionTermination { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>The health check of a target group.</summary>
internal sealed record TargetHealthCheck
{
    /// <summary>Protocol: TCP, or HTTPS for the API (its <c>/readyz</c>).</summary>
    public required string Protocol { get; init; }

    /// <summary>The path an HTTPS check asks for (<c>/readyz</c>); null for TCP.</summary>
    public string? Path { get; init; }

    /// <summary>The HTTP status codes that pass an HTTPS check; null for TCP.</summary>
    public string? Matcher { get; init; }

    /// <summary>Seconds between checks.</summary>
    public required int Interval { get; init; }

    /// <summary>Checks passed in a row before a target is healthy.</summary>
    public required int HealthyThreshold { get; init; }

    /// <summary>Checks failed in a row before a target is unhealthy.</summary>
    public required int UnhealthyThreshold { get; init; }
}

/// <summary>A listener forwarding to a target group.</summary>
internal sealed record Listener : Resource
{
    /// <summary>The load balancer.</summary>
    public required Value LoadBalancerArn { get; init; }

    /// <summary>Port.</summary>
    public required int Port { get; init; }

    /// <summary>Protocol: TCP.</summary>
    public required string Protocol { get; init; }

    /// <summary>What the default action does: forward (to <see cref="TargetGroupArn"/>).</summary>
    public required string DefaultActionType { get; init; }

    /// <summary>Target group.</summary>
    public required Value TargetGroupArn { get; init; }
}

/// <summary>The health check of a classic load balancer.</summary>
internal sealed record ClassicHealthCheck
{
    /// <summary>What is checked, e.g. <c>TCP:6443</c>.</summary>
    public required string Target { get; init; }

    /// <summary>Seconds between checks.</summary>
    public required int Interval { get; init; }

    /// <summary>Seconds a check may take.</summary>
    public required int Timeout { get; init; }

    /// <summary>Checks passed in a row before an instance is healthy.</summary>
    public required int HealthyThreshold { get; init; }

    /// <summary>Checks failed in a row before an instance is unhealthy.</summary>
    public required int UnhealthyThreshold { get; init; }
}

/// <summary>A classic load balancer (on request, for the API).</summary>
internal sealed record ClassicLoadBalancer : Resource
{
    /// <summary>AWS name (at most 32 characters).</summary>
    public required string LoadBalancerName { get; init; }

    /// <summary>Internal or internet-facing.</summary>
    public required bool Internal { get; init; }

    /// <summary>Subnets.</summary>
    public required ImmutableArray<Value> Subnets { get; init; }

    /// <summary>Security groups.</summary>
    public required ImmutableArray<Value> SecurityGroups { get; init; }

    /// <summary>Listener port.</summary>
    public required int ListenerPort { get; init; }

    /// <summary>Listener protocol: TCP.</summary>
    public required string ListenerProtocol { get; init; }

    /// <summary>Instance port.</summary>
    public required int InstancePort { get; init; }

    /// <summary>Instance protocol: TCP.</summary>
    public required string InstanceProtocol { get; init; }

    /// <summary>Cross-zone.</summary>
    public required bool CrossZone { get; init; }

    /// <summary>How instances are checked.</summary>
    public required ClassicHealthCheck HealthCheck { get; init; }

    /// <summary>Seconds a deregistering instance keeps its connections (connection draining), or null for none.</summary>
    public int? ConnectionDrainingTimeout { get; init; }

    /// <summary>Seconds an idle connection stays open.</summary>
    public required int IdleTimeout { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

// ---------------------------------------------------------------- dns

/// <summary>Looks up an existing hosted zone by name.</summary>
internal sealed record HostedZoneLookup : DataSource
{
    /// <summary>Zone name.</summary>
    public required string ZoneName { get; init; }

    /// <summary>Private zone.</summary>
    public required bool PrivateZone { get; init; }
}

/// <summary>A private hosted zone of the cluster's own, for names that must resolve inside the VPC.</summary>
internal sealed record PrivateHostedZone : Resource
{
    /// <summary>Zone name (the cluster name).</summary>
    public required string ZoneName { get; init; }

    /// <summary>Comment.</summary>
    public required string Comment { get; init; }

    /// <summary>The VPC.</summary>
    public required Value VpcId { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>An alias record pointing at a load balancer.</summary>
internal sealed record AliasRecord : Resource
{
    /// <summary>The zone.</summary>
    public required Value ZoneId { get; init; }

    /// <summary>Record name.</summary>
    public required string RecordName { get; init; }

    /// <summary>Record type: A.</summary>
    public required string RecordType { get; init; }

    /// <summary>Whether the alias answers only while the target is healthy.</summary>
    public required bool EvaluateTargetHealth { get; init; }

    /// <summary>Target DNS name.</summary>
    public required Value AliasName { get; init; }

    /// <summary>Target zone id.</summary>
    public required Value AliasZoneId { get; init; }
}

// ---------------------------------------------------------------- config store

/// <summary>Lists the keys of an S3 config store under a prefix (to check, before apply, that the cluster's secrets are there).</summary>
internal sealed record ConfigStoreObjectsLookup : DataSource
{
    /// <summary>The bucket.</summary>
    public required string Bucket { get; init; }

    /// <summary>The key prefix to list.</summary>
    public required string Prefix { get; init; }
}

/// <summary>
/// Stops an apply whose nodes could never read their config store: always, for a store they cannot reach
/// (<c>file://</c>, <c>memfs://</c>), or when <see cref="RequiredKey"/> is missing from <see cref="Lookup"/>'s keys
/// (the cluster's secrets were never created). It creates nothing in the cloud.
/// </summary>
internal sealed record ConfigStoreGuard : Resource
{
    /// <summary>The listing that must hold <see cref="RequiredKey"/>; null when the store is unreachable and the guard always refuses.</summary>
    public ConfigStoreObjectsLookup? Lookup { get; init; }

    /// <summary>The full key (with the cluster's prefix) that must exist.</summary>
    public string? RequiredKey { get; init; }

    /// <summary>What the refusal says: what is wrong and the fix.</summary>
    public required string Message { get; init; }

    /// <summary>
    /// The plan output that holds the configBase, which the condition of a guard that always refuses reads
    /// (Terraform wants a condition that refers to something: it says the store is not in S3).
    /// </summary>
    public required string ConfigBaseOutput { get; init; }

    /// <summary>The keys <see cref="Lookup"/> lists, or null.</summary>
    public Reference? ListedKeys => Lookup?.Ref("keys");
}

/// <summary>
/// An object kgen places in the cluster's config store (<c>configBase</c>): a node script (<c>nodeup/</c>), and the
/// add-ons' files (<c>addons/</c>) through the same kind. In the plan's resources only for an S3 store, where
/// Terraform writes it (<c>aws_s3_object</c>); CloudFormation, which has no S3 object resource, and stores outside S3
/// get it from kgen itself (<see cref="ClusterPlan.ConfigBaseObjects"/> lists every one).
/// </summary>
internal sealed record ConfigBaseObject : Resource
{
    /// <summary>The key below the cluster's prefix (a <see cref="ConfigStoreLayout"/> key).</summary>
    public required string Key { get; init; }

    /// <summary>The object's text.</summary>
    public required TextDocument Content { get; init; }

    /// <summary>The SHA-256 of <see cref="Content"/>'s UTF-8 bytes, lowercase hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The roles whose nodes read it (their IAM grants it; the verifier proves it).</summary>
    public required ImmutableArray<Kgen.Model.InstanceGroupRole> Readers { get; init; }

    /// <summary>The object's media type.</summary>
    public required string ContentType { get; init; }

    /// <summary>The store's bucket; empty when the store is not in S3.</summary>
    public required string Bucket { get; init; }

    /// <summary>The full key in <see cref="Bucket"/> (the cluster's prefix and <see cref="Key"/>).</summary>
    public required string ObjectKey { get; init; }

    /// <summary>The config store's KMS key (SSE-KMS, no S3 Bucket Key), or null: the bucket's default encryption, as for the store's other objects.</summary>
    public string? KmsKeyId { get; init; }
}

/// <summary>
/// An SSM parameter (String, standard tier) the target's apply writes: the add-ons' index, which the add-on runner on
/// the control-plane nodes reads (one <c>NAME DIGEST VERSION FILES</c> line per add-on). Not secret; plans show it.
/// </summary>
internal sealed record SsmParameter : Resource
{
    /// <summary>The parameter's name (a path).</summary>
    public required string ParameterName { get; init; }

    /// <summary>What it holds, for the console.</summary>
    public required string Description { get; init; }

    /// <summary>Its value.</summary>
    public required TextDocument Value { get; init; }

    /// <summary>
    /// What must be written before it: the config-store objects it names, when the target writes them (Terraform's
    /// <c>depends_on</c>; for CloudFormation kgen writes them before the stack).
    /// </summary>
    public ImmutableArray<Resource> DependsOn { get; init; } = [];

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

// ---------------------------------------------------------------- outputs

/// <summary>A value the operator scripts against (Terraform output, CloudFormation output).</summary>
/// <param name="Name">Output name.</param>
/// <param name="Values">One value, or a list when <paramref name="IsList"/>.</param>
/// <param name="IsList">Whether the output is a list.</param>
internal sealed record Output(string Name, ImmutableArray<Value> Values, bool IsList);

// ---------------------------------------------------------------- node termination handler

/// <summary>An SQS queue (the node termination handler's: EventBridge and the groups' lifecycle hooks send to it).</summary>
internal sealed record SqsQueue : Resource
{
    /// <summary>The queue's name.</summary>
    public required string QueueName { get; init; }

    /// <summary>Seconds a message is kept.</summary>
    public required int MessageRetentionSeconds { get; init; }

    /// <summary>Whether SQS encrypts messages at rest with its own keys (SSE-SQS).</summary>
    public required bool SqsManagedSse { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>
/// A queue's resource policy with one statement: <see cref="Services"/> may send to the queue only on behalf of one of
/// <see cref="SourceArns"/> (<c>aws:SourceArn</c>).
/// </summary>
internal sealed record SqsQueuePolicy : Resource
{
    /// <summary>The queue's URL.</summary>
    public required Value QueueUrl { get; init; }

    /// <summary>The queue's ARN (the statement's resource).</summary>
    public required Value QueueArn { get; init; }

    /// <summary>The statement's id.</summary>
    public required string Sid { get; init; }

    /// <summary>The service principals allowed, sorted.</summary>
    public required ImmutableArray<string> Services { get; init; }

    /// <summary>The actions allowed.</summary>
    public required ImmutableArray<string> Actions { get; init; }

    /// <summary>The ARNs the sends must come from (the rules'), in the plan's order.</summary>
    public required ImmutableArray<Value> SourceArns { get; init; }
}

/// <summary>An EventBridge rule on the default bus; its targets are <see cref="EventTarget"/>s.</summary>
internal sealed record EventRule : Resource
{
    /// <summary>The rule's name.</summary>
    public required string RuleName { get; init; }

    /// <summary>What it is for.</summary>
    public required string Description { get; init; }

    /// <summary>The event pattern, compact JSON with sorted keys.</summary>
    public required string EventPattern { get; init; }

    /// <summary>Tags.</summary>
    public required Tags Tags { get; init; }
}

/// <summary>Where an EventBridge rule sends what it matches (CloudFormation holds it inside the rule).</summary>
internal sealed record EventTarget : Resource
{
    /// <summary>The rule (a reference to its name).</summary>
    public required Reference Rule { get; init; }

    /// <summary>The target's id within the rule.</summary>
    public required string TargetId { get; init; }

    /// <summary>The ARN it sends to (a queue's).</summary>
    public required Value Arn { get; init; }
}

/// <summary>An autoscaling group's lifecycle hook (the node termination handler's on termination).</summary>
internal sealed record LifecycleHook : Resource
{
    /// <summary>The hook's name.</summary>
    public required string HookName { get; init; }

    /// <summary>The group's name (a reference to it).</summary>
    public required Value AutoscalingGroupName { get; init; }

    /// <summary><c>autoscaling:EC2_INSTANCE_TERMINATING</c> or <c>..._LAUNCHING</c>.</summary>
    public required string LifecycleTransition { get; init; }

    /// <summary>Seconds the group waits for the action to complete.</summary>
    public required int HeartbeatTimeout { get; init; }

    /// <summary>What the group does when the wait ends (CONTINUE or ABANDON).</summary>
    public required string DefaultResult { get; init; }
}
