locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-external-kops-example-org.dns_name
  api_internal_name                   = "api.internal.external.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-external-kops-example-org.dns_name
  cluster_name                        = "external.kops.example.org"
  config_base                         = "memfs://kgen-tests-state/external.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-central-1a-masters-external-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-external-kops-example-org.id]
  node_autoscaling_group_ids          = [aws_autoscaling_group.batch-eu-central-1a-external-kops-example-org.id, aws_autoscaling_group.nodes-eu-central-1a-external-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-external-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.eu-central-1a-external-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-external-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-external-kops-example-org.name
  region                              = "eu-central-1"
  vpc_cidr_block                      = aws_vpc.external-kops-example-org.cidr_block
  vpc_id                              = aws_vpc.external-kops-example-org.id
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
  region = "eu-central-1"
}

resource "aws_autoscaling_group" "batch-eu-central-1a-external-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.batch-eu-central-1a-external-kops-example-org.id
    version = aws_launch_template.batch-eu-central-1a-external-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 4
  metrics_granularity   = "1Minute"
  min_size              = 0
  name                  = "batch-eu-central-1a.external.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "external.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "batch-eu-central-1a.external.kops.example.org"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/external.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/node-template/label/workload"
    propagate_at_launch = true
    value               = "batch"
  }
  tag {
    key                 = "k8s.io/role/node"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "kgen.dev/instancegroup"
    propagate_at_launch = true
    value               = "batch-eu-central-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/external.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.eu-central-1a-external-kops-example-org.id]
}

resource "aws_autoscaling_group" "control-plane-eu-central-1a-masters-external-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-central-1a-masters-external-kops-example-org.id
    version = aws_launch_template.control-plane-eu-central-1a-masters-external-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-central-1a.masters.external.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "external.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-central-1a.masters.external.kops.example.org"
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
    value               = "control-plane-eu-central-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/external.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-external-kops-example-prhq2m.arn, aws_lb_target_group.tcp-internal-external-kop-a7vl9f.arn]
  vpc_zone_identifier = [aws_subnet.eu-central-1a-external-kops-example-org.id]
}

resource "aws_autoscaling_group" "nodes-eu-central-1a-external-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-eu-central-1a-external-kops-example-org.id
    version = aws_launch_template.nodes-eu-central-1a-external-kops-example-org.latest_version
  }
  load_balancers        = ["legacy-web"]
  max_instance_lifetime = 0
  max_size              = 3
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "nodes-eu-central-1a.external.kops.example.org"
  protect_from_scale_in = false
  suspended_processes   = ["AZRebalance", "ScheduledActions"]
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "external.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes-eu-central-1a.external.kops.example.org"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/external.kops.example.org"
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
    value               = "nodes-eu-central-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/external.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = ["arn:aws:elasticloadbalancing:eu-central-1:111122223333:targetgroup/web-http/0123456789abcdef"]
  vpc_zone_identifier = [aws_subnet.eu-central-1a-external-kops-example-org.id]
}

resource "aws_cloudwatch_log_group" "flowlogs-external-kops-example-org" {
  name              = "/kgen/external.kops.example.org/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "/kgen/external.kops.example.org/vpc-flow-logs"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
}

resource "aws_default_security_group" "external-kops-example-org" {
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.external-kops-example-org.id
}

resource "aws_ebs_volume" "a-etcd-main-external-kops-example-org" {
  availability_zone = "eu-central-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "a.etcd-main.external.kops.example.org"
    "k8s.io/etcd/main"                                = "a/a"
    "k8s.io/role/control-plane"                       = "1"
    "k8s.io/role/master"                              = "1"
    "kgen.dev/instancegroup"                          = "control-plane-eu-central-1a"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_flow_log" "external-kops-example-org" {
  iam_role_arn             = aws_iam_role.flowlogs-external-kops-example-org.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-external-kops-example-org.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.external-kops-example-org.id
}

