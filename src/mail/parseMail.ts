/** Parse one mbox entry / RFC 822 message / header-topped text into a ParsedMail. */
import type { ParsedMail } from './types.js';
import { parseHeaderBlock, headerRecord, parseIds, parseMessageId } from './headers.js';
import { parseFrom, deobfuscate } from './address.js';
import { parseDateDetailed } from './date.js';
import { decodeBody } from './mime.js';
import { memoized } from './memo.js';

/** A list's posts come from a few hundred senders: each From value is read once (Authors are not changed). */
const readFrom = memoized(parseFrom);

/** Address part of an mbox From_ line (`From user at host  Wed ...`), or null. */
function fromLineAddress(fromLine: string | null): string | null {
  if (!fromLine) return null;
  const m = /^From (\S+(?: at \S+)?)\s/.exec(fromLine);
  if (!m || m[1] === 'bogus@does.not.exist.com') return null;
  return deobfuscate(m[1]);
}

export function parseMail(raw: Buffer): ParsedMail {
  const hb = parseHeaderBlock(raw);
  const headers = headerRecord(hb.fields);

  const first = (name: string): string | undefined => hb.fields.find(([k]) => k === name)?.[1];

  let author = readFrom(first('from') ?? '');
  if (!author.name && !author.address) {
    const a = fromLineAddress(hb.fromLine);
    if (a) author = { name: a, address: a };
  }

  const dateRaw = first('date') ?? null;
  const dp = parseDateDetailed(dateRaw);

  const body = decodeBody(headers, raw.subarray(hb.bodyStart));

  return {
    messageId: parseMessageId(first('message-id')),
    inReplyTo: parseIds(first('in-reply-to'))[0] ?? null,
    references: parseIds(first('references')),
    subject: (first('subject') ?? '').trim(),
    authorName: author.name,
    authorAddress: author.address,
    date: dp.iso,
    dateRaw,
    body: body.trimEnd(), // not /\s+$/: quadratic on long inner runs of spaces
    headers,
  };
}
