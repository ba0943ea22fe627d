using Kgen.Generator.Plan;
using static Kgen.Tests.Builders.Specs;

namespace Kgen.Tests.Builders;

/// <summary>What the image builder decides: how each group's image is found at apply time, and which lookups groups share.</summary>
public sealed class ImageBuilderTests
{
    [Fact]
    public void By_default_groups_boot_ubuntu_from_canonicals_ssm_parameter_one_lookup_per_architecture_shared_between_groups()
    {
        var plan = Plan(Cluster(OnePublicZone), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes("amd"), Nodes("arm", "machineType: m7g.large"));

        var lookups = plan.OfType<SsmParameterLookup>().ToDictionary(l => l.Name, l => l.ParameterName);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["ubuntu-24.04-amd64"] = "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id",
                ["ubuntu-24.04-arm64"] = "/aws/service/canonical/ubuntu/server/24.04/stable/current/arm64/hvm/ebs-gp3/ami-id",
            },
            lookups);
        Assert.Empty(plan.OfType<AmiLookup>());

        var amd = plan.Named<SsmParameterLookup>("ubuntu-24.04-amd64").Ref("value");
        Assert.Equal(amd, Template(plan, "cp").ImageId);
        Assert.Equal(amd, Template(plan, "amd").ImageId);
        Assert.Equal(plan.Named<SsmParameterLookup>("ubuntu-24.04-arm64").Ref("value"), Template(plan, "arm").ImageId);
        Assert.All(plan.OfType<LaunchTemplate>(), t => Assert.Equal(Literal("/dev/sda1"), t.RootDeviceName));
    }

    [Fact]
    public void An_ami_id_is_used_as_is_and_only_its_root_device_is_looked_up()
    {
        var plan = Plan(Cluster(OnePublicZone), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: "image: ami-0abcdef1234567890"));

        var lookup = plan.Named<AmiLookup>("image-nodes");
        Assert.Equal(("image-id", Literal("ami-0abcdef1234567890"), false), (lookup.FilterName, lookup.FilterValue, lookup.MostRecent));
        Assert.Empty(lookup.Owners);
        var template = Template(plan, "nodes");
        Assert.Equal(Literal("ami-0abcdef1234567890"), template.ImageId);
        Assert.Equal(lookup.Ref("root_device_name"), template.RootDeviceName);
    }

    [Fact]
    public void An_ssm_image_reads_the_parameter_then_looks_up_that_ami_for_its_root_device()
    {
        var plan = Plan(Cluster(OnePublicZone), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: "image: ssm:/acme/images/node"));

        var parameter = plan.Named<SsmParameterLookup>("image-nodes-parameter");
        Assert.Equal("/acme/images/node", parameter.ParameterName);
        var ami = plan.Named<AmiLookup>("image-nodes");
        Assert.Equal(("image-id", parameter.Ref("value")), (ami.FilterName, ami.FilterValue));
        var template = Template(plan, "nodes");
        Assert.Equal(ami.Ref("image_id"), template.ImageId);
        Assert.Equal(ami.Ref("root_device_name"), template.RootDeviceName);
    }

    [Theory]
    [InlineData("099720109477/ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*", "099720109477", "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*")]
    [InlineData("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-*", "099720109477", "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-*")]
    [InlineData("canonical/ubuntu-minimal-*", "099720109477", "ubuntu-minimal-*")]
    [InlineData("debian/debian-12-amd64-*", "136693071363", "debian-12-amd64-*")]
    [InlineData("redhat/RHEL-9.*_HVM-*", "309956199498", "RHEL-9.*_HVM-*")]
    [InlineData("123456789012/acme-node-*", "123456789012", "acme-node-*")]
    public void An_owner_and_name_pattern_finds_the_newest_match_with_owner_aliases_resolved(string image, string owner, string pattern)
    {
        var plan = Plan(Cluster(OnePublicZone), ControlPlane(spec: "subnets: [eu-west-1a]"), Nodes(spec: $"image: \"{image}\""));

        var ami = plan.Named<AmiLookup>("image-nodes");
        Assert.Equal([owner], ami.Owners.ToArray());
        Assert.Equal(("name", Literal(pattern), true), (ami.FilterName, ami.FilterValue, ami.MostRecent));
        Assert.Equal(ami.Ref("image_id"), Template(plan, "nodes").ImageId);
    }

    [Fact]
    public void Groups_naming_the_same_image_share_one_lookup()
    {
        var plan = Plan(
            Cluster(OnePublicZone),
            ControlPlane(spec: "subnets: [eu-west-1a]\nimage: ami-0abcdef1234567890"),
            Nodes(spec: "image: ami-0abcdef1234567890"),
            Nodes("more", "image: ami-0fedcba9876543210"));

        Assert.Equal(2, plan.OfType<AmiLookup>().Count());
        Assert.Equal(Template(plan, "cp").RootDeviceName, Template(plan, "nodes").RootDeviceName);
        Assert.NotEqual(Template(plan, "cp").RootDeviceName, Template(plan, "more").RootDeviceName);
    }

    private static LaunchTemplate Template(ClusterPlan plan, string group) => Assert.Single(plan.OfType<LaunchTemplate>(), t => t.InstanceGroup == group);
}
