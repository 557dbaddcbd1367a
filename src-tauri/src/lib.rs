//! Peer Guide's app shell (Tauri 2): opens the core's store in the app-data folder, imports
//! the bundled demo content on first start, and serves the UI's commands.
//!
//! Architecture invariant: commands are one-line adapters over `peerguide_core::api::Api`;
//! the shell makes no decisions of its own.

mod commands;
pub mod state;

use peerguide_core::api::ErrorBody;
use tauri::Manager;
use tauri::path::BaseDirectory;

use crate::state::AppState;

/// Where the bundled content pack sits among the app's resources (see `tauri.conf.json`).
const BUNDLED_PACK: &str = "content";

/// Whether a page may open inside the window: only the app's own, embedded UI. Nothing else is
/// loaded, so no request ever leaves the device from the shell (the CSP covers what a page
/// fetches; this covers where the window itself goes).
fn is_own_page(url: &tauri::Url) -> bool {
    // `tauri://localhost` on Linux and macOS, `http(s)://tauri.localhost` on Windows and Android.
    url.scheme() == "tauri" || url.host_str() == Some("tauri.localhost")
}

/// Starts the app. The desktop `main` calls this; on Android and iOS it is the entry point.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tauri::Builder::default()
        .setup(|app| {
            let state = match (
                app.path().app_data_dir(),
                app.path().resolve(BUNDLED_PACK, BaseDirectory::Resource),
            ) {
                (Ok(data_dir), Ok(pack_dir)) => AppState::start(&data_dir, &pack_dir),
                (Err(e), _) | (_, Err(e)) => AppState::failed(ErrorBody {
                    code: "io".into(),
                    message: format!("no app-data or resource folder on this platform: {e}"),
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
                tauri::WebviewWindowBuilder::from_config(app.handle(), window)?
                    .on_navigation(is_own_page)
                    .build()?;
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::languages,
            commands::home,
            commands::articles,
            commands::article,
            commands::search,
            commands::services,
            commands::volunteers,
            commands::about,
        ])
        .run(tauri::generate_context!())
        .expect("the Tauri runtime failed to start");
}

#[cfg(test)]
mod tests {
    use super::is_own_page;

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
}
