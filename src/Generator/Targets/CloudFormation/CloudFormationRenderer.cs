using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kgen.Generator.Documents;
using Kgen.Generator.Plan;
using Kgen.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>
/// Renders a plan as one <c>cloudformation.json</c>. Like the Terraform renderer it decides syntax
/// only: each plan record maps to its CloudFormation resource type(s), references become <c>Ref</c> /
/// <c>Fn::GetAtt</c>, and what Terraform looks up at apply time (data sources) becomes a template
/// parameter. Whatever CloudFormation cannot express is listed as a difference (template
/// <c>Metadata</c> and a warning), never dropped silently.
/// </summary>
internal static class CloudFormationRenderer
{
    /// <summary>The template file name.</summary>
    public const string FileName = "cloudformation.json";

    /// <summary>The largest template <c>--template-file</c> may send inline; larger ones go through S3.</summary>
    public const int InlineTemplateLimit = 51_200;

    /// <summary>The largest template CloudFormation accepts (from S3).</summary>
    public const int TemplateLimit = 1024 * 1024;

    /// <summary>Resources per stack.</summary>
    public const int ResourceLimit = 500;

    /// <summary>Outputs per template.</summary>
    public const int OutputLimit = 200;

    /// <summary>Parameters per template.</summary>
    public const int ParameterLimit = 200;

    /// <summary>EC2's limit on user data before base64.</summary>
    public const int UserDataLimit = 16 * 1024;

    /// <summary>Logical-ID prefix of each resource kind (plan names are unique only within a kind).</summary>
    private static readonly ImmutableDictionary<Type, string> Prefixes = new Dictionary<Type, string>
    {
        [typeof(Vpc)] = "Vpc",
        [typeof(VpcDhcpOptions)] = "DhcpOptions",
        [typeof(VpcDhcpOptionsAssociation)] = "DhcpOptionsAssociation",
        [typeof(InternetGateway)] = "InternetGateway",
        [typeof(Plan.Subnet)] = "Subnet",
        [typeof(RouteTable)] = "RouteTable",
        [typeof(Route)] = "Route",
        [typeof(RouteTableAssociation)] = "RouteTableAssociation",
        [typeof(ElasticIp)] = "Eip",
        [typeof(NatGateway)] = "NatGateway",
        [typeof(SecurityGroup)] = "SecurityGroup",
        [typeof(SecurityGroupRule)] = "Rule",
        [typeof(IamRole)] = "Role",
        [typeof(IamRolePolicy)] = "RolePolicy",
        [typeof(IamInstanceProfile)] = "InstanceProfile",
        [typeof(KeyPair)] = "KeyPair",
        [typeof(LaunchTemplate)] = "LaunchTemplate",
        [typeof(AutoscalingGroup)] = "AutoScalingGroup",
        [typeof(EbsVolume)] = "Volume",
        [typeof(NetworkLoadBalancer)] = "LoadBalancer",
        [typeof(TargetGroup)] = "TargetGroup",
        [typeof(Listener)] = "Listener",
        [typeof(ClassicLoadBalancer)] = "ClassicLoadBalancer",
        [typeof(PrivateHostedZone)] = "HostedZone",
        [typeof(AliasRecord)] = "Record",
    }.ToImmutableDictionary();

    /// <summary>The CloudFormation types a plan record becomes (more than one: a 1:N mapping; none: a difference).</summary>
    internal static readonly ImmutableDictionary<Type, ImmutableArray<string>> ResourceTypes = new Dictionary<Type, ImmutableArray<string>>
    {
        [typeof(Vpc)] = ["AWS::EC2::VPC"],
        [typeof(VpcDhcpOptions)] = ["AWS::EC2::DHCPOptions"],
        [typeof(VpcDhcpOptionsAssociation)] = ["AWS::EC2::VPCDHCPOptionsAssociation"],
        [typeof(InternetGateway)] = ["AWS::EC2::InternetGateway", "AWS::EC2::VPCGatewayAttachment"],
        [typeof(Plan.Subnet)] = ["AWS::EC2::Subnet"],
        [typeof(RouteTable)] = ["AWS::EC2::RouteTable"],
        [typeof(Route)] = ["AWS::EC2::Route"],
        [typeof(RouteTableAssociation)] = ["AWS::EC2::SubnetRouteTableAssociation"],
        [typeof(ElasticIp)] = ["AWS::EC2::EIP"],
        [typeof(NatGateway)] = ["AWS::EC2::NatGateway"],
        [typeof(ResourceTag)] = [],
        [typeof(SecurityGroup)] = ["AWS::EC2::SecurityGroup"],
        [typeof(IamRole)] = ["AWS::IAM::Role"],
        [typeof(IamRolePolicy)] = ["AWS::IAM::RolePolicy"],
        [typeof(IamInstanceProfile)] = ["AWS::IAM::InstanceProfile"],
        [typeof(KeyPair)] = ["AWS::EC2::KeyPair"],
        [typeof(LaunchTemplate)] = ["AWS::EC2::LaunchTemplate"],
        [typeof(AutoscalingGroup)] = ["AWS::AutoScaling::AutoScalingGroup"],
        [typeof(EbsVolume)] = ["AWS::EC2::Volume"],
        [typeof(NetworkLoadBalancer)] = ["AWS::ElasticLoadBalancingV2::LoadBalancer"],
        [typeof(TargetGroup)] = ["AWS::ElasticLoadBalancingV2::TargetGroup"],
        [typeof(Listener)] = ["AWS::ElasticLoadBalancingV2::Listener"],
        [typeof(ClassicLoadBalancer)] = ["AWS::ElasticLoadBalancing::LoadBalancer"],
        [typeof(PrivateHostedZone)] = ["AWS::Route53::HostedZone"],
        [typeof(AliasRecord)] = ["AWS::Route53::RecordSet"],
    }.ToImmutableDictionary();

