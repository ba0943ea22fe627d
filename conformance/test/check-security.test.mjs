import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { RULES, cloudFormationFindings, terraformFindings, terraformResources } from '../lib/security-rules.mjs';
import { checkSecurity, loadExceptions, DEFAULT_EXCEPTIONS } from '../check-security.mjs';
import { run } from './helpers.mjs';

// A module that breaks no rule: the baseline every planted fault is added to.
const CLEAN_TF = `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_default_security_group" "main" {
  vpc_id = aws_vpc.main.id
}
resource "aws_flow_log" "main" {
  vpc_id       = aws_vpc.main.id
  traffic_type = "ALL"
}
resource "aws_security_group" "nodes" {
  description = "nodes"
  vpc_id      = aws_vpc.main.id
}
resource "aws_security_group_rule" "ssh" {
  description       = "ssh from the office"
  type              = "ingress"
  cidr_blocks       = ["203.0.113.0/24"]
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.nodes.id
}
resource "aws_launch_template" "nodes" {
  block_device_mappings {
    device_name = "/dev/sda1"
    ebs {
      encrypted  = true
      kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/abc"
    }
  }
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}
resource "aws_lb" "api" {
  internal                   = true
  enable_deletion_protection = true
  access_logs {
    bucket  = "logs"
    enabled = true
  }
}
resource "aws_iam_role_policy" "nodes" {
  policy = file("\${path.module}/data/policy")
  role   = "nodes"
}
`;

const CLEAN_POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Read', Effect: 'Allow', Action: ['ec2:DescribeInstances'], Resource: '*' },
    { Sid: 'Tag', Effect: 'Allow', Action: ['ec2:CreateTags'], Resource: '*', Condition: { StringEquals: { 'aws:RequestTag/c': 'x' } } },
  ],
};

async function tfFindings(hcl, policy = CLEAN_POLICY) {
  const json = await parse('main.tf', hcl);
  return terraformFindings(terraformResources([json]), (rel) => (rel === 'data/policy' ? JSON.stringify(policy) : null));
}

const rulesOf = (findings) => [...new Set(findings.map((f) => f.rule))].sort();

