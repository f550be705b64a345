// Every npm-run script answers --help with its header comment, before it loads anything heavy.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { headerComment } from '../scripts/script-help.ts';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };
const scriptFiles = [...new Set(Object.values(pkg.scripts).flatMap((command) => command.match(/scripts\/[\w-]+\.ts/g) ?? []))];

test('headerComment keeps the leading comment lines only', () => {
  assert.equal(headerComment('// Trains it.\n// Options: --x N\n\nimport a from "b"; // not this\n'), 'Trains it.\nOptions: --x N');
  assert.equal(headerComment('import a from "b";\n'), '');
});

test('each npm-run script imports the help handler before anything else and has a header to print', () => {
  assert.ok(scriptFiles.length >= 10);
  for (const file of scriptFiles) {
    const source = readFileSync(new URL(file, root), 'utf8');
    const firstImport = source.split('\n').find((line) => line.startsWith('import '));
    assert.equal(firstImport, "import './script-help.ts';", `${file} must import ./script-help.ts first`);
    assert.ok(headerComment(source).length > 40, `${file} needs a header comment saying what it does`);
  }
});
