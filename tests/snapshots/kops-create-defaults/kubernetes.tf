locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-defaults-kops-example-org.dns_name
  api_internal_name                   = "api.internal.defaults.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-defaults-kops-example-org.dns_name
  api_public_name                     = "api.defaults.kops.example.org"
  cluster_name                        = "defaults.kops.example.org"
  config_base                         = "s3://kgen-tests-state/defaults.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-us-east-1a-masters-defaults-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-defaults-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-defaults-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-defaults-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-us-east-1a-defaults-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-defaults-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.us-east-1a-defaults-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-defaults-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-defaults-kops-example-org.name
  region                              = "us-east-1"
  vpc_cidr_block                      = aws_vpc.defaults-kops-example-org.cidr_block
  vpc_id                              = aws_vpc.defaults-kops-example-org.id
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
  region = "us-east-1"
}

resource "aws_autoscaling_group" "control-plane-us-east-1a-masters-defaults-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-1a-masters-defaults-kops-example-org.id
    version = aws_launch_template.control-plane-us-east-1a-masters-defaults-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-1a.masters.defaults.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "defaults.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-1a.masters.defaults.kops.example.org"
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
    value               = "control-plane-us-east-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/defaults.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-defaults-kops-example-qiehfb.arn, aws_lb_target_group.tcp-internal-defaults-kop-t5sqkb.arn]
  vpc_zone_identifier = [aws_subnet.us-east-1a-defaults-kops-example-org.id]
}

resource "aws_autoscaling_group" "nodes-us-east-1a-defaults-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-us-east-1a-defaults-kops-example-org.id
    version = aws_launch_template.nodes-us-east-1a-defaults-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "nodes-us-east-1a.defaults.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "defaults.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes-us-east-1a.defaults.kops.example.org"
  }
  tag {
    key                 = "k8s.io/role/node"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "kgen.dev/instancegroup"
    propagate_at_launch = true
    value               = "nodes-us-east-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/defaults.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.us-east-1a-defaults-kops-example-org.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-defaults-kops-example-org" {
  name              = "/kgen/defaults.kops.example.org/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "/kgen/defaults.kops.example.org/vpc-flow-logs"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_default_security_group" "defaults-kops-example-org" {
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.defaults-kops-example-org.id
}

resource "aws_ebs_volume" "a-etcd-main-defaults-kops-example-org" {
  availability_zone = "us-east-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "a.etcd-main.defaults.kops.example.org"
    "k8s.io/etcd/main"                                = "a/a"
    "k8s.io/role/control-plane"                       = "1"
    "k8s.io/role/master"                              = "1"
    "kgen.dev/instancegroup"                          = "control-plane-us-east-1a"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_flow_log" "defaults-kops-example-org" {
  iam_role_arn             = aws_iam_role.flowlogs-defaults-kops-example-org.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-defaults-kops-example-org.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.defaults-kops-example-org.id
}

resource "aws_iam_instance_profile" "masters-defaults-kops-example-org" {
  name = "masters.defaults.kops.example.org"
  role = aws_iam_role.masters-defaults-kops-example-org.name
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "masters.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-defaults-kops-example-org" {
  name = "nodes.defaults.kops.example.org"
  role = aws_iam_role.nodes-defaults-kops-example-org.name
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "nodes.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-defaults-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.defaults.kops.example.org_policy")
  name               = "flowlogs.defaults.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "flowlogs.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-defaults-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.defaults.kops.example.org_policy")
  name               = "masters.defaults.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "masters.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-defaults-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.defaults.kops.example.org_policy")
  name               = "nodes.defaults.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "nodes.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-defaults-kops-example-org" {
  name   = "flowlogs.defaults.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.defaults.kops.example.org_policy")
  role   = aws_iam_role.flowlogs-defaults-kops-example-org.name
}

resource "aws_iam_role_policy" "masters-defaults-kops-example-org" {
  name   = "masters.defaults.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.defaults.kops.example.org_policy")
  role   = aws_iam_role.masters-defaults-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-defaults-kops-example-org" {
  name   = "nodes.defaults.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.defaults.kops.example.org_policy")
  role   = aws_iam_role.nodes-defaults-kops-example-org.name
}

resource "aws_internet_gateway" "defaults-kops-example-org" {
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.defaults-kops-example-org.id
}

