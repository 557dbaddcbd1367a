//! Build script: lets Tauri embed the built UI (`ui/dist`), the icons and the permissions.

fn main() {
    tauri_build::build();
}
