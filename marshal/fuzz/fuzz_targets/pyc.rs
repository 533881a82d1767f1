//! `Pyc::parse` on arbitrary bytes behind each known magic number: no panic, and every
//! accessor and table decoder of every code object read must be total.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyvm_marshal::{Pyc, PycHeader, FINAL_MAGICS};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let magic = FINAL_MAGICS[usize::from(selector) % FINAL_MAGICS.len()].1;
    let mut file = magic.to_le_bytes().to_vec();
    file.extend_from_slice(b"\r\n");
    file.extend_from_slice(rest);
    let _ = PycHeader::parse(rest);
    let Ok(pyc) = Pyc::parse(&file) else { return };
    for (_, v) in pyc.heap.iter() {
        if let Some(c) = v.as_code().and_then(|c| c.as_cpython()) {
            let h = &pyc.heap;
            let _ = (c.lines(h), c.line_starts(h), c.positions(h), c.exception_entries(h));
            let _ = (c.names(h), c.varnames(h), c.cellvars(h), c.freevars(h), c.nlocals(h));
            let _ = (c.qualname(h), c.filename(h), c.pretty_flags());
        }
    }
    let _ = pyc.to_bytes();
});
