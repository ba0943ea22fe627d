locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-addons-kops-example-org.dns_name
  api_internal_name                   = "api.internal.addons.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-addons-kops-example-org.dns_name
  api_public_name                     = "api.addons.kops.example.org"
  cluster_name                        = "addons.kops.example.org"
  config_base                         = "s3://kgen-tests-state/addons.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-central-1a-masters-addons-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-addons-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-addons-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-addons-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-addons-kops-example-org.id, aws_autoscaling_group.spot-addons-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-addons-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.eu-central-1a-addons-kops-example-org.id, aws_subnet.eu-central-1b-addons-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-addons-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-addons-kops-example-org.name
  oidc_provider_arn                   = aws_iam_openid_connect_provider.oidc-addons-kops-example-org.arn
  region                              = "eu-central-1"
  service_account_issuer              = "https://kgen-tests-oidc.s3.eu-central-1.amazonaws.com/addons.kops.example.org"
  vpc_cidr_block                      = aws_vpc.addons-kops-example-org.cidr_block
  vpc_id                              = aws_vpc.addons-kops-example-org.id
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

output "oidc_provider_arn" {
  value = local.oidc_provider_arn
}

output "region" {
  value = local.region
}

output "service_account_issuer" {
  value = local.service_account_issuer
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

resource "aws_autoscaling_group" "control-plane-eu-central-1a-masters-addons-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-central-1a-masters-addons-kops-example-org.id
    version = aws_launch_template.control-plane-eu-central-1a-masters-addons-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-central-1a.masters.addons.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "addons.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-central-1a.masters.addons.kops.example.org"
  }
  tag {
    key                 = "aws-node-termination-handler/managed"
    propagate_at_launch = true
    value               = ""
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
    key                 = "kubernetes.io/cluster/addons.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-addons-kops-example-o-cc77qn.arn, aws_lb_target_group.tcp-internal-addons-kops-nk7s45.arn]
  vpc_zone_identifier = [aws_subnet.eu-central-1a-addons-kops-example-org.id]
}

resource "aws_autoscaling_group" "nodes-addons-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-addons-kops-example-org.id
    version = aws_launch_template.nodes-addons-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 4
  metrics_granularity   = "1Minute"
  min_size              = 2
  name                  = "nodes.addons.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "addons.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.addons.kops.example.org"
  }
  tag {
    key                 = "aws-node-termination-handler/managed"
    propagate_at_launch = true
    value               = ""
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/addons.kops.example.org"
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
    key                 = "kubernetes.io/cluster/addons.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.eu-central-1a-addons-kops-example-org.id, aws_subnet.eu-central-1b-addons-kops-example-org.id]
}

resource "aws_autoscaling_group" "spot-addons-kops-example-org" {
  enabled_metrics       = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  max_instance_lifetime = 0
  max_size              = 6
  metrics_granularity   = "1Minute"
  min_size              = 0
  mixed_instances_policy {
    instances_distribution {
      on_demand_allocation_strategy            = "prioritized"
      on_demand_base_capacity                  = 0
      on_demand_percentage_above_base_capacity = 0
      spot_allocation_strategy                 = "price-capacity-optimized"
      spot_max_price                           = ""
    }
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.spot-addons-kops-example-org.id
        version            = aws_launch_template.spot-addons-kops-example-org.latest_version
      }
      override {
        instance_type = "m6i.large"
      }
      override {
        instance_type = "m5.large"
      }
    }
  }
  name                  = "spot.addons.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "addons.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "spot.addons.kops.example.org"
  }
  tag {
    key                 = "aws-node-termination-handler/managed"
    propagate_at_launch = true
    value               = ""
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/addons.kops.example.org"
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
    value               = "spot"
  }
  tag {
    key                 = "kubernetes.io/cluster/addons.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.eu-central-1a-addons-kops-example-org.id, aws_subnet.eu-central-1b-addons-kops-example-org.id]
}

resource "aws_autoscaling_lifecycle_hook" "control-plane-eu-central-1a-masters-addons-kops-example-org-NTHLifecycleHook" {
  autoscaling_group_name = aws_autoscaling_group.control-plane-eu-central-1a-masters-addons-kops-example-org.id
  default_result         = "CONTINUE"
  heartbeat_timeout      = 300
  lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
  name                   = "control-plane-eu-central-1a.masters.addons.kops.example.org-NTHLifecycleHook"
}

resource "aws_autoscaling_lifecycle_hook" "nodes-addons-kops-example-org-NTHLifecycleHook" {
  autoscaling_group_name = aws_autoscaling_group.nodes-addons-kops-example-org.id
  default_result         = "CONTINUE"
  heartbeat_timeout      = 300
  lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
  name                   = "nodes.addons.kops.example.org-NTHLifecycleHook"
}

