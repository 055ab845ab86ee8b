/** Limit/offset pagination shared by every list endpoint. */
import { z } from 'zod';

export const paginationSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type Pagination = z.infer<typeof paginationSchema>;

export interface Page<T> { items: T[]; total: number; limit: number; offset: number }
