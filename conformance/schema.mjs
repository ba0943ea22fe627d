// Compact AWS provider schema derived from the jsii assembly of @cdktf/provider-aws.
//
// The .jsii file (about 130 MB) describes every resource and data source of the
// AWS provider as TypeScript-ish types. We reduce it to a small JSON document and
// cache that in .cache/aws-schema.json; the cache is rebuilt when it is missing,
// older than the .jsii file, or written by another version of this module.
//
// Shape of the cached schema:
//   {
//     version, provider: { source, version }, generatedFrom,
//     resources:   { "aws_vpc": Block, ... },
//     dataSources: { "aws_ami": Block, ... },
//     providerConfig: Block,              // the provider "aws" {} block itself
//   }
//   Block = {
//     attrs:    { name: { required: bool, list?: bool, nested?: Block } },  // settable arguments;
//                                     // `nested` is the element schema of object-typed attributes
//     blocks:   { name: { single: bool, required: bool, any?: true, schema: Block } },
//     computed: [ name, ... ],   // only on resources/data sources: read-only attributes
//                                //   that exist in addition to the arguments (arn, ...)
//   }
//
// Where names come from:
//   * resource / data source type: the class docs link
//       https://registry.terraform.io/providers/hashicorp/aws/<v>/docs/resources/<name>      -> aws_<name>
//       https://registry.terraform.io/providers/hashicorp/aws/<v>/docs/data-sources/<name>   -> aws_<name>
//   * argument / block names: each property's docs link ".../<name>#<attr> Class#<attr>"
//     (never a camelCase -> snake_case guess; the provider has e.g. address_1,
//     get_password_data, m3u8_settings, self, node that a guess would get wrong).
//   * block vs attribute: cdktf documents blocks as "<name> block." and types them
//     as a struct (a block with at most one element) or an array of structs.
//     Struct-typed properties without that summary are object-typed *attributes*
//     (plugin-framework nested attributes) and are written `x = { ... }`.
//   * required: a property without `optional: true`.
//   * computed-only attributes: getters of the resource class that have no
//     counterpart in the config struct. The jsii carries no Terraform name for
//     them, so we read it from the compiled getter in lib/<module>/index.js
//     (`get latestVersion() { return this.getNumberAttribute('latest_version'); }`).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_FORMAT_VERSION = 4;

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PROVIDER_PKG_DIR = path.join(HERE, 'node_modules', '@cdktf', 'provider-aws');
export const JSII_PATH = path.join(PROVIDER_PKG_DIR, '.jsii');
export const CACHE_PATH = path.join(HERE, '.cache', 'aws-schema.json');

/** Arguments Terraform accepts on every resource / data source, whatever the provider says. */
export const META_ARGUMENTS = {
  resource: {
    attrs: ['count', 'for_each', 'provider', 'depends_on'],
    blocks: {
      lifecycle: {
        single: true,
        attrs: ['create_before_destroy', 'prevent_destroy', 'ignore_changes', 'replace_triggered_by'],
        blocks: ['precondition', 'postcondition'],
      },
      connection: { single: true, open: true },
      provisioner: { single: false, open: true },
    },
  },
  data: {
    attrs: ['count', 'for_each', 'provider', 'depends_on'],
    blocks: {
      lifecycle: { single: true, attrs: [], blocks: ['precondition', 'postcondition'] },
    },
  },
};

