//! Benchmarks for pyvm: shared pieces of the criterion benches (`benches/`), the `parse_corpus`
//! binary and the CPython side-by-side script (`compare_parse.py`). See `README.md`.
//!
//! The corpus is CPython's standard library when a CPython 3.12 can be found (it is the largest
//! body of real Python at hand, and the one CPython's own parser is tuned for), else the
//! fixtures committed beside this crate, so the benches always run.

use std::path::{Path, PathBuf};
use std::process::Command;

use bumpalo::Bump;

pub mod import_cache;
use pyvm_lexer::{LexOptions, Lexer};
use pyvm_parser::{parse, Mode, ParseOptions};

/// One source file of a corpus, read and decoded.
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

/// Where a corpus came from, for the benches' output.
pub struct Corpus {
    pub origin: String,
    pub files: Vec<SourceFile>,
}

impl Corpus {
    pub fn bytes(&self) -> usize {
        self.files.iter().map(|f| f.text.len()).sum()
    }
}

/// Every `.py` file under `dir`, recursively, in a stable order. Directories that are not
/// Python packages of the distribution (`site-packages`, `__pycache__`) are skipped.
pub fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if name != "site-packages" && name != "__pycache__" {
                    stack.push(path);
                }
            } else if kind.is_file() && name.ends_with(".py") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Source bytes to text, as a script file is read (BOM, PEP 263 declaration, UTF-8). Returns
/// `None` for files CPython would not decode either (the benches skip them).
pub fn decode(bytes: &[u8]) -> Option<String> {
    pyvm_lexer::decode_source(bytes)
        .ok()
        .map(|text| text.into_owned())
}

/// Reads and decodes `paths`, dropping those that fail.
pub fn read_files(paths: &[PathBuf]) -> Vec<SourceFile> {
    paths
        .iter()
        .filter_map(|path| {
            let bytes = std::fs::read(path).ok()?;
            Some(SourceFile {
                path: path.clone(),
                text: decode(&bytes)?,
            })
        })
        .collect()
}

/// The standard library directory of the CPython 3.12 that `../shared/tools/cpython312` (or
/// `$PYVM_ORACLE`) finds, if any.
pub fn cpython_stdlib() -> Option<PathBuf> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let finder = workspace
        .join("..")
        .join("shared")
        .join("tools")
        .join("cpython312");
    let python = Command::new(&finder)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("PYVM_ORACLE").ok())?;
    let out = Command::new(python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    dir.is_dir().then_some(dir)
}

/// The committed fixtures (`benches/fixtures`).
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The benches' corpus: `$PYVM_BENCH_CORPUS` (a directory) if set; else the `.py` files at the
/// top of CPython's standard library (about 4.5 MB, enough to measure and quick to run); else
/// the committed fixtures. Files that do not lex and parse are left out (the benches measure
/// speed, the test suites correctness).
pub fn bench_corpus() -> Corpus {
    let (origin, paths) = if let Some(dir) = std::env::var_os("PYVM_BENCH_CORPUS") {
        let dir = PathBuf::from(dir);
        (dir.display().to_string(), python_files(&dir))
    } else if let Some(stdlib) = cpython_stdlib() {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&stdlib)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "py"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        (format!("{} (top level)", stdlib.display()), paths)
    } else {
        let dir = fixtures_dir();
        (dir.display().to_string(), python_files(&dir))
    };
    let arena = Bump::new();
    let files = read_files(&paths)
        .into_iter()
        .filter(|f| lex(&f.text).is_ok() && parse_module(&f.text, &arena).is_ok())
        .collect();
    Corpus { origin, files }
}

/// Lexes `source` to the end; the number of tokens, or the first error's message.
pub fn lex(source: &str) -> Result<usize, String> {
    let mut count = 0;
    for token in Lexer::new(source, LexOptions::default()) {
        token.map_err(|e| e.to_string())?;
        count += 1;
    }
    Ok(count)
}

/// Parses `source` as a module into `arena`; the number of top-level statements.
pub fn parse_module(source: &str, arena: &Bump) -> Result<usize, String> {
    match parse(source, Mode::Exec, ParseOptions::default(), arena) {
        Ok(pyvm_parser::ast::Mod::Module(module)) => Ok(module.body.len()),
        Ok(_) => Ok(0),
        Err(err) => Err(err.to_string()),
    }
}
