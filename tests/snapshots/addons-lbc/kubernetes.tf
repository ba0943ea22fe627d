locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-ingress-k8s-local.dns_name
  api_internal_name                   = "api.internal.ingress.k8s.local"
  api_load_balancer_dns_name          = aws_lb.api-ingress-k8s-local.dns_name
  cluster_name                        = "ingress.k8s.local"
  config_base                         = "file://./state/ingress.k8s.local"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-west-1a-masters-ingress-k8s-local.id]
  master_security_group_ids           = [aws_security_group.masters-ingress-k8s-local.id]
  masters_role_arn                    = aws_iam_role.masters-ingress-k8s-local.arn
  masters_role_name                   = aws_iam_role.masters-ingress-k8s-local.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-ingress-k8s-local.id]
  node_security_group_ids             = [aws_security_group.nodes-ingress-k8s-local.id]
  node_subnet_ids                     = [aws_subnet.eu-west-1a-ingress-k8s-local.id, aws_subnet.eu-west-1b-ingress-k8s-local.id]
  nodes_role_arn                      = aws_iam_role.nodes-ingress-k8s-local.arn
  nodes_role_name                     = aws_iam_role.nodes-ingress-k8s-local.name
  region                              = "eu-west-1"
  vpc_cidr_block                      = aws_vpc.ingress-k8s-local.cidr_block
  vpc_id                              = aws_vpc.ingress-k8s-local.id
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
  region = "eu-west-1"
}

resource "aws_autoscaling_group" "control-plane-eu-west-1a-masters-ingress-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-west-1a-masters-ingress-k8s-local.id
    version = aws_launch_template.control-plane-eu-west-1a-masters-ingress-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-west-1a.masters.ingress.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ingress.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-west-1a.masters.ingress.k8s.local"
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
    value               = "control-plane-eu-west-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/ingress.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-ingress-k8s-local-iaughh.arn, aws_lb_target_group.tcp-internal-ingress-k8s-0j072d.arn]
  vpc_zone_identifier = [aws_subnet.eu-west-1a-ingress-k8s-local.id]
}

resource "aws_autoscaling_group" "nodes-ingress-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-ingress-k8s-local.id
    version = aws_launch_template.nodes-ingress-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 2
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.ingress.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ingress.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.ingress.k8s.local"
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
    key                 = "kubernetes.io/cluster/ingress.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.eu-west-1a-ingress-k8s-local.id, aws_subnet.eu-west-1b-ingress-k8s-local.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-ingress-k8s-local" {
  name              = "/kgen/ingress.k8s.local/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "/kgen/ingress.k8s.local/vpc-flow-logs"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_default_security_group" "ingress-k8s-local" {
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_ebs_volume" "a-etcd-main-ingress-k8s-local" {
  availability_zone = "eu-west-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "a.etcd-main.ingress.k8s.local"
    "k8s.io/etcd/main"                        = "a/a"
    "k8s.io/role/control-plane"               = "1"
    "k8s.io/role/master"                      = "1"
    "kgen.dev/instancegroup"                  = "control-plane-eu-west-1a"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_eip" "eu-west-1a-ingress-k8s-local" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "eu-west-1a.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_eip" "eu-west-1b-ingress-k8s-local" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "eu-west-1b.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_flow_log" "ingress-k8s-local" {
  iam_role_arn             = aws_iam_role.flowlogs-ingress-k8s-local.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-ingress-k8s-local.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.ingress-k8s-local.id
}

resource "aws_iam_instance_profile" "masters-ingress-k8s-local" {
  name = "masters.ingress.k8s.local"
  role = aws_iam_role.masters-ingress-k8s-local.name
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "masters.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-ingress-k8s-local" {
  name = "nodes.ingress.k8s.local"
  role = aws_iam_role.nodes-ingress-k8s-local.name
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "nodes.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-ingress-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.ingress.k8s.local_policy")
  name               = "flowlogs.ingress.k8s.local"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "flowlogs.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "masters-ingress-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.ingress.k8s.local_policy")
  name               = "masters.ingress.k8s.local"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "masters.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "nodes-ingress-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.ingress.k8s.local_policy")
  name               = "nodes.ingress.k8s.local"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "nodes.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-ingress-k8s-local" {
  name   = "flowlogs.ingress.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.ingress.k8s.local_policy")
  role   = aws_iam_role.flowlogs-ingress-k8s-local.name
}

resource "aws_iam_role_policy" "masters-ingress-k8s-local" {
  name   = "masters.ingress.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.ingress.k8s.local_policy")
  role   = aws_iam_role.masters-ingress-k8s-local.name
}

