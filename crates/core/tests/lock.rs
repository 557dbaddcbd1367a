//! The device lock: a volunteer's database, its log and its token unreadable in the files;
//! ten wrong PINs wiping the volunteer data but not public guidance; a PIN change re-keying
//! with nothing lost; a conversion killed (`kill -9`) at any moment leaving a device that
//! opens with everything in it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use peerguide_core::api::{Api, LangParams, PinParams, SearchParams};
use peerguide_core::lock::{KdfParams, Vault};
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

/// The child of `a_conversion_killed_at_any_moment_leaves_a_working_device`: converts the
/// database named by `PEERGUIDE_CONVERT_DB` back and forth until it is killed.
#[test]
fn conversion_child() {
    let Ok(db) = std::env::var("PEERGUIDE_CONVERT_DB") else {
        return;
    };
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    loop {
        if vault.is_encrypted() {
            if vault.status().unwrap().locked {
                vault.unlock(PIN).unwrap();
            }
            vault.decrypt().unwrap();
        } else {
            vault.encrypt(PIN).unwrap();
        }
        println!("converted");
    }
}

#[test]
fn a_conversion_killed_at_any_moment_leaves_a_working_device() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    {
        let vault = Vault::open_with(&db, CHEAP).unwrap();
        vault
            .with_store(|s| import::import_dir(s, &content(), &mut |_| {}).map(|_| ()))
            .unwrap();
        volunteer_device(&vault);
    }
    let expected = Store::open(&db).unwrap().counts().unwrap();
    let exe = std::env::current_exe().unwrap();
    // Kill points spread over the export, the renames and the shredding; the test holds
    // whatever moment each kill lands on.
    for (round, wait_ms) in [5u64, 40, 90, 150, 230, 320, 450, 600]
        .into_iter()
        .enumerate()
    {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "conversion_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("PEERGUIDE_CONVERT_DB", &db)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait_ms));
        child.kill().unwrap(); // SIGKILL on Unix: no destructor, no cleanup runs.
        child.wait().unwrap();

        let vault = Vault::open_with(&db, CHEAP)
            .unwrap_or_else(|e| panic!("round {round}: the device does not open: {e}"));
        if vault.status().unwrap().locked {
            vault
                .unlock(PIN)
                .unwrap_or_else(|e| panic!("round {round}: the PIN does not open it: {e}"));
        }
        let counts = vault.with_store(|s| s.counts()).unwrap();
        assert_eq!(counts, expected, "round {round}");
        assert_eq!(own_name(&vault).as_deref(), Some(NAME), "round {round}");
        let api = Api::with_vault(std::sync::Arc::new(vault));
        let hits = api
            .search(SearchParams {
                lang: "en".into(),
                query: "GP".into(),
                limit: None,
            })
            .unwrap();
        assert!(!hits.is_empty(), "round {round}: search works");
        let leftovers: Vec<_> = files(dir.path())
            .into_iter()
            .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".converting") || n.ends_with(".old"))
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
    }
}
