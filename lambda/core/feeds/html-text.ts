import { compile, type HtmlToTextOptions } from 'html-to-text';

// Text only: images (tracking pixels), scripts, styles, frames and forms leave nothing; links keep their words, never
// their URLs; no hard wrapping, so paragraphs stay whole lines. https://github.com/html-to-text/node-html-to-text
const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'picture', format: 'skip' },
    { selector: 'svg', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'object', format: 'skip' },
    { selector: 'embed', format: 'skip' },
    { selector: 'form', format: 'skip' },
    { selector: 'button', format: 'skip' },
    { selector: 'figcaption', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

// Compiled once: `convert` would compile the options (selectors, formatters) again for every item.
const convert = compile(OPTIONS);

/**
 * Plain text from a feed's HTML (or text with entities): markup is dropped, entities decoded, block elements become
 * paragraphs. The result is only ever used as text, and escaped wherever it is published.
 */
export function htmlToText(html: string): string {
  return convert(html)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of plain text (a title or a name) from feed HTML or text. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}
