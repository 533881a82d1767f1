//! Checks that an LR grammar expresses badly, applied to already-built nodes.
//!
//! Targets (of `=`, `for`, `with ... as`, comprehensions and `del`) are parsed as ordinary
//! expressions; [`to_target`] re-allocates them with `Store`/`Del` context or reports the first
//! invalid sub-expression with CPython's message (`_PyPegen_get_invalid_target`).

use crate::ast::*;
use crate::builder::{Builder, PErr};

/// Which statement a target belongs to; it selects the error message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TargetKind {
    Assign,
    For,
    With,
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub(crate) fn expr_name(e: &Expr<'_>) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            ConstantValue::None => "None",
            ConstantValue::Bool(true) => "True",
            ConstantValue::Bool(false) => "False",
            ConstantValue::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

/// The first sub-expression of `e` that cannot be a target (CPython's
/// `_PyPegen_get_invalid_target`), or `None` when `e` is a valid target.
pub(crate) fn invalid_target<'a>(e: Expr<'a>, kind: TargetKind) -> Option<Expr<'a>> {
    match e {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Starred(s) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(s.value, kind)
            }
        }
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(*x, kind)),
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(*x, kind)),
        // `for x in y` compares: CPython reports the left operand of a comparison with `in`
        // when it checks `for` targets.
        Expr::Compare(c) if kind == TargetKind::For => {
            if c.ops.first() == Some(&CmpOp::In) {
                invalid_target(c.left, kind)
            } else {
                Some(e)
            }
        }
        _ => Some(e),
    }
}

/// Re-allocates `e` as a target with `Store` (or `Del`) context.
pub(crate) fn to_target<'a>(
    b: &Builder<'a, '_>,
    e: Expr<'a>,
    kind: TargetKind,
) -> Result<Expr<'a>, PErr> {
    if let Some(bad) = invalid_target(e, kind) {
        let verb = if kind == TargetKind::Del {
            "delete"
        } else {
            "assign to"
        };
        return Err(PErr::new(
            format!("cannot {verb} {}", expr_name(&bad)),
            bad.span(),
        ));
    }
    let ctx = if kind == TargetKind::Del {
        ExprContext::Del
    } else {
        ExprContext::Store
    };
    Ok(with_ctx(b, e, ctx))
}

fn with_ctx<'a>(b: &Builder<'a, '_>, e: Expr<'a>, ctx: ExprContext) -> Expr<'a> {
    match e {
        Expr::Name(n) => Expr::Name(b.alloc(Name { ctx, ..*n })),
        Expr::Attribute(a) => Expr::Attribute(b.alloc(Attribute { ctx, ..*a })),
        Expr::Subscript(s) => Expr::Subscript(b.alloc(Subscript { ctx, ..*s })),
        Expr::Starred(s) => Expr::Starred(b.alloc(Starred {
            ctx,
            value: with_ctx(b, s.value, ctx),
            span: s.span,
        })),
        Expr::List(l) => {
            let elts = b
                .arena
                .alloc_slice_fill_iter(l.elts.iter().map(|x| with_ctx(b, *x, ctx)));
            Expr::List(b.alloc(List {
                span: l.span,
                elts,
                ctx,
            }))
        }
        Expr::Tuple(t) => {
            let elts = b
                .arena
                .alloc_slice_fill_iter(t.elts.iter().map(|x| with_ctx(b, *x, ctx)));
            Expr::Tuple(b.alloc(Tuple {
                span: t.span,
                elts,
                ctx,
            }))
        }
        other => other,
    }
}

/// CPython's message for an invalid first assignment target: the `invalid_named_expression`
/// rule adds "here. Maybe you meant '==' instead of '='?" when the offending expression is a
/// `bitwise_or` directly followed by `=`.
pub(crate) fn assign_target_error(
    first: Expr<'_>,
    single_rhs: bool,
    stmt_start: u32,
) -> Option<PErr> {
    let bad = invalid_target(first, TargetKind::Assign)?;
    // The expression directly before `=`: the whole target or its last tuple element.
    let last = match first {
        Expr::Tuple(t)
            if t.elts
                .first()
                .is_some_and(|e| e.span().start == t.span.start) =>
        {
            t.elts.last().copied().unwrap_or(first)
        }
        _ => first,
    };
    let bare_yield =
        matches!(bad, Expr::Yield(_) | Expr::YieldFrom(_)) && bad.span().start == stmt_start;
    // A walrus is a `bitwise_or` only in parentheses, which it has if it does not start the
    // statement.
    let parenthesized_walrus = matches!(bad, Expr::NamedExpr(_)) && bad.span().start > stmt_start;
    let hint = single_rhs
        && !bare_yield
        && same(bad, last)
        && (is_bitwise_or_level(&bad) || parenthesized_walrus);
    let name = expr_name(&bad);
    let msg = if bare_yield {
        "assignment to yield expression not possible".to_owned()
    } else if hint {
        format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot assign to {name}")
    };
    Some(PErr::new(msg, bad.span()))
}

/// The message for an invalid target after the first one of an assignment chain.
pub(crate) fn later_target_error(t: Expr<'_>) -> Option<PErr> {
    let bad = invalid_target(t, TargetKind::Assign)?;
    if matches!(t, Expr::Yield(_) | Expr::YieldFrom(_)) {
        return Some(PErr::new(
            "assignment to yield expression not possible",
            t.span(),
        ));
    }
    Some(PErr::new(
        format!("cannot assign to {}", expr_name(&bad)),
        bad.span(),
    ))
}

/// CPython's `NAME '=' bitwise_or !('='|':=')` hint, for a failing assignment chain whose
/// first target is a name and whose next item only begins with a `bitwise_or`
/// (`x = 1 if 2 else 3 = 4`): "Maybe you meant '==' or ':='", from the name through that
/// `bitwise_or`.
pub(crate) fn name_equals_hint(chain: &[Expr<'_>]) -> Option<PErr> {
    fn prefix<'a>(e: Expr<'a>) -> Option<Expr<'a>> {
        let inner = match e {
            Expr::IfExp(i) => i.body,
            Expr::Compare(c) => c.left,
            Expr::BoolOp(b) => *b.values.first()?,
            _ => return None,
        };
        if is_bitwise_or_level(&inner) {
            Some(inner)
        } else {
            prefix(inner)
        }
    }
    let [Expr::Name(name), next, ..] = chain else {
        return None;
    };
    let head = prefix(*next)?;
    Some(PErr::new(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        crate::ast::Span::new(name.span.start, head.span().end),
    ))
}

fn same(a: Expr<'_>, b: Expr<'_>) -> bool {
    a.span() == b.span() && a.name() == b.name()
}

/// Whether CPython's `invalid_named_expression` alternative applies: a `bitwise_or` that is
/// not a list, tuple, generator expression or `True`/`None`/`False`.
pub(crate) fn is_bitwise_or_level(e: &Expr<'_>) -> bool {
    match e {
        Expr::BoolOp(_)
        | Expr::Compare(_)
        | Expr::IfExp(_)
        | Expr::Lambda(_)
        | Expr::NamedExpr(_)
        | Expr::List(_)
        | Expr::Tuple(_)
        | Expr::GeneratorExp(_) => false,
        Expr::UnaryOp(u) => u.op != UnaryOperator::Not,
        Expr::Constant(c) => !matches!(c.value, ConstantValue::None | ConstantValue::Bool(_)),
        _ => true,
    }
}
