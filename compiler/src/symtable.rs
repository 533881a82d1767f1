//! The symbol-table pass: which names each scope binds, and where every name resolves.
//!
//! This is CPython 3.12's `Python/symtable.c`, rule for rule, as its own pass before code
//! generation. It works in two steps, as CPython does:
//!
//! 1. **Collect** (`builder`): walk the AST once, open a [`Scope`] for every block that has its
//!    own namespace (module, class, function, lambda, comprehension, and the PEP 695 annotation
//!    scopes), and record raw facts per name as [`flags`] bits: assigned here, a parameter, used,
//!    declared `global`/`nonlocal`, imported, annotated, a comprehension iteration variable...
//!    The `SyntaxError`s that need only these facts (`global` after use, duplicate parameters,
//!    `import *` in a function, walrus conflicts in comprehensions, `yield` in a comprehension)
//!    are raised here.
//! 2. **Analyse** (`analyze`): walk the scope tree top-down with the sets of names bound by
//!    enclosing functions, and give every name its [`SymScope`]: local, cell, free, explicit or
//!    implicit global. Children report their free names upward, which turns the defining
//!    function's locals into cells. Comprehensions other than generator expressions are then
//!    *inlined* (PEP 709): their names are merged into the enclosing scope, and
//!    [`Scope::inlined`] tells the code generator to emit them in place.
//!
//! # Using the table (code generator)
//!
//! ```ignore
//! let table = SymbolTable::build(&module, source, "<string>")?;
//! let top = table.module_scope();
//! // A scope is keyed by the address of the AST node that opens it:
//! let f: &ast::FunctionDef = ...;
//! let scope = table.scope_of(std::ptr::from_ref(f).cast()).unwrap();
//! match scope.symbol("x").map(|s| s.scope) { Some(SymScope::Cell) => ..., _ => ... }
//! ```
//!
//! Keys ([`SymbolTable::scope_of`]): `&ast::FunctionDef` (its function body), `&ast::ClassDef`
//! (its class body), `&ast::Lambda`, `&ast::Comp` (list/set comprehensions and generator
//! expressions), `&ast::DictComp`, `&ast::TypeAlias` (the lazily evaluated value of a `type`
//! statement), `&ast::TypeVar` (the lazily evaluated bound of a type variable). The type-parameter
//! scope of a generic function, class or `type` statement is keyed by the same owner node through
//! [`SymbolTable::type_params_scope_of`]. With `from __future__ import annotations`, annotations
//! get throw-away scopes that are never analysed (the code generator turns them into strings).
//!
//! Each [`Scope`] has its symbols (in CPython's insertion order, each with its raw [`flags`]
//! and resolved [`SymScope`]), its children (as CPython's `symtable` module lists them: the
//! children of inlined comprehensions take the comprehension's place), and what the code
//! generator needs for the code object: [`Scope::varnames`] (parameters, in order),
//! [`Scope::cellvars`] and [`Scope::freevars`] (in CPython's order), the generator/coroutine
//! flags and the class-closure flags (`__class__` and `__classdict__` cells).
//!
//! `co_varnames` beyond the parameters is the code generator's: CPython appends each fast
//! local when it first emits an access to it, which is not the symbol order (`x = y` with both
//! local lists `y` first; a local that only dead code uses is absent).
//!
//! # Checked against CPython
//!
//! `tools/record_symtable.py` records CPython 3.12's tables (every symbol's flags and scope,
//! children, parameters) and the cell/free variables and `co_flags` of its code objects:
//! `compiler/tests/symtable.rs` compares the hand-written programs of `tests/symtable/`
//! (including every error above, with positions), and the ignored test `symtable_stdlib`
//! compares the whole standard library through digests, or random programs (`--fuzz`).
//!
//! # Errors raised here, and those left to the code generator
//!
//! Raised here (from `symtable.c`, plus `future.c`'s, which CPython also raises before code
//! generation): `name 'x' is parameter and global|nonlocal`, `name 'x' is assigned to before
//! global|nonlocal declaration`, `name 'x' is used prior to global|nonlocal declaration`,
//! `annotated name 'x' can't be global|nonlocal`, `nonlocal declaration not allowed at module
//! level`, `no binding for nonlocal 'x' found`, `name 'x' is nonlocal and global`, `nonlocal
//! binding not allowed for type parameter 'x'`, `duplicate argument 'x' in function
//! definition`, `duplicate type parameter 'x'`, `import * only allowed at module level`,
//! `'yield' inside list|set|dict comprehension|generator expression`, the walrus rules
//! (`assignment expression cannot rebind comprehension iteration variable 'x'`,
//! `comprehension inner loop cannot rebind assignment expression target 'x'`, `assignment
//! expression cannot be used in a comprehension iterable expression`, `assignment expression
//! within a comprehension cannot be used in a class body|type alias|TypeVar bound|within the
//! definition of a generic`), `yield|await|named expression cannot be used within an
//! annotation|a TypeVar bound|a type alias|the definition of a generic`, `Cannot use
//! lambda|comprehension in annotation scope within class scope`, `future feature x is not
//! defined`, `not a chance`. Nesting deeper than CPython allows gives `maximum recursion depth
//! exceeded during compilation` with [`pyvm_parser::SyntaxErrorKind::RecursionError`] (a
//! `RecursionError` in CPython).
//!
//! Left to the code generator, as in CPython's `compile.c`: `'return' outside function`,
//! `'yield' outside function`, `'await' outside function`, `'await' outside async function`,
//! `'async for'|'async with' outside async function`, `asynchronous comprehension outside of
//! an asynchronous function`, `'yield from' inside async function`, `'return' with value in
//! async generator`, `'break' outside loop`, `'continue' not properly in loop`, `from
//! __future__ imports must occur at the beginning of the file`, `cannot assign to|delete
//! __debug__`, the starred-assignment errors, `too many statically nested blocks`, and the
//! pattern-matching errors (`multiple assignments to name 'x' in pattern`, `name capture 'x'
//! makes remaining patterns unreachable`, `alternative patterns bind different names`, ...).
//! [`Scope::is_generator`], [`Scope::is_coroutine`] and [`ScopeKind`] give what they need.
//!
//! # Positions
//!
//! CPython reports symbol-table errors with `PyErr_RangedSyntaxLocationObject(..., col_offset
//! + 1, ...)`, where `col_offset` is the AST node's column in UTF-8 *bytes*, and does not
//! convert it: `compile()` then shows a byte-based `offset`. We reproduce that exactly (the
//! recordings in `tests/symtable/` check it on non-ASCII lines).

