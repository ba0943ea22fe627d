locals {
  api_internal_load_balancer_dns_name = aws_lb.api-internal-irsa-kops-example-org.dns_name
  api_internal_name                   = "api.internal.irsa.kops.example.org"
  api_load_balancer_dns_name          = aws_lb.api-irsa-kops-example-org.dns_name
  cluster_name                        = "irsa.kops.example.org"
  config_base                         = "s3://kgen-tests-state/irsa.kops.example.org"
  master_autoscaling_group_ids        = [aws_autoscaling_group.control-plane-eu-west-1a-masters-irsa-kops-example-org.id]
  master_security_group_ids           = [aws_security_group.masters-irsa-kops-example-org.id]
  masters_role_arn                    = aws_iam_role.masters-irsa-kops-example-org.arn
  masters_role_name                   = aws_iam_role.masters-irsa-kops-example-org.name
  node_autoscaling_group_ids          = [aws_autoscaling_group.nodes-irsa-kops-example-org.id]
  node_security_group_ids             = [aws_security_group.nodes-irsa-kops-example-org.id]
  node_subnet_ids                     = [aws_subnet.eu-west-1a-irsa-kops-example-org.id]
  nodes_role_arn                      = aws_iam_role.nodes-irsa-kops-example-org.arn
  nodes_role_name                     = aws_iam_role.nodes-irsa-kops-example-org.name
  oidc_provider_arn                   = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn
  region                              = "eu-west-1"
  service_account_issuer              = "https://kgen-tests-oidc.s3.eu-west-1.amazonaws.com/irsa.kops.example.org"
  vpc_cidr_block                      = aws_vpc.irsa-kops-example-org.cidr_block
  vpc_id                              = aws_vpc.irsa-kops-example-org.id
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
  region = "eu-west-1"
}

resource "aws_autoscaling_group" "control-plane-eu-west-1a-masters-irsa-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.control-plane-eu-west-1a-masters-irsa-kops-example-org.id
    version = aws_launch_template.control-plane-eu-west-1a-masters-irsa-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 1
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "control-plane-eu-west-1a.masters.irsa.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "irsa.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "control-plane-eu-west-1a.masters.irsa.kops.example.org"
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
    value               = "control-plane-eu-west-1a"
  }
  tag {
    key                 = "kubernetes.io/cluster/irsa.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  target_group_arns   = [aws_lb_target_group.tcp-irsa-kops-example-org-pcp26d.arn, aws_lb_target_group.tcp-internal-irsa-kops-ex-7dgvmq.arn]
  vpc_zone_identifier = [aws_subnet.eu-west-1a-irsa-kops-example-org.id]
}

resource "aws_autoscaling_group" "nodes-irsa-kops-example-org" {
  enabled_metrics = ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupMaxSize", "GroupMinSize", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances"]
  launch_template {
    id      = aws_launch_template.nodes-irsa-kops-example-org.id
    version = aws_launch_template.nodes-irsa-kops-example-org.latest_version
  }
  max_instance_lifetime = 0
  max_size              = 3
  metrics_granularity   = "1Minute"
  min_size              = 1
  name                  = "nodes.irsa.kops.example.org"
  protect_from_scale_in = false
  tag {
    key                 = "KubernetesCluster"
    propagate_at_launch = true
    value               = "irsa.kops.example.org"
  }
  tag {
    key                 = "Name"
    propagate_at_launch = true
    value               = "nodes.irsa.kops.example.org"
  }
  tag {
    key                 = "aws-node-termination-handler/managed"
    propagate_at_launch = true
    value               = ""
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/enabled"
    propagate_at_launch = true
    value               = "1"
  }
  tag {
    key                 = "k8s.io/cluster-autoscaler/irsa.kops.example.org"
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
    key                 = "kubernetes.io/cluster/irsa.kops.example.org"
    propagate_at_launch = true
    value               = "owned"
  }
  vpc_zone_identifier = [aws_subnet.eu-west-1a-irsa-kops-example-org.id]
}

resource "aws_autoscaling_lifecycle_hook" "control-plane-eu-west-1a-masters-irsa-kops-example-org-NTHLifecycleHook" {
  autoscaling_group_name = aws_autoscaling_group.control-plane-eu-west-1a-masters-irsa-kops-example-org.id
  default_result         = "CONTINUE"
  heartbeat_timeout      = 300
  lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
  name                   = "control-plane-eu-west-1a.masters.irsa.kops.example.org-NTHLifecycleHook"
}

resource "aws_autoscaling_lifecycle_hook" "nodes-irsa-kops-example-org-NTHLifecycleHook" {
  autoscaling_group_name = aws_autoscaling_group.nodes-irsa-kops-example-org.id
  default_result         = "CONTINUE"
  heartbeat_timeout      = 300
  lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
  name                   = "nodes.irsa.kops.example.org-NTHLifecycleHook"
}

