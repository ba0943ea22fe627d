using Kgen.Generator.Plan;
using Kgen.Model;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>CloudFormation forms of the network: VPC, DHCP options, internet gateway, subnets, routes, NAT.</summary>
internal static class NetworkEmitters
{
    /// <summary>The type of the resource that attaches an internet gateway to its VPC.</summary>
    public const string AttachmentType = "AWS::EC2::VPCGatewayAttachment";

    public static void Vpc(StackBuilder s, Vpc r) => s.Add(r, Obj(
        ("CidrBlock", r.CidrBlock),
        ("EnableDnsHostnames", r.EnableDnsHostnames),
        ("EnableDnsSupport", r.EnableDnsSupport),
        ("Tags", TagList(r.Tags))));

    public static void DhcpOptions(StackBuilder s, VpcDhcpOptions r) => s.Add(r, Obj(
        ("DomainName", r.DomainName),
        ("DomainNameServers", new JArray(r.DomainNameServers)),
        ("Tags", TagList(r.Tags))));

    public static void DhcpOptionsAssociation(StackBuilder s, VpcDhcpOptionsAssociation r) =>
        s.Add(r, Obj(("DhcpOptionsId", s.V(r.DhcpOptionsId)), ("VpcId", s.V(r.VpcId))));

    /// <summary>CloudFormation attaches a gateway with a resource of its own (Terraform: the gateway's vpc_id).</summary>
    public static void InternetGateway(StackBuilder s, InternetGateway r)
    {
        var id = s.Id(r);
        s.Add(r, Obj(("Tags", TagList(r.Tags))));
        var attachment = Attachment(s, r);
        if (s.IsTaken(attachment))
        {
            throw new SpecException(Diagnostic.Error(DiagnosticCodes.CloudFormationIdCollision, new PlanLocation(s.Cluster), $"--target=cloudformation: two resources become the logical ID {attachment}"));
        }

        s.Add(attachment, AttachmentType, Obj(("InternetGatewayId", RefTo(id)), ("VpcId", s.V(r.VpcId))));
    }

    public static void Subnet(StackBuilder s, Plan.Subnet r) => s.Add(r, Obj(
        ("AvailabilityZone", r.AvailabilityZone),
        ("CidrBlock", r.CidrBlock),
        ("MapPublicIpOnLaunch", r.MapPublicIpOnLaunch ? true : null),
        ("PrivateDnsNameOptionsOnLaunch", Obj(("EnableResourceNameDnsARecord", r.EnableResourceNameDnsRecord), ("HostnameType", r.HostnameType))),
        ("Tags", TagList(r.Tags)),
        ("VpcId", s.V(r.VpcId))));

    public static void RouteTable(StackBuilder s, RouteTable r) => s.Add(r, Obj(("Tags", TagList(r.Tags)), ("VpcId", s.V(r.VpcId))));

    /// <summary>A route to the internet gateway needs the gateway attached first (syntax: CloudFormation orders only by references).</summary>
    public static void Route(StackBuilder s, Route r) => s.Add(
        r,
        Obj(
            ("DestinationCidrBlock", r.DestinationCidrBlock),
            ("GatewayId", r.GatewayId is null ? null : s.V(r.GatewayId)),
            ("NatGatewayId", r.NatGatewayId is null ? null : s.V(r.NatGatewayId)),
            ("RouteTableId", s.V(r.RouteTableId))),
        r.GatewayId is Reference { Target: InternetGateway gateway } ? Attachment(s, gateway) : null);

    public static void RouteTableAssociation(StackBuilder s, RouteTableAssociation r) =>
        s.Add(r, Obj(("RouteTableId", s.V(r.RouteTableId)), ("SubnetId", s.V(r.SubnetId))));

    /// <summary>An elastic IP in a VPC needs the VPC's gateway attached (the same ordering need as <see cref="Route"/>).</summary>
    public static void ElasticIp(StackBuilder s, ElasticIp r) =>
        s.Add(r, Obj(("Domain", r.Domain), ("Tags", TagList(r.Tags))), GatewayAttachment(s));

    public static void NatGateway(StackBuilder s, NatGateway r) =>
        s.Add(r, Obj(("AllocationId", s.V(r.AllocationId)), ("SubnetId", s.V(r.SubnetId)), ("Tags", TagList(r.Tags))));

    /// <summary>No CloudFormation form: a difference.</summary>
    public static void ResourceTag(StackBuilder s, ResourceTag r) => s.Difference(
        $"{r.ResourceId switch { Literal l => l.Content, _ => r.Name }} is not tagged {r.Key}={r.TagValue}: CloudFormation cannot tag a resource it does not manage " +
        $"(Terraform's aws_ec2_tag); tag it once yourself: aws ec2 create-tags --resources {(r.ResourceId as Literal)?.Content} --tags Key={r.Key},Value={r.TagValue}");

    /// <summary>CloudFormation cannot manage a VPC's default security group (Terraform: aws_default_security_group with no rules).</summary>
    public static void DefaultSecurityGroup(StackBuilder s, DefaultSecurityGroup r) => s.Difference(
        "the VPC's default security group keeps AWS's default rules (its members reach each other, all egress): CloudFormation cannot manage it " +
        "(Terraform's aws_default_security_group empties it); nothing kgen creates uses it; to close it, revoke its rules once with " +
        "aws ec2 revoke-security-group-ingress and revoke-security-group-egress");

    public static void LogGroup(StackBuilder s, LogGroup r) => s.Add(r, Obj(
        ("KmsKeyId", r.KmsKeyId),
        ("LogGroupName", r.LogGroupName),
        ("RetentionInDays", r.RetentionInDays),
        ("Tags", TagList(r.Tags))));

    /// <summary>CloudFormation names the log group (its Ref); Terraform gives its ARN.</summary>
    public static void FlowLog(StackBuilder s, FlowLog r) => s.Add(r, Obj(
        ("DeliverLogsPermissionArn", s.V(r.DeliverLogsRoleArn)),
        ("LogDestinationType", "cloud-watch-logs"),
        ("LogGroupName", s.V(r.LogGroup.Target.Ref("name"))),
        ("MaxAggregationInterval", r.MaxAggregationInterval),
        ("ResourceId", s.V(r.VpcId)),
        ("ResourceType", "VPC"),
        ("Tags", TagList(r.Tags)),
        ("TrafficType", r.TrafficType)));

    /// <summary>The logical ID of the plan's gateway attachment, if the plan has a gateway: what a public resource must wait for.</summary>
    public static string? GatewayAttachment(StackBuilder s) =>
        s.Plan.OfType<InternetGateway>().FirstOrDefault() is { } gateway ? Attachment(s, gateway) : null;

    private static string Attachment(StackBuilder s, InternetGateway gateway) => LogicalIds.Of("VpcGatewayAttachment", gateway.Name, s.Cluster);
}
