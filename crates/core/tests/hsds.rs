//! Services in and out as Open Referral UK / HSDS 3 JSON: what is exported is valid against
//! the published schemas (vendored in `tests/hsds-schema/`), and a round trip through HSDS
//! gives back every service exactly.

mod support;

use std::path::Path;

use peerguide_core::hsds;
use peerguide_core::import::{import_dir, import_pack};
use peerguide_core::pack::{self, Pack};
use peerguide_core::service::{Access, Cost, Service};
use peerguide_core::{Error, Store, Topic};
use serde_json::{Value, json};
use support::{TestPack, lang, store_with};

fn schema(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hsds-schema")
        .join(name);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// Every service of an export must be a valid HSDS 3.0.1 service and a valid Open Referral
/// UK service.
fn assert_valid(export: &Value) {
    let services = export
        .as_array()
        .expect("an HSDS service package is an array");
    for name in ["hsds-3.0.1-service.json", "oruk-3.0-service.json"] {
        let validator = schema(name);
        for service in services {
            let errors: Vec<String> = validator
                .iter_errors(service)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(
                errors.is_empty(),
                "{} is not valid against {name}:\n{}",
                service["name"],
                errors.join("\n")
            );
        }
    }
}

fn demo_services_store() -> Store {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let pack = pack::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    let services_only = Pack {
        services: pack.services,
        ..Pack::default()
    };
    let mut store = Store::open_in_memory().unwrap();
    import_pack(&mut store, services_only, &mut |_| {}).unwrap();
    store
}

fn import_json(value: &Value) -> Store {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("services.json");
    std::fs::write(&file, serde_json::to_string_pretty(value).unwrap()).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    import_dir(&mut store, &file, &mut |_| {}).unwrap_or_else(|e| panic!("{e}"));
    store
}

#[test]
fn demo_services_round_trip_through_hsds_and_are_valid_hsds() {
    let first_store = demo_services_store();
    let services = first_store.service_records().unwrap();
    assert!(services.len() >= 40);
    let first = hsds::export(&services);
    assert_valid(&first);
    // The validator does catch what the schemas forbid.
    let mut broken = first[0].clone();
    broken.as_object_mut().unwrap().remove("status");
    broken["phones"][0]["id"] = json!("phone-1");
    let errors = schema("hsds-3.0.1-service.json")
        .iter_errors(&broken)
        .count();
    assert_eq!(errors, 2, "a missing status and an id that is not a UUID");

    let second_store = import_json(&first);
    assert_eq!(
        second_store.service_records().unwrap(),
        services,
        "pack → db → HSDS → db gives back every service exactly"
    );
    let second = hsds::export(&second_store.service_records().unwrap());
    assert_eq!(second, first, "db → HSDS → db → HSDS writes the same JSON");
}

#[test]
fn a_folder_of_hsds_files_imports_like_one_file() {
    let store = demo_services_store();
    let services = store.service_records().unwrap();
    let export = hsds::export(&services);
    let dir = tempfile::tempdir().unwrap();
    for (i, service) in export.as_array().unwrap().iter().enumerate() {
        std::fs::write(
            dir.path().join(format!("service-{i:03}.json")),
            service.to_string(),
        )
        .unwrap();
    }
    let mut from_folder = Store::open_in_memory().unwrap();
    let report = import_dir(&mut from_folder, dir.path(), &mut |_| {}).unwrap();
    assert_eq!(report.services.inserted, services.len());
    assert_eq!(from_folder.service_records().unwrap(), services);
}

fn tricky_pack() -> TestPack {
    let pack = TestPack::new();
    pack.service(
        "night-shelter",
        "Night Shelter",
        "[\"housing\", \"first-steps\"]",
        "[\"en\", \"ar\", \"fa-AF\"]",
        r#"reviewed_on = "2026-11-02"
sample = true
web = "https://shelter.example.org"

[hours]
mon = ["09:30-13:00", "14:00-16:30"]
tue = ["14:00-16:30"]
sat = ["20:00-08:00"]

[[closures]]
from = "2026-12-24"
to = "2027-01-04"
reason = "Christmas"

[[closures]]
from = "2027-04-03"
to = "2027-04-03"

[text.en]
description = "Beds for the night."
accessibility = "Step-free entrance."

[text.ar]
description = "أسرّة لليلة."

[text.fa]
description = "تخت برای شب."
accessibility = "ورودی بدون پله."
"#,
    );
    pack
}

#[test]
fn hours_closures_translations_and_flags_survive_the_round_trip() {
    let store = store_with(&tricky_pack());
    let services = store.service_records().unwrap();
    let export = hsds::export(&services);
    assert_valid(&export);
    let s = &export[0];
    assert_eq!(s["assured_date"], "2026-11-02");
    assert_eq!(s["status"], "active");
    assert_eq!(s["phones"][0]["number"], "0141 496 0001");
    let address = &s["service_at_locations"][0]["location"]["addresses"][0];
    assert_eq!(
        (
            &address["address_1"],
            &address["city"],
            &address["postal_code"],
            &address["region"]
        ),
        (
            &json!("1 Test Street"),
            &json!("Glasgow"),
            &json!("G51 1AA"),
            &json!("Govan")
        )
    );
    let codes: Vec<&str> = s["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["en", "ar", "fa-AF"]);
    let schedules = s["schedules"].as_array().unwrap();
    let weekly: Vec<(&str, &str, &str)> = schedules
        .iter()
        .filter(|s| s["freq"] == "WEEKLY")
        .map(|s| {
            (
                s["byday"].as_str().unwrap(),
                s["opens_at"].as_str().unwrap(),
                s["closes_at"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        weekly,
        [
            ("MO", "09:30", "13:00"),
            ("MO,TU", "14:00", "16:30"),
            ("SA", "20:00", "08:00"),
        ]
    );
    let closures: Vec<(&Value, &Value, &Value)> = schedules
        .iter()
        .filter(|s| s.get("valid_from").is_some())
        .map(|s| (&s["valid_from"], &s["valid_to"], &s["description"]))
        .collect();
    assert_eq!(
        closures,
        [
            (
                &json!("2026-12-24"),
                &json!("2027-01-04"),
                &json!("Christmas")
            ),
            (&json!("2027-04-03"), &json!("2027-04-03"), &Value::Null),
        ]
    );

    let back = import_json(&export);
    assert_eq!(back.service_records().unwrap(), services);
    let view = back
        .services(&Default::default(), &lang("fa"), chrono::NaiveDateTime::MIN)
        .unwrap();
    assert_eq!(view[0].description, "تخت برای شب.");
    assert!(view[0].listing.sample);
}

#[test]
fn another_directorys_hsds_service_imports_with_sensible_defaults() {
    let foreign = json!({
        "id": "ac148810-d857-441c-9679-408f346de14b",
        "name": "Govan Food Share",
        "description": "Free food parcels, no referral needed.",
        "status": "active",
        "url": "https://food.example.org",
        "application_process": "Drop in on Tuesdays",
        "assured_date": "2026-10-01",
        "organization": {
            "id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
            "name": "Govan Food Share",
            "description": "A food bank.",
            "phones": [{ "id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e", "number": "0141 496 0999" }]
        },
        "languages": [{ "id": "2989d3ed-c547-48f8-8f9d-432d81c7892e", "code": "ar" }],
        "schedules": [{
            "id": "6cd71e9f-1013-49d9-8370-26b8f59d3e5a",
            "freq": "WEEKLY", "byday": "TU,TH", "opens_at": "10:00:00Z", "closes_at": "12:30:00Z"
        }],
        "service_at_locations": [{
            "id": "e94a9fb5-8ea5-4a5f-a3a5-3a2e9f0f7d6a",
            "location": {
                "id": "f28dd44b-0c4d-479f-8e90-4c52219a8b3c",
                "location_type": "physical",
                "addresses": [{
                    "id": "3f7b145d-84af-42d7-8fae-eaca714b02b2",
                    "address_1": "5 Langlands Road", "city": "Glasgow",
                    "state_province": "Scotland", "postal_code": "G51 3BD",
                    "country": "GB", "address_type": "physical"
                }]
            }
        }],
        "attributes": [{
            "id": "ae58cc39-8b70-4ab1-8aea-786882e5ac8e",
            "taxonomy_term": { "id": "38960354-e7d2-4cfa-a368-820f729d6ccf", "code": "first-steps", "name": "First steps", "description": "First steps" }
        }]
    });
    let store = import_json(&json!({ "contents": [foreign] }));
    let s: Service = store.service_record("govan-food-share").unwrap().unwrap();
    assert_eq!(s.id.to_string(), "ac148810-d857-441c-9679-408f346de14b");
    assert_eq!(s.topics, [Topic::FirstSteps]);
    assert_eq!(s.address, "5 Langlands Road, Glasgow G51 3BD");
    assert_eq!(s.area, "Glasgow");
    assert_eq!(s.phone.as_deref(), Some("0141 496 0999"));
    assert_eq!(s.languages, [lang("ar")]);
    assert_eq!((s.cost, s.access), (Cost::Free, Access::WalkIn));
    assert_eq!(s.reviewed_on.unwrap().to_string(), "2026-10-01");
    assert!(!s.sample);
    assert_eq!(s.hours.weekly.tue.len(), 1);
    assert_eq!(s.hours.weekly.thu[0].to_string(), "10:00-12:30");
}

#[test]
fn hsds_a_service_cannot_be_imported_from_names_every_reason() {
    let bad = json!([{
        "id": "not-a-uuid",
        "status": "active",
        "languages": [{ "id": "2989d3ed-c547-48f8-8f9d-432d81c7892e", "code": "xx" }],
        "schedules": [{ "id": "6cd71e9f-1013-49d9-8370-26b8f59d3e5a", "freq": "MONTHLY", "byday": "1MO", "opens_at": "10:00", "closes_at": "12:00" }]
    }]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("feed.json");
    std::fs::write(&file, bad.to_string()).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let err = import_dir(&mut store, &file, &mut |_| {}).unwrap_err();
    let Error::InvalidPack { problems } = &err else {
        panic!("{err}");
    };
    let text = err.to_string();
    for needle in [
        "feed.json",
        "[0].id",
        "not a UUID",
        "[0].name",
        "[0].languages[0].code",
        "'xx'",
        "MONTHLY",
        "topic",
        "address",
        "description",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
    assert!(problems.len() >= 6);
    assert_eq!(store.counts().unwrap().services, 0, "nothing is written");

    std::fs::write(&file, "{ not json").unwrap();
    let err = import_dir(&mut store, &file, &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("is not JSON"), "{err}");
}

#[test]
fn a_content_pack_folder_is_never_taken_for_hsds() {
    let pack = tricky_pack();
    pack.file("notes.json", "{}");
    assert!(!hsds::is_hsds(pack.path()));
}
