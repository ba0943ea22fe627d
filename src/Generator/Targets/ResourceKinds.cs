using System.Collections.Frozen;
using System.Collections.Immutable;
using Kgen.Generator.Plan;
using Kgen.Generator.Targets.CloudFormation;
using Newtonsoft.Json.Linq;

namespace Kgen.Generator.Targets;

/// <summary>
/// Everything the targets know about one kind of plan resource, in one place: its Terraform type (and whether it is
/// a data source, and which attributes Terraform names otherwise), and its CloudFormation form (logical-ID prefix,
/// resource types, how references to its attributes are written, and its emitter). Adding a kind is: a record in
/// <c>Plan/Resources.cs</c>, a builder line, a Terraform template, an emitter, and its line in <see cref="ResourceKinds"/>.
/// </summary>
internal sealed record ResourceKind
{
    /// <summary>The plan record.</summary>
    public required Type Record { get; init; }

    /// <summary>The Terraform resource or data source type, e.g. <c>aws_vpc</c>.</summary>
    public required string TerraformType { get; init; }

    /// <summary>Whether Terraform reads it (a <c>data</c> block) rather than manages it.</summary>
    public bool IsDataSource => typeof(DataSource).IsAssignableFrom(Record);

    /// <summary>The template that renders its block, under <c>templates/</c>.</summary>
    public string TerraformTemplate => $"terraform/{(IsDataSource ? "data." : string.Empty)}{TerraformType}{(TemplateVariant is null ? string.Empty : "." + TemplateVariant)}.sbn";

    /// <summary>For a second kind of one Terraform type (a managed node group's launch template), the variant its template is named after.</summary>
    public string? TemplateVariant { get; init; }

    /// <summary>Plan attributes Terraform calls otherwise (plan attribute → Terraform attribute).</summary>
    public ImmutableDictionary<string, string> TerraformAttributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>What it becomes in CloudFormation.</summary>
    public required CloudFormationForm CloudFormation { get; init; }
}

/// <summary>The CloudFormation form of a kind.</summary>
internal sealed record CloudFormationForm
{
    /// <summary>Prefix of its logical ID (plan names are unique only within a kind); null when it has no resource of its own.</summary>
    public string? LogicalIdPrefix { get; init; }

    /// <summary>The resource types it becomes: the first is its own, more make a 1:N mapping, none a difference or a parameter.</summary>
    public ImmutableArray<string> Types { get; init; } = [];

    /// <summary>Plan attributes <c>Fn::GetAtt</c> gives (plan attribute → CloudFormation attribute); these win over <see cref="RefAttributes"/>.</summary>
    public ImmutableDictionary<string, string> GetAttAttributes { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Plan attributes <c>Ref</c> gives (for resources: at least its <c>id</c>).</summary>
    public ImmutableArray<string> RefAttributes { get; init; } = [];

    /// <summary>For what CloudFormation cannot look up (data sources): the value standing in for an attribute, usually a parameter.</summary>
    public Func<StackBuilder, Resource, string, JToken?>? Lookup { get; init; }

    /// <summary>Adds its resources (or differences) to the stack.</summary>
    public required Action<StackBuilder, Resource> Emit { get; init; }
}

/// <summary>The kinds, one line each.</summary>
internal static class ResourceKinds
{
    private static readonly ImmutableArray<string> Id = ["id"];

