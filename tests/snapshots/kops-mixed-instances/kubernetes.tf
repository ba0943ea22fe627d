locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-mixedinstances-example-com.dns_name
  api_internal_name                   = "api.internal.mixedinstances.example.com"
  api_load_balancer_dns_name          = aws_lb.api-mixedinstances-example-com.dns_name
  cluster_name                        = "mixedinstances.example.com"
  config_base                         = "memfs://clusters.example.com/mixedinstances.example.com"
  master_autoscaling_group_ids        = [aws_autoscaling_group.master-us-test-1a-masters-mixedinstances-example-com.id, aws_autoscaling_group.master-us-test-1b-masters-mixedinstances-example-com.id, aws_autoscaling_group.master-us-test-1c-masters-mixedinstances-example-com.id]
  master_security_group_ids           = [aws_security_group.masters-mixedinstances-example-com.id]
  masters_role_arn                    = aws_iam_role.masters-mixedinstances-example-com.arn
  masters_role_name                   = aws_iam_role.masters-mixedinstances-example-com.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-mixedinstances-example-com.id]
  node_security_group_ids             = [aws_security_group.nodes-mixedinstances-example-com.id]
  node_subnet_ids                     = [aws_subnet.us-test-1b-mixedinstances-example-com.id]
  nodes_role_arn                      = aws_iam_role.nodes-mixedinstances-example-com.arn
  nodes_role_name                     = aws_iam_role.nodes-mixedinstances-example-com.name
  region                              = "us-test-1"
  vpc_cidr_block                      = aws_vpc.mixedinstances-example-com.cidr_block
  vpc_id                              = aws_vpc.mixedinstances-example-com.id
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
  region = "us-test-1"
}

resource "aws_autoscaling_group" "master-us-test-1a-masters-mixedinstances-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.master-us-test-1a-masters-mixedinstances-example-com.id
    version = aws_launch_template.master-us-test-1a-masters-mixedinstances-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "master-us-test-1a.masters.mixedinstances.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "mixedinstances.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "master-us-test-1a.masters.mixedinstances.example.com"
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
    value               = "master-us-test-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/mixedinstances.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-mixedinstances-exampl-qp55f1.arn, aws_lb_target_group.tcp-internal-mixedinstanc-p2mkbg.arn]
  vpc_zone_identifier = [aws_subnet.us-test-1a-mixedinstances-example-com.id]
}

resource "aws_autoscaling_group" "master-us-test-1b-masters-mixedinstances-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.master-us-test-1b-masters-mixedinstances-example-com.id
    version = aws_launch_template.master-us-test-1b-masters-mixedinstances-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "master-us-test-1b.masters.mixedinstances.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "mixedinstances.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "master-us-test-1b.masters.mixedinstances.example.com"
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
    value               = "master-us-test-1b"
  }
  tag {
    key                 = "kubernetes.io/cluster/mixedinstances.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-mixedinstances-exampl-qp55f1.arn, aws_lb_target_group.tcp-internal-mixedinstanc-p2mkbg.arn]
  vpc_zone_identifier = [aws_subnet.us-test-1b-mixedinstances-example-com.id]
}

resource "aws_autoscaling_group" "master-us-test-1c-masters-mixedinstances-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.master-us-test-1c-masters-mixedinstances-example-com.id
    version = aws_launch_template.master-us-test-1c-masters-mixedinstances-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "master-us-test-1c.masters.mixedinstances.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "mixedinstances.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "master-us-test-1c.masters.mixedinstances.example.com"
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
    value               = "master-us-test-1c"
  }
  tag {
    key                 = "kubernetes.io/cluster/mixedinstances.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-mixedinstances-exampl-qp55f1.arn, aws_lb_target_group.tcp-internal-mixedinstanc-p2mkbg.arn]
  vpc_zone_identifier = [aws_subnet.us-test-1c-mixedinstances-example-com.id]
}

