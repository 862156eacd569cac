import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planCounts, HEAVY_FACTOR } from '../../bench/generate/plan.js';
import { monthsOf, paramsKey, type ArchiveParams } from '../../bench/generate/params.js';
import { generateMonth } from '../../bench/generate/monthMail.js';
import { makePeople } from '../../bench/generate/vocabulary.js';
import { makeReporter } from '../../bench/generate/statusPosts.js';
import { Rng } from '../../bench/generate/prng.js';
import { writeArchive, setNewestExtra, type ArchiveSummary } from '../../bench/generate/writeArchive.js';
import { spread } from '../../bench/measure/stats.js';
import { splitMbox, parseMail } from '../../src/mail/index.js';
import { parseToc } from '../../src/pipermail/index.js';
import { deriveMessage } from '../../src/index/index.js';

const base: ArchiveParams = { lists: 2, years: 1, messages: 1500, heavyPeriods: 1, statusShare: 0.02, seed: 7, endMonth: '2015-03', pages: true, maildir: true };

describe('planCounts', () => {
  it('splits exactly the configured number of messages over every list and month', () => {
    const p = { ...base, lists: 3, years: 15, messages: 150_000, heavyPeriods: 3 };
    const plan = planCounts(p);
    expect(plan).toHaveLength(3 * 15 * 12);
    expect(plan.reduce((a, m) => a + m.count, 0)).toBe(150_000);
    expect(plan.every((m) => m.count >= 1)).toBe(true);
    const heavy = plan.filter((m) => m.heavy);
    expect(heavy).toHaveLength(3);
    const usual = plan.filter((m) => !m.heavy).reduce((a, m) => a + m.count, 0) / (plan.length - 3);
    for (const h of heavy) expect(h.count).toBeGreaterThan(usual * HEAVY_FACTOR * 0.3);
  });

  it('ends at the configured month and spans the configured years', () => {
    const months = monthsOf({ years: 2, endMonth: '2015-03' });
    expect(months).toHaveLength(24);
    expect(months[0]).toEqual([2013, 3]);
    expect(months[23]).toEqual([2015, 2]);
  });

  it('keys caches by every parameter', () => {
    expect(paramsKey(base)).toBe(paramsKey({ ...base }));
    expect(paramsKey({ ...base, messages: 1501 })).not.toBe(paramsKey(base));
  });
});

describe('generateMonth', () => {
  function month(seed: number) {
    const rng = new Rng(seed);
    const people = makePeople(rng, 60, 'test');
    let review = 100;
    const next = (): number => ++review;
    const reporters = [0, 1, 2, 3].map((k) => makeReporter(rng, people[k * 5], k, next));
    return generateMonth(rng, { listKey: 'test', year: 2014, month: 9, count: 400, heavy: false, people, reporters, nextReview: next });
  }

  it('yields the configured count, one status post per reporter, unique Message-IDs, dates inside the month', () => {
    const mails = month(1);
    expect(mails).toHaveLength(400);
    expect(mails.filter((m) => m.isStatus)).toHaveLength(4);
    const ids = mails.map((m) => m.messageId).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of mails) {
      const d = new Date(m.date * 1000);
      expect(d.getUTCFullYear()).toBe(2014);
      expect(d.getUTCMonth()).toBe(9);
    }
  });

  it('is deterministic for a seed', () => {
    const a = month(3);
    const b = month(3);
    expect(Buffer.concat(a.map((m) => m.bytes)).equals(Buffer.concat(b.map((m) => m.bytes)))).toBe(true);
    expect(Buffer.concat(month(4).map((m) => m.bytes)).equals(Buffer.concat(a.map((m) => m.bytes)))).toBe(false);
  });

  it('writes replies with threading headers, RFC 2047 and raw 8-bit headers', () => {
    const heads = month(5).map((m) => m.bytes.subarray(0, m.bytes.indexOf('\n\n')));
    const text = heads.map((h) => h.toString('latin1'));
    expect(text.filter((h) => /^In-Reply-To: </m.test(h)).length).toBeGreaterThan(100);
    expect(text.some((h) => /^(From|Subject): .*=\?(UTF-8\?B|iso-8859-1\?q)\?/im.test(h))).toBe(true);
    expect(heads.some((h) => { const from = /^From: .*$/m.exec(h.toString('latin1'))?.[0] ?? ''; return !from.includes('=?') && /[\x80-\xff]/.test(from); })).toBe(true);
  });

  it("writes status posts that the project's parser reads as reports", () => {
    const mails = month(6).filter((m) => m.isStatus);
    const reports = mails.filter((m) => deriveMessage(m.bytes, 'mbox').isReport);
    expect(reports.length).toBe(mails.length);
  });
});

describe('writeArchive', () => {
  let dir: string;
  let summary: ArchiveSummary;
  beforeAll(() => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'bench-gen-')), 'archive');
    summary = writeArchive(dir, { ...base, years: 1 });
  });
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('writes the configured lists, periods and messages, and says so in archive.json', () => {
    expect(summary.messages).toBe(1500);
    expect(summary.lists).toHaveLength(2);
    const json = JSON.parse(readFileSync(path.join(dir, 'archive.json'), 'utf8')) as ArchiveSummary;
    expect(json.messages).toBe(1500);
    let total = 0;
    for (const l of summary.lists) {
      expect(l.periods).toBe(12);
      const toc = parseToc(readFileSync(path.join(dir, 'pipermail', l.name, 'index.html'), 'latin1'), `http://127.0.0.1/pipermail/${l.name}/`);
      expect(toc).toHaveLength(12);
      for (const e of toc) {
        const txt = readFileSync(path.join(dir, 'pipermail', l.name, `${e.period}.txt`));
        total += splitMbox(txt).length;
        expect(existsSync(path.join(dir, 'pipermail', l.name, `${e.period}.txt.gz`))).toBe(true);
        expect(existsSync(path.join(dir, 'pipermail', l.name, e.period, 'date.html'))).toBe(true);
      }
    }
    expect(total).toBe(1500);
    expect(summary.statusPosts / summary.messages).toBeGreaterThan(0.01);
    expect(summary.statusPosts / summary.messages).toBeLessThan(0.04);
  });

  it('writes list 0 as a maildir with one file per message', () => {
    expect(readdirSync(path.join(dir, 'maildir', 'cur'))).toHaveLength(summary.lists[0].messages);
  });

  it('appends new messages to the newest period (the old text is a prefix) and restores it', () => {
    const l = summary.lists[0];
    const file = path.join(dir, 'pipermail', l.name, `${l.newest.period}.txt`);
    const before = readFileSync(file);
    setNewestExtra(dir, summary, 0, 1);
    const after = readFileSync(file);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    const added = splitMbox(after.subarray(before.length));
    expect(added).toHaveLength(1);
    expect(parseMail(added[0]).messageId).toBe(`bench-extra-0.${l.name}@mail.example.org`);
    setNewestExtra(dir, summary, 0, 0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('spread', () => {
  it('gives median, min and max', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(spread([4, 1, 2, 3]).median).toBe(2.5);
  });
});
