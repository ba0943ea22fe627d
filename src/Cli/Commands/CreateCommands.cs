using System.CommandLine;
using Kgen.Model;
using Kgen.Model.Defaults;
using Kgen.Model.Spec;
using Kgen.Store;

namespace Kgen.Cli.Commands;

/// <summary><c>kgen create cluster</c> and <c>kgen create instancegroup</c>.</summary>
internal static class CreateCommands
{
    public static Command Build(CliContext cli) => new("create", "Create a cluster or an instance group in the state store")
    {
        Cluster(cli),
        InstanceGroup(cli),
    };

    private static Command Cluster(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The cluster name, e.g. acme.k8s.local (no public DNS) or prod.example.com" };
        var zones = CliContext.ListOption("--zones", "Zones for subnets and nodes, e.g. us-east-1a,us-east-1b,us-east-1c");
        var masterZones = CliContext.ListOption("--master-zones", "Zones of the control-plane nodes (default: the first zone)", "--control-plane-zones");
        var masterCount = new Option<int?>("--master-count", "--control-plane-count") { Description = "Number of control-plane nodes, odd (default: one per control-plane zone)" };
        var nodeCount = new Option<int?>("--node-count") { Description = "Number of worker nodes (default: one per zone)" };
        var masterSize = new Option<string?>("--master-size", "--control-plane-size") { Description = "Instance type of control-plane nodes (default t3.medium)" };
        var nodeSize = new Option<string?>("--node-size") { Description = "Instance type of worker nodes (default t3.medium)" };
        var topology = new Option<string>("--topology", "-t") { Description = "public: nodes in public subnets; private: nodes behind NAT gateways, load balancers in utility subnets", DefaultValueFactory = _ => "public" };
        topology.AcceptOnlyFromAmong("public", "private");
        var networking = new Option<string>("--networking") { Description = "CNI: cilium, flannel, calico, amazonvpc, or cni (your own)", DefaultValueFactory = _ => "cilium" };
        networking.AcceptOnlyFromAmong("cilium", "flannel", "calico", "cni", "amazonvpc");
        var image = new Option<string?>("--image") { Description = "Image of every group: an AMI id, owner/name-pattern or ssm:/path (default: Ubuntu 24.04 LTS)" };
        var apiLb = new Option<string?>("--api-loadbalancer-type") { Description = "public (default) or internal" };
        apiLb.AcceptOnlyFromAmong("public", "internal");
        var bastion = new Option<bool>("--bastion") { Description = "Add a bastion group behind a load balancer on port 22 (private topology)" };
        var vpc = new Option<string?>("--vpc", "--network-id") { Description = "Use an existing VPC" };
        var subnets = CliContext.ListOption("--subnets", "Existing subnets, one per zone in --zones order");
        var utilitySubnets = CliContext.ListOption("--utility-subnets", "Existing utility subnets, one per zone in --zones order");
        var dnsZone = new Option<string?>("--dns-zone") { Description = "Route 53 hosted zone for the API's public name" };
        var networkCidr = new Option<string?>("--network-cidr") { Description = $"VPC CIDR (default {NetworkDefaults.DefaultVpcCidr})" };
        var k8sVersion = new Option<string?>("--kubernetes-version") { Description = $"Kubernetes version (default {ClusterDefaults.DefaultKubernetesVersion})" };
        var adminAccess = CliContext.ListOption("--admin-access", "CIDRs allowed to reach the Kubernetes API (default: none from outside the VPC)");
        var sshAccess = CliContext.ListOption("--ssh-access", "CIDRs allowed to SSH (default: the --admin-access list)");
        var secretsKmsKey = new Option<string?>("--secrets-kms-key") { Description = "ARN of an existing KMS key (in the config bucket's region) that encrypts the cluster's secrets in S3 (spec.configStoreEncryption.kmsKey)" };
        var target = CliContext.TargetOption();
        var outDir = CliContext.OutOption();
        var sshKey = CliContext.SshKeyOption();
        var state = CliContext.StateOption();
        var templates = CliContext.TemplatesOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the spec instead of storing it (with -o yaml); needs no state store" };
        var output = new Option<string?>("--output", "-o") { Description = "With --dry-run: yaml" };
        output.AcceptOnlyFromAmong("yaml");

        var command = new Command("cluster", "Store a new cluster spec made from kops-style flags in the state store; with --target/--out also generate its infrastructure code")
        {
            name, zones, masterZones, masterCount, nodeCount, masterSize, nodeSize, topology, networking, image, apiLb, bastion,
            vpc, subnets, utilitySubnets, dnsZone, networkCidr, k8sVersion, adminAccess, sshAccess, secretsKmsKey, target, outDir, sshKey, state, templates, dryRun, output,
        };
        command.SetAction(parse => cli.Guard(async () =>
        {
            var templateSet = CliContext.LoadTemplates(parse.GetValue(templates));
            var spec = NewClusterSpec.Build(new NewClusterRequest
            {
                Name = parse.GetValue(name)!,
                Zones = parse.GetValue(zones) ?? [],
                MasterZones = parse.GetValue(masterZones) ?? [],
                MasterCount = parse.GetValue(masterCount),
                NodeCount = parse.GetValue(nodeCount),
                MasterSize = parse.GetValue(masterSize),
                NodeSize = parse.GetValue(nodeSize),
                Topology = parse.GetValue(topology)!,
                Networking = parse.GetValue(networking)!,
                Image = parse.GetValue(image),
                ApiLoadBalancerType = parse.GetValue(apiLb),
                Bastion = parse.GetValue(bastion),
                Vpc = parse.GetValue(vpc),
                Subnets = parse.GetValue(subnets) ?? [],
                UtilitySubnets = parse.GetValue(utilitySubnets) ?? [],
                DnsZone = parse.GetValue(dnsZone),
                NetworkCidr = parse.GetValue(networkCidr),
                KubernetesVersion = parse.GetValue(k8sVersion),
                AdminAccess = parse.GetValue(adminAccess) ?? [],
                SshAccess = parse.GetValue(sshAccess) ?? [],
            });
            if (parse.GetValue(secretsKmsKey) is { } kmsKey)
            {
                spec.Cluster.Spec!.ConfigStoreEncryption = new ConfigStoreEncryptionDto { KmsKey = kmsKey };
            }

            var publicKey = CliContext.ReadSshKey(parse.GetValue(sshKey));

            if (parse.GetValue(dryRun))
            {
                if (parse.GetValue(output) is null)
                {
                    throw new UsageException("--dry-run prints the spec; add -o yaml");
                }

                // Resolve to report every problem before printing a spec that could not be generated.
                spec.Resolve(publicKey);
                cli.Stdout.Write(spec.ToYaml());
                return 0;
            }

            var outPath = parse.GetValue(outDir);
            if (parse.GetValue(target) is not null && outPath is null)
            {
                throw new UsageException("--target needs --out DIR, the folder that receives kubernetes.tf and data/");
            }

            var store = cli.OpenStore(parse.GetValue(state));
            var clusterName = spec.Cluster.Metadata!.Name!;
            spec.Cluster.Spec!.ConfigBase = store.ConfigBase(clusterName);
            spec.Resolve(publicKey); // every problem before anything is stored
            await store.CreateAsync(spec, publicKey).ConfigureAwait(false);
            cli.Stdout.WriteLine($"kgen: stored cluster {clusterName} in {store.ConfigBase(clusterName)} ({spec.InstanceGroups.Count} instance groups: {string.Join(", ", spec.InstanceGroups.Select(g => g.Metadata!.Name).Order(StringComparer.Ordinal))})");

            if (outPath is null)
            {
                cli.Stdout.WriteLine($"kgen: generate its infrastructure code with: kgen update cluster {clusterName} --target=terraform --out=DIR");
                return 0;
            }

            // Generate from what was stored, exactly as update cluster will.
            var stored = await store.LoadSpecAsync(clusterName).ConfigureAwait(false);
            return await Generation.RunAsync(cli, stored, parse.GetValue(target), outPath, await store.GetSshPublicKeyAsync(clusterName).ConfigureAwait(false), store, templateSet).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command InstanceGroup(CliContext cli)
    {
        var name = new Argument<string>("NAME") { Description = "The instance group's name, e.g. bastions or nodes-spot" };
        var cluster = new Option<string>("--name") { Description = "The cluster", Required = true };
        var role = new Option<string>("--role") { Description = "Node, ControlPlane (or Master) or Bastion", DefaultValueFactory = _ => "Node" };
        role.AcceptOnlyFromAmong("Node", "ControlPlane", "Master", "Bastion");
        var subnets = CliContext.ListOption("--subnet", "Subnets (by name in the cluster spec) the group's instances run in", "--subnets");
        var machineType = new Option<string?>("--machine-type") { Description = "Instance type (default t3.micro for bastions, else t3.medium)" };
        var minSize = new Option<int?>("--min-size") { Description = "Minimum number of instances (default 1 for control plane and bastions, 2 for nodes)" };
        var maxSize = new Option<int?>("--max-size") { Description = "Maximum number of instances (default: --min-size)" };
        var image = new Option<string?>("--image") { Description = "An AMI id, owner/name-pattern or ssm:/path (default: Ubuntu 24.04 LTS)" };
        var state = CliContext.StateOption();

        var command = new Command("instancegroup", "Store a new instance group of a cluster in the state store (regenerate with kgen update cluster)")
        {
            name, cluster, role, subnets, machineType, minSize, maxSize, image, state,
        };
        command.Aliases.Add("ig");
        command.SetAction(parse => cli.Guard(async () =>
        {
            var store = cli.OpenStore(parse.GetValue(state));
            var clusterName = parse.GetValue(cluster)!;
            var groupName = parse.GetValue(name)!;
            var chosenRole = parse.GetValue(role)!;
            var subnetNames = parse.GetValue(subnets) ?? [];
            if (subnetNames.Length == 0)
            {
                throw new UsageException("name the group's subnets with --subnet, e.g. --subnet us-east-1a (kgen get clusters " + clusterName + " -o yaml lists them)");
            }

            var min = parse.GetValue(minSize) ?? (chosenRole == "Node" ? 2 : 1);
            var group = new InstanceGroupDocument
            {
                ApiVersion = ClusterSpec.ApiVersion,
                Kind = "InstanceGroup",
                Metadata = new ObjectMeta { Name = groupName, Labels = new() { ["kops.k8s.io/cluster"] = clusterName } },
                Spec = new InstanceGroupSpecDto
                {
                    Role = chosenRole,
                    MachineType = parse.GetValue(machineType) ?? (chosenRole == "Bastion" ? "t3.micro" : "t3.medium"),
                    MinSize = min,
                    MaxSize = parse.GetValue(maxSize) ?? min,
                    Subnets = [.. subnetNames],
                    Image = parse.GetValue(image),
                },
            };

            var config = await store.RequireClusterAsync(clusterName).ConfigureAwait(false);
            var groups = await store.GetInstanceGroupsAsync(clusterName).ConfigureAwait(false);
            if (groups.Any(g => g.Name == groupName))
            {
                throw new UsageException($"instance group {groupName} already exists in cluster {clusterName}; change it with kgen edit instancegroup {groupName} --name {clusterName}");
            }

            // The cluster with the new group must still be valid: check before storing.
            var text = ClusterSpec.ToYaml(group);
            ClusterStore.Load(config.Yaml, [.. groups.Select(g => g.Yaml), text], $"kgen create instancegroup {groupName}")
                .Resolve(await store.GetSshPublicKeyAsync(clusterName).ConfigureAwait(false));
            await store.CreateInstanceGroupAsync(clusterName, group).ConfigureAwait(false);
            cli.Stdout.WriteLine($"kgen: stored instance group {groupName} ({chosenRole}, {group.Spec.MachineType}, {min}..{group.Spec.MaxSize} in {string.Join(",", subnetNames)}) of cluster {clusterName}");
            cli.Stdout.WriteLine($"kgen: regenerate with: kgen update cluster {clusterName} --target=terraform --out=DIR");
            return 0;
        }));
        return command;
    }
}
