import { describe, expect, it } from 'vitest';
import { parseStatusPost, type StatusItem } from '../../src/status/index.js';

const parse = (body: string) => parseStatusPost({ subject: 'weekly status (week 2)', body });
const tree = (items: StatusItem[]): unknown[] => items.map((i) => (i.children.length ? [i.text, tree(i.children)] : i.text));

describe('items', () => {
  it('reads *, -, +, o, • and numbered bullets', () => {
    const r = parse('* star\n- dash\n+ plus\no letter o\n• dot\n1. one\n2) two\n');
    expect(tree(r.sections[0].items)).toEqual(['star', 'dash', 'plus', 'letter o', 'dot', 'one', 'two']);
  });

  it('nests by indentation and treats sloppy 0-2 space bullets as siblings', () => {
    const r = parse(' * a\n    - a1\n   - a2\n* b\n * c\n  * d\n    * d1\n');
    expect(tree(r.sections[0].items)).toEqual([['a', ['a1', 'a2']], 'b', 'c', ['d', ['d1']]]);
  });

  it("nests git What's cooking commit lines under their topic and keeps the description", () => {
    const body = "[Cooking]\n\n* kn/symref (2024-06-07) 2 commits\n  (merged to 'next' on 2024-06-19 at 44a1ac2f0c)\n + update-ref: symref-update\n - reftable: pick oid\n . t: test\n\n \"git update-ref\" learned symrefs.\n\n Will merge to 'master'.\n source: <x at y>\n";
    const items = parse(body).sections[0].items;
    expect(items).toHaveLength(1);
    expect(items[0].text).toBe("kn/symref (2024-06-07) 2 commits (merged to 'next' on 2024-06-19 at 44a1ac2f0c) \"git update-ref\" learned symrefs. Will merge to 'master'. source: <x at y>");
    expect(items[0].children.map((c) => c.text)).toEqual(['update-ref: symref-update', 'reftable: pick oid', 't: test']);
    expect([items[0].startLine, items[0].endLine]).toEqual([3, 12]);
  });

  it("reads git shortlog's commit lines as items, and its author lines as neither items nor headings (What's in git.git (stable), 2007)", () => {
    // What's in git.git (stable), 2007-04-09 (real-corpus git/2007-04-whats-in-git-stable-apr-09), shortened
    const body = ["* The 'maint' branch has these fixes since the last announcement.", '', ' Arjen Laarhoven (4):', '  usermanual.txt: some capitalization nits',
      '  t3200-branch.sh: small language nit', '', ' Brian Gernhardt (2):', '  Document --left-right option to rev-list.',
      '  Distinguish branches by more than case in tests.', '', ' Dana How (1):', '  Fix lseek(2) calls with args 2 and 3 swapped', ''].join('\n');
    const r = parseStatusPost({ subject: "What's in git.git (stable)", body });
    expect(r.sections.map((s) => s.title)).toEqual(["The 'maint' branch has these fixes since the last announcement."]);
    expect(tree(r.sections[0].items)).toEqual(['usermanual.txt: some capitalization nits', 't3200-branch.sh: small language nit',
      'Document --left-right option to rev-list.', 'Distinguish branches by more than case in tests.', 'Fix lseek(2) calls with args 2 and 3 swapped']);
  });

  it('joins indented and column-0 continuation lines with single spaces', () => {
    const r = parse(' * PRO: greater parallelism.  I think\n   the benefits are small.\n- The volume set/get commands now work for\nall the options.\n\nText after.\n');
    expect(tree(r.sections[0].items)).toEqual(['PRO: greater parallelism. I think the benefits are small.', 'The volume set/get commands now work for all the options.']);
    expect(r.sections[0].text).toBe('Text after.');
  });

  it('never reads *word* emphasis as a bullet', () => {
    const r = parse('*really* important prose here.\n\n* real item with *emphasis*\n');
    expect(tree(r.sections[0].items)).toEqual(['real item with *emphasis*']);
    expect(r.sections[0].text).toBe('*really* important prose here.');
  });

  it('puts paragraphs between items into section text', () => {
    const r = parseStatusPost({ subject: 's status', body: '= NSR =\n\nFirst some infra:\n\n * a\n\nThen NSR itself.\n\n * b\n' });
    expect(r.sections[0].text).toBe('First some infra:\n\nThen NSR itself.');
    expect(tree(r.sections[0].items)).toEqual(['a', 'b']);
  });

  it('labels items with sub-labels instead of making sections', () => {
    const r = parseStatusPost({ subject: '[nova] Weekly update', body: '== Placement ==\nDone this week:\n* a\n* b\nWhat\'s next:\n* c\nBlockers:\n* d\n' });
    expect(r.sections.map((s) => s.title)).toEqual(['Placement']);
    expect(r.sections[0].items.map((i) => [i.text, i.label])).toEqual([
      ['a', 'Done this week'], ['b', 'Done this week'], ['c', "What's next"], ['d', 'Blockers'],
    ]);
  });

  it('reads TAB-indented NNNN: bug lines as items', () => {
    const r = parse('Open regressions:\n\n\t116022: suspend hangs on XPS 13,\n\t\tbisected to EC change\n\t116041: backlight broken\n');
    expect(r.sections[0].title).toBe('Open regressions');
    expect(tree(r.sections[0].items)).toEqual(['116022: suspend hangs on XPS 13, bisected to EC change', '116041: backlight broken']);
  });

  it('attaches a URL line one or two lines below its item', () => {
    const r = parse('* The tracker for the refresh:\n\n  https://salsa.debian.org/x/y/-/issues/17\n* next one\n\nhttps://review.opendev.org/123\n');
    expect(r.sections[0].items.map((i) => i.urls)).toEqual([['https://salsa.debian.org/x/y/-/issues/17'], ['https://review.opendev.org/123']]);
  });

  it('resolves footnotes into the items that cite them and drops the footnote list', () => {
    const body = 'Transitions\n===========\n\n * perl 5.28 is done [2].\n * ICU 63 waits for python [3] [FREEZEANN].\n\n[FREEZEANN] https://lists.debian.org/x.html\n[2] https://bugs.debian.org/904300\n[3] https://bugs.debian.org/907721\n';
    const r = parseStatusPost({ subject: 'Bits from the release team', body });
    const items = r.sections[0].items;
    expect(items.map((i) => i.urls)).toEqual([
      ['https://bugs.debian.org/904300'],
      ['https://bugs.debian.org/907721', 'https://lists.debian.org/x.html'],
    ]);
    expect(items).toHaveLength(2);
    expect(r.bugs.map((b) => b.key)).toEqual(['bugs.debian.org/904300', 'bugs.debian.org/907721']);
  });

  it('records refs with status words per item and dedupes reviews across the post', () => {
    const body = '* design (merged) http://review.gluster.org/#/c/8915/\n* code https://review.gluster.org/c/glusterfs/+/8913 under review\n* same as http://review.gluster.org/8913\n';
    const r = parse(body);
    expect(r.sections[0].items.map((i) => i.refs.map((x) => [x.key, x.status]))).toEqual([
      [['review.gluster.org/8915', 'merged']],
      [['review.gluster.org/8913', 'under review']],
      [['review.gluster.org/8913', null]],
    ]);
    expect(r.reviews.map((x) => [x.key, x.status])).toEqual([['review.gluster.org/8915', 'merged'], ['review.gluster.org/8913', 'under review']]);
  });

  it('ignores > quoted lines even when the mail stage did not', () => {
    const r = parse('> * quoted item\n> more\n\n* mine\n');
    expect(tree(r.sections[0].items)).toEqual(['mine']);
  });

  it('keeps an empty section ("Nothing to see")', () => {
    const r = parseStatusPost({ subject: 'status (June 2015)', body: '== Linux ==\n\nNothing to see, as we are in -rc freeze.\n\n== Tools ==\n\n* x\n' });
    expect(r.sections.map((s) => [s.title, s.items.length, s.text])).toEqual([
      ['Linux', 0, 'Nothing to see, as we are in -rc freeze.'], ['Tools', 1, ''],
    ]);
  });
});

