locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-privdns-kops-example-org.dns_name
  api_internal_name                   = "api.internal.privdns.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-privdns-kops-example-org.dns_name
  api_public_name                     = "api.privdns.kops.example.org"
  bastion_autoscaling_group_ids       = [aws_autoscaling_group.bastions-privdns-kops-example-org.id]
  bastion_load_balancer_dns_name      = aws_lb.bastion-privdns-kops-example-org.dns_name
  bastion_security_group_ids          = [aws_security_group.bastion-privdns-kops-example-org.id]
  bastions_role_arn                   = aws_iam_role.bastions-privdns-kops-example-org.arn
  bastions_role_name                  = aws_iam_role.bastions-privdns-kops-example-org.name
  cluster_name                        = "privdns.kops.example.org"
  config_base                         = "s3://kgen-tests-state/privdns.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-ca-central-1a-masters-privdns-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-privdns-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-privdns-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-privdns-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-ca-central-1a-privdns-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-privdns-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.ca-central-1a-privdns-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-privdns-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-privdns-kops-example-org.name
  region                              = "ca-central-1"
  vpc_cidr_block                      = aws_vpc.privdns-kops-example-org.cidr_block
  vpc_id                              = aws_vpc.privdns-kops-example-org.id
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
  region = "ca-central-1"
}

resource "aws_autoscaling_group" "bastions-privdns-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.bastions-privdns-kops-example-org.id
    version = aws_launch_template.bastions-privdns-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "bastions.privdns.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "privdns.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "bastions.privdns.kops.example.org"
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
    key                 = "kubernetes.io/cluster/privdns.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.bastion-privdns-kops-exam-gic8h4.arn]
  vpc_zone_identifier = [aws_subnet.utility-ca-central-1a-privdns-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-ca-central-1a-masters-privdns-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-ca-central-1a-masters-privdns-kops-example-org.id
    version = aws_launch_template.control-plane-ca-central-1a-masters-privdns-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-ca-central-1a.masters.privdns.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "privdns.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-ca-central-1a.masters.privdns.kops.example.org"
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
    value               = "control-plane-ca-central-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/privdns.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-privdns-kops-example-39fac5.arn, aws_lb_target_group.tcp-internal-privdns-kops-6i7dpe.arn]
  vpc_zone_identifier = [aws_subnet.ca-central-1a-privdns-kops-example-org.id]
}

resource "aws_autoscaling_group" "nodes-ca-central-1a-privdns-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-ca-central-1a-privdns-kops-example-org.id
    version = aws_launch_template.nodes-ca-central-1a-privdns-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 4
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes-ca-central-1a.privdns.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "privdns.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes-ca-central-1a.privdns.kops.example.org"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/privdns.kops.example.org"
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
    value               = "nodes-ca-central-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/privdns.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.ca-central-1a-privdns-kops-example-org.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-privdns-kops-example-org" {
  name              = "/kgen/privdns.kops.example.org/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "/kgen/privdns.kops.example.org/vpc-flow-logs"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_default_security_group" "privdns-kops-example-org" {
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_ebs_volume" "a-etcd-main-privdns-kops-example-org" {
  availability_zone = "ca-central-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "a.etcd-main.privdns.kops.example.org"
    "k8s.io/etcd/main"                               = "a/a"
    "k8s.io/role/control-plane"                      = "1"
    "k8s.io/role/master"                             = "1"
    "kgen.dev/instancegroup"                         = "control-plane-ca-central-1a"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_eip" "ca-central-1a-privdns-kops-example-org" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "ca-central-1a.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_flow_log" "privdns-kops-example-org" {
  iam_role_arn             = aws_iam_role.flowlogs-privdns-kops-example-org.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-privdns-kops-example-org.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.privdns-kops-example-org.id
}

resource "aws_iam_instance_profile" "bastions-privdns-kops-example-org" {
  name = "bastions.privdns.kops.example.org"
  role = aws_iam_role.bastions-privdns-kops-example-org.name
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "bastions.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "masters-privdns-kops-example-org" {
  name = "masters.privdns.kops.example.org"
  role = aws_iam_role.masters-privdns-kops-example-org.name
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "masters.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-privdns-kops-example-org" {
  name = "nodes.privdns.kops.example.org"
  role = aws_iam_role.nodes-privdns-kops-example-org.name
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "nodes.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "bastions-privdns-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_bastions.privdns.kops.example.org_policy")
  name               = "bastions.privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "bastions.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-privdns-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.privdns.kops.example.org_policy")
  name               = "flowlogs.privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "flowlogs.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-privdns-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.privdns.kops.example.org_policy")
  name               = "masters.privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "masters.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-privdns-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.privdns.kops.example.org_policy")
  name               = "nodes.privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "nodes.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-privdns-kops-example-org" {
  name   = "flowlogs.privdns.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.privdns.kops.example.org_policy")
  role   = aws_iam_role.flowlogs-privdns-kops-example-org.name
}

resource "aws_iam_role_policy" "masters-privdns-kops-example-org" {
  name   = "masters.privdns.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.privdns.kops.example.org_policy")
  role   = aws_iam_role.masters-privdns-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-privdns-kops-example-org" {
  name   = "nodes.privdns.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.privdns.kops.example.org_policy")
  role   = aws_iam_role.nodes-privdns-kops-example-org.name
}