resource "aws_cloudwatch_event_rule" "irsa-kops-example-org-ASGLifecycle" {
  description   = "Terminate lifecycle actions of the cluster's autoscaling groups, for the node termination handler"
  event_pattern = "{\"detail\":{\"AutoScalingGroupName\":[\"control-plane-eu-west-1a.masters.irsa.kops.example.org\",\"nodes.irsa.kops.example.org\"]},\"detail-type\":[\"EC2 Instance-terminate Lifecycle Action\"],\"source\":[\"aws.autoscaling\"]}"
  name          = "irsa.kops.example.org-ASGLifecycle"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org-ASGLifecycle"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_cloudwatch_event_rule" "irsa-kops-example-org-InstanceScheduledChange" {
  description   = "EC2 scheduled maintenance (AWS Health), for the node termination handler"
  event_pattern = "{\"detail\":{\"eventTypeCategory\":[\"scheduledChange\"],\"service\":[\"EC2\"]},\"detail-type\":[\"AWS Health Event\"],\"source\":[\"aws.health\"]}"
  name          = "irsa.kops.example.org-InstanceScheduledChange"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org-InstanceScheduledChange"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_cloudwatch_event_rule" "irsa-kops-example-org-InstanceStateChange" {
  description   = "EC2 instance state changes, for the node termination handler"
  event_pattern = "{\"detail-type\":[\"EC2 Instance State-change Notification\"],\"source\":[\"aws.ec2\"]}"
  name          = "irsa.kops.example.org-InstanceStateChange"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org-InstanceStateChange"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_cloudwatch_event_rule" "irsa-kops-example-org-SpotInterruption" {
  description   = "EC2 spot interruption warnings, for the node termination handler"
  event_pattern = "{\"detail-type\":[\"EC2 Spot Instance Interruption Warning\"],\"source\":[\"aws.ec2\"]}"
  name          = "irsa.kops.example.org-SpotInterruption"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org-SpotInterruption"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_cloudwatch_event_target" "irsa-kops-example-org-ASGLifecycle" {
  arn       = aws_sqs_queue.irsa-kops-example-org-nth.arn
  rule      = aws_cloudwatch_event_rule.irsa-kops-example-org-ASGLifecycle.name
  target_id = "node-termination-queue"
}

resource "aws_cloudwatch_event_target" "irsa-kops-example-org-InstanceScheduledChange" {
  arn       = aws_sqs_queue.irsa-kops-example-org-nth.arn
  rule      = aws_cloudwatch_event_rule.irsa-kops-example-org-InstanceScheduledChange.name
  target_id = "node-termination-queue"
}

resource "aws_cloudwatch_event_target" "irsa-kops-example-org-InstanceStateChange" {
  arn       = aws_sqs_queue.irsa-kops-example-org-nth.arn
  rule      = aws_cloudwatch_event_rule.irsa-kops-example-org-InstanceStateChange.name
  target_id = "node-termination-queue"
}

resource "aws_cloudwatch_event_target" "irsa-kops-example-org-SpotInterruption" {
  arn       = aws_sqs_queue.irsa-kops-example-org-nth.arn
  rule      = aws_cloudwatch_event_rule.irsa-kops-example-org-SpotInterruption.name
  target_id = "node-termination-queue"
}

resource "aws_cloudwatch_log_group" "flowlogs-irsa-kops-example-org" {
  name              = "/kgen/irsa.kops.example.org/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "/kgen/irsa.kops.example.org/vpc-flow-logs"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_default_security_group" "irsa-kops-example-org" {
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.irsa-kops-example-org.id
}

resource "aws_ebs_volume" "a-etcd-main-irsa-kops-example-org" {
  availability_zone = "eu-west-1a"
  encrypted         = true
  iops              = 3000
  size              = 20
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "a.etcd-main.irsa.kops.example.org"
    "k8s.io/etcd/main"                            = "a/a"
    "k8s.io/role/control-plane"                   = "1"
    "k8s.io/role/master"                          = "1"
    "kgen.dev/instancegroup"                      = "control-plane-eu-west-1a"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  throughput = 125
  type       = "gp3"
}

resource "aws_flow_log" "irsa-kops-example-org" {
  iam_role_arn             = aws_iam_role.flowlogs-irsa-kops-example-org.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-irsa-kops-example-org.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.irsa-kops-example-org.id
}

resource "aws_iam_instance_profile" "masters-irsa-kops-example-org" {
  name = "masters.irsa.kops.example.org"
  role = aws_iam_role.masters-irsa-kops-example-org.name
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "masters.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_instance_profile" "nodes-irsa-kops-example-org" {
  name = "nodes.irsa.kops.example.org"
  role = aws_iam_role.nodes-irsa-kops-example-org.name
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "nodes.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_openid_connect_provider" "oidc-irsa-kops-example-org" {
  client_id_list = ["amazonaws.com", "sts.amazonaws.com"]
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "oidc.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  url = "https://kgen-tests-oidc.s3.eu-west-1.amazonaws.com/irsa.kops.example.org"
}

resource "aws_iam_role" "aws-load-balancer-controller-kube-system-sa-irsa-kops-exa-d3b2ql" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_aws-load-balancer-controller.kube-system.sa.irsa.kops.exa-d3b2ql_policy", { federated = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn })
  name               = "aws-load-balancer-controller.kube-system.sa.irsa.kops.exa-d3b2ql"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "aws-load-balancer-controller.kube-system.sa.irsa.kops.exa-d3b2ql"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "aws-node-termination-handler-kube-system-sa-irsa-kops-exa-1f3ljm" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_aws-node-termination-handler.kube-system.sa.irsa.kops.exa-1f3ljm_policy", { federated = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn })
  name               = "aws-node-termination-handler.kube-system.sa.irsa.kops.exa-1f3ljm"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "aws-node-termination-handler.kube-system.sa.irsa.kops.exa-1f3ljm"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "backup-default-sa-irsa-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_backup.default.sa.irsa.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn })
  name               = "backup.default.sa.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "backup.default.sa.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "cert-manager-kube-system-sa-irsa-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_cert-manager.kube-system.sa.irsa.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn })
  name               = "cert-manager.kube-system.sa.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "cert-manager.kube-system.sa.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "cloud-controller-manager-kube-system-sa-irsa-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_cloud-controller-manager.kube-system.sa.irsa.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn })
  name               = "cloud-controller-manager.kube-system.sa.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "cloud-controller-manager.kube-system.sa.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "cluster-autoscaler-kube-system-sa-irsa-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_cluster-autoscaler.kube-system.sa.irsa.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn })
  name               = "cluster-autoscaler.kube-system.sa.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "cluster-autoscaler.kube-system.sa.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "ebs-csi-controller-sa-kube-system-sa-irsa-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_ebs-csi-controller-sa.kube-system.sa.irsa.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn })
  name               = "ebs-csi-controller-sa.kube-system.sa.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "ebs-csi-controller-sa.kube-system.sa.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "external-dns-kube-system-sa-irsa-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_external-dns.kube-system.sa.irsa.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn })
  name               = "external-dns.kube-system.sa.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "external-dns.kube-system.sa.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-irsa-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.irsa.kops.example.org_policy")
  name               = "flowlogs.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "flowlogs.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "masters-irsa-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_masters.irsa.kops.example.org_policy")
  name               = "masters.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "masters.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "nodes-irsa-kops-example-org" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.irsa.kops.example.org_policy")
  name               = "nodes.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "nodes.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role" "reporter-reports-wildcard-sa-irsa-kops-example-org" {
  assume_role_policy = templatefile("${path.module}/data/aws_iam_role_reporter.reports-wildcard.sa.irsa.kops.example.org_policy", { federated = aws_iam_openid_connect_provider.oidc-irsa-kops-example-org.arn })
  name               = "reporter.reports-wildcard.sa.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "reporter.reports-wildcard.sa.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_iam_role_policy" "aws-load-balancer-controller-kube-system-sa-irsa-kops-exa-d3b2ql" {
  name   = "aws-load-balancer-controller.kube-system.sa.irsa.kops.exa-d3b2ql"
  policy = file("${path.module}/data/aws_iam_role_policy_aws-load-balancer-controller.kube-system.sa.irsa.kops.exa-d3b2ql_policy")
  role   = aws_iam_role.aws-load-balancer-controller-kube-system-sa-irsa-kops-exa-d3b2ql.name
}

resource "aws_iam_role_policy" "aws-node-termination-handler-kube-system-sa-irsa-kops-exa-1f3ljm" {
  name   = "aws-node-termination-handler.kube-system.sa.irsa.kops.exa-1f3ljm"
  policy = file("${path.module}/data/aws_iam_role_policy_aws-node-termination-handler.kube-system.sa.irsa.kops.exa-1f3ljm_policy")
  role   = aws_iam_role.aws-node-termination-handler-kube-system-sa-irsa-kops-exa-1f3ljm.name
}

resource "aws_iam_role_policy" "cert-manager-kube-system-sa-irsa-kops-example-org" {
  name   = "cert-manager.kube-system.sa.irsa.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_cert-manager.kube-system.sa.irsa.kops.example.org_policy")
  role   = aws_iam_role.cert-manager-kube-system-sa-irsa-kops-example-org.name
}

resource "aws_iam_role_policy" "cloud-controller-manager-kube-system-sa-irsa-kops-example-org" {
  name   = "cloud-controller-manager.kube-system.sa.irsa.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_cloud-controller-manager.kube-system.sa.irsa.kops.example.org_policy")
  role   = aws_iam_role.cloud-controller-manager-kube-system-sa-irsa-kops-example-org.name
}

resource "aws_iam_role_policy" "cluster-autoscaler-kube-system-sa-irsa-kops-example-org" {
  name   = "cluster-autoscaler.kube-system.sa.irsa.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_cluster-autoscaler.kube-system.sa.irsa.kops.example.org_policy")
  role   = aws_iam_role.cluster-autoscaler-kube-system-sa-irsa-kops-example-org.name
}

resource "aws_iam_role_policy" "ebs-csi-controller-sa-kube-system-sa-irsa-kops-example-org" {
  name   = "ebs-csi-controller-sa.kube-system.sa.irsa.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_ebs-csi-controller-sa.kube-system.sa.irsa.kops.example.org_policy")
  role   = aws_iam_role.ebs-csi-controller-sa-kube-system-sa-irsa-kops-example-org.name
}

resource "aws_iam_role_policy" "external-dns-kube-system-sa-irsa-kops-example-org" {
  name   = "external-dns.kube-system.sa.irsa.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_external-dns.kube-system.sa.irsa.kops.example.org_policy")
  role   = aws_iam_role.external-dns-kube-system-sa-irsa-kops-example-org.name
}

