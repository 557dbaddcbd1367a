//! Languages: the validated `LanguageTag`, the registry of languages Peer Guide knows (with
//! their own names and writing direction), and the fallback chain negotiated with
//! fluent-langneg.
//!
//! Fallback only ever narrows a tag (`fa-AF` → `fa`) and then goes to English. It never goes
//! sideways to a language that merely shares a script: a Sorani reader is not helped by Arabic.
//!
//! Phones name some languages by codes Peer Guide does not write in: Dari (`prs`) is the
//! Persian of Afghanistan, and plain Kurdish (`ku`) is a macrolanguage whose readers read
//! Sorani or Kurmanji. [`LanguageTag::for_reader`] maps them, with the organisation's
//! [`LanguageSettings`] deciding which Kurdish.

use std::fmt;
use std::str::FromStr;

use fluent_langneg::LanguageIdentifier;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Which way a script runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

/// A language Peer Guide knows about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LanguageInfo {
    /// The BCP 47 code, e.g. `ckb`.
    pub code: &'static str,
    /// The language's name in its own script, as its speakers would look for it in a list.
    pub native_name: &'static str,
    /// The English name, for coordinators and logs.
    pub english_name: &'static str,
    /// The writing direction of its usual script.
    pub direction: Direction,
}

const fn lang(
    code: &'static str,
    native_name: &'static str,
    english_name: &'static str,
    direction: Direction,
) -> LanguageInfo {
    LanguageInfo {
        code,
        native_name,
        english_name,
        direction,
    }
}

use Direction::{Ltr, Rtl};

/// Every language Peer Guide knows: content may be written in, and services may speak, these.
pub const LANGUAGES: &[LanguageInfo] = &[
    lang("en", "English", "English", Ltr),
    lang("ar", "العربية", "Arabic", Rtl),
    lang("fa", "فارسی", "Farsi", Rtl),
    lang("ckb", "کوردی (سۆرانی)", "Kurdish (Sorani)", Rtl),
    lang("kmr", "Kurdî (Kurmancî)", "Kurdish (Kurmanji)", Ltr),
    lang("ti", "ትግርኛ", "Tigrinya", Ltr),
    lang("am", "አማርኛ", "Amharic", Ltr),
    lang("uk", "Українська", "Ukrainian", Ltr),
    lang("ru", "Русский", "Russian", Ltr),
    lang("fr", "Français", "French", Ltr),
    lang("es", "Español", "Spanish", Ltr),
    lang("so", "Soomaali", "Somali", Ltr),
    lang("ps", "پښتو", "Pashto", Rtl),
    lang("ur", "اردو", "Urdu", Rtl),
    lang("pa", "ਪੰਜਾਬੀ", "Punjabi", Ltr),
    lang("bn", "বাংলা", "Bengali", Ltr),
    lang("zh", "中文", "Chinese", Ltr),
    lang("vi", "Tiếng Việt", "Vietnamese", Ltr),
    lang("tr", "Türkçe", "Turkish", Ltr),
    lang("sq", "Shqip", "Albanian", Ltr),
    lang("pl", "Polski", "Polish", Ltr),
    lang("ro", "Română", "Romanian", Ltr),
    lang("om", "Afaan Oromoo", "Oromo", Ltr),
    lang("sw", "Kiswahili", "Swahili", Ltr),
    lang("bfi", "British Sign Language", "British Sign Language", Ltr),
];

/// The language every article is written in first, and the end of every fallback chain.
pub const SOURCE_LANGUAGE: &str = "en";

/// Which Kurdish a reader gets whose phone says only "Kurdish" (`ku`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kurdish {
    /// Central Kurdish, in Arabic script: most Kurds from Iraq and Iran in Glasgow.
    #[default]
    #[serde(rename = "ckb")]
    Sorani,
    /// Northern Kurdish, in Latin script: most Kurds from Turkey and Syria.
    #[serde(rename = "kmr")]
    Kurmanji,
}

impl Kurdish {
    fn code(self) -> &'static str {
        match self {
            Kurdish::Sorani => "ckb",
            Kurdish::Kurmanji => "kmr",
        }
    }
}

/// How an organisation maps the languages readers' phones name onto the ones it writes in
/// (the `[languages]` table of a pack's `search.toml`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageSettings {
    /// The Kurdish for a bare `ku` (a script subtag decides by itself: `ku-Latn` is
    /// Kurmanji, `ku-Arab` Sorani).
    #[serde(default)]
    pub ku: Kurdish,
}