    /// <summary>Every kind, in the order of the plan's catalogue.</summary>
    public static readonly ImmutableArray<ResourceKind> All =
    [
        // network
        Kind<Vpc>("aws_vpc", "Vpc", ["AWS::EC2::VPC"], NetworkEmitters.Vpc, getAtt: [("cidr_block", "CidrBlock")]),
        Kind<VpcDhcpOptions>("aws_vpc_dhcp_options", "DhcpOptions", ["AWS::EC2::DHCPOptions"], NetworkEmitters.DhcpOptions),
        Kind<VpcDhcpOptionsAssociation>("aws_vpc_dhcp_options_association", "DhcpOptionsAssociation", ["AWS::EC2::VPCDHCPOptionsAssociation"], NetworkEmitters.DhcpOptionsAssociation),
        Kind<InternetGateway>("aws_internet_gateway", "InternetGateway", ["AWS::EC2::InternetGateway", NetworkEmitters.AttachmentType], NetworkEmitters.InternetGateway),
        Kind<Plan.Subnet>("aws_subnet", "Subnet", ["AWS::EC2::Subnet"], NetworkEmitters.Subnet),
        Kind<RouteTable>("aws_route_table", "RouteTable", ["AWS::EC2::RouteTable"], NetworkEmitters.RouteTable),
        Kind<Route>("aws_route", "Route", ["AWS::EC2::Route"], NetworkEmitters.Route),
        Kind<RouteTableAssociation>("aws_route_table_association", "RouteTableAssociation", ["AWS::EC2::SubnetRouteTableAssociation"], NetworkEmitters.RouteTableAssociation),
        Kind<ElasticIp>("aws_eip", "Eip", ["AWS::EC2::EIP"], NetworkEmitters.ElasticIp, getAtt: [("id", "AllocationId")]),
        Kind<NatGateway>("aws_nat_gateway", "NatGateway", ["AWS::EC2::NatGateway"], NetworkEmitters.NatGateway),
        Kind<ResourceTag>("aws_ec2_tag", null, [], NetworkEmitters.ResourceTag),
        Kind<DefaultSecurityGroup>("aws_default_security_group", null, [], NetworkEmitters.DefaultSecurityGroup),
        Kind<LogGroup>("aws_cloudwatch_log_group", "LogGroup", ["AWS::Logs::LogGroup"], NetworkEmitters.LogGroup, getAtt: [("arn", "Arn")], refs: ["id", "name"]),
        Kind<FlowLog>("aws_flow_log", "FlowLog", ["AWS::EC2::FlowLog"], NetworkEmitters.FlowLog),
        Lookup<VpcLookup>("aws_vpc", Lookups.Vpc),
        Lookup<InternetGatewayLookup>("aws_internet_gateway", Lookups.InternetGateway),

        // firewall
        Kind<SecurityGroup>("aws_security_group", "SecurityGroup", ["AWS::EC2::SecurityGroup"], FirewallEmitters.SecurityGroup, getAtt: [("id", "GroupId")]),
        Lookup<SecurityGroupLookup>("aws_security_group", Lookups.SecurityGroup),
        Kind<SecurityGroupRule>("aws_security_group_rule", "Rule", [FirewallEmitters.IngressType, FirewallEmitters.EgressType], FirewallEmitters.Rule),

        // iam
        Kind<IamRole>("aws_iam_role", "Role", ["AWS::IAM::Role"], IamEmitters.Role, getAtt: [("arn", "Arn")], refs: ["id", "name"]),
        Kind<IamRolePolicy>("aws_iam_role_policy", "RolePolicy", ["AWS::IAM::RolePolicy"], IamEmitters.RolePolicy),
        Kind<IamInstanceProfile>("aws_iam_instance_profile", "InstanceProfile", ["AWS::IAM::InstanceProfile"], IamEmitters.InstanceProfile),

        // ssh, images, instances
        Kind<KeyPair>("aws_key_pair", "KeyPair", ["AWS::EC2::KeyPair"], InstanceEmitters.KeyPair),
        Lookup<SsmParameterLookup>("aws_ssm_parameter", Lookups.SsmParameter, terraformAttributes: [("value", "insecure_value")]),
        Lookup<AmiLookup>("aws_ami", Lookups.Ami, terraformAttributes: [("image_id", "id")]),
        Kind<LaunchTemplate>("aws_launch_template", "LaunchTemplate", ["AWS::EC2::LaunchTemplate"], InstanceEmitters.LaunchTemplate, getAtt: [("latest_version", "LatestVersionNumber")]),
        Kind<AutoscalingGroup>("aws_autoscaling_group", "AutoScalingGroup", ["AWS::AutoScaling::AutoScalingGroup"], InstanceEmitters.AutoscalingGroup),
        Kind<EbsVolume>("aws_ebs_volume", "Volume", ["AWS::EC2::Volume"], InstanceEmitters.Volume),

        // load balancers
        Kind<NetworkLoadBalancer>("aws_lb", "LoadBalancer", ["AWS::ElasticLoadBalancingV2::LoadBalancer"], LoadBalancerEmitters.NetworkLoadBalancer,
            getAtt: [("dns_name", "DNSName"), ("zone_id", "CanonicalHostedZoneID")], refs: ["id", "arn"]),
        Kind<TargetGroup>("aws_lb_target_group", "TargetGroup", ["AWS::ElasticLoadBalancingV2::TargetGroup"], LoadBalancerEmitters.TargetGroup, refs: ["id", "arn"]),
        Kind<Listener>("aws_lb_listener", "Listener", ["AWS::ElasticLoadBalancingV2::Listener"], LoadBalancerEmitters.Listener),
        Kind<ClassicLoadBalancer>("aws_elb", "ClassicLoadBalancer", ["AWS::ElasticLoadBalancing::LoadBalancer"], LoadBalancerEmitters.ClassicLoadBalancer,
            getAtt: [("dns_name", "DNSName"), ("zone_id", "CanonicalHostedZoneNameID")]),

        // dns
        Lookup<HostedZoneLookup>("aws_route53_zone", Lookups.HostedZone),
        Kind<PrivateHostedZone>("aws_route53_zone", "HostedZone", ["AWS::Route53::HostedZone"], DnsEmitters.PrivateHostedZone, refs: ["id", "zone_id"]),
        Kind<AliasRecord>("aws_route53_record", "Record", ["AWS::Route53::RecordSet"], DnsEmitters.AliasRecord),

        // config store
        Lookup<ConfigStoreObjectsLookup>("aws_s3_objects", Lookups.ConfigStoreObjects),
        Kind<ConfigStoreGuard>("terraform_data", null, [], ConfigStoreEmitters.Guard),
        Kind<ConfigBaseObject>("aws_s3_object", null, [], ConfigStoreEmitters.Object),
        Kind<SsmParameter>("aws_ssm_parameter", "Parameter", ["AWS::SSM::Parameter"], ConfigStoreEmitters.Parameter),

        // node termination handler
        Kind<SqsQueue>("aws_sqs_queue", "SqsQueue", ["AWS::SQS::Queue"], NodeTerminationEmitters.Queue, getAtt: [("arn", "Arn")], refs: ["id", "url"]),
        Kind<EventRule>("aws_cloudwatch_event_rule", "EventRule", ["AWS::Events::Rule"], NodeTerminationEmitters.Rule, getAtt: [("arn", "Arn")], refs: ["id", "name"]),
        Kind<EventTarget>("aws_cloudwatch_event_target", null, [], NodeTerminationEmitters.Target),
        Kind<SqsQueuePolicy>("aws_sqs_queue_policy", "SqsQueuePolicy", ["AWS::SQS::QueuePolicy"], NodeTerminationEmitters.QueuePolicy),
        Kind<LifecycleHook>("aws_autoscaling_lifecycle_hook", "LifecycleHook", ["AWS::AutoScaling::LifecycleHook"], NodeTerminationEmitters.LifecycleHook),

        // eks
        Kind<KmsKey>("aws_kms_key", "KmsKey", ["AWS::KMS::Key"], EksEmitters.KmsKey, getAtt: [("arn", "Arn")]),
        Kind<IamRolePolicyAttachment>("aws_iam_role_policy_attachment", null, [], EksEmitters.RolePolicyAttachment),
        Kind<EksCluster>("aws_eks_cluster", "EksCluster", ["AWS::EKS::Cluster"], EksEmitters.Cluster,
            getAtt: [("arn", "Arn"), ("endpoint", "Endpoint"), ("certificate_authority", "CertificateAuthorityData"), ("oidc_issuer", "OpenIdConnectIssuerUrl"), ("cluster_security_group_id", "ClusterSecurityGroupId")],
            refs: ["id", "name"],
            terraformAttributes: [("certificate_authority", "certificate_authority[0].data"), ("oidc_issuer", "identity[0].oidc[0].issuer"), ("cluster_security_group_id", "vpc_config[0].cluster_security_group_id")]),
        Kind<NodeGroupLaunchTemplate>("aws_launch_template", "NodeLaunchTemplate", ["AWS::EC2::LaunchTemplate"], EksEmitters.LaunchTemplate, getAtt: [("latest_version", "LatestVersionNumber")]) with { TemplateVariant = "node_group" },
        Kind<ManagedNodeGroup>("aws_eks_node_group", "NodeGroup", ["AWS::EKS::Nodegroup"], EksEmitters.NodeGroup, getAtt: [("arn", "Arn"), ("cluster_name", "ClusterName")]),
        Kind<ManagedAddon>("aws_eks_addon", "Addon", ["AWS::EKS::Addon"], EksEmitters.Addon, getAtt: [("arn", "Arn")]),
        Kind<EksAccessEntry>("aws_eks_access_entry", "AccessEntry", ["AWS::EKS::AccessEntry"], EksEmitters.AccessEntry, getAtt: [("arn", "AccessEntryArn")]),
        Kind<EksAccessPolicyAssociation>("aws_eks_access_policy_association", null, [], EksEmitters.AccessPolicyAssociation),
        Kind<OidcProvider>("aws_iam_openid_connect_provider", "OidcProvider", ["AWS::IAM::OIDCProvider"], EksEmitters.OidcProvider, getAtt: [("arn", "Arn")], refs: ["id", "arn"]),
        Kind<PodIdentityAssociation>("aws_eks_pod_identity_association", "PodIdentity", ["AWS::EKS::PodIdentityAssociation"], EksEmitters.PodIdentityAssociation),
    ];

