//! `pyc_check FILE...`: checks that each file is a whole pyvm pyc (pyvm's magic, flags 0, a
//! 16-byte header, then a code object that `code_from_marshal` accepts with nothing left
//! over), whatever source it was written for. `tools/stress_import.py` runs it over the
//! `__pycache__` its importers leave behind: a torn or interleaved write would fail here.
//! Prints one line per bad file and a summary; exits 1 if any file is bad.

use std::process::ExitCode;

use pyvm_compiler::serialize::{code_from_marshal, MAGIC};

fn check(bytes: &[u8]) -> Result<(), String> {
    let header = bytes.get(..16).ok_or("shorter than the 16-byte header")?;
    if header[..4] != MAGIC {
        return Err(format!("bad magic {:02x?}", &header[..4]));
    }
    if header[4..8] != [0, 0, 0, 0] {
        return Err(format!("bad flags {:02x?}", &header[4..8]));
    }
    code_from_marshal(&bytes[16..])
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let (mut good, mut bad) = (0usize, 0usize);
    for arg in std::env::args().skip(1) {
        let result = std::fs::read(&arg)
            .map_err(|e| e.to_string())
            .and_then(|b| check(&b));
        match result {
            Ok(()) => good += 1,
            Err(e) => {
                println!("BAD {arg}: {e}");
                bad += 1;
            }
        }
    }
    println!("{good} ok, {bad} bad");
    if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
