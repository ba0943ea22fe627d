locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-privateflannel-example-com.dns_name
  api_internal_name                   = "api.internal.privateflannel.example.com"
  api_load_balancer_dns_name          = aws_lb.api-privateflannel-example-com.dns_name
  bastion_autoscaling_group_ids       = [aws_autoscaling_group.bastion-privateflannel-example-com.id]
  bastion_load_balancer_dns_name      = aws_lb.bastion-privateflannel-example-com.dns_name
  bastion_security_group_ids          = [aws_security_group.bastion-privateflannel-example-com.id]
  bastions_role_arn                   = aws_iam_role.bastions-privateflannel-example-com.arn
  bastions_role_name                  = aws_iam_role.bastions-privateflannel-example-com.name
  cluster_name                        = "privateflannel.example.com"
  config_base                         = "memfs://clusters.example.com/privateflannel.example.com"
  master_autoscaling_group_ids        = [aws_autoscaling_group.master-us-test-1a-masters-privateflannel-example-com.id]
  master_security_group_ids           = [aws_security_group.masters-privateflannel-example-com.id]
  masters_role_arn                    = aws_iam_role.masters-privateflannel-example-com.arn
  masters_role_name                   = aws_iam_role.masters-privateflannel-example-com.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-privateflannel-example-com.id]
  node_security_group_ids             = [aws_security_group.nodes-privateflannel-example-com.id]
  node_subnet_ids                     = [aws_subnet.us-test-1a-privateflannel-example-com.id]
  nodes_role_arn                      = aws_iam_role.nodes-privateflannel-example-com.arn
  nodes_role_name                     = aws_iam_role.nodes-privateflannel-example-com.name
  region                              = "us-test-1"
  vpc_cidr_block                      = aws_vpc.privateflannel-example-com.cidr_block
  vpc_id                              = aws_vpc.privateflannel-example-com.id
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
  region = "us-test-1"
}

resource "aws_autoscaling_group" "bastion-privateflannel-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.bastion-privateflannel-example-com.id
    version = aws_launch_template.bastion-privateflannel-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "bastion.privateflannel.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "privateflannel.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "bastion.privateflannel.example.com"
  }
  tag {
    key                 = "k8s.io/role/bastion"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "kgen.dev/instancegroup"
    propagate_at_launch = true
    value               = "bastion"
  }
  tag {
    key                 = "kubernetes.io/cluster/privateflannel.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.bastion-privateflannel-ex-753531.arn]
  vpc_zone_identifier = [aws_subnet.utility-us-test-1a-privateflannel-example-com.id]
}

resource "aws_autoscaling_group" "master-us-test-1a-masters-privateflannel-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.master-us-test-1a-masters-privateflannel-example-com.id
    version = aws_launch_template.master-us-test-1a-masters-privateflannel-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "master-us-test-1a.masters.privateflannel.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "privateflannel.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "master-us-test-1a.masters.privateflannel.example.com"
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
    key                 = "kubernetes.io/cluster/privateflannel.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-privateflannel-exampl-59fj2g.arn, aws_lb_target_group.tcp-internal-privateflann-3iverj.arn]
  vpc_zone_identifier = [aws_subnet.us-test-1a-privateflannel-example-com.id]
}

resource "aws_autoscaling_group" "nodes-privateflannel-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-privateflannel-example-com.id
    version = aws_launch_template.nodes-privateflannel-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 2
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.privateflannel.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "privateflannel.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.privateflannel.example.com"
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
    key                 = "kubernetes.io/cluster/privateflannel.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.us-test-1a-privateflannel-example-com.id]
}