resource "aws_autoscaling_lifecycle_hook" "spot-addons-kops-example-org-NTHLifecycleHook" {
  autoscaling_group_name = aws_autoscaling_group.spot-addons-kops-example-org.id
  default_result         = "CONTINUE"
  heartbeat_timeout      = 300
  lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
  name                   = "spot.addons.kops.example.org-NTHLifecycleHook"
}

resource "aws_cloudwatch_event_rule" "addons-kops-example-org-ASGLifecycle" {
  description   = "Terminate lifecycle actions of the cluster's autoscaling groups, for the node termination handler"
  event_pattern = "{\"detail\":{\"AutoScalingGroupName\":[\"control-plane-eu-central-1a.masters.addons.kops.example.org\",\"nodes.addons.kops.example.org\",\"spot.addons.kops.example.org\"]},\"detail-type\":[\"EC2 Instance-terminate Lifecycle Action\"],\"source\":[\"aws.autoscaling\"]}"
  name          = "addons.kops.example.org-ASGLifecycle"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org-ASGLifecycle"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_cloudwatch_event_rule" "addons-kops-example-org-InstanceScheduledChange" {
  description   = "EC2 scheduled maintenance (AWS Health), for the node termination handler"
  event_pattern = "{\"detail\":{\"eventTypeCategory\":[\"scheduledChange\"],\"service\":[\"EC2\"]},\"detail-type\":[\"AWS Health Event\"],\"source\":[\"aws.health\"]}"
  name          = "addons.kops.example.org-InstanceScheduledChange"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org-InstanceScheduledChange"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_cloudwatch_event_rule" "addons-kops-example-org-InstanceStateChange" {
  description   = "EC2 instance state changes, for the node termination handler"
  event_pattern = "{\"detail-type\":[\"EC2 Instance State-change Notification\"],\"source\":[\"aws.ec2\"]}"
  name          = "addons.kops.example.org-InstanceStateChange"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org-InstanceStateChange"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_cloudwatch_event_rule" "addons-kops-example-org-RebalanceRecommendation" {
  description   = "EC2 instance rebalance recommendations, for the node termination handler"
  event_pattern = "{\"detail-type\":[\"EC2 Instance Rebalance Recommendation\"],\"source\":[\"aws.ec2\"]}"
  name          = "addons.kops.example.org-RebalanceRecommendation"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org-RebalanceRecommendation"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_cloudwatch_event_rule" "addons-kops-example-org-SpotInterruption" {
  description   = "EC2 spot interruption warnings, for the node termination handler"
  event_pattern = "{\"detail-type\":[\"EC2 Spot Instance Interruption Warning\"],\"source\":[\"aws.ec2\"]}"
  name          = "addons.kops.example.org-SpotInterruption"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org-SpotInterruption"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_cloudwatch_event_target" "addons-kops-example-org-ASGLifecycle" {
  arn       = aws_sqs_queue.addons-kops-example-org-nth.arn
  rule      = aws_cloudwatch_event_rule.addons-kops-example-org-ASGLifecycle.name
  target_id = "node-termination-queue"
}

resource "aws_cloudwatch_event_target" "addons-kops-example-org-InstanceScheduledChange" {
  arn       = aws_sqs_queue.addons-kops-example-org-nth.arn
  rule      = aws_cloudwatch_event_rule.addons-kops-example-org-InstanceScheduledChange.name
  target_id = "node-termination-queue"
}

resource "aws_cloudwatch_event_target" "addons-kops-example-org-InstanceStateChange" {
  arn       = aws_sqs_queue.addons-kops-example-org-nth.arn
  rule      = aws_cloudwatch_event_rule.addons-kops-example-org-InstanceStateChange.name
  target_id = "node-termination-queue"
}

resource "aws_cloudwatch_event_target" "addons-kops-example-org-RebalanceRecommendation" {
  arn       = aws_sqs_queue.addons-kops-example-org-nth.arn
  rule      = aws_cloudwatch_event_rule.addons-kops-example-org-RebalanceRecommendation.name
  target_id = "node-termination-queue"
}

resource "aws_cloudwatch_event_target" "addons-kops-example-org-SpotInterruption" {
  arn       = aws_sqs_queue.addons-kops-example-org-nth.arn
  rule      = aws_cloudwatch_event_rule.addons-kops-example-org-SpotInterruption.name
  target_id = "node-termination-queue"
}

resource "aws_cloudwatch_log_group" "flowlogs-addons-kops-example-org" {
  name              = "/kgen/addons.kops.example.org/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "/kgen/addons.kops.example.org/vpc-flow-logs"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_default_security_group" "addons-kops-example-org" {
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_ebs_volume" "a-etcd-main-addons-kops-example-org" {
  availability_zone = "eu-central-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "a.etcd-main.addons.kops.example.org"
    "k8s.io/etcd/main"                              = "a/a"
    "k8s.io/role/control-plane"                     = "1"
    "k8s.io/role/master"                            = "1"
    "kgen.dev/instancegroup"                        = "control-plane-eu-central-1a"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_flow_log" "addons-kops-example-org" {
  iam_role_arn             = aws_iam_role.flowlogs-addons-kops-example-org.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-addons-kops-example-org.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.addons-kops-example-org.id
}

resource "aws_iam_instance_profile" "masters-addons-kops-example-org" {
  name = "masters.addons.kops.example.org"
  role = aws_iam_role.masters-addons-kops-example-org.name
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "masters.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-addons-kops-example-org" {
  name = "nodes.addons.kops.example.org"
  role = aws_iam_role.nodes-addons-kops-example-org.name
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "nodes.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_openid_connect_provider" "oidc-addons-kops-example-org" {
  client_id_list = ["amazonaws.com"]
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "oidc.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  url = "https://kgen-tests-oidc.s3.eu-central-1.amazonaws.com/addons.kops.example.org"
}

resource "aws_iam_role" "aws-load-balancer-controller-kube-system-sa-addons-kops-e-6r407n" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_aws-load-balancer-controller.kube-system.sa.addons.kops.e-6r407n_policy", { federated = aws_iam_openid_connect_provider.oidc-addons-kops-example-org.arn })
  name               = "aws-load-balancer-controller.kube-system.sa.addons.kops.e-6r407n"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "aws-load-balancer-controller.kube-system.sa.addons.kops.e-6r407n"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "aws-node-termination-handler-kube-system-sa-addons-kops-e-l158pv" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_aws-node-termination-handler.kube-system.sa.addons.kops.e-l158pv_policy", { federated = aws_iam_openid_connect_provider.oidc-addons-kops-example-org.arn })
  name               = "aws-node-termination-handler.kube-system.sa.addons.kops.e-l158pv"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "aws-node-termination-handler.kube-system.sa.addons.kops.e-l158pv"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "cert-manager-kube-system-sa-addons-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_cert-manager.kube-system.sa.addons.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-addons-kops-example-org.arn })
  name               = "cert-manager.kube-system.sa.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "cert-manager.kube-system.sa.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "cloud-controller-manager-kube-system-sa-addons-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_cloud-controller-manager.kube-system.sa.addons.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-addons-kops-example-org.arn })
  name               = "cloud-controller-manager.kube-system.sa.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "cloud-controller-manager.kube-system.sa.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "cluster-autoscaler-kube-system-sa-addons-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_cluster-autoscaler.kube-system.sa.addons.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-addons-kops-example-org.arn })
  name               = "cluster-autoscaler.kube-system.sa.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "cluster-autoscaler.kube-system.sa.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "ebs-csi-controller-sa-kube-system-sa-addons-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_ebs-csi-controller-sa.kube-system.sa.addons.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-addons-kops-example-org.arn })
  name               = "ebs-csi-controller-sa.kube-system.sa.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "ebs-csi-controller-sa.kube-system.sa.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "external-dns-kube-system-sa-addons-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_external-dns.kube-system.sa.addons.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-addons-kops-example-org.arn })
  name               = "external-dns.kube-system.sa.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "external-dns.kube-system.sa.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-addons-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.addons.kops.example.org_policy")
  name               = "flowlogs.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "flowlogs.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-addons-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.addons.kops.example.org_policy")
  name               = "masters.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "masters.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-addons-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.addons.kops.example.org_policy")
  name               = "nodes.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "nodes.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "aws-load-balancer-controller-kube-system-sa-addons-kops-e-6r407n" {
  name   = "aws-load-balancer-controller.kube-system.sa.addons.kops.e-6r407n"
  policy = file("${path.module}/data/aws_iam_role_policy_aws-load-balancer-controller.kube-system.sa.addons.kops.e-6r407n_policy")
  role   = aws_iam_role.aws-load-balancer-controller-kube-system-sa-addons-kops-e-6r407n.name
}

resource "aws_iam_role_policy" "aws-node-termination-handler-kube-system-sa-addons-kops-e-l158pv" {
  name   = "aws-node-termination-handler.kube-system.sa.addons.kops.e-l158pv"
  policy = file("${path.module}/data/aws_iam_role_policy_aws-node-termination-handler.kube-system.sa.addons.kops.e-l158pv_policy")
  role   = aws_iam_role.aws-node-termination-handler-kube-system-sa-addons-kops-e-l158pv.name
}

resource "aws_iam_role_policy" "cert-manager-kube-system-sa-addons-kops-example-org" {
  name   = "cert-manager.kube-system.sa.addons.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_cert-manager.kube-system.sa.addons.kops.example.org_policy")
  role   = aws_iam_role.cert-manager-kube-system-sa-addons-kops-example-org.name
}

resource "aws_iam_role_policy" "cloud-controller-manager-kube-system-sa-addons-kops-example-org" {
  name   = "cloud-controller-manager.kube-system.sa.addons.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_cloud-controller-manager.kube-system.sa.addons.kops.example.org_policy")
  role   = aws_iam_role.cloud-controller-manager-kube-system-sa-addons-kops-example-org.name
}

resource "aws_iam_role_policy" "cluster-autoscaler-kube-system-sa-addons-kops-example-org" {
  name   = "cluster-autoscaler.kube-system.sa.addons.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_cluster-autoscaler.kube-system.sa.addons.kops.example.org_policy")
  role   = aws_iam_role.cluster-autoscaler-kube-system-sa-addons-kops-example-org.name
}

resource "aws_iam_role_policy" "ebs-csi-controller-sa-kube-system-sa-addons-kops-example-org" {
  name   = "ebs-csi-controller-sa.kube-system.sa.addons.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_ebs-csi-controller-sa.kube-system.sa.addons.kops.example.org_policy")
  role   = aws_iam_role.ebs-csi-controller-sa-kube-system-sa-addons-kops-example-org.name
}

resource "aws_iam_role_policy" "external-dns-kube-system-sa-addons-kops-example-org" {
  name   = "external-dns.kube-system.sa.addons.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_external-dns.kube-system.sa.addons.kops.example.org_policy")
  role   = aws_iam_role.external-dns-kube-system-sa-addons-kops-example-org.name
}

resource "aws_iam_role_policy" "flowlogs-addons-kops-example-org" {
  name   = "flowlogs.addons.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.addons.kops.example.org_policy")
  role   = aws_iam_role.flowlogs-addons-kops-example-org.name
}

resource "aws_iam_role_policy" "masters-addons-kops-example-org" {
  name   = "masters.addons.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.addons.kops.example.org_policy")
  role   = aws_iam_role.masters-addons-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-addons-kops-example-org" {
  name   = "nodes.addons.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.addons.kops.example.org_policy")
  role   = aws_iam_role.nodes-addons-kops-example-org.name
}

