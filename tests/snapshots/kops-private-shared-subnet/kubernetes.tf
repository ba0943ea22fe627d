locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-private-shared-subnet-example-com.dns_name
  api_internal_name                   = "api.internal.private-shared-subnet.example.com"
  api_load_balancer_dns_name          = aws_lb.api-private-shared-subnet-example-com.dns_name
  bastion_autoscaling_group_ids       = [aws_autoscaling_group.bastion-private-shared-subnet-example-com.id]
  bastion_load_balancer_dns_name      = aws_lb.bastion-private-shared-subnet-example-com.dns_name
  bastion_security_group_ids          = [aws_security_group.bastion-private-shared-subnet-example-com.id]
  bastions_role_arn                   = aws_iam_role.bastions-private-shared-subnet-example-com.arn
  bastions_role_name                  = aws_iam_role.bastions-private-shared-subnet-example-com.name
  cluster_name                        = "private-shared-subnet.example.com"
  config_base                         = "memfs://clusters.example.com/private-shared-subnet.example.com"
  master_autoscaling_group_ids        = [aws_autoscaling_group.master-us-test-1a-masters-private-shared-subnet-example-com.id]
  master_security_group_ids           = [aws_security_group.masters-private-shared-subnet-example-com.id]
  masters_role_arn                    = aws_iam_role.masters-private-shared-subnet-example-com.arn
  masters_role_name                   = aws_iam_role.masters-private-shared-subnet-example-com.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-private-shared-subnet-example-com.id]
  node_security_group_ids             = [aws_security_group.nodes-private-shared-subnet-example-com.id]
  node_subnet_ids                     = ["subnet-12345678"]
  nodes_role_arn                      = aws_iam_role.nodes-private-shared-subnet-example-com.arn
  nodes_role_name                     = aws_iam_role.nodes-private-shared-subnet-example-com.name
  region                              = "us-test-1"
  vpc_cidr_block                      = data.aws_vpc.private-shared-subnet-example-com.cidr_block
  vpc_id                              = "vpc-12345678"
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

resource "aws_autoscaling_group" "bastion-private-shared-subnet-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.bastion-private-shared-subnet-example-com.id
    version = aws_launch_template.bastion-private-shared-subnet-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "bastion.private-shared-subnet.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "private-shared-subnet.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "bastion.private-shared-subnet.example.com"
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
    key                 = "kubernetes.io/cluster/private-shared-subnet.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.bastion-private-shared-su-5ol32q.arn]
  vpc_zone_identifier = ["subnet-abcdef"]
}

resource "aws_autoscaling_group" "master-us-test-1a-masters-private-shared-subnet-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.master-us-test-1a-masters-private-shared-subnet-example-com.id
    version = aws_launch_template.master-us-test-1a-masters-private-shared-subnet-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "master-us-test-1a.masters.private-shared-subnet.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "private-shared-subnet.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "master-us-test-1a.masters.private-shared-subnet.example.com"
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
    key                 = "kubernetes.io/cluster/private-shared-subnet.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-private-shared-subnet-ou2df6.arn, aws_lb_target_group.tcp-internal-private-shar-s6ncnc.arn]
  vpc_zone_identifier = ["subnet-12345678"]
}

resource "aws_autoscaling_group" "nodes-private-shared-subnet-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-private-shared-subnet-example-com.id
    version = aws_launch_template.nodes-private-shared-subnet-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 2
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.private-shared-subnet.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "private-shared-subnet.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.private-shared-subnet.example.com"
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
    key                 = "kubernetes.io/cluster/private-shared-subnet.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = ["subnet-12345678"]
}

resource "aws_ebs_volume" "us-test-1a-etcd-main-private-shared-subnet-example-com" {
  availability_zone = "us-test-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "us-test-1a.etcd-main.private-shared-subnet.example.com"
    "k8s.io/etcd/main"                                        = "us-test-1a/us-test-1a"
    "k8s.io/role/control-plane"                               = "1"
    "k8s.io/role/master"                                      = "1"
    "kgen.dev/instancegroup"                                  = "master-us-test-1a"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ec2_tag" "us-test-1a-private-shared-subnet-example-com-shared" {
  key         = "kubernetes.io/cluster/private-shared-subnet.example.com"
  resource_id = "subnet-12345678"
  value       = "shared"
}

resource "aws_ec2_tag" "utility-us-test-1a-private-shared-subnet-example-com-shared" {
  key         = "kubernetes.io/cluster/private-shared-subnet.example.com"
  resource_id = "subnet-abcdef"
  value       = "shared"
}