resource "aws_autoscaling_group" "nodes-mixedinstances-example-com" {
  enabled_metrics       = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  max_instance_lifetime = 0
  max_size              = 2
  metrics_granularity   = "1Minute"
  min_size              = 2
  mixed_instances_policy {
    instances_distribution {
      on_demand_allocation_strategy            = "prioritized"
      on_demand_base_capacity                  = 0
      on_demand_percentage_above_base_capacity = 5
      spot_allocation_strategy                 = "lowest-price"
      spot_instance_pools                      = 3
      spot_max_price                           = ""
    }
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.nodes-mixedinstances-example-com.id
        version            = aws_launch_template.nodes-mixedinstances-example-com.latest_version
      }
      override {
        instance_type = "m5.large"
      }
      override {
        instance_type = "m5.xlarge"
      }
      override {
        instance_type = "t2.medium"
      }
    }
  }
  name                  = "nodes.mixedinstances.example.com"
  protect_from_scale_in = true
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "mixedinstances.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.mixedinstances.example.com"
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
    key                 = "kubernetes.io/cluster/mixedinstances.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.us-test-1b-mixedinstances-example-com.id]
}

resource "aws_ebs_volume" "us-test-1a-etcd-main-mixedinstances-example-com" {
  availability_zone = "us-test-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "us-test-1a.etcd-main.mixedinstances.example.com"
    "k8s.io/etcd/main"                                 = "us-test-1a/us-test-1a,us-test-1b,us-test-1c"
    "k8s.io/role/control-plane"                        = "1"
    "k8s.io/role/master"                               = "1"
    "kgen.dev/instancegroup"                           = "master-us-test-1a"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "us-test-1b-etcd-main-mixedinstances-example-com" {
  availability_zone = "us-test-1b"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "us-test-1b.etcd-main.mixedinstances.example.com"
    "k8s.io/etcd/main"                                 = "us-test-1b/us-test-1a,us-test-1b,us-test-1c"
    "k8s.io/role/control-plane"                        = "1"
    "k8s.io/role/master"                               = "1"
    "kgen.dev/instancegroup"                           = "master-us-test-1b"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "us-test-1c-etcd-main-mixedinstances-example-com" {
  availability_zone = "us-test-1c"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "us-test-1c.etcd-main.mixedinstances.example.com"
    "k8s.io/etcd/main"                                 = "us-test-1c/us-test-1a,us-test-1b,us-test-1c"
    "k8s.io/role/control-plane"                        = "1"
    "k8s.io/role/master"                               = "1"
    "kgen.dev/instancegroup"                           = "master-us-test-1c"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_iam_instance_profile" "masters-mixedinstances-example-com" {
  name = "masters.mixedinstances.example.com"
  role = aws_iam_role.masters-mixedinstances-example-com.name
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "masters.mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-mixedinstances-example-com" {
  name = "nodes.mixedinstances.example.com"
  role = aws_iam_role.nodes-mixedinstances-example-com.name
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "nodes.mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
}

resource "aws_iam_role" "masters-mixedinstances-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.mixedinstances.example.com_policy")
  name               = "masters.mixedinstances.example.com"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "masters.mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
}

resource "aws_iam_role" "nodes-mixedinstances-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.mixedinstances.example.com_policy")
  name               = "nodes.mixedinstances.example.com"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "nodes.mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
}

resource "aws_iam_role_policy" "masters-mixedinstances-example-com" {
  name   = "masters.mixedinstances.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.mixedinstances.example.com_policy")
  role   = aws_iam_role.masters-mixedinstances-example-com.name
}

resource "aws_iam_role_policy" "nodes-mixedinstances-example-com" {
  name   = "nodes.mixedinstances.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.mixedinstances.example.com_policy")
  role   = aws_iam_role.nodes-mixedinstances-example-com.name
}

resource "aws_internet_gateway" "mixedinstances-example-com" {
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_key_pair" "kubernetes-mixedinstances-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57" {
  key_name   = "kubernetes.mixedinstances.example.com-c4:a6:ed:9a:a8:89:b9:e2:c3:9c:d6:63:eb:9c:71:57"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.mixedinstances.example.com-c4a6ed9aa889b9e2c39cd663eb9c7157_public_key")
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
}

