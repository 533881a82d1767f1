//! The nesting-depth limit of a parsed tree, checked without recursion.
//!
//! The LR parser keeps its stack on the heap, so `-` repeated 100,000 times or a 100,000-term
//! `a+a+...` parses fine; but every later pass that walks the tree recursively (the `ast` dump,
//! the symbol table, the code generator) would overflow the Rust stack on it. CPython stops such
//! trees at the same place: converting the C tree to Python `ast` objects (and compiling it)
//! counts one level per node of any kind (`mod`, `stmt`, `expr`, `arguments`, `arg`, `keyword`,
//! `comprehension`, `withitem`, `match_case`, `pattern`, `type_param`, ...) and raises
//! `RecursionError` past a fixed depth. We measure the same depth here with an explicit stack,
//! so that no tree deeper than [`MAX_DEPTH`] ever leaves the parser.

use crate::ast::*;

/// The deepest tree CPython 3.12 turns into `ast` objects from `ast.parse` called at the top of
/// a script (measured: `"-" * 2993 + "1"` parses, one more `-` raises `RecursionError`, and
/// the tree of the former is Module > Expr > 2993 UnaryOp > Constant).
pub(crate) const MAX_DEPTH: u32 = 2996;

/// One node of any kind, borrowed from the tree.
#[derive(Clone, Copy)]
enum Node<'t, 'a> {
    Stmts(&'t [Stmt<'a>]),
    Stmt(&'t Stmt<'a>),
    Expr(&'t Expr<'a>),
    Arguments(&'t Arguments<'a>),
    Arg(&'t Arg<'a>),
    Keyword(&'t Keyword<'a>),
    Comprehension(&'t Comprehension<'a>),
    ExceptHandler(&'t ExceptHandler<'a>),
    WithItem(&'t WithItem<'a>),
    MatchCase(&'t MatchCase<'a>),
    Pattern(&'t Pattern<'a>),
    TypeParam(&'t TypeParam<'a>),
    /// A node without children (`alias`, `type_ignore`): it only adds its own level.
    Leaf,
}

/// True when some node of `tree` lies deeper than `limit` (the `mod` node is at depth 1).
pub(crate) fn exceeds(tree: &Mod<'_>, limit: u32) -> bool {
    let mut walker = Walker {
        stack: Vec::new(),
        limit,
    };
    match tree {
        Mod::Module(m) => {
            walker.push_stmts(m.body, 2);
            walker.push_all(m.type_ignores.iter().map(|_| Node::Leaf), 2);
        }
        Mod::Interactive(m) => walker.push_stmts(m.body, 2),
        Mod::Expression(m) => walker.push(Node::Expr(&m.body), 2),
        Mod::FunctionType(m) => {
            walker.push_exprs(m.argtypes, 2);
            walker.push(Node::Expr(&m.returns), 2);
        }
    }
    walker.run()
}

struct Walker<'t, 'a> {
    /// Nodes still to visit, each with its depth.
    stack: Vec<(Node<'t, 'a>, u32)>,
    limit: u32,
}

impl<'t, 'a> Walker<'t, 'a> {
    fn push(&mut self, node: Node<'t, 'a>, depth: u32) {
        self.stack.push((node, depth));
    }

    fn push_all(&mut self, nodes: impl Iterator<Item = Node<'t, 'a>>, depth: u32) {
        self.stack.extend(nodes.map(|n| (n, depth)));
    }

