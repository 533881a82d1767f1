//! `loads` on arbitrary bytes must return a value or an error, never panic or hang; whatever
//! it reads must be writable in every policy, and reading that back must give the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyvm_marshal::{canonical, dumps_with, loads, repr, DumpOptions, RefPolicy};

fuzz_target!(|data: &[u8]| {
    let Ok(l) = loads(data) else { return };
    let _ = repr(&l.heap, l.root);
    for policy in [RefPolicy::CPython, RefPolicy::Preserve, RefPolicy::Shared] {
        let opts = DumpOptions { version: 4, policy };
        // Writing may fail (a frozenset that contains itself cannot be written by CPython
        // either), but must not panic; what it writes must read back to the same value.
        if let Ok(bytes) = dumps_with(&l.heap, l.root, &opts) {
            let back = loads(&bytes).expect("our own output must load");
            assert_eq!(canonical(&back.heap, back.root), canonical(&l.heap, l.root));
        }
    }
});