mod analyze;
mod builder;

use std::collections::HashMap;

use pyvm_parser::ast;
use pyvm_parser::SyntaxError;

/// Raw per-name facts collected in the first pass (CPython's `DEF_*` bits, same values, so the
/// recordings made with CPython's `symtable` module compare directly).
pub mod flags {
    /// `global` declaration.
    pub const DEF_GLOBAL: u32 = 1;
    /// Assigned in this scope.
    pub const DEF_LOCAL: u32 = 2;
    /// A parameter of this function.
    pub const DEF_PARAM: u32 = 2 << 1;
    /// `nonlocal` declaration.
    pub const DEF_NONLOCAL: u32 = 2 << 2;
    /// Read in this scope.
    pub const USE: u32 = 2 << 3;
    /// Free in some child scope (unused by CPython 3.12's analysis, kept for the bit layout).
    pub const DEF_FREE: u32 = 2 << 4;
    /// A free variable of a method that is also bound in the class body.
    pub const DEF_FREE_CLASS: u32 = 2 << 5;
    /// Bound by an `import`.
    pub const DEF_IMPORT: u32 = 2 << 6;
    /// Annotated (`x: int`).
    pub const DEF_ANNOT: u32 = 2 << 7;
    /// An iteration variable of a comprehension.
    pub const DEF_COMP_ITER: u32 = 2 << 8;
    /// A PEP 695 type parameter.
    pub const DEF_TYPE_PARAM: u32 = 2 << 9;
    /// A cell created by an inlined comprehension.
    pub const DEF_COMP_CELL: u32 = 2 << 10;
    /// Any binding.
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

/// Where a name resolves (CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ... scope values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymScope {
    /// Bound in this scope (a fast local in functions, a namespace entry in modules/classes).
    Local,
    /// Declared `global` here (or in an enclosing class scope seen by an annotation scope).
    GlobalExplicit,
    /// Not bound in any enclosing function: a global or a builtin.
    GlobalImplicit,
    /// Bound in an enclosing function: read through a closure cell.
    Free,
    /// Bound here and used by an enclosed scope: stored in a cell.
    Cell,
}

