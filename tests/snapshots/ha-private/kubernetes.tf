locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-acme-k8s-local.dns_name
  api_internal_name                   = "api.internal.acme.k8s.local"
  api_load_balancer_dns_name          = aws_lb.api-acme-k8s-local.dns_name
  bastion_autoscaling_group_ids       = [aws_autoscaling_group.bastions-acme-k8s-local.id]
  bastion_load_balancer_dns_name      = aws_lb.bastion-acme-k8s-local.dns_name
  bastion_security_group_ids          = [aws_security_group.bastion-acme-k8s-local.id]
  bastions_role_arn                   = aws_iam_role.bastions-acme-k8s-local.arn
  bastions_role_name                  = aws_iam_role.bastions-acme-k8s-local.name
  cluster_name                        = "acme.k8s.local"
  config_base                         = "file://./state/acme.k8s.local"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-us-east-1a-masters-acme-k8s-local.id, aws_autoscaling_group.control-plane-us-east-1b-masters-acme-k8s-local.id, aws_autoscaling_group.control-plane-us-east-1c-masters-acme-k8s-local.id]
  master_security_group_ids           = [aws_security_group.masters-acme-k8s-local.id]
  masters_role_arn                    = aws_iam_role.masters-acme-k8s-local.arn
  masters_role_name                   = aws_iam_role.masters-acme-k8s-local.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-acme-k8s-local.id]
  node_security_group_ids             = [aws_security_group.nodes-acme-k8s-local.id]
  node_subnet_ids                     = [aws_subnet.us-east-1a-acme-k8s-local.id, aws_subnet.us-east-1b-acme-k8s-local.id, aws_subnet.us-east-1c-acme-k8s-local.id]
  nodes_role_arn                      = aws_iam_role.nodes-acme-k8s-local.arn
  nodes_role_name                     = aws_iam_role.nodes-acme-k8s-local.name
  region                              = "us-east-1"
  vpc_cidr_block                      = aws_vpc.acme-k8s-local.cidr_block
  vpc_id                              = aws_vpc.acme-k8s-local.id
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

output "bastion_autoscaling_group_ids" {
  value = local.bastion_autoscaling_group_ids
}

output "bastion_load_balancer_dns_name" {
  value = local.bastion_load_balancer_dns_name
}

output "bastion_security_group_ids" {
  value = local.bastion_security_group_ids
}

output "bastions_role_arn" {
  value = local.bastions_role_arn
}

output "bastions_role_name" {
  value = local.bastions_role_name
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

resource "aws_autoscaling_group" "bastions-acme-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.bastions-acme-k8s-local.id
    version = aws_launch_template.bastions-acme-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "bastions.acme.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "acme.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "bastions.acme.k8s.local"
  }
  tag {
    key                 = "k8s.io/role/bastion"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "kgen.dev/instancegroup"
    propagate_at_launch = true
    value               = "bastions"
  }
  tag {
    key                 = "kubernetes.io/cluster/acme.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.bastion-acme-k8s-local-nr28p2.arn]
  vpc_zone_identifier = [aws_subnet.utility-us-east-1a-acme-k8s-local.id, aws_subnet.utility-us-east-1b-acme-k8s-local.id, aws_subnet.utility-us-east-1c-acme-k8s-local.id]
}

resource "aws_autoscaling_group" "control-plane-us-east-1a-masters-acme-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-1a-masters-acme-k8s-local.id
    version = aws_launch_template.control-plane-us-east-1a-masters-acme-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-1a.masters.acme.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "acme.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-1a.masters.acme.k8s.local"
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
    key                 = "kubernetes.io/cluster/acme.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-acme-k8s-local-hvjeir.arn, aws_lb_target_group.tcp-internal-acme-k8s-loc-cq5int.arn]
  vpc_zone_identifier = [aws_subnet.us-east-1a-acme-k8s-local.id]
}

resource "aws_autoscaling_group" "control-plane-us-east-1b-masters-acme-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-1b-masters-acme-k8s-local.id
    version = aws_launch_template.control-plane-us-east-1b-masters-acme-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-1b.masters.acme.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "acme.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-1b.masters.acme.k8s.local"
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
    value               = "control-plane-us-east-1b"
  }
  tag {
    key                 = "kubernetes.io/cluster/acme.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-acme-k8s-local-hvjeir.arn, aws_lb_target_group.tcp-internal-acme-k8s-loc-cq5int.arn]
  vpc_zone_identifier = [aws_subnet.us-east-1b-acme-k8s-local.id]
}

