using System.Collections.Immutable;

namespace Kgen.Model;

/// <summary>
/// The cluster add-ons kgen installs and their settings, complete (<see cref="Defaults.AddonDefaults"/> decides each,
/// kops' fields override): the AWS cloud controller manager always, the EBS CSI driver and its default StorageClass
/// unless turned off, metrics-server when turned on.
/// </summary>
internal sealed record AddonOptions
{
    /// <summary>kgen's defaults for a cluster of this name.</summary>
    public static AddonOptions Standard(string clusterName) => new()
    {
        CloudControllerManager = new CloudControllerManagerOptions { ClusterName = clusterName },
        EbsCsiDriver = new EbsCsiDriverOptions(),
        MetricsServer = new MetricsServerOptions(),
        ClusterAutoscaler = new ClusterAutoscalerOptions(),
        NodeTerminationHandler = new NodeTerminationHandlerOptions(),
    };

    /// <summary>The AWS cloud controller manager (always on: the kubelets run with an external cloud provider).</summary>
    public required CloudControllerManagerOptions CloudControllerManager { get; init; }

    /// <summary>The EBS CSI driver.</summary>
    public required EbsCsiDriverOptions EbsCsiDriver { get; init; }

    /// <summary>metrics-server.</summary>
    public required MetricsServerOptions MetricsServer { get; init; }

    /// <summary>The cluster autoscaler.</summary>
    public required ClusterAutoscalerOptions ClusterAutoscaler { get; init; }
    /// <summary>The AWS node termination handler.</summary>
    public NodeTerminationHandlerOptions NodeTerminationHandler { get; init; } = new();

    /// <summary>external-dns (kops' <c>spec.externalDns</c> with <c>provider: external-dns</c>).</summary>
    public ExternalDnsOptions ExternalDns { get; init; } = new();
    /// <summary>cert-manager.</summary>
    public CertManagerOptions CertManager { get; init; } = new();

    /// <summary>The AWS Load Balancer Controller.</summary>
    public LoadBalancerControllerOptions LoadBalancerController { get; init; } = new();
}

/// <summary>The AWS cloud controller manager's flags.</summary>
internal sealed record CloudControllerManagerOptions
{
    /// <summary><c>--cluster-name</c>.</summary>
    public required string ClusterName { get; init; }

    /// <summary><c>--v</c>.</summary>
    public int LogLevel { get; init; } = 2;

    /// <summary><c>--allocate-node-cidrs</c> (kubeadm's controller manager allocates the nodes' pod ranges; the CCM's route controller, off, would read it).</summary>
    public bool AllocateNodeCidrs { get; init; }

    /// <summary><c>--cluster-cidr</c>, or null.</summary>
    public string? ClusterCidr { get; init; }

    /// <summary><c>--leader-elect</c>.</summary>
    public bool LeaderElect { get; init; } = true;

    /// <summary><c>--use-service-account-credentials</c>: a token per controller.</summary>
    public bool UseServiceAccountCredentials { get; init; } = true;

    /// <summary><c>--concurrent-node-syncs</c>, or null for the default.</summary>
    public int? ConcurrentNodeSyncs { get; init; }

    /// <summary><c>--controllers</c>; empty for the default set.</summary>
    public ImmutableArray<string> Controllers { get; init; } = [];
}

/// <summary>The EBS CSI driver and kgen's default StorageClass.</summary>
internal sealed record EbsCsiDriverOptions
{
    /// <summary>Whether the driver is installed.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Whether kgen makes the default StorageClass (gp3, encrypted, WaitForFirstConsumer).</summary>
    public bool DefaultStorageClass { get; init; } = true;

    /// <summary>The node plugin's <c>--volume-attach-limit</c>, or null for the driver's own count.</summary>
    public int? VolumeAttachLimit { get; init; }
}

/// <summary>metrics-server.</summary>
internal sealed record MetricsServerOptions
{
    /// <summary>Whether metrics-server is installed.</summary>
    public bool Enabled { get; init; }