impl LanguageSettings {
    /// The name these settings are kept under on a device.
    pub const SETTING: &'static str = "languages";
}

/// A valid BCP 47 tag whose base language Peer Guide knows.
///
/// Construct with [`str::parse`]; the canonical form (`fa-AF`, `zh-Hant`) is kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageTag(String);

impl LanguageTag {
    /// English, the source language.
    pub fn source() -> Self {
        LanguageTag(SOURCE_LANGUAGE.to_owned())
    }

    /// The tag as a string, e.g. `fa-AF`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The base language subtag, e.g. `fa` for `fa-AF`.
    pub fn base(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// What Peer Guide knows about this tag's base language.
    pub fn info(&self) -> &'static LanguageInfo {
        LANGUAGES
            .iter()
            .find(|info| info.code == self.base())
            .expect("a LanguageTag is only ever built for a known base language")
    }

    /// Whether text in this language runs right to left.
    pub fn direction(&self) -> Direction {
        self.info().direction
    }

    /// The language to serve a reader whose phone or browser says `input`: as [`str::parse`],
    /// except that Dari (`prs`, `prs-AF`) reads Farsi as `fa-AF`, and Kurdish (`ku`) reads
    /// Sorani or Kurmanji, by its script subtag when it has one, else as `settings` say.
    pub fn for_reader(input: &str, settings: &LanguageSettings) -> Result<LanguageTag> {
        let trimmed = input.trim().replace('_', "-");
        let Ok(mut id) = trimmed.parse::<LanguageIdentifier>() else {
            return input.parse();
        };
        let replacement = match id.language.as_str() {
            "prs" => {
                if id.region.is_none() {
                    id.region = "AF".parse().ok();
                }
                "fa"
            }
            "ku" => {
                let script = id.script.take();
                match script.as_ref().map(|s| s.as_str()) {
                    Some("Latn") => "kmr",
                    Some("Arab") => "ckb",
                    _ => settings.ku.code(),
                }
            }
            _ => return input.parse(),
        };
        id.language = replacement.parse().expect("a known language code");
        id.to_string().parse()
    }

    fn identifier(&self) -> LanguageIdentifier {
        self.0
            .parse()
            .expect("a LanguageTag always holds a valid identifier")
    }

    /// The languages to try, in order, for a reader who asked for this one: the tag itself,
    /// then its less specific forms among the languages Peer Guide knows, then English.
    pub fn fallback_chain(&self) -> Vec<LanguageTag> {
        let known: Vec<LanguageTag> = LANGUAGES
            .iter()
            .map(|info| LanguageTag(info.code.to_owned()))
            .chain(std::iter::once(self.clone()))
            .collect();
        negotiate(self, &known)
    }
}

/// The languages of `available` a reader asking for `requested` can use, best first, ending with
/// English when English is available. Empty when none of `available` suits.
pub fn negotiate(requested: &LanguageTag, available: &[LanguageTag]) -> Vec<LanguageTag> {
    let requested_ids = [requested.identifier()];
    let available_ids: Vec<LanguageIdentifier> =
        available.iter().map(LanguageTag::identifier).collect();
    let source: LanguageIdentifier = SOURCE_LANGUAGE.parse().expect("'en' is a valid tag");
    let default = available_ids.contains(&source).then_some(&source);
    let chosen = negotiate_languages(
        &requested_ids,
        &available_ids,
        default,
        NegotiationStrategy::Filtering,
    );
    let mut chain: Vec<LanguageTag> = Vec::with_capacity(chosen.len());
    for id in chosen {
        let tag = LanguageTag(id.to_string());
        if !chain.contains(&tag) {
            chain.push(tag);
        }
    }
    // Filtering can return English in the middle when the reader asked for a variant of it;
    // English always closes the chain, and only once.
    if let Some(pos) = chain.iter().position(|t| t.as_str() == SOURCE_LANGUAGE) {
        let en = chain.remove(pos);
        chain.push(en);
    }
    chain
}

fn known_codes() -> String {
    LANGUAGES
        .iter()
        .map(|info| info.code)
        .collect::<Vec<_>>()
        .join(", ")
}

impl FromStr for LanguageTag {
    type Err = Error;

