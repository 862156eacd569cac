/**
 * `archive serve` (issue 14): the server started in process on an ephemeral port over the sample
 * archive, its pages fetched and read. Also the hostile archive: what came from mail is text.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { serveSampleArchive, rawRequest, lanesOf, type SampleView } from './support.js';
import { syncHostileArchive, type HostileDb } from '../support/hostileArchive.js';
import { startServer, CSP, type WebServer } from '../../src/web/index.js';

let view: SampleView;
const get = async (path: string, init?: RequestInit) => {
  const res = await fetch(view.web.url + path, { redirect: 'manual', ...init });
  return { res, body: await res.text() };
};

beforeAll(async () => { view = await serveSampleArchive(); });
afterAll(async () => { await view?.close(); });

/** The NSR/JBR items of the sample archive (fixtures/archives/README.md): months mentioned, month dropped. */
const NSR_LANES = [
  { first: '2014-10', last: '2014-11', months: ['2014-10', '2014-11'], dropped: '2014-12' }, // 8769 merged
  { first: '2014-10', last: '2014-11', months: ['2014-10', '2014-11'], dropped: '2014-12' }, // 8812 merged
  { first: '2014-10', last: '2014-11', months: ['2014-10', '2014-11'], dropped: '2014-12' }, // 8887 etcd
  { first: '2014-10', last: '2015-03', months: ['2014-10', '2014-11', '2014-12', '2015-02', '2015-03'], dropped: '' }, // 8913
  { first: '2014-10', last: '2014-12', months: ['2014-10', '2014-11', '2014-12'], dropped: '2015-02' }, // 8915
  { first: '2014-11', last: '2015-02', months: ['2014-11', '2014-12', '2015-02'], dropped: '2015-03' }, // 9052
  { first: '2014-12', last: '2015-03', months: ['2014-12', '2015-02', '2015-03'], dropped: '' }, // 9320
  { first: '2015-02', last: '2015-03', months: ['2015-02', '2015-03'], dropped: '' }, // 9644
  { first: '2015-03', last: '2015-03', months: ['2015-03'], dropped: '' }, // 9851
];