resource "aws_autoscaling_group" "control-plane-us-east-1c-masters-acme-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-1c-masters-acme-k8s-local.id
    version = aws_launch_template.control-plane-us-east-1c-masters-acme-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-1c.masters.acme.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "acme.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-1c.masters.acme.k8s.local"
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
    value               = "control-plane-us-east-1c"
  }
  tag {
    key                 = "kubernetes.io/cluster/acme.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-acme-k8s-local-hvjeir.arn, aws_lb_target_group.tcp-internal-acme-k8s-loc-cq5int.arn]
  vpc_zone_identifier = [aws_subnet.us-east-1c-acme-k8s-local.id]
}

resource "aws_autoscaling_group" "nodes-acme-k8s-local" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-acme-k8s-local.id
    version = aws_launch_template.nodes-acme-k8s-local.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 3
  metrics_granularity   = "1Minute"
  min_size              = 3
  name                  = "nodes.acme.k8s.local"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "acme.k8s.local"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.acme.k8s.local"
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
    key                 = "kubernetes.io/cluster/acme.k8s.local"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.us-east-1a-acme-k8s-local.id, aws_subnet.us-east-1b-acme-k8s-local.id, aws_subnet.us-east-1c-acme-k8s-local.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-acme-k8s-local" {
  name              = "/kgen/acme.k8s.local/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "/kgen/acme.k8s.local/vpc-flow-logs"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_default_security_group" "acme-k8s-local" {
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_ebs_volume" "a-etcd-main-acme-k8s-local" {
  availability_zone = "us-east-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "a.etcd-main.acme.k8s.local"
    "k8s.io/etcd/main"                     = "a/a,b,c"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "control-plane-us-east-1a"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "b-etcd-main-acme-k8s-local" {
  availability_zone = "us-east-1b"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "b.etcd-main.acme.k8s.local"
    "k8s.io/etcd/main"                     = "b/a,b,c"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "control-plane-us-east-1b"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "c-etcd-main-acme-k8s-local" {
  availability_zone = "us-east-1c"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "c.etcd-main.acme.k8s.local"
    "k8s.io/etcd/main"                     = "c/a,b,c"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "control-plane-us-east-1c"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_eip" "us-east-1a-acme-k8s-local" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "us-east-1a.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_eip" "us-east-1b-acme-k8s-local" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "us-east-1b.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_eip" "us-east-1c-acme-k8s-local" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "us-east-1c.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_flow_log" "acme-k8s-local" {
  iam_role_arn             = aws_iam_role.flowlogs-acme-k8s-local.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-acme-k8s-local.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.acme-k8s-local.id
}

resource "aws_iam_instance_profile" "bastions-acme-k8s-local" {
  name = "bastions.acme.k8s.local"
  role = aws_iam_role.bastions-acme-k8s-local.name
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "bastions.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_iam_instance_profile" "masters-acme-k8s-local" {
  name = "masters.acme.k8s.local"
  role = aws_iam_role.masters-acme-k8s-local.name
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "masters.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-acme-k8s-local" {
  name = "nodes.acme.k8s.local"
  role = aws_iam_role.nodes-acme-k8s-local.name
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "nodes.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "bastions-acme-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_bastions.acme.k8s.local_policy")
  name               = "bastions.acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "bastions.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-acme-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.acme.k8s.local_policy")
  name               = "flowlogs.acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "flowlogs.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "masters-acme-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.acme.k8s.local_policy")
  name               = "masters.acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "masters.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_iam_role" "nodes-acme-k8s-local" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.acme.k8s.local_policy")
  name               = "nodes.acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "nodes.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-acme-k8s-local" {
  name   = "flowlogs.acme.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.acme.k8s.local_policy")
  role   = aws_iam_role.flowlogs-acme-k8s-local.name
}

resource "aws_iam_role_policy" "masters-acme-k8s-local" {
  name   = "masters.acme.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.acme.k8s.local_policy")
  role   = aws_iam_role.masters-acme-k8s-local.name
}

