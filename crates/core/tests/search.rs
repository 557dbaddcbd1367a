//! Offline search as a reader meets it: typed the way people type, in their language first.

mod support;

use peerguide_core::search::{Fragment, SearchHit};
use support::{TestPack, lang, store_with};

fn marked(fragments: &[Fragment]) -> String {
    fragments
        .iter()
        .map(|f| {
            if f.hit {
                format!("[{}]", f.text)
            } else {
                f.text.clone()
            }
        })
        .collect()
}

fn slugs(hits: &[SearchHit]) -> Vec<(&str, &str)> {
    hits.iter()
        .map(|h| (h.slug.as_str(), h.lang.as_str()))
        .collect()
}

fn pack() -> TestPack {
    let pack = TestPack::new();
    pack.article(
        "school",
        "education",
        1,
        "Enrolling children in school",
        "Every child aged 5 to 16 must go to school. The council finds a place.",
    )
    .translation(
        "school",
        "ar",
        1,
        "تسجيل الأطفال في المَدْرَسَة",
        "كل طفل يذهب إلى المدرسة.",
        "يجب على كل طِفْل أن يذهب إلى المَدْرَسَة. المجلس يجد مكاناً.",
    )
    .translation(
        "school",
        "fa",
        1,
        "ثبت‌نام کودکان در مدرسه",
        "هر کودک باید به مدرسه برود.",
        "هر کودکی باید به مدرسه برود. شورای شهر جایی پیدا می‌کند.",
    )
    .article(
        "gp",
        "health",
        1,
        "Registering with a GP",
        "A GP is a family doctor. Registration is free for everyone.",
    )
    .translation(
        "gp",
        "fa",
        1,
        "ثبت‌نام نزد پزشک عمومی (GP)",
        "پزشک خانواده رایگان است.",
        "پزشک عمومی پزشک خانواده است. ثبت‌نام برای همه رایگان است.",
    )
    .translation(
        "gp",
        "ar",
        1,
        "التسجيل لدى طبيب عام",
        "الطبيب العام مجاني.",
        "التسجيل مجاني للجميع. إسأل في العيادة.",
    )
    .article(
        "housing",
        "housing",
        2,
        "Applying for housing",
        "Apply to the council for a home. Bring your letter about school places too.",
    )
    .translation(
        "housing",
        "ar",
        1,
        "التقدم بطلب للسكن",
        "قدّم طلب السكن للمجلس.",
        "قدّم طلباً إلى المجلس للحصول على سَكَن.",
    )
    .article(
        "work",
        "employment",
        1,
        "Your right to work",
        "You can work in any job. Ask your employer about a share code.",
    );
    pack
}

#[test]
fn arabic_typed_without_vowels_finds_vowelled_text_and_highlights_it_as_written() {
    let store = store_with(&pack());
    let hits = store.search(&lang("ar"), "مدرسه", 10).unwrap();
    assert_eq!(slugs(&hits)[0], ("school", "ar"));
    assert_eq!(marked(&hits[0].title), "تسجيل الأطفال في [المَدْرَسَة]");
}

#[test]
fn arabic_alef_with_hamza_typed_as_bare_alef() {
    let store = store_with(&pack());
    // "إسأل" is written with hamza forms; people type "اسال".
    let hits = store.search(&lang("ar"), "اسال", 10).unwrap();
    assert_eq!(slugs(&hits), [("gp", "ar")]);
    assert!(
        marked(&hits[0].snippet).contains("[إسأل]"),
        "{}",
        marked(&hits[0].snippet)
    );
}

#[test]
fn arabic_query_without_definite_article_finds_word_with_it() {
    let store = store_with(&pack());
    let hits = store.search(&lang("ar"), "طبيب", 10).unwrap();
    assert_eq!(slugs(&hits), [("gp", "ar")]);
    let hits = store.search(&lang("ar"), "المجلس", 10).unwrap();
    assert_eq!(slugs(&hits).len(), 2, "both articles mention the council");
}

#[test]
fn persian_typed_on_an_arabic_keyboard_finds_persian_text() {
    let store = store_with(&pack());
    // Arabic yeh and kaf for Persian ی and ک.
    let hits = store.search(&lang("fa"), "كودكي", 10).unwrap();
    assert_eq!(slugs(&hits), [("school", "fa")]);
    let hits = store.search(&lang("fa"), "پزشك", 10).unwrap();
    assert_eq!(slugs(&hits), [("gp", "fa")]);
}

#[test]
fn persian_words_with_a_zero_width_non_joiner_are_found_typed_joined() {
    let store = store_with(&pack());
    let hits = store.search(&lang("fa"), "ثبتنام", 10).unwrap();
    assert_eq!(slugs(&hits).len(), 2);
}

