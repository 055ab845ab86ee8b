/**
 * A number typed into a form field. zod's own message for text that is not a number is "expected number,
 * received NaN", which means nothing to someone who typed "ten": this one says what is wrong.
 */
import { z } from 'zod';

export const formNumber = () => z.coerce.number({ error: 'must be a number' });
