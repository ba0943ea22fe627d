locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-nat-address-kops-example-org.dns_name
  api_internal_name                   = "api.internal.nat-address.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-nat-address-kops-example-org.dns_name
  api_public_name                     = "api.nat-address.kops.example.org"
  bastion_autoscaling_group_ids       = [aws_autoscaling_group.bastions-nat-address-kops-example-org.id]
  bastion_load_balancer_dns_name      = aws_lb.bastion-nat-address-kops-example-org.dns_name
  bastion_security_group_ids          = [aws_security_group.bastion-nat-address-kops-example-org.id]
  bastions_role_arn                   = aws_iam_role.bastions-nat-address-kops-example-org.arn
  bastions_role_name                  = aws_iam_role.bastions-nat-address-kops-example-org.name
  cluster_name                        = "nat-address.kops.example.org"
  config_base                         = "s3://kgen-tests-state/nat-address.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-west-2a-masters-nat-address-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-nat-address-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-nat-address-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-nat-address-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-nat-address-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-nat-address-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.eu-west-2a-nat-address-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-nat-address-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-nat-address-kops-example-org.name
  region                              = "eu-west-2"
  vpc_cidr_block                      = data.aws_vpc.nat-address-kops-example-org.cidr_block
  vpc_id                              = "vpc-0c1d2e3f4a5b60718"
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

resource "aws_autoscaling_group" "bastions-nat-address-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.bastions-nat-address-kops-example-org.id
    version = aws_launch_template.bastions-nat-address-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "bastions.nat-address.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "nat-address.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "bastions.nat-address.kops.example.org"
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
    key                 = "kubernetes.io/cluster/nat-address.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.bastion-nat-address-kops-mjp9b9.arn]
  vpc_zone_identifier = [aws_subnet.utility-eu-west-2a-nat-address-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-eu-west-2a-masters-nat-address-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-west-2a-masters-nat-address-kops-example-org.id
    version = aws_launch_template.control-plane-eu-west-2a-masters-nat-address-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-west-2a.masters.nat-address.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "nat-address.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-west-2a.masters.nat-address.kops.example.org"
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
    key                 = "kubernetes.io/cluster/nat-address.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-nat-address-kops-exam-a55ppc.arn, aws_lb_target_group.tcp-internal-nat-address-upvhqi.arn]
  vpc_zone_identifier = [aws_subnet.eu-west-2a-nat-address-kops-example-org.id]
}

resource "aws_autoscaling_group" "nodes-nat-address-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-nat-address-kops-example-org.id
    version = aws_launch_template.nodes-nat-address-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 4
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.nat-address.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "nat-address.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.nat-address.kops.example.org"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/nat-address.kops.example.org"
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
    key                 = "kubernetes.io/cluster/nat-address.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.eu-west-2a-nat-address-kops-example-org.id]
}

resource "aws_ebs_volume" "a-etcd-main-nat-address-kops-example-org" {
  availability_zone = "eu-west-2a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "a.etcd-main.nat-address.kops.example.org"
    "k8s.io/etcd/main"                                   = "a/a"
    "k8s.io/role/control-plane"                          = "1"
    "k8s.io/role/master"                                 = "1"
    "kgen.dev/instancegroup"                             = "control-plane-eu-west-2a"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_iam_instance_profile" "bastions-nat-address-kops-example-org" {
  name = "bastions.nat-address.kops.example.org"
  role = aws_iam_role.bastions-nat-address-kops-example-org.name
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "bastions.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "masters-nat-address-kops-example-org" {
  name = "masters.nat-address.kops.example.org"
  role = aws_iam_role.masters-nat-address-kops-example-org.name
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "masters.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-nat-address-kops-example-org" {
  name = "nodes.nat-address.kops.example.org"
  role = aws_iam_role.nodes-nat-address-kops-example-org.name
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "nodes.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "bastions-nat-address-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_bastions.nat-address.kops.example.org_policy")
  name               = "bastions.nat-address.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "bastions.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-nat-address-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.nat-address.kops.example.org_policy")
  name               = "masters.nat-address.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "masters.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-nat-address-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.nat-address.kops.example.org_policy")
  name               = "nodes.nat-address.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "nodes.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "masters-nat-address-kops-example-org" {
  name   = "masters.nat-address.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.nat-address.kops.example.org_policy")
  role   = aws_iam_role.masters-nat-address-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-nat-address-kops-example-org" {
  name   = "nodes.nat-address.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.nat-address.kops.example.org_policy")
  role   = aws_iam_role.nodes-nat-address-kops-example-org.name
}