resource "aws_iam_instance_profile" "bastions-private-shared-subnet-example-com" {
  name = "bastions.private-shared-subnet.example.com"
  role = aws_iam_role.bastions-private-shared-subnet-example-com.name
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "bastions.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_iam_instance_profile" "masters-private-shared-subnet-example-com" {
  name = "masters.private-shared-subnet.example.com"
  role = aws_iam_role.masters-private-shared-subnet-example-com.name
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "masters.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-private-shared-subnet-example-com" {
  name = "nodes.private-shared-subnet.example.com"
  role = aws_iam_role.nodes-private-shared-subnet-example-com.name
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "nodes.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_iam_role" "bastions-private-shared-subnet-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_bastions.private-shared-subnet.example.com_policy")
  name               = "bastions.private-shared-subnet.example.com"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "bastions.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_iam_role" "masters-private-shared-subnet-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.private-shared-subnet.example.com_policy")
  name               = "masters.private-shared-subnet.example.com"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "masters.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_iam_role" "nodes-private-shared-subnet-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.private-shared-subnet.example.com_policy")
  name               = "nodes.private-shared-subnet.example.com"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "nodes.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_iam_role_policy" "masters-private-shared-subnet-example-com" {
  name   = "masters.private-shared-subnet.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.private-shared-subnet.example.com_policy")
  role   = aws_iam_role.masters-private-shared-subnet-example-com.name
}

resource "aws_iam_role_policy" "nodes-private-shared-subnet-example-com" {
  name   = "nodes.private-shared-subnet.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.private-shared-subnet.example.com_policy")
  role   = aws_iam_role.nodes-private-shared-subnet-example-com.name
}

resource "aws_key_pair" "kubernetes-private-shared-subnet-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57" {
  key_name   = "kubernetes.private-shared-subnet.example.com-c4:a6:ed:9a:a8:89:b9:e2:c3:9c:d6:63:eb:9c:71:57"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.private-shared-subnet.example.com-c4a6ed9aa889b9e2c39cd663eb9c7157_public_key")
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_launch_template" "bastion-private-shared-subnet-example-com" {
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
    name = aws_iam_instance_profile.bastions-private-shared-subnet-example-com.id
  }
  image_id      = data.aws_ami.image-bastion.id
  instance_type = "t2.micro"
  key_name      = aws_key_pair.kubernetes-private-shared-subnet-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "bastion.private-shared-subnet.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.bastion-private-shared-subnet-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                       = "private-shared-subnet.example.com"
      "Name"                                                    = "bastion.private-shared-subnet.example.com"
      "k8s.io/role/bastion"                                     = "1"
      "kgen.dev/instancegroup"                                  = "bastion"
      "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                       = "private-shared-subnet.example.com"
      "Name"                                                    = "bastion.private-shared-subnet.example.com"
      "k8s.io/role/bastion"                                     = "1"
      "kgen.dev/instancegroup"                                  = "bastion"
      "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "bastion.private-shared-subnet.example.com"
    "k8s.io/role/bastion"                                     = "1"
    "kgen.dev/instancegroup"                                  = "bastion"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_bastion.private-shared-subnet.example.com_user_data"))
}

resource "aws_launch_template" "master-us-test-1a-masters-private-shared-subnet-example-com" {
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
    name = aws_iam_instance_profile.masters-private-shared-subnet-example-com.id
  }
  image_id      = data.aws_ami.image-bastion.id
  instance_type = "m3.medium"
  key_name      = aws_key_pair.kubernetes-private-shared-subnet-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "master-us-test-1a.masters.private-shared-subnet.example.com"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-private-shared-subnet-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                       = "private-shared-subnet.example.com"
      "Name"                                                    = "master-us-test-1a.masters.private-shared-subnet.example.com"
      "k8s.io/role/control-plane"                               = "1"
      "k8s.io/role/master"                                      = "1"
      "kgen.dev/instancegroup"                                  = "master-us-test-1a"
      "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                       = "private-shared-subnet.example.com"
      "Name"                                                    = "master-us-test-1a.masters.private-shared-subnet.example.com"
      "k8s.io/role/control-plane"                               = "1"
      "k8s.io/role/master"                                      = "1"
      "kgen.dev/instancegroup"                                  = "master-us-test-1a"
      "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "master-us-test-1a.masters.private-shared-subnet.example.com"
    "k8s.io/role/control-plane"                               = "1"
    "k8s.io/role/master"                                      = "1"
    "kgen.dev/instancegroup"                                  = "master-us-test-1a"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_master-us-test-1a.masters.private-shared-subnet.example.com_user_data"))
}

