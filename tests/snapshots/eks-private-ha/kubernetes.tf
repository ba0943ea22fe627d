locals {
  cluster_arn                        = aws_eks_cluster.prod-eu.arn
  cluster_certificate_authority_data = aws_eks_cluster.prod-eu.certificate_authority[0].data
  cluster_endpoint                   = aws_eks_cluster.prod-eu.endpoint
  cluster_name                       = "prod-eu"
  cluster_role_arn                   = aws_iam_role.eks-cluster-prod-eu.arn
  control_plane_security_group_ids   = [aws_security_group.eks-control-plane-prod-eu.id]
  kubernetes_version                 = "1.32"
  node_security_group_ids            = [aws_security_group.nodes-prod-eu.id]
  node_subnet_ids                    = [aws_subnet.private-eu-central-1a-prod-eu.id, aws_subnet.private-eu-central-1b-prod-eu.id, aws_subnet.private-eu-central-1c-prod-eu.id]
  nodes_role_arn                     = aws_iam_role.nodes-prod-eu.arn
  nodes_role_name                    = aws_iam_role.nodes-prod-eu.name
  region                             = "eu-central-1"
  vpc_cidr_block                     = aws_vpc.prod-eu.cidr_block
  vpc_id                             = aws_vpc.prod-eu.id
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
  region = "eu-central-1"
}

resource "aws_cloudwatch_log_group" "flowlogs-prod-eu" {
  name              = "/kgen/prod-eu/vpc-flow-logs"
  retention_in_days = 30
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "/kgen/prod-eu/vpc-flow-logs"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_default_security_group" "prod-eu" {
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_eip" "eu-central-1a-prod-eu" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "eu-central-1a.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_eip" "eu-central-1b-prod-eu" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "eu-central-1b.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_eip" "eu-central-1c-prod-eu" {
  domain = "vpc"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "eu-central-1c.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_eks_access_entry" "access-role-111122223333-developers-prod-eu" {
  cluster_name      = aws_eks_cluster.prod-eu.name
  kubernetes_groups = ["dev-readers"]
  principal_arn     = "arn:aws:iam::111122223333:role/developers"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "access-role-111122223333-developers.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  type = "STANDARD"
}

resource "aws_eks_access_entry" "access-role-111122223333-platform-admins-prod-eu" {
  cluster_name  = aws_eks_cluster.prod-eu.name
  principal_arn = "arn:aws:iam::111122223333:role/platform-admins"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "access-role-111122223333-platform-admins.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  type = "STANDARD"
}

resource "aws_eks_access_policy_association" "access-role-111122223333-developers-AmazonEKSViewPolicy-prod-eu" {
  access_scope {
    namespaces = ["team-a", "team-b"]
    type       = "namespace"
  }
  cluster_name  = aws_eks_cluster.prod-eu.name
  policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"
  principal_arn = aws_eks_access_entry.access-role-111122223333-developers-prod-eu.principal_arn
}

resource "aws_eks_access_policy_association" "access-role-111122223333-platform-admins-AmazonEKSClusterAdminPolicy-prod-eu" {
  access_scope {
    type = "cluster"
  }
  cluster_name  = aws_eks_cluster.prod-eu.name
  policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"
  principal_arn = aws_eks_access_entry.access-role-111122223333-platform-admins-prod-eu.principal_arn
}

resource "aws_eks_cluster" "prod-eu" {
  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = false
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
  encryption_config {
    provider {
      key_arn = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
    resources = ["secrets"]
  }
  kubernetes_network_config {
    service_ipv4_cidr = "172.20.0.0/16"
  }
  name     = "prod-eu"
  role_arn = aws_iam_role.eks-cluster-prod-eu.arn
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  version = "1.32"
  vpc_config {
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["203.0.113.0/24"]
    security_group_ids      = [aws_security_group.eks-control-plane-prod-eu.id]
    subnet_ids              = [aws_subnet.private-eu-central-1a-prod-eu.id, aws_subnet.private-eu-central-1b-prod-eu.id, aws_subnet.private-eu-central-1c-prod-eu.id]
  }
}

resource "aws_eks_node_group" "apps-spot-prod-eu" {
  ami_type       = "AL2023_x86_64_STANDARD"
  capacity_type  = "SPOT"
  cluster_name   = aws_eks_cluster.prod-eu.name
  instance_types = ["m6i.xlarge", "m5.xlarge", "m5a.xlarge"]
  labels = {
    "role" = "apps"
  }
  launch_template {
    id      = aws_launch_template.apps-spot-prod-eu.id
    version = aws_launch_template.apps-spot-prod-eu.latest_version
  }
  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
  node_group_name = "apps-spot"
  node_role_arn   = aws_iam_role.nodes-prod-eu.arn
  scaling_config {
    desired_size = 3
    max_size     = 30
    min_size     = 0
  }
  subnet_ids = [aws_subnet.private-eu-central-1a-prod-eu.id, aws_subnet.private-eu-central-1b-prod-eu.id, aws_subnet.private-eu-central-1c-prod-eu.id]
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "apps-spot.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  update_config {
    max_unavailable_percentage = 33
  }
}

resource "aws_eks_node_group" "system-prod-eu" {
  ami_type       = "AL2023_x86_64_STANDARD"
  capacity_type  = "ON_DEMAND"
  cluster_name   = aws_eks_cluster.prod-eu.name
  instance_types = ["m6i.large"]
  labels = {
    "role" = "system"
  }
  launch_template {
    id      = aws_launch_template.system-prod-eu.id
    version = aws_launch_template.system-prod-eu.latest_version
  }
  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
  node_group_name = "system"
  node_role_arn   = aws_iam_role.nodes-prod-eu.arn
  scaling_config {
    desired_size = 3
    max_size     = 6
    min_size     = 3
  }
  subnet_ids = [aws_subnet.private-eu-central-1a-prod-eu.id, aws_subnet.private-eu-central-1b-prod-eu.id, aws_subnet.private-eu-central-1c-prod-eu.id]
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "system.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  taint {
    effect = "NO_SCHEDULE"
    key    = "CriticalAddonsOnly"
    value  = "true"
  }
  update_config {
    max_unavailable = 1
  }
}

