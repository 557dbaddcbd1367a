//! Highlighting for search results, done on the original text rather than the folded index,
//! so readers see the words as they were written (with their vowel marks and capitals) while
//! matching follows the same folding as the index.

use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;

use super::fold::{fold, is_joiner, is_word_char};

/// A piece of a snippet or title: plain text, or a match to show emphasised.
///
/// The UI renders these as text nodes, so content can never inject markup through a snippet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fragment {
    /// The text, exactly as written in the content.
    pub text: String,
    /// Whether this piece matched the query.
    pub hit: bool,
}

/// How many words of a text are searched for the first match to centre a snippet on.
const SCAN_WORDS: usize = 400;

struct Token<'a> {
    text: &'a str,
    is_word: bool,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let is_word = is_word_char(c) || is_combining_mark(c) || is_joiner(c);
        match current {
            Some(kind) if kind == is_word => {}
            Some(kind) => {
                out.push(Token {
                    text: &text[start..i],
                    is_word: kind,
                });
                start = i;
                current = Some(is_word);
            }
            None => current = Some(is_word),
        }
    }
    if let Some(kind) = current {
        out.push(Token {
            text: &text[start..],
            is_word: kind,
        });
    }
    out
}

/// Decides which words match the folded query terms.
struct Matcher<'t> {
    terms: &'t [String],
}

impl<'t> Matcher<'t> {
    fn new(terms: &'t [String]) -> Self {
        Matcher { terms }
    }

    fn matches(&mut self, word: &str) -> bool {
        let folded = fold(word);
        self.terms
            .iter()
            .any(|term| folded.starts_with(term.as_str()))
    }
}

fn push(fragments: &mut Vec<Fragment>, text: &str, hit: bool) {
    match fragments.last_mut() {
        Some(last) if last.hit == hit => last.text.push_str(text),
        _ => fragments.push(Fragment {
            text: text.to_owned(),
            hit,
        }),
    }
}

/// The whole of `text`, with every word that starts with one of the folded `terms` marked.
pub fn highlight(text: &str, terms: &[String]) -> Vec<Fragment> {
    let mut matcher = Matcher::new(terms);
    let mut fragments = Vec::new();
    for token in tokens(text) {
        push(
            &mut fragments,
            token.text,
            token.is_word && matcher.matches(token.text),
        );
    }
    fragments
}

/// A window of about `width` words of `text` around its first match, with an ellipsis where
/// text was cut; the start of the text when nothing matches.
pub fn snippet(text: &str, terms: &[String], width: usize) -> Vec<Fragment> {
    let tokens = tokens(text);
    let word_positions: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_word)
        .map(|(i, _)| i)
        .collect();
    let mut matcher = Matcher::new(terms);
    // A match further in than this is not worth the reader's scrolling nor our folding: the
    // snippet then shows the start of the text.
    let first_hit = word_positions
        .iter()
        .take(SCAN_WORDS)
        .position(|&i| matcher.matches(tokens[i].text))
        .unwrap_or(0);
    let lead = width / 4;
    let first_word = first_hit.saturating_sub(lead);
    let last_word = (first_word + width).min(word_positions.len());
    if word_positions.is_empty() {
        return Vec::new();
    }
    let from = word_positions[first_word];
    let to = word_positions[last_word - 1];
    let mut fragments = Vec::new();
    if first_word > 0 {
        push(&mut fragments, "… ", false);
    }
    for token in &tokens[from..=to] {
        push(
            &mut fragments,
            token.text,
            token.is_word && matcher.matches(token.text),
        );
    }
    if last_word < word_positions.len() {
        push(&mut fragments, " …", false);
    }
    fragments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(query: &str) -> Vec<String> {
        super::super::fold::words(&fold(query))
            .map(str::to_owned)
            .collect()
    }

    fn marked(fragments: &[Fragment]) -> String {
        fragments
            .iter()
            .map(|f| {
                if f.hit {
                    format!("[{}]", f.text)
                } else {
                    f.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn highlights_the_original_spelling() {
        let text = "Register with a GP. Registration is free.";
        assert_eq!(
            marked(&highlight(text, &terms("regist"))),
            "[Register] with a GP. [Registration] is free."
        );
    }

    #[test]
    fn highlights_vowelled_arabic_typed_without_vowels() {
        let text = "التسجيل في المَدْرَسَة مجاني";
        assert_eq!(
            marked(&highlight(text, &terms("مدرسه"))),
            "التسجيل في [المَدْرَسَة] مجاني"
        );
    }

    #[test]
    fn snippet_cuts_around_the_first_match() {
        let text = (1..=40)
            .map(|i| {
                if i == 30 {
                    "housing".to_owned()
                } else {
                    format!("w{i}")
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        let s = marked(&snippet(&text, &terms("hous"), 8));
        assert_eq!(s, "… w28 w29 [housing] w31 w32 w33 w34 w35 …");
    }

    #[test]
    fn snippet_without_match_is_the_start() {
        let s = marked(&snippet("one two three", &terms("zzz"), 2));
        assert_eq!(s, "one two …");
    }
}
