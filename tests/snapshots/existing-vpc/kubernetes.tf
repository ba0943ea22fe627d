locals {
  api_internal_load_balancer_dns_name = aws_lb.api-shared-example-internal.dns_name
  api_internal_name                   = "api.internal.shared.example.internal"
  api_load_balancer_dns_name          = aws_lb.api-shared-example-internal.dns_name
  cluster_name                        = "shared.example.internal"
  config_base                         = "file://./state/shared.example.internal"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-us-west-2a-masters-shared-example-internal.id]
  master_security_group_ids           = [aws_security_group.masters-shared-example-internal.id]
  masters_role_arn                    = aws_iam_role.masters-shared-example-internal.arn
  masters_role_name                   = aws_iam_role.masters-shared-example-internal.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-shared-example-internal.id]
  node_security_group_ids             = [aws_security_group.nodes-shared-example-internal.id]
  node_subnet_ids                     = ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"]
  nodes_role_arn                      = aws_iam_role.nodes-shared-example-internal.arn
  nodes_role_name                     = aws_iam_role.nodes-shared-example-internal.name
  region                              = "us-west-2"
  vpc_cidr_block                      = data.aws_vpc.shared-example-internal.cidr_block
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

resource "aws_autoscaling_group" "control-plane-us-west-2a-masters-shared-example-internal" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-us-west-2a-masters-shared-example-internal.id
    version = aws_launch_template.control-plane-us-west-2a-masters-shared-example-internal.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-us-west-2a.masters.shared.example.internal"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "shared.example.internal"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-us-west-2a.masters.shared.example.internal"
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
    key                 = "kubernetes.io/cluster/shared.example.internal"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-shared-example-intern-gthao8.arn]
  vpc_zone_identifier = ["subnet-0aaa1111bbbb2222c"]
}

resource "aws_autoscaling_group" "nodes-shared-example-internal" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-shared-example-internal.id
    version = aws_launch_template.nodes-shared-example-internal.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 4
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.shared.example.internal"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "shared.example.internal"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.shared.example.internal"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/shared.example.internal"
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
    key                 = "kubernetes.io/cluster/shared.example.internal"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"]
}

resource "aws_ebs_volume" "a-etcd-main-shared-example-internal" {
  availability_zone = "us-west-2a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "a.etcd-main.shared.example.internal"
    "k8s.io/etcd/main"                              = "a/a"
    "k8s.io/role/control-plane"                     = "1"
    "k8s.io/role/master"                            = "1"
    "kgen.dev/instancegroup"                        = "control-plane-us-west-2a"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_ec2_tag" "us-west-2a-shared-example-internal-shared" {
  key         = "kubernetes.io/cluster/shared.example.internal"
  resource_id = "subnet-0aaa1111bbbb2222c"
  value       = "shared"
}

resource "aws_ec2_tag" "us-west-2b-shared-example-internal-shared" {
  key         = "kubernetes.io/cluster/shared.example.internal"
  resource_id = "subnet-0ddd3333eeee4444f"
  value       = "shared"
}

resource "aws_ec2_tag" "utility-us-west-2a-shared-example-internal-shared" {
  key         = "kubernetes.io/cluster/shared.example.internal"
  resource_id = "subnet-0123abcd0123abcd0"
  value       = "shared"
}

resource "aws_ec2_tag" "utility-us-west-2b-shared-example-internal-shared" {
  key         = "kubernetes.io/cluster/shared.example.internal"
  resource_id = "subnet-0456abcd0456abcd0"
  value       = "shared"
}

resource "aws_iam_instance_profile" "masters-shared-example-internal" {
  name = "masters.shared.example.internal"
  role = aws_iam_role.masters-shared-example-internal.name
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "masters.shared.example.internal"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-shared-example-internal" {
  name = "nodes.shared.example.internal"
  role = aws_iam_role.nodes-shared-example-internal.name
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "nodes.shared.example.internal"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
}

resource "aws_iam_role" "masters-shared-example-internal" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.shared.example.internal_policy")
  name               = "masters.shared.example.internal"
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "masters.shared.example.internal"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
}

resource "aws_iam_role" "nodes-shared-example-internal" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.shared.example.internal_policy")
  name               = "nodes.shared.example.internal"
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "nodes.shared.example.internal"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
}

