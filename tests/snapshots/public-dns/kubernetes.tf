locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-prod-example-com.dns_name
  api_internal_name                   = "api.internal.prod.example.com"
  api_load_balancer_dns_name          = aws_lb.api-prod-example-com.dns_name
  api_public_name                     = "api.prod.example.com"
  cluster_name                        = "prod.example.com"
  config_base                         = "file://./state/prod.example.com"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-central-1a-masters-prod-example-com.id, aws_autoscaling_group.control-plane-eu-central-1b-masters-prod-example-com.id, aws_autoscaling_group.control-plane-eu-central-1c-masters-prod-example-com.id]
  master_security_group_ids           = [aws_security_group.masters-prod-example-com.id]
  masters_role_arn                    = aws_iam_role.masters-prod-example-com.arn
  masters_role_name                   = aws_iam_role.masters-prod-example-com.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-prod-example-com.id]
  node_security_group_ids             = [aws_security_group.nodes-prod-example-com.id]
  node_subnet_ids                     = [aws_subnet.eu-central-1a-prod-example-com.id, aws_subnet.eu-central-1b-prod-example-com.id, aws_subnet.eu-central-1c-prod-example-com.id]
  nodes_role_arn                      = aws_iam_role.nodes-prod-example-com.arn
  nodes_role_name                     = aws_iam_role.nodes-prod-example-com.name
  region                              = "eu-central-1"
  vpc_cidr_block                      = aws_vpc.prod-example-com.cidr_block
  vpc_id                              = aws_vpc.prod-example-com.id
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
  region = "eu-central-1"
}

resource "aws_autoscaling_group" "control-plane-eu-central-1a-masters-prod-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-central-1a-masters-prod-example-com.id
    version = aws_launch_template.control-plane-eu-central-1a-masters-prod-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-central-1a.masters.prod.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "prod.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-central-1a.masters.prod.example.com"
  }
  tag {
    key                 = "cost-center"
    propagate_at_launch = true
    value               = "4711"
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
    key                 = "kubernetes.io/cluster/prod.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  tag {
    key                 = "team"
    propagate_at_launch = true
    value               = "platform"
  }
  target_group_arns   = [aws_lb_target_group.tcp-prod-example-com-585okf.arn, aws_lb_target_group.tcp-internal-prod-example-jd5fo7.arn]
  vpc_zone_identifier = [aws_subnet.eu-central-1a-prod-example-com.id]
}

resource "aws_autoscaling_group" "control-plane-eu-central-1b-masters-prod-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-central-1b-masters-prod-example-com.id
    version = aws_launch_template.control-plane-eu-central-1b-masters-prod-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-central-1b.masters.prod.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "prod.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-central-1b.masters.prod.example.com"
  }
  tag {
    key                 = "cost-center"
    propagate_at_launch = true
    value               = "4711"
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
    value               = "control-plane-eu-central-1b"
  }
  tag {
    key                 = "kubernetes.io/cluster/prod.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  tag {
    key                 = "team"
    propagate_at_launch = true
    value               = "platform"
  }
  target_group_arns   = [aws_lb_target_group.tcp-prod-example-com-585okf.arn, aws_lb_target_group.tcp-internal-prod-example-jd5fo7.arn]
  vpc_zone_identifier = [aws_subnet.eu-central-1b-prod-example-com.id]
}

resource "aws_autoscaling_group" "control-plane-eu-central-1c-masters-prod-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-central-1c-masters-prod-example-com.id
    version = aws_launch_template.control-plane-eu-central-1c-masters-prod-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-central-1c.masters.prod.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "prod.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-central-1c.masters.prod.example.com"
  }
  tag {
    key                 = "cost-center"
    propagate_at_launch = true
    value               = "4711"
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
    value               = "control-plane-eu-central-1c"
  }
  tag {
    key                 = "kubernetes.io/cluster/prod.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  tag {
    key                 = "team"
    propagate_at_launch = true
    value               = "platform"
  }
  target_group_arns   = [aws_lb_target_group.tcp-prod-example-com-585okf.arn, aws_lb_target_group.tcp-internal-prod-example-jd5fo7.arn]
  vpc_zone_identifier = [aws_subnet.eu-central-1c-prod-example-com.id]
}

