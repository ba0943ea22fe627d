// The rules of check-addons.mjs over the files kgen owns of each add-on (configBase/addons/<name>/<digest>/):
// kustomization.yaml against the facts of Kustomize's Kustomization type, the sources list, every Kubernetes object
// against the API schema (lib/k8s-schema.mjs) and the cluster's minor, and every image reference pinned.
// Each problem: { file, line, where, message }; file is relative to the folder checked.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LineCounter, parseAllDocuments, parseDocument } from 'yaml';
import { apiVersionsOfKind, isBuiltinGroup, kindsOf, modelOf, notServed, validateMergePatch, validateObject, validatePartial } from './k8s-schema.mjs';

export const KUSTOMIZATION = 'kustomization.yaml';
export const SOURCES = 'sources';

// --- image references ----------------------------------------------------------------------------------------------

/** Tags that name whatever was pushed last, not one build. */
export const FLOATING_TAGS = new Set(['latest', 'stable', 'main', 'master', 'edge', 'nightly', 'dev', 'canary', 'head']);
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?)';
const NAME_RE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;

/** Why an image reference is not pinned to one build (or is malformed), or null when it is. */
export function imageProblem(ref) {
  if (typeof ref !== 'string' || ref.length === 0) return 'an image must be a non-empty string';
  let rest = ref;
  let digest = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) return `image "${ref}": the digest must be sha256: and 64 lowercase hex digits`;
  }
  let tag = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) return `image "${ref}": "${tag}" is not a valid tag`;
  }
  if (!NAME_RE.test(rest)) return `image "${ref}": "${rest}" is not a valid image name`;
  if (digest) return null;
  if (tag === null) return `image "${ref}" is not pinned: it has neither a tag nor a digest (the registry serves "latest")`;
  if (FLOATING_TAGS.has(tag.toLowerCase())) return `image "${ref}" is not pinned: "${tag}" is a moving tag; name a release tag or a sha256 digest`;
  return null;
}

/** Every `image: <string>` below a value, as [keys, ref]. */
function imagesIn(value, base = []) {
  const out = [];
  const walk = (v, keys) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...keys, i]));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'image' && (typeof x === 'string' || x === null)) out.push([[...keys, k], x]);
        else walk(x, [...keys, k]);
      }
    }
  };
  walk(value, base);
  return out;
}

// --- sources -------------------------------------------------------------------------------------------------------

const BRANCHES = new Set(['master', 'main', 'head', 'trunk', 'develop', 'development', 'dev', 'latest', 'stable', 'gh-pages', 'next']);
const VERSION_RE = /^(?:[A-Za-z0-9._-]*[-_/])?v?\d+\.\d+(?:\.\d+)*(?:[-+][0-9A-Za-z.+-]+)?$/;
const COMMIT_RE = /^[0-9a-f]{40}$/;
const FILE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Why a ref (a URL's tag or commit segment) is not a fixed version, or null. */
function refProblem(ref) {
  if (COMMIT_RE.test(ref) || (VERSION_RE.test(ref) && !/^release-\d/.test(ref))) return null;
  if (BRANCHES.has(ref.toLowerCase()) || /^release-\d/.test(ref)) return `"${ref}" is a branch: name a release tag or a 40-hex commit`;
  return `"${ref}" is neither a release tag (v1.2.3) nor a 40-hex commit`;
}

/** Why a download URL does not name a fixed version of its file, or null. */
export function urlProblem(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a URL`;
  }
  if (url.protocol !== 'https:') return `"${raw}" is not an https URL`;
  if (url.username || url.password) return `"${raw}" carries credentials`;
  const segs = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  // GitHub's own layouts say which segment is the ref.
  if (url.hostname === 'raw.githubusercontent.com') {
    if (segs.length < 4) return `"${raw}": expected https://raw.githubusercontent.com/OWNER/REPO/REF/PATH`;
    if (segs[2] === 'refs') {
      if (segs[3] === 'heads') return `"${raw}": refs/heads/${segs[4]} is a branch: name a release tag or a 40-hex commit`;
      if (segs[3] === 'tags' && segs[4]) return refProblem(segs[4]) && `"${raw}": ${refProblem(segs[4])}`;
    }
    const p = refProblem(segs[2]);
    return p && `"${raw}": ${p}`;
  }
  if (url.hostname === 'github.com') {
    if (segs[2] === 'releases' && segs[3] === 'latest') return `"${raw}": releases/latest/download follows the newest release: name its tag`;
    if (segs[2] === 'releases' && segs[3] === 'download' && segs[4]) {
      const p = refProblem(segs[4]);
      return p && `"${raw}": ${p}`;
    }
    if ((segs[2] === 'raw' || segs[2] === 'blob') && segs[3]) {
      const p = refProblem(segs[3]);
      return p && `"${raw}": ${p}`;
    }
  }
  const branch = segs.find((s) => BRANCHES.has(s.toLowerCase()) || /^release-\d+\.\d+$/.test(s));
  if (branch) return `"${raw}": its path names "${branch}", a branch or moving name, not a version`;
  if (!segs.some((s) => COMMIT_RE.test(s) || VERSION_RE.test(s) || /(?:^|[-_.])v?\d+\.\d+(?:\.\d+)?(?:[-.]|$)/.test(s))) return `"${raw}": its path names no version (a release tag or a 40-hex commit)`;
  return null;
}

