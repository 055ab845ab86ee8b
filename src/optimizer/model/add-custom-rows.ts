import { AppError } from '../../core/errors.js';
import { selTerms, type LineupModel } from './lineup-model.js';

const PITCHERS = new Set(['P', 'SP', 'RP']);

function rowsOf(model: LineupModel, refs: string[], where: string): number[] {
  const out = new Set<number>();
  for (const ref of refs) {
    const rows = model.resolve(ref);
    if (rows.length === 0) throw new AppError('unknown_player', `${where}: no player with id or key "${ref}" on this slate`);
    for (const r of rows) out.add(r);
  }
  return [...out];
}

/** Groups, conditionals, opponent restrictions, batting-order spacing and ownership bounds. */
export function addCustomRows(model: LineupModel): void {
  const { mip, rules, players } = model;
  rules.groups.forEach((g, i) => {
    const name = `group ${g.name ?? `#${i + 1}`}`;
    const terms = selTerms(model, rowsOf(model, g.players, name));
    mip.addRow(name, terms, g.min ?? 0, g.max ?? Infinity);
  });

  rules.conditionals.forEach((c, i) => {
    const name = `conditional ${c.name ?? `#${i + 1}`}`;
    const then = selTerms(model, rowsOf(model, c.then, name));
    // One row per "if" person: choosing them (any of their rows) forces `min` of the "then" list.
    const ifKeys = new Set(rowsOf(model, c.if, name).map((r) => players[r]?.playerKey ?? ''));
    for (const key of ifKeys) {
      mip.addRow(name, [...then, ...selTerms(model, model.rowsByKey.get(key) ?? [], -c.min)], 0, Infinity);
    }
  });

  rules.opponentRules.forEach((o, i) => {
    const name = `opponent rule #${i + 1} (no ${o.against.join('/')} vs own ${o.positions.join('/')})`;
    const lead = new Set(o.positions);
    const against = new Set(o.against);
    players.forEach((p, pi) => {
      if (!p.positions.some((x) => lead.has(x)) || p.opponent === null) return;
      const opp = (model.rowsByTeam.get(p.opponent) ?? []).filter((r) => players[r]?.positions.some((x) => against.has(x)));
      const big = opp.length;
      if (big <= o.allowed) return;
      mip.addRow(name, [...selTerms(model, opp), ...selTerms(model, [pi], big)], -Infinity, big + o.allowed);
    });
  });

  if (rules.battingOrderSpacing !== undefined) addSpacingRows(model, rules.battingOrderSpacing);

  const own = rules.ownership;
  if (own) {
    const terms = players.flatMap((p, i) => selTerms(model, [i], p.ownership ?? 0));
    const n = model.rosterSize;
    const lower = Math.max(own.minSum ?? -Infinity, (own.minMean ?? -Infinity) * n);
    const upper = Math.min(own.maxSum ?? Infinity, (own.maxMean ?? Infinity) * n);
    mip.addRow('ownership', terms, lower, upper);
  }
}

/** Same-team hitters must bat within `spacing` of each other: forbid every pair farther apart. */
function addSpacingRows(model: LineupModel, spacing: number): void {
  for (const rows of model.rowsByTeam.values()) {
    const hitters = rows.filter((r) => {
      const p = model.players[r];
      return p !== undefined && p.battingOrder !== null && !p.positions.every((x) => PITCHERS.has(x));
    });
    for (let a = 0; a < hitters.length; a += 1) {
      for (let b = a + 1; b < hitters.length; b += 1) {
        const pa = model.players[hitters[a] ?? -1];
        const pb = model.players[hitters[b] ?? -1];
        if (!pa || !pb || Math.abs((pa.battingOrder ?? 0) - (pb.battingOrder ?? 0)) <= spacing) continue;
        model.mip.addRow('batting order spacing', selTerms(model, [hitters[a] ?? -1, hitters[b] ?? -1]), 0, 1);
      }
    }
  }
}
