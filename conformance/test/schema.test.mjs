import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSchema, CACHE_PATH } from '../schema.mjs';

let schema;
before(() => {
  schema = loadSchema();
});

const required = (block) => Object.entries(block.attrs).filter(([, a]) => a.required).map(([n]) => n).sort();

describe('schema derived from the @cdktf/provider-aws jsii', () => {
  test('covers the whole provider', () => {
    assert.equal(schema.provider.version, '6.25.0');
    assert.ok(Object.keys(schema.resources).length > 1500);
    assert.ok(Object.keys(schema.dataSources).length > 600);
    assert.deepEqual(schema.stats.computedGuessed, [], 'every computed attribute name was read, not guessed');
  });

  test('resources kops/kgen use, with arguments, blocks and computed attributes', () => {
    const vpc = schema.resources.aws_vpc;
    assert.ok(vpc.attrs.cidr_block && vpc.attrs.ipv6_cidr_block && vpc.attrs.tags);
    assert.ok(vpc.computed.includes('arn'));
    assert.ok(vpc.attrs.id, 'id is an (optional) argument of SDKv2 resources and so readable');

    const lt = schema.resources.aws_launch_template;
    assert.ok(lt.computed.includes('latest_version'));
    assert.equal(lt.blocks.metadata_options.single, true);
    assert.ok(lt.blocks.metadata_options.schema.attrs.http_put_response_hop_limit);
    assert.equal(lt.blocks.block_device_mappings.single, false);
    assert.equal(lt.blocks.block_device_mappings.schema.blocks.ebs.single, true);

    const asg = schema.resources.aws_autoscaling_group;
    assert.deepEqual(required(asg), ['max_size', 'min_size']);
    assert.equal(asg.blocks.launch_template.single, true);
    assert.equal(asg.blocks.tag.single, false);
    assert.deepEqual(required(asg.blocks.tag.schema), ['key', 'propagate_at_launch', 'value']);

    assert.ok(schema.resources.aws_lb.computed.includes('dns_name'));
    assert.ok(schema.resources.aws_lb.computed.includes('zone_id'));
    assert.equal(schema.resources.aws_lb_listener.blocks.default_action.required, true);
    assert.deepEqual(required(schema.resources.aws_s3_object), ['bucket', 'key']);
  });

  test('Terraform names come from the registry anchors, not from camelCase', () => {
    // cdktf renames these properties (fetchPasswordData, address1, selfAttribute ...)
    assert.ok(schema.resources.aws_instance.attrs.get_password_data);
    assert.ok(schema.dataSources.aws_instance.attrs.get_user_data);
    const sg = schema.resources.aws_security_group.attrs.ingress;
    assert.ok(sg.nested.attrs.self, 'aws_security_group ingress.self');
    assert.ok(sg.list);
  });

  test('data sources', () => {
    const ami = schema.dataSources.aws_ami;
    assert.equal(ami.blocks.filter.single, false);
    assert.deepEqual(required(ami.blocks.filter.schema), ['name', 'values']);
    assert.ok(ami.computed.includes('image_id'));
    assert.ok(schema.dataSources.aws_route53_zone.attrs.name);
    assert.ok(!schema.resources.aws_ami_ids, 'data-only types are not resources');
  });

  test('provider configuration', () => {
    assert.ok(schema.providerConfig.attrs.region);
    assert.ok(schema.providerConfig.blocks.default_tags);
  });

  test('the cache lives in .cache/ and is rebuilt when missing', () => {
    assert.ok(fs.existsSync(CACHE_PATH));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-schema-'));
    try {
      const cachePath = path.join(dir, 'aws-schema.json');
      const built = loadSchema({ cachePath });
      assert.ok(fs.existsSync(cachePath));
      const mtime = fs.statSync(cachePath).mtimeMs;
      const again = loadSchema({ cachePath });
      assert.equal(fs.statSync(cachePath).mtimeMs, mtime, 'a fresh cache is reused');
      assert.deepEqual(Object.keys(again.resources).length, Object.keys(built.resources).length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
