using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// Journeys 1 and 2 of ../shared/JOURNEYS.md through the CLI, with the state store on file:// and on S3 (s3rver):
/// create, create instancegroup, edit with a scripted $EDITOR, update and the change it shows, delete; plus the
/// edit rules (invalid edits come back with their problems, unchanged edits store nothing) and concurrent edits.
/// </summary>
[Collection(S3rverCollection.Name)]
public sealed class StateJourneyTests(S3rverFixture s3) : IDisposable
{
    private const string Cluster = "acme.k8s.local";

    private readonly TempDir dir = new();

    public static TheoryData<string> Backends => new() { "file", "s3" };

    public void Dispose() => dir.Dispose();

    [Theory]
    [MemberData(nameof(Backends))]
    public void Journeys_1_and_2_create_edit_update_and_delete(string backend)
    {
        var env = Environment(backend);
        var outDir = Path.Combine(dir.Path, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "backend.tf"), "# the operator's own file stays\n");

        // Journey 1.
        var (exit, stdout, err) = CliRunner.RunWith(env, [.. JourneyOne, "--ssh-public-key", Repo.ExampleKey, "--target=terraform", "--out=" + outDir]);
        Assert.True(exit == 0, err);
        Assert.Contains($"stored cluster {Cluster} in {env["KGEN_STATE_STORE"]}/{Cluster}", stdout, StringComparison.Ordinal);
        Assert.Contains("added    kubernetes.tf", stdout, StringComparison.Ordinal);
        var first = dir.Files("out");
        // With the flow-log delivery role's trust and inline policies and the add-ons' index (the SSM parameter's value);
        // in an S3 store, Terraform writes the four node scripts and the five add-on files (data/aws_s3_object_…), in a
        // file:// store kgen has written them there.
        Assert.Equal(backend == "s3" ? 23 : 14, first.Count);
        Assert.Equal(backend == "file", stdout.Contains("kgen: node scripts and add-on files written to", StringComparison.Ordinal));
        Assert.Contains($"CONFIG_BASE='{env["KGEN_STATE_STORE"]}/{Cluster}'", first[$"data/aws_launch_template_nodes.{Cluster}_user_data"], StringComparison.Ordinal);

        (exit, stdout, err) = CliRunner.RunWith(env, "get", "clusters");
        Assert.True(exit == 0, err);
        Assert.Equal($"NAME             CLOUD   ZONES\n{Cluster}   aws     us-east-1a,us-east-1b,us-east-1c\n", stdout);

        // Journey 2: a bastion, a bigger machine type for the nodes, regenerate.
        (exit, stdout, err) = CliRunner.RunWith(env, "create", "instancegroup", "bastions", "--role", "Bastion", "--subnet", "utility-us-east-1a", "--name", Cluster);
        Assert.True(exit == 0, err);
        (exit, stdout, err) = CliRunner.RunWith(Edit(env, "s/machineType: t3.medium/machineType: t3.large/"), "edit", "instancegroup", "nodes", "--name", Cluster);
        Assert.True(exit == 0, err);
        Assert.Contains("stored InstanceGroup nodes", stdout, StringComparison.Ordinal);

        (exit, stdout, err) = CliRunner.RunWith(env, "get", "instancegroups", "--name", Cluster);
        Assert.True(exit == 0, err);
        Assert.Equal(
            """
            NAME                       ROLE           MACHINETYPE   MIN   MAX   ZONES
            bastions                   Bastion        t3.micro      1     1     us-east-1a
            control-plane-us-east-1a   ControlPlane   t3.medium     1     1     us-east-1a
            control-plane-us-east-1b   ControlPlane   t3.medium     1     1     us-east-1b
            control-plane-us-east-1c   ControlPlane   t3.medium     1     1     us-east-1c
            nodes                      Node           t3.large      3     3     us-east-1a,us-east-1b,us-east-1c

            """,
            stdout);

