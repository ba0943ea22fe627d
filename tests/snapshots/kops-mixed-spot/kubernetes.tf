locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-spot-kops-example-org.dns_name
  api_internal_name                   = "api.internal.spot.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-spot-kops-example-org.dns_name
  cluster_name                        = "spot.kops.example.org"
  config_base                         = "s3://kgen-tests-state/spot.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-ap-southeast-2a-masters-spot-kops-example-org.id, aws_autoscaling_group.control-plane-ap-southeast-2b-masters-spot-kops-example-org.id, aws_autoscaling_group.control-plane-ap-southeast-2c-masters-spot-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-spot-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-spot-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-spot-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.spot-workers-spot-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-spot-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.ap-southeast-2a-spot-kops-example-org.id, aws_subnet.ap-southeast-2b-spot-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-spot-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-spot-kops-example-org.name
  region                              = "ap-southeast-2"
  vpc_cidr_block                      = aws_vpc.spot-kops-example-org.cidr_block
  vpc_id                              = aws_vpc.spot-kops-example-org.id
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

resource "aws_autoscaling_group" "control-plane-ap-southeast-2a-masters-spot-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-ap-southeast-2a-masters-spot-kops-example-org.id
    version = aws_launch_template.control-plane-ap-southeast-2a-masters-spot-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-ap-southeast-2a.masters.spot.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "spot.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-ap-southeast-2a.masters.spot.kops.example.org"
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
    key                 = "kubernetes.io/cluster/spot.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-spot-kops-example-org-sv88me.arn, aws_lb_target_group.tcp-internal-spot-kops-ex-l6erfl.arn]
  vpc_zone_identifier = [aws_subnet.ap-southeast-2a-spot-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-ap-southeast-2b-masters-spot-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-ap-southeast-2b-masters-spot-kops-example-org.id
    version = aws_launch_template.control-plane-ap-southeast-2b-masters-spot-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-ap-southeast-2b.masters.spot.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "spot.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-ap-southeast-2b.masters.spot.kops.example.org"
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
    value               = "control-plane-ap-southeast-2b"
  }
  tag {
    key                 = "kubernetes.io/cluster/spot.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-spot-kops-example-org-sv88me.arn, aws_lb_target_group.tcp-internal-spot-kops-ex-l6erfl.arn]
  vpc_zone_identifier = [aws_subnet.ap-southeast-2b-spot-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-ap-southeast-2c-masters-spot-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-ap-southeast-2c-masters-spot-kops-example-org.id
    version = aws_launch_template.control-plane-ap-southeast-2c-masters-spot-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-ap-southeast-2c.masters.spot.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "spot.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-ap-southeast-2c.masters.spot.kops.example.org"
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
    value               = "control-plane-ap-southeast-2c"
  }
  tag {
    key                 = "kubernetes.io/cluster/spot.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-spot-kops-example-org-sv88me.arn, aws_lb_target_group.tcp-internal-spot-kops-ex-l6erfl.arn]
  vpc_zone_identifier = [aws_subnet.ap-southeast-2c-spot-kops-example-org.id]
}

resource "aws_autoscaling_group" "spot-workers-spot-kops-example-org" {
  enabled_metrics       = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  max_instance_lifetime = 0
  max_size              = 10
  metrics_granularity   = "1Minute"
  min_size              = 2
  mixed_instances_policy {
    instances_distribution {
      on_demand_allocation_strategy            = "prioritized"
      on_demand_base_capacity                  = 1
      on_demand_percentage_above_base_capacity = 20
      spot_allocation_strategy                 = "lowest-price"
      spot_instance_pools                      = 3
      spot_max_price                           = ""
    }
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.spot-workers-spot-kops-example-org.id
        version            = aws_launch_template.spot-workers-spot-kops-example-org.latest_version
      }
      override {
        instance_type = "m6i.large"
      }
      override {
        instance_type = "m5.large"
      }
      override {
        instance_type = "m5a.large"
      }
    }
  }
  name                  = "spot-workers.spot.kops.example.org"
  protect_from_scale_in = true
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "spot.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "spot-workers.spot.kops.example.org"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/spot.kops.example.org"
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
    value               = "spot-workers"
  }
  tag {
    key                 = "kubernetes.io/cluster/spot.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.ap-southeast-2a-spot-kops-example-org.id, aws_subnet.ap-southeast-2b-spot-kops-example-org.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-spot-kops-example-org" {
  name              = "/kgen/spot.kops.example.org/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "/kgen/spot.kops.example.org/vpc-flow-logs"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_default_security_group" "spot-kops-example-org" {
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_ebs_volume" "ap-southeast-2a-etcd-main-spot-kops-example-org" {
  availability_zone = "ap-southeast-2a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "ap-southeast-2a.etcd-main.spot.kops.example.org"
    "k8s.io/etcd/main"                            = "ap-southeast-2a/ap-southeast-2a,ap-southeast-2b,ap-southeast-2c"
    "k8s.io/role/control-plane"                   = "1"
    "k8s.io/role/master"                          = "1"
    "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2a"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "ap-southeast-2b-etcd-main-spot-kops-example-org" {
  availability_zone = "ap-southeast-2b"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "ap-southeast-2b.etcd-main.spot.kops.example.org"
    "k8s.io/etcd/main"                            = "ap-southeast-2b/ap-southeast-2a,ap-southeast-2b,ap-southeast-2c"
    "k8s.io/role/control-plane"                   = "1"
    "k8s.io/role/master"                          = "1"
    "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2b"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "ap-southeast-2c-etcd-main-spot-kops-example-org" {
  availability_zone = "ap-southeast-2c"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "ap-southeast-2c.etcd-main.spot.kops.example.org"
    "k8s.io/etcd/main"                            = "ap-southeast-2c/ap-southeast-2a,ap-southeast-2b,ap-southeast-2c"
    "k8s.io/role/control-plane"                   = "1"
    "k8s.io/role/master"                          = "1"
    "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2c"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_flow_log" "spot-kops-example-org" {
  iam_role_arn             = aws_iam_role.flowlogs-spot-kops-example-org.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-spot-kops-example-org.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.spot-kops-example-org.id
}

resource "aws_iam_instance_profile" "masters-spot-kops-example-org" {
  name = "masters.spot.kops.example.org"
  role = aws_iam_role.masters-spot-kops-example-org.name
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "masters.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-spot-kops-example-org" {
  name = "nodes.spot.kops.example.org"
  role = aws_iam_role.nodes-spot-kops-example-org.name
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "nodes.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-spot-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.spot.kops.example.org_policy")
  name               = "flowlogs.spot.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "flowlogs.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-spot-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.spot.kops.example.org_policy")
  name               = "masters.spot.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "masters.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-spot-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.spot.kops.example.org_policy")
  name               = "nodes.spot.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "nodes.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-spot-kops-example-org" {
  name   = "flowlogs.spot.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.spot.kops.example.org_policy")
  role   = aws_iam_role.flowlogs-spot-kops-example-org.name
}

resource "aws_iam_role_policy" "masters-spot-kops-example-org" {
  name   = "masters.spot.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.spot.kops.example.org_policy")
  role   = aws_iam_role.masters-spot-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-spot-kops-example-org" {
  name   = "nodes.spot.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.spot.kops.example.org_policy")
  role   = aws_iam_role.nodes-spot-kops-example-org.name
}

resource "aws_internet_gateway" "spot-kops-example-org" {
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_key_pair" "kubernetes-spot-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.spot.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.spot.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "control-plane-ap-southeast-2a-masters-spot-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-ap-southeast-2a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-ap-southeast-2a-masters-spot-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-spot-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-ap-southeast-2a.id
  instance_type = "c6i.large"
  key_name      = aws_key_pair.kubernetes-spot-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-ap-southeast-2a.masters.spot.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-spot-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                           = "spot.kops.example.org"
      "Name"                                        = "control-plane-ap-southeast-2a.masters.spot.kops.example.org"
      "k8s.io/role/control-plane"                   = "1"
      "k8s.io/role/master"                          = "1"
      "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2a"
      "kubernetes.io/cluster/spot.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                           = "spot.kops.example.org"
      "Name"                                        = "control-plane-ap-southeast-2a.masters.spot.kops.example.org"
      "k8s.io/role/control-plane"                   = "1"
      "k8s.io/role/master"                          = "1"
      "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2a"
      "kubernetes.io/cluster/spot.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "control-plane-ap-southeast-2a.masters.spot.kops.example.org"
    "k8s.io/role/control-plane"                   = "1"
    "k8s.io/role/master"                          = "1"
    "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2a"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-ap-southeast-2a.masters.spot.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-ap-southeast-2b-masters-spot-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-ap-southeast-2a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-ap-southeast-2b-masters-spot-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-spot-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-ap-southeast-2a.id
  instance_type = "c6i.large"
  key_name      = aws_key_pair.kubernetes-spot-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-ap-southeast-2b.masters.spot.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-spot-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                           = "spot.kops.example.org"
      "Name"                                        = "control-plane-ap-southeast-2b.masters.spot.kops.example.org"
      "k8s.io/role/control-plane"                   = "1"
      "k8s.io/role/master"                          = "1"
      "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2b"
      "kubernetes.io/cluster/spot.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                           = "spot.kops.example.org"
      "Name"                                        = "control-plane-ap-southeast-2b.masters.spot.kops.example.org"
      "k8s.io/role/control-plane"                   = "1"
      "k8s.io/role/master"                          = "1"
      "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2b"
      "kubernetes.io/cluster/spot.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "control-plane-ap-southeast-2b.masters.spot.kops.example.org"
    "k8s.io/role/control-plane"                   = "1"
    "k8s.io/role/master"                          = "1"
    "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2b"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-ap-southeast-2b.masters.spot.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-ap-southeast-2c-masters-spot-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-ap-southeast-2a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-ap-southeast-2c-masters-spot-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-spot-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-ap-southeast-2a.id
  instance_type = "c6i.large"
  key_name      = aws_key_pair.kubernetes-spot-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-ap-southeast-2c.masters.spot.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-spot-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                           = "spot.kops.example.org"
      "Name"                                        = "control-plane-ap-southeast-2c.masters.spot.kops.example.org"
      "k8s.io/role/control-plane"                   = "1"
      "k8s.io/role/master"                          = "1"
      "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2c"
      "kubernetes.io/cluster/spot.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                           = "spot.kops.example.org"
      "Name"                                        = "control-plane-ap-southeast-2c.masters.spot.kops.example.org"
      "k8s.io/role/control-plane"                   = "1"
      "k8s.io/role/master"                          = "1"
      "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2c"
      "kubernetes.io/cluster/spot.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "control-plane-ap-southeast-2c.masters.spot.kops.example.org"
    "k8s.io/role/control-plane"                   = "1"
    "k8s.io/role/master"                          = "1"
    "kgen.dev/instancegroup"                      = "control-plane-ap-southeast-2c"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-ap-southeast-2c.masters.spot.kops.example.org_user_data"))
}

resource "aws_launch_template" "spot-workers-spot-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-ap-southeast-2a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 128
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-spot-workers-spot-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-spot-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-ap-southeast-2a.id
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-spot-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "spot-workers.spot.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-spot-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                               = "spot.kops.example.org"
      "Name"                                            = "spot-workers.spot.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"               = "1"
      "k8s.io/cluster-autoscaler/spot.kops.example.org" = "owned"
      "k8s.io/role/node"                                = "1"
      "kgen.dev/instancegroup"                          = "spot-workers"
      "kubernetes.io/cluster/spot.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                               = "spot.kops.example.org"
      "Name"                                            = "spot-workers.spot.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"               = "1"
      "k8s.io/cluster-autoscaler/spot.kops.example.org" = "owned"
      "k8s.io/role/node"                                = "1"
      "kgen.dev/instancegroup"                          = "spot-workers"
      "kubernetes.io/cluster/spot.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                               = "spot.kops.example.org"
    "Name"                                            = "spot-workers.spot.kops.example.org"
    "k8s.io/cluster-autoscaler/enabled"               = "1"
    "k8s.io/cluster-autoscaler/spot.kops.example.org" = "owned"
    "k8s.io/role/node"                                = "1"
    "kgen.dev/instancegroup"                          = "spot-workers"
    "kubernetes.io/cluster/spot.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_spot-workers.spot.kops.example.org_user_data"))
}

