//! A volunteer profile is held to the same rules wherever it is written: in a content pack,
//! on a device (the change the app makes and later pushes) and at the hub (the push over
//! HTTP). Each bad profile below is refused by all three, the device and the hub with the
//! same code; and for generated profiles the three agree on what they keep.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};

use peerguide_core::sync::{self, Field};
use peerguide_core::volunteer::limits;
use peerguide_core::{Error, Store, pack};
use proptest::prelude::*;
use serde_json::{Map, Value, json};
use support::*;
use uuid::Uuid;

/// A profile as its fields go on the wire (`display-name`, `contacts`…), under a slug.
#[derive(Debug, Clone)]
struct Profile {
    slug: String,
    fields: Map<String, Value>,
}

fn amal(slug: &str) -> Profile {
    let fields = json!({
        "display-name": "Amal",
        "languages": [{"lang": "ar", "level": "native"}],
        "topics": ["housing"],
        "availability": {"tue": ["18:00-20:00"]},
        "contacts": [
            {"channel": "phone", "value": "0141 496 0000", "visible_to": "everyone"},
            {"channel": "email", "value": "amal@example.org", "visible_to": "coordinators"}
        ],
        "about": {"ar": "أتكلم العربية"}
    });
    Profile {
        slug: slug.into(),
        fields: fields.as_object().unwrap().clone(),
    }
}

/// What one place answered: kept, or refused with a code (and, for a pack, the field of
/// each problem).
#[derive(Debug, Clone, PartialEq)]
enum Verdict {
    Kept,
    Refused(String, Vec<Option<String>>),
}

impl Verdict {
    fn code(&self) -> Option<&str> {
        match self {
            Verdict::Kept => None,
            Verdict::Refused(code, _) => Some(code),
        }
    }
}

