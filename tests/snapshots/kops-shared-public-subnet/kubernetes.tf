locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-sharedpublic-kops-example-org.dns_name
  api_internal_name                   = "api.internal.sharedpublic.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-sharedpublic-kops-example-org.dns_name
  api_public_name                     = "api.sharedpublic.kops.example.org"
  cluster_name                        = "sharedpublic.kops.example.org"
  config_base                         = "s3://kgen-tests-state/sharedpublic.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-north-1a-masters-sharedpublic-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-sharedpublic-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-sharedpublic-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-sharedpublic-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-eu-north-1a-sharedpublic-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-sharedpublic-kops-example-org.id]
  node_subnet_ids                     = ["subnet-0a9b8c7d6e5f40312"]
  nodes_role_arn                      = aws_iam_role.nodes-sharedpublic-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-sharedpublic-kops-example-org.name
  region                              = "eu-north-1"
  vpc_cidr_block                      = data.aws_vpc.sharedpublic-kops-example-org.cidr_block
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
  region = "eu-north-1"
}

resource "aws_autoscaling_group" "control-plane-eu-north-1a-masters-sharedpublic-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-north-1a-masters-sharedpublic-kops-example-org.id
    version = aws_launch_template.control-plane-eu-north-1a-masters-sharedpublic-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-north-1a.masters.sharedpublic.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "sharedpublic.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-north-1a.masters.sharedpublic.kops.example.org"
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
    value               = "control-plane-eu-north-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/sharedpublic.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-sharedpublic-kops-exa-nqsh9s.arn, aws_lb_target_group.tcp-internal-sharedpublic-og2r4v.arn]
  vpc_zone_identifier = ["subnet-0a9b8c7d6e5f40312"]
}

resource "aws_autoscaling_group" "nodes-eu-north-1a-sharedpublic-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-eu-north-1a-sharedpublic-kops-example-org.id
    version = aws_launch_template.nodes-eu-north-1a-sharedpublic-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 2
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes-eu-north-1a.sharedpublic.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "sharedpublic.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes-eu-north-1a.sharedpublic.kops.example.org"
  }
  tag {
    key                 = "k8s.io/role/node"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "kgen.dev/instancegroup"
    propagate_at_launch = true
    value               = "nodes-eu-north-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/sharedpublic.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = ["subnet-0a9b8c7d6e5f40312"]
}

resource "aws_ebs_volume" "a-etcd-main-sharedpublic-kops-example-org" {
  availability_zone = "eu-north-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "a.etcd-main.sharedpublic.kops.example.org"
    "k8s.io/etcd/main"                                    = "a/a"
    "k8s.io/role/control-plane"                           = "1"
    "k8s.io/role/master"                                  = "1"
    "kgen.dev/instancegroup"                              = "control-plane-eu-north-1a"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ec2_tag" "eu-north-1a-sharedpublic-kops-example-org-shared" {
  key         = "kubernetes.io/cluster/sharedpublic.kops.example.org"
  resource_id = "subnet-0a9b8c7d6e5f40312"
  value       = "shared"
}

resource "aws_iam_instance_profile" "masters-sharedpublic-kops-example-org" {
  name = "masters.sharedpublic.kops.example.org"
  role = aws_iam_role.masters-sharedpublic-kops-example-org.name
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "masters.sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-sharedpublic-kops-example-org" {
  name = "nodes.sharedpublic.kops.example.org"
  role = aws_iam_role.nodes-sharedpublic-kops-example-org.name
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "nodes.sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-sharedpublic-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.sharedpublic.kops.example.org_policy")
  name               = "masters.sharedpublic.kops.example.org"
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "masters.sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-sharedpublic-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.sharedpublic.kops.example.org_policy")
  name               = "nodes.sharedpublic.kops.example.org"
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "nodes.sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "masters-sharedpublic-kops-example-org" {
  name   = "masters.sharedpublic.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.sharedpublic.kops.example.org_policy")
  role   = aws_iam_role.masters-sharedpublic-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-sharedpublic-kops-example-org" {
  name   = "nodes.sharedpublic.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.sharedpublic.kops.example.org_policy")
  role   = aws_iam_role.nodes-sharedpublic-kops-example-org.name
}

