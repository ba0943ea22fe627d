namespace Kgen.Model;

/// <summary>
/// Every <see cref="Diagnostic.Code"/> kgen reports, one per kind of problem. A code never changes meaning and is
/// never reused; a new kind of problem gets the next free number of its group. The four digits after <c>KG</c>
/// group the codes by concern:
/// <list type="table">
/// <item><term>KG0xxx</term><description>reading the input: YAML, documents, fields, value types, the kops forms of a field</description></item>
/// <item><term>KG1xxx</term><description>the cluster as a whole: name, Kubernetes version, cloud, tags</description></item>
/// <item><term>KG2xxx</term><description>network: VPC, subnets, CIDRs and their carving, pod and service ranges, CNI, security group ids</description></item>
/// <item><term>KG3xxx</term><description>control plane and etcd layout</description></item>
/// <item><term>KG4xxx</term><description>instance groups: roles, machines, sizes, volumes, labels, taints, spot</description></item>
/// <item><term>KG5xxx</term><description>DNS and the API endpoint</description></item>
/// <item><term>KG6xxx</term><description>IAM and access: who may reach what, policies, the SSH key</description></item>
/// <item><term>KG7xxx</term><description>planning and rendering: limits of AWS or of a target (KG71xx: CloudFormation)</description></item>
/// <item><term>KG8xxx</term><description>the CLI's own input: <c>kgen create cluster</c> flags, <c>kgen edit</c></description></item>
/// </list>
/// </summary>
public static class DiagnosticCodes
{
    // KG0xxx: reading the input.

    /// <summary>The text is not valid YAML.</summary>
    public const string InvalidYaml = "KG0001";

    /// <summary>A YAML alias refers to no anchor.</summary>
    public const string UnknownYamlAlias = "KG0002";

    /// <summary>A YAML document is not a map.</summary>
    public const string DocumentNotAMap = "KG0003";

    /// <summary>A document's apiVersion is not one kgen reads.</summary>
    public const string UnknownApiVersion = "KG0004";

    /// <summary>A second Cluster document.</summary>
    public const string SecondClusterDocument = "KG0005";

    /// <summary>A document's kind is not Cluster or InstanceGroup.</summary>
    public const string UnknownKind = "KG0006";

    /// <summary>No Cluster document.</summary>
    public const string NoClusterDocument = "KG0007";

    /// <summary>A value has the wrong type (a string for a number, a list for a map…).</summary>
    public const string WrongType = "KG0010";

    /// <summary>A map key or field name is not a plain string.</summary>
    public const string KeyNotAString = "KG0011";

    /// <summary>A map key or field is given twice.</summary>
    public const string DuplicateKey = "KG0012";

    /// <summary>A field kgen does not know.</summary>
    public const string UnknownField = "KG0013";

    /// <summary>A value is not one of the names a field takes.</summary>
    public const string NotOneOf = "KG0014";

    /// <summary>A field given both in its current and its older (kops v1alpha2) form.</summary>
    public const string GivenTwice = "KG0015";

    /// <summary>A kops field kgen accepts and ignores (a warning; an error under <c>--strict</c>). See <c>docs/kops-compatibility.md</c>.</summary>
    public const string KopsFieldIgnored = "KG0300";

    /// <summary>A kops field kgen refuses: ignoring it would change what gets created, who can reach it, or what it costs.</summary>
    public const string KopsFieldRefused = "KG0301";

    // KG1xxx: the cluster as a whole.

    /// <summary>The cluster has no name.</summary>
    public const string ClusterNameMissing = "KG1001";

    /// <summary>The cluster name is not a valid DNS name.</summary>
    public const string ClusterNameInvalid = "KG1002";

    /// <summary>The cluster name has no domain part.</summary>
    public const string ClusterNameWithoutDomain = "KG1003";

    /// <summary>The cloud provider is not aws.</summary>
    public const string UnsupportedCloud = "KG1004";