/// A TOML value in one line (inline tables and arrays), so a profile is one key per line.
fn toml_value(v: &Value) -> String {
    match v {
        // JSON's string escapes are TOML's, except that TOML also wants DEL escaped.
        Value::String(s) => serde_json::to_string(s)
            .unwrap()
            .replace('\u{7f}', "\\u007F"),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(toml_value).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(map) => format!(
            "{{ {} }}",
            map.iter()
                .map(|(k, v)| format!("{} = {}", toml_value(&json!(k)), toml_value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

/// The profile as a pack's `volunteers/<slug>.toml`, loaded as the CLI's import loads it.
fn in_pack(p: &Profile) -> Verdict {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("volunteers")).unwrap();
    let text: String = p
        .fields
        .iter()
        .map(|(k, v)| format!("{} = {}\n", k.replace('-', "_"), toml_value(v)))
        .collect();
    std::fs::write(
        dir.path()
            .join("volunteers")
            .join(format!("{}.toml", p.slug)),
        text,
    )
    .unwrap();
    match pack::load(dir.path()) {
        Ok(pack) if pack.volunteers.len() == 1 => Verdict::Kept,
        // A hidden file (`.x.toml`) is not read at all.
        Ok(_) => Verdict::Refused("not-read".into(), vec![]),
        Err(Error::InvalidPack { problems }) => Verdict::Refused(
            "invalid-pack".into(),
            problems.into_iter().map(|p| p.field).collect(),
        ),
        Err(e) => panic!("a pack of one profile: {e}"),
    }
}

fn changes(p: &Profile) -> Vec<(Field, Value)> {
    p.fields
        .iter()
        .map(|(k, v)| (Field::parse(k).unwrap(), v.clone()))
        .collect()
}

/// The profile written on a device: the change a sync pushes.
fn on_device(p: &Profile) -> Verdict {
    let mut store = Store::open_in_memory().unwrap();
    match sync::edit_volunteer(&mut store, Uuid::now_v7(), &p.slug, &changes(p), 0) {
        Ok(()) => Verdict::Kept,
        Err(e) => Verdict::Refused(e.code().into(), vec![]),
    }
}

/// The profile pushed to the hub over HTTP by its own volunteer.
fn at_hub(t: &TestHub, p: &Profile) -> Verdict {
    let (token, id) = t.volunteer();
    let now = peerguide_core::sync::hlc::wall_clock_ms();
    let fields: Map<String, Value> = p
        .fields
        .iter()
        .map(|(k, v)| {
            let at = format!("{now:012x}-0000-{}", Uuid::now_v7().simple());
            (k.clone(), json!({"at": at, "value": v}))
        })
        .collect();
    let body =
        json!({"batch_id": Uuid::now_v7(), "docs": [{"id": id, "slug": p.slug, "fields": fields}]});
    match post_json(&t.url, "/v1/push", Some(&token), body) {
        (200, _, _) => Verdict::Kept,
        (status, Some(code), _) if (400..500).contains(&status) => Verdict::Refused(code, vec![]),
        other => panic!("the hub answered {other:?}"),
    }
}

/// A slug no other case has used, so the hub never answers `slug-taken`.
fn fresh(prefix: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}{}", N.fetch_add(1, Ordering::Relaxed))
}

#[test]
fn each_place_refuses_a_bad_profile_with_the_same_code() {
    let t = TestHub::start();
    let with = |field: &str, value: Value| {
        let mut p = amal(&fresh("amal-"));
        p.fields.insert(field.into(), value);
        p
    };
    let contact = |channel: &str, value: &str| {
        with(
            "contacts",
            json!([{"channel": channel, "value": value, "visible_to": "everyone"}]),
        )
    };
    let slugged = |slug: String| Profile { slug, ..amal("") };
    // What is wrong, the profile, the code a device and the hub give, the field the pack names.
    let table: Vec<(&str, Profile, &str, Option<&str>)> = vec![
        (
            "a slug starting with a hyphen",
            slugged(format!("-{}", fresh("amal"))),
            "invalid-change",
            Some("slug"),
        ),
        (
            "a slug ending with a hyphen",
            slugged(format!("{}-", fresh("amal"))),
            "invalid-change",
            Some("slug"),
        ),
        (
            "a slug with capitals",
            slugged(fresh("Amal")),
            "invalid-change",
            Some("slug"),
        ),
        (
            "a slug with a space",
            slugged(fresh("amal ")),
            "invalid-change",
            Some("slug"),
        ),
        (
            "a slug over its length",
            slugged(fresh(&"a".repeat(limits::SLUG_CHARS))),
            "invalid-change",
            Some("slug"),
        ),
        (
            "a phone number that is words",
            contact("phone", "call me"),
            "invalid-change",
            Some("contacts.value"),
        ),
        (
            "a phone number too short",
            contact("phone", "0141"),
            "invalid-change",
            Some("contacts.value"),
        ),
        (
            "a WhatsApp number with words",
            contact("whatsapp", "07700 900123 evenings"),
            "invalid-change",
            Some("contacts.value"),
        ),
        (
            "an email address without @",
            contact("email", "amal at example.org"),
            "invalid-change",
            Some("contacts.value"),
        ),
        (
            "a blank Signal contact",
            contact("signal", "  "),
            "invalid-change",
            Some("contacts.value"),
        ),
        (
            "a contact over two lines",
            contact("phone", "0141 496\n0000"),
            "invalid-change",
            Some("contacts.value"),
        ),
        (
            "a contact turned around",
            contact("phone", "\u{202E}0141 496 0000"),
            "invalid-change",
            Some("contacts.value"),
        ),
        (
            "a contact over its length",
            contact("signal", &"7".repeat(limits::CONTACT_CHARS + 1)),
            "profile-too-large",
            Some("contacts.value"),
        ),
        (
            "a contact for an audience that does not exist",
            with(
                "contacts",
                json!([{"channel": "phone", "value": "0141 496 0000", "visible_to": "friends"}]),
            ),
            "invalid-change",
            None,
        ),
        (
            "a name that shows nothing",
            with("display-name", json!("\u{200B}\u{200D}")),
            "invalid-display-name",
            Some("display_name"),
        ),
        (
            "a name that turns text around",
            with("display-name", json!("Am\u{202E}al")),
            "invalid-display-name",
            Some("display_name"),
        ),
        (
            "a name over its length",
            with("display-name", json!("a".repeat(limits::NAME_CHARS + 1))),
            "profile-too-large",
            Some("display_name"),
        ),
        (
            "too many topics",
            with("topics", json!(vec!["housing"; limits::TOPICS + 1])),
            "profile-too-large",
            Some("topics"),
        ),
        (
            "too long an about text",
            with("about", json!({"ar": "x".repeat(limits::ABOUT_CHARS + 1)})),
            "profile-too-large",
            Some("about"),
        ),
    ];
    let good = amal(&fresh("amal-"));
    assert_eq!(
        (in_pack(&good), on_device(&good), at_hub(&t, &good)),
        (Verdict::Kept, Verdict::Kept, Verdict::Kept),
        "the profile every bad one is made from is good"
    );
    for (what, profile, code, pack_field) in table {
        let pack = in_pack(&profile);
        let Verdict::Refused(_, fields) = &pack else {
            panic!("{what}: the pack kept it");
        };
        if let Some(field) = pack_field {
            assert!(
                fields.iter().any(|f| f.as_deref() == Some(field)),
                "{what}: the pack names {fields:?}, not {field}"
            );
        }
        assert_eq!(
            on_device(&profile).code(),
            Some(code),
            "{what}: on a device"
        );
        assert_eq!(
            at_hub(&t, &profile).code(),
            Some(code),
            "{what}: at the hub"
        );
    }
}

fn slug() -> impl Strategy<Value = String> {
    // The counter keeps every kept slug new to the hub; what comes before it decides.
    prop_oneof![
        4 => "[a-z0-9]{1,5}(-[a-z0-9]{1,3})?",
        2 => "[a-zA-Z0-9 _.-]{0,4}",
        1 => "[a-z]{97,100}",
    ]
    .prop_map(|s| fresh(&s))
}

fn name() -> impl Strategy<Value = String> {
    // The app and a pack both trim a name, so only what is inside it is generated.
    prop_oneof![
        4 => "[A-Za-zأمل ]{1,12}",
        2 => "[a-z]{0,3}[\u{200B}\u{200D}\u{202E}\u{2066}\t\u{7f}]{1,2}[a-z]{0,3}",
        1 => "[a-z]{99,101}",
    ]
    .prop_map(|s| s.trim().to_owned())
}

fn contact_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("0141 496 0000".to_owned()),
        Just("+44 (0)7700 900123".to_owned()),
        "[0-9 ]{1,18}",
        "[a-z]{1,5}@[a-z]{1,5}(\\.org)?",
        "[a-z ]{0,6}",
        "0141[\n\t\u{202E}]496 0000",
        Just("7".repeat(limits::CONTACT_CHARS + 1)),
    ]
}

fn contact() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec!["phone", "whatsapp", "signal", "email"]),
        contact_value(),
        prop::sample::select(vec!["everyone", "volunteers", "coordinators"]),
    )
        .prop_map(|(channel, value, visible_to)| {
            json!({"channel": channel, "value": value, "visible_to": visible_to})
        })
}