resource "aws_key_pair" "kubernetes-sharedpublic-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.sharedpublic.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.sharedpublic.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "control-plane-eu-north-1a-masters-sharedpublic-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-eu-north-1a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-eu-north-1a-masters-sharedpublic-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-sharedpublic-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-eu-north-1a.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-sharedpublic-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-north-1a.masters.sharedpublic.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-sharedpublic-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
      "Name"                                                = "control-plane-eu-north-1a.masters.sharedpublic.kops.example.org"
      "k8s.io/role/control-plane"                           = "1"
      "k8s.io/role/master"                                  = "1"
      "kgen.dev/instancegroup"                              = "control-plane-eu-north-1a"
      "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
      "Name"                                                = "control-plane-eu-north-1a.masters.sharedpublic.kops.example.org"
      "k8s.io/role/control-plane"                           = "1"
      "k8s.io/role/master"                                  = "1"
      "kgen.dev/instancegroup"                              = "control-plane-eu-north-1a"
      "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "control-plane-eu-north-1a.masters.sharedpublic.kops.example.org"
    "k8s.io/role/control-plane"                           = "1"
    "k8s.io/role/master"                                  = "1"
    "kgen.dev/instancegroup"                              = "control-plane-eu-north-1a"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-north-1a.masters.sharedpublic.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-eu-north-1a-sharedpublic-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-eu-north-1a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 128
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-nodes-eu-north-1a-sharedpublic-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-sharedpublic-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-eu-north-1a.id
  instance_type = "t3.large"
  key_name      = aws_key_pair.kubernetes-sharedpublic-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes-eu-north-1a.sharedpublic.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-sharedpublic-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
      "Name"                                                = "nodes-eu-north-1a.sharedpublic.kops.example.org"
      "k8s.io/role/node"                                    = "1"
      "kgen.dev/instancegroup"                              = "nodes-eu-north-1a"
      "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
      "Name"                                                = "nodes-eu-north-1a.sharedpublic.kops.example.org"
      "k8s.io/role/node"                                    = "1"
      "kgen.dev/instancegroup"                              = "nodes-eu-north-1a"
      "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "nodes-eu-north-1a.sharedpublic.kops.example.org"
    "k8s.io/role/node"                                    = "1"
    "kgen.dev/instancegroup"                              = "nodes-eu-north-1a"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes-eu-north-1a.sharedpublic.kops.example.org_user_data"))
}

