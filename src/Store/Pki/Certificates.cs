using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kgen.Store.Pki;

/// <summary>A certificate and private key in PEM (certificate <c>CERTIFICATE</c>, key PKCS#8 <c>PRIVATE KEY</c>).</summary>
/// <param name="CertificatePem">The certificate.</param>
/// <param name="PrivateKeyPem">Its private key.</param>
internal sealed record PemKeyPair(string CertificatePem, string PrivateKeyPem);

/// <summary>
/// Certificates the way kubeadm makes them, with .NET's own cryptography: RSA-2048, SHA-256,
/// self-signed CAs valid for ten years, short-lived client certificates signed by a CA.
/// </summary>
internal static class Certificates
{
    /// <summary>How long a CA is valid (kubeadm's default: ten years).</summary>
    public static readonly TimeSpan CaValidity = TimeSpan.FromDays(3650);

    /// <summary>How far certificates are backdated, so a node whose clock is a little behind accepts them.</summary>
    public static readonly TimeSpan Backdate = TimeSpan.FromMinutes(5);

    private const int KeySize = 2048;

    /// <summary>
    /// A self-signed CA named <paramref name="commonName"/> (also its DNS SAN, as kubeadm does):
    /// basicConstraints CA (critical), keyUsage keyCertSign, cRLSign and digitalSignature (critical),
    /// subjectKeyIdentifier.
    /// </summary>
    public static PemKeyPair CreateCertificateAuthority(string commonName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(commonName);
        using var key = RSA.Create(KeySize);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(commonName);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(commonName);
        request.CertificateExtensions.Add(san.Build());

        var notBefore = Truncate(now) - Backdate;
        using var certificate = request.Create(subject.Build(), X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pkcs1), notBefore, notBefore + CaValidity, SerialNumber());
        return new PemKeyPair(certificate.ExportCertificatePem() + "\n", key.ExportPkcs8PrivateKeyPem() + "\n");
    }

    /// <summary>
    /// A client certificate for <paramref name="commonName"/> in the groups <paramref name="organizations"/>,
    /// signed by <paramref name="ca"/>, valid from <paramref name="now"/> (backdated a little) for
    /// <paramref name="lifetime"/> but never beyond the CA: keyUsage digitalSignature and keyEncipherment,
    /// extendedKeyUsage clientAuth, not a CA.
    /// </summary>
    public static PemKeyPair SignClientCertificate(X509Certificate2 ca, string commonName, IEnumerable<string> organizations, TimeSpan lifetime, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ca);
        ArgumentException.ThrowIfNullOrEmpty(commonName);
        ArgumentNullException.ThrowIfNull(organizations);
        if (lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "a certificate lifetime must be positive");
        }

        using var caKey = ca.GetRSAPrivateKey() ?? throw new ArgumentException("the CA certificate carries no RSA private key", nameof(ca));
        using var key = RSA.Create(KeySize);
        var subject = new X500DistinguishedNameBuilder();
        foreach (var organization in organizations)
        {
            subject.AddOrganizationName(organization);
        }

        subject.AddCommonName(commonName);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2", "Client Authentication")], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));

        var notBefore = Truncate(now) - Backdate;
        var notAfter = Truncate(now) + lifetime;
        if (notAfter > ca.NotAfter.ToUniversalTime())
        {
            notAfter = ca.NotAfter.ToUniversalTime();
        }

        using var certificate = request.Create(ca.SubjectName, X509SignatureGenerator.CreateForRSA(caKey, RSASignaturePadding.Pkcs1), notBefore, notAfter, SerialNumber());
        return new PemKeyPair(certificate.ExportCertificatePem() + "\n", key.ExportPkcs8PrivateKeyPem() + "\n");
    }

    /// <summary>
    /// The CA certificate hash <c>kubeadm join --discovery-token-ca-cert-hash</c> expects:
    /// <c>sha256:</c> and the lowercase hex SHA-256 of the certificate's DER SubjectPublicKeyInfo, as it
    /// stands in the certificate.
    /// </summary>
    public static string DiscoveryHash(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(SubjectPublicKeyInfo(certificate.RawData).Span));
    }

    /// <summary>The discovery hash of the first certificate in <paramref name="certificatePem"/>.</summary>
    public static string DiscoveryHash(string certificatePem)
    {
        using var certificate = X509Certificate2.CreateFromPem(certificatePem);
        return DiscoveryHash(certificate);
    }

    /// <summary>The DER SubjectPublicKeyInfo exactly as encoded in a DER certificate (RFC 5280 §4.1).</summary>
    internal static ReadOnlyMemory<byte> SubjectPublicKeyInfo(ReadOnlyMemory<byte> certificateDer)
    {
        var certificate = new AsnReader(certificateDer, AsnEncodingRules.DER).ReadSequence();
        var tbs = certificate.ReadSequence();
        var version = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
        if (tbs.PeekTag().HasSameClassAndValue(version))
        {
            tbs.ReadEncodedValue();
        }

        tbs.ReadEncodedValue(); // serialNumber
        tbs.ReadEncodedValue(); // signature
        tbs.ReadEncodedValue(); // issuer
        tbs.ReadEncodedValue(); // validity
        tbs.ReadEncodedValue(); // subject
        return tbs.ReadEncodedValue();
    }

    private static DateTimeOffset Truncate(DateTimeOffset now) =>
        new(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>A random positive 128-bit serial number (RFC 5280 allows up to 20 octets).</summary>
    private static byte[] SerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x01);
        return serial;
    }

    /// <summary>For messages: a certificate's subject and validity.</summary>
    internal static string Describe(X509Certificate2 certificate) => string.Create(
        CultureInfo.InvariantCulture,
        $"{certificate.Subject}, valid {certificate.NotBefore.ToUniversalTime():yyyy-MM-dd} to {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}");
}
