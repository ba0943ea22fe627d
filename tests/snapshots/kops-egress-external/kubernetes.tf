locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-byo-routing-kops-example-org.dns_name
  api_internal_name                   = "api.internal.byo-routing.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-byo-routing-kops-example-org.dns_name
  api_public_name                     = "api.byo-routing.kops.example.org"
  bastion_autoscaling_group_ids       = [aws_autoscaling_group.bastions-byo-routing-kops-example-org.id]
  bastion_load_balancer_dns_name      = aws_lb.bastion-byo-routing-kops-example-org.dns_name
  bastion_security_group_ids          = [aws_security_group.bastion-byo-routing-kops-example-org.id]
  bastions_role_arn                   = aws_iam_role.bastions-byo-routing-kops-example-org.arn
  bastions_role_name                  = aws_iam_role.bastions-byo-routing-kops-example-org.name
  cluster_name                        = "byo-routing.kops.example.org"
  config_base                         = "s3://kgen-tests-state/byo-routing.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-west-2a-masters-byo-routing-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-byo-routing-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-byo-routing-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-byo-routing-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-byo-routing-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-byo-routing-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.eu-west-2a-byo-routing-kops-example-org.id, aws_subnet.eu-west-2b-byo-routing-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-byo-routing-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-byo-routing-kops-example-org.name
  region                              = "eu-west-2"
  vpc_cidr_block                      = data.aws_vpc.byo-routing-kops-example-org.cidr_block
  vpc_id                              = "vpc-0b1c2d3e4f5a60718"
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
  region = "eu-west-2"
}

resource "aws_autoscaling_group" "bastions-byo-routing-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.bastions-byo-routing-kops-example-org.id
    version = aws_launch_template.bastions-byo-routing-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "bastions.byo-routing.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "byo-routing.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "bastions.byo-routing.kops.example.org"
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
    key                 = "kubernetes.io/cluster/byo-routing.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.bastion-byo-routing-kops-27ntli.arn]
  vpc_zone_identifier = [aws_subnet.utility-eu-west-2a-byo-routing-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-eu-west-2a-masters-byo-routing-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-west-2a-masters-byo-routing-kops-example-org.id
    version = aws_launch_template.control-plane-eu-west-2a-masters-byo-routing-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-west-2a.masters.byo-routing.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "byo-routing.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-west-2a.masters.byo-routing.kops.example.org"
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
    value               = "control-plane-eu-west-2a"
  }
  tag {
    key                 = "kubernetes.io/cluster/byo-routing.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-byo-routing-kops-exam-e0557d.arn, aws_lb_target_group.tcp-internal-byo-routing-gkdmn9.arn]
  vpc_zone_identifier = [aws_subnet.eu-west-2a-byo-routing-kops-example-org.id]
}

resource "aws_autoscaling_group" "nodes-byo-routing-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-byo-routing-kops-example-org.id
    version = aws_launch_template.nodes-byo-routing-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 4
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.byo-routing.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "byo-routing.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.byo-routing.kops.example.org"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/byo-routing.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
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
    key                 = "kubernetes.io/cluster/byo-routing.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.eu-west-2a-byo-routing-kops-example-org.id, aws_subnet.eu-west-2b-byo-routing-kops-example-org.id]
}

resource "aws_ebs_volume" "a-etcd-main-byo-routing-kops-example-org" {
  availability_zone = "eu-west-2a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "a.etcd-main.byo-routing.kops.example.org"
    "k8s.io/etcd/main"                                   = "a/a"
    "k8s.io/role/control-plane"                          = "1"
    "k8s.io/role/master"                                 = "1"
    "kgen.dev/instancegroup"                             = "control-plane-eu-west-2a"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_iam_instance_profile" "bastions-byo-routing-kops-example-org" {
  name = "bastions.byo-routing.kops.example.org"
  role = aws_iam_role.bastions-byo-routing-kops-example-org.name
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "bastions.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "masters-byo-routing-kops-example-org" {
  name = "masters.byo-routing.kops.example.org"
  role = aws_iam_role.masters-byo-routing-kops-example-org.name
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "masters.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-byo-routing-kops-example-org" {
  name = "nodes.byo-routing.kops.example.org"
  role = aws_iam_role.nodes-byo-routing-kops-example-org.name
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "nodes.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "bastions-byo-routing-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_bastions.byo-routing.kops.example.org_policy")
  name               = "bastions.byo-routing.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "bastions.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-byo-routing-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.byo-routing.kops.example.org_policy")
  name               = "masters.byo-routing.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "masters.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-byo-routing-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.byo-routing.kops.example.org_policy")
  name               = "nodes.byo-routing.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "nodes.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "masters-byo-routing-kops-example-org" {
  name   = "masters.byo-routing.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.byo-routing.kops.example.org_policy")
  role   = aws_iam_role.masters-byo-routing-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-byo-routing-kops-example-org" {
  name   = "nodes.byo-routing.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.byo-routing.kops.example.org_policy")
  role   = aws_iam_role.nodes-byo-routing-kops-example-org.name
}