resource "aws_internet_gateway" "privdns-kops-example-org" {
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_key_pair" "kubernetes-privdns-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.privdns.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.privdns.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "bastions-privdns-kops-example-org" {
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
    name = aws_iam_instance_profile.bastions-privdns-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.micro"
  key_name      = aws_key_pair.kubernetes-privdns-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "bastions.privdns.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.bastion-privdns-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                              = "privdns.kops.example.org"
      "Name"                                           = "bastions.privdns.kops.example.org"
      "k8s.io/role/bastion"                            = "1"
      "kgen.dev/instancegroup"                         = "bastions"
      "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                              = "privdns.kops.example.org"
      "Name"                                           = "bastions.privdns.kops.example.org"
      "k8s.io/role/bastion"                            = "1"
      "kgen.dev/instancegroup"                         = "bastions"
      "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "bastions.privdns.kops.example.org"
    "k8s.io/role/bastion"                            = "1"
    "kgen.dev/instancegroup"                         = "bastions"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_bastions.privdns.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-ca-central-1a-masters-privdns-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-control-plane-ca-central-1a-masters-privdns-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-privdns-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-privdns-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-ca-central-1a.masters.privdns.kops.example.org"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-privdns-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                              = "privdns.kops.example.org"
      "Name"                                           = "control-plane-ca-central-1a.masters.privdns.kops.example.org"
      "k8s.io/role/control-plane"                      = "1"
      "k8s.io/role/master"                             = "1"
      "kgen.dev/instancegroup"                         = "control-plane-ca-central-1a"
      "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                              = "privdns.kops.example.org"
      "Name"                                           = "control-plane-ca-central-1a.masters.privdns.kops.example.org"
      "k8s.io/role/control-plane"                      = "1"
      "k8s.io/role/master"                             = "1"
      "kgen.dev/instancegroup"                         = "control-plane-ca-central-1a"
      "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "control-plane-ca-central-1a.masters.privdns.kops.example.org"
    "k8s.io/role/control-plane"                      = "1"
    "k8s.io/role/master"                             = "1"
    "kgen.dev/instancegroup"                         = "control-plane-ca-central-1a"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-ca-central-1a.masters.privdns.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-ca-central-1a-privdns-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-nodes-ca-central-1a-privdns-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-privdns-kops-example-org.id
  }
  image_id      = data.aws_ami.image-bastions.id
  instance_type = "t3.large"
  key_name      = aws_key_pair.kubernetes-privdns-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes-ca-central-1a.privdns.kops.example.org"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-privdns-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                  = "privdns.kops.example.org"
      "Name"                                               = "nodes-ca-central-1a.privdns.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                  = "1"
      "k8s.io/cluster-autoscaler/privdns.kops.example.org" = "owned"
      "k8s.io/role/node"                                   = "1"
      "kgen.dev/instancegroup"                             = "nodes-ca-central-1a"
      "kubernetes.io/cluster/privdns.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                  = "privdns.kops.example.org"
      "Name"                                               = "nodes-ca-central-1a.privdns.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                  = "1"
      "k8s.io/cluster-autoscaler/privdns.kops.example.org" = "owned"
      "k8s.io/role/node"                                   = "1"
      "kgen.dev/instancegroup"                             = "nodes-ca-central-1a"
      "kubernetes.io/cluster/privdns.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                  = "privdns.kops.example.org"
    "Name"                                               = "nodes-ca-central-1a.privdns.kops.example.org"
    "k8s.io/cluster-autoscaler/enabled"                  = "1"
    "k8s.io/cluster-autoscaler/privdns.kops.example.org" = "owned"
    "k8s.io/role/node"                                   = "1"
    "kgen.dev/instancegroup"                             = "nodes-ca-central-1a"
    "kubernetes.io/cluster/privdns.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes-ca-central-1a.privdns.kops.example.org_user_data"))
}

