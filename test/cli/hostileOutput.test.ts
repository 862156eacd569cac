/**
 * Issue 10, item 1: mail from strangers must not drive the terminal. Subjects, authors, items,
 * project names with escape sequences (raw, RFC 2047-encoded, 8-bit C1), bidi overrides: every
 * human-facing output shows them as visible characters; JSON keeps the data, escaped.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { syncHostileArchive, type HostileDb } from '../support/hostileArchive.js';
import { runArchive } from '../support/cli.js';
import { safeText, safeData, toJson } from '../../src/query/index.js';
import { progressEvents } from '../../src/cli/progress.js';

/** What a terminal may act on: C0 controls other than LF (TAB too, when `tab` is false), DEL, C1, bidi overrides. */
function unsafe(s: string, tab = false): string[] {
  // eslint-disable-next-line no-control-regex
  const re = tab ? /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g : /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
  return [...s.matchAll(re)].map((m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m.index}: ${JSON.stringify(s.slice(Math.max(0, m.index - 20), m.index + 20))}`);
}

let h: HostileDb;
const archive = (...args: string[]) => runArchive(['--db', h.db, ...args]);

beforeAll(async () => { h = await syncHostileArchive(); });
afterAll(async () => { await h.close(); });

describe('text output shows control characters instead of sending them', () => {
  const commands: string[][] = [
    ['query', '--project', 'EVIL'],
    ['query', '--project', 'EVIL', '--format', 'markdown'],
    ['query', '--project', 'EVIL', '--diff', '2014-10..2014-11'],
    ['query', '--project', 'EVIL', '--diff', '2014-10..2014-11', '--format', 'markdown'],
    ['projects'],
    ['status'],
    ['stats'],
    ['reviews'],
    ['search', 'item'],
    ['month', '2014-10'],
    ['month', '2014-11', '--format', 'markdown'],
    ['show', 'evil-1@example.org'],
  ];
  for (const argv of commands) {
    it(argv.join(' '), async () => {
      const r = await archive(...argv);
      expect(r.code, r.stderr).toBe(0);
      expect(unsafe(r.stdout)).toEqual([]);
      expect(unsafe(r.stderr)).toEqual([]);
    });
  }

  it('shows the escapes as visible characters (␛, <U+009B>), so nothing is silently hidden', async () => {
    const r = await archive('query', '--project', 'EVIL');
    expect(r.stdout).toContain('Mallory ␛[31mRed');
    expect(r.stdout).toContain('mallory status ␛]0;pwned␇(October 2014)␛[2J');
    expect(r.stdout).toContain('<U+009B>31m eight-bit CSI');
    expect(r.stdout).toContain('bidi <U+202E>gnp.exe');
    // RFC 2047 encoded escapes are decoded first, then shown the same way.
    expect(r.stdout).toContain('Mallory ␛[2J');
    const p = await archive('projects');
    expect(p.stdout).toContain('SECOND␛[5mNAME');
  });

  it('show --body keeps the lines and tabs of the body, but no escape', async () => {
    const r = await archive('show', 'evil-1@example.org', '--body');
    expect(r.code).toBe(0);
    expect(unsafe(r.stdout, true)).toEqual([]);
    expect(r.stdout).toContain('\n * \ttab item\n');
    expect(r.stdout).toContain(' * ␛]8;;http://evil.example/␇click me');
  });

  it('search keeps its own highlighting, in colour too, and only its own', async () => {
    const r = await archive('search', 'item');
    expect(r.stdout).toContain('[item]');
    // Colour forced on: the only escapes are the highlight's SGR codes.
    const { runCli } = await import('../../src/cli/main.js');
    let out = '';
    await runCli(['--db', h.db, 'search', 'item'], { stdout: (s) => { out += s; }, stderr: () => {}, env: {}, stdoutIsTTY: true, stderrIsTTY: true, columns: 100, readStdin: async () => Buffer.alloc(0) });
    expect(out).toContain('\x1b[1;33mitem\x1b[0m');
    // eslint-disable-next-line no-control-regex
    const escapes = [...out.matchAll(/\x1b\[[0-9;]*m/g)].map((m) => m[0]);
    expect(new Set(escapes)).toEqual(new Set(['\x1b[1m', '\x1b[0m', '\x1b[2m', '\x1b[36m', '\x1b[1;33m']));
    // eslint-disable-next-line no-control-regex
    expect(unsafe(out.replace(/\x1b\[[0-9;]*m/g, ''))).toEqual([]);
  });

  it('colour output of query and month carries only our colour codes', async () => {
    const { runCli } = await import('../../src/cli/main.js');
    for (const argv of [['query', '--project', 'EVIL'], ['month', '2014-10'], ['reviews']]) {
      let out = '';
      await runCli(['--db', h.db, ...argv], { stdout: (s) => { out += s; }, stderr: () => {}, env: {}, stdoutIsTTY: true, stderrIsTTY: true, columns: 100, readStdin: async () => Buffer.alloc(0) });
      // eslint-disable-next-line no-control-regex
      expect(unsafe(out.replace(/\x1b\[(1|2|0|31|32|33|36)m/g, '')), argv.join(' ')).toEqual([]);
    }
  });
});

describe('JSON keeps the data, escaped as JSON', () => {
  it('query --format json round-trips the escape sequences and has no raw control or C1 byte', async () => {
    const r = await archive('query', '--project', 'EVIL', '--format', 'json');
    expect(unsafe(r.stdout)).toEqual([]);
    const j = JSON.parse(r.stdout) as { reports: Array<{ author: string; subject: string; items: Array<{ text: string }> }> };
    expect(j.reports[0].author).toBe('Mallory \x1b[31mRed');
    expect(j.reports[0].items[0].text).toContain('harmless item \u009b31m eight-bit CSI');
    expect(r.stdout).toContain('\\u009b31m');
  });

  it('export --format jsonl too', async () => {
    const r = await archive('export', '--format', 'jsonl');
    expect(unsafe(r.stdout)).toEqual([]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { author: string });
    expect(lines[0].author).toBe('Mallory \x1b[31mRed');
  });
});

describe('error messages that quote input', () => {
  it('a not-found message echoing the argument shows its escapes', async () => {
    const r = await archive('show', '<\x1b]0;title\x07@x>');
    expect(r.code).toBe(1);
    expect(unsafe(r.stderr)).toEqual([]);
    expect(r.stderr).toContain('␛]0;title␇');
  });

  it('commander messages (unknown option) too', async () => {
    const r = await archive('query', '--\x1b[2Jboom');
    expect(r.code).toBe(2);
    expect(unsafe(r.stderr)).toEqual([]);
  });
});

describe('sync progress and warnings', () => {
  it('draws the list name and warnings from the server safely', () => {
    let out = '';
    let warned = '';
    const p = progressEvents((s) => { out += s; }, true, (m) => { warned += m; });
    p.onPlan!('evil\x1b]0;x\x07', []);
    p.onWarn!('period 2014-October: \x1b[2J\x9b');
    p.done();
    // Our own drawing codes (CR, erase line) remain; the data's are shown.
    // eslint-disable-next-line no-control-regex
    expect(unsafe(out.replace(/\r\x1b\[K/g, ''))).toEqual([]);
    expect(out).toContain('evil␛]0;x␇');
    expect(warned).toBe('period 2014-October: ␛[2J<U+009B>');
  });
});

describe('safeText, safeData, toJson', () => {
  it('makes C0, DEL, C1 and bidi controls visible, one-line by default', () => {
    expect(safeText('a\x1b[2Jb\x07c\x7fd\x9be\u202ef\u2066g')).toBe('a␛[2Jb␇c<U+007F>d<U+009B>e<U+202E>f<U+2066>g');
    expect(safeText('one\ntwo\r\nthree\tfour\rfive')).toBe('one two three four five');
    expect(safeText('\u2028x\u2029')).toBe(' x ');
  });

  it('an escape that arrived as an HTML entity (&#27;) is caught once decoded', async () => {
    const { decodeEntities } = await import('../../src/pipermail/html.js');
    // HTML5 reads &#x80;-&#x9f; as windows-1252 (&#x9b; is "›"), except the five bytes it leaves undefined
    expect(safeText(decodeEntities('x&#27;[2Jy&#x9d;'))).toBe('x␛[2Jy<U+009D>');
    expect(decodeEntities('&#x9b;')).toBe('\u203a');
  });

  it('multiline keeps LF and TAB, folds CRLF, shows a lone CR', () => {
    expect(safeText('a\r\nb\tc\rd\x1b', { multiline: true })).toBe('a\nb\tc␍d␛');
  });

  it('safeData maps every string of plain data, leaving numbers and nulls', () => {
    expect(safeData({ a: ['x\x1b'], b: 3, c: null, d: { e: '\x9b' } })).toEqual({ a: ['x␛'], b: 3, c: null, d: { e: '<U+009B>' } });
  });

  it('toJson escapes C1 and bidi controls, and parses back to the same data', () => {
    const v = { s: 'a\x1b\x9b\u202e\u2028b' };
    const j = toJson(v);
    // eslint-disable-next-line no-control-regex
    expect(j).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2028]/);
    expect(JSON.parse(j)).toEqual(v);
  });
});
