import { AppError } from '../../core/errors.js';
import type { StackRule } from '../rules-schema.js';
import { selTerms, type LineupModel } from './lineup-model.js';

/** Human-readable name of a stack rule, used in diagnoses and reports. */
export function describeStack(rule: StackRule, index: number): string {
  switch (rule.kind) {
    case 'team': {
      const spec = rule.positions.map((p) => p.join('/')).join(' + ');
      const bb = rule.bringBack ? ` with ${rule.bringBack.count} ${rule.bringBack.positions.join('/')} bring-back` : '';
      return `stack #${index + 1} (${spec}${rule.count > 1 ? ` x${rule.count} teams` : ''}${bb})`;
    }
    case 'team-sizes': return `stack #${index + 1} (team stacks ${rule.sizes.join('-')})`;
    case 'game': return `stack #${index + 1} (game stack of ${rule.size})`;
    case 'line': return `stack #${index + 1} (line stack of ${rule.size})`;
  }
}

const hasAny = (positions: string[], set: Set<string>): boolean => positions.some((p) => set.has(p));

/** Adds every stack rule; each stack has one binary per team/game/line that may carry it. */
export function addStackRows(model: LineupModel): void {
  model.rules.stacks.forEach((rule, i) => {
    const group = describeStack(rule, i);
    if (rule.kind === 'team') addTeamStack(model, rule, i, group);
    else if (rule.kind === 'team-sizes') addTeamSizes(model, rule, i, group);
    else if (rule.kind === 'game') addGameStack(model, rule, i, group);
    else addLineStack(model, rule, i, group);
  });
}

function teamsFor(model: LineupModel, only: string[] | undefined): string[] {
  const teams = [...model.rowsByTeam.keys()];
  return only ? teams.filter((t) => only.includes(t)) : teams;
}

function addTeamStack(model: LineupModel, rule: Extract<StackRule, { kind: 'team' }>, ri: number, group: string): void {
  const { mip, players } = model;
  // Hall's condition per subset of position specs: the team's chosen players can fill every spec at once.
  const needByUnion = new Map<string, { set: Set<string>; need: number }>();
  const specs = rule.positions;
  for (let mask = 1; mask < 1 << specs.length; mask += 1) {
    const set = new Set<string>();
    let need = 0;
    specs.forEach((spec, k) => {
      if (mask & (1 << k)) { need += 1; for (const p of spec) set.add(p); }
    });
    const key = [...set].sort().join(',');
    if ((needByUnion.get(key)?.need ?? 0) < need) needByUnion.set(key, { set, need });
  }
  const chooser: Array<[number, number]> = [];
  for (const team of teamsFor(model, rule.teams)) {
    const rows = model.rowsByTeam.get(team) ?? [];
    const s = mip.addBinary(`stack${ri}:${team}`);
    model.stackCols.push({ col: s, rule: ri, key: team, carriers: [s], content: null });
    chooser.push([s, 1]);
    for (const { set, need } of needByUnion.values()) {
      const fit = rows.filter((r) => hasAny(players[r]?.positions ?? [], set));
      mip.addRow(group, [...selTerms(model, fit), [s, -need]], 0, Infinity);
    }
    if (rule.bringBack) {
      const bb = new Set(rule.bringBack.positions);
      const opponent = players[rows[0] ?? -1]?.opponent ?? null;
      const oppRows = opponent === null ? [] : (model.rowsByTeam.get(opponent) ?? []).filter((r) => hasAny(players[r]?.positions ?? [], bb));
      mip.addRow(group, [...selTerms(model, oppRows), [s, -rule.bringBack.count]], 0, Infinity);
    }
  }
  mip.addRow(group, chooser, rule.count, Infinity);
}

function addTeamSizes(model: LineupModel, rule: Extract<StackRule, { kind: 'team-sizes' }>, ri: number, group: string): void {
  const { mip, players } = model;
  const allowed = rule.positions ? new Set(rule.positions) : null;
  const perSize: Array<Array<[number, number]>> = rule.sizes.map(() => []);
  for (const team of teamsFor(model, rule.teams)) {
    const rows = (model.rowsByTeam.get(team) ?? []).filter((r) => !allowed || hasAny(players[r]?.positions ?? [], allowed));
    const mine: Array<[number, number]> = [];
    const cover: Array<[number, number]> = [];
    rule.sizes.forEach((size, k) => {
      const s = mip.addBinary(`stack${ri}:${team}:${k}`);
      perSize[k]?.push([s, 1]);
      mine.push([s, 1]);
      cover.push([s, -size]);
    });
    const carriers = mine.map((t) => t[0]);
    const content = { rows, atLeast: Math.min(...rule.sizes), sides: [], perSide: 0 };
    model.stackCols.push({ col: carriers[0] ?? -1, rule: ri, key: team, carriers, content });
    mip.addRow(group, mine, 0, 1);
    mip.addRow(group, [...selTerms(model, rows), ...cover], 0, Infinity);
  }
  for (const terms of perSize) mip.addRow(group, terms, 1, Infinity);
}

function addGameStack(model: LineupModel, rule: Extract<StackRule, { kind: 'game' }>, ri: number, group: string): void {
  const { mip, players } = model;
  const byGame = new Map<string, number[]>();
  players.forEach((p, i) => {
    if (p.gameKey === null || (rule.games && !rule.games.includes(p.gameKey))) return;
    byGame.set(p.gameKey, [...(byGame.get(p.gameKey) ?? []), i]);
  });
  const chooser: Array<[number, number]> = [];
  for (const [game, rows] of byGame) {
    const g = mip.addBinary(`stack${ri}:${game}`);
    const sides = [...new Set(rows.map((r) => players[r]?.team ?? ''))].map((team) => rows.filter((r) => players[r]?.team === team));
    model.stackCols.push({ col: g, rule: ri, key: game, carriers: [g], content: { rows, atLeast: rule.size, sides, perSide: rule.minFromEachTeam } });
    chooser.push([g, 1]);
    mip.addRow(group, [...selTerms(model, rows), [g, -rule.size]], 0, Infinity);
    if (rule.minFromEachTeam > 0) {
      for (const side of sides) mip.addRow(group, [...selTerms(model, side), [g, -rule.minFromEachTeam]], 0, Infinity);
    }
  }
  mip.addRow(group, chooser, 1, Infinity);
}

function addLineStack(model: LineupModel, rule: Extract<StackRule, { kind: 'line' }>, ri: number, group: string): void {
  const byLine = new Map<string, number[]>();
  model.players.forEach((p, i) => {
    // A goalie is on no line, whatever a projections file says: he never counts toward a skater stack.
    if (p.line === null || p.positions.includes('G')) return;
    const key = `${p.team}:${p.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), i]);
  });
  if (byLine.size === 0) {
    // The sites publish no lines, so the fix is always the user's own file: say which column to add.
    throw new AppError('no_line_data', `${group}: no player on this slate has line data; upload projections with a line column `
      + '(header line, ev line or L; 1-4 for each skater) and build from that projection set, or give the CLI a projections file with a line column');
  }
  const chooser: Array<[number, number]> = [];
  for (const [line, rows] of byLine) {
    const b = model.mip.addBinary(`stack${ri}:${line}`);
    model.stackCols.push({ col: b, rule: ri, key: line, carriers: [b], content: { rows, atLeast: rule.size, sides: [], perSide: 0 } });
    chooser.push([b, 1]);
    model.mip.addRow(group, [...selTerms(model, rows), [b, -rule.size]], 0, Infinity);
  }
  model.mip.addRow(group, chooser, rule.count, Infinity);
}