    /// <summary>The Kubernetes version cannot be read.</summary>
    public const string KubernetesVersionInvalid = "KG1005";

    /// <summary>The Kubernetes version is older than kgen supports.</summary>
    public const string KubernetesVersionUnsupported = "KG1006";

    /// <summary>An instance group is labelled for another cluster.</summary>
    public const string GroupOfAnotherCluster = "KG1007";

    /// <summary>A tag key or value is too long for AWS.</summary>
    public const string TagTooLong = "KG1010";

    /// <summary>A tag key starts with aws:.</summary>
    public const string TagReserved = "KG1011";

    /// <summary>A tag kgen sets itself.</summary>
    public const string TagOwnedByKgen = "KG1012";

    /// <summary>A setting of the API server, controller manager, scheduler, kube-proxy or kubelet that is not a value it accepts.</summary>
    public const string ComponentSettingInvalid = "KG1700";

    /// <summary>Warning: a setting of the spec weakens one of kgen's control-plane or kubelet defaults; it is honoured.</summary>
    public const string ComponentDefaultWeakened = "KG1750";
    /// <summary>A containerd registry mirror for something that is not a registry host, or a mirror that is not an http(s) URL.</summary>
    public const string RegistryMirrorInvalid = "KG1300";

    /// <summary>Warning: the Kubernetes version is a pre-release (alpha, beta, rc), installed from pkgs.k8s.io's pre-release channel; not for production.</summary>
    public const string KubernetesPreRelease = "KG1301";

    /// <summary>An add-on setting kgen cannot honour (kops' cloudControllerManager, cloudConfig.awsEBSCSIDriver, metricsServer).</summary>
    public const string AddonSettingInvalid = "KG1900";

    /// <summary>A role's inline policies exceed IAM's quota (10,240 characters per role, whitespace not counted): AWS would refuse the apply.</summary>
    public const string IamRolePoliciesTooLarge = "KG1901";

    /// <summary>A cert-manager setting kgen cannot honour (kops' spec.certManager: a hosted zone id, a nameserver, an issuer name, a feature gate).</summary>
    public const string CertManagerSettingInvalid = "KG1100";

    /// <summary>An AWS Load Balancer Controller setting kgen cannot honour (kops' spec.awsLoadBalancerController: a version, a quantity; cert-manager turned off).</summary>
    public const string LoadBalancerControllerSettingInvalid = "KG1101";

    /// <summary>An external-dns setting kgen cannot honour (kops' spec.externalDns: a provider, a namespace, a priority class, or a setting only kops' dns-controller reads).</summary>
    public const string ExternalDnsSettingInvalid = "KG1200";

    /// <summary>kops' <c>spec.serviceAccountIssuerDiscovery</c> cannot be honoured (its store is not <c>s3://BUCKET/PATH</c>, the bucket's name cannot serve HTTPS, an audience is empty).</summary>
    public const string ServiceAccountIssuerInvalid = "KG1800";

    /// <summary>A service account's IAM permissions (<c>spec.iam.serviceAccountExternalPermissions</c>, <c>useServiceAccountExternalPermissions</c>) cannot be honoured.</summary>
    public const string ServiceAccountPermissionInvalid = "KG1801";

    /// <summary>Preflight: the service-account issuer's discovery store is missing, in another region than the cluster, or not publicly readable (AWS STS could not read the issuer's keys).</summary>
    public const string DiscoveryStoreNotReady = "KG1802";

    /// <summary>A cluster autoscaler setting kgen cannot honour (kops' spec.clusterAutoscaler: an expander, a duration, a threshold, a quantity, a priority or regular expression of the priority expander; an instance group's autoscalePriority).</summary>
    public const string ClusterAutoscalerSettingInvalid = "KG1500";

    /// <summary>The priority expander's custom priorities match none of the groups the cluster autoscaler may scale.</summary>
    public const string ClusterAutoscalerPrioritiesMatchNothing = "KG1503";

    // KG2xxx: network.

