//! Content packs: what a coordinator sees when a pack is wrong, and that a good pack imports
//! the same way every time.

mod support;

use peerguide_core::import::Tally;
use peerguide_core::pack::PackProblem;
use peerguide_core::{Error, Store};
use support::{TestPack, lang, store_with};

fn good_pack() -> TestPack {
    let pack = TestPack::new();
    pack.article("gp", "health", 1, "Registering with a GP", "It is free.")
        .translation("gp", "ar", 1, "التسجيل لدى طبيب", "مجاني", "التسجيل مجاني.")
        .service("food-bank", "Food Bank", "[\"health\"]", "[\"en\", \"ar\"]", "[text.en]\ndescription = \"Food parcels.\"")
        .file(
            "volunteers/amal.toml",
            "display_name = \"Amal\"\ntopics = [\"housing\"]\n[[languages]]\nlang = \"ar\"\nlevel = \"native\"\n[[contacts]]\nchannel = \"phone\"\nvalue = \"07700 900123\"\nvisible_to = \"volunteers\"\n",
        );
    pack
}

fn problems(result: peerguide_core::Result<impl std::fmt::Debug>) -> Vec<PackProblem> {
    match result {
        Err(Error::InvalidPack { problems }) => problems,
        other => panic!("expected an invalid pack, got {other:?}"),
    }
}

fn described(problems: &[PackProblem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

#[test]
fn a_good_pack_imports_everything() {
    let pack = good_pack();
    let mut store = Store::open_in_memory().unwrap();
    let report = pack.import(&mut store).unwrap();
    let new = Tally {
        inserted: 1,
        updated: 0,
        unchanged: 0,
    };
    assert_eq!(
        (report.articles, report.services, report.volunteers),
        (new, new, new)
    );
    let counts = store.counts().unwrap();
    assert_eq!(
        (
            counts.articles,
            counts.translations,
            counts.services,
            counts.volunteers
        ),
        (1, 2, 1, 1)
    );
    assert!(store.info("imported_at").unwrap().is_some());
}

#[test]
fn reimporting_is_idempotent_and_keeps_ids() {
    let pack = good_pack();
    let mut store = store_with(&pack);
    let id = store.article_record("gp").unwrap().id;
    assert_eq!(id.get_version_num(), 7, "ids are UUID v7");

    let again = pack.import(&mut store).unwrap();
    assert_eq!(
        again.articles,
        Tally {
            inserted: 0,
            updated: 0,
            unchanged: 1
        }
    );
    assert_eq!(
        again.services,
        Tally {
            inserted: 0,
            updated: 0,
            unchanged: 1
        }
    );

    pack.article(
        "gp",
        "health",
        2,
        "Registering with a GP",
        "It is free for everyone.",
    );
    let changed = pack.import(&mut store).unwrap();
    assert_eq!(
        changed.articles,
        Tally {
            inserted: 0,
            updated: 1,
            unchanged: 0
        }
    );
    let article = store.article_record("gp").unwrap();
    assert_eq!(article.id, id, "the id survives an update");
    assert_eq!(article.revision, 2);
    assert!(
        store.article("gp", &lang("ar")).unwrap().stale,
        "the Arabic is now out of date"
    );
}

#[test]
fn a_removed_translation_is_removed_on_reimport() {
    let pack = good_pack();
    let mut store = store_with(&pack);
    pack.remove("guidance/gp/ar.md");
    pack.import(&mut store).unwrap();
    let view = store.article("gp", &lang("ar")).unwrap();
    assert_eq!(view.lang.as_str(), "en");
    assert!(
        store.search(&lang("ar"), "التسجيل", 5).unwrap().is_empty(),
        "its search entries went too"
    );
}

#[test]
fn malformed_toml_names_file_and_line() {
    let pack = good_pack();
    pack.file("guidance/gp/fa.md", "+++\ntitle = \"ثبت‌نام\nsummary = \"x\"\nsource_revision = 1\nreview = \"machine\"\n+++\nبدنه\n");
    let found = problems(pack::load(&pack));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].file.to_str(), Some("guidance/gp/fa.md"));
    assert_eq!(found[0].line, Some(2));
}