resource "aws_autoscaling_group" "nodes-prod-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-prod-example-com.id
    version = aws_launch_template.nodes-prod-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 9
  metrics_granularity   = "1Minute"
  min_size              = 3
  name                  = "nodes.prod.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "prod.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.prod.example.com"
  }
  tag {
    key                 = "cost-center"
    propagate_at_launch = true
    value               = "4711"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/prod.example.com"
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
    key                 = "kubernetes.io/cluster/prod.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  tag {
    key                 = "team"
    propagate_at_launch = true
    value               = "platform"
  }
  vpc_zone_identifier = [aws_subnet.eu-central-1a-prod-example-com.id, aws_subnet.eu-central-1b-prod-example-com.id, aws_subnet.eu-central-1c-prod-example-com.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-prod-example-com" {
  name              = "/kgen/prod.example.com/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "/kgen/prod.example.com/vpc-flow-logs"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_default_security_group" "prod-example-com" {
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_ebs_volume" "a-etcd-main-prod-example-com" {
  availability_zone = "eu-central-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "a.etcd-main.prod.example.com"
    "cost-center"                            = "4711"
    "k8s.io/etcd/main"                       = "a/a,b,c"
    "k8s.io/role/control-plane"              = "1"
    "k8s.io/role/master"                     = "1"
    "kgen.dev/instancegroup"                 = "control-plane-eu-central-1a"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "b-etcd-main-prod-example-com" {
  availability_zone = "eu-central-1b"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "b.etcd-main.prod.example.com"
    "cost-center"                            = "4711"
    "k8s.io/etcd/main"                       = "b/a,b,c"
    "k8s.io/role/control-plane"              = "1"
    "k8s.io/role/master"                     = "1"
    "kgen.dev/instancegroup"                 = "control-plane-eu-central-1b"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "c-etcd-main-prod-example-com" {
  availability_zone = "eu-central-1c"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "c.etcd-main.prod.example.com"
    "cost-center"                            = "4711"
    "k8s.io/etcd/main"                       = "c/a,b,c"
    "k8s.io/role/control-plane"              = "1"
    "k8s.io/role/master"                     = "1"
    "kgen.dev/instancegroup"                 = "control-plane-eu-central-1c"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_flow_log" "prod-example-com" {
  iam_role_arn             = aws_iam_role.flowlogs-prod-example-com.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-prod-example-com.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.prod-example-com.id
}

resource "aws_iam_instance_profile" "masters-prod-example-com" {
  name = "masters.prod.example.com"
  role = aws_iam_role.masters-prod-example-com.name
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "masters.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_iam_instance_profile" "nodes-prod-example-com" {
  name = "nodes.prod.example.com"
  role = aws_iam_role.nodes-prod-example-com.name
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "nodes.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_iam_role" "flowlogs-prod-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.prod.example.com_policy")
  name               = "flowlogs.prod.example.com"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "flowlogs.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_iam_role" "masters-prod-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.prod.example.com_policy")
  name               = "masters.prod.example.com"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "masters.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_iam_role" "nodes-prod-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.prod.example.com_policy")
  name               = "nodes.prod.example.com"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "nodes.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_iam_role_policy" "flowlogs-prod-example-com" {
  name   = "flowlogs.prod.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.prod.example.com_policy")
  role   = aws_iam_role.flowlogs-prod-example-com.name
}

resource "aws_iam_role_policy" "masters-prod-example-com" {
  name   = "masters.prod.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.prod.example.com_policy")
  role   = aws_iam_role.masters-prod-example-com.name
}

resource "aws_iam_role_policy" "nodes-prod-example-com" {
  name   = "nodes.prod.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.prod.example.com_policy")
  role   = aws_iam_role.nodes-prod-example-com.name
}

resource "aws_internet_gateway" "prod-example-com" {
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_key_pair" "kubernetes-prod-example-com-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.prod.example.com-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.prod.example.com-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_launch_template" "control-plane-eu-central-1a-masters-prod-example-com" {
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
    name = aws_iam_instance_profile.masters-prod-example-com.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-prod-example-com-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-central-1a.masters.prod.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-prod-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                      = "prod.example.com"
      "Name"                                   = "control-plane-eu-central-1a.masters.prod.example.com"
      "cost-center"                            = "4711"
      "k8s.io/role/control-plane"              = "1"
      "k8s.io/role/master"                     = "1"
      "kgen.dev/instancegroup"                 = "control-plane-eu-central-1a"
      "kubernetes.io/cluster/prod.example.com" = "owned"
      "team"                                   = "platform"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                      = "prod.example.com"
      "Name"                                   = "control-plane-eu-central-1a.masters.prod.example.com"
      "cost-center"                            = "4711"
      "k8s.io/role/control-plane"              = "1"
      "k8s.io/role/master"                     = "1"
      "kgen.dev/instancegroup"                 = "control-plane-eu-central-1a"
      "kubernetes.io/cluster/prod.example.com" = "owned"
      "team"                                   = "platform"
    }
  }
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "control-plane-eu-central-1a.masters.prod.example.com"
    "cost-center"                            = "4711"
    "k8s.io/role/control-plane"              = "1"
    "k8s.io/role/master"                     = "1"
    "kgen.dev/instancegroup"                 = "control-plane-eu-central-1a"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-central-1a.masters.prod.example.com_user_data"))
}

