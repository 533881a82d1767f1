//! The text of an annotation under `from __future__ import annotations`: CPython stores
//! `ast.unparse`-style text (`Dict[str, int]`, `'Node'`, `int | None`), not the source
//! spelling. Common annotation shapes are unparsed here; anything else falls back to the
//! source text.

use pyvm_parser::ast::{self, Expr};
use pyvm_parser::pyrepr;

/// Operator precedence levels as CPython's `ast_unparse.c` (higher binds tighter).
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_ATOM: u8 = 16;

fn binop_prec(op: ast::Operator) -> (u8, &'static str) {
    use ast::Operator as O;
    match op {
        O::BitOr => (PR_BOR, "|"),
        O::BitXor => (PR_BXOR, "^"),
        O::BitAnd => (PR_BAND, "&"),
        O::Add => (PR_ARITH, "+"),
        O::Sub => (PR_ARITH, "-"),
        O::Mult => (PR_TERM, "*"),
        O::MatMult => (PR_TERM, "@"),
        O::Div => (PR_TERM, "/"),
        O::FloorDiv => (PR_TERM, "//"),
        O::Mod => (PR_TERM, "%"),
        O::LShift | O::RShift | O::Pow => (0, ""),
    }
}

/// Unparses `e`, or `None` if it has a shape this module does not handle.
pub(super) fn unparse(e: &Expr<'_>) -> Option<String> {
    let mut out = String::new();
    write(&mut out, e, PR_TEST)?;
    Some(out)
}

fn write(out: &mut String, e: &Expr<'_>, level: u8) -> Option<()> {
    match e {
        Expr::Name(n) => out.push_str(n.id),
        Expr::Constant(c) => match &c.value {
            ast::ConstantValue::Ellipsis => out.push_str("..."),
            v => pyrepr::write_constant_repr(out, v),
        },
        Expr::Attribute(a) => {
            write(out, &a.value, PR_ATOM)?;
            if let Expr::Constant(ast::Constant {
                value: ast::ConstantValue::Int(_),
                ..
            }) = a.value
            {
                out.push(' ');
            }
            out.push('.');
            out.push_str(a.attr);
        }
        Expr::Subscript(s) => {
            write(out, &s.value, PR_ATOM)?;
            out.push('[');
            match &s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    for (i, el) in t.elts.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        write(out, el, PR_TEST)?;
                    }
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => write(out, other, PR_TUPLE)?,
            }
            out.push(']');
        }
        Expr::BinOp(b) => {
            let (prec, sym) = binop_prec(b.op);
            if sym.is_empty() {
                return None;
            }
            let paren = level > prec;
            if paren {
                out.push('(');
            }
            write(out, &b.left, prec)?;
            out.push(' ');
            out.push_str(sym);
            out.push(' ');
            write(out, &b.right, prec + 1)?;
            if paren {
                out.push(')');
            }
        }
        Expr::Tuple(t) => {
            let paren = level > PR_TUPLE || t.elts.is_empty();
            if paren {
                out.push('(');
            }
            for (i, el) in t.elts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(out, el, PR_TEST)?;
            }
            if t.elts.len() == 1 {
                out.push(',');
            }
            if paren {
                out.push(')');
            }
        }
        Expr::List(l) => {
            out.push('[');
            for (i, el) in l.elts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(out, el, PR_TEST)?;
            }
            out.push(']');
        }
        Expr::Starred(s) => {
            out.push('*');
            write(out, &s.value, PR_ATOM)?;
        }
        Expr::Call(c) => {
            write(out, &c.func, PR_ATOM)?;
            out.push('(');
            let mut first = true;
            for a in c.args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(out, a, PR_TEST)?;
            }
            for k in c.keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(out, &k.value, PR_TEST)?;
            }
            out.push(')');
        }
        _ => return None,
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::unparse;

    fn up(src: &str) -> String {
        let arena = bumpalo::Bump::new();
        let m = pyvm_parser::parse(
            src,
            pyvm_parser::Mode::Eval,
            pyvm_parser::ParseOptions::default(),
            &arena,
        )
        .expect("parses");
        match m {
            pyvm_parser::ast::Mod::Expression(e) => unparse(&e.body).unwrap_or_default(),
            _ => String::new(),
        }
    }

    #[test]
    fn annotations_unparse_as_cpython() {
        assert_eq!(up("Dict[str,int]"), "Dict[str, int]");
        assert_eq!(up("\"Node\""), "'Node'");
        assert_eq!(up("int|None"), "int | None");
        assert_eq!(up("typing.Optional[ 'A' ]"), "typing.Optional['A']");
        assert_eq!(up("tuple[()]"), "tuple[()]");
        assert_eq!(
            up("Callable[[int, str], None]"),
            "Callable[[int, str], None]"
        );
        assert_eq!(up("tuple[int, ...]"), "tuple[int, ...]");
    }
}
