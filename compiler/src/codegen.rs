//! Code generation: one pass over the AST per code object, CPython's `compile.c` structure with
//! registers instead of a value stack.
//!
//! Registers of a frame: fixed ones first (locals in `varnames` order, then cells that are not
//! parameters, then free variables), then temporaries handed out like a stack (`mark`/`release`).
//! Expressions are compiled either *into* a given register (`expr_to`) or *anywhere*
//! (`expr_any`, which returns a local's own register when reading it is safe, so `a + b` on
//! locals is one instruction).
//!
//! `try`/`with` protection is kept as a stack of open ranges; leaving a protected block through
//! `return`/`break`/`continue` emits the cleanup code (finally bodies, `__exit__` calls) inline
//! with the ranges that would wrongly cover it suspended, as CPython's `compiler_unwind_fblock`.

use std::collections::HashMap;
use std::rc::Rc;

use pyvm_parser::ast::{self, Expr, Stmt};
use pyvm_parser::{LineIndex, SyntaxError, SyntaxErrorKind};

use crate::code::{BuildError, CodeBuilder, CodeObject, Constant, Label, Position};
use crate::instr::{Instr, Reg};
use crate::scope::{NameScope, ScopeInfo};
use crate::CompileError;

mod expr;
mod patterns;
#[cfg(test)]
mod tests;
mod unparse;
mod warnings;

type CResult<T> = Result<T, CompileError>;

pub(crate) fn const_value_pub(v: &ast::ConstantValue<'_>) -> Constant {
    const_value(v)
}

pub(crate) fn compile_mod(
    m: &ast::Mod<'_>,
    source: &str,
    filename: &str,
    warnings: &mut Vec<pyvm_parser::SyntaxWarning>,
) -> CResult<CodeObject> {
    let table = crate::symtable::SymbolTable::build(m, source, filename)?;
    let module_scope = ScopeInfo::from_symtable(table.module_scope());
    let mut c = Compiler {
        table: Some(table),
        source,
        filename: filename.into(),
        index: LineIndex::new(source),
        unit: Unit::new(UnitKind::Module, "<module>", filename, module_scope, 1),
        stack: Vec::new(),
        pos: Position::default(),
        future_annotations: false,
        saved_pos: Vec::new(),
        comp_span: ast::Span::default(),
        warnings: Vec::new(),
    };
    if let ast::Mod::Module(m) = m {
        c.future_annotations = has_future_annotations(m.body);
    }
    c.setup_registers();
    let body = (|| -> CResult<()> {
        match m {
            ast::Mod::Module(m) => c.module_body(m.body, false),
            ast::Mod::Interactive(m) => c.module_body(m.body, true),
            ast::Mod::Expression(e) => {
                c.set_span(e.body.span());
                let r = c.tmp()?;
                c.expr_to(&e.body, r)?;
                c.emit(Instr::Return { src: r });
                Ok(())
            }
            ast::Mod::FunctionType(_) => Err(c.syntax_error(
                "function type comments cannot be compiled",
                ast::Span::default(),
            )),
        }
    })();
    // Warnings met before an error are reported too, as CPython prints them as it goes.
    warnings.append(&mut c.warnings);
    body?;
    let unit = std::mem::replace(
        &mut c.unit,
        Unit::new(UnitKind::Module, "", filename, ScopeInfo::default(), 1),
    );
    c.finish(unit)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    GenExpr,
    /// The PEP 695 scope of a generic function, class or `type` alias.
    TypeParams,
}

/// How a name is read and written in the current unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameOp {
    /// A local living in a register.
    Fast(Reg),
    /// A cell (own cellvar or free variable) living in a register.
    Deref(Reg),
    Global,
    /// Dictionary lookup in the frame's locals (module and class bodies).
    Name,
}

/// A block that `return`/`break`/`continue` must clean up when leaving it.
#[derive(Clone, Copy)]
enum FBlock<'a> {
    Loop {
        cont: Label,
        brk: Label,
        plen: usize,
        /// The iterator register of a `for` loop (dropped when `return` leaves the loop).
        iter: Option<Reg>,
    },
    /// The body of a `try` with a `finally`.
    TryFinally {
        finalbody: &'a [Stmt<'a>],
        plen: usize,
    },
    /// An `except` body or the exceptional copy of a finally body: leaving it restores the
    /// handled exception (and clears the `as` name).
    Handler {
        saved: Reg,
        name: Option<&'a str>,
        plen: usize,
    },
    With {
        exit: Reg,
        plen: usize,
        is_async: bool,
    },
    /// An `except*` body: `break`/`continue`/`return` may not leave it.
    ExceptStar { plen: usize },
}

impl FBlock<'_> {
    fn plen(&self) -> usize {
        match *self {
            FBlock::Loop { plen, .. }
            | FBlock::TryFinally { plen, .. }
            | FBlock::Handler { plen, .. }
            | FBlock::With { plen, .. }
            | FBlock::ExceptStar { plen } => plen,
        }
    }
}

/// An open exception-table range.
struct Protect {
    handler: Label,
    exc: Reg,
    /// Start of the current segment; `None` while suspended.
    start: Option<usize>,
}

struct Unit<'a> {
    kind: UnitKind,
    b: CodeBuilder,
    scope: ScopeInfo,
    fast: HashMap<Rc<str>, Reg>,
    cells: HashMap<Rc<str>, Reg>,
    /// Iteration variables of inlined comprehensions, innermost last.
    /// (name, register, is a cell captured by a closure inside the comprehension)
    comp_vars: Vec<(Rc<str>, Reg, bool)>,
    nfixed: u16,
    next: u16,
    maxreg: u16,
    /// Per fixed register: definitely bound at this point of the code.
    bound: Vec<bool>,
    fblocks: Vec<FBlock<'a>>,
    protect: Vec<Protect>,
    /// (depth, start, end, handler, exc register)
    entries: Vec<(usize, usize, usize, Label, Reg)>,
    qualname: String,
    interactive: bool,
    firstlineno: u32,
    /// End labels of the enclosing `try` statements being compiled.
    try_ends: Vec<Label>,
    /// Registers that held loop iterators so far (see `drop_loop_iters`).
    loop_iters: Vec<Reg>,
    /// The innermost enclosing class name, for private-name mangling.
    private: Option<Rc<str>>,
    /// Scopes of the inlined comprehensions being compiled (innermost last).
    comp_scopes: Vec<Option<ScopeInfo>>,
    /// For a type-parameter unit: the qualified name of the generic function/class it wraps.
    owner_qualname: Option<String>,
    /// An `async def` body (or a comprehension/genexp function made async): `await` and async
    /// comprehensions are allowed.
    async_def: bool,
}

impl<'a> Unit<'a> {
    fn new(kind: UnitKind, name: &str, filename: &str, scope: ScopeInfo, firstlineno: u32) -> Self {
        Unit {
            kind,
            b: CodeBuilder::new(name, filename).firstlineno(firstlineno),
            scope,
            fast: HashMap::new(),
            cells: HashMap::new(),
            comp_vars: Vec::new(),
            nfixed: 0,
            next: 0,
            maxreg: 0,
            bound: Vec::new(),
            fblocks: Vec::new(),
            protect: Vec::new(),
            entries: Vec::new(),
            qualname: name.to_string(),
            interactive: false,
            firstlineno,
            try_ends: Vec::new(),
            loop_iters: Vec::new(),
            private: None,
            comp_scopes: Vec::new(),
            owner_qualname: None,
            async_def: false,
        }
    }
}

struct Compiler<'s, 'a> {
    /// The symbol table (CPython's scoping rules).
    table: Option<crate::symtable::SymbolTable>,
    source: &'s str,
    filename: Rc<str>,
    index: LineIndex,
    unit: Unit<'a>,
    stack: Vec<Unit<'a>>,
    pos: Position,
    /// `from __future__ import annotations`: annotations are kept as strings.
    future_annotations: bool,
    /// Source positions of the enclosing units, restored when a nested unit ends.
    saved_pos: Vec<Position>,
    /// Span of the comprehension being compiled (for its error messages).
    comp_span: ast::Span,
    /// `SyntaxWarning`s of the code generator, in the order CPython emits them.
    warnings: Vec<pyvm_parser::SyntaxWarning>,
}

