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
                else if (statements.Cast<JObject>().Select(StatementProblem).FirstOrDefault(p => p is not null) is { } problem)
                {
                    v.Error(v.C, DiagnosticCodes.PolicyInvalid, path, problem);
                }
            }
            catch (Newtonsoft.Json.JsonReaderException e)
            {
                v.Error(v.C, DiagnosticCodes.PolicyInvalid, path, $"not valid JSON: {e.Message}");
            }
        }

        ExternalPolicies(v);
    }

    /// <summary>The managed policies to attach: per role, each the ARN of a managed policy.</summary>
    private static void ExternalPolicies(Validating v)
    {
        // Per role, policy name → ARN: each attachment is named after its role and its policy's name.
        var named = new Dictionary<(InstanceGroupRole, string), string>();
        foreach (var (role, arns) in v.Cluster.Iam.ExternalPolicies)
        {
            var path = $"spec.externalPolicies.{role}";
            if (role is not ("master" or "control-plane" or "node" or "bastion"))
            {
                v.Error(v.C, DiagnosticCodes.ExternalPolicyInvalid, path, $"\"{role}\" is not a role; use master (or control-plane), node or bastion");
            }
            else if (arns.Length > 0 && RoleOf(role) is var r && v.Cluster.InstanceGroups.Any(g => g.Role == r) &&
                v.Cluster.InstanceGroups.Where(g => g.Role == r).All(g => g.InstanceProfileArn is not null))
            {
                v.Error(v.C, DiagnosticCodes.ExternalPolicyInvalid, path, $"every {role} group uses an instance profile of its own (spec.iam.profile), so kgen makes no {role} role to attach the policies to; attach them to that profile's role instead");
            }

            for (var i = 0; i < arns.Length; i++)
            {
                if (named.TryGetValue((RoleOf(role), arns[i].Split('/')[^1]), out var first) && first != arns[i])
                {
                    v.Error(v.C, DiagnosticCodes.ExternalPolicyInvalid, $"{path}[{i}]", $"a second policy named {arns[i].Split('/')[^1]} for role {role}; attach policies of distinct names");
                }
                else if (!ManagedPolicyArnPattern().IsMatch(arns[i]))
                {
                    v.Error(v.C, DiagnosticCodes.ExternalPolicyInvalid, $"{path}[{i}]", $"\"{arns[i]}\" is not the ARN of a managed IAM policy; expected arn:{v.Cluster.Partition}:iam::ACCOUNT:policy/NAME (or arn:{v.Cluster.Partition}:iam::aws:policy/NAME for one of AWS's)");
                }

                named.TryAdd((RoleOf(role), arns[i].Split('/')[^1]), arns[i]);
            }
        }
    }

    private static InstanceGroupRole RoleOf(string key) => key switch
    {
        "master" or "control-plane" => InstanceGroupRole.ControlPlane,
        "node" => InstanceGroupRole.Node,
        _ => InstanceGroupRole.Bastion,
    };

    /// <summary>A managed policy's ARN: the account's own or AWS's, with an optional path.</summary>
    [GeneratedRegex(@"\Aarn:aws[a-z-]*:iam::(\d{12}|aws):policy/([\w+=,.@-]+/)*[\w+=,.@-]{1,128}\z", RegexOptions.CultureInvariant)]
    internal static partial Regex ManagedPolicyArnPattern();

    /// <summary>What the generator cannot type in an additional IAM statement (it renders statements from typed values), or null.</summary>
    internal static string? StatementProblem(JObject statement)
    {
        static bool IsValue(JToken t) => t.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean;
        static bool IsStrings(JToken t) => t.Type == JTokenType.String || (t is JArray a && a.Count > 0 && a.All(v => v.Type == JTokenType.String));
        foreach (var p in statement.Properties())
        {
            var problem = p.Name switch
            {
                "Sid" when p.Value.Type != JTokenType.String => "Sid must be a string",
                "Effect" when (string?)p.Value is not ("Allow" or "Deny") || p.Value.Type != JTokenType.String => "Effect must be \"Allow\" or \"Deny\"",
                "Action" or "NotAction" or "Resource" or "NotResource" when !IsStrings(p.Value) => $"{p.Name} must be a string or a list of strings",
                "Condition" when p.Value is not JObject c || c.Properties().Any(op => op.Value is not JObject keys ||
                    keys.Properties().Any(k => !(IsValue(k.Value) || (k.Value is JArray a && a.Count > 0 && a.All(IsValue)))))
                    => "Condition must map operators to keys to a value or a list of values, e.g. {\"StringEquals\": {\"aws:RequestedRegion\": \"eu-west-1\"}}",
                "Principal" or "NotPrincipal" => $"{p.Name} has no place in a role's own policy (AWS rejects it in an identity-based policy)",
                "Sid" or "Effect" or "Action" or "NotAction" or "Resource" or "NotResource" or "Condition" => null,
                _ => $"\"{p.Name}\" is not a key of an IAM statement; use Sid, Effect, Action or NotAction, Resource or NotResource, Condition",
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return (statement["Action"] is null) == (statement["NotAction"] is null) ? "each statement needs Action or NotAction (one of them)"
            : (statement["Resource"] is null) == (statement["NotResource"] is null) ? "each statement needs Resource or NotResource (one of them)"
            : null;
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
