// App: the audit log. Ingests, corrections, merges and user changes are appended with who did
// them; admins read it newest first (`lantern audit`, GET /api/audit).

import type { AccountStore, AuditEntry } from './accounts.ts';
import type { IngestSummary } from './ingest-paths.ts';

export interface AuditPage { items: AuditEntry[]; total: number; limit: number; offset: number }

export function recordAudit(accounts: AccountStore, actor: string, action: string, subject: string, detail?: string): Promise<void> {
  return accounts.appendAudit({ actor, action, subject, detail: detail ?? null });
}

export async function listAudit(accounts: AccountStore, page: { limit: number; offset: number }): Promise<AuditPage> {
  return { ...(await accounts.listAudit(page.limit, page.offset)), ...page };
}

/**
 * One entry per document an ingest created or changed (unchanged ones are not news).
 * @example await auditIngest(openAccounts(config), 'cli', await ingestPaths(store, paths))
 */
export async function auditIngest(accounts: AccountStore, actor: string, summary: Pick<IngestSummary, 'created' | 'updated'>): Promise<void> {
  for (const doc of summary.created) await recordAudit(accounts, actor, 'ingest.create', doc.id, doc.path);
  for (const doc of summary.updated) await recordAudit(accounts, actor, 'ingest.update', doc.id, doc.path);
}
