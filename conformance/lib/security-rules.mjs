// The security rules of the conformance gate: the AWS rules of the Terraform security scanners
// (tfsec / Trivy's `aws-*` checks and Checkov's `CKV_AWS_*` / `CKV2_AWS_*`) that apply to the
// resource kinds kgen generates, written out because neither scanner can be installed here
// (no PyPI, no GitHub release downloads). Each rule names the scanner checks it encodes and
// runs on both targets: Terraform (hcl2json's JSON of kubernetes.tf, plus the policy files
// under data/) and CloudFormation (cloudformation.json).
//
// A finding is { rule, address, message }; `address` is `type.name` in Terraform and the
// logical id in CloudFormation, so that an accepted exception can name it.

/** First element of a block list (hcl2json gives every block as an array), or the value. */
function one(v) {
  return Array.isArray(v) ? v[0] : v;
}

function list(v) {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** A literal HCL value: true/false/number as they are; "${...}" expressions stay strings. */
function isTrue(v) {
  return v === true || v === 'true';
}

const WORLD = new Set(['0.0.0.0/0', '::/0']);

/** IAM actions whose name says they only read (AWS's own naming convention). */
const READ_PREFIXES = ['Describe', 'Get', 'List', 'BatchGet', 'BatchCheck'];

function isReadOnlyAction(action) {
  const name = String(action).split(':')[1] ?? '';
  return READ_PREFIXES.some((p) => name.startsWith(p));
}

/** Findings of one IAM policy document: wildcard actions, and writes on every resource. */
function policyFindings(doc, address) {
  const out = [];
  if (!doc || typeof doc !== 'object') return out;
  for (const [i, s] of list(doc.Statement).entries()) {
    if (s.Effect !== 'Allow') continue;
    const sid = s.Sid ? `statement ${s.Sid}` : `statement ${i}`;
    const actions = list(s.Action);
    for (const a of actions) {
      if (typeof a === 'string' && (a === '*' || a.endsWith(':*'))) {
        out.push({ rule: 'iam-no-wildcard-actions', address, message: `${sid} allows every action of "${a}"` });
      }
    }
    if (list(s.NotAction).length > 0) {
      out.push({ rule: 'iam-no-wildcard-actions', address, message: `${sid} uses NotAction (allows everything else)` });
    }
    const resources = list(s.Resource);
    const everywhere = resources.some((r) => r === '*');
    if (everywhere && !s.Condition) {
      const writes = actions.filter((a) => typeof a === 'string' && !isReadOnlyAction(a));
      if (writes.length > 0) {
        out.push({
          rule: 'iam-no-unscoped-writes',
          address,
          message: `${sid} allows ${writes.join(', ')} on every resource, without a condition`,
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Terraform

/** Every resource of the parsed units: { type, name, address, body }. */
export function terraformResources(units) {
  const out = [];
  for (const json of units) {
    for (const [type, byName] of Object.entries(json.resource ?? {})) {
      for (const [name, bodies] of Object.entries(byName)) {
        out.push({ type, name, address: `${type}.${name}`, body: one(bodies) ?? {} });
      }
    }
  }
  return out;
}

/** `data/...` path of a file("${path.module}/data/...") expression, or null. */
export function dataFileOf(expr) {
  const m = /\/(data\/[^"\\)]+)/.exec(String(expr ?? ''));
  return m ? m[1] : null;
}

/**
 * @param {Array<{type,name,address,body}>} resources
 * @param {(rel: string) => string|null} readData  contents of a file under the module, or null
 */
export function terraformFindings(resources, readData) {
  const out = [];
  const of = (type) => resources.filter((r) => r.type === type);
  const refersTo = (r, target) => JSON.stringify(r.body).includes(`${target.address}.`);

  for (const lt of of('aws_launch_template')) {
    const md = one(lt.body.metadata_options) ?? {};
    if (md.http_tokens !== 'required') {
      out.push({ rule: 'ec2-imdsv2-required', address: lt.address, message: 'metadata_options.http_tokens is not "required"' });
    }
    if (Number(md.http_put_response_hop_limit ?? 1) > 1) {
      out.push({ rule: 'ec2-imds-hop-limit', address: lt.address, message: `metadata hop limit ${md.http_put_response_hop_limit} lets containers reach the instance's credentials` });
    }
    for (const bdm of list(lt.body.block_device_mappings)) {
      const ebs = one(bdm.ebs);
      if (!ebs) continue;
      if (!isTrue(ebs.encrypted)) {
        out.push({ rule: 'ebs-encrypted', address: lt.address, message: `volume ${bdm.device_name} is not encrypted` });
      } else if (!ebs.kms_key_id) {
        out.push({ rule: 'ebs-customer-key', address: lt.address, message: `volume ${bdm.device_name} is encrypted with the AWS-managed key, not a customer key` });
      }
    }
    for (const ni of list(lt.body.network_interfaces)) {
      if (isTrue(ni.associate_public_ip_address)) {
        out.push({ rule: 'ec2-no-public-ip', address: lt.address, message: 'instances get a public IP address' });
      }
    }
  }
  for (const v of of('aws_ebs_volume')) {
    if (!isTrue(v.body.encrypted)) {
      out.push({ rule: 'ebs-encrypted', address: v.address, message: 'volume is not encrypted' });
    } else if (!v.body.kms_key_id) {
      out.push({ rule: 'ebs-customer-key', address: v.address, message: 'volume is encrypted with the AWS-managed key, not a customer key' });
    }
  }
  for (const s of of('aws_subnet')) {
    if (isTrue(s.body.map_public_ip_on_launch)) {
      out.push({ rule: 'ec2-no-public-ip', address: s.address, message: 'map_public_ip_on_launch gives every instance a public IP address' });
    }
  }
  for (const sg of of('aws_security_group')) {
    if (!sg.body.description) {
      out.push({ rule: 'sg-description', address: sg.address, message: 'security group has no description' });
    }
    for (const [kind, rules] of [['ingress', sg.body.ingress], ['egress', sg.body.egress]]) {
      for (const r of list(rules)) out.push(...sgRuleFindings(sg.address, kind, r));
    }
  }
  for (const r of of('aws_security_group_rule')) {
    out.push(...sgRuleFindings(r.address, r.body.type, r.body));
  }
  for (const r of [...of('aws_vpc_security_group_ingress_rule'), ...of('aws_vpc_security_group_egress_rule')]) {
    const kind = r.type.includes('ingress') ? 'ingress' : 'egress';
    out.push(...sgRuleFindings(r.address, kind, { ...r.body, cidr_blocks: [r.body.cidr_ipv4, r.body.cidr_ipv6].filter(Boolean) }));
  }
  for (const vpc of of('aws_vpc')) {
    if (!of('aws_flow_log').some((f) => refersTo(f, vpc))) {
      out.push({ rule: 'vpc-flow-logs', address: vpc.address, message: 'the VPC has no flow log' });
    }
    const dsg = of('aws_default_security_group').find((d) => refersTo(d, vpc));
    if (!dsg) {
      out.push({ rule: 'vpc-default-sg-closed', address: vpc.address, message: 'the VPC\'s default security group is left with its default rules (all traffic between its members, all egress)' });
    } else if (list(dsg.body.ingress).length + list(dsg.body.egress).length > 0) {
      out.push({ rule: 'vpc-default-sg-closed', address: dsg.address, message: 'the default security group has rules' });
    }
  }
  for (const lb of [...of('aws_lb'), ...of('aws_alb')]) {
    if (!isTrue(lb.body.internal)) {
      out.push({ rule: 'lb-not-public', address: lb.address, message: 'load balancer is internet-facing' });
    }
    const logs = one(lb.body.access_logs);
    if (!logs || !isTrue(logs.enabled)) {
      out.push({ rule: 'lb-access-logs', address: lb.address, message: 'load balancer access logs are off' });
    }
    if (!isTrue(lb.body.enable_deletion_protection)) {
      out.push({ rule: 'lb-deletion-protection', address: lb.address, message: 'deletion protection is off' });
    }
  }
  for (const l of of('aws_lb_listener')) {
    if (l.body.protocol === 'HTTP') {
      out.push({ rule: 'lb-no-plain-http', address: l.address, message: 'listener speaks plain HTTP' });
    }
  }
  for (const z of of('aws_route53_zone')) {
    const isPrivate = list(z.body.vpc).length > 0;
    if (!isPrivate && !of('aws_route53_query_log').some((q) => refersTo(q, z))) {
      out.push({ rule: 'route53-query-logging', address: z.address, message: 'public hosted zone has no query logging' });
    }
  }
  for (const k of of('aws_kms_key')) {
    if (!isTrue(k.body.enable_key_rotation)) {
      out.push({ rule: 'kms-rotation', address: k.address, message: 'key rotation is off' });
    }
  }
  for (const g of of('aws_cloudwatch_log_group')) {
    if (!g.body.kms_key_id) out.push({ rule: 'logs-encrypted', address: g.address, message: 'log group is not encrypted with a customer key' });
    if (!g.body.retention_in_days) out.push({ rule: 'logs-retention', address: g.address, message: 'log group keeps logs for ever (no retention)' });
  }
  for (const c of of('aws_eks_cluster')) {
    const vpc = one(c.body.vpc_config) ?? {};
    if (vpc.endpoint_public_access === undefined || isTrue(vpc.endpoint_public_access)) {
      const cidrs = list(vpc.public_access_cidrs);
      if (cidrs.length === 0 || cidrs.some((x) => WORLD.has(x))) {
        out.push({ rule: 'eks-public-endpoint', address: c.address, message: 'the public API endpoint is open to the whole internet' });
      }
    }
    if (list(c.body.encryption_config).length === 0) {
      out.push({ rule: 'eks-secrets-encryption', address: c.address, message: 'Secrets are not encrypted with a KMS key' });
    }
    const logs = list(c.body.enabled_cluster_log_types);
    if (!['api', 'audit', 'authenticator'].every((t) => logs.includes(t))) {
      out.push({ rule: 'eks-control-plane-logging', address: c.address, message: `control-plane logging lacks ${['api', 'audit', 'authenticator'].filter((t) => !logs.includes(t)).join(', ')}` });
    }
  }
  const policyAttrs = { aws_iam_role_policy: 'policy', aws_iam_policy: 'policy', aws_iam_role: 'assume_role_policy' };
  for (const [type, attr] of Object.entries(policyAttrs)) {
    if (type === 'aws_iam_role') continue; // trust policies allow sts:AssumeRole to a principal, not resource access
    for (const p of of(type)) {
      const rel = dataFileOf(p.body[attr]);
      const text = rel ? readData(rel) : null;
      if (text === null) continue;
      let doc;
      try {
        doc = JSON.parse(text);
      } catch {
        continue;
      }
      out.push(...policyFindings(doc, p.address));
    }
  }
  return out;
}

function sgRuleFindings(address, kind, r) {
  const out = [];
  if (!r.description) {
    out.push({ rule: 'sg-description', address, message: `${kind} rule has no description` });
  }
  const world = [...list(r.cidr_blocks), ...list(r.ipv6_cidr_blocks)].filter((c) => WORLD.has(c));
  if (world.length > 0) {
    const ports = r.protocol === '-1' ? 'all ports' : `${r.protocol} ${r.from_port}-${r.to_port}`;
    out.push({
      rule: kind === 'ingress' ? 'sg-no-public-ingress' : 'sg-no-public-egress',
      address,
      message: `${kind} ${kind === 'ingress' ? 'from' : 'to'} ${world.join(', ')} on ${ports}`,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CloudFormation

export function cloudFormationFindings(template) {
  const out = [];
  const resources = Object.entries(template.Resources ?? {}).map(([id, r]) => ({ id, type: r.Type, props: r.Properties ?? {} }));
  const of = (type) => resources.filter((r) => r.type === type);
  const refersTo = (r, id) => {
    const text = JSON.stringify(r.props);
    return text.includes(`{"Ref":"${id}"}`) || text.includes(`["${id}",`);
  };

  for (const lt of of('AWS::EC2::LaunchTemplate')) {
    const data = lt.props.LaunchTemplateData ?? {};
    const md = data.MetadataOptions ?? {};
    if (md.HttpTokens !== 'required') {
      out.push({ rule: 'ec2-imdsv2-required', address: lt.id, message: 'MetadataOptions.HttpTokens is not "required"' });
    }
    if (Number(md.HttpPutResponseHopLimit ?? 1) > 1) {
      out.push({ rule: 'ec2-imds-hop-limit', address: lt.id, message: `metadata hop limit ${md.HttpPutResponseHopLimit} lets containers reach the instance's credentials` });
    }
    for (const bdm of list(data.BlockDeviceMappings)) {
      if (!bdm.Ebs) continue;
      if (bdm.Ebs.Encrypted !== true) {
        out.push({ rule: 'ebs-encrypted', address: lt.id, message: `volume ${bdm.DeviceName} is not encrypted` });
      } else if (!bdm.Ebs.KmsKeyId) {
        out.push({ rule: 'ebs-customer-key', address: lt.id, message: `volume ${bdm.DeviceName} is encrypted with the AWS-managed key, not a customer key` });
      }
    }
    for (const ni of list(data.NetworkInterfaces)) {
      if (ni.AssociatePublicIpAddress === true) {
        out.push({ rule: 'ec2-no-public-ip', address: lt.id, message: 'instances get a public IP address' });
      }
    }
  }
  for (const v of of('AWS::EC2::Volume')) {
    if (v.props.Encrypted !== true) {
      out.push({ rule: 'ebs-encrypted', address: v.id, message: 'volume is not encrypted' });
    } else if (!v.props.KmsKeyId) {
      out.push({ rule: 'ebs-customer-key', address: v.id, message: 'volume is encrypted with the AWS-managed key, not a customer key' });
    }
  }
  for (const s of of('AWS::EC2::Subnet')) {
    if (s.props.MapPublicIpOnLaunch === true) {
      out.push({ rule: 'ec2-no-public-ip', address: s.id, message: 'MapPublicIpOnLaunch gives every instance a public IP address' });
    }
  }
  for (const sg of of('AWS::EC2::SecurityGroup')) {
    if (!sg.props.GroupDescription) out.push({ rule: 'sg-description', address: sg.id, message: 'security group has no description' });
    for (const r of list(sg.props.SecurityGroupIngress)) out.push(...cfnRuleFindings(sg.id, 'ingress', r));
    for (const r of list(sg.props.SecurityGroupEgress)) out.push(...cfnRuleFindings(sg.id, 'egress', r));
    if (sg.props.SecurityGroupEgress === undefined) {
      // CloudFormation gives a security group without SecurityGroupEgress an allow-all IPv4 egress rule.
      out.push({ rule: 'sg-no-public-egress', address: sg.id, message: 'egress to 0.0.0.0/0 on all ports (the implicit rule of a group without SecurityGroupEgress)' });
    }
  }
  for (const r of of('AWS::EC2::SecurityGroupIngress')) out.push(...cfnRuleFindings(r.id, 'ingress', r.props));
  for (const r of of('AWS::EC2::SecurityGroupEgress')) out.push(...cfnRuleFindings(r.id, 'egress', r.props));
  for (const vpc of of('AWS::EC2::VPC')) {
    if (!of('AWS::EC2::FlowLog').some((f) => refersTo(f, vpc.id))) {
      out.push({ rule: 'vpc-flow-logs', address: vpc.id, message: 'the VPC has no flow log' });
    }
    out.push({ rule: 'vpc-default-sg-closed', address: vpc.id, message: 'CloudFormation cannot manage the VPC\'s default security group; it keeps its default rules' });
  }
  for (const lb of of('AWS::ElasticLoadBalancingV2::LoadBalancer')) {
    const attrs = Object.fromEntries(list(lb.props.LoadBalancerAttributes).map((a) => [a.Key, a.Value]));
    if (lb.props.Scheme !== 'internal') out.push({ rule: 'lb-not-public', address: lb.id, message: 'load balancer is internet-facing' });
    if (attrs['access_logs.s3.enabled'] !== 'true') out.push({ rule: 'lb-access-logs', address: lb.id, message: 'load balancer access logs are off' });
    if (attrs['deletion_protection.enabled'] !== 'true') out.push({ rule: 'lb-deletion-protection', address: lb.id, message: 'deletion protection is off' });
  }
  for (const l of of('AWS::ElasticLoadBalancingV2::Listener')) {
    if (l.props.Protocol === 'HTTP') out.push({ rule: 'lb-no-plain-http', address: l.id, message: 'listener speaks plain HTTP' });
  }
  for (const z of of('AWS::Route53::HostedZone')) {
    if (list(z.props.VPCs).length === 0 && !z.props.QueryLoggingConfig) {
      out.push({ rule: 'route53-query-logging', address: z.id, message: 'public hosted zone has no query logging' });
    }
  }
  for (const k of of('AWS::KMS::Key')) {
    if (k.props.EnableKeyRotation !== true) out.push({ rule: 'kms-rotation', address: k.id, message: 'key rotation is off' });
  }
  for (const g of of('AWS::Logs::LogGroup')) {
    if (!g.props.KmsKeyId) out.push({ rule: 'logs-encrypted', address: g.id, message: 'log group is not encrypted with a customer key' });
    if (!g.props.RetentionInDays) out.push({ rule: 'logs-retention', address: g.id, message: 'log group keeps logs for ever (no retention)' });
  }
  for (const c of of('AWS::EKS::Cluster')) {
    const vpc = c.props.ResourcesVpcConfig ?? {};
    if (vpc.EndpointPublicAccess !== false) {
      const cidrs = list(vpc.PublicAccessCidrs);
      if (cidrs.length === 0 || cidrs.some((x) => WORLD.has(x))) {
        out.push({ rule: 'eks-public-endpoint', address: c.id, message: 'the public API endpoint is open to the whole internet' });
      }
    }
    if (list(c.props.EncryptionConfig).length === 0) out.push({ rule: 'eks-secrets-encryption', address: c.id, message: 'Secrets are not encrypted with a KMS key' });
    const enabled = list(c.props.Logging?.ClusterLogging?.EnabledTypes).map((t) => t.Type);
    const missing = ['api', 'audit', 'authenticator'].filter((t) => !enabled.includes(t));
    if (missing.length > 0) out.push({ rule: 'eks-control-plane-logging', address: c.id, message: `control-plane logging lacks ${missing.join(', ')}` });
  }
  for (const p of [...of('AWS::IAM::RolePolicy'), ...of('AWS::IAM::Policy'), ...of('AWS::IAM::ManagedPolicy')]) {
    out.push(...policyFindings(p.props.PolicyDocument, p.id));
  }
  for (const role of of('AWS::IAM::Role')) {
    for (const p of list(role.props.Policies)) out.push(...policyFindings(p.PolicyDocument, role.id));
  }
  return out;
}

function cfnRuleFindings(address, kind, r) {
  const out = [];
  if (!r.Description) out.push({ rule: 'sg-description', address, message: `${kind} rule has no description` });
  const world = [r.CidrIp, r.CidrIpv6].filter((c) => WORLD.has(c));
  if (world.length > 0) {
    const ports = String(r.IpProtocol) === '-1' ? 'all ports' : `${r.IpProtocol} ${r.FromPort}-${r.ToPort}`;
    out.push({
      rule: kind === 'ingress' ? 'sg-no-public-ingress' : 'sg-no-public-egress',
      address,
      message: `${kind} ${kind === 'ingress' ? 'from' : 'to'} ${world.join(', ')} on ${ports}`,
    });
  }
  return out;
}

/**
 * Every rule: its id, the scanner checks it encodes, and what it asks. The README's table and
 * the exceptions file name rules by these ids.
 */
export const RULES = {
  'ec2-imdsv2-required': 'tfsec aws-ec2-enforce-launch-config-http-token-imds, CKV_AWS_79: instances require IMDSv2 session tokens',
  'ec2-imds-hop-limit': 'CKV_AWS_341: the metadata response hop limit is 1, so containers cannot reach the instance role',
  'ebs-encrypted': 'tfsec aws-ec2-enable-volume-encryption / aws-ec2-enable-launch-config-at-rest-encryption, CKV_AWS_3, CKV_AWS_8: every EBS volume is encrypted',
  'ebs-customer-key': 'tfsec aws-ec2-volume-encryption-customer-key, CKV_AWS_189: EBS volumes use a customer-managed KMS key',
  'ec2-no-public-ip': 'tfsec aws-ec2-no-public-ip / aws-ec2-no-public-ip-subnet, CKV_AWS_88, CKV_AWS_130: instances and subnets hand out no public IP addresses',
  'sg-description': 'tfsec aws-ec2-add-description-to-security-group(-rule), CKV_AWS_23: every security group and rule says what it is for',
  'sg-no-public-ingress': 'tfsec aws-ec2-no-public-ingress-sgr, CKV_AWS_24/25/260: no ingress from the whole internet',
  'sg-no-public-egress': 'tfsec aws-ec2-no-public-egress-sgr: no egress to the whole internet',
  'vpc-flow-logs': 'tfsec aws-ec2-require-vpc-flow-logs-for-all-vpcs, CKV2_AWS_11: every VPC has flow logs',
  'vpc-default-sg-closed': 'CKV2_AWS_12: the VPC\'s default security group allows nothing',
  'lb-not-public': 'tfsec aws-elb-alb-not-public: load balancers are internal',
  'lb-access-logs': 'CKV_AWS_91: load balancers write access logs',
  'lb-deletion-protection': 'CKV_AWS_150: load balancers have deletion protection',
  'lb-no-plain-http': 'tfsec aws-elb-http-not-used, CKV_AWS_2: listeners do not speak plain HTTP',
  'route53-query-logging': 'CKV2_AWS_39: public hosted zones log DNS queries',
  'kms-rotation': 'tfsec aws-kms-auto-rotate-keys, CKV_AWS_7: KMS keys rotate',
  'logs-encrypted': 'tfsec aws-cloudwatch-log-group-customer-key, CKV_AWS_158: log groups are encrypted with a customer key',
  'logs-retention': 'CKV_AWS_338 (CKV_AWS_66): log groups have a retention period',
  'eks-public-endpoint': 'tfsec aws-eks-no-public-cluster-access(-to-cidr), CKV_AWS_38/39: the EKS public endpoint is off or limited to listed CIDRs',
  'eks-secrets-encryption': 'tfsec aws-eks-encrypt-secrets, CKV_AWS_58: EKS encrypts Secrets with a KMS key',
  'eks-control-plane-logging': 'tfsec aws-eks-enable-control-plane-logging, CKV_AWS_37: EKS control-plane logging is on',
  'iam-no-wildcard-actions': 'tfsec aws-iam-no-policy-wildcards, CKV_AWS_63/CKV_AWS_289: no policy allows every action of a service',
  'iam-no-unscoped-writes': 'CKV_AWS_111/CKV_AWS_290/CKV_AWS_355: no write action on every resource without a condition',
};
