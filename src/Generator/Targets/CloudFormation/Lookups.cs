using Kgen.Generator.Plan;
using Newtonsoft.Json.Linq;
using static Kgen.Generator.Targets.CloudFormation.CfnJson;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>
/// What stands in for Terraform's lookups (data sources), which CloudFormation does not have: a template
/// parameter, with a default where one is known, and a difference saying what the deployer must check.
/// A lookup answers null for an attribute it has no form for.
/// </summary>
internal static class Lookups
{
    public static JToken? SsmParameter(StackBuilder s, SsmParameterLookup r, string attribute) =>
        attribute == "value" ? RefTo(SsmParameterId(s, r)) : null;

    public static JToken? Ami(StackBuilder s, AmiLookup r, string attribute) => attribute switch
    {
        "image_id" => Image(s, r),
        "root_device_name" => RefTo(RootDevice(s, r)),
        _ => null,
    };

    public static JToken? Vpc(StackBuilder s, VpcLookup r, string attribute) => attribute == "cidr_block" ? RefTo(VpcCidr(s, r)) : null;

    public static JToken? InternetGateway(StackBuilder s, InternetGatewayLookup r, string attribute) =>
        attribute == "internet_gateway_id" ? RefTo(Gateway(s, r)) : null;

    /// <summary>An existing security group's id is the spec's: written as it is, no parameter needed.</summary>
    public static JToken? SecurityGroup(StackBuilder s, SecurityGroupLookup r, string attribute) =>
        attribute == "id" ? new JValue(r.GroupId) : null;

    /// <summary>None: CloudFormation cannot list S3 before deploy; the guard's form says so (<see cref="ConfigStoreEmitters.Guard"/>).</summary>
    public static JToken? ConfigStoreObjects(StackBuilder s, ConfigStoreObjectsLookup r, string attribute) => null;

    /// <summary>None: an alias record names the zone instead (<see cref="DnsEmitters.AliasRecord"/>).</summary>
    public static JToken? HostedZone(StackBuilder s, HostedZoneLookup r, string attribute) => null;

    private static string SsmParameterId(StackBuilder s, SsmParameterLookup r)
    {
        var id = "ImageParameter" + LogicalIds.Pascal(r.Name);
        s.Parameter(id, new JObject
        {
            ["Type"] = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
            ["Default"] = r.ParameterName,
            ["Description"] = $"The AMI id, read at deploy time from the public SSM parameter {r.ParameterName}",
        });
        return id;
    }

    private static JToken Image(StackBuilder s, AmiLookup a)
    {
        if (a.FilterName == "image-id" && a.FilterValue is Reference { Target: SsmParameterLookup ssm })
        {
            return RefTo(SsmParameterId(s, ssm));
        }

        var id = "Image" + LogicalIds.Pascal(a.InstanceGroup);
        if (a.FilterName == "image-id" && a.FilterValue is Literal { Content: string ami })
        {
            s.Parameter(id, new JObject { ["Type"] = "AWS::EC2::Image::Id", ["Default"] = ami, ["Description"] = "The AMI id the spec names" });
            return RefTo(id);
        }

        var pattern = (a.FilterValue as Literal)?.Content;
        s.Parameter(id, new JObject
        {
            ["Type"] = "AWS::EC2::Image::Id",
            ["Description"] = $"The AMI id: the newest image named {pattern} owned by {string.Join(",", a.Owners)} (CloudFormation cannot search images)",
        });
        s.Difference(
            $"the image \"{pattern}\" of owner {string.Join(",", a.Owners)} is not searched: CloudFormation cannot find an image by name, so the parameter {id} has no default; " +
            $"deploy with --parameter-overrides {id}=$(aws ec2 describe-images --owners {string.Join(" ", a.Owners)} --filters Name=name,Values='{pattern}' --query 'sort_by(Images,&CreationDate)[-1].ImageId' --output text), or name an AMI id or ssm: parameter as the image");
        return RefTo(id);
    }

    /// <summary>The root device name, which CloudFormation cannot read from the image: a parameter defaulting to what Ubuntu and most images use.</summary>
    private static string RootDevice(StackBuilder s, AmiLookup a)
    {
        var id = "RootDevice" + LogicalIds.Pascal(a.InstanceGroup);
        s.Parameter(id, new JObject
        {
            ["Type"] = "String",
            ["Default"] = "/dev/sda1",
            ["AllowedPattern"] = "^/dev/[a-z0-9]+$",
            ["Description"] = "The root device name of the image (Ubuntu and most images: /dev/sda1; Amazon Linux and Debian: /dev/xvda)",
        });
        s.Difference($"the root device name of the image of parameter {id} is not read from the image (CloudFormation cannot describe images): it defaults to /dev/sda1; override it for images that boot from another device");
        return id;
    }

    private static string VpcCidr(StackBuilder s, VpcLookup v)
    {
        const string Id = "ExistingVpcCidrBlock";
        var definition = new JObject { ["Type"] = "String", ["Description"] = $"The CIDR block of the existing VPC {v.VpcId} (CloudFormation cannot look it up)" };
        if (v.ExpectedCidrBlock is { } cidr)
        {
            definition["Default"] = cidr;
        }

        s.Parameter(Id, definition);
        s.Difference(
            $"the CIDR block of the existing VPC {v.VpcId} is not looked up (CloudFormation has no lookups): the output VpcCidrBlock is the parameter {Id}" +
            (v.ExpectedCidrBlock is { } c ? $", which defaults to spec.networkCIDR {c}" : ", which has no default"));
        return Id;
    }

    private static string Gateway(StackBuilder s, InternetGatewayLookup g)
    {
        const string Id = "ExistingInternetGatewayId";
        s.Parameter(Id, new JObject
        {
            ["Type"] = "String",
            ["AllowedPattern"] = "^igw-[0-9a-f]+$",
            ["Description"] = $"The internet gateway attached to the existing VPC {g.VpcId} (CloudFormation cannot look it up)",
        });
        s.Difference($"the internet gateway of the existing VPC {g.VpcId} is not looked up (CloudFormation has no lookups): deploy with --parameter-overrides {Id}=igw-…");
        return Id;
    }
}