resource "aws_iam_role_policy" "nodes-acme-k8s-local" {
  name   = "nodes.acme.k8s.local"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.acme.k8s.local_policy")
  role   = aws_iam_role.nodes-acme-k8s-local.name
}

resource "aws_internet_gateway" "acme-k8s-local" {
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_key_pair" "kubernetes-acme-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.acme.k8s.local-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.acme.k8s.local-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_launch_template" "bastions-acme-k8s-local" {
  block_device_mappings {
    device_name = "/dev/sda1"
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 32
      volume_type           = "gp3"
    }
  }
  iam_instance_profile {
    name = aws_iam_instance_profile.bastions-acme-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.micro"
  key_name      = aws_key_pair.kubernetes-acme-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "bastions.acme.k8s.local"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.bastion-acme-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "bastions.acme.k8s.local"
      "k8s.io/role/bastion"                  = "1"
      "kgen.dev/instancegroup"               = "bastions"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "bastions.acme.k8s.local"
      "k8s.io/role/bastion"                  = "1"
      "kgen.dev/instancegroup"               = "bastions"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "bastions.acme.k8s.local"
    "k8s.io/role/bastion"                  = "1"
    "kgen.dev/instancegroup"               = "bastions"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_bastions.acme.k8s.local_user_data"))
}

resource "aws_launch_template" "control-plane-us-east-1a-masters-acme-k8s-local" {
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
    name = aws_iam_instance_profile.masters-acme-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-acme-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-east-1a.masters.acme.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-acme-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "control-plane-us-east-1a.masters.acme.k8s.local"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "control-plane-us-east-1a"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "control-plane-us-east-1a.masters.acme.k8s.local"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "control-plane-us-east-1a"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "control-plane-us-east-1a.masters.acme.k8s.local"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "control-plane-us-east-1a"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-1a.masters.acme.k8s.local_user_data"))
}

resource "aws_launch_template" "control-plane-us-east-1b-masters-acme-k8s-local" {
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
    name = aws_iam_instance_profile.masters-acme-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-acme-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-east-1b.masters.acme.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-acme-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "control-plane-us-east-1b.masters.acme.k8s.local"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "control-plane-us-east-1b"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "control-plane-us-east-1b.masters.acme.k8s.local"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "control-plane-us-east-1b"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "control-plane-us-east-1b.masters.acme.k8s.local"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "control-plane-us-east-1b"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-1b.masters.acme.k8s.local_user_data"))
}

resource "aws_launch_template" "control-plane-us-east-1c-masters-acme-k8s-local" {
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
    name = aws_iam_instance_profile.masters-acme-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-acme-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-east-1c.masters.acme.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-acme-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "control-plane-us-east-1c.masters.acme.k8s.local"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "control-plane-us-east-1c"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "control-plane-us-east-1c.masters.acme.k8s.local"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "control-plane-us-east-1c"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "control-plane-us-east-1c.masters.acme.k8s.local"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "control-plane-us-east-1c"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-1c.masters.acme.k8s.local_user_data"))
}

resource "aws_launch_template" "nodes-acme-k8s-local" {
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
    name = aws_iam_instance_profile.nodes-acme-k8s-local.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-acme-k8s-local-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.acme.k8s.local"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-acme-k8s-local.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "nodes.acme.k8s.local"
      "k8s.io/role/node"                     = "1"
      "kgen.dev/instancegroup"               = "nodes"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                    = "acme.k8s.local"
      "Name"                                 = "nodes.acme.k8s.local"
      "k8s.io/role/node"                     = "1"
      "kgen.dev/instancegroup"               = "nodes"
      "kubernetes.io/cluster/acme.k8s.local" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "nodes.acme.k8s.local"
    "k8s.io/role/node"                     = "1"
    "kgen.dev/instancegroup"               = "nodes"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.acme.k8s.local_user_data"))
}