    /// <summary>Not an IPv4 CIDR (or host bits set).</summary>
    public const string CidrInvalid = "KG2001";

    /// <summary>The VPC CIDR is not /16 to /28.</summary>
    public const string VpcCidrSize = "KG2002";

    /// <summary>Not a VPC id.</summary>
    public const string VpcIdInvalid = "KG2003";

    /// <summary>The cluster has no subnet.</summary>
    public const string NoSubnets = "KG2010";

    /// <summary>A subnet has no type, or one kgen does not support.</summary>
    public const string SubnetTypeInvalid = "KG2011";

    /// <summary>A subnet has no name.</summary>
    public const string SubnetNameMissing = "KG2012";

    /// <summary>Two subnets have the same name.</summary>
    public const string SubnetNameDuplicate = "KG2013";

    /// <summary>A subnet name is not valid.</summary>
    public const string SubnetNameInvalid = "KG2014";

    /// <summary>A subnet has no zone.</summary>
    public const string SubnetZoneMissing = "KG2015";

    /// <summary>Not an availability zone.</summary>
    public const string ZoneInvalid = "KG2016";

    /// <summary>The zones span several regions.</summary>
    public const string SeveralRegions = "KG2017";

    /// <summary>Not a subnet id.</summary>
    public const string SubnetIdInvalid = "KG2018";

    /// <summary>An existing subnet without the existing VPC.</summary>
    public const string SubnetWithoutVpc = "KG2019";

    /// <summary>Egress on a subnet that is not Private.</summary>
    public const string EgressNotPrivate = "KG2020";

    /// <summary>Egress that is neither a NAT gateway id nor External.</summary>
    public const string EgressInvalid = "KG2021";

    /// <summary>A private subnet without a Utility or Public subnet in its zone for the NAT gateway.</summary>
    public const string PrivateSubnetWithoutNat = "KG2022";

    /// <summary>A subnet CIDR outside the VPC.</summary>
    public const string SubnetOutsideVpc = "KG2030";

    /// <summary>A subnet CIDR smaller than /28.</summary>
    public const string SubnetCidrSize = "KG2031";

    /// <summary>Two subnet CIDRs overlap.</summary>
    public const string SubnetsOverlap = "KG2032";

    /// <summary>A subnet in an existing VPC needs a CIDR or an id.</summary>
    public const string SubnetCidrUnknown = "KG2033";

    /// <summary>No room left in the VPC for a subnet to be carved.</summary>
    public const string NoRoomForSubnet = "KG2034";

    /// <summary>The pod range overlaps the service range.</summary>
    public const string PodsOverlapServices = "KG2040";

    /// <summary>The pod range overlaps the VPC.</summary>
    public const string PodsOverlapVpc = "KG2041";

    /// <summary>The service range overlaps the VPC.</summary>
    public const string ServicesOverlapVpc = "KG2042";

    /// <summary>The pod or service range lies outside nonMasqueradeCIDR.</summary>
    public const string OutsideNonMasquerade = "KG2043";

    /// <summary>No CNI, several, or a flannel backend kgen does not support.</summary>
    public const string CniInvalid = "KG2050";

    /// <summary>Warning: kops' kopeio networking is installed as its equivalent, flannel with the VXLAN backend.</summary>
    public const string CniMapped = "KG2051";

    /// <summary>Not a security group id.</summary>
    public const string SecurityGroupIdInvalid = "KG2060";

    /// <summary>An Amazon VPC CNI environment setting that is malformed or that kgen refuses (it would break max-pods, addressing or the permissions kgen grants).</summary>
    public const string AmazonVpcEnvInvalid = "KG2400";

    /// <summary>The Amazon VPC CNI outside the <c>aws</c> partition (its pinned images are in EKS's us-west-2 registry).</summary>
    public const string AmazonVpcPartition = "KG2401";

    /// <summary>A pod range given with the Amazon VPC CNI, whose pods take addresses of the nodes' subnets.</summary>
    public const string AmazonVpcPodCidr = "KG2402";

