// CLI: `lantern user add|list|remove`: local accounts. The password is read from standard input
// (first line), never from an argument, so it stays out of shell history and process lists.

import type { Command } from 'commander';
import { addUser, openAccounts, readRole, removeUser } from '../../app/accounts.ts';
import { ValidationError } from '../../model/index.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

const ACTOR = 'cli';

async function readPassword(ctx: CliContext): Promise<string> {
  const text = Buffer.from(await ctx.readStdin()).toString('utf8');
  const password = text.split(/\r?\n/)[0] ?? '';
  if (!password) throw new ValidationError('give the password on standard input, e.g. `lantern user add alice --role analyst < pw.txt`');
  return password;
}

export function registerUser(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('manage local accounts (viewer, analyst, admin)');

  user.command('add <name>')
    .description('add an account; the password is read from standard input')
    .requiredOption('-r, --role <role>', 'viewer, analyst or admin')
    .action(async (name: string, opts: { role: string }) => {
      const role = readRole(opts.role);
      const accounts = openAccounts(ctx.config());
      try {
        const added = await addUser(accounts, name, role, await readPassword(ctx), ACTOR);
        process.stdout.write(`added ${added.name} (${added.role})\n`);
      } finally {
        await accounts.close();
      }
    });

  user.command('list')
    .description('list accounts')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      const accounts = openAccounts(ctx.config());
      try {
        const users = await accounts.listUsers();
        if (opts.json) return printJson(users);
        for (const u of users) process.stdout.write(`${u.name}  ${u.role}  ${u.createdAt}\n`);
        process.stdout.write(`${users.length} accounts\n`);
      } finally {
        await accounts.close();
      }
    });

  user.command('remove <name>')
    .description('remove an account, its sessions and its API tokens')
    .action(async (name: string) => {
      const accounts = openAccounts(ctx.config());
      try {
        await removeUser(accounts, name, ACTOR);
        process.stdout.write(`removed ${name}\n`);
      } finally {
        await accounts.close();
      }
    });
}
