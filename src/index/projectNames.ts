/**
 * Which project a report's sections report on. A project is what a report tracks over time:
 * - a single-project post (`Keystone Team Update`, `Xen 4.3 development update`, `[placement]
 *   update 19-03`, a GSoC student's weekly report) reports on the project its subject names, and
 *   its headings are areas of that project;
 * - a multi-project post (the seed's `= NSR =` sections) gives one project per section;
 * - generic headings (Done, Next, To do, In other news, Discussions, Contents...) are never
 *   projects: their items belong to the post's own project;
 * - a numbered or dated series (`X 2`, `X #10`, `X (week 5)`) is one project.
 * Pure.
 */
import { memoized } from '../mail/memo.js';
import { projectKey, parseAliasDeclarations, isGenericHeading, isPartHeading, isAspectName, WAS_SUBJECT, RELEASE_MILESTONE, WIKI_TAGLINE, WIKI_JUMP } from '../status/index.js';

/** A day's name before a date: English (`Sat`, `Saturday`), Italian (`Sabato`), Spanish, French, German, Danish. */
// (a weekday's name and its short forms only: not `Thunderbird`, `Sunrise`, `Saturn`, `Friends`)
const WEEKDAYS = '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mandag|tirsdag|onsdag|torsdag|fredag|l[øö]rdag|s[øö]ndag)';
// (and the months lists write in Italian, Spanish, French, German and Danish: `Resoconto di Sabato 19 marzo`)
const MONTHS = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
  + "|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
  + "|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
  + "|janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
  + "|januar|februar|m[äa]rz|marts|maj|juni|juli|oktober|dezember"
  // (Dutch: `Vergadering 24 mei 2011`)
  + "|januari|februari|maart|mei|augustus)";

/** Phrases that say "this is a report" rather than what it is about. */
const REPORT_PHRASES = new RegExp([
  // (`Haiku Activity & Contract Report: April 2022`: the two kinds of work one report covers)
  String.raw`\b(?:activity|activities|status)\s*&\s*[a-z]+\s+(?=reports?\b)`,
  // `ANS-352 AMSAT News Service Weekly Bulletins`: a news service's bulletins, and their issue (before `news` alone)
  String.raw`\bnews\s+service\b|\bbulletins?\b|^\s*[A-Z]{2,4}-\d{2,4}(?=\s)`,
  // (and `What's cooking on Sourcehut? March 2020`)
  String.raw`\bwhat['’]?s (?:cooking |new )?in\b|\bwhat'?s cooking on\b|(?<=\bwhat'?s cooking on\s+\S+)\?`,
  // (`TL;DR Progress summary`: a summary's other name)
  String.raw`(?<![a-z0-9])tl;?\s?dr(?![a-z0-9])`,
  // (`LedgerSMB year overview 2015`, `GNUstep in the year 2009: A look back and a look forward`: a year looked back on)
  String.raw`\b(?:(?:and\s+)?a\s+)?look(?:ing)?\s+(?:back|forward|ahead)(?:\s+(?:at|on|to)\b)?|\byear\s+(?:\d{1,2}\s+)?(?:in\s+review|overview|in\s+retrospect)\b|\bin\s+the\s+year\b|\bpast,?\s+present,?\s+(?:and\s+)?future\b`,
  // (`blktests failures with v6.10 kernel`: a test suite's failures against a release, and which release)
  String.raw`\b(?:test\s+)?failures\s+(?:with|on|for|against)\s+(?:the\s+)?(?:v|linux\s*|kernel\s*)?\d+\.\d+\S*(?:\s+kernel)?`,
  // (`KEDA 2021 Annual Review`, `2020 Flux Annual Review`: a project's yearly review for its foundation, the project's)
  String.raw`\b(?:annual|yearly|quarterly)\s+review\b`,
  // (`DAMON Quaterly News Letter (2024 Q1)`: as its writer spells it, a newsletter in two words)
  String.raw`\b(?:weekly|monthly|bi-?weekly|fortnightly|quarterly|quaterly|daily|yearly|annual)\b|\bnews\s+letters?\b`,
  // (`Apache SpamAssassin report to Board for June 2020`, `InnerSource Patterns WG - Report for Governance Meeting 2021-01`:
  // a report and whom it is for, a foundation's board or meeting)
  String.raw`\breports?\s+(?:to|for)\s+(?:the\s+)?(?:board(?:\s+of\s+directors)?|governance(?:\s+(?:board|meeting))?|tsc|toc|steering\s+committee)\b`,
  String.raw`\b(?:status|progress|development|dev|team|project|community|engineering|release|upstreaming)\s+(?:updates?|reports?|status|summary|news|stats|statistics|plans?)\b`,
  // `Minutes and Resolutions`, `Meeting Day 2`, `F2F`, `devchat notes`: the kind of meeting and which day of it
  String.raw`\b(?:minutes and resolutions|f2f|face-to-face|devchat|dev chat|day \d{1,2}|(?<=meeting\s+)day)\b`,
  String.raw`\b(?:status|updates?|reports?|news|newsletter|summary|progress|recap|roundup|wrap[- ]?up|digest|minutes|notes|results|stats|statistics|activit(?:y|ies)|tidings)\b`,
  // (Turkish `Durum raporu`, `Faaliyet raporu`: a status or activity report)
  String.raw`\b(?:durum|faaliyet|ilerleme)\s+rapor(?:u|lar)?(?![a-z])`,
  // (`reunión`, `réunion`: a meeting in Spanish and French; `Checkins de la semaine`, `checkins du 09 au 15`: the week's commits)
  String.raw`\br[eé]uni[oó]n(?![a-z\u00c0-\u024f])|\bcheck-?ins?(?:\s+(?:du|from|between)\s+\d{1,2}\s+(?:au|to|and|-)\s+\d{1,2})?\b`,
  // (`Voice Conference`, `phone conference`: a kind of call too, W3C's)
  String.raw`\bmeeting\s+logs?\b|\bmeeting\s+records\b|\bchat\s*logs?\b|\baction\s+items?\b|\b(?:meetings?|calls?|tele?cons?|tele-?conf(?:erence)?s?|con-?calls?|(?:voice|phone|video|audio)\s+conf(?:erence)?s?|sync(?:-?up)?|irc|tracking list|tree status|release status|through|was|tree|front|sessions?|bofs?|kick[- ]?off|kickstart|plenum|breakout(?:\s+room)?)\b`,
  // (`Zapis zo schodzky Plantlore`: Czech and Slovak minutes of a meeting)
  // (and `Zápis z ustavujícího valného shromáždění ...`, of a general assembly; `Rada 2010/1 - zápis`, a bare record)
  String.raw`\bz[aá]pis\s+z[eo]?\s+(?:\S+\s+){0,2}?(?:sch[uů]dz?ky|sch[uů]ze|schodzky|porady|zased[aá]n[ií]|shrom[aá][žz]d[eě]n[ií])(?![a-z\u00c0-\u024f])|\bz[aá]pis\s+z[eo]?\s+jedn[aá]n[ií](?:\s+(?:p[řr]edstavenstva|v[ýy]boru|rady)(?:\s+(?:klubu|spolku|sdru[žz]en[ií]))?)?|\bze\s+dne\b|\bz[aá]pis\s+(?:z[eo]|ze)\s+\S+|\bz[aá]pis(?![a-z\u00c0-\u024f])`,
  // (minutes and news in other languages, with the preposition that follows: Spanish `Acta de reunión`,
  // `acta reunion_23_11_04`, `Nuevas mejoras`; German `Aktualisierung von Nereus`, `Sitzungsprotokoll`;
  // Portuguese `Ata da reunião`; Dutch `notulen`; French `Nouvelles du projet`, `de la semaine`, `Compte rendu
  // de la réunion`; Italian `Resoconto della riunione di ieri sera`, `Riassunto riunione`; Danish `Referat af bestyrelsesmøde`,
  // `Revideret mødereferat af medlemsmøde til gennemsyn`, `Bestyrelsens beretning for 2003`, `ordinær
  // generalforsamling`, `1. udkast til referat`, `dagens IRC møde`; Swedish `Mötesprotokoll av styrelsemöte`)
  String.raw`\bactas?[\s_]+(?:de[\s_]+(?:la[\s_]+)?)?reuni[oó]n(?![a-z])|\ba(?:c)?ta\s+da\s+reuni[aã]o\b|\bverbale\s+(?:della\s+|dell'|del\s+|di\s+)?(?:riunione|assemblea|consiglio|direttivo|incontro|adunanza|seduta)(?:\s+(?:di|del)(?=\s))?\b|\bconsiglio\s+direttivo\s+(?:dell['’]|della\s+|del\s+)|\b(?:resoconto|riassunto)\s+(?:della\s+|dell'|del\s+|dell[ao]\s+)?(?:riunione|assemblea|incontro)(?:\s+(?:di|del)(?=\s))?\b|\b(?:di\s+)?(?:ieri|oggi)(?:\s+sera)?\b|\b(?:revideret\s+)?(?:m[øö]de)?referat(?:\s+(?:af|fra|fr[aå]n))?(?![a-z\u00c0-\u024f])|\bm[øö]dereferat\b|\bm[öø]tesprotokoll(?:\s+av)?\b|\bresum(?:o|en)\s+(?:da|de\s+la|de)\s+(?:xuntanza|reuni[aã]o|reuni[oó]n|assembleia|asamblea)(?![a-z])|(?<![a-z\u00c0-\u024f])(?:bestyrelses?|styrelse|styre|medlems|[åa]rs|Å|Ä)?m[øö](?:de|te)t?(?:\s+til\s+gennemsyn)?(?![a-z\u00c0-\u024f])|\bcompte[- ]rendu\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+)?(?:r[ée]union|conseil(?:\s+d['’]\s*administration)?(?:\s+du)?|bureau|assembl[ée]e(?:\s+g[ée]n[ée]rale(?:\s+(?:extra)?ordinaire)?(?:\s+du)?)?|CA|AG[OE]?)(?![a-z\u00c0-\u024f])|\bnotulen\b|\b(?:sitzungs|besprechungs|treffen)?protokolle?(?:\s+(?:der|des|vom|zur|zum))?\b|\b(?:jahres|mitglieder|haupt)?versammlung\b|\b(?:(?:den\s+)?ordin[æa]re?\s+)?generalforsamling(?:en)?\b|\b(?:bestyrelsens\s+)?(?:[åa]rs)?beretning(?:en)?(?:\s+for)?\b|(?<![a-z\u00c0-\u024f])(?:\d\.\s+)?udkast\s+til\b|\bdagens\b|\bvorstands?sitzung(?:en)?(?:\s+vom)?\b|\b(?:\d{1,3}e\s+)?(?:algemene\s+)?(?:deelnemers|leden|bestuurs)?vergadering(?:\s+van)?\b|\breuni[aã]o(?:\s+d[eo])?(?![a-z\u00c0-\u024f])|\bassembl[ée]e\s+g[ée]n[ée]rale(?:\s+(?:extra)?ordinaire)?(?:\s+du)?(?![a-z\u00c0-\u024f])|\b(?:hallituksen\s+)?kokous\b|\bsprawozdanie(?:\s+zarz(?:ą|a)du)?(?:\s+za)?(?![a-z\u00c0-\u024f])|(?<![a-z\u00c0-\u024f])[åÅ]rs(?:beretning|melding)(?:en)?(?:\s+for\s+perioden\b.*$)?|\bverksamhetsber(?:ä|a)ttelse(?:\s+f(?:ö|o)r)?(?![a-z\u00c0-\u024f])|\b(?:(?:[IVXLC]{1,7}|\d{1,3}(?:ª|º|a)?)\s+)?assembleia[- ]geral(?:\s+d[ao])?(?![a-z\u00c0-\u024f])|(?:\bl['’]\s*)?\bassembl[ée]e\s+g[ée]n[ée]rale(?:\s+(?:extra)?ordinaire)?(?:\s+du)?(?![a-z\u00c0-\u024f])|\briunione(?:\s+(?:del|di))?\b|(?<![a-z\u00c0-\u024f])(?:eln[öo]ks[ée]gi\s+)?[üu]l[ée]s(?![a-z\u00c0-\u024f])|\bk[öo]zgy[űu]l[ée]s(?![a-z\u00c0-\u024f])|\b(?:del|slut|l[äa]ges)rapport(?![a-z\u00c0-\u024f])|(?<![\u0400-\u04ff])протокол(?:\s*№)?(?![\u0400-\u04ff])|загальн[іи]\s+збори|\bmitschrift\b|\bproc[eè]s[- ]verbal\b`,
  // (`Protokoll des DeepMehta Community Treffens vom ...`, `Kurzbericht LUG LD Treffen`, `Treffen von heute: Zusammenfassung`:
  // German meetings, their summaries and short reports)
  // (and `Geschäftsbericht 2019`, `Tätigkeitsbericht`: an association's yearly report on its business)
  String.raw`\btreffens?(?:\s+(?:vom|am|von\s+heute))?\b|\bzusammenfassung\b|\bkurzbericht\b|\b(?:gesch(?:ä|ae|a)fts|t(?:ä|ae|a)tigkeits|rechenschafts)bericht(?:\s+f(?:ü|ue|u)r)?(?![a-z\u00c0-\u024f])`,
  // (`kwtools Stand der Dinge`: German for the state of things, a status)
  String.raw`\b(?:aktualisierung|neuigkeiten)(?:\s+(?:von|der|des|zu|zum|zur|aus|bei|f[uü]r))?(?![a-z\u00c0-\u024f])|\b(?:actualizaci[oó]n|novedades)(?:\s+(?:de|del|en))?(?![a-z\u00c0-\u024f])|\b(?:nouveaut[eé]s|nouvelles)(?:\s+(?:de|du|des|dans))?(?![a-z\u00c0-\u024f])|\bde la semaine\b|\bhebdo(?:madaire)?\b|\bsemanal\b|\b(?:wochen|monats)bericht\b|\b(?:neuer\s+)?zwischenstand\b|\bstand\s+der\s+dinge\b`,
  // (`My LTS January`: whose work, the writer's)
  String.raw`^\s*my\s+(?=\S)`,
  // (`This Month with Nim`: the month's news of the project it names)
  String.raw`\bthis (?:week|fortnight|month) with\b`,

  String.raw`\b(?:today|yesterday|tonight|this week|last week|this fortnight|this month|last month)(?:'s)?(?=\s|$)`,
  // `Minutes Long Overdue`, `Belated status report`, `Update on Development Delays`: that the report,
  // or the work, is late
  String.raw`\b(?:long\s+)?overdue\b|\bbelated\b|\b(?:development\s+)?delays\b`,
  // `4/20/05 meeting - minutes from afternoon session` (SystemTap, 2005): which part of the day's meeting
  String.raw`\b(?:morning|afternoon|evening)\s+(?=(?:session|meeting|call)s?\b)`,
  // `Assorted news`, `good news and bad news`: what kind of news
  String.raw`\b(?:assorted|misc(?:ellaneous)?|various|random|good|bad|sad|great)\s+(?=(?:news|notes|updates?|bits)\b)`,
  // `Summary of latest changes`, `Recently committed changes`: what changed lately, of the list's project
  String.raw`\b(?:latest|recent(?:ly)?|upcoming)\s+(?:committed\s+|merged\s+)?changes\b`,
  // `InfiniBand 2.6.17 merge plans`, `-mm merge plans for 2.6.20`: the kernel release a tree's merge is planned for, not
  // a release of the tree's own
  String.raw`\b(?:v?\d+\.\d+(?:\.\d+)?(?:-rc\d+)?\s+)?merge\s+plans?(?:\s+for\s+(?:v|linux\s*|kernel\s*)?\d+\.\d+(?:\.\d+)?(?:-rc\d+)?)?`,
  // `Updates in revision 28` (BuddyPress, 2008): which revision of the list's project the updates are in, no project
  String.raw`(?:\b(?:in|as\s+of|since|at|up\s+to)\s+)?\b(?:svn\s+)?(?:revision|rev\.?)\s*\d+\b`,
  // `Next btrfs development cycle open - 5.4`: which cycle of the project, not the project (nor the
  // version after it: the kernel's release the cycle leads to, not one of btrfs's own)
  String.raw`\b(?:next\s+)?development\s+cycle(?:\s+(?:open|opened|opening|closed|started))?(?:\s*[-:–]?\s*(?:for\s+)?v?\d+(?:\.\d+)+(?:-rc\d+)?)?(?![\w.])`,
  // `Chalks status and roadpath`, `Some news`, `Present Status`, `Rapport of the first Conf Call`
  // (and `R - translations status and few notes`: what else the post says)
  String.raw`\band\s+(?:road\s*(?:map|path)|plans?|future|(?:a\s+)?few\s+(?:notes|words|thoughts|remarks))\b`, String.raw`\broad\s*(?:map|path)\b`, String.raw`^\s*some\s+(?=news|updates?|notes)`,
  // (and `Inaugural SemiBUG meeting notes`, `Public Minutes of 125th Steering Board`, `71 st SB Meeting`: which
  // meeting of the group, before its name)
  // (`FSF France - Rapport d'activité n°2`, `Rapport moral sur l'activité de l'April en 2010`: a French association's
  // yearly reports, whose they are after `de l'`, and which issue; `LUKi e.V. – Bericht über das Geschäftsjahr 2015`: a German one's)
  String.raw`\brapport\s+(?:moral|d['’]activit[ée]s?|annuel|financier)(?:\s+sur\s+l['’]activit[ée])?(?:\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+))?|\bn[°º]\s*\d+\b|\b(?:bericht\s+)?(?:über|ueber)\s+(?:das|den)\s+(?:gesch(?:ä|ae|a)fts|vereins)jahr(?![a-z\u00c0-\u024f])`,
  // (`Mail::Box 2, Second Progress Report`, `Mail::Box phase 2, third progress report`, `..., last progress report`: which report in a row, which phase of the work)
  String.raw`\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?=(?:(?:progress|status|monthly|weekly|quarterly|interim)\s+)?(?:reports?|updates?)\b)|,?\s*\bphase\s+\d{1,2}\b`,
  String.raw`\bpresent\s+(?=status)`, String.raw`\b(?:of\s+)?(?:the\s+)?(?:first|second|third|inaugural|\d{1,2}(?:st|nd|rd|th))\s*(?=(?:meeting|call|conf|tele|session|sprint|annual\s|$))`, String.raw`^\s*(?:inaugural|first)\s+(?=(?:\S+\s+){1,4}(?:meeting|call|session)\b)|\b\d{1,4}\s?(?:st|nd|rd|th)\s+(?=(?:steering\s+)?(?:board|sb|committee|council)\b)|\b\d{1,4}\s?(?:st|nd|rd|th)\s+(?=\S+\s+meeting\b)`, String.raw`\b(?:bozza\s+(?:di\s+)?)?(?:rapport|rapporto(?:\s+(?:della\s+)?riunione)?|bericht|statusbericht|informe|compte[- ]rendu)\b`, String.raw`(?<![\p{L}\p{N}])relat[óo]rio(?:\s+(?:di[áa]rio|semanal|mensal|anual))?(?![\p{L}\p{N}])`, String.raw`\b(?:resoconto|riassunto)(?:\s+(?:di|del|della|dell'|dello))?\b|\bbilan\s+(?:moral|d'activit[eé]s?|annuel)(?:\s+(?:de\s+l'association|de\s+la|du|de))?(?![a-z\u00c0-\u024f])|\bAG[OE]?\b(?=.{0,20}\bbilan\b)`,
  String.raw`\bbits from(?: the)?\b`, String.raw`\btree for\b`,
  // (`Notes taken at the Binutils BoF`: who took the notes where, before the gathering's subject; `Apache Cassandra Changelog
  // (January 2022)`, `Chicken Gazette - Issue 2`: a project's news by another name; `Write the Docs Community Board Quarterly
  // Update`: the body that writes it)
  // (`Acta Junta Python España`, `Reunión JD`: the minutes of a Spanish association's board, its `junta directiva`)
  String.raw`\bactas?\s+(?:de\s+(?:la\s+)?)?junta(?:\s+directiva)?\b|\bjunta\s+directiva\b|\b(?:reuni[oó]n\s+)?jd\b`,
  String.raw`\b(?:notes?\s+)?taken\s+(?:at|during|in)\s+(?:the\s+)?|\b(?:changelog|gazette)\b|\bcommunity\s+board\b`,
  // (Japanese minutes' title, `資料1-1 第2回 JPNIC 理事会議事要録(案)`, `第 14 回 JPNIC 運営委員会議事録`: which handout (資料) of
  // which meeting (第N回), of the steering committee (運営委員会), the board (理事会) or the general assembly (総会), minutes
  // (議事録) or their summary (議事要録), a draft (案): the body that met, whose project is the name before it)
  String.raw`資料\s*[\d-]*|第\s*\d+\s*回|(?:運営委員会|理事会|総会|全体会議?)?\s*議事(?:要?録|概要|要旨)(?:\s*[(（]案[)）])?|運営委員会|理事会|総会|全体会議?`,
  // (and Chinese: `openEuler TC 例会纪要` (a regular meeting's minutes), `会议纪要`, `周报` (a weekly report), `月报`)
  // (and a project's, `Gateway SIG项目例会`; the Nth meeting held, `第 13 次运营会议召开`, `第一次线下会议`, of the technical or
  // the operations committee, 技术委员会, 运营委员会, of a term, `2025-2026届`)
  String.raw`(?:项目)?(?:会议|例会)?纪要|线[下上]会议|(?:(?:19|20)\d\d\s*年|^\s*年)(?!\s*\d)|(?:项目)?(?<!定)例会|会议记录|双?周报|月报|第\s*[一二三四五六七八九十百\d]{1,4}\s*次[^，,。\s]{0,6}会议(?:召开)?|(?:技术|运营)委员会|(?:(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*)?届`,
  // (a Japanese regular meeting's report, `2019年4月定例会報告`, and a year and month written with their CJK marks)
  String.raw`(?:(?:19|20)\d\d)?年\d{1,2}月(?:\d{1,2}日)?|定例会|[報报]告`,
  // (`Fortschritt bei kwtools`: German progress on the project)
  String.raw`\bfortschritte?(?:\s+(?:bei|an|in|mit|von|f(?:ü|ue)r)(?:\s+(?:dem|der|den))?)?(?![a-z\u00c0-\u024f])`,
  // (`President's April Letter` on amsat-bb: who writes, to the list's organisation)
  String.raw`\b(?:president|chair(?:man|person)?|executive director)'?s\s+(?:[a-z]+\s+)?(?:letter|column|corner)\b|\bletter from the (?:president|chair(?:man|person)?|executive director)\b`,
  // (`2.6.19-rc5: known regressions (v3)`: the release's open regressions)
  String.raw`\bknown (?:unfixed )?regressions(?: with patches(?: available)?)?\b`, String.raw`\bth(?:is|ese) (?:weeks?|fortnight|months?) (?:in|on|with)\b`, String.raw`\bweek in review\b`,
  String.raw`\bstate of the\b`, String.raw`^\s*current state of\b`, String.raw`\bcountdown for\b`, String.raw`\breview of the (?:week|month|year)\b`,
  // what kind of gathering or stage the post reports from: `QEMU Summit Minutes`, `Twisted Sprint
  // Report`, `Maintainers summit debrief`, `- MoM of 26 Jul`, `making progress!`, `Current status before the feature freeze`;
  // a devlog, `Dask Development Log`, `Console Dev Diary #1`; a year's `Accomplishments` (ISC)
  String.raw`\b(?:summit|sprint|retrospectives?|debrief(?:ing)?|post-?mortems?|mom|highlights|published|making progress|current status|before the \S+ freeze|gsoc|ptg|hack\s+fest|dev(?:elopment)?\s+(?:log|diar(?:y|ies))|devlogs?|accomplishments)\b`,
  // (`IAB report to the community for IETF 103`: to whom it reports, at which meeting; `Narrative Minutes for the October 12,
  // 2006 IESG Telecon`: which kind of minutes)
  String.raw`\bto\s+the\s+(?:community|board|members(?:hip)?)\b(?:\s+(?:for|at)\s+[\w.-]+(?:\s+\d{1,4})?)?|\bnarrative\s+(?=minutes\b)`,
  // (`Community Reflection on Bevy's Third Year`, `One Year of Open Prometheus Development`: a project's years looked back on)
  String.raw`^\s*(?:community\s+)?reflections?\s+on\s+|(?<=[a-z])['’]s\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:year|birthday|anniversary)\b|^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+of\s+(?:open\s+)?(?=\S+\s+development\s*$)|(?<=^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+of\s+(?:open\s+)?\S+)\s+development\s*$`,
  // (`219 days of postmarketOS`: the days counted of a project named alone after them; `2024 at Bootlin: a year in review`: the
  // year of the company or project it was spent at)
  String.raw`^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|\d{1,4})\s+(?:days?|weeks?|months?)\s+of\s+(?=\S+\s*$)|^\s*(?:(?:19|20)\d\d\s+)?at\s+(?=[A-Z][^\s:]*\s*(?::|$))`,
  // (`KubeEdge Sandbox Annual Review`: the project's stage at its foundation, before its review)
  String.raw`\b(?:sandbox|incubating|incubation|graduated)\s+(?=(?:annual\s+)?review\b)`,
  // (`Update on the Last Three Months in GNU Radio`: the stretch of time the update covers, before whose)
  String.raw`\b(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?(?:weeks?|months?|years?)\s+(?:in|of|at|for)\b`,
  // how far it has come: `Address Sanitizer progress to date`, `X so far`
  String.raw`\b(?:to date|so far)$`,
  // who met and how, not what about: `Developer Meeting Notes`, `Phone call notes`, `Community
  // meeting summary`; which stage of a report: `Final Summary Report`, `Community Bonding Report`
  // (`Developer/Community Meeting`, `community conf call`, `Dev Members Call`)
  String.raw`\b(?:technical\s+(?=community\b))?(?:developers?|dev|phone|video|voice|conference|conf|community|contributors?|online|public|regular|general|business|telephone|engineering)(?:\s*[/&+]\s*(?:developers?|devs?|community|contributors?))?(?:\s+(?:members|conf|conference|phone|video|irc))?\s+(?=(?:meetings?|calls?|sync|notes|minutes|treffens?)\b)`,
  // (and `Codex Cleanup Half Way Status Report`, `AtomPub-based Importer Midway Status Report`: how far along the work is)
  String.raw`\b(?:final|mid-?term|interim|half[- ]?way|mid-?way|community bonding(?:\s+period)?)\s+(?=(?:summary\s+|progress\s+|status\s+)?(?:reports?|updates?|summary|evaluation)\b)`,
  // `Report from the online Debian Perl sprint`, `Virtual Ceph Developer Summit`, `Notes from the virtual PTG`: the
  // form a gathering took, before the name of whose it was (Debian Perl Group, 2020)
  String.raw`(?:^|(?<=\s))(?:online|virtual|hybrid|in[- ]person)\s+(?=(?:[\w.+-]+\s+){0,3}(?:sprints?|meetings?|summits?|bofs?|hackathons?|conferences?|meetups?|workshops?|ptg|calls?)\b)`,
].join('|'), 'gi');

