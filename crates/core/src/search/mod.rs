//! Offline search: folding text for the index and for queries, turning what a person typed
//! into an FTS5 query, and the result types. The SQL lives in `store::search`.

pub mod fold;
pub mod snippet;
pub mod synonyms;

use pulldown_cmark::{Event, Parser, TagEnd};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::language::LanguageTag;
use crate::topic::Topic;
pub use snippet::Fragment;
use synonyms::Group;

/// At most this many words of a query are used: a pasted paragraph must not become a query
/// that takes seconds.
const MAX_QUERY_WORDS: usize = 8;

/// What a person typed, folded and split into the words to match by prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// One entry per typed word (or typed phrase a synonym names): the alternatives any of
    /// which may match it, each one word or several words to match as a phrase.
    words: Vec<Vec<String>>,
    terms: Vec<String>,
}

impl Query {
    /// Parses free text. Punctuation and FTS5 syntax are treated as separators, never as
    /// operators, so no input can make the query fail.
    pub fn parse(text: &str) -> Query {
        Query::parse_with(text, &[])
    }

    /// Parses free text, widening each word or phrase that belongs to a synonym group to the
    /// whole group.
    pub(crate) fn parse_with(text: &str, groups: &[Group]) -> Query {
        let folded = fold::fold(text);
        let typed: Vec<&str> = fold::words(&folded).collect();
        let mut words: Vec<Vec<String>> = Vec::new();
        let mut i = 0;
        while i < typed.len() && words.len() < MAX_QUERY_WORDS {
            let start = i;
            // The longest synonym member starting at this word, across every group.
            let matches = |member: &Vec<String>| {
                typed.len() >= start + member.len()
                    && member
                        .iter()
                        .zip(&typed[start..])
                        .all(|(m, t)| m.as_str() == *t)
            };
            let span = groups
                .iter()
                .flatten()
                .filter(|m| matches(m))
                .map(Vec::len)
                .max()
                .unwrap_or(1);
            let phrase = typed[start..start + span].join(" ");
            i += span;
            if words.iter().any(|w| w[0] == phrase) {
                continue;
            }
            let mut spellings = vec![phrase.clone()];
            // `الس` typed on the way to `السكن`: the index holds `سكن`.
            if span == 1
                && let Some(stem) = fold::typed_stem(&phrase)
            {
                spellings.push(stem.to_owned());
            }
            for group in groups {
                if group.iter().any(|m| m.len() == span && matches(m)) {
                    for member in group {
                        let member = member.join(" ");
                        if !spellings.contains(&member) {
                            spellings.push(member);
                        }
                    }
                }
            }
            words.push(spellings);
        }
        let mut terms: Vec<String> = Vec::new();
        for term in words.iter().flatten().flat_map(|a| a.split(' ')) {
            if !terms.iter().any(|t| t == term) {
                terms.push(term.to_owned());
            }
        }
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

    /// The FTS5 expression: every word must match, each as a prefix, in any of its spellings
    /// (a phrase's last word as a prefix).
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

    fn groups(members: &[&[&str]]) -> Vec<Group> {
        let mut synonyms = synonyms::Synonyms::default();
        synonyms.0.insert(
            "en".parse().unwrap(),
            members
                .iter()
                .map(|g| g.iter().map(|m| m.to_string()).collect())
                .collect(),
        );
        synonyms.groups_for(&"en".parse().unwrap())
    }

    #[test]
    fn synonyms_widen_a_word_or_a_phrase_to_their_group() {
        let g = groups(&[&["dole", "Universal Credit"], &["doctor", "GP"]]);
        let q = Query::parse_with("Dole money", &g);
        assert_eq!(
            q.fts_expression(),
            "(\"dole\"* OR \"universal credit\"*) AND \"money\"*"
        );
        let q = Query::parse_with("universal credit", &g);
        assert_eq!(q.fts_expression(), "(\"universal credit\"* OR \"dole\"*)");
        assert_eq!(q.terms(), ["universal", "credit", "dole"]);
        // Only a whole word is a synonym: "doc" on the way to "doctor" stays a prefix.
        assert_eq!(Query::parse_with("doc", &g).fts_expression(), "\"doc\"*");
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
