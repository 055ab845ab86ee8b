import { selTerms, type LineupModel } from './lineup-model.js';

/** Site and user team/game rules: max per team (hitters only where the site says), team limits, min games/teams. */
export function addTeamGameRows(model: LineupModel): void {
  const { mip, siteRules, rules, players } = model;
  const excludeFromMax = new Set(siteRules.maxPerTeamExcludePositions ?? []);
  const counted = (i: number): boolean => !(players[i]?.positions.every((p) => excludeFromMax.has(p)) ?? false);

  const siteMax = siteRules.maxPerTeam ?? Infinity;
  const userMax = rules.maxPerTeam ?? Infinity;
  for (const [team, rows] of model.rowsByTeam) {
    if (siteMax < model.rosterSize) mip.addRow('site max per team', selTerms(model, rows.filter(counted)), 0, siteMax);
    if (userMax < model.rosterSize) mip.addRow('max per team', selTerms(model, rows), 0, userMax);
    const limit = rules.teamLimits[team];
    if (limit !== undefined) mip.addRow(`team limit ${team}`, selTerms(model, rows), 0, limit);
  }

  if (siteRules.minGames > 1) {
    const byGame = new Map<string, number[]>();
    players.forEach((p, i) => {
      if (p.gameKey === null) return;
      byGame.set(p.gameKey, [...(byGame.get(p.gameKey) ?? []), i]);
    });
    addMinDistinct(model, 'min games', byGame, siteRules.minGames);
  }
  if (siteRules.minTeams !== null && siteRules.minTeams > 1) {
    const skip = new Set(siteRules.minTeamsExcludePositions ?? []);
    const byTeam = new Map<string, number[]>();
    for (const [team, rows] of model.rowsByTeam) {
      byTeam.set(team, rows.filter((i) => !(players[i]?.positions.every((p) => skip.has(p)) ?? false)));
    }
    addMinDistinct(model, 'min teams', byTeam, siteRules.minTeams);
  }
}

/** At least `min` of the buckets have a player: one indicator per bucket, on only when the bucket is used. */
function addMinDistinct(model: LineupModel, group: string, buckets: Map<string, number[]>, min: number): void {
  const indicators: Array<[number, number]> = [];
  for (const [key, rows] of buckets) {
    if (rows.length === 0) continue;
    const z = model.mip.addBinary(`${group}:${key}`);
    model.mip.addRow(group, [[z, 1], ...selTerms(model, rows, -1)], -Infinity, 0);
    indicators.push([z, 1]);
  }
  model.mip.addRow(group, indicators, min, Infinity);
}
