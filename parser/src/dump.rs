//! CPython 3.12's `ast.dump`, byte for byte.
//!
//! The tree is first turned into a small generic value (a node with named fields, a list, or
//! the `repr` text of a scalar), then printed with the algorithm of `Lib/ast.py`'s `dump`, so
//! the layout rules (the single-line packing of "simple" nodes, where line breaks go with an
//! indent) live in one place and match Python's line for line. Field order is each class's
//! `_fields`; optional fields that are `None` are left out, as Python does for fields whose
//! class default is `None`.

use pyvm_lexer::LineIndex;

use crate::ast::*;
use crate::pyrepr::{write_constant_repr, write_plain_str_repr};

/// A node, list or scalar of the tree being printed.
enum Value {
    Node {
        name: &'static str,
        fields: Vec<(&'static str, Value)>,
        /// `lineno, col_offset, end_lineno, end_col_offset`, for classes with `_attributes`.
        attributes: Option<[u32; 4]>,
    },
    List(Vec<Value>),
    /// The `repr` of a scalar.
    Scalar(String),
}

/// Prints `tree` as `ast.dump(tree, include_attributes=..., indent=...)` does.
///
/// `source` must be the text the tree was parsed from: positions are computed from the nodes'
/// byte spans (columns in UTF-8 bytes, as CPython's `col_offset`).
pub fn dump(
    tree: &Mod<'_>,
    source: &str,
    include_attributes: bool,
    indent: Option<usize>,
) -> String {
    let builder = Builder {
        index: LineIndex::new(source),
        include_attributes,
    };
    let value = builder.module(tree);
    let indent = indent.map(|n| " ".repeat(n));
    let mut out = String::new();
    format(&mut out, &value, 0, indent.as_deref());
    out
}

/// Appends the text of `value` and returns whether it was "simple" (Python's `allsimple`
/// bookkeeping: scalars, empty lists and nodes without fields).
fn format(out: &mut String, value: &Value, level: usize, indent: Option<&str>) -> bool {
    let level = if indent.is_some() { level + 1 } else { level };
    let write_sep = |out: &mut String, first: bool| match indent {
        Some(ind) => {
            if !first {
                out.push(',');
            }
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
        None => {
            if !first {
                out.push_str(", ");
            }
        }
    };
    match value {
        Value::Scalar(text) => {
            out.push_str(text);
            true
        }
        Value::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return true;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                write_sep(out, i == 0);
                format(out, item, level, indent);
            }
            out.push(']');
            false
        }
        Value::Node {
            name,
            fields,
            attributes,
        } => {
            // Python formats every argument first, then decides on the layout; the decision
            // only needs to know which values are "simple", which their shape tells, so each
            // argument is written once, straight into `out` (formatting into temporary
            // strings made a deep tree cost depth x size).
            let attrs = attributes.iter().flatten();
            let count = fields.len() + attrs.clone().count();
            let all_simple = fields.iter().all(|(_, v)| is_simple(v));
            out.push_str(name);
            out.push('(');
            let inline = all_simple && count <= 3;
            let mut first = true;
            for (field, value) in fields {
                if inline {
                    if !first {
                        out.push_str(", ");
                    }
                } else {
                    write_sep(out, first);
                }
                first = false;
                out.push_str(field);
                out.push('=');
                format(out, value, level, indent);
            }
            for (field, v) in ["lineno", "col_offset", "end_lineno", "end_col_offset"]
                .iter()
                .zip(attrs)
            {
                if inline {
                    if !first {
                        out.push_str(", ");
                    }
                } else {
                    write_sep(out, first);
                }
                first = false;
                out.push_str(field);
                out.push('=');
                out.push_str(&v.to_string());
            }
            if inline {
                out.push(')');
                return count == 0;
            }
            out.push(')');
            false
        }
    }
}

/// What [`format`] returns for `value`, known without formatting it.
fn is_simple(value: &Value) -> bool {
    match value {
        Value::Scalar(_) => true,
        Value::List(items) => items.is_empty(),
        Value::Node {
            fields, attributes, ..
        } => fields.is_empty() && attributes.is_none(),
    }
}