    /// <summary>Renders the plan; <paramref name="warnings"/> receives the differences and the size message.</summary>
    public static IReadOnlyDictionary<string, string> Render(ClusterPlan plan, TemplateSet templates, List<string> warnings)
    {
        var renderer = new Renderer(plan, templates);
        var template = renderer.Template();
        var text = Serialize(template);
        var bytes = Encoding.UTF8.GetByteCount(text);
        var resources = ((JObject)template["Resources"]!).Count;
        var outputs = ((JObject)template["Outputs"]!).Count;
        var parameters = ((JObject?)template["Parameters"])?.Count ?? 0;
        var quota = new List<string>();
        if (bytes > TemplateLimit)
        {
            quota.Add($"the template is {bytes.ToString(CultureInfo.InvariantCulture)} bytes; CloudFormation's template size quota is {TemplateLimit.ToString(CultureInfo.InvariantCulture)} bytes (1 MB, from S3)");
        }

        Check(quota, resources, ResourceLimit, "resources", "resources per stack");
        Check(quota, outputs, OutputLimit, "outputs", "outputs per template");
        Check(quota, parameters, ParameterLimit, "parameters", "parameters per template");
        if (quota.Count > 0)
        {
            throw new SpecException([.. quota.Select(q => new SpecError(plan.Cluster.Name, null, null, string.Empty,
                $"--target=cloudformation: {q}; split the cluster or use --target=terraform"))]);
        }

        warnings.AddRange(renderer.Differences.Select(d => $"cloudformation: {d}"));
        if (bytes > InlineTemplateLimit)
        {
            warnings.Add(
                $"cloudformation: {FileName} is {bytes.ToString(CultureInfo.InvariantCulture)} bytes, over the {InlineTemplateLimit.ToString(CultureInfo.InvariantCulture)} bytes a template may have when sent inline; " +
                $"deploy it from S3: aws cloudformation deploy --template-file {FileName} --stack-name STACK --capabilities CAPABILITY_NAMED_IAM --s3-bucket BUCKET");
        }

        return new Dictionary<string, string> { [FileName] = text };
    }

