import { convert } from 'html-to-text';

/**
 * A job posting saved from a web page, as text: headings and list items on lines of their own (so
 * the structure reader still finds "Requirements" and its bullets), links as their words, and
 * nothing of scripts, styles, images, navigation, headers or footers.
 */
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
  selector,
  options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 },
}));

const SKIPPED = ['script', 'style', 'noscript', 'template', 'img', 'svg', 'nav', 'header', 'footer', 'form', 'button'];

/** Elements with no end tag, or closed by their next sibling: they never nest deeper unclosed. */
const SELF_CLOSING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th tbody thead tfoot rt rp'.split(
    ' ',
  ),
);
/** More elements left open than any page has: parsing such markup costs the square of its depth. */
export const MAX_OPEN_ELEMENTS = 2_000;

/**
 * Whether the page leaves more elements open than a page does, counted in one pass without
 * parsing. The HTML parser's time grows with the square of how deeply elements nest unclosed
 * (200,000 open <div>s take it seconds), so such a file is refused before it is parsed.
 */
export function nestsTooDeeply(html: string): boolean {
  let open = 0;
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = (tag[2] ?? '').toLowerCase();
    if (SELF_CLOSING.has(name) || tag[3] === '/') continue;
    open += tag[1] === '/' ? -1 : 1;
    if (open > MAX_OPEN_ELEMENTS) return true;
  }
  return false;
}

export function htmlToPostingText(html: string): string {
  return convert(html, {
    wordwrap: false,
    // Bounds the work a hostile page can cause: postings are not this deep or this long.
    limits: { maxDepth: 64, maxChildNodes: 2_000, ellipsis: '…' },
    selectors: [
      ...HEADINGS,
      ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'ul', options: { itemPrefix: '- ' } },
      { selector: 'table', format: 'dataTable' },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