/// Turns AST nodes into [`Value`]s.
struct Builder {
    index: LineIndex,
    include_attributes: bool,
}

type Fields = Vec<(&'static str, Value)>;

fn str_value(s: &str) -> Value {
    let mut out = String::new();
    write_plain_str_repr(&mut out, s);
    Value::Scalar(out)
}

fn int_value(v: impl std::fmt::Display) -> Value {
    Value::Scalar(v.to_string())
}

fn leaf(name: &'static str) -> Value {
    Value::Node {
        name,
        fields: Vec::new(),
        attributes: None,
    }
}

fn plain(name: &'static str, fields: Fields) -> Value {
    Value::Node {
        name,
        fields,
        attributes: None,
    }
}

fn ident_list(names: &[&str]) -> Value {
    Value::List(names.iter().map(|n| str_value(n)).collect())
}

fn ctx(c: ExprContext) -> Value {
    leaf(match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

fn operator(op: Operator) -> Value {
    leaf(match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    })
}

fn cmpop(op: CmpOp) -> Value {
    leaf(match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    })
}

fn constant(value: &ConstantValue<'_>) -> Value {
    let mut out = String::new();
    write_constant_repr(&mut out, value);
    Value::Scalar(out)
}

/// Pushes an optional field, which Python leaves out when it is `None`.
fn opt(fields: &mut Fields, name: &'static str, value: Option<Value>) {
    if let Some(v) = value {
        fields.push((name, v));
    }
}

impl Builder {
    fn node(&self, name: &'static str, fields: Fields, span: Span) -> Value {
        let attributes = self.include_attributes.then(|| {
            let (l, c) = self.index.line_col_bytes(span.start);
            let (el, ec) = self.index.line_col_bytes(span.end);
            [l, c, el, ec]
        });
        Value::Node {
            name,
            fields,
            attributes,
        }
    }

    fn module(&self, m: &Mod<'_>) -> Value {
        match m {
            Mod::Module(m) => plain(
                "Module",
                vec![
                    ("body", self.stmts(m.body)),
                    (
                        "type_ignores",
                        Value::List(
                            m.type_ignores
                                .iter()
                                .map(|t| {
                                    plain(
                                        "TypeIgnore",
                                        vec![
                                            ("lineno", int_value(t.lineno)),
                                            ("tag", str_value(t.tag)),
                                        ],
                                    )
                                })
                                .collect(),
                        ),
                    ),
                ],
            ),
            Mod::Interactive(m) => plain("Interactive", vec![("body", self.stmts(m.body))]),
            Mod::Expression(m) => plain("Expression", vec![("body", self.expr(&m.body))]),
            Mod::FunctionType(m) => plain(
                "FunctionType",
                vec![
                    ("argtypes", self.exprs(m.argtypes)),
                    ("returns", self.expr(&m.returns)),
                ],
            ),
        }
    }

    fn stmts(&self, stmts: &[Stmt<'_>]) -> Value {
        Value::List(stmts.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs(&self, exprs: &[Expr<'_>]) -> Value {
        Value::List(exprs.iter().map(|e| self.expr(e)).collect())
    }

    fn opt_exprs(&self, exprs: &[Option<Expr<'_>>]) -> Value {
        Value::List(
            exprs
                .iter()
                .map(|e| match e {
                    Some(e) => self.expr(e),
                    None => Value::Scalar("None".to_owned()),
                })
                .collect(),
        )
    }

    fn type_comment(&self, fields: &mut Fields, tc: Option<&str>) {
        opt(fields, "type_comment", tc.map(str_value));
    }

    fn type_params(&self, params: &[TypeParam<'_>]) -> Value {
        Value::List(
            params
                .iter()
                .map(|p| match p {
                    TypeParam::TypeVar(t) => {
                        let mut f = vec![("name", str_value(t.name))];
                        opt(&mut f, "bound", t.bound.map(|b| self.expr(&b)));
                        self.node("TypeVar", f, t.span)
                    }
                    TypeParam::ParamSpec(t) => {
                        self.node("ParamSpec", vec![("name", str_value(t.name))], t.span)
                    }
                    TypeParam::TypeVarTuple(t) => {
                        self.node("TypeVarTuple", vec![("name", str_value(t.name))], t.span)
                    }
                })
                .collect(),
        )
    }

    fn keywords(&self, keywords: &[Keyword<'_>]) -> Value {
        Value::List(
            keywords
                .iter()
                .map(|k| {
                    let mut f = Vec::new();
                    opt(&mut f, "arg", k.arg.map(str_value));
                    f.push(("value", self.expr(&k.value)));
                    self.node("keyword", f, k.span)
                })
                .collect(),
        )
    }

    fn arg(&self, a: &Arg<'_>) -> Value {
        let mut f = vec![("arg", str_value(a.arg))];
        opt(&mut f, "annotation", a.annotation.map(|e| self.expr(&e)));
        self.type_comment(&mut f, a.type_comment);
        self.node("arg", f, a.span)
    }

    fn args(&self, args: &[Arg<'_>]) -> Value {
        Value::List(args.iter().map(|a| self.arg(a)).collect())
    }

    fn arguments(&self, a: &Arguments<'_>) -> Value {
        let mut f = vec![
            ("posonlyargs", self.args(a.posonlyargs)),
            ("args", self.args(a.args)),
        ];
        opt(&mut f, "vararg", a.vararg.map(|v| self.arg(v)));
        f.push(("kwonlyargs", self.args(a.kwonlyargs)));
        f.push(("kw_defaults", self.opt_exprs(a.kw_defaults)));
        opt(&mut f, "kwarg", a.kwarg.map(|v| self.arg(v)));
        f.push(("defaults", self.exprs(a.defaults)));
        plain("arguments", f)
    }

    fn aliases(&self, names: &[Alias<'_>]) -> Value {
        Value::List(
            names
                .iter()
                .map(|a| {
                    let mut f = vec![("name", str_value(a.name))];
                    opt(&mut f, "asname", a.asname.map(str_value));
                    self.node("alias", f, a.span)
                })
                .collect(),
        )
    }

    fn stmt(&self, s: &Stmt<'_>) -> Value {
        let name = s.name();
        let span = s.span();
        let fields: Fields = match s {
            Stmt::FunctionDef(n) => {
                let mut f = vec![
                    ("name", str_value(n.name)),
                    ("args", self.arguments(n.args)),
                    ("body", self.stmts(n.body)),
                    ("decorator_list", self.exprs(n.decorator_list)),
                ];
                opt(&mut f, "returns", n.returns.map(|e| self.expr(&e)));
                self.type_comment(&mut f, n.type_comment);
                f.push(("type_params", self.type_params(n.type_params)));
                f
            }
            Stmt::ClassDef(n) => vec![
                ("name", str_value(n.name)),
                ("bases", self.exprs(n.bases)),
                ("keywords", self.keywords(n.keywords)),
                ("body", self.stmts(n.body)),
                ("decorator_list", self.exprs(n.decorator_list)),
                ("type_params", self.type_params(n.type_params)),
            ],
            Stmt::Return(n) => {
                let mut f = Vec::new();
                opt(&mut f, "value", n.value.map(|e| self.expr(&e)));
                f
            }
            Stmt::Delete(n) => vec![("targets", self.exprs(n.targets))],
            Stmt::Assign(n) => {
                let mut f = vec![
                    ("targets", self.exprs(n.targets)),
                    ("value", self.expr(&n.value)),
                ];
                self.type_comment(&mut f, n.type_comment);
                f
            }
            Stmt::TypeAlias(n) => vec![
                ("name", self.expr(&n.name)),
                ("type_params", self.type_params(n.type_params)),
                ("value", self.expr(&n.value)),
            ],
            Stmt::AugAssign(n) => vec![
                ("target", self.expr(&n.target)),
                ("op", operator(n.op)),
                ("value", self.expr(&n.value)),
            ],
            Stmt::AnnAssign(n) => {
                let mut f = vec![
                    ("target", self.expr(&n.target)),
                    ("annotation", self.expr(&n.annotation)),
                ];
                opt(&mut f, "value", n.value.map(|e| self.expr(&e)));
                f.push(("simple", int_value(u8::from(n.simple))));
                f
            }
            Stmt::For(n) => {
                let mut f = vec![
                    ("target", self.expr(&n.target)),
                    ("iter", self.expr(&n.iter)),
                    ("body", self.stmts(n.body)),
                    ("orelse", self.stmts(n.orelse)),
                ];
                self.type_comment(&mut f, n.type_comment);
                f
            }
            Stmt::While(n) => vec![
                ("test", self.expr(&n.test)),
                ("body", self.stmts(n.body)),
                ("orelse", self.stmts(n.orelse)),
            ],
            Stmt::If(n) => vec![
                ("test", self.expr(&n.test)),
                ("body", self.stmts(n.body)),
                ("orelse", self.stmts(n.orelse)),
            ],
            Stmt::With(n) => {
                let items = n
                    .items
                    .iter()
                    .map(|it| {
                        let mut f = vec![("context_expr", self.expr(&it.context_expr))];
                        opt(
                            &mut f,
                            "optional_vars",
                            it.optional_vars.map(|e| self.expr(&e)),
                        );
                        plain("withitem", f)
                    })
                    .collect();
                let mut f = vec![("items", Value::List(items)), ("body", self.stmts(n.body))];
                self.type_comment(&mut f, n.type_comment);
                f
            }
            Stmt::Match(n) => {
                let cases = n
                    .cases
                    .iter()
                    .map(|c| {
                        let mut f = vec![("pattern", self.pattern(&c.pattern))];
                        opt(&mut f, "guard", c.guard.map(|e| self.expr(&e)));
                        f.push(("body", self.stmts(c.body)));
                        plain("match_case", f)
                    })
                    .collect();
                vec![
                    ("subject", self.expr(&n.subject)),
                    ("cases", Value::List(cases)),
                ]
            }
            Stmt::Raise(n) => {
                let mut f = Vec::new();
                opt(&mut f, "exc", n.exc.map(|e| self.expr(&e)));
                opt(&mut f, "cause", n.cause.map(|e| self.expr(&e)));
                f
            }
            Stmt::Try(n) => {
                let handlers = n
                    .handlers
                    .iter()
                    .map(|h| {
                        let mut f = Vec::new();
                        opt(&mut f, "type", h.type_.map(|e| self.expr(&e)));
                        opt(&mut f, "name", h.name.map(str_value));
                        f.push(("body", self.stmts(h.body)));
                        self.node("ExceptHandler", f, h.span)
                    })
                    .collect();
                vec![
                    ("body", self.stmts(n.body)),
                    ("handlers", Value::List(handlers)),
                    ("orelse", self.stmts(n.orelse)),
                    ("finalbody", self.stmts(n.finalbody)),
                ]
            }
            Stmt::Assert(n) => {
                let mut f = vec![("test", self.expr(&n.test))];
                opt(&mut f, "msg", n.msg.map(|e| self.expr(&e)));
                f
            }
            Stmt::Import(n) => vec![("names", self.aliases(n.names))],
            Stmt::ImportFrom(n) => {
                let mut f = Vec::new();
                opt(&mut f, "module", n.module.map(str_value));
                f.push(("names", self.aliases(n.names)));
                f.push(("level", int_value(n.level)));
                f
            }
            Stmt::Global(n) => vec![("names", ident_list(n.names))],
            Stmt::Nonlocal(n) => vec![("names", ident_list(n.names))],
            Stmt::Expr(n) => vec![("value", self.expr(&n.value))],
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Vec::new(),
        };
        self.node(name, fields, span)
    }

    fn comprehensions(&self, generators: &[Comprehension<'_>]) -> Value {
        Value::List(
            generators
                .iter()
                .map(|g| {
                    plain(
                        "comprehension",
                        vec![
                            ("target", self.expr(&g.target)),
                            ("iter", self.expr(&g.iter)),
                            ("ifs", self.exprs(g.ifs)),
                            ("is_async", int_value(u8::from(g.is_async))),
                        ],
                    )
                })
                .collect(),
        )
    }

    fn expr(&self, e: &Expr<'_>) -> Value {
        let fields: Fields = match e {
            Expr::BoolOp(n) => vec![
                (
                    "op",
                    leaf(match n.op {
                        BoolOperator::And => "And",
                        BoolOperator::Or => "Or",
                    }),
                ),
                ("values", self.exprs(n.values)),
            ],
            Expr::NamedExpr(n) => {
                vec![
                    ("target", self.expr(&n.target)),
                    ("value", self.expr(&n.value)),
                ]
            }
            Expr::BinOp(n) => vec![
                ("left", self.expr(&n.left)),
                ("op", operator(n.op)),
                ("right", self.expr(&n.right)),
            ],
            Expr::UnaryOp(n) => vec![
                (
                    "op",
                    leaf(match n.op {
                        UnaryOperator::Invert => "Invert",
                        UnaryOperator::Not => "Not",
                        UnaryOperator::UAdd => "UAdd",
                        UnaryOperator::USub => "USub",
                    }),
                ),
                ("operand", self.expr(&n.operand)),
            ],
            Expr::Lambda(n) => vec![
                ("args", self.arguments(n.args)),
                ("body", self.expr(&n.body)),
            ],
            Expr::IfExp(n) => vec![
                ("test", self.expr(&n.test)),
                ("body", self.expr(&n.body)),
                ("orelse", self.expr(&n.orelse)),
            ],
            Expr::Dict(n) => vec![
                ("keys", self.opt_exprs(n.keys)),
                ("values", self.exprs(n.values)),
            ],
            Expr::Set(n) => vec![("elts", self.exprs(n.elts))],
            Expr::ListComp(n) | Expr::SetComp(n) | Expr::GeneratorExp(n) => vec![
                ("elt", self.expr(&n.elt)),
                ("generators", self.comprehensions(n.generators)),
            ],
            Expr::DictComp(n) => vec![
                ("key", self.expr(&n.key)),
                ("value", self.expr(&n.value)),
                ("generators", self.comprehensions(n.generators)),
            ],
            Expr::Await(n) => vec![("value", self.expr(&n.value))],
            Expr::Yield(n) => {
                let mut f = Vec::new();
                opt(&mut f, "value", n.value.map(|e| self.expr(&e)));
                f
            }
            Expr::YieldFrom(n) => vec![("value", self.expr(&n.value))],
            Expr::Compare(n) => vec![
                ("left", self.expr(&n.left)),
                (
                    "ops",
                    Value::List(n.ops.iter().map(|&o| cmpop(o)).collect()),
                ),
                ("comparators", self.exprs(n.comparators)),
            ],
            Expr::Call(n) => vec![
                ("func", self.expr(&n.func)),
                ("args", self.exprs(n.args)),
                ("keywords", self.keywords(n.keywords)),
            ],
            Expr::FormattedValue(n) => {
                let mut f = vec![
                    ("value", self.expr(&n.value)),
                    ("conversion", int_value(n.conversion.as_int())),
                ];
                opt(&mut f, "format_spec", n.format_spec.map(|e| self.expr(&e)));
                f
            }
            Expr::JoinedStr(n) => vec![("values", self.exprs(n.values))],
            Expr::Constant(n) => {
                let mut f = vec![("value", constant(&n.value))];
                opt(&mut f, "kind", n.kind.map(str_value));
                f
            }
            Expr::Attribute(n) => vec![
                ("value", self.expr(&n.value)),
                ("attr", str_value(n.attr)),
                ("ctx", ctx(n.ctx)),
            ],
            Expr::Subscript(n) => vec![
                ("value", self.expr(&n.value)),
                ("slice", self.expr(&n.slice)),
                ("ctx", ctx(n.ctx)),
            ],
            Expr::Starred(n) => vec![("value", self.expr(&n.value)), ("ctx", ctx(n.ctx))],
            Expr::Name(n) => vec![("id", str_value(n.id)), ("ctx", ctx(n.ctx))],
            Expr::List(n) => vec![("elts", self.exprs(n.elts)), ("ctx", ctx(n.ctx))],
            Expr::Tuple(n) => vec![("elts", self.exprs(n.elts)), ("ctx", ctx(n.ctx))],
            Expr::Slice(n) => {
                let mut f = Vec::new();
                opt(&mut f, "lower", n.lower.map(|e| self.expr(&e)));
                opt(&mut f, "upper", n.upper.map(|e| self.expr(&e)));
                opt(&mut f, "step", n.step.map(|e| self.expr(&e)));
                f
            }
        };
        self.node(e.name(), fields, e.span())
    }

    fn patterns(&self, patterns: &[Pattern<'_>]) -> Value {
        Value::List(patterns.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &Pattern<'_>) -> Value {
        let (name, fields): (&'static str, Fields) = match p {
            Pattern::MatchValue(n) => ("MatchValue", vec![("value", self.expr(&n.value))]),
            Pattern::MatchSingleton(n) => ("MatchSingleton", vec![("value", constant(&n.value))]),
            Pattern::MatchSequence(n) => (
                "MatchSequence",
                vec![("patterns", self.patterns(n.patterns))],
            ),
            Pattern::MatchMapping(n) => {
                let mut f = vec![
                    ("keys", self.exprs(n.keys)),
                    ("patterns", self.patterns(n.patterns)),
                ];
                opt(&mut f, "rest", n.rest.map(str_value));
                ("MatchMapping", f)
            }
            Pattern::MatchClass(n) => (
                "MatchClass",
                vec![
                    ("cls", self.expr(&n.cls)),
                    ("patterns", self.patterns(n.patterns)),
                    ("kwd_attrs", ident_list(n.kwd_attrs)),
                    ("kwd_patterns", self.patterns(n.kwd_patterns)),
                ],
            ),
            Pattern::MatchStar(n) => {
                let mut f = Vec::new();
                opt(&mut f, "name", n.name.map(str_value));
                ("MatchStar", f)
            }
            Pattern::MatchAs(n) => {
                let mut f = Vec::new();
                opt(&mut f, "pattern", n.pattern.map(|p| self.pattern(&p)));
                opt(&mut f, "name", n.name.map(str_value));
                ("MatchAs", f)
            }
            Pattern::MatchOr(n) => ("MatchOr", vec![("patterns", self.patterns(n.patterns))]),
        };
        self.node(name, fields, p.span())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name<'a>(arena: &'a bumpalo::Bump, id: &'a str, start: u32, c: ExprContext) -> Expr<'a> {
        Expr::Name(arena.alloc(Name {
            span: Span::new(start, start + id.len() as u32),
            id,
            ctx: c,
        }))
    }

    /// `x = 'a'` built by hand; expected texts recorded from CPython 3.12's `ast.dump`.
    #[test]
    fn dumps_like_cpython() {
        let arena = bumpalo::Bump::new();
        let src = "x = 'a'\n";
        let value = Expr::Constant(arena.alloc(Constant {
            span: Span::new(4, 7),
            value: ConstantValue::Str(StrValue::new("a")),
            kind: None,
        }));
        let assign = Stmt::Assign(arena.alloc(Assign {
            span: Span::new(0, 7),
            targets: arena.alloc_slice_copy(&[name(&arena, "x", 0, ExprContext::Store)]),
            value,
            type_comment: None,
        }));
        let tree = Mod::Module(Module {
            body: arena.alloc_slice_copy(&[assign]),
            type_ignores: &[],
        });
        assert_eq!(
            dump(&tree, src, false, None),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a'))], type_ignores=[])"
        );
        assert_eq!(
            dump(&tree, src, false, Some(3)),
            "Module(\n   body=[\n      Assign(\n         targets=[\n            Name(id='x', ctx=Store())],\n         value=Constant(value='a'))],\n   type_ignores=[])"
        );
        assert_eq!(
            dump(&tree, src, true, Some(1)),
            "Module(\n body=[\n  Assign(\n   targets=[\n    Name(\n     id='x',\n     ctx=Store(),\n     lineno=1,\n     col_offset=0,\n     end_lineno=1,\n     end_col_offset=1)],\n   value=Constant(\n    value='a',\n    lineno=1,\n    col_offset=4,\n    end_lineno=1,\n    end_col_offset=7),\n   lineno=1,\n   col_offset=0,\n   end_lineno=1,\n   end_col_offset=7)],\n type_ignores=[])"
        );
    }
}