/** The `sources` file: lines "SHA256 FILE URL". Returns { entries: [{ sha, file, url, line }], problems }. */
export function parseSources(text) {
  const problems = [];
  const entries = [];
  const add = (line, message) => problems.push({ file: SOURCES, line, where: `line ${line}`, message });
  if (text.length > 0 && !text.endsWith('\n')) add(text.split('\n').length, 'the last line has no newline: a `while read` loop on the node skips it');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const seen = new Map();
  lines.forEach((l, i) => {
    const n = i + 1;
    const parts = l.split(' ');
    if (parts.length !== 3 || parts.some((p) => p === '')) {
      add(n, `expected "SHA256 FILE URL" separated by single spaces, got ${JSON.stringify(l)}`);
      return;
    }
    const [sha, file, url] = parts;
    let ok = true;
    if (!/^[0-9a-f]{64}$/.test(sha)) add(n, `"${sha}" is not a SHA-256 (64 lowercase hex digits)`);
    if (!FILE_RE.test(file) || file === KUSTOMIZATION || file === SOURCES) {
      add(n, `"${file}" is not a plain file name of the add-on's folder (letters, digits, . _ -; not ${KUSTOMIZATION} or ${SOURCES})`);
      ok = false;
    } else if (seen.has(file)) {
      add(n, `"${file}" is listed twice (also line ${seen.get(file)})`);
      ok = false;
    }
    seen.set(file, n);
    const p = urlProblem(url);
    if (p) add(n, p);
    // A line whose file name is sound still names a file the kustomization may use (its own problem is reported).
    if (ok) entries.push({ sha, file, url, line: n });
  });
  return { entries, problems };
}

// --- YAML ----------------------------------------------------------------------------------------------------------

/** Every document of a YAML text: [{ index, value, lineOf(keys) }] and the parse problems. */
export function parseYaml(file, text) {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: true, strict: true, prettyErrors: false });
  const problems = [];
  const out = [];
  const list = Array.isArray(docs) ? docs : [docs];
  list.forEach((doc, i) => {
    for (const e of [...doc.errors, ...doc.warnings]) {
      problems.push({ file, line: e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line, where: `document ${i + 1}`, message: `YAML: ${e.message.split('\n')[0]}` });
    }
    if (doc.errors.length > 0) return;
    const start = lc.linePos(doc.range[0]).line;
    const lineOf = (keys) => {
      for (let n = keys.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
        if (node?.range) return lc.linePos(node.range[0]).line;
      }
      return start;
    };
    let value;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      problems.push({ file, line: start, where: `document ${i + 1}`, message: `YAML: ${e.message.split('\n')[0]}` });
      return;
    }
    out.push({ index: i + 1, value, lineOf, start });
  });
  return { docs: out, problems };
}

const shown = (keys) => keys.map((k) => (typeof k === 'number' || /^\d+$/.test(k) ? `[${k}]` : `.${k}`)).join('');
const label = (doc) => {
  const v = doc.value;
  const what = v && typeof v === 'object' && !Array.isArray(v) && v.kind ? ` (${v.kind}${v.metadata?.name ? ' ' + v.metadata.name : ''})` : '';
  return `document ${doc.index}${what}`;
};

// --- kustomization -------------------------------------------------------------------------------------------------

// Kustomize's Kustomization type (api/types/kustomization.go, kustomize v5): its fields, and those it deprecates.
const KUSTOMIZATION_FIELDS = new Set([
  'apiVersion', 'kind', 'metadata', 'openapi', 'namePrefix', 'nameSuffix', 'namespace', 'commonLabels', 'labels', 'commonAnnotations',
  'patchesStrategicMerge', 'patchesJson6902', 'patches', 'images', 'imageTags', 'replacements', 'replicas', 'vars', 'sortOptions',
  'resources', 'components', 'crds', 'bases', 'configMapGenerator', 'secretGenerator', 'helmGlobals', 'helmCharts',
  'helmChartInflationGenerator', 'generatorOptions', 'configurations', 'generators', 'transformers', 'validators', 'buildMetadata',
]);
const DEPRECATED = {
  commonLabels: 'deprecated in Kustomize v5: use labels',
  patchesStrategicMerge: 'deprecated in Kustomize v5: use patches',
  patchesJson6902: 'deprecated in Kustomize v5: use patches',
  imageTags: 'deprecated: use images',
  vars: 'deprecated in Kustomize v5: use replacements',
  bases: 'deprecated: list the bases under resources',
  helmChartInflationGenerator: 'deprecated: and kubectl apply -k inflates no Helm chart',
  helmCharts: 'kubectl apply -k (what the node runs) inflates no Helm chart: render the chart elsewhere or list its manifests',
  helmGlobals: 'kubectl apply -k (what the node runs) inflates no Helm chart',
};
// Fields whose entries are files (or folders) the build reads.
const FILE_LISTS = ['resources', 'components', 'crds', 'configurations', 'generators', 'transformers', 'validators'];
const IMAGE_FIELDS = new Set(['name', 'newName', 'newTag', 'digest', 'tagSuffix']);
const PATCH_FIELDS = new Set(['path', 'patch', 'target', 'options']);
const TARGET_FIELDS = new Set(['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector']);
const LABEL_FIELDS = new Set(['pairs', 'includeSelectors', 'includeTemplates', 'fields']);
const JSON_PATCH_OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const stringMap = (v) => isMap(v) && Object.values(v).every((x) => typeof x === 'string');
const decodePointer = (p) => p.slice(1).split('/').map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));

