//! The device lock: a volunteer's database, its log and its token unreadable in the files;
//! ten wrong PINs wiping the volunteer data but not public guidance; a PIN change re-keying
//! with nothing lost; a conversion killed (`kill -9`) at any moment leaving a device that
//! opens with everything in it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use base64::Engine as _;
use peerguide_core::api::{Api, LangParams, PinParams, SearchParams};
use peerguide_core::lock::{DbKey, KdfParams, Step, Vault};
use peerguide_core::store::Store;
use peerguide_core::sync::SyncError;
use peerguide_core::sync::device::{self, DeviceRole};
use peerguide_core::sync::profile;
use peerguide_core::sync::wipe::WipeReason;
use peerguide_core::volunteer::{Audience, Channel, Contact, Volunteer};
use peerguide_core::{Error, import};

/// Cheaper than a device's parameters: the tests derive keys dozens of times.
const CHEAP: KdfParams = KdfParams {
    m_kib: 1024,
    t: 1,
    p: 1,
};
const PIN: &str = "246810";
const TOKEN: &str = "tok-7f3a9c2e51d84b06";
const PHONE: &str = "07700 900123";
const NAME: &str = "Amal Haddad";

fn amal() -> Volunteer {
    Volunteer {
        id: uuid::Uuid::nil(),
        slug: String::new(),
        display_name: NAME.into(),
        languages: vec![],
        topics: vec![peerguide_core::Topic::Housing],
        availability: Default::default(),
        contacts: vec![Contact {
            channel: Channel::Phone,
            value: PHONE.into(),
            visible_to: Audience::Volunteers,
        }],
        about: Default::default(),
        away_until: None,
        review: None,
    }
}

/// A volunteer's device: linked, with a token and the volunteer's own profile.
fn volunteer_device(vault: &Vault) {
    vault
        .with_store(|s| {
            device::set_hub(s, "http://127.0.0.1:9")?;
            device::set_credentials(s, TOKEN, DeviceRole::Volunteer, Some(uuid::Uuid::now_v7()))?;
            profile::save_own_profile(s, amal())?;
            Ok::<_, SyncError>(())
        })
        .unwrap();
}

/// Every file in `dir`, log and lock file included, as bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// Panics naming the file if any file in `dir` holds one of `secrets`.
fn assert_nowhere(dir: &Path, secrets: &[&str]) {
    for (path, bytes) in files(dir) {
        for secret in secrets {
            assert!(
                !contains(&bytes, secret),
                "{} holds '{secret}'",
                path.display()
            );
        }
    }
}

fn own_name(vault: &Vault) -> Option<String> {
    vault
        .with_store(|s| {
            let id = profile::own_profile_id(s)?;
            Ok::<_, SyncError>(profile::held_profile(s, id)?.map(|v| v.display_name))
        })
        .unwrap()
}

#[test]
fn the_files_of_a_locked_volunteer_device_hold_no_contact_and_no_token() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    volunteer_device(&vault);
    // The plain file shows what a thief would read without the lock.
    vault.with_store(|s| s.forget_freed()).unwrap();
    assert!(files(dir.path()).iter().any(|(_, b)| contains(b, PHONE)));

    vault.encrypt(PIN).unwrap();
    // Written after the conversion: into the encrypted log.
    const SECOND: &str = "tok-second-c0ffee42";
    vault
        .with_store(|s| {
            let id = profile::own_profile_id(s)?;
            device::set_credentials(s, SECOND, DeviceRole::Volunteer, Some(id))
        })
        .unwrap();
    assert_nowhere(dir.path(), &[PHONE, SECOND, TOKEN, NAME, "SQLite format 3"]);
    assert!(
        files(dir.path())
            .iter()
            .any(|(p, b)| p.ends_with("peerguide.db-wal") && !b.is_empty()),
        "the log was written and checked too"
    );

    // Reopened, as after a restart: locked, and the PIN opens it.
    drop(vault);
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    assert!(vault.status().unwrap().locked);
    assert_eq!(
        vault.with_store(|s| s.counts()).unwrap_err().code(),
        "locked"
    );
    vault.unlock(PIN).unwrap();
    assert_eq!(own_name(&vault).as_deref(), Some(NAME));
    let link = vault.with_store(|s| device::hub_link(s)).unwrap().unwrap();
    assert_eq!(link.token.as_deref(), Some(SECOND));
}