mod pack {
    pub fn load(pack: &super::TestPack) -> peerguide_core::Result<peerguide_core::pack::Pack> {
        peerguide_core::pack::load(pack.path())
    }
}

#[test]
fn wrong_values_name_the_field_and_line() {
    let pack = good_pack();
    pack.file("guidance/gp/en.md", "+++\ntopic = \"helth\"\nrevision = 1\ntitle = \"GP\"\nsummary = \"s\"\nreview = \"reviewed\"\n+++\nbody\n");
    let found = problems(pack::load(&pack));
    assert_eq!(found[0].file.to_str(), Some("guidance/gp/en.md"));
    assert_eq!(found[0].field.as_deref(), Some("topic"));
    assert_eq!(found[0].line, Some(2));
    assert!(found[0].message.contains("helth"), "{}", found[0].message);
}

#[test]
fn every_problem_is_reported_at_once() {
    let pack = good_pack();
    pack.file("guidance/gp/xx.md", "+++\n+++\n")
        .file("guidance/empty/en.md", "+++\ntopic = \"health\"\nrevision = 1\ntitle = \"\"\nsummary = \"s\"\nreview = \"reviewed\"\n+++\nbody\n")
        .service("bad", "Bad", "[\"housing\"]", "[\"en\", \"zz\"]", "[text.en]\ndescription = \"d\"")
        .file("guidance/nosource/ar.md", "+++\n+++\n")
        .file("services/broken.toml", "name = \n");
    let found = described(&problems(pack::load(&pack)));
    let expect = [
        "guidance/gp/xx.md: field 'language': the file name is not a language: unknown language 'xx'",
        "guidance/empty/en.md:4: field 'title': must not be empty",
        "services/bad.toml:6: field 'languages': unknown language 'zz'",
        "guidance/nosource/en.md: missing",
        "services/broken.toml:1",
    ];
    for needle in expect {
        assert!(
            found
                .iter()
                .any(|p| p.starts_with(needle) || p.contains(needle)),
            "no problem like {needle:?} in {found:#?}"
        );
    }
}

#[test]
fn duplicate_slugs_and_ids_are_refused() {
    let pack = good_pack();
    pack.service(
        "area-a/advice",
        "Advice A",
        "[\"housing\"]",
        "[\"en\"]",
        "[text.en]\ndescription = \"d\"",
    )
    .service(
        "area-b/advice",
        "Advice B",
        "[\"housing\"]",
        "[\"en\"]",
        "[text.en]\ndescription = \"d\"",
    );
    let found = described(&problems(pack::load(&pack)));
    assert!(
        found.iter().any(|p| p.starts_with("services/area-b/advice.toml: field 'slug': duplicate slug 'advice': also used by services/area-a/advice.toml")),
        "{found:#?}"
    );

    let pack = good_pack();
    let id = "019ab000-0000-7000-8000-000000000001";
    pack.service(
        "one",
        "One",
        "[\"housing\"]",
        "[\"en\"]",
        &format!("id = \"{id}\"\n[text.en]\ndescription = \"d\""),
    )
    .service(
        "two",
        "Two",
        "[\"housing\"]",
        "[\"en\"]",
        &format!("id = \"{id}\"\n[text.en]\ndescription = \"d\""),
    );
    let found = described(&problems(pack::load(&pack)));
    assert!(
        found.iter().any(|p| p.contains("duplicate id")),
        "{found:#?}"
    );
}