/**
 * Checks kustomization.yaml. `ctx`: { files (names in the folder), sources (Map FILE → entry), minors, readFile(name) }.
 * Returns { problems, referenced (Set of file names the kustomization reads) }.
 */
export async function checkKustomization(text, ctx) {
  const problems = [];
  const referenced = new Set();
  const { docs, problems: parse } = parseYaml(KUSTOMIZATION, text);
  problems.push(...parse);
  if (docs.length !== 1) {
    if (parse.length === 0) problems.push({ file: KUSTOMIZATION, line: 1, where: 'file', message: `expected one YAML document, found ${docs.length}` });
    return { problems, referenced };
  }
  const doc = docs[0];
  const k = doc.value;
  const report = (keys, message) => problems.push({ file: KUSTOMIZATION, line: doc.lineOf(keys), where: `kustomization${shown(keys)}`, message });
  if (!isMap(k)) {
    report([], 'a Kustomization must be a mapping');
    return { problems, referenced };
  }
  if (k.apiVersion !== undefined && k.apiVersion !== 'kustomize.config.k8s.io/v1beta1') report(['apiVersion'], `must be kustomize.config.k8s.io/v1beta1, not ${JSON.stringify(k.apiVersion)}`);
  if (k.kind !== undefined && k.kind !== 'Kustomization') report(['kind'], `must be Kustomization, not ${JSON.stringify(k.kind)} (kubectl apply -k builds a Kustomization)`);
  for (const key of Object.keys(k)) {
    if (!KUSTOMIZATION_FIELDS.has(key)) report([key], `unknown field "${key}" of a Kustomization (Kustomize v5 knows: ${[...KUSTOMIZATION_FIELDS].join(', ')})`);
    else if (DEPRECATED[key]) report([key], DEPRECATED[key]);
  }
  if (k.namespace !== undefined && (typeof k.namespace !== 'string' || !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(k.namespace))) {
    report(['namespace'], `must be a namespace name (a DNS label), not ${JSON.stringify(k.namespace)}`);
  }
  for (const key of ['namePrefix', 'nameSuffix']) if (k[key] !== undefined && typeof k[key] !== 'string') report([key], 'must be a string');
  if (k.commonAnnotations !== undefined && !stringMap(k.commonAnnotations)) report(['commonAnnotations'], 'must map strings to strings');

  // A file the build reads: one of the folder's own or one the node downloads (a FILE of sources); nothing remote.
  const localFile = (keys, name) => {
    if (typeof name !== 'string' || name.length === 0) return report(keys, 'must be a file name');
    if (ctx.files.includes(name) || ctx.sources.has(name)) {
      if (name === KUSTOMIZATION || name === SOURCES) return report(keys, `"${name}" cannot be a resource`);
      referenced.add(name);
      return;
    }
    const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(name) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(name);
    report(keys, `"${name}" is neither a file of the add-on's folder (${ctx.files.join(', ')}) nor a FILE of ${SOURCES}` + (remote ? ': a remote resource is fetched unchecked; list it in sources with its SHA-256' : ''));
  };
  for (const field of FILE_LISTS) {
    if (k[field] === undefined) continue;
    if (!Array.isArray(k[field])) {
      report([field], 'must be a list of file names');
      continue;
    }
    k[field].forEach((name, i) => localFile([field, i], name));
  }
  if (!Array.isArray(k.resources) || k.resources.length === 0) report([], 'lists no resources: the add-on would apply nothing');

  // images: each names the image it replaces and pins the replacement by tag or digest.
  if (k.images !== undefined) {
    if (!Array.isArray(k.images)) report(['images'], 'must be a list');
    else k.images.forEach((img, i) => {
      const at = ['images', i];
      if (!isMap(img)) return report(at, 'must be a mapping (name, newName, newTag, digest)');
      for (const key of Object.keys(img)) if (!IMAGE_FIELDS.has(key)) report([...at, key], `unknown field "${key}" of an image (known: ${[...IMAGE_FIELDS].join(', ')})`);
      if (typeof img.name !== 'string' || !NAME_RE.test(img.name.split('@')[0].replace(/:[^/:]+$/, ''))) report([...at, 'name'], 'must name the image (without tag) as the manifests do');
      if (img.newName !== undefined && (typeof img.newName !== 'string' || !NAME_RE.test(img.newName))) report([...at, 'newName'], `"${img.newName}" is not an image name (without tag or digest)`);
      if (img.digest !== undefined && (typeof img.digest !== 'string' || !DIGEST_RE.test(img.digest))) report([...at, 'digest'], 'must be sha256: and 64 lowercase hex digits');
      if (img.newTag !== undefined) {
        const tag = String(img.newTag);
        if (typeof img.newTag !== 'string') report([...at, 'newTag'], `must be a string (quote it: YAML reads ${tag} as a ${typeof img.newTag})`);
        else if (!TAG_RE.test(tag)) report([...at, 'newTag'], `"${tag}" is not a valid tag`);
        else if (FLOATING_TAGS.has(tag.toLowerCase()) && img.digest === undefined) report([...at, 'newTag'], `image ${img.name} is not pinned: "${tag}" is a moving tag; name a release tag or set digest`);
      } else if (img.digest === undefined) {
        report(at, `image ${img.name ?? ''} is not pinned: set newTag (a release tag) or digest`);
      }
    });
  }

  if (k.labels !== undefined) {
    if (!Array.isArray(k.labels)) report(['labels'], 'must be a list');
    else k.labels.forEach((l, i) => {
      if (!isMap(l)) return report(['labels', i], 'must be a mapping (pairs, includeSelectors, includeTemplates, fields)');
      for (const key of Object.keys(l)) if (!LABEL_FIELDS.has(key)) report(['labels', i, key], `unknown field "${key}" of labels (known: ${[...LABEL_FIELDS].join(', ')})`);
      if (!stringMap(l.pairs)) report(['labels', i, 'pairs'], 'must map label keys to string values');
      for (const b of ['includeSelectors', 'includeTemplates']) if (l[b] !== undefined && typeof l[b] !== 'boolean') report(['labels', i, b], 'must be true or false');
    });
  }

  if (k.patches !== undefined) {
    if (!Array.isArray(k.patches)) report(['patches'], 'must be a list');
    else for (let i = 0; i < k.patches.length; i++) await checkPatch(k.patches[i], ['patches', i], report, localFile, ctx);
  }
  return { problems, referenced };
}