#[test]
fn ten_wrong_pins_in_a_row_wipe_the_volunteer_data_and_keep_public_guidance() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    volunteer_device(&vault);
    vault.encrypt(PIN).unwrap();
    vault.set_seed(Box::new(|store: &mut Store| {
        import::import_dir(store, &content(), &mut |_| {}).map(|_| ())
    }));

    // A right PIN in between starts the count again.
    vault.lock().unwrap();
    for left in [9, 8, 7] {
        let err = vault.unlock("000000").unwrap_err();
        assert!(matches!(err, Error::WrongPin { attempts_left } if attempts_left == left));
    }
    vault.unlock(PIN).unwrap();
    assert_eq!(vault.status().unwrap().attempts_left, 10);

    vault.lock().unwrap();
    for left in (1..=9).rev() {
        assert_eq!(vault.unlock("111111").unwrap_err().code(), "wrong-pin");
        assert_eq!(vault.status().unwrap().attempts_left, left);
    }
    // The count survives a restart.
    drop(vault);
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    vault.set_seed(Box::new(|store: &mut Store| {
        import::import_dir(store, &content(), &mut |_| {}).map(|_| ())
    }));
    assert_eq!(vault.status().unwrap().attempts_left, 1);
    assert_eq!(vault.unlock("222222").unwrap_err().code(), "pin-wiped");

    // A reader's device now: no PIN, no profile, no token; the guidance and the hub stay.
    let status = vault.status().unwrap();
    assert!(!status.encrypted && !status.locked);
    assert_eq!(status.notice.unwrap().reason, WipeReason::WrongPins);
    let link = vault.with_store(|s| device::hub_link(s)).unwrap().unwrap();
    assert_eq!((link.role, link.token), (DeviceRole::Reader, None));
    assert_eq!(link.url, "http://127.0.0.1:9");
    let api = Api::with_vault(std::sync::Arc::new(vault));
    let hits = api
        .search(SearchParams {
            lang: "en".into(),
            query: "GP".into(),
            limit: None,
        })
        .unwrap();
    assert!(!hits.is_empty(), "public guidance stays");
    assert_eq!(
        api.my_profile(LangParams { lang: "en".into() })
            .unwrap_err()
            .code(),
        "not-a-volunteer"
    );
    assert_nowhere(dir.path(), &[PHONE, TOKEN, NAME]);
}

#[test]
fn a_new_pin_rekeys_the_database_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    volunteer_device(&vault);
    vault.encrypt(PIN).unwrap();
    let before = std::fs::read(&db).unwrap();

    assert_eq!(
        vault.change_pin("999999", "13579246").unwrap_err().code(),
        "wrong-pin"
    );
    assert_eq!(
        vault.change_pin(PIN, "123").unwrap_err().code(),
        "invalid-pin"
    );
    vault.change_pin(PIN, "correct horse").unwrap();
    assert_ne!(
        std::fs::read(&db).unwrap()[..64],
        before[..64],
        "the file is written again under the new key"
    );
    assert_eq!(own_name(&vault).as_deref(), Some(NAME));

    drop(vault);
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    assert_eq!(vault.unlock(PIN).unwrap_err().code(), "wrong-pin");
    vault.unlock("correct horse").unwrap();
    assert_eq!(own_name(&vault).as_deref(), Some(NAME));
    assert_nowhere(dir.path(), &[PHONE, TOKEN, NAME]);
}

#[test]
fn a_reader_can_lock_the_app_and_turn_the_lock_off_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let api = Api::with_vault(std::sync::Arc::new(Vault::open_with(&db, CHEAP).unwrap()));
    assert!(!api.lock_status().unwrap().encrypted);
    api.set_pin(PinParams { pin: PIN.into() }).unwrap();
    api.lock().unwrap();
    assert_eq!(
        api.home(LangParams { lang: "en".into() })
            .unwrap_err()
            .code(),
        "locked"
    );
    api.unlock(PinParams { pin: PIN.into() }).unwrap();
    api.remove_pin(PinParams { pin: PIN.into() }).unwrap();
    assert!(!api.lock_status().unwrap().encrypted);
    assert!(Store::open(&db).is_ok(), "a plain database again");
    assert!(!dir.path().join("peerguide.db.lock").exists());
}

