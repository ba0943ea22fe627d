using System.IO.Compression;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>
/// A gzip stream (RFC 1952) whose bytes depend only on the input: the header is written here, not by
/// the platform's zlib (which stamps its own OS byte), with modification time 0, no file name and
/// OS byte 255 ("unknown"); the body is .NET's deflate at the optimal level.
/// </summary>
internal static class DeterministicGzip
{
    /// <summary>The fixed 10-byte header: magic, deflate, no flags, mtime 0, XFL 0, OS 255.</summary>
    internal static readonly byte[] Header = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff];

    private static readonly uint[] Table = BuildTable();

    public static byte[] Compress(byte[] data)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Header);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        Span<byte> trailer = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32(data));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)data.Length);
        buffer.Write(trailer);
        return buffer.ToArray();
    }

    /// <summary>CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as gzip's trailer needs.</summary>
    internal static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
