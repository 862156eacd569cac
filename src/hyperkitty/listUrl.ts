/**
 * A HyperKitty (Mailman 3) list's URL: `<prefix>/list/<name>@<host>/`, where the prefix is
 * where the site mounts HyperKitty (`/archives/`, `/hyperkitty/`). Any URL inside the list (a
 * month, a thread, a message, an export, the REST API's `api/list/<fqdn>/...`) reduces to it.
 * The `@` is literal in every link HyperKitty makes; `%40` works too. Pure.
 */
import { ListUrlError, parseListInput } from '../errors.js';

export interface HyperKittyList {
  /** `https://host/archives/list/name@host/`, always ending with '/'. */
  root: string;
  /** The list's local part (`name`), as a list is named elsewhere in the tool. */
  name: string;
  /** `name@host`, as HyperKitty names the list in its URLs and exports. */
  fqdn: string;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Where `list/<fqdn>` sits in the path segments, or -1. */
function listIndex(segs: string[]): number {
  for (let i = 0; i + 1 < segs.length; i++) {
    if (segs[i] === 'list' && /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(decode(segs[i + 1]))) return i;
  }
  return -1;
}

/** True when the URL has HyperKitty's list shape (`.../list/NAME@HOST/...`). */
export function isHyperKittyUrl(input: string): boolean {
  try {
    return listIndex(new URL(input.trim()).pathname.split('/').filter(Boolean)) >= 0;
  } catch {
    return false;
  }
}

export function hyperkittyListUrl(input: string): HyperKittyList {
  const url = parseListInput(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ListUrlError(input, 'Only http(s) URLs are supported');
  if (url.username || url.password) throw new ListUrlError(input, 'URLs with credentials are not supported');
  let segs = url.pathname.split('/').filter(Boolean);
  const i = listIndex(segs);
  if (i < 0) {
    throw new ListUrlError(input, 'Not a HyperKitty list URL (expected .../list/NAME@HOST/, e.g. https://mail.python.org/archives/list/python-dev@python.org/)');
  }
  // The REST API's list URL names the same list: .../api/list/<fqdn>/ -> .../list/<fqdn>/
  const prefix = segs.slice(0, i);
  if (prefix[prefix.length - 1] === 'api') prefix.pop();
  const fqdn = decode(segs[i + 1]).toLowerCase();
  segs = [...prefix, 'list', fqdn];
  return { root: `${url.protocol}//${url.host}/${segs.join('/')}/`, name: fqdn.slice(0, fqdn.indexOf('@')), fqdn };
}

/** The fqdn part of a list root made by hyperkittyListUrl. */
export function fqdnOf(root: string): string {
  const segs = new URL(root).pathname.split('/').filter(Boolean);
  return decode(segs[segs.length - 1]);
}
