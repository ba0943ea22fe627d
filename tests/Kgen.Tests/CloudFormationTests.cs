using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Kgen.Generator;
using Kgen.Generator.Targets;
using Kgen.Generator.Targets.CloudFormation;
using Kgen.Model;
using Kgen.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Kgen.Tests;

/// <summary>
/// The CloudFormation target: parity with the Terraform output of every case (resource kinds counted through a
/// type mapping, outputs by name), logical IDs, user-data encoding, CloudFormation's quotas, the differences, and
/// the CLI (journey 3).
/// </summary>
public sealed partial class CloudFormationTests
{
    /// <summary>
    /// What each Terraform resource type becomes in CloudFormation, from the one description of each kind. 1:N mappings:
    /// an internet gateway is attached by a resource of its own (Terraform: the gateway's vpc_id); aws_ec2_tag has no
    /// CloudFormation form (a documented difference); security-group rules are counted separately (ingress/egress, and
    /// EC2's default egress rule).
    /// </summary>
    private static readonly Dictionary<string, string[]> TypeMap = ResourceKinds.All
        .Where(k => !k.IsDataSource)

        // An EKS node group's launch template is a second kind of aws_launch_template, with the same CloudFormation type.
        .DistinctBy(k => k.TerraformType, StringComparer.Ordinal)
        .ToDictionary(k => k.TerraformType, k => k.CloudFormation.Types.ToArray(), StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void Every_terraform_resource_has_its_cloudformation_form_and_the_outputs_match_by_name(string name, string spec, string? key)
    {
        var tf = SnapshotTests.Generate(spec, key).Files["kubernetes.tf"];
        var template = Template(spec, key);
        var blocks = TerraformBlocks(tf);

        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, type, _) in blocks.Where(b => b.Kind == "resource" && b.Type != "aws_security_group_rule"))
        {
            Assert.True(TypeMap.ContainsKey(type), $"{name}: no CloudFormation mapping for {type}");
            foreach (var cfn in TypeMap[type])
            {
                expected[cfn] = expected.GetValueOrDefault(cfn) + 1;
            }
        }

        // Rules: one CloudFormation ingress/egress per Terraform rule, except the allow-all IPv4 egress EC2 gives every group.
        var rules = blocks.Where(b => b.Kind == "resource" && b.Type == "aws_security_group_rule").Select(b => b.Body).ToList();
        var ingress = rules.Count(r => Regex.IsMatch(r, "type += \"ingress\""));
        var defaultEgress = rules.Count(r => Regex.IsMatch(r, "type += \"egress\"") && Regex.IsMatch(r, "protocol += \"-1\"") && Regex.IsMatch(r, "cidr_blocks += \\[\"0\\.0\\.0\\.0/0\"\\]"));
        Assert.Equal(rules.Count, ingress + rules.Count(r => Regex.IsMatch(r, "type += \"egress\"")));
        if (ingress > 0)
        {
            expected["AWS::EC2::SecurityGroupIngress"] = ingress;
        }

        if (rules.Count - ingress - defaultEgress > 0)
        {
            expected["AWS::EC2::SecurityGroupEgress"] = rules.Count - ingress - defaultEgress;
        }

        Assert.Equal(blocks.Count(b => b.Type == "aws_security_group"), defaultEgress);
        var actual = ((JObject)template["Resources"]!).Properties()
            .GroupBy(p => (string)p.Value["Type"]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.OrderBy(e => e.Key, StringComparer.Ordinal));

