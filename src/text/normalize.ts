/**
 * Arabic-aware text normalization: small pure functions, one per phenomenon,
 * and {@link buildMatchView}, which applies all of them in one pass and keeps
 * an offset map back to the original text.
 */
import {
  ALEF_FORMS,
  ALEF_MAQSURA,
  DASHES,
  DIACRITIC_RANGES,
  DIGIT_ZEROS,
  DOUBLE_QUOTES,
  INVISIBLE_RANGES,
  PERSIAN_LETTERS,
  SINGLE_QUOTES,
  SPACE_RANGES,
  TATWEEL,
  TEH_MARBUTA,
} from './charmaps.js';

const inRanges = (c: number, ranges: ReadonlyArray<readonly [number, number]>) =>
  ranges.some(([a, b]) => c >= a && c <= b);
const charSet = (chars: string) => new Set(chars.split(''));
const mapChars = (s: string, f: (ch: string) => string) => {
  let out = '';
  for (let i = 0; i < s.length; i++) out += f(s[i]);
  return out;
};

const alefSet = charSet(ALEF_FORMS);
const doubleQuoteSet = charSet(DOUBLE_QUOTES);
const singleQuoteSet = charSet(SINGLE_QUOTES);
const dashSet = charSet(DASHES);
const COMBINING_LATIN: readonly [number, number] = [0x0300, 0x036f];

/** أ إ آ ٱ → ا */
export const normalizeAlef = (s: string): string => mapChars(s, (c) => (alefSet.has(c) ? 'ا' : c));
/** ى → ي */
export const normalizeAlefMaqsura = (s: string): string => mapChars(s, (c) => (c === ALEF_MAQSURA ? 'ي' : c));
/** Persian/Urdu ی ک ہ → Arabic ي ك ه */
export const normalizePersianLetters = (s: string): string => mapChars(s, (c) => PERSIAN_LETTERS[c] ?? c);
/** ة → ه (for matching only) */
export const normalizeTehMarbuta = (s: string): string => mapChars(s, (c) => (c === TEH_MARBUTA ? 'ه' : c));
/** Removes tatweel ـ */
export const removeTatweel = (s: string): string => mapChars(s, (c) => (c === TATWEEL ? '' : c));
/** Removes Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef) and combining Latin accents. */
export const removeDiacritics = (s: string): string =>
  mapChars(s, (c) => {
    const code = c.charCodeAt(0);
    return inRanges(code, DIACRITIC_RANGES) || (code >= COMBINING_LATIN[0] && code <= COMBINING_LATIN[1]) ? '' : c;
  });
/** Removes invisible format characters: direction marks, zero-width joiners, BOM, soft hyphen. */
export const removeInvisible = (s: string): string => mapChars(s, (c) => (inRanges(c.charCodeAt(0), INVISIBLE_RANGES) ? '' : c));
/** Eastern Arabic ٠-٩ and Persian ۰-۹ digits → ASCII 0-9 */
export const normalizeDigits = (s: string): string =>
  mapChars(s, (c) => {
    const code = c.charCodeAt(0);
    for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String.fromCharCode(48 + code - zero);
    return c;
  });
/** Every double quotation mark → `"`, every single one → `'`. */
export const normalizeQuotes = (s: string): string =>
  mapChars(s, (c) => (doubleQuoteSet.has(c) ? '"' : singleQuoteSet.has(c) ? "'" : c));
/** Unusual spaces → U+0020; dashes → `-`. */
export const normalizeSpacesAndDashes = (s: string): string =>
  mapChars(s, (c) => (inRanges(c.charCodeAt(0), SPACE_RANGES) ? ' ' : dashSet.has(c) ? '-' : c));
/** Arabic presentation forms (ﻻ، ﺍ …) → their base letters (NFKC, which may lengthen the text). */
export const normalizePresentationForms = (s: string): string =>
  mapChars(s, (c) => {
    const code = c.charCodeAt(0);
    if (!((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff))) return c;
    // Isolated harakat (ﹶ) decompose to a space and the mark: keep only the mark.
    const k = c.normalize('NFKC').trim();
    return k.length <= 3 ? k : c; // long honorific ligatures (ﷺ) stay whole
  });
/** Latin, Greek and Cyrillic letters → lower case without accents (É → e), one code unit for one. */
export const foldLatin = (s: string): string =>
  mapChars(s, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x41 || (code >= 0x0590 && code < 0x1e00) || code >= 0x2000) return c;
    const f = c.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return f.length === 1 ? f : c;
  });

/** Options of the matching normalization. */
export interface NormalizeOptions {
  /** Map ة to ه (default true): matching only, never shown to users. */
  tehMarbuta?: boolean;
}

