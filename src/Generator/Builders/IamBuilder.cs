using System.Collections.Immutable;
using System.Globalization;
using Kgen.Generator.Plan;
using Kgen.Model;
using Newtonsoft.Json.Linq;

namespace Kgen.Generator.Builders;

/// <summary>
/// One IAM role, instance profile and (when it grants anything) inline policy per role present
/// among the instance groups. Each role gets what its user-data calls and nothing more (the plan
/// verifier reports grants no declared need uses), scoped to the cluster: etcd volumes attached only
/// when tagged <c>KubernetesCluster=&lt;cluster&gt;</c>, object access only under the cluster's config
/// store prefix. Describe calls, which AWS cannot scope, are the only actions on <c>*</c>; statements
/// the spec asks for (<c>additionalPolicies</c>, <c>allowContainerRegistry</c>) are marked as the operator's.
/// </summary>
internal sealed class IamBuilder : IPlanBuilder
{
    public void Build(BuildContext ctx)
    {
        // A role whose every group uses an instance profile of the operator's (iam.profile) gets no role or profile of kgen's.
        var roles = ctx.Cluster.InstanceGroups.Where(g => g.InstanceProfileArn is null).Select(g => g.Role).Distinct().Order();
        foreach (var role in roles)
        {
            var name = ctx.Names.IamRole(role);
            var iamRole = ctx.Add(new IamRole
            {
                Name = name,
                RoleName = name,
                AssumeRolePolicy = TrustPolicy(ctx),
                Tags = ctx.Tags(name),
            });
            ctx.Roles[role] = iamRole;
            ctx.InstanceProfiles[role] = ctx.Add(new IamInstanceProfile { Name = name, ProfileName = name, Role = iamRole.Ref("name"), Tags = ctx.Tags(name) });

            var statements = role switch
            {
                InstanceGroupRole.ControlPlane => ControlPlaneStatements(ctx),
                InstanceGroupRole.Node => NodeStatements(ctx),
                _ => [],
            };
            statements = statements.AddRange(AdditionalStatements(ctx.Cluster, role));
            if (!statements.IsEmpty)
            {
                ctx.Add(new IamRolePolicy { Name = name, PolicyName = name, Role = iamRole.Ref("name"), Policy = new PolicyDocument(statements) });
            }

            // The operator's managed policies (externalPolicies), attached as they are: like additionalPolicies, theirs to decide.
            foreach (var arn in ExternalPolicies(ctx.Cluster, role))
            {
                ctx.Add(new IamRolePolicyAttachment { Name = Names.PolicyAttachment(name, arn), Role = iamRole.Ref("name"), PolicyArn = arn });
            }

            ctx.Output(Names.RoleOutput(role, "arn"), iamRole.Ref("arn"));
            ctx.Output(Names.RoleOutput(role, "name"), iamRole.Ref("name"));
        }
    }

    private static PolicyDocument TrustPolicy(BuildContext ctx) => new(
    [
        new Statement
        {
            Actions = ["sts:AssumeRole"],
            Principal = new Principals { Service = [ctx.Partition == "aws-cn" ? "ec2.amazonaws.com.cn" : "ec2.amazonaws.com"] },
        },
    ]);

