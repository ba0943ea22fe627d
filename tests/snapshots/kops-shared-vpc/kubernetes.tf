locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-shared-kops-example-org.dns_name
  api_internal_name                   = "api.internal.shared.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-shared-kops-example-org.dns_name
  api_public_name                     = "api.shared.kops.example.org"
  bastion_autoscaling_group_ids       = [aws_autoscaling_group.bastions-shared-kops-example-org.id]
  bastion_load_balancer_dns_name      = aws_lb.bastion-shared-kops-example-org.dns_name
  bastion_security_group_ids          = [aws_security_group.bastion-shared-kops-example-org.id]
  bastions_role_arn                   = aws_iam_role.bastions-shared-kops-example-org.arn
  bastions_role_name                  = aws_iam_role.bastions-shared-kops-example-org.name
  cluster_name                        = "shared.kops.example.org"
  config_base                         = "s3://kgen-tests-state/shared.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-us-west-2a-masters-shared-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-shared-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-shared-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-shared-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-us-west-2a-shared-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-shared-kops-example-org.id]
  node_subnet_ids                     = ["subnet-0123456789abcdef0"]
  nodes_role_arn                      = aws_iam_role.nodes-shared-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-shared-kops-example-org.name
  region                              = "us-west-2"
  vpc_cidr_block                      = data.aws_vpc.shared-kops-example-org.cidr_block
  vpc_id                              = "vpc-0a1b2c3d4e5f60718"
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
  region = "us-west-2"
}

resource "aws_autoscaling_group" "bastions-shared-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.bastions-shared-kops-example-org.id
    version = aws_launch_template.bastions-shared-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "bastions.shared.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "shared.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "bastions.shared.kops.example.org"
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
    key                 = "kubernetes.io/cluster/shared.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.bastion-shared-kops-examp-hhmnmj.arn]
  vpc_zone_identifier = ["subnet-0fedcba9876543210"]
}

resource "aws_autoscaling_group" "control-plane-us-west-2a-masters-shared-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-west-2a-masters-shared-kops-example-org.id
    version = aws_launch_template.control-plane-us-west-2a-masters-shared-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-west-2a.masters.shared.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "shared.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-west-2a.masters.shared.kops.example.org"
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
    value               = "control-plane-us-west-2a"
  }
  tag {
    key                 = "kubernetes.io/cluster/shared.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-shared-kops-example-o-f2qmp9.arn, aws_lb_target_group.tcp-internal-shared-kops-7bf5kj.arn]
  vpc_zone_identifier = ["subnet-0123456789abcdef0"]
}

resource "aws_autoscaling_group" "nodes-us-west-2a-shared-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-us-west-2a-shared-kops-example-org.id
    version = aws_launch_template.nodes-us-west-2a-shared-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 4
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes-us-west-2a.shared.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "shared.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes-us-west-2a.shared.kops.example.org"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/shared.kops.example.org"
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
    value               = "nodes-us-west-2a"
  }
  tag {
    key                 = "kubernetes.io/cluster/shared.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = ["subnet-0123456789abcdef0"]
}

resource "aws_ebs_volume" "a-etcd-main-shared-kops-example-org" {
  availability_zone = "us-west-2a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "a.etcd-main.shared.kops.example.org"
    "k8s.io/etcd/main"                              = "a/a"
    "k8s.io/role/control-plane"                     = "1"
    "k8s.io/role/master"                            = "1"
    "kgen.dev/instancegroup"                        = "control-plane-us-west-2a"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ec2_tag" "us-west-2a-shared-kops-example-org-shared" {
  key         = "kubernetes.io/cluster/shared.kops.example.org"
  resource_id = "subnet-0123456789abcdef0"
  value       = "shared"
}

resource "aws_ec2_tag" "utility-us-west-2a-shared-kops-example-org-shared" {
  key         = "kubernetes.io/cluster/shared.kops.example.org"
  resource_id = "subnet-0fedcba9876543210"
  value       = "shared"
}

