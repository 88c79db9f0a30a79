/**
 * An HTML page as a document: its article, found by Mozilla's Readability over a linkedom DOM (so
 * navigation, sidebars and footers are dropped: `Home | Russia | Turkey` names no actor), as text
 * (htmlparser2, a streaming parser: invisible elements dropped, block elements end lines, entities
 * decoded), and its publication date from the page's meta tags. Offsets of mentions refer to this
 * text (`--include-text` shows it). A page Readability finds no article in is read whole.
 */
import { createRequire } from 'node:module';
import { Parser } from 'htmlparser2';
import { isIsoDate } from './day.js';

/** What a page says of itself: its article's text, and the date it was published (YYYY-MM-DD), if it says. */
export interface HtmlDocument {
  text: string;
  published: string | null;
}

/**
 * Where pages state their publication date, most specific first: Open Graph / article metadata,
 * schema.org microdata, Dublin Core and the older name conventions.
 */
const PUBLISHED = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date"]',
  'meta[name="dcterms.created"]',
];

interface Dom {
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
    querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  };
}
let libraries: {
  parseHTML: (html: string) => Dom;
  Readability: new (document: unknown) => { parse(): { title?: string | null; content?: string | null } | null };
} | null = null;

/** linkedom and Readability, loaded with the first page: a run of plain text never pays for them. */
function html(): NonNullable<typeof libraries> {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    const { parseHTML } = require('linkedom') as { parseHTML: (html: string) => Dom };
    const { Readability } = require('@mozilla/readability') as {
      Readability: NonNullable<typeof libraries>['Readability'];
    };
    libraries = { parseHTML, Readability };
  }
  return libraries;
}

export function htmlDocument(page: string): HtmlDocument {
  const { parseHTML, Readability } = html();
  const { document } = parseHTML(page);
  // Read before Readability, which rewrites the document.
  const published = publishedDate(document);
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(document).parse();
  } catch {
    article = null;
  }
  if (!article?.content) return { text: htmlToText(page), published };
  return { text: underTitle(article.title ?? '', htmlToText(article.content)), published };
}

/** The day of the page's publication date (`2022-03-01T10:00:00Z` -> 2022-03-01), from its meta tags or JSON-LD. */
function publishedDate(document: Dom['document']): string | null {
  for (const selector of PUBLISHED) {
    const day = dayOf(document.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i].textContent ?? '');
    const day = dayOf(m?.[1]);
    if (day) return day;
  }
  return null;
}

function dayOf(value: string | null | undefined): string | null {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1];
  return day && isIsoDate(day) ? day : null;
}

/** The text under its title, unless the text already starts with it. */
function underTitle(title: string, body: string): string {
  const heading = title.trim().replace(/\s+/g, ' ');
  return heading && !body.startsWith(heading) ? `${heading}\n${body}` : body;
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'canvas']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'title',
  'caption',
]);

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  let title = '';
  let inTitle = false;
  const breakLine = () => {
    if (parts.length && !parts[parts.length - 1].endsWith('\n')) parts.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (INVISIBLE.has(name)) hidden++;
        else if (BLOCK.has(name)) breakLine();
      },
      ontext(text) {
        if (inTitle) title += text;
        if (hidden === 0) parts.push(text.replace(/[ \t\r\n\f]+/g, ' '));
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (INVISIBLE.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCK.has(name)) breakLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const body = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  return underTitle(title, body);
}

export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}
