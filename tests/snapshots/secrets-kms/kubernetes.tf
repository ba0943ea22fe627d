locals {
  api_internal_load_balancer_dns_name = aws_lb.api-kms-k8s-local.dns_name
  api_internal_name                   = "api.internal.kms.k8s.local"
  api_load_balancer_dns_name          = aws_lb.api-kms-k8s-local.dns_name
  cluster_name                        = "kms.k8s.local"
  config_base                         = "s3://acme-kgen-state/kms.k8s.local"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-central-1a-masters-kms-k8s-local.id]
  master_security_group_ids           = [aws_security_group.masters-kms-k8s-local.id]
  masters_role_arn                    = aws_iam_role.masters-kms-k8s-local.arn
  masters_role_name                   = aws_iam_role.masters-kms-k8s-local.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-kms-k8s-local.id]
  node_security_group_ids             = [aws_security_group.nodes-kms-k8s-local.id]
  node_subnet_ids                     = [aws_subnet.eu-central-1a-kms-k8s-local.id]
  nodes_role_arn                      = aws_iam_role.nodes-kms-k8s-local.arn
  nodes_role_name                     = aws_iam_role.nodes-kms-k8s-local.name
  region                              = "eu-central-1"
  vpc_cidr_block                      = aws_vpc.kms-k8s-local.cidr_block
  vpc_id                              = aws_vpc.kms-k8s-local.id
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
  region = "eu-central-1"
}

resource "aws_autoscaling_group" "control-plane-eu-central-1a-masters-kms-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-central-1a-masters-kms-k8s-local.id
    version = aws_launch_template.control-plane-eu-central-1a-masters-kms-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-central-1a.masters.kms.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "kms.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-central-1a.masters.kms.k8s.local"
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
    value               = "control-plane-eu-central-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/kms.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-kms-k8s-local-ge4p96.arn]
  vpc_zone_identifier = [aws_subnet.eu-central-1a-kms-k8s-local.id]
}

resource "aws_autoscaling_group" "nodes-kms-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-kms-k8s-local.id
    version = aws_launch_template.nodes-kms-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 2
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.kms.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "kms.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.kms.k8s.local"
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
    key                 = "kubernetes.io/cluster/kms.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.eu-central-1a-kms-k8s-local.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-kms-k8s-local" {
  kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  name              = "/kgen/kms.k8s.local/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "/kgen/kms.k8s.local/vpc-flow-logs"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_default_security_group" "kms-k8s-local" {
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_ebs_volume" "a-etcd-main-kms-k8s-local" {
  availability_zone = "eu-central-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "a.etcd-main.kms.k8s.local"
    "k8s.io/etcd/main"                    = "a/a"
    "k8s.io/role/control-plane"           = "1"
    "k8s.io/role/master"                  = "1"
    "kgen.dev/instancegroup"              = "control-plane-eu-central-1a"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_eip" "eu-central-1a-kms-k8s-local" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "eu-central-1a.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_flow_log" "kms-k8s-local" {
  iam_role_arn             = aws_iam_role.flowlogs-kms-k8s-local.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-kms-k8s-local.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.kms-k8s-local.id
}

resource "aws_iam_instance_profile" "masters-kms-k8s-local" {
  name = "masters.kms.k8s.local"
  role = aws_iam_role.masters-kms-k8s-local.name
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "masters.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-kms-k8s-local" {
  name = "nodes.kms.k8s.local"
  role = aws_iam_role.nodes-kms-k8s-local.name
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "nodes.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-kms-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.kms.k8s.local_policy")
  name               = "flowlogs.kms.k8s.local"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "flowlogs.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "masters-kms-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.kms.k8s.local_policy")
  name               = "masters.kms.k8s.local"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "masters.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "nodes-kms-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.kms.k8s.local_policy")
  name               = "nodes.kms.k8s.local"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "nodes.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-kms-k8s-local" {
  name   = "flowlogs.kms.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.kms.k8s.local_policy")
  role   = aws_iam_role.flowlogs-kms-k8s-local.name
}

resource "aws_iam_role_policy" "masters-kms-k8s-local" {
  name   = "masters.kms.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.kms.k8s.local_policy")
  role   = aws_iam_role.masters-kms-k8s-local.name
}

resource "aws_iam_role_policy" "nodes-kms-k8s-local" {
  name   = "nodes.kms.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.kms.k8s.local_policy")
  role   = aws_iam_role.nodes-kms-k8s-local.name
}

