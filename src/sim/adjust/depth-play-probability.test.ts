import { describe, expect, it } from 'vitest';
import { depthPlayProbabilities, type DepthPlayer } from './depth-play-probability.js';

function player(team: string, position: string, salary: number, mean: number, extra: Partial<DepthPlayer> = {}): DepthPlayer {
  return { team, position, salary, mean, playProbability: 1, battingOrder: null, uploaded: false, ...extra };
}

// NYJ quarterbacks on the DK 2022-11-20 slate: Wilson priced as the starter, Flacco's average from his starts.
const jets = (wilson: Partial<DepthPlayer> = {}, flacco: Partial<DepthPlayer> = {}): DepthPlayer[] => [
  player('NYJ', 'QB', 4900, 18.88, flacco),
  player('NYJ', 'QB', 5000, 13.51, wilson),
  player('NYJ', 'QB', 4000, 0),
  player('NYJ', 'WR', 6000, 12),
  player('NYJ', 'WR', 3000, 2),
];

describe('depthPlayProbabilities', () => {
  it('when the priced starter is healthy, then his backups play only in their backup share of games', () => {
    const p = depthPlayProbabilities('NFL', jets());
    expect(p[1]).toBe(1);
    expect(p[0]).toBeCloseTo(0.05, 12);
    expect(p[2]).toBeCloseTo(0.05, 12);
    // Receivers share the field: no depth rule for them.
    expect(p.slice(3)).toEqual([1, 1]);
  });

  it('when the starter is questionable, doubtful or out, then the next man gets the games he misses', () => {
    for (const [status, starter] of [[0.75, 0.25], [0.25, 0.75], [0, 1]] as const) {
      const p = depthPlayProbabilities('NFL', jets({ playProbability: status }));
      expect(p[1]).toBe(status);
      expect(p[0]).toBeCloseTo(starter, 12);
    }
  });

  it('when the backup is himself doubtful and the starter out, then he plays with his own probability', () => {
    const p = depthPlayProbabilities('NFL', jets({ playProbability: 0 }, { playProbability: 0.25 }));
    expect(p[0]).toBeCloseTo(0.25, 12);
  });

  it('when the backup\'s projection is the user\'s upload, then his probability is left as the injury gives it', () => {
    const p = depthPlayProbabilities('NFL', jets({}, { uploaded: true }));
    expect(p[0]).toBe(1);
  });

  it('when two quarterbacks carry the same salary, then they share the job instead of one taking it all', () => {
    // NO on the DK 2022-11-20 slate: Dalton and Winston both $5,300 (Dalton started).
    const p = depthPlayProbabilities('NFL', [player('NO', 'QB', 5300, 15.25), player('NO', 'QB', 5300, 17.31), player('NO', 'QB', 5000, 9.56)]);
    expect(p[0]).toBeCloseTo(0.5, 12);
    expect(p[1]).toBeCloseTo(0.5, 12);
    expect(p[2]).toBeCloseTo(0.05, 12);
    const winstonOut = depthPlayProbabilities('NFL', [player('NO', 'QB', 5300, 15.25), player('NO', 'QB', 5300, 17.31, { playProbability: 0 })]);
    expect(winstonOut[0]).toBe(1);
  });

  it('when an NHL team lists three goalies, then the priced starter plays and the others are backups', () => {
    const p = depthPlayProbabilities('NHL', [player('BOS', 'G', 7900, 14.63), player('BOS', 'G', 7700, 12.78), player('BOS', 'G', 7900, 4.05), player('BOS', 'C', 6000, 8)]);
    expect(p).toEqual([1, 0.05, 0.05, 1]);
  });

  it('when an MLB team flags its probable pitcher, then he starts and the rest of the staff rarely pitch', () => {
    // NYY on the FD 2019-07-24 slate: Happ probable at $7,500, German at $9,300 not.
    const p = depthPlayProbabilities('MLB', [
      player('NYY', 'P', 9300, 34.6, { probablePitcher: false }),
      player('NYY', 'P', 7500, 22.9, { probablePitcher: true }),
      player('NYY', 'P', 5500, 6, { probablePitcher: false }),
      player('NYY', '1B', 3500, 10),
    ]);
    expect(p).toEqual([0.05, 1, 0.05, 1]);
  });

  it('when the probable pitcher is scratched, then the next pitcher on the chart takes the start', () => {
    const p = depthPlayProbabilities('MLB', [player('A', 'SP', 9300, 30, { probablePitcher: false }), player('A', 'SP', 7500, 22, { probablePitcher: true, playProbability: 0 })]);
    expect(p).toEqual([1, 0]);
  });

  it('when an MLB team has no probable flag, then no pitcher is demoted (salary does not say whose turn it is)', () => {
    const p = depthPlayProbabilities('MLB', [player('A', 'SP', 9300, 30), player('A', 'SP', 7500, 22), player('A', 'RP', 5500, 6, { probablePitcher: null })]);
    expect(p).toEqual([1, 1, 1]);
  });

  it('when the sport has no single-starter position (NBA), then nothing changes', () => {
    expect(depthPlayProbabilities('NBA', [player('A', 'PG', 9000, 40), player('A', 'PG', 4000, 12)])).toEqual([1, 1]);
  });
});
