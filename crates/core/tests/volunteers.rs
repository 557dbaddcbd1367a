//! The volunteer directory shows each audience only the contact details consented for it.

mod support;

use peerguide_core::Topic;
use peerguide_core::hours::parse_local_time;
use peerguide_core::volunteer::{Audience, VolunteerQuery};
use support::{TestPack, lang, store_with};

fn pack() -> TestPack {
    let pack = TestPack::new();
    pack.file(
        "volunteers/amal.toml",
        r#"display_name = "Amal"
topics = ["housing", "health"]
[[languages]]
lang = "ar"
level = "native"
[[languages]]
lang = "en"
level = "fluent"
[[contacts]]
channel = "email"
value = "amal@peers.example.org"
visible_to = "everyone"
[[contacts]]
channel = "whatsapp"
value = "07700 900123"
visible_to = "volunteers"
[[contacts]]
channel = "phone"
value = "07700 900124"
visible_to = "coordinators"
"#,
    )
    .file(
        "volunteers/dawit.toml",
        r#"display_name = "Dawit"
topics = ["employment"]
[[languages]]
lang = "ti"
level = "native"
[availability]
sat = ["10:00-12:00"]
"#,
    );
    pack
}

#[test]
fn newcomers_see_only_public_contacts() {
    let store = store_with(&pack());
    let all = store.volunteers(Audience::Everyone, None, None).unwrap();
    assert_eq!(
        all.iter()
            .map(|v| v.display_name.as_str())
            .collect::<Vec<_>>(),
        ["Amal", "Dawit"]
    );
    let amal = &all[0];
    assert_eq!(
        amal.contacts
            .iter()
            .map(|c| c.value.as_str())
            .collect::<Vec<_>>(),
        ["amal@peers.example.org"]
    );
}

#[test]
fn volunteers_and_coordinators_see_more() {
    let store = store_with(&pack());
    let seen = |a| {
        store.volunteers(a, None, Some(Topic::Housing)).unwrap()[0]
            .contacts
            .len()
    };
    assert_eq!(
        (seen(Audience::Volunteers), seen(Audience::Coordinators)),
        (2, 3)
    );
}

#[test]
fn filter_by_language_and_topic() {
    let store = store_with(&pack());
    let names = |speaks: Option<&str>, topic| -> Vec<String> {
        store
            .volunteers(Audience::Everyone, speaks.map(lang).as_ref(), topic)
            .unwrap()
            .into_iter()
            .map(|v| v.display_name)
            .collect()
    };
    assert_eq!(names(Some("ti"), None), ["Dawit"]);
    assert_eq!(names(Some("ar-IQ"), None), ["Amal"]);
    assert_eq!(names(None, Some(Topic::Employment)), ["Dawit"]);
    assert!(names(Some("ti"), Some(Topic::Housing)).is_empty());
}

#[test]
fn available_now_keeps_volunteers_free_at_that_moment_and_not_away() {
    let pack = pack();
    pack.file(
        "volunteers/selam.toml",
        r#"display_name = "Selam"
topics = ["health"]
away_until = "2026-11-28"
[[languages]]
lang = "ti"
level = "native"
[availability]
sat = ["10:00-12:00"]
"#,
    );
    let store = store_with(&pack);
    let free_at = |moment: &str| -> Vec<String> {
        let query = VolunteerQuery {
            available_at: Some(parse_local_time(moment).unwrap()),
            ..VolunteerQuery::default()
        };
        store
            .find_volunteers(Audience::Everyone, &query)
            .unwrap()
            .into_iter()
            .map(|v| v.display_name)
            .collect()
    };
    // Saturday 28 November 2026: Selam's last day away, so only Dawit.
    assert_eq!(free_at("2026-11-28T11:00"), ["Dawit"]);
    // The Saturday after, both; outside their hours, nobody.
    assert_eq!(free_at("2026-12-05T11:00"), ["Dawit", "Selam"]);
    assert!(free_at("2026-12-05T12:00").is_empty());
    // The pause is kept as written.
    let selam = store
        .volunteers(Audience::Everyone, Some(&lang("ti")), Some(Topic::Health))
        .unwrap();
    assert_eq!(selam[0].away_until, Some("2026-11-28".parse().unwrap()));
}

#[test]
fn a_pause_that_is_not_a_date_is_reported_with_its_file() {
    let pack = pack();
    pack.file(
        "volunteers/selam.toml",
        r#"display_name = "Selam"
topics = ["health"]
away_until = "end of June"
[[languages]]
lang = "ti"
level = "native"
"#,
    );
    let mut store = peerguide_core::Store::open_in_memory().unwrap();
    let err = pack.import(&mut store).unwrap_err().to_string();
    assert!(err.contains("selam.toml"), "{err}");
}