#[test]
fn a_volunteer_cannot_turn_the_lock_off_but_can_leave_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let vault = std::sync::Arc::new(Vault::open_with(&db, CHEAP).unwrap());
    volunteer_device(&vault);
    vault.encrypt(PIN).unwrap();
    let api = Api::with_vault(vault);
    assert_eq!(
        api.remove_pin(PinParams { pin: PIN.into() })
            .unwrap_err()
            .code(),
        "lock-required"
    );
    let status = api.leave().unwrap();
    assert!(!status.encrypted);
    let notice = status.notice.unwrap();
    assert_eq!(notice.reason, WipeReason::Left);
    assert!(notice.lost_edits > 0, "the unsent profile is counted");
    assert_nowhere(dir.path(), &[PHONE, TOKEN, NAME]);
}

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// What the child of `a_conversion_or_wipe_killed_at_each_step_leaves_a_working_device`
/// does once, on the database named by `PEERGUIDE_CONVERT_DB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Work {
    Encrypt,
    Decrypt,
    Rekey,
    Wipe,
}

impl Work {
    fn name(self) -> &'static str {
        match self {
            Work::Encrypt => "encrypt",
            Work::Decrypt => "decrypt",
            Work::Rekey => "rekey",
            Work::Wipe => "wipe",
        }
    }

    /// Every step the work reaches, in order: the kill points.
    fn steps(self) -> &'static [Step] {
        match self {
            Work::Encrypt => &[Step::Exported, Step::Recorded, Step::Linked, Step::Renamed],
            Work::Decrypt => &[Step::Exported, Step::Linked, Step::Renamed],
            Work::Rekey => &[Step::Recorded, Step::Exported, Step::Linked, Step::Renamed],
            Work::Wipe => &[
                Step::WipeDeleted,
                Step::WipeCommitted,
                Step::WipeCheckpointed,
                Step::Exported,
                Step::Linked,
                Step::Renamed,
            ],
        }
    }
}

const NEW_PIN: &str = "97531864";