resource "aws_launch_template" "control-plane-eu-central-1b-masters-prod-example-com" {
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
    name = aws_iam_instance_profile.masters-prod-example-com.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-prod-example-com-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-central-1b.masters.prod.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-prod-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                      = "prod.example.com"
      "Name"                                   = "control-plane-eu-central-1b.masters.prod.example.com"
      "cost-center"                            = "4711"
      "k8s.io/role/control-plane"              = "1"
      "k8s.io/role/master"                     = "1"
      "kgen.dev/instancegroup"                 = "control-plane-eu-central-1b"
      "kubernetes.io/cluster/prod.example.com" = "owned"
      "team"                                   = "platform"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                      = "prod.example.com"
      "Name"                                   = "control-plane-eu-central-1b.masters.prod.example.com"
      "cost-center"                            = "4711"
      "k8s.io/role/control-plane"              = "1"
      "k8s.io/role/master"                     = "1"
      "kgen.dev/instancegroup"                 = "control-plane-eu-central-1b"
      "kubernetes.io/cluster/prod.example.com" = "owned"
      "team"                                   = "platform"
    }
  }
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "control-plane-eu-central-1b.masters.prod.example.com"
    "cost-center"                            = "4711"
    "k8s.io/role/control-plane"              = "1"
    "k8s.io/role/master"                     = "1"
    "kgen.dev/instancegroup"                 = "control-plane-eu-central-1b"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-central-1b.masters.prod.example.com_user_data"))
}

resource "aws_launch_template" "control-plane-eu-central-1c-masters-prod-example-com" {
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
    name = aws_iam_instance_profile.masters-prod-example-com.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-prod-example-com-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-central-1c.masters.prod.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-prod-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                      = "prod.example.com"
      "Name"                                   = "control-plane-eu-central-1c.masters.prod.example.com"
      "cost-center"                            = "4711"
      "k8s.io/role/control-plane"              = "1"
      "k8s.io/role/master"                     = "1"
      "kgen.dev/instancegroup"                 = "control-plane-eu-central-1c"
      "kubernetes.io/cluster/prod.example.com" = "owned"
      "team"                                   = "platform"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                      = "prod.example.com"
      "Name"                                   = "control-plane-eu-central-1c.masters.prod.example.com"
      "cost-center"                            = "4711"
      "k8s.io/role/control-plane"              = "1"
      "k8s.io/role/master"                     = "1"
      "kgen.dev/instancegroup"                 = "control-plane-eu-central-1c"
      "kubernetes.io/cluster/prod.example.com" = "owned"
      "team"                                   = "platform"
    }
  }
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "control-plane-eu-central-1c.masters.prod.example.com"
    "cost-center"                            = "4711"
    "k8s.io/role/control-plane"              = "1"
    "k8s.io/role/master"                     = "1"
    "kgen.dev/instancegroup"                 = "control-plane-eu-central-1c"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-central-1c.masters.prod.example.com_user_data"))
}

