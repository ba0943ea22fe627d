locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-existingsg-kops-example-org.dns_name
  api_internal_name                   = "api.internal.existingsg.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-existingsg-kops-example-org.dns_name
  api_public_name                     = "api.existingsg.kops.example.org"
  cluster_name                        = "existingsg.kops.example.org"
  config_base                         = "s3://kgen-tests-state/existingsg.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-us-east-2a-masters-existingsg-kops-example-org.id, aws_autoscaling_group.control-plane-us-east-2b-masters-existingsg-kops-example-org.id, aws_autoscaling_group.control-plane-us-east-2c-masters-existingsg-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-existingsg-kops-example-org.id, data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id, data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-existingsg-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-existingsg-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-existingsg-kops-example-org.id]
  node_security_group_ids             = [data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.us-east-2a-existingsg-kops-example-org.id, aws_subnet.us-east-2b-existingsg-kops-example-org.id, aws_subnet.us-east-2c-existingsg-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-existingsg-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-existingsg-kops-example-org.name
  region                              = "us-east-2"
  vpc_cidr_block                      = aws_vpc.existingsg-kops-example-org.cidr_block
  vpc_id                              = aws_vpc.existingsg-kops-example-org.id
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

resource "aws_autoscaling_group" "control-plane-us-east-2a-masters-existingsg-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-2a-masters-existingsg-kops-example-org.id
    version = aws_launch_template.control-plane-us-east-2a-masters-existingsg-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-2a.masters.existingsg.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "existingsg.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-2a.masters.existingsg.kops.example.org"
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
    key                 = "kubernetes.io/cluster/existingsg.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-existingsg-kops-examp-vkidji.arn, aws_lb_target_group.tcp-internal-existingsg-k-3c3e9q.arn]
  vpc_zone_identifier = [aws_subnet.us-east-2a-existingsg-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-us-east-2b-masters-existingsg-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-2b-masters-existingsg-kops-example-org.id
    version = aws_launch_template.control-plane-us-east-2b-masters-existingsg-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-2b.masters.existingsg.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "existingsg.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-2b.masters.existingsg.kops.example.org"
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
    key                 = "kubernetes.io/cluster/existingsg.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-existingsg-kops-examp-vkidji.arn, aws_lb_target_group.tcp-internal-existingsg-k-3c3e9q.arn]
  vpc_zone_identifier = [aws_subnet.us-east-2b-existingsg-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-us-east-2c-masters-existingsg-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-east-2c-masters-existingsg-kops-example-org.id
    version = aws_launch_template.control-plane-us-east-2c-masters-existingsg-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-east-2c.masters.existingsg.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "existingsg.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-east-2c.masters.existingsg.kops.example.org"
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
    key                 = "kubernetes.io/cluster/existingsg.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-existingsg-kops-examp-vkidji.arn, aws_lb_target_group.tcp-internal-existingsg-k-3c3e9q.arn]
  vpc_zone_identifier = [aws_subnet.us-east-2c-existingsg-kops-example-org.id]
}

resource "aws_autoscaling_group" "nodes-existingsg-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-existingsg-kops-example-org.id
    version = aws_launch_template.nodes-existingsg-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 2
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.existingsg.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "existingsg.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.existingsg.kops.example.org"
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
    key                 = "kubernetes.io/cluster/existingsg.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.us-east-2a-existingsg-kops-example-org.id, aws_subnet.us-east-2b-existingsg-kops-example-org.id, aws_subnet.us-east-2c-existingsg-kops-example-org.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-existingsg-kops-example-org" {
  name              = "/kgen/existingsg.kops.example.org/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "/kgen/existingsg.kops.example.org/vpc-flow-logs"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_default_security_group" "existingsg-kops-example-org" {
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_ebs_volume" "a-etcd-main-existingsg-kops-example-org" {
  availability_zone = "us-east-2a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "a.etcd-main.existingsg.kops.example.org"
    "k8s.io/etcd/main"                                  = "a/a,b,c"
    "k8s.io/role/control-plane"                         = "1"
    "k8s.io/role/master"                                = "1"
    "kgen.dev/instancegroup"                            = "control-plane-us-east-2a"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "b-etcd-main-existingsg-kops-example-org" {
  availability_zone = "us-east-2b"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "b.etcd-main.existingsg.kops.example.org"
    "k8s.io/etcd/main"                                  = "b/a,b,c"
    "k8s.io/role/control-plane"                         = "1"
    "k8s.io/role/master"                                = "1"
    "kgen.dev/instancegroup"                            = "control-plane-us-east-2b"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "c-etcd-main-existingsg-kops-example-org" {
  availability_zone = "us-east-2c"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "c.etcd-main.existingsg.kops.example.org"
    "k8s.io/etcd/main"                                  = "c/a,b,c"
    "k8s.io/role/control-plane"                         = "1"
    "k8s.io/role/master"                                = "1"
    "kgen.dev/instancegroup"                            = "control-plane-us-east-2c"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_flow_log" "existingsg-kops-example-org" {
  iam_role_arn             = aws_iam_role.flowlogs-existingsg-kops-example-org.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-existingsg-kops-example-org.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_iam_instance_profile" "masters-existingsg-kops-example-org" {
  name = "masters.existingsg.kops.example.org"
  role = aws_iam_role.masters-existingsg-kops-example-org.name
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "masters.existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-existingsg-kops-example-org" {
  name = "nodes.existingsg.kops.example.org"
  role = aws_iam_role.nodes-existingsg-kops-example-org.name
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "nodes.existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-existingsg-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.existingsg.kops.example.org_policy")
  name               = "flowlogs.existingsg.kops.example.org"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "flowlogs.existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-existingsg-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.existingsg.kops.example.org_policy")
  name               = "masters.existingsg.kops.example.org"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "masters.existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-existingsg-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.existingsg.kops.example.org_policy")
  name               = "nodes.existingsg.kops.example.org"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "nodes.existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-existingsg-kops-example-org" {
  name   = "flowlogs.existingsg.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.existingsg.kops.example.org_policy")
  role   = aws_iam_role.flowlogs-existingsg-kops-example-org.name
}

resource "aws_iam_role_policy" "masters-existingsg-kops-example-org" {
  name   = "masters.existingsg.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.existingsg.kops.example.org_policy")
  role   = aws_iam_role.masters-existingsg-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-existingsg-kops-example-org" {
  name   = "nodes.existingsg.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.existingsg.kops.example.org_policy")
  role   = aws_iam_role.nodes-existingsg-kops-example-org.name
}

resource "aws_internet_gateway" "existingsg-kops-example-org" {
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_key_pair" "kubernetes-existingsg-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.existingsg.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.existingsg.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "control-plane-us-east-2a-masters-existingsg-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-control-plane-us-east-2a-masters-existingsg-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-existingsg-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-2a.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-existingsg-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-east-2a.masters.existingsg.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                 = "existingsg.kops.example.org"
      "Name"                                              = "control-plane-us-east-2a.masters.existingsg.kops.example.org"
      "k8s.io/role/control-plane"                         = "1"
      "k8s.io/role/master"                                = "1"
      "kgen.dev/instancegroup"                            = "control-plane-us-east-2a"
      "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                 = "existingsg.kops.example.org"
      "Name"                                              = "control-plane-us-east-2a.masters.existingsg.kops.example.org"
      "k8s.io/role/control-plane"                         = "1"
      "k8s.io/role/master"                                = "1"
      "kgen.dev/instancegroup"                            = "control-plane-us-east-2a"
      "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "control-plane-us-east-2a.masters.existingsg.kops.example.org"
    "k8s.io/role/control-plane"                         = "1"
    "k8s.io/role/master"                                = "1"
    "kgen.dev/instancegroup"                            = "control-plane-us-east-2a"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-2a.masters.existingsg.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-us-east-2b-masters-existingsg-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-control-plane-us-east-2b-masters-existingsg-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-existingsg-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-2a.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-existingsg-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-east-2b.masters.existingsg.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                 = "existingsg.kops.example.org"
      "Name"                                              = "control-plane-us-east-2b.masters.existingsg.kops.example.org"
      "k8s.io/role/control-plane"                         = "1"
      "k8s.io/role/master"                                = "1"
      "kgen.dev/instancegroup"                            = "control-plane-us-east-2b"
      "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                 = "existingsg.kops.example.org"
      "Name"                                              = "control-plane-us-east-2b.masters.existingsg.kops.example.org"
      "k8s.io/role/control-plane"                         = "1"
      "k8s.io/role/master"                                = "1"
      "kgen.dev/instancegroup"                            = "control-plane-us-east-2b"
      "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "control-plane-us-east-2b.masters.existingsg.kops.example.org"
    "k8s.io/role/control-plane"                         = "1"
    "k8s.io/role/master"                                = "1"
    "kgen.dev/instancegroup"                            = "control-plane-us-east-2b"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-2b.masters.existingsg.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-us-east-2c-masters-existingsg-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-control-plane-us-east-2c-masters-existingsg-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-existingsg-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-2a.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-existingsg-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-us-east-2c.masters.existingsg.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-existingsg-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                 = "existingsg.kops.example.org"
      "Name"                                              = "control-plane-us-east-2c.masters.existingsg.kops.example.org"
      "k8s.io/role/control-plane"                         = "1"
      "k8s.io/role/master"                                = "1"
      "kgen.dev/instancegroup"                            = "control-plane-us-east-2c"
      "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                 = "existingsg.kops.example.org"
      "Name"                                              = "control-plane-us-east-2c.masters.existingsg.kops.example.org"
      "k8s.io/role/control-plane"                         = "1"
      "k8s.io/role/master"                                = "1"
      "kgen.dev/instancegroup"                            = "control-plane-us-east-2c"
      "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "control-plane-us-east-2c.masters.existingsg.kops.example.org"
    "k8s.io/role/control-plane"                         = "1"
    "k8s.io/role/master"                                = "1"
    "kgen.dev/instancegroup"                            = "control-plane-us-east-2c"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-east-2c.masters.existingsg.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-existingsg-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-nodes-existingsg-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-existingsg-kops-example-org.id
  }
  image_id      = data.aws_ami.image-control-plane-us-east-2a.id
  instance_type = "t3.large"
  key_name      = aws_key_pair.kubernetes-existingsg-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.existingsg.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                 = "existingsg.kops.example.org"
      "Name"                                              = "nodes.existingsg.kops.example.org"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "nodes"
      "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                 = "existingsg.kops.example.org"
      "Name"                                              = "nodes.existingsg.kops.example.org"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "nodes"
      "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "nodes.existingsg.kops.example.org"
    "k8s.io/role/node"                                  = "1"
    "kgen.dev/instancegroup"                            = "nodes"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.existingsg.kops.example.org_user_data"))
}

