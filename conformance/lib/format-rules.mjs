// `terraform fmt` rules that can be checked on raw text.
//
// Indentation and alignment follow hclwrite's own algorithm (format.go):
//  * The file is cut into "format lines" at newline tokens; a heredoc or a
//    block comment is a single token, so its whole body belongs to the line
//    that opens it and is never re-indented.
//  * Indent: each line's net bracket change ({[( minus )]}) drives a stack;
//    a line that opens brackets is indented at the current level and pushes,
//    a line that closes pops first and is indented at the level it returns to.
//  * Alignment: a line "assigns" when it has an `=` (not ==, <=, =>, ...) after
//    its first token and the tokens from that `=` on are bracket-balanced (so
//    `tags = {` opening a multi-line map does not assign). Consecutive
//    assigning lines form a run whose `=` signs sit one column after the
//    longest key; any other line (blank, comment, block header, `}`) ends it.

import { tokenize, bracketChange } from './hcl-lexer.mjs';
import { buildOutline } from './outline.mjs';

export const RULES = {
  indent: 'indentation must be 2 spaces per nesting level',
  align: '"=" signs of consecutive single-line attributes must be aligned one space after the longest key',
  spaceAfterEquals: 'exactly one space after "="',
  blankBetweenBlocks: 'exactly one blank line between top-level blocks',
  doubleBlank: 'no consecutive blank lines',
  leadingBlank: 'file must not start with a blank line',
  trailingWhitespace: 'no trailing whitespace',
  tab: 'no tab characters (use spaces)',
  crlf: 'no carriage returns (use LF line endings)',
  finalNewline: 'file must end with exactly one newline',
};

/**
 * @param {string} text file contents
 * @returns {{ line: number, rule: keyof RULES, detail?: string }[]}
 */
export function checkFormat(text) {
  const problems = [];
  const report = (line, rule, detail) => problems.push({ line, rule, detail });
  if (text.length === 0) return problems;

  const physLines = text.split('\n');
  if (physLines[physLines.length - 1] === '') physLines.pop(); // text ended with \n
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);

  const tokens = tokenize(text);

  // Physical lines that are heredoc body/closing lines: content, not layout.
  const verbatim = new Set();
  for (const t of tokens) {
    if (t.type === 'heredoc' || (t.type === 'comment' && t.block)) {
      for (let l = t.line + 1; l <= t.endLine; l++) verbatim.add(l);
    }
  }

  // --- raw-text rules -------------------------------------------------------
  physLines.forEach((content, idx) => {
    const line = idx + 1;
    if (verbatim.has(line)) return;
    if (content.includes('\r')) report(line, 'crlf');
    const body = content.replace(/\r$/, '');
    if (/[ \t]+$/.test(body)) report(line, 'trailingWhitespace');
    if (body.includes('\t')) report(line, 'tab');
  });
  if (!text.endsWith('\n')) report(physLines.length, 'finalNewline', 'missing final newline');
  else if (/\n\s*\n$/.test(text) || text.trim() === '') {
    report(physLines.length, 'finalNewline', 'extra blank line(s) at end of file');
  }
  const isBlank = (line) => line >= 1 && line <= physLines.length && !verbatim.has(line) && physLines[line - 1].trim() === '';
  if (isBlank(1)) report(1, 'leadingBlank');
  for (let line = 2; line <= physLines.length; line++) {
    if (isBlank(line) && isBlank(line - 1)) report(line, 'doubleBlank');
  }

  // --- format lines: indentation and alignment -------------------------------
  const fmtLines = [];
  let current = [];
  for (const t of tokens) {
    if (t.type === 'newline') {
      fmtLines.push(current);
      current = [];
    } else {
      current.push(t);
    }
  }
  if (current.length) fmtLines.push(current);

  const indents = [];
  let chain = []; // { leadCols, tok, gap, line }
  const closeChain = () => {
    if (chain.length) {
      const maxCols = Math.max(...chain.map((c) => c.leadCols));
      for (const c of chain) {
        const want = maxCols - c.leadCols + 1;
        if (c.gap !== want) {
          report(c.line, 'align', `expected ${want} space${want === 1 ? '' : 's'} before "=", found ${c.gap}`);
        }
      }
    }
    chain = [];
  };

  for (const lead of fmtLines) {
    if (lead.length === 0) {
      closeChain();
      continue;
    }
    const first = lead[0];
    const net = lead.reduce((n, t) => n + bracketChange(t), 0);
    let level;
    if (net > 0) {
      level = indents.length;
      indents.push(net);
    } else if (net < 0) {
      let closed = -net;
      while (closed > 0 && indents.length) {
        const top = indents[indents.length - 1];
        if (closed >= top) {
          closed -= top;
          indents.pop();
        } else {
          indents[indents.length - 1] -= closed;
          closed = 0;
        }
      }
      level = indents.length;
    } else {
      level = indents.length;
    }
    const want = 2 * level;
    const raw = text.slice(lineStarts[first.line - 1], first.start);
    if (!/\t/.test(raw) && raw.length !== want) {
      report(first.line, 'indent', `expected ${want} spaces, found ${raw.length}`);
    }

    // assignment cell
    const eqIdx = lead.findIndex((t, i) => i > 0 && t.type === 'op' && t.text === '=');
    const assigns = eqIdx > 0 && lead.slice(eqIdx).reduce((n, t) => n + bracketChange(t), 0) === 0;
    if (!assigns) {
      closeChain();
      continue;
    }
    const eq = lead[eqIdx];
    const before = lead[eqIdx - 1];
    const after = lead[eqIdx + 1];
    if (after && after.line === eq.line && after.start - eq.end !== 1) {
      report(eq.line, 'spaceAfterEquals', `found ${after.start - eq.end}`);
    }
    chain.push({ leadCols: want + (before.end - first.start), gap: eq.start - before.end, line: eq.line });
  }
  closeChain();

  // --- blank lines around top-level blocks -----------------------------------
  const outline = buildOutline(text);
  const isComment = (line) => /^\s*(#|\/\/|\/\*|\*)/.test(physLines[line - 1] ?? '');
  outline.blocks.forEach((block, i) => {
    // The block, with any comment lines directly above it.
    let start = block.line;
    while (start > 1 && isComment(start - 1)) start--;
    if (i > 0 && start > 1 && !isBlank(start - 1)) {
      report(start, 'blankBetweenBlocks', `missing blank line before ${describe(block)}`);
    }
    const next = block.endLine + 1;
    if (next <= physLines.length && !isBlank(next)) {
      report(next, 'blankBetweenBlocks', `missing blank line after ${describe(block)}`);
    }
  });
  return problems.sort((a, b) => a.line - b.line);
}

function describe(block) {
  return [block.type, ...block.labels.map((l) => `"${l}"`)].join(' ');
}
