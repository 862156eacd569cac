import { describe, expect, it } from 'vitest';
import { normalizeListUrl } from '../../src/pipermail/index.js';
import { ListUrlError } from '../../src/errors.js';

describe('normalizeListUrl', () => {
  const root = { root: 'https://lists.gluster.org/pipermail/gluster-devel/', name: 'gluster-devel' };
  it.each([
    'https://lists.gluster.org/pipermail/gluster-devel',
    'https://lists.gluster.org/pipermail/gluster-devel/',
    '  https://lists.gluster.org/pipermail/gluster-devel/index.html  ',
    'https://lists.gluster.org/pipermail/gluster-devel/2014-October/',
    'https://lists.gluster.org/pipermail/gluster-devel/2014-October/thread.html',
    'https://lists.gluster.org/pipermail/gluster-devel/2014-October/008123.html#start',
    'https://lists.gluster.org/pipermail/gluster-devel/2014-October.txt.gz',
    'https://lists.gluster.org/pipermail/gluster-devel/2014q4/',
    'https://lists.gluster.org/pipermail/gluster-devel/Week-of-Mon-20141006/',
    'https://lists.gluster.org/pipermail/gluster-devel/20141008/',
    'https://lists.gluster.org/pipermail/gluster-devel/2014/',
    'https://LISTS.gluster.org/pipermail/gluster-devel/?q=1',
    'https://lists.gluster.org/mailman/listinfo/gluster-devel',
    'https://lists.gluster.org/pipermail/gluster-devel.mbox/gluster-devel.mbox',
  ])('%s -> list root', (input) => {
    expect(normalizeListUrl(input)).toEqual(root);
  });

  it('keeps http, ports, private archives and cPanel-style names', () => {
    expect(normalizeListUrl('http://imagej.net/pipermail/imagej-devel/2014-October/')).toEqual({
      root: 'http://imagej.net/pipermail/imagej-devel/',
      name: 'imagej-devel',
    });
    expect(normalizeListUrl('http://127.0.0.1:8080/pipermail/nfbcs_nfbnet.org/')).toEqual({
      root: 'http://127.0.0.1:8080/pipermail/nfbcs_nfbnet.org/',
      name: 'nfbcs_nfbnet.org',
    });
    expect(normalizeListUrl('https://example.org/mailman/private/secret-list/2014-October/date.html').root).toBe(
      'https://example.org/mailman/private/secret-list/',
    );
  });

  it.each(['ftp://lists.gluster.org/pipermail/gluster-devel/', 'https://lists.gluster.org/', 'https://lists.gluster.org/index.html', 'gluster-devel', 'mailto:gluster-devel@gluster.org'])(
    'rejects %s with E_BAD_URL and says what a list root looks like',
    (input) => {
      let err: unknown;
      try {
        normalizeListUrl(input);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ListUrlError);
      expect((err as ListUrlError).code).toBe('E_BAD_URL');
      expect((err as Error).message).toContain('/pipermail/LISTNAME/');
    },
  );
});
