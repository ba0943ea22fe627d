using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// Bad input through the CLI: every mistake gives exit code 1, one clear line per problem (file, line,
/// YAML path, what is wrong and what would be right), no stack trace, and leaves a previous generation
/// in the output folder exactly as it was.
/// </summary>
public sealed class BadInputTests
{
    private const string ClusterDoc =
        """
        apiVersion: kgen.dev/v1alpha1
        kind: Cluster
        metadata:
          name: base.k8s.local
        spec:
          kubernetesVersion: v1.34.2
          networkCIDR: 10.0.0.0/16
          networking:
            cilium: {}
          kubernetesApiAccess:
          - 203.0.113.0/24
          sshAccess:
          - 198.51.100.0/24
          subnets:
          - name: us-east-1a
            zone: us-east-1a
            type: Public

        """;

    private const string ControlPlaneDoc =
        """
        apiVersion: kgen.dev/v1alpha1
        kind: InstanceGroup
        metadata:
          name: control-plane-us-east-1a
        spec:
          role: ControlPlane
          machineType: t3.medium
          minSize: 1
          maxSize: 1
          subnets:
          - us-east-1a

        """;

    private const string NodesDoc =
        """
        apiVersion: kgen.dev/v1alpha1
        kind: InstanceGroup
        metadata:
          name: nodes
        spec:
          role: Node
          machineType: t3.large
          minSize: 2
          maxSize: 2
          subnets:
          - us-east-1a

        """;

    /// <summary>The valid spec every case starts from: one Public subnet in us-east-1a, a control-plane group and a node group.</summary>
    private const string BaseSpec = ClusterDoc + "---\n" + ControlPlaneDoc + "---\n" + NodesDoc;

    /// <summary>How the Cluster document is labelled in messages.</summary>
    private const string C = "Cluster/base.k8s.local ";

    private const string NodesLabel = "InstanceGroup/nodes ";

    private const string ControlPlaneLabel = "InstanceGroup/control-plane-us-east-1a ";

    private const string FakePrivateKey =
        """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        QyNTUxOQAAACBmYWtlZmFrZWZha2VmYWtlZmFrZWZha2VmYWtlZmFrZWZha2UAAAAA
        -----END OPENSSH PRIVATE KEY-----

        """;

    private static readonly string LongGroupName = new('n', 64);

    private static readonly string LongClusterName = new string('a', 60) + ".k8s.local";

    private static readonly string SixtyNs = new('n', 60);

