//! The demo content in `content/` is a valid pack that shows off every feature: every topic,
//! seven languages everywhere (Tigrinya and Sorani among them), Somali and Pashto for first
//! steps and health, some stale
//! translations, and where each article was checked, with one deliberately overdue.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use peerguide_core::Topic;
use peerguide_core::pack;

#[test]
fn demo_content_is_a_complete_valid_pack() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let pack = pack::load(&dir).unwrap_or_else(|e| panic!("{e}"));

    assert!(
        pack.articles.len() >= 30,
        "{} articles",
        pack.articles.len()
    );
    let topics: BTreeSet<Topic> = pack.articles.iter().map(|a| a.record.topic).collect();
    assert_eq!(
        topics.len(),
        Topic::ALL.len(),
        "every topic has guidance: {topics:?}"
    );

    let mut stale = 0;
    let mut extra = BTreeSet::new();
    for a in &pack.articles {
        let langs: BTreeSet<&str> = a
            .record
            .translations
            .iter()
            .map(|t| t.lang.as_str())
            .collect();
        for required in ["en", "ar", "fa", "uk", "fr", "ckb", "ti"] {
            assert!(
                langs.contains(required),
                "{} lacks {required}",
                a.record.slug
            );
        }
        if matches!(a.record.topic, Topic::FirstSteps | Topic::Health) {
            for required in ["so", "ps"] {
                assert!(
                    langs.contains(required),
                    "{} (first steps and health are in Somali and Pashto) lacks {required}",
                    a.record.slug
                );
            }
        }
        extra.extend(
            langs
                .iter()
                .filter(|l| ["ti", "ckb", "so", "ps"].contains(l))
                .map(|l| l.to_string()),
        );
        stale += a
            .record
            .translations
            .iter()
            .filter(|t| t.source_revision < a.record.revision)
            .count();
    }
    assert!(
        stale >= 3,
        "a few translations are deliberately stale ({stale})"
    );
    assert_eq!(
        extra,
        BTreeSet::from(["ckb", "ps", "so", "ti"].map(String::from))
    );
    assert!(
        pack.articles.iter().any(|a| !a
            .record
            .translations
            .iter()
            .any(|t| t.lang.as_str() == "so")),
        "some articles lack Somali so fallback shows"
    );

    assert!(
        pack.services.len() >= 40,
        "{} services",
        pack.services.len()
    );
    assert_eq!(pack.volunteers.len(), 15);
}

#[test]
fn demo_articles_say_when_and_against_what_they_were_checked() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let pack = pack::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        pack.warnings.is_empty(),
        "the demo leaves nothing unsaid: {:#?}",
        pack.warnings
    );
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let mut overdue = Vec::new();
    for a in &pack.articles {
        let p = &a.record.provenance;
        assert!(
            p.reviewed_on.is_some() && p.review_by.is_some(),
            "{}",
            a.record.slug
        );
        assert!(!p.sources.is_empty(), "{} cites its sources", a.record.slug);
        assert!(
            p.sources.iter().all(|s| s.url.starts_with("https://")),
            "{}",
            a.record.slug
        );
        if p.is_overdue(today) {
            overdue.push(a.record.slug.as_str());
        }
    }
    assert_eq!(
        overdue,
        ["first-week-checklist"],
        "one article is deliberately past its check-again day"
    );
    assert!(
        pack.policy.languages.len() >= 5,
        "the organisation's languages are listed"
    );
}
