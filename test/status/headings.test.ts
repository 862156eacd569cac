import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatusPost } from '../../src/status/index.js';
import { isGenericHeading } from '../../src/status/genericHeading.js';

const sections = (body: string) =>
  parseStatusPost({ subject: 'weekly status (week 1)', body }).sections.map((s) => [s.title, s.style, s.level]);

describe('headings', () => {
  it('reads = X = / == X == / === X === with levels', () => {
    const body = '= Timeline =\n\n* a\n\n== Hypervisor ==\n\n* b\n\n=== Old ===\n\n* c\n';
    expect(sections(body)).toEqual([['Timeline', 'equals', 1], ['Hypervisor', 'equals', 2], ['Old', 'equals', 3]]);
  });

  it('reads markdown headings and drops a trailing colon', () => {
    expect(sections('# tox\n\n## Merged:\n\n* a\n\n### Help wanted\n\n* b\n')).toEqual([
      ['tox', 'markdown', 1], ['Merged', 'markdown', 2], ['Help wanted', 'markdown', 3],
    ]);
  });

  it('reads setext underlines but not a dashed rule after a paragraph', () => {
    const body = 'Outages\n=======\n\n* koji down\n\nWork done\n---------\n\n* bodhi\n\nsome text\nmore text\n-----------\n';
    expect(sections(body)).toEqual([['Outages', 'setext', 1], ['Work done', 'setext', 2]]);
  });

  it("reads [X] after a rule, with quotes inside", () => {
    const body = "-----\n[Graduated to 'master']\n\n* a/b (2024-01-01) 1 commit\n\n-----\n[New Topics]\n\n* c/d (2024-01-02) 2 commits\n";
    expect(sections(body)).toEqual([["Graduated to 'master'", 'bracket', 1], ['New Topics', 'bracket', 1]]);
  });

  it('does not take a log\'s timestamp alone on a line for a [X] heading', () => {
    // a kernel log pasted into a bug report wraps after its timestamp (nouveau, 2022: `lockdep circular locking dependency report`)
    const body = '[   29.130160]\n======================================================\n[   29.130217]\nWARNING: possible circular locking dependency detected\n\n[12:04:31]\n * a\n';
    expect(sections(body).map(([t]) => t)).not.toContain('29.130160');
    expect(sections(body).map(([t]) => t)).not.toContain('12:04:31');
  });

  it('reads *Bold* alone on a line, but never *word* inside prose', () => {
    const body = 'This is *really* late, sorry.\n\n*Events*\n\n * GUADEC\n\n*Finance*\n\n * budget *approved*\n';
    expect(sections(body)).toEqual([['Events', 'bold', 1], ['Finance', 'bold', 1]]);
  });

  it('reads numbered headings followed by content, not numbered items', () => {
    expect(sections('1. Multisite\n\n * a\n\n2) Zipper\n\n * b\n')).toEqual([['Multisite', 'numbered', 1], ['Zipper', 'numbered', 1]]);
    const items = parseStatusPost({ subject: 'status report', body: '1. one thing\n2. another thing\n3. third\n' });
    expect(items.sections.map((s) => s.title)).toEqual(['']);
    expect(items.sections[0].items.map((i) => i.text)).toEqual(['one thing', 'another thing', 'third']);
  });

  it('reads numbered topics of minutes right above their paragraph, in Roman numerals too, but not an item over its link', () => {
    // LSE Con Call Minutes, March 7th 2003 (real-corpus linux-kernel/2003-03-lse-call-minutes-march-7)
    const minutes = 'I. Martin Bligh - hlist has patch from andi kleen\nAndi Kleen change the hlist hash to be a singly linked list\nfrom a doubly linked list.\n\n' +
      'II. Hanna Linder - hiding projects on lse\nGoing to hide the scheduler and the apic routing projects\nin the lse.sf.net site.\n';
    expect(sections(minutes)).toEqual([['Martin Bligh - hlist has patch from andi kleen', 'numbered', 1], ['Hanna Linder - hiding projects on lse', 'numbered', 1]]);
    // OpenBMC's agenda: each numbered item is followed by its review link, not a paragraph
    const agenda = '1. Gerrit review FYI: log failed authentication attempts\nhttps://gerrit.openbmc-project.xyz/c/openbmc/bmcweb/+/39872\n\n' +
      '2. Gerrit review FTI: tie-in between Redfish sessions and IPMI sessions\nhttps://gerrit.openbmc-project.xyz/c/openbmc/bmcweb/+/37785\n';
    expect(sections(agenda).filter((s) => s[1] === 'numbered')).toEqual([]);
  });

  it('reads short ALL-CAPS lines and Label: lines followed by items', () => {
    expect(sections('MERGED FOR 6.2\n\n * a\n\nDROPPED\n\n * b\n')).toEqual([['MERGED FOR 6.2', 'caps', 1], ['DROPPED', 'caps', 1]]);
    expect(sections('Current Progress:\n  * a\n\nRelease: 3.7.1:\n  * b\n')).toEqual([['Current Progress', 'colon', 1], ['Release: 3.7.1', 'colon', 1]]);
  });

  it('keeps a colon intro inside a = X = section as text, not a section', () => {
    const r = parseStatusPost({ subject: 'x status (May 2015)', body: '= GlusterFS 4.0 =\n\nSome of the highlights:\n\n * DHT\n * NSR\n' });
    expect(r.sections.map((s) => s.title)).toEqual(['GlusterFS 4.0']);
    expect(r.sections[0].text).toBe('Some of the highlights:');
    expect(r.sections[0].items.map((i) => i.text)).toEqual(['DHT', 'NSR']);
  });

  it('finds plain headings named by a contents list and flags the list', () => {
    const body = 'This week:\n\n * Release Tasks\n * Other news\n\nRelease Tasks\n\n * tag rc1\n\nOther news\n\nNothing.\n';
    const r = parseStatusPost({ subject: 'Release countdown for week R-5', body });
    expect(r.sections.map((s) => [s.title, s.style, s.isContents])).toEqual([
      ['', 'none', true], ['Release Tasks', 'plain', false], ['Other news', 'plain', false],
    ]);
  });

  it('finds plain headings named by a contents list after a banner and the attendees, its footnote marks left out (W3C TAG minutes as text, 2012)', () => {
    const body = ['           - DRAFT -', '', '                        TAG Weekly Teleconference', '', '08 Mar 2012', '',
      'Attendees', '', '    Present', '           Noah_Mendelsohn, Ashok_Malhotra', '',
      'Contents', '', '      * [3]Topics', '          1. [4]Convene', '          2. [5]f2f Planning', '      * [6]Summary of Action Items',
      '      _________________________________________________________', '', '    <scribe>  Scribe: Ashok Malhotra', '',
      'Convene', '', '    Noah: There will be a call next week.', '', 'f2f Planning', '', '    Noah: we meet in Sophia.', ''].join('\n');
    const titles = parseStatusPost({ subject: 'Minutes from March 08 TAG Telcon', body }).sections.map((s) => s.title);
    expect(titles).toContain('Convene');
    expect(titles).toContain('f2f Planning');
  });

  it('reads a bare word after a --- rule', () => {
    expect(sections('intro\n\n----------\nUpstreamed\n\n* a\n\n----------\nDropped\n\n* b\n')).toEqual([
      ['Upstreamed', 'plain', 1], ['Dropped', 'plain', 1],
    ]);
  });

  it('flags = Contents = and keeps heading text as written', () => {
    const r = parseStatusPost({ subject: 'status', body: '= Contents =\n\n * NSR\n\n= NSR =\n\n * x\n\n== Übersetzungen (l10n) ==\n\n * y\n' });
    expect(r.sections.map((s) => [s.title, s.isContents, s.key])).toEqual([
      ['Contents', true, 'contents'], ['NSR', false, 'nsr'], ['Übersetzungen (l10n)', false, 'ubersetzungen(l10n)'],
    ]);
  });

  it('gives 1-based line numbers of the given body', () => {
    const r = parseStatusPost({ subject: 'status', body: 'Hi,\n\n= A =\n\n * one\n   two\n\n= B =\n\ntext\n' });
    expect(r.sections.map((s) => [s.startLine, s.endLine])).toEqual([[3, 6], [8, 10]]);
    expect([r.sections[0].items[0].startLine, r.sections[0].items[0].endLine]).toEqual([5, 6]);
  });
});

describe('minutes\' topics (XMPP Standards Foundation Board minutes, 2015-2018)', () => {
  const titles = (body: string) => parseStatusPost({ subject: 'Board Meeting Minutes', body }).sections.map((s) => s.title).filter(Boolean);

  it('reads a numbered topic followed by its place in the log, not the agenda listed under it', () => {
    const body = ['Present: Laura Gill (Chair), Will Sheward, Ralph Meijer', '',
      '0. Agenda Bashing - http://logs.xmpp.org/xsf/2015-02-16/#16:00:15 <http://logs.xmpp.org/xsf/2015-02-16/#16:00:15>', '',
      '    1. Actions from last week', '    2. Website update', '    3. AOB', '',
      '1. Actions from last week - http://logs.xmpp.org/xsf/2015-02-16/#16:01:27 <http://logs.xmpp.org/xsf/2015-02-16/#16:01:27>', '',
      'a) Board goals. Laura noted that survey (including one done for the Council) had been sent out and had 14 responses.', ''].join('\n');
    expect(titles(body)).toEqual(['Agenda Bashing', 'Actions from last week']);
  });

  it('reads sub-numbered and lettered topics over what was said', () => {
    const body = ['Ralph sent apologies.', '', '2. Commitments', '', '2.1) Survey', 'Matthew still to send to members list and will follow up', 'once the form is ready.', '',
      '2.2.) Online shop', 'Research still in progress, nobody has looked at the', 'options in detail yet.', '', '3) Items for discussion', '',
      'a) Treasurer Role (Simon)', 'The sole applicant so far has been Jonathan Siegle, who had questions about', 'liability. Simon will follow-up with Peter.', ''].join('\n');
    expect(titles(body)).toEqual(['Commitments', 'Survey', 'Online shop', 'Items for discussion', 'Treasurer Role (Simon)']);
  });

  it('reads numbered topics with what was said indented right below, no blank lines (GTK team minutes, 2018)', () => {
    const body = ['Minutes of the GTK team meeting of December 10th, 2018', 'Agenda', ' - Welcome EmmanueleBassi', ' - Listfest at FOSDEM', '1) Meeting time and cadence', '  Aiming for monthly meetings, first Monday of the month, 15:00 utc',
      '  Next date: January 7, 2019', '2) Listfest', '  Benjamin is trying to get this organized with various listbox consumers', '  https://wiki.gnome.org/Hackfests/ListFest2018',
      '3) GTK4 tasks', '  Not a lot of progress recently', '  Matthias has been off doing other things', ''].join('\n');
    expect(titles(body)).toEqual(expect.arrayContaining(['Meeting time and cadence', 'Listfest', 'GTK4 tasks']));
    // a numbered item wrapped onto indented lines is one item, not a topic
    const wrapped = ['Plans:', '', '1. Finish the design of the new frobnicator, which is a big job and will', '   take most of the month for the two of us', '   working on it',
      '2. Land SSL support in the client, after the review of the last two patches', '   that Jeff sent', '   last week', ''].join('\n');
    expect(titles(wrapped)).not.toContain('Finish the design of the new frobnicator, which is a big job and will');
  });

  it('reads `* Topic` lines over paragraphs, and leaves a list of one-line points alone', () => {
    const body = ['In attendence were Ralph, Matthew and Guus.', '', '* Board priorities', '',
      'Concerns were raised that board is not making progress on this subject. The', 'dedicated meeting that was planned for does not take off.', '',
      '* Additions to Work Teams', '', 'Two new members for the Communications Work Team have been considered. A', 'motion to add Winfried carries.', ''].join('\n');
    expect(titles(body)).toEqual(['Board priorities', 'Additions to Work Teams']);
    expect(titles('Notes:\n\n* one point here\n* another point\n\nAnd a closing paragraph that is long enough\nto be prose.\n')).not.toContain('another point');
  });
});

describe('topics between long rules (Linux Media Summit 2026 minutes)', () => {
  it('reads each talk\'s title line after a rule as a heading', () => {
    const rule = '-'.repeat(79);
    const body = ['Media Summit May 26 2026, Nice, France', '--------------------------------------', '', 'These are the minutes of the 2026 Media Summit.', '', rule, '',
      'Laurent Pinchart: Status of ISP support in V4L2', '', 'Overview of ISP development in V4L2 over the last 12 months:', '', '- There are many SoC vendors.', '', rule, '',
      'Nicolas Dufresne: Vulkan Video Codecs', '', '- Vulkan video decode is merged in GStreamer, encode is under review.', ''].join('\n');
    const titles = parseStatusPost({ subject: '[ANN] Media Summit 2026 meeting minutes', body }).sections.map((x) => x.title);
    expect(titles).toEqual(['Media Summit May 26 2026, Nice, France', 'Laurent Pinchart: Status of ISP support in V4L2', 'Nicolas Dufresne: Vulkan Video Codecs']);
  });

  it('reads `Topic: X` right over its presenter (Media Summit 2024 report)', () => {
    const rule = '-'.repeat(75);
    const body = ['Report of the Linux Media Summit Vienna, 16 September 2024', '', rule, '', 'Topic: Multi-committer model using gitlab', 'Presenter: Ricardo Ribalda', '',
      '- The CI is ready to be used by committers.', '', rule, '', 'Topic: Multi-context support in V4L2', 'Presenter: Anthony McGivern', '', '- Needs a new ioctl.', ''].join('\n');
    const titles = parseStatusPost({ subject: '[ANN] Media Summit 2024 Report', body }).sections.map((x) => x.title);
    expect(titles).toContain('Topic: Multi-committer model using gitlab');
    expect(titles).toContain('Topic: Multi-context support in V4L2');
  });
});

