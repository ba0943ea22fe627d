using System.Collections.Immutable;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;

namespace Kgen.Generator.Bootstrap;

/// <summary>The EKS control plane, as the actor of the connections it opens to the nodes.</summary>
internal sealed record EksControlPlaneActor : Actor
{
    /// <inheritdoc />
    public override string Label => "EKS control plane";
}

/// <summary>Pods of a service account, as the caller of the AWS actions their add-on makes.</summary>
/// <param name="ServiceAccount">namespace/name.</param>
internal sealed record WorkloadActor(string ServiceAccount) : Actor
{
    /// <inheritdoc />
    public override string Label => $"pods of {ServiceAccount}";
}

/// <summary>The cluster's API endpoint that EKS runs.</summary>
internal sealed record EksEndpointDestination : Destination
{
    /// <inheritdoc />
    public override string Label => "the EKS API endpoint";
}

/// <summary>
/// What an EKS cluster's parts need, declared as for a kubeadm cluster's roles (<see cref="RoleNeeds"/>): the nodes
/// register with the API endpoint and pull images, the control plane reaches the kubelets, and the node role (or the
/// VPC CNI's own identity) has the AWS actions the kubelet, the VPC CNI, image pulls and the pod identity agent call.
/// </summary>
internal static class EksNeeds
{
    /// <summary>What the kubelet and the pod identity agent call with the node role.</summary>
    public static readonly ImmutableArray<string> NodeActions = ["ec2:DescribeInstances", "eks-auth:AssumeRoleForPodIdentity"];

    /// <summary>What pulling images from ECR calls (the VPC CNI, kube-proxy and EKS add-ons' images live there).</summary>
    public static readonly ImmutableArray<string> ImagePullActions = ["ecr:BatchGetImage", "ecr:GetAuthorizationToken", "ecr:GetDownloadUrlForLayer"];

    /// <summary>What the VPC CNI calls to give pods addresses.</summary>
    public static readonly ImmutableArray<string> CniActions = ["ec2:AssignPrivateIpAddresses", "ec2:AttachNetworkInterface", "ec2:CreateNetworkInterface", "ec2:DescribeInstances", "ec2:DescribeNetworkInterfaces"];

    public static ImmutableArray<Need> Of(ClusterPlan plan)
    {
        var c = plan.Cluster;
        var node = new RoleActor(InstanceGroupRole.Node);
        var needs = ImmutableArray.CreateBuilder<Need>();
        if (c.InstanceGroups.IsEmpty)
        {
            return [];
        }

        needs.Add(Connect(node, NeedPhase.Boot, new EksEndpointDestination(), 443, "register the kubelet with the cluster (the bootstrap EKS adds to the launch template)"));
        needs.Add(Connect(node, NeedPhase.Boot, new InternetDestination(Names.AwsEndpoint("api.ecr", c.Region)), 443, "pull the VPC CNI, kube-proxy and add-on images from ECR"));
        needs.Add(Connect(node, NeedPhase.Boot, new InternetDestination(Names.AwsEndpoint("ec2", c.Region)), 443, "the VPC CNI attaches interfaces and addresses for pods (EC2 API)"));
        foreach (var action in NodeActions.Concat(ImagePullActions))
        {
            needs.Add(Call(node, NeedPhase.Boot, action, action.StartsWith("ecr", StringComparison.Ordinal) ? "pull images from ECR" : "the kubelet and the pod identity agent"));
        }

        var cni = c.Eks!.WorkloadIdentities.Any(w => w.Addon == "vpc-cni") ? (Actor)new WorkloadActor("kube-system/aws-node") : node;
        foreach (var action in CniActions)
        {
            needs.Add(Call(cni, NeedPhase.Boot, action, "the VPC CNI gives pods addresses of the VPC"));
        }

        var plane = new EksControlPlaneActor();
        needs.Add(Connect(plane, NeedPhase.Steady, new RoleDestination(InstanceGroupRole.Node), 10250, "the API server to the kubelets (logs, exec, port-forward, metrics)"));
        needs.Add(Connect(plane, NeedPhase.Steady, new RoleDestination(InstanceGroupRole.Node), 443, "the API server to admission webhooks served on 443 by pods"));
        needs.Add(Connect(plane, NeedPhase.Steady, new RoleDestination(InstanceGroupRole.Node), 9443, "the API server to admission webhooks on pods' own ports (e.g. 9443), up to 65535", to: 65535));
        needs.Add(Connect(node, NeedPhase.Steady, new RoleDestination(InstanceGroupRole.Node), 0, "pods and nodes to each other: pods have VPC addresses on the nodes' interfaces", protocol: "-1"));
        foreach (var (group, eks) in c.Eks.NodeGroups)
        {
            foreach (var source in eks.SshSourceSecurityGroups)
            {
                needs.Add(Connect(new OutsideActor(source, $"ssh.sourceSecurityGroupIds of {group}"), NeedPhase.Steady, new RoleDestination(InstanceGroupRole.Node), 22, "operators reach the nodes with SSH"));
            }
        }
        return needs.ToImmutable();
    }

    private static ConnectNeed Connect(Actor actor, NeedPhase phase, Destination destination, int port, string purpose, int? to = null, string protocol = "tcp") => new()
    {
        Actor = actor,
        Phase = phase,
        Destination = destination,
        Protocol = protocol,
        FromPort = port,
        ToPort = to ?? port,
        Purpose = purpose,
    };

    private static CallNeed Call(Actor actor, NeedPhase phase, string action, string purpose) => new()
    {
        Actor = actor,
        Phase = phase,
        Action = action,
        Resource = "*",
        Purpose = purpose,
    };
}
