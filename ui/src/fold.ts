// Search folding for the public reader's offline search: the core's `search/fold.rs` written
// again in TypeScript. Both run the same table of cases (crates/core/tests/fold-cases.json,
// here in test/fold.test.ts), so a change to one that the other lacks fails a test.

const MARK = /^\p{M}$/u;
const WORD = /^[\p{Alphabetic}\p{N}]$/u;

/** Tatweel, zero-width non-joiner and joiner: they shape or stretch a word, never change it. */
const isJoiner = (c: string) => c === '\u0640' || c === '\u200C' || c === '\u200D';

/** Arabic and Ethiopic letters have no case. */
function isCaselessLetter(c: string): boolean {
  const n = c.codePointAt(0)!;
  return (n >= 0x0621 && n <= 0x064a) || (n >= 0x066e && n <= 0x06d3) || n === 0x06d5 || (n >= 0x1200 && n <= 0x135a);
}

export const isWordChar = (c: string) => WORD.test(c);

/** Accents are dropped after Latin, Greek and Cyrillic letters only (in Indic scripts a mark is a vowel). */
function dropsMarks(base: string | null): boolean {
  if (base === null) return false;
  const n = base.codePointAt(0)!;
  return /^[A-Za-z]$/.test(base) || (n >= 0xc0 && n <= 0x24f) || (n >= 0x370 && n <= 0x3ff) || (n >= 0x400 && n <= 0x4ff);
}

/** Harakat, Quranic marks, and the hamza/madda left by decomposing أ إ آ ؤ ئ. */
function isArabicMark(c: string): boolean {
  const n = c.codePointAt(0)!;
  return (n >= 0x0610 && n <= 0x061a) || (n >= 0x064b && n <= 0x065f) || n === 0x0670 || (n >= 0x06d6 && n <= 0x06ed);
}

const LETTERS: Record<string, string> = {
  'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ێ': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ے': 'ي',
  'ة': 'ه', 'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
  'ۆ': 'و',
  'ڵ': 'ل',
  'ڕ': 'ر', 'ڒ': 'ر',
  'ґ': 'г', 'Ґ': 'г',
  '\u2019': "'", '\u02BC': "'",
};

function foldLetter(c: string): string {
  const n = c.codePointAt(0)!;
  if (n >= 0x0660 && n <= 0x0669) return String(n - 0x0660);
  if (n >= 0x06f0 && n <= 0x06f9) return String(n - 0x06f0);
  return LETTERS[c] ?? c;
}

const ARTICLE_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

/** The definite article and fused prepositions, stripped when a stem of two letters remains. */
function stripArabicArticle(word: string): string {
  for (const prefix of ARTICLE_PREFIXES) {
    if (word.startsWith(prefix) && [...word.slice(prefix.length)].length >= 2) return word.slice(prefix.length);
  }
  return word;
}

/** For a word being typed that still shows its article: the letters after it. */
export function typedStem(foldedWord: string): string | null {
  for (const prefix of ARTICLE_PREFIXES) {
    if (foldedWord.startsWith(prefix)) return foldedWord.length > prefix.length ? foldedWord.slice(prefix.length) : null;
  }
  return null;
}

/** Folds text for searching, exactly as the core does. */
export function fold(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let folded = '';
  let word = '';
  let previousBase: string | null = null;
  let keptMarks = false;
  const flush = () => {
    folded += stripArabicArticle(word);
    word = '';
  };
  for (const ch of text) {
    for (const d of ch.normalize('NFD')) {
      if (MARK.test(d)) {
        if (!(dropsMarks(previousBase) || isArabicMark(d))) {
          keptMarks = true;
          word += d;
        }
        continue;
      }
      previousBase = d;
      if (isJoiner(d)) continue;
      const c = foldLetter(d);
      if (isCaselessLetter(c)) word += c;
      else if (isWordChar(c)) word += c.toLowerCase();
      else {
        flush();
        folded += c;
      }
    }
  }
  flush();
  return keptMarks ? folded.normalize('NFC') : folded;
}

/** The words of folded text. */
export function words(folded: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const c of folded) {
    if (isWordChar(c) || MARK.test(c)) word += c;
    else if (word) {
      out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}
