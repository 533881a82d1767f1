//! The `SyntaxWarning`s CPython's code generator emits (`compile.c`: `check_caller`,
//! `check_subscripter`, `check_index`, `check_compare`, the parenthesised `assert`), checked on
//! the constant-folded tree as CPython does (so `-1(2)` warns about an `int`).

use pyvm_parser::ast::{self, Expr};
use pyvm_parser::SyntaxWarning;

use super::Compiler;
use crate::code::Constant;
use crate::fold;

/// The type CPython infers for an expression (`infer_type`), if it can.
fn infer_type(e: &Expr<'_>) -> Option<&'static str> {
    if let Some(c) = constant_of(e) {
        return Some(match c {
            Constant::None => "NoneType",
            Constant::Ellipsis => "ellipsis",
            Constant::Bool(_) => "bool",
            Constant::Int(_) | Constant::BigInt(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) | Constant::StrCodePoints(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
            Constant::FrozenSet(_) => "frozenset",
            Constant::Code(_) => "code",
        });
    }
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::GeneratorExp(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "str",
        _ => return None,
    })
}

/// The value of `e` if it is a constant after folding.
fn constant_of(e: &Expr<'_>) -> Option<Constant> {
    match e {
        Expr::Constant(c) => Some(super::const_value(&c.value)),
        _ => fold::fold(e),
    }
}

/// CPython's `check_is_arg`: true unless `e` is a literal other than None/True/False/`...`.
fn is_ok_is_arg(e: &Expr<'_>) -> bool {
    match constant_of(e) {
        None => true,
        Some(c) => matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis),
    }
}

impl<'s, 'a> Compiler<'s, 'a> {
    fn warn(&mut self, msg: String, span: ast::Span) {
        let (lineno, col) = self.index.line_col_chars(self.source, span.start);
        self.warnings.push(SyntaxWarning {
            msg,
            lineno,
            offset: col + 1,
        });
    }

    pub(super) fn check_caller(&mut self, func: &Expr<'_>) {
        let literal = constant_of(func).is_some()
            || matches!(
                func,
                Expr::Tuple(_)
                    | Expr::List(_)
                    | Expr::ListComp(_)
                    | Expr::Dict(_)
                    | Expr::DictComp(_)
                    | Expr::Set(_)
                    | Expr::SetComp(_)
                    | Expr::GeneratorExp(_)
                    | Expr::JoinedStr(_)
                    | Expr::FormattedValue(_)
            );
        if literal {
            if let Some(t) = infer_type(func) {
                self.warn(
                    format!("'{t}' object is not callable; perhaps you missed a comma?"),
                    func.span(),
                );
            }
        }
    }

    pub(super) fn check_subscript(&mut self, value: &Expr<'_>, index: &Expr<'_>) {
        // check_subscripter
        let not_subscriptable = match constant_of(value) {
            Some(c) => matches!(
                c,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Int(_)
                    | Constant::BigInt(_)
                    | Constant::Bool(_)
                    | Constant::Float(_)
                    | Constant::Complex { .. }
                    | Constant::FrozenSet(_)
            ),
            None => matches!(
                value,
                Expr::Set(_) | Expr::SetComp(_) | Expr::GeneratorExp(_) | Expr::Lambda(_)
            ),
        };
        if not_subscriptable {
            if let Some(t) = infer_type(value) {
                self.warn(
                    format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
                    value.span(),
                );
            }
            return;
        }
        // check_index
        let Some(index_type) = infer_type(index) else {
            return;
        };
        if matches!(index_type, "int" | "bool") || matches!(index, Expr::Slice(_)) {
            return;
        }
        let sequence = match constant_of(value) {
            Some(c) => matches!(
                c,
                Constant::Str(_)
                    | Constant::StrCodePoints(_)
                    | Constant::Bytes(_)
                    | Constant::Tuple(_)
            ),
            None => matches!(
                value,
                Expr::Tuple(_)
                    | Expr::List(_)
                    | Expr::ListComp(_)
                    | Expr::JoinedStr(_)
                    | Expr::FormattedValue(_)
            ),
        };
        if sequence {
            if let Some(t) = infer_type(value) {
                self.warn(
                    format!(
                        "{t} indices must be integers or slices, not {index_type}; \
                         perhaps you missed a comma?"
                    ),
                    value.span(),
                );
            }
        }
    }

    pub(super) fn check_compare(&mut self, c: &ast::Compare<'_>) {
        let mut left_ok = is_ok_is_arg(&c.left);
        let mut left_expr = &c.left;
        for (op, right) in c.ops.iter().zip(c.comparators) {
            let right_ok = is_ok_is_arg(right);
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) && !(left_ok && right_ok) {
                let literal = if left_ok { right } else { left_expr };
                let t = infer_type(literal).unwrap_or("object");
                let msg = if *op == ast::CmpOp::Is {
                    format!("\"is\" with '{t}' literal. Did you mean \"==\"?")
                } else {
                    format!("\"is not\" with '{t}' literal. Did you mean \"!=\"?")
                };
                self.warn(msg, c.span);
                return;
            }
            left_ok = right_ok;
            left_expr = right;
        }
    }

    pub(super) fn check_assert(&mut self, a: &ast::Assert<'_>) {
        if let Expr::Tuple(t) = &a.test {
            if !t.elts.is_empty() {
                self.warn(
                    "assertion is always true, perhaps remove parentheses?".to_string(),
                    a.span,
                );
            }
        }
    }
}