    private static readonly IReadOnlyList<(string Name, BadCase Case)> Table =
    [
        ("yaml syntax error", new(
            y => Replace(y, "  kubernetesVersion: v1.34.2\n", "  kubernetesVersion: v1.34.2: x\n"),
            ["invalid YAML"],
            At: "v1.34.2: x")),

        ("unknown field with a did-you-mean hint", new(
            y => Replace(y, "  kubernetesVersion:", "  kubernetesVersoin:"),
            [C + "spec.kubernetesVersoin:", "unknown or unsupported field \"kubernetesVersoin\"", "did you mean \"kubernetesVersion\"?"],
            At: "kubernetesVersoin",
            Column: true)),

        ("wrong type: a string for minSize", new(
            y => Nodes(y, "  minSize: 2\n", "  minSize: two\n"),
            [NodesLabel + "spec.minSize:", "expected a whole number", "found \"two\""],
            At: "two\n",
            Column: true)),

        ("duplicate key in a map", new(
            y => Replace(y, "  networkCIDR: 10.0.0.0/16\n", "  networkCIDR: 10.0.0.0/16\n  networkCIDR: 10.9.0.0/16\n"),
            ["invalid YAML", "Duplicate key networkCIDR"],
            At: "networkCIDR: 10.9.0.0/16")),

        ("alias to an undefined anchor", new(
            y => Replace(y, "  networkCIDR: 10.0.0.0/16\n", "  networkCIDR: *vpc\n"),
            ["invalid YAML", "alias *vpc refers to no anchor", "define &vpc"],
            At: "*vpc")),

        ("a map key that is not a string", new(
            y => AddToClusterSpec(y, "  cloudLabels:\n    ? [team, owner]\n    : platform\n"),
            [C + "spec.cloudLabels", "key"],
            At: "? [team, owner]")),

        ("no Cluster document", new(
            _ => ControlPlaneDoc + "---\n" + NodesDoc,
            ["no Cluster document found", "kind: Cluster"])),

        ("two Cluster documents", new(
            y => y + "---\n" + ClusterDoc.Replace("base.k8s.local", "other.k8s.local", StringComparison.Ordinal),
            ["Cluster/other.k8s.local", "a second Cluster document", "one cluster"],
            At: "apiVersion: kgen.dev/v1alpha1\nkind: Cluster\nmetadata:\n  name: other.k8s.local")),

        ("unknown kind", new(
            y => Replace(y, "kind: InstanceGroup\nmetadata:\n  name: nodes\n", "kind: InstanceGrup\nmetadata:\n  name: nodes\n"),
            ["InstanceGrup/nodes", "kind must be Cluster or InstanceGroup, found \"InstanceGrup\""])),

        ("wrong apiVersion", new(
            y => Replace(y, "apiVersion: kgen.dev/v1alpha1\nkind: Cluster\n", "apiVersion: kgen.dev/v1\nkind: Cluster\n"),
            ["Cluster/base.k8s.local", "apiVersion must be \"kgen.dev/v1alpha1\" or \"kops.k8s.io/v1alpha2\"", "found \"kgen.dev/v1\""],
            At: "apiVersion: kgen.dev/v1\n")),

        ("missing cluster name", new(
            y => Replace(y, "metadata:\n  name: base.k8s.local\n", "metadata: {}\n"),
            ["metadata.name:", "the cluster needs a name", "acme.k8s.local"],
            At: "metadata: {}")),

        ("cluster name in upper case", new(
            y => Replace(y, "  name: base.k8s.local\n", "  name: Base.K8s.Local\n"),
            ["Cluster/Base.K8s.Local metadata.name:", "\"Base.K8s.Local\" is not a valid cluster name", "lower-case DNS name"],
            At: "Base.K8s.Local")),

        ("cluster name without a dot", new(
            y => Replace(y, "  name: base.k8s.local\n", "  name: base\n"),
            ["Cluster/base metadata.name:", "needs a domain part", "\"base.k8s.local\""],
            At: "  name: base\n")),

        ("cloudProvider gcp", new(
            y => AddToClusterSpec(y, "  cloudProvider: gcp\n"),
            [C + "spec.cloudProvider:", "only \"aws\" is supported", "found \"gcp\""],
            At: "gcp")),

        ("bad kubernetesVersion", new(
            y => Replace(y, "  kubernetesVersion: v1.34.2\n", "  kubernetesVersion: v1.34\n"),
            [C + "spec.kubernetesVersion:", "\"v1.34\" is not a Kubernetes version", "such as v1.34.2"],
            At: "v1.34\n")),

        ("a node label the kubelet may not set", new(
            y => Replace(y, "  role: Node\n", "  role: Node\n  nodeLabels:\n    node-role.kubernetes.io/worker: \"\"\n"),
            [NodesLabel + "spec.nodeLabels.node-role.kubernetes.io/worker", "NodeRestriction", "example.com/"],
            At: "node-role.kubernetes.io/worker")),

        ("an unsupported old kubernetesVersion", new(
            y => Replace(y, "  kubernetesVersion: v1.34.2\n", "  kubernetesVersion: v1.20.0\n"),
            [C + "spec.kubernetesVersion:", "1.20.0 is not supported", "1.29 or newer"],
            At: "v1.20.0\n")),

        ("a kubernetesVersion too large to read", new(
            y => Replace(y, "  kubernetesVersion: v1.34.2\n", "  kubernetesVersion: v1.99999999999.0\n"),
            [C + "spec.kubernetesVersion:", "is not supported"],
            At: "v1.99999999999.0\n")),

        ("subnet CIDR with prefix /33", new(
            y => Subnet(y, "    cidr: 10.0.0.0/33\n"),
            [C + "spec.subnets[0].cidr:", "\"10.0.0.0/33\" is not an IPv4 CIDR", "such as 10.0.0.0/16"],
            At: "10.0.0.0/33")),

        ("network CIDR with host bits set", new(
            y => Replace(y, "  networkCIDR: 10.0.0.0/16\n", "  networkCIDR: 10.0.0.1/16\n"),
            [C + "spec.networkCIDR:", "\"10.0.0.1/16\" has host bits set", "did you mean 10.0.0.0/16?"],
            At: "10.0.0.1/16")),

        ("subnet CIDR outside the VPC", new(
            y => Subnet(y, "    cidr: 10.1.0.0/20\n"),
            [C + "spec.subnets[0].cidr:", "10.1.0.0/20 is not inside the VPC's 10.0.0.0/16", "inside networkCIDR"],
            At: "10.1.0.0/20")),

        ("overlapping subnet CIDRs", new(
            y => Subnet(y, "    cidr: 10.0.0.0/20\n  - name: us-east-1b\n    zone: us-east-1b\n    type: Public\n    cidr: 10.0.8.0/21\n"),
            [C + "spec.subnets[1].cidr:", "10.0.8.0/21 overlaps 10.0.0.0/20 of subnet \"us-east-1a\"", "disjoint"],
            At: "10.0.8.0/21")),

        ("zones in two regions", new(
            y => Subnet(y, "  - name: us-west-2a\n    zone: us-west-2a\n    type: Public\n"),
            [C + "spec.subnets:", "several regions (us-east-1, us-west-2)", "one region"],
            At: "- name: us-east-1a\n    zone: us-east-1a")),

        ("malformed zone", new(
            y => Replace(y, "    zone: us-east-1a\n", "    zone: useast1a\n"),
            [C + "spec.subnets[0].zone:", "\"useast1a\" is not an availability zone", "such as us-east-1a"],
            At: "useast1a")),

        ("duplicate subnet names", new(
            y => Subnet(y, "  - name: us-east-1a\n    zone: us-east-1b\n    type: Public\n"),
            [C + "spec.subnets[1].name:", "subnet name \"us-east-1a\" is used twice", "unique"],
            At: "us-east-1a\n    zone: us-east-1b")),

        ("instance group names a missing subnet", new(
            y => Nodes(y, "  - us-east-1a\n", "  - us-east-1b\n"),
            [NodesLabel + "spec.subnets[0]:", "subnet \"us-east-1b\" is not defined in the cluster", "known subnets: us-east-1a"],
            At: "us-east-1b")),

        ("instance group without a name", new(
            y => Replace(y, "  name: nodes\n", string.Empty),
            ["InstanceGroup (document 3) metadata.name:", "an instance group needs a name"])),

        ("duplicate instance group names", new(
            y => y + "---\n" + NodesDoc.Replace("t3.large", "t3.xlarge", StringComparison.Ordinal),
            [NodesLabel + "metadata.name:", "instance group name \"nodes\" is used twice", "unique"],
            At: "nodes\nspec:\n  role: Node\n  machineType: t3.xlarge")),

        ("minSize above maxSize", new(
            y => Nodes(y, "  minSize: 2\n", "  minSize: 3\n"),
            [NodesLabel + "spec.maxSize:", "maxSize (2) is smaller than minSize (3)", "at least minSize"],
            At: "maxSize: 2")),

        ("even control-plane count (two groups)", new(
            y => y + "---\n" + ControlPlaneDoc.Replace("name: control-plane-us-east-1a", "name: control-plane-us-east-1a-2", StringComparison.Ordinal),
            ["Cluster/base.k8s.local: 2 control-plane groups", "odd number", "1, 3 or 5"])),

        ("no control-plane group", new(
            y => Replace(y, "  role: ControlPlane\n", "  role: Node\n"),
            ["Cluster/base.k8s.local: no instance group with role ControlPlane", "add one"])),

        ("control-plane group with maxSize 2", new(
            y => Replace(y, "  maxSize: 1\n", "  maxSize: 2\n"),
            [ControlPlaneLabel + "spec.maxSize:", "exactly one node", "set minSize: 1 and maxSize: 1", "found 1..2"],
            At: "maxSize: 2\n  subnets:\n  - us-east-1a\n---")),

        ("instance group name longer than 63", new(
            y => Replace(y, "  name: nodes\n", $"  name: {LongGroupName}\n"),
            [$"InstanceGroup/{LongGroupName} metadata.name:", "not a valid instance group name", "at most 63"],
            At: LongGroupName)),

        ("launch template name longer than 128", new(
            y => Replace(Replace(y, "  name: base.k8s.local\n", $"  name: {LongClusterName}\n"), "  name: nodes\n", $"  name: {SixtyNs}\n"),
            [$"InstanceGroup/{SixtyNs} metadata.name:", "would be 131 characters", "AWS allows 128", "shorten"],
            At: $"  name: {SixtyNs}\n")),

        ("private subnet without a utility subnet in its zone", new(
            y => Replace(y, "    type: Public\n", "    type: Private\n  - name: us-east-1b\n    zone: us-east-1b\n    type: Public\n"),
            [C + "spec.subnets[0].type:", "private subnet \"us-east-1a\" needs a NAT gateway", "{name: utility-us-east-1a, zone: us-east-1a, type: Utility}"],
            At: "Private")),

        ("two CNIs at once", new(
            y => Replace(y, "    cilium: {}\n", "    cilium: {}\n    calico: {}\n"),
            [C + "spec.networking:", "exactly one CNI, found 2", "calico, cilium"],
            At: "cilium: {}")),

        ("etcd member on a non-control-plane group", new(
            y => AddToClusterSpec(y, "  etcdClusters:\n  - name: main\n    etcdMembers:\n    - name: a\n      instanceGroup: control-plane-us-east-1a\n    - name: b\n      instanceGroup: nodes\n"),
            [C + "spec.etcdClusters[0].etcdMembers[1].instanceGroup:", "\"nodes\" is not a control-plane instance group", "(control-plane-us-east-1a)"],
            At: "instanceGroup: nodes")),

        ("bad taint effect", new(
            y => y + "  taints:\n  - dedicated=batch:NoScheduling\n",
            [NodesLabel + "spec.taints[0]:", "\"dedicated=batch:NoScheduling\" is not a taint", "NoSchedule, PreferNoSchedule or NoExecute"],
            At: "dedicated=batch:NoScheduling")),

        ("pod CIDR overlapping the VPC", new(
            y => AddToClusterSpec(y, "  podCIDR: 10.0.128.0/17\n"),
            [C + "spec.podCIDR:", "the pod range 10.0.128.0/17 overlaps the VPC's 10.0.0.0/16", "outside the VPC", "must lie inside nonMasqueradeCIDR 100.64.0.0/10"],
            Problems: 2,
            At: "10.0.128.0/17")),

        ("sshAccess entry that is not a CIDR", new(
            y => Replace(y, "  - 198.51.100.0/24\n", "  - my-office\n"),
            [C + "spec.sshAccess[0]:", "\"my-office\" is not a CIDR", "such as 203.0.113.0/24"],
            At: "my-office")),

        ("dnsZone on a .k8s.local cluster", new(
            y => AddToClusterSpec(y, "  dnsZone: example.com\n"),
            [C + "spec.dnsZone:", "a .k8s.local cluster has no public DNS", "remove dnsZone"],
            At: "example.com")),

        ("metadata hop limit 0", new(
            y => y + "  instanceMetadata:\n    httpPutResponseHopLimit: 0\n",
            [NodesLabel + "spec.instanceMetadata.httpPutResponseHopLimit:", "must be 1 to 64", "found 0"],
            At: "httpPutResponseHopLimit: 0")),

        ("maxInstanceLifetime of 1h", new(
            y => y + "  maxInstanceLifetime: 1h\n",
            [NodesLabel + "spec.maxInstanceLifetime:", "between 24h and 8760h"],
            At: "1h\n")),

        ("spotInstancePools without lowest-price", new(
            y => y + "  mixedInstancesPolicy:\n    instances: [t3.large, t3a.large]\n    spotAllocationStrategy: capacity-optimized\n    spotInstancePools: 3\n",
            [NodesLabel + "spec.mixedInstancesPolicy.spotInstancePools:", "only applies with spotAllocationStrategy: lowest-price"],
            At: "spotInstancePools: 3")),

        ("mixed CPU architectures", new(
            y => Replace(y, "  machineType: t3.large\n", "  machineType: t3.large,m7g.large\n"),
            [NodesLabel + "spec.machineType:", "mix CPU architectures (amd64 and arm64)", "one architecture"],
            At: "t3.large,m7g.large")),

        ("an empty machineType", new(
            y => Replace(y, "  machineType: t3.large\n", "  machineType: \"\"\n"),
            [NodesLabel + "spec.machineType:", "instance type", "such as t3.medium"],
            At: "\"\"\n")),

        ("additionalPolicies with invalid JSON", new(
            y => AddToClusterSpec(y, "  additionalPolicies:\n    node: '[{\"Effect\": \"Allow\",'\n"),
            [C + "spec.additionalPolicies.node:", "not valid JSON"],
            At: "node: '[")),

        ("additionalPolicies with a key IAM statements do not have", new(
            y => AddToClusterSpec(y, "  additionalPolicies:\n    node: '[{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resources\": \"*\"}]'\n"),
            [C + "spec.additionalPolicies.node:", "\"Resources\" is not a key of an IAM statement"],
            At: "node: '[")),

        ("kops-only role APIServer", new(
            y => Replace(y, "  role: Node\n", "  role: APIServer\n"),
            [NodesLabel + "spec.role:", "role APIServer", "not supported", "use ControlPlane"],
            At: "APIServer")),

        ("a Kubernetes pre-release kgen cannot name", new(
            y => Replace(y, "  kubernetesVersion: v1.34.2\n", "  kubernetesVersion: v1.36.0-pre.1\n"),
            [C + "spec.kubernetesVersion:", "is not a Kubernetes version", "a pre-release such as v1.36.0-rc.1"],
            At: "v1.36.0-pre.1")),

        ("a role's ARN as the group's instance profile", new(
            y => Nodes(y, "  role: Node\n", "  role: Node\n  iam:\n    profile: arn:aws:iam::111122223333:role/nodes\n"),
            [NodesLabel + "spec.iam.profile:", "is not the ARN of an instance profile", "instance-profile/NAME"],
            At: "arn:aws:iam::111122223333:role/nodes")),

        ("an external load balancer naming both a load balancer and a target group", new(
            y => Nodes(y, "  role: Node\n", "  role: Node\n  externalLoadBalancers:\n  - loadBalancerName: web\n    targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/0123456789abcdef\n"),
            [NodesLabel + "spec.externalLoadBalancers[0]:", "one of the two"],
            At: "- loadBalancerName: web")),

        ("a process autoscaling cannot suspend", new(
            y => Nodes(y, "  role: Node\n", "  role: Node\n  suspendProcesses:\n  - Rebalance\n"),
            [NodesLabel + "spec.suspendProcesses:", "\"Rebalance\" is not an autoscaling process", "AZRebalance"],
            At: "- Rebalance")),

        ("an external policy that is not a managed policy's ARN", new(
            y => AddToClusterSpec(y, "  externalPolicies:\n    node:\n    - arn:aws:iam::111122223333:role/extra\n"),
            [C + "spec.externalPolicies.node[0]:", "is not the ARN of a managed IAM policy"],
            At: "- arn:aws:iam::111122223333:role/extra")),

        ("a registry mirror that is not a URL", new(
            y => AddToClusterSpec(y, "  containerd:\n    registryMirrors:\n      docker.io:\n      - mirror.example.com\n"),
            [C + "spec.containerd.registryMirrors.docker.io[0]:", "\"mirror.example.com\" is not a mirror's URL", "https://"],
            At: "- mirror.example.com")),

        ("instance group labelled for another cluster", new(
            y => Replace(y, "  name: nodes\n", "  name: nodes\n  labels:\n    kops.k8s.io/cluster: other.k8s.local\n"),
            [NodesLabel + "metadata.labels.kops.k8s.io/cluster:", "\"other.k8s.local\"", "\"base.k8s.local\""],
            At: "other.k8s.local")),

        ("three independent mistakes at once", new(
            y => Nodes(Replace(Subnet(y, "    cidr: 10.1.0.0/20\n"), "  - 198.51.100.0/24\n", "  - my-office\n"), "  minSize: 2\n", "  minSize: 3\n"),
            [C + "spec.subnets[0].cidr:", "not inside the VPC", C + "spec.sshAccess[0]:", "is not a CIDR", NodesLabel + "spec.maxSize:", "smaller than minSize"],
            Problems: 3)),

        ("three independent mistakes across defaulting and validation", new(
            y => Nodes(Replace(Replace(y, "  kubernetesVersion: v1.34.2\n", "  kubernetesVersion: v1.34\n"), "  - 198.51.100.0/24\n", "  - my-office\n"), "  minSize: 2\n", "  minSize: 3\n"),
            [C + "spec.kubernetesVersion:", "not a Kubernetes version", C + "spec.sshAccess[0]:", "is not a CIDR", NodesLabel + "spec.maxSize:", "smaller than minSize"],
            Problems: 3)),
    ];