/** Gatherings a report may come from (`the PTG in Denver`). */
const GATHERING = /^(?:summit|sprint|ptg|meeting|meetup|conference|hackathon|hackfest|workshop|forum|bof)$/i;
// `[TripleO] Midcycle Summary`, `Quick report on Hackfest`, `organizational meeting minutes`: a
// gathering, or what kind of meeting it was, names no project (the tag or the list does)
/**
 * A name that is only who writes or meets (`President's report`, `Report Secretary General August 2025`,
 * `Updates from the Project Manager`, `Members Meeting`, `Regular Member Meeting`, `Committee newsletter`): a role or a body of
 * the community, whose project is the list's (its tag, its address), as a writer's name is.
 */
const ONLY_A_ROLE = /^(?:the\s+|our\s+)?(?:presidents?|vice[- ]?president|secretary(?:[- ]general)?|general\s+secretary|treasurer|chair(?:man|woman|person)?|(?:project|community|program(?:me)?)\s+manager|(?:project\s+)?lead(?:er)?|coordinator|(?:executive\s+)?director|ceo|cto|(?:(?:regular|general|ordinary|monthly|weekly|annual)\s+)?members?|committee)(?:['’]s)?$/i;
// (and a members' general meeting in the list's own language, with its rank: Dutch `31e Algemene Ledenvergadering`,
// German `Mitgliederversammlung`, `Generalversammlung`, French `assemblée générale`)
const ONLY_A_GATHERING = /^(?:(?:annual|general|organi[sz]ational|inaugural|informal|first|1st)\s+)*(?:summit|sprint|ptg|meeting|meetup|meet|conference|hackathon|hackfest|hackmeeting|workshop|bof|mid-?cycle|round\s*table|agm|egm|unmeeting)$|^(?:organi[sz]ational|inaugural)$|^(?:\d{1,3}(?:e|ste|de|\.)?\s+)?(?:(?:algemene\s+)?ledenvergadering|alv|mv|jhv|plenum|(?:jahreshaupt|mitglieder|general)versammlung|assembl[ée]e\s+g[ée]n[ée]rale(?:\s+ordinaire)?)$/i;
/** A name that is only who writes (`We're making progress`: a sentence's subject, not a project). */
// (`Full Rewrite Status` on TreeLine's list: the rewrite of the list's own program is the list's project's)
const ONLY_A_SIDE = /^(?:the\s+)?(?:(?:full|complete|major|total|big)\s+)?rewrite$/i;
const ONLY_A_PRONOUN = /^(?:we(?:['’](?:re|ve|ll))?|we\s+are|i(?:['’](?:m|ve))?|i\s+am|our|us|they|you)$/i;

/** A conference by its name (`Wineconf`, `Sharkfest '13`, `31C3`, `OSCON`, `UDS-N`), not a project's: not `autoconf`, `netconf`. */
const CONFERENCE = /(?<![\p{L}\p{N}.-])(?:(?!(?:auto|net|lib|font|sys|dns|web)conf)\p{L}{3,}(?:conf|fest)|\d\dc3|[a-z]2k\d{1,2}|oscon|fosdem|guadec|akademy|uds-[a-z])(?:['’]s)?(?:\s*['’]?\d\d|\s+(?:19|20)\d\d)?(?![\p{L}\p{N}.-])/giu;

/** `word` matched in any case, inside a pattern whose names must keep theirs (`\p{Lu}`). */
const anyCase = (word: string): string => word.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
// `Notes from call with Francis`, `Mitschrift Treffen mit Herrn W.`: whom they met, named
const MET_WITH = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${['call', 'meeting', 'chat', 'talk', 'treffen', 'gespräch', 'telefonat'].map(anyCase).join('|')})\s+(?:${anyCase('with')}|${anyCase('mit')})\s+(?:(?:${['herrn', 'herr', 'frau', 'mr', 'mrs', 'ms', 'dr'].map(anyCase).join('|')})\.?\s+)?\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?)?`, 'gu');

/** Bracket tags that name a list, a kind of mail or everyone, never a project. */
const NOT_PROJECT_TAG = /^(all|ann(ounce)?|announcement|news|members|weekly|gsoc|rfc|patch|ot|solved|meta|discuss(ion)?|info|fyi|important|urgent|psa|reminder|update|status|report|release|dev|devel|users?|general|minutes|notes|agenda|sum|summary)$/i;
const LIST_TAG = /(^|[-_. ])(devel|dev|develop|development|developers?|public|contributors?|users?|discuss|announce|general|list|talk|hackers|commits|bugs|help|reports?|core|project|tech|community|l)$|^[\w.-]+-[\w.-]+$/i;

function tags(subject: string): { tags: string[]; rest: string } {
  let s = subject.replace(/\s+/g, ' ').trim();
  const found: string[] = [];
  for (let k = 0; k < 8; k++) {
    const m = /^(?:(?:re|aw|sv|vs|fwd?|答复|回复|回覆)\s*[:：]\s*)?\[([^\][]{1,60})\]\s*/i.exec(s);
    if (!m) break;
    found.push(m[1].trim());
    s = s.slice(m[0].length);
  }
  s = s.replace(/^(?:(?:re|aw|sv|vs|fwd?|答复|回复|回覆)\s*(?:\[\d+\])?\s*[:：]\s*)+/i, '');
  // `IMPORTANT: An extra week until 3.6.0b2`, `HEADS UP: fetchmail 6.3 release plans`, `Attn:
  // Development Editor, Latest Caml Weekly News`: a call for the reader's attention, not a name
  s = s.replace(/^(?:important|reminder|heads[- ]?up|fyi|psa|urgent)(?:\s*[:!]+|\s+[-–—](?=\s))\s*|^attn\s*:\s*[^,:]{1,40},\s*/i, '')
    // (`No 3.0rc2 tonight`: the milestone that is not reached yet is still the one named)
    .replace(/^no\s+(?=v?\d+\.\d)/i, '');
  return { tags: found, rest: s };
}

/** A topic tag such as `[nova]` in `[openstack-discuss] [nova] Weekly update`, or ''. */
function topicTag(found: string[]): string {
  // (`[Weekly-Digest]`: a tag made of a report's words names the kind of post; `[STATUS 2.5]`: so
  // does one of a report's word and the release it is on)
  const candidates = found.filter((t, i) => !NOT_PROJECT_TAG.test(t) && !(i === 0 && found.length >= 1 && LIST_TAG.test(t) && found.length > 1) && !/^\d/.test(t)
    && /\p{L}/u.test(t.replace(/[-_]+/g, ' ').replace(REPORT_PHRASES, ' ')));
  // The first of two or more tags is usually the list's; one tag alone is a topic unless it looks like a list.
  const topics = found.length === 1 && LIST_TAG.test(found[0]) ? [] : candidates;
  // (`[Council Meeting] Minutes from 2019-11-14` on tb-planning: who meets, as `Council meeting minutes` names it)
  return (topics[0] ?? '').replace(/(?<=\S)\s+(?:meeting|call)$/i, '');
}

