locals {
  cluster_arn                        = aws_eks_cluster.apps-west.arn
  cluster_certificate_authority_data = aws_eks_cluster.apps-west.certificate_authority[0].data
  cluster_endpoint                   = aws_eks_cluster.apps-west.endpoint
  cluster_name                       = "apps-west"
  cluster_role_arn                   = aws_iam_role.eks-cluster-apps-west.arn
  control_plane_security_group_ids   = [aws_security_group.eks-control-plane-apps-west.id]
  kubernetes_version                 = "1.33"
  node_security_group_ids            = [aws_security_group.nodes-apps-west.id]
  node_subnet_ids                    = [aws_subnet.private-us-west-2a-apps-west.id, aws_subnet.private-us-west-2b-apps-west.id]
  nodes_role_arn                     = aws_iam_role.nodes-apps-west.arn
  nodes_role_name                    = aws_iam_role.nodes-apps-west.name
  oidc_provider_arn                  = aws_iam_openid_connect_provider.oidc-apps-west.arn
  region                             = "us-west-2"
  vpc_cidr_block                     = aws_vpc.apps-west.cidr_block
  vpc_id                             = aws_vpc.apps-west.id
}

output "cluster_arn" {
  value = local.cluster_arn
}

output "cluster_certificate_authority_data" {
  value = local.cluster_certificate_authority_data
}

output "cluster_endpoint" {
  value = local.cluster_endpoint
}

output "cluster_name" {
  value = local.cluster_name
}

output "cluster_role_arn" {
  value = local.cluster_role_arn
}

output "control_plane_security_group_ids" {
  value = local.control_plane_security_group_ids
}