resource "aws_launch_template" "nodes-prod-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-nodes.root_device_name
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
    name = aws_iam_instance_profile.nodes-prod-example-com.id
  }
  image_id      = data.aws_ami.image-nodes.id
  instance_type = "m6i.xlarge"
  key_name      = aws_key_pair.kubernetes-prod-example-com-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.prod.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-prod-example-com.id, "sg-0123456789abcdef0"]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                          = "prod.example.com"
      "Name"                                       = "nodes.prod.example.com"
      "cost-center"                                = "4711"
      "k8s.io/cluster-autoscaler/enabled"          = "1"
      "k8s.io/cluster-autoscaler/prod.example.com" = "owned"
      "k8s.io/role/node"                           = "1"
      "kgen.dev/instancegroup"                     = "nodes"
      "kubernetes.io/cluster/prod.example.com"     = "owned"
      "team"                                       = "platform"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                          = "prod.example.com"
      "Name"                                       = "nodes.prod.example.com"
      "cost-center"                                = "4711"
      "k8s.io/cluster-autoscaler/enabled"          = "1"
      "k8s.io/cluster-autoscaler/prod.example.com" = "owned"
      "k8s.io/role/node"                           = "1"
      "kgen.dev/instancegroup"                     = "nodes"
      "kubernetes.io/cluster/prod.example.com"     = "owned"
      "team"                                       = "platform"
    }
  }
  tags = {
    "KubernetesCluster"                          = "prod.example.com"
    "Name"                                       = "nodes.prod.example.com"
    "cost-center"                                = "4711"
    "k8s.io/cluster-autoscaler/enabled"          = "1"
    "k8s.io/cluster-autoscaler/prod.example.com" = "owned"
    "k8s.io/role/node"                           = "1"
    "kgen.dev/instancegroup"                     = "nodes"
    "kubernetes.io/cluster/prod.example.com"     = "owned"
    "team"                                       = "platform"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.prod.example.com_user_data"))
}

resource "aws_lb" "api-internal-prod-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-prod-example-1beclp"
  security_groups                  = [aws_security_group.api-elb-prod-example-com.id]
  subnets                          = [aws_subnet.eu-central-1a-prod-example-com.id, aws_subnet.eu-central-1b-prod-example-com.id, aws_subnet.eu-central-1c-prod-example-com.id]
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "api-internal.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_lb" "api-prod-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-prod-example-com-9ufptm"
  security_groups                  = [aws_security_group.api-elb-prod-example-com.id]
  subnets                          = [aws_subnet.eu-central-1a-prod-example-com.id, aws_subnet.eu-central-1b-prod-example-com.id, aws_subnet.eu-central-1c-prod-example-com.id]
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "api.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_lb_listener" "api-internal-prod-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-prod-example-jd5fo7.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-prod-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-prod-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-prod-example-com-585okf.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-prod-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-internal-prod-example-jd5fo7" {
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
  name               = "tcp-internal-prod-example-jd5fo7"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "tcp-internal-prod-example-jd5fo7"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_lb_target_group" "tcp-prod-example-com-585okf" {
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
  name               = "tcp-prod-example-com-585okf"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "tcp-prod-example-com-585okf"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.prod-example-com.id
  route_table_id         = aws_route_table.prod-example-com.id
}

resource "aws_route53_record" "api-internal-prod-example-com" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-prod-example-com.dns_name
    zone_id                = aws_lb.api-internal-prod-example-com.zone_id
  }
  name    = "api.internal.prod.example.com"
  type    = "A"
  zone_id = data.aws_route53_zone.example-com.zone_id
}

resource "aws_route53_record" "api-prod-example-com" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-prod-example-com.dns_name
    zone_id                = aws_lb.api-prod-example-com.zone_id
  }
  name    = "api.prod.example.com"
  type    = "A"
  zone_id = data.aws_route53_zone.example-com.zone_id
}

resource "aws_route_table" "prod-example-com" {
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_route_table_association" "eu-central-1a-prod-example-com" {
  route_table_id = aws_route_table.prod-example-com.id
  subnet_id      = aws_subnet.eu-central-1a-prod-example-com.id
}

resource "aws_route_table_association" "eu-central-1b-prod-example-com" {
  route_table_id = aws_route_table.prod-example-com.id
  subnet_id      = aws_subnet.eu-central-1b-prod-example-com.id
}

resource "aws_route_table_association" "eu-central-1c-prod-example-com" {
  route_table_id = aws_route_table.prod-example-com.id
  subnet_id      = aws_subnet.eu-central-1c-prod-example-com.id
}

