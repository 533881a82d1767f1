//! Arbitrary bytes, decoded lossily, through the parser's token stream and through the
//! `tokenize`-compatible stream: neither may panic, loop or overflow, whatever the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyvm_lexer::{LexOptions, Lexer};

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    for type_comments in [false, true] {
        let lexer = Lexer::new(&source, LexOptions { type_comments });
        // The stream ends after an error, and must end: bound it by the input size.
        for (n, token) in lexer.enumerate() {
            assert!(n <= 4 * source.len() + 16, "token stream does not end");
            if let Err(err) = token {
                let _ = err.message();
                let _ = err.location(&source);
            }
        }
    }
    let _ = pyvm_lexer::tokenize::tokenize(&source);
});
