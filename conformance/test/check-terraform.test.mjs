import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { loadSchema } from '../schema.mjs';
import { checkDirectory, formatProblem } from '../lib/tf-check.mjs';
import { fixture, fixtureNames, kopsSnapshotDirs, matchProblems, run } from './helpers.mjs';

let schema;
before(() => {
  schema = loadSchema();
});

async function problemsOf(dir) {
  const { problems, stats } = await checkDirectory(dir, schema);
  return { lines: problems.map(formatProblem), stats };
}

// Every planted mistake and the problem line(s) it must produce -- and nothing else.
const EXPECTED = {
  'attribute-as-block': [/main\.tf:3: aws_vpc\.main tags: "tags" is an attribute/],
  'block-as-attribute': [/main\.tf:3: aws_launch_template\.nodes metadata_options: "metadata_options" is a block/],
  'computed-attribute-set': [/main\.tf:2: aws_vpc\.main arn: "arn" is computed by the provider/],
  'count-index-without-count': [/main\.tf:2: aws_subnet\.a cidr_block: reference count\.index: .*without "count"/],
  'duplicate-attribute': [/main\.tf:3: aws_vpc\.main cidr_block: attribute "cidr_block" given twice \(first at line 2\)/],
  'duplicate-map-key': [/main\.tf:5: aws_vpc\.main: duplicate key "Name" in object \(first at line 4\)/],
  'duplicate-resource': [/main\.tf:5: aws_vpc\.main: duplicate resource address/],
  'missing-file': [/main\.tf:2: aws_iam_role\.nodes assume_role_policy: file "data\/aws_iam_role_nodes_policy" does not exist/],
  'missing-instance-key': [/main\.tf:8: output\.subnet value: reference aws_subnet\.a\.id: missing instance key/],
  'missing-required-attribute': [/main\.tf:1: aws_autoscaling_group\.nodes: missing required attribute "min_size"/],
  'missing-required-block': [/main\.tf:1: aws_lb_listener\.api: missing required block "default_action"/],
  'missing-required-nested-attribute': [/main\.tf:4: aws_autoscaling_group\.nodes tag\[0\]: missing required attribute "propagate_at_launch"/],
  'missing-required-providers': [/main\.tf:5: terraform required_providers: .*does not name source "hashicorp\/aws"/],
  'orphan-data-file': [/data\/aws_iam_role_masters_policy:0: orphan data file/],
  'single-block-twice': [/main\.tf:7: aws_autoscaling_group\.nodes launch_template: block "launch_template" may appear at most once, found 2/],
  'syntax-error': [/main\.tf:2: aws_vpc\.main: HCL syntax error: Invalid expression/],
  'undeclared-data-reference': [/main\.tf:2: aws_launch_template\.nodes image_id: reference data\.aws_ami\.missing\.id: data source data\.aws_ami\.missing is not declared/],
  'undeclared-local': [/main\.tf:7: aws_vpc\.main tags\.Name: reference local\.nmae: local value "nmae" is not declared/],
  'undeclared-provider-alias': [/main\.tf:5: aws_s3_object\.spec provider: provider "aws\.files" is not declared/],
  'undeclared-resource-reference': [/main\.tf:3: aws_subnet\.a vpc_id: reference aws_vpc\.missing\.id: resource aws_vpc\.missing is not declared/],
  'undeclared-variable': [/main\.tf:2: aws_vpc\.main cidr_block: reference var\.cidr: variable "cidr" is not declared/],
  'unknown-attribute': [/main\.tf:2: aws_vpc\.main cidr_blok: unknown attribute "cidr_blok"; did you mean "cidr_block"\?/],
  'unknown-block': [/main\.tf:3: aws_launch_template\.nodes metadata_option: unknown block "metadata_option"; did you mean "metadata_options"\?/],
  'unknown-data-source': [/main\.tf:1: data\.aws_amii\.ubuntu: unknown data source type "aws_amii"/],
  'unknown-dynamic-block': [/main\.tf:4: aws_autoscaling_group\.nodes dynamic\.tags: dynamic block for unknown block type "tags"/],
  'unknown-ignore-changes': [/main\.tf:4: aws_vpc\.main lifecycle\.ignore_changes: ignore_changes names unknown attribute "tagz"/],
  'unknown-nested-attribute': [/main\.tf:4: aws_launch_template\.nodes metadata_options\.http_put_response_hop_limt: unknown attribute/],
  'unknown-reference-attribute': [/main\.tf:7: aws_subnet\.a vpc_id: reference aws_vpc\.main\.idd: attribute "idd" does not exist/],
  'unknown-resource-type': [/main\.tf:1: aws_vpcc\.main: unknown resource type "aws_vpcc"/],
};

describe('check-terraform', () => {
  test('the clean fixture passes, and was really looked at', async () => {
    const { lines, stats } = await problemsOf(fixture('clean'));
    assert.deepEqual(lines, []);
    assert.ok(stats.resources >= 10, `resources checked: ${stats.resources}`);
    assert.ok(stats.dataSources >= 1, `data sources checked: ${stats.dataSources}`);
    assert.ok(stats.arguments >= 80, `arguments checked: ${stats.arguments}`);
    assert.ok(stats.references >= 30, `references checked: ${stats.references}`);
    assert.ok(stats.filePaths >= 4, `file paths checked: ${stats.filePaths}`);
  });

  test('every planted-mistake fixture has an expectation', () => {
    assert.deepEqual(fixtureNames('terraform'), Object.keys(EXPECTED).sort());
  });

  for (const [name, patterns] of Object.entries(EXPECTED)) {
    test(`flags ${name}`, async () => {
      const { lines } = await problemsOf(fixture('terraform', name));
      assert.deepEqual(matchProblems(lines, patterns), { unmatchedPatterns: [], unexpectedLines: [] }, lines.join('\n'));
    });
  }

  const kops = kopsSnapshotDirs();
  test('the output for the kops-format manifests passes', async () => {
    assert.ok(kops.length >= 5, `kops manifest snapshots found: ${kops.length}`);
    for (const dir of kops) {
      const { lines, stats } = await problemsOf(dir);
      assert.deepEqual(lines, [], dir);
      // A whole cluster, not a fragment: the smallest (one existing public subnet, no NAT, no bastion) has 46 resources.
      assert.ok(stats.resources > 40 && stats.references > 100, `${dir}: ${JSON.stringify(stats)}`);
    }
  });
});

describe('check-terraform CLI', () => {
  test('exit 0 and no output for a clean directory', () => {
    const r = run('check-terraform.mjs', [fixture('clean')]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(r.lines, []);
    assert.match(r.stderr, /checked 1 \.tf file\(s\), 11 resource\(s\)/);
  });

  test('exit 1 with one line per problem, over several directories', () => {
    const r = run('check-terraform.mjs', [fixture('terraform', 'unknown-attribute'), fixture('terraform', 'missing-required-attribute')]);
    assert.equal(r.status, 1);
    assert.equal(r.lines.length, 2, r.stdout);
    assert.match(r.lines[0], /cidr_blok/);
    assert.match(r.lines[1], /min_size/);
  });

  test('exit 2 on usage errors', () => {
    assert.equal(run('check-terraform.mjs', []).status, 2);
    assert.equal(run('check-terraform.mjs', [fixture('does-not-exist')]).status, 2);
    assert.equal(run('check-terraform.mjs', ['--help']).status, 2);
  });
});

test('fixtures are not accidentally empty', () => {
  for (const name of Object.keys(EXPECTED)) {
    assert.ok(fs.statSync(fixture('terraform', name, 'main.tf')).size > 0, name);
  }
});
