// CLI: `lantern token create <user>`: an API token for scripts (Authorization: Bearer ...). It is
// printed once; only its digest is stored, so a lost token is replaced, not recovered.

import type { Command } from 'commander';
import { createToken, openAccounts } from '../../app/accounts.ts';
import type { CliContext } from '../context.ts';

export function registerToken(program: Command, ctx: CliContext): void {
  const token = program.command('token').description('API tokens for scripts');
  token.command('create <user>')
    .description('create a token acting as <user>, with that user\'s role')
    .option('-l, --label <label>', 'what the token is for', 'script')
    .action(async (userName: string, opts: { label: string }) => {
      const accounts = openAccounts(ctx.config());
      try {
        process.stdout.write(`${await createToken(accounts, userName, opts.label, 'cli')}\n`);
      } finally {
        await accounts.close();
      }
    });
}
