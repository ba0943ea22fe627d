// Semantic checks of a Terraform root module against the AWS provider schema.
//
// Each *.tf file is parsed with hcl2json (HashiCorp's HCL parser, as wasm) for
// syntax and values, and with our lexical outline (./outline.mjs) for line
// numbers, attribute-vs-block syntax and duplicate object keys.

import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { buildOutline, childBlocks } from './outline.mjs';
import { analyzeTemplate, collectStrings, hasTemplate } from './expressions.mjs';
import { META_ARGUMENTS } from '../schema.mjs';
import { listTfFiles, listFilesRecursive } from './cli.mjs';

/** @typedef {{ file: string, line: number, address: string, path: string, message: string }} Problem */

const FILE_FUNCTIONS = new Set([
  'file', 'filebase64', 'templatefile', 'filemd5', 'filesha1', 'filesha256', 'filesha512',
  'filebase64sha256', 'filebase64sha512',
]);
const KNOWN_TOP_LEVEL = new Set([
  'resource', 'data', 'locals', 'variable', 'output', 'provider', 'terraform', 'module',
  'moved', 'import', 'removed', 'check',
]);
const PATH_ATTRS = new Set(['module', 'root', 'cwd']);

/** Resources built into Terraform itself (no provider). */
const BUILTIN_RESOURCES = {
  terraform_data: {
    attrs: { input: { required: false }, triggers_replace: { required: false } },
    blocks: {},
    computed: ['id', 'output'],
  },
};

/** Schemas of Terraform's own block types, in the compact schema's shape. */
const open = { attrs: {}, blocks: {}, open: true };
const LANGUAGE_BLOCKS = {
  variable: block(['default', 'type', 'description', 'sensitive', 'nullable', 'ephemeral'], {
    validation: { single: false, schema: block([], {}, ['condition', 'error_message']) },
  }),
  output: block(['description', 'sensitive', 'depends_on', 'ephemeral'], {
    precondition: { single: false, schema: block([], {}, ['condition', 'error_message']) },
  }, ['value']),
  terraform: block(['required_version', 'experiments'], {
    required_providers: { single: true, schema: open },
    backend: { single: true, schema: open },
    cloud: { single: true, schema: open },
    provider_meta: { single: false, schema: open },
  }),
  module: { attrs: { source: { required: true } }, blocks: {}, open: true },
};
// `type = list(string)` is a type constraint, not an expression with references.
LANGUAGE_BLOCKS.variable.attrs.type.typeExpression = true;

function block(optional, blocks = {}, required = []) {
  const attrs = {};
  for (const a of optional) attrs[a] = { required: false };
  for (const a of required) attrs[a] = { required: true };
  return { attrs, blocks };
}

/**
 * Check one directory (a root module).
 * @param {string} dir
 * @param {object} schema   from schema.mjs loadSchema()
 * @returns {Promise<{ problems: Problem[], stats: object }>} problems sorted by file and line;
 *   stats counts what was looked at, so that "no problems" can be told from "nothing checked".
 */
export async function checkDirectory(dir, schema) {
  const problems = [];
  const stats = { files: 0, resources: 0, dataSources: 0, arguments: 0, references: 0, filePaths: 0 };
  const files = listTfFiles(dir);
  const units = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const outline = buildOutline(text);
    const unit = { file, outline, json: null };
    const report = (line, address, attrPath, message) =>
      problems.push({ file, line, address, path: attrPath, message });
    unit.report = report;
    for (const d of outline.duplicateKeys) {
      report(d.line, addressAtLine(outline, d.line), '', `duplicate key "${d.key}" in object (first at line ${d.firstLine}); Terraform silently keeps the last value`);
    }
    const duplicateLines = new Set();
    for (const top of outline.blocks) reportDuplicateAttrs(top, report, blockAddress(top), '', duplicateLines);
    try {
      unit.json = await parse(path.basename(file), text);
    } catch (err) {
      for (const d of parseDiagnostics(String(err.message ?? err), path.basename(file))) {
        // "Attribute redefined" was already reported from the outline, with its address
        if (/^Attribute redefined/.test(d.message) && duplicateLines.has(d.line)) continue;
        report(d.line, addressAtLine(outline, d.line), '', `HCL syntax error: ${d.message}`);
      }
      continue;
    }
    units.push(unit);
    stats.files++;
  }
  if (files.length === 0) {
    problems.push({ file: dir, line: 0, address: '', path: '', message: 'no *.tf files' });
    return { problems, stats };
  }
  if (units.length < files.length) {
    // Without every file's content, declarations (and so references, provider
    // requirements and data file usage) cannot be judged; syntax errors come first.
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return { problems, stats };
  }

  const decl = collectDeclarations(units);
  const ctxBase = { schema, decl, dir, referencedFiles: new Set(), stats };
  for (const unit of units) await checkUnit(unit, ctxBase);
  checkRequiredProviders(units, decl, files[0], problems);
  checkDataFiles(dir, ctxBase.referencedFiles, problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, stats };
}

