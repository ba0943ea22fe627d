using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kgen.Model;
using Kgen.Operations;
using Kgen.Store;
using Kgen.Store.Pki;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// <c>kgen validate cluster</c> against a local HTTPS Kubernetes API stand-in on 127.0.0.1, through the kubeconfig
/// that <c>kgen export kubeconfig</c> writes (the server certificate is signed by the cluster CA for the internal API
/// name, as on a real cluster): the ready cluster, each failing check, retries, the third poll, the deadline.
/// </summary>
public sealed class ValidateClusterTests : IAsyncLifetime, IDisposable
{
    private const string Name = "minimal.k8s.local";
    private const string Worker = "i-0a1b2c3d4e5f6a702";

    /// <summary>A state store with the cluster's PKI, made once (RSA key generation is slow).</summary>
    private static readonly Lazy<string> State = new(() =>
    {
        var folder = Path.Combine(TestWorkingDirectory.Path, "validate-tests-state");
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("minimal.yaml")), "minimal.yaml");
        // The spec as kgen create stores it, so validate can read it from the store by the cluster's name.
        new ClusterStore(ObjectStores.Open("file://" + folder)).CreateAsync(spec, null).GetAwaiter().GetResult();
        ClusterSecrets.EnsureAsync(ObjectStores.Open("file://" + Path.Combine(folder, Name)), spec.Resolve()).GetAwaiter().GetResult();
        return folder;
    });

    private readonly TempDir dir = new();
    private KubernetesStandIn api = null!;
    private string kubeconfig = null!;

    public async Task InitializeAsync()
    {
        var pki = Path.Combine(State.Value, Name, "pki");
        using var ca = X509Certificate2.CreateFromPemFile(Path.Combine(pki, "ca.crt"), Path.Combine(pki, "ca.key"));
        api = await KubernetesStandIn.StartAsync(ca, "api.internal." + Name);
        kubeconfig = Path.Combine(dir.Path, "kube", "config");
        var (exit, _, err) = CliRunner.Run("export", "kubeconfig", Name, "--admin", "--state", "file://" + State.Value, "--server", api.Url, "--kubeconfig", kubeconfig);
        Assert.True(exit == 0, err);
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void A_ready_cluster_passes_every_check_through_the_exported_kubeconfig()
    {
        var (exit, stdout, err) = Validate();

        Assert.True(exit == 0, stdout + err);
        Assert.Contains("tls-server-name: api.internal." + Name, File.ReadAllText(kubeconfig), StringComparison.Ordinal);
        Assert.Contains("2 Ready of minimum 2", Row(stdout, "nodes of nodes "), StringComparison.Ordinal);
        Assert.Contains("1 Ready of minimum 1", Row(stdout, "nodes of control-plane-eu-west-1a "), StringComparison.Ordinal);
        Assert.Contains("none of 3 nodes", Row(stdout, "nodes of unknown groups "), StringComparison.Ordinal);
        foreach (var component in new[] { "etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler" })
        {
            Assert.Contains("  pass  ", Row(stdout, $"control plane: {component} "), StringComparison.Ordinal);
        }

        // The Pending pod and the unavailable deployment of the default namespace are not the cluster's.
        Assert.Contains("12 pods in kube-* namespaces Ready", Row(stdout, "system pods "), StringComparison.Ordinal);
        Assert.Contains("3 deployments and daemon sets in kube-* namespaces available", Row(stdout, "add-on workloads "), StringComparison.Ordinal);
        Assert.EndsWith($"{Name}: 9 passed, 0 failed, 0 not checked: ok\nYour cluster {Name} is ready\n", stdout, StringComparison.Ordinal);

        // Read-only without the smoke test.
        Assert.All(api.Calls, c => Assert.StartsWith("GET ", c, StringComparison.Ordinal));
    }

    [Fact]
    public void The_spec_can_come_from_the_state_store_by_the_cluster_name()
    {
        var (exit, stdout, err) = CliRunner.Run("validate", "cluster", Name, "--state", "file://" + State.Value, "--kubeconfig", kubeconfig);

        Assert.True(exit == 0, stdout + err);
        Assert.Equal(Validate().Out, stdout);

        var (missing, _, missingErr) = CliRunner.Run("validate", "cluster", "other.k8s.local", "--state", "file://" + State.Value, "--kubeconfig", kubeconfig);
        Assert.Equal(1, missing);
        Assert.Contains("other.k8s.local", missingErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", missingErr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_eks_cluster_counts_nodes_by_their_managed_node_group_and_leaves_the_control_plane_to_eks()
    {
        // The recorded cluster's two workers as EKS labels them (eks.amazonaws.com/nodegroup), and no control-plane node.
        var list = JsonNode.Parse(KubernetesStandIn.Recorded("nodes.json"))!;
        var items = list["items"]!.AsArray();
        foreach (var node in items.ToList())
        {
            var labels = node!["metadata"]!["labels"]!.AsObject();
            if ((string?)labels[ClusterValidation.InstanceGroupLabel] != "nodes")
            {
                items.Remove(node);
                continue;
            }

            labels.Remove(ClusterValidation.InstanceGroupLabel);
            labels[ClusterValidation.EksNodeGroupLabel] = "workers";
        }

        api.Set("GET /api/v1/nodes", _ => KubernetesStandIn.Json(list.ToJsonString()));

        var (exit, stdout, err) = CliRunner.Run("validate", "cluster", "eks-minimal", "-f", Repo.Example("eks-minimal.yaml"), "--kubeconfig", kubeconfig, "--context", Name);

        Assert.True(exit == 0, stdout + err);
        Assert.Contains("2 Ready of minimum", Row(stdout, "nodes of workers "), StringComparison.Ordinal);
        Assert.Contains("none of 2 nodes", Row(stdout, "nodes of unknown groups "), StringComparison.Ordinal);
        Assert.Contains("managed by EKS; the API answered", Row(stdout, "control plane (EKS) "), StringComparison.Ordinal);
        Assert.DoesNotContain("control plane: etcd", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_for_pipelines()
    {
        api.Set("GET /api/v1/nodes", _ => KubernetesStandIn.Json(KubernetesStandIn.NodeNotReady(Worker)));

        var (exit, stdout, _) = Validate("-o", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(json.RootElement.GetProperty("passed").GetBoolean());
        var failed = json.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("result").GetString() == "fail");
        Assert.Equal("nodes of nodes", failed.GetProperty("check").GetString());
        Assert.Equal(DiagnosticCodes.GroupNodesNotReady, failed.GetProperty("code").GetString());
    }

    [Fact]
    public void A_group_short_of_Ready_nodes_fails_and_names_the_node()
    {
        api.Set("GET /api/v1/nodes", _ => KubernetesStandIn.Json(KubernetesStandIn.NodeNotReady(Worker)));

        var row = FailingRow("nodes of nodes ");

        Assert.Contains($"1 Ready of minimum 2; not Ready: {Worker}", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_node_of_an_unknown_group_or_without_the_label_fails()
    {
        var list = JsonNode.Parse(KubernetesStandIn.Recorded("nodes.json"))!;
        var items = list["items"]!.AsArray();
        var stranger = items[2]!.DeepClone();
        stranger["metadata"]!["name"] = "i-0stranger";
        stranger["metadata"]!["labels"]!["kgen.dev/instancegroup"] = "gpu";
        var unlabelled = items[2]!.DeepClone();
        unlabelled["metadata"]!["name"] = "i-0unlabelled";
        unlabelled["metadata"]!["labels"]!.AsObject().Remove("kgen.dev/instancegroup");
        items.Add(stranger);
        items.Add(unlabelled);
        api.Set("GET /api/v1/nodes", _ => KubernetesStandIn.Json(list.ToJsonString()));

        var row = FailingRow("nodes of unknown groups ");

        Assert.Contains("i-0stranger (kgen.dev/instancegroup=gpu), i-0unlabelled (no kgen.dev/instancegroup label)", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_plane_component_that_is_not_Ready_fails()
    {
        api.Set("GET /api/v1/pods", _ => KubernetesStandIn.Json(PodNotReady("kube-scheduler-i-0a1b2c3d4e5f6a701")));

        var (exit, stdout, _) = Validate();

        Assert.Equal(1, exit);
        Assert.Contains("0 Ready of 1; not Ready: kube-scheduler-i-0a1b2c3d4e5f6a701", Row(stdout, "control plane: kube-scheduler "), StringComparison.Ordinal);
        Assert.Contains("not Ready: kube-system/kube-scheduler-i-0a1b2c3d4e5f6a701 (Running)", Row(stdout, "system pods "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_system_pod_that_is_not_Ready_fails()
    {
        api.Set("GET /api/v1/pods", _ => KubernetesStandIn.Json(PodNotReady("kube-flannel-ds-8mt4c")));

        Assert.Contains("not Ready: kube-flannel/kube-flannel-ds-8mt4c", FailingRow("system pods "), StringComparison.Ordinal);
    }

    [Fact]
    public void An_add_on_workload_that_is_not_available_fails()
    {
        api.Set("GET /apis/apps/v1/daemonsets", _ => KubernetesStandIn.Json(KubernetesStandIn.Recorded("daemonsets.json").Replace("\"numberAvailable\": 3", "\"numberAvailable\": 2", StringComparison.Ordinal)));

        var row = FailingRow("add-on workloads ");

        Assert.Contains("daemon set kube-flannel/kube-flannel-ds 2/3 available", row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_smoke_test_runs_a_pod_that_resolves_a_service_name_and_removes_it()
    {
        api.Set("GET /api/v1/namespaces/default/pods/*", n => KubernetesStandIn.Json(SmokePod(n == 1 ? "Pending" : "Succeeded", exitCode: 0)));

        var (exit, stdout, err) = Validate("--smoke-test");

        Assert.True(exit == 0, stdout + err);
        Assert.Contains("resolved kubernetes.default.svc and was removed", Row(stdout, "smoke test: pod and cluster DNS "), StringComparison.Ordinal);
        Assert.Contains("POST /api/v1/namespaces/default/pods", api.Calls);
        Assert.Contains("DELETE /api/v1/namespaces/default/pods/*", api.Calls);
        Assert.All(api.Calls.Where(c => !c.StartsWith("GET ", StringComparison.Ordinal)), c => Assert.Contains("/namespaces/default/pods", c, StringComparison.Ordinal));
    }

    [Fact]
    public void A_failing_smoke_test_fails_and_still_removes_its_pod()
    {
        api.Set("GET /api/v1/namespaces/default/pods/*", _ => KubernetesStandIn.Json(SmokePod("Failed", exitCode: 1)));

        var (exit, stdout, _) = Validate("--smoke-test");

        Assert.Equal(1, exit);
        Assert.Contains("nslookup kubernetes.default.svc failed: exit code 1 (Error)", Row(stdout, "smoke test: pod and cluster DNS "), StringComparison.Ordinal);
        Assert.Contains("DELETE /api/v1/namespaces/default/pods/*", api.Calls);
    }

    [Fact]
    public void A_throttled_API_is_retried_and_then_succeeds()
    {
        api.Set("GET /api/v1/nodes", n => n <= 2 ? KubernetesStandIn.Status(429, "TooManyRequests", "too many requests") : KubernetesStandIn.Json(KubernetesStandIn.Recorded("nodes.json")));

        var (exit, stdout, err) = Validate();

        Assert.True(exit == 0, stdout + err);
        Assert.Equal(3, api.Calls.Count(c => c == "GET /api/v1/nodes"));
    }

    [Fact]
    public void An_API_that_keeps_failing_is_retried_then_reported_clearly()
    {
        api.Set("GET /api/v1/nodes", _ => KubernetesStandIn.Status(500, "InternalError", "etcdserver: request timed out"));

        var row = FailingRow("kubernetes API ");

        Assert.Contains("could not list nodes: HTTP 500 InternalServerError (after 3 attempts)", row, StringComparison.Ordinal);
        Assert.Equal(3, api.Calls.Count(c => c == "GET /api/v1/nodes"));
    }

    [Fact]
    public void With_wait_a_cluster_Ready_only_on_the_third_poll_passes()
    {
        api.Set("GET /api/v1/nodes", n => KubernetesStandIn.Json(n < 3 ? KubernetesStandIn.NodeNotReady(Worker) : KubernetesStandIn.Recorded("nodes.json")));

        var (exit, stdout, err) = Validate("--wait", "2m", "--interval", "1s");

        Assert.True(exit == 0, stdout + err);
        Assert.Equal(3, api.Calls.Count(c => c == "GET /api/v1/nodes"));
        Assert.Contains($"kgen: validation 1: still failing: nodes of nodes: 1 Ready of minimum 2; not Ready: {Worker}", err, StringComparison.Ordinal);
        Assert.Contains("kgen: validation 2: still failing:", err, StringComparison.Ordinal);
        Assert.DoesNotContain("validation 3", err, StringComparison.Ordinal);
        Assert.EndsWith($"Your cluster {Name} is ready\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Wait_stops_at_its_deadline_with_the_failures_it_still_sees()
    {
        api.Set("GET /api/v1/nodes", _ => KubernetesStandIn.Json(KubernetesStandIn.NodeNotReady(Worker)));

        var (exit, stdout, err) = Validate("--wait", "3s", "--interval", "1s");

        Assert.Equal(1, exit);
        var polls = api.Calls.Count(c => c == "GET /api/v1/nodes");
        Assert.InRange(polls, 1, 4); // at least the first poll, and none after the deadline (a loaded machine may fit only one in 3 s)
        Assert.Contains("kgen: gave up after 3s", err, StringComparison.Ordinal);
        Assert.Contains("1 checks still fail", err, StringComparison.Ordinal);
        Assert.Contains($"not Ready: {Worker}", Row(stdout, "nodes of nodes "), StringComparison.Ordinal);
        Assert.EndsWith($"Validation failed: your cluster {Name} is not ready\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_kubeconfig_or_context_says_how_to_write_it()
    {
        var (exit, _, err) = CliRunner.Run("validate", "cluster", Name, "-f", Repo.Example("minimal.yaml"), "--kubeconfig", Path.Combine(dir.Path, "nothing"));
        Assert.Equal(1, exit);
        Assert.Contains($"no such file; write it with kgen export kubeconfig {Name} --admin", err, StringComparison.Ordinal);

        (exit, _, err) = Validate("--context", "other");
        Assert.Equal(1, exit);
        Assert.Contains("context other", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_mistakes_are_clear()
    {
        var (exit, _, err) = Validate("--wait", "soon");
        Assert.Equal(1, exit);
        Assert.Contains("--wait \"soon\" is not a duration", err, StringComparison.Ordinal);

        (exit, _, err) = CliRunner.Run("validate", "cluster", "other.k8s.local", "-f", Repo.Example("minimal.yaml"), "--kubeconfig", kubeconfig);
        Assert.Equal(1, exit);
        Assert.Contains("is the spec of minimal.k8s.local, not other.k8s.local", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_waits_and_reports_each_attempt()
    {
        api.Set("GET /api/v1/nodes", n => KubernetesStandIn.Json(n < 3 ? KubernetesStandIn.NodeNotReady(Worker) : KubernetesStandIn.Recorded("nodes.json")));
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("minimal.yaml")), "minimal.yaml");
        var seen = new List<bool>();

        var result = await ClusterValidation.WaitAsync(spec, TimeSpan.FromMinutes(1), new ValidateOptions
        {
            Kubeconfig = kubeconfig,
            PollInterval = TimeSpan.FromMilliseconds(100),
            OnAttempt = (_, report) => seen.Add(report.Passed),
        });

        Assert.False(result.TimedOut);
        Assert.Equal(3, result.Attempts);
        Assert.Equal([false, false, true], seen);
        Assert.True(result.Report.Passed);
    }

    private static string PodNotReady(string name)
    {
        var list = JsonNode.Parse(KubernetesStandIn.Recorded("pods.json"))!;
        var pod = list["items"]!.AsArray().Single(p => (string?)p!["metadata"]!["name"] == name)!;
        pod["status"]!["conditions"]![0]!["status"] = "False";
        return list.ToJsonString();
    }

    private static string SmokePod(string phase, int exitCode)
    {
        var state = phase == "Pending"
            ? new JsonObject { ["waiting"] = new JsonObject { ["reason"] = "ContainerCreating" } }
            : new JsonObject { ["terminated"] = new JsonObject { ["exitCode"] = exitCode, ["reason"] = exitCode == 0 ? "Completed" : "Error" } };
        var pod = new JsonObject
        {
            ["kind"] = "Pod",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject { ["name"] = "kgen-smoke", ["namespace"] = "default", ["labels"] = new JsonObject { ["kgen.dev/smoke-test"] = "true" } },
            ["spec"] = new JsonObject { ["restartPolicy"] = "Never", ["containers"] = new JsonArray(new JsonObject { ["name"] = "resolve", ["image"] = ClusterValidation.SmokeTestImage }) },
            ["status"] = new JsonObject
            {
                ["phase"] = phase,
                ["containerStatuses"] = new JsonArray(new JsonObject { ["name"] = "resolve", ["image"] = ClusterValidation.SmokeTestImage, ["imageID"] = string.Empty, ["ready"] = false, ["restartCount"] = 0, ["state"] = state }),
            },
        };
        return pod.ToJsonString();
    }

    private static string Row(string table, string start) =>
        table.Split('\n').FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no row \"{start}\" in\n{table}");

    private (int Exit, string Out, string Err) Validate(params string[] extra) =>
        CliRunner.Run(["validate", "cluster", Name, "-f", Repo.Example("minimal.yaml"), "--kubeconfig", kubeconfig, .. extra]);

    private string FailingRow(string start)
    {
        var (exit, stdout, err) = Validate();
        Assert.True(exit == 1, stdout + err);
        var row = Row(stdout, start);
        Assert.Contains("  fail  ", row, StringComparison.Ordinal);
        Assert.EndsWith($"Validation failed: your cluster {Name} is not ready\n", stdout, StringComparison.Ordinal);
        return row;
    }
}
