using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kgen.Model.Formats;

/// <summary>What kgen does with one field of kops' v1alpha2 API.</summary>
internal enum KopsFieldDecision
{
    /// <summary>kgen honours the field as kops does.</summary>
    Implemented,

    /// <summary>kgen honours the field through its own equivalent (the note says which).</summary>
    Mapped,

    /// <summary>kgen accepts the field and does nothing with it; loading warns (an error under <c>--strict</c>).</summary>
    Ignored,

    /// <summary>kgen refuses the field: ignoring it would silently change what gets created, who can reach it, or what it costs.</summary>
    Refused,
}

/// <summary>One row of <see cref="KopsFieldTable"/>.</summary>
/// <param name="Document"><c>Cluster</c> or <c>InstanceGroup</c>.</param>
/// <param name="Path">The field's YAML path (<c>[]</c> marks a list's items); a path ending in <c>.*</c> decides every field below its parent that has no row of its own.</param>
/// <param name="Decision">What kgen does with it.</param>
/// <param name="Note">Why, or what kgen does instead, or what to do (one line).</param>
internal sealed record KopsFieldRule(string Document, string Path, KopsFieldDecision Decision, string Note);

/// <summary>
/// The one place that decides, for every field of kops' v1alpha2 Cluster and InstanceGroup, whether kgen implements
/// it, maps it onto its own equivalent, accepts and ignores it (with a warning), or refuses it. A field without a
/// row of its own takes the decision of its nearest ancestor that has one. Fields kgen binds (the DTOs in
/// <c>Spec/Documents.cs</c>) are implemented or mapped; the loader consults this table for every other field of a
/// kops document. <c>docs/kops-compatibility.md</c> is generated from it.
/// </summary>
internal static class KopsFieldTable
{
    /// <summary>The issue that brings kops' add-ons to kgen; add-on fields are ignored until it lands.</summary>
    public const string AddonIssue = "#14";

    private const KopsFieldDecision Implemented = KopsFieldDecision.Implemented;
    private const KopsFieldDecision Mapped = KopsFieldDecision.Mapped;
    private const KopsFieldDecision Ignored = KopsFieldDecision.Ignored;
    private const KopsFieldDecision Refused = KopsFieldDecision.Refused;

    private const string Addon = "an add-on kgen does not install yet; it lands with the add-on issue " + AddonIssue;

    /// <summary>
    /// A document of another API beside a kops manifest's Cluster and InstanceGroups (kops applies such "additional
    /// objects" to the cluster once it runs).
    /// </summary>
    public static readonly KopsFieldRule AdditionalObject = new(
        "Manifest", "(another kind of document)", Ignored, "an additional object kops would apply to the running cluster; kgen does not apply it (kubectl apply it once the cluster is up)");

    /// <summary>Every explicit row, Cluster first, in the order of kops' API.</summary>
    public static ImmutableArray<KopsFieldRule> Rules { get; } = [.. ClusterRules(), .. EtcdRules(), .. InstanceGroupRules()];

    /// <summary>Every field kops' API has, per document kind, in the order of kops' API.</summary>
    public static ImmutableArray<string> Fields(string document) => document switch
    {
        "Cluster" => ClusterFieldList,
        "InstanceGroup" => InstanceGroupFieldList,
        _ => [],
    };

    private static readonly ImmutableArray<string> ClusterFieldList = Lines(KopsFieldNames.Cluster);
    private static readonly ImmutableArray<string> InstanceGroupFieldList = Lines(KopsFieldNames.InstanceGroup);

    private static readonly FrozenDictionary<string, KopsFieldRule> ByPath =
        Rules.ToFrozenDictionary(r => Key(r.Document, r.Path), StringComparer.Ordinal);

    private static readonly FrozenSet<string> Known =
        ClusterFieldList.Select(f => Key("Cluster", f)).Concat(InstanceGroupFieldList.Select(f => Key("InstanceGroup", f))).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether kops' API has the field (a path with <c>[]</c> for list items).</summary>
    public static bool IsKopsField(string document, string path) => Known.Contains(Key(document, path));

    /// <summary>The row that decides a field: its own, else its parent's <c>.*</c> row, else its nearest ancestor's; null when none does.</summary>
    public static KopsFieldRule? Decide(string document, string path)
    {
        if (ByPath.TryGetValue(Key(document, path), out var own))
        {
            return own;
        }

        for (var p = path; Parent(p) is { } parent; p = parent)
        {
            if (p != path && ByPath.TryGetValue(Key(document, p), out var ancestor))
            {
                return ancestor;
            }

            if (!p.EndsWith("[]", StringComparison.Ordinal) && ByPath.TryGetValue(Key(document, parent + ".*"), out var rest))
            {
                return rest;
            }

            if (Parent(parent) is null && ByPath.TryGetValue(Key(document, parent), out var top))
            {
                return top;
            }
        }

        return null;
    }

    /// <summary>The row a field has of its own (not inherited), or null.</summary>
    public static KopsFieldRule? OwnRule(string document, string path) => ByPath.GetValueOrDefault(Key(document, path));