/**
 * hcl2json error text -> [{ line, message }]. The text looks like
 * "parse config: [f.tf:4,3-13: Summary; Detail. f.tf:7,1-2: Summary; Detail.]".
 */
function parseDiagnostics(text, basename) {
  const body = text.replace(/^parse config: \[/, '').replace(/\]$/, '');
  const escaped = basename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?:^|\\s)${escaped}:(\\d+),\\d+(?:-\\d+(?:,\\d+)?)?: `, 'g');
  const marks = [...body.matchAll(re)];
  if (marks.length === 0) return [{ line: 1, message: text }];
  return marks.map((m, i) => ({
    line: Number(m[1]),
    message: body.slice(m.index + m[0].length, marks[i + 1]?.index ?? body.length).trim(),
  }));
}

function reportDuplicateAttrs(body, report, address, where, lines) {
  for (const d of body.duplicateAttrs) {
    report(d.line, address, where ? `${where}.${d.name}` : d.name, `attribute "${d.name}" given twice (first at line ${d.firstLine})`);
    lines.add(d.line);
  }
  for (const b of body.blocks) reportDuplicateAttrs(b, report, address, where ? `${where}.${b.type}` : b.type, lines);
}

/** Terraform address of a top-level outline block: aws_vpc.x, data.aws_ami.y, output.z, locals ... */
function blockAddress(top) {
  if (top.type === 'resource') return top.labels.join('.');
  return [top.type, ...top.labels].join('.');
}

function addressAtLine(outline, line) {
  const top = outline.blocks.find((b) => b.line <= line && line <= b.endLine);
  return top ? blockAddress(top) : '';
}

// ---------------------------------------------------------------------------
// declarations

function collectDeclarations(units) {
  const decl = {
    resources: new Map(), // "type.name" -> { type, count, forEach }
    data: new Map(),
    locals: new Set(),
    variables: new Set(),
    modules: new Set(),
    providerAliases: new Set(), // "aws.files"
  };
  for (const { json, report, outline } of units) {
    for (const [kind, map] of [['resource', decl.resources], ['data', decl.data]]) {
      for (const [type, byName] of Object.entries(json[kind] ?? {})) {
        for (const [name, bodies] of Object.entries(byName)) {
          const key = `${type}.${name}`;
          if (map.has(key) || bodies.length > 1) {
            const blocks = childBlocks(outline, kind).filter((b) => b.labels[0] === type && b.labels[1] === name);
            const line = blocks[blocks.length - 1]?.line ?? 0;
            report(line, `${kind === 'data' ? 'data.' : ''}${key}`, '', `duplicate ${kind} address`);
          }
          const body = bodies[0] ?? {};
          map.set(key, { type, count: 'count' in body, forEach: 'for_each' in body });
        }
      }
    }
    for (const l of json.locals ?? []) for (const name of Object.keys(l)) decl.locals.add(name);
    for (const name of Object.keys(json.variable ?? {})) decl.variables.add(name);
    for (const name of Object.keys(json.module ?? {})) decl.modules.add(name);
    for (const [name, bodies] of Object.entries(json.provider ?? {})) {
      for (const b of bodies) if (typeof b.alias === 'string') decl.providerAliases.add(`${name}.${b.alias}`);
    }
    for (const t of json.terraform ?? []) {
      for (const rp of t.required_providers ?? []) {
        for (const [name, spec] of Object.entries(rp)) {
          for (const a of spec?.configuration_aliases ?? []) {
            const m = /^\$\{(.+)\}$/.exec(a);
            if (m) decl.providerAliases.add(m[1]);
            else decl.providerAliases.add(`${name}.${a}`);
          }
        }
      }
    }
  }
  return decl;
}

// ---------------------------------------------------------------------------
// per-file checks

async function checkUnit(unit, ctxBase) {
  const { json, outline, report } = unit;
  const { schema } = ctxBase;
  for (const b of outline.blocks) {
    if (!KNOWN_TOP_LEVEL.has(b.type)) report(b.line, b.type, '', `unknown top-level block type "${b.type}"`);
  }
  for (const kind of ['resource', 'data']) {
    const types = kind === 'resource' ? { ...BUILTIN_RESOURCES, ...schema.resources } : schema.dataSources;
    for (const [type, byName] of Object.entries(json[kind] ?? {})) {
      for (const [name, bodies] of Object.entries(byName)) {
        const blocks = childBlocks(outline, kind).filter((b) => b.labels[0] === type && b.labels[1] === name);
        for (const [i, body] of bodies.entries()) {
          const node = blocks[i];
          const address = `${kind === 'data' ? 'data.' : ''}${type}.${name}`;
          const ctx = {
            ...ctxBase, report, address,
            hasCount: 'count' in body, hasForEach: 'for_each' in body, iterators: new Set(),
          };
          const typeSchema = types[type];
          ctx.stats[kind === 'data' ? 'dataSources' : 'resources']++;
          if (!typeSchema) {
            const what = kind === 'data' ? 'data source' : 'resource';
            report(node?.line ?? 0, address, '', `unknown ${what} type "${type}" (not in hashicorp/aws ${schema.provider.version})${suggest(type, Object.keys(types))}`);
            await checkExpressions(body, node, ctx, '');
            continue;
          }
          if (ctx.hasCount && ctx.hasForEach) report(node?.line ?? 0, address, 'count', '"count" and "for_each" are mutually exclusive');
          await checkBody(body, node, typeSchema, ctx, '', META_ARGUMENTS[kind]);
        }
      }
    }
  }
  for (const [name, bodies] of Object.entries(json.provider ?? {})) {
    const nodes = childBlocks(outline, 'provider', name);
    for (const [i, body] of bodies.entries()) {
      const ctx = { ...ctxBase, report, address: `provider.${name}`, iterators: new Set() };
      if (name === 'aws' && schema.providerConfig) {
        const providerSchema = { ...schema.providerConfig, attrs: { ...schema.providerConfig.attrs, alias: { required: false }, version: { required: false } } };
        await checkBody(body, nodes[i], providerSchema, ctx, '');
      } else {
        await checkExpressions(body, nodes[i], ctx, '');
      }
    }
  }
  for (const kind of ['variable', 'output', 'module']) {
    for (const [name, bodies] of Object.entries(json[kind] ?? {})) {
      const nodes = childBlocks(outline, kind, name);
      for (const [i, body] of bodies.entries()) {
        const ctx = { ...ctxBase, report, address: `${kind}.${name}`, iterators: new Set() };
        await checkBody(body, nodes[i], LANGUAGE_BLOCKS[kind], ctx, '');
      }
    }
  }
  const localNodes = childBlocks(outline, 'locals');
  for (const [i, body] of (json.locals ?? []).entries()) {
    const ctx = { ...ctxBase, report, address: 'locals', iterators: new Set() };
    await checkExpressions(body, localNodes[i], ctx, '');
  }
  const tfNodes = childBlocks(outline, 'terraform');
  for (const [i, body] of (json.terraform ?? []).entries()) {
    // The terraform block holds no expressions (configuration_aliases = [aws.files]
    // looks like a reference but is not one), so only its structure is checked.
    const ctx = { ...ctxBase, report, address: 'terraform', iterators: new Set(), noExpressions: true };
    await checkBody(body, tfNodes[i], LANGUAGE_BLOCKS.terraform, ctx, '');
  }
}

/**
 * Validate a block body against a block schema.
 * @param {object} body    hcl2json object for the block
 * @param {object} node    outline node of the same block (may be undefined)
 * @param {object} bschema { attrs, blocks, computed?, open? }
 * @param {object} meta    META_ARGUMENTS entry at resource/data level, else undefined
 */
async function checkBody(body, node, bschema, ctx, where, meta) {
  const { report } = ctx;
  const lineOf = (key) => node?.attrs.get(key)?.line ?? childBlocks(node, key)[0]?.line ?? node?.line ?? 0;
  const at = (key) => (where ? `${where}.${key}` : key);
  const present = new Set();

  for (const [key, value] of Object.entries(body)) {
    const line = lineOf(key);
    ctx.stats.arguments++;
    if (node && !node.attrs.has(key) && childBlocks(node, key).length === 0) {
      // The lexical outline and hcl2json disagree: a bug in this checker, not in the input.
      report(line, ctx.address, at(key), 'internal error: outline has no attribute or block of this name (checker bug)');
    }
    const writtenAsBlock = node ? !node.attrs.has(key) && childBlocks(node, key).length > 0 : isBlockValue(value);

    // --- meta-arguments
    if (meta && meta.attrs.includes(key)) {
      if (key === 'provider') checkProviderRef(value, line, ctx, at(key));
      else await checkExpressions({ [key]: value }, node, ctx, where);
      continue;
    }
    if (meta && meta.blocks[key]) {
      const m = meta.blocks[key];
      if (m.open) continue; // connection / provisioner: not checked
      const bodies = asBlockList(value);
      if (m.single && bodies.length > 1) report(childBlocks(node, key)[1]?.line ?? line, ctx.address, at(key), `block "${key}" may appear at most once`);
      const lifecycleSchema = block(m.attrs, Object.fromEntries(m.blocks.map((b) => [b, { single: false, schema: block([], {}, ['condition', 'error_message']) }])));
      for (const [i, b] of bodies.entries()) {
        await checkLifecycle(b, childBlocks(node, key)[i], lifecycleSchema, bschema, ctx, at(key));
      }
      continue;
    }
    if (key === 'dynamic' && bschema.blocks && !bschema.open) {
      for (const [label, bodies] of Object.entries(value ?? {})) {
        const nodes = childBlocks(node, 'dynamic', label);
        for (const [i, dyn] of asBlockList(bodies).entries()) {
          await checkDynamic(label, dyn, nodes[i], bschema, ctx, where);
          present.add(label);
        }
      }
      continue;
    }
    if (bschema.open) {
      await checkExpressions({ [key]: value }, node, ctx, where);
      continue;
    }

    // --- schema attributes and blocks
    const attr = bschema.attrs[key];
    const blk = bschema.blocks[key];
    present.add(key);
    if (attr) {
      if (writtenAsBlock && !attr.nested) {
        report(line, ctx.address, at(key), `"${key}" is an attribute; write "${key} = ..." instead of a block`);
      } else if (writtenAsBlock) {
        const nodes = childBlocks(node, key);
        for (const [i, b] of asBlockList(value).entries()) {
          await checkBody(b, nodes[i], attr.nested, ctx, attr.list ? `${at(key)}[${i}]` : at(key));
        }
      } else {
        if (attr.nested) checkObjectKeys(value, attr.nested, line, ctx, at(key));
        if (!attr.typeExpression) await checkExpressions({ [key]: value }, node, ctx, where);
      }
    } else if (blk) {
      if (!writtenAsBlock) {
        report(line, ctx.address, at(key), `"${key}" is a block; write "${key} { ... }" instead of an attribute`);
        continue;
      }
      const bodies = asBlockList(value);
      const nodes = childBlocks(node, key);
      if (blk.single && bodies.length > 1) {
        report(nodes[1]?.line ?? line, ctx.address, at(key), `block "${key}" may appear at most once, found ${bodies.length}`);
      }
      for (const [i, b] of bodies.entries()) {
        const p = blk.single ? at(key) : `${at(key)}[${i}]`;
        if (blk.any) await checkExpressions(b, nodes[i], ctx, p);
        else await checkBody(b, nodes[i], blk.schema, ctx, p);
      }
    } else if (bschema.computed?.includes(key)) {
      report(line, ctx.address, at(key), `"${key}" is computed by the provider (read-only); it cannot be set`);
    } else {
      const names = [...Object.keys(bschema.attrs), ...Object.keys(bschema.blocks)];
      const what = writtenAsBlock ? 'block' : 'attribute';
      report(line, ctx.address, at(key), `unknown ${what} "${key}"${suggest(key, names)}`);
      await checkExpressions({ [key]: value }, node, ctx, where);
    }
  }
  if (bschema.open) return;
  for (const [name, a] of Object.entries(bschema.attrs)) {
    if (a.required && !present.has(name)) {
      report(node?.line ?? 0, ctx.address, where, `missing required attribute "${name}"`);
    }
  }
  for (const [name, b] of Object.entries(bschema.blocks)) {
    if (b.required && !present.has(name)) {
      report(node?.line ?? 0, ctx.address, where, `missing required block "${name}"`);
    }
  }
}

async function checkLifecycle(body, node, lifecycleSchema, resourceSchema, ctx, where) {
  const ignore = body.ignore_changes;
  const rest = { ...body };
  delete rest.ignore_changes;
  if (ignore !== undefined) {
    const line = node?.attrs.get('ignore_changes')?.line ?? node?.line ?? 0;
    const items = Array.isArray(ignore) ? ignore : [ignore];
    for (const item of items) {
      const m = typeof item === 'string' ? /^\$\{([A-Za-z_][\w-]*)/.exec(item) : null;
      if (!m) continue;
      if (items.length === 1 && m[1] === 'all') continue;
      const name = m[1];
      if (!resourceSchema.attrs[name] && !resourceSchema.blocks[name]) {
        ctx.report(line, ctx.address, `${where}.ignore_changes`, `ignore_changes names unknown attribute "${name}"`);
      }
    }
  }
  await checkBody(rest, node, lifecycleSchema, ctx, where);
}

async function checkDynamic(label, dyn, node, bschema, ctx, where) {
  const p = where ? `${where}.dynamic.${label}` : `dynamic.${label}`;
  const target = bschema.blocks[label] ?? (bschema.attrs[label]?.nested ? { schema: bschema.attrs[label].nested } : null);
  const line = node?.line ?? 0;
  if (!target) {
    const names = Object.keys(bschema.blocks);
    ctx.report(line, ctx.address, p, `dynamic block for unknown block type "${label}"${suggest(label, names)}`);
    return;
  }
  if (!('for_each' in dyn)) ctx.report(line, ctx.address, p, 'missing required attribute "for_each"');
  const iterator = typeof dyn.iterator === 'string' ? dyn.iterator.replace(/^\$\{(.*)\}$/, '$1') : label;
  const header = { ...dyn };
  delete header.content;
  const allowed = new Set(['for_each', 'iterator', 'labels']);
  for (const k of Object.keys(header)) {
    if (!allowed.has(k)) ctx.report(node?.attrs.get(k)?.line ?? line, ctx.address, `${p}.${k}`, `unknown attribute "${k}" in dynamic block`);
  }
  await checkExpressions({ for_each: dyn.for_each }, node, ctx, p);
  const contents = asBlockList(dyn.content ?? []);
  if (contents.length !== 1) ctx.report(line, ctx.address, p, 'dynamic block needs exactly one "content" block');
  const inner = { ...ctx, iterators: new Set([...ctx.iterators, iterator]) };
  for (const [i, c] of contents.entries()) {
    await checkBody(c, childBlocks(node, 'content')[i], target.schema, inner, `${p}.content`);
  }
}

/** Unknown keys in a literal object (or list of objects) given for an object-typed attribute. */
function checkObjectKeys(value, nested, line, ctx, where) {
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    for (const k of Object.keys(item)) {
      if (hasTemplate(k) || nested.attrs[k] || nested.blocks[k]) continue;
      const names = [...Object.keys(nested.attrs), ...Object.keys(nested.blocks)];
      ctx.report(line, ctx.address, `${where}${Array.isArray(value) ? `[${i}]` : ''}.${k}`, `unknown attribute "${k}"${suggest(k, names)}`);
    }
  });
}

function checkProviderRef(value, line, ctx, where) {
  const m = typeof value === 'string' ? /^\$\{([\w-]+)(?:\.([\w-]+))?\}$/.exec(value) : null;
  if (!m) {
    ctx.report(line, ctx.address, where, `"provider" must be a provider reference like aws or aws.alias, got ${JSON.stringify(value)}`);
    return;
  }
  if (m[2] && !ctx.decl.providerAliases.has(`${m[1]}.${m[2]}`)) {
    ctx.report(line, ctx.address, where, `provider "${m[1]}.${m[2]}" is not declared (no provider "${m[1]}" block with alias = "${m[2]}" and no configuration_aliases entry)`);
  }
}

function isBlockValue(v) {
  return Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x));
}

function asBlockList(v) {
  if (Array.isArray(v)) return v;
  return v && typeof v === 'object' ? [v] : [];
}

// ---------------------------------------------------------------------------
// references and file paths

/** Check every template string inside `value` (an attribute map). */
async function checkExpressions(value, node, ctx, where) {
  if (ctx.noExpressions) return;
  for (const [key, v] of Object.entries(value ?? {})) {
    const line = node?.attrs.get(key)?.line ?? node?.line ?? 0;
    for (const { path: p, value: s } of collectStrings(v, where ? `${where}.${key}` : key)) {
      recordPathModuleFiles(s, line, ctx, p);
      if (!hasTemplate(s)) continue;
      const analysis = await analyzeTemplate(s);
      if (analysis.error) {
        ctx.report(line, ctx.address, p, `cannot parse expression: ${analysis.error}`);
        continue;
      }
      for (const ref of analysis.refs) checkReference(ref, line, ctx, p);
      for (const call of analysis.calls) checkFileCall(call, line, ctx, p);
    }
  }
}

function checkReference(ref, line, ctx, where) {
  const { decl, schema } = ctx;
  const seg = ref.segments;
  const root = seg[0].name;
  const name1 = seg[1]?.name;
  const bad = (msg) => ctx.report(line, ctx.address, where, `reference ${ref.text}: ${msg}`);
  ctx.stats.references++;
  if (ctx.iterators.has(root)) return;
  switch (root) {
    case 'var':
      if (!decl.variables.has(name1)) bad(`variable "${name1}" is not declared`);
      return;
    case 'local':
      if (!decl.locals.has(name1)) bad(`local value "${name1}" is not declared`);
      return;
    case 'module':
      if (!decl.modules.has(name1)) bad(`module "${name1}" is not declared`);
      return;
    case 'path':
      if (!PATH_ATTRS.has(name1)) bad('path supports only path.module, path.root and path.cwd');
      return;
    case 'terraform':
      if (name1 !== 'workspace') bad('only terraform.workspace exists');
      return;
    case 'count':
      if (name1 !== 'index') bad('only count.index exists');
      else if (!ctx.hasCount) bad('count.index used in a block without "count"');
      return;
    case 'each':
      if (name1 !== 'key' && name1 !== 'value') bad('only each.key and each.value exist');
      else if (!ctx.hasForEach) bad('each used in a block without "for_each"');
      return;
    case 'self':
      return;
    case 'data': {
      const type = name1;
      const name = seg[2]?.name;
      if (!type || !name) return bad('incomplete data source reference');
      const declared = decl.data.get(`${type}.${name}`);
      if (!declared) {
        return bad(schema.dataSources[type] ? `data source data.${type}.${name} is not declared` : `unknown data source type "${type}"`);
      }
      return checkInstanceAndAttribute(declared, schema.dataSources[type], seg.slice(3), bad);
    }
    default: {
      if (!name1) return bad(`unknown name "${root}"`);
      const typeSchema = BUILTIN_RESOURCES[root] ?? schema.resources[root];
      const declared = decl.resources.get(`${root}.${name1}`);
      if (!declared) {
        return bad(typeSchema ? `resource ${root}.${name1} is not declared` : `unknown resource type "${root}"`);
      }
      return checkInstanceAndAttribute(declared, typeSchema, seg.slice(2), bad);
    }
  }
}

/**
 * After `type.name`: an instance key exactly when the block has count/for_each,
 * then (if any) an attribute that exists for the type.
 */
function checkInstanceAndAttribute(declared, typeSchema, rest, bad) {
  const multi = declared.count || declared.forEach;
  let i = 0;
  if (rest[0]?.index !== undefined) {
    if (!multi) return bad('instance key used on a block without "count" or "for_each"');
    i++;
  } else if (multi && rest[0]?.name) {
    return bad(`missing instance key: the block uses "${declared.count ? 'count' : 'for_each'}", write [${declared.count ? '0' : '"key"'}] or [*] before ".${rest[0].name}"`);
  }
  if (!typeSchema) return;
  const attr = rest[i]?.name;
  if (!attr) return;
  if (typeSchema.attrs[attr] || typeSchema.blocks[attr] || typeSchema.computed?.includes(attr)) return;
  const names = [...Object.keys(typeSchema.attrs), ...Object.keys(typeSchema.blocks), ...(typeSchema.computed ?? [])];
  bad(`attribute "${attr}" does not exist${suggest(attr, names)}`);
}

/**
 * "${path.module}/data/x" anywhere in a string: the file must exist. A path
 * with interpolations ("${path.module}/data/obj_${each.key}") becomes a pattern
 * that must match at least one file; the files it matches count as referenced.
 */
function recordPathModuleFiles(s, line, ctx, where) {
  const marker = '${path.module}/';
  for (let at = s.indexOf(marker); at >= 0; at = s.indexOf(marker, at + 1)) {
    const parts = []; // literal strings and null for "anything"
    let i = at + marker.length;
    let lit = '';
    while (i < s.length && s[i] !== '"' && s[i] !== '}' && !/\s/.test(s[i])) {
      if (s[i] === '$' && s[i + 1] === '{') {
        let depth = 1;
        i += 2;
        while (i < s.length && depth > 0) {
          if (s[i] === '{') depth++;
          else if (s[i] === '}') depth--;
          i++;
        }
        parts.push(lit, null);
        lit = '';
      } else {
        lit += s[i++];
      }
    }
    parts.push(lit);
    if (parts.length === 1) requireFile(lit, line, ctx, where);
    else requirePattern(parts, line, ctx, where);
  }
}

function requirePattern(parts, line, ctx, where) {
  const shown = parts.map((p) => (p === null ? '*' : p)).join('');
  const re = new RegExp(`^${parts.map((p) => (p === null ? '.+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
  const matches = listFilesRecursive(ctx.dir).filter((f) => re.test(f));
  ctx.stats.filePaths++;
  if (matches.length === 0) {
    ctx.report(line, ctx.address, where, `no file matches "${shown}" (relative to ${ctx.dir})`);
  }
  for (const f of matches) ctx.referencedFiles.add(f);
}

function checkFileCall(call, line, ctx, where) {
  if (!FILE_FUNCTIONS.has(call.name) || !call.firstArg) return;
  const arg = call.firstArg.trim();
  if (/^"\$\{path\.module\}\/[^"$%]*"$/.test(arg)) return; // handled by recordPathModuleFiles
  const literal = /^"([^"$%\\]*)"$/.exec(arg);
  if (literal) requireFile(literal[1], line, ctx, where);
  // anything else is computed at plan time and cannot be checked here
}

