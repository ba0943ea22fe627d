locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-ha-kops-example-org.dns_name
  api_internal_name                   = "api.internal.ha.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-ha-kops-example-org.dns_name
  api_public_name                     = "api.ha.kops.example.org"
  cluster_name                        = "ha.kops.example.org"
  config_base                         = "s3://kgen-tests-state/ha.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-us-east-2a-masters-ha-kops-example-org.id, aws_autoscaling_group.control-plane-us-east-2b-masters-ha-kops-example-org.id, aws_autoscaling_group.control-plane-us-east-2c-masters-ha-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-ha-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-ha-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-ha-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-ha-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-ha-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.us-east-2a-ha-kops-example-org.id, aws_subnet.us-east-2b-ha-kops-example-org.id, aws_subnet.us-east-2c-ha-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-ha-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-ha-kops-example-org.name
  region                              = "us-east-2"
  vpc_cidr_block                      = aws_vpc.ha-kops-example-org.cidr_block
  vpc_id                              = aws_vpc.ha-kops-example-org.id
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
  region = "us-east-2"
}

resource "aws_autoscaling_group" "control-plane-us-east-2a-masters-ha-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-2a-masters-ha-kops-example-org.id
    version = aws_launch_template.control-plane-us-east-2a-masters-ha-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-2a.masters.ha.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ha.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-2a.masters.ha.kops.example.org"
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
    value               = "control-plane-us-east-2a"
  }
  tag {
    key                 = "kubernetes.io/cluster/ha.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-ha-kops-example-org-glkkvs.arn, aws_lb_target_group.tcp-internal-ha-kops-exam-8iasf3.arn]
  vpc_zone_identifier = [aws_subnet.us-east-2a-ha-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-us-east-2b-masters-ha-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-2b-masters-ha-kops-example-org.id
    version = aws_launch_template.control-plane-us-east-2b-masters-ha-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-2b.masters.ha.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ha.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-2b.masters.ha.kops.example.org"
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
    value               = "control-plane-us-east-2b"
  }
  tag {
    key                 = "kubernetes.io/cluster/ha.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-ha-kops-example-org-glkkvs.arn, aws_lb_target_group.tcp-internal-ha-kops-exam-8iasf3.arn]
  vpc_zone_identifier = [aws_subnet.us-east-2b-ha-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-us-east-2c-masters-ha-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-2c-masters-ha-kops-example-org.id
    version = aws_launch_template.control-plane-us-east-2c-masters-ha-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-2c.masters.ha.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ha.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-2c.masters.ha.kops.example.org"
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
    value               = "control-plane-us-east-2c"
  }
  tag {
    key                 = "kubernetes.io/cluster/ha.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-ha-kops-example-org-glkkvs.arn, aws_lb_target_group.tcp-internal-ha-kops-exam-8iasf3.arn]
  vpc_zone_identifier = [aws_subnet.us-east-2c-ha-kops-example-org.id]
}

resource "aws_autoscaling_group" "nodes-ha-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-ha-kops-example-org.id
    version = aws_launch_template.nodes-ha-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 6
  metrics_granularity   = "1Minute"
  min_size              = 3
  name                  = "nodes.ha.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ha.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.ha.kops.example.org"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/ha.kops.example.org"
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
    key                 = "kubernetes.io/cluster/ha.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.us-east-2a-ha-kops-example-org.id, aws_subnet.us-east-2b-ha-kops-example-org.id, aws_subnet.us-east-2c-ha-kops-example-org.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-ha-kops-example-org" {
  name              = "/kgen/ha.kops.example.org/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "/kgen/ha.kops.example.org/vpc-flow-logs"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_default_security_group" "ha-kops-example-org" {
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_ebs_volume" "a-etcd-main-ha-kops-example-org" {
  availability_zone = "us-east-2a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "a.etcd-main.ha.kops.example.org"
    "k8s.io/etcd/main"                          = "a/a,b,c"
    "k8s.io/role/control-plane"                 = "1"
    "k8s.io/role/master"                        = "1"
    "kgen.dev/instancegroup"                    = "control-plane-us-east-2a"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "b-etcd-main-ha-kops-example-org" {
  availability_zone = "us-east-2b"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "b.etcd-main.ha.kops.example.org"
    "k8s.io/etcd/main"                          = "b/a,b,c"
    "k8s.io/role/control-plane"                 = "1"
    "k8s.io/role/master"                        = "1"
    "kgen.dev/instancegroup"                    = "control-plane-us-east-2b"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "c-etcd-main-ha-kops-example-org" {
  availability_zone = "us-east-2c"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "c.etcd-main.ha.kops.example.org"
    "k8s.io/etcd/main"                          = "c/a,b,c"
    "k8s.io/role/control-plane"                 = "1"
    "k8s.io/role/master"                        = "1"
    "kgen.dev/instancegroup"                    = "control-plane-us-east-2c"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_flow_log" "ha-kops-example-org" {
  iam_role_arn             = aws_iam_role.flowlogs-ha-kops-example-org.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-ha-kops-example-org.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.ha-kops-example-org.id
}

resource "aws_iam_instance_profile" "masters-ha-kops-example-org" {
  name = "masters.ha.kops.example.org"
  role = aws_iam_role.masters-ha-kops-example-org.name
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "masters.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-ha-kops-example-org" {
  name = "nodes.ha.kops.example.org"
  role = aws_iam_role.nodes-ha-kops-example-org.name
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "nodes.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-ha-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.ha.kops.example.org_policy")
  name               = "flowlogs.ha.kops.example.org"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "flowlogs.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-ha-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.ha.kops.example.org_policy")
  name               = "masters.ha.kops.example.org"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "masters.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-ha-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.ha.kops.example.org_policy")
  name               = "nodes.ha.kops.example.org"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "nodes.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-ha-kops-example-org" {
  name   = "flowlogs.ha.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.ha.kops.example.org_policy")
  role   = aws_iam_role.flowlogs-ha-kops-example-org.name
}

resource "aws_iam_role_policy" "masters-ha-kops-example-org" {
  name   = "masters.ha.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.ha.kops.example.org_policy")
  role   = aws_iam_role.masters-ha-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-ha-kops-example-org" {
  name   = "nodes.ha.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.ha.kops.example.org_policy")
  role   = aws_iam_role.nodes-ha-kops-example-org.name
}

resource "aws_internet_gateway" "ha-kops-example-org" {
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_key_pair" "kubernetes-ha-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.ha.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.ha.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "control-plane-us-east-2a-masters-ha-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-us-east-2a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-us-east-2a-masters-ha-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-ha-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-2a.id
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-ha-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-east-2a.masters.ha.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-ha-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                         = "ha.kops.example.org"
      "Name"                                      = "control-plane-us-east-2a.masters.ha.kops.example.org"
      "k8s.io/role/control-plane"                 = "1"
      "k8s.io/role/master"                        = "1"
      "kgen.dev/instancegroup"                    = "control-plane-us-east-2a"
      "kubernetes.io/cluster/ha.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                         = "ha.kops.example.org"
      "Name"                                      = "control-plane-us-east-2a.masters.ha.kops.example.org"
      "k8s.io/role/control-plane"                 = "1"
      "k8s.io/role/master"                        = "1"
      "kgen.dev/instancegroup"                    = "control-plane-us-east-2a"
      "kubernetes.io/cluster/ha.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "control-plane-us-east-2a.masters.ha.kops.example.org"
    "k8s.io/role/control-plane"                 = "1"
    "k8s.io/role/master"                        = "1"
    "kgen.dev/instancegroup"                    = "control-plane-us-east-2a"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-2a.masters.ha.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-us-east-2b-masters-ha-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-us-east-2a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-us-east-2b-masters-ha-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-ha-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-2a.id
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-ha-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-east-2b.masters.ha.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-ha-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                         = "ha.kops.example.org"
      "Name"                                      = "control-plane-us-east-2b.masters.ha.kops.example.org"
      "k8s.io/role/control-plane"                 = "1"
      "k8s.io/role/master"                        = "1"
      "kgen.dev/instancegroup"                    = "control-plane-us-east-2b"
      "kubernetes.io/cluster/ha.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                         = "ha.kops.example.org"
      "Name"                                      = "control-plane-us-east-2b.masters.ha.kops.example.org"
      "k8s.io/role/control-plane"                 = "1"
      "k8s.io/role/master"                        = "1"
      "kgen.dev/instancegroup"                    = "control-plane-us-east-2b"
      "kubernetes.io/cluster/ha.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "control-plane-us-east-2b.masters.ha.kops.example.org"
    "k8s.io/role/control-plane"                 = "1"
    "k8s.io/role/master"                        = "1"
    "kgen.dev/instancegroup"                    = "control-plane-us-east-2b"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-2b.masters.ha.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-us-east-2c-masters-ha-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-us-east-2a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 64
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-control-plane-us-east-2c-masters-ha-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-ha-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-2a.id
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-ha-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-east-2c.masters.ha.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-ha-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                         = "ha.kops.example.org"
      "Name"                                      = "control-plane-us-east-2c.masters.ha.kops.example.org"
      "k8s.io/role/control-plane"                 = "1"
      "k8s.io/role/master"                        = "1"
      "kgen.dev/instancegroup"                    = "control-plane-us-east-2c"
      "kubernetes.io/cluster/ha.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                         = "ha.kops.example.org"
      "Name"                                      = "control-plane-us-east-2c.masters.ha.kops.example.org"
      "k8s.io/role/control-plane"                 = "1"
      "k8s.io/role/master"                        = "1"
      "kgen.dev/instancegroup"                    = "control-plane-us-east-2c"
      "kubernetes.io/cluster/ha.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "control-plane-us-east-2c.masters.ha.kops.example.org"
    "k8s.io/role/control-plane"                 = "1"
    "k8s.io/role/master"                        = "1"
    "kgen.dev/instancegroup"                    = "control-plane-us-east-2c"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-2c.masters.ha.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-ha-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-control-plane-us-east-2a.root_device_name
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 128
      volume_type           = "gp3"
    }
  }
  depends_on = [aws_s3_object.nodeup-nodes-ha-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-ha-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-2a.id
  instance_type = "m6i.xlarge"
  key_name      = aws_key_pair.kubernetes-ha-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.ha.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-ha-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                             = "ha.kops.example.org"
      "Name"                                          = "nodes.ha.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"             = "1"
      "k8s.io/cluster-autoscaler/ha.kops.example.org" = "owned"
      "k8s.io/role/node"                              = "1"
      "kgen.dev/instancegroup"                        = "nodes"
      "kubernetes.io/cluster/ha.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                             = "ha.kops.example.org"
      "Name"                                          = "nodes.ha.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"             = "1"
      "k8s.io/cluster-autoscaler/ha.kops.example.org" = "owned"
      "k8s.io/role/node"                              = "1"
      "kgen.dev/instancegroup"                        = "nodes"
      "kubernetes.io/cluster/ha.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                             = "ha.kops.example.org"
    "Name"                                          = "nodes.ha.kops.example.org"
    "k8s.io/cluster-autoscaler/enabled"             = "1"
    "k8s.io/cluster-autoscaler/ha.kops.example.org" = "owned"
    "k8s.io/role/node"                              = "1"
    "kgen.dev/instancegroup"                        = "nodes"
    "kubernetes.io/cluster/ha.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.ha.kops.example.org_user_data"))
}