#[test]
fn ids_that_are_not_uuid_v7_are_refused() {
    let pack = good_pack();
    pack.service(
        "v4",
        "V4",
        "[\"housing\"]",
        "[\"en\"]",
        "id = \"6f1c2b9e-3c1d-4c8e-9a6b-2f4e5d6c7b8a\"\n[text.en]\ndescription = \"d\"",
    );
    let found = described(&problems(pack::load(&pack)));
    assert!(
        found
            .iter()
            .any(|p| p.contains("services/v4.toml:9: field 'id'") && p.contains("not a UUID v7")),
        "{found:#?}"
    );
}

#[test]
fn a_translation_from_a_future_revision_is_refused() {
    let pack = good_pack();
    pack.translation("gp", "fa", 3, "t", "s", "b");
    let found = described(&problems(pack::load(&pack)));
    assert!(
        found[0].contains("guidance/gp/fa.md:4: field 'source_revision'"),
        "{found:#?}"
    );
}

#[test]
fn text_that_is_not_utf8_is_refused_with_its_line() {
    let pack = good_pack();
    pack.file("services/latin1.toml", "name = \"Caf\u{e9}\"\n");
    std::fs::write(
        pack.path().join("services/latin1.toml"),
        b"name = \"ok\"\narea = \"Caf\xe9\"\n",
    )
    .unwrap();
    let found = described(&problems(pack::load(&pack)));
    assert_eq!(found, ["services/latin1.toml:2: is not UTF-8 text"]);
}

