//! `peerguide check` on a pack with exactly one of each problem, as a folder and as a
//! database, readable and as JSON, with the exit code a script relies on.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{Value, json};

fn peerguide(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peerguide"))
        .args(args)
        .output()
        .unwrap()
}

fn write(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn english(topic: &str, revision: u32, reviewed_on: &str, body: &str) -> String {
    format!(
        "+++\ntopic = \"{topic}\"\nrevision = {revision}\ntitle = \"T\"\nsummary = \"S\"\nreviewed_on = \"{reviewed_on}\"\n\n[[sources]]\ntitle = \"GOV.UK\"\nurl = \"https://www.gov.uk/\"\nretrieved = \"{reviewed_on}\"\n+++\n{body}\n"
    )
}

fn translation(source_revision: u32, how: &str) -> String {
    format!(
        "+++\ntitle = \"T\"\nsummary = \"S\"\nsource_revision = {source_revision}\n{how}\n+++\nB\n"
    )
}

/// One of each: `overdue` is past its check-again day; its Arabic is older than its English;
/// `current`'s Farsi is a machine translation nobody reviewed; `current` lacks Arabic;
/// `current` links to an article that does not exist; one service's phone is not a UK
/// number. Everything else is in order.
fn pack_with_one_of_each(root: &Path) {
    write(
        root,
        "review.toml",
        "languages = [\"ar\", \"fa\"]\n[review_every]\ndefault = 12\nfirst-steps = 6\n",
    );
    write(
        root,
        "guidance/overdue/en.md",
        &english(
            "first-steps",
            2,
            "2026-03-12",
            "See [the other](#/article/current).",
        ),
    );
    write(
        root,
        "guidance/overdue/ar.md",
        &translation(1, "translated = \"volunteer\"\nsecond_review = true"),
    );
    write(
        root,
        "guidance/overdue/fa.md",
        &translation(2, "translated = \"professional\""),
    );
    write(
        root,
        "guidance/current/en.md",
        &english(
            "health",
            1,
            "2026-11-01",
            "See [gone](#/article/no-such-article).",
        ),
    );
    write(
        root,
        "guidance/current/fa.md",
        &translation(1, "review = \"machine\""),
    );
    let service = |phone: &str| {
        format!(
            "name = \"N\"\ntopics = [\"health\"]\narea = \"Govan\"\naddress = \"1 Test Street, Glasgow\"\nphone = \"{phone}\"\nlanguages = [\"en\"]\ncost = \"free\"\naccess = \"walk-in\"\n[text.en]\ndescription = \"D\"\n"
        )
    };
    write(root, "services/good.toml", &service("0141 222 7352"));
    write(root, "services/abroad.toml", &service("+33 1 23 45 67 89"));
    write(
        root,
        "volunteers/amal.toml",
        "display_name = \"Amal\"\ntopics = [\"housing\"]\n[[languages]]\nlang = \"ar\"\nlevel = \"native\"\n[[contacts]]\nchannel = \"whatsapp\"\nvalue = \"07700 900123\"\nvisible_to = \"volunteers\"\n",
    );
}

/// Articles are checked in slug order: `current`, then `overdue`. The broken link is in
/// `current`'s English body, so it is listed under English.
fn expected() -> Value {
    json!({
        "today": "2026-11-29",
        "languages": {
            "en": [
                {"kind": "broken-link", "slug": "current", "target": "#/article/no-such-article"},
                {"kind": "overdue", "slug": "overdue", "review_by": "2026-09-12"}
            ],
            "ar": [
                {"kind": "missing", "slug": "current"},
                {"kind": "older-than-source", "slug": "overdue", "source_revision": 1, "revision": 2}
            ],
            "fa": [{"kind": "unreviewed-machine", "slug": "current"}]
        },
        "phones": [{"record": "service", "slug": "abroad", "phone": "+33 1 23 45 67 89"}],
        "overdue": 1
    })
}

#[test]
fn check_lists_one_of_each_problem_by_language_and_fails_when_overdue() {
    let dir = tempfile::tempdir().unwrap();
    pack_with_one_of_each(dir.path());
    let out = peerguide(&[
        "--json",
        "check",
        "--today",
        "2026-11-29",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "an overdue article fails the check"
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got, expected());
}

#[test]
fn check_reads_a_database_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    pack_with_one_of_each(&pack);
    let db = dir.path().join("pg.db");
    let import = peerguide(&[
        "import",
        "--db",
        db.to_str().unwrap(),
        pack.to_str().unwrap(),
    ]);
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    let out = peerguide(&[
        "--json",
        "check",
        "--db",
        db.to_str().unwrap(),
        "--today",
        "2026-11-29",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got, expected());
}

#[test]
fn before_the_check_again_day_the_check_passes_and_reads_plainly() {
    let dir = tempfile::tempdir().unwrap();
    pack_with_one_of_each(dir.path());
    let out = peerguide(&[
        "check",
        "--today",
        "2026-09-12",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "nothing overdue yet: the rest is work to plan"
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for line in [
        "ar:",
        "  older than English: overdue (translated from revision 1, English is 2)",
        "  missing translation: current",
        "en:",
        "  link to nowhere: current links to #/article/no-such-article",
        "fa:",
        "  machine translation never reviewed: current",
        "  not a valid UK number: service abroad (+33 1 23 45 67 89)",
        "0 articles overdue.",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
}

#[test]
fn the_demo_content_has_its_one_deliberately_overdue_article() {
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let out = peerguide(&[
        "--json",
        "check",
        "--today",
        "2026-11-29",
        demo.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got["overdue"], 1);
    assert_eq!(
        got["languages"]["en"][0],
        json!({"kind": "overdue", "slug": "first-week-checklist", "review_by": "2026-09-12"})
    );
    assert_eq!(got["phones"], json!([]), "every demo number is a UK number");
}
