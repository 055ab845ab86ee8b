import { createHash } from 'node:crypto';

/**
 * A UUID-shaped job id derived from a string, stable across processes: two instances sending the same key collide
 * in pg-boss instead of queueing the work twice, and the API finds a lineup set's build job again from the set id.
 * The one job-id hash of the platform. Its layout (version nibble 4, RFC variant bits) is the one lineup-set build
 * ids have always had, so jobs queued before an upgrade are still found by their set.
 */
export function deterministicJobId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