    private static readonly Dictionary<string, BadCase> Cases = Table.ToDictionary(x => x.Name, x => x.Case, StringComparer.Ordinal);

    public static TheoryData<string> CaseNames => new(Table.Select(x => x.Name));

    [Fact]
    public void The_table_has_at_least_thirty_cases_and_the_base_spec_is_valid()
    {
        Assert.True(Table.Count >= 30, $"{Table.Count} cases");
        using var dir = new TempDir();
        var (exit, _, err) = PrepareBase(dir, out _);
        Assert.True(exit == 0, err);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Bad_spec_exits_1_reports_each_problem_and_writes_nothing(string name)
    {
        var bad = Cases[name];
        using var dir = new TempDir();
        var (_, _, baseErr) = PrepareBase(dir, out var outDir);
        // The base keeps its store on this machine (file://): an offline example, which is all stderr says.
        Assert.True(baseErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(l => l.Contains("This output is an offline example", StringComparison.Ordinal) || l.Contains("call AWS with the control-plane role's permissions", StringComparison.Ordinal)), baseErr);
        var before = Snapshot(outDir);

        var yaml = bad.Mutate(BaseSpec);
        Assert.NotEqual(BaseSpec, yaml);
        var specPath = Path.Combine(dir.Path, "cluster.yaml");
        File.WriteAllText(specPath, yaml);

        var (exit, stdout, err) = CliRunner.Run("-f", specPath, "--target=terraform", "--out=" + outDir);

        var context = $"stderr:\n{err}\nstdout:\n{stdout}\nspec:\n{yaml}";
        Assert.True(exit == 1, $"exit {exit}\n{context}");
        AssertNoCrash(err);
        Assert.Contains("cluster.yaml", err, StringComparison.Ordinal);
        foreach (var fragment in bad.Expect)
        {
            Assert.True(err.Contains(fragment, StringComparison.Ordinal), $"expected \"{fragment}\" in\n{context}");
        }

        var problems = bad.Problems == 1 ? "kgen: 1 problem; nothing was written" : $"kgen: {bad.Problems} problems; nothing was written";
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == bad.Problems + 1 && lines[^1] == problems, $"expected {bad.Problems} problem line(s) and \"{problems}\"\n{context}");
        foreach (var line in lines[..^1])
        {
            Assert.True(line.StartsWith(specPath, StringComparison.Ordinal), $"every problem starts with the spec file: {line}");
        }

        if (bad.At is { } anchor)
        {
            var (lineNo, col) = Position(yaml, anchor);
            var prefix = bad.Column ? $"{specPath}:{lineNo}:{col}: " : $"{specPath}:{lineNo}:";
            var problem = lines[0];
            Assert.True(problem.StartsWith(prefix, StringComparison.Ordinal), $"expected the problem at \"cluster.yaml:{lineNo}:{(bad.Column ? col + ":" : string.Empty)}\" ({anchor.Split('\n')[0]}), found: {problem}\n{context}");
        }

        AssertUntouched(dir, outDir, before);
    }