async function checkPatch(p, at, report, localFile, ctx) {
  if (!isMap(p)) return report(at, 'must be a mapping (path or patch, target, options)');
  for (const key of Object.keys(p)) if (!PATCH_FIELDS.has(key)) report([...at, key], `unknown field "${key}" of a patch (known: ${[...PATCH_FIELDS].join(', ')})`);
  if ((p.path === undefined) === (p.patch === undefined)) return report(at, 'must have exactly one of path (a file) and patch (inline)');
  let target = null;
  if (p.target !== undefined) {
    if (!isMap(p.target)) return report([...at, 'target'], 'must be a mapping (kind, name, …)');
    for (const key of Object.keys(p.target)) if (!TARGET_FIELDS.has(key)) report([...at, 'target', key], `unknown field "${key}" of a patch target (known: ${[...TARGET_FIELDS].join(', ')})`);
    if (typeof p.target.kind !== 'string' || typeof p.target.name !== 'string') report([...at, 'target'], 'must name the kind and the name of the one object it patches');
    target = p.target;
  }
  let text = p.patch;
  if (p.path !== undefined) {
    localFile([...at, 'path'], p.path);
    if (!ctx.files.includes(p.path)) return; // upstream's file: downloaded on the node, not here to read
    ctx.patchFiles.add(p.path); // checked here as a patch, not as whole objects
    text = ctx.readFile(p.path);
  }
  if (typeof text !== 'string') return report([...at, 'patch'], 'must be a string (a YAML block holding the patch)');
  let body;
  try {
    const d = parseDocument(text, { uniqueKeys: true, strict: true });
    if (d.errors.length > 0) return report([...at, 'patch'], `the patch is not valid YAML: ${d.errors[0].message.split('\n')[0]}`);
    body = d.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return report([...at, 'patch'], `the patch is not valid YAML: ${e.message}`);
  }
  if (Array.isArray(body)) return checkJsonPatch(body, target, at, report, ctx);
  if (isMap(body)) return checkMergePatch(body, target, at, report, ctx);
  report([...at, 'patch'], 'a patch must be a JSON6902 operation list or a strategic-merge mapping');
}

/** The model candidates of a patch target: served API versions of its kind (the group/version it names, if any). */
function candidates(target, ctx) {
  const group = target.group;
  let avs = apiVersionsOfKind(target.kind, group === undefined ? undefined : group);
  if (target.version !== undefined) avs = avs.filter((av) => av.endsWith('/' + target.version) || av === target.version);
  return avs.filter((av) => ctx.minors.every((m) => notServed(av, target.kind, m) === null));
}

