//! Language fallback for articles: a reader always gets an existing translation or a clear
//! "no translation" answer, and is told which language they are reading and whether it is
//! out of date.

mod support;

use peerguide_core::language::{LANGUAGES, LanguageTag};
use peerguide_core::{Error, Store};
use proptest::prelude::*;
use support::{TestPack, lang, store_with};

fn pack() -> TestPack {
    let pack = TestPack::new();
    pack.article("uc", "first-steps", 2, "Universal Credit", "Apply online.")
        .translation(
            "uc",
            "fa",
            2,
            "اعتبار همگانی",
            "خلاصه",
            "آنلاین درخواست دهید.",
        )
        .translation(
            "uc",
            "ar",
            1,
            "الائتمان الشامل",
            "ملخص",
            "قدّم طلبك عبر الإنترنت.",
        )
        .translation("uc", "ti", 2, "ሓፈሻዊ ልቓሕ", "ጽማቕ", "ብኢንተርነት ኣመልክቱ።");
    pack
}

#[test]
fn regional_farsi_reads_farsi() {
    let store = store_with(&pack());
    let view = store.article("uc", &lang("fa-AF")).unwrap();
    assert_eq!(view.lang.as_str(), "fa");
    assert!(
        !view.is_fallback,
        "Farsi is the language a fa-AF reader asked for"
    );
    assert!(!view.stale);
}

#[test]
fn sorani_reads_english_not_arabic_and_is_told_so() {
    let store = store_with(&pack());
    let view = store.article("uc", &lang("ckb")).unwrap();
    assert_eq!(view.lang.as_str(), "en");
    assert!(view.is_fallback);
    assert_eq!(view.requested.as_str(), "ckb");
    assert_eq!(view.translation.title, "Universal Credit");
}

#[test]
fn a_stale_translation_is_shown_and_marked() {
    let store = store_with(&pack());
    let view = store.article("uc", &lang("ar")).unwrap();
    assert_eq!(view.lang.as_str(), "ar");
    assert!(view.stale);
    assert_eq!((view.translation.source_revision, view.revision), (1, 2));
    let langs: Vec<&str> = view.available.iter().map(LanguageTag::as_str).collect();
    assert_eq!(langs, ["ar", "en", "fa", "ti"]);
}

#[test]
fn unknown_article_and_unknown_language_are_clear_errors() {
    let store = store_with(&pack());
    let err = store.article("nope", &lang("en")).unwrap_err();
    assert_eq!(err.code(), "article-not-found");
    assert!(err.to_string().contains("'nope'"));
    assert_eq!(
        "klingon".parse::<LanguageTag>().unwrap_err().code(),
        "invalid-language-tag"
    );
    assert_eq!(
        "tlh".parse::<LanguageTag>().unwrap_err().code(),
        "unknown-language"
    );
}

#[test]
fn topic_lists_use_the_best_language_for_each_article() {
    let pack = pack();
    pack.article("gp", "health", 1, "GP", "Body.");
    let store = store_with(&pack);
    let list = store.articles(None, &lang("ti")).unwrap();
    let got: Vec<(&str, &str, bool)> = list
        .iter()
        .map(|a| (a.slug.as_str(), a.lang.as_str(), a.is_fallback))
        .collect();
    // First steps always come first, whatever their slug.
    assert_eq!(got, [("uc", "ti", false), ("gp", "en", true)]);
    let health = store
        .articles(Some(peerguide_core::Topic::Health), &lang("ti"))
        .unwrap();
    assert_eq!(health.len(), 1);
}