    /// <summary>The fields kops' API has directly below <paramref name="path"/> (for a list, below its items).</summary>
    public static IEnumerable<string> ChildrenOf(string document, string path)
    {
        var prefix = path + ".";
        return Fields(document).Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && !f[prefix.Length..].Contains('.', StringComparison.Ordinal))
            .Select(f => f[prefix.Length..]);
    }

    /// <summary>The parent of a path (<c>spec.a[].b</c> → <c>spec.a[]</c> → <c>spec.a</c>), or null at the top.</summary>
    internal static string? Parent(string path)
    {
        if (path.EndsWith("[]", StringComparison.Ordinal))
        {
            return path[..^2];
        }

        var cut = path.LastIndexOf('.');
        return cut <= 0 ? null : path[..cut];
    }

    private static string Key(string document, string path) => document + " " + path;

    private static ImmutableArray<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static KopsFieldRule C(string path, KopsFieldDecision decision, string note) => new("Cluster", path, decision, note);

    private static KopsFieldRule G(string path, KopsFieldDecision decision, string note) => new("InstanceGroup", path, decision, note);

    private static IEnumerable<KopsFieldRule> ClusterRules() =>
    [
        C("spec.channel", Ignored, "kops' release channel picks kops' component versions; kgen installs the kubernetesVersion given, from pkgs.k8s.io"),
        C("spec.addons", Refused, "kops' channel manifests (each names a kops channel file of versioned manifests that kops' channels tool applies and upgrades); kgen has no channels tool and cannot pin or verify a manifest it does not read, so none would be applied; remove the field and apply your manifests with kubectl or your GitOps tool once the cluster is up (docs/addons.md#your-own-manifests)"),
        C("spec.configBase", Implemented, "where the cluster's configuration and secrets live (s3://, file://; kops' memfs:// makes an offline example)"),
        C("spec.cloudProvider", Implemented, "must be aws"),
        C("spec.gossipConfig", Ignored, "kops' gossip DNS for .k8s.local names; kgen's nodes reach the API through its internal load balancer's name"),
        C("spec.containerRuntime", Ignored, "kgen runs containerd, the only runtime kops 1.34 offers"),
        C("spec.kubernetesVersion", Implemented, "1.29 or newer; a pre-release (alpha, beta, rc) installs from pkgs.k8s.io's pre-release channel, with a warning that it is not for production"),
        C("spec.subnets", Implemented, "created, or reused by id"),
        C("spec.subnets[].name", Implemented, "the subnet's name"),
        C("spec.subnets[].zone", Implemented, "its availability zone"),
        C("spec.subnets[].region", Ignored, "the region follows from the zones"),
        C("spec.subnets[].cidr", Implemented, "carved from networkCIDR when left out"),
        C("spec.subnets[].ipv6CIDR", Refused, "kgen's VPCs are IPv4-only; remove the field"),
        C("spec.subnets[].id", Implemented, "an existing subnet, tagged shared and not created"),
        C("spec.subnets[].egress", Implemented, "Private subnets: an existing NAT gateway (nat-…) or External (no default route is made); Utility subnets: External (no internet gateway route is made)"),
        C("spec.subnets[].type", Implemented, "Public, Private or Utility"),
        C("spec.subnets[].publicIP", Refused, "kgen allocates each NAT gateway's Elastic IP itself; remove the field"),
        C("spec.subnets[].additionalRoutes", Refused, "extra routes change what the subnet can reach; add them beside kgen's output, keyed by its route table"),
        C("spec.project", Ignored, "Google Cloud only"),
        C("spec.masterPublicName", Implemented, "the API's public name, in the certificate and kubeconfig; outside dnsZone (as kops allows) kgen publishes no record for it and warns: point it at the output api_load_balancer_dns_name"),
        C("spec.masterInternalName", Mapped, "must be api.internal.<cluster>, the name kgen's nodes reach the API at; any other name is refused"),
        C("spec.networkCIDR", Implemented, "the VPC's CIDR"),
        C("spec.additionalNetworkCIDRs", Refused, "kgen's VPCs have one CIDR, so subnets in the extra ranges could not be made; remove the field"),
        C("spec.networkID", Implemented, "an existing VPC"),
        C("spec.topology", Implemented, "DNS and bastion settings"),
        C("spec.topology.masters", Ignored, "kops' older topology switch; kgen reads each subnet's type"),
        C("spec.topology.nodes", Ignored, "kops' older topology switch; kgen reads each subnet's type"),
        C("spec.topology.bastion", Implemented, "the bastion's name and load balancer"),
        C("spec.topology.bastion.bastionPublicName", Implemented, "the bastion's DNS name"),
        C("spec.topology.bastion.idleTimeoutSeconds", Ignored, "kgen's bastion load balancer is a Network load balancer, whose TCP idle timeout AWS fixes"),
        C("spec.topology.bastion.loadBalancer", Implemented, "the bastion's load balancer"),
        C("spec.topology.bastion.loadBalancer.type", Implemented, "Public or Internal"),
        C("spec.topology.bastion.loadBalancer.additionalSecurityGroups", Ignored, "the bastion load balancer takes kgen's own security group only; SSH is admitted from sshAccess"),
        C("spec.topology.dns", Implemented, "the DNS topology"),
        C("spec.topology.dns.type", Implemented, "Public, Private or None"),
        C("spec.secretStore", Ignored, "kgen keeps secrets under configBase"),
        C("spec.keyStore", Ignored, "kgen keeps the cluster's keys under configBase"),
        C("spec.configStore", Ignored, "kgen keeps configuration under configBase"),
        C("spec.dnsZone", Implemented, "the operator's hosted zone (name or id)"),
        C("spec.dnsControllerGossipConfig", Ignored, "kops' dns-controller gossip; kgen publishes records in Terraform or CloudFormation"),
        C("spec.additionalSans", Ignored, "kgen's API certificate names the cluster's API names and load balancers only"),
        C("spec.clusterDNSDomain", Mapped, "must be cluster.local, kubeadm's default that kgen's clusters use; any other domain is refused"),
        C("spec.serviceClusterIPRange", Implemented, "the service CIDR"),
        C("spec.podCIDR", Implemented, "the pod CIDR"),
        C("spec.nonMasqueradeCIDR", Implemented, "checked against the pod and service ranges"),
        C("spec.sshAccess", Implemented, "CIDRs that may SSH in"),
        C("spec.nodePortAccess", Implemented, "CIDRs that may reach NodePort services"),
        C("spec.egressProxy", Refused, "kgen's nodes reach the internet directly, not through a proxy; remove the field or use kops"),
        C("spec.sshKeyName", Implemented, "an existing key pair (empty: none)"),
        C("spec.kubernetesApiAccess", Implemented, "CIDRs that may reach the API"),
        C("spec.isolateMasters", Ignored, "deprecated in kops; kgen's control plane is tainted and runs no workloads"),
        C("spec.updatePolicy", Ignored, "kops' unattended-upgrades switch; kgen leaves the image's own policy"),
        C("spec.externalPolicies", Implemented, "managed policies (ARNs) attached to each role's IAM role (master or control-plane, node, bastion); like additionalPolicies they are the operator's; refused for a role whose every group uses its own instance profile (iam.profile)"),
        C("spec.additionalPolicies", Implemented, "extra IAM statements per role"),
        C("spec.fileAssets", Ignored, "kgen writes no extra files onto nodes"),
        C("spec.docker", Ignored, "kops 1.34 runs containerd only, as kgen does"),
        C("spec.containerd", Implemented, "containerd's settings kgen reads"),
        C("spec.containerd.registryMirrors", Implemented, "per registry (* for every one), mirrors containerd pulls from first: a hosts.toml per registry under /etc/containerd/certs.d, written by the node's user-data"),
        C("spec.containerd.*", Ignored, "kgen configures containerd itself (systemd cgroups, the pause image of its Kubernetes version)"),
        C("spec.kubeDNS", Ignored, "kubeadm installs CoreDNS with its defaults"),
        C("spec.kubeAPIServer", Mapped, "kube-apiserver's flags in kgen's kubeadm ClusterConfiguration (apiServer.extraArgs), over kgen's hardened defaults"),
        C("spec.kubeAPIServer.anonymousAuth", Mapped, "true: anonymous requests on every path (warned); false or unset: only /livez, /readyz, /healthz and kubeadm's cluster-info (AuthenticationConfiguration, Kubernetes 1.32+), which the load balancer's health check and the kubelet's probes need"),
        C("spec.kubeAPIServer.enableProfiling", Implemented, "--profiling (kgen's default: false; true is warned)"),
        C("spec.kubeAPIServer.auditLogPath", Implemented, "--audit-log-path, a file under /var/log/ whose folder is mounted into the API server's pod, or - (default /var/log/kubernetes/audit/audit.log)"),
        C("spec.kubeAPIServer.auditLogMaxAge", Implemented, "--audit-log-maxage (default 30 days)"),
        C("spec.kubeAPIServer.auditLogMaxBackups", Implemented, "--audit-log-maxbackup (default 10)"),
        C("spec.kubeAPIServer.auditLogMaxSize", Implemented, "--audit-log-maxsize (default 100 MB)"),
        C("spec.kubeAPIServer.auditPolicyFile", Mapped, "kgen writes its own audit policy to /etc/kubernetes/kgen/audit-policy.yaml and uses it; another path is warned about and not used"),
        C("spec.kubeAPIServer.featureGates", Implemented, "--feature-gates"),
        C("spec.kubeAPIServer.enableAdmissionPlugins", Implemented, "--enable-admission-plugins, with NodeRestriction (PodSecurity is on by default)"),
        C("spec.kubeAPIServer.appendAdmissionPlugins", Implemented, "--enable-admission-plugins, as enableAdmissionPlugins"),
        C("spec.kubeAPIServer.disableAdmissionPlugins", Implemented, "--disable-admission-plugins (turning off NodeRestriction, PodSecurity or ServiceAccount is warned)"),
        C("spec.kubeAPIServer.oidcIssuerURL", Mapped, "a JWT issuer of the AuthenticationConfiguration (Kubernetes 1.32+; --oidc-issuer-url before)"),
        C("spec.kubeAPIServer.oidcClientID", Mapped, "the JWT issuer's audience"),
        C("spec.kubeAPIServer.oidcUsernameClaim", Mapped, "the JWT issuer's username claim (default sub)"),
        C("spec.kubeAPIServer.oidcUsernamePrefix", Mapped, "the username claim's prefix (- for none; by default the issuer URL and # unless the claim is email)"),
        C("spec.kubeAPIServer.oidcGroupsClaim", Mapped, "the JWT issuer's groups claim"),
        C("spec.kubeAPIServer.oidcGroupsPrefix", Mapped, "the groups claim's prefix"),
        C("spec.kubeAPIServer.oidcRequiredClaim", Mapped, "the JWT issuer's claim validation rules (claim=value each)"),
        C("spec.kubeAPIServer.oidcCAFile", Ignored, "a file on the node kgen does not write; the issuer's certificate must chain to a public CA the API server trusts"),
        C("spec.kubeAPIServer.serviceNodePortRange", Implemented, "--service-node-port-range"),
        C("spec.kubeAPIServer.maxRequestsInflight", Implemented, "--max-requests-inflight"),
        C("spec.kubeAPIServer.maxMutatingRequestsInflight", Implemented, "--max-mutating-requests-inflight"),
        C("spec.kubeAPIServer.eventTTL", Implemented, "--event-ttl"),
        C("spec.kubeAPIServer.*", Ignored, "kops' other kube-apiserver flags; kgen's kubeadm configuration sets the API server"),
        C("spec.kubeControllerManager", Mapped, "kube-controller-manager's flags in kgen's kubeadm ClusterConfiguration (controllerManager.extraArgs)"),
        C("spec.kubeControllerManager.enableProfiling", Implemented, "--profiling (kgen's default: false; true is warned)"),
        C("spec.kubeControllerManager.featureGates", Implemented, "--feature-gates"),
        C("spec.kubeControllerManager.terminatedPodGCThreshold", Implemented, "--terminated-pod-gc-threshold"),
        C("spec.kubeControllerManager.horizontalPodAutoscalerSyncPeriod", Implemented, "--horizontal-pod-autoscaler-sync-period"),
        C("spec.kubeControllerManager.horizontalPodAutoscalerDownscaleStabilization", Implemented, "--horizontal-pod-autoscaler-downscale-stabilization"),
        C("spec.kubeControllerManager.horizontalPodAutoscalerCpuInitializationPeriod", Implemented, "--horizontal-pod-autoscaler-cpu-initialization-period"),
        C("spec.kubeControllerManager.horizontalPodAutoscalerInitialReadinessDelay", Implemented, "--horizontal-pod-autoscaler-initial-readiness-delay"),
        C("spec.kubeControllerManager.horizontalPodAutoscalerTolerance", Implemented, "--horizontal-pod-autoscaler-tolerance"),
        C("spec.kubeControllerManager.*", Ignored, "kops' other kube-controller-manager flags; kgen's kubeadm configuration sets the controller manager"),
        C("spec.cloudControllerManager", Mapped, "the AWS cloud controller manager kgen always installs (an add-on, docs/addons.md), with the kubelets, API server and controller manager set for an external cloud provider"),
        C("spec.cloudControllerManager.clusterName", Implemented, "--cluster-name (default: the cluster's name)"),
        C("spec.cloudControllerManager.logLevel", Implemented, "--v (default 2)"),
        C("spec.cloudControllerManager.allocateNodeCIDRs", Implemented, "--allocate-node-cidrs (default false: kubeadm's controller manager allocates the nodes' pod ranges)"),
        C("spec.cloudControllerManager.clusterCIDR", Implemented, "--cluster-cidr"),
        C("spec.cloudControllerManager.configureCloudRoutes", Implemented, "--configure-cloud-routes: false only (kgen's CNIs route pod traffic themselves; true is an error)"),
        C("spec.cloudControllerManager.leaderElection", Mapped, "leader election: only leaderElect is read"),
        C("spec.cloudControllerManager.leaderElection.leaderElect", Implemented, "--leader-elect (default true)"),
        C("spec.cloudControllerManager.leaderElection.*", Ignored, "the CCM's own lease timings"),
        C("spec.cloudControllerManager.useServiceAccountCredentials", Implemented, "--use-service-account-credentials (default true)"),
        C("spec.cloudControllerManager.concurrentNodeSyncs", Implemented, "--concurrent-node-syncs"),
        C("spec.cloudControllerManager.controllers", Implemented, "--controllers"),
        C("spec.cloudControllerManager.*", Ignored, "kgen runs upstream's DaemonSet of the release its add-on table pins for the cluster's Kubernetes minor, with its image and resources; kops' other CCM settings are not read"),
        C("spec.kubeScheduler", Mapped, "kube-scheduler's flags in kgen's kubeadm ClusterConfiguration (scheduler.extraArgs)"),
        C("spec.kubeScheduler.enableProfiling", Implemented, "--profiling (kgen's default: false; true is warned)"),
        C("spec.kubeScheduler.featureGates", Implemented, "--feature-gates"),
        C("spec.kubeScheduler.*", Ignored, "kops' other kube-scheduler flags; kubeadm runs the scheduler with its defaults"),
        C("spec.kubeProxy", Mapped, "kube-proxy's KubeProxyConfiguration given to kubeadm init"),
        C("spec.kubeProxy.proxyMode", Implemented, "mode: iptables (default), ipvs or nftables"),
        C("spec.kubeProxy.featureGates", Implemented, "featureGates"),
        C("spec.kubeProxy.*", Ignored, "kops' other kube-proxy settings; kubeadm runs kube-proxy with its defaults"),
        C("spec.kubelet", Implemented, "the kubelet's settings kgen reads"),
        C("spec.kubelet.anonymousAuth", Implemented, "the kubelet's anonymous access (kgen's default: off; true is warned)"),
        C("spec.kubelet.authenticationTokenWebhook", Implemented, "authentication.webhook.enabled (kgen's default: true; false is warned)"),
        C("spec.kubelet.authorizationMode", Implemented, "authorization.mode: Webhook (default) or AlwaysAllow (warned)"),
        C("spec.kubelet.maxPods", Implemented, "maxPods"),
        C("spec.kubelet.evictionHard", Implemented, "evictionHard (replaces kgen's thresholds)"),
        C("spec.kubelet.kubeReserved", Implemented, "kubeReserved (replaces kgen's reservation)"),
        C("spec.kubelet.systemReserved", Implemented, "systemReserved (replaces kgen's reservation)"),
        C("spec.kubelet.featureGates", Implemented, "featureGates"),
        C("spec.kubelet.imageGCHighThresholdPercent", Implemented, "imageGCHighThresholdPercent"),
        C("spec.kubelet.imageGCLowThresholdPercent", Implemented, "imageGCLowThresholdPercent"),
        C("spec.kubelet.serializeImagePulls", Implemented, "serializeImagePulls"),
        C("spec.kubelet.*", Ignored, "kops' kubelet flags; kgen's kubelet configuration sets its own"),
        C("spec.masterKubelet", Ignored, "kops' control-plane kubelet flags; kubeadm gives every node the cluster's one kubelet configuration (spec.kubelet)"),
        C("spec.cloudConfig", Mapped, "kgen reads manageStorageClasses and awsEBSCSIDriver"),
        C("spec.cloudConfig.manageStorageClasses", Implemented, "false: no default StorageClass of kgen's (default true: gp3, encrypted, WaitForFirstConsumer)"),
        C("spec.cloudConfig.awsEBSCSIDriver", Implemented, "the EBS CSI driver, an add-on on by default (docs/addons.md)"),
        C("spec.cloudConfig.awsEBSCSIDriver.enabled", Implemented, "false: no driver and no default StorageClass"),
        C("spec.cloudConfig.awsEBSCSIDriver.volumeAttachLimit", Implemented, "the node plugin's --volume-attach-limit"),
        C("spec.cloudConfig.awsEBSCSIDriver.version", Ignored, "kgen installs the version its add-on table pins with the SHA-256 of every file; a kgen release upgrades it"),
        C("spec.cloudConfig.awsEBSCSIDriver.*", Ignored, "kgen installs upstream's kustomize manifests with their defaults; the controller runs on the control plane with the control-plane role's permissions"),
        C("spec.cloudConfig.*", Ignored, "kops' cloud-provider settings; kgen runs no in-tree cloud provider"),
        C("spec.externalDns", Mapped, "provider: external-dns installs external-dns, an add-on (docs/addons.md#external-dns); dns-controller (kops' default) and none install nothing: kgen publishes the API's names itself"),
        C("spec.externalDns.provider", Implemented, "external-dns: kubernetes-sigs/external-dns in the cluster's hosted zone; dns-controller or none: no controller"),
        C("spec.externalDns.watchIngress", Implemented, "--source=ingress (default true with external-dns); true with dns-controller is refused (kgen runs none)"),
        C("spec.externalDns.watchNamespace", Implemented, "--namespace of external-dns; nothing with dns-controller"),
        C("spec.externalDns.priorityClassName", Implemented, "external-dns' priority class (default system-cluster-critical); nothing with dns-controller"),
        C("spec.externalDns.disable", Mapped, "kgen runs no dns-controller, so it changes nothing; true with provider: external-dns is refused"),
        C("spec.ntp", Ignored, "the image's time service uses the Amazon Time Sync Service"),
        C("spec.packages", Ignored, "kgen installs no extra packages onto nodes"),
        C("spec.nodeTerminationHandler", Implemented, "the AWS node termination handler, in queue-processor or IMDS mode, an add-on (off by default, docs/addons.md#node-termination-handler)"),
        C("spec.nodeTerminationHandler.enabled", Implemented, "true: the handler, and in queue-processor mode its SQS queue, EventBridge rules and lifecycle hooks (kgen's default false; kops' true)"),
        C("spec.nodeTerminationHandler.enableSQSTerminationDraining", Implemented, "true (default): queue-processor mode; false: IMDS mode, a DaemonSet on every node polling its instance's metadata (no queue, rules, hooks or AWS permissions)"),
        C("spec.nodeTerminationHandler.enableSpotInterruptionDraining", Implemented, "ENABLE_SPOT_INTERRUPTION_DRAINING in IMDS mode; always on in queue-processor mode, where false is an error"),
        C("spec.nodeTerminationHandler.enableScheduledEventDraining", Implemented, "ENABLE_SCHEDULED_EVENT_DRAINING in IMDS mode; always on in queue-processor mode (the AWS Health rule), where false is an error"),
        C("spec.nodeTerminationHandler.enableRebalanceDraining", Implemented, "ENABLE_REBALANCE_DRAINING, and in queue-processor mode the rebalance-recommendation rule"),
        C("spec.nodeTerminationHandler.enableRebalanceMonitoring", Implemented, "ENABLE_REBALANCE_MONITORING; in queue-processor mode only with enableRebalanceDraining"),
        C("spec.nodeTerminationHandler.deleteSQSMsgIfNodeNotFound", Implemented, "DELETE_SQS_MSG_IF_NODE_NOT_FOUND (queue-processor mode; IMDS mode has no queue)"),
        C("spec.nodeTerminationHandler.excludeFromLoadBalancers", Implemented, "EXCLUDE_FROM_LOAD_BALANCERS (default true)"),
        C("spec.nodeTerminationHandler.taintNode", Implemented, "TAINT_NODE"),
        C("spec.nodeTerminationHandler.enableOutOfServiceTaint", Implemented, "ENABLE_OUT_OF_SERVICE_TAINT"),
        C("spec.nodeTerminationHandler.podTerminationGracePeriod", Implemented, "POD_TERMINATION_GRACE_PERIOD (default -1: each pod's own)"),
        C("spec.nodeTerminationHandler.managedASGTag", Implemented, "in queue-processor mode the tag kgen puts on every group (propagated to instances) and the handler requires (MANAGED_TAG); IMDS mode acts only on its own node"),
        C("spec.nodeTerminationHandler.prometheusEnable", Implemented, "ENABLE_PROMETHEUS_SERVER"),
        C("spec.nodeTerminationHandler.cpuRequest", Implemented, "the container's CPU request (default 50m)"),
        C("spec.nodeTerminationHandler.memoryRequest", Implemented, "the container's memory request (default 64Mi)"),
        C("spec.nodeTerminationHandler.memoryLimit", Implemented, "the container's memory limit (default none)"),
        C("spec.nodeTerminationHandler.version", Ignored, "kgen runs the handler version of its add-on table"),
        C("spec.nodeTerminationHandler.*", Ignored, "webhooks are not set by kgen"),
        C("spec.nodeProblemDetector", Ignored, Addon),
        C("spec.metricsServer", Implemented, "metrics-server, an add-on (off by default, docs/addons.md)"),
        C("spec.metricsServer.enabled", Implemented, "true installs metrics-server"),
        C("spec.metricsServer.insecure", Implemented, "--kubelet-insecure-tls (not needed: the kubelets' serving certificates are signed by the cluster CA)"),
        C("spec.metricsServer.image", Ignored, "kgen runs the metrics-server release of its add-on table that supports the cluster's Kubernetes minor"),
        C("spec.certManager", Implemented, "cert-manager, an add-on (off by default, docs/addons.md#cert-manager)"),
        C("spec.certManager.enabled", Implemented, "true installs cert-manager (its CRDs from upstream's tag, its controller, CA injector and webhook on the control plane)"),
        C("spec.certManager.managed", Implemented, "false: kgen installs nothing and grants nothing (the operator's own cert-manager); a warning names the settings that then do nothing"),
        C("spec.certManager.image", Ignored, "kgen runs the cert-manager release of its add-on table"),
        C("spec.certManager.defaultIssuer", Implemented, "--default-issuer-name (a ClusterIssuer) for the ingress shim"),
        C("spec.certManager.nameservers", Implemented, "the controller's DNS servers (dnsPolicy None, at most 3 addresses)"),
        C("spec.certManager.hostedZoneIDs", Implemented, "Route 53 DNS-01: _acme-challenge TXT records in those zones only, on the control-plane role (the controller on the host's network)"),
        C("spec.certManager.featureGates", Implemented, "the controller's --feature-gates"),
        C("spec.awsLoadBalancerController", Implemented, "the AWS Load Balancer Controller, an add-on (off by default, docs/addons.md#aws-load-balancer-controller)"),
        C("spec.awsLoadBalancerController.enabled", Implemented, "true installs the controller on the control plane (host network) and turns cert-manager on; certManager.enabled: false is then an error"),
        C("spec.awsLoadBalancerController.version", Implemented, "only the version of kgen's add-on table (v3.5.0); another is an error"),
        C("spec.awsLoadBalancerController.enableWAF", Implemented, "--enable-waf and the WAF Classic actions"),
        C("spec.awsLoadBalancerController.enableWAFv2", Implemented, "--enable-wafv2 and the WAFv2 actions"),
        C("spec.awsLoadBalancerController.enableShield", Implemented, "--enable-shield and the Shield actions"),
        C("spec.awsLoadBalancerController.cpuRequest", Implemented, "the container's CPU request (default 100m)"),
        C("spec.awsLoadBalancerController.cpuLimit", Implemented, "the container's CPU limit (default 200m)"),
        C("spec.awsLoadBalancerController.memoryRequest", Implemented, "the container's memory request (default 200Mi)"),
        C("spec.awsLoadBalancerController.memoryLimit", Implemented, "the container's memory limit (default 500Mi)"),
        C("spec.networking", Implemented, "the CNI: flannel, calico, cilium, amazonvpc, or cni (bring your own)"),
        C("spec.networking.cni", Implemented, "no CNI installed: bring your own"),
        C("spec.networking.cni.*", Ignored, "settings of a CNI you install yourself"),
        C("spec.networking.flannel", Implemented, "flannel"),
        C("spec.networking.flannel.backend", Implemented, "vxlan"),
        C("spec.networking.flannel.*", Ignored, "kops' flannel tuning; kgen installs flannel's own manifest"),
        C("spec.networking.calico", Implemented, "calico"),
        C("spec.networking.calico.*", Ignored, "kops' calico tuning; kgen installs calico's own manifest"),
        C("spec.networking.cilium", Implemented, "cilium"),
        C("spec.networking.cilium.*", Ignored, "kops' cilium tuning; kgen installs cilium with its defaults"),
        C("spec.networking.amazonvpc", Implemented, "the Amazon VPC CNI: pods take addresses of the nodes' subnets; max-pods from the instance's ENIs at boot"),
        C("spec.networking.amazonvpc.env", Implemented, "set on the aws-node container after the pinned manifest is applied; settings that would break max-pods, addressing or permissions are refused (docs/node-bootstrap.md)"),
        C("spec.networking.amazonvpc.imageName", Refused, "kgen installs the pinned release's images, pulled with a grant scoped to EKS's repositories of them; another image would not be pulled; remove the field"),
        C("spec.networking.amazonvpc.initImageName", Refused, "kgen installs the pinned release's images, pulled with a grant scoped to EKS's repositories of them; another image would not be pulled; remove the field"),
        C("spec.networking.amazonvpc.networkPolicyAgentImage", Refused, "kgen installs the pinned release's images, pulled with a grant scoped to EKS's repositories of them; another image would not be pulled; remove the field"),
        C("spec.networking.kopeio", Mapped, "flannel with its VXLAN backend, warned (KG2051): kopeio-networking is kops' own VXLAN overlay, unreleased since 2018; flannel's gives pods the same reach, also without NetworkPolicy"),
        C("spec.networking.*", Refused, "a CNI kgen does not install; use flannel, calico, cilium, amazonvpc, or cni and install it yourself"),
        C("spec.api", Implemented, "how the API is exposed"),
        C("spec.api.dns", Mapped, "kgen fronts the API with load balancers even then (nodes use an internal one); see docs/design.md"),
        C("spec.api.loadBalancer", Implemented, "the API's load balancer"),
        C("spec.api.loadBalancer.class", Implemented, "Network (Classic is refused)"),
        C("spec.api.loadBalancer.type", Implemented, "Public or Internal"),
        C("spec.api.loadBalancer.idleTimeoutSeconds", Ignored, "a Network load balancer's TCP idle timeout is fixed by AWS"),
        C("spec.api.loadBalancer.securityGroupOverride", Implemented, "an existing group instead of the one kgen makes for the API load balancer; as kops does, kgen adds its rules (kubernetesApiAccess, the nodes) to it, and rules you keep there are yours"),
        C("spec.api.loadBalancer.additionalSecurityGroups", Implemented, "extra security groups"),
        C("spec.api.loadBalancer.useForInternalApi", Mapped, "kgen always gives nodes an internal API load balancer (api.internal.<cluster>)"),
        C("spec.api.loadBalancer.sslCertificate", Refused, "kgen's API load balancer passes TLS through to the API server; a certificate there would change who can authenticate; remove the field"),
        C("spec.api.loadBalancer.sslPolicy", Ignored, "no TLS listener to apply it to (TLS passes through)"),
        C("spec.api.loadBalancer.crossZoneLoadBalancing", Implemented, "cross-zone load balancing"),
        C("spec.api.loadBalancer.subnets", Refused, "kgen places the API load balancer in the subnets its type calls for; remove the field"),
        C("spec.api.loadBalancer.accessLog", Ignored, "kgen writes no load balancer access logs"),
        C("spec.authentication", Ignored, "kops' aws-iam-authenticator or OIDC webhook; kgen's users authenticate with client certificates (kgen export kubeconfig)"),
        C("spec.authorization", Mapped, "rbac: kgen's kubeadm configuration authorizes with Node and RBAC"),
        C("spec.authorization.rbac", Mapped, "Node and RBAC, kubeadm's default"),
        C("spec.authorization.alwaysAllow", Refused, "every request would be allowed; kgen authorizes with RBAC; use rbac: {}"),
        C("spec.nodeAuthorization", Ignored, "kops' node authorizer; kubeadm's Node authorizer and NodeRestriction admission do this"),
        C("spec.cloudLabels", Implemented, "tags on every resource"),
        C("spec.hooks", Ignored, "kgen runs no extra systemd units on nodes"),
        C("spec.assets", Ignored, "kgen's nodes fetch Kubernetes from pkgs.k8s.io and images from registry.k8s.io"),
        C("spec.iam", Implemented, "IAM options"),
        C("spec.iam.legacy", Ignored, "kops' pre-1.8 wide policies; kgen's policies are least-privilege"),
        C("spec.iam.allowContainerRegistry", Implemented, "nodes may pull from ECR: the node role's ECR read statement and the kubelet's ECR credential provider (v1.31.7, pinned by SHA-256) on every node"),
        C("spec.iam.permissionsBoundary", Refused, "kgen would create roles without the boundary your account may require; remove the field"),
        C("spec.iam.useServiceAccountExternalPermissions", Implemented, "true: each add-on that calls AWS gets an IAM role of its own, trusted for its service account only (IAM roles for service accounts), instead of the control-plane role's permissions; needs serviceAccountIssuerDiscovery.enableAWSOIDCProvider (docs/addons.md#permissions)"),
        C("spec.iam.serviceAccountExternalPermissions", Implemented, "an IAM role per service account (named NAME.NAMESPACE.sa.CLUSTER), trusted through the issuer's OIDC provider for that service account only; needs serviceAccountIssuerDiscovery.enableAWSOIDCProvider"),
        C("spec.iam.serviceAccountExternalPermissions[].name", Implemented, "the service account (no wildcard)"),
        C("spec.iam.serviceAccountExternalPermissions[].namespace", Implemented, "its namespace; * matches any characters (the trust condition is then StringLike)"),
        C("spec.iam.serviceAccountExternalPermissions[].aws", Implemented, "the role's permissions"),
        C("spec.iam.serviceAccountExternalPermissions[].aws.policyARNs", Implemented, "managed policies attached to the role"),
        C("spec.iam.serviceAccountExternalPermissions[].aws.inlinePolicy", Implemented, "the role's inline policy (a JSON list of IAM statements)"),
        C("spec.encryptionConfig", Implemented, "Secrets encrypted in etcd (secretbox) with the key in the config store; kgen's default is true, false is warned"),
        C("spec.DisableSubnetTags", Ignored, "kgen tags subnets for load balancers and the cluster as kops does"),
        C("spec.target", Ignored, "kops' Terraform provider settings; kgen's Terraform names its own providers"),
        C("spec.useHostCertificates", Ignored, "kgen mounts no host certificates into control-plane pods"),
        C("spec.sysctlParameters", Ignored, "kgen sets the sysctls Kubernetes needs and no others"),
        C("spec.rollingUpdate", Ignored, "kgen has no rolling-update command; Terraform replaces launch templates"),
        C("spec.clusterAutoscaler", Implemented, "the cluster autoscaler, an add-on (off by default, docs/addons.md): it scales the Node groups with minSize < maxSize, found by their tags"),
        C("spec.clusterAutoscaler.enabled", Implemented, "true installs the cluster autoscaler"),
        C("spec.clusterAutoscaler.expander", Implemented, "--expander: random (default), least-waste, most-pods, priority (kgen makes its ConfigMap), or a chain of them; price (GCE's) is refused"),
        C("spec.clusterAutoscaler.balanceSimilarNodeGroups", Implemented, "--balance-similar-node-groups"),
        C("spec.clusterAutoscaler.emitPerNodegroupMetrics", Implemented, "--emit-per-nodegroup-metrics"),
        C("spec.clusterAutoscaler.awsUseStaticInstanceList", Implemented, "--aws-use-static-instance-list (true: no ec2:DescribeInstanceTypes)"),
        C("spec.clusterAutoscaler.ignoreDaemonSetsUtilization", Implemented, "--ignore-daemonsets-utilization"),
        C("spec.clusterAutoscaler.scaleDownUtilizationThreshold", Implemented, "--scale-down-utilization-threshold (0 to 1, default 0.5)"),
        C("spec.clusterAutoscaler.skipNodesWithCustomControllerPods", Implemented, "--skip-nodes-with-custom-controller-pods"),
        C("spec.clusterAutoscaler.skipNodesWithSystemPods", Implemented, "--skip-nodes-with-system-pods"),
        C("spec.clusterAutoscaler.skipNodesWithLocalStorage", Implemented, "--skip-nodes-with-local-storage"),
        C("spec.clusterAutoscaler.newPodScaleUpDelay", Implemented, "--new-pod-scale-up-delay"),
        C("spec.clusterAutoscaler.scaleDownDelayAfterAdd", Implemented, "--scale-down-delay-after-add"),
        C("spec.clusterAutoscaler.scaleDownUnneededTime", Implemented, "--scale-down-unneeded-time"),
        C("spec.clusterAutoscaler.scaleDownUnreadyTime", Implemented, "--scale-down-unready-time"),
        C("spec.clusterAutoscaler.cordonNodeBeforeTerminating", Implemented, "--cordon-node-before-terminating (default true, as kops' template)"),
        C("spec.clusterAutoscaler.image", Ignored, "kgen runs the cluster autoscaler release of its add-on table for the cluster's Kubernetes minor"),
        C("spec.clusterAutoscaler.memoryRequest", Implemented, "the container's memory request (default 300Mi)"),
        C("spec.clusterAutoscaler.cpuRequest", Implemented, "the container's CPU request (default 100m)"),
        C("spec.clusterAutoscaler.maxNodeProvisionTime", Implemented, "--max-node-provision-time (default 15m0s)"),
        C("spec.clusterAutoscaler.podAnnotations", Implemented, "annotations on the autoscaler's pods"),
        C("spec.clusterAutoscaler.createPriorityExpanderConfig", Implemented, "false: kgen makes no cluster-autoscaler-priority-expander ConfigMap (the operator does); default true"),
        C("spec.clusterAutoscaler.customPriorityExpanderConfig", Implemented, "the priority expander's ConfigMap as written (priority: regular expressions on autoscaling group names), checked: priorities 0 or more, patterns Go's regexp compiles, matching a group the autoscaler may scale"),
        C("spec.warmPool", Ignored, "kgen makes no warm pools (groups scale out from cold): a warmed instance would run kgen's first-boot join while warming, since kgen's user-data does not yet stop in the warm state"),
        C("spec.serviceAccountIssuerDiscovery", Implemented, "a service-account issuer AWS can trust: its discovery documents published in a public bucket, the API server signing tokens as it"),
        C("spec.serviceAccountIssuerDiscovery.discoveryStore", Implemented, "s3://BUCKET/PATH, a bucket in the cluster's region that the public can read: the issuer is https://BUCKET.s3.REGION.amazonaws.com/PATH, and kgen's secrets step writes .well-known/openid-configuration and openid/v1/jwks there (file:// and kops' memfs:// make an offline example, with a warning)"),
        C("spec.serviceAccountIssuerDiscovery.enableAWSOIDCProvider", Implemented, "the IAM OIDC provider of the issuer (client id amazonaws.com), which the service accounts' roles trust"),
        C("spec.serviceAccountIssuerDiscovery.additionalAudiences", Implemented, "more client ids of the OIDC provider"),
        C("spec.serviceAccountIssuerDiscovery.discoveryService", Refused, "a hosted discovery service; kgen publishes the issuer's documents itself: remove the field and set discoveryStore (s3://BUCKET/PATH)"),
        C("spec.snapshotController", Ignored, Addon),
        C("spec.karpenter", Ignored, Addon),
        C("spec.podIdentityWebhook", Ignored, "kgen installs no pod identity webhook: its own add-ons carry their role's environment and token volume in their manifests, and a workload of yours sets them itself (docs/addons.md#your-own-service-accounts)"),
    ];

    /// <summary>The etcd fields (kept apart: the etcd durability work decides some of them anew).</summary>
    private static IEnumerable<KopsFieldRule> EtcdRules() =>
    [
        C("spec.etcdClusters", Implemented, "main; an events cluster is accepted with a warning and gets no volumes (kubeadm's stacked etcd keeps events in main), and so is cilium's with cilium networking (kgen's cilium keeps its state in CRDs)"),
        C("spec.etcdClusters[].name", Implemented, "main (events, cilium: see spec.etcdClusters)"),
        C("spec.etcdClusters[].etcdMembers", Implemented, "one member per control-plane group"),
        C("spec.etcdClusters[].etcdMembers[].name", Implemented, "the member's name"),
        C("spec.etcdClusters[].etcdMembers[].instanceGroup", Implemented, "the control-plane group"),
        C("spec.etcdClusters[].etcdMembers[].volumeType", Implemented, "the volume's type"),
        C("spec.etcdClusters[].etcdMembers[].volumeIops", Implemented, "the volume's IOPS"),
        C("spec.etcdClusters[].etcdMembers[].volumeThroughput", Implemented, "the volume's throughput"),
        C("spec.etcdClusters[].etcdMembers[].volumeSize", Implemented, "the volume's size in GiB"),
        C("spec.etcdClusters[].etcdMembers[].kmsKeyId", Implemented, "the volume's KMS key"),
        C("spec.etcdClusters[].etcdMembers[].encryptedVolume", Mapped, "kgen encrypts every etcd volume; false is refused"),
        C("spec.etcdClusters[].provider", Ignored, "kgen runs etcd as kubeadm's static pod"),
        C("spec.etcdClusters[].enableEtcdTLS", Ignored, "kgen's etcd always speaks TLS"),
        C("spec.etcdClusters[].enableTLSAuth", Ignored, "kgen's etcd always authenticates peers and clients by certificate"),
        C("spec.etcdClusters[].version", Ignored, "kubeadm runs the etcd version of its Kubernetes version"),
        C("spec.etcdClusters[].leaderElectionTimeout", Ignored, "kgen's etcd uses etcd's default election timeout"),
        C("spec.etcdClusters[].heartbeatInterval", Ignored, "kgen's etcd uses etcd's default heartbeat"),
        C("spec.etcdClusters[].image", Ignored, "kubeadm picks etcd's image"),
        C("spec.etcdClusters[].backups", Implemented, "kgen's etcd snapshots (kgen-etcd-snapshot.timer, docs/etcd-backups.md)"),
        C("spec.etcdClusters[].backups.backupStore", Implemented, "must be <configBase>/backups/etcd/<name>, where the control plane may write; other stores are refused"),
        C("spec.etcdClusters[].backups.image", Ignored, "etcd-manager's backup image; kgen saves snapshots with etcdctl in etcd's own container"),
        C("spec.etcdClusters[].manager", Implemented, "the snapshot schedule; kgen has no etcd-manager"),
        C("spec.etcdClusters[].manager.backupInterval", Implemented, "how often the etcd leader saves a snapshot (5m to 24h, default 1h)"),
        C("spec.etcdClusters[].manager.backupRetentionDays", Implemented, "how many days snapshots are kept (default 7; the newest is never deleted)"),
        C("spec.etcdClusters[].manager.*", Ignored, "etcd-manager's settings; kgen has no etcd-manager"),
        C("spec.etcdClusters[].memoryRequest", Ignored, "kubeadm's etcd pod sets its own requests"),
        C("spec.etcdClusters[].cpuRequest", Ignored, "kubeadm's etcd pod sets its own requests"),
    ];

    private static IEnumerable<KopsFieldRule> InstanceGroupRules() =>
    [
        G("spec.manager", Ignored, "kgen's groups are autoscaling groups (kops' CloudGroup)"),
        G("spec.role", Implemented, "Master (ControlPlane), Node or Bastion"),
        G("spec.image", Implemented, "an AMI id, owner/name, or name"),
        G("spec.minSize", Implemented, "the group's minimum size"),
        G("spec.maxSize", Implemented, "the group's maximum size"),
        G("spec.autoscale", Ignored, "kgen lets the cluster autoscaler scale every Node group with minSize < maxSize (docs/addons.md); make minSize equal maxSize to keep a group out"),
        G("spec.autoscalePriority", Implemented, "the group's priority (0 to 32767, default 0) in the priority expander's ConfigMap kgen makes, when the group may be scaled"),
        G("spec.machineType", Implemented, "one type, or several separated by commas"),
        G("spec.rootVolumeSize", Implemented, "the root volume's size in GiB"),
        G("spec.rootVolumeType", Implemented, "the root volume's type"),
        G("spec.rootVolumeIops", Implemented, "the root volume's IOPS"),
        G("spec.rootVolumeThroughput", Implemented, "the root volume's throughput"),
        G("spec.rootVolumeOptimization", Ignored, "the instance types kgen accepts are EBS-optimized by default"),
        G("spec.rootVolumeDeleteOnTermination", Ignored, "kgen deletes root volumes with their instances"),
        G("spec.rootVolumeEncryption", Mapped, "kgen encrypts every root volume; false is refused"),
        G("spec.rootVolumeEncryptionKey", Implemented, "the root volume's KMS key"),
        G("spec.volumes", Refused, "kgen attaches no extra volumes; without them the nodes would differ from what you asked for; remove the field"),
        G("spec.volumeMounts", Refused, "kgen attaches no extra volumes to mount; remove the field"),
        G("spec.subnets", Implemented, "the group's subnets"),
        G("spec.zones", Ignored, "kgen places groups by subnets; zones follow from them"),
        G("spec.hooks", Ignored, "kgen runs no extra systemd units on nodes"),
        G("spec.maxPrice", Implemented, "spot instances with this price cap"),
        G("spec.spotDurationInMinutes", Ignored, "AWS no longer offers spot blocks"),
        G("spec.cpuCredits", Refused, "kgen leaves burstable instances on AWS's default credit mode; another mode changes what they cost; remove the field"),
        G("spec.associatePublicIp", Implemented, "public addresses in public subnets"),
        G("spec.additionalSecurityGroups", Implemented, "extra security groups"),
        G("spec.cloudLabels", Implemented, "tags on the group's resources"),
        G("spec.nodeLabels", Implemented, "Kubernetes node labels; kops' own kops.k8s.io/instancegroup (which kops sets to the group's name whatever is written) maps onto kgen.dev/instancegroup=<group>, which every kgen node carries (a kubelet may not set k8s.io labels)"),
        G("spec.fileAssets", Ignored, "kgen writes no extra files onto nodes"),
        G("spec.tenancy", Refused, "kgen launches instances on shared tenancy; dedicated hosts change what they cost; remove the field"),
        G("spec.kubelet", Ignored, "kops' per-group kubelet flags; kgen's kubelet configuration sets its own"),
        G("spec.taints", Implemented, "Kubernetes node taints"),
        G("spec.mixedInstancesPolicy", Implemented, "a spot/on-demand mix"),
        G("spec.mixedInstancesPolicy.instances", Implemented, "the instance types"),
        G("spec.mixedInstancesPolicy.instanceRequirements", Refused, "kgen names instance types; list them in instances instead"),
        G("spec.mixedInstancesPolicy.onDemandAllocationStrategy", Implemented, "on-demand allocation"),
        G("spec.mixedInstancesPolicy.onDemandBase", Implemented, "on-demand base"),
        G("spec.mixedInstancesPolicy.onDemandAboveBase", Implemented, "percent on-demand above the base"),
        G("spec.mixedInstancesPolicy.spotAllocationStrategy", Implemented, "spot allocation"),
        G("spec.mixedInstancesPolicy.spotInstancePools", Implemented, "spot pools"),
        G("spec.capacityRebalance", Ignored, "kgen's groups do not rebalance spot capacity"),
        G("spec.additionalUserData", Ignored, "kgen's user data is its own bootstrap script; the extra parts do not run (put their work in an image or a DaemonSet)"),
        G("spec.suspendProcesses", Implemented, "processes suspended on the autoscaling group (CloudFormation cannot: the template says to run aws autoscaling suspend-processes after deploying)"),
        G("spec.externalLoadBalancers", Implemented, "the autoscaling group registers with the classic load balancers and target groups named (kgen opens no security-group path for them: their traffic is yours to allow)"),
        G("spec.externalLoadBalancers[].loadBalancerName", Implemented, "a classic load balancer, by name"),
        G("spec.externalLoadBalancers[].targetGroupArn", Implemented, "a target group, by ARN"),
        G("spec.detailedInstanceMonitoring", Implemented, "detailed CloudWatch monitoring"),
        G("spec.iam", Implemented, "the group's IAM settings"),
        G("spec.iam.profile", Implemented, "the group's instances use this instance profile (by its name, the ARN's last part) instead of the role's; kgen makes no role or profile for a role whose every group names one, and the proof assumes the profile allows what the role's user-data calls; refused for worker groups, which join by proving kgen's workers' role (node identity)"),
        G("spec.securityGroupOverride", Implemented, "an existing group the group's instances use instead of the one kgen makes for their role; as kops does, kgen adds the role's rules to it, and rules you keep there are yours"),
        G("spec.instanceProtection", Implemented, "scale-in protection"),
        G("spec.maxInstanceLifetime", Implemented, "the autoscaling group's maximum instance lifetime"),
        G("spec.sysctlParameters", Ignored, "kgen sets the sysctls Kubernetes needs and no others"),
        G("spec.rollingUpdate", Ignored, "kgen has no rolling-update command; Terraform replaces launch templates"),
        G("spec.instanceInterruptionBehavior", Ignored, "spot instances are terminated on interruption, AWS's default"),
        G("spec.compressUserData", Ignored, "kgen's user data fits without compression"),
        G("spec.instanceMetadata", Implemented, "the instance metadata service"),
        G("spec.instanceMetadata.httpTokens", Implemented, "required or optional"),
        G("spec.instanceMetadata.httpPutResponseHopLimit", Implemented, "the hop limit"),
        G("spec.updatePolicy", Ignored, "kops' unattended-upgrades switch; kgen leaves the image's own policy"),
        G("spec.warmPool", Ignored, "kgen makes no warm pools (the group scales out from cold): a warmed instance would run kgen's first-boot join while warming, since kgen's user-data does not yet stop in the warm state"),
        G("spec.containerd", Ignored, "kgen configures containerd itself"),
        G("spec.packages", Ignored, "kgen installs no extra packages onto nodes"),
        G("spec.guestAccelerators", Ignored, "Google Cloud only"),
        G("spec.gcpProvisioningModel", Ignored, "Google Cloud only"),
    ];
}
