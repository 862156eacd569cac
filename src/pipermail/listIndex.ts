/**
 * The index of every public list's archive on a Mailman 2 host, `https://host/pipermail/`: the
 * web server's listing of Mailman's archives/public/ folder (Apache's "Index of /pipermail"
 * mod_autoindex table, nginx's autoindex `<pre>`, or a page a site wrote, as imagej.net's), one
 * link per list, `LIST/` or `LIST`. A list is a link to one relative path segment that is not a
 * file, a parent folder or a sort link. Pure, one pass over the tags.
 */
import { scanTags, attrValue } from './html.js';

/** What such a page links to that is no list: sort links, parents, files, icons. */
const NOT_A_LIST = /^(\?|\.\.?\/?$|#)|\.(html?|txt|gz|mbox|css|js|gif|png|ico|jpe?g|svg)$/i;

/** The list names the index page links to, in page order, each once. */
export function parseListIndex(html: string): string[] {
  const out = new Set<string>();
  for (const tag of scanTags(html)) {
    if (tag.name !== 'a' || tag.closing) continue;
    const href = attrValue(tag.attrs, 'href');
    if (href === null) continue;
    const m = /^([^/?#:]+)\/?$/.exec(href.trim());
    if (!m || NOT_A_LIST.test(href.trim())) continue;
    let name: string;
    try {
      name = decodeURIComponent(m[1]);
    } catch {
      continue;
    }
    if (/^[\w.+-]{1,100}$/.test(name) && !/^\.+$/.test(name)) out.add(name);
  }
  return [...out];
}

/** True for a URL whose last path segment is `pipermail` (the archive index of a Mailman 2 host). */
export function isPipermailIndexUrl(input: string): boolean {
  try {
    const segs = new URL(input.trim()).pathname.split('/').filter(Boolean);
    return segs[segs.length - 1] === 'pipermail';
  } catch {
    return false;
  }
}