/**
 * The matching normalization of one string: every phenomenon above, in order.
 * Normalizing twice gives the same string as normalizing once.
 * @example normalize('أولافُ شولتس') // 'اولاف شولتس'
 */
export function normalize(s: string, options: NormalizeOptions = {}): string {
  if (typeof s !== 'string') throw new TypeError(`normalize: argument "s" must be a string, got ${describe(s)}`);
  const table = getTable(options.tehMarbuta !== false);
  const { map, expansions } = table;
  let out = '';
  let from = 0; // start of the run of unchanged characters not yet copied
  for (let i = 0; i < s.length; i++) {
    let m = map[s.charCodeAt(i)];
    if (m === PENDING) m = fill(table, s.charCodeAt(i));
    if (m === s.charCodeAt(i)) continue; // kept as it is
    out += s.slice(from, i);
    from = i + 1;
    if (m >= 0) out += String.fromCharCode(m);
    else if (m <= EXPAND_BASE) out += expansions[EXPAND_BASE - m];
  }
  return from === 0 ? s : out + s.slice(from);
}

// ---- one-pass view with an offset map ----

// An entry of the table: the code unit a code unit becomes (itself when kept), or one of these.
const DROP_MARK = -2; // deleted, and the original span of the previous character grows over it
const DROP_INVISIBLE = -3; // deleted, attached to nothing
const PENDING = -4; // a code unit some phenomenon may apply to, not yet looked at
const EXPAND_BASE = -100;

interface Table {
  teh: boolean;
  map: Int32Array;
  expansions: string[];
}
const tables = new Map<boolean, Table>();

/** The per-phenomenon functions in pipeline order; the table is derived from them so both always agree. */
function normalizeCharSlow(c: string, teh: boolean): string {
  let s = normalizePresentationForms(c);
  s = removeInvisible(s);
  s = removeTatweel(removeDiacritics(s));
  s = normalizeAlef(normalizeAlefMaqsura(normalizePersianLetters(s)));
  if (teh) s = normalizeTehMarbuta(s);
  s = normalizeSpacesAndDashes(normalizeQuotes(normalizeDigits(s)));
  s = foldLatin(s);
  // A presentation form can expand into letters that themselves need a step above.
  return s.length > 1 ? [...s].map((ch) => normalizeCharSlow(ch, teh)).join('') : s;
}

/** Blocks where some phenomenon can apply; every other code unit is kept as it is. */
const CANDIDATE_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0041, 0x024f], // Latin
  [0x0300, 0x052f], // combining accents, Greek, Cyrillic
  [0x0600, 0x06ff], // Arabic
  [0x1e00, 0x1fff], // Latin extended additional, Greek extended
  [0x2000, 0x206f], // spaces, dashes, quotes, invisible marks
  [0x2100, 0x2183], // letterlike symbols, Roman numerals
  [0x2e42, 0x2e42],
  [0x3000, 0x301f],
  [0xfb50, 0xfdff], // Arabic presentation forms A
  [0xfe50, 0xfeff], // small forms, Arabic presentation forms B, BOM
  [0xff01, 0xff5e], // full-width ASCII
];
function* candidateCodes(): Generator<number> {
  for (const [a, b] of CANDIDATE_BLOCKS) for (let c = a; c <= b; c++) yield c;
  for (const s of [DOUBLE_QUOTES, SINGLE_QUOTES, DASHES]) for (let i = 0; i < s.length; i++) yield s.charCodeAt(i);
  for (const [a, b] of [...SPACE_RANGES, ...INVISIBLE_RANGES]) for (let c = a; c <= b; c++) yield c;
  yield 0x180e;
}

// The table is filled lazily, one code unit on first sight: a run meets a few hundred
// of the thousands of candidates, and start-up need not derive them all.
function getTable(teh: boolean): Table {
  let t = tables.get(teh);
  if (t) return t;
  const map = new Int32Array(0x10000);
  for (let code = 0; code < map.length; code++) map[code] = code;
  for (const code of candidateCodes()) map[code] = PENDING;
  t = { teh, map, expansions: [] };
  tables.set(teh, t);
  return t;
}

/** Derives and stores the entry of a candidate code unit. */
function fill(t: Table, code: number): number {
  const c = String.fromCharCode(code);
  const n = normalizeCharSlow(c, t.teh);
  let m: number;
  if (n.length === 0) m = inRanges(code, INVISIBLE_RANGES) ? DROP_INVISIBLE : DROP_MARK;
  else if (n.length === 1) m = n.charCodeAt(0);
  else {
    m = EXPAND_BASE - t.expansions.length;
    t.expansions.push(n);
  }
  return (t.map[code] = m);
}