resource "aws_launch_template" "nodes-private-shared-subnet-example-com" {
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
    name = aws_iam_instance_profile.nodes-private-shared-subnet-example-com.id
  }
  image_id      = data.aws_ami.image-bastion.id
  instance_type = "t2.medium"
  key_name      = aws_key_pair.kubernetes-private-shared-subnet-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "nodes.private-shared-subnet.example.com"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-private-shared-subnet-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                       = "private-shared-subnet.example.com"
      "Name"                                                    = "nodes.private-shared-subnet.example.com"
      "k8s.io/role/node"                                        = "1"
      "kgen.dev/instancegroup"                                  = "nodes"
      "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                       = "private-shared-subnet.example.com"
      "Name"                                                    = "nodes.private-shared-subnet.example.com"
      "k8s.io/role/node"                                        = "1"
      "kgen.dev/instancegroup"                                  = "nodes"
      "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "nodes.private-shared-subnet.example.com"
    "k8s.io/role/node"                                        = "1"
    "kgen.dev/instancegroup"                                  = "nodes"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.private-shared-subnet.example.com_user_data"))
}

resource "aws_lb" "api-internal-private-shared-subnet-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-private-shar-4ekq4j"
  security_groups                  = [aws_security_group.api-elb-private-shared-subnet-example-com.id]
  subnets                          = ["subnet-12345678", "subnet-abcdef"]
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "api-internal.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_lb" "api-private-shared-subnet-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-private-shared-subnet-n2f8ak"
  security_groups                  = [aws_security_group.api-elb-private-shared-subnet-example-com.id]
  subnets                          = ["subnet-abcdef"]
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "api.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_lb" "bastion-private-shared-subnet-example-com" {
  enable_cross_zone_load_balancing = false
  internal                         = false
  load_balancer_type               = "network"
  name                             = "bastion-private-shared-su-5ol32q"
  security_groups                  = [aws_security_group.bastion-elb-private-shared-subnet-example-com.id]
  subnets                          = ["subnet-abcdef"]
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "bastion.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-private-shared-subnet-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-private-shar-s6ncnc.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-private-shared-subnet-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-private-shared-subnet-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-private-shared-subnet-ou2df6.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-private-shared-subnet-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "bastion-private-shared-subnet-example-com-22" {
  default_action {
    target_group_arn = aws_lb_target_group.bastion-private-shared-su-5ol32q.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.bastion-private-shared-subnet-example-com.arn
  port              = 22
  protocol          = "TCP"
}

resource "aws_lb_target_group" "bastion-private-shared-su-5ol32q" {
  connection_termination = true
  deregistration_delay   = "30"
  health_check {
    healthy_threshold   = 2
    interval            = 10
    protocol            = "TCP"
    unhealthy_threshold = 2
  }
  name               = "bastion-private-shared-su-5ol32q"
  port               = 22
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "bastion-private-shared-su-5ol32q"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  vpc_id = "vpc-12345678"
}

resource "aws_lb_target_group" "tcp-internal-private-shar-s6ncnc" {
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
  name               = "tcp-internal-private-shar-s6ncnc"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "tcp-internal-private-shar-s6ncnc"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  vpc_id = "vpc-12345678"
}

resource "aws_lb_target_group" "tcp-private-shared-subnet-ou2df6" {
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
  name               = "tcp-private-shared-subnet-ou2df6"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "tcp-private-shared-subnet-ou2df6"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  vpc_id = "vpc-12345678"
}

resource "aws_route53_record" "api-internal-private-shared-subnet-example-com" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-private-shared-subnet-example-com.dns_name
    zone_id                = aws_lb.api-internal-private-shared-subnet-example-com.zone_id
  }
  name    = "api.internal.private-shared-subnet.example.com"
  type    = "A"
  zone_id = aws_route53_zone.private-shared-subnet-example-com.zone_id
}

resource "aws_route53_zone" "private-shared-subnet-example-com" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "private-shared-subnet.example.com"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  vpc {
    vpc_id = "vpc-12345678"
  }
}

resource "aws_security_group" "api-elb-private-shared-subnet-example-com" {
  description = "Security group for the API load balancer"
  name        = "api-elb.private-shared-subnet.example.com"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "api-elb.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  vpc_id = "vpc-12345678"
}

