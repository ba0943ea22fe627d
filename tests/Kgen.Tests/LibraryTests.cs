using System.Text;
using Kgen.Generator;
using Kgen.Model;
using Kgen.Model.Spec;
using Kgen.Store;
using Kgen.Store.Pki;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>Journey 5: kgen as a library — the public surface, loading, thread safety and template overrides.</summary>
public sealed class LibraryTests
{
    private static readonly string[] Examples = ["existing-vpc", "ha-private", "internal-api", "minimal", "public-dns", "spot-mixed-calico"];

    [Fact]
    public void Public_api_is_the_documented_surface_and_nothing_more()
    {
        // Everything else is internal. Adding a public type is a decision: document it in the
        // docs/library.md and add it here.
        var exported = new[] { typeof(ClusterSpec).Assembly, typeof(Generator.Generator).Assembly, typeof(ClusterSecrets).Assembly, typeof(Operations.Preflight).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();
        string[] expected =
        [
            "Kgen.Generator.ConfigBaseFile",
            "Kgen.Generator.ConfigStoreLayout",
            "Kgen.Generator.GenerateOptions",
            "Kgen.Generator.GeneratedOutput",
            "Kgen.Generator.Generator",
            "Kgen.Generator.Target",
            "Kgen.Generator.TemplateException",
            "Kgen.Generator.TemplateSet",
            "Kgen.Model.ClusterSpec",
            "Kgen.Model.Diagnostic",
            "Kgen.Model.DiagnosticCodes",
            "Kgen.Model.DiagnosticLocation",
            "Kgen.Model.InputLocation",
            "Kgen.Model.PlanLocation",
            "Kgen.Model.Severity",
            "Kgen.Model.Spec.AmazonVpcDto",
            "Kgen.Model.Spec.ApiDto",
            "Kgen.Model.Spec.AuthorizationDto",
            "Kgen.Model.Spec.AwsEbsCsiDriverDto",
            "Kgen.Model.Spec.BastionDto",
            "Kgen.Model.Spec.BastionLoadBalancerDto",
            "Kgen.Model.Spec.CertManagerDto",
            "Kgen.Model.Spec.CloudConfigDto",
            "Kgen.Model.Spec.CloudControllerManagerDto",
            "Kgen.Model.Spec.ClusterAutoscalerDto",
            "Kgen.Model.Spec.ClusterDocument",
            "Kgen.Model.Spec.ClusterSpecDto",
            "Kgen.Model.Spec.ConfigStoreEncryptionDto",
            "Kgen.Model.Spec.ContainerdDto",
            "Kgen.Model.Spec.DnsDto",
            "Kgen.Model.Spec.EmptyDto",
            "Kgen.Model.Spec.EnvVarDto",
            "Kgen.Model.Spec.EtcdBackupDto",
            "Kgen.Model.Spec.EtcdClusterDto",
            "Kgen.Model.Spec.EtcdManagerDto",
            "Kgen.Model.Spec.EtcdMemberDto",
            "Kgen.Model.Spec.ExternalDnsDto",
            "Kgen.Model.Spec.ExternalLoadBalancerDto",
            "Kgen.Model.Spec.FlannelDto",
            "Kgen.Model.Spec.IamDto",
            "Kgen.Model.Spec.InstanceGroupDocument",
            "Kgen.Model.Spec.InstanceGroupIamDto",
            "Kgen.Model.Spec.InstanceGroupSpecDto",
            "Kgen.Model.Spec.InstanceMetadataDto",
            "Kgen.Model.Spec.KubeApiServerDto",
            "Kgen.Model.Spec.KubeControllerManagerDto",
            "Kgen.Model.Spec.KubeProxyDto",
            "Kgen.Model.Spec.KubeSchedulerDto",
            "Kgen.Model.Spec.KubeletDto",
            "Kgen.Model.Spec.LeaderElectionDto",
            "Kgen.Model.Spec.LoadBalancerControllerDto",
            "Kgen.Model.Spec.LoadBalancerDto",
            "Kgen.Model.Spec.MetricsServerDto",
            "Kgen.Model.Spec.MixedInstancesPolicyDto",
            "Kgen.Model.Spec.NetworkingDto",
            "Kgen.Model.Spec.NodeTerminationHandlerDto",
            "Kgen.Model.Spec.ObjectMeta",
            "Kgen.Model.Spec.RootVolumeDto",
            "Kgen.Model.Spec.ServiceAccountAwsPermissionsDto",
            "Kgen.Model.Spec.ServiceAccountExternalPermissionDto",
            "Kgen.Model.Spec.ServiceAccountIssuerDiscoveryDto",
            "Kgen.Model.Spec.SubnetDto",
            "Kgen.Model.Spec.TopologyDto",
            "Kgen.Model.SpecException",
            "Kgen.Model.TargetLocation",
            "Kgen.Operations.CheckOutcome",
            "Kgen.Operations.CheckReport",
            "Kgen.Operations.CheckResult",
            "Kgen.Operations.ClusterValidation",
            "Kgen.Operations.OperationsException",
            "Kgen.Operations.Preflight",
            "Kgen.Operations.PreflightOptions",
            "Kgen.Operations.ValidateOptions",
            "Kgen.Operations.ValidationResult",
            "Kgen.Store.ClusterExistsException",
            "Kgen.Store.ClusterNotFoundException",
            "Kgen.Store.ClusterStore",
            "Kgen.Store.ConfigBaseObjects",
            "Kgen.Store.EtcdSnapshot",
            "Kgen.Store.EtcdSnapshots",
            "Kgen.Store.IObjectStore",
            "Kgen.Store.ObjectStores",
            "Kgen.Store.Pki.ClusterSecrets",
            "Kgen.Store.Pki.ClusterSecretsReport",
            "Kgen.Store.Precondition",
            "Kgen.Store.StoreConflictException",
            "Kgen.Store.StoreException",
            "Kgen.Store.StoreOptions",
            "Kgen.Store.StoredDocument",
            "Kgen.Store.StoredObject",
        ];
        Assert.Equal(expected, exported);
    }

    [Fact]
    public void The_generator_is_pure_and_the_store_holds_the_cloud_sdk()
    {
        // Generation makes no cloud call: Kgen.Generator does not even reference the AWS SDK (tests/packaging checks the packages too).
        static IEnumerable<string> References(Type t) => t.Assembly.GetReferencedAssemblies().Select(a => a.Name!);
        Assert.DoesNotContain(References(typeof(Generator.Generator)), n => n.StartsWith("AWSSDK", StringComparison.Ordinal));
        Assert.DoesNotContain(References(typeof(ClusterSpec)), n => n.StartsWith("AWSSDK", StringComparison.Ordinal));
        Assert.Contains("AWSSDK.S3", References(typeof(ClusterSecrets)));
        Assert.Contains("Kgen.Generator", References(typeof(ClusterSecrets)));

        // The checks around apply (Kgen.Operations) hold the rest of the SDK and the Kubernetes client.
        var operations = References(typeof(Operations.Preflight)).ToList();
        Assert.Contains("AWSSDK.EC2", operations);
        Assert.Contains("KubernetesClient", operations);
    }

    [Fact]
    public async Task Journey_5_load_with_one_argument_generate_in_memory_and_write()
    {
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("ha-private.yaml")));
        var output = Generator.Generator.Generate(spec, Target.Terraform);
        using var dir = new TempDir();
        await output.WriteToAsync(dir.Path);
        Assert.Equal(output.Files, dir.Files());
        Assert.Contains("kubernetes.tf", output.Files.Keys);
    }

    [Fact]
    public async Task Secrets_are_created_once_in_the_config_base_and_never_in_the_output()
    {
        using var dir = new TempDir();
        var yaml = File.ReadAllText(Repo.Example("minimal.yaml"));
        var configBase = "file://" + Path.Combine(dir.Path, "config");
        var spec = ClusterSpec.Load(WithConfigBase(yaml, configBase), "factory.yaml");
        Assert.Equal(configBase, spec.Cluster.Spec!.ConfigBase);

        var first = await ClusterSecrets.EnsureAsync(spec);
        Assert.Equal(configBase, first.Location);
        Assert.Contains("pki/ca.crt", first.Created);
        Assert.DoesNotContain(first.Created, k => k.StartsWith("tokens/", StringComparison.Ordinal));
        Assert.Empty(first.Reused);
        Assert.StartsWith("sha256:", first.CaCertificateHash, StringComparison.Ordinal);

        var ca = await File.ReadAllTextAsync(Path.Combine(dir.Path, "config", "pki", "ca.crt"));
        var again = await ClusterSecrets.EnsureAsync(spec);
        Assert.Empty(again.Created);
        Assert.Equal(first.Created.Order(StringComparer.Ordinal), again.Reused.Order(StringComparer.Ordinal));
        Assert.Equal(first.CaCertificateHash, again.CaCertificateHash);
        Assert.Equal(ca, await File.ReadAllTextAsync(Path.Combine(dir.Path, "config", "pki", "ca.crt")));

        var output = Generator.Generator.Generate(spec, Target.Terraform);
        var key = (await File.ReadAllTextAsync(Path.Combine(dir.Path, "config", "pki", "ca.key"))).Split('\n')[1];
        Assert.DoesNotContain(output.Files.Values, f => f.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Secrets_for_a_kops_memfs_config_base_are_refused_with_what_to_set()
    {
        var yaml = WithConfigBase(File.ReadAllText(Repo.Example("minimal.yaml")), "memfs://tests/minimal");
        var e = await Assert.ThrowsAsync<StoreException>(() => ClusterSecrets.EnsureAsync(ClusterSpec.Load(yaml)));
        Assert.Contains("s3://BUCKET/CLUSTER", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CloudFormation_comes_out_of_the_same_call_with_its_warnings()
    {
        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("ha-private.yaml")));
        var output = Generator.Generator.Generate(spec, Target.CloudFormation);
        Assert.Equal(["cloudformation.json"], output.Files.Keys);
        Assert.Equal(["cloudformation.json"], output.OwnedEntries);
        Assert.Contains(output.Warnings, w => w.Severity == Severity.Warning && w.Message.Contains("--s3-bucket", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stream_loads_like_its_text_and_problems_name_the_file()
    {
        var text = File.ReadAllText(Repo.Example("ha-private.yaml"));
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
        var fromStream = Generator.Generator.Generate(ClusterSpec.Load(stream, "acme.yaml"), Target.Terraform);
        Assert.True(stream.CanRead, "the stream is left open");
        Assert.Equal(Generator.Generator.Generate(ClusterSpec.Load(text), Target.Terraform).Files, fromStream.Files);

        using var bad = new MemoryStream(Encoding.UTF8.GetBytes(text.Replace("minSize: 3", "minSize: three", StringComparison.Ordinal)));
        var e = Assert.Throws<SpecException>(() => ClusterSpec.Load(bad, "acme.yaml"));
        Assert.StartsWith("acme.yaml:", e.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_built_in_code_validates_and_generates()
    {
        var cluster = new ClusterDocument
        {
            ApiVersion = ClusterSpec.ApiVersion,
            Kind = "Cluster",
            Metadata = new ObjectMeta { Name = "code.k8s.local" },
            Spec = new ClusterSpecDto
            {
                CloudProvider = "aws",
                KubernetesVersion = "v1.34.2",
                Subnets = [new SubnetDto { Name = "eu-west-1a", Zone = "eu-west-1a", Type = "Public" }],
            },
        };
        InstanceGroupDocument Group(string name, string role) => new()
        {
            ApiVersion = ClusterSpec.ApiVersion,
            Kind = "InstanceGroup",
            Metadata = new ObjectMeta { Name = name },
            Spec = new InstanceGroupSpecDto { Role = role, MachineType = "t3.medium", Subnets = ["eu-west-1a"] },
        };

        var spec = ClusterSpec.FromDocuments(cluster, [Group("control-plane", "ControlPlane"), Group("nodes", "Node")]);
        spec.Validate();
        var output = Generator.Generator.Generate(spec, Target.Terraform);
        Assert.Contains("region = \"eu-west-1\"", output.Files["kubernetes.tf"], StringComparison.Ordinal);

        var invalid = ClusterSpec.FromDocuments(cluster, [Group("nodes", "Node")], "factory");
        var e = Assert.Throws<SpecException>(() => invalid.Validate());
        Assert.All(e.Errors, x => Assert.Equal("factory", Assert.IsType<InputLocation>(x.Location).File));
    }

    [Fact]
    public void Many_threads_at_once_get_what_one_thread_gets()
    {
        var specs = Examples.Select(n => ClusterSpec.Load(File.ReadAllText(Repo.Example(n + ".yaml")), n + ".yaml")).ToList();
        var options = new GenerateOptions { SshPublicKey = File.ReadAllText(Repo.ExampleKey) };
        var expected = specs.Select(s => Generator.Generator.Generate(s, Target.Terraform, options).Files).ToList();

        var work = Enumerable.Range(0, 16 * specs.Count).Select(i => i % specs.Count).ToList();
        var results = new IReadOnlyDictionary<string, string>[work.Count];
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = Generator.Generator.Generate(specs[work[i]], Target.Terraform, options).Files);

        for (var i = 0; i < work.Count; i++)
        {
            Assert.Equal(expected[work[i]], results[i]);
        }
    }

    [Fact]
    public void An_override_folder_replaces_just_the_templates_it_holds()
    {
        using var dir = new TempDir();
        var vpc = Read("terraform/aws_vpc.sbn").Replace("enable_dns_support = {{ tf.bool r.enable_dns_support }}", "enable_dns_support = {{ tf.bool r.enable_dns_support }}\n# house rule: reviewed by network team", StringComparison.Ordinal);
        Write(dir, "terraform/aws_vpc.sbn", vpc);
        Write(dir, "README.md", "not a template; ignored");
        var templates = TemplateSet.FromDirectory(dir.Path);
        Assert.Equal(["terraform/aws_vpc.sbn"], templates.Overridden);

        var spec = ClusterSpec.Load(File.ReadAllText(Repo.Example("ha-private.yaml")));
        var plain = Generator.Generator.Generate(spec, Target.Terraform).Files;
        var custom = Generator.Generator.Generate(spec, Target.Terraform, new GenerateOptions { Templates = templates }).Files;

        Assert.Contains("# house rule: reviewed by network team", custom["kubernetes.tf"], StringComparison.Ordinal);
        Assert.Equal(plain["kubernetes.tf"], custom["kubernetes.tf"].Replace("  # house rule: reviewed by network team\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(plain.Keys, custom.Keys);
        Assert.All(plain.Keys.Where(k => k != "kubernetes.tf"), k => Assert.Equal(plain[k], custom[k]));
    }

    [Fact]
    public void An_override_may_include_a_new_partial()
    {
        using var dir = new TempDir();
        Write(dir, "terraform/_house.sbn", "# managed by the platform team");
        Write(dir, "terraform/aws_vpc.sbn", Read("terraform/aws_vpc.sbn").Replace("enable_dns_support = {{ tf.bool r.enable_dns_support }}", "enable_dns_support = {{ tf.bool r.enable_dns_support }}\n{{ include '_house.sbn' }}", StringComparison.Ordinal));
        var output = Generate(TemplateSet.FromDirectory(dir.Path));
        Assert.Contains("# managed by the platform team", output.Files["kubernetes.tf"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_named_with_its_line()
    {
        using var dir = new TempDir();
        var path = Write(dir, "terraform/aws_vpc.sbn", "resource \"aws_vpc\" \"{{ name }}\" {\ncidr_block = {{ tf.str r.cidr_block ) }}\n}\n");
        var e = Assert.Throws<TemplateException>(() => TemplateSet.FromDirectory(dir.Path));
        Assert.Equal(path, e.File);
        Assert.Equal(2, e.Line);
        Assert.StartsWith($"{path}:2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_fails_to_render_is_named_with_its_line()
    {
        using var dir = new TempDir();
        var path = Write(dir, "terraform/aws_vpc.sbn", Read("terraform/aws_vpc.sbn").Replace("{{ tf.tags r.tags }}", "owner = {{ tf.str r.owner }}\n{{ tf.tags r.tags }}", StringComparison.Ordinal));
        var e = Assert.Throws<TemplateException>(() => Generate(TemplateSet.FromDirectory(dir.Path)));
        Assert.Equal(path, e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("owner", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_argument_to_a_tf_function_is_named_with_its_line()
    {
        using var dir = new TempDir();
        var path = Write(dir, "terraform/aws_vpc.sbn", Read("terraform/aws_vpc.sbn").Replace("{{ tf.tags r.tags }}", "{{ tf.tags r.cidr_block }}", StringComparison.Ordinal));
        var e = Assert.Throws<TemplateException>(() => Generate(TemplateSet.FromDirectory(dir.Path)));
        Assert.Equal((path, 5), (e.File, e.Line));
        Assert.Contains("tf.tags: tags must be a Tags, not String", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_include_or_a_misspelt_template_name_is_named()
    {
        using var dir = new TempDir();
        var path = Write(dir, "terraform/aws_vpc.sbn", "{{ include '_nowhere.sbn' }}\n" + Read("terraform/aws_vpc.sbn"));
        var e = Assert.Throws<TemplateException>(() => Generate(TemplateSet.FromDirectory(dir.Path)));
        Assert.Equal((path, 1), (e.File, e.Line));
        Assert.Contains("terraform/_nowhere.sbn", e.Message, StringComparison.Ordinal);

        using var typo = new TempDir();
        var misspelt = Write(typo, "terraform/aws_vcp.sbn", "x");
        var t = Assert.Throws<TemplateException>(() => TemplateSet.FromDirectory(typo.Path));
        Assert.Equal(misspelt, t.File);
        Assert.True(t.Message.Contains("did you mean \"terraform/aws_vpc.sbn\"", StringComparison.Ordinal), t.Message);

        Assert.Throws<TemplateException>(() => TemplateSet.FromDirectory(Path.Combine(typo.Path, "absent")));
        using var empty = new TempDir();
        Assert.Contains("no *.sbn templates", Assert.Throws<TemplateException>(() => TemplateSet.FromDirectory(empty.Path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_templates_flag_uses_the_folder_and_reports_a_broken_template_with_exit_1()
    {
        using var templates = new TempDir();
        Write(templates, "terraform/aws_vpc.sbn", Read("terraform/aws_vpc.sbn").Replace("enable_dns_support = {{ tf.bool r.enable_dns_support }}", "enable_dns_support = {{ tf.bool r.enable_dns_support }}\n# house rule", StringComparison.Ordinal));
        using var good = new TempDir();
        var (exit, _, err) = CliRunner.Run("--target=terraform", "--out=" + good.Path, "-f", Repo.Example("minimal.yaml"), "--templates", templates.Path);
        Assert.True(exit == 0, err);
        Assert.Contains("# house rule", good.Files()["kubernetes.tf"], StringComparison.Ordinal);

        var broken = Write(templates, "userdata/node.sh.sbn", "#!/bin/bash\n{{ if }}\n");
        using var bad = new TempDir();
        (exit, _, err) = CliRunner.Run("--target=terraform", "--out=" + bad.Path, "-f", Repo.Example("minimal.yaml"), "--templates", templates.Path);
        Assert.Equal(1, exit);
        Assert.StartsWith($"{broken}:2:", err, StringComparison.Ordinal);
        Assert.Contains("nothing was written", err, StringComparison.Ordinal);
        Assert.Empty(bad.Files());

        (exit, _, err) = CliRunner.Run("--target=terraform", "--out=" + bad.Path, "-f", Repo.Example("minimal.yaml"), "--templates", Path.Combine(templates.Path, "nope"));
        Assert.Equal(1, exit);
        Assert.Contains("no such folder", err, StringComparison.Ordinal);
    }

    private static GeneratedOutput Generate(TemplateSet templates) =>
        Generator.Generator.Generate(ClusterSpec.Load(File.ReadAllText(Repo.Example("ha-private.yaml"))), Target.Terraform, new GenerateOptions { Templates = templates });

    /// <summary>The spec with <c>configBase</c> set in its cluster document (the first <c>spec:</c>).</summary>
    private static string WithConfigBase(string yaml, string configBase)
    {
        var at = yaml.IndexOf("spec:\n", StringComparison.Ordinal) + "spec:\n".Length;
        return yaml.Insert(at, $"  configBase: {configBase}\n");
    }

    private static string Read(string template) => File.ReadAllText(Path.Combine(Repo.Root, "templates", template));

    private static string Write(TempDir dir, string relative, string text)
    {
        var path = Path.Combine(dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