#[test]
fn unexpected_files_are_named() {
    let pack = good_pack();
    pack.file("guidance/gp/en.markdown", "x")
        .file("services/notes.txt", "x")
        .file("README.md", "ignored");
    let found = described(&problems(pack::load(&pack)));
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn an_invalid_pack_changes_nothing_in_the_store() {
    let pack = good_pack();
    let mut store = store_with(&pack);
    let before = store.article_record("gp").unwrap();
    pack.article("gp", "health", 2, "A new title", "New body.")
        .file("services/broken.toml", "name = 3\n");
    let err = pack.import(&mut store).unwrap_err();
    assert_eq!(err.code(), "invalid-pack");
    assert_eq!(
        store.article_record("gp").unwrap(),
        before,
        "nothing half-imported"
    );
}

#[test]
fn an_id_conflict_with_the_store_rejects_the_whole_pack() {
    let pack = good_pack();
    let mut store = store_with(&pack);
    pack.article("new-one", "health", 1, "New", "Body.")
        .service("food-bank", "Food Bank", "[\"health\"]", "[\"en\"]", "id = \"019ab000-0000-7000-8000-000000000009\"\n[text.en]\ndescription = \"Food parcels.\"");
    let found = described(&problems(pack.import(&mut store)));
    assert!(
        found[0].starts_with(
            "services/food-bank.toml: field 'id': 'food-bank' is already stored with id"
        ),
        "{found:#?}"
    );
    assert!(
        store.article_record("new-one").is_err(),
        "no record of the rejected pack was written"
    );
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let mut store = Store::open_in_memory().unwrap();
    let err = peerguide_core::import::import_dir(
        &mut store,
        std::path::Path::new("/no/such/pack"),
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(err.code(), "io");
    assert!(err.to_string().contains("/no/such/pack"));
}

const ORGANISATION: &str = r#"name = "Peer Guide Glasgow"
phone = "+44 141 496 0100"
email = "hello@peerguide.example.org"
address = "12 Sample Street, Glasgow"

[hours]
mon = ["10:00-16:00"]

[interpreter]
en = "Call and say your language in English."
fa = "تماس بگیرید و زبانتان را به انگلیسی بگویید."
"#;

#[test]
fn the_organisations_contact_is_imported_and_shown_in_the_readers_language() {
    let pack = good_pack();
    pack.file("organisation.toml", ORGANISATION);
    let mut store = Store::open_in_memory().unwrap();
    let report = pack.import(&mut store).unwrap();
    // The contact, and the review policy every pack has (the default here).
    assert_eq!(report.settings.inserted, 2);
    let org = store.organisation().unwrap().unwrap();
    assert_eq!(org.phone, "+44 141 496 0100");
    // Imported again unchanged: nothing to write.
    let report = pack.import(&mut store).unwrap();
    assert_eq!(report.settings.unchanged, 2);

    let api = peerguide_core::api::Api::new(store);
    let seen_in = |lang: &str| {
        let view = api
            .organisation(peerguide_core::api::LangParams { lang: lang.into() })
            .unwrap()
            .unwrap();
        (view.interpreter_lang.as_str().to_owned(), view.is_fallback)
    };
    assert_eq!(seen_in("fa"), ("fa".to_owned(), false));
    assert_eq!(
        seen_in("ti"),
        ("en".to_owned(), true),
        "no Tigrinya text: English"
    );
}

#[test]
fn a_pack_without_an_organisation_has_no_contact() {
    let store = store_with(&good_pack());
    assert!(store.organisation().unwrap().is_none());
}

#[test]
fn a_wrong_organisation_file_names_each_field_at_fault() {
    let pack = good_pack();
    pack.file(
        "organisation.toml",
        &ORGANISATION
            .replace("+44 141 496 0100", "0141 496 0100")
            .replace("en = \"Call and say your language in English.\"\n", "")
            .replace(
                "email = \"hello@peerguide.example.org\"",
                "email = \"hello\"",
            )
            .replace(
                "address = \"12 Sample Street, Glasgow\"",
                "address = \"  \"",
            ),
    );
    let found = described(&problems(
        pack.import(&mut Store::open_in_memory().unwrap()),
    ));
    let expect = [
        "organisation.toml:2: field 'phone': '0141 496 0100' must be in international form",
        "organisation.toml:3: field 'email': 'hello' is not an email address",
        "organisation.toml:4: field 'address': must not be empty",
        "organisation.toml: field 'interpreter.en': say in English how to ask for an interpreter",
    ];
    for e in expect {
        assert!(found.iter().any(|f| f.starts_with(e)), "{e}\nin {found:#?}");
    }
}

#[test]
fn a_volunteer_over_the_profile_bounds_is_refused_naming_the_field() {
    let pack = good_pack();
    pack.file(
        "volunteers/sami.toml",
        &format!(
            "display_name = \"Sami\\u202E\"\ntopics = []\n[[languages]]\nlang = \"ar\"\nlevel = \"native\"\n[about]\nen = \"{}\"\n",
            "x".repeat(peerguide_core::volunteer::limits::ABOUT_CHARS + 1)
        ),
    );
    let found = problems(pack::load(&pack));
    let fields: Vec<_> = found.iter().map(|p| p.field.as_deref()).collect();
    assert_eq!(
        fields,
        [Some("display_name"), Some("about")],
        "{:?}",
        described(&found)
    );
    assert_eq!(found[0].line, Some(1));
    assert!(found[1].message.contains("1500"), "{}", found[1].message);
}

/// The files of a pack folder as a [`MemoryPack`], as an app holds the pack built into it.
fn in_memory(root: &std::path::Path) -> peerguide_core::pack::MemoryPack {
    fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<(String, &'static [u8])>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((
                    rel,
                    Box::leak(std::fs::read(&path).unwrap().into_boxed_slice()),
                ));
            }
        }
    }
    let mut files = Vec::new();
    walk(root, root, &mut files);
    peerguide_core::pack::MemoryPack::new(files.iter().map(|(p, b)| (p.as_str(), *b)))
}

#[test]
fn a_pack_held_in_memory_loads_as_its_folder_does() {
    let pack = good_pack();
    let from_folder = pack::load(&pack).unwrap();
    let from_memory = in_memory(pack.path()).load(&mut |_| {}).unwrap();
    assert_eq!(format!("{from_memory:?}"), format!("{from_folder:?}"));
    let mut store = Store::open_in_memory().unwrap();
    peerguide_core::import::import_pack(&mut store, from_memory, &mut |_| {}).unwrap();
    assert_eq!(store.counts().unwrap().translations, 2);
}

