/** The docs stay true: every configuration variable is in README's table, and .ci/run runs README's test command. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../src/config.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README.md', () => {
  it.each(Object.keys(configSchema.shape))('documents %s in the configuration table', (key) => {
    expect(readme).toMatch(new RegExp(`^\\|[^|\\n]*\`${key}\``, 'm'));
  });

  it('shows the two commands, and .ci/run runs its test command', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
    expect(readFileSync(join(root, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
