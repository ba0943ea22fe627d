locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-ha-example-com.dns_name
  api_internal_name                   = "api.internal.ha.example.com"
  api_load_balancer_dns_name          = aws_lb.api-ha-example-com.dns_name
  api_public_name                     = "api.ha.example.com"
  cluster_name                        = "ha.example.com"
  config_base                         = "memfs://tests/ha.example.com"
  master_autoscaling_group_ids        = [aws_autoscaling_group.master-us-test-1a-masters-ha-example-com.id, aws_autoscaling_group.master-us-test-1b-masters-ha-example-com.id, aws_autoscaling_group.master-us-test-1c-masters-ha-example-com.id]
  master_security_group_ids           = [aws_security_group.masters-ha-example-com.id]
  masters_role_arn                    = aws_iam_role.masters-ha-example-com.arn
  masters_role_name                   = aws_iam_role.masters-ha-example-com.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-ha-example-com.id]
  node_security_group_ids             = [aws_security_group.nodes-ha-example-com.id]
  node_subnet_ids                     = [aws_subnet.us-test-1a-ha-example-com.id, aws_subnet.us-test-1b-ha-example-com.id, aws_subnet.us-test-1c-ha-example-com.id]
  nodes_role_arn                      = aws_iam_role.nodes-ha-example-com.arn
  nodes_role_name                     = aws_iam_role.nodes-ha-example-com.name
  region                              = "us-test-1"
  vpc_cidr_block                      = aws_vpc.ha-example-com.cidr_block
  vpc_id                              = aws_vpc.ha-example-com.id
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
  region = "us-test-1"
}

resource "aws_autoscaling_group" "master-us-test-1a-masters-ha-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.master-us-test-1a-masters-ha-example-com.id
    version = aws_launch_template.master-us-test-1a-masters-ha-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "master-us-test-1a.masters.ha.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ha.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "master-us-test-1a.masters.ha.example.com"
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
    key                 = "kubernetes.io/cluster/ha.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-ha-example-com-isubkm.arn, aws_lb_target_group.tcp-internal-ha-example-c-4l4pt5.arn]
  vpc_zone_identifier = [aws_subnet.us-test-1a-ha-example-com.id]
}

resource "aws_autoscaling_group" "master-us-test-1b-masters-ha-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.master-us-test-1b-masters-ha-example-com.id
    version = aws_launch_template.master-us-test-1b-masters-ha-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "master-us-test-1b.masters.ha.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ha.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "master-us-test-1b.masters.ha.example.com"
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
    value               = "master-us-test-1b"
  }
  tag {
    key                 = "kubernetes.io/cluster/ha.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-ha-example-com-isubkm.arn, aws_lb_target_group.tcp-internal-ha-example-c-4l4pt5.arn]
  vpc_zone_identifier = [aws_subnet.us-test-1b-ha-example-com.id]
}

resource "aws_autoscaling_group" "master-us-test-1c-masters-ha-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.master-us-test-1c-masters-ha-example-com.id
    version = aws_launch_template.master-us-test-1c-masters-ha-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "master-us-test-1c.masters.ha.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ha.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "master-us-test-1c.masters.ha.example.com"
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
    value               = "master-us-test-1c"
  }
  tag {
    key                 = "kubernetes.io/cluster/ha.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-ha-example-com-isubkm.arn, aws_lb_target_group.tcp-internal-ha-example-c-4l4pt5.arn]
  vpc_zone_identifier = [aws_subnet.us-test-1c-ha-example-com.id]
}

resource "aws_autoscaling_group" "nodes-ha-example-com" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-ha-example-com.id
    version = aws_launch_template.nodes-ha-example-com.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 2
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.ha.example.com"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "ha.example.com"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.ha.example.com"
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
    key                 = "kubernetes.io/cluster/ha.example.com"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.us-test-1a-ha-example-com.id, aws_subnet.us-test-1b-ha-example-com.id, aws_subnet.us-test-1c-ha-example-com.id]
}