resource "aws_key_pair" "kubernetes-defaults-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.defaults.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.defaults.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "control-plane-us-east-1a-masters-defaults-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-us-east-1a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-us-east-1a-masters-defaults-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-defaults-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-1a.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-defaults-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
  lifecycle {
    create_before_destroy = true
  }
  metadata_options {
    http_endpoint               = "enabled"
    http_protocol_ipv6          = "disabled"
    http_put_response_hop_limit = 3
    http_tokens                 = "required"
    instance_metadata_tags      = "disabled"
  }
  monitoring {
    enabled = false
  }
  name = "control-plane-us-east-1a.masters.defaults.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-defaults-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                               = "defaults.kops.example.org"
      "Name"                                            = "control-plane-us-east-1a.masters.defaults.kops.example.org"
      "k8s.io/role/control-plane"                       = "1"
      "k8s.io/role/master"                              = "1"
      "kgen.dev/instancegroup"                          = "control-plane-us-east-1a"
      "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                               = "defaults.kops.example.org"
      "Name"                                            = "control-plane-us-east-1a.masters.defaults.kops.example.org"
      "k8s.io/role/control-plane"                       = "1"
      "k8s.io/role/master"                              = "1"
      "kgen.dev/instancegroup"                          = "control-plane-us-east-1a"
      "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "control-plane-us-east-1a.masters.defaults.kops.example.org"
    "k8s.io/role/control-plane"                       = "1"
    "k8s.io/role/master"                              = "1"
    "kgen.dev/instancegroup"                          = "control-plane-us-east-1a"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-1a.masters.defaults.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-us-east-1a-defaults-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-us-east-1a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 128
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-nodes-us-east-1a-defaults-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-defaults-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-1a.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-defaults-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes-us-east-1a.defaults.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-defaults-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                               = "defaults.kops.example.org"
      "Name"                                            = "nodes-us-east-1a.defaults.kops.example.org"
      "k8s.io/role/node"                                = "1"
      "kgen.dev/instancegroup"                          = "nodes-us-east-1a"
      "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                               = "defaults.kops.example.org"
      "Name"                                            = "nodes-us-east-1a.defaults.kops.example.org"
      "k8s.io/role/node"                                = "1"
      "kgen.dev/instancegroup"                          = "nodes-us-east-1a"
      "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "nodes-us-east-1a.defaults.kops.example.org"
    "k8s.io/role/node"                                = "1"
    "kgen.dev/instancegroup"                          = "nodes-us-east-1a"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes-us-east-1a.defaults.kops.example.org_user_data"))
}

resource "aws_lb" "api-defaults-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-defaults-kops-example-dvuak9"
  security_groups                  = [aws_security_group.api-elb-defaults-kops-example-org.id]
  subnets                          = [aws_subnet.us-east-1a-defaults-kops-example-org.id]
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "api.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-internal-defaults-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-defaults-kop-fqtehe"
  security_groups                  = [aws_security_group.api-elb-defaults-kops-example-org.id]
  subnets                          = [aws_subnet.us-east-1a-defaults-kops-example-org.id]
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "api-internal.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-defaults-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-defaults-kops-example-qiehfb.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-defaults-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-internal-defaults-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-defaults-kop-t5sqkb.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-defaults-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-defaults-kops-example-qiehfb" {
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
  name               = "tcp-defaults-kops-example-qiehfb"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "tcp-defaults-kops-example-qiehfb"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.defaults-kops-example-org.id
}

resource "aws_lb_target_group" "tcp-internal-defaults-kop-t5sqkb" {
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
  name               = "tcp-internal-defaults-kop-t5sqkb"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "tcp-internal-defaults-kop-t5sqkb"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.defaults-kops-example-org.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.defaults-kops-example-org.id
  route_table_id         = aws_route_table.defaults-kops-example-org.id
}

resource "aws_route53_record" "api-defaults-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-defaults-kops-example-org.dns_name
    zone_id                = aws_lb.api-defaults-kops-example-org.zone_id
  }
  name    = "api.defaults.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route53_record" "api-internal-defaults-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-defaults-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-defaults-kops-example-org.zone_id
  }
  name    = "api.internal.defaults.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route_table" "defaults-kops-example-org" {
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.defaults-kops-example-org.id
}

resource "aws_route_table_association" "us-east-1a-defaults-kops-example-org" {
  route_table_id = aws_route_table.defaults-kops-example-org.id
  subnet_id      = aws_subnet.us-east-1a-defaults-kops-example-org.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-defaults-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "defaults.kops.example.org/addons/aws-cloud-controller-manager/592751c0180104bc9821d98dce5a0c6a97db7a99446fae1ca2c69990187f3931/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.defaults.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.defaults.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-defaults-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "defaults.kops.example.org/addons/aws-cloud-controller-manager/592751c0180104bc9821d98dce5a0c6a97db7a99446fae1ca2c69990187f3931/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.defaults.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.defaults.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-defaults-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "defaults.kops.example.org/addons/aws-ebs-csi-driver/9ec4e524e094b91d01c1094a1a464f1ca2f9e395ed2ad46af4857842a9695f23/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.defaults.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.defaults.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-defaults-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "defaults.kops.example.org/addons/aws-ebs-csi-driver/9ec4e524e094b91d01c1094a1a464f1ca2f9e395ed2ad46af4857842a9695f23/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.defaults.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.defaults.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-defaults-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "defaults.kops.example.org/addons/aws-ebs-csi-driver/9ec4e524e094b91d01c1094a1a464f1ca2f9e395ed2ad46af4857842a9695f23/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.defaults.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.defaults.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-us-east-1a-masters-defaults-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "defaults.kops.example.org/nodeup/control-plane-us-east-1a/8cc2e07ba738c46ee51fa28e86ba595ae227ec917033b34217062488cc000c97.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-1a.masters.defaults.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-1a.masters.defaults.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-us-east-1a-defaults-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "defaults.kops.example.org/nodeup/nodes-us-east-1a/8e8b47d26c5f82b412fa629f84d1bc47908e75221afeeb9e0d800e47e73d67a3.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes-us-east-1a.defaults.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes-us-east-1a.defaults.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-defaults-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.defaults.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "api-elb.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.defaults-kops-example-org.id
}

