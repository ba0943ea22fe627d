import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCfnSchema } from '../cfn-schema.mjs';
import { checkTemplate, toResourceSpecification } from '../lib/cfn-check.mjs';
import { fixture, run } from './helpers.mjs';

const CLEAN = fixture('cloudformation', 'clean');
const cleanTemplate = () => JSON.parse(fs.readFileSync(path.join(CLEAN, 'cloudformation.json'), 'utf8'));

let schema;
before(() => {
  schema = loadCfnSchema();
});

/** Writes a mutated copy of the clean template and runs the CLI over it. */
function runMutated(mutate, { raw } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kgen-cfn-'));
  try {
    const t = cleanTemplate();
    mutate?.(t);
    fs.writeFileSync(path.join(dir, 'cloudformation.json'), raw ?? JSON.stringify(t, null, 2));
    return run('check-cloudformation.mjs', [dir]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('schema', () => {
  test('derived from @aws-cdk/aws-service-spec with every resource type kgen uses', () => {
    for (const type of [
      'AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::NatGateway', 'AWS::EC2::EIP', 'AWS::EC2::SecurityGroupIngress',
      'AWS::EC2::LaunchTemplate', 'AWS::EC2::Volume', 'AWS::EC2::KeyPair', 'AWS::IAM::Role', 'AWS::IAM::InstanceProfile',
      'AWS::AutoScaling::AutoScalingGroup', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer',
      'AWS::Route53::RecordSet', 'AWS::Route53::HostedZone',
    ]) {
      assert.ok(schema.resources[type], type);
    }
    assert.ok(Object.keys(schema.resources).length > 1000);
    assert.ok(schema.resources['AWS::IAM::Role'].props.AssumeRolePolicyDocument.req);
    assert.ok(schema.resources['AWS::EC2::SecurityGroup'].attrs.includes('GroupId'));
  });

  test('cfn-lint gets the current schemas in its own format', () => {
    const spec = toResourceSpecification(schema);
    const lt = spec.ResourceTypes['AWS::EC2::LaunchTemplate'];
    assert.equal(lt.Properties.LaunchTemplateData.Type, 'LaunchTemplateData');
    assert.ok(spec.PropertyTypes['AWS::EC2::LaunchTemplate.LaunchTemplateData'].Properties.MetadataOptions);
    assert.equal(spec.ResourceTypes['AWS::EC2::VPC'].Properties.Tags.ItemType, 'Tag');
  });
});

describe('check-cloudformation', () => {
  test('the clean fixture passes both checkers and counts what it checked', () => {
    const r = run('check-cloudformation.mjs', [CLEAN]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /checked 16 resource\(s\), 9\d propert\(ies\), 28 reference\(s\), 1 parameter\(s\), 3 output\(s\); 0 problem\(s\)/);
  });

  // Every planted mistake and the line(s) it must produce.
  const CASES = {
    'unknown resource type': [(t) => { t.Resources.Vpc.Type = 'AWS::EC2::Vpcc'; }, [/Resources\.Vpc\.Type: unknown resource type "AWS::EC2::Vpcc"/]],
    'unknown property': [(t) => { t.Resources.Vpc.Properties.CidrBlok = '10.0.0.0/16'; }, [/Resources\.Vpc\.Properties\.CidrBlok: AWS::EC2::VPC has no property "CidrBlok"/]],
    'unknown nested property': [
      (t) => { t.Resources.NodesLaunchTemplate.Properties.LaunchTemplateData.MetadataOptions.HttpToken = 'required'; },
      [/MetadataOptions\.HttpToken: AWS::EC2::LaunchTemplate\.MetadataOptions has no property "HttpToken"/],
    ],
    'missing required property': [(t) => { delete t.Resources.NodesRole.Properties.AssumeRolePolicyDocument; }, [/Resources\.NodesRole\.Properties\.AssumeRolePolicyDocument: AWS::IAM::Role requires property "AssumeRolePolicyDocument"/]],
    'missing required nested property': [
      (t) => { delete t.Resources.ApiListener.Properties.DefaultActions[0].Type; },
      [/DefaultActions\[0\]\.Type: AWS::ElasticLoadBalancingV2::Listener\.Action requires property "Type"/],
    ],
    'wrong kind of value': [(t) => { t.Resources.NodesGroup.Properties.VPCZoneIdentifier = 'subnet-1'; }, [/VPCZoneIdentifier: expected a list, found string "subnet-1"/]],
    'wrong number': [(t) => { t.Resources.ApiTargetGroup.Properties.Port = 'https'; }, [/ApiTargetGroup\.Properties\.Port: expected an integer, found string "https"/]],
    'Ref to nothing': [(t) => { t.Resources.SubnetA.Properties.VpcId = { Ref: 'Vpcc' }; }, [/SubnetA\.Properties\.VpcId: Ref "Vpcc": no such parameter, resource or pseudo parameter/]],
    'GetAtt of a missing resource': [(t) => { t.Outputs.NodesRoleArn.Value = { 'Fn::GetAtt': ['NodeRole', 'Arn'] }; }, [/Outputs\.NodesRoleArn\.Value: Fn::GetAtt NodeRole\.Arn: no such resource/]],
    'GetAtt of a missing attribute': [(t) => { t.Outputs.VpcId.Value = { 'Fn::GetAtt': ['Vpc', 'Id'] }; }, [/Outputs\.VpcId\.Value: Fn::GetAtt Vpc\.Id: AWS::EC2::VPC has no attribute "Id"/]],
    'Fn::Sub of an unknown name': [
      (t) => { t.Resources.NodesLaunchTemplate.Properties.LaunchTemplateName = { 'Fn::Sub': 'lt-${StackNam}' }; },
      [/LaunchTemplateName: Fn::Sub \$\{StackNam\}: no such parameter, resource or pseudo parameter/],
    ],
    'DependsOn nothing': [(t) => { t.Resources.ApiLoadBalancer.DependsOn = 'Gateway'; }, [/ApiLoadBalancer\.DependsOn: DependsOn "Gateway": no such resource/]],
    'logical ID with a dash': [(t) => { t.Resources['Etcd-Main'] = t.Resources.EtcdMainVolume; delete t.Resources.EtcdMainVolume; }, [/Resources\.Etcd-Main: logical IDs are 1-255 letters and digits/]],
    'output name with an underscore': [(t) => { t.Outputs.vpc_id = t.Outputs.VpcId; }, [/Outputs\.vpc_id: logical IDs are 1-255 letters and digits/]],
    'bad parameter type': [(t) => { t.Parameters.ImageId.Type = 'AWS::EC2::Image'; }, [/Parameters\.ImageId\.Type: "AWS::EC2::Image" is not a CloudFormation parameter type/]],
    'output without a value': [(t) => { t.Outputs.VpcId = { Description: 'x' }; }, [/Outputs\.VpcId: an output needs a Value/]],
    'unknown section': [(t) => { t.Output = {}; }, [/\(template\)|Output: unknown top-level section "Output"/]],
    'over the resource quota': [
      (t) => { for (let i = 0; i < 500; i++) t.Resources[`Extra${i}`] = { Type: 'AWS::EC2::EIP', Properties: {} }; },
      [/Resources: 516 entries; the quota is 500/],
    ],
  };

  for (const [name, [mutate, expected]] of Object.entries(CASES)) {
    test(`catches: ${name}`, () => {
      const r = runMutated(mutate);
      assert.equal(r.status, 1, `expected a problem\n${r.stdout}${r.stderr}`);
      for (const re of expected) assert.ok(r.lines.some((l) => re.test(l)), `no line matches ${re}\n${r.stdout}`);
    });
  }

  test('catches: invalid JSON', () => {
    const r = runMutated(null, { raw: '{ "Resources": ' });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /cloudformation\.json: not valid JSON/);
  });

  test('cfn-lint runs: it reports a malformed intrinsic function the schema check leaves alone', () => {
    const r = runMutated((t) => { t.Resources.NodesLaunchTemplate.Properties.LaunchTemplateData.UserData = { 'Fn::Base64': { 'Fn::Join': 'x' } }; });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.ok(r.lines.some((l) => /UserData.*cfn-lint crit: .*Fn::Join/.test(l)), r.stdout);
  });

  test('cfn-lint judges today\'s types, not its bundled 2019 specification', () => {
    // MetadataOptions came to launch templates after cfn-lint's own copy of the specification.
    const t = cleanTemplate();
    assert.ok(t.Resources.NodesLaunchTemplate.Properties.LaunchTemplateData.MetadataOptions);
    const r = run('check-cloudformation.mjs', [CLEAN]);
    assert.doesNotMatch(r.stdout, /cfn-lint/);
  });

  test('usage errors: no directory, or a directory without cloudformation.json', () => {
    assert.equal(run('check-cloudformation.mjs', []).status, 2);
    assert.equal(run('check-cloudformation.mjs', [fixture('clean')]).status, 2);
  });

  test('the library function reports in-process too', () => {
    const { problems } = checkTemplate({ Resources: { A: { Type: 'AWS::SNS::Topik' } } }, schema);
    assert.deepEqual(problems.map((p) => p.message), ['unknown resource type "AWS::SNS::Topik"']);
  });
});