resource "aws_lb" "api-acme-k8s-local" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-acme-k8s-local-8b3fso"
  security_groups                  = [aws_security_group.api-elb-acme-k8s-local.id]
  subnets                          = [aws_subnet.utility-us-east-1a-acme-k8s-local.id, aws_subnet.utility-us-east-1b-acme-k8s-local.id, aws_subnet.utility-us-east-1c-acme-k8s-local.id]
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "api.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_lb" "api-internal-acme-k8s-local" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-acme-k8s-loc-d1mocd"
  security_groups                  = [aws_security_group.api-elb-acme-k8s-local.id]
  subnets                          = [aws_subnet.us-east-1a-acme-k8s-local.id, aws_subnet.us-east-1b-acme-k8s-local.id, aws_subnet.us-east-1c-acme-k8s-local.id]
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "api-internal.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_lb" "bastion-acme-k8s-local" {
  enable_cross_zone_load_balancing = false
  internal                         = false
  load_balancer_type               = "network"
  name                             = "bastion-acme-k8s-local-nr28p2"
  security_groups                  = [aws_security_group.bastion-elb-acme-k8s-local.id]
  subnets                          = [aws_subnet.utility-us-east-1a-acme-k8s-local.id, aws_subnet.utility-us-east-1b-acme-k8s-local.id, aws_subnet.utility-us-east-1c-acme-k8s-local.id]
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "bastion.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_lb_listener" "api-acme-k8s-local-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-acme-k8s-local-hvjeir.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-acme-k8s-local.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-internal-acme-k8s-local-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-acme-k8s-loc-cq5int.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-acme-k8s-local.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "bastion-acme-k8s-local-22" {
  default_action {
    target_group_arn = aws_lb_target_group.bastion-acme-k8s-local-nr28p2.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.bastion-acme-k8s-local.arn
  port              = 22
  protocol          = "TCP"
}

resource "aws_lb_target_group" "bastion-acme-k8s-local-nr28p2" {
  connection_termination = true
  deregistration_delay   = "30"
  health_check {
    healthy_threshold   = 2
    interval            = 10
    protocol            = "TCP"
    unhealthy_threshold = 2
  }
  name               = "bastion-acme-k8s-local-nr28p2"
  port               = 22
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "bastion-acme-k8s-local-nr28p2"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_lb_target_group" "tcp-acme-k8s-local-hvjeir" {
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
  name               = "tcp-acme-k8s-local-hvjeir"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "tcp-acme-k8s-local-hvjeir"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_lb_target_group" "tcp-internal-acme-k8s-loc-cq5int" {
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
  name               = "tcp-internal-acme-k8s-loc-cq5int"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "tcp-internal-acme-k8s-loc-cq5int"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_nat_gateway" "us-east-1a-acme-k8s-local" {
  allocation_id = aws_eip.us-east-1a-acme-k8s-local.id
  subnet_id     = aws_subnet.utility-us-east-1a-acme-k8s-local.id
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "us-east-1a.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_nat_gateway" "us-east-1b-acme-k8s-local" {
  allocation_id = aws_eip.us-east-1b-acme-k8s-local.id
  subnet_id     = aws_subnet.utility-us-east-1b-acme-k8s-local.id
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "us-east-1b.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_nat_gateway" "us-east-1c-acme-k8s-local" {
  allocation_id = aws_eip.us-east-1c-acme-k8s-local.id
  subnet_id     = aws_subnet.utility-us-east-1c-acme-k8s-local.id
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "us-east-1c.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.acme-k8s-local.id
  route_table_id         = aws_route_table.acme-k8s-local.id
}

resource "aws_route" "route-private-us-east-1a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.us-east-1a-acme-k8s-local.id
  route_table_id         = aws_route_table.private-us-east-1a-acme-k8s-local.id
}

resource "aws_route" "route-private-us-east-1b-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.us-east-1b-acme-k8s-local.id
  route_table_id         = aws_route_table.private-us-east-1b-acme-k8s-local.id
}

resource "aws_route" "route-private-us-east-1c-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.us-east-1c-acme-k8s-local.id
  route_table_id         = aws_route_table.private-us-east-1c-acme-k8s-local.id
}

resource "aws_route53_record" "api-internal-acme-k8s-local" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-acme-k8s-local.dns_name
    zone_id                = aws_lb.api-internal-acme-k8s-local.zone_id
  }
  name    = "api.internal.acme.k8s.local"
  type    = "A"
  zone_id = aws_route53_zone.acme-k8s-local.zone_id
}

resource "aws_route53_zone" "acme-k8s-local" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.acme-k8s-local.id
  }
}

