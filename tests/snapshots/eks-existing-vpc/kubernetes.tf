locals {
  cluster_arn                        = aws_eks_cluster.shared-net.arn
  cluster_certificate_authority_data = aws_eks_cluster.shared-net.certificate_authority[0].data
  cluster_endpoint                   = aws_eks_cluster.shared-net.endpoint
  cluster_name                       = "shared-net"
  cluster_role_arn                   = aws_iam_role.eks-cluster-shared-net.arn
  control_plane_security_group_ids   = [aws_security_group.eks-control-plane-shared-net.id]
  kubernetes_version                 = "1.31"
  node_security_group_ids            = [aws_security_group.nodes-shared-net.id]
  node_subnet_ids                    = ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"]
  nodes_role_arn                     = aws_iam_role.nodes-shared-net.arn
  nodes_role_name                    = aws_iam_role.nodes-shared-net.name
  region                             = "us-east-2"
  vpc_cidr_block                     = data.aws_vpc.shared-net.cidr_block
  vpc_id                             = "vpc-0123456789abcdef0"
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

resource "aws_ec2_tag" "private-us-east-2a-shared-net-shared" {
  key         = "kubernetes.io/cluster/shared-net"
  resource_id = "subnet-0aaa1111bbbb2222c"
  value       = "shared"
}

resource "aws_ec2_tag" "private-us-east-2b-shared-net-shared" {
  key         = "kubernetes.io/cluster/shared-net"
  resource_id = "subnet-0ddd3333eeee4444f"
  value       = "shared"
}

resource "aws_ec2_tag" "public-us-east-2a-shared-net-shared" {
  key         = "kubernetes.io/cluster/shared-net"
  resource_id = "subnet-0123456789abcdef1"
  value       = "shared"
}

resource "aws_ec2_tag" "public-us-east-2b-shared-net-shared" {
  key         = "kubernetes.io/cluster/shared-net"
  resource_id = "subnet-0fedcba9876543211"
  value       = "shared"
}

resource "aws_eks_cluster" "shared-net" {
  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = true
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  encryption_config {
    provider {
      key_arn = aws_kms_key.secrets-shared-net.arn
    }
    resources = ["secrets"]
  }
  name     = "shared-net"
  role_arn = aws_iam_role.eks-cluster-shared-net.arn
  tags = {
    "KubernetesCluster"                = "shared-net"
    "Name"                             = "shared-net"
    "kubernetes.io/cluster/shared-net" = "owned"
  }
  version = "1.31"
  vpc_config {
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["198.51.100.0/24", "203.0.113.7/32"]
    security_group_ids      = [aws_security_group.eks-control-plane-shared-net.id]
    subnet_ids              = ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"]
  }
}

resource "aws_eks_node_group" "ng-1-shared-net" {
  ami_type       = "AL2023_x86_64_STANDARD"
  capacity_type  = "ON_DEMAND"
  cluster_name   = aws_eks_cluster.shared-net.name
  instance_types = ["c6i.xlarge"]
  launch_template {
    id      = aws_launch_template.ng-1-shared-net.id
    version = aws_launch_template.ng-1-shared-net.latest_version
  }
  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
  node_group_name = "ng-1"
  node_role_arn   = aws_iam_role.nodes-shared-net.arn
  scaling_config {
    desired_size = 2
    max_size     = 2
    min_size     = 2
  }
  subnet_ids = ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"]
  tags = {
    "KubernetesCluster"                = "shared-net"
    "Name"                             = "ng-1.shared-net"
    "kubernetes.io/cluster/shared-net" = "owned"
  }
  update_config {
    max_unavailable = 1
  }
}

resource "aws_iam_role" "eks-cluster-shared-net" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_eks-cluster.shared-net_policy")
  name               = "eks-cluster.shared-net"
  tags = {
    "KubernetesCluster"                = "shared-net"
    "Name"                             = "eks-cluster.shared-net"
    "kubernetes.io/cluster/shared-net" = "owned"
  }
}

resource "aws_iam_role" "nodes-shared-net" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.shared-net_policy")
  name               = "nodes.shared-net"
  tags = {
    "KubernetesCluster"                = "shared-net"
    "Name"                             = "nodes.shared-net"
    "kubernetes.io/cluster/shared-net" = "owned"
  }
}

resource "aws_iam_role_policy_attachment" "eks-cluster-shared-net-AmazonEKSClusterPolicy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
  role       = aws_iam_role.eks-cluster-shared-net.name
}

resource "aws_iam_role_policy_attachment" "eks-cluster-shared-net-AmazonEKSVPCResourceController" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSVPCResourceController"
  role       = aws_iam_role.eks-cluster-shared-net.name
}