    [Fact]
    public void Missing_spec_file_exits_1_and_writes_nothing()
    {
        using var dir = new TempDir();
        PrepareBase(dir, out var outDir);
        var before = Snapshot(outDir);
        var missing = Path.Combine(dir.Path, "nothere.yaml");

        var (exit, _, err) = CliRunner.Run("-f", missing, "--target=terraform", "--out=" + outDir);

        Assert.True(exit == 1, $"exit {exit}: {err}");
        AssertNoCrash(err);
        Assert.Contains("-f", err, StringComparison.Ordinal);
        Assert.Contains("nothere.yaml", err, StringComparison.Ordinal);
        Assert.Contains("no such file", err, StringComparison.Ordinal);
        AssertUntouched(dir, outDir, before);
    }

    [Fact]
    public void Missing_ssh_public_key_file_exits_1_and_writes_nothing()
    {
        using var dir = new TempDir();
        var specPath = PrepareBase(dir, out var outDir).Spec;
        var before = Snapshot(outDir);
        var missing = Path.Combine(dir.Path, "nothere.pub");

        var (exit, _, err) = CliRunner.Run("-f", specPath, "--ssh-public-key", missing, "--target=terraform", "--out=" + outDir);

        Assert.True(exit == 1, $"exit {exit}: {err}");
        AssertNoCrash(err);
        Assert.Contains("--ssh-public-key", err, StringComparison.Ordinal);
        Assert.Contains("nothere.pub", err, StringComparison.Ordinal);
        Assert.Contains("no such file", err, StringComparison.Ordinal);
        AssertUntouched(dir, outDir, before);
    }

