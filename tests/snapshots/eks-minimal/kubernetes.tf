locals {
  cluster_arn                        = aws_eks_cluster.eks-minimal.arn
  cluster_certificate_authority_data = aws_eks_cluster.eks-minimal.certificate_authority[0].data
  cluster_endpoint                   = aws_eks_cluster.eks-minimal.endpoint
  cluster_name                       = "eks-minimal"
  cluster_role_arn                   = aws_iam_role.eks-cluster-eks-minimal.arn
  control_plane_security_group_ids   = [aws_security_group.eks-control-plane-eks-minimal.id]
  kubernetes_version                 = "1.33"
  node_security_group_ids            = [aws_security_group.nodes-eks-minimal.id]
  node_subnet_ids                    = [aws_subnet.private-eu-west-1a-eks-minimal.id, aws_subnet.private-eu-west-1b-eks-minimal.id, aws_subnet.private-eu-west-1c-eks-minimal.id]
  nodes_role_arn                     = aws_iam_role.nodes-eks-minimal.arn
  nodes_role_name                    = aws_iam_role.nodes-eks-minimal.name
  region                             = "eu-west-1"
  vpc_cidr_block                     = aws_vpc.eks-minimal.cidr_block
  vpc_id                             = aws_vpc.eks-minimal.id
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
  region = "eu-west-1"
}

resource "aws_cloudwatch_log_group" "flowlogs-eks-minimal" {
  name              = "/kgen/eks-minimal/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "/kgen/eks-minimal/vpc-flow-logs"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
}

resource "aws_default_security_group" "eks-minimal" {
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_eip" "eu-west-1a-eks-minimal" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eu-west-1a.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
}

resource "aws_eks_cluster" "eks-minimal" {
  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = true
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  encryption_config {
    provider {
      key_arn = aws_kms_key.secrets-eks-minimal.arn
    }
    resources = ["secrets"]
  }
  name     = "eks-minimal"
  role_arn = aws_iam_role.eks-cluster-eks-minimal.arn
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  version = "1.33"
  vpc_config {
    endpoint_private_access = true
    endpoint_public_access  = false
    security_group_ids      = [aws_security_group.eks-control-plane-eks-minimal.id]
    subnet_ids              = [aws_subnet.private-eu-west-1a-eks-minimal.id, aws_subnet.private-eu-west-1b-eks-minimal.id, aws_subnet.private-eu-west-1c-eks-minimal.id]
  }
}

resource "aws_eks_node_group" "workers-eks-minimal" {
  ami_type       = "AL2023_x86_64_STANDARD"
  capacity_type  = "ON_DEMAND"
  cluster_name   = aws_eks_cluster.eks-minimal.name
  instance_types = ["m6i.large"]
  launch_template {
    id      = aws_launch_template.workers-eks-minimal.id
    version = aws_launch_template.workers-eks-minimal.latest_version
  }
  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
  node_group_name = "workers"
  node_role_arn   = aws_iam_role.nodes-eks-minimal.arn
  scaling_config {
    desired_size = 2
    max_size     = 2
    min_size     = 2
  }
  subnet_ids = [aws_subnet.private-eu-west-1a-eks-minimal.id, aws_subnet.private-eu-west-1b-eks-minimal.id, aws_subnet.private-eu-west-1c-eks-minimal.id]
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "workers.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  update_config {
    max_unavailable = 1
  }
}

resource "aws_flow_log" "eks-minimal" {
  iam_role_arn             = aws_iam_role.flowlogs-eks-minimal.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-eks-minimal.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.eks-minimal.id
}

resource "aws_iam_role" "eks-cluster-eks-minimal" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_eks-cluster.eks-minimal_policy")
  name               = "eks-cluster.eks-minimal"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eks-cluster.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
}

resource "aws_iam_role" "flowlogs-eks-minimal" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.eks-minimal_policy")
  name               = "flowlogs.eks-minimal"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "flowlogs.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
}

resource "aws_iam_role" "nodes-eks-minimal" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.eks-minimal_policy")
  name               = "nodes.eks-minimal"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "nodes.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
}

resource "aws_iam_role_policy" "flowlogs-eks-minimal" {
  name   = "flowlogs.eks-minimal"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.eks-minimal_policy")
  role   = aws_iam_role.flowlogs-eks-minimal.name
}

resource "aws_iam_role_policy_attachment" "eks-cluster-eks-minimal-AmazonEKSClusterPolicy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
  role       = aws_iam_role.eks-cluster-eks-minimal.name
}

resource "aws_iam_role_policy_attachment" "eks-cluster-eks-minimal-AmazonEKSVPCResourceController" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSVPCResourceController"
  role       = aws_iam_role.eks-cluster-eks-minimal.name
}

