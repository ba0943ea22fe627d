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

// Config-store guards (terraform_data preconditions, see ConfigStoreBuilder).
function engine(t, name) {
  const r = run('terraform-engine.sh', [fixture('engine', name)]);
  if (!hasEngine) {
    assert.match(r.stderr, /not run/);
    t.diagnostic('terraform or its provider mirror is absent: the engine said "not run"');
    return null;
  }
  return r;
}

test('terraform-engine: a guard that always refuses stops the mocked apply with its message; the rest is judged', { timeout: 180_000 }, (t) => {
  const r = engine(t, 'guard-refuses');
  if (!r) return;
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /guard-refuses: the guard config-store-engine-k8s-local refuses the apply, as it must: configBase file:\/\/\.\/state\/engine\.k8s\.local is a folder/);
  assert.match(r.stderr, /guard-refuses: valid; mocked apply passed/);
});

test('terraform-engine catches a guard for an unreachable store that lets the apply through', { timeout: 180_000 }, (t) => {
  const r = engine(t, 'guard-lets-through');
  if (!r) return;
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /guard-lets-through: the guard config-store-engine-k8s-local did NOT refuse/);
});

test('terraform-engine: an S3 guard passes when the listing holds the CA and stops a plan when it does not', { timeout: 180_000 }, (t) => {
  const r = engine(t, 'guard-s3');
  if (!r) return;
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /guard-s3: valid; mocked apply passed; the guard config-store-engine-k8s-local stops a plan whose listing lacks engine\.k8s\.local\/pki\/ca\.crt/);
});

test('terraform-engine catches an S3 guard that does not check the key (a missing CA would not stop the apply)', { timeout: 180_000 }, (t) => {
  const r = engine(t, 'guard-s3-unchecked');
  if (!r) return;
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /guard-s3-unchecked: mocked apply \(terraform test\) FAILED/);
  assert.match(r.stdout, /Missing expected failure/);
});
