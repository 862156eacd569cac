/**
 * HTML and SVG output: the one place that decides how text from mail becomes markup.
 *
 * `html` is a tagged template. Every value put into it is escaped (`& < > " '` as entities, after
 * `safeText` has made control characters and bidi overrides visible), unless the value is itself
 * the result of `html` (an `Html`), or an array of values (each handled the same way). So a
 * subject, an author or an item can only ever become text, in element content and in quoted
 * attribute values alike. Links to outside go through `safeHref` (http and https only), so a
 * `javascript:` URL from mail never becomes a link.
 *
 *   html`<li title="${item.text}">${item.text}</li>`   // both escaped
 *   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`
 */
import { safeText } from './safeText.js';

/** Markup that is safe by construction (built by `html`, or escaped by `escapeHtml`). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: controls made visible (one line, or keeping LF and TAB with `multiline`), then escaped. */
export function escapeHtml(s: string, opts: { multiline?: boolean } = {}): string {
  return safeText(s, opts).replace(/[&<>"']/g, (c) => ENTITY[c]);
}

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Multi-line text (a message body) as HTML: LF and TAB kept, everything else as `escapeHtml`. */
export function textBlock(s: string): Html {
  return new Html(escapeHtml(s, { multiline: true }));
}

/** An http(s) URL fit for an href (as the string to interpolate), or null for anything else. */
export function safeHref(url: string | null | undefined): string | null {
  // eslint-disable-next-line no-control-regex
  if (!url || !/^https?:\/\/[^\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+$/i.test(url)) return null;
  return url;
}

/** A link out (http/https only; rel keeps the referrer and the opener to ourselves), or the plain text. */
export function externalLink(url: string | null | undefined, text: HtmlValue): Html {
  const href = safeHref(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>` : html`${text}`;
}

// eslint-disable-next-line no-control-regex
const URL_IN_TEXT = /(https?:\/\/[^\s<>()"'\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*[^\s<>()"'.,;:!?\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069])/i;

/** Text with its http(s) URLs made links; everything else escaped. */
export function linkify(text: string): Html {
  return html`${text.split(URL_IN_TEXT).map((part, i) => (i % 2 === 1 ? externalLink(part, part) : part))}`;
}

/**
 * Text carrying highlight marks (open / close characters, as `search` puts around matched words)
 * as HTML with `<mark>` around the marked runs; every run escaped on its own.
 */
export function marked(text: string, open: string, close: string): Html {
  const parts: Html[] = [];
  let rest = text;
  for (;;) {
    const a = rest.indexOf(open);
    const b = a < 0 ? -1 : rest.indexOf(close, a + open.length);
    if (a < 0 || b < 0) {
      parts.push(html`${rest.split(open).join('').split(close).join('')}`);
      break;
    }
    parts.push(html`${rest.slice(0, a).split(close).join('')}<mark>${rest.slice(a + open.length, b)}</mark>`);
    rest = rest.slice(b + close.length);
  }
  return html`${parts}`;
}

/** A local path with a query string built from defined values (for shareable URLs). */
export function pathWithQuery(path: string, params: Record<string, string | number | null | undefined | false>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== false && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