resource "aws_internet_gateway" "kms-k8s-local" {
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_key_pair" "kubernetes-kms-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.kms.k8s.local-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.kms.k8s.local-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_launch_template" "control-plane-eu-central-1a-masters-kms-k8s-local" {
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
  depends_on = [aws_s3_object.nodeup-control-plane-eu-central-1a-masters-kms-k8s-local]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-kms-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-kms-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-central-1a.masters.kms.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-kms-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                   = "kms.k8s.local"
      "Name"                                = "control-plane-eu-central-1a.masters.kms.k8s.local"
      "k8s.io/role/control-plane"           = "1"
      "k8s.io/role/master"                  = "1"
      "kgen.dev/instancegroup"              = "control-plane-eu-central-1a"
      "kubernetes.io/cluster/kms.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                   = "kms.k8s.local"
      "Name"                                = "control-plane-eu-central-1a.masters.kms.k8s.local"
      "k8s.io/role/control-plane"           = "1"
      "k8s.io/role/master"                  = "1"
      "kgen.dev/instancegroup"              = "control-plane-eu-central-1a"
      "kubernetes.io/cluster/kms.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "control-plane-eu-central-1a.masters.kms.k8s.local"
    "k8s.io/role/control-plane"           = "1"
    "k8s.io/role/master"                  = "1"
    "kgen.dev/instancegroup"              = "control-plane-eu-central-1a"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-central-1a.masters.kms.k8s.local_user_data"))
}

resource "aws_launch_template" "nodes-kms-k8s-local" {
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
  depends_on = [aws_s3_object.nodeup-nodes-kms-k8s-local]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-kms-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.large"
  key_name      = aws_key_pair.kubernetes-kms-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.kms.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-kms-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                   = "kms.k8s.local"
      "Name"                                = "nodes.kms.k8s.local"
      "k8s.io/role/node"                    = "1"
      "kgen.dev/instancegroup"              = "nodes"
      "kubernetes.io/cluster/kms.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                   = "kms.k8s.local"
      "Name"                                = "nodes.kms.k8s.local"
      "k8s.io/role/node"                    = "1"
      "kgen.dev/instancegroup"              = "nodes"
      "kubernetes.io/cluster/kms.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "nodes.kms.k8s.local"
    "k8s.io/role/node"                    = "1"
    "kgen.dev/instancegroup"              = "nodes"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.kms.k8s.local_user_data"))
}

resource "aws_lb" "api-kms-k8s-local" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-kms-k8s-local-2b82pa"
  security_groups                  = [aws_security_group.api-elb-kms-k8s-local.id]
  subnets                          = [aws_subnet.eu-central-1a-kms-k8s-local.id]
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "api.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_lb_listener" "api-kms-k8s-local-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-kms-k8s-local-ge4p96.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-kms-k8s-local.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-kms-k8s-local-ge4p96" {
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
  name               = "tcp-kms-k8s-local-ge4p96"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "tcp-kms-k8s-local-ge4p96"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_nat_gateway" "eu-central-1a-kms-k8s-local" {
  allocation_id = aws_eip.eu-central-1a-kms-k8s-local.id
  subnet_id     = aws_subnet.utility-eu-central-1a-kms-k8s-local.id
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "eu-central-1a.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.kms-k8s-local.id
  route_table_id         = aws_route_table.kms-k8s-local.id
}

resource "aws_route" "route-private-eu-central-1a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-central-1a-kms-k8s-local.id
  route_table_id         = aws_route_table.private-eu-central-1a-kms-k8s-local.id
}

resource "aws_route53_record" "api-internal-kms-k8s-local" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-kms-k8s-local.dns_name
    zone_id                = aws_lb.api-kms-k8s-local.zone_id
  }
  name    = "api.internal.kms.k8s.local"
  type    = "A"
  zone_id = aws_route53_zone.kms-k8s-local.zone_id
}

resource "aws_route53_zone" "kms-k8s-local" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "kms.k8s.local"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.kms-k8s-local.id
  }
}

