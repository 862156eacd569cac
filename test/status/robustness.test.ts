import { describe, expect, it } from 'vitest';
import { parseStatusPost, type StatusInput } from '../../src/status/index.js';

/** A reason from the detector's scoring, not the fallback of a parse that threw inside. */
const SCORED = /^(not a )?report \(score -?[\d.]+, needs [\d.]+\)/;

describe('parseStatusPost never throws', () => {
  it('handles empty and odd input', () => {
    for (const input of [
      { subject: '', body: '' },
      { subject: 'status', body: '\n\n\n' },
      { subject: 'status', body: '* \n-\n#\n==\n[]\n1.\n' },
      { subject: undefined, body: undefined } as unknown as StatusInput,
      null as unknown as StatusInput,
      { subject: 'x', body: 42 } as unknown as StatusInput,
    ]) {
      const r = parseStatusPost(input);
      expect(r.isReport).toBe(false);
      expect(r.reason).toMatch(SCORED);
      expect(r.reason).toMatch(/no list or sections/);
    }
    expect(parseStatusPost({ subject: '', body: '' }).sections).toEqual([]);
  });

  it('degrades gracefully on a flattened one-line post', () => {
    const flat = 'Hi all, here is my status for this month. = NSR = * http://review.gluster.org/#/c/8913/ code (I/O path and glusterd) * http://review.gluster.org/#/c/8915/ design = SSL = * the docs are finally in the tree, see the admin guide for details * own-thread without SSL is under review and needs a few more eyes';
    const r = parseStatusPost({ subject: '[Gluster-devel] jdarcy status (November 2014)', body: flat });
    expect(r.reviews.map((x) => x.key)).toEqual(['review.gluster.org/8913', 'review.gluster.org/8915']);
    expect(r.sections.map((s) => s.title)).toEqual(['NSR', 'SSL']);
    expect(r.sections.every((s) => s.startLine === 1)).toBe(true);
  });

  it('reads the text part of a raw multipart/signed body and skips MIME and PGP armour', () => {
    const body = [
      'This is an OpenPGP/MIME signed message (RFC 4880 and 3156)',
      '--Sig_/a8Zk2.Hq9=wVr1Fk',
      'Content-Type: text/plain; charset=US-ASCII',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '== Placement ==',
      '* consumer types landed https://review.opendev.org/679441',
      '* osc-placement merged https://review.opendev.org/783745',
      '',
      '--Sig_/a8Zk2.Hq9=wVr1Fk',
      'Content-Type: application/pgp-signature',
      'Content-Description: OpenPGP digital signature',
      '',
      '-----BEGIN PGP SIGNATURE-----',
      '',
      'iQEzBAEBCAAdFiEEw8T9YqUqDQiNNsVxhUo3eHHmBXAFAmB+abcACgkQhUo3eHHm',
      '=kX2b',
      '-----END PGP SIGNATURE-----',
      '--Sig_/a8Zk2.Hq9=wVr1Fk--',
    ].join('\n');
    const r = parseStatusPost({ subject: '[nova] Weekly update (week 9)', body });
    expect(r.isReport).toBe(true);
    expect(r.sections.map((s) => [s.title, s.items.length])).toEqual([['Placement', 2]]);
    expect(r.sections[0].text).toBe('');
    expect(r.reviews).toHaveLength(2);
  });

  it('parses a 1 MB body', () => {
    const chunk = '= Section =\n\n * item http://review.gluster.org/#/c/1/ merged\n   continued\n\nSome prose (with a paren) and *emphasis*.\n\n';
    const body = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const r = parseStatusPost({ subject: 'status (May 2015)', body });
    expect(r.isReport).toBe(true);
    expect(r.reviews).toHaveLength(1);
    const oneLine = 'x'.repeat(1_000_000);
    expect(parseStatusPost({ subject: 'status', body: oneLine }).isReport).toBe(false);
    const urlish = 'http://' + 'a('.repeat(200_000);
    const u = parseStatusPost({ subject: 'status', body: urlish });
    expect(u.isReport).toBe(false);
    expect(u.reason).toMatch(SCORED);
    expect(u.reviews).toEqual([]);
  });

  it('survives CRLF line ends and keeps line numbers', () => {
    const r = parseStatusPost({ subject: 'status (May 2015)', body: 'Hi\r\n\r\n= A =\r\n\r\n * one\r\n * two\r\n' });
    expect(r.sections[0].startLine).toBe(3);
    expect(r.sections[0].items.map((i) => [i.text, i.startLine])).toEqual([['one', 5], ['two', 6]]);
  });
});

