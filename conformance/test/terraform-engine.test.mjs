// terraform-engine.sh: the real terraform and AWS provider judge a clean folder as valid and catch
// a fault that only a (mocked) apply can see. Where terraform or the provider mirror is absent the
// script says "not run" and these tests say so in their own output rather than pass on nothing.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fixture, run } from './helpers.mjs';

const mirror = process.env.KGEN_TF_PROVIDER_MIRROR ?? '/opt/tf-plugins';
const hasEngine =
  spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0 &&
  fs.existsSync(`${mirror}/registry.terraform.io/hashicorp/aws`);

test('terraform-engine passes a clean folder (validate and mocked apply)', { timeout: 180_000 }, (t) => {
  const r = run('terraform-engine.sh', [fixture('engine', 'clean')]);
  if (!hasEngine) {
    assert.match(r.stderr, /not run/);
    t.diagnostic('terraform or its provider mirror is absent: the engine said "not run"');
    return;
  }
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /clean: valid; mocked apply passed/);
});

test('terraform-engine catches a value only an apply sees (a VPC id as a load balancer ARN)', { timeout: 180_000 }, (t) => {
  const r = run('terraform-engine.sh', [fixture('engine', 'apply-fault')]);
  if (!hasEngine) {
    assert.match(r.stderr, /not run/);
    t.diagnostic('terraform or its provider mirror is absent: the engine said "not run"');
    return;
  }
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /apply-fault: mocked apply \(terraform test\) FAILED/);
  assert.match(r.stdout, /load_balancer_arn.*invalid ARN/);
});