fn step_name(step: Step) -> String {
    serde_json::to_value(step)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

/// The child process: does `PEERGUIDE_CONVERT_WORK` once on `PEERGUIDE_CONVERT_DB`,
/// printing `step N NAME` at each step and stopping for good at step `PEERGUIDE_STOP_AT`
/// (`stopped N NAME`), where its parent kills it. Run only by that parent.
#[test]
#[ignore = "the child process of a kill test, spawned by it"]
fn conversion_child() {
    use std::io::Write;
    let db = std::env::var("PEERGUIDE_CONVERT_DB").expect("run by the kill test");
    let work = std::env::var("PEERGUIDE_CONVERT_WORK").unwrap();
    let stop: usize = std::env::var("PEERGUIDE_STOP_AT").unwrap().parse().unwrap();
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    if vault.status().unwrap().locked {
        vault.unlock(PIN).unwrap();
    }
    let reached = std::sync::atomic::AtomicUsize::new(0);
    vault.on_step(std::sync::Arc::new(move |step| {
        let n = reached.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        let mut out = std::io::stdout().lock();
        writeln!(out, "step {n} {}", step_name(step)).unwrap();
        if n == stop {
            writeln!(out, "stopped {n} {}", step_name(step)).unwrap();
            out.flush().unwrap();
            drop(out);
            loop {
                std::thread::sleep(Duration::from_secs(60));
            }
        }
        out.flush().unwrap();
        Ok(())
    }));
    match work.as_str() {
        "encrypt" => vault.encrypt(PIN).unwrap(),
        "decrypt" => vault.decrypt().unwrap(),
        "rekey" => vault.change_pin(PIN, NEW_PIN).unwrap(),
        "wipe" => {
            vault.forget_private(WipeReason::TokenRevoked).unwrap();
        }
        other => panic!("unknown work {other}"),
    }
    println!("done");
}

/// Kills the child when dropped, so a failing assertion leaves no process behind.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the child on `db` and reads its output until it says it stopped at step `stop`;
/// answers the name of that step and the child, still stopped there.
fn run_child_until(db: &Path, work: Work, stop: usize) -> (String, Child) {
    use std::io::BufRead;
    let mut child = Child(
        Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "conversion_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("PEERGUIDE_CONVERT_DB", db)
            .env("PEERGUIDE_CONVERT_WORK", work.name())
            .env("PEERGUIDE_STOP_AT", stop.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let stdout = child.0.stdout.take().unwrap();
    let mut seen = Vec::new();
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line.unwrap();
        if let Some(rest) = line.strip_prefix("stopped ") {
            let (n, name) = rest.split_once(' ').unwrap();
            assert_eq!(n.parse::<usize>().unwrap(), stop);
            return (name.to_owned(), child);
        }
        seen.push(line);
    }
    panic!("{work:?}: the child ended before step {stop}; it printed {seen:?}");
}

fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", db.display()))
}

#[cfg(unix)]
fn same_inode(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let (a, b) = (std::fs::metadata(a).unwrap(), std::fs::metadata(b).unwrap());
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_inode(_: &Path, _: &Path) -> bool {
    true
}

fn is_plain_file(path: &Path) -> bool {
    std::fs::read(path)
        .unwrap()
        .starts_with(b"SQLite format 3\0")
}

/// What the files show while the child is stopped at `step` of `work`: proof that the kill
/// about to land is where the child says it is.
fn assert_files_at(db: &Path, work: Work, step: Step) {
    let converting = sidecar(db, ".converting");
    let old = sidecar(db, ".old");
    let lock = std::fs::read_to_string(sidecar(db, ".lock")).unwrap_or_default();
    let target_plain = work == Work::Decrypt || work == Work::Wipe;
    let started_plain = work == Work::Encrypt;
    let at = format!("{work:?} at {step:?}");
    match step {
        Step::Recorded => {
            assert!(is_plain_file(db) == started_plain, "{at}: not yet replaced");
            if work == Work::Rekey {
                assert!(
                    lock.contains("next_salt\":\""),
                    "{at}: the new salt is written"
                );
            } else {
                assert!(!lock.is_empty(), "{at}: the lock file is written");
                assert!(converting.exists(), "{at}: the export is there");
            }
        }
        Step::Exported => {
            assert!(converting.exists(), "{at}: the export is there");
            assert_eq!(
                is_plain_file(&converting),
                target_plain,
                "{at}: the export's kind"
            );
            assert_eq!(is_plain_file(db), started_plain, "{at}: not yet replaced");
        }
        Step::Linked => {
            assert!(
                old.exists() && same_inode(db, &old),
                "{at}: .old is the database"
            );
            assert!(converting.exists(), "{at}: not yet renamed");
        }
        Step::Renamed => {
            assert!(!converting.exists(), "{at}: renamed");
            assert!(
                old.exists() && !same_inode(db, &old),
                "{at}: .old not yet shredded"
            );
            assert_eq!(
                is_plain_file(db),
                target_plain,
                "{at}: the new file is in place"
            );
        }
        Step::WipeDeleted | Step::WipeCommitted | Step::WipeCheckpointed => {
            assert!(
                lock.contains("\"wipe\":\"token-revoked\""),
                "{at}: intent written"
            );
            assert!(
                !is_plain_file(db) && !converting.exists(),
                "{at}: not converting"
            );
            // Read beside the stopped child: before the commit the token is still there.
            let record: serde_json::Value = serde_json::from_str(&lock).unwrap();
            let salt = base64::engine::general_purpose::STANDARD
                .decode(record["salt"].as_str().unwrap())
                .unwrap();
            let key = DbKey::derive(PIN, &salt, CHEAP).unwrap();
            let store = Store::open_keyed(db, Some(&key)).unwrap();
            let token = device::hub_link(&store).unwrap().unwrap().token;
            drop(store);
            assert_eq!(
                token.is_some(),
                step == Step::WipeDeleted,
                "{at}: committed or not"
            );
            let wal = std::fs::metadata(sidecar(db, "-wal")).map_or(0, |m| m.len());
            match step {
                Step::WipeCommitted => assert!(wal > 0, "{at}: the commit is in the log"),
                Step::WipeCheckpointed => assert_eq!(wal, 0, "{at}: the log is emptied"),
                _ => {}
            }
        }
    }
}

/// A copy of `template`'s database (and lock file) as `dir/peerguide.db`.
fn copy_device(template: &Path, dir: &Path) -> PathBuf {
    let db = dir.join("peerguide.db");
    std::fs::copy(template, &db).unwrap();
    if sidecar(template, ".lock").exists() {
        std::fs::copy(sidecar(template, ".lock"), sidecar(&db, ".lock")).unwrap();
    }
    db
}

#[test]
fn a_conversion_or_wipe_killed_at_each_step_leaves_a_working_device() {
    let templates = tempfile::tempdir().unwrap();
    let plain = templates.path().join("plain.db");
    let locked = templates.path().join("locked.db");
    {
        let vault = Vault::open_with(&plain, CHEAP).unwrap();
        vault
            .with_store(|s| import::import_dir(s, &content(), &mut |_| {}).map(|_| ()))
            .unwrap();
        volunteer_device(&vault);
        vault.with_store(|s| s.forget_freed()).unwrap();
    }
    let expected = Store::open(&plain).unwrap().counts().unwrap();
    std::fs::copy(&plain, &locked).unwrap();
    {
        let vault = Vault::open_with(&locked, CHEAP).unwrap();
        vault.encrypt(PIN).unwrap();
        vault.with_store(|s| s.forget_freed()).unwrap();
    }

    for work in [Work::Encrypt, Work::Decrypt, Work::Rekey, Work::Wipe] {
        for (i, &step) in work.steps().iter().enumerate() {
            let at = format!("{work:?} killed at {step:?}");
            let dir = tempfile::tempdir().unwrap();
            let template = if work == Work::Encrypt {
                &plain
            } else {
                &locked
            };
            let db = copy_device(template, dir.path());

            let (name, child) = run_child_until(&db, work, i + 1);
            assert_eq!(name, step_name(step), "{at}: the child stopped elsewhere");
            assert_files_at(&db, work, step);
            drop(child); // SIGKILL on Unix: no destructor, no cleanup runs in the child.

            let vault = Vault::open_with(&db, CHEAP)
                .unwrap_or_else(|e| panic!("{at}: the device does not open: {e}"));
            let leftovers: Vec<_> = files(dir.path())
                .into_iter()
                .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".converting") || n.ends_with(".old"))
                .collect();
            assert!(leftovers.is_empty(), "{at}: {leftovers:?}");
            if vault.status().unwrap().locked {
                // A re-key killed after its rename is opened by the new PIN, before by the old.
                let pin = if work == Work::Rekey && step == Step::Renamed {
                    NEW_PIN
                } else {
                    PIN
                };
                vault
                    .unlock(pin)
                    .unwrap_or_else(|e| panic!("{at}: the PIN does not open it: {e}"));
            }
            let counts = vault.with_store(|s| s.counts()).unwrap();
            if work == Work::Wipe {
                // Once begun, a wipe is finished by the next unlock: never half, never undone.
                assert!(!vault.is_encrypted(), "{at}: a reader's plain device");
                let link = vault.with_store(|s| device::hub_link(s)).unwrap().unwrap();
                assert_eq!((link.role, link.token), (DeviceRole::Reader, None), "{at}");
                assert_eq!(
                    vault.status().unwrap().notice.map(|n| n.reason),
                    Some(WipeReason::TokenRevoked),
                    "{at}"
                );
                assert_eq!(counts.volunteers, 0, "{at}");
                assert_eq!(
                    (counts.articles, counts.translations, counts.services),
                    (expected.articles, expected.translations, expected.services),
                    "{at}: public content stays"
                );
                drop(vault);
                assert_nowhere(dir.path(), &[PHONE, TOKEN, NAME]);
                continue;
            }
            assert_eq!(
                vault.is_encrypted(),
                match work {
                    Work::Encrypt => step == Step::Renamed,
                    Work::Decrypt => step != Step::Renamed,
                    _ => true,
                },
                "{at}: the file in place is the one the step says"
            );
            assert_eq!(counts, expected, "{at}");
            assert_eq!(own_name(&vault).as_deref(), Some(NAME), "{at}");
            let api = Api::with_vault(std::sync::Arc::new(vault));
            let hits = api
                .search(SearchParams {
                    lang: "en".into(),
                    query: "GP".into(),
                    limit: None,
                })
                .unwrap();
            assert!(!hits.is_empty(), "{at}: search works");
        }
    }
}

