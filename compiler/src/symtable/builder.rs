//! First pass: walk the AST, open the scopes and record the raw flags of every name
//! (CPython's `symtable_visit_*` functions).

use std::collections::HashMap;

use pyvm_parser::ast::{self, Expr, ExprContext, Pattern, Span, Stmt, TypeParam};
use pyvm_parser::{LineIndex, SyntaxError, SyntaxErrorKind};

use super::flags::*;
use super::{mangle, ComprehensionKind, KeyKind, Scope, ScopeId, ScopeKind, SymbolTable};

/// Deepest statement/expression nesting we walk: CPython's symbol table raises
/// `RecursionError` ("maximum recursion depth exceeded during compilation") past 3000 levels
/// when compiling a script (measured: `x = ` then 2998 `-` then `1` compiles, 2999 does not).
/// The parser already refuses trees nested a little less deeply (CPython's `ast` construction
/// limit), so this is a guard for trees built by other means, never a Rust stack overflow.
const MAX_DEPTH: u32 = 3000;

/// A `global`/`nonlocal` declaration (or the implicit one a walrus in a comprehension makes),
/// kept to place the errors found during analysis.
#[derive(Clone, Debug)]
pub(super) struct Directive {
    pub name: String,
    pub span: Span,
}

/// The first pass's result: the table before analysis, plus per-scope directives.
pub(super) struct Collected {
    pub table: SymbolTable,
    pub directives: Vec<Vec<Directive>>,
}

/// Build-time state of one scope that the finished table does not keep.
#[derive(Default)]
struct Extra {
    directives: Vec<Directive>,
    /// Visiting the target of a comprehension's `for`.
    comp_iter_target: bool,
    /// Depth of comprehension iterable expressions being visited (walrus is forbidden there).
    comp_iter_expr: u32,
}

struct Builder {
    index: LineIndex,
    scopes: Vec<Scope>,
    extra: Vec<Extra>,
    keys: HashMap<(usize, KeyKind), ScopeId>,
    stack: Vec<ScopeId>,
    /// The class name used for private-name mangling (CPython's `st_private`).
    private: Option<String>,
    future_annotations: bool,
    depth: u32,
}

type Result<T = ()> = std::result::Result<T, SyntaxError>;

fn addr<T>(node: &T) -> usize {
    std::ptr::from_ref(node) as usize
}

pub(super) fn collect(module: &ast::Mod<'_>, source: &str) -> Result<Collected> {
    let mut b = Builder {
        index: LineIndex::new(source),
        scopes: Vec::new(),
        extra: Vec::new(),
        keys: HashMap::new(),
        stack: Vec::new(),
        private: None,
        future_annotations: false,
        depth: 0,
    };
    b.enter_block("top", ScopeKind::Module, None, None);
    match module {
        ast::Mod::Module(m) => {
            b.future_annotations = parse_futures(m.body, &b.index)?;
            b.visit_stmts(m.body)?;
        }
        ast::Mod::Interactive(m) => {
            b.future_annotations = parse_futures(m.body, &b.index)?;
            b.visit_stmts(m.body)?;
        }
        ast::Mod::Expression(e) => b.visit_expr(&e.body)?,
        // CPython refuses to compile these ("this compiler does not handle FunctionTypes");
        // an empty module table is the harmless equivalent here.
        ast::Mod::FunctionType(_) => {}
    }
    b.exit_block();
    let directives = b.extra.into_iter().map(|e| e.directives).collect();
    Ok(Collected {
        table: SymbolTable {
            scopes: b.scopes,
            keys: b.keys,
            future_annotations: b.future_annotations,
        },
        directives,
    })
}

