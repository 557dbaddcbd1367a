//! The demo content in `content/` is a valid pack that shows off every feature: every topic,
//! five languages everywhere, some Tigrinya and Sorani, some stale translations.

use std::collections::BTreeSet;
use std::path::Path;

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
        for required in ["en", "ar", "fa", "uk", "fr"] {
            assert!(
                langs.contains(required),
                "{} lacks {required}",
                a.record.slug
            );
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
