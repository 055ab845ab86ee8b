/** The Prisma client over node-postgres (Prisma 7 driver adapter). Modules receive a Db; none creates its own. */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient;

/** Connects a Prisma client to a PostgreSQL URL (connections open lazily). */
export function createDb(url: string, options: { max?: number } = {}): Db {
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}

/** `SELECT 1`: the health check every role exposes. */
export async function pingDb(db: Db): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
