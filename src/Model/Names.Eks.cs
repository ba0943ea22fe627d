namespace Kgen.Model;

/// <summary>The names of an EKS cluster's own resources (the VPC, subnets, NAT gateways and node role are named as for any cluster).</summary>
internal sealed partial class Names
{
    /// <summary>The plan name of the EKS cluster (its AWS name is the cluster name).</summary>
    public string EksCluster => Cluster;

    /// <summary>The IAM role EKS assumes to run the control plane.</summary>
    public string EksClusterRole => Truncate($"eks-cluster.{Cluster}", MaxIamName);

    /// <summary>The security group kgen adds to the control plane's network interfaces.</summary>
    public string EksControlPlaneSecurityGroup => $"eks-control-plane.{Cluster}";

    /// <summary>The KMS key that encrypts the cluster's Kubernetes secrets.</summary>
    public string EksSecretsKey => $"secrets.{Cluster}";

    /// <summary>The IAM OIDC provider of the cluster's issuer.</summary>
    public string EksOidcProvider => $"oidc.{Cluster}";

    /// <summary>The plan name of a managed node group and of its launch template (their AWS names are the group's name).</summary>
    public string EksNodeGroup(string group) => $"{group}.{Cluster}";

    /// <summary>The plan name of an add-on.</summary>
    public string EksAddon(string addon) => $"addon-{addon}.{Cluster}";

    /// <summary>The plan name of an access entry: the principal's kind, account and name.</summary>
    public string EksAccessEntry(string principalArn)
    {
        // arn:aws:iam::111122223333:role/path/name → role-111122223333-name
        var parts = principalArn.Split(':');
        var resource = parts[^1];
        var kind = resource.Split('/')[0];
        var leaf = resource.Split('/')[^1];
        return $"access-{kind}-{parts[^2]}-{leaf}.{Cluster}";
    }

    /// <summary>The plan name of an access policy's association with an entry.</summary>
    public string EksAccessPolicyAssociation(string principalArn, string policyArn) =>
        $"{EksAccessEntry(principalArn).Replace("." + Cluster, string.Empty, StringComparison.Ordinal)}-{policyArn.Split('/')[^1]}.{Cluster}";

    /// <summary>The plan name of a service account's pod identity association and of the role kgen makes for it.</summary>
    public string EksPodIdentity(string ns, string serviceAccount) => $"{ns}-{serviceAccount}.{Cluster}";

    /// <summary>The AWS name of the role kgen makes for a service account (64 characters at most).</summary>
    public string EksPodIdentityRole(string ns, string serviceAccount) => Truncate($"{ns}-{serviceAccount}.{Cluster}", MaxIamName);

    /// <summary>The plan name of a managed policy's attachment to a role.</summary>
    public static string PolicyAttachment(string role, string policyArn) => $"{role}-{policyArn.Split('/')[^1]}";

    /// <summary>The tag EKS and the cloud controllers read to tell the cluster's subnets.</summary>
    public string EksSubnetTag => OwnershipTag;
}