resource "aws_internet_gateway" "addons-kops-example-org" {
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_key_pair" "kubernetes-addons-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.addons.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.addons.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "control-plane-eu-central-1a-masters-addons-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-control-plane-eu-central-1a-masters-addons-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-addons-kops-example-org.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-addons-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-central-1a.masters.addons.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-addons-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                             = "addons.kops.example.org"
      "Name"                                          = "control-plane-eu-central-1a.masters.addons.kops.example.org"
      "aws-node-termination-handler/managed"          = ""
      "k8s.io/role/control-plane"                     = "1"
      "k8s.io/role/master"                            = "1"
      "kgen.dev/instancegroup"                        = "control-plane-eu-central-1a"
      "kubernetes.io/cluster/addons.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                             = "addons.kops.example.org"
      "Name"                                          = "control-plane-eu-central-1a.masters.addons.kops.example.org"
      "aws-node-termination-handler/managed"          = ""
      "k8s.io/role/control-plane"                     = "1"
      "k8s.io/role/master"                            = "1"
      "kgen.dev/instancegroup"                        = "control-plane-eu-central-1a"
      "kubernetes.io/cluster/addons.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "control-plane-eu-central-1a.masters.addons.kops.example.org"
    "aws-node-termination-handler/managed"          = ""
    "k8s.io/role/control-plane"                     = "1"
    "k8s.io/role/master"                            = "1"
    "kgen.dev/instancegroup"                        = "control-plane-eu-central-1a"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-central-1a.masters.addons.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-addons-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-nodes-addons-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-addons-kops-example-org.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-addons-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.addons.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-addons-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                 = "addons.kops.example.org"
      "Name"                                              = "nodes.addons.kops.example.org"
      "aws-node-termination-handler/managed"              = ""
      "k8s.io/cluster-autoscaler/addons.kops.example.org" = "owned"
      "k8s.io/cluster-autoscaler/enabled"                 = "1"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "nodes"
      "kubernetes.io/cluster/addons.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                 = "addons.kops.example.org"
      "Name"                                              = "nodes.addons.kops.example.org"
      "aws-node-termination-handler/managed"              = ""
      "k8s.io/cluster-autoscaler/addons.kops.example.org" = "owned"
      "k8s.io/cluster-autoscaler/enabled"                 = "1"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "nodes"
      "kubernetes.io/cluster/addons.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                 = "addons.kops.example.org"
    "Name"                                              = "nodes.addons.kops.example.org"
    "aws-node-termination-handler/managed"              = ""
    "k8s.io/cluster-autoscaler/addons.kops.example.org" = "owned"
    "k8s.io/cluster-autoscaler/enabled"                 = "1"
    "k8s.io/role/node"                                  = "1"
    "kgen.dev/instancegroup"                            = "nodes"
    "kubernetes.io/cluster/addons.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.addons.kops.example.org_user_data"))
}

