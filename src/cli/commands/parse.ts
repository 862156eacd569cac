import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { StatusItem, StatusParse } from '../../status/index.js';
import { ArchiveError } from '../../errors.js';
import { choice } from '../options.js';
import type { Context } from '../context.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';

/** Inflated size allowed for a gzipped input (a bomb is refused, not inflated). */
const PARSE_MAX_BYTES = 512 * 1024 * 1024;

interface ItemJson { text: string; label: string | null; urls: string[]; children: ItemJson[] }

const itemJson = (i: StatusItem): ItemJson => ({ text: i.text, label: i.label, urls: i.urls, children: i.children.map(itemJson) });

export function parseResultJson(meta: { subject: string; author: string; date: string | null }, p: StatusParse): unknown {
  return {
    subject: meta.subject, author: meta.author, date: meta.date, isReport: p.isReport, reason: p.reason,
    sections: p.sections.map((s) => ({ title: s.title, level: s.level, style: s.style, isContents: s.isContents, text: s.text, items: s.items.map(itemJson), lines: [s.startLine, s.endLine] })),
    reviews: p.reviews.map((r) => ({ url: r.url, system: r.system, id: r.id, status: r.status })),
    bugs: p.bugs.map((r) => ({ url: r.url, system: r.system, id: r.id })),
  };
}

export function parseResultText(rawMeta: { subject: string; author: string; date: string | null }, rawParse: StatusParse): string {
  const meta = safeData(rawMeta);
  const p = safeData(rawParse);
  const out = [`${meta.subject}`, `  ${meta.author}${meta.date ? '  ' + meta.date : ''}`, `  report: ${p.isReport ? 'yes' : 'no'} (${p.reason})`];
  for (const s of p.sections) {
    out.push(`  [${s.style}${s.isContents ? ', contents' : ''}] ${s.title || '(untitled)'}  lines ${s.startLine}-${s.endLine}`);
    const walk = (items: StatusItem[], depth: number) => {
      for (const i of items) {
        out.push(`${'    '.repeat(depth + 1)}* ${i.label ? `(${i.label}) ` : ''}${i.text}`);
        for (const r of i.refs) if (r.kind !== 'link') out.push(`${'    '.repeat(depth + 2)}${r.kind} ${r.system} ${r.id}${r.status ? ` [${r.status}]` : ''}`);
        walk(i.children, depth + 1);
      }
    };
    walk(s.items, 0);
  }
  return out.join('\n') + '\n';
}

/** An input is an mbox (strict From_ separators), else one message (RFC 822, or text with a few headers on top). */
export function messagesOf(buf: Buffer, splitMbox: (b: Buffer) => Buffer[]): Buffer[] {
  const parts = splitMbox(buf);
  return parts.length > 0 ? parts : [buf];
}

export function parseCommand(ctx: Context): Command {
  return new Command('parse')
    .summary('show what the parser sees in raw messages (no database)')
    .description(`Parse raw messages given as files (an RFC 822 message, an mbox or period text archive (PERIOD.txt, or PERIOD.txt.gz: gzip is recognised and inflated), or plain text with a few "Header: value" lines on top) or on stdin ("-"), and print whether each is a status report and why, with its sections, items and reviews. Use it to debug a post parsed wrongly.`)
    .argument('<file...>', 'files to parse, or - for stdin')
    .option('-f, --format <format>', 'text, or json: one JSON object per message, one per line', choice(['text', 'json'] as const), 'text')
    .addHelpText('after', `
Examples:
  $ archive parse fixtures/seed/jdarcy-status-2014-10.eml
  $ curl -s https://lists.example.org/pipermail/dev/2014-October.txt | archive parse --format json -`)
    .action(async (files: string[], o) => {
      const { splitMbox, parseMail, cleanBody, isReplySubject, isForwardSubject } = await stage.mail();
      const { parseStatusPost } = await stage.status();
      const { isGzip, gunzipAll } = await stage.gzip();
      for (const f of files) {
        let buf: Buffer;
        try {
          buf = f === '-' ? await ctx.io.readStdin() : readFileSync(f);
        } catch (e) {
          throw new ArchiveError('E_INPUT', `cannot read ${f}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
        }
        if (isGzip(buf)) {
          // PERIOD.txt.gz as downloaded (decided by the magic bytes, whatever the name).
          try {
            buf = gunzipAll(buf, PARSE_MAX_BYTES);
          } catch (e) {
            throw new ArchiveError('E_INPUT', `cannot decompress ${f}: ${(e as Error).message}`);
          }
        }
        for (const raw of messagesOf(buf, splitMbox)) {
          const m = parseMail(raw);
          const isReply = Boolean(m.inReplyTo) || m.references.length > 0 || isReplySubject(m.subject);
          const cleaned = cleanBody(m.body, { forward: isForwardSubject(m.subject) });
          const p = parseStatusPost({ subject: m.subject, body: cleaned.text, bodyLines: cleaned.lineKinds, isReply });
          const meta = { subject: m.subject, author: m.authorName, date: m.date };
          if (o.format === 'json') ctx.io.stdout(toJson(parseResultJson(meta, p)) + '\n');
          else ctx.io.stdout(parseResultText(meta, p) + '\n');
        }
      }
    });
}