resource "aws_ebs_volume" "a-etcd-main-ha-example-com" {
  availability_zone = "us-test-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "a.etcd-main.ha.example.com"
    "k8s.io/etcd/main"                     = "a/a,b,c"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "master-us-test-1a"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "b-etcd-main-ha-example-com" {
  availability_zone = "us-test-1b"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "b.etcd-main.ha.example.com"
    "k8s.io/etcd/main"                     = "b/a,b,c"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "master-us-test-1b"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ebs_volume" "c-etcd-main-ha-example-com" {
  availability_zone = "us-test-1c"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "c.etcd-main.ha.example.com"
    "k8s.io/etcd/main"                     = "c/a,b,c"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "master-us-test-1c"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_iam_instance_profile" "masters-ha-example-com" {
  name = "masters.ha.example.com"
  role = aws_iam_role.masters-ha-example-com.name
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "masters.ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-ha-example-com" {
  name = "nodes.ha.example.com"
  role = aws_iam_role.nodes-ha-example-com.name
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "nodes.ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
}

resource "aws_iam_role" "masters-ha-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.ha.example.com_policy")
  name               = "masters.ha.example.com"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "masters.ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
}

resource "aws_iam_role" "nodes-ha-example-com" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.ha.example.com_policy")
  name               = "nodes.ha.example.com"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "nodes.ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
}

resource "aws_iam_role_policy" "masters-ha-example-com" {
  name   = "masters.ha.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.ha.example.com_policy")
  role   = aws_iam_role.masters-ha-example-com.name
}

resource "aws_iam_role_policy" "nodes-ha-example-com" {
  name   = "nodes.ha.example.com"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.ha.example.com_policy")
  role   = aws_iam_role.nodes-ha-example-com.name
}

resource "aws_internet_gateway" "ha-example-com" {
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_key_pair" "kubernetes-ha-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57" {
  key_name   = "kubernetes.ha.example.com-c4:a6:ed:9a:a8:89:b9:e2:c3:9c:d6:63:eb:9c:71:57"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.ha.example.com-c4a6ed9aa889b9e2c39cd663eb9c7157_public_key")
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
}

resource "aws_launch_template" "master-us-test-1a-masters-ha-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-master-us-test-1a.root_device_name
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
    name = aws_iam_instance_profile.masters-ha-example-com.id
  }
  image_id      = data.aws_ami.image-master-us-test-1a.id
  instance_type = "m3.medium"
  key_name      = aws_key_pair.kubernetes-ha-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "master-us-test-1a.masters.ha.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-ha-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                    = "ha.example.com"
      "Name"                                 = "master-us-test-1a.masters.ha.example.com"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "master-us-test-1a"
      "kubernetes.io/cluster/ha.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                    = "ha.example.com"
      "Name"                                 = "master-us-test-1a.masters.ha.example.com"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "master-us-test-1a"
      "kubernetes.io/cluster/ha.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "master-us-test-1a.masters.ha.example.com"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "master-us-test-1a"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_master-us-test-1a.masters.ha.example.com_user_data"))
}

resource "aws_launch_template" "master-us-test-1b-masters-ha-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-master-us-test-1a.root_device_name
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
    name = aws_iam_instance_profile.masters-ha-example-com.id
  }
  image_id      = data.aws_ami.image-master-us-test-1a.id
  instance_type = "m3.medium"
  key_name      = aws_key_pair.kubernetes-ha-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "master-us-test-1b.masters.ha.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-ha-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                    = "ha.example.com"
      "Name"                                 = "master-us-test-1b.masters.ha.example.com"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "master-us-test-1b"
      "kubernetes.io/cluster/ha.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                    = "ha.example.com"
      "Name"                                 = "master-us-test-1b.masters.ha.example.com"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "master-us-test-1b"
      "kubernetes.io/cluster/ha.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "master-us-test-1b.masters.ha.example.com"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "master-us-test-1b"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_master-us-test-1b.masters.ha.example.com_user_data"))
}

resource "aws_launch_template" "master-us-test-1c-masters-ha-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-master-us-test-1a.root_device_name
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
    name = aws_iam_instance_profile.masters-ha-example-com.id
  }
  image_id      = data.aws_ami.image-master-us-test-1a.id
  instance_type = "m3.medium"
  key_name      = aws_key_pair.kubernetes-ha-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "master-us-test-1c.masters.ha.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-ha-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                    = "ha.example.com"
      "Name"                                 = "master-us-test-1c.masters.ha.example.com"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "master-us-test-1c"
      "kubernetes.io/cluster/ha.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                    = "ha.example.com"
      "Name"                                 = "master-us-test-1c.masters.ha.example.com"
      "k8s.io/role/control-plane"            = "1"
      "k8s.io/role/master"                   = "1"
      "kgen.dev/instancegroup"               = "master-us-test-1c"
      "kubernetes.io/cluster/ha.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "master-us-test-1c.masters.ha.example.com"
    "k8s.io/role/control-plane"            = "1"
    "k8s.io/role/master"                   = "1"
    "kgen.dev/instancegroup"               = "master-us-test-1c"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_master-us-test-1c.masters.ha.example.com_user_data"))
}

