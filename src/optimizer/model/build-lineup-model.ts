import { AppError } from '../../core/errors.js';
import type { SiteRules } from '../../core/site-rules.js';
import type { OptimizerRules } from '../rules-schema.js';
import type { OptimizerPlayer } from '../types.js';
import { addCustomRows } from './add-custom-rows.js';
import { addStackRows } from './add-stack-rows.js';
import { addTeamGameRows } from './add-team-game-rows.js';
import { indexPlayers, selTerms, type LineupModel } from './lineup-model.js';
import { MipModel } from './mip-model.js';
import { eligibleGroups, groupSlots } from './slot-groups.js';

/**
 * Builds the lineup MIP: one binary per (player row, slot group) it may fill, slot counts, one row per person,
 * salary, site team/game rules, then every user rule. Projections go in as costs; callers change them per lineup.
 */
export function buildLineupModel(players: OptimizerPlayer[], siteRules: SiteRules, rules: OptimizerRules): LineupModel {
  const mip = new MipModel();
  const groups = groupSlots(siteRules);
  const assign: LineupModel['assign'] = [];
  const playerCols: number[][] = players.map(() => []);
  players.forEach((p, i) => {
    for (const g of eligibleGroups(p, groups, siteRules)) {
      const group = groups[g];
      if (!group) continue;
      const col = mip.addBinary(`p${i}_${group.name}`, p.projection * group.pointsMultiplier);
      assign.push({ col, player: i, group: g });
      playerCols[i]?.push(col);
    }
  });
  const model: LineupModel = {
    mip, players, siteRules, rules, groups, assign, playerCols, stackCols: [],
    rosterSize: siteRules.slots.length, ...indexPlayers(players),
  };

  groups.forEach((g, gi) => {
    const cols = assign.filter((a) => a.group === gi).map((a): [number, number] => [a.col, 1]);
    if (cols.length < g.count) {
      throw new AppError('not_enough_players', `not enough players for slot ${g.name}: need ${g.count}, slate has ${cols.length}`);
    }
    mip.addRow('roster', cols, g.count, g.count);
  });
  for (const rows of model.rowsByKey.values()) mip.addRow('roster', selTerms(model, rows), 0, 1);

  const salaryTerms = assign.map((a): [number, number] => {
    const salary = (players[a.player]?.salary ?? 0) * (groups[a.group]?.salaryMultiplier ?? 1);
    return [a.col, salary];
  });
  mip.addRow('salary cap', salaryTerms, -Infinity, Math.min(siteRules.salaryCap, rules.maxSalary ?? Infinity));
  if (rules.minSalary !== undefined) mip.addRow('min salary', salaryTerms, rules.minSalary, Infinity);

  addLockAndExcludeRows(model);
  addTeamGameRows(model);
  addStackRows(model);
  addCustomRows(model);
  return model;
}

function resolveOrThrow(model: LineupModel, ref: string, where: string): number[] {
  const rows = model.resolve(ref);
  if (rows.length === 0) throw new AppError('unknown_player', `${where}: no player with id or key "${ref}" on this slate`);
  return rows;
}

function addLockAndExcludeRows(model: LineupModel): void {
  const { mip, rules, players, groups, assign } = model;
  rules.locks.forEach((lock) => {
    const rows = resolveOrThrow(model, lock.player, 'locks');
    const name = `lock ${players[rows[0] ?? 0]?.name ?? lock.player}${lock.slot ? ` as ${lock.slot}` : ''}`;
    const cols = assign.filter((a) => rows.includes(a.player) && (!lock.slot || groups[a.group]?.name === lock.slot));
    if (cols.length === 0) throw new AppError('invalid_lock', `${name}: the player cannot fill that slot`);
    mip.addRow(name, cols.map((a): [number, number] => [a.col, 1]), 1, 1);
  });
  const excluded = new Set<number>();
  // Excluding a player who is not in the pool (e.g. already dropped as ruled out) is already true: no error.
  for (const ref of rules.excludePlayers) for (const r of model.resolve(ref)) excluded.add(r);
  const teams = new Set(rules.excludeTeams);
  const games = new Set(rules.excludeGames);
  players.forEach((p, i) => {
    if (teams.has(p.team) || (p.gameKey !== null && games.has(p.gameKey))) excluded.add(i);
  });
  if (excluded.size > 0) mip.addRow('excludes', selTerms(model, excluded), 0, 0);
}
