# Values the mocked AWS provider returns for computed attributes, shaped like real ones: the
# provider validates references such as launch_template.id ("lt-…") and ARNs ("arn:…"), and a
# random mock string would fail those checks. One value per type is enough: nothing is unique.
mock_resource "aws_vpc" {
  defaults = {
    id                        = "vpc-0123456789abcdef0"
    arn                       = "arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0123456789abcdef0"
    default_security_group_id = "sg-0123456789abcdef0"
    main_route_table_id       = "rtb-0123456789abcdef0"
  }
}

mock_resource "aws_subnet" {
  defaults = {
    id  = "subnet-0123456789abcdef0"
    arn = "arn:aws:ec2:us-east-1:123456789012:subnet/subnet-0123456789abcdef0"
  }
}

mock_resource "aws_internet_gateway" {
  defaults = {
    id  = "igw-0123456789abcdef0"
    arn = "arn:aws:ec2:us-east-1:123456789012:internet-gateway/igw-0123456789abcdef0"
  }
}

mock_resource "aws_eip" {
  defaults = {
    id            = "eipalloc-0123456789abcdef0"
    allocation_id = "eipalloc-0123456789abcdef0"
    public_ip     = "198.51.100.10"
  }
}

mock_resource "aws_nat_gateway" {
  defaults = {
    id = "nat-0123456789abcdef0"
  }
}

mock_resource "aws_route_table" {
  defaults = {
    id  = "rtb-0123456789abcdef0"
    arn = "arn:aws:ec2:us-east-1:123456789012:route-table/rtb-0123456789abcdef0"
  }
}

mock_resource "aws_vpc_dhcp_options" {
  defaults = {
    id  = "dopt-0123456789abcdef0"
    arn = "arn:aws:ec2:us-east-1:123456789012:dhcp-options/dopt-0123456789abcdef0"
  }
}

mock_resource "aws_security_group" {
  defaults = {
    id  = "sg-0123456789abcdef0"
    arn = "arn:aws:ec2:us-east-1:123456789012:security-group/sg-0123456789abcdef0"
  }
}

mock_resource "aws_cloudwatch_log_group" {
  defaults = {
    arn = "arn:aws:logs:us-east-1:123456789012:log-group:/kgen/mock/vpc-flow-logs"
  }
}

mock_resource "aws_flow_log" {
  defaults = {
    arn = "arn:aws:ec2:us-east-1:123456789012:vpc-flow-log/fl-0123456789abcdef0"
    id  = "fl-0123456789abcdef0"
  }
}

mock_resource "aws_iam_role" {
  defaults = {
    arn       = "arn:aws:iam::123456789012:role/kgen-mock"
    unique_id = "AROA0123456789EXAMPLE"
  }
}

mock_resource "aws_iam_instance_profile" {
  defaults = {
    arn       = "arn:aws:iam::123456789012:instance-profile/kgen-mock"
    unique_id = "AIPA0123456789EXAMPLE"
  }
}

mock_resource "aws_key_pair" {
  defaults = {
    arn         = "arn:aws:ec2:us-east-1:123456789012:key-pair/kgen-mock"
    key_pair_id = "key-0123456789abcdef0"
  }
}

mock_resource "aws_launch_template" {
  defaults = {
    id             = "lt-0123456789abcdef0"
    arn            = "arn:aws:ec2:us-east-1:123456789012:launch-template/lt-0123456789abcdef0"
    latest_version = 1
  }
}

mock_resource "aws_autoscaling_group" {
  defaults = {
    arn = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/kgen-mock"
  }
}

mock_resource "aws_sqs_queue" {
  defaults = {
    id  = "https://sqs.us-east-1.amazonaws.com/123456789012/example-nth"
    url = "https://sqs.us-east-1.amazonaws.com/123456789012/example-nth"
    arn = "arn:aws:sqs:us-east-1:123456789012:example-nth"
  }
}