    private static ImmutableArray<Statement> ControlPlaneStatements(BuildContext ctx)
    {
        var list = ImmutableArray.CreateBuilder<Statement>();

        // Reads AWS cannot scope to resources, only those the user-data calls: finding (and waiting
        // for) the etcd volumes, and the API load balancers' DNS names for the API certificate. The
        // cloud controller manager, when kgen runs one, brings exactly the permissions it calls.
        // ec2:DescribeInstances: aws-iam-authenticator names a worker after its instance's private DNS
        // name, and a joining control-plane node finds which etcd members' instances still run.
        list.Add(new Statement
        {
            Sid = "DescribeCluster",
            Actions = Sorted("ec2:DescribeInstances", "ec2:DescribeVolumes", "elasticloadbalancing:DescribeLoadBalancers"),
            Resources = ["*"],
        });

        list.AddRange(EtcdVolumeStatements(ctx));
        // The add-ons' reads (AddonsDescribe) cover the CNI's same reads on this role.
        list.AddRange(AmazonVpcCni.Statements(ctx.Cluster, ctx.Partition, ["ec2:DescribeInstances", .. Addons.AddonPermissions.Describe(ctx.Cluster)]));
        list.AddRange(ConfigStoreStatements(ctx, InstanceGroupRole.ControlPlane));
        if (Addons.AddonBuilder.Any(ctx.Cluster))
        {
            list.Add(new Statement { Sid = "ReadAddonsIndex", Actions = ["ssm:GetParameter"], Resources = [Names.SsmParameterArn(ctx.Partition, ctx.Cluster.Region, "*", ctx.Names.AddonsIndexParameter)] });
        }

        list.AddRange(Addons.AddonPermissions.ControlPlane(ctx.Cluster, ctx.Partition));
        list.AddRange(Addons.AddonPermissions.NodeTerminationHandler(ctx.Cluster, ctx.Partition));
        list.AddRange(Addons.AddonPermissions.ExternalDns(ctx.Cluster, ctx.Partition));
        list.AddRange(Addons.AddonPermissions.CertManager(ctx.Cluster, ctx.Partition));
        list.AddRange(Addons.AddonPermissions.LoadBalancerController(ctx.Cluster, ctx.Partition, [.. list.Where(s => s.Effect == "Allow" && s.Resources is ["*"] && s.Conditions.IsEmpty).SelectMany(s => s.Actions)]));
        return list.ToImmutable();
    }

    /// <summary>
    /// A control-plane node attaches its zone's etcd volumes at boot (node user-data): only volumes
    /// of this cluster that carry an etcd tag, only to this cluster's control-plane instances.
    /// kgen never detaches a volume: a terminated instance releases it.
    /// </summary>
    private static IEnumerable<Statement> EtcdVolumeStatements(BuildContext ctx)
    {
        var c = ctx.Cluster.Name;
        var p = ctx.Partition;
        foreach (var etcd in ctx.Cluster.EtcdClusters.Where(e => e.Runs).Select(e => e.Name).Distinct().Order(StringComparer.Ordinal))
        {
            yield return new Statement
            {
                Sid = "AttachEtcdVolume" + string.Concat(etcd.Where(char.IsAsciiLetterOrDigit).Select((ch, i) => i == 0 ? char.ToUpperInvariant(ch) : ch)),
                Actions = ["ec2:AttachVolume"],
                Resources = [$"arn:{p}:ec2:*:*:volume/*"],
                Conditions = Condition("StringEquals", (ResourceTag(Names.ClusterTag), c))
                    .AddRange(Condition("Null", (ResourceTag(Names.EtcdClusterTag(etcd)), "false"))),
            };
        }

        yield return new Statement
        {
            Sid = "AttachEtcdVolumesToControlPlane",
            Actions = ["ec2:AttachVolume"],
            Resources = [$"arn:{p}:ec2:*:*:instance/*"],
            Conditions = Condition("StringEquals", (ResourceTag(Names.ClusterTag), c), (ResourceTag(Names.ControlPlaneRoleTag), "1")),
        };
    }

    private static ImmutableArray<Statement> NodeStatements(BuildContext ctx)
    {
        var list = ImmutableArray.CreateBuilder<Statement>();

        // kgen's own first: the operator's ECR grant below must not be what proves the CNI's image pulls.
        list.AddRange(AmazonVpcCni.Statements(ctx.Cluster, ctx.Partition));
        if (ctx.Cluster.Iam.AllowContainerRegistry)
        {
            list.Add(new Statement
            {
                Sid = "PullFromEcr",
                Actions = Sorted(
                    "ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:DescribeRepositories",
                    "ecr:GetAuthorizationToken", "ecr:GetDownloadUrlForLayer", "ecr:GetRepositoryPolicy", "ecr:ListImages"),
                Resources = ["*"],

                // The spec asked for it (iam.allowContainerRegistry): no script of kgen's pulls from ECR.
                FromOperator = true,
            });
        }

        list.AddRange(ConfigStoreStatements(ctx, InstanceGroupRole.Node));
        return list.ToImmutable();
    }

