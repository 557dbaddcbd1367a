//! Offline search: folding text for the index and for queries, turning what a person typed
//! into an FTS5 query, and the result types. The SQL lives in `store::search`.

pub mod fold;
pub mod snippet;

use pulldown_cmark::{Event, Parser, TagEnd};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::language::LanguageTag;
use crate::topic::Topic;
pub use snippet::Fragment;

/// At most this many words of a query are used: a pasted paragraph must not become a query
/// that takes seconds.
const MAX_QUERY_WORDS: usize = 8;

/// What a person typed, folded and split into the words to match by prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// One entry per typed word: the spellings any of which may match it.
    words: Vec<Vec<String>>,
    terms: Vec<String>,
}

impl Query {
    /// Parses free text. Punctuation and FTS5 syntax are treated as separators, never as
    /// operators, so no input can make the query fail.
    pub fn parse(text: &str) -> Query {
        let folded = fold::fold(text);
        let mut words: Vec<Vec<String>> = Vec::new();
        for word in fold::words(&folded) {
            if words.iter().any(|w| w[0] == word) {
                continue;
            }
            let mut spellings = vec![word.to_owned()];
            // `الس` typed on the way to `السكن`: the index holds `سكن`.
            if let Some(stem) = fold::typed_stem(word) {
                spellings.push(stem.to_owned());
            }
            words.push(spellings);
            if words.len() == MAX_QUERY_WORDS {
                break;
            }
        }
        let terms = words.iter().flatten().cloned().collect();
        Query { words, terms }
    }

    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Every folded spelling, for highlighting.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// The FTS5 expression: every word must match, each as a prefix, in any of its spellings.
    pub(crate) fn fts_expression(&self) -> String {
        let quote = |t: &String| format!("\"{}\"*", t.replace('"', "\"\""));
        self.words
            .iter()
            .map(|spellings| match spellings.as_slice() {
                [one] => quote(one),
                many => format!(
                    "({})",
                    many.iter().map(quote).collect::<Vec<_>>().join(" OR ")
                ),
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    }
}

/// One article found by a search, in the language it was found in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// The article's id.
    pub article_id: Uuid,
    /// The article's slug.
    pub slug: String,
    /// The article's topic.
    pub topic: Topic,
    /// The language of the matching translation.
    pub lang: LanguageTag,
    /// True when `lang` is not the language asked for but one of its fallbacks.
    pub is_fallback: bool,
    /// True when this translation was made from an older revision of the English source.
    pub stale: bool,
    /// The title, with matches marked.
    pub title: Vec<Fragment>,
    /// A few lines of the summary or body around the first match.
    pub snippet: Vec<Fragment>,
}

/// The plain text of a Markdown document: what is indexed and what snippets are cut from, so
/// link targets and Markdown syntax never match a query or show in a snippet.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => text.push('\n'),
            _ => {}
        }
    }
    text.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_syntax_is_never_an_operator() {
        let q = Query::parse("housing\" OR NEAR(x) * -gp");
        assert_eq!(q.terms(), ["housing", "or", "near", "x", "gp"]);
        assert_eq!(
            q.fts_expression(),
            "\"housing\"* AND \"or\"* AND \"near\"* AND \"x\"* AND \"gp\"*"
        );
    }

    #[test]
    fn empty_and_punctuation_only_queries_are_empty() {
        assert!(Query::parse("").is_empty());
        assert!(Query::parse(" ?! … ").is_empty());
    }

    #[test]
    fn plain_text_drops_markdown_syntax_and_link_targets() {
        let md = "## Heading\n\nSee [the council](https://example.org/x) **now**.\n\n- one\n- two";
        assert_eq!(plain_text(md), "Heading\nSee the council now.\none\ntwo");
    }
}
