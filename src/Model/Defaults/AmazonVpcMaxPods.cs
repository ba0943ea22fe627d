using System.Collections.Frozen;
using System.Globalization;

namespace Kgen.Model.Defaults;

/// <summary>
/// How many pods a node can give addresses with the Amazon VPC CNI, by instance type: upstream's table
/// (<c>misc/eni-max-pods.txt</c> of github.com/aws/amazon-vpc-cni-k8s at v1.23.0, embedded as
/// <c>Defaults/eni-max-pods.txt</c>), ENIs × (IPv4 addresses per ENI − 1) + 2, for the first network card and without
/// prefix delegation, which kgen refuses. The kubelet's max-pods is the least of the group's instance types, capped by
/// the spec's <c>kubelet.maxPods</c> or the kubelet's default 110, so no pod is admitted that cannot get an address.
/// </summary>
internal static class AmazonVpcMaxPods
{
    /// <summary>The kubelet's own default, the cap when the spec sets no <c>kubelet.maxPods</c>.</summary>
    public const int KubeletDefault = 110;

    /// <summary>The table's source, for messages and the docs.</summary>
    public const string Source = "misc/eni-max-pods.txt of github.com/aws/amazon-vpc-cni-k8s v1.23.0";

    private static readonly FrozenDictionary<string, int> Table = Load();

    /// <summary>The pods an instance type can give addresses, or null when the table does not list it.</summary>
    public static int? ForInstanceType(string instanceType) => Table.TryGetValue(instanceType, out var n) ? n : null;

    /// <summary>The kubelet's max-pods for a group: the least of its instance types' (each listed), at most <paramref name="cap"/>.</summary>
    public static int For(InstanceGroup g, int? cap) =>
        Math.Min(cap ?? KubeletDefault, InstanceTypes(g).Select(t => ForInstanceType(t) ?? KubeletDefault).DefaultIfEmpty(KubeletDefault).Min());

    /// <summary>Every instance type a group may launch (its machine types and its mixed instances policy's).</summary>
    public static IEnumerable<string> InstanceTypes(InstanceGroup g) =>
        g.MachineTypes.Concat(g.MixedInstancesPolicy?.Instances ?? []).Distinct(StringComparer.Ordinal);

    private static FrozenDictionary<string, int> Load()
    {
        using var stream = typeof(AmazonVpcMaxPods).Assembly.GetManifestResourceStream("eni-max-pods.txt")
            ?? throw new InvalidOperationException("eni-max-pods.txt is not embedded in Kgen.Model");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith('#') || parts.Length != 2)
            {
                continue;
            }

            table[parts[0]] = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
