//! Opening a device's database for a command: a plain one as it is, an encrypted one (a
//! volunteer's or coordinator's device, or a reader's app lock) with its PIN, given on the
//! first line of standard input (`--pin-stdin`) or in `PEERGUIDE_PIN`. The PIN goes through
//! the core's lock like the app's: a wrong one counts towards the ten that wipe the device.
//! Where the system keystore answers it is used, so a database the app locked with it opens.

use std::io::BufRead;
use std::path::Path;
use std::sync::OnceLock;

use peerguide_core::Store;
use peerguide_core::lock::Vault;
use zeroize::Zeroizing;

use crate::hub::Failure;

/// The variable a PIN may be given in, for scripts that cannot use standard input.
pub const PIN_VARIABLE: &str = "PEERGUIDE_PIN";

/// Whether `--pin-stdin` was given; set once, before any database is opened.
static PIN_STDIN: OnceLock<bool> = OnceLock::new();

/// Notes whether the PIN is to be read from standard input.
pub fn pin_from_stdin(yes: bool) {
    let _ = PIN_STDIN.set(yes);
}

/// The PIN given for this run, if any: standard input's first line, else the variable.
fn given_pin() -> Result<Option<Zeroizing<String>>, Failure> {
    if PIN_STDIN.get().copied().unwrap_or(false) {
        let mut line = Zeroizing::new(String::new());
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| Failure::Usage(format!("--pin-stdin: {e}")))?;
        let pin = Zeroizing::new(line.trim_end_matches(['\r', '\n']).to_owned());
        if pin.is_empty() {
            return Err(Failure::Usage(
                "--pin-stdin: standard input's first line is empty; it must be the PIN".into(),
            ));
        }
        return Ok(Some(pin));
    }
    Ok(std::env::var(PIN_VARIABLE)
        .ok()
        .filter(|p| !p.is_empty())
        .map(Zeroizing::new))
}

/// Opens the database at `db` (created plain if missing), unlocking it when encrypted.
pub fn open(db: &Path) -> Result<Store, Failure> {
    let vault = Vault::open(db)?;
    if !vault.status()?.locked {
        return Ok(vault.into_store()?);
    }
    if let Some(keystore) = peerguide_sync_client::keystore::os_keystore() {
        vault.set_keystore(keystore);
    }
    let pin = given_pin()?.ok_or_else(|| Failure::PinNeeded(db.to_owned()))?;
    vault.unlock(&pin)?;
    Ok(vault.into_store()?)
}
