/**
 * What the git commands that read an inbox print, parsed. Each commit of a public-inbox
 * repository adds one message: v2 epochs hold it in the file `m` (a removed message is a commit
 * that deletes `m` and adds `d`), v1 inboxes at `xx/<38 hex>` (the SHA-1 of its Message-ID).
 * Output comes from repositories a server or a folder handed us: every shape is checked. Pure.
 */

const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export const isOid = (s: string): boolean => OID.test(s);

/** Commit ids, one a line (`git rev-list`); throws on anything else. */
export function parseOidLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (!OID.test(line)) throw new Error(`unexpected git output line: ${JSON.stringify(line.slice(0, 80))}`);
    out.push(line);
  }
  return out;
}

/** A message file's path in a public-inbox repository: `m` (v2) or `xx/<38 hex>` (v1). */
const isMessagePath = (p: string): boolean => p === 'm' || /^[0-9a-f]{2}\/[0-9a-f]{38}$/.test(p);

export interface CommitMessages {
  commit: string;
  /** Blob ids of the messages the commit added or changed (usually one). */
  blobs: string[];
}

/**
 * `git diff-tree -z -r --raw --no-abbrev --root --no-renames --stdin` output: each commit's id
 * then its changes, `:<old mode> <new mode> <old oid> <new oid> <status>\0<path>\0`. Commits
 * with no message added (a deletion) come out with no blobs, or not at all.
 */
export function parseDiffTree(buf: Buffer): CommitMessages[] {
  const parts = buf.toString('latin1').split('\0');
  const out: CommitMessages[] = [];
  let cur: CommitMessages | null = null;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i].replace(/^\n/, '');
    if (p === '') continue;
    if (p.startsWith(':')) {
      const f = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(p);
      const path = parts[++i];
      if (!f || path === undefined || !cur) throw new Error(`unexpected git diff-tree output: ${JSON.stringify(p.slice(0, 80))}`);
      if ((f[5] === 'A' || f[5] === 'M') && f[2] === '100644' && isMessagePath(path)) cur.blobs.push(f[4]);
      continue;
    }
    if (!OID.test(p)) throw new Error(`unexpected git diff-tree output: ${JSON.stringify(p.slice(0, 80))}`);
    cur = { commit: p, blobs: [] };
    out.push(cur);
  }
  return out;
}

export type BatchObject = { oid: string; type: string; body: Buffer } | { oid: string; missing: true };

/**
 * `git cat-file --batch` output: `<oid> <type> <size>\n<bytes>\n` per object, or `<name> missing\n`.
 * Throws on a truncated or malformed stream.
 */
export function parseCatFileBatch(buf: Buffer): BatchObject[] {
  const out: BatchObject[] = [];
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(0x0a, at);
    if (nl < 0) throw new Error('truncated git cat-file output');
    const header = buf.subarray(at, nl).toString('latin1');
    const missing = /^(\S+) missing$/.exec(header);
    if (missing) {
      out.push({ oid: missing[1], missing: true });
      at = nl + 1;
      continue;
    }
    const h = /^([0-9a-f]{40,64}) ([a-z]+) (\d{1,12})$/.exec(header);
    if (!h) throw new Error(`unexpected git cat-file output: ${JSON.stringify(header.slice(0, 80))}`);
    const size = Number(h[3]);
    const end = nl + 1 + size;
    if (end + 1 > buf.length || buf[end] !== 0x0a) throw new Error('truncated git cat-file output');
    out.push({ oid: h[1], type: h[2], body: buf.subarray(nl + 1, end) });
    at = end + 1;
  }
  return out;
}