resource "aws_iam_role_policy" "nodes-ingress-k8s-local" {
  name   = "nodes.ingress.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.ingress.k8s.local_policy")
  role   = aws_iam_role.nodes-ingress-k8s-local.name
}

resource "aws_internet_gateway" "ingress-k8s-local" {
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_key_pair" "kubernetes-ingress-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.ingress.k8s.local-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.ingress.k8s.local-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_launch_template" "control-plane-eu-west-1a-masters-ingress-k8s-local" {
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
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-ingress-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-ingress-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-west-1a.masters.ingress.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-ingress-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                       = "ingress.k8s.local"
      "Name"                                    = "control-plane-eu-west-1a.masters.ingress.k8s.local"
      "k8s.io/role/control-plane"               = "1"
      "k8s.io/role/master"                      = "1"
      "kgen.dev/instancegroup"                  = "control-plane-eu-west-1a"
      "kubernetes.io/cluster/ingress.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                       = "ingress.k8s.local"
      "Name"                                    = "control-plane-eu-west-1a.masters.ingress.k8s.local"
      "k8s.io/role/control-plane"               = "1"
      "k8s.io/role/master"                      = "1"
      "kgen.dev/instancegroup"                  = "control-plane-eu-west-1a"
      "kubernetes.io/cluster/ingress.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "control-plane-eu-west-1a.masters.ingress.k8s.local"
    "k8s.io/role/control-plane"               = "1"
    "k8s.io/role/master"                      = "1"
    "kgen.dev/instancegroup"                  = "control-plane-eu-west-1a"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-west-1a.masters.ingress.k8s.local_user_data"))
}

resource "aws_launch_template" "nodes-ingress-k8s-local" {
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
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-ingress-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-ingress-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.ingress.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-ingress-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                       = "ingress.k8s.local"
      "Name"                                    = "nodes.ingress.k8s.local"
      "k8s.io/role/node"                        = "1"
      "kgen.dev/instancegroup"                  = "nodes"
      "kubernetes.io/cluster/ingress.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                       = "ingress.k8s.local"
      "Name"                                    = "nodes.ingress.k8s.local"
      "k8s.io/role/node"                        = "1"
      "kgen.dev/instancegroup"                  = "nodes"
      "kubernetes.io/cluster/ingress.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "nodes.ingress.k8s.local"
    "k8s.io/role/node"                        = "1"
    "kgen.dev/instancegroup"                  = "nodes"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.ingress.k8s.local_user_data"))
}

resource "aws_lb" "api-ingress-k8s-local" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-ingress-k8s-local-11mect"
  security_groups                  = [aws_security_group.api-elb-ingress-k8s-local.id]
  subnets                          = [aws_subnet.utility-eu-west-1a-ingress-k8s-local.id, aws_subnet.utility-eu-west-1b-ingress-k8s-local.id]
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "api.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_lb" "api-internal-ingress-k8s-local" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-ingress-k8s-ksukai"
  security_groups                  = [aws_security_group.api-elb-ingress-k8s-local.id]
  subnets                          = [aws_subnet.eu-west-1a-ingress-k8s-local.id, aws_subnet.eu-west-1b-ingress-k8s-local.id]
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "api-internal.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_lb_listener" "api-ingress-k8s-local-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-ingress-k8s-local-iaughh.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-ingress-k8s-local.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-internal-ingress-k8s-local-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-ingress-k8s-0j072d.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-ingress-k8s-local.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-ingress-k8s-local-iaughh" {
  connection_termination = true
  deregistration_delay   = "30"
  health_check {
    healthy_threshold   = 2
    interval            = 10
    matcher             = "200"
    path                = "/readyz"
    protocol            = "HTTPS"
    unhealthy_threshold = 2
  }
  name               = "tcp-ingress-k8s-local-iaughh"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "tcp-ingress-k8s-local-iaughh"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_lb_target_group" "tcp-internal-ingress-k8s-0j072d" {
  connection_termination = true
  deregistration_delay   = "30"
  health_check {
    healthy_threshold   = 2
    interval            = 10
    matcher             = "200"
    path                = "/readyz"
    protocol            = "HTTPS"
    unhealthy_threshold = 2
  }
  name               = "tcp-internal-ingress-k8s-0j072d"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "tcp-internal-ingress-k8s-0j072d"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_nat_gateway" "eu-west-1a-ingress-k8s-local" {
  allocation_id = aws_eip.eu-west-1a-ingress-k8s-local.id
  subnet_id     = aws_subnet.utility-eu-west-1a-ingress-k8s-local.id
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "eu-west-1a.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_nat_gateway" "eu-west-1b-ingress-k8s-local" {
  allocation_id = aws_eip.eu-west-1b-ingress-k8s-local.id
  subnet_id     = aws_subnet.utility-eu-west-1b-ingress-k8s-local.id
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "eu-west-1b.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.ingress-k8s-local.id
  route_table_id         = aws_route_table.ingress-k8s-local.id
}

resource "aws_route" "route-private-eu-west-1a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-west-1a-ingress-k8s-local.id
  route_table_id         = aws_route_table.private-eu-west-1a-ingress-k8s-local.id
}

