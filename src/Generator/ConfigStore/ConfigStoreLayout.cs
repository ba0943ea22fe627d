using System.Collections.Immutable;

namespace Kgen.Generator;

/// <summary>
/// Every key of a cluster's config store (<c>configBase</c>, laid out as kops lays out its state store),
/// relative to the cluster's prefix. The one place that spells them: the secrets code writes these keys,
/// the IAM builder grants access to them and the node user-data reads them.
/// </summary>
public static class ConfigStoreLayout
{
    /// <summary>The Cluster document.</summary>
    public const string ClusterDocument = "config";

    /// <summary>The folder of the InstanceGroup documents.</summary>
    public const string InstanceGroupPrefix = "instancegroup/";

    /// <summary>The folder of the cluster's PKI (CAs, service-account keys, SSH public keys).</summary>
    public const string PkiPrefix = "pki/";

    /// <summary>The cluster CA certificate.</summary>
    public const string CaCertificate = PkiPrefix + "ca.crt";

    /// <summary>The cluster CA key.</summary>
    public const string CaKey = PkiPrefix + "ca.key";

    /// <summary>The front-proxy CA certificate.</summary>
    public const string FrontProxyCaCertificate = PkiPrefix + "front-proxy-ca.crt";

    /// <summary>The front-proxy CA key.</summary>
    public const string FrontProxyCaKey = PkiPrefix + "front-proxy-ca.key";

    /// <summary>The etcd CA certificate.</summary>
    public const string EtcdCaCertificate = PkiPrefix + "etcd/ca.crt";

    /// <summary>The etcd CA key.</summary>
    public const string EtcdCaKey = PkiPrefix + "etcd/ca.key";

    /// <summary>The service-account signing key.</summary>
    public const string ServiceAccountKey = PkiPrefix + "sa.key";

    /// <summary>The service-account verification key.</summary>
    public const string ServiceAccountPublicKey = PkiPrefix + "sa.pub";

    /// <summary>
    /// The keys that encrypt Secrets in etcd: one <c>NAME BASE64KEY</c> line per key (32 random bytes), the first
    /// encrypts and all decrypt; control-plane nodes make the API server's EncryptionConfiguration from it.
    /// </summary>
    public const string SecretsEncryptionKeys = PkiPrefix + "encryption-keys";

    /// <summary>The folder of the operator's SSH public keys (each named by its MD5 fingerprint).</summary>
    public const string SshPublicKeyPrefix = PkiPrefix + "ssh/public/admin/";

    /// <summary>
    /// The folder of the cluster add-ons' files: <c>addons/&lt;add-on&gt;/&lt;digest&gt;/&lt;file&gt;</c>, each add-on's folder named by
    /// its digest (<c>AddonBuilder</c>), so writing a new one never changes what a control-plane node applies: the add-ons'
    /// index (an SSM parameter the target's apply writes) names the folders to apply.
    /// </summary>
    public const string AddonsPrefix = "addons/";

    /// <summary>The key of one file of an add-on's delivered folder.</summary>
    /// <param name="addon">The add-on's name.</param>
    /// <param name="digest">The folder's digest.</param>
    /// <param name="file">The file's name.</param>
    /// <returns><c>addons/&lt;add-on&gt;/&lt;digest&gt;/&lt;file&gt;</c>.</returns>
    public static string AddonFile(string addon, string digest, string file) => $"{AddonsPrefix}{addon}/{digest}/{file}";

    /// <summary>
    /// The folder of the node scripts kgen places in the store (kops' nodeup): <c>nodeup/&lt;instance group&gt;/&lt;SHA-256&gt;.sh</c>,
    /// named by their content, so writing one never changes what a running or booting node reads. Each role may read
    /// only its own groups' folders; nothing in them is secret.
    /// </summary>
    public const string NodeupPrefix = "nodeup/";

    /// <summary>The folder of one instance group's node scripts.</summary>
    /// <param name="instanceGroup">The instance group's name.</param>
    /// <returns><c>nodeup/&lt;group&gt;/</c>.</returns>
    public static string NodeupGroup(string instanceGroup) => $"{NodeupPrefix}{instanceGroup}/";