resource "aws_iam_instance_profile" "nodes-external-kops-example-org" {
  name = "nodes.external.kops.example.org"
  role = aws_iam_role.nodes-external-kops-example-org.name
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "nodes.external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-external-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.external.kops.example.org_policy")
  name               = "flowlogs.external.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "flowlogs.external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-external-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.external.kops.example.org_policy")
  name               = "nodes.external.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "nodes.external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-external-kops-example-org" {
  name   = "flowlogs.external.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.external.kops.example.org_policy")
  role   = aws_iam_role.flowlogs-external-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-external-kops-example-org" {
  name   = "nodes.external.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.external.kops.example.org_policy")
  role   = aws_iam_role.nodes-external-kops-example-org.name
}

resource "aws_iam_role_policy_attachment" "nodes-external-kops-example-org-AmazonSSMManagedInstanceCore" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
  role       = aws_iam_role.nodes-external-kops-example-org.name
}

resource "aws_iam_role_policy_attachment" "nodes-external-kops-example-org-nodes-extra" {
  policy_arn = "arn:aws:iam::111122223333:policy/kgen-tests/nodes-extra"
  role       = aws_iam_role.nodes-external-kops-example-org.name
}

resource "aws_internet_gateway" "external-kops-example-org" {
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.external-kops-example-org.id
}

resource "aws_key_pair" "kubernetes-external-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.external.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.external.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "batch-eu-central-1a-external-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-batch-eu-central-1a.root_device_name
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
    name = aws_iam_instance_profile.nodes-external-kops-example-org.id
  }
  image_id      = data.aws_ami.image-batch-eu-central-1a.id
  instance_type = "c6i.large"
  key_name      = aws_key_pair.kubernetes-external-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "batch-eu-central-1a.external.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-external-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                      = "external.kops.example.org"
      "Name"                                                   = "batch-eu-central-1a.external.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                      = "1"
      "k8s.io/cluster-autoscaler/external.kops.example.org"    = "owned"
      "k8s.io/cluster-autoscaler/node-template/label/workload" = "batch"
      "k8s.io/role/node"                                       = "1"
      "kgen.dev/instancegroup"                                 = "batch-eu-central-1a"
      "kubernetes.io/cluster/external.kops.example.org"        = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                      = "external.kops.example.org"
      "Name"                                                   = "batch-eu-central-1a.external.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                      = "1"
      "k8s.io/cluster-autoscaler/external.kops.example.org"    = "owned"
      "k8s.io/cluster-autoscaler/node-template/label/workload" = "batch"
      "k8s.io/role/node"                                       = "1"
      "kgen.dev/instancegroup"                                 = "batch-eu-central-1a"
      "kubernetes.io/cluster/external.kops.example.org"        = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                      = "external.kops.example.org"
    "Name"                                                   = "batch-eu-central-1a.external.kops.example.org"
    "k8s.io/cluster-autoscaler/enabled"                      = "1"
    "k8s.io/cluster-autoscaler/external.kops.example.org"    = "owned"
    "k8s.io/cluster-autoscaler/node-template/label/workload" = "batch"
    "k8s.io/role/node"                                       = "1"
    "kgen.dev/instancegroup"                                 = "batch-eu-central-1a"
    "kubernetes.io/cluster/external.kops.example.org"        = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_batch-eu-central-1a.external.kops.example.org_user_data"))
}

