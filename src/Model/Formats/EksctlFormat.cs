using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kgen.Model.Defaults;
using Kgen.Model.Spec;
using Kgen.Model.Yaml;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace Kgen.Model.Formats;

/// <summary>An eksctl ClusterConfig as loaded: the bound document, where each field was written, and its inline IAM policies as JSON.</summary>
internal sealed record EksctlSpec(EksctlClusterConfig Config, SourceMap Source, ImmutableDictionary<string, string> RawPolicies, ImmutableArray<Diagnostic> Warnings)
{
    /// <summary>The file as written: kgen stores and prints an eksctl spec unchanged.</summary>
    public string Text { get; init; } = string.Empty;
}

/// <summary>
/// Reads eksctl's <c>ClusterConfig</c> (<c>eksctl.io/v1alpha5</c>) unchanged into kgen's model: a <see cref="Cluster"/> whose
/// control plane EKS runs (<see cref="Cluster.Eks"/>), whose VPC, subnets and NAT gateways are laid out as eksctl
/// lays them out (a /19 per subnet, public then private, one NAT gateway by default) and whose node groups are
/// <see cref="InstanceGroup"/>s of role Node. Every eksctl field is read here, decided in <see cref="EksctlFields"/>, or
/// an error. Defaults are eksctl's where they are secure, and kgen's where eksctl's are not (encrypted volumes, IMDSv2,
/// a private endpoint, control-plane logging, secrets encrypted with a KMS key, access entries only).
/// </summary>
internal static partial class EksctlFormat
{
    /// <summary>eksctl's API version.</summary>
    public const string ApiVersion = "eksctl.io/v1alpha5";

    /// <summary>The Kubernetes version EKS runs when the spec names none (eksctl's default at the time of writing).</summary>
    public const string DefaultVersion = "1.33";

    /// <summary>The oldest Kubernetes minor EKS still creates clusters of (extended support included).</summary>
    public const int OldestMinor = 26;

    /// <summary>The newest Kubernetes minor kgen knows EKS runs.</summary>
    public const int NewestMinor = 34;

    private const string DefaultVpcCidr = "192.168.0.0/16";
    private const string DefaultServiceCidr = "10.100.0.0/16";
    private const string DefaultInstanceType = "m5.large";
    private const int DefaultVolumeSize = 80;

    /// <summary>Control-plane log types, EKS' names.</summary>
    private static readonly string[] LogTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

    /// <summary>The service account each add-on's controller runs as, for add-ons whose IAM the spec gives.</summary>
    private static readonly Dictionary<string, (string Namespace, string ServiceAccount)> AddonServiceAccounts = new(StringComparer.Ordinal)
    {
        ["vpc-cni"] = ("kube-system", "aws-node"),
        ["aws-ebs-csi-driver"] = ("kube-system", "ebs-csi-controller-sa"),
        ["aws-efs-csi-driver"] = ("kube-system", "efs-csi-controller-sa"),
        ["aws-mountpoint-s3-csi-driver"] = ("kube-system", "s3-csi-driver-sa"),
        ["adot"] = ("opentelemetry-operator-system", "opentelemetry-operator"),
        ["amazon-cloudwatch-observability"] = ("amazon-cloudwatch", "cloudwatch-agent"),
    };

    /// <summary>Add-ons that are DaemonSets on every node (or needed before nodes): they do not wait for a node group.</summary>
    private static readonly HashSet<string> NodeIndependentAddons = new(StringComparer.Ordinal) { "vpc-cni", "kube-proxy", "eks-pod-identity-agent" };

    /// <summary>The add-on that gives pods their identities.</summary>
    public const string PodIdentityAgent = "eks-pod-identity-agent";