/** Strip counters and dates a series adds: `X 2`, `X #10`, `X (week 5)`, `X, part 3`. */
export function stripSeriesCounter(name: string): string {
  let s = name;
  for (let k = 0; k < 3; k++) {
    const before = s;
    // (`ML256 Newsletter Vol 1.2`: a volume and its issue)
    s = s.replace(/[\s,:;-]*(?:#\s*\d+|\b(?:no\.?|number|issue|part|vol\.?|volume|week|wk|sprint|iteration|day|edition)\s*#?\d+(?:\.\d+)?)\s*$/i, '');
    s = s.replace(/\s*\((?![^()]*\b(?:formerly|aka|a\.k\.a|previously|renamed|was)\b)[^()]*\)\s*$/i, '');
    const words = s.trim().split(/\s+/);
    if (words.length >= 3 && /^\d{1,3}$/.test(words[words.length - 1])) s = words.slice(0, -1).join(' ');
    if (s === before) break;
  }
  return s.trim();
}

/**
 * `[Gluster-devel] DHT status update (week 42)` -> `DHT`; '' when nothing is left. Remembered per
 * subject: a report's derivation asks it of the same subject several times (the post's project,
 * whether it is a single project's, each section's), some 70 us each (issue 12).
 */
export const projectFromSubject: (subject: string) => string = memoized(subjectProject, 1024);

/** The dates subjectProject takes out of a subject, made once (see projectFromSubject). */
const MONTH_IN_X = new RegExp(String.raw`^\s*(\S.{0,40}?)\s+in\s+(?:(?:${MONTHS})\.?\s+(?:19|20)\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2]))\s*(?:[:(]|-\s|$).*$`, 'i');
const X_IN_MONTH = new RegExp(String.raw`^\s*(?:(?:${MONTHS})\.?\s+(?:19|20)\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2]))\s+in\s+(\S.*)$`, 'i');
const MONTHS_IN_X = new RegExp(String.raw`^\s*(?:${MONTHS})\s+(?:and|&|to|through|till|until|[-–])\s+(?:${MONTHS})\s+in\s+(\S.*)$`, 'i');
// (`26/27 March 2013`: a two-day meeting's days written with a slash, W3C's Audio WG)
const DAY_RANGE = new RegExp(String.raw`\b${MONTHS}\.?\s+\d{1,2}\s*[-–/]\s*\d{1,2}\b|\b\d{1,2}\s*[-–/]\s*\d{1,2}\s+${MONTHS}\b`, 'gi');
// (and French `27 mars`, `29 mai`, whose words alone may be a name's, `Mars`, so only after a day)
/** A day written in Spanish, Portuguese or Italian, `24 de abril de 2014`, `10 de Septiembre de 2019`, `3 agosto 2020`. */
const ROMANCE_DATE = new RegExp(String.raw`\b\d{1,2}\s+(?:de\s+)?${MONTHS}(?:\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?\b`, 'gi');
const DAY_OF_MONTH = new RegExp(String.raw`\b(?:${WEEKDAYS},?\s+)?(?:\d{1,2}\s*[-–]\s*)?\d{1,2}(?:(?:st|nd|rd|th),?)?\s+${MONTHS}\b|\b(?:${WEEKDAYS},?\s+)?\d{1,2}(?:er)?\s+(?:mars|mai)\b|\b(?:${WEEKDAYS},?\s+)?${MONTHS}\.?,?\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'gi');
const ISO_MONTH_DAY = new RegExp(String.raw`\b(?:19|20)\d\d-${MONTHS}-\d\d?\b`, 'gi');
const DANISH_DATE = new RegExp(String.raw`(?:\b${WEEKDAYS}\s+)?(?:\b(?:den|d\.)\s+)?\b\d{1,2}\.\s*${MONTHS}\b|(?:\b${WEEKDAYS}\s+)?(?:\b(?:den|d\.)\s+)?\b\d{1,2}\/\d{1,2}-(?:19|20)?\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\s+of\s+${MONTHS}\b|\bd\.\s*\d{1,2}\/\d{1,2}\s+(?:19|20)\d\d\b`, 'gi');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b\d\d?[-/]${MONTHS}[-/](?:19|20)?\d\d\b`, 'gi');
const PART_OF_MONTH = new RegExp(String.raw`\b(?:mid|early|late)[-\s]+(?=${MONTHS}\b)`, 'gi');
const MONTH_NAME = new RegExp(String.raw`\b${MONTHS}\b`, 'gi');

/** A wiki path's part that names a kind of page (`Meetings`, `Meeting minutes`, `transcript`), a date, or where pages are kept (`Projects/`). */
const WIKI_PAGE_KIND = new RegExp(String.raw`^(?:projects|teams|groups|wiki|(?:wikimedia\s+)?chapters|(?:irc)?meetings?|reuni(?:õ|o)es|reuniones|r[ée]unions|vergaderingen|sitzungen|protokolle|verbali|actas|atas|meeting\s+(?:minutes|notes)|minutes|notes|reports?|(?:del|slut)?rapport|logs?|transcripts?|agendas?|summar(?:y|ies)|(?:19|20)\d\d(?:-\d\d){0,2}(?:-\d+)?|\d{4}|${MONTHS})$`, 'i');

/**
 * The first part of a wiki page's path that names neither a kind of page nor a date; '' when every
 * part does; null when the subject is no such path: parts joined by bare slashes, one of them a kind
 * of page or a date, the first not ending in a number (`News 31/2008`, `week 2018/23` are dates).
 */
function wikiPathOwner(subject: string): string | null {
  const s = subject.trim();
  if (!s.includes('/') || /\s\/|\/\s|\/\/|^\/|\/$/.test(s) || !/^\p{L}/u.test(s)) return null;
  // (a MediaWiki namespace before the path is no part of it: `Projekt:Wikipedia för hela Sverige/Delrapport`)
  const parts = s.replace(/^(?:projekt|project|projet|proyecto|projecto|progetto):(?=\S)/i, '').split('/');
  if (/\d$/.test(parts[0]) || !parts.some((p) => WIKI_PAGE_KIND.test(p))) return null;
  return parts.find((p) => !WIKI_PAGE_KIND.test(p)) ?? '';
}

/** A French association's board or general assembly, and whose: `CA de l’ABUL`, `conseil d'administration de FACIL` (and a Portuguese one's: `Assembleia Geral da ANSOL`). */
const FRENCH_BODY_OF = /(?:\b(?:CA|AG[OE]?)|\b[Bb]ureau|\b[Cc]onseil\s+d['’]administration|\b[Aa]ssembl[ée]e\s+[Gg][ée]n[ée]rale(?:\s+[Oo]rdinaire)?|\b[Aa]ssembleia\s+[Gg]eral)\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+|d['’]\s*|da\s+|do\s+)(\p{Lu}[\p{L}\p{N}.-]*(?:-\p{Lu}[\p{L}\p{N}.-]*)*)/u;

const PERIOD_THEN_TOPICS = /^\s*(\p{Lu}[\p{L}\p{N}.+&-]*(?:\s+\p{Lu}[\p{L}\p{N}.+&-]*){0,3}?)\s+(?:(?:[Dd]igest|[Nn]ewsletter|[Uu]pdate|[Nn]ews|[Rr]eport|[Rr]ecap|[Rr]oundup|[Bb]ulletin)\s*[-–—:]\s*)?(?:(?:19|20)\d\d\s+)?(?:Q[1-4]|(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?)\s+(?:19|20)\d\d\s*(?:[:–—]|\s-)\s+\S.*$/u;
function subjectProject(subject: string): string {
  // terminal escapes and other controls are never part of a name
  // (and HTML's entities a page left in its title, `Wasm+ML Working Group &mdash; Oct 31`, are no part of it either)
  const clean = subject.replace(/&(?:mdash|ndash|amp|nbsp|quot|lt|gt|#\d{1,5}|#x[0-9a-f]{1,4});/gi, ' ').replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const { tags: found, rest: told } = tags(clean.replace(WAS_SUBJECT, ''));
  // `[REPORT] [GSoC - TCG Continuous Benchmarking] [#6] Performance Comparison...`: a tag naming the
  // programme and the project is the project, whatever each report is about
  for (const t of found) {
    const programme = /^(?:gsoc|google summer of code)(?:\s+(?:19|20)\d\d)?\s*[-:–]\s*(\S.{1,58})$/i.exec(t);
    if (programme) return stripSeriesCounter(programme[1].trim());
  }
  // `renesas-drivers-2019-04-30-v5.1-rc7`: a tree tagged by its date and the release it is on is that tree
  const rest = told.replace(/^([a-z][a-z\d]*(?:-[a-z][a-z\d]*)+)-(?:19|20)\d\d-\d\d-\d\d(?:-v?\d+(?:\.\d+)+(?:-rc\d+)?)?\s*$/i, '$1');
  // (`No subject`, `(no subject)`: what a mail client writes for none; `placeholder`, `untitled`: a tracker's for one to come)
  let s = /^\s*\(?(?:no subject|placeholder|untitled(?: document)?|no title)\)?\s*$/i.test(rest) ? '' : rest;
  // (`OpenPrinting News - Google Summer of Code 2026 - All contributors did a great start!`: a project's news, then its story)
  s = s.replace(/^\s*(\p{Lu}[\p{L}\p{N}.+-]*(?:\s+\p{Lu}[\p{L}\p{N}.+-]*)?)\s+[Nn]ews\s+[-–—]\s+\S.*$/u, '$1');
  // `2021-04-steering-council-update.md`, `November.md`: a repository file's name for a title is its base name, its
  // hyphens and underscores spaces (the extension is no part of a name, nor a report's section number, `2.3.1.10-Kokkos-Support.tex`)
  s = s.replace(/^\s*([^\s/\\]{1,100})\.(?:md|markdown|mdwn|mdx|txt|rst|adoc|tex|html?)\s*$/i, (_, base: string) => base.replace(/^\d{1,2}(?:\.\d{1,3}){2,}[-_](?=\p{L})/u, '').replace(/(?<!\d)[-_]+|[-_]+(?!\d)/g, ' '));
  // (`netdev development stats for 6.1?`, `XML configuration tool completed!!`: a question's or a shout's mark is no part of a name)
  s = s.replace(/\s*[?!]+\s*$/, '');
  // (`16:00-17:00 EET`, `17:30 CEST`, `14:15Pm GMT+8`: a time with its zone; not a version before a name, `8.01 ROOT Team`)
  s = s.replace(/\b(?:at\s+)?\d{1,2}:\d{2}(?:\s*[-–~]\s*\d{1,2}:\d{2})?\s*(?:[aApP][mM]\s*)?(?:(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?|[ECMPAH][SD]T|[CEW]E[S]?T|EE[S]?T|BST|IST|JST|KST|HKT|SGT|AE[SD]T|NZ[SD]T|MSK)(?![\p{L}\p{N}])/gu, ' ');
  // (`Sugar mtg minutes`: a meeting written short; `Final GSoC'23 Summary`: a programme's year, not a name; `Vcpkg 2020.04
  // Update and Product Roadmap`: the plan beside the update)
  s = s.replace(/\bmtgs?\b/gi, 'meeting').replace(/\b(?:g?soc|gsoc)\s*['’]\d\d\b(?!\s+(?:with|at|for|in)\b)/gi, ' ').replace(/\s+(?:and|&)\s+(?:product\s+)?roadmap\b/gi, '');
  // (`Draft Minutes of a meeting of the UK TeX Users' Group Committee held at LSE`: the minutes of a meeting of whom)
  s = s.replace(/^\s*(?:draft\s+)?minutes\s+of\s+(?:a|an|the)\s+(?:(?:special|general|regular|annual|ordinary|extraordinary)\s+)?meeting\s+of\s+(?:the\s+)?(?=\p{Lu})/iu, '');
  // (`May 2007 TUG news: memberships, interviews, TUG'07, development funding`, `Mar17 TUG news: voting, ...`: the topics a
  // newsletter's subject lists after it, and its month written short with its year)
  s = s.replace(/^(.*\bnews(?:letter)?)\s*:\s*[^:]*,.*$/i, '$1').replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\d\d\b/gi, ' ');
  // (`Recent updates on Mesa Lima driver`, `IETF NFSv4 Interim Working Group Meeting`: which updates, which of the group's meetings)
  s = s.replace(/\brecent\s+(?=(?:updates?|news|progress|changes|developments)\b)/gi, ' ').replace(/\binterim\s+(?=(?:working\s+group|wg|meeting|session)\b)/gi, ' ');
  // (`CORRECTION, minutes from 2020/07/10 meeting`, `Corrected Minutes for Nov. 19 meeting`: a post sent again, fixed;
  // `The much-awaited conference call notes`: how long they were waited for; `An update on Ibex, our microcontroller-class
  // CPU core`: what the project is, after its name)
  s = s.replace(/^\s*correct(?:ion|ed)\b\s*[:,!-]?\s*/i, '').replace(/\b(?:much|long)[- ]awaited\s+/gi, '').replace(/^(.*?\S),\s+(?:our|their|its)\s+[^,:]{3,60}$/i, '$1');
  // (`Podling Teaclave Report`: an Apache incubator project's word for itself; `Last couple of weeks at LineageOS`, `What's
  // new with authentik`, `What Neovim shipped in 2022`: when, or what kind of news, not whose)
  s = s.replace(/\bpodling\s+(?=\S)/gi, '').replace(/^\s*(?:the\s+)?(?:last|past)\s+(?:couple\s+of\s+|few\s+|two\s+|three\s+)?(?:days|weeks?|months?)\s+(?:at|in|on|for)\s+(?=\S)/i, '')
    .replace(/^\s*what['’]?s\s+new\s+(?:with|in|at|for)\s+(?=\S)/i, '').replace(/^\s*what\s+(?:i|we)\s+(?:did|have\s+done|worked\s+on)\s+(?:for|on|in|at)\s+(?:the\s+)?(?=\p{Lu})/iu, '')
    .replace(/^\s*what\s+(?!(?:i|we)\s)(\S+(?:\s+\S+)?)\s+(?:shipped|did|achieved|accomplished)\b.*$/i, '$1');
  // (`Stable releases, sprints & more: a snapd recap`: the topics, then whose recap it is)
  s = s.replace(/^\s*\S.{2,80}?:\s+(?:a|an|the)\s+(?!(?:status|short|quick|brief|weekly|monthly|quarterly|yearly|annual|progress|final|first|last|personal|general|mid-?year|year|team|community|project)\s)([\p{L}\p{N}][\p{L}\p{N}.+-]*)\s+(?:recap|roundup|round-up|summary|update)\s*$/iu, '$1');
  // (`Kdenlive at Randa meetings - first report`: a project at a gathering named for its place is the project)
  s = s.replace(/^\s*(\p{Lu}[\p{L}\p{N}+.-]*(?:\s+\p{Lu}[\p{L}\p{N}+.-]*)?)\s+at\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:19|20)\d\d)?\s+(?:meetings?|sprints?|summit|hackfest|conference|bof)\b.*$/u, '$1');
  // (`Etherpad Hackathon 2012 update`, `Cockpit Virtual Hackfest Wrapup`, `Homebrew's Summer 2024 Hackathon`, `Tryton
  // Unconference 2023 in Berlin`: a project's gathering is the project's; most labels of such write-ups name the project)
  s = s.replace(/^\s*(?:(?:first|second|third|\d{1,2}(?:st|nd|rd|th))\s+)?(\p{Lu}[\p{L}\p{N}.+-]*(?:\s+\p{Lu}[\p{L}\p{N}.+-]*)?)(?:['’]s)?\s+(?:(?:virtual|online|development|dev|code|summer|spring|autumn|fall|winter|mega|community|annual|(?:19|20)\d\d)\s+)*(?:hackathon|hackfest|hack\s?week|sprint|unconference)(?![\p{L}\p{N}]).*$/iu, '$1');
  // (`Eleventy, 2024 in Review`, `Let's Encrypt 2016 In Review`, `Valkey 2025 Year-End Review`: a year looked back on,
  // before its year is read as a date)
  s = s.replace(/\s*\b(?:19|20)\d\d\s+year[- ]end\s+review\s*:\s.*$/i, '');
  s = s.replace(/\s*,?\s*\b(?:19|20)\d\d\s+(?:in\s+review|year[- ]end\s+review)\b(?:\s+and\s+goals\s+for\s+(?:19|20)\d\d)?/gi, ' ');
  // (`Eleven Years of Go`, `One Year of postmarketOS: Mainline Calling!`: the years counted of a project named after them;
  // `NZOSS 2012 AGM`: an annual general meeting, the kind of meeting)
  s = s.replace(/^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\d{1,2})\s+years?\s+of\s+(?!(?:open\s+)?\S+\s+development\s*$)((?:\p{Lu}|\p{Ll}{1,12}\p{Lu})[^\s:]*)(?:\s*:\s.*)?$/iu, '$1').replace(/\bAGM\b/g, ' ');
  // (`Cairo meeting tomorrow`, `Today's UI Design Workgroup`, `first report`: when, or which of a writer's reports, not what)
  s = s.replace(/\b(?:today|tomorrow|tonight|yesterday)(?:['’]s)?(?![\p{L}\p{N}])/giu, ' ').replace(/\b(?:first|second|third|fourth|fifth)\s+(?=(?:progress\s+|status\s+)?(?:report|update)s?\b)/gi, ' ');
  // (`Open LTP meeting`: a meeting open to all, of the group its acronym names; not `Open edX`)
  s = s.replace(/^\s*open\s+(?=\p{Lu}{2,}\s+(?:meeting|call)s?\b)/iu, '');
  // `FoundationsTeam/Meetings/2008/0723`, `Local Chapters and Communities Working Group/Meeting
  // minutes/2020-04-20`: a wiki page's path for a title; whose pages they are is its first part that
  // is neither a kind of page nor a date (none: `Reports/2012/July`)
  const page = wikiPathOwner(s);
  if (page !== null) return page && subjectProject(page);
  // `CA de l’ABUL du 28 mars 2002`, `Compte rendu de l’AG de l’ABUL du 18 Décembre 2003`, `Procès-verbal de la réunion du
  // conseil d'administration de FACIL du 8 novembre 2021`: French minutes of whose board (CA) or general assembly (AG)
  const french = FRENCH_BODY_OF.exec(s);
  if (french) return french[1];
  // `#opnfv-meeting: OPNFV TSC`: MeetBot names its minutes by the IRC channel, then the meeting
  s = s.replace(/^\s*#[\w.-]{1,40}:\s+(?=\S)/, '');
  // `David's FreeDV Update – May 2024`: whose update (a first name's possessive) before the project it is on
  // (not an acronym's or a dotted name's: `GNOME's ...`, `Node.js's ...`; nor one before report words alone)
  s = s.replace(/^\s*\p{Lu}\p{Ll}{2,15}['’]s\s+(?=\p{Lu}[\p{L}\p{N}.+-]*\p{Lu})/u, '');
  // `GSoC '25 Week 5 Update by Safwan Sayeed`: a byline after the report's word names its writer, not the project
  s = s.replace(/(?<=\b(?:update|report|notes|summary|recap|blog|log|status|progress)s?)\s+by\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s*$/iu, '');
  // `Exherbo was announced one year ago today!`, `Varnish turns three`: a sentence whose subject is the project that
  // began, a year or more ago (a look back over its years)
  s = s.replace(/^\s*(\p{Lu}[\p{L}\p{N}.+-]*)\s+(?:was\s+(?:announced|released|founded|started|born)\s+(?:\w+\s+){0,2}?(?:years?|decades?)\s+ago|turns\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|is\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+old)\b.*$/u, '$1');
  // `Unitary Fund Q3 2024: QOSS Survey, unitaryCON, and Project Updates`, `KDE e.V. March 2021: new members`, `GTFS Digest -
  // September 2024 - Loads of new conversations`: a name (and its kind of post), the period it reports on, then the
  // period's topics: the name's
  s = s.replace(PERIOD_THEN_TOPICS, '$1');
  // `2019 Q1 Hyperledger Burrow`, `2016 07 14 TSC Minutes`: which quarter, which day
  s = s.replace(/\b(?:(?:19|20)\d\d\s+)?Q[1-4](?:\s+(?:19|20)\d\d)?\b/g, ' ').replace(/\b(?:19|20)\d\d\s+\d\d\s+\d\d\b/g, ' ');
  // `Parrot Developer Summit`, `Ethereum Core Devs Meeting 29`: who meets is the project's developers
  // (`Notes from the Git Contributor's Summit 2024`: written with the possessive too)
  // (not `All Core Devs`: the meeting's own name)
  s = s.replace(/(?<!\ball(?:\s+core)?)\s(?:core\s+)?(?:developer|dev|contributor|maintainer)(?:s|['’]s|s['’])?(?=\s+(?:summit|meeting|call|sync|sprint|conference|day)s?\b)/gi, ' ');
  // (`2019-09-04 conda-forge core meeting`: its core team's meeting, the project's)
  s = s.replace(/(?<!\ball)\s+core(?:\s+team)?(?=\s+(?:meeting|call|sync)s?\b)/gi, ' ');
  // `IO Visor TSC and Dev Members Call`, `TSC/Dev Meeting`: the developers who meet with the steering body
  s = s.replace(/\b(TSC|board|steering\s+committee)\s*(?:and|&|\/|\+)\s*(?:dev(?:eloper)?s?)(?:\s+members)?(?=\s|$)/gi, '$1');
  // `ASF Board report for Groovy February 2018`, `Apache Cocoon report for the Board`, `Apache Harmony
  // Board Report`, `[ALL] Draft board report`: a project's report to its foundation's board is the project's
  s = s.replace(/^\s*(?:(?:asf|apache)\s+)?(?:draft\s+)?board\s+reports?\s+(?:for|of|from)\s+(?:(?:apache|the)\s+)?(\p{Lu}[\p{L}\p{N}.+-]*)\b.*$/iu, '$1')
    .replace(/\s+(?:(?:status\s+)?report|draft)\s+(?:for|to)\s+the\s+board\b/gi, ' report').replace(/\b(?:draft\s+)?board\s+(?=reports?\b)/gi, ' ').replace(/\bdraft\s+(?=reports?\b)/gi, ' ');
  // `DRAFT - OpenCSA Steering Committee Minutes`, `coordination call draft minutes`, `Minutes Draft
  // from the ...`, `Approved minutes for TAG telcon`, `Unformatted minutes of July 31 TC call`
  // (W3C, OASIS; `Notes from CMIS4DAM convener call`, OASIS 2014): which version of the minutes, and what kind of call, not whose
  // (`Draft Plenary Minutes RIPE 34`: the plenary session's minutes are the meeting's own)
  s = s.replace(/\bplenary\s+(?=(?:minutes|notes|session|meeting)\b)/gi, '');
  s = s.replace(/^\s*(?:draft|final)\s*[-–:]\s+/i, '').replace(/\b(?:draft|final|approved|unformatted|raw|revised|corrected|preliminary|unofficial)\s+(?=(?:minutes|notes|summary|report)\b)/gi, ' ')
    .replace(/\b((?:minutes|notes))\s*,?\s+draft\b/gi, '$1').replace(/\b(?:coordination|convener|conveners)\s+(?=calls?\b)/gi, ' ')
    // (`Draft of IRC meeting summary for review`: kde-games-devel, 2006)
    .replace(/^\s*draft\s+of\s+(?=\S)/i, '').replace(/\s+for\s+(?:review|comments?|approval)\s*$/i, ' ');
  // `Weekly Engineering News 39 & 40/2008`: which issues (of which year)
  // (not `week 1 and 2`: the week's counter goes with its word, below)
  s = s.replace(/(?<!\b(?:weeks?|parts?|issues?|phases?)\s+)\b\d{1,3}\s*(?:&|and)\s*\d{1,3}(?:\/(?:19|20)\d\d)?(?!\S)/gi, ' ');
  // `PT1A Weekly Project Gutenberg Newsletter`: which part of the issue
  s = s.replace(/^\s*(?:pt|part)\s*\d{1,2}[a-z]?\s+(?=\S)/i, '');
  // `16th community update released`: which issue, and that it is out
  // (`Minutes of the 291st GridPP PMB meeting`: which meeting, as a date says)
  s = s.replace(/^\s*\d{1,3}(?:st|nd|rd|th)\s+(?=\S)/i, '').replace(/\b\d{1,4}(?:st|nd|rd|th)\s+(?=(?:[\w-]+\s+){1,5}?(?:meeting|board|session|assembly|council|committee|plenum)\b)/gi, '').replace(/\b((?:update|report|newsletter|news|minutes|notes|summary|digest)\s+)released\b/gi, '$1');
  // `Wikimedia Nederland chapters report`: the chapter reporting is the project
  s = s.replace(/\bchapters?\s+(?=reports?\b)/gi, ' ');
  // `Bits from the Debian Installer release manager`: who writes is the project's manager, not the project
  // (`bits from the DPL: some oldies`, `Bits from the release team: Etch is frozen`: after the colon, what this issue is about)
  s = s.replace(/^(\s*bits from\s+[^:]{2,60}?)\s*:\s+\S.*$/i, '$1');
  s = s.replace(/^(\s*bits from (?:the )?\S.*?)\s+(?:release\s+)?(?:managers?|maintainers?|leaders?|delegates?)\s*$/i, '$1');
  // `A month of the Hurd: Thanks, Phil!, Debian Installer, ...` (the Hurd's monthly news, 2010): a month's news of X, then its topics
  s = s.replace(/^\s*a\s+(?:week|month)\s+of\s+(?:the\s+)?([\w.+-]+)\s*:\s.*$/i, '$1');
  // (`This month in Servo: upcoming events, new browser UI, and more`: the month's news of X, then its topics; `ClickHouse
  // Newsletter March 2023: Contributing to ClickHouse`: a newsletter's issue, then its theme)
  s = s.replace(/^\s*th(?:is|ese)\s+(?:weeks?|fortnight|months?)\s+in\s+([\w.+-]+)\s*:\s.*$/i, '$1').replace(/^(.*\S\s+newsletter(?:\s+[^:]{1,30})?)\s*:\s+\S.*$/i, '$1');
  // `A year of progress for US-RSE`: how long it has worked, for whom
  s = s.replace(/^\s*(?:a|one|two|three|\d{1,2})\s+(?:years?|months?)\s+of\s+(?:progress|work|development)\s+(?:for|on|in|at|with)\s+(?=\S)/i, '');
  // `postmarketOS in 2024-09: systemd, PCB, talks`, `November 2019 in Reproducible Builds`: a month's report of X
  // (`Servo in 2024: stats, features and donations`, `November in Servo: monthly releases, ...`: a year's or a month's news of
  // X, then its topics)
  s = s.replace(/^\s*(\S.{0,40}?)\s+in\s+(?:19|20)\d\d\s*:\s.*$/, '$1').replace(new RegExp(String.raw`^\s*(?:${MONTHS})\s+in\s+([\w.+-]+)\s*:\s.*$`, 'i'), '$1');
  s = s.replace(MONTH_IN_X, '$1')
    .replace(X_IN_MONTH, '$1')
    // (`October to January in Minetest (16)`, `March and April in KDE PIM`: the months a newsletter's issue covers, then whose)
    .replace(MONTHS_IN_X, '$1');
  // `current development status (carbon R)` (R-SIG-Mac, 2001): words in lower case that name only
  // the kind of report, then in parentheses a name, are that name's report
  s = s.replace(/^\s*(?:(?:current|latest|recent|development|status|progress|report|update|news|summary)\s*)+\((?=[^()]*\p{Lu})([^()]{2,40})\)\s*$/u, '$1');
  s = s.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ');
  // `Kriging with GRASS and R: v.autokrige port to wxPython and more` (a GSoC student's reports on
  // R-sig-Geo): the module ported is the project, not the platform nor the field
  s = s.replace(/^(?:.*:\s+)?([\p{L}\p{N}][\p{L}\p{N}._+-]*)\s+port\s+(?:to|for)\s+\S.*$/iu, '$1');
  // `this Wednesday Jul 31`: when it meets
  s = s.replace(/\b(?:this|next|last|coming)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi, ' ');
  // `July 10-14`, `10-14 July`: which days (`KW 12` and `the weekend` below)
  s = s.replace(DAY_RANGE, ' ');
  s = s.replace(DAY_OF_MONTH, ' ');
  s = s.replace(ROMANCE_DATE, ' ');
  s = s.replace(ISO_MONTH_DAY, ' '); // `2008-JUN-09`
  // (`den 24. august 2004`, `d. 23/5-04`, `d. 31/10-2004`: Danish dates, with the article before them;
  // `Wednesday 14th of Nov 2012`)
  s = s.replace(DANISH_DATE, ' ');
  s = s.replace(DAY_MONTH_YEAR, ' '); // `13-Dec-2016`, `20/May/2005`
  // `M1 mid-January update`: when in the month
  s = s.replace(PART_OF_MONTH, ' ');
  // `Progress Report: Summer 2018`, `3 years Progress Report`: a season of a year, how many years since it began
  s = s.replace(/\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:19|20)\d\d\b/gi, ' ').replace(/^\s*\d{1,2}\s+years?\s+(?=(?:progress|status|development)\s+(?:reports?|updates?)\b)/i, '');
  // `Week of 12 March 2018`, `week ending 5 May`: which week, not what
  s = s.replace(/\b(?:for\s+)?(?:the\s+)?week\s+(?:of|ending|starting|beginning)\b/gi, ' ');
  s = s.replace(/\bKW\s*\d{1,2}\b/g, ' ').replace(/\b(?:on\s+|over\s+)?(?:the|this|last)\s+weekend\b/gi, ' ');
  // `This Week in PyPy 5`: the issue's number
  s = s.replace(/\b(th(?:is|ese) (?:weeks?|fortnight|months?) in\s+\S+(?:\s+\S+)?)\s+#?\d{1,4}\s*$/i, '$1');
  // (`This Week in Solus -- Install #30`: what Solus calls its issues; `This Week in F-Droid, Week 18`)
  s = s.replace(/^(\s*th(?:is|ese) (?:weeks?|fortnight|months?) in\s+\S+(?:\s+\S+)?)\s*[-–—:,]+\s*(?:install|week|issue|edition|episode)\s+#?\d{1,4}\s*$/i, '$1');
  // `1pm`, `10:30am`, `at 10AM CST`: when it meets
  s = s.replace(/\b(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b(?:\s+[A-Z]{1,2}[SD]?T\b)?/gi, ' ');
  // `at 12:00 UTC`, `1500 CEST`: when it met, not what
  s = s.replace(/\b(?:at\s+)?\d{1,2}[:.]?\d{2,3}\s*(?:utc|gmt|cet|cest|bst|pst|pdt|est|edt|ist|jst)\b|\bat\s+\d{1,2}[:.]\d{2}\b|\b\d{1,2}:\d{2}\s*[-–~]\s*\d{1,2}:\d{2}\b|\b\d{1,2}:\d{2}(?=\s*$)/gi, ' ');
  // `Haiku monthly activity report - 02/2015`: a month written with its year; `annual report, FY2011`: a fiscal year
  s = s.replace(/(?<![\d/.])(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d(?![\d/])/g, ' ').replace(/\bFY\s?(?:19|20)?\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?\b/g, ' ');
  // `Narrative Minutes interim-2018-iesg-23`, `Minutes interim-2020-tsvarea-01`: an IETF interim meeting's name, the group's
  s = s.replace(/\binterim-(?:19|20)\d\d-([a-z][a-z0-9]{1,15})-\d{1,3}\b/gi, '$1');
  // `03.10.21 Meeting Minutes` (JupyterLab accessibility): a day written with dots, two digits a part (not a version, `2.10.22`)
  s = s.replace(/(?<![\d.])(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]|[12]\d|3[01])\.(?:(?:19|20)\d\d|\d\d)(?![\d.])/g, ' ');
  // (`20150202T1600Z`, `2016-11-18 1700Z`: ISO dates and times)
  s = s.replace(/\b(19|20)\d{6}T\d{4}(?:\d\d)?Z?\b|\b\d{4}Z\b/gi, ' ');
  // (`Referat fra styremøte 27.8.01`: a Norwegian meeting's day, its year in two digits; only after the meeting, where no
  // version is written)
  s = s.replace(/(?<=m[øö](?:te|de)t?\s+)\d{1,2}\.\d{1,2}\.\d\d(?![\d.])/gi, ' ');
  // (`08.19.2013`: a date written month first, with dots)
  s = s.replace(/\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b/g, ' ');
  // (`acta reunion_23_11_04`: a date joined by underscores)
  s = s.replace(/(?:^|[\s_])\d{1,2}_\d{1,2}_(?:19|20)?\d\d(?!\d)/g, ' ');
  s = s.replace(/\b(19|20)\d\d([-/.]\d\d?){0,2}\b/g, ' ').replace(/\b(19|20)\d{6}\b/g, ' ');
  // (`200406 Momonga Project Update`: a year and a month run together, before the name)
  s = s.replace(/^\s*(19|20)\d\d(?:0[1-9]|1[0-2])\s+(?=\p{L})/u, '');
  // `F2F Mountain View March 2011`: a face-to-face meeting and where it was
  // (`Webapps face to face meeting summary`: written without hyphens)
  s = s.replace(/\b(?:F2F|[Ff]ace[- ]to[- ][Ff]ace)(?:\s+(?:in|at))?(?:\s+\p{Lu}[\p{L}-]+){0,2}/gu, ' ');
  // `Minutes and Resolutions ... Day 2: Layout specs, Tokyo Workshop, CSS2.1`: the day's topics
  s = s.replace(/^(.*\b(?:minutes|notes|summary|resolutions)\b.*?\S)(?<!\b(?:minutes|notes|summary|resolutions))\s*:\s+[^,:]+(?:,[^,:]+){2,}$/i, '$1');
  // `PUCK Notes - 2024.01.24 - Memtypes for non-coherent DMA`: the series is named before its date, the day's topic after it
  s = s.replace(/^(.*\b(?:notes|minutes|update|report|summary|status|news(?:letter)?|recap)\b)\s*[-–—:|]\s+[-–—:|]\s.*$/i, '$1');
  // `bcachefs status update - current and future work`: the project before its report, what it covers after
  // (`Reiser4 status: benchmarked vs V3`: a bare status too)
  // (`Dan's progress 20050824: Tracing and Transactions.`: a bare progress too)
  // (not when nothing is named before the report's words: `Final Progress Report - Evolution - 2007/34`
  // names its project after them, GNOME's Summer of Code)
  s = s.replace(/^(\S.*?\s+(?:(?:status|progress|development|team)\s+(?:updates?|reports?)|status|progress))\s*[-–—:]\s+\S.*$/i, (all, head: string) =>
    (/^(?:(?:final|mid-?term|interim|weekly|monthly|quarterly|daily|quick|short|brief|my|our|the|a|an)\s+)*(?:(?:status|progress|development|team)\s+(?:updates?|reports?)|status|progress)$/i.test(head.trim()) ? all : head));
  // (`Status Rmetrics - New Version`: a bare status before the one word it is of, what it brings after the dash)
  s = s.replace(/^\s*(?:status|progress)\s+(\p{L}[\p{L}\p{N}._+-]*)\s+[-–—:]\s+\S.*$/iu, '$1');
  // `dbus-top tool update: sensor associations and i2c stats`: a named project's bare update and what
  // it brings (not `Week 2 update: ...`, `GSoC update: ...`: a counter or a programme before the
  // word, the project after it)
  // (nor a release's, `3.7.0 / 3.6.6 Update: All Systems Go`; nor a report, `Design Session Report: Live-Updating Xen`)
  s = s.replace(/^(\S.*?\s+updates?)\s*:\s+\S.*$/i, (all, head: string) =>
    !/\p{L}{2}/u.test(head.replace(/\bupdates?$/i, '')) ||
    /^(?:(?:week(?:ly)?|monthly|daily|quarterly|gsoc|soc|outreachy|status|progress|final|mid-?term|quick|short|brief|my|our|the|a|an|\d+(?:st|nd|rd|th)?|#\d+|[ivx]+|no\.?)\s+)*updates?$/i.test(head.trim()) ? all : head);
  // `Draft Minutes 18th Dec 2003 - with attendence query`: what is sent with the report
  s = s.replace(/^(.*\b(?:notes|minutes|updates?|reports?|summary|status|recap)\b.*?)\s+[-–—]\s+with\s+\S.*$/i, '$1');
  // `twisted.positioning: progress report + Factory question`: a question added to a report is not what it reports on
  // (`Meeting recap for Thu 1/9 + LUG plans`: plans added to a recap)
  s = s.replace(/^(.*\b(?:notes|minutes|updates?|reports?|summary|status|news(?:letter)?|progress|recap)\b[^:]*?)\s+\+\s+.*$/i, '$1');
  // `Debian packages, SENF status etc.`: topics listed, and more, name no one project (the list's is)
  if (/,/.test(s) && /\betc\.?\s*$/i.test(s)) s = '';
  // `Release Update: freeze, architecture requalification`: a subject that names only the kind of
  // report, then lists its topics, names no project (its community does)
  // (`Updates: web page and lwt branch`: two topics joined by `and`)
  // (`progress 20051217: distribution + persistence`: a bare progress, topics joined by `+`)
  s = s.replace(/^((?:\s*(?:the|bits|from|release|weekly|monthly|status|team|project|development)\s+)*(?:updates?|reports?|status|progress|news|notes|bits from(?: the)?\s+\S+(?:\s+team)?))\s*[-–—:]\s+(?:[^,]+(?:,[^,]+)+(?:\s+(?:and|\+|&)\s+.+)?|[^,]+?\s+(?:and|\+|&)\s+[^,]+)$/i, '$1');
  // `v1.8.2 still held up...`, `1.8.4 release delayed`, `gPodder 0.12.0 stabilization phase`: how the release stands, not its name
  s = s.replace(/(\d[\w.]*)\s+(?:release\s+|(?:feature\s+)?freeze\s+)?(?:is\s+)?(?:still\s+)?(?:delayed|held up|on hold|slipp(?:ed|ing)|postponed|stabili[sz]ation\s+(?:phase|period))\b.*$/i, '$1');
  // (`IIO tree closed for new stuff for 5.17.`: a maintainer's tree closed for a release is the tree's news)
  s = s.replace(/(\btrees?)\s+(?:is\s+|are\s+)?(?:now\s+)?closed\s+for\b.*$/i, '$1');
  // (`ImageJ2 beta delayed`: the stage of a release and how it stands, after its project's name)
  s = s.replace(/\s+(?:release|beta|alpha|rc\s*\d*)\s+(?:is\s+)?(?:still\s+)?(?:delayed|postponed|slipp(?:ed|ing))\b.*$/i, '');
  // `Xen 4.17 release`: a version's release is the version (not `Gnome 2 release team`)
  // (`DeepaMehta 2.0b8 Release Plan`: the release's plan, said below)
  s = s.replace(/(\d[\w.]*)\s+release\b(?!\s+(?:team|plans?|status|schedule)\b)/gi, '$1');
  // `gvSIG Incubation Status`: a podling's status in the incubator is the podling's
  s = s.replace(/(\S)\s+incubation(?=\s+(?:status|reports?|updates?)\b)/gi, '$1');
  // `Mono: Post 1.0 plans`: when, after or before a release, names no project
  s = s.replace(/\b(?:post|pre)[- ]v?\d+(?:\.\d+)+\b/gi, ' ');
  // (`plans and development update`: the kinds of a report, not its project)
  s = s.replace(/\bplans\s+and\s+(?=(?:(?:development|status|progress)\s+)?updates?\b)/gi, ' ');
  // (`Squid-5 status update and RFI`: a request for information sent with the update; `TWN #6, Text version!`: the form
  // the issue is sent in)
  s = s.replace(/\s+(?:and|&|\+)\s+(?:an?\s+)?(?:rfi|rfc|questions?)\s*[!.?]*\s*$/i, ' ').replace(/,?\s+(?:plain[- ])?(?:text|html|pdf)\s+version\b/gi, ' ');
  // `Weekly Summary and Meeting Agenda`: the next meeting's agenda sent with the summary; `quick summary`
  s = s.replace(/\b(?:and|&|\+)\s+(?:(?:next|upcoming)\s+)?(?:meeting\s+)?agenda\b/gi, ' ').replace(/\b(?:quick|brief|short)\s+(?=(?:summary|update|report|recap|notes)\b)/gi, ' ');
  // `Notes - Re: GUI Design Workgroup`, `... Notes and Next meeting`: a reply's mark and what comes next
  s = s.replace(/(?:^|\s)re:\s+/gi, ' ').replace(/\band next (?:meeting|steps?)\b/gi, ' ');
  s = s.replace(MONTH_NAME, ' ');
  // (`Summer progress`, cost-devel 2008: the season a report covers, as a month is; `Project Gutenberg's 26th Anniversary
  // Newsletter`: which year's anniversary it marks)
  s = s.replace(/\b(?:spring|summer|autumn|fall|winter)(?=\s+(?:(?:19|20)\d\d\s+)?(?:progress|updates?|reports?|status|news(?:letter)?|summary|recap)\b)/gi, ' ');
  s = s.replace(/(?<=\p{L})(?:['’]s)?\s+\d{1,3}(?:st|nd|rd|th)\s+(?:anniversary|birthday)\b/giu, ' ');
  // (`Week 1 & 2`: two weeks in one report)
  s = s.replace(/\b(?:for\s+)?(?:week|wk|issue(?:\s+(?:number|no\.?))?|no\.|no(?!\s*\d+\.\d)|number|edition|sprint)\s*#?\s*[\w-]*\d[\w-]*\b(?:\s*(?:&|and|,)\s*\d{1,3}\b)?/gi, ' ');
  // (`4-24-93`: a date written month first with a two-digit year)
  s = s.replace(/(?<![\d-])\d{1,2}-\d{1,2}-\d\d(?![\d-])/g, ' ');
  s = s.replace(/#\s*\d+\b/g, ' ').replace(/\bR-\d+\b/g, ' ').replace(/\b\d{1,2}-\d{1,2}\b/g, ' ');
  // (`Thu 1/9`: a day's short name before its date)
  s = s.replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+(?=\d{1,2}\/\d{1,2}\b)/gi, ' ');
  // `11/20`, `12/18/19`: dates; `w28`: a week; `Report 29`, `notes 3`: a counter after a report word
  s = s.replace(/\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g, ' ').replace(/(?<![\p{L}\d]-)(?<![\p{L}\d])w\d{1,2}\b/giu, ' ').replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi, ' ')
    // (Portuguese and Spanish weekdays: `Acta da reunião de Sábado`)
    .replace(/\b(?:de\s+|del\s+)?(?:s[aá]bado|domingo|(?:segunda|ter[cç]a|quarta|quinta|sexta)-feira|lunes|martes|mi[eé]rcoles|jueves|viernes)(?![\p{L}\p{N}])/giu, ' ');
  s = s.replace(/\b(reports?|updates?|summary|news(?:letter)?|notes|minutes|digest|recap|countdown|meetings?)\s+\d{1,4}\b/gi, '$1');
  // `State of the ceph+fscrypt union`, `State of the 4.0 World`: what the state is of
  // (and the speech that tells it: `State of the Nation address`, Openbox 2003)
  s = s.replace(/\bstate of the\s+(.+?)\s+(?:union|world|nation)\b/i, '$1').replace(/\bstate of the (?:union|world|nation)(?:\s+(?:address|speech))?\b/i, ' ');
  // `State of Solus - April 2024`: what the state is of
  s = s.replace(/^\s*(?:the\s+)?state\s+of\s+(?!the\b)(?=\S)/i, '');
  // `Mixxx's Google Summer of Code 2008 Roundup Report`, `Google Code-In 2013 RTEMS Project Final
  // Report`: the programme a project takes part in is not the project
  // (and `Community Bonding Period: JuliaAstro`: the programme's weeks before coding; `GSOC'23 with LibreHealth`:
  // the year, and the organisation the student works with, which is the project)
  s = s.replace(/\b(?:gsoc|(?:google\s+)?summer\s+of\s+code)\s*(?:['’]\d\d|(?:19|20)\d\d)?\s+(?:with|at|@)\s+(?=\S)/gi, ' ');
  s = s.replace(/\b(?:google\s+)?summer\s+of\s+code\b|\bgoogle\s+code[-\s]?in\b|\bgsoc\b|\bcommunity\s+bonding(?:\s+(?:period|week|report|update))?\b/gi, ' ').replace(/\b(?:round-?up|wrap-?up)(?=\s+(?:reports?|summary)\b)/gi, ' ');
  // `Summary of the futuristic meeting` (Battlemesh, 2017): a word in lower case between `the` and
  // a meeting says what kind of meeting it was, not whose
  s = s.replace(/\b([Tt]he)\s+\p{Ll}+\s+(?=(?:[Mm]eetings?|[Cc]alls?|[Ss]essions?)\b)/gu, '$1 ');
  // `An update on the vctrs package`, `Minor updates to R.app`, `Progress report on splitting
  // packages`: the report is on what follows
  // `Update on the VLC project`: the project is VLC
  s = s.replace(/\b(on|about|of|from)\s+the\s+(\S+(?:\s+\S+)?)\s+project\s*$/i, '$1 the $2');
  s = s.replace(/^\s*(?:(?:an?|my|our|some|the|quick|short|brief|small|minor|major|latest|final|another|first|second|third)\s+)*(?:status\s+)?(?:updates?|reports?|status|progress(?:\s+reports?)?|news|notes|summary)\s+(?:on|to|about|for|of|from)\s+(?:the\s+|our\s+|my\s+)?(?=\S)/i, '');
  s = s.replace(/^(\S+(?:\s+\S+)?)\s+(?:package|module|library)$/i, '$1');
  // `Status update from the gPodder land`, `Progress on the Beanshell/macro front`: the project, not where it is
  s = s.replace(/\b(?:from|on|in|at)\s+the\s+(\S+(?:\s+\S+)?)\s+(?:land|world|camp|front|corner)\s*$/i, '$1').replace(/^(\S+)\s+(?:land|camp|front|corner)\s*$/i, '$1');
  // `status update on gPodder development`: the project developed
  s = s.replace(/^(\S+(?:\s+\S+)?)\s+development\s*$/i, '$1').replace(/^\s*development\s*$/i, '');
  // `new developments in Total Open Station`: what developed
  s = s.replace(/^\s*(?:(?:some|new|recent|latest)\s+)?developments?\s+(?:in|on|of|for|at)\s+(?:the\s+)?(?=\S)/i, '');
  // `Progress towards the 2.90 release`: the release
  s = s.replace(/^\s*(?:progress\s+)?towards?\s+(?:the\s+)?(?=\S)/i, '');
  // `Quick Mono Update`: how long the update is; `the latest SRM meeting`: which of its meetings
  s = s.replace(/^\s*(?:quick|short|brief)\s+(?=\S+(?:\s+\S+)?\s+(?:updates?|reports?|summary|status|news)\b)/i, '').replace(/^\s*(?:the\s+)?(?:latest|last|previous|most\s+recent)\s+(?=\S+\s+meetings?\b)/i, '');
  // `Another GPSD progress report`: which report in a row is not what it is about
  s = s.replace(/^\s*(?:yet\s+)?(?:another|one more|a new|the next|next|(?:the\s+)?latest)\s+(?=\S)/i, '');
  // `Outcome of the round table meeting`: what it decided, of the gathering named after it
  s = s.replace(/^\s*(?:the\s+)?outcomes?\s+(?:of|from)\s+(?:the\s+)?(?=\S)/i, '');
  // `Status of the development package lme4a`: the package named after what it is
  s = s.replace(/^(?:(?:the|a|new|development|experimental)\s+)*(?:package|module|library)\s+(\S+)$/i, '$1');
  // `1.7.0 scheduled for April 16`: the version scheduled, `Highlights from the TSC meeting during ELCE`: not the event it was held at
  s = s.replace(/^(v?\d+(?:\.\d+)+)\s+(?:is\s+)?scheduled\b.*$/i, '$1').replace(/\s+during\s+(?:the\s+)?\S+(?:\s+\d{2,4})?\s*$/i, '');
  // `[tripleo] Barcelona Summit summary`, `[nova][ptg] Summary: Stein Retrospective`: under a topic
  // tag, the one capitalised word before a gathering is where it met or which release cycle it
  // looked back on; the tag names the project (see gatheringUnderTag)
  if (gatheringUnderTag(s, found)) return topicTag(found);
  // `the PTG in Denver`, `Hackathon at Janelia`: where a gathering was, not what it reports on
  // (`OpenBSD hackathon 2003 (c2k3), Calgary, May 9-20`: the gathering and, once its dates are gone, where after a comma)
  s = s.replace(/\b(\p{L}+)(?:\s+(?:in|at|@)|\s*,)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?/gu, (m, what: string) => (GATHERING.test(what) ? ' ' : m));
  // `Notes from call with Francis`, `Mitschrift Treffen mit Herrn W.`: whom they met, not what about
  s = s.replace(MET_WITH, ' ');
  // `Wineconf wrap up`, `Notes from Sharkfest '13`, `31C3 report`, `Report from OSCON`: the conference a
  // report comes from is no project (the list's is)
  // (`Debconf i18n session 2/7: lenny i18n release goals`: the session's topic after the colon)
  // (`t2k17 Hackathon Report: My first time`: a gathering's report, titled after the colon by its writer)
  s = s.replace(/^(.*\S\s+(?:hackathon|hackfest|hackmeeting|meetup|workshop|summit|sprint)\s+reports?)\s*:\s+\S.*$/i, '$1');
  s = s.replace(CONFERENCE, ' ').replace(/^(.*\b(?:sessions?|bofs?)(?:\s+[\d/#.-]+)?)\s*:\s+\S.*$/i, '$1');
  // `DPDK technical board meeting held on 2018-12-05`, `mini distro summit held at GSoC meeting`:
  // when and where it was held, not whose it was
  s = s.replace(/(\S)\s+held(?:\s+(?:on|at|in|during)\b.*)?\s*$/i, '$1');
  s = s.replace(REPORT_PHRASES, ' ');
  // (`Styremøte OfLUG i Halden`: where a Scandinavian board met, after whose board it is; not `styremøte i NUUG`, whose)
  if (/m[øö](?:te|de)|generalforsamling/i.test(told)) s = s.replace(/^(\s*\S+)\s+i\s+\p{Lu}\p{Ll}+\s*[,.]?\s*$/u, '$1');
  // `Wine Traffic #290`: kerneltraffic.org's weekly digest of a project's list (Kernel, Wine, Zope, GNUe Traffic), the project's
  s = s.replace(/^\s*(\p{Lu}[\p{L}\p{N}]*)\s+Traffic(?:\s+[Ff]or)?\s*$/u, '$1');
  // `Wikimedia engineering report`: a named organisation's engineering reports as a team does (the
  // report's words took it: `Engineering News`, `engineering update`)
  const department = /^\s*(\p{Lu}[\p{L}\p{N}.+-]*)\s+(engineering)\b/iu.exec(told);
  if (department && s.replace(/[\s,;:.!–—-]+/g, ' ').trim() === department[1]) s = `${department[1]} ${department[2]}`;
  // `Linux regressions report for mainline`: the regressions of Linux's mainline
  s = s.replace(/^(\S+)\s+regressions?\s+for\s+(mainline|stable|next|master|main|trunk)\s*$/i, '$1 $2');
  // `netdev development stats for 6.8`: the release it counts up to, after what it is of
  s = s.replace(/(\S)\s+for\s+v?\d+(?:\.\d+)+(?:-?rc\d+)?\s*[.!]?\s*$/i, '$1');
  // `-next status as at v6.19-rc6`: when the status was taken, not a release of the tree
  s = s.replace(/(\S)\s+as\s+(?:at|of)\s+v?\d+(?:\.\d+)+(?:-?rc\d+)?\s*[.!]?\s*$/i, '$1');
  // `Treasurer's Report as of 2011-08-31`: when the figures were taken, once its date is gone
  s = s.replace(/\bas\s+(?:of|at)(?=\s*(?:[:\-–—,;/]|$))/gi, ' ');
  // `a post-VUG2 sort of report`: how much of a report it is
  s = s.replace(/\b(?:an?\s+)?(?:sort|kind)\s+of(?=\s*(?:[:\-–—,;/]|$))/gi, ' ');
  // (whole words only, in any script: `Python España` keeps its last letter, which an ASCII `\b` took for the article `a`)
  s = s.replace(/(?<![\p{L}\p{N}])(the|for|of|on|from|in|and|a|an)(?![\p{L}\p{N}])(?=\s*(?:[:\-–—,;/]|$))/giu, ' ');
  // (`2004 Annual Report, Software in the Public Interest, Inc.`: the organisation, not its registration)
  s = s.replace(/(?<=\p{L})\s*,?\s+(?:Inc\.?|Ltd\.?|LLC|GmbH|gGmbH|e\.\s?V\.?)\s*$/u, '');
  // (`The Zcash Foundation's 2020 Q1 Report`: whose report, once its words are gone)
  s = s.replace(/(?<=\p{L})['’]s\s*$/u, '');
  // (`Updates and Meeting Minutes from TSC`: what is left of the report's words)
  s = s.replace(/^(?:\s*(?:the|for|of|on|from|in|and|about)\b)+/i, ' ');
  s = s.replace(/(?<=\p{L})-(?=\s|$)/gu, ' ').replace(/(^|\s)[:\-–—,;/.!]+(?=\s|$)/g, ' ').replace(/[:,;.!]+(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
  // (`Cran2deb4ubuntu: An Update for 2014`: the article of the report's words, once they are gone)
  s = s.replace(/^(?:the|for|of|on|from|in)\s+/i, '').replace(/\s+(?:the|for|of|on|from|in)$/i, '').replace(/^an?\s+(?=\S)/, '').replace(/(?<=\S)\s+an$/i, '').trim();
  // (Danish: `generalforsamling i AaUUG`, `SSLUG's årsmøde og generalforsamling`, `den 11.08.2002`:
  // in, and, the, of; and the owner's `'s` of what is gone)
  // (`Checkins du 17/01 au 29/01`, `verbale assemblea del 18/10`: French and Italian from, to, of, once the dates are gone)
  if (/^(?:(?:du|au|del|dal|al|della|des|de)\s*)+$/i.test(s)) s = '';
  s = s.replace(/^(?:i|af|fra|den|d\.)\s+/i, '').replace(/\s+(?:og|i|af|fra|den|d\.)$/i, '').replace(/^(?:den|d\.)$/i, '').replace(/^(\p{Lu}[\p{L}\p{N}+.-]*)['’]s$/u, '$1').trim();
  // (`Meeting Minutes from the latest SRM meeting`: which of its meetings, once the rest is gone)
  s = s.replace(/^(?:latest|last|previous|most recent)(?:\s+week'?s)?\s+(?=\S)/i, '');
  // `GSOC 2019: Improve smbcmp - Week 3`: a project titled by the work on what it improves
  s = s.replace(/^\s*(?:improv(?:e|ing)|improvements?\s+(?:to|of|for|in))\s+(?:the\s+)?(?=\S)/i, '');
  // (`Cooker Weekly News - Issue 20060206`: a counter word whose number was a date, gone above)
  s = s.replace(/(?<=\S)\s+(?:issue|edition|vol(?:ume)?|number)\s*$/i, '');
  s = stripSeriesCounter(s).replace(/^([\w-]+)\.git$/i, '$1');
  // `The latest svn update`: the project's own repository, the list's project
  s = s.replace(/^(?:svn|cvs|subversion)$/i, '');
  // `Status of KDE 4 port`: the list's project ported to a platform, not the platform
  s = s.replace(/^\S+(?:\s+v?\d+(?:\.\d+)*)?\s+port$/i, '');
  // `Status of running xfstests for NILFS2`: what is being done for a named project is the project's
  s = s.replace(/^\p{Ll}+ing\s+.*?\s+for\s+(\p{Lu}[\p{L}\p{N}+.-]*)$/u, '$1');
  // `Minutes from the ILUGC Meet`, `Minutes of WG meet`: the group that met (Indian English's `meet`;
  // not `Jitsi Meet`'s status)
  if (/\b(?:minutes|notes|summary|report)\b/i.test(told)) s = s.replace(/^(\S.*?)\s+meet$/i, '$1');
  // `Plenary minutes RIPE 28`, `ARIN 24 day 3`: the minutes of an organisation's numbered meeting are
  // the organisation's (not `JDK 17 enters Rampdown`: a release)
  if (/\b(?:minutes|notes|plenary|day\s+\d)\b/i.test(told)) s = s.replace(/^(\p{Lu}{3,6})\s+\d{2,3}$/u, '$1');
  // `Status on the Jessie release`, `StarlingX Release Meeting`: a named release, or a project's
  // release meeting, is the named one's
  s = s.replace(/^(\p{Lu}[\p{L}\p{N}+.-]*)\s+[Rr]elease$/u, '$1');
  // `Minutes of 9 January 2003 XRI TC`, `OIC TC 2012-04-03 Meeting Minutes`: a standard's technical
  // committee (OASIS's) works on the standard its acronym names
  s = s.replace(/^(\p{Lu}[\p{Lu}\p{N}-]{1,8})\s+TC$/u, '$1');
  // `The state of the GPSD code`: a project's code is the project
  // (and a tool named so: `"dbus-top" tool update: sensor associations and I2C stats`)
  s = s.replace(/^["“]?([\p{L}\p{N}][\p{L}\p{N}._+-]*)["”]?\s+(?:tool|utility)$/iu, '$1');
  // (and its manual: `WSJT-X User's Guide -- Present Status`)
  s = s.replace(/^(\S+)\s+(?:(?:user|developer|admin(?:istrator)?|reference|installation)(?:['’]?s)?\s+)?(?:guide|manual|handbook)$/i, '$1');
  s = s.replace(/^(\S+)\s+(?:code|codebase|source\s+code)$/i, '$1');
  // (and its tests: `Status of Twisted Tests`, the test runs of each Python a project's buildbot ran, 2004)
  s = s.replace(/^(\p{Lu}[\p{L}\p{N}+.-]*)\s+(?:[Tt]ests|[Tt]est\s+[Ss]uite|[Tt]estsuite)$/u, '$1');
  // `The state of uprobes work and logistics`: the work on a project, and how it is organised, is the project's
  s = s.replace(/^(\S+)\s+work(?:\s+and\s+(?:logistics|plans?|organi[sz]ation))?$/i, '$1');
  // `Denu's Status`: the project's own status (a person's, `Greg's Weekly report`, is told from its writer below)
  s = s.replace(/^(\p{Lu}[\p{L}\p{N}+.-]*)['’]s$/u, '$1');
  // `JupyterHub and BinderHub Team Meeting` (jupyterhub, 2018), `Debian LTS and ELTS - April 2026`
  // (debian-lts, 2026): one team's two projects named in one breath; the first named is the post's
  // (the two run together are no name). Only names that cannot be words of a phrase: two CamelCase
  // words, or two acronyms after the community's name (not `Environments and Stacks`)
  s = firstOfTwoNames(s);
  // `R 2.3.0 scheduled grand feature freeze is active`, `OpenWrt 19.07 final timeline`: a named
  // version is the project, whatever the subject goes on to say about it
  const versioned = /^((?:[\p{Lu}][\p{L}\p{N}+.-]*\s+){1,3}v?\d+(?:\.\d+)+(?:[-.]?(?:rc|alpha|beta)\d*)?)\s+\S/u.exec(s);
  if (versioned && !/\d\s*$/.test(versioned[1].replace(/\s*v?\d+(?:\.\d+)+\S*$/, ''))) s = versioned[1];
  // `JDK 22 is now in Rampdown Phase One`: a sentence about a numbered release names the release
  // (`JDK 17 enters Rampdown Phase One next week`)
  const told2 = /^(\p{Lu}[\p{L}\p{N}+-]*\s+v?\d+(?:\.\d+)*)\s+(?:is|has|was|will|enters|entered|reaches|reached|moves|moved)\s/u.exec(s);
  if (told2) s = told2[1];
  // `Major progress has been made`: a sentence, not a name; a bare `release` is of the list's project
  // (`Need to recall some meeting minutes`: what the writer must do)
  if (/\S\s+\S+\s+\S/.test(s) && /\b(?:has|have|had|is|are|was|were|been|will|needs?\s+to|wants?\s+to)\b/i.test(s)) s = '';
  // (`Status of the driver`, `translation status`, `Kernel inclusion status`: a side of the list's project)
  // (`Meeting Notes for Jan 11/12`: no letter is left, nothing is named)
  // (`Last Sunday's meeting`: the day taken out leaves its possessive)
  s = s.replace(/^['’]s\b\s*/, '');
  // (`A week of symfony #200`: the week's words taken out leave its article; `OpenCV Meeting notes for 2012 year`: its
  // year taken out leaves what it was for)
  s = s.replace(/^[Aa]n?\s+(?=\p{Ll})/u, '').replace(/\s+for\s+(?:the\s+)?year\s*$/i, '');
  // (`2.5 Problem Status Report`: a release's side, its problems or its bugs, is the release's; not where another release
  // follows, `11.11 Postmortem and 11.12 Plan`)
  const release = /^(v?\d+(?:\.\d+)+)\s+(\S.*)$/.exec(s);
  if (release && !/\d/.test(release[2]) && (isGenericHeading(release[2]) || isAspectName(release[2]))) return release[1];
  if (!s || !/\p{L}|\d\.\d/u.test(s) || /^(?:releases?|projects)$/i.test(s) || ONLY_A_GATHERING.test(s) || ONLY_A_ROLE.test(s) || ONLY_A_PRONOUN.test(s) || ONLY_A_SIDE.test(s) || isGenericHeading(s) || isAspectName(s)) return topicTag(found);
  return s;
}

/** `JupyterHub and BinderHub` -> `JupyterHub`; `Debian LTS and ELTS` -> `Debian LTS` (see subjectProject). */
const TWO_CAMEL_NAMES = /^(\p{Lu}\p{Ll}+\p{Lu}\p{L}*)\s+(?:and|&)\s+\p{Lu}\p{Ll}+\p{Lu}\p{L}*(?:\s+[Tt]eam)?$/u;
const TWO_ACRONYMS = /^(\p{Lu}[\p{L}\p{N}-]*\s+\p{Lu}{2,6})\s+(?:and|&)\s+\p{Lu}{2,6}$/u;
function firstOfTwoNames(s: string): string {
  const m = TWO_CAMEL_NAMES.exec(s) ?? TWO_ACRONYMS.exec(s);
  return m ? m[1] : s;
}

/** A capitalised word then a gathering (`Barcelona Summit`, `Victoria vPTG`, `Stein Retrospective`), what a subject says first. */
const PLACE_OR_CYCLE_GATHERING = /^\s*(?:(?:summary|report|notes|recap)\s*:\s*)?(\S+)\s+v?(?:summit|ptg|sprint|mid-?cycle|meetup|hackathon|retrospective)\b/i;

/**
 * Does the subject (what is left of it, `rest`) name only a gathering by where or when it met,
 * under a topic tag that names a project (`[tripleo] Barcelona Summit summary`)?
 */
function gatheringUnderTag(rest: string, found: string[]): boolean {
  const m = PLACE_OR_CYCLE_GATHERING.exec(rest);
  return m !== null && /^\p{Lu}\p{Ll}{2,}$/u.test(m[1]) && topicTag(found) !== '';
}

/** `[Twisted-Python]` -> `Twisted`, `[Gluster-devel]` -> `Gluster`: the project a list is about, from its tag. */
export function projectFromListTag(subject: string): string {
  const first = tags(subject).tags[0];
  if (!first || !LIST_TAG.test(first)) return '';
  // (`[Mono-announce-list]`: a kind of list, then `list`)
  const kind = /[-_. ](devel|dev|develop|development|developers?|public|contributors?|users?|discuss|announce|general|list|talk|hackers|python|project|tech|community|l)$/i;
  const once = first.replace(kind, '');
  const stem = /[-_. ]list$/i.test(first) && /[-_. ](?:announce|users?|discuss|general)$/i.test(once) ? once.replace(kind, '') : once;
  // (`[arch-dev-public]`: a list of a list's kind names its project less surely than its host does)
  // (`[GRASE-Hotspot]`: a list named after its project alone, two words and no kind, is the project's)
  if (stem === first) return /^\p{Lu}[\p{L}\d]*-\p{Lu}[\p{L}\d]*$/u.test(first) && !NOT_PROJECT_TAG.test(first.split('-')[1]) ? first : '';
  // (`[H-ANNOUNCE]`: one letter is an abbreviation, no name)
  return NOT_PROJECT_TAG.test(stem) || /[-_. ](?:devel|dev|development|developers?)$/i.test(stem) || stem.length < 2 ? '' : stem;
}

export interface SectionProject {
  /** The project name as written (alias declaration removed). */
  name: string;
  key: string;
  /** Former names the heading declares (`JBR (formerly NSR)` -> ['NSR']). */
  formerly: string[];
  /** True when the section is not itself a project (a generic heading, or an area of a single-project post). */
  generic: boolean;
}

/**
 * An association's meeting or yearly report named in its own language: a Dutch or German members' or board's meeting
 * (`Deelnemersvergadering 30 juni 2018`, `2024-04-04-Vorstandssitzung`, `6. Mitgliederversammlung`, `Plenum`),
 * Portuguese `Reunião de 17/01/2012`, French `Assemblée Générale ordinaire du 9 février 2013`, Norwegian and Swedish
 * `Styremøte`, `Styrelsemöte`, `Årsberetning`, Finnish `Hallituksen kokous`, Polish `Sprawozdanie Zarządu`: minutes and
 * reports whose headings are the items of its agenda, not projects.
 */
const ASSOCIATION_MEETING = /vergadering(?![a-z])|versammlung(?![a-z])|sitzung(?![a-z])|\bplenum\b|\breuni[aã]o(?![a-z])|\bassembl[ée]e\s+g[ée]n[ée]rale(?![a-z])|m[øö]te(?![a-z])|[åÅ]rsberetning(?![a-z])|\bkokous\b|\bsprawozdanie\b|[åÅ]rsmelding(?![a-z])|verksamhetsber[äa]ttelse(?![a-z])|\bassembleia[- ]geral(?![a-z])|k[öo]zgy[űu]l[ée]s|[üu]l[ée]s(?![a-z\u00c0-\u024f])|\briunione\b|протокол|загальн[іи]\s+збори|седниц|записник|\bcompte[- ]rendu\b|\bconseil\s+d['’]\s*administration\b/i;

/**
 * Is the post about one project, its headings being areas of it? It is when its subject names a
 * project (`Keystone Team Update`, `Xen 4.16 development update - tree status`, `FESCo meeting
 * summary`). It is not when the subject names nothing but the post, or only its writer (`jdarcy
 * status`: a person's status across projects, whose headings are the projects).
 */
export function isSingleProjectPost(subject: string, author: { name?: string | null; address?: string | null } = {}, listProject = '', listId: string | null = null): boolean {
  const own = projectFromSubject(subject);
  // minutes or notes whose subject names only the meeting are the list's team's (see postProject),
  // and a report whose subject names only its kind (`[smb4k-devel] Status report`) the list's project's
  // (and minutes whose list is unknown too: their topics are the meeting's agenda, not projects)
  // (and a `Progress Report: May 2022` of a project's blog: its headings, `GPU`, `Patreon goals`, are the project's areas)
  // (in other languages too: a Dutch or German members' or board's meeting, `Deelnemersvergadering 30 juni 2018`,
  // `2024-04-04-Vorstandssitzung`, `Protokoll 2014.11.05`; Portuguese `Reunião de 17/01/2012`; French `Assemblée Générale
  // ordinaire du 9 février 2013`; Norwegian `Styremøte`, `Årsberetning`; Finnish `Hallituksen kokous`; Polish `Sprawozdanie
  // Zarządu`: an association's minutes and yearly reports, whose headings are its agenda's items)
  // (and a student's weekly report in a programme, `GSoC '25 Week 5 Update by ...`: the headings of one student's work)
  if (!own && listProject === '' && /\b(?:g?soc|summer of code|outreachy|dmp)\b/i.test(subject) && /\b(?:week|update|report|progress|blog)/i.test(subject)) return true;
  if (!own && listProject === '') return /\bprogress report\b|\b(minutes|notes|(?:irc)?meeting|recap|call|actas?|protokoll|mitschrift|niederschrift|verbale|resoconto|riassunto|referat|verslag|notulen)(?![a-z])|(?<![a-z])r[eé]uni[oó]n(?![a-z\u00c0-\u024f])/i.test(subject) || ASSOCIATION_MEETING.test(subject);
  // (`Roadmap 2021` on genode's users list: the list's project's plans, its headings their areas)
  // (`Committee newsletter 2011-02-15` on the hackerspace's list: its newsletter too)
  if (!own) return listProject !== '' && (/\b(minutes|notes?|meeting|recap|wrap-?up|round-?up|call|status|state of|reports?|updates?|news|newsletters?|digest|progress|summary|road-?map|actas?|protokoll|mitschrift|niederschrift|verbale|resoconto|riassunto|referat|verslag|notulen|aktualisierung|novedades|nouvelles|check-?ins)(?![a-z])|(?<![a-z])r[eé]uni[oó]n(?![a-z\u00c0-\u024f])|\[sum\]/i.test(subject) || ASSOCIATION_MEETING.test(subject));
  // (`SocketCAN Status` from socketcan@...: a project's own address on its own list is no person)
  return !namesWriter(own, author) || projectKey(own) === projectKey(listProduct(listId));
}

const WRITING_BODY = /\b(?:maintainers|team|project|developers|devs|admins|committee|board|foundation|community|staff|council|contributors)\b/i;

/** `jdarcy` for jdarcy@redhat.com, `Jeff`, `Jeff Darcy`: a subject that names who writes, not what. */
function namesWriter(name: string, author: { name?: string | null; address?: string | null }): boolean {
  // (`Haskell Foundation May 2022 Update`: an organisation, whose key is its project's, is no writer)
  if (/\s(?:foundation|board)$/i.test(name.trim())) return false;
  // `Greg's Weekly report`, `Greg S Weekly Report`: the writer's own
  const key = projectKey(name.replace(/(?<=\p{L})(?:['’]s|\s+s)$/iu, '')).replace(/[^\p{L}\p{N}]+/gu, '');
  if (!key) return false;
  // `Name via List <list@host>`: the list rewrote the sender; the address is the list's, not the writer's.
  const via = /^(.*?)\s+via\s+/i.exec(author.name ?? '');
  const local = via ? '' : (author.address ?? '').split(/@| at /)[0].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (local && key === local) return true;
  // (a sender that is the project's own body, `Cortex maintainers`, `The QuTiP Admin Team`, names the project, not a person)
  if (!via && WRITING_BODY.test(author.name ?? '')) return false;
  const words = (via ? via[1] : (author.name ?? '')).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 && (words.includes(key) || words.join('') === key || key === `${words[0][0] ?? ''}${words[words.length - 1]}`);
}

/**
 * `own`: the post's own project when the caller knows more than the subject (its list's community,
 * see postProject); by default the subject's, or its list tag's.
 */
/**
 * A heading that names no project whatever its words: a person with their address (`Iuri Gomes
 * Diniz <iuri at yahoo.com.br>`), or a sentence (`Bei der Kommunikation mit dem Chipkartenleser kam
 * es zu Problemen`): seven words or more, three of them in lower case.
 */
export function namesNoProject(title: string): boolean {
  const t = title.trim();
  if (/<[^<>\s]+(?:@|\s+at\s+)[^<>\s]+>|\S+@\S+\.\w+/.test(t)) return true;
  const words = t.split(/\s+/);
  // (German capitalises its nouns: a sentence shows in its lower-case words, `zur`, `des`, `beim`)
  return words.length >= 7 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 3;
}

export function sectionProject(heading: string, subject: string, single = false, own?: string): SectionProject {
  // (an emoji written as its shortcode, `Announcement :loudspeaker:`, `:memo: Possible TODOs?` in notes kept on HackMD or
  // GitHub: a picture, no part of the name; the heading's own colon after it is already gone)
  const title = heading.includes(':') ? heading.replace(SHORTCODE, ' ').trim() : heading;
  const generic = single || (title.trim() !== '' && (isPartHeading(title) || namesNoProject(title)));
  if (generic) {
    const fromSubject = own || projectFromSubject(subject) || projectFromListTag(subject);
    if (fromSubject) {
      const decl = parseAliasDeclarations(fromSubject);
      const name = decl.length > 0 ? decl[0].name.trim() : fromSubject;
      return { name, key: projectKey(name), formerly: decl.map((d) => d.formerly), generic: true };
    }
    // (a sentence or an address under a post whose project is unknown names none either:
    // `Tarballs for Twisted 10.1.0pre1 are now available at:` in a mail with no subject)
    // (and a generic heading is never a project of its own: `Attendees` in minutes whose subject the
    // archive lost belongs to a project this post does not name)
    // (nor is a topic of minutes whose project the post does not name: `Valg af dirigent og referent`)
    if ((!single && namesNoProject(title)) || isPartHeading(title) || (single && !own)) return { name: '', key: '', formerly: [], generic: true };
  }
  // (`1. Nowcasting`, `2) PV Mapping`, `2 · Analog PR Highlights`: a section's number in the post is no part of the project's name)
  // (`Bundler news`, `RubyGems.org news` in Ruby Together's monthly update: the news of a project is the project's)
  const raw = stripSeriesCounter(title.trim().replace(/^(?:\d{1,2}|[IVX]{1,4})(?:[.)]|\s+·)\s+(?=\S)/, '').replace(/^(\p{Lu}\S*(?:\s+\S+){0,2})\s+(?:news|updates?)\s*:?$/u, '$1')) || own || projectFromSubject(subject) || projectFromListTag(subject);
  const decl = parseAliasDeclarations(raw);
  if (decl.length > 0) {
    const name = decl[0].name.trim();
    return { name, key: projectKey(name), formerly: decl.map((d) => d.formerly), generic: false };
  }
  return { name: raw, key: projectKey(raw), formerly: [], generic: false };
}

const SHORTCODE = /(?<=^|\s):[a-z\d_+-]{2,40}(?::|$)(?=\s|$)/g;

/** `Qt 5.6 status`, `Qt 5.7 initial schedule`: a heading naming a product's numbered release, and at most three lower-case words on it. */
const RELEASE_HEADING = /^\s*(\p{Lu}[\p{L}+.-]*)\s+v?(\d+(?:\.\d+)+)\s*(?:[-:–]\s*)?(?:\p{Ll}+\s*){0,3}$/u;

/**
 * The headings of a single project's post that each report on a release of one product
 * (`Qt 5.6 status`, `Qt 5.7 initial schedule`, `Qt 5.5.1 schedule` in the Qt release team's
 * minutes), by heading: two releases or more of one product are projects of their own, as a
 * release is (`Xen 4.17`); a heading alone on one release stays an area of the post's project.
 */
export function releaseHeadings(titles: string[]): Map<string, string> {
  const found = new Map<string, { product: string; version: string }>();
  for (const t of titles) {
    const m = RELEASE_HEADING.exec(t);
    if (m) found.set(t, { product: m[1], version: m[2] });
  }
  const versions = new Map<string, Set<string>>();
  for (const r of found.values()) versions.set(r.product, (versions.get(r.product) ?? new Set()).add(r.version));
  const out = new Map<string, string>();
  for (const [t, r] of found) if ((versions.get(r.product)?.size ?? 0) >= 2) out.set(t, `${r.product} ${r.version}`);
  return out;
}

/**
 * Words in capitals that name no project: report words written in capitals (`DONE`, `AGENDA`),
 * and what any software post writes (`API`, `USB`, `IRC`, `UTC`, `GSoC`).
 */
const NOT_A_NAME = /^(?:API|USB|IRC|UTC|URLS?|GSOC|CPUS?|GPUS?|RAM|HTTPS?|HTML|CSS|PDF|FAQ|TODO|NOTES?|GPL|LTS|DONE|AGENDA|MINUTES|TBD|FYI|AOB|TOP|ALV|DVD|CDS?|PLN|EUR|USD|CHF|SEK|NOK|DKK|CZK|GBP|ACTIONS?|ITEMS?|NEW|WIP|RFC|SSL|TLS|DNS|SQL|XML|JSON|EU|USA|UK|PS|OK|AM|PM|CES?T|EST|EDT|PST|PDT|GMT|IDS?|VMS?|PRS?|CI|QA|UI|UX|OS|GUI|CLI|IMHO|AFAIK|BTW|ASAP|ETA|TBA|N\/A|AND|THE|FOR|NOT|ALL)$/;

/** Is the word a conference's name (`FOSDEM`, `OSCON`, `Wineconf`)? See CONFERENCE. */
function isConference(word: string): boolean {
  CONFERENCE.lastIndex = 0;
  const m = CONFERENCE.exec(word);
  return m !== null && m[0] === word;
}

/**
 * The name a report writes most in a name's own form, a capital inside a word (`OpenMRS`, `AaUUG`)
 * or a short run of capitals, a digit after them or not (`RTEMS`, `RPCS3`), three times at least and more than any other; '' when none
 * does. For a report whose subject, title and list name nothing (a wiki's `2011-01-20 Developer
 * Meeting` page, OpenMRS's): the post is its project's.
 */
export function nameMostWritten(text: string): string {
  // (not in addresses and links: `rtems.org`, `dev@openmrs.org` are written in lower case anyway)
  const body = text.slice(0, 50_000).replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/g, ' ');
  const votes = new Map<string, number>();
  for (const m of body.matchAll(/(?<![\p{L}\p{N}.\/_-])(\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}{3,6}\d?)(?![\p{L}\p{N}_-])/gu)) {
    // (nor a conference the post tells of: `FOSDEM` in the Jenkins governance meeting's notes)
    if (NOT_A_NAME.test(m[1].toUpperCase()) || isConference(m[1])) continue;
    votes.set(m[1], (votes.get(m[1]) ?? 0) + 1);
  }
  // (nor a speaker's initials in minutes, `AWB: Adding section 8`: TC39's meeting notes)
  const ranked = [...votes].filter(([name]) => !/^\p{Lu}{2,4}$/u.test(name) || !isSpeaker(name, body)).sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && ranked[0][1] >= 3 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : '';
}

/** Are `initials` a person's in the text: opening two lines as a speaker's, `AWB: Adding section 8`? */
function isSpeaker(initials: string, text: string): boolean {
  return (text.match(new RegExp(String.raw`(?:^|[\n>])[ \t]*${initials}:[ \t]`, 'g'))?.length ?? 0) >= 2;
}

/** Mail hosts whose domain names the host, not the community (`openbmc.lists.ozlabs.org`). */
const HOSTING = new Set(['ozlabs', 'jiscmail', 'heanet', 'googlegroups', 'kernel', 'vger', 'freedesktop', 'nongnu', 'gnu', 'redhat', 'sourceforge', 'sf', 'groups', 'yahoogroups', 'linux', 'alioth', 'lists', 'list', 'mailman', 'librelist', 'narkive', 'github', 'googlecode', 'freelists', 'lists01', 'ml', 'mail', 'sourceware', 'python', 'berlios', 'linux-foundation', 'linuxfoundation', 'osgeo', 'open-bio', 'infradead', 'tigris']);
/** What a list's name says first of whom it is open to, or what it is for, not whose it is (`public-webrtc`, `www-tag`, `discuss-gnustep`). */
const LIST_NAME_PREFIX = /^(?:public|www|discuss)-(?=[a-z\d]{2,}(?:[-_][\w-]+)?$)/i;
const LIST_NAME_SUFFIX = /[-_.](devel|dev|develop|development|developers?|contributors?|users?|discuss|discussion|announce|general|list|talk|hackers|commits|bugs|help|l|project|python|core|tech|community|team|misc|news|ann|qa|board|private|interest|workers|steering|committee|maintainers|committers|members|porters|de|en|fr|es|it|ru|ja|pt|nl|pl|cz|br|zh)$/i;

/**
 * The community a list belongs to, from its List-Id or its address/URL as `name.host.tld`:
 * `<release-team.gnome.org>` -> gnome, `openbmc.lists.ozlabs.org` -> openbmc (a hosting domain),
 * `twisted-python.twistedmatrix.com` -> twisted, `projects.libreoffice.org` -> libreoffice. '' when unsure.
 */
export function listCommunity(rawListId: string | null | undefined, text = ''): string {
  const listId = asListId(rawListId);
  if (!listId) return '';
  const named = text ? listNameWord(listId, text) : '';
  if (named) return named;
  const m = /<([^<>\s]{3,200})>/.exec(listId) ?? /(?:^|\s)([\w-]+(?:\.[\w-]+)+)\s*$/.exec(listId);
  if (!m) return '';
  const labels = hostLabels(m[1]);
  if (labels.length < 2 || !/^[a-z]{2,}$/.test(labels[labels.length - 1])) return '';
  let name = labels.length >= 3 ? labels[0] : '';
  // (`public-webrtc`, `www-tag`: W3C's lists are named for their group after a word for whom they are open to)
  name = name.replace(LIST_NAME_PREFIX, '');
  for (let k = 0; k < 3; k++) {
    const n = name.replace(LIST_NAME_SUFFIX, '');
    if (n === name) break;
    name = n;
  }
  const domain = labels[labels.length - 2];
  const first = name.split(/[-_]/)[0];
  // (`dev@pulsar.apache.org`: a list named for what it is for on a project's own host under a foundation's domain is that
  // project's; `geronimo-dev@incubator.apache.org`: one named for a project on the foundation's incubator host, the project's)
  if (labels.length >= 4 && !HOSTING.has(domain)) {
    const sub = labels[labels.length - 3];
    // (as the post writes it: not a region's host, `global.libreoffice.org`)
    if ((!name || LIST_TOPIC.test(name)) && /^[a-z][a-z0-9]{2,30}$/.test(sub) && !NOT_PROJECT_HOST.test(sub) &&
        new RegExp(String.raw`(?<![\p{L}\p{N}])${sub}(?![\p{L}\p{N}])`, 'iu').test(text.slice(0, 50_000))) return sub;
    if (sub === 'incubator' && first.length >= 3 && !LIST_TOPIC.test(first)) return first;
  }
  if (HOSTING.has(domain) || labels.length < 3) return /^[a-z][\w-]{1,40}$/.test(name) && !NOT_PROJECT_TAG.test(name) ? name : '';
  // (`tahoe-dev.tahoe-lafs.org`: the host's name is the fuller one; `arch-dev-public.archlinux.org`
  // too when the post writes it as a name, `ArchLinux Status Report`, and it adds more than that
  // it is a project's site: not `fedoraproject.org`, nor `twistedmatrix.com` in a link)
  if (first.length >= 3 && domain.startsWith(`${first}-`)) {
    // (`spi-inc.org`: a company form says whose the host is, not a fuller name)
    return /^-(?:inc|ltd|llc|ev|gmbh|org|project|foundation)$/.test(domain.slice(first.length)) ? first : domain;
  }
  // (`w3c-rdfcore-wg.w3.org`: a list named by the host's fuller name, W3C for w3.org)
  if (domain.length >= 2 && first.startsWith(domain) && /^[a-z]{1,2}$/.test(first.slice(domain.length))) return first;
  if (first.length >= 3 && domain.startsWith(first)) {
    const rest = domain.slice(first.length);
    if (!/^[a-z]{2,12}$/.test(rest) || /^(?:project|projects|foundation|org|hq|dev|lists?|mail|web|site)$/.test(rest)) return first;
    const named = text.slice(0, 50_000).match(new RegExp(String.raw`(?<![\p{L}\p{N}.])${first}[-_ ]?${rest}(?![\p{L}\p{N}])`, 'giu')) ?? [];
    return named.some((w) => /\p{Lu}/u.test(w)) ? domain : first;
  }
  // `fedoraproject.org`, `torproject.org`: the community is the name before "project"
  return domain.length > 10 && domain.endsWith('project') ? domain.slice(0, -7) : domain;
}

/** A host's name that says what it serves, not whose it is (`lists.example.org`, `incubator.apache.org`). */
const NOT_PROJECT_HOST = /^(?:lists?|mail|mailman|ml|groups?|listserv|discuss|forums?|www|news|community|incubator|db|xml|xmlgraphics|vger|sourceware|ozlabs|freedesktop|gnome|kde|sf|sourceforge|savannah|nongnu|alioth|googlegroups|archives?|pipermail|mx|smtp|web|mailgw|devel|dev|project|projects|org|hq|lab|labs|dist|groupes|listes|global|local|intern|internal)$/;

/** Words that name what a list is for, not whose it is (`foundation-list`, `release-team`, `desktop-devel-list`). */
const LIST_TOPIC = /^(?:foundation|desktop|release|releasing|engagement|board|exec|projects?|planning|support|community|kernel|news|meeting|meetingminutes|technical|advisory|current|stable|test|testing|factory|internals|development|soc|users?|hackers|announce|security|docs?|i18n|l10n|marketing|design|web|www|infra|infrastructure|legal|bugs?|commits?|patches|ports?|vote|private|general|discuss|devel|dev|tech|lists?|sig|spec|experts|observers|updates?|core|committers|porters|language|apps|finance|hardening|newbies|virt|users|public|motu|server|team|advisors|foundation-l|members|standards|council|talk|chat)$/;

/**
 * The project a list is named after when its host is another's (`matplotlib-devel.python.org`,
 * `vlc-devel.videolan.org`, `gdal-dev.lists.osgeo.org`, `dev.lucy.apache.org`) and the post names it
 * too: the list's first word, or the word before the host's for `dev.NAME.host`. '' otherwise.
 */
/**
 * `ogb-discuss@opensolaris.org`: a list named by the acronym of the host's governing, technical,
 * advisory or steering board (the OpenSolaris Governing Board) is the board of the host's community,
 * which the host names, as GOVERNING's bodies are (not any acronym: `oic@oasis-open.org` is OASIS's
 * OIC technical committee, a project of its own; `tbb` is the Tor Browser Bundle)
 */
function hostsBody(word: string, domain: string): boolean {
  return /^[a-z][gtas]b$/.test(word) && word[0] === domain[0] && domain.length >= word.length + 4;
}
function listNameWord(rawListId: string, text: string): string {
  const listId = asListId(rawListId);
  const m = /<([^<>\s]{3,200})>/.exec(listId) ?? /(?:^|\s)([\w-]+(?:\.[\w-]+)+)\s*$/.exec(listId);
  if (!m) return '';
  const labels = hostLabels(m[1]);
  if (labels.length < 3) return '';
  const domain = labels[labels.length - 2];
  const listName = labels[0].replace(LIST_NAME_PREFIX, '');
  let word = listName.split(/[-_]/)[0];
  if (LIST_TOPIC.test(word) && labels.length >= 4 && labels[1] !== 'lists') word = labels[1].split(/[-_]/)[0];
  // (`u-boot@lists.denx.de`: a name whose first part is a letter or two is the whole name, `U-Boot`, when the post writes it)
  const short = /^([a-z]{1,2}-[a-z]{3,})(?:[-_]|$)/.exec(listName.replace(LIST_NAME_SUFFIX, ''));
  if (short && word.length < 3 && !HOSTING.has(domain) && (text.slice(0, 50_000).match(new RegExp(String.raw`(?<![\p{L}\p{N}])${short[1]}(?![\p{L}\p{N}])`, 'giu'))?.length ?? 0) >= 2) return short[1];
  // (`tsc@lists.opendaylight.org`: a list of the body that steers the host's project is not a project of its own)
  if (word.length < 3 || !/^[a-z][a-z\d]*$/.test(word) || LIST_TOPIC.test(word) || NOT_PROJECT_TAG.test(word) || HOSTING.has(word) || GOVERNING.test(word)) return '';
  if (domain.startsWith(word) || word.startsWith(domain) || HOSTING.has(domain)) return '';
  if (hostsBody(word, domain)) return '';
  const written = new RegExp(String.raw`(?<![\p{L}\p{N}])${word}(?![\p{L}\p{N}])`, 'giu');
  if ((text.slice(0, 50_000).match(written)?.length ?? 0) < 2) return spelledListName(word, text);
  // `abstract-wikipedia@lists.wikimedia.org`: the list's whole name when the post writes it (`Abstract Wikipedia`)
  let whole = listName;
  for (let k = 0; k < 3; k++) whole = whole.replace(LIST_NAME_SUFFIX, '');
  const parts = whole.split(/[-_]/);
  if (parts.length === 2 && parts[0] === word && /^[a-z]{3,}$/.test(parts[1]) && !LIST_TOPIC.test(parts[1])
    && new RegExp(String.raw`(?<![\p{L}\p{N}])${parts[0]}[-_ ]?${parts[1]}(?![\p{L}\p{N}])`, 'iu').test(text.slice(0, 50_000))) return whole;
  return word;
}

/**
 * `ilugd@lists.linux-delhi.org`: a list named by a name its posts write in capitals, cut short after
 * the first letter of its last word (`ILUG-Delhi`), when they write it so; '' otherwise.
 */
function spelledListName(word: string, text: string): string {
  if (word.length < 4) return '';
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}-])${word.slice(0, -1)}[-_ ]${word.slice(-1)}\p{L}{2,12}(?![\p{L}\p{N}-])`, 'giu');
  const found = (text.slice(0, 50_000).match(re) ?? []).filter((w) => /\p{Lu}/u.test(w));
  return found.length >= 1 ? found[0].toLowerCase() : '';
}

/** A host's labels, a country's second level folded into its code (`lists.dircon.co.uk` -> lists, dircon, uk). */
function hostLabels(host: string): string[] {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  const n = labels.length;
  if (n >= 3 && /^[a-z]{2}$/.test(labels[n - 1]) && /^(?:co|com|org|net|ac|edu|gov|or|ne|go)$/.test(labels[n - 2])) labels.splice(n - 2, 1);
  return labels;
}

/**
 * The community as the post writes it: `GNOME` for gnome, one word when the post writes it so
 * (`ClangBuiltLinux`), capitalised over the lower case of addresses and URLs; else its words.
 */
function asWritten(community: string, text: string): string {
  const words = community.split(/[-_ ]+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  if (!words.length) return community;
  // (a list's short last word is often the first letters of the word the posts write: `Linux-aus`,
  // Linux Australia)
  const shortLast = words.length >= 2 && /^\p{L}{2,4}$/u.test(words[words.length - 1]) ? String.raw`\p{L}{0,12}` : '';
  // (a host's name run together, `documentfoundation`, is the words the posts write: `Document Foundation`)
  const joined = words.length === 1 && /^[a-z]{8,30}$/.test(words[0]) ? [...words[0]].join(' ?') : words.join('[-_ ]?');
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${joined}${shortLast}(?![\p{L}\p{N}])`, 'giu');
  let best = '';
  let bestRank = -1;
  for (const m of text.slice(0, 50_000).matchAll(re)) {
    // (the name written out in full first: `Linux Australia` before the tag's `Linux-aus`)
    const full = shortLast && m[0].length > words.join(' ').length ? 4 : 0;
    const rank = full + (/\p{Lu}/u.test(m[0]) ? 2 : 0) + (/[-_ ]/.test(m[0]) ? 0 : 1);
    if (rank > bestRank) [best, bestRank] = [m[0], rank];
    if (rank === 3 && !shortLast) break;
  }
  if (bestRank >= 2) return best;
  const plain = words.join(' ');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/** Is `name` two words or more of `community`'s, in its order, with one or more of its words left out (`clang linux`, `clang-built-linux`)? */
function wordsLeftOut(name: string, community: string): boolean {
  const words = name.toLowerCase().split(/[\s_-]+/).filter(Boolean);
  const whole = community.toLowerCase().split(/[\s_-]+/).filter(Boolean);
  if (words.length < 2 || words.length >= whole.length) return false;
  let k = 0;
  for (const w of whole) if (k < words.length && w === words[k]) k++;
  return k === words.length;
}

/** A side of a community's work, done by one of its teams: named alone, it is the community's (`Debian QA`, `Debian i18n`). */
const COMMUNITY_AREA = /^(?:qa|i18n|l10n|translations?|localization|localisation|docs|documentation|infrastructure|infra|security|packaging|marketing|website)$/i;

/** Words that make a name a body of a community rather than a project: its team, board, call. */
const TEAM_WORD = /\b(?:team|board|committee|council|working\s+group|work\s*group|wg|sig|staff|admins?|leadership|leader|call|maintainers|infrastructure)\b/i;

/**
 * A single-project report named after a body of its community (`release team`, `Security Working
 * Group`) is named with the community (`GNOME release team`); one named by a bare acronym that
 * meets or writes (`minutes of ESC call`, `Bits from the DPL`: the community's committee or leader
 * reporting on it) is the community's own report (`LibreOffice`). Names that already carry the community, and posts whose list is unknown, keep
 * their name.
 */
export function withCommunity(name: string, community: string, text: string, subject = '', hosted = false): string {
  if (!name || !community) return name;
  const key = projectKey(name).replace(/\s+/g, '');
  const ckey = projectKey(community).replace(/\s+/g, '');
  if (!ckey || key.includes(ckey)) return name;
  // `notes from clang linux meeting` on clang-built-linux: the community's name, a word of it left out
  if (wordsLeftOut(name, community)) return asWritten(community, text);
  // `Fedora Board` on fedora-advisory-board: a name that starts with the community's first word has it already
  const lead = /^[\p{L}\p{N}]+/u.exec(community)?.[0].toLowerCase();
  if (lead && lead.length >= 3 && name.trim().split(/\s+/)[0].toLowerCase() === lead) return name;
  // `Media Summit 2024 Report` on linux-media: the list names the project more fully
  // (not an acronym's update, a project's own name: `EROFS roadmap update` on linux-erofs; a body's
  // acronym that meets, `[ZOO-PSC] PSC meeting`, is the list's)
  // (not a kernel subsystem's status on its list, `btrfs` on linux-btrfs, `audit` on linux-audit: the
  // subsystem is the project; a meeting of the list's people, `Media Summit` on linux-media, is the list's)
  if (ckey === `linux${key}` && /^linux[-_]/i.test(community) && /^[\p{L}\p{N}]+$/u.test(name.trim())
    && !/\b(?:summit|meeting|minutes|call|conference|workshop)\b/i.test(subject)) return name;
  if (ckey.includes(key)) return /[-_ ]/.test(community) && key.length >= 3 && !(/^\p{Lu}{3,}$/u.test(name.trim()) && !/\b(?:minutes|meeting|call)\b/i.test(subject)) ? asWritten(community, text) : name;
  // an acronym that meets or writes (`minutes of ESC call`, `Bits from the DPL`) is a body of the
  // community; one that has a status (`JBR status`, `DHT update`) is a component, a project of its own
  // (a working group's, `CSSWG`, `BPWG`, is the group's own work)
  // (not a numbered committee of a standards body, `TC39`, `WG21`: its own)
  // (nor the subject's first tag, `[GLLUG] 6/5/02 Meeting Notes` on a university's list: the list's own name for its community)
  const acronym = !hosted && /^(?=\d?[\p{Lu}])[\p{Lu}\d]{2,5}$/u.test(name.trim()) && !/\p{Lu}\d+$/u.test(name.trim()) && !/(?:WG|SIG|TF)$/.test(name.trim()) && /\b(minutes|meeting|call|bits from)\b/i.test(subject)
    && !subject.trimStart().startsWith(`[${name.trim()}]`);
  if (acronym) return asWritten(community, text);
  // `XSF Board`, `ASF board`: an organisation's acronym names whose body it is already
  if (/^[\p{Lu}][\p{Lu}\p{N}]{1,5}\s+(?:[Bb]oard|[Cc]ouncil|[Cc]ommittee)$/u.test(name.trim())) return name;
  // (not a file named in capitals: `MAINTAINERS clean-up`)
  if (TEAM_WORD.test(name.replace(/(?<![\p{L}\p{N}])\p{Lu}{5,}(?![\p{L}\p{N}])/gu, ' '))) return `${asWritten(community, text)} ${name}`;
  // `QA`, `i18n`: a side of the community's work that a team of it does, named without whose (Debian's QA BoF, its i18n session)
  if (COMMUNITY_AREA.test(name.trim())) return `${asWritten(community, text)} ${name.trim()}`;
  return name;
}

/**
 * The project a post reports on as a whole (what its generic headings and, in a single-project
 * post, all its headings belong to): the subject's name, or the list tag's, set in its community
 * (see withCommunity). `listId`: the List-Id header, or the list's address as `name.host.tld`.
 */
/**
 * The site a wiki page was saved from, as MediaWiki writes it under the page's title: `From OSGeo`,
 * `From HacDC Wiki`, `From The Maker Station Wiki!` (-> `OSGeo`, `HacDC`, `The Maker Station`). '' for
 * anything else: the line must be the body's second, right under its first, and read as a name
 * (`From Ukraine.`, `From nightly to release` are a sentence's start).
 */
export function wikiSite(text: string): string {
  const lines = text.slice(0, 1_000).split('\n', 12).map((l) => l.trim()).filter(Boolean);
  // (or the first, when the copy starts under the title and MediaWiki's jump line follows: `Uit Hack42` over `Ga naar:
  // navigatie, zoeken`)
  const at = WIKI_JUMP.test(lines[1] ?? '') ? 0 : 1;
  const m = WIKI_TAGLINE.exec(lines[at] ?? '');
  if (!m || m[1].endsWith('.') || (at === 1 && lines[0].length > 120)) return '';
  return m[1].replace(/\s+wiki$/i, '').replace(/^wiki\s+(?=\S)/i, '');
}

export function postProject(subject: string, listId: string | null | undefined, text: string, author: { name?: string | null; address?: string | null } = {}): string {
  const all = `${subject}\n${text}`;
  // (a wiki page of no list is its site's: `Board Meeting 2022-01-31` from OSGeo's wiki is the OSGeo Board's)
  const community = listCommunity(listId, all) || projectFromListTag(subject).toLowerCase() || wikiSite(text);
  // `[TOPIC 1/17] Reftable` (the Git Contributor's Summit's notes, one session a mail): a session's topic, at the
  // summit of the list's community
  if (community && /^\s*\[(?:topic|notes)\s+\d{1,2}\/\d{1,2}\]/i.test(subject)) return asOneWord(asWritten(community, all), all);
  const fromSubject = projectFromSubject(subject);
  // `Greg's Weekly report`: a subject that names only its writer, a person, names no project (the
  // list's does); a board or team that writes its own report (`Board Activities Report`) is one
  const named = fromSubject && (TEAM_WORD.test(fromSubject) || !namesWriter(fromSubject, author)) ? fromSubject : '';
  const own = ungoverned(named || tagShortOf(projectFromListTag(subject), community));
  // `BoD minutes`, `TSC Minutes` on a foundation's or a project's list: the body that steers the
  // whole community reports on it (not the list's name, `board-discuss`)
  if (named && !own && community) return asOneWord(asWritten(community, all), all);
  // `5.4 Kickoff Meeting Minutes` on plasma-devel: a bare version is the version of the list's product
  const product = listProduct(listId);
  // `This Week on perl5-porters`: a subject naming the list itself names what the list is for
  if (product && /[-_]/.test(own) && own.toLowerCase() === listName(listId) && product !== own.toLowerCase()) return asWritten(product, all);
  // (`0.4.0-rc1 status`, `3.7.0b1 status`: the release a candidate or a beta is for)
  const bare = /^(v?\d+(?:\.\d+)+)(?:[-.]?(?:rc|a|b|alpha|beta)\s*\d*)?$/i.exec(own);
  if (bare && product) return `${asWritten(product, all)} ${bare[1]}`;
  // (`13.2.6 QE Mimic validation status` on ceph-devel: a version and what is done to it, of the list's
  // product; not two releases, `3.7.0 / 3.6.6 Update`)
  const leading = /^(v?\d+(?:\.\d+){1,3})\s+(?!.*\d\.\d)\S/.exec(own);
  if (leading && product) return `${asWritten(product, all)} ${leading[1]}`;
  // (`1.8.4rc Status` on devel@lists.open-mpi.org: the list's name is its kind, the host's is the project)
  if (bare && community) return `${asWritten(community, all)} ${bare[1].replace(/^v(?=\d)/i, '')}`;
  // `Reminder: 12 weeks to 3.7 feature code cutoff`, `An extra week until 3.6.0b2`, `3.7.0rc1
  // Delayed` on python-committers: the release a manager counts down to, of the list's product
  // (not when the subject names someone's product itself: `Extra Linux regressions report ... ahead of 6.8-rc8`)
  // (but the list's product named before its version is the product counted down: `Python 3.8.0b1 not there yet`)
  const leadName = /^(\p{Lu}[\p{L}+-]*)\s+v?\d/u.exec(own)?.[1];
  const countdown = product && (!leadName || leadName.toLowerCase() === product.toLowerCase()) && !/\s\p{Lu}\p{Ll}/u.test(own) ? releaseCountedTo(subject) : '';
  // (and a subject that is only the milestone, `3.0 branch freeze - 0200 UTC 06 Nov`, whose words name nothing else; not
  // the release a status is taken at, `-next status as at v6.19-rc6` on linux-next: where it stands, not what it counts to)
  if (countdown && (own.includes(countdown) || (!own.trim() && !/\b(?:as\s+(?:at|of)|against|on)\s+v?\d/i.test(subject)))) return `${asWritten(product, all)} ${countdown}`;
  // `Release countdown for week R-4`: the release counted down to, as the body names it
  const release = /\bcountdown\b/i.test(subject) && !/\d/.test(own.replace(/\bcountdown\b.*$/i, '')) ? countdownRelease(all) : '';
  if (release) return community ? `${asWritten(community, all)} ${release}` : release;
  // (the community first: `Desktop team` is `Ubuntu Desktop team` before a wiki's `DesktopTeam` makes it one word)
  // `TWN 52`, `TWN70`: a newsletter's acronym and issue, named by what the post spells it out as
  // (`Tahoe-LAFS Weekly News (TWN)` -> Tahoe-LAFS)
  // (and `TWN #3!`, whose issue number the subject's name has lost: an acronym the post spells out as a newsletter, `The
  // Twisted Weekly News`)
  const issue = /^(\p{Lu}{2,5})\s*#?\d{1,4}$/u.exec(own) ?? /^(\p{Lu}{2,5})$/u.exec(own);
  if (issue) {
    const spelled = expandAcronym(issue[1], all);
    const named = spelled !== issue[1] && (issue[0] !== issue[1] || /\b(?:weekly|monthly)\s+news\b|\bnewsletter\b/i.test(spelled)) ? projectFromSubject(spelled) : '';
    if (named) return named;
  }
  // `Board Minutes 20150216` on members.jabber.org: the body named as the post writes it (`XSF Board`)
  const body = own ? qualifiedBody(own, all) : '';
  if (body) return body;
  // (a page of no list: the organisation its own text writes before a body's acronym, `QGIS PSC` in the minutes titled
  // `PSC Meeting July 2015`)
  const whose = own && !community && /\b(?:minutes|meeting|call|notes)\b/i.test(subject) ? qualifiedAcronym(own, text) : '';
  if (whose) return whose;
  // (and a body of several words named without whose, `Steering Council update`, `Security Working Group Monthly
  // Meeting`: the organisation the post writes before it, `Python Steering Council`, `Salt Security Working Group`)
  const group = (own || named) && !community ? qualifiedGroup(own || named, text) : '';
  if (group) return group;
  // (and a bare body still unqualified on a page of no list, `Board Meeting Minutes - September 2025`, `TSC Meeting:
  // January 27, 2021`: the organisation the page writes most, `MonoGame Foundation`, `CHIPS Alliance`)
  const bareBody = !community && named && (!own || BARE_GOVERNING.test(own)) && BARE_GOVERNING.test(named) ? organisationOf(text) : '';
  if (bareBody) return `${bareBody} ${named.trim()}`;
  // (and unqualified there: `TC Report 18-14` on openstack-dev, `[Board] Activity update` on OSGeo's board list: a governing body named without
  // whose is the list's community's (`OpenStack TC`, `OSGeo Board`), not a project called `TC`)
  // (not a list named for the body itself, `board@lists.osgeo.org`: its community says no more than `Board`)
  if (community && BARE_BODY.test(own) && !BARE_BODY.test(community)) return `${asWritten(community, all)} ${own.trim()}`;
  // `Update on Development Delays`, `3.7.0 / 3.6.6 Update: All Systems Go for Final Releases`: what is
  // left of a subject in more than four words is a sentence about the project, not its name (the
  // list's is), unless a student programme titles the project so (`GRASS GIS module for Sentinel-2
  // cloud and shadow detection`)
  // (nor one that starts with what is being done, in lower case: `State of compiling SENF on intrepid`)
  // (nor three words or more all in lower case, a description of the work, `new device interface
  // implementation` in `Summary of the new device interface implementation` on socketcan)
  const phrase = (own.split(/\s+/).length > 4 || /^\p{Ll}+ing\s+\S+\s+\S/u.test(own) || /^\p{Ll}+(?:\s+\p{Ll}+){2,}$/u.test(own)) && !/\b(?:g?soc|summer\s+of\s+code|code-?in|outreachy|season\s+of)\b/i.test(subject);
  // (`Bits from the DPL`: the community's leader writes on it, though the post spells the acronym out: `Debian Project Leader`)
  if (own && !phrase && /\bbits from\b/i.test(subject)) {
    const writer = withCommunity(own, community, all, subject);
    if (writer !== own && !writer.includes(own)) return asOneWord(writer, text);
  }
  // (a list a hosting service keeps for a whole field, `linux-kernel@vger.kernel.org`, is no community whose
  // bodies meet: `Minutes from Feb 21 LSE Call` are the LSE's)
  // (`MOTU Meeting Minutes` on ubuntu-motu, `LTS Meeting Notes` on debian-lts: the team the list is
  // named after meets, not the whole community)
  if (own && !phrase && community && own.toLowerCase() === listSubteam(listId, community)) return `${asWritten(community, all)} ${own}`;
  // (`"Remote Control" for Supertux -- status` on supertux-devel: a feature for the list's project is the project's)
  const forOwn = /\s+for\s+(\S+)$/i.exec(own);
  if (forOwn && community && projectKey(forOwn[1]) === projectKey(community)) return asOneWord(asWritten(community, all), all);
  if (own && !phrase) return asOneWord(withCommunity(expandAcronym(own, all), community, all, subject, hostedList(listId)), text);
  // a subject that names only the kind of post (`February 26, 2020 meeting notes`): the list's
  // team reports (`release-team@gnome.org` -> GNOME release team), or its community
  const team = listTeam(listId);
  // (`foundation-list@gnome.org`: the minutes a foundation's list publishes are the foundation's)
  if (team && /^foundation$/i.test(team)) return community ? `${asWritten(community, all)} Foundation` : '';
  if (team) return withCommunity(team, community, all, subject);
  // (`ubuntu-motu`, `debian-lts`, `ubuntu-desktop`: a list of one of the community's teams, named
  // after it, is that team's)
  // (when the post names the team so, `Desktop Team`, `Debian Women`: not a list's kind, `amsat-bb`, `ansol-geral`)
  const sub = listSubteam(listId, community);
  if (sub && namesTeam(sub, community, all)) return `${asWritten(community, all)} ${asWritten(sub, all)}`;
  return community ? asOneWord(asWritten(community, all), all) : kindOwner(subject, text);
}

/** The kind of post a subject names once its dates are gone: `Governance meeting` (`... Nov 17, 2021`), `Progress Report` (`...: November 2018`). */
const POST_KIND = /^((?:\p{L}[\p{L}'’]*\s+){0,2}?(?:meeting|minutes|notes|report|update|summary|newsletter|news|call|standup|stand-up))\b/iu;

/**
 * Whose post it is when neither its subject nor its list says (a web page of no list): the name the post
 * writes before the kind of post its subject names, `the Ryujinx May Progress Report` under `Progress Report
 * May 2022`, `Jenkins Governance Meeting` under `Governance meeting Nov 17, 2021`. '' when it never does.
 */
function kindOwner(subject: string, text: string): string {
  const kind = POST_KIND.exec(subject.replace(/^\s*(?:\[[^\]]{1,40}\]\s*)+/, '').trim())?.[1];
  if (!kind) return '';
  // (`Member's Meeting` as `members meeting`: the possessive and the plural as either)
  const words = kind.split(/\s+/).map((w) => `${anyCase(w.replace(/(?:['’]s|s['’]?|['’])$/iu, '').replace(/[^\p{L}\p{N}]/gu, ''))}(?:['’]?s|s['’])?`);
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])((?:\p{Lu}[\p{L}\p{N}.+-]*[ \t]+){1,3}?)${words.join('[ \\t]+')}(?![\p{L}\p{N}])`, 'gu');
  const votes = new Map<string, number>();
  for (const m of text.slice(0, 50_000).matchAll(re)) {
    // (not which or when: `the Ryujinx May Progress Report`, `Last Board Meeting`)
    const parts = m[1].trim().split(/\s+/);
    while (parts.length > 0 && NOT_QUALIFIER.test(parts[parts.length - 1].replace(/['’]s$/, ''))) parts.pop();
    while (parts.length > 0 && NOT_QUALIFIER.test(parts[0])) parts.shift();
    const name = parts.join(' ');
    if (!name || NOT_A_NAME.test(name.toUpperCase()) || words.some((w) => new RegExp(`^${w}$`, 'u').test(name))) continue;
    votes.set(name, (votes.get(name) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : '';
}

/** Does the text name `sub` as a team of the community: `Desktop Team`, `Debian Women` (words, not the list's address)? */
function namesTeam(sub: string, community: string, text: string): boolean {
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}@.-])(?:${sub}[ \t]+(?:team|group|working[ \t]+group|wg|council|squad|sig)|${community}[ \t]+${sub})(?![\p{L}\p{N}@-])`, 'iu');
  return re.test(text.slice(0, 50_000));
}

/** `motu` in `<ubuntu-motu.lists.ubuntu.com>` for ubuntu: the team a community's list is named after, past its kind; '' when none. */
function listSubteam(rawListId: string | null | undefined, community: string): string {
  let name = listName(rawListId);
  for (let k = 0; k < 3; k++) name = name.replace(LIST_NAME_SUFFIX, '');
  const m = /^([a-z\d]+)-([a-z]{2,12})$/.exec(name);
  return m && m[1] === community.toLowerCase() && !NOT_PROJECT_TAG.test(m[2]) && !/^(?:announce|devel|discuss|users?|list|news|general|private|interest|project|org|doc|docs|i18n|l10n|www|web|commits?|bugs?|patches|changes|cvs|svn|git|admin|help|support|misc|offtopic|chat|jobs)$/.test(m[2]) ? m[2] : '';
}

/**
 * A list tag's name, or '' when it is the community's name cut short (`[gst-devel]` on
 * gstreamer-devel: GStreamer): the community names it in full.
 */
function tagShortOf(tagged: string, community: string): string {
  const t = tagged.toLowerCase();
  const c = community.toLowerCase();
  // (a community of one word only: `racket-lang`, `riot-os`, `jelix-public` add a word to the tag's name, not letters)
  return t.length >= 2 && /^[a-z\d]+$/.test(c) && c.length > t.length && c.startsWith(t) ? '' : tagged;
}

const BODY_WORD = /^(?:board|council|committee)$/i;
// (nor a kind of post written in capitals over it: `MINUTES Council Meeting`; nor which or when a meeting was: `Last
// Board Meeting Minutes` (openSUSE 2016), `the draft minutes for the May Board meeting` (WPLUG 2006))
const NOT_QUALIFIER = new RegExp(String.raw`^(?:minutes|notes|agenda|summary|report|meeting|draft|all|both|the|this|that|our|your|their|its|a|an|new|old|incoming|outgoing|previous|next|last|latest|upcoming|recent|first|final|special|regular|annual|monthly|weekly|current|whole|full|entire|every|each|any|no|informational|interim|acting|former|if|when|and|or|but|as|at|by|for|from|in|of|on|to|with|${MONTHS}|${WEEKDAYS})$`, 'i');

/**
 * A subject naming a bare body (`Board`, `Council`) is that body as the post names it most
 * (`XSF Board`, `XMPP Council`): a capitalised word right before it. '' when the post never does.
 */
// (`Thunderbird Project Council`: the project's body, named by the project)
function qualifiedBody(own: string, text: string): string {
  const word = own.trim();
  if (!BODY_WORD.test(word)) return '';
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}-])([\p{L}\p{N}+]{0,10}\p{Lu}[\p{L}\p{N}+]{0,20})(?:[ \t]+([Pp]roject))?[ \t]+(?:${word[0].toUpperCase()}|${word[0].toLowerCase()})${word.slice(1).toLowerCase()}(?![\p{L}\p{N}])`, 'gu');
  const votes = new Map<string, number>();
  for (const m of text.slice(0, 50_000).matchAll(re)) {
    if (NOT_QUALIFIER.test(m[1])) continue;
    // (`## 3. Send Board agenda to the list`: a heading's first word, capitalised as any is)
    if (!m[2] && (m[1].match(/\p{Lu}/gu) ?? []).length < 2 && /(?:^|\n)[ \t]*(?:[#*=-]+[ \t]*)?(?:\d{1,2}[.)][ \t]*)?$/.test(text.slice(Math.max(0, m.index! - 40), m.index))) continue;
    // (`the XSF board`, `Horde Board`; not `Face 2 Face board`)
    if (!/\p{Lu}/u.test(m[0].slice(m[1].length).trim()[0]) && (m[1].match(/\p{Lu}/gu) ?? []).length < 2) continue;
    votes.set(m[1], (votes.get(m[1]) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  return best ? `${best[0]} ${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}` : '';
}

/** `QGIS PSC`: a committee's or council's acronym (`PSC`, `TAC`) as the text writes it after its organisation's name; '' when not. */
function qualifiedAcronym(own: string, text: string): string {
  const word = own.trim();
  if (!/^\p{Lu}{1,4}C$/u.test(word)) return '';
  const votes = new Map<string, number>();
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}+-]{1,20})[ \t]+${word}(?![\p{L}\p{N}])`, 'gu');
  for (const m of text.slice(0, 50_000).matchAll(re)) {
    if (NOT_QUALIFIER.test(m[1]) || COMMUNITY_KIND.test(m[1]) || /^(?:foundation|new|appoint|elect|moving|informed|approved)$/i.test(m[1])) continue;
    votes.set(m[1], (votes.get(m[1]) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  // (an organisation written in capitals, `QGIS`, `LFN`, or twice: not a sentence's first word, `Approve LC ...`)
  return best && (best[1] >= 2 || (best[0].match(/\p{Lu}/gu) ?? []).length >= 2) ? `${best[0]} ${word}` : '';
}

/** A body of two words or more, named without whose: `Steering Council`, `Marketing WG`, `Security Working Group`. */
const GROUP_NAME = /^(?:\p{Lu}[\p{L}-]*[ \t]+){1,3}(?:Council|Committee|Board|Working[ \t]+Group|Work[ \t]+Group|WG|SIG|Task[ \t]+Force|Module|Team|Group)$/u;

/**
 * `Python Steering Council`: a body of several words (GROUP_NAME) as the text writes it after its organisation's
 * name most (one or two capitalised words, `Open edX`, `Salt`); '' when the text never does, or as often two ways.
 */
function qualifiedGroup(own: string, text: string): string {
  const name = own.trim().replace(/\s+/g, ' ');
  if (!GROUP_NAME.test(name)) return '';
  // (not a body whose first word is a name the text writes on its own, `Fedora Leadership Group`: it says whose)
  const first = name.split(' ')[0];
  const alone = text.slice(0, 50_000).match(new RegExp(String.raw`(?<![\p{L}\p{N}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}]|[ \t]+${name.split(' ')[1]})`, 'gu'));
  // (a word any sentence writes in lower case too, `Infrastructure Team`, `Policy SIG`, names no one)
  const lower = first.toLowerCase() !== first && new RegExp(String.raw`(?<![\p{L}\p{N}])${first.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}])`, 'u').test(text.slice(0, 50_000));
  if ((alone?.length ?? 0) >= 3 && !lower) return '';
  // (the body's words in either case at their start, `steering council`: as a sentence writes them)
  const words = name.split(' ').map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1).toLowerCase()}`));
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}.-])((?:\p{Lu}[\p{L}\p{N}+-]{0,20}|\p{Ll}{1,4}\p{Lu}[\p{L}\p{N}+-]{0,20})(?:[ \t]+\p{Lu}[\p{L}\p{N}+-]{0,20})?)[ \t]+${words.join('[ \\t]+')}(?![\p{L}\p{N}])`, 'gu');
  const votes = new Map<string, number>();
  for (const m of text.slice(0, 50_000).matchAll(re)) {
    const parts = m[1].split(/[ \t]+/);
    while (parts.length > 0 && (NOT_QUALIFIER.test(parts[0]) || NOT_A_NAME.test(parts[0].toUpperCase()))) parts.shift();
    const org = parts.join(' ');
    if (!org || COMMUNITY_KIND.test(org) || NOT_A_NAME.test(org.toUpperCase()) || name.split(' ').includes(parts[parts.length - 1])) continue;
    votes.set(org, (votes.get(org) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best || (ranked.length > 1 && ranked[1][1] === best[1])) return '';
  // (written twice, or as a name is written in capitals, `OpenSSF`, `QGIS`: not a sentence's first word once)
  return best[1] >= 2 || (best[0].match(/\p{Lu}/gu) ?? []).length >= 2 ? `${best[0]} ${name}` : '';
}

/**
 * The body that steers a whole project reports on that project: `coreboot leadership`, `Zephyr
 * TSC`, `DPDK techboard`, `CentOS Board of Directors`, `GDAL Maintainers`, LibreOffice's `tech steering call` report on
 * coreboot, Zephyr, DPDK, CentOS, GDAL, LibreOffice
 * (users look for the project, not its steering body; named boards and councils, `openSUSE
 * Board`, `Perl Steering Council`, and teams stay as they are written; since parser 85 a board's name is keyed as
 * its organisation's, `openSUSE Board` as `openSUSE`, as a team's is: see projectKey).
 */
const GOVERNING = /(?:^|\s+|(?<=\p{L})-)(?:leadership(?:\s+team)?|lt|bod|maintainers|tsc|techboard|exec(?:utive)?\s+board|technical\s+(?:steering\s+)?board|technical\s+team|board\s+of\s+directors|oversight\s+board|governance\s+board|steering\s+committee|tech(?:nical)?\s+steering(?:\s+(?:call|group|committee))?|(?:project\s+)?leadership\s+committee)$/iu;

/** A name that is only the kind of community a list serves (`State of the LUG` on NBLUG's list): the list's community's. */
const COMMUNITY_KIND = /^(?:the\s+)?(?:lug|glug|linux\s+users?'?\s+group|users?'?\s+group|club|association|verein)$/i;

/** A governing body's name alone, without whose: `TC`, `Board`, `Technical Committee`. */
const BARE_BODY = /^\s*(?:tc|tsc|board|council|(?:technical |steering )?committee)\s*$/i;

/** A governing body named alone: `Board`, `TSC`, `Steering Committee`, `Board of Directors`, `General Assembly`. */
const BARE_GOVERNING = /^\s*(?:tc|tsc|psc|sc|board(?:\s+of\s+directors)?|council|steering\s+council|(?:technical\s+|steering\s+)?committee|general\s+assembly)\s*$/i;

/**
 * The organisation a page names most: `MariaDB Foundation`, `CHIPS Alliance`, `Open Knowledge Foundation` (a name of
 * one to four capitalised words before such a word), else the name it writes most in a name's own form (`MonoGame`);
 * '' when none, or two as often.
 */
function organisationOf(text: string): string {
  const votes = new Map<string, number>();
  const re = /(?<![\p{L}\p{N}.-])((?:\p{Lu}[\p{L}\p{N}+-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{N}+-]*)[ \t]+(Foundation|Alliance|Consortium|Initiative|Association)(?![\p{L}\p{N}])/gu;
  for (const m of text.slice(0, 50_000).matchAll(re)) {
    const parts = m[1].split(/[ \t]+/);
    while (parts.length > 0 && (NOT_QUALIFIER.test(parts[0]) || NOT_A_NAME.test(parts[0].toUpperCase()))) parts.shift();
    // (not the umbrella that hosts many, `the Linux Foundation`)
    if (parts.length === 0 || /(?:^|\s)linux$/i.test(parts.join(' '))) continue;
    const org = `${parts.join(' ')} ${m[2]}`;
    votes.set(org, (votes.get(org) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 0) return ranked.length === 1 || ranked[0][1] > ranked[1][1] ? ranked[0][0] : '';
  return '';
}

function ungoverned(name: string): string {
  return COMMUNITY_KIND.test(name.trim()) ? '' : name.replace(GOVERNING, '').trim();
}

/**
 * A List-Id written as the list's address (`public-webrtc@w3.org`, `ws-caf@lists.oasis-open.org`:
 * some archives keep it so) in the header's own form, `<public-webrtc.w3.org>`; any other as it is.
 */
function asListId(listId: string | null | undefined): string {
  const address = /^\s*([\w.+-]{1,100})@([\w-]+(?:\.[\w-]+)+)\s*$/.exec(listId ?? '');
  return address ? `<${address[1]}.${address[2]}>` : (listId ?? '');
}

/** Is the list kept by a hosting service (`<linux-kernel.vger.kernel.org>`), not by its community? */
function hostedList(rawListId: string | null | undefined): boolean {
  const m = /<([^<>\s]{3,200})>/.exec(asListId(rawListId)) ?? /(?:^|\s)([\w-]+(?:\.[\w-]+){2,})\s*$/.exec(asListId(rawListId));
  const labels = m ? hostLabels(m[1]) : [];
  return labels.length >= 3 && HOSTING.has(labels[labels.length - 2]) && /^[a-z\d]+-[a-z\d]+$/.test(labels[0].replace(LIST_NAME_SUFFIX, ''));
}

/** `plasma` in `<plasma-devel.kde.org>`: what the list is named after, list-name suffixes removed; '' when unknown. */
function listProduct(listId: string | null | undefined): string {
  let name = listName(listId);
  for (let k = 0; k < 3; k++) name = name.replace(LIST_NAME_SUFFIX, '');
  // (a list named after a one-letter project, `r-devel`: R's; not a bare letter)
  return (/^[a-z][\w-]{1,40}$/.test(name) || (name.length === 1 && name !== listName(listId))) && !NOT_PROJECT_TAG.test(name) ? name : '';
}

/** `plasma-devel` in `<plasma-devel.kde.org>`: the list's own name, in lower case; '' when unknown. */
function listName(rawListId: string | null | undefined): string {
  const listId = asListId(rawListId);
  const m = /<([^<>\s]{3,200})>/.exec(listId ?? '') ?? /(?:^|\s)([\w-]+(?:\.[\w-]+){2,})\s*$/.exec(listId ?? '');
  return m ? m[1].split('.')[0].toLowerCase() : '';
}

/** `release-team` in `<release-team.gnome.org>`: a list that is a team's own, as words; '' otherwise. */
function listTeam(rawListId: string | null | undefined): string {
  const listId = asListId(rawListId);
  const m = /<([^<>\s]{3,200})>/.exec(listId ?? '') ?? /(?:^|\s)([\w-]+(?:\.[\w-]+){2,})\s*$/.exec(listId ?? '');
  const name = m ? m[1].split('.')[0].replace(LIST_NAME_PREFIX, '').replace(/[-_]+/g, ' ') : '';
  if (/^foundation(?:\s+(?:list|announce|discuss))?$/i.test(name)) return 'foundation';
  // (the list's kind after the team, `board-discuss` on documentfoundation.org: the board's list; not `board discuss`)
  const team = name.replace(/\s+(?:discuss(?:ion)?|list|announce|talk|public)$/i, '');
  return team && TEAM_WORD.test(team) ? team : '';
}

/**
 * The version a release manager's subject counts down to (`12 weeks to 3.7 feature code cutoff`,
 * `3.6.0b4 snapshot today`: 3.7, 3.6.0), a candidate's or a beta's mark left out; '' when the
 * subject names no milestone or no one version (`3.7.1 and 3.6.7 Release Update` names two).
 */
function releaseCountedTo(subject: string): string {
  const s = subject.replace(/\[[^\]]*\]/g, ' ');
  if (!RELEASE_MILESTONE.test(s)) return '';
  const versions = new Set([...s.matchAll(/(?<![\w.])v?(\d+\.\d+(?:\.\d+)?)(?:[-.]?(?:rc|a|b|alpha|beta)\s*\d*)?(?![\w.]*\d)/gi)].map((m) => m[1]));
  return versions.size === 1 ? [...versions][0] : '';
}

/**
 * The release a countdown counts down to when its subject names only the week (`Release countdown
 * for week R-4`): the name its body gives the release's milestones, branch or cycle (`Rocky-3
 * milestone`, `stable/rocky`, `final Rocky releases`, `the Xena cycle`); the most named wins.
 */
function countdownRelease(text: string): string {
  const votes = new Map<string, number>();
  const re = /\b(\p{Lu}[a-z]{2,15})-\d\s+milestone|\bstable\/([a-z]{3,15})\b|\bfinal\s+(\p{Lu}[a-z]{2,15})\s+releases?\b|\b(?:the|this)\s+(\p{Lu}[a-z]{2,15})\s+(?:release\s+)?cycle\b/giu;
  for (const m of text.slice(0, 50_000).matchAll(re)) {
    const word = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
    if (/^(release|final|feature|next|this|the|development|master|main)$/.test(word)) continue;
    votes.set(word, (votes.get(word) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0].charAt(0).toUpperCase() + best[0].slice(1) : '';
}

/**
 * `PSC` is `Perl Steering Council` when the post spells it out (`Perl Steering Council (PSC)`, or the
 * capitalised words whose initials make it: `KDE Frameworks 5` for KF5, `Technical Committee` for
 * TC): the name a user would look for. The acronym stays when the post never spells it out, or
 * spells it in more than one way.
 */
export function expandAcronym(name: string, text: string): string {
  const acr = name.trim();
  if (!/^[\p{Lu}][\p{Lu}\d]{1,5}$/u.test(acr)) return name;
  const found = new Map<string, number>();
  // words with a capital (or a digit) each; `of`/`and`/`for`/`the` between them do not count
  // (a lookahead: the runs overlap, so `The Perl Steering Council` still holds `Perl Steering Council`)
  // (a hyphenated name is one word: `Tahoe-LAFS Weekly News` for TWN)
  // (`per` spells its letter out too: `One Laptop per Child` for OLPC)
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?=((?:(?:[\p{Lu}\d][\p{L}\d]*(?:-[\p{L}\d]+)*|per)(?:\s+(?:of|and|for|the|&)\s+|[ \t]+)){${acr.length - 1}}[\p{Lu}\d][\p{L}\d]*(?:-[\p{L}\d]+)*)(?![\p{L}\p{N}-]))`, 'gu');
  const sample = text.slice(0, 50_000);
  for (const m of sample.matchAll(re)) {
    const words = m[1].split(/\s+/).filter((w) => !/^(of|and|for|the|&)$/.test(w));
    if (words.length !== acr.length || words.join('') === acr) continue;
    if (!words.every((w, k) => (w[0] === acr[k] || (w === 'per' && acr[k] === 'P')) && (w.length > 1 || /\d/.test(w)))) continue;
    // the acronym itself, or words all in capitals, spell nothing out
    if (words.every((w) => w === w.toUpperCase())) continue;
    const phrase = words.join(' ');
    const after = m.index + m[1].length;
    found.set(phrase, (found.get(phrase) ?? 0) + (sample.slice(after, after + acr.length + 4).includes(`(${acr})`) ? 10 : 1));
  }
  if (found.size === 0) return name;
  const ranked = [...found].sort((a, b) => b[1] - a[1]);
  return ranked.length === 1 || ranked[0][1] > ranked[1][1] ? ranked[0][0] : name;
}

/** `Clang Built Linux` is `ClangBuiltLinux` when the post writes it as one word. */
function asOneWord(name: string, text: string): string {
  const words = name.trim().split(/[\s_-]+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[\p{L}\p{N}]+$/u.test(w))) return name;
  // (not a handle in a link, `x.com/apachehudi`, nor a name in lower case: a one-word name is written in capitals, `ClangBuiltLinux`)
  const m = new RegExp(String.raw`(?<![\p{L}\p{N}/@.])${words.join('')}(?![\p{L}\p{N}])`, 'iu').exec(text.slice(0, 50_000));
  return m && m[0] !== m[0].toLowerCase() ? m[0] : name;
}