/**
 * The normalized matching view of a text, with an offset map back to the original.
 * Normalized code unit `i` comes from `original.slice(starts[i], ends[i])`; a normalized
 * range `[a, b)` covers `original.slice(starts[a], ends[b - 1])`.
 */
export interface MatchView {
  /** The normalized text. */
  readonly text: string;
  /** Original start offset of each normalized code unit. */
  readonly starts: Int32Array;
  /** Original end offset of each normalized code unit (grown over deleted diacritics that follow it). */
  readonly ends: Int32Array;
  /** The original text. */
  readonly source: string;
}

/** Builds the {@link MatchView} of a text in one pass. */
export function buildMatchView(src: string, options: NormalizeOptions = {}): MatchView {
  return matchView(src, options.tehMarbuta !== false, false);
}

/**
 * {@link buildMatchView} for a document of the pipeline: where the view maps one to one onto
 * the text, its offsets are cut from one array shared by all such views, not copied. (Not for
 * callers of the public function, who own their view's arrays and may write to them.)
 */
export function documentView(src: string): MatchView {
  return matchView(src, true, true);
}

function matchView(src: string, teh: boolean, shareOffsets: boolean): MatchView {
  const table = getTable(teh);
  const { map, expansions } = table;
  const n = src.length;
  // The view is as long as the text at most, but for expansions (rare): only they grow the arrays.
  let b = scratchBuffer(n + 16);
  let out = b.units, starts = b.starts, ends = b.ends;
  // Whether a surrogate code unit went out: only then is the fast decoder unsafe (it would replace a lone one).
  let surrogates = false;
  // While every code unit becomes one, view unit i comes from text unit i: only the units are
  // written, and the offsets of that stretch are filled in one copy if the view ever departs from
  // the text (English text seldom does; Arabic text mostly late, at its first diacritic or tatweel).
  let i = 0;
  for (; i < n; i++) {
    const code = src.charCodeAt(i);
    let m = map[code];
    if (m === PENDING) m = fill(table, code);
    if (m < 0) break;
    if ((m & 0xf800) === 0xd800) surrogates = true;
    out[i] = m;
  }
  let len = i;
  if (i === n) {
    const offsets = identityOffsets(b, len, shareOffsets);
    return remember({ text: decodeUnits(out, len, surrogates), starts: offsets.starts, ends: offsets.ends, source: src }, out);
  }
  fillIdentity(starts, ends, len);
  for (; i < n; i++) {
    const code = src.charCodeAt(i);
    let m = map[code];
    if (m === PENDING) m = fill(table, code);
    if (m >= 0) {
      if (len === starts.length) { b = b.grown(len, len + 1); out = b.units; starts = b.starts; ends = b.ends; }
      if ((m & 0xf800) === 0xd800) surrogates = true;
      out[len] = m;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
    } else if (m === DROP_MARK) {
      if (len > 0 && ends[len - 1] === i) ends[len - 1] = i + 1;
    } else if (m <= EXPAND_BASE) {
      const e = expansions[EXPAND_BASE - m];
      if (len + e.length > starts.length) { b = b.grown(len, len + e.length); out = b.units; starts = b.starts; ends = b.ends; }
      for (let k = 0; k < e.length; k++) {
        if ((e.charCodeAt(k) & 0xf800) === 0xd800) surrogates = true;
        out[len] = e.charCodeAt(k);
        starts[len] = i;
        ends[len] = i + 1;
        len++;
      }
    }
    // DROP_INVISIBLE: nothing
  }
  const offsets = b.offsets(len);
  return remember({ text: decodeUnits(out, len, surrogates), starts: offsets.starts, ends: offsets.ends, source: src }, out);
}

/** Keeps `view` as the view built last, its code units in `units` (see {@link viewUnits}). */
function remember(view: MatchView, units: Uint16Array): MatchView {
  lastView = view;
  lastUnits = units;
  return view;
}

/**
 * 0, 1, 2 … shared by the views that map one to one onto their text (see {@link identityOffsets}).
 * Never written after it is made: a longer one replaces it, and views keep the one they were cut from.
 */
let identity = new Int32Array(0);

/** Most offsets a view takes from {@link identity}: a longer text gets its own, so that one huge text does not keep a huge shared array alive. */
const IDENTITY_MAX = 1 << 20;

