/**
 * Read a stored raw message back into the fields the index needs, whatever its source:
 * an entry of a period text archive ('mbox') or an archived message page ('html'). Pure.
 */
import { parseMail, cleanBody, isReplySubject, isForwardSubject, isAttributionLine, type ParsedMail, type BodyLineKind } from '../mail/index.js';
import { parseMessagePage, decodeHtml } from '../pipermail/index.js';

/** The mail fields the index keeps (an HTML page yields no In-Reply-To or References). */
export interface ReadMessage extends Pick<ParsedMail, 'messageId' | 'inReplyTo' | 'references' | 'subject' | 'authorName' | 'authorAddress' | 'date' | 'body'> {
  /** Body with quotes, signature, attachments and footer blanked (same line numbers). */
  cleanText: string;
  /** What the mail stage found each body line to be (why a line of cleanText is blank). */
  lineKinds: BodyLineKind[];
  /**
   * What the cleaning took out as quoted (`>` lines, a forwarded original) of the body's non-blank
   * lines; `quotesReply`: the message quoted first is itself a reply (its quoted text opens with
   * its own attribution or quote), so this one answers a reply.
   */
  quoting: { quoted: number; nonBlank: number; forwarded: boolean; firstLine?: number; quotesReply?: boolean; quotesOther?: boolean; blocks?: number };
  /** True for replies: In-Reply-To/References, or a reply subject. */
  isReply: boolean;
  /** The List-Id header (`<openbmc.lists.ozlabs.org>`) when the archive kept it, else the list's as the index knows it (see listHint.ts). */
  listId: string | null;
}

function quotingOf(cleaned: ReturnType<typeof cleanBody>, body: string, author: { name: string | null; address: string | null }): ReadMessage['quoting'] {
  const first = cleaned.removed.find((r) => r.kind === 'quote' || r.kind === 'forwarded');
  const out: ReadMessage['quoting'] = { quoted: cleaned.quotedLines, nonBlank: cleaned.nonBlank, forwarded: cleaned.removed.some((r) => r.kind === 'forwarded'), firstLine: first?.startLine };
  // (quotes answered one by one: `> ...` / own text / `> ...` / own text)
  let blocks = 0;
  for (const r of cleaned.removed) if (r.kind === 'quote') blocks++;
  if (blocks > 0) out.blocks = blocks;
  if (first?.kind === 'quote' && quotesReply(body, first.startLine, first.endLine)) out.quotesReply = true;
  // whose words the first quote is: the writer's own or an invitation (results written under it),
  // or another's post (an answer to it)
  const attribution = first?.kind === 'quote' ? cleaned.removed.find((r) => r.kind === 'attribution' && r.endLine < first.startLine && r.endLine >= first.startLine - 2) : undefined;
  if (attribution && quotesOther(lineAt(body, attribution.startLine), author) && !INVITATION.test(linesAt(body, first!.startLine, Math.min(first!.endLine, first!.startLine + 5)))) out.quotesOther = true;
  return out;
}

/** What a meeting's invitation says at its top (`This is a reminder of the ... meeting scheduled for ...`). */
const INVITATION = /\b(?:reminder|scheduled for|will be held|agenda|join us|join the (?:meeting|call))\b/i;

/** Lines from..to (1-based) of a text, joined. */
function linesAt(text: string, from: number, to: number): string {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(lineAt(text, n));
  return out.join('\n');
}

/** Line n (1-based) of a text, found by offsets. */
function lineAt(text: string, n: number): string {
  let at = 0;
  for (let k = 1; k < n; k++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return '';
    at = nl + 1;
  }
  const nl = text.indexOf('\n', at);
  return text.slice(at, nl < 0 ? text.length : nl);
}

/** Does an attribution line (`On 7/22/20, Joseph Reynolds wrote:`) name someone other than the writer? False when it cannot tell. */
function quotesOther(line: string, author: { name: string | null; address: string | null }): boolean {
  const words = (author.name ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 3);
  const local = (author.address ?? '').toLowerCase().split(/@| at /)[0];
  if (!words.length && !local) return false;
  const l = line.toLowerCase();
  if (!/\p{L}{3,}/u.test(l.replace(/\b(?:on|at|wrote|writes|schrieb|am|pm|utc|mon|tue|wed|thu|fri|sat|sun)\b/g, ''))) return false;
  return !words.some((w) => l.includes(w)) && !(local.length >= 3 && l.includes(local));
}

/** Does the `>` quote on lines start..end (1-based) open with the quoted message's own attribution or quote? */
function quotesReply(body: string, start: number, end: number): boolean {
  // (found by offsets: a quote starts near the top, and the body need not be split again)
  let at = 0;
  for (let n = 1; n < start; n++) {
    const nl = body.indexOf('\n', at);
    if (nl < 0) return false;
    at = nl + 1;
  }
  for (let n = start; n <= end && at <= body.length; n++) {
    const nl = body.indexOf('\n', at);
    const inner = body.slice(at, nl < 0 ? body.length : nl).replace(/^\s*[>|]\s?/, '');
    if (inner.trim() !== '') return /^\s*>/.test(inner) || isAttributionLine(inner);
    if (nl < 0) break;
    at = nl + 1;
  }
  return false;
}

/** `listHint`: the List-Id of the list the message is stored under (listHint.ts), for a message that carries none. */
export function readStoredMessage(raw: Buffer, source: 'mbox' | 'html', listHint: string | null = null): ReadMessage {
  if (source === 'html') {
    const page = parseMessagePage(decodeHtml(raw));
    const cleaned = cleanBody(page.body, { forward: isForwardSubject(page.subject) });
    return {
      messageId: page.messageId,
      inReplyTo: null,
      references: [],
      subject: page.subject,
      authorName: page.authorName,
      authorAddress: page.authorAddress,
      date: page.date,
      body: page.body,
      cleanText: cleaned.text,
      lineKinds: cleaned.lineKinds,
      quoting: quotingOf(cleaned, page.body, { name: page.authorName, address: page.authorAddress }),
      isReply: isReplySubject(page.subject),
      listId: listHint,
    };
  }
  const m = parseMail(raw);
  const cleaned = cleanBody(m.body, { forward: isForwardSubject(m.subject) });
  return {
    messageId: m.messageId,
    inReplyTo: m.inReplyTo,
    references: m.references,
    subject: m.subject,
    authorName: m.authorName,
    authorAddress: m.authorAddress,
    date: m.date,
    body: m.body,
    cleanText: cleaned.text,
    lineKinds: cleaned.lineKinds,
    quoting: quotingOf(cleaned, m.body, { name: m.authorName, address: m.authorAddress }),
    isReply: Boolean(m.inReplyTo) || m.references.length > 0 || isReplySubject(m.subject),
    listId: (m.headers['list-id'] ?? '').slice(0, 300) || listHint,
  };
}