        // Data sources become parameters (or, for a hosted zone, the record's HostedZoneName); aws_ec2_tag a difference.
        var parameters = (JObject?)template["Parameters"] ?? [];
        var data = blocks.Where(b => b.Kind == "data").ToList();
        Assert.Equal(data.Count(d => d.Type == "aws_ssm_parameter"), parameters.Properties().Count(p => ((string)p.Value["Type"]!).StartsWith("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", StringComparison.Ordinal)));
        Assert.Equal(data.Count(d => d.Type == "aws_ami"), parameters.Properties().Count(p => p.Name.StartsWith("RootDevice", StringComparison.Ordinal)));
        Assert.Equal(data.Count(d => d.Type == "aws_vpc"), parameters.Properties().Count(p => p.Name == "ExistingVpcCidrBlock"));
        Assert.Equal(data.Count(d => d.Type == "aws_internet_gateway"), parameters.Properties().Count(p => p.Name == "ExistingInternetGatewayId"));
        var records = ((JObject)template["Resources"]!).Properties().Select(p => p.Value).Where(r => (string)r["Type"]! == "AWS::Route53::RecordSet").ToList();
        Assert.Equal(data.Any(d => d.Type == "aws_route53_zone"), records.Any(r => r["Properties"]!["HostedZoneName"] is not null));
        var differences = template["Metadata"]!["kgen"]!["differences"]!.Values<string>().ToList();
        Assert.Equal(blocks.Count(b => b.Type == "aws_ec2_tag"), differences.Count(d => d!.Contains("is not tagged", StringComparison.Ordinal)));
        Assert.Equal(data.Count(d => d.Type == "aws_ami" && d.Body.Contains("\"name\"", StringComparison.Ordinal)), parameters.Properties().Count(p => p.Name.StartsWith("Image", StringComparison.Ordinal) && p.Value["Default"] is null));

        // Outputs: the same names (vpc_id ↔ VpcId), both ways.
        var tfOutputs = Regex.Matches(tf, "^output \"([a-z0-9_]+)\"", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        var cfnOutputs = ((JObject)template["Outputs"]!).Properties().ToList();
        Assert.Equal(tfOutputs.Select(CloudFormationRenderer.OutputName).Order(StringComparer.Ordinal), cfnOutputs.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Equal(tfOutputs, cfnOutputs.Select(o => CloudFormationRenderer.TerraformOutputName(o.Name)).Order(StringComparer.Ordinal));
        Assert.All(cfnOutputs, o => Assert.Equal(CloudFormationRenderer.TerraformOutputName(o.Name), (string)o.Value["Description"]!));
    }

    [Theory]
    [InlineData("vpc_id", "VpcId")]
    [InlineData("api_load_balancer_dns_name", "ApiLoadBalancerDnsName")]
    [InlineData("node_subnet_ids", "NodeSubnetIds")]
    [InlineData("region", "Region")]
    public void Output_names_map_to_pascal_case_and_back(string terraform, string cloudFormation)
    {
        Assert.Equal(cloudFormation, CloudFormationRenderer.OutputName(terraform));
        Assert.Equal(terraform, CloudFormationRenderer.TerraformOutputName(cloudFormation));
    }

    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void Logical_ids_are_letters_and_digits_and_unique_across_parameters_and_resources(string name, string spec, string? key)
    {
        var template = Template(spec, key);
        var ids = new[] { "Parameters", "Resources", "Outputs" }
            .SelectMany(s => ((JObject?)template[s])?.Properties().Select(p => p.Name) ?? [])
            .ToList();
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9]{1,255}$", id));
        var parametersAndResources = ids.Take(ids.Count - ((JObject)template["Outputs"]!).Count).ToList();
        Assert.True(parametersAndResources.Distinct(StringComparer.Ordinal).Count() == parametersAndResources.Count, name);
        var resources = (JObject)template["Resources"]!;
        Assert.All(resources.Properties().Where(r => r.Value["DependsOn"] is not null), r => Assert.NotNull(resources[(string)r.Value["DependsOn"]!]));
    }