    private static readonly FrozenDictionary<Type, ResourceKind> ByRecord = All.ToFrozenDictionary(k => k.Record);

    /// <summary>The kind of a plan resource.</summary>
    public static ResourceKind Of(Resource resource) =>
        ByRecord.TryGetValue(resource.GetType(), out var kind) ? kind : throw new InvalidOperationException($"no resource kind describes {resource.GetType().Name}");

    private static ResourceKind Kind<T>(
        string terraformType,
        string? logicalIdPrefix,
        ImmutableArray<string> cloudFormationTypes,
        Action<StackBuilder, T> emit,
        (string Plan, string CloudFormation)[]? getAtt = null,
        string[]? refs = null,
        (string Plan, string Terraform)[]? terraformAttributes = null)
        where T : Resource => new()
        {
            Record = typeof(T),
            TerraformType = terraformType,
            TerraformAttributes = (terraformAttributes ?? []).ToImmutableDictionary(a => a.Plan, a => a.Terraform),
            CloudFormation = new CloudFormationForm
            {
                LogicalIdPrefix = logicalIdPrefix,
                Types = cloudFormationTypes,
                GetAttAttributes = (getAtt ?? []).ToImmutableDictionary(a => a.Plan, a => a.CloudFormation),

                // Ref gives each resource what Terraform's id is: the VPC, subnet, gateway, table, key pair,
                // instance profile, launch template, autoscaling group or classic load balancer's id or name.
                RefAttributes = logicalIdPrefix is null ? [] : refs is null ? Id : [.. refs],
                Emit = (stack, r) => emit(stack, (T)r),
            },
        };

    /// <summary>A data source: a Terraform lookup, and in CloudFormation (which has none) what stands in for each attribute.</summary>
    private static ResourceKind Lookup<T>(string terraformType, Func<StackBuilder, T, string, JToken?> lookup, (string Plan, string Terraform)[]? terraformAttributes = null)
        where T : DataSource => new()
        {
            Record = typeof(T),
            TerraformType = terraformType,
            TerraformAttributes = (terraformAttributes ?? []).ToImmutableDictionary(a => a.Plan, a => a.Terraform),
            CloudFormation = new CloudFormationForm
            {
                Lookup = (stack, r, attribute) => lookup(stack, (T)r, attribute),

                // Rendered where referenced: CloudFormation has no lookups, only parameters.
                Emit = static (_, _) => { },
            },
        };
}