    /// <summary>
    /// Access to the cluster's secrets in an S3 config store (nothing for file:// or memfs://, which nodes
    /// cannot reach). Control-plane nodes read <c>pki/*</c>; workers read only <c>pki/ca.crt</c> (their kubelet
    /// authenticates with the instance's AWS identity, not with a token). No role writes a secret. The AWS CLI's
    /// <c>s3 cp</c> of one object needs neither a listing nor the bucket's location.
    /// </summary>
    private static IEnumerable<Statement> ConfigStoreStatements(BuildContext ctx, InstanceGroupRole role)
    {
        if (ConfigStoreLocation.Parse(ctx.Cluster.ConfigBase) is not { } store)
        {
            yield break;
        }

        var objects = store.ObjectArn(ctx.Partition, string.Empty);
        foreach (var s in NodeScriptStatements(ctx, role, objects))
        {
            yield return s;
        }

        if (role == InstanceGroupRole.ControlPlane)
        {
            foreach (var s in AddonDeliveryStatements(ctx, objects))
            {
                yield return s;
            }

            yield return new Statement
            {
                Sid = "ReadClusterSecrets",
                Actions = ["s3:GetObject"],
                Resources = [$"{objects}{ConfigStoreLayout.PkiPrefix}*"],
            };
            if (ctx.Cluster.ConfigStoreKmsKey is { } key)
            {
                yield return KmsStatement("DecryptClusterSecrets", "kms:Decrypt", key, "StringLike", [$"{objects}{ConfigStoreLayout.PkiPrefix}*"]);
            }

            foreach (var s in EtcdBackupStatements(ctx, store, objects))
            {
                yield return s;
            }
        }
        else
        {
            yield return new Statement
            {
                Sid = "ReadClusterCa",
                Actions = ["s3:GetObject"],
                Resources = [.. ConfigStoreLayout.WorkerJoinMaterial.Select(k => objects + k)],
            };
            if (ctx.Cluster.ConfigStoreKmsKey is { } key)
            {
                yield return KmsStatement("DecryptClusterCa", "kms:Decrypt", key, "StringEquals", [.. ConfigStoreLayout.WorkerJoinMaterial.Select(k => objects + k)]);
            }
        }
    }

    /// <summary>
    /// The node scripts of this role's instance groups (<c>nodeup/&lt;group&gt;/*</c>), which their user data fetches
    /// at boot: each role reads its own groups' scripts only (nothing in them is secret, but a worker has no business
    /// reading how a control-plane node forms the cluster).
    /// </summary>
    private static IEnumerable<Statement> NodeScriptStatements(BuildContext ctx, InstanceGroupRole role, string objects)
    {
        var folders = ctx.Cluster.InstanceGroups.Where(g => g.Role == role).Select(g => objects + ConfigStoreLayout.NodeupGroup(g.Name) + "*").Order(StringComparer.Ordinal).ToImmutableArray();
        if (folders.IsEmpty)
        {
            yield break;
        }

        yield return new Statement { Sid = "ReadNodeScripts", Actions = ["s3:GetObject"], Resources = folders };
        if (ctx.Cluster.ConfigStoreKmsKey is { } key)
        {
            yield return KmsStatement("DecryptNodeScripts", "kms:Decrypt", key, "StringLike", folders);
        }
    }

