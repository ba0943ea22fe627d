using Newtonsoft.Json.Linq;

namespace Kgen.Model.Validation;

/// <summary>
/// IAM roles for service accounts: the add-ons' roles and the operator's (<c>spec.iam.serviceAccountExternalPermissions</c>)
/// are trusted through the issuer's IAM OIDC provider, so they need <c>serviceAccountIssuerDiscovery.enableAWSOIDCProvider</c>;
/// each entry names one service account (its namespace may hold <c>*</c>) and gives it managed policies or an inline one.
/// </summary>
internal static class ServiceAccountRules
{
    private const string Iam = "spec.iam";

    /// <summary>Checks the issuer's use and every service account's permissions.</summary>
    public static void Check(Validating v)
    {
        var c = v.Cluster;
        var provider = c.ServiceAccountIssuer is { AwsOidcProvider: true };
        var needProvider = "needs an IAM OIDC provider for the cluster's service-account issuer; set spec.serviceAccountIssuerDiscovery.discoveryStore (s3://BUCKET/PATH) and enableAWSOIDCProvider: true";
        if (c.Iam.UseServiceAccountExternalPermissions && !provider && !v.Unreadable("spec.serviceAccountIssuerDiscovery.discoveryStore"))
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{Iam}.useServiceAccountExternalPermissions", $"true (the add-ons' own IAM roles) {needProvider}");
        }

        if (!c.Iam.ServiceAccountExternalPermissions.IsEmpty && !provider && c.ServiceAccountIssuer is not null)
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{Iam}.serviceAccountExternalPermissions", $"a role per service account {needProvider}");
        }
        else if (!c.Iam.ServiceAccountExternalPermissions.IsEmpty && c.ServiceAccountIssuer is null)
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{Iam}.serviceAccountExternalPermissions", $"a role per service account {needProvider}");
        }

        var seen = new Dictionary<(string, string), string>();
        foreach (var p in c.Iam.ServiceAccountExternalPermissions)
        {
            Entry(v, p, seen);
        }
    }

    private static void Entry(Validating v, ServiceAccountPermission p, Dictionary<(string, string), string> seen)
    {
        if (p.Name.Length == 0)
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{p.Path}.name", "missing: the service account's name, e.g. my-app");
        }
        else if (p.Name.Contains('*', StringComparison.Ordinal))
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{p.Path}.name", $"\"{p.Name}\": a service account's name cannot hold a wildcard (only its namespace can, as kops); name one service account");
        }
        else if (!Subdomain(p.Name))
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{p.Path}.name", $"\"{p.Name}\" is not a service account's name (lowercase letters, digits, '-' and '.', at most 253 characters)");
        }

        if (p.Namespace.Length == 0)
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{p.Path}.namespace", "missing: the service account's namespace, e.g. default (a * matches any characters, e.g. test-*)");
        }
        else if (p.Namespace.Length > 63 || !p.Namespace.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch is '-' or '*'))
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{p.Path}.namespace", $"\"{p.Namespace}\" is not a namespace (lowercase letters, digits and '-', at most 63 characters; * matches any characters)");
        }

        if (p.Name.Length > 0 && p.Namespace.Length > 0 && !seen.TryAdd((p.Namespace, p.Name), p.Path))
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, p.Path, $"service account {p.Namespace}/{p.Name} is given permissions twice (also at {seen[(p.Namespace, p.Name)]}); merge the two entries into one");
        }

        if (p.PolicyArns.IsEmpty && string.IsNullOrWhiteSpace(p.InlinePolicy))
        {
            v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{p.Path}.aws", "no permissions: give aws.policyARNs (managed policies) or aws.inlinePolicy (a JSON list of IAM statements), or remove the entry");
        }

        for (var i = 0; i < p.PolicyArns.Length; i++)
        {
            if (!IamRules.ManagedPolicyArnPattern().IsMatch(p.PolicyArns[i]))
            {
                v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, $"{p.Path}.aws.policyARNs[{i}]", $"\"{p.PolicyArns[i]}\" is not the ARN of a managed IAM policy; expected arn:{v.Cluster.Partition}:iam::ACCOUNT:policy/NAME (or arn:{v.Cluster.Partition}:iam::aws:policy/NAME for one of AWS's)");
            }
        }

        if (p.InlinePolicy is { } json && !string.IsNullOrWhiteSpace(json))
        {
            var path = $"{p.Path}.aws.inlinePolicy";
            try
            {
                var token = JToken.Parse(json);
                if (token is not JArray statements || statements.Count == 0 || statements.Any(s => s is not JObject o || o["Effect"] is null))
                {
                    v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, path, "expected a JSON list of IAM statements, each with Effect, Action and Resource, e.g. [{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\"], \"Resource\": [\"arn:aws:s3:::my-bucket/*\"]}]");
                }
                else if (statements.Cast<JObject>().Select(IamRules.StatementProblem).FirstOrDefault(x => x is not null) is { } problem)
                {
                    v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, path, problem);
                }
            }
            catch (Newtonsoft.Json.JsonReaderException e)
            {
                v.Error(v.C, DiagnosticCodes.ServiceAccountPermissionInvalid, path, $"not valid JSON: {e.Message}");
            }
        }
    }

    private static bool Subdomain(string s) => s.Length <= 253 && s.Split('.').All(l => l.Length > 0 && l.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-') && l[0] != '-' && l[^1] != '-');
}