resource "aws_lb" "api-internal-privdns-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-privdns-kops-u33vaj"
  security_groups                  = [aws_security_group.api-elb-privdns-kops-example-org.id]
  subnets                          = [aws_subnet.ca-central-1a-privdns-kops-example-org.id]
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "api-internal.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-privdns-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-privdns-kops-example-4so67u"
  security_groups                  = [aws_security_group.api-elb-privdns-kops-example-org.id]
  subnets                          = [aws_subnet.utility-ca-central-1a-privdns-kops-example-org.id]
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "api.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_lb" "bastion-privdns-kops-example-org" {
  enable_cross_zone_load_balancing = false
  internal                         = false
  load_balancer_type               = "network"
  name                             = "bastion-privdns-kops-exam-gic8h4"
  security_groups                  = [aws_security_group.bastion-elb-privdns-kops-example-org.id]
  subnets                          = [aws_subnet.utility-ca-central-1a-privdns-kops-example-org.id]
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "bastion.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-privdns-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-privdns-kops-6i7dpe.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-privdns-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-privdns-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-privdns-kops-example-39fac5.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-privdns-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "bastion-privdns-kops-example-org-22" {
  default_action {
    target_group_arn = aws_lb_target_group.bastion-privdns-kops-exam-gic8h4.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.bastion-privdns-kops-example-org.arn
  port              = 22
  protocol          = "TCP"
}

resource "aws_lb_target_group" "bastion-privdns-kops-exam-gic8h4" {
  connection_termination = true
  deregistration_delay   = "30"
  health_check {
    healthy_threshold   = 2
    interval            = 10
    protocol            = "TCP"
    unhealthy_threshold = 2
  }
  name               = "bastion-privdns-kops-exam-gic8h4"
  port               = 22
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "bastion-privdns-kops-exam-gic8h4"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_lb_target_group" "tcp-internal-privdns-kops-6i7dpe" {
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
  name               = "tcp-internal-privdns-kops-6i7dpe"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "tcp-internal-privdns-kops-6i7dpe"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_lb_target_group" "tcp-privdns-kops-example-39fac5" {
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
  name               = "tcp-privdns-kops-example-39fac5"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "tcp-privdns-kops-example-39fac5"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_nat_gateway" "ca-central-1a-privdns-kops-example-org" {
  allocation_id = aws_eip.ca-central-1a-privdns-kops-example-org.id
  subnet_id     = aws_subnet.utility-ca-central-1a-privdns-kops-example-org.id
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "ca-central-1a.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.privdns-kops-example-org.id
  route_table_id         = aws_route_table.privdns-kops-example-org.id
}

resource "aws_route" "route-private-ca-central-1a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.ca-central-1a-privdns-kops-example-org.id
  route_table_id         = aws_route_table.private-ca-central-1a-privdns-kops-example-org.id
}

