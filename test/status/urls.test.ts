import { describe, expect, it } from 'vitest';
import { extractUrls, normalizeUrl, trimUrl } from '../../src/status/index.js';

describe('extractUrls', () => {
  it('finds http, https and git:// URLs and trims sentence punctuation', () => {
    const text = 'See http://review.gluster.org/#/c/8913/. Also https://example.org/a, and git://repo.or.cz/alt-git.git;';
    expect(extractUrls(text)).toEqual([
      'http://review.gluster.org/#/c/8913/',
      'https://example.org/a',
      'git://repo.or.cz/alt-git.git',
    ]);
  });

  it('drops an unbalanced closing parenthesis but keeps balanced ones', () => {
    expect(extractUrls('(see https://review.opendev.org/794437)')).toEqual(['https://review.opendev.org/794437']);
    expect(extractUrls('the page https://en.wikipedia.org/wiki/Raft_(algorithm) explains it')).toEqual([
      'https://en.wikipedia.org/wiki/Raft_(algorithm)',
    ]);
    // a `)` closing a parenthesis opened lines earlier
    expect(extractUrls('(this was reported\nlong ago, see https://bugs.debian.org/904300)')).toEqual(['https://bugs.debian.org/904300']);
  });

  it('reads <url> autolinks, markdown links and ( url ) with spaces', () => {
    expect(extractUrls('up on <https://meetings-archive.debian.net/pub/>.')).toEqual(['https://meetings-archive.debian.net/pub/']);
    expect(extractUrls('([#2978](https://github.com/tox-dev/tox/pull/2978))')).toEqual(['https://github.com/tox-dev/tox/pull/2978']);
    expect(extractUrls('the wiki page ( https://wiki.debian.org/Salsa/Doc ) for')).toEqual(['https://wiki.debian.org/Salsa/Doc']);
    // a Markdown link whose `]` the archive percent-encoded (flashrom dev meeting notes, 2022-09)
    expect(extractUrls('patches [https://review.coreboot.org/c/flashrom/+/67391%5D(https://review.coreboot.or...) can')).toEqual(['https://review.coreboot.org/c/flashrom/+/67391', 'https://review.coreboot.or']);
  });

  it('keeps #!/, %23 and + inside paths', () => {
    expect(extractUrls('https://groups.google.com/forum/#!/topic/x/y and https://review.gluster.org/c/glusterfs/+/8913 and https://example.org/r/%23/c/5')).toEqual([
      'https://groups.google.com/forum/#!/topic/x/y',
      'https://review.gluster.org/c/glusterfs/+/8913',
      'https://example.org/r/%23/c/5',
    ]);
  });

  it('accepts scheme-less lore.kernel.org links and ignores {a,b} brace patterns', () => {
    expect(extractUrls('reported at lore.kernel.org/linux-mm/20221118.GA2234@example.org/ yesterday')).toEqual([
      'https://lore.kernel.org/linux-mm/20221118.GA2234@example.org/',
    ]);
    expect(extractUrls('touches fs/{ext4,xfs}/inode.c and src/{a,b}.c')).toEqual([]);
  });

  it('is empty for text without URLs and for odd input', () => {
    expect(extractUrls('')).toEqual([]);
    expect(extractUrls('user at host dot org, http:// alone')).toEqual([]);
  });
});

describe('trimUrl / normalizeUrl', () => {
  it('trims trailing . , ; : and quotes', () => {
    expect(trimUrl('https://a.org/x.",')).toBe('https://a.org/x');
    expect(trimUrl('https://a.org/x):')).toBe('https://a.org/x');
  });
  it('normalises host case, www., default port and trailing slash', () => {
    expect(normalizeUrl('HTTPS://WWW.Example.ORG:443/Path/')).toBe('example.org/Path');
    expect(normalizeUrl('http://example.org/a?b=1')).toBe('example.org/a?b=1');
  });
});
