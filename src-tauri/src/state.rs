//! The app's state: the core's `Api` over the database in the app-data folder, opened once at
//! start, with the demo content built into the binary imported on first start.

use std::path::{Path, PathBuf};

use peerguide_core::api::{Api, ErrorBody};
use peerguide_core::pack::MemoryPack;
use peerguide_core::{Error, import};

/// The demo content pack (`content/`), built into the binary by `build.rs`: phones have no
/// file path to an app's bundled files (an APK's assets are inside the APK).
mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled_pack.rs"));
}

/// The content pack this build carries, imported on a first start.
pub fn bundled_pack() -> MemoryPack {
    MemoryPack::new(bundled::FILES.iter().copied())
}
use peerguide_sync_client::device::Device;

/// The database's file name inside the platform's app-data folder.
pub const DATABASE_FILE: &str = "peerguide.db";

/// What every command works on. A failed start is kept, not raised: the window still opens and
/// every command answers with the failure's code, which the UI shows translated.
pub struct AppState {
    api: Result<Api, ErrorBody>,
    device: Option<Device>,
}

impl AppState {
    /// Opens (or creates) the database in `data_dir` and, if it holds nothing yet, imports
    /// `pack` (the app gives [`bundled_pack`]).
    pub fn start(data_dir: &Path, pack: &MemoryPack) -> AppState {
        let api = open(data_dir, pack).map_err(|e| ErrorBody::from(&e));
        AppState {
            device: api.as_ref().ok().map(|api| Device::new(api.vault())),
            api,
        }
    }

    /// A start that failed before there was a folder to open, e.g. no app-data folder known.
    pub fn failed(error: ErrorBody) -> AppState {
        AppState {
            api: Err(error),
            device: None,
        }
    }

    /// The core's API, or why the app could not start.
    pub fn api(&self) -> Result<&Api, ErrorBody> {
        self.api.as_ref().map_err(Clone::clone)
    }

    /// The device's sync, over the same database (only when the app started).
    pub fn device(&self) -> Result<&Device, ErrorBody> {
        self.api()?;
        Ok(self.device.as_ref().expect("a started app has a device"))
    }
}

fn open(data_dir: &Path, pack: &MemoryPack) -> Result<Api, Error> {
    std::fs::create_dir_all(data_dir).map_err(|source| Error::Io {
        path: data_dir.to_owned(),
        source,
    })?;
    let api = Api::open(database_path(data_dir))?;
    // Where the platform's keystore answers, a PIN set from now on also needs its secret.
    if let Some(keystore) = peerguide_sync_client::keystore::os_keystore() {
        api.vault().set_keystore(keystore);
    }
    let seed_pack = pack.clone();
    // A wipe (ten wrong PINs) leaves an empty database: the built-in guidance goes back in.
    api.vault()
        .set_seed(Box::new(move |store| seed(store, &seed_pack)));
    if api.vault().is_encrypted() {
        // A locked device opens on its lock screen; its content was imported long ago.
        return Ok(api);
    }
    api.store(|store| seed(store, pack))?;
    Ok(api)
}

/// Imports `pack` into a database that holds nothing yet.
fn seed(store: &mut peerguide_core::Store, pack: &MemoryPack) -> Result<(), Error> {
    let counts = store.counts()?;
    if counts.articles + counts.services + counts.volunteers == 0 {
        // One transaction: a failed or interrupted import leaves the database empty, so
        // the next start tries again rather than showing half a pack.
        let pack = pack.load(&mut |_| {})?;
        import::import_pack(store, pack, &mut |_| {})?;
    }
    Ok(())
}

/// Where the database lives inside an app-data folder.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DATABASE_FILE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use peerguide_core::api::{ArticleParams, LangParams};

    #[test]
    fn the_demo_pack_is_built_in_and_names_its_files_relative_to_the_pack() {
        let pack = bundled_pack();
        assert!(pack.file_count() > 100, "{} files", pack.file_count());
        assert!(
            bundled::FILES
                .iter()
                .any(|(path, _)| *path == "guidance/register-with-a-gp/ar.md")
        );
    }

    #[test]
    fn first_start_imports_the_built_in_pack_with_no_content_folder_anywhere() {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("not/yet/there");
        // Run where no `content/` folder exists, as on a phone: the pack comes from the binary.
        let state = AppState::start(&data_dir, &bundled_pack());
        let api = state.api().expect("the app starts");
        let article = api
            .article(ArticleParams {
                lang: "ar".into(),
                slug: "register-with-a-gp".into(),
                today: None,
            })
            .unwrap();
        assert_eq!(article.lang.to_string(), "ar");
        assert!(database_path(&data_dir).is_file());
        assert!(!data_dir.join("content").exists());
    }

    #[test]
    fn a_second_start_keeps_the_database_and_does_not_import_again() {
        let dir = tempfile::tempdir().unwrap();
        let first = AppState::start(dir.path(), &bundled_pack());
        let imported_at = first.api().unwrap().about().unwrap().content_date;
        drop(first);
        // An empty pack would fail to import: the start must not try one.
        let second = AppState::start(dir.path(), &MemoryPack::new([]));
        let about = second.api().expect("the app starts").about().unwrap();
        assert_eq!(about.content_date, imported_at);
        assert!(about.articles > 0);
    }

    #[test]
    fn a_missing_pack_is_an_error_code_not_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::start(dir.path(), &MemoryPack::new([]));
        let err = state.api().err().expect("the start fails");
        assert_eq!(err.code, "io");
        // Every command answers with the same code, so the UI can say what went wrong.
        assert!(state.api().is_err());
    }

    #[test]
    fn an_invalid_pack_is_refused_with_its_code_and_nothing_half_imported() {
        let dir = tempfile::tempdir().unwrap();
        let broken =
            MemoryPack::new([("guidance/broken/en.md", b"+++\ntitle = 3\n+++\n".as_slice())]);
        let data_dir = dir.path().join("data");
        let state = AppState::start(&data_dir, &broken);
        let err = state.api().err().unwrap();
        assert_eq!(err.code, "invalid-pack");
        assert!(
            err.message.contains("guidance/broken/en.md"),
            "{}",
            err.message
        );

        // The next start, with a good pack, imports it: the failed one left nothing behind.
        let state = AppState::start(&data_dir, &bundled_pack());
        let home = state
            .api()
            .unwrap()
            .home(LangParams { lang: "en".into() })
            .unwrap();
        assert!(home.iter().any(|t| !t.articles.is_empty()));
    }
}
