//! Raw bytes through source decoding (BOM, PEP 263 declarations, UTF-8 checks): any input
//! either decodes or yields a typed error with a message, without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match pyvm_lexer::decode_source(data) {
        Ok(text) => {
            // Whatever decoded must lex without panicking too.
            for token in pyvm_lexer::Lexer::new(&text, Default::default()) {
                if token.is_err() {
                    break;
                }
            }
        }
        Err(err) => {
            let _ = err.message("fuzz.py");
        }
    }
});
