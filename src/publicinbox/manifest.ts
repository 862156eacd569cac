/**
 * public-inbox's `manifest.js.gz` (the grokmirror manifest it publishes per inbox and per site):
 * gzip JSON mapping each git repository's URL path to `{fingerprint, modified, ...}`, where the
 * fingerprint is the SHA-1 of the repository's `git show-ref` output, so it changes exactly when
 * a ref moves. A v2 inbox has one entry per epoch (`/<inbox>/git/<N>.git`), a v1 inbox one entry
 * for the inbox itself. Which entries belong to an inbox follows public-inbox's own client
 * (LeiMirror's deduce_epochs): the inbox path, then the same with leading segments dropped (the
 * site may be mounted under a prefix the manifest does not show). Pure.
 */

export interface InboxRepo {
  /** The v2 epoch number, or null for a v1 inbox (the inbox is the repository). */
  epoch: number | null;
  fingerprint: string;
  /** Commit time of the newest ref, seconds (0 when the manifest has none). */
  modified: number;
}

export class ManifestError extends Error {}

/** A manifest's entries by URL path; throws ManifestError when the JSON is not a manifest. */
export function parseManifest(json: string): Map<string, { fingerprint: string; modified: number }> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ManifestError('not JSON');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ManifestError('not a JSON object of repositories');
  const out = new Map<string, { fingerprint: string; modified: number }>();
  for (const [path, ent] of Object.entries(data as Record<string, unknown>)) {
    if (!ent || typeof ent !== 'object') continue;
    const { fingerprint, modified } = ent as { fingerprint?: unknown; modified?: unknown };
    if (typeof fingerprint !== 'string' || !/^[0-9a-f]{40,64}$/.test(fingerprint)) continue;
    out.set(path, { fingerprint, modified: typeof modified === 'number' && Number.isFinite(modified) ? modified : 0 });
  }
  return out;
}

/** More epochs than any inbox has (lore's largest has a few dozen): a manifest naming more is not believed. */
const MAX_EPOCH = 999;

/** The inbox's repositories in a manifest, epochs in order; empty when none are there. */
export function inboxRepos(manifest: Map<string, { fingerprint: string; modified: number }>, inboxPath: string): InboxRepo[] {
  let path = inboxPath.replace(/\/+$/, '');
  for (;;) {
    const epochs: InboxRepo[] = [];
    const prefix = `${path}/git/`;
    for (const [key, ent] of manifest) {
      if (!key.startsWith(prefix)) continue;
      const m = /^(\d{1,3})\.git$/.exec(key.slice(prefix.length));
      if (m && Number(m[1]) <= MAX_EPOCH) epochs.push({ epoch: Number(m[1]), ...ent });
    }
    if (epochs.length) return epochs.sort((a, b) => (a.epoch ?? 0) - (b.epoch ?? 0));
    const v1 = manifest.get(path);
    if (v1) return [{ epoch: null, ...v1 }];
    const shorter = path.replace(/^\/[^/]+(?=\/)/, '');
    if (shorter === path) return [];
    path = shorter;
  }
}
