using System.Text.RegularExpressions;
using Kgen.Generator;
using Kgen.Model;
using Kgen.Tests.Support;

namespace Kgen.Tests;

/// <summary>
/// kops users' manifests load unchanged, and kgen builds the same core infrastructure kops builds for them.
/// For each of the project's kops-format manifests (<c>tests/kops/</c>) this states, per core resource type, how
/// many resources kops' Terraform output has for it (<see cref="Kops"/>: facts of how kops lays a cluster out,
/// written down here) and how many kgen's has; every count that differs, and every equal count made of different
/// resources, is listed with its reason. kops' own machinery (state-store objects, the node-termination-handler
/// queue and event rules, lifecycle hooks) is not infrastructure kgen needs: it forms clusters with kubeadm.
/// </summary>
public sealed partial class KopsManifestTests
{
    /// <summary>The resource types compared.</summary>
    private static readonly string[] CoreTypes =
    [
        "aws_vpc", "aws_vpc_dhcp_options", "aws_vpc_dhcp_options_association", "aws_internet_gateway", "aws_subnet",
        "aws_route_table", "aws_route", "aws_route_table_association", "aws_eip", "aws_nat_gateway",
        "aws_security_group", "aws_security_group_rule", "aws_iam_role", "aws_iam_role_policy", "aws_iam_instance_profile", "aws_iam_role_policy_attachment",
        "aws_key_pair", "aws_launch_template", "aws_autoscaling_group", "aws_ebs_volume",
        "aws_lb", "aws_lb_listener", "aws_lb_target_group", "aws_route53_record", "aws_route53_zone", "aws_ec2_tag",
    ];

