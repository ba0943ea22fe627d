using System.Text;
using Kgen.Model;
using Kgen.Store;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>What every state store must do; runs against file:// and against S3 (s3rver).</summary>
public abstract class StoreBehaviour
{
    private static readonly string[] ListedUnderAcme = ["acme/a", "acme/b/c", "acme/z"];

    /// <summary>A new, empty store.</summary>
    protected abstract IObjectStore NewStore();

    [Fact]
    public async Task A_missing_key_reads_as_null()
    {
        Assert.Null(await NewStore().GetAsync("nothing/here"));
    }

    [Fact]
    public async Task What_is_written_reads_back_with_the_version_the_write_returned()
    {
        var store = NewStore();
        var version = await store.PutAsync("c/config", Bytes("kind: Cluster\n"), Precondition.None);
        var read = await store.GetAsync("c/config");
        Assert.NotNull(read);
        Assert.Equal("kind: Cluster\n", Text(read.Content));
        Assert.Equal(version, read.Version);

        var second = await store.PutAsync("c/config", Bytes("kind: Cluster # 2\n"), Precondition.None);
        Assert.NotEqual(version, second);
        Assert.Equal("kind: Cluster # 2\n", Text((await store.GetAsync("c/config"))!.Content));
    }

    [Fact]
    public async Task Create_if_absent_refuses_to_overwrite()
    {
        var store = NewStore();
        await store.PutAsync("c/config", Bytes("first"), Precondition.IfAbsent);
        var e = await Assert.ThrowsAsync<StoreConflictException>(() => store.PutAsync("c/config", Bytes("second"), Precondition.IfAbsent));
        Assert.Contains("already exists", e.Message, StringComparison.Ordinal);
        Assert.Equal("first", Text((await store.GetAsync("c/config"))!.Content));
    }

    [Fact]
    public async Task An_update_of_a_stale_read_is_a_conflict_and_changes_nothing()
    {
        var store = NewStore();
        await store.PutAsync("c/config", Bytes("v1"), Precondition.IfAbsent);
        var alice = (await store.GetAsync("c/config"))!;
        var bob = (await store.GetAsync("c/config"))!;

        await store.PutAsync("c/config", Bytes("v2 by bob"), Precondition.IfMatch(bob.Version));
        var e = await Assert.ThrowsAsync<StoreConflictException>(() => store.PutAsync("c/config", Bytes("v2 by alice"), Precondition.IfMatch(alice.Version)));
        Assert.Contains("changed by someone else", e.Message, StringComparison.Ordinal);
        Assert.Contains(store.Location, e.Message, StringComparison.Ordinal);
        Assert.Equal("v2 by bob", Text((await store.GetAsync("c/config"))!.Content));

        // Alice reads again and wins now.
        var again = (await store.GetAsync("c/config"))!;
        await store.PutAsync("c/config", Bytes("v3 by alice"), Precondition.IfMatch(again.Version));
        Assert.Equal("v3 by alice", Text((await store.GetAsync("c/config"))!.Content));
    }

    [Fact]
    public async Task An_update_of_a_deleted_object_is_a_conflict()
    {
        var store = NewStore();
        var version = await store.PutAsync("c/config", Bytes("v1"), Precondition.None);
        await store.DeleteAsync("c/config");
        await Assert.ThrowsAsync<StoreConflictException>(() => store.PutAsync("c/config", Bytes("v2"), Precondition.IfMatch(version)));
        Assert.Null(await store.GetAsync("c/config"));
    }

    [Fact]
    public async Task Listing_returns_the_keys_under_a_prefix_sorted()
    {
        var store = NewStore();
        foreach (var key in new[] { "acme/z", "acme/a", "acme/b/c", "other/config", "acmeish/config" })
        {
            await store.PutAsync(key, Bytes(key), Precondition.None);
        }

        Assert.Equal(ListedUnderAcme, await store.ListAsync("acme/"));
        Assert.Equal(5, (await store.ListAsync(string.Empty)).Count);
        Assert.Empty(await store.ListAsync("nobody/"));
    }

    [Fact]
    public async Task Deleting_is_idempotent()
    {
        var store = NewStore();
        await store.DeleteAsync("never/was");
        await store.PutAsync("c/x", Bytes("x"), Precondition.None);
        await store.DeleteAsync("c/x");
        await store.DeleteAsync("c/x");
        Assert.Null(await store.GetAsync("c/x"));
        Assert.Empty(await store.ListAsync("c/"));
    }

    [Fact]
    public async Task A_cluster_is_stored_in_the_kops_layout_and_its_name_is_claimed_once()
    {
        var store = new ClusterStore(NewStore());
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("minimal.yaml")), "minimal.yaml");
        var name = spec.Cluster.Metadata!.Name!;
        var key = File.ReadAllText(Repo.ExampleKey);
        await store.CreateAsync(spec, key);

        var keys = await store.ListKeysAsync(name);
        Assert.Contains($"{name}/config", keys);
        Assert.Contains($"{name}/pki/ssh/public/admin/{ClusterStore.SshFingerprint(key)}", keys);
        Assert.Equal(spec.InstanceGroups.Count, keys.Count(k => k.StartsWith($"{name}/instancegroup/", StringComparison.Ordinal)));
        Assert.Equal([name], await store.ListClustersAsync());
        Assert.Equal(key.Trim(), (await store.GetSshPublicKeyAsync(name))!.Trim());

        // What was stored loads back to the same spec.
        Assert.Equal(spec.ToYaml(), (await store.LoadSpecAsync(name)).ToYaml());

        var e = await Assert.ThrowsAsync<ClusterExistsException>(() => store.CreateAsync(spec, null));
        Assert.Contains($"cluster {name} already exists in {store.Location}", e.Message, StringComparison.Ordinal);

        await store.DeleteAsync(name);
        Assert.Empty(await store.ListKeysAsync(name));
        var missing = await Assert.ThrowsAsync<ClusterNotFoundException>(() => store.LoadSpecAsync(name));
        Assert.Contains($"cluster {name} not found in {store.Location}", missing.Message, StringComparison.Ordinal);
    }

    protected static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    protected static string Text(byte[] b) => Encoding.UTF8.GetString(b);
}

