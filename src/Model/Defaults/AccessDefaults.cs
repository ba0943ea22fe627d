using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>Who may reach what (closed unless the spec opens it), the SSH key, and IAM options.</summary>
internal static class AccessDefaults
{
    /// <summary>The access lists, each CIDR parsed (IPv4 or IPv6, in canonical form).</summary>
    public static AccessRules Access(ClusterInput input, Defaulting d) => new()
    {
        Ssh = Cidrs(input.Source, "spec.sshAccess", input.SshAccess, d),
        KubernetesApi = Cidrs(input.Source, "spec.kubernetesApiAccess", input.KubernetesApiAccess, d),
        NodePort = Cidrs(input.Source, "spec.nodePortAccess", input.NodePortAccess, d),
    };

    /// <summary>An existing key pair's name, else the public key given (e.g. <c>--ssh-public-key</c>), else none; an empty name means none.</summary>
    public static SshKey SshKey(ClusterInput input, string? sshPublicKey) => input.SshKeyName switch
    {
        null => sshPublicKey is null ? Model.SshKey.None : new SshKey { PublicKey = sshPublicKey.Trim() },
        "" => Model.SshKey.None,
        var existing => new SshKey { ExistingName = existing },
    };

    /// <summary>IAM: ECR pulls allowed, extra statements as written.</summary>
    public static IamOptions Iam(ClusterInput input) => new()
    {
        AllowContainerRegistry = input.AllowContainerRegistry ?? true,
        AdditionalPolicies = input.AdditionalPolicies.ToImmutableSortedDictionary(StringComparer.Ordinal),
        ExternalPolicies = input.ExternalPolicies.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
    };

    private static ImmutableArray<IPNetwork> Cidrs(ISourceLocator at, string path, ImmutableArray<string> list, Defaulting d)
    {
        var result = ImmutableArray.CreateBuilder<IPNetwork>();
        for (var i = 0; i < list.Length; i++)
        {
            if (!IPNetwork.TryParse(list[i], out var net) || !list[i].Contains('/', StringComparison.Ordinal))
            {
                d.Error(at, DiagnosticCodes.AccessCidrInvalid, $"{path}[{i}]", $"\"{list[i]}\" is not a CIDR; expected a form such as 203.0.113.0/24 (or 2001:db8::/32)");
            }
            else if (net.BaseAddress.ToString() + "/" + net.PrefixLength.ToString(CultureInfo.InvariantCulture) != list[i])
            {
                d.Error(at, DiagnosticCodes.AccessCidrInvalid, $"{path}[{i}]", $"\"{list[i]}\" is not in canonical form; did you mean {net}?");
            }
            else
            {
                result.Add(net);
            }
        }

        return result.ToImmutable();
    }
}
