// Structural outline of an HCL file, built from the lexer's tokens.
//
// hcl2json gives the authoritative values but loses positions, does not say
// whether `x = [{...}]` was written as an attribute or as blocks, and silently
// keeps only the last of two equal keys in an object constructor ({ a = 1, a = 2 }).
// The outline records exactly that:
//
//   Body  = { line, endLine, attrs: Map<name, Attr>, blocks: Block[], duplicateAttrs: Attr[] }
//   Block = Body & { type, labels: string[] }
//   Attr  = { name, line, endLine }
//   duplicateKeys (on the outline root): [{ key, line, firstLine }] for object constructors

import { tokenize } from './hcl-lexer.mjs';

export function buildOutline(text) {
  const tokens = tokenize(text).filter((t) => t.type !== 'comment');
  const duplicateKeys = [];
  let pos = 0;

  const peek = (k = 0) => tokens[pos + k];
  const isOp = (tok, text) => tok && tok.type === 'op' && tok.text === text;
  const skipNewlines = () => {
    while (peek() && peek().type === 'newline') pos++;
  };

  function parseBody(line, nested) {
    const body = { line, endLine: line, attrs: new Map(), blocks: [], duplicateAttrs: [] };
    for (;;) {
      skipNewlines();
      const tok = peek();
      if (!tok) break;
      if (isOp(tok, '}')) {
        if (nested) {
          body.endLine = tok.line;
          pos++;
          return body;
        }
        pos++; // stray brace at top level: hcl2json reports it
        continue;
      }
      if (tok.type !== 'ident') {
        pos++; // unexpected; skip (syntax errors are hcl2json's job)
        continue;
      }
      if (isOp(peek(1), '=')) {
        const attr = { name: tok.text, line: tok.line };
        pos += 2;
        attr.endLine = parseExpression();
        if (body.attrs.has(attr.name)) body.duplicateAttrs.push({ ...attr, firstLine: body.attrs.get(attr.name).line });
        else body.attrs.set(attr.name, attr);
        continue;
      }
      // block: IDENT (IDENT | STRING)* {
      const block = { type: tok.text, labels: [] };
      pos++;
      while (peek() && (peek().type === 'ident' || peek().type === 'string')) {
        const l = peek();
        block.labels.push(l.type === 'string' ? (l.literal ?? l.text.slice(1, -1)) : l.text);
        pos++;
      }
      if (!isOp(peek(), '{')) continue; // malformed
      pos++;
      Object.assign(block, parseBody(tok.line, true));
      body.blocks.push(block);
    }
    body.endLine = tokens.length ? tokens[tokens.length - 1].endLine : 1;
    return body;
  }

  /**
   * Consume an expression up to (not including) the newline or the closing
   * bracket/comma that ends it. Returns the last line the expression used.
   */
  function parseExpression({ stopAtComma = false } = {}) {
    let depth = 0;
    let lastLine = peek()?.line ?? 1;
    while (peek()) {
      const tok = peek();
      if (tok.type === 'newline' && depth === 0) break;
      if (tok.type === 'op') {
        if (tok.text === ',' && depth === 0 && stopAtComma) break;
        if (tok.text === '{') {
          lastLine = parseObjectOrFor();
          continue;
        }
        if (tok.text === '[' || tok.text === '(') depth++;
        if (tok.text === ']' || tok.text === ')' || tok.text === '}') {
          if (depth === 0) break;
          depth--;
        }
      }
      lastLine = tok.endLine;
      pos++;
    }
    return lastLine;
  }

  /** At '{' inside an expression: an object constructor or a for expression. */
  function parseObjectOrFor() {
    const open = peek();
    pos++;
    let k = 0;
    while (peek(k) && peek(k).type === 'newline') k++;
    if (peek(k) && peek(k).type === 'ident' && peek(k).text === 'for') {
      // { for ... } : skip to the matching brace
      let depth = 1;
      while (peek() && depth > 0) {
        if (isOp(peek(), '{')) depth++;
        if (isOp(peek(), '}')) depth--;
        pos++;
      }
      return tokens[pos - 1]?.endLine ?? open.line;
    }
    const seen = new Map();
    for (;;) {
      while (peek() && (peek().type === 'newline' || isOp(peek(), ','))) pos++;
      const tok = peek();
      if (!tok) return open.line;
      if (isOp(tok, '}')) {
        pos++;
        return tok.line;
      }
      // key: identifier, literal string, or a parenthesised / templated expression
      let key = null;
      const keyLine = tok.line;
      if ((tok.type === 'ident' || tok.type === 'string' || tok.type === 'number') && (isOp(peek(1), '=') || isOp(peek(1), ':'))) {
        key = tok.type === 'string' ? tok.literal : tok.text;
        pos += 2;
      } else {
        // computed key: consume until '=' or ':' at depth 0
        let depth = 0;
        while (peek()) {
          const t = peek();
          if (t.type === 'op' && depth === 0 && (t.text === '=' || t.text === ':')) break;
          if (t.type === 'op' && '([{'.includes(t.text)) depth++;
          if (t.type === 'op' && ')]}'.includes(t.text)) {
            if (depth === 0) break;
            depth--;
          }
          pos++;
        }
        if (isOp(peek(), '=') || isOp(peek(), ':')) pos++;
        else continue;
      }
      if (key !== null) {
        if (seen.has(key)) duplicateKeys.push({ key, line: keyLine, firstLine: seen.get(key) });
        else seen.set(key, keyLine);
      }
      parseExpression({ stopAtComma: true });
    }
  }

  const root = parseBody(1, false);
  root.duplicateKeys = duplicateKeys;
  return root;
}

/** Child blocks of `body` with the given type (and first label, if given), in source order. */
export function childBlocks(body, type, label) {
  if (!body) return [];
  return body.blocks.filter((b) => b.type === type && (label === undefined || b.labels[0] === label));
}