const DOC_LINK_RE =
  /\{@link https:\/\/registry\.terraform\.io\/providers\/hashicorp\/aws\/([^/\s]+)\/docs(?:\/(resources|data-sources)\/(\w+))?#(\w+) \w+#\4\}/;
const CLASS_LINK_RE =
  /\{@link https:\/\/registry\.terraform\.io\/providers\/hashicorp\/aws\/([^/\s]+)\/docs\/(resources|data-sources)\/(\w+) (aws_\w+)\}/;

function docText(docs) {
  return `${docs?.summary ?? ''} ${docs?.remarks ?? ''}`;
}

/** Terraform name of a struct property, from its registry docs anchor. */
function terraformName(prop, where) {
  const m = docText(prop.docs).match(DOC_LINK_RE);
  if (!m) throw new Error(`no registry docs anchor for ${where}.${prop.name}`);
  return m[4];
}

/** Classify a jsii type reference: { kind: 'struct'|'struct-list'|'other', fqn? }. */
function classifyType(typeRef, types) {
  const isStruct = (t) => t?.fqn && types[t.fqn]?.datatype;
  if (isStruct(typeRef)) return { kind: 'struct', fqn: typeRef.fqn };
  const candidates = typeRef.union ? typeRef.union.types : [typeRef];
  for (const t of candidates) {
    if (t.collection?.kind === 'array' && isStruct(t.collection.elementtype)) {
      return { kind: 'struct-list', fqn: t.collection.elementtype.fqn };
    }
  }
  return { kind: 'other' };
}

function isBlockProperty(prop) {
  return / block\.$/.test((prop.docs?.summary ?? '').trim());
}

/** Convert a jsii struct (config or nested block) into a compact Block. */
function structToBlock(fqn, types, stats, seen = new Set()) {
  const struct = types[fqn];
  if (!struct) throw new Error(`unknown struct ${fqn}`);
  if (seen.has(fqn)) throw new Error(`recursive struct ${fqn}`);
  seen.add(fqn);
  const block = { attrs: {}, blocks: {} };
  const camelToTf = {};
  for (const prop of struct.properties ?? []) {
    const name = terraformName(prop, fqn);
    camelToTf[prop.name] = name;
    const required = !prop.optional;
    if (isBlockProperty(prop)) {
      const t = classifyType(prop.type, types);
      if (t.kind === 'other') {
        // e.g. quicksight "definition": a block whose content cdktf types as `any`.
        block.blocks[name] = { single: false, required, any: true, schema: { attrs: {}, blocks: {} } };
        stats.opaqueBlocks++;
      } else {
        block.blocks[name] = {
          single: t.kind === 'struct',
          required,
          schema: structToBlock(t.fqn, types, stats, seen),
        };
      }
    } else {
      block.attrs[name] = { required };
      const t = classifyType(prop.type, types);
      if (t.kind !== 'other') {
        // Object-typed attribute. SDKv2 "attributes as blocks" (aws_security_group
        // ingress, aws_route_table route, ...) may also be written with block
        // syntax; keep the element schema so either form can be checked.
        stats.objectAttributes++;
        block.attrs[name].list = t.kind === 'struct-list';
        block.attrs[name].nested = structToBlock(t.fqn, types, stats, seen);
      }
    }
  }
  seen.delete(fqn);
  Object.defineProperty(block, '_camelToTf', { value: camelToTf, enumerable: false });
  return block;
}

const toSnake = (s) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** camelCase getter -> Terraform name, read from one class body of the compiled lib. */
function getterNamesFromLib(libFile, className, cache) {
  let source = cache.get(libFile);
  if (source === undefined) {
    source = fs.existsSync(libFile) ? fs.readFileSync(libFile, 'utf8') : '';
    cache.clear(); // classes of one module are visited together; keep one file
    cache.set(libFile, source);
  }
  const start = source.indexOf(`\nclass ${className} extends `);
  if (start < 0) return {};
  const end = source.indexOf(`\nexports.${className} = ${className};`, start);
  const body = source.slice(start, end < 0 ? undefined : end);
  const fields = {};
  for (const m of body.matchAll(/this\._(\w+) = new [\w.]+\(this, "([^"]+)"/g)) fields[m[1]] = m[2];
  const names = {};
  for (const [, getter, getterBody] of body.matchAll(/\n {4}get (\w+)\(\) \{([^}]*)\}/g)) {
    const attr = getterBody.match(/Attribute\('([^']+)'\)/);
    const field = getterBody.match(/return this\._(\w+);/);
    if (attr) names[getter] = attr[1];
    else if (field && fields[field[1]]) names[getter] = fields[field[1]];
  }
  return names;
}

/** Build the compact schema from the jsii assembly. */
export function buildSchema(jsiiPath = JSII_PATH) {
  const jsii = JSON.parse(fs.readFileSync(jsiiPath, 'utf8'));
  const types = jsii.types;
  const stats = { objectAttributes: 0, opaqueBlocks: 0, computedFromLib: 0, computedGuessed: [] };
  const out = {
    version: SCHEMA_FORMAT_VERSION,
    provider: { source: 'hashicorp/aws', version: null },
    generatedFrom: `${jsii.name}@${jsii.version}`,
    resources: {},
    dataSources: {},
    providerConfig: null,
    stats,
  };
  const libCache = new Map();
  const classes = Object.values(types)
    .filter((t) => t.kind === 'class')
    .sort((a, b) => (a.locationInModule?.filename ?? '').localeCompare(b.locationInModule?.filename ?? ''));

  for (const cls of classes) {
    const configParam = cls.initializer?.parameters?.find((p) => p.name === 'config');
    if (cls.base === 'cdktf.TerraformProvider') {
      out.providerConfig = structToBlock(configParam.type.fqn, types, stats);
      continue;
    }
    if (cls.base !== 'cdktf.TerraformResource' && cls.base !== 'cdktf.TerraformDataSource') continue;
    const link = (cls.docs?.summary ?? '').match(CLASS_LINK_RE);
    if (!link) throw new Error(`no registry link on class ${cls.fqn}`);
    const [, providerVersion, kind, shortName, tfName] = link;
    if (tfName !== `aws_${shortName}`) throw new Error(`odd type name ${tfName} for ${cls.fqn}`);
    out.provider.version ??= providerVersion;

    const block = structToBlock(configParam.type.fqn, types, stats);
    // Read-only attributes: class getters with no config counterpart.
    const configCamel = new Set(Object.keys(block._camelToTf));
    const libFile = path.join(
      path.dirname(jsiiPath),
      'lib',
      cls.locationInModule.filename.replace(/^src\//, '').replace(/\.ts$/, '.js'),
    );
    let libNames = null;
    const computed = new Set();
    for (const prop of cls.properties ?? []) {
      if (prop.static || prop.name.endsWith('Input') || configCamel.has(prop.name)) continue;
      libNames ??= getterNamesFromLib(libFile, cls.name, libCache);
      let name = libNames[prop.name];
      if (name) stats.computedFromLib++;
      else {
        name = toSnake(prop.name);
        stats.computedGuessed.push(`${tfName}.${name}`);
      }
      if (!block.attrs[name] && !block.blocks[name]) computed.add(name);
    }
    block.computed = [...computed].sort();
    (kind === 'resources' ? out.resources : out.dataSources)[tfName] = block;
  }
  return out;
}

/** The cached schema, or null when it is missing, older than the .jsii, or of another format. */
function readCache(cachePath, jsiiPath) {
  try {
    if (fs.statSync(cachePath).mtimeMs < fs.statSync(jsiiPath).mtimeMs) return null;
    const schema = JSON.parse(fs.readFileSync(cachePath, 'utf8'));
    return schema.version === SCHEMA_FORMAT_VERSION ? schema : null;
  } catch {
    return null;
  }
}

/**
 * Load the schema, (re)building the cache when needed.
 * @param {{ rebuild?: boolean, cachePath?: string, jsiiPath?: string }} [options]
 */
export function loadSchema({ rebuild = false, cachePath = CACHE_PATH, jsiiPath = JSII_PATH } = {}) {
  if (!fs.existsSync(jsiiPath)) {
    throw new Error(`${jsiiPath} not found: run "npm ci" in ${HERE}`);
  }
  const cached = rebuild ? null : readCache(cachePath, jsiiPath);
  if (cached) return cached;
  const schema = buildSchema(jsiiPath);
  const json = JSON.stringify(schema);
  fs.mkdirSync(path.dirname(cachePath), { recursive: true });
  const tmp = `${cachePath}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, json);
  fs.renameSync(tmp, cachePath); // atomic: parallel test processes never see half a file
  return JSON.parse(json);
}

// CLI: node schema.mjs [--rebuild] [TYPE ...]   (prints stats, or the schema of the named types)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const t0 = Date.now();
  const schema = loadSchema({ rebuild: args.includes('--rebuild') });
  const names = args.filter((a) => !a.startsWith('--'));
  if (names.length === 0) {
    const { computedGuessed, ...rest } = schema.stats;
    console.log(`schema for ${schema.provider.source} ${schema.provider.version} from ${schema.generatedFrom}`);
    console.log(`${Object.keys(schema.resources).length} resources, ${Object.keys(schema.dataSources).length} data sources`);
    console.log(`stats: ${JSON.stringify(rest)}; computed names guessed (not found in lib): ${computedGuessed.length}`);
    if (computedGuessed.length) console.log(`  e.g. ${computedGuessed.slice(0, 20).join(', ')}`);
    console.log(`cache: ${CACHE_PATH} (${Date.now() - t0} ms)`);
  }
  for (const name of names) {
    const entry = name.startsWith('data.') ? schema.dataSources[name.slice(5)] : schema.resources[name];
    console.log(`${name}: ${entry ? JSON.stringify(entry, null, 2) : 'not found'}`);
  }
}