output "kubernetes_version" {
  value = local.kubernetes_version
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

output "vpc_cidr_block" {
  value = local.vpc_cidr_block
}

output "vpc_id" {
  value = local.vpc_id
}

provider "aws" {
  region = "us-west-2"
}

resource "aws_cloudwatch_log_group" "flowlogs-apps-west" {
  name              = "/kgen/apps-west/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "/kgen/apps-west/vpc-flow-logs"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_default_security_group" "apps-west" {
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_eip" "us-west-2a-apps-west" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "us-west-2a.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_addon" "addon-aws-ebs-csi-driver-apps-west" {
  addon_name                  = "aws-ebs-csi-driver"
  cluster_name                = aws_eks_node_group.general-apps-west.cluster_name
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "addon-aws-ebs-csi-driver.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_addon" "addon-coredns-apps-west" {
  addon_name                  = "coredns"
  addon_version               = "v1.12.1-eksbuild.2"
  cluster_name                = aws_eks_node_group.general-apps-west.cluster_name
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "addon-coredns.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_addon" "addon-eks-pod-identity-agent-apps-west" {
  addon_name                  = "eks-pod-identity-agent"
  cluster_name                = aws_eks_cluster.apps-west.name
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "addon-eks-pod-identity-agent.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_addon" "addon-kube-proxy-apps-west" {
  addon_name                  = "kube-proxy"
  addon_version               = "v1.33.0-eksbuild.2"
  cluster_name                = aws_eks_cluster.apps-west.name
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "addon-kube-proxy.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_addon" "addon-vpc-cni-apps-west" {
  addon_name                  = "vpc-cni"
  addon_version               = "v1.19.5-eksbuild.1"
  cluster_name                = aws_eks_cluster.apps-west.name
  resolve_conflicts_on_create = "OVERWRITE"
  resolve_conflicts_on_update = "OVERWRITE"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "addon-vpc-cni.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_cluster" "apps-west" {
  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = true
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  encryption_config {
    provider {
      key_arn = aws_kms_key.secrets-apps-west.arn
    }
    resources = ["secrets"]
  }
  name     = "apps-west"
  role_arn = aws_iam_role.eks-cluster-apps-west.arn
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  version = "1.33"
  vpc_config {
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["192.0.2.0/24"]
    security_group_ids      = [aws_security_group.eks-control-plane-apps-west.id]
    subnet_ids              = [aws_subnet.private-us-west-2a-apps-west.id, aws_subnet.private-us-west-2b-apps-west.id]
  }
}

resource "aws_eks_node_group" "general-apps-west" {
  ami_type       = "BOTTLEROCKET_ARM_64"
  capacity_type  = "ON_DEMAND"
  cluster_name   = aws_eks_cluster.apps-west.name
  instance_types = ["m7g.large"]
  launch_template {
    id      = aws_launch_template.general-apps-west.id
    version = aws_launch_template.general-apps-west.latest_version
  }
  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
  node_group_name = "general"
  node_role_arn   = aws_iam_role.nodes-apps-west.arn
  scaling_config {
    desired_size = 2
    max_size     = 5
    min_size     = 2
  }
  subnet_ids = [aws_subnet.private-us-west-2a-apps-west.id, aws_subnet.private-us-west-2b-apps-west.id]
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "general.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  update_config {
    max_unavailable = 1
  }
}

resource "aws_eks_pod_identity_association" "backend-s3-reader-apps-west" {
  cluster_name    = aws_eks_cluster.apps-west.name
  namespace       = "backend"
  role_arn        = aws_iam_role.backend-s3-reader-apps-west.arn
  service_account = "s3-reader"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "backend-s3-reader.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_pod_identity_association" "default-legacy-apps-west" {
  cluster_name    = aws_eks_cluster.apps-west.name
  namespace       = "default"
  role_arn        = "arn:aws:iam::111122223333:role/legacy-app"
  service_account = "legacy"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "default-legacy.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_pod_identity_association" "kube-system-aws-node-apps-west" {
  cluster_name    = aws_eks_cluster.apps-west.name
  namespace       = "kube-system"
  role_arn        = aws_iam_role.kube-system-aws-node-apps-west.arn
  service_account = "aws-node"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "kube-system-aws-node.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_pod_identity_association" "kube-system-cluster-autoscaler-apps-west" {
  cluster_name    = aws_eks_cluster.apps-west.name
  namespace       = "kube-system"
  role_arn        = aws_iam_role.kube-system-cluster-autoscaler-apps-west.arn
  service_account = "cluster-autoscaler"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "kube-system-cluster-autoscaler.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_pod_identity_association" "kube-system-ebs-csi-controller-sa-apps-west" {
  cluster_name    = aws_eks_cluster.apps-west.name
  namespace       = "kube-system"
  role_arn        = aws_iam_role.kube-system-ebs-csi-controller-sa-apps-west.arn
  service_account = "ebs-csi-controller-sa"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "kube-system-ebs-csi-controller-sa.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_eks_pod_identity_association" "payments-ledger-apps-west" {
  cluster_name    = aws_eks_cluster.apps-west.name
  namespace       = "payments"
  role_arn        = aws_iam_role.payments-ledger-apps-west.arn
  service_account = "ledger"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "payments-ledger.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_flow_log" "apps-west" {
  iam_role_arn             = aws_iam_role.flowlogs-apps-west.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-apps-west.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.apps-west.id
}

resource "aws_iam_openid_connect_provider" "oidc-apps-west" {
  client_id_list = ["sts.amazonaws.com"]
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "oidc.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  url = aws_eks_cluster.apps-west.identity[0].oidc[0].issuer
}

resource "aws_iam_role" "backend-s3-reader-apps-west" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_backend-s3-reader.apps-west_policy")
  name               = "backend-s3-reader.apps-west"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "backend-s3-reader.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_iam_role" "eks-cluster-apps-west" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_eks-cluster.apps-west_policy")
  name               = "eks-cluster.apps-west"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "eks-cluster.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-apps-west" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.apps-west_policy")
  name               = "flowlogs.apps-west"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "flowlogs.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_iam_role" "kube-system-aws-node-apps-west" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_kube-system-aws-node.apps-west_policy")
  name               = "kube-system-aws-node.apps-west"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "kube-system-aws-node.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_iam_role" "kube-system-cluster-autoscaler-apps-west" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_kube-system-cluster-autoscaler.apps-west_policy")
  name               = "kube-system-cluster-autoscaler.apps-west"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "kube-system-cluster-autoscaler.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_iam_role" "kube-system-ebs-csi-controller-sa-apps-west" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_kube-system-ebs-csi-controller-sa.apps-west_policy")
  name               = "kube-system-ebs-csi-controller-sa.apps-west"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "kube-system-ebs-csi-controller-sa.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_iam_role" "nodes-apps-west" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.apps-west_policy")
  name               = "nodes.apps-west"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "nodes.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_iam_role" "payments-ledger-apps-west" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_payments-ledger.apps-west_policy")
  name               = "apps-west-ledger"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "payments-ledger.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-apps-west" {
  name   = "flowlogs.apps-west"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.apps-west_policy")
  role   = aws_iam_role.flowlogs-apps-west.name
}

resource "aws_iam_role_policy" "kube-system-cluster-autoscaler-apps-west" {
  name   = "kube-system-cluster-autoscaler.apps-west"
  policy = file("${path.module}/data/aws_iam_role_policy_kube-system-cluster-autoscaler.apps-west_policy")
  role   = aws_iam_role.kube-system-cluster-autoscaler-apps-west.name
}

resource "aws_iam_role_policy" "payments-ledger-apps-west" {
  name   = "apps-west-ledger"
  policy = file("${path.module}/data/aws_iam_role_policy_payments-ledger.apps-west_policy")
  role   = aws_iam_role.payments-ledger-apps-west.name
}

resource "aws_iam_role_policy_attachment" "backend-s3-reader-apps-west-AmazonS3ReadOnlyAccess" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
  role       = aws_iam_role.backend-s3-reader-apps-west.name
}

resource "aws_iam_role_policy_attachment" "eks-cluster-apps-west-AmazonEKSClusterPolicy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
  role       = aws_iam_role.eks-cluster-apps-west.name
}

resource "aws_iam_role_policy_attachment" "eks-cluster-apps-west-AmazonEKSVPCResourceController" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSVPCResourceController"
  role       = aws_iam_role.eks-cluster-apps-west.name
}

resource "aws_iam_role_policy_attachment" "kube-system-aws-node-apps-west-AmazonEKS_CNI_Policy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
  role       = aws_iam_role.kube-system-aws-node-apps-west.name
}

resource "aws_iam_role_policy_attachment" "kube-system-ebs-csi-controller-sa-apps-west-AmazonEBSCSIDriverPolicy" {
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"
  role       = aws_iam_role.kube-system-ebs-csi-controller-sa-apps-west.name
}

resource "aws_iam_role_policy_attachment" "nodes-apps-west-AmazonEC2ContainerRegistryReadOnly" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
  role       = aws_iam_role.nodes-apps-west.name
}

resource "aws_iam_role_policy_attachment" "nodes-apps-west-AmazonEKSWorkerNodePolicy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"
  role       = aws_iam_role.nodes-apps-west.name
}

resource "aws_iam_role_policy_attachment" "nodes-apps-west-AmazonSSMManagedInstanceCore" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
  role       = aws_iam_role.nodes-apps-west.name
}

resource "aws_internet_gateway" "apps-west" {
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_kms_key" "secrets-apps-west" {
  deletion_window_in_days = 30
  description             = "Encrypts the Kubernetes secrets of EKS cluster apps-west"
  enable_key_rotation     = true
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "secrets.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_launch_template" "general-apps-west" {
  block_device_mappings {
    device_name = "/dev/xvdb"
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 80
      volume_type           = "gp3"
    }
  }
  metadata_options {
    http_endpoint               = "enabled"
    http_protocol_ipv6          = "disabled"
    http_put_response_hop_limit = 1
    http_tokens                 = "required"
    instance_metadata_tags      = "disabled"
  }
  name = "general.apps-west"
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"               = "apps-west"
      "Name"                            = "general.apps-west"
      "kubernetes.io/cluster/apps-west" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"               = "apps-west"
      "Name"                            = "general.apps-west"
      "kubernetes.io/cluster/apps-west" = "owned"
    }
  }
  tag_specifications {
    resource_type = "network-interface"
    tags = {
      "KubernetesCluster"               = "apps-west"
      "Name"                            = "general.apps-west"
      "kubernetes.io/cluster/apps-west" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "general.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  vpc_security_group_ids = [aws_security_group.nodes-apps-west.id]
}

resource "aws_nat_gateway" "us-west-2a-apps-west" {
  allocation_id = aws_eip.us-west-2a-apps-west.id
  subnet_id     = aws_subnet.public-us-west-2a-apps-west.id
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "us-west-2a.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.apps-west.id
  route_table_id         = aws_route_table.apps-west.id
}

resource "aws_route" "route-private-us-west-2a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.us-west-2a-apps-west.id
  route_table_id         = aws_route_table.private-us-west-2a-apps-west.id
}

resource "aws_route" "route-private-us-west-2b-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.us-west-2a-apps-west.id
  route_table_id         = aws_route_table.private-us-west-2b-apps-west.id
}

resource "aws_route_table" "apps-west" {
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_route_table" "private-us-west-2a-apps-west" {
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "private-us-west-2a.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_route_table" "private-us-west-2b-apps-west" {
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "private-us-west-2b.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_route_table_association" "private-private-us-west-2a-apps-west" {
  route_table_id = aws_route_table.private-us-west-2a-apps-west.id
  subnet_id      = aws_subnet.private-us-west-2a-apps-west.id
}

resource "aws_route_table_association" "private-private-us-west-2b-apps-west" {
  route_table_id = aws_route_table.private-us-west-2b-apps-west.id
  subnet_id      = aws_subnet.private-us-west-2b-apps-west.id
}

resource "aws_route_table_association" "public-us-west-2a-apps-west" {
  route_table_id = aws_route_table.apps-west.id
  subnet_id      = aws_subnet.public-us-west-2a-apps-west.id
}

resource "aws_route_table_association" "public-us-west-2b-apps-west" {
  route_table_id = aws_route_table.apps-west.id
  subnet_id      = aws_subnet.public-us-west-2b-apps-west.id
}

resource "aws_security_group" "eks-control-plane-apps-west" {
  description = "EKS control plane network interfaces (kgen)"
  name        = "eks-control-plane.apps-west"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "eks-control-plane.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_security_group" "nodes-apps-west" {
  description = "EKS worker nodes (kgen)"
  name        = "nodes.apps-west"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "nodes.apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_security_group_rule" "from-eks-control-plane-apps-west-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.eks-control-plane-apps-west.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-eks-control-plane-apps-west-ingress-tcp-10250to10250-nodes-apps-west" {
  description              = "control plane to kubelets (logs, exec, metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-apps-west.id
  source_security_group_id = aws_security_group.eks-control-plane-apps-west.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-eks-control-plane-apps-west-ingress-tcp-1025to65535-nodes-apps-west" {
  description              = "control plane to webhooks and extension API servers on pods"
  from_port                = 1025
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-apps-west.id
  source_security_group_id = aws_security_group.eks-control-plane-apps-west.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-eks-control-plane-apps-west-ingress-tcp-443to443-nodes-apps-west" {
  description              = "control plane to webhooks served on 443"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-apps-west.id
  source_security_group_id = aws_security_group.eks-control-plane-apps-west.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-apps-west-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-apps-west.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-apps-west-ingress-all-0to0-nodes-apps-west" {
  description              = "nodes and pods to each other (VPC CNI)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-apps-west.id
  source_security_group_id = aws_security_group.nodes-apps-west.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-apps-west-ingress-tcp-443to443-eks-control-plane-apps-west" {
  description              = "nodes to the API endpoint"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.eks-control-plane-apps-west.id
  source_security_group_id = aws_security_group.nodes-apps-west.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_subnet" "private-us-west-2a-apps-west" {
  availability_zone                           = "us-west-2a"
  cidr_block                                  = "192.168.64.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "private-us-west-2a.apps-west"
    "SubnetType"                      = "Private"
    "kubernetes.io/cluster/apps-west" = "owned"
    "kubernetes.io/role/internal-elb" = "1"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_subnet" "private-us-west-2b-apps-west" {
  availability_zone                           = "us-west-2b"
  cidr_block                                  = "192.168.96.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "private-us-west-2b.apps-west"
    "SubnetType"                      = "Private"
    "kubernetes.io/cluster/apps-west" = "owned"
    "kubernetes.io/role/internal-elb" = "1"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_subnet" "public-us-west-2a-apps-west" {
  availability_zone                           = "us-west-2a"
  cidr_block                                  = "192.168.0.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  map_public_ip_on_launch                     = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "public-us-west-2a.apps-west"
    "SubnetType"                      = "Public"
    "kubernetes.io/cluster/apps-west" = "owned"
    "kubernetes.io/role/elb"          = "1"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_subnet" "public-us-west-2b-apps-west" {
  availability_zone                           = "us-west-2b"
  cidr_block                                  = "192.168.32.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  map_public_ip_on_launch                     = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "public-us-west-2b.apps-west"
    "SubnetType"                      = "Public"
    "kubernetes.io/cluster/apps-west" = "owned"
    "kubernetes.io/role/elb"          = "1"
  }
  vpc_id = aws_vpc.apps-west.id
}

resource "aws_vpc" "apps-west" {
  cidr_block           = "192.168.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "apps-west" {
  domain_name         = "us-west-2.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"               = "apps-west"
    "Name"                            = "apps-west"
    "kubernetes.io/cluster/apps-west" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "apps-west" {
  dhcp_options_id = aws_vpc_dhcp_options.apps-west.id
  vpc_id          = aws_vpc.apps-west.id
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
