import type { Db } from '../../../core/db.js';
import { describeError } from '../../../core/errors.js';

/** Last success / last error of a provider, for the admin page's provider health. Never throws. */
export async function recordProviderStatus(db: Db, provider: string, error?: unknown): Promise<void> {
  const now = new Date();
  try {
    await db.providerStatus.upsert({
      where: { provider },
      create: error === undefined ? { provider, lastSuccessAt: now } : { provider, lastErrorAt: now, lastError: describeError(error) },
      update: error === undefined ? { lastSuccessAt: now } : { lastErrorAt: now, lastError: describeError(error) },
    });
  } catch {
    // Health bookkeeping must never turn a success into a failure, nor hide the original error.
  }
}
