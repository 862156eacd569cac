/**
 * HyperKitty (Mailman 3) archives as a sync source. The list page's month dropdown gives the
 * periods (every month from the first post to the server's today); a month's mail is the mbox
 * export HyperKitty's own Download button offers (`export/<fqdn>-<next month>.mbox.gz?start=&end=`,
 * a gzip file); a message's public URL is its page, `message/<hash of its Message-ID>/`.
 *
 * HyperKitty sends no validators (no ETag, no Last-Modified) and rebuilds every exported message
 * with a random MIME boundary, so an export differs byte for byte on each request. Requests still
 * carry the validators a proxy in front may have given; otherwise a month is unchanged when the
 * set of its messages' identities (hashed with the boundary fixed) is the one stored.
 */
import type { HttpClient } from '../../crawl/index.js';
import { FetchError, isGzip, gunzipAll } from '../../crawl/index.js';
import { ArchiveError } from '../../errors.js';
import { splitMailbox } from '../../mail/index.js';
import { hyperkittyListUrl, fqdnOf, parseListMonths, looksLikeHyperKitty, monthBounds, monthExportUrl, messagePageUrl, withFixedBoundary } from '../../hyperkitty/index.js';
import type { ListRow, NewMessage, PeriodRow } from '../../store/index.js';
import type { PlannedPeriod } from '../planSync.js';
import type { ArchivePeriod, ArchiveSource, ListRoot, MailSummary, MessagePageRef, PeriodMail, PeriodTable } from '../source.js';
import { entryHash, isBlank, sha256 } from '../mboxEntries.js';
import { safeParse, toNewMessage } from '../newMessage.js';
import { describePage, PAGE_MAX_BYTES } from '../describePage.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface HyperKittyPeriod extends ArchivePeriod {
  root: string;
  year: number;
  month: number;
}

function toPeriod(root: string, year: number, month: number): HyperKittyPeriod {
  const { start, end } = monthBounds(year, month);
  return { root, period: `${year}-${String(month).padStart(2, '0')}`, kind: 'month', label: `${MONTHS[month - 1]} ${year}`, start, end, sizeLabel: null, year, month };
}

function fromStored(root: string, p: PeriodRow): HyperKittyPeriod | null {
  const m = /^(\d{4})-(\d\d)$/.exec(p.period);
  return m ? toPeriod(root, Number(m[1]), Number(m[2])) : null;
}

function charsetOf(contentType: string | null): BufferEncoding {
  return /charset=["']?utf-?8/i.test(contentType ?? '') ? 'utf8' : 'latin1';
}

export function createHyperKittySource(http: HttpClient): ArchiveSource<HyperKittyPeriod> {
  function listRoot(input: string): ListRoot {
    const { root, name } = hyperkittyListUrl(input);
    return { root, name, kind: 'hyperkitty' };
  }

  async function periods(list: ListRoot, known: ListRow | undefined, stored: Map<string, PeriodRow>, opts: { full?: boolean }): Promise<PeriodTable<HyperKittyPeriod>> {
    const { root } = list;
    const page = await http.get(root, opts.full || !known ? { maxBytes: PAGE_MAX_BYTES } : { etag: known.toc_etag, lastModified: known.toc_last_modified, maxBytes: PAGE_MAX_BYTES });
    const table = { notModified: page.notModified, changed: false, etag: page.etag, lastModified: page.lastModified, hash: known?.toc_hash ?? null };
    if (page.notModified) return { ...table, periods: [...stored.values()].flatMap((p) => fromStored(root, p) ?? []) };
    const html = page.body.toString(charsetOf(page.contentType));
    const months = parseListMonths(html, root);
    if (months.length === 0 && !looksLikeHyperKitty(html)) {
      throw new ArchiveError('E_NOT_LIST', `${root} does not look like a HyperKitty list page: found ${describePage(page.body, page.contentType)}`,
        'give the list\'s HyperKitty URL, e.g. https://mail.python.org/archives/list/python-dev@python.org/');
    }
    // The page's other content (recent threads, counters) moves on every post: the months are the table.
    const hash = sha256(months.map((m) => m.period).join('\n'));
    return { ...table, periods: months.map((m) => toPeriod(root, m.year, m.month)), hash, changed: hash !== known?.toc_hash };
  }

  async function messageUrls(e: HyperKittyPeriod, mails: MailSummary[]): Promise<{ pages: Array<MessagePageRef | null> }> {
    return { pages: mails.map((m) => (m.messageId ? { url: messagePageUrl(e.root, m.messageId), seq: null } : null)) };
  }

  async function periodMail(list: ListRow, p: PlannedPeriod<HyperKittyPeriod>, stored: PeriodRow | undefined, opts: { full?: boolean; maxBytes: number }): Promise<PeriodMail> {
    const e = p.entry;
    const url = monthExportUrl(list.url, fqdnOf(list.url), e.year, e.month);
    const same = !opts.full && stored?.status === 'ok' && stored.text_url === url;
    const res = await http.get(url, { etag: same ? stored!.etag : null, lastModified: same ? stored!.last_modified : null });
    if (res.notModified) return { kind: 'unchanged', source: 'mbox' };
    if (!isGzip(res.body)) {
      throw new FetchError('E_HTTP_PERMANENT', `${url}: answered with ${describePage(res.body, res.contentType)}, not a gzip mbox export`, { url, attempts: res.attempts });
    }
    const text = gunzipAll(res.body, opts.maxBytes);
    const entries = splitMailbox(text).filter((raw) => !isBlank(raw));
    const parsed = entries.map((raw) => ({ raw, mail: safeParse(raw), hash: entryHash(withFixedBoundary(raw)) }));
    const setHash = sha256([...parsed.map((x) => x.hash)].sort().join('\n'));
    if (same && stored!.text_hash === setHash) return { kind: 'unchanged', source: 'mbox' };
    const { pages } = await messageUrls(e, parsed.map((x) => ({ subject: x.mail?.subject ?? '', authorName: x.mail?.authorName ?? '', messageId: x.mail?.messageId ?? null })));
    const messages: NewMessage[] = parsed.map((x, i) => toNewMessage(e.period, x.raw, x.mail, pages[i], { contentHash: x.hash }));
    return {
      kind: 'mail', source: 'mbox', messages, failure: null,
      state: {
        period: e.period, kind: e.kind, start: e.start, end: e.end, label: e.label, size_label: null, text_url: url,
        etag: res.etag, last_modified: res.lastModified, text_length: text.length, text_hash: setHash, tail_hash: null, source: 'mbox',
      },
    };
  }

  return { listRoot, periods, periodMail, messageUrls };
}
