import { describe, expect, it } from 'vitest';
import { parsePeriodIndex, decodeHtml } from '../../src/pipermail/index.js';
import { realBytes, template, fill, TP, IJB, DIV } from './helpers.js';

const idx = (rel: string, base: string) => parsePeriodIndex(decodeHtml(realBytes(rel)), base);

describe('parsePeriodIndex on real pages', () => {
  it('imagej-builds 2016-October date.html: 53 entries (= "Messages: 53"), TAB folded', () => {
    const rows = idx(`${IJB}/2016-October/date.html`, 'http://imagej.net/pipermail/imagej-builds/2016-October/date.html');
    expect(rows).toHaveLength(53);
    expect(rows[0]).toEqual({
      file: '012404.html',
      url: 'http://imagej.net/pipermail/imagej-builds/2016-October/012404.html',
      seq: 12404,
      subject: '[ImageJ-builds] mail-watcher-plugin: Computer Windows marked offline',
      author: 'jenkins at imagej.net',
    });
    expect(rows[2].subject).toBe('[ImageJ-builds] mail-watcher-plugin: Computer Windows marked temporarily offline');
    const thread = idx(`${IJB}/2016-October/thread.html`, 'http://imagej.net/pipermail/imagej-builds/2016-October/');
    expect(thread).toHaveLength(53);
    expect(new Set(thread.map((r) => r.file))).toEqual(new Set(rows.map((r) => r.file)));
  });

  it('twisted-python 2001-April: 33 entries in date.html, 65 (with duplicates) in subject.html', () => {
    const base = 'https://twistedmatrix.com/pipermail/twisted-python/2001-April/';
    const date = idx(`${TP}/2001-April/date.html`, base);
    expect(date).toHaveLength(33);
    const subj = idx(`${TP}/2001-April/subject.html`, base);
    expect(subj).toHaveLength(65);
    expect(subj.find((r) => r.file === '000049.html')).toMatchObject({ seq: 49, subject: '[Twisted-Python] twisted.web split', author: 'Thyrr' });
  });

  it('1945-February thread.html (opens with <UL><UL>) and 2020-January', () => {
    const t = idx(`${TP}/1945-February/thread.html`, 'https://twistedmatrix.com/pipermail/twisted-python/1945-February/');
    expect(t.map((r) => [r.file, r.author])).toEqual([['002056.html', 'Max Schubert'], ['002044.html', 'Max Schubert']]);
    expect(t[0].subject).toBe('[Twisted-Python] Creating an SSH client programatically with Twisted?');
    const j = idx(`${TP}/2020-January/date.html`, 'https://twistedmatrix.com/pipermail/twisted-python/2020-January/');
    expect(j.map((r) => r.seq)).toEqual([64997, 64998, 64999, 65000]);
    expect(j.every((r) => r.author === 'trac at twistedmatrix.com')).toBe(true);
  });

  it('pre-2.1 one-line entries (divunal 1999-August thread.html, NAME != file number)', () => {
    const rows = idx(`${DIV}/1999-August/thread.html`, 'http://twistedmatrix.com/pipermail/divunal-list/1999-August/');
    expect(rows.map((r) => [r.seq, r.author])).toEqual([
      [54, 'Glyph Lefkowitz'], [55, 'Tenth'], [56, 'Glyph Lefkowitz'], [57, 'The Spectre'], [58, 'Michael Dartt'],
    ]);
    expect(rows[0].subject).toBe('[Divunal-list] Re: [Divunal-author]author efficiency');
    expect(rows[4].url).toBe('http://twistedmatrix.com/pipermail/divunal-list/1999-August/000058.html');
  });
});

describe('parsePeriodIndex on the 2.1.39 entry template', () => {
  it('decodes entities in subject and author', () => {
    const e = fill(template('archidxentry.html'), {
      filename: '002261.html', subject: '[ImageJ-devel] A &amp; B &lt;x&gt; caf&#233;\tdone', sequence: 2261, author: 'J&#246;rg &quot;J&quot; M.',
    });
    const head = fill(template('archidxhead.html'), { listname: 'ImageJ-devel', archive: 'October 2014', archtype: 'date', size: 1 });
    const rows = parsePeriodIndex(`${head}${e}${template('archidxfoot.html')}`, 'http://imagej.net/pipermail/imagej-devel/2014-October/');
    expect(rows).toEqual([{
      file: '002261.html', url: 'http://imagej.net/pipermail/imagej-devel/2014-October/002261.html', seq: 2261,
      subject: '[ImageJ-devel] A & B <x> café done', author: 'Jörg "J" M.',
    }]);
  });
});