async function checkJsonPatch(ops, target, at, report, ctx) {
  if (!target) return report(at, 'a JSON6902 patch needs a target naming the kind and name of the object it patches');
  if (typeof target.kind !== 'string') return;
  const avs = candidates(target, ctx);
  if (avs.length === 0) {
    return report([...at, 'target', 'kind'], `no served Kubernetes API has kind "${target.kind}"${target.group !== undefined ? ` in group "${target.group}"` : ''}` + (ctx.minors.length ? ` (Kubernetes 1.${ctx.minors.join(', 1.')})` : ''));
  }
  for (let j = 0; j < ops.length; j++) {
    const op = ops[j];
    const where = [...at, 'patch', j];
    if (!isMap(op)) {
      report(where, 'a JSON6902 operation must be a mapping (op, path, value|from)');
      continue;
    }
    for (const key of Object.keys(op)) if (!['op', 'path', 'value', 'from'].includes(key)) report(where, `unknown field "${key}" of a JSON6902 operation`);
    if (!JSON_PATCH_OPS.has(op.op)) {
      report(where, `op ${JSON.stringify(op.op)} is not one of ${[...JSON_PATCH_OPS].join(', ')}`);
      continue;
    }
    const needsValue = ['add', 'replace', 'test'].includes(op.op);
    if (needsValue && !('value' in op)) report(where, `op ${op.op} needs a value`);
    if (!needsValue && 'value' in op) report(where, `op ${op.op} takes no value`);
    if (['move', 'copy'].includes(op.op) && typeof op.from !== 'string') report(where, `op ${op.op} needs from (a JSON pointer)`);
    const paths = [['path', op.path], ...(['move', 'copy'].includes(op.op) && typeof op.from === 'string' ? [['from', op.from]] : [])];
    for (const [field, ptr] of paths) {
      if (typeof ptr !== 'string' || !ptr.startsWith('/')) {
        report(where, `${field} must be a JSON pointer starting with "/", not ${JSON.stringify(ptr)}`);
        continue;
      }
      const keys = decodePointer(ptr);
      if (keys.slice(0, -1).includes('-') || (field === 'from' && keys.includes('-')) || (op.op !== 'add' && field === 'path' && keys.at(-1) === '-')) {
        report(where, `${field} ${ptr}: "-" (append) is only valid as the last token of an add's path`);
        continue;
      }
      const value = field === 'path' && needsValue ? op.value : undefined;
      let best = null;
      for (const av of avs) {
        const Model = await modelOf(av, target.kind);
        const found = validatePartial(Model, av, target.kind, keys, value);
        if (found.length === 0) {
          best = [];
          break;
        }
        if (best === null) best = found.map((f) => ({ ...f, av }));
      }
      for (const f of best) report(where, `${op.op} ${ptr}: ${f.path}: ${f.message}`);
      if (value !== undefined) {
        const images = keys.at(-1) === 'image' ? [[keys, value]] : imagesIn(value, keys);
        for (const [ik, ref] of images) {
          const bad = imageProblem(ref);
          if (bad) report(where, `${op.op} ${ptr}: ${ik.join('/')}: ${bad}`);
        }
      }
    }
  }
}

async function checkMergePatch(body, target, at, report, ctx) {
  const missing = ['apiVersion', 'kind'].filter((f) => typeof body[f] !== 'string');
  if (typeof body.metadata?.name !== 'string') missing.push('metadata.name');
  if (missing.length > 0) return report([...at, 'patch'], `a strategic-merge patch must name the object it patches: missing ${missing.join(', ')}`);
  if (target && target.kind !== undefined && target.kind !== body.kind) report([...at, 'target', 'kind'], `the target's kind ${target.kind} is not the patch's kind ${body.kind}`);
  const Model = await modelOf(body.apiVersion, body.kind);
  if (!Model) {
    if (isBuiltinGroup(body.apiVersion)) report([...at, 'patch'], `Kubernetes has no kind ${body.kind} in ${body.apiVersion} (it has: ${kindsOf(body.apiVersion).join(', ') || 'no kinds'})`);
    else ctx.note(`strategic-merge patch of custom resource ${body.apiVersion} ${body.kind}: no schema known; fields not checked`);
  } else {
    for (const m of ctx.minors) {
      const why = notServed(body.apiVersion, body.kind, m);
      if (why) report([...at, 'patch'], why);
    }
    for (const f of validateMergePatch(Model, body)) report([...at, 'patch'], `${f.path}: ${f.message}`);
  }
  for (const [ik, ref] of imagesIn(body)) {
    const bad = imageProblem(ref);
    if (bad) report([...at, 'patch'], `${ik.join('/')}: ${bad}`);
  }
}

// --- Kubernetes objects kgen owns ----------------------------------------------------------------------------------

