//! The command line on a locked (encrypted) device database: refused with a message saying
//! how to give the PIN; opened with `--pin-stdin` or `PEERGUIDE_PIN`; a wrong PIN counted
//! as the app counts it; the file stays encrypted.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use peerguide_core::lock::{KdfParams, Vault, is_plain};

const PIN: &str = "246810";
/// Cheaper than a device's: the lock file carries its parameters, so the command uses these.
const CHEAP: KdfParams = KdfParams {
    m_kib: 1024,
    t: 1,
    p: 1,
};

/// Runs `peerguide` with `stdin` on its standard input and `pin` in `PEERGUIDE_PIN`.
fn peerguide(args: &[&str], stdin: &str, pin: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_peerguide"));
    command
        .args(args)
        .env_remove("PEERGUIDE_PIN")
        // No session bus: no system keystore is asked (none wraps these test databases).
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(pin) = pin {
        command.env("PEERGUIDE_PIN", pin);
    }
    let mut child = command.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// A database with the demo content, encrypted under `PIN` as a volunteer's device is.
fn locked_db(dir: &Path) -> PathBuf {
    let db = dir.join("pg.db");
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let out = peerguide(
        &[
            "import",
            "--db",
            db.to_str().unwrap(),
            pack.to_str().unwrap(),
        ],
        "",
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Vault::open_with(&db, CHEAP).unwrap().encrypt(PIN).unwrap();
    assert!(!is_plain(&db).unwrap());
    db
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_locked_database_is_refused_without_a_pin_and_says_how_to_give_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = locked_db(dir.path());
    let db = db.to_str().unwrap();

    let out = peerguide(&["search", "--db", db, "--lang", "en", "GP"], "", None);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("is locked") && err.contains("--pin-stdin") && err.contains("PEERGUIDE_PIN"),
        "{err}"
    );

    let out = peerguide(
        &[
            "--json",
            "article",
            "--db",
            db,
            "--lang",
            "en",
            "register-with-a-gp",
        ],
        "",
        None,
    );
    assert!(!out.status.success());
    let body: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(body["error"]["code"], "locked");
}

#[test]
fn the_pin_opens_it_from_standard_input_or_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let db = locked_db(dir.path());
    let db_text = db.to_str().unwrap();

    let out = peerguide(
        &[
            "--json",
            "search",
            "--pin-stdin",
            "--db",
            db_text,
            "--lang",
            "en",
            "GP",
        ],
        &format!("{PIN}\n"),
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let hits: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert!(!hits.as_array().unwrap().is_empty(), "search works");

    for args in [
        vec![
            "article",
            "--db",
            db_text,
            "--lang",
            "ar",
            "register-with-a-gp",
        ],
        vec!["volunteers", "--db", db_text],
        vec!["services", "--db", db_text, "--lang", "en"],
    ] {
        let out = peerguide(&args, "", Some(PIN));
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
    let out = peerguide(&["check", "--db", db_text], "", Some(PIN));
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "check ran: {}",
        text(&out.stderr)
    );
    assert!(!is_plain(&db).unwrap(), "still encrypted");
}

#[test]
fn a_wrong_pin_is_counted_like_the_apps() {
    let dir = tempfile::tempdir().unwrap();
    let db = locked_db(dir.path());
    let out = peerguide(
        &[
            "--json",
            "search",
            "--pin-stdin",
            "--db",
            db.to_str().unwrap(),
            "--lang",
            "en",
            "GP",
        ],
        "000000\n",
        None,
    );
    assert!(!out.status.success());
    let body: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(body["error"]["code"], "wrong-pin");
    assert!(body["error"]["message"].as_str().unwrap().contains('9'));
    assert_eq!(Vault::open(&db).unwrap().status().unwrap().attempts_left, 9);

    let out = peerguide(
        &[
            "search",
            "--pin-stdin",
            "--db",
            db.to_str().unwrap(),
            "--lang",
            "en",
            "GP",
        ],
        "\n",
        None,
    );
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("first line is empty"));
}