    // How kops lays out a cluster's core infrastructure on AWS (kops 1.34, `kops update cluster --target=terraform`):
    // - a VPC of its own brings one VPC, one DHCP options set and its association, and one internet gateway;
    //   with networkID, none of them;
    // - one subnet per subnet without an id; one route table shared by the public and utility subnets, with a
    //   0.0.0.0/0 and a ::/0 route to the internet gateway (kops gives every VPC it makes an Amazon IPv6 block);
    //   one route table per zone with private subnets, with a 0.0.0.0/0 route to that zone's NAT gateway; one
    //   association per subnet it creates;
    // - one NAT gateway and one Elastic IP per zone with private subnets, unless the subnet names its egress;
    // - security groups for the control plane and the nodes, plus, with a load-balanced API, one for the API
    //   load balancer, and with a bastion, one for the bastions and one for their load balancer;
    // - 14 security group rules for a public cluster with one SSH and one API CIDR (everything between control
    //   plane and nodes but etcd, SSH and API in, egress to 0.0.0.0/0 and ::/0 from both groups); 31 for a private
    //   cluster with an API Network load balancer and a bastion;
    // - a role and an instance profile per role present (control plane, nodes, bastions), one inline policy
    //   (the control plane's); one key pair;
    // - one launch template and one autoscaling group per instance group; one volume per etcd member; a group with
    //   iam.profile uses that profile by name, and a role whose every group has one gets no role or profile; each
    //   externalPolicies entry is one policy attachment to its role; externalLoadBalancers and suspendProcesses are
    //   attributes of the autoscaling group;
    // - with api.loadBalancer: a Network load balancer with one listener and target group for the API, and,
    //   with a bastion, another for SSH; with api.dns, none;
    // - DNS: records only where it knows the zone at generation time: api.&lt;cluster&gt; as A and AAAA aliases of
    //   the API load balancer; for a DNS-only API, dns-controller writes the records at run time.
    private static readonly Dictionary<string, Dictionary<string, int>> Kops = new()
    {
        ["single-public"] = new()
        {
            ["aws_vpc"] = 1,
            ["aws_vpc_dhcp_options"] = 1,
            ["aws_vpc_dhcp_options_association"] = 1,
            ["aws_internet_gateway"] = 1,
            ["aws_subnet"] = 1,
            ["aws_route_table"] = 1,
            ["aws_route"] = 2,
            ["aws_route_table_association"] = 1,
            ["aws_security_group"] = 2,
            ["aws_security_group_rule"] = 14,
            ["aws_iam_role"] = 2,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 2,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 2,
            ["aws_autoscaling_group"] = 2,
            ["aws_ebs_volume"] = 2,
        },
        ["external-attachments"] = new()
        {
            ["aws_vpc"] = 1,
            ["aws_vpc_dhcp_options"] = 1,
            ["aws_vpc_dhcp_options_association"] = 1,
            ["aws_internet_gateway"] = 1,
            ["aws_subnet"] = 1,
            ["aws_route_table"] = 1,
            ["aws_route"] = 2,
            ["aws_route_table_association"] = 1,
            ["aws_security_group"] = 2,
            ["aws_security_group_rule"] = 14,
            ["aws_iam_role"] = 1,
            ["aws_iam_role_policy"] = 0,
            ["aws_iam_instance_profile"] = 1,
            ["aws_iam_role_policy_attachment"] = 2,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 3,
            ["aws_autoscaling_group"] = 3,
            ["aws_ebs_volume"] = 2,
        },
        ["ha-dns"] = new()
        {
            ["aws_vpc"] = 1,
            ["aws_vpc_dhcp_options"] = 1,
            ["aws_vpc_dhcp_options_association"] = 1,
            ["aws_internet_gateway"] = 1,
            ["aws_subnet"] = 3,
            ["aws_route_table"] = 1,
            ["aws_route"] = 2,
            ["aws_route_table_association"] = 3,
            ["aws_security_group"] = 2,
            ["aws_security_group_rule"] = 14,
            ["aws_iam_role"] = 2,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 2,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 4,
            ["aws_autoscaling_group"] = 4,
            ["aws_ebs_volume"] = 6,
        },
        ["mixed-spot"] = new()
        {
            ["aws_vpc"] = 1,
            ["aws_vpc_dhcp_options"] = 1,
            ["aws_vpc_dhcp_options_association"] = 1,
            ["aws_internet_gateway"] = 1,
            ["aws_subnet"] = 3,
            ["aws_route_table"] = 1,
            ["aws_route"] = 2,
            ["aws_route_table_association"] = 3,
            ["aws_security_group"] = 2,
            ["aws_security_group_rule"] = 14,
            ["aws_iam_role"] = 2,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 2,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 4,
            ["aws_autoscaling_group"] = 4,
            ["aws_ebs_volume"] = 6,
        },
        ["shared-vpc"] = new()
        {
            ["aws_security_group"] = 5,
            ["aws_security_group_rule"] = 31,
            ["aws_iam_role"] = 3,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 3,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 3,
            ["aws_autoscaling_group"] = 3,
            ["aws_ebs_volume"] = 2,
            ["aws_lb"] = 2,
            ["aws_lb_listener"] = 2,
            ["aws_lb_target_group"] = 2,
            ["aws_route53_record"] = 2,
        },
        ["create-defaults"] = new()
        {
            ["aws_vpc"] = 1,
            ["aws_vpc_dhcp_options"] = 1,
            ["aws_vpc_dhcp_options_association"] = 1,
            ["aws_internet_gateway"] = 1,
            ["aws_subnet"] = 1,
            ["aws_route_table"] = 1,
            ["aws_route"] = 2,
            ["aws_route_table_association"] = 1,
            ["aws_security_group"] = 3,
            ["aws_iam_role"] = 2,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 2,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 2,
            ["aws_autoscaling_group"] = 2,
            ["aws_ebs_volume"] = 2,
            ["aws_lb"] = 1,
            ["aws_lb_listener"] = 1,
            ["aws_lb_target_group"] = 1,
            ["aws_route53_record"] = 2,
        },
        ["egress-external"] = new()
        {
            // egress External: kops creates the subnets and leaves their routing (tables, associations) to the operator.
            ["aws_subnet"] = 4,
            ["aws_security_group_rule"] = 33,
            ["aws_security_group"] = 5,
            ["aws_iam_role"] = 3,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 3,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 3,
            ["aws_autoscaling_group"] = 3,
            ["aws_ebs_volume"] = 2,
            ["aws_lb"] = 2,
            ["aws_lb_listener"] = 2,
            ["aws_lb_target_group"] = 2,
            ["aws_route53_record"] = 2,
        },
        ["nat-eipalloc"] = new()
        {
            // An existing VPC: kops looks its internet gateway up. The private subnet's NAT gateway takes the Elastic IP
            // allocation given as its egress, so no aws_eip is made.
            ["aws_subnet"] = 2,
            ["aws_route_table"] = 2,
            ["aws_route"] = 3,
            ["aws_route_table_association"] = 2,
            ["aws_nat_gateway"] = 1,
            ["aws_security_group_rule"] = 31,
            ["aws_security_group"] = 5,
            ["aws_iam_role"] = 3,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 3,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 3,
            ["aws_autoscaling_group"] = 3,
            ["aws_ebs_volume"] = 2,
            ["aws_lb"] = 2,
            ["aws_lb_listener"] = 2,
            ["aws_lb_target_group"] = 2,
            ["aws_route53_record"] = 2,
        },
        ["private-flannel"] = new()
        {
            ["aws_vpc"] = 1,
            ["aws_vpc_dhcp_options"] = 1,
            ["aws_vpc_dhcp_options_association"] = 1,
            ["aws_internet_gateway"] = 1,
            ["aws_subnet"] = 2,
            ["aws_route_table"] = 2,
            ["aws_route"] = 3,
            ["aws_route_table_association"] = 2,
            ["aws_eip"] = 1,
            ["aws_nat_gateway"] = 1,
            ["aws_security_group"] = 5,
            ["aws_security_group_rule"] = 31,
            ["aws_iam_role"] = 3,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 3,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 3,
            ["aws_autoscaling_group"] = 3,
            ["aws_ebs_volume"] = 2,
            ["aws_lb"] = 2,
            ["aws_lb_listener"] = 2,
            ["aws_lb_target_group"] = 2,
            ["aws_route53_record"] = 2,
        },
        ["private-dns-outside-zone"] = new()
        {
            // As private-flannel; DNS: kops writes api.<cluster> as A and AAAA records into the dnsZone whatever the name.
            ["aws_vpc"] = 1,
            ["aws_vpc_dhcp_options"] = 1,
            ["aws_vpc_dhcp_options_association"] = 1,
            ["aws_internet_gateway"] = 1,
            ["aws_subnet"] = 2,
            ["aws_route_table"] = 2,
            ["aws_route"] = 3,
            ["aws_route_table_association"] = 2,
            ["aws_eip"] = 1,
            ["aws_nat_gateway"] = 1,
            ["aws_security_group"] = 5,
            ["aws_security_group_rule"] = 31,
            ["aws_iam_role"] = 3,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 3,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 3,
            ["aws_autoscaling_group"] = 3,
            ["aws_ebs_volume"] = 2,
            ["aws_lb"] = 2,
            ["aws_lb_listener"] = 2,
            ["aws_lb_target_group"] = 2,
            ["aws_route53_record"] = 2,
        },
        ["existing-sg"] = new()
        {
            // securityGroupOverride: the overridden groups are not created (kops marks them shared and adds its rules to
            // them); only the control-plane group of the one group without an override is.
            ["aws_vpc"] = 1,
            ["aws_vpc_dhcp_options"] = 1,
            ["aws_vpc_dhcp_options_association"] = 1,
            ["aws_internet_gateway"] = 1,
            ["aws_subnet"] = 3,
            ["aws_route_table"] = 1,
            ["aws_route"] = 2,
            ["aws_route_table_association"] = 3,
            ["aws_security_group"] = 1,
            ["aws_security_group_rule"] = 50,
            ["aws_iam_role"] = 2,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 2,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 4,
            ["aws_autoscaling_group"] = 4,
            ["aws_ebs_volume"] = 6,
            ["aws_lb"] = 1,
            ["aws_lb_listener"] = 1,
            ["aws_lb_target_group"] = 1,
            ["aws_route53_record"] = 2,
        },
        ["shared-public-subnet"] = new()
        {
            // An existing VPC and subnet: no network resources; the API's Network load balancer and its security group.
            ["aws_security_group"] = 3,
            ["aws_iam_role"] = 2,
            ["aws_iam_role_policy"] = 1,
            ["aws_iam_instance_profile"] = 2,
            ["aws_key_pair"] = 1,
            ["aws_launch_template"] = 2,
            ["aws_autoscaling_group"] = 2,
            ["aws_ebs_volume"] = 2,
            ["aws_lb"] = 1,
            ["aws_lb_listener"] = 1,
            ["aws_lb_target_group"] = 1,
            ["aws_route53_record"] = 2,
        },
    };