    [Fact]
    public void Logical_ids_are_pascal_case_without_the_cluster_name_and_long_ones_are_cut_with_a_stable_hash()
    {
        Assert.Equal("SubnetUsEast1a", LogicalIds.Of("Subnet", "us-east-1a.acme.k8s.local", "acme.k8s.local"));
        Assert.Equal("Vpc", LogicalIds.Of("Vpc", "acme.k8s.local", "acme.k8s.local"));
        Assert.Equal("RuleFromNodesIngressTcp443to443ApiElb", LogicalIds.Of("Rule", "from-nodes.acme.k8s.local-ingress-tcp-443to443-api-elb.acme.k8s.local", "acme.k8s.local"));
        var longName = string.Concat(Enumerable.Repeat("segment-", 40));
        var id = LogicalIds.Of("Rule", longName, "acme.k8s.local");
        Assert.Equal(255, id.Length);
        Assert.Matches("^[A-Za-z0-9]+$", id);
        Assert.Equal(id, LogicalIds.Of("Rule", longName, "acme.k8s.local"));
        Assert.NotEqual(id, LogicalIds.Of("Rule", longName + "x", "acme.k8s.local"));
    }

    [Fact]
    public void Two_names_that_become_one_logical_id_are_an_error_not_a_silent_merge()
    {
        var yaml = File.ReadAllText(Repo.Example("minimal.yaml")) + """
            ---
            apiVersion: kgen.dev/v1alpha1
            kind: InstanceGroup
            metadata:
              name: nodes-a
            spec:
              role: Node
              subnets: [eu-west-1a]
            ---
            apiVersion: kgen.dev/v1alpha1
            kind: InstanceGroup
            metadata:
              name: nodes--a
            spec:
              role: Node
              subnets: [eu-west-1a]

            """;
        var spec = ClusterSpec.Load(yaml, "collide.yaml");
        Assert.NotNull(Generator.Generator.Generate(spec, Target.Terraform));
        var e = Assert.Throws<SpecException>(() => Generator.Generator.Generate(spec, Target.CloudFormation));
        Assert.Contains("both become the logical ID", e.Message, StringComparison.Ordinal);
        Assert.Contains("nodes-a", e.Message, StringComparison.Ordinal);
        Assert.Contains("nodes--a", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SnapshotTests.Cases), MemberType = typeof(SnapshotTests))]
    public void User_data_is_the_terraform_targets_script_as_Fn_Base64_when_it_fits_else_a_deterministic_gzip(string name, string spec, string? key)
    {
        var tf = SnapshotTests.Generate(spec, key).Files;
        var template = Template(spec, key);
        var described = (JObject)template["Metadata"]!["kgen"]!["userData"]!;
        // An EKS managed node group's launch template carries no user-data: EKS adds the bootstrap of its AMI type.
        var templates = ((JObject)template["Resources"]!).Properties()
            .Where(p => (string)p.Value["Type"]! == "AWS::EC2::LaunchTemplate" && p.Value["Properties"]!["LaunchTemplateData"]!["UserData"] is not null)
            .ToList();
        Assert.Equal(name.StartsWith("eks-", StringComparison.Ordinal), templates.Count == 0);
        Assert.Equal(templates.Select(t => t.Name).Order(StringComparer.Ordinal), described.Properties().Select(p => p.Name));
        foreach (var t in templates)
        {
            var awsName = (string)t.Value["Properties"]!["LaunchTemplateName"]!;
            var script = tf[$"data/aws_launch_template_{awsName.Replace(":", string.Empty, StringComparison.Ordinal)}_user_data"];
            var userData = t.Value["Properties"]!["LaunchTemplateData"]!["UserData"]!;
            var size = Encoding.UTF8.GetByteCount(script);
            if (size <= CloudFormationRenderer.UserDataLimit)
            {
                Assert.Equal(script, (string)userData["Fn::Base64"]!);
                Assert.StartsWith("Fn::Base64", (string)described[t.Name]!, StringComparison.Ordinal);
            }
            else
            {
                var bytes = Convert.FromBase64String((string)userData!);
                Assert.True(bytes.Length <= CloudFormationRenderer.UserDataLimit, $"{name}: {t.Name}: {bytes.Length} bytes gzipped");
                Assert.Equal(DeterministicGzip.Header, bytes[..10]);
                Assert.Equal(script, Gunzip(bytes));
                Assert.StartsWith("gzip", (string)described[t.Name]!, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Small_and_large_scripts_both_occur_among_the_cases()
    {
        // kgen's own user data is small since the node script moved to the config store; a house template's may not be.
        var template = Template(Repo.Example("ha-private.yaml"), Repo.ExampleKey);
        var described = ((JObject)template["Metadata"]!["kgen"]!["userData"]!).Properties().Select(p => (string?)p.Value).ToList();
        Assert.All(described, d => Assert.StartsWith("Fn::Base64", d!, StringComparison.Ordinal));

        var dir = Directory.CreateTempSubdirectory("kgen-house-").FullName;
        TemplateSet templates;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "userdata"));
            var padding = string.Concat(Enumerable.Range(0, 1000).Select(i => $"# house rule {i}: every node logs its boot\n"));
            File.WriteAllText(Path.Combine(dir, "userdata", "nodeup.sh.sbn"), "#!/bin/bash\n{{ if role == 'node' }}\n" + padding + "{{ end }}\n");
            templates = TemplateSet.FromDirectory(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        var output = Generator.Generator.Generate(
            ClusterSpec.Load(File.ReadAllText(Repo.Example("ha-private.yaml")), "ha-private.yaml"),
            Target.CloudFormation,
            new GenerateOptions { SshPublicKey = File.ReadAllText(Repo.ExampleKey), Templates = templates });
        described = ((JObject)JObject.Parse(output.Files["cloudformation.json"])["Metadata"]!["kgen"]!["userData"]!).Properties().Select(p => (string?)p.Value).ToList();
        Assert.Contains(described, d => d!.StartsWith("Fn::Base64", StringComparison.Ordinal));
        Assert.Contains(described, d => d!.StartsWith("gzip", StringComparison.Ordinal));
    }

    [Fact]
    public void The_gzip_is_the_same_bytes_every_time_with_a_fixed_header_and_a_correct_trailer()
    {
        Assert.Equal(0xCBF43926u, DeterministicGzip.Crc32("123456789"u8));
        var data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"line {i}\n")));
        var first = DeterministicGzip.Compress(data);
        Assert.Equal(first, DeterministicGzip.Compress(data));
        Assert.Equal(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff }, first[..10]);
        Assert.Equal(Encoding.UTF8.GetString(data), Gunzip(first));
        Assert.Equal(BitConverter.GetBytes((uint)data.Length), first[^4..]);
    }

    [Fact]
    public void Templates_over_51200_bytes_get_the_deploy_from_s3_message()
    {
        var output = SnapshotTests.Generate(Repo.Example("ha-private.yaml"), Repo.ExampleKey, Target.CloudFormation);
        Assert.True(Encoding.UTF8.GetByteCount(output.Files["cloudformation.json"]) > CloudFormationRenderer.InlineTemplateLimit);
        Assert.Contains(output.Warnings, w => w.Message.Contains("--s3-bucket BUCKET", StringComparison.Ordinal) && w.Message.Contains("51200", StringComparison.Ordinal));
    }

    [Fact]
    public void Over_the_resource_and_size_quotas_is_an_error_that_names_them_and_writes_nothing()
    {
        using var dir = new TempDir();
        var yaml = new StringBuilder(File.ReadAllText(Repo.Example("minimal.yaml")));
        for (var i = 0; i < 260; i++)
        {
            yaml.Append($"---\napiVersion: kgen.dev/v1alpha1\nkind: InstanceGroup\nmetadata:\n  name: pool-{i:000}\nspec:\n  role: Node\n  subnets: [eu-west-1a]\n");
        }

        var specPath = Path.Combine(dir.Path, "big.yaml");
        File.WriteAllText(specPath, yaml.ToString());
        var outDir = Path.Combine(dir.Path, "out");
        var (exit, _, err) = CliRunner.RunWith(Store(dir), "-f", specPath, "--target=cloudformation", "--out=" + outDir);
        Assert.Equal(1, exit);
        Assert.Contains("CloudFormation's quota is 500 resources per stack", err, StringComparison.Ordinal);
        Assert.Contains("CloudFormation's template size quota is 1048576 bytes", err, StringComparison.Ordinal);
        Assert.Contains("nothing was written", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [Fact]
    public void Every_difference_is_in_the_template_metadata_and_printed_as_a_warning()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var (exit, _, err) = CliRunner.RunWith(Store(dir), "-f", Repo.Example("existing-vpc.yaml"), "--target=cloudformation", "--out=" + outDir);
        Assert.True(exit == 0, err);
        var template = JObject.Parse(File.ReadAllText(Path.Combine(outDir, "cloudformation.json")));
        var differences = template["Metadata"]!["kgen"]!["differences"]!.Values<string>().ToList();
        Assert.Contains(differences, d => d!.StartsWith("subnet-0aaa1111bbbb2222c is not tagged kubernetes.io/cluster/shared.example.internal=shared", StringComparison.Ordinal));
        Assert.Contains(differences, d => d!.Contains("ExistingVpcCidrBlock, which defaults to spec.networkCIDR 10.30.0.0/16", StringComparison.Ordinal));
        Assert.Contains(differences, d => d!.Contains("AWS::IAM::InstanceProfile has no Tags", StringComparison.Ordinal));
        Assert.All(differences, d => Assert.Contains($"kgen: warning: cloudformation: {d}\n", err, StringComparison.Ordinal));
        Assert.Equal("10.30.0.0/16", (string)template["Parameters"]!["ExistingVpcCidrBlock"]!["Default"]!);
        Assert.Equal(new JObject { ["Ref"] = "ExistingVpcCidrBlock" }, template["Outputs"]!["VpcCidrBlock"]!["Value"]);
    }

    [Fact]
    public void An_image_name_pattern_becomes_a_parameter_without_default_and_a_difference()
    {
        var output = SnapshotTests.Generate(Repo.Example("public-dns.yaml"), Repo.ExampleKey, Target.CloudFormation);
        var template = JObject.Parse(output.Files["cloudformation.json"]);
        var image = (JObject)template["Parameters"]!["ImageNodes"]!;
        Assert.Equal("AWS::EC2::Image::Id", (string)image["Type"]!);
        Assert.Null(image["Default"]);
        Assert.Contains(output.Warnings, w => w.Message.Contains("--parameter-overrides ImageNodes=", StringComparison.Ordinal));
        var ubuntu = template["Parameters"]!.Children<JProperty>().Single(p => p.Name.StartsWith("ImageParameter", StringComparison.Ordinal));
        Assert.Equal("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", (string)ubuntu.Value["Type"]!);
        Assert.StartsWith("/aws/service/canonical/ubuntu/server/24.04/stable/current/", (string)ubuntu.Value["Default"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_holds_both_targets_and_each_replaces_only_its_own_entries()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var env = Store(dir);
        var tf = CliRunner.RunWith(env, "-f", Repo.Example("minimal.yaml"), "--target=terraform", "--out=" + outDir, "--ssh-public-key", Repo.ExampleKey);
        Assert.True(tf.Exit == 0, tf.Err);
        var terraformFiles = dir.Files("out");
        var (exit, stdout, err) = CliRunner.RunWith(env, "-f", Repo.Example("minimal.yaml"), "--target=cloudformation", "--out=" + outDir, "--ssh-public-key", Repo.ExampleKey);
        Assert.True(exit == 0, err);
        Assert.Contains("added    cloudformation.json", stdout, StringComparison.Ordinal);
        var both = dir.Files("out");
        Assert.Equal(terraformFiles.Keys.Append("cloudformation.json").Order(StringComparer.Ordinal), both.Keys);
        Assert.All(terraformFiles, f => Assert.Equal(f.Value, both[f.Key]));

        (exit, stdout, _) = CliRunner.RunWith(env, "-f", Repo.Example("minimal.yaml"), "--target=cloudformation", "--out=" + outDir, "--ssh-public-key", Repo.ExampleKey);
        Assert.Equal(0, exit);
        Assert.StartsWith("kgen: no changes:", stdout, StringComparison.Ordinal);

        var bad = CliRunner.RunWith(env, "-f", Repo.Example("minimal.yaml"), "--target=pulumi", "--out=" + outDir);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("cloudformation", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Journey_3_update_cluster_with_target_cloudformation()
    {
        using var dir = new TempDir();
        var env = Store(dir);
        var outDir = Path.Combine(dir.Path, "acme");
        var (exit, _, err) = CliRunner.RunWith(env, "create", "cluster", "acme.k8s.local", "--zones", "us-east-1a,us-east-1b,us-east-1c", "--master-zones", "us-east-1a,us-east-1b,us-east-1c",
            "--master-count", "3", "--node-count", "3", "--topology", "private", "--networking", "flannel", "--ssh-public-key", Repo.ExampleKey, "--target=cloudformation", "--out=" + outDir);
        Assert.True(exit == 0, err);
        Assert.Equal(["cloudformation.json"], dir.Files("acme").Keys);

        string stdout;
        (exit, stdout, err) = CliRunner.RunWith(env, "update", "cluster", "acme.k8s.local", "--target=cloudformation", "--out=" + outDir);
        Assert.True(exit == 0, err);
        Assert.StartsWith("kgen: no changes:", stdout, StringComparison.Ordinal);
        Assert.Contains("--s3-bucket BUCKET", err, StringComparison.Ordinal);

        var editor = new Dictionary<string, string>(env) { ["EDITOR"] = "sed -i 's/machineType: t3.medium/machineType: t3.large/'" };
        Assert.Equal(0, CliRunner.RunWith(editor, "edit", "instancegroup", "nodes", "--name", "acme.k8s.local").Exit);
        (exit, stdout, err) = CliRunner.RunWith(env, "update", "cluster", "acme.k8s.local", "--target=cloudformation", "--out=" + outDir);
        Assert.True(exit == 0, err);
        Assert.Contains("changed  cloudformation.json", stdout, StringComparison.Ordinal);
        Assert.Contains("the launch template or user-data of nodes changed: after aws cloudformation deploy, their running nodes must be replaced", stdout, StringComparison.Ordinal);
        var template = JObject.Parse(File.ReadAllText(Path.Combine(outDir, "cloudformation.json")));
        Assert.Equal("t3.large", (string)template["Resources"]!["LaunchTemplateNodes"]!["Properties"]!["LaunchTemplateData"]!["InstanceType"]!);
    }

    /// <summary>A state store of the test's own, where generation keeps the cluster's secrets.</summary>
    private static Dictionary<string, string> Store(TempDir dir) => new() { ["KGEN_STATE_STORE"] = "file://" + Path.Combine(dir.Path, "state") };

    private static JObject Template(string spec, string? key) =>
        JObject.Parse(SnapshotTests.Generate(spec, key, Target.CloudFormation).Files["cloudformation.json"]);

    private static string Gunzip(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The top-level resource and data blocks of a terraform-fmt-style file: kind, type and body.</summary>
    private static List<(string Kind, string Type, string Body)> TerraformBlocks(string tf) =>
        [.. BlockStart().Matches(tf).Select(m =>
        {
            var end = tf.IndexOf("\n}\n", m.Index, StringComparison.Ordinal);
            return (m.Groups[1].Value, m.Groups[2].Value, tf[m.Index..end]);
        })];

    [GeneratedRegex("^(resource|data) \"([a-z0-9_]+)\"", RegexOptions.Multiline)]
    private static partial Regex BlockStart();
}