resource "aws_security_group" "bastion-elb-private-shared-subnet-example-com" {
  description = "Security group for the bastion load balancer"
  name        = "bastion-elb.private-shared-subnet.example.com"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "bastion-elb.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  vpc_id = "vpc-12345678"
}

resource "aws_security_group" "bastion-private-shared-subnet-example-com" {
  description = "Security group for bastion hosts"
  name        = "bastion.private-shared-subnet.example.com"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "bastion.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  vpc_id = "vpc-12345678"
}

resource "aws_security_group" "masters-private-shared-subnet-example-com" {
  description = "Security group for control-plane nodes"
  name        = "masters.private-shared-subnet.example.com"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "masters.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  vpc_id = "vpc-12345678"
}

resource "aws_security_group" "nodes-private-shared-subnet-example-com" {
  description = "Security group for worker nodes"
  name        = "nodes.private-shared-subnet.example.com"
  tags = {
    "KubernetesCluster"                                       = "private-shared-subnet.example.com"
    "Name"                                                    = "nodes.private-shared-subnet.example.com"
    "kubernetes.io/cluster/private-shared-subnet.example.com" = "owned"
  }
  vpc_id = "vpc-12345678"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-bastion-elb-private-shared-subnet-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to the bastion load balancer"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.bastion-elb-private-shared-subnet-example-com.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-private-shared-subnet-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-private-shared-subnet-example-com.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-private-shared-subnet-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-private-shared-subnet-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-private-shared-subnet-example-com-ingress-tcp-6443to6443-masters-private-shared-subnet-example-com" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.api-elb-private-shared-subnet-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-elb-private-shared-subnet-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-elb-private-shared-subnet-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-elb-private-shared-subnet-example-com-ingress-tcp-22to22-bastion-private-shared-subnet-example-com" {
  description              = "bastion load balancer to bastions"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.bastion-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.bastion-elb-private-shared-subnet-example-com.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-private-shared-subnet-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-private-shared-subnet-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-private-shared-subnet-example-com-ingress-tcp-22to22-masters-private-shared-subnet-example-com" {
  description              = "bastions to control-plane nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.bastion-private-shared-subnet-example-com.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-private-shared-subnet-example-com-ingress-tcp-22to22-nodes-private-shared-subnet-example-com" {
  description              = "bastions to nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.bastion-private-shared-subnet-example-com.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-private-shared-subnet-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-private-shared-subnet-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-private-shared-subnet-example-com-ingress-all-0to0-masters-private-shared-subnet-example-com" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.masters-private-shared-subnet-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-private-shared-subnet-example-com-ingress-all-0to0-nodes-private-shared-subnet-example-com" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.masters-private-shared-subnet-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-private-shared-subnet-example-com-ingress-tcp-10250to10250-nodes-private-shared-subnet-example-com" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.masters-private-shared-subnet-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-private-shared-subnet-example-com-ingress-tcp-443to443-api-elb-private-shared-subnet-example-com" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.masters-private-shared-subnet-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-private-shared-subnet-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-private-shared-subnet-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-private-shared-subnet-example-com-ingress-all-0to0-masters-private-shared-subnet-example-com" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.nodes-private-shared-subnet-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-private-shared-subnet-example-com-ingress-all-0to0-nodes-private-shared-subnet-example-com" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.nodes-private-shared-subnet-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-private-shared-subnet-example-com-ingress-tcp-10250to10250-masters-private-shared-subnet-example-com" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.nodes-private-shared-subnet-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-private-shared-subnet-example-com-ingress-tcp-10250to10250-nodes-private-shared-subnet-example-com" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.nodes-private-shared-subnet-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-private-shared-subnet-example-com-ingress-tcp-30000to32767-nodes-private-shared-subnet-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.nodes-private-shared-subnet-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-private-shared-subnet-example-com-ingress-tcp-443to443-api-elb-private-shared-subnet-example-com" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.nodes-private-shared-subnet-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-private-shared-subnet-example-com-ingress-tcp-6443to6443-masters-private-shared-subnet-example-com" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.nodes-private-shared-subnet-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-private-shared-subnet-example-com-ingress-udp-30000to32767-nodes-private-shared-subnet-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-private-shared-subnet-example-com.id
  source_security_group_id = aws_security_group.nodes-private-shared-subnet-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "terraform_data" "config-store-private-shared-subnet-example-com" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase memfs://clusters.example.com/private-shared-subnet.example.com is kops' in-memory test store; nodes cannot read the cluster's CA and join token there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
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

data "aws_vpc" "private-shared-subnet-example-com" {
  id = "vpc-12345678"
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