resource "aws_route_table" "kms-k8s-local" {
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_route_table" "private-eu-central-1a-kms-k8s-local" {
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "private-eu-central-1a.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_route_table_association" "private-eu-central-1a-kms-k8s-local" {
  route_table_id = aws_route_table.private-eu-central-1a-kms-k8s-local.id
  subnet_id      = aws_subnet.eu-central-1a-kms-k8s-local.id
}

resource "aws_route_table_association" "utility-eu-central-1a-kms-k8s-local" {
  route_table_id = aws_route_table.kms-k8s-local.id
  subnet_id      = aws_subnet.utility-eu-central-1a-kms-k8s-local.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-kms-k8s-local" {
  bucket                 = "acme-kgen-state"
  bucket_key_enabled     = false
  content_type           = "text/plain"
  key                    = "kms.k8s.local/addons/aws-cloud-controller-manager/118ac88b1f3ab63bddada5e7beb76219b52af1f9c6fff4c24f8a0ec238a51665/kustomization.yaml"
  kms_key_id             = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  server_side_encryption = "aws:kms"
  source                 = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.kms.k8s.local_content"
  source_hash            = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.kms.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-kms-k8s-local" {
  bucket                 = "acme-kgen-state"
  bucket_key_enabled     = false
  content_type           = "text/plain"
  key                    = "kms.k8s.local/addons/aws-cloud-controller-manager/118ac88b1f3ab63bddada5e7beb76219b52af1f9c6fff4c24f8a0ec238a51665/sources"
  kms_key_id             = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  server_side_encryption = "aws:kms"
  source                 = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.kms.k8s.local_content"
  source_hash            = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.kms.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-kms-k8s-local" {
  bucket                 = "acme-kgen-state"
  bucket_key_enabled     = false
  content_type           = "text/plain"
  key                    = "kms.k8s.local/addons/aws-ebs-csi-driver/6a34d9dc371e2d24384d4ece6c4a25827526cf4da7d58902f008df6de0007fb9/kustomization.yaml"
  kms_key_id             = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  server_side_encryption = "aws:kms"
  source                 = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.kms.k8s.local_content"
  source_hash            = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.kms.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-kms-k8s-local" {
  bucket                 = "acme-kgen-state"
  bucket_key_enabled     = false
  content_type           = "text/plain"
  key                    = "kms.k8s.local/addons/aws-ebs-csi-driver/6a34d9dc371e2d24384d4ece6c4a25827526cf4da7d58902f008df6de0007fb9/sources"
  kms_key_id             = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  server_side_encryption = "aws:kms"
  source                 = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.kms.k8s.local_content"
  source_hash            = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.kms.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-kms-k8s-local" {
  bucket                 = "acme-kgen-state"
  bucket_key_enabled     = false
  content_type           = "text/plain"
  key                    = "kms.k8s.local/addons/aws-ebs-csi-driver/6a34d9dc371e2d24384d4ece6c4a25827526cf4da7d58902f008df6de0007fb9/storageclass.yaml"
  kms_key_id             = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  server_side_encryption = "aws:kms"
  source                 = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.kms.k8s.local_content"
  source_hash            = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.kms.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-eu-central-1a-masters-kms-k8s-local" {
  bucket                 = "acme-kgen-state"
  bucket_key_enabled     = false
  content_type           = "text/x-shellscript"
  key                    = "kms.k8s.local/nodeup/control-plane-eu-central-1a/204ab0f162ad690c49630f6ae8977ef1a494fe0b5f7ddd3469eee0c16132bbc3.sh"
  kms_key_id             = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  server_side_encryption = "aws:kms"
  source                 = "${path.module}/data/aws_s3_object_nodeup.control-plane-eu-central-1a.masters.kms.k8s.local_content"
  source_hash            = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-eu-central-1a.masters.kms.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-kms-k8s-local" {
  bucket                 = "acme-kgen-state"
  bucket_key_enabled     = false
  content_type           = "text/x-shellscript"
  key                    = "kms.k8s.local/nodeup/nodes/0ac54957726f17e09cd6f89db71a7e3dd4b478807fbcdf2900e46a1bcb38c09d.sh"
  kms_key_id             = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  server_side_encryption = "aws:kms"
  source                 = "${path.module}/data/aws_s3_object_nodeup.nodes.kms.k8s.local_content"
  source_hash            = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes.kms.k8s.local_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-kms-k8s-local" {
  description = "Security group for the API load balancer"
  name        = "api-elb.kms.k8s.local"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "api-elb.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_security_group" "masters-kms-k8s-local" {
  description = "Security group for control-plane nodes"
  name        = "masters.kms.k8s.local"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "masters.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_security_group" "nodes-kms-k8s-local" {
  description = "Security group for worker nodes"
  name        = "nodes.kms.k8s.local"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "nodes.kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_security_group_rule" "from-10-0-0-0--8-ingress-tcp-22to22-masters-kms-k8s-local" {
  cidr_blocks       = ["10.0.0.0/8"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-kms-k8s-local.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-10-0-0-0--8-ingress-tcp-22to22-nodes-kms-k8s-local" {
  cidr_blocks       = ["10.0.0.0/8"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-10-0-0-0--8-ingress-tcp-443to443-api-elb-kms-k8s-local" {
  cidr_blocks       = ["10.0.0.0/8"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-kms-k8s-local.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-kms-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-kms-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-kms-k8s-local-ingress-tcp-6443to6443-masters-kms-k8s-local" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-kms-k8s-local.id
  source_security_group_id = aws_security_group.api-elb-kms-k8s-local.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-kms-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-kms-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-kms-k8s-local-ingress-all-0to0-masters-kms-k8s-local" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-kms-k8s-local.id
  source_security_group_id = aws_security_group.masters-kms-k8s-local.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-kms-k8s-local-ingress-tcp-10250to10250-nodes-kms-k8s-local" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-kms-k8s-local.id
  source_security_group_id = aws_security_group.masters-kms-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-kms-k8s-local-ingress-tcp-443to443-api-elb-kms-k8s-local" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-kms-k8s-local.id
  source_security_group_id = aws_security_group.masters-kms-k8s-local.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-kms-k8s-local-ingress-udp-8472to8472-nodes-kms-k8s-local" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-kms-k8s-local.id
  source_security_group_id = aws_security_group.masters-kms-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-kms-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-kms-k8s-local-ingress-tcp-10250to10250-masters-kms-k8s-local" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-kms-k8s-local.id
  source_security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-kms-k8s-local-ingress-tcp-10250to10250-nodes-kms-k8s-local" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-kms-k8s-local.id
  source_security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-kms-k8s-local-ingress-tcp-30000to32767-nodes-kms-k8s-local" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-kms-k8s-local.id
  source_security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-kms-k8s-local-ingress-tcp-443to443-api-elb-kms-k8s-local" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-kms-k8s-local.id
  source_security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-kms-k8s-local-ingress-tcp-6443to6443-masters-kms-k8s-local" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-kms-k8s-local.id
  source_security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-kms-k8s-local-ingress-udp-30000to32767-nodes-kms-k8s-local" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-kms-k8s-local.id
  source_security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-kms-k8s-local-ingress-udp-8472to8472-masters-kms-k8s-local" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.masters-kms-k8s-local.id
  source_security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-kms-k8s-local-ingress-udp-8472to8472-nodes-kms-k8s-local" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-kms-k8s-local.id
  source_security_group_id = aws_security_group.nodes-kms-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-kms-k8s-local" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-kms-k8s-local, aws_s3_object.addon-aws-cloud-controller-manager-sources-kms-k8s-local, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-kms-k8s-local, aws_s3_object.addon-aws-ebs-csi-driver-sources-kms-k8s-local, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-kms-k8s-local]
  description    = "kgen: the add-ons of cluster kms.k8s.local the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.kms.k8s.local_value")
  name           = "/kgen/kms.k8s.local/addons"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "/kgen/kms.k8s.local/addons"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "eu-central-1a-kms-k8s-local" {
  availability_zone                           = "eu-central-1a"
  cidr_block                                  = "10.50.128.0/17"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "eu-central-1a.kms.k8s.local"
    "SubnetType"                          = "Private"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
    "kubernetes.io/role/internal-elb"     = "1"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_subnet" "utility-eu-central-1a-kms-k8s-local" {
  availability_zone                           = "eu-central-1a"
  cidr_block                                  = "10.50.0.0/20"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "utility-eu-central-1a.kms.k8s.local"
    "SubnetType"                          = "Utility"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
    "kubernetes.io/role/elb"              = "1"
  }
  vpc_id = aws_vpc.kms-k8s-local.id
}

resource "aws_vpc" "kms-k8s-local" {
  cidr_block           = "10.50.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "kms-k8s-local" {
  domain_name         = "eu-central-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                   = "kms.k8s.local"
    "Name"                                = "kms.k8s.local"
    "kubernetes.io/cluster/kms.k8s.local" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "kms-k8s-local" {
  dhcp_options_id = aws_vpc_dhcp_options.kms-k8s-local.id
  vpc_id          = aws_vpc.kms-k8s-local.id
}

resource "terraform_data" "config-store-kms-k8s-local" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-kms-k8s-local.keys, "kms.k8s.local/pki/ca.crt")
      error_message = "configBase s3://acme-kgen-state/kms.k8s.local has no pki/ca.crt (s3://acme-kgen-state/kms.k8s.local/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
    }
  }
}

data "aws_s3_objects" "config-store-ca-kms-k8s-local" {
  bucket = "acme-kgen-state"
  prefix = "kms.k8s.local/pki/ca.crt"
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