resource "aws_flow_log" "prod-eu" {
  iam_role_arn             = aws_iam_role.flowlogs-prod-eu.arn
  log_destination          = aws_cloudwatch_log_group.flowlogs-prod-eu.arn
  log_destination_type     = "cloud-watch-logs"
  max_aggregation_interval = 600
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  traffic_type = "ALL"
  vpc_id       = aws_vpc.prod-eu.id
}

resource "aws_iam_role" "eks-cluster-prod-eu" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_eks-cluster.prod-eu_policy")
  name               = "eks-cluster.prod-eu"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "eks-cluster.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_iam_role" "flowlogs-prod-eu" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_flowlogs.prod-eu_policy")
  name               = "flowlogs.prod-eu"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "flowlogs.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_iam_role" "nodes-prod-eu" {
  assume_role_policy = file("${path.module}/data/aws_iam_role_nodes.prod-eu_policy")
  name               = "nodes.prod-eu"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "nodes.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_iam_role_policy" "flowlogs-prod-eu" {
  name   = "flowlogs.prod-eu"
  policy = file("${path.module}/data/aws_iam_role_policy_flowlogs.prod-eu_policy")
  role   = aws_iam_role.flowlogs-prod-eu.name
}

resource "aws_iam_role_policy_attachment" "eks-cluster-prod-eu-AmazonEKSClusterPolicy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
  role       = aws_iam_role.eks-cluster-prod-eu.name
}

resource "aws_iam_role_policy_attachment" "eks-cluster-prod-eu-AmazonEKSVPCResourceController" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSVPCResourceController"
  role       = aws_iam_role.eks-cluster-prod-eu.name
}

resource "aws_iam_role_policy_attachment" "nodes-prod-eu-AmazonEC2ContainerRegistryReadOnly" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
  role       = aws_iam_role.nodes-prod-eu.name
}

resource "aws_iam_role_policy_attachment" "nodes-prod-eu-AmazonEKSWorkerNodePolicy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"
  role       = aws_iam_role.nodes-prod-eu.name
}