    /// <summary><c>--kubelet-insecure-tls</c> (kgen's kubelets have serving certificates the cluster CA signs, so it is not needed).</summary>
    public bool KubeletInsecureTls { get; init; }
}

/// <summary>How the node termination handler learns of an interruption (kops' <c>enableSQSTerminationDraining</c>).</summary>
internal enum NodeTerminationHandlerMode
{
    /// <summary>An SQS queue fed by EventBridge rules and the groups' lifecycle hooks, read by a Deployment on the control plane.</summary>
    QueueProcessor,

    /// <summary>A DaemonSet on every node polling its own instance's metadata service: no queue, no rules, no hooks, no AWS permissions.</summary>
    Imds,
}

/// <summary>
/// The AWS node termination handler: in queue-processor mode an SQS queue fed by EventBridge rules and the groups'
/// termination lifecycle hooks, and the handler on the control plane cordoning and draining the node each message names;
/// in IMDS mode a handler on every node watching its own instance's metadata.
/// Defaults are kops' (v1alpha2 <c>NodeTerminationHandlerSpec</c>) except <see cref="Enabled"/>.
/// </summary>
internal sealed record NodeTerminationHandlerOptions
{
    /// <summary>Whether the handler (and in queue-processor mode its queue, rules and hooks) exist (kgen: off unless enabled; kops: on).</summary>
    public bool Enabled { get; init; }

    /// <summary>Queue-processor mode (kops' default) or IMDS mode.</summary>
    public NodeTerminationHandlerMode Mode { get; init; } = NodeTerminationHandlerMode.QueueProcessor;

    /// <summary>Drain on a spot interruption notice (IMDS mode; queue-processor mode always does).</summary>
    public bool SpotInterruptionDraining { get; init; } = true;

    /// <summary>Drain before a scheduled maintenance event (IMDS mode; queue-processor mode always does).</summary>
    public bool ScheduledEventDraining { get; init; } = true;

    /// <summary>Drain on a rebalance recommendation (adds the rebalance rule).</summary>
    public bool RebalanceDraining { get; init; }

    /// <summary>Cordon on a rebalance recommendation (in queue-processor mode only with <see cref="RebalanceDraining"/>).</summary>
    public bool RebalanceMonitoring { get; init; }

    /// <summary>Delete a message whose instance is no Node of the cluster.</summary>
    public bool DeleteSqsMessageIfNodeNotFound { get; init; }

    /// <summary>Mark a node for exclusion from load balancers before cordoning it.</summary>
    public bool ExcludeFromLoadBalancers { get; init; } = true;

    /// <summary>Taint a node when an interruption event arrives.</summary>
    public bool TaintNode { get; init; }

    /// <summary>The <c>node.kubernetes.io/out-of-service</c> taint after a non-graceful shutdown.</summary>
    public bool OutOfServiceTaint { get; init; }

    /// <summary>Seconds each pod is given to stop; -1: the pod's own.</summary>
    public int PodTerminationGracePeriod { get; init; } = -1;

    /// <summary>The tag the handler requires on an instance before it acts on it (kgen puts it on every group).</summary>
    public string ManagedTag { get; init; } = "aws-node-termination-handler/managed";

    /// <summary>The Prometheus endpoint.</summary>
    public bool PrometheusMetrics { get; init; }

    /// <summary>The container's CPU request.</summary>
    public string CpuRequest { get; init; } = "50m";

    /// <summary>The container's memory request.</summary>
    public string MemoryRequest { get; init; } = "64Mi";

    /// <summary>The container's memory limit, or none.</summary>
    public string? MemoryLimit { get; init; }
}

/// <summary>
/// external-dns (kubernetes-sigs/external-dns): publishes Route 53 records for the cluster's Services (and Ingresses)
/// into the cluster's hosted zone, owning them by TXT records. kops' other provider, its own dns-controller, kgen does
/// not run: kgen publishes the API's names itself (Route 53 aliases in the generated Terraform/CloudFormation).
/// </summary>
internal sealed record ExternalDnsOptions
{
    /// <summary>Whether external-dns is installed (kops: <c>provider: external-dns</c>).</summary>
    public bool Enabled { get; init; }