/// <summary>The behaviour suite on a folder.</summary>
public sealed class FileStoreBehaviourTests : StoreBehaviour, IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    protected override IObjectStore NewStore() => ObjectStores.Open("file://" + Path.Combine(dir.Path, Guid.NewGuid().ToString("N")));

    [Fact]
    public async Task Simultaneous_updates_of_one_read_let_exactly_one_win()
    {
        var store = NewStore();
        await store.PutAsync("c/config", Bytes("v1"), Precondition.IfAbsent);
        var read = (await store.GetAsync("c/config"))!;
        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.PutAsync("c/config", Bytes($"writer {i}"), Precondition.IfMatch(read.Version));
                return true;
            }
            catch (StoreConflictException)
            {
                return false;
            }
        })).ToList();
        var won = await Task.WhenAll(attempts);
        Assert.Equal(1, won.Count(w => w));
        Assert.Equal($"writer {Array.IndexOf(won, true)}", Text((await store.GetAsync("c/config"))!.Content));
    }

    [Fact]
    public async Task A_local_store_ignores_itself_for_git_so_its_secrets_are_not_committed_by_accident()
    {
        var root = Path.Combine(dir.Path, "state");
        var store = ObjectStores.Open("file://" + root);
        await store.PutAsync("c/pki/ca.key", Bytes("key"), Precondition.IfAbsent);
        Assert.Equal("*", File.ReadAllLines(Path.Combine(root, ".gitignore"))[^1]);
        Assert.Equal(["c/pki/ca.key"], await store.ListAsync(""));
    }
}

/// <summary>The behaviour suite on S3 (s3rver), plus what is particular to S3.</summary>
[Collection(S3rverCollection.Name)]
public sealed class S3StoreBehaviourTests(S3rverFixture s3) : StoreBehaviour
{
    protected override IObjectStore NewStore() => s3.Open(S3rverFixture.NewLocation());

    [Fact]
    public async Task Keys_sit_under_the_prefix_and_a_store_at_the_bucket_root_sees_them()
    {
        var prefix = Guid.NewGuid().ToString("N");
        var store = s3.Open($"s3://{S3rverFixture.OtherBucket}/{prefix}/nested");
        await store.PutAsync("c/config", Bytes("x"), Precondition.None);
        var root = s3.Open($"s3://{S3rverFixture.OtherBucket}");
        Assert.Contains($"{prefix}/nested/c/config", await root.ListAsync(prefix + "/"));
        Assert.Equal("x", Text((await root.GetAsync($"{prefix}/nested/c/config"))!.Content));
    }

    [Fact]
    public async Task s3rver_ignores_conditional_writes_so_kgen_says_so_and_checks_around_each_write()
    {
        var warnings = new List<string>();
        var store = s3.Open(S3rverFixture.NewLocation(), warn: warnings.Add);
        await store.PutAsync("c/config", Bytes("v1"), Precondition.IfAbsent);
        await store.PutAsync("c/other", Bytes("v1"), Precondition.IfAbsent);

        // Probed once per store: the server took a second If-None-Match: * PUT over an existing object.
        Assert.False(((S3ObjectStore)store).ServerEnforcesConditions);
        var warning = Assert.Single(warnings);
        Assert.Contains("ignores conditional writes", warning, StringComparison.Ordinal);
        Assert.Contains(s3.Endpoint, warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_bucket_says_how_to_create_it()
    {
        var store = s3.Open("s3://no-such-bucket-kgen/state");
        var e = await Assert.ThrowsAsync<StoreException>(() => store.GetAsync("acme/config"));
        Assert.Contains("bucket \"no-such-bucket-kgen\" does not exist", e.Message, StringComparison.Ordinal);
        Assert.Contains("aws s3 mb s3://no-such-bucket-kgen", e.Message, StringComparison.Ordinal);
        e = await Assert.ThrowsAsync<StoreException>(() => store.ListAsync(string.Empty));
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_say_what_to_check()
    {
        // s3rver does not verify SigV4 signatures, only that it knows the access key.
        var env = s3.Environment(("AWS_ACCESS_KEY_ID", "AKIANOBODYKNOWS"));
        var store = s3.Open(S3rverFixture.NewLocation(), env);
        var e = await Assert.ThrowsAsync<StoreException>(() => store.GetAsync("acme/config"));
        Assert.Contains("credentials were refused", e.Message, StringComparison.Ordinal);
        Assert.Contains("AWS_PROFILE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_says_so()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now
        var store = s3.Open(S3rverFixture.NewLocation(), s3.Environment(("AWS_ENDPOINT_URL_S3", $"http://127.0.0.1:{port}")));
        var e = await Assert.ThrowsAsync<StoreException>(() => store.GetAsync("acme/config"));
        Assert.Contains($"cannot connect to http://127.0.0.1:{port}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_location_without_a_bucket_is_refused()
    {
        var e = Assert.Throws<StoreException>(() => s3.Open("s3://"));
        Assert.Contains("names no bucket", e.Message, StringComparison.Ordinal);
    }
}
