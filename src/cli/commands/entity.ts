// CLI: `lantern entity show NAME` (aliases, type, roles over time, relations, documents),
// `lantern entity merge A B` and `lantern entity rename ID NAME` (corrections, audited).

import type { Command } from 'commander';
import { openAccounts } from '../../app/accounts.ts';
import { openStore } from '../../app/index.ts';
import { mergeEntities, renameEntity, type Actor, type CorrectionResult } from '../../app/resolution-corrections.ts';
import { entityDetail, lookupEntity, type EntityDetail } from '../../app/resolution-graph.ts';
import type { Store } from '../../model/index.ts';
import { printJson } from '../context.ts';
import type { CliContext } from '../context.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
const SHOWN = 8;
/** A list cut to its first few, saying how many more (--json prints them all). */
const few = (items: readonly string[]) => (items.length > SHOWN ? `${items.slice(0, SHOWN).join(', ')} and ${items.length - SHOWN} more` : items.join(', '));

function printDetail(d: EntityDetail): void {
  const e = d.entity;
  out(`${e.name}  (${e.type}, ${e.id})`);
  out(`  aliases:   ${e.aliases.length ? e.aliases.join('; ') : '-'}`);
  out(`  documents: ${d.documents.length ? few(d.documents) : '-'}  (${e.mentionCount} mentions)`);
  if (d.roles.length) out('  roles:');
  for (const r of d.roles) out(`    ${r.date}  ${r.title}${r.organizationName ? `, ${r.organizationName}` : ''}  [${few(r.documents)}]`);
  const relations = d.relations.filter((r) => r.kind !== 'co-occurs');
  if (relations.length) out('  relations:');
  for (const r of relations) {
    const arrow = r.direction === 'out' ? `${r.kind} →` : `← ${r.kind}`;
    const sources = [...new Set(r.provenance.flatMap((p) => p.sources))];
    out(`    ${arrow} ${r.other.name} (${r.other.type})${r.label ? ` "${r.label}"` : ''}  [${few(r.provenance.map((p) => p.document))}]${sources.length ? ` per ${sources.join(', ')}` : ''}`);
  }
  const together = d.relations.length - relations.length;
  if (together) out(`  named together with ${together} other entities`);
  const { documents, of } = d.relationsFrom;
  if (documents < of) out(`  (roles and relations from the ${documents} most recent of ${of} documents)`);
}

/** Opens the store and the audit log, runs `fn`, closes both. */
async function withStore<T>(ctx: CliContext, fn: (store: Store, actor: Actor) => Promise<T>): Promise<T> {
  const config = ctx.config();
  const store = openStore(config);
  const audit = openAccounts(config);
  try {
    return await fn(store, { name: 'cli', audit });
  } finally {
    await audit.close();
    await store.close();
  }
}

function printResult(r: CorrectionResult, json: boolean | undefined): void {
  if (json) return printJson(r);
  out(`${r.before.map((e) => `${e.name} (${e.id})`).join(' + ')} → ${r.after ? `${r.after.name} (${r.after.id})` : 'removed'}`);
}

export function registerEntity(program: Command, ctx: CliContext): void {
  const entity = program.command('entity').description('one entity across documents: show it, merge or rename it');
  entity.command('show')
    .description('aliases, type, roles over time, relations and documents of an entity')
    .argument('<name>', 'entity id, name or alias')
    .option('--json', 'print as JSON')
    .action(async (name: string, opts: { json?: boolean }) => withStore(ctx, async (store) => {
      const detail = await entityDetail(store, (await lookupEntity(store, name)).id);
      if (opts.json) printJson(detail); else printDetail(detail);
    }));
  entity.command('merge')
    .description('merge entities A and B (ids or names) into one; kept across re-ingest')
    .argument('<a>').argument('<b>')
    .option('--json', 'print as JSON')
    .action(async (a: string, b: string, opts: { json?: boolean }) => withStore(ctx, async (store, actor) => {
      const ids = [(await lookupEntity(store, a)).id, (await lookupEntity(store, b)).id];
      printResult(await mergeEntities(store, ids, actor), opts.json);
    }));
  entity.command('rename')
    .description('give an entity a new canonical name; kept across re-ingest')
    .argument('<id>', 'entity id (or name)').argument('<name>', 'the new name')
    .option('--json', 'print as JSON')
    .action(async (id: string, name: string, opts: { json?: boolean }) => withStore(ctx, async (store, actor) => {
      printResult(await renameEntity(store, (await lookupEntity(store, id)).id, name, actor), opts.json);
    }));
}
