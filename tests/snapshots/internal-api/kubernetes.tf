locals {
  api_internal_load_balancer_dns_name = aws_elb.api-internal-k8s-local.dns_name
  api_internal_name                   = "api.internal.internal.k8s.local"
  api_load_balancer_dns_name          = aws_elb.api-internal-k8s-local.dns_name
  cluster_name                        = "internal.k8s.local"
  config_base                         = "s3://acme-kgen-state/internal.k8s.local"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-ap-southeast-2a-masters-internal-k8s-local.id]
  master_security_group_ids           = [aws_security_group.masters-internal-k8s-local.id]
  masters_role_arn                    = aws_iam_role.masters-internal-k8s-local.arn
  masters_role_name                   = aws_iam_role.masters-internal-k8s-local.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-internal-k8s-local.id]
  node_security_group_ids             = [aws_security_group.nodes-internal-k8s-local.id]
  node_subnet_ids                     = [aws_subnet.ap-southeast-2a-internal-k8s-local.id, aws_subnet.ap-southeast-2b-internal-k8s-local.id, aws_subnet.ap-southeast-2c-internal-k8s-local.id]
  nodes_role_arn                      = aws_iam_role.nodes-internal-k8s-local.arn
  nodes_role_name                     = aws_iam_role.nodes-internal-k8s-local.name
  region                              = "ap-southeast-2"
  vpc_cidr_block                      = aws_vpc.internal-k8s-local.cidr_block
  vpc_id                              = aws_vpc.internal-k8s-local.id
}

output "api_internal_load_balancer_dns_name" {
  value = local.api_internal_load_balancer_dns_name
}

output "api_internal_name" {
  value = local.api_internal_name
}

output "api_load_balancer_dns_name" {
  value = local.api_load_balancer_dns_name
}

output "cluster_name" {
  value = local.cluster_name
}

output "config_base" {
  value = local.config_base
}

output "master_autoscaling_group_ids" {
  value = local.master_autoscaling_group_ids
}

output "master_security_group_ids" {
  value = local.master_security_group_ids
}

output "masters_role_arn" {
  value = local.masters_role_arn
}

output "masters_role_name" {
  value = local.masters_role_name
}

output "node_autoscaling_group_ids" {
  value = local.node_autoscaling_group_ids
}

output "node_security_group_ids" {
  value = local.node_security_group_ids
}

output "node_subnet_ids" {
  value = local.node_subnet_ids
}

output "nodes_role_arn" {
  value = local.nodes_role_arn
}

output "nodes_role_name" {
  value = local.nodes_role_name
}

output "region" {
  value = local.region
}

output "vpc_cidr_block" {
  value = local.vpc_cidr_block
}

output "vpc_id" {
  value = local.vpc_id
}

provider "aws" {
  region = "ap-southeast-2"
}

resource "aws_autoscaling_group" "control-plane-ap-southeast-2a-masters-internal-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-ap-southeast-2a-masters-internal-k8s-local.id
    version = aws_launch_template.control-plane-ap-southeast-2a-masters-internal-k8s-local.latest_version
  }
  load_balancers        = [aws_elb.api-internal-k8s-local.id]
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-ap-southeast-2a.masters.internal.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "internal.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-ap-southeast-2a.masters.internal.k8s.local"
  }
  tag {
    key                 = "k8s.io/role/control-plane"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/role/master"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "kgen.dev/instancegroup"
    propagate_at_launch = true
    value               = "control-plane-ap-southeast-2a"
  }
  tag {
    key                 = "kubernetes.io/cluster/internal.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.ap-southeast-2a-internal-k8s-local.id]
}