    [Fact]
    public void Private_key_given_as_ssh_public_key_exits_1_says_so_and_writes_nothing()
    {
        using var dir = new TempDir();
        var specPath = PrepareBase(dir, out var outDir).Spec;
        var before = Snapshot(outDir);
        var keyPath = Path.Combine(dir.Path, "id_ed25519");
        File.WriteAllText(keyPath, FakePrivateKey);

        var (exit, _, err) = CliRunner.Run("-f", specPath, "--ssh-public-key", keyPath, "--target=terraform", "--out=" + outDir);

        Assert.True(exit == 1, $"exit {exit}: {err}");
        AssertNoCrash(err);
        Assert.Contains("not an OpenSSH public key", err, StringComparison.Ordinal);
        Assert.Contains("private key", err, StringComparison.Ordinal);
        Assert.Contains("kgen: 1 problem; nothing was written", err, StringComparison.Ordinal);

        // The secret itself is never echoed.
        Assert.DoesNotContain("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ", err, StringComparison.Ordinal);
        AssertUntouched(dir, outDir, before);
    }

    [Theory]
    [InlineData("key data that is not base64", "ssh-ed25519 AAAAA me@example\n")]
    [InlineData("key data that is not an RSA key", "ssh-rsa AAAA me@example\n")]
    [InlineData("an empty file", "")]
    [InlineData("two keys in one file", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2VmYWtlZmFrZWZha2VmYWtlZmFrZWZha2VmYWtlZmFr a\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZha2VmYWtlZmFrZWZha2VmYWtlZmFrZWZha2VmYWtlZmFr b\n")]
    public void Malformed_ssh_public_key_exits_1_and_writes_nothing(string name, string content)
    {
        using var dir = new TempDir();
        var specPath = PrepareBase(dir, out var outDir).Spec;
        var before = Snapshot(outDir);
        var keyPath = Path.Combine(dir.Path, "id_ed25519.pub");
        File.WriteAllText(keyPath, content);

        var (exit, _, err) = CliRunner.Run("-f", specPath, "--ssh-public-key", keyPath, "--target=terraform", "--out=" + outDir);

        Assert.True(exit == 1, $"{name}: exit {exit}: {err}");
        AssertNoCrash(err);
        Assert.Contains("not an OpenSSH public key", err, StringComparison.Ordinal);
        Assert.Contains("ssh-ed25519 AAAA", err, StringComparison.Ordinal);
        AssertUntouched(dir, outDir, before);
    }

    /// <summary>Writes the valid base spec and generates it into <c>out/</c>, the "previous generation" each case must leave alone.</summary>
    private static (int Exit, string Spec, string Err) PrepareBase(TempDir dir, out string outDir)
    {
        var basePath = Path.Combine(dir.Path, "base.yaml");
        File.WriteAllText(basePath, BaseSpec);
        outDir = Path.Combine(dir.Path, "out");
        var (exit, _, err) = CliRunner.Run("-f", basePath, "--target=terraform", "--out=" + outDir);
        Assert.True(exit == 0, $"the base spec must generate: {err}");
        Assert.True(File.Exists(Path.Combine(outDir, "kubernetes.tf")), "the base generation wrote kubernetes.tf");
        return (exit, basePath, err);
    }

    /// <summary>Every entry below a folder: files with their bytes, folders with a trailing slash.</summary>
    private static SortedDictionary<string, byte[]> Snapshot(string root)
    {
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var d in Directory.GetDirectories(root, "*", SearchOption.AllDirectories))
        {
            entries[Path.GetRelativePath(root, d).Replace('\\', '/') + "/"] = [];
        }

        foreach (var f in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            entries[Path.GetRelativePath(root, f).Replace('\\', '/')] = File.ReadAllBytes(f);
        }

        return entries;
    }

    private static void AssertUntouched(TempDir dir, string outDir, SortedDictionary<string, byte[]> before)
    {
        var after = Snapshot(outDir);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        }

        var leftovers = Directory.GetDirectories(dir.Path, ".kgen-*", SearchOption.AllDirectories);
        Assert.Empty(leftovers);
    }