resource "aws_iam_role_policy" "masters-shared-example-internal" {
  name   = "masters.shared.example.internal"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.shared.example.internal_policy")
  role   = aws_iam_role.masters-shared-example-internal.name
}

resource "aws_iam_role_policy" "nodes-shared-example-internal" {
  name   = "nodes.shared.example.internal"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.shared.example.internal_policy")
  role   = aws_iam_role.nodes-shared-example-internal.name
}

resource "aws_launch_template" "control-plane-us-west-2a-masters-shared-example-internal" {
  block_device_mappings {
    device_name = "/dev/sda1"
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
    name = aws_iam_instance_profile.masters-shared-example-internal.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.medium"
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
  name = "control-plane-us-west-2a.masters.shared.example.internal"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-shared-example-internal.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                             = "shared.example.internal"
      "Name"                                          = "control-plane-us-west-2a.masters.shared.example.internal"
      "k8s.io/role/control-plane"                     = "1"
      "k8s.io/role/master"                            = "1"
      "kgen.dev/instancegroup"                        = "control-plane-us-west-2a"
      "kubernetes.io/cluster/shared.example.internal" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                             = "shared.example.internal"
      "Name"                                          = "control-plane-us-west-2a.masters.shared.example.internal"
      "k8s.io/role/control-plane"                     = "1"
      "k8s.io/role/master"                            = "1"
      "kgen.dev/instancegroup"                        = "control-plane-us-west-2a"
      "kubernetes.io/cluster/shared.example.internal" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "control-plane-us-west-2a.masters.shared.example.internal"
    "k8s.io/role/control-plane"                     = "1"
    "k8s.io/role/master"                            = "1"
    "kgen.dev/instancegroup"                        = "control-plane-us-west-2a"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-us-west-2a.masters.shared.example.internal_user_data"))
}

resource "aws_launch_template" "nodes-shared-example-internal" {
  block_device_mappings {
    device_name = "/dev/sda1"
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
    name = aws_iam_instance_profile.nodes-shared-example-internal.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "t3.medium"
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
  name = "nodes.shared.example.internal"
  network_interfaces {
    associate_public_ip_address = false
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-shared-example-internal.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                 = "shared.example.internal"
      "Name"                                              = "nodes.shared.example.internal"
      "k8s.io/cluster-autoscaler/enabled"                 = "1"
      "k8s.io/cluster-autoscaler/shared.example.internal" = "owned"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "nodes"
      "kubernetes.io/cluster/shared.example.internal"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                 = "shared.example.internal"
      "Name"                                              = "nodes.shared.example.internal"
      "k8s.io/cluster-autoscaler/enabled"                 = "1"
      "k8s.io/cluster-autoscaler/shared.example.internal" = "owned"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "nodes"
      "kubernetes.io/cluster/shared.example.internal"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                 = "shared.example.internal"
    "Name"                                              = "nodes.shared.example.internal"
    "k8s.io/cluster-autoscaler/enabled"                 = "1"
    "k8s.io/cluster-autoscaler/shared.example.internal" = "owned"
    "k8s.io/role/node"                                  = "1"
    "kgen.dev/instancegroup"                            = "nodes"
    "kubernetes.io/cluster/shared.example.internal"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.shared.example.internal_user_data"))
}

resource "aws_lb" "api-shared-example-internal" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-shared-example-intern-nm176i"
  security_groups                  = [aws_security_group.api-elb-shared-example-internal.id]
  subnets                          = ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"]
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "api.shared.example.internal"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
}

resource "aws_lb_listener" "api-shared-example-internal-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-shared-example-intern-gthao8.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-shared-example-internal.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-shared-example-intern-gthao8" {
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
  name               = "tcp-shared-example-intern-gthao8"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "tcp-shared-example-intern-gthao8"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_route53_record" "api-internal-shared-example-internal" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-shared-example-internal.dns_name
    zone_id                = aws_lb.api-shared-example-internal.zone_id
  }
  name    = "api.internal.shared.example.internal"
  type    = "A"
  zone_id = aws_route53_zone.shared-example-internal.zone_id
}

resource "aws_route53_zone" "shared-example-internal" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "shared.example.internal"
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "shared.example.internal"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
  vpc {
    vpc_id = "vpc-0a1b2c3d4e5f60718"
  }
}