    // Reasons shared by several manifests.
    private const string Ipv6Route = "kops gives every VPC an Amazon IPv6 block and a ::/0 route; kgen's VPCs are IPv4-only, so one route fewer";
    private const string NodePolicy = "kgen gives nodes an inline policy (ECR pulls, as iam.allowContainerRegistry asks) where kops' default gives them none";
    private const string ApiLoadBalancer = "the manifest uses kops' DNS-only API (api.dns, or no api section with public subnets); kgen always fronts the API with load balancers: an internal one for the nodes and, for a public API, an internet-facing one for kubectl";
    private const string InternalApiLoadBalancer = "kgen adds an internal API load balancer for the nodes (api.internal.<cluster>): the internet-facing one never admits their NAT-translated packets; kops points api.internal at the control-plane nodes' addresses (dns-controller)";
    private const string ApiElbGroup = "the API load balancer kgen adds brings its own security group";
    private const string OwnPrivateZone = "without a dnsZone or a public DNS topology kgen keeps a private hosted zone of the cluster's own for api.internal.<cluster>; kops looks a public zone up at generation time";
    private const string PublicRecords = "same count, other records: kgen publishes api.<cluster> and api.internal.<cluster> as alias A records; kops publishes api.<cluster> as A and AAAA (IPv6) records";
    private const string HaRecords = "kgen publishes api.<cluster> and api.internal.<cluster> as alias records to the load balancer; kops' dns-controller maintains the names at run time instead";
    private const string Rules = "kgen's rule matrix is least-privilege (only the ports each path needs, no IPv6 egress, SSH and API only from the spec's lists); kops opens everything but etcd between nodes and masters and adds ::/0 egress";
    private const string NoEventsEtcd = "kops runs a second etcd for events on volumes of its own; kgen's kubeadm etcd keeps events in main, so the events cluster is accepted with a warning and gets no volumes";
    private const string SharedTags = "kgen tags the two shared subnets kubernetes.io/cluster/<cluster>=shared in Terraform (aws_ec2_tag); kops tags them through the API at update time";