fn binop_instr(op: ast::Operator, inplace: bool, dst: Reg, a: Reg, b: Reg) -> Instr {
    use ast::Operator as O;
    if inplace {
        match op {
            O::Add => Instr::InplaceAdd { dst, a, b },
            O::Sub => Instr::InplaceSub { dst, a, b },
            O::Mult => Instr::InplaceMul { dst, a, b },
            O::MatMult => Instr::InplaceMatMul { dst, a, b },
            O::Div => Instr::InplaceTrueDiv { dst, a, b },
            O::Mod => Instr::InplaceMod { dst, a, b },
            O::Pow => Instr::InplacePow { dst, a, b },
            O::LShift => Instr::InplaceLShift { dst, a, b },
            O::RShift => Instr::InplaceRShift { dst, a, b },
            O::BitOr => Instr::InplaceBitOr { dst, a, b },
            O::BitXor => Instr::InplaceBitXor { dst, a, b },
            O::BitAnd => Instr::InplaceBitAnd { dst, a, b },
            O::FloorDiv => Instr::InplaceFloorDiv { dst, a, b },
        }
    } else {
        match op {
            O::Add => Instr::Add { dst, a, b },
            O::Sub => Instr::Sub { dst, a, b },
            O::Mult => Instr::Mul { dst, a, b },
            O::MatMult => Instr::MatMul { dst, a, b },
            O::Div => Instr::TrueDiv { dst, a, b },
            O::Mod => Instr::Mod { dst, a, b },
            O::Pow => Instr::Pow { dst, a, b },
            O::LShift => Instr::LShift { dst, a, b },
            O::RShift => Instr::RShift { dst, a, b },
            O::BitOr => Instr::BitOr { dst, a, b },
            O::BitXor => Instr::BitXor { dst, a, b },
            O::BitAnd => Instr::BitAnd { dst, a, b },
            O::FloorDiv => Instr::FloorDiv { dst, a, b },
        }
    }
}

fn cmp_instr(op: ast::CmpOp, dst: Reg, a: Reg, b: Reg) -> Instr {
    use ast::CmpOp as C;
    match op {
        C::Eq => Instr::Eq { dst, a, b },
        C::NotEq => Instr::Ne { dst, a, b },
        C::Lt => Instr::Lt { dst, a, b },
        C::LtE => Instr::Le { dst, a, b },
        C::Gt => Instr::Gt { dst, a, b },
        C::GtE => Instr::Ge { dst, a, b },
        C::Is => Instr::Is { dst, a, b },
        C::IsNot => Instr::IsNot { dst, a, b },
        C::In => Instr::In { dst, a, b },
        C::NotIn => Instr::NotIn { dst, a, b },
    }
}

/// The fused compare-and-branch form: jumps when the comparison is false.
fn jump_if_not_instr(op: ast::CmpOp, a: Reg, b: Reg) -> Option<Instr> {
    use ast::CmpOp as C;
    Some(match op {
        C::Eq => Instr::JumpIfNotEq { a, b },
        C::NotEq => Instr::JumpIfNotNe { a, b },
        C::Lt => Instr::JumpIfNotLt { a, b },
        C::LtE => Instr::JumpIfNotLe { a, b },
        C::Gt => Instr::JumpIfNotGt { a, b },
        C::GtE => Instr::JumpIfNotGe { a, b },
        _ => return None,
    })
}

/// Whether evaluating `e` may rebind a local (an assignment expression), which makes reading a
/// local's register in place before it unsafe.
fn may_rebind(e: &Expr<'_>) -> bool {
    use ast::Expr as E;
    match e {
        E::Name(_) | E::Constant(_) | E::Lambda(_) => false,
        E::NamedExpr(_) => true,
        E::Attribute(a) => may_rebind(&a.value),
        E::BinOp(b) => may_rebind(&b.left) || may_rebind(&b.right),
        E::UnaryOp(u) => may_rebind(&u.operand),
        E::Subscript(s) => may_rebind(&s.value) || may_rebind(&s.slice),
        E::Call(c) => {
            may_rebind(&c.func)
                || c.args.iter().any(may_rebind)
                || c.keywords.iter().any(|k| may_rebind(&k.value))
        }
        E::Compare(c) => may_rebind(&c.left) || c.comparators.iter().any(may_rebind),
        E::Tuple(t) => t.elts.iter().any(may_rebind),
        E::List(t) => t.elts.iter().any(may_rebind),
        E::Starred(s) => may_rebind(&s.value),
        E::Slice(s) => {
            s.lower.iter().any(may_rebind)
                || s.upper.iter().any(may_rebind)
                || s.step.iter().any(may_rebind)
        }
        // Anything else: be conservative.
        _ => true,
    }
}

fn is_docstring(body: &[Stmt<'_>]) -> Option<Constant> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::Constant(c) = e.value {
            if let ast::ConstantValue::Str(s) = c.value {
                return Some(str_constant(s));
            }
        }
    }
    None
}

fn str_constant(s: ast::StrValue<'_>) -> Constant {
    match s.as_str() {
        Some(t) => Constant::Str(t.into()),
        None => Constant::StrCodePoints(s.code_points().collect()),
    }
}

fn bigint_decimal(digits: &str, radix: u32) -> Option<Box<str>> {
    let n = num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(n.to_string().into())
}

fn const_value(v: &ast::ConstantValue<'_>) -> Constant {
    use ast::ConstantValue as V;
    match v {
        V::None => Constant::None,
        V::Bool(b) => Constant::Bool(*b),
        V::Ellipsis => Constant::Ellipsis,
        V::Int(ast::IntValue::Small(i)) => Constant::Int(*i),
        V::Int(ast::IntValue::Big { digits, radix }) => match bigint_decimal(digits, *radix) {
            Some(d) => Constant::BigInt(d),
            None => Constant::Int(0),
        },
        V::Float(f) => Constant::Float(*f),
        V::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        V::Str(s) => str_constant(*s),
        V::Bytes(b) => Constant::Bytes((*b).into()),
    }
}

impl<'s, 'a> Compiler<'s, 'a> {
    // ------------------------------------------------------------------------------------------
    // Infrastructure
    // ------------------------------------------------------------------------------------------

    fn position(&self, span: ast::Span) -> Position {
        let (line, col) = self.index.line_col_bytes(span.start);
        let (end_line, end_col) = self.index.line_col_bytes(span.end.max(span.start));
        Position {
            line: Some(line),
            end_line: Some(end_line),
            col: Some(col),
            end_col: Some(end_col),
        }
    }

    fn set_span(&mut self, span: ast::Span) -> Position {
        let old = self.pos;
        self.pos = self.position(span);
        old
    }

    fn line(&self) -> u32 {
        self.pos.line.unwrap_or(1)
    }

