// Compact CloudFormation resource schema derived from @aws-cdk/aws-service-spec.
//
// The package ships db.json.gz (the CloudFormation registry schemas of every resource type,
// as the CDK team imports them). We reduce it to the parts the checks need and cache that in
// .cache/cfn-schema.json; the cache is rebuilt when missing, older than db.json.gz, or written by
// another version of this module.
//
// Shape of the cached schema:
//   {
//     version, source: { package, version },
//     resources: { "AWS::EC2::VPC": { props: { Name: Prop }, attrs: [ "VpcId", ... ] } },
//     types:     { "<id>": { name, props: { Name: Prop } } },   // nested property types
//   }
//   Prop = { t: Type, req?: true }
//   Type = "string" | "integer" | "number" | "boolean" | "json" | "date-time" | "tag"
//        | { ref: "<type id>" } | { array: Type } | { map: Type } | { union: [Type, ...] }

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const CFN_SCHEMA_FORMAT_VERSION = 1;

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SPEC_PKG_DIR = path.join(HERE, 'node_modules', '@aws-cdk', 'aws-service-spec');
export const SPEC_DB_PATH = path.join(SPEC_PKG_DIR, 'db.json.gz');
export const CFN_CACHE_PATH = path.join(HERE, '.cache', 'cfn-schema.json');

function compactType(t) {
  switch (t.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'json':
    case 'date-time':
    case 'tag':
      return t.type;
    case 'ref':
      return { ref: t.reference.$ref };
    case 'array':
      return { array: compactType(t.element) };
    case 'map':
      return { map: compactType(t.element) };
    case 'union':
      return { union: t.types.map(compactType) };
    default:
      throw new Error(`aws-service-spec: unknown property type kind "${t.type}"`);
  }
}

function compactProps(properties = {}) {
  const out = {};
  for (const [name, p] of Object.entries(properties)) {
    // A property may have changed type over time; CloudFormation accepts the current type
    // and the previous ones, so accept any of them.
    const types = [...(p.previousTypes ?? []), p.type].map(compactType);
    out[name] = { t: types.length === 1 ? types[0] : { union: types } };
    if (p.required) out[name].req = true;
  }
  return out;
}

/** Builds the compact schema from the package's database. */
export function buildCfnSchema(dbPath = SPEC_DB_PATH) {
  const db = JSON.parse(zlib.gunzipSync(fs.readFileSync(dbPath)));
  const resources = {};
  for (const r of Object.values(db.schema.resource.entities)) {
    resources[r.cloudFormationType] = {
      props: compactProps(r.properties),
      attrs: Object.keys(r.attributes ?? {}).sort(),
    };
  }
  const types = {};
  for (const t of Object.values(db.schema.typeDefinition.entities)) {
    types[t.$id] = { name: t.name, props: compactProps(t.properties) };
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(dbPath), 'package.json'), 'utf8'));
  return { version: CFN_SCHEMA_FORMAT_VERSION, source: { package: pkg.name, version: pkg.version }, resources, types };
}

/** The compact schema, from the cache when it is current. */
export function loadCfnSchema({ cachePath = CFN_CACHE_PATH, dbPath = SPEC_DB_PATH } = {}) {
  if (!fs.existsSync(dbPath)) {
    throw new Error(`${dbPath} is missing; run npm ci in ${HERE}`);
  }
  try {
    if (fs.statSync(cachePath).mtimeMs >= fs.statSync(dbPath).mtimeMs) {
      const cached = JSON.parse(fs.readFileSync(cachePath, 'utf8'));
      if (cached.version === CFN_SCHEMA_FORMAT_VERSION) return cached;
    }
  } catch {
    // no cache or unreadable: rebuild
  }
  const schema = buildCfnSchema(dbPath);
  fs.mkdirSync(path.dirname(cachePath), { recursive: true });
  const tmp = `${cachePath}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(schema));
  fs.renameSync(tmp, cachePath);
  return schema;
}
