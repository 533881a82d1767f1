//! Finding a module's file on a search path (`sys.path` or a package's `__path__`), as
//! CPython's `PathFinder` + `FileFinder` do.
//!
//! Each directory's listing is read once and kept (with the directory's modification time, so
//! a file added later is still found, as FileFinder does); `importlib.invalidate_caches()`
//! drops them all. A lookup is then one `stat` of the directory plus set lookups, which is
//! what makes importing many modules cheap: files that do not exist are never probed.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::time::SystemTime;

/// What a directory search found for one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found {
    /// `NAME.py`, or `NAME/__init__.py` (then `pkg_dir` is `NAME/`).
    Source {
        path: String,
        pkg_dir: Option<String>,
    },
    /// A legacy `NAME.pyc` (or `NAME/__init__.pyc`) with no source beside it.
    Sourceless {
        path: String,
        pkg_dir: Option<String>,
    },
    /// Directories named `NAME` without `__init__`: the portions of a namespace package.
    Namespace(Vec<String>),
}

struct Listing {
    mtime: Option<SystemTime>,
    names: Rc<HashSet<String>>,
}

/// The per-directory listings (FileFinder's `_path_cache`).
#[derive(Default)]
pub(crate) struct DirCache {
    dirs: HashMap<String, Listing>,
    /// Directories the last [`DirCache::find`] saw as possible namespace portions (for the
    /// `-v` message `# possible namespace for DIR`).
    pub(crate) possible: Vec<String>,
}

impl DirCache {
    /// Forgets every listing (`importlib.invalidate_caches()`).
    pub(crate) fn clear(&mut self) {
        self.dirs.clear();
    }

    /// The names in directory `dir`, re-read when its modification time changed.
    fn listing(&mut self, dir: &str) -> Option<Rc<HashSet<String>>> {
        let meta = std::fs::metadata(if dir.is_empty() { "." } else { dir }).ok()?;
        if !meta.is_dir() {
            return None;
        }
        let mtime = meta.modified().ok();
        if let Some(l) = self.dirs.get(dir) {
            if l.mtime == mtime && mtime.is_some() {
                return Some(l.names.clone());
            }
        }
        let names: HashSet<String> = std::fs::read_dir(if dir.is_empty() { "." } else { dir })
            .ok()?
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        let names = Rc::new(names);
        self.dirs.insert(
            dir.to_owned(),
            Listing {
                mtime,
                names: names.clone(),
            },
        );
        Some(names)
    }

    /// Searches `entries` (in order) for the module whose last name component is `tail`.
    pub(crate) fn find(&mut self, tail: &str, entries: &[String]) -> Option<Found> {
        let mut portions = Vec::new();
        self.possible.clear();
        let py = format!("{tail}.py");
        let pyc = format!("{tail}.pyc");
        for entry in entries {
            let dir = absolute_dir(entry);
            let Some(names) = self.listing(&dir) else {
                continue;
            };
            let join = |n: &str| {
                if dir.ends_with('/') {
                    format!("{dir}{n}")
                } else {
                    format!("{dir}/{n}")
                }
            };
            if names.contains(tail) {
                let pkg = join(tail);
                if std::path::Path::new(&pkg).is_dir() {
                    let init = format!("{pkg}/__init__.py");
                    if is_file(&init) {
                        return Some(Found::Source {
                            path: init,
                            pkg_dir: Some(pkg),
                        });
                    }
                    let initc = format!("{pkg}/__init__.pyc");
                    if is_file(&initc) {
                        return Some(Found::Sourceless {
                            path: initc,
                            pkg_dir: Some(pkg),
                        });
                    }
                    self.possible.push(pkg.clone());
                    portions.push(pkg);
                }
            }
            if names.contains(&py) {
                let path = join(&py);
                if is_file(&path) {
                    return Some(Found::Source {
                        path,
                        pkg_dir: None,
                    });
                }
            }
            if names.contains(&pyc) {
                let path = join(&pyc);
                if is_file(&path) {
                    return Some(Found::Sourceless {
                        path,
                        pkg_dir: None,
                    });
                }
            }
        }
        if portions.is_empty() {
            None
        } else {
            Some(Found::Namespace(portions))
        }
    }
}

fn is_file(p: &str) -> bool {
    std::fs::metadata(p).is_ok_and(|m| m.is_file())
}

/// FileFinder's directory: `''` and relative entries are taken from the working directory, so
/// `__file__` is always absolute.
pub(crate) fn absolute_dir(entry: &str) -> String {
    if entry.starts_with('/') {
        return entry.to_owned();
    }
    let cwd = std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    if entry.is_empty() || entry == "." {
        cwd
    } else {
        format!("{cwd}/{}", entry.strip_prefix("./").unwrap_or(entry))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("pyvm-finder-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).ok();
        d
    }

    #[test]
    fn finds_packages_modules_legacy_pycs_and_namespaces() {
        let d = temp_dir("all");
        let ds = d.to_string_lossy().into_owned();
        std::fs::create_dir_all(d.join("pkg")).ok();
        std::fs::write(d.join("pkg/__init__.py"), "").ok();
        std::fs::write(d.join("pkg.py"), "").ok();
        std::fs::write(d.join("m.py"), "").ok();
        std::fs::write(d.join("old.pyc"), "").ok();
        std::fs::create_dir_all(d.join("ns")).ok();
        let mut c = DirCache::default();
        let e = vec![ds.clone()];
        assert_eq!(
            c.find("pkg", &e),
            Some(Found::Source {
                path: format!("{ds}/pkg/__init__.py"),
                pkg_dir: Some(format!("{ds}/pkg"))
            })
        );
        assert_eq!(
            c.find("m", &e),
            Some(Found::Source {
                path: format!("{ds}/m.py"),
                pkg_dir: None
            })
        );
        assert_eq!(
            c.find("old", &e),
            Some(Found::Sourceless {
                path: format!("{ds}/old.pyc"),
                pkg_dir: None
            })
        );
        assert_eq!(
            c.find("ns", &e),
            Some(Found::Namespace(vec![format!("{ds}/ns")]))
        );
        assert_eq!(c.find("nothing", &e), None);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn relative_entries_become_absolute() {
        assert!(absolute_dir("").starts_with('/'));
        assert!(absolute_dir("sub").ends_with("/sub"));
        assert_eq!(absolute_dir("/x/y"), "/x/y");
    }
}
