using System.Collections.Immutable;
using Kgen.Generator.Builders;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;

namespace Kgen.Generator.Bootstrap;

/// <summary>
/// What each role does, at boot and in steady state, declared beside the user-data that does it
/// (templates/userdata): the connections it opens, the names it resolves, the AWS calls it makes and on
/// which resources. A change to the scripts shows here (a test reads every download and AWS CLI call of
/// the rendered scripts and finds its need), and <see cref="PlanVerifier"/> proves each need on the plan.
/// </summary>
internal static class RoleNeeds
{
    private const InstanceGroupRole ControlPlane = InstanceGroupRole.ControlPlane;
    private const InstanceGroupRole Node = InstanceGroupRole.Node;
    private const InstanceGroupRole Bastion = InstanceGroupRole.Bastion;

    /// <summary>Ports the kubelet serves on (logs, exec, metrics).</summary>
    private const int Kubelet = 10250;

    /// <summary>
    /// The hosts a node downloads from while it boots (node.sh.sbn): the Kubernetes packages and their key, the AWS CLI
    /// and its key (the pinned rows of <see cref="BootstrapVersions"/>), and the images kubeadm pulls.
    /// </summary>
    public static ImmutableArray<string> BootDownloads { get; } =
    [
        Host(BootstrapVersions.KubernetesRepository.Url(PinnedArtefact.AnyArchitecture)),
        Host(BootstrapVersions.AwsCliInstaller.Url("amd64")),
        Host(BootstrapVersions.AwsCliInstaller.KeyUrl),
        "registry.k8s.io",
    ];

    /// <summary>Every need of the cluster's roles, in a fixed order.</summary>
    public static ImmutableArray<Need> Of(ClusterPlan plan)
    {
        var c = plan.Cluster;
        if (c.Topology == ControlPlaneTopology.EksManaged)
        {
            return EksNeeds.Of(plan);
        }

        var roles = c.InstanceGroups.Select(g => g.Role).ToHashSet();
        var needs = ImmutableArray.CreateBuilder<Need>();
        var kubernetesRoles = new[] { ControlPlane, Node }.Where(roles.Contains).ToList();
        var api = c.Api.InternalName;

        foreach (var role in kubernetesRoles)
        {
            var actor = new RoleActor(role);
            needs.Add(Connect(actor, NeedPhase.Boot, new InternetDestination($"{c.Region}.ec2.archive.ubuntu.com"), "tcp", 80, "install containerd and base packages from Ubuntu's regional mirror (apt)"));
            foreach (var host in BootDownloads)
            {
                needs.Add(Connect(actor, NeedPhase.Boot, new InternetDestination(host), "tcp", 443, $"download from {host}"));
            }

            if (c.Iam.AllowContainerRegistry)
            {
                var host = new Uri(Builders.BootstrapVersions.EcrCredentialProvider.Url("amd64")).Host;
                needs.Add(Connect(actor, NeedPhase.Boot, new InternetDestination(host), "tcp", 443, $"download the kubelet's ECR credential provider from {host}"));
            }

            needs.Add(new ResolveNeed { Actor = actor, Phase = NeedPhase.Boot, Name = api, Purpose = "find the API: kubeadm and the kubelet use the internal API name" });
            needs.Add(Connect(actor, NeedPhase.Boot, new NameDestination(api), "tcp", ApiEndpoint.ListenerPort, role == ControlPlane ? "wait for the API, join the control plane" : "wait for the API and join the cluster"));
            needs.AddRange(ConfigStore(plan, actor));
        }

        if (roles.Contains(ControlPlane))
        {
            needs.AddRange(ControlPlaneBoot(plan));
            needs.AddRange(Authenticator(c));
        }

        needs.AddRange(AmazonVpc(c, kubernetesRoles));
        needs.AddRange(Steady(c, roles));
        needs.AddRange(Addons.AddonNeeds.Of(plan));
        needs.AddRange(Operators(plan, roles));
        foreach (var lb in plan.Resources.Where(r => r is NetworkLoadBalancer or ClassicLoadBalancer))
        {
            needs.Add(new HealthCheckNeed { Actor = new LoadBalancerActor(lb.Name), Phase = NeedPhase.Steady, LoadBalancer = lb.Name, Purpose = "only targets that pass the health checks get traffic" });
        }
        return needs.ToImmutable();
    }

