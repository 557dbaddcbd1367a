//! Build script: lets Tauri embed the built UI (`ui/dist`), the icons and the permissions, and
//! builds the demo content pack (`content/`) into the binary, so a first start imports it on
//! every platform (an Android APK's assets have no file path the core could read).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    tauri_build::build();
    bundle_pack();
}

/// Writes `$OUT_DIR/bundled_pack.rs`: every file of `content/` as `(relative path, bytes)`.
fn bundle_pack() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    // Cargo scans a folder given here for any change below it, new files included.
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    for (rel, abs) in &files {
        writeln!(
            out,
            "    ({rel:?}, include_bytes!({:?})),",
            abs.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("bundled_pack.rs");
    std::fs::write(dest, out).unwrap();
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read the content pack folder {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy();
        // The pack reader skips these; they need not weigh on the binary.
        if name.starts_with('.') || name.eq_ignore_ascii_case("README.md") {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).unwrap();
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path.canonicalize().unwrap()));
        }
    }
}