/** A YAML file of Kubernetes objects kgen owns (every document an object). */
export async function checkObjects(file, text, ctx) {
  const problems = [];
  const { docs, problems: parse } = parseYaml(file, text);
  problems.push(...parse);
  let objects = 0;
  for (const doc of docs) {
    const v = doc.value;
    if (v === null || v === undefined) continue;
    const report = (keys, message) => problems.push({ file, line: doc.lineOf(keys), where: `${label(doc)}${keys.length ? ' ' + shown(keys) : ''}`, message });
    if (!isMap(v) || typeof v.apiVersion !== 'string' || typeof v.kind !== 'string') {
      report([], `not a Kubernetes object (no apiVersion and kind): an add-on's folder holds ${KUSTOMIZATION}, ${SOURCES} and Kubernetes objects only`);
      continue;
    }
    objects++;
    if (typeof v.metadata?.name !== 'string' || v.metadata.name === '') report(['metadata'], 'metadata.name is required');
    for (const [keys, ref] of imagesIn(v)) {
      const bad = imageProblem(ref);
      if (bad) report(keys, bad);
    }
    const Model = await modelOf(v.apiVersion, v.kind);
    if (!Model) {
      if (isBuiltinGroup(v.apiVersion)) {
        const other = apiVersionsOfKind(v.kind);
        report(['kind'], `Kubernetes has no kind ${v.kind} in ${v.apiVersion}` + (other.length ? ` (${v.kind} is in ${other.join(', ')})` : ` (it has: ${kindsOf(v.apiVersion).join(', ') || 'no kinds'})`));
      } else {
        ctx.note(`${file}: ${label(doc)}: custom resource ${v.apiVersion} ${v.kind}: no schema known; only its images and name checked`);
      }
      continue;
    }
    for (const m of ctx.minors) {
      const why = notServed(v.apiVersion, v.kind, m);
      if (why) report(['apiVersion'], why);
    }
    for (const f of validateObject(Model, v)) report(f.keys, f.message);
  }
  return { problems, objects };
}

// --- one add-on folder, one output folder --------------------------------------------------------------------------

/** The add-on's digest as kgen and the node's runner compute it: SHA-256 of `sha256sum`'s listing of its files, sorted by name. */
export function folderDigest(files) {
  const listing = [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${crypto.createHash('sha256').update(f.bytes).digest('hex')}  ${f.name}\n`)
    .join('');
  return crypto.createHash('sha256').update(listing).digest('hex');
}

/**
 * One add-on's folder (its files kgen owns). `opts`: { minors: [34], note(msg) }.
 * Returns { problems (file relative to the folder), objects }.
 */
export async function checkAddonFolder(folder, opts = {}) {
  const minors = opts.minors ?? [];
  const note = opts.note ?? (() => {});
  const problems = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true });
  for (const e of entries) if (!e.isFile()) problems.push({ file: e.name, line: 0, where: 'folder', message: 'an add-on folder holds only files' });
  const files = entries.filter((e) => e.isFile()).map((e) => e.name).sort();
  const read = (name) => fs.readFileSync(path.join(folder, name), 'utf8');

  let sources = { entries: [], problems: [] };
  if (files.includes(SOURCES)) sources = parseSources(read(SOURCES));
  problems.push(...sources.problems);
  const sourceMap = new Map(sources.entries.map((s) => [s.file, s]));
  for (const s of sources.entries) {
    if (files.includes(s.file)) problems.push({ file: SOURCES, line: s.line, where: `line ${s.line}`, message: `"${s.file}" is also a file of kgen's: the download would overwrite it` });
  }

  const ctx = { files, sources: sourceMap, minors, note, readFile: read, patchFiles: new Set() };
  let referenced = new Set();
  if (!files.includes(KUSTOMIZATION)) {
    problems.push({ file: KUSTOMIZATION, line: 0, where: 'folder', message: `missing: the node applies the folder with kubectl apply -k` });
  } else {
    const k = await checkKustomization(read(KUSTOMIZATION), ctx);
    problems.push(...k.problems);
    referenced = k.referenced;
  }
  for (const s of sources.entries) {
    if (!referenced.has(s.file)) problems.push({ file: SOURCES, line: s.line, where: `line ${s.line}`, message: `"${s.file}" is downloaded but ${KUSTOMIZATION} does not use it` });
  }

  let objects = 0;
  for (const name of files) {
    if (name === KUSTOMIZATION || name === SOURCES || ctx.patchFiles.has(name)) continue;
    if (!/\.ya?ml$/.test(name)) {
      problems.push({ file: name, line: 0, where: 'file', message: `not a file kind check-addons knows (${KUSTOMIZATION}, ${SOURCES}, *.yaml of Kubernetes objects): add a rule for it` });
      continue;
    }
    const r = await checkObjects(name, read(name), ctx);
    problems.push(...r.problems);
    objects += r.objects;
    if (!referenced.has(name)) problems.push({ file: name, line: 0, where: 'file', message: `not used by ${KUSTOMIZATION} (not a resource or patch): it would be delivered and never applied` });
  }
  return { problems, objects, files };
}