resource "aws_autoscaling_group" "nodes-internal-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-internal-k8s-local.id
    version = aws_launch_template.nodes-internal-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 6
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.internal.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "internal.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.internal.k8s.local"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/internal.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  tag {
    key                 = "k8s.io/role/node"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "kgen.dev/instancegroup"
    propagate_at_launch = true
    value               = "nodes"
  }
  tag {
    key                 = "kubernetes.io/cluster/internal.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.ap-southeast-2a-internal-k8s-local.id, aws_subnet.ap-southeast-2b-internal-k8s-local.id, aws_subnet.ap-southeast-2c-internal-k8s-local.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-internal-k8s-local" {
  name              = "/kgen/internal.k8s.local/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "/kgen/internal.k8s.local/vpc-flow-logs"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_default_security_group" "internal-k8s-local" {
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_ebs_volume" "a-etcd-main-internal-k8s-local" {
  availability_zone = "ap-southeast-2a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "a.etcd-main.internal.k8s.local"
    "k8s.io/etcd/main"                         = "a/a"
    "k8s.io/role/control-plane"                = "1"
    "k8s.io/role/master"                       = "1"
    "kgen.dev/instancegroup"                   = "control-plane-ap-southeast-2a"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_eip" "ap-southeast-2a-internal-k8s-local" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "ap-southeast-2a.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_eip" "ap-southeast-2b-internal-k8s-local" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "ap-southeast-2b.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_eip" "ap-southeast-2c-internal-k8s-local" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "ap-southeast-2c.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_elb" "api-internal-k8s-local" {
  connection_draining         = true
  connection_draining_timeout = 300
  cross_zone_load_balancing   = true
  health_check {
    healthy_threshold   = 2
    interval            = 10
    target              = "HTTPS:6443/readyz"
    timeout             = 5
    unhealthy_threshold = 2
  }
  idle_timeout = 300
  internal     = true
  listener {
    instance_port     = 6443
    instance_protocol = "TCP"
    lb_port           = 443
    lb_protocol       = "TCP"
  }
  name            = "api-internal-k8s-local-1tob4d"
  security_groups = [aws_security_group.api-elb-internal-k8s-local.id]
  subnets         = [aws_subnet.ap-southeast-2a-internal-k8s-local.id, aws_subnet.ap-southeast-2b-internal-k8s-local.id, aws_subnet.ap-southeast-2c-internal-k8s-local.id]
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "api.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_flow_log" "internal-k8s-local" {
  iam_role_arn             = aws_iam_role.flowlogs-internal-k8s-local.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-internal-k8s-local.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.internal-k8s-local.id
}

resource "aws_iam_instance_profile" "masters-internal-k8s-local" {
  name = "masters.internal.k8s.local"
  role = aws_iam_role.masters-internal-k8s-local.name
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "masters.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-internal-k8s-local" {
  name = "nodes.internal.k8s.local"
  role = aws_iam_role.nodes-internal-k8s-local.name
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "nodes.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-internal-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.internal.k8s.local_policy")
  name               = "flowlogs.internal.k8s.local"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "flowlogs.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "masters-internal-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.internal.k8s.local_policy")
  name               = "masters.internal.k8s.local"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "masters.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "nodes-internal-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.internal.k8s.local_policy")
  name               = "nodes.internal.k8s.local"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "nodes.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-internal-k8s-local" {
  name   = "flowlogs.internal.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.internal.k8s.local_policy")
  role   = aws_iam_role.flowlogs-internal-k8s-local.name
}

resource "aws_iam_role_policy" "masters-internal-k8s-local" {
  name   = "masters.internal.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.internal.k8s.local_policy")
  role   = aws_iam_role.masters-internal-k8s-local.name
}

resource "aws_iam_role_policy" "nodes-internal-k8s-local" {
  name   = "nodes.internal.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.internal.k8s.local_policy")
  role   = aws_iam_role.nodes-internal-k8s-local.name
}

resource "aws_internet_gateway" "internal-k8s-local" {
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_launch_template" "control-plane-ap-southeast-2a-masters-internal-k8s-local" {
  block_device_mappings {
    device_name = "/dev/sda1"
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-ap-southeast-2a-masters-internal-k8s-local]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-internal-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.medium"
  key_name      = "ops-team"
  lifecycle {
    create_before_destroy = true
  }
  metadata_options {
    http_endpoint               = "enabled"
    http_protocol_ipv6          = "disabled"
    http_put_response_hop_limit = 1
    http_tokens                 = "required"
    instance_metadata_tags      = "disabled"
  }
  monitoring {
    enabled = false
  }
  name = "control-plane-ap-southeast-2a.masters.internal.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-internal-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                        = "internal.k8s.local"
      "Name"                                     = "control-plane-ap-southeast-2a.masters.internal.k8s.local"
      "k8s.io/role/control-plane"                = "1"
      "k8s.io/role/master"                       = "1"
      "kgen.dev/instancegroup"                   = "control-plane-ap-southeast-2a"
      "kubernetes.io/cluster/internal.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                        = "internal.k8s.local"
      "Name"                                     = "control-plane-ap-southeast-2a.masters.internal.k8s.local"
      "k8s.io/role/control-plane"                = "1"
      "k8s.io/role/master"                       = "1"
      "kgen.dev/instancegroup"                   = "control-plane-ap-southeast-2a"
      "kubernetes.io/cluster/internal.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "control-plane-ap-southeast-2a.masters.internal.k8s.local"
    "k8s.io/role/control-plane"                = "1"
    "k8s.io/role/master"                       = "1"
    "kgen.dev/instancegroup"                   = "control-plane-ap-southeast-2a"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-ap-southeast-2a.masters.internal.k8s.local_user_data"))
}

resource "aws_launch_template" "nodes-internal-k8s-local" {
  block_device_mappings {
    device_name = "/dev/sda1"
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 128
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-nodes-internal-k8s-local]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-internal-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.medium"
  key_name      = "ops-team"
  lifecycle {
    create_before_destroy = true
  }
  metadata_options {
    http_endpoint               = "enabled"
    http_protocol_ipv6          = "disabled"
    http_put_response_hop_limit = 1
    http_tokens                 = "required"
    instance_metadata_tags      = "disabled"
  }
  monitoring {
    enabled = false
  }
  name = "nodes.internal.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-internal-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                            = "internal.k8s.local"
      "Name"                                         = "nodes.internal.k8s.local"
      "k8s.io/cluster-autoscaler/enabled"            = "1"
      "k8s.io/cluster-autoscaler/internal.k8s.local" = "owned"
      "k8s.io/role/node"                             = "1"
      "kgen.dev/instancegroup"                       = "nodes"
      "kubernetes.io/cluster/internal.k8s.local"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                            = "internal.k8s.local"
      "Name"                                         = "nodes.internal.k8s.local"
      "k8s.io/cluster-autoscaler/enabled"            = "1"
      "k8s.io/cluster-autoscaler/internal.k8s.local" = "owned"
      "k8s.io/role/node"                             = "1"
      "kgen.dev/instancegroup"                       = "nodes"
      "kubernetes.io/cluster/internal.k8s.local"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                            = "internal.k8s.local"
    "Name"                                         = "nodes.internal.k8s.local"
    "k8s.io/cluster-autoscaler/enabled"            = "1"
    "k8s.io/cluster-autoscaler/internal.k8s.local" = "owned"
    "k8s.io/role/node"                             = "1"
    "kgen.dev/instancegroup"                       = "nodes"
    "kubernetes.io/cluster/internal.k8s.local"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.internal.k8s.local_user_data"))
}

resource "aws_nat_gateway" "ap-southeast-2a-internal-k8s-local" {
  allocation_id = aws_eip.ap-southeast-2a-internal-k8s-local.id
  subnet_id     = aws_subnet.utility-ap-southeast-2a-internal-k8s-local.id
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "ap-southeast-2a.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_nat_gateway" "ap-southeast-2b-internal-k8s-local" {
  allocation_id = aws_eip.ap-southeast-2b-internal-k8s-local.id
  subnet_id     = aws_subnet.utility-ap-southeast-2b-internal-k8s-local.id
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "ap-southeast-2b.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_nat_gateway" "ap-southeast-2c-internal-k8s-local" {
  allocation_id = aws_eip.ap-southeast-2c-internal-k8s-local.id
  subnet_id     = aws_subnet.utility-ap-southeast-2c-internal-k8s-local.id
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "ap-southeast-2c.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.internal-k8s-local.id
  route_table_id         = aws_route_table.internal-k8s-local.id
}

resource "aws_route" "route-private-ap-southeast-2a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.ap-southeast-2a-internal-k8s-local.id
  route_table_id         = aws_route_table.private-ap-southeast-2a-internal-k8s-local.id
}

resource "aws_route" "route-private-ap-southeast-2b-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.ap-southeast-2b-internal-k8s-local.id
  route_table_id         = aws_route_table.private-ap-southeast-2b-internal-k8s-local.id
}

resource "aws_route" "route-private-ap-southeast-2c-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.ap-southeast-2c-internal-k8s-local.id
  route_table_id         = aws_route_table.private-ap-southeast-2c-internal-k8s-local.id
}