#[test]
fn a_broken_pack_in_memory_names_the_same_files_and_lines() {
    let pack = good_pack();
    pack.file("guidance/gp/xx.md", "+++\n+++\n")
        .file("guidance/empty/en.md", "+++\ntopic = \"health\"\nrevision = 1\ntitle = \"\"\nsummary = \"s\"\nreview = \"reviewed\"\n+++\nbody\n")
        .file("guidance/nosource/ar.md", "+++\n+++\n")
        .file("guidance/stray.md", "x")
        .file("services/broken.toml", "name = \n")
        .file("notes.txt", "x");
    let from_folder = described(&problems(pack::load(&pack)));
    let from_memory = described(&problems(in_memory(pack.path()).load(&mut |_| {})));
    assert_eq!(from_memory, from_folder);
    assert!(
        from_memory
            .iter()
            .any(|p| p.starts_with("guidance/empty/en.md:4: field 'title'")),
        "{from_memory:#?}"
    );
}

#[test]
fn an_empty_memory_pack_is_an_io_error() {
    let empty = peerguide_core::pack::MemoryPack::new([]);
    assert_eq!(empty.load(&mut |_| {}).unwrap_err().code(), "io");
}

/// A pack with as many translations as a catch-up batch has its search text folded while its
/// content is stored; the index that leaves finds exactly what folding at the catch-up finds.
#[test]
fn a_large_import_folded_ahead_finds_what_one_folded_at_the_catch_up_finds() {
    const LANGS: [&str; 10] = ["en", "ar", "fa", "ckb", "ti", "uk", "fr", "es", "so", "ps"];
    const WORDS: [&str; 10] = [
        "turnip",
        "parsnip",
        "leek",
        "kale",
        "bread",
        "سكن",
        "طبيب",
        "پزشک",
        "житло",
        "ቤት",
    ];
    let pack = TestPack::new();
    for i in 0..=peerguide_core::store::INDEX_BATCH / LANGS.len() {
        let slug = format!("guide-{i}");
        let word = |k: usize| WORDS[(i * 7 + k * 3) % WORDS.len()];
        pack.article(
            &slug,
            "housing",
            1,
            &format!("Guide {i} {}", word(0)),
            &format!("{} {}", word(1), word(2)),
        );
        for (k, lang) in LANGS.iter().enumerate().skip(1) {
            pack.translation(
                &slug,
                lang,
                1,
                &format!("{lang} {i} {}", word(k)),
                word(k + 1),
                &format!("{} {}", word(k + 2), word(k + 5)),
            );
        }
    }
    let mut ahead = Store::open_in_memory().unwrap();
    let report =
        peerguide_core::import::import_pack(&mut ahead, pack::load(&pack).unwrap(), &mut |_| {})
            .unwrap();
    assert!(report.articles.inserted * LANGS.len() > peerguide_core::store::INDEX_BATCH);
    let mut apart = Store::open_in_memory().unwrap();
    peerguide_core::import::import_pack_unindexed(
        &mut apart,
        pack::load(&pack).unwrap(),
        &mut |_| {},
    )
    .unwrap();
    apart.index_all_pending(&mut |_| {}).unwrap();
    assert_eq!(ahead.search_pending().unwrap(), 0);
    let found = |store: &Store, lang: &str, word: &str| -> Vec<(String, String)> {
        let hits = store.search(&support::lang(lang), word, 500).unwrap();
        hits.into_iter()
            .map(|h| (h.slug, h.lang.as_str().to_owned()))
            .collect()
    };
    let mut hits = 0;
    for lang in LANGS {
        for word in WORDS.iter().chain(&["guide", "17"]) {
            let expected = found(&apart, lang, word);
            hits += expected.len();
            assert_eq!(found(&ahead, lang, word), expected, "{lang} {word}");
        }
    }
    assert!(hits > 10_000, "{hits}");
}
