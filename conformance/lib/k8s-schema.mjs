// Kubernetes objects against the API's OpenAPI schema, through the validators `kubernetes-models` ships
// (ajv compiled from Kubernetes' OpenAPI v2 spec: 1.36.0 merged with the API versions older releases removed).
//
// - validateObject: a whole object kgen owns: required fields, types, enums, and unknown fields (which the
//   API server rejects under kubectl's default strict field validation).
// - validatePartial: a fragment placed at a path of an object (a JSON6902 operation's value, a strategic-merge
//   patch): the path must exist in the kind's schema and the fragment must fit it; fields the fragment does not
//   hold are not required.
// - served: whether a Kubernetes minor serves an API version of a kind by default (the facts of the deprecation
//   guide and of the GA releases since 1.29, the oldest minor kgen installs).
//
// Unknown fields are found by probing the compiled validator: a known field given a value of no JSON type (a
// Symbol) fails its type check at its own path; a field the schema does not declare raises nothing. Every field of
// the Kubernetes schema has a type (int-or-string and quantities a oneOf of types, RawExtension an object), so the
// probe answers for all of them; only the free-form insides of custom resource schemas would not, and kgen renders
// none of those.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGE_DIR = path.dirname(require.resolve('kubernetes-models/package.json'));
export const MODELS_VERSION = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')).version;
/** The newest Kubernetes release whose schema kubernetes-models carries (its generate script's last VERSIONS entry). */
export const SCHEMA_KUBERNETES = '1.36.0';

const PROBE = Symbol('probe');

/** apiVersion → its folder in the package (group/version, the core group's "v1"), read once. */
let versionDirs = null;
function index() {
  if (versionDirs) return versionDirs;
  versionDirs = new Map();
  const groupDirs = fs.readdirSync(PACKAGE_DIR, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('_') && e.name !== 'node_modules');
  for (const g of groupDirs) {
    if (g.name === 'v1') {
      versionDirs.set('v1', path.join(PACKAGE_DIR, 'v1'));
      continue;
    }
    for (const v of fs.readdirSync(path.join(PACKAGE_DIR, g.name), { withFileTypes: true })) {
      if (v.isDirectory()) versionDirs.set(`${g.name}/${v.name}`, path.join(PACKAGE_DIR, g.name, v.name));
    }
  }
  return versionDirs;
}

const kindFiles = new Map();
/** The module of apiVersion/kind (group/version/Kind.js, a class whose static kind is Kind), or null. */
function kindFile(apiVersion, kind) {
  const key = `${apiVersion}:${kind}`;
  if (!kindFiles.has(key)) {
    const dir = index().get(apiVersion);
    const file = dir && /^[A-Za-z0-9]+$/.test(kind) ? path.join(dir, `${kind}.js`) : null;
    const ok = file !== null && fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(`static{this.kind="${kind}"}`);
    kindFiles.set(key, ok ? file : null);
  }
  return kindFiles.get(key);
}

const modelCache = new Map();
/** The model class of apiVersion/kind, or null when kubernetes-models has no such kind. */
export async function modelOf(apiVersion, kind) {
  const file = kindFile(apiVersion, kind);
  if (!file) return null;
  if (!modelCache.has(file)) {
    const mod = await import(file);
    modelCache.set(file, mod[kind]);
  }
  return modelCache.get(file);
}

/** Whether the group of an apiVersion is one of Kubernetes' own (then an unknown kind or version is a mistake, not a custom resource). */
export function isBuiltinGroup(apiVersion) {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  return [...index().keys()].some((av) => (av.includes('/') ? av.slice(0, av.lastIndexOf('/')) : '') === group);
}

