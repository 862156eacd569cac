/** From: header parsing for pipermail's obfuscated and plain address shapes. */

export interface Author {
  name: string;
  address: string | null;
}

/** Undo pipermail's `user at host` obfuscation (only the exact one-token shape). */
export function deobfuscate(s: string): string {
  const m = /^\s*(\S+) at (\S+)\s*$/.exec(s);
  return m ? `${m[1]}@${m[2]}` : s.trim();
}

const ADDR = /^[^\s@<>()]+@[^\s@<>()]+$/;

function unquote(s: string): string {
  let t = s.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) t = t.slice(1, -1).replace(/\\(.)/g, '$1');
  return t.trim();
}

/**
 * Parse an (already RFC 2047-decoded) From value:
 * `user at host (Name)`, `Name <user at host>`, `"Name" <user@host>`, `user@host`,
 * `Name user@host` (pre-2.1), `user at host`. The name falls back to the address.
 */
export function parseFrom(value: string | undefined | null): Author {
  // (only runs of white space and non-space white space replaced: the same text, most values have neither)
  const v = (value ?? '').replace(/\s{2,}|[^\S ]/g, ' ').trim();
  if (!v) return { name: '', address: null };
  let m = /^(.*?)<([^<>]*)>\s*(?:\((.*)\))?$/.exec(v);
  if (m) {
    const address = deobfuscate(m[2]) || null;
    const name = unquote(m[1]) || (m[3] ? m[3].trim() : '') || address || '';
    return { name: normaliseName(name, address), address };
  }
  m = /^(\S+(?: at \S+)?)\s*\((.*)\)\s*$/.exec(v);
  if (m) {
    const address = deobfuscate(m[1]);
    return { name: normaliseName(unquote(m[2]) || address, address), address };
  }
  const whole = deobfuscate(v);
  if (ADDR.test(whole)) return { name: whole, address: whole };
  m = /^(.*\S)\s+(\S+@\S+)$/.exec(v); // "Glyph Lefkowitz glyph@divunal.com"
  if (m && ADDR.test(m[2])) return { name: unquote(m[1]), address: m[2] };
  m = /^(.*\S)\s+(\S+ at \S+)$/.exec(v);
  if (m) return { name: unquote(m[1]), address: deobfuscate(m[2]) };
  return { name: unquote(v), address: null };
}

/** A name that is just the obfuscated address becomes the address. */
function normaliseName(name: string, address: string | null): string {
  const d = deobfuscate(name);
  if (address && d === address) return address;
  return name;
}