    // KG3xxx: control plane and etcd.

    /// <summary>No control-plane group.</summary>
    public const string NoControlPlane = "KG3001";

    /// <summary>An even number of control-plane groups.</summary>
    public const string ControlPlaneEven = "KG3002";

    /// <summary>A control-plane group that is not exactly one node.</summary>
    public const string ControlPlaneSize = "KG3003";

    /// <summary>A control-plane group that is not in exactly one subnet.</summary>
    public const string ControlPlaneSubnets = "KG3004";

    /// <summary>Spot control-plane nodes.</summary>
    public const string ControlPlaneSpot = "KG3005";

    /// <summary>An etcd cluster other than main and events, or given twice, or main missing.</summary>
    public const string EtcdClusterInvalid = "KG3010";

    /// <summary>An etcd member name used twice.</summary>
    public const string EtcdMemberDuplicate = "KG3011";

    /// <summary>An etcd member on a group that is not control plane, or two on one group.</summary>
    public const string EtcdMemberGroup = "KG3012";

    /// <summary>A control-plane group without a member of an etcd cluster.</summary>
    public const string EtcdMemberMissing = "KG3013";

    /// <summary>An etcd volume type or size that does not fit.</summary>
    public const string EtcdVolumeInvalid = "KG3014";

    /// <summary>An etcd backup store other than <c>&lt;configBase&gt;/backups/etcd/&lt;name&gt;</c>.</summary>
    public const string EtcdBackupStoreInvalid = "KG3401";

    /// <summary>An etcd backup interval or retention that cannot be read or is out of range.</summary>
    public const string EtcdBackupScheduleInvalid = "KG3402";

    /// <summary>Warning: an etcd cluster kgen does not run on volumes of its own (events: kubeadm keeps events in main).</summary>
    public const string EtcdClusterNotRun = "KG3450";

    // KG4xxx: instance groups.

    /// <summary>No instance group at all.</summary>
    public const string NoInstanceGroups = "KG4001";

    /// <summary>No group with role Node.</summary>
    public const string NoNodeGroup = "KG4002";

    /// <summary>A group's role is missing or unsupported.</summary>
    public const string RoleInvalid = "KG4003";

    /// <summary>A group has no name.</summary>
    public const string GroupNameMissing = "KG4010";

    /// <summary>Two groups have the same name.</summary>
    public const string GroupNameDuplicate = "KG4011";

    /// <summary>A group name is not valid.</summary>
    public const string GroupNameInvalid = "KG4012";

    /// <summary>A name AWS derives from the group's would be too long.</summary>
    public const string GroupNameTooLong = "KG4013";

    /// <summary>Not an EC2 instance type, or none.</summary>
    public const string MachineTypeInvalid = "KG4020";

    /// <summary>Instance types of two CPU architectures in one group.</summary>
    public const string MixedArchitectures = "KG4021";

    /// <summary>Not an image kgen can resolve.</summary>
    public const string ImageInvalid = "KG4022";

    /// <summary>minSize or maxSize out of range.</summary>
    public const string GroupSize = "KG4030";

    /// <summary>An instance type the Amazon VPC CNI's pod-limit table does not list (kgen cannot size the kubelet's max-pods).</summary>
    public const string AmazonVpcInstanceType = "KG4400";

    /// <summary>A group with no subnet, or one the cluster does not define, or a bastion outside public subnets.</summary>
    public const string GroupSubnets = "KG4031";

    /// <summary>A root volume type, size, IOPS or throughput that does not fit.</summary>
    public const string RootVolumeInvalid = "KG4040";

    /// <summary>Instance metadata options out of range.</summary>
    public const string InstanceMetadataInvalid = "KG4041";

    /// <summary>Not a valid Kubernetes node label.</summary>
    public const string NodeLabelInvalid = "KG4050";

    /// <summary>A node label the kubelet may not set.</summary>
    public const string NodeLabelRestricted = "KG4051";