resource "aws_route_table" "acme-k8s-local" {
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_route_table" "private-us-east-1a-acme-k8s-local" {
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "private-us-east-1a.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_route_table" "private-us-east-1b-acme-k8s-local" {
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "private-us-east-1b.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_route_table" "private-us-east-1c-acme-k8s-local" {
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "private-us-east-1c.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_route_table_association" "private-us-east-1a-acme-k8s-local" {
  route_table_id = aws_route_table.private-us-east-1a-acme-k8s-local.id
  subnet_id      = aws_subnet.us-east-1a-acme-k8s-local.id
}

resource "aws_route_table_association" "private-us-east-1b-acme-k8s-local" {
  route_table_id = aws_route_table.private-us-east-1b-acme-k8s-local.id
  subnet_id      = aws_subnet.us-east-1b-acme-k8s-local.id
}

resource "aws_route_table_association" "private-us-east-1c-acme-k8s-local" {
  route_table_id = aws_route_table.private-us-east-1c-acme-k8s-local.id
  subnet_id      = aws_subnet.us-east-1c-acme-k8s-local.id
}

resource "aws_route_table_association" "utility-us-east-1a-acme-k8s-local" {
  route_table_id = aws_route_table.acme-k8s-local.id
  subnet_id      = aws_subnet.utility-us-east-1a-acme-k8s-local.id
}

resource "aws_route_table_association" "utility-us-east-1b-acme-k8s-local" {
  route_table_id = aws_route_table.acme-k8s-local.id
  subnet_id      = aws_subnet.utility-us-east-1b-acme-k8s-local.id
}

resource "aws_route_table_association" "utility-us-east-1c-acme-k8s-local" {
  route_table_id = aws_route_table.acme-k8s-local.id
  subnet_id      = aws_subnet.utility-us-east-1c-acme-k8s-local.id
}

resource "aws_security_group" "api-elb-acme-k8s-local" {
  description = "Security group for the API load balancer"
  name        = "api-elb.acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "api-elb.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_security_group" "bastion-acme-k8s-local" {
  description = "Security group for bastion hosts"
  name        = "bastion.acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "bastion.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_security_group" "bastion-elb-acme-k8s-local" {
  description = "Security group for the bastion load balancer"
  name        = "bastion-elb.acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "bastion-elb.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_security_group" "masters-acme-k8s-local" {
  description = "Security group for control-plane nodes"
  name        = "masters.acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "masters.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_security_group" "nodes-acme-k8s-local" {
  description = "Security group for worker nodes"
  name        = "nodes.acme.k8s.local"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "nodes.acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_security_group_rule" "from-api-elb-acme-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-acme-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-acme-k8s-local-ingress-tcp-6443to6443-masters-acme-k8s-local" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-acme-k8s-local.id
  source_security_group_id = aws_security_group.api-elb-acme-k8s-local.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-acme-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-acme-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-acme-k8s-local-ingress-tcp-22to22-masters-acme-k8s-local" {
  description              = "bastions to control-plane nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-acme-k8s-local.id
  source_security_group_id = aws_security_group.bastion-acme-k8s-local.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-acme-k8s-local-ingress-tcp-22to22-nodes-acme-k8s-local" {
  description              = "bastions to nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-acme-k8s-local.id
  source_security_group_id = aws_security_group.bastion-acme-k8s-local.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-elb-acme-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-elb-acme-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-elb-acme-k8s-local-ingress-tcp-22to22-bastion-acme-k8s-local" {
  description              = "bastion load balancer to bastions"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.bastion-acme-k8s-local.id
  source_security_group_id = aws_security_group.bastion-elb-acme-k8s-local.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-acme-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-acme-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-acme-k8s-local-ingress-all-0to0-masters-acme-k8s-local" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-acme-k8s-local.id
  source_security_group_id = aws_security_group.masters-acme-k8s-local.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-acme-k8s-local-ingress-tcp-10250to10250-nodes-acme-k8s-local" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-acme-k8s-local.id
  source_security_group_id = aws_security_group.masters-acme-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-acme-k8s-local-ingress-tcp-443to443-api-elb-acme-k8s-local" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-acme-k8s-local.id
  source_security_group_id = aws_security_group.masters-acme-k8s-local.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-acme-k8s-local-ingress-udp-8472to8472-nodes-acme-k8s-local" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-acme-k8s-local.id
  source_security_group_id = aws_security_group.masters-acme-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-acme-k8s-local-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-acme-k8s-local.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-acme-k8s-local-ingress-tcp-10250to10250-masters-acme-k8s-local" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-acme-k8s-local.id
  source_security_group_id = aws_security_group.nodes-acme-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-acme-k8s-local-ingress-tcp-10250to10250-nodes-acme-k8s-local" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-acme-k8s-local.id
  source_security_group_id = aws_security_group.nodes-acme-k8s-local.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-acme-k8s-local-ingress-tcp-30000to32767-nodes-acme-k8s-local" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-acme-k8s-local.id
  source_security_group_id = aws_security_group.nodes-acme-k8s-local.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-acme-k8s-local-ingress-tcp-443to443-api-elb-acme-k8s-local" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-acme-k8s-local.id
  source_security_group_id = aws_security_group.nodes-acme-k8s-local.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-acme-k8s-local-ingress-tcp-6443to6443-masters-acme-k8s-local" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-acme-k8s-local.id
  source_security_group_id = aws_security_group.nodes-acme-k8s-local.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-acme-k8s-local-ingress-udp-30000to32767-nodes-acme-k8s-local" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-acme-k8s-local.id
  source_security_group_id = aws_security_group.nodes-acme-k8s-local.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-acme-k8s-local-ingress-udp-8472to8472-masters-acme-k8s-local" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.masters-acme-k8s-local.id
  source_security_group_id = aws_security_group.nodes-acme-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-acme-k8s-local-ingress-udp-8472to8472-nodes-acme-k8s-local" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-acme-k8s-local.id
  source_security_group_id = aws_security_group.nodes-acme-k8s-local.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-acme-k8s-local" {
  description    = "kgen: the add-ons of cluster acme.k8s.local the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.acme.k8s.local_value")
  name           = "/kgen/acme.k8s.local/addons"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "/kgen/acme.k8s.local/addons"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "us-east-1a-acme-k8s-local" {
  availability_zone                           = "us-east-1a"
  cidr_block                                  = "172.20.64.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "us-east-1a.acme.k8s.local"
    "SubnetType"                           = "Private"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
    "kubernetes.io/role/internal-elb"      = "1"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_subnet" "us-east-1b-acme-k8s-local" {
  availability_zone                           = "us-east-1b"
  cidr_block                                  = "172.20.128.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "us-east-1b.acme.k8s.local"
    "SubnetType"                           = "Private"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
    "kubernetes.io/role/internal-elb"      = "1"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_subnet" "us-east-1c-acme-k8s-local" {
  availability_zone                           = "us-east-1c"
  cidr_block                                  = "172.20.192.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "us-east-1c.acme.k8s.local"
    "SubnetType"                           = "Private"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
    "kubernetes.io/role/internal-elb"      = "1"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_subnet" "utility-us-east-1a-acme-k8s-local" {
  availability_zone                           = "us-east-1a"
  cidr_block                                  = "172.20.0.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "utility-us-east-1a.acme.k8s.local"
    "SubnetType"                           = "Utility"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
    "kubernetes.io/role/elb"               = "1"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_subnet" "utility-us-east-1b-acme-k8s-local" {
  availability_zone                           = "us-east-1b"
  cidr_block                                  = "172.20.8.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "utility-us-east-1b.acme.k8s.local"
    "SubnetType"                           = "Utility"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
    "kubernetes.io/role/elb"               = "1"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_subnet" "utility-us-east-1c-acme-k8s-local" {
  availability_zone                           = "us-east-1c"
  cidr_block                                  = "172.20.16.0/21"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "utility-us-east-1c.acme.k8s.local"
    "SubnetType"                           = "Utility"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
    "kubernetes.io/role/elb"               = "1"
  }
  vpc_id = aws_vpc.acme-k8s-local.id
}

resource "aws_vpc" "acme-k8s-local" {
  cidr_block           = "172.20.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "acme-k8s-local" {
  domain_name         = "ec2.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                    = "acme.k8s.local"
    "Name"                                 = "acme.k8s.local"
    "kubernetes.io/cluster/acme.k8s.local" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "acme-k8s-local" {
  dhcp_options_id = aws_vpc_dhcp_options.acme-k8s-local.id
  vpc_id          = aws_vpc.acme-k8s-local.id
}

resource "terraform_data" "config-store-acme-k8s-local" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase file://./state/acme.k8s.local is a folder on the machine that ran kgen; nodes cannot read the cluster's CA there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
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
