locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-shop-example-com.dns_name
  api_internal_name                   = "api.internal.shop.example.com"
  api_load_balancer_dns_name          = aws_lb.api-shop-example-com.dns_name
  api_public_name                     = "api.shop.example.com"
  cluster_name                        = "shop.example.com"
  config_base                         = "file://./state/shop.example.com"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-west-1a-masters-shop-example-com.id]
  master_security_group_ids           = [aws_security_group.masters-shop-example-com.id]
  masters_role_arn                    = aws_iam_role.masters-shop-example-com.arn
  masters_role_name                   = aws_iam_role.masters-shop-example-com.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-shop-example-com.id]
  node_security_group_ids             = [aws_security_group.nodes-shop-example-com.id]
  node_subnet_ids                     = [aws_subnet.eu-west-1a-shop-example-com.id, aws_subnet.eu-west-1b-shop-example-com.id]
  nodes_role_arn                      = aws_iam_role.nodes-shop-example-com.arn
  nodes_role_name                     = aws_iam_role.nodes-shop-example-com.name
  region                              = "eu-west-1"
  vpc_cidr_block                      = aws_vpc.shop-example-com.cidr_block
  vpc_id                              = aws_vpc.shop-example-com.id
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

output "api_public_name" {
  value = local.api_public_name
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

resource "aws_autoscaling_group" "control-plane-eu-west-1a-masters-shop-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-west-1a-masters-shop-example-com.id
    version = aws_launch_template.control-plane-eu-west-1a-masters-shop-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-west-1a.masters.shop.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "shop.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-west-1a.masters.shop.example.com"
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
    key                 = "kubernetes.io/cluster/shop.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-shop-example-com-6drohs.arn, aws_lb_target_group.tcp-internal-shop-example-v0otm8.arn]
  vpc_zone_identifier = [aws_subnet.eu-west-1a-shop-example-com.id]
}

resource "aws_autoscaling_group" "nodes-shop-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-shop-example-com.id
    version = aws_launch_template.nodes-shop-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 2
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.shop.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "shop.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.shop.example.com"
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
    key                 = "kubernetes.io/cluster/shop.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.eu-west-1a-shop-example-com.id, aws_subnet.eu-west-1b-shop-example-com.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-shop-example-com" {
  name              = "/kgen/shop.example.com/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "/kgen/shop.example.com/vpc-flow-logs"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_default_security_group" "shop-example-com" {
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_ebs_volume" "a-etcd-main-shop-example-com" {
  availability_zone = "eu-west-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "a.etcd-main.shop.example.com"
    "k8s.io/etcd/main"                       = "a/a"
    "k8s.io/role/control-plane"              = "1"
    "k8s.io/role/master"                     = "1"
    "kgen.dev/instancegroup"                 = "control-plane-eu-west-1a"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_eip" "eu-west-1a-shop-example-com" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "eu-west-1a.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_eip" "eu-west-1b-shop-example-com" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "eu-west-1b.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_flow_log" "shop-example-com" {
  iam_role_arn             = aws_iam_role.flowlogs-shop-example-com.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-shop-example-com.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.shop-example-com.id
}

resource "aws_iam_instance_profile" "masters-shop-example-com" {
  name = "masters.shop.example.com"
  role = aws_iam_role.masters-shop-example-com.name
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "masters.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-shop-example-com" {
  name = "nodes.shop.example.com"
  role = aws_iam_role.nodes-shop-example-com.name
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "nodes.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-shop-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.shop.example.com_policy")
  name               = "flowlogs.shop.example.com"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "flowlogs.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_iam_role" "masters-shop-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.shop.example.com_policy")
  name               = "masters.shop.example.com"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "masters.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_iam_role" "nodes-shop-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.shop.example.com_policy")
  name               = "nodes.shop.example.com"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "nodes.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-shop-example-com" {
  name   = "flowlogs.shop.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.shop.example.com_policy")
  role   = aws_iam_role.flowlogs-shop-example-com.name
}

resource "aws_iam_role_policy" "masters-shop-example-com" {
  name   = "masters.shop.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.shop.example.com_policy")
  role   = aws_iam_role.masters-shop-example-com.name
}

resource "aws_iam_role_policy" "nodes-shop-example-com" {
  name   = "nodes.shop.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.shop.example.com_policy")
  role   = aws_iam_role.nodes-shop-example-com.name
}

resource "aws_internet_gateway" "shop-example-com" {
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_key_pair" "kubernetes-shop-example-com-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.shop.example.com-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.shop.example.com-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_launch_template" "control-plane-eu-west-1a-masters-shop-example-com" {
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
    name = aws_iam_instance_profile.masters-shop-example-com.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-shop-example-com-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-west-1a.masters.shop.example.com"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-shop-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                      = "shop.example.com"
      "Name"                                   = "control-plane-eu-west-1a.masters.shop.example.com"
      "k8s.io/role/control-plane"              = "1"
      "k8s.io/role/master"                     = "1"
      "kgen.dev/instancegroup"                 = "control-plane-eu-west-1a"
      "kubernetes.io/cluster/shop.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                      = "shop.example.com"
      "Name"                                   = "control-plane-eu-west-1a.masters.shop.example.com"
      "k8s.io/role/control-plane"              = "1"
      "k8s.io/role/master"                     = "1"
      "kgen.dev/instancegroup"                 = "control-plane-eu-west-1a"
      "kubernetes.io/cluster/shop.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "control-plane-eu-west-1a.masters.shop.example.com"
    "k8s.io/role/control-plane"              = "1"
    "k8s.io/role/master"                     = "1"
    "kgen.dev/instancegroup"                 = "control-plane-eu-west-1a"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-west-1a.masters.shop.example.com_user_data"))
}