describe('long single lines stay linear', () => {
  const n = 200_000;
  const lines = [
    'http://a'.repeat(n / 8),
    'bug '.repeat(n / 4),
    '<x'.repeat(n / 2),
    '<' + 'a1.'.repeat(n / 3) + ' at b>',
    '0123456789abcdef'.repeat(n / 16),
    'commit '.repeat(n / 7),
    'key:' + ' '.repeat(n) + 'x',
    '='.repeat(n),
    'https://example.org/' + 'a/'.repeat(n / 2),
  ];
  it.each(lines.map((l, k) => [k, l]))('line %i', (_k, line) => {
    const body = `Done:\n * ${line}\n   ${line}\n\n${line}\n`;
    const r = parseStatusPost({ subject: 'weekly status (week 1)', body });
    // The long line is read as the one item of a `Done:` list, its continuation included.
    expect(r.reason).toMatch(SCORED);
    expect(r.isReport).toBe(true);
    expect(r.sections.flatMap((s) => s.items)).toHaveLength(1);
    const qp = parseStatusPost({ subject: 'weekly status (week 1)', body: `--Sig_/abcdefgh\nContent-Transfer-Encoding: quoted-printable\n\n${line}=\n${line}\n` });
    expect(qp.reason).toMatch(SCORED);
    expect(qp.isReport).toBe(false);
  });
});

describe('bad input gives a non-report with a reason (or a normal parse), never a crash or a hang', () => {
  /** Deterministic pseudo-random bytes read as latin1, the way a binary attachment body arrives. */
  const binary = (n: number): string => {
    let x = 12345;
    const a: string[] = [];
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      a.push(String.fromCharCode(x >> 23));
    }
    return a.join('');
  };
  const run = (body: string, subject = 'weekly status update (week 1)') => {
    const t = performance.now();
    const r = parseStatusPost({ subject, body });
    return { r, ms: performance.now() - t };
  };

  it('a binary body (random bytes, NULs and control characters)', () => {
    const { r, ms } = run(binary(1_000_000));
    expect(r.isReport).toBe(false);
    expect(r.reason).toMatch(/^not a report .*not readable text \(\d+% letters\) -6/);
    expect(ms).toBeLessThan(5_000);
  });

  it('a 10 MB single line, of letters and of spaces', () => {
    for (const body of ['a'.repeat(10_000_000), `x${' '.repeat(10_000_000)}y`, `* ${'a '.repeat(5_000_000)}`]) {
      const { r, ms } = run(body);
      expect(r.reason).toMatch(SCORED);
      expect(ms).toBeLessThan(5_000);
    }
  });

  it('NUL bytes inside an otherwise normal post are read around', () => {
    const { r } = run('= Nova =\n\0\n * placement\0 landed https://review.opendev.org/679441\n * quotas\0\0 merged\n');
    expect(r.isReport).toBe(true);
    expect(r.sections.map((s) => [s.title, s.items.length])).toEqual([['Nova', 2]]);
    expect(r.reviews.map((x) => x.key)).toEqual(['review.opendev.org/679441']);
  });

  it('an undecodable charset (U+FFFD everywhere) and mojibake', () => {
    const fffd = run('\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd \ufffd\n'.repeat(50_000));
    expect(fffd.r.isReport).toBe(false);
    expect(fffd.r.reason).toMatch(/^not a report .*not readable text \(0% letters\) -6/);
    expect(fffd.ms).toBeLessThan(5_000);
    const moji = run('Ã¤Ã¶Ã¼ Ð¡ÑÐ°ÑÑÑ\n\nÃ\u0084nderungen:\n\n * Ã¼bersetzt\n');
    expect(moji.r.reason).toMatch(SCORED);
    expect(moji.r.sections.map((s) => s.items.map((i) => i.text))).toEqual([['Ã¼bersetzt']]);
  });

  it('short title-shaped lines between long ones, none a heading, stay linear (each asked the whole post once, parser 55)', () => {
    const body = Array.from({ length: 40_000 }, (_, i) => (i % 2 ? 'Short Title Here' : 'A long line of prose that goes on and on for more than fifty characters')).join('\n');
    const { r, ms } = run(body);
    expect(r.reason).toMatch(SCORED);
    expect(ms).toBeLessThan(5_000);
  });

  it('deeply and irregularly indented bullets stay linear', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => `${' '.repeat(i % 400)}* x`).join('\n');
    const { r, ms } = run(body);
    expect(r.isReport).toBe(true);
    expect(ms).toBeLessThan(5_000);
  });
});
