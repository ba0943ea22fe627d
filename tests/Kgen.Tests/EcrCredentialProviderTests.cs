using Kgen.Generator;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Builders;
using Kgen.Model;
using Kgen.Tests.Support;
using YamlDotNet.RepresentationModel;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests;

/// <summary>
/// The kubelet's ECR credential provider: with <c>iam.allowContainerRegistry</c> (on by default) every node installs
/// the pinned binary and the kubelet runs it for ECR images, so the ECR grant the spec asks for is one the kubelet can
/// use (it lost its built-in ECR support in Kubernetes 1.27); without it, neither the binary nor the flags.
/// </summary>
public sealed class EcrCredentialProviderTests
{
    [Fact]
    public void Every_kubelet_runs_the_pinned_provider_for_ecr_images_in_the_clusters_region()
    {
        var output = Generate(string.Empty);
        var controlPlane = NodeScripts.Of(output, "data/aws_launch_template_cp.masters.t.k8s.local_user_data");
        var worker = NodeScripts.Of(output, "data/aws_launch_template_nodes.t.k8s.local_user_data");
        var artefact = BootstrapVersions.EcrCredentialProvider;
        foreach (var script in new[] { controlPlane, worker })
        {
            Assert.Contains($"fetch_pinned '{artefact.Url("amd64")}' \"${{ecr_provider}}.download\" '{artefact.Digest("amd64")}'", script, StringComparison.Ordinal);
            Assert.Contains($"ecr_provider=\"${{R}}\"'{BootstrapDefaults.CredentialProviderBinDir}'/'{BootstrapDefaults.EcrCredentialProviderName}'", script, StringComparison.Ordinal);
            Assert.Contains($"write_file \"${{R}}\"'{BootstrapDefaults.CredentialProviderConfig}' 0644 <<'KGEN_YAML'\n{BootstrapYaml.CredentialProviders("eu-west-1")}KGEN_YAML\n", script, StringComparison.Ordinal);

            // Installed before any kubelet starts (kubeadm's, or a worker's own unit).
            Assert.True(script.IndexOf("ecr_provider=", StringComparison.Ordinal) < script.IndexOf("systemctl enable kubelet", StringComparison.Ordinal));
        }

        // kubeadm's kubelet (control plane) and the worker's own unit both get the flags.
        foreach (var flags in new[] { controlPlane, worker })
        {
            Assert.Contains(BootstrapDefaults.CredentialProviderConfig, flags[flags.IndexOf("image-credential-provider-config", StringComparison.Ordinal)..], StringComparison.Ordinal);
            Assert.Contains(BootstrapDefaults.CredentialProviderBinDir, flags[flags.IndexOf("image-credential-provider-bin-dir", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }

        var config = new YamlStream();
        config.Load(new StringReader(BootstrapYaml.CredentialProviders("eu-west-1")));
        var root = (YamlMappingNode)config.Documents[0].RootNode;
        Assert.Equal("CredentialProviderConfig", root["kind"].ToString());
        var provider = (YamlMappingNode)((YamlSequenceNode)root["providers"]).Children.Single();
        Assert.Equal(BootstrapDefaults.EcrCredentialProviderName, provider["name"].ToString());
        Assert.Equal("credentialprovider.kubelet.k8s.io/v1", provider["apiVersion"].ToString());
        Assert.Contains("*.dkr.ecr.*.amazonaws.com", ((YamlSequenceNode)provider["matchImages"]).Children.Select(c => c.ToString()));
        Assert.Equal("eu-west-1", ((YamlMappingNode)((YamlSequenceNode)provider["env"]).Children.Single())["value"].ToString());
    }

    [Fact]
    public void Without_the_ecr_grant_no_node_installs_it()
    {
        var output = Generate("\niam: {allowContainerRegistry: false}");
        foreach (var userData in new[] { "data/aws_launch_template_cp.masters.t.k8s.local_user_data", "data/aws_launch_template_nodes.t.k8s.local_user_data" })
        {
            var script = NodeScripts.Of(output, userData);
            Assert.DoesNotContain("ecr-credential-provider", script, StringComparison.Ordinal);
            Assert.DoesNotContain("image-credential-provider", script, StringComparison.Ordinal);
        }
    }

    private static GeneratedOutput Generate(string extra) =>
        Generator.Generator.Generate(ClusterSpec.Load(Cluster(OnePublicZone + extra) + ControlPlane(spec: "subnets: [eu-west-1a]") + Nodes(), "t.yaml"), Target.Terraform);
}