resource "aws_security_group" "api-elb-prod-example-com" {
  description = "Security group for the API load balancer"
  name        = "api-elb.prod.example.com"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "api-elb.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_security_group" "masters-prod-example-com" {
  description = "Security group for control-plane nodes"
  name        = "masters.prod.example.com"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "masters.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_security_group" "nodes-prod-example-com" {
  description = "Security group for worker nodes"
  name        = "nodes.prod.example.com"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "nodes.prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_security_group_rule" "from-198-51-100-0--24-ingress-tcp-443to443-api-elb-prod-example-com" {
  cidr_blocks       = ["198.51.100.0/24"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-prod-example-com.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-198-51-100-10--32-ingress-tcp-22to22-masters-prod-example-com" {
  cidr_blocks       = ["198.51.100.10/32"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-prod-example-com.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-198-51-100-10--32-ingress-tcp-22to22-nodes-prod-example-com" {
  cidr_blocks       = ["198.51.100.10/32"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-prod-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-prod-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-prod-example-com-ingress-tcp-6443to6443-masters-prod-example-com" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-prod-example-com.id
  source_security_group_id = aws_security_group.api-elb-prod-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-prod-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-prod-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-prod-example-com-ingress-all-0to0-masters-prod-example-com" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-prod-example-com.id
  source_security_group_id = aws_security_group.masters-prod-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-prod-example-com-ingress-icmp-8to0-nodes-prod-example-com" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.masters-prod-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-prod-example-com-ingress-tcp-10250to10250-nodes-prod-example-com" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.masters-prod-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-prod-example-com-ingress-tcp-4240to4240-nodes-prod-example-com" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.masters-prod-example-com.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-prod-example-com-ingress-tcp-443to443-api-elb-prod-example-com" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-prod-example-com.id
  source_security_group_id = aws_security_group.masters-prod-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-prod-example-com-ingress-udp-8472to8472-nodes-prod-example-com" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.masters-prod-example-com.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-icmp-8to0-masters-prod-example-com" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.masters-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-icmp-8to0-nodes-prod-example-com" {
  description              = "cilium health pings"
  from_port                = 8
  protocol                 = "icmp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-tcp-10250to10250-masters-prod-example-com" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-tcp-10250to10250-nodes-prod-example-com" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-tcp-30000to32767-nodes-prod-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-tcp-4240to4240-masters-prod-example-com" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-tcp-4240to4240-nodes-prod-example-com" {
  description              = "cilium health checks"
  from_port                = 4240
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 4240
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-tcp-443to443-api-elb-prod-example-com" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-tcp-6443to6443-masters-prod-example-com" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-udp-30000to32767-nodes-prod-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-udp-8472to8472-masters-prod-example-com" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.masters-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-example-com-ingress-udp-8472to8472-nodes-prod-example-com" {
  description              = "cilium vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-prod-example-com.id
  source_security_group_id = aws_security_group.nodes-prod-example-com.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-prod-example-com" {
  description    = "kgen: the add-ons of cluster prod.example.com the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.prod.example.com_value")
  name           = "/kgen/prod.example.com/addons"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "/kgen/prod.example.com/addons"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "eu-central-1a-prod-example-com" {
  availability_zone                           = "eu-central-1a"
  cidr_block                                  = "10.20.0.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "eu-central-1a.prod.example.com"
    "SubnetType"                             = "Public"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "kubernetes.io/role/elb"                 = "1"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_subnet" "eu-central-1b-prod-example-com" {
  availability_zone                           = "eu-central-1b"
  cidr_block                                  = "10.20.64.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "eu-central-1b.prod.example.com"
    "SubnetType"                             = "Public"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "kubernetes.io/role/elb"                 = "1"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_subnet" "eu-central-1c-prod-example-com" {
  availability_zone                           = "eu-central-1c"
  cidr_block                                  = "10.20.128.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "eu-central-1c.prod.example.com"
    "SubnetType"                             = "Public"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "kubernetes.io/role/elb"                 = "1"
    "team"                                   = "platform"
  }
  vpc_id = aws_vpc.prod-example-com.id
}

resource "aws_vpc" "prod-example-com" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_vpc_dhcp_options" "prod-example-com" {
  domain_name         = "eu-central-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                      = "prod.example.com"
    "Name"                                   = "prod.example.com"
    "cost-center"                            = "4711"
    "kubernetes.io/cluster/prod.example.com" = "owned"
    "team"                                   = "platform"
  }
}

resource "aws_vpc_dhcp_options_association" "prod-example-com" {
  dhcp_options_id = aws_vpc_dhcp_options.prod-example-com.id
  vpc_id          = aws_vpc.prod-example-com.id
}

resource "terraform_data" "config-store-prod-example-com" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase file://./state/prod.example.com is a folder on the machine that ran kgen; nodes cannot read the cluster's CA there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
    }
  }
}

data "aws_ami" "image-nodes" {
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"]
  }
  most_recent = true
  owners      = ["099720109477"]
}

data "aws_route53_zone" "example-com" {
  name         = "example.com"
  private_zone = false
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
