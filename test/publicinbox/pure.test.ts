/** public-inbox's URLs, manifest and git outputs, parsed without I/O (src/publicinbox). */
import { describe, it, expect } from 'vitest';
import { gzipSync, gunzipSync } from 'node:zlib';
import { publicInboxUrl, isPublicInboxUrl, midEscape, messageUrl, parseManifest, inboxRepos, parseDiffTree, parseCatFileBatch, parseOidLines } from '../../src/publicinbox/index.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('inbox URLs', () => {
  it('any URL inside an inbox reduces to the inbox root and its name', () => {
    for (const u of ['https://lore.kernel.org/git/', 'https://lore.kernel.org/git', 'https://lore.kernel.org/git/20190912105632.GB32631@mit.edu/T/#u',
      'https://lore.kernel.org/git/git/0.git', 'https://lore.kernel.org/git/1.git/info/refs', 'https://lore.kernel.org/git/_/text/mirror/',
      'https://lore.kernel.org/git/manifest.js.gz', 'https://lore.kernel.org/git/new.atom', 'https://lore.kernel.org/git/?q=etcd']) {
      expect(publicInboxUrl(u), u).toEqual({ root: 'https://lore.kernel.org/git/', name: 'git', local: false });
    }
    expect(publicInboxUrl('https://example.org/lists/meta/x%40y/').root).toBe('https://example.org/lists/meta/');
    expect(publicInboxUrl('file:///srv/inboxes/meta.git/')).toEqual({ root: 'file:///srv/inboxes/meta.git/', name: 'meta', local: true });
    expect(() => publicInboxUrl('https://lore.kernel.org/')).toThrow(/Not a public-inbox inbox URL/);
    expect(() => publicInboxUrl('ftp://lore.kernel.org/git/')).toThrow(/Only http\(s\)/);
  });

  it('told from the URL on its hosts and at paths only public-inbox serves, never for pipermail or HyperKitty paths', () => {
    expect(isPublicInboxUrl('https://lore.kernel.org/linux-fsdevel/')).toBe(true);
    expect(isPublicInboxUrl('https://inbox.sourceware.org/gcc/')).toBe(true);
    expect(isPublicInboxUrl('http://127.0.0.1:8080/meta/_/text/mirror/')).toBe(true);
    expect(isPublicInboxUrl('http://127.0.0.1:8080/meta/git/0.git')).toBe(true);
    expect(isPublicInboxUrl('http://127.0.0.1:8080/meta/abc@example.org/')).toBe(true);
    expect(isPublicInboxUrl('https://lists.gluster.org/pipermail/gluster-devel/')).toBe(false);
    expect(isPublicInboxUrl('https://lists.gluster.org/pipermail/gluster-devel/2014-October/008357.html')).toBe(false);
  });

  it('message URLs escape the Message-ID as public-inbox mid_escape does', () => {
    expect(midEscape('20190912105632.GB32631@mit.edu')).toBe('20190912105632.GB32631@mit.edu');
    expect(midEscape("a+b=c/d?e#f%g h'i")).toBe("a+b=c%2Fd%3Fe%23f%25g%20h'i");
    expect(midEscape('größe@x')).toBe('gr%C3%B6%C3%9Fe@x');
    expect(messageUrl('https://lore.kernel.org/git/', 'x/y@z')).toBe('https://lore.kernel.org/git/x%2Fy@z/');
  });
});

describe('manifest.js.gz', () => {
  const manifest = { '/git/git/0.git': { fingerprint: A, modified: 1, reference: null }, '/git/git/1.git': { fingerprint: B, modified: 2 },
    '/git/git/10.git': { fingerprint: C, modified: 3 }, '/meta': { fingerprint: C, modified: 4 }, '/bad/git/0.git': { fingerprint: 'x' } };
  const parsed = parseManifest(gunzipSync(gzipSync(JSON.stringify(manifest))).toString());

  it('gives an inbox its epochs in number order, with their fingerprints', () => {
    expect(inboxRepos(parsed, '/git/')).toEqual([{ epoch: 0, fingerprint: A, modified: 1 }, { epoch: 1, fingerprint: B, modified: 2 }, { epoch: 10, fingerprint: C, modified: 3 }]);
  });
  it('a v1 inbox is its own repository; a mount prefix the manifest does not show is dropped', () => {
    expect(inboxRepos(parsed, '/meta/')).toEqual([{ epoch: null, fingerprint: C, modified: 4 }]);
    expect(inboxRepos(parsed, '/lists/git/')).toHaveLength(3);
    expect(inboxRepos(parsed, '/nope/')).toEqual([]);
    expect(inboxRepos(parsed, '/bad/')).toEqual([]); // an entry without a real fingerprint is no repository
  });
  it('something else than a manifest is an error', () => {
    expect(() => parseManifest('<html>')).toThrow(/not JSON/);
    expect(() => parseManifest('[1,2]')).toThrow(/not a JSON object/);
  });
});

describe('git output', () => {
  it('diff-tree: the message blobs each commit added (v2 `m`, v1 xx/38hex), not a `d` nor other files', () => {
    const out = Buffer.from([
      `${A}\0`, `:000000 100644 ${'0'.repeat(40)} ${B} A\0m\0`,
      `${B}\0`, `:100644 000000 ${B} ${'0'.repeat(40)} D\0m\0`, `:000000 100644 ${'0'.repeat(40)} ${C} A\0d\0`,
      `${C}\0`, `:000000 100644 ${'0'.repeat(40)} ${A} A\0ab/${'c'.repeat(38)}\0`, `:000000 100644 ${'0'.repeat(40)} ${B} A\0README\0`,
    ].join(''));
    expect(parseDiffTree(out)).toEqual([{ commit: A, blobs: [B] }, { commit: B, blobs: [] }, { commit: C, blobs: [A] }]);
    expect(() => parseDiffTree(Buffer.from('not git\0'))).toThrow(/unexpected git diff-tree output/);
  });
  it('cat-file --batch: objects, missing ones, and a truncated stream refused', () => {
    const out = Buffer.concat([Buffer.from(`${A} blob 5\nhello\n${B} missing\n${C} blob 0\n\n`)]);
    expect(parseCatFileBatch(out)).toEqual([{ oid: A, type: 'blob', body: Buffer.from('hello') }, { oid: B, missing: true }, { oid: C, type: 'blob', body: Buffer.alloc(0) }]);
    expect(() => parseCatFileBatch(Buffer.from(`${A} blob 50\nhello\n`))).toThrow(/truncated/);
    expect(() => parseCatFileBatch(Buffer.from(`${A} blob 99999999999999\n`))).toThrow(/unexpected/);
  });
  it('rev-list lines are commit ids or an error', () => {
    expect(parseOidLines(`${A}\n${B}\n`)).toEqual([A, B]);
    expect(() => parseOidLines('HEAD\n')).toThrow(/unexpected git output/);
  });
});