resource "aws_launch_template" "master-us-test-1a-masters-mixedinstances-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-master-us-test-1a.root_device_name
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
    name = aws_iam_instance_profile.masters-mixedinstances-example-com.id
  }
  image_id      = data.aws_ami.image-master-us-test-1a.id
  instance_type = "m3.medium"
  key_name      = aws_key_pair.kubernetes-mixedinstances-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "master-us-test-1a.masters.mixedinstances.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-mixedinstances-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                = "mixedinstances.example.com"
      "Name"                                             = "master-us-test-1a.masters.mixedinstances.example.com"
      "k8s.io/role/control-plane"                        = "1"
      "k8s.io/role/master"                               = "1"
      "kgen.dev/instancegroup"                           = "master-us-test-1a"
      "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                = "mixedinstances.example.com"
      "Name"                                             = "master-us-test-1a.masters.mixedinstances.example.com"
      "k8s.io/role/control-plane"                        = "1"
      "k8s.io/role/master"                               = "1"
      "kgen.dev/instancegroup"                           = "master-us-test-1a"
      "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "master-us-test-1a.masters.mixedinstances.example.com"
    "k8s.io/role/control-plane"                        = "1"
    "k8s.io/role/master"                               = "1"
    "kgen.dev/instancegroup"                           = "master-us-test-1a"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_master-us-test-1a.masters.mixedinstances.example.com_user_data"))
}

resource "aws_launch_template" "master-us-test-1b-masters-mixedinstances-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-master-us-test-1a.root_device_name
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
    name = aws_iam_instance_profile.masters-mixedinstances-example-com.id
  }
  image_id      = data.aws_ami.image-master-us-test-1a.id
  instance_type = "m3.medium"
  key_name      = aws_key_pair.kubernetes-mixedinstances-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "master-us-test-1b.masters.mixedinstances.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-mixedinstances-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                = "mixedinstances.example.com"
      "Name"                                             = "master-us-test-1b.masters.mixedinstances.example.com"
      "k8s.io/role/control-plane"                        = "1"
      "k8s.io/role/master"                               = "1"
      "kgen.dev/instancegroup"                           = "master-us-test-1b"
      "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                = "mixedinstances.example.com"
      "Name"                                             = "master-us-test-1b.masters.mixedinstances.example.com"
      "k8s.io/role/control-plane"                        = "1"
      "k8s.io/role/master"                               = "1"
      "kgen.dev/instancegroup"                           = "master-us-test-1b"
      "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "master-us-test-1b.masters.mixedinstances.example.com"
    "k8s.io/role/control-plane"                        = "1"
    "k8s.io/role/master"                               = "1"
    "kgen.dev/instancegroup"                           = "master-us-test-1b"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_master-us-test-1b.masters.mixedinstances.example.com_user_data"))
}

resource "aws_launch_template" "master-us-test-1c-masters-mixedinstances-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-master-us-test-1a.root_device_name
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
    name = aws_iam_instance_profile.masters-mixedinstances-example-com.id
  }
  image_id      = data.aws_ami.image-master-us-test-1a.id
  instance_type = "m3.medium"
  key_name      = aws_key_pair.kubernetes-mixedinstances-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "master-us-test-1c.masters.mixedinstances.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-mixedinstances-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                = "mixedinstances.example.com"
      "Name"                                             = "master-us-test-1c.masters.mixedinstances.example.com"
      "k8s.io/role/control-plane"                        = "1"
      "k8s.io/role/master"                               = "1"
      "kgen.dev/instancegroup"                           = "master-us-test-1c"
      "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                = "mixedinstances.example.com"
      "Name"                                             = "master-us-test-1c.masters.mixedinstances.example.com"
      "k8s.io/role/control-plane"                        = "1"
      "k8s.io/role/master"                               = "1"
      "kgen.dev/instancegroup"                           = "master-us-test-1c"
      "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "master-us-test-1c.masters.mixedinstances.example.com"
    "k8s.io/role/control-plane"                        = "1"
    "k8s.io/role/master"                               = "1"
    "kgen.dev/instancegroup"                           = "master-us-test-1c"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_master-us-test-1c.masters.mixedinstances.example.com_user_data"))
}