#[test]
fn a_wipe_that_fails_midway_leaves_the_old_device_and_finishes_at_the_next_unlock() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    volunteer_device(&vault);
    vault.encrypt(PIN).unwrap();
    vault.on_step(std::sync::Arc::new(|step| match step {
        Step::WipeDeleted => Err(Error::Locked),
        _ => Ok(()),
    }));
    assert!(vault.forget_private(WipeReason::Left).is_err());
    // The transaction was not committed: everything is as it was.
    assert_eq!(own_name(&vault).as_deref(), Some(NAME));
    let link = vault.with_store(|s| device::hub_link(s)).unwrap().unwrap();
    assert_eq!(link.token.as_deref(), Some(TOKEN));
    assert_eq!(vault.status().unwrap().notice, None);

    // The app ends; at the next unlock the wipe the person asked for is done.
    drop(vault);
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    vault.unlock(PIN).unwrap();
    let link = vault.with_store(|s| device::hub_link(s)).unwrap().unwrap();
    assert_eq!((link.role, link.token), (DeviceRole::Reader, None));
    assert_eq!(vault.with_store(|s| s.counts()).unwrap().volunteers, 0);
    assert_eq!(
        vault.status().unwrap().notice.map(|n| n.reason),
        Some(WipeReason::Left)
    );
    assert!(!vault.is_encrypted());
    drop(vault);
    assert_nowhere(dir.path(), &[PHONE, TOKEN, NAME]);
}

