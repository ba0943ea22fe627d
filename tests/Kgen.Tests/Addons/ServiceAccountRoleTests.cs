using System.Collections.Immutable;
using Kgen.Generator.Addons;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Builders;
using Kgen.Generator.Documents;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;
using Kgen.Store;
using Kgen.Store.Pki;
using Kgen.Tests.Support;
using Newtonsoft.Json.Linq;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Addons;

/// <summary>
/// IAM roles for service accounts on a kubeadm cluster: kops' serviceAccountIssuerDiscovery and
/// serviceAccountExternalPermissions, the issuer and its discovery documents, the OIDC provider, a role per add-on that
/// calls AWS and per service account of the operator's, the add-ons' patches, and the verifier's proof.
/// </summary>
public sealed class ServiceAccountRoleTests
{
    private const string Issuer = "serviceAccountIssuerDiscovery: {discoveryStore: s3://acme-oidc/t.k8s.local, enableAWSOIDCProvider: true}";

    private const string Irsa = Issuer + "\niam: {useServiceAccountExternalPermissions: true}";

    /// <summary>A 2048-bit RSA public key, and what openssl computes of it (the SHA-256 of its DER, base64url; its modulus, base64url).</summary>
    private const string KnownKey = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApl477WF+p5wWajwk33Ly
        M5WHN85YzOdIYl6/6C3/A5V9SuG1Hj9GZ/wreL01Mgv5dvLPvAPufeV06yb0pA2s
        l61ufbsQBc4rswZFxOqpcLEtPUkjrZQB7sk95U9tTOGsoRqTRFQcuEFD3Q8UrWvo
        Po0ecWjd/0CRG8C/UIEcqURH/yeQ8eUQiL4jHjuRt7HSUA7AGEJDprtOFEsQtpGU
        sVqfXKXcBlRXnFy+6e4XH6RYdM64/qe1p6+MaUkLkdVN93d0iSUYrnPi1WZwgKYz
        Q9rNPQ3zgr3u3vzJoI6rpvOBrSLlbWRJwTFcTwRydE0no8No66H2jYQ373uRiQeI
        jwIDAQAB
        -----END PUBLIC KEY-----
        """;

    private const string KnownKid = "Wfm9GyOSMFZR2fYpHvSw5jDEyzuIW96cN6iIUBXJFyI";

    private const string KnownModulus = "pl477WF-p5wWajwk33LyM5WHN85YzOdIYl6_6C3_A5V9SuG1Hj9GZ_wreL01Mgv5dvLPvAPufeV06yb0pA2sl61ufbsQBc4rswZFxOqpcLEtPUkjrZQB7sk95U9tTOGsoRqTRFQcuEFD3Q8UrWvoPo0ecWjd_0CRG8C_UIEcqURH_yeQ8eUQiL4jHjuRt7HSUA7AGEJDprtOFEsQtpGUsVqfXKXcBlRXnFy-6e4XH6RYdM64_qe1p6-MaUkLkdVN93d0iSUYrnPi1WZwgKYzQ9rNPQ3zgr3u3vzJoI6rpvOBrSLlbWRJwTFcTwRydE0no8No66H2jYQ373uRiQeIjw";

    [Theory]
    [InlineData("s3://acme-oidc/t.k8s.local", "eu-west-1a", "https://acme-oidc.s3.eu-west-1.amazonaws.com/t.k8s.local")]
    [InlineData("s3://acme-oidc/", "eu-west-1a", "https://acme-oidc.s3.eu-west-1.amazonaws.com")]
    [InlineData("s3://acme-oidc/a/b", "cn-north-1a", "https://acme-oidc.s3.cn-north-1.amazonaws.com.cn/a/b")]
    [InlineData("memfs://discovery.example.com/minimal.example.com", "eu-west-1a", "https://discovery.example.com/minimal.example.com")]
    [InlineData("file://discovery.example.com/t", "eu-west-1a", "https://discovery.example.com/t")]
    public void The_issuer_is_the_discovery_stores_https_url_in_the_clusters_region(string store, string zone, string issuer)
    {
        var c = Resolve(Cluster($"subnets:\n- {{name: a, zone: {zone}, type: Public}}\nserviceAccountIssuerDiscovery: {{discoveryStore: {store}, additionalAudiences: [sts.amazonaws.com, amazonaws.com]}}"));
        Assert.Equal(issuer, c.ServiceAccountIssuer!.Url);
        Assert.Equal(issuer + "/openid/v1/jwks", c.ServiceAccountIssuer.JwksUri);
        Assert.Equal(["amazonaws.com", "sts.amazonaws.com"], c.ServiceAccountIssuer.Audiences.AsEnumerable());
        Assert.False(c.ServiceAccountIssuer.AwsOidcProvider);
        Assert.False(c.AddonRoles);
    }

    [Theory]
    [InlineData("serviceAccountIssuerDiscovery: {enableAWSOIDCProvider: true}", "spec.serviceAccountIssuerDiscovery.discoveryStore", "missing")]
    [InlineData("serviceAccountIssuerDiscovery: {discoveryStore: s3://acme.oidc/t}", "spec.serviceAccountIssuerDiscovery.discoveryStore", "bucket name with dots")]
    [InlineData("serviceAccountIssuerDiscovery: {discoveryStore: gs://acme/t}", "spec.serviceAccountIssuerDiscovery.discoveryStore", "not a discovery store kgen can publish to")]
    [InlineData("serviceAccountIssuerDiscovery: {discoveryStore: s3://Acme/t}", "spec.serviceAccountIssuerDiscovery.discoveryStore", "valid bucket name")]
    [InlineData("serviceAccountIssuerDiscovery: {discoveryStore: file://./oidc}", "spec.serviceAccountIssuerDiscovery.discoveryStore", "file://HOST/PATH")]
    [InlineData("serviceAccountIssuerDiscovery: {discoveryStore: s3://acme/t, additionalAudiences: ['']}", "spec.serviceAccountIssuerDiscovery.additionalAudiences[0]", "not an audience")]
    [InlineData("iam: {useServiceAccountExternalPermissions: true}", "spec.iam.useServiceAccountExternalPermissions", "needs an IAM OIDC provider")]
    [InlineData("serviceAccountIssuerDiscovery: {discoveryStore: s3://acme/t}\niam: {useServiceAccountExternalPermissions: true}", "spec.iam.useServiceAccountExternalPermissions", "enableAWSOIDCProvider: true")]
    [InlineData("iam: {serviceAccountExternalPermissions: [{name: a, namespace: b, aws: {policyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}}]}", "spec.iam.serviceAccountExternalPermissions", "needs an IAM OIDC provider")]
    [InlineData(Issuer + "\niam: {serviceAccountExternalPermissions: [{name: 'a*', namespace: b, aws: {policyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}}]}", "spec.iam.serviceAccountExternalPermissions[0].name", "cannot hold a wildcard")]
    [InlineData(Issuer + "\niam: {serviceAccountExternalPermissions: [{namespace: b, aws: {policyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}}]}", "spec.iam.serviceAccountExternalPermissions[0].name", "missing")]
    [InlineData(Issuer + "\niam: {serviceAccountExternalPermissions: [{name: a, namespace: B_c, aws: {policyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}}]}", "spec.iam.serviceAccountExternalPermissions[0].namespace", "is not a namespace")]
    [InlineData(Issuer + "\niam: {serviceAccountExternalPermissions: [{name: a, namespace: b}]}", "spec.iam.serviceAccountExternalPermissions[0].aws", "no permissions")]
    [InlineData(Issuer + "\niam: {serviceAccountExternalPermissions: [{name: a, namespace: b, aws: {policyARNs: [ReadOnlyAccess]}}]}", "spec.iam.serviceAccountExternalPermissions[0].aws.policyARNs[0]", "not the ARN of a managed IAM policy")]
    [InlineData(Issuer + "\niam: {serviceAccountExternalPermissions: [{name: a, namespace: b, aws: {inlinePolicy: '{'}}]}", "spec.iam.serviceAccountExternalPermissions[0].aws.inlinePolicy", "not valid JSON")]
    [InlineData(Issuer + "\niam: {serviceAccountExternalPermissions: [{name: a, namespace: b, aws: {inlinePolicy: '[{\"Effect\": \"Allow\", \"Action\": \"s3:*\"}]'}}]}", "spec.iam.serviceAccountExternalPermissions[0].aws.inlinePolicy", "needs Resource or NotResource")]
    [InlineData(Issuer + "\niam: {serviceAccountExternalPermissions: [{name: a, namespace: b, aws: {policyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}}, {name: a, namespace: b, aws: {policyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}}]}", "spec.iam.serviceAccountExternalPermissions[1]", "given permissions twice")]
    public void A_setting_kgen_cannot_honour_is_an_error_at_its_path(string spec, string path, string message)
    {
        var e = Assert.Throws<SpecException>(() => Resolve(Cluster(OnePublicZone + "\n" + spec)));
        var error = Assert.Single(e.Errors, d => d.ToString().Contains(path + ":", StringComparison.Ordinal) || d.ToString().Contains(path + " ", StringComparison.Ordinal));
        Assert.Contains(error.Code, new[] { DiagnosticCodes.ServiceAccountIssuerInvalid, DiagnosticCodes.ServiceAccountPermissionInvalid });
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("test.yaml", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_set_carries_the_key_id_kubernetes_computes_and_the_keys_modulus_and_exponent()
    {
        var keys = JObject.Parse(ServiceAccountDiscovery.KeySet(KnownKey));
        var key = (JObject)Assert.Single((JArray)keys["keys"]!);
        Assert.Equal(KnownKid, (string?)key["kid"]);
        Assert.Equal(KnownModulus, (string?)key["n"]);
        Assert.Equal("AQAB", (string?)key["e"]);
        Assert.Equal("RSA", (string?)key["kty"]);
        Assert.Equal("RS256", (string?)key["alg"]);
        Assert.Equal("sig", (string?)key["use"]);
    }

    [Fact]
    public void The_discovery_document_names_the_issuer_and_its_key_set()
    {
        var c = Resolve(Cluster(OnePublicZone + "\n" + Issuer));
        var doc = JObject.Parse(ServiceAccountDiscovery.DiscoveryDocument(c.ServiceAccountIssuer!));
        Assert.Equal("https://acme-oidc.s3.eu-west-1.amazonaws.com/t.k8s.local", (string?)doc["issuer"]);
        Assert.Equal("https://acme-oidc.s3.eu-west-1.amazonaws.com/t.k8s.local/openid/v1/jwks", (string?)doc["jwks_uri"]);
        Assert.Equal(["RS256"], doc["id_token_signing_alg_values_supported"]!.Values<string>());
    }

    [Fact]
    public async Task The_documents_are_published_once_and_rewritten_when_the_key_changes()
    {
        var c = Resolve(Cluster(OnePublicZone + "\n" + Issuer));
        var folder = Path.Combine(Path.GetTempPath(), "kgen-discovery-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = ObjectStores.Open("file://" + folder);
            Assert.Equal([".well-known/openid-configuration", "openid/v1/jwks"], (await ServiceAccountDiscovery.PublishAsync(store, c.ServiceAccountIssuer!, KnownKey)).AsEnumerable());
            Assert.Empty(await ServiceAccountDiscovery.PublishAsync(store, c.ServiceAccountIssuer!, KnownKey));
            Assert.Contains(KnownKid, File.ReadAllText(Path.Combine(folder, "openid", "v1", "jwks")), StringComparison.Ordinal);

            using var other = System.Security.Cryptography.RSA.Create(2048);
            Assert.Equal(["openid/v1/jwks"], (await ServiceAccountDiscovery.PublishAsync(store, c.ServiceAccountIssuer!, other.ExportSubjectPublicKeyInfoPem())).AsEnumerable());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_api_server_signs_as_the_published_issuer_and_still_accepts_kubeadms()
    {
        var c = Resolve(Cluster(OnePublicZone + "\n" + Issuer));
        var boot = NodeBootstrapConfig.For(c, c.InstanceGroups.Single(g => g.Role == InstanceGroupRole.ControlPlane), mayInit: true);
        var args = boot.Cluster!.ApiServerExtraArgs;
        Assert.Equal(["https://acme-oidc.s3.eu-west-1.amazonaws.com/t.k8s.local", "https://kubernetes.default.svc.cluster.local"], args.Where(a => a.Name == "service-account-issuer").Select(a => a.Value));
        Assert.Equal("https://acme-oidc.s3.eu-west-1.amazonaws.com/t.k8s.local/openid/v1/jwks", Assert.Single(args, a => a.Name == "service-account-jwks-uri").Value);

        var plain = NodeBootstrapConfig.For(Resolve(Cluster(OnePublicZone)), c.InstanceGroups.Single(g => g.Role == InstanceGroupRole.ControlPlane), mayInit: true);
        Assert.DoesNotContain(plain.Cluster!.ApiServerExtraArgs, a => a.Name.StartsWith("service-account-", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_role_trusts_exactly_its_service_account_through_the_provider_for_amazonaws_com()
    {
        var plan = Plan(Cluster(OnePublicZone + "\n" + Issuer + "\niam: {serviceAccountExternalPermissions: [{name: app, namespace: 'team-*', aws: {policyARNs: [arn:aws:iam::aws:policy/ReadOnlyAccess]}}]}"));
        var provider = Assert.Single(plan.OfType<OidcProvider>());
        Assert.Equal(Literal("https://acme-oidc.s3.eu-west-1.amazonaws.com/t.k8s.local"), provider.Url);
        Assert.Equal(["amazonaws.com"], provider.ClientIds.AsEnumerable());

        var role = plan.Named<IamRole>("app.team-wildcard.sa.t.k8s.local");
        var trust = Assert.Single(role.AssumeRolePolicy.Statements);
        Assert.Equal(provider.Ref("arn"), trust.Principal!.FederatedArn);
        Assert.Equal([ServiceAccountRoleBuilder.AssumeAction], trust.Actions.AsEnumerable());
        Assert.Equal(["amazonaws.com"], trust.Conditions["StringEquals"]["acme-oidc.s3.eu-west-1.amazonaws.com/t.k8s.local:aud"].AsEnumerable());
        Assert.Equal(["system:serviceaccount:team-*:app"], trust.Conditions["StringLike"]["acme-oidc.s3.eu-west-1.amazonaws.com/t.k8s.local:sub"].AsEnumerable());
        var attachment = Assert.Single(plan.OfType<IamRolePolicyAttachment>(), a => a.Role.Target == role);
        Assert.Equal("arn:aws:iam::aws:policy/ReadOnlyAccess", attachment.PolicyArn);

        // Exact namespaces: one StringEquals with both keys.
        var exact = ServiceAccountRoleBuilder.Trust(provider.Ref("arn"), plan.Cluster.ServiceAccountIssuer!, "kube-system", "ebs-csi-controller-sa");
        Assert.Equal(["StringEquals"], exact.Statements[0].Conditions.Keys);
        Assert.Equal(["system:serviceaccount:kube-system:ebs-csi-controller-sa"], exact.Statements[0].Conditions["StringEquals"]["acme-oidc.s3.eu-west-1.amazonaws.com/t.k8s.local:sub"].AsEnumerable());
    }

    [Fact]
    public void The_trust_names_the_provider_by_reference_in_each_targets_syntax()
    {
        var plan = Plan(Cluster(OnePublicZone + "\n" + Irsa));
        var role = plan.Named<IamRole>("cloud-controller-manager.kube-system.sa.t.k8s.local");
        var text = DocumentRenderer.Render(role.AssumeRolePolicy, Generator.TemplateSet.Default);
        Assert.Contains("\"Federated\": \"${federated}\"", text, StringComparison.Ordinal);
        var json = DocumentRenderer.ToJson(role.AssumeRolePolicy, v => new JValue(((Reference)v).Target.Name + "." + ((Reference)v).Attribute));
        Assert.Equal("oidc.t.k8s.local.arn", (string?)json["Statement"]![0]!["Principal"]!["Federated"]);
    }

    [Fact]
    public void With_irsa_each_aws_calling_add_on_is_patched_with_its_roles_environment_and_token()
    {
        var c = Resolve(Cluster(OnePublicZone + "\n" + Irsa + "\nclusterAutoscaler: {enabled: true}\nnodeTerminationHandler: {enabled: true}"), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: "minSize: 1\nmaxSize: 3"));
        var addons = AddonBuilder.Build(c);
        foreach (var identity in AddonIdentities.Of(c))
        {
            var k = addons.Single(a => a.Kind == identity.Kind).Files.Single(f => f.Name == "kustomization.yaml").Content;
            Assert.Contains($"  patch: |-\n    apiVersion: apps/v1\n    kind: {identity.WorkloadKind}\n    metadata:\n      name: {identity.WorkloadName}\n", k, StringComparison.Ordinal);
            Assert.Contains($"          - name: {identity.Container}\n            env:\n            - name: AWS_ROLE_ARN\n              value: \"arn:aws:iam::@@ACCOUNT_ID@@:role/{identity.ServiceAccount}.{identity.Namespace}.sa.t.k8s.local\"\n", k, StringComparison.Ordinal);
            Assert.Contains("value: \"/var/run/secrets/amazonaws.com/serviceaccount/token\"", k, StringComparison.Ordinal);
            Assert.Contains("- name: AWS_STS_REGIONAL_ENDPOINTS\n              value: regional\n", k, StringComparison.Ordinal);
            Assert.Contains("mountPath: /var/run/secrets/amazonaws.com/serviceaccount\n", k, StringComparison.Ordinal);
            Assert.Contains("- serviceAccountToken:\n                  audience: amazonaws.com\n                  expirationSeconds: 86400\n                  path: token\n", k, StringComparison.Ordinal);
        }

        Assert.Equal(4, AddonIdentities.Of(c).Count());
        var plain = AddonBuilder.Build(Resolve(Cluster(OnePublicZone + "\n" + Issuer)));
        Assert.All(plain, a => Assert.DoesNotContain("AWS_ROLE_ARN", a.Files.Single(f => f.Name == "kustomization.yaml").Content, StringComparison.Ordinal));
    }

    [Fact]
    public void The_add_ons_warning_is_given_only_without_their_own_roles()
    {
        Assert.Contains(AddonBuilder.Warnings(Resolve(Cluster(OnePublicZone + "\n" + Issuer))), w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole);
        Assert.DoesNotContain(AddonBuilder.Warnings(Resolve(Cluster(OnePublicZone + "\n" + Irsa))), w => w.Code == DiagnosticCodes.AddonPermissionsOnNodeRole);
        Assert.Empty(AddonIdentities.Warnings(Resolve(Cluster(OnePublicZone + "\n" + Irsa))));
        var offline = Assert.Single(AddonIdentities.Warnings(Resolve(Cluster(OnePublicZone + "\nserviceAccountIssuerDiscovery: {discoveryStore: file://discovery.example.com/t, enableAWSOIDCProvider: true}"))));
        Assert.Equal(DiagnosticCodes.ServiceAccountIssuerOffline, offline.Code);
    }

    [Fact]
    public void Every_add_on_calling_aws_has_a_role_trusting_only_its_service_account_holding_its_statements_and_the_node_roles_hold_none()
    {
        var (plan, _) = PathVerificationTests.Verify(Repo.Example("irsa.yaml"), Repo.ExampleKey);
        var c = plan.Cluster;
        Assert.True(c.AddonRoles);
        var identities = AddonIdentities.Of(c).ToList();
        Assert.Equal([AddonKind.CloudControllerManager, AddonKind.EbsCsiDriver, AddonKind.ClusterAutoscaler, AddonKind.NodeTerminationHandler, AddonKind.ExternalDns, AddonKind.CertManager, AddonKind.LoadBalancerController], identities.Select(i => i.Kind));
        var addOnActions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var identity in identities)
        {
            var trusting = plan.OfType<IamRole>().Where(r => PlanVerifier.TrustsServiceAccount(r, identity.Subject)).ToList();
            var role = Assert.Single(trusting);
            var sub = role.AssumeRolePolicy.Statements.SelectMany(s => s.Conditions.Values).SelectMany(k => k).Where(k => k.Key.EndsWith(":sub", StringComparison.Ordinal)).SelectMany(k => k.Value);
            Assert.Equal([identity.Subject], sub);
            var policy = Assert.Single(plan.OfType<IamRolePolicy>(), p => p.Role is Reference { Target: var t } && t == role);
            var expected = identity.Statements(c, c.Partition).ToImmutableArray();
            Assert.Equal(DocumentRenderer.ToJson(new PolicyDocument(expected)).ToString(), DocumentRenderer.ToJson(policy.Policy).ToString());
            Assert.NotEmpty(expected);
            addOnActions.UnionWith(expected.SelectMany(s => s.Actions));
        }

        // What only the add-ons call is on no instance role any more.
        var own = new[] { "elasticloadbalancing:CreateLoadBalancer", "ec2:CreateVolume", "ec2:AttachVolume", "autoscaling:SetDesiredCapacity", "sqs:ReceiveMessage", "autoscaling:CompleteLifecycleAction", "iam:CreateServiceLinkedRole" };
        Assert.All(own, a => Assert.Contains(a, addOnActions));
        foreach (var role in new[] { InstanceGroupRole.ControlPlane, InstanceGroupRole.Node })
        {
            var name = new Names(c).IamRole(role);
            var statements = plan.OfType<IamRolePolicy>().Where(p => p.PolicyName == name).SelectMany(p => p.Policy.Statements).ToList();
            Assert.DoesNotContain(statements, s => s.Sid is { } sid && (sid.StartsWith("Addons", StringComparison.Ordinal) || sid.StartsWith("CloudControllerManager", StringComparison.Ordinal) || sid.StartsWith("NodeTerminationHandler", StringComparison.Ordinal) || sid.StartsWith("ClusterAutoscaler", StringComparison.Ordinal) || sid.StartsWith("EbsCsiDriver", StringComparison.Ordinal)));
            Assert.DoesNotContain(statements.SelectMany(s => s.Actions), a => own.Contains(a) && !(a == "ec2:AttachVolume" && role == InstanceGroupRole.ControlPlane));
        }

        // The verifier proves the add-ons' calls with their roles, and the control plane reaches regional STS.
        var needs = RoleNeeds.Of(plan).ToList();
        Assert.Contains(needs, n => n is ConnectNeed { Destination: InternetDestination { Host: "sts.eu-west-1.amazonaws.com" } });
        Assert.DoesNotContain(needs, n => n is CallNeed { Actor: RoleActor, Action: "elasticloadbalancing:CreateLoadBalancer" or "sqs:ReceiveMessage" or "autoscaling:SetDesiredCapacity" or "ec2:CreateVolume" });
        var report = PlanVerifier.Verify(plan, needs);
        Assert.Empty(report.Unproven);
        Assert.Contains(report.Proofs, p => p.Need is CallNeed { Actor: WorkloadActor { ServiceAccount: "kube-system/ebs-csi-controller-sa" }, Action: "ec2:CreateVolume" } && p.Proven);
        Assert.DoesNotContain(report.Unused, u => u.Contains(".sa.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_whose_role_trusts_another_service_account_is_unproven()
    {
        var plan = Plan(Cluster(OnePublicZone + "\n" + Irsa));
        var role = plan.Named<IamRole>("ebs-csi-controller-sa.kube-system.sa.t.k8s.local");
        var provider = Assert.Single(plan.OfType<OidcProvider>());
        var wrong = role with { AssumeRolePolicy = ServiceAccountRoleBuilder.Trust(provider.Ref("arn"), plan.Cluster.ServiceAccountIssuer!, "kube-system", "someone-else") };
        var faulty = new ClusterPlan(plan.Cluster, plan.Resources.Replace(role, wrong), plan.Outputs) { ConfigBaseObjects = plan.ConfigBaseObjects };
        var report = PlanVerifier.Verify(faulty, RoleNeeds.Of(faulty));
        Assert.Contains(report.Unproven, p => p.Need is CallNeed { Actor: WorkloadActor { ServiceAccount: "kube-system/ebs-csi-controller-sa" } } && p.Missing!.Contains("no IAM role of the plan trusts system:serviceaccount:kube-system:ebs-csi-controller-sa", StringComparison.Ordinal));
    }
}