    /// <summary>The secrets a role reads (workers: the cluster CA certificate alone; no role reads or writes a token), or the unreachable store.</summary>
    private static IEnumerable<Need> ConfigStore(ClusterPlan plan, RoleActor actor)
    {
        var c = plan.Cluster;
        if (ConfigStoreLocation.Parse(c.ConfigBase) is not { } store)
        {
            yield return new ConfigStoreNeed { Actor = actor, Phase = NeedPhase.Boot, ConfigBase = c.ConfigBase, Purpose = actor.Role == ControlPlane ? "fetch the cluster's CAs and service-account keys" : "fetch the cluster CA certificate" };
            yield break;
        }

        yield return Connect(actor, NeedPhase.Boot, new InternetDestination(Names.AwsEndpoint("s3", c.Region)), "tcp", 443, "reach the config store (S3)");
        var keys = actor.Role == ControlPlane ? ConfigStoreLayout.ControlPlanePki.Add(ConfigStoreLayout.SecretsEncryptionKeys) : ConfigStoreLayout.WorkerJoinMaterial;
        foreach (var key in keys)
        {
            yield return Call(actor, NeedPhase.Boot, "s3:GetObject", store.ObjectArn(c.Partition, key), $"fetch {key} from the config store");
            if (c.ConfigStoreKmsKey is { } kmsKey)
            {
                yield return Call(actor, NeedPhase.Boot, "kms:Decrypt", kmsKey, $"decrypt {key} (SSE-KMS): S3 asks KMS on the node's behalf", KmsContext(store, c, kmsKey, key));
            }
        }

        // The node script this role's user data fetches (and whatever else kgen places in the store for it).
        foreach (var o in plan.ConfigBaseObjects.Where(o => o.Readers.Contains(actor.Role)))
        {
            yield return Call(actor, NeedPhase.Boot, "s3:GetObject", store.ObjectArn(c.Partition, o.Key), $"fetch {o.Key} from the config store");
            if (c.ConfigStoreKmsKey is { } kmsKey)
            {
                yield return Call(actor, NeedPhase.Boot, "kms:Decrypt", kmsKey, $"decrypt {o.Key} (SSE-KMS): S3 asks KMS on the node's behalf", KmsContext(store, c, kmsKey, o.Key));
            }
        }

        if (actor.Role == ControlPlane)
        {
            foreach (var need in EtcdBackups(plan, actor, store))
            {
                yield return need;
            }
        }
    }