/// A keystore that keeps its items in memory (`keyring_core::mock`): the lock's own logic
/// around a keystore, tested on every machine. A real Secret Service is exercised by
/// `crates/sync-client/tests/keystore.rs`.
fn memory_keystore() -> peerguide_core::keystore::Keystore {
    peerguide_core::keystore::Keystore::new(keyring_core::mock::Store::new().unwrap())
}

#[test]
fn with_a_keystore_the_key_needs_its_secret_and_a_lost_secret_has_a_way_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let mock = keyring_core::mock::Store::new().unwrap();
    let keystore = peerguide_core::keystore::Keystore::new(mock.clone());
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    vault.set_keystore(keystore.clone());
    volunteer_device(&vault);
    vault.encrypt(PIN).unwrap();
    assert!(vault.status().unwrap().keystore, "the key is wrapped");
    vault.change_pin(PIN, NEW_PIN).unwrap();
    vault.lock().unwrap();
    vault.unlock(NEW_PIN).unwrap();
    assert_eq!(own_name(&vault).as_deref(), Some(NAME));
    drop(vault);

    // The files copied elsewhere, without the keystore: the PIN alone opens nothing, and
    // trying is not counted as a wrong PIN.
    let copy = tempfile::tempdir().unwrap();
    let copied = copy_device(&db, copy.path());
    let thief = Vault::open_with(&copied, CHEAP).unwrap();
    assert_eq!(
        thief.unlock(NEW_PIN).unwrap_err().code(),
        "keystore-unavailable"
    );
    thief.set_keystore(memory_keystore());
    assert_eq!(
        thief.unlock(NEW_PIN).unwrap_err().code(),
        "keystore-missing"
    );
    assert_eq!(thief.status().unwrap().attempts_left, 10);

    // The device's own keystore loses the item: a clear error, then the way back.
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    vault.set_keystore(keystore.clone());
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sidecar(&db, ".lock")).unwrap()).unwrap();
    let account = record["keystore"].as_str().unwrap().to_owned();
    let store: std::sync::Arc<keyring_core::CredentialStore> = mock.clone();
    let entry =
        keyring_core::Entry::new_in_store(&store, peerguide_core::keystore::SERVICE, &account)
            .unwrap();
    entry.delete_credential().unwrap();
    let err = vault.unlock(NEW_PIN).unwrap_err();
    assert_eq!(err.code(), "keystore-missing");
    assert!(err.to_string().contains("join again"), "{err}");
    assert!(vault.status().unwrap().locked);
    vault.start_over().unwrap();
    let status = vault.status().unwrap();
    assert!(!status.encrypted && !status.locked && !status.keystore);
    assert_eq!(status.notice.unwrap().reason, WipeReason::StartedOver);
    let link = vault.with_store(|s| device::hub_link(s)).unwrap().unwrap();
    assert_eq!((link.role, link.token), (DeviceRole::Reader, None));
    assert_eq!(
        link.url, "http://127.0.0.1:9",
        "the hub stays, to join again"
    );
    drop(vault);
    assert_nowhere(dir.path(), &[PHONE, TOKEN, NAME]);
}