resource "aws_iam_role_policy_attachment" "nodes-eks-minimal-AmazonEC2ContainerRegistryReadOnly" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
  role       = aws_iam_role.nodes-eks-minimal.name
}

resource "aws_iam_role_policy_attachment" "nodes-eks-minimal-AmazonEKSWorkerNodePolicy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"
  role       = aws_iam_role.nodes-eks-minimal.name
}

resource "aws_iam_role_policy_attachment" "nodes-eks-minimal-AmazonEKS_CNI_Policy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
  role       = aws_iam_role.nodes-eks-minimal.name
}

resource "aws_iam_role_policy_attachment" "nodes-eks-minimal-AmazonSSMManagedInstanceCore" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
  role       = aws_iam_role.nodes-eks-minimal.name
}

resource "aws_internet_gateway" "eks-minimal" {
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_kms_key" "secrets-eks-minimal" {
  deletion_window_in_days = 30
  description             = "Encrypts the Kubernetes secrets of EKS cluster eks-minimal"
  enable_key_rotation     = true
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "secrets.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
}

resource "aws_launch_template" "workers-eks-minimal" {
  block_device_mappings {
    device_name = "/dev/xvda"
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
    http_put_response_hop_limit = 2
    http_tokens                 = "required"
    instance_metadata_tags      = "disabled"
  }
  name = "workers.eks-minimal"
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"                 = "eks-minimal"
      "Name"                              = "workers.eks-minimal"
      "kubernetes.io/cluster/eks-minimal" = "owned"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"                 = "eks-minimal"
      "Name"                              = "workers.eks-minimal"
      "kubernetes.io/cluster/eks-minimal" = "owned"
    }
  }
  tag_specifications {
    resource_type = "network-interface"
    tags = {
      "KubernetesCluster"                 = "eks-minimal"
      "Name"                              = "workers.eks-minimal"
      "kubernetes.io/cluster/eks-minimal" = "owned"
    }
  }
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "workers.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  vpc_security_group_ids = [aws_security_group.nodes-eks-minimal.id]
}

resource "aws_nat_gateway" "eu-west-1a-eks-minimal" {
  allocation_id = aws_eip.eu-west-1a-eks-minimal.id
  subnet_id     = aws_subnet.public-eu-west-1a-eks-minimal.id
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eu-west-1a.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.eks-minimal.id
  route_table_id         = aws_route_table.eks-minimal.id
}

resource "aws_route" "route-private-eu-west-1a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-west-1a-eks-minimal.id
  route_table_id         = aws_route_table.private-eu-west-1a-eks-minimal.id
}

resource "aws_route" "route-private-eu-west-1b-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-west-1a-eks-minimal.id
  route_table_id         = aws_route_table.private-eu-west-1b-eks-minimal.id
}

resource "aws_route" "route-private-eu-west-1c-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-west-1a-eks-minimal.id
  route_table_id         = aws_route_table.private-eu-west-1c-eks-minimal.id
}

