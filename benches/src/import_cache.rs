//! Shared by the `import_cache` criterion bench and the `import_cache_ratio` binary: large
//! standard-library modules copied to a scratch directory, with their pycs written there.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use pyvm_compiler::code::CodeObject;
use pyvm_compiler::pyc_cache::{load_cached, write_cached_atomically};

/// The modules measured, by their path under CPython's `Lib/`.
const MODULES: &[&str] = &["typing.py", "argparse.py", "dataclasses.py"];

/// A module copied into the scratch directory, with the header values of its source.
pub struct Module {
    pub name: String,
    pub path: PathBuf,
    pub mtime: u32,
    pub size: u32,
    pub bytes: usize,
}

/// The source's mtime and size as a pyc header records them (32 bits each).
fn source_stamp(path: &Path) -> Option<(u32, u32)> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs() as u32;
    Some((mtime, meta.len() as u32))
}

/// What an import without a cache does: read, decode, parse and compile the source.
pub fn compile_file(path: &Path) -> Option<Rc<CodeObject>> {
    let bytes = std::fs::read(path).ok()?;
    let text = pyvm_lexer::decode_source(&bytes).ok()?;
    let name = path.to_string_lossy();
    pyvm_compiler::compile(&text, &name, pyvm_parser::Mode::Exec).ok()
}

/// Copies the modules into `scratch` and writes their pycs there.
pub fn prepare(scratch: &Path) -> Vec<Module> {
    let sources: Vec<PathBuf> = match crate::cpython_stdlib() {
        Some(lib) => MODULES.iter().map(|m| lib.join(m)).collect(),
        None => crate::python_files(&crate::fixtures_dir()),
    };
    let mut out = Vec::new();
    for src in sources {
        let Some(file_name) = src.file_name() else {
            continue;
        };
        let path = scratch.join(file_name);
        if std::fs::copy(&src, &path).is_err() {
            continue;
        }
        let (Some((mtime, size)), Some(code)) = (source_stamp(&path), compile_file(&path)) else {
            eprintln!("skipping {}: does not compile", src.display());
            continue;
        };
        if write_cached_atomically(&path, &code, mtime, size).is_err()
            || load_cached(&path, mtime, size).is_none()
        {
            eprintln!(
                "skipping {}: pyc not written or not read back",
                src.display()
            );
            continue;
        }
        out.push(Module {
            name: file_name
                .to_string_lossy()
                .trim_end_matches(".py")
                .to_owned(),
            path,
            mtime,
            size,
            bytes: size as usize,
        });
    }
    out
}
