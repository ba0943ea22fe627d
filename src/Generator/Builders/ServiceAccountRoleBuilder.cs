using System.Collections.Immutable;
using Kgen.Generator.Addons;
using Kgen.Generator.Plan;
using Kgen.Model;
using Newtonsoft.Json.Linq;

namespace Kgen.Generator.Builders;

/// <summary>
/// IAM roles for service accounts on a kubeadm cluster: the IAM OIDC provider of the published service-account issuer
/// (<c>serviceAccountIssuerDiscovery.enableAWSOIDCProvider</c>), a role per add-on that calls AWS
/// (<see cref="AddonIdentities"/>, with <c>iam.useServiceAccountExternalPermissions</c>) and a role per service account
/// of the operator's (<c>iam.serviceAccountExternalPermissions</c>). Each role trusts the provider for exactly one
/// service account's tokens (a wildcard namespace: <c>StringLike</c>) issued for the audience <c>amazonaws.com</c>.
/// The provider's ARN holds the account, which the plan does not know: the trust names the provider by reference.
/// </summary>
internal sealed class ServiceAccountRoleBuilder : IPlanBuilder
{
    /// <summary>The web-identity action the roles' trust allows.</summary>
    public const string AssumeAction = "sts:AssumeRoleWithWebIdentity";

    public void Build(BuildContext ctx)
    {
        var c = ctx.Cluster;
        if (c.Topology != ControlPlaneTopology.Kubeadm || c.ServiceAccountIssuer is not { AwsOidcProvider: true } issuer)
        {
            return;
        }

        var names = ctx.Names;
        var provider = ctx.Add(new OidcProvider
        {
            Name = names.ServiceAccountOidcProvider,
            Url = issuer.Url,
            ClientIds = issuer.Audiences,
            Tags = ctx.Tags(names.ServiceAccountOidcProvider),
        });
        ctx.Output("service_account_issuer", issuer.Url);
        ctx.Output("oidc_provider_arn", provider.Ref("arn"));

        if (c.AddonRoles)
        {
            foreach (var identity in AddonIdentities.Of(c))
            {
                var role = Role(ctx, provider, issuer, identity.Namespace, identity.ServiceAccount);
                var statements = identity.Statements(c, ctx.Partition).ToImmutableArray();
                if (!statements.IsEmpty)
                {
                    ctx.Add(new IamRolePolicy { Name = role.Name, PolicyName = role.RoleName, Role = role.Ref("name"), Policy = new PolicyDocument(statements) });
                }
            }
        }

        foreach (var p in c.Iam.ServiceAccountExternalPermissions)
        {
            var role = Role(ctx, provider, issuer, p.Namespace, p.Name);
            if (p.InlinePolicy is { } json && !string.IsNullOrWhiteSpace(json))
            {
                var statements = JArray.Parse(json).Cast<JObject>().Select(s => IamBuilder.Parse(s) with { FromOperator = true }).ToImmutableArray();
                ctx.Add(new IamRolePolicy { Name = role.Name, PolicyName = role.RoleName, Role = role.Ref("name"), Policy = new PolicyDocument(statements) });
            }

            foreach (var arn in p.PolicyArns.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                EksIamBuilder.Attach(ctx, role, arn);
            }
        }
    }

    /// <summary>
    /// The trust of a service account's role: the issuer's OIDC provider (by reference), <c>sts:AssumeRoleWithWebIdentity</c>,
    /// only for tokens of that service account (<c>ISSUER:sub</c>; <c>StringLike</c> when its namespace holds a
    /// <c>*</c>) issued for <c>amazonaws.com</c> (<c>ISSUER:aud</c>).
    /// </summary>
    public static PolicyDocument Trust(Value provider, ServiceAccountIssuer issuer, string ns, string serviceAccount)
    {
        var sub = ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add($"{issuer.HostPath}:sub", [$"system:serviceaccount:{ns}:{serviceAccount}"]);
        var aud = ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add($"{issuer.HostPath}:aud", [ServiceAccountIssuer.AwsAudience]);
        var conditions = ns.Contains('*', StringComparison.Ordinal)
            ? ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal).Add("StringEquals", aud).Add("StringLike", sub)
            : ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal).Add("StringEquals", aud.AddRange(sub));
        return new([new Statement { Principal = new Principals { FederatedArn = provider }, Actions = [AssumeAction], Conditions = conditions }]);
    }

    private static IamRole Role(BuildContext ctx, OidcProvider provider, ServiceAccountIssuer issuer, string ns, string serviceAccount)
    {
        var name = ctx.Names.ServiceAccountRole(ns, serviceAccount);
        var role = ctx.Add(new IamRole
        {
            Name = name,
            RoleName = name,
            AssumeRolePolicy = Trust(provider.Ref("arn"), issuer, ns, serviceAccount),
            Tags = ctx.Tags(name),
        });
        return role;
    }
}
