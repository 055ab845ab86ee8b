/**
 * `ProviderStatus`: each outside provider's last success and last error (the admin page's provider health). Owned
 * by core because every ingestion module reports here; the one writer and the one reader of the table.
 */
import type { Db } from '../db.js';

export interface ProviderStatusRow { provider: string; lastSuccessAt: Date | null; lastErrorAt: Date | null; lastError: string | null }

/**
 * Records a provider's last success (`error` null) or last error at `at`. Never throws: losing a health row must
 * not turn a good refresh into a failed job, nor hide the error being reported.
 */
export async function recordProviderStatus(db: Db, provider: string, error: string | null, at: Date = new Date()): Promise<void> {
  const data = error === null ? { lastSuccessAt: at } : { lastErrorAt: at, lastError: error.slice(0, 500) };
  await db.providerStatus
    .upsert({ where: { provider }, create: { provider, ...data }, update: data })
    .catch(() => undefined);
}

/** Every provider that has reported, by name. */
export async function listProviderStatuses(db: Db): Promise<ProviderStatusRow[]> {
  return db.providerStatus.findMany({
    orderBy: { provider: 'asc' },
    select: { provider: true, lastSuccessAt: true, lastErrorAt: true, lastError: true },
  });
}