    /// <summary>The condition keys of a KMS request S3 makes for one object of the config store: through S3 in the key's region, the object's ARN as encryption context.</summary>
    private static ImmutableSortedDictionary<string, string> KmsContext(ConfigStoreLocation store, Cluster c, string kmsKey, string key) =>
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)
            .Add(Names.KmsViaServiceKey, Names.AwsEndpoint("s3", ConfigStoreLocation.KmsKeyRegion(kmsKey)))
            .Add(Names.KmsS3EncryptionContextKey, store.ObjectArn(c.Partition, key));

    /// <summary>
    /// etcd snapshots (kgen-etcd-snapshot.timer: write encrypted, list, prune), restoring from one (read the request and
    /// the snapshot), and the lock that serializes control-plane joins (a conditional put, a read, a delete).
    /// </summary>
    private static IEnumerable<Need> EtcdBackups(ClusterPlan plan, RoleActor actor, ConfigStoreLocation store)
    {
        var p = plan.Cluster.Partition;
        foreach (var etcd in plan.Cluster.EtcdClusters.Where(e => e.Runs))
        {
            var prefix = ConfigStoreLayout.EtcdBackups(etcd.Name);
            var snapshot = store.ObjectArn(p, prefix + "SNAPSHOT" + ConfigStoreLayout.EtcdSnapshotExtension);
            var kmsKey = plan.Cluster.ConfigStoreKmsKey;
            var sse = kmsKey is null
                ? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add("s3:x-amz-server-side-encryption", "AES256")
                : ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add("s3:x-amz-server-side-encryption", "aws:kms").Add("s3:x-amz-server-side-encryption-aws-kms-key-id", kmsKey);
            yield return Call(actor, NeedPhase.Steady, "s3:PutObject", snapshot, $"write an etcd {etcd.Name} snapshot, encrypted at rest (kgen-etcd-snapshot.timer)", sse);
            yield return Call(actor, NeedPhase.Steady, "s3:PutObject", snapshot + ConfigStoreLayout.EtcdChecksumExtension, $"write the SHA-256 beside the etcd {etcd.Name} snapshot", sse);
            if (kmsKey is not null)
            {
                foreach (var key in new[] { prefix + "SNAPSHOT" + ConfigStoreLayout.EtcdSnapshotExtension, prefix + "SNAPSHOT" + ConfigStoreLayout.EtcdSnapshotExtension + ConfigStoreLayout.EtcdChecksumExtension })
                {
                    yield return Call(actor, NeedPhase.Steady, "kms:GenerateDataKey", kmsKey, $"encrypt {key} with the config store's key (SSE-KMS)", KmsContext(store, plan.Cluster, kmsKey, key));
                    yield return Call(actor, NeedPhase.Boot, "kms:Decrypt", kmsKey, $"decrypt {key} to restore from it (SSE-KMS)", KmsContext(store, plan.Cluster, kmsKey, key));
                }
            }

            yield return Call(actor, NeedPhase.Steady, "s3:ListBucket", store.BucketArn(p), $"list the etcd {etcd.Name} snapshots to prune them",
                ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add("s3:prefix", store.Prefix + prefix));
            yield return Call(actor, NeedPhase.Steady, "s3:DeleteObject", snapshot, $"prune etcd {etcd.Name} snapshots older than the retention");
            yield return Call(actor, NeedPhase.Boot, "s3:GetObject", snapshot, $"restore etcd {etcd.Name} from a snapshot when asked");
            yield return Call(actor, NeedPhase.Boot, "s3:GetObject", snapshot + ConfigStoreLayout.EtcdChecksumExtension, $"verify an etcd {etcd.Name} snapshot before restoring it");
        }

        yield return Call(actor, NeedPhase.Boot, "s3:GetObject", store.ObjectArn(p, ConfigStoreLayout.EtcdRestoreRequest), "read the restore request");
        var lockKey = store.ObjectArn(p, ConfigStoreLayout.ControlPlaneJoinLock);
        yield return Call(actor, NeedPhase.Boot, "s3:PutObject", lockKey, "take the control-plane join lock (a conditional put)");
        yield return Call(actor, NeedPhase.Boot, "s3:GetObject", lockKey, "see who holds the control-plane join lock and since when");
        yield return Call(actor, NeedPhase.Boot, "s3:DeleteObject", lockKey, "release the control-plane join lock");
    }

    private static IEnumerable<Need> ControlPlaneBoot(ClusterPlan plan)
    {
        var c = plan.Cluster;
        var actor = new RoleActor(ControlPlane);
        var p = c.Partition;
        yield return Connect(actor, NeedPhase.Boot, new InternetDestination(Names.AwsEndpoint("ec2", c.Region)), "tcp", 443, "find and attach the etcd volumes (EC2 API)");
        yield return Call(actor, NeedPhase.Boot, "ec2:DescribeVolumes", "*", "find this zone's etcd volumes by tag");
        foreach (var etcd in c.EtcdClusters.Where(e => e.Runs).Select(e => e.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var volume = plan.OfType<EbsVolume>().FirstOrDefault(v => v.Tags.Items.ContainsKey(Names.EtcdClusterTag(etcd)));
            if (volume is not null)
            {
                yield return Call(actor, NeedPhase.Boot, "ec2:AttachVolume", $"arn:{p}:ec2:{c.Region}:ACCOUNT:volume/VOLUME", $"attach the etcd {etcd} volume", ResourceTags(volume.Tags));
            }
        }

        var instance = plan.OfType<AutoscalingGroup>().FirstOrDefault(a => a.Tags.Items.ContainsKey(Names.ControlPlaneRoleTag));
        if (instance is not null)
        {
            yield return Call(actor, NeedPhase.Boot, "ec2:AttachVolume", $"arn:{p}:ec2:{c.Region}:ACCOUNT:instance/INSTANCE", "attach the etcd volumes to this instance", ResourceTags(instance.Tags));
        }

        yield return Call(actor, NeedPhase.Boot, "ec2:DescribeInstances", "*", "find which etcd members' instances still run, by private IP and control-plane autoscaling group, before removing a member");
        yield return Connect(actor, NeedPhase.Boot, new InternetDestination(AuthenticatorRegistry), "tcp", 443, $"pull the aws-iam-authenticator image from {AuthenticatorRegistry}");
        yield return Connect(actor, NeedPhase.Boot, new InternetDestination(Names.AwsEndpoint("elasticloadbalancing", c.Region)), "tcp", 443, "look up the API load balancer's DNS name for the API certificate");
        yield return Call(actor, NeedPhase.Boot, "elasticloadbalancing:DescribeLoadBalancers", "*", "look up the API load balancer's DNS name for the API certificate");
        foreach (var host in CniDownloads(c.Networking.Kind))
        {
            yield return Connect(actor, NeedPhase.Boot, new InternetDestination(host), "tcp", 443, $"install the CNI ({c.Networking.Kind.ToString().ToLowerInvariant()}) from {host}");
        }
    }

    /// <summary>The registry of <see cref="BootstrapVersions.AwsIamAuthenticatorImage"/>.</summary>
    internal static string AuthenticatorRegistry => BootstrapVersions.AwsIamAuthenticatorImage.Split('/')[0];

    /// <summary>
    /// aws-iam-authenticator on every control-plane node: a kubelet's token is an sts:GetCallerIdentity request its
    /// node presigned locally (the AWS CLI's <c>eks get-token</c> calls nothing); the authenticator sends it to STS's
    /// regional endpoint, and looks the caller's instance up in EC2 for its private DNS name, the Node's name.
    /// </summary>
    private static IEnumerable<Need> Authenticator(Cluster c)
    {
        var cp = new RoleActor(ControlPlane);
        yield return Connect(cp, NeedPhase.Steady, new InternetDestination(Names.AwsEndpoint("sts", c.Region)), "tcp", 443, "aws-iam-authenticator verifies a kubelet's presigned sts:GetCallerIdentity at STS's regional endpoint");
        yield return Connect(cp, NeedPhase.Steady, new InternetDestination(Names.AwsEndpoint("ec2", c.Region)), "tcp", 443, "aws-iam-authenticator looks up a worker's private DNS name (EC2 API)");
        yield return Call(cp, NeedPhase.Steady, "ec2:DescribeInstances", "*", "aws-iam-authenticator maps a worker's instance id to its private DNS name, the only Node name it may use");
    }

    /// <summary>Where the CNI's manifests, CLI and images come from.</summary>
    internal static IEnumerable<string> CniDownloads(CniKind cni) => cni switch
    {
        CniKind.Flannel => [Host(BootstrapVersions.FlannelManifestUrl), "ghcr.io"],
        CniKind.Calico => [Host(BootstrapVersions.CalicoOperatorManifestUrl), "quay.io"],
        CniKind.Cilium => new[] { Host(BootstrapVersions.CiliumCliUrl("amd64")), Host(BootstrapVersions.CiliumChart.Url(PinnedArtefact.AnyArchitecture)), "quay.io" }.Distinct(StringComparer.Ordinal),
        CniKind.AmazonVpc => [Host(BootstrapVersions.AmazonVpcCniManifest.Url(PinnedArtefact.AnyArchitecture))],
        _ => [],
    };

    /// <summary>
    /// The Amazon VPC CNI on every node: at boot the node pulls the CNI's images from EKS's registry with an ECR token; in
    /// steady state aws-node manages the node's ENIs and addresses.
    /// </summary>
    private static IEnumerable<Need> AmazonVpc(Cluster c, IEnumerable<InstanceGroupRole> roles)
    {
        if (c.Networking.Kind != CniKind.AmazonVpc)
        {
            yield break;
        }

        foreach (var role in roles)
        {
            var actor = new RoleActor(role);
            var ec2 = new InternetDestination(Names.AwsEndpoint("ec2", c.Region));
            foreach (var host in AmazonVpcCni.ImageHosts)
            {
                yield return Connect(actor, NeedPhase.Boot, new InternetDestination(host), "tcp", 443, $"pull the Amazon VPC CNI's images ({host})");
            }

            yield return Call(actor, NeedPhase.Boot, AmazonVpcCni.TokenAction, "*", "get an ECR token to pull the Amazon VPC CNI's images");
            foreach (var repository in AmazonVpcCni.Repositories(c.Partition))
            {
                foreach (var action in AmazonVpcCni.PullActions)
                {
                    yield return Call(actor, NeedPhase.Boot, action, repository, "pull the Amazon VPC CNI's image");
                }
            }

            yield return Connect(actor, NeedPhase.Steady, ec2, "tcp", 443, "aws-node manages this node's ENIs and pod addresses (EC2 API)");
            foreach (var (action, purpose) in AmazonVpcCni.Calls)
            {
                yield return Call(actor, NeedPhase.Steady, action, "*", "aws-node: " + purpose);
            }

            yield return Call(actor, NeedPhase.Steady, AmazonVpcCni.TagAction, $"arn:{c.Partition}:ec2:{c.Region}:ACCOUNT:network-interface/ENI", "aws-node: tag the ENIs it creates with the node and cluster");
        }
    }

    private static string Host(string url) => new Uri(url.Replace("{minor}", "0", StringComparison.Ordinal)).Host;

    private static IEnumerable<Need> Steady(Cluster c, HashSet<InstanceGroupRole> roles)
    {
        var cp = new RoleActor(ControlPlane);
        yield return Connect(cp, NeedPhase.Steady, new RoleDestination(ControlPlane), "tcp", 2379, "etcd clients (the API servers) to etcd", to: 2380);
        yield return Connect(cp, NeedPhase.Steady, new RoleDestination(ControlPlane), "tcp", Kubelet, "API server to the control-plane kubelets (logs, exec)");
        if (roles.Contains(Node))
        {
            var node = new RoleActor(Node);
            yield return Connect(cp, NeedPhase.Steady, new RoleDestination(Node), "tcp", Kubelet, "API server to the kubelets (logs, exec, port-forward)");
            yield return Connect(node, NeedPhase.Steady, new RoleDestination(ControlPlane), "tcp", ApiEndpoint.ServerPort, "pods to the API through the kubernetes service (kube-proxy sends them to an API server)");
            yield return Connect(node, NeedPhase.Steady, new RoleDestination(ControlPlane), "tcp", Kubelet, "metrics collection from the control-plane kubelets (metrics-server runs on nodes)");
            yield return Connect(node, NeedPhase.Steady, new RoleDestination(Node), "tcp", Kubelet, "metrics collection from the kubelets (metrics-server runs on nodes)");
            yield return Connect(node, NeedPhase.Steady, new RoleDestination(Node), "tcp", 30000, "NodePort services forwarded between nodes", to: 32767);
            yield return Connect(node, NeedPhase.Steady, new RoleDestination(Node), "udp", 30000, "NodePort services forwarded between nodes", to: 32767);
        }

        var pairs = new List<(InstanceGroupRole From, InstanceGroupRole To)> { (ControlPlane, ControlPlane) };
        if (roles.Contains(Node))
        {
            pairs.AddRange([(ControlPlane, Node), (Node, ControlPlane), (Node, Node)]);
        }

        foreach (var (protocol, first, last, what) in FirewallBuilder.CniPorts(c.Networking))
        {
            foreach (var (from, to) in pairs)
            {
                yield return Connect(new RoleActor(from), NeedPhase.Steady, new RoleDestination(to), protocol, first, what, to: last);
            }
        }
    }

    /// <summary>The operator's ways in: the API from kubernetesApiAccess, SSH from sshAccess, NodePorts from nodePortAccess.</summary>
    private static IEnumerable<Need> Operators(ClusterPlan plan, HashSet<InstanceGroupRole> roles)
    {
        var c = plan.Cluster;
        // The public name is published in the operator's zone (DnsBuilder); without one, or for a name outside it (which
        // the operator points at the load balancer themselves), the proof follows the load balancer's own name.
        var published = c.Dns.Holds(c.Api.PublicName);
        var apiLb = new Names(c).ApiLoadBalancer;
        foreach (var cidr in c.Access.KubernetesApi)
        {
            Destination api = published && c.Dns.Type != DnsType.Private ? new NameDestination(c.Api.PublicName) : new LoadBalancerDestination(apiLb);
            var kubectl = c.Dns.Zone is { } zone && !published
                ? $"the operator's kubectl, at {c.Api.PublicName}: outside the DNS zone {zone}, so the operator points it at this load balancer (assumed)"
                : "the operator's kubectl";
            yield return Connect(new OutsideActor(cidr.ToString(), "kubernetesApiAccess"), NeedPhase.Steady, api, "tcp", ApiEndpoint.ListenerPort, kubectl);
        }

        var hasBastion = roles.Contains(Bastion);
        foreach (var cidr in c.Access.Ssh)
        {
            var actor = new OutsideActor(cidr.ToString(), "sshAccess");
            if (hasBastion)
            {
                yield return Connect(actor, NeedPhase.Steady, new LoadBalancerDestination(new Names(c).BastionLoadBalancer), "tcp", 22, "the operator's SSH to the bastion");
            }
            else
            {
                foreach (var role in new[] { ControlPlane, Node }.Where(roles.Contains))
                {
                    yield return Connect(actor, NeedPhase.Steady, new RoleDestination(role), "tcp", 22, "the operator's SSH to the machines");
                }
            }
        }

        if (hasBastion)
        {
            foreach (var role in new[] { ControlPlane, Node }.Where(roles.Contains))
            {
                yield return Connect(new RoleActor(Bastion), NeedPhase.Steady, new RoleDestination(role), "tcp", 22, "the operator's SSH, onward from the bastion");
            }
        }

        foreach (var cidr in c.Access.NodePort)
        {
            var actor = new OutsideActor(cidr.ToString(), "nodePortAccess");
            yield return Connect(actor, NeedPhase.Steady, new RoleDestination(Node), "tcp", 30000, "clients of NodePort services", to: 32767);
            yield return Connect(actor, NeedPhase.Steady, new RoleDestination(Node), "udp", 30000, "clients of NodePort services", to: 32767);
        }
    }

    private static ConnectNeed Connect(Actor actor, NeedPhase phase, Destination destination, string protocol, int port, string purpose, int? to = null) => new()
    {
        Actor = actor,
        Phase = phase,
        Destination = destination,
        Protocol = protocol,
        FromPort = port,
        ToPort = to ?? port,
        Purpose = purpose,
    };

    private static CallNeed Call(Actor actor, NeedPhase phase, string action, string resource, string purpose, ImmutableSortedDictionary<string, string>? context = null) => new()
    {
        Actor = actor,
        Phase = phase,
        Action = action,
        Resource = resource,
        Purpose = purpose,
        Context = context ?? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal),
    };

    /// <summary>The tags a resource carries, as the condition keys a request on it has.</summary>
    private static ImmutableSortedDictionary<string, string> ResourceTags(Tags tags) =>
        tags.Items.ToImmutableSortedDictionary(t => $"aws:ResourceTag/{t.Key}", t => t.Value, StringComparer.Ordinal);
}
