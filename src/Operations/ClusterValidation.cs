using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using k8s;
using k8s.Autorest;
using k8s.Exceptions;
using k8s.Models;
using Kgen.Generator.Bootstrap;
using Kgen.Model;

namespace Kgen.Operations;

/// <summary>How to validate a running cluster.</summary>
public sealed record ValidateOptions
{
    /// <summary>The kubeconfig file (as <c>kgen export kubeconfig</c> writes it); null for the first file in <c>$KUBECONFIG</c>, else <c>~/.kube/config</c>.</summary>
    public string? Kubeconfig { get; init; }

    /// <summary>The kubeconfig context; null for the cluster's name (the context <c>kgen export kubeconfig</c> writes).</summary>
    public string? Context { get; init; }

    /// <summary>Reads an environment variable (<c>KUBECONFIG</c>); the process environment by default.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Also run the smoke test: a pod in <see cref="SmokeTestNamespace"/> that resolves the API's service name through cluster DNS, removed afterwards.</summary>
    public bool SmokeTest { get; init; }

    /// <summary>The namespace of the smoke test's pod (it must exist). Default <c>default</c>.</summary>
    public string SmokeTestNamespace { get; init; } = "default";

    /// <summary>How long the smoke test's pod may take to finish. Default 2 minutes.</summary>
    public TimeSpan SmokeTestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Time between two validations while waiting. Default 10 seconds.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a failed API call (connection, 429, 5xx) is retried within one validation. Default 2.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Receives each validation's report while waiting (attempt number from 1), e.g. to print what still fails.</summary>
    public Action<int, CheckReport>? OnAttempt { get; init; }
}

/// <summary>The result of <see cref="ClusterValidation.WaitAsync"/>.</summary>
/// <param name="Report">The last validation's report.</param>
/// <param name="Attempts">How many validations ran.</param>
/// <param name="TimedOut">True when the time ran out before every check passed.</param>
public sealed record ValidationResult(CheckReport Report, int Attempts, bool TimedOut);

/// <summary>
/// <c>kgen validate cluster</c>: checks the running cluster through its kubeconfig, kops-style: every instance group
/// has at least its minimum of Ready nodes (nodes carry the instance-group label their kubelet registers), no node
/// belongs to an unknown group, the control-plane components and the pods and workloads of the system namespaces
/// (<c>kube-*</c>) are Ready, and optionally a smoke test. Read-only, except the smoke test's own pod, which it deletes.
/// </summary>
public static class ClusterValidation
{
    /// <summary>The label every node carries with its instance group's name (set by the kubelet's configuration).</summary>
    public const string InstanceGroupLabel = BootstrapDefaults.InstanceGroupLabel;

    /// <summary>The label EKS puts on every node of a managed node group: the node group's name (kgen names it after the instance group).</summary>
    public const string EksNodeGroupLabel = "eks.amazonaws.com/nodegroup";

    /// <summary>The label of the smoke test's pod.</summary>
    public const string SmokeTestLabel = "kgen.dev/smoke-test";

    /// <summary>The smoke test's image: busybox from the registry every node already reaches.</summary>
    public const string SmokeTestImage = "registry.k8s.io/e2e-test-images/busybox:1.36.1-1";

    private static readonly string[] ControlPlaneComponents = ["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler"];