    fn from_str(input: &str) -> Result<Self> {
        let trimmed = input.trim();
        let id: LanguageIdentifier =
            trimmed
                .replace('_', "-")
                .parse()
                .map_err(|_| Error::InvalidLanguageTag {
                    tag: input.to_owned(),
                })?;
        if trimmed.is_empty() || id.language.as_str() == "und" {
            return Err(Error::InvalidLanguageTag {
                tag: input.to_owned(),
            });
        }
        let base = id.language.as_str();
        if !LANGUAGES.iter().any(|info| info.code == base) {
            return Err(Error::UnknownLanguage {
                tag: input.to_owned(),
                known: known_codes(),
            });
        }
        Ok(LanguageTag(id.to_string()))
    }
}

impl TryFrom<String> for LanguageTag {
    type Error = Error;
    fn try_from(value: String) -> Result<Self> {
        value.parse()
    }
}

impl From<LanguageTag> for String {
    fn from(tag: LanguageTag) -> String {
        tag.0
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LanguageTag {
        s.parse().unwrap()
    }

    fn chain(s: &str) -> Vec<String> {
        tag(s)
            .fallback_chain()
            .into_iter()
            .map(String::from)
            .collect()
    }

    #[test]
    fn regional_farsi_narrows_to_farsi_then_english() {
        assert_eq!(chain("fa-AF"), ["fa-AF", "fa", "en"]);
    }

    #[test]
    fn sorani_falls_back_to_english_never_to_arabic() {
        assert_eq!(chain("ckb"), ["ckb", "en"]);
        assert_eq!(chain("ckb-IQ"), ["ckb-IQ", "ckb", "en"]);
    }

    #[test]
    fn english_chain_is_english_alone() {
        assert_eq!(chain("en"), ["en"]);
        assert_eq!(chain("en-GB"), ["en-GB", "en"]);
    }

    #[test]
    fn dari_and_kurdish_phones_get_the_language_the_organisation_writes() {
        let sorani = LanguageSettings::default();
        let kurmanji = LanguageSettings {
            ku: Kurdish::Kurmanji,
        };
        for (phone, settings, expected) in [
            ("prs", sorani, "fa-AF"),
            ("prs-AF", sorani, "fa-AF"),
            ("prs_af", sorani, "fa-AF"),
            ("fa-AF", sorani, "fa-AF"),
            ("ku", sorani, "ckb"),
            ("ku-IQ", sorani, "ckb-IQ"),
            ("ku", kurmanji, "kmr"),
            ("ku-TR", kurmanji, "kmr-TR"),
            ("ku-Latn", sorani, "kmr"),
            ("ku-Arab-IQ", kurmanji, "ckb-IQ"),
            ("ckb", kurmanji, "ckb"),
            ("ar", kurmanji, "ar"),
        ] {
            let got = LanguageTag::for_reader(phone, &settings).unwrap();
            assert_eq!(got.as_str(), expected, "{phone} with {settings:?}");
        }
        assert_eq!(
            LanguageTag::for_reader("xx", &sorani).unwrap_err().code(),
            "unknown-language"
        );
        assert_eq!(
            LanguageTag::for_reader("not a tag", &sorani)
                .unwrap_err()
                .code(),
            "invalid-language-tag"
        );
    }

    #[test]
    fn dari_readers_read_farsi_and_are_not_told_it_is_a_fallback() {
        let tag = LanguageTag::for_reader("prs", &LanguageSettings::default()).unwrap();
        let chain: Vec<String> = tag.fallback_chain().into_iter().map(String::from).collect();
        assert_eq!(chain, ["fa-AF", "fa", "en"]);
    }

    #[test]
    fn tags_are_canonicalised() {
        assert_eq!(tag("FA_af").as_str(), "fa-AF");
        assert_eq!(tag(" ar ").as_str(), "ar");
    }

    #[test]
    fn unknown_language_is_a_clear_error() {
        let err = "xx".parse::<LanguageTag>().unwrap_err();
        assert_eq!(err.code(), "unknown-language");
        assert!(err.to_string().contains("'xx'"), "{err}");
        assert!(err.to_string().contains("ckb"), "{err}");
    }

    #[test]
    fn malformed_tag_is_a_clear_error() {
        for bad in ["", "a", "ar-", "123", "not a tag"] {
            let err = bad.parse::<LanguageTag>().unwrap_err();
            assert_eq!(err.code(), "invalid-language-tag", "{bad:?}");
        }
    }

    #[test]
    fn right_to_left_languages() {
        for code in ["ar", "fa", "ckb", "ps", "ur", "fa-AF"] {
            assert_eq!(tag(code).direction(), Direction::Rtl, "{code}");
        }
        for code in ["en", "uk", "ti", "kmr", "fr"] {
            assert_eq!(tag(code).direction(), Direction::Ltr, "{code}");
        }
    }
}
