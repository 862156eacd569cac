/**
 * Issue 10, item 2: items written by strangers must not run as spreadsheet formulas when a CSV
 * export is opened (OWASP "CSV injection"), and raw HTML in them must not reach a markdown
 * renderer as HTML.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { syncHostileArchive, type HostileDb } from '../support/hostileArchive.js';
import { runArchive } from '../support/cli.js';
import { csvRow, mdEscape, mdUrl } from '../../src/query/index.js';

/** RFC 4180 reader, enough for the tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const DANGEROUS = /^[=+\-@\t\r]/;

let h: HostileDb;
const archive = (...args: string[]) => runArchive(['--db', h.db, ...args]);

beforeAll(async () => { h = await syncHostileArchive(); });
afterAll(async () => { await h.close(); });

describe('CSV cells that a spreadsheet would evaluate are neutralised', () => {
  for (const argv of [
    ['query', '--project', 'EVIL', '--format', 'csv'],
    ['query', '--project', 'SECOND\x1b[5mNAME', '--format', 'csv'],
    ['query', '--project', 'EVIL', '--diff', '2014-10..2014-11', '--format', 'csv'],
    ['export', '--format', 'csv'],
  ]) {
    it(argv.join(' '), async () => {
      const r = await archive(...argv);
      expect(r.code, r.stderr).toBe(0);
      const rows = parseCsv(r.stdout);
      expect(rows.length).toBeGreaterThan(1);
      const cells = rows.flat();
      expect(cells.filter((c) => DANGEROUS.test(c))).toEqual([]);
      // The text is kept, behind a single quote, in a quoted cell.
      const formulas = cells.filter((c) => /^'[=+\-@\t]/.test(c));
      expect(formulas.length).toBeGreaterThan(0);
      if (argv[2] === 'EVIL') expect(r.stdout).toMatch(/"'=HYPERLINK\(""http:\/\/evil\.example\/"",""totally safe""\) formula item/);
    });
  }

  it('export covers all four prefixes and a leading tab', async () => {
    const cells = parseCsv((await archive('export', '--format', 'csv')).stdout).flat();
    for (const p of ["'=HYPERLINK", "'+cmd|", "'@SUM(1+1)", "'-2+3 minus item"]) expect(cells.some((c) => c.startsWith(p)), p).toBe(true);
  });

  it('csvRow: numbers stay numbers, ordinary text is not touched', () => {
    expect(csvRow([-1, 3.5, 'plain', 'a,b', '=1+1', '-x', '@x', '+x', '\tx', '\rx', 'x=1'])).toBe(
      `-1,3.5,plain,"a,b","'=1+1","'-x","'@x","'+x","'\tx","'\rx",x=1`);
  });
});

describe('markdown output escapes HTML', () => {
  for (const argv of [
    ['query', '--project', 'EVIL', '--format', 'markdown'],
    ['query', '--project', 'EVIL', '--diff', '2014-10..2014-11', '--format', 'markdown'],
    ['month', '2014-10', '--format', 'markdown'],
    ['month', '2014-11', '--format', 'markdown'],
  ]) {
    it(argv.join(' '), async () => {
      const r = await archive(...argv);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/<script|<img|<\/script/i);
      if (argv[0] === 'month' && argv[1] === '2014-11') return; // no HTML item that month
      expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;');
    });
  }

  it('mdEscape and mdUrl', () => {
    expect(mdEscape('a <b> & [c](javascript:x) *d* see http://x.org/a_b')).toBe('a &lt;b&gt; &amp; \\[c\\](javascript:x) \\*d\\* see http://x.org/a_b');
    expect(mdUrl('javascript:alert(1)')).toBeNull();
    expect(mdUrl('http://x.org/a b)c<d>')).toBe('http://x.org/a%20b%29c%3Cd%3E');
  });
});
