//! Provenance: when an article was checked, against what, until when, and how each
//! translation was made; what old packs still do; staleness by time with a fixed clock.

mod support;

use chrono::NaiveDate;
use peerguide_core::Error;
use peerguide_core::article::{ReviewState, TranslationMethod};
use peerguide_core::pack::{self, PackProblem};
use support::{TestPack, lang, store_with};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const CHECKED: &str = r#"+++
topic = "first-steps"
revision = 2
title = "Universal Credit"
summary = "Money while you look for work."
reviewed_on = "2026-03-12"
reviewed_by = "Housing adviser, Govan Welcome Advice Centre"

[[sources]]
title = "GOV.UK: Universal Credit"
url = "https://www.gov.uk/universal-credit"
retrieved = "2026-03-10"
+++
Apply online.
"#;

fn checked_pack() -> TestPack {
    let pack = TestPack::new();
    pack.file("guidance/uc/en.md", CHECKED)
        .file(
            "guidance/uc/ar.md",
            "+++\ntitle = \"الائتمان الشامل\"\nsummary = \"مال.\"\nsource_revision = 2\ntranslated = \"machine\"\n+++\nقدّم طلبك.\n",
        )
        .file(
            "guidance/uc/fa.md",
            "+++\ntitle = \"یونیورسال کردیت\"\nsummary = \"پول.\"\nsource_revision = 2\ntranslated = \"volunteer\"\ntranslated_by = \"Reza\"\nsecond_review = true\n+++\nدرخواست بدهید.\n",
        )
        .file(
            "review.toml",
            "languages = [\"ar\", \"fa\"]\n[review_every]\ndefault = 12\nfirst-steps = 6\n",
        );
    pack
}

#[test]
fn an_article_says_when_it_was_checked_by_whom_and_against_what() {
    let pack = checked_pack();
    let loaded = pack::load(pack.path()).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let store = store_with(&pack);
    let view = store
        .article_on("uc", &lang("en"), day("2026-05-01"))
        .unwrap();
    let p = &view.provenance;
    assert_eq!(p.reviewed_on, Some(day("2026-03-12")));
    assert_eq!(
        p.reviewed_by.as_deref(),
        Some("Housing adviser, Govan Welcome Advice Centre")
    );
    assert_eq!(
        p.review_by,
        Some(day("2026-09-12")),
        "six months for first steps, from review.toml"
    );
    assert_eq!(p.sources.len(), 1);
    assert_eq!(p.sources[0].url, "https://www.gov.uk/universal-credit");
    assert_eq!(p.sources[0].retrieved, day("2026-03-10"));
}

#[test]
fn an_article_is_overdue_only_after_its_review_by_day() {
    let store = store_with(&checked_pack());
    let on = |d: &str| store.article_on("uc", &lang("ar"), day(d)).unwrap().overdue;
    assert!(!on("2026-09-12"), "the last day the check holds");
    assert!(on("2026-09-13"), "the day after");
    assert!(on("2026-11-29"));
    assert!(
        !store
            .article_on("uc", &lang("ar"), day("2026-09-13"))
            .unwrap()
            .stale,
        "overdue by time is not the same as older than English"
    );
}

#[test]
fn each_translation_says_how_it_was_made() {
    let store = store_with(&checked_pack());
    let ar = store
        .article_on("uc", &lang("ar"), day("2026-05-01"))
        .unwrap();
    assert_eq!(
        ar.translation.translated.method,
        Some(TranslationMethod::Machine)
    );
    assert!(ar.translation.translated.is_unreviewed_machine());
    assert_eq!(ar.translation.review, ReviewState::Machine);

    let fa = store
        .article_on("uc", &lang("fa"), day("2026-05-01"))
        .unwrap();
    assert_eq!(
        fa.translation.translated.method,
        Some(TranslationMethod::Volunteer)
    );
    assert_eq!(fa.translation.translated.by.as_deref(), Some("Reza"));
    assert!(fa.translation.translated.second_review);
    assert_eq!(fa.translation.review, ReviewState::Reviewed);
}

