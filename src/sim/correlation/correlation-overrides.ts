/**
 * A user's correlation overrides for one run: the same keys as the defaults (`same:QB-WR`, `opp:DST-QB`, the
 * groups in alphabetical order, or `same:*` / `opp:*`), each a target for the correlation of the two players'
 * points. Checked when the run is requested, so a typo is a clear error instead of a silently unused key.
 */
import { z } from 'zod';

const KEY = /^(same|opp):(\*|[A-Z0-9]+-[A-Z0-9]+)$/;

export const CorrelationOverridesSchema = z
  .record(z.string(), z.number().min(-0.95).max(0.95))
  .superRefine((table, ctx) => {
    for (const key of Object.keys(table)) {
      if (!KEY.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'keys look like same:QB-WR or opp:DST-QB (groups in alphabetical order), or same:* / opp:*' });
        continue;
      }
      const [side = '', pair = ''] = key.split(':');
      if (pair === '*') continue;
      const [a = '', b = ''] = pair.split('-');
      if (a > b) ctx.addIssue({ code: 'custom', path: [key], message: `write ${side}:${b}-${a} (groups in alphabetical order)` });
    }
  });
export type CorrelationOverrides = z.infer<typeof CorrelationOverridesSchema>;