resource "aws_lb" "api-ha-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-ha-kops-example-org-4refh3"
  security_groups                  = [aws_security_group.api-elb-ha-kops-example-org.id]
  subnets                          = [aws_subnet.us-east-2a-ha-kops-example-org.id, aws_subnet.us-east-2b-ha-kops-example-org.id, aws_subnet.us-east-2c-ha-kops-example-org.id]
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "api.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-internal-ha-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-ha-kops-exam-if9sr0"
  security_groups                  = [aws_security_group.api-elb-ha-kops-example-org.id]
  subnets                          = [aws_subnet.us-east-2a-ha-kops-example-org.id, aws_subnet.us-east-2b-ha-kops-example-org.id, aws_subnet.us-east-2c-ha-kops-example-org.id]
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "api-internal.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-ha-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-ha-kops-example-org-glkkvs.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-ha-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-internal-ha-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-ha-kops-exam-8iasf3.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-ha-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-ha-kops-example-org-glkkvs" {
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
  name               = "tcp-ha-kops-example-org-glkkvs"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "tcp-ha-kops-example-org-glkkvs"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_lb_target_group" "tcp-internal-ha-kops-exam-8iasf3" {
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
  name               = "tcp-internal-ha-kops-exam-8iasf3"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "tcp-internal-ha-kops-exam-8iasf3"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.ha-kops-example-org.id
  route_table_id         = aws_route_table.ha-kops-example-org.id
}

