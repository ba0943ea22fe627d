using System.Collections.Immutable;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;
using Kgen.Model;

namespace Kgen.Generator.Addons;

/// <summary>
/// One add-on's identity towards AWS: the service account its AWS calls run as, the workload and container that make
/// them, and the IAM statements they need. With IAM roles for service accounts (<see cref="Cluster.AddonRoles"/>) each
/// becomes a role of its own, trusted for that service account only, and the workload gets the role's environment and
/// token (<see cref="AddonIdentities.Patch"/>); without, the statements are the control-plane role's.
/// </summary>
/// <param name="Kind">The add-on.</param>
/// <param name="Namespace">The service account's namespace.</param>
/// <param name="ServiceAccount">The service account.</param>
/// <param name="WorkloadKind">The kind of the workload that runs as it (Deployment, DaemonSet).</param>
/// <param name="WorkloadName">The workload's name.</param>
/// <param name="Container">The container that calls AWS.</param>
/// <param name="Statements">Its IAM statements (cluster, partition).</param>
internal sealed record AddonIdentity(AddonKind Kind, string Namespace, string ServiceAccount, string WorkloadKind, string WorkloadName, string Container, Func<Cluster, string, IEnumerable<Statement>> Statements)
{
    /// <summary>The subject of the service account's tokens (<c>system:serviceaccount:NS:NAME</c>), which the role's trust requires.</summary>
    public string Subject => $"system:serviceaccount:{Namespace}:{ServiceAccount}";
}

/// <summary>
/// The add-ons that call AWS, one line each (the one table of who calls AWS as what), and what IAM roles for service
/// accounts give their workloads: <c>AWS_ROLE_ARN</c>, <c>AWS_WEB_IDENTITY_TOKEN_FILE</c>, regional STS, and a projected
/// service-account token for the audience <c>amazonaws.com</c> — what EKS' pod identity webhook would inject, which kgen
/// does not run.
/// </summary>
internal static class AddonIdentities
{
    /// <summary>Where the projected token is mounted (the path AWS's pod identity webhook uses).</summary>
    public const string TokenDirectory = "/var/run/secrets/amazonaws.com/serviceaccount";

    /// <summary>The projected token's file name.</summary>
    public const string TokenFile = "token";

    /// <summary>The projected token volume's name.</summary>
    public const string TokenVolume = "aws-iam-token";

    /// <summary>The projected token's lifetime (the kubelet renews it at 80%).</summary>
    public const int TokenExpirationSeconds = 86400;

    /// <summary>Every add-on that calls AWS: namespace, service account, workload, container, statements.</summary>
    public static ImmutableArray<AddonIdentity> All { get; } =
    [
        new(AddonKind.CloudControllerManager, "kube-system", "cloud-controller-manager", "DaemonSet", "aws-cloud-controller-manager", "aws-cloud-controller-manager", (c, p) => AddonPermissions.Role(c, p, AddonKind.CloudControllerManager)),
        new(AddonKind.EbsCsiDriver, "kube-system", "ebs-csi-controller-sa", "Deployment", "ebs-csi-controller", "ebs-plugin", (c, p) => AddonPermissions.Role(c, p, AddonKind.EbsCsiDriver)),
        new(AddonKind.ClusterAutoscaler, "kube-system", "cluster-autoscaler", "Deployment", "cluster-autoscaler", "cluster-autoscaler", (c, p) => AddonPermissions.Role(c, p, AddonKind.ClusterAutoscaler)),
        new(AddonKind.NodeTerminationHandler, "kube-system", "aws-node-termination-handler", "Deployment", "aws-node-termination-handler", "aws-node-termination-handler", (c, p) => AddonPermissions.Role(c, p, AddonKind.NodeTerminationHandler)),
        new(AddonKind.ExternalDns, AddonBuilder.ExternalDnsWorkload.Namespace, AddonBuilder.ExternalDnsWorkload.ServiceAccount, "Deployment", AddonBuilder.ExternalDnsWorkload.Deployment, "external-dns", AddonPermissions.ExternalDnsStatements),
        new(AddonKind.CertManager, AddonBuilder.CertManagerIdentity.Namespace, AddonBuilder.CertManagerIdentity.ServiceAccount, "Deployment", "cert-manager", "cert-manager-controller", AddonPermissions.CertManagerStatements),
        new(AddonKind.LoadBalancerController, AddonBuilder.LoadBalancerControllerIdentity.Namespace, AddonBuilder.LoadBalancerControllerIdentity.ServiceAccount, "Deployment", "controller", "controller", AddonPermissions.LoadBalancerControllerRole),
    ];