describe('security rules: Terraform', () => {
  test('the clean module has no finding', async () => {
    assert.deepEqual(await tfFindings(CLEAN_TF), []);
  });

  // Each planted fault: a replacement in the clean module and the one rule it must break.
  const FAULTS = [
    ['ec2-imdsv2-required', ['"required"', '"optional"']],
    ['ec2-imds-hop-limit', ['hop_limit = 1', 'hop_limit = 3']],
    ['ebs-encrypted', ['encrypted  = true', 'encrypted  = false']],
    ['ebs-customer-key', ['kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/abc"', '']],
    ['sg-no-public-ingress', ['"203.0.113.0/24"', '"0.0.0.0/0"']],
    ['sg-description', ['description       = "ssh from the office"', '']],
    ['lb-not-public', ['internal                   = true', 'internal                   = false']],
    ['lb-deletion-protection', ['enable_deletion_protection = true', '']],
    ['lb-access-logs', ['enabled = true', 'enabled = false']],
    ['vpc-flow-logs', ['resource "aws_flow_log" "main" {\n  vpc_id       = aws_vpc.main.id', 'resource "aws_flow_log" "main" {\n  vpc_id       = "vpc-other"']],
    ['vpc-default-sg-closed', ['resource "aws_default_security_group" "main" {\n  vpc_id = aws_vpc.main.id\n}', '']],
  ];
  for (const [rule, [from, to]] of FAULTS) {
    test(`planted: ${rule}`, async () => {
      assert.ok(CLEAN_TF.includes(from), `the clean module holds ${from}`);
      assert.deepEqual(rulesOf(await tfFindings(CLEAN_TF.replace(from, to))), [rule]);
    });
  }

  test('planted: egress to the world, a public IP, a public subnet', async () => {
    const hcl = `${CLEAN_TF}
resource "aws_security_group_rule" "out" {
  description       = "out"
  type              = "egress"
  ipv6_cidr_blocks  = ["::/0"]
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  security_group_id = aws_security_group.nodes.id
}
resource "aws_subnet" "pub" {
  map_public_ip_on_launch = true
}
resource "aws_launch_template" "bastion" {
  network_interfaces {
    associate_public_ip_address = true
  }
  metadata_options {
    http_tokens = "required"
  }
}`;
    const f = await tfFindings(hcl);
    assert.deepEqual(rulesOf(f), ['ec2-no-public-ip', 'sg-no-public-egress']);
    assert.deepEqual(f.filter((x) => x.rule === 'ec2-no-public-ip').map((x) => x.address).sort(), ['aws_launch_template.bastion', 'aws_subnet.pub']);
  });

  test('planted: IAM wildcards and unscoped writes; reads and conditioned writes pass', async () => {
    const policy = {
      Statement: [
        { Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' },
        { Sid: 'Write', Effect: 'Allow', Action: ['ec2:DescribeTags', 'ec2:DeleteVolume'], Resource: '*' },
        { Sid: 'Deny', Effect: 'Deny', Action: '*', Resource: '*' },
      ],
    };
    const f = await tfFindings(CLEAN_TF, policy);
    assert.deepEqual(f.map((x) => `${x.rule}: ${x.message}`), [
      'iam-no-wildcard-actions: statement All allows every action of "s3:*"',
      'iam-no-unscoped-writes: statement Write allows ec2:DeleteVolume on every resource, without a condition',
    ]);
  });

  test('EKS: open public endpoint, no secrets encryption, partial logging', async () => {
    const f = await tfFindings(`${CLEAN_TF}
resource "aws_eks_cluster" "c" {
  enabled_cluster_log_types = ["api"]
  vpc_config {
    endpoint_public_access = true
    public_access_cidrs    = ["0.0.0.0/0"]
  }
}
resource "aws_kms_key" "k" {
}
resource "aws_cloudwatch_log_group" "g" {
}`);
    assert.deepEqual(rulesOf(f), ['eks-control-plane-logging', 'eks-public-endpoint', 'eks-secrets-encryption', 'kms-rotation', 'logs-encrypted', 'logs-retention']);
  });
});

const CLEAN_CFN = {
  Resources: {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
    FlowLog: { Type: 'AWS::EC2::FlowLog', Properties: { ResourceId: { Ref: 'Vpc' }, ResourceType: 'VPC', TrafficType: 'ALL' } },
    Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'nodes', VpcId: { Ref: 'Vpc' }, SecurityGroupEgress: [{ Description: 'to the VPC', CidrIp: '10.0.0.0/16', IpProtocol: '-1' }] } },
    Ssh: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { Description: 'ssh', CidrIp: '203.0.113.0/24', IpProtocol: 'tcp', FromPort: 22, ToPort: 22 } },
    Lt: {
      Type: 'AWS::EC2::LaunchTemplate',
      Properties: {
        LaunchTemplateData: {
          MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1 },
          BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/abc' } }],
        },
      },
    },
    Lb: {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: {
        Scheme: 'internal',
        LoadBalancerAttributes: [{ Key: 'access_logs.s3.enabled', Value: 'true' }, { Key: 'deletion_protection.enabled', Value: 'true' }],
      },
    },
    Policy: { Type: 'AWS::IAM::RolePolicy', Properties: { PolicyDocument: CLEAN_POLICY } },
  },
};