resource "aws_iam_role_policy" "flowlogs-irsa-kops-example-org" {
  name   = "flowlogs.irsa.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.irsa.kops.example.org_policy")
  role   = aws_iam_role.flowlogs-irsa-kops-example-org.name
}

resource "aws_iam_role_policy" "masters-irsa-kops-example-org" {
  name   = "masters.irsa.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_masters.irsa.kops.example.org_policy")
  role   = aws_iam_role.masters-irsa-kops-example-org.name
}

resource "aws_iam_role_policy" "nodes-irsa-kops-example-org" {
  name   = "nodes.irsa.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_nodes.irsa.kops.example.org_policy")
  role   = aws_iam_role.nodes-irsa-kops-example-org.name
}

resource "aws_iam_role_policy" "reporter-reports-wildcard-sa-irsa-kops-example-org" {
  name   = "reporter.reports-wildcard.sa.irsa.kops.example.org"
  policy = file("${path.module}/data/aws_iam_role_policy_reporter.reports-wildcard.sa.irsa.kops.example.org_policy")
  role   = aws_iam_role.reporter-reports-wildcard-sa-irsa-kops-example-org.name
}

resource "aws_iam_role_policy_attachment" "backup-default-sa-irsa-kops-example-org-AmazonS3ReadOnlyAccess" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
  role       = aws_iam_role.backup-default-sa-irsa-kops-example-org.name
}