resource "aws_iam_role_policy_attachment" "nodes-prod-eu-AmazonEKS_CNI_Policy" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
  role       = aws_iam_role.nodes-prod-eu.name
}

resource "aws_iam_role_policy_attachment" "nodes-prod-eu-AmazonSSMManagedInstanceCore" {
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
  role       = aws_iam_role.nodes-prod-eu.name
}

resource "aws_internet_gateway" "prod-eu" {
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_launch_template" "apps-spot-prod-eu" {
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 4000
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
  name = "apps-spot.prod-eu"
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"             = "prod-eu"
      "Name"                          = "apps-spot.prod-eu"
      "cost-center"                   = "4711"
      "kubernetes.io/cluster/prod-eu" = "owned"
      "team"                          = "platform"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"             = "prod-eu"
      "Name"                          = "apps-spot.prod-eu"
      "cost-center"                   = "4711"
      "kubernetes.io/cluster/prod-eu" = "owned"
      "team"                          = "platform"
    }
  }
  tag_specifications {
    resource_type = "network-interface"
    tags = {
      "KubernetesCluster"             = "prod-eu"
      "Name"                          = "apps-spot.prod-eu"
      "cost-center"                   = "4711"
      "kubernetes.io/cluster/prod-eu" = "owned"
      "team"                          = "platform"
    }
  }
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "apps-spot.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_security_group_ids = [aws_security_group.nodes-prod-eu.id]
}

resource "aws_launch_template" "system-prod-eu" {
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      delete_on_termination = true
      encrypted             = true
      iops                  = 3000
      throughput            = 125
      volume_size           = 50
      volume_type           = "gp3"
    }
  }
  key_name = "prod-eu-ops"
  metadata_options {
    http_endpoint               = "enabled"
    http_protocol_ipv6          = "disabled"
    http_put_response_hop_limit = 2
    http_tokens                 = "required"
    instance_metadata_tags      = "disabled"
  }
  name = "system.prod-eu"
  tag_specifications {
    resource_type = "instance"
    tags = {
      "KubernetesCluster"             = "prod-eu"
      "Name"                          = "system.prod-eu"
      "cost-center"                   = "4711"
      "kubernetes.io/cluster/prod-eu" = "owned"
      "team"                          = "platform"
    }
  }
  tag_specifications {
    resource_type = "volume"
    tags = {
      "KubernetesCluster"             = "prod-eu"
      "Name"                          = "system.prod-eu"
      "cost-center"                   = "4711"
      "kubernetes.io/cluster/prod-eu" = "owned"
      "team"                          = "platform"
    }
  }
  tag_specifications {
    resource_type = "network-interface"
    tags = {
      "KubernetesCluster"             = "prod-eu"
      "Name"                          = "system.prod-eu"
      "cost-center"                   = "4711"
      "kubernetes.io/cluster/prod-eu" = "owned"
      "team"                          = "platform"
    }
  }
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "system.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_security_group_ids = [aws_security_group.nodes-prod-eu.id]
}

resource "aws_nat_gateway" "eu-central-1a-prod-eu" {
  allocation_id = aws_eip.eu-central-1a-prod-eu.id
  subnet_id     = aws_subnet.public-eu-central-1a-prod-eu.id
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "eu-central-1a.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_nat_gateway" "eu-central-1b-prod-eu" {
  allocation_id = aws_eip.eu-central-1b-prod-eu.id
  subnet_id     = aws_subnet.public-eu-central-1b-prod-eu.id
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "eu-central-1b.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_nat_gateway" "eu-central-1c-prod-eu" {
  allocation_id = aws_eip.eu-central-1c-prod-eu.id
  subnet_id     = aws_subnet.public-eu-central-1c-prod-eu.id
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "eu-central-1c.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_route" "route-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.prod-eu.id
  route_table_id         = aws_route_table.prod-eu.id
}

resource "aws_route" "route-private-eu-central-1a-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-central-1a-prod-eu.id
  route_table_id         = aws_route_table.private-eu-central-1a-prod-eu.id
}

resource "aws_route" "route-private-eu-central-1b-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-central-1b-prod-eu.id
  route_table_id         = aws_route_table.private-eu-central-1b-prod-eu.id
}