describe('security rules: CloudFormation', () => {
  test('the clean template has only the default-security-group finding CloudFormation cannot avoid', () => {
    assert.deepEqual(rulesOf(cloudFormationFindings(CLEAN_CFN)), ['vpc-default-sg-closed']);
  });

  const FAULTS = [
    ['ec2-imdsv2-required', (t) => { t.Resources.Lt.Properties.LaunchTemplateData.MetadataOptions.HttpTokens = 'optional'; }],
    ['ec2-imds-hop-limit', (t) => { t.Resources.Lt.Properties.LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit = 2; }],
    ['ebs-encrypted', (t) => { t.Resources.Lt.Properties.LaunchTemplateData.BlockDeviceMappings[0].Ebs.Encrypted = false; }],
    ['ebs-customer-key', (t) => { delete t.Resources.Lt.Properties.LaunchTemplateData.BlockDeviceMappings[0].Ebs.KmsKeyId; }],
    ['sg-no-public-ingress', (t) => { t.Resources.Ssh.Properties.CidrIp = '0.0.0.0/0'; }],
    ['sg-no-public-egress', (t) => { delete t.Resources.Sg.Properties.SecurityGroupEgress; }],
    ['sg-description', (t) => { delete t.Resources.Ssh.Properties.Description; }],
    ['lb-not-public', (t) => { t.Resources.Lb.Properties.Scheme = 'internet-facing'; }],
    ['lb-access-logs', (t) => { t.Resources.Lb.Properties.LoadBalancerAttributes[0].Value = 'false'; }],
    ['lb-deletion-protection', (t) => { t.Resources.Lb.Properties.LoadBalancerAttributes.pop(); }],
    ['vpc-flow-logs', (t) => { delete t.Resources.FlowLog; }],
    ['iam-no-wildcard-actions', (t) => { t.Resources.Policy.Properties.PolicyDocument = { Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:x' }] }; }],
    ['iam-no-unscoped-writes', (t) => { t.Resources.Policy.Properties.PolicyDocument = { Statement: [{ Effect: 'Allow', Action: 'ec2:TerminateInstances', Resource: '*' }] }; }],
  ];
  for (const [rule, plant] of FAULTS) {
    test(`planted: ${rule}`, () => {
      const t = structuredClone(CLEAN_CFN);
      plant(t);
      assert.deepEqual(rulesOf(cloudFormationFindings(t)), [rule, 'vpc-default-sg-closed'].sort());
    });
  }
});

describe('exceptions', () => {
  test('the project\'s exceptions file loads, and every rule it names exists', () => {
    const ex = loadExceptions(DEFAULT_EXCEPTIONS);
    assert.ok(ex.length > 0);
    for (const e of ex) assert.ok(RULES[e.rule], e.rule);
  });

  function writeExceptions(entries) {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kgen-sec-')), 'ex.json');
    fs.writeFileSync(file, JSON.stringify(entries));
    return file;
  }

  test('an unknown rule or a missing reason is refused', () => {
    assert.throws(() => loadExceptions(writeExceptions([{ rule: 'no-such-rule', address: '.*', reason: 'a reason long enough to count' }])), /unknown rule "no-such-rule"/);
    assert.throws(() => loadExceptions(writeExceptions([{ rule: 'lb-not-public', address: '.*', reason: 'because' }])), /reason/);
  });

  function moduleDir(hcl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kgen-sec-case-'));
    fs.writeFileSync(path.join(dir, 'kubernetes.tf'), hcl);
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(path.join(dir, 'data', 'policy'), JSON.stringify(CLEAN_POLICY));
    return dir;
  }

  test('an exception accepts only its rule, address and case; an unused one is reported', async () => {
    const dir = moduleDir(CLEAN_TF.replace('internal                   = true', 'internal                   = false'));
    const accept = loadExceptions(writeExceptions([{ rule: 'lb-not-public', address: 'aws_lb\\.api', case: 'kgen-sec-case-.*', reason: 'the spec asks for a public API endpoint' }]));
    assert.deepEqual(await checkSecurity([dir], accept, { reportUnused: true }), []);

    const otherCase = loadExceptions(writeExceptions([{ rule: 'lb-not-public', address: 'aws_lb\\.api', case: 'minimal', reason: 'the spec asks for a public API endpoint' }]));
    const problems = await checkSecurity([dir], otherCase, { reportUnused: true });
    assert.equal(problems.length, 2);
    assert.match(problems[0], /aws_lb\.api: lb-not-public: load balancer is internet-facing/);
    assert.match(problems[1], /exceptions: entry 0 \(lb-not-public aws_lb\\\.api in minimal\) accepts nothing/);
  });

  test('the CLI exits 1 on a finding and 0 on the clean module', () => {
    const empty = writeExceptions([]);
    const clean = run('check-security.mjs', ['--exceptions', empty, moduleDir(CLEAN_TF)]);
    assert.equal(clean.status, 0, clean.stderr);
    const bad = run('check-security.mjs', ['--exceptions', empty, moduleDir(CLEAN_TF.replace('"required"', '"optional"'))]);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /ec2-imdsv2-required/);
  });
});
