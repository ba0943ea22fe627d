#!/usr/bin/env node
// Usage: node check-format.mjs <dir> [<dir>...]
// Checks the layout rules of `terraform fmt` that can be stated on raw text, for
// every *.tf file directly inside each directory. Prints `file:line: rule (detail)`
// per problem. Exit status: 0 clean, 1 problems found, 2 usage error.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFormat, RULES } from './lib/format-rules.mjs';
import { listTfFiles, usageError } from './lib/cli.mjs';

/**
 * @param {(line: string) => void} [log]  receives one summary line per directory
 * @returns {string[]} one line per problem
 */
export function checkFormatDirs(dirs, log = () => {}) {
  const out = [];
  for (const dir of dirs) {
    const files = listTfFiles(dir);
    let lines = 0;
    let found = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      lines += text.split('\n').length - 1;
      for (const p of checkFormat(text)) {
        out.push(`${file}:${p.line}: ${p.rule}: ${RULES[p.rule]}${p.detail ? ` (${p.detail})` : ''}`);
        found++;
      }
    }
    log(`check-format: ${dir}: checked ${files.length} .tf file(s), ${lines} line(s); ${found} problem(s)`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0 || dirs.some((d) => d.startsWith('-'))) {
    usageError('usage: check-format.mjs <dir> [<dir>...]');
  }
  let lines;
  try {
    lines = checkFormatDirs(dirs, (l) => console.error(l));
  } catch (err) {
    usageError(`check-format: ${err.message}`);
  }
  for (const l of lines) console.log(l);
  process.exitCode = lines.length ? 1 : 0;
}
