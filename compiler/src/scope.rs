//! What the code generator needs to know about one scope, independent of how it was computed.
//!
//! The symbol-table pass (`symtable.rs`, CPython's `symtable.c` rules) is the real source; until
//! it covers a construct, [`ScopeInfo::fallback_function`] gives a simple approximation (every
//! assigned name is local, everything else global, no closures) so that programs can run.

use std::collections::HashMap;
use std::rc::Rc;

use pyvm_parser::ast;

/// Where a name lives, as CPython's symtable resolves it.
#[allow(dead_code)] // Free/Cell come from the symbol table
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// The facts about one function/lambda/class/module scope that code generation uses.
#[derive(Clone, Debug, Default)]
pub(crate) struct ScopeInfo {
    /// Locals in register order: parameters first (CPython's `co_varnames`).
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    pub symbols: HashMap<Rc<str>, NameScope>,
    pub is_generator: bool,
    pub is_coroutine: bool,
}

impl ScopeInfo {
    pub fn lookup(&self, name: &str) -> Option<NameScope> {
        self.symbols.get(name).copied()
    }

    /// Approximate scope of a function or lambda body: parameters and assigned names are local
    /// (unless declared `global`/`nonlocal`), everything else is global.
    pub fn fallback_function(args: &ast::Arguments<'_>, body: FnBody<'_, '_>) -> ScopeInfo {
        let mut s = ScopeInfo::default();
        let add_local = |s: &mut ScopeInfo, n: &str| {
            if !s.symbols.contains_key(n) {
                let n: Rc<str> = n.into();
                s.symbols.insert(n.clone(), NameScope::Local);
                s.varnames.push(n);
            }
        };
        for a in args.posonlyargs.iter().chain(args.args) {
            add_local(&mut s, a.arg);
        }
        for a in args.kwonlyargs {
            add_local(&mut s, a.arg);
        }
        if let Some(a) = args.vararg {
            add_local(&mut s, a.arg);
        }
        if let Some(a) = args.kwarg {
            add_local(&mut s, a.arg);
        }
        let mut c = Collect::default();
        match body {
            FnBody::Stmts(stmts) => {
                for st in stmts {
                    c.stmt(st);
                }
            }
            FnBody::Expr(e) => c.expr(e),
        }
        for g in &c.globals {
            s.symbols
                .insert(g.as_str().into(), NameScope::GlobalExplicit);
        }
        for n in &c.stores {
            if !c.globals.contains(n) {
                add_local(&mut s, n);
            }
        }
        for n in &c.loads {
            if !s.symbols.contains_key(n.as_str()) {
                s.symbols
                    .insert(n.as_str().into(), NameScope::GlobalImplicit);
            }
        }
        s.is_generator = c.yields;
        s
    }
}

/// A function body (statements) or a lambda body (one expression).
#[derive(Clone, Copy)]
pub(crate) enum FnBody<'r, 'a> {
    Stmts(&'r [ast::Stmt<'a>]),
    Expr(&'r ast::Expr<'a>),
}

#[derive(Default)]
struct Collect {
    stores: Vec<String>,
    loads: Vec<String>,
    globals: Vec<String>,
    yields: bool,
}

impl Collect {
    fn store(&mut self, n: &str) {
        if !self.stores.iter().any(|s| s == n) {
            self.stores.push(n.to_string());
        }
    }