/** The apiVersions that have a kind (for a patch target that names only its kind), GA versions first. */
export function apiVersionsOfKind(kind, group) {
  const rank = (av) => {
    const v = av.slice(av.lastIndexOf('/') + 1);
    return /^v\d+$/.test(v) ? 0 : /beta/.test(v) ? 1 : 2;
  };
  return [...index().keys()]
    .filter((av) => (group === undefined || (av.includes('/') ? av.slice(0, av.lastIndexOf('/')) : '') === group) && kindFile(av, kind) !== null)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The names of the kinds of an apiVersion, for "did you mean". */
export function kindsOf(apiVersion) {
  const dir = index().get(apiVersion);
  if (!dir) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js') && f !== 'index.js' && !f.endsWith('List.js'))
    .map((f) => f.slice(0, -3))
    .filter((k) => kindFile(apiVersion, k) !== null)
    .sort();
}

// --- which minor serves what ---------------------------------------------------------------------------------------

// API versions the deprecation guide lists as no longer served, by the minor that stopped serving them.
const REMOVED = [
  [16, ['extensions/v1beta1:DaemonSet,Deployment,ReplicaSet,NetworkPolicy,PodSecurityPolicy', 'apps/v1beta1:*', 'apps/v1beta2:*']],
  [
    22,
    [
      'admissionregistration.k8s.io/v1beta1:*',
      'apiextensions.k8s.io/v1beta1:*',
      'apiregistration.k8s.io/v1beta1:*',
      'authentication.k8s.io/v1beta1:*',
      'authorization.k8s.io/v1beta1:*',
      'certificates.k8s.io/v1beta1:*',
      'coordination.k8s.io/v1beta1:*',
      'extensions/v1beta1:*',
      'networking.k8s.io/v1beta1:*',
      'rbac.authorization.k8s.io/v1beta1:*',
      'scheduling.k8s.io/v1beta1:*',
      'storage.k8s.io/v1beta1:CSIDriver,CSINode,StorageClass,VolumeAttachment',
    ],
  ],
  [25, ['batch/v1beta1:*', 'discovery.k8s.io/v1beta1:*', 'events.k8s.io/v1beta1:*', 'autoscaling/v2beta1:*', 'policy/v1beta1:*', 'node.k8s.io/v1beta1:*']],
  [26, ['flowcontrol.apiserver.k8s.io/v1beta1:*', 'autoscaling/v2beta2:*']],
  [27, ['storage.k8s.io/v1beta1:*']],
  [29, ['flowcontrol.apiserver.k8s.io/v1beta2:*']],
  [32, ['flowcontrol.apiserver.k8s.io/v1beta3:*']],
];

// Kinds of GA API versions that became GA after 1.29 (older ones are served by every minor kgen installs).
const GA_SINCE = {
  'admissionregistration.k8s.io/v1:ValidatingAdmissionPolicy': 30,
  'admissionregistration.k8s.io/v1:ValidatingAdmissionPolicyBinding': 30,
  'networking.k8s.io/v1:IPAddress': 33,
  'networking.k8s.io/v1:ServiceCIDR': 33,
  'resource.k8s.io/v1:*': 34,
  'storage.k8s.io/v1:VolumeAttributesClass': 34,
  'admissionregistration.k8s.io/v1:MutatingAdmissionPolicy': 36,
  'admissionregistration.k8s.io/v1:MutatingAdmissionPolicyBinding': 36,
};

function matches(entry, apiVersion, kind) {
  const [av, kinds] = entry.split(':');
  return av === apiVersion && (kinds === '*' || kinds.split(',').includes(kind));
}

/**
 * Why Kubernetes 1.<minor> does not serve apiVersion/kind by default, or null when it does (or when the answer is not
 * known: a minor newer than the schema's).
 */
export function notServed(apiVersion, kind, minor) {
  for (const [removedIn, entries] of REMOVED) {
    if (minor >= removedIn && entries.some((e) => matches(e, apiVersion, kind))) {
      return `${apiVersion} ${kind} is no longer served since Kubernetes 1.${removedIn} (the cluster runs 1.${minor})`;
    }
  }
  for (const [entry, since] of Object.entries(GA_SINCE)) {
    if (matches(entry, apiVersion, kind) && minor < since) {
      return `${apiVersion} ${kind} is served from Kubernetes 1.${since} on (the cluster runs 1.${minor})`;
    }
  }
  const version = apiVersion.slice(apiVersion.lastIndexOf('/') + 1);
  if (/alpha/.test(version)) return `${apiVersion} is an alpha API, off by default in every Kubernetes release`;
  return null;
}

// --- validation ----------------------------------------------------------------------------------------------------

/** A JSON pointer (as ajv writes instancePath) of a path of keys and indices. */
export function pointer(keys) {
  return keys.map((k) => '/' + String(k).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

function errorsOf(Model, data) {
  try {
    new Model(data).validate();
    return [];
  } catch (e) {
    if (!Array.isArray(e.errors)) throw e;
    return e.errors;
  }
}

function clone(v) {
  return v === undefined ? v : structuredClone(v);
}

function setAt(root, keys, value) {
  let node = root;
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]];
  node[keys[keys.length - 1]] = value;
}

/** Whether the field at `keys` of `data` is declared by the schema (probed: see the top of the file). */
function declared(Model, data, keys) {
  const probe = clone(data);
  setAt(probe, keys, PROBE);
  const at = pointer(keys);
  return errorsOf(Model, probe).some((e) => e.instancePath === at);
}

/**
 * The fields of `value` (placed at `base` in `data`) that the schema does not declare: the topmost unknown key of
 * each branch. Keys starting with `$` (strategic-merge directives) are skipped.
 */
function unknownFields(Model, data, base, value) {
  const found = [];
  const walk = (keys, v) => {
    if (v === null || typeof v !== 'object') return;
    const entries = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [k, child] of entries) {
      if (typeof k === 'string' && k.startsWith('$')) continue;
      const p = [...keys, k];
      if (!declared(Model, data, p)) {
        found.push(p);
        continue;
      }
      walk(p, child);
    }
  };
  walk(base, value);
  return found;
}