    /// <summary>The CloudFormation output name of a Terraform output name: <c>vpc_id</c> → <c>VpcId</c>.</summary>
    public static string OutputName(string terraformName) =>
        string.Concat(terraformName.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>The Terraform output name of a CloudFormation output name: <c>VpcId</c> → <c>vpc_id</c>.</summary>
    public static string TerraformOutputName(string outputName)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < outputName.Length; i++)
        {
            var c = outputName[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The logical ID of a launch template by its AWS name (to compare one group's template across generations).</summary>
    internal static string LaunchTemplateId(string clusterName, string templateName) => LogicalId("LaunchTemplate", templateName, clusterName);

    /// <summary>
    /// A logical ID: the kind's prefix and the plan name in PascalCase (split at every character that
    /// is not a letter or digit), without the <c>.&lt;cluster&gt;</c> suffixes the names carry (one template
    /// is one cluster); cut with a stable hash past CloudFormation's 255 characters.
    /// </summary>
    internal static string LogicalId(string prefix, string name, string clusterName)
    {
        var stem = name == clusterName ? string.Empty : name.Replace("." + clusterName, string.Empty, StringComparison.Ordinal);
        var id = prefix + Pascal(stem);
        return id.Length <= 255 ? id : id[..248] + "H" + Names.Hash(id);
    }

    /// <summary>PascalCase of the letter-and-digit runs of a name: <c>us-east-1a</c> → <c>UsEast1a</c>.</summary>
    internal static string Pascal(string name)
    {
        var sb = new StringBuilder(name.Length);
        var start = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                start = true;
                continue;
            }

            sb.Append(start ? char.ToUpperInvariant(c) : c);
            start = false;
        }

        return sb.ToString();
    }

    /// <summary>2-space indented JSON with <c>\n</c> line ends and a trailing newline, on every platform.</summary>
    internal static string Serialize(JToken token)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2, IndentChar = ' ', Culture = CultureInfo.InvariantCulture })
        {
            token.WriteTo(json);
        }

        return writer.ToString() + "\n";
    }

    private static void Check(List<string> quota, int count, int limit, string what, string name)
    {
        if (count > limit)
        {
            quota.Add($"the template has {count.ToString(CultureInfo.InvariantCulture)} {what}; CloudFormation's quota is {limit.ToString(CultureInfo.InvariantCulture)} {name}");
        }
    }

    /// <summary>Whether a rule is the allow-all IPv4 egress rule EC2 gives every new group (CloudFormation keeps it).</summary>
    internal static bool IsDefaultEgress(SecurityGroupRule r) =>
        r.Direction == RuleDirection.Egress && r.Protocol == "-1" && r.SourceSecurityGroupId is null &&
        r.CidrBlocks is ["0.0.0.0/0"] && r.Ipv6CidrBlocks.IsEmpty;

    private static JObject Obj(params (string Key, JToken? Value)[] properties)
    {
        var o = new JObject();
        foreach (var (key, value) in properties)
        {
            if (value is not null and not JValue { Value: null })
            {
                o[key] = value;
            }
        }

        return o;
    }

    private static JObject RefTo(string id) => new() { ["Ref"] = id };

    private static JObject GetAtt(string id, string attribute) => new() { ["Fn::GetAtt"] = new JArray(id, attribute) };

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static JArray TagList(Tags tags) =>
        new(tags.Items.Select(t => new JObject { ["Key"] = t.Key, ["Value"] = t.Value }));

    private sealed class Renderer(ClusterPlan plan, TemplateSet templates)
    {
        private readonly string _cluster = plan.Cluster.Name;
        private readonly Dictionary<Resource, string> _ids = new(ReferenceEqualityComparer.Instance);
        private readonly SortedDictionary<string, Resource> _owners = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, JObject> _parameters = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, JObject> _resources = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, JToken> _userData = new(StringComparer.Ordinal);
        private readonly List<string> _differences = [];

        public IReadOnlyList<string> Differences => _differences;

        public JObject Template()
        {
            foreach (var r in plan.Resources)
            {
                Identify(r);
            }

            foreach (var r in plan.Resources)
            {
                Emit(r);
            }

            if (plan.OfType<IamInstanceProfile>().Any(p => !p.Tags.IsEmpty))
            {
                _differences.Add("IAM instance profiles carry no tags: AWS::IAM::InstanceProfile has no Tags property (their roles are tagged)");
            }

            var outputs = new JObject();
            foreach (var o in plan.Outputs)
            {
                var value = o.IsList
                    ? new JObject { ["Fn::Join"] = new JArray(",", new JArray(o.Values.Select(V))) }
                    : V(o.Values[0]);
                outputs[OutputName(o.Name)] = new JObject { ["Description"] = o.Name, ["Value"] = value };
            }

            var differences = _differences.Distinct(StringComparer.Ordinal).ToList();
            _differences.Clear();
            _differences.AddRange(differences);
            var template = new JObject
            {
                ["AWSTemplateFormatVersion"] = "2010-09-09",
                ["Description"] = $"Kubernetes cluster {_cluster}, generated by kgen from the same plan as the Terraform target",
                ["Metadata"] = new JObject
                {
                    ["kgen"] = new JObject
                    {
                        ["cluster"] = _cluster,
                        ["differences"] = new JArray(differences),
                        ["userData"] = new JObject(_userData.Select(u => new JProperty(u.Key, u.Value))),
                    },
                },
            };
            if (_parameters.Count > 0)
            {
                template["Parameters"] = new JObject(_parameters.Select(p => new JProperty(p.Key, p.Value)));
            }

            template["Resources"] = new JObject(_resources.Select(r => new JProperty(r.Key, r.Value)));
            template["Outputs"] = outputs;
            return template;
        }

        /// <summary>Assigns every resource its logical ID first, so references can be rendered in any order; detects collisions.</summary>
        private void Identify(Resource r)
        {
            string? id = r switch
            {
                DataSource or ResourceTag => null,
                _ => LogicalId(Prefixes[r.GetType()], r.Name, _cluster),
            };
            if (id is null)
            {
                return;
            }

            if (_owners.TryGetValue(id, out var other))
            {
                throw new SpecException(new SpecError(_cluster, null, null, string.Empty,
                    $"--target=cloudformation: \"{other.Name}\" and \"{r.Name}\" both become the logical ID {id} (CloudFormation IDs are letters and digits only); rename one of them"));
            }

            _owners[id] = r;
            _ids[r] = id;
        }

        private void Add(string id, string type, JObject properties, string? dependsOn = null)
        {
            var resource = new JObject { ["Type"] = type };
            if (dependsOn is not null)
            {
                resource["DependsOn"] = dependsOn;
            }

            resource["Properties"] = properties;
            _resources.Add(id, resource);
        }

        private void Parameter(string id, JObject definition)
        {
            if (_owners.TryGetValue(id, out var owner))
            {
                throw new SpecException(new SpecError(_cluster, null, null, string.Empty,
                    $"--target=cloudformation: the parameter {id} collides with the logical ID of \"{owner.Name}\"; rename it"));
            }

            _parameters.TryAdd(id, definition);
        }

        private void Emit(Resource resource)
        {
            var id = _ids.GetValueOrDefault(resource);
            switch (resource)
            {
                case Vpc r:
                    Add(id!, "AWS::EC2::VPC", Obj(
                        ("CidrBlock", r.CidrBlock),
                        ("EnableDnsHostnames", r.EnableDnsHostnames),
                        ("EnableDnsSupport", r.EnableDnsSupport),
                        ("Tags", TagList(r.Tags))));
                    break;
                case VpcDhcpOptions r:
                    Add(id!, "AWS::EC2::DHCPOptions", Obj(
                        ("DomainName", r.DomainName),
                        ("DomainNameServers", new JArray(r.DomainNameServers)),
                        ("Tags", TagList(r.Tags))));
                    break;
                case VpcDhcpOptionsAssociation r:
                    Add(id!, "AWS::EC2::VPCDHCPOptionsAssociation", Obj(("DhcpOptionsId", V(r.DhcpOptionsId)), ("VpcId", V(r.VpcId))));
                    break;
                case InternetGateway r:
                    // CloudFormation attaches a gateway with a resource of its own (Terraform: the gateway's vpc_id).
                    Add(id!, "AWS::EC2::InternetGateway", Obj(("Tags", TagList(r.Tags))));
                    var attachment = LogicalId("VpcGatewayAttachment", r.Name, _cluster);
                    if (_owners.ContainsKey(attachment))
                    {
                        throw new SpecException(new SpecError(_cluster, null, null, string.Empty, $"--target=cloudformation: two resources become the logical ID {attachment}"));
                    }

                    Add(attachment, "AWS::EC2::VPCGatewayAttachment", Obj(("InternetGatewayId", RefTo(id!)), ("VpcId", V(r.VpcId))));
                    break;
                case Plan.Subnet r:
                    Add(id!, "AWS::EC2::Subnet", Obj(
                        ("AvailabilityZone", r.AvailabilityZone),
                        ("CidrBlock", r.CidrBlock),
                        ("PrivateDnsNameOptionsOnLaunch", Obj(("EnableResourceNameDnsARecord", r.EnableResourceNameDnsRecord), ("HostnameType", r.HostnameType))),
                        ("Tags", TagList(r.Tags)),
                        ("VpcId", V(r.VpcId))));
                    break;
                case RouteTable r:
                    Add(id!, "AWS::EC2::RouteTable", Obj(("Tags", TagList(r.Tags)), ("VpcId", V(r.VpcId))));
                    break;
                case Route r:
                    // A route to the internet gateway needs the gateway attached first.
                    Add(id!, "AWS::EC2::Route", Obj(
                        ("DestinationCidrBlock", r.DestinationCidrBlock),
                        ("GatewayId", r.GatewayId is null ? null : V(r.GatewayId)),
                        ("NatGatewayId", r.NatGatewayId is null ? null : V(r.NatGatewayId)),
                        ("RouteTableId", V(r.RouteTableId))),
                        r.GatewayId is Reference { Target: InternetGateway } ? AttachmentOf((Reference)r.GatewayId) : null);
                    break;
                case RouteTableAssociation r:
                    Add(id!, "AWS::EC2::SubnetRouteTableAssociation", Obj(("RouteTableId", V(r.RouteTableId)), ("SubnetId", V(r.SubnetId))));
                    break;
                case ElasticIp r:
                    Add(id!, "AWS::EC2::EIP", Obj(("Domain", r.Domain), ("Tags", TagList(r.Tags))), GatewayAttachment());
                    break;
                case NatGateway r:
                    Add(id!, "AWS::EC2::NatGateway", Obj(("AllocationId", V(r.AllocationId)), ("SubnetId", V(r.SubnetId)), ("Tags", TagList(r.Tags))));
                    break;
                case ResourceTag r:
                    _differences.Add(
                        $"{r.ResourceId switch { Literal l => l.Content, _ => r.Name }} is not tagged {r.Key}={r.TagValue}: CloudFormation cannot tag a resource it does not manage " +
                        $"(Terraform's aws_ec2_tag); tag it once yourself: aws ec2 create-tags --resources {(r.ResourceId as Literal)?.Content} --tags Key={r.Key},Value={r.TagValue}");
                    break;
                case SecurityGroup r:
                    Add(id!, "AWS::EC2::SecurityGroup", Obj(
                        ("GroupDescription", r.Description),
                        ("GroupName", r.GroupName),
                        ("Tags", TagList(r.Tags)),
                        ("VpcId", V(r.VpcId))));
                    break;
                case SecurityGroupRule r:
                    EmitRule(id!, r);
                    break;
                case IamRole r:
                    Add(id!, "AWS::IAM::Role", Obj(
                        ("AssumeRolePolicyDocument", DocumentRenderer.ToJson(r.AssumeRolePolicy)),
                        ("RoleName", r.RoleName),
                        ("Tags", TagList(r.Tags))));
                    break;
                case IamRolePolicy r:
                    Add(id!, "AWS::IAM::RolePolicy", Obj(
                        ("PolicyDocument", DocumentRenderer.ToJson(r.Policy)),
                        ("PolicyName", r.PolicyName),
                        ("RoleName", V(r.Role))));
                    break;
                case IamInstanceProfile r:
                    Add(id!, "AWS::IAM::InstanceProfile", Obj(("InstanceProfileName", r.ProfileName), ("Roles", new JArray(V(r.Role)))));
                    break;
                case KeyPair r:
                    Add(id!, "AWS::EC2::KeyPair", Obj(
                        ("KeyName", r.KeyName),
                        ("PublicKeyMaterial", DocumentRenderer.Render(r.PublicKey, templates).TrimEnd('\n')),
                        ("Tags", TagList(r.Tags))));
                    break;
                case LaunchTemplate r:
                    EmitLaunchTemplate(id!, r);
                    break;
                case AutoscalingGroup r:
                    EmitGroup(id!, r);
                    break;
                case EbsVolume r:
                    Add(id!, "AWS::EC2::Volume", Obj(
                        ("AvailabilityZone", r.AvailabilityZone),
                        ("Encrypted", r.Encrypted),
                        ("Iops", r.Iops),
                        ("KmsKeyId", r.KmsKeyId),
                        ("Size", r.Size),
                        ("Tags", TagList(r.Tags)),
                        ("Throughput", r.Throughput),
                        ("VolumeType", r.VolumeType)));
                    break;
                case NetworkLoadBalancer r:
                    Add(id!, "AWS::ElasticLoadBalancingV2::LoadBalancer", Obj(
                        ("LoadBalancerAttributes", new JArray(Obj(("Key", "load_balancing.cross_zone.enabled"), ("Value", Flag(r.CrossZone))))),
                        ("Name", r.LoadBalancerName),
                        ("Scheme", r.Internal ? "internal" : "internet-facing"),
                        ("SecurityGroups", List(r.SecurityGroups)),
                        ("Subnets", List(r.Subnets)),
                        ("Tags", TagList(r.Tags)),
                        ("Type", r.LoadBalancerType)),
                        r.Internal ? null : GatewayAttachment());
                    break;
                case TargetGroup r:
                    Add(id!, "AWS::ElasticLoadBalancingV2::TargetGroup", Obj(
                        ("HealthCheckIntervalSeconds", r.HealthCheck.Interval),
                        ("HealthCheckProtocol", r.HealthCheck.Protocol),
                        ("HealthyThresholdCount", r.HealthCheck.HealthyThreshold),
                        ("Name", r.TargetGroupName),
                        ("Port", r.Port),
                        ("Protocol", r.Protocol),
                        ("Tags", TagList(r.Tags)),
                        ("TargetGroupAttributes", new JArray(
                            Obj(("Key", "deregistration_delay.connection_termination.enabled"), ("Value", Flag(r.ConnectionTermination))),
                            Obj(("Key", "deregistration_delay.timeout_seconds"), ("Value", r.DeregistrationDelay.ToString(CultureInfo.InvariantCulture))),
                            Obj(("Key", "preserve_client_ip.enabled"), ("Value", Flag(r.PreserveClientIp))))),
                        ("TargetType", r.TargetType),
                        ("UnhealthyThresholdCount", r.HealthCheck.UnhealthyThreshold),
                        ("VpcId", V(r.VpcId))));
                    break;
                case Listener r:
                    Add(id!, "AWS::ElasticLoadBalancingV2::Listener", Obj(
                        ("DefaultActions", new JArray(Obj(("TargetGroupArn", V(r.TargetGroupArn)), ("Type", r.DefaultActionType)))),
                        ("LoadBalancerArn", V(r.LoadBalancerArn)),
                        ("Port", r.Port),
                        ("Protocol", r.Protocol)));
                    break;
                case ClassicLoadBalancer r:
                    var check = r.HealthCheck;
                    Add(id!, "AWS::ElasticLoadBalancing::LoadBalancer", Obj(
                        ("ConnectionDrainingPolicy", Obj(("Enabled", r.ConnectionDrainingTimeout is not null), ("Timeout", r.ConnectionDrainingTimeout))),
                        ("ConnectionSettings", Obj(("IdleTimeout", r.IdleTimeout))),
                        ("CrossZone", r.CrossZone),
                        ("HealthCheck", Obj(
                            ("HealthyThreshold", Text(check.HealthyThreshold)),
                            ("Interval", Text(check.Interval)),
                            ("Target", check.Target),
                            ("Timeout", Text(check.Timeout)),
                            ("UnhealthyThreshold", Text(check.UnhealthyThreshold)))),
                        ("Listeners", new JArray(Obj(
                            ("InstancePort", Text(r.InstancePort)),
                            ("InstanceProtocol", r.InstanceProtocol),
                            ("LoadBalancerPort", Text(r.ListenerPort)),
                            ("Protocol", r.ListenerProtocol)))),
                        ("LoadBalancerName", r.LoadBalancerName),
                        ("Scheme", r.Internal ? "internal" : "internet-facing"),
                        ("SecurityGroups", List(r.SecurityGroups)),
                        ("Subnets", List(r.Subnets)),
                        ("Tags", TagList(r.Tags))),
                        r.Internal ? null : GatewayAttachment());
                    break;
                case PrivateHostedZone r:
                    Add(id!, "AWS::Route53::HostedZone", Obj(
                        ("HostedZoneConfig", Obj(("Comment", r.Comment))),
                        ("HostedZoneTags", TagList(r.Tags)),
                        ("Name", r.ZoneName),
                        ("VPCs", new JArray(Obj(("VPCId", V(r.VpcId)), ("VPCRegion", RefTo("AWS::Region")))))));
                    break;
                case AliasRecord r:
                    EmitRecord(id!, r);
                    break;
                case DataSource:
                    // Rendered where referenced: CloudFormation has no lookups, only parameters.
                    break;
                default:
                    throw new InvalidOperationException($"no CloudFormation form for {resource.GetType().Name}");
            }
        }

        private void EmitRule(string id, SecurityGroupRule r)
        {
            if (IsDefaultEgress(r))
            {
                // EC2 gives every new group this rule and CloudFormation keeps it (Terraform removes it and adds its own):
                // a separate AWS::EC2::SecurityGroupEgress would be a duplicate that EC2 rejects.
                return;
            }

            var peers = new List<(string Key, JToken Value)>();
            var direction = r.Direction == RuleDirection.Ingress;
            if (r.SourceSecurityGroupId is not null)
            {
                peers.Add((direction ? "SourceSecurityGroupId" : "DestinationSecurityGroupId", V(r.SourceSecurityGroupId)));
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
                    ("GroupId", V(r.SecurityGroupId)),
                    ("IpProtocol", r.Protocol),
                    ("ToPort", r.ToPort));
                var sorted = new JObject(properties.Properties().OrderBy(p => p.Name, StringComparer.Ordinal));
                var ruleId = peers.Count == 1 ? id : id + (i + 1).ToString(CultureInfo.InvariantCulture);
                if (peers.Count > 1 && _owners.ContainsKey(ruleId))
                {
                    throw new SpecException(new SpecError(_cluster, null, null, string.Empty, $"--target=cloudformation: two resources become the logical ID {ruleId}"));
                }

                Add(ruleId, direction ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress", sorted);
            }
        }

        private void EmitLaunchTemplate(string id, LaunchTemplate r)
        {
            var script = DocumentRenderer.Render(r.UserData, templates);
            var raw = Encoding.UTF8.GetBytes(script);
            JToken userData;
            if (raw.Length <= UserDataLimit)
            {
                userData = new JObject { ["Fn::Base64"] = script };
                _userData[id] = $"Fn::Base64 of the {raw.Length.ToString(CultureInfo.InvariantCulture)}-byte script";
            }
            else
            {
                var gzipped = DeterministicGzip.Compress(raw);
                userData = Convert.ToBase64String(gzipped);
                _userData[id] = $"gzip of the {raw.Length.ToString(CultureInfo.InvariantCulture)}-byte script (over EC2's {UserDataLimit.ToString(CultureInfo.InvariantCulture)} bytes raw), " +
                    $"{gzipped.Length.ToString(CultureInfo.InvariantCulture)} bytes, as literal base64; cloud-init unpacks it";
            }

            var rv = r.RootVolume;
            var data = Obj(
                ("BlockDeviceMappings", new JArray(Obj(
                    ("DeviceName", V(r.RootDeviceName)),
                    ("Ebs", Obj(
                        ("DeleteOnTermination", r.RootVolumeDeleteOnTermination),
                        ("Encrypted", rv.Encrypted),
                        ("Iops", rv.Iops),
                        ("KmsKeyId", rv.KmsKeyId),
                        ("Throughput", rv.Throughput),
                        ("VolumeSize", rv.Size),
                        ("VolumeType", rv.Type)))))),
                ("IamInstanceProfile", Obj(("Name", V(r.IamInstanceProfile)))),
                ("ImageId", V(r.ImageId)),
                ("InstanceMarketOptions", r.Spot is not { } spot ? null : Obj(
                    ("MarketType", spot.MarketType),
                    ("SpotOptions", Obj(
                        ("MaxPrice", spot.MaxPrice),
                        ("SpotInstanceType", spot.SpotInstanceType))))),
                ("InstanceType", r.InstanceType),
                ("KeyName", r.KeyName is null ? null : V(r.KeyName)),
                ("MetadataOptions", Obj(
                    ("HttpEndpoint", r.MetadataOptions.HttpEndpoint),
                    ("HttpProtocolIpv6", r.MetadataOptions.HttpProtocolIpv6),
                    ("HttpPutResponseHopLimit", r.MetadataOptions.HttpPutResponseHopLimit),
                    ("HttpTokens", r.MetadataOptions.HttpTokens),
                    ("InstanceMetadataTags", r.MetadataOptions.InstanceMetadataTags))),
                ("Monitoring", Obj(("Enabled", r.Monitoring))),
                ("NetworkInterfaces", new JArray(Obj(
                    ("AssociatePublicIpAddress", r.NetworkInterface.AssociatePublicIpAddress),
                    ("DeleteOnTermination", r.NetworkInterface.DeleteOnTermination),
                    ("DeviceIndex", r.NetworkInterface.DeviceIndex),
                    ("Groups", List(r.NetworkInterface.SecurityGroups))))),
                ("TagSpecifications", new JArray(r.TaggedResourceTypes.Select(t => Obj(("ResourceType", t), ("Tags", TagList(r.Tags)))))),
                ("UserData", userData));
            Add(id, "AWS::EC2::LaunchTemplate", Obj(
                ("LaunchTemplateData", data),
                ("LaunchTemplateName", r.TemplateName),
                ("TagSpecifications", new JArray(Obj(("ResourceType", "launch-template"), ("Tags", TagList(r.Tags)))))));
        }

        private void EmitGroup(string id, AutoscalingGroup r)
        {
            var specification = Obj(("LaunchTemplateId", V(r.LaunchTemplateId)), ("Version", V(r.LaunchTemplateVersion)));
            JObject? mixed = null;
            if (r.MixedInstances is { } m)
            {
                mixed = Obj(
                    ("InstancesDistribution", Obj(
                        ("OnDemandAllocationStrategy", m.OnDemandAllocationStrategy),
                        ("OnDemandBaseCapacity", m.OnDemandBaseCapacity),
                        ("OnDemandPercentageAboveBaseCapacity", m.OnDemandPercentageAboveBaseCapacity),
                        ("SpotAllocationStrategy", m.SpotAllocationStrategy),
                        ("SpotInstancePools", m.SpotInstancePools),

                        // Empty means "capped at the on-demand price", which is also CloudFormation's default.
                        ("SpotMaxPrice", m.SpotMaxPrice.Length == 0 ? null : m.SpotMaxPrice))),
                    ("LaunchTemplate", Obj(
                        ("LaunchTemplateSpecification", specification),
                        ("Overrides", new JArray(m.InstanceTypes.Select(t => Obj(("InstanceType", t))))))));
            }

            Add(id, "AWS::AutoScaling::AutoScalingGroup", Obj(
                ("AutoScalingGroupName", r.GroupName),
                ("LaunchTemplate", mixed is null ? specification : null),
                ("LoadBalancerNames", r.LoadBalancers.IsEmpty ? null : List(r.LoadBalancers)),
                ("MaxInstanceLifetime", r.MaxInstanceLifetime > 0 ? r.MaxInstanceLifetime : null),
                ("MaxSize", r.MaxSize.ToString(CultureInfo.InvariantCulture)),
                ("MetricsCollection", new JArray(Obj(("Granularity", r.Metrics.Granularity), ("Metrics", new JArray(r.Metrics.Metrics))))),
                ("MinSize", r.MinSize.ToString(CultureInfo.InvariantCulture)),
                ("MixedInstancesPolicy", mixed),
                ("NewInstancesProtectedFromScaleIn", r.ProtectFromScaleIn),
                ("Tags", new JArray(r.Tags.Items.Select(t => Obj(("Key", t.Key), ("PropagateAtLaunch", r.PropagateTagsAtLaunch), ("Value", t.Value))))),
                ("TargetGroupARNs", r.TargetGroupArns.IsEmpty ? null : List(r.TargetGroupArns)),
                ("VPCZoneIdentifier", List(r.Subnets))));
        }

        private void EmitRecord(string id, AliasRecord r)
        {
            JToken? zoneId = null;
            JToken? zoneName = null;
            if (r.ZoneId is Reference { Target: HostedZoneLookup lookup })
            {
                // No lookup in CloudFormation: the record names its zone, and CloudFormation finds it by name.
                zoneName = lookup.ZoneName.TrimEnd('.') + ".";
                _differences.Add(
                    $"hosted zone {lookup.ZoneName} is found by name (HostedZoneName) rather than looked up as a {(lookup.PrivateZone ? "private" : "public")} zone; " +
                    "CloudFormation fails if more than one hosted zone has that name (then set spec.dnsZone to the zone's id)");
            }
            else
            {
                zoneId = V(r.ZoneId);
            }

            Add(id, "AWS::Route53::RecordSet", Obj(
                ("AliasTarget", Obj(("DNSName", V(r.AliasName)), ("EvaluateTargetHealth", r.EvaluateTargetHealth), ("HostedZoneId", V(r.AliasZoneId)))),
                ("HostedZoneId", zoneId),
                ("HostedZoneName", zoneName),
                ("Name", r.RecordName),
                ("Type", r.RecordType)));
        }

        private string? GatewayAttachment()
        {
            var gateway = plan.OfType<InternetGateway>().FirstOrDefault();
            return gateway is null ? null : LogicalId("VpcGatewayAttachment", gateway.Name, _cluster);
        }

        private string AttachmentOf(Reference gateway) => LogicalId("VpcGatewayAttachment", gateway.Target.Name, _cluster);

        private JArray List(IEnumerable<Value> values) => new(values.Select(V));

        /// <summary>A value: a literal, or a reference as Ref / Fn::GetAtt, or a parameter for what Terraform looks up.</summary>
        private JToken V(Value value) => value switch
        {
            Literal { Content: string s } => s,
            Literal { Content: bool b } => b,
            Literal { Content: int i } => i,
            Literal { Content: long l } => l,
            Reference r => Reference(r),
            _ => throw new InvalidOperationException($"no CloudFormation form for the value {value}"),
        };

        private JToken Reference(Reference r)
        {
            var id = _ids.GetValueOrDefault(r.Target);
            return (r.Target, r.Attribute) switch
            {
                (Vpc, "cidr_block") => GetAtt(id!, "CidrBlock"),
                (ElasticIp, "id") => GetAtt(id!, "AllocationId"),
                (SecurityGroup, "id") => GetAtt(id!, "GroupId"),
                (IamRole, "arn") => GetAtt(id!, "Arn"),
                (IamRole, "name") => RefTo(id!),
                (LaunchTemplate, "latest_version") => GetAtt(id!, "LatestVersionNumber"),
                (NetworkLoadBalancer, "arn") => RefTo(id!),
                (NetworkLoadBalancer, "dns_name") => GetAtt(id!, "DNSName"),
                (NetworkLoadBalancer, "zone_id") => GetAtt(id!, "CanonicalHostedZoneID"),
                (ClassicLoadBalancer, "dns_name") => GetAtt(id!, "DNSName"),
                (ClassicLoadBalancer, "zone_id") => GetAtt(id!, "CanonicalHostedZoneNameID"),
                (TargetGroup, "arn") => RefTo(id!),
                (PrivateHostedZone, "zone_id") => RefTo(id!),
                (SsmParameterLookup s, "value") => RefTo(SsmParameter(s)),
                (AmiLookup a, "image_id") => ImageParameter(a),
                (AmiLookup a, "root_device_name") => RefTo(RootDeviceParameter(a)),
                (VpcLookup v, "cidr_block") => RefTo(VpcCidrParameter(v)),
                (InternetGatewayLookup g, "internet_gateway_id") => RefTo(GatewayParameter(g)),

                // Ref gives each of these what Terraform's id is: the VPC, subnet, gateway, table, key pair,
                // instance profile, launch template, autoscaling group or classic load balancer's id or name.
                (not DataSource, "id") when id is not null => RefTo(id),
                _ => throw new InvalidOperationException($"no CloudFormation form for {r.Target.GetType().Name}.{r.Attribute}"),
            };
        }

        private string SsmParameter(SsmParameterLookup s)
        {
            var id = "ImageParameter" + Pascal(s.Name);
            Parameter(id, new JObject
            {
                ["Type"] = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                ["Default"] = s.ParameterName,
                ["Description"] = $"The AMI id, read at deploy time from the public SSM parameter {s.ParameterName}",
            });
            return id;
        }

        private JToken ImageParameter(AmiLookup a)
        {
            if (a.FilterName == "image-id" && a.FilterValue is Reference { Target: SsmParameterLookup ssm })
            {
                return RefTo(SsmParameter(ssm));
            }

            var id = "Image" + Pascal(a.InstanceGroup);
            if (a.FilterName == "image-id" && a.FilterValue is Literal { Content: string ami })
            {
                Parameter(id, new JObject { ["Type"] = "AWS::EC2::Image::Id", ["Default"] = ami, ["Description"] = "The AMI id the spec names" });
                return RefTo(id);
            }

            var pattern = (a.FilterValue as Literal)?.Content;
            Parameter(id, new JObject
            {
                ["Type"] = "AWS::EC2::Image::Id",
                ["Description"] = $"The AMI id: the newest image named {pattern} owned by {string.Join(",", a.Owners)} (CloudFormation cannot search images)",
            });
            _differences.Add(
                $"the image \"{pattern}\" of owner {string.Join(",", a.Owners)} is not searched: CloudFormation cannot find an image by name, so the parameter {id} has no default; " +
                $"deploy with --parameter-overrides {id}=$(aws ec2 describe-images --owners {string.Join(" ", a.Owners)} --filters Name=name,Values='{pattern}' --query 'sort_by(Images,&CreationDate)[-1].ImageId' --output text), or name an AMI id or ssm: parameter as the image");
            return RefTo(id);
        }

        private string RootDeviceParameter(AmiLookup a)
        {
            var id = "RootDevice" + Pascal(a.InstanceGroup);
            Parameter(id, new JObject
            {
                ["Type"] = "String",
                ["Default"] = "/dev/sda1",
                ["AllowedPattern"] = "^/dev/[a-z0-9]+$",
                ["Description"] = "The root device name of the image (Ubuntu and most images: /dev/sda1; Amazon Linux and Debian: /dev/xvda)",
            });
            _differences.Add($"the root device name of the image of parameter {id} is not read from the image (CloudFormation cannot describe images): it defaults to /dev/sda1; override it for images that boot from another device");
            return id;
        }

        private string VpcCidrParameter(VpcLookup v)
        {
            const string Id = "ExistingVpcCidrBlock";
            var definition = new JObject { ["Type"] = "String", ["Description"] = $"The CIDR block of the existing VPC {v.VpcId} (CloudFormation cannot look it up)" };
            if (v.ExpectedCidrBlock is { } cidr)
            {
                definition["Default"] = cidr;
            }

            Parameter(Id, definition);
            _differences.Add(
                $"the CIDR block of the existing VPC {v.VpcId} is not looked up (CloudFormation has no lookups): the output VpcCidrBlock is the parameter {Id}" +
                (v.ExpectedCidrBlock is { } c ? $", which defaults to spec.networkCIDR {c}" : ", which has no default"));
            return Id;
        }

        private string GatewayParameter(InternetGatewayLookup g)
        {
            const string Id = "ExistingInternetGatewayId";
            Parameter(Id, new JObject
            {
                ["Type"] = "String",
                ["AllowedPattern"] = "^igw-[0-9a-f]+$",
                ["Description"] = $"The internet gateway attached to the existing VPC {g.VpcId} (CloudFormation cannot look it up)",
            });
            _differences.Add($"the internet gateway of the existing VPC {g.VpcId} is not looked up (CloudFormation has no lookups): deploy with --parameter-overrides {Id}=igw-…");
            return Id;
        }
    }
}