    fn target(&mut self, e: &ast::Expr<'_>) {
        match e {
            ast::Expr::Name(n) => self.store(n.id),
            ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            ast::Expr::List(t) => t.elts.iter().for_each(|e| self.target(e)),
            ast::Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn stmts(&mut self, b: &[ast::Stmt<'_>]) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ast::Stmt<'_>) {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => {
                self.store(f.name);
                f.decorator_list.iter().for_each(|e| self.expr(e));
                f.args.defaults.iter().for_each(|e| self.expr(e));
                f.args
                    .kw_defaults
                    .iter()
                    .flatten()
                    .for_each(|e| self.expr(e));
            }
            S::ClassDef(c) => {
                self.store(c.name);
                c.bases.iter().for_each(|e| self.expr(e));
                c.decorator_list.iter().for_each(|e| self.expr(e));
            }
            S::Return(r) => r.value.iter().for_each(|e| self.expr(e)),
            S::Delete(d) => d.targets.iter().for_each(|e| self.target(e)),
            S::Assign(a) => {
                a.targets.iter().for_each(|e| self.target(e));
                self.expr(&a.value);
            }
            S::TypeAlias(t) => self.target(&t.name),
            S::AugAssign(a) => {
                self.target(&a.target);
                self.expr(&a.value);
            }
            S::AnnAssign(a) => {
                if a.value.is_some() || !a.simple {
                    self.target(&a.target);
                } else if let ast::Expr::Name(n) = a.target {
                    self.store(n.id);
                }
                a.value.iter().for_each(|e| self.expr(e));
            }
            S::For(f) => {
                self.target(&f.target);
                self.expr(&f.iter);
                self.stmts(f.body);
                self.stmts(f.orelse);
            }
            S::While(w) => {
                self.expr(&w.test);
                self.stmts(w.body);
                self.stmts(w.orelse);
            }
            S::If(i) => {
                self.expr(&i.test);
                self.stmts(i.body);
                self.stmts(i.orelse);
            }
            S::With(w) => {
                for it in w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(w.body);
            }
            S::Match(m) => {
                self.expr(&m.subject);
                for c in m.cases {
                    self.pattern(&c.pattern);
                    c.guard.iter().for_each(|e| self.expr(e));
                    self.stmts(c.body);
                }
            }
            S::Raise(r) => {
                r.exc.iter().for_each(|e| self.expr(e));
                r.cause.iter().for_each(|e| self.expr(e));
            }
            S::Try(t) => {
                self.stmts(t.body);
                for h in t.handlers {
                    if let Some(n) = h.name {
                        self.store(n);
                    }
                    h.type_.iter().for_each(|e| self.expr(e));
                    self.stmts(h.body);
                }
                self.stmts(t.orelse);
                self.stmts(t.finalbody);
            }
            S::Assert(a) => {
                self.expr(&a.test);
                a.msg.iter().for_each(|e| self.expr(e));
            }
            S::Import(i) => {
                for a in i.names {
                    let n = a
                        .asname
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or(a.name));
                    self.store(n);
                }
            }
            S::ImportFrom(i) => {
                for a in i.names {
                    if a.name != "*" {
                        self.store(a.asname.unwrap_or(a.name));
                    }
                }
            }
            S::Global(g) => {
                for n in g.names {
                    self.globals.push(n.to_string());
                }
            }
            S::Nonlocal(_) => {}
            S::Expr(e) => self.expr(&e.value),
            S::Pass(_) | S::Break(_) | S::Continue(_) => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern<'_>) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(_) | P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            P::MatchMapping(m) => {
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = m.rest {
                    self.store(r);
                }
            }
            P::MatchClass(c) => {
                c.patterns.iter().for_each(|p| self.pattern(p));
                c.kwd_patterns.iter().for_each(|p| self.pattern(p));
            }
            P::MatchStar(s) => {
                if let Some(n) = s.name {
                    self.store(n);
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = a.name {
                    self.store(n);
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn expr(&mut self, e: &ast::Expr<'_>) {
        use ast::Expr as E;
        match e {
            E::Name(n) => {
                if !self.loads.iter().any(|s| s == n.id) {
                    self.loads.push(n.id.to_string());
                }
            }
            E::NamedExpr(n) => {
                self.target(&n.target);
                self.expr(&n.value);
            }
            E::Yield(y) => {
                self.yields = true;
                y.value.iter().for_each(|e| self.expr(e));
            }
            E::YieldFrom(y) => {
                self.yields = true;
                self.expr(&y.value);
            }
            E::BoolOp(b) => b.values.iter().for_each(|e| self.expr(e)),
            E::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            E::UnaryOp(u) => self.expr(&u.operand),
            E::Lambda(l) => {
                l.args.defaults.iter().for_each(|e| self.expr(e));
            }
            E::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            E::Dict(d) => {
                d.keys.iter().flatten().for_each(|e| self.expr(e));
                d.values.iter().for_each(|e| self.expr(e));
            }
            E::Set(s) => s.elts.iter().for_each(|e| self.expr(e)),
            E::ListComp(c) | E::SetComp(c) | E::GeneratorExp(c) => {
                if let Some(g) = c.generators.first() {
                    self.expr(&g.iter);
                }
            }
            E::DictComp(c) => {
                if let Some(g) = c.generators.first() {
                    self.expr(&g.iter);
                }
            }
            E::Await(a) => self.expr(&a.value),
            E::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|e| self.expr(e));
            }
            E::Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|e| self.expr(e));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            E::FormattedValue(f) => {
                self.expr(&f.value);
                f.format_spec.iter().for_each(|e| self.expr(e));
            }
            E::JoinedStr(j) => j.values.iter().for_each(|e| self.expr(e)),
            E::Constant(_) => {}
            E::Attribute(a) => self.expr(&a.value),
            E::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            E::Starred(s) => self.expr(&s.value),
            E::List(l) => l.elts.iter().for_each(|e| self.expr(e)),
            E::Tuple(t) => t.elts.iter().for_each(|e| self.expr(e)),
            E::Slice(s) => {
                s.lower.iter().for_each(|e| self.expr(e));
                s.upper.iter().for_each(|e| self.expr(e));
                s.step.iter().for_each(|e| self.expr(e));
            }
        }
    }
}

impl ScopeInfo {
    /// The code generator's view of a symbol-table scope. For function-like scopes, `varnames`
    /// gets the parameters and then every other local in the order the table lists them.
    pub fn from_symtable(s: &crate::symtable::Scope) -> ScopeInfo {
        use crate::symtable::SymScope;
        let mut info = ScopeInfo::default();
        let function_like = s.kind.is_function_like();
        for v in &s.varnames {
            info.varnames.push(v.as_str().into());
        }
        for sym in s.symbols() {
            let ns = match sym.scope {
                SymScope::Local => NameScope::Local,
                SymScope::GlobalExplicit => NameScope::GlobalExplicit,
                SymScope::GlobalImplicit => NameScope::GlobalImplicit,
                SymScope::Free => NameScope::Free,
                SymScope::Cell => NameScope::Cell,
            };
            let name: Rc<str> = sym.name.as_str().into();
            if function_like
                && ns == NameScope::Local
                && !info.varnames.iter().any(|v| **v == *sym.name)
            {
                info.varnames.push(name.clone());
            }
            info.symbols.insert(name, ns);
        }
        info.cellvars = s.co_cellvars().iter().map(|c| c.as_str().into()).collect();
        info.freevars = s.freevars.iter().map(|c| c.as_str().into()).collect();
        // Cells of the class body (`__class__`) and free variables resolve through cells even
        // when the symbol itself is not listed (implicit `__class__`).
        for c in info.cellvars.clone() {
            info.symbols.entry(c).or_insert(NameScope::Cell);
        }
        for f in info.freevars.clone() {
            info.symbols.entry(f).or_insert(NameScope::Free);
        }
        info.is_generator = s.is_generator;
        info.is_coroutine = s.is_coroutine;
        info
    }
}
