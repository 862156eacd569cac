/**
 * Which kind of archive a URL a user gave is, and its list root. From the URL: HyperKitty's
 * lists live at `.../list/NAME@HOST/`; anything else is read as pipermail, whose source then
 * names what the first response was when it is no pipermail archive table. `--kind` forces it. Pure.
 */
import { normalizeListUrl } from '../pipermail/index.js';
import { hyperkittyListUrl, isHyperKittyUrl } from '../hyperkitty/index.js';
import type { ArchiveKind, ListRoot } from './source.js';

export function resolveListUrl(input: string, kind?: ArchiveKind): ListRoot {
  if (kind === 'hyperkitty' || (!kind && isHyperKittyUrl(input))) {
    const { root, name } = hyperkittyListUrl(input);
    return { root, name, kind: 'hyperkitty' };
  }
  return { ...normalizeListUrl(input), kind: 'pipermail' };
}
