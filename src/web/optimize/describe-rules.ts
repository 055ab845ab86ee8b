/**
 * A stored lineup set's rules as short lines a player reads ("Stack QB + WR/TE, max 40% per team"), shown beside
 * the set so "what made these lineups" is on screen; the form below can be refilled from them.
 */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pct = (v: unknown): string => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '?');
const positions = (p: unknown): string => (Array.isArray(p) ? p.map((s) => (Array.isArray(s) ? s.join('/') : String(s))).join(' + ') : '');

export function describeRules(rules: unknown, names: ReadonlyMap<string, string> = new Map()): string[] {
  if (!isRecord(rules)) return [];
  const name = (id: unknown): string => names.get(String(id)) ?? String(id);
  const lines: string[] = [];
  const head = [`${rules.lineups ?? 1} lineups`];
  if (typeof rules.minUnique === 'number' && rules.minUnique > 1) head.push(`${rules.minUnique} unique players`);
  if (typeof rules.minSalary === 'number') head.push(`salary ≥ $${rules.minSalary.toLocaleString('en-US')}`);
  if (typeof rules.maxPerTeam === 'number') head.push(`≤ ${rules.maxPerTeam} per team`);
  lines.push(head.join(', '));
  const locks = Array.isArray(rules.locks) ? rules.locks.filter(isRecord).map((l) => name(l.player)) : [];
  if (locks.length) lines.push(`Locked: ${locks.join(', ')}`);
  const excluded = Array.isArray(rules.excludePlayers) ? rules.excludePlayers.map(name) : [];
  if (excluded.length) lines.push(`Excluded: ${excluded.slice(0, 8).join(', ')}${excluded.length > 8 ? ` and ${excluded.length - 8} more` : ''}`);
  for (const s of Array.isArray(rules.stacks) ? rules.stacks.filter(isRecord) : []) {
    const cap = typeof s.maxExposure === 'number' ? `, at most ${pct(s.maxExposure)} each` : '';
    if (s.kind === 'team') lines.push(`Stack ${positions(s.positions)}${isRecord(s.bringBack) ? ` with a ${positions([s.bringBack.positions])} bring-back` : ''}${typeof s.count === 'number' && s.count > 1 ? ` on ${s.count} teams` : ''}${cap}`);
    else if (s.kind === 'game') lines.push(`Game stack of ${String(s.size)}${cap}`);
    else lines.push(`${String(s.kind)} stack${cap}`);
  }
  const exposure = isRecord(rules.exposure) ? rules.exposure : {};
  const exp: string[] = [];
  if (typeof exposure.maxPlayer === 'number') exp.push(`every player ≤ ${pct(exposure.maxPlayer)}`);
  for (const [id, b] of Object.entries(isRecord(exposure.players) ? exposure.players : {})) {
    if (isRecord(b)) exp.push(`${name(id)} ${b.min !== undefined ? `${pct(b.min)}–` : '≤ '}${b.max !== undefined ? pct(b.max) : '100%'}`);
  }
  for (const [team, b] of Object.entries(isRecord(exposure.teams) ? exposure.teams : {})) {
    if (isRecord(b)) exp.push(`${team} ${b.min !== undefined ? `${pct(b.min)}–` : '≤ '}${b.max !== undefined ? pct(b.max) : '100%'}`);
  }
  if (exp.length) lines.push(`Exposure (${exposure.mode === 'strict' ? 'strict' : 'best effort'}): ${exp.join(', ')}`);
  if (isRecord(rules.ownership) && typeof rules.ownership.maxSum === 'number') lines.push(`Ownership Σ ≤ ${pct(rules.ownership.maxSum)}`);
  for (const c of Array.isArray(rules.conditionals) ? rules.conditionals.filter(isRecord) : []) {
    if (Array.isArray(c.if) && Array.isArray(c.then)) lines.push(`If ${c.if.map(name).join(' or ')} then ${String(c.min ?? 1)} of ${c.then.map(name).join(', ')}`);
  }
  for (const g of Array.isArray(rules.groups) ? rules.groups.filter(isRecord) : []) {
    const bound = [typeof g.min === 'number' ? `at least ${g.min}` : '', typeof g.max === 'number' ? `at most ${g.max}` : ''].filter(Boolean).join(' and ');
    if (Array.isArray(g.players)) lines.push(`${typeof g.name === 'string' && g.name ? g.name[0]!.toUpperCase() + g.name.slice(1) : 'Group'}: ${bound} of ${g.players.map(name).join(', ')}`);
  }
  if (isRecord(rules.randomness)) lines.push(`Randomness ${pct(rules.randomness.amount)} (${String(rules.randomness.distribution)})`);
  if (isRecord(rules.simDraws)) lines.push(`Sim-draw mode, projection blend ${pct(rules.simDraws.blend ?? 0)}`);
  return lines;
}