    /// <summary>Publish records for Ingresses too (<c>--source=ingress</c>; kops' default with external-dns: true).</summary>
    public bool WatchIngress { get; init; } = true;

    /// <summary><c>--namespace</c>: the one namespace whose objects get records, or null for all.</summary>
    public string? WatchNamespace { get; init; }

    /// <summary>The pod's priority class.</summary>
    public string PriorityClassName { get; init; } = "system-cluster-critical";

    /// <summary>
    /// <c>--policy</c>: sync, as kops runs it (external-dns' default): records whose object is gone are deleted, and
    /// only records this cluster's TXT ownership records say are its own (<c>--registry=txt --txt-owner-id</c>), so a
    /// record of anyone else's in the zone is never touched. upsert-only (upstream's kustomize example) would leave
    /// records pointing at deleted load balancers.
    /// </summary>
    public string Policy { get; init; } = "sync";
}

/// <summary>
/// cert-manager (its controller, CA injector and webhook), with kops' settings: the ingress shim's default
/// ClusterIssuer, the controller's DNS servers, its feature gates, and the Route 53 zones it may answer DNS-01
/// challenges in.
/// </summary>
internal sealed record CertManagerOptions
{
    /// <summary>Whether cert-manager is on (kops' default false).</summary>
    public bool Enabled { get; init; }

    /// <summary>Whether kgen installs it; false: the operator's own cert-manager (kgen installs nothing and grants nothing).</summary>
    public bool Managed { get; init; } = true;

    /// <summary>Whether kgen installs cert-manager.</summary>
    public bool Installed => Enabled && Managed;

    /// <summary>The ClusterIssuer the ingress shim uses (<c>--default-issuer-name</c>), or null.</summary>
    public string? DefaultIssuer { get; init; }

    /// <summary>The controller's DNS servers (its pod's <c>dnsConfig</c>, <c>dnsPolicy: None</c>); empty for the default.</summary>
    public ImmutableArray<string> Nameservers { get; init; } = [];

    /// <summary>The Route 53 hosted zones (ids) whose <c>_acme-challenge</c> TXT records it may change; empty: no DNS-01 through Route 53.</summary>
    public ImmutableArray<string> HostedZoneIds { get; init; } = [];

    /// <summary>The controller's <c>--feature-gates</c>, by name.</summary>
    public ImmutableSortedDictionary<string, bool> FeatureGates { get; init; } = ImmutableSortedDictionary.Create<string, bool>(StringComparer.Ordinal);
}

/// <summary>
/// The AWS Load Balancer Controller (ALBs for Ingresses, NLBs for Services of its load balancer class), with kops'
/// settings; it needs cert-manager for its webhook's certificate. Defaults are kops' (its chart's resources).
/// </summary>
internal sealed record LoadBalancerControllerOptions
{
    /// <summary>Whether the controller is installed (kops' default false).</summary>
    public bool Enabled { get; init; }

    /// <summary><c>--enable-waf</c>: WAF Classic web ACLs on ALBs (and its IAM actions).</summary>
    public bool EnableWaf { get; init; }

    /// <summary><c>--enable-wafv2</c>: WAFv2 web ACLs on ALBs (and its IAM actions).</summary>
    public bool EnableWafV2 { get; init; }

    /// <summary><c>--enable-shield</c>: Shield Advanced protection (and its IAM actions).</summary>
    public bool EnableShield { get; init; }

    /// <summary>The container's CPU request.</summary>
    public string CpuRequest { get; init; } = "100m";

    /// <summary>The container's CPU limit.</summary>
    public string CpuLimit { get; init; } = "200m";

    /// <summary>The container's memory request.</summary>
    public string MemoryRequest { get; init; } = "200Mi";

    /// <summary>The container's memory limit.</summary>
    public string MemoryLimit { get; init; } = "500Mi";
}