resource "aws_launch_template" "control-plane-eu-central-1a-masters-external-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-batch-eu-central-1a.root_device_name
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
    name = "control-plane"
  }
  image_id      = data.aws_ami.image-batch-eu-central-1a.id
  instance_type = "t3.medium"
  key_name      = aws_key_pair.kubernetes-external-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-central-1a.masters.external.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-external-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                               = "external.kops.example.org"
      "Name"                                            = "control-plane-eu-central-1a.masters.external.kops.example.org"
      "k8s.io/role/control-plane"                       = "1"
      "k8s.io/role/master"                              = "1"
      "kgen.dev/instancegroup"                          = "control-plane-eu-central-1a"
      "kubernetes.io/cluster/external.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                               = "external.kops.example.org"
      "Name"                                            = "control-plane-eu-central-1a.masters.external.kops.example.org"
      "k8s.io/role/control-plane"                       = "1"
      "k8s.io/role/master"                              = "1"
      "kgen.dev/instancegroup"                          = "control-plane-eu-central-1a"
      "kubernetes.io/cluster/external.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "control-plane-eu-central-1a.masters.external.kops.example.org"
    "k8s.io/role/control-plane"                       = "1"
    "k8s.io/role/master"                              = "1"
    "kgen.dev/instancegroup"                          = "control-plane-eu-central-1a"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-central-1a.masters.external.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-eu-central-1a-external-kops-example-org" {
  block_device_mappings {
    device_name = data.aws_ami.image-batch-eu-central-1a.root_device_name
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
    name = aws_iam_instance_profile.nodes-external-kops-example-org.id
  }
  image_id      = data.aws_ami.image-batch-eu-central-1a.id
  instance_type = "t3.large"
  key_name      = aws_key_pair.kubernetes-external-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes-eu-central-1a.external.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-external-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                   = "external.kops.example.org"
      "Name"                                                = "nodes-eu-central-1a.external.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                   = "1"
      "k8s.io/cluster-autoscaler/external.kops.example.org" = "owned"
      "k8s.io/role/node"                                    = "1"
      "kgen.dev/instancegroup"                              = "nodes-eu-central-1a"
      "kubernetes.io/cluster/external.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                   = "external.kops.example.org"
      "Name"                                                = "nodes-eu-central-1a.external.kops.example.org"
      "k8s.io/cluster-autoscaler/enabled"                   = "1"
      "k8s.io/cluster-autoscaler/external.kops.example.org" = "owned"
      "k8s.io/role/node"                                    = "1"
      "kgen.dev/instancegroup"                              = "nodes-eu-central-1a"
      "kubernetes.io/cluster/external.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                   = "external.kops.example.org"
    "Name"                                                = "nodes-eu-central-1a.external.kops.example.org"
    "k8s.io/cluster-autoscaler/enabled"                   = "1"
    "k8s.io/cluster-autoscaler/external.kops.example.org" = "owned"
    "k8s.io/role/node"                                    = "1"
    "kgen.dev/instancegroup"                              = "nodes-eu-central-1a"
    "kubernetes.io/cluster/external.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes-eu-central-1a.external.kops.example.org_user_data"))
}

resource "aws_lb" "api-external-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-external-kops-example-nd0qpe"
  security_groups                  = [aws_security_group.api-elb-external-kops-example-org.id]
  subnets                          = [aws_subnet.eu-central-1a-external-kops-example-org.id]
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "api.external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-internal-external-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-external-kop-mfsoi9"
  security_groups                  = [aws_security_group.api-elb-external-kops-example-org.id]
  subnets                          = [aws_subnet.eu-central-1a-external-kops-example-org.id]
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "api-internal.external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-external-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-external-kops-example-prhq2m.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-external-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-internal-external-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-external-kop-a7vl9f.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-external-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-external-kops-example-prhq2m" {
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
  name               = "tcp-external-kops-example-prhq2m"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "tcp-external-kops-example-prhq2m"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.external-kops-example-org.id
}

resource "aws_lb_target_group" "tcp-internal-external-kop-a7vl9f" {
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
  name               = "tcp-internal-external-kop-a7vl9f"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "tcp-internal-external-kop-a7vl9f"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.external-kops-example-org.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.external-kops-example-org.id
  route_table_id         = aws_route_table.external-kops-example-org.id
}

resource "aws_route53_record" "api-internal-external-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-external-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-external-kops-example-org.zone_id
  }
  name    = "api.internal.external.kops.example.org"
  type    = "A"
  zone_id = aws_route53_zone.external-kops-example-org.zone_id
}

resource "aws_route53_zone" "external-kops-example-org" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "external.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.external-kops-example-org.id
  }
}

