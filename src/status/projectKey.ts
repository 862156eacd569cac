/**
 * Project identity from a heading: `projectKey('  GlusterFS 4.0: ')` is `glusterfs4.0`.
 * Rules: Unicode NFKC, lower-case, accents on Latin letters dropped, quotes removed, punctuation stripped from both ends (a `)` only
 * when unbalanced), then `-`/`_`/`/` and whitespace dropped: one series writes `ClangBuiltLinux`
 * and `Clang-Built Linux`, `ArchLinux` and `Arch Linux`, and a user may type either. Internal dots
 * and digits are kept, but for a third version part that is `0` (`Xen 4.17.0` is `Xen 4.17`) and a
 * web address's `.org`, `.com`, `.coop`... (`Snowdrift.coop` is `Snowdrift`).
 * Plus alias declarations found in text (`JBR (formerly NSR)`, `X, previously Y`,
 * `renamed from Y to X`), so a renamed project can keep its history.
 */

export function projectKey(title: string): string {
  if (typeof title !== 'string') return '';
  // keys name projects: 300 characters are plenty, and the cap keeps the `...+$` patterns linear
  return title
    .slice(0, 300)
    .normalize('NFKC')
    .toLowerCase()
    // `Cimarrón` and `cimarron`, `München` and `munchen`: a list tag or a user often drops the accent
    .normalize('NFD')
    .replace(/(?<=[a-z])[\u0300-\u036f]+/g, '')
    .normalize('NFC')
    .replace(/['"`\u2018\u2019\u201c\u201d]/g, '')
    .replace(/[\s_\-\u2013\u2014/]+/g, ' ')
    .replace(/\s*\([^\p{L}\p{N}()]*\)\s*$/u, '')
    // (a name's own pluses stay: `C++`, `Notepad++`)
    .replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N})+]+$/gu, '')
    .replace(/^\((?![^()]*\))|(?<!\([^()]*)\)$/gu, '')
    .replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N})+]+$/gu, '')
    // `The Yocto Project`, `Yocto Project` and `Yocto` are one; `Tor Vegas team` is `Tor Vegas`:
    // an article and the word for the project or its people name nothing else (a name of its own stays)
    .replace(/^the (?=\S+)/, '')
    // `GNU Classpath` and `Classpath`, `Apache PLC4X` and `PLC4X`: the umbrella's name is often left out
    .replace(/^(?:gnu|apache) (?=\S+)/, '')
    // (and a standards body's: `W3C TAG` and `TAG`, `W3C SVG WG` and `SVG WG`, `OASIS OpenDocument TC` and `OpenDocument TC`,
    // as the minutes of its groups call them; not `OASIS Open`, the body itself)
    .replace(/^(?:w3c|oasis) (?!open$)(?=\S+)/, '')
    // (`RIPE Anti-Abuse WG` too; and an organisation's board, whose minutes tell the organisation's story: `Fedora Board
    // recap`, `TDF Board of Directors meeting`, `Geant4 Steering Board`, `Ubuntu Technical Board`, `Galaxy Exec Board`: the
    // body that steers a whole project, whose minutes the names of posts give to the project already (projectNames.ts'
    // GOVERNING); of the corpus's labels of board minutes, most name the organisation. Not a committee or a council, a
    // body with a story of its own: Debian's technical committee)
    .replace(/(?<=\S)(?<!\b(?:technical|administrative|steering)) (?:project|effort|initiative|team|(?<!\b(?:users?|working|expert|other) )group|subsystem|call|work ?group|working group|wg|(?:(?:technical|steering|advisory|executive|exec|governing|governance|oversight) )?board(?: of directors)?|exec|(?:technical )?steering (?:committee|group)|tsc)$/, '')
    // (and a steering committee or a TSC, as projectNames' GOVERNING names their posts: `Kubernetes Steering Committee`,
    // `Laminas TSC` are Kubernetes, Laminas; not a bare `Technical Steering Committee`, whose first word names no one;
    // and not a council, below)
    // (twice: `Fedora Project Board` is the Fedora Project's board, Fedora's)
    .replace(/(?<=\S)(?<!\b(?:technical|administrative|steering)) (?:project|effort|initiative|team|(?<!\b(?:users?|working|expert|other) )group|subsystem|call|work ?group|working group|wg|(?:(?:technical|steering|advisory|executive|exec|governing|governance|oversight) )?board(?: of directors)?|exec|(?:technical )?steering (?:committee|group)|tsc)$/, '')
    // (`Foreman Community`, `Ansible community`, `Flink community`: a project's community is the project, as its
    // newsletters and updates write it both ways)
    .replace(/(?<=\S) community$/, '')
    // (a users' group's committee is the group's board: `SLUG committee`, `WLUG committee` minutes are the LUG's)
    .replace(/^(\S*lug|.+ users? group) (?:executive )?(?:committee|council)$/, '$1')
    // (and a project's foundation, whose board's minutes are the foundation's: `GNOME Foundation`, `X.Org Foundation`,
    // `Haskell Foundation`; of one word only, not `Free Software Foundation` or `XMPP Standards Foundation`, and not the
    // Linux Foundation, an organisation that is not the Linux project's, or The Document Foundation; `SqueakFoundation` run
    // together too)
    .replace(/^(?!(?:linux|document) ?foundation$)(\S{2,}?) ?foundation$/, '$1')
    // (a technical committee is its TC: `OpenStack Technical Committee` and `OpenStack TC`, `Debian Technical Committee`
    // and `Debian TC`, as their reports call them both ways; still a body with a story of its own)
    .replace(/(?<=\S) technical committee$/, ' tc')
    // (`Linux kernel 2.6.19` and `Linux 2.6.19`, `Linux kernel` and `Linux`: the kernel is what Linux names, written
    // both ways by its own lists)
    .replace(/^linux kernel(?= |$)/, 'linux')
    // `GTK+` is `GTK` (renamed in 2019: one series writes both); `C++` keeps its pluses
    .replace(/(?<=\p{L})\+(?= |$)/gu, '')
    .replace(/^\++$/, '')
    .replace(/ /g, '')
    // `Snowdrift.coop` and `Snowdrift`, `mozdev.org` and `mozdev`: a project named by its web address
    .replace(/(?<=[\p{L}\p{N}]{2})\.(?:org|com|net|coop|io|info)$/u, '')
    // `Python 3.7.0` is `Python 3.7`: a feature release's `.0` names no other release
    .replace(/(?<![\d.])(\d+\.\d+)\.0(?![\d.]*\d)/g, '$1');
}