/// Builds a store holding one article in exactly the given languages (English maybe not).
fn store_with_languages(langs: &[&'static str]) -> Store {
    use peerguide_core::article::{Article, ReviewState, Translation};
    use peerguide_core::pack::{Pack, Sourced};
    let article = Article {
        id: uuid::Uuid::nil(),
        slug: "a".into(),
        topic: peerguide_core::Topic::Health,
        revision: 1,
        position: 0,
        translations: langs
            .iter()
            .map(|code| Translation {
                lang: lang(code),
                title: format!("title {code}"),
                summary: "s".into(),
                body: "b".into(),
                source_revision: 1,
                review: ReviewState::Machine,
                translated: Default::default(),
            })
            .collect(),
        provenance: Default::default(),
    };
    let mut store = Store::open_in_memory().unwrap();
    let pack = Pack {
        articles: vec![Sourced {
            file: "a".into(),
            explicit_id: None,
            record: article,
        }],
        ..Pack::default()
    };
    peerguide_core::import::import_pack(&mut store, pack, &mut |_| {}).unwrap();
    store
}

fn any_known_tag() -> impl Strategy<Value = LanguageTag> {
    let codes: Vec<&'static str> = LANGUAGES.iter().map(|l| l.code).collect();
    (
        proptest::sample::select(codes),
        proptest::option::of(proptest::sample::select(vec![
            "AF", "IQ", "IR", "GB", "UA", "ER", "Arab", "Latn",
        ])),
    )
        .prop_map(|(code, sub)| match sub {
            Some(sub) => format!("{code}-{sub}").parse().unwrap(),
            None => code.parse().unwrap(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is asked for and whatever exists: the answer is a translation that exists, in
    /// the requested language or English, or a clear "no translation" naming what exists.
    #[test]
    fn fallback_returns_an_existing_translation_or_says_there_is_none(
        requested in any_known_tag(),
        present in proptest::sample::subsequence(vec!["en", "ar", "fa", "ckb", "ti", "uk", "fr", "ps"], 1..6),
    ) {
        let store = store_with_languages(&present);
        match store.article("a", &requested) {
            Ok(view) => {
                prop_assert!(present.contains(&view.lang.as_str()), "{} does not exist", view.lang);
                prop_assert_eq!(&view.translation.title, &format!("title {}", view.lang));
                if present.contains(&requested.base()) {
                    prop_assert_eq!(view.lang.base(), requested.base(), "the reader's own language exists and wins");
                    prop_assert!(!view.is_fallback);
                } else {
                    prop_assert_eq!(view.lang.as_str(), "en", "only English is a fallback, never a neighbour");
                    prop_assert_eq!(view.is_fallback, requested.base() != "en");
                }
            }
            Err(Error::NoTranslation { available, .. }) => {
                prop_assert!(!present.contains(&"en"));
                prop_assert!(!present.contains(&requested.base()));
                for code in &present {
                    prop_assert!(available.contains(code));
                }
            }
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
    }

    /// Every chain starts with the request, never repeats, and ends with English.
    #[test]
    fn fallback_chains_are_well_formed(requested in any_known_tag()) {
        let chain = requested.fallback_chain();
        prop_assert_eq!(&chain[0], &requested);
        prop_assert_eq!(chain.last().unwrap().as_str(), "en");
        let mut unique = chain.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), chain.len());
        for tag in &chain {
            prop_assert!(tag.base() == requested.base() || tag.as_str() == "en", "{} in {:?}", tag, chain);
        }
    }
}

mod phones {
    use super::*;
    use peerguide_core::api::{Api, ArticleParams};
    use peerguide_core::language::{Kurdish, LanguageSettings};

    fn kurdish_pack(ku: Option<&str>) -> TestPack {
        let pack = pack();
        pack.translation(
            "uc",
            "ckb",
            2,
            "کرێدیتی گشتی",
            "پوختە",
            "بە ئۆنلاین داوا بکە.",
        )
        .translation(
            "uc",
            "kmr",
            2,
            "Krediya Giştî",
            "Kurte",
            "Serlêdanê online bike.",
        );
        if let Some(ku) = ku {
            pack.file("search.toml", &format!("[languages]\nku = \"{ku}\"\n"));
        }
        pack
    }

    fn read(api: &Api, phone: &str) -> (String, bool) {
        let view = api
            .article(ArticleParams {
                lang: phone.into(),
                slug: "uc".into(),
                today: None,
            })
            .unwrap_or_else(|e| panic!("{phone}: {e}"));
        (view.lang.to_string(), view.is_fallback)
    }

    #[test]
    fn a_phone_set_to_dari_reads_farsi_not_english() {
        let api = Api::new(store_with(&pack()));
        for phone in ["prs", "prs-AF", "fa-AF"] {
            assert_eq!(read(&api, phone), ("fa".into(), false), "{phone}");
        }
    }

    #[test]
    fn a_phone_set_to_kurdish_reads_the_kurdish_the_organisation_chose() {
        let sorani = Api::new(store_with(&kurdish_pack(None)));
        assert_eq!(read(&sorani, "ku"), ("ckb".into(), false));
        assert_eq!(read(&sorani, "ku-IQ"), ("ckb".into(), false));
        assert_eq!(read(&sorani, "ku-Latn"), ("kmr".into(), false));

        let kurmanji = Api::new(store_with(&kurdish_pack(Some("kmr"))));
        assert_eq!(read(&kurmanji, "ku"), ("kmr".into(), false));
        assert_eq!(read(&kurmanji, "ku-TR"), ("kmr".into(), false));
        assert_eq!(read(&kurmanji, "ckb"), ("ckb".into(), false));
        assert_eq!(read(&kurmanji, "ku-Arab"), ("ckb".into(), false));
    }

    #[test]
    fn a_bad_kurdish_setting_is_named() {
        let pack = kurdish_pack(Some("kurdish"));
        let mut store = Store::open_in_memory().unwrap();
        let err = pack.import(&mut store).unwrap_err();
        assert!(err.to_string().contains("search.toml"), "{err}");
        assert!(err.to_string().contains("kurdish"), "{err}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever region a Dari or Kurdish phone adds, the reader gets Farsi, Sorani or
        /// Kurmanji, the choice following the script when given and the organisation when not.
        #[test]
        fn dari_and_kurdish_phones_always_get_a_language_peer_guide_writes(
            base in proptest::sample::select(vec!["prs", "ku", "PRS", "Ku"]),
            script in proptest::option::of(proptest::sample::select(vec!["Latn", "Arab"])),
            region in proptest::option::of(proptest::sample::select(vec!["AF", "IQ", "IR", "TR", "SY", "GB"])),
            kurmanji in any::<bool>(),
        ) {
            let settings = LanguageSettings {
                ku: if kurmanji { Kurdish::Kurmanji } else { Kurdish::Sorani },
            };
            let mut phone = base.to_string();
            let script = script.filter(|_| base.eq_ignore_ascii_case("ku"));
            if let Some(script) = script {
                phone = format!("{phone}-{script}");
            }
            if let Some(region) = region {
                phone = format!("{phone}-{region}");
            }
            let tag = LanguageTag::for_reader(&phone, &settings).unwrap();
            let expected = match (base.to_ascii_lowercase().as_str(), script) {
                ("prs", _) => "fa",
                (_, Some("Latn")) => "kmr",
                (_, Some(_)) => "ckb",
                _ if kurmanji => "kmr",
                _ => "ckb",
            };
            prop_assert_eq!(tag.base(), expected);
            if let Some(region) = region {
                prop_assert!(tag.as_str().ends_with(region), "{} keeps the region", tag);
            }
            let chain = tag.fallback_chain();
            prop_assert_eq!(chain.last().unwrap().as_str(), "en");
            prop_assert!(chain.iter().any(|t| t.as_str() == expected));
        }
    }
}
