#!/usr/bin/env node
// Usage: node check-cloudformation.mjs <dir> [<dir>...]
// Checks the cloudformation.json in each directory twice:
//   1. against CloudFormation's resource schemas (@aws-cdk/aws-service-spec, see cfn-schema.mjs):
//      types, properties at every level, required properties, value kinds, Ref / Fn::GetAtt /
//      Fn::Sub / DependsOn targets and attributes, sections and quotas (lib/cfn-check.mjs);
//   2. with cfn-lint (template structure, intrinsic functions, parameters, outputs), whose
//      bundled 2019 resource specification is replaced by the same current schemas.
// Prints `file: path: message` per problem.
// Exit status: 0 clean, 1 problems found, 2 usage error.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadCfnSchema } from './cfn-schema.mjs';
import { checkTemplate, toResourceSpecification } from './lib/cfn-check.mjs';
import { usageError } from './lib/cli.mjs';

export const TEMPLATE_NAME = 'cloudformation.json';

const require = createRequire(import.meta.url);
let lint;

/** cfn-lint, with its resource specification replaced by the current schemas (once per process). */
function cfnLint(schema) {
  if (!lint) {
    const awsData = require('cfn-lint/lib/awsData');
    const spec = toResourceSpecification(schema);
    awsData.awsResources.ResourceTypes = spec.ResourceTypes;
    awsData.awsResources.PropertyTypes = spec.PropertyTypes;
    lint = require('cfn-lint');
  }
  return lint;
}

/** Problems (`file: path: message`) of one template file. */
export function checkTemplateFile(file, schema = loadCfnSchema()) {
  const text = fs.readFileSync(file, 'utf8');
  let template;
  try {
    template = JSON.parse(text);
  } catch (e) {
    return { lines: [`${file}: not valid JSON: ${e.message}`], stats: null };
  }
  const { problems, stats } = checkTemplate(template, schema, Buffer.byteLength(text));
  const lines = problems.map((p) => `${file}: ${p.path || '(template)'}: ${p.message}`);

  const result = cfnLint(schema).validateJsonObject(template);
  for (const level of ['crit', 'warn']) {
    for (const e of result.errors[level]) {
      lines.push(`${file}: ${e.resource.replaceAll(' > ', '.')}: cfn-lint ${level}: ${e.message}`);
    }
  }
  return { lines, stats };
}

export function checkCloudFormationDirs(dirs, schema = loadCfnSchema(), log = () => {}) {
  const out = [];
  for (const dir of dirs) {
    const file = path.join(dir, TEMPLATE_NAME);
    const { lines, stats } = checkTemplateFile(file, schema);
    out.push(...lines);
    const counts = stats
      ? `${stats.resources} resource(s), ${stats.properties} propert(ies), ${stats.references} reference(s), ${stats.parameters} parameter(s), ${stats.outputs} output(s)`
      : 'nothing (unparseable)';
    log(`check-cloudformation: ${dir}: checked ${counts}; ${lines.length} problem(s)`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0 || dirs.some((d) => d.startsWith('-'))) {
    usageError('usage: check-cloudformation.mjs <dir> [<dir>...]');
  }
  for (const d of dirs) {
    if (!fs.existsSync(path.join(d, TEMPLATE_NAME))) usageError(`check-cloudformation: ${d} has no ${TEMPLATE_NAME}`);
  }
  const lines = checkCloudFormationDirs(dirs, loadCfnSchema(), (l) => console.error(l));
  for (const l of lines) console.log(l);
  process.exit(lines.length > 0 ? 1 : 0);
}