resource "aws_route53_record" "api-internal-internal-k8s-local" {
  alias {
    evaluate_target_health = false
    name                   = aws_elb.api-internal-k8s-local.dns_name
    zone_id                = aws_elb.api-internal-k8s-local.zone_id
  }
  name    = "api.internal.internal.k8s.local"
  type    = "A"
  zone_id = aws_route53_zone.internal-k8s-local.zone_id
}

resource "aws_route53_zone" "internal-k8s-local" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "internal.k8s.local"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.internal-k8s-local.id
  }
}

resource "aws_route_table" "internal-k8s-local" {
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_route_table" "private-ap-southeast-2a-internal-k8s-local" {
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "private-ap-southeast-2a.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_route_table" "private-ap-southeast-2b-internal-k8s-local" {
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "private-ap-southeast-2b.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_route_table" "private-ap-southeast-2c-internal-k8s-local" {
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "private-ap-southeast-2c.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_route_table_association" "private-ap-southeast-2a-internal-k8s-local" {
  route_table_id = aws_route_table.private-ap-southeast-2a-internal-k8s-local.id
  subnet_id      = aws_subnet.ap-southeast-2a-internal-k8s-local.id
}

resource "aws_route_table_association" "private-ap-southeast-2b-internal-k8s-local" {
  route_table_id = aws_route_table.private-ap-southeast-2b-internal-k8s-local.id
  subnet_id      = aws_subnet.ap-southeast-2b-internal-k8s-local.id
}

resource "aws_route_table_association" "private-ap-southeast-2c-internal-k8s-local" {
  route_table_id = aws_route_table.private-ap-southeast-2c-internal-k8s-local.id
  subnet_id      = aws_subnet.ap-southeast-2c-internal-k8s-local.id
}

resource "aws_route_table_association" "utility-ap-southeast-2a-internal-k8s-local" {
  route_table_id = aws_route_table.internal-k8s-local.id
  subnet_id      = aws_subnet.utility-ap-southeast-2a-internal-k8s-local.id
}

resource "aws_route_table_association" "utility-ap-southeast-2b-internal-k8s-local" {
  route_table_id = aws_route_table.internal-k8s-local.id
  subnet_id      = aws_subnet.utility-ap-southeast-2b-internal-k8s-local.id
}

resource "aws_route_table_association" "utility-ap-southeast-2c-internal-k8s-local" {
  route_table_id = aws_route_table.internal-k8s-local.id
  subnet_id      = aws_subnet.utility-ap-southeast-2c-internal-k8s-local.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-internal-k8s-local" {
  bucket       = "acme-kgen-state"
  content_type = "text/plain"
  key          = "internal.k8s.local/addons/aws-cloud-controller-manager/d303e29b312e6dcb7f80b5ccfffd2623bb278b3d6b082f8cd0b449dfcbbe687f/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.internal.k8s.local_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.internal.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-internal-k8s-local" {
  bucket       = "acme-kgen-state"
  content_type = "text/plain"
  key          = "internal.k8s.local/addons/aws-cloud-controller-manager/d303e29b312e6dcb7f80b5ccfffd2623bb278b3d6b082f8cd0b449dfcbbe687f/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.internal.k8s.local_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.internal.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-internal-k8s-local" {
  bucket       = "acme-kgen-state"
  content_type = "text/plain"
  key          = "internal.k8s.local/addons/aws-ebs-csi-driver/88a340db86c875dfb0683bc34e05c4f334c34092169b45a0db17af9bc26224e5/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.internal.k8s.local_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.internal.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-internal-k8s-local" {
  bucket       = "acme-kgen-state"
  content_type = "text/plain"
  key          = "internal.k8s.local/addons/aws-ebs-csi-driver/88a340db86c875dfb0683bc34e05c4f334c34092169b45a0db17af9bc26224e5/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.internal.k8s.local_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.internal.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-internal-k8s-local" {
  bucket       = "acme-kgen-state"
  content_type = "text/plain"
  key          = "internal.k8s.local/addons/aws-ebs-csi-driver/88a340db86c875dfb0683bc34e05c4f334c34092169b45a0db17af9bc26224e5/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.internal.k8s.local_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.internal.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-ap-southeast-2a-masters-internal-k8s-local" {
  bucket       = "acme-kgen-state"
  content_type = "text/x-shellscript"
  key          = "internal.k8s.local/nodeup/control-plane-ap-southeast-2a/aa1a1f558ccde268f1d39e15d32c6b1fb1a89a7f17a45becc22d7dfcebeedeef.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-ap-southeast-2a.masters.internal.k8s.local_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-ap-southeast-2a.masters.internal.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-internal-k8s-local" {
  bucket       = "acme-kgen-state"
  content_type = "text/x-shellscript"
  key          = "internal.k8s.local/nodeup/nodes/222d89ea4e864f788953332fd950ed04cb7e4e926c48941554d61ed499b6b069.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes.internal.k8s.local_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes.internal.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-internal-k8s-local" {
  description = "Security group for the API load balancer"
  name        = "api-elb.internal.k8s.local"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "api-elb.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_security_group" "masters-internal-k8s-local" {
  description = "Security group for control-plane nodes"
  name        = "masters.internal.k8s.local"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "masters.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_security_group" "nodes-internal-k8s-local" {
  description = "Security group for worker nodes"
  name        = "nodes.internal.k8s.local"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "nodes.internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_security_group_rule" "from-10-0-0-0--8-ingress-tcp-443to443-api-elb-internal-k8s-local" {
  cidr_blocks       = ["10.0.0.0/8"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-internal-k8s-local.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-10-1-2-0--24-ingress-tcp-22to22-masters-internal-k8s-local" {
  cidr_blocks       = ["10.1.2.0/24"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-internal-k8s-local.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-10-1-2-0--24-ingress-tcp-22to22-nodes-internal-k8s-local" {
  cidr_blocks       = ["10.1.2.0/24"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-192-168-100-0--24-ingress-tcp-443to443-api-elb-internal-k8s-local" {
  cidr_blocks       = ["192.168.100.0/24"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-internal-k8s-local.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-internal-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-internal-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-internal-k8s-local-ingress-tcp-6443to6443-masters-internal-k8s-local" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-internal-k8s-local.id
  source_security_group_id = aws_security_group.api-elb-internal-k8s-local.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-internal-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-internal-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-internal-k8s-local-ingress-all-0to0-masters-internal-k8s-local" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-internal-k8s-local.id
  source_security_group_id = aws_security_group.masters-internal-k8s-local.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-internal-k8s-local-ingress-tcp-10250to10250-nodes-internal-k8s-local" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-internal-k8s-local.id
  source_security_group_id = aws_security_group.masters-internal-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-internal-k8s-local-ingress-tcp-443to443-api-elb-internal-k8s-local" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-internal-k8s-local.id
  source_security_group_id = aws_security_group.masters-internal-k8s-local.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-internal-k8s-local-ingress-udp-8472to8472-nodes-internal-k8s-local" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-internal-k8s-local.id
  source_security_group_id = aws_security_group.masters-internal-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-internal-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-internal-k8s-local-ingress-tcp-10250to10250-masters-internal-k8s-local" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-internal-k8s-local.id
  source_security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-internal-k8s-local-ingress-tcp-10250to10250-nodes-internal-k8s-local" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-internal-k8s-local.id
  source_security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-internal-k8s-local-ingress-tcp-30000to32767-nodes-internal-k8s-local" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-internal-k8s-local.id
  source_security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-internal-k8s-local-ingress-tcp-443to443-api-elb-internal-k8s-local" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-internal-k8s-local.id
  source_security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-internal-k8s-local-ingress-tcp-6443to6443-masters-internal-k8s-local" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-internal-k8s-local.id
  source_security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-internal-k8s-local-ingress-udp-30000to32767-nodes-internal-k8s-local" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-internal-k8s-local.id
  source_security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-internal-k8s-local-ingress-udp-8472to8472-masters-internal-k8s-local" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.masters-internal-k8s-local.id
  source_security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-internal-k8s-local-ingress-udp-8472to8472-nodes-internal-k8s-local" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-internal-k8s-local.id
  source_security_group_id = aws_security_group.nodes-internal-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-internal-k8s-local" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-internal-k8s-local, aws_s3_object.addon-aws-cloud-controller-manager-sources-internal-k8s-local, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-internal-k8s-local, aws_s3_object.addon-aws-ebs-csi-driver-sources-internal-k8s-local, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-internal-k8s-local]
  description    = "kgen: the add-ons of cluster internal.k8s.local the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.internal.k8s.local_value")
  name           = "/kgen/internal.k8s.local/addons"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "/kgen/internal.k8s.local/addons"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "ap-southeast-2a-internal-k8s-local" {
  availability_zone                           = "ap-southeast-2a"
  cidr_block                                  = "10.40.64.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "ap-southeast-2a.internal.k8s.local"
    "SubnetType"                               = "Private"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
    "kubernetes.io/role/internal-elb"          = "1"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_subnet" "ap-southeast-2b-internal-k8s-local" {
  availability_zone                           = "ap-southeast-2b"
  cidr_block                                  = "10.40.128.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "ap-southeast-2b.internal.k8s.local"
    "SubnetType"                               = "Private"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
    "kubernetes.io/role/internal-elb"          = "1"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_subnet" "ap-southeast-2c-internal-k8s-local" {
  availability_zone                           = "ap-southeast-2c"
  cidr_block                                  = "10.40.192.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "ap-southeast-2c.internal.k8s.local"
    "SubnetType"                               = "Private"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
    "kubernetes.io/role/internal-elb"          = "1"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_subnet" "utility-ap-southeast-2a-internal-k8s-local" {
  availability_zone                           = "ap-southeast-2a"
  cidr_block                                  = "10.40.0.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "utility-ap-southeast-2a.internal.k8s.local"
    "SubnetType"                               = "Utility"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
    "kubernetes.io/role/elb"                   = "1"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_subnet" "utility-ap-southeast-2b-internal-k8s-local" {
  availability_zone                           = "ap-southeast-2b"
  cidr_block                                  = "10.40.8.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "utility-ap-southeast-2b.internal.k8s.local"
    "SubnetType"                               = "Utility"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
    "kubernetes.io/role/elb"                   = "1"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_subnet" "utility-ap-southeast-2c-internal-k8s-local" {
  availability_zone                           = "ap-southeast-2c"
  cidr_block                                  = "10.40.16.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "utility-ap-southeast-2c.internal.k8s.local"
    "SubnetType"                               = "Utility"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
    "kubernetes.io/role/elb"                   = "1"
  }
  vpc_id = aws_vpc.internal-k8s-local.id
}

resource "aws_vpc" "internal-k8s-local" {
  cidr_block           = "10.40.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "internal-k8s-local" {
  domain_name         = "ap-southeast-2.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                        = "internal.k8s.local"
    "Name"                                     = "internal.k8s.local"
    "kubernetes.io/cluster/internal.k8s.local" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "internal-k8s-local" {
  dhcp_options_id = aws_vpc_dhcp_options.internal-k8s-local.id
  vpc_id          = aws_vpc.internal-k8s-local.id
}

resource "terraform_data" "config-store-internal-k8s-local" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-internal-k8s-local.keys, "internal.k8s.local/pki/ca.crt")
      error_message = "configBase s3://acme-kgen-state/internal.k8s.local has no pki/ca.crt (s3://acme-kgen-state/internal.k8s.local/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
    }
  }
}

data "aws_s3_objects" "config-store-ca-internal-k8s-local" {
  bucket = "acme-kgen-state"
  prefix = "internal.k8s.local/pki/ca.crt"
}

data "aws_ssm_parameter" "ubuntu-24-04-amd64" {
  name = "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id"
}

terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}