        (exit, stdout, err) = CliRunner.RunWith(env, "update", "cluster", Cluster, "--target=terraform", "--out=" + outDir);
        Assert.True(exit == 0, err);
        var second = dir.Files("out");
        var added = second.Keys.Except(first.Keys).ToList();
        var changed = first.Keys.Where(k => second.TryGetValue(k, out var v) && v != first[k]).ToList();
        Assert.Equal([$"data/aws_iam_role_bastions.{Cluster}_policy", $"data/aws_launch_template_bastions.{Cluster}_user_data"], added);
        Assert.Equal(["kubernetes.tf"], changed);
        Assert.Empty(first.Keys.Except(second.Keys));
        Assert.Equal(
            $"""
            kgen: cluster {Cluster}: 2 added, 1 changed, 0 removed in {outDir}
              added    data/aws_iam_role_bastions.{Cluster}_policy
              added    data/aws_launch_template_bastions.{Cluster}_user_data
              changed  kubernetes.tf
            kgen: the launch template or user-data of nodes changed: after terraform apply, their running nodes must be replaced to pick it up (e.g. aws autoscaling start-instance-refresh)

            """,
            stdout);
        Assert.Contains("instance_type = \"t3.large\"", second["kubernetes.tf"], StringComparison.Ordinal);
        Assert.Contains("resource \"aws_autoscaling_group\" \"bastions-acme-k8s-local\"", second["kubernetes.tf"], StringComparison.Ordinal);

