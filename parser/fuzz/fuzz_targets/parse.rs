//! Arbitrary text through the parser in every mode, with and without type comments; on an
//! error, through the CPython-style report as well. Nothing may panic or overflow the stack.
#![no_main]

use bumpalo::Bump;
use libfuzzer_sys::fuzz_target;
use pyvm_parser::report::{for_file_input, format_syntax_error};
use pyvm_parser::{parse, Mode, ParseOptions};

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let mut arena = Bump::new();
    for mode in [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType] {
        for type_comments in [false, true] {
            let options = ParseOptions { type_comments };
            match parse(&source, mode, options, &arena) {
                Ok(tree) => {
                    let _ = pyvm_parser::dump(&tree, &source, true, Some(1));
                }
                Err(err) => {
                    let _ = format_syntax_error(&for_file_input(&err, &source), "f.py", &source);
                }
            }
            arena.reset();
        }
    }
});
