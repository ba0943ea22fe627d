using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Kgen.Model;

/// <summary>
/// An IPv4 CIDR block with the arithmetic subnet planning needs. The model's VPC, subnet and Kubernetes ranges are
/// parsed into it once, at defaulting; <see cref="ToString"/> gives the canonical text (<c>10.0.0.0/16</c>).
/// </summary>
internal readonly record struct Cidr(uint Address, int Prefix)
{
    /// <summary>Number of addresses in the block.</summary>
    public ulong Size => 1UL << (32 - Prefix);

    /// <summary>First address after the block.</summary>
    public ulong End => Address + Size;

    /// <summary>Parses <c>a.b.c.d/n</c>; the address must be the block's first address.</summary>
    public static bool TryParse(string? text, out Cidr cidr, out string error)
    {
        cidr = default;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "expected an IPv4 CIDR such as 10.0.0.0/16, found nothing";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 ||
            !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) ||
            prefix > 32 ||
            !IPAddress.TryParse(text.AsSpan(0, slash), out var ip) ||
            ip.AddressFamily != AddressFamily.InterNetwork ||
            text[..slash].Count(c => c == '.') != 3)
        {
            error = $"\"{text}\" is not an IPv4 CIDR; expected a form such as 10.0.0.0/16";
            return false;
        }

        var bytes = ip.GetAddressBytes();
        var address = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        if ((address & ~mask) != 0)
        {
            var fixedUp = new Cidr(address & mask, prefix);
            error = $"\"{text}\" has host bits set; did you mean {fixedUp}?";
            return false;
        }

        cidr = new Cidr(address, prefix);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static Cidr Parse(string text) =>
        TryParse(text, out var c, out var e) ? c : throw new FormatException(e);

    /// <summary>Whether <paramref name="other"/> lies entirely inside this block.</summary>
    public bool Contains(Cidr other) => other.Prefix >= Prefix && other.Address >= Address && other.End <= End;

    /// <summary>Whether the two blocks share any address.</summary>
    public bool Overlaps(Cidr other) => Address < other.End && other.Address < End;

    /// <summary>Splits into <paramref name="count"/> equal blocks (a power of two); none when they would be smaller than one address.</summary>
    public IEnumerable<Cidr> Split(int count)
    {
        var bits = (int)Math.Log2(count);
        var prefix = Prefix + bits;
        if (prefix > 32)
        {
            yield break;
        }

        for (var i = 0; i < count; i++)
        {
            yield return new Cidr((uint)(Address + ((ulong)i << (32 - prefix))), prefix);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Address >> 24}.{(Address >> 16) & 255}.{(Address >> 8) & 255}.{Address & 255}/{Prefix}");
}
