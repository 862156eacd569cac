/** A Mailman 2 host's index of list archives (`.../pipermail/`), and the glob that chooses among them. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseListIndex, isPipermailIndexUrl } from '../../src/pipermail/index.js';
import { parseListsPage, hyperkittyIndexPrefix } from '../../src/hyperkitty/index.js';
import { globToRegExp } from '../../src/sync/discoverLists.js';
import { FIXTURES } from '../support/cli.js';
import { apacheIndex } from '../../fixtures/server/pipermailIndex.js';

describe('the index of list archives', () => {
  it('reads the real imagej.net index (a page the site wrote, links without a slash)', () => {
    const html = readFileSync(join(FIXTURES, 'pipermail', 'real', 'imagej.net', 'index.html'), 'latin1');
    expect(parseListIndex(html)).toEqual(['imagej-bugs', 'imagej-builds', 'imagej-devel']);
  });

  it('reads Apache and nginx listings, leaving out sort links, the parent, files and icons', () => {
    expect(parseListIndex(apacheIndex(['gluster-devel', 'gluster-users', 'list_example.org']))).toEqual(['gluster-devel', 'gluster-users', 'list_example.org']);
    const nginx = '<html><head><title>Index of /pipermail/</title></head><body><h1>Index of /pipermail/</h1><hr><pre><a href="../">../</a>\n' +
      '<a href="dev/">dev/</a>  01-Jan-2020 00:00  -\n<a href="robots.txt">robots.txt</a>\n<a href="https://elsewhere.example/x/">x/</a>\n<a href="a%20b/">a b/</a></pre><hr></body></html>';
    expect(parseListIndex(nginx)).toEqual(['dev']);
    expect(parseListIndex('<a href="x'.repeat(50_000))).toEqual([]);
  });

  it('tells index URLs', () => {
    expect(isPipermailIndexUrl('https://lists.gluster.org/pipermail/')).toBe(true);
    expect(isPipermailIndexUrl('https://lists.gluster.org/pipermail')).toBe(true);
    expect(isPipermailIndexUrl('https://lists.gluster.org/pipermail/gluster-devel/')).toBe(false);
    expect(hyperkittyIndexPrefix('https://mail.python.org/archives/')).toBe('https://mail.python.org/archives/');
    expect(hyperkittyIndexPrefix('https://mail.python.org/archives/api/lists/?format=json')).toBe('https://mail.python.org/archives/');
    expect(hyperkittyIndexPrefix('https://mail.python.org/archives/api/list/a@b.org/')).toBeNull();
    expect(hyperkittyIndexPrefix('https://lists.gluster.org/pipermail/')).toBeNull();
  });

  it('HyperKitty\'s list API, paginated or a bare array', () => {
    const page = { count: 3, next: 'http://h/archives/api/lists/?limit=2&offset=2', previous: null,
      results: [{ url: 'http://h/archives/api/list/a@x.org/', name: 'a@x.org' }, { name: 'B@X.org' }, { name: 'not a list' }] };
    expect(parseListsPage(JSON.stringify(page))).toEqual({ fqdns: ['a@x.org', 'b@x.org'], next: 'http://h/archives/api/lists/?limit=2&offset=2' });
    expect(parseListsPage('[{"name":"c@x.org"}]')).toEqual({ fqdns: ['c@x.org'], next: null });
    expect(() => parseListsPage('{"detail":"Not found."}')).toThrow(/no "results"/);
  });

  it('--match globs: * ? [set], whole name, any case', () => {
    const g = globToRegExp('gluster-*');
    expect(['gluster-devel', 'Gluster-Users', 'gluster', 'xgluster-devel'].filter((n) => g.test(n))).toEqual(['gluster-devel', 'Gluster-Users']);
    expect(globToRegExp('dev?').test('dev1')).toBe(true);
    expect(globToRegExp('[ab]*.org').test('b-list.org')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });
});
