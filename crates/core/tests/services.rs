//! The services directory: by topic, language spoken, opening time (across the clock change)
//! and free text.

mod support;

use chrono::NaiveDateTime;
use peerguide_core::Topic;
use peerguide_core::hours::parse_local_time;
use peerguide_core::service::ServiceQuery;
use support::{TestPack, lang, store_with};

fn pack() -> TestPack {
    let pack = TestPack::new();
    pack.service(
        "housing-advice",
        "Govan Housing Advice",
        "[\"housing\", \"rights-responsibilities\"]",
        "[\"en\", \"ar\", \"fa\"]",
        "[hours]\nmon = [\"09:30-13:00\"]\nsun = [\"09:00-12:00\"]\n[[closures]]\nfrom = \"2026-12-24\"\nto = \"2027-01-04\"\n[text.en]\ndescription = \"Help with homeless applications.\"\n[text.ar]\ndescription = \"مساعدة في طلبات السَّكَن للمشردين.\"",
    )
    .service(
        "night-shelter",
        "Clyde Night Shelter",
        "[\"housing\", \"safety-stability\"]",
        "[\"en\", \"ti\"]",
        "[hours]\nmon = [\"20:00-08:00\"]\ntue = [\"20:00-08:00\"]\n[text.en]\ndescription = \"A warm bed for the night.\"",
    )
    .service(
        "food-larder",
        "Maryhill Food Larder",
        "[\"health\"]",
        "[\"en\", \"uk\"]",
        "[hours]\nwed = [\"10:00-14:00\"]\n[text.en]\ndescription = \"Free food parcels, no referral needed.\"\n[text.uk]\ndescription = \"Безкоштовні продуктові набори.\"",
    );
    pack
}

fn names(views: &[peerguide_core::service::ServiceView]) -> Vec<&str> {
    views.iter().map(|v| v.listing.name.as_str()).collect()
}

fn at(s: &str) -> NaiveDateTime {
    parse_local_time(s).unwrap()
}

fn find(query: ServiceQuery, language: &str) -> Vec<String> {
    let store = store_with(&pack());
    names(
        &store
            .services(&query, &lang(language), at("2026-11-23T12:00"))
            .unwrap(),
    )
    .into_iter()
    .map(str::to_owned)
    .collect()
}

#[test]
fn by_topic() {
    let q = ServiceQuery {
        topic: Some(Topic::Housing),
        ..Default::default()
    };
    assert_eq!(
        find(q, "en"),
        ["Clyde Night Shelter", "Govan Housing Advice"]
    );
}

#[test]
fn by_language_spoken_including_a_regional_tag() {
    let q = ServiceQuery {
        speaks: Some(lang("fa-AF")),
        ..Default::default()
    };
    assert_eq!(find(q, "en"), ["Govan Housing Advice"]);
    let q = ServiceQuery {
        speaks: Some(lang("ti")),
        topic: Some(Topic::Housing),
        ..Default::default()
    };
    assert_eq!(find(q, "en"), ["Clyde Night Shelter"]);
}

#[test]
fn open_at_a_local_time_counting_overnight_hours() {
    // Monday 23 November 2026, 10:00: the advice centre is open.
    let q = ServiceQuery {
        open_at: Some(at("2026-11-23T10:00")),
        ..Default::default()
    };
    assert_eq!(find(q, "en"), ["Govan Housing Advice"]);
    // Tuesday 03:00: only the shelter, still open from Monday night.
    let q = ServiceQuery {
        open_at: Some(at("2026-11-24T03:00")),
        ..Default::default()
    };
    assert_eq!(find(q, "en"), ["Clyde Night Shelter"]);
    // During the Christmas closure, a Monday morning finds nothing open.
    let q = ServiceQuery {
        open_at: Some(at("2026-12-28T10:00")),
        ..Default::default()
    };
    assert!(find(q, "en").is_empty());
}

#[test]
fn open_at_an_instant_across_the_clock_change() {
    // Sunday 29 March 2026, clocks go forward: 08:30 UTC is 09:30 BST, open.
    let q = ServiceQuery {
        open_at: Some(at("2026-03-29T08:30:00Z")),
        ..Default::default()
    };
    assert_eq!(find(q, "en"), ["Govan Housing Advice"]);
    // The same UTC time a week before is 08:30 GMT: not yet open.
    let q = ServiceQuery {
        open_at: Some(at("2026-03-22T08:30:00Z")),
        ..Default::default()
    };
    assert!(find(q, "en").is_empty());
    // Sunday 25 October 2026, clocks go back: 11:30 UTC is 11:30 GMT, open; a week before it
    // was 12:30 BST, closed.
    let q = ServiceQuery {
        open_at: Some(at("2026-10-25T11:30:00Z")),
        ..Default::default()
    };
    assert_eq!(find(q, "en"), ["Govan Housing Advice"]);
    let q = ServiceQuery {
        open_at: Some(at("2026-10-18T11:30:00Z")),
        ..Default::default()
    };
    assert!(find(q, "en").is_empty());
}

#[test]
fn free_text_in_any_language_the_service_is_described_in() {
    let q = ServiceQuery {
        text: Some("food".into()),
        ..Default::default()
    };
    assert_eq!(find(q, "en"), ["Maryhill Food Larder"]);
    // Arabic, typed without vowels and without the article, finds the Arabic description.
    let q = ServiceQuery {
        text: Some("سكن".into()),
        ..Default::default()
    };
    assert_eq!(find(q, "ar"), ["Govan Housing Advice"]);
    let q = ServiceQuery {
        text: Some("shelter".into()),
        topic: Some(Topic::Health),
        ..Default::default()
    };
    assert!(find(q, "en").is_empty(), "filters combine");
}

#[test]
fn text_is_shown_in_the_best_language_and_says_which() {
    let store = store_with(&pack());
    let views = store
        .services(
            &ServiceQuery::default(),
            &lang("uk"),
            at("2026-11-25T11:00"),
        )
        .unwrap();
    let larder = views
        .iter()
        .find(|v| v.listing.slug == "food-larder")
        .unwrap();
    assert_eq!(
        (larder.text_lang.as_str(), larder.is_fallback),
        ("uk", false)
    );
    assert!(larder.open, "Wednesday 11:00 is within its hours");
    let shelter = views
        .iter()
        .find(|v| v.listing.slug == "night-shelter")
        .unwrap();
    assert_eq!(
        (shelter.text_lang.as_str(), shelter.is_fallback),
        ("en", true)
    );
    assert!(!shelter.open);
}