resource "aws_launch_template" "nodes-mixedinstances-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-master-us-test-1a.root_device_name
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
    name = aws_iam_instance_profile.nodes-mixedinstances-example-com.id
  }
  image_id      = data.aws_ami.image-master-us-test-1a.id
  instance_type = "t2.medium"
  key_name      = aws_key_pair.kubernetes-mixedinstances-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "nodes.mixedinstances.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-mixedinstances-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                = "mixedinstances.example.com"
      "Name"                                             = "nodes.mixedinstances.example.com"
      "k8s.io/role/node"                                 = "1"
      "kgen.dev/instancegroup"                           = "nodes"
      "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                = "mixedinstances.example.com"
      "Name"                                             = "nodes.mixedinstances.example.com"
      "k8s.io/role/node"                                 = "1"
      "kgen.dev/instancegroup"                           = "nodes"
      "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "nodes.mixedinstances.example.com"
    "k8s.io/role/node"                                 = "1"
    "kgen.dev/instancegroup"                           = "nodes"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.mixedinstances.example.com_user_data"))
}

resource "aws_lb" "api-internal-mixedinstances-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-mixedinstanc-fstf3i"
  security_groups                  = [aws_security_group.api-elb-mixedinstances-example-com.id]
  subnets                          = [aws_subnet.us-test-1a-mixedinstances-example-com.id, aws_subnet.us-test-1b-mixedinstances-example-com.id, aws_subnet.us-test-1c-mixedinstances-example-com.id]
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "api-internal.mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
}

resource "aws_lb" "api-mixedinstances-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-mixedinstances-exampl-q72dhl"
  security_groups                  = [aws_security_group.api-elb-mixedinstances-example-com.id]
  subnets                          = [aws_subnet.us-test-1a-mixedinstances-example-com.id, aws_subnet.us-test-1b-mixedinstances-example-com.id, aws_subnet.us-test-1c-mixedinstances-example-com.id]
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "api.mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-mixedinstances-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-mixedinstanc-p2mkbg.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-mixedinstances-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-mixedinstances-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-mixedinstances-exampl-qp55f1.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-mixedinstances-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-internal-mixedinstanc-p2mkbg" {
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
  name               = "tcp-internal-mixedinstanc-p2mkbg"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "tcp-internal-mixedinstanc-p2mkbg"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_lb_target_group" "tcp-mixedinstances-exampl-qp55f1" {
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
  name               = "tcp-mixedinstances-exampl-qp55f1"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "tcp-mixedinstances-exampl-qp55f1"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.mixedinstances-example-com.id
  route_table_id         = aws_route_table.mixedinstances-example-com.id
}

resource "aws_route53_record" "api-internal-mixedinstances-example-com" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-mixedinstances-example-com.dns_name
    zone_id                = aws_lb.api-internal-mixedinstances-example-com.zone_id
  }
  name    = "api.internal.mixedinstances.example.com"
  type    = "A"
  zone_id = aws_route53_zone.mixedinstances-example-com.zone_id
}

resource "aws_route53_zone" "mixedinstances-example-com" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "mixedinstances.example.com"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.mixedinstances-example-com.id
  }
}

resource "aws_route_table" "mixedinstances-example-com" {
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_route_table_association" "us-test-1a-mixedinstances-example-com" {
  route_table_id = aws_route_table.mixedinstances-example-com.id
  subnet_id      = aws_subnet.us-test-1a-mixedinstances-example-com.id
}

resource "aws_route_table_association" "us-test-1b-mixedinstances-example-com" {
  route_table_id = aws_route_table.mixedinstances-example-com.id
  subnet_id      = aws_subnet.us-test-1b-mixedinstances-example-com.id
}

resource "aws_route_table_association" "us-test-1c-mixedinstances-example-com" {
  route_table_id = aws_route_table.mixedinstances-example-com.id
  subnet_id      = aws_subnet.us-test-1c-mixedinstances-example-com.id
}