resource "aws_lb" "api-internal-sharedpublic-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-sharedpublic-5lvd5m"
  security_groups                  = [aws_security_group.api-elb-sharedpublic-kops-example-org.id]
  subnets                          = ["subnet-0a9b8c7d6e5f40312"]
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "api-internal.sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-sharedpublic-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-sharedpublic-kops-exa-rejiqt"
  security_groups                  = [aws_security_group.api-elb-sharedpublic-kops-example-org.id]
  subnets                          = ["subnet-0a9b8c7d6e5f40312"]
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "api.sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-sharedpublic-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-sharedpublic-og2r4v.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-sharedpublic-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-sharedpublic-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-sharedpublic-kops-exa-nqsh9s.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-sharedpublic-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-internal-sharedpublic-og2r4v" {
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
  name               = "tcp-internal-sharedpublic-og2r4v"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "tcp-internal-sharedpublic-og2r4v"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_lb_target_group" "tcp-sharedpublic-kops-exa-nqsh9s" {
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
  name               = "tcp-sharedpublic-kops-exa-nqsh9s"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "tcp-sharedpublic-kops-exa-nqsh9s"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_route53_record" "api-internal-sharedpublic-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-sharedpublic-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-sharedpublic-kops-example-org.zone_id
  }
  name    = "api.internal.sharedpublic.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route53_record" "api-sharedpublic-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-sharedpublic-kops-example-org.dns_name
    zone_id                = aws_lb.api-sharedpublic-kops-example-org.zone_id
  }
  name    = "api.sharedpublic.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-sharedpublic-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "sharedpublic.kops.example.org/addons/aws-cloud-controller-manager/e73113dea4e1a63a854c3ae5ca1f2968987f341a365b0ab580a1d5d440844cdb/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.sharedpublic.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.sharedpublic.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-sharedpublic-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "sharedpublic.kops.example.org/addons/aws-cloud-controller-manager/e73113dea4e1a63a854c3ae5ca1f2968987f341a365b0ab580a1d5d440844cdb/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.sharedpublic.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.sharedpublic.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-sharedpublic-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "sharedpublic.kops.example.org/addons/aws-ebs-csi-driver/dc8749c6b9be6d8e01004a54b554438f75b66a7258022f0ad78aada66af6a7b2/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.sharedpublic.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.sharedpublic.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-sharedpublic-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "sharedpublic.kops.example.org/addons/aws-ebs-csi-driver/dc8749c6b9be6d8e01004a54b554438f75b66a7258022f0ad78aada66af6a7b2/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.sharedpublic.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.sharedpublic.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-sharedpublic-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "sharedpublic.kops.example.org/addons/aws-ebs-csi-driver/dc8749c6b9be6d8e01004a54b554438f75b66a7258022f0ad78aada66af6a7b2/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.sharedpublic.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.sharedpublic.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-eu-north-1a-masters-sharedpublic-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "sharedpublic.kops.example.org/nodeup/control-plane-eu-north-1a/12a6e03262d5986b2744d62f17049596abfedb0d2540f3afec4476b9534d4568.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-eu-north-1a.masters.sharedpublic.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-eu-north-1a.masters.sharedpublic.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-eu-north-1a-sharedpublic-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "sharedpublic.kops.example.org/nodeup/nodes-eu-north-1a/eeb49014476bbe7c27234a926bb345125402a1051cc2c9cd0f4e8792f0005b84.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes-eu-north-1a.sharedpublic.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes-eu-north-1a.sharedpublic.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-sharedpublic-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.sharedpublic.kops.example.org"
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "api-elb.sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_security_group" "masters-sharedpublic-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.sharedpublic.kops.example.org"
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "masters.sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_security_group" "nodes-sharedpublic-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.sharedpublic.kops.example.org"
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "nodes.sharedpublic.kops.example.org"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
  vpc_id = "vpc-0b1c2d3e4f5a60718"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-masters-sharedpublic-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-sharedpublic-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-nodes-sharedpublic-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-sharedpublic-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-sharedpublic-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-sharedpublic-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-sharedpublic-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-sharedpublic-kops-example-org-ingress-tcp-6443to6443-masters-sharedpublic-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-sharedpublic-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-sharedpublic-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-sharedpublic-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-sharedpublic-kops-example-org-ingress-all-0to0-masters-sharedpublic-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.masters-sharedpublic-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-sharedpublic-kops-example-org-ingress-all-0to0-nodes-sharedpublic-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.masters-sharedpublic-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-sharedpublic-kops-example-org-ingress-tcp-10250to10250-nodes-sharedpublic-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.masters-sharedpublic-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-sharedpublic-kops-example-org-ingress-tcp-443to443-api-elb-sharedpublic-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.masters-sharedpublic-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-sharedpublic-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-sharedpublic-kops-example-org-ingress-all-0to0-masters-sharedpublic-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-sharedpublic-kops-example-org-ingress-all-0to0-nodes-sharedpublic-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-sharedpublic-kops-example-org-ingress-tcp-10250to10250-masters-sharedpublic-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-sharedpublic-kops-example-org-ingress-tcp-10250to10250-nodes-sharedpublic-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-sharedpublic-kops-example-org-ingress-tcp-30000to32767-nodes-sharedpublic-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-sharedpublic-kops-example-org-ingress-tcp-443to443-api-elb-sharedpublic-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-sharedpublic-kops-example-org-ingress-tcp-6443to6443-masters-sharedpublic-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-sharedpublic-kops-example-org-ingress-udp-30000to32767-nodes-sharedpublic-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-sharedpublic-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-sharedpublic-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-sharedpublic-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-sharedpublic-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-sharedpublic-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-sharedpublic-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-sharedpublic-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-sharedpublic-kops-example-org]
  description    = "kgen: the add-ons of cluster sharedpublic.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.sharedpublic.kops.example.org_value")
  name           = "/kgen/sharedpublic.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                                   = "sharedpublic.kops.example.org"
    "Name"                                                = "/kgen/sharedpublic.kops.example.org/addons"
    "kubernetes.io/cluster/sharedpublic.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "terraform_data" "config-store-sharedpublic-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-sharedpublic-kops-example-org.keys, "sharedpublic.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/sharedpublic.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/sharedpublic.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
    }
  }
}

data "aws_ami" "image-control-plane-eu-north-1a" {
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

data "aws_s3_objects" "config-store-ca-sharedpublic-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "sharedpublic.kops.example.org/pki/ca.crt"
}

data "aws_vpc" "sharedpublic-kops-example-org" {
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