resource "aws_internet_gateway" "irsa-kops-example-org" {
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.irsa-kops-example-org.id
}

resource "aws_key_pair" "kubernetes-irsa-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6" {
  key_name   = "kubernetes.irsa.kops.example.org-9d:a6:1c:ad:99:58:80:16:bd:97:02:d9:db:2c:58:b6"
  public_key = file("${path.module}/data/aws_key_pair_kubernetes.irsa.kops.example.org-9da61cad99588016bd9702d9db2c58b6_public_key")
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_launch_template" "control-plane-eu-west-1a-masters-irsa-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-control-plane-eu-west-1a-masters-irsa-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.masters-irsa-kops-example-org.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-irsa-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "control-plane-eu-west-1a.masters.irsa.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.masters-irsa-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                           = "irsa.kops.example.org"
      "Name"                                        = "control-plane-eu-west-1a.masters.irsa.kops.example.org"
      "aws-node-termination-handler/managed"        = ""
      "k8s.io/role/control-plane"                   = "1"
      "k8s.io/role/master"                          = "1"
      "kgen.dev/instancegroup"                      = "control-plane-eu-west-1a"
      "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                           = "irsa.kops.example.org"
      "Name"                                        = "control-plane-eu-west-1a.masters.irsa.kops.example.org"
      "aws-node-termination-handler/managed"        = ""
      "k8s.io/role/control-plane"                   = "1"
      "k8s.io/role/master"                          = "1"
      "kgen.dev/instancegroup"                      = "control-plane-eu-west-1a"
      "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "control-plane-eu-west-1a.masters.irsa.kops.example.org"
    "aws-node-termination-handler/managed"        = ""
    "k8s.io/role/control-plane"                   = "1"
    "k8s.io/role/master"                          = "1"
    "kgen.dev/instancegroup"                      = "control-plane-eu-west-1a"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_control-plane-eu-west-1a.masters.irsa.kops.example.org_user_data"))
}