resource "aws_ebs_volume" "us-test-1a-etcd-main-privateflannel-example-com" {
  availability_zone = "us-test-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "us-test-1a.etcd-main.privateflannel.example.com"
    "k8s.io/etcd/main"                                 = "us-test-1a/us-test-1a"
    "k8s.io/role/control-plane"                        = "1"
    "k8s.io/role/master"                               = "1"
    "kgen.dev/instancegroup"                           = "master-us-test-1a"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_eip" "us-test-1a-privateflannel-example-com" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "us-test-1a.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_iam_instance_profile" "bastions-privateflannel-example-com" {
  name = "bastions.privateflannel.example.com"
  role = aws_iam_role.bastions-privateflannel-example-com.name
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "bastions.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_iam_instance_profile" "masters-privateflannel-example-com" {
  name = "masters.privateflannel.example.com"
  role = aws_iam_role.masters-privateflannel-example-com.name
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "masters.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-privateflannel-example-com" {
  name = "nodes.privateflannel.example.com"
  role = aws_iam_role.nodes-privateflannel-example-com.name
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "nodes.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_iam_role" "bastions-privateflannel-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_bastions.privateflannel.example.com_policy")
  name               = "bastions.privateflannel.example.com"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "bastions.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_iam_role" "masters-privateflannel-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.privateflannel.example.com_policy")
  name               = "masters.privateflannel.example.com"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "masters.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_iam_role" "nodes-privateflannel-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.privateflannel.example.com_policy")
  name               = "nodes.privateflannel.example.com"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "nodes.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_iam_role_policy" "masters-privateflannel-example-com" {
  name   = "masters.privateflannel.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.privateflannel.example.com_policy")
  role   = aws_iam_role.masters-privateflannel-example-com.name
}

resource "aws_iam_role_policy" "nodes-privateflannel-example-com" {
  name   = "nodes.privateflannel.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.privateflannel.example.com_policy")
  role   = aws_iam_role.nodes-privateflannel-example-com.name
}

resource "aws_internet_gateway" "privateflannel-example-com" {
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_key_pair" "kubernetes-privateflannel-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57" {
  key_name   = "kubernetes.privateflannel.example.com-c4:a6:ed:9a:a8:89:b9:e2:c3:9c:d6:63:eb:9c:71:57"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.privateflannel.example.com-c4a6ed9aa889b9e2c39cd663eb9c7157_public_key")
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_launch_template" "bastion-privateflannel-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-bastion.root_device_name
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
    name = aws_iam_instance_profile.bastions-privateflannel-example-com.id
  }
  image_id      = data.aws_ami.image-bastion.id
  instance_type = "t2.micro"
  key_name      = aws_key_pair.kubernetes-privateflannel-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "bastion.privateflannel.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.bastion-privateflannel-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                = "privateflannel.example.com"
      "Name"                                             = "bastion.privateflannel.example.com"
      "k8s.io/role/bastion"                              = "1"
      "kgen.dev/instancegroup"                           = "bastion"
      "kubernetes.io/cluster/privateflannel.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                = "privateflannel.example.com"
      "Name"                                             = "bastion.privateflannel.example.com"
      "k8s.io/role/bastion"                              = "1"
      "kgen.dev/instancegroup"                           = "bastion"
      "kubernetes.io/cluster/privateflannel.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "bastion.privateflannel.example.com"
    "k8s.io/role/bastion"                              = "1"
    "kgen.dev/instancegroup"                           = "bastion"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_bastion.privateflannel.example.com_user_data"))
}

resource "aws_launch_template" "master-us-test-1a-masters-privateflannel-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-bastion.root_device_name
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
    name = aws_iam_instance_profile.masters-privateflannel-example-com.id
  }
  image_id      = data.aws_ami.image-bastion.id
  instance_type = "m3.medium"
  key_name      = aws_key_pair.kubernetes-privateflannel-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "master-us-test-1a.masters.privateflannel.example.com"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-privateflannel-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                = "privateflannel.example.com"
      "Name"                                             = "master-us-test-1a.masters.privateflannel.example.com"
      "k8s.io/role/control-plane"                        = "1"
      "k8s.io/role/master"                               = "1"
      "kgen.dev/instancegroup"                           = "master-us-test-1a"
      "kubernetes.io/cluster/privateflannel.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                = "privateflannel.example.com"
      "Name"                                             = "master-us-test-1a.masters.privateflannel.example.com"
      "k8s.io/role/control-plane"                        = "1"
      "k8s.io/role/master"                               = "1"
      "kgen.dev/instancegroup"                           = "master-us-test-1a"
      "kubernetes.io/cluster/privateflannel.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "master-us-test-1a.masters.privateflannel.example.com"
    "k8s.io/role/control-plane"                        = "1"
    "k8s.io/role/master"                               = "1"
    "kgen.dev/instancegroup"                           = "master-us-test-1a"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_master-us-test-1a.masters.privateflannel.example.com_user_data"))
}

