using System.Text.Json;
using Kgen.Generator;
using Kgen.Model;
using Kgen.Operations;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// <c>kgen preflight</c> against a local stand-in for EC2, SSM, KMS and S3 on 127.0.0.1 (recorded responses in
/// Fixtures/aws/, reached through the SDK's endpoint overrides): the passing account, then each check failing.
/// </summary>
public sealed class PreflightTests : IAsyncLifetime
{
    private const string Prefix = "shared.example.internal/";
    private static readonly string Spec = Path.Combine(Repo.Root, "tests", "Kgen.Tests", "Fixtures", "preflight", "cluster.yaml");
    private AwsStandIn aws = null!;

    public async Task InitializeAsync()
    {
        aws = await AwsStandIn.StartAsync();
        foreach (var key in ConfigStoreLayout.ControlPlanePki.Append(ConfigStoreLayout.SecretsEncryptionKeys))
        {
            aws.Objects[Prefix + key] = true;
        }
    }

    public async Task DisposeAsync() => await aws.DisposeAsync();

    [Fact]
    public void The_recorded_account_passes_every_check_and_nothing_is_written()
    {
        var (exit, stdout, err) = Preflight();

        Assert.True(exit == 0, stdout + err);
        Assert.StartsWith("CHECK", stdout, StringComparison.Ordinal);
        foreach (var row in new[]
        {
            "spec ", "zone us-west-2a ", "zone us-west-2b ", "instance types of nodes ", "instance types of control-plane-us-west-2a ",
            "vpc vpc-0a1b2c3d4e5f60718 ", "DNS of vpc vpc-0a1b2c3d4e5f60718 ", "DHCP options of vpc vpc-0a1b2c3d4e5f60718 ", "subnet us-west-2a (subnet-0aaa1111bbbb2222c) ", "free addresses in us-west-2a ",
            "NAT gateway nat-0123456789abcdef0 ", "security group sg-0123456789abcdef0 ", "image of nodes ", "KMS key alias/kgen-volumes ",
            "quota: elastic IPs ", "versioning of kgen-config ", "encryption of kgen-config ", "cluster secrets ",
        })
        {
            var line = Line(stdout, row);
            Assert.Contains("  pass  ", line, StringComparison.Ordinal);
        }

        Assert.Contains("not checked: the AWS SDK's Service Quotas package is not available", Line(stdout, "quota: vCPUs "), StringComparison.Ordinal);
        Assert.Contains("shared.example.internal: 26 passed, 0 failed, 2 not checked: ok", stdout, StringComparison.Ordinal);

        // Read-only: only Describe, Get and List calls.
        Assert.NotEmpty(aws.Calls);
        Assert.All(aws.Calls, c => Assert.Matches(@"^(EC2\.Describe|SSM\.Get|KMS\.Describe|S3\.(Get|List))", c));
    }

    [Fact]
    public void Json_output_is_one_object_with_a_row_per_check()
    {
        var (exit, stdout, err) = Preflight("-o", "json");

        Assert.True(exit == 0, err);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal("shared.example.internal", json.RootElement.GetProperty("subject").GetString());
        var rows = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(28, rows.Count);
        var vcpu = rows.Single(r => r.GetProperty("check").GetString() == "quota: vCPUs");
        Assert.Equal("not checked", vcpu.GetProperty("result").GetString());
        Assert.Equal(DiagnosticCodes.QuotaShort, vcpu.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("code").ValueKind);
    }