resource "aws_launch_template" "nodes-irsa-kops-example-org" {
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
  depends_on = [aws_s3_object.nodeup-nodes-irsa-kops-example-org]
  iam_instance_profile {
    name = aws_iam_instance_profile.nodes-irsa-kops-example-org.id
  }
  image_id      = data.aws_ssm_parameter.ubuntu-24-04-amd64.insecure_value
  instance_type = "m6i.large"
  key_name      = aws_key_pair.kubernetes-irsa-kops-example-org-9d_a6_1c_ad_99_58_80_16_bd_97_02_d9_db_2c_58_b6.id
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
  name = "nodes.irsa.kops.example.org"
  network_interfaces {
    associate_public_ip_address = true
    delete_on_termination       = true
    security_groups             = [aws_security_group.nodes-irsa-kops-example-org.id]
  }
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                               = "irsa.kops.example.org"
      "Name"                                            = "nodes.irsa.kops.example.org"
      "aws-node-termination-handler/managed"            = ""
      "k8s.io/cluster-autoscaler/enabled"               = "1"
      "k8s.io/cluster-autoscaler/irsa.kops.example.org" = "owned"
      "k8s.io/role/node"                                = "1"
      "kgen.dev/instancegroup"                          = "nodes"
      "kubernetes.io/cluster/irsa.kops.example.org"     = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                               = "irsa.kops.example.org"
      "Name"                                            = "nodes.irsa.kops.example.org"
      "aws-node-termination-handler/managed"            = ""
      "k8s.io/cluster-autoscaler/enabled"               = "1"
      "k8s.io/cluster-autoscaler/irsa.kops.example.org" = "owned"
      "k8s.io/role/node"                                = "1"
      "kgen.dev/instancegroup"                          = "nodes"
      "kubernetes.io/cluster/irsa.kops.example.org"     = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                               = "irsa.kops.example.org"
    "Name"                                            = "nodes.irsa.kops.example.org"
    "aws-node-termination-handler/managed"            = ""
    "k8s.io/cluster-autoscaler/enabled"               = "1"
    "k8s.io/cluster-autoscaler/irsa.kops.example.org" = "owned"
    "k8s.io/role/node"                                = "1"
    "kgen.dev/instancegroup"                          = "nodes"
    "kubernetes.io/cluster/irsa.kops.example.org"     = "owned"
  }
  user_data = base64gzip(file("${path.module}/data/aws_launch_template_nodes.irsa.kops.example.org_user_data"))
}

resource "aws_lb" "api-internal-irsa-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = true
  load_balancer_type               = "network"
  name                             = "api-internal-irsa-kops-ex-38j8q8"
  security_groups                  = [aws_security_group.api-elb-irsa-kops-example-org.id]
  subnets                          = [aws_subnet.eu-west-1a-irsa-kops-example-org.id]
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "api-internal.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_lb" "api-irsa-kops-example-org" {
  enable_cross_zone_load_balancing = true
  internal                         = false
  load_balancer_type               = "network"
  name                             = "api-irsa-kops-example-org-u0k18r"
  security_groups                  = [aws_security_group.api-elb-irsa-kops-example-org.id]
  subnets                          = [aws_subnet.eu-west-1a-irsa-kops-example-org.id]
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "api.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_lb_listener" "api-internal-irsa-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-internal-irsa-kops-ex-7dgvmq.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-internal-irsa-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_listener" "api-irsa-kops-example-org-443" {
  default_action {
    target_group_arn = aws_lb_target_group.tcp-irsa-kops-example-org-pcp26d.arn
    type             = "forward"
  }
  load_balancer_arn = aws_lb.api-irsa-kops-example-org.arn
  port              = 443
  protocol          = "TCP"
}

resource "aws_lb_target_group" "tcp-internal-irsa-kops-ex-7dgvmq" {
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
  name               = "tcp-internal-irsa-kops-ex-7dgvmq"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "tcp-internal-irsa-kops-ex-7dgvmq"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.irsa-kops-example-org.id
}

resource "aws_lb_target_group" "tcp-irsa-kops-example-org-pcp26d" {
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
  name               = "tcp-irsa-kops-example-org-pcp26d"
  port               = 6443
  preserve_client_ip = "false"
  protocol           = "TCP"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "tcp-irsa-kops-example-org-pcp26d"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.irsa-kops-example-org.id
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.irsa-kops-example-org.id
  route_table_id         = aws_route_table.irsa-kops-example-org.id
}

resource "aws_route53_record" "api-internal-irsa-kops-example-org" {
  alias {
    evaluate_target_health = false
    name                   = aws_lb.api-internal-irsa-kops-example-org.dns_name
    zone_id                = aws_lb.api-internal-irsa-kops-example-org.zone_id
  }
  name    = "api.internal.irsa.kops.example.org"
  type    = "A"
  zone_id = aws_route53_zone.irsa-kops-example-org.zone_id
}

resource "aws_route53_zone" "irsa-kops-example-org" {
  comment = "Private names of the cluster, resolvable inside its VPC"
  name    = "irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  vpc {
    vpc_id = aws_vpc.irsa-kops-example-org.id
  }
}

resource "aws_route_table" "irsa-kops-example-org" {
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.irsa-kops-example-org.id
}