resource "aws_launch_template" "nodes-ha-example-com" {
  block_device_mappings {
    device_name = data.aws_ami.image-master-us-test-1a.root_device_name
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
    name = aws_iam_instance_profile.nodes-ha-example-com.id
  }
  image_id      = data.aws_ami.image-master-us-test-1a.id
  instance_type = "t2.medium"
  key_name      = aws_key_pair.kubernetes-ha-example-com-c4_a6_ed_9a_a8_89_b9_e2_c3_9c_d6_63_eb_9c_71_57.id
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
  name = "nodes.ha.example.com"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-ha-example-com.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                    = "ha.example.com"
      "Name"                                 = "nodes.ha.example.com"
      "k8s.io/role/node"                     = "1"
      "kgen.dev/instancegroup"               = "nodes"
      "kubernetes.io/cluster/ha.example.com" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                    = "ha.example.com"
      "Name"                                 = "nodes.ha.example.com"
      "k8s.io/role/node"                     = "1"
      "kgen.dev/instancegroup"               = "nodes"
      "kubernetes.io/cluster/ha.example.com" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "nodes.ha.example.com"
    "k8s.io/role/node"                     = "1"
    "kgen.dev/instancegroup"               = "nodes"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.ha.example.com_user_data"))
}

resource "aws_lb" "api-ha-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-ha-example-com-9e692d"
  security_groups                  = [aws_security_group.api-elb-ha-example-com.id]
  subnets                          = [aws_subnet.us-test-1a-ha-example-com.id, aws_subnet.us-test-1b-ha-example-com.id, aws_subnet.us-test-1c-ha-example-com.id]
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "api.ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
}

resource "aws_lb" "api-internal-ha-example-com" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-ha-example-c-7r2mmo"
  security_groups                  = [aws_security_group.api-elb-ha-example-com.id]
  subnets                          = [aws_subnet.us-test-1a-ha-example-com.id, aws_subnet.us-test-1b-ha-example-com.id, aws_subnet.us-test-1c-ha-example-com.id]
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "api-internal.ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
}

resource "aws_lb_listener" "api-ha-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-ha-example-com-isubkm.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-ha-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-internal-ha-example-com-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-ha-example-c-4l4pt5.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-ha-example-com.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-ha-example-com-isubkm" {
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
  name               = "tcp-ha-example-com-isubkm"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "tcp-ha-example-com-isubkm"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_lb_target_group" "tcp-internal-ha-example-c-4l4pt5" {
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
  name               = "tcp-internal-ha-example-c-4l4pt5"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "tcp-internal-ha-example-c-4l4pt5"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.ha-example-com.id
  route_table_id         = aws_route_table.ha-example-com.id
}

resource "aws_route53_record" "api-ha-example-com" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-ha-example-com.dns_name
    zone_id                = aws_lb.api-ha-example-com.zone_id
  }
  name    = "api.ha.example.com"
  type    = "A"
  zone_id = data.aws_route53_zone.example-com.zone_id
}

resource "aws_route53_record" "api-internal-ha-example-com" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-ha-example-com.dns_name
    zone_id                = aws_lb.api-internal-ha-example-com.zone_id
  }
  name    = "api.internal.ha.example.com"
  type    = "A"
  zone_id = data.aws_route53_zone.example-com.zone_id
}

resource "aws_route_table" "ha-example-com" {
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_route_table_association" "us-test-1a-ha-example-com" {
  route_table_id = aws_route_table.ha-example-com.id
  subnet_id      = aws_subnet.us-test-1a-ha-example-com.id
}

resource "aws_route_table_association" "us-test-1b-ha-example-com" {
  route_table_id = aws_route_table.ha-example-com.id
  subnet_id      = aws_subnet.us-test-1b-ha-example-com.id
}

resource "aws_route_table_association" "us-test-1c-ha-example-com" {
  route_table_id = aws_route_table.ha-example-com.id
  subnet_id      = aws_subnet.us-test-1c-ha-example-com.id
}

