/**
 * Every public list of a host, from its index: a Mailman 2 host's `.../pipermail/` (the listing of
 * its public archives) or a HyperKitty host's `.../archives/` (its REST API's list of lists,
 * followed page by page). `--match GLOB` keeps the lists whose name (or, on HyperKitty, whose
 * NAME@HOST) it matches. Each list found is then synced as if its URL had been given.
 */
import type { HttpClient } from '../crawl/index.js';
import { ArchiveError } from '../errors.js';
import { parseListIndex, decodeHtml } from '../pipermail/index.js';
import { parseListsPage } from '../hyperkitty/index.js';
import type { ListRoot } from './source.js';
import { describePage, PAGE_MAX_BYTES } from './describePage.js';

/** Pages of HyperKitty's list API read at most (100 lists a page). */
const MAX_API_PAGES = 100;

/** `*` any run of characters, `?` one, `[...]` one of a set; matched against the whole name, case-insensitively. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const set = glob.slice(i + 1, end).replace(/\\/g, '\\\\').replace(/^!/, '^');
        re += `[${set}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

export async function discoverLists(http: HttpClient, index: ListRoot, match: RegExp | null): Promise<ListRoot[]> {
  const keep = (...names: string[]) => !match || names.some((n) => match.test(n));
  if (index.kind === 'hyperkitty') {
    const out: ListRoot[] = [];
    let url: string | null = `${index.root}api/lists/?format=json&limit=100`;
    for (let page = 0; url && page < MAX_API_PAGES; page++) {
      const res = await http.get(url, { maxBytes: PAGE_MAX_BYTES });
      let parsed;
      try {
        parsed = parseListsPage(res.body.toString('utf8'));
      } catch (e) {
        throw new ArchiveError('E_NOT_LIST', `${url} is not HyperKitty's list of lists (${(e as Error).message}): found ${describePage(res.body, res.contentType)}`);
      }
      for (const fqdn of parsed.fqdns) {
        const name = fqdn.slice(0, fqdn.indexOf('@'));
        if (keep(name, fqdn)) out.push({ root: `${index.root}list/${fqdn}/`, name, kind: 'hyperkitty' });
      }
      url = parsed.next;
    }
    return out;
  }
  const res = await http.get(index.root, { maxBytes: PAGE_MAX_BYTES });
  const names = parseListIndex(decodeHtml(res.body, /charset=([^;\s]+)/i.exec(res.contentType ?? '')?.[1] ?? null));
  if (names.length === 0) {
    throw new ArchiveError('E_NOT_LIST', `${index.root} links to no list archive: found ${describePage(res.body, res.contentType)}`,
      'give a list\'s archive, e.g. https://lists.example.org/pipermail/LIST/, or the host\'s index of them, .../pipermail/');
  }
  return names.filter((n) => keep(n)).map((n) => ({ root: `${index.root}${encodeURIComponent(n)}/`, name: n, kind: 'pipermail' }));
}