resource "aws_launch_template" "spot-addons-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-spot-addons-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-addons-kops-example-org.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-addons-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "spot.addons.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-addons-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                                 = "addons.kops.example.org"
      "Name"                                              = "spot.addons.kops.example.org"
      "aws-node-termination-handler/managed"              = ""
      "k8s.io/cluster-autoscaler/addons.kops.example.org" = "owned"
      "k8s.io/cluster-autoscaler/enabled"                 = "1"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "spot"
      "kubernetes.io/cluster/addons.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                                 = "addons.kops.example.org"
      "Name"                                              = "spot.addons.kops.example.org"
      "aws-node-termination-handler/managed"              = ""
      "k8s.io/cluster-autoscaler/addons.kops.example.org" = "owned"
      "k8s.io/cluster-autoscaler/enabled"                 = "1"
      "k8s.io/role/node"                                  = "1"
      "kgen.dev/instancegroup"                            = "spot"
      "kubernetes.io/cluster/addons.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                                 = "addons.kops.example.org"
    "Name"                                              = "spot.addons.kops.example.org"
    "aws-node-termination-handler/managed"              = ""
    "k8s.io/cluster-autoscaler/addons.kops.example.org" = "owned"
    "k8s.io/cluster-autoscaler/enabled"                 = "1"
    "k8s.io/role/node"                                  = "1"
    "kgen.dev/instancegroup"                            = "spot"
    "kubernetes.io/cluster/addons.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_spot.addons.kops.example.org_user_data"))
}

