//! The desktop entry point; mobile builds enter through `peerguide_app::run` instead.

// No console window beside the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    peerguide_app::run();
}