resource "aws_lb" "api-existingsg-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-existingsg-kops-examp-7rrohv"
  security_groups                  = [data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id]
  subnets                          = [aws_subnet.us-east-2a-existingsg-kops-example-org.id, aws_subnet.us-east-2b-existingsg-kops-example-org.id, aws_subnet.us-east-2c-existingsg-kops-example-org.id]
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "api.existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-internal-existingsg-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-existingsg-k-7e064u"
  security_groups                  = [data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id]
  subnets                          = [aws_subnet.us-east-2a-existingsg-kops-example-org.id, aws_subnet.us-east-2b-existingsg-kops-example-org.id, aws_subnet.us-east-2c-existingsg-kops-example-org.id]
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "api-internal.existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-existingsg-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-existingsg-kops-examp-vkidji.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-existingsg-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-internal-existingsg-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-existingsg-k-3c3e9q.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-existingsg-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-existingsg-kops-examp-vkidji" {
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
  name               = "tcp-existingsg-kops-examp-vkidji"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "tcp-existingsg-kops-examp-vkidji"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_lb_target_group" "tcp-internal-existingsg-k-3c3e9q" {
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
  name               = "tcp-internal-existingsg-k-3c3e9q"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "tcp-internal-existingsg-k-3c3e9q"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.existingsg-kops-example-org.id
  route_table_id         = aws_route_table.existingsg-kops-example-org.id
}