/** The Kubernetes minors an output folder's node scripts install (KUBERNETES_VERSION='1.34.2'). */
export function clusterMinors(dir) {
  const minors = new Set();
  const scan = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (path.basename(p) === 'addons') return;
      for (const n of fs.readdirSync(p)) scan(path.join(p, n));
    } else if (st.isFile() && st.size < 4_000_000) {
      const text = fs.readFileSync(p, 'utf8');
      for (const m of text.matchAll(/KUBERNETES_VERSION=\\?['"]?v?1\.(\d+)\.\d+/g)) minors.add(Number(m[1]));
    }
  };
  for (const sub of ['data', 'configBase', 'cloudformation.json']) scan(path.join(dir, sub));
  return [...minors].sort((a, b) => a - b);
}

/**
 * The add-on files a Terraform output uploads to an S3 config store: aws_s3_object resources whose key lies below
 * <cluster>/addons/ and whose source is a file of data/. Returns [{ rel (configBase/addons/…), source (data/…) }].
 */
export function terraformAddonObjects(dir) {
  const tf = path.join(dir, 'kubernetes.tf');
  if (!fs.existsSync(tf)) return [];
  const out = [];
  const text = fs.readFileSync(tf, 'utf8');
  for (const block of text.matchAll(/^resource "aws_s3_object" "[^"]+" \{\n([\s\S]*?)^\}/gm)) {
    const key = /^\s*key\s*=\s*"([^"]+)"/m.exec(block[1])?.[1];
    const source = /^\s*source\s*=\s*"\$\{path\.module\}\/(data\/[^"]+)"/m.exec(block[1])?.[1];
    const m = key && /(?:^|\/)addons\/(.+)$/.exec(key);
    if (m && source) out.push({ rel: `configBase/addons/${m[1]}`, source });
  }
  return out;
}

/**
 * The add-on index(es) an output folder sets: the SSM parameter named /kgen/<cluster>/addons, from kubernetes.tf (its
 * value a data/ file) and from cloudformation.json (its Value inline). Returns [{ file, line, text }].
 */
export function addonIndexes(dir) {
  const out = [];
  const tf = path.join(dir, 'kubernetes.tf');
  if (fs.existsSync(tf)) {
    const text = fs.readFileSync(tf, 'utf8');
    for (const block of text.matchAll(/^resource "aws_ssm_parameter" "[^"]+" \{\n([\s\S]*?)^\}/gm)) {
      const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(block[1])?.[1];
      const source = /^\s*(?:insecure_value|value)\s*=\s*file\("\$\{path\.module\}\/(data\/[^"]+)"\)/m.exec(block[1])?.[1];
      if (name && /\/addons$/.test(name)) {
        const line = text.slice(0, block.index).split('\n').length;
        if (!source || !fs.existsSync(path.join(dir, source))) out.push({ file: 'kubernetes.tf', line, text: null, name });
        else out.push({ file: source, line: 0, text: fs.readFileSync(path.join(dir, source), 'utf8'), name });
      }
    }
  }
  const cfn = path.join(dir, 'cloudformation.json');
  if (fs.existsSync(cfn)) {
    let template = null;
    try {
      template = JSON.parse(fs.readFileSync(cfn, 'utf8'));
    } catch {
      // check-cloudformation reports a template that does not parse
    }
    for (const [id, r] of Object.entries(template?.Resources ?? {})) {
      const name = r?.Properties?.Name;
      if (r?.Type === 'AWS::SSM::Parameter' && typeof name === 'string' && /\/addons$/.test(name)) {
        const value = r.Properties.Value;
        out.push({ file: `cloudformation.json (${id})`, line: 0, text: typeof value === 'string' ? value : null, name });
      }
    }
  }
  return out;
}

/**
 * An index against the add-on folders (name → { digest → file names }): "NAME DIGEST VERSION FILES" lines (FILES the
 * folder's files, comma-separated), each add-on once, each with its folder; every folder's add-on listed.
 */
export function checkIndex(index, folders) {
  const problems = [];
  const at = (n, message) => problems.push({ file: index.file, line: index.line || n, where: `index ${index.name}${n ? ` line ${n}` : ''}`, message });
  if (index.text === null) {
    at(0, 'its value is not a literal kgen wrote (a data/ file for Terraform, a string for CloudFormation)');
    return problems;
  }
  const text = index.text;
  if (text.length > 0 && !text.endsWith('\n')) at(text.split('\n').length, 'the last line has no newline: a `while read` loop on the node skips it');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const listed = new Set();
  lines.forEach((l, i) => {
    const n = i + 1;
    const parts = l.split(' ');
    if (parts.length !== 4 || parts.some((x) => x === '')) {
      at(n, `expected "NAME DIGEST VERSION FILES" (FILES comma-separated), got ${JSON.stringify(l)}`);
      return;
    }
    const [name, digest, , files] = parts;
    if (listed.has(name)) at(n, `add-on ${name} is listed twice`);
    listed.add(name);
    const folder = folders.get(name)?.get(digest);
    if (!folder) {
      at(n, `no folder configBase/addons/${name}/${digest} for add-on ${name}`);
      return;
    }
    if (files !== folder.join(',')) at(n, `FILES ${files} is not the folder's files ${folder.join(',')}: the node would fetch another set`);
  });
  for (const name of folders.keys()) if (!listed.has(name)) at(0, `add-on ${name} has a folder but is not listed: the node never applies it`);
  return problems;
}