resource "aws_lb" "api-addons-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-addons-kops-example-o-pk0vu5"
  security_groups                  = [aws_security_group.api-elb-addons-kops-example-org.id]
  subnets                          = [aws_subnet.eu-central-1a-addons-kops-example-org.id, aws_subnet.eu-central-1b-addons-kops-example-org.id]
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "api.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-internal-addons-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-addons-kops-6k7tm6"
  security_groups                  = [aws_security_group.api-elb-addons-kops-example-org.id]
  subnets                          = [aws_subnet.eu-central-1a-addons-kops-example-org.id, aws_subnet.eu-central-1b-addons-kops-example-org.id]
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "api-internal.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-addons-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-addons-kops-example-o-cc77qn.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-addons-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-internal-addons-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-addons-kops-nk7s45.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-addons-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-addons-kops-example-o-cc77qn" {
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
  name               = "tcp-addons-kops-example-o-cc77qn"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "tcp-addons-kops-example-o-cc77qn"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_lb_target_group" "tcp-internal-addons-kops-nk7s45" {
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
  name               = "tcp-internal-addons-kops-nk7s45"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "tcp-internal-addons-kops-nk7s45"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.addons-kops-example-org.id
  route_table_id         = aws_route_table.addons-kops-example-org.id
}

resource "aws_route53_record" "api-addons-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-addons-kops-example-org.dns_name
    zone_id                = aws_lb.api-addons-kops-example-org.zone_id
  }
  name    = "api.addons.kops.example.org"
  type    = "A"
  zone_id = "Z0EXAMPLE1234567890AB"
}

resource "aws_route53_record" "api-internal-addons-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-addons-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-addons-kops-example-org.zone_id
  }
  name    = "api.internal.addons.kops.example.org"
  type    = "A"
  zone_id = "Z0EXAMPLE1234567890AB"
}

resource "aws_route_table" "addons-kops-example-org" {
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_route_table_association" "eu-central-1a-addons-kops-example-org" {
  route_table_id = aws_route_table.addons-kops-example-org.id
  subnet_id      = aws_subnet.eu-central-1a-addons-kops-example-org.id
}