resource "aws_iam_instance_profile" "bastions-shared-kops-example-org" {
  name = "bastions.shared.kops.example.org"
  role = aws_iam_role.bastions-shared-kops-example-org.name
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "bastions.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "masters-shared-kops-example-org" {
  name = "masters.shared.kops.example.org"
  role = aws_iam_role.masters-shared-kops-example-org.name
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "masters.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-shared-kops-example-org" {
  name = "nodes.shared.kops.example.org"
  role = aws_iam_role.nodes-shared-kops-example-org.name
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "nodes.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "bastions-shared-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_bastions.shared.kops.example.org_policy")
  name               = "bastions.shared.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "bastions.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-shared-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.shared.kops.example.org_policy")
  name               = "masters.shared.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "masters.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-shared-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.shared.kops.example.org_policy")
  name               = "nodes.shared.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "nodes.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "masters-shared-kops-example-org" {
  name   = "masters.shared.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.shared.kops.example.org_policy")
  role   = aws_iam_role.masters-shared-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-shared-kops-example-org" {
  name   = "nodes.shared.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.shared.kops.example.org_policy")
  role   = aws_iam_role.nodes-shared-kops-example-org.name
}

resource "aws_key_pair" "kubernetes-shared-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.shared.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.shared.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "bastions-shared-kops-example-org" {
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
    name = aws_iam_instance_profile.bastions-shared-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.micro"
  key_name      = aws_key_pair.kubernetes-shared-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "bastions.shared.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.bastion-shared-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                             = "shared.kops.example.org"
      "Name"                                          = "bastions.shared.kops.example.org"
      "k8s.io/role/bastion"                           = "1"
      "kgen.dev/instancegroup"                        = "bastions"
      "kubernetes.io/cluster/shared.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                             = "shared.kops.example.org"
      "Name"                                          = "bastions.shared.kops.example.org"
      "k8s.io/role/bastion"                           = "1"
      "kgen.dev/instancegroup"                        = "bastions"
      "kubernetes.io/cluster/shared.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "bastions.shared.kops.example.org"
    "k8s.io/role/bastion"                           = "1"
    "kgen.dev/instancegroup"                        = "bastions"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_bastions.shared.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-us-west-2a-masters-shared-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-control-plane-us-west-2a-masters-shared-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-shared-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-shared-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-west-2a.masters.shared.kops.example.org"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-shared-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                             = "shared.kops.example.org"
      "Name"                                          = "control-plane-us-west-2a.masters.shared.kops.example.org"
      "k8s.io/role/control-plane"                     = "1"
      "k8s.io/role/master"                            = "1"
      "kgen.dev/instancegroup"                        = "control-plane-us-west-2a"
      "kubernetes.io/cluster/shared.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                             = "shared.kops.example.org"
      "Name"                                          = "control-plane-us-west-2a.masters.shared.kops.example.org"
      "k8s.io/role/control-plane"                     = "1"
      "k8s.io/role/master"                            = "1"
      "kgen.dev/instancegroup"                        = "control-plane-us-west-2a"
      "kubernetes.io/cluster/shared.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "control-plane-us-west-2a.masters.shared.kops.example.org"
    "k8s.io/role/control-plane"                     = "1"
    "k8s.io/role/master"                            = "1"
    "kgen.dev/instancegroup"                        = "control-plane-us-west-2a"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-west-2a.masters.shared.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-us-west-2a-shared-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-nodes-us-west-2a-shared-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-shared-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.large"
  key_name      = aws_key_pair.kubernetes-shared-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes-us-west-2a.shared.kops.example.org"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-shared-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                 = "shared.kops.example.org"
      "Name"                                              = "nodes-us-west-2a.shared.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                 = "1"
      "k8s.io/cluster-autoscaler/shared.kops.example.org" = "owned"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "nodes-us-west-2a"
      "kubernetes.io/cluster/shared.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                 = "shared.kops.example.org"
      "Name"                                              = "nodes-us-west-2a.shared.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                 = "1"
      "k8s.io/cluster-autoscaler/shared.kops.example.org" = "owned"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "nodes-us-west-2a"
      "kubernetes.io/cluster/shared.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                 = "shared.kops.example.org"
    "Name"                                              = "nodes-us-west-2a.shared.kops.example.org"
    "k8s.io/cluster-autoscaler/enabled"                 = "1"
    "k8s.io/cluster-autoscaler/shared.kops.example.org" = "owned"
    "k8s.io/role/node"                                  = "1"
    "kgen.dev/instancegroup"                            = "nodes-us-west-2a"
    "kubernetes.io/cluster/shared.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes-us-west-2a.shared.kops.example.org_user_data"))
}