resource "aws_key_pair" "kubernetes-nat-address-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.nat-address.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.nat-address.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "bastions-nat-address-kops-example-org" {
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
    name = aws_iam_instance_profile.bastions-nat-address-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.micro"
  key_name      = aws_key_pair.kubernetes-nat-address-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "bastions.nat-address.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.bastion-nat-address-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                  = "nat-address.kops.example.org"
      "Name"                                               = "bastions.nat-address.kops.example.org"
      "k8s.io/role/bastion"                                = "1"
      "kgen.dev/instancegroup"                             = "bastions"
      "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                  = "nat-address.kops.example.org"
      "Name"                                               = "bastions.nat-address.kops.example.org"
      "k8s.io/role/bastion"                                = "1"
      "kgen.dev/instancegroup"                             = "bastions"
      "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "bastions.nat-address.kops.example.org"
    "k8s.io/role/bastion"                                = "1"
    "kgen.dev/instancegroup"                             = "bastions"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_bastions.nat-address.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-eu-west-2a-masters-nat-address-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-control-plane-eu-west-2a-masters-nat-address-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-nat-address-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-nat-address-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-west-2a.masters.nat-address.kops.example.org"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-nat-address-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                  = "nat-address.kops.example.org"
      "Name"                                               = "control-plane-eu-west-2a.masters.nat-address.kops.example.org"
      "k8s.io/role/control-plane"                          = "1"
      "k8s.io/role/master"                                 = "1"
      "kgen.dev/instancegroup"                             = "control-plane-eu-west-2a"
      "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                  = "nat-address.kops.example.org"
      "Name"                                               = "control-plane-eu-west-2a.masters.nat-address.kops.example.org"
      "k8s.io/role/control-plane"                          = "1"
      "k8s.io/role/master"                                 = "1"
      "kgen.dev/instancegroup"                             = "control-plane-eu-west-2a"
      "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "control-plane-eu-west-2a.masters.nat-address.kops.example.org"
    "k8s.io/role/control-plane"                          = "1"
    "k8s.io/role/master"                                 = "1"
    "kgen.dev/instancegroup"                             = "control-plane-eu-west-2a"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-west-2a.masters.nat-address.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-nat-address-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-nodes-nat-address-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-nat-address-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.large"
  key_name      = aws_key_pair.kubernetes-nat-address-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.nat-address.kops.example.org"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-nat-address-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                      = "nat-address.kops.example.org"
      "Name"                                                   = "nodes.nat-address.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                      = "1"
      "k8s.io/cluster-autoscaler/nat-address.kops.example.org" = "owned"
      "k8s.io/role/node"                                       = "1"
      "kgen.dev/instancegroup"                                 = "nodes"
      "kubernetes.io/cluster/nat-address.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                      = "nat-address.kops.example.org"
      "Name"                                                   = "nodes.nat-address.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                      = "1"
      "k8s.io/cluster-autoscaler/nat-address.kops.example.org" = "owned"
      "k8s.io/role/node"                                       = "1"
      "kgen.dev/instancegroup"                                 = "nodes"
      "kubernetes.io/cluster/nat-address.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                      = "nat-address.kops.example.org"
    "Name"                                                   = "nodes.nat-address.kops.example.org"
    "k8s.io/cluster-autoscaler/enabled"                      = "1"
    "k8s.io/cluster-autoscaler/nat-address.kops.example.org" = "owned"
    "k8s.io/role/node"                                       = "1"
    "kgen.dev/instancegroup"                                 = "nodes"
    "kubernetes.io/cluster/nat-address.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.nat-address.kops.example.org_user_data"))
}

