//! Text folding for search: one function applied to text before it is indexed *and* to every
//! query, so that a word typed the way people really type finds the word as it was written.
//!
//! SQLite's `unicode61` tokenizer folds case and Latin accents only. Arabic-script text needs
//! more: vowel marks (harakat) split words inside the tokenizer, hamza and madda forms of alef
//! are typed inconsistently, Persian and Arabic keyboards produce different yeh and kaf, and
//! Sorani is often typed on an Arabic or Persian keyboard. So everything is folded here and the
//! tokenizer sees text that is already lower-case and mark-free.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folds text for indexing or querying.
///
/// NFC first (so decomposed input behaves like composed input), then per character: case,
/// Latin/Greek/Cyrillic accents, Arabic harakat and tatweel, alef forms, taa marbuta, alef
/// maqsura, Persian/Sorani/Urdu letter variants, and Eastern Arabic digits; then per word the
/// Arabic definite-article prefixes (`ال`, `وال`, `بال`, `كال`, `فال`, `لل`).
pub fn fold(text: &str) -> String {
    fold_with(text, false, true)
}

/// [`fold`] for text going into the search index: every character between words that is not
/// ASCII becomes a space. The index uses SQLite's `ascii` tokenizer, which splits only at
/// ASCII separators and takes every other character as part of a word; with the folding done
/// here, that tokenizer sees exactly the words [`words`] finds in a query, for about two thirds
/// of the indexing time `unicode61` took, looking every character up in its Unicode tables
/// again.
pub fn fold_for_index(text: &str) -> String {
    fold_with(text, true, true)
}

/// The folding itself: `spaced` for the index ([`fold_for_index`]); `shortcut` lets letters
/// that have no decomposition skip looking for one (false only in a test that checks the
/// shortcut changes nothing).
fn fold_with(text: &str, spaced: bool, shortcut: bool) -> String {
    // Most words in most queries and snippets are plain ASCII: no normalisation needed.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut folder = Folder {
        folded: String::with_capacity(text.len()),
        word: String::new(),
        previous_base: None,
        kept_marks: false,
        spaced,
    };
    // Decompose so that accents and hamza/madda become separate marks we can drop; letters of
    // other scripts are recomposed afterwards. (The NFD of any text equals the NFD of its NFC
    // form, so "NFC first" holds without composing first.)
    for ch in text.chars() {
        if shortcut && is_undecomposable_letter(ch) {
            folder.base(ch);
            continue;
        }
        // Per-character decomposition instead of a normalising iterator: marks are dropped or
        // recomposed below, so canonical reordering is not needed, and this is the hot loop
        // of snippet making and indexing.
        decompose_canonical(ch, |c| {
            if is_combining_mark(c) {
                folder.mark(c);
            } else {
                folder.base(c);
            }
        });
    }
    let Folder {
        mut folded,
        mut word,
        kept_marks,
        ..
    } = folder;
    flush_word(&mut word, &mut folded);
    // Only marks that were kept can recompose with their letters.
    if kept_marks {
        folded.nfc().collect()
    } else {
        folded
    }
}

/// The state of one [`fold_with`]: the text folded so far and the word being read.
struct Folder {
    folded: String,
    word: String,
    previous_base: Option<char>,
    kept_marks: bool,
    spaced: bool,
}

impl Folder {
    fn mark(&mut self, c: char) {
        if !(drops_marks(self.previous_base) || is_arabic_mark(c)) {
            self.kept_marks = true;
            self.word.push(c);
        }
    }

    fn base(&mut self, c: char) {
        self.previous_base = Some(c);
        if is_joiner(c) {
            return;
        }
        let c = fold_letter(c);
        if is_caseless_letter(c) {
            self.word.push(c);
        } else if is_word_char(c) {
            push_lowercase(&mut self.word, c);
        } else {
            flush_word(&mut self.word, &mut self.folded);
            self.folded
                .push(if self.spaced && !c.is_ascii() { ' ' } else { c });
        }
    }
}