    /// <summary>The cluster's add-ons that call AWS, in the table's order.</summary>
    public static IEnumerable<AddonIdentity> Of(Cluster c) => All.Where(i => AddonBuilder.CallsAws(c, i.Kind));

    /// <summary>The add-on's identity, or null when it calls no AWS API.</summary>
    public static AddonIdentity? For(AddonKind kind) => All.FirstOrDefault(i => i.Kind == kind);

    /// <summary>The IAM role of an add-on's service account (its ARN's account is filled in on the node: <see cref="BootValues.AccountId"/>).</summary>
    public static string RoleName(Cluster c, AddonIdentity i) => new Names(c).ServiceAccountRole(i.Namespace, i.ServiceAccount);

    /// <summary>
    /// The strategic-merge patch that gives the add-on's workload its role (the account of the role's ARN is
    /// <see cref="BootValues.AccountId"/>, which the add-on runner fills in from the instance's metadata): the SDKs'
    /// web-identity environment, regional STS, and the projected token.
    /// </summary>
    public static string Patch(Cluster c, AddonIdentity i)
    {
        var arn = Names.IamRoleArn(c.Partition, BootValues.AccountId, RoleName(c, i));
        var apiVersion = "apps/v1";
        return $"""
            apiVersion: {apiVersion}
            kind: {i.WorkloadKind}
            metadata:
              name: {i.WorkloadName}
            spec:
              template:
                spec:
                  containers:
                  - name: {i.Container}
                    env:
                    - name: AWS_ROLE_ARN
                      value: {AddonBuilder.Quote(arn)}
                    - name: AWS_WEB_IDENTITY_TOKEN_FILE
                      value: {AddonBuilder.Quote($"{TokenDirectory}/{TokenFile}")}
                    - name: AWS_STS_REGIONAL_ENDPOINTS
                      value: regional
                    - name: AWS_REGION
                      value: {AddonBuilder.Quote(c.Region)}
                    volumeMounts:
                    - name: {TokenVolume}
                      mountPath: {TokenDirectory}
                      readOnly: true
                  volumes:
                  - name: {TokenVolume}
                    projected:
                      sources:
                      - serviceAccountToken:
                          audience: {ServiceAccountIssuer.AwsAudience}
                          expirationSeconds: {TokenExpirationSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}
                          path: {TokenFile}
            """;
    }

    /// <summary>
    /// What the operator must know: the discovery store is not S3, so AWS STS cannot read the issuer's keys and no
    /// service account's role can be assumed (an offline example).
    /// </summary>
    public static IEnumerable<Diagnostic> Warnings(Cluster c)
    {
        if (c.Topology == ControlPlaneTopology.Kubeadm && c.ServiceAccountIssuer is { Published: false } issuer)
        {
            yield return Diagnostic.Warning(
                DiagnosticCodes.ServiceAccountIssuerOffline,
                new PlanLocation(c.Name),
                $"spec.serviceAccountIssuerDiscovery.discoveryStore {issuer.DiscoveryStore} is not an S3 bucket: AWS STS cannot read the issuer's keys there, so no service account's IAM role can be assumed; " +
                "use s3://BUCKET/PATH, a bucket in the cluster's region that the public can read (docs/addons.md#permissions)");
        }
    }
}
