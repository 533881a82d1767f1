//! pyvm's pyc loading on arbitrary bytes: `code_from_pyc` (header, then body) and
//! `code_from_marshal` (body alone) must return a code object or an error, never panic or hang.
//! A code object they accept must also be safe to use: it disassembles, and it serializes
//! to bytes that load again and serialize to the very same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyvm_compiler::serialize::{code_from_marshal, code_from_pyc, code_to_marshal};

fuzz_target!(|data: &[u8]| {
    // The mtime and size the header records are passed back as the source's, so that inputs
    // grown from real pycs reach the body instead of stopping at the staleness check.
    let word = |i: usize| {
        data.get(i..i + 4)
            .map_or(0, |w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    };
    let from_pyc = code_from_pyc(data, word(8), word(12));
    let body = data.get(16..).unwrap_or_default();
    for code in [
        from_pyc.ok(),
        code_from_marshal(body).ok(),
        code_from_marshal(data).ok(),
    ]
    .into_iter()
    .flatten()
    {
        let _ = pyvm_compiler::disassemble(&code);
        let bytes = code_to_marshal(&code);
        let again = code_from_marshal(&bytes).expect("our own serialization must load");
        assert_eq!(
            code_to_marshal(&again),
            bytes,
            "serialization is not stable"
        );
    }
});