resource "aws_route53_record" "api-ha-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-ha-kops-example-org.dns_name
    zone_id                = aws_lb.api-ha-kops-example-org.zone_id
  }
  name    = "api.ha.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route53_record" "api-internal-ha-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-ha-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-ha-kops-example-org.zone_id
  }
  name    = "api.internal.ha.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route_table" "ha-kops-example-org" {
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_route_table_association" "us-east-2a-ha-kops-example-org" {
  route_table_id = aws_route_table.ha-kops-example-org.id
  subnet_id      = aws_subnet.us-east-2a-ha-kops-example-org.id
}

resource "aws_route_table_association" "us-east-2b-ha-kops-example-org" {
  route_table_id = aws_route_table.ha-kops-example-org.id
  subnet_id      = aws_subnet.us-east-2b-ha-kops-example-org.id
}

resource "aws_route_table_association" "us-east-2c-ha-kops-example-org" {
  route_table_id = aws_route_table.ha-kops-example-org.id
  subnet_id      = aws_subnet.us-east-2c-ha-kops-example-org.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-ha-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "ha.kops.example.org/addons/aws-cloud-controller-manager/cd6ba8684060ca401634c37ff83fd15584bcb6dc0b708f30fc2ea0307912b9c5/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.ha.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.ha.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-ha-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "ha.kops.example.org/addons/aws-cloud-controller-manager/cd6ba8684060ca401634c37ff83fd15584bcb6dc0b708f30fc2ea0307912b9c5/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.ha.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.ha.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-ha-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "ha.kops.example.org/addons/aws-ebs-csi-driver/f2fdabbb8736cc38e496c093eabb253d419fd1ede02ef7b3384ac88a5e97ec5c/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.ha.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.ha.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-ha-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "ha.kops.example.org/addons/aws-ebs-csi-driver/f2fdabbb8736cc38e496c093eabb253d419fd1ede02ef7b3384ac88a5e97ec5c/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.ha.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.ha.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-ha-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "ha.kops.example.org/addons/aws-ebs-csi-driver/f2fdabbb8736cc38e496c093eabb253d419fd1ede02ef7b3384ac88a5e97ec5c/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.ha.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.ha.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-us-east-2a-masters-ha-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "ha.kops.example.org/nodeup/control-plane-us-east-2a/e19a1e6e207a8a95def34cebf74d45c8e0fd2b71c991d2cfc0bfbb52dedeef8c.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2a.masters.ha.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2a.masters.ha.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-us-east-2b-masters-ha-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "ha.kops.example.org/nodeup/control-plane-us-east-2b/fdd45abd0fb6fb978ac9b6b81fe14ee3d316649bd16d834d509e76bb26d7a148.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2b.masters.ha.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2b.masters.ha.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-us-east-2c-masters-ha-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "ha.kops.example.org/nodeup/control-plane-us-east-2c/fb07d7546601feb00f2df9cb4ee392d747f9ed6670a4992784c13b13d2584b90.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2c.masters.ha.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2c.masters.ha.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-ha-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "ha.kops.example.org/nodeup/nodes/331d9ca9a39c6835539d968890e751238f213dcbda7bfb378ef19977b424c94e.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes.ha.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes.ha.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-ha-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.ha.kops.example.org"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "api-elb.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_security_group" "masters-ha-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.ha.kops.example.org"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "masters.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_security_group" "nodes-ha-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.ha.kops.example.org"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "nodes.ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-ha-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-ha-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-192-0-2-0--24-ingress-tcp-22to22-masters-ha-kops-example-org" {
  cidr_blocks       = ["192.0.2.0/24"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-ha-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-192-0-2-0--24-ingress-tcp-22to22-nodes-ha-kops-example-org" {
  cidr_blocks       = ["192.0.2.0/24"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-ha-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-ha-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-ha-kops-example-org-ingress-tcp-6443to6443-masters-ha-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ha-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-ha-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ha-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-ha-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-ha-kops-example-org-ingress-all-0to0-masters-ha-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-ha-kops-example-org.id
  source_security_group_id = aws_security_group.masters-ha-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ha-kops-example-org-ingress-all-0to0-nodes-ha-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-ha-kops-example-org.id
  source_security_group_id = aws_security_group.masters-ha-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ha-kops-example-org-ingress-tcp-10250to10250-nodes-ha-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ha-kops-example-org.id
  source_security_group_id = aws_security_group.masters-ha-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ha-kops-example-org-ingress-tcp-443to443-api-elb-ha-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-ha-kops-example-org.id
  source_security_group_id = aws_security_group.masters-ha-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-ha-kops-example-org-ingress-all-0to0-masters-ha-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-ha-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-kops-example-org-ingress-all-0to0-nodes-ha-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-ha-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-kops-example-org-ingress-tcp-10250to10250-masters-ha-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ha-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-kops-example-org-ingress-tcp-10250to10250-nodes-ha-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ha-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-kops-example-org-ingress-tcp-30000to32767-nodes-ha-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ha-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-kops-example-org-ingress-tcp-443to443-api-elb-ha-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-ha-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-kops-example-org-ingress-tcp-6443to6443-masters-ha-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ha-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-kops-example-org-ingress-udp-30000to32767-nodes-ha-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-ha-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-ha-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-ha-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-ha-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-ha-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-ha-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-ha-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-ha-kops-example-org]
  description    = "kgen: the add-ons of cluster ha.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.ha.kops.example.org_value")
  name           = "/kgen/ha.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "/kgen/ha.kops.example.org/addons"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "us-east-2a-ha-kops-example-org" {
  availability_zone                           = "us-east-2a"
  cidr_block                                  = "10.50.0.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "us-east-2a.ha.kops.example.org"
    "SubnetType"                                = "Public"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                    = "1"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_subnet" "us-east-2b-ha-kops-example-org" {
  availability_zone                           = "us-east-2b"
  cidr_block                                  = "10.50.64.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "us-east-2b.ha.kops.example.org"
    "SubnetType"                                = "Public"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                    = "1"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_subnet" "us-east-2c-ha-kops-example-org" {
  availability_zone                           = "us-east-2c"
  cidr_block                                  = "10.50.128.0/18"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "us-east-2c.ha.kops.example.org"
    "SubnetType"                                = "Public"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                    = "1"
  }
  vpc_id = aws_vpc.ha-kops-example-org.id
}

resource "aws_vpc" "ha-kops-example-org" {
  cidr_block           = "10.50.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "ha-kops-example-org" {
  domain_name         = "us-east-2.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                         = "ha.kops.example.org"
    "Name"                                      = "ha.kops.example.org"
    "kubernetes.io/cluster/ha.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "ha-kops-example-org" {
  dhcp_options_id = aws_vpc_dhcp_options.ha-kops-example-org.id
  vpc_id          = aws_vpc.ha-kops-example-org.id
}

resource "terraform_data" "config-store-ha-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-ha-kops-example-org.keys, "ha.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/ha.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/ha.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
    }
  }
}

data "aws_ami" "image-control-plane-us-east-2a" {
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

data "aws_s3_objects" "config-store-ca-ha-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "ha.kops.example.org/pki/ca.crt"
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