#[test]
fn prefix_case_and_accent_insensitive() {
    let store = store_with(&pack());
    assert_eq!(
        slugs(&store.search(&lang("en"), "REGIST", 10).unwrap()),
        [("gp", "en")]
    );
    assert_eq!(
        slugs(&store.search(&lang("en"), "régistration", 10).unwrap()),
        [("gp", "en")]
    );
}

#[test]
fn every_word_must_match() {
    let store = store_with(&pack());
    assert_eq!(
        slugs(&store.search(&lang("en"), "school council", 10).unwrap()).len(),
        2
    );
    assert_eq!(
        slugs(&store.search(&lang("en"), "school doctor", 10).unwrap()).len(),
        0
    );
}

#[test]
fn title_matches_rank_above_body_matches() {
    let store = store_with(&pack());
    let hits = store.search(&lang("en"), "school", 10).unwrap();
    assert_eq!(slugs(&hits), [("school", "en"), ("housing", "en")]);
}

#[test]
fn results_in_the_requested_language_come_first_then_the_fallback() {
    let store = store_with(&pack());
    // "share code" exists only in English; "GP" is in the Farsi title and in English.
    let hits = store.search(&lang("fa"), "gp", 10).unwrap();
    assert_eq!(
        slugs(&hits),
        [("gp", "fa")],
        "an article appears once, in the best language"
    );
    let hits = store.search(&lang("fa"), "share", 10).unwrap();
    assert_eq!(slugs(&hits), [("work", "en")]);
    assert!(hits[0].is_fallback);
    // Sorani has no content: English results, marked as fallback, never Arabic ones.
    let hits = store.search(&lang("ckb"), "council", 10).unwrap();
    assert!(
        hits.iter()
            .all(|h| h.lang.as_str() == "en" && h.is_fallback)
    );
}

#[test]
fn stale_translations_are_marked() {
    let store = store_with(&pack());
    let hits = store.search(&lang("ar"), "سكن", 10).unwrap();
    assert_eq!(slugs(&hits), [("housing", "ar")]);
    assert!(hits[0].stale);
    assert!(!store.search(&lang("ar"), "طبيب", 10).unwrap()[0].stale);
}

#[test]
fn queries_that_look_like_syntax_are_just_words() {
    let store = store_with(&pack());
    for q in [
        "\"",
        "school OR",
        "NEAR(school",
        "*",
        "-",
        "school\"*",
        "{title}: x",
        "(((",
    ] {
        store.search(&lang("en"), q, 10).unwrap();
    }
    assert!(store.search(&lang("en"), "  ", 10).unwrap().is_empty());
}

#[test]
fn limit_is_respected_across_the_chain() {
    let store = store_with(&pack());
    assert_eq!(store.search(&lang("ar"), "c", 1).unwrap().len(), 1);
}

#[test]
fn very_common_words_still_put_title_matches_first() {
    // More matches than are worth ranking one by one: the answer must still be complete and
    // put articles about the word before articles that merely mention it.
    let pack = TestPack::new();
    for i in 0..450 {
        pack.article(
            &format!("mention-{i:03}"),
            "housing",
            1,
            &format!("Topic {i}"),
            "Ask the council for help.",
        );
    }
    pack.article(
        "zz-about",
        "housing",
        1,
        "The council and you",
        "How it works.",
    );
    let store = store_with(&pack);
    let hits = store.search(&lang("en"), "council", 5).unwrap();
    assert_eq!(hits.len(), 5);
    assert_eq!(hits[0].slug, "zz-about");
    assert!(hits[1..].iter().all(|h| h.slug.starts_with("mention-")));
    assert_eq!(
        store.search(&lang("en"), "council", 500).unwrap().len(),
        451,
        "nothing is lost"
    );
}

#[test]
fn arabic_typed_letter_by_letter_with_the_article_finds_as_it_goes() {
    let store = store_with(&pack());
    for typed in ["الس", "السك", "السكن"] {
        let hits = store.search(&lang("ar"), typed, 10).unwrap();
        assert!(
            hits.iter().any(|h| h.slug == "housing"),
            "{typed} should find the housing article"
        );
    }
}

