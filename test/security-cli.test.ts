// The accounts CLI end to end: `lantern user add|list|remove`, `lantern token create`,
// `lantern audit`, and `lantern serve` refusing a non-loopback address while no account exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openAccounts, userForToken } from '../src/app/accounts.ts';
import { runCli } from '../src/cli/main.ts';

const BIN = resolve('bin/lantern.mjs');

/** A child process, for the commands that read a password from standard input. */
function lanternWithInput(db: string, args: string[], input = '') {
  const run = spawnSync(process.execPath, [BIN, '--db', db, ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** In process, with stdout and stderr captured: much faster than a child per command. */
async function lantern(db: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    const code = await runCli(['--db', db, ...args]);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

test('user add/list/remove, token create and audit through the CLI', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-sec-'));
  const db = join(dir, 'l.db');
  try {
    assert.equal(lanternWithInput(db, ['user', 'add', 'alice', '--role', 'admin'], 'correct horse\n').code, 0);
    const noPassword = lanternWithInput(db, ['user', 'add', 'bob', '--role', 'viewer']);
    assert.notEqual(noPassword.code, 0);
    assert.match(noPassword.err, /password on standard input/);
    assert.match((await lantern(db, ['user', 'add', 'carol', '--role', 'boss'])).err, /role must be one of/);
    const list = JSON.parse((await lantern(db, ['user', 'list', '--json'])).out) as { name: string; role: string }[];
    assert.deepEqual(list.map((u) => [u.name, u.role]), [['alice', 'admin']]);

    const token = (await lantern(db, ['token', 'create', 'alice', '--label', 'nightly'])).out.trim();
    assert.match(token, /^lt_[\w-]{43}$/);
    const accounts = openAccounts({ dbPath: db });
    try {
      assert.equal((await userForToken(accounts, token))?.name, 'alice');
      assert.equal(await userForToken(accounts, `${token}x`), null);
    } finally {
      await accounts.close();
    }

    assert.equal((await lantern(db, ['user', 'remove', 'alice'])).code, 0);
    assert.notEqual((await lantern(db, ['user', 'remove', 'alice'])).code, 0);
    const audit = JSON.parse((await lantern(db, ['audit', '--json'])).out) as { items: { action: string; subject: string }[] };
    assert.deepEqual(audit.items.map((e) => e.action), ['user.remove', 'token.create', 'user.add']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve refuses a non-loopback address while no account exists', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-sec-'));
  try {
    const run = spawnSync(process.execPath, [BIN, '--db', join(dir, 'l.db'), 'serve', '--port', '18999'],
      { encoding: 'utf8', env: { ...process.env, HOST: '0.0.0.0' }, timeout: 30_000 });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /refusing to serve on 0\.0\.0\.0 without accounts/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
