//! Offline search: folding text for the index and for queries, turning what a person typed
//! into an FTS5 query, and the result types. The SQL lives in `store::search`.

pub mod fold;
pub mod snippet;
pub mod synonyms;

use std::collections::HashMap;

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
    /// Every word is of one letter: see [`Query::is_titles_only`].
    titles_only: bool,
}

/// True when `spelling` ends in a word of one letter, matched as a prefix. A digit is not
/// one: few words start with one (`form 7`), so it narrows a query and costs little.
fn ends_in_one_letter(spelling: &str) -> bool {
    spelling.rsplit(' ').next().is_some_and(is_one_letter)
}

fn is_one_letter(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if !c.is_numeric())
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
        // A word of one letter (`a`, or `الس`, typed as far as the article and one letter of
        // the word the index holds without it) starts words in nearly every article: it
        // narrows nothing beside longer words, which are searched without it, and alone it
        // is searched in titles and summaries only, whose index has one-letter prefixes.
        let short = |spellings: &Vec<String>| spellings.iter().any(|s| ends_in_one_letter(s));
        let titles_only = !words.is_empty() && words.iter().all(short);
        if !titles_only {
            words.retain(|spellings| !short(spellings));
        }
        let mut terms: Vec<String> = Vec::new();
        for term in words.iter().flatten().flat_map(|a| a.split(' ')) {
            if !terms.iter().any(|t| t == term) {
                terms.push(term.to_owned());
            }
        }
        Query {
            words,
            terms,
            titles_only,
        }
    }

    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every word is of one letter (or has a spelling of one letter): such a query
    /// is matched in titles and summaries only.
    pub fn is_titles_only(&self) -> bool {
        self.titles_only
    }

    /// Every folded spelling, for highlighting.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// The FTS5 expression: every word must match, each as a prefix, in any of its spellings
    /// (a phrase's last word as a prefix).
    #[cfg(test)]
    pub(crate) fn fts_expression(&self) -> String {
        self.word_expressions(&HashMap::new())
            .expect("a prefix left as a prefix can match")
            .into_iter()
            .map(|w| w.ranking)
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// The last word of every spelling: the prefixes the query matches, but for those of one
    /// letter (which have an index of their own).
    pub(crate) fn prefixes(&self) -> impl Iterator<Item = &str> {
        self.words
            .iter()
            .flatten()
            .filter_map(|spelling| spelling.rsplit(' ').next())
            .filter(|last| !is_one_letter(last))
    }

    /// Each word of the query as FTS5 expressions, with each prefix found in `expansions`
    /// spelled out as exactly the words listed for it for matching (FTS5 then reads each
    /// word's posting list only as far as it needs, where a prefix makes it merge every list
    /// in full first); a prefix listed with no words matches nothing. `None` when some word of
    /// the query then can match nothing.
    pub(crate) fn word_expressions(
        &self,
        expansions: &HashMap<String, Vec<String>>,
    ) -> Option<Vec<WordExpressions>> {
        let quote = |t: &str, prefix: bool| {
            format!(
                "\"{}\"{}",
                t.replace('"', "\"\""),
                if prefix { "*" } else { "" }
            )
        };
        let either = |mut alternatives: Vec<String>| match alternatives.len() {
            1 => alternatives.remove(0),
            _ => format!("({})", alternatives.join(" OR ")),
        };
        let mut words = Vec::with_capacity(self.words.len());
        for spellings in &self.words {
            let mut alternatives: Vec<String> = Vec::new();
            let mut spelled_out = true;
            for spelling in spellings {
                let (head, last) = match spelling.rsplit_once(' ') {
                    Some((head, last)) => (Some(head), last),
                    None => (None, spelling.as_str()),
                };
                let Some(listed) = expansions.get(last) else {
                    alternatives.push(quote(spelling, true));
                    spelled_out = false;
                    continue;
                };
                for word in listed {
                    let phrase = match head {
                        Some(head) => quote(&format!("{head} {word}"), false),
                        None => quote(word, false),
                    };
                    if !alternatives.contains(&phrase) {
                        alternatives.push(phrase);
                    }
                }
            }
            if alternatives.is_empty() {
                return None;
            }
            words.push(WordExpressions {
                matching: either(alternatives),
                ranking: either(spellings.iter().map(|s| quote(s, true)).collect()),
                spelled_out,
            });
        }
        Some(words)
    }
}

/// One word of a query (with its other spellings) as FTS5 expressions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WordExpressions {
    /// For finding: each prefix that starts few stored words spelled out as those words.
    pub matching: String,
    /// For ranking: every spelling as a prefix. bm25 weighs each word by how rare it is, and
    /// would rank a rare form of a word (`طبيبك`) above the word itself (`طبيب`) if the forms
    /// were weighed apart.
    pub ranking: String,
    /// True when `matching` reads no merged prefix list.
    pub spelled_out: bool,
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
        let q = Query::parse("housing\" OR NEAR(xy) * -gp");
        assert_eq!(q.terms(), ["housing", "or", "near", "xy", "gp"]);
        assert_eq!(
            q.fts_expression(),
            "\"housing\"* AND \"or\"* AND \"near\"* AND \"xy\"* AND \"gp\"*"
        );
    }

    #[test]
    fn one_letter_words_narrow_nothing_beside_longer_ones_and_alone_search_titles() {
        let q = Query::parse("I need a GP");
        assert_eq!(q.fts_expression(), "\"need\"* AND \"gp\"*");
        assert_eq!(q.terms(), ["need", "gp"]);
        assert!(!q.is_titles_only());
        let q = Query::parse("a");
        assert_eq!(q.fts_expression(), "\"a\"*");
        assert!(q.is_titles_only());
        // `الس` on the way to `السكن`: one of its spellings is the one letter after the article.
        let q = Query::parse("الس");
        assert_eq!(q.fts_expression(), "(\"الس\"* OR \"س\"*)");
        assert!(q.is_titles_only());
        let q = Query::parse("الس طبيب");
        assert_eq!(q.fts_expression(), "\"طبيب\"*");
        assert!(!q.is_titles_only());
        // A digit narrows like a word: few words start with one.
        let q = Query::parse("form 7");
        assert_eq!(q.fts_expression(), "\"form\"* AND \"7\"*");
        // Two letters are a word being typed like any other.
        assert!(!Query::parse("gp").is_titles_only());
        assert!(!Query::parse("السك").is_titles_only());
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