resource "aws_lb" "api-internal-spot-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-spot-kops-ex-kds27a"
  security_groups                  = [aws_security_group.api-elb-spot-kops-example-org.id]
  subnets                          = [aws_subnet.ap-southeast-2a-spot-kops-example-org.id, aws_subnet.ap-southeast-2b-spot-kops-example-org.id, aws_subnet.ap-southeast-2c-spot-kops-example-org.id]
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "api-internal.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-spot-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-spot-kops-example-org-5hqont"
  security_groups                  = [aws_security_group.api-elb-spot-kops-example-org.id]
  subnets                          = [aws_subnet.ap-southeast-2a-spot-kops-example-org.id, aws_subnet.ap-southeast-2b-spot-kops-example-org.id, aws_subnet.ap-southeast-2c-spot-kops-example-org.id]
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "api.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-spot-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-spot-kops-ex-l6erfl.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-spot-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-spot-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-spot-kops-example-org-sv88me.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-spot-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-internal-spot-kops-ex-l6erfl" {
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
  name               = "tcp-internal-spot-kops-ex-l6erfl"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "tcp-internal-spot-kops-ex-l6erfl"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_lb_target_group" "tcp-spot-kops-example-org-sv88me" {
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
  name               = "tcp-spot-kops-example-org-sv88me"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "tcp-spot-kops-example-org-sv88me"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.spot-kops-example-org.id
  route_table_id         = aws_route_table.spot-kops-example-org.id
}