resource "aws_key_pair" "kubernetes-byo-routing-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.byo-routing.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.byo-routing.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "bastions-byo-routing-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-bastions.root_device_name
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
    name = aws_iam_instance_profile.bastions-byo-routing-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.micro"
  key_name      = aws_key_pair.kubernetes-byo-routing-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "bastions.byo-routing.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.bastion-byo-routing-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                  = "byo-routing.kops.example.org"
      "Name"                                               = "bastions.byo-routing.kops.example.org"
      "k8s.io/role/bastion"                                = "1"
      "kgen.dev/instancegroup"                             = "bastions"
      "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                  = "byo-routing.kops.example.org"
      "Name"                                               = "bastions.byo-routing.kops.example.org"
      "k8s.io/role/bastion"                                = "1"
      "kgen.dev/instancegroup"                             = "bastions"
      "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "bastions.byo-routing.kops.example.org"
    "k8s.io/role/bastion"                                = "1"
    "kgen.dev/instancegroup"                             = "bastions"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_bastions.byo-routing.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-eu-west-2a-masters-byo-routing-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-bastions.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-eu-west-2a-masters-byo-routing-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-byo-routing-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-byo-routing-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-west-2a.masters.byo-routing.kops.example.org"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-byo-routing-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                  = "byo-routing.kops.example.org"
      "Name"                                               = "control-plane-eu-west-2a.masters.byo-routing.kops.example.org"
      "k8s.io/role/control-plane"                          = "1"
      "k8s.io/role/master"                                 = "1"
      "kgen.dev/instancegroup"                             = "control-plane-eu-west-2a"
      "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                  = "byo-routing.kops.example.org"
      "Name"                                               = "control-plane-eu-west-2a.masters.byo-routing.kops.example.org"
      "k8s.io/role/control-plane"                          = "1"
      "k8s.io/role/master"                                 = "1"
      "kgen.dev/instancegroup"                             = "control-plane-eu-west-2a"
      "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "control-plane-eu-west-2a.masters.byo-routing.kops.example.org"
    "k8s.io/role/control-plane"                          = "1"
    "k8s.io/role/master"                                 = "1"
    "kgen.dev/instancegroup"                             = "control-plane-eu-west-2a"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-west-2a.masters.byo-routing.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-byo-routing-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-bastions.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 128
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-nodes-byo-routing-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-byo-routing-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.large"
  key_name      = aws_key_pair.kubernetes-byo-routing-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.byo-routing.kops.example.org"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-byo-routing-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                      = "byo-routing.kops.example.org"
      "Name"                                                   = "nodes.byo-routing.kops.example.org"
      "k8s.io/cluster-autoscaler/byo-routing.kops.example.org" = "owned"
      "k8s.io/cluster-autoscaler/enabled"                      = "1"
      "k8s.io/role/node"                                       = "1"
      "kgen.dev/instancegroup"                                 = "nodes"
      "kubernetes.io/cluster/byo-routing.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                      = "byo-routing.kops.example.org"
      "Name"                                                   = "nodes.byo-routing.kops.example.org"
      "k8s.io/cluster-autoscaler/byo-routing.kops.example.org" = "owned"
      "k8s.io/cluster-autoscaler/enabled"                      = "1"
      "k8s.io/role/node"                                       = "1"
      "kgen.dev/instancegroup"                                 = "nodes"
      "kubernetes.io/cluster/byo-routing.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                      = "byo-routing.kops.example.org"
    "Name"                                                   = "nodes.byo-routing.kops.example.org"
    "k8s.io/cluster-autoscaler/byo-routing.kops.example.org" = "owned"
    "k8s.io/cluster-autoscaler/enabled"                      = "1"
    "k8s.io/role/node"                                       = "1"
    "kgen.dev/instancegroup"                                 = "nodes"
    "kubernetes.io/cluster/byo-routing.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.byo-routing.kops.example.org_user_data"))
}