    /// <summary>The key of one node script, named by the SHA-256 of its bytes.</summary>
    /// <param name="instanceGroup">The instance group's name.</param>
    /// <param name="sha256">The script's SHA-256, lowercase hex.</param>
    /// <returns><c>nodeup/&lt;group&gt;/&lt;sha256&gt;.sh</c>.</returns>
    public static string NodeupScript(string instanceGroup, string sha256) => $"{NodeupGroup(instanceGroup)}{sha256}.sh";

    /// <summary>The folder of etcd snapshots: <c>backups/etcd/&lt;cluster&gt;/&lt;UTC time&gt;.db</c>, each with its SHA-256 in <c>.db.sha256</c> beside it.</summary>
    public const string EtcdBackupsPrefix = "backups/etcd/";

    /// <summary>The extension of an etcd snapshot.</summary>
    public const string EtcdSnapshotExtension = ".db";

    /// <summary>The extension of the SHA-256 file beside each snapshot.</summary>
    public const string EtcdChecksumExtension = ".sha256";

    /// <summary>
    /// The restore request: one line, <c>&lt;snapshot key below backups/etcd/&gt; &lt;request id&gt;</c>. Control-plane
    /// nodes that boot (or rerun their user-data) while it names a restore they have not carried out restore from it.
    /// </summary>
    public const string EtcdRestoreRequest = EtcdBackupsPrefix + "restore";

    /// <summary>The folder of locks taken with conditional writes.</summary>
    public const string LocksPrefix = "locks/";

    /// <summary>The lock a control-plane node holds while it joins (etcd admits one new member at a time).</summary>
    public const string ControlPlaneJoinLock = LocksPrefix + "control-plane-join";

    /// <summary>The folder of one etcd cluster's snapshots.</summary>
    /// <param name="etcdCluster">main.</param>
    /// <returns><c>backups/etcd/&lt;cluster&gt;/</c>.</returns>
    public static string EtcdBackups(string etcdCluster) => $"{EtcdBackupsPrefix}{etcdCluster}/";

    /// <summary>
    /// The CA material a control-plane node installs under <c>/etc/kubernetes/pki</c> (kubeadm then signs
    /// every other certificate with it), as keys of the store; each key's path below <see cref="PkiPrefix"/>
    /// is its path below <c>/etc/kubernetes/pki</c>.
    /// </summary>
    public static ImmutableArray<string> ControlPlanePki { get; } =
    [
        CaCertificate, CaKey, FrontProxyCaCertificate, FrontProxyCaKey, EtcdCaCertificate, EtcdCaKey, ServiceAccountKey, ServiceAccountPublicKey,
    ];

    /// <summary>
    /// What a worker reads to join: the cluster CA certificate (to verify the API) and nothing else. A worker holds
    /// no token: its kubelet proves the instance's AWS identity to the API (aws-iam-authenticator).
    /// </summary>
    public static ImmutableArray<string> WorkerJoinMaterial { get; } = [CaCertificate];

    /// <summary>The key of one InstanceGroup document.</summary>
    /// <param name="instanceGroup">The instance group's name.</param>
    /// <returns><c>instancegroup/&lt;name&gt;</c>.</returns>
    public static string InstanceGroupDocument(string instanceGroup) => InstanceGroupPrefix + instanceGroup;

    /// <summary>A key's path below <see cref="PkiPrefix"/> (<c>pki/etcd/ca.crt</c> → <c>etcd/ca.crt</c>).</summary>
    /// <param name="key">A key under <see cref="PkiPrefix"/>.</param>
    /// <returns>The path below <see cref="PkiPrefix"/>.</returns>
    public static string PkiRelative(string key) =>
        key.StartsWith(PkiPrefix, StringComparison.Ordinal) ? key[PkiPrefix.Length..] : throw new ArgumentException($"{key} is not under {PkiPrefix}", nameof(key));
}