    fn syntax_error(&self, msg: &str, span: ast::Span) -> CompileError {
        // CPython's compiler reports `col_offset + 1` without converting it: a UTF-8 byte
        // offset (as the symbol table does).
        let (lineno, col) = self.index.line_col_bytes(span.start);
        let (end_lineno, end_col) = self.index.line_col_bytes(span.end);
        CompileError::Syntax(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.to_string(),
            lineno,
            offset: col + 1,
            end_lineno: Some(end_lineno),
            end_offset: Some(end_col + 1),
        })
    }

    /// CPython's `forbidden_name`: `__debug__` cannot be bound or deleted.
    fn check_forbidden(&self, name: &str, span: ast::Span, delete: bool) -> CResult<()> {
        if name == "__debug__" {
            return Err(self.syntax_error(
                if delete {
                    "cannot delete __debug__"
                } else {
                    "cannot assign to __debug__"
                },
                span,
            ));
        }
        Ok(())
    }

    fn too_large(&self, what: &'static str) -> CompileError {
        CompileError::TooLarge {
            what,
            lineno: self.line(),
        }
    }

    fn emit(&mut self, i: Instr) -> usize {
        let pos = self.pos;
        self.unit.b.emit_at(i, pos)
    }

    fn emit_jump(&mut self, i: Instr, l: Label) {
        let pos = self.pos;
        let at = self.unit.b.emit_at(i, pos);
        self.unit.b.fixup(at, l);
    }

    fn jump(&mut self, l: Label) {
        self.emit_jump(Instr::Jump { target: 0 }, l);
    }

    fn label(&mut self) -> Label {
        self.unit.b.label()
    }

    fn bind(&mut self, l: Label) {
        self.unit.b.bind(l);
    }

    fn here(&self) -> usize {
        self.unit.b.here()
    }

    fn konst(&mut self, c: Constant) -> CResult<u16> {
        let i = self.unit.b.constant(c);
        if self.unit.b.constants_len() > usize::from(u16::MAX) + 1 {
            return Err(self.too_large("constants"));
        }
        Ok(i)
    }

    fn name_idx(&mut self, n: &str) -> CResult<u16> {
        let i = self.unit.b.name(n);
        if self.unit.b.names_len() > usize::from(u16::MAX) + 1 {
            return Err(self.too_large("names"));
        }
        Ok(i)
    }

    /// A name index for a `u8` name operand, emitting an `Extended` prefix when needed.
    fn name8(&mut self, n: &str) -> CResult<u8> {
        let i = self.name_idx(n)?;
        if i > 0xff {
            self.emit(Instr::Extended { arg: i >> 8 });
        }
        Ok((i & 0xff) as u8)
    }

    fn tmp(&mut self) -> CResult<Reg> {
        self.tmps(1)
    }

    /// `n` consecutive fresh temporaries; returns the first.
    fn tmps(&mut self, n: u16) -> CResult<Reg> {
        let first = self.unit.next;
        let end = first.saturating_add(n);
        if end > 256 || first > 255 {
            return Err(self.too_large("registers"));
        }
        self.unit.next = end;
        self.unit.maxreg = self.unit.maxreg.max(end);
        Ok(first as Reg)
    }

    fn mark(&self) -> u16 {
        self.unit.next
    }

    fn release(&mut self, m: u16) {
        self.unit.next = m;
    }

    /// Empties the free temporaries that earlier statements used: a register VM keeps the
    /// last value of a temporary alive until it is reused, where CPython's stack has long
    /// dropped it. Emitted where a program releases an object on purpose (`del x`,
    /// `x = None`), so `__del__` and weak-reference callbacks run there, as in CPython.
    fn clear_stale_temps(&mut self) {
        for r in self.unit.next..self.unit.maxreg.min(256) {
            self.emit(Instr::DeleteFast { reg: r as Reg });
        }
    }

    fn load_const(&mut self, c: Constant, dst: Reg) -> CResult<()> {
        match c {
            Constant::None => {
                self.emit(Instr::LoadNone { dst });
            }
            Constant::Bool(true) => {
                self.emit(Instr::LoadTrue { dst });
            }
            Constant::Bool(false) => {
                self.emit(Instr::LoadFalse { dst });
            }
            Constant::Int(i) if i16::try_from(i).is_ok() => {
                self.emit(Instr::LoadInt { dst, val: i as i16 });
            }
            c => {
                let idx = self.konst(c)?;
                self.emit(Instr::LoadConst { dst, idx });
            }
        }
        Ok(())
    }

    fn finish(&mut self, mut unit: Unit<'a>) -> CResult<CodeObject> {
        // Exception entries: inner (deeper) ranges first, as the VM takes the first match.
        unit.entries.sort_by_key(|e| std::cmp::Reverse(e.0));
        for &(_, s, e, h, r) in &unit.entries {
            if s < e {
                unit.b.handler_at(s, e, h, r);
            }
        }
        let mut code = unit.b.build().map_err(|e| match e {
            BuildError::UnboundLabel => CompileError::TooLarge {
                what: "internal label",
                lineno: unit.firstlineno,
            },
            BuildError::TooLarge(what) => CompileError::TooLarge {
                what,
                lineno: unit.firstlineno,
            },
        })?;
        code.nregisters = unit.maxreg.max(unit.nfixed);
        code.qualname = unit.qualname.as_str().into();
        code.varnames = unit.scope.varnames.iter().cloned().collect();
        code.cellvars = unit.scope.cellvars.iter().cloned().collect();
        code.freevars = unit.scope.freevars.iter().cloned().collect();
        Ok(code)
    }

    // ------------------------------------------------------------------------------------------
    // Units
    // ------------------------------------------------------------------------------------------

    fn module_body(&mut self, body: &'a [Stmt<'a>], interactive: bool) -> CResult<()> {
        self.unit.interactive = interactive;
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Some(doc) = is_docstring(body) {
                if !interactive {
                    self.set_span(e.span);
                    let r = self.tmp()?;
                    self.load_const(doc, r)?;
                    let n = self.name_idx("__doc__")?;
                    self.emit(Instr::StoreName { src: r, name: n });
                    self.release(0);
                    return self.module_rest(body.get(1..).unwrap_or(&[]));
                }
            }
        }
        if has_annotations(body) {
            if let Some(first) = body.first() {
                self.set_span(first.span());
            }
            self.emit(Instr::SetupAnnotations);
        }
        self.module_rest(body)
    }

    fn module_rest(&mut self, body: &'a [Stmt<'a>]) -> CResult<()> {
        if has_annotations(body) && !self.unit.b.has_setup_annotations() {
            if let Some(first) = body.first() {
                self.set_span(first.span());
            }
            self.emit(Instr::SetupAnnotations);
        }
        self.stmts(body)?;
        let r = self.tmp()?;
        self.emit(Instr::LoadNone { dst: r });
        self.emit(Instr::Return { src: r });
        Ok(())
    }

    /// Starts a new unit (function/class/lambda/genexp body), saving the current one.
    fn push_unit(&mut self, kind: UnitKind, name: &str, scope: ScopeInfo, firstlineno: u32) {
        self.saved_pos.push(self.pos);
        let qualname = self.child_qualname(name, kind);
        let mut u = Unit::new(kind, name, &self.filename.clone(), scope, firstlineno);
        u.qualname = qualname;
        u.private = if kind == UnitKind::Class {
            Some(name.into())
        } else {
            self.unit.private.clone()
        };
        let parent = std::mem::replace(&mut self.unit, u);
        self.stack.push(parent);
        self.setup_registers();
    }

    fn pop_unit(&mut self) -> CResult<CodeObject> {
        let parent = self.stack.pop();
        if let Some(p) = self.saved_pos.pop() {
            self.pos = p;
        }
        match parent {
            Some(p) => {
                let unit = std::mem::replace(&mut self.unit, p);
                self.finish(unit)
            }
            None => Err(self.too_large("unit stack")),
        }
    }

    fn child_qualname(&self, name: &str, kind: UnitKind) -> String {
        let _ = kind;
        match self.unit.kind {
            UnitKind::Module => name.to_string(),
            UnitKind::TypeParams => self
                .unit
                .owner_qualname
                .clone()
                .unwrap_or_else(|| name.to_string()),
            UnitKind::Function | UnitKind::Lambda | UnitKind::GenExpr => {
                // `global` declared names are top-level qualnames, as CPython.
                if self.unit.scope.lookup(name) == Some(NameScope::GlobalExplicit) {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", self.unit.qualname, name)
                }
            }
            UnitKind::Class => {
                if self.unit.scope.lookup(name) == Some(NameScope::GlobalExplicit) {
                    name.to_string()
                } else {
                    format!("{}.{}", self.unit.qualname, name)
                }
            }
        }
    }

    /// Assigns registers to locals, cells and free variables of the current unit.
    fn setup_registers(&mut self) {
        let optimized = matches!(
            self.unit.kind,
            UnitKind::Function | UnitKind::Lambda | UnitKind::GenExpr | UnitKind::TypeParams
        );
        let mut n: u16 = 0;
        if optimized {
            for v in &self.unit.scope.varnames {
                self.unit.fast.insert(v.clone(), n as Reg);
                n += 1;
            }
        }
        for c in &self.unit.scope.cellvars {
            if let Some(&r) = self.unit.fast.get(c) {
                self.unit.cells.insert(c.clone(), r);
            } else {
                self.unit.cells.insert(c.clone(), n.min(255) as Reg);
                n += 1;
            }
        }
        for f in &self.unit.scope.freevars {
            self.unit.cells.insert(f.clone(), n.min(255) as Reg);
            n += 1;
        }
        self.unit.nfixed = n;
        self.unit.next = n;
        self.unit.maxreg = n;
        self.unit.bound = vec![false; usize::from(n)];
    }

    /// `name` with private-name mangling applied (`__x` in class `C` is `_C__x`).
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        match &self.unit.private {
            Some(p) if name.starts_with("__") => {
                std::borrow::Cow::Owned(crate::symtable::mangle(Some(p), name))
            }
            _ => std::borrow::Cow::Borrowed(name),
        }
    }

    fn name_op(&self, name: &str) -> NameOp {
        let name = &*self.mangle(name);
        for (n, r, cell) in self.unit.comp_vars.iter().rev() {
            if **n == *name {
                return if *cell {
                    NameOp::Deref(*r)
                } else {
                    NameOp::Fast(*r)
                };
            }
        }
        // Inside a comprehension inlined into a class body, names resolve as the
        // comprehension's own scope says (class variables are not visible).
        if self.unit.kind == UnitKind::Class {
            if let Some(Some(cs)) = self.unit.comp_scopes.last() {
                match cs.lookup(name) {
                    Some(NameScope::GlobalImplicit | NameScope::GlobalExplicit) => {
                        return NameOp::Global
                    }
                    Some(NameScope::Free | NameScope::Cell) => {
                        if let Some(&r) = self.unit.cells.get(name) {
                            return NameOp::Deref(r);
                        }
                    }
                    _ => {}
                }
            }
        }
        let sc = self.unit.scope.lookup(name);
        match self.unit.kind {
            UnitKind::Module => match sc {
                Some(NameScope::Free) | Some(NameScope::Cell) => match self.unit.cells.get(name) {
                    Some(&r) => NameOp::Deref(r),
                    None => NameOp::Name,
                },
                Some(NameScope::GlobalExplicit) => NameOp::Global,
                _ => NameOp::Name,
            },
            UnitKind::Class => match sc {
                Some(NameScope::GlobalExplicit) => NameOp::Global,
                Some(NameScope::Cell) | Some(NameScope::Free) => match self.unit.cells.get(name) {
                    Some(&r) => NameOp::Deref(r),
                    None => NameOp::Name,
                },
                _ => NameOp::Name,
            },
            _ => match sc {
                Some(NameScope::Local) => match self.unit.fast.get(name) {
                    Some(&r) => NameOp::Fast(r),
                    None => NameOp::Global,
                },
                Some(NameScope::Cell) | Some(NameScope::Free) => match self.unit.cells.get(name) {
                    Some(&r) => NameOp::Deref(r),
                    None => NameOp::Global,
                },
                _ => NameOp::Global,
            },
        }
    }

    /// Marks as possibly unbound the locals that `body` (a loop body) deletes, so that reads
    /// at the top of the next iteration are checked.
    fn unbind_deleted(&mut self, body: &[Stmt<'_>]) {
        let mut names = Vec::new();
        deleted_names(body, &mut names);
        for n in names {
            if let NameOp::Fast(r) = self.name_op(n) {
                self.set_bound(r, false);
            }
        }
    }

    fn is_bound(&self, r: Reg) -> bool {
        self.unit.bound.get(usize::from(r)).copied().unwrap_or(true)
    }

    fn set_bound(&mut self, r: Reg, v: bool) {
        if let Some(b) = self.unit.bound.get_mut(usize::from(r)) {
            *b = v;
        }
    }

    fn bound_snapshot(&self) -> Vec<bool> {
        self.unit.bound.clone()
    }

    fn bound_restore(&mut self, s: Vec<bool>) {
        self.unit.bound = s;
    }

    /// Keeps only the locals bound in both the current state and `other` (a control-flow join).
    fn bound_meet(&mut self, other: &[bool]) {
        for (b, o) in self.unit.bound.iter_mut().zip(other) {
            *b = *b && *o;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Exception-table ranges
    // ------------------------------------------------------------------------------------------

    fn push_protect(&mut self, handler: Label, exc: Reg) {
        let here = self.here();
        self.unit.protect.push(Protect {
            handler,
            exc,
            start: Some(here),
        });
    }

    fn close_segment(&mut self, i: usize) {
        let here = self.here();
        let depth = i;
        if let Some(p) = self.unit.protect.get_mut(i) {
            if let Some(s) = p.start.take() {
                self.unit.entries.push((depth, s, here, p.handler, p.exc));
            }
        }
    }

    fn pop_protect(&mut self) {
        let i = self.unit.protect.len().saturating_sub(1);
        self.close_segment(i);
        self.unit.protect.pop();
    }

    /// Suspends every open range at index `from` and above; returns which were open.
    fn suspend_from(&mut self, from: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for i in from..self.unit.protect.len() {
            if self.unit.protect.get(i).is_some_and(|p| p.start.is_some()) {
                self.close_segment(i);
                out.push(i);
            }
        }
        out
    }

    fn resume(&mut self, which: &[usize]) {
        let here = self.here();
        for &i in which {
            if let Some(p) = self.unit.protect.get_mut(i) {
                p.start = Some(here);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Statements
    // ------------------------------------------------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt<'a>]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt<'a>) -> CResult<()> {
        self.set_span(s.span());
        let m = self.mark();
        let r = self.stmt_inner(s);
        self.release(m);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt<'a>) -> CResult<()> {
        match s {
            Stmt::Expr(e) => {
                if self.unit.interactive && self.stack.is_empty() {
                    let r = self.expr_any(&e.value)?;
                    self.emit(Instr::PrintExpr { src: r });
                    return Ok(());
                }
                if let Expr::Constant(_) = e.value {
                    // A bare constant (docstring-like) does nothing, as CPython removes it.
                    self.emit(Instr::Nop);
                    return Ok(());
                }
                let named = matches!(&e.value, Expr::Name(n)
                    if matches!(self.name_op(n.id), NameOp::Fast(_)));
                let r = self.expr_any(&e.value)?;
                if !named {
                    // Release the discarded value now, as CPython's POP_TOP does: it may be
                    // the last reference to an object whose `__del__` must run here.
                    self.emit(Instr::LoadNone { dst: r });
                }
                Ok(())
            }
            Stmt::Pass(_) => {
                self.emit(Instr::Nop);
                Ok(())
            }
            Stmt::Assign(a) => self.assign(a),
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::Break(sp) => self.break_continue(true, **sp),
            Stmt::Continue(sp) => self.break_continue(false, **sp),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => {
                self.clear_stale_temps();
                for t in d.targets {
                    self.delete(t)?;
                }
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Raise(r) => self.raise_stmt(r),
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(a) => self.assert_stmt(a),
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::TypeAlias(t) => self.type_alias(t),
        }
    }

    fn assign(&mut self, a: &'a ast::Assign<'a>) -> CResult<()> {
        // `x = None` releases an object on purpose: empty stale temporaries first, so the
        // object's last reference is the one this store drops.
        let is_none =
            matches!(a.value, Expr::Constant(c) if matches!(c.value, ast::ConstantValue::None));
        // `x = value` into a local's register directly.
        if let [Expr::Name(n)] = a.targets {
            self.check_forbidden(n.id, n.span, false)?;
            if let NameOp::Fast(r) = self.name_op(n.id) {
                if is_none {
                    self.clear_stale_temps();
                }
                self.expr_to(&a.value, r)?;
                self.set_bound(r, true);
                return Ok(());
            }
        }
        // Tuple-to-tuple swaps and the like: evaluate everything first (CPython semantics).
        if is_none {
            self.clear_stale_temps();
        }
        let v = self.expr_any_tmp(&a.value)?;
        for t in a.targets {
            self.store(t, v)?;
        }
        // A fresh object stored in a namespace must not stay alive in the temporary too:
        // `a = A(); del a` finalises the object at the `del`, as in CPython.
        if matches!(
            a.value,
            Expr::Call(_)
                | Expr::Await(_)
                | Expr::List(_)
                | Expr::Dict(_)
                | Expr::Set(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::GeneratorExp(_)
                | Expr::Attribute(_)
                | Expr::Subscript(_)
        ) && a
            .targets
            .iter()
            .any(|t| !matches!(t, Expr::Tuple(_) | Expr::List(_)))
        {
            self.emit(Instr::DeleteFast { reg: v });
        }
        Ok(())
    }

    /// Like `expr_any`, but the value is guaranteed not to be a local's register (so that later
    /// stores to locals cannot change it).
    fn expr_any_tmp(&mut self, e: &'a Expr<'a>) -> CResult<Reg> {
        let r = self.tmp()?;
        self.expr_to(e, r)?;
        Ok(r)
    }

    fn store_name(&mut self, name: &str, src: Reg) -> CResult<()> {
        let name = &*self.mangle(name).into_owned();
        match self.name_op(name) {
            NameOp::Fast(r) => {
                if r != src {
                    self.emit(Instr::Move { dst: r, src });
                }
                self.set_bound(r, true);
            }
            NameOp::Deref(cell) => {
                self.emit(Instr::StoreDeref { cell, src });
            }
            NameOp::Global => {
                let n = self.name_idx(name)?;
                self.emit(Instr::StoreGlobal { src, name: n });
            }
            NameOp::Name => {
                let n = self.name_idx(name)?;
                self.emit(Instr::StoreName { src, name: n });
            }
        }
        Ok(())
    }

    /// Stores `R[src]` into an assignment target.
    fn store(&mut self, t: &'a Expr<'a>, src: Reg) -> CResult<()> {
        let old = self.set_span(t.span());
        let m = self.mark();
        match t {
            Expr::Name(n) => {
                self.check_forbidden(n.id, n.span, false)?;
                self.store_name(n.id, src)?
            }
            Expr::Attribute(a) => {
                self.check_forbidden(a.attr, a.span, false)?;
                let obj = self.expr_any(&a.value)?;
                self.set_span(a.span);
                let name = self.name8(&self.mangle(a.attr))?;
                self.emit(Instr::StoreAttr { obj, name, src });
            }
            Expr::Subscript(s) => {
                let obj = self.expr_any_before(&s.value, &[s.slice])?;
                let key = self.slice_any(&s.slice)?;
                self.set_span(s.span);
                self.emit(Instr::StoreSubscript { obj, key, src });
            }
            Expr::Tuple(ast::Tuple { elts, .. }) | Expr::List(ast::List { elts, .. }) => {
                self.unpack_store(elts, src, t.span())?;
            }
            Expr::Starred(s) => {
                return Err(self.syntax_error(
                    "starred assignment target must be in a list or tuple",
                    s.span,
                ));
            }
            _ => return Err(self.syntax_error("cannot assign to expression", t.span())),
        }
        self.release(m);
        self.pos = old;
        Ok(())
    }

    fn unpack_store(&mut self, elts: &'a [Expr<'a>], src: Reg, span: ast::Span) -> CResult<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        let n = u16::try_from(elts.len()).map_err(|_| self.too_large("unpack"))?;
        let first = self.tmps(n.max(1))?;
        match star {
            None => {
                let n8 = u8::try_from(n).map_err(|_| self.too_large("unpack"))?;
                self.emit(Instr::Unpack { first, n: n8, src });
            }
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(
                        self.syntax_error("multiple starred expressions in assignment", span)
                    );
                }
                let before = u8::try_from(i).map_err(|_| self.too_large("unpack"))?;
                let after =
                    u8::try_from(elts.len() - i - 1).map_err(|_| self.too_large("unpack"))?;
                if first != src {
                    self.emit(Instr::Move { dst: first, src });
                }
                self.emit(Instr::UnpackEx {
                    reg: first,
                    before,
                    after,
                });
            }
        }
        for (k, e) in elts.iter().enumerate() {
            let r = first + k as u8;
            match e {
                Expr::Starred(s) => self.store(&s.value, r)?,
                _ => self.store(e, r)?,
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr<'a>) -> CResult<()> {
        self.set_span(t.span());
        if let Expr::Name(n) = t {
            self.check_forbidden(n.id, n.span, true)?;
        }
        match t {
            Expr::Name(n) => match self.name_op(n.id) {
                NameOp::Fast(r) => {
                    let idx = self.varname_index(n.id);
                    let _ = &n;
                    self.emit(Instr::CheckBound { reg: r, name: idx });
                    self.emit(Instr::DeleteFast { reg: r });
                    self.set_bound(r, false);
                }
                NameOp::Deref(cell) => {
                    self.emit(Instr::DeleteDeref { cell });
                }
                NameOp::Global => {
                    let name = self.name_idx(&self.mangle(n.id))?;
                    self.emit(Instr::DeleteGlobal { name });
                }
                NameOp::Name => {
                    let name = self.name_idx(&self.mangle(n.id))?;
                    self.emit(Instr::DeleteName { name });
                }
            },
            Expr::Attribute(a) => {
                let obj = self.expr_any(&a.value)?;
                self.set_span(a.span);
                let name = self.name_idx(&self.mangle(a.attr))?;
                self.emit(Instr::DeleteAttr { obj, name });
            }
            Expr::Subscript(s) => {
                let obj = self.expr_any_before(&s.value, &[s.slice])?;
                let key = self.slice_any(&s.slice)?;
                self.set_span(s.span);
                self.emit(Instr::DeleteSubscript { obj, key });
            }
            Expr::Tuple(ast::Tuple { elts, .. }) | Expr::List(ast::List { elts, .. }) => {
                for e in *elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(self.syntax_error("cannot delete expression", t.span())),
        }
        Ok(())
    }

    fn varname_index(&self, name: &str) -> u16 {
        let name = &*self.mangle(name);
        self.unit
            .scope
            .varnames
            .iter()
            .position(|v| &**v == name)
            .map_or(0, |i| i as u16)
    }

    fn aug_assign(&mut self, a: &'a ast::AugAssign<'a>) -> CResult<()> {
        match a.target {
            Expr::Name(n) => {
                self.check_forbidden(n.id, n.span, false)?;
                let cur = self.load_name_any(n.id, n.span)?;
                let v = self.expr_any(&a.value)?;
                self.set_span(a.span);
                match self.name_op(n.id) {
                    NameOp::Fast(r) => {
                        self.emit(binop_instr(a.op, true, r, cur, v));
                    }
                    _ => {
                        let dst = self.tmp()?;
                        self.emit(binop_instr(a.op, true, dst, cur, v));
                        self.store_name(n.id, dst)?;
                    }
                }
            }
            Expr::Attribute(at) => {
                let obj = self.expr_any(&at.value)?;
                let cur = self.tmp()?;
                self.set_span(at.span);
                let name = self.name8(&self.mangle(at.attr))?;
                self.emit(Instr::LoadAttr {
                    dst: cur,
                    obj,
                    name,
                });
                let v = self.expr_any(&a.value)?;
                self.set_span(a.span);
                self.emit(binop_instr(a.op, true, cur, cur, v));
                self.set_span(at.span);
                let name = self.name8(&self.mangle(at.attr))?;
                self.emit(Instr::StoreAttr {
                    obj,
                    name,
                    src: cur,
                });
            }
            Expr::Subscript(s) => {
                let obj = self.expr_any_before(&s.value, &[s.slice, a.value])?;
                let key = self.slice_any(&s.slice)?;
                let key = self.pin(key, &[a.value])?;
                let cur = self.tmp()?;
                self.set_span(s.span);
                self.emit(Instr::Subscript { dst: cur, obj, key });
                let v = self.expr_any(&a.value)?;
                self.set_span(a.span);
                self.emit(binop_instr(a.op, true, cur, cur, v));
                self.set_span(s.span);
                self.emit(Instr::StoreSubscript { obj, key, src: cur });
            }
            _ => {
                return Err(self.syntax_error("illegal expression for augmented assignment", a.span))
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::AnnAssign<'a>) -> CResult<()> {
        if let Expr::Name(n) = a.target {
            self.check_forbidden(n.id, n.span, false)?;
        }
        if let Some(v) = &a.value {
            let r = self.expr_any_tmp(v)?;
            self.store(&a.target, r)?;
        }
        let at_module_or_class = matches!(self.unit.kind, UnitKind::Module | UnitKind::Class);
        match a.target {
            Expr::Name(n) if a.simple && at_module_or_class => {
                // __annotations__[name] = annotation
                // With `from __future__ import annotations` the annotation is kept as text.
                let ann = if self.future_annotations {
                    let r = self.tmp()?;
                    let text = self.annotation_text(&a.annotation);
                    self.load_const(Constant::Str(text.into()), r)?;
                    r
                } else {
                    self.expr_any_tmp(&a.annotation)?
                };
                let d = self.tmp()?;
                let nm = self.name_idx("__annotations__")?;
                self.emit(Instr::LoadName { dst: d, name: nm });
                let k = self.tmp()?;
                self.load_const(Constant::Str(n.id.into()), k)?;
                self.emit(Instr::StoreSubscript {
                    obj: d,
                    key: k,
                    src: ann,
                });
            }
            // `obj.attr: T` / `obj[k]: T` without a value still evaluate obj (and k).
            Expr::Attribute(at) if a.value.is_none() => {
                self.expr_any(&at.value)?;
            }
            Expr::Subscript(s) if a.value.is_none() => {
                self.expr_any(&s.value)?;
                self.slice_any(&s.slice)?;
            }
            _ => {}
        }
        // The annotation of a complex target is evaluated (and dropped) in module and class
        // bodies, last (CPython's `check_annotation`).
        if !a.simple && at_module_or_class && !self.future_annotations {
            self.expr_any(&a.annotation)?;
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::If<'a>) -> CResult<()> {
        let end = self.label();
        let orelse = self.label();
        self.jump_if(&i.test, false, orelse)?;
        let before = self.bound_snapshot();
        self.stmts(i.body)?;
        if !i.orelse.is_empty() {
            let after_body = std::mem::replace(&mut self.unit.bound, before);
            self.jump(end);
            self.bind(orelse);
            self.stmts(i.orelse)?;
            self.bound_meet(&after_body);
        } else {
            self.bound_meet(&before);
            self.bind(orelse);
        }
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::While<'a>) -> CResult<()> {
        let top = self.label();
        let brk = self.label();
        let orelse = self.label();
        self.unbind_deleted(w.body);
        let before = self.bound_snapshot();
        self.bind(top);
        let always = is_true_constant(&w.test);
        if !always {
            self.jump_if(&w.test, false, orelse)?;
        }
        let plen = self.unit.protect.len();
        self.unit.fblocks.push(FBlock::Loop {
            cont: top,
            brk,
            plen,
            iter: None,
        });
        self.stmts(w.body)?;
        self.unit.fblocks.pop();
        self.set_span(w.span);
        self.jump(top);
        self.bound_restore(before);
        self.bind(orelse);
        self.stmts(w.orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::For<'a>) -> CResult<()> {
        if f.is_async {
            if !(self.unit.async_def || (self.unit.interactive && self.stack.is_empty())) {
                return Err(self.syntax_error("'async for' outside async function", f.span));
            }
            return self.async_for(f);
        }
        let it = self.tmps(2)?;
        let src = self.expr_any(&f.iter)?;
        self.set_span(f.span);
        self.emit(Instr::GetIter { dst: it, src });
        self.unit.loop_iters.push(it);
        self.release(u16::from(it) + 2);
        let top = self.label();
        let brk = self.label();
        let orelse = self.label();
        self.unbind_deleted(f.body);
        let before = self.bound_snapshot();
        self.bind(top);
        self.set_span(f.span);
        self.emit_jump(
            Instr::ForIter {
                iter: it,
                target: 0,
            },
            orelse,
        );
        self.store(&f.target, it + 1)?;
        let plen = self.unit.protect.len();
        self.unit.fblocks.push(FBlock::Loop {
            cont: top,
            brk,
            plen,
            iter: Some(it),
        });
        self.stmts(f.body)?;
        self.unit.fblocks.pop();
        self.set_span(f.span);
        self.jump(top);
        self.bound_restore(before);
        self.bind(orelse);
        self.stmts(f.orelse)?;
        self.bind(brk);
        // Drop the iterator now, as CPython pops it: a generator left by `break` is closed
        // (its `finally` runs) before the code after the loop.
        self.set_span(f.span);
        self.emit(Instr::DeleteFast { reg: it });
        Ok(())
    }

    fn async_for(&mut self, f: &'a ast::For<'a>) -> CResult<()> {
        // it = aiter(x); loop: try: v = await anext(it) except StopAsyncIteration: break
        let it = self.tmp()?;
        let src = self.expr_any(&f.iter)?;
        self.set_span(f.span);
        self.emit(Instr::GetAIter { dst: it, src });
        self.unit.loop_iters.push(it);
        let top = self.label();
        let brk = self.label();
        let orelse = self.label();
        let handler = self.label();
        let exc = self.tmp()?;
        let v = self.tmp()?;
        let aw = self.tmp()?;
        let before = self.bound_snapshot();
        self.bind(top);
        self.set_span(f.span);
        self.push_protect(handler, exc);
        self.emit(Instr::GetANext { dst: aw, src: it });
        self.emit(Instr::LoadNone { dst: v });
        self.emit(Instr::YieldFrom { dst: v, iter: aw });
        self.pop_protect();
        self.store(&f.target, v)?;
        let plen = self.unit.protect.len();
        self.unit.fblocks.push(FBlock::Loop {
            cont: top,
            brk,
            plen,
            iter: Some(it),
        });
        self.stmts(f.body)?;
        self.unit.fblocks.pop();
        self.set_span(f.span);
        self.jump(top);
        self.bind(handler);
        self.emit(Instr::EndAsyncFor { exc });
        self.bound_restore(before);
        self.bind(orelse);
        self.stmts(f.orelse)?;
        self.bind(brk);
        self.set_span(f.span);
        self.emit(Instr::DeleteFast { reg: it });
        Ok(())
    }

    /// Emits the cleanup of fblocks `from..` (innermost first) for a jump out of them.
    /// Returns the ranges suspended (to resume after the jump instruction).
    fn unwind(&mut self, from: usize, preserve: Option<Reg>) -> CResult<Vec<usize>> {
        let mut suspended = Vec::new();
        let mut i = self.unit.fblocks.len();
        while i > from {
            i -= 1;
            let Some(fb) = self.unit.fblocks.get(i).copied() else {
                break;
            };
            let mut s = self.suspend_from(fb.plen());
            suspended.append(&mut s);
            match fb {
                FBlock::Loop { iter, .. } => {
                    if let Some(reg) = iter {
                        self.emit(Instr::DeleteFast { reg });
                    }
                }
                FBlock::ExceptStar { .. } => {}
                FBlock::Handler { saved, name, .. } => {
                    self.emit(Instr::PopExcInfo { saved });
                    if let Some(n) = name {
                        self.clear_name(n)?;
                    }
                }
                FBlock::With { exit, is_async, .. } => {
                    self.call_exit_none(exit, is_async)?;
                }
                FBlock::TryFinally { finalbody, .. } => {
                    // Run the finally body with only the outer blocks active.
                    let inner = self.unit.fblocks.split_off(i);
                    let m = self.mark();
                    if let Some(p) = preserve {
                        // keep the return value alive above the temporaries the body uses
                        self.unit.next = self.unit.next.max(u16::from(p) + 1);
                    }
                    let r = self.stmts(finalbody);
                    self.release(m);
                    self.unit.fblocks.extend(inner);
                    r?;
                }
            }
        }
        Ok(suspended)
    }

    fn check_except_star_exit(&self, from: usize, span: ast::Span) -> CResult<()> {
        let crosses = self
            .unit
            .fblocks
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .any(|f| matches!(f, FBlock::ExceptStar { .. }));
        if crosses {
            return Err(self.syntax_error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            ));
        }
        Ok(())
    }

    /// The handlers of `try ... except*`: split the exception group clause by clause, collect
    /// what the bodies raise, then re-raise what is left (`PrepReraiseStar`).
    fn except_star_handlers(&mut self, t: &'a ast::Try<'a>, exc: Reg, saved: Reg) -> CResult<()> {
        let orig = self.tmp()?;
        let rest = self.tmp()?;
        let raised = self.tmp()?;
        self.emit(Instr::Move {
            dst: orig,
            src: exc,
        });
        self.emit(Instr::Move {
            dst: rest,
            src: exc,
        });
        self.emit(Instr::BuildList {
            dst: raised,
            first: 0,
            n: 0,
        });
        for h in t.handlers {
            self.set_span(h.span);
            let next = self.label();
            let m = self.mark();
            let Some(ty) = &h.type_ else {
                return Err(self.syntax_error("expected one or more exception types", h.span));
            };
            let tr = self.expr_any(ty)?;
            let matched = self.tmp()?;
            self.set_span(h.span);
            self.emit(Instr::CheckEgMatch {
                dst: matched,
                exc: rest,
                ty: tr,
            });
            self.emit_jump(
                Instr::JumpIfNone {
                    src: matched,
                    target: 0,
                },
                next,
            );
            if let Some(name) = h.name {
                self.store_name(name, matched)?;
            }
            let body_handler = self.label();
            let x = self.tmp()?;
            let s2 = self.tmp()?;
            self.emit(Instr::PushExcInfo {
                save: s2,
                exc: matched,
            });
            let plen = self.unit.protect.len();
            self.push_protect(body_handler, x);
            self.unit.fblocks.push(FBlock::ExceptStar { plen });
            self.stmts(h.body)?;
            self.unit.fblocks.pop();
            self.pop_protect();
            self.set_span(h.span);
            self.emit(Instr::PopExcInfo { saved: s2 });
            if let Some(name) = h.name {
                self.clear_name(name)?;
            }
            self.jump(next);
            self.bind(body_handler);
            self.emit(Instr::PopExcInfo { saved: s2 });
            self.emit(Instr::ListAppend {
                list: raised,
                src: x,
            });
            if let Some(name) = h.name {
                self.clear_name(name)?;
            }
            self.release(m);
            self.bind(next);
        }
        self.set_span(t.span);
        let skip = self.label();
        self.emit_jump(
            Instr::JumpIfNone {
                src: rest,
                target: 0,
            },
            skip,
        );
        self.emit(Instr::ListAppend {
            list: raised,
            src: rest,
        });
        self.bind(skip);
        let r = self.tmp()?;
        self.emit(Instr::PrepReraiseStar {
            dst: r,
            orig,
            raised,
        });
        let done = self.label();
        self.emit_jump(Instr::JumpIfNone { src: r, target: 0 }, done);
        self.emit(Instr::Reraise { src: r });
        self.bind(done);
        self.emit(Instr::PopExcInfo { saved });
        self.jump_to_try_end()
    }

    fn break_continue(&mut self, is_break: bool, span: ast::Span) -> CResult<()> {
        let loop_idx = self
            .unit
            .fblocks
            .iter()
            .rposition(|f| matches!(f, FBlock::Loop { .. }));
        let Some(idx) = loop_idx else {
            // CPython unwinds the whole block stack first: an except* body reports that.
            self.check_except_star_exit(0, span)?;
            return Err(self.syntax_error(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                span,
            ));
        };
        let Some(FBlock::Loop { cont, brk, .. }) = self.unit.fblocks.get(idx).copied() else {
            return Ok(());
        };
        self.check_except_star_exit(idx + 1, span)?;
        let suspended = self.unwind(idx + 1, None)?;
        self.set_span(span);
        self.jump(if is_break { brk } else { cont });
        self.resume(&suspended);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::Return<'a>) -> CResult<()> {
        if !matches!(self.unit.kind, UnitKind::Function | UnitKind::Lambda) {
            return Err(self.syntax_error("'return' outside function", r.span));
        }
        self.check_except_star_exit(0, r.value.as_ref().map_or(r.span, |v| v.span()))?;
        if r.value.is_some() && self.unit.async_def && self.unit.scope.is_generator {
            return Err(self.syntax_error("'return' with value in async generator", r.span));
        }
        let simple = self
            .unit
            .fblocks
            .iter()
            .all(|f| matches!(f, FBlock::Loop { .. }));
        if simple {
            let v = match &r.value {
                Some(e) => self.expr_any(e)?,
                None => {
                    let t = self.tmp()?;
                    self.emit(Instr::LoadNone { dst: t });
                    t
                }
            };
            self.set_span(r.span);
            self.emit(Instr::Return { src: v });
            return Ok(());
        }
        let v = self.tmp()?;
        match &r.value {
            Some(e) => self.expr_to(e, v)?,
            None => {
                self.emit(Instr::LoadNone { dst: v });
            }
        }
        let suspended = self.unwind(0, Some(v))?;
        self.set_span(r.span);
        self.emit(Instr::Return { src: v });
        self.resume(&suspended);
        Ok(())
    }

    /// `name = None; del name` after an `except ... as name` body.
    fn clear_name(&mut self, name: &str) -> CResult<()> {
        let name = &*self.mangle(name).into_owned();
        let m = self.mark();
        let r = self.tmp()?;
        self.emit(Instr::LoadNone { dst: r });
        self.store_name(name, r)?;
        match self.name_op(name) {
            NameOp::Fast(reg) => {
                self.emit(Instr::DeleteFast { reg });
                self.set_bound(reg, false);
            }
            NameOp::Deref(cell) => {
                self.emit(Instr::DeleteDeref { cell });
            }
            NameOp::Global => {
                let n = self.name_idx(name)?;
                self.emit(Instr::DeleteGlobal { name: n });
            }
            NameOp::Name => {
                let n = self.name_idx(name)?;
                self.emit(Instr::DeleteName { name: n });
            }
        }
        self.release(m);
        Ok(())
    }

    /// `R[exit](None, None, None)`, awaited for `async with`.
    /// At the entry of an exception handler: clears the iterators of the loops (and
    /// comprehensions) of the protected block, which the exception abandoned, as CPython's stack
    /// unwinding pops them (a generator being iterated is finalised before the handler runs).
    /// These registers are all dead here: they were allocated inside the block.
    fn drop_loop_iters(&mut self, from: usize) {
        let mut regs: Vec<Reg> = self.unit.loop_iters.get(from..).unwrap_or(&[]).to_vec();
        regs.sort_unstable();
        regs.dedup();
        for reg in regs {
            self.emit(Instr::DeleteFast { reg });
        }
    }

    fn call_exit_none(&mut self, exit: Reg, is_async: bool) -> CResult<()> {
        let m = self.mark();
        let f = self.tmps(4)?;
        self.emit(Instr::Move { dst: f, src: exit });
        for k in 1..4 {
            self.emit(Instr::LoadNone { dst: f + k });
        }
        self.emit(Instr::Call {
            dst: f,
            func: f,
            argc: 3,
        });
        if is_async {
            self.await_reg(f)?;
        }
        self.release(m);
        Ok(())
    }

    fn raise_stmt(&mut self, r: &'a ast::Raise<'a>) -> CResult<()> {
        match (&r.exc, &r.cause) {
            (None, _) => {
                self.emit(Instr::Raise {
                    src: 0,
                    cause: 0,
                    kind: 0,
                });
            }
            (Some(e), None) => {
                let src = self.expr_any(e)?;
                self.set_span(r.span);
                self.emit(Instr::Raise {
                    src,
                    cause: 0,
                    kind: 1,
                });
            }
            (Some(e), Some(c)) => {
                let src = self.expr_any_before(e, &[*c])?;
                let cause = self.expr_any(c)?;
                self.set_span(r.span);
                self.emit(Instr::Raise {
                    src,
                    cause,
                    kind: 2,
                });
            }
        }
        Ok(())
    }

    fn assert_stmt(&mut self, a: &'a ast::Assert<'a>) -> CResult<()> {
        self.check_assert(a);
        let end = self.label();
        self.jump_if(&a.test, true, end)?;
        let f = self.tmps(2)?;
        self.set_span(a.span);
        self.emit(Instr::LoadAssertionError { dst: f });
        if let Some(msg) = &a.msg {
            self.expr_to(msg, f + 1)?;
            self.set_span(a.span);
            self.emit(Instr::Call {
                dst: f,
                func: f,
                argc: 1,
            });
        }
        self.emit(Instr::Raise {
            src: f,
            cause: 0,
            kind: 1,
        });
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::Import<'a>) -> CResult<()> {
        for alias in i.names {
            let bound = alias
                .asname
                .unwrap_or_else(|| alias.name.split('.').next().unwrap_or(alias.name));
            self.check_forbidden(bound, i.span, false)?;
            let m = self.mark();
            let r = self.tmps(2)?;
            self.emit(Instr::LoadNone { dst: r });
            self.emit(Instr::LoadInt { dst: r + 1, val: 0 });
            let n = self.name_idx(alias.name)?;
            self.emit(Instr::ImportName { dst: r, name: n });
            match alias.asname {
                Some(asname) => {
                    let mut parts = alias.name.split('.');
                    parts.next();
                    for p in parts {
                        let name = self.name8(p)?;
                        self.emit(Instr::ImportFrom {
                            dst: r,
                            module: r,
                            name,
                        });
                    }
                    self.store_name(asname, r)?;
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or(alias.name);
                    self.store_name(top, r)?;
                }
            }
            self.release(m);
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::ImportFrom<'a>) -> CResult<()> {
        let r = self.tmps(2)?;
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()), r)?;
        let level = i16::try_from(i.level).unwrap_or(i16::MAX);
        self.emit(Instr::LoadInt {
            dst: r + 1,
            val: level,
        });
        let n = self.name_idx(i.module.unwrap_or(""))?;
        self.emit(Instr::ImportName { dst: r, name: n });
        if i.names.first().is_some_and(|a| a.name == "*") {
            if !matches!(self.unit.kind, UnitKind::Module) {
                return Err(self.syntax_error("import * only allowed at module level", i.span));
            }
            self.emit(Instr::ImportStar { module: r });
            return Ok(());
        }
        for alias in i.names {
            self.check_forbidden(alias.asname.unwrap_or(alias.name), i.span, false)?;
        }
        let v = self.tmp()?;
        for alias in i.names {
            let name = self.name8(alias.name)?;
            self.emit(Instr::ImportFrom {
                dst: v,
                module: r,
                name,
            });
            self.store_name(alias.asname.unwrap_or(alias.name), v)?;
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::Try<'a>) -> CResult<()> {
        let iters_from = self.unit.loop_iters.len();
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        // try: <try-except part> finally: finalbody
        let end = self.label();
        let handler = self.label();
        let exc = self.tmp()?;
        let plen = self.unit.protect.len();
        self.unit.fblocks.push(FBlock::TryFinally {
            finalbody: t.finalbody,
            plen,
        });
        let before = self.bound_snapshot();
        self.push_protect(handler, exc);
        if t.handlers.is_empty() {
            self.stmts(t.body)?;
            self.stmts(t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_protect();
        self.unit.fblocks.pop();
        self.stmts(t.finalbody)?;
        self.jump(end);
        // exceptional path
        self.bound_restore(before.clone());
        self.bind(handler);
        self.drop_loop_iters(iters_from);
        let saved = self.tmp()?;
        self.emit(Instr::PushExcInfo { save: saved, exc });
        let cleanup = self.label();
        let exc2 = self.tmp()?;
        let plen = self.unit.protect.len();
        self.push_protect(cleanup, exc2);
        self.unit.fblocks.push(FBlock::Handler {
            saved,
            name: None,
            plen,
        });
        self.stmts(t.finalbody)?;
        self.unit.fblocks.pop();
        self.emit(Instr::Reraise { src: exc });
        self.pop_protect();
        self.bind(cleanup);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { src: exc2 });
        self.bound_restore(before);
        self.bind(end);
        // After the statement, names bound by the finally body are bound; be conservative.
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::Try<'a>) -> CResult<()> {
        let iters_from = self.unit.loop_iters.len();
        let end = self.label();
        let handler = self.label();
        let exc = self.tmp()?;
        let before = self.bound_snapshot();
        self.push_protect(handler, exc);
        self.stmts(t.body)?;
        self.pop_protect();
        self.stmts(t.orelse)?;
        self.jump(end);
        self.bound_restore(before.clone());
        self.bind(handler);
        self.drop_loop_iters(iters_from);
        let saved = self.tmp()?;
        self.set_span(t.span);
        self.emit(Instr::PushExcInfo { save: saved, exc });
        let cleanup = self.label();
        let exc2 = self.tmp()?;
        self.push_protect(cleanup, exc2);
        self.unit.try_ends.push(end);
        if t.is_star {
            self.except_star_handlers(t, exc, saved)?;
            self.unit.try_ends.pop();
            self.pop_protect();
            self.bind(cleanup);
            self.emit(Instr::PopExcInfo { saved });
            self.emit(Instr::Reraise { src: exc2 });
            self.bound_restore(before);
            self.bind(end);
            return Ok(());
        }
        for (k, h) in t.handlers.iter().enumerate() {
            self.set_span(h.span);
            let next = self.label();
            let m = self.mark();
            match &h.type_ {
                Some(ty) => {
                    let tr = self.expr_any(ty)?;
                    let c = self.tmp()?;
                    self.set_span(h.span);
                    self.emit(Instr::CheckExcMatch {
                        dst: c,
                        exc,
                        ty: tr,
                    });
                    self.emit_jump(Instr::JumpIfFalse { cond: c, target: 0 }, next);
                    self.handler_body(h, exc, saved)?;
                }
                None => {
                    if k + 1 != t.handlers.len() {
                        return Err(self.syntax_error("default 'except:' must be last", h.span));
                    }
                    self.handler_body(h, exc, saved)?;
                }
            }
            self.release(m);
            self.bind(next);
        }
        self.unit.try_ends.pop();
        self.set_span(t.span);
        self.emit(Instr::Reraise { src: exc });
        self.pop_protect();
        self.bind(cleanup);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { src: exc2 });
        self.bound_restore(before);
        self.bind(end);
        Ok(())
    }

    fn handler_body(&mut self, h: &'a ast::ExceptHandler<'a>, exc: Reg, saved: Reg) -> CResult<()> {
        if let Some(name) = h.name {
            self.check_forbidden(name, h.span, false)?;
        }
        let plen = self.unit.protect.len();
        match h.name {
            Some(name) => {
                self.store_name(name, exc)?;
                let cleanup = self.label();
                let exc3 = self.tmp()?;
                self.push_protect(cleanup, exc3);
                self.unit.fblocks.push(FBlock::Handler {
                    saved,
                    name: Some(name),
                    plen,
                });
                self.stmts(h.body)?;
                self.unit.fblocks.pop();
                self.pop_protect();
                self.set_span(h.span);
                self.emit(Instr::PopExcInfo { saved });
                self.clear_name(name)?;
                // The caught exception dies here in CPython (its stack slot is popped).
                self.emit(Instr::DeleteFast { reg: exc });
                let done = self.label();
                self.jump(done);
                self.bind(cleanup);
                self.clear_name(name)?;
                self.emit(Instr::Reraise { src: exc3 });
                // `done` jumps to the statement end via the caller's flow: emit jump to end here
                self.bind(done);
                self.jump_to_try_end()?;
            }
            None => {
                self.unit.fblocks.push(FBlock::Handler {
                    saved,
                    name: None,
                    plen,
                });
                self.stmts(h.body)?;
                self.unit.fblocks.pop();
                self.set_span(h.span);
                self.emit(Instr::PopExcInfo { saved });
                self.emit(Instr::DeleteFast { reg: exc });
                self.jump_to_try_end()?;
            }
        }
        Ok(())
    }

    fn jump_to_try_end(&mut self) -> CResult<()> {
        match self.unit.try_ends.last().copied() {
            Some(l) => {
                self.jump(l);
                Ok(())
            }
            None => Err(self.too_large("try nesting")),
        }
    }

    fn with_stmt(&mut self, w: &'a ast::With<'a>, item: usize) -> CResult<()> {
        let iters_from = self.unit.loop_iters.len();
        let Some(it) = w.items.get(item) else {
            return self.stmts(w.body);
        };
        if w.is_async
            && item == 0
            && !self.unit.async_def
            && !(self.unit.interactive && self.stack.is_empty())
        {
            return Err(self.syntax_error("'async with' outside async function", w.span));
        }
        let m = self.mark();
        let exit = self.tmps(2)?;
        let mgr = self.expr_any(&it.context_expr)?;
        self.set_span(w.span);
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith { exit, mgr });
            self.emit(Instr::GetAwaitable {
                dst: exit + 1,
                src: exit + 1,
                kind: 1,
            });
            let v = self.tmp()?;
            self.emit(Instr::LoadNone { dst: v });
            self.emit(Instr::YieldFrom {
                dst: v,
                iter: exit + 1,
            });
            self.emit(Instr::Move {
                dst: exit + 1,
                src: v,
            });
        } else {
            self.emit(Instr::BeforeWith { exit, mgr });
        }
        self.release(u16::from(exit) + 2);
        let handler = self.label();
        let end = self.label();
        let exc = self.tmp()?;
        let plen = self.unit.protect.len();
        self.push_protect(handler, exc);
        if let Some(t) = &it.optional_vars {
            self.store(t, exit + 1)?;
        }
        self.unit.fblocks.push(FBlock::With {
            exit,
            plen,
            is_async: w.is_async,
        });
        let before = self.bound_snapshot();
        self.with_stmt(w, item + 1)?;
        self.unit.fblocks.pop();
        self.pop_protect();
        self.set_span(w.span);
        self.call_exit_none(exit, w.is_async)?;
        self.jump(end);
        self.bound_restore(before);
        self.bind(handler);
        self.drop_loop_iters(iters_from);
        let saved = self.tmp()?;
        self.emit(Instr::PushExcInfo { save: saved, exc });
        let cleanup = self.label();
        let exc2 = self.tmp()?;
        self.push_protect(cleanup, exc2);
        let res = self.tmp()?;
        self.emit(Instr::WithExceptStart {
            dst: res,
            exit,
            exc,
        });
        if w.is_async {
            self.await_reg(res)?;
        }
        let suppress = self.label();
        self.emit_jump(
            Instr::JumpIfTrue {
                cond: res,
                target: 0,
            },
            suppress,
        );
        self.emit(Instr::Reraise { src: exc });
        self.bind(suppress);
        self.pop_protect();
        self.emit(Instr::PopExcInfo { saved });
        self.jump(end);
        self.bind(cleanup);
        self.emit(Instr::PopExcInfo { saved });
        self.emit(Instr::Reraise { src: exc2 });
        self.bind(end);
        self.release(m);
        Ok(())
    }

    /// `R[r] = await R[r]`
    fn await_reg(&mut self, r: Reg) -> CResult<()> {
        let m = self.mark();
        let v = self.tmp()?;
        self.emit(Instr::GetAwaitable {
            dst: r,
            src: r,
            kind: 2,
        });
        self.emit(Instr::LoadNone { dst: v });
        self.emit(Instr::YieldFrom { dst: v, iter: r });
        self.emit(Instr::Move { dst: r, src: v });
        self.release(m);
        Ok(())
    }
}

fn is_true_constant(e: &Expr<'_>) -> bool {
    match e {
        Expr::Constant(c) => match &c.value {
            ast::ConstantValue::Bool(b) => *b,
            ast::ConstantValue::Int(ast::IntValue::Small(i)) => *i != 0,
            ast::ConstantValue::Str(s) => !s.is_empty(),
            _ => false,
        },
        _ => false,
    }
}

/// Whether a module or class body has annotations needing `__annotations__` (CPython's
/// `find_ann`: simple-name annotated assignments anywhere outside nested scopes).
fn has_annotations(body: &[Stmt<'_>]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(f.body) || has_annotations(f.orelse),
        Stmt::While(w) => has_annotations(w.body) || has_annotations(w.orelse),
        Stmt::If(i) => has_annotations(i.body) || has_annotations(i.orelse),
        Stmt::With(w) => has_annotations(w.body),
        Stmt::Try(t) => {
            has_annotations(t.body)
                || has_annotations(t.orelse)
                || has_annotations(t.finalbody)
                || t.handlers.iter().any(|h| has_annotations(h.body))
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(c.body)),
        _ => false,
    })
}

fn has_future_annotations(body: &[Stmt<'_>]) -> bool {
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::ImportFrom(f) if f.module == Some("__future__") => {
                if f.names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            Stmt::Expr(e) if i == 0 && matches!(e.value, Expr::Constant(_)) => {}
            _ => return false,
        }
    }
    false
}

/// Names that `del` statements or `except ... as` clauses in `body` unbind (not looking into
/// nested scopes).
fn deleted_names<'n>(body: &[Stmt<'n>], out: &mut Vec<&'n str>) {
    fn targets<'n>(e: &Expr<'n>, out: &mut Vec<&'n str>) {
        match e {
            Expr::Name(n) => out.push(n.id),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| targets(e, out)),
            Expr::List(t) => t.elts.iter().for_each(|e| targets(e, out)),
            _ => {}
        }
    }
    for s in body {
        match s {
            Stmt::Delete(d) => d.targets.iter().for_each(|t| targets(t, out)),
            Stmt::For(f) => {
                deleted_names(f.body, out);
                deleted_names(f.orelse, out);
            }
            Stmt::While(w) => {
                deleted_names(w.body, out);
                deleted_names(w.orelse, out);
            }
            Stmt::If(i) => {
                deleted_names(i.body, out);
                deleted_names(i.orelse, out);
            }
            Stmt::With(w) => deleted_names(w.body, out),
            Stmt::Try(t) => {
                deleted_names(t.body, out);
                deleted_names(t.orelse, out);
                deleted_names(t.finalbody, out);
                for h in t.handlers {
                    if let Some(n) = h.name {
                        out.push(n);
                    }
                    deleted_names(h.body, out);
                }
            }
            Stmt::Match(m) => m.cases.iter().for_each(|c| deleted_names(c.body, out)),
            _ => {}
        }
    }
}