describe('parser 71: footnotes cited together', () => {
  it('resolves `[1,2]` to both footnotes (OpenBMC sdbusplus update, 2023)', () => {
    // fixtures/real-corpus/openbmc/2023-05-sdbusplus-updates-client-bindings-and-namespace, shortened
    const body = ['I\'ve previously mentioned the implementation of the underlying support in', 'sdbusplus for co-routines[1,2] using the proposed implementation[3].', '',
      'Some interesting code:', '    - An example client application[4].', '', '[1]: https://lore.kernel.org/openbmc/YaPzMYi%2FUHwvEiGf@heinlein/',
      '[2]: https://lore.kernel.org/openbmc/Y9fgEdigX0aTiM0d@heinlein.taila677.ts.net/', '[3]: https://github.com/NVIDIA/stdexec', '[4]: https://github.com/openbmc/sdbusplus/blob/master/example/calculator-client.cpp', ''].join('\n');
    const r = parseStatusPost({ subject: 'sdbusplus updates (client-bindings and namespace)', body });
    expect(r.reviews.map((x) => x.key)).toEqual(['YaPzMYi/UHwvEiGf@heinlein', 'Y9fgEdigX0aTiM0d@heinlein.taila677.ts.net']);
  });
});

describe('parser 88: a ticket and its title, one to a line', () => {
  it("reads `#1789 - title` lines as items holding their tickets (Twisted's funded development, 2008)", () => {
    // twisted-python, 2008-06, "TSF Sponsored Development" (Jean-Paul Calderone; shortened)
    const body = ['On Friday I finished the first two weeks of funded Twisted development.', '',
      'Here are the tickets closed as a direct result of this work:', '',
      '#1789 - twisted.conch.test.test_filetransfer.TestOurServerOurClient.testOpenFileAttributes (and perhaps others) leaks file descriptors',
      '#3213 - twisted.conch.ssh.filetransfer.FileTransferServer leaks file descriptors', '#3203 - PortableGtkReactor is broken',
      '#914 - xmlrpc.QueryFactory failed to catch some exceptions', '', 'Jean-Paul'].join('\n');
    const r = parseStatusPost({ subject: 'TSF Sponsored Development', body });
    const items = r.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.text.slice(0, 12))).toEqual(['#1789 - twis', '#3213 - twis', '#3203 - Port', '#914 - xmlrp']);
    expect(items.flatMap((i) => i.refs.map((x) => x.id))).toEqual(['1789', '3213', '3203', '914']);
    // (a line that only starts with a number sign and a number is no item: `#1 fan here`)
    expect(parse('Status:\n\n#1 fan of the new release, and more to say about it.\n').sections.flatMap((s) => s.items)).toEqual([]);
  });
});