resource "aws_launch_template" "nodes-privateflannel-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-bastion.root_device_name
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
    name = aws_iam_instance_profile.nodes-privateflannel-example-com.id
  }
  image_id      = data.aws_ami.image-bastion.id
  instance_type = "t2.medium"
  key_name      = aws_key_pair.kubernetes-privateflannel-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "nodes.privateflannel.example.com"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-privateflannel-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                = "privateflannel.example.com"
      "Name"                                             = "nodes.privateflannel.example.com"
      "k8s.io/role/node"                                 = "1"
      "kgen.dev/instancegroup"                           = "nodes"
      "kubernetes.io/cluster/privateflannel.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                = "privateflannel.example.com"
      "Name"                                             = "nodes.privateflannel.example.com"
      "k8s.io/role/node"                                 = "1"
      "kgen.dev/instancegroup"                           = "nodes"
      "kubernetes.io/cluster/privateflannel.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "nodes.privateflannel.example.com"
    "k8s.io/role/node"                                 = "1"
    "kgen.dev/instancegroup"                           = "nodes"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.privateflannel.example.com_user_data"))
}

resource "aws_lb" "api-internal-privateflannel-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-privateflann-mdol1c"
  security_groups                  = [aws_security_group.api-elb-privateflannel-example-com.id]
  subnets                          = [aws_subnet.us-test-1a-privateflannel-example-com.id]
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "api-internal.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_lb" "api-privateflannel-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-privateflannel-exampl-hsu11v"
  security_groups                  = [aws_security_group.api-elb-privateflannel-example-com.id]
  subnets                          = [aws_subnet.utility-us-test-1a-privateflannel-example-com.id]
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "api.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_lb" "bastion-privateflannel-example-com" {
  enable_cross_zone_load_balancing = false
  internal                         = false
  load_balancer_type               = "network"
  name                             = "bastion-privateflannel-ex-753531"
  security_groups                  = [aws_security_group.bastion-elb-privateflannel-example-com.id]
  subnets                          = [aws_subnet.utility-us-test-1a-privateflannel-example-com.id]
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "bastion.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-privateflannel-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-privateflann-3iverj.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-privateflannel-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-privateflannel-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-privateflannel-exampl-59fj2g.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-privateflannel-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "bastion-privateflannel-example-com-22" {
  default_action {
    target_group_arn = aws_lb_target_group.bastion-privateflannel-ex-753531.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.bastion-privateflannel-example-com.arn
  port              = 22
  protocol          = "TCP"
}

resource "aws_lb_target_group" "bastion-privateflannel-ex-753531" {
  connection_termination = true
  deregistration_delay   = "30"
  health_check {
    healthy_threshold   = 2
    interval            = 10
    protocol            = "TCP"
    unhealthy_threshold = 2
  }
  name               = "bastion-privateflannel-ex-753531"
  port               = 22
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "bastion-privateflannel-ex-753531"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_lb_target_group" "tcp-internal-privateflann-3iverj" {
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
  name               = "tcp-internal-privateflann-3iverj"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "tcp-internal-privateflann-3iverj"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_lb_target_group" "tcp-privateflannel-exampl-59fj2g" {
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
  name               = "tcp-privateflannel-exampl-59fj2g"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "tcp-privateflannel-exampl-59fj2g"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_nat_gateway" "us-test-1a-privateflannel-example-com" {
  allocation_id = aws_eip.us-test-1a-privateflannel-example-com.id
  subnet_id     = aws_subnet.utility-us-test-1a-privateflannel-example-com.id
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "us-test-1a.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.privateflannel-example-com.id
  route_table_id         = aws_route_table.privateflannel-example-com.id
}

resource "aws_route" "route-private-us-test-1a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.us-test-1a-privateflannel-example-com.id
  route_table_id         = aws_route_table.private-us-test-1a-privateflannel-example-com.id
}

