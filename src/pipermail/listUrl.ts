/**
 * A pipermail list's root URL: reduce whatever the user pasted (a period, a message page, a
 * text archive, the Mailman listinfo page) to the list's archive directory. Pure.
 */
import { ListUrlError, parseListInput } from '../errors.js';

export interface ListRoot {
  /** Absolute URL of the list's archive directory; always ends with '/'. */
  root: string;
  /** The list name as it appears in the URL (e.g. `gluster-devel`, cPanel style `list_domain.org`). */
  name: string;
}

/** A last path segment that names a file rather than a directory. */
const FILE_RE = /\.(html?|txt|txt\.gz|gz|mbox)$/i;
/** Period directory names (yearly, monthly, quarterly, weekly, daily), see FORMAT.md §2. */
const PERIOD_RE = /^(\d{4}|\d{4}-[A-Za-z]+|\d{4}q[1-4]|Week-of-Mon-\d{8}|\d{8})$/;

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Accepts `https://host/pipermail/list`, `.../list/`, `.../list/index.html`, `.../list/2014-October/`,
 * `.../list/2014-October/002260.html`, `.../list/2014-October.txt.gz`, and the Mailman listinfo page
 * `.../mailman/listinfo/list` (mapped to `/pipermail/list/` on the same host). Query and fragment are dropped.
 */
export function normalizeListUrl(input: string): ListRoot {
  const url = parseListInput(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ListUrlError(input, 'Only http(s) URLs are supported');
  if (url.username || url.password) throw new ListUrlError(input, 'URLs with credentials are not supported');

  let segs = url.pathname.split('/').filter((s) => s !== '');
  // listinfo page -> public archive of the same list
  const li = segs.lastIndexOf('listinfo');
  if (li >= 0 && li === segs.length - 2 && segs[li - 1] === 'mailman') {
    segs = ['pipermail', segs[li + 1]!];
  }
  if (segs.length > 0 && FILE_RE.test(segs[segs.length - 1]!)) {
    const last = segs[segs.length - 1]!;
    segs = segs.slice(0, -1);
    // LIST.mbox/LIST.mbox -> LIST
    if (/\.mbox$/i.test(last) && segs.length > 0 && segs[segs.length - 1]!.toLowerCase().endsWith('.mbox')) {
      segs[segs.length - 1] = segs[segs.length - 1]!.slice(0, -'.mbox'.length);
    }
  }
  if (segs.length > 1 && PERIOD_RE.test(decodeSegment(segs[segs.length - 1]!))) segs = segs.slice(0, -1);
  if (segs.length === 0) throw new ListUrlError(input, 'The URL has no list path');

  const name = decodeSegment(segs[segs.length - 1]!);
  const root = `${url.protocol}//${url.host}/${segs.join('/')}/`;
  return { root, name };
}