resource "aws_security_group" "api-elb-mixedinstances-example-com" {
  description = "Security group for the API load balancer"
  name        = "api-elb.mixedinstances.example.com"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "api-elb.mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_security_group" "masters-mixedinstances-example-com" {
  description = "Security group for control-plane nodes"
  name        = "masters.mixedinstances.example.com"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "masters.mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_security_group" "nodes-mixedinstances-example-com" {
  description = "Security group for worker nodes"
  name        = "nodes.mixedinstances.example.com"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "nodes.mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-masters-mixedinstances-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-mixedinstances-example-com.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-nodes-mixedinstances-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-mixedinstances-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-mixedinstances-example-com.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-mixedinstances-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-mixedinstances-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-mixedinstances-example-com-ingress-tcp-6443to6443-masters-mixedinstances-example-com" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.api-elb-mixedinstances-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-mixedinstances-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-mixedinstances-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-mixedinstances-example-com-ingress-all-0to0-masters-mixedinstances-example-com" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.masters-mixedinstances-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-mixedinstances-example-com-ingress-all-0to0-nodes-mixedinstances-example-com" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.masters-mixedinstances-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-mixedinstances-example-com-ingress-tcp-10250to10250-nodes-mixedinstances-example-com" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.masters-mixedinstances-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-mixedinstances-example-com-ingress-tcp-443to443-api-elb-mixedinstances-example-com" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.masters-mixedinstances-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-mixedinstances-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-mixedinstances-example-com-ingress-all-0to0-masters-mixedinstances-example-com" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-mixedinstances-example-com-ingress-all-0to0-nodes-mixedinstances-example-com" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-mixedinstances-example-com-ingress-tcp-10250to10250-masters-mixedinstances-example-com" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-mixedinstances-example-com-ingress-tcp-10250to10250-nodes-mixedinstances-example-com" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-mixedinstances-example-com-ingress-tcp-30000to32767-nodes-mixedinstances-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-mixedinstances-example-com-ingress-tcp-443to443-api-elb-mixedinstances-example-com" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-mixedinstances-example-com-ingress-tcp-6443to6443-masters-mixedinstances-example-com" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-mixedinstances-example-com-ingress-udp-30000to32767-nodes-mixedinstances-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-mixedinstances-example-com.id
  source_security_group_id = aws_security_group.nodes-mixedinstances-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_subnet" "us-test-1a-mixedinstances-example-com" {
  availability_zone                           = "us-test-1a"
  cidr_block                                  = "10.0.1.0/24"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "us-test-1a.mixedinstances.example.com"
    "SubnetType"                                       = "Public"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    "kubernetes.io/role/elb"                           = "1"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_subnet" "us-test-1b-mixedinstances-example-com" {
  availability_zone                           = "us-test-1b"
  cidr_block                                  = "10.0.2.0/24"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "us-test-1b.mixedinstances.example.com"
    "SubnetType"                                       = "Public"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    "kubernetes.io/role/elb"                           = "1"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_subnet" "us-test-1c-mixedinstances-example-com" {
  availability_zone                           = "us-test-1c"
  cidr_block                                  = "10.0.3.0/24"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "us-test-1c.mixedinstances.example.com"
    "SubnetType"                                       = "Public"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
    "kubernetes.io/role/elb"                           = "1"
  }
  vpc_id = aws_vpc.mixedinstances-example-com.id
}

resource "aws_vpc" "mixedinstances-example-com" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "mixedinstances-example-com" {
  domain_name         = "us-test-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                                = "mixedinstances.example.com"
    "Name"                                             = "mixedinstances.example.com"
    "kubernetes.io/cluster/mixedinstances.example.com" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "mixedinstances-example-com" {
  dhcp_options_id = aws_vpc_dhcp_options.mixedinstances-example-com.id
  vpc_id          = aws_vpc.mixedinstances-example-com.id
}

resource "terraform_data" "config-store-mixedinstances-example-com" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase memfs://clusters.example.com/mixedinstances.example.com is kops' in-memory test store; nodes cannot read the cluster's CA and join token there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
    }
  }
}

data "aws_ami" "image-master-us-test-1a" {
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-resolute-26.04-amd64-server-20220404"]
  }
  most_recent = true
  owners      = ["099720109477"]
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
