/**
 * One month of one list's traffic as RFC 822 source messages: threads of replies (quoting their
 * parent), new topics, questions, patch mails (big ones in heavy months), and the reporters'
 * status posts. Headers mix plain ASCII, raw 8-bit UTF-8 and RFC 2047 encoded words.
 */
import type { Rng } from './prng.js';
import { WORDS, paragraph, sentence, type Person } from './vocabulary.js';
import { statusPost, type Reporter } from './statusPosts.js';

export interface MonthSpec {
  listKey: string;
  year: number;
  /** 0-11 */
  month: number;
  count: number;
  heavy: boolean;
  people: Person[];
  reporters: Reporter[];
  nextReview: () => number;
  /** Messages without a Message-ID (share). */
  noIdShare?: number;
}

export interface GeneratedMail {
  name: string;
  bytes: Buffer;
  isStatus: boolean;
  messageId: string | null;
  /** Epoch seconds of the Date header. */
  date: number;
}

interface Sent {
  id: string | null;
  subject: string;
  author: Person;
  date: number;
  body: string;
  refs: string[];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function rfc2822(epoch: number, offsetMin = 0): string {
  const d = new Date((epoch + offsetMin * 60) * 1000);
  const p = (n: number): string => String(n).padStart(2, '0');
  const sign = offsetMin < 0 ? '-' : '+';
  const off = Math.abs(offsetMin);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${sign}${p(off / 60 | 0)}${p(off % 60)}`;
}

const ascii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);

/** RFC 2047: Q for Latin text, B otherwise (both as mail clients write them). */
export function encodeWord(s: string, rng: Rng): string {
  const latin = /^[\x00-\xff]*$/.test(s);
  if (latin && rng.chance(0.5)) {
    const bytes = Buffer.from(s, 'latin1');
    let q = '';
    for (const b of bytes) q += b === 0x20 ? '_' : b > 0x7e || b < 0x21 || b === 0x3d || b === 0x3f || b === 0x5f ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
    return `=?iso-8859-1?q?${q}?=`;
  }
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

/** A From header value: plain, raw 8-bit (UTF-8 bytes as sent by careless clients) or encoded. */
function fromHeader(p: Person, rng: Rng): string {
  if (ascii(p.name)) return rng.chance(0.8) ? `${p.name} <${p.address}>` : `${p.address} (${p.name})`;
  return rng.chance(0.3) ? `${p.name} <${p.address}>` : `${encodeWord(p.name, rng)} <${p.address}>`;
}

const TOPIC_SUBJECTS = [
  (r: Rng) => `${cap(r.pick(WORDS))} ${r.pick(WORDS)} ${r.pick(WORDS)} with ${r.pick(WORDS)} ${r.pick(WORDS)}`,
  (r: Rng) => `Problem with ${r.pick(WORDS)} after ${r.pick(WORDS)}`,
  (r: Rng) => `${cap(r.pick(WORDS))} ${r.pick(WORDS)} on ${r.pick(['CentOS 7', 'Fedora 21', 'NetBSD', 'Ubuntu 14.04', 'Debian'])}`,
  (r: Rng) => `Regression in ${r.pick(WORDS)} ${r.pick(WORDS)}`,
];
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function diff(rng: Rng, lines: number): string {
  const file = `xlators/${rng.pick(WORDS)}/src/${rng.pick(WORDS)}.c`;
  const out = [`---`, ` ${file} | ${lines} ++++++++--`, ` 1 file changed, ${lines} insertions(+), 2 deletions(-)`, '',
    `diff --git a/${file} b/${file}`, `--- a/${file}`, `+++ b/${file}`, `@@ -${rng.int(10, 900)},7 +${rng.int(10, 900)},${lines} @@`];
  for (let i = 0; i < lines; i++) {
    out.push(`+        ${rng.pick(WORDS)}_${rng.pick(WORDS)} = ${rng.pick(WORDS)}_${rng.pick(WORDS)} (this, ${rng.pick(WORDS)}, ${rng.int(0, 4096)});`);
  }
  return out.join('\n');
}

function quote(parent: Sent, rng: Rng): string {
  const lines = parent.body.split('\n').filter((l) => !l.startsWith('>')).slice(0, rng.int(3, 12));
  const who = parent.author.name;
  return `On ${rfc2822(parent.date)}, ${who} wrote:\n${lines.map((l) => (l ? `> ${l}` : '>')).join('\n')}\n`;
}

export function generateMonth(rng: Rng, spec: MonthSpec): GeneratedMail[] {
  const { year, month, count } = spec;
  // Dates from day 1 08:00 UTC to the last day 20:00 UTC: a period in any server zone within +-8 h.
  const start = Date.UTC(year, month, 1, 8) / 1000;
  const end = Date.UTC(year, month + 1, 0, 20) / 1000;
  const span = end - start;
  const out: GeneratedMail[] = [];
  const sent: Sent[] = [];
  const reportSlots = new Map<number, Reporter>();
  spec.reporters.forEach((r, k) => {
    if (count <= 3) return;
    let slot = Math.min(count - 1, Math.floor(((k + 0.5) / spec.reporters.length) * count));
    while (reportSlots.has(slot)) slot = (slot + 1) % count;
    reportSlots.set(slot, r);
  });
  const ym = `${year}${String(month + 1).padStart(2, '0')}`;
  const noId = spec.noIdShare ?? 0.003;
  for (let i = 0; i < count; i++) {
    const date = Math.floor(start + ((i + rng.next() * 0.9) * span) / count);
    const id = rng.chance(noId) ? null : `${ym}.${i}.${rng.int(1e5, 1e6 - 1)}.${spec.listKey}@mail.example.org`;
    let author = spec.people[Math.floor(Math.pow(rng.next(), 1.6) * spec.people.length)];
    let subject: string;
    let body: string;
    let inReplyTo: string | null = null;
    let refs: string[] = [];
    let isStatus = false;
    const reporter = reportSlots.get(i);
    if (reporter) {
      const post = statusPost(rng, reporter, year, month, spec.nextReview);
      author = reporter.person;
      subject = post.subject;
      body = post.body;
      isStatus = true;
    } else if (sent.length > 0 && rng.chance(0.55)) {
      const parent = sent[Math.max(0, sent.length - 1 - Math.floor(Math.pow(rng.next(), 2) * 30))];
      subject = parent.subject.startsWith('Re: ') ? parent.subject : `Re: ${parent.subject}`;
      inReplyTo = parent.id;
      refs = parent.id ? [...parent.refs.slice(-6), parent.id] : parent.refs;
      const outlook = rng.chance(0.1);
      body = outlook
        ? `${paragraph(rng, rng.int(10, 60))}\n\n----- Original Message -----\nFrom: "${parent.author.name}" <${parent.author.address}>\nSent: ${rfc2822(parent.date)}\n\n${parent.body.split('\n').slice(0, 10).map((l) => `> ${l}`).join('\n')}\n`
        : `${quote(parent, rng)}\n${paragraph(rng, rng.int(10, 90))}\n`;
    } else if (rng.chance(spec.heavy ? 0.2 : 0.06)) {
      subject = `[PATCH ${rng.int(1, 9)}/${rng.int(9, 12)}] ${rng.pick(WORDS)}: ${sentence(rng, 5).slice(0, -1).toLowerCase()}`;
      body = `${paragraph(rng, rng.int(20, 60))}\n\nSigned-off-by: ${author.name} <${author.address}>\n${diff(rng, spec.heavy ? rng.int(100, 300) : rng.int(5, 60))}\n-- \n2.1.0\n`;
    } else if (rng.chance(0.12)) {
      subject = `How do I ${rng.pick(WORDS)} the ${rng.pick(WORDS)} ${rng.pick(WORDS)}?`;
      body = `Hi,\n\n${paragraph(rng, rng.int(20, 80))}\n\nThanks in advance.\n`;
    } else {
      subject = rng.pick(TOPIC_SUBJECTS)(rng);
      body = `${paragraph(rng, rng.int(30, 160))}\n\n${rng.chance(0.3) ? `${paragraph(rng, rng.int(20, 80))}\n\n` : ''}`;
      if (rng.chance(0.05)) body += `Grüße aus München, ${author.name.split(' ')[0]}\n`;
      if (rng.chance(0.04)) body += `From the logs I can see this:\n\n[2014-10-08 20:20:34] E [${rng.pick(WORDS)}.c:${rng.int(1, 999)}] 0-${rng.pick(WORDS)}: failed\n`;
    }
    if (!ascii(subject) || (!reporter && rng.chance(0.02))) {
      const plain = rng.chance(0.5) ? `${subject} — Grüße` : subject;
      subject = `${encodeWord(plain.slice(0, 60), rng)}${plain.length > 60 ? `\n ${encodeWord(plain.slice(60), rng)}` : ''}`;
    }
    const head = [
      `Received: from mail.example.org by lists.example.org (Postfix); ${rfc2822(date + 5 + rng.int(0, 40))}`,
      `From: ${fromHeader(author, rng)}`,
      `Date: ${rfc2822(date, rng.pick([0, 0, 60, 120, -240, -300, 330, 540]))}`,
      `Subject: ${subject}`,
    ];
    if (id) head.push(`Message-ID: <${id}>`);
    if (inReplyTo) head.push(`In-Reply-To: <${inReplyTo}>`);
    if (refs.length) head.push(`References: ${refs.map((r) => `<${r}>`).join('\n\t')}`);
    head.push('MIME-Version: 1.0', `Content-Type: text/plain; charset=${ascii(body) ? 'us-ascii' : 'utf-8'}`, 'Content-Transfer-Encoding: 8bit');
    const bytes = Buffer.from(`${head.join('\n')}\n\n${body.endsWith('\n') ? body : body + '\n'}`, 'utf8');
    out.push({ name: `${String(i).padStart(6, '0')}.eml`, bytes, isStatus, messageId: id, date });
    sent.push({ id, subject: subject.startsWith('=?') ? `${WORDS[i % WORDS.length]} thread` : subject.replace(/^Re: /, ''), author, date, body, refs });
  }
  return out;
}
