/**
 * Visible text of an HTML page, extracted with htmlparser2 (a streaming parser, not regexes):
 * script, style and other invisible elements are dropped, block elements end lines, entities are
 * decoded. Offsets of mentions then refer to this extracted text (`--include-text` shows it).
 */
import { Parser } from 'htmlparser2';

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
  const heading = title.trim().replace(/\s+/g, ' ');
  return heading && !body.startsWith(heading) ? `${heading}\n${body}` : body;
}

export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}
