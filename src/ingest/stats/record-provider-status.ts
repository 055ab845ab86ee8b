import type { Db } from '../../core/db.js';

/**
 * Records a box-score provider's last success or last error in `ProviderStatus` (the admin page's provider health).
 * Never throws: losing a health row must not turn a stored box score into a failed job.
 */
export async function recordProviderStatus(db: Db, provider: string, error: string | null, at: Date): Promise<void> {
  const data = error === null ? { lastSuccessAt: at } : { lastErrorAt: at, lastError: error.slice(0, 500) };
  await db.providerStatus.upsert({ where: { provider }, create: { provider, ...data }, update: data }).catch(() => undefined);
}