fn profile() -> impl Strategy<Value = Profile> {
    let language = (
        prop::sample::select(vec!["ar", "fa", "ti", "en"]),
        prop::sample::select(vec!["native", "fluent", "conversational", "basic"]),
    )
        .prop_map(|(lang, level)| json!({"lang": lang, "level": level}));
    let topic = prop::sample::select(vec!["housing", "health", "employment", "first-steps"]);
    (
        slug(),
        name(),
        // A pack needs at least one language; a device and the hub take a profile without.
        prop::collection::vec(language, 1..3),
        prop_oneof![4 => prop::collection::vec(topic, 0..3), 1 => Just(vec!["housing"; limits::TOPICS + 1])],
        0..=limits::RANGES_PER_DAY + 1,
        prop::collection::vec(contact(), 0..3),
        prop_oneof![4 => "[a-z ]{0,20}", 1 => Just("x".repeat(limits::ABOUT_CHARS + 1))],
    )
        .prop_map(|(slug, name, languages, topics, ranges, contacts, about)| {
            let fields = json!({
                "display-name": name,
                "languages": languages,
                "topics": topics,
                "availability": {"mon": vec!["09:00-10:00"; ranges]},
                "contacts": contacts,
                "about": {"ar": about},
            });
            Profile {
                slug,
                fields: fields.as_object().unwrap().clone(),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_pack_a_device_and_the_hub_keep_the_same_profiles(profiles in prop::collection::vec(profile(), 4)) {
        let t = TestHub::start();
        for p in &profiles {
            let (pack, device, hub) = (in_pack(p), on_device(p), at_hub(&t, p));
            prop_assert_eq!(pack == Verdict::Kept, device == Verdict::Kept, "pack {:?}, device {:?}: {:?}", pack, device, p);
            prop_assert_eq!(&device, &hub, "{:?}", p);
        }
    }
}
