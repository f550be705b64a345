// Accounts: scrypt hashes with their parameters and a random salt, login by password, sessions
// and tokens stored only as digests and tied to the user (removed with them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addUser, createToken, digest, hashPassword, login, logout, openAccounts, removeUser, userForSession, userForToken, verifyPassword } from './accounts.ts';

test('passwords are salted scrypt hashes that verify only the right password', async () => {
  const a = await hashPassword('correct horse');
  const b = await hashPassword('correct horse');
  assert.match(a, /^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{44}$/);
  assert.notEqual(a, b, 'a fresh salt each time');
  assert.equal(await verifyPassword('correct horse', a), true);
  assert.equal(await verifyPassword('correct horsf', a), false);
  assert.equal(await verifyPassword('x', 'plain-text-password'), false);
});

test('login, session lookup, logout; tokens and sessions go with their user', async () => {
  const accounts = openAccounts({ dbPath: ':memory:' });
  try {
    await addUser(accounts, 'ana', 'analyst', 'analyst-pass', 'test');
    await assert.rejects(addUser(accounts, 'ana', 'viewer', 'another-pass', 'test'), { code: 'conflict' });
    await assert.rejects(addUser(accounts, 'bad name!', 'viewer', 'long-enough', 'test'), { code: 'validation' });
    await assert.rejects(addUser(accounts, 'short', 'viewer', 'short', 'test'), { code: 'validation' });
    await assert.rejects(login(accounts, 'ana', 'wrong'), { code: 'unauthorized' });
    await assert.rejects(login(accounts, 'nobody', 'analyst-pass'), { code: 'unauthorized' });

    const session = await login(accounts, 'ana', 'analyst-pass');
    assert.equal((await userForSession(accounts, session.token))?.role, 'analyst');
    assert.equal((await accounts.findCredentials('ana'))?.passwordHash.includes('analyst-pass'), false);
    const token = await createToken(accounts, 'ana', 'script', 'test');
    assert.equal((await userForToken(accounts, token))?.name, 'ana');
    assert.equal(await accounts.userForToken(token), null, 'the store knows only the digest');
    assert.equal((await accounts.userForToken(digest(token)))?.name, 'ana');

    await logout(accounts, session.token);
    assert.equal(await userForSession(accounts, session.token), null);
    const again = await login(accounts, 'ana', 'analyst-pass');
    await removeUser(accounts, 'ana', 'test');
    assert.equal(await userForSession(accounts, again.token), null);
    assert.equal(await userForToken(accounts, token), null);
  } finally {
    await accounts.close();
  }
});
