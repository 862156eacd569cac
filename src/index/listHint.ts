/**
 * What a message's list is, for a message that does not say: pipermail's period archives and
 * message pages drop the List-Id header, yet the index knows which list each message came from.
 * Project names read the list's host and name (src/index/projectNames.ts: `tsc` on
 * lists.opendaylight.org reports on OpenDaylight), so a message without a List-Id is read with
 * its list's, made from the list's archive URL in the header's own form (`<tsc.lists.opendaylight.org>`).
 * Pure, but for ListHints, which reads the lists table.
 */
import type { Db } from '../store/index.js';

/**
 * `<name.host>` for a list archived at `url` under `name`: `https://lists.opendaylight.org/pipermail/tsc/`
 * -> `<tsc.lists.opendaylight.org>`; a HyperKitty URL's own address (`.../archives/list/devel@lists.fedoraproject.org/`)
 * -> `<devel.lists.fedoraproject.org>`. Null when the URL names no host worth reading: a file, an
 * mbox import, an address or localhost (the fixture servers).
 */
export function listHint(url: string, name: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const address = /\/list\/([\w.+-]{1,100})@([\w.-]{3,200})\/?$/.exec(u.pathname);
  if (address) return hostHint(address[1], address[2]);
  return hostHint(name, u.hostname);
}

function hostHint(name: string, host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z\d-]+(?:\.[a-z\d-]+)+$/.test(h) || !/[a-z]{2,}$/.test(h) || h === 'localhost' || h.endsWith('.localhost')) return null;
  const n = name.toLowerCase().replace(/[^\w.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  if (!n) return null;
  return `<${n}.${h}>`;
}

/** Each list's hint, read from the lists table once per list. */
export class ListHints {
  private readonly known = new Map<number, string | null>();
  private readonly stmt: { get(id: number): unknown };

  constructor(db: Db) {
    this.stmt = db.prepare('SELECT url, name FROM lists WHERE id = ?');
  }

  of(listId: number): string | null {
    let hint = this.known.get(listId);
    if (hint === undefined) {
      const row = this.stmt.get(listId) as { url: string; name: string } | undefined;
      hint = row ? listHint(row.url, row.name) : null;
      this.known.set(listId, hint);
    }
    return hint;
  }
}
