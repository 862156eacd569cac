import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pairArchivedPages, normalizeSubject, repairMojibake } from '../../src/sync/pipermail/pairArchivedPages.js';
import { parsePeriodIndex, decodeHtml } from '../../src/pipermail/index.js';
import { splitMbox, parseMail } from '../../src/mail/index.js';
import { FIXTURES } from '../support/cli.js';

const real = (p: string) => readFileSync(join(FIXTURES, 'pipermail/real', p));

function load(dir: string, period: string) {
  const index = parsePeriodIndex(decodeHtml(real(`${dir}/${period}/date.html`)), `http://h/${dir}/${period}/date.html`);
  const mails = splitMbox(gunzipSync(real(`${dir}/${period}.txt.gz`))).map((b) => parseMail(b));
  return { index, mails };
}

describe('pairArchivedPages on real periods', () => {
  it('pairs all 53 messages of imagej-builds 2016-October with their pages, in sequence order', () => {
    const { index, mails } = load('imagej.net/imagej-builds', '2016-October');
    const pairs = pairArchivedPages(mails, index);
    expect(pairs.every(Boolean)).toBe(true);
    const seqs = pairs.map((p) => p!.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(53);
    // date.html is sorted by date, not by number, so position alone would have been wrong somewhere
    expect(index.map((e) => e.seq)).not.toEqual(seqs);
  });

  it('pairs a re-imported period whose text has every message twice (twisted 2001-April)', () => {
    const { index, mails } = load('twistedmatrix.com/twisted-python', '2001-April');
    const pairs = pairArchivedPages(mails, index);
    const paired = pairs.filter(Boolean);
    expect(index.length).toBe(33);
    // Each page is given to exactly one of the two copies.
    expect(new Set(paired.map((p) => p!.url)).size).toBe(paired.length);
    expect(paired.length).toBe(33);
  });

  it('pairs only the newest messages when the text was fetched from an offset', () => {
    const { index, mails } = load('imagej.net/imagej-builds', '2016-October');
    const last3 = mails.slice(-3);
    const pairs = pairArchivedPages(last3, index, true);
    const bySeq = [...index].sort((a, b) => a.seq - b.seq).slice(-3);
    expect(pairs.map((p) => p?.seq)).toEqual(bySeq.map((e) => e.seq));
  });

  it('pairs an author whose page lost the name\'s non-ASCII letters (us-ascii "?", UTF-8 read as Latin-1), not another author', () => {
    const entry = (seq: number, author: string) => ({ file: `00${seq}.html`, url: `http://h/l/2015-August/00${seq}.html`, seq, subject: '[Gluster-devel] Problem with heal', author });
    const mail = { subject: '[Gluster-devel] Problem with heal', authorName: 'Xavier Hernández' };
    expect(pairArchivedPages([mail], [entry(5, 'Xavier HernÃ¡ndez')])[0]?.seq).toBe(5);
    expect(pairArchivedPages([mail], [entry(5, 'Xavier Hern?ndez')])[0]?.seq).toBe(5);
    expect(pairArchivedPages([mail], [entry(5, 'Niels de Vos')])[0]).toBeNull();
    // A name with no ASCII letters: its UTF-8 bytes shown as Latin-1 are read again as UTF-8, and then must match.
    const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    expect(pairArchivedPages([{ subject: mail.subject, authorName: '田中 太郎' }], [entry(5, latin1('田中 太郎'))])[0]?.seq).toBe(5);
    expect(pairArchivedPages([{ subject: mail.subject, authorName: 'Ангелина Смирнова' }], [entry(5, latin1('Ангелина Смирнова'))])[0]?.seq).toBe(5);
    expect(pairArchivedPages([{ subject: mail.subject, authorName: '张伟' }], [entry(5, latin1('田中 太郎'))])[0]).toBeNull();
    const subject = '[Gluster-devel] Re: [PATCH 4/11] samba option — Grüße';
    expect(pairArchivedPages([{ subject, authorName: 'Jeff' }], [{ ...entry(5, 'Jeff'), subject: latin1(subject) }])[0]?.seq).toBe(5);
  });

  it('repairMojibake reads UTF-8 shown as Latin-1 again, and leaves other text alone', () => {
    expect(repairMojibake('Xavier HernÃ¡ndez')).toBe('Xavier Hernández');
    expect(repairMojibake('Xavier Hernández')).toBe('Xavier Hernández');
    expect(repairMojibake('Ã© is not UTF-8 here: Ã')).toBe('Ã© is not UTF-8 here: Ã');
    expect(repairMojibake('plain')).toBe('plain');
  });

  it('folds list prefixes, replies and whitespace in subjects', () => {
    expect(normalizeSubject('[ImageJ-devel] Re: runtime\tbytecode')).toBe(normalizeSubject('runtime bytecode'));
  });
});