describe('bold label words', () => {
  it('are headings among bold headings and labels under = X = headings', () => {
    const a = parseStatusPost({ subject: 'Status update (2018-06-08)', body: '*Highlights*\n\n• one\n• two\n\n*In progress*\n\n• three\n' });
    expect(a.sections.map((s) => [s.title, s.items.length])).toEqual([['Highlights', 2], ['In progress', 1]]);
    const b = parseStatusPost({ subject: 'status report (May 2024)', body: '= Work =\n\n*Done*\n * one\n * two\n\n*Next*\n * three\n' });
    expect(b.sections.map((s) => s.title)).toEqual(['Work']);
    expect(b.sections[0].items.map((i) => [i.text, i.label])).toEqual([['one', 'Done'], ['two', 'Done'], ['three', 'Next']]);
  });
  it('reads names at the margin over a list in another marker as headings, when two or more wear the same one', () => {
    // Tor's Vegas team meeting notes (fixtures/real-corpus, 2019-10): each person's points under `+ Name:`
    const body = 'Vegas Team Meeting Notes\n\n+ Georg:\n- Coordinating work for Tor Browser 9 release\n\n+ Gus\n- Drupal freelancer wants more access\n- busy with Outreachy\n';
    expect(sections(body).map(([t]) => t)).toEqual(['Vegas Team Meeting Notes', 'Georg', 'Gus']);
    // a list that only changes its marker is one list
    expect(sections('* star\n- dash\n+ plus\n')).toEqual([['', 'none', 0]]);
  });

  it('reads a numbered topic whose status is noted in brackets below it as the heading, not the note', () => {
    // R's `Development Plans` (Ross Ihaka, r-devel, 1997-12): `[Status: ...]` closes each topic
    const body = '1. Fortran Integration\n\nWork on a real integration of Fortran into R. This would mean\nadapting the configuration procedures.\n[Status: I have done some basic experiments]\n\n\n2. Memory Management\n\nThe memory manager needs some work to handle\nlarge objects and the garbage collector.\n[Status: I have played with some of this]\n';
    expect(sections(body).map(([t, style]) => [t, style])).toEqual([['Fortran Integration', 'numbered'], ['Memory Management', 'numbered']]);
    // a remark in brackets, a sentence with a comma, is no heading either (Zephyr's TSC minutes)
    expect(sections('[In blue meeting notes, in purple post meeting addendums]\n\n* Quorum reached\n* Amber Hibberd\n').map(([t]) => t)).toEqual(['']);
    expect(sections('[Kernel]\n\n* merged the fix\n\n[Toolchain, QA]\n\n* tests\n').map(([t]) => t)).toEqual(['Kernel', 'Toolchain, QA']);
  });

  it('reads a key and its number under a rule as a count, not a heading (parser 103)', () => {
    // fixtures/real-corpus/icgc/2017-01-summary-of-validation-sanger-dkfz (the PCAWG Dockstore testers, 2017): each
    // comparison underlined by `---` over `Common: 51087` / `Extra: 0` / `Missing: 0`; 22 such counts were titles
    const raw = readFileSync(new URL('../../fixtures/real-corpus/icgc/2017-01-summary-of-validation-sanger-dkfz.eml', import.meta.url), 'latin1');
    const titles = sections(raw.split(/\r?\n\r?\n/).slice(1).join('\n\n')).map(([t]) => String(t));
    expect(titles.filter((t) => /^(?:Common|Extra|Missing):/.test(t))).toEqual([]);
    expect(titles).toContain('RESULTS');
    // (the post's own headings stay: `Sanger`, `DKFZ`, `RESULTS`, each underlined)
    expect(titles).toEqual(expect.arrayContaining(['Sanger', 'DKFZ']));
  });

  it('reads `##Attendees:` and `###Notable additions`, markers hugging a title none close, as headings (parser 104)', () => {
    // fixtures/real-corpus/coreboot/2021-10-leadership-meeting-20-october-2021 (the page's `##Attendees:` over the names),
    // servo/2015-05-this-week-in-servo-33
    const minutes = sections('# 20 October 2021 - coreboot Leadership\n##Attendees:\nFelix Singer, David Hendricks, Arthur, Werner\n## Agenda:\n* [martin] Clean up the coreboot root folder?\n').map(([t]) => t);
    expect(minutes).toContain('Attendees');
    const servo = sections('This week we merged 64 PRs.\n\n###Notable additions\n\n- Josh made the build faster\n- Patrick fixed floats\n\n###New contributors\n\n- Jane Doe\n').map(([t]) => t);
    expect(servo).toEqual(expect.arrayContaining(['Notable additions', 'New contributors']));
    // (a channel's name, `##linux`, and a hashtag stay text: lower case)
    expect(sections('Come to ##linux on freenode\n##linux\n\n* one\n* two\n').map(([t]) => t)).not.toContain('linux');
  });

  it('reads a `[Key: value]` line as a remark on the line above, not a heading (parser 102)', () => {
    // fixtures/real-corpus/project-gutenberg/2012-03-pg-newsletter-march-2012: each new ebook's `[Subtitle: ...]` and
    // `[Illustrator: ...]` below its title, 213 titles given to one newsletter
    const post = readFileSync(new URL('../../fixtures/real-corpus/project-gutenberg/2012-03-pg-newsletter-march-2012.eml', import.meta.url), 'latin1');
    const titles = sections(post.split(/\r?\n\r?\n/).slice(1).join('\n\n')).map(([t]) => t);
    expect(titles.filter((t) => /^(?:Subtitle|Illustrator|Editor|Translator|Contributor):/.test(String(t)))).toEqual([]);
    const short = sections('The Motor Girls, by Margaret Penrose   39063\n [Subtitle: or, The Gypsy Girl\'s Secret]\n\nSamba, by Herbert Strang   39061\n [Illustrator: William Rainey]\n').map(([t]) => t);
    expect(short).not.toContain("Subtitle: or, The Gypsy Girl's Secret");
    expect(short).not.toContain('Illustrator: William Rainey');
    // (a bracketed name is still a heading: `[Kernel]`, above)
  });

  it("reads git's `* The 'maint' branch has these fixes ...` over its shortlog as a heading, wrapped or not (What's in git.git, 2007-2008)", () => {
    const body = "Post 1.5.5 maintenance track is getting stable.\n\n* The 'maint' branch has these fixes since v1.5.5.1\n\nAndy Parkins (1):\n  post-receive-email: fix accidental removal\n\n\n* The 'master' branch has these since the last announcement\n  in addition to the above.\n\n Clifford Caoile (1):\n  git.el: Set process-environment\n";
    const titles = sections(body).map(([t]) => t);
    expect(titles).toContain("The 'maint' branch has these fixes since v1.5.5.1");
    expect(titles).toContain("The 'master' branch has these since the last announcement in addition to the above.");
  });

  it('reads short names right over bullets as headings in minutes written without blank lines (Thunderbird council, 2021)', () => {
    const body = 'Thunderbird Project Council Meeting\nMinuter: Magnus\nRegrets: Philipp\nFinancial\n- Ryan had shared a financial report with the council. Working\non addressing feedback before wider publishing.\nHiring/personnel\n- New developer (Henry) joined the team\n- Discussed other hiring related matters\n';
    expect(sections(body).map(([t]) => t)).toEqual(expect.arrayContaining(['Financial', 'Hiring/personnel']));
    // inside a paragraph, a short line over a bullet is the paragraph's, not a heading
    const prose = 'We looked at the state of the\nrelease work\n- a\n- b\n\nAnd then\nmore words\n';
    expect(sections(prose).map(([t]) => t)).not.toContain('release work');
  });

  it('reads numbered topics over a paragraph indented under them as headings (GTK+ team minutes, 2007)', () => {
    const body = 'new minutes for the meeting held on june, 5th 2007.\n\n1) gtk+ meeting at GUADEC\n\n   Behdad asked for the day and time when the usual GTK+ team\n   meeting at GUADEC will be held.\n\n2) gtk+ schedule followup\n\n   two outstanding items left for 2.12: GtkBuilder and the\n   offscreen rendering patch.\n';
    expect(sections(body).map(([t, style]) => [t, style])).toEqual([['gtk+ meeting at GUADEC', 'numbered'], ['gtk+ schedule followup', 'numbered']]);
    // a numbered list whose items wrap onto indented lines, with no blank between, stays a list
    expect(sections('1) first thing we did\n   and more of it\n2) second thing\n   and more\n').map(([t]) => t)).toEqual(['']);
  });

  it('reads centred numbered titles over paragraphs at the margin (Reiser5 update, 2020)', () => {
    // reiserfs-devel, ccc9ded7-ab36-ca36-99a7-21138e1c7ceb@gmail.com (shortened)
    const body = 'I am happy to inform, that Logical Volumes stuff has become more\nstable. Also we introduce the following changes, which make logical\nvolumes administration more flexible and simple:\n\n\n                  1. No balancing by default\n\n\nNow all volume operations except brick removal don\'t invoke balancing\nby default. Instead, they mark volume as "unbalanced".\n\n\n                    2. Removal completion\n\n\nOperation of brick removal always includes balancing procedure as its\npart. This procedure moves out all data blocks.\n';
    expect(sections(body).map(([t, style]) => [t, style])).toEqual([['No balancing by default', 'numbered'], ['Removal completion', 'numbered']]);
    // an indented numbered list between paragraphs stays a list
    expect(sections('We did:\n\n      1. the first thing\n      2. the second thing\n\nThat is all for now, more next week.\n').map(([t]) => t)).not.toContain('the first thing');
  });

  it('reads `1.- Title.` numbering, the Spanish way (genaro minutes, 2005)', () => {
    // genaro-somos-todos, BAY1-F377A499C3F1E638E3A3083D5220@phx.gbl (shortened)
    const body = '2.- Trabajos realizados.\nRoberto: terminado la distincion de casos en Prolog del predicado mainargs\nexcepto para el caso de muta_multiple.\n\n3.- Nuevos trabajos.\n\n- Seguir con la parte del interfaz\n- Realizar el editor de pianola\n';
    expect(sections(body).map(([t]) => t)).toEqual(['Trabajos realizados', 'Nuevos trabajos']);
  });
});

describe('lettered topics (round 39: RIPE working groups\' minutes, OASIS DITA notes)', () => {
  it('reads `A. Admin` / `B. ISP Border Definition - ...` over what was said as topics', () => {
    // routing-wg@ripe.net, RIPE 73 minutes (2016, shortened)
    const body = 'Routing Working Group - RIPE 73\nScribe: Anand Buddhhev\n\nA. Admin\n\nJoao Damas opened the session. He said that the minutes of the working group\nsession from RIPE 72 were published quite late and apologised for this.\n\nB. ISP Border Definition - Alexander Azimov\n\nJoao Damas asked if the draft mentioned in Alexander\'s presentation would be\nsubmitted to the IETF. Alexander said that the first draft had already been\nsubmitted.\n';
    expect(sections(body).map(([t, style]) => [t, style])).toEqual([['Admin', 'numbered'], ['ISP Border Definition - Alexander Azimov', 'numbered']]);
    // (an initial and a name over a paragraph stay text: `A. Smith` is no topic of a list of one)
    expect(sections('Thanks to\n\nJ. Random Hacker\n\nfor the fix, which landed yesterday in the tree.\n').map(([t]) => t)).not.toContain('Random Hacker');
  });

  it('keeps a bare title line when another of the post\'s is taken as numbered (DITA Tech Comm SC notes, 2013)', () => {
    const d = parseStatusPost({ subject: 'Meeting Notes: 01-06-2-13', body: readFileSync(new URL('../../fixtures/real-corpus/oasis/2014-01-dita-tech-comm-sc-meeting-notes-2014-01-06.eml', import.meta.url), 'utf8').split(/\r?\n\r?\n/).slice(1).join('\n\n') });
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['DITA 1.3 Specification Take-aways', 'B. Brainstorming for 2014 Activities']));
  });
});

describe('numbered topics of minutes (round 45, scored blind once, then tuned on)', () => {
  const body = (name: string) => readFileSync(new URL(`../../fixtures/real-corpus/${name}.eml`, import.meta.url), 'utf8').split(/\r?\n\r?\n/).slice(1).join('\n\n');
  it('takes a numbered line underlined to its length for a heading (ubuntu-dk, 2008)', () => {
    const d = parseStatusPost({ subject: '[ubuntu-dk] Referat fra dagens IRC møde (16)', body: body('ubuntu/2008-08-referat-fra-dagens-irc-mode-16') });
    const titles = d.sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['1. Hej og navnerunde', '2. Godkendelse af referat fra sidste møde', '5. Nye mødetidspunkter']));
    // (a numbered item over a rule of another length stays an item)
    expect(parseStatusPost({ subject: 'x', body: 'Intro.\n\n1. First thing\n==========================\n\nText.\n' }).sections.map((s) => s.title)).not.toContain('1. First thing');
  });

  it('takes `Ad 1.` over what was said on the agenda\'s first item for a heading that names no project (AaUUG, 2004)', () => {
    const d = parseStatusPost({ subject: '[Announce] Referat af bestyrelsesmøde d. 23/5-04', body: body('aauug/2004-05-referat-af-bestyrelsesmode-d-23-5-04') });
    const ad = d.sections.filter((s) => /^Ad \d/.test(s.title));
    expect(ad.map((s) => s.title)).toEqual(['Ad 1.', 'Ad 2.', 'Ad 3.', 'Ad 4.']);
    expect(ad.every((s) => isGenericHeading(s.title))).toBe(true);
  });
});

describe('a run of numbered topics, each over what was said on it', () => {
  const body = (name: string) => readFileSync(new URL(`../../fixtures/real-corpus/${name}.eml`, import.meta.url), 'utf8').split(/\r?\n\r?\n/).slice(1).join('\n\n');
  it('takes indented numbered topics over one-line paragraphs (CA/Browser Forum minutes, 2019)', () => {
    const d = parseStatusPost({ subject: '[cabfpub] Final Minutes for CA/Browser Forum Teleconference - October 3, 2019', body: body('cabforum/2019-10-final-minutes-teleconference-october-3-2019') });
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Roll Call', 'Read Antitrust Statement', 'Review Agenda']));
  });

  it('takes the topics, not the agenda that lists them one per line above (Genaro, 2005)', () => {
    const d = parseStatusPost({ subject: 'Acta reunion 29-03-05', body: body('genaro/2005-03-acta-reunion-reunion-29-03-05') });
    const topics = d.sections.filter((s) => /Asistentes|Evaluaci|Nuevos trabajos/.test(s.title));
    expect(topics.map((s) => s.title)).toEqual(['Asistentes', 'Evaluaci?n del trabajo', 'Nuevos trabajos']);
    // (each the topic line, below the agenda's three lines)
    expect(topics[0].startLine).toBeGreaterThan(5);
  });

  it('takes topics three blank lines above their text (ccNSO Council notes, 2021)', () => {
    const d = parseStatusPost({ subject: 'NOTES | ccNSO Council Meeting 175', body: body('icann/2021-07-ccnso-council-meeting-175-notes') });
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Welcome and roll call', 'Relevant Correspondence since June 2021', 'Minutes & Action Items']));
  });

  it('takes two numbered topics each over a block indented under it, a blank line within it (AaUUG\'s general assembly, 2004)', () => {
    const d = parseStatusPost({ subject: '[Announce] Referat af den ordinære generalforsamling for 2004', body: body('aauug/2004-05-referat-af-den-ordinaere-generalforsamling-for-2004') });
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Valg af dirigent og referent', 'Bestyrelsens beretning for det forløbne år']));
  });

  it('takes topics that run long with who leads them and for how long in brackets (TDF board, private minutes of 2023)', () => {
    // (since parser 98: fixtures/real-corpus/libreoffice/2023-03-previous-private-minutes-2023-03-20)
    const d = parseStatusPost({ subject: 'Previous private minutes 2023-03-20', body: body('libreoffice/2023-03-previous-private-minutes-2023-03-20') });
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Vote, Discuss: Discussion and budget for developer roles (Florian Effenberger, 5 mins)',
      'Status Report, Discuss: Next steps legal ToDo items (Paolo Vecchi, 20 mins)']));
  });

  it('takes topics numbered by their ticket beside the unnumbered ones (openSUSE board, 2022)', () => {
    // (since parser 98: fixtures/real-corpus/opensuse/2022-04-opensuse-board-meeting-2022-04-19)
    const d = parseStatusPost({ subject: 'Board meeting 2022-04-19', body: body('opensuse/2022-04-opensuse-board-meeting-2022-04-19') });
    expect(d.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['#44 Proposal about openSUSE.Asia summit 2022', 'Travel Support Program (TSP)',
      '#45 Plan for board meeting before oSC']));
  });

  it('leaves a numbered list whose items wrap onto the next line as items', () => {
    const wrapped = 'Done this week:\n\n1. Reworked the parser so that the\n   headings come out right.\n\nMore text here.\n\n2. Fixed the crash in the indexer when\n   a message has no body.\n\nMore text.\n\n3. Wrote the docs for the new flags of\n   the sync command.\n\nThe end.\n';
    expect(parseStatusPost({ subject: 'Weekly report', body: wrapped }).sections.map((s) => s.title).join('|')).not.toMatch(/Reworked|Fixed the crash|Wrote the docs/);
  });
});

