/**
 * The platform's configuration: the environment, parsed once against a schema. Every problem is listed at start.
 * Nothing else in src/ reads process.env.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { SPORTS } from './core/site-rules.js';
import { zodProblemLines } from './core/validation/zod-problems.js';

const optionalString = z.string().trim().min(1).optional().catch(undefined);
const url = (fallback: string) => z.string().trim().url().default(fallback);
const cron = (fallback: string) => z.string().trim().min(1).default(fallback);
/** A comma list of sports (any case), each one we model; all four by default. */
const sportList = z.string().default(SPORTS.join(','))
  .transform((s) => s.split(',').map((p) => p.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(z.enum(SPORTS)));
const commaList = z.string().default('').transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean));

/** True for an IP address, or an address/prefix (CIDR) whose prefix fits the address family. */
function isAddressOrCidr(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/** express's "trust proxy": true/false, a hop count, or a comma list of proxy-addr names and addresses/CIDRs. */
const trustProxy = z.string().trim().default('loopback').transform((value, ctx): boolean | number | string => {
  if (!value) return 'loopback'; // an empty variable (Compose's ${TRUST_PROXY:-}) means the default
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  const bad = value.split(',').map((p) => p.trim()).filter((p) => !['loopback', 'linklocal', 'uniquelocal'].includes(p) && !isAddressOrCidr(p));
  if (bad.length) ctx.addIssue({ code: 'custom', message: `not true, false, a hop count, loopback/linklocal/uniquelocal or an IP/CIDR: ${bad.join(', ')}` });
  return value;
});

export const configSchema = z.object({
  /** PostgreSQL connection string; unset starts an embedded PostgreSQL under EMBEDDED_PG_DIR. */
  DATABASE_URL: optionalString,
  /** Data directory of the embedded PostgreSQL (kept between runs). */
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  /** Port of the embedded PostgreSQL. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** HTTP port: dashboard + API for the web roles, /healthz for worker-only roles. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface the HTTP server binds to. */
  HOST: z.string().default('0.0.0.0'),
  /** Comma list of roles this process runs; unset runs them all. */
  ROLE: optionalString,
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** production refuses a missing SESSION_SECRET; cookies are Secure when the request is HTTPS (see TRUST_PROXY). */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Signs the login form's CSRF cookie (32+ characters); required in production so that every container signs alike. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Proxies whose X-Forwarded-For/-Proto are believed (express trust proxy): loopback, true, a hop count or IPs/CIDRs. */
  TRUST_PROXY: trustProxy,
  /** How long shutdown waits for in-flight jobs before giving up (ms). */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** A running job whose worker sent no heartbeat for this long (killed, frozen) is failed and retried (s). */
  JOB_STALE_AFTER_SECONDS: z.coerce.number().int().min(2).max(3600).default(40),
  /** Seed a demo slate on start when the embedded database has no slates ("false" to skip). */
  DEMO_SLATE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Email + password of an admin created on start if no user exists (bootstrap; see README). */
  ADMIN_EMAIL: optionalString,
  /** Password for ADMIN_EMAIL. */
  ADMIN_PASSWORD: optionalString,

  /** DraftKings API base URL (draft groups, draftables, rules). */
  DRAFTKINGS_API_URL: url('https://api.draftkings.com'),
  /** DraftKings lobby base URL (getcontests). */
  DRAFTKINGS_LOBBY_URL: url('https://www.draftkings.com'),
  /** Sports the DFS poller discovers draft groups for. */
  DFS_SPORTS: sportList,
  /** When ingest-dfs polls DraftKings (cron, UTC). */
  INGEST_DFS_CRON: cron('*/15 * * * *'),

  /** The Odds API v4 base URL. */
  ODDS_API_URL: url('https://api.the-odds-api.com'),
  /** The Odds API key; without it ingest-odds idles and says why. */
  ODDS_API_KEY: optionalString,
  /** When ingest-odds polls (cron, UTC); it polls more often as kickoff nears. */
  INGEST_ODDS_CRON: cron('*/5 * * * *'),
  /** Sports ingest-odds polls (NFL,NBA,MLB,NHL); each costs request credits per poll. */
  ODDS_SPORTS: sportList,
  /** The Odds API `regions` (us, us2, uk, eu, au; comma list): each region costs one credit per market. */
  ODDS_REGIONS: z.string().trim().min(1).default('us'),
  /** Poll interval by time to the next kickoff on each INGEST_ODDS_CRON tick: default=<min>m then <hours>h=<min>m tiers. */
  ODDS_POLL_SCHEDULE: z.string().regex(/^default=\d+(\.\d+)?m(,\d+(\.\d+)?h=\d+(\.\d+)?m)*$/, 'like default=180m,24h=60m,6h=15m,1h=5m').default('default=180m,24h=60m,6h=15m,1h=5m'),
  /** Request credits ingest-odds keeps back: below this it skips props and polls at the default interval. */
  ODDS_QUOTA_RESERVE: z.coerce.number().int().min(0).default(50),
  /** Player props are fetched for events starting within this many hours (0 turns props off). */
  ODDS_PROPS_WINDOW_HOURS: z.coerce.number().min(0).default(36),

  /** US National Weather Service API base URL. */
  NWS_API_URL: url('https://api.weather.gov'),
  /** User-Agent the NWS API requires (contact address). */
  NWS_USER_AGENT: z.string().default('sportsdata (self-hosted DFS platform)'),
  /** Open-Meteo API base URL. */
  OPEN_METEO_API_URL: url('https://api.open-meteo.com'),
  /** When ingest-weather refreshes forecasts (cron, UTC). */
  INGEST_WEATHER_CRON: cron('*/30 * * * *'),

  /** ESPN site API base URL (injuries). */
  ESPN_API_URL: url('https://site.api.espn.com'),
  /** Comma list of RSS/Atom injury news feed URLs. */
  INJURY_FEED_URLS: commaList,
  /** NFL official injury report CSV (nflverse injuries_<season>.csv layout); unset skips that source. */
  NFL_INJURY_REPORT_URL: z.string().trim().url().optional(),
  /** When ingest-injury polls (cron, UTC). */
  INGEST_INJURY_CRON: cron('*/10 * * * *'),

  /** MLB Stats API base URL (box scores for ingest-stats); ESPN box scores use ESPN_API_URL. */
  MLB_STATS_API_URL: url('https://statsapi.mlb.com'),
  /** When ingest-stats looks for games that ended and fetches their box scores (cron, UTC). */
  INGEST_STATS_CRON: cron('*/20 * * * *'),
  /** How far back ingest-stats looks for ended games still missing a box score (hours). */
  INGEST_STATS_LOOKBACK_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(36),
});

export type Config = z.infer<typeof configSchema>;

/** Thrown when the environment is invalid; the message lists every problem, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default) into a Config, or throws a ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(zodProblemLines(result.error, { separator: ': ' }));
  }
  const config = result.data;
  if (config.NODE_ENV === 'production' && !config.SESSION_SECRET) {
    throw new ConfigError(['SESSION_SECRET: required when NODE_ENV=production (at least 32 characters)']);
  }
  return config;
}

let cached: Config | undefined;

/** The process's configuration, parsed on first use. */
export function getConfig(): Config {
  cached ??= loadConfig();
  return cached;
}