resource "aws_route_table_association" "eu-west-1a-irsa-kops-example-org" {
  route_table_id = aws_route_table.irsa-kops-example-org.id
  subnet_id      = aws_subnet.eu-west-1a-irsa-kops-example-org.id
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-kustomization-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-cloud-controller-manager/98b7b8906c5b7c90b0dfed684f4af368e928462cfa8cdfd6348230f313cb4422/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.kustomization.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-cloud-controller-manager-sources-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-cloud-controller-manager/98b7b8906c5b7c90b0dfed684f4af368e928462cfa8cdfd6348230f313cb4422/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-cloud-controller-manager.sources.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-kustomization-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-ebs-csi-driver/1a8581fb80b8e1bc7cc409e02d2e669bcc3e2648c1b8a9331602e57d50f44ed2/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.kustomization.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-sources-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-ebs-csi-driver/1a8581fb80b8e1bc7cc409e02d2e669bcc3e2648c1b8a9331602e57d50f44ed2/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.sources.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-ebs-csi-driver-storageclass-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-ebs-csi-driver/1a8581fb80b8e1bc7cc409e02d2e669bcc3e2648c1b8a9331602e57d50f44ed2/storageclass.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-ebs-csi-driver.storageclass.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-certificate-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-load-balancer-controller/43e932648df875c5d65b1edc71c0a0e2df1887c366d6b697943ffee79cb33fbd/certificate.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.certificate.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.certificate.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-kustomization-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-load-balancer-controller/43e932648df875c5d65b1edc71c0a0e2df1887c366d6b697943ffee79cb33fbd/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.kustomization.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.kustomization.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-mutating-webhook-patch-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-load-balancer-controller/43e932648df875c5d65b1edc71c0a0e2df1887c366d6b697943ffee79cb33fbd/mutating-webhook-patch.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.mutating-webhook-patch.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.mutating-webhook-patch.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-sources-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-load-balancer-controller/43e932648df875c5d65b1edc71c0a0e2df1887c366d6b697943ffee79cb33fbd/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.sources.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.sources.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-load-balancer-controller-validating-webhook-patch-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-load-balancer-controller/43e932648df875c5d65b1edc71c0a0e2df1887c366d6b697943ffee79cb33fbd/validating-webhook-patch.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.validating-webhook-patch.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-load-balancer-controller.validating-webhook-patch.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-node-termination-handler-deployment-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-node-termination-handler/92ba4502967814e3bd5e5b459b1c829900f6a01c3d8d5f748ac6889a03c41324/deployment.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.deployment.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.deployment.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-node-termination-handler-kustomization-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-node-termination-handler/92ba4502967814e3bd5e5b459b1c829900f6a01c3d8d5f748ac6889a03c41324/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.kustomization.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.kustomization.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-node-termination-handler-rbac-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-node-termination-handler/92ba4502967814e3bd5e5b459b1c829900f6a01c3d8d5f748ac6889a03c41324/rbac.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.rbac.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.rbac.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-aws-node-termination-handler-sources-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/aws-node-termination-handler/92ba4502967814e3bd5e5b459b1c829900f6a01c3d8d5f748ac6889a03c41324/sources"
  source       = "${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.sources.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.aws-node-termination-handler.sources.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-deployments-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/cert-manager/034d3f53605a93e81a5c1c719ca8a0a8dfaae3477897c4220426452ea028086a/deployments.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.deployments.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.deployments.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-kustomization-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/cert-manager/034d3f53605a93e81a5c1c719ca8a0a8dfaae3477897c4220426452ea028086a/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.kustomization.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.kustomization.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-rbac-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/cert-manager/034d3f53605a93e81a5c1c719ca8a0a8dfaae3477897c4220426452ea028086a/rbac.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.rbac.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.rbac.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-sources-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/cert-manager/034d3f53605a93e81a5c1c719ca8a0a8dfaae3477897c4220426452ea028086a/sources"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.sources.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.sources.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cert-manager-webhooks-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/cert-manager/034d3f53605a93e81a5c1c719ca8a0a8dfaae3477897c4220426452ea028086a/webhooks.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cert-manager.webhooks.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cert-manager.webhooks.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cluster-autoscaler-kustomization-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/cluster-autoscaler/19210803fdf3de47c113466f397fd92bc4098c0121eb28dd336cc8b078e76515/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.cluster-autoscaler.kustomization.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cluster-autoscaler.kustomization.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-cluster-autoscaler-sources-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/cluster-autoscaler/19210803fdf3de47c113466f397fd92bc4098c0121eb28dd336cc8b078e76515/sources"
  source       = "${path.module}/data/aws_s3_object_addon.cluster-autoscaler.sources.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.cluster-autoscaler.sources.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-external-dns-kustomization-yaml-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/external-dns/898e9fdabbfa7bd97ab38d299199d0f9fdb1c9e5eca5db990cc7dc3084b4ebce/kustomization.yaml"
  source       = "${path.module}/data/aws_s3_object_addon.external-dns.kustomization.yaml.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.external-dns.kustomization.yaml.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "addon-external-dns-sources-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/plain"
  key          = "irsa.kops.example.org/addons/external-dns/898e9fdabbfa7bd97ab38d299199d0f9fdb1c9e5eca5db990cc7dc3084b4ebce/sources"
  source       = "${path.module}/data/aws_s3_object_addon.external-dns.sources.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_addon.external-dns.sources.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-control-plane-eu-west-1a-masters-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "irsa.kops.example.org/nodeup/control-plane-eu-west-1a/659080cf421334f606517b8c18f1017197677a782352d8c242123810ca4b21a1.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.control-plane-eu-west-1a.masters.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.control-plane-eu-west-1a.masters.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_object" "nodeup-nodes-irsa-kops-example-org" {
  bucket       = "kgen-tests-state"
  content_type = "text/x-shellscript"
  key          = "irsa.kops.example.org/nodeup/nodes/e21a56939ae9dbc1cb93dff8588b3d755505e99e3196158650c49e14057de796.sh"
  source       = "${path.module}/data/aws_s3_object_nodeup.nodes.irsa.kops.example.org_content"
  source_hash  = filesha256("${path.module}/data/aws_s3_object_nodeup.nodes.irsa.kops.example.org_content")
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "api-elb-irsa-kops-example-org" {
  description = "Security group for the API load balancer"
  name        = "api-elb.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "api-elb.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.irsa-kops-example-org.id
}

resource "aws_security_group" "masters-irsa-kops-example-org" {
  description = "Security group for control-plane nodes"
  name        = "masters.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "masters.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.irsa-kops-example-org.id
}

resource "aws_security_group" "nodes-irsa-kops-example-org" {
  description = "Security group for worker nodes"
  name        = "nodes.irsa.kops.example.org"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "nodes.irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  vpc_id = aws_vpc.irsa-kops-example-org.id
}

resource "aws_security_group_rule" "from-203-0-113-0--24-ingress-tcp-22to22-masters-irsa-kops-example-org" {
  cidr_blocks       = ["203.0.113.0/24"]
  description       = "sshAccess to control-plane nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.masters-irsa-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-203-0-113-0--24-ingress-tcp-22to22-nodes-irsa-kops-example-org" {
  cidr_blocks       = ["203.0.113.0/24"]
  description       = "sshAccess to nodes"
  from_port         = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port           = 22
  type              = "ingress"
}

resource "aws_security_group_rule" "from-203-0-113-0--24-ingress-tcp-443to443-api-elb-irsa-kops-example-org" {
  cidr_blocks       = ["203.0.113.0/24"]
  description       = "kubernetesApiAccess to the API"
  from_port         = 443
  protocol          = "tcp"
  security_group_id = aws_security_group.api-elb-irsa-kops-example-org.id
  to_port           = 443
  type              = "ingress"
}

resource "aws_security_group_rule" "from-api-elb-irsa-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.api-elb-irsa-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-api-elb-irsa-kops-example-org-ingress-tcp-6443to6443-masters-irsa-kops-example-org" {
  description              = "API load balancer to the API servers"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.api-elb-irsa-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-irsa-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.masters-irsa-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-masters-irsa-kops-example-org-ingress-all-0to0-masters-irsa-kops-example-org" {
  description              = "control plane to control plane (etcd, API)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.masters-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.masters-irsa-kops-example-org.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-irsa-kops-example-org-ingress-ipip-0to65535-nodes-irsa-kops-example-org" {
  description              = "calico IP-in-IP"
  from_port                = 0
  protocol                 = "4"
  security_group_id        = aws_security_group.nodes-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.masters-irsa-kops-example-org.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-irsa-kops-example-org-ingress-tcp-10250to10250-nodes-irsa-kops-example-org" {
  description              = "API server to kubelets (logs, exec)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.masters-irsa-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-irsa-kops-example-org-ingress-tcp-179to179-nodes-irsa-kops-example-org" {
  description              = "calico BGP"
  from_port                = 179
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.masters-irsa-kops-example-org.id
  to_port                  = 179
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-masters-irsa-kops-example-org-ingress-tcp-443to443-api-elb-irsa-kops-example-org" {
  description              = "control plane to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.masters-irsa-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-ipip-0to65535-masters-irsa-kops-example-org" {
  description              = "calico IP-in-IP"
  from_port                = 0
  protocol                 = "4"
  security_group_id        = aws_security_group.masters-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-ipip-0to65535-nodes-irsa-kops-example-org" {
  description              = "calico IP-in-IP"
  from_port                = 0
  protocol                 = "4"
  security_group_id        = aws_security_group.nodes-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-tcp-10250to10250-masters-irsa-kops-example-org" {
  description              = "nodes to control-plane kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-tcp-10250to10250-nodes-irsa-kops-example-org" {
  description              = "node to node kubelets (metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-tcp-179to179-masters-irsa-kops-example-org" {
  description              = "calico BGP"
  from_port                = 179
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 179
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-tcp-179to179-nodes-irsa-kops-example-org" {
  description              = "calico BGP"
  from_port                = 179
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 179
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-tcp-30000to32767-nodes-irsa-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-tcp-443to443-api-elb-irsa-kops-example-org" {
  description              = "nodes to the API load balancer"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.api-elb-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-tcp-6443to6443-masters-irsa-kops-example-org" {
  description              = "nodes to the API server"
  from_port                = 6443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.masters-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 6443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-irsa-kops-example-org-ingress-udp-30000to32767-nodes-irsa-kops-example-org" {
  description              = "NodePort services between nodes"
  from_port                = 30000
  protocol                 = "udp"
  security_group_id        = aws_security_group.nodes-irsa-kops-example-org.id
  source_security_group_id = aws_security_group.nodes-irsa-kops-example-org.id
  to_port                  = 32767
  type                     = "ingress"
}

resource "aws_sqs_queue" "irsa-kops-example-org-nth" {
  message_retention_seconds = 300
  name                      = "irsa-kops-example-org-nth"
  sqs_managed_sse_enabled   = true
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa-kops-example-org-nth"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_sqs_queue_policy" "irsa-kops-example-org-nth" {
  policy = jsonencode({
    Statement = [{
      Action = ["sqs:SendMessage"]
      Condition = {
        ArnEquals = {
          "aws:SourceArn" = [aws_cloudwatch_event_rule.irsa-kops-example-org-ASGLifecycle.arn, aws_cloudwatch_event_rule.irsa-kops-example-org-SpotInterruption.arn, aws_cloudwatch_event_rule.irsa-kops-example-org-InstanceStateChange.arn, aws_cloudwatch_event_rule.irsa-kops-example-org-InstanceScheduledChange.arn]
        }
      }
      Effect = "Allow"
      Principal = {
        Service = ["events.amazonaws.com", "sqs.amazonaws.com"]
      }
      Resource = aws_sqs_queue.irsa-kops-example-org-nth.arn
      Sid      = "NodeTerminationEvents"
    }]
    Version = "2012-10-17"
  })
  queue_url = aws_sqs_queue.irsa-kops-example-org-nth.url
}

resource "aws_ssm_parameter" "addons-irsa-kops-example-org" {
  depends_on     = [aws_s3_object.addon-aws-cloud-controller-manager-kustomization-yaml-irsa-kops-example-org, aws_s3_object.addon-aws-cloud-controller-manager-sources-irsa-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-kustomization-yaml-irsa-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-sources-irsa-kops-example-org, aws_s3_object.addon-aws-ebs-csi-driver-storageclass-yaml-irsa-kops-example-org, aws_s3_object.addon-cluster-autoscaler-kustomization-yaml-irsa-kops-example-org, aws_s3_object.addon-cluster-autoscaler-sources-irsa-kops-example-org, aws_s3_object.addon-aws-node-termination-handler-deployment-yaml-irsa-kops-example-org, aws_s3_object.addon-aws-node-termination-handler-kustomization-yaml-irsa-kops-example-org, aws_s3_object.addon-aws-node-termination-handler-rbac-yaml-irsa-kops-example-org, aws_s3_object.addon-aws-node-termination-handler-sources-irsa-kops-example-org, aws_s3_object.addon-cert-manager-deployments-yaml-irsa-kops-example-org, aws_s3_object.addon-cert-manager-kustomization-yaml-irsa-kops-example-org, aws_s3_object.addon-cert-manager-rbac-yaml-irsa-kops-example-org, aws_s3_object.addon-cert-manager-sources-irsa-kops-example-org, aws_s3_object.addon-cert-manager-webhooks-yaml-irsa-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-certificate-yaml-irsa-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-kustomization-yaml-irsa-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-mutating-webhook-patch-yaml-irsa-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-sources-irsa-kops-example-org, aws_s3_object.addon-aws-load-balancer-controller-validating-webhook-patch-yaml-irsa-kops-example-org, aws_s3_object.addon-external-dns-kustomization-yaml-irsa-kops-example-org, aws_s3_object.addon-external-dns-sources-irsa-kops-example-org]
  description    = "kgen: the add-ons of cluster irsa.kops.example.org the control-plane nodes apply (NAME DIGEST VERSION FILES per line; files in the config store under addons/)"
  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.irsa.kops.example.org_value")
  name           = "/kgen/irsa.kops.example.org/addons"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "/kgen/irsa.kops.example.org/addons"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
  tier = "Standard"
  type = "String"
}

resource "aws_subnet" "eu-west-1a-irsa-kops-example-org" {
  availability_zone                           = "eu-west-1a"
  cidr_block                                  = "10.72.32.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "eu-west-1a.irsa.kops.example.org"
    "SubnetType"                                  = "Public"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
    "kubernetes.io/role/elb"                      = "1"
  }
  vpc_id = aws_vpc.irsa-kops-example-org.id
}

resource "aws_vpc" "irsa-kops-example-org" {
  cidr_block           = "10.72.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "irsa-kops-example-org" {
  domain_name         = "eu-west-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                           = "irsa.kops.example.org"
    "Name"                                        = "irsa.kops.example.org"
    "kubernetes.io/cluster/irsa.kops.example.org" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "irsa-kops-example-org" {
  dhcp_options_id = aws_vpc_dhcp_options.irsa-kops-example-org.id
  vpc_id          = aws_vpc.irsa-kops-example-org.id
}

resource "terraform_data" "config-store-irsa-kops-example-org" {
  lifecycle {
    precondition {
      condition     = contains(data.aws_s3_objects.config-store-ca-irsa-kops-example-org.keys, "irsa.kops.example.org/pki/ca.crt")
      error_message = "configBase s3://kgen-tests-state/irsa.kops.example.org has no pki/ca.crt (s3://kgen-tests-state/irsa.kops.example.org/pki/ca.crt): nodes would find no cluster CA. Create the cluster's secrets there first (kgen create cluster, kgen update cluster or kgen -f SPEC create them; from the library, ClusterSecrets.EnsureAsync), then apply."
    }
  }
}

data "aws_s3_objects" "config-store-ca-irsa-kops-example-org" {
  bucket = "kgen-tests-state"
  prefix = "irsa.kops.example.org/pki/ca.crt"
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