resource "aws_route53_record" "api-existingsg-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-existingsg-kops-example-org.dns_name
    zone_id                = aws_lb.api-existingsg-kops-example-org.zone_id
  }
  name    = "api.existingsg.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route53_record" "api-internal-existingsg-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-existingsg-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-existingsg-kops-example-org.zone_id
  }
  name    = "api.internal.existingsg.kops.example.org"
  type    = "A"
  zone_id = data.aws_route53_zone.kops-example-org.zone_id
}

resource "aws_route_table" "existingsg-kops-example-org" {
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_route_table_association" "us-east-2a-existingsg-kops-example-org" {
  route_table_id = aws_route_table.existingsg-kops-example-org.id
  subnet_id      = aws_subnet.us-east-2a-existingsg-kops-example-org.id
}

resource "aws_route_table_association" "us-east-2b-existingsg-kops-example-org" {
  route_table_id = aws_route_table.existingsg-kops-example-org.id
  subnet_id      = aws_subnet.us-east-2b-existingsg-kops-example-org.id
}

resource "aws_route_table_association" "us-east-2c-existingsg-kops-example-org" {
  route_table_id = aws_route_table.existingsg-kops-example-org.id
  subnet_id      = aws_subnet.us-east-2c-existingsg-kops-example-org.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-existingsg-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "existingsg.kops.example.org/addons/aws-cloud-controller-manager/3a0c5cc7da39d5f25a76b3bca800201447ce0d980cd006ef2d80b2d3843b9e31/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.existingsg.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.existingsg.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-existingsg-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "existingsg.kops.example.org/addons/aws-cloud-controller-manager/3a0c5cc7da39d5f25a76b3bca800201447ce0d980cd006ef2d80b2d3843b9e31/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.existingsg.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.existingsg.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-existingsg-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "existingsg.kops.example.org/addons/aws-ebs-csi-driver/a94f746131890e354654dcd24c12753d79e36028d725ec25b20edd6298b70679/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.existingsg.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.existingsg.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-existingsg-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "existingsg.kops.example.org/addons/aws-ebs-csi-driver/a94f746131890e354654dcd24c12753d79e36028d725ec25b20edd6298b70679/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.existingsg.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.existingsg.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-existingsg-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "existingsg.kops.example.org/addons/aws-ebs-csi-driver/a94f746131890e354654dcd24c12753d79e36028d725ec25b20edd6298b70679/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.existingsg.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.existingsg.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-us-east-2a-masters-existingsg-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "existingsg.kops.example.org/nodeup/control-plane-us-east-2a/f92ed8cecfc3088647236ba269d01ad706a9291de4788245dfdf2c44ca0c141c.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2a.masters.existingsg.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2a.masters.existingsg.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-us-east-2b-masters-existingsg-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "existingsg.kops.example.org/nodeup/control-plane-us-east-2b/7cdecbf930ce0bc1dee0633767c2fcd2df7a344b079dbc0c39fa0feb4d4b0d93.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2b.masters.existingsg.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2b.masters.existingsg.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-us-east-2c-masters-existingsg-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "existingsg.kops.example.org/nodeup/control-plane-us-east-2c/225cb9691a92323a5ab1dfa8c19ed1207104b1bdb038051ca9cd4567d31c3adc.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2c.masters.existingsg.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-us-east-2c.masters.existingsg.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-existingsg-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "existingsg.kops.example.org/nodeup/nodes/3778d129cf98e33b4ec60400713bd82d8c629ffce56ec06f2c723ccb5bf93189.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes.existingsg.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes.existingsg.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "masters-existingsg-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.existingsg.kops.example.org"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "masters.existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-masters-existingsg-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-existingsg-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-masters-existingsg-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-existingsg-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-existingsg-kops-example-org-ingress-all-0to0-masters-existingsg-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-existingsg-kops-example-org.id
  source_security_group_id = aws_security_group.masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-existingsg-kops-example-org-ingress-all-0to0-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  source_security_group_id = aws_security_group.masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-existingsg-kops-example-org-ingress-all-0to0-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  source_security_group_id = aws_security_group.masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-existingsg-kops-example-org-ingress-all-0to0-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = aws_security_group.masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-existingsg-kops-example-org-ingress-tcp-10250to10250-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = aws_security_group.masters-existingsg-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-existingsg-kops-example-org-ingress-tcp-443to443-sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id
  source_security_group_id = aws_security_group.masters-existingsg-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org-ingress-all-0to0-masters-existingsg-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org-ingress-all-0to0-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org-ingress-all-0to0-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org-ingress-all-0to0-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org-ingress-tcp-10250to10250-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org-ingress-tcp-443to443-sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org-ingress-all-0to0-masters-existingsg-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org-ingress-all-0to0-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org-ingress-all-0to0-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org-ingress-all-0to0-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org-ingress-tcp-10250to10250-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org-ingress-tcp-443to443-sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-all-0to0-masters-existingsg-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-all-0to0-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-all-0to0-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-all-0to0-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-tcp-10250to10250-masters-existingsg-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-tcp-10250to10250-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-tcp-10250to10250-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-tcp-10250to10250-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-tcp-30000to32767-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-tcp-443to443-sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-tcp-6443to6443-masters-existingsg-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-tcp-6443to6443-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-tcp-6443to6443-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org-ingress-udp-30000to32767-sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org-ingress-tcp-6443to6443-masters-existingsg-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org-ingress-tcp-6443to6443-sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org-ingress-tcp-6443to6443-sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = data.aws_security_group.sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org.id
  source_security_group_id = data.aws_security_group.sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-existingsg-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-existingsg-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-existingsg-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-existingsg-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-existingsg-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-existingsg-kops-example-org]
  description    = "kgen: the add-ons of cluster existingsg.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.existingsg.kops.example.org_value")
  name           = "/kgen/existingsg.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "/kgen/existingsg.kops.example.org/addons"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "us-east-2a-existingsg-kops-example-org" {
  availability_zone                           = "us-east-2a"
  cidr_block                                  = "10.100.32.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "us-east-2a.existingsg.kops.example.org"
    "SubnetType"                                        = "Public"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                            = "1"
  }
  vpc_id = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_subnet" "us-east-2b-existingsg-kops-example-org" {
  availability_zone                           = "us-east-2b"
  cidr_block                                  = "10.100.64.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "us-east-2b.existingsg.kops.example.org"
    "SubnetType"                                        = "Public"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                            = "1"
  }
  vpc_id = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_subnet" "us-east-2c-existingsg-kops-example-org" {
  availability_zone                           = "us-east-2c"
  cidr_block                                  = "10.100.96.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "us-east-2c.existingsg.kops.example.org"
    "SubnetType"                                        = "Public"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                            = "1"
  }
  vpc_id = aws_vpc.existingsg-kops-example-org.id
}

