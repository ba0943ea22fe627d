using System.Security.Cryptography;
using System.Text;
using Kgen.Generator;
using Kgen.Generator.Addons;
using Kgen.Model;
using Kgen.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Kgen.Tests.Addons;

/// <summary>
/// The add-ons' delivery over the whole output of every kubeadm case: the index the target writes names folders whose
/// files are in the output's config-store objects with the digest the runner checks; the control-plane nodes install
/// the runner, which reads that index; no worker does.
/// </summary>
public sealed class AddonDeliveryTests
{
    public static TheoryData<string, string, string?> Cases => SnapshotTests.KubeadmCases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_index_names_folders_the_output_delivers_with_the_digest_the_runner_checks(string name, string spec, string? key)
    {
        _ = name;
        var terraform = SnapshotTests.Generate(spec, key);
        var cloudFormation = SnapshotTests.Generate(spec, key, Target.CloudFormation);
        var parameter = terraform.Files.Single(f => f.Key.StartsWith("data/aws_ssm_parameter_addons.", StringComparison.Ordinal));
        var index = parameter.Value;

        // CloudFormation's stack holds the same index, in its SSM parameter.
        var template = JObject.Parse(cloudFormation.Files["cloudformation.json"]);
        var cfnParameter = Assert.Single(((JObject)template["Resources"]!).Properties(), p => (string?)p.Value["Type"] == "AWS::SSM::Parameter");
        Assert.Equal(index, (string?)cfnParameter.Value["Properties"]!["Value"]);

        var lines = index.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("aws-cloud-controller-manager", lines[0].Split(' ')[0]);
        foreach (var line in lines)
        {
            var fields = line.Split(' ');
            Assert.Equal(4, fields.Length);
            var (addon, digest, files) = (fields[0], fields[1], fields[3].Split(','));

            // Each file is delivered in the folder named by the digest, and the digest is sha256sum's listing of them.
            var listing = new StringBuilder();
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                foreach (var output in new[] { terraform, cloudFormation })
                {
                    Assert.Single(output.ConfigBaseObjects, o => o.Key == $"addons/{addon}/{digest}/{file}");
                }

                var content = terraform.ConfigBaseObjects.Single(o => o.Key == $"addons/{addon}/{digest}/{file}").Content;
                listing.Append(Sha256(content)).Append("  ").Append(file).Append('\n');
            }

            Assert.Equal(digest, Sha256(listing.ToString()));
        }

        // Terraform writes every add-on file before the index; kgen writes them for CloudFormation.
        Assert.All(cloudFormation.ConfigBaseObjects, o => Assert.False(o.WrittenByTarget));
        var s3 = terraform.ConfigBaseObjects[0].WrittenByTarget;
        if (s3)
        {
            var block = terraform.Files["kubernetes.tf"].Split("\nresource ").Single(b => b.StartsWith("\"aws_ssm_parameter\"", StringComparison.Ordinal));
            var objects = terraform.ConfigBaseObjects.Count(o => o.Key.StartsWith("addons/", StringComparison.Ordinal));
            Assert.Equal(objects, block.Split("aws_s3_object.addon-").Length - 1);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Control_plane_nodes_install_the_runner_and_workers_do_not(string name, string spec, string? key)
    {
        _ = name;
        var output = SnapshotTests.Generate(spec, key);
        var cluster = output.Plan!.Cluster;
        var runner = AddonBuilder.Runner(cluster, TemplateSet.Default);
        Assert.Contains($"readonly INDEX_PARAMETER='/kgen/{cluster.Name}/addons'", runner, StringComparison.Ordinal);
        foreach (var g in cluster.InstanceGroups.Where(g => g.Role != InstanceGroupRole.Bastion))
        {
            var userData = output.Files.Single(f => f.Key.StartsWith("data/aws_launch_template_", StringComparison.Ordinal) && f.Key.Contains($"_{g.Name}.", StringComparison.Ordinal) && f.Key.EndsWith("_user_data", StringComparison.Ordinal));
            var script = NodeScripts.Of(output, userData.Key);
            if (g.Role == InstanceGroupRole.ControlPlane)
            {
                Assert.Contains("write_file \"${R}/usr/local/sbin/kgen-addons\" 0755 <<'KGEN_ADDONS'\n" + runner + "KGEN_ADDONS\n", script, StringComparison.Ordinal);
                Assert.Contains("\ninstall_addons\n", script, StringComparison.Ordinal);
                Assert.True(script.IndexOf("\nensure_cni\n", StringComparison.Ordinal) < script.IndexOf("\ninstall_addons\n", StringComparison.Ordinal), "the CNI comes first");
            }
            else
            {
                Assert.DoesNotContain("kgen-addons", script, StringComparison.Ordinal);
            }
        }
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