resource "aws_lb" "api-byo-routing-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-byo-routing-kops-exam-mgot9s"
  security_groups                  = [aws_security_group.api-elb-byo-routing-kops-example-org.id]
  subnets                          = [aws_subnet.utility-eu-west-2a-byo-routing-kops-example-org.id, aws_subnet.utility-eu-west-2b-byo-routing-kops-example-org.id]
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "api.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-internal-byo-routing-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-byo-routing-ini1et"
  security_groups                  = [aws_security_group.api-elb-byo-routing-kops-example-org.id]
  subnets                          = [aws_subnet.eu-west-2a-byo-routing-kops-example-org.id, aws_subnet.eu-west-2b-byo-routing-kops-example-org.id]
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "api-internal.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_lb" "bastion-byo-routing-kops-example-org" {
  enable_cross_zone_load_balancing = false
  internal                         = false
  load_balancer_type               = "network"
  name                             = "bastion-byo-routing-kops-27ntli"
  security_groups                  = [aws_security_group.bastion-elb-byo-routing-kops-example-org.id]
  subnets                          = [aws_subnet.utility-eu-west-2a-byo-routing-kops-example-org.id, aws_subnet.utility-eu-west-2b-byo-routing-kops-example-org.id]
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "bastion.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-byo-routing-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-byo-routing-kops-exam-e0557d.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-byo-routing-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-internal-byo-routing-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-byo-routing-gkdmn9.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-byo-routing-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "bastion-byo-routing-kops-example-org-22" {
  default_action {
    target_group_arn = aws_lb_target_group.bastion-byo-routing-kops-27ntli.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.bastion-byo-routing-kops-example-org.arn
  port              = 22
  protocol          = "TCP"
}

resource "aws_lb_target_group" "bastion-byo-routing-kops-27ntli" {
  connection_termination = true
  deregistration_delay   = "30"
  health_check {
    healthy_threshold   = 2
    interval            = 10
    protocol            = "TCP"
    unhealthy_threshold = 2
  }
  name               = "bastion-byo-routing-kops-27ntli"
  port               = 22
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "bastion-byo-routing-kops-27ntli"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_lb_target_group" "tcp-byo-routing-kops-exam-e0557d" {
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
  name               = "tcp-byo-routing-kops-exam-e0557d"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "tcp-byo-routing-kops-exam-e0557d"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_lb_target_group" "tcp-internal-byo-routing-gkdmn9" {
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
  name               = "tcp-internal-byo-routing-gkdmn9"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "tcp-internal-byo-routing-gkdmn9"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_route53_record" "api-byo-routing-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-byo-routing-kops-example-org.dns_name
    zone_id                = aws_lb.api-byo-routing-kops-example-org.zone_id
  }
  name    = "api.byo-routing.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route53_record" "api-internal-byo-routing-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-byo-routing-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-byo-routing-kops-example-org.zone_id
  }
  name    = "api.internal.byo-routing.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-byo-routing-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "byo-routing.kops.example.org/addons/aws-cloud-controller-manager/1196ae48e608a9191fcc63d2a2aa5405bf83af2ecf2d2ea12e55f1ce3fef679e/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.byo-routing.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.byo-routing.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-byo-routing-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "byo-routing.kops.example.org/addons/aws-cloud-controller-manager/1196ae48e608a9191fcc63d2a2aa5405bf83af2ecf2d2ea12e55f1ce3fef679e/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.byo-routing.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.byo-routing.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-byo-routing-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "byo-routing.kops.example.org/addons/aws-ebs-csi-driver/264d89b4f1428390f5493cd17e1f7ce52f251af5c48e6743e33626e09c34ff0d/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.byo-routing.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.byo-routing.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-byo-routing-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "byo-routing.kops.example.org/addons/aws-ebs-csi-driver/264d89b4f1428390f5493cd17e1f7ce52f251af5c48e6743e33626e09c34ff0d/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.byo-routing.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.byo-routing.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-byo-routing-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "byo-routing.kops.example.org/addons/aws-ebs-csi-driver/264d89b4f1428390f5493cd17e1f7ce52f251af5c48e6743e33626e09c34ff0d/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.byo-routing.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.byo-routing.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-eu-west-2a-masters-byo-routing-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "byo-routing.kops.example.org/nodeup/control-plane-eu-west-2a/83a246aa324d14c87ec6153004939bac59a24cbb8c768c795ec6f610cc15936b.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-eu-west-2a.masters.byo-routing.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-eu-west-2a.masters.byo-routing.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-byo-routing-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "byo-routing.kops.example.org/nodeup/nodes/c41cb1dc86c5618a9aa5b1c7aef51a55f50b443112d1edd7edeeca41d7e0a98e.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes.byo-routing.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes.byo-routing.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-byo-routing-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.byo-routing.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "api-elb.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_security_group" "bastion-byo-routing-kops-example-org" {
  description = "Security group for bastion hosts"
  name        = "bastion.byo-routing.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "bastion.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_security_group" "bastion-elb-byo-routing-kops-example-org" {
  description = "Security group for the bastion load balancer"
  name        = "bastion-elb.byo-routing.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "bastion-elb.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_security_group" "masters-byo-routing-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.byo-routing.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "masters.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_security_group" "nodes-byo-routing-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.byo-routing.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "nodes.byo-routing.kops.example.org"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-bastion-elb-byo-routing-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to the bastion load balancer"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.bastion-elb-byo-routing-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-byo-routing-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-byo-routing-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-byo-routing-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-byo-routing-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-byo-routing-kops-example-org-ingress-tcp-6443to6443-masters-byo-routing-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-byo-routing-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-byo-routing-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-byo-routing-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-byo-routing-kops-example-org-ingress-tcp-22to22-masters-byo-routing-kops-example-org" {
  description              = "bastions to control-plane nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-byo-routing-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-byo-routing-kops-example-org-ingress-tcp-22to22-nodes-byo-routing-kops-example-org" {
  description              = "bastions to nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-byo-routing-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-elb-byo-routing-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-elb-byo-routing-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-elb-byo-routing-kops-example-org-ingress-tcp-22to22-bastion-byo-routing-kops-example-org" {
  description              = "bastion load balancer to bastions"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.bastion-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-elb-byo-routing-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-byo-routing-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-byo-routing-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-byo-routing-kops-example-org-ingress-all-0to0-masters-byo-routing-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.masters-byo-routing-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-byo-routing-kops-example-org-ingress-all-0to0-nodes-byo-routing-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.masters-byo-routing-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-byo-routing-kops-example-org-ingress-tcp-10250to10250-nodes-byo-routing-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.masters-byo-routing-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-byo-routing-kops-example-org-ingress-tcp-443to443-api-elb-byo-routing-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.masters-byo-routing-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-byo-routing-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-byo-routing-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-byo-routing-kops-example-org-ingress-all-0to0-masters-byo-routing-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-byo-routing-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-byo-routing-kops-example-org-ingress-all-0to0-nodes-byo-routing-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-byo-routing-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-byo-routing-kops-example-org-ingress-tcp-10250to10250-masters-byo-routing-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-byo-routing-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-byo-routing-kops-example-org-ingress-tcp-10250to10250-nodes-byo-routing-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-byo-routing-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-byo-routing-kops-example-org-ingress-tcp-30000to32767-nodes-byo-routing-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-byo-routing-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-byo-routing-kops-example-org-ingress-tcp-443to443-api-elb-byo-routing-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-byo-routing-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-byo-routing-kops-example-org-ingress-tcp-6443to6443-masters-byo-routing-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-byo-routing-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-byo-routing-kops-example-org-ingress-udp-30000to32767-nodes-byo-routing-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-byo-routing-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-byo-routing-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-byo-routing-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-byo-routing-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-byo-routing-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-byo-routing-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-byo-routing-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-byo-routing-kops-example-org]
  description    = "kgen: the add-ons of cluster byo-routing.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.byo-routing.kops.example.org_value")
  name           = "/kgen/byo-routing.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "/kgen/byo-routing.kops.example.org/addons"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "eu-west-2a-byo-routing-kops-example-org" {
  availability_zone                           = "eu-west-2a"
  cidr_block                                  = "10.90.64.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "eu-west-2a.byo-routing.kops.example.org"
    "SubnetType"                                         = "Private"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
    "kubernetes.io/role/internal-elb"                    = "1"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_subnet" "eu-west-2b-byo-routing-kops-example-org" {
  availability_zone                           = "eu-west-2b"
  cidr_block                                  = "10.90.96.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "eu-west-2b.byo-routing.kops.example.org"
    "SubnetType"                                         = "Private"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
    "kubernetes.io/role/internal-elb"                    = "1"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_subnet" "utility-eu-west-2a-byo-routing-kops-example-org" {
  availability_zone                           = "eu-west-2a"
  cidr_block                                  = "10.90.0.0/22"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "utility-eu-west-2a.byo-routing.kops.example.org"
    "SubnetType"                                         = "Utility"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                             = "1"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_subnet" "utility-eu-west-2b-byo-routing-kops-example-org" {
  availability_zone                           = "eu-west-2b"
  cidr_block                                  = "10.90.4.0/22"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                  = "byo-routing.kops.example.org"
    "Name"                                               = "utility-eu-west-2b.byo-routing.kops.example.org"
    "SubnetType"                                         = "Utility"
    "kubernetes.io/cluster/byo-routing.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                             = "1"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "terraform_data" "config-store-byo-routing-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-byo-routing-kops-example-org.keys, "byo-routing.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/byo-routing.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/byo-routing.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
    }
  }
}

data "aws_ami" "image-bastions" {
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

data "aws_s3_objects" "config-store-ca-byo-routing-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "byo-routing.kops.example.org/pki/ca.crt"
}

data "aws_vpc" "byo-routing-kops-example-org" {
  id = "vpc-0b1c2d3e4f5a60718"
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