/** ajv's errors grouped by path, one message per path ("must be string or integer"). */
function summarize(errors) {
  const byPath = new Map();
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') continue;
    let msg = e.message ?? e.keyword;
    if (e.keyword === 'required') {
      const where = `${e.instancePath}/${e.params.missingProperty}`;
      byPath.set(where, new Set([...(byPath.get(where) ?? []), 'is required']));
      continue;
    }
    if (e.keyword === 'enum') msg = `must be one of ${e.params.allowedValues.map((x) => JSON.stringify(x)).join(', ')}`;
    byPath.set(e.instancePath, new Set([...(byPath.get(e.instancePath) ?? []), msg]));
  }
  return [...byPath.entries()].map(([p, msgs]) => {
    const list = [...msgs];
    const types = list.filter((m) => m.startsWith('must be ') && !m.startsWith('must be one of') && !m.includes('>') && !m.includes('<'));
    const text = types.length > 1 ? `must be ${types.map((m) => m.slice(8)).join(' or ')}` + (list.length > types.length ? '; ' + list.filter((m) => !types.includes(m)).join('; ') : '') : list.join('; ');
    return { path: p || '/', message: text };
  });
}

const keysOf = (ptr) => (ptr === '/' || ptr === '' ? [] : ptr.slice(1).split('/').map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~')));

/**
 * A whole object: [{ path (JSON pointer), keys, message }]. The object must carry apiVersion and kind of a known model.
 */
export function validateObject(Model, obj) {
  const problems = summarize(errorsOf(Model, obj)).map((p) => ({ ...p, keys: keysOf(p.path) }));
  for (const keys of unknownFields(Model, obj, [], obj)) {
    problems.push({ path: pointer(keys), keys, message: `unknown field "${keys[keys.length - 1]}" (not in the ${obj.kind} schema; the API server rejects it under strict field validation)` });
  }
  return problems;
}

/**
 * A fragment at `keys` of an object of the model's kind (a JSON6902 value at its path, or a strategic-merge patch at
 * the root): the path's fields must be declared, the fragment's fields too, and its values must have the schema's
 * types. `required` is checked only inside the fragment, and not at all for a strategic-merge patch (`merge`).
 * `keys` may end with "-" (JSON6902's "append to the array").
 */
export function validatePartial(Model, apiVersion, kind, keys, value, { merge = false } = {}) {
  const problems = [];
  const skeleton = { apiVersion, kind, metadata: { name: 'probe' } };
  // Build the path: numbers and "-" index arrays, anything else names a field.
  const real = keys.map((k) => (k === '-' ? 0 : /^\d+$/.test(String(k)) ? Number(k) : k));
  let node = skeleton;
  for (let i = 0; i < real.length; i++) {
    const k = real[i];
    const last = i === real.length - 1;
    if (last) {
      if (Array.isArray(node)) while (node.length < k) node.push({});
      node[k] = clone(value);
      break;
    }
    const next = typeof real[i + 1] === 'number' ? [] : {};
    if (Array.isArray(node)) while (node.length < k) node.push({});
    if (node[k] === undefined || typeof node[k] !== 'object' || node[k] === null) node[k] = next;
    node = node[k];
  }
  for (let i = 1; i <= real.length; i++) {
    const prefix = real.slice(0, i);
    if (!declared(Model, skeleton, prefix)) {
      const shown = keys.slice(0, i);
      problems.push({ path: pointer(shown), keys: shown, message: `no field "${shown[shown.length - 1]}" there in the ${kind} schema (${apiVersion})` });
      return problems;
    }
  }
  if (value === undefined) return problems;
  const at = pointer(real);
  for (const p of summarize(errorsOf(Model, skeleton))) {
    const inside = p.path === at || p.path.startsWith(at + '/');
    if (!inside) continue;
    if (merge && p.message === 'is required') continue;
    const rel = keys.concat(keysOf(p.path).slice(real.length));
    problems.push({ path: pointer(rel), keys: rel, message: p.message });
  }
  for (const k of unknownFields(Model, skeleton, real, value)) {
    const rel = keys.concat(k.slice(real.length));
    problems.push({ path: pointer(rel), keys: rel, message: `unknown field "${k[k.length - 1]}" (not in the ${kind} schema, ${apiVersion})` });
  }
  return problems;
}

/**
 * A strategic-merge patch (a partial object of the model's kind): its fields must be declared and typed as the
 * schema says; nothing is required. Directive keys (`$patch`, `$retainKeys`, `$setElementOrder/…`) are skipped.
 */
export function validateMergePatch(Model, patch) {
  const strip = (v) => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('$')).map(([k, x]) => [k, strip(x)]));
  };
  const doc = strip(patch);
  const problems = summarize(errorsOf(Model, doc))
    .filter((p) => p.message !== 'is required')
    .map((p) => ({ ...p, keys: keysOf(p.path) }));
  for (const keys of unknownFields(Model, doc, [], doc)) {
    problems.push({ path: pointer(keys), keys, message: `unknown field "${keys[keys.length - 1]}" (not in the ${doc.kind} schema, ${doc.apiVersion})` });
  }
  return problems;
}
