using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Kgen.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Kgen.Store.Pki;

/// <summary>
/// The service-account issuer's two public documents (OpenID Connect discovery), as the API server serves them at
/// <c>/.well-known/openid-configuration</c> and <c>/openid/v1/jwks</c>, written into the issuer's discovery store
/// (kops' <c>serviceAccountIssuerDiscovery.discoveryStore</c>), where AWS STS reads them to verify a service account's
/// token. Made from the public half of the cluster's service-account key pair only; the private key never leaves the config store.
/// </summary>
internal static class ServiceAccountDiscovery
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The key id Kubernetes gives the service-account key (<c>pkg/serviceaccount/jwt.go</c>, <c>keyIDFromPublicKey</c>):
    /// the SHA-256 of the key's PKIX (SubjectPublicKeyInfo) DER encoding, base64url without padding. A token's header
    /// names it, so the key set must carry the same id.
    /// </summary>
    public static string KeyId(RSA key) => Base64Url(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    /// <summary>The discovery document: the issuer, where its keys are, and what it signs (RS256 ID tokens, public subjects).</summary>
    public static string DiscoveryDocument(ServiceAccountIssuer issuer) => Json(new JObject
    {
        ["issuer"] = issuer.Url,
        ["jwks_uri"] = issuer.JwksUri,
        ["response_types_supported"] = new JArray("id_token"),
        ["subject_types_supported"] = new JArray("public"),
        ["id_token_signing_alg_values_supported"] = new JArray("RS256"),
    });

    /// <summary>The key set: the service-account public key (PEM, SubjectPublicKeyInfo) as an RS256 signing JWK.</summary>
    public static string KeySet(string publicKeyPem)
    {
        using var key = RSA.Create();
        key.ImportFromPem(publicKeyPem);
        var p = key.ExportParameters(includePrivateParameters: false);
        return Json(new JObject
        {
            ["keys"] = new JArray(new JObject
            {
                ["use"] = "sig",
                ["kty"] = "RSA",
                ["kid"] = KeyId(key),
                ["alg"] = "RS256",
                ["n"] = Base64Url(p.Modulus!),
                ["e"] = Base64Url(p.Exponent!),
            }),
        });
    }

    /// <summary>
    /// Writes both documents into <paramref name="discoveryStore"/> (opened at the issuer's discovery store) unless it
    /// holds their bytes already: idempotent, and a document that differs (a new key, another issuer) is rewritten.
    /// </summary>
    /// <returns>The keys written.</returns>
    public static async Task<ImmutableArray<string>> PublishAsync(IObjectStore discoveryStore, ServiceAccountIssuer issuer, string publicKeyPem, CancellationToken cancellationToken = default)
    {
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var (key, text) in new[] { (ServiceAccountIssuer.DiscoveryDocumentKey, DiscoveryDocument(issuer)), (ServiceAccountIssuer.JwksKey, KeySet(publicKeyPem)) })
        {
            var bytes = Utf8.GetBytes(text);
            var existing = await discoveryStore.GetAsync(key, cancellationToken).ConfigureAwait(false);
            if (existing is not null && existing.Content.AsSpan().SequenceEqual(bytes))
            {
                continue;
            }

            await discoveryStore.PutAsync(key, bytes, Precondition.None, cancellationToken).ConfigureAwait(false);
            written.Add(key);
        }

        return written.ToImmutable();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Json(JObject o) => o.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