/// Pushes `c` in lower case: ASCII and basic Cyrillic by their fixed offsets, the rest through
/// the Unicode tables (a search in them for each letter of a Ukrainian text was a tenth of the
/// time spent folding it).
fn push_lowercase(word: &mut String, c: char) {
    let shifted = |by: u32| char::from_u32(c as u32 + by).expect("a letter of the same block");
    match c {
        'A'..='Z' | '\u{0410}'..='\u{042F}' => word.push(shifted(0x20)),
        '\u{0400}'..='\u{040F}' => word.push(shifted(0x50)),
        'a'..='z' | '0'..='9' | '\u{0430}'..='\u{045F}' => word.push(c),
        _ => word.extend(c.to_lowercase()),
    }
}

/// Letters (and digits) of the guide's commonest scripts that have no canonical decomposition
/// and are not combining marks: ASCII, the Arabic block's letters and digits but for the
/// hamza and madda forms, Ethiopic syllables, and the basic Cyrillic letters but for й and the
/// Ukrainian ї. Most characters of most texts are one of these, and they skip the
/// decomposition tables.
fn is_undecomposable_letter(c: char) -> bool {
    c.is_ascii()
        || matches!(c,
            '\u{0621}' | '\u{0627}'..='\u{063A}' | '\u{0640}'..='\u{064A}'
            | '\u{0660}'..='\u{0669}' | '\u{0671}'..='\u{06BF}' | '\u{06C1}'
            | '\u{06C3}'..='\u{06D2}' | '\u{06D5}' | '\u{06F0}'..='\u{06F9}'
            | '\u{1200}'..='\u{135A}'
            | '\u{0410}'..='\u{0418}' | '\u{041A}'..='\u{0438}' | '\u{043A}'..='\u{044F}'
            | '\u{0454}' | '\u{0456}' | '\u{0490}' | '\u{0491}')
}

/// Splits folded text into the words a query is made of.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !is_word_char(c) && !is_combining_mark(c))
        .filter(|w| !w.is_empty())
}

/// Tatweel (kashida) only stretches a word and a zero-width joiner only shapes it. The
/// zero-width non-joiner sits inside Persian words (`می‌خواهم`), which people type joined, with
/// it, or with a space: dropping it makes the joined form match and the spaced form match by
/// prefix.
pub(crate) fn is_joiner(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}')
}

/// Letters of the Arabic and Ethiopic blocks have no case: no lower-casing table to consult.
fn is_caseless_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{1200}'..='\u{135A}')
}

/// True for characters that belong inside a word, as the search tokenizer sees them.
pub(crate) fn is_word_char(c: char) -> bool {
    // Letters of the guide's commonest scripts answer without the Unicode property tables,
    // which otherwise cost more than anything else in making a result's snippet.
    c.is_ascii_alphanumeric() || is_common_letter(c) || (!c.is_ascii() && c.is_alphanumeric())
}

/// Letters and digits of Latin-1, basic Cyrillic, Arabic and Ethiopic that are alphanumeric
/// (a test checks every one of them against the Unicode tables).
fn is_common_letter(c: char) -> bool {
    matches!(c,
        '\u{00C0}'..='\u{00D6}' | '\u{00D8}'..='\u{00F6}' | '\u{00F8}'..='\u{024F}'
        | '\u{0400}'..='\u{0481}' | '\u{0620}'..='\u{0657}' | '\u{0659}'..='\u{0669}'
        | '\u{066E}'..='\u{06D3}' | '\u{06F0}'..='\u{06FC}' | '\u{1200}'..='\u{1248}'
        | '\u{1250}'..='\u{1256}' | '\u{1260}'..='\u{1288}' | '\u{12C8}'..='\u{12D6}'
        | '\u{12D8}'..='\u{1310}' | '\u{1318}'..='\u{135A}')
}

fn flush_word(word: &mut String, out: &mut String) {
    out.push_str(strip_arabic_article(word));
    word.clear();
}

const ARTICLE_PREFIXES: [&str; 6] = ["وال", "بال", "كال", "فال", "لل", "ال"];

