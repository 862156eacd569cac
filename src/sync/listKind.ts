/**
 * Which kind of archive a URL a user gave is, and its list root. From the URL: HyperKitty's
 * lists live at `.../list/NAME@HOST/`; public-inbox's on its known hosts (lore.kernel.org...),
 * at paths only it serves (`manifest.js.gz`, `git/N.git`, `_/text/`), or in a local folder
 * (a `file:` URL); anything else is read as pipermail, whose source then names what the first
 * response was when it is no pipermail archive table. `--kind` forces it. A host's index of
 * lists (`.../pipermail/`, HyperKitty's `.../archives/` or its `api/lists/`) is marked `index`. Pure.
 */
import { normalizeListUrl } from '../pipermail/index.js';
import { hyperkittyListUrl, isHyperKittyUrl, hyperkittyIndexPrefix } from '../hyperkitty/index.js';
import { isPipermailIndexUrl } from '../pipermail/index.js';
import { publicInboxUrl, isPublicInboxUrl } from '../publicinbox/index.js';
import type { ArchiveKind, ListRoot } from './source.js';

export function resolveListUrl(input: string, kind?: ArchiveKind): ListRoot {
  // A host's index of lists: each list in it is synced.
  const hkIndex = !isHyperKittyUrl(input) && (!kind || kind === 'hyperkitty') ? hyperkittyIndexPrefix(input) : null;
  if (hkIndex) return { root: hkIndex, name: new URL(hkIndex).host, kind: 'hyperkitty', index: true };
  if ((!kind || kind === 'pipermail') && isPipermailIndexUrl(input)) {
    const u = new URL(input.trim());
    return { root: `${u.origin}${u.pathname.replace(/\/*$/, '/')}`, name: u.host, kind: 'pipermail', index: true };
  }
  if (kind === 'hyperkitty' || (!kind && isHyperKittyUrl(input))) {
    const { root, name } = hyperkittyListUrl(input);
    return { root, name, kind: 'hyperkitty' };
  }
  if (kind === 'public-inbox' || (!kind && isPublicInboxUrl(input))) {
    const { root, name } = publicInboxUrl(input);
    return { root, name, kind: 'public-inbox' };
  }
  return { ...normalizeListUrl(input), kind: 'pipermail', ...(kind ? {} : { guessed: true }) };
}