    /// <summary>Not a taint.</summary>
    public const string TaintInvalid = "KG4052";

    /// <summary>Not a duration, or a lifetime AWS does not accept.</summary>
    public const string LifetimeInvalid = "KG4060";

    /// <summary>Not a spot price.</summary>
    public const string MaxPriceInvalid = "KG4061";

    /// <summary>A mixed instances policy that does not fit.</summary>
    public const string MixedInstancesPolicyInvalid = "KG4062";

    /// <summary>An external load balancer entry that names neither or both of a classic load balancer and a target group, or a malformed one.</summary>
    public const string ExternalLoadBalancerInvalid = "KG4300";

    /// <summary>Not an autoscaling process AWS can suspend.</summary>
    public const string SuspendProcessInvalid = "KG4301";

    // KG5xxx: DNS and the API endpoint.

    /// <summary>masterPublicName is empty.</summary>
    public const string ApiNameEmpty = "KG5001";

    /// <summary>An internet-facing API load balancer without public subnets.</summary>
    public const string ApiWithoutPublicSubnets = "KG5002";

    /// <summary>A .k8s.local cluster with a DNS zone.</summary>
    public const string GossipWithDnsZone = "KG5010";

    /// <summary>external-dns is on, but the cluster has no Route 53 hosted zone to publish into (a .k8s.local name).</summary>
    public const string ExternalDnsWithoutZone = "KG5200";

    /// <summary>Warning: the API's public name (or the bastion's) is outside the DNS zone: kgen does not publish it there; the operator points it at the load balancer.</summary>
    public const string ApiNameOutsideZone = "KG5011";

    /// <summary>kops' masterInternalName names another API name than kgen's api.internal.&lt;cluster&gt;.</summary>
    public const string InternalApiNameNotKgens = "KG5300";

    /// <summary>kops' clusterDNSDomain names another domain than cluster.local.</summary>
    public const string ClusterDnsDomainNotKgens = "KG5301";

    // KG6xxx: IAM and access.

    /// <summary>An access entry that is not a CIDR, or not in canonical form.</summary>
    public const string AccessCidrInvalid = "KG6001";

    /// <summary>Additional policies for an unknown role.</summary>
    public const string PolicyRoleInvalid = "KG6010";

    /// <summary>Additional policies that are not a JSON list of IAM statements.</summary>
    public const string PolicyInvalid = "KG6011";

    /// <summary>Not an OpenSSH public key.</summary>
    public const string SshPublicKeyInvalid = "KG6020";

    /// <summary>An instance group's iam.profile that is not the ARN of an instance profile.</summary>
    public const string InstanceProfileArnInvalid = "KG6300";

    /// <summary>A worker group's own instance profile: workers join by proving kgen's workers' role, which the profile's role is not.</summary>
    public const string InstanceProfileOnWorker = "KG6302";

    /// <summary>An external policy for an unknown role, or one that is not the ARN of a managed IAM policy.</summary>
    public const string ExternalPolicyInvalid = "KG6301";

    /// <summary>spec.configStoreEncryption.kmsKey is not the ARN of a KMS key (an alias, a bare key id, another partition's key).</summary>
    public const string ConfigStoreKmsKeyInvalid = "KG6700";

    /// <summary>Warning: an S3 config store without a KMS key: only IAM protects the CA keys.</summary>
    public const string ConfigStoreWithoutKmsKey = "KG6701";

    /// <summary>Warning: cert-manager is on but not managed by kgen; settings that only kgen's install would honour are not applied.</summary>
    public const string CertManagerNotManaged = "KG6100";

    /// <summary>Warning: add-ons' AWS permissions are on the control-plane role (no IAM roles for service accounts yet).</summary>
    public const string AddonPermissionsOnNodeRole = "KG6900";

    /// <summary>Warning: the service-account issuer's discovery store is not S3 (a <c>file://</c> folder, kops' <c>memfs://</c>): AWS STS cannot read its documents, so no service-account role can be assumed.</summary>
    public const string ServiceAccountIssuerOffline = "KG6800";