/// A pack with the organisation's synonyms, and words people type with other keyboards' letters.
fn synonyms_pack() -> TestPack {
    let pack = pack();
    pack.article(
        "doctorate",
        "education",
        1,
        "Doctorates",
        "A doctorate takes three years.",
    )
    .translation(
        "doctorate",
        "fa",
        1,
        "دوره‌ی دکترا",
        "دکترا سه سال طول می‌کشد.",
        "دکترا سه سال طول می‌کشد.",
    )
    .article(
        "uc",
        "first-steps",
        1,
        "Universal Credit",
        "Universal Credit pays your rent and living costs.",
    )
    .translation(
        "uc",
        "fa",
        1,
        "کمک‌های دولتی",
        "کمک‌های ماهانه برای هزینه‌ها.",
        "کمک‌های ماهانه برای اجاره و هزینه‌ها.",
    )
    .translation(
        "uc",
        "ckb",
        1,
        "یارمەتیی ڕێکخراو",
        "بۆ کرێی خانوو.",
        "ڕێگای داواکردن بە ئۆنلاین.",
    )
    .file(
        "search.toml",
        r#"
[synonyms]
en = [["doctor", "GP"], ["dole", "Universal Credit"]]
fa = [["دکتر", "پزشک"]]
"#,
    );
    pack
}

#[test]
fn a_farsi_reader_typing_the_everyday_word_for_doctor_finds_the_gp_guide() {
    let store = store_with(&synonyms_pack());
    let hits = store.search(&lang("fa"), "دکتر", 10).unwrap();
    let mut found = slugs(&hits);
    found.sort();
    assert_eq!(
        found,
        [("doctorate", "fa"), ("gp", "fa")],
        "the GP guide (پزشک) is found beside the doctorates (دکترا)"
    );
    let gp = hits.iter().find(|h| h.slug == "gp").unwrap();
    assert!(
        marked(&gp.title).contains("[پزشک]"),
        "{}",
        marked(&gp.title)
    );
    // Typed on an Arabic keyboard, the synonym still applies: it is folded like the query.
    let hits = store.search(&lang("fa"), "پزشك", 10).unwrap();
    assert!(
        slugs(&hits).contains(&("doctorate", "fa")),
        "{:?}",
        slugs(&hits)
    );
}

#[test]
fn english_synonyms_apply_to_words_and_phrases() {
    let store = store_with(&synonyms_pack());
    let hits = store.search(&lang("en"), "dole", 10).unwrap();
    assert_eq!(slugs(&hits), [("uc", "en")]);
    let hits = store.search(&lang("en"), "doctor", 10).unwrap();
    assert!(slugs(&hits).contains(&("gp", "en")), "{:?}", slugs(&hits));
    // Without the pack's synonyms, "dole" finds nothing.
    let plain = store_with(&pack());
    assert!(plain.search(&lang("en"), "dole", 10).unwrap().is_empty());
}

#[test]
fn synonyms_widen_the_service_directory_search_too() {
    let pack = synonyms_pack();
    pack.service(
        "surgery",
        "Kelvin Surgery",
        "[\"health\"]",
        "[\"en\"]",
        "[text.en]\ndescription = \"A GP practice.\"",
    );
    let store = store_with(&pack);
    let query = peerguide_core::service::ServiceQuery {
        text: Some("doctor".into()),
        ..Default::default()
    };
    let found = store
        .services(&query, &lang("en"), chrono::NaiveDateTime::MIN)
        .unwrap();
    assert_eq!(found.len(), 1);
}

#[test]
fn persian_typed_with_urdu_yeh_barree_and_sorani_with_small_v_reh() {
    let store = store_with(&synonyms_pack());
    for (typed, reader, slug) in [
        // U+06D2 for the final yeh of "کمک‌های".
        ("کمک‌هاے", "fa", "uc"),
        ("کمکهاے", "fa", "uc"),
        // U+0692 for Sorani's ڕ.
        ("\u{0692}ێگا", "ckb", "uc"),
        ("\u{0692}ێکخراو", "ckb", "uc"),
    ] {
        let hits = store.search(&lang(reader), typed, 10).unwrap();
        assert_eq!(
            slugs(&hits),
            [(slug, reader)],
            "{typed:?} finds what its standard spelling finds"
        );
    }
}

