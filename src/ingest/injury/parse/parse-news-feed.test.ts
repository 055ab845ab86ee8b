import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNewsFeed } from './parse-news-feed.js';
import { extractLeadingName, extractNewsInjury } from './extract-news-injury.js';

const fixture = (name: string) => readFileSync(resolve('test/fixtures/injury', name), 'utf8');

describe('parseNewsFeed', () => {
  it('when given RSS 2.0, then items have guid, plain text, UTC dates; a dateless item is warned about', () => {
    const feed = parseNewsFeed(fixture('news_rss_player_news_SYNTHETIC.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('NFL Player News');
    expect(feed.items).toHaveLength(5);
    expect(feed.items[0]).toMatchObject({ guid: 'pn-981204', title: 'Rashee Rice: Ruled out for Sunday' });
    expect(feed.items[0]?.summary).toBe('Rice (knee) was downgraded and will not play Sunday against the Broncos, the team announced.');
    expect(feed.items[1]?.publishedAt.toISOString()).toBe('2025-11-14T21:40:00.000Z');
    expect(feed.items[1]?.summary).toContain('Friday’s practice & carries');
    expect(feed.warnings).toEqual(['rss item 6 ("Item without a date"): missing or unreadable date ""']);
  });

  it('when given Atom, then links come from rel=alternate and dates from published, else updated', () => {
    const feed = parseNewsFeed(fixture('news_atom_player_news_SYNTHETIC.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({ link: 'https://wire.example.test/injuries/77121', summary: 'Adams did not practice Friday and is listed as doubtful.' });
    expect(feed.items[0]?.publishedAt.toISOString()).toBe('2025-11-15T23:20:00.000Z');
    expect(feed.items[1]?.publishedAt.toISOString()).toBe('2025-11-16T15:05:00.000Z');
    expect(feed.items[1]?.summary).toMatch(/ruled out/);
  });

  it('keeps a one-item feed as a list', () => {
    const xml = '<rss version="2.0"><channel><title>x</title><item><title>A B: out</title><pubDate>Sun, 16 Nov 2025 14:02:00 GMT</pubDate></item></channel></rss>';
    expect(parseNewsFeed(xml).items).toHaveLength(1);
  });

  it('rejects documents that are not feeds or not XML', () => {
    expect(() => parseNewsFeed('<html><body/></html>')).toThrow(/<rss> or <feed>.*<html>/);
    expect(() => parseNewsFeed('<rss><channel>')).toThrow(/not well-formed/);
  });
});

describe('extractNewsInjury', () => {
  const rss = parseNewsFeed(fixture('news_rss_player_news_SYNTHETIC.xml')).items;
  const atom = parseNewsFeed(fixture('news_atom_player_news_SYNTHETIC.xml')).items;
  const extract = (items: typeof rss) => items.map((i) => extractNewsInjury(i, 'feed')).map((r) => r && [r.playerName, r.status]);

  it('reads the player and status from player-news headlines, and nothing from team news', () => {
    expect(extract(rss)).toEqual([
      ['Rashee Rice', 'out'], ['Puka Nacua', 'questionable'], ['J.K. Dobbins', 'active'], null, ['Marcus Feldwood', 'injured_reserve'],
    ]);
    expect(extract(atom)).toEqual([['Davante Adams', 'doubtful'], ['Courtland Sutton', 'out']]);
  });

  it('keeps the news link, time and text as the report note', () => {
    const report = extractNewsInjury(rss[0]!, 'feed');
    expect(report).toMatchObject({ source: 'news', sourcePlayerId: 'pn-981204', sourceUrl: 'https://news.example.test/nfl/player/rashee-rice/news/981204' });
    expect(report?.note).toMatch(/^Rashee Rice: Ruled out for Sunday — Rice \(knee\)/);
  });

  it('finds names before Title Case verbs and compound names', () => {
    expect(extractLeadingName('Bo Nix Will Play Sunday')).toBe('Bo Nix');
    expect(extractLeadingName('Amon-Ra St. Brown (ankle) questionable')).toBe('Amon-Ra St. Brown');
    expect(extractLeadingName('Jaxon Smith-Njigba, Seahawks agree to extension')).toBe('Jaxon Smith-Njigba');
    expect(extractLeadingName('Chiefs Sign Practice Squad WR')).toBeNull();
  });
});
