using System.Text.RegularExpressions;

namespace Kgen.Model;

/// <summary>The shapes of AWS names that both defaulting and validation read.</summary>
internal static partial class Patterns
{
    /// <summary>An availability zone: <c>region</c> and <c>az</c> letter.</summary>
    [GeneratedRegex(@"^(?<region>[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d+)(?<az>[a-z])$")]
    public static partial Regex Zone();

    /// <summary>An EC2 instance type: <c>family</c>, <c>gen</c>eration, <c>attrs</c> and <c>size</c>.</summary>
    [GeneratedRegex(@"^(?<family>[a-z]+)(?<gen>\d+)(?<attrs>[a-z\-]*)\.(?<size>[a-z0-9]+)$")]
    public static partial Regex InstanceType();

    /// <summary>A DNS label: lower-case letters, digits and '-' (subnet and instance group names).</summary>
    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    public static partial Regex DnsLabel();

    /// <summary>A security group id.</summary>
    [GeneratedRegex(@"^sg-([0-9a-f]{8}|[0-9a-f]{17})$")]
    public static partial Regex SecurityGroupId();

    /// <summary>An environment variable's name (the Amazon VPC CNI's settings).</summary>
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    public static partial Regex EnvName();
}
