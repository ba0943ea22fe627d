using System.Globalization;
using System.Text.RegularExpressions;
using Kgen.Model.Input;

namespace Kgen.Model.Validation;

/// <summary>The cluster as a whole: Kubernetes version, API name, cluster name, which groups belong to it, tags.</summary>
internal static partial class ClusterRules
{
    /// <summary>containerd's registry mirrors: keys are registry hosts (or <c>*</c>), values http(s) URLs.</summary>
    private static void RegistryMirrors(Validating v)
    {
        foreach (var (registry, mirrors) in v.Cluster.RegistryMirrors)
        {
            var path = $"spec.containerd.registryMirrors.{registry}";
            if (registry != "*" && !RegistryHostPattern().IsMatch(registry))
            {
                v.Error(v.C, DiagnosticCodes.RegistryMirrorInvalid, path, $"\"{registry}\" is not a registry host; expected a name such as docker.io or registry.example.com:5000, or * for every registry");
            }

            if (mirrors.IsEmpty)
            {
                v.Error(v.C, DiagnosticCodes.RegistryMirrorInvalid, path, "list at least one mirror, such as https://mirror.example.com");
            }

            for (var i = 0; i < mirrors.Length; i++)
            {
                if (!MirrorUrlPattern().IsMatch(mirrors[i]))
                {
                    v.Error(v.C, DiagnosticCodes.RegistryMirrorInvalid, $"{path}[{i}]", $"\"{mirrors[i]}\" is not a mirror's URL; expected https://host[:port][/path] (or http://)");
                }
            }
        }
    }

    [GeneratedRegex(@"\A[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex RegistryHostPattern();

    [GeneratedRegex(@"\Ahttps?://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?(/[A-Za-z0-9._~/-]*)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex MirrorUrlPattern();

    /// <summary>Version, names and group ownership.</summary>
    public static void Check(Validating v)
    {
        RegistryMirrors(v);
        var cluster = v.Cluster;
        var version = cluster.KubernetesVersion.Split('.');
        if (version[0] != "1" || !int.TryParse(version[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) || minor < 29)
        {
            v.Error(v.C, DiagnosticCodes.KubernetesVersionUnsupported, "spec.kubernetesVersion", $"Kubernetes {cluster.KubernetesVersion} is not supported; kgen installs 1.29 or newer from pkgs.k8s.io (e.g. v1.34.2)");
        }

        if (cluster.Api.PublicName.Length == 0)
        {
            v.Error(v.C, DiagnosticCodes.ApiNameEmpty, "spec.masterPublicName", $"is empty; leave it out for the default api.{cluster.Name}");
        }

        var name = cluster.Name;
        if (name.Length == 0)
        {
            return;
        }

        if (v.Input.ClusterDnsDomain is { } domain && domain != "cluster.local")
        {
            v.Error(v.C, DiagnosticCodes.ClusterDnsDomainNotKgens, "spec.clusterDNSDomain", $"\"{domain}\" is not supported: kgen's clusters use cluster.local (kubeadm's default); a different domain would change every service name; remove the field or set it to cluster.local");
        }

        if (v.Input.Api.InternalName is { } internalName && internalName != new Names(name).ApiInternalName)
        {
            v.Error(v.C, DiagnosticCodes.InternalApiNameNotKgens, "spec.masterInternalName", $"\"{internalName}\" is not supported: kgen's nodes reach the API at {new Names(name).ApiInternalName}; remove the field or set it to that");
        }

        if (!DnsNamePattern().IsMatch(name) || name.Length > 253)
        {
            v.Error(v.C, DiagnosticCodes.ClusterNameInvalid, "metadata.name", $"\"{name}\" is not a valid cluster name; use a lower-case DNS name such as \"acme.k8s.local\" or \"prod.example.com\" (letters, digits, '-' and '.', at most 253 characters)");
        }
        else if (!name.Contains('.', StringComparison.Ordinal))
        {
            v.Error(v.C, DiagnosticCodes.ClusterNameWithoutDomain, "metadata.name", $"\"{name}\" needs a domain part; use a name such as \"{name}.k8s.local\" (no public DNS) or \"{name}.example.com\"");
        }

        foreach (var g in v.Input.InstanceGroups)
        {
            if (g.ClusterLabel is { } owner && owner != name)
            {
                v.Error(g.Source, DiagnosticCodes.GroupOfAnotherCluster, "metadata.labels.kops.k8s.io/cluster", $"belongs to cluster \"{owner}\", but this file's cluster is \"{name}\"; set the label to {name} or move the group to its own cluster's file");
            }
        }
    }

    /// <summary>AWS tags: their length, AWS' reserved prefix, and the tags kgen sets itself.</summary>
    public static void Tags(Validating v, ISourceLocator at, string path, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in labels)
        {
            if (key.Length > 128 || value.Length > 256)
            {
                v.Error(at, DiagnosticCodes.TagTooLong, $"{path}.{key}", "AWS tag keys are at most 128 characters and values at most 256");
            }

            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                v.Error(at, DiagnosticCodes.TagReserved, $"{path}.{key}", "tag keys starting with aws: are reserved by AWS");
            }

            if (key is "Name" or "KubernetesCluster" || key.StartsWith("kubernetes.io/cluster/", StringComparison.Ordinal))
            {
                v.Error(at, DiagnosticCodes.TagOwnedByKgen, $"{path}.{key}", "this tag is set by kgen (it ties resources to the cluster) and cannot be overridden");
            }

            if (key.StartsWith("k8s.io/cluster-autoscaler/", StringComparison.Ordinal) && !key.StartsWith("k8s.io/cluster-autoscaler/node-template/", StringComparison.Ordinal))
            {
                v.Error(at, DiagnosticCodes.TagOwnedByKgen, $"{path}.{key}", "kgen sets the cluster autoscaler's discovery tags itself, on the Node groups with minSize < maxSize (the groups its IAM statement lets it scale); remove the tag, and give a group room to scale instead");
            }
        }
    }

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")]
    private static partial Regex DnsNamePattern();
}