    private const string FlowLogRole = "kgen gives the VPC it creates flow logs, delivered by a role (and inline policy) of the flow-log service; kops makes no flow logs";

    private const string NameOutsideZone = "kops writes api.<cluster> (A and AAAA) into the dnsZone although the name is outside it, which Route 53 refuses; kgen publishes no record for a name outside the zone (the operator points it at the load balancer) and keeps api.internal.<cluster>, also outside the zone, in a private zone of the cluster's own";

    /// <summary>manifest → type → (kgen count minus kops count, why).</summary>
    private static readonly Dictionary<string, Dictionary<string, (int Delta, string Why)>> Differences = new()
    {
        ["single-public"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsEtcd),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+2, NodePolicy + "; " + FlowLogRole),
            ["aws_iam_role"] = (+1, FlowLogRole),
            ["aws_lb"] = (+2, ApiLoadBalancer),
            ["aws_lb_listener"] = (+2, ApiLoadBalancer),
            ["aws_lb_target_group"] = (+2, ApiLoadBalancer),
            ["aws_security_group"] = (+1, ApiElbGroup),
            ["aws_security_group_rule"] = (+5, Rules),
            ["aws_route53_zone"] = (+1, OwnPrivateZone),
            ["aws_route53_record"] = (+1, OwnPrivateZone),
        },
        ["external-attachments"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsEtcd),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+2, NodePolicy + "; " + FlowLogRole),
            ["aws_iam_role"] = (+1, FlowLogRole),
            ["aws_lb"] = (+2, ApiLoadBalancer),
            ["aws_lb_listener"] = (+2, ApiLoadBalancer),
            ["aws_lb_target_group"] = (+2, ApiLoadBalancer),
            ["aws_security_group"] = (+1, ApiElbGroup),
            ["aws_security_group_rule"] = (+5, Rules),
            ["aws_route53_zone"] = (+1, OwnPrivateZone),
            ["aws_route53_record"] = (+1, OwnPrivateZone),
        },
        ["ha-dns"] = new()
        {
            ["aws_ebs_volume"] = (-3, NoEventsEtcd),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+2, NodePolicy + "; " + FlowLogRole),
            ["aws_iam_role"] = (+1, FlowLogRole),
            ["aws_lb"] = (+2, ApiLoadBalancer),
            ["aws_lb_listener"] = (+2, ApiLoadBalancer),
            ["aws_lb_target_group"] = (+2, ApiLoadBalancer),
            ["aws_security_group"] = (+1, ApiElbGroup),
            ["aws_security_group_rule"] = (+5, Rules),
            ["aws_route53_record"] = (+2, HaRecords),
        },
        ["mixed-spot"] = new()
        {
            ["aws_ebs_volume"] = (-3, NoEventsEtcd),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+2, NodePolicy + "; " + FlowLogRole),
            ["aws_iam_role"] = (+1, FlowLogRole),
            ["aws_lb"] = (+2, ApiLoadBalancer),
            ["aws_lb_listener"] = (+2, ApiLoadBalancer),
            ["aws_lb_target_group"] = (+2, ApiLoadBalancer),
            ["aws_security_group"] = (+1, ApiElbGroup),
            ["aws_security_group_rule"] = (+5, Rules),
            ["aws_route53_zone"] = (+1, OwnPrivateZone),
            ["aws_route53_record"] = (+1, OwnPrivateZone),
        },
        ["shared-vpc"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsEtcd),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_iam_role_policy"] = (+1, NodePolicy),
            ["aws_security_group_rule"] = (-8, Rules),
            ["aws_route53_record"] = (0, PublicRecords),
            ["aws_ec2_tag"] = (+2, SharedTags),
        },
        ["create-defaults"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsEtcd),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+2, NodePolicy + "; " + FlowLogRole),
            ["aws_iam_role"] = (+1, FlowLogRole),
            ["aws_route53_record"] = (0, PublicRecords),
        },
        ["egress-external"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsEtcd),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_iam_role_policy"] = (+1, NodePolicy),
            ["aws_security_group_rule"] = (-10, Rules + "; kops also admits SSH to the bastion load balancer from each utility subnet's CIDR"),
            ["aws_route53_record"] = (0, PublicRecords),
        },
        ["nat-eipalloc"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsEtcd),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+1, NodePolicy),
            ["aws_security_group_rule"] = (-8, Rules),
            ["aws_route53_record"] = (0, PublicRecords),
        },
        ["private-dns-outside-zone"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsEtcd),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+2, NodePolicy + "; " + FlowLogRole),
            ["aws_iam_role"] = (+1, FlowLogRole),
            ["aws_security_group_rule"] = (-8, Rules),
            ["aws_route53_record"] = (-1, NameOutsideZone),
            ["aws_route53_zone"] = (+1, NameOutsideZone),
        },
        ["existing-sg"] = new()
        {
            ["aws_ebs_volume"] = (-3, NoEventsEtcd),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+2, NodePolicy + "; " + FlowLogRole),
            ["aws_iam_role"] = (+1, FlowLogRole),
            ["aws_security_group_rule"] = (-5, Rules + "; both add their rules for every pair of groups (the overrides and kgen's own control-plane group)"),
            ["aws_route53_record"] = (0, PublicRecords),
        },
        ["shared-public-subnet"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsEtcd),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_iam_role_policy"] = (+1, NodePolicy),
            ["aws_route53_record"] = (0, PublicRecords),
            ["aws_ec2_tag"] = (+1, "kgen tags the shared subnet kubernetes.io/cluster/<cluster>=shared in Terraform (aws_ec2_tag); kops tags it through the API at update time"),
        },
        ["private-flannel"] = new()
        {
            ["aws_ebs_volume"] = (-1, NoEventsEtcd),
            ["aws_lb"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_listener"] = (+1, InternalApiLoadBalancer),
            ["aws_lb_target_group"] = (+1, InternalApiLoadBalancer),
            ["aws_route"] = (-1, Ipv6Route),
            ["aws_iam_role_policy"] = (+2, NodePolicy + "; " + FlowLogRole),
            ["aws_iam_role"] = (+1, FlowLogRole),
            ["aws_security_group_rule"] = (-8, Rules),
            ["aws_route53_record"] = (0, PublicRecords),
        },
    };

    /// <summary>
    /// Types whose kops count is not stated for a manifest, and why (compared in the other manifests instead).
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, string>> NotCompared = new()
    {
        ["create-defaults"] = new()
        {
            ["aws_security_group_rule"] = "kops writes its IPv4 and IPv6 (::/0) access rules per load balancer listener and per ICMP type; its count for this manifest is not written down here (kgen's least-privilege matrix is compared with kops' in the other manifests)",
        },
        ["shared-public-subnet"] = new()
        {
            ["aws_security_group_rule"] = "kops writes its IPv4 and IPv6 (::/0) access rules per load balancer listener and per ICMP type; its count for this manifest is not written down here (kgen's least-privilege matrix is compared with kops' in the other manifests)",
        },
    };

    public static TheoryData<string> Manifests => new(Kops.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Core_infrastructure_matches_kops_except_for_the_listed_differences(string manifest)
    {
        var kops = Kops[manifest];
        var kgen = Count(Generate(manifest));

        var differences = Differences[manifest];
        var mismatches = new List<string>();
        foreach (var type in CoreTypes.Except(NotCompared.TryGetValue(manifest, out var skipped) ? skipped.Keys : Enumerable.Empty<string>()))
        {
            var expected = kops.GetValueOrDefault(type) + (differences.TryGetValue(type, out var d) ? d.Delta : 0);
            var actual = kgen.GetValueOrDefault(type);
            if (expected != actual)
            {
                mismatches.Add($"{type}: kops {kops.GetValueOrDefault(type)}, expected kgen {expected}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{manifest}: " + string.Join("\n", mismatches));
        Assert.All(differences.Keys.Concat(kops.Keys), t => Assert.Contains(t, CoreTypes));
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void The_subnets_have_the_manifests_cidrs_as_kops_gives_them(string manifest)
    {
        var yaml = File.ReadAllText(Repo.KopsManifest(manifest));
        var tf = Generate(manifest);
        var created = SubnetCidrPattern().Matches(tf).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);

        // kops creates every subnet without an id, with exactly the CIDR the manifest gives it.
        var expected = ManifestSubnetPattern().Matches(yaml).Where(m => !m.Groups[2].Value.Contains("id: subnet-", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(expected, created);
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void The_etcd_volumes_are_encrypted_where_kops_leaves_them_plain(string manifest)
    {
        // kops encrypts etcd volumes only when etcdMembers[].encryptedVolume is true (its create command sets it, as
        // create-defaults shows; the other manifests do not, so kops' volumes there are plain); kgen encrypts every one.
        var plainInKops = !File.ReadAllText(Repo.KopsManifest(manifest)).Contains("encryptedVolume: true", StringComparison.Ordinal);
        Assert.Equal(manifest != "create-defaults", plainInKops);
        var volumes = VolumePattern().Matches(Generate(manifest)).Select(m => m.Value).ToList();
        Assert.Equal(Kops[manifest]["aws_ebs_volume"] + Differences[manifest]["aws_ebs_volume"].Delta, volumes.Count);
        Assert.All(volumes, v => Assert.Contains("encrypted         = true", v, StringComparison.Ordinal));
    }

    [Fact]
    public void Groups_attach_to_the_operators_profile_load_balancers_and_policies_as_kops_attaches_them()
    {
        var tf = Generate("external-attachments");

        // iam.profile: the group's launch template names the operator's profile (the ARN's last part), as kops does; kgen
        // makes no role for a role whose every group names one (here the control plane).
        var controlPlane = Regex.Match(tf, "resource \"aws_launch_template\" \"control-plane-eu-central-1a[^\"]*\" \\{.*?\n}", RegexOptions.Singleline).Value;
        Assert.Matches("iam_instance_profile \\{\\s*name = \"control-plane\"\\s*}", controlPlane);
        Assert.DoesNotContain("resource \"aws_iam_role\" \"masters", tf, StringComparison.Ordinal);

        // externalLoadBalancers and suspendProcesses: attributes of the autoscaling group.
        var nodes = Regex.Match(tf, "resource \"aws_autoscaling_group\" \"nodes-eu-central-1a[^\"]*\" \\{.*?\n}", RegexOptions.Singleline).Value;
        Assert.Contains("load_balancers        = [\"legacy-web\"]", nodes, StringComparison.Ordinal);
        Assert.Contains("target_group_arns   = [\"arn:aws:elasticloadbalancing:eu-central-1:111122223333:targetgroup/web-http/0123456789abcdef\"]", nodes, StringComparison.Ordinal);
        Assert.Contains("suspended_processes   = [\"AZRebalance\", \"ScheduledActions\"]", nodes, StringComparison.Ordinal);

        // externalPolicies: one attachment per role and policy.
        Assert.Equal(2, Regex.Count(tf, "resource \"aws_iam_role_policy_attachment\""));
        Assert.Contains("policy_arn = \"arn:aws:iam::111122223333:policy/kgen-tests/nodes-extra\"", tf, StringComparison.Ordinal);

        // kops' kops.k8s.io/instancegroup label becomes kgen's own group label; the kubelet never sets the k8s.io one.
        var generated = SnapshotTests.Generate(Repo.KopsManifest("external-attachments"), Repo.ExampleKey);
        var files = generated.Files.Concat(generated.ConfigBaseObjects.Select(o => KeyValuePair.Create(o.Key, o.Content))).ToList();
        Assert.DoesNotContain(files, f => f.Value.Contains("kops.k8s.io/instancegroup", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Key.Contains("batch-eu-central-1a", StringComparison.Ordinal) && f.Value.Contains("kgen.dev/instancegroup=batch-eu-central-1a", StringComparison.Ordinal));

        // CloudFormation names the same load balancers and profile, and says it cannot suspend processes.
        var cfn = SnapshotTests.Generate(Repo.KopsManifest("external-attachments"), Repo.ExampleKey, Target.CloudFormation);
        var template = cfn.Files["cloudformation.json"];
        Assert.Contains("\"LoadBalancerNames\": [\n          \"legacy-web\"", template, StringComparison.Ordinal);
        Assert.Contains("\"Name\": \"control-plane\"", template, StringComparison.Ordinal);
        Assert.Contains(cfn.Warnings, w => w.Message.Contains("suspend-processes", StringComparison.Ordinal) && w.Message.Contains("AZRebalance ScheduledActions", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_whose_every_group_has_its_own_instance_profile_gets_no_role_and_takes_no_external_policy()
    {
        // The control plane's only group names a profile of the operator's: kgen makes no role and no profile for it.
        var yaml = File.ReadAllText(Repo.KopsManifest("external-attachments"));
        var output = Generator.Generator.Generate(ClusterSpec.Load(yaml, "own-profiles.yaml"), Target.Terraform, new GenerateOptions { SshPublicKey = File.ReadAllText(Repo.ExampleKey) });
        var tf = output.Files["kubernetes.tf"];
        Assert.DoesNotContain("resource \"aws_iam_role\" \"masters", tf, StringComparison.Ordinal);
        Assert.DoesNotContain("resource \"aws_iam_instance_profile\" \"masters", tf, StringComparison.Ordinal);

        // The proof cannot read the operator's profiles: it says what it assumes of them (here, the control plane's AWS calls).
        Assert.Contains(output.Verification!.Proofs, p => p.Assumptions.Any(a => a.StartsWith("the operator's instance profile control-plane (instance group control-plane-eu-central-1a, spec.iam.profile) allows ec2:", StringComparison.Ordinal)));

        // Policies for a role kgen makes no role for are refused, not dropped.
        var refused = yaml.Replace("  externalPolicies:\n", "  externalPolicies:\n    master:\n    - arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore\n", StringComparison.Ordinal);
        var e = Assert.Throws<SpecException>(() => Generator.Generator.Generate(ClusterSpec.Load(refused, "own-profiles.yaml"), Target.Terraform, new GenerateOptions()));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.ExternalPolicyInvalid && d.Message.Contains("instance profile of its own", StringComparison.Ordinal));

        // A worker group cannot have one: workers join by proving kgen's workers' role to aws-iam-authenticator.
        var worker = yaml.Replace("  name: batch-eu-central-1a\nspec:\n", "  name: batch-eu-central-1a\nspec:\n  iam:\n    profile: arn:aws:iam::111122223333:instance-profile/batch-nodes\n", StringComparison.Ordinal);
        Assert.NotEqual(yaml, worker);
        var w = Assert.Throws<SpecException>(() => Generator.Generator.Generate(ClusterSpec.Load(worker, "own-profiles.yaml"), Target.Terraform, new GenerateOptions()));
        var error = Assert.Single(w.Errors, d => d.Code == DiagnosticCodes.InstanceProfileOnWorker);
        Assert.Contains("aws-iam-authenticator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kops_cilium_etcd_cluster_is_accepted_with_a_warning_with_cilium_networking_and_refused_without()
    {
        // kops runs an etcd cluster named cilium for cilium's key-value store (networking.cilium.etcdManaged).
        var yaml = File.ReadAllText(Repo.KopsManifest("create-defaults")).Replace(
            "    name: events\n    version: 3.5.17\n",
            "    name: events\n    version: 3.5.17\n  - etcdMembers:\n    - encryptedVolume: true\n      instanceGroup: control-plane-us-east-1a\n      name: a\n    name: cilium\n",
            StringComparison.Ordinal);
        Assert.Contains("name: cilium\n", yaml, StringComparison.Ordinal);
        var output = Generator.Generator.Generate(ClusterSpec.Load(yaml, "cilium-etcd.yaml"), Target.Terraform, new GenerateOptions { SshPublicKey = File.ReadAllText(Repo.ExampleKey) });
        Assert.Contains(output.Warnings, w => w.Code == DiagnosticCodes.EtcdClusterNotRun && w.Message.Contains("etcd cluster cilium gets no volumes: the cilium kgen installs keeps its state in Kubernetes resources", StringComparison.Ordinal));
        Assert.DoesNotContain("etcd-cilium", output.Files["kubernetes.tf"], StringComparison.Ordinal);

        var flannel = yaml.Replace("    cilium:\n      enableNodePort: true\n", "    flannel:\n      backend: vxlan\n", StringComparison.Ordinal);
        var e = Assert.Throws<SpecException>(() => Generator.Generator.Generate(ClusterSpec.Load(flannel, "cilium-etcd.yaml"), Target.Terraform, new GenerateOptions()));
        Assert.Contains(e.Errors, d => d.Code == DiagnosticCodes.EtcdClusterInvalid && d.Message.Contains("networking is not cilium", StringComparison.Ordinal));
    }

    [Fact]
    public void Egress_external_subnets_get_no_route_of_kgens_and_an_eipalloc_egress_is_the_nat_gateways_address()
    {
        var external = Generate("egress-external");
        Assert.DoesNotContain("resource \"aws_route_table_association\"", external, StringComparison.Ordinal);
        Assert.DoesNotContain("resource \"aws_route\"", external, StringComparison.Ordinal);

        var eipalloc = Generate("nat-eipalloc");
        Assert.Contains("allocation_id = \"eipalloc-0a1b2c3d4e5f60718\"", eipalloc, StringComparison.Ordinal);
        Assert.DoesNotContain("resource \"aws_eip\"", eipalloc, StringComparison.Ordinal);
    }

    private static string Generate(string manifest) =>
        SnapshotTests.Generate(Repo.KopsManifest(manifest), Repo.ExampleKey).Files["kubernetes.tf"];

    private static Dictionary<string, int> Count(string tf) =>
        ResourcePattern().Matches(tf).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [GeneratedRegex("^resource \"(\\w+)\"", RegexOptions.Multiline)]
    private static partial Regex ResourcePattern();

    [GeneratedRegex("resource \"aws_ebs_volume\"[^}]*}", RegexOptions.Singleline)]
    private static partial Regex VolumePattern();

    [GeneratedRegex("resource \"aws_subnet\"[^{]*\\{[^}]*?cidr_block\\s*=\\s*\"([0-9./]+)\"", RegexOptions.Singleline)]
    private static partial Regex SubnetCidrPattern();

    /// <summary>A subnet entry of the manifest: its CIDR and the rest of the entry.</summary>
    [GeneratedRegex("^  - cidr: ([0-9./]+)\\n((?:    .*\\n)*)", RegexOptions.Multiline)]
    private static partial Regex ManifestSubnetPattern();
}
