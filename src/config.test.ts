import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('when the environment is empty, then defaults apply and the embedded database is used', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.DRAFTKINGS_API_URL).toBe('https://api.draftkings.com');
    expect(config.INJURY_FEED_URLS).toEqual([]);
    expect(config.DEMO_SLATE).toBe(true);
  });

  it('when values are given, then they are parsed to their types', () => {
    const config = loadConfig({ PORT: '8080', INJURY_FEED_URLS: 'http://a/rss, http://b/atom', DFS_SPORTS: 'nfl,nba', DEMO_SLATE: 'false' });
    expect(config.PORT).toBe(8080);
    expect(config.INJURY_FEED_URLS).toEqual(['http://a/rss', 'http://b/atom']);
    expect(config.DFS_SPORTS).toEqual(['NFL', 'NBA']);
    expect(config.DEMO_SLATE).toBe(false);
  });

  it('when several values are wrong, then every problem is listed at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', ODDS_API_URL: 'not a url', DFS_SPORTS: 'NFL,XFL' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/LOG_LEVEL/);
    expect(problems).toMatch(/ODDS_API_URL/);
    expect(problems).toMatch(/DFS_SPORTS/);
  });

  it('when production runs without a session secret, then it refuses to start', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });
});