resource "aws_route" "route-private-eu-central-1c-0-0-0-0--0" {
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.eu-central-1c-prod-eu.id
  route_table_id         = aws_route_table.private-eu-central-1c-prod-eu.id
}

resource "aws_route_table" "private-eu-central-1a-prod-eu" {
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "private-eu-central-1a.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_route_table" "private-eu-central-1b-prod-eu" {
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "private-eu-central-1b.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_route_table" "private-eu-central-1c-prod-eu" {
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "private-eu-central-1c.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_route_table" "prod-eu" {
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_route_table_association" "private-private-eu-central-1a-prod-eu" {
  route_table_id = aws_route_table.private-eu-central-1a-prod-eu.id
  subnet_id      = aws_subnet.private-eu-central-1a-prod-eu.id
}

resource "aws_route_table_association" "private-private-eu-central-1b-prod-eu" {
  route_table_id = aws_route_table.private-eu-central-1b-prod-eu.id
  subnet_id      = aws_subnet.private-eu-central-1b-prod-eu.id
}

resource "aws_route_table_association" "private-private-eu-central-1c-prod-eu" {
  route_table_id = aws_route_table.private-eu-central-1c-prod-eu.id
  subnet_id      = aws_subnet.private-eu-central-1c-prod-eu.id
}

resource "aws_route_table_association" "public-eu-central-1a-prod-eu" {
  route_table_id = aws_route_table.prod-eu.id
  subnet_id      = aws_subnet.public-eu-central-1a-prod-eu.id
}

resource "aws_route_table_association" "public-eu-central-1b-prod-eu" {
  route_table_id = aws_route_table.prod-eu.id
  subnet_id      = aws_subnet.public-eu-central-1b-prod-eu.id
}

resource "aws_route_table_association" "public-eu-central-1c-prod-eu" {
  route_table_id = aws_route_table.prod-eu.id
  subnet_id      = aws_subnet.public-eu-central-1c-prod-eu.id
}

resource "aws_security_group" "eks-control-plane-prod-eu" {
  description = "EKS control plane network interfaces (kgen)"
  name        = "eks-control-plane.prod-eu"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "eks-control-plane.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_security_group" "nodes-prod-eu" {
  description = "EKS worker nodes (kgen)"
  name        = "nodes.prod-eu"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "nodes.prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_security_group_rule" "from-eks-control-plane-prod-eu-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.eks-control-plane-prod-eu.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-eks-control-plane-prod-eu-ingress-tcp-10250to10250-nodes-prod-eu" {
  description              = "control plane to kubelets (logs, exec, metrics)"
  from_port                = 10250
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-prod-eu.id
  source_security_group_id = aws_security_group.eks-control-plane-prod-eu.id
  to_port                  = 10250
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-eks-control-plane-prod-eu-ingress-tcp-1025to65535-nodes-prod-eu" {
  description              = "control plane to webhooks and extension API servers on pods"
  from_port                = 1025
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-prod-eu.id
  source_security_group_id = aws_security_group.eks-control-plane-prod-eu.id
  to_port                  = 65535
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-eks-control-plane-prod-eu-ingress-tcp-443to443-nodes-prod-eu" {
  description              = "control plane to webhooks served on 443"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-prod-eu.id
  source_security_group_id = aws_security_group.eks-control-plane-prod-eu.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-eu-egress-all-0to0-0-0-0-0--0" {
  cidr_blocks       = ["0.0.0.0/0"]
  description       = "all outbound traffic"
  from_port         = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes-prod-eu.id
  to_port           = 0
  type              = "egress"
}

resource "aws_security_group_rule" "from-nodes-prod-eu-ingress-all-0to0-nodes-prod-eu" {
  description              = "nodes and pods to each other (VPC CNI)"
  from_port                = 0
  protocol                 = "-1"
  security_group_id        = aws_security_group.nodes-prod-eu.id
  source_security_group_id = aws_security_group.nodes-prod-eu.id
  to_port                  = 0
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-nodes-prod-eu-ingress-tcp-443to443-eks-control-plane-prod-eu" {
  description              = "nodes to the API endpoint"
  from_port                = 443
  protocol                 = "tcp"
  security_group_id        = aws_security_group.eks-control-plane-prod-eu.id
  source_security_group_id = aws_security_group.nodes-prod-eu.id
  to_port                  = 443
  type                     = "ingress"
}

resource "aws_security_group_rule" "from-sg-0a1b2c3d4e5f60718-ingress-tcp-22to22-nodes-prod-eu" {
  description              = "ssh.sourceSecurityGroupIds of node group system"
  from_port                = 22
  protocol                 = "tcp"
  security_group_id        = aws_security_group.nodes-prod-eu.id
  source_security_group_id = "sg-0a1b2c3d4e5f60718"
  to_port                  = 22
  type                     = "ingress"
}

resource "aws_subnet" "private-eu-central-1a-prod-eu" {
  availability_zone                           = "eu-central-1a"
  cidr_block                                  = "10.20.96.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"               = "prod-eu"
    "Name"                            = "private-eu-central-1a.prod-eu"
    "SubnetType"                      = "Private"
    "cost-center"                     = "4711"
    "kubernetes.io/cluster/prod-eu"   = "owned"
    "kubernetes.io/role/internal-elb" = "1"
    "team"                            = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_subnet" "private-eu-central-1b-prod-eu" {
  availability_zone                           = "eu-central-1b"
  cidr_block                                  = "10.20.128.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"               = "prod-eu"
    "Name"                            = "private-eu-central-1b.prod-eu"
    "SubnetType"                      = "Private"
    "cost-center"                     = "4711"
    "kubernetes.io/cluster/prod-eu"   = "owned"
    "kubernetes.io/role/internal-elb" = "1"
    "team"                            = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_subnet" "private-eu-central-1c-prod-eu" {
  availability_zone                           = "eu-central-1c"
  cidr_block                                  = "10.20.160.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"               = "prod-eu"
    "Name"                            = "private-eu-central-1c.prod-eu"
    "SubnetType"                      = "Private"
    "cost-center"                     = "4711"
    "kubernetes.io/cluster/prod-eu"   = "owned"
    "kubernetes.io/role/internal-elb" = "1"
    "team"                            = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_subnet" "public-eu-central-1a-prod-eu" {
  availability_zone                           = "eu-central-1a"
  cidr_block                                  = "10.20.0.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  map_public_ip_on_launch                     = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "public-eu-central-1a.prod-eu"
    "SubnetType"                    = "Public"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "kubernetes.io/role/elb"        = "1"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_subnet" "public-eu-central-1b-prod-eu" {
  availability_zone                           = "eu-central-1b"
  cidr_block                                  = "10.20.32.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  map_public_ip_on_launch                     = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "public-eu-central-1b.prod-eu"
    "SubnetType"                    = "Public"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "kubernetes.io/role/elb"        = "1"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_subnet" "public-eu-central-1c-prod-eu" {
  availability_zone                           = "eu-central-1c"
  cidr_block                                  = "10.20.64.0/19"
  enable_resource_name_dns_a_record_on_launch = true
  map_public_ip_on_launch                     = true
  private_dns_hostname_type_on_launch         = "resource-name"
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "public-eu-central-1c.prod-eu"
    "SubnetType"                    = "Public"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "kubernetes.io/role/elb"        = "1"
    "team"                          = "platform"
  }
  vpc_id = aws_vpc.prod-eu.id
}

resource "aws_vpc" "prod-eu" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_vpc_dhcp_options" "prod-eu" {
  domain_name         = "eu-central-1.compute.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    "KubernetesCluster"             = "prod-eu"
    "Name"                          = "prod-eu"
    "cost-center"                   = "4711"
    "kubernetes.io/cluster/prod-eu" = "owned"
    "team"                          = "platform"
  }
}

resource "aws_vpc_dhcp_options_association" "prod-eu" {
  dhcp_options_id = aws_vpc_dhcp_options.prod-eu.id
  vpc_id          = aws_vpc.prod-eu.id
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
