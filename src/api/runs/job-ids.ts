/** Job ids the API can find again: pg-boss ids are UUIDs; a lineup set's build job id is derived from the set id. */
import { createHash } from 'node:crypto';

/** A stable UUID (version-4 layout) for a name, so the same lineup set always maps to the same job. */
export function stableJobId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const lineupSetJobId = (lineupSetId: number): string => stableJobId(`optimizer.build-lineups:${lineupSetId}`);