resource "aws_route_table" "eks-minimal" {
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_route_table" "private-eu-west-1a-eks-minimal" {
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "private-eu-west-1a.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_route_table" "private-eu-west-1b-eks-minimal" {
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "private-eu-west-1b.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_route_table" "private-eu-west-1c-eks-minimal" {
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "private-eu-west-1c.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_route_table_association" "private-private-eu-west-1a-eks-minimal" {
  route_table_id = aws_route_table.private-eu-west-1a-eks-minimal.id
  subnet_id      = aws_subnet.private-eu-west-1a-eks-minimal.id
}

resource "aws_route_table_association" "private-private-eu-west-1b-eks-minimal" {
  route_table_id = aws_route_table.private-eu-west-1b-eks-minimal.id
  subnet_id      = aws_subnet.private-eu-west-1b-eks-minimal.id
}

resource "aws_route_table_association" "private-private-eu-west-1c-eks-minimal" {
  route_table_id = aws_route_table.private-eu-west-1c-eks-minimal.id
  subnet_id      = aws_subnet.private-eu-west-1c-eks-minimal.id
}

resource "aws_route_table_association" "public-eu-west-1a-eks-minimal" {
  route_table_id = aws_route_table.eks-minimal.id
  subnet_id      = aws_subnet.public-eu-west-1a-eks-minimal.id
}

resource "aws_route_table_association" "public-eu-west-1b-eks-minimal" {
  route_table_id = aws_route_table.eks-minimal.id
  subnet_id      = aws_subnet.public-eu-west-1b-eks-minimal.id
}

resource "aws_route_table_association" "public-eu-west-1c-eks-minimal" {
  route_table_id = aws_route_table.eks-minimal.id
  subnet_id      = aws_subnet.public-eu-west-1c-eks-minimal.id
}

resource "aws_security_group" "eks-control-plane-eks-minimal" {
  description = "EKS control plane network interfaces (kgen)"
  name        = "eks-control-plane.eks-minimal"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eks-control-plane.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_security_group" "nodes-eks-minimal" {
  description = "EKS worker nodes (kgen)"
  name        = "nodes.eks-minimal"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "nodes.eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_security_group_rule" "from-eks-control-plane-eks-minimal-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.eks-control-plane-eks-minimal.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-eks-control-plane-eks-minimal-ingress-tcp-10250to10250-nodes-eks-minimal" {
  description              = "control plane to kubelets (logs, exec, metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-eks-minimal.id
  source_security_group_id = aws_security_group.eks-control-plane-eks-minimal.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-eks-control-plane-eks-minimal-ingress-tcp-1025to65535-nodes-eks-minimal" {
  description              = "control plane to webhooks and extension API servers on pods"
  from_port                = 1025
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-eks-minimal.id
  source_security_group_id = aws_security_group.eks-control-plane-eks-minimal.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-eks-control-plane-eks-minimal-ingress-tcp-443to443-nodes-eks-minimal" {
  description              = "control plane to webhooks served on 443"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-eks-minimal.id
  source_security_group_id = aws_security_group.eks-control-plane-eks-minimal.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-eks-minimal-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-eks-minimal.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-eks-minimal-ingress-all-0to0-nodes-eks-minimal" {
  description              = "nodes and pods to each other (VPC CNI)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-eks-minimal.id
  source_security_group_id = aws_security_group.nodes-eks-minimal.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-eks-minimal-ingress-tcp-443to443-eks-control-plane-eks-minimal" {
  description              = "nodes to the API endpoint"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.eks-control-plane-eks-minimal.id
  source_security_group_id = aws_security_group.nodes-eks-minimal.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_subnet" "private-eu-west-1a-eks-minimal" {
  availability_zone                           = "eu-west-1a"
  cidr_block                                  = "192.168.96.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "private-eu-west-1a.eks-minimal"
    "SubnetType"                        = "Private"
    "kubernetes.io/cluster/eks-minimal" = "owned"
    "kubernetes.io/role/internal-elb"   = "1"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_subnet" "private-eu-west-1b-eks-minimal" {
  availability_zone                           = "eu-west-1b"
  cidr_block                                  = "192.168.128.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "private-eu-west-1b.eks-minimal"
    "SubnetType"                        = "Private"
    "kubernetes.io/cluster/eks-minimal" = "owned"
    "kubernetes.io/role/internal-elb"   = "1"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_subnet" "private-eu-west-1c-eks-minimal" {
  availability_zone                           = "eu-west-1c"
  cidr_block                                  = "192.168.160.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "private-eu-west-1c.eks-minimal"
    "SubnetType"                        = "Private"
    "kubernetes.io/cluster/eks-minimal" = "owned"
    "kubernetes.io/role/internal-elb"   = "1"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_subnet" "public-eu-west-1a-eks-minimal" {
  availability_zone                           = "eu-west-1a"
  cidr_block                                  = "192.168.0.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  map_public_ip_on_launch                     = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "public-eu-west-1a.eks-minimal"
    "SubnetType"                        = "Public"
    "kubernetes.io/cluster/eks-minimal" = "owned"
    "kubernetes.io/role/elb"            = "1"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_subnet" "public-eu-west-1b-eks-minimal" {
  availability_zone                           = "eu-west-1b"
  cidr_block                                  = "192.168.32.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  map_public_ip_on_launch                     = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "public-eu-west-1b.eks-minimal"
    "SubnetType"                        = "Public"
    "kubernetes.io/cluster/eks-minimal" = "owned"
    "kubernetes.io/role/elb"            = "1"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_subnet" "public-eu-west-1c-eks-minimal" {
  availability_zone                           = "eu-west-1c"
  cidr_block                                  = "192.168.64.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  map_public_ip_on_launch                     = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "public-eu-west-1c.eks-minimal"
    "SubnetType"                        = "Public"
    "kubernetes.io/cluster/eks-minimal" = "owned"
    "kubernetes.io/role/elb"            = "1"
  }
  vpc_id = aws_vpc.eks-minimal.id
}

resource "aws_vpc" "eks-minimal" {
  cidr_block           = "192.168.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
}

resource "aws_vpc_dhcp_options" "eks-minimal" {
  domain_name         = "eu-west-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"                 = "eks-minimal"
    "Name"                              = "eks-minimal"
    "kubernetes.io/cluster/eks-minimal" = "owned"
  }
}

resource "aws_vpc_dhcp_options_association" "eks-minimal" {
  dhcp_options_id = aws_vpc_dhcp_options.eks-minimal.id
  vpc_id          = aws_vpc.eks-minimal.id
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