resource "aws_security_group" "api-elb-shared-example-internal" {
  description = "Security group for the API load balancer"
  name        = "api-elb.shared.example.internal"
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "api-elb.shared.example.internal"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group" "masters-shared-example-internal" {
  description = "Security group for control-plane nodes"
  name        = "masters.shared.example.internal"
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "masters.shared.example.internal"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group" "nodes-shared-example-internal" {
  description = "Security group for worker nodes"
  name        = "nodes.shared.example.internal"
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "nodes.shared.example.internal"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_security_group_rule" "from-10-0-0-0--8-ingress-tcp-443to443-api-elb-shared-example-internal" {
  cidr_blocks       = ["10.0.0.0/8"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-shared-example-internal.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-shared-example-internal-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-shared-example-internal.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-shared-example-internal-ingress-tcp-6443to6443-masters-shared-example-internal" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shared-example-internal.id
  source_security_group_id = aws_security_group.api-elb-shared-example-internal.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shared-example-internal-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-shared-example-internal.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-shared-example-internal-ingress-all-0to0-masters-shared-example-internal" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-shared-example-internal.id
  source_security_group_id = aws_security_group.masters-shared-example-internal.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shared-example-internal-ingress-ipip-0to65535-nodes-shared-example-internal" {
  description              = "calico IP-in-IP"
  from_port                = 0
  protocol                 = "4"
  security_group_id        = aws_security_group.nodes-shared-example-internal.id
  source_security_group_id = aws_security_group.masters-shared-example-internal.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shared-example-internal-ingress-tcp-10250to10250-nodes-shared-example-internal" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-example-internal.id
  source_security_group_id = aws_security_group.masters-shared-example-internal.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shared-example-internal-ingress-tcp-179to179-nodes-shared-example-internal" {
  description              = "calico BGP"
  from_port                = 179
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-example-internal.id
  source_security_group_id = aws_security_group.masters-shared-example-internal.id
  to_port                  = 179
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-shared-example-internal-ingress-tcp-443to443-api-elb-shared-example-internal" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-shared-example-internal.id
  source_security_group_id = aws_security_group.masters-shared-example-internal.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-ipip-0to65535-masters-shared-example-internal" {
  description              = "calico IP-in-IP"
  from_port                = 0
  protocol                 = "4"
  security_group_id        = aws_security_group.masters-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-ipip-0to65535-nodes-shared-example-internal" {
  description              = "calico IP-in-IP"
  from_port                = 0
  protocol                 = "4"
  security_group_id        = aws_security_group.nodes-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-tcp-10250to10250-masters-shared-example-internal" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-tcp-10250to10250-nodes-shared-example-internal" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-tcp-179to179-masters-shared-example-internal" {
  description              = "calico BGP"
  from_port                = 179
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 179
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-tcp-179to179-nodes-shared-example-internal" {
  description              = "calico BGP"
  from_port                = 179
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 179
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-tcp-30000to32767-nodes-shared-example-internal" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-tcp-443to443-api-elb-shared-example-internal" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-tcp-6443to6443-masters-shared-example-internal" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-example-internal-ingress-udp-30000to32767-nodes-shared-example-internal" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-shared-example-internal.id
  source_security_group_id = aws_security_group.nodes-shared-example-internal.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_ssm_parameter" "addons-shared-example-internal" {
  description    = "kgen: the add-ons of cluster shared.example.internal the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.shared.example.internal_value")
  name           = "/kgen/shared.example.internal/addons"
  tags = {
    "KubernetesCluster"                             = "shared.example.internal"
    "Name"                                          = "/kgen/shared.example.internal/addons"
    "kubernetes.io/cluster/shared.example.internal" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "terraform_data" "config-store-shared-example-internal" {
  lifecycle {
    precondition {
      condition     = startswith(local.config_base, "s3://")
      error_message = "configBase file://./state/shared.example.internal is a folder on the machine that ran kgen; nodes cannot read the cluster's CA there. This output is an offline example: set spec.configBase (or KGEN_STATE_STORE) to s3://BUCKET/PREFIX, run kgen again, then apply."
    }
  }
}

data "aws_ssm_parameter" "ubuntu-24-04-amd64" {
  name = "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id"
}

data "aws_vpc" "shared-example-internal" {
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
