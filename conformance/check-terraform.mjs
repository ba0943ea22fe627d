#!/usr/bin/env node
// Usage: node check-terraform.mjs <dir> [<dir>...]
// Checks each directory (a Terraform root module) against the AWS provider
// schema: resource/data source types, attributes and blocks at every level,
// required arguments, duplicates, block counts, references, file() paths,
// orphan files under data/, and terraform { required_providers }.
// Prints `file:line: address path: message` per problem.
// Exit status: 0 clean, 1 problems found, 2 usage error.

import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSchema } from './schema.mjs';
import { checkDirectory, formatProblem } from './lib/tf-check.mjs';
import { usageError } from './lib/cli.mjs';

/**
 * @param {(line: string) => void} [log]  receives one summary line per directory
 * @returns {Promise<string[]>} one line per problem
 */
export async function checkTerraformDirs(dirs, schema = loadSchema(), log = () => {}) {
  const out = [];
  for (const dir of dirs) {
    const { problems, stats } = await checkDirectory(dir, schema);
    for (const p of problems) out.push(formatProblem(p));
    const counts = [
      `${stats.files} .tf file(s)`, `${stats.resources} resource(s)`, `${stats.dataSources} data source(s)`,
      `${stats.arguments} argument(s)/block(s)`, `${stats.references} reference(s)`, `${stats.filePaths} file path(s)`,
    ].join(', ');
    log(`check-terraform: ${dir}: checked ${counts}; ${problems.length} problem(s)`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0 || dirs.some((d) => d.startsWith('-'))) {
    usageError('usage: check-terraform.mjs <dir> [<dir>...]');
  }
  for (const d of dirs) {
    if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) usageError(`check-terraform: not a directory: ${d}`);
  }
  let schema;
  try {
    schema = loadSchema();
  } catch (err) {
    usageError(`check-terraform: ${err.message}`);
  }
  const lines = await checkTerraformDirs(dirs, schema, (l) => console.error(l));
  for (const l of lines) console.log(l);
  process.exitCode = lines.length ? 1 : 0;
}
