using System.CommandLine;
using Kgen.Generator;
using Kgen.Model;

namespace Kgen.Cli;

/// <summary>The <c>kgen</c> command line. Exit codes: 0 success, 1 bad input, 2 unexpected failure.</summary>
internal static class KgenCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot(stdout, stderr);
        var parse = root.Parse(args);
        var parseError = parse.Action as System.CommandLine.Invocation.ParseErrorAction;
        if (parseError is not null)
        {
            // Say what is wrong, not the whole help text.
            parseError.ShowHelp = false;
        }

        var exit = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        if (parseError is not null)
        {
            stderr.WriteLine("kgen: see kgen --help (or --help on any command) for usage");
        }

        return exit;
    }

    private static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var target = TargetOption();
        var outDir = OutOption();
        var file = new Option<string>("--file", "-f") { Description = "A cluster spec: one Cluster document and its InstanceGroup documents (kgen's or kops' v1alpha2 YAML)" };
        var sshKey = SshKeyOption();

        var root = new RootCommand("kgen turns a typed description of a Kubernetes cluster on AWS into reviewable infrastructure code.")
        {
            target, outDir, file, sshKey,
        };
        root.SetAction(parse => Guard(stderr, () =>
        {
            var path = parse.GetValue(file);
            if (path is null)
            {
                stderr.WriteLine("kgen: name a spec with -f FILE (and --target=terraform --out=DIR), or use a subcommand; see kgen --help");
                return 1;
            }

            var spec = ClusterSpec.Load(ReadInput(path, "-f"), path);
            return Generate(spec, parse.GetValue(target), parse.GetValue(outDir), parse.GetValue(sshKey), stdout);
        }));

        root.Subcommands.Add(CreateCommand(stdout, stderr));
        return root;
    }

    private static Command CreateCommand(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("NAME") { Description = "The cluster name, e.g. acme.k8s.local (no public DNS) or prod.example.com" };
        var zones = ListOption("--zones", "Zones for subnets and nodes, e.g. us-east-1a,us-east-1b,us-east-1c");
        var masterZones = ListOption("--master-zones", "Zones of the control-plane nodes (default: the first zone)", "--control-plane-zones");
        var masterCount = new Option<int?>("--master-count", "--control-plane-count") { Description = "Number of control-plane nodes, odd (default: one per control-plane zone)" };
        var nodeCount = new Option<int?>("--node-count") { Description = "Number of worker nodes (default: one per zone)" };
        var masterSize = new Option<string?>("--master-size", "--control-plane-size") { Description = "Instance type of control-plane nodes (default t3.medium)" };
        var nodeSize = new Option<string?>("--node-size") { Description = "Instance type of worker nodes (default t3.medium)" };
        var topology = new Option<string>("--topology", "-t") { Description = "public: nodes in public subnets; private: nodes behind NAT gateways, load balancers in utility subnets", DefaultValueFactory = _ => "public" };
        topology.AcceptOnlyFromAmong("public", "private");
        var networking = new Option<string>("--networking") { Description = "CNI: cilium, flannel, calico, or cni (your own)", DefaultValueFactory = _ => "cilium" };
        networking.AcceptOnlyFromAmong("cilium", "flannel", "calico", "cni");
        var image = new Option<string?>("--image") { Description = "Image of every group: an AMI id, owner/name-pattern or ssm:/path (default: Ubuntu 24.04 LTS)" };
        var apiLb = new Option<string?>("--api-loadbalancer-type") { Description = "public (default) or internal" };
        apiLb.AcceptOnlyFromAmong("public", "internal");
        var bastion = new Option<bool>("--bastion") { Description = "Add a bastion group behind a load balancer on port 22 (private topology)" };
        var vpc = new Option<string?>("--vpc", "--network-id") { Description = "Use an existing VPC" };
        var subnets = ListOption("--subnets", "Existing subnets, one per zone in --zones order");
        var utilitySubnets = ListOption("--utility-subnets", "Existing utility subnets, one per zone in --zones order");
        var dnsZone = new Option<string?>("--dns-zone") { Description = "Route 53 hosted zone for the API's public name" };
        var networkCidr = new Option<string?>("--network-cidr") { Description = "VPC CIDR (default 172.20.0.0/16)" };
        var k8sVersion = new Option<string?>("--kubernetes-version") { Description = $"Kubernetes version (default {ClusterDefaults.DefaultKubernetesVersion})" };
        var adminAccess = ListOption("--admin-access", "CIDRs allowed to reach the Kubernetes API (default: none from outside the VPC)");
        var sshAccess = ListOption("--ssh-access", "CIDRs allowed to SSH (default: the --admin-access list)");
        var target = TargetOption();
        var outDir = OutOption();
        var sshKey = SshKeyOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the spec instead of generating (with -o yaml)" };
        var output = new Option<string?>("--output", "-o") { Description = "With --dry-run: yaml" };
        output.AcceptOnlyFromAmong("yaml");

        var cluster = new Command("cluster", "Create a cluster spec from kops-style flags and generate its infrastructure code")
        {
            name, zones, masterZones, masterCount, nodeCount, masterSize, nodeSize, topology, networking, image, apiLb, bastion,
            vpc, subnets, utilitySubnets, dnsZone, networkCidr, k8sVersion, adminAccess, sshAccess, target, outDir, sshKey, dryRun, output,
        };
        cluster.SetAction(parse => Guard(stderr, () =>
        {
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

            if (parse.GetValue(dryRun))
            {
                if (parse.GetValue(output) is null)
                {
                    stderr.WriteLine("kgen: --dry-run prints the spec; add -o yaml");
                    return 1;
                }

                // Resolve to report every problem before printing a spec that could not be generated.
                spec.Resolve(ReadSshKey(parse.GetValue(sshKey)));
                stdout.Write(spec.ToYaml());
                return 0;
            }

            if (parse.GetValue(outDir) is null)
            {
                stderr.WriteLine("kgen: create cluster generates with --target=terraform --out=DIR, or prints the spec with --dry-run -o yaml");
                return 1;
            }

            return Generate(spec, parse.GetValue(target), parse.GetValue(outDir), parse.GetValue(sshKey), stdout);
        }));

        return new Command("create", "Create a resource") { cluster };
    }

    private static int Generate(ClusterSpec spec, string? target, string? outDir, string? sshKeyPath, TextWriter stdout)
    {
        if (outDir is null)
        {
            throw new UsageException("--out DIR is required: the folder that receives kubernetes.tf and data/");
        }

        var kind = target switch
        {
            null or "terraform" => Target.Terraform,
            _ => throw new UsageException($"--target \"{target}\" is not supported; use terraform"),
        };

        var output = Generator.Generator.Generate(spec, kind, new GenerateOptions { SshPublicKey = ReadSshKey(sshKeyPath) });
        output.WriteToAsync(outDir).GetAwaiter().GetResult();
        stdout.WriteLine($"kgen: wrote {output.Files.Count} files for cluster {spec.Cluster.Metadata?.Name} to {outDir} ({string.Join(", ", output.OwnedEntries)})");
        return 0;
    }

    private static string? ReadSshKey(string? path) => path is null ? null : ReadInput(path, "--ssh-public-key");

    private static string ReadInput(string path, string option)
    {
        if (path == "-")
        {
            return Console.In.ReadToEnd();
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{option} {path}: no such file");
        }

        return File.ReadAllText(path);
    }

    /// <summary>Runs an action, turning bad input into a clear message and exit code 1, and anything else into exit code 2.</summary>
    private static int Guard(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (SpecException e)
        {
            foreach (var error in e.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            stderr.WriteLine(e.Errors.Count == 1 ? "kgen: 1 problem; nothing was written" : $"kgen: {e.Errors.Count} problems; nothing was written");
            return 1;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"kgen: {e.Message}");
            return 1;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"kgen: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"kgen: {e.Message}");
            return 1;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"kgen: unexpected failure (a bug in kgen, please report it): {e.GetType().Name}: {e.Message}");
            return 2;
        }
    }

    private static Option<string?> TargetOption()
    {
        var o = new Option<string?>("--target") { Description = "What to generate: terraform" };
        o.AcceptOnlyFromAmong("terraform");
        return o;
    }

    private static Option<string?> OutOption() => new("--out") { Description = "Folder for the generated files (kubernetes.tf and data/ are replaced; other files stay)" };

    private static Option<string?> SshKeyOption() => new("--ssh-public-key") { Description = "OpenSSH public key (.pub) imported as the nodes' key pair; none if omitted" };

    private static Option<string[]> ListOption(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description + " (comma-separated or repeated)",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };
}

/// <summary>A mistake in how kgen was called.</summary>
internal sealed class UsageException(string message) : Exception(message);