resource "aws_security_group" "masters-defaults-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.defaults.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "masters.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.defaults-kops-example-org.id
}

resource "aws_security_group" "nodes-defaults-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.defaults.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "nodes.defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.defaults-kops-example-org.id
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-masters-defaults-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-defaults-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-nodes-defaults-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-defaults-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-defaults-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-__--0-ingress-tcp-22to22-masters-defaults-kops-example-org" {
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  ipv6_cidr_blocks  = ["::/0"]
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-defaults-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-__--0-ingress-tcp-22to22-nodes-defaults-kops-example-org" {
  description       = "sshAccess to nodes"
  from_port         = 22
  ipv6_cidr_blocks  = ["::/0"]
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-__--0-ingress-tcp-443to443-api-elb-defaults-kops-example-org" {
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  ipv6_cidr_blocks  = ["::/0"]
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-defaults-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-defaults-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-defaults-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-defaults-kops-example-org-ingress-tcp-6443to6443-masters-defaults-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-defaults-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-defaults-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-defaults-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-defaults-kops-example-org-ingress-all-0to0-masters-defaults-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.masters-defaults-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-defaults-kops-example-org-ingress-icmp-8to0-nodes-defaults-kops-example-org" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.masters-defaults-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-defaults-kops-example-org-ingress-tcp-10250to10250-nodes-defaults-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.masters-defaults-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-defaults-kops-example-org-ingress-tcp-4240to4240-nodes-defaults-kops-example-org" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.masters-defaults-kops-example-org.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-defaults-kops-example-org-ingress-tcp-443to443-api-elb-defaults-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.masters-defaults-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-defaults-kops-example-org-ingress-udp-8472to8472-nodes-defaults-kops-example-org" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.masters-defaults-kops-example-org.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-icmp-8to0-masters-defaults-kops-example-org" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.masters-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-icmp-8to0-nodes-defaults-kops-example-org" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-tcp-10250to10250-masters-defaults-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-tcp-10250to10250-nodes-defaults-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-tcp-30000to32767-nodes-defaults-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-tcp-4240to4240-masters-defaults-kops-example-org" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-tcp-4240to4240-nodes-defaults-kops-example-org" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-tcp-443to443-api-elb-defaults-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-tcp-6443to6443-masters-defaults-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-udp-30000to32767-nodes-defaults-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-udp-8472to8472-masters-defaults-kops-example-org" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.masters-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-defaults-kops-example-org-ingress-udp-8472to8472-nodes-defaults-kops-example-org" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-defaults-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-defaults-kops-example-org.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-defaults-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-defaults-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-defaults-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-defaults-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-defaults-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-defaults-kops-example-org]
  description    = "kgen: the add-ons of cluster defaults.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.defaults.kops.example.org_value")
  name           = "/kgen/defaults.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "/kgen/defaults.kops.example.org/addons"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "us-east-1a-defaults-kops-example-org" {
  availability_zone                           = "us-east-1a"
  cidr_block                                  = "172.20.0.0/16"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "us-east-1a.defaults.kops.example.org"
    "SubnetType"                                      = "Public"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                          = "1"
  }
  vpc_id = aws_vpc.defaults-kops-example-org.id
}

resource "aws_vpc" "defaults-kops-example-org" {
  cidr_block           = "172.20.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "defaults-kops-example-org" {
  domain_name         = "ec2.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                               = "defaults.kops.example.org"
    "Name"                                            = "defaults.kops.example.org"
    "kubernetes.io/cluster/defaults.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "defaults-kops-example-org" {
  dhcp_options_id = aws_vpc_dhcp_options.defaults-kops-example-org.id
  vpc_id          = aws_vpc.defaults-kops-example-org.id
}

resource "terraform_data" "config-store-defaults-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-defaults-kops-example-org.keys, "defaults.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/defaults.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/defaults.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
    }
  }
}

data "aws_ami" "image-control-plane-us-east-1a" {
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250305"]
  }
  most_recent = true
  owners      = ["099720109477"]
}

data "aws_route53_zone" "kops-example-org" {
  name         = "kops.example.org"
  private_zone = false
}

data "aws_s3_objects" "config-store-ca-defaults-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "defaults.kops.example.org/pki/ca.crt"
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
