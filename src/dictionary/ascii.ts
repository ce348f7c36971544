/**
 * How the build keeps the bundled data ASCII. V8 holds a module's source, and each
 * string literal in it, at two bytes a character as soon as one character is past
 * Latin-1, and decodes non-ASCII UTF-8 slower: the Arabic of the dictionaries doubled
 * the memory and load time of the whole bundle. So stored text writes Arabic as ASCII:
 * a backtick toggles Arabic mode, in which the letters A–Z a–z stand for U+0621–U+0654
 * (the Arabic letters and harakat) and every other character for itself; `^` and four
 * hex digits stand for any other code unit (and for a backtick or `^` itself) in either
 * mode. Digits, spaces and punctuation need no switch, so a packed line of Arabic
 * entries is one run. Decoding is the identity on text with neither marker.
 */

const SHIFT = 0x60; // `
const ESC = 0x5e; // ^
/** The first Arabic code point of the mode, and how many follow it (one per ASCII letter). */
const BASE = 0x0621;
const SLOTS = 52;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Stores text as ASCII (build time). */
export function toAscii(text: string): string {
  const out: string[] = [];
  let arabic = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c - BASE;
    if (k >= 0 && k < SLOTS) {
      if (!arabic) { out.push('`'); arabic = true; }
      out.push(String.fromCharCode(k < 26 ? 65 + k : 97 + k - 26));
    } else if (c > 0x7e || c === SHIFT || c === ESC) {
      out.push('^' + c.toString(16).padStart(4, '0'));
    } else {
      if (arabic && isLetter(c)) { out.push('`'); arabic = false; }
      out.push(text[i]);
    }
  }
  return out.join('');
}

/** Turns code units into a string, a slice at a time (argument lists have a limit). */
function fromCodes(codes: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

/** The text that {@link toAscii} stored. */
export function fromAscii(stored: string): string {
  if (stored.indexOf('`') < 0 && stored.indexOf('^') < 0) return stored;
  const codes = new Uint16Array(stored.length);
  let n = 0;
  let arabic = false;
  for (let i = 0; i < stored.length; i++) {
    const c = stored.charCodeAt(i);
    if (c === SHIFT) arabic = !arabic;
    else if (c === ESC) { codes[n++] = parseInt(stored.slice(i + 1, i + 5), 16); i += 4; }
    else if (arabic && isLetter(c)) codes[n++] = BASE + (c <= 90 ? c - 65 : c - 97 + 26);
    else codes[n++] = c;
  }
  return fromCodes(codes, n);
}
