using Kgen.Generator;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;
using Kgen.Store;
using Kgen.Store.Pki;
using Kgen.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Kgen.Tests;

/// <summary>
/// Secret custody: the config store's KMS key in the model, SSE-KMS on every secret kgen writes, IAM that lets each
/// role use the key only through S3 and only for what it reads (proven by the path verifier), the bucket checks,
/// and https-only S3 endpoints.
/// </summary>
public sealed class SecretCustodyTests
{
    private const string Key = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private const string Objects = "arn:aws:s3:::acme-kgen-state/kms.k8s.local/";

    public static TheoryData<string, string> BadKeys => new()
    {
        { "alias/kgen", "is an alias; IAM grants kms:Decrypt on a key, not on an alias, so kgen needs the key's ARN (aws kms describe-key --key-id alias/kgen --query KeyMetadata.Arn --output text)" },
        { "arn:aws:kms:eu-central-1:111122223333:alias/kgen", "is an alias" },
        { "1234abcd-12ab-34cd-56ef-1234567890ab", "is a key id; write the key's ARN, e.g. arn:aws:kms:eu-central-1:111122223333:key/" },
        { "arn:aws:kms:eu-central-1:1111:key/1234abcd-12ab-34cd-56ef-1234567890ab", "is not the ARN of a KMS key; expected arn:PARTITION:kms:REGION:ACCOUNT:key/KEY-ID" },
        { "arn:aws:s3:::acme-kgen-state", "is not the ARN of a KMS key" },
        { "arn:aws-cn:kms:cn-north-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "is a key of partition aws-cn, but the cluster is in eu-central-1 (partition aws)" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public void A_malformed_kms_key_is_an_error_at_its_path(string key, string expected)
    {
        var yaml = Example().Replace(Key, key, StringComparison.Ordinal);
        var e = Assert.Throws<SpecException>(() => ClusterSpec.Load(yaml, "secrets-kms.yaml").Resolve(SshKey()));
        var error = Assert.Single(e.Errors);
        Assert.Equal(DiagnosticCodes.ConfigStoreKmsKeyInvalid, error.Code);
        Assert.EndsWith("spec.configStoreEncryption.kmsKey", Assert.IsType<InputLocation>(error.Location).Path, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_region_key_arn_is_accepted_and_round_trips_through_the_stored_spec()
    {
        const string Mrk = "arn:aws:kms:eu-central-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab";
        var spec = ClusterSpec.Load(Example().Replace(Key, Mrk, StringComparison.Ordinal), "secrets-kms.yaml");
        Assert.Equal(Mrk, spec.Resolve(SshKey()).ConfigStoreKmsKey);
        Assert.Equal(Mrk, ClusterSpec.Load(spec.ToYaml(), "stored").Resolve(SshKey()).ConfigStoreKmsKey);
    }

    [Fact]
    public void An_s3_store_without_a_key_warns_that_only_IAM_protects_the_CA_keys_and_says_how_to_fix_it()
    {
        var yaml = Example().Replace("  configStoreEncryption:\n    kmsKey: " + Key + "\n", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("kmsKey", yaml, StringComparison.Ordinal);
        var output = Generator.Generator.Generate(ClusterSpec.Load(yaml, "x.yaml"), Target.Terraform, new GenerateOptions { SshPublicKey = SshKey() });
        var warning = Assert.Single(output.Warnings, w => w.Code == DiagnosticCodes.ConfigStoreWithoutKmsKey);
        Assert.Contains("protected by IAM alone: anyone with s3:GetObject on bucket acme-kgen-state (AWS's ReadOnlyAccess policy grants s3:Get*) can read them and is cluster-admin", warning.Message, StringComparison.Ordinal);
        Assert.Contains("aws kms create-key", warning.Message, StringComparison.Ordinal);
        Assert.Contains("spec.configStoreEncryption.kmsKey", warning.Message, StringComparison.Ordinal);
        Assert.Contains("--secrets-kms-key", warning.Message, StringComparison.Ordinal);

        var withKey = Generator.Generator.Generate(ClusterSpec.Load(Example(), "x.yaml"), Target.Terraform, new GenerateOptions { SshPublicKey = SshKey() });
        Assert.DoesNotContain(withKey.Warnings, w => w.Code == DiagnosticCodes.ConfigStoreWithoutKmsKey);

        // A file:// store is an offline example with its own warning; nodes never read it, so no key is asked for.
        var offline = SnapshotTests.Generate(Repo.Example("minimal.yaml"), Repo.ExampleKey);
        Assert.DoesNotContain(offline.Warnings, w => w.Code == DiagnosticCodes.ConfigStoreWithoutKmsKey);
    }

    [Fact]
    public void The_verifier_proves_kms_decrypt_for_each_secret_read_and_no_node_encrypts_a_secret()
    {
        var (plan, report) = PathVerificationTests.Verify(Repo.Example("secrets-kms.yaml"), Repo.ExampleKey);
        Assert.Empty(report.Unproven);
        Assert.Empty(report.Unused);

        // The secrets (pki/) are written with the key (etcd snapshots too: see below); the restore request and the join lock are not.
        var reads = report.Proofs.Where(p => p.Need is CallNeed { Action: "s3:GetObject" } read && IsSecret(read.Resource)).ToList();
        var decrypts = report.Proofs.Where(p => p.Need is CallNeed { Action: "kms:Decrypt" } d && IsSecret(d.Context.GetValueOrDefault(Names.KmsS3EncryptionContextKey, string.Empty))).ToList();
        Assert.Equal(reads.Count, decrypts.Count);
        foreach (var read in reads.Select(p => (CallNeed)p.Need))
        {
            var decrypt = Assert.Single(decrypts, d => d.Need.Actor == read.Actor && ((CallNeed)d.Need).Context[Names.KmsS3EncryptionContextKey] == read.Resource);
            Assert.True(decrypt.Proven);
            Assert.Equal(Key, ((CallNeed)decrypt.Need).Resource);
            Assert.Equal("s3.eu-central-1.amazonaws.com", ((CallNeed)decrypt.Need).Context[Names.KmsViaServiceKey]);
        }

        var workerReads = reads.Where(p => p.Need.Actor is RoleActor { Role: InstanceGroupRole.Node }).Select(p => ((CallNeed)p.Need).Resource).Order(StringComparer.Ordinal);
        Assert.Equal([Objects + "pki/ca.crt"], workerReads);

        // No node writes a secret: no data key is asked for a secret (only for etcd snapshots, below).
        Assert.DoesNotContain(report.Proofs, p => p.Need is CallNeed { Action: "kms:GenerateDataKey" } g && IsSecret(g.Context.GetValueOrDefault(Names.KmsS3EncryptionContextKey, string.Empty)));

        // The workers' statement does not reach the CA key: its encryption context is not one they may use.
        var nodes = plan.OfType<IamRolePolicy>().Single(p => p.PolicyName.StartsWith("nodes.", StringComparison.Ordinal));
        var statement = nodes.Policy.Statements.Single(s => s.Sid == "DecryptClusterCa");
        Assert.False(IamEvaluator.Matches(statement, Decrypt(Objects + "pki/ca.key")));
        Assert.False(IamEvaluator.Matches(statement, Decrypt(Objects + "pki/ca.crt", via: "kms.eu-central-1.amazonaws.com")));
        Assert.True(IamEvaluator.Matches(statement, Decrypt(Objects + "pki/ca.crt")));
    }

    [Fact]
    public void Etcd_snapshots_are_written_with_the_key_and_iam_lets_the_control_plane_use_it_only_for_them()
    {
        var (plan, report) = PathVerificationTests.Verify(Repo.Example("secrets-kms.yaml"), Repo.ExampleKey);
        Assert.Empty(report.Unproven);
        Assert.Empty(report.Unused);
        var snapshot = Objects + "backups/etcd/main/SNAPSHOT.db";
        foreach (var (action, key) in new[] { ("kms:GenerateDataKey", snapshot), ("kms:GenerateDataKey", snapshot + ".sha256"), ("kms:Decrypt", snapshot), ("kms:Decrypt", snapshot + ".sha256") })
        {
            var proof = Assert.Single(report.Proofs, p => p.Need is CallNeed c && c.Action == action && c.Context.GetValueOrDefault(Names.KmsS3EncryptionContextKey) == key);
            Assert.True(proof.Proven, key);
            Assert.Equal(new RoleActor(InstanceGroupRole.ControlPlane), proof.Need.Actor);
        }

        var masters = plan.OfType<IamRolePolicy>().Single(p => p.PolicyName.StartsWith("masters.", StringComparison.Ordinal));
        var write = masters.Policy.Statements.Single(s => s.Sid == "WriteEtcdSnapshots");
        Assert.Equal(["aws:kms"], write.Conditions["StringEquals"]["s3:x-amz-server-side-encryption"].ToArray());
        Assert.Equal([Key], write.Conditions["StringEquals"]["s3:x-amz-server-side-encryption-aws-kms-key-id"].ToArray());
        var encrypt = masters.Policy.Statements.Single(s => s.Sid == "EncryptEtcdSnapshots");
        Assert.False(IamEvaluator.Matches(encrypt, new CallNeed
        {
            Actor = new RoleActor(InstanceGroupRole.ControlPlane),
            Phase = NeedPhase.Steady,
            Action = "kms:GenerateDataKey",
            Resource = Key,
            Purpose = "encrypt a CA key",
            Context = Decrypt(Objects + "pki/ca.key").Context,
        }));

        var script = NodeScripts.Of(SnapshotTests.Generate(Repo.Example("secrets-kms.yaml"), Repo.ExampleKey), "data/aws_launch_template_control-plane-eu-central-1a.masters.kms.k8s.local_user_data");
        Assert.Contains($"aws s3api put-object --bucket 'acme-kgen-state' --key 'kms.k8s.local/backups/etcd/main/'\"${{o##*/}}\" --body \"$o\" --server-side-encryption aws:kms --ssekms-key-id '{Key}' --no-bucket-key-enabled", script, StringComparison.Ordinal);
        Assert.DoesNotContain("--sse AES256", script, StringComparison.Ordinal);
    }

    private static bool IsSecret(string objectArn) =>
        objectArn.Contains("/" + ConfigStoreLayout.PkiPrefix, StringComparison.Ordinal);

    [Fact]
    public void A_missing_kms_decrypt_is_refused_by_the_verifier_naming_the_secret()
    {
        var (plan, _) = PathVerificationTests.Verify(Repo.Example("secrets-kms.yaml"), Repo.ExampleKey);
        var nodes = plan.OfType<IamRolePolicy>().Single(p => p.PolicyName.StartsWith("nodes.", StringComparison.Ordinal));
        var without = nodes with { Policy = new PolicyDocument([.. nodes.Policy.Statements.Where(s => s.Sid != "DecryptClusterCa")]) };
        var faulty = new ClusterPlan(plan.Cluster, plan.Resources.Replace(nodes, without), plan.Outputs) { ConfigBaseObjects = plan.ConfigBaseObjects };

        var errors = VerificationDiagnostics.Errors(faulty, PlanVerifier.Verify(faulty, RoleNeeds.Of(faulty))).ToList();
        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCodes.NeedUnproven, error.Code);
        Assert.Contains($"kms:Decrypt on {Key}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"kms:EncryptionContext:aws:s3:arn={Objects}pki/ca.crt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kms_grant_wider_than_the_needs_is_reported_as_unused()
    {
        var (plan, _) = PathVerificationTests.Verify(Repo.Example("secrets-kms.yaml"), Repo.ExampleKey);
        var masters = plan.OfType<IamRolePolicy>().Single(p => p.PolicyName.StartsWith("masters.", StringComparison.Ordinal));
        var decrypt = masters.Policy.Statements.Single(s => s.Sid == "DecryptClusterSecrets");
        var wider = masters with
        {
            Policy = new PolicyDocument([.. masters.Policy.Statements.Select(s => s == decrypt ? s with { Actions = ["kms:Decrypt", "kms:ReEncryptFrom"] } : s)]),
        };
        var plan2 = new ClusterPlan(plan.Cluster, plan.Resources.Replace(masters, wider), plan.Outputs) { ConfigBaseObjects = plan.ConfigBaseObjects };
        var report = PlanVerifier.Verify(plan2, RoleNeeds.Of(plan2));
        Assert.Empty(report.Unproven);
        Assert.Contains(report.Unused, u => u.Contains("DecryptClusterSecrets", StringComparison.Ordinal) && u.Contains("kms:ReEncryptFrom", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_targets_carry_the_kms_statements_and_no_node_writes_a_secret()
    {
        var terraform = SnapshotTests.Generate(Repo.Example("secrets-kms.yaml"), Repo.ExampleKey);
        var policy = JObject.Parse(terraform.Files["data/aws_iam_role_policy_nodes.kms.k8s.local_policy"]);
        var statement = (JObject)policy["Statement"]!.Single(s => (string?)s["Sid"] == "DecryptClusterCa");
        Assert.Equal(Key, (string?)statement["Resource"]);
        Assert.Equal("s3.eu-central-1.amazonaws.com", (string?)statement["Condition"]!["StringEquals"]!["kms:ViaService"]);

        var cloudFormation = JObject.Parse(SnapshotTests.Generate(Repo.Example("secrets-kms.yaml"), Repo.ExampleKey, Target.CloudFormation).Files["cloudformation.json"]);
        var sids = cloudFormation.Descendants().OfType<JProperty>().Where(p => p.Name == "Sid").Select(p => (string?)p.Value).ToList();
        Assert.Contains("DecryptClusterSecrets", sids);
        Assert.Contains("DecryptClusterCa", sids);
        Assert.DoesNotContain(sids, s => s is "EncryptJoinToken" or "RotateJoinToken");

        var script = NodeScripts.Of(terraform, "data/aws_launch_template_control-plane-eu-central-1a.masters.kms.k8s.local_user_data");
        Assert.DoesNotContain("tokens/", script, StringComparison.Ordinal);
        // The only objects a node writes are the join lock and etcd snapshots, never a secret.
        var writes = script.Split('\n').Where(l => l.Contains("put-object", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(writes);
        Assert.All(writes, l => Assert.True(l.Contains("--body \"${STAGE}/lock\"", StringComparison.Ordinal) || l.Contains(ConfigStoreLayout.EtcdBackups("main"), StringComparison.Ordinal), l));
    }

    public static TheoryData<string, bool> Endpoints => new()
    {
        { "https://s3.example.com", true },
        { "http://127.0.0.1:9000", true },
        { "http://localhost:9000", true },
        { "http://[::1]:9000", true },
        { "http://10.0.0.5:9000", false },
        { "http://minio.internal:9000", false },
        { "ftp://127.0.0.1", false },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void S3_endpoints_must_be_https_except_a_loopback_test_server(string endpoint, bool accepted)
    {
        var env = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_S3"] = endpoint, ["AWS_ACCESS_KEY_ID"] = "a", ["AWS_SECRET_ACCESS_KEY"] = "b" };
        if (accepted)
        {
            using var store = (S3ObjectStore)ObjectStores.Open("s3://bucket/prefix", new StoreOptions { Environment = n => env.GetValueOrDefault(n) });
            Assert.Equal("bucket", store.Bucket);
            return;
        }

        var e = Assert.Throws<StoreException>(() => ObjectStores.Open("s3://bucket/prefix", new StoreOptions { Environment = n => env.GetValueOrDefault(n) }));
        Assert.Contains(endpoint, e.Message, StringComparison.Ordinal);
        Assert.Contains(endpoint.StartsWith("http:", StringComparison.Ordinal) ? "is plain http: the cluster's CA keys and tokens would cross the network unencrypted" : "is not an https URL", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_secret_is_written_with_SSE_KMS_under_the_spec_key_and_without_a_bucket_key()
    {
        using var server = new BucketStandIn();
        var warnings = new List<string>();
        var cluster = Cluster($"s3://{BucketStandIn.Bucket}/kms.k8s.local");
        var env = server.Environment();

        var report = await ClusterSecrets.EnsureAsync(cluster, new StoreOptions { Environment = n => env.GetValueOrDefault(n), Warn = warnings.Add });

        Assert.Empty(warnings);
        var secrets = server.Puts.Where(p => !p.Key.Contains("/.kgen/", StringComparison.Ordinal)).ToList();
        Assert.Equal(report.Created.Select(k => "kms.k8s.local/" + k).Order(StringComparer.Ordinal), secrets.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Contains("kms.k8s.local/pki/ca.key", secrets.Select(p => p.Key));
        Assert.All(secrets, p =>
        {
            Assert.Equal("aws:kms", p.Headers.GetValueOrDefault("x-amz-server-side-encryption"));
            Assert.Equal(Key, p.Headers.GetValueOrDefault("x-amz-server-side-encryption-aws-kms-key-id"));
            Assert.Equal("false", p.Headers.GetValueOrDefault("x-amz-server-side-encryption-bucket-key-enabled"));
        });

        // The second run reuses them and finds them under the key: nothing to say.
        await ClusterSecrets.EnsureAsync(cluster, new StoreOptions { Environment = n => env.GetValueOrDefault(n), Warn = warnings.Add });
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task Secrets_written_before_the_key_was_set_are_named_with_the_command_that_re_encrypts_them()
    {
        using var server = new BucketStandIn();
        var env = server.Environment();
        var warnings = new List<string>();
        await ClusterSecrets.EnsureAsync(Cluster($"s3://{BucketStandIn.Bucket}/kms.k8s.local") with { ConfigStoreKmsKey = null }, new StoreOptions { Environment = n => env.GetValueOrDefault(n) });

        await ClusterSecrets.EnsureAsync(Cluster($"s3://{BucketStandIn.Bucket}/kms.k8s.local"), new StoreOptions { Environment = n => env.GetValueOrDefault(n), Warn = warnings.Add });

        var warning = Assert.Single(warnings);
        Assert.Contains($"pki/ca.key, pki/ca.crt", warning, StringComparison.Ordinal);
        Assert.Contains($"are not encrypted with the KMS key {Key}", warning, StringComparison.Ordinal);
        Assert.Contains($"aws s3 cp s3://{BucketStandIn.Bucket}/kms.k8s.local/$k s3://{BucketStandIn.Bucket}/kms.k8s.local/$k --sse aws:kms --sse-kms-key-id {Key}", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_who_may_not_use_the_key_is_told_which_KMS_permissions_are_missing()
    {
        using var server = new BucketStandIn { DenyKmsPuts = true };
        var env = server.Environment();
        var e = await Assert.ThrowsAsync<StoreException>(() => ClusterSecrets.EnsureAsync(Cluster($"s3://{BucketStandIn.Bucket}/kms.k8s.local"), new StoreOptions { Environment = n => env.GetValueOrDefault(n) }));
        Assert.Contains("access denied (User: arn:aws:iam::111122223333:user/ci is not authorized to perform: kms:GenerateDataKey", e.Message, StringComparison.Ordinal);
        Assert.Contains($"and kms:GenerateDataKey and kms:Decrypt on {Key} (the secrets' KMS key; check its key policy too)", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, bool[]?, string> PublicAccessFaults => new()
    {
        { "none configured", null, "BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets off" },
        { "one off", [true, true, false, true], "(BlockPublicPolicy off)" },
    };

    [Theory]
    [MemberData(nameof(PublicAccessFaults))]
    public async Task A_bucket_without_full_Block_Public_Access_is_refused_before_anything_is_written(string label, bool[]? settings, string expected)
    {
        using var server = new BucketStandIn { PublicAccessBlock = settings };
        var env = server.Environment();
        var e = await Assert.ThrowsAsync<StoreException>(() => ClusterSecrets.EnsureAsync(Cluster($"s3://{BucketStandIn.Bucket}/kms.k8s.local"), new StoreOptions { Environment = n => env.GetValueOrDefault(n) }));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains($"aws s3api put-public-access-block --bucket {BucketStandIn.Bucket} --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true", e.Message, StringComparison.Ordinal);
        Assert.True(server.Puts.IsEmpty, label);
    }

    [Fact]
    public async Task A_bucket_without_a_TLS_only_policy_or_versioning_is_warned_about_with_the_fix()
    {
        using var server = new BucketStandIn { Policy = null, Versioning = "Suspended" };
        var env = server.Environment();
        var warnings = new List<string>();
        await ClusterSecrets.EnsureAsync(Cluster($"s3://{BucketStandIn.Bucket}/kms.k8s.local"), new StoreOptions { Environment = n => env.GetValueOrDefault(n), Warn = warnings.Add });

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("does not deny requests without TLS", StringComparison.Ordinal) && w.Contains("\"aws:SecureTransport\":\"false\"", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains($"aws s3api put-bucket-versioning --bucket {BucketStandIn.Bucket} --versioning-configuration Status=Enabled", StringComparison.Ordinal));
        Assert.NotEmpty(server.Puts);
    }

    [Fact]
    public void Generation_refuses_a_bucket_open_to_public_grants_and_writes_nothing_then_succeeds_once_it_is_closed()
    {
        using var server = new BucketStandIn { PublicAccessBlock = [true, true, true, false] };
        using var dir = new TempDir();
        var spec = Path.Combine(dir.Path, "secrets-kms.yaml");
        File.WriteAllText(spec, Example().Replace("s3://acme-kgen-state/", $"s3://{BucketStandIn.Bucket}/", StringComparison.Ordinal));
        var output = Path.Combine(dir.Path, "out");
        string[] args = ["--target=terraform", "--out=" + output, "-f", spec, "--ssh-public-key", Repo.ExampleKey];

        var (exit, _, err) = CliRunner.RunWith(server.Environment(), args);
        Assert.Equal(1, exit);
        Assert.Contains("Block Public Access is not fully on (RestrictPublicBuckets off)", err, StringComparison.Ordinal);
        Assert.Contains("aws s3api put-public-access-block --bucket custody", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.True(server.Puts.IsEmpty);

        server.PublicAccessBlock = [true, true, true, true];
        (exit, _, err) = CliRunner.RunWith(server.Environment(), args);
        Assert.True(exit == 0, err);
        Assert.DoesNotContain(err.Split('\n'), l => l.Contains("warning", StringComparison.Ordinal) && !l.Contains("call AWS with the control-plane role's permissions", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "kubernetes.tf")));
        Assert.Contains(server.Puts, p => p.Key == "kms.k8s.local/pki/ca.key" && p.Headers.GetValueOrDefault("x-amz-server-side-encryption-aws-kms-key-id") == Key);
    }

    public static TheoryData<string, bool> Policies => new()
    {
        { BucketStandIn.TlsOnlyPolicy("b"), true },
        { "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::b/p/*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":false}}}}", true },
        { BucketStandIn.TlsOnlyPolicy("other"), false },
        { BucketStandIn.TlsOnlyPolicy("b").Replace("\"Deny\"", "\"Allow\"", StringComparison.Ordinal), false },
        { BucketStandIn.TlsOnlyPolicy("b").Replace("\"s3:*\"", "\"s3:PutObject\"", StringComparison.Ordinal), false },
        { BucketStandIn.TlsOnlyPolicy("b").Replace("\"false\"", "\"true\"", StringComparison.Ordinal), false },
        { "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/other/*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}", false },
        { "not json", false },
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void A_TLS_only_policy_must_deny_every_action_without_TLS_on_the_config_store(string policy, bool denies) =>
        Assert.Equal(denies, BucketCustody.DeniesPlainHttp(policy, "b", "p"));

    [Fact]
    public void The_cli_names_the_admin_in_the_certificate_and_caps_its_lifetime()
    {
        var cli = new Kgen.Cli.CliContext(TextWriter.Null, TextWriter.Null, n => n == "USER" ? "carol" : null);
        Assert.Equal("carol", Kgen.Cli.ExportCommand.AdminUserName(cli, null));
        Assert.Equal("alice@example.com", Kgen.Cli.ExportCommand.AdminUserName(cli, "alice@example.com"));
        var bad = Assert.Throws<Kgen.Cli.UsageException>(() => Kgen.Cli.ExportCommand.AdminUserName(cli, "system:masters"));
        Assert.Contains("--user \"system:masters\" cannot name an admin", bad.Message, StringComparison.Ordinal);
        var badOs = new Kgen.Cli.CliContext(TextWriter.Null, TextWriter.Null, n => n == "USER" ? "Jo Smith" : null);
        Assert.Contains("your OS user name \"Jo Smith\" cannot name an admin", Assert.Throws<Kgen.Cli.UsageException>(() => Kgen.Cli.ExportCommand.AdminUserName(badOs, null)).Message, StringComparison.Ordinal);

        Assert.Equal(TimeSpan.FromHours(24), Kgen.Cli.ExportCommand.ParseLifetime("24h"));
        Assert.Equal(TimeSpan.FromDays(1), Kgen.Cli.ExportCommand.ParseLifetime("1d"));
        var tooLong = Assert.Throws<Kgen.Cli.UsageException>(() => Kgen.Cli.ExportCommand.ParseLifetime("24h1m"));
        Assert.Contains("--admin-lifetime \"24h1m\" is longer than the 24h kgen signs", tooLong.Message, StringComparison.Ordinal);
    }

    private static CallNeed Decrypt(string objectArn, string via = "s3.eu-central-1.amazonaws.com") => new()
    {
        Actor = new RoleActor(InstanceGroupRole.Node),
        Phase = NeedPhase.Boot,
        Action = "kms:Decrypt",
        Resource = Key,
        Purpose = "test",
        Context = System.Collections.Immutable.ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)
            .Add(Names.KmsViaServiceKey, via)
            .Add(Names.KmsS3EncryptionContextKey, objectArn),
    };

    private static Cluster Cluster(string configBase)
    {
        var spec = ClusterSpec.Load(Example(), "secrets-kms.yaml");
        spec.Cluster.Spec!.ConfigBase = configBase;
        return spec.Resolve(SshKey());
    }

    private static string Example() => File.ReadAllText(Repo.Example("secrets-kms.yaml"));

    private static string SshKey() => File.ReadAllText(Repo.ExampleKey);
}

/// <summary>The bucket checks against s3rver, which implements neither Block Public Access nor bucket policies: each is named as not made, never passed silently.</summary>
[Collection(S3rverCollection.Name)]
public sealed class SecretCustodyS3rverTests(S3rverFixture s3)
{
    [Fact]
    public async Task Checks_the_server_cannot_answer_are_warned_about_not_passed()
    {
        var warnings = new List<string>();
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("secrets-kms.yaml")), "secrets-kms.yaml");
        spec.Cluster.Spec!.ConfigBase = S3rverFixture.NewLocation();
        var env = s3.Environment();

        var report = await ClusterSecrets.EnsureAsync(spec, new StoreOptions { Environment = n => env.GetValueOrDefault(n), Warn = warnings.Add });

        Assert.NotEmpty(report.Created);
        var notChecked = Assert.Single(warnings, w => w.Contains("could not check", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("does not deny requests without TLS", StringComparison.Ordinal));
        Assert.Contains("Block Public Access (s3:GetBucketPublicAccessBlock): NotImplemented", notChecked, StringComparison.Ordinal);
        Assert.Contains("the bucket policy (s3:GetBucketPolicy): MethodNotAllowed", notChecked, StringComparison.Ordinal);

        // s3rver answers ?versioning with its bucket listing, which has no versioning status, and it keeps no versions indeed.
        Assert.Contains(warnings, w => w.Contains($"bucket \"{S3rverFixture.Bucket}\" is not versioned", StringComparison.Ordinal));
    }
}

/// <summary><c>kgen create cluster --secrets-kms-key</c>.</summary>
public sealed class SecretsKmsKeyFlagTests
{
    private const string Key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    [Fact]
    public void The_flag_lands_in_the_spec()
    {
        var (exit, yaml, err) = CliRunner.Run("create", "cluster", "acme.k8s.local", "--zones", "us-east-1a", "--secrets-kms-key", Key, "--dry-run", "-o", "yaml");
        Assert.True(exit == 0, err);
        Assert.Contains($"configStoreEncryption:\n    kmsKey: {Key}\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_is_refused_with_the_command_that_finds_the_ARN_and_nothing_is_stored()
    {
        using var dir = new TempDir();
        var state = "file://" + Path.Combine(dir.Path, "state");
        var (exit, _, err) = CliRunner.Run("create", "cluster", "acme.k8s.local", "--zones", "us-east-1a", "--secrets-kms-key", "alias/kgen", "--state", state);
        Assert.Equal(1, exit);
        Assert.Contains("spec.configStoreEncryption.kmsKey", err, StringComparison.Ordinal);
        Assert.Contains("aws kms describe-key --key-id alias/kgen --query KeyMetadata.Arn --output text", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "state", "acme.k8s.local")));
    }
}
