namespace Kgen.Tests.Sandbox;

/// <summary>
/// Each rendered user-data script runs in a <see cref="NodeSandbox"/>, and the sequence of what
/// it did is asserted for the ways a node can find the cluster: the first control-plane node of
/// an empty cluster, a second control-plane node, a worker, a replacement of the first node
/// while the cluster is live, and an API that is not up yet.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SandboxTests
{
    private const string ApiEndpoint = "api.internal.sandbox.k8s.local:443";

    [Fact]
    public void First_control_plane_node_of_an_empty_cluster_attaches_its_volumes_and_runs_kubeadm_init()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.True(exit == 0, output);
        var calls = box.Calls;
        AssertInOrder(
            calls,
            "systemctl restart systemd-resolved",
            "apt-get -q -y",
            "systemctl enable kubelet",
            "aws ec2 describe-volumes --region us-east-1 --filters Name=tag:KubernetesCluster,Values=sandbox.k8s.local Name=tag-key,Values=k8s.io/etcd/main Name=tag:kgen.dev/instancegroup,Values=control-plane-us-east-1a Name=availability-zone,Values=us-east-1a",
            "aws ec2 attach-volume --region us-east-1 --volume-id vol-0main0000000000 --instance-id i-0100110 --device /dev/xvdu",
            "aws ec2 wait volume-in-use --region us-east-1 --volume-ids vol-0main0000000000",
            "mkfs.ext4 -q -L etcd-main",
            "systemctl enable var-lib-etcd.mount",
            "mount -t ext4",
            $"curl -fsS --cacert {box.Root}/run/kgen/ca.crt --connect-timeout 5 --max-time 10 -o /dev/null https://{ApiEndpoint}/readyz",
            "sleep 5",
            "curl",
            "sleep 10",
            "curl",
            "aws elbv2 describe-load-balancers --names api-sandbox-k8s-local-",
            "aws elbv2 describe-load-balancers --names api-internal-sandbox-k8s-",
            "kubeadm init --config",
            "systemctl daemon-reload",
            "systemctl enable --now kgen-rotate-join-token.timer",
            "curl -fsSL --proto =https --connect-timeout 10 --max-time 600 -o",
            "kubectl apply --server-side --force-conflicts --field-manager=kgen -f");
        Assert.DoesNotContain(calls, c => c.StartsWith("kubeadm join", StringComparison.Ordinal));
        Assert.Equal(3, calls.Count(c => c.EndsWith("/readyz", StringComparison.Ordinal)));

        var init = box.ReadCaptured("kubeadm-init.yaml");
        Assert.Contains($"token: \"{NodeSandbox.StoreToken}\"", init, StringComparison.Ordinal);
        Assert.Contains($"controlPlaneEndpoint: \"{ApiEndpoint}\"", init, StringComparison.Ordinal);
        Assert.Contains("kubernetesVersion: \"v1.34.2\"", init, StringComparison.Ordinal);
        Assert.Contains(
            "    - \"api.internal.sandbox.k8s.local\"\n    - \"api-sandbox-k8s-local-0123456789.elb.us-east-1.amazonaws.com\"\n    - \"api-internal-sandbox-k8s-0123456789.elb.us-east-1.amazonaws.com\"\n",
            init,
            StringComparison.Ordinal);
        Assert.Contains("podSubnet: \"100.96.0.0/11\"", init, StringComparison.Ordinal);
        Assert.Contains("serviceSubnet: \"100.64.0.0/13\"", init, StringComparison.Ordinal);
        Assert.Contains("dataDir: \"/var/lib/etcd/data\"", init, StringComparison.Ordinal);
        Assert.Contains("advertiseAddress: \"10.0.1.10\"\n  bindPort: 6443", init, StringComparison.Ordinal);
        Assert.Contains("name: \"ip-10-0-1-10.ec2.internal\"", init, StringComparison.Ordinal);
        Assert.Contains("    - key: \"node-role.kubernetes.io/control-plane\"\n      effect: \"NoSchedule\"", init, StringComparison.Ordinal);
        Assert.Contains("shutdownGracePeriod: \"60s\"", init, StringComparison.Ordinal);
        Assert.Contains("kubeReserved:", init, StringComparison.Ordinal);
        Assert.DoesNotContain("@@", init, StringComparison.Ordinal);

        // The cluster's names (.local) go to the VPC resolver, set up before the first lookup (apt).
        AssertResolvesClusterNames(box);

        // logind lets the kubelet hold a shutdown a little longer than its grace period.
        Assert.Contains("InhibitDelayMaxSec=75\n", File.ReadAllText(Path.Combine(box.Root, "etc", "systemd", "logind.conf.d", "99-kgen-kubelet.conf")), StringComparison.Ordinal);

        // The CAs from the config store, where kubeadm looks for them; keys readable by root only.
        var pki = Path.Combine(box.Root, "etc", "kubernetes", "pki");
        Assert.Equal(File.ReadAllText(Path.Combine(box.Store, "pki", "ca.key")), File.ReadAllText(Path.Combine(pki, "ca.key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(pki, "etcd", "ca.key")));
        Assert.True(File.Exists(Path.Combine(pki, "sa.pub")));

        // The volume comes back after a reboot through a mount unit the kubelet requires (no nofail
        // fstab line that would let etcd start on the root disk); only main has a volume.
        Assert.DoesNotContain("/var/lib/etcd", File.ReadAllText(Path.Combine(box.Root, "etc", "fstab")), StringComparison.Ordinal);
        var mount = File.ReadAllText(Path.Combine(box.Root, "etc", "systemd", "system", "var-lib-etcd.mount"));
        Assert.Contains("What=/dev/disk/by-uuid/uuid-nvme-vol-0main0000000000\nWhere=/var/lib/etcd\nType=ext4\n", mount, StringComparison.Ordinal);
        Assert.Contains("RequiredBy=kubelet.service", mount, StringComparison.Ordinal);
        Assert.Equal("[Unit]\nRequiresMountsFor=/var/lib/etcd\n", File.ReadAllText(Path.Combine(box.Root, "etc", "systemd", "system", "kubelet.service.d", "20-kgen-etcd-main.conf")));
        Assert.DoesNotContain(calls, c => c.Contains("etcd/events", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(box.Root, "run", "kgen")));

        // flannel gets the cluster's pod CIDR; the token never reaches the log.
        Assert.Contains("flannel v0.28.8 (vxlan, pods 100.96.0.0/11) is applied", output, StringComparison.Ordinal);
        var log = File.ReadAllText(Path.Combine(box.Root, "var", "log", "kgen-bootstrap.log"));
        Assert.Contains("creating cluster sandbox.k8s.local with kubeadm init", log, StringComparison.Ordinal);
        Assert.DoesNotContain(NodeSandbox.StoreToken, log, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_control_plane_node_waits_for_the_api_and_joins_as_a_control_plane_node()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "up");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1b"), "ip-10-0-2-20.ec2.internal", "10.0.2.20", "us-east-1b");

        Assert.True(exit == 0, output);
        var calls = box.Calls;
        AssertInOrder(
            calls,
            "aws ec2 attach-volume --region us-east-1 --volume-id vol-0main0000000000",
            $"https://{ApiEndpoint}/readyz",
            "kubeadm kubeconfig user --config",
            "kubectl --kubeconfig",
            "kubeadm join --config",
            "systemctl enable --now kgen-rotate-join-token.timer",
            "kubectl apply --server-side");
        Assert.DoesNotContain(calls, c => c.StartsWith("kubeadm init", StringComparison.Ordinal) || c.Contains("describe-load-balancers", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.StartsWith("kubectl", StringComparison.Ordinal) && c.Contains("get nodes -l kgen.dev/instancegroup=control-plane-us-east-1b", StringComparison.Ordinal));
        Assert.DoesNotContain(calls, c => c.Contains("member remove", StringComparison.Ordinal));

        var join = box.ReadCaptured("kubeadm-join.yaml");
        Assert.Contains($"apiServerEndpoint: \"{ApiEndpoint}\"", join, StringComparison.Ordinal);
        Assert.Contains($"token: \"{NodeSandbox.StoreToken}\"", join, StringComparison.Ordinal);
        Assert.Contains($"      - \"{NodeSandbox.CaHash}\"", join, StringComparison.Ordinal);
        Assert.Contains("controlPlane:\n  localAPIEndpoint:\n    advertiseAddress: \"10.0.2.20\"\n    bindPort: 6443", join, StringComparison.Ordinal);
        Assert.Contains("node-role.kubernetes.io/control-plane", join, StringComparison.Ordinal);
    }

    [Fact]
    public void Worker_joins_with_the_token_and_the_ca_hash_reading_only_what_a_worker_may()
    {
        // The store holds only pki/ca.crt and tokens/join, as the workers' IAM role allows.
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "up");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        Assert.True(exit == 0, output);
        var calls = box.Calls;
        AssertInOrder(calls, "systemctl restart systemd-resolved", "apt-get -q -y", "systemctl enable kubelet", $"https://{ApiEndpoint}/readyz", "kubeadm join --config");
        AssertResolvesClusterNames(box);
        Assert.DoesNotContain(calls, c => c.StartsWith("aws ec2", StringComparison.Ordinal) || c.StartsWith("kubeadm init", StringComparison.Ordinal)
            || c.StartsWith("kubectl", StringComparison.Ordinal) || c.Contains("kgen-rotate-join-token", StringComparison.Ordinal));

        var join = box.ReadCaptured("kubeadm-join.yaml");
        Assert.Contains($"token: \"{NodeSandbox.StoreToken}\"", join, StringComparison.Ordinal);
        Assert.Contains($"      - \"{NodeSandbox.CaHash}\"", join, StringComparison.Ordinal);
        Assert.DoesNotContain("controlPlane:", join, StringComparison.Ordinal);
        Assert.DoesNotContain("node-role.kubernetes.io/control-plane", join, StringComparison.Ordinal);
        Assert.Contains("value: \"example.com/pool=general,kgen.dev/instancegroup=workers\"", join, StringComparison.Ordinal);
        Assert.Contains("  taints:\n    - key: \"dedicated\"\n      value: \"batch\"\n      effect: \"NoSchedule\"\n", join, StringComparison.Ordinal);
        Assert.Contains("name: \"ip-10-0-3-30.ec2.internal\"", join, StringComparison.Ordinal);
        Assert.Contains("value: \"10.0.3.30\"", join, StringComparison.Ordinal);
        Assert.DoesNotContain("@@", join, StringComparison.Ordinal);

        // kubeadm join refuses to run when /etc/kubernetes/pki/ca.crt exists on a worker.
        Assert.False(File.Exists(Path.Combine(box.Root, "etc", "kubernetes", "pki", "ca.crt")));
    }

    [Fact]
    public void Registry_mirrors_become_containerd_hosts_files_and_its_config_path()
    {
        using var box = new NodeSandbox(workerStore: true, clusterSpecLines: "  containerd:\n    registryMirrors:\n      docker.io:\n      - https://mirror.example.com\n      - https://mirror-2.example.com:5000\n      '*':\n      - https://cache.example.com\n");
        box.SetState("api", "up");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-31.ec2.internal", "10.0.3.31", "us-east-1c");

        Assert.True(exit == 0, output);

        // containerd 2.x (the stand-in's default config is version 3) reads the hosts folder from its images plugin.
        var config = File.ReadAllText(Path.Combine(box.Root, "etc", "containerd", "config.toml"));
        Assert.Contains("[plugins.'io.containerd.cri.v1.images'.registry]\n  config_path = \"/etc/containerd/certs.d\"", config, StringComparison.Ordinal);
        Assert.Equal(
            "server = \"https://registry-1.docker.io\"\n\n[host.\"https://mirror.example.com\"]\n  capabilities = [\"pull\", \"resolve\"]\n\n[host.\"https://mirror-2.example.com:5000\"]\n  capabilities = [\"pull\", \"resolve\"]\n",
            File.ReadAllText(Path.Combine(box.Root, "etc", "containerd", "certs.d", "docker.io", "hosts.toml")));
        Assert.Equal(
            "\n[host.\"https://cache.example.com\"]\n  capabilities = [\"pull\", \"resolve\"]\n",
            File.ReadAllText(Path.Combine(box.Root, "etc", "containerd", "certs.d", "_default", "hosts.toml")));
    }

    [Fact]
    public void A_boot_value_that_could_leave_its_yaml_quotes_stops_the_node_before_kubeadm_runs()
    {
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "up");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30\"\n  evil: x", "10.0.3.30", "us-east-1c");

        Assert.Equal(1, exit);
        Assert.Contains("FATAL: the boot-time value of @@NODE_NAME@@ is empty or not [A-Za-z0-9.:_-]+", output, StringComparison.Ordinal);
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("kubeadm join", StringComparison.Ordinal));
        Assert.DoesNotContain(NodeSandbox.StoreToken, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replaced_first_control_plane_node_of_a_live_cluster_removes_the_stale_etcd_member_and_joins()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "up");

        // The volumes carry the file systems and etcd data of the instance this one replaces.
        box.SetState("fs-nvme-vol-0main0000000000", string.Empty);
        Directory.CreateDirectory(Path.Combine(box.Root, "var", "lib", "etcd", "data", "member"));
        box.SetState("nodes", "ip-10-0-1-10.ec2.internal\nip-10-0-1-99.ec2.internal\n");
        box.SetState("members", string.Join('\n',
            "2a6f0c4b7d1e9f30, started, ip-10-0-1-10.ec2.internal, https://10.0.1.10:2380, https://10.0.1.10:2379, false",
            "8e9e05c52164694d, started, ip-10-0-2-20.ec2.internal, https://10.0.2.20:2380, https://10.0.2.20:2379, false",
            "91bc3c398fb3c146, started, ip-10-0-3-30.ec2.internal, https://10.0.3.30:2380, https://10.0.3.30:2379, false") + "\n");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-99.ec2.internal", "10.0.1.99", "us-east-1a");

        Assert.True(exit == 0, output);
        var calls = box.Calls;
        AssertInOrder(
            calls,
            "aws ec2 attach-volume --region us-east-1 --volume-id vol-0main0000000000",
            $"https://{ApiEndpoint}/readyz",
            "kubeadm kubeconfig user",
            "get nodes -l kgen.dev/instancegroup=control-plane-us-east-1a",
            "-n kube-system get pods -l component=etcd",
            "-n kube-system exec etcd-ip-10-0-2-20.ec2.internal -- etcdctl --endpoints=https://127.0.0.1:2379",
            "member remove 2a6f0c4b7d1e9f30",
            "delete node ip-10-0-1-10.ec2.internal --ignore-not-found",
            "kubeadm join --config",
            "systemctl enable --now kgen-rotate-join-token.timer");
        Assert.DoesNotContain(calls, c => c.StartsWith("kubeadm init", StringComparison.Ordinal) || c.StartsWith("mkfs", StringComparison.Ordinal));
        Assert.Single(calls, c => c.Contains("member remove", StringComparison.Ordinal));
        Assert.Contains("the API answers: the cluster exists", output, StringComparison.Ordinal);

        // The old member's data is kept aside, and the new member starts from an empty data dir.
        Assert.True(Directory.Exists(Path.Combine(box.Root, "var", "lib", "etcd", "data.previous", "member")));
        Assert.False(Directory.Exists(Path.Combine(box.Root, "var", "lib", "etcd", "data")));
        Assert.Contains("controlPlane:", box.ReadCaptured("kubeadm-join.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void First_group_node_never_runs_init_over_etcd_data_even_when_the_api_does_not_answer()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        box.SetState("fs-nvme-vol-0main0000000000", string.Empty);
        Directory.CreateDirectory(Path.Combine(box.Root, "var", "lib", "etcd", "data", "member"));

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-99.ec2.internal", "10.0.1.99", "us-east-1a", apiWaitAttempts: 4);

        Assert.Equal(1, exit);
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("kubeadm init", StringComparison.Ordinal) || c.StartsWith("kubeadm join", StringComparison.Ordinal));
        Assert.Contains("the etcd volume holds data of an earlier member", output, StringComparison.Ordinal);
        Assert.Contains("FATAL: the API at https://api.internal.sandbox.k8s.local:443 never answered; check", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_not_reachable_yet_is_retried_with_backoff_then_the_node_joins()
    {
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "3");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        Assert.True(exit == 0, output);
        var calls = box.Calls;
        AssertInOrder(calls, "/readyz", "sleep 5", "/readyz", "sleep 10", "/readyz", "sleep 20", "/readyz", "kubeadm join --config");
        Assert.Equal(4, calls.Count(c => c.EndsWith("/readyz", StringComparison.Ordinal)));
        Assert.Contains("the API does not answer yet (attempt 3/6); next try in 20s", output, StringComparison.Ordinal);
        Assert.Contains("the API at https://api.internal.sandbox.k8s.local:443 answers", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_that_never_answers_stops_the_worker_with_what_to_check()
    {
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "down");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c", apiWaitAttempts: 5);

        Assert.Equal(1, exit);
        Assert.Equal(5, box.Calls.Count(c => c.EndsWith("/readyz", StringComparison.Ordinal)));
        AssertInOrder(box.Calls, "sleep 5", "sleep 10", "sleep 20", "sleep 30");
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("kubeadm join", StringComparison.Ordinal));
        Assert.Contains("FATAL: the API at https://api.internal.sandbox.k8s.local:443 never answered; check the control-plane nodes' /var/log/kgen-bootstrap.log", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rotation_timer_puts_a_fresh_token_into_the_config_store()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");
        Assert.True(exit == 0, output);
        var timer = File.ReadAllText(Path.Combine(box.Root, "etc", "systemd", "system", "kgen-rotate-join-token.timer"));
        Assert.Contains("OnUnitActiveSec=6h", timer, StringComparison.Ordinal);

        var rotate = box.RunFile(Path.Combine(box.Root, "usr", "local", "sbin", "kgen-rotate-join-token"), new Dictionary<string, string>
        {
            ["PATH"] = $"{box.Root}/usr/bin:/usr/bin:/bin",
        });

        Assert.True(rotate.Exit == 0, rotate.Output);
        Assert.Contains("kubeadm token create --ttl 24h0m0s", box.Calls[^1], StringComparison.Ordinal);
        Assert.Equal("newtok.0123456789abcdef\n", File.ReadAllText(Path.Combine(box.Store, "tokens", "join")));
    }

    [Fact]
    public void Calico_is_installed_through_the_tigera_operator_with_the_cluster_pod_cidr()
    {
        using var box = new NodeSandbox("calico");
        box.SetState("api", "down");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.True(exit == 0, output);
        AssertInOrder(
            box.Calls,
            "kubeadm init",
            "curl -fsSL --proto =https --connect-timeout 10 --max-time 600 -o " + box.Root + "/run/kgen/tigera-operator.yaml https://raw.githubusercontent.com/projectcalico/calico/v3.33.1/manifests/tigera-operator.yaml",
            "kubectl apply --server-side --force-conflicts --field-manager=kgen -f " + box.Root + "/run/kgen/tigera-operator.yaml",
            "kubectl wait --for=condition=Established --timeout=120s crd/installations.operator.tigera.io",
            "kubectl apply --server-side --force-conflicts --field-manager=kgen -f " + box.Root + "/run/kgen/calico-installation.yaml");
        Assert.Contains("calico v3.33.1 (IP-in-IP, pods 100.96.0.0/11) is applied", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cilium_is_installed_with_a_checksum_verified_cli()
    {
        using var box = new NodeSandbox("cilium");
        box.SetState("api", "down");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.True(exit == 0, output);
        AssertInOrder(
            box.Calls,
            "kubeadm init",
            "kubectl -n kube-system get daemonset cilium",
            "https://github.com/cilium/cilium-cli/releases/download/v0.19.7/cilium-linux-amd64.tar.gz",
            "https://github.com/cilium/cilium-cli/releases/download/v0.19.7/cilium-linux-amd64.tar.gz.sha256sum",
            "tar -xzf",
            "cilium install --version 1.20.0 --set ipam.mode=kubernetes --set routingMode=tunnel --set tunnelProtocol=vxlan");
    }

    [Fact]
    public void The_secrets_kgen_creates_are_what_the_nodes_read_and_the_hash_matches_the_ca()
    {
        using var box = new NodeSandbox();
        box.UseKgenSecrets();
        box.SetState("api", "up");
        var token = File.ReadAllText(Path.Combine(box.Store, "tokens", "join")).Trim();
        using var ca = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(box.Store, "pki", "ca.crt")));
        var hash = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ca.PublicKey.ExportSubjectPublicKeyInfo()));

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1b"), "ip-10-0-2-20.ec2.internal", "10.0.2.20", "us-east-1b");

        Assert.True(exit == 0, output);
        var join = box.ReadCaptured("kubeadm-join.yaml");
        Assert.Contains($"token: \"{token}\"", join, StringComparison.Ordinal);
        Assert.Contains($"      - \"{hash}\"", join, StringComparison.Ordinal);
        foreach (var f in new[] { "ca.key", "front-proxy-ca.crt", "etcd/ca.key", "sa.key", "sa.pub" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(box.Store, "pki", f)), File.ReadAllText(Path.Combine(box.Root, "etc", "kubernetes", "pki", f)));
        }
    }

    [Fact]
    public void Bastion_hardens_sshd_and_applies_security_upgrades()
    {
        using var box = new NodeSandbox();

        var (exit, output) = box.Run(box.UserData("bastions"), "ip-10-0-1-5.ec2.internal", "10.0.1.5", "us-east-1a");

        Assert.True(exit == 0, output);
        AssertInOrder(box.Calls, "sshd -t", "sshd -T", "systemctl try-reload-or-restart ssh.service", "apt-get", "unattended-upgrade");
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("kubeadm", StringComparison.Ordinal) || c.StartsWith("aws", StringComparison.Ordinal));
        Assert.Contains("PasswordAuthentication no", File.ReadAllText(Path.Combine(box.Root, "etc", "ssh", "sshd_config.d", "00-kgen-hardening.conf")), StringComparison.Ordinal);
    }

    /// <summary>Each expected text appears in a later call than the one before.</summary>
    /// <summary>systemd-resolved's drop-in sends the cluster's zone (sandbox.k8s.local, under .local) to the VPC resolver.</summary>
    private static void AssertResolvesClusterNames(NodeSandbox box)
    {
        var dropIn = File.ReadAllText(Path.Combine(box.Root, "etc", "systemd", "resolved.conf.d", "kgen.conf"));
        Assert.Contains("[Resolve]\nDNS=169.254.169.253\nDomains=~sandbox.k8s.local\n", dropIn, StringComparison.Ordinal);
    }

    private static void AssertInOrder(IReadOnlyList<string> calls, params string[] expected)
    {
        var at = 0;
        foreach (var e in expected)
        {
            var found = -1;
            for (var i = at; i < calls.Count; i++)
            {
                if (calls[i].Contains(e, StringComparison.Ordinal))
                {
                    found = i;
                    break;
                }
            }

            Assert.True(found >= 0, $"no call containing \"{e}\" after call {at}; calls:\n{string.Join('\n', calls.Select((c, i) => $"{i}: {c}"))}");
            at = found + 1;
        }
    }
}