resource "aws_launch_template" "nodes-shop-example-com" {
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
    name = aws_iam_instance_profile.nodes-shop-example-com.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-shop-example-com-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.shop.example.com"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-shop-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                      = "shop.example.com"
      "Name"                                   = "nodes.shop.example.com"
      "k8s.io/role/node"                       = "1"
      "kgen.dev/instancegroup"                 = "nodes"
      "kubernetes.io/cluster/shop.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                      = "shop.example.com"
      "Name"                                   = "nodes.shop.example.com"
      "k8s.io/role/node"                       = "1"
      "kgen.dev/instancegroup"                 = "nodes"
      "kubernetes.io/cluster/shop.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "nodes.shop.example.com"
    "k8s.io/role/node"                       = "1"
    "kgen.dev/instancegroup"                 = "nodes"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.shop.example.com_user_data"))
}

resource "aws_lb" "api-internal-shop-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-shop-example-606etl"
  security_groups                  = [aws_security_group.api-elb-shop-example-com.id]
  subnets                          = [aws_subnet.eu-west-1a-shop-example-com.id, aws_subnet.eu-west-1b-shop-example-com.id]
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "api-internal.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_lb" "api-shop-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-shop-example-com-6n6a0c"
  security_groups                  = [aws_security_group.api-elb-shop-example-com.id]
  subnets                          = [aws_subnet.utility-eu-west-1a-shop-example-com.id, aws_subnet.utility-eu-west-1b-shop-example-com.id]
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "api.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-shop-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-shop-example-v0otm8.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-shop-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-shop-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-shop-example-com-6drohs.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-shop-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-internal-shop-example-v0otm8" {
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
  name               = "tcp-internal-shop-example-v0otm8"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "tcp-internal-shop-example-v0otm8"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_lb_target_group" "tcp-shop-example-com-6drohs" {
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
  name               = "tcp-shop-example-com-6drohs"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "tcp-shop-example-com-6drohs"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_nat_gateway" "eu-west-1a-shop-example-com" {
  allocation_id = aws_eip.eu-west-1a-shop-example-com.id
  subnet_id     = aws_subnet.utility-eu-west-1a-shop-example-com.id
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "eu-west-1a.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_nat_gateway" "eu-west-1b-shop-example-com" {
  allocation_id = aws_eip.eu-west-1b-shop-example-com.id
  subnet_id     = aws_subnet.utility-eu-west-1b-shop-example-com.id
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "eu-west-1b.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.shop-example-com.id
  route_table_id         = aws_route_table.shop-example-com.id
}

resource "aws_route" "route-private-eu-west-1a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-west-1a-shop-example-com.id
  route_table_id         = aws_route_table.private-eu-west-1a-shop-example-com.id
}

resource "aws_route" "route-private-eu-west-1b-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-west-1b-shop-example-com.id
  route_table_id         = aws_route_table.private-eu-west-1b-shop-example-com.id
}

resource "aws_route53_record" "api-internal-shop-example-com" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-shop-example-com.dns_name
    zone_id                = aws_lb.api-internal-shop-example-com.zone_id
  }
  name    = "api.internal.shop.example.com"
  type    = "A"
  zone_id = "Z0EXAMPLE1234567890AB"
}

resource "aws_route53_record" "api-shop-example-com" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-shop-example-com.dns_name
    zone_id                = aws_lb.api-shop-example-com.zone_id
  }
  name    = "api.shop.example.com"
  type    = "A"
  zone_id = "Z0EXAMPLE1234567890AB"
}