impl SymScope {
    /// CPython's integer value for the scope (`LOCAL` = 1 ... `CELL` = 5).
    pub fn as_int(self) -> u32 {
        match self {
            SymScope::Local => 1,
            SymScope::GlobalExplicit => 2,
            SymScope::GlobalImplicit => 3,
            SymScope::Free => 4,
            SymScope::Cell => 5,
        }
    }
}

/// Which kind of comprehension a comprehension scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// The kind of block a scope is. CPython folds functions, lambdas and comprehensions into
/// `FunctionBlock`; we keep them apart and give CPython's view with [`ScopeKind::is_function_like`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(ComprehensionKind),
    /// The PEP 695 scope holding the type parameters of a generic function, class or alias.
    TypeParams,
    /// The lazily evaluated bound (or constraints) of a type variable.
    TypeVarBound,
    /// The lazily evaluated value of a `type` statement.
    TypeAlias,
    /// An annotation under `from __future__ import annotations` (never analysed).
    Annotation,
}

impl ScopeKind {
    /// CPython's `_PyST_IsFunctionLike`: names bound here are fast locals and visible to
    /// nested functions.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function
                | ScopeKind::Lambda
                | ScopeKind::Comprehension(_)
                | ScopeKind::TypeParams
                | ScopeKind::TypeVarBound
                | ScopeKind::TypeAlias
        )
    }

    /// CPython's `FunctionBlock` (functions, lambdas and comprehensions).
    pub fn is_function_block(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }

    /// What CPython's `symtable.SymbolTable.get_type()` says for this kind.
    pub fn python_type_name(self) -> &'static str {
        match self {
            ScopeKind::Module => "module",
            ScopeKind::Class => "class",
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_) => "function",
            ScopeKind::TypeParams => "type parameter",
            ScopeKind::TypeVarBound => "TypeVar bound",
            ScopeKind::TypeAlias => "type alias",
            ScopeKind::Annotation => "annotation",
        }
    }
}

/// Index of a scope in its [`SymbolTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(u32);

impl ScopeId {
    fn index(self) -> usize {
        self.0 as usize
    }
}

/// One name of a scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The name, after private-name mangling (`__x` in class `C` is `_C__x`).
    pub name: String,
    /// [`flags`] bits.
    pub flags: u32,
    /// Where the name resolves.
    pub scope: SymScope,
}

impl Symbol {
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
    /// Bound in this scope (assigned, parameter or import).
    pub fn is_bound(&self) -> bool {
        self.has(flags::DEF_BOUND)
    }
    pub fn is_parameter(&self) -> bool {
        self.has(flags::DEF_PARAM)
    }
    pub fn is_referenced(&self) -> bool {
        self.has(flags::USE)
    }
}