resource "aws_lb" "api-internal-nat-address-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-nat-address-2q14jm"
  security_groups                  = [aws_security_group.api-elb-nat-address-kops-example-org.id]
  subnets                          = [aws_subnet.eu-west-2a-nat-address-kops-example-org.id]
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "api-internal.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-nat-address-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-nat-address-kops-exam-hsh53r"
  security_groups                  = [aws_security_group.api-elb-nat-address-kops-example-org.id]
  subnets                          = [aws_subnet.utility-eu-west-2a-nat-address-kops-example-org.id]
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "api.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_lb" "bastion-nat-address-kops-example-org" {
  enable_cross_zone_load_balancing = false
  internal                         = false
  load_balancer_type               = "network"
  name                             = "bastion-nat-address-kops-mjp9b9"
  security_groups                  = [aws_security_group.bastion-elb-nat-address-kops-example-org.id]
  subnets                          = [aws_subnet.utility-eu-west-2a-nat-address-kops-example-org.id]
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "bastion.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-nat-address-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-nat-address-upvhqi.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-nat-address-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-nat-address-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-nat-address-kops-exam-a55ppc.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-nat-address-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "bastion-nat-address-kops-example-org-22" {
  default_action {
    target_group_arn = aws_lb_target_group.bastion-nat-address-kops-mjp9b9.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.bastion-nat-address-kops-example-org.arn
  port              = 22
  protocol          = "TCP"
}

resource "aws_lb_target_group" "bastion-nat-address-kops-mjp9b9" {
  connection_termination = true
  deregistration_delay   = "30"
  health_check {
    healthy_threshold   = 2
    interval            = 10
    protocol            = "TCP"
    unhealthy_threshold = 2
  }
  name               = "bastion-nat-address-kops-mjp9b9"
  port               = 22
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "bastion-nat-address-kops-mjp9b9"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_lb_target_group" "tcp-internal-nat-address-upvhqi" {
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
  name               = "tcp-internal-nat-address-upvhqi"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "tcp-internal-nat-address-upvhqi"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_lb_target_group" "tcp-nat-address-kops-exam-a55ppc" {
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
  name               = "tcp-nat-address-kops-exam-a55ppc"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "tcp-nat-address-kops-exam-a55ppc"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_nat_gateway" "eu-west-2a-nat-address-kops-example-org" {
  allocation_id = "eipalloc-0a1b2c3d4e5f60718"
  subnet_id     = aws_subnet.utility-eu-west-2a-nat-address-kops-example-org.id
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "eu-west-2a.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = data.aws_internet_gateway.nat-address-kops-example-org.internet_gateway_id
  route_table_id         = aws_route_table.nat-address-kops-example-org.id
}

resource "aws_route" "route-private-eu-west-2a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-west-2a-nat-address-kops-example-org.id
  route_table_id         = aws_route_table.private-eu-west-2a-nat-address-kops-example-org.id
}

