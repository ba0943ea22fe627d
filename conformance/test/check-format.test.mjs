import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkFormat } from '../lib/format-rules.mjs';
import { fixture, fixtureNames, kopsSnapshotDirs, matchProblems, run } from './helpers.mjs';
import { checkFormatDirs } from '../check-format.mjs';

// Planted formatting mistakes: fixture -> expected problem lines (and nothing else).
const EXPECTED = {
  align: [/main\.tf:2: align: .*expected 9 spaces before "=", found 1/],
  'align-too-wide': [/main\.tf:2: align: .*expected 9 spaces, found 11|main\.tf:2: align: .*expected 9 spaces before "=", found 11/, /main\.tf:3: align: .*expected 1 space before "=", found 3/],
  'blank-between-blocks': [/main\.tf:4: blankBetweenBlocks: .*missing blank line after resource "aws_vpc" "a"/, /main\.tf:4: blankBetweenBlocks: .*missing blank line before resource "aws_vpc" "b"/],
  crlf: [/main\.tf:[123]: crlf: /],
  'double-blank': [/main\.tf:5: doubleBlank: /],
  'extra-final-newline': [/main\.tf:4: finalNewline: .*extra blank line/],
  indent: [/main\.tf:2: indent: .*expected 2 spaces, found 3/],
  'indent-closing-brace': [/main\.tf:4: indent: .*expected 2 spaces, found 4/],
  'indent-nested': [/main\.tf:3: indent: .*expected 4 spaces, found 2/],
  'leading-blank': [/main\.tf:1: leadingBlank: /],
  'no-final-newline': [/main\.tf:3: finalNewline: .*missing final newline/],
  'space-after-equals': [/main\.tf:2: spaceAfterEquals: .*found 2/],
  tab: [/main\.tf:2: tab: /],
  'trailing-whitespace': [/main\.tf:2: trailingWhitespace: /],
};

describe('check-format', () => {
  test('the clean fixture passes', () => {
    assert.deepEqual(checkFormatDirs([fixture('clean')]), []);
  });

  test('every planted-mistake fixture has an expectation', () => {
    assert.deepEqual(fixtureNames('format'), Object.keys(EXPECTED).sort());
  });

  for (const [name, patterns] of Object.entries(EXPECTED)) {
    test(`flags ${name}`, () => {
      const lines = checkFormatDirs([fixture('format', name)]);
      assert.deepEqual(matchProblems(lines, patterns), { unmatchedPatterns: [], unexpectedLines: [] }, lines.join('\n'));
    });
  }

  const kops = kopsSnapshotDirs();
  test('the output for the kops-format manifests passes', () => {
    assert.ok(kops.length >= 5, `kops manifest snapshots found: ${kops.length}`);
    assert.deepEqual(checkFormatDirs(kops), []);
  });
});

describe('format rules (hclwrite semantics)', () => {
  const rules = (text) => checkFormat(text).map((p) => `${p.line}:${p.rule}`);

  test('heredoc bodies are content: tabs, indentation and trailing spaces inside are fine', () => {
    const text = 'locals {\n  script = <<-EOT\n\t#!/bin/bash\n      echo hi   \nEOT\n  after  = 1\n}\n';
    assert.deepEqual(rules(text), []);
  });

  test('a heredoc attribute aligns with its neighbours', () => {
    assert.deepEqual(rules('locals {\n  a = <<EOT\nx\nEOT\n  bbb = 1\n}\n'), ['2:align']);
    assert.deepEqual(rules('locals {\n  a   = <<EOT\nx\nEOT\n  bbb = 1\n}\n'), []);
  });

  test('multi-line values, blank lines, comments and blocks end an alignment run', () => {
    const text = [
      'resource "aws_vpc" "v" {',
      '  cidr_block = "10.0.0.0/16"',
      '  tags = {',
      '    "Name" = "v"',
      '  }',
      '  enable_dns_support = true',
      '',
      '  enable_dns_hostnames = true',
      '  # comment',
      '  id = "x"',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(rules(text), []);
  });

  test('nested brackets indent by two per level and closers dedent', () => {
    const good = 'locals {\n  a = merge(local.x, {\n    b = [\n      1,\n    ]\n  })\n}\n';
    assert.deepEqual(rules(good), []);
    const bad = 'locals {\n  a = merge(local.x, {\n    b = [\n    1,\n    ]\n  })\n}\n';
    assert.deepEqual(rules(bad), ['4:indent']);
  });

  test('comparison operators are not assignments', () => {
    assert.deepEqual(rules('locals {\n  a   = 1\n  bcd = var.x == "y" ? 1 : 2\n}\n'), []);
  });

  test('one-line blocks and comments above top-level blocks', () => {
    const text = '# about a\nlocals { a = 1 }\n\n# about b\n# more\nlocals {\n  b = 2\n}\n';
    assert.deepEqual(rules(text), []);
    assert.deepEqual(rules('locals { a = 1 }\n# about b\nlocals {\n  b = 2\n}\n'), ['2:blankBetweenBlocks', '2:blankBetweenBlocks']);
  });
});

describe('check-format CLI', () => {
  test('exit codes: 0 clean, 1 problems, 2 usage', () => {
    assert.equal(run('check-format.mjs', [fixture('clean')]).status, 0);
    const bad = run('check-format.mjs', [fixture('format', 'tab')]);
    assert.equal(bad.status, 1);
    assert.equal(bad.lines.length, 1);
    assert.equal(run('check-format.mjs', []).status, 2);
    assert.equal(run('check-format.mjs', [fixture('nope')]).status, 2);
  });
});