describe('topics the minutes name as topics', () => {
  it('takes `Item N: ...` and `Topic: ...` lines over what was said for headings (GNSO Council action items, 2016; SVG WG minutes, 2010)', () => {
    // icann, Action Items - GNSO Council Meeting 1 September 2016 (fixtures/real-corpus/icann/2016-09-action-items-gnso-council-meeting-1-september-2016), shortened
    const items = [
      'Item 1: Administrative matters',
      '',
      '',
      '·        Staff to note in meeting minutes the votes taken on 9 August, including that they were by email ballots (IN PROCESS)',
      '',
      'Item 2: Opening Remarks / Review of Projects & Action List',
      '',
      '',
      '·        Staff to send out Doodle poll to find out if current and incoming Councilors will be present in Hyderabad',
      '',
      'Item 3: Consent Agenda',
      '',
      'APPROVED: updated dates for selection of GNSO Liaison to the GAC',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: 'Action Items - GNSO Council Meeting 1 September 2016', body: items }).sections.map((s) => s.title))
      .toEqual(['Item 1: Administrative matters', 'Item 2: Opening Remarks / Review of Projects & Action List', 'Item 3: Consent Agenda']);
    // w3c, SVG WG teleconference minutes 25 January 2010 (fixtures/real-corpus/w3c/2010-01-svg-wg-teleconference-minutes-25-january), shortened:
    // the first topic right under the `Present:` row
    const scribed = [
      'chair: ed',
      'Present: ChrisL, ed, patrick_dengler, shepazu',
      'topic: Joint WG Meeting',
      'DS: heard back from some of CSS WG... some support, but concern that not',
      'all CSS WG members could attend',
      '',
      'Topic: SVG 1.1 2nd ed',
      'DS summarizes the clip-path/pointer-event clarification',
      'Resolution: we will use the rationale in Doug\'s email for the errata',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: 'SVG WG teleconference minutes 25 January 2010', body: scribed }).sections.map((s) => s.title))
      .toEqual(expect.arrayContaining(['topic: Joint WG Meeting', 'Topic: SVG 1.1 2nd ed']));
    // reactos, April Meeting Minutes (fixtures/real-corpus/reactos/2011-04-reactos-april-meeting-minutes), shortened:
    // `Point N:` names a topic as `Item N:` does, and an outline's bullet may stand before it
    const points = [
      '○ Meeting called to order at 20:05 UTC by Aleksey Bragin',
      '',
      '○ Point 1 in the agenda: GSoC status update',
      '',
      '■ Amine mentioned that ReactOS has 6 slots this year, and that a great care was put in the accepted projects selection.',
      '',
      '○ Point 2: Current ReactOS work',
      '',
      '■ Amine: GSoC related tasks and coordination, CMake branch regression tracking and fixing.',
      '■ Olaf: He has just updated VBox testbot to VBox 4.0.6.',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: 'April Meeting Minutes', body: points }).sections.map((s) => s.title))
      .toEqual(['Point 1 in the agenda: GSoC status update', 'Point 2: Current ReactOS work']);
    // edubuntu, Edubuntu meeting minutes 2009-05-22 (fixtures/real-corpus/edubuntu/2009-05-edubuntu-meeting-minutes-2009-05-22), shortened
    const agenda = [
      'The meeting was well attended with lots of new people (awesome!),',
      'attendees included:',
      'bencrisford, nestor, Timequeezer, abruptus, Svenstaro, Lns, LaserJock,',
      '',
      '* Agenda Item: Lns / nubae - Are they in Edubuntu-members yet?',
      '',
      'Due to having only 2 out of 5 Edubuntu Council members still',
      'available, it is necessary to reestablish the Council, which is tasked',
      '',
      '  Action: LaserJock will send email to edubuntu-devel and Ubuntu',
      'Community Council to figure out how to reestablish the EC',
      '',
      '* Agenda Item: How teams will be structured in future.',
      '',
      'There are currently 14 non-LoCo Launchpad teams related to Edubuntu.',
      'Many of the teams are no longer in use or are owned by people who have',
      '',
      '  Action Item: Lns will spearhead the Launchpad team cleanup process',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: 'Edubuntu meeting minutes 2009-05-22', body: agenda }).sections.map((s) => s.title))
      .toEqual(['Agenda Item: Lns / nubae - Are they in Edubuntu-members yet?', 'Agenda Item: How teams will be structured in future.']);
    // (one such line is no run of topics)
    expect(parseStatusPost({ subject: 'x', body: 'Hello.\n\nTopic: the release\nWe will talk about it next week.\n' }).sections.map((s) => s.title)).not.toContain('Topic: the release');
  });
});

describe('title lines over a short sentence', () => {
  it('takes a title line right over a sentence shorter than a full line, beside the post\'s other title lines (OSDL CGL PoC minutes, 2003)', () => {
    // linux-foundation, OSDL PoC Meeting Minutes 6/19/03 (fixtures/real-corpus/linux-foundation/2003-06-cgl-poc-meeting-minutes-6-19-03), shortened
    const body = [
      'OSDL PoC Meeting Minutes 6/19/03',
      'AR Steve to develop what it means to have a project status update Thursday.',
      '',
      'AR Review',
      'All ARs reviewed and completed.',
      '',
      'Update on PoC tracking sheet',
      'European companies currently on vacation.',
      'Timesys, Redhat, Suse contacted about references.  No response on',
      'review info.',
      '',
      'Status of HPI',
      'Started contact with LTP.  LTP suggested changes to fit better with',
      'LTP.  HPI conformance suite being modified to match LTP requirements.',
      '',
      'Status of IPv6',
      'mobile-ipv6 discussions on mailing list about maintainer issues with',
      'splitting mobile-ipv6 between kernel and user.',
      '',
    ].join('\n');
    const titles = parseStatusPost({ subject: '[cgl_discussion] OSDL PoC Meeting Minutes 6/19/03', body }).sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['AR Review', 'Update on PoC tracking sheet', 'Status of HPI', 'Status of IPv6']));
    // (a name over the affiliation below it is no title: `Eike Rathke, Sun Microsystems`)
    const named = body.replace('AR Review\n', 'Eike Rathke, Sun Microsystems\n');
    expect(parseStatusPost({ subject: '[cgl_discussion] OSDL PoC Meeting Minutes 6/19/03', body: named }).sections.map((s) => s.title)).not.toContain('Eike Rathke, Sun Microsystems');
  });
});

describe('titles between dashes', () => {
  it('takes two or more `-- Title --` lines for headings, not a lone one or the archive\'s `--- next part ---` (Mapnik GSoC midterm notes, 2011)', () => {
    // mapnik-devel, Midterm GSoC meeting notes (fixtures/real-corpus/mapnik/2011-07-midterm-gsoc-meeting-notes), shortened
    const body = [
      'I took notes on a few things that came up which might not be covered in each blog post.',
      '',
      '-- Hermann / Text Placement --',
      '',
      '* Herm had a great time at SOTM and met many people interesting in leveraging his work on MetaWriters.',
      '* Herms next steps include adding some example XML and tests for his placement work.',
      '',
      '-- Colin / Carto C++ --',
      '',
      '* Colin says the generator (mapnik xml -> carto css) is about 90% complete.',
      '* Focus now is on the parser (carto css -> mapnik map).',
      '',
      '-- Roel / Windows --',
      '',
      '* Roel took the blue sky approach of trying to fully automate the builds of all mapnik dependencies.',
      '',
      '-------------- next part --------------',
      'An HTML attachment was scrubbed...',
      '',
    ].join('\n');
    const d = parseStatusPost({ subject: '[Mapnik-devel] Midterm GSoC meeting notes', body });
    expect(d.sections.map((s) => s.title)).toEqual(['Hermann / Text Placement', 'Colin / Carto C++', 'Roel / Windows']);
    expect(d.sections[1].items.map((i) => i.text)).toHaveLength(2);
    // (one alone is a separator as often as a title)
    const lone = 'Some notes.\n\n-- Forwarded notes --\n\nThe build is green again and the release is close.\n';
    expect(parseStatusPost({ subject: 'notes', body: lone }).sections.map((s) => s.title)).not.toContain('Forwarded notes');
  });
});

describe('an underlined title over the post', () => {
  it('finds the topics under a lone underlined title that names a report as in a post with no marked heading (Freenet progress report, 2009)', () => {
    // freenet, progress report: db4o, zero point eight (fixtures/real-corpus/freenet/2009-03-progress-report-db4o-zero-point-eight), shortened
    const body = [
      '',
      'PROGRESS REPORT',
      '===========',
      '',
      'FINANCIAL STATUS:',
      'We have $3566.87, that\'s enough for around another 47 days after my current',
      '(approximately monthly) contract completes.',
      '',
      'ZERO POINT EIGHT:',
      'Which brings us on to 0.8. The current plan is to get the db4o branch merged,',
      'and get an alpha or beta of 0.8.0 out in the next month, by around April 1st.',
      'There are various features we want to have in 0.8 which are not yet ready:',
      '- the db4o branch',
      '- Freetalk, and any necessary plugin changes',
      '',
      'DB4O BRANCH:',
      'The db4o branch is a temporary fork of the main codebase, which uses db4o, an',
      'open source object database, to persist queued downloads and inserts.',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: '', body }).sections.map((s) => s.title)).toEqual(['PROGRESS REPORT', 'FINANCIAL STATUS', 'ZERO POINT EIGHT', 'DB4O BRANCH']);
    // (an underlined heading that names no report, alone in the post, stays its only heading)
    const other = body.replace('PROGRESS REPORT', 'Database work');
    expect(parseStatusPost({ subject: '', body: other }).sections.map((s) => s.title)).toEqual(['Database work']);
  });

  it('reads such a title below a short opening that hands the post over, and in the list\'s language (Ubuntu-DK, 2009)', () => {
    // ubuntu, Mødereferat fra d. 6. september 2009 (fixtures/real-corpus/ubuntu/2009-09-modereferat-fra-d-6-september-2009), shortened
    const body = [
      '',
      'Hej alle',
      '',
      'Hermed referat af mødet fra i går.',
      '',
      'Mødereferat for Ubuntu-DK møde, 6. september 2009 kl. 16:00',
      '------------------------------------------------------------',
      '',
      'Deltagere:',
      '',
      'kjoller    - Niels Kjøller Hansen',
      'MenZa    - Lasse Havelund',
      '',
      '1. Hej og navnerunde',
      '  - Gennemført uden de store problemer.',
      '',
      '2. Valg af dirigent',
      '  - kjoller valgt.',
      '',
      '3. Valg af referent',
      '  - MenZa valgt.',
      '',
    ].join('\n');
    const titles = parseStatusPost({ subject: '', body }).sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['Hej og navnerunde', 'Valg af dirigent', 'Valg af referent']));
    // (an opening of more than a short paragraph or two is the post, not a hand-over)
    const long = body.replace('Hermed referat af mødet fra i går.', 'Hermed referat af mødet fra i går.\n\nVi havde en god aften.\n\nTak til alle der kom.');
    expect(parseStatusPost({ subject: '', body: long }).sections.map((s) => s.title)).not.toContain('Valg af dirigent');
  });
});

describe('names over their bullets inside a marked section', () => {
  it('takes two or more names right over their bullets under a marked heading for its topics (Coda progress, 2020)', () => {
    // coda, Coda progress (fixtures/real-corpus/coda/2020-07-coda-progress), shortened
    const body = [
      'Cheers',
      '                   -- Satya',
      '',
      '===== SUMMARY OF CHANGES SINCE coda-7.0.1 =====',
      '',
      'coda-7.0.2',
      '- A lot of code cleanups',
      '  - standardized code formatting with clang-format-6.0',
      '  - remove unnecessary \'register\' annotations in various places',
      '',
      'coda-7.0.3',
      '  - Several large object (VASTRO) related fixes',
      '  - Silence unnecessary warning on file-based pioctls',
      '',
      'coda-7.0.4',
      '  - file-based pioctl improvements',
      '  - More large object (VASTRO) related fixes',
      '',
    ].join('\n');
    const d = parseStatusPost({ subject: 'Coda progress', body });
    expect(d.sections.map((s) => [s.title, s.style])).toEqual([
      ['SUMMARY OF CHANGES SINCE coda-7.0.1', 'equals'], ['coda-7.0.2', 'topic'], ['coda-7.0.3', 'topic'], ['coda-7.0.4', 'topic'],
    ]);
    expect(d.sections[2].items.map((i) => i.text)).toEqual(['Several large object (VASTRO) related fixes', 'Silence unnecessary warning on file-based pioctls']);
    // (a remark in brackets over a group of bullets is no topic: `(Not sure)`, `(Post v1)`)
    const remarks = body.replace('coda-7.0.3', '(Not sure)').replace('coda-7.0.4', '(Post v1)');
    expect(parseStatusPost({ subject: 'Coda progress', body: remarks }).sections.map((s) => s.title)).not.toContain('(Not sure)');
  });
});

describe('titles between equals signs set in the middle of the line', () => {
  it('reads `\\t\\t== Name ==` as an equals heading, however far indented (LMML status of patches under review, 2013)', () => {
    // linux-media, [GIT PULL/Status] Status of the patches under review at LMML (35 patches) (fixtures/real-corpus/linux-media/2013-01-status-of-patches-under-review-lmml-35), shortened
    const body = [
      'This is the summary of the patches that are currently under review at',
      'Linux Media Mailing List <linux-media@vger.kernel.org>.',
      '',
      '',
      '\t\t== New patches ==',
      '',
      'Those patches require some review from the community:',
      '',
      'Sep,17 2012: [3/3] cx25821: Cleanup filename assignment code                        http://patchwork.linuxtv.org/patch/14445  Peter Senna Tschudin <peter.senna@gmail.com>',
      '',
      '',
      '\t\t== Manu Abraham <abraham.manu@gmail.com> ==',
      '',
      'Those patches are there for a long time. I think I\'ll simply apply all of',
      'them, if they\'re not reviewed on the next couple weeks:',
      '',
      'Mar,11 2012: [2/3] stv090x: use error counter 1 for BER estimation                  http://patchwork.linuxtv.org/patch/10301  Andreas Regel <andreas.regel@gmx.de>',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: 'Status of the patches under review at LMML (35 patches)', body }).sections.map((s) => [s.title, s.style]))
      .toEqual([['New patches', 'equals'], ['Manu Abraham <abraham.manu@gmail.com>', 'equals']]);
    // (one `=` each side, indented, is no such title: `        = x =` may be code or a sum)
    expect(parseStatusPost({ subject: 'notes', body: 'Some text here.\n\n        = x =\n\nMore text.\n' }).sections.map((s) => s.style)).not.toContain('equals');
  });
});

