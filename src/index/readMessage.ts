/**
 * Read a stored raw message back into the fields the index needs, whatever its source:
 * an entry of a period text archive ('mbox') or an archived message page ('html'). Pure.
 */
import { parseMail, cleanBody, isReplySubject, type ParsedMail, type BodyLineKind } from '../mail/index.js';
import { parseMessagePage, decodeHtml } from '../pipermail/index.js';

/** The mail fields the index keeps (an HTML page yields no In-Reply-To or References). */
export interface ReadMessage extends Pick<ParsedMail, 'messageId' | 'inReplyTo' | 'references' | 'subject' | 'authorName' | 'authorAddress' | 'date' | 'body'> {
  /** Body with quotes, signature, attachments and footer blanked (same line numbers). */
  cleanText: string;
  /** What the mail stage found each body line to be (why a line of cleanText is blank). */
  lineKinds: BodyLineKind[];
  /** What the cleaning took out as quoted (`>` lines, a forwarded original) of the body's non-blank lines. */
  quoting: { quoted: number; nonBlank: number; forwarded: boolean; firstLine?: number };
  /** True for replies: In-Reply-To/References, or a reply subject. */
  isReply: boolean;
  /** The List-Id header (`<openbmc.lists.ozlabs.org>`) when the archive kept it, else the list's as the index knows it (see listHint.ts). */
  listId: string | null;
}

function quotingOf(cleaned: ReturnType<typeof cleanBody>): ReadMessage['quoting'] {
  const first = cleaned.removed.find((r) => r.kind === 'quote' || r.kind === 'forwarded');
  return { quoted: cleaned.quotedLines, nonBlank: cleaned.nonBlank, forwarded: cleaned.removed.some((r) => r.kind === 'forwarded'), firstLine: first?.startLine };
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
      quoting: quotingOf(cleaned),
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
    quoting: quotingOf(cleaned),
    isReply: Boolean(m.inReplyTo) || m.references.length > 0 || isReplySubject(m.subject),
    listId: (m.headers['list-id'] ?? '').slice(0, 300) || listHint,
  };
}