    /// <summary>Binds a ClusterConfig document: fields decided in <see cref="EksctlFields"/> are taken out first (warnings or errors), inline policies kept as JSON.</summary>
    public static EksctlSpec? Bind(YamlMappingNode root, SourceMap map, List<Diagnostic> errors)
    {
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        var raw = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        Sift(root, string.Empty, string.Empty, map, errors, warnings, raw);
        var config = new YamlBinder(map, errors).Bind<EksctlClusterConfig>(root, string.Empty);
        return config is null ? null : new EksctlSpec(config, map, raw.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>Walks the document, removing every decided field and every inline policy before binding.</summary>
    private static void Sift(YamlNode node, string path, string pattern, SourceMap map, List<Diagnostic> errors, ImmutableArray<Diagnostic>.Builder warnings, ImmutableDictionary<string, string>.Builder raw)
    {
        switch (node)
        {
            case YamlSequenceNode seq:
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    Sift(seq.Children[i], $"{path}[{i}]", $"{pattern}[]", map, errors, warnings, raw);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (keyNode, value) in mapping.Children.ToList())
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        continue;
                    }

                    var childPath = path.Length == 0 ? key : $"{path}.{key}";
                    var childPattern = pattern.Length == 0 ? key : $"{pattern}.{key}";
                    map.Add(childPath, keyNode.Start);
                    if (EksctlFields.RawPolicies.Contains(childPattern))
                    {
                        raw[childPath] = ToJson(value).ToString(Newtonsoft.Json.Formatting.None);
                        mapping.Children.Remove(keyNode);
                        continue;
                    }

                    if (EksctlFields.All.TryGetValue(childPattern, out var decision))
                    {
                        var d = map.Error(DiagnosticCodes.EksctlFieldRefused, childPath, $"eksctl's \"{key}\" is not supported by kgen: {decision.Reason}");
                        if (decision.Decision == EksctlDecision.Refused)
                        {
                            errors.Add(d);
                        }
                        else
                        {
                            warnings.Add(Diagnostic.Warning(DiagnosticCodes.EksctlFieldIgnored, d.Location, $"eksctl's \"{key}\" is ignored: {decision.Reason}"));
                        }

                        mapping.Children.Remove(keyNode);
                        continue;
                    }

                    // Map keys (subnet names, labels, tags) are data, not fields.
                    var isData = childPattern is "vpc.subnets.private" or "vpc.subnets.public";
                    Sift(value, childPath, isData ? childPattern + "{}" : childPattern, map, errors, warnings, raw);
                }

                break;
        }
    }

    private static JToken ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JObject(m.Children.Select(c => new JProperty(((YamlScalarNode)c.Key).Value ?? string.Empty, ToJson(c.Value)))),
        YamlSequenceNode s => new JArray(s.Children.Select(ToJson)),
        YamlScalarNode { Value: var v } => v ?? string.Empty,
        _ => JValue.CreateNull(),
    };

    /// <summary>Applies eksctl's (and kgen's secure) defaults, checks the rules, and returns the cluster; throws <see cref="SpecException"/> listing every problem.</summary>
    public static Cluster Resolve(EksctlSpec spec, string? sshPublicKey)
    {
        var r = new Reader(spec, sshPublicKey);
        var cluster = r.Read();
        var errors = r.Errors;
        if (errors.Count > 0 || cluster is null)
        {
            throw new SpecException(errors.Count > 0 ? errors : [Diagnostic.Error(DiagnosticCodes.EksctlInvalid, new InputLocation(spec.Source.File, null, null, string.Empty), "the ClusterConfig could not be read")]);
        }

        return cluster;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]{0,99}$")]
    private static partial Regex ClusterName();

    [GeneratedRegex(@"^1\.(?<minor>\d{1,2})$")]
    private static partial Regex EksVersion();

    [GeneratedRegex(@"^v(?<major>\d+)\.(?<minor>\d+)\.(?<patch>\d+)-eksbuild\.\d+$")]
    private static partial Regex AddonVersion();

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov)?:(iam|sts)::(\d{12}|aws):[A-Za-z0-9+=,.@_/:-]+$")]
    private static partial Regex IamArn();

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov)?:eks::aws:cluster-access-policy/[A-Za-z0-9]+$")]
    private static partial Regex AccessPolicyArn();

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:\d{12}:(key|alias)/[A-Za-z0-9/_-]+$")]
    private static partial Regex KmsArn();

    [GeneratedRegex(@"^[a-z]{2}(-gov)?-[a-z]+-\d+$")]
    private static partial Regex Region();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex KubernetesName();

    private sealed class Reader(EksctlSpec spec, string? sshPublicKey)
    {
        private readonly EksctlClusterConfig c = spec.Config;
        private readonly SourceMap map = spec.Source;
        private readonly List<Diagnostic> warnings = [.. spec.Warnings];

        public List<Diagnostic> Errors { get; } = [];

        private void Error(string code, string path, string message) => Errors.Add(map.Error(code, path, message));

        private void Warn(string code, string path, string message)
        {
            var d = map.Error(code, path, message);
            warnings.Add(Diagnostic.Warning(d.Code, d.Location, d.Message));
        }

        public Cluster? Read()
        {
            var name = c.Metadata?.Name;
            if (string.IsNullOrEmpty(name) || !ClusterName().IsMatch(name))
            {
                Error(DiagnosticCodes.ClusterNameMissing, "metadata.name", name is null
                    ? "metadata.name is required: the EKS cluster's name"
                    : $"metadata.name \"{name}\" is not an EKS cluster name: a letter, then letters, digits and hyphens, at most 100 characters");
            }

            var region = c.Metadata?.Region;
            if (string.IsNullOrEmpty(region) || !Region().IsMatch(region))
            {
                Error(DiagnosticCodes.EksctlRegionInvalid, "metadata.region", region is null ? "metadata.region is required, e.g. eu-west-1" : $"metadata.region \"{region}\" is not an AWS region, e.g. eu-west-1");
                region = "us-east-1";
            }

            var version = Version();
            if (c.KubernetesNetworkConfig?.IpFamily is { } family && !family.Equals("IPv4", StringComparison.OrdinalIgnoreCase))
            {
                Error(DiagnosticCodes.EksctlFieldRefused, "kubernetesNetworkConfig.ipFamily", $"ipFamily \"{family}\" is not supported by kgen: IPv6 clusters are not built yet; use IPv4");
            }

            var (network, natMode) = Network(region);
            var zones = network.Subnets.Select(s => s.Zone).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var (privateAccess, publicAccess, publicCidrs) = Endpoint();
            var tags = (c.Metadata?.Tags ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);
            var groups = new List<(InstanceGroup Group, EksNodeGroup Eks)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (c.ManagedNodeGroups ?? []).Count; i++)
            {
                if (NodeGroup(c.ManagedNodeGroups![i], $"managedNodeGroups[{i}]", managed: true, network, zones, region, seen) is { } g)
                {
                    groups.Add(g);
                }
            }

            for (var i = 0; i < (c.NodeGroups ?? []).Count; i++)
            {
                if (NodeGroup(c.NodeGroups![i], $"nodeGroups[{i}]", managed: false, network, zones, region, seen) is { } g)
                {
                    groups.Add(g);
                }
            }

            var identities = Identities(out var wantsOidc);
            var addons = Addons(version, identities);
            if (identities.Count > 0 && !addons.Any(a => a.Name == PodIdentityAgent))
            {
                Warn(DiagnosticCodes.EksctlMapped, "addons", $"kgen adds the {PodIdentityAgent} add-on: the workload identities of this spec are EKS Pod Identity associations, which need it");
                addons.Add(new EksAddon { Name = PodIdentityAgent, Version = null, NeedsNodes = false, ResolveConflicts = "OVERWRITE", Tags = ImmutableSortedDictionary<string, string>.Empty });
            }

            var access = Access(out var mode, out var creatorAdmin);
            var logging = Logging(out var retention);
            var secretsKey = c.SecretsEncryption?.KeyArn;
            if (secretsKey is not null && !KmsArn().IsMatch(secretsKey))
            {
                Error(DiagnosticCodes.EksctlArnInvalid, "secretsEncryption.keyARN", $"\"{secretsKey}\" is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID)");
            }

            string? serviceCidr = null;
            if (c.KubernetesNetworkConfig?.ServiceIpv4Cidr is { } sc)
            {
                if (!Cidr.TryParse(sc, out var parsed, out var why))
                {
                    Error(DiagnosticCodes.CidrInvalid, "kubernetesNetworkConfig.serviceIPv4CIDR", $"\"{sc}\" is not a CIDR: {why}");
                }
                else
                {
                    serviceCidr = parsed.ToString();
                }
            }

            if (name is null || Errors.Count > 0)
            {
                return null;
            }

            var vpcCidr = network.VpcCidr;
            var eks = new EksOptions
            {
                Version = version,
                EndpointPrivateAccess = privateAccess,
                EndpointPublicAccess = publicAccess,
                PublicAccessCidrs = publicCidrs,
                LogTypes = logging,
                LogRetentionDays = retention,
                SecretsKeyArn = secretsKey,
                WithOidc = wantsOidc,
                WorkloadIdentities = [.. identities.OrderBy(w => w.Namespace, StringComparer.Ordinal).ThenBy(w => w.ServiceAccount, StringComparer.Ordinal)],
                Addons = [.. addons.OrderBy(a => a.Name, StringComparer.Ordinal)],
                AuthenticationMode = mode,
                BootstrapClusterCreatorAdminPermissions = creatorAdmin,
                AccessEntries = access,
                NodeGroups = groups.ToImmutableSortedDictionary(g => g.Group.Name, g => g.Eks, StringComparer.Ordinal),
                ServiceCidr = serviceCidr,
                NatMode = natMode,
                Warnings = [.. warnings],
            };
            var services = Cidr.Parse(serviceCidr ?? DefaultServiceCidr);
            return new Cluster
            {
                Name = name,
                KubernetesVersion = version,
                Region = region,

                // EKS keeps the cluster's configuration; kgen stores nothing for nodes to read.
                ConfigBase = string.Empty,
                Network = network,
                Api = new ApiEndpoint
                {
                    Type = publicAccess ? LoadBalancerType.Public : LoadBalancerType.Internal,
                    Class = LoadBalancerClass.Network,
                    PublicName = string.Empty,
                    InternalName = string.Empty,
                    CrossZone = false,
                    AdditionalSecurityGroups = [],
                },
                Dns = new ClusterDns { Type = DnsType.None, Zone = null },
                Access = new AccessRules { Ssh = [], KubernetesApi = [.. publicCidrs.Select(IPNetwork.Parse)], NodePort = [] },
                Ssh = SshKey.None,

                // The Amazon VPC CNI (an EKS add-on) gives pods VPC addresses; kgen manages no overlay.
                Networking = new Networking(CniKind.External, null),
                EtcdClusters = [],
                Iam = new IamOptions { AllowContainerRegistry = true, AdditionalPolicies = ImmutableSortedDictionary<string, string>.Empty },
                Kubelet = new KubeletOptions(false),
                Bastion = new BastionOptions(LoadBalancerType.Public, null),
                CloudLabels = tags,
                InstanceGroups = [.. groups.Select(g => g.Group).OrderBy(g => g.Name, StringComparer.Ordinal)],
                Eks = eks,
            } is var cluster && vpcCidr is not null && services.Overlaps(vpcCidr.Value)
                ? Overlap(cluster)
                : cluster;
        }

        private Cluster? Overlap(Cluster cluster)
        {
            Error(DiagnosticCodes.ServicesOverlapVpc, "kubernetesNetworkConfig.serviceIPv4CIDR", $"the service range overlaps the VPC CIDR {cluster.Network.VpcCidr}; give kubernetesNetworkConfig.serviceIPv4CIDR outside it (e.g. 172.20.0.0/16)");
            return null;
        }

        private string Version()
        {
            var v = c.Metadata?.Version;
            if (v is null)
            {
                return DefaultVersion;
            }

            if (v is "auto" or "latest" or "default")
            {
                Warn(DiagnosticCodes.EksctlMapped, "metadata.version", $"version \"{v}\" means EKS' current default to eksctl; kgen generates offline and pins {DefaultVersion}");
                return DefaultVersion;
            }

            var m = EksVersion().Match(v);
            if (!m.Success)
            {
                Error(DiagnosticCodes.KubernetesVersionInvalid, "metadata.version", $"\"{v}\" is not an EKS Kubernetes version: write MAJOR.MINOR, e.g. \"{DefaultVersion}\"");
                return DefaultVersion;
            }

            var minor = int.Parse(m.Groups["minor"].Value, CultureInfo.InvariantCulture);
            if (minor < OldestMinor || minor > NewestMinor)
            {
                Error(DiagnosticCodes.KubernetesVersionUnsupported, "metadata.version", $"EKS does not create clusters of Kubernetes {v}; use 1.{OldestMinor} to 1.{NewestMinor}");
            }

            return v;
        }

        private (ClusterNetwork Network, string NatMode) Network(string region)
        {
            var vpc = c.Vpc ?? new EksctlVpc();
            var natMode = vpc.Nat?.Gateway ?? "Single";
            if (natMode is not ("Single" or "HighlyAvailable" or "Disable"))
            {
                Error(DiagnosticCodes.NotOneOf, "vpc.nat.gateway", $"\"{natMode}\" is not a NAT mode; use Single, HighlyAvailable or Disable");
                natMode = "Single";
            }

            Cidr? vpcCidr = null;
            if (vpc.Cidr is { } text)
            {
                if (Cidr.TryParse(text, out var parsed, out var why))
                {
                    vpcCidr = parsed;
                }
                else
                {
                    Error(DiagnosticCodes.CidrInvalid, "vpc.cidr", $"\"{text}\" is not a CIDR: {why}");
                }
            }
            else if (vpc.Id is null)
            {
                vpcCidr = Cidr.Parse(DefaultVpcCidr);
            }

            if (vpc.Id is { } id && !id.StartsWith("vpc-", StringComparison.Ordinal))
            {
                Error(DiagnosticCodes.VpcIdInvalid, "vpc.id", $"\"{id}\" is not a VPC id (vpc-…)");
            }

            var subnets = new List<Subnet>();
            var given = (vpc.Subnets?.Public ?? []).Select(kv => (Kind: "public", kv.Key, kv.Value))
                .Concat((vpc.Subnets?.Private ?? []).Select(kv => (Kind: "private", kv.Key, kv.Value)))
                .ToList();
            if (given.Count > 0)
            {
                foreach (var (kind, key, s) in given)
                {
                    var path = $"vpc.subnets.{kind}.{key}";
                    var zone = s.Az ?? (Patterns.Zone().IsMatch(key) ? key : null);
                    if (zone is not null && !zone.StartsWith(region, StringComparison.Ordinal))
                    {
                        Error(DiagnosticCodes.ZoneInvalid, path, $"zone {zone} is not in the cluster's region {region}");
                    }

                    Cidr? cidr = null;
                    if (s.Cidr is { } sc)
                    {
                        if (Cidr.TryParse(sc, out var parsed, out var why))
                        {
                            cidr = parsed;
                        }
                        else
                        {
                            Error(DiagnosticCodes.CidrInvalid, path + ".cidr", $"\"{sc}\" is not a CIDR: {why}");
                        }
                    }

                    if (s.Id is { } sid && !sid.StartsWith("subnet-", StringComparison.Ordinal))
                    {
                        Error(DiagnosticCodes.SubnetIdInvalid, path + ".id", $"\"{sid}\" is not a subnet id (subnet-…)");
                    }

                    if (s.Id is null && (cidr is null || zone is null))
                    {
                        Error(DiagnosticCodes.SubnetCidrUnknown, path, "a subnet kgen creates needs its cidr and its zone (the key, or az:); an existing one needs its id");
                    }

                    if (s.Id is not null && vpc.Id is null)
                    {
                        Error(DiagnosticCodes.SubnetWithoutVpc, path + ".id", "existing subnets need the existing VPC's id in vpc.id");
                    }

                    subnets.Add(new Subnet
                    {
                        Name = Patterns.Zone().IsMatch(key) ? $"{kind}-{key}" : key,
                        Zone = zone,
                        Cidr = cidr,
                        Type = kind == "public" ? SubnetType.Public : SubnetType.Private,
                        ExistingId = s.Id,
                        Egress = s.Id is null && kind == "private" && natMode == "Disable" ? "External" : null,
                    });
                }
            }
            else if (vpc.Id is not null)
            {
                Error(DiagnosticCodes.NoSubnets, "vpc.subnets", "an existing VPC (vpc.id) needs its subnets listed under vpc.subnets.private and/or vpc.subnets.public");
            }
            else
            {
                var zones = c.AvailabilityZones is { Count: > 0 } az ? az : [.. "abc".Select(l => $"{region}{l}")];
                for (var i = 0; i < zones.Count; i++)
                {
                    if (!Patterns.Zone().IsMatch(zones[i]) || !zones[i].StartsWith(region, StringComparison.Ordinal))
                    {
                        Error(DiagnosticCodes.ZoneInvalid, $"availabilityZones[{i}]", $"\"{zones[i]}\" is not a zone of {region} (e.g. {region}a)");
                    }
                }

                if (zones.Count < 2)
                {
                    Error(DiagnosticCodes.EksctlTooFewZones, "availabilityZones", "EKS needs subnets in at least two zones; list two or more");
                }

                // eksctl's layout: the VPC split into eight (sixteen beyond four zones) blocks, public subnets first.
                var slices = vpcCidr!.Value.Split(zones.Count > 4 ? 16 : 8).ToList();
                if (slices.Count < 2 * zones.Count)
                {
                    Error(DiagnosticCodes.NoRoomForSubnet, "vpc.cidr", $"{vpcCidr} is too small for a public and a private subnet in {zones.Count} zones");
                }
                else
                {
                    for (var i = 0; i < zones.Count; i++)
                    {
                        subnets.Add(new Subnet { Name = $"public-{zones[i]}", Zone = zones[i], Cidr = slices[i], Type = SubnetType.Public, ExistingId = null, Egress = null });
                    }

                    for (var i = 0; i < zones.Count; i++)
                    {
                        subnets.Add(new Subnet { Name = $"private-{zones[i]}", Zone = zones[i], Cidr = slices[zones.Count + i], Type = SubnetType.Private, ExistingId = null, Egress = natMode == "Disable" ? "External" : null });
                    }
                }
            }

            if (natMode == "Disable" && subnets.Any(s => s.Type == SubnetType.Private && !s.IsShared))
            {
                Warn(DiagnosticCodes.EksctlMapped, "vpc.nat.gateway", "no NAT gateway: nodes in private subnets reach neither the internet nor the AWS APIs unless the VPC has endpoints or a route of its own");
            }

            var pods = vpcCidr ?? Cidr.Parse(DefaultVpcCidr);
            return (new ClusterNetwork
            {
                VpcCidr = vpcCidr,
                ExistingVpcId = vpc.Id,
                Subnets = [.. subnets],

                // The VPC CNI gives pods addresses of the VPC.
                PodCidr = pods,
                ServiceCidr = Cidr.Parse(c.KubernetesNetworkConfig?.ServiceIpv4Cidr is { } s2 && Cidr.TryParse(s2, out var p2, out _) ? p2.ToString() : DefaultServiceCidr),
                NonMasqueradeCidr = pods,
                SingleNatGateway = natMode == "Single",
            }, natMode);
        }

        private (bool Private, bool Public, ImmutableArray<string> Cidrs) Endpoint()
        {
            var e = c.Vpc?.ClusterEndpoints;
            var cidrs = new List<string>();
            var listed = c.Vpc?.PublicAccessCidrs ?? [];
            for (var i = 0; i < listed.Count; i++)
            {
                if (Cidr.TryParse(listed[i], out var parsed, out var why))
                {
                    cidrs.Add(parsed.ToString());
                }
                else
                {
                    Error(DiagnosticCodes.AccessCidrInvalid, $"vpc.publicAccessCIDRs[{i}]", $"\"{listed[i]}\" is not an IPv4 CIDR: {why}");
                }
            }

            var privateAccess = e?.PrivateAccess ?? true;
            bool publicAccess;
            if (e?.PublicAccess is { } explicitPublic)
            {
                publicAccess = explicitPublic;
                if (publicAccess && cidrs.Count == 0)
                {
                    cidrs.Add("0.0.0.0/0");
                }
            }
            else
            {
                publicAccess = cidrs.Count > 0;
                if (!publicAccess)
                {
                    Warn(DiagnosticCodes.EksEndpointPrivate, "vpc.clusterEndpoints", "the API endpoint is private (reachable from inside the VPC only): list the networks that may reach it from outside in vpc.publicAccessCIDRs, or set vpc.clusterEndpoints.publicAccess: true to open it to the world");
                }
            }

            if (!publicAccess)
            {
                cidrs.Clear();
            }

            if (cidrs.Contains("0.0.0.0/0"))
            {
                Warn(DiagnosticCodes.EksEndpointOpenToWorld, c.Vpc?.PublicAccessCidrs is null ? "vpc.clusterEndpoints.publicAccess" : "vpc.publicAccessCIDRs", "the public API endpoint is open to the whole internet (0.0.0.0/0); list your networks in vpc.publicAccessCIDRs");
            }

            if (!privateAccess && !publicAccess)
            {
                Error(DiagnosticCodes.EksEndpointNone, "vpc.clusterEndpoints", "the API endpoint must be reachable somewhere: set privateAccess: true (kgen's default) or publicAccess: true");
            }

            if (!privateAccess && !cidrs.Contains("0.0.0.0/0"))
            {
                Error(DiagnosticCodes.EksEndpointNone, "vpc.clusterEndpoints.privateAccess", "with the private endpoint off, nodes reach the API through the public endpoint from their NAT gateway's or their own public address, which vpc.publicAccessCIDRs does not admit; keep privateAccess: true");
            }

            return (privateAccess, publicAccess, [.. cidrs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        }

        private (InstanceGroup, EksNodeGroup)? NodeGroup(EksctlNodeGroup g, string path, bool managed, ClusterNetwork network, ImmutableArray<string> zones, string region, HashSet<string> seen)
        {
            var name = g.Name;
            if (name is null || !KubernetesName().IsMatch(name) || name.Length > 63)
            {
                Error(DiagnosticCodes.GroupNameInvalid, path + ".name", name is null ? "a node group needs a name" : $"\"{name}\" is not a node group name: lowercase letters, digits and hyphens, at most 63 characters");
                return null;
            }

            if (!seen.Add(name))
            {
                Error(DiagnosticCodes.GroupNameDuplicate, path + ".name", $"a second node group named \"{name}\"");
                return null;
            }

            if (!managed)
            {
                Warn(DiagnosticCodes.EksctlMapped, path, $"node group \"{name}\" is an EKS managed node group in kgen's output (eksctl's nodeGroups are self-managed; kgen builds every group as a managed one, with its own launch template)");
            }

            // Instance types.
            var types = g.InstanceTypes ?? g.InstancesDistribution?.InstanceTypes ?? (g.InstanceType is { } one ? [one] : [DefaultInstanceType]);
            if (g.InstanceType is not null && (g.InstanceTypes is not null || g.InstancesDistribution?.InstanceTypes is not null))
            {
                Error(DiagnosticCodes.GivenTwice, path + ".instanceType", "give instanceType or a list of instance types, not both");
            }

            for (var i = 0; i < types.Count; i++)
            {
                if (!Patterns.InstanceType().IsMatch(types[i]))
                {
                    Error(DiagnosticCodes.MachineTypeInvalid, $"{path}.instanceTypes[{i}]", $"\"{types[i]}\" is not an EC2 instance type (e.g. m5.large)");
                }
            }

            var architectures = types.Select(InstanceGroupDefaults.Architecture).Distinct(StringComparer.Ordinal).ToList();
            if (architectures.Count > 1)
            {
                Error(DiagnosticCodes.MixedArchitectures, path + ".instanceTypes", "the instance types mix CPU architectures (amd64 and arm64); one node group runs one AMI");
            }

            var arch = architectures.FirstOrDefault() ?? "amd64";
            var amiType = AmiType(g.AmiFamily, arch, types, path);

            // Spot.
            var spot = g.Spot ?? false;
            if (g.InstancesDistribution is { } dist)
            {
                var onDemand = dist.OnDemandPercentageAboveBaseCapacity ?? 100;
                spot = onDemand < 100 || (dist.SpotInstancePools is not null && dist.OnDemandPercentageAboveBaseCapacity is null);
                if (spot && (onDemand > 0 || (dist.OnDemandBaseCapacity ?? 0) > 0))
                {
                    Warn(DiagnosticCodes.EksctlMapped, path + ".instancesDistribution", "a managed node group is all spot or all on-demand: kgen makes this group spot; put the on-demand share in a node group of its own");
                }

                if (dist.MaxPrice is not null || dist.SpotInstancePools is not null)
                {
                    Warn(DiagnosticCodes.EksctlMapped, path + ".instancesDistribution", "maxPrice and spotInstancePools do not apply to managed node groups: spot capacity is capped at the on-demand price and spread over the listed types");
                }
            }

            // Sizes, as eksctl defaults them.
            var desired = g.DesiredCapacity ?? g.MinSize ?? 2;
            var min = g.MinSize ?? Math.Min(desired, g.MaxSize ?? desired);
            var max = g.MaxSize ?? Math.Max(desired, min);
            if (min < 0 || min > desired || desired > max || max < 1)
            {
                Error(DiagnosticCodes.GroupSize, path, $"sizes must satisfy 0 ≤ minSize ≤ desiredCapacity ≤ maxSize and maxSize ≥ 1; found {min} ≤ {desired} ≤ {max}");
            }

            // Subnets and zones.
            var subnets = Subnets(g, path, network, zones);

            // Volumes: encrypted unless the spec says otherwise.
            var encrypted = g.VolumeEncrypted ?? true;
            if (!encrypted)
            {
                Warn(DiagnosticCodes.EksVolumeUnencrypted, path + ".volumeEncrypted", $"node group \"{name}\": root volumes are not encrypted");
            }

            var volumeType = g.VolumeType ?? "gp3";
            if (volumeType is not ("gp2" or "gp3" or "io1" or "io2" or "sc1" or "st1" or "standard"))
            {
                Error(DiagnosticCodes.RootVolumeInvalid, path + ".volumeType", $"\"{volumeType}\" is not an EBS volume type; use gp3, gp2, io1, io2, sc1, st1 or standard");
            }

            // Taints.
            var taints = ImmutableArray.CreateBuilder<Taint>();
            for (var i = 0; i < (g.Taints ?? []).Count; i++)
            {
                var t = g.Taints![i];
                if (t.Key is null || t.Effect is not ("NoSchedule" or "PreferNoSchedule" or "NoExecute"))
                {
                    Error(DiagnosticCodes.TaintInvalid, $"{path}.taints[{i}]", "a taint needs a key and an effect: NoSchedule, PreferNoSchedule or NoExecute");
                    continue;
                }

                taints.Add(new Taint(t.Key, t.Value ?? string.Empty, t.Effect));
            }

            // Update: how many nodes may be replaced at once (EKS drains them respecting PodDisruptionBudgets).
            var update = g.UpdateConfig;
            if (update is { MaxUnavailable: not null, MaxUnavailablePercentage: not null })
            {
                Error(DiagnosticCodes.GivenTwice, path + ".updateConfig", "give maxUnavailable or maxUnavailablePercentage, not both");
            }

            if (update?.MaxUnavailable is < 1 or > 100)
            {
                Error(DiagnosticCodes.EksUpdateConfigInvalid, path + ".updateConfig.maxUnavailable", "maxUnavailable is 1 to 100 nodes");
            }

            if (update?.MaxUnavailablePercentage is < 1 or > 100)
            {
                Error(DiagnosticCodes.EksUpdateConfigInvalid, path + ".updateConfig.maxUnavailablePercentage", "maxUnavailablePercentage is 1 to 100");
            }

            // SSH.
            var ssh = g.Ssh;
            var key = SshKey.None;
            if (ssh?.PublicKeyName is { } keyName)
            {
                key = new SshKey { ExistingName = keyName };
            }
            else if (ssh?.PublicKey is { } inline)
            {
                key = new SshKey { PublicKey = inline.Trim() };
            }
            else if (ssh?.PublicKeyPath is not null || ssh?.Allow == true)
            {
                if (sshPublicKey is not null)
                {
                    key = new SshKey { PublicKey = sshPublicKey.Trim() };
                }
                else
                {
                    Warn(DiagnosticCodes.EksctlMapped, path + ".ssh", $"node group \"{name}\": kgen reads no key file named in a spec; pass the public key with --ssh-public-key (no key pair until then)");
                }
            }

            var sshAllowed = ssh?.Allow ?? (ssh?.PublicKeyName is not null || ssh?.PublicKey is not null || ssh?.PublicKeyPath is not null);
            var sources = ssh?.SourceSecurityGroupIds ?? [];
            for (var i = 0; i < sources.Count; i++)
            {
                if (!sources[i].StartsWith("sg-", StringComparison.Ordinal))
                {
                    Error(DiagnosticCodes.SecurityGroupIdInvalid, $"{path}.ssh.sourceSecurityGroupIds[{i}]", $"\"{sources[i]}\" is not a security group id (sg-…)");
                }
            }

            if (sshAllowed && sources.Count == 0)
            {
                Warn(DiagnosticCodes.EksctlMapped, path + ".ssh", $"node group \"{name}\": SSH is allowed but no ssh.sourceSecurityGroupIds are listed; kgen opens port 22 to nobody (eksctl would open it to the world)");
            }

            var attach = g.SecurityGroups?.AttachIds ?? [];
            for (var i = 0; i < attach.Count; i++)
            {
                if (!attach[i].StartsWith("sg-", StringComparison.Ordinal))
                {
                    Error(DiagnosticCodes.SecurityGroupIdInvalid, $"{path}.securityGroups.attachIDs[{i}]", $"\"{attach[i]}\" is not a security group id (sg-…)");
                }
            }

            if (g.Iam is { } iam && (iam.AttachPolicyArns is { Count: > 0 } || iam.WithAddonPolicies is not null || spec.RawPolicies.ContainsKey(path + ".iam.attachPolicy")))
            {
                Error(DiagnosticCodes.EksctlFieldRefused, path + ".iam", "kgen gives every node group one node role with what nodes themselves call; give workloads their permissions with iam.podIdentityAssociations (or an add-on's wellKnownPolicies) instead of the node role");
            }

            // IMDS: v2 only; a hop limit of 2 lets pods in their own network namespace reach IMDS through the node, 1 keeps them out.
            var httpTokens = g.DisableImdsV1 == false ? "optional" : "required";
            if (g.DisableImdsV1 == false)
            {
                Warn(DiagnosticCodes.EksctlMapped, path + ".disableIMDSv1", $"node group \"{name}\" allows IMDSv1, whose credentials a server-side request forgery can read");
            }

            var hopLimit = g.DisablePodImds == true ? 1 : 2;
            var group = new InstanceGroup
            {
                Name = name,
                Role = InstanceGroupRole.Node,
                Image = null,
                MachineTypes = [.. types],
                Architecture = arch,
                MinSize = min,
                MaxSize = max,
                Subnets = subnets,
                RootVolume = new RootVolume
                {
                    Size = g.VolumeSize ?? DefaultVolumeSize,
                    Type = volumeType,
                    Iops = g.VolumeIops ?? (volumeType == "gp3" ? 3000 : null),
                    Throughput = g.VolumeThroughput ?? (volumeType == "gp3" ? 125 : null),
                    Encrypted = encrypted,
                    KmsKeyId = g.VolumeKmsKeyId,
                },
                AssociatePublicIp = false,
                CloudLabels = (g.Tags ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
                NodeLabels = (g.Labels ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
                Taints = taints.ToImmutable(),
                AdditionalSecurityGroups = [.. attach],
                MaxPrice = null,
                MixedInstancesPolicy = null,
                InstanceMetadata = new InstanceMetadataOptions(httpTokens, hopLimit),
                MaxInstanceLifetimeSeconds = 0,
                InstanceProtection = false,
                DetailedMonitoring = false,
            };
            var eks = new EksNodeGroup
            {
                DesiredSize = desired,
                CapacityType = spot ? "SPOT" : "ON_DEMAND",
                AmiType = amiType,
                MaxUnavailable = update?.MaxUnavailablePercentage is null ? update?.MaxUnavailable ?? 1 : null,
                MaxUnavailablePercentage = update?.MaxUnavailablePercentage,
                SshAllowed = sshAllowed,
                SshSourceSecurityGroups = sshAllowed ? [.. sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] : [],
                Key = key,
                FromUnmanagedList = !managed,
            };
            return (group, eks);
        }

        private string AmiType(string? family, string arch, List<string> types, string path)
        {
            var gpu = types.Any(t => Patterns.InstanceType().Match(t) is { Success: true } m && m.Groups["family"].Value is "g" or "p" && !m.Groups["attrs"].Value.StartsWith('g'));
            var arm = arch == "arm64";
            switch (family ?? "AmazonLinux2023")
            {
                case "AmazonLinux2023":
                    return gpu ? "AL2023_x86_64_NVIDIA" : arm ? "AL2023_ARM_64_STANDARD" : "AL2023_x86_64_STANDARD";
                case "AmazonLinux2":
                    Warn(DiagnosticCodes.EksctlMapped, path + ".amiFamily", "AmazonLinux2 reached its end of support for EKS with Kubernetes 1.32; prefer AmazonLinux2023");
                    return gpu ? "AL2_x86_64_GPU" : arm ? "AL2_ARM_64" : "AL2_x86_64";
                case "Bottlerocket":
                    return gpu ? (arm ? "BOTTLEROCKET_ARM_64_NVIDIA" : "BOTTLEROCKET_x86_64_NVIDIA") : arm ? "BOTTLEROCKET_ARM_64" : "BOTTLEROCKET_x86_64";
                default:
                    Error(DiagnosticCodes.EksctlFieldRefused, path + ".amiFamily", $"amiFamily \"{family}\" needs a custom AMI and its bootstrap, which kgen does not write; use AmazonLinux2023 (the default), AmazonLinux2 or Bottlerocket");
                    return "AL2023_x86_64_STANDARD";
            }
        }

        private ImmutableArray<string> Subnets(EksctlNodeGroup g, string path, ClusterNetwork network, ImmutableArray<string> zones)
        {
            var type = g.PrivateNetworking == true ? SubnetType.Private : SubnetType.Public;
            var candidates = network.Subnets.Where(s => s.Type == type).ToList();
            if (g.Subnets is { Count: > 0 } named)
            {
                var result = new List<string>();
                for (var i = 0; i < named.Count; i++)
                {
                    var n = named[i];
                    var match = network.Subnets.FirstOrDefault(s => s.Name == n || s.ExistingId == n || s.Name == $"{(type == SubnetType.Private ? "private" : "public")}-{n}")
                        ?? candidates.FirstOrDefault(s => s.Zone == n);
                    if (match is null)
                    {
                        Error(DiagnosticCodes.GroupSubnets, $"{path}.subnets[{i}]", $"\"{n}\" is none of the cluster's subnets (names under vpc.subnets, subnet ids, or zones); the cluster has: {string.Join(", ", network.Subnets.Select(s => s.Name))}");
                    }
                    else if (match.Type != type)
                    {
                        Error(DiagnosticCodes.GroupSubnets, $"{path}.subnets[{i}]", $"subnet \"{n}\" is {match.Type.ToString().ToLowerInvariant()}, but the group's privateNetworking is {(type == SubnetType.Private ? "true" : "false")}");
                    }
                    else
                    {
                        result.Add(match.Name);
                    }
                }

                return [.. result.Distinct(StringComparer.Ordinal)];
            }

            var groupZones = g.AvailabilityZones;
            if (groupZones is { Count: > 0 })
            {
                for (var i = 0; i < groupZones.Count; i++)
                {
                    if (!zones.Contains(groupZones[i]))
                    {
                        Error(DiagnosticCodes.EksNodeGroupZone, $"{path}.availabilityZones[{i}]", $"the cluster has no subnet in {groupZones[i]}; its zones are {string.Join(", ", zones)}");
                    }
                }

                candidates = [.. candidates.Where(s => s.Zone is not null && groupZones.Contains(s.Zone))];
            }

            if (candidates.Count == 0 && !Errors.Any(e => e.Location is InputLocation l && l.Path.Contains(path, StringComparison.Ordinal)))
            {
                Error(DiagnosticCodes.GroupSubnets, path + ".privateNetworking", type == SubnetType.Private
                    ? "the group asks for private networking, but the cluster has no private subnet there; add vpc.subnets.private or set privateNetworking: false"
                    : "the cluster has no public subnet there; set privateNetworking: true or add vpc.subnets.public");
            }

            return [.. candidates.Select(s => s.Name).Order(StringComparer.Ordinal)];
        }

        private List<EksWorkloadIdentity> Identities(out bool withOidc)
        {
            var list = new List<EksWorkloadIdentity>();
            var iam = c.Iam;
            withOidc = iam?.WithOidc ?? false;
            var sas = iam?.ServiceAccounts ?? [];
            if (sas.Count > 0)
            {
                Warn(DiagnosticCodes.EksctlMapped, "iam.serviceAccounts", "kgen gives each service account its AWS role through EKS Pod Identity (an association and a role that trusts pods.eks.amazonaws.com), not IRSA: no ServiceAccount annotation is needed, and SDKs from 2023 on pick the credentials up");
            }

            for (var i = 0; i < sas.Count; i++)
            {
                var sa = sas[i];
                var path = $"iam.serviceAccounts[{i}]";
                var ns = sa.Metadata?.Namespace ?? "default";
                var name = sa.Metadata?.Name;
                if (name is null)
                {
                    Error(DiagnosticCodes.EksIdentityInvalid, path + ".metadata.name", "a service account needs metadata.name");
                    continue;
                }

                list.Add(Identity(path, ns, name, sa.AttachRoleArn, sa.RoleName, sa.AttachPolicyArns, path + ".attachPolicy", sa.WellKnownPolicies, sa.PermissionsBoundary, null, "attachRoleARN") with { Tags = Sorted(sa.Tags) });
            }

            var pias = iam?.PodIdentityAssociations ?? [];
            for (var i = 0; i < pias.Count; i++)
            {
                var p = pias[i];
                var path = $"iam.podIdentityAssociations[{i}]";
                if (p.Namespace is null || p.ServiceAccountName is null)
                {
                    Error(DiagnosticCodes.EksIdentityInvalid, path, "a pod identity association needs namespace and serviceAccountName");
                    continue;
                }

                list.Add(Identity(path, p.Namespace, p.ServiceAccountName, p.RoleArn, p.RoleName, p.PermissionPolicyArns, path + ".permissionPolicy", p.WellKnownPolicies, p.PermissionsBoundaryArn, null, "roleARN") with { Tags = Sorted(p.Tags) });
            }

            foreach (var dup in list.GroupBy(w => (w.Namespace, w.ServiceAccount)).Where(g => g.Count() > 1))
            {
                Error(DiagnosticCodes.EksIdentityInvalid, "iam", $"service account {dup.Key.Namespace}/{dup.Key.ServiceAccount} is given two identities; EKS associates one role per service account");
            }

            return list;
        }

        private EksWorkloadIdentity Identity(string path, string ns, string sa, string? roleArn, string? roleName, List<string>? policyArns, string rawPath, EksctlWellKnownPolicies? wellKnown, string? boundary, string? addon, string roleField)
        {
            var arns = (policyArns ?? []).ToList();
            var inline = spec.RawPolicies.GetValueOrDefault(rawPath);
            var known = WellKnown(wellKnown, path + ".wellKnownPolicies");
            if (roleArn is not null)
            {
                if (!IamArn().IsMatch(roleArn))
                {
                    Error(DiagnosticCodes.EksctlArnInvalid, $"{path}.{roleField}", $"\"{roleArn}\" is not an IAM role ARN");
                }

                if (arns.Count > 0 || inline is not null || known.Length > 0)
                {
                    Error(DiagnosticCodes.EksIdentityInvalid, path, $"{roleField} names an existing role; its permissions are that role's, so policies cannot be given too");
                }
            }
            else if (arns.Count == 0 && inline is null && known.Length == 0)
            {
                Error(DiagnosticCodes.EksIdentityInvalid, path, $"service account {ns}/{sa} gets no permission: give policy ARNs, an inline policy, wellKnownPolicies or an existing role");
            }

            for (var i = 0; i < arns.Count; i++)
            {
                if (!IamArn().IsMatch(arns[i]))
                {
                    Error(DiagnosticCodes.EksctlArnInvalid, $"{path}[{i}]", $"\"{arns[i]}\" is not an IAM policy ARN");
                }
            }

            if (inline is not null && !(JObject.Parse(inline)["Statement"] is JArray or JObject))
            {
                Error(DiagnosticCodes.PolicyInvalid, rawPath, "the inline policy needs a Statement");
            }

            return new EksWorkloadIdentity
            {
                Namespace = ns,
                ServiceAccount = sa,
                RoleArn = roleArn,
                RoleName = roleName,
                PolicyArns = [.. arns.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                InlinePolicy = inline,
                WellKnown = known,
                PermissionsBoundary = boundary,
                Addon = addon,
            };
        }

        private static ImmutableSortedDictionary<string, string> Sorted(Dictionary<string, string>? tags) => (tags ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);

        private ImmutableArray<string> WellKnown(EksctlWellKnownPolicies? w, string path)
        {
            if (w is null)
            {
                return [];
            }

            if (w.AwsLoadBalancerController == true)
            {
                Error(DiagnosticCodes.EksctlFieldRefused, path + ".awsLoadBalancerController", "the AWS Load Balancer Controller's policy is not in kgen yet; attach the upstream iam_policy.json as a managed policy through its ARN instead");
            }

            var list = new List<string>();
            if (w.AutoScaler == true)
            {
                list.Add(WellKnownPolicies.AutoScaler);
            }

            if (w.CertManager == true)
            {
                list.Add(WellKnownPolicies.CertManager);
            }

            if (w.EbsCsiController == true)
            {
                list.Add(WellKnownPolicies.EbsCsiController);
            }

            if (w.EfsCsiController == true)
            {
                list.Add(WellKnownPolicies.EfsCsiController);
            }

            if (w.ExternalDns == true)
            {
                list.Add(WellKnownPolicies.ExternalDns);
            }

            if (w.ImageBuilder == true)
            {
                list.Add(WellKnownPolicies.ImageBuilder);
            }

            return [.. list.Order(StringComparer.Ordinal)];
        }

        private List<EksAddon> Addons(string version, List<EksWorkloadIdentity> identities)
        {
            var list = new List<EksAddon>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var minor = EksVersion().Match(version) is { Success: true } vm ? vm.Groups["minor"].Value : null;
            for (var i = 0; i < (c.Addons ?? []).Count; i++)
            {
                var a = c.Addons![i];
                var path = $"addons[{i}]";
                if (a.Name is null || !KubernetesName().IsMatch(a.Name))
                {
                    Error(DiagnosticCodes.EksAddonInvalid, path + ".name", "an add-on needs its EKS name, e.g. vpc-cni, coredns, kube-proxy, aws-ebs-csi-driver");
                    continue;
                }

                if (!seen.Add(a.Name))
                {
                    Error(DiagnosticCodes.EksAddonInvalid, path + ".name", $"add-on {a.Name} is listed twice");
                    continue;
                }

                string? v = a.Version;
                if (v is "latest" or "default" or "")
                {
                    if (v == "latest")
                    {
                        Warn(DiagnosticCodes.EksctlMapped, path + ".version", $"add-on {a.Name}: \"latest\" needs a lookup kgen does not make offline; EKS installs its default version for Kubernetes {version} (pin a version to upgrade deliberately)");
                    }

                    v = null;
                }
                else if (v is not null)
                {
                    var normalized = v.StartsWith('v') ? v : "v" + v;
                    var m = AddonVersion().Match(normalized);
                    if (!m.Success)
                    {
                        Error(DiagnosticCodes.EksAddonVersion, path + ".version", $"add-on {a.Name}: version \"{v}\" is not an EKS add-on version; write vMAJOR.MINOR.PATCH-eksbuild.N (e.g. v1.19.2-eksbuild.1) or leave it out for EKS' default");
                    }
                    else if (a.Name == "kube-proxy" && minor is not null && (m.Groups["major"].Value != "1" || m.Groups["minor"].Value != minor))
                    {
                        Error(DiagnosticCodes.EksAddonVersion, path + ".version", $"kube-proxy {v} does not match the cluster's Kubernetes {version}: kube-proxy's version is the Kubernetes version (v{version}.x-eksbuild.N)");
                    }

                    v = normalized;
                }

                var hasIam = a.AttachPolicyArns is { Count: > 0 } || a.WellKnownPolicies is not null || spec.RawPolicies.ContainsKey(path + ".attachPolicy") || a.ServiceAccountRoleArn is not null;
                if (hasIam)
                {
                    if (!AddonServiceAccounts.TryGetValue(a.Name, out var sa))
                    {
                        Error(DiagnosticCodes.EksAddonInvalid, path, $"kgen does not know which service account add-on {a.Name} runs as, so it cannot give it an identity; known: {string.Join(", ", AddonServiceAccounts.Keys.Order(StringComparer.Ordinal))}");
                    }
                    else
                    {
                        identities.Add(Identity(path, sa.Namespace, sa.ServiceAccount, a.ServiceAccountRoleArn, null, a.AttachPolicyArns, path + ".attachPolicy", a.WellKnownPolicies, null, a.Name, "serviceAccountRoleARN"));
                    }
                }

                var conflicts = (a.ResolveConflicts ?? "overwrite").ToUpperInvariant();
                if (conflicts is not ("OVERWRITE" or "PRESERVE" or "NONE"))
                {
                    Error(DiagnosticCodes.NotOneOf, path + ".resolveConflicts", $"\"{a.ResolveConflicts}\" is not one of none, overwrite, preserve");
                }

                list.Add(new EksAddon
                {
                    Name = a.Name,
                    Version = v,
                    NeedsNodes = !NodeIndependentAddons.Contains(a.Name),
                    ResolveConflicts = conflicts,
                    Tags = (a.Tags ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
                });
            }

            return list;
        }

        private ImmutableArray<EksAccessEntry> Access(out string mode, out bool creatorAdmin)
        {
            var a = c.AccessConfig;
            mode = a?.AuthenticationMode ?? "API";
            creatorAdmin = a?.BootstrapClusterCreatorAdminPermissions ?? true;
            if (mode == "CONFIG_MAP")
            {
                Error(DiagnosticCodes.EksctlFieldRefused, "accessConfig.authenticationMode", "kgen grants access with access entries, not the aws-auth ConfigMap; use API (the default) or API_AND_CONFIG_MAP");
            }
            else if (mode == "API_AND_CONFIG_MAP")
            {
                Warn(DiagnosticCodes.EksctlMapped, "accessConfig.authenticationMode", "API_AND_CONFIG_MAP also honours the aws-auth ConfigMap, which kgen does not manage; API alone keeps every grant in the generated code");
            }
            else if (mode != "API")
            {
                Error(DiagnosticCodes.NotOneOf, "accessConfig.authenticationMode", $"\"{mode}\" is not one of API, API_AND_CONFIG_MAP");
            }

            var entries = ImmutableArray.CreateBuilder<EksAccessEntry>();
            var principals = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (a?.AccessEntries ?? []).Count; i++)
            {
                var e = a!.AccessEntries![i];
                var path = $"accessConfig.accessEntries[{i}]";
                if (e.PrincipalArn is null || !IamArn().IsMatch(e.PrincipalArn))
                {
                    Error(DiagnosticCodes.EksctlArnInvalid, path + ".principalARN", $"\"{e.PrincipalArn}\" is not an IAM user or role ARN");
                    continue;
                }

                if (!principals.Add(e.PrincipalArn))
                {
                    Error(DiagnosticCodes.EksAccessEntryInvalid, path + ".principalARN", $"{e.PrincipalArn} has a second access entry; EKS keeps one per principal");
                    continue;
                }

                var type = e.Type ?? "STANDARD";
                if (type is not ("STANDARD" or "EC2_LINUX" or "EC2_WINDOWS" or "FARGATE_LINUX"))
                {
                    Error(DiagnosticCodes.NotOneOf, path + ".type", $"\"{type}\" is not one of STANDARD, EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX");
                }

                var policies = ImmutableArray.CreateBuilder<EksAccessPolicy>();
                for (var j = 0; j < (e.AccessPolicies ?? []).Count; j++)
                {
                    var p = e.AccessPolicies![j];
                    var pp = $"{path}.accessPolicies[{j}]";
                    if (p.PolicyArn is null || !AccessPolicyArn().IsMatch(p.PolicyArn))
                    {
                        Error(DiagnosticCodes.EksctlArnInvalid, pp + ".policyARN", $"\"{p.PolicyArn}\" is not an EKS access policy ARN (arn:aws:eks::aws:cluster-access-policy/NAME)");
                        continue;
                    }

                    var scope = p.AccessScope?.Type ?? "cluster";
                    var namespaces = p.AccessScope?.Namespaces ?? [];
                    if (scope is not ("cluster" or "namespace") || (scope == "namespace") != (namespaces.Count > 0))
                    {
                        Error(DiagnosticCodes.EksAccessEntryInvalid, pp + ".accessScope", "accessScope.type is cluster (no namespaces) or namespace (with namespaces)");
                    }

                    policies.Add(new EksAccessPolicy(p.PolicyArn, scope, [.. namespaces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
                }

                if (type != "STANDARD" && (policies.Count > 0 || e.KubernetesGroups is { Count: > 0 }))
                {
                    Error(DiagnosticCodes.EksAccessEntryInvalid, path, $"an access entry of type {type} takes no access policies and no Kubernetes groups; EKS gives it the node permissions");
                }

                entries.Add(new EksAccessEntry
                {
                    PrincipalArn = e.PrincipalArn,
                    Type = type,
                    KubernetesGroups = [.. (e.KubernetesGroups ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                    Policies = policies.ToImmutable(),
                });
            }

            return entries.ToImmutable();
        }

        private ImmutableArray<string> Logging(out int retention)
        {
            var l = c.CloudWatch?.ClusterLogging;
            retention = l?.LogRetentionInDays ?? 0;
            if (retention != 0 && !RetentionDays.Contains(retention))
            {
                Error(DiagnosticCodes.NotOneOf, "cloudWatch.clusterLogging.logRetentionInDays", $"{retention} is not a CloudWatch retention; use one of {string.Join(", ", RetentionDays)}");
            }
            else if (retention != 0)
            {
                Warn(DiagnosticCodes.EksctlFieldIgnored, "cloudWatch.clusterLogging.logRetentionInDays", $"kgen does not manage the control plane's log group yet: EKS creates /aws/eks/{c.Metadata?.Name}/cluster and keeps its logs; after apply run aws logs put-retention-policy --log-group-name /aws/eks/{c.Metadata?.Name}/cluster --retention-in-days {retention}");
            }

            if (l?.EnableTypes is null)
            {
                // Control-plane logging on by default: every type.
                return [.. LogTypes];
            }

            var types = new List<string>();
            for (var i = 0; i < l.EnableTypes.Count; i++)
            {
                var t = l.EnableTypes[i];
                if (t is "*" or "all")
                {
                    types.AddRange(LogTypes);
                }
                else if (Array.IndexOf(LogTypes, t) >= 0)
                {
                    types.Add(t);
                }
                else
                {
                    Error(DiagnosticCodes.NotOneOf, $"cloudWatch.clusterLogging.enableTypes[{i}]", $"\"{t}\" is not a control-plane log type; use {string.Join(", ", LogTypes)} or \"*\"");
                }
            }

            if (types.Count == 0)
            {
                Warn(DiagnosticCodes.EksctlMapped, "cloudWatch.clusterLogging.enableTypes", "control-plane logging is off: nothing the API server, the authenticator or the audit log records is kept");
            }

            return [.. types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }

        private static readonly int[] RetentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
    }
}

/// <summary>eksctl's well-known policies, as kgen writes them (managed policies where AWS has one, else statements in the IAM builder).</summary>
internal static class WellKnownPolicies
{
    public const string AutoScaler = "autoScaler";
    public const string CertManager = "certManager";
    public const string EbsCsiController = "ebsCSIController";
    public const string EfsCsiController = "efsCSIController";
    public const string ExternalDns = "externalDNS";
    public const string ImageBuilder = "imageBuilder";
}