describe('numbered topics over an indented block', () => {
  it('takes a numbered topic whose indented block opens with a one-line paragraph (OGB meeting minutes, 2008)', () => {
    // opensolaris, OGB Meeting Minutes :: 6th February 2008 (fixtures/real-corpus/opensolaris/2008-02-ogb-meeting-minutes-6th-february), shortened
    const body = [
      'OGB: Alan, Ben, Casper (:5), Glynn, Keith, Rich, Steve (:10)',
      'Other: Shawn Walker, John Plocher',
      '',
      '1) Distribution Community Proposal',
      '',
      '    No additional discussion prior to a vote.',
      '',
      '    Approve: Alan, Ben, Glynn, Rich',
      '    Reject: Keith',
      '',
      '',
      '2) Project Instantiation Policy',
      '',
      '    John suggestd that the policy be updated (in Section 2.3) to',
      '    reference the alias Eric set up, as opposed to sending it to the',
      '    OGB discussion list.',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: 'OGB Meeting Minutes :: 6th February 2008', body }).sections.map((s) => s.title))
      .toEqual(['Distribution Community Proposal', 'Project Instantiation Policy']);
  });
});

describe('a run of numbered topics, some ending with a colon', () => {
  it('takes `03) Action items from last week:` among the run of topics, not a run of `0) Global changes:` parts (OE-TSC minutes, 2011)', () => {
    // openembedded, OE-TSC minutes 26-May-2011 (fixtures/real-corpus/openembedded/2011-05-oe-tsc-minutes-26-may-2011), shortened
    const body = [
      'OE-TSC minutes 26-May-2011',
      '',
      'Attending: Tom, Khem, Koen, Richard, Mark',
      'Apologies: Stefan',
      '',
      '02) Ask for topics',
      'RP - bitbake and override expansion',
      '',
      '03) Action items from last week:',
      '--> GNOME discussion to ml (all)',
      'hasn\'t happened yet',
      '',
      '04) TSC structure, voting for members, etc.',
      'still waiting on board',
      'RP suggests a less formal IRC meeting weekly',
      '',
      '05) Status updates:',
      '      - oe-core',
      '  meta-oe now has sytemd support',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: 'OE-TSC minutes 26-May-2011', body }).sections.map((s) => s.title))
      .toEqual(expect.arrayContaining(['Ask for topics', 'Action items from last week', 'TSC structure, voting for members, etc', 'Status updates']));
    // acpica, ACPICA version 20220331 released (fixtures/real-corpus/acpica/2022-03-acpica-version-20220331-released), shortened:
    // every number ends with a colon, a release's parts, not a meeting's topics
    const parts = [
      '31 March 2022. Summary of changes for version 20220331:',
      '',
      '0) Global changes:',
      '',
      'Update all copyright notices to the year 2022. This effects all source modules, as well as utility signons.',
      '',
      '1) ACPICA kernel-resident subsystem:',
      '',
      'For the ASL Sleep() operator, issue a warning if the sleep value is greater than 10 Milliseconds.',
      '',
      '2) iASL Compiler/Disassembler and ACPICA tools:',
      '',
      'Data Table Compiler/Disassembler: Add support for the APMT table.',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: 'ACPICA version 20220331 released', body: parts }).sections.map((s) => s.style)).not.toContain('numbered');
  });
});

describe('title lines that start in lower case', () => {
  it('takes a lower-case title line after a blank line beside two or more capitalised ones (uPortal uPSC meeting notes, 2018)', () => {
    // uportal, 2018-04-04 uPSC meeting notes (fixtures/real-corpus/uportal/2018-04-uportal-upsc-meeting-notes-2018-04-04), shortened
    const body = [
      '2018-04-04 uPSC meeting notes',
      '',
      'uPortal Project Health',
      '',
      'We discussed some measures of project health.  Over roughly the last month there were 3 milestone and 1 patch releases.',
      '',
      'uPortal and Apereo',
      '',
      'We discussed the recently posted draft of the Apereo Strategic Planning document.',
      '',
      'Project Intake',
      '',
      'uPortal-Home, uPortal App Framework has goal of being included in uPortal-start this quarter.',
      '',
      'Spring PortletMVC end-of-support',
      '',
      'We discussed various strategies for dealing with Spring PortletMVC end-of-support including developing portlets with other frameworks.',
      '',
    ].join('\n');
    expect(parseStatusPost({ subject: '2018-04-04 uPSC meeting notes', body }).sections.map((s) => s.title))
      .toEqual(expect.arrayContaining(['uPortal Project Health', 'uPortal and Apereo', 'Project Intake', 'Spring PortletMVC end-of-support']));
    // (without two capitalised title lines beside it, a lower-case line over a paragraph is no title)
    const alone = 'Hello all,\n\nnotes from the call\n\nWe discussed some measures of project health over roughly the last month.\n\nThanks.\n';
    expect(parseStatusPost({ subject: 'notes', body: alone }).sections.map((s) => s.title)).not.toContain('notes from the call');
  });
});