    /// A statement list is pushed whole and expanded when popped: a module of 100,000
    /// statements then costs one stack slot, not 100,000.
    fn push_stmts(&mut self, stmts: &'t [Stmt<'a>], depth: u32) {
        if !stmts.is_empty() {
            self.push(Node::Stmts(stmts), depth);
        }
    }

    fn push_exprs(&mut self, exprs: &'t [Expr<'a>], depth: u32) {
        self.push_all(exprs.iter().map(Node::Expr), depth);
    }

    fn push_opt(&mut self, expr: &'t Option<Expr<'a>>, depth: u32) {
        if let Some(e) = expr {
            self.push(Node::Expr(e), depth);
        }
    }

    fn push_patterns(&mut self, patterns: &'t [Pattern<'a>], depth: u32) {
        self.push_all(patterns.iter().map(Node::Pattern), depth);
    }

    fn push_type_params(&mut self, params: &'t [TypeParam<'a>], depth: u32) {
        self.push_all(params.iter().map(Node::TypeParam), depth);
    }

    fn push_generators(&mut self, generators: &'t [Comprehension<'a>], depth: u32) {
        self.push_all(generators.iter().map(Node::Comprehension), depth);
    }

    fn run(&mut self) -> bool {
        while let Some((node, depth)) = self.stack.pop() {
            if depth > self.limit {
                return true;
            }
            let d = depth + 1;
            match node {
                Node::Stmts(stmts) => {
                    if let Some((first, rest)) = stmts.split_first() {
                        self.push_stmts(rest, depth);
                        self.push(Node::Stmt(first), depth);
                    }
                }
                Node::Stmt(s) => self.stmt(s, d),
                Node::Expr(e) => self.expr(e, d),
                Node::Arguments(a) => {
                    for list in [a.posonlyargs, a.args, a.kwonlyargs] {
                        self.push_all(list.iter().map(Node::Arg), d);
                    }
                    for arg in [a.vararg, a.kwarg].into_iter().flatten() {
                        self.push(Node::Arg(arg), d);
                    }
                    for default in a.kw_defaults {
                        self.push_opt(default, d);
                    }
                    self.push_exprs(a.defaults, d);
                }
                Node::Arg(a) => self.push_opt(&a.annotation, d),
                Node::Keyword(k) => self.push(Node::Expr(&k.value), d),
                Node::Comprehension(c) => {
                    self.push(Node::Expr(&c.target), d);
                    self.push(Node::Expr(&c.iter), d);
                    self.push_exprs(c.ifs, d);
                }
                Node::ExceptHandler(h) => {
                    self.push_opt(&h.type_, d);
                    self.push_stmts(h.body, d);
                }
                Node::WithItem(w) => {
                    self.push(Node::Expr(&w.context_expr), d);
                    self.push_opt(&w.optional_vars, d);
                }
                Node::MatchCase(c) => {
                    self.push(Node::Pattern(&c.pattern), d);
                    self.push_opt(&c.guard, d);
                    self.push_stmts(c.body, d);
                }
                Node::Pattern(p) => self.pattern(p, d),
                Node::TypeParam(TypeParam::TypeVar(t)) => self.push_opt(&t.bound, d),
                Node::TypeParam(_) | Node::Leaf => {}
            }
        }
        false
    }

    /// Pushes the children of `s`, which are at depth `d`.
    fn stmt(&mut self, s: &'t Stmt<'a>, d: u32) {
        match s {
            Stmt::FunctionDef(f) => {
                self.push(Node::Arguments(f.args), d);
                self.push_stmts(f.body, d);
                self.push_exprs(f.decorator_list, d);
                self.push_opt(&f.returns, d);
                self.push_type_params(f.type_params, d);
            }
            Stmt::ClassDef(c) => {
                self.push_exprs(c.bases, d);
                self.push_all(c.keywords.iter().map(Node::Keyword), d);
                self.push_stmts(c.body, d);
                self.push_exprs(c.decorator_list, d);
                self.push_type_params(c.type_params, d);
            }
            Stmt::Return(r) => self.push_opt(&r.value, d),
            Stmt::Delete(x) => self.push_exprs(x.targets, d),
            Stmt::Assign(a) => {
                self.push_exprs(a.targets, d);
                self.push(Node::Expr(&a.value), d);
            }
            Stmt::TypeAlias(t) => {
                self.push(Node::Expr(&t.name), d);
                self.push_type_params(t.type_params, d);
                self.push(Node::Expr(&t.value), d);
            }
            Stmt::AugAssign(a) => {
                self.push(Node::Expr(&a.target), d);
                self.push(Node::Expr(&a.value), d);
            }
            Stmt::AnnAssign(a) => {
                self.push(Node::Expr(&a.target), d);
                self.push(Node::Expr(&a.annotation), d);
                self.push_opt(&a.value, d);
            }
            Stmt::For(f) => {
                self.push(Node::Expr(&f.target), d);
                self.push(Node::Expr(&f.iter), d);
                self.push_stmts(f.body, d);
                self.push_stmts(f.orelse, d);
            }
            Stmt::While(w) => {
                self.push(Node::Expr(&w.test), d);
                self.push_stmts(w.body, d);
                self.push_stmts(w.orelse, d);
            }
            Stmt::If(i) => {
                self.push(Node::Expr(&i.test), d);
                self.push_stmts(i.body, d);
                self.push_stmts(i.orelse, d);
            }
            Stmt::With(w) => {
                self.push_all(w.items.iter().map(Node::WithItem), d);
                self.push_stmts(w.body, d);
            }
            Stmt::Match(m) => {
                self.push(Node::Expr(&m.subject), d);
                self.push_all(m.cases.iter().map(Node::MatchCase), d);
            }
            Stmt::Raise(r) => {
                self.push_opt(&r.exc, d);
                self.push_opt(&r.cause, d);
            }
            Stmt::Try(t) => {
                self.push_stmts(t.body, d);
                self.push_all(t.handlers.iter().map(Node::ExceptHandler), d);
                self.push_stmts(t.orelse, d);
                self.push_stmts(t.finalbody, d);
            }
            Stmt::Assert(a) => {
                self.push(Node::Expr(&a.test), d);
                self.push_opt(&a.msg, d);
            }
            Stmt::Import(i) => self.push_all(i.names.iter().map(|_| Node::Leaf), d),
            Stmt::ImportFrom(i) => self.push_all(i.names.iter().map(|_| Node::Leaf), d),
            Stmt::Expr(e) => self.push(Node::Expr(&e.value), d),
            Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_) => {}
        }
    }

    /// Pushes the children of `e`, which are at depth `d`. (`expr_context` and operators are
    /// shared singletons in CPython and add no level.)
    fn expr(&mut self, e: &'t Expr<'a>, d: u32) {
        match e {
            Expr::BoolOp(b) => self.push_exprs(b.values, d),
            Expr::NamedExpr(n) => {
                self.push(Node::Expr(&n.target), d);
                self.push(Node::Expr(&n.value), d);
            }
            Expr::BinOp(b) => {
                self.push(Node::Expr(&b.left), d);
                self.push(Node::Expr(&b.right), d);
            }
            Expr::UnaryOp(u) => self.push(Node::Expr(&u.operand), d),
            Expr::Lambda(l) => {
                self.push(Node::Arguments(l.args), d);
                self.push(Node::Expr(&l.body), d);
            }
            Expr::IfExp(i) => {
                self.push(Node::Expr(&i.test), d);
                self.push(Node::Expr(&i.body), d);
                self.push(Node::Expr(&i.orelse), d);
            }
            Expr::Dict(x) => {
                for key in x.keys {
                    self.push_opt(key, d);
                }
                self.push_exprs(x.values, d);
            }
            Expr::Set(s) => self.push_exprs(s.elts, d),
            Expr::ListComp(c) | Expr::SetComp(c) | Expr::GeneratorExp(c) => {
                self.push(Node::Expr(&c.elt), d);
                self.push_generators(c.generators, d);
            }
            Expr::DictComp(c) => {
                self.push(Node::Expr(&c.key), d);
                self.push(Node::Expr(&c.value), d);
                self.push_generators(c.generators, d);
            }
            Expr::Await(a) => self.push(Node::Expr(&a.value), d),
            Expr::Yield(y) => self.push_opt(&y.value, d),
            Expr::YieldFrom(y) => self.push(Node::Expr(&y.value), d),
            Expr::Compare(c) => {
                self.push(Node::Expr(&c.left), d);
                self.push_exprs(c.comparators, d);
            }
            Expr::Call(c) => {
                self.push(Node::Expr(&c.func), d);
                self.push_exprs(c.args, d);
                self.push_all(c.keywords.iter().map(Node::Keyword), d);
            }
            Expr::FormattedValue(f) => {
                self.push(Node::Expr(&f.value), d);
                self.push_opt(&f.format_spec, d);
            }
            Expr::JoinedStr(j) => self.push_exprs(j.values, d),
            Expr::Attribute(a) => self.push(Node::Expr(&a.value), d),
            Expr::Subscript(s) => {
                self.push(Node::Expr(&s.value), d);
                self.push(Node::Expr(&s.slice), d);
            }
            Expr::Starred(s) => self.push(Node::Expr(&s.value), d),
            Expr::List(l) => self.push_exprs(l.elts, d),
            Expr::Tuple(t) => self.push_exprs(t.elts, d),
            Expr::Slice(s) => {
                self.push_opt(&s.lower, d);
                self.push_opt(&s.upper, d);
                self.push_opt(&s.step, d);
            }
            Expr::Constant(_) | Expr::Name(_) => {}
        }
    }

    /// Pushes the children of `p`, which are at depth `d`.
    fn pattern(&mut self, p: &'t Pattern<'a>, d: u32) {
        match p {
            Pattern::MatchValue(v) => self.push(Node::Expr(&v.value), d),
            Pattern::MatchSequence(s) => self.push_patterns(s.patterns, d),
            Pattern::MatchMapping(m) => {
                self.push_exprs(m.keys, d);
                self.push_patterns(m.patterns, d);
            }
            Pattern::MatchClass(c) => {
                self.push(Node::Expr(&c.cls), d);
                self.push_patterns(c.patterns, d);
                self.push_patterns(c.kwd_patterns, d);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.push(Node::Pattern(inner), d);
                }
            }
            Pattern::MatchOr(o) => self.push_patterns(o.patterns, d),
            Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => {}
        }
    }
}
