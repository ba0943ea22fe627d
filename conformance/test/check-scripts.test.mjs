import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fixture, run } from './helpers.mjs';

const which = (cmd) => {
  try {
    return execFileSync('bash', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const haveCloudInit = which('cloud-init') !== null;
const noShellcheck = which('shellcheck') === null && 'shellcheck not installed (apt-get install shellcheck)';

/** A PATH holding only the tools check-scripts.sh needs, minus `omit`. */
const tmpDirs = [];
function restrictedPath(omit) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-path-'));
  tmpDirs.push(dir);
  for (const tool of ['bash', 'head', 'find', 'sort', 'tr', 'sed', 'xargs', 'nproc', 'shellcheck', 'cloud-init']) {
    const target = which(tool);
    if (target && !omit.includes(tool)) fs.symlinkSync(target, path.join(dir, tool));
  }
  return dir;
}
after(() => tmpDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('check-scripts', () => {
  test('the clean fixture passes and its shell script was checked', { skip: noShellcheck }, () => {
    const r = run('check-scripts.sh', [fixture('clean')]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(r.lines, []);
    assert.match(r.stderr, /checked 1 shell script\(s\)/);
  });

  test('shellcheck findings fail the check, one line each', { skip: noShellcheck }, () => {
    const r = run('check-scripts.sh', [fixture('scripts', 'bad-shell')]);
    assert.equal(r.status, 1);
    assert.equal(r.lines.length, 2, r.stdout);
    for (const l of r.lines) assert.match(l, /aws_launch_template_nodes_user_data:\d+:\d+: .*\[SC2086\]$/);
  });

  test('an invalid #cloud-config fails when cloud-init is installed', { skip: noShellcheck || (!haveCloudInit && 'cloud-init not installed') }, () => {
    const r = run('check-scripts.sh', [fixture('scripts', 'bad-cloud-config')]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /cloud-init schema: .*runcmd/);
  });

  test('without cloud-init, #cloud-config files are skipped with a clear message', { skip: noShellcheck }, () => {
    const r = run('check-scripts.sh', [fixture('scripts', 'bad-cloud-config')], {
      env: { PATH: restrictedPath(['cloud-init']) },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /cloud-init is not installed; skipped 1 #cloud-config file/);
  });

  test('missing shellcheck is an error', () => {
    const r = run('check-scripts.sh', [fixture('clean')], { env: { PATH: restrictedPath(['shellcheck']) } });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /shellcheck is not installed/);
  });

  test('other formats are reported as not checkable, not as failures', { skip: noShellcheck }, () => {
    const r = run('check-scripts.sh', [fixture('scripts', 'other-formats')]);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /2 not checkable/);
  });

  test('usage errors exit 2', () => {
    assert.equal(run('check-scripts.sh', []).status, 2);
    assert.equal(run('check-scripts.sh', [fixture('nope')]).status, 2);
  });
});