    private static void AssertNoCrash(string err)
    {
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected failure", err, StringComparison.Ordinal);
    }

    /// <summary>1-based line and column where <paramref name="anchor"/> (unique in the text) starts.</summary>
    private static (int Line, int Column) Position(string yaml, string anchor)
    {
        var at = yaml.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(at >= 0 && yaml.IndexOf(anchor, at + 1, StringComparison.Ordinal) < 0, $"the anchor \"{anchor}\" must occur once in the spec");
        var line = yaml.AsSpan(0, at).Count('\n') + 1;
        var column = at - (yaml.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1) + 1;
        return (line, column);
    }

    /// <summary>Replaces text that occurs exactly once (so a mistake is never silently not applied).</summary>
    private static string Replace(string yaml, string from, string to)
    {
        var at = yaml.IndexOf(from, StringComparison.Ordinal);
        if (at < 0 || yaml.IndexOf(from, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"\"{from}\" must occur exactly once in the spec");
        }

        return string.Concat(yaml.AsSpan(0, at), to, yaml.AsSpan(at + from.Length));
    }

    /// <summary>Replaces text inside the nodes document only.</summary>
    private static string Nodes(string yaml, string from, string to)
    {
        var at = yaml.IndexOf("  name: nodes\n", StringComparison.Ordinal);
        return string.Concat(yaml.AsSpan(0, at), Replace(yaml[at..], from, to));
    }

    /// <summary>Adds lines to the Cluster document's spec.</summary>
    private static string AddToClusterSpec(string yaml, string lines) =>
        Replace(yaml, "  kubernetesVersion: v1.34.2\n", "  kubernetesVersion: v1.34.2\n" + lines);

    /// <summary>Adds lines after the first subnet's fields.</summary>
    private static string Subnet(string yaml, string lines) =>
        Replace(yaml, "    type: Public\n", "    type: Public\n" + lines);

    /// <summary>One bad-input case: the mistake, the fragments stderr must hold, how many problems, and where the first one is.</summary>
    /// <param name="Mutate">Applies the mistake to the valid base spec.</param>
    /// <param name="Expect">Fragments stderr must contain: the YAML path and the key words of what is wrong and what would be right.</param>
    /// <param name="Problems">How many problems are reported.</param>
    /// <param name="At">Text in the spec where the (first) problem is; its line is asserted as <c>cluster.yaml:LINE:</c>.</param>
    /// <param name="Column">Whether the column is asserted too.</param>
    private sealed record BadCase(Func<string, string> Mutate, string[] Expect, int Problems = 1, string? At = null, bool Column = false);
}
