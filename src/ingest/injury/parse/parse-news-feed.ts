import { XMLParser } from 'fast-xml-parser';

/** One item of an RSS 2.0 or Atom feed, reduced to what injury extraction needs. */
export interface NewsItem {
  /** RSS `guid` / Atom `id`, else the link, else title + date: stable across polls. */
  guid: string;
  title: string;
  link: string | null;
  /** Plain text (HTML tags stripped) of RSS `description` / Atom `summary` or `content`. */
  summary: string;
  publishedAt: Date;
}

/** A parsed feed plus one warning per skipped item. */
export interface ParsedFeed {
  format: 'rss' | 'atom';
  title: string | null;
  items: NewsItem[];
  warnings: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  htmlEntities: true,
  // Single items must still be arrays, or a one-item feed would parse as an object.
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  parseTagValue: false,
  trimValues: true,
});

type Node = Record<string, unknown>;

/** Parses an RSS 2.0 (`rss > channel > item`) or Atom (`feed > entry`) document. */
export function parseNewsFeed(xml: string): ParsedFeed {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (err) {
    throw new Error(`news feed is not well-formed XML: ${(err as Error).message}`);
  }
  const rss = doc['rss'] as Node | undefined;
  const atom = doc['feed'] as Node | undefined;
  if (rss) {
    const channel = (rss['channel'] ?? {}) as Node;
    return collect('rss', text(channel['title']), asNodes(channel['item']), (n) => ({
      id: text(n['guid']), title: text(n['title']), link: text(n['link']),
      body: text(n['description']) ?? text(n['content:encoded']), date: text(n['pubDate']) ?? text(n['dc:date']),
    }));
  }
  if (atom) {
    return collect('atom', text(atom['title']), asNodes(atom['entry']), (n) => ({
      id: text(n['id']), title: text(n['title']), link: atomLink(n['link']),
      body: text(n['summary']) ?? text(n['content']), date: text(n['published']) ?? text(n['updated']),
    }));
  }
  throw new Error(`news feed: expected <rss> or <feed> at the root, found <${Object.keys(doc).filter((k) => !k.startsWith('?'))[0] ?? 'nothing'}>`);
}

interface RawItem { id: string | null; title: string | null; link: string | null; body: string | null; date: string | null }

function collect(format: 'rss' | 'atom', title: string | null, nodes: Node[], read: (n: Node) => RawItem): ParsedFeed {
  const items: NewsItem[] = [];
  const warnings: string[] = [];
  nodes.forEach((node, index) => {
    const r = read(node);
    const publishedAt = r.date ? new Date(r.date) : null;
    if (!r.title) { warnings.push(`${format} item ${index + 1}: no title`); return; }
    if (!publishedAt || Number.isNaN(publishedAt.getTime())) {
      warnings.push(`${format} item ${index + 1} ("${r.title}"): missing or unreadable date "${r.date ?? ''}"`);
      return;
    }
    items.push({
      guid: r.id ?? r.link ?? `${r.title}|${publishedAt.toISOString()}`,
      title: stripHtml(r.title),
      link: r.link,
      summary: stripHtml(r.body ?? ''),
      publishedAt,
    });
  });
  return { format, title, items, warnings };
}

function asNodes(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter((v): v is Node => typeof v === 'object' && v !== null) : [];
}

/** Text of an element that may carry attributes (`<title type="html">`, `<guid isPermaLink="false">`). */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Node)['#text']);
  return null;
}

/** Atom links: prefer rel="alternate" (or no rel), read from the href attribute. */
function atomLink(value: unknown): string | null {
  const links = asNodes(value);
  const best = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  return best ? text(best['@_href']) : text(value);
}

function stripHtml(s: string): string {
  return s.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}
