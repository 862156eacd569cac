import { describe, expect, it } from 'vitest';
import { parseDate, parseDateDetailed } from '../../src/mail/index.js';

describe('parseDate', () => {
  const cases: Array<[string, string | null]> = [
    ['Wed, 1 Oct 2014 20:08:57 +0200', '2014-10-01T18:08:57.000Z'],
    ['13 Aug 2002 10:35:59 +0200', '2002-08-13T08:35:59.000Z'], // no weekday (twisted 2002-August)
    ['Sun, 05 Jan 2020 07:05:21 -0000', '2020-01-05T07:05:21.000Z'],
    ['Thu, 14 Aug 2008 02:07:59 +0200 CEST', '2008-08-14T00:07:59.000Z'], // perceval#57
    ['Tue, 3 Aug 1999 22:57:51 -0400 (EDT)', '1999-08-04T02:57:51.000Z'],
    ['Fri, 24 May 2002 00.24.50 +0200', '2002-05-23T22:24:50.000Z'], // perceval#74
    ['Mon, 21 Oct 2002 15:02:34 +50579034', '2002-10-21T15:02:34.000Z'], // 1945-February
    ['Mon, 21 Oct 2002 15:02:34', '2002-10-21T15:02:34.000Z'], // no zone
    ['Mon, 21 Oct 02 15:02 EST', '2002-10-21T20:02:00.000Z'], // 2-digit year, no seconds
    ['21 Oct 1999 15:02:34 GMT', '1999-10-21T15:02:34.000Z'],
    ['Wed Oct  1 13:08:57 CDT 2014', '2014-10-01T18:08:57.000Z'], // pipermail <I> line
    ['Sun Jan 12 00:05:28 MST 2020', '2020-01-12T07:05:28.000Z'],
    ['Tue Aug 13 04:35:59 EDT 2002', '2002-08-13T08:35:59.000Z'],
    ['Wed Feb  7 20:28:34 1945', '1945-02-07T20:28:34.000Z'], // From_ line ctime
    ['2014-10-08T20:20:34Z', '2014-10-08T20:20:34.000Z'],
    ['', null],
    ['not a date', null],
    ['Mon, 45 Foo 2002 15:02:34 +0000', null],
    ['Mon, 31 Oct 2002 25:02:34 +0000', null],
  ];
  for (const [text, iso] of cases) {
    it(`${JSON.stringify(text)} -> ${iso}`, () => expect(parseDate(text)).toBe(iso));
  }

  it('reports oddities without throwing', () => {
    expect(parseDateDetailed('Mon, 21 Oct 2002 15:02:34 +50579034').warning).toMatch(/out-of-range/);
    expect(parseDateDetailed('Mon, 21 Oct 2002 15:02:34').warning).toMatch(/no time zone/);
    expect(parseDateDetailed('Mon, 21 Oct 2002 15:02:34 XYZT').warning).toMatch(/unknown zone/);
    expect(parseDateDetailed('Wed, 1 Oct 2014 20:08:57 +0200').warning).toBeNull();
    expect(parseDateDetailed(null)).toEqual({ iso: null, warning: null });
  });
});