        // Nothing changed in the spec: not a byte changes, and kgen says so.
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(outDir, "kubernetes.tf"));
        (exit, stdout, err) = CliRunner.RunWith(env, "update", "cluster", Cluster, "--target=terraform", "--out=" + outDir);
        Assert.True(exit == 0, err);
        Assert.Equal($"kgen: no changes: {outDir} already holds the output of cluster {Cluster}; nothing was written\n", stdout);
        Assert.Equal(second, dir.Files("out"));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(outDir, "kubernetes.tf")));

        // An add-on turned on: the control-plane nodes apply it after terraform apply; no node is replaced.
        (exit, _, err) = CliRunner.RunWith(Edit(env, "s/^spec:$/spec:\\n  metricsServer:\\n    enabled: true/"), "edit", "cluster", Cluster);
        Assert.True(exit == 0, err);
        (exit, stdout, err) = CliRunner.RunWith(env, "update", "cluster", Cluster, "--target=terraform", "--out=" + outDir);
        Assert.True(exit == 0, err);
        Assert.Contains("kgen: no launch template or user-data changed: no node needs replacing\n", stdout, StringComparison.Ordinal);
        Assert.Contains("kgen: add-ons that change: after terraform apply, the control-plane nodes apply them within a minute (kgen-addons.timer), replacing no node:\n  metrics-server: new, v0.", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("aws-cloud-controller-manager:", stdout, StringComparison.Ordinal);

        // Delete: first a preview, then for real.
        (exit, stdout, err) = CliRunner.RunWith(env, "delete", "cluster", Cluster);
        Assert.True(exit == 0, err);
        Assert.Contains($"  {Cluster}/instancegroup/bastions\n", stdout, StringComparison.Ordinal);
        Assert.Contains("terraform destroy", stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.RunWith(env, "get", "instancegroups", "--name", Cluster).Exit);
        (exit, stdout, err) = CliRunner.RunWith(env, "delete", "cluster", Cluster, "--yes");
        Assert.True(exit == 0, err);
        // 7 documents and keys, and the 9 secrets generation created (pki/, with the Secrets encryption keys); in a
        // file:// store the 4 node scripts and the 7 add-on files kgen wrote too (in S3, terraform destroy removes them).
        Assert.True(stdout.Contains($"removed cluster {Cluster} ({(backend == "file" ? 27 : 16)} objects)", StringComparison.Ordinal), stdout);
        (exit, _, err) = CliRunner.RunWith(env, "update", "cluster", Cluster, "--target=terraform", "--out=" + outDir);
        Assert.Equal(1, exit);
        Assert.Contains($"cluster {Cluster} not found in {env["KGEN_STATE_STORE"]}", err, StringComparison.Ordinal);
        Assert.Equal("# the operator's own file stays\n", File.ReadAllText(Path.Combine(outDir, "backend.tf")));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Creating_a_cluster_twice_says_it_exists_and_changes_nothing(string backend)
    {
        var env = Environment(backend);
        Assert.Equal(0, CliRunner.RunWith(env, JourneyOne).Exit);
        var before = CliRunner.RunWith(env, "get", "clusters", "-o", "yaml").Out;
        var (exit, _, err) = CliRunner.RunWith(env, [.. JourneyOne[..^2], "--networking", "cilium"]);
        Assert.Equal(1, exit);
        Assert.Contains($"kgen: cluster {Cluster} already exists in {env["KGEN_STATE_STORE"]}", err, StringComparison.Ordinal);
        Assert.Contains("kgen edit cluster", err, StringComparison.Ordinal);
        Assert.Equal(before, CliRunner.RunWith(env, "get", "clusters", "-o", "yaml").Out);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Get_prints_the_stored_documents_as_yaml_or_json(string backend)
    {
        var env = Environment(backend);
        Assert.Equal(0, CliRunner.RunWith(env, JourneyOne).Exit);
        var (exit, yaml, err) = CliRunner.RunWith(env, "get", "ig", "nodes", "--name", Cluster, "-o", "yaml");
        Assert.True(exit == 0, err);
        Assert.StartsWith("apiVersion: kgen.dev/v1alpha1\nkind: InstanceGroup\nmetadata:\n  name: nodes\n", yaml, StringComparison.Ordinal);
        var (_, json, _) = CliRunner.RunWith(env, "get", "ig", "nodes", "--name", Cluster, "-o", "json");
        var doc = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal(3, doc.GetProperty("spec").GetProperty("maxSize").GetInt32());
        Assert.Equal("t3.medium", doc.GetProperty("spec").GetProperty("machineType").GetString());
        var (_, clusters, _) = CliRunner.RunWith(env, "get", "clusters", "-o", "json");
        Assert.Equal($"{env["KGEN_STATE_STORE"]}/{Cluster}", System.Text.Json.JsonDocument.Parse(clusters).RootElement.GetProperty("spec").GetProperty("configBase").GetString());
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void An_invalid_edit_comes_back_with_its_problems_and_is_never_stored(string backend)
    {
        var env = Environment(backend);
        Assert.Equal(0, CliRunner.RunWith(env, JourneyOne).Exit);
        var before = CliRunner.RunWith(env, "get", "ig", "nodes", "--name", Cluster, "-o", "yaml").Out;

        // First save: minSize above maxSize. Second save (after seeing the problem): raise maxSize too.
        var script = Script("editor.sh", $"""
            n=$(cat "{dir.Path}/count" 2>/dev/null || echo 0); n=$((n+1)); echo $n > "{dir.Path}/count"
            cp "$1" "{dir.Path}/seen-$n.yaml"
            if [ $n = 1 ]; then sed -i 's/minSize: 3/minSize: 5/' "$1"; else sed -i 's/maxSize: 3/maxSize: 5/' "$1"; fi
            """);
        var (exit, stdout, err) = CliRunner.RunWith(With(env, ("EDITOR", $"sh {script}")), "edit", "ig", "nodes", "--name", Cluster);
        Assert.True(exit == 0, err);
        Assert.Contains("stored InstanceGroup nodes", stdout, StringComparison.Ordinal);

        var first = File.ReadAllText(Path.Combine(dir.Path, "seen-1.yaml"));
        var second = File.ReadAllText(Path.Combine(dir.Path, "seen-2.yaml"));
        Assert.StartsWith("# Edit the document below", first, StringComparison.Ordinal);
        Assert.DoesNotContain("kgen found", first, StringComparison.Ordinal);
        Assert.Contains("# kgen found a problem; fix it and save", second, StringComparison.Ordinal);
        var problem = second.Split('\n').Single(l => l.StartsWith("#   edit:", StringComparison.Ordinal));
        Assert.Contains("minSize", problem, StringComparison.Ordinal);
        Assert.Contains("minSize: 5", second, StringComparison.Ordinal);

        // The problem's line number points at the line in the file as shown.
        var lineNo = int.Parse(problem.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Size", second.Split('\n')[lineNo - 1], StringComparison.Ordinal);

        var after = CliRunner.RunWith(env, "get", "ig", "nodes", "--name", Cluster, "-o", "yaml").Out;
        Assert.Equal(before.Replace("maxSize: 3", "maxSize: 5").Replace("minSize: 3", "minSize: 5"), after);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void An_invalid_edit_saved_again_unchanged_is_cancelled_and_kept(string backend)
    {
        var env = Environment(backend);
        Assert.Equal(0, CliRunner.RunWith(env, JourneyOne).Exit);
        var before = CliRunner.RunWith(env, "get", "clusters", "-o", "yaml").Out;

        // Only the first run edits (an unknown field); the second saves what it was shown.
        var script = Script("editor.sh", $"""
            if [ ! -f "{dir.Path}/once" ]; then touch "{dir.Path}/once"; sed -i 's/^  cloudProvider: aws/  cloudProvider: aws\n  masterSize: huge/' "$1"; fi
            """);
        var (exit, _, err) = CliRunner.RunWith(With(env, ("EDITOR", $"sh {script}")), "edit", "cluster", Cluster);
        Assert.Equal(1, exit);
        Assert.Contains("masterSize", err, StringComparison.Ordinal);
        Assert.Contains("nothing was stored; your edit is kept in ", err, StringComparison.Ordinal);
        var kept = err.Split("your edit is kept in ")[1].Trim();
        Assert.Contains("masterSize: huge", File.ReadAllText(kept), StringComparison.Ordinal);
        File.Delete(kept);
        Assert.Equal(before, CliRunner.RunWith(env, "get", "clusters", "-o", "yaml").Out);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void An_unchanged_edit_stores_nothing(string backend)
    {
        var env = Environment(backend);
        Assert.Equal(0, CliRunner.RunWith(env, JourneyOne).Exit);
        var (exit, stdout, err) = CliRunner.RunWith(With(env, ("EDITOR", "true")), "edit", "cluster", Cluster);
        Assert.True(exit == 0, err);
        Assert.Equal($"kgen: no changes to Cluster {Cluster}; nothing was stored\n", stdout);

        // A failing editor stores nothing either.
        (exit, _, err) = CliRunner.RunWith(With(env, ("EDITOR", "false")), "edit", "cluster", Cluster);
        Assert.Equal(1, exit);
        Assert.Contains("exited with code 1; nothing was stored", err, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Two_people_editing_at_once_get_a_conflict_and_nothing_is_lost(string backend)
    {
        var env = Environment(backend);
        Assert.Equal(0, CliRunner.RunWith(env, JourneyOne).Exit);

        // Alice's editor makes her change, then waits (bounded) until Bob has stored his.
        var aliceEdited = Path.Combine(dir.Path, "alice-edited");
        var bobDone = Path.Combine(dir.Path, "bob-done");
        var alice = Script("alice.sh", $"""
            sed -i 's/minSize: 3/minSize: 4/; s/maxSize: 3/maxSize: 4/' "$1"
            touch "{aliceEdited}"
            i=0; while [ ! -f "{bobDone}" ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done
            """);
        var aliceRun = Task.Run(() => CliRunner.RunWith(With(env, ("EDITOR", $"sh {alice}")), "edit", "ig", "nodes", "--name", Cluster));
        for (var i = 0; i < 600 && !File.Exists(aliceEdited); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(File.Exists(aliceEdited), "alice's editor ran");
        var bob = CliRunner.RunWith(Edit(env, "s/machineType: t3.medium/machineType: t3.large/"), "edit", "ig", "nodes", "--name", Cluster);
        Assert.True(bob.Exit == 0, bob.Err);
        await File.WriteAllTextAsync(bobDone, string.Empty);

        var (exit, _, err) = await aliceRun;
        Assert.Equal(1, exit);
        Assert.Contains("kgen: conflict: ", err, StringComparison.Ordinal);
        Assert.Contains($"{Cluster}/instancegroup/nodes was changed by someone else since it was read", err, StringComparison.Ordinal);
        Assert.Contains("your edit was not stored and is kept in ", err, StringComparison.Ordinal);

        // Bob's change is stored; Alice's is kept where the message says.
        var stored = CliRunner.RunWith(env, "get", "ig", "nodes", "--name", Cluster, "-o", "yaml").Out;
        Assert.Contains("machineType: t3.large", stored, StringComparison.Ordinal);
        Assert.Contains("minSize: 3", stored, StringComparison.Ordinal);
        var kept = err.Split("is kept in ")[1].Split(':')[0].Trim();
        Assert.Contains("minSize: 4", File.ReadAllText(kept), StringComparison.Ordinal);
        File.Delete(kept);

        // Alice edits again and both changes are there.
        (exit, _, err) = CliRunner.RunWith(Edit(env, "s/minSize: 3/minSize: 4/; s/maxSize: 3/maxSize: 4/"), "edit", "ig", "nodes", "--name", Cluster);
        Assert.True(exit == 0, err);
        stored = CliRunner.RunWith(env, "get", "ig", "nodes", "--name", Cluster, "-o", "yaml").Out;
        Assert.Contains("machineType: t3.large", stored, StringComparison.Ordinal);
        Assert.Contains("minSize: 4", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_bucket_is_a_clear_error_from_every_command()
    {
        var env = s3.Environment(("KGEN_STATE_STORE", "s3://no-such-bucket-kgen"));
        foreach (var args in new[] { JourneyOne, ["get", "clusters"], ["update", "cluster", Cluster, "--out", dir.Path] })
        {
            var (exit, _, err) = CliRunner.RunWith(env, args);
            Assert.Equal(1, exit);
            Assert.Contains("bucket \"no-such-bucket-kgen\" does not exist", err, StringComparison.Ordinal);
            Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
        }
    }

    private static readonly string[] JourneyOne =
    [
        "create", "cluster", Cluster,
        "--zones", "us-east-1a,us-east-1b,us-east-1c",
        "--master-zones", "us-east-1a,us-east-1b,us-east-1c",
        "--master-count", "3", "--node-count", "3",
        "--master-size", "t3.medium", "--node-size", "t3.medium",
        "--topology", "private", "--networking", "flannel",
    ];

    private Dictionary<string, string> Environment(string backend) => backend switch
    {
        "file" => new() { ["KGEN_STATE_STORE"] = "file://" + Path.Combine(dir.Path, "state") },
        _ => s3.Environment(("KGEN_STATE_STORE", S3rverFixture.NewLocation())),
    };

    private static Dictionary<string, string> Edit(Dictionary<string, string> env, string sedScript) =>
        With(env, ("EDITOR", $"sed -i '{sedScript}'"));

    private static Dictionary<string, string> With(Dictionary<string, string> env, params (string Name, string Value)[] extra)
    {
        var copy = new Dictionary<string, string>(env);
        foreach (var (name, value) in extra)
        {
            copy[name] = value;
        }

        return copy;
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(dir.Path, name);
        File.WriteAllText(path, "#!/bin/sh\nset -e\n" + body.ReplaceLineEndings("\n") + "\n");
        return path;
    }
}