resource "aws_route53_record" "api-internal-spot-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-spot-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-spot-kops-example-org.zone_id
  }
  name    = "api.internal.spot.kops.example.org"
  type    = "A"
  zone_id = aws_route53_zone.spot-kops-example-org.zone_id
}

resource "aws_route53_zone" "spot-kops-example-org" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "spot.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.spot-kops-example-org.id
  }
}

resource "aws_route_table" "spot-kops-example-org" {
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_route_table_association" "ap-southeast-2a-spot-kops-example-org" {
  route_table_id = aws_route_table.spot-kops-example-org.id
  subnet_id      = aws_subnet.ap-southeast-2a-spot-kops-example-org.id
}

resource "aws_route_table_association" "ap-southeast-2b-spot-kops-example-org" {
  route_table_id = aws_route_table.spot-kops-example-org.id
  subnet_id      = aws_subnet.ap-southeast-2b-spot-kops-example-org.id
}

resource "aws_route_table_association" "ap-southeast-2c-spot-kops-example-org" {
  route_table_id = aws_route_table.spot-kops-example-org.id
  subnet_id      = aws_subnet.ap-southeast-2c-spot-kops-example-org.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-spot-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "spot.kops.example.org/addons/aws-cloud-controller-manager/46c24eb164a3e5a9fe2b5beeba5d508f6c9d366e405a25eb56c0e989f955559d/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.spot.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.spot.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-spot-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "spot.kops.example.org/addons/aws-cloud-controller-manager/46c24eb164a3e5a9fe2b5beeba5d508f6c9d366e405a25eb56c0e989f955559d/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.spot.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.spot.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-spot-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "spot.kops.example.org/addons/aws-ebs-csi-driver/a4aa64f873761184978dd0a98d70f3b435ff0d8e6441b2a67db0b220d185239f/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.spot.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.spot.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-spot-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "spot.kops.example.org/addons/aws-ebs-csi-driver/a4aa64f873761184978dd0a98d70f3b435ff0d8e6441b2a67db0b220d185239f/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.spot.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.spot.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-spot-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "spot.kops.example.org/addons/aws-ebs-csi-driver/a4aa64f873761184978dd0a98d70f3b435ff0d8e6441b2a67db0b220d185239f/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.spot.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.spot.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-ap-southeast-2a-masters-spot-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "spot.kops.example.org/nodeup/control-plane-ap-southeast-2a/38935a6c5c7e45a7d5d123117c08da55575d379db01ccc511bacabe8b18d02c1.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-ap-southeast-2a.masters.spot.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-ap-southeast-2a.masters.spot.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-ap-southeast-2b-masters-spot-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "spot.kops.example.org/nodeup/control-plane-ap-southeast-2b/3b79a478142da50ab83d1822d2fe4ddc7346b595b346d5dd3211732376333a0d.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-ap-southeast-2b.masters.spot.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-ap-southeast-2b.masters.spot.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-ap-southeast-2c-masters-spot-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "spot.kops.example.org/nodeup/control-plane-ap-southeast-2c/04609d4e11a916321d5d5e6c71b1a3e8b902328d57522598e8c4dc0f6518c199.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-ap-southeast-2c.masters.spot.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-ap-southeast-2c.masters.spot.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-spot-workers-spot-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "spot.kops.example.org/nodeup/spot-workers/368b1e996a212ef26e935817c51e20a1f74031895bed4f8524f749ceb3202572.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.spot-workers.spot.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.spot-workers.spot.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-spot-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.spot.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "api-elb.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_security_group" "masters-spot-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.spot.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "masters.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_security_group" "nodes-spot-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.spot.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "nodes.spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-masters-spot-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-spot-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-nodes-spot-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-spot-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-spot-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-spot-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-spot-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-spot-kops-example-org-ingress-tcp-6443to6443-masters-spot-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-spot-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-spot-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-spot-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-spot-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-spot-kops-example-org-ingress-all-0to0-masters-spot-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-spot-kops-example-org.id
  source_security_group_id = aws_security_group.masters-spot-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-spot-kops-example-org-ingress-all-0to0-nodes-spot-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-spot-kops-example-org.id
  source_security_group_id = aws_security_group.masters-spot-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-spot-kops-example-org-ingress-tcp-10250to10250-nodes-spot-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-spot-kops-example-org.id
  source_security_group_id = aws_security_group.masters-spot-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-spot-kops-example-org-ingress-tcp-443to443-api-elb-spot-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-spot-kops-example-org.id
  source_security_group_id = aws_security_group.masters-spot-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-spot-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-spot-kops-example-org-ingress-all-0to0-masters-spot-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-spot-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-spot-kops-example-org-ingress-all-0to0-nodes-spot-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-spot-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-spot-kops-example-org-ingress-tcp-10250to10250-masters-spot-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-spot-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-spot-kops-example-org-ingress-tcp-10250to10250-nodes-spot-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-spot-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-spot-kops-example-org-ingress-tcp-30000to32767-nodes-spot-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-spot-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-spot-kops-example-org-ingress-tcp-443to443-api-elb-spot-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-spot-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-spot-kops-example-org-ingress-tcp-6443to6443-masters-spot-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-spot-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-spot-kops-example-org-ingress-udp-30000to32767-nodes-spot-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-spot-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-spot-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-spot-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-spot-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-spot-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-spot-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-spot-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-spot-kops-example-org]
  description    = "kgen: the add-ons of cluster spot.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.spot.kops.example.org_value")
  name           = "/kgen/spot.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "/kgen/spot.kops.example.org/addons"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "ap-southeast-2a-spot-kops-example-org" {
  availability_zone                           = "ap-southeast-2a"
  cidr_block                                  = "10.60.10.0/24"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "ap-southeast-2a.spot.kops.example.org"
    "SubnetType"                                  = "Public"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                      = "1"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_subnet" "ap-southeast-2b-spot-kops-example-org" {
  availability_zone                           = "ap-southeast-2b"
  cidr_block                                  = "10.60.20.0/24"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "ap-southeast-2b.spot.kops.example.org"
    "SubnetType"                                  = "Public"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                      = "1"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_subnet" "ap-southeast-2c-spot-kops-example-org" {
  availability_zone                           = "ap-southeast-2c"
  cidr_block                                  = "10.60.30.0/24"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "ap-southeast-2c.spot.kops.example.org"
    "SubnetType"                                  = "Public"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                      = "1"
  }
  vpc_id = aws_vpc.spot-kops-example-org.id
}

resource "aws_vpc" "spot-kops-example-org" {
  cidr_block           = "10.60.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "spot-kops-example-org" {
  domain_name         = "ap-southeast-2.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                           = "spot.kops.example.org"
    "Name"                                        = "spot.kops.example.org"
    "kubernetes.io/cluster/spot.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "spot-kops-example-org" {
  dhcp_options_id = aws_vpc_dhcp_options.spot-kops-example-org.id
  vpc_id          = aws_vpc.spot-kops-example-org.id
}

resource "terraform_data" "config-store-spot-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-spot-kops-example-org.keys, "spot.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/spot.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/spot.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
    }
  }
}

data "aws_ami" "image-control-plane-ap-southeast-2a" {
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250305"]
  }
  most_recent = true
  owners      = ["099720109477"]
}

data "aws_s3_objects" "config-store-ca-spot-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "spot.kops.example.org/pki/ca.crt"
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