/** The offsets of a view whose unit `k` is the text's unit `k`: starts `k`, ends `k + 1`; cut from {@link identity} when `share`. */
function identityOffsets(b: ViewBuffer, len: number, share: boolean): { starts: Int32Array; ends: Int32Array } {
  if (!share || len + 1 > IDENTITY_MAX) {
    fillIdentity(b.starts, b.ends, len);
    return b.offsets(len);
  }
  if (identity.length < len + 1) {
    identity = new Int32Array(Math.min(IDENTITY_MAX, Math.max(len + 1, 2 * identity.length, 1 << 12)));
    for (let k = 0; k < identity.length; k++) identity[k] = k;
  }
  return { starts: identity.subarray(0, len), ends: identity.subarray(1, len + 1) };
}

/** Writes the offsets of a one-to-one stretch `[0, len)`: starts `k`, ends `k + 1`. */
function fillIdentity(starts: Int32Array, ends: Int32Array, len: number): void {
  for (let k = 0; k < len; k++) {
    starts[k] = k;
    ends[k] = k + 1;
  }
}

/** The view built last and the buffer holding its code units (until the next view is built in it). */
let lastView: MatchView | null = null;
let lastUnits: Uint16Array = new Uint16Array(0);

/**
 * The code units of a view's text, to read where a string's `charCodeAt` costs more than an
 * array's index: the buffer the view was built in when it is the view built last (the tokenizer
 * reads the view right after it is built), else a copy. Read them before the next view is built.
 */
export function viewUnits(view: MatchView): Uint16Array {
  return view === lastView ? lastUnits : codeUnits(view.text);
}

/** The code units of a string, in an array of their own. */
export function codeUnits(s: string): Uint16Array {
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

/** The arrays a view is built in. */
class ViewBuffer {
  readonly units: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  /** Arrays of `capacity` entries. */
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** A buffer of at least `need` entries holding the first `len` of this one. */
  grown(len: number, need: number): ViewBuffer {
    const g = new ViewBuffer(Math.max(this.starts.length * 2, need));
    g.units.set(this.units.subarray(0, len));
    g.starts.set(this.starts.subarray(0, len));
    g.ends.set(this.ends.subarray(0, len));
    return g;
  }

  /**
   * Copies of the first `len` offsets, for the view to keep: both in one memory block (one
   * allocation instead of two, each of which costs more than the copy), exactly as long as needed.
   */
  offsets(len: number): { starts: Int32Array; ends: Int32Array } {
    const block = new Int32Array(2 * len);
    block.set(this.starts.subarray(0, len));
    block.set(this.ends.subarray(0, len), len);
    return { starts: block.subarray(0, len), ends: block.subarray(len) };
  }
}

/** Most entries the reused buffer of {@link scratchBuffer} holds: a longer text gets a buffer of its own. */
const SCRATCH_MAX = 1 << 20;
let scratch = new ViewBuffer(0);

/**
 * A buffer of at least `capacity` entries, reused from one view to the next: the view keeps
 * copies of its part, not the buffer itself (see {@link ViewBuffer.offsets}). Up to
 * {@link SCRATCH_MAX} entries; a longer text gets its own.
 */
function scratchBuffer(capacity: number): ViewBuffer {
  if (capacity > SCRATCH_MAX) return new ViewBuffer(capacity);
  if (scratch.starts.length < capacity) scratch = new ViewBuffer(Math.min(SCRATCH_MAX, Math.max(capacity, scratch.starts.length * 2)));
  return scratch;
}

/** Whether the host is little-endian: a Uint16Array's bytes are then UTF-16LE. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** What {@link decodeUnits} needs of Node's Buffer. */
interface ByteDecoder {
  from(bytes: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'utf16le'): string };
}

/**
 * Node's Buffer where there is one (the main entry runs in browsers too, so it is not imported):
 * its UTF-16LE decoding is one copy, about a tenth of TextDecoder's time for a page, and keeps
 * lone surrogates and a leading BOM as they are.
 */
const BYTES = LITTLE_ENDIAN ? ((globalThis as { Buffer?: ByteDecoder }).Buffer ?? null) : null;

/**
 * Else TextDecoder, several times faster than fromCharCode over chunks, where it exists; it
 * keeps a leading BOM as it is (ignoreBOM) but would replace lone surrogates.
 */
const UTF16 = LITTLE_ENDIAN && typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/** The string of the first `len` code units of `units`; `surrogates`: whether a surrogate code unit is among them. */
function decodeUnits(units: Uint16Array, len: number, surrogates: boolean): string {
  if (BYTES) return BYTES.from(units.buffer, units.byteOffset, 2 * len).toString('utf16le');
  if (UTF16 && !surrogates) return UTF16.decode(units.subarray(0, len));
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < len; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** A short description of a value for error messages. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v).slice(0, 40)}`;
}