describe('pages', () => {
  it('lists every project, NSR under its new name JBR, with sparklines and the strict CSP', async () => {
    const { res, body } = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(body).toMatch(/<a href="\/project\/JBR">JBR<\/a><div class="muted small">also NSR<\/div>/);
    expect(body).toContain('<a href="/project/DHT">DHT</a>');
    expect(body.match(/<svg class="spark"/g)?.length).toBe(9);
    expect(body).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
  });

  it('filters projects through the query string', async () => {
    const { body } = await get('/?q=nsr');
    expect(body).toContain('/project/JBR');
    expect(body).not.toContain('/project/DHT');
    const users = await get('/?list=gluster-users');
    expect(users.body).toContain('/project/Small-file%20performance');
    expect(users.body).not.toContain('/project/JBR');
    expect((await get('/?since=2014-13')).res.status).toBe(400);
  });

  it("draws NSR's timeline: one lane per item, with the months it was mentioned and dropped, and the month without a report", async () => {
    const { res, body } = await get('/project/NSR');
    expect(res.status).toBe(200);
    expect(body).toContain('<h1>JBR</h1>');
    expect(body).toContain('also reported as <strong>NSR</strong>');
    expect(lanesOf(body)).toEqual(NSR_LANES);
    expect([...body.matchAll(/<g class="month( nomonth)?" data-month="([^"]+)" data-reports="(\d+)">/g)].map((m) => `${m[2]}:${m[3]}`))
      .toEqual(['2014-10:1', '2014-11:1', '2014-12:1', '2015-01:0', '2015-02:1', '2015-03:1']);
    // The kinds of mark: 8769 added then merged; 8913 stale in February, merged in March.
    expect(body).toMatch(/class="m-merged"[^>]*><title>2014-11: merged: http:\/\/review\.gluster\.org\/#\/c\/8769\/ xdata support in GFAPI \(merged\)/);
    expect(body).toMatch(/class="m-stale"[^>]*><title>2015-02: carried, stale: http:\/\/review\.gluster\.org\/8913 /);
    expect(body).toMatch(/class="m-dropped"[^>]*><title>2014-12: dropped: http:\/\/review\.gluster\.org\/#\/c\/8887\/ etcd support/);
  });

  it('lists the reports with their items, each linking to its line in the message; reviews with time to merge', async () => {
    const { body } = await get('/project/JBR');
    expect(body.match(/<article class="report"/g)?.length).toBe(5);
    expect(body).toContain('No report in 2015-01.');
    const link = /<a class="prov" href="(\/message\?id=[^"#]+&amp;lines=30-30#L30)"/.exec(body);
    expect(link).not.toBeNull();
    const msg = await get(link![1].replace(/&amp;/g, '&'));
    expect(msg.res.status).toBe(200);
    expect(msg.body).toContain('<h1>[Gluster-devel] jdarcy status (October 2014)</h1>');
    expect(msg.body).toMatch(/<span class="line hl" id="L30"><span class="ln" aria-hidden="true">30<\/span><span class="tx">\s*\* http:\/\/review\.gluster\.org\/#\/c\/8769\//);
    expect(msg.body).toContain('A status report');
    expect(msg.body).toMatch(/report \(score [\d.]+, needs 3\)/);
    expect(msg.body).toContain('project <a href="/project/NSR">NSR</a>');
    // Reviews: 8913 first seen 2014-10, merged five months later.
    expect(body).toMatch(/gerrit 8913<\/a><\/td><td>2014-10<\/td><td>2015-03<\/td>\s*<td>merged<\/td>\s*<td class="num">5 months<\/td>/);
  });

  it('says why a message is not a report', async () => {
    const { body } = await get('/search?q=' + encodeURIComponent('subject:"Status of NSR"'));
    const link = /<a href="(\/message\?id=[^"]+)">Status of NSR\?<\/a>/.exec(body);
    expect(link).not.toBeNull();
    const msg = await get(link![1].replace(/&amp;/g, '&'));
    expect(msg.body).toContain('Not a status report');
  });

  it('compares two reports as a page, from the form or a shareable ?diff=', async () => {
    const form = await get('/project/NSR?from=2014-10&to=2015-02');
    expect(form.res.status).toBe(302);
    expect(form.res.headers.get('location')).toBe('/project/NSR?diff=2014-10..2015-02');
    const { res, body } = await get('/project/NSR?diff=2014-10..2015-02');
    expect(res.status).toBe(200);
    expect(body).toContain('JBR: 2014-10 → 2015-02');
    expect(body).toMatch(/\d+ added, \d+ changed, \d+ carried, \d+ dropped/);
    expect((await get('/project/NSR?diff=2014-10..2014-12x')).res.status).toBe(400);
    expect((await get('/project/NSR?diff=2014-10..2015-01')).res.status).toBe(404);
  });

  it('serves the timeline as an SVG file too', async () => {
    const { res, body } = await get('/project/NSR/timeline.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(lanesOf(body)).toEqual(NSR_LANES);
  });

  it('shows a month digest, with the latest month at /month', async () => {
    const latest = await get('/month');
    expect(latest.res.status).toBe(302);
    expect(latest.res.headers.get('location')).toBe('/month/2015-03');
    const { body } = await get('/month/2014-11');
    expect(body).toContain('Status reports, 2014-11');
    expect(body).toContain('<a href="/project/NSR">NSR</a>');
    expect(body).toMatch(/rel="prev">← 2014-10<\/a>.*rel="next">2014-12 →<\/a>/s);
  });

  it('searches with snippets and filters', async () => {
    const { body } = await get('/search?q=etcd&reports=1');
    expect(body).toContain('3 messages for');
    expect(body).toContain('<mark>etcd</mark>');
    expect(body).toContain('checked');
    const none = await get('/search?q=etcd&reports=1&since=2015-01');
    expect(none.body).toContain('No matches');
    const bad = await get('/search?q=' + encodeURIComponent('"'));
    expect(bad.res.status).toBe(400);
    expect(bad.body).toContain('nothing to search for');
  });
});

describe('the server', () => {
  it('answers 404 for an unknown project or path, with a page and the CSP', async () => {
    const p = await get('/project/NoSuchProject');
    expect(p.res.status).toBe(404);
    expect(p.res.headers.get('content-security-policy')).toBe(CSP);
    expect(p.body).toContain('no reports for project &quot;NoSuchProject&quot;');
    expect((await get('/nothing/here')).res.status).toBe(404);
    expect((await get('/message?id=nope@example.org')).res.status).toBe(404);
  });

  it('has no write endpoint: POST, PUT and DELETE are 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const { res } = await get('/', { method, body: method === 'DELETE' ? undefined : 'x=1' });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
    const head = await get('/', { method: 'HEAD' });
    expect(head.res.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('bound to loopback, refuses requests naming another host (DNS rebinding)', async () => {
    const evil = await rawRequest(view.web.url + '/', { headers: { Host: 'evil.example:8080' } });
    expect(evil.status).toBe(421);
    const local = await rawRequest(view.web.url + '/', { headers: { Host: `localhost:${view.web.port}` } });
    expect(local.status).toBe(200);
  });

  it('serves its one stylesheet with light and dark colours and focus styles', async () => {
    const { res, body } = await get('/style.css');
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(body).toContain('@media (prefers-color-scheme: dark)');
    expect(body).toContain(':focus-visible');
  });

  it('pages the reports, newest first, at shareable ?before= addresses; the timeline keeps every month', async () => {
    const paged = await startServer({ dbPath: view.db, host: '127.0.0.1', port: 0, reportsPerPage: 2 });
    const page = async (path: string) => (await fetch(paged.url + path)).text();
    const reportMonths = (body: string) => [...body.matchAll(/<article class="report" id="(r\d+)"[\s\S]*?<a href="\/month\/([\d-]+)">/g)].map((m) => `${m[1]}:${m[2]}`);
    const links = (body: string) => [...body.matchAll(/<a href="([^"]+)" rel="(next|prev)">/g)].map((m) => `${m[2]} ${m[1].replace(/&amp;/g, '&')}`);
    try {
      const newest = await page('/project/NSR');
      expect(reportMonths(newest)).toEqual(['r4:2015-02', 'r5:2015-03']);
      expect(newest).toContain('reports 4–5 of 5 (2015-02 to 2015-03)');
      expect([...new Set(links(newest))]).toEqual(['next /project/JBR?before=2015-02#reports']);
      // Every month across; the lanes of the items these two reports mention or drop.
      expect([...newest.matchAll(/data-month="([^"]+)"/g)].map((m) => m[1])).toEqual(['2014-10', '2014-11', '2014-12', '2015-01', '2015-02', '2015-03']);
      expect(lanesOf(newest)).toEqual([NSR_LANES[3], NSR_LANES[4], NSR_LANES[5], NSR_LANES[6], NSR_LANES[7], NSR_LANES[8]]);
      // The reviews those reports mention, each over its whole life (8913 from 2014-10); not 8769, last seen in 2014-11.
      expect(newest).toMatch(/gerrit 8913<\/a><\/td><td>2014-10<\/td><td>2015-03<\/td>/);
      expect(newest).not.toContain('gerrit 8769</a>');

      const middle = await page('/project/JBR?before=2015-02');
      expect(reportMonths(middle)).toEqual(['r2:2014-11', 'r3:2014-12']);
      expect([...new Set(links(middle))]).toEqual(['next /project/JBR?before=2014-11#reports', 'prev /project/JBR#reports']);
      const oldest = await page('/project/JBR?before=2014-11');
      expect(reportMonths(oldest)).toEqual(['r1:2014-10']);
      expect([...new Set(links(oldest))]).toEqual(['prev /project/JBR?before=2015-02#reports']);
      expect(await page('/project/JBR?before=2014-10')).toContain('No reports before 2014-10.');
      expect((await fetch(paged.url + '/project/JBR?before=2014-1')).status).toBe(400);
      // Filters carry over to the other pages.
      const filtered = await page('/project/JBR?since=2014-11');
      expect(reportMonths(filtered)).toEqual(['r3:2015-02', 'r4:2015-03']);
      expect(links(filtered)).toContain('next /project/JBR?since=2014-11&before=2015-02#reports');
    } finally {
      await paged.close();
    }
  });

  it('names the aliases of the aliases file on a project page', async () => {
    const other = await startServer({ dbPath: view.db, host: '127.0.0.1', port: 0, aliases: [{ a: 'DHT', b: 'Distribute' }] });
    try {
      const body = await (await fetch(other.url + '/project/dht')).text();
      expect(body).toContain('<h1>DHT</h1>');
      expect(body).toContain('also reported as <strong>Distribute</strong>');
    } finally {
      await other.close();
    }
  });

  it('refuses a database it cannot open, and a port in use', async () => {
    await expect(startServer({ dbPath: '/nonexistent/dir/x.db', host: '127.0.0.1', port: 0 })).rejects.toThrow();
    await expect(startServer({ dbPath: view.db, host: '127.0.0.1', port: view.web.port })).rejects.toThrow(/already in use/);
  });
});

describe('hostile mail renders as text', () => {
  let h: HostileDb;
  let web: WebServer;
  beforeAll(async () => {
    h = await syncHostileArchive();
    web = await startServer({ dbPath: h.db, host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await web?.close();
    await h?.close();
  });

  const pages = ['/', '/project/EVIL', '/project/EVIL/timeline.svg', '/project/EVIL?diff=2014-10..2014-11', '/month/2014-10', '/month/2014-11',
    '/search?q=item', '/message?id=evil-1@example.org', '/message?id=evil-2@example.org'];
  it.each(pages)('%s: no markup or control character from mail gets through', async (path) => {
    const res = await fetch(web.url + path);
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).not.toMatch(/<script|<img|<[^>]*\sonerror=/i);
    // eslint-disable-next-line no-control-regex
    expect(body).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(body).not.toMatch(/href="(?!https?:|\/|#)/);
  });

  it('shows the hostile subject and items as text', async () => {
    const msg = await (await fetch(web.url + '/message?id=evil-1@example.org')).text();
    expect(msg).toContain('<h1>[Evil-devel] mallory status ␛]0;pwned␇(October 2014)␛[2J</h1>');
    expect(msg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; html item');
    const project = await (await fetch(web.url + '/project/EVIL')).text();
    expect(project).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(project).toContain('bidi <U+202E>gnp.exe item'.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });
});
