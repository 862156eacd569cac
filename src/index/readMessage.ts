/**
 * Read a stored raw message back into the fields the index needs, whatever its source:
 * an entry of a period text archive ('mbox') or an archived message page ('html'). Pure.
 */
import { parseMail, cleanBody, isReplySubject, isAttributionLine, type ParsedMail, type BodyLineKind } from '../mail/index.js';
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
  quoting: { quoted: number; nonBlank: number; forwarded: boolean; firstLine?: number; quotesReply?: boolean };
  /** True for replies: In-Reply-To/References, or a reply subject. */
  isReply: boolean;
  /** The List-Id header (`<openbmc.lists.ozlabs.org>`) when the archive kept it, else the list's as the index knows it (see listHint.ts). */
  listId: string | null;
}

function quotingOf(cleaned: ReturnType<typeof cleanBody>, body: string): ReadMessage['quoting'] {
  const first = cleaned.removed.find((r) => r.kind === 'quote' || r.kind === 'forwarded');
  const out: ReadMessage['quoting'] = { quoted: cleaned.quotedLines, nonBlank: cleaned.nonBlank, forwarded: cleaned.removed.some((r) => r.kind === 'forwarded'), firstLine: first?.startLine };
  if (first?.kind === 'quote' && quotesReply(body, first.startLine, first.endLine)) out.quotesReply = true;
  return out;
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
    const cleaned = cleanBody(page.body);
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
      quoting: quotingOf(cleaned, page.body),
      isReply: isReplySubject(page.subject),
      listId: listHint,
    };
  }
  const m = parseMail(raw);
  const cleaned = cleanBody(m.body);
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
    quoting: quotingOf(cleaned, m.body),
    isReply: Boolean(m.inReplyTo) || m.references.length > 0 || isReplySubject(m.subject),
    listId: (m.headers['list-id'] ?? '').slice(0, 300) || listHint,
  };
}
