/**
 * Issue 10.3 and 10.7: pages written to be difficult. Every parser is a linear scan of the known
 * Mailman shapes, so a page built to make a DOM or a backtracking regex crawl still parses in
 * well under a second; a table row with an unusable link is skipped on its own.
 */
import { describe, expect, it } from 'vitest';
import { parseToc, parseTocDetailed, parsePeriodIndex, parseMessagePage, decodeHtml } from '../../src/pipermail/index.js';

const BASE = 'http://127.0.0.1/pipermail/demo/';

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

/** Every parser on one page; each must finish within `budgetMs`. */
function allWithin(html: string, budgetMs: number): void {
  for (const [name, f] of [
    ['parseToc', () => parseToc(html, BASE)],
    ['parsePeriodIndex', () => parsePeriodIndex(html, `${BASE}2014-October/date.html`)],
    ['parseMessagePage', () => parseMessagePage(html)],
    ['decodeHtml', () => decodeHtml(Buffer.from(html, 'latin1'))],
  ] as Array<[string, () => unknown]>) {
    const { ms } = timed(f);
    expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(budgetMs);
  }
}

describe('hostile pages parse in linear time', () => {
  it('1 MB of 200,000 nested <div>s', () => {
    allWithin('<html><body>' + '<div>'.repeat(200_000) + 'x' + '</div>'.repeat(20_000), 5000);
  });

  it('a 2 MB date.html of entries that never close their anchors', () => {
    const html = '<ul>' + '<LI><A HREF="002260.html">[Demo] a subject that goes on '.repeat(36_000);
    expect(html.length).toBeGreaterThan(2_000_000);
    allWithin(html, 5000);
  });

  it('2 MB of unclosed table rows, links and tags without ">"', () => {
    allWithin('<table>' + '<tr><td><a href="2014-October/thread.html">'.repeat(45_000), 5000);
    allWithin('<a href="x"'.repeat(200_000), 5000);
    allWithin('<H1>'.repeat(250_000) + '<A HREF="mailto:x"'.repeat(50_000), 5000);
    allWithin('<!--beginarticle--><PRE>' + ' '.repeat(1_000_000) + 'x', 5000);
  });

  it('a page of 100,000 good date.html entries is read whole and fast', () => {
    const entry = (n: number) => `<LI><A HREF="${String(n).padStart(6, '0')}.html">[Demo] subject ${n}\n</A><A NAME="${n}">&nbsp;</A>\n<I>Author ${n}\n</I>\n`;
    const html = '<ul>' + Array.from({ length: 100_000 }, (_x, i) => entry(i + 1)).join('') + '</ul>';
    const { value, ms } = timed(() => parsePeriodIndex(html, `${BASE}2014-October/date.html`));
    expect(value).toHaveLength(100_000);
    expect(value[99_999]).toMatchObject({ file: '100000.html', subject: '[Demo] subject 100000', author: 'Author 100000' });
    expect(ms).toBeLessThan(8000);
  });
});

describe('archive table rows with unusable links are skipped, the rest is read', () => {
  const row = (href: string, text = '2014-October.txt.gz') =>
    `<tr><td>Row:</td><td><A href="${href}">[ Thread ]</a></td><td><A href="${text}">[ Gzip'd Text 2 KB ]</a></td></tr>`;

  it('javascript:, a bad % escape, an invalid URL, an absolute URL elsewhere, ../', () => {
    const html = '<table>' + [
      row('2014-December/thread.html', '2014-December.txt.gz'),
      row('javascript:alert(1)//thread.html'),
      row('2014-%E0%A4%A/thread.html'),
      row('http://[::1/thread.html'),
      row('http://evil.example/2014-May/thread.html'),
      row('../other-list/thread.html'),
      row('2014-November/thread.html', 'javascript:void(0)//x.txt.gz'),
      row('2014-October/thread.html', '2014-October.txt'),
    ].join('') + '</table>';
    const { entries, skipped } = parseTocDetailed(html, BASE);
    expect(entries.map((e) => [e.period, e.textUrl])).toEqual([
      ['2014-December', `${BASE}2014-December.txt.gz`],
      ['2014-October', `${BASE}2014-October.txt`],
    ]);
    expect(skipped).toHaveLength(6);
    expect(skipped.join('\n')).toMatch(/javascript:alert/);
    expect(skipped.join('\n')).toMatch(/URI malformed/);
  });
});