resource "aws_route_table_association" "eu-central-1b-addons-kops-example-org" {
  route_table_id = aws_route_table.addons-kops-example-org.id
  subnet_id      = aws_subnet.eu-central-1b-addons-kops-example-org.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-cloud-controller-manager/bf013b37b7a2a262a1148dea2e7fa778f7f72e8ea2254d8d3d97568170fa79fc/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-cloud-controller-manager/bf013b37b7a2a262a1148dea2e7fa778f7f72e8ea2254d8d3d97568170fa79fc/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-ebs-csi-driver/631046320cd3a53afae49e66f5bf2db23e21a764f471cd8d87b791693370dfb8/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-ebs-csi-driver/631046320cd3a53afae49e66f5bf2db23e21a764f471cd8d87b791693370dfb8/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-ebs-csi-driver/631046320cd3a53afae49e66f5bf2db23e21a764f471cd8d87b791693370dfb8/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-certificate-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-load-balancer-controller/9f4fcf76571c7d1fa12c7af3d43a00af479bd36b082e2ba491802f076f74b68c/certificate.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.certificate.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.certificate.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-kustomization-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-load-balancer-controller/9f4fcf76571c7d1fa12c7af3d43a00af479bd36b082e2ba491802f076f74b68c/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.kustomization.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.kustomization.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-mutating-webhook-patch-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-load-balancer-controller/9f4fcf76571c7d1fa12c7af3d43a00af479bd36b082e2ba491802f076f74b68c/mutating-webhook-patch.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.mutating-webhook-patch.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.mutating-webhook-patch.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-sources-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-load-balancer-controller/9f4fcf76571c7d1fa12c7af3d43a00af479bd36b082e2ba491802f076f74b68c/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.sources.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.sources.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-validating-webhook-patch-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-load-balancer-controller/9f4fcf76571c7d1fa12c7af3d43a00af479bd36b082e2ba491802f076f74b68c/validating-webhook-patch.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.validating-webhook-patch.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.validating-webhook-patch.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-node-termination-handler-deployment-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-node-termination-handler/c75f55c544f05c3f0ef3f8328a83afaa2e2e0173e99ced84e59123c005beeccb/deployment.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.deployment.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.deployment.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-node-termination-handler-kustomization-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-node-termination-handler/c75f55c544f05c3f0ef3f8328a83afaa2e2e0173e99ced84e59123c005beeccb/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.kustomization.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.kustomization.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-node-termination-handler-rbac-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-node-termination-handler/c75f55c544f05c3f0ef3f8328a83afaa2e2e0173e99ced84e59123c005beeccb/rbac.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.rbac.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.rbac.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-node-termination-handler-sources-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/aws-node-termination-handler/c75f55c544f05c3f0ef3f8328a83afaa2e2e0173e99ced84e59123c005beeccb/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.sources.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.sources.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-deployments-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/cert-manager/a52f3d63c4eb2e85d83e1a324cb6b280c73b0836f51cb15c9c8206ea7f489914/deployments.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.deployments.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.deployments.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-kustomization-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/cert-manager/a52f3d63c4eb2e85d83e1a324cb6b280c73b0836f51cb15c9c8206ea7f489914/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.kustomization.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.kustomization.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-rbac-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/cert-manager/a52f3d63c4eb2e85d83e1a324cb6b280c73b0836f51cb15c9c8206ea7f489914/rbac.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.rbac.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.rbac.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-sources-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/cert-manager/a52f3d63c4eb2e85d83e1a324cb6b280c73b0836f51cb15c9c8206ea7f489914/sources"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.sources.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.sources.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-webhooks-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/cert-manager/a52f3d63c4eb2e85d83e1a324cb6b280c73b0836f51cb15c9c8206ea7f489914/webhooks.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.webhooks.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.webhooks.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cluster-autoscaler-kustomization-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/cluster-autoscaler/134c025f535eef962e5f44fcb0a922b112938c9823c34e2631413a645f8329b8/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cluster-autoscaler.kustomization.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cluster-autoscaler.kustomization.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cluster-autoscaler-sources-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/cluster-autoscaler/134c025f535eef962e5f44fcb0a922b112938c9823c34e2631413a645f8329b8/sources"
  source       = "${path.module}/data/aws_s3_object_addon.cluster-autoscaler.sources.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cluster-autoscaler.sources.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-external-dns-kustomization-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/external-dns/5fdf80a6f2065fae9863600d54d99b79682f2c41c58a508a3f5318947a1f653f/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.external-dns.kustomization.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.external-dns.kustomization.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-external-dns-sources-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/external-dns/5fdf80a6f2065fae9863600d54d99b79682f2c41c58a508a3f5318947a1f653f/sources"
  source       = "${path.module}/data/aws_s3_object_addon.external-dns.sources.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.external-dns.sources.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-metrics-server-kustomization-yaml-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/metrics-server/d16166c184f755bcfda047110e628f687c6a2b4e83deb3c2df40cfe59e3e418f/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.metrics-server.kustomization.yaml.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.metrics-server.kustomization.yaml.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-metrics-server-sources-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "addons.kops.example.org/addons/metrics-server/d16166c184f755bcfda047110e628f687c6a2b4e83deb3c2df40cfe59e3e418f/sources"
  source       = "${path.module}/data/aws_s3_object_addon.metrics-server.sources.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.metrics-server.sources.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-eu-central-1a-masters-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "addons.kops.example.org/nodeup/control-plane-eu-central-1a/262da4c45dc18d5feb512da466a8001a3b562089601b85ac8bec3ee5cbc40597.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-eu-central-1a.masters.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-eu-central-1a.masters.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "addons.kops.example.org/nodeup/nodes/f8dfb7887a8576d80f1257365fda4253e69202ea5b42c90af6b7437b8c37c12f.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-spot-addons-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "addons.kops.example.org/nodeup/spot/713018f2bef37c4018d9652112c154c7241b0aa4b0cb1ac76dade732bc1cf2b6.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.spot.addons.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.spot.addons.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-addons-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "api-elb.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_security_group" "masters-addons-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "masters.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_security_group" "nodes-addons-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.addons.kops.example.org"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "nodes.addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_security_group_rule" "from-203-0-113-0--24-ingress-tcp-22to22-masters-addons-kops-example-org" {
  cidr_blocks       = ["203.0.113.0/24"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-addons-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-203-0-113-0--24-ingress-tcp-22to22-nodes-addons-kops-example-org" {
  cidr_blocks       = ["203.0.113.0/24"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-203-0-113-0--24-ingress-tcp-443to443-api-elb-addons-kops-example-org" {
  cidr_blocks       = ["203.0.113.0/24"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-addons-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-addons-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-addons-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-addons-kops-example-org-ingress-tcp-6443to6443-masters-addons-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-addons-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-addons-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-addons-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-addons-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-addons-kops-example-org-ingress-all-0to0-masters-addons-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-addons-kops-example-org.id
  source_security_group_id = aws_security_group.masters-addons-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-addons-kops-example-org-ingress-ipip-0to65535-nodes-addons-kops-example-org" {
  description              = "calico IP-in-IP"
  from_port                = 0
  protocol                 = "4"
  security_group_id        = aws_security_group.nodes-addons-kops-example-org.id
  source_security_group_id = aws_security_group.masters-addons-kops-example-org.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-addons-kops-example-org-ingress-tcp-10250to10250-nodes-addons-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-addons-kops-example-org.id
  source_security_group_id = aws_security_group.masters-addons-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-addons-kops-example-org-ingress-tcp-179to179-nodes-addons-kops-example-org" {
  description              = "calico BGP"
  from_port                = 179
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-addons-kops-example-org.id
  source_security_group_id = aws_security_group.masters-addons-kops-example-org.id
  to_port                  = 179
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-addons-kops-example-org-ingress-tcp-443to443-api-elb-addons-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-addons-kops-example-org.id
  source_security_group_id = aws_security_group.masters-addons-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-ipip-0to65535-masters-addons-kops-example-org" {
  description              = "calico IP-in-IP"
  from_port                = 0
  protocol                 = "4"
  security_group_id        = aws_security_group.masters-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-ipip-0to65535-nodes-addons-kops-example-org" {
  description              = "calico IP-in-IP"
  from_port                = 0
  protocol                 = "4"
  security_group_id        = aws_security_group.nodes-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-tcp-10250to10250-masters-addons-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-tcp-10250to10250-nodes-addons-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-tcp-179to179-masters-addons-kops-example-org" {
  description              = "calico BGP"
  from_port                = 179
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 179
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-tcp-179to179-nodes-addons-kops-example-org" {
  description              = "calico BGP"
  from_port                = 179
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 179
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-tcp-30000to32767-nodes-addons-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-tcp-443to443-api-elb-addons-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-tcp-6443to6443-masters-addons-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-addons-kops-example-org-ingress-udp-30000to32767-nodes-addons-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-addons-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-addons-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_sqs_queue" "addons-kops-example-org-nth" {
  message_retention_seconds = 300
  name                      = "addons-kops-example-org-nth"
  sqs_managed_sse_enabled   = true
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons-kops-example-org-nth"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_sqs_queue_policy" "addons-kops-example-org-nth" {
  policy = jsonencode({
    Statement = [{
      Action = ["sqs:SendMessage"]
      Condition = {
        ArnEquals = {
          "aws:SourceArn" = [aws_cloudwatch_event_rule.addons-kops-example-org-ASGLifecycle.arn, aws_cloudwatch_event_rule.addons-kops-example-org-SpotInterruption.arn, aws_cloudwatch_event_rule.addons-kops-example-org-InstanceStateChange.arn, aws_cloudwatch_event_rule.addons-kops-example-org-InstanceScheduledChange.arn, aws_cloudwatch_event_rule.addons-kops-example-org-RebalanceRecommendation.arn]
        }
      }
      Effect = "Allow"
      Principal = {
        Service = ["events.amazonaws.com", "sqs.amazonaws.com"]
      }
      Resource = aws_sqs_queue.addons-kops-example-org-nth.arn
      Sid      = "NodeTerminationEvents"
    }]
    Version = "2012-10-17"
  })
  queue_url = aws_sqs_queue.addons-kops-example-org-nth.url
}

resource "aws_ssm_parameter" "addons-addons-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-addons-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-addons-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-addons-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-addons-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-addons-kops-example-org, aws_s3_object.addon-metrics-server-kustomization-yaml-addons-kops-example-org, aws_s3_object.addon-metrics-server-sources-addons-kops-example-org, aws_s3_object.addon-cluster-autoscaler-kustomization-yaml-addons-kops-example-org, aws_s3_object.addon-cluster-autoscaler-sources-addons-kops-example-org, aws_s3_object.addon-aws-node-termination-handler-deployment-yaml-addons-kops-example-org, aws_s3_object.addon-aws-node-termination-handler-kustomization-yaml-addons-kops-example-org, aws_s3_object.addon-aws-node-termination-handler-rbac-yaml-addons-kops-example-org, aws_s3_object.addon-aws-node-termination-handler-sources-addons-kops-example-org, aws_s3_object.addon-cert-manager-deployments-yaml-addons-kops-example-org, aws_s3_object.addon-cert-manager-kustomization-yaml-addons-kops-example-org, aws_s3_object.addon-cert-manager-rbac-yaml-addons-kops-example-org, aws_s3_object.addon-cert-manager-sources-addons-kops-example-org, aws_s3_object.addon-cert-manager-webhooks-yaml-addons-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-certificate-yaml-addons-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-kustomization-yaml-addons-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-mutating-webhook-patch-yaml-addons-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-sources-addons-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-validating-webhook-patch-yaml-addons-kops-example-org, aws_s3_object.addon-external-dns-kustomization-yaml-addons-kops-example-org, aws_s3_object.addon-external-dns-sources-addons-kops-example-org]
  description    = "kgen: the add-ons of cluster addons.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.addons.kops.example.org_value")
  name           = "/kgen/addons.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "/kgen/addons.kops.example.org/addons"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "eu-central-1a-addons-kops-example-org" {
  availability_zone                           = "eu-central-1a"
  cidr_block                                  = "10.70.32.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "eu-central-1a.addons.kops.example.org"
    "SubnetType"                                    = "Public"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                        = "1"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_subnet" "eu-central-1b-addons-kops-example-org" {
  availability_zone                           = "eu-central-1b"
  cidr_block                                  = "10.70.64.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "eu-central-1b.addons.kops.example.org"
    "SubnetType"                                    = "Public"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                        = "1"
  }
  vpc_id = aws_vpc.addons-kops-example-org.id
}

resource "aws_vpc" "addons-kops-example-org" {
  cidr_block           = "10.70.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "addons-kops-example-org" {
  domain_name         = "eu-central-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                             = "addons.kops.example.org"
    "Name"                                          = "addons.kops.example.org"
    "kubernetes.io/cluster/addons.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "addons-kops-example-org" {
  dhcp_options_id = aws_vpc_dhcp_options.addons-kops-example-org.id
  vpc_id          = aws_vpc.addons-kops-example-org.id
}

resource "terraform_data" "config-store-addons-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-addons-kops-example-org.keys, "addons.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/addons.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/addons.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
    }
  }
}

data "aws_s3_objects" "config-store-ca-addons-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "addons.kops.example.org/pki/ca.crt"
}

data "aws_ssm_parameter" "ubuntu-24-04-amd64" {
  name = "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id"
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
