// App: the audit log. Ingests, corrections, merges and user changes are appended with who did
// them; admins read it newest first (`lantern audit`, GET /api/audit).

import type { AccountStore, AuditEntry } from './accounts.ts';

export interface AuditPage { items: AuditEntry[]; total: number; limit: number; offset: number }

export function recordAudit(accounts: AccountStore, actor: string, action: string, subject: string, detail?: string): void {
  accounts.appendAudit({ actor, action, subject, detail: detail ?? null });
}

export function listAudit(accounts: AccountStore, page: { limit: number; offset: number }): AuditPage {
  return { ...accounts.listAudit(page.limit, page.offset), ...page };
}