/**
 * Every add-on of an output folder: configBase/addons/<name>/<digest>/ (as a snapshot pins what the config store
 * holds), else the add-on objects its Terraform uploads (data/ files), against the index the output sets (the SSM
 * parameter of kubernetes.tf and of cloudformation.json). Returns { problems (file relative to dir), addons, objects }.
 */
export async function checkOutputDir(dir, opts = {}) {
  const indexes = addonIndexes(dir);
  if (!fs.existsSync(path.join(dir, 'configBase', 'addons'))) {
    const objects = terraformAddonObjects(dir);
    if (objects.length > 0) {
      // Lay the uploaded files out as the store will hold them, check that, and name the data/ files in problems.
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kgen-check-addons-'));
      try {
        for (const o of objects) {
          fs.mkdirSync(path.dirname(path.join(tmp, o.rel)), { recursive: true });
          fs.copyFileSync(path.join(dir, o.source), path.join(tmp, o.rel));
        }
        const r = await checkFolders(tmp, indexes, opts);
        const bySource = new Map(objects.map((o) => [o.rel, o.source]));
        const shownFile = (f) => {
          if (bySource.has(f)) return `${bySource.get(f)} (${f})`;
          const under = objects.find((o) => o.rel.startsWith(f + '/'));
          return under ? `kubernetes.tf (${f})` : f;
        };
        r.problems = r.problems.map((p) => ({ ...p, file: shownFile(p.file) }));
        return r;
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    }
  }
  return checkFolders(dir, indexes, opts);
}

async function checkFolders(dir, indexes, opts) {
  const root = path.join(dir, 'configBase', 'addons');
  const problems = [];
  const rel = (...p) => path.posix.join('configBase/addons', ...p);
  const folders = new Map(); // name → Map(digest → [file names])
  let objects = 0;
  if (fs.existsSync(root)) {
    for (const e of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!e.isDirectory()) {
        problems.push({ file: rel(e.name), line: 0, where: 'file', message: 'unexpected file: configBase/addons/ holds a folder per add-on' });
        continue;
      }
      if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(e.name)) problems.push({ file: rel(e.name), line: 0, where: 'folder', message: 'an add-on name is lowercase letters, digits and -' });
      const digests = new Map();
      for (const d of fs.readdirSync(path.join(root, e.name), { withFileTypes: true })) {
        if (!d.isDirectory()) {
          problems.push({ file: rel(e.name, d.name), line: 0, where: 'file', message: "unexpected file: an add-on's folder holds one folder per digest" });
          continue;
        }
        const folder = path.join(root, e.name, d.name);
        const r = await checkAddonFolder(folder, opts);
        digests.set(d.name, r.files);
        objects += r.objects;
        for (const p of r.problems) problems.push({ ...p, file: rel(e.name, d.name, p.file) });
        const actual = folderDigest(r.files.map((name) => ({ name, bytes: fs.readFileSync(path.join(folder, name)) })));
        if (actual !== d.name) {
          problems.push({ file: rel(e.name, d.name), line: 0, where: 'folder', message: `the folder's name is not the digest of its files (${actual}): the node's runner would compute another and re-apply on every run` });
        }
      }
      if (digests.size > 1) problems.push({ file: rel(e.name), line: 0, where: 'folder', message: `${digests.size} digest folders: kgen delivers one per add-on` });
      folders.set(e.name, digests);
    }
  }
  if (folders.size > 0 && indexes.length === 0) {
    problems.push({ file: 'configBase/addons', line: 0, where: 'folder', message: 'no add-on index (the SSM parameter /kgen/CLUSTER/addons of kubernetes.tf or cloudformation.json) names these add-ons: the node applies only what the index lists' });
  }
  if (folders.size > 0) for (const index of indexes) problems.push(...checkIndex(index, folders));
  else if (indexes.length > 0) opts.note?.(`the add-ons' files are not in this folder (kgen writes them into the config store for this target and store); the index ${indexes[0].name} is not checked against them`);
  return { problems, addons: folders.size, objects };
}

/** A problem as one line: `path:line: where: message`. */
export function formatProblem(base, p) {
  return `${path.join(base, p.file)}${p.line ? ':' + p.line : ''}: ${p.where}: ${p.message}`;
}
