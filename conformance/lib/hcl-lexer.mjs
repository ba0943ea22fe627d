// A small HCL (native syntax) tokenizer.
//
// It is deliberately lenient: files are first parsed by hcl2json, which reports
// syntax errors; this lexer only has to be good enough to find where things are
// (lines, columns, brackets, keys) for the outline and the format rules.
//
// Token: { type, text, line, col, start, end, endLine }
//   type: 'ident' | 'number' | 'string' | 'heredoc' | 'comment' | 'newline' | 'op' | 'unknown'
//   line/col are 1-based, start/end are string offsets, endLine is the line of
//   the last character (heredocs and block comments span lines).
//   Quoted strings are one token including any ${...} / %{...} inside them;
//   `literal` holds the unescaped text when the string has no template sequence.
//   Heredocs are one token from "<<MARKER" through the closing marker.

const OPERATORS = ['...', '==', '!=', '<=', '>=', '=>', '&&', '||'];
const SINGLE = new Set(['{', '}', '[', ']', '(', ')', '=', ',', '.', ':', '?', '!', '<', '>', '+', '-', '*', '/', '%', '&', '|']);

export function tokenize(text) {
  const tokens = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const push = (type, start, end, extra = {}) => {
    const tok = { type, text: text.slice(start, end), line, col: start - lineStart + 1, start, end, endLine: line, ...extra };
    // account for newlines inside the token (heredocs, block comments)
    for (let k = start; k < end; k++) {
      if (text[k] === '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    tok.endLine = text[end - 1] === '\n' ? line - 1 : line;
    tokens.push(tok);
    return tok;
  };

  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '\n') {
      push('newline', i, i + 1);
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      let j = text.indexOf('\n', i);
      if (j < 0) j = text.length;
      push('comment', i, j);
      i = j;
    } else if (c === '/' && text[i + 1] === '*') {
      let j = text.indexOf('*/', i + 2);
      j = j < 0 ? text.length : j + 2;
      push('comment', i, j, { block: true });
      i = j;
    } else if (c === '"') {
      const j = scanQuoted(text, i);
      const raw = text.slice(i, j);
      const hasTemplate = /(^|[^$])\$\{|(^|[^%])%\{/.test(raw);
      push('string', i, j, { literal: hasTemplate ? null : unescape(raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined)) });
      i = j;
    } else if (c === '<' && text[i + 1] === '<' && /^<<-?[A-Za-z_][\w-]*\r?\n/.test(text.slice(i, i + 200))) {
      const m = /^<<(-?)([A-Za-z_][\w-]*)\r?\n/.exec(text.slice(i, i + 200));
      const bodyStart = i + m[0].length;
      const marker = m[2];
      let j = bodyStart;
      let end = text.length;
      while (j < text.length) {
        let eol = text.indexOf('\n', j);
        if (eol < 0) eol = text.length;
        if (text.slice(j, eol).trim() === marker) {
          end = j + text.slice(j, eol).indexOf(marker) + marker.length;
          break;
        }
        j = eol + 1;
      }
      push('heredoc', i, end, { marker, flush: m[1] === '-', bodyStart });
      i = end;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w-]*/.exec(text.slice(i, i + 256));
      push('ident', i, i + m[0].length);
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
      push('number', i, i + m[0].length);
      i += m[0].length;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        push('op', i, i + op.length);
        i += op.length;
      } else {
        push(SINGLE.has(c) ? 'op' : 'unknown', i, i + 1);
        i++;
      }
    }
  }
  return tokens;
}

/** End offset (exclusive) of the quoted template starting at text[start] === '"'. */
function scanQuoted(text, start) {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '"') {
      return i + 1;
    } else if (c === '\n') {
      return i; // unterminated; hcl2json reports it
    } else if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      i += 3; // $${ / %%{ escape
    } else if ((c === '$' || c === '%') && text[i + 1] === '{') {
      i = scanInterpolation(text, i + 2);
    } else {
      i++;
    }
  }
  return i;
}

/** Skip an interpolation body up to and including its closing brace. */
function scanInterpolation(text, i) {
  let depth = 1;
  while (i < text.length && depth > 0) {
    const c = text[i];
    if (c === '"') {
      i = scanQuoted(text, i);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    i++;
  }
  return i;
}

function unescape(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
    switch (e[0]) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(e.slice(1), 16));
      default:
        return e;
    }
  });
}

export const OPENERS = new Set(['{', '[', '(']);
export const CLOSERS = new Set(['}', ']', ')']);

/** +1 for an opening bracket, -1 for a closing one, 0 otherwise. */
export function bracketChange(tok) {
  if (tok.type !== 'op') return 0;
  if (OPENERS.has(tok.text)) return 1;
  if (CLOSERS.has(tok.text)) return -1;
  return 0;
}
