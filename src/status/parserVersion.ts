/**
 * Bump when parsing output changes (here or in how src/index derives rows from it); derived rows
 * record it. 3: topics of git-style category posts are projects (src/index/topicSections.ts).
 * 4: detection by weighed evidence and series; generic headings and single-project posts; mail
 * archive links, [PATCH] subjects and tracker short forms are refs. 5: projects named with their
 * list's community (List-Id), the body's title line for a post with no subject, more heading styles.
 * 6: acronyms spelled out, countdowns named for their release, numbered generic headings, replies
 * retitled as a meeting's results. 7: project names leave out when a meeting was (`at 12:00 UTC`) and
 * the release a count runs up to (`stats for 6.8`); `-maintainers` lists; more generic headings;
 * numbered (and Roman-numbered) topics right above their paragraph are headings. 8: `Status of X`
 * is no question, a numbered update is a counter; a post with no subject is named by its first
 * heading when it names a report; what an update is on, the week, where a gathering was.
 * 9: wording evidence (src/status/wording.ts). 10: project names leave out a subject's writer, the
 * kind of call, a report's stage and a steering body; a list on another's host is its own project's;
 * names right over bullets in minutes without blank lines are headings; a meeting's time is a call.
 * 11: project keys ignore spaces and hyphens (`ClangBuiltLinux` = `Clang-Built Linux`).
 * 12: a message with no List-Id (all of pipermail's) is read with its list's, made from the list's
 * URL (src/index/listHint.ts); dotted and comma'd dates, `conf call`, a steering body's list;
 * a design laid out for discussion, a roll of attendees; wording learned from rounds 1-14.
 * 13: a release manager's countdown and a release's status are reports (`3.3 rc1 next week`,
 * `Reminder: 12 weeks to 3.7 feature code cutoff`); paragraphs a mailer left on long lines are
 * text enough; project keys fold a feature release's `.0` (`Python 3.7.0` = `Python 3.7`).
 * 14: project keys leave out `The`, `GNU`, `Apache` before a name and `Project`, `team`,
 * `working group` after it, and GTK's `+` (`Yocto Project` = `Yocto`); topics under a marked
 * heading; a release held up or delayed, Czech/Slovak minutes and status, `new developments in`
 * are cues; a meeting's date in a call to meet is none; `has been updated to version N` announces;
 * project names leave out date ranges, `KW 12`, telcons, when a group meets, a delay; a bare version
 * is the host's project's; a person with an address, a sentence or a date range names no project;
 * `Issue N`, `PR N`, `#N` in a post that links one GitHub repository are that repository's;
 * a setext title underlined to its own length may be long or follow a paragraph's last sentence;
 * two or more `Label:` lines over lists divide a marked section; a post that opens with a quote
 * it answers is a reply, whatever its headers kept.
 * 15: topics of a call over their points (`Benchmarking LLVM 9 builds` / `- Nathan ...`) and short
 * title lines beside other headings are sections; a lower-case area over bullets (`x86:`) is a
 * label; an underline of `~` or one fitted to its title after any line makes a setext title; a
 * `Label:` over bullets right after a sentence (a blank line lost by the archive) is a heading; an
 * Apache board report's parts (`PMC changes`, `Health report`) name no project; `Snowdrift.coop` is
 * `Snowdrift`; `No subject` names nothing; a design laid out under a post's first heading is judged
 * as one even with no subject; `Patchwork summary for:` is a bot's.
 * 16: a subject naming only the kind of report (`[smb4k-devel] Status report`) makes a single-project
 * post of the list's project, its headings areas; a subject naming only a side of a project (`translation
 * status`, `Kernel inclusion status`) names the list's project; `Improve X` is X; a question added to
 * a report names nothing; a project's maintainers report on the project.
 * 17: `buildbot` or `automated` in a subject that says progress is no bot's (`progress in automated
 * testing`); `please pull the master branch and give it a try` is no pull request; `-developer(s)`
 * lists are named after their project; a tree tagged by date and release
 * (`renesas-drivers-2019-04-30-v5.1-rc7`) is that tree.
 * 18: a release's list of known regressions (`2.6.19-rc5: known regressions (v3)`) is a report and
 * names the release; minutes, news, updates and weekly mails in Spanish, Portuguese, Dutch, German,
 * French and Italian (`Acta de reunión`, `Aktualisierung von Nereus`, `Checkins de la semaine`) are
 * cues and name nothing; `[ANN]` over stats, a report or a summary announces no release; a commit
 * report is a bot's; a session proposed for a conference (`[LSF/MM/BPF TOPIC]`) is no report; a day
 * before its month (`18 Oct`) dates a subject; `X status update - what it covers` names X; `Denu's
 * Status` names Denu; centred numbered titles (`      1. No balancing by default`) and `1.- Asistentes.`
 * are headings; marc.theaimsgroup.com links are marc.info's.
 * 19: a date without separators (`Progress 20050801`) or a month of a year (`News 8/2011`) dates a
 * subject; a diffstat with no diff under a subject that names a report is a tree's state, no patch;
 * a preview line padded with invisible characters is a marketing mail's; `-contributors` lists are
 * named after their project; `Reiser4 status: benchmarked vs V3` names Reiser4; a bug's dependency
 * tree (`showdependencytree.cgi?id=N`) is bug N.
 * 20: a post that asks for help (`I have a question`, `Can someone help`, `Thanks in advance`) weighs
 * -2; `status of bugzilla #N` asks; `available for testing` announces a release; minutes that a
 * foundation's list publishes (`foundation-announce@gnome.org`) are the foundation's.
 * 21: a tag naming a GSoC project (`[GSoC - TCG Continuous Benchmarking]`) is a cue, and a tag
 * numbering the issue (`[#4]`) numbers the subject.
 * 22: a review or bug cited in the greeting's prose is kept, as an untitled leading section added
 * after detection; links set off with `>` between the writer's own lines of a mail that quotes
 * nobody are the writer's; GNU Savannah's trackers (and `Savannah #N`), MantisBT's `view.php?id=N`
 * and a patchwork cover letter are references.
 * 23: `X in <month>` (`postmarketOS in 2024-09: ...`, `November 2019 in Reproducible Builds`) names a
 * month's report of X; a numbered first line is a section, not a title line; a date-and-time or a
 * decisions heading is generic; `State of X` is X's, and the GSoC or Code-In programme in a subject
 * is not the project; a Markdown link whose `]` an archive percent-encoded ends there.
 * 24: MeetBot's minutes (`Meeting started by X at 17:01:20 UTC`) are a meeting's summary (+3) and
 * need no report word in their subject; an IRC log (half its lines `14:02 < nick> ...`) is what was
 * said, not a summary (-4); a subject holding a placeholder (`[YYYY-MM-DD]`, `<enter date here>`) is
 * a blank form (-6); a quarter (`2019 Q1`), a spaced date (`2016 07 14`), a meeting's counter and the
 * developers who meet (`Parrot Developer Summit`) are no part of a project's name; MeetBot's channel
 * (`#opnfv-meeting:`) neither.
 * 25: a day written with its ordinal (`June 6th, 2006`) dates a subject; `X chapters report` is X's,
 * and `Bits from the X release manager` X's.
 * 26: `release notes` after `release update:` or `release status:` is a topic of the update, not a
 * release announced.
 * 27: a generic heading is never a project, even in a post whose project is unknown; minutes'
 * attendance and housekeeping headings (`Attending`, `Regrets`, `Recurring items`, `AOB`) are
 * generic; a first heading naming a meeting and its day names a post whose subject was lost; who
 * meets is no part of a name (`community conf call`, `TSC and Dev Members Call`, `Zeek LT`,
 * `Exec Board`); a `-public` or `-develop` list tag is its project's.
 * 28: `*** Topic` lines over their points and a line in capitals after a sentence's end are
 * headings; a commit notification (`[x-commits]`, `cvs commit:`) is a bot's; a project's report to
 * its foundation's board (`ASF Board report for Groovy`, `Apache Cocoon report for the Board`) is
 * the project's; `[IMPORTANT]` tags and a board of directors (`BoD`) name no project.
 * 29: a post that lost its subject and opens saying it holds a meeting's minutes is its list's
 * project's, one project; a heading made of report words and a date is never a project; a tag
 * naming the programme and the project (`[GSoC - TCG Continuous Benchmarking]`) names the project;
 * `DRAFT -`, `final minutes`, `coordination call` and `inaugural` are no part of a name.
 * 30: `wrap-up` is a report word and `meeting report` a meeting's summary; a postponed feature
 * freeze (`TYPO3 4.7 Feature Freeze postponed`) is a release's status; a numbered topic over one
 * long unwrapped line is a heading, and `3a)` numbers a sub-topic.
 * 31: an update, newsletter or set of minutes `released` is a report, not a release announced;
 * issue numbers (`39 & 40/2008`, `16th`) are no part of a name.
 * 32: project keys drop accents on Latin letters (`Cimarrón` = `cimarron`); a summary sent with the
 * next meeting's agenda (`Weekly Summary and Meeting Agenda`), a `quick summary` and a month-first
 * date with a two-digit year (`4-24-93`) name no project.
 * 33: `[Sum]` and `Last week on the design list` are a list's summary; an agenda a report says someone
 * sent is no invitation; a URL wrapped right after `http://` is joined; `X Incubation Status` is X's.
 * 34: a topic between rules indented with it is a heading; `pleased to announce the results` is no
 * release; `Post 1.0 plans and development update`, `Updates: X and Y` name no project.
 * 35: `[Mono-announce-list]` is Mono's; `Quick`, `Draft of ... for review`, `the latest` / `last
 * week's` meeting name no project.
 * 36: a subject opening `The state of X` or saying `current state (...)` is a report's; Spanish
 * minutes joined by underscores (`acta_reunion_21_12_04`).
 * 37: a signature followed, after a blank line, by 20 lines of text ends there (minutes attached
 * below it); `President's Letter` is a report's cue and names the list's organisation; `Approved` /
 * `Unformatted minutes`, `Meeting log`, `the first teleconference` name no project.
 * 38: Portuguese `Acta da reunião` and Italian `verbale assemblea` are minutes; `the agenda for the
 * meeting was approved` invites to no meeting; a list tag's short last word is the name the posts
 * write out (`Linux-aus`: Linux Australia); `MINUTES Council` names no body; Portuguese and Spanish
 * weekdays are dates; W3C tracker items under a hundred (`ACTION-38`, `ISSUE-61`) are bug references;
 * a `Contents` list after a banner and the attendees, its footnote marks left out (`1. [4]Convene`),
 * names the plain headings below it.
 * 39: `Action Items` names no project (`Action Items GNSO Council Meeting`).
 * 40: German `Mitschrift` is minutes; a dated meeting in Italian, German, Dutch or Spanish
 * (`riunione-assemblea del 6 febbraio 2003`, `Treffen 23.06.2004`) is as a dated `meeting`.
 * 41: a gathering or the kind of meeting alone (`Midcycle`, `organizational meeting`) names no
 * project; `the ILUGC Meet`; `BoD` / `TSC minutes` name the list's community, not its list; a name
 * that starts with the community's word keeps it (`Fedora Board`); a host's run-together name is
 * as the posts write it (`documentfoundation`: Document Foundation).
 * 42: Danish `Referat af` / `mødereferat`, Swedish `Mötesprotokoll`, Italian `Resoconto della riunione`
 * / `Verbale incontro`, French `Compte rendu de la réunion` are minutes (their words name nothing);
 * `8/1 2003` is a date; OpenJDK's `Rampdown Phase One` is a release's milestone; `Status: Draft` under
 * minutes is no design proposal; lettered topics (`A. Admin`, `B1. Update`) are numbered ones; a bare
 * title line counts when another is taken as numbered; `Dagsorden` and other languages' agenda and
 * attendance words are generic; `X WG` is keyed as `X Working Group`; `PT1A`, `Plenary`, `minutes,
 * DRAFT` and `JDK 22 is now in ...` name what they are of.
 * 43: Galician `Resumo da xuntanza` and Spanish `Resumen de la reunión` are minutes; an AGM's time
 * (`AGM, 2pm on Saturday`) is a call to it.
 * 44: Slovene, Croatian and Serbian `Zapisnik` are minutes; a release's `Postmortem` and a team's
 * `retrospective` are report words; `Outcome of the round table meeting` is what a meeting decided (a
 * subject's cue, no opening's); `JDK 17 enters ...` names `JDK 17`; `200406 Momonga` is dated, not named.
 * 45: a PGP-signed message's text loses the signer's dash-escapes (`- ----` under a heading is the
 * writer's `----`), and a lone `Hash: SHA256` atop a body is armour (an archive that dropped the BEGIN line);
 * `During the MOTU meeting on Friday, ... the following` going on below is a sentence, no title line.
 * 46: `Upcoming D-I Bookworm RC 3 and RC 4`: a release's coming candidates are its milestone.
 * 47: Outlook's `-----Original Message-----` as a body's first line opens a forward, not a quote
 *     (the mail stage keeps what it opens, the status parser reads it as the post's); an opening
 *     that says what the post is (now also `Attached please find my 2009 annual report`, `Here's
 *     my 2013 ... Report`, `Welcome to the OpenJDK Quality Outreach June update`) counts beside a
 *     subject's strong cue too.
 * 48: report words in French and Italian: `bilan moral` (`bilan d'activité`, `bilan annuel`), an
 *     association's yearly report, and `Resoconto` alone (an account of a meeting or a day); an
 *     update of a FAQ, README, manual or handbook is a document's new version, not a report; names
 *     drop those words and dates written in Italian, Spanish, French and German (`Sabato 19 marzo`).
 * 49: names: what is left of a subject in more than four words is a sentence about the project,
 *     not its name (the list's community is; a student programme's long project title stays); a
 *     call or meeting with a person (`Notes from call with Francis`, `Treffen mit Herrn W.`) names
 *     nothing; a leftover without a letter or a version (`/12` of `Jan 11/12`) is no name; German
 *     `Mitschrift` and Italian `verbale`/`riassunto` minutes are the list's project's.
 * 50: Danish minutes and yearly reports (round 45): `[Announce]` over minutes or a report (`Referat
 *     af ...`, `Bestyrelsens beretning`) is the announce list's tag, not a release's; `beretning`,
 *     `Jahresbericht`, `jaarverslag` are report words, a bare `referat` names minutes; dates written
 *     day first (`11.08.2002`, `5. januar 2002`) date a subject, a meeting on a German or Danish
 *     weekday (`Teamsitzung am Freitag`) is one to come; Italian, Russian and other attributions
 *     (`ha scritto:`, `пишет:`) open a quote; a numbered line underlined to its length and `Ad 1.`
 *     are headings (`Ad N.`, `Tilstedeværende`, `Fraværende` name no project); names drop Danish
 *     meeting words, articles and dates (`i AaUUG`, `SSLUG's årsmøde og generalforsamling`).
 * 51: openings that say what the post is: `This was my ninth month working on LTS and ELTS` (a
 *     funded developer's monthly report), `a report of the activities performed by ...`.
 * 52: Italian `rapporto` is a report word; a day and month written `18/10` date a subject; a week's
 *     `checkins` are the list's project's, French `Nouveautés`/`Corrections` headings name none;
 *     names drop `Bozza rapporto riunione` and French and Italian `du`/`au`/`del` left by dates.
 * 53: Spanish and Catalan minutes of an assembly: `acta asamblea`, `Acta 13/02/10`, `acta
 *     assemblea`, `resum assemblea`; Italian `report assemblea`.
 * 54: a run of three or more numbered topics (1, 2, 3 ... at one indentation), each with text of its
 *     own before the next number, are headings (minutes' topics indented, over one-line paragraphs,
 *     after an agenda listing them); a numbered topic may stand three blank lines above its text;
 *     `lingering issues`, `Development Focus`, `General Information` are generic headings; a report
 *     whose subject and title are both unknown reports on its list's project (its headings areas);
 *     a named project's bare update names it before the colon (`dbus-top tool update: ...`);
 *     minutes whose project and list are unknown name no project after their topics; a numbered
 *     topic over a block indented under it may have a blank line within the block.
 *     References: `tdf#N`, `poo#N`, a tracker named before `#N` (`ros2cli#1129`, `TT#1523`,
 *     `i915#3012`), `bug #83`, `[[!tails_ticket N]]`, Debian's DSA/DLA/ELA advisories, W3C's
 *     `Issue-20`; a list of topics keeps the references of the prose under it.
 * 55: run-in headings: three or more paragraphs that open with their topic's name and go on on the
 *     same line (`Security Support for Woody ending. The Debian Project ...`, `*Approval
 *     Application.* Nik Butler ...`, `b) Website. Emil is ...`, `Merges: We are lagging ...`, not a
 *     block of fields, numbered points or a plan's dates); a heading that is one Markdown link
 *     is titled by the link's text (its reference still read); MeetBot's `(nick, 13:03:54)` is no
 *     part of a topic's title; `approval` is a generic heading's word; a title line with no blank
 *     line around it may be up to 60 characters over a bullet or over a long line of prose, when the
 *     post holds two or more such lines (notes pasted from a web page); a run of numbered topics may
 *     number every one `1.` (a page's numbered list as text); title lines with nothing under them
 *     but the next title (lists the archive dropped) are headings beside two others; the name under
 *     `Thanks,` signs the mail; a numbered Markdown link (`1. [ProgPow Audit](...)`) is titled by
 *     its text, a `(2)` marker and a page's inline tags (`<span ...>`) are no part of a title; a
 *     list tag of two capitalised words and no list kind (`[GRASE-Hotspot]`) names its project; a
 *     Markdown heading whose section an archive flattened onto its line (`## Announcements * FOSSY
 *     conference: ...`) is titled up to the first ` * `, the rest its section's text.
 * 56: junk project names of real reports (issue #9): a tag of a report word and a release (`[STATUS
 *     2.5]`), a voice or phone conference, Italian `Riassunto riunione`, a conference (`Wineconf`,
 *     `Sharkfest '13`, `31C3`, `OSCON`, its BoFs and sessions), a wrap-up, that a report is late
 *     (`Minutes Long Overdue`), what kind of news (`Assorted news`), a news service's bulletins, a
 *     check-in and a one-letter list tag name no project; a subject naming only its list
 *     (`perl5-porters`) names what the list is for, an organisation's numbered meeting (`RIPE 28`)
 *     the organisation, a named release (`the Jessie release`), a project's code and an OASIS TC
 *     (`XRI TC`) what they name, an organisation's engineering report its engineering; `Bits from
 *     the DPL` is the community's though the post spells the acronym out, a file in capitals
 *     (`MAINTAINERS`) no team, and an acronym's update on a list named more fully keeps the acronym.
 * 57: section titles of real reports (issue #9): reStructuredText's `^^^^` and `####` underline a
 *     title; `Item 3: Consent Agenda` and `Topic: SVG 1.1 2nd ed` name the minutes' topics; a title
 *     line right over a short sentence (`AR Review` / `All ARs reviewed and completed.`) is one beside
 *     the post's other title lines; two or more `-- Title --` lines are headings.
 * 58: project names of real reports left without one or with a sentence for one (issue #9): a
 *     List-Id written as the list's address (`public-webrtc@w3.org`) is read, a W3C list by its
 *     group (`public-`, `www-`), a list by the host's fuller name (`wikimediauk-l`, `w3c-...`) or by
 *     the name its abbreviation spells (`ilugd`: ILUG-Delhi); a sentence of the subject (`State of
 *     compiling SENF on intrepid`, `Need to recall some ...`, topics listed with `etc.`, after a bare
 *     progress or with `+`) names the list's project; a hackathon, its code name (`t2k17`) and
 *     place, a chat log, a telecon, a face to face meeting, a German `Treffen` or `Kurzbericht` and a
 *     `[Members]` tag name none; a project's work, manual and tool, and what a steering committee
 *     steers, are the project; an acronym's call on a field's hosted list (`LSE Call` on
 *     linux-kernel) is the acronym's.
 * 59: detection of real reports (issue #9): an opening that hands over the notes of a meeting held
 *     (`Here are my notes from yesterday's team meeting`) or tells of one (`the biweekly TCL/Tk meeting
 *     took place today`, `we held a meeting on irc`) names the post as its subject would,
 *     and the meeting's call the subject names (`Re: Next team meeting: Wed May 12 @19:00 UTC`) is
 *     the meeting's; a roll call at the top (`Attendees:`, `Present:`, `Presenti:`,
 *     `Anwesend:`) is minutes; a release's milestone a weekday or a day away (`JDK 21 enters
 *     Rampdown Phase One next Thursday`) is its countdown; an opening that announces a release
 *     (`squashfs-tools-ng 0.7 is released`, `I've just released`) or asks (`I'm struggling with`,
 *     `Where do we stand with`) weighs against a report.
 * 60: section titles of real reports (issue #9): a lone underlined title naming a report titles the
 *     post over its weak headings; `Point 1 in the agenda: ...` and a topic line behind a bullet name
 *     a topic; names right over their bullets divide a marked section; `\t\t== Name ==` is a heading
 *     however far indented; a numbered topic's indented block may open with a one-line paragraph; a
 *     run of numbered topics may hold some ending with a colon; a title line may start in lower case
 *     beside two capitalised ones, and one title line below the first heading joins the headings.
 * 61: a report none of whose sections names a project (its only section lists its contents, `In this
 *     edition:` over a bulletin whose headings were not found) is its own project's, the contents its
 *     items: it was in no project's story.
 * 62: three helpers' rules, each measured alone on rounds 1-48 against parser 61 and merged (issue #9).
 *     Section titles: an indented bullet topic over a paragraph after a
 *     blank line (`  * Release Notes/Press Release` / blank / `\tEverything is almost done ...`) is a
 *     topic; a short `Label:` right over lines that set what it names one a line (`Mouse bugs:` over
 *     its bug links) is one as over a paragraph; the one title line of a post with no other heading
 *     (`Squeeze Release` over its prose, below the opening; not a date, a generic word alone, a name
 *     signing the post in any of seven languages, or a lead-in sentence) is its heading, beside its
 *     run-in topics too; a short question (`Review Master?`) is a title line beside two that are none;
 *     the post's own title may be set in from the margin (`\tLSE Con Call Minutes March 7th`); in notes
 *     with no blank lines a part's title stands right over its first topic's (`Details` / `X11
 *     Disablement`); in a post that is one unnumbered outline, its top-level points over points of
 *     their own are its topics.
 *     Project names: under a topic tag, a gathering named by where
 *     or in which cycle it met (`[tripleo] Barcelona Summit summary`, `[nova][ptg] Summary: Stein
 *     Retrospective`) is the tag's project's; a word in lower case between `the` and a meeting
 *     (`Summary of the futuristic meeting`) says what kind of meeting it was, not whose; in a
 *     release team's post, headings on two releases or more of one product (`Qt 5.6 status`, `Qt
 *     5.7 initial schedule`) name each release as a project of its own; a report whose subject,
 *     title and list name nothing (a wiki's `2011-01-20 Developer Meeting` page) is named by the name
 *     it writes most in a name's form (`OpenMRS`, `RTEMS`), three times at least, no conference;
 *     the version a status was taken at (`-next status as at v6.19-rc6`) is no release; three words
 *     or more all in lower case (`the new device interface implementation`) describe the work and
 *     name the list's project; a list tag cut short of its community's one-word name (`[gst-devel]`
 *     on gstreamer-devel) and the community's name with a word left out (`clang linux` on
 *     clang-built-linux) are the community; a bare report's words with no name before them leave
 *     the name after them (`Final Progress Report - Evolution - 2007/34`); the project's repository
 *     (`The latest svn update`) and a port to a platform (`Status of KDE 4 port`) are the list's
 *     project's; what is being done for a named project (`running xfstests for NILFS2`) is its; a
 *     list named after a one-letter project (`r-devel`) names its bare versions (`R 1.7.0`); a
 *     report whose subject names nothing, on a list named after one of the community's teams
 *     (`ubuntu-desktop`, `debian-women`), is the team's when the post names it so (`desktop team`),
 *     and so is one whose subject names that team (`MOTU Meeting Notes` on ubuntu-motu); a version
 *     and what is done to it (`13.2.6 QE Mimic validation status` on ceph-devel) is the list's
 *     product's version; a feature for the list's project (`"Remote Control" for Supertux`) is its;
 *     an acronym is spelled out with `per` for its letter (`One Laptop per Child` for OLPC); a
 *     roadmap whose subject names nothing (`Roadmap 2021`) is the list's project's, its headings areas;
 *     a port to a platform is of what is ported (`v.autokrige port to wxPython`); a report's kind in
 *     lower case, then a name in parentheses (`current development status (carbon R)`), is the name's;
 *     a list whose name starts with a letter or two (`u-boot@lists.denx.de`) is its whole name's.
 *     Detection: `I took`, `I gave`, `we moved`, `we identified`, `I discovered`, `we also continued`, `we noted`,
 *     `we have already started`, `I went ahead and updated`, `got X working`, `making progress` say what was done, and
 *     `I finally got`, `I figured out` (not `I've got`) tell of progress; a note that says the minutes are attached
 *     (`I've attached a very brief version of the ... meeting minutes`, `Meeting notes follow.`) in more ways keeps
 *     the attached text as the post; an opening that hands over a meeting's notes or tells of a meeting held weighs
 *     3 (not notes quoted on a flattened line); a title line's strong cue with nothing against it weighs half a
 *     point more than a subject's; openings that tell of a meeting to come (`We will have Regular Community Meeting
 *     tomorrow`) or propose (`This is a proposal`, `looking for your input`) weigh against a report; more openings
 *     say what the post is (`please find the board report below`, `I would like to provide a brief SPI update`,
 *     `This is a report on`, `Here is a condensed version of what we covered`, `During the week I worked on`); a
 *     subject that tells how a release stands (`update on the status of the new release`, `release in progress`)
 *     or that it is delayed weighs 3, as a milestone's countdown.
 * 63 (names): a subject naming one team's two projects in one breath is the first named's: two
 *     CamelCase names (`JupyterHub and BinderHub Team Meeting`) or two acronyms after one community
 *     name (`Debian LTS and ELTS - April 2026`), never words of a phrase (`Environments and Stacks`);
 *     a list named by the acronym of the host's governing, technical, advisory or steering board
 *     (`ogb-discuss@opensolaris.org`) is the host's community's, as the GOVERNING bodies' posts are;
 *     a membership or governance meeting (`Minutes for Membership Meeting` on wplug-members) is a side
 *     of the list's community, no project of its own.
 * 63 (titles): a short `Label:` right over the paragraph it heads with no blank line between, at a break or
 *     after a finished sentence, is a candidate over prose as one a blank line below is (`New member
 *     introduction to the community:` / `Ofer recently joined Google and ...`); not over a roll of names or
 *     over a list's title wrapped on two lines and its bullets;
 *     under a marked heading, a `* topic` over a paragraph of one finished sentence left on one line is a
 *     topic, as over a paragraph of two lines (Arch's `* New Announcement Mailing List` / blank / `In a bit of
 *     irony, this will be the first email to this new list, I believe.`); a plain-text outline's `o` point over
 *     points of another marker is a topic (`o aacraid` / ` - manufacturer: ADAPTEC`), and `# EOT` on a post's
 *     last line ends it, heading nothing; a run of numbered topics may be set in as far as twelve columns
 *     (a page's nested list dumped to text: `         1. Direct deposit` over its indented paragraph).
 * 63 (detection): a subject whose cue is the word "progress" over sentences that say what the writer did
 *     (`TBOS2 Progress`: "So far I have a working bootloader", MikeOS 2008) is not held back for having no
 *     list: one developer's progress is often one paragraph; `I'm working on`, `we are currently working on` count
 *     as a phrase of progress too (Glimmer-CISM 2011), as well as a deed.
 * 64 (titles): a decimal sub-topic of numbered minutes needs no stop after its number (` 1.1 Handover to new exec`,
 *     `4.3 Asymmetric devices`, SLUG's committee minutes and the V4L2 brainstorm report) and keeps the number in its
 *     title, as a version would (`2.5 project`); it may head bullets set in below it after a blank line, as its
 *     topic does; a paragraph that opens with a number (`2.5 Million downloads ...` / `and most of ...`) is prose.
 *     `*` topics at the margin over points set in below them after a blank line are headings where two or more
 *     stand so (git's `What's in git.git`: `* The 'master' branch has these since the last announcement.` / blank /
 *     ` - Andy Whitcroft spotted ...`); a lone one stays an item.
 *     Topics numbered `I.`, `II.`, `III.` in order, three or more at the margin, are candidates wherever they stand,
 *     right under the line before as after a blank (OASIS XACML TC minutes copied with no blank lines), a sentence's
 *     full stop after the title dropped (Parrot's developer summit summary).
 *     In a report with no blank lines and no other headings, topics numbered `1)`, `2)` (or `Top 1)`) in order at the
 *     margin, each after a finished line and over two lines of its own that start as sentences, are its topics (Tcl's
 *     biweekly meeting reports); not questions a reply answers one by one (`2. Lug BBQ, would anyone be up for that?`).
 *     In notes with no blank lines, a part's title of a word or two with nothing of its own, after a finished line
 *     and right over a topic's short title that is over a bullet, is a title too, as is that topic (Jenkins
 *     governance notes: `- No break expected ...` / `Agenda` / `News` / `- Jenkins 2.426.1 released`; ReactOS
 *     minutes: `September Summary` / `Agenda` / `1. CMake Adoption Status`).
 * 64 (names): a governance board (`ArchivesSpace Governance Board update - May 2025`, the board chair's quarterly
 *     mail to the members) reports on the project it governs, as the other GOVERNING bodies do (`DPDK techboard`,
 *     `CentOS Board of Directors`): the name is `ArchivesSpace`, not its board.
 * 64 (detection): a subject that is only a working group's name (`Releases WG`, `API Working Group`: Electron's
 *     governance meeting notes) is not "a subject naming no report" when the body links the reviews or bugs the
 *     group tracks; an agenda under `Outreach WG` linking none still is.
 * 65 (detection): minutes whose subject names them in another language (`Resoconto riunione di ieri`, `borrador acta
 *     asamblea final`, `referat af SSLUGs årsmøde`), over a text written in another language (fewer than one word in
 *     twenty of English's commonest), weigh half a point more, as much as the subject's word takes alone: the body's
 *     evidence is read in English words (progress words, "I/we did" phrases, roll calls, wording) such minutes have
 *     none of (Gulli 2012, hackmeeting 2004, SSLUG 2002 and 2003, Genaro 2005).
 *     Under a subject's cue with nothing against it, the opening is read too: one that hands over a meeting's notes
 *     or tells of it held weighs 1.5 beside the cue (`Report of the 2004 Annual NetBSD Group Meeting` over `The NetBSD
 *     Foundation held its Annual Group Meeting`, `DC Cypherpunks meeting report` over `The DC Cypherpunks held their
 *     monthly meeting`, `Minutes of the Debian Perl Team BoF at DebConf`: each was taken from its body alone, where the
 *     opening weighs 3, and left out with its subject, whose cue kept the opening unread).
 *     Under a strong subject cue the opening is read for a cue too (it was read only under a weak one) when nothing in
 *     the subject or the body so far says against the post: `this is bits from DPL for December.` under `Bits from DPL`
 *     (Debian 2025), `2010 State of the LUG Address` over the TriLUG chair's address under the same subject (TriLUG
 *     2010) name the post again, +1.5; a title line already read as the missing subject is not read twice.
 *     A release announced in the body of a post under a strong cue that nothing in the subject contests weighs nothing
 *     (it weighed half): a president's letter (`President's Letter January 2003`, AMSAT: `I am pleased to announce that
 *     ...`) and a weekly news digest (`Latest OCaml Weekly News`, 2019) announce things among their news.
 * 66 (titles): minutes' `Agenda`, `Minutes`, `Notes`, `Actions` and `Roll call` alone on a line at the margin, over
 *     text, are parts of the minutes as `Attendees` is, where the post has another such part (`Attendees` / `Notes` in
 *     TrustedFirmware's TSC minutes, `Agenda:` / `Minutes:` in openLooKeng's, `Attendees` / `Notes` in OpenBMC's GUI
 *     workgroup notes); alone they label a list anywhere (`Notes:` under Apache Flex's list of priorities). +6 titles.
 *     A flattened Markdown heading (a web archive's copy, heading and text on one line) that opens with the attendees'
 *     label and runs on with their names is titled by the label (`## Attendees Ron Minnich, Felix Singer, ...`, coreboot's
 *     leadership meetings of 2024). +3 titles.
 *     Sections an archive's copy ran onto one long line, `## Description: Apache Felix is ... ## Issues: There are no issues
 *     ... ## Membership Data: ...` (Apache board report drafts of Felix, PLC4X, Arrow and TinkerPop as web archives show
 *     them), are split before each `## Label:` when the post has two or more (src/status/lines.ts), and such a heading
 *     longer than 80 characters is titled by its label, its text run on after the colon. +24 titles, +1 verdict.
 *     A student's weekly report's `Mentors:` over their names is one of its parts, as minutes' `Attendees:` is (git's GSoC
 *     updates of 2017, beside their capitals headings). +3 titles.
 *     A `Label:` right over its bullets may follow the last, finished bullet of the list above where an archive dropped
 *     the blank line between (`- Nice icons in change tracking missing.` / `Other problems with hope:`, LyX 2006). +1 title.
 *     A list of points at the top may be the post's third paragraph when the one before leads into it (`I would like to
 *     speak to you about the following points:`), it ends where its numbering starts anew after a blank line, and a later
 *     line numbered as the list numbers an entry, over its text, is that entry's section (Bacula's status of 2013). +2 titles.
 * 66 (detection): openings that say the post is a meeting's summary or notes, in words the list had none of: `What follows
 *     is a summary of the discussions held on IRC tonight` (Squid 2004), `I took some notes during the open NANOG Community
 *     meeting`, `I updated our meeting notes on the Airflow wiki`, `the list of points we've agreed on` (Apache Ignite). Read,
 *     as the others are, only where they can decide. +1 verdict (with and without the subject), +3 refs.
 *     In a post whose subject is unknown (a page's copy that lost it), an opening that hands over a meeting's notes,
 *     minutes or summary weighs 3, as much as such a subject's cue alone, as one over the notes of a meeting held does
 *     since parser 62 (`I took some notes during the open NANOG Community meeting`, `Here are the minutes` of Tor's UX team,
 *     the list of points Apache Ignite's call agreed on); not an opening that quotes another post (`: Here's a proposed
 *     draft`), nor one that says only it is an update (`Just a quick update about Google's Summer of Code`: news). +4 verdicts
 *     and +5 from the body alone.
 * 66 (names): when and where a meeting was held is no part of its name (`Meeting notes for the DPDK technical board
 *     meeting held on 2018-12-05` is DPDK's, its steering board's notes; `mini distro summit held at GSoC meeting`). +1 name.
 *     A list named for its language after its kind (`btgame-devel-de@lists.berlios.de`) is its project's list as
 *     `btgame-devel` is: a language's code is one more list-name suffix. +1 name.
 *     A side of a community's work that one of its teams does, named alone (`QA`, `i18n`, `l10n`, `docs`, `infrastructure`,
 *     `security`...), is named with the community (`Report from DebConf's QA BoF` -> Debian QA; the i18n session's release
 *     goals -> Debian i18n). +2 names.
 * 67 (titles): a title between `=` bars that fade out after it, `=== WIKI ==== === == -  -` (gPodder's development
 *     news, 2009). +4 titles. A flush `Label:` right below an indented block, over an indented block of its own (GNOME's
 *     release team minutes of 2004: `  NEW: Jeff to post release proposal next week` / `Decisions and discussion:`). +4
 *     titles. A title a mail client wrapped after a word a title cannot end on (`to`, `and`, `the`...), its short rest
 *     ending the paragraph on the next line (`* Agenda Item: How to effectively advocate/market Edubuntu to` /
 *     `schools/school districts`; Landlock's news #2, format=flowed). +3 titles.
 *     The post's own title line may stand below a short opening that hands the post over, a paragraph or two of a few
 *     lines (`Here are the minutes for this week` / `Murray Cumming` / blank / `Minutes for Gnome 2 release team meeting
 *     2003-03-05`), a lone greeting before it passed over (`Hi,`); not a bot's `Hello,` right over its own `Status
 *     summary for next/master` (KernelCI). +6 titles.
 *     A numbered list near the top, one entry to a paragraph, counted from 1 past the post's own title and date, and
 *     numbered anew from 1 below: a contents list whose entries are the sections (Sakai's newsletter of 2010, cut by its
 *     archive page after the first). +1 title.
 *     A `What ...:` label that asks what a report tells is a heading, though `What` opens lead-ins (`What's done:` /
 *     `What still needs to be done:`, OpenSim's Cable Beach update; `What I’ve done this week:`, a GSoC weekly report);
 *     not `What do you think of these:`. +4 titles.
 *     Topics numbered before a colon, `2: Roll call` / `3: Congratulate Pat on ...`, in order as `2.` ones are (W3C's RDF
 *     Core minutes, 2001; the scorer leaves such a number out of a title on both sides, as it does `2.`); a scribe's
 *     `[Scribe note: item 8 discussed later]` in brackets is a remark, not a topic. +5 titles.
 *     `* Title` right over a paragraph of its own on one line, a sentence begun with a capital (`* Shared File Repository` /
 *     `Create folders on the server. Upload files. ...`, DeepaMehta's release plan of 2012), two or more in the post, are
 *     its topics, as such titles over longer paragraphs were. +4 titles.
 * 67 (detection): `VOTING MEETING` names a meeting that may vote, not an election (`Minutes of Atlantic UBL TC call
 *     ... - VOTING MEETING`, OASIS 2019). +1 verdict.
 *     A first `[GSoC]` or `[Outreachy]` tag names a student's report, not the list (`[GSoC] Git Blog 4`, git 2021), as
 *     `[SUMMARY]` does; it weighs as a later such tag always did. +5 verdicts, +8 titles, +2 refs; none of the look-alike
 *     `[GSoC] Blog` link posts taken.
 * 67 (names): a name that is only the kind of community a list serves (`State of the LUG`, a club, an association) is
 *     the list's community's, and a list named `talk` or `chat` is named for what it is for (`talk@nblug.org` -> NBLUG).
 *     +1 name.
 * 68 (tuned on round 53, after its blind run): reStructuredText's `''''` underlines a part as `----` does (the Rust in
 *     QEMU updates of 2024-2025). +40 titles. A test suite's failures against a release, `blktests failures with v6.10
 *     kernel`, is a regressions report's subject, not a problem report's, and names the suite (blktests); not a build's,
 *     a boot's or a link's failures. +6 verdicts, +12 titles, +26 refs, +6 names; the reply in its thread not taken.
 *     A title line that closes a parenthesis it did not open ends the line above, wrapped (`Greg Kroah-Hartman, etc.)`
 *     under an item of the 2.5 kernel's status list, 2002); not an enumerator's `6a)`. No title more or less is judged
 *     right, but 36 such false titles in 8 reports of the corpus are gone.
 *     Nor does a sentence cut where its line wrapped, ending on `to`, `of`, `at`, `the`, `and`... (`A full log of this
 *     meeting is available at` over a link the archive dropped; `The objective here is to`); a marked heading keeps its
 *     writer's words. 14 such false titles gone, none judged right lost; +1 from the body alone (a look-alike no longer
 *     taken: GHC's stability plan).
 * 69 (titles): a post's one marked heading that titles it may stand below a short opening that hands the post over
 *     (`Hej alle` / `Hermed referat af mødet fra i går.` over an underlined `Mødereferat for Ubuntu-DK møde, 6. september
 *     2009`), and `referat` names minutes as `minutes` does: the topics under it are found as in a post with no marked
 *     heading (`1. Hej og navnerunde`, `2. Valg af dirigent`...). +4 titles.
 *     An outline's top-level point may be a short label with its colon (`-   Attendees:` over the names, beside
 *     `-   Housekeeping: 10 mins`, ROS 2 TSC minutes of 2018); a point of four words or more ending so leads into its
 *     points. +3 titles.
 * 69 (items): `git shortlog`'s author line, ` Junio C Hamano (21):` over its indented commit subjects, is no `Label:`
 *     heading (What's in git.git (stable), whose labels list its two branch parts only: 73 false titles in 4 reports
 *     gone, and the pynfs update's only one); the commit subjects under it are items, one each, what was merged. No title
 *     judged right is lost; from the body alone +1 (the pynfs update; git's stable issues keep their verdict by their
 *     items, no longer by their author lines counted as sections).
 * 69 (titles): a line of linux-next's merge log, `Merging ext4-fixes/fixes (d0b3b7b22dfa Linux 6.16-rc4)`, is never a
 *     title, where a mail client wrapped the lines around it (quoted-printable soft breaks kept as stored): 927 false
 *     titles in 29 daily reports gone (the eval's new title precision: 66% -> 78%), none judged right lost.
 * 69 (tuned on round 54, after its blind run at parser 69's rules above): a first tag `[STATUS 2.5]` names how a
 *     release line stands (Guillaume Boissiere's weekly 2.5 kernel status, 2002-2003), not a bot's `[STATUS]`: +2 reports
 *     (the bug-list issues of 18 and 24 December 2002), -1 (20 November, a pointer to the status page with a question,
 *     labelled not a report). A row of a Bugzilla bug list in its plain-text columns (`44  blo  khoa@us.ibm.com  OPEN
 *     radeonfb does not compile ...`, an owner's address cut with `...`) is that bug: +183 refs, all in those two posts.
 *     `[ANNOUNCE]` over how a release to come stands, `release status` or a `status of ... bugs`, tags a release
 *     manager's status mail, not a release (Ian Jackson's Xen 4.15 mails, 2021; not `[ANNOUNCE] GlusterFS 3.7.0 status`,
 *     nor a wiki page `for team status updates`); `branching` and `branch-off` are a release's milestones as `freeze`
 *     is (`release status, branching tomorrow`). +2 verdicts, +3 titles, +2 refs, +2 names.
 *     One problem reported is no project's report: `regression report` (singular: `fio io_uring test regression report
 *     on upstream v6.1`) and `Vulnerability Report - 5 findings in erofs-utils` say what a bug report says; a release's
 *     `regressions report` (plural), `regression list` and `regression status` stay cues. +2 verdicts (two look-alikes
 *     no longer taken), +1 from the body alone.
 *     `So my question is: ...` asks, as `I have a question` does (`State of realtime option`, xfs 2019; lincity-ng's
 *     `Current status`, 2011). +2 verdicts (two look-alikes no longer taken).
 *     A banner starred on both sides, `*** LAST POSTING TODAY ***` over a Xen development update, is no org-mode heading:
 *     the post's `* item` bullets stay items under its `== Hypervisor ==` parts (26 false titles in two updates gone).
 * 69 (titles): a line inside a Markdown fenced code block (```` ``` ```` to ```` ``` ````) is code, never a heading (a
 *     shell comment's `# sed -e ...` in a GSoC blog mail to the git list, 2021): 28 titles fewer in 4 posts taken (23 of
 *     them in labelled reports, none judged right lost).
 *     A name in bold before a colon, `**Jason**:`, opens a speaker's turn where three or more such lines stand and a
 *     name comes back (Ethereum's core developers' call notes; ESLint's TSC notes' `**TSC Question**:` fields): no
 *     heading. 35 titles fewer in three reports, none judged right lost (recall unchanged).
 *     A table a web page's copy flattened one cell to a line, each alone between blank lines (Zephyr's TSC minutes of
 *     2020: `Amber Hibberd` / `Yes` / ...; an OASIS roster's `Group Member` after every name): where eight or more such
 *     lines run and a cell's text comes back three times or more, the lines from the first repeated cell to the last are
 *     no titles (the titles around it, `Location`, `Out of Office / Vacations`, stay). 115 titles fewer in 4 reports, none judged right lost.
 * 69 (names, tuned on round 55 after its blind run): the name a report writes most may be a run of capitals with a
 *     digit after it (`RPCS3`, `PCSX2`: emulators' blog progress reports, which no list names). +2 names.
 *     A `Progress Report: May 2022` with no list to name it is one project's, its headings (`GPU`, `Patreon goals`, games'
 *     titles) the project's areas, not projects (Ryujinx's and yuzu's blog reports): no name judged differently, but 12
 *     names that were headings are gone from 5 reports.
 * 70 (detection, tuned on rounds 1-55): a roll call may carry a remark in parentheses before its colon, `Attendees (at
 *     various points):`, `Attended (Discord screen names):` (OpenChain's work-team notes, 2016; OpenBMC's Security WG
 *     results, 2023). +1 from the body alone.
 *     A threaded reply's quick look counts a dashed underline (`OPEN ISSUES` / `-----------`) as structure of its own, as
 *     it counted `====`: such a reply is read whole, not settled as `no list of its own` (Xen 4.15's blocker list; the
 *     QEMU/XenServer/Xen Project working group's minutes). +1 verdict, +3 from the body alone, +3 titles, +1 name.
 *     A page's YAML front matter at the top (`---` / `layout: default` / `title: ...` / `---`, Hyperledger's quarterly
 *     project updates pasted from their Jekyll site) is metadata, blanked as footnotes are: 9 false `layout: default`
 *     titles in 9 reports gone, none judged right lost.
 * 70 (tuned on round 56, after its blind run at the rules above): a `development cycle` in a subject is a cue (David
 *     Sterba's `Next btrfs development cycle open - 5.4`, KDE PIM's `Planning the 4.5 development cycle`, SuperTux's
 *     `Development Cycle 2`), and no part of the project's name (`btrfs 5.4`). +4 verdicts, +1 from the body alone,
 *     +7 titles, +2 names.
 * 71 (tuned on round 57, after its blind run at parser 70): a sender's address is read word by word at any
 *     character that is no letter (`ci_notify@linaro.org`: `ci`, and `notify`, a robot's word), and a kselftest's,
 *     unit test's `test results` subject is a bot's (Linaro's `next-20200413 kselftest results`). +2 verdicts.
 *     Prose with fewer than three items and no sections that ends asking the list (`Is there any improvement being
 *     worked?`; not `Thoughts?`) is a question: -3 (SELinux's `cgroup2 labeling status`, 2024). It fires on 15 posts of
 *     the corpus, all look-alikes. +1 from the body alone.
 *     A public-inbox link's Message-ID is read from the path as written, its `%2F` a slash of the id
 *     (`lore.kernel.org/openbmc/YaPzMYi%2FUHwvEiGf@heinlein/`), and `[1,2]` cites both footnotes. +3 refs.
 *     `Next btrfs development cycle - 5.9`: the version after a development cycle is the kernel's release, no part of
 *     the name; and a kernel subsystem's status on its own `linux-X` list is X's (`btrfs`, `audit`), unless a meeting
 *     of the list's people is meant (`Media Summit` on linux-media stays `linux-media`). +6 names.
 * 72 (tuned on round 58, after its blind run at parser 71): a robot's sender weighs -6, as a bot's subject does (-4
 *     let Linaro's kselftest results mails, 11 to 17 sections and a thousand items, pass from the body alone), and is
 *     read without a bracketed tag of the name or the address's domain (`Ernesto Baschny [cron IT]
 *     <ernst@cron-it.de>` is a person). A gathering called off or moved (`postponement of Netdev conf 0x14`, `TSC
 *     meeting - canceled`) is a notice, -4; a subject opening `(Some) thoughts on/about` puts a view up for discussion,
 *     -4 (all 7 such subjects among the real posts are look-alikes); a `planning kick-off` calls for topics (a
 *     proposal, -4); `proudly announces` announces a release (-3, man-pages). An opening that announces a release
 *     weighs -3, as `pleased to announce the release` does (-2 let 17 announcements pass from the body alone and held
 *     back 2 reports). The first line under an underlined title heads nothing when the next line opens alike
 *     (blktests' `List of failures` / `=====` / `#1: nvme/005` / `#2: ...`): 16 false titles gone. Against parser 71
 *     on rounds 1-58: +3 verdicts, +8 from the body alone, nothing lost.
 * 73 (first rules tuned on rounds 1-59, then scored blind on round 60; then tuned on round 60): a year or a life looked
 *     back on (`A look back`, `year overview`, `past, present, future`, `Where We Are and Where We Are Going`) is a
 *     report's subject word, and no part of the name; a versioned release told near (`gpsd-2.31 is imminent`, `KLog
 *     0.5.0 in a few days`, `cdrtools-3.0-final is close`) is where it stands, as a delay is (+3); German
 *     `Zwischenstand` is a report's word; `Summary of changes for version N` is a release's notes (ACPICA) and `this
 *     release is available` hands over no report; an opening that hands over minutes in the list's own language
 *     (`Hermed referatet`, `anbei das Protokoll`, `fare il resoconto`, `voici le compte-rendu`) says what the post is.
 *     Names: a two-day meeting's `26/27 March` is a date; a list named `discuss-X` is X's. Against parser 72 on rounds
 *     1-59: +7 verdicts, +8 from the body alone, +4 names, +5 titles, nothing lost. Then, on round 60's misses: a
 *     forward's `-------- Original Message --------` under a short note opens what it forwards (the mail stage and the
 *     status parser; Sugar Labs' forwarded team report); suspicious RCU usage, RCU stalls, use-after-free, NULL
 *     pointer dereferences, hung tasks, general protection faults and a boot delayed name a problem (-4); `Please
 *     report ...` is a call; a role or the members alone (`President's report`, `Members Meeting`, `Updates from the
 *     Project Manager`) name no project, the list does; `Last Sunday's meeting` leaves no `'s`; `TL;DR` names
 *     nothing; a subject's first tag (`[GLLUG]` on a university's list) is the list's own name; a newsletter on a
 *     list is the list's project's. +4 verdicts, +5 names, +5 titles, nothing lost.
 * 74 (tuned on round 61, after its blind run at parser 73): when a group will meet (`New regular meeting times for
 *     2009`, `Meeting schedule`, `2014 Board Meeting Dates`: all 9 such subjects among the real posts are notices) is
 *     a meeting's time (-3); `Coming soon` is something to come (-3); `Regular Member Meeting` names no project (who
 *     meets); `Vol 1.2` is a series' counter. On round 61: +1 verdict, +1 from the body alone, +1 name; nothing
 *     changes on rounds 1-60.
 * 75 (first rules on rounds 1-61, then tuned on round 62 after its blind run): what a subject leaves once its date
 *     and report words are gone is no name (`as of` in `Treasurer's Report as of 2011-08-31`, `sort of` in `a
 *     post-VUG2 sort of report`, a leading article); minutes that say `The Proposed Agenda was accepted` tell of a
 *     meeting held, not a call to one. On round 62: +1 verdict; nothing changes on rounds 1-61 but 2 wrong names.
 * 76 (a first rule on rounds 1-62, then tuned on round 63 after its blind run): a wiki page's path for a subject
 *     (`FoundationsTeam/Meetings/2008/0723`, `Projects/Digikam/CodingSprint2009-summary`) is named by its owner, not
 *     its dates and kinds of page. Then: `Regarding ...`, `About ...`, `The Future of ...` is a post about something
 *     (-3; in a body's first line only `The Future of`); `Upcoming changes/enhancements` tells changes before they
 *     come (-3); `Community Bonding Period` is a GSoC student's report (+2.5). Names: `What's cooking on X`, `X
 *     Tidings`, `GSOC'23 with X`, a business or inaugural meeting, the 125th board, an AGM, `Presidents`, a season of
 *     a year, `3 years`. A `Label:` line over prose after a `Key: value` row, or over a sentence opening with two
 *     capitals, heads it (minutes written without blank lines). On round 63: +5 verdicts, +1 from the body alone, +5
 *     names, +3 titles; on rounds 1-62: +1 from the body alone, +1 title, nothing lost.
 * 77 (a first rule on rounds 1-63, then tuned on round 64 after its blind run): `over the past two weeks`, `in the
 *     last few months` is the period a report covers. Then: a call for papers listed among a post's topics (`* Call
 *     for participation: ...`, `4. OCaml 2014 - Call for Presentations`) is one of its news, not what it is; `invited
 *     Ray to join us for IETF 100` invites nobody reading; `get X running` and `validated` say what was done; a name
 *     or an address over a rule in a signature (after `Best wishes,`) heads nothing; a heading's link after its title
 *     (`3) VLAN via REST - https://github.com/...`) is its section's reference, and a question's word after a link
 *     (`Reverted? https://...`) is no rest of it. Names: `1st Annual Report`, `convener call`. On round 64: +3
 *     verdicts, +2 from the body alone, +2 names, +2 titles, +4 refs; on rounds 1-63 (net): +2 verdicts, +3 from the
 *     body alone, +1 name (one question and one release announcement taken more).
 * 78 (a first rule on rounds 1-64): a post whose last words ask what the list thinks (`Thoughts?`, `Comments?`,
 *     `What do you think?`, over a sign-off) proposes or asks (-2): 25 real posts end so, 24 of them no report. On
 *     rounds 1-63: +3 from the body alone (a fscache rewrite's plan, a proposal, an IRC meeting about sponsored
 *     work), nothing lost; nothing changes on round 64. Then, tuned on round 65 after its blind run: a release named by
 *     its stage (`ImageJ2 beta delayed`) stands as `1.8.4 release delayed` does (+3), and its name leaves the stage
 *     out. On round 65: +1 verdict, +1 name; nothing changes on rounds 1-64.
 * 79 (tuned on round 66 after its blind run): reports and minutes named in the list's own language: German
 *     `Geschäftsbericht`, `Tätigkeitsbericht`, `Kurzbericht` (a word `bericht` ends) and `Protokolle der`; Czech
 *     `Zápis z ... valného shromáždění` and a bare `- zápis`; Japanese and Chinese `報告`, `議事録`, `周报`, `会议纪要`
 *     (no ASCII word gates them: a subject with a CJK character is tried). `If you plan to attend, please register`
 *     invites to a meeting (-3.5). Names leave out `Vorstandsitzung vom`, `Geschäftsbericht`, `zápis z ...`; a
 *     pronoun (`We're making progress`) or a members' general meeting (`31e Algemene Ledenvergadering`) names nothing.
 *     On round 66: +7 verdicts, +1 from the body alone, +2 names, +10 titles; nothing changes on rounds 1-65.
 * 80 (tuned on round 67 after its blind run): Italian `Verbale dell'adunanza` / `della seduta` are minutes. Names
 *     leave out French `Rapport d'activité` / `Rapport moral ... de la` and an issue's `n°2`, German `Bericht über das
 *     Geschäftsjahr`, which report in a row (`third progress report`) and which phase (`phase 2`), and an Italian
 *     association's `Consiglio Direttivo dell'`. On round 67: +1 verdict, +4 names, +3 titles; elsewhere one
 *     non-report's name changes (a GSoC `Coding Phase 2`).
 * 81 (tuned on round 68 after its blind run): `Full Rewrite Status` names no project (the rewrite of the list's own
 *     program is the list's project's). On round 68: +1 name; nothing else changes.
 * 82 (a first rule on rounds 1-68): a roll call at the top written `Participants:` or with a second word after a
 *     slash (`Present/Contributing:`) marks minutes as `Attendees:` does; names leave out which part of the day a
 *     session was (`minutes from afternoon session`) and the form a gathering took (`the online Debian Perl sprint`,
 *     `Virtual Ceph Developer Summit`); a team's list is read without its kind (`board-discuss`: the board's, not a
 *     `board discuss`). On rounds 1-68: +4 verdicts, +3 from the body alone (four reports, and one look-alike: a Xen Summit design
 *     session's notes under `Participants:`), +1 name, +1 title.
 * 83 (tuned on round 69 after its blind run): a heading over what a version brings (`NEW features of
 *     cdrtools-3.01a09:`, `WHAT'S NEW IN LTTng 2.15?`) announces a release (-3); a topic the minutes number as one
 *     (`Point 1: Release status: 0.3.15`) heads what was said on it inside a list, with a colon in its name, and
 *     underlined with its bullet. On round 69: +1 verdict; on rounds 1-68: +2 verdicts, +1 from the body alone, +6
 *     titles.
 * 84: a link whose query ends in a whole number (`show_bug.cgi?id=47468`) is not continued by a next line that starts
 *     a new `NAME=value` (`LLVM=1 (Nick) in Android`): +1 ref over rounds 1-69, nothing else changes.
 * 85: an organisation's board is the organisation, as a project's team is the project (projectKey: `Fedora Board`,
 *     `TDF Board of Directors`, `Geant4 Steering Board`; not a committee or a council, bodies with stories of their own):
 *     over rounds 1-69 +29 names, nothing else changes. And a bare `Board` is not qualified by which or when the
 *     meeting was (`Last Board Meeting Minutes`, `the May Board meeting`): +1 name.
 * 86 (tuned on round 70 after its blind run): titles underlined with box-drawing lines (`═══`, `───`), as Org mode
 *     exports them (the OCaml Weekly News): +17 titles, +1 from the body alone; a project's `tech steering call` reports
 *     on the project (LibreOffice's minutes, 2010): +1 name. A technical, steering, advisory or executive board is
 *     keyed as its organisation too (`Ubuntu Technical Board`, `Galaxy Exec Board`), as projectNames' GOVERNING already
 *     names their minutes: +9 names over rounds 1-69, eight of them because the labels' `Ubuntu Technical Board` is now
 *     keyed as the `Ubuntu` the parser named.
 * 87 (tuned on round 71 after its blind run): a project's foundation is keyed as the project (projectKey: `GNOME
 *     Foundation`, `X.Org Foundation`, `SqueakFoundation`; one word before it, not the Linux Foundation or The Document
 *     Foundation), as its board already was, and a foundation in a subject names no writer: +13 names over rounds 1-71.
 *     A line of tildes under a title of its length underlines it and opens no fence of code (the Python language
 *     summit's notes, 2014: every other part was hidden as fenced); a title set in bold may close after a space among
 *     titles set in bold alike (`*4. Inactive Chapter Cleanup *`, OWASP 2011): +6 titles. A project's group, call or
 *     subsystem is keyed as the project (`Debian Perl Group`, `KVM call`, `Linux media subsystem`; not a users' group),
 *     and a standards body's group without the body's name (`W3C TAG` = `TAG`, `OASIS OpenDocument TC` = `OpenDocument
 *     TC`, as `GNU Classpath` = `Classpath`): +31 names.
 * 88 (tuned on round 72 after its blind run at parser 87): a release `scheduled for` a day is where it stands
 *     (`R 2.14.0 scheduled for October 31`, R core): +2 reports; `TWN #3!` is the project of the newsletter its body spells the acronym out as (`The Twisted Weekly News`), a season
 *     (`Summer progress`), which anniversary (`26th Anniversary Newsletter`) and an `Unmeeting` name no project: +8
 *     names; a request for information sent with an update (`Squid-5 status update and RFI`), a project's tests
 *     (`Status of Twisted Tests`) and `projects` name no other project: +3 names; `-=-=-=` lines over and under a title are rules and underline it (Axiom's project updates), and a title
 *     boxed between two like rules is a title, centred or not (`*****` / `   LONG TERM GOALS` / `*****`): +13 titles;
 *     `#1789 - title` lines are items holding their tickets (Twisted's funded development, 2008), and `4464 - title`
 *     lines their bugs (Squid-4's release blockers, 2017; not a year's `2017 - ...`): +1 report, +40 refs. And (on rounds
 *     1-72) an organisation's `Exec` is keyed as its board is (`IVOA Exec`), a users' group's committee as the group
 *     (`SLUG committee`, `WLUG committee`): +6 names.
 * 89 (tuned on rounds 1-72 before round 73's blind run): the writer's next steps, what is still to do and what the
 *     writer means to do next (`My next steps will be to`, `I still need to`, `my intent is to`, `my goal is to`) are phrases of
 *     progress beside what was done (a GSoC student's prose status report, mapnik 2011): +1 report, +1 from the body
 *     alone, and one look-alike more taken from the body alone.
 * 90 (tuned on round 73 after its blind run at parser 89): a code freeze written as one word (`hard codefreeze
 *     today`) and a milestone that slips (`codefreeze slip by one week`) are a release's milestones, and a release
 *     manager's `[ANNOUNCE]` over one announces how the release stands, not a release (Xen 4.15, 2021); a reply retitled
 *     `- summary results` is the meeting's results as `- results` is (OpenBMC's Security Working Group, 2020): +3
 *     reports, +3 titles, +3 refs, +3 names. And parser 89's `my goal is to` is no phrase of progress any more: its one
 *     change was a look-alike taken from the body alone (a reply over a report flattened into it without `>` marks,
 *     OpenSim 2008).
 * 91 (on rounds 1-73): a technical committee is keyed as its TC (projectKey: `OpenStack Technical Committee` =
 *     `OpenStack TC`, `Debian Technical Committee` = `Debian TC`; still apart from the project), and a governing body a
 *     subject names without whose (`TC Report 18-14` on openstack-dev) is the list's community's, unless the post
 *     qualifies it (`XSF Board`) or the list is named for the body itself (`[Board]` on board@lists.osgeo.org): +5
 *     names (OpenStack's TC reports), -1 (OASIS' `SCA-BPEL` minutes, now `SCA-BPEL TC` as they write it).
 * 92 (tuned on round 74 after its blind run at parser 91): a release manager's milestone called out as important, soon,
 *     tonight or not there yet (`IMPORTANT - 3.7.0b3 cutoff / 3.7.0 ABI freeze`, `3.7.0b2 code cutoff soon!`, `No 3.0rc2
 *     tonight`, `Python 3.8.0b1 not there yet`) is its countdown, a beta written `b1` holds a cue's word, and such a
 *     milestone with nothing against it needs no list when a few lines of prose say where the release stands
 *     (python-committers 2008-2019; not a one-line call, Gluster's `Reminder that feature freeze for 3.7 is tomorrow`);
 *     the version counted down to names it after a call for attention, a negation or the product itself (`Python 3.7`); a vote's
 *     results are a notice (all 13 such subjects among the real posts); a call to meet in the list's own language
 *     (`Einladung`, `Tagesordnung`, `indkaldelse`...) is an agenda mail; `Thunderbird` is no weekday (WEEKDAYS took
 *     any word starting `thu`, `sun`, `sat`...), a council named with its project between (`Thunderbird Project
 *     Council`) is the project's, a tag's `Meeting` the kind of gathering (`[Council Meeting]`), and the `Fedora Project
 *     Board` Fedora's: over all posts +10 reports, 2 look-alikes left that were taken and 1 taken (an unsure label's
 *     `Reminder: checkins into 3.5 after rc1`), +3 from the body alone, +19 names, +1 title, +2 refs.
 * 93 (tuned on round 75 after its blind run at parser 92): a release manager's milestone told by its branch or its final
 *     (`3.3 branch created in main repository`, `Python 2.6 final today`), by a freeze's clock time (`3.0 branch freeze -
 *     0200 UTC 06 Nov`), or as frozen, due, worked on or going into (`trunk and 3.0 branch frozen`, `Working on
 *     3.2.2rc1`, `Here's what's going into 3.5.2 final`) is its countdown, and `Closing the merge window for 1.6.0` how the
 *     release stands; a sprint's days to come (`Core sprint 2017 - Sep 4 - Sep 9, Menlo Park`) are an announcement, not
 *     a period reported on; names leave out a closing `?` or `!`, what a `Bits from X:` issue is about, `available`
 *     after `known regressions with patches`, and a subject that is only the milestone names the release counted down
 *     to (`Python 3.0`): over all posts +9 reports and 2 look-alikes no longer taken (none newly taken; random sample
 *     still 0), +5 names, +4 titles.
 * 94 (tuned on round 76 after its blind run at parser 93): `Linux kernel 2.6.19` and `Linux 2.6.19` are one key
 *     (projectKey), a release's side is the release's (`2.5 Problem Status Report`: `2.5`, on linux-kernel `Linux kernel
 *     2.5`), a contributors' summit written with the possessive is the project's (`Git Contributor's Summit 2024`: Git),
 *     and `Gerrit Huizenga` is a person, not Gerrit the review robot; a sprint or a hackathon whose opening tells it was
 *     held is reported on, not announced (OpenBSD's `hackathon 2003 (c2k3), Calgary, May 9-20` final report, which
 *     parser 93's announcement rule had left out), and a closed merge window is a subject's cue only (not an opening's:
 *     `now that the merge window is closed` opens Linus's -rc1 mails): over all posts +1 report, +1 from the body
 *     alone, +8 names.
 * 95 (on rounds 1-76): a branch frozen is a release's milestone (`Lenny frozen`, `release26-maint semi-frozen`, `2.7.1
 *     is now feature-frozen`): `frozen` is a cue where the subject ends with it or a milestone's word comes before it (not
 *     `Screen frozen after resume`): over all posts +3 reports, +1 title; random sample still 0. (`in effect` as a
 *     when-word, for `Bexar GammaFreeze now in effect`, also took `HEADS-UP: Qt 5.15 Feature Freeze is in effect now`,
 *     which an earlier test pins as no countdown: left out.)
 * 96 (tuned on round 77 after its blind run at parser 95): a release's stabilization phase (`gPodder 0.12.0
 *     stabilization phase`) is how it stands, and a maintainer's tree closed for a release (`IIO tree closed for new stuff
 *     for 5.17.`, `[ANNOUNCE] Renesas tree closed for v5.3`; not `closing`, the date to come) its status, the name left
 *     without either; a release numbered with a dash (`COSTcore 0.6-0 is out !`) is announced, and a `test report` is a
 *     bot's; who keeps the minutes at the top (`Scribe:`, `Keeper of the minutes:`, `Minute taker:`) marks minutes as a
 *     roll call does: over all posts +7 reports (1 of them an unsure look-alike's, TDF minutes cut after their roll call),
 *     2 look-alikes no longer taken, +6 from the body alone, +3 names, +1 title; random sample still 0.
 * 97 (tuned on round 78 after its blind run at parser 96): a milestone `in a couple weeks` or `in a few days` is near
 *     (`RC1 in a couple weeks ...`), a `Weekly Bug Report` is a tracker's, and a label over bullets may run to twelve
 *     words when it says what is done or left (`Things still left to do for the branch to be merged:`): over all posts
 *     +1 report, 1 look-alike no longer taken, +1 title.
 * 98 (tuned on round 79 after its blind run at parser 97): an opening `update on the status of ...` says what the post
 *     is (`This is just a quick update on the status of the UCT IMS Client`), as does `this is my quarterly board report`
 *     (a periodic report naming itself); `What needs to be implemented:` heads a list
 *     as `What's done:` does, and such what-was-done headings are generic (`What I did so far`); a subject's `NEWS file`
 *     is a release's notes, not news; two or more `Label:` lines over prose above a post's underlined headings are
 *     headings too (bpf development stats' `Previous cycle:` / `Current cycle:`); a fresh subject naming plans or work
 *     finished (`Mono Roadmap.`, `v1.1 plans`, `Xorg 7.4 release plan`, `Finished the track bridge ...`, `... work nearly
 *     complete`, `long-term stable backports of NFSD patches`, `Conclusions from this task force`, `... and what’s next`)
 *     weighs -2, not the -5 of a subject that names no report (at -1 it took four more look-alikes and three more reports);
 *     a commit's line (`46080ca79d18 xfs: hoist ...`) is no run-in topic. A numbered topic may run
 *     past 58 characters with who leads it and for how long in brackets (`4. Vote, Discuss: ... (Florian Effenberger, 5
 *     mins)`, TDF's board minutes): +2 titles. A sentence over a rule less than half its length is no underlined title
 *     (`The meeting ended after 3:00 PM CEST.` / `----` over a signature): +7 titles. A title line may be numbered by
 *     its ticket (`#44 Proposal about openSUSE.Asia summit 2022`). Parser 98 against 97 over all posts: +22 reports, 2
 *     look-alikes newly taken and 1 no longer, +2 from the body alone, +88 titles, +4 names, +3 refs; random sample
 *     still 0.
 * 99 (after round 80's blind run at parser 98): a subject asking for no more commits to a branch (`Please don't commit
 *     to 3.2 branch anymore`) is no commit notification: no verdict changed over all posts (the post it was made for, a
 *     few lines with no list, still falls short).
 * 100 (after round 81's blind run at parser 99): `Google Summer of Code` written out is GSoC's cue (`... 2014 Blog :
 *     First weeks of programming`); German `Zusammenfassung` is a summary; a dated update (`Toolchain Update
 *     (27-Nov-2001)`) is no software update; a fresh post whose subject names only its topic is named by an opening in
 *     which its writer calls it a status or progress report (`Here's an updated status report on the experimental modes
 *     JT2 and JT4`). Against parser 99 over all posts: +4 reports, no look-alike taken, +2 names, +2 titles.
 * 101 (after round 82's blind run at parser 100): a subject that is only the changes lately made (`Recently committed
 *     changes`, `recent changes`) or the commits of a stretch of days (`checkins du 09 au 15`) is a cue (2), and names no
 *     project; French `Compte rendu du CA` (the board's minutes) is minutes; `Étaient présents et à jour de leur
 *     cotisation :` is a roll call; `after gcc-10 (10.2.0) is available` announces no release; German `Stand der Dinge`
 *     (the state of things) and kerneltraffic.org's `Wine Traffic #290` name no project of their own. Against parser
 *     100 over all posts (with the eval's two fixes to what subject a copy shows, applied to both): +5 reports, no
 *     look-alike taken, +2 from the body alone, +7 names.
 * 102 (after round 83's blind run at parser 101): a bracketed `[Key: value]` line (`[Subtitle: or, The Gypsy Girl's
 *     Secret]` under an ebook in Project Gutenberg's newsletter) is a remark, not a heading (213 false titles gone, none
 *     judged right lost); a maintainer's merge plans for a kernel release (`InfiniBand 2.6.17 merge plans`, `-mm merge
 *     plans for 2.6.20`) are a cue (2); `So my question here is:` and `my questions are` ask for help; in project names,
 *     the kernel release a merge is planned for, the revision updates are in (`Updates in revision 28`), how far along
 *     the work is (`Half Way Status Report`) and `and few notes` are no project. Against parser 101 over all posts:
 *     +2 reports, 2 look-alikes no longer taken, +2 names, title precision 76% to 78%.
 * 103: a key and its number on the line after a rule (`Common: 51087` under a comparison's `---`, the PCAWG testers'
 *     validation summary) is a count, not a heading: 22 false titles gone, none judged right lost, no verdict changed.
 * 104 (after round 84's blind run at parser 103): `##Attendees:` and `###Notable additions`, markdown markers hugging a
 *     capitalised title that none close, are headings (coreboot's leadership minutes, This Week in Servo); a date written
 *     year/month/day in a subject or title line (`MMChat: 2003/07/10`) dates it, not a timestamp (`2003/09/19 07:28:16`);
 *     `..., last progress report` names no project `last`; GNATS problem reports (`gnats.netbsd.org/51995`, FreeBSD's
 *     `query-pr.cgi?pr=kern/12345`) are bugs. Against parser 103 over all posts: +3 reports, no look-alike taken, +1
 *     from the body alone, +2 names, +13 titles.
 * 105 (after round 85's blind run at parser 104): a release's known issues of a test suite (`Linux 5.4 kselftest known
 *     issues`, each build failure with its status) are its regressions (a cue, 2.5). Against parser 104 over all posts:
 *     +1 report, no look-alike taken, +1 title, +1 ref.
 * 106 (after round 86's blind run at parser 105): the translators' deadline before a named release (`Deadline for
 *     Translations (ccPublisher 2.2)`, `Call for Sonata 1.5 translations`, `Translations for the next release`) is a
 *     release milestone (3) where no other cue named the subject, and its few lines of prose need no list. Against
 *     parser 105 over all posts: +3 reports (all round 86's), no look-alike taken, no other verdict changed.
 * 107 (after round 87's blind run at parser 106): German `Fortschritt` (progress) in a subject is a report word (2),
 *     and `Fortschritt bei X` names X. Against parser 106 over all posts: +1 report, no look-alike taken.
 * 108 (after round 88's blind run at parser 107): a saved wiki page of no list is its site's, as MediaWiki's tagline
 *     under the title names it (`From OSGeo`, `From HacDC Wiki`), and that tagline heads no section; a page of no list
 *     whose subject names only a kind of post (`Governance meeting Nov 17, 2021`) is the name the post writes before
 *     that kind (`Jenkins Governance Meeting`). Against parser 107 over all posts: +17 names, 15 fewer titles given
 *     that are no label's, no verdict changed.
 * 109 (after round 89's blind run at parser 108): a French meeting of a day (`Réunion: 27 mars 2003`, accented:
 *     `Reunion Island 2003` is a place) and a board's (CA) or general assembly's (AG) meeting of a day (`CA de l’ABUL du
 *     28 mars 2002`) are dated meetings (2), and French minutes of an association's board or assembly name the
 *     association (`ABUL`, `FACIL`). Against parser 108 over all posts: +3 reports, no look-alike taken, +2 names,
 *     +3 titles.
 * 110 (after round 90's blind run at parser 109): the links a mail client numbered under the signature (`Links:` over
 *     `  1. https://...`, FastMail's footnotes) are the post's, not the signature's; a Norwegian call to a meeting
 *     (`Innkalling til årsmøte 2007`) is a call to meet (-4), as the Danish, Swedish and German ones are. Against parser
 *     109 over all posts: 2 look-alikes fewer taken, +13 refs, +1 title, no report lost.
 * 111 (after round 91's blind run at parser 110): Portuguese minutes of a general assembly (`Acta da 2ª Assembleia Geral
 *     da ANSOL`, naming the association) and Italian board minutes written with an underscore (`Verbale_Consiglio
 *     130717`) are minutes in the list's own language (2.5). Against parser 110 over all posts: +2 reports, no
 *     look-alike taken, +1 name, +3 titles.
 * 112 (before round 92's blind run): a Norwegian or Danish board calling its members to the annual or general meeting
 *     in the body (`Styret vil med dette få innkalle til årsmøte i OfLUG`, `indkaldes til ekstraordinær
 *     generalforsamling`) invites to a meeting (-3.5), as the subject's `innkalling` does since parser 110. Against
 *     parser 111 over all posts: 3 look-alikes fewer taken from the body alone, no verdict with the subject changed.
 * 113 (after round 92's blind run at parser 112): an association's meeting of a day in its own language is a dated meeting
 *     (2): Dutch `Deelnemersvergadering 30 juni 2018`, German `2024-04-04-Vorstandssitzung`, Portuguese `Reunião de
 *     17/01/2012`, French `Assemblée Générale ordinaire du 9 février 2013` (a day, not a year alone); German `Protokoll
 *     2014.11.05` is minutes, its date no release's version; Norwegian `Årsberetning` (an `Å` the word boundary missed)
 *     and Polish `Sprawozdanie` are report words; a `Plenum` called for a weekday is a meeting's day (-3). Names: such
 *     subjects name no project (their words, a Norwegian `27.8.01`, `i Halden` where a board met, `für 2024`, an update's
 *     `An` are left out); a page of no list whose subject is one is one project's (its headings the agenda's items), named
 *     by MediaWiki's tagline in the wiki's language (`De Garoa Hacker Clube`, `Uit Hack42`, `Aus Hackerspace Ffm`,
 *     `Kohteesta Linux-aktivaattori`; first when the jump line follows it, and no title); `TOP`, `ALV` and currencies
 *     are no names a page writes most. Against parser 112 over all posts: +7 reports, 1 look-alike fewer, +2 from the
 *     body alone, +9 names, +23 titles.
 * 114 (after round 93's blind run at parser 113): Norwegian `Årsmelding` and Swedish `Verksamhetsberättelse` (yearly
 *     reports) are report words, a numbered Portuguese general assembly (`Reuniões/XIX Assembleia-Geral`) a numbered
 *     meeting (2); names: those subjects, a Czech club's board minutes (`Zapis z jednani predstavenstva klubu Silicon
 *     Hill ze dne ...` is Silicon Hill's), French minutes of a general assembly, a Danish `d.27/05 2013`, a wiki's
 *     `IRCMeeting` and `Reuniões` pages name no project or the one they are of; `Status Rmetrics - New Version` is
 *     Rmetrics'. Against parser 113 over all posts: +3 reports, no look-alike, +1 from the body alone, +3 names,
 *     +6 titles.
 * 115 (after round 94's blind run at parser 114): minutes and reports written in Cyrillic are the list's own language's
 *     (`Протокол 1/2005`, Bulgarian minutes numbered in their year; Ukrainian `Загальні збори` (a general assembly);
 *     `отчёт`, `звіт`), tried on subjects that hold a Cyrillic letter as CJK ones are (not `Протокол HTTP/2`, a network
 *     protocol); Swedish `Delrapport`, `Slutrapport` and `Lägesrapport` are report words; French minutes typeset with
 *     `’` (`Compte-rendu de l’Assemblée Générale`) are minutes. Names: French, Italian and Hungarian meetings of a day
 *     (`L’assemblée Générale du ...`, `Compte-rendu du Conseil d’Administration du ...`, `Riunione del ...`, `Közgyűlés`)
 *     name nothing and make one project's post; a wiki's namespace (`Projekt:`) and a chapters' reports page are no
 *     owner. Against parser 114 over all posts: +6 reports, no look-alike, +5 from the body alone, +1 name, +5 titles.
 * 116 (after round 95's blind run at parser 115): a Serbian assembly's or board's session and minutes (`седница`,
 *     `записник`: `Двадесет девета редовна седница Скупштине`) are minutes in Cyrillic, as parser 115's Bulgarian and
 *     Ukrainian ones are. Against parser 115 over all posts: +1 report, no look-alike, +2 titles.
 * 117 (after round 96's blind run at parser 116): a meeting named by its number is dated as one named by its day
 *     (`Minutes of the 291st GridPP PMB meeting`); a subject that follows up a meeting (`Follow-up From May 25th
 *     Meeting/...`) tells what it decided, and is no call to meet (not `Follow-up on meeting time`); a conference that
 *     `invites presentations` calls for papers. Names: the meeting's number is left out as its date is; JISCMail and
 *     HEAnet host lists, and name no community. Against parser 116 over all posts: +3 reports, one look-alike fewer.
 * 118 (after round 97's blind run at parser 117): a Turkish status or activity report (`Durum raporu`) is a report
 *     word, not a bug's (`Hata raporu`); a board, council, committee or TSC that `met today` / `met on ...` opens a
 *     meeting's account as a meeting held does (`The OpenInfra Foundation Governing Board met today`); a release's
 *     notes (`Release Notes for NorduGrid ARC 6.7`) are no report word. Names: the Turkish report words are left out;
 *     a CentOS SIG's quarterly report's `Purpose` and `Membership` are parts of a report, no projects.
 *     Against parser 117 over all posts: +3 reports (one a council's statement labelled no report), two look-alikes
 *     fewer, +5 from the body alone, +1 name.
 * 119 (after round 98's blind run at parser 118): a year looked back on (`2021 Retrospective - ORI`, `The NetBSD
 *     Foundation 2003 Annual Report`) dates a subject. Names: `State of the Nation address` names no project (the
 *     list's does). Against parser 118 over all posts: +1 report, +2 names.
 * 120 (after round 99's blind run at parser 119): names only. A first name's possessive before a project's name is
 *     whose update it is (`David's FreeDV Update – May 2024` is FreeDV's; not `GNOME's ...`, an acronym, nor one before
 *     report words alone); `Meeting Records` are a meeting's minutes. Against parser 119 over all posts: +2 names.
 * 121 (after round 100's blind run at parser 120): `we had a ... meeting|gathering|call` in an opening tells of a
 *     meeting held (`Last week we had a gathering of libreswan/openswan people in Helsinki`; not `we had a good review
 *     of ...`); `looking back over the past year` names a post as its year's look back. Names: `Exherbo was announced
 *     one year ago today!`, `Varnish turns three` are the project's. Against parser 120 over all posts: +7 reports,
 *     one look-alike more (Tor Browser's vision meeting recap, asking what to do), +4 from the body alone, +4 names.
 * 122 (after round 101's blind run at parser 121): `[TOPIC 1/17] Reftable`, `[NOTES 01/11] ...` (a summit's notes
 *     posted one session a mail, the Git Contributor's Summit) are a session's notes, not when answered; they are named
 *     after the list's community, not the session's topic. Against parser 121 over all posts: +4 reports, +3 names.
 * 123 (after round 102's blind run at parser 122): a subject giving a call's hour and zone (`TSC 2020-12-15 (Tues) 7 am
 *     Pacific`) is a meeting's time; what a saved page shows for moving about its site (GitHub's `Skip to content`,
 *     Confluence's `Compare with Current View Page History`, `Version 1 Next »`) heads nothing. Names: maintainers who
 *     meet are the project's (`EasyBuild maintainer summit`), and an effort or an initiative is keyed as what it works
 *     on (`distro-backdoor-scanner effort`). Against parser 122 over all posts: one look-alike fewer, +1 from the body
 *     alone, +2 names.
 * 124 (after round 103's blind run at parser 123): `A month of the Hurd: ...` is a newsletter's subject (and names the
 *     Hurd); `Draft of Git Rev News edition 71` is a newsletter's draft put up for contributions, no report; an agenda
 *     told in the past (`the primary item on the agenda for this meeting was ...`, the D Language Foundation's monthly
 *     summaries) invites to no meeting. Against parser 123 over all posts: +3 reports, two look-alikes fewer, +1 from
 *     the body alone, +3 names.
 * 125 (after round 104's blind run at parser 124): a heading that is a day written year first, alone (`2017-02-18` over
 *     SuperCollider's dev meeting notes), names no project: its sections are the post's own. No verdict, title or name
 *     the eval counts changes (three posts lose a date for a project name).
 * 126 (after rounds 105 and 106's blind runs at parser 125): a meeting's transcript (`07/14/2022 ESLint TSC Meeting
 *     Transcript`) is a settled non-report, as a bot's mail is; meeting `invitations` invite as an `invitation` does; a
 *     day written `26-Oct-05` dates a subject; Japanese minutes read by their roll call (`出席委員 :`, `参加者：`) and
 *     `議事要録` (a summary of proceedings) as `議事録`; a post's title line is read past a page's front matter (one
 *     generator key is enough: `tags: weekly, rustc`) and a lone HTML tag, without its Markdown marks; a GitHub issue
 *     template (front matter with `name:` and `about:`) is a form to fill in. Names: a project's `core meeting` is the
 *     project's; Japanese minutes are named without the handout, the meeting's rank, the body that met and `議事録`.
 *     Against parser 125 over the 10,619 posts of rounds 1-105: +5 verdicts right, +1 from the body alone, +5 names,
 *     +3 titles; on round 106's: +3 reports (JPNIC's minutes), two agendas and a form fewer from the body alone.
 * 127 (after rounds 107 and 108's blind runs at parser 126): Chinese regular meetings (`PMC 例会 2022-06-16`) and
 *     their minutes (`例会纪要`) name a report, as a meeting's date does in English (not the Japanese `定例会`, whose
 *     `報告` names it); a board meeting in French with its month (`Conseil d'administration septembre 2013`) is a dated
 *     meeting; a call for a hand (`Looking for somebody to take meeting notes for ...`) names no report, whatever it is
 *     for; `notes for the 3.13 release` are a release's notes, drafted. Chinese minutes' parts (`参会人员`, `议题`,
 *     `会议纪要`) head no project. Names: `Quaterly News Letter` is a newsletter (DAMON's); Chinese and Japanese report
 *     words and a year and month written with CJK marks are no part of a name. Against parser 126 over all posts: +5
 *     verdicts right, +2 from the body alone, +4 names, +5 titles.
 * 128 (after rounds 109 and 110's blind runs at parser 127): a mark of text left out in brackets (`[snip]`, `[...]`,
 *     `[rest snipped]`, a copy's `[... truncated ...]`) heads nothing, so the post's own headings stand (one such line
 *     at a post's end had made every heading of another style give way); a title is read without its inline HTML
 *     (`<a href="...">Zil0</a> on the <a href="...">matrix-python-sdk</a>`, This Week in Matrix); a call for ideas or
 *     projects (`Call for Astropy ideas / projects to be funded in 2021`) is a call for papers; half a month or a year
 *     (`ownCloud Development in the First Half of July`) is a subject's period. Against parser 127 over the posts of
 *     rounds 1-108: one look-alike fewer, +19 titles; on rounds 109-110's: +1 report, one look-alike fewer, +21 titles.
 * 129 (after rounds 111 and 112's blind runs at parser 128): a meeting told after it (`[Lancaster] meeting last night`,
 *     `discussions in the meeting yesterday`, `1st April Meeting Follow-up`, `Social Follow-up`) names its recap. Names:
 *     `Notes taken at the Binutils BoF` is Binutils'; `Changelog` and `Gazette` are a project's news by other names;
 *     `Community Board` is the body that writes. Against parser 128 over the posts of rounds 1-110: +1 report, +1 from
 *     the body alone; on rounds 111-112's: +3 reports, +7 names.
 * 130 (after rounds 113 and 114's blind runs at parser 129): an annual, yearly or quarterly review names a report
 *     (`2020 OpenTelemetry annual review`, CNCF's reviews to its TOC). Names: a day written in Spanish, Portuguese or
 *     Italian (`24 de abril de 2014`) and a Spanish board's minutes (`Acta Junta`, `Reunión JD`) are no part of a name;
 *     a trailing article is read as a whole word in any script (`Python España` kept its `ñ` and lost its `a`). Against
 *     parser 129 over the posts of rounds 1-112: +1 name; on rounds 113-114's: +1 report, +2 names.
 * 131 (after rounds 115 and 116's blind runs at parser 130): an incident's account (`Security Incident Disclosure`,
 *     `crates.io incident report for 2020-02-20`) counts against a report, and its report word names none; a meeting's
 *     IRC log posted whole (`Logs for the MRL Meeting Held on 2020-01-15`) is a transcript. Against parser 130 over the
 *     posts of rounds 1-114: one look-alike fewer, one fewer from the body alone; on rounds 115-116's: two look-alikes
 *     fewer.
 * 132 (after rounds 117 and 118's blind runs at parser 131): a meeting's issue that asks who will come (`Please use the
 *     following emoji reactions in this post to indicate your availability`, Node.js' and OpenJS's meeting issues) and a
 *     meeting's page that says it was called off (`Canceled due to low attendance`) count against a report; the Nth
 *     meeting held in Chinese (`第一次线下会议`, `第 13 次运营会议`) names its minutes. Names: an annual review (`KEDA 2021
 *     Annual Review`), `This Month with Nim`, a time range (`14:15-16:15`), a project's regular meeting (`项目例会`), a
 *     committee and its term in Chinese (`2025-2026届 ... 技术委员会`), a technical steering committee and a project
 *     leadership committee (`Homebrew Project Leadership Committee`) are no part of a name. Against parser 131 over the
 *     posts of rounds 1-116: +2 names; on rounds 117-118's: +1 report, two look-alikes fewer, +5 names.
 * 133 (after rounds 119 and 120's blind runs at parser 132): a project's year named as the subject's whole (`GIMP in 2012`,
 *     `Mozilla Localization in 2023`; every word before `in` holds a capital) names a report; a call for testing is a
 *     call, an application to a foundation (`Application for gittuf at Sandbox stage`, `Envoy Graduation Application`) a
 *     proposal, a `Dev snapshot:` a release. Names: a day written with dots (`03.10.21 Meeting Minutes`) is no part of a
 *     name. Against parser 132 over the posts of rounds 1-118: +1 report, one look-alike fewer from the body alone, +1
 *     name, +2 titles; on rounds 119-120's: +1 report, two look-alikes fewer, +1 name.
 * 134 (after rounds 121 and 122's blind runs at parser 133): a month's own work told as the subject's whole (`My LTS January`,
 *     `Debian LTS work, October 2015`) names a report; a template's placeholder day (`2025-xx-xx`, `YYYY-MM-DD`) is a
 *     form's; a project's year no longer takes a month's (`postmarketOS in 2024-09:` is named by the month's cue as
 *     before). Names: `My` before a name and `First` before a meeting's name (`First Timing Fences TG Meeting`) are no
 *     part of it. Against parser 133 over the posts of rounds 1-120: no change; on rounds 121-122's: +1 report, one
 *     look-alike fewer, +1 ref.
 * 135 (after rounds 123 and 124's blind runs at parser 134): names only. `This month in Servo: upcoming events, ...` and
 *     `These Weeks In Servo 115` are Servo's news (the issue's topics after the colon, its number, and `these weeks` as
 *     `this week`); a newsletter's theme after its colon (`ClickHouse Newsletter March 2023: Contributing to ClickHouse`)
 *     and `A year of progress for` (`US-RSE`) are no part of a name. Against parser 134 over the posts of rounds 1-122: no
 *     change; on rounds 123-124's: +3 names.
 * 136 (after round 125's blind run at parser 135): names only. A possessive left at a name's end (`The Zcash Foundation's
 *     2020 Q1 Report`), a stretch of time before whose it is (`Update on the Last Three Months in GNU Radio`) and a hack fest
 *     (`NVDA Hack Fest November 2008`) are no part of a name. Against parser 135 over the posts of rounds 1-124: no change
 *     in what is judged; on round 125's: +2 names.
 * 137 (after rounds 126 and 127's blind runs at parser 136): names only. Whom a report is to (`IAB report to the community for
 *     IETF 103`), which kind of minutes (`Narrative Minutes for the ... IESG Telecon`) and a project's years looked back on
 *     (`Community Reflection on Bevy's Third Year`, `One Year of Open Prometheus Development`) are no part of a name.
 *     Against parser 136 over the posts of rounds 1-125: no change; on rounds 126-127's: +4 names.
 * 138 (after rounds 128 and 129's blind runs at parser 137): a French board's meeting of a day without `du` (`CA 15 juillet
 *     2018`) is a dated meeting; a numbered update's headline (`Crowd Supply update 022: OpenPOWER EULA released`) does not
 *     make it a release announcement. Against parser 137 over the posts of rounds 1-127: no change; on rounds 128-129's: +2
 *     reports, +5 titles, +1 ref.
 * 139 (after rounds 130 and 131's blind runs at parser 138): names only. A month with its year (`report - 02/2015`), a
 *     fiscal year (`FY2011`), a time of day at the end (`15:00`), a legal form at the end (`Software in the Public Interest,
 *     Inc.`), a `Plenum` and a `Breakout Room` are no part of a name; an IETF interim meeting's name (`interim-2018-iesg-23`)
 *     is its group's. (And `TL;DR` is looked for between ASCII letters and digits, as the pattern's flags allow: its
 *     Unicode classes had read as literal letters.) Against parser 138 over the posts of rounds 1-129: no change in what
 *     is judged; on rounds 130-131's: +6 names.
 * 140 (after rounds 132 and 133's blind runs at parser 139): names only. A year's or a month's news of X before its topics
 *     (`Servo in 2024: stats, features and donations`, `November in Servo: monthly releases, ...`), a project's stage before
 *     its review (`KubeEdge Sandbox Annual Review`), a leading `about`, an offline meeting in Chinese (`线下会议`) and a year
 *     written with its CJK mark (`2021年`) are no part of a name. Against parser 139 over the posts of rounds 1-131: no
 *     change in what is judged; on rounds 132-133's: +3 names.
 * 141 (after rounds 134 to 137's blind runs at parser 140): a meeting named by its number alone (`All Core Devs: Meeting 8`,
 *     `Execution Layer Meeting 175`) is a dated meeting. Names: `Activity & Contract Report` (Haiku's) is one report's two
 *     kinds of work. Against parser 140 over the posts of rounds 1-135: no change; on rounds 136-137's: +2 reports, +17
 *     titles, +9 refs, +2 names.
 * 142 (after rounds 138 to 142's blind runs at parser 141): a Forgejo or Gitea issue or pull request
 *     (`codeberg.org/forgejo/discussions/issues/72`) is a reference keyed by its repository, as GitHub's are; a subject that
 *     only holds the place of one (`placeholder`, `untitled`) is none; a repository file's name for a subject
 *     (`2021-04-steering-council-update.md`) is read without its extension, its hyphens spaces; a proposal review's
 *     verdict headings (`Accepted`, `Likely Decline`, `Active`, `Hold`) are generic. Against parser 141 over the posts of
 *     rounds 1-137: +126 refs (Forgejo's monthly updates); on rounds 138-142's: +2 reports, +8 titles.
 * 143 (after rounds 143 to 146's blind runs at parser 142): detection reads a repository file's name for a subject as its
 *     words (`20240814_minutes.md` says minutes; `2013-10-03.md`, no words, is no subject, so the file's title line
 *     names it). Against parser 142 over the posts of rounds 1-144: no change; on rounds 145-146's: +1 report, +6 titles.
 * 144 (after rounds 147 and 148's blind runs at parser 143): a wiki page's path among a team's meetings or reports for a
 *     subject (`FoundationsTeam/Meetings/2009/0107`, `TechnicalBoard/TeamReports/10/January`) names the meeting or report;
 *     a teleconference (`Telcon: 2018 12 13`) is a dated meeting as a meeting is. Against parser 143 over the posts of
 *     rounds 1-146: +1 report (an OASIS TC's chat log); on rounds 147-148's: +4 reports, +13 refs.
 * 145 (after rounds 149 and 150's blind runs at parser 144): a version's highlights (`Release 22.12 Highlights`) announce
 *     a release. Against parser 144 over the posts of rounds 1-148: no change; on rounds 149-150's: -1 look-alike taken.
 * 146 (after rounds 151 and 152's blind runs at parser 145): KernelCI named in a subject is its bot's only when the subject
 *     names a report, results, regressions, runs, a baseline, boots or builds (`KernelCI stable-rc/linux-6.1.y report`),
 *     or its site (`kernelci.org`);
 *     the project's own news (`Strategic updates from the KernelCI project`) is read as any project's. Against parser
 *     145 over the posts of rounds 1-150: +1 report; on rounds 151-152's: +1 report.
 * 147 (after rounds 153 to 156's blind runs at parser 146): `Last week in LineageOS`, `Last month at X` open a
 *     newsletter as `This week in X` does. Against parser 146 over the posts of rounds 1-154: no change; on rounds
 *     155-156's: +1 report.
 * 148 (after rounds 157 and 158's blind runs at parser 147): an internship named with an update, a report, a week or a
 *     year (`Outreachy Internship Update (week 10 & 11)`, `SciPy Internship: 2021-2022`) is an intern's account, not a
 *     job offered; a post's title line is not an HTML comment (`<!--- SPDX-License-Identifier: Apache-2.0 -->` over
 *     ONNX's minutes, which read as a template's placeholder); `Release Note` announces a release as `Release Notes`
 *     does. Against parser 147 over the posts of rounds 1-156: +1 report (from the body alone: +1 report, 3 look-alikes
 *     that had been refused by a comment read as their title); on rounds 157-158's: +1 report, -1 look-alike.
 * 149 (after round 159's blind run at parser 148): an outage or a downtime, told after or announced before (`Network
 *     Outage 2016-12-17 Post-mortem`, `Advance Downtime Notification`), is an incident's account, not a report (a
 *     release's post-mortem still is); an agenda whose notes were taken in it (8 lines or more under its own `Meeting
 *     Notes`/`Minutes` heading: WebAssembly's, SPDX's, OpenEMR's files) is the meeting's record, not its call. Against
 *     parser 148 over the posts of rounds 1-158: +5 reports (GNOME's board, Servo's TSC, two OpenHarmony SIGs, WLUG's
 *     committee); on round 159's: +3 reports, -2 look-alikes.
 * 150 (after rounds 160 and 161's blind runs at parser 149), project names: a sender that is the project's own body
 *     (`Cortex maintainers`, `The QuTiP Admin Team`) is no person whose status the post tells, so a subject naming the
 *     project still makes the post its one project's; a report and the board or meeting it is for (`Apache SpamAssassin
 *     report to Board for June 2020`, `InnerSource Patterns WG - Report for Governance Meeting 2021-01`) is the name's;
 *     a name, its quarter or month, then the period's topics (`Unitary Fund Q3 2024: QOSS Survey, unitaryCON, ...`) is
 *     the name's. Against parser 149 over the posts of rounds 1-159: project names +10 (-1: `This Month with Nim`, whose
 *     sections are projects, now read as Nim's own); on rounds 160-161's: names +6.
 * 151 (after rounds 162 and 163's blind runs at parser 150): a section's number is no part of its project's name (`1.
 *     Nowcasting`); a changelog's parts (`Changelog`, `Internal Improvements`, `Sponsors`) are generic headings; a name
 *     is read as one word only where the post writes it so in capitals (`ClangBuiltLinux`), not from a handle in a
 *     link (`x.com/apachehudi`); `A look back at 2017` leaves no `at` on the name; a later meeting named in minutes
 *     (`another meeting will be held`) is no call to this one. Against parser 150 over the posts of rounds 1-161: +1
 *     report, project names +2; on rounds 162-163's: names +2.
 * 152 (after rounds 164 and 165's blind runs at parser 151): a subject naming a template (`Project-Monthly-Report-
 *     Template.md`, `TEMPLATE_minutes.md`; all 28 such subjects of the real corpus are look-alikes) counts -9, no longer
 *     a procedure mail's -5.5 that a filled-looking template outweighed; a body whose headings say which parts must be
 *     filled (`## Summary (mandatory)`, `## Plans of the Project (optional)`; two or more) is a form to fill in.
 *     Against parser 151 over the posts of rounds 1-163: -2 look-alikes (from the body alone: -1 look-alike; +1, a
 *     kTLS release announcement whose `Improvements` heading now reads as a status heading, from parser 151); on
 *     rounds 164-165's: -2 look-alikes.
 * 153 (after rounds 166 and 167's blind runs at parser 152), project names: `A week of symfony #200` leaves no
 *     article on the name, `OpenCV Meeting notes for 2012 year` no `for year`; a section headed with a project's news
 *     (`Bundler news`, `RubyGems.org news`) is that project's. Against parser 152 over the posts of rounds 1-167:
 *     project names +4 (OpenCV's and symfony's series); on rounds 166-167's: names +3.
 * 154 (after rounds 168 and 169's blind runs at parser 153): `Weeknotes` and a numbered year in review (`Lean FRO: Year
 *     1 in Review`) name reports; one ordinal week or month of the work (`Fourth week: Some UI integration`,
 *     `libglade Removal: The First Week`, `Outreachy - first month recap`; 5 subjects of the real corpus, all reports)
 *     opens a report as a newsletter's words do, not a week of a month (`the first week of May`); project names read
 *     `what's new in X` as X's and drop HTML entities left in a title (`&mdash;`). Against parser 153 over the posts
 *     of rounds 1-167: +2 reports, project names +1 (from the body alone: +3 reports); on rounds 168-169's: +2
 *     reports, names +3.
 * 155 (after rounds 170 and 171's blind runs at parser 154): a page's front matter whose keys hold lists or folded
 *     values (`tags:` over `    - newsletter`) is front matter, not headings (`layout: post` had become a section and
 *     a project); a name and its kind of post, the month, then the month's topics (`GTFS Digest - September 2024 -
 *     Loads of new conversations`) is the name's. Against parser 154 over the posts of rounds 1-169: from the body
 *     alone -4 look-alikes (a front matter's words no longer read as the report's); on rounds 170-171's: names +2.
 * 156 (after rounds 172-174's blind runs at parser 155): a Jekyll page's `## {% linkable_title Videos %}` is titled
 *     `Videos`; a subject holding `MONTH` in capitals or `{MONTH}` is a template's (OWASP's board agenda form); a byline
 *     after the report's word (`... Week 5 Update by Safwan Sayeed`) is its writer, no part of the name, and a student's
 *     week in a programme (`GSoC '25 Week 5 Update`) is one project's post, its headings no projects; a student's
 *     report's parts (`Key Learnings`, `Challenges & Solutions`, `Acknowledgments`, `This Week's Achievements`) name no
 *     project (parts, not status evidence: as generic words they had taken 3 look-alikes); on a page of no list, a
 *     committee's acronym is named as its minutes write it after the organisation (`QGIS PSC`). Against parser 155
 *     over the posts of rounds 1-173: +1 report, names +1, titles +4; on round 174's: names +1.
 * 157 (after rounds 175 and 176's blind runs at parser 156): LaTeX's sectioning lines (`\subsubsection{...}`,
 *     `\paragraph{Overview}`) are headings, and a `.tex` file's name for a subject is read as a page's is, its section
 *     number dropped (`2.3.1.10-Kokkos-Support.tex` -> `Kokkos Support`); a heading that is a link to its own anchor
 *     with Pandoc's attribute after it (`## [New plugins](#new-plugins) {#new-plugins}`) is titled by the link's text;
 *     an outline's labels are measured without the links they carry in parentheses, and a label of four words
 *     (`- Mail, news, and chat:`) is still a label (Emacs News). Against parser 156 over the posts of rounds 1-174:
 *     +1 report (from the body alone +1), names +1, titles +9.
 * 158 (after rounds 177 and 178's blind runs at parser 157): a year before a month's name dates a subject as a month
 *     before a year does (`2021-Sept.md`, the OBF board's minutes; `2025 July`; not the verb in `2021 may ...`); a
 *     heading's picture before its title (`![Header Picture](/wp-content/...png)Announcements`, openSUSE Weekly News) and
 *     a permalink's mark after it (`New videos #`) are no part of the title. Against parser 157 over the posts of
 *     rounds 1-176: +3 reports (AstriDevCon's two months, the OBF board's minutes; from the body alone +1), titles +30,
 *     refs +2.
 * 159 (the floors of rounds 1-180 checked at parser 158): an outline's label is measured without a remark's parentheses
 *     after a space only (Emacs News' `- Upcoming events ([iCal file] (<https://...>), ...):`), not without a Markdown
 *     link's target (`Null propagation operator reached stage 1 [slides](https://...)`): parser 157 had taken TC39's
 *     meeting summary's outcomes for its headings. Against parser 158 over the posts of rounds 1-180: titles given
 *     -11 (all of them not the label's).
 * 160 (after rounds 179 and 180's blind runs at parser 158): the months a newsletter covers, written out, before its
 *     name in capitals (`March and April in KDE PIM`, `August and September in Minetest (15)`, `November in Servo: ...`)
 *     say a month's report as `November 2019 in Reproducible Builds` does. Against parser 159 over the posts of rounds
 *     1-180: +1 report, names +1, titles +4, refs +6.
 * 161 (after rounds 181 and 182's blind runs at parser 160): Portuguese `relatório` is a report's word, in a subject's
 *     cue and no part of a name (`PYTHON BRASIL 2025 - RELATÓRIO DIÁRIO` -> Python Brasil's). Against parser 160 over
 *     the posts of rounds 1-182: +1 report, titles +15, refs +10.
 * 162 (after rounds 183-186's blind runs at parser 161): a summit's `debrief` is a report's word, in a subject's cue and
 *     no part of a name; a student's `Week-7 check-in` is a week's report; notes HackMD's GitHub sync committed
 *     (`HackMD <no-reply@hackmd.io>`) are no robot's; a repository file's name whose words run together
 *     (`minutes1102.txt`, `ReportFOSDEM.txt`) is read parted; an emoji's shortcode (`Notes :book:`) and a part's
 *     middle-dot number (`2 · Analog PR Highlights`) are no part of a project's name; `Action Points` is generic.
 *     Against parser 161 over the posts of rounds 1-186: +6 reports, +1 look-alike taken (an outage's post-mortem
 *     committed by HackMD), names +1, titles +12, refs +3.
 * 163 (after rounds 185 and 186's blind runs at parser 161): the days counted of a project named alone after them
 *     (`219 days of postmarketOS`) and the year spent at a company (`2024 at Bootlin: a year in review`) name it. Against
 *     parser 162 over the posts of rounds 1-188: names +3.
 * 164 (after rounds 189 and 190's blind runs at parser 163): `Policy SIG`, `Policy WG` name a group, not a procedure
 *     (APNIC's `Policy SIG Meeting Report`); the months a newsletter covers from one to another, `October to January in
 *     Minetest (16)`, say a month's report and name it. Against parser 163 over the posts of rounds 1-190: +1 report
 *     (and +1 from the body alone), names +1, titles +3.
 * 165 (after rounds 191 and 192's blind runs at parser 164): a post whose subject is a repository file's name is named by
 *     that name's words as detection reads them (`ELISA-AeroWG-Meeting-20241017.md` as `ELISA Aero WG Meeting
 *     20241017`), one reading in one place (fileNameWords). Against parser 164 over the posts of rounds 1-192: names 0
 *     (12 reports named differently, none of them right before or after), nothing else changed.
 * 166 (after rounds 193 and 194's blind runs at parser 165): a wiki page of a team's meetings named by a day written with
 *     its month's name (`UbuntuStudio/Meetings/2010Feb10`) is as one named by its digits. Against parser 165 over the
 *     posts of rounds 1-194: +1 report (round 194's), titles +5, nothing else changed.
 * 167 (after rounds 195 and 196's blind runs at parser 166): a wiki page's name whose words run together in capitals
 *     (`CinderYogaPTGSummary`, `Governance/Foundation/7June2020BoardMinutes`, `FirstMeetingMinutes`) is read as those
 *     words, as a file's name is (fileNameWords), for detection and names alike. Against parser 166 over the posts of
 *     rounds 1-196: +3 reports (two of round 196, GIMP's first meeting minutes), names +1, titles +2.
 * 168 (found by the word-gate test on round 192's posts): the dated-meeting cue's gate words lacked `ag`, `ago`, `age`,
 *     `bureau` and `assembl(ee)`, which its pattern holds, so `PV AGE 22 octobre 2023` (a French general assembly's
 *     minutes) was never tried on it; and the word every cue holds now includes `debrief`. Against parser 167 over the
 *     posts of rounds 1-196: +1 report, titles +6.
 * 169 (after rounds 197 and 198's blind runs at parser 168): a named group's quarter, the year and the quarter first
 *     (`2024 Q4 Vulnerability Disclosure WG`, `2025 Q3 ORBIT WG`, OpenSSF's TAC reports), is a periodic update (16 such
 *     subjects among the real posts, all reports). Against parser 168 over the posts of rounds 1-198: +2 reports
 *     (round 190's ORBIT WG, round 198's Vulnerability Disclosure WG), titles +23 on rounds 1-196.
 * 170 (after rounds 199 and 200's blind runs at parser 169): a plain body that is HTML written out (most of its lines
 *     of text open with a block element, four at least: a blog's page saved as text) is read as the HTML it is
 *     (mail/mime.ts), its headings and links; a meeting's hours with their zone (`16:00-17:00 EET`, `17:30 CEST`) are
 *     when, not whose; `Open LTP meeting` is LTP's; a project at a gathering named for its place (`Kdenlive at Randa
 *     meetings - first report`) is the project; on a page of no list, a body of several words named without whose
 *     (`Steering Committee`, `Infrastructure Team`) is named by the organisation its text writes before it (`Software
 *     Carpentry Steering Committee`), unless its first word is a name the text writes alone (`Fedora Leadership
 *     Group`). Against parser 169 over the posts of rounds 1-198: +4 reports (from the body alone +1: three look-alikes
 *     more, four reports), names +3, titles +21, refs +8.
 * 171 (after rounds 201 and 202's blind runs at parser 170): names leave out a meeting written short (`Sugar mtg
 *     minutes`), a programme's year (`Final GSoC'23 Summary`; not `GSOC'23 with LibreHealth`) and the plan beside an
 *     update (`Vcpkg 2020.04 Update and Product Roadmap`). Against parser 170 over the posts of rounds 1-202: names +3
 *     (on rounds 200-202).
 * 172 (after rounds 203 and 204's blind runs at parser 171): a MediaWiki page saved as text writes each section's
 *     title with its edit link after it (`Financial status[edit]`, HSBXL's general assemblies, SPDX's general meeting
 *     minutes): such a line is a heading, titled without the link (the eval's titleKey leaves the link out too, as some
 *     labels keep it); `This Week in Solus -- Install #30` is Solus's; and a steering committee or a TSC is keyed as its
 *     project (`Kubernetes Steering Committee`, `Laminas TSC`, `ROS 2 TSC` -> Kubernetes, Laminas, ROS 2), as
 *     projectNames' GOVERNING has named their posts (a council stays a body of its own; a bare `Technical Steering
 *     Committee` is not cut to `technical`). Against parser 171 over the posts of rounds 1-204: +1 report (HSBXL's general
 *     assembly 12), from the body alone -3 (two reports fewer, SPDX's May 2015 minutes and Whitespace's meeting 132,
 *     whose weak headings gave way to the edit-link titles, and one agenda of HSBXL more), names +15, titles +20.
 * 173 (after rounds 205 and 206's blind runs at parser 172): a development log or a dev diary (`Dask Development Log`,
 *     Monero's `Dev Diary for the Week of 2014-07-07`) is a report's word, and no part of a name (8 such subjects among
 *     the real posts, all reports); a project's gathering is the project's (`Etherpad Hackathon 2012 update`, `Homebrew's
 *     Summer 2024 Hackathon`, `First ownCloud Sprint`, `Tryton Unconference 2023 in Berlin`; of the labels of such
 *     write-ups, most name the project). Against parser 172 over the posts of rounds 1-206: +2 reports, names +11,
 *     titles +6, refs +8.
 * 174 (after rounds 207 and 208's blind runs at parser 173): a year in review and a year's accomplishments are report
 *     words (`2018 in Review`, `Eleventy, 2025 in Review`, `ISC's 2021 Accomplishments`: 10 such subjects among the real
 *     posts, all reports), and no part of a name; an AsciiDoc page's `pr:4518[]` and `issue:4604[]` (rust-analyzer's
 *     changelogs) are the pull requests and issues of the one GitHub repository the post links. Against parser 173
 *     over the posts of rounds 1-208: +4 reports, names +4, titles +5, refs +27.
 * 175 (after rounds 209 and 210's blind runs at parser 174): a newsletter's week, issue, edition or episode after its
 *     name (`This Week in HTML 5 – Episode 1`) is no part of the name, as Solus's installs are not. Against parser 174
 *     over the posts of rounds 1-210: names +1.
 * 176 (after rounds 211-214's blind runs at parser 175): names leave out the years counted of a project (`Eleven Years
 *     of Go`, `One Year of postmarketOS: Mainline Calling!`, with its subtitle), an `AGM` (`NZOSS 2012 AGM`) and a
 *     year-end review with its subtitle (`Valkey 2025 Year-End Review: Reflecting on ...`). Against parser 175 over the
 *     posts of rounds 1-214: names +5.
 * 177 (after rounds 215 and 216's blind runs at parser 176): a post that quotes others under three of its own headings
 *     or more (OpenPrinting's GSoC news, This Week in Matrix: each contributor's words as a Markdown quote) is a
 *     compilation, not a reply, and loses 1.5 for its quotes rather than 5 (the mail stage's line kinds now reach
 *     detection); a vote that is one of the topics a newsletter's subject lists (`Mar17 TUG news: voting, conferences,
 *     membership`) is no election; a MediaWiki page's edit link after its section titles, glued or spaced (`Politics and
 *     SocietyEdit`, `Kiwix edit`), is left out when two titles or more end so. Names: a project's community is keyed as
 *     the project (`Foreman Community`, `Flink community`) and a users' group's executive committee as the group; a bare
 *     board, TSC or steering committee on a page of no list is named by the foundation or alliance the page names most
 *     (`MariaDB Foundation Board`, `CHIPS Alliance TSC`; not the Linux Foundation); subjects leave out the minutes of a
 *     meeting of whom, the topics before `a snapd recap`, the topics a newsletter's subject lists and `Mar17`, and what
 *     follows a project's `News - `. Against parser 176 over the posts of rounds 1-216: +2 reports, from the body alone
 *     +4, names +23, titles +21, refs +1.
 * 178 (after rounds 217 and 218's blind runs at parser 177): a numbered journal or gazette is a newsletter's issue
 *     (`Jabber Journal #20 (2004-12-17)`, `Chicken Gazette - Issue 2`); names leave out which updates (`Recent updates on
 *     Mesa Lima driver`) and which of a group's meetings (`IETF NFSv4 Interim Working Group Meeting`), and a speaker's
 *     initials that open two lines of minutes or more (`AWB: Adding section 8`, TC39's notes) are no project's name.
 *     Against parser 177 over the posts of rounds 1-218: +1 report, names +1.
 * 179 (after rounds 219 and 220's blind runs at parser 178): a Roundup tracker's `issue1122`, the word and the number run
 *     together (darcs' sprint reports and weekly news, GnuPG's news), is that tracker's bug, and its URL under the
 *     tracker's name (`bugs.gnupg.org/gnupg/issue2096`) too; a page's name whose words underscores join
 *     (`thm_2005-06-23_summary`, Plan 9's wiki) is read as its words. The eval takes `other:darcs-bts issue540` as the
 *     number after `issue` (with parser 178 this judged no reference differently). Against parser 178 over the posts of
 *     rounds 1-220: +2 reports, titles +1, refs +33.
 * 180 (after rounds 221 and 222's blind runs at parser 179): names leave out a post sent again fixed (`CORRECTION, minutes
 *     from 2020/07/10 meeting`), how long it was awaited (`The much-awaited conference call notes`) and what the project
 *     is after its name (`An update on Ibex, our microcontroller-class CPU core`), an Apache incubator's `Podling`, when
 *     or what kind of news (`Last couple of weeks at LineageOS`, `What's new with authentik`) and what a project shipped or
 *     a writer did for it (`What Neovim shipped in 2022`, `What I did for the Tor project in January`). Against parser 179
 *     over the posts of rounds 1-222: names +7.
 * 181 (after rounds 223 and 224's blind runs at parser 180): a meeting's invitation in the body weighs as a newsletter's
 *     announcements do under a report's strong cue (half, or nothing when no other word of the subject contests the cue):
 *     the DAISY Consortium's newsletter and EPICS's meeting notes list meetings to come among their news. Against parser
 *     180 over the posts of rounds 1-224: +4 reports (five more found, one interview more taken), from the body alone +1
 *     (four reports more, three look-alikes more), names +1, titles +3.
 * 182 (after rounds 225 and 226's blind runs at parser 181): a GSoC student's community bonding, midterm or summary
 *     after the programme's name (`GSoC community bonding`) is a GSoC report's cue; and parser 181's invitation weighs
 *     less only past the post's opening lines (one that opens the post calls a meeting: the hand-written corpus's Fedora
 *     infrastructure meeting call, `... weekly status meeting will be held tomorrow`, had been taken). Against parser 181
 *     over the posts of rounds 1-226: reports the same (digiKam's bonding period found, an interview call no longer
 *     taken; EPICS's and Wayang's minutes, whose invitations open them, lost again), from the body alone +2 (four
 *     look-alikes fewer, two reports fewer), titles -1.
 * 183 (after rounds 227 and 228's blind runs at parser 182): minutes' topics lettered `A.`, `B.`, `C.` in order, three
 *     or more, each over a line of its own, are headings with no blank line around them (RIPE's Open Source WG minutes
 *     copied from its web page); a subject that names a meeting (`IETF-77 Routing Area Open Meeting`, `OSMF Management
 *     Team Meeting 2011-11-16`), nothing else against it, over a body that opens with the meeting's roll call and invites
 *     no one is that meeting's record, not a subject naming no report; an opening that welcomes to a status update
 *     (`Be welcome to this latest irregular Mailpile status update!`) or says it is one names the report;
 *     a fresh subject (no `Re:`) with a report's strong cue and a date, threaded under the post before it and quoting
 *     nothing (`kiwi: Weekly report 2010-06-06 - 2010-06-11...`), is a series' next issue, not an answer. Names: a
 *     list named for what it is for on a project's own host under a foundation's domain (`dev@pulsar.apache.org`), the
 *     host written in the post, is that project's, and one named for a project on the incubator's host
 *     (`geronimo-dev@incubator.apache.org`) the project's, not the foundation's.
 * 184 (after rounds 229 and 230's blind runs at parser 183): an old mailer's forward in brackets (`[Fwd: Fwd: Re: Moving
 *     forward with WebKit/GTK+]`) is a forwarded copy, not a tag to drop.
 * 185 (after round 231's blind run at parser 184): an Org document that says so in its header (`#+title:`, `#+author:`
 *     on its first lines) has its starred headings read with its text not indented under them (the Rust-GCC weekly
 *     reports, GnuPG's news).
 * 186 (after rounds 232 and 233's blind runs at parser 185): a Polish summary (`Podsumowanie roku 2009`) is a report's
 *     subject; and the gate of GSoC's cue lets the programme's name written out through (`Google Summer of Code in the
 *     mid-term` had matched the cue's pattern and never reached it: found by the word-gate test on round 232's posts).
 */
export const PARSER_VERSION = 186;