    /// <summary>Warning: the cluster autoscaler is on but no worker group has room to scale (minSize &lt; maxSize).</summary>
    public const string ClusterAutoscalerNothingToScale = "KG6500";

    /// <summary>Warning: the priority expander's custom priorities leave out groups the cluster autoscaler may scale (it never scales them up).</summary>
    public const string ClusterAutoscalerGroupsWithoutPriority = "KG6503";

    /// <summary>Warning: priority expander settings are given that nothing reads (another expander, or kgen does not make the ConfigMap).</summary>
    public const string ClusterAutoscalerPrioritiesUnused = "KG6504";
    /// <summary>Warning: the hosted zone is given by name, so external-dns' Route 53 changes are scoped to the zone's names on every zone rather than to the one zone's id.</summary>
    public const string ExternalDnsZoneByName = "KG6200";

    // KG7xxx: planning and rendering.

    /// <summary>A group's user data is over EC2's limit.</summary>
    public const string UserDataTooLarge = "KG7001";

    /// <summary>Warning: the configBase is not in S3, so nodes cannot read the cluster's secrets: the output is an offline example whose apply stops at a guard.</summary>
    public const string ConfigStoreUnreachable = "KG7050";

    /// <summary>The CloudFormation template is over one of CloudFormation's quotas.</summary>
    public const string CloudFormationQuota = "KG7101";

    /// <summary>Two resources (or a resource and a parameter) become one CloudFormation logical ID.</summary>
    public const string CloudFormationIdCollision = "KG7102";

    /// <summary>Warning: what the CloudFormation template does differently from the plan, or must be told at deploy time.</summary>
    public const string CloudFormationDifference = "KG7150";

    /// <summary>Warning: the CloudFormation template must be deployed from S3.</summary>
    public const string CloudFormationTemplateSize = "KG7151";

    /// <summary>A need of a role (a connection, a name, an AWS call) that the plan does not allow: the cluster would not form.</summary>
    public const string NeedUnproven = "KG7201";

    /// <summary>Warning: an ingress rule or IAM grant that no declared need uses.</summary>
    public const string OpenButUnused = "KG7251";

    // KG8xxx: the CLI's own input.

    /// <summary>A flag of <c>kgen create cluster</c> that does not fit.</summary>
    public const string CreateFlagInvalid = "KG8001";

    /// <summary>An edit renames what it edits.</summary>
    public const string EditRenames = "KG8010";

    /// <summary>An edit adds or removes documents.</summary>
    public const string EditDocuments = "KG8011";

    // Checks of the account before apply (kgen preflight) and of the running cluster (kgen validate cluster): KGg6xx.

    /// <summary>Preflight: the AWS account or its credentials could not be used, or an AWS API kept failing.</summary>
    public const string AwsUnavailable = "KG1600";

    /// <summary>Preflight: the configBase bucket is unreachable, unversioned or unencrypted, or the cluster's secrets are missing from it.</summary>
    public const string ConfigBaseNotReady = "KG1601";

    /// <summary>Preflight: a service quota leaves no room, or could not be checked.</summary>
    public const string QuotaShort = "KG1602";

    /// <summary>Preflight: a zone of the spec does not exist in the region or is not available.</summary>
    public const string ZoneUnavailable = "KG2600";

    /// <summary>Preflight: an existing VPC, subnet or NAT gateway the spec names is missing or differs from the spec.</summary>
    public const string ExistingNetworkMismatch = "KG2601";

    /// <summary>Preflight: an existing subnet has too few free addresses for the groups, load balancers and a margin.</summary>
    public const string SubnetAddressesShort = "KG2602";

    /// <summary>Preflight: a security group the spec names is missing or in another VPC.</summary>
    public const string SecurityGroupMismatch = "KG2603";

    /// <summary>Preflight: an existing VPC does not run the VPC resolver for its instances (DNS support, DNS hostnames or its DHCP options).</summary>
    public const string ExistingVpcDns = "KG2604";

