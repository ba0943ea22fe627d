// Shared helpers for the checker tests.

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CONFORMANCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(CONFORMANCE_DIR, 'test', 'fixtures');

/** kgen's pinned output for the project's kops-format manifests (tests/kops/*.yaml → tests/snapshots/kops-*). */
export const KOPS_SNAPSHOTS = path.resolve(CONFORMANCE_DIR, '..', 'tests', 'snapshots');

export function kopsSnapshotDirs() {
  return fs
    .readdirSync(KOPS_SNAPSHOTS)
    .filter((d) => d.startsWith('kops-'))
    .map((d) => path.join(KOPS_SNAPSHOTS, d))
    .filter((d) => fs.existsSync(path.join(d, 'kubernetes.tf')))
    .sort();
}

export function fixture(...parts) {
  return path.join(FIXTURES, ...parts);
}

/** Subdirectories of a fixture group, by name. */
export function fixtureNames(group) {
  return fs
    .readdirSync(fixture(group), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Run a checker script; returns { status, stdout, stderr, lines } (lines: non-empty stdout lines). */
export function run(command, args, options = {}) {
  const isNode = command.endsWith('.mjs');
  const result = spawnSync(isNode ? process.execPath : 'bash', [path.join(CONFORMANCE_DIR, command), ...args], {
    cwd: CONFORMANCE_DIR,
    encoding: 'utf8',
    ...options,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: result.stdout.split('\n').filter(Boolean),
  };
}

/**
 * Assert-friendly comparison of problem lines against expected patterns:
 * every pattern must match some line, and every line must match some pattern.
 */
export function matchProblems(lines, patterns) {
  const unmatchedPatterns = patterns.filter((re) => !lines.some((l) => re.test(l)));
  const unexpectedLines = lines.filter((l) => !patterns.some((re) => re.test(l)));
  return { unmatchedPatterns: unmatchedPatterns.map(String), unexpectedLines };
}