resource "aws_route_table" "private-eu-west-1a-shop-example-com" {
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "private-eu-west-1a.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_route_table" "private-eu-west-1b-shop-example-com" {
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "private-eu-west-1b.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_route_table" "shop-example-com" {
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_route_table_association" "private-eu-west-1a-shop-example-com" {
  route_table_id = aws_route_table.private-eu-west-1a-shop-example-com.id
  subnet_id      = aws_subnet.eu-west-1a-shop-example-com.id
}

resource "aws_route_table_association" "private-eu-west-1b-shop-example-com" {
  route_table_id = aws_route_table.private-eu-west-1b-shop-example-com.id
  subnet_id      = aws_subnet.eu-west-1b-shop-example-com.id
}

resource "aws_route_table_association" "utility-eu-west-1a-shop-example-com" {
  route_table_id = aws_route_table.shop-example-com.id
  subnet_id      = aws_subnet.utility-eu-west-1a-shop-example-com.id
}

resource "aws_route_table_association" "utility-eu-west-1b-shop-example-com" {
  route_table_id = aws_route_table.shop-example-com.id
  subnet_id      = aws_subnet.utility-eu-west-1b-shop-example-com.id
}

resource "aws_security_group" "api-elb-shop-example-com" {
  description = "Security group for the API load balancer"
  name        = "api-elb.shop.example.com"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "api-elb.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_security_group" "masters-shop-example-com" {
  description = "Security group for control-plane nodes"
  name        = "masters.shop.example.com"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "masters.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_security_group" "nodes-shop-example-com" {
  description = "Security group for worker nodes"
  name        = "nodes.shop.example.com"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "nodes.shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_security_group_rule" "from-198-51-100-0--24-ingress-tcp-443to443-api-elb-shop-example-com" {
  cidr_blocks       = ["198.51.100.0/24"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-shop-example-com.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-shop-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-shop-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-shop-example-com-ingress-tcp-6443to6443-masters-shop-example-com" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shop-example-com.id
  source_security_group_id = aws_security_group.api-elb-shop-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shop-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-shop-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-shop-example-com-ingress-all-0to0-masters-shop-example-com" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-shop-example-com.id
  source_security_group_id = aws_security_group.masters-shop-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shop-example-com-ingress-icmp-8to0-nodes-shop-example-com" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.masters-shop-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shop-example-com-ingress-tcp-10250to10250-nodes-shop-example-com" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.masters-shop-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shop-example-com-ingress-tcp-4240to4240-nodes-shop-example-com" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.masters-shop-example-com.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shop-example-com-ingress-tcp-443to443-api-elb-shop-example-com" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-shop-example-com.id
  source_security_group_id = aws_security_group.masters-shop-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shop-example-com-ingress-udp-8472to8472-nodes-shop-example-com" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.masters-shop-example-com.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-icmp-8to0-masters-shop-example-com" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.masters-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-icmp-8to0-nodes-shop-example-com" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-tcp-10250to10250-masters-shop-example-com" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-tcp-10250to10250-nodes-shop-example-com" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-tcp-30000to32767-nodes-shop-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-tcp-4240to4240-masters-shop-example-com" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-tcp-4240to4240-nodes-shop-example-com" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-tcp-443to443-api-elb-shop-example-com" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-tcp-6443to6443-masters-shop-example-com" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-udp-30000to32767-nodes-shop-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-udp-8472to8472-masters-shop-example-com" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.masters-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shop-example-com-ingress-udp-8472to8472-nodes-shop-example-com" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-shop-example-com.id
  source_security_group_id = aws_security_group.nodes-shop-example-com.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-shop-example-com" {
  description    = "kgen: the add-ons of cluster shop.example.com the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.shop.example.com_value")
  name           = "/kgen/shop.example.com/addons"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "/kgen/shop.example.com/addons"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "eu-west-1a-shop-example-com" {
  availability_zone                           = "eu-west-1a"
  cidr_block                                  = "10.80.64.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "eu-west-1a.shop.example.com"
    "SubnetType"                             = "Private"
    "kubernetes.io/cluster/shop.example.com" = "owned"
    "kubernetes.io/role/internal-elb"        = "1"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_subnet" "eu-west-1b-shop-example-com" {
  availability_zone                           = "eu-west-1b"
  cidr_block                                  = "10.80.128.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "eu-west-1b.shop.example.com"
    "SubnetType"                             = "Private"
    "kubernetes.io/cluster/shop.example.com" = "owned"
    "kubernetes.io/role/internal-elb"        = "1"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_subnet" "utility-eu-west-1a-shop-example-com" {
  availability_zone                           = "eu-west-1a"
  cidr_block                                  = "10.80.0.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "utility-eu-west-1a.shop.example.com"
    "SubnetType"                             = "Utility"
    "kubernetes.io/cluster/shop.example.com" = "owned"
    "kubernetes.io/role/elb"                 = "1"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_subnet" "utility-eu-west-1b-shop-example-com" {
  availability_zone                           = "eu-west-1b"
  cidr_block                                  = "10.80.8.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "utility-eu-west-1b.shop.example.com"
    "SubnetType"                             = "Utility"
    "kubernetes.io/cluster/shop.example.com" = "owned"
    "kubernetes.io/role/elb"                 = "1"
  }
  vpc_id = aws_vpc.shop-example-com.id
}

resource "aws_vpc" "shop-example-com" {
  cidr_block           = "10.80.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "shop-example-com" {
  domain_name         = "eu-west-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                      = "shop.example.com"
    "Name"                                   = "shop.example.com"
    "kubernetes.io/cluster/shop.example.com" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "shop-example-com" {
  dhcp_options_id = aws_vpc_dhcp_options.shop-example-com.id
  vpc_id          = aws_vpc.shop-example-com.id
}

resource "terraform_data" "config-store-shop-example-com" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase file://./state/shop.example.com is a folder on the machine that ran kgen; nodes cannot read the cluster's CA there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
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
