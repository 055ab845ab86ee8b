/** A stats file (nflverse CSV, ESPN box score JSON, MLB Stats API game log JSON) → parsed stat lines. */
import { decodeText } from '../../ingest/dfs/parse/decode-text.js';
import { MAX_RESULTS_FILE_BYTES } from '../parse/parse-results-file.js';
import { ResultsFileError } from '../parse/results-file-error.js';
import { parseEspnBoxScore } from './parse-espn-box-score.js';
import { parseMlbGameLog } from './parse-mlb-game-log.js';
import { parseNflverse } from './parse-nflverse.js';
import type { ParsedStats, StatSource } from './types.js';

export function parseStatsFile(source: StatSource, bytes: Uint8Array): ParsedStats {
  let text: string;
  try {
    text = decodeText(bytes, MAX_RESULTS_FILE_BYTES).text;
  } catch (err) {
    throw new ResultsFileError(err instanceof Error ? err.message : String(err));
  }
  if (source === 'nflverse') return parseNflverse(text);
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (err) {
    throw new ResultsFileError(`not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return source === 'espn' ? parseEspnBoxScore(payload) : parseMlbGameLog(payload);
}
