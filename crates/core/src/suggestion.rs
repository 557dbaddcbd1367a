//! What people send to the organisation's review queue from the app: a volunteer's
//! correction or translation of an article (written offline, sent at the next sync, its
//! state fetched back), and anyone's "this is wrong or unclear" flag (one optional
//! sentence, nothing about the reader). The bounds are the hub's, so a device never keeps
//! what the hub would refuse.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::language::LanguageTag;

/// The longest flag sentence, in characters (the hub's limit).
pub const MAX_SENTENCE_CHARS: usize = 300;
/// The longest suggested title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest suggested summary, in characters.
pub const MAX_SUMMARY_CHARS: usize = 1000;
/// The longest suggested text, in bytes.
pub const MAX_BODY_BYTES: usize = 64 << 10;

/// What a suggestion is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SuggestionKind {
    /// A better text in a language the article has.
    Correction,
    /// The article in another language.
    Translation,
}

/// Where a suggestion stands, as its author sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SuggestionStatus {
    /// Still the volunteer's to change or delete.
    Draft,
    /// Handed over: to the next sync, then to the coordinators.
    Sent,
    /// A coordinator took it (as a draft of the article).
    Accepted,
    /// A coordinator declined it, with a reason.
    Declined,
}

impl SuggestionKind {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            SuggestionKind::Correction => "correction",
            SuggestionKind::Translation => "translation",
        }
    }

    /// From its stored form.
    pub fn parse(s: &str) -> Option<SuggestionKind> {
        match s {
            "correction" => Some(SuggestionKind::Correction),
            "translation" => Some(SuggestionKind::Translation),
            _ => None,
        }
    }
}

impl SuggestionStatus {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            SuggestionStatus::Draft => "draft",
            SuggestionStatus::Sent => "sent",
            SuggestionStatus::Accepted => "accepted",
            SuggestionStatus::Declined => "declined",
        }
    }

    /// From its stored form.
    pub fn parse(s: &str) -> Option<SuggestionStatus> {
        match s {
            "draft" => Some(SuggestionStatus::Draft),
            "sent" => Some(SuggestionStatus::Sent),
            "accepted" => Some(SuggestionStatus::Accepted),
            "declined" => Some(SuggestionStatus::Declined),
            _ => None,
        }
    }
}

/// A volunteer's suggestion as the device keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Made on the device; the hub takes a suggestion once per id.
    pub id: Uuid,
    /// The article.
    pub slug: String,
    /// The language of the text.
    pub lang: LanguageTag,
    /// Correction or translation.
    pub kind: SuggestionKind,
    /// The suggested title.
    pub title: String,
    /// The suggested summary.
    pub summary: String,
    /// The suggested text, Markdown.
    pub body: String,
    /// The volunteer agreed to be named if it is taken.
    pub credit: bool,
    /// Where it stands.
    pub status: SuggestionStatus,
    /// Sent and received by the hub (a sent one waits for the next sync until then).
    pub delivered: bool,
    /// A declined one's reason; a draft the hub refused, the refusal's code.
    pub reason: Option<String>,
    /// When it last changed on the device (RFC 3339).
    pub updated: String,
}

/// A reader's flag waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    /// The article.
    pub slug: String,
    /// The language it was read in.
    pub lang: LanguageTag,
    /// One optional sentence.
    pub sentence: Option<String>,
}

fn invalid(field: &str, reason: impl Into<String>) -> Error {
    Error::InvalidSuggestion {
        field: field.to_owned(),
        reason: reason.into(),
    }
}

/// `text` trimmed, refused when longer than `max` characters or holding control characters
/// other than line breaks and tabs (`multiline`), named by `field`.
pub fn clean(text: &str, field: &str, max: usize, multiline: bool) -> Result<String> {
    let t = text.trim();
    if t.chars().count() > max {
        return Err(invalid(field, format!("longer than {max} characters")));
    }
    if t.chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t' || c == '\r')))
    {
        return Err(invalid(field, "holds control characters"));
    }
    Ok(t.to_owned())
}

impl Suggestion {
    /// Checks the fields' bounds; a suggestion to send also needs a title and a text.
    pub fn check(&self) -> Result<()> {
        if self.slug.trim().is_empty() || self.slug.len() > 200 {
            return Err(invalid("slug", "names no article"));
        }
        clean(&self.title, "title", MAX_TITLE_CHARS, false)?;
        clean(&self.summary, "summary", MAX_SUMMARY_CHARS, true)?;
        if self.body.len() > MAX_BODY_BYTES {
            return Err(invalid("body", format!("over {MAX_BODY_BYTES} bytes")));
        }
        clean(&self.body, "body", MAX_BODY_BYTES, true)?;
        if self.status == SuggestionStatus::Sent {
            if self.title.trim().is_empty() {
                return Err(invalid("title", "a suggestion to send needs a title"));
            }
            if self.body.trim().is_empty() {
                return Err(invalid("body", "a suggestion to send needs a text"));
            }
        }
        Ok(())
    }
}

impl Flag {
    /// A flag with its sentence checked and made one line; a blank sentence is none.
    pub fn new(slug: &str, lang: LanguageTag, sentence: Option<&str>) -> Result<Flag> {
        if slug.trim().is_empty() || slug.len() > 200 {
            return Err(invalid("slug", "names no article"));
        }
        let sentence = sentence
            .map(|s| clean(s, "sentence", MAX_SENTENCE_CHARS, true))
            .transpose()?
            .map(|s| s.replace(['\n', '\r', '\t'], " "))
            .filter(|s| !s.is_empty());
        Ok(Flag {
            slug: slug.trim().to_owned(),
            lang,
            sentence,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_keeps_one_line_and_refuses_a_long_sentence_by_name() {
        let ar: LanguageTag = "ar".parse().unwrap();
        let f = Flag::new("housing", ar.clone(), Some("  wrong\nnumber ")).unwrap();
        assert_eq!(f.sentence.as_deref(), Some("wrong number"));
        assert_eq!(
            Flag::new("housing", ar.clone(), Some("  "))
                .unwrap()
                .sentence,
            None
        );
        let err = Flag::new("housing", ar, Some(&"x".repeat(301))).unwrap_err();
        assert_eq!(err.code(), "invalid-suggestion");
        assert!(err.to_string().contains("sentence"), "{err}");
    }
}