    /// <summary>Validate: a kube-system pod or a control-plane component is not Ready.</summary>
    public const string SystemPodsNotReady = "KG3600";

    /// <summary>Preflight: an instance type is not offered in a zone of its group.</summary>
    public const string InstanceTypeNotOffered = "KG4600";

    /// <summary>Preflight: an image (AMI, owner/name pattern or SSM parameter) is missing or does not fit the group.</summary>
    public const string ImageMissing = "KG4601";

    /// <summary>Preflight: a KMS key the spec names is missing or not enabled.</summary>
    public const string KmsKeyMissing = "KG4602";

    /// <summary>Validate: an instance group has fewer Ready nodes than its minimum.</summary>
    public const string GroupNodesNotReady = "KG4603";

    /// <summary>Validate: a node carries no instance-group label, or that of a group the spec does not have.</summary>
    public const string NodeOfUnknownGroup = "KG4604";

    /// <summary>Preflight: the hosted zone the spec names is missing, or could not be checked.</summary>
    public const string HostedZoneMissing = "KG5600";

    /// <summary>Validate: the smoke test's pod did not run, or a service name did not resolve through cluster DNS.</summary>
    public const string SmokeTestFailed = "KG5601";

    /// <summary>Validate: the Kubernetes API could not be reached with the kubeconfig, or kept failing.</summary>
    public const string KubernetesApiUnavailable = "KG7600";

    // KGg5xx: EKS from eksctl's ClusterConfig (issue 17).

    /// <summary>An eksctl field kgen refuses (the message says why and what to write instead).</summary>
    public const string EksctlFieldRefused = "KG0501";

    /// <summary>An eksctl field kgen accepts and ignores (a warning says why).</summary>
    public const string EksctlFieldIgnored = "KG0502";

    /// <summary>An eksctl value kgen maps onto something else (a warning says onto what).</summary>
    public const string EksctlMapped = "KG0503";

    /// <summary>An eksctl document that is not a ClusterConfig, or a ClusterConfig beside kgen's documents.</summary>
    public const string EksctlInvalid = "KG0504";

    /// <summary>The ClusterConfig's region is missing or not a region.</summary>
    public const string EksctlRegionInvalid = "KG1501";

    /// <summary>An ARN (KMS key, IAM role or policy, access policy) is not one.</summary>
    public const string EksctlArnInvalid = "KG1502";

    /// <summary>Fewer than two zones for an EKS cluster.</summary>
    public const string EksctlTooFewZones = "KG2501";

    /// <summary>A node group in a zone the cluster has no subnet in.</summary>
    public const string EksNodeGroupZone = "KG2502";

    /// <summary>A node group's updateConfig is out of range.</summary>
    public const string EksUpdateConfigInvalid = "KG4501";

    /// <summary>A node group's root volumes are not encrypted (warning).</summary>
    public const string EksVolumeUnencrypted = "KG4502";

    /// <summary>An add-on is not usable as written (no name, twice, IAM for an unknown service account).</summary>
    public const string EksAddonInvalid = "KG4503";

    /// <summary>An add-on's version is not of EKS' form, or kube-proxy's does not match the Kubernetes version.</summary>
    public const string EksAddonVersion = "KG4504";

    /// <summary>The public API endpoint is open to the whole internet (warning).</summary>
    public const string EksEndpointOpenToWorld = "KG5501";

    /// <summary>The API endpoint is private only because no public CIDR is listed (warning).</summary>
    public const string EksEndpointPrivate = "KG5502";

    /// <summary>The API endpoint is reachable nowhere, or not from the nodes.</summary>
    public const string EksEndpointNone = "KG5503";

    /// <summary>A workload identity is not usable as written.</summary>
    public const string EksIdentityInvalid = "KG6501";

    /// <summary>An access entry is not usable as written.</summary>
    public const string EksAccessEntryInvalid = "KG6502";
}
