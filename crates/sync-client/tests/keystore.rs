//! The device lock with a real keystore: GNOME Keyring's Secret Service on a private D-Bus
//! session bus (`dbus-run-session`, `gnome-keyring-daemon`; `scripts/setup.sh` installs
//! both). The key needs the PIN and the keystore's secret; the files copied away open with
//! neither the PIN alone nor another keystore; a keystore item removed gives
//! `keystore-missing` and starting over brings back a reader's device. Without a session bus
//! the lock falls back to the PIN alone and says so.
#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::Command;

use peerguide_core::lock::{KdfParams, Vault};
use peerguide_core::sync::device;
use peerguide_core::sync::wipe::WipeReason;
use peerguide_sync_client::keystore::os_keystore;

/// Cheaper than a device's parameters; the keystore is what is tested here.
const CHEAP: KdfParams = KdfParams {
    m_kib: 1024,
    t: 1,
    p: 1,
};
const PIN: &str = "246810";
const TOKEN: &str = "tok-5e1f0c3a7d9b2468";

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Runs `child` of this test binary with `env`, under `wrapper` if given; answers its output.
fn run_child(child: &str, wrapper: Option<&str>, env: &[(&str, &Path)]) -> String {
    let exe = std::env::current_exe().unwrap();
    let args = [
        "--ignored",
        "--exact",
        child,
        "--nocapture",
        "--test-threads=1",
    ];
    let mut command = match wrapper {
        Some(script) => {
            let mut c = Command::new("dbus-run-session");
            c.args(["--", "sh", "-c", script, "sh"])
                .arg(&exe)
                .args(args);
            c
        }
        None => {
            let mut c = Command::new(&exe);
            c.args(args);
            c
        }
    };
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{child} failed:\n{text}");
    text
}

#[test]
fn a_real_secret_service_holds_part_of_the_key() {
    assert!(
        on_path("dbus-run-session") && on_path("gnome-keyring-daemon"),
        "this test needs dbus-run-session and gnome-keyring-daemon (scripts/setup.sh installs them)"
    );
    // A home of its own: the keyring the daemon makes, unlocked with a password from stdin,
    // is created there and goes with the temporary folder.
    let home = tempfile::tempdir().unwrap();
    let script = "printf 'keyring-password' | gnome-keyring-daemon --unlock --components=secrets \
                  >/dev/null && exec \"$@\"";
    let out = run_child(
        "secret_service_child",
        Some(script),
        &[
            ("HOME", home.path()),
            ("XDG_DATA_HOME", &home.path().join("data")),
            ("XDG_RUNTIME_DIR", home.path()),
        ],
    );
    assert!(out.contains("secret service: done"), "{out}");
}

#[test]
fn without_a_keystore_the_pin_alone_locks_and_the_status_says_so() {
    let nowhere = PathBuf::from("unix:path=/nonexistent/bus");
    let out = run_child(
        "no_keystore_child",
        None,
        &[("DBUS_SESSION_BUS_ADDRESS", &nowhere)],
    );
    assert!(out.contains("no keystore: done"), "{out}");
}

fn linked_device(db: &Path) -> Vault {
    let vault = Vault::open_with(db, CHEAP).unwrap();
    vault
        .with_store(|s| {
            device::set_hub(s, "http://127.0.0.1:9")?;
            device::set_credentials(s, TOKEN, device::DeviceRole::Volunteer, None)
        })
        .unwrap();
    vault
}

fn copy(db: &Path, to: &Path) -> PathBuf {
    let copied = to.join("peerguide.db");
    std::fs::copy(db, &copied).unwrap();
    let lock = |p: &Path| PathBuf::from(format!("{}.lock", p.display()));
    std::fs::copy(lock(db), lock(&copied)).unwrap();
    copied
}

#[test]
#[ignore = "run by a_real_secret_service_holds_part_of_the_key inside its D-Bus session"]
fn secret_service_child() {
    let keystore = os_keystore().expect("the Secret Service answers on this session bus");
    println!("keystore: {}", keystore.vendor());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let vault = linked_device(&db);
    vault.set_keystore(keystore);
    vault.encrypt(PIN).unwrap();
    assert!(vault.status().unwrap().keystore, "the key is wrapped");
    vault.lock().unwrap();
    vault.unlock(PIN).unwrap();
    let token = vault
        .with_store(|s| device::hub_link(s))
        .unwrap()
        .unwrap()
        .token;
    assert_eq!(token.as_deref(), Some(TOKEN));
    drop(vault);

    // Restarted, with the keystore asked afresh: the same secret comes back.
    let vault = Vault::open_with(&db, CHEAP).unwrap();
    vault.set_keystore(os_keystore().unwrap());
    vault.unlock(PIN).unwrap();
    vault.lock().unwrap();

    // The files copied to a machine without this keystore: the PIN alone opens nothing.
    let elsewhere = tempfile::tempdir().unwrap();
    let thief = Vault::open_with(copy(&db, elsewhere.path()), CHEAP).unwrap();
    assert_eq!(
        thief.unlock(PIN).unwrap_err().code(),
        "keystore-unavailable"
    );

    // The item removed from the keyring (by hand, or a keyring reset): a clear error and
    // the way back.
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{}.lock", db.display())).unwrap())
            .unwrap();
    let account = record["keystore"].as_str().expect("an item is named");
    let store = dbus_secret_service_keyring_store::Store::new().unwrap();
    let store: std::sync::Arc<keyring_core::CredentialStore> = store;
    keyring_core::Entry::new_in_store(&store, peerguide_core::keystore::SERVICE, account)
        .unwrap()
        .delete_credential()
        .unwrap();
    assert_eq!(vault.unlock(PIN).unwrap_err().code(), "keystore-missing");
    assert_eq!(vault.status().unwrap().attempts_left, 10, "not a wrong PIN");
    vault.start_over().unwrap();
    let status = vault.status().unwrap();
    assert!(!status.encrypted && !status.keystore);
    assert_eq!(status.notice.unwrap().reason, WipeReason::StartedOver);

    // Turning the lock off removes the keystore's item too.
    vault.set_keystore(os_keystore().unwrap());
    vault.encrypt(PIN).unwrap();
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{}.lock", db.display())).unwrap())
            .unwrap();
    let account = record["keystore"].as_str().unwrap().to_owned();
    vault.decrypt().unwrap();
    let gone =
        keyring_core::Entry::new_in_store(&store, peerguide_core::keystore::SERVICE, &account)
            .unwrap()
            .get_secret();
    assert!(
        matches!(gone, Err(keyring_core::Error::NoEntry)),
        "{gone:?}"
    );
    println!("secret service: done");
}

#[test]
#[ignore = "run by without_a_keystore_the_pin_alone_locks_and_the_status_says_so"]
fn no_keystore_child() {
    assert!(os_keystore().is_none(), "no session bus, no keystore");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peerguide.db");
    let vault = linked_device(&db);
    if let Some(keystore) = os_keystore() {
        vault.set_keystore(keystore);
    }
    vault.encrypt(PIN).unwrap();
    assert!(
        !vault.status().unwrap().keystore,
        "the PIN alone, and said so"
    );
    vault.lock().unwrap();
    vault.unlock(PIN).unwrap();
    println!("no keystore: done");
}
