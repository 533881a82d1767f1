//! Prints the first lexical error of each file as CPython's `compile()` would report it
//! (`CLASS<TAB>MESSAGE<TAB>LINENO<TAB>OFFSET<TAB>END_LINENO<TAB>END_OFFSET`), or `OK`.
//! Used by `tools/fuzz_lex_errors.py` to compare with CPython.

use pyvm_lexer::first_lexical_error;

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            println!("UNREADABLE");
            continue;
        };
        let src = String::from_utf8_lossy(&bytes);
        match first_lexical_error(&src) {
            None => println!("OK"),
            Some(e) => {
                let l = e.location(&src);
                let msg = e.message().replace('\n', "\\n");
                let class = e.class().name();
                println!(
                    "{class}\t{msg}\t{}\t{}\t{}\t{}",
                    l.lineno, l.offset, l.end_lineno, l.end_offset
                );
            }
        }
    }
}
