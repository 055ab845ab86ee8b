/**
 * A stored lineup set's rules → the rules form's fields, so "build again with a tweak" starts from what made the
 * set on screen (the inverse of parse-rules-form.ts for the fields the form has).
 */
import { FORM_GROUPS } from './parse-rules-form.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function rulesToForm(rules: unknown, projectionSetId: number | null): Record<string, string | string[]> {
  if (!isRecord(rules)) return {};
  const form: Record<string, string | string[]> = {};
  if (projectionSetId !== null) form.set = String(projectionSetId);
  if (typeof rules.lineups === 'number') form.lineups = String(rules.lineups);
  if (typeof rules.minUnique === 'number') form.minUnique = String(rules.minUnique);
  if (typeof rules.maxPerTeam === 'number') form.maxPerTeam = String(rules.maxPerTeam);
  if (typeof rules.minSalary === 'number') form.minSalary = String(rules.minSalary);
  if (Array.isArray(rules.locks)) form.lock = rules.locks.flatMap((l) => (isRecord(l) && typeof l.player === 'string' ? [l.player] : []));
  if (Array.isArray(rules.excludePlayers)) form.exclude = rules.excludePlayers.filter((p): p is string => typeof p === 'string');
  const exposure = isRecord(rules.exposure) ? rules.exposure : {};
  if (typeof exposure.maxPlayer === 'number') form.maxExposure = String(Math.round(exposure.maxPlayer * 100));
  if (exposure.mode === 'strict' || exposure.mode === 'best-effort') form.exposureMode = exposure.mode;
  for (const stack of Array.isArray(rules.stacks) ? rules.stacks : []) {
    if (!isRecord(stack)) continue;
    if (stack.kind === 'team' && Array.isArray(stack.positions) && form.stack === undefined) {
      form.stack = stack.positions.map((p) => (Array.isArray(p) ? p.join('/') : '')).join(' ');
      if (typeof stack.count === 'number') form.stackCount = String(stack.count);
      if (isRecord(stack.bringBack) && Array.isArray(stack.bringBack.positions)) form.bringBack = stack.bringBack.positions.join('/');
    }
    if (stack.kind === 'game' && typeof stack.size === 'number') form.gameStack = String(stack.size);
  }
  for (const [id, bound] of Object.entries(isRecord(exposure.players) ? exposure.players : {})) {
    if (!isRecord(bound)) continue;
    if (typeof bound.min === 'number') form[`pmin_${id}`] = String(Math.round(bound.min * 100));
    if (typeof bound.max === 'number') form[`pmax_${id}`] = String(Math.round(bound.max * 100));
  }
  const teams = Object.entries(isRecord(exposure.teams) ? exposure.teams : {}).flatMap(([team, b]) => {
    if (!isRecord(b) || typeof b.max !== 'number') return [];
    return [`${team}:${typeof b.min === 'number' ? `${Math.round(b.min * 100)}-` : ''}${Math.round(b.max * 100)}`];
  });
  if (teams.length) form.teamExposure = teams.join(' ');
  const stackCap = (Array.isArray(rules.stacks) ? rules.stacks : []).find((s) => isRecord(s) && typeof s.maxExposure === 'number');
  if (isRecord(stackCap) && typeof stackCap.maxExposure === 'number') form.stackMaxExposure = String(Math.round(stackCap.maxExposure * 100));
  if (isRecord(rules.ownership) && typeof rules.ownership.maxSum === 'number') form.maxOwnership = String(Math.round(rules.ownership.maxSum * 100));
  if (isRecord(rules.simDraws)) {
    form.simDraws = 'on';
    if (typeof rules.simDraws.blend === 'number') form.simBlend = String(Math.round(rules.simDraws.blend * 100));
  }
  const conditional = Array.isArray(rules.conditionals) ? rules.conditionals.find(isRecord) : undefined;
  if (conditional && Array.isArray(conditional.if) && Array.isArray(conditional.then)) {
    form.ifPlayers = conditional.if.filter((p): p is string => typeof p === 'string');
    form.thenPlayers = conditional.then.filter((p): p is string => typeof p === 'string');
    if (typeof conditional.min === 'number' && conditional.min > 1) form.thenMin = String(conditional.min);
  }
  // The form has FORM_GROUPS groups; a set built through the API with more keeps the first ones here.
  (Array.isArray(rules.groups) ? rules.groups.filter(isRecord) : []).slice(0, FORM_GROUPS).forEach((group, i) => {
    for (const p of Array.isArray(group.players) ? group.players : []) if (typeof p === 'string') form[`grp_${p}`] = String(i + 1);
    if (typeof group.min === 'number') form[`group${i + 1}Min`] = String(group.min);
    if (typeof group.max === 'number') form[`group${i + 1}Max`] = String(group.max);
  });
  if (isRecord(rules.randomness) && typeof rules.randomness.amount === 'number') form.randomness = String(Math.round(rules.randomness.amount * 100));
  return form;
}