resource "aws_route53_record" "api-internal-nat-address-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-nat-address-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-nat-address-kops-example-org.zone_id
  }
  name    = "api.internal.nat-address.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route53_record" "api-nat-address-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-nat-address-kops-example-org.dns_name
    zone_id                = aws_lb.api-nat-address-kops-example-org.zone_id
  }
  name    = "api.nat-address.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route_table" "nat-address-kops-example-org" {
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_route_table" "private-eu-west-2a-nat-address-kops-example-org" {
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "private-eu-west-2a.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_route_table_association" "private-eu-west-2a-nat-address-kops-example-org" {
  route_table_id = aws_route_table.private-eu-west-2a-nat-address-kops-example-org.id
  subnet_id      = aws_subnet.eu-west-2a-nat-address-kops-example-org.id
}

resource "aws_route_table_association" "utility-eu-west-2a-nat-address-kops-example-org" {
  route_table_id = aws_route_table.nat-address-kops-example-org.id
  subnet_id      = aws_subnet.utility-eu-west-2a-nat-address-kops-example-org.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-nat-address-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "nat-address.kops.example.org/addons/aws-cloud-controller-manager/5c2197037febbbda537073438821af378bf1006107f41414d14b9290ecba0c65/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.nat-address.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.nat-address.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-nat-address-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "nat-address.kops.example.org/addons/aws-cloud-controller-manager/5c2197037febbbda537073438821af378bf1006107f41414d14b9290ecba0c65/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.nat-address.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.nat-address.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-nat-address-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "nat-address.kops.example.org/addons/aws-ebs-csi-driver/563cf7ec330fdd2dbcf085476dba0ee58606a05721a20b2a1c11d26042b1b375/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.nat-address.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.nat-address.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-nat-address-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "nat-address.kops.example.org/addons/aws-ebs-csi-driver/563cf7ec330fdd2dbcf085476dba0ee58606a05721a20b2a1c11d26042b1b375/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.nat-address.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.nat-address.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-nat-address-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "nat-address.kops.example.org/addons/aws-ebs-csi-driver/563cf7ec330fdd2dbcf085476dba0ee58606a05721a20b2a1c11d26042b1b375/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.nat-address.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.nat-address.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-eu-west-2a-masters-nat-address-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "nat-address.kops.example.org/nodeup/control-plane-eu-west-2a/5ee327862e922c30c62cc6af9455c93f84a8cded375cd35a4523f9dba3ebd427.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-eu-west-2a.masters.nat-address.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-eu-west-2a.masters.nat-address.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-nat-address-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "nat-address.kops.example.org/nodeup/nodes/68005b4f3143637f9055cf84a5416cedd93e3163b5824492cc6aaabb19caee6c.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes.nat-address.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes.nat-address.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-nat-address-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.nat-address.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "api-elb.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_security_group" "bastion-elb-nat-address-kops-example-org" {
  description = "Security group for the bastion load balancer"
  name        = "bastion-elb.nat-address.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "bastion-elb.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_security_group" "bastion-nat-address-kops-example-org" {
  description = "Security group for bastion hosts"
  name        = "bastion.nat-address.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "bastion.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_security_group" "masters-nat-address-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.nat-address.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "masters.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_security_group" "nodes-nat-address-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.nat-address.kops.example.org"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "nodes.nat-address.kops.example.org"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-bastion-elb-nat-address-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to the bastion load balancer"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.bastion-elb-nat-address-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-nat-address-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-nat-address-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-nat-address-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-nat-address-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-nat-address-kops-example-org-ingress-tcp-6443to6443-masters-nat-address-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-nat-address-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-elb-nat-address-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-elb-nat-address-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-elb-nat-address-kops-example-org-ingress-tcp-22to22-bastion-nat-address-kops-example-org" {
  description              = "bastion load balancer to bastions"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.bastion-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-elb-nat-address-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-nat-address-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-nat-address-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-nat-address-kops-example-org-ingress-tcp-22to22-masters-nat-address-kops-example-org" {
  description              = "bastions to control-plane nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-nat-address-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-nat-address-kops-example-org-ingress-tcp-22to22-nodes-nat-address-kops-example-org" {
  description              = "bastions to nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-nat-address-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-nat-address-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-nat-address-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-nat-address-kops-example-org-ingress-all-0to0-masters-nat-address-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.masters-nat-address-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-nat-address-kops-example-org-ingress-all-0to0-nodes-nat-address-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.masters-nat-address-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-nat-address-kops-example-org-ingress-tcp-10250to10250-nodes-nat-address-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.masters-nat-address-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-nat-address-kops-example-org-ingress-tcp-443to443-api-elb-nat-address-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.masters-nat-address-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-nat-address-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-nat-address-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-nat-address-kops-example-org-ingress-all-0to0-masters-nat-address-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-nat-address-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-nat-address-kops-example-org-ingress-all-0to0-nodes-nat-address-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-nat-address-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-nat-address-kops-example-org-ingress-tcp-10250to10250-masters-nat-address-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-nat-address-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-nat-address-kops-example-org-ingress-tcp-10250to10250-nodes-nat-address-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-nat-address-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-nat-address-kops-example-org-ingress-tcp-30000to32767-nodes-nat-address-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-nat-address-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-nat-address-kops-example-org-ingress-tcp-443to443-api-elb-nat-address-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-nat-address-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-nat-address-kops-example-org-ingress-tcp-6443to6443-masters-nat-address-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-nat-address-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-nat-address-kops-example-org-ingress-udp-30000to32767-nodes-nat-address-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-nat-address-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-nat-address-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-nat-address-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-nat-address-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-nat-address-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-nat-address-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-nat-address-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-nat-address-kops-example-org]
  description    = "kgen: the add-ons of cluster nat-address.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.nat-address.kops.example.org_value")
  name           = "/kgen/nat-address.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "/kgen/nat-address.kops.example.org/addons"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "eu-west-2a-nat-address-kops-example-org" {
  availability_zone                           = "eu-west-2a"
  cidr_block                                  = "10.90.64.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "eu-west-2a.nat-address.kops.example.org"
    "SubnetType"                                         = "Private"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
    "kubernetes.io/role/internal-elb"                    = "1"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "aws_subnet" "utility-eu-west-2a-nat-address-kops-example-org" {
  availability_zone                           = "eu-west-2a"
  cidr_block                                  = "10.90.0.0/22"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                  = "nat-address.kops.example.org"
    "Name"                                               = "utility-eu-west-2a.nat-address.kops.example.org"
    "SubnetType"                                         = "Utility"
    "kubernetes.io/cluster/nat-address.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                             = "1"
  }
  vpc_id = "vpc-0c1d2e3f4a5b60718"
}

resource "terraform_data" "config-store-nat-address-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-nat-address-kops-example-org.keys, "nat-address.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/nat-address.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/nat-address.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
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

data "aws_internet_gateway" "nat-address-kops-example-org" {
  filter {
    name   = "attachment.vpc-id"
    values = ["vpc-0c1d2e3f4a5b60718"]
  }
}

data "aws_route53_zone" "kops-example-org" {
  name         = "kops.example.org"
  private_zone = false
}

data "aws_s3_objects" "config-store-ca-nat-address-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "nat-address.kops.example.org/pki/ca.crt"
}

data "aws_vpc" "nat-address-kops-example-org" {
  id = "vpc-0c1d2e3f4a5b60718"
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
