//! `parse_corpus DIR [N]`: lexes and parses every `.py` file under `DIR` (or the files listed,
//! one path a line, in `--files LIST`) `N` times (default 1) and prints the total bytes, the
//! seconds and the throughput of lexing alone and of parsing, and the peak memory of parsing
//! the largest file. With `--json` the figures are printed as one JSON object instead, which is
//! what `compare_parse.py` reads.
//!
//! Reading and decoding the files is not timed, on our side as on CPython's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use bumpalo::Bump;

/// The system allocator, counting live bytes and their high-water mark: how the peak memory of
/// one parse is measured.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every method forwards to `System` with the caller's arguments unchanged; the counters
// are plain atomics and do not touch the allocation.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as ours.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            record(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) };
        record(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as ours.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            record(new_size as isize - layout.size() as isize);
        }
        new
    }
}

fn record(delta: isize) {
    let live = if delta >= 0 {
        LIVE.fetch_add(delta as usize, Ordering::Relaxed) + delta as usize
    } else {
        LIVE.fetch_sub(delta.unsigned_abs(), Ordering::Relaxed) - delta.unsigned_abs()
    };
    PEAK.fetch_max(live, Ordering::Relaxed);
}

#[global_allocator]
static GLOBAL: Counting = Counting;

struct Args {
    dir: Option<PathBuf>,
    list: Option<PathBuf>,
    repeat: u32,
    json: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        dir: None,
        list: None,
        repeat: 1,
        json: false,
    };
    let mut argv = std::env::args().skip(1);
    while let Some(arg) = argv.next() {
        match arg.as_str() {
            "--json" => args.json = true,
            "--files" => args.list = Some(argv.next().ok_or("--files needs a file")?.into()),
            "-h" | "--help" => return Err(String::new()),
            _ if args.dir.is_none() && args.list.is_none() => args.dir = Some(arg.into()),
            _ => {
                args.repeat = arg
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("not a repeat count: {arg}"))?
            }
        }
    }
    if args.dir.is_none() && args.list.is_none() {
        return Err("give a directory or --files LIST".to_owned());
    }
    Ok(args)
}

fn mb_per_s(bytes: usize, seconds: f64) -> f64 {
    bytes as f64 / 1e6 / seconds.max(1e-9)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("parse_corpus: {msg}");
            }
            eprintln!("usage: parse_corpus [--json] (DIR | --files LIST) [N]");
            return ExitCode::from(2);
        }
    };
    let paths: Vec<PathBuf> = match (&args.list, &args.dir) {
        (Some(list), _) => match std::fs::read_to_string(list) {
            Ok(text) => text
                .lines()
                .filter(|l| !l.is_empty())
                .map(PathBuf::from)
                .collect(),
            Err(e) => {
                eprintln!("parse_corpus: {}: {e}", list.display());
                return ExitCode::from(2);
            }
        },
        (None, Some(dir)) => pyvm_benches::python_files(dir),
        (None, None) => Vec::new(),
    };
    let files = pyvm_benches::read_files(&paths);
    let undecodable = paths.len() - files.len();
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();

    // Lexing alone.
    let mut lex_errors = 0;
    let mut tokens = 0;
    let start = Instant::now();
    for round in 0..args.repeat {
        for file in &files {
            match pyvm_benches::lex(&file.text) {
                Ok(n) => tokens += n,
                Err(_) if round == 0 => lex_errors += 1,
                Err(_) => {}
            }
        }
    }
    let lex_seconds = start.elapsed().as_secs_f64();

    // Source to AST, one arena reused.
    let mut arena = Bump::new();
    let mut parse_errors = Vec::new();
    let start = Instant::now();
    for round in 0..args.repeat {
        for file in &files {
            if let Err(e) = pyvm_benches::parse_module(&file.text, &arena) {
                if round == 0 {
                    parse_errors.push(format!("{}: {e}", file.path.display()));
                }
            }
            arena.reset();
        }
    }
    let parse_seconds = start.elapsed().as_secs_f64();

    // Peak memory of parsing the largest file, from a fresh arena.
    let largest = files.iter().max_by_key(|f| f.text.len());
    let (largest_name, largest_bytes, peak) = match largest {
        Some(file) => {
            let base = LIVE.load(Ordering::Relaxed);
            PEAK.store(base, Ordering::Relaxed);
            let arena = Bump::new();
            let _ = pyvm_benches::parse_module(&file.text, &arena);
            let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
            drop(arena);
            (file.path.display().to_string(), file.text.len(), peak)
        }
        None => (String::new(), 0, 0),
    };

    let total = bytes * args.repeat as usize;
    if args.json {
        println!(
            "{{\"files\": {}, \"bytes\": {bytes}, \"repeat\": {}, \"undecodable\": {undecodable}, \
             \"tokens\": {tokens}, \"lex_errors\": {lex_errors}, \"lex_seconds\": {lex_seconds}, \
             \"lex_mb_per_s\": {}, \"parse_errors\": {}, \"parse_seconds\": {parse_seconds}, \
             \"parse_mb_per_s\": {}, \"largest_file\": {:?}, \"largest_bytes\": {largest_bytes}, \
             \"largest_peak_bytes\": {peak}}}",
            files.len(),
            args.repeat,
            mb_per_s(total, lex_seconds),
            parse_errors.len(),
            mb_per_s(total, parse_seconds),
            largest_name,
        );
    } else {
        println!(
            "{} files, {bytes} bytes, {} round(s){}",
            files.len(),
            args.repeat,
            if undecodable > 0 {
                format!(" ({undecodable} not UTF-8, skipped)")
            } else {
                String::new()
            }
        );
        println!(
            "lex:   {lex_seconds:.3} s, {:.1} MB/s, {tokens} tokens, {lex_errors} files with errors",
            mb_per_s(total, lex_seconds)
        );
        println!(
            "parse: {parse_seconds:.3} s, {:.1} MB/s, {} files with errors",
            mb_per_s(total, parse_seconds),
            parse_errors.len()
        );
        for e in parse_errors.iter().take(10) {
            println!("  {e}");
        }
        println!(
            "peak memory parsing the largest file ({largest_name}, {largest_bytes} bytes): \
             {peak} bytes ({:.1}x the source)",
            peak as f64 / largest_bytes.max(1) as f64
        );
    }
    ExitCode::SUCCESS
}