resource "aws_route" "route-private-eu-west-1b-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-west-1b-ingress-k8s-local.id
  route_table_id         = aws_route_table.private-eu-west-1b-ingress-k8s-local.id
}

resource "aws_route53_record" "api-internal-ingress-k8s-local" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-ingress-k8s-local.dns_name
    zone_id                = aws_lb.api-internal-ingress-k8s-local.zone_id
  }
  name    = "api.internal.ingress.k8s.local"
  type    = "A"
  zone_id = aws_route53_zone.ingress-k8s-local.zone_id
}

resource "aws_route53_zone" "ingress-k8s-local" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "ingress.k8s.local"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.ingress-k8s-local.id
  }
}

resource "aws_route_table" "ingress-k8s-local" {
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_route_table" "private-eu-west-1a-ingress-k8s-local" {
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "private-eu-west-1a.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_route_table" "private-eu-west-1b-ingress-k8s-local" {
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "private-eu-west-1b.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_route_table_association" "private-eu-west-1a-ingress-k8s-local" {
  route_table_id = aws_route_table.private-eu-west-1a-ingress-k8s-local.id
  subnet_id      = aws_subnet.eu-west-1a-ingress-k8s-local.id
}

resource "aws_route_table_association" "private-eu-west-1b-ingress-k8s-local" {
  route_table_id = aws_route_table.private-eu-west-1b-ingress-k8s-local.id
  subnet_id      = aws_subnet.eu-west-1b-ingress-k8s-local.id
}

resource "aws_route_table_association" "utility-eu-west-1a-ingress-k8s-local" {
  route_table_id = aws_route_table.ingress-k8s-local.id
  subnet_id      = aws_subnet.utility-eu-west-1a-ingress-k8s-local.id
}

resource "aws_route_table_association" "utility-eu-west-1b-ingress-k8s-local" {
  route_table_id = aws_route_table.ingress-k8s-local.id
  subnet_id      = aws_subnet.utility-eu-west-1b-ingress-k8s-local.id
}

resource "aws_security_group" "api-elb-ingress-k8s-local" {
  description = "Security group for the API load balancer"
  name        = "api-elb.ingress.k8s.local"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "api-elb.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_security_group" "masters-ingress-k8s-local" {
  description = "Security group for control-plane nodes"
  name        = "masters.ingress.k8s.local"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "masters.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_security_group" "nodes-ingress-k8s-local" {
  description = "Security group for worker nodes"
  name        = "nodes.ingress.k8s.local"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "nodes.ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_security_group_rule" "from-203-0-113-0--24-ingress-tcp-443to443-api-elb-ingress-k8s-local" {
  cidr_blocks       = ["203.0.113.0/24"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-ingress-k8s-local.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-ingress-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-ingress-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-ingress-k8s-local-ingress-tcp-6443to6443-masters-ingress-k8s-local" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ingress-k8s-local.id
  source_security_group_id = aws_security_group.api-elb-ingress-k8s-local.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ingress-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-ingress-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-ingress-k8s-local-ingress-all-0to0-masters-ingress-k8s-local" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-ingress-k8s-local.id
  source_security_group_id = aws_security_group.masters-ingress-k8s-local.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ingress-k8s-local-ingress-icmp-8to0-nodes-ingress-k8s-local" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.masters-ingress-k8s-local.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ingress-k8s-local-ingress-tcp-10250to10250-nodes-ingress-k8s-local" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.masters-ingress-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ingress-k8s-local-ingress-tcp-4240to4240-nodes-ingress-k8s-local" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.masters-ingress-k8s-local.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ingress-k8s-local-ingress-tcp-443to443-api-elb-ingress-k8s-local" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-ingress-k8s-local.id
  source_security_group_id = aws_security_group.masters-ingress-k8s-local.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ingress-k8s-local-ingress-udp-8472to8472-nodes-ingress-k8s-local" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.masters-ingress-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-icmp-8to0-masters-ingress-k8s-local" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.masters-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-icmp-8to0-nodes-ingress-k8s-local" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-tcp-10250to10250-masters-ingress-k8s-local" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-tcp-10250to10250-nodes-ingress-k8s-local" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-tcp-30000to32767-nodes-ingress-k8s-local" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-tcp-4240to4240-masters-ingress-k8s-local" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-tcp-4240to4240-nodes-ingress-k8s-local" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-tcp-443to443-api-elb-ingress-k8s-local" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-tcp-6443to6443-masters-ingress-k8s-local" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-udp-30000to32767-nodes-ingress-k8s-local" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-udp-8472to8472-masters-ingress-k8s-local" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.masters-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ingress-k8s-local-ingress-udp-8472to8472-nodes-ingress-k8s-local" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-ingress-k8s-local.id
  source_security_group_id = aws_security_group.nodes-ingress-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-ingress-k8s-local" {
  description    = "kgen: the add-ons of cluster ingress.k8s.local the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.ingress.k8s.local_value")
  name           = "/kgen/ingress.k8s.local/addons"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "/kgen/ingress.k8s.local/addons"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "eu-west-1a-ingress-k8s-local" {
  availability_zone                           = "eu-west-1a"
  cidr_block                                  = "10.72.64.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "eu-west-1a.ingress.k8s.local"
    "SubnetType"                              = "Private"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
    "kubernetes.io/role/internal-elb"         = "1"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_subnet" "eu-west-1b-ingress-k8s-local" {
  availability_zone                           = "eu-west-1b"
  cidr_block                                  = "10.72.128.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "eu-west-1b.ingress.k8s.local"
    "SubnetType"                              = "Private"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
    "kubernetes.io/role/internal-elb"         = "1"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_subnet" "utility-eu-west-1a-ingress-k8s-local" {
  availability_zone                           = "eu-west-1a"
  cidr_block                                  = "10.72.0.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "utility-eu-west-1a.ingress.k8s.local"
    "SubnetType"                              = "Utility"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
    "kubernetes.io/role/elb"                  = "1"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_subnet" "utility-eu-west-1b-ingress-k8s-local" {
  availability_zone                           = "eu-west-1b"
  cidr_block                                  = "10.72.8.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "utility-eu-west-1b.ingress.k8s.local"
    "SubnetType"                              = "Utility"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
    "kubernetes.io/role/elb"                  = "1"
  }
  vpc_id = aws_vpc.ingress-k8s-local.id
}

resource "aws_vpc" "ingress-k8s-local" {
  cidr_block           = "10.72.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "ingress-k8s-local" {
  domain_name         = "eu-west-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                       = "ingress.k8s.local"
    "Name"                                    = "ingress.k8s.local"
    "kubernetes.io/cluster/ingress.k8s.local" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "ingress-k8s-local" {
  dhcp_options_id = aws_vpc_dhcp_options.ingress-k8s-local.id
  vpc_id          = aws_vpc.ingress-k8s-local.id
}

resource "terraform_data" "config-store-ingress-k8s-local" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase file://./state/ingress.k8s.local is a folder on the machine that ran kgen; nodes cannot read the cluster's CA there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
    }
  }
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
