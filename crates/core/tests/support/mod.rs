//! A content pack written to a temporary folder, file by file, for tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use peerguide_core::import::{ImportReport, import_dir};
use peerguide_core::{LanguageTag, Store};

pub struct TestPack {
    dir: tempfile::TempDir,
}

impl TestPack {
    pub fn new() -> Self {
        TestPack {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `text` at `relative`, creating folders.
    pub fn file(&self, relative: &str, text: &str) -> &Self {
        let path: PathBuf = self.dir.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    pub fn remove(&self, relative: &str) -> &Self {
        std::fs::remove_file(self.dir.path().join(relative)).unwrap();
        self
    }

    /// An English source article.
    pub fn article(
        &self,
        slug: &str,
        topic: &str,
        revision: u32,
        title: &str,
        body: &str,
    ) -> &Self {
        self.file(
            &format!("guidance/{slug}/en.md"),
            &format!(
                "+++\ntopic = \"{topic}\"\nrevision = {revision}\ntitle = \"{title}\"\nsummary = \"About {title}.\"\nreview = \"reviewed\"\n+++\n{body}\n"
            ),
        )
    }

    /// A translation of an article.
    pub fn translation(
        &self,
        slug: &str,
        lang: &str,
        source_revision: u32,
        title: &str,
        summary: &str,
        body: &str,
    ) -> &Self {
        self.file(
            &format!("guidance/{slug}/{lang}.md"),
            &format!(
                "+++\ntitle = \"{title}\"\nsummary = \"{summary}\"\nsource_revision = {source_revision}\nreview = \"machine\"\n+++\n{body}\n"
            ),
        )
    }

    /// A service with the given extra TOML lines (hours, texts...).
    pub fn service(
        &self,
        slug: &str,
        name: &str,
        topics: &str,
        languages: &str,
        extra: &str,
    ) -> &Self {
        self.file(
            &format!("services/{slug}.toml"),
            &format!(
                "name = \"{name}\"\ntopics = {topics}\narea = \"Govan\"\naddress = \"1 Test Street, Glasgow G51 1AA\"\nphone = \"0141 496 0001\"\nlanguages = {languages}\ncost = \"free\"\naccess = \"walk-in\"\n{extra}\n"
            ),
        )
    }

    pub fn import(&self, store: &mut Store) -> peerguide_core::Result<ImportReport> {
        import_dir(store, self.path(), &mut |_| {})
    }
}

pub fn lang(code: &str) -> LanguageTag {
    code.parse().unwrap()
}

/// A store with the pack imported.
pub fn store_with(pack: &TestPack) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    pack.import(&mut store).unwrap();
    store
}