/// One block with its own namespace.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top` for the module, the function/class name, `lambda`, `listcomp`, `genexpr`, ...
    pub name: String,
    /// Line of the node opening the scope (0 for the module).
    pub lineno: u32,
    /// Column (UTF-8 bytes, 0-based) of the node opening the scope.
    pub col_offset: u32,
    symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// The parameters in order: positional-only, positional, keyword-only, `*args`,
    /// `**kwargs` (`.0` for comprehensions, `.defaults`/`.kwdefaults` for type-param scopes).
    /// This is CPython's `ste_varnames`; the code generator appends other fast locals as it
    /// meets them.
    pub varnames: Vec<String>,
    /// The code object's cell variables in compile.c's order: names resolved [`SymScope::Cell`]
    /// or marked `DEF_COMP_CELL`, sorted, then `__class__` and `__classdict__` when needed.
    /// (`co_cellvars` then lists cells that are parameters first: see [`Scope::co_cellvars`].)
    pub cellvars: Vec<String>,
    /// The code object's free variables: names resolved [`SymScope::Free`] or marked
    /// `DEF_FREE_CLASS`, sorted (compile.c's order; they follow the cells in the frame).
    pub freevars: Vec<String>,
    /// Child scopes as CPython's `symtable` module lists them (inlined comprehensions are
    /// replaced by their own children).
    pub children: Vec<ScopeId>,
    /// Every scope opened directly inside this one, inlined comprehensions included, in source
    /// order.
    pub all_children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// `async def`, contains `await`, or an async comprehension.
    pub is_coroutine: bool,
    /// Nested in a function-like scope (CPython's `ste_nested`).
    pub is_nested: bool,
    /// Has free variables (CPython's `ste_free`).
    pub has_free: bool,
    /// Some child has free variables (CPython's `ste_child_free`).
    pub child_free: bool,
    /// Has `*args`.
    pub has_varargs: bool,
    /// Has `**kwargs`.
    pub has_varkeywords: bool,
    /// Has a `return` with a value.
    pub returns_value: bool,
    /// A class whose methods use `__class__` (or `super()`): needs the implicit `__class__`
    /// cell, and `__classcell__` in the class namespace.
    pub needs_class_closure: bool,
    /// A class whose annotation scopes read the class namespace: needs a `__classdict__` cell.
    pub needs_classdict: bool,
    /// A PEP 695 scope inside a class body that can see the class namespace.
    pub can_see_class_scope: bool,
    /// A list/set/dict comprehension inlined into its enclosing scope (PEP 709).
    pub inlined: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, lineno: u32, col_offset: u32) -> Self {
        Scope {
            kind,
            name: name.to_owned(),
            lineno,
            col_offset,
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            children: Vec::new(),
            all_children: Vec::new(),
            parent: None,
            is_generator: false,
            is_coroutine: false,
            is_nested: false,
            has_free: false,
            child_free: false,
            has_varargs: false,
            has_varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            can_see_class_scope: false,
            inlined: false,
        }
    }

    /// The symbol called `name` (already mangled), if the scope knows it.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).and_then(|&i| self.symbols.get(i))
    }

    /// All symbols, in the order CPython inserts them.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// Where `name` resolves, if the scope knows it.
    pub fn scope_of_name(&self, name: &str) -> Option<SymScope> {
        self.symbol(name).map(|s| s.scope)
    }

    /// A comprehension scope's kind.
    pub fn comprehension(&self) -> Option<ComprehensionKind> {
        match self.kind {
            ScopeKind::Comprehension(k) => Some(k),
            _ => None,
        }
    }

    /// `co_cellvars` as CPython's code object shows it: cells that are parameters first, in
    /// parameter order, then the others in [`Scope::cellvars`] order. (CPython lists every
    /// cell that is also a fast local first, in `co_varnames` order; besides parameters that
    /// only happens to cells an inlined comprehension saves and restores, whose place depends
    /// on the code generator's order.)
    pub fn co_cellvars(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .varnames
            .iter()
            .filter(|v| self.cellvars.contains(v))
            .cloned()
            .collect();
        for c in &self.cellvars {
            if !self.varnames.contains(c) {
                out.push(c.clone());
            }
        }
        out
    }

    /// The `co_flags` bits CPython derives from the symbol table (`compute_code_flags` in
    /// `compile.c`, CPython's bit values): `CO_OPTIMIZED | CO_NEWLOCALS` for function-like
    /// scopes, plus `CO_NESTED`, `CO_VARARGS`, `CO_VARKEYWORDS`, and `CO_GENERATOR`,
    /// `CO_COROUTINE` or `CO_ASYNC_GENERATOR`. 0 for modules and classes.
    pub fn co_flags(&self) -> u32 {
        if !self.kind.is_function_like() {
            return 0;
        }
        let mut f = 0x1 | 0x2;
        if self.is_nested {
            f |= 0x10;
        }
        f |= match (self.is_generator, self.is_coroutine) {
            (true, false) => 0x20,
            (false, true) => 0x80,
            (true, true) => 0x200,
            (false, false) => 0,
        };
        if self.has_varargs {
            f |= 0x4;
        }
        if self.has_varkeywords {
            f |= 0x8;
        }
        f
    }

    fn flags_of(&self, name: &str) -> u32 {
        self.symbol(name).map_or(0, |s| s.flags)
    }

    /// Adds `flag` to `name`'s flags (creating the symbol); the scope is fixed by analysis.
    fn or_flags(&mut self, name: &str, flag: u32) {
        match self.index.get(name) {
            Some(&i) => {
                if let Some(s) = self.symbols.get_mut(i) {
                    s.flags |= flag;
                }
            }
            None => {
                self.index.insert(name.to_owned(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.to_owned(),
                    flags: flag,
                    scope: SymScope::GlobalImplicit,
                });
            }
        }
    }
}

