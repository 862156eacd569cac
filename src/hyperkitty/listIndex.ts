/**
 * A HyperKitty host's lists, from its REST API: `<prefix>/api/lists/` answers the public lists by
 * name (`{"count", "next", "previous", "results": [...]}` with LimitOffsetPagination, or a bare
 * array where no page size is set), each `{"url", "name": "<name>@<host>", ...}`. Which URL is
 * such a host's index: `<prefix>/` itself (HyperKitty's list-of-lists page, `/archives/`), its
 * `api/lists/`, or any `<prefix>/api/...` page that names no list. Pure.
 */
export interface ListsPage {
  fqdns: string[];
  /** The next page's URL as the API gave it, or null. */
  next: string | null;
}

const FQDN = /^[^@\s/]{1,100}@[^@\s/]{1,200}\.[^@\s/]{1,50}$/;

/** Throws when the JSON is not the API's list of lists. */
export function parseListsPage(json: string): ListsPage {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('not JSON');
  }
  const page = Array.isArray(data) ? { results: data, next: null } : (data as { results?: unknown; next?: unknown } | null);
  if (!page || !Array.isArray(page.results)) throw new Error('not a HyperKitty list of lists (no "results")');
  const fqdns = page.results.flatMap((r: unknown) => {
    const name = (r as { name?: unknown } | null)?.name;
    return typeof name === 'string' && FQDN.test(name) ? [name.toLowerCase()] : [];
  });
  return { fqdns, next: typeof page.next === 'string' && /^https?:\/\//.test(page.next) ? page.next : null };
}

/** The HyperKitty prefix (`https://host/archives/`) of a URL of its index or its API, or null. */
export function hyperkittyIndexPrefix(input: string): string | null {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return null;
  }
  const segs = u.pathname.split('/').filter(Boolean);
  const api = segs.indexOf('api');
  if (api >= 0 && !segs.includes('list')) return `${u.origin}/${segs.slice(0, api).map((s) => `${s}/`).join('')}`;
  const last = segs[segs.length - 1];
  if (last === 'archives' || last === 'hyperkitty') return `${u.origin}/${segs.map((s) => `${s}/`).join('')}`;
  return null;
}