resource "aws_iam_role_policy_attachment" "nodes-shared-net-AmazonEC2ContainerRegistryReadOnly" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
  role       = aws_iam_role.nodes-shared-net.name
}

resource "aws_iam_role_policy_attachment" "nodes-shared-net-AmazonEKSWorkerNodePolicy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"
  role       = aws_iam_role.nodes-shared-net.name
}

resource "aws_iam_role_policy_attachment" "nodes-shared-net-AmazonEKS_CNI_Policy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
  role       = aws_iam_role.nodes-shared-net.name
}

resource "aws_iam_role_policy_attachment" "nodes-shared-net-AmazonSSMManagedInstanceCore" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
  role       = aws_iam_role.nodes-shared-net.name
}

resource "aws_kms_key" "secrets-shared-net" {
  deletion_window_in_days = 30
  description             = "Encrypts the Kubernetes secrets of EKS cluster shared-net"
  enable_key_rotation     = true
  tags = {
    "KubernetesCluster"                = "shared-net"
    "Name"                             = "secrets.shared-net"
    "kubernetes.io/cluster/shared-net" = "owned"
  }
}

resource "aws_launch_template" "ng-1-shared-net" {
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      kms_key_id            = "arn:aws:kms:us-east-2:111122223333:key/0f0f0f0f-1111-2222-3333-444455556666"
      throughput            = 125
      volume_size           = 100
      volume_type           = "gp3"
    }
  }
  metadata_options {
    http_endpoint               = "enabled"
    http_protocol_ipv6          = "disabled"
    http_put_response_hop_limit = 2
    http_tokens                 = "required"
    instance_metadata_tags      = "disabled"
  }
  name = "ng-1.shared-net"
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                = "shared-net"
      "Name"                             = "ng-1.shared-net"
      "kubernetes.io/cluster/shared-net" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                = "shared-net"
      "Name"                             = "ng-1.shared-net"
      "kubernetes.io/cluster/shared-net" = "owned"
    }
  }
  tag_specifications {
    resource_type = "network-interface"
    tags = {
      "KubernetesCluster"                = "shared-net"
      "Name"                             = "ng-1.shared-net"
      "kubernetes.io/cluster/shared-net" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                = "shared-net"
    "Name"                             = "ng-1.shared-net"
    "kubernetes.io/cluster/shared-net" = "owned"
  }
  vpc_security_group_ids = [aws_security_group.nodes-shared-net.id, "sg-0123456789abcdef0"]
}

resource "aws_security_group" "eks-control-plane-shared-net" {
  description = "EKS control plane network interfaces (kgen)"
  name        = "eks-control-plane.shared-net"
  tags = {
    "KubernetesCluster"                = "shared-net"
    "Name"                             = "eks-control-plane.shared-net"
    "kubernetes.io/cluster/shared-net" = "owned"
  }
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group" "nodes-shared-net" {
  description = "EKS worker nodes (kgen)"
  name        = "nodes.shared-net"
  tags = {
    "KubernetesCluster"                = "shared-net"
    "Name"                             = "nodes.shared-net"
    "kubernetes.io/cluster/shared-net" = "owned"
  }
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "from-eks-control-plane-shared-net-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.eks-control-plane-shared-net.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-eks-control-plane-shared-net-ingress-tcp-10250to10250-nodes-shared-net" {
  description              = "control plane to kubelets (logs, exec, metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-net.id
  source_security_group_id = aws_security_group.eks-control-plane-shared-net.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-eks-control-plane-shared-net-ingress-tcp-1025to65535-nodes-shared-net" {
  description              = "control plane to webhooks and extension API servers on pods"
  from_port                = 1025
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-net.id
  source_security_group_id = aws_security_group.eks-control-plane-shared-net.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-eks-control-plane-shared-net-ingress-tcp-443to443-nodes-shared-net" {
  description              = "control plane to webhooks served on 443"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-shared-net.id
  source_security_group_id = aws_security_group.eks-control-plane-shared-net.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-net-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-shared-net.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-shared-net-ingress-all-0to0-nodes-shared-net" {
  description              = "nodes and pods to each other (VPC CNI)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-shared-net.id
  source_security_group_id = aws_security_group.nodes-shared-net.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-shared-net-ingress-tcp-443to443-eks-control-plane-shared-net" {
  description              = "nodes to the API endpoint"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.eks-control-plane-shared-net.id
  source_security_group_id = aws_security_group.nodes-shared-net.id
  to_port                  = 443
  type                     = "ingress"
}

data "aws_vpc" "shared-net" {
  id = "vpc-0123456789abcdef0"
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
