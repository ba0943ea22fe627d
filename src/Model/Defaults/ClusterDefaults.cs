using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>
/// The defaulting step: turns the cluster as written (<see cref="ClusterInput"/>, whatever its format) into a
/// complete <see cref="Cluster"/>, the way an operator expects. Each concern decides its own defaults
/// (<see cref="NetworkDefaults"/>, <see cref="InstanceGroupDefaults"/>, <see cref="ControlPlaneDefaults"/>,
/// <see cref="EndpointDefaults"/>, <see cref="AccessDefaults"/>); this class puts them together in one order, so
/// problems come out in a stable order. Values that cannot be read (a malformed CIDR, an unknown name) are
/// reported here, all at once; rules across fields belong to validation.
/// </summary>
internal sealed partial class ClusterDefaults(ClusterInput input)
{
    /// <summary>The Kubernetes version used when the spec names none.</summary>
    public const string DefaultKubernetesVersion = "1.34.2";

    private readonly Defaulting _d = new();

    /// <summary>What could not be read; validation still runs, so every problem is reported at once.</summary>
    public IReadOnlyList<Diagnostic> Errors => _d.Errors;

    /// <summary>Paths of the Cluster document whose value could not be read; rules across fields leave them alone.</summary>
    public IReadOnlySet<string> Unreadable => _d.Unreadable;

    /// <summary>Applies the defaults.</summary>
    /// <param name="sshPublicKey">An OpenSSH public key to import as the cluster's key pair (ignored when the spec names a key pair).</param>
    public Cluster Apply(string? sshPublicKey)
    {
        var c = input.Source;
        var name = input.Name ?? string.Empty;
        if (name.Length == 0)
        {
            _d.Error(c, DiagnosticCodes.ClusterNameMissing, "metadata.name", "the cluster needs a name, e.g. \"acme.k8s.local\"");
        }

        if (input.CloudProvider is not (null or "aws"))
        {
            _d.Error(c, DiagnosticCodes.UnsupportedCloud, "spec.cloudProvider", $"only \"aws\" is supported, found \"{input.CloudProvider}\"");
        }

        var network = new NetworkDefaults(input, _d);
        var subnets = network.Subnets();
        var groups = input.InstanceGroups.Select((g, i) => InstanceGroupDefaults.Apply(g, subnets, _d) with { SpecIndex = i }).ToList();
        groups.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var configBase = input.ConfigBase ?? $"file://./state/{name}"; // the default state store, file://./state
        var region = NetworkDefaults.Region(subnets);
        var cni = network.Cni();
        var (components, kubelet) = ComponentDefaults.Apply(input, cni.Kind, _d);

        return new Cluster
        {
            Name = name,
            KubernetesVersion = KubernetesVersion(input.KubernetesVersion),
            Region = region,
            ConfigBase = configBase,
            ConfigStoreKmsKey = input.ConfigStoreKmsKey,
            Network = network.Network(subnets, cni.Kind),
            Api = EndpointDefaults.Api(input, name, _d, groups, subnets),
            Dns = EndpointDefaults.Dns(input, name, _d),
            Access = AccessDefaults.Access(input, _d),
            Ssh = AccessDefaults.SshKey(input, sshPublicKey),
            Networking = cni,
            EtcdClusters = ControlPlaneDefaults.EtcdClusters(input.EtcdClusters, groups, subnets, configBase, input.Source, _d),
            Iam = AccessDefaults.Iam(input) with
            {
                UseServiceAccountExternalPermissions = input.UseServiceAccountExternalPermissions ?? false,
                ServiceAccountExternalPermissions = ServiceAccountIssuerDefaults.Permissions(input),
            },
            ServiceAccountIssuer = ServiceAccountIssuerDefaults.Issuer(input, region, _d),
            Kubelet = kubelet,
            Components = components,
            Addons = AddonDefaults.Apply(input, name, _d),
            Bastion = EndpointDefaults.Bastion(input, _d),
            CloudLabels = input.CloudLabels.ToImmutableSortedDictionary(StringComparer.Ordinal),
            RegistryMirrors = input.RegistryMirrors.ToImmutableSortedDictionary(StringComparer.Ordinal),
            InstanceGroups = [.. groups],
        };
    }

    private string KubernetesVersion(string? text)
    {
        if (text is null)
        {
            return DefaultKubernetesVersion;
        }

        var m = VersionPattern().Match(text);
        if (!m.Success)
        {
            _d.Error(input.Source, DiagnosticCodes.KubernetesVersionInvalid, "spec.kubernetesVersion", $"\"{text}\" is not a Kubernetes version; expected a form such as v{DefaultKubernetesVersion} (or a pre-release such as v1.36.0-rc.1)");
            return DefaultKubernetesVersion;
        }

        return m.Groups["v"].Value;
    }

    /// <summary>A release (<c>v1.34.2</c>) or an alpha, beta or release candidate (<c>v1.36.0-rc.1</c>), which pkgs.k8s.io publishes in its pre-release channel.</summary>
    [GeneratedRegex(@"^v?(?<v>\d+\.\d+\.\d+(-(alpha|beta|rc)\.\d+)?)$")]
    private static partial Regex VersionPattern();
}
