//! The operating system's keystore for the device lock, where the platform offers one that
//! this build can reach: the Secret Service over D-Bus on Linux and the BSDs (GNOME Keyring,
//! KWallet), the login Keychain on macOS, the data-protection Keychain on iOS, the Credential
//! Manager on Windows. Android's Keystore needs its own store crate and the app's Java
//! context handed over at start, which the app does not do yet: there, as wherever no
//! keystore answers (a Linux machine with no Secret Service running, CI), the PIN alone makes
//! the key and `LockStatus::keystore` is false.

use peerguide_core::keystore::Keystore;

/// The platform's keystore, or `None` when this platform has none this build can use or it
/// cannot be reached now. Reaching it is tried again each time this is called.
pub fn os_keystore() -> Option<Keystore> {
    platform()
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn platform() -> Option<Keystore> {
    // Without a session bus there is nothing to ask (and libdbus would try to start one).
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS")?;
    let store = dbus_secret_service_keyring_store::Store::new().ok()?;
    Some(Keystore::new(store))
}

#[cfg(target_os = "macos")]
fn platform() -> Option<Keystore> {
    let store = apple_native_keyring_store::keychain::Store::new().ok()?;
    Some(Keystore::new(store))
}

#[cfg(target_os = "ios")]
fn platform() -> Option<Keystore> {
    let store = apple_native_keyring_store::protected::Store::new().ok()?;
    Some(Keystore::new(store))
}

#[cfg(windows)]
fn platform() -> Option<Keystore> {
    let store = windows_native_keyring_store::Store::new().ok()?;
    Some(Keystore::new(store))
}

#[cfg(not(any(unix, windows)))]
fn platform() -> Option<Keystore> {
    None
}

#[cfg(target_os = "android")]
fn platform() -> Option<Keystore> {
    None
}