#[test]
fn provenance_survives_export_as_a_record() {
    let store = store_with(&checked_pack());
    let record = store.article_record("uc").unwrap();
    assert_eq!(record.provenance.review_by, Some(day("2026-09-12")));
    let json = serde_json::to_value(&record).unwrap();
    assert_eq!(
        json["provenance"]["sources"][0]["title"],
        "GOV.UK: Universal Credit"
    );
}

#[test]
fn an_old_pack_still_imports_with_a_warning_for_each_gap() {
    // The format before provenance: `review` only, no dates, no sources.
    let pack = TestPack::new();
    pack.article("gp", "health", 1, "Registering with a GP", "It is free.")
        .translation("gp", "ar", 1, "التسجيل", "مجاني", "مجاني.")
        .file(
            "guidance/gp/fa.md",
            "+++\ntitle = \"ثبت نام\"\nsummary = \"رایگان\"\nsource_revision = 1\nreview = \"reviewed\"\n+++\nرایگان.\n",
        );
    let mut store = peerguide_core::Store::open_in_memory().unwrap();
    let report = pack.import(&mut store).unwrap();
    let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        vec![
            "guidance/gp/en.md:4: field 'reviewed_on': no reviewed_on: readers are not told when this was last checked, and it never falls due",
            "guidance/gp/en.md:4: field 'sources': no [[sources]]: readers are not told what this was checked against",
            "guidance/gp/fa.md:5: field 'translated': does not say how it was translated: add translated = \"machine\", \"volunteer\" or \"professional\"",
        ],
        "file:line for each gap; a plain machine translation needs no warning"
    );
    let ar = store
        .article_on("gp", &lang("ar"), day("2030-01-01"))
        .unwrap();
    assert!(
        ar.translation.translated.is_unreviewed_machine(),
        "review = \"machine\" reads as an unchecked machine translation"
    );
    assert!(
        !ar.overdue,
        "never checked means no check-again day, not overdue"
    );
    assert_eq!(ar.provenance.reviewed_on, None);
    let fa = store
        .article_on("gp", &lang("fa"), day("2030-01-01"))
        .unwrap();
    assert_eq!(fa.translation.translated.method, None);
    assert!(
        fa.translation.translated.second_review,
        "reviewed: someone checked it"
    );
}

fn problems(pack: &TestPack) -> Vec<PackProblem> {
    match pack::load(pack.path()) {
        Err(Error::InvalidPack { problems }) => problems,
        other => panic!("expected an invalid pack, got {other:?}"),
    }
}

#[test]
fn provenance_mistakes_are_refused_with_file_line_and_field() {
    let pack = TestPack::new();
    pack.file(
        "guidance/uc/en.md",
        &CHECKED
            .replace("reviewed_by", "review_by = \"2026-01-01\"\nreviewed_by")
            .replace("https://www.gov.uk/universal-credit", "www.gov.uk/universal-credit"),
    )
    .file(
        "guidance/uc/ar.md",
        "+++\ntitle = \"t\"\nsummary = \"s\"\nsource_revision = 2\ntranslated = \"professional\"\nreview = \"machine\"\n+++\nb\n",
    )
    .file(
        "guidance/uc/fa.md",
        "+++\ntitle = \"t\"\nsummary = \"s\"\nsource_revision = 2\n+++\nb\n",
    )
    .file("review.toml", "[review_every]\nfirst-step = 6\n");
    let found: Vec<String> = problems(&pack).iter().map(ToString::to_string).collect();
    let expect = [
        "first-step",
        "guidance/uc/en.md:7: field 'review_by': 2026-01-01 is before reviewed_on (2026-03-12)",
        "field 'sources.url': 'www.gov.uk/universal-credit' is not a web address",
        "guidance/uc/ar.md:6: field 'review': 'machine' contradicts translated = 'professional'",
        "guidance/uc/fa.md: field 'translated': say how it was translated",
    ];
    for e in expect {
        assert!(
            found.iter().any(|f| f.contains(e)),
            "missing {e:?} in {found:#?}"
        );
    }
}
