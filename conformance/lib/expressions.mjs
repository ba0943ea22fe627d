// Analysis of the expression strings hcl2json produces.
//
// hcl2json renders every non-literal value as a template string: `vpc_id =
// aws_vpc.x.id` becomes "${aws_vpc.x.id}", a heredoc becomes its text with the
// ${...} kept. We hand such strings back to HCL's own expression parser
// (hcl2json's getExpressionAst, compiled from the Go HCL library) wrapped in a
// heredoc, so quotes and newlines need no escaping, and walk the syntax tree for
//   * references: scope traversals such as aws_vpc.x.id, data.aws_ami.u.id,
//     local.n, var.v; names bound by `for` expressions are not references;
//   * function calls, with the source text of the first argument (for file()).

import { getExpressionAst } from '@cdktf/hcl2json';

/**
 * @typedef {{ name?: string, index?: string }} Segment   a.b[0] -> [{name:'a'},{name:'b'},{index:'0'}]
 * @typedef {{ text: string, segments: Segment[] }} Reference
 * @typedef {{ name: string, firstArg: string | null }} FunctionCall
 * @typedef {{ refs: Reference[], calls: FunctionCall[], error?: string }} Analysis
 */

const EMPTY = Object.freeze({ refs: [], calls: [] });
const SIMPLE_TRAVERSAL = /^\$\{([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d+\])+)\}$/;
const cache = new Map();

/** True when the string contains a template sequence that is not escaped ($${ / %%{). */
export function hasTemplate(s) {
  return /(^|[^$])\$\{|(^|[^%])%\{/.test(s);
}

/** @returns {Promise<Analysis>} */
export async function analyzeTemplate(value) {
  if (typeof value !== 'string' || !hasTemplate(value)) return EMPTY;
  let result = cache.get(value);
  if (!result) {
    result = analyzeUncached(value);
    cache.set(value, result);
  }
  return result;
}

async function analyzeUncached(value) {
  // Fast path for the common case: the whole value is one plain traversal.
  const simple = SIMPLE_TRAVERSAL.exec(value);
  if (simple) return { refs: [{ text: simple[1], segments: splitTraversal(simple[1]) }], calls: [] };

  let marker = 'CONFORMANCE_EOT';
  while (value.includes(marker)) marker += '_';
  const source = `<<${marker}\n${value}\n${marker}\n`;
  let ast;
  try {
    ast = await getExpressionAst('expression.tf', source);
  } catch (err) {
    return { refs: [], calls: [], error: String(err.message ?? err).replace(/\s+/g, ' ') };
  }
  const bytes = Buffer.from(source, 'utf8');
  const refs = [];
  const calls = [];
  walk(ast, new Set(), refs, calls, bytes);
  return { refs, calls };
}

function walk(node, bound, refs, calls, bytes) {
  if (!node) return;
  switch (node.type) {
    case 'scopeTraversal': {
      const segments = (node.meta?.traversal ?? []).map((t) =>
        t.type === 'nameTraversal' ? { name: t.segment } : { index: String(t.segment) },
      );
      if (segments.length && !bound.has(segments[0].name)) {
        refs.push({ text: node.meta.value ?? node.meta.fullAccessor, segments });
      }
      break;
    }
    case 'for': {
      const inner = new Set(bound);
      if (node.meta?.keyVar) inner.add(node.meta.keyVar);
      if (node.meta?.valVar) inner.add(node.meta.valVar);
      for (const child of node.children ?? []) walk(child, inner, refs, calls, bytes);
      return;
    }
    case 'function': {
      const range = node.meta?.argsRanges?.[0];
      calls.push({
        name: node.meta?.name,
        firstArg: range ? bytes.subarray(range.start.byte, range.end.byte).toString('utf8') : null,
      });
      break;
    }
    default:
      break;
  }
  for (const child of node.children ?? []) walk(child, bound, refs, calls, bytes);
}

function splitTraversal(text) {
  const segments = [];
  for (const m of text.matchAll(/([A-Za-z_][\w-]*)|\[(\d+)\]/g)) {
    segments.push(m[1] !== undefined ? { name: m[1] } : { index: m[2] });
  }
  return segments;
}

/**
 * All strings inside a JSON value (object keys included), with the attribute
 * path at which each was found.
 * @returns {{ path: string, value: string }[]}
 */
export function collectStrings(value, path = '', out = []) {
  if (typeof value === 'string') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => collectStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (hasTemplate(k)) out.push({ path, value: k });
      collectStrings(v, path ? `${path}.${k}` : k, out);
    }
  }
  return out;
}