export interface AliasDeclaration {
  /** The current name. */
  name: string;
  /** The former name. */
  formerly: string;
}

// A name: 1-4 tokens, each starting with a capital letter or digit, or an all-caps acronym.
const NAME = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.+_-]*)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.+_-]*){0,3}`;
const FORMERLY = String.raw`(?:formerly(?:\s+(?:known\s+as|called))?|previously(?:\s+(?:known\s+as|called))?|n[ée]e|was)`;

const PAREN_RE = new RegExp(String.raw`(${NAME})\s*\(\s*${FORMERLY}\s+(${NAME})\s*\)`, 'gu');
const COMMA_RE = new RegExp(String.raw`(${NAME}),\s*${FORMERLY}\s+(${NAME})`, 'gu');
const RENAMED_FROM_RE = new RegExp(String.raw`[Rr]enamed\s+from\s+(${NAME})\s+to\s+(${NAME})`, 'gu');
const RENAMED_TO_RE = new RegExp(String.raw`(${NAME})\s+(?:has\s+been|was|got|is\s+being|is)\s+renamed\s+(?:to|as)\s+(${NAME})`, 'gu');

function clean(s: string): string {
  return s.replace(/[.,;:]+$/, '').trim();
}

/** Alias declarations in `text`, in order of appearance, duplicates removed. */
export function parseAliasDeclarations(text: string): AliasDeclaration[] {
  if (typeof text !== 'string' || !text) return [];
  const found: Array<{ at: number; name: string; formerly: string }> = [];
  const add = (at: number, name: string, formerly: string) => {
    const n = clean(name);
    const f = clean(formerly);
    if (n && f && projectKey(n) !== projectKey(f)) found.push({ at, name: n, formerly: f });
  };
  const flat = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const m of flat.matchAll(PAREN_RE)) add(m.index ?? 0, m[1], m[2]);
  for (const m of flat.matchAll(COMMA_RE)) add(m.index ?? 0, m[1], m[2]);
  for (const m of flat.matchAll(RENAMED_FROM_RE)) add(m.index ?? 0, m[2], m[1]);
  for (const m of flat.matchAll(RENAMED_TO_RE)) add(m.index ?? 0, m[2], m[1]);
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: AliasDeclaration[] = [];
  for (const f of found) {
    const k = projectKey(f.name) + '\u0000' + projectKey(f.formerly);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ name: f.name, formerly: f.formerly });
  }
  return out;
}
