import type { SimPlayer, SimSport } from '../types.js';
import { depthPlayProbabilities } from './depth-play-probability.js';
import { impliedTotalFactor } from './implied-total-factor.js';
import { playProbabilityFor } from './play-probability.js';
import { projectFromProps } from './project-from-props.js';
import { redistributeVacated } from './redistribute-vacated.js';
import type { AdjustmentNote, GameContext, ProjectionInput, PropLines } from './types.js';
import { weatherFactor } from './weather-factor.js';

/** Optional context; each part may be absent. */
export interface AdjustContext {
  games?: readonly GameContext[];
  props?: PropLines;
  /** Move absent players' shares to teammates (off for uploaded projections, which already price it in). */
  redistribute?: boolean;
}

/** A player ready for the engine, with the story of its mean. */
export interface AdjustedPlayer extends SimPlayer {
  baseline: number;
  notes: AdjustmentNote[];
}

/** Weight of a props-based mean against the baseline when props exist. */
const PROPS_WEIGHT = 0.7;

/**
 * Turns baseline projections into simulation inputs: props blend, implied team totals, weather, injuries
 * (play probability), the depth chart (backups at single-starter positions rarely play) and vacated shares,
 * in that order; the depth chart comes after injuries because an injured starter opens the job. Props already price the game environment, so a
 * player with usable props skips the implied-total factor.
 */
export function adjustPlayers(sport: SimSport, inputs: readonly ProjectionInput[], context: AdjustContext = {}): AdjustedPlayer[] {
  const games = new Map((context.games ?? []).map((g) => [g.gameKey, g]));
  const adjusted = inputs.map((input): AdjustedPlayer => {
    const notes: AdjustmentNote[] = [];
    const baseline = Math.max(input.baseline ?? 0, 0);
    let mean = baseline;
    const props = context.props?.[input.key];
    const fromProps = props ? projectFromProps(sport, input.position, props) : null;
    if (fromProps && baseline > 0) {
      const filled = fromProps.mean + (1 - fromProps.coverage) * baseline;
      const next = PROPS_WEIGHT * filled + (1 - PROPS_WEIGHT) * baseline;
      notes.push({ kind: 'props', factor: next / baseline, detail: `props imply ${filled.toFixed(2)} pts` });
      mean = next;
    }
    const game = input.gameKey ? games.get(input.gameKey) : undefined;
    if (!fromProps && game?.impliedTotals) {
      const own = game.impliedTotals[input.team];
      const opp = input.opponent ? game.impliedTotals[input.opponent] : undefined;
      const factor = impliedTotalFactor(sport, input.position, own, opp);
      if (factor !== 1) {
        notes.push({ kind: 'implied-total', factor, detail: `implied ${own ?? '?'} vs ${opp ?? '?'}` });
        mean *= factor;
      }
    }
    const wf = weatherFactor(sport, input.position, game?.weather);
    if (wf !== 1) {
      notes.push({ kind: 'weather', factor: wf, detail: describeWeather(game?.weather) });
      mean *= wf;
    }
    const statusProbability = playProbabilityFor(input.status);
    if (statusProbability < 1) notes.push({ kind: 'injury', factor: statusProbability, detail: `status ${input.status ?? ''}: plays with p=${statusProbability}` });
    // The stored results' reading (missed his team's recent games) and the status are separate evidence: both apply.
    const fromHistory = input.availability ?? 1;
    if (fromHistory < 1) notes.push({ kind: 'availability', factor: fromHistory, detail: `stored results: plays with p=${fromHistory.toFixed(3)}` });
    const playProbability = statusProbability * fromHistory;
    return {
      key: input.key,
      name: input.name,
      team: input.team,
      opponent: input.opponent,
      gameKey: input.gameKey,
      position: input.position,
      salary: input.salary,
      mean,
      sd: input.sd,
      playProbability,
      battingOrder: input.battingOrder,
      line: input.line,
      baseline,
      notes,
    };
  });
  const charted = applyDepthChart(sport, inputs, adjusted);
  if (context.redistribute === false) return charted;
  const means = redistributeVacated(sport, charted);
  return charted.map((p, i) => {
    const next = means[i]!;
    if (next === p.mean || p.mean <= 0) return p;
    return { ...p, mean: next, notes: [...p.notes, { kind: 'vacated-share', factor: next / p.mean, detail: 'teammate out' }] };
  });
}

/** Lowers the play probability of backups at single-starter positions (see depthPlayProbabilities). */
function applyDepthChart(sport: SimSport, inputs: readonly ProjectionInput[], adjusted: AdjustedPlayer[]): AdjustedPlayer[] {
  const probabilities = depthPlayProbabilities(
    sport,
    adjusted.map((p, i) => ({ ...p, uploaded: inputs[i]!.baselineSource === 'upload', probablePitcher: inputs[i]!.probablePitcher ?? null })),
  );
  return adjusted.map((p, i) => {
    const next = probabilities[i]!;
    // Unchanged also covers an out player (0 stays 0), so the factor below never divides by zero.
    if (next === p.playProbability) return p;
    const note = { kind: 'depth' as const, factor: next / p.playProbability, detail: `not the likely starter: plays with p=${next.toFixed(3)}` };
    return { ...p, playProbability: next, notes: [...p.notes, note] };
  });
}

function describeWeather(weather: GameContext['weather']): string {
  const rate = weather?.precipMmPerHour ?? null;
  const precip = rate !== null ? `${rate.toFixed(1)} mm/h` : `${weather?.precipChancePct ?? 0}% chance`;
  return `wind ${weather?.windMph ?? 0} mph, precip ${precip}`;
}
