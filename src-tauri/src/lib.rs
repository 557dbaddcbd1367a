//! Peer Guide's app shell (Tauri 2): opens the core's store in the app-data folder, imports
//! the demo content built into it on first start, and serves the UI's commands.
//!
//! Architecture invariant: commands are one-line adapters over `peerguide_core::api::Api`;
//! the shell makes no decisions of its own.

mod commands;
pub mod state;

use peerguide_core::api::ErrorBody;
use tauri::Manager;
use tauri_plugin_opener::OpenerExt;

use crate::state::AppState;

/// Whether a page may open inside the window: only the app's own, embedded UI. Nothing else is
/// loaded, so no request ever leaves the device from the shell (the CSP covers what a page
/// fetches; this covers where the window itself goes).
fn is_own_page(url: &tauri::Url) -> bool {
    // `tauri://localhost` on Linux and macOS, `http(s)://tauri.localhost` on Windows and Android.
    url.scheme() == "tauri" || url.host_str() == Some("tauri.localhost")
}

/// The schemes a link may hand to the system: the browser, the phone's dialer and messages, the
/// mail app, and on Android the map app (`geo:`, a service's directions). Anything else
/// (`javascript:`, `file:`, `data:`, ...) is never opened.
const OUTSIDE_SCHEMES: [&str; 6] = ["https", "http", "tel", "mailto", "sms", "geo"];

/// What to do with a page the window is asked to show.
#[derive(Debug, PartialEq, Eq)]
enum Navigation {
    /// The embedded UI: shown in the window.
    OwnPage,
    /// A website, phone number or address: opened by the system's own handler, never here.
    OpenOutside,
    /// Anything else: neither shown nor opened.
    Refuse,
}

impl Navigation {
    fn of(url: &tauri::Url) -> Self {
        if is_own_page(url) {
            Navigation::OwnPage
        } else if OUTSIDE_SCHEMES.contains(&url.scheme()) {
            Navigation::OpenOutside
        } else {
            Navigation::Refuse
        }
    }
}

/// Decides a navigation (or a new-window request, which always stays in this window): `true`
/// only for the app's own page. Links meant for the system are handed to it from here, so the
/// UI needs no permission to open anything.
fn navigate(app: &tauri::AppHandle, url: &tauri::Url) -> bool {
    match Navigation::of(url) {
        Navigation::OwnPage => true,
        Navigation::OpenOutside => {
            if let Err(e) = app.opener().open_url(url.as_str(), None::<&str>) {
                eprintln!("peerguide-app: could not open {url}: {e}");
            }
            false
        }
        Navigation::Refuse => false,
    }
}

/// Starts the app. The desktop `main` calls this; on Android and iOS it is the entry point.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tauri::Builder::default()
        // The opener is used from Rust only (see `navigate`): the UI is granted none of its
        // commands, and its script that opens `_blank` links through them is left out.
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        // Local reminders the day before a move-on plan's deadline (`ui/src/reminders.ts`):
        // made on the device, no push service.
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let state = match app.path().app_data_dir() {
                Ok(data_dir) => AppState::start(&data_dir, &state::bundled_pack()),
                Err(e) => AppState::failed(ErrorBody {
                    code: "io".into(),
                    message: format!("no app-data folder on this platform: {e}"),
                }),
            };
            if let Err(e) = state.api() {
                // Kept for whoever runs the app from a terminal; the UI shows the code.
                eprintln!("peerguide-app: could not start: {} ({})", e.message, e.code);
            }
            app.manage(state);
            // The window is made only now (`create: false` in the config), so the UI's first
            // command never arrives before the state it needs.
            for window in &app.config().app.windows {
                let builder = tauri::WebviewWindowBuilder::from_config(app.handle(), window)?;
                let handle = app.handle().clone();
                let builder = builder.on_navigation(move |url| navigate(&handle, url));
                // `target="_blank"` links and `window.open` ask for a new window: never made, the
                // link is decided like any other. (Desktop only in tauri; on Android and iOS such
                // a link is expected to navigate this window and meet `on_navigation` instead.)
                #[cfg(desktop)]
                let builder = {
                    let handle = app.handle().clone();
                    builder.on_new_window(move |url, _features| {
                        navigate(&handle, &url);
                        tauri::webview::NewWindowResponse::Deny
                    })
                };
                builder.build()?;
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::languages,
            commands::home,
            commands::articles,
            commands::article,
            commands::search,
            commands::search_status,
            commands::services,
            commands::service,
            commands::organisation,
            commands::volunteers,
            commands::about,
            commands::sync_status,
            commands::set_hub,
            commands::sync_now,
            commands::my_profile,
            commands::save_profile,
            commands::delete_profile,
            commands::review_list,
            commands::join,
            commands::review_profile,
            commands::plan,
            commands::plan_guide,
            commands::plan_calendar,
            commands::save_plan_dates,
            commands::mark_plan_step,
            commands::delete_plan,
            commands::revoke_devices,
            commands::lock_status,
            commands::unlock,
            commands::lock,
            commands::set_pin,
            commands::change_pin,
            commands::remove_pin,
            commands::set_idle,
            commands::leave,
            commands::dismiss_notice,
            commands::suggestions,
            commands::save_suggestion,
            commands::delete_suggestion,
            commands::flag,
            commands::start_over,
        ])
        .run(tauri::generate_context!())
        .expect("the Tauri runtime failed to start");
}

#[cfg(test)]
mod tests {
    use super::{Navigation, is_own_page};

    #[test]
    fn the_window_shows_only_the_embedded_ui() {
        let own = [
            "tauri://localhost/",
            "tauri://localhost/index.html#/article/register-with-a-gp",
            "http://tauri.localhost/",
            "https://tauri.localhost/assets/index.js",
        ];
        for url in own {
            assert!(is_own_page(&url.parse().unwrap()), "{url}");
        }
        let elsewhere = [
            "https://www.gov.uk/universal-credit",
            "http://localhost:5173/",
            "https://tauri.localhost.example.com/",
            "file:///etc/passwd",
        ];
        for url in elsewhere {
            assert!(!is_own_page(&url.parse().unwrap()), "{url}");
        }
    }

    #[test]
    fn links_open_outside_only_for_known_schemes() {
        let cases = [
            (
                "tauri://localhost/index.html#/services",
                Navigation::OwnPage,
            ),
            ("https://tauri.localhost/", Navigation::OwnPage),
            ("http://tauri.localhost/#/article/x", Navigation::OwnPage),
            (
                "https://www.gov.uk/universal-credit",
                Navigation::OpenOutside,
            ),
            ("http://example.org/", Navigation::OpenOutside),
            ("HTTPS://EXAMPLE.ORG/", Navigation::OpenOutside),
            ("tel:+442079460000", Navigation::OpenOutside),
            (
                "mailto:help@example.org?subject=Hello",
                Navigation::OpenOutside,
            ),
            ("sms:+447700900000", Navigation::OpenOutside),
            (
                "geo:0,0?q=5%20Elliot%20Lane%2C%20Glasgow",
                Navigation::OpenOutside,
            ),
            ("javascript:alert(1)", Navigation::Refuse),
            ("file:///etc/passwd", Navigation::Refuse),
            (
                "data:text/html,<script>alert(1)</script>",
                Navigation::Refuse,
            ),
            ("ftp://example.org/file", Navigation::Refuse),
            ("intent://scan/#Intent;scheme=zxing;end", Navigation::Refuse),
            ("about:blank", Navigation::Refuse),
        ];
        for (url, expected) in cases {
            assert_eq!(Navigation::of(&url.parse().unwrap()), expected, "{url}");
        }
    }
}