/// The definite article and the prepositions fused with it: `السكن`, `بالسكن` and `سكن` are
/// all found by `سكن`. Only stripped when a real stem (two letters or more) remains.
fn strip_arabic_article(word: &str) -> &str {
    for prefix in ARTICLE_PREFIXES {
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= 2
        {
            return rest;
        }
    }
    word
}

/// For a word being typed that still shows its article (`الس` on the way to `السكن`): the
/// letters after the article, which the index holds without it. `None` when there is no
/// article or nothing after it.
pub(crate) fn typed_stem(folded_word: &str) -> Option<&str> {
    ARTICLE_PREFIXES
        .iter()
        .find_map(|prefix| folded_word.strip_prefix(prefix))
        .filter(|rest| !rest.is_empty())
}

/// Accents are dropped after Latin, Greek and Cyrillic letters only: in Indic scripts a
/// combining mark is a vowel, and dropping it would merge different words.
fn drops_marks(base: Option<char>) -> bool {
    matches!(base, Some(c) if c.is_ascii_alphabetic()
        || ('\u{00C0}'..='\u{024F}').contains(&c)
        || ('\u{0370}'..='\u{03FF}').contains(&c)
        || ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// Harakat, Quranic annotation marks, and the hamza/madda marks left by decomposing أ إ آ ؤ ئ.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

fn fold_letter(c: char) -> char {
    match c {
        // Alef wasla (أ إ آ decompose to bare alef plus a dropped mark).
        '\u{0671}' => 'ا',
        // Alef maqsura, Persian yeh, Sorani yeh with v, Pashto yehs, and the Urdu yeh barree
        // a Persian phone keyboard offers beside yeh (`هاے` typed for `های`): Arabic yeh.
        'ى' | 'ی' | 'ێ' | 'ې' | 'ۍ' | 'ے' => 'ي',
        // Taa marbuta, Sorani ae, heh doachashmee, heh goal: heh.
        'ة' | 'ە' | 'ھ' | 'ہ' => 'ه',
        // Persian keheh and swash kaf: Arabic kaf.
        'ک' | 'ڪ' => 'ك',
        // Sorani letters commonly typed without their marks on an Arabic keyboard.
        'ۆ' => 'و',
        'ڵ' => 'ل',
        // Reh with small v below (U+0692) is how some Kurdish keyboards type Sorani's reh
        // with v above (U+0695).
        'ڕ' | 'ڒ' => 'ر',
        // Ukrainian ge is often typed as he.
        'ґ' | 'Ґ' => 'г',
        // Arabic-Indic and Persian digits: ASCII, so "٢٨" finds "28".
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        // Typographic apostrophes, so "can’t" and "can't" tokenise alike.
        '\u{2019}' | '\u{02BC}' => '\'',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{
        fold, fold_with, is_common_letter, is_undecomposable_letter, is_word_char, push_lowercase,
    };

    proptest! {
        /// Letters that skip the decomposition tables fold exactly as they would through them,
        /// on text mixing them with marks, composed letters and punctuation.
        #[test]
        fn the_shortcut_for_plain_letters_changes_nothing(
            text in "[\\u{0600}-\\u{06FF}\\u{1200}-\\u{137F}\\u{0400}-\\u{04FF}a-zA-Z\\u{00C0}-\\u{00FF} .,\\u{0301}\\u{0308}\\u{200C}]{0,40}",
            spaced in any::<bool>(),
        ) {
            prop_assert_eq!(fold_with(&text, spaced, true), fold_with(&text, spaced, false));
        }
    }

    #[test]
    fn no_plain_letter_has_a_decomposition_or_is_a_mark() {
        use unicode_normalization::char::{decompose_canonical, is_combining_mark};
        for c in (0..=0x1400u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_undecomposable_letter(c))
        {
            let mut parts = Vec::new();
            decompose_canonical(c, |p| parts.push(p));
            assert_eq!(parts, [c], "{c:?} decomposes");
            assert!(!is_combining_mark(c), "{c:?} is a mark");
        }
    }

    #[test]
    fn the_common_letters_shortcut_agrees_with_the_unicode_tables() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            if is_common_letter(c) {
                assert!(c.is_alphanumeric(), "{c:?} is not a letter or digit");
            }
        }
    }

    #[test]
    fn the_lowercase_shortcut_agrees_with_the_unicode_tables() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut word = String::new();
            push_lowercase(&mut word, c);
            assert_eq!(word, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    /// Each pair: how the word is written in the content, how a person types it.
    fn assert_same(cases: &[(&str, &str)]) {
        for (written, typed) in cases {
            assert_eq!(
                fold(written),
                fold(typed),
                "{written:?} and {typed:?} should fold alike"
            );
        }
    }

    #[test]
    fn arabic_alef_forms_fold_to_bare_alef() {
        assert_same(&[
            ("أسرة", "اسرة"),
            ("إقامة", "اقامة"),
            ("آمن", "امن"),
            ("ٱلله", "الله"),
        ]);
    }

    #[test]
    fn arabic_harakat_and_tatweel_are_ignored() {
        assert_same(&[
            ("مَدْرَسَة", "مدرسة"),
            ("السَّكَن", "السكن"),
            ("لاجِئٌ", "لاجئ"),
            ("صحــــة", "صحة"),
        ]);
    }

    #[test]
    fn taa_marbuta_and_alef_maqsura() {
        assert_same(&[("مدرسة", "مدرسه"), ("مستشفى", "مستشفي")]);
    }

    #[test]
    fn persian_and_arabic_yeh_and_kaf_are_one_letter() {
        assert_same(&[
            ("پزشک", "پزشك"),
            ("کمک", "كمك"),
            ("خانه‌ی", "خانهي"),
            ("ایران", "ايران"),
        ]);
    }

    #[test]
    fn arabic_definite_article_and_fused_prepositions() {
        assert_same(&[
            ("السكن", "سكن"),
            ("بالسكن", "سكن"),
            ("والعمل", "عمل"),
            ("للعمل", "عمل"),
        ]);
        // A short word that only looks like it starts with the article keeps it.
        assert_eq!(fold("الم"), "الم");
    }

    #[test]
    fn sorani_typed_on_an_arabic_keyboard() {
        assert_same(&[("خوێندن", "خويندن"), ("تەندروستی", "تهندروستي")]);
    }

    #[test]
    fn urdu_and_kurdish_keyboard_letters_in_persian_and_sorani() {
        assert_same(&[
            // Yeh barree (U+06D2) typed for the final yeh of a Persian plural.
            ("های", "هاے"),
            ("هاي", "هاے"),
            ("کمک‌های", "کمک‌هاے"),
            // Reh with small v below (U+0692) typed for Sorani's reh with v above (U+0695).
            ("ڕێگا", "\u{0692}ێگا"),
            ("بەڕێوەبەر", "بە\u{0692}ێوەبەر"),
        ]);
    }

    #[test]
    fn eastern_arabic_digits_are_ascii_digits() {
        assert_same(&[("٢٨ يوم", "28 يوم"), ("۲۸ روز", "28 روز")]);
    }

    #[test]
    fn decomposed_text_folds_like_composed_text() {
        // أ written as alef + combining hamza above.
        assert_same(&[("\u{0627}\u{0654}سرة", "أسرة")]);
        // é written as e + combining acute.
        assert_same(&[("caf\u{0065}\u{0301}", "café")]);
    }

    #[test]
    fn latin_and_cyrillic_case_and_accents() {
        assert_same(&[
            ("Médecin", "medecin"),
            ("ÉCOLE", "ecole"),
            ("Житло", "житло"),
            ("ґрант", "грант"),
            ("Її", "\u{0456}\u{0456}"),
        ]);
    }

    #[test]
    fn other_scripts_are_kept() {
        // Tigrinya (Ge'ez) has no case or marks to fold: it must come through unchanged.
        assert_eq!(fold("ገዛ ንምርካብ"), "ገዛ ንምርካብ");
        // Devanagari vowel signs are combining marks that carry meaning: kept.
        assert_eq!(fold("हिंदी"), "हिंदी");
    }
}
