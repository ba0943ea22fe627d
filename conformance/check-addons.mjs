#!/usr/bin/env node
// Usage: node check-addons.mjs [--kubernetes-version 1.N] <dir>...
// The add-on check of the conformance gate, over the files kgen owns of each add-on in an output folder
// (<dir>/configBase/addons/<name>/<digest>/, or else the aws_s3_objects of <dir>/kubernetes.tf that upload them
// from data/; the index from the /kgen/CLUSTER/addons SSM parameter of kubernetes.tf and cloudformation.json),
// with lib/addon-check.mjs:
//   - kustomization.yaml: Kustomize v5's Kustomization fields (unknown, deprecated and Helm fields are problems);
//     every resources/components/… entry a file of the folder or a FILE of sources; every patch names its target's
//     kind and name, JSON6902 operations' paths and values fit the target kind's schema, strategic-merge patches'
//     fields exist in it; images entries pin newTag (not a moving tag such as latest) or digest;
//   - sources: "SHA256 FILE URL" lines, a 64-hex SHA-256, a plain file name, an https URL that names a release tag
//     or a commit (not a branch such as master, main or release-1.29), every FILE used by the kustomization;
//   - every other *.yaml: Kubernetes objects, validated with kubernetes-models (Kubernetes' OpenAPI schema:
//     types, enums, required and unknown fields) and served by default in the cluster's minor (from the node
//     scripts' KUBERNETES_VERSION, or --kubernetes-version);
//   - every image reference pinned (a tag other than latest & co, or a sha256 digest);
//   - each folder's name is the digest of its files (what the node's runner compares); each index lists every
//     add-on once with its folder's digest and files.
// Prints `file:line: where: message` per problem.
// Exit status: 0 clean, 1 problems found, 2 usage error.

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkOutputDir, clusterMinors, formatProblem } from './lib/addon-check.mjs';
import { MODELS_VERSION, SCHEMA_KUBERNETES } from './lib/k8s-schema.mjs';
import { usageError } from './lib/cli.mjs';

export async function main(argv) {
  const dirs = [];
  let forced = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--kubernetes-version') {
      const m = /^v?1\.(\d+)(\.\d+)?$/.exec(argv[++i] ?? '');
      if (!m) usageError('check-addons: --kubernetes-version needs 1.N (e.g. 1.34)');
      forced = [Number(m[1])];
    } else if (argv[i].startsWith('-')) usageError(`check-addons: unknown option ${argv[i]}`);
    else dirs.push(argv[i]);
  }
  if (dirs.length === 0) usageError('usage: check-addons.mjs [--kubernetes-version 1.N] <dir>...');
  let problems = 0;
  for (const dir of dirs) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) usageError(`check-addons: not a directory: ${dir}`);
    const minors = forced ?? clusterMinors(dir);
    const notes = [];
    const r = await checkOutputDir(dir, { minors, note: (m) => notes.push(m) });
    for (const p of r.problems) console.log(formatProblem(dir, p));
    for (const n of notes) console.error(`check-addons: ${dir}: note: ${n}`);
    problems += r.problems.length;
    const version = minors.length ? `Kubernetes 1.${minors.join(', 1.')}` : `no Kubernetes version found (API availability per minor not checked)`;
    console.error(`check-addons: ${dir}: ${r.addons} add-on(s), ${r.objects} Kubernetes object(s) of kgen's; ${version}; ${r.problems.length} problem(s)`);
  }
  console.error(`check-addons: schemas of kubernetes-models ${MODELS_VERSION} (Kubernetes ${SCHEMA_KUBERNETES} and the API versions older releases removed)`);
  return problems > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