resource "aws_route53_record" "api-internal-privdns-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-privdns-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-privdns-kops-example-org.zone_id
  }
  name    = "api.internal.privdns.kops.example.org"
  type    = "A"
  zone_id = aws_route53_zone.privdns-kops-example-org.zone_id
}

resource "aws_route53_zone" "privdns-kops-example-org" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.privdns-kops-example-org.id
  }
}

resource "aws_route_table" "private-ca-central-1a-privdns-kops-example-org" {
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "private-ca-central-1a.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_route_table" "privdns-kops-example-org" {
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_route_table_association" "private-ca-central-1a-privdns-kops-example-org" {
  route_table_id = aws_route_table.private-ca-central-1a-privdns-kops-example-org.id
  subnet_id      = aws_subnet.ca-central-1a-privdns-kops-example-org.id
}

resource "aws_route_table_association" "utility-ca-central-1a-privdns-kops-example-org" {
  route_table_id = aws_route_table.privdns-kops-example-org.id
  subnet_id      = aws_subnet.utility-ca-central-1a-privdns-kops-example-org.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-privdns-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "privdns.kops.example.org/addons/aws-cloud-controller-manager/99fd4e17639b4c23f166287d5d6674cb082b577c14f8cff50a60b66245323aa0/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.privdns.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.privdns.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-privdns-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "privdns.kops.example.org/addons/aws-cloud-controller-manager/99fd4e17639b4c23f166287d5d6674cb082b577c14f8cff50a60b66245323aa0/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.privdns.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.privdns.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-privdns-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "privdns.kops.example.org/addons/aws-ebs-csi-driver/b2e5e39549b2a8306a760f2abe64514ad343389c98367b3170fef3bee295fca8/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.privdns.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.privdns.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-privdns-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "privdns.kops.example.org/addons/aws-ebs-csi-driver/b2e5e39549b2a8306a760f2abe64514ad343389c98367b3170fef3bee295fca8/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.privdns.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.privdns.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-privdns-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "privdns.kops.example.org/addons/aws-ebs-csi-driver/b2e5e39549b2a8306a760f2abe64514ad343389c98367b3170fef3bee295fca8/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.privdns.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.privdns.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-ca-central-1a-masters-privdns-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "privdns.kops.example.org/nodeup/control-plane-ca-central-1a/59965393d215de9f06899f90a96342749e5c34c5920a0de7aafee04816ca7f3d.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-ca-central-1a.masters.privdns.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-ca-central-1a.masters.privdns.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-ca-central-1a-privdns-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "privdns.kops.example.org/nodeup/nodes-ca-central-1a/4c4dcb6ca84d15bfba97b14464200ce053f2064560cdd5c7c67f51b03117f90e.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes-ca-central-1a.privdns.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes-ca-central-1a.privdns.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-privdns-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "api-elb.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_security_group" "bastion-elb-privdns-kops-example-org" {
  description = "Security group for the bastion load balancer"
  name        = "bastion-elb.privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "bastion-elb.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_security_group" "bastion-privdns-kops-example-org" {
  description = "Security group for bastion hosts"
  name        = "bastion.privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "bastion.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_security_group" "masters-privdns-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "masters.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_security_group" "nodes-privdns-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.privdns.kops.example.org"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "nodes.privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-bastion-elb-privdns-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to the bastion load balancer"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.bastion-elb-privdns-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-privdns-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-privdns-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-privdns-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-privdns-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-privdns-kops-example-org-ingress-tcp-6443to6443-masters-privdns-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-privdns-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-elb-privdns-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-elb-privdns-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-elb-privdns-kops-example-org-ingress-tcp-22to22-bastion-privdns-kops-example-org" {
  description              = "bastion load balancer to bastions"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.bastion-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-elb-privdns-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-privdns-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.bastion-privdns-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-bastion-privdns-kops-example-org-ingress-tcp-22to22-masters-privdns-kops-example-org" {
  description              = "bastions to control-plane nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-privdns-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-bastion-privdns-kops-example-org-ingress-tcp-22to22-nodes-privdns-kops-example-org" {
  description              = "bastions to nodes"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.bastion-privdns-kops-example-org.id
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-privdns-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-privdns-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-privdns-kops-example-org-ingress-all-0to0-masters-privdns-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.masters-privdns-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-privdns-kops-example-org-ingress-tcp-10250to10250-nodes-privdns-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.masters-privdns-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-privdns-kops-example-org-ingress-tcp-443to443-api-elb-privdns-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.masters-privdns-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-privdns-kops-example-org-ingress-udp-8472to8472-nodes-privdns-kops-example-org" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.masters-privdns-kops-example-org.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privdns-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-privdns-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-privdns-kops-example-org-ingress-tcp-10250to10250-masters-privdns-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-privdns-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privdns-kops-example-org-ingress-tcp-10250to10250-nodes-privdns-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-privdns-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privdns-kops-example-org-ingress-tcp-30000to32767-nodes-privdns-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-privdns-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privdns-kops-example-org-ingress-tcp-443to443-api-elb-privdns-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-privdns-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privdns-kops-example-org-ingress-tcp-6443to6443-masters-privdns-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-privdns-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privdns-kops-example-org-ingress-udp-30000to32767-nodes-privdns-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-privdns-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privdns-kops-example-org-ingress-udp-8472to8472-masters-privdns-kops-example-org" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.masters-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-privdns-kops-example-org.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-privdns-kops-example-org-ingress-udp-8472to8472-nodes-privdns-kops-example-org" {
  description              = "flannel vxlan overlay"
  from_port                = 8472
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-privdns-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-privdns-kops-example-org.id
  to_port                  = 8472
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-privdns-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-privdns-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-privdns-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-privdns-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-privdns-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-privdns-kops-example-org]
  description    = "kgen: the add-ons of cluster privdns.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.privdns.kops.example.org_value")
  name           = "/kgen/privdns.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "/kgen/privdns.kops.example.org/addons"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "ca-central-1a-privdns-kops-example-org" {
  availability_zone                           = "ca-central-1a"
  cidr_block                                  = "10.81.64.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "ca-central-1a.privdns.kops.example.org"
    "SubnetType"                                     = "Private"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
    "kubernetes.io/role/internal-elb"                = "1"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_subnet" "utility-ca-central-1a-privdns-kops-example-org" {
  availability_zone                           = "ca-central-1a"
  cidr_block                                  = "10.81.0.0/22"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "utility-ca-central-1a.privdns.kops.example.org"
    "SubnetType"                                     = "Utility"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                         = "1"
  }
  vpc_id = aws_vpc.privdns-kops-example-org.id
}

resource "aws_vpc" "privdns-kops-example-org" {
  cidr_block           = "10.81.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "privdns-kops-example-org" {
  domain_name         = "ca-central-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                              = "privdns.kops.example.org"
    "Name"                                           = "privdns.kops.example.org"
    "kubernetes.io/cluster/privdns.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "privdns-kops-example-org" {
  dhcp_options_id = aws_vpc_dhcp_options.privdns-kops-example-org.id
  vpc_id          = aws_vpc.privdns-kops-example-org.id
}

resource "terraform_data" "config-store-privdns-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-privdns-kops-example-org.keys, "privdns.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/privdns.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/privdns.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
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

data "aws_s3_objects" "config-store-ca-privdns-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "privdns.kops.example.org/pki/ca.crt"
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