resource "aws_vpc" "existingsg-kops-example-org" {
  cidr_block           = "10.100.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "existingsg-kops-example-org" {
  domain_name         = "us-east-2.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                                 = "existingsg.kops.example.org"
    "Name"                                              = "existingsg.kops.example.org"
    "kubernetes.io/cluster/existingsg.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "existingsg-kops-example-org" {
  dhcp_options_id = aws_vpc_dhcp_options.existingsg-kops-example-org.id
  vpc_id          = aws_vpc.existingsg-kops-example-org.id
}

resource "terraform_data" "config-store-existingsg-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-existingsg-kops-example-org.keys, "existingsg.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/existingsg.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/existingsg.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
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

data "aws_s3_objects" "config-store-ca-existingsg-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "existingsg.kops.example.org/pki/ca.crt"
}

data "aws_security_group" "sg-01a2b3c4d5e6f7a8b-masters-existingsg-kops-example-org" {
  id = "sg-01a2b3c4d5e6f7a8b"
}

data "aws_security_group" "sg-02b3c4d5e6f7a8b9c-masters-existingsg-kops-example-org" {
  id = "sg-02b3c4d5e6f7a8b9c"
}

data "aws_security_group" "sg-03c4d5e6f7a8b9c0d-nodes-existingsg-kops-example-org" {
  id = "sg-03c4d5e6f7a8b9c0d"
}

data "aws_security_group" "sg-0e1f2a3b4c5d6e7f8-api-elb-existingsg-kops-example-org" {
  id = "sg-0e1f2a3b4c5d6e7f8"
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