/// The features CPython 3.12 knows in `from __future__ import ...`.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Reads the future statements at the top of a module (after an optional docstring), as
/// CPython's `future.c` does before building the symbol table: returns whether
/// `annotations` is enabled, or the error for an unknown feature (`braces` has its own).
/// (A future import further down is the code generator's error, as in CPython.)
fn parse_futures(body: &[Stmt<'_>], index: &LineIndex) -> Result<bool> {
    let mut annotations = false;
    let skip = usize::from(matches!(
        body.first(),
        Some(Stmt::Expr(e)) if matches!(
            e.value,
            Expr::Constant(c) if matches!(c.value, ast::ConstantValue::Str(_))
        )
    ));
    for stmt in body.iter().skip(skip) {
        let Stmt::ImportFrom(f) = stmt else { break };
        if f.module != Some("__future__") {
            break;
        }
        for alias in f.names {
            match alias.name {
                "annotations" => annotations = true,
                "braces" => return Err(future_error(index, "not a chance".to_owned(), f.span)),
                name if FUTURE_FEATURES.contains(&name) => {}
                name => {
                    return Err(future_error(
                        index,
                        format!("future feature {name} is not defined"),
                        f.span,
                    ))
                }
            }
        }
    }
    Ok(annotations)
}

/// `future.c` places its errors with `PyErr_SyntaxLocationObject`: a start, no end column.
fn future_error(index: &LineIndex, msg: String, span: Span) -> SyntaxError {
    let (lineno, col) = index.line_col_bytes(span.start);
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        lineno,
        offset: col + 1,
        end_lineno: Some(lineno),
        end_offset: None,
    }
}

impl Builder {
    // -----------------------------------------------------------------------------------------
    // Scopes and definitions
    // -----------------------------------------------------------------------------------------

    fn cur(&self) -> ScopeId {
        // The module scope stays on the stack for the whole walk.
        self.stack.last().copied().unwrap_or(ScopeId(0))
    }

    fn cur_scope(&self) -> &Scope {
        &self.scopes[self.cur().index()]
    }

    fn cur_scope_mut(&mut self) -> &mut Scope {
        let id = self.cur().index();
        &mut self.scopes[id]
    }

    fn cur_extra(&mut self) -> &mut Extra {
        let id = self.cur().index();
        &mut self.extra[id]
    }

    /// Opens a scope (CPython's `symtable_enter_block`). `key` is the owning node's address
    /// and which of its scopes this is; `span` gives the scope's line.
    fn enter_block(
        &mut self,
        name: &str,
        kind: ScopeKind,
        key: Option<(usize, KeyKind)>,
        span: Option<Span>,
    ) -> ScopeId {
        let (lineno, col) = match span {
            Some(s) => self.index.line_col_bytes(s.start),
            None => (0, 0),
        };
        let mut scope = Scope::new(kind, name, lineno, col);
        let id = ScopeId(self.scopes.len() as u32);
        let mut extra = Extra::default();
        if let Some(&prev) = self.stack.last() {
            let parent = &self.scopes[prev.index()];
            scope.is_nested = parent.is_nested || parent.kind.is_function_like();
            scope.parent = Some(prev);
            extra.comp_iter_expr = self.extra[prev.index()].comp_iter_expr;
            // Annotation scopes under `from __future__ import annotations` are never analysed
            // (the annotations become strings): CPython does not link them to their parent.
            if kind != ScopeKind::Annotation {
                let parent = &mut self.scopes[prev.index()];
                parent.children.push(id);
                parent.all_children.push(id);
            }
        }
        self.scopes.push(scope);
        self.extra.push(extra);
        if let Some(key) = key {
            self.keys.insert(key, id);
        }
        self.stack.push(id);
        id
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    /// A `SyntaxError` at `span`, with CPython's byte-based columns (see the module docs).
    fn error_at(&self, msg: String, span: Span) -> SyntaxError {
        error_at(&self.index, msg, span)
    }

    /// Records `flag` for `name` in the current scope (CPython's `symtable_add_def`).
    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> Result {
        self.add_def_in(self.cur(), name, flag, span)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, span: Span) -> Result {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &self.scopes[id.index()];
        let mut val = flag;
        if let Some(sym) = scope.symbol(&mangled) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(self.error_at(
                    format!("duplicate argument '{name}' in function definition"),
                    span,
                ));
            }
            if flag & DEF_TYPE_PARAM != 0 && sym.flags & DEF_TYPE_PARAM != 0 {
                return Err(self.error_at(format!("duplicate type parameter '{name}'"), span));
            }
            val |= sym.flags;
        }
        if self.extra[id.index()].comp_iter_target {
            // An iteration variable of a comprehension: it must not already be the target of
            // a walrus (which made it nonlocal/global here).
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.error_at(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        let scope = &mut self.scopes[id.index()];
        scope.or_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // A `global` anywhere also marks the module's own symbol.
            self.scopes[0].or_flags(&mangled, flag);
        }
        Ok(())
    }

