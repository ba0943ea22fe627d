using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Kgen.Model.Validation;

/// <summary>IAM and the SSH key: extra policies name a role and are IAM statements; the key is a public one.</summary>
internal static partial class IamRules
{
    /// <summary>The additional policies.</summary>
    public static void Check(Validating v)
    {
        foreach (var (role, json) in v.Cluster.Iam.AdditionalPolicies)
        {
            var path = $"spec.additionalPolicies.{role}";
            if (role is not ("master" or "control-plane" or "node" or "bastion"))
            {
                v.Error(v.C, DiagnosticCodes.PolicyRoleInvalid, path, $"\"{role}\" is not a role; use master (or control-plane), node or bastion");
            }

            try
            {
                var token = JToken.Parse(json);
                if (token is not JArray statements || statements.Any(s => s is not JObject o || o["Effect"] is null))
                {
                    v.Error(v.C, DiagnosticCodes.PolicyInvalid, path, "expected a JSON list of IAM statements, each with Effect, Action and Resource");
                }
            }
            catch (Newtonsoft.Json.JsonReaderException e)
            {
                v.Error(v.C, DiagnosticCodes.PolicyInvalid, path, $"not valid JSON: {e.Message}");
            }
        }
    }

    /// <summary>The public key to import, when one is given.</summary>
    public static void SshKey(Validating v)
    {
        if (v.Cluster.Ssh.PublicKey is { } key && !IsPublicKey(key))
        {
            v.Add(Diagnostic.Error(
                DiagnosticCodes.SshPublicKeyInvalid,
                new InputLocation(v.Input.File, null, null, "ssh public key"),
                "not an OpenSSH public key; expected one line such as \"ssh-ed25519 AAAA… comment\" (the .pub file, never the private key)"));
        }
    }

    /// <summary>One line "type base64 [comment]" whose decoded blob starts with the same type name.</summary>
    private static bool IsPublicKey(string key)
    {
        var m = SshKeyPattern().Match(key);
        if (!m.Success)
        {
            return false;
        }

        var parts = key.Split(' ', 3);
        var blob = new byte[parts[1].Length];
        if (!Convert.TryFromBase64String(parts[1], blob, out var length) || length < 4)
        {
            return false;
        }

        var typeLength = (blob[0] << 24) | (blob[1] << 16) | (blob[2] << 8) | blob[3];
        return typeLength > 0 && typeLength <= length - 4 &&
            System.Text.Encoding.ASCII.GetString(blob, 4, typeLength) == parts[0] &&
            length > 4 + typeLength + 16;
    }

    [GeneratedRegex(@"^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,3}( .*)?$")]
    private static partial Regex SshKeyPattern();
}