describe('one title line beside the post\'s labelled headings', () => {
  it('takes a lone title line below the post\'s first `Label:` heading, not a greeting\'s line above it (GNOME release team minutes, 2010)', () => {
    // gnome, Release team meeting minutes, April 10th (fixtures/real-corpus/gnome/2010-04-release-team-meeting-minutes-april-10th), shortened
    const body = [
      'Note that we didn\'t discuss the old action items. I removed some of them',
      'that were obvious, and left the ones where I was unsure.',
      '',
      'New actions:',
      '',
      ' + send an announcement to the community about the moduleset',
      '   reorganization before the new modules decision.',
      '',
      'Frederic P.:',
      ' + push for a decision for a solution for deprecations in bindings',
      '',
      'Team changes',
      '',
      'There\'s been discussion about having someone from the accessibility team',
      'join the release team, and we like this.',
      '',
    ].join('\n');
    const titles = (b: string) => parseStatusPost({ subject: 'Release team meeting minutes, April 10th', body: b }).sections.map((s) => s.title);
    expect(titles(body)).toEqual(['New actions', 'Frederic P.', 'Team changes']);
    // (a line above the first heading is the greeting's: `Here are the notes` over what follows)
    const greeting = ['Here are the notes', '', 'from the meeting we held today about the release, as promised.', '', ...body.split('\n').slice(3, 11)].join('\n');
    expect(titles(greeting)).not.toContain('Here are the notes');
  });

  it('reads indented bullet topics each over what was said on it after a blank line', () => {
    // Minutes For GNOME Release Team Meeting 2004-03-25 (real-corpus gnome/2004-03-release-team-meeting-2004-03-25)
    const body = 'Decisions and discussion:\n\n  * Release Notes/Press Release\n\n\tEverything is almost done here. Leslie is doing a revised press\n' +
      'release. Jeff will do screenshots this weekend. Known issues and module\nlist need to be updated.\n\n  * Default FileChooser Backend\n\n' +
      '\tSome confusion about what the default we actually went with was.\nGeneral agreement that both seemed equally (low?) risk in the end.\n';
    const titles = sections(body).map(([t]) => t);
    expect(titles).toContain('Release Notes/Press Release');
    expect(titles).toContain('Default FileChooser Backend');
    // an indented list whose items stand a blank line apart is no topics
    const list = 'Done:\n\n  * fixed the build\n\n  * updated the docs\n\n  * released 1.2\n';
    expect(sections(list).map(([t]) => t)).not.toContain('fixed the build');
    // (nor a wrapped sentence's first line over its text: linux-next's merge notes)
    const wrapped = 'Merge notes:\n\n * In drivers/dma-buf/dma-buf.c between\n\n   commit 1 ("dma-buf: fix a race in the release path of the\n   buffer") and commit 2\n\n' +
      ' * In drivers/gpu/drm/i915/i915_drv.h between\n\n   commit 3 ("drm/i915: rename the platform helpers used by\n   display") and commit 4\n';
    expect(sections(wrapped).map(([t]) => t)).not.toContain('In drivers/dma-buf/dma-buf.c between');
  });

  it('reads a Label: right over lines that set what it names one a line', () => {
    // Moonlight status, 2008 (real-corpus moonlight/2008-08-moonlight-status)
    const body = 'Here are some of the biggest issues.\n\nPerformance / slow sites:\nSilverlight world map https://bugzilla.novell.com/show_bug.cgi?id=375236\n' +
      'Page Turn https://bugzilla.novell.com/show_bug.cgi?id=383907\n\nMouse bugs:\nhttps://bugzilla.novell.com/show_bug.cgi?id=412986\n' +
      'https://bugzilla.novell.com/show_bug.cgi?id=411949\n\nRendering:\nhttps://bugzilla.novell.com/show_bug.cgi?id=345978\nhttps://bugzilla.novell.com/show_bug.cgi?id=352072\n';
    expect(sections(body).map(([t]) => t)).toEqual(['Performance / slow sites', 'Mouse bugs', 'Rendering']);
    // (a line that leads into what follows names nothing)
    for (const line of ['According to the plan below:', 'The topic of discussion was:', 'All 5 Directors were present at the meeting:']) {
      const lead = `${line}\nrelease 0.90 on the 1st\nbranch on the 3rd\n\nMouse bugs:\nbug 1\nbug 2\n\nRendering:\nbug 3\nbug 4\n`;
      expect(sections(lead).map(([t]) => t)).not.toContain(line.replace(/:$/, ''));
    }
  });

  it('reads the one title line of a post with no other heading, below its opening paragraph', () => {
    // Bits from the DPL, November 2010 (real-corpus debian/2010-11-bits-from-the-dpl-sprints-events-delegations-assets)
    const body = 'Dear Developers, here we go again with the periodic SPAM^Wreport from\nyour Friendly Neighborhood DPL.\n\nSqueeze Release\n\n' +
      'The monthly RFH section is once more for the Squeeze Release. Trying to\nread Release Team minds, I get something like: the RC bug count is\n' +
      'proceeding in the right direction, but it is still not fast enough.\n';
    expect(sections(body).map(([t]) => t)).toEqual(['Squeeze Release']);
    // (not a date over what follows, nor a generic word alone)
    for (const line of ['March 1, 2019, 4:09 p.m. UTC', 'Activities']) {
      expect(sections(body.replace('Squeeze Release\n', `${line}\n`)).map(([t]) => t)).not.toContain(line);
    }
    // (nor a name signing the post under a question, its patch below: twisted, 2020)
    const signed = 'I ran our 6k+ tests with this patch applied and everything worked.\n\nDoes anything in the twisted world need it?\n\nBarry\n\n' +
      'diff --git a/src/twisted/internet/pollreactor.py b/src/twisted/internet/pollreactor.py\nindex 6db1660b9..6901e5c95 100644\n--- a/src/twisted/internet/pollreactor.py\n';
    expect(sections(signed).map(([t]) => t)).not.toContain('Barry');
    // (nor a sign-off in another language with the name on its line: sslug, 2003)
    const hilsen = 'Kommentarer, rettelser, etc modtages inden søndag kl. 12 hvor jeg vil\nsende det ud !\n\nHilsen Gitte\n\n' +
      'Referat af medlemsmøde lørdag d. 27. september.\nMødet afholdtes i E-huset LTH Lund.\nMødet startede kl. 12.15 med 11 fysiske personer til stede.\n';
    expect(sections(hilsen).map(([t]) => t)).not.toContain('Hilsen Gitte');
  });

  it('reads a short question on a line of its own as a title line beside two others, not questions alone', () => {
    // Open MPI weekly telcon minutes, 2016-01-12 (real-corpus open-mpi/2016-01-weekly-telcon-minutes-0112)
    const body = 'Open MPI Weekly Telcon\n\n- Dialup Info: (Do not post to public mailing list or public wiki)\n\nAttendees\n\n- Brad Benton\n- Edgar Gabriel\n\n' +
      'Review 1.10\n\n- Milestones: https://github.com/open-mpi/ompi-release/milestones/v1.10.2\n  - No objections for Ralph shipping 1.10.2\n\n' +
      'Review Master?\n\n- Bunch of failures on Master branch. No chance to look at yet.\n- Cisco and Ivy cluster.\n';
    expect(sections(body).map(([t]) => t)).toContain('Review Master?');
    // (an announcement's questions, with no other title line, are its FAQ)
    const faq = 'The nominations are open.\n\nWho is eligible?\n\n- any contributor of the last year\n- any member\n\nHow do nominations work?\n\n- mail the committee\n- with a short text\n';
    expect(sections(faq).map(([t]) => t)).toEqual(['']);
  });

  it('reads the one title line of a post beside its run-in topics', () => {
    // TDF board of directors meeting 2020-06-05 (real-corpus libreoffice/2020-06-tdf-board-of-directors-meeting-2020-06-05)
    const body = 'The Document Foundation\nBoard of Directors Meeting 2020-06-05\nMeeting Minutes\n\nDate: 2020-06-05\nLocation: Jitsi\n\n' +
      'In the meeting: Cor Nouws (Board), Lothar Becker (Chair), Michael Meeks (Board)\n\nRepresentation: Nicolas for Franklin, Paolo for Emiliano\n\n' +
      'The meeting commences at 13:03 Berlin time.\n\n\nPublic Part\n\n1. Q&A: Answering Questions from the community (All, max. 10 minutes)\n\n' +
      'Rationale: Provide an opportunity for the community to ask questions to the new board and about TDF.\n\n' +
      '2. Inform & Discuss: Status of redmine tickets/key goals of the board (Thorsten, Nicolas, All 15min)\n';
    expect(sections(body).map(([t]) => t)).toContain('Public Part');
  });

  it("reads the post's own title set in from the margin on its first line", () => {
    // LSE Con Call Minutes March 7th, 2003 (real-corpus linux-kernel/2003-03-lse-call-minutes-march-7)
    const body = '\n\tLSE Con Call Minutes March 7th\n\nMinutes compiled by Hanna Linder. All mistakes are my own.\nPlease send corrections/comments to the list.\n\n' +
      'I. Martin Bligh - hlist has patch from andi kleen\nAndi Kleen change the hlist hash to be a singly linked list\nfrom a doubly linked list.\n\n' +
      'II. Hanna Linder - hiding projects on lse\nGoing to hide the scheduler and the apic routing projects\nin the lse.sf.net site.\n';
    expect(sections(body)[0]).toEqual(['LSE Con Call Minutes March 7th', 'title', 1]);
  });

  it("reads a part's title right over its first topic's in notes with no blank lines", () => {
    // Fedora desktop meeting summary, 2025-06-10 (real-corpus fedora/2025-06-fedora-desktop-meeting-summary-jun-10-2025)
    const body = ['Meeting records Transcript', 'Summary', "Canonical plans to disable X11, aligning with Fedora Rawhide's current",
      'non-X11 Gnome session, prompting discussions about GNOME Shell', 'invitations for Adrian to discuss gnome-session, systemd, and GDM.',
      'Details', 'X11 Disablement', 'Matthias noted that Canonical plans to disable X11 in their next',
      'release, aligning with Fedora efforts. Neal Gompa (Conan Kudo) reported', 'Kudo) mentioned a potential GNOME Shell SDK coming in the current cycle.',
      'Nested Compositor Alternatives', 'Neal Gompa (Conan Kudo) discussed the ongoing development of a GNOME',
      'Shell SDK to address the lack of nested mutter. While hopeful, they'].join('\n');
    const titles = sections(body).map(([t]) => t);
    expect(titles).toContain('Details');
    expect(titles).toContain('X11 Disablement');
  });

  it('reads the top-level points of notes kept as one outline as its topics, not a numbered contents list', () => {
    // Jenkins governance meeting, 2022-04-06 (real-corpus jenkins/2022-04-governance-meeting-apr-6-2022)
    const body = ['Mark Waite (@MarkEWaite), Gavin Mogan (@halkeye), Oleg Nenashev ( @oleg-nenashev )', '', '',
      '  • News', '    • Jenkins 2.332.2 LTS released', '      • Includes a few fixes, one change to the Windows Installer',
      '  • Action items', '    • Mark Waite check with Tracy Miranda on FOSDEM funds transfer',
      '  • Expense approvals for security team', '    • Approved and done', '    • Oleg the approver on the board, sent request to Linux Foundation',
      '  • She Code Africa Contributhon has started', '    • 7 contributors for 6 weeks, started April 5'].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(['News', 'Action items', 'Expense approvals for security team', 'She Code Africa Contributhon has started']);
    // (a numbered contents list is no outline of topics: Wikimedia Foundation Report, January 2013)
    const contents = ['Video of the monthly metrics meeting', '', '  * 1 Data and Trends', '      o 1.1 Readers', '  * 2 Financials', '      o 2.1 Revenue', '  * 3 Highlights',
      '      o 3.1 New program offers financial support', '      o 3.2 Successful migration to new data center', '  * 4 Engineering',
      '      o 4.1 VisualEditor', '      o 4.2 Editor engagement', '  * 5 Fundraising', '      o 5.1 Major Gifts and Foundations'].join('\n');
    expect(sections(contents).map(([t]) => t)).not.toContain('1 Data and Trends');
  });

  it('reads an outline\'s short `Label:` points as its topics, under the lone title of the notes (ROS 2 TSC minutes, 2018)', () => {
    // ROS 2 TSC Meeting Minutes: July 24th, 2018 (real-corpus ros/2018-09-ros2-tsc-meeting-minutes-july-24th-2018), shortened
    const body = ['# ROS 2 TSC Meeting Minutes: July 24th, 2018', '', '-   Attendees:', '    -   Expected:', '        -   Open Robotics',
      '            -   Tully Foote, Brian Gerkey, Chris Lalancette', '        -   Amazon', '            -   Doug Fulop', '',
      '-   Housekeeping: 10 mins', '    -   Get situated and sort out comms issues', '    -   Brian briefly introduces the participants', '',
      '-   Meta-policy: 20 mins', '    -   Present and discuss the draft TSC charter, with proposed amendments, including:',
      '        -   How should the TSC have bidirectional comms with community?'].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(['ROS 2 TSC Meeting Minutes: July 24th, 2018', 'Attendees', 'Housekeeping: 10 mins', 'Meta-policy: 20 mins']);
    // (a longer point's colon leads into its points: no topic)
    const lead = body.replace('-   Attendees:', '-   These are the people who were expected to attend:');
    expect(sections(lead).map(([t]) => t)).toEqual(['ROS 2 TSC Meeting Minutes: July 24th, 2018']);
  });

  it("reads a `Label:` right over its paragraph, no blank line between, beside another `Label:`", () => {
    // OpenBMC test work-group minutes, 26 July 2019 (real-corpus openbmc/2019-07-test-work-group-mom-26-jul)
    const body = ['Hi All,', '', 'Here is MoM summary:', '', 'Attendees: Ofer - Google, Joseph Reynolds - IBM, Sivas - IBM', '', 'Topics:', '',
      'New member introduction to the community:', 'Ofer recently joined Google and he is getting knowledge on openbmc/openbmc-test-automation and interested in automation.', '',
      'Discussion Topics:', '- Discussion on Google Contribution:', '  - Ofer exploring how google can contribute to test community in the form of test / automation.',
      '- Discussed on automation framework', '  - Why we had chosen robot framework automation'].join('\n');
    expect(sections(body).map(([t]) => t)).toContain('New member introduction to the community');
    // (not over a roll of names: TDF board minutes' `In the meeting:` / `Lothar Becker (Board Chair), Cor Nouws ...`)
    const roll = ['Session chair: Lothar Becker', '', 'In the meeting:', 'Lothar Becker (Board Chair), Cor Nouws (Board Member), Thorsten Behrens (Board Member)', '',
      'Representation:', 'Nicolas Christener for Daniel Armando Rodriguez, Paolo Vecchi for Franklin Weng'].join('\n');
    expect(sections(roll).map(([t]) => t)).not.toContain('In the meeting');
  });

  it('reads a `* topic` under a marked heading over a paragraph of one sentence on one line', () => {
    // Arch Linux status report, 2007-10-22 (real-corpus arch/2007-10-status-report-2007-10-22)
    const body = ['== Newsworthy Items ==', '', '* New Announcement Mailing List', '',
      'In a bit of irony, this will be the first email to this new list, I believe.', '',
      'Please try and use this list for all official announcements, until I', 'sit down and setup rss2email on gerolde for the front page news.', '',
      '== Completed Tasks ==', '', '* New initscripts in testing', '', 'Looks like we closed out 4 or 5 bugs with this initscripts package, so', 'congrats guys.', '',
      '* git project owners', '', "I've setup all our code projects with real owners and groups, so we", 'can more effectively manage this stuff.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toContain('New Announcement Mailing List');
  });

  it("reads a plain-text outline's `o` points over their `-` points as topics", () => {
    // LiNUX kernel SCSI/RAID drivers summary, 2003-10 (real-corpus linux-kernel/2003-10-summary-state-of-scsi-drivers)
    const body = ['        * LiNUX kernel SCSI/RAID drivers *', '                 linux-2.4.23-pre7', '',
      'x features:', ' - 1 hot-plug', ' - 2 vary_io', ' - 3 highmem_io', ' - 4 block device driver', ' - more ?', '',
      'o aacraid', ' - manufacturer: ADAPTEC', ' - kernel: 1.1.2 (2003-05-15)', ' - latest: 1.1.4 (2003-10-08)', ' - arch: i386', ' - maintainer: <Mark_Salyzyn_AT_adaptec.com> <aacraid_AT_adaptec.com>', '               <linux-aacraid-devel_AT_dell.com>', '',
      'o aic7xxx/aic79xx', ' - manufacturer: ADAPTEC', ' - kernel: 6.2.36/1.3.10 (03-Jun-2003)', ' - arch: i386 ia64 powerpc', ' - url: http://people.freebsd.org/~gibbs/linux/SRC/', '        http://www.adaptec.com/', '',
      'o cciss', ' - manufacturer: HP', ' - kernel: 2.4.50', ' - latest: 2.4.50', ' - maintainer: <mike.miller_AT_hp.com> <arrays_AT_hp.com>', '               <Cciss-discuss_AT_lists.sourceforge.net>', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(expect.arrayContaining(['aacraid', 'aic7xxx/aic79xx', 'cciss']));
  });

  it('reads `# EOT` on the last line as the end of the post, not a heading', () => {
    // LiNUX kernel SCSI/RAID drivers summary, 2003-10 (real-corpus linux-kernel/2003-10-summary-state-of-scsi-drivers)
    const body = ['        * LiNUX kernel SCSI/RAID drivers *', '                 linux-2.4.23-pre7', '',
      'o DAC960', ' - manufacturer: LSI Logic', ' - kernel: 2.4.11 (11 Oct 2001)', ' - arch: i386 ia64 alpha', '',
      'o sym53c8xx_2', ' - manufacturer: LSI Logic', ' - kernel: 2.1.17a     (Dec 01 2001)', ' - latest: 2.1.18f     (Oct 13 2003)', '', '# EOT', ''].join('\n');
    const titles = sections(body).map(([t]) => t);
    expect(titles).not.toContain('EOT');
    expect(titles).toContain('sym53c8xx_2');
  });

  it('reads a run of numbered topics set in nine or more columns, as a page dumped to text nests them', () => {
    // SLUG committee meeting minutes, March 2004 (real-corpus slug/2004-03-committee-meeting-minutes-march-2004)
    const body = ['--- Committee meeting minutes March 2004 ---', '', '   Meeting open, 7:03pm, 5th March 2004', '',
      '    1. General business', '', '         1. Direct deposit', '',
      '            Jamie to chase up the availability of direct deposit into our', '            bank account.', '',
      '         2. Video', '', '            Jan has bought DVDs to store SLUG video on. He will try and make', '            at least the audio available at one per week.', '',
      '         3. Urn', '', '            Jan and Jaime will purchase an urn capable of holding 20 cups.', '',
      '         4. Campbell\'s Cash and Carry Card', '', '            Jamie needs to report back on whether SLUG can get a Campbell\'s', '            Cash and Carry card.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(expect.arrayContaining(['Direct deposit', 'Video', 'Urn']));
  });

  it('does not take a remark over a wrapped list title and its bullets for a `Label:` over prose', () => {
    // Z.C++ status report, July 18 2009 (real-corpus zcplusplus/2009-07-z-c-status-report-july-18-2009)
    const body = ['Informal target features for Z.C++ 0.0.2 that remain:', '* preprocessor: integer math', '',
      'Mostly copied from four weeks ago:', 'Test case sets that would be good to have in time for the Z.C++ 0.0.2', 'release',
      '* z_cpp: Spot checks of arithmetic corner cases. This should at least', '  cover the limits.', '',
      'Assuming only one developer:', 'The highest-priority changes currently are to finish the preprocessor and to', 'release 0.0.2 soon after.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).not.toContain('Mostly copied from four weeks ago');
  });

  it('takes Notes or Agenda alone on a line as a part of minutes that have another, not a list\'s label', () => {
    // TrustedFirmware.org TSC minutes, March 2019 (lists.trustedfirmware.org, tsc): `Attendees`, `Notes`
    const tf = ['Attendees', 'Abhishek - Arm', 'Kumar - Linaro', 'DonH - Linaro', 'Pending action items',
      'CI discussion - slides circulated', 'Security incident handling - postponed as DanH cannot attend', 'Notes',
      'Won\u2019t use TSC-private mailing list any more (will be reactivated if needed)',
      'Attestation script home - Arm team will upstream initial patch.', ''].join('\n');
    expect(sections(tf).map(([t]) => t)).toEqual(expect.arrayContaining(['Attendees', 'Notes']));
    // openLooKeng's biweekly meeting, July 2020: `Attendees list:` / `Agenda:` / `Minutes:`
    const lk = ['Attendees list:', '* Ken Zhang * Michael Li * Raghunandan', 'Agenda:', '* PMC Operation Mechanism - Ken * Vision of openLooKeng - Michael',
      'Minutes:', '* PMC Operation Mechanism', '* Major responsibilities of PMC - Final technical decision-making authority', ''].join('\n');
    expect(sections(lk).map(([t]) => t)).toEqual(expect.arrayContaining(['Agenda', 'Minutes']));
    // Apache Flex's priorities after 4.8.0 (flex-dev, 2012): a `Notes:` under a list of plans is no part of minutes
    const flex = ['the following is a list of potential things-to-do-next:', '1) 4.6 ViewStack', '2) 4.6 Accordion', '3) 4.6 DateField',
      'Notes:', 'Falcon and Falcon JS are not on the list until Q4 2012 and beyond', ''].join('\n');
    expect(sections(flex).map(([t]) => t)).not.toContain('Notes');
    // `Minutes:` over a link points to the minutes elsewhere (fixtures/sources/gluster-devel/2014-10-15-o10.eml)
    const pointer = ['Thanks everyone for attending. :)', '', 'Minutes:', 'http://meetbot.fedoraproject.org/gluster-meeting/2014-10-15/gluster-meeting.2014-10-15-12.00.html', '',
      'Action items:', ' * JustinClift to move the regression VMs to the new Rackspace account', ''].join('\n');
    expect(sections(pointer).map(([t]) => t)).not.toContain('Minutes');
  });

  it('ends a flattened minutes heading at its label when the attendees run on after it', () => {
    // coreboot leadership meeting, 2024-09-18 (mail.coreboot.org, archive page excerpt): each part's heading and text on one line
    const body = ['# 2024-09-18 - coreboot Leadership Meeting',
      '## Attendees Ron Minnich, Felix Singer, Julius Werner, Felix Held, Matt DeVillier, Nico Huber,Jon Murphy, Werner Zeh, David Hendricks, Mina Asante.',
      '## Announcements & Events * OCP Global Summit: San Jose, California on October 15-17, 2024 https://www.opencompute.org/summit/global-summit',
      '## Minutes', '### [Martin] How do we want to handle code written with copilot or other AI tools.', ''].join('\n');
    const titles = sections(body).map(([t]) => t);
    expect(titles).toContain('Attendees');
    expect(titles).toContain('Announcements & Events');
  });

  it('splits an Apache board report whose sections an archive ran onto one line at each `## Label:`', () => {
    // Apache Felix's board report draft, March 2020 (dev@felix.apache.org, web archive excerpt), cut short here
    const body = ['Hi, please find the board report below. Comments welcome.',
      '## Description: Apache Felix is a project aimed at implementing specifications from the OSGi Alliance as well as implementing other supporting tools and technologies aligned with OSGi technology. ' +
      '## Issues: There are no issues requiring board attention. ## Membership Data: Apache Felix was founded 2007-03-28 (13 years ago) There are currently 68 committers and 27 PMC members in this project. ' +
      '## Project Activity: - Existing implementations have been improved/enhanced based on community feedback. - Released 3 components (mostly bug fixes overall). ' +
      '## Releases: - org.apache.felix.configadmin.plugin.interpolation-1.1.0 was released on 2020-03-02. - maven-scr-plugin-1.26.2 was released on 2019-12-07. ' +
      '## Community Health: - Overall the project is in ok health. - Questions on the user list are answered, development concerns are either discussed on the mailing list or directly in the JIRA issues.', ''].join('\n');
    // (a label and a short sentence, under 80 characters, stays as written: `## Issues: There are no issues requiring board attention.`)
    expect(sections(body).map(([t]) => t)).toEqual(expect.arrayContaining(['Description', 'Membership Data', 'Project Activity', 'Releases', 'Community Health']));
  });

  it('takes a GSoC report\'s Mentors over their names as a part, beside its capitals headings', () => {
    // [GSoC] Update: Week 2 (git@vger.kernel.org, 2017-05, the submodule port): `Mentors:` over two names
    const body = ['SUMMARY OF MY PROJECT:', '', "Git submodule subcommands are currently implemented by using shell script", "'git-submodule.sh'.", '',
      'Link to the complete proposal: [1]', '', 'Mentors:', 'Stefan Beller <sbeller@google.com>', 'Christian Couder <christian.couder@gmail.com>', '',
      'UPDATES:', '', 'As planned for the second week, I continued working on completing the porting', 'of submodule subcommand status.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(expect.arrayContaining(['SUMMARY OF MY PROJECT', 'Mentors', 'UPDATES']));
  });

  it('takes a `Label:` right over its bullets after the last, finished bullet of the list above', () => {
    // LyX 1.5 showstoppers status (lyx-devel, 2006): the archive dropped the blank lines between the lists
    const body = ['More bugs are being reported recently, and none of the old ones have', 'been fixed. Thus, we are moving in the wrong direction.',
      'Showstoppers without hope:', '- Selection with the mouse. Does not work in math nor in tables.', 'Other problems without hope:',
      '- Mac is unusable because of poor performance, among other things.', '- No UTF-8 support in LaTeX export.', '- Nice icons in change tracking missing.',
      'Other problems with hope:', '- Copy/paste using middle mouse button inserts music.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(['Showstoppers without hope', 'Other problems without hope', 'Other problems with hope']);
  });

  it('finds sections numbered as the list of points at the top numbers them, after the list\'s lead-in', () => {
    // Kern Sibbald's `Status of Bacula` (bacula-devel, 2013-11): a lead-in, the four points, then each point over its text
    const body = ['Hello,', '', 'I would like to speak to you about the following points:', '',
      '1. The rumors of the death  of Bacula (the Community version)', '2. The Bareos fork of Bacula',
      '3. Bacula Systems and the FSFE (Free Software Foundation Europe)', '4. The future of Bacula (the Community version)', '',
      '1. The rumors of the death of Bacula (the Community version):', '', 'I borrow words from a quote of Mark Twain: The rumors of the death',
      'of Bacula are highly exaggerated!', '', '2. The Bareos fork of Bacula:', '', 'As many of you know, a fork was created.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(expect.arrayContaining(['1. The rumors of the death of Bacula (the Community version)', '2. The Bareos fork of Bacula']));
  });
});

describe('parser 67: heading shapes of real posts', () => {
  it('reads `=== WIKI ==== === == -  -`, bars fading out after the title (gPodder development news, 2009)', () => {
    // gpodder-devel (BerliOS pipermail, 2009-11): "Development news: Wiki, Website, my.gpodder.org, Release" (shortened)
    const body = ['Here are some random news about the current status of gPodder:', '',
      '=== WIKI ==== === == -  -', '', "I've taken the time to clean up the gPodder Wiki yesterday.", '',
      '=== WEBSITE = === == -  -', '', 'I have added a link to the Mac OS X port to the downloads page.', '',
      '=== MYGPO === === == -  -', '', 'The development of the new version of my.gpodder.org is in full swing.', ''].join('\n');
    expect(sections(body).map(([t, style]) => [t, style])).toEqual([['WIKI', 'equals'], ['WEBSITE', 'equals'], ['MYGPO', 'equals']]);
  });

  it('reads a flush `Label:` right below an indented block, over an indented block of its own (GNOME release team, 2004)', () => {
    // desktop-devel-list, 2004-03, "Minutes For GNOME Release Team Meeting 2004-03-25" (shortened)
    const body = ['Minutes For GNOME Release Team Meeting 2004-03-25', '',
      '  DONE: Mark to draw up 2.8.0 schedule', '',
      '  NEW: Kjartan to send final i18n stats update to Murray before release', '',
      '  NEW: Jeff to post release proposal next week',
      'Decisions and discussion:', '',
      '  * Release Notes/Press Release', '',
      '\tEverything is almost done here. Leslie is doing a revised press', 'release. Jeff will do screenshots this weekend.', '',
      '  * Default FileChooser Backend', '',
      '\tSome confusion about what the default we actually went with was.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toContain('Decisions and discussion');
    // not a sentence that stops on a colon at the margin, `Here is what we did:`
    const lead = body.replace('Decisions and discussion:', 'Here is what we did:');
    expect(sections(lead).map(([t]) => t)).not.toContain('Here is what we did');
  });

  it('joins a title a mail client wrapped after a word a title cannot end on (Edubuntu minutes 2009, Landlock news 2022)', () => {
    // edubuntu-devel, 2009-05, "Edubuntu Meeting Minutes 2009-05-22" (shortened)
    const body = ['* Agenda Item: Lns / nubae - Are they in Edubuntu-members yet?', '',
      'Due to having only 2 out of 5 Edubuntu Council members still available.', '',
      '* Agenda Item: How to effectively advocate/market Edubuntu to', 'schools/school districts', '',
      'Because the future of what Edubuntu will look like is still in process.', '',
      '* Agenda Item: How teams will be structured in future.', '',
      'There are currently 14 non-LoCo Launchpad teams related to Edubuntu.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toContain('Agenda Item: How to effectively advocate/market Edubuntu to schools/school districts');
    // linux-security-module, 2022-08, "Landlock news #2" (format=flowed, shortened)
    const md = ['## Talks', '', '### Update on Landlock: Lifting the File Reparenting Limits and ', 'Supporting Network Rules', '',
      'The Linux Security Summit North America talk is about the lifting of', 'the file reparenting limits.', '',
      '### Sandboxing your application with Landlock, illustration with the ', 'p7zip case', '',
      'This talk explains how to sandbox an application.', ''].join('\n');
    expect(sections(md).map(([t]) => t)).toEqual(['Talks', 'Update on Landlock: Lifting the File Reparenting Limits and Supporting Network Rules',
      'Sandboxing your application with Landlock, illustration with the p7zip case']);
    // a title that ends on its own is not joined to the sentence under it
    const own = md.replace('Limits and \nSupporting Network Rules\n', 'Limits\nSupporting Network Rules\n');
    expect(sections(own).map(([t]) => t)).toContain('Update on Landlock: Lifting the File Reparenting Limits');
  });

  it('reads two `Label:` lines over figures above the underlined headings as headings too (bpf development stats, 2024)', () => {
    // (since parser 98: fixtures/real-corpus/bpf/2024-11-ann-bpf-development-stats-6-13, Stanislav Fomichev on bpf, shortened)
    const body = ['Previous cycle:', '16 Jul to 16 Sep: 5077 mailing list messages, 62 days, 82 messages per day',
      '247 repo commits (4 commits/day, 45.75% of these are selftests)', '',
      'Current cycle:', '19 Sep to 19 Nov: 5097 mailing list messages, 61 days, 84 messages per day',
      '260 repo commits (4 commits/day, 56.92% of these are selftests)', '',
      'Developer rankings', '------------------', '', 'Top reviewers (cs):', '1. Andrii Nakryiko  40', '',
      'Company rankings', '----------------', '', 'Top reviewers (cs):', '1. Meta  119', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(['Previous cycle', 'Current cycle', 'Developer rankings', 'Company rankings']);
    // (one such label alone above them stays prose)
    expect(sections(body.replace('Current cycle:', 'and this cycle')).map(([t]) => t)).not.toContain('Previous cycle');
  });
});

describe('parser 67: the post\'s own title below a short opening that hands it over', () => {
  it('titles the post with its title line under `Here are the minutes...` and a signature (GNOME release team, 2003)', () => {
    // desktop-devel-list, 2003-03, "Release Team Minutes 2003-03-05" (shortened)
    const body = ['Here are the minutes for this week', '', 'Murray Cumming', 'murrayc usa net', '',
      'Minutes for Gnome 2 release team meeting 2003-03-05', '',
      'Present:                        Apologies:', '', 'Jonathon Blandford              Mikael Hallendal', 'Murray Cumming', '',
      '  PENDING: No idea. Let\'s start again.', '', 'Decisions and discussion:', '', '  * CVS build breakage:', '',
      '    Jeff will mail the list about it.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toContain('Minutes for Gnome 2 release team meeting 2003-03-05');
  });

  it('passes over a lone greeting, but a bot\'s `Hello,` over its own title line hands nothing over (KernelCI, 2026)', () => {
    // gromacs-developers, 2016-08, "Gromacs developer meeting 2016-08-03 notes" (HTML mail, shortened)
    const gromacs = ['Hi,', '', 'Here are some brief notes I took at the meeting. We agreed at the meeting that we would prefer not to repeat all discussions twice.', '', '',
      'Gromacs developer meeting 2016-08-03', '', 'Meta development/meeting stuff:', '\t- As part of BioExcel we are organizing a Gromacs Hackaton in Barcelona.',
      '\t- We might have an opportunity to get a second release manager.', ''].join('\n');
    expect(sections(gromacs).map(([t]) => t)).toContain('Gromacs developer meeting 2016-08-03');
    // linux-kernel, 2026-01, "[STATUS] next/master - b775e489bec7" from KernelCI bot (shortened)
    const bot = ['Hello,', '', 'Status summary for next/master', '', 'Dashboard:', 'https://d.kernelci.org/c/next/master/b775e489bec7/', '',
      'giturl: https://git.kernel.org/pub/scm/linux/kernel/git/next/linux-next.git', 'branch: master', ''].join('\n');
    expect(sections(bot).map(([t]) => t)).not.toContain('Status summary for next/master');
  });
});

describe('parser 67: a numbered contents list, one entry to a paragraph, past the post\'s title and date', () => {
  it('titles each entry numbered anew below the list (Sakai newsletter, 2010, and the same shape whole)', () => {
    // sakai-announce, 2010-10, "Sakai Newsletter - October 7, 2010" (the archive page cuts it after the first entry's text)
    const toc = ['Sakai Newsletter', '', 'October 7, 2010', '', '1.  From the Executive Director', '',
      '2.  Jasig and Sakai Foundations To Pursue Merger', '', '3.  Invitation to EDUCAUSE Community Source Events', '', '9.  Events', ''];
    const text = ['Over the course of this quarter I\'m visiting as many Sakai', 'institutions as possible. My objectives are pretty straightforward.', ''];
    const cut = [...toc.slice(0, 10), '', '1.  From the Executive Director', '', ...text].join('\n');
    expect(sections(cut).map(([t]) => t)).toContain('1.  From the Executive Director');
    const whole = [...toc.slice(0, 10), '', '1.  From the Executive Director', '', ...text,
      '2.  Jasig and Sakai Foundations To Pursue Merger', '', 'The boards of both foundations have voted to pursue a merger.', '',
      '3.  Invitation to EDUCAUSE Community Source Events', '', 'Join us at EDUCAUSE in Anaheim this October.', ''].join('\n');
    // (whole, its entries are numbered topics as any such post's are)
    expect(sections(whole).map(([t]) => t)).toEqual(['Sakai Newsletter', 'From the Executive Director',
      'Jasig and Sakai Foundations To Pursue Merger', 'Invitation to EDUCAUSE Community Source Events']);
  });
});

describe('parser 67: `What ...:` labels that ask what a report tells', () => {
  it('reads `What\'s done:` / `What still needs to be done:` over bullets (OpenSim Cable Beach, 2009) and a GSoC week over prose', () => {
    // opensim-dev, 2009-02, "Cable Beach progress update" (shortened)
    const body = ['Here is an update on the work to merge the Cable Beach asset/inventory server into OpenSim core.', '',
      "What's done:", '', '- All plugins are loaded with Mono.Addins. This means ExtensionLoader', '  is no longer used.', '',
      '- Asset metadata can be browsed with BrowseFrontend.', '',
      'What still needs to be done:', '', '- Currently I hardcoded which plugins are to be loaded, so some logic', '  to read this from the .ini file is needed.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(["What's done", 'What still needs to be done']);
    // jokosher-devel, GSoC final weekly report of the score editor (shortened)
    const gsoc = ['This is my final weekly report, it has been a long journey to get to the end and a lot of hard work.', '',
      'What I’ve done this week:', '', 'I reworked the drag and drop to try and make it less glitchy and it', 'still isn’t perfect.', '',
      'What I’ve learned throughout GSoC:', '', 'That as much as I learn I will always need to learn more.', ''].join('\n');
    expect(sections(gsoc).map(([t]) => t)).toEqual(['What I’ve done this week', 'What I’ve learned throughout GSoC']);
    // (since parser 97, a longer label that says what is left, over its bullets: fixtures/real-corpus/twisted/2007-07-vfs-status,
    // Andy Gayton on twisted-python, 2007; shortened)
    const vfs = ['Things done so far in the branch:', '', '  * The API is better defined and is async.', '',
      '  * The memory and filesystem backends have been ported to meet the new API.', '',
      'Things still left to do for the branch to be merged:', '', '  * clean up the adapter tests', '  * remove all of the now unused code', ''].join('\n');
    expect(sections(vfs).map(([t]) => t)).toEqual(['Things done so far in the branch', 'Things still left to do for the branch to be merged']);
    // (since parser 98, what is still to be implemented: fixtures/real-corpus/mrs/2012-07-me-and-m6-are-still-alive, Maarten
    // Hekkelman on mrs-user, 2012; shortened)
    const mrs = ['What I did so far:', '', '- Complete rewrite of the index and search algorithms.', '',
      '- There are now three executables.', '', 'What needs to be implemented:', '', '- a blast and clustal interface in the server', '',
      '- status pages', ''].join('\n');
    expect(sections(mrs).map(([t]) => t)).toEqual(['What I did so far', 'What needs to be implemented']);
    // a question that leads into a list is no heading
    const lead = body.replace("What's done:", 'What do you think of these:').replace('What still needs to be done:', 'Which of them should go first:');
    expect(sections(lead).map(([t]) => t).filter(Boolean)).toEqual([]);
  });
});

describe('parser 67: topics numbered before a colon, and a scribe\'s remark in brackets', () => {
  it('reads `2: Roll call` / `3: Congratulate Pat ...` as numbered topics beside `[Scribe note: ...]` (W3C RDF Core minutes, 2001)', () => {
    // www-rdf-wg, 2001-09, "RDFCore WG: Minutes of telecon 2001-09-28" (shortened)
    const body = ['1: Allocate scribe:  Dave Beckett', '', '2: Roll call', '', '    - Eric Miller (part of time)', '    - Brian McBride (chair)', '',
      '3: Congratulate Pat on the publication of the Model Theory WD', '', '    See http://www.w3.org/TR/2001/WD-rdf-mt-20010925/', '',
      '    Pat was duly congratulated', '', '4: Review Agenda', '', '    No AOB', '',
      '7: Confirm Status of completed actions', '', '', '[Scribe note: item 8 discussed later]', '',
      '9: Cycles in subPropertyOf', 'RESOLVED (unanimously): cycles are allowed.', ''].join('\n');
    const titles = sections(body).map(([t]) => t);
    expect(titles).toEqual(expect.arrayContaining(['Roll call', 'Congratulate Pat on the publication of the Model Theory WD', 'Review Agenda']));
    expect(titles).not.toContain('Scribe note: item 8 discussed later');
    // a time of day is no number before a colon
    expect(sections('Log of the call\n\n12: 30 we start\n\n13: 05 done\n\n14: 10 over\n').map(([t]) => t).filter(Boolean)).toEqual([]);
  });
});

describe('parser 67: `* Title` right over a paragraph of its own on one line', () => {
  it('reads the highlights of a release plan (DeepaMehta 4.0.12, 2012), not a bullet whose text wraps', () => {
    // deepamehta-users, 2012-08, "Status update and release plan" (shortened)
    const body = ['=> The release of DeepaMehta 4.0.12 is planned for the end of August. Its highlight features comprise:', '',
      '* Access Control Foundation',
      'The basis for publication and collaborative work. Each topic and association is attached with an Access Control List (ACL). In particular 2 scenarios are supported:',
      '\t1) Public read-only topicmaps: make your content public.', '\t2) Shared private installations: collaborate with your team.', '',
      '* Shared File Repository', 'Create folders on the server. Upload files. Access files uploaded by others.', '',
      '* Backend Security', 'The REST API is secured. Each request must pass the filter chain for authorization.', ''].join('\n');
    expect(sections(body).map(([t]) => t).filter(Boolean)).toEqual(['Access Control Foundation', 'Shared File Repository', 'Backend Security']);
    // a bullet whose sentence runs on to the next line is an item
    const wrapped = ['Done this week:', '', '* Fixed the crash in the importer when the', 'file has no header line at all, which users reported twice.', '',
      '* Moved the settings dialog to the new toolkit', 'and removed the old code paths that nobody has used since the last release.', ''].join('\n');
    expect(sections(wrapped).map(([t]) => t)).not.toContain('Fixed the crash in the importer when the');
  });
});

describe('parser 68: reStructuredText parts underlined with apostrophes', () => {
  it('reads `Build system` over `\'\'\'\'` as a part (Rust in QEMU update, January 2025)', () => {
    // qemu-devel, 2025-01, "Rust in QEMU update, January 2025" (Paolo Bonzini; shortened)
    const body = ['It\'s been roughly two months since my previous posting of a roadmap', 'for Rust in QEMU, so it\'s time for an update.', '',
      'Table of contents', "'''''''''''''''''", '', '* Status in QEMU 10.0', '* Build system', '', '',
      'Status in QEMU 10.0', "'''''''''''''''''''", '', 'QEMU when built with ``--enable-rust`` compiles on all supported', 'build platforms.', '', '',
      'Build system', "''''''''''''", '', 'Developers can use ninja to easily access clippy, rustfmt and rustdoc.', ''].join('\n');
    expect(sections(body).map(([t, style]) => [t, style])).toEqual([['Table of contents', 'setext'], ['Status in QEMU 10.0', 'setext'], ['Build system', 'setext']]);
  });
});

describe('parser 68: the end of a wrapped line is no title', () => {
  it('does not title a section `Greg Kroah-Hartman, etc.)`, the wrapped end of an item (Kernel 2.5 status, 2002)', () => {
    // linux-kernel, 2002-02, "[STATUS 2.5]  February 20, 2002" (Guillaume Boissiere; shortened)
    const body = ['Kernel 2.5 status  -  February 20th, 2002', '(Latest kernel release is 2.5.5)', '', '', 'Features:', '', 'Merged',
      'o in 2.5.1+   Rewrite of the block IO (bio) layer             (Jens Axboe)',
      'o in 2.5.2    Initial support for USB 2.0                     (David Brownell, ', 'Greg Kroah-Hartman, etc.)',
      'o in 2.5.2    Per-process namespaces, late-boot cleanups      (Al Viro, ', 'Manfred Spraul)',
      'o in 2.5.2+   New scheduler for improved scalability          (Ingo Molnar)', '',
      'Cleanups:', '', 'Merged', 'o in 2.5.3    Remove old kdev_t users                          (Al Viro)', ''].join('\n');
    const titles = sections(body).map(([t]) => t);
    expect(titles).not.toContain('Greg Kroah-Hartman, etc.)');
    expect(titles).not.toContain('Manfred Spraul)');
    expect(titles).toContain('Merged');
  });
});

describe('parser 68: a sentence cut where its line wrapped is no title', () => {
  it('does not title the notes with `A full log of this meeting is available at` (Interchange IRC meeting notes, 2009)', () => {
    // interchange-users, 2009-08, "Notes for community IRC meeting on August 25, 2009" (the link the archive dropped)
    const body = ['A full log of this meeting is available at', '', 'The meeting started out with introductions.  Present at the meeting were:',
      'Stephan Hornburg <racke1>: Interchange Team Captain, www.linuxia.de', 'Jure Kodzoman <yure>: Interchange Core Developer, www.tenalt.com',
      'Mat Jones <matjones>: www.bibliopolis.com', '', 'Release plans', '', 'Jon wants to get 5.7.2 out by the end of the month.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).not.toContain('A full log of this meeting is available at');
    // a marked heading is as its writer wrote it
    expect(sections('## Ways to get involved with\n\n* a\n* b\n\n## Next\n\n* c\n').map(([t]) => t)).toContain('Ways to get involved with');
  });
});

describe('parser 69: a banner starred on both sides', () => {
  it('is no org-mode heading, so the `* item` bullets below stay items (Xen 4.14 development update, 2020)', () => {
    // xen-devel, 2020-05 (real-corpus xen/2020-05-xen-4-14-development-update-last-posting), shortened
    const body = ['*** LAST POSTING TODAY ***', '', 'This email only tracks big items for xen.git tree.', '', '= Timeline =', '',
      'The critical dates for Xen 4.14 are as follows:', '', '* Last posting date: May 1st, 2020 <--- We are here',
      '* Hard code freeze: May 22nd, 2020', '* Release: June 26th, 2020', '', '= Projects =', '', '== Hypervisor == ', '',
      '*  Live-Updating Xen (RFC v2)', '  -  David Woodhouse', '', '*  Hypervisor file system (v7)', '  -  Juergen Gross', '',
      '*  Secret Hiding (Split into several series)', '  -  Hongyan Xia', '', '*  Xen ioreq server (v3)', '  -  Paul Durrant', '',
      '=== x86 === ', '', '*  Linux stub domains (v5)', '  -  Jason Andryuk', '', '*  Virtualise MSR_ARCH_CAPS for guests', '  -  Andrew Cooper', '',
      '*  AMD hardware mitigations (Rome)', '  -  Andrew Cooper', ''].join('\n');
    const titles = sections(body).map(([t]) => t);
    expect(titles).toEqual(expect.arrayContaining(['Timeline', 'Projects', 'Hypervisor', 'x86']));
    expect(titles).not.toContain('Live-Updating Xen (RFC v2)');
    expect(titles).not.toContain('Hard code freeze: May 22nd, 2020');
  });
});

describe('parser 69: fenced code', () => {
  it('never takes a line inside a fenced code block for a heading (a GSoC blog mail to the git list, 2021)', () => {
    // git, [GSoC] Git Blog 9 (real-corpus git/2021-07-gsoc-git-blog-9), shortened
    const body = ['## Week9 BUG REPORT', '', '### BUG REPORT 1', '', 'The progress display is wrong:', '', '```zsh', '#',
      '# sed -e "s/Z$//" >expect <<\\EOF &&', '# Working hard.......2.........3: 0%', 'test_cmp expect out', '```', '',
      '### BUG REPORT 2', '', 'Another one, fixed in the next version.', ''].join('\n');
    expect(sections(body).map(([t]) => t)).toEqual(['Week9 BUG REPORT', 'BUG REPORT 1', 'BUG REPORT 2']);
  });
});

describe('parser 69: speakers\' turns', () => {
  it('takes no `**Name**:` turn of notes kept as a transcript for a heading (Ethereum core devs call 70, 2019)', () => {
    // ethereum, Ethereum Core Devs Meeting 70 Notes (real-corpus ethereum/2019-09-ethereum-core-devs-meeting-70-notes), shortened
    const body = ['# 1. Istanbul related client updates', '', '## Trinity', '', '**Jason**:', '- There is an issue. It is working but it is too slow.', '',
      '**Wei**:', '- We are done with the implementation.', '', '**Martin**:', '- Geth is ready.', '', '**Jason**:', '- One more thing on Trinity.', '',
      '# 3. Patch proposals for Istanbul', '', '**DECISION 70.1**: EIP-152 is specific to Blake2b.', ''].join('\n');
    const titles = sections(body).map(([t]) => t);
    expect(titles).toEqual(expect.arrayContaining(['1. Istanbul related client updates', 'Trinity', '3. Patch proposals for Istanbul']));
    expect(titles).not.toContain('Jason');
    expect(titles).not.toContain('Wei');
  });
});

describe('parser 69: a table flattened one cell to a line', () => {
  it('takes none of its cells for titles, and keeps the titles around it (Zephyr TSC minutes, 2020-07-15)', () => {
    // zephyr, Zephyr Project TSC - 15 July 2020 (real-corpus zephyr/2020-07-tsc-meeting-minutes-7-15-20), shortened
    const cells = ['Amber Hibberd', 'Yes', 'Ioannis Glaropoulos', 'Yes', 'Nate Graff', 'susp', 'Anas Nashif', 'Yes', 'Johan Hedberg', 'Yes',
      'Piotr Mienkowski', 'Yes', 'Ryan Erickson', 'No', 'Michael Scott', 'susp'];
    const body = ['Zephyr Project TSC - 15 July 2020', '', 'Location', '', 'Join Microsoft Teams Meeting', '',
      'Voting TSC Members in Attendance [12 = quorum] - Quorum reached.', '', 'Voting TSC Member', '', 'Attended?', '', 'Voting TSC Member', '',
      'Attended?', '', 'Voting TSC Member', '', 'Attended?', '', ...cells.flatMap((c) => [c, '']), 'Out of Office / Vacations', '',
      '  • TSC Member Name - Dates', '    • Stefan Mijovic: until July 29', '', 'Opens', '', '  • GitHub Permissions - Next Steps:',
      '    • Define process to grant and revoke merge rights and code ownership', ''].join('\n');
    const titles = sections(body).map(([t]) => t);
    expect(titles).toEqual(expect.arrayContaining(['Out of Office / Vacations', 'Opens']));
    for (const c of ['Amber Hibberd', 'Yes', 'Anas Nashif', 'Attended?']) expect(titles).not.toContain(c);
  });
});

describe('parser 70: a page\'s YAML front matter', () => {
  it('is neither a title nor a list (Hyperledger Indy\'s 2022 Q1 project update, a Jekyll page)', () => {
    // hyperledger, 2022 Q1 Hyperledger Indy (real-corpus hyperledger/2022-03-2022-q1-hyperledger-indy), shortened
    const body = ['---', 'layout: default', 'title: 2022 Q1 Hyperledger Indy', 'parent: 2022', 'grand_parent: Project Updates', 'has_children: false',
      '---', '', '# 2022 Q1 Hyperledger Indy', '', '## Project Health', '', 'Indy is healthy.', '', '## Releases', '', '* Indy Node 1.12.5', ''].join('\n');
    const r = parseStatusPost({ subject: '2022 Q1 Hyperledger Indy', body });
    expect(r.sections.map((s) => s.title)).not.toContain('layout: default');
    expect(r.sections.flatMap((s) => s.items.map((i) => i.text)).join(' ')).not.toMatch(/grand_parent/);
    expect(r.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Project Health', 'Releases']));
  });
});

describe('parser 72: the first line under an underlined title', () => {
  it('is the first of a list when the next line opens alike (blktests failures with v7.0 kernel, 2026)', () => {
    // fixtures/real-corpus/linux-block/2026-04-blktests-failures-with-v7-0-kernel, its list of failures
    const body = ['Hi all,', '', 'I ran the latest blktests with the v7.0 kernel. I observed 6 failures listed below.', '', '',
      'List of failures', '================', '#1: nvme/005,063 (tcp transport)', '#2: nvme/058 (fc transport)(kmemleak)', '#3: nvme/060', '#4: nbd/002', '', '',
      'Failure description', '===================', '', '#1: nvme/005,063 (tcp transport)', '', '    The test case nvme/005 and 063 fail for tcp transport.', ''].join('\n');
    const titles = parseStatusPost({ subject: 'blktests failures with v7.0 kernel', body }).sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['List of failures', 'Failure description']));
    expect(titles).not.toContain('#1: nvme/005,063 (tcp transport)');
  });

  it('stays a sub-title over lines of another shape (Xfce goodies, 2006: `DONE` / `====` / `*Tested`)', () => {
    // fixtures/real-corpus/xfce/2006-01-status-of-plugins-port, as stored
    const raw = readFileSync(new URL('../../fixtures/real-corpus/xfce/2006-01-status-of-plugins-port.eml', import.meta.url), 'utf8');
    const titles = parseStatusPost({ subject: 'Status of plugins port', body: raw.split(/\r?\n\r?\n/).slice(1).join('\n\n') }).sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['DONE', 'NOT DONE']));
    // (the mail stage drops the star; read raw, the title keeps it)
    expect(titles.filter((t) => /^\*?Tested$/.test(t))).toHaveLength(1);
  });
});

describe('parser 76: `Label:` lines in minutes written without a blank line', () => {
  it('heads the prose under it after a `Key: value` row, and over a sentence that opens with two capitals (Crayford Manor House Astronomical Society AGM, 2018)', () => {
    // fixtures/real-corpus/crayfordmanorastro/2018-11-agm-minutes-1st-november-2018, shortened
    const body = ['1st November 2018', 'Chair: John Archer', 'Apologies: Simon Dawes (SD)', 'Matters Arising: None', "Chairman's report:",
      "JA's first year as Society Chairman.", 'Thanks extended to Trustees, Committee Members and members for supporting the Society.',
      'Treasurers Report:', "Keith presented the Treasurer's Report covering the period to 31/8/2018",
      'Gift Aid had allowed another £1k (approx.) to be recovered from membership dues.', 'Election of Trustees as per Constitution:',
      'Retiring Trustees this year, Mike Rushton and John Archer, put themselves up for re-election.', 'AGM closed at 20:33UT', ''].join('\n');
    const titles = parseStatusPost({ subject: 'AGM minutes 1st November 2018', body }).sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(["Chairman's report", 'Treasurers Report', 'Election of Trustees as per Constitution']));
    expect(titles).not.toContain('Matters Arising');
  });

  it('does not head prose under a marker in capitals (OpenBMC Security WG results, 2022: `DISCUSSION:` / `Port Facebook Measured boot to openbmc`)', () => {
    // fixtures/real-corpus/openbmc/2022-09-security-wg-sep-28-results
    const raw = readFileSync(new URL('../../fixtures/real-corpus/openbmc/2022-09-security-wg-sep-28-results.eml', import.meta.url), 'utf8');
    const body = raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
    expect(parseStatusPost({ subject: 'Re: Security Working Group meeting - Wednesday September 28 - results', body }).sections.map((s) => s.title)).not.toContain('DISCUSSION');
  });

  it('does not head a numbered note in lower case (Forrest release plan vote, 2010: `According to the plan below:` / `[1] end of vote`)', () => {
    // fixtures/real-corpus/forrest/2010-12-vote-release-plan-forrest-0-90
    const r = parseStatusPost({ subject: '', body: bodyOfForrest() });
    expect(r.sections.map((s) => s.title)).not.toContain('According to the plan below');
    expect(r.isReport).toBe(false);
  });

  it('reads no heading in a signature: a name over a rule under `Best wishes,` (ISOC chapter meeting notes; parser 77)', () => {
    // fixtures/real-corpus/isoc/2007-04-notes-from-chapter-and-members-meeting-lisbon: the notes end with the sender's
    // signature, her name over a rule and her title, address and organisation boxed in rules
    const body = readFileSync(new URL('../../fixtures/real-corpus/isoc/2007-04-notes-from-chapter-and-members-meeting-lisbon.eml', import.meta.url), 'utf8').split(/\r?\n\r?\n/).slice(1).join('\n\n');
    const titles = parseStatusPost({ subject: 'Notes from Chapter and Members Meeting, Lisbon 29th March', body }).sections.map((s) => s.title);
    expect(titles).toContain('Attendees');
    expect(titles).not.toContain('Anne');
    expect(titles.some((t) => t.startsWith('Internet Society (ISOC)'))).toBe(false);
    // (a report goes on after its writer's sign-off, two blank lines below: Xen's release updates)
    expect(sections('Status below.\n\nThanks,\nIan.\n\n\nOPEN ISSUES AND BLOCKERS\n========================\n\n* a\n* b\n').map((x) => x[0])).toContain('OPEN ISSUES AND BLOCKERS');
  });
});

describe('parser 86: box-drawing underlines', () => {
  it('reads titles underlined with `═══` and `───`, as Org mode exports them (OCaml Weekly News, March 2022)', () => {
    // caml-list, 2022-03, "Attn: Development Editor, Latest OCaml Weekly News" (Alan Schmitt; shortened)
    const body = ['Hello', 'Here is the latest OCaml Weekly News, for the week of March 08 to 15,', '2022.', 'Table of Contents', '─────────────────',
      'Robur Reproducible Builds', 'OCaml TeXmacs plugin', 'Robur Reproducible Builds', '═════════════════════════', 'Archive:',
      '<https://discuss.ocaml.org/t/ann-robur-reproducible-builds/8827/6>', 'Continuing this thread, Hannes Mehnert announced',
      '────────────────────────────────────────────────', 'The background article by @rand is now online', 'OCaml TeXmacs plugin', '════════════════════',
      'Archive:', '<https://sympa.inria.fr/sympa/arc/caml-list/2022-03/msg00009.html>', 'Nicolas Ratier announced', '────────────────────────',
      'I made a basic OCaml plugin for TeXmacs (<http://www.texmacs.org>) I', 'would like to keep it simple, but comments and improvements are', 'welcome.'].join('\n');
    expect(sections(body)).toEqual([['Table of Contents', 'setext', 2], ['Robur Reproducible Builds', 'setext', 1], ['Continuing this thread, Hannes Mehnert announced', 'setext', 2],
      ['OCaml TeXmacs plugin', 'setext', 1], ['Nicolas Ratier announced', 'setext', 2]]);
  });
});

describe('parser 87: tilde underlines and a bold title closed after a space', () => {
  it('reads lines of tildes under titles as underlines, not as fences of code (the Python language summit, 2014)', () => {
    // python-dev, 2014-04, Language Summit notes ("I was the guy at the back taking pictures"; shortened): each part is
    // underlined with tildes, which a fence-of-code reading paired into fences, hiding every other title
    const body = ['I was the guy at the back taking pictures. I also took notes! :)', '', 'Language Summit', '---------------', '',
      'Intros', '~~~~~~', '', 'Everyone starts by doing a 15 second intro.', '', 'Release Management', '~~~~~~~~~~~~~~~~~~', '',
      'Larry Hastings talks about release versioning!', '', 'PyPy', '~~~~', '', 'PyPy update: 7 iterations of stm!', '',
      'IronPython', '~~~~~~~~~~', '', 'IronPython is active again! New contributors!', '', 'Jython', '~~~~~~', '',
      'Nobody from the team was present, but they sent a report.', '', 'Packaging', '~~~~~~~~~', '',
      "pip will suddenly need to become more user-friendly."].join('\n');
    expect(sections(body).map((s) => s[0])).toEqual(['Language Summit', 'Intros', 'Release Management', 'PyPy', 'IronPython', 'Jython', 'Packaging']);
    // (a fence of tildes around code still hides what it holds)
    const fenced = sections(['= Done =', '', '* a', '', '~~~', '= Not a title =', '~~~', '', '= Next =', '', '* b'].join('\n')).map((s) => s[0]);
    expect(fenced).toEqual(['Done', 'Next']);
  });

  it('reads `*4. Inactive Chapter Cleanup *` as a bold title among titles in bold (OWASP chapter committee, 2011)', () => {
    // Global_chapter_committee, 2011-03-14, "Minutes from March 14 Meeting" (Tin Zaw; shortened)
    const body = ['*1. Consolidating Chapter Leader List*', '', 'We now have three different sources of information.', '',
      '*3. Budget*', '', 'We should submit the committee budget by March 28.', '', '*4. Inactive Chapter Cleanup *', '',
      'We can put chapters into three categories.'].join('\n');
    expect(sections(body).map((s) => s[0])).toEqual(['1. Consolidating Chapter Leader List', '3. Budget', '4. Inactive Chapter Cleanup']);
    // (not a label with an empty value, `*Desc *     :`, Zephir's conference call report, 2005)
    expect(sections(['*Subject*: Having a common database', '*Desc *     :', '*Actions* : Ask Greg'].join('\n')).map((s) => s[0])).not.toContain('Desc');
  });

  it('reads a commit\'s line, its hash and subsystem before a colon, as no run-in topic (XFS backports, 2023)', () => {
    // (since parser 98: fixtures/real-corpus/linux-xfs/2023-08-interim-xfs-backports-for-5-15-and-6-1, shortened)
    const body = ['46080ca79d18 xfs: hoist refcount record merge predicates', '    commit 9d720a5a658f upstream.   (v6.2)', '',
      '45b231886605 xfs: estimate post-merge refcounts correctly', '    commit b25d1984aa88 upstream.   (v6.2)', '',
      '60cd06e242be xfs: fix off-by-one-block in xfs_discard_folio()', '    commit 8ac5b996bf51 upstream.   (v6.2)', ''].join('\n');
    expect(sections(body).map((s) => s[0]).filter(Boolean)).toEqual([]);
  });

  it('reads a last sentence over a signature\'s short rule as no title, leaving the labels above it (Thunderbird Council, 2020)', () => {
    // (since parser 98: fixtures/real-corpus/mozilla/2020-02-thunderbird-council-summary-2020-01-16-html, shortened)
    const body = ['Agenda:', '', 'Hiring:', '* Mozilla layoffs: we are looking into what may be necessary.', '',
      'Governance:', '* We are reviewing the service agreements that Mozilla provides.', '',
      'The meeting ended after 3:00 PM CEST.', '----', 'Berna Alp, p≡p Foundation', 'https://pep.foundation'].join('\n');
    expect(sections(body).map((s) => s[0])).toEqual(expect.arrayContaining(['Hiring', 'Governance']));
    expect(sections(body).map((s) => s[0])).not.toContain('The meeting ended after 3:00 PM CEST.');
  });
});

describe('parser 88: `-=-=-=` over and under a title', () => {
  it("reads each project of Axiom's weekly update between two `-=-=` lines (axiom-developer, 2014-12-23)", () => {
    // axiom-developer, 2014-12, "project update" (Tim Daly; shortened): the titles of 15 to 28 characters are between
    // lines of 28, so only the two as long as their lines were read as underlined
    const body = ['Progress has been made on many fronts in the last week.', '', 'Tim', '', '',
      '=======================================================================', '', '-=-=-=-=-=-=-=-=-=-=-=-=-=-=', 'Axiom continuous integration',
      '-=-=-=-=-=-=-=-=-=-=-=-=-=-=', ' ', '  * The jenkins server now has private disk space.', '', '-=-=-=-=-=-=-=-=-=-=-=-=-=-=', 'Axiom Charybdis',
      '-=-=-=-=-=-=-=-=-=-=-=-=-=-=', '', '  * Charybdis is the name of the Axiom build and test system.', '', '-=-=-=-=-=-=-=-=-=-=-=-=-=-=',
      'Axiom buglist', '-=-=-=-=-=-=-=-=-=-=-=-=-=-=', '', '  * Several bugs were fixed.'].join('\n');
    expect(sections(body).map((s) => s[0])).toEqual(['Axiom continuous integration', 'Axiom Charybdis', 'Axiom buglist']);
  });

  it('reads a title boxed between two like rules, centred (Axiom 2016 "State of the Union")', () => {
    // axiom-developer, 2016-10, Axiom 2016 / 30 Year Horizon "State of the Union" review (Tim Daly; shortened)
    const stars = '******************************************';
    const body = ['Axiom has a 30 year horizon.', '', stars, '       LONG TERM GOALS', stars, '', 'Axiom should be the reference for computational mathematics.', '',
      stars, '         CURRENT STATE', stars, '', 'The code is literate and builds on many distros.', '', stars, '        CHALLENGES', stars, '',
      'Finding people with time.'].join('\n');
    expect(sections(body).map((s) => s[0])).toEqual(['LONG TERM GOALS', 'CURRENT STATE', 'CHALLENGES']);
    // (a sentence between two rules is no title)
    expect(sections(['Intro', '', stars, 'Please read this notice before you post to the list, thank you.', stars, '', 'Text.'].join('\n')).map((s) => s[0])).not.toContain('Please read this notice before you post to the list, thank you.');
  });
});

function bodyOfForrest(): string {
  return readFileSync(new URL('../../fixtures/real-corpus/forrest/2010-12-vote-release-plan-forrest-0-90.eml', import.meta.url), 'utf8').split(/\r?\n\r?\n/).slice(1).join('\n\n');
}

describe('parser 108: a saved wiki page', () => {
  it('reads the tagline under the page title, `From HacDC Wiki`, as no title (HacDC, 2013)', () => {
    // fixtures/real-corpus/hacdc/2013-01-regular-member-meeting-2013-01-08 (round 88; shortened)
    const body = ['Regular Member Meeting 2013 01 08', '', 'From HacDC Wiki', '', 'Time and Location', '', 'January 8, 2013', '', 'Quorum met? Yes', '', 'Director Reports', '',
      "President's Report", '', '  * Planning activities for the year', '', "Treasurer's Report", '', '  * $2,000 in the bank'].join('\n');
    const titles = sections(body).map((s) => s[0]);
    expect(titles).toContain("President's Report");
    expect(titles).not.toContain('From HacDC Wiki');
    // (a line so written further down, or one that reads as a sentence, is the writer's)
    expect(sections(['Minutes', '', 'Present: Ann, Bob', '', 'From Ukraine.', '', 'Director Reports', '', "President's Report", '', 'Text.'].join('\n')).map((s) => s[0])).not.toContain('From Ukraine.');
  });
});

describe('parser 113: a saved wiki page in another language', () => {
  it('reads MediaWiki\'s tagline in the wiki\'s language as no title, first when its jump line follows (Hackerspace Ffm 2014, Hack42 2018)', () => {
    // fixtures/real-corpus/hackerspace-ffm/2014-11-protokoll-jahreshauptversammlung (round 92; shortened)
    const ffm = ['Protokoll 2014.11.05', '', 'Aus Hackerspace Ffm', '', 'Wechseln zu: Navigation, Suche', '', 'TOP 1: Begrüßung', '', 'Der Vorstand begrüßt die Mitglieder.', '', 'TOP 2: Bericht des Vorstands', '', 'Der Vorstand berichtet.'].join('\n');
    expect(sections(ffm).map((s) => s[0])).not.toContain('Aus Hackerspace Ffm');
    // fixtures/real-corpus/hack42/2018-06-deelnemersvergadering-30-juni-2018: the copy starts under the page's title
    const hack42 = ['Uit Hack42', '', 'Ga naar: navigatie, zoeken', '', 'Agenda', '', '  * Opening', '  * Jaarverslag', '', 'Verslag', '', '  * Opening om 14:00', '  * Jaarverslag goedgekeurd'].join('\n');
    expect(sections(hack42).map((s) => s[0])).not.toContain('Uit Hack42');
  });
});

describe('parser 123: what a saved page shows for moving about its site', () => {
  it('reads GitHub\'s `Skip to content` and Confluence\'s `Compare with Current View Page History` as no titles (Spack 2016, RISE 2024; round 102)', () => {
    // fixtures/real-corpus/spack/2016-09-telcon-2016-09-22 (shortened)
    const spack = ['Skip to content', 'Todd Gamblin edited this page Sep 22, 2016 · 8 revisions', '', 'Participants', '', '  1. Todd Gamblin (LLNL)', '  2. Ben Boeckel (Kitware)', '', 'Agenda', '', '  1. Release 0.10', '  2. Testing'].join('\n');
    const titles = sections(spack).map((s) => s[0]);
    expect(titles).toContain('Participants');
    expect(titles).not.toContain('Skip to content');
    // fixtures/real-corpus/rise/2024-05-rise-tsc-meeting-09-may-2024 (shortened)
    const rise = ['You are viewing an old version of this page. View the current version.', '', 'Compare with Current View Page History', '', 'Version 1 Next »', '', 'Attendees', '', '  * Ann', '  * Bob', '', 'Working Groups', '', '  * Compilers: on track', '  * Kernel: done'].join('\n');
    const riseTitles = sections(rise).map((s) => s[0]);
    expect(riseTitles).not.toContain('Compare with Current View Page History');
    expect(riseTitles).not.toContain('Version 1 Next »');
  });
});

describe('parser 128: marks of text left out, and inline HTML', () => {
  it('reads `[snip]`, `[...]` and a copy\'s `[... truncated ...]` as no heading, so the post\'s own headings stand (rounds 105-110)', () => {
    // fixtures/real-corpus/joomla/2019-09-production-dept-meeting-august-27 (round 110; shortened): team headings over
    // `•` items, the excerpt cut at the end
    const joomla = ['Discussion outline', '', 'Report from the Department Coordinator', '', '  • Harald shared a document draft.', '', 'Bug Squad', '', '  • 2 Banner sponsors already signed and active.', '', 'Documentation Team', '', '  • J4 Help screens need to be written.', ''];
    for (const cut of ['[... truncated: archive excerpt ends here ...]', '[snip]', '[...]', '[rest snipped]']) {
      const titles = sections([...joomla, cut].join('\n')).map((s) => String(s[0]));
      expect(titles).toEqual(expect.arrayContaining(['Bug Squad', 'Documentation Team']));
      expect(titles.some((t) => /snip|truncated|\.\.\./.test(t))).toBe(false);
    }
    // (a remark in brackets still heads what follows it)
    expect(sections(['[Kernel]', '', '* merged the fix', '', '[Userspace]', '', '* released 1.2'].join('\n')).map((s) => s[0])).toEqual(['Kernel', 'Userspace']);
  });

  it('reads a title without its inline HTML (This Week in Matrix, 2018; round 110)', () => {
    // fixtures/real-corpus/matrix/2018-06-this-week-in-matrix-2018-06-08 (shortened)
    const twim = ['## GSOC Updates', '', '### <a href="https://matrix.to/#/@Zil0:matrix.org">Zil0</a> on the <a href="https://github.com/matrix-org/matrix-python-sdk">matrix-python-sdk</a>', '', 'Zil0 worked on E2E.', '', '### <a href="https://matrix.to/#/@apwhitehat:matrix.org">apwhitehat</a> on Dendrite', '', 'More work on Dendrite.'].join('\n');
    expect(sections(twim).map((s) => s[0])).toEqual(['GSOC Updates', 'Zil0 on the matrix-python-sdk', 'apwhitehat on Dendrite']);
  });
});