    [Fact]
    public void A_zone_the_region_does_not_have_fails()
    {
        aws.Set("EC2.DescribeAvailabilityZones", Recorded("EC2.DescribeAvailabilityZones.xml").Replace("<zoneName>us-west-2b</zoneName>", "<zoneName>us-west-2d</zoneName>", StringComparison.Ordinal));

        var row = FailingRow("zone us-west-2b ");

        Assert.Contains("no such zone in us-west-2 (zones: us-west-2a, us-west-2c, us-west-2d)", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_that_is_not_available_fails()
    {
        aws.Set("EC2.DescribeAvailabilityZones", Recorded("EC2.DescribeAvailabilityZones.xml").Replace("<zoneState>available</zoneState><regionName>us-west-2</regionName><zoneId>usw2-az2", "<zoneState>impaired</zoneState><regionName>us-west-2</regionName><zoneId>usw2-az2", StringComparison.Ordinal));

        Assert.Contains("state impaired", FailingRow("zone us-west-2b "), StringComparison.Ordinal);
    }

    [Fact]
    public void An_instance_type_not_offered_in_a_zone_of_its_group_fails()
    {
        aws.Set("EC2.DescribeInstanceTypeOfferings", Recorded("EC2.DescribeInstanceTypeOfferings.xml").Replace("<instanceType>m6i.large</instanceType><locationType>availability-zone</locationType><location>us-west-2b</location>", "<instanceType>m6i.large</instanceType><locationType>availability-zone</locationType><location>us-west-2c</location>", StringComparison.Ordinal));

        Assert.Contains("not offered: m6i.large in us-west-2b", FailingRow("instance types of nodes "), StringComparison.Ordinal);
    }

    [Fact]
    public void Offerings_are_read_across_pages()
    {
        var all = Recorded("EC2.DescribeInstanceTypeOfferings.xml");
        var first = all.Replace("<item><instanceType>t3.medium</instanceType><locationType>availability-zone</locationType><location>us-west-2a</location></item>", string.Empty, StringComparison.Ordinal)
            .Replace("</instanceTypeOfferingSet>", "</instanceTypeOfferingSet><nextToken>page-2</nextToken>", StringComparison.Ordinal);
        var second = all.Replace("<instanceType>m6i.large</instanceType>", "<instanceType>t3.medium</instanceType>", StringComparison.Ordinal);
        aws.Set("EC2.DescribeInstanceTypeOfferings", n => new Reply(200, "text/xml", n == 1 ? first : second));

        var (exit, stdout, err) = Preflight();

        Assert.True(exit == 0, stdout + err);
        Assert.Equal(2, aws.Calls.Count(c => c == "EC2.DescribeInstanceTypeOfferings"));
    }

    [Fact]
    public void A_missing_or_different_VPC_fails()
    {
        aws.Set("EC2.DescribeVpcs", Recorded("EC2.DescribeVpcs.xml").Replace("10.30.0.0/16", "10.40.0.0/16", StringComparison.Ordinal));
        Assert.Contains("CIDR 10.40.0.0/16, the spec says 10.30.0.0/16", FailingRow("vpc vpc-0a1b2c3d4e5f60718 "), StringComparison.Ordinal);

        aws.Set("EC2.DescribeVpcs", Empty("DescribeVpcsResponse", "vpcSet"));
        Assert.Contains("no such VPC in us-west-2", FailingRow("vpc vpc-0a1b2c3d4e5f60718 "), StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_VPC_without_DNS_support_fails_with_the_command_that_fixes_it()
    {
        aws.Set("EC2.DescribeVpcAttribute", n => new Reply(200, "text/xml", Recorded("EC2.DescribeVpcAttribute.xml").Replace(
            n == 1 ? "<enableDnsSupport><value>true</value>" : "<enableDnsHostnames><value>true</value>",
            n == 1 ? "<enableDnsSupport><value>false</value>" : "<enableDnsHostnames><value>false</value>", StringComparison.Ordinal)));

        var row = FailingRow("DNS of vpc vpc-0a1b2c3d4e5f60718 ");

        Assert.Contains("DNS support is off", row, StringComparison.Ordinal);
        Assert.Contains("aws ec2 modify-vpc-attribute --vpc-id vpc-0a1b2c3d4e5f60718 --enable-dns-support", row, StringComparison.Ordinal);
        Assert.Equal(2, aws.Calls.Count(c => c == "EC2.DescribeVpcAttribute"));
    }

    [Fact]
    public void DNS_hostnames_off_fail_when_the_cluster_has_a_private_zone()
    {
        // The fixture's internal API name lives in a private hosted zone, which the VPC resolver answers only with DNS hostnames on.
        aws.Set("EC2.DescribeVpcAttribute", n => new Reply(200, "text/xml", Recorded("EC2.DescribeVpcAttribute.xml").Replace(
            "<enableDnsHostnames><value>true</value>", n == 2 ? "<enableDnsHostnames><value>false</value>" : "<enableDnsHostnames><value>true</value>", StringComparison.Ordinal)));

        var row = FailingRow("DNS of vpc vpc-0a1b2c3d4e5f60718 ");

        Assert.Contains("DNS hostnames are off: the VPC resolver does not answer the cluster's private hosted zone", row, StringComparison.Ordinal);
        Assert.Contains("--enable-dns-hostnames", row, StringComparison.Ordinal);
    }

    [Fact]
    public void DHCP_options_with_other_DNS_servers_are_listed_as_not_checked_and_missing_ones_fail()
    {
        aws.Set("EC2.DescribeDhcpOptions", Recorded("EC2.DescribeDhcpOptions.xml").Replace("<value>AmazonProvidedDNS</value>", "<value>10.30.0.53</value></item><item><value>10.30.64.53</value>", StringComparison.Ordinal));
        var (exit, stdout, err) = Preflight();
        Assert.True(exit == 0, stdout + err);
        var row = Line(stdout, "DHCP options of vpc vpc-0a1b2c3d4e5f60718 ");
        Assert.Contains("not checked: dopt-0a1b2c3d hands out the DNS servers 10.30.0.53, 10.30.64.53, not AmazonProvidedDNS", row, StringComparison.Ordinal);
        Assert.Contains("forward to the VPC resolver", row, StringComparison.Ordinal);

        aws.Set("EC2.DescribeDhcpOptions", Empty("DescribeDhcpOptionsResponse", "dhcpOptionsSet"));
        Assert.Contains("names DHCP options dopt-0a1b2c3d, which do not exist", FailingRow("DHCP options of vpc vpc-0a1b2c3d4e5f60718 "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_subnet_or_one_in_another_VPC_or_zone_fails()
    {
        aws.Set("EC2.DescribeSubnets", Recorded("EC2.DescribeSubnets.xml")
            .Replace("<vpcId>vpc-0a1b2c3d4e5f60718</vpcId><cidrBlock>10.30.64.0/19</cidrBlock><availableIpAddressCount>8184</availableIpAddressCount><availabilityZone>us-west-2b", "<vpcId>vpc-0ffffffffffffffff</vpcId><cidrBlock>10.30.64.0/19</cidrBlock><availableIpAddressCount>8184</availableIpAddressCount><availabilityZone>us-west-2c", StringComparison.Ordinal)
            .Replace("subnet-0123abcd0123abcd0", "subnet-0999abcd0999abcd0", StringComparison.Ordinal));

        var (exit, stdout, _) = Preflight();

        Assert.Equal(1, exit);
        Assert.Contains("in vpc-0ffffffffffffffff, not vpc-0a1b2c3d4e5f60718, zone us-west-2c, the spec says us-west-2b", Line(stdout, "subnet us-west-2b (subnet-0ddd3333eeee4444f) "), StringComparison.Ordinal);
        Assert.Contains("no such subnet in us-west-2", Line(stdout, "subnet utility-us-west-2a (subnet-0123abcd0123abcd0) "), StringComparison.Ordinal);
        var (_, json, _) = Preflight("-o", "json");
        Assert.Contains($"\"code\": \"{DiagnosticCodes.ExistingNetworkMismatch}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subnet_with_too_few_free_addresses_fails_and_says_what_it_needs()
    {
        // us-west-2a holds the control plane (1) and half the nodes (2 of 4), and the internal API load balancer's address.
        aws.Set("EC2.DescribeSubnets", Recorded("EC2.DescribeSubnets.xml").Replace("<availableIpAddressCount>8180</availableIpAddressCount>", "<availableIpAddressCount>8</availableIpAddressCount>", StringComparison.Ordinal));

        var row = FailingRow("free addresses in us-west-2a ");

        Assert.Contains("8 free; needs 9 (3 for the groups at maximum size, 1 for load balancers, 5 margin)", row, StringComparison.Ordinal);
        Assert.Contains("lower the groups' maxSize", row, StringComparison.Ordinal);

        // The margin is the operator's to choose.
        var (exit, stdout, err) = Preflight("--address-margin", "4");
        Assert.True(exit == 0, stdout + err);
    }

    [Fact]
    public void A_missing_unavailable_or_foreign_NAT_gateway_fails()
    {
        var recorded = Recorded("EC2.DescribeNatGateways.xml");
        aws.Set("EC2.DescribeNatGateways", recorded.Replace("<natGatewayId>nat-0123456789abcdef0</natGatewayId><state>available</state>", "<natGatewayId>nat-0123456789abcdef0</natGatewayId><state>deleted</state>", StringComparison.Ordinal)
            .Replace("<subnetId>subnet-0456abcd0456abcd0</subnetId><vpcId>vpc-0a1b2c3d4e5f60718</vpcId>", "<subnetId>subnet-0456abcd0456abcd0</subnetId><vpcId>vpc-0ffffffffffffffff</vpcId>", StringComparison.Ordinal));
        var (exit, stdout, _) = Preflight();
        Assert.Equal(1, exit);
        Assert.Contains("state deleted", Line(stdout, "NAT gateway nat-0123456789abcdef0 "), StringComparison.Ordinal);
        Assert.Contains("in vpc-0ffffffffffffffff, not vpc-0a1b2c3d4e5f60718", Line(stdout, "NAT gateway nat-0fedcba9876543210 "), StringComparison.Ordinal);

        aws.Set("EC2.DescribeNatGateways", Empty("DescribeNatGatewaysResponse", "natGatewaySet"));
        Assert.Contains("no such NAT gateway", FailingRow("NAT gateway nat-0123456789abcdef0 "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_security_group_or_one_of_another_VPC_fails()
    {
        aws.Set("EC2.DescribeSecurityGroups", Recorded("EC2.DescribeSecurityGroups.xml").Replace("<vpcId>vpc-0a1b2c3d4e5f60718</vpcId>", "<vpcId>vpc-0ffffffffffffffff</vpcId>", StringComparison.Ordinal));
        Assert.Contains("in vpc-0ffffffffffffffff, not vpc-0a1b2c3d4e5f60718", FailingRow("security group sg-0123456789abcdef0 "), StringComparison.Ordinal);

        aws.Set("EC2.DescribeSecurityGroups", Empty("DescribeSecurityGroupsResponse", "securityGroupInfo"));
        Assert.Contains("no such security group", FailingRow("security group sg-0123456789abcdef0 "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_image_or_one_of_the_wrong_architecture_fails()
    {
        aws.Set("EC2.DescribeImages", Recorded("EC2.DescribeImages.xml").Replace("<architecture>x86_64</architecture>", "<architecture>arm64</architecture>", StringComparison.Ordinal));
        Assert.Contains("ami-0123456789abcdef0 is arm64, the group's machine types are x86_64", FailingRow("image of nodes "), StringComparison.Ordinal);

        aws.Set("EC2.DescribeImages", Empty("DescribeImagesResponse", "imagesSet"));
        Assert.Contains("no image with image-id ami-0123456789abcdef0 in us-west-2", FailingRow("image of nodes "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_SSM_parameter_fails()
    {
        aws.Set("SSM.GetParameters", """{"InvalidParameters":["/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id"],"Parameters":[]}""");

        Assert.Contains("no such parameter in us-west-2", FailingRow("SSM parameter /aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_disabled_KMS_key_fails()
    {
        aws.Set("KMS.DescribeKey", Recorded("KMS.DescribeKey.json").Replace("\"KeyState\":\"Enabled\"", "\"KeyState\":\"PendingDeletion\"", StringComparison.Ordinal));
        Assert.Contains("1234abcd-12ab-34cd-56ef-1234567890ab is PendingDeletion", FailingRow("KMS key alias/kgen-volumes "), StringComparison.Ordinal);

        aws.Set("KMS.DescribeKey", """{"__type":"NotFoundException","message":"Alias arn:aws:kms:us-west-2:123456789012:alias/kgen-volumes is not found."}""", 400);
        Assert.Contains("no such key in us-west-2", FailingRow("KMS key alias/kgen-volumes "), StringComparison.Ordinal);
    }

    [Fact]
    public void Elastic_IPs_over_the_account_limit_fail()
    {
        aws.Set("EC2.DescribeAccountAttributes", Recorded("EC2.DescribeAccountAttributes.xml").Replace("<attributeValue>5</attributeValue>", "<attributeValue>1</attributeValue>", StringComparison.Ordinal));

        var row = FailingRow("quota: elastic IPs ");

        Assert.Contains("2 of 1 in use; the cluster's NAT gateways need 0", row, StringComparison.Ordinal);
        Assert.Contains("L-0263D0A3", row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hosted_zone_is_reported_not_checked_never_passed()
    {
        var spec = Path.Combine(TestWorkingDirectory.Path, $"zone-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(spec, File.ReadAllText(Spec).Replace("  networkID:", "  dnsZone: Z0123456789ABCDEFGHIJ\n  networkID:", StringComparison.Ordinal));

        var (exit, stdout, err) = CliRunner.RunWith(aws.Environment(), "preflight", "-f", spec);

        Assert.True(exit == 0, stdout + err);
        var row = Line(stdout, "hosted zone Z0123456789ABCDEFGHIJ ");
        Assert.Contains("not checked: the AWS SDK's Route 53 package is not available", row, StringComparison.Ordinal);
        Assert.Contains("aws route53 get-hosted-zone --id Z0123456789ABCDEFGHIJ", row, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unversioned_or_unencrypted_or_missing_bucket_fails()
    {
        aws.Set("S3.GetBucketVersioning", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>");
        aws.Set("S3.GetBucketEncryption", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>ServerSideEncryptionConfigurationNotFoundError</Code><Message>The server side encryption configuration was not found</Message><BucketName>kgen-config</BucketName></Error>", 404);
        var (exit, stdout, _) = Preflight();
        Assert.Equal(1, exit);
        Assert.Contains("never enabled", Line(stdout, "versioning of kgen-config "), StringComparison.Ordinal);
        Assert.Contains("no default encryption", Line(stdout, "encryption of kgen-config "), StringComparison.Ordinal);

        aws.Set("S3.GetBucketVersioning", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>kgen-config</BucketName></Error>", 404);
        Assert.Contains("no bucket kgen-config", FailingRow("configBase s3://kgen-config/shared.example.internal "), StringComparison.Ordinal);
    }

    [Fact]
    public void The_discovery_store_must_be_in_the_clusters_region_and_public()
    {
        var spec = Path.Combine(TestWorkingDirectory.Path, "irsa-preflight.yaml");
        File.WriteAllText(spec, File.ReadAllText(Spec).Replace(
            "  configBase: s3://kgen-config/shared.example.internal\n",
            "  configBase: s3://kgen-config/shared.example.internal\n  serviceAccountIssuerDiscovery: {discoveryStore: s3://kgen-oidc/shared, enableAWSOIDCProvider: true}\n",
            StringComparison.Ordinal));
        const string Xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        aws.Set("S3.GetBucketLocation", Xml + "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">us-west-2</LocationConstraint>");
        aws.Set("S3.GetBucketPolicyStatus", Xml + "<PolicyStatus xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><IsPublic>true</IsPublic></PolicyStatus>");
        var (exit, stdout, err) = CliRunner.RunWith(aws.Environment(), ["preflight", "-f", spec]);
        Assert.True(exit == 0, stdout + err);
        Assert.Contains("  pass  ", Line(stdout, "region of kgen-oidc "), StringComparison.Ordinal);
        Assert.Contains("  pass  ", Line(stdout, "public read of kgen-oidc "), StringComparison.Ordinal);

        aws.Set("S3.GetBucketLocation", Xml + "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">eu-west-1</LocationConstraint>");
        aws.Set("S3.GetBucketPolicyStatus", Xml + "<Error><Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not exist</Message><BucketName>kgen-oidc</BucketName></Error>", 404);
        (exit, stdout, err) = CliRunner.RunWith(aws.Environment(), ["preflight", "-f", spec]);
        Assert.True(exit == 1, stdout + err);
        Assert.Contains("eu-west-1, but the issuer https://kgen-oidc.s3.us-west-2.amazonaws.com/shared names us-west-2", Line(stdout, "region of kgen-oidc "), StringComparison.Ordinal);
        var row = Line(stdout, "public read of kgen-oidc ");
        Assert.Contains("no bucket policy", row, StringComparison.Ordinal);
        Assert.Contains("s3:GetObject on arn:aws:s3:::kgen-oidc/shared/*", row, StringComparison.Ordinal);
        Assert.All(aws.Calls, c => Assert.Matches(@"^(EC2\.Describe|SSM\.Get|KMS\.Describe|S3\.(Get|List))", c));
    }

    [Fact]
    public void Missing_cluster_secrets_fail_and_say_how_to_create_them()
    {
        aws.Objects.TryRemove(Prefix + ConfigStoreLayout.ServiceAccountKey, out _);
        aws.Objects.TryRemove(Prefix + ConfigStoreLayout.EtcdCaKey, out _);

        var row = FailingRow("cluster secrets ");

        Assert.Contains("missing from s3://kgen-config/shared.example.internal: pki/etcd/ca.key, pki/sa.key", row, StringComparison.Ordinal);
        Assert.Contains("before terraform apply", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configBase_nodes_cannot_read_fails()
    {
        var spec = Path.Combine(TestWorkingDirectory.Path, $"file-store-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(spec, File.ReadAllText(Spec).Replace("s3://kgen-config/shared.example.internal", "file://./state/shared.example.internal", StringComparison.Ordinal));

        var (exit, stdout, _) = CliRunner.RunWith(aws.Environment(), "preflight", "-f", spec);

        Assert.Equal(1, exit);
        Assert.Contains("not an S3 location: the nodes cannot read it", Line(stdout, "configBase file://./state/shared.example.internal "), StringComparison.Ordinal);
    }

    [Fact]
    public void The_spec_is_validated_first_and_no_AWS_call_is_made_when_it_has_problems()
    {
        var spec = Path.Combine(TestWorkingDirectory.Path, $"bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(spec, File.ReadAllText(Spec).Replace("minSize: 2", "minSize: 9", StringComparison.Ordinal));

        var (exit, stdout, _) = CliRunner.RunWith(aws.Environment(), "preflight", "-f", spec);

        Assert.Equal(1, exit);
        var row = Line(stdout, "spec ");
        Assert.Contains("  fail  ", row, StringComparison.Ordinal);
        Assert.Contains("minSize", row, StringComparison.Ordinal);
        Assert.Empty(aws.Calls);
    }

    [Fact]
    public void A_throttled_API_is_retried_and_then_succeeds()
    {
        aws.Set("EC2.DescribeAvailabilityZones", n => n <= 2 ? AwsStandIn.Ec2Error(503, "RequestLimitExceeded", "Request limit exceeded.") : new Reply(200, "text/xml", Recorded("EC2.DescribeAvailabilityZones.xml")));

        var (exit, stdout, err) = Preflight();

        Assert.True(exit == 0, stdout + err);
        Assert.Equal(3, aws.Calls.Count(c => c == "EC2.DescribeAvailabilityZones"));
    }

    [Fact]
    public void An_API_that_keeps_failing_is_retried_then_reported_clearly()
    {
        aws.Set("EC2.DescribeAvailabilityZones", _ => AwsStandIn.Ec2Error(503, "RequestLimitExceeded", "Request limit exceeded."));

        var (exit, stdout, err) = Preflight();

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("kgen: EC2 DescribeAvailabilityZones failed after 4 attempts (RequestLimitExceeded: Request limit exceeded.)", err, StringComparison.Ordinal);
        Assert.Equal(4, aws.Calls.Count(c => c == "EC2.DescribeAvailabilityZones"));
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_credentials_and_denied_calls_say_what_to_do()
    {
        aws.Set("EC2.DescribeSubnets", _ => AwsStandIn.Ec2Error(401, "AuthFailure", "AWS was not able to validate the provided access credentials"));
        var (exit, _, err) = Preflight();
        Assert.Equal(1, exit);
        Assert.Contains("AWS refused the credentials (EC2 DescribeSubnets: AuthFailure", err, StringComparison.Ordinal);

        aws.Set("EC2.DescribeSubnets", _ => AwsStandIn.Ec2Error(403, "UnauthorizedOperation", "You are not authorized to perform this operation."));
        (exit, _, err) = Preflight();
        Assert.Equal(1, exit);
        Assert.Contains("allow ec2:DescribeSubnets to the identity it runs as", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_credentials_are_a_clear_error_before_any_call()
    {
        var env = aws.Environment();
        env.Remove("AWS_ACCESS_KEY_ID");
        env.Remove("AWS_SECRET_ACCESS_KEY");
        env["AWS_PROFILE"] = "kgen-no-such-profile";

        var (exit, stdout, err) = CliRunner.RunWith(env, "preflight", "-f", Spec);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("kgen: AWS_PROFILE names the profile \"kgen-no-such-profile\", which is not in ~/.aws/config or ~/.aws/credentials", err, StringComparison.Ordinal);
        Assert.Empty(aws.Calls);

        env.Remove("AWS_PROFILE");
        env["AWS_ACCESS_KEY_ID"] = "AKIDONLY";
        (exit, _, err) = CliRunner.RunWith(env, "preflight", "-f", Spec);
        Assert.Equal(1, exit);
        Assert.Contains("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set together", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_cluster_is_checked_from_the_state_store()
    {
        using var dir = new TempDir();
        var store = "file://" + Path.Combine(dir.Path, "state");
        var (created, _, createErr) = CliRunner.Run("create", "cluster", "stored.k8s.local", "--zones", "us-west-2a,us-west-2b", "--node-size", "m6i.large", "--state", store);
        Assert.True(created == 0, createErr);

        var (exit, stdout, err) = CliRunner.RunWith(aws.Environment(), "preflight", "stored.k8s.local", "--state", store);

        // kgen creates this cluster's network; its configBase is the folder store, which nodes cannot read.
        Assert.Equal(1, exit);
        Assert.Contains("  pass  ", Line(stdout, "zone us-west-2b "), StringComparison.Ordinal);
        Assert.Contains("  pass  ", Line(stdout, "instance types of nodes "), StringComparison.Ordinal);
        Assert.Contains("not checked", Line(stdout, "quota: VPCs and NAT gateways "), StringComparison.Ordinal);
        Assert.Contains("not an S3 location", Line(stdout, $"configBase {store}/stored.k8s.local "), StringComparison.Ordinal);
        Assert.DoesNotContain("vpc vpc-", stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, err);

        (exit, _, err) = CliRunner.RunWith(aws.Environment(), "preflight", "--state", store);
        Assert.Equal(1, exit);
        Assert.Contains("name a stored CLUSTER or a spec with -f FILE", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_runs_the_same_checks()
    {
        var env = aws.Environment();
        var spec = ClusterSpec.Load(File.ReadAllText(Spec), Spec);

        var report = await Operations.Preflight.RunAsync(spec, new PreflightOptions { Environment = n => env.GetValueOrDefault(n) });

        Assert.True(report.Passed, report.ToTable());
        Assert.Equal(26, report.Results.Count(r => r.Outcome == CheckOutcome.Pass));
        Assert.All(report.Results.Where(r => r.Outcome == CheckOutcome.NotChecked), r => Assert.StartsWith("not checked: ", r.Found, StringComparison.Ordinal));
    }

    private static string Recorded(string name) => File.ReadAllText(Path.Combine(AwsStandIn.Fixtures, name));

    private static string Empty(string response, string set) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{response} xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId><{set}/></{response}>";

    private static string Line(string table, string start) =>
        table.Split('\n').FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no row \"{start}\" in\n{table}");

    private (int Exit, string Out, string Err) Preflight(params string[] extra) => CliRunner.RunWith(aws.Environment(), ["preflight", "-f", Spec, .. extra]);

    /// <summary>Runs preflight, expects exit 1, and returns the row that starts with <paramref name="start"/>, which must have failed.</summary>
    private string FailingRow(string start)
    {
        var (exit, stdout, err) = Preflight();
        Assert.True(exit == 1, stdout + err);
        var line = Line(stdout, start);
        Assert.Contains("  fail  ", line, StringComparison.Ordinal);
        Assert.Contains("FAILED", stdout, StringComparison.Ordinal);
        return line;
    }
}
