/**
 * Generate a pipermail archive on disk: for each list, month by month (memory stays bounded),
 * generate the month's mail, render it with the fixture renderer, write the files; then the TOC.
 * Also writes `archive.json` (what was generated) and, when asked, list 0 as a maildir.
 */
import { mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { renderPipermail, type ListConfig, type SourceFile } from '../../fixtures/server/renderPipermail.js';
import { renderToc } from '../../fixtures/server/pipermailPages.js';
import { periodOf, type Period } from '../../fixtures/server/serverTime.js';
import { Rng } from './prng.js';
import { makePeople, type Person } from './vocabulary.js';
import { makeReporter, type Reporter } from './statusPosts.js';
import { generateMonth, rfc2822 } from './monthMail.js';
import { planCounts } from './plan.js';
import { listName, type ArchiveParams } from './params.js';
import type { ListCharset } from '../../fixtures/server/pipermailText.js';

export interface ListSummary {
  name: string;
  charset: ListCharset;
  periods: number;
  messages: number;
  statusPosts: number;
  /** Bytes of all PERIOD.txt.gz as the TOC links them (older periods), plus the newest PERIOD.txt. */
  compressedBytes: number;
  /** Bytes of all PERIOD.txt. */
  textBytes: number;
  largestPeriodBytes: number;
  largestPeriod: string;
  files: number;
  newest: { period: string; firstSequence: number; sortKey: string; label: string };
}

export interface ArchiveSummary {
  params: ArchiveParams;
  lists: ListSummary[];
  messages: number;
  statusPosts: number;
  generatedSeconds: number;
}

const CHARSETS: ListCharset[] = ['utf-8', 'iso-8859-1', 'us-ascii'];
const TZ = 'America/Chicago';

export function listConfig(i: number, firstSequence = 0): ListConfig {
  const name = listName(i);
  const real = name.charAt(0).toUpperCase() + name.slice(1);
  return {
    name, realName: real, postingAddress: `${name}@lists.example.org`,
    listinfoUrl: `http://lists.example.org/mailman/listinfo/${name}`, subjectPrefix: `[${real}]`,
    charset: CHARSETS[i % CHARSETS.length], frequency: 'monthly', timeZone: TZ, firstSequence,
    footer: `_______________________________________________\n${real} mailing list\n${name}@lists.example.org\nhttp://lists.example.org/mailman/listinfo/${name}\n`,
  };
}

const PAGE_ONLY = /\/(\d{6}\.html|thread\.html|subject\.html|author\.html|index\.html)$/;

/** Write one rendered period; returns its TOC row facts. */
function writePeriod(listDir: string, cfg: ListConfig, sources: SourceFile[], pages: boolean): { period: Period; txt: number; gz: number; files: number } {
  const rendered = renderPipermail(cfg, sources);
  const p = rendered.periods[0];
  let files = 0;
  for (const [rel, bytes] of rendered.files) {
    if (rel === 'index.html') continue; // the list TOC is written once at the end
    if (!pages && PAGE_ONLY.test('/' + rel)) continue;
    const file = path.join(listDir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    files++;
  }
  const txt = rendered.files.get(`${p.name}.txt`)!.length;
  const gz = rendered.files.get(`${p.name}.txt.gz`)!.length;
  // Label and sort key come from the first message's date, exactly as the renderer cut it.
  const period: Period = { name: p.name, label: p.label, sortKey: '' };
  return { period, txt, gz, files };
}

function writeToc(listDir: string, cfg: ListConfig, rows: Array<{ period: Period; gz: number; txt: number }>): void {
  const toc = rows.map((r, i) => (i === rows.length - 1
    ? { period: r.period, textFile: `${r.period.name}.txt`, size: r.txt }
    : { period: r.period, textFile: `${r.period.name}.txt.gz`, size: r.gz }));
  writeFileSync(path.join(listDir, 'index.html'), renderToc(cfg, toc.reverse()));
}

export interface WriteOptions {
  onProgress?: (done: number, total: number) => void;
}

/** Generate the archive into `dir` (replaced). */
export function writeArchive(dir: string, params: ArchiveParams, opts: WriteOptions = {}): ArchiveSummary {
  const started = Date.now();
  const tmp = `${dir}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const plan = planCounts(params);
  const lists: ListSummary[] = [];
  let done = 0;
  for (let l = 0; l < params.lists; l++) {
    const rng = new Rng(`${params.seed}:list:${l}`);
    const people: Person[] = makePeople(rng, 120, listName(l));
    let review = 8000 + l * 100000;
    const nextReview = (): number => ++review;
    const months = plan.filter((m) => m.list === l);
    const avg = months.reduce((a, m) => a + m.count, 0) / months.length;
    const reporterCount = Math.max(1, Math.round(avg * params.statusShare));
    const reporters: Reporter[] = Array.from({ length: reporterCount }, (_, k) => makeReporter(rng, people[(k * 13 + 3) % people.length], k, nextReview));
    const cfg0 = listConfig(l);
    const listDir = path.join(tmp, 'pipermail', cfg0.name);
    mkdirSync(listDir, { recursive: true });
    const rows: Array<{ period: Period; gz: number; txt: number }> = [];
    const s: ListSummary = { name: cfg0.name, charset: cfg0.charset, periods: 0, messages: 0, statusPosts: 0, compressedBytes: 0, textBytes: 0, largestPeriodBytes: 0, largestPeriod: '', files: 1, newest: { period: '', firstSequence: 0, sortKey: '', label: '' } };
    let seq = 0;
    months.forEach((m, k) => {
      const mails = generateMonth(rng, { listKey: cfg0.name, year: m.year, month: m.month, count: m.count, heavy: m.heavy, people, reporters, nextReview });
      const sources = mails.map((x) => ({ name: x.name, bytes: x.bytes }));
      const cfg = { ...cfg0, firstSequence: seq };
      const w = writePeriod(listDir, cfg, sources, params.pages);
      w.period.sortKey = periodOf(mails[0].date, 'monthly', TZ).sortKey;
      rows.push({ period: w.period, gz: w.gz, txt: w.txt });
      const newest = k === months.length - 1;
      if (newest) {
        s.newest = { period: w.period.name, firstSequence: seq, sortKey: w.period.sortKey, label: w.period.label };
        const srcDir = path.join(tmp, 'newest-sources', cfg0.name);
        mkdirSync(srcDir, { recursive: true });
        for (const x of sources) writeFileSync(path.join(srcDir, x.name), x.bytes);
      }
      if (params.maildir && l === 0) {
        const md = path.join(tmp, 'maildir', 'cur');
        mkdirSync(md, { recursive: true });
        mkdirSync(path.join(tmp, 'maildir', 'new'), { recursive: true });
        mkdirSync(path.join(tmp, 'maildir', 'tmp'), { recursive: true });
        const stem = `${m.year}${String(m.month + 1).padStart(2, '0')}`;
        for (const x of mails) writeFileSync(path.join(md, `${x.date}.${stem}_${x.name.replace('.eml', '')}.bench:2,S`), x.bytes);
      }
      seq += mails.length;
      s.periods++;
      s.messages += mails.length;
      s.statusPosts += mails.filter((x) => x.isStatus).length;
      s.compressedBytes += newest ? w.txt : w.gz;
      s.textBytes += w.txt;
      s.files += w.files;
      if (w.txt > s.largestPeriodBytes) { s.largestPeriodBytes = w.txt; s.largestPeriod = w.period.name; }
      done += mails.length;
      opts.onProgress?.(done, params.messages);
    });
    writeToc(listDir, cfg0, rows);
    writeFileSync(path.join(tmp, `toc-${cfg0.name}.json`), JSON.stringify(rows));
    lists.push(s);
  }
  const summary: ArchiveSummary = {
    params, lists, messages: lists.reduce((a, x) => a + x.messages, 0), statusPosts: lists.reduce((a, x) => a + x.statusPosts, 0),
    generatedSeconds: (Date.now() - started) / 1000,
  };
  writeFileSync(path.join(tmp, 'archive.json'), JSON.stringify(summary, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return summary;
}

export function readSummary(dir: string): ArchiveSummary | null {
  const f = path.join(dir, 'archive.json');
  if (!existsSync(f)) return null;
  return JSON.parse(readFileSync(f, 'utf8')) as ArchiveSummary;
}

/**
 * Put `extra` new messages at the end of list `l`'s newest period (0 restores it as generated):
 * re-render that period and rewrite the TOC, as Mailman does when mail arrives.
 */
export function setNewestExtra(dir: string, summary: ArchiveSummary, l: number, extra: number): void {
  const ls = summary.lists[l];
  const cfg = listConfig(l, ls.newest.firstSequence);
  const listDir = path.join(dir, 'pipermail', ls.name);
  const srcDir = path.join(dir, 'newest-sources', ls.name);
  const names = readdirSync(srcDir).filter((n) => n.endsWith('.eml')).sort();
  const sources: SourceFile[] = names.map((name) => ({ name, bytes: readFileSync(path.join(srcDir, name)) }));
  const last = sources[sources.length - 1];
  const lastDate = /^Received: .*; (.*)$/m.exec(Buffer.from(last.bytes).toString('latin1'))?.[1];
  const base = lastDate ? Math.floor(Date.parse(lastDate) / 1000) : Math.floor(Date.now() / 1000);
  for (let i = 0; i < extra; i++) {
    const t = base + 60 * (i + 1);
    const text = [`Received: by lists.example.org (Postfix); ${rfc2822(t)}`, `From: Late Poster <late.poster@example.org>`, `Date: ${rfc2822(t - 5)}`,
      `Subject: Re: one more thing (${i + 1})`, `Message-ID: <bench-extra-${i}.${ls.name}@mail.example.org>`, 'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii', '', `A new message that arrived after the last sync (${i + 1}).`, ''].join('\n');
    sources.push({ name: `zz${String(i).padStart(6, '0')}.eml`, bytes: Buffer.from(text, 'utf8') });
  }
  const w = writePeriod(listDir, cfg, sources, summary.params.pages);
  const rows = JSON.parse(readFileSync(path.join(dir, `toc-${ls.name}.json`), 'utf8')) as Array<{ period: Period; gz: number; txt: number }>;
  rows[rows.length - 1] = { period: rows[rows.length - 1].period, gz: w.gz, txt: w.txt };
  writeToc(listDir, listConfig(l), rows);
}