    /// The current scope's flags for `name` (mangled), 0 if unknown.
    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur_scope().flags_of(&mangled)
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur_extra().directives.push(Directive {
            name: mangled,
            span,
        });
    }

    /// Opens the PEP 695 scope of a generic function, class or alias
    /// (CPython's `symtable_enter_type_param_block`).
    fn enter_type_param_block(
        &mut self,
        name: &str,
        owner: usize,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        span: Span,
    ) -> Result {
        let in_class = self.cur_scope().kind == ScopeKind::Class;
        self.enter_block(
            name,
            ScopeKind::TypeParams,
            Some((owner, KeyKind::TypeParams)),
            Some(span),
        );
        if in_class {
            self.cur_scope_mut().can_see_class_scope = true;
            self.add_def("__classdict__", USE, span)?;
        }
        if is_class {
            self.add_def(".type_params", DEF_LOCAL, span)?;
            self.add_def(".type_params", USE, span)?;
            // CPython sets the mangling class here and does not restore it after the class
            // (statements after a generic class still mangle with its name): reproduced.
            self.private = Some(name.to_owned());
            self.add_def(".generic_base", DEF_LOCAL, span)?;
            self.add_def(".generic_base", USE, span)?;
        }
        if has_defaults {
            self.add_def(".defaults", DEF_PARAM, span)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", DEF_PARAM, span)?;
        }
        Ok(())
    }

    fn enter_depth(&mut self) -> Result {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            // A `RecursionError` in CPython, without a position.
            return Err(SyntaxError {
                kind: SyntaxErrorKind::RecursionError,
                msg: "maximum recursion depth exceeded during compilation".to_owned(),
                lineno: 0,
                offset: 0,
                end_lineno: None,
                end_offset: None,
            });
        }
        Ok(())
    }

    // -----------------------------------------------------------------------------------------
    // Statements
    // -----------------------------------------------------------------------------------------

    fn visit_stmts(&mut self, stmts: &[Stmt<'_>]) -> Result {
        for s in stmts {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_exprs(&mut self, exprs: &[Expr<'_>]) -> Result {
        for e in exprs {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt<'_>) -> Result {
        self.enter_depth()?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt<'_>) -> Result {
        match s {
            Stmt::FunctionDef(f) => self.visit_function_def(f)?,
            Stmt::ClassDef(c) => self.visit_class_def(c)?,
            Stmt::TypeAlias(t) => self.visit_type_alias(t)?,
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                    self.cur_scope_mut().returns_value = true;
                }
            }
            Stmt::Delete(d) => self.visit_exprs(d.targets)?,
            Stmt::Assign(a) => {
                self.visit_exprs(a.targets)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => self.visit_ann_assign(a)?,
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_stmts(f.body)?;
                self.visit_stmts(f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_stmts(w.body)?;
                self.visit_stmts(w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_stmts(i.body)?;
                self.visit_stmts(i.orelse)?;
            }
            Stmt::With(w) => {
                for item in w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_stmts(w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_stmts(case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(exc) = &r.exc {
                    self.visit_expr(exc)?;
                    if let Some(cause) = &r.cause {
                        self.visit_expr(cause)?;
                    }
                }
            }
            Stmt::Try(t) => {
                // CPython 3.12 visits `else` before the handlers (the order of child scopes
                // shows it).
                self.visit_stmts(t.body)?;
                self.visit_stmts(t.orelse)?;
                for h in t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = h.name {
                        self.add_def(name, DEF_LOCAL, h.span)?;
                    }
                    self.visit_stmts(h.body)?;
                }
                self.visit_stmts(t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in i.names {
                    self.visit_alias(a)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in i.names {
                    self.visit_alias(a)?;
                }
            }
            Stmt::Global(g) => self.visit_declaration(g.names, g.span, true)?,
            Stmt::Nonlocal(n) => self.visit_declaration(n.names, n.span, false)?,
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    fn visit_function_def(&mut self, f: &ast::FunctionDef<'_>) -> Result {
        self.add_def(f.name, DEF_LOCAL, f.span)?;
        self.visit_exprs(f.args.defaults)?;
        for d in f.args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        self.visit_exprs(f.decorator_list)?;
        let generic = !f.type_params.is_empty();
        if generic {
            // CPython tests `args->defaults != NULL`, which always holds for a parsed `def`.
            let has_kwdefaults = f.args.kw_defaults.iter().any(Option::is_some);
            self.enter_type_param_block(f.name, addr(f), true, has_kwdefaults, false, f.span)?;
            self.visit_type_params(f.type_params)?;
        }
        self.visit_annotations(f, f.args, f.returns.as_ref())?;
        let id = self.enter_block(
            f.name,
            ScopeKind::Function,
            Some((addr(f), KeyKind::Main)),
            Some(f.span),
        );
        if f.is_async {
            self.scopes[id.index()].is_coroutine = true;
        }
        self.visit_arguments(f.args)?;
        self.visit_stmts(f.body)?;
        self.exit_block();
        if generic {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_class_def(&mut self, c: &ast::ClassDef<'_>) -> Result {
        self.add_def(c.name, DEF_LOCAL, c.span)?;
        self.visit_exprs(c.decorator_list)?;
        let generic = !c.type_params.is_empty();
        if generic {
            self.enter_type_param_block(c.name, addr(c), false, false, true, c.span)?;
            self.visit_type_params(c.type_params)?;
        }
        self.visit_exprs(c.bases)?;
        for k in c.keywords {
            self.visit_expr(&k.value)?;
        }
        self.enter_block(
            c.name,
            ScopeKind::Class,
            Some((addr(c), KeyKind::Main)),
            Some(c.span),
        );
        let saved = self.private.replace(c.name.to_owned());
        if generic {
            self.add_def("__type_params__", DEF_LOCAL, c.span)?;
            self.add_def(".type_params", USE, c.span)?;
        }
        self.visit_stmts(c.body)?;
        self.private = saved;
        self.exit_block();
        if generic {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_type_alias(&mut self, t: &ast::TypeAlias<'_>) -> Result {
        self.visit_expr(&t.name)?;
        let name = match &t.name {
            Expr::Name(n) => n.id,
            // The parser only builds names here.
            _ => "",
        };
        let in_class = self.cur_scope().kind == ScopeKind::Class;
        let generic = !t.type_params.is_empty();
        if generic {
            self.enter_type_param_block(name, addr(t), false, false, false, t.span)?;
            self.visit_type_params(t.type_params)?;
        }
        self.enter_block(
            name,
            ScopeKind::TypeAlias,
            Some((addr(t), KeyKind::Main)),
            Some(t.span),
        );
        self.cur_scope_mut().can_see_class_scope = in_class;
        if in_class {
            self.add_def("__classdict__", USE, t.value.span())?;
        }
        self.visit_expr(&t.value)?;
        self.exit_block();
        if generic {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_ann_assign(&mut self, a: &ast::AnnAssign<'_>) -> Result {
        if let Expr::Name(n) = &a.target {
            let cur = self.lookup(n.id);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur().index() != 0 && a.simple {
                let msg = if cur & DEF_GLOBAL != 0 {
                    format!("annotated name '{}' can't be global", n.id)
                } else {
                    format!("annotated name '{}' can't be nonlocal", n.id)
                };
                return Err(self.error_at(msg, a.span));
            }
            if a.simple {
                self.add_def(n.id, DEF_ANNOT | DEF_LOCAL, n.span)?;
            }
            if a.value.is_some() {
                self.add_def(n.id, DEF_LOCAL, n.span)?;
            }
        } else {
            self.visit_expr(&a.target)?;
        }
        self.visit_annotation(&a.annotation)?;
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    /// `global` (is_global) or `nonlocal` names.
    fn visit_declaration(&mut self, names: &[&str], span: Span, is_global: bool) -> Result {
        let what = if is_global { "global" } else { "nonlocal" };
        for &name in names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(self.error_at(msg, span));
            }
            let flag = if is_global { DEF_GLOBAL } else { DEF_NONLOCAL };
            self.add_def(name, flag, span)?;
            self.record_directive(name, span);
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &ast::Alias<'_>) -> Result {
        let name = a.asname.unwrap_or(a.name);
        if name == "*" {
            if self.cur_scope().kind != ScopeKind::Module {
                return Err(
                    self.error_at("import * only allowed at module level".to_owned(), a.span)
                );
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, a.span)
    }

    fn visit_type_params(&mut self, params: &[TypeParam<'_>]) -> Result {
        for tp in params {
            self.enter_depth()?;
            let r = self.visit_type_param(tp);
            self.depth -= 1;
            r?;
        }
        Ok(())
    }

    fn visit_type_param(&mut self, tp: &TypeParam<'_>) -> Result {
        match tp {
            TypeParam::TypeVar(tv) => {
                self.add_def(tv.name, DEF_TYPE_PARAM | DEF_LOCAL, tv.span)?;
                if let Some(bound) = &tv.bound {
                    let in_class = self.cur_scope().can_see_class_scope;
                    self.enter_block(
                        tv.name,
                        ScopeKind::TypeVarBound,
                        Some((addr(*tv), KeyKind::Main)),
                        Some(tv.span),
                    );
                    self.cur_scope_mut().can_see_class_scope = in_class;
                    if in_class {
                        self.add_def("__classdict__", USE, bound.span())?;
                    }
                    self.visit_expr(bound)?;
                    self.exit_block();
                }
            }
            TypeParam::TypeVarTuple(t) => {
                self.add_def(t.name, DEF_TYPE_PARAM | DEF_LOCAL, t.span)?;
            }
            TypeParam::ParamSpec(p) => {
                self.add_def(p.name, DEF_TYPE_PARAM | DEF_LOCAL, p.span)?;
            }
        }
        Ok(())
    }

    /// Parameters, inside the function's own scope.
    fn visit_arguments(&mut self, a: &ast::Arguments<'_>) -> Result {
        for arg in a.posonlyargs.iter().chain(a.args).chain(a.kwonlyargs) {
            self.add_def(arg.arg, DEF_PARAM, arg.span)?;
        }
        if let Some(v) = a.vararg {
            self.add_def(v.arg, DEF_PARAM, v.span)?;
            self.cur_scope_mut().has_varargs = true;
        }
        if let Some(k) = a.kwarg {
            self.add_def(k.arg, DEF_PARAM, k.span)?;
            self.cur_scope_mut().has_varkeywords = true;
        }
        Ok(())
    }

    /// One annotation (a return annotation or an `AnnAssign`'s).
    fn visit_annotation(&mut self, annotation: &Expr<'_>) -> Result {
        if self.future_annotations {
            self.enter_block(
                "_annotation",
                ScopeKind::Annotation,
                Some((expr_addr(annotation), KeyKind::Annotation)),
                Some(annotation.span()),
            );
        }
        self.visit_expr(annotation)?;
        if self.future_annotations {
            self.exit_block();
        }
        Ok(())
    }

    /// The parameter and return annotations of a function, in the enclosing scope.
    fn visit_annotations(
        &mut self,
        f: &ast::FunctionDef<'_>,
        a: &ast::Arguments<'_>,
        returns: Option<&Expr<'_>>,
    ) -> Result {
        if self.future_annotations {
            self.enter_block(
                "_annotation",
                ScopeKind::Annotation,
                Some((addr(f), KeyKind::Annotation)),
                Some(f.span),
            );
        }
        let singles = a.vararg.iter().chain(a.kwarg.iter()).copied();
        for arg in a
            .posonlyargs
            .iter()
            .chain(a.args)
            .chain(singles)
            .chain(a.kwonlyargs)
        {
            if let Some(ann) = &arg.annotation {
                self.visit_expr(ann)?;
            }
        }
        if self.future_annotations {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    // -----------------------------------------------------------------------------------------
    // Expressions
    // -----------------------------------------------------------------------------------------

    fn visit_expr(&mut self, e: &Expr<'_>) -> Result {
        self.enter_depth()?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    /// Dispatches on the expression kind. Every arm is one call so that this frame, which is
    /// on the stack once per nesting level, stays small even in debug builds.
    fn visit_expr_inner(&mut self, e: &Expr<'_>) -> Result {
        match e {
            Expr::NamedExpr(n) => self.visit_named_expr(n),
            Expr::BoolOp(b) => self.visit_exprs(b.values),
            Expr::BinOp(b) => self.visit_pair(&b.left, &b.right),
            Expr::UnaryOp(u) => self.visit_expr(&u.operand),
            Expr::Lambda(l) => self.visit_lambda(l),
            Expr::IfExp(i) => self.visit_if_exp(i),
            Expr::Dict(d) => self.visit_dict(d),
            Expr::Set(s) => self.visit_exprs(s.elts),
            Expr::GeneratorExp(c) => self.visit_comp(c, ComprehensionKind::Generator),
            Expr::ListComp(c) => self.visit_comp(c, ComprehensionKind::List),
            Expr::SetComp(c) => self.visit_comp(c, ComprehensionKind::Set),
            Expr::DictComp(c) => self.visit_comprehension(
                addr(*c),
                c.span,
                ComprehensionKind::Dict,
                c.generators,
                &c.key,
                Some(&c.value),
            ),
            Expr::Yield(y) => self.visit_yield(y.value.as_ref(), y.span),
            Expr::YieldFrom(y) => self.visit_yield(Some(&y.value), y.span),
            Expr::Await(a) => self.visit_await(a),
            Expr::Compare(c) => self.visit_compare(c),
            Expr::Call(c) => self.visit_call(c),
            Expr::FormattedValue(f) => self.visit_pair_opt(&f.value, f.format_spec.as_ref()),
            Expr::JoinedStr(j) => self.visit_exprs(j.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(a) => self.visit_expr(&a.value),
            Expr::Subscript(s) => self.visit_pair(&s.value, &s.slice),
            Expr::Starred(s) => self.visit_expr(&s.value),
            Expr::Slice(s) => self.visit_slice(s),
            Expr::Name(n) => self.visit_name(n),
            Expr::List(l) => self.visit_exprs(l.elts),
            Expr::Tuple(t) => self.visit_exprs(t.elts),
        }
    }

    fn visit_pair(&mut self, a: &Expr<'_>, b: &Expr<'_>) -> Result {
        self.visit_expr(a)?;
        self.visit_expr(b)
    }

    fn visit_pair_opt(&mut self, a: &Expr<'_>, b: Option<&Expr<'_>>) -> Result {
        self.visit_expr(a)?;
        match b {
            Some(b) => self.visit_expr(b),
            None => Ok(()),
        }
    }

    fn visit_if_exp(&mut self, i: &ast::IfExp<'_>) -> Result {
        self.visit_expr(&i.test)?;
        self.visit_expr(&i.body)?;
        self.visit_expr(&i.orelse)
    }

    fn visit_dict(&mut self, d: &ast::Dict<'_>) -> Result {
        for k in d.keys.iter().flatten() {
            self.visit_expr(k)?;
        }
        self.visit_exprs(d.values)
    }

    fn visit_compare(&mut self, c: &ast::Compare<'_>) -> Result {
        self.visit_expr(&c.left)?;
        self.visit_exprs(c.comparators)
    }

    fn visit_call(&mut self, c: &ast::Call<'_>) -> Result {
        self.visit_expr(&c.func)?;
        self.visit_exprs(c.args)?;
        for k in c.keywords {
            self.visit_expr(&k.value)?;
        }
        Ok(())
    }

    fn visit_slice(&mut self, s: &ast::Slice<'_>) -> Result {
        for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
            self.visit_expr(part)?;
        }
        Ok(())
    }

    fn visit_comp(&mut self, c: &ast::Comp<'_>, kind: ComprehensionKind) -> Result {
        self.visit_comprehension(addr(c), c.span, kind, c.generators, &c.elt, None)
    }

    fn visit_lambda(&mut self, l: &ast::Lambda<'_>) -> Result {
        if self.cur_scope().can_see_class_scope {
            return Err(self.error_at(
                "Cannot use lambda in annotation scope within class scope".to_owned(),
                l.span,
            ));
        }
        self.visit_exprs(l.args.defaults)?;
        for d in l.args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        self.enter_block(
            "lambda",
            ScopeKind::Lambda,
            Some((addr(l), KeyKind::Main)),
            Some(l.span),
        );
        self.visit_arguments(l.args)?;
        self.visit_expr(&l.body)?;
        self.exit_block();
        Ok(())
    }

    /// `yield` (value optional) and `yield from`.
    fn visit_yield(&mut self, value: Option<&Expr<'_>>, span: Span) -> Result {
        self.raise_if_annotation_block("yield expression", span)?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.mark_yield(span)
    }

    fn visit_await(&mut self, a: &ast::Await<'_>) -> Result {
        self.raise_if_annotation_block("await expression", a.span)?;
        self.visit_expr(&a.value)?;
        self.cur_scope_mut().is_coroutine = true;
        Ok(())
    }

    fn visit_name(&mut self, n: &ast::Name<'_>) -> Result {
        let flag = if n.ctx == ExprContext::Load {
            USE
        } else {
            DEF_LOCAL
        };
        self.add_def(n.id, flag, n.span)?;
        // `super()` needs the `__class__` cell of the enclosing class.
        if n.ctx == ExprContext::Load && self.cur_scope().kind.is_function_like() && n.id == "super"
        {
            self.add_def("__class__", USE, n.span)?;
        }
        Ok(())
    }

    fn mark_yield(&mut self, span: Span) -> Result {
        let scope = self.cur_scope_mut();
        scope.is_generator = true;
        if let Some(kind) = scope.comprehension() {
            let what = match kind {
                ComprehensionKind::List => "list comprehension",
                ComprehensionKind::Set => "set comprehension",
                ComprehensionKind::Dict => "dict comprehension",
                ComprehensionKind::Generator => "generator expression",
            };
            return Err(self.error_at(format!("'yield' inside {what}"), span));
        }
        Ok(())
    }

    fn raise_if_annotation_block(&self, what: &str, span: Span) -> Result {
        let msg = match self.cur_scope().kind {
            ScopeKind::Annotation => format!("{what} cannot be used within an annotation"),
            ScopeKind::TypeVarBound => format!("{what} cannot be used within a TypeVar bound"),
            ScopeKind::TypeAlias => format!("{what} cannot be used within a type alias"),
            ScopeKind::TypeParams => {
                format!("{what} cannot be used within the definition of a generic")
            }
            _ => return Ok(()),
        };
        Err(self.error_at(msg, span))
    }

    fn visit_named_expr(&mut self, n: &ast::NamedExpr<'_>) -> Result {
        self.raise_if_annotation_block("named expression", n.span)?;
        if self.extra[self.cur().index()].comp_iter_expr > 0 {
            return Err(self.error_at(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .to_owned(),
                n.span,
            ));
        }
        if self.cur_scope().comprehension().is_some() {
            if let Expr::Name(target) = &n.target {
                self.extend_named_expr_scope(target)?;
            }
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module
    /// (CPython's `symtable_extend_namedexpr_scope`).
    fn extend_named_expr_scope(&mut self, target: &ast::Name<'_>) -> Result {
        let name = target.id;
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.scopes[id.index()];
            if scope.comprehension().is_some() {
                let f = scope.flags_of(name);
                if f & DEF_COMP_ITER != 0 && f & DEF_LOCAL != 0 {
                    return Err(self.error_at(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        target.span,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags_of(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, target.span)?;
                    self.record_directive(name, target.span);
                    return self.add_def_in(id, name, DEF_LOCAL, target.span);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, target.span)?;
                    self.record_directive(name, target.span);
                    return self.add_def_in(id, name, DEF_GLOBAL, target.span);
                }
                ScopeKind::Class => {
                    return Err(self.error_at(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .to_owned(),
                        target.span,
                    ))
                }
                ScopeKind::TypeParams => {
                    return Err(self.error_at(
                        "assignment expression within a comprehension cannot be used within the definition of a generic"
                            .to_owned(),
                        target.span,
                    ))
                }
                ScopeKind::TypeAlias => {
                    return Err(self.error_at(
                        "assignment expression within a comprehension cannot be used in a type alias"
                            .to_owned(),
                        target.span,
                    ))
                }
                ScopeKind::TypeVarBound => {
                    return Err(self.error_at(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound"
                            .to_owned(),
                        target.span,
                    ))
                }
                ScopeKind::Annotation | ScopeKind::Comprehension(_) => {}
            }
        }
        Ok(())
    }

    /// A comprehension or generator expression (CPython's `symtable_handle_comprehension`).
    fn visit_comprehension(
        &mut self,
        key: usize,
        span: Span,
        kind: ComprehensionKind,
        generators: &[ast::Comprehension<'_>],
        elt: &Expr<'_>,
        value: Option<&Expr<'_>>,
    ) -> Result {
        if self.cur_scope().can_see_class_scope {
            return Err(self.error_at(
                "Cannot use comprehension in annotation scope within class scope".to_owned(),
                span,
            ));
        }
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur_extra().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur_extra().comp_iter_expr -= 1;
        r?;
        let name = match kind {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        };
        let id = self.enter_block(
            name,
            ScopeKind::Comprehension(kind),
            Some((key, KeyKind::Main)),
            Some(span),
        );
        if outermost.is_async {
            self.scopes[id.index()].is_coroutine = true;
        }
        // The outermost iterator arrives as the implicit parameter `.0`.
        self.add_def(".0", DEF_PARAM, span)?;
        self.cur_extra().comp_iter_target = true;
        let r = self.visit_expr(&outermost.target);
        self.cur_extra().comp_iter_target = false;
        r?;
        self.visit_exprs(outermost.ifs)?;
        for g in rest {
            self.cur_extra().comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.cur_extra().comp_iter_target = false;
            r?;
            self.cur_extra().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur_extra().comp_iter_expr -= 1;
            r?;
            self.visit_exprs(g.ifs)?;
            if g.is_async {
                self.cur_scope_mut().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        let scope = &mut self.scopes[id.index()];
        scope.is_generator = is_generator;
        let is_async = scope.is_coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur_scope_mut().is_coroutine = true;
        }
        Ok(())
    }

    // -----------------------------------------------------------------------------------------
    // Patterns
    // -----------------------------------------------------------------------------------------

    fn visit_pattern(&mut self, p: &Pattern<'_>) -> Result {
        self.enter_depth()?;
        let r = self.visit_pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn visit_patterns(&mut self, ps: &[Pattern<'_>]) -> Result {
        for p in ps {
            self.visit_pattern(p)?;
        }
        Ok(())
    }

    fn visit_pattern_inner(&mut self, p: &Pattern<'_>) -> Result {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => self.visit_patterns(s.patterns)?,
            Pattern::MatchStar(s) => {
                if let Some(name) = s.name {
                    self.add_def(name, DEF_LOCAL, s.span)?;
                }
            }
            Pattern::MatchMapping(m) => {
                self.visit_exprs(m.keys)?;
                self.visit_patterns(m.patterns)?;
                if let Some(rest) = m.rest {
                    self.add_def(rest, DEF_LOCAL, m.span)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                self.visit_patterns(c.patterns)?;
                self.visit_patterns(c.kwd_patterns)?;
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.visit_pattern(inner)?;
                }
                if let Some(name) = a.name {
                    self.add_def(name, DEF_LOCAL, a.span)?;
                }
            }
            Pattern::MatchOr(o) => self.visit_patterns(o.patterns)?,
        }
        Ok(())
    }
}

/// A `SyntaxError` at `span`, columns in UTF-8 bytes plus one, as CPython's symbol table
/// reports them.
pub(super) fn error_at(index: &LineIndex, msg: String, span: Span) -> SyntaxError {
    let (lineno, col) = index.line_col_bytes(span.start);
    let (end_lineno, end_col) = index.line_col_bytes(span.end);
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        lineno,
        offset: col + 1,
        end_lineno: Some(end_lineno),
        end_offset: Some(end_col + 1),
    }
}

/// The address of the node behind an expression (the key of scopes it opens).
fn expr_addr(e: &Expr<'_>) -> usize {
    match e {
        Expr::BoolOp(n) => addr(*n),
        Expr::NamedExpr(n) => addr(*n),
        Expr::BinOp(n) => addr(*n),
        Expr::UnaryOp(n) => addr(*n),
        Expr::Lambda(n) => addr(*n),
        Expr::IfExp(n) => addr(*n),
        Expr::Dict(n) => addr(*n),
        Expr::Set(n) => addr(*n),
        Expr::ListComp(n) | Expr::SetComp(n) | Expr::GeneratorExp(n) => addr(*n),
        Expr::DictComp(n) => addr(*n),
        Expr::Await(n) => addr(*n),
        Expr::Yield(n) => addr(*n),
        Expr::YieldFrom(n) => addr(*n),
        Expr::Compare(n) => addr(*n),
        Expr::Call(n) => addr(*n),
        Expr::FormattedValue(n) => addr(*n),
        Expr::JoinedStr(n) => addr(*n),
        Expr::Constant(n) => addr(*n),
        Expr::Attribute(n) => addr(*n),
        Expr::Subscript(n) => addr(*n),
        Expr::Starred(n) => addr(*n),
        Expr::Name(n) => addr(*n),
        Expr::List(n) => addr(*n),
        Expr::Tuple(n) => addr(*n),
        Expr::Slice(n) => addr(*n),
    }
}