resource "aws_lb" "api-internal-shared-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-shared-kops-hmgs52"
  security_groups                  = [aws_security_group.api-elb-shared-kops-example-org.id]
  subnets                          = ["subnet-0123456789abcdef0"]
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "api-internal.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-shared-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-shared-kops-example-o-qe1qfl"
  security_groups                  = [aws_security_group.api-elb-shared-kops-example-org.id]
  subnets                          = ["subnet-0fedcba9876543210"]
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "api.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_lb" "bastion-shared-kops-example-org" {
  enable_cross_zone_load_balancing = false
  internal                         = false
  load_balancer_type               = "network"
  name                             = "bastion-shared-kops-examp-hhmnmj"
  security_groups                  = [aws_security_group.bastion-elb-shared-kops-example-org.id]
  subnets                          = ["subnet-0fedcba9876543210"]
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "bastion.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-shared-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-shared-kops-7bf5kj.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-shared-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-shared-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-shared-kops-example-o-f2qmp9.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-shared-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "bastion-shared-kops-example-org-22" {
  default_action {
    target_group_arn = aws_lb_target_group.bastion-shared-kops-examp-hhmnmj.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.bastion-shared-kops-example-org.arn
  port              = 22
  protocol          = "TCP"
}

resource "aws_lb_target_group" "bastion-shared-kops-examp-hhmnmj" {
  connection_termination = true
  deregistration_delay   = "30"
  health_check {
    healthy_threshold   = 2
    interval            = 10
    protocol            = "TCP"
    unhealthy_threshold = 2
  }
  name               = "bastion-shared-kops-examp-hhmnmj"
  port               = 22
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "bastion-shared-kops-examp-hhmnmj"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_lb_target_group" "tcp-internal-shared-kops-7bf5kj" {
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
  name               = "tcp-internal-shared-kops-7bf5kj"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "tcp-internal-shared-kops-7bf5kj"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_lb_target_group" "tcp-shared-kops-example-o-f2qmp9" {
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
  name               = "tcp-shared-kops-example-o-f2qmp9"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "tcp-shared-kops-example-o-f2qmp9"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_route53_record" "api-internal-shared-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-shared-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-shared-kops-example-org.zone_id
  }
  name    = "api.internal.shared.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route53_record" "api-shared-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-shared-kops-example-org.dns_name
    zone_id                = aws_lb.api-shared-kops-example-org.zone_id
  }
  name    = "api.shared.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-shared-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "shared.kops.example.org/addons/aws-cloud-controller-manager/dda632254ee535c7b7e3f01dee820f70dffaf4f124b8354ea8490da6591e5a55/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.shared.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.shared.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-shared-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "shared.kops.example.org/addons/aws-cloud-controller-manager/dda632254ee535c7b7e3f01dee820f70dffaf4f124b8354ea8490da6591e5a55/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.shared.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.shared.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-shared-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "shared.kops.example.org/addons/aws-ebs-csi-driver/1d1a03a5faeb103e719abcab2356bc8ca17a0017379aa62ae0ea799ecfba1ee3/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.shared.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.shared.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-shared-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "shared.kops.example.org/addons/aws-ebs-csi-driver/1d1a03a5faeb103e719abcab2356bc8ca17a0017379aa62ae0ea799ecfba1ee3/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.shared.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.shared.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-shared-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "shared.kops.example.org/addons/aws-ebs-csi-driver/1d1a03a5faeb103e719abcab2356bc8ca17a0017379aa62ae0ea799ecfba1ee3/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.shared.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.shared.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-us-west-2a-masters-shared-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "shared.kops.example.org/nodeup/control-plane-us-west-2a/9acfbc82b13ac4ddbd209dbfc1a70460a7839e7be901f0b354d4f32bc1631b5d.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-us-west-2a.masters.shared.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-us-west-2a.masters.shared.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-us-west-2a-shared-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "shared.kops.example.org/nodeup/nodes-us-west-2a/8832fa5064bb9642e5348f6bb7b7a48acd69c4bc80ba08aa3c1f3014341d7563.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes-us-west-2a.shared.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes-us-west-2a.shared.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-shared-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.shared.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "api-elb.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group" "bastion-elb-shared-kops-example-org" {
  description = "Security group for the bastion load balancer"
  name        = "bastion-elb.shared.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "bastion-elb.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group" "bastion-shared-kops-example-org" {
  description = "Security group for bastion hosts"
  name        = "bastion.shared.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "bastion.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group" "masters-shared-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.shared.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "masters.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group" "nodes-shared-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.shared.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "nodes.shared.kops.example.org"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-bastion-elb-shared-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to the bastion load balancer"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.bastion-elb-shared-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-shared-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-shared-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-shared-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-shared-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-shared-kops-example-org-ingress-tcp-6443to6443-masters-shared-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shared-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-shared-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-elb-shared-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-elb-shared-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-elb-shared-kops-example-org-ingress-tcp-22to22-bastion-shared-kops-example-org" {
  description              = "bastion load balancer to bastions"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.bastion-shared-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-elb-shared-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-shared-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-shared-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-shared-kops-example-org-ingress-tcp-22to22-masters-shared-kops-example-org" {
  description              = "bastions to control-plane nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shared-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-shared-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-shared-kops-example-org-ingress-tcp-22to22-nodes-shared-kops-example-org" {
  description              = "bastions to nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-shared-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shared-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-shared-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-shared-kops-example-org-ingress-all-0to0-masters-shared-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-shared-kops-example-org.id
  source_security_group_id = aws_security_group.masters-shared-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shared-kops-example-org-ingress-all-0to0-nodes-shared-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-shared-kops-example-org.id
  source_security_group_id = aws_security_group.masters-shared-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shared-kops-example-org-ingress-tcp-10250to10250-nodes-shared-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-kops-example-org.id
  source_security_group_id = aws_security_group.masters-shared-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shared-kops-example-org-ingress-tcp-443to443-api-elb-shared-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-shared-kops-example-org.id
  source_security_group_id = aws_security_group.masters-shared-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-shared-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-shared-kops-example-org-ingress-all-0to0-masters-shared-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-shared-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-shared-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-kops-example-org-ingress-all-0to0-nodes-shared-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-shared-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-shared-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-kops-example-org-ingress-tcp-10250to10250-masters-shared-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shared-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-shared-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-kops-example-org-ingress-tcp-10250to10250-nodes-shared-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-shared-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-kops-example-org-ingress-tcp-30000to32767-nodes-shared-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-shared-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-kops-example-org-ingress-tcp-443to443-api-elb-shared-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-shared-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-shared-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-kops-example-org-ingress-tcp-6443to6443-masters-shared-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shared-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-shared-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-kops-example-org-ingress-udp-30000to32767-nodes-shared-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-shared-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-shared-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-shared-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-shared-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-shared-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-shared-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-shared-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-shared-kops-example-org]
  description    = "kgen: the add-ons of cluster shared.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.shared.kops.example.org_value")
  name           = "/kgen/shared.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                             = "shared.kops.example.org"
    "Name"                                          = "/kgen/shared.kops.example.org/addons"
    "kubernetes.io/cluster/shared.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "terraform_data" "config-store-shared-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-shared-kops-example-org.keys, "shared.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/shared.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/shared.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
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

data "aws_s3_objects" "config-store-ca-shared-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "shared.kops.example.org/pki/ca.crt"
}

data "aws_vpc" "shared-kops-example-org" {
  id = "vpc-0a1b2c3d4e5f60718"
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