/// Search follows the content as it changes: after an article and a service are rewritten
/// and new ones added in the same import, the old words find nothing, the new words find each
/// record once, and the untouched article is still found.
#[test]
fn a_rewritten_article_or_service_is_found_by_its_new_words_only() {
    let pack = pack();
    pack.service(
        "larder",
        "Govan Larder",
        "[\"health\"]",
        "[\"en\"]",
        "[text.en]\ndescription = \"Fresh turnips every morning.\"",
    );
    let mut store = store_with(&pack);
    let services = |store: &peerguide_core::Store, text: &str| -> Vec<String> {
        let q = peerguide_core::service::ServiceQuery {
            text: Some(text.into()),
            ..Default::default()
        };
        store
            .services(&q, &lang("en"), peerguide_core::hours::local_now())
            .unwrap()
            .into_iter()
            .map(|s| s.listing.slug)
            .collect()
    };
    assert_eq!(
        slugs(&store.search(&lang("en"), "employer", 10).unwrap()),
        [("work", "en")]
    );
    assert_eq!(services(&store, "turnips"), ["larder"]);

    pack.article(
        "work",
        "employment",
        2,
        "Your right to work",
        "You can work in any job. Ask the jobcentre about a national insurance number.",
    )
    .article(
        "bank",
        "employment",
        1,
        "Opening a bank account",
        "Bring your employer letter.",
    )
    .service(
        "larder",
        "Govan Larder",
        "[\"health\"]",
        "[\"en\"]",
        "[text.en]\ndescription = \"Fresh parsnips every morning.\"",
    )
    .service(
        "pantry",
        "Ibrox Pantry",
        "[\"health\"]",
        "[\"en\"]",
        "[text.en]\ndescription = \"Turnips and bread.\"",
    );
    pack.import(&mut store).unwrap();

    assert_eq!(
        slugs(&store.search(&lang("en"), "jobcentre", 10).unwrap()),
        [("work", "en")]
    );
    // "employer" left the work article and came in with the new bank article.
    assert_eq!(
        slugs(&store.search(&lang("en"), "employer", 10).unwrap()),
        [("bank", "en")]
    );
    assert_eq!(
        slugs(&store.search(&lang("en"), "children", 10).unwrap()),
        [("school", "en")]
    );
    assert_eq!(services(&store, "parsnips"), ["larder"]);
    assert_eq!(services(&store, "turnips"), ["pantry"]);
}

#[test]
fn an_import_is_readable_at_once_and_found_once_the_index_has_taken_it_in_even_across_a_restart() {
    let pack = pack();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("peerguide.db");
    let mut store = peerguide_core::Store::open(&path).unwrap();
    let load = || peerguide_core::pack::load(pack.path()).unwrap();
    peerguide_core::import::import_pack_unindexed(&mut store, load(), &mut |_| {}).unwrap();
    let pending = store.search_pending().unwrap();
    assert!(pending > 5, "{pending}");
    assert_eq!(
        store
            .article("school", &lang("ar"))
            .unwrap()
            .translation
            .title,
        "تسجيل الأطفال في المَدْرَسَة"
    );
    assert!(
        store
            .search(&lang("en"), "children", 10)
            .unwrap()
            .is_empty()
    );

    // Imported again, rewritten, before the index took it in: what is pending is replaced,
    // not added to.
    pack.article(
        "work",
        "employment",
        2,
        "Your right to work",
        "Ask the jobcentre about a national insurance number.",
    );
    peerguide_core::import::import_pack_unindexed(&mut store, load(), &mut |_| {}).unwrap();
    assert_eq!(store.search_pending().unwrap(), pending);

    // The app ends after a first batch; the rest is taken in when it starts again.
    assert_eq!(store.index_pending(3).unwrap(), pending - 3);
    drop(store);
    let mut store = peerguide_core::Store::open(&path).unwrap();
    assert_eq!(store.search_pending().unwrap(), pending - 3);
    let mut left = Vec::new();
    store.index_all_pending(&mut |n| left.push(n)).unwrap();
    assert_eq!(left.last(), Some(&0));

    assert_eq!(
        slugs(&store.search(&lang("en"), "children", 10).unwrap()),
        [("school", "en")]
    );
    assert_eq!(
        slugs(&store.search(&lang("en"), "jobcentre", 10).unwrap()),
        [("work", "en")]
    );
    // The words the work article had before it was rewritten are gone with it.
    assert!(
        store
            .search(&lang("en"), "employer", 10)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_word_of_one_letter_alone_finds_titles_and_summaries_and_beside_longer_words_narrows_nothing() {
    let store = store_with(&pack());
    // "Your right to work" starts a title word with y; the housing guide's "your" is in its
    // body only, which a query still at its first letter does not reach.
    let hits = store.search(&lang("en"), "y", 10).unwrap();
    assert_eq!(slugs(&hits), [("work", "en")]);
    assert_eq!(marked(&hits[0].title), "[Your] right to work");
    // `الط`, typed as far as the article and one letter, finds `طبيب` in a title.
    let hits = store.search(&lang("ar"), "الط", 10).unwrap();
    assert_eq!(slugs(&hits)[0], ("gp", "ar"));
    // Beside a longer word, the one letter is left out rather than required.
    let hits = store.search(&lang("en"), "council x", 10).unwrap();
    let mut found = slugs(&hits);
    found.sort();
    assert_eq!(found, [("housing", "en"), ("school", "en")]);
}

#[test]
fn a_prefix_of_a_word_the_guides_do_not_hold_finds_nothing() {
    let store = store_with(&pack());
    assert!(store.search(&lang("en"), "zzq", 10).unwrap().is_empty());
    assert!(
        store
            .search(&lang("en"), "council zzq", 10)
            .unwrap()
            .is_empty()
    );
}