resource "aws_route_table" "external-kops-example-org" {
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.external-kops-example-org.id
}

resource "aws_route_table_association" "eu-central-1a-external-kops-example-org" {
  route_table_id = aws_route_table.external-kops-example-org.id
  subnet_id      = aws_subnet.eu-central-1a-external-kops-example-org.id
}

resource "aws_security_group" "api-elb-external-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.external.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "api-elb.external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.external-kops-example-org.id
}

resource "aws_security_group" "masters-external-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.external.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "masters.external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.external-kops-example-org.id
}

resource "aws_security_group" "nodes-external-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.external.kops.example.org"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "nodes.external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.external-kops-example-org.id
}

resource "aws_security_group_rule" "from-198-51-100-0--24-ingress-tcp-22to22-masters-external-kops-example-org" {
  cidr_blocks       = ["198.51.100.0/24"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-external-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-198-51-100-0--24-ingress-tcp-22to22-nodes-external-kops-example-org" {
  cidr_blocks       = ["198.51.100.0/24"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-198-51-100-0--24-ingress-tcp-443to443-api-elb-external-kops-example-org" {
  cidr_blocks       = ["198.51.100.0/24"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-external-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-external-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-external-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-external-kops-example-org-ingress-tcp-6443to6443-masters-external-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-external-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-external-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-external-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-external-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-external-kops-example-org-ingress-all-0to0-masters-external-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-external-kops-example-org.id
  source_security_group_id = aws_security_group.masters-external-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-external-kops-example-org-ingress-all-0to0-nodes-external-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-external-kops-example-org.id
  source_security_group_id = aws_security_group.masters-external-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-external-kops-example-org-ingress-tcp-10250to10250-nodes-external-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-external-kops-example-org.id
  source_security_group_id = aws_security_group.masters-external-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-external-kops-example-org-ingress-tcp-443to443-api-elb-external-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-external-kops-example-org.id
  source_security_group_id = aws_security_group.masters-external-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-external-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-external-kops-example-org-ingress-all-0to0-masters-external-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-external-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-external-kops-example-org-ingress-all-0to0-nodes-external-kops-example-org" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-external-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-external-kops-example-org-ingress-tcp-10250to10250-masters-external-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-external-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-external-kops-example-org-ingress-tcp-10250to10250-nodes-external-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-external-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-external-kops-example-org-ingress-tcp-30000to32767-nodes-external-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-external-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-external-kops-example-org-ingress-tcp-443to443-api-elb-external-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-external-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-external-kops-example-org-ingress-tcp-6443to6443-masters-external-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-external-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-external-kops-example-org-ingress-udp-30000to32767-nodes-external-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-external-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-external-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-external-kops-example-org" {
  description    = "kgen: the add-ons of cluster external.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.external.kops.example.org_value")
  name           = "/kgen/external.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "/kgen/external.kops.example.org/addons"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "eu-central-1a-external-kops-example-org" {
  availability_zone                           = "eu-central-1a"
  cidr_block                                  = "10.41.32.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "eu-central-1a.external.kops.example.org"
    "SubnetType"                                      = "Public"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                          = "1"
  }
  vpc_id = aws_vpc.external-kops-example-org.id
}

resource "aws_vpc" "external-kops-example-org" {
  cidr_block           = "10.41.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "external-kops-example-org" {
  domain_name         = "eu-central-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                               = "external.kops.example.org"
    "Name"                                            = "external.kops.example.org"
    "kubernetes.io/cluster/external.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "external-kops-example-org" {
  dhcp_options_id = aws_vpc_dhcp_options.external-kops-example-org.id
  vpc_id          = aws_vpc.external-kops-example-org.id
}

resource "terraform_data" "config-store-external-kops-example-org" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase memfs://kgen-tests-state/external.kops.example.org is kops' in-memory test store; nodes cannot read the cluster's CA there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
    }
  }
}

data "aws_ami" "image-batch-eu-central-1a" {
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250305"]
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