mock_resource "aws_cloudwatch_event_rule" {
  defaults = {
    id  = "example-SpotInterruption"
    arn = "arn:aws:events:us-east-1:123456789012:rule/example-SpotInterruption"
  }
}

mock_resource "aws_ebs_volume" {
  defaults = {
    id  = "vol-0123456789abcdef0"
    arn = "arn:aws:ec2:us-east-1:123456789012:volume/vol-0123456789abcdef0"
  }
}

mock_resource "aws_lb" {
  defaults = {
    arn        = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/kgen-mock/0123456789abcdef"
    arn_suffix = "net/kgen-mock/0123456789abcdef"
    dns_name   = "kgen-mock-0123456789abcdef.elb.us-east-1.amazonaws.com"
    zone_id    = "Z26RNL4JYFTOTI"
  }
}

mock_resource "aws_lb_target_group" {
  defaults = {
    arn        = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/kgen-mock/0123456789abcdef"
    arn_suffix = "targetgroup/kgen-mock/0123456789abcdef"
  }
}

mock_resource "aws_lb_listener" {
  defaults = {
    arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/kgen-mock/0123456789abcdef/0123456789abcdef"
  }
}

mock_resource "aws_elb" {
  defaults = {
    arn      = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/kgen-mock"
    dns_name = "kgen-mock-123456789.us-east-1.elb.amazonaws.com"
    zone_id  = "Z35SXDOTRQ7X7K"
  }
}

mock_resource "aws_route53_zone" {
  defaults = {
    zone_id = "Z0123456789ABCDEFGHIJ"
    arn     = "arn:aws:route53:::hostedzone/Z0123456789ABCDEFGHIJ"
  }
}

mock_data "aws_ssm_parameter" {
  defaults = {
    value          = "ami-0123456789abcdef0"
    insecure_value = "ami-0123456789abcdef0"
    type           = "String"
  }
}

mock_data "aws_ami" {
  defaults = {
    id               = "ami-0123456789abcdef0"
    image_id         = "ami-0123456789abcdef0"
    root_device_name = "/dev/sda1"
    architecture     = "x86_64"
  }
}

mock_data "aws_vpc" {
  defaults = {
    id         = "vpc-0123456789abcdef0"
    cidr_block = "10.0.0.0/16"
  }
}

mock_data "aws_internet_gateway" {
  defaults = {
    id                  = "igw-0123456789abcdef0"
    internet_gateway_id = "igw-0123456789abcdef0"
  }
}

mock_data "aws_route53_zone" {
  defaults = {
    zone_id = "Z0123456789ABCDEFGHIJ"
    id      = "Z0123456789ABCDEFGHIJ"
  }
}

# An empty listing: a config store without the cluster's secrets. terraform-engine.sh overrides it
# per folder with the key the config-store guard checks, and proves the guard stops a plan without it.
mock_data "aws_s3_objects" {
  defaults = {
    id              = "kgen-mock"
    keys            = []
    common_prefixes = []
    owners          = []
    request_charged = ""
  }
}

# EKS (issue 17): the cluster's computed blocks hold one element, as a real cluster's do.
mock_resource "aws_eks_cluster" {
  defaults = {
    arn      = "arn:aws:eks:us-east-1:123456789012:cluster/mock"
    endpoint = "https://0123456789ABCDEF0123456789ABCDEF.gr7.us-east-1.eks.amazonaws.com"
    certificate_authority = [{
      data = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg=="
    }]
    identity = [{
      oidc = [{
        issuer = "https://oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF"
      }]
    }]
  }
}

mock_resource "aws_kms_key" {
  defaults = {
    arn    = "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"
    key_id = "12345678-1234-1234-1234-123456789012"
  }
}

mock_resource "aws_eks_node_group" {
  defaults = {
    arn = "arn:aws:eks:us-east-1:123456789012:nodegroup/mock/ng/01234567-89ab-cdef-0123-456789abcdef"
  }
}

mock_resource "aws_iam_openid_connect_provider" {
  defaults = {
    arn = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF"
  }
}
