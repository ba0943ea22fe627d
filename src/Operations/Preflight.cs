using System.Collections.Immutable;
using System.Globalization;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SimpleSystemsManagement.Model;
using Kgen.Generator;
using Kgen.Generator.Bootstrap;
using Kgen.Generator.Plan;
using Kgen.Generator.Verification;
using Kgen.Model;
using Kgen.Store;
using ClassicLoadBalancer = Kgen.Generator.Plan.ClassicLoadBalancer;
using Ec2Filter = Amazon.EC2.Model.Filter;
using NatGateway = Kgen.Generator.Plan.NatGateway;

namespace Kgen.Operations;

/// <summary>How to run a preflight.</summary>
public sealed record PreflightOptions
{
    /// <summary>
    /// Reads an environment variable (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_PROFILE</c>, <c>AWS_ENDPOINT_URL_EC2</c>, …);
    /// the process environment by default. Without keys or a profile here, the AWS SDK's own credential chain applies.
    /// </summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The OpenSSH public key the cluster will import, as for generation (checked like generation checks it).</summary>
    public string? SshPublicKey { get; init; }

    /// <summary>Free addresses an existing subnet must have beyond the groups' maximum sizes and the load balancers (rolling replacements, other interfaces). Default 5.</summary>
    public int AddressMargin { get; init; } = 5;

    /// <summary>How often the SDK retries a throttled or failed AWS call before preflight gives up. Default 3.</summary>
    public int MaxErrorRetry { get; init; } = 3;
}

/// <summary>
/// <c>kgen preflight</c>: before building, checks that the AWS account can hold the cluster. Read-only: it only
/// calls Describe/Get/List operations of EC2, SSM, KMS and S3, and never creates or changes anything.
/// </summary>
public static class Preflight
{
    /// <summary>
    /// Validates <paramref name="spec"/> as generation does (the spec's rules and the proof that the cluster forms;
    /// with problems there, the report holds them and nothing else), then checks the account: zones and instance
    /// type offerings, the existing VPC, subnets, NAT gateways, security groups, images and KMS keys the spec names,
    /// free addresses in existing subnets, quotas, the hosted zone, and the configBase bucket and cluster secrets.
    /// </summary>
    /// <returns>One row per check; <see cref="CheckReport.Passed"/> when none failed.</returns>
    /// <exception cref="OperationsException">No credentials, credentials AWS refuses, or an AWS call that kept failing after retries.</exception>
    public static async Task<CheckReport> RunAsync(ClusterSpec spec, PreflightOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        options ??= new PreflightOptions();
        Model.Cluster cluster;
        ClusterPlan plan;
        try
        {
            cluster = spec.Resolve(options.SshPublicKey);
            plan = Generator.Generator.BuildPlan(cluster);
        }
        catch (SpecException e)
        {
            return new CheckReport(spec.Cluster.Metadata?.Name ?? spec.File, [.. e.Errors.Select(SpecRow)]);
        }

        var unproven = VerificationDiagnostics.Errors(plan, PlanVerifier.Verify(plan, RoleNeeds.Of(plan))).ToList();
        if (unproven.Count > 0)
        {
            return new CheckReport(cluster.Name, [.. unproven.Select(SpecRow)]);
        }

        using var aws = new AwsAccess(cluster.Region, options.Environment, options.MaxErrorRetry);
        var run = new Run(cluster, plan, aws, options, cancellationToken);
        run.Rows.Add(CheckResult.Passed("spec", $"valid: {cluster.InstanceGroups.Length} instance groups, every need of every role proven"));
        await run.AllAsync().ConfigureAwait(false);
        return new CheckReport(cluster.Name, run.Rows);
    }

    private static CheckResult SpecRow(Diagnostic d) => CheckResult.Failed("spec", d.Code, d.ToString(), "fix the spec (kgen -f SPEC reports the same problems)");

    private static string Join(IEnumerable<string> items) => string.Join(", ", items);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The state of one preflight.</summary>
    private sealed class Run(Model.Cluster cluster, ClusterPlan plan, AwsAccess aws, PreflightOptions options, CancellationToken ct)
    {
        private readonly Dictionary<string, Amazon.EC2.Model.Subnet> existingSubnets = new(StringComparer.Ordinal);

        public List<CheckResult> Rows { get; } = [];

        private string? VpcId => cluster.Network.ExistingVpcId;

