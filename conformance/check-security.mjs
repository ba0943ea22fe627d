#!/usr/bin/env node
// Usage: node check-security.mjs [--exceptions FILE] [--report-unused] <dir> [<dir>...]
// The security scanner of the conformance gate: the AWS rules of tfsec/Trivy and Checkov that
// apply to what kgen generates (lib/security-rules.mjs), run on each directory's kubernetes.tf
// (with the policy files under data/) and cloudformation.json. A finding that an entry of the
// exceptions file (default: security-exceptions.json beside this script) accepts is not a
// problem; every exception carries its reason. With --report-unused, an exception that accepted
// nothing in any directory is a problem too (it is stale and must go).
// Prints `dir: file: address: rule: message` per problem.
// Exit status: 0 clean, 1 problems found, 2 usage error.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@cdktf/hcl2json';
import { listTfFiles, usageError } from './lib/cli.mjs';
import { RULES, cloudFormationFindings, terraformFindings, terraformResources } from './lib/security-rules.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_EXCEPTIONS = path.join(here, 'security-exceptions.json');

/** The exceptions file, checked: each entry names a known rule, an address pattern and a reason. */
export function loadExceptions(file) {
  const entries = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a JSON array of exceptions`);
  return entries.map((e, i) => {
    const where = `${file}: exception ${i}`;
    if (!RULES[e.rule]) throw new Error(`${where}: unknown rule "${e.rule}"`);
    if (typeof e.reason !== 'string' || e.reason.trim().length < 20) throw new Error(`${where}: a reason of at least a sentence is required`);
    if (typeof e.address !== 'string') throw new Error(`${where}: "address" (a regular expression over resource addresses) is required`);
    return {
      ...e,
      index: i,
      addressRe: new RegExp(`^(?:${e.address})$`),
      caseRe: e.case ? new RegExp(`^(?:${e.case})$`) : null,
      used: 0,
    };
  });
}

/** Findings of one directory: [{ file, rule, address, message }]. */
export async function scanDirectory(dir) {
  const findings = [];
  const tfFiles = listTfFiles(dir);
  if (tfFiles.length > 0) {
    const units = [];
    for (const f of tfFiles) units.push(await parse(path.basename(f), fs.readFileSync(f, 'utf8')));
    const readData = (rel) => {
      const p = path.join(dir, rel);
      return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
    };
    for (const f of terraformFindings(terraformResources(units), readData)) findings.push({ file: 'kubernetes.tf', ...f });
  }
  const cfn = path.join(dir, 'cloudformation.json');
  if (fs.existsSync(cfn)) {
    for (const f of cloudFormationFindings(JSON.parse(fs.readFileSync(cfn, 'utf8')))) findings.push({ file: 'cloudformation.json', ...f });
  }
  return findings;
}

/** Problems (findings no exception accepts) over every directory, plus stale exceptions when asked. */
export async function checkSecurity(dirs, exceptions, { reportUnused = false, log = () => {} } = {}) {
  const problems = [];
  for (const dir of dirs) {
    const name = path.basename(path.resolve(dir));
    const findings = await scanDirectory(dir);
    let accepted = 0;
    for (const f of findings) {
      const ex = exceptions.find((e) => e.rule === f.rule && e.addressRe.test(f.address) && (!e.caseRe || e.caseRe.test(name)));
      if (ex) {
        ex.used++;
        accepted++;
        continue;
      }
      problems.push(`${dir}: ${f.file}: ${f.address}: ${f.rule}: ${f.message}`);
    }
    log(`check-security: ${dir}: ${findings.length} finding(s), ${accepted} accepted by an exception, ${findings.length - accepted} problem(s)`);
  }
  if (reportUnused) {
    for (const e of exceptions.filter((x) => x.used === 0)) {
      problems.push(`exceptions: entry ${e.index} (${e.rule} ${e.address}${e.case ? ` in ${e.case}` : ''}) accepts nothing: remove it`);
    }
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let exceptionsFile = DEFAULT_EXCEPTIONS;
  let reportUnused = false;
  const dirs = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--exceptions') exceptionsFile = args[++i];
    else if (args[i] === '--report-unused') reportUnused = true;
    else if (args[i].startsWith('-')) usageError(`check-security: unknown option ${args[i]}`);
    else dirs.push(args[i]);
  }
  if (dirs.length === 0 || !exceptionsFile) usageError('usage: check-security.mjs [--exceptions FILE] [--report-unused] <dir> [<dir>...]');
  let exceptions;
  try {
    exceptions = loadExceptions(exceptionsFile);
  } catch (err) {
    usageError(`check-security: ${err.message}`);
  }
  const problems = await checkSecurity(dirs, exceptions, { reportUnused, log: (l) => console.error(l) });
  for (const p of problems) console.log(p);
  process.exitCode = problems.length ? 1 : 0;
}