resource "aws_security_group" "api-elb-ha-example-com" {
  description = "Security group for the API load balancer"
  name        = "api-elb.ha.example.com"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "api-elb.ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_security_group" "masters-ha-example-com" {
  description = "Security group for control-plane nodes"
  name        = "masters.ha.example.com"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "masters.ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_security_group" "nodes-ha-example-com" {
  description = "Security group for worker nodes"
  name        = "nodes.ha.example.com"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "nodes.ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-masters-ha-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-ha-example-com.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-22to22-nodes-ha-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-0-0-0-0--0-ingress-tcp-443to443-api-elb-ha-example-com" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-ha-example-com.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-ha-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-ha-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-ha-example-com-ingress-tcp-6443to6443-masters-ha-example-com" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ha-example-com.id
  source_security_group_id = aws_security_group.api-elb-ha-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ha-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-ha-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-ha-example-com-ingress-all-0to0-masters-ha-example-com" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-ha-example-com.id
  source_security_group_id = aws_security_group.masters-ha-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ha-example-com-ingress-all-0to0-nodes-ha-example-com" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-ha-example-com.id
  source_security_group_id = aws_security_group.masters-ha-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ha-example-com-ingress-tcp-10250to10250-nodes-ha-example-com" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ha-example-com.id
  source_security_group_id = aws_security_group.masters-ha-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-ha-example-com-ingress-tcp-443to443-api-elb-ha-example-com" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-ha-example-com.id
  source_security_group_id = aws_security_group.masters-ha-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-example-com-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-ha-example-com-ingress-all-0to0-masters-ha-example-com" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-ha-example-com.id
  source_security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-example-com-ingress-all-0to0-nodes-ha-example-com" {
  description              = "all traffic for a CNI kgen does not manage (networking cni)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-ha-example-com.id
  source_security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-example-com-ingress-tcp-10250to10250-masters-ha-example-com" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ha-example-com.id
  source_security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-example-com-ingress-tcp-10250to10250-nodes-ha-example-com" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ha-example-com.id
  source_security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-example-com-ingress-tcp-30000to32767-nodes-ha-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-ha-example-com.id
  source_security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-example-com-ingress-tcp-443to443-api-elb-ha-example-com" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-ha-example-com.id
  source_security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-example-com-ingress-tcp-6443to6443-masters-ha-example-com" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-ha-example-com.id
  source_security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-ha-example-com-ingress-udp-30000to32767-nodes-ha-example-com" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-ha-example-com.id
  source_security_group_id = aws_security_group.nodes-ha-example-com.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_subnet" "us-test-1a-ha-example-com" {
  availability_zone                           = "us-test-1a"
  cidr_block                                  = "172.20.32.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "us-test-1a.ha.example.com"
    "SubnetType"                           = "Public"
    "kubernetes.io/cluster/ha.example.com" = "owned"
    "kubernetes.io/role/elb"               = "1"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_subnet" "us-test-1b-ha-example-com" {
  availability_zone                           = "us-test-1b"
  cidr_block                                  = "172.20.64.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "us-test-1b.ha.example.com"
    "SubnetType"                           = "Public"
    "kubernetes.io/cluster/ha.example.com" = "owned"
    "kubernetes.io/role/elb"               = "1"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_subnet" "us-test-1c-ha-example-com" {
  availability_zone                           = "us-test-1c"
  cidr_block                                  = "172.20.96.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "us-test-1c.ha.example.com"
    "SubnetType"                           = "Public"
    "kubernetes.io/cluster/ha.example.com" = "owned"
    "kubernetes.io/role/elb"               = "1"
  }
  vpc_id = aws_vpc.ha-example-com.id
}

resource "aws_vpc" "ha-example-com" {
  cidr_block           = "172.20.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "ha-example-com" {
  domain_name         = "us-test-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                    = "ha.example.com"
    "Name"                                 = "ha.example.com"
    "kubernetes.io/cluster/ha.example.com" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "ha-example-com" {
  dhcp_options_id = aws_vpc_dhcp_options.ha-example-com.id
  vpc_id          = aws_vpc.ha-example-com.id
}

resource "terraform_data" "config-store-ha-example-com" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase memfs://tests/ha.example.com is kops' in-memory test store; nodes cannot read the cluster's CA and join token there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
    }
  }
}

data "aws_ami" "image-master-us-test-1a" {
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-resolute-26.04-amd64-server-20220404"]
  }
  most_recent = true
  owners      = ["099720109477"]
}

data "aws_route53_zone" "example-com" {
  name         = "example.com"
  private_zone = false
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