resource "aws_route53_record" "api-internal-privateflannel-example-com" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-privateflannel-example-com.dns_name
    zone_id                = aws_lb.api-internal-privateflannel-example-com.zone_id
  }
  name    = "api.internal.privateflannel.example.com"
  type    = "A"
  zone_id = aws_route53_zone.privateflannel-example-com.zone_id
}

resource "aws_route53_zone" "privateflannel-example-com" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "privateflannel.example.com"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.privateflannel-example-com.id
  }
}

resource "aws_route_table" "private-us-test-1a-privateflannel-example-com" {
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "private-us-test-1a.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_route_table" "privateflannel-example-com" {
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_route_table_association" "private-us-test-1a-privateflannel-example-com" {
  route_table_id = aws_route_table.private-us-test-1a-privateflannel-example-com.id
  subnet_id      = aws_subnet.us-test-1a-privateflannel-example-com.id
}

resource "aws_route_table_association" "utility-us-test-1a-privateflannel-example-com" {
  route_table_id = aws_route_table.privateflannel-example-com.id
  subnet_id      = aws_subnet.utility-us-test-1a-privateflannel-example-com.id
}

resource "aws_security_group" "api-elb-privateflannel-example-com" {
  description = "Security group for the API load balancer"
  name        = "api-elb.privateflannel.example.com"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "api-elb.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_security_group" "bastion-elb-privateflannel-example-com" {
  description = "Security group for the bastion load balancer"
  name        = "bastion-elb.privateflannel.example.com"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "bastion-elb.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_security_group" "bastion-privateflannel-example-com" {
  description = "Security group for bastion hosts"
  name        = "bastion.privateflannel.example.com"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "bastion.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_security_group" "masters-privateflannel-example-com" {
  description = "Security group for control-plane nodes"
  name        = "masters.privateflannel.example.com"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "masters.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_security_group" "nodes-privateflannel-example-com" {
  description = "Security group for worker nodes"
  name        = "nodes.privateflannel.example.com"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "nodes.privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-bastion-elb-privateflannel-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to the bastion load balancer"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.bastion-elb-privateflannel-example-com.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-privateflannel-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-privateflannel-example-com.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-privateflannel-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-privateflannel-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-privateflannel-example-com-ingress-tcp-6443to6443-masters-privateflannel-example-com" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-privateflannel-example-com.id
  source_security_group_id = aws_security_group.api-elb-privateflannel-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-elb-privateflannel-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-elb-privateflannel-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-elb-privateflannel-example-com-ingress-tcp-22to22-bastion-privateflannel-example-com" {
  description              = "bastion load balancer to bastions"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.bastion-privateflannel-example-com.id
  source_security_group_id = aws_security_group.bastion-elb-privateflannel-example-com.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-privateflannel-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-privateflannel-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-privateflannel-example-com-ingress-tcp-22to22-masters-privateflannel-example-com" {
  description              = "bastions to control-plane nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-privateflannel-example-com.id
  source_security_group_id = aws_security_group.bastion-privateflannel-example-com.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-privateflannel-example-com-ingress-tcp-22to22-nodes-privateflannel-example-com" {
  description              = "bastions to nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-privateflannel-example-com.id
  source_security_group_id = aws_security_group.bastion-privateflannel-example-com.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-privateflannel-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-privateflannel-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-privateflannel-example-com-ingress-all-0to0-masters-privateflannel-example-com" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-privateflannel-example-com.id
  source_security_group_id = aws_security_group.masters-privateflannel-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-privateflannel-example-com-ingress-tcp-10250to10250-nodes-privateflannel-example-com" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-privateflannel-example-com.id
  source_security_group_id = aws_security_group.masters-privateflannel-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-privateflannel-example-com-ingress-tcp-443to443-api-elb-privateflannel-example-com" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-privateflannel-example-com.id
  source_security_group_id = aws_security_group.masters-privateflannel-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-privateflannel-example-com-ingress-udp-8472to8472-nodes-privateflannel-example-com" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-privateflannel-example-com.id
  source_security_group_id = aws_security_group.masters-privateflannel-example-com.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privateflannel-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-privateflannel-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-privateflannel-example-com-ingress-tcp-10250to10250-masters-privateflannel-example-com" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-privateflannel-example-com.id
  source_security_group_id = aws_security_group.nodes-privateflannel-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privateflannel-example-com-ingress-tcp-10250to10250-nodes-privateflannel-example-com" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-privateflannel-example-com.id
  source_security_group_id = aws_security_group.nodes-privateflannel-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privateflannel-example-com-ingress-tcp-30000to32767-nodes-privateflannel-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-privateflannel-example-com.id
  source_security_group_id = aws_security_group.nodes-privateflannel-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privateflannel-example-com-ingress-tcp-443to443-api-elb-privateflannel-example-com" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-privateflannel-example-com.id
  source_security_group_id = aws_security_group.nodes-privateflannel-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privateflannel-example-com-ingress-tcp-6443to6443-masters-privateflannel-example-com" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-privateflannel-example-com.id
  source_security_group_id = aws_security_group.nodes-privateflannel-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privateflannel-example-com-ingress-udp-30000to32767-nodes-privateflannel-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-privateflannel-example-com.id
  source_security_group_id = aws_security_group.nodes-privateflannel-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privateflannel-example-com-ingress-udp-8472to8472-masters-privateflannel-example-com" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.masters-privateflannel-example-com.id
  source_security_group_id = aws_security_group.nodes-privateflannel-example-com.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privateflannel-example-com-ingress-udp-8472to8472-nodes-privateflannel-example-com" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-privateflannel-example-com.id
  source_security_group_id = aws_security_group.nodes-privateflannel-example-com.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_subnet" "us-test-1a-privateflannel-example-com" {
  availability_zone                           = "us-test-1a"
  cidr_block                                  = "172.20.32.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "us-test-1a.privateflannel.example.com"
    "SubnetType"                                       = "Private"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
    "kubernetes.io/role/internal-elb"                  = "1"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_subnet" "utility-us-test-1a-privateflannel-example-com" {
  availability_zone                           = "us-test-1a"
  cidr_block                                  = "172.20.4.0/22"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "utility-us-test-1a.privateflannel.example.com"
    "SubnetType"                                       = "Utility"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
    "kubernetes.io/role/elb"                           = "1"
  }
  vpc_id = aws_vpc.privateflannel-example-com.id
}

resource "aws_vpc" "privateflannel-example-com" {
  cidr_block           = "172.20.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "privateflannel-example-com" {
  domain_name         = "us-test-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                                = "privateflannel.example.com"
    "Name"                                             = "privateflannel.example.com"
    "kubernetes.io/cluster/privateflannel.example.com" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "privateflannel-example-com" {
  dhcp_options_id = aws_vpc_dhcp_options.privateflannel-example-com.id
  vpc_id          = aws_vpc.privateflannel-example-com.id
}

resource "terraform_data" "config-store-privateflannel-example-com" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase memfs://clusters.example.com/privateflannel.example.com is kops' in-memory test store; nodes cannot read the cluster's CA and join token there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
    }
  }
}

data "aws_ami" "image-bastion" {
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