/// Which scope of an AST node a key names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum KeyKind {
    /// The scope the node opens (function body, class body, lambda, ...).
    Main,
    /// The PEP 695 type-parameter scope of a generic function, class or alias.
    TypeParams,
    /// A `from __future__ import annotations` annotation scope.
    Annotation,
}

/// The scopes of one module, keyed by the AST nodes that open them.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    scopes: Vec<Scope>,
    keys: HashMap<(usize, KeyKind), ScopeId>,
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
}

impl SymbolTable {
    /// Builds and analyses the symbol table of `module` (parsed from `source`), raising the
    /// `SyntaxError`s CPython's symbol table raises. `filename` is kept for error reports.
    pub fn build(
        module: &ast::Mod<'_>,
        source: &str,
        filename: &str,
    ) -> Result<SymbolTable, SyntaxError> {
        let _ = filename; // SyntaxError carries no filename; the caller adds it when printing.
        let collected = builder::collect(module, source)?;
        analyze::analyze(collected, source)
    }

    /// The module's scope (always present).
    pub fn module_scope(&self) -> &Scope {
        // Scope 0 is the module: `builder::collect` creates it first.
        &self.scopes[0]
    }

    /// The scope opened by the AST node at `ptr` (see the module docs for the node types).
    pub fn scope_of(&self, ptr: *const ()) -> Option<&Scope> {
        self.scope_id_of(ptr).map(|id| self.scope(id))
    }

    /// The id of the scope opened by the AST node at `ptr`.
    pub fn scope_id_of(&self, ptr: *const ()) -> Option<ScopeId> {
        self.keys.get(&(ptr as usize, KeyKind::Main)).copied()
    }

    /// The PEP 695 type-parameter scope of the generic `FunctionDef`, `ClassDef` or
    /// `TypeAlias` at `ptr`.
    pub fn type_params_scope_of(&self, ptr: *const ()) -> Option<&Scope> {
        self.keys
            .get(&(ptr as usize, KeyKind::TypeParams))
            .map(|&id| self.scope(id))
    }

    /// The scope with id `id`.
    ///
    /// Ids come from this table, so they are always in range; a foreign id gets the module
    /// scope rather than a panic.
    pub fn scope(&self, id: ScopeId) -> &Scope {
        self.scopes
            .get(id.index())
            .unwrap_or_else(|| self.module_scope())
    }

    /// All scopes (the module first, then in the order they were opened).
    pub fn scopes(&self) -> &[Scope] {
        &self.scopes
    }

    /// The id of the module scope.
    pub fn module_id(&self) -> ScopeId {
        ScopeId(0)
    }
}

/// Private-name mangling (CPython's `_Py_Mangle`): inside class `C`, `__spam` becomes
/// `_C__spam`, except dunder names and dotted (import) names.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_owned();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_owned();
    }
    format!("_{stripped}{name}")
}

#[cfg(test)]
mod tests;