        public async Task AllAsync()
        {
            await ExistingSubnetsAsync().ConfigureAwait(false);
            await ZonesAndInstanceTypesAsync().ConfigureAwait(false);
            await VpcAsync().ConfigureAwait(false);
            SubnetRows();
            await NatGatewaysAsync().ConfigureAwait(false);
            await SecurityGroupsAsync().ConfigureAwait(false);
            await ImagesAsync().ConfigureAwait(false);
            await KmsKeysAsync().ConfigureAwait(false);
            HostedZone();
            await QuotasAsync().ConfigureAwait(false);
            await ConfigBaseAsync().ConfigureAwait(false);
            await DiscoveryStoreAsync().ConfigureAwait(false);
        }

        private Task<T> Ec2<T>(string operation, Func<CancellationToken, Task<T>> call) => aws.CallAsync("EC2", operation, call, ct);

        private async Task ExistingSubnetsAsync()
        {
            var ids = cluster.Network.Subnets.Select(s => s.ExistingId).OfType<string>().ToList();
            if (ids.Count == 0)
            {
                return;
            }

            var response = await Ec2("DescribeSubnets", c => aws.Ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [new Ec2Filter("subnet-id", ids)] }, c)).ConfigureAwait(false);
            foreach (var s in response.Subnets ?? [])
            {
                existingSubnets[s.SubnetId] = s;
            }
        }

        /// <summary>The zone of a spec subnet: from the spec, else from AWS for an existing subnet.</summary>
        private string? ZoneOf(Model.Subnet s) => s.Zone ?? (s.ExistingId is { } id && existingSubnets.TryGetValue(id, out var found) ? found.AvailabilityZone : null);

        private async Task ZonesAndInstanceTypesAsync()
        {
            var zones = cluster.Network.Subnets.Select(ZoneOf).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var response = await Ec2("DescribeAvailabilityZones", c => aws.Ec2.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest(), c)).ConfigureAwait(false);
            var known = (response.AvailabilityZones ?? []).ToDictionary(z => z.ZoneName, z => z.State?.Value ?? "unknown", StringComparer.Ordinal);
            foreach (var zone in zones)
            {
                if (!known.TryGetValue(zone, out var state))
                {
                    Rows.Add(CheckResult.Failed($"zone {zone}", DiagnosticCodes.ZoneUnavailable, $"no such zone in {aws.Region} (zones: {Join(known.Keys.Order(StringComparer.Ordinal))})", "use a zone of the region in the spec's subnets"));
                }
                else if (state != "available")
                {
                    Rows.Add(CheckResult.Failed($"zone {zone}", DiagnosticCodes.ZoneUnavailable, $"state {state}", "wait until AWS reports the zone available, or move the subnets to another zone"));
                }
                else
                {
                    Rows.Add(CheckResult.Passed($"zone {zone}", "available"));
                }
            }

            // Every instance type of every group, in every zone of its subnets.
            var wanted = cluster.InstanceGroups.Select(g => (Group: g, Types: TypesOf(g), Zones: ZonesOf(g))).ToList();
            var allTypes = wanted.SelectMany(w => w.Types).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var allZones = wanted.SelectMany(w => w.Zones).Where(known.ContainsKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var offered = new HashSet<(string Type, string Zone)>();
            if (allTypes.Count > 0 && allZones.Count > 0)
            {
                string? next = null;
                do
                {
                    var request = new DescribeInstanceTypeOfferingsRequest
                    {
                        LocationType = Amazon.EC2.LocationType.AvailabilityZone,
                        Filters = [new Ec2Filter("location", allZones), new Ec2Filter("instance-type", allTypes)],
                        NextToken = next,
                    };
                    var page = await Ec2("DescribeInstanceTypeOfferings", c => aws.Ec2.DescribeInstanceTypeOfferingsAsync(request, c)).ConfigureAwait(false);
                    foreach (var o in page.InstanceTypeOfferings ?? [])
                    {
                        offered.Add((o.InstanceType?.Value ?? string.Empty, o.Location));
                    }

                    next = page.NextToken is { Length: > 0 } token ? token : null;
                }
                while (next is not null);
            }

            foreach (var (group, types, groupZones) in wanted)
            {
                var check = $"instance types of {group.Name}";
                var missing = (from t in types from z in groupZones where known.ContainsKey(z) && !offered.Contains((t, z)) select $"{t} in {z}").ToList();
                if (missing.Count > 0)
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.InstanceTypeNotOffered, $"not offered: {Join(missing)}", "choose types offered in every zone of the group (aws ec2 describe-instance-type-offerings), or place the group in other subnets"));
                }
                else
                {
                    Rows.Add(CheckResult.Passed(check, $"{Join(types)} offered in {Join(groupZones)}"));
                }
            }
        }

        private static List<string> TypesOf(InstanceGroup g) =>
            [.. g.MachineTypes.Concat(g.MixedInstancesPolicy?.Instances ?? []).Distinct(StringComparer.Ordinal)];

        private List<string> ZonesOf(InstanceGroup g) =>
            [.. g.Subnets.Select(n => cluster.Network.Subnets.First(s => s.Name == n)).Select(ZoneOf).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

        private async Task VpcAsync()
        {
            if (VpcId is not { } id)
            {
                return;
            }

            var response = await Ec2("DescribeVpcs", c => aws.Ec2.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = [new Ec2Filter("vpc-id", [id])] }, c)).ConfigureAwait(false);
            var vpc = (response.Vpcs ?? []).FirstOrDefault();
            var check = $"vpc {id}";
            if (vpc is null)
            {
                Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ExistingNetworkMismatch, $"no such VPC in {aws.Region}", "check spec.networkID and the region"));
                return;
            }

            var cidrs = (vpc.CidrBlockAssociationSet ?? []).Where(a => a.CidrBlockState?.State?.Value is null or "associated").Select(a => a.CidrBlock).Append(vpc.CidrBlock).Distinct(StringComparer.Ordinal).ToList();
            if (cluster.Network.VpcCidr is { } cidr && !cidrs.Contains(cidr.ToString(), StringComparer.Ordinal))
            {
                Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ExistingNetworkMismatch, $"CIDR {Join(cidrs)}, the spec says {cidr}", "set spec.networkCIDR to the VPC's CIDR"));
                return;
            }

            Rows.Add(CheckResult.Passed(check, $"exists, CIDR {Join(cidrs)}"));
            await VpcDnsAsync(id, vpc.DhcpOptionsId).ConfigureAwait(false);
        }

        /// <summary>
        /// The checks behind the plan proof's assumption "the existing VPC has DNS support (and DNS hostnames) enabled":
        /// nodes resolve the API endpoint, the AWS endpoints and each other through the VPC resolver, which answers only
        /// with DNS support on, answers private hosted zones only with DNS hostnames on too, and which the instances use
        /// only when the VPC's DHCP options hand out AmazonProvidedDNS.
        /// </summary>
        private async Task VpcDnsAsync(string vpcId, string? dhcpOptionsId)
        {
            var check = $"DNS of vpc {vpcId}";
            var support = await VpcAttributeAsync(vpcId, VpcAttributeName.EnableDnsSupport).ConfigureAwait(false);
            var hostnames = await VpcAttributeAsync(vpcId, VpcAttributeName.EnableDnsHostnames).ConfigureAwait(false);
            var privateZone = plan.OfType<PrivateHostedZone>().Any() || plan.OfType<HostedZoneLookup>().Any(z => z.PrivateZone);
            if (support != true)
            {
                Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ExistingVpcDns, "DNS support is off: the VPC resolver does not answer its instances",
                    $"aws ec2 modify-vpc-attribute --vpc-id {vpcId} --enable-dns-support '{{\"Value\":true}}'"));
            }
            else if (privateZone && hostnames != true)
            {
                Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ExistingVpcDns, "DNS hostnames are off: the VPC resolver does not answer the cluster's private hosted zone",
                    $"aws ec2 modify-vpc-attribute --vpc-id {vpcId} --enable-dns-hostnames '{{\"Value\":true}}'"));
            }
            else
            {
                Rows.Add(CheckResult.Passed(check, hostnames == true ? "DNS support and DNS hostnames on" : "DNS support on (DNS hostnames off: no private hosted zone needs them)"));
            }

            check = $"DHCP options of vpc {vpcId}";
            if (dhcpOptionsId is null or "default")
            {
                Rows.Add(CheckResult.Passed(check, "AWS's default options: AmazonProvidedDNS"));
                return;
            }

            var response = await Ec2("DescribeDhcpOptions", c => aws.Ec2.DescribeDhcpOptionsAsync(new DescribeDhcpOptionsRequest { DhcpOptionsIds = [dhcpOptionsId] }, c)).ConfigureAwait(false);
            var options = (response.DhcpOptions ?? []).FirstOrDefault();
            if (options is null)
            {
                Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ExistingVpcDns, $"the VPC names DHCP options {dhcpOptionsId}, which do not exist", $"associate DHCP options with domain-name-servers AmazonProvidedDNS (aws ec2 associate-dhcp-options --vpc-id {vpcId} --dhcp-options-id default)"));
                return;
            }

            var servers = (options.DhcpConfigurations ?? []).Where(c => c.Key == "domain-name-servers").SelectMany(c => c.Values ?? []).ToList();
            if (servers.Count == 0 || servers.Contains("AmazonProvidedDNS", StringComparer.Ordinal))
            {
                Rows.Add(CheckResult.Passed(check, $"{dhcpOptionsId} hands out AmazonProvidedDNS"));
                return;
            }

            // The operator's own DNS servers work when they forward the VPC's names to the VPC resolver, which kgen cannot see.
            Rows.Add(CheckResult.Unchecked(check, DiagnosticCodes.ExistingVpcDns,
                $"{dhcpOptionsId} hands out the DNS servers {Join(servers)}, not AmazonProvidedDNS; whether they forward the VPC's names (compute.internal, the cluster's private zone, AWS endpoints) to the VPC resolver cannot be seen from the EC2 API",
                "make sure those servers forward to the VPC resolver (the VPC's base address +2), or hand out AmazonProvidedDNS"));
        }

        private async Task<bool?> VpcAttributeAsync(string vpcId, VpcAttributeName attribute)
        {
            var response = await Ec2("DescribeVpcAttribute", c => aws.Ec2.DescribeVpcAttributeAsync(new DescribeVpcAttributeRequest { VpcId = vpcId, Attribute = attribute }, c)).ConfigureAwait(false);
            return attribute == VpcAttributeName.EnableDnsSupport ? response.EnableDnsSupport : response.EnableDnsHostnames;
        }

        private void SubnetRows()
        {
            foreach (var s in cluster.Network.Subnets.Where(s => s.IsShared))
            {
                var id = s.ExistingId!;
                var check = $"subnet {s.Name} ({id})";
                if (!existingSubnets.TryGetValue(id, out var found))
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ExistingNetworkMismatch, $"no such subnet in {aws.Region}", "check the subnet's id in the spec"));
                    continue;
                }

                var differences = new List<string>();
                if (VpcId is { } vpc && found.VpcId != vpc)
                {
                    differences.Add($"in {found.VpcId}, not {vpc}");
                }

                if (s.Cidr is { } cidr && found.CidrBlock != cidr.ToString())
                {
                    differences.Add($"CIDR {found.CidrBlock}, the spec says {cidr}");
                }

                if (s.Zone is { } zone && found.AvailabilityZone != zone)
                {
                    differences.Add($"zone {found.AvailabilityZone}, the spec says {zone}");
                }

                Rows.Add(differences.Count > 0
                    ? CheckResult.Failed(check, DiagnosticCodes.ExistingNetworkMismatch, Join(differences), "make the spec's subnet say what AWS has (or name the right subnet id)")
                    : CheckResult.Passed(check, $"{found.CidrBlock} in {found.AvailabilityZone}, {found.VpcId}"));

                var need = AddressesNeeded(s, id);
                var free = found.AvailableIpAddressCount ?? 0;
                var addresses = $"free addresses in {s.Name}";
                var found2 = string.Create(CultureInfo.InvariantCulture, $"{free} free; needs {need.Total} ({need.Groups} for the groups at maximum size, {need.LoadBalancers} for load balancers, {options.AddressMargin} margin)");
                Rows.Add(free >= need.Total
                    ? CheckResult.Passed(addresses, found2)
                    : CheckResult.Failed(addresses, DiagnosticCodes.SubnetAddressesShort, found2, "free addresses in the subnet, lower the groups' maxSize, or use a larger subnet"));
            }
        }

        /// <summary>An autoscaling group spreads its instances over its subnets, so each holds its share (rounded up); a Network Load Balancer takes one address per subnet, a Classic one up to eight.</summary>
        private (int Groups, int LoadBalancers, int Total) AddressesNeeded(Model.Subnet s, string id)
        {
            var groups = cluster.InstanceGroups.Where(g => g.Subnets.Contains(s.Name)).Sum(g => (g.MaxSize + g.Subnets.Length - 1) / g.Subnets.Length);
            static bool Has(ImmutableArray<Value> subnets, string id) => subnets.Any(v => v is Literal { Content: string text } && text == id);
            var balancers = plan.OfType<NetworkLoadBalancer>().Count(lb => Has(lb.Subnets, id)) + (8 * plan.OfType<ClassicLoadBalancer>().Count(lb => Has(lb.Subnets, id)));
            return (groups, balancers, groups + balancers + options.AddressMargin);
        }

        private async Task NatGatewaysAsync()
        {
            var ids = cluster.Network.Subnets.Select(s => s.Egress).OfType<string>().Where(e => e.StartsWith("nat-", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (ids.Count == 0)
            {
                return;
            }

            var response = await Ec2("DescribeNatGateways", c => aws.Ec2.DescribeNatGatewaysAsync(new DescribeNatGatewaysRequest { Filter = [new Ec2Filter("nat-gateway-id", ids)] }, c)).ConfigureAwait(false);
            var found = (response.NatGateways ?? []).ToDictionary(n => n.NatGatewayId, StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var check = $"NAT gateway {id}";
                if (!found.TryGetValue(id, out var nat))
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ExistingNetworkMismatch, $"no such NAT gateway in {aws.Region}", "check the subnets' egress in the spec"));
                }
                else if (nat.State?.Value != "available")
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ExistingNetworkMismatch, $"state {nat.State?.Value}", "use an available NAT gateway"));
                }
                else if (VpcId is { } vpc && nat.VpcId != vpc)
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ExistingNetworkMismatch, $"in {nat.VpcId}, not {vpc}", "use a NAT gateway of the cluster's VPC"));
                }
                else
                {
                    Rows.Add(CheckResult.Passed(check, $"available in {nat.SubnetId}"));
                }
            }
        }

        private async Task SecurityGroupsAsync()
        {
            var ids = cluster.Api.AdditionalSecurityGroups.Concat(cluster.InstanceGroups.SelectMany(g => g.AdditionalSecurityGroups)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (ids.Count == 0)
            {
                return;
            }

            var response = await Ec2("DescribeSecurityGroups", c => aws.Ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [new Ec2Filter("group-id", ids)] }, c)).ConfigureAwait(false);
            var found = (response.SecurityGroups ?? []).ToDictionary(g => g.GroupId, StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var check = $"security group {id}";
                if (!found.TryGetValue(id, out var sg))
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.SecurityGroupMismatch, $"no such security group in {aws.Region}", "check additionalSecurityGroups in the spec"));
                }
                else if (VpcId is null)
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.SecurityGroupMismatch, $"in {sg.VpcId}, but kgen creates the cluster's VPC", "name an existing VPC (spec.networkID) or drop the security group: AWS attaches only groups of the instance's own VPC"));
                }
                else if (sg.VpcId != VpcId)
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.SecurityGroupMismatch, $"in {sg.VpcId}, not {VpcId}", "use a security group of the cluster's VPC"));
                }
                else
                {
                    Rows.Add(CheckResult.Passed(check, $"{sg.GroupName} in {sg.VpcId}"));
                }
            }
        }

        private async Task ImagesAsync()
        {
            // What Terraform will look up: SSM parameters, then AMIs by id or by owner and name pattern.
            var parameters = plan.OfType<SsmParameterLookup>().Select(p => p.ParameterName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (parameters.Count > 0)
            {
                foreach (var chunk in parameters.Chunk(10))
                {
                    var response = await aws.CallAsync("SSM", "GetParameters", c => aws.Ssm.GetParametersAsync(new GetParametersRequest { Names = [.. chunk] }, c), ct).ConfigureAwait(false);
                    foreach (var p in response.Parameters ?? [])
                    {
                        values[p.Name] = p.Value;
                    }
                }

                foreach (var name in parameters)
                {
                    Rows.Add(values.TryGetValue(name, out var value)
                        ? CheckResult.Passed($"SSM parameter {name}", value)
                        : CheckResult.Failed($"SSM parameter {name}", DiagnosticCodes.ImageMissing, $"no such parameter in {aws.Region}", "check the image's ssm: name (or that the region publishes it)"));
                }
            }

            foreach (var lookup in plan.OfType<AmiLookup>().OrderBy(l => l.InstanceGroup, StringComparer.Ordinal))
            {
                var group = cluster.InstanceGroups.First(g => g.Name == lookup.InstanceGroup);
                var check = $"image of {group.Name}";
                string filterValue;
                if (lookup.FilterValue is Literal { Content: string text })
                {
                    filterValue = text;
                }
                else if (lookup.FilterValue is Reference { Target: SsmParameterLookup ssm } && values.TryGetValue(ssm.ParameterName, out var fromSsm))
                {
                    filterValue = fromSsm;
                }
                else
                {
                    continue; // its SSM parameter is missing, reported above
                }

                var request = new DescribeImagesRequest { Filters = [new Ec2Filter(lookup.FilterName, [filterValue])] };
                if (lookup.Owners.Length > 0)
                {
                    request.Owners = [.. lookup.Owners];
                }

                var images = (await Ec2("DescribeImages", c => aws.Ec2.DescribeImagesAsync(request, c)).ConfigureAwait(false)).Images ?? [];
                var image = images.OrderByDescending(i => i.CreationDate, StringComparer.Ordinal).FirstOrDefault();
                var wantedArchitecture = group.Architecture == "arm64" ? "arm64" : "x86_64";
                if (image is null)
                {
                    var owners = lookup.Owners.Length > 0 ? $" of owner {Join(lookup.Owners)}" : string.Empty;
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ImageMissing, $"no image{owners} with {lookup.FilterName} {filterValue} in {aws.Region}", "check the group's image (an AMI of this region, or an owner/name pattern that matches)"));
                }
                else if (image.State?.Value is { } state && state != "available")
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ImageMissing, $"{image.ImageId} is {state}", "use an available image"));
                }
                else if (image.Architecture?.Value is { } arch && arch != wantedArchitecture)
                {
                    Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ImageMissing, $"{image.ImageId} is {arch}, the group's machine types are {wantedArchitecture}", "use an image of the machine types' architecture"));
                }
                else
                {
                    Rows.Add(CheckResult.Passed(check, $"{image.ImageId} ({image.Name})"));
                }
            }
        }

        private async Task KmsKeysAsync()
        {
            var keys = cluster.InstanceGroups.Select(g => g.RootVolume.KmsKeyId)
                .Concat(cluster.EtcdClusters.SelectMany(e => e.Members).Select(m => m.KmsKeyId))
                .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var key in keys)
            {
                var check = $"KMS key {key}";
                try
                {
                    var response = await aws.CallAsync("KMS", "DescribeKey", async c =>
                    {
                        try
                        {
                            return await aws.Kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key }, c).ConfigureAwait(false);
                        }
                        catch (NotFoundException)
                        {
                            return null;
                        }
                    }, ct).ConfigureAwait(false);
                    var metadata = response?.KeyMetadata;
                    if (metadata is null)
                    {
                        Rows.Add(CheckResult.Failed(check, DiagnosticCodes.KmsKeyMissing, $"no such key in {aws.Region}", "check kmsKeyId (a key id, ARN or alias of this region)"));
                    }
                    else if (metadata.KeyState != KeyState.Enabled)
                    {
                        Rows.Add(CheckResult.Failed(check, DiagnosticCodes.KmsKeyMissing, $"{metadata.KeyId} is {metadata.KeyState?.Value}", "enable the key (aws kms enable-key) or name another"));
                    }
                    else
                    {
                        Rows.Add(CheckResult.Passed(check, $"{metadata.KeyId} enabled"));
                    }
                }
                catch (OperationsException e) when (e.InnerException is AmazonKeyManagementServiceException { ErrorCode: "AccessDeniedException" })
                {
                    Rows.Add(CheckResult.Unchecked(check, DiagnosticCodes.KmsKeyMissing, "kms:DescribeKey was denied (the key's policy decides who may read it)", "allow kms:DescribeKey on the key to the identity preflight runs as, or check it by hand"));
                }
            }
        }

        private void HostedZone()
        {
            if (cluster.Dns.Zone is { } zone)
            {
                Rows.Add(CheckResult.Unchecked(
                    $"hosted zone {zone}",
                    DiagnosticCodes.HostedZoneMissing,
                    "the AWS SDK's Route 53 package is not available to this build of kgen",
                    cluster.Dns.ZoneIsId ? $"check by hand: aws route53 get-hosted-zone --id {zone}" : $"check by hand: aws route53 list-hosted-zones-by-name --dns-name {zone}"));
            }
        }

        private async Task QuotasAsync()
        {
            // Elastic IPs: EC2 itself reports the account's limit (vpc-max-elastic-ips) and the addresses in use.
            var natGateways = plan.OfType<NatGateway>().Count();
            var attributes = await Ec2("DescribeAccountAttributes", c => aws.Ec2.DescribeAccountAttributesAsync(new DescribeAccountAttributesRequest { AttributeNames = ["vpc-max-elastic-ips"] }, c)).ConfigureAwait(false);
            var limitText = (attributes.AccountAttributes ?? []).FirstOrDefault(a => a.AttributeName == "vpc-max-elastic-ips")?.AttributeValues?.FirstOrDefault()?.AttributeValue;
            var addresses = await Ec2("DescribeAddresses", c => aws.Ec2.DescribeAddressesAsync(new DescribeAddressesRequest(), c)).ConfigureAwait(false);
            var used = (addresses.Addresses ?? []).Count;
            const string eips = "quota: elastic IPs";
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
            {
                Rows.Add(CheckResult.Unchecked(eips, DiagnosticCodes.QuotaShort, "EC2 reported no vpc-max-elastic-ips attribute", "check by hand: aws service-quotas get-service-quota --service-code ec2 --quota-code L-0263D0A3"));
            }
            else
            {
                var found = $"{Count(used)} of {Count(limit)} in use; the cluster's NAT gateways need {Count(natGateways)}";
                Rows.Add(used + natGateways <= limit
                    ? CheckResult.Passed(eips, found)
                    : CheckResult.Failed(eips, DiagnosticCodes.QuotaShort, found, "release unused elastic IPs or ask AWS for a higher quota (L-0263D0A3)"));
            }

            // Without the Service Quotas API (its SDK package is not available to this build), the rest are reported, not passed.
            const string why = "the AWS SDK's Service Quotas package is not available to this build of kgen";
            var onDemand = cluster.InstanceGroups.Where(g => g.MaxPrice is null && g.MixedInstancesPolicy is null).Sum(g => g.MaxSize);
            var spot = cluster.InstanceGroups.Where(g => g.MaxPrice is not null || g.MixedInstancesPolicy is not null).Sum(g => g.MaxSize);
            Rows.Add(CheckResult.Unchecked(
                "quota: vCPUs",
                DiagnosticCodes.QuotaShort,
                $"{why}; the groups need up to {Count(onDemand)} on-demand and {Count(spot)} spot or mixed instances",
                "check by hand: aws service-quotas get-service-quota --service-code ec2 --quota-code L-1216C47A (on-demand standard), L-34B43A08 (spot standard)"));
            if (natGateways > 0 || VpcId is null)
            {
                Rows.Add(CheckResult.Unchecked(
                    "quota: VPCs and NAT gateways",
                    DiagnosticCodes.QuotaShort,
                    $"{why}; the cluster creates {(VpcId is null ? "1 VPC" : "no VPC")} and {Count(natGateways)} NAT gateways",
                    "check by hand: aws service-quotas get-service-quota --service-code vpc --quota-code L-F678F1CE (VPCs), L-FE5A380F (NAT gateways per zone)"));
            }

            var balancers = plan.OfType<NetworkLoadBalancer>().Count() + plan.OfType<ClassicLoadBalancer>().Count();
            Rows.Add(CheckResult.Unchecked(
                "quota: load balancers",
                DiagnosticCodes.QuotaShort,
                $"{why}; the cluster creates {Count(balancers)} load balancers",
                "check by hand: aws service-quotas get-service-quota --service-code elasticloadbalancing --quota-code L-69A177A2 (network load balancers)"));
        }

        private async Task ConfigBaseAsync()
        {
            var configBase = cluster.ConfigBase;
            var check = $"configBase {configBase}";
            if (!configBase.StartsWith("s3://", StringComparison.Ordinal))
            {
                Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ConfigBaseNotReady, "not an S3 location: the nodes cannot read it", "set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX"));
                return;
            }

            var bucket = configBase["s3://".Length..].Split('/')[0];
            try
            {
                var versioning = await aws.CallAsync("S3", "GetBucketVersioning", c => aws.S3.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = bucket }, c), ct).ConfigureAwait(false);
                var status = versioning.VersioningConfig?.Status?.Value;
                Rows.Add(status == "Enabled"
                    ? CheckResult.Passed($"versioning of {bucket}", "enabled")
                    : CheckResult.Failed($"versioning of {bucket}", DiagnosticCodes.ConfigBaseNotReady, status == "Suspended" ? "suspended" : "never enabled", $"enable it (aws s3api put-bucket-versioning --bucket {bucket} --versioning-configuration Status=Enabled): the cluster's secrets and specs can then be recovered"));

                var encryption = await aws.CallAsync("S3", "GetBucketEncryption", async c =>
                {
                    try
                    {
                        return await aws.S3.GetBucketEncryptionAsync(new GetBucketEncryptionRequest { BucketName = bucket }, c).ConfigureAwait(false);
                    }
                    catch (AmazonS3Exception e) when (e.ErrorCode == "ServerSideEncryptionConfigurationNotFoundError")
                    {
                        return null;
                    }
                }, ct).ConfigureAwait(false);
                var algorithms = (encryption?.ServerSideEncryptionConfiguration?.ServerSideEncryptionRules ?? [])
                    .Select(r => r.ServerSideEncryptionByDefault?.ServerSideEncryptionAlgorithm?.Value).OfType<string>().ToList();
                Rows.Add(algorithms.Count > 0
                    ? CheckResult.Passed($"encryption of {bucket}", Join(algorithms))
                    : CheckResult.Failed($"encryption of {bucket}", DiagnosticCodes.ConfigBaseNotReady, "no default encryption", $"set default encryption (aws s3api put-bucket-encryption --bucket {bucket} ...): the bucket holds the cluster's CA keys"));
            }
            catch (OperationsException e) when (e.InnerException is AmazonS3Exception { ErrorCode: "NoSuchBucket" })
            {
                Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ConfigBaseNotReady, $"no bucket {bucket}", "create the bucket (versioned, encrypted, private) or fix spec.configBase"));
                return;
            }

            await SecretsAsync(configBase, check).ConfigureAwait(false);
        }

        /// <summary>
        /// The service-account issuer's discovery store (IAM roles for service accounts): an S3 bucket in the cluster's
        /// region (the issuer's URL names that region) whose bucket policy makes it public, as AWS STS reads the issuer's
        /// keys anonymously (kops checks the same).
        /// </summary>
        private async Task DiscoveryStoreAsync()
        {
            if (cluster.ServiceAccountIssuer is not { } issuer)
            {
                return;
            }

            var check = $"discovery store {issuer.DiscoveryStore}";
            var code = DiagnosticCodes.DiscoveryStoreNotReady;
            if (!issuer.Published)
            {
                Rows.Add(CheckResult.Failed(check, code, "not an S3 location: AWS STS cannot read the issuer's keys", "set spec.serviceAccountIssuerDiscovery.discoveryStore to s3://BUCKET/PATH"));
                return;
            }

            var bucket = issuer.DiscoveryStore["s3://".Length..].Split('/')[0];
            var prefix = issuer.DiscoveryStore["s3://".Length..][bucket.Length..].Trim('/');
            try
            {
                var location = await aws.CallAsync("S3", "GetBucketLocation", c => aws.S3.GetBucketLocationAsync(new GetBucketLocationRequest { BucketName = bucket }, c), ct).ConfigureAwait(false);
                var region = location.Location?.Value switch
                {
                    null or "" => "us-east-1",
                    "EU" => "eu-west-1",
                    var r => r,
                };
                Rows.Add(region == cluster.Region
                    ? CheckResult.Passed($"region of {bucket}", region)
                    : CheckResult.Failed($"region of {bucket}", code, $"{region}, but the issuer {issuer.Url} names {cluster.Region}", $"use a bucket in {cluster.Region} for spec.serviceAccountIssuerDiscovery.discoveryStore"));

                var status = await aws.CallAsync("S3", "GetBucketPolicyStatus", async c =>
                {
                    try
                    {
                        return await aws.S3.GetBucketPolicyStatusAsync(new GetBucketPolicyStatusRequest { BucketName = bucket }, c).ConfigureAwait(false);
                    }
                    catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucketPolicy")
                    {
                        return null;
                    }
                }, ct).ConfigureAwait(false);
                var objects = $"arn:{cluster.Partition}:s3:::{bucket}/{(prefix.Length == 0 ? string.Empty : prefix + "/")}*";
                Rows.Add(status?.PolicyStatus?.IsPublic == true
                    ? CheckResult.Passed($"public read of {bucket}", "public (its bucket policy)")
                    : CheckResult.Failed($"public read of {bucket}", code, status is null ? "no bucket policy: AWS STS cannot read the issuer's keys" : "not public: AWS STS cannot read the issuer's keys",
                        $"allow everyone s3:GetObject on {objects} in its bucket policy (with the bucket's BlockPublicPolicy and RestrictPublicBuckets off); it holds only the issuer's public documents"));
            }
            catch (OperationsException e) when (e.InnerException is AmazonS3Exception { ErrorCode: "NoSuchBucket" })
            {
                Rows.Add(CheckResult.Failed(check, code, $"no bucket {bucket}", $"create the bucket in {cluster.Region}, readable by the public, or fix spec.serviceAccountIssuerDiscovery.discoveryStore"));
            }
        }

        private async Task SecretsAsync(string configBase, string check)
        {
            var store = ObjectStores.Open(configBase, new StoreOptions { Environment = options.Environment });
            IReadOnlyList<string> keys;
            try
            {
                keys = [.. await store.ListAsync(ConfigStoreLayout.PkiPrefix, ct).ConfigureAwait(false)];
            }
            catch (StoreException e)
            {
                Rows.Add(CheckResult.Failed(check, DiagnosticCodes.ConfigBaseNotReady, e.Message, "make the configBase readable with these credentials"));
                return;
            }
            finally
            {
                (store as IDisposable)?.Dispose();
            }

            var present = keys.ToHashSet(StringComparer.Ordinal);
            var missing = ConfigStoreLayout.ControlPlanePki.Append(ConfigStoreLayout.SecretsEncryptionKeys).Where(k => !present.Contains(k)).ToList();
            Rows.Add(missing.Count == 0
                ? CheckResult.Passed("cluster secrets", $"the CAs and service-account keys are in {configBase}")
                : CheckResult.Failed("cluster secrets", DiagnosticCodes.ConfigBaseNotReady, $"missing from {configBase}: {Join(missing)}", "run kgen (kgen update cluster, or kgen -f SPEC), which creates them, before terraform apply"));
        }
    }
}