describe("parser 88: a bug's number and its title, one to a line", () => {
  it('reads `4464 - assertion failed` lines as items holding their bugs (Squid-4 status update, 2017)', () => {
    // squid-dev, 2017-03, "Squid-4 status update" (Amos Jeffries; shortened)
    const body = ['I am looking at the current state of Squid-4.', '', 'Below are the bugs which are currently preventing a "stable" release:', '', '',
      '4464 - assertion failed: http.cc:1537:', '', ' * stuck waiting for someone to identify how the assertion is encountered.', '', '',
      '4574 - on startup assertion failed: ../src/base/CbcPointer.h:159: "c"', '', '4659 - sslproxy_foreign_intermediate_certs does not work any more', ''].join('\n');
    const r = parseStatusPost({ subject: 'Squid-4 status update', body });
    const refs = (items: StatusItem[]): string[] => items.flatMap((i) => [...i.refs.map((x) => x.id ?? ''), ...refs(i.children)]);
    // (the first, a line ending in a colon over a bullet, heads a part of its own: its bug is the part's)
    expect(r.sections.flatMap((s) => [...s.refs.map((x) => x.id ?? ''), ...refs(s.items)])).toEqual(['4464', '4574', '4659']);
    // (a year and what it brought is no bug)
    expect(parse('History:\n\n2017 - the first release\n2018 - the second\n').sections.flatMap((s) => refs(s.items))).toEqual([]);
  });
});