function requireFile(rel, line, ctx, where) {
  const normalized = path.posix.normalize(rel);
  ctx.stats.filePaths++;
  ctx.referencedFiles.add(normalized);
  if (!fs.existsSync(path.join(ctx.dir, normalized))) {
    ctx.report(line, ctx.address, where, `file "${rel}" does not exist (relative to ${ctx.dir})`);
  }
}

function checkDataFiles(dir, referenced, problems) {
  for (const rel of listFilesRecursive(path.join(dir, 'data'))) {
    const p = `data/${rel}`;
    if (!referenced.has(p)) {
      problems.push({ file: path.join(dir, p), line: 0, address: '', path: '', message: 'orphan data file: not referenced by any .tf file' });
    }
  }
}

// ---------------------------------------------------------------------------
// terraform { required_providers }

function checkRequiredProviders(units, decl, firstFile, problems) {
  const entries = [];
  for (const { json, file, outline } of units) {
    for (const t of json.terraform ?? []) {
      for (const rp of t.required_providers ?? []) {
        for (const [name, spec] of Object.entries(rp)) {
          const line = childBlocks(outline, 'terraform')[0]?.line ?? 1;
          entries.push({ name, source: typeof spec === 'string' ? null : spec?.source, file, line });
        }
      }
    }
  }
  const isAws = (s) => typeof s === 'string' && /^(registry\.terraform\.io\/)?hashicorp\/aws$/i.test(s);
  const aws = entries.find((e) => isAws(e.source));
  if (!aws) {
    const where = entries[0] ?? { file: firstFile, line: 1 };
    problems.push({ file: where.file, line: where.line, address: 'terraform', path: 'required_providers', message: 'terraform { required_providers } does not name source "hashicorp/aws"' });
  } else if (aws.name !== 'aws') {
    problems.push({ file: aws.file, line: aws.line, address: 'terraform', path: `required_providers.${aws.name}`, message: `hashicorp/aws is declared under the local name "${aws.name}"; aws_* resources use the local name "aws"` });
  }
}

// ---------------------------------------------------------------------------

function suggest(name, candidates) {
  let best = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = levenshtein(name, c);
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(name.length / 4));
  return best && bestDist <= limit ? `; did you mean "${best}"?` : '';
}

function levenshtein(a, b) {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** One report line per problem: file:line: address path: message */
export function formatProblem(p) {
  const subject = [p.address, p.path].filter(Boolean).join(' ');
  return `${p.file}:${p.line}: ${subject ? `${subject}: ` : ''}${p.message}`;
}