    /// <summary>
    /// The add-on runner on the control-plane nodes (kgen-addons.timer) reads the add-ons' files below <c>addons/</c> in
    /// the config store (and their index, an SSM parameter of this cluster's: <see cref="ControlPlaneStatements"/>).
    /// </summary>
    private static IEnumerable<Statement> AddonDeliveryStatements(BuildContext ctx, string objects)
    {
        if (!Addons.AddonBuilder.Any(ctx.Cluster))
        {
            yield break;
        }

        var files = objects + ConfigStoreLayout.AddonsPrefix + "*";
        yield return new Statement { Sid = "ReadAddons", Actions = ["s3:GetObject"], Resources = [files] };
        if (ctx.Cluster.ConfigStoreKmsKey is { } key)
        {
            yield return KmsStatement("DecryptAddons", "kms:Decrypt", key, "StringLike", [files]);
        }
    }

    /// <summary>
    /// Use of the config store's KMS key, only by S3 on this role's behalf (<c>kms:ViaService</c>, S3 in the key's
    /// region, where the bucket must be) and only for the objects the role reads or writes: S3 passes each object's
    /// ARN as its encryption context (kgen and the nodes write without an S3 Bucket Key, which would pass the bucket's).
    /// </summary>
    private static Statement KmsStatement(string sid, string action, string key, string contextOperator, ImmutableArray<string> objectArns)
    {
        var conditions = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal);
        var equals = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        equals[Names.KmsViaServiceKey] = [Names.AwsEndpoint("s3", ConfigStoreLocation.KmsKeyRegion(key))];
        var context = contextOperator == "StringEquals" ? equals : ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        context[Names.KmsS3EncryptionContextKey] = objectArns;
        conditions["StringEquals"] = equals.ToImmutable();
        conditions[contextOperator] = context.ToImmutable();
        return new Statement { Sid = sid, Actions = [action], Resources = [key], Conditions = conditions.ToImmutable() };
    }

    /// <summary>
    /// etcd snapshots and the join lock: control-plane nodes write snapshots (only encrypted at rest: the put must ask
    /// for SSE; SSE-KMS with the config store's key when the spec names one), list and prune them, read them and the
    /// restore request to restore, and take and release the lock.
    /// </summary>
    private static IEnumerable<Statement> EtcdBackupStatements(BuildContext ctx, ConfigStoreLocation store, string objects)
    {
        var backups = ctx.Cluster.EtcdClusters.Where(e => e.Runs).Select(e => ConfigStoreLayout.EtcdBackups(e.Name)).Order(StringComparer.Ordinal).ToList();
        if (backups.Count == 0)
        {
            yield break;
        }

        yield return new Statement
        {
            Sid = "WriteEtcdSnapshots",
            Actions = ["s3:PutObject"],
            Resources = [.. backups.Select(b => $"{objects}{b}*")],
            Conditions = ctx.Cluster.ConfigStoreKmsKey is { } kms
                ? Condition("StringEquals", ("s3:x-amz-server-side-encryption", "aws:kms"), ("s3:x-amz-server-side-encryption-aws-kms-key-id", kms))
                : Condition("StringEquals", ("s3:x-amz-server-side-encryption", "AES256")),
        };
        if (ctx.Cluster.ConfigStoreKmsKey is { } key)
        {
            yield return KmsStatement("EncryptEtcdSnapshots", "kms:GenerateDataKey", key, "StringLike", [.. backups.Select(b => $"{objects}{b}*")]);
            yield return KmsStatement("DecryptEtcdSnapshots", "kms:Decrypt", key, "StringLike", [.. backups.Select(b => $"{objects}{b}*")]);
        }

        yield return new Statement
        {
            Sid = "PruneAndRestoreEtcdSnapshots",
            Actions = Sorted("s3:DeleteObject", "s3:GetObject"),
            Resources = [.. backups.Select(b => $"{objects}{b}*"), objects + ConfigStoreLayout.EtcdRestoreRequest],
        };
        yield return new Statement
        {
            Sid = "ListEtcdSnapshots",
            Actions = ["s3:ListBucket"],
            Resources = [store.BucketArn(ctx.Partition)],
            Conditions = ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal)
                .Add("StringLike", ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add("s3:prefix", [.. backups.Select(b => store.Prefix + b + "*")])),
        };
        yield return new Statement
        {
            Sid = "ControlPlaneJoinLock",
            Actions = Sorted("s3:DeleteObject", "s3:GetObject", "s3:PutObject"),
            Resources = [objects + ConfigStoreLayout.ControlPlaneJoinLock],
        };
    }

    /// <summary>The managed policies the spec attaches to a role (externalPolicies), each once, in the order written.</summary>
    private static IEnumerable<string> ExternalPolicies(Cluster cluster, InstanceGroupRole role) =>
        RoleKeys(role).SelectMany(k => cluster.Iam.ExternalPolicies.GetValueOrDefault(k, [])).Distinct(StringComparer.Ordinal);

    /// <summary>The names a spec's per-role maps (additionalPolicies, externalPolicies) give a role.</summary>
    private static string[] RoleKeys(InstanceGroupRole role) => role switch
    {
        InstanceGroupRole.ControlPlane => ["master", "control-plane"],
        InstanceGroupRole.Node => ["node"],
        _ => ["bastion"],
    };

    private static IEnumerable<Statement> AdditionalStatements(Cluster cluster, InstanceGroupRole role)
    {
        var keys = role switch
        {
            InstanceGroupRole.ControlPlane => new[] { "master", "control-plane" },
            InstanceGroupRole.Node => ["node"],
            _ => ["bastion"],
        };
        foreach (var key in keys)
        {
            if (cluster.Iam.AdditionalPolicies.TryGetValue(key, out var json))
            {
                foreach (var statement in JArray.Parse(json).Cast<JObject>())
                {
                    yield return Parse(statement) with { FromOperator = true };
                }
            }
        }
    }

    /// <summary>
    /// A statement the user wrote, typed. The model validated its shape (ClusterValidator: known keys only, lists of
    /// strings, conditions of operator → key → value or values); lists keep the user's order, and a condition value
    /// written as a JSON number or boolean becomes its string (IAM compares them as strings).
    /// </summary>
    internal static Statement Parse(JObject json) => new()
    {
        Sid = (string?)json["Sid"],
        Effect = (string)json["Effect"]!,
        Actions = Strings(json["Action"]),
        NotActions = Strings(json["NotAction"]),
        Resources = Strings(json["Resource"]),
        NotResources = Strings(json["NotResource"]),
        Conditions = json["Condition"] is JObject conditions
            ? conditions.Properties().ToImmutableSortedDictionary(
                op => op.Name,
                op => ((JObject)op.Value).Properties().ToImmutableSortedDictionary(k => k.Name, k => Strings(k.Value), StringComparer.Ordinal),
                StringComparer.Ordinal)
            : ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal),
    };

    /// <summary>A JSON string, number, boolean or list of them, as strings.</summary>
    private static ImmutableArray<string> Strings(JToken? token) => token switch
    {
        null => [],
        JArray list => [.. list.Select(Scalar)],
        _ => [Scalar(token)],
    };

    private static string Scalar(JToken token) => token.Type switch
    {
        JTokenType.Boolean => (bool)token ? "true" : "false",
        _ => Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>The condition key of a tag the resource carries.</summary>
    private static string ResourceTag(string key) => $"aws:ResourceTag/{key}";

    /// <summary>The condition key of a tag the request sets.</summary>
    private static string RequestTag(string key) => $"aws:RequestTag/{key}";

    private static ImmutableArray<string> Sorted(params string[] actions) => [.. actions.Order(StringComparer.Ordinal)];

    private static ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, ImmutableArray<string>>> Condition(string op, params (string Key, string Value)[] pairs) =>
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, ImmutableArray<string>>>(StringComparer.Ordinal)
            .Add(op, pairs.ToImmutableSortedDictionary(p => p.Key, p => ImmutableArray.Create(p.Value), StringComparer.Ordinal));
}