    /// <summary>Validates once.</summary>
    /// <exception cref="SpecException">The spec has problems.</exception>
    /// <exception cref="OperationsException">The kubeconfig or its context cannot be used.</exception>
    public static async Task<CheckReport> ValidateAsync(ClusterSpec spec, ValidateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        options ??= new ValidateOptions();
        var cluster = spec.Resolve();
        using var client = Connect(cluster.Name, options);
        return await ValidateAsync(cluster, client, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Validates until every check passes or <paramref name="wait"/> has passed, every <see cref="ValidateOptions.PollInterval"/>;
    /// each report goes to <see cref="ValidateOptions.OnAttempt"/>.
    /// </summary>
    /// <exception cref="SpecException">The spec has problems.</exception>
    /// <exception cref="OperationsException">The kubeconfig or its context cannot be used.</exception>
    public static async Task<ValidationResult> WaitAsync(ClusterSpec spec, TimeSpan wait, ValidateOptions? options = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        options ??= new ValidateOptions();
        time ??= TimeProvider.System;
        var cluster = spec.Resolve();
        using var client = Connect(cluster.Name, options);
        var deadline = time.GetUtcNow() + wait;
        for (var attempt = 1; ; attempt++)
        {
            var report = await ValidateAsync(cluster, client, options, cancellationToken).ConfigureAwait(false);
            options.OnAttempt?.Invoke(attempt, report);
            if (report.Passed)
            {
                return new ValidationResult(report, attempt, TimedOut: false);
            }

            if (time.GetUtcNow() + options.PollInterval > deadline)
            {
                return new ValidationResult(report, attempt, TimedOut: true);
            }

            await Task.Delay(options.PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Kubernetes Connect(string clusterName, ValidateOptions options)
    {
        var path = options.Kubeconfig ?? DefaultKubeconfig(options.Environment);
        var context = options.Context ?? clusterName;
        if (!File.Exists(path))
        {
            throw new OperationsException($"kubeconfig {path}: no such file; write it with kgen export kubeconfig {clusterName} --admin (or pass --kubeconfig)");
        }

        try
        {
            var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(path, currentContext: context);
            config.HttpClientTimeout = TimeSpan.FromSeconds(30);
            return new Kubernetes(config);
        }
        catch (KubeConfigException e)
        {
            throw new OperationsException($"kubeconfig {path}, context {context}: {e.Message}; write it with kgen export kubeconfig {clusterName} --admin (or pass --kubeconfig, --context)", e);
        }
    }

    private static string DefaultKubeconfig(Func<string, string?> environment)
    {
        var fromEnvironment = (environment("KUBECONFIG") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
        return fromEnvironment ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile, System.Environment.SpecialFolderOption.DoNotVerify), ".kube", "config");
    }

    private static async Task<CheckReport> ValidateAsync(Cluster cluster, Kubernetes client, ValidateOptions options, CancellationToken ct)
    {
        var rows = new List<CheckResult>();
        V1NodeList nodes;
        V1PodList pods;
        V1DeploymentList deployments;
        V1DaemonSetList daemonSets;
        try
        {
            nodes = await CallAsync("list nodes", c => client.CoreV1.ListNodeAsync(cancellationToken: c), options, ct).ConfigureAwait(false);
            pods = await CallAsync("list pods", c => client.CoreV1.ListPodForAllNamespacesAsync(cancellationToken: c), options, ct).ConfigureAwait(false);
            deployments = await CallAsync("list deployments", c => client.AppsV1.ListDeploymentForAllNamespacesAsync(cancellationToken: c), options, ct).ConfigureAwait(false);
            daemonSets = await CallAsync("list daemon sets", c => client.AppsV1.ListDaemonSetForAllNamespacesAsync(cancellationToken: c), options, ct).ConfigureAwait(false);
        }
        catch (ApiFailure e)
        {
            rows.Add(CheckResult.Failed("kubernetes API", DiagnosticCodes.KubernetesApiUnavailable, e.Message, $"check that the API at {client.BaseUri} is up and the kubeconfig's credential is current (kgen export kubeconfig {cluster.Name} --admin)"));
            return new CheckReport(cluster.Name, rows);
        }

        NodeRows(cluster, nodes.Items ?? [], rows);
        var system = (pods.Items ?? []).Where(p => IsSystemNamespace(p.Metadata?.NamespaceProperty)).ToList();
        ControlPlaneRows(cluster, system, rows);
        SystemPodRows(system, rows);
        WorkloadRows(deployments.Items ?? [], daemonSets.Items ?? [], rows);
        if (options.SmokeTest && rows.All(r => r.Outcome != CheckOutcome.Fail))
        {
            rows.Add(await SmokeTestAsync(client, options, ct).ConfigureAwait(false));
        }

        return new CheckReport(cluster.Name, rows);
    }

    private static bool IsSystemNamespace(string? ns) => ns is not null && ns.StartsWith("kube-", StringComparison.Ordinal);

    private static bool IsReady(V1Node node) => node.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true;

    private static bool IsReady(V1Pod pod) => pod.Status?.Phase == "Succeeded" || (pod.Status?.Phase == "Running" && pod.Status.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Names(IEnumerable<string> names, int max = 5)
    {
        var list = names.Order(StringComparer.Ordinal).ToList();
        return list.Count <= max ? string.Join(", ", list) : string.Join(", ", list.Take(max)) + $" and {Count(list.Count - max)} more";
    }

    private static void NodeRows(Cluster cluster, IList<V1Node> nodes, List<CheckResult> rows)
    {
        var groups = cluster.InstanceGroups.Where(g => g.Role != InstanceGroupRole.Bastion).ToList();
        var label = cluster.Eks is null ? InstanceGroupLabel : EksNodeGroupLabel;
        string? GroupOf(V1Node n) => n.Metadata?.Labels?.TryGetValue(label, out var g) == true ? g : null;
        foreach (var group in groups)
        {
            var members = nodes.Where(n => GroupOf(n) == group.Name).ToList();
            var ready = members.Where(IsReady).Select(n => n.Metadata.Name).ToList();
            var notReady = members.Where(n => !IsReady(n)).Select(n => n.Metadata.Name).ToList();
            var found = $"{Count(ready.Count)} Ready of minimum {Count(group.MinSize)}" + (notReady.Count > 0 ? $"; not Ready: {Names(notReady)}" : string.Empty);
            var check = $"nodes of {group.Name}";
            rows.Add(ready.Count >= group.MinSize
                ? CheckResult.Passed(check, found)
                : CheckResult.Failed(check, DiagnosticCodes.GroupNodesNotReady, found, $"wait for the group's machines to join; on one that does not, read its boot log (aws ec2 get-console-output, or /var/log/kgen-bootstrap.log on the node; docs/node-bootstrap.md)"));
        }

        var known = groups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var strangers = nodes.Where(n => GroupOf(n) is not { } g || !known.Contains(g))
            .Select(n => GroupOf(n) is { } g ? $"{n.Metadata.Name} ({label}={g})" : $"{n.Metadata.Name} (no {label} label)").ToList();
        rows.Add(strangers.Count == 0
            ? CheckResult.Passed("nodes of unknown groups", $"none of {Count(nodes.Count)} nodes")
            : CheckResult.Failed("nodes of unknown groups", DiagnosticCodes.NodeOfUnknownGroup, Names(strangers), "remove the machines of groups the spec no longer has, or add the groups to the spec"));
    }

    private static void ControlPlaneRows(Cluster cluster, List<V1Pod> system, List<CheckResult> rows)
    {
        if (cluster.Eks is not null)
        {
            // EKS runs etcd, the API server, the controller manager and the scheduler out of sight: that the API answered the lists is what can be seen.
            rows.Add(CheckResult.Passed("control plane (EKS)", "managed by EKS; the API answered"));
            return;
        }

        var expected = cluster.ControlPlaneGroups.Sum(g => g.MinSize);
        foreach (var component in ControlPlaneComponents)
        {
            var instances = system.Where(p => p.Metadata?.NamespaceProperty == "kube-system" && p.Metadata.Labels?.TryGetValue("component", out var c) == true && c == component).ToList();
            var ready = instances.Count(IsReady);
            var found = $"{Count(ready)} Ready of {Count(expected)}";
            var check = $"control plane: {component}";
            rows.Add(ready >= expected
                ? CheckResult.Passed(check, found)
                : CheckResult.Failed(check, DiagnosticCodes.SystemPodsNotReady, found + (instances.Count > ready ? $"; not Ready: {Names(instances.Where(p => !IsReady(p)).Select(p => p.Metadata.Name))}" : string.Empty), $"kubectl -n kube-system describe pod -l component={component}; on the node: crictl ps -a, journalctl -u kubelet"));
        }
    }

    private static void SystemPodRows(List<V1Pod> system, List<CheckResult> rows)
    {
        var notReady = system.Where(p => !IsReady(p)).Select(p => $"{p.Metadata.NamespaceProperty}/{p.Metadata.Name} ({p.Status?.Phase ?? "unknown"})").ToList();
        rows.Add(notReady.Count == 0
            ? CheckResult.Passed("system pods", $"{Count(system.Count)} pods in kube-* namespaces Ready")
            : CheckResult.Failed("system pods", DiagnosticCodes.SystemPodsNotReady, $"not Ready: {Names(notReady)}", "kubectl describe pod and kubectl logs on each; a pod Pending for long often lacks a node, an image or the CNI"));
    }

    private static void WorkloadRows(IList<V1Deployment> deployments, IList<V1DaemonSet> daemonSets, List<CheckResult> rows)
    {
        var short_ = new List<string>();
        var count = 0;
        foreach (var d in deployments.Where(d => IsSystemNamespace(d.Metadata?.NamespaceProperty)))
        {
            count++;
            var want = d.Spec?.Replicas ?? 1;
            var have = d.Status?.AvailableReplicas ?? 0;
            if (have < want)
            {
                short_.Add($"deployment {d.Metadata.NamespaceProperty}/{d.Metadata.Name} {Count(have)}/{Count(want)} available");
            }
        }

        foreach (var s in daemonSets.Where(s => IsSystemNamespace(s.Metadata?.NamespaceProperty)))
        {
            count++;
            var want = s.Status?.DesiredNumberScheduled ?? 0;
            var have = s.Status?.NumberAvailable ?? 0;
            if (have < want)
            {
                short_.Add($"daemon set {s.Metadata.NamespaceProperty}/{s.Metadata.Name} {Count(have)}/{Count(want)} available");
            }
        }

        rows.Add(short_.Count == 0
            ? CheckResult.Passed("add-on workloads", $"{Count(count)} deployments and daemon sets in kube-* namespaces available")
            : CheckResult.Failed("add-on workloads", DiagnosticCodes.SystemPodsNotReady, Names(short_), "kubectl describe the workload and its pods (kubectl -n NAMESPACE get events)"));
    }

    /// <summary>A pod that resolves <c>kubernetes.default.svc</c> through cluster DNS and exits; deleted whatever happened.</summary>
    private static async Task<CheckResult> SmokeTestAsync(Kubernetes client, ValidateOptions options, CancellationToken ct)
    {
        const string check = "smoke test: pod and cluster DNS";
        var name = "kgen-smoke-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var ns = options.SmokeTestNamespace;
        var pod = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { [SmokeTestLabel] = "true" } },
            Spec = new V1PodSpec
            {
                RestartPolicy = "Never",
                ActiveDeadlineSeconds = (long)options.SmokeTestTimeout.TotalSeconds,
                SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, RunAsUser = 65534, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
                Containers =
                [
                    new V1Container
                    {
                        Name = "resolve",
                        Image = SmokeTestImage,
                        Command = ["nslookup", "kubernetes.default.svc"],
                        SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, Capabilities = new V1Capabilities { Drop = ["ALL"] } },
                    },
                ],
            },
        };

        var created = false;
        try
        {
            await CallAsync("create the smoke-test pod", c => client.CoreV1.CreateNamespacedPodAsync(pod, ns, cancellationToken: c), options, ct).ConfigureAwait(false);
            created = true;
            var deadline = DateTimeOffset.UtcNow + options.SmokeTestTimeout;
            while (true)
            {
                var current = await CallAsync("read the smoke-test pod", c => client.CoreV1.ReadNamespacedPodAsync(name, ns, cancellationToken: c), options, ct).ConfigureAwait(false);
                var phase = current.Status?.Phase;
                if (phase == "Succeeded")
                {
                    return CheckResult.Passed(check, $"pod {ns}/{name} resolved kubernetes.default.svc and was removed");
                }

                if (phase == "Failed")
                {
                    var terminated = current.Status?.ContainerStatuses?.FirstOrDefault()?.State?.Terminated;
                    var why = terminated is null ? current.Status?.Reason ?? "failed" : $"exit code {Count(terminated.ExitCode)} ({terminated.Reason})";
                    return CheckResult.Failed(check, DiagnosticCodes.SmokeTestFailed, $"pod {ns}/{name}: nslookup kubernetes.default.svc failed: {why}", "check CoreDNS (kubectl -n kube-system logs -l k8s-app=kube-dns) and the CNI");
                }

                if (DateTimeOffset.UtcNow > deadline)
                {
                    return CheckResult.Failed(check, DiagnosticCodes.SmokeTestFailed, $"pod {ns}/{name} still {phase ?? "unknown"} after {options.SmokeTestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s", $"kubectl -n {ns} describe pod: can nodes pull {SmokeTestImage}?");
                }

                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            }
        }
        catch (ApiFailure e)
        {
            return CheckResult.Failed(check, DiagnosticCodes.SmokeTestFailed, e.Message, $"the smoke test needs to create, read and delete pods in {ns}");
        }
        finally
        {
            if (created)
            {
                try
                {
                    await CallAsync("delete the smoke-test pod", c => client.CoreV1.DeleteNamespacedPodAsync(name, ns, gracePeriodSeconds: 0, cancellationToken: c), options, CancellationToken.None).ConfigureAwait(false);
                }
                catch (ApiFailure)
                {
                    // Reported below by the next validation's system checks at worst; the pod is labelled for manual removal.
                }
            }
        }
    }

    /// <summary>One API call, retried on connection failures, 429 and 5xx; a failure becomes an <see cref="ApiFailure"/> saying what failed.</summary>
    private static async Task<T> CallAsync<T>(string what, Func<CancellationToken, Task<T>> call, ValidateOptions options, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpOperationException or HttpRequestException or KubernetesClientException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                var status = (e as HttpOperationException)?.Response?.StatusCode;
                var retryable = status is null or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;
                if (retryable && attempt < options.MaxRetries)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * (1 << attempt)), ct).ConfigureAwait(false);
                    continue;
                }

                var detail = status is { } s ? $"HTTP {Count((int)s)} {s}" : e.InnerException?.Message ?? e.Message;
                var tries = attempt + 1;
                throw new ApiFailure($"could not {what}: {detail}" + (tries > 1 ? $" (after {Count(tries)} attempts)" : string.Empty), e);
            }
        }
    }

    private sealed class ApiFailure(string message, Exception inner) : Exception(message, inner);
}
