using System.Collections.Immutable;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Builders;

/// <summary>
/// What the Amazon VPC CNI (<c>networking: amazonvpc</c>) asks of AWS, in one place for the IAM statements
/// (<see cref="IamBuilder"/>) and the declared needs that prove each of them used (<c>RoleNeeds</c>). Its
/// <c>aws-node</c> pod runs on every node, control plane included, with the node's role; at boot every node reads its
/// instance type's ENI limits and pulls the CNI's images (templates/userdata/_kubeadm.sh.sbn).
/// </summary>
internal static class AmazonVpcCni
{
    /// <summary>
    /// The EC2 calls of <c>aws-node</c> (ipamd) in IPv4 mode at <see cref="BootstrapVersions.AmazonVpcCni"/>: upstream's
    /// policy (docs/iam-policy.md, AmazonEKS_CNI_Policy) without <c>ec2:DescribeTags</c> (only the cni-metrics-helper calls
    /// it) and <c>ec2:DescribeSecurityGroups</c> (no code path of ipamd's calls it). EC2 cannot scope these to the
    /// cluster's resources: ENIs are created and described before they carry a tag.
    /// </summary>
    public static ImmutableArray<(string Action, string Purpose)> Calls { get; } =
    [
        ("ec2:AssignPrivateIpAddresses", "give an ENI secondary addresses for pods"),
        ("ec2:AttachNetworkInterface", "attach a new ENI to this instance"),
        ("ec2:CreateNetworkInterface", "create an ENI in the node's subnet when the attached ones are full"),
        ("ec2:DeleteNetworkInterface", "delete a spare or leaked ENI"),
        ("ec2:DescribeInstanceTypes", "read the instance type's ENI and address limits"),
        ("ec2:DescribeInstances", "find this instance's ENIs and subnet"),
        ("ec2:DescribeNetworkInterfaces", "read the ENIs' addresses and find leaked ones"),
        ("ec2:DescribeSubnets", "find the subnets ENIs may be created in (subnet discovery)"),
        ("ec2:DetachNetworkInterface", "detach a spare ENI before deleting it"),
        ("ec2:ModifyNetworkInterfaceAttribute", "set an ENI's security groups and delete-on-termination"),
        ("ec2:UnassignPrivateIpAddresses", "give back addresses no pod uses"),
    ];

    /// <summary>The one call that AWS scopes to a kind of resource: tagging the ENIs the CNI creates.</summary>
    public const string TagAction = "ec2:CreateTags";

    /// <summary>The ENIs <see cref="TagAction"/> is allowed on.</summary>
    public static string NetworkInterfaces(string partition) => $"arn:{partition}:ec2:*:*:network-interface/*";

    /// <summary>Reading one image of a repository (what <c>crictl pull</c> asks of ECR besides the token).</summary>
    public static ImmutableArray<string> PullActions { get; } = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"];

    /// <summary>The ECR token <c>aws ecr get-login-password</c> gets; AWS does not scope it.</summary>
    public const string TokenAction = "ecr:GetAuthorizationToken";

    /// <summary>The repositories of the pinned images (<see cref="BootstrapVersions.AmazonVpcCniImages"/>) in EKS's registry.</summary>
    public static ImmutableArray<string> Repositories(string partition) =>
        [.. BootstrapVersions.AmazonVpcCniImages.Select(i => i.Repository).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(r => $"arn:{partition}:ecr:{BootstrapVersions.AmazonVpcCniRegistryRegion}:{BootstrapVersions.AmazonVpcCniRegistryAccount}:repository/{r}")];

    /// <summary>The hosts a node reaches to pull the images: ECR's API (the token), the registry, and the S3 bucket ECR serves layers from.</summary>
    public static ImmutableArray<string> ImageHosts { get; } =
    [
        Names.AwsEndpoint("api.ecr", BootstrapVersions.AmazonVpcCniRegistryRegion),
        BootstrapVersions.AmazonVpcCniRegistry,
        $"prod-{BootstrapVersions.AmazonVpcCniRegistryRegion}-starport-layer-bucket.s3.{BootstrapVersions.AmazonVpcCniRegistryRegion}.amazonaws.com",
    ];

    /// <summary>The statements every role of the cluster's nodes gets with the Amazon VPC CNI (none otherwise), without the actions the role's statements grant already.</summary>
    public static IEnumerable<Statement> Statements(Cluster cluster, string partition, params string[] grantedAlready)
    {
        if (cluster.Networking.Kind != CniKind.AmazonVpc)
        {
            yield break;
        }

        yield return new Statement
        {
            Sid = "AmazonVpcCni",
            Actions = [.. Calls.Select(c => c.Action).Except(grantedAlready, StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Resources = ["*"],
        };
        yield return new Statement { Sid = "AmazonVpcCniTagEnis", Actions = [TagAction], Resources = [NetworkInterfaces(partition)] };
        yield return new Statement { Sid = "AmazonVpcCniEcrToken", Actions = [TokenAction], Resources = ["*"] };
        yield return new Statement { Sid = "AmazonVpcCniPullImages", Actions = PullActions, Resources = Repositories(partition) };
    }
}
