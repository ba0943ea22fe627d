import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeTemplate, collectStrings } from '../lib/expressions.mjs';
import { buildOutline } from '../lib/outline.mjs';

const refs = async (s) => (await analyzeTemplate(s)).refs.map((r) => r.text);

describe('expression analysis', () => {
  test('plain traversals, including instance keys', async () => {
    assert.deepEqual(await refs('${aws_vpc.main.id}'), ['aws_vpc.main.id']);
    const [r] = (await analyzeTemplate('${aws_subnet.a[0].id}')).refs;
    assert.deepEqual(r.segments, [{ name: 'aws_subnet' }, { name: 'a' }, { index: '0' }, { name: 'id' }]);
  });

  test('names bound by for expressions are not references', async () => {
    assert.deepEqual(await refs('${[for s in aws_subnet.all : s.id if s.id != local.skip]}'), ['aws_subnet.all', 'local.skip']);
  });

  test('templates with quotes, nested interpolation and heredoc text', async () => {
    assert.deepEqual(await refs('name "${local.a}" and ${upper("${var.b}")}\n'), ['local.a', 'var.b']);
    assert.deepEqual(await refs('literal $${not.a_ref}'), []);
  });

  test('function calls report their first argument', async () => {
    const { calls } = await analyzeTemplate('${file("${path.module}/data/x")}');
    assert.deepEqual(calls, [{ name: 'file', firstArg: '"${path.module}/data/x"' }]);
  });

  test('collectStrings walks nested values with paths', () => {
    assert.deepEqual(collectStrings({ a: ['${x.y}'], b: { c: 'z' } }), [
      { path: 'a[0]', value: '${x.y}' },
      { path: 'b.c', value: 'z' },
    ]);
  });
});

describe('outline', () => {
  test('attributes, blocks, labels and lines', () => {
    const o = buildOutline('resource "aws_vpc" "v" {\n  cidr_block = "x"\n  tags = {\n    a = 1\n  }\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n');
    const [vpc] = o.blocks;
    assert.equal(vpc.type, 'resource');
    assert.deepEqual(vpc.labels, ['aws_vpc', 'v']);
    assert.deepEqual([...vpc.attrs.keys()], ['cidr_block', 'tags']);
    assert.equal(vpc.attrs.get('tags').endLine, 5);
    assert.equal(vpc.blocks[0].type, 'lifecycle');
    assert.equal(vpc.blocks[0].line, 6);
    assert.equal(vpc.endLine, 9);
  });

  test('duplicate object keys, also in nested objects, but not in for expressions', () => {
    const o = buildOutline('locals {\n  a = { x = 1, "x" = 2 }\n  b = merge({\n    y = 1\n    y = 2\n  })\n  c = { for k, v in m : k => v }\n}\n');
    assert.deepEqual(o.duplicateKeys.map((d) => `${d.key}@${d.line}`), ['x@2', 'y@5']);
  });
});
