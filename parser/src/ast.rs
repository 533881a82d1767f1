//! The abstract syntax tree, node for node and field for field CPython 3.12's `ast` module
//! (`Parser/Python.asdl`).
//!
//! Every node lives in a [`bumpalo::Bump`] arena: children are `&'a` references and `&'a [T]`
//! slices, identifiers are interned `&'a str`, and nothing here has a `Drop` impl, so dropping
//! the arena frees a whole tree at once.
//!
//! Positions are stored once per node as a byte [`Span`] into the source; CPython's `lineno`,
//! `col_offset` (UTF-8 bytes from the start of the line), `end_lineno` and `end_col_offset` are
//! computed from it with a [`crate::LineIndex`].
//!
//! Where CPython has two node classes that differ only by `async` (or `*` for `TryStar`), we
//! keep one struct with a flag; [`Stmt::name`] gives CPython's class name.
//!
//! `Expr`, `Stmt` and `Pattern` are two words (a tag and an arena pointer): every variant is
//! boxed into the arena, as oxc does, so moving them around the parser is cheap.

/// A half-open byte range `start..end` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const fn new(start: u32, end: u32) -> Self {
        Span { start, end }
    }
}

/// An interned identifier (NFKC-normalised as CPython does for non-ASCII names).
pub type Ident<'a> = &'a str;

/// `mod` in the ASDL: what one parse produces, chosen by the parse mode.
#[derive(Clone, Copy, Debug)]
pub enum Mod<'a> {
    Module(Module<'a>),
    Interactive(Interactive<'a>),
    Expression(Expression<'a>),
    FunctionType(FunctionType<'a>),
}

#[derive(Clone, Copy, Debug)]
pub struct Module<'a> {
    pub body: &'a [Stmt<'a>],
    pub type_ignores: &'a [TypeIgnore<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Interactive<'a> {
    pub body: &'a [Stmt<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Expression<'a> {
    pub body: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct FunctionType<'a> {
    pub argtypes: &'a [Expr<'a>],
    pub returns: Expr<'a>,
}

/// `# type: ignore[tag]` comments, recorded only when type comments are parsed.
/// `lineno` is a field in CPython, not an attribute.
#[derive(Clone, Copy, Debug)]
pub struct TypeIgnore<'a> {
    pub lineno: u32,
    pub tag: &'a str,
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
pub enum Stmt<'a> {
    /// `FunctionDef` or `AsyncFunctionDef`.
    FunctionDef(&'a FunctionDef<'a>),
    ClassDef(&'a ClassDef<'a>),
    Return(&'a Return<'a>),
    Delete(&'a Delete<'a>),
    Assign(&'a Assign<'a>),
    TypeAlias(&'a TypeAlias<'a>),
    AugAssign(&'a AugAssign<'a>),
    AnnAssign(&'a AnnAssign<'a>),
    /// `For` or `AsyncFor`.
    For(&'a For<'a>),
    While(&'a While<'a>),
    If(&'a If<'a>),
    /// `With` or `AsyncWith`.
    With(&'a With<'a>),
    Match(&'a Match<'a>),
    Raise(&'a Raise<'a>),
    /// `Try` or `TryStar`.
    Try(&'a Try<'a>),
    Assert(&'a Assert<'a>),
    Import(&'a Import<'a>),
    ImportFrom(&'a ImportFrom<'a>),
    Global(&'a Global<'a>),
    Nonlocal(&'a Nonlocal<'a>),
    Expr(&'a ExprStmt<'a>),
    Pass(&'a Span),
    Break(&'a Span),
    Continue(&'a Span),
}

#[derive(Clone, Copy, Debug)]
pub struct FunctionDef<'a> {
    pub span: Span,
    pub is_async: bool,
    pub name: Ident<'a>,
    pub args: &'a Arguments<'a>,
    pub body: &'a [Stmt<'a>],
    pub decorator_list: &'a [Expr<'a>],
    pub returns: Option<Expr<'a>>,
    pub type_comment: Option<&'a str>,
    pub type_params: &'a [TypeParam<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct ClassDef<'a> {
    pub span: Span,
    pub name: Ident<'a>,
    pub bases: &'a [Expr<'a>],
    pub keywords: &'a [Keyword<'a>],
    pub body: &'a [Stmt<'a>],
    pub decorator_list: &'a [Expr<'a>],
    pub type_params: &'a [TypeParam<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Return<'a> {
    pub span: Span,
    pub value: Option<Expr<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct Delete<'a> {
    pub span: Span,
    pub targets: &'a [Expr<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Assign<'a> {
    pub span: Span,
    pub targets: &'a [Expr<'a>],
    pub value: Expr<'a>,
    pub type_comment: Option<&'a str>,
}

#[derive(Clone, Copy, Debug)]
pub struct TypeAlias<'a> {
    pub span: Span,
    /// Always a `Name` in `Store` context.
    pub name: Expr<'a>,
    pub type_params: &'a [TypeParam<'a>],
    pub value: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct AugAssign<'a> {
    pub span: Span,
    pub target: Expr<'a>,
    pub op: Operator,
    pub value: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct AnnAssign<'a> {
    pub span: Span,
    pub target: Expr<'a>,
    pub annotation: Expr<'a>,
    pub value: Option<Expr<'a>>,
    /// CPython's `simple`: the target is a bare name not in parentheses.
    pub simple: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct For<'a> {
    pub span: Span,
    pub is_async: bool,
    pub target: Expr<'a>,
    pub iter: Expr<'a>,
    pub body: &'a [Stmt<'a>],
    pub orelse: &'a [Stmt<'a>],
    pub type_comment: Option<&'a str>,
}

#[derive(Clone, Copy, Debug)]
pub struct While<'a> {
    pub span: Span,
    pub test: Expr<'a>,
    pub body: &'a [Stmt<'a>],
    pub orelse: &'a [Stmt<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct If<'a> {
    pub span: Span,
    pub test: Expr<'a>,
    pub body: &'a [Stmt<'a>],
    pub orelse: &'a [Stmt<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct With<'a> {
    pub span: Span,
    pub is_async: bool,
    pub items: &'a [WithItem<'a>],
    pub body: &'a [Stmt<'a>],
    pub type_comment: Option<&'a str>,
}

#[derive(Clone, Copy, Debug)]
pub struct Match<'a> {
    pub span: Span,
    pub subject: Expr<'a>,
    pub cases: &'a [MatchCase<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Raise<'a> {
    pub span: Span,
    pub exc: Option<Expr<'a>>,
    pub cause: Option<Expr<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct Try<'a> {
    pub span: Span,
    /// `TryStar` (`except*`) rather than `Try`.
    pub is_star: bool,
    pub body: &'a [Stmt<'a>],
    pub handlers: &'a [ExceptHandler<'a>],
    pub orelse: &'a [Stmt<'a>],
    pub finalbody: &'a [Stmt<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Assert<'a> {
    pub span: Span,
    pub test: Expr<'a>,
    pub msg: Option<Expr<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct Import<'a> {
    pub span: Span,
    pub names: &'a [Alias<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct ImportFrom<'a> {
    pub span: Span,
    pub module: Option<Ident<'a>>,
    pub names: &'a [Alias<'a>],
    pub level: u32,
}

#[derive(Clone, Copy, Debug)]
pub struct Global<'a> {
    pub span: Span,
    pub names: &'a [Ident<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Nonlocal<'a> {
    pub span: Span,
    pub names: &'a [Ident<'a>],
}

/// An expression statement (CPython's `Expr` statement node).
#[derive(Clone, Copy, Debug)]
pub struct ExprStmt<'a> {
    pub span: Span,
    pub value: Expr<'a>,
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
pub enum Expr<'a> {
    BoolOp(&'a BoolOp<'a>),
    NamedExpr(&'a NamedExpr<'a>),
    BinOp(&'a BinOp<'a>),
    UnaryOp(&'a UnaryOp<'a>),
    Lambda(&'a Lambda<'a>),
    IfExp(&'a IfExp<'a>),
    Dict(&'a Dict<'a>),
    Set(&'a Set<'a>),
    ListComp(&'a Comp<'a>),
    SetComp(&'a Comp<'a>),
    DictComp(&'a DictComp<'a>),
    GeneratorExp(&'a Comp<'a>),
    Await(&'a Await<'a>),
    Yield(&'a Yield<'a>),
    YieldFrom(&'a YieldFrom<'a>),
    Compare(&'a Compare<'a>),
    Call(&'a Call<'a>),
    FormattedValue(&'a FormattedValue<'a>),
    JoinedStr(&'a JoinedStr<'a>),
    Constant(&'a Constant<'a>),
    Attribute(&'a Attribute<'a>),
    Subscript(&'a Subscript<'a>),
    Starred(&'a Starred<'a>),
    Name(&'a Name<'a>),
    List(&'a List<'a>),
    Tuple(&'a Tuple<'a>),
    Slice(&'a Slice<'a>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOperator {
    And,
    Or,
}

/// CPython's `operator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOperator {
    Invert,
    Not,
    UAdd,
    USub,
}

/// CPython's `cmpop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Copy, Debug)]
pub struct BoolOp<'a> {
    pub span: Span,
    pub op: BoolOperator,
    pub values: &'a [Expr<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct NamedExpr<'a> {
    pub span: Span,
    pub target: Expr<'a>,
    pub value: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct BinOp<'a> {
    pub span: Span,
    pub left: Expr<'a>,
    pub op: Operator,
    pub right: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct UnaryOp<'a> {
    pub span: Span,
    pub op: UnaryOperator,
    pub operand: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct Lambda<'a> {
    pub span: Span,
    pub args: &'a Arguments<'a>,
    pub body: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct IfExp<'a> {
    pub span: Span,
    pub test: Expr<'a>,
    pub body: Expr<'a>,
    pub orelse: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct Dict<'a> {
    pub span: Span,
    /// `None` marks a `**mapping` entry, whose mapping is the matching `values` item.
    pub keys: &'a [Option<Expr<'a>>],
    pub values: &'a [Expr<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Set<'a> {
    pub span: Span,
    pub elts: &'a [Expr<'a>],
}

/// `ListComp`, `SetComp` and `GeneratorExp` (the variant of [`Expr`] says which).
#[derive(Clone, Copy, Debug)]
pub struct Comp<'a> {
    pub span: Span,
    pub elt: Expr<'a>,
    pub generators: &'a [Comprehension<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct DictComp<'a> {
    pub span: Span,
    pub key: Expr<'a>,
    pub value: Expr<'a>,
    pub generators: &'a [Comprehension<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Await<'a> {
    pub span: Span,
    pub value: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct Yield<'a> {
    pub span: Span,
    pub value: Option<Expr<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct YieldFrom<'a> {
    pub span: Span,
    pub value: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct Compare<'a> {
    pub span: Span,
    pub left: Expr<'a>,
    pub ops: &'a [CmpOp],
    pub comparators: &'a [Expr<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Call<'a> {
    pub span: Span,
    pub func: Expr<'a>,
    pub args: &'a [Expr<'a>],
    pub keywords: &'a [Keyword<'a>],
}

/// The `!s`/`!r`/`!a` conversion of an f-string replacement field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

impl Conversion {
    /// The integer CPython stores in `FormattedValue.conversion` (-1 or the character code).
    pub fn as_int(self) -> i32 {
        match self {
            Conversion::None => -1,
            Conversion::Str => 's' as i32,
            Conversion::Repr => 'r' as i32,
            Conversion::Ascii => 'a' as i32,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct FormattedValue<'a> {
    pub span: Span,
    pub value: Expr<'a>,
    pub conversion: Conversion,
    /// Always a `JoinedStr` when present.
    pub format_spec: Option<Expr<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct JoinedStr<'a> {
    pub span: Span,
    /// `Constant` strings and `FormattedValue`s.
    pub values: &'a [Expr<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Constant<'a> {
    pub span: Span,
    pub value: ConstantValue<'a>,
    /// CPython's `kind`: `Some("u")` for a `u"..."` string, otherwise `None`.
    pub kind: Option<&'a str>,
}

/// The value of a literal, decoded as CPython decodes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ConstantValue<'a> {
    None,
    Bool(bool),
    Ellipsis,
    Int(IntValue<'a>),
    Float(f64),
    /// An imaginary literal `NNNj`: the real part is always 0.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(StrValue<'a>),
    Bytes(&'a [u8]),
}

/// An integer literal. Literals that fit an `i64` are stored inline; larger ones keep their
/// digits (underscores removed) so that no big-integer type (which owns heap memory) has to
/// live in the arena; consumers convert them with their own big-integer type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntValue<'a> {
    Small(i64),
    Big { digits: &'a str, radix: u32 },
}

/// A Python `str` value: a sequence of code points, which unlike Rust's `str` may contain lone
/// surrogates (`"\ud800"` is a valid Python literal).
///
/// Stored as *generalised UTF-8*: every code point encoded on its own with the UTF-8 scheme,
/// surrogates included (a pair stays two 3-byte sequences). This is exactly what CPython's
/// `str.encode("utf-8", "surrogatepass")` produces and what `marshal` writes, so it converts
/// to the VM and to `.pyc` files without re-encoding. Without surrogates the bytes are plain
/// UTF-8 and [`StrValue::as_str`] borrows them.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct StrValue<'a> {
    bytes: &'a [u8],
    has_surrogates: bool,
}

impl<'a> StrValue<'a> {
    /// A value without surrogates.
    pub fn new(s: &'a str) -> Self {
        StrValue {
            bytes: s.as_bytes(),
            has_surrogates: false,
        }
    }

    /// A value from generalised UTF-8 bytes; `None` if they are not well formed.
    pub fn from_generalized_utf8(bytes: &'a [u8]) -> Option<Self> {
        let mut has_surrogates = false;
        let mut iter = CodePoints { bytes, pos: 0 };
        while iter.pos < bytes.len() {
            let cp = decode_generalized_utf8(bytes, iter.pos)?;
            if (0xD800..0xE000).contains(&cp.0) {
                has_surrogates = true;
            }
            iter.pos += cp.1;
        }
        Some(StrValue {
            bytes,
            has_surrogates,
        })
    }

    /// The text as a Rust `str`, unless it contains lone surrogates.
    pub fn as_str(&self) -> Option<&'a str> {
        if self.has_surrogates {
            None
        } else {
            std::str::from_utf8(self.bytes).ok()
        }
    }

    /// The generalised UTF-8 bytes.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    pub fn has_surrogates(&self) -> bool {
        self.has_surrogates
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'a> {
        CodePoints {
            bytes: self.bytes,
            pos: 0,
        }
    }
}

impl std::fmt::Debug for StrValue<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_str() {
            Some(s) => write!(f, "{s:?}"),
            None => write!(f, "StrValue({:?})", self.bytes),
        }
    }
}

/// Iterator over the code points of a [`StrValue`].
#[derive(Clone, Debug)]
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let (cp, len) = decode_generalized_utf8(self.bytes, self.pos)?;
        self.pos += len;
        Some(cp)
    }
}

/// Decodes one code point of generalised UTF-8 at `pos`: `(code point, byte length)`.
fn decode_generalized_utf8(bytes: &[u8], pos: usize) -> Option<(u32, usize)> {
    let b0 = *bytes.get(pos)? as u32;
    let cont = |i: usize| -> Option<u32> {
        let b = *bytes.get(pos + i)? as u32;
        (b & 0xC0 == 0x80).then_some(b & 0x3F)
    };
    if b0 < 0x80 {
        Some((b0, 1))
    } else if b0 & 0xE0 == 0xC0 {
        let cp = ((b0 & 0x1F) << 6) | cont(1)?;
        (cp >= 0x80).then_some((cp, 2))
    } else if b0 & 0xF0 == 0xE0 {
        let cp = ((b0 & 0x0F) << 12) | (cont(1)? << 6) | cont(2)?;
        (cp >= 0x800).then_some((cp, 3))
    } else if b0 & 0xF8 == 0xF0 {
        let cp = ((b0 & 0x07) << 18) | (cont(1)? << 12) | (cont(2)? << 6) | cont(3)?;
        (0x10000..=0x10FFFF).contains(&cp).then_some((cp, 4))
    } else {
        None
    }
}

/// Appends code point `cp` (surrogates allowed) to `out` in generalised UTF-8.
pub fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    match cp {
        0..=0x7F => out.push(cp as u8),
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        _ => out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Attribute<'a> {
    pub span: Span,
    pub value: Expr<'a>,
    pub attr: Ident<'a>,
    pub ctx: ExprContext,
}

#[derive(Clone, Copy, Debug)]
pub struct Subscript<'a> {
    pub span: Span,
    pub value: Expr<'a>,
    pub slice: Expr<'a>,
    pub ctx: ExprContext,
}

#[derive(Clone, Copy, Debug)]
pub struct Starred<'a> {
    pub span: Span,
    pub value: Expr<'a>,
    pub ctx: ExprContext,
}

#[derive(Clone, Copy, Debug)]
pub struct Name<'a> {
    pub span: Span,
    pub id: Ident<'a>,
    pub ctx: ExprContext,
}

#[derive(Clone, Copy, Debug)]
pub struct List<'a> {
    pub span: Span,
    pub elts: &'a [Expr<'a>],
    pub ctx: ExprContext,
}

#[derive(Clone, Copy, Debug)]
pub struct Tuple<'a> {
    pub span: Span,
    pub elts: &'a [Expr<'a>],
    pub ctx: ExprContext,
}

#[derive(Clone, Copy, Debug)]
pub struct Slice<'a> {
    pub span: Span,
    pub lower: Option<Expr<'a>>,
    pub upper: Option<Expr<'a>>,
    pub step: Option<Expr<'a>>,
}

// ---------------------------------------------------------------------------------------------
// Auxiliary nodes
// ---------------------------------------------------------------------------------------------

/// CPython's `comprehension` (no position attributes).
#[derive(Clone, Copy, Debug)]
pub struct Comprehension<'a> {
    pub target: Expr<'a>,
    pub iter: Expr<'a>,
    pub ifs: &'a [Expr<'a>],
    pub is_async: bool,
}

/// CPython's `ExceptHandler` (the only kind of `excepthandler`).
#[derive(Clone, Copy, Debug)]
pub struct ExceptHandler<'a> {
    pub span: Span,
    pub type_: Option<Expr<'a>>,
    pub name: Option<Ident<'a>>,
    pub body: &'a [Stmt<'a>],
}

/// CPython's `arguments` (no position attributes).
#[derive(Clone, Copy, Debug, Default)]
pub struct Arguments<'a> {
    pub posonlyargs: &'a [Arg<'a>],
    pub args: &'a [Arg<'a>],
    pub vararg: Option<&'a Arg<'a>>,
    pub kwonlyargs: &'a [Arg<'a>],
    /// One per `kwonlyargs` item; `None` where it has no default.
    pub kw_defaults: &'a [Option<Expr<'a>>],
    pub kwarg: Option<&'a Arg<'a>>,
    /// Defaults of the last `posonlyargs` + `args`.
    pub defaults: &'a [Expr<'a>],
}

/// CPython's `arg`.
#[derive(Clone, Copy, Debug)]
pub struct Arg<'a> {
    pub span: Span,
    pub arg: Ident<'a>,
    pub annotation: Option<Expr<'a>>,
    pub type_comment: Option<&'a str>,
}

#[derive(Clone, Copy, Debug)]
pub struct Keyword<'a> {
    pub span: Span,
    /// `None` for `**kwargs`.
    pub arg: Option<Ident<'a>>,
    pub value: Expr<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct Alias<'a> {
    pub span: Span,
    /// May be dotted (`a.b.c`) or `*`.
    pub name: Ident<'a>,
    pub asname: Option<Ident<'a>>,
}

/// CPython's `withitem` (no position attributes).
#[derive(Clone, Copy, Debug)]
pub struct WithItem<'a> {
    pub context_expr: Expr<'a>,
    pub optional_vars: Option<Expr<'a>>,
}

/// CPython's `match_case` (no position attributes).
#[derive(Clone, Copy, Debug)]
pub struct MatchCase<'a> {
    pub pattern: Pattern<'a>,
    pub guard: Option<Expr<'a>>,
    pub body: &'a [Stmt<'a>],
}

#[derive(Clone, Copy, Debug)]
pub enum Pattern<'a> {
    MatchValue(&'a MatchValue<'a>),
    MatchSingleton(&'a MatchSingleton),
    MatchSequence(&'a MatchSequence<'a>),
    MatchMapping(&'a MatchMapping<'a>),
    MatchClass(&'a MatchClass<'a>),
    MatchStar(&'a MatchStar<'a>),
    MatchAs(&'a MatchAs<'a>),
    MatchOr(&'a MatchOr<'a>),
}

#[derive(Clone, Copy, Debug)]
pub struct MatchValue<'a> {
    pub span: Span,
    pub value: Expr<'a>,
}

/// `None`, `True` or `False` in a pattern.
#[derive(Clone, Copy, Debug)]
pub struct MatchSingleton {
    pub span: Span,
    /// Only `ConstantValue::None` or `ConstantValue::Bool`.
    pub value: ConstantValue<'static>,
}

#[derive(Clone, Copy, Debug)]
pub struct MatchSequence<'a> {
    pub span: Span,
    pub patterns: &'a [Pattern<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct MatchMapping<'a> {
    pub span: Span,
    pub keys: &'a [Expr<'a>],
    pub patterns: &'a [Pattern<'a>],
    pub rest: Option<Ident<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct MatchClass<'a> {
    pub span: Span,
    pub cls: Expr<'a>,
    pub patterns: &'a [Pattern<'a>],
    pub kwd_attrs: &'a [Ident<'a>],
    pub kwd_patterns: &'a [Pattern<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct MatchStar<'a> {
    pub span: Span,
    pub name: Option<Ident<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct MatchAs<'a> {
    pub span: Span,
    pub pattern: Option<Pattern<'a>>,
    pub name: Option<Ident<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct MatchOr<'a> {
    pub span: Span,
    pub patterns: &'a [Pattern<'a>],
}

/// PEP 695 type parameters.
#[derive(Clone, Copy, Debug)]
pub enum TypeParam<'a> {
    TypeVar(&'a TypeVar<'a>),
    ParamSpec(&'a ParamSpec<'a>),
    TypeVarTuple(&'a TypeVarTuple<'a>),
}

#[derive(Clone, Copy, Debug)]
pub struct TypeVar<'a> {
    pub span: Span,
    pub name: Ident<'a>,
    pub bound: Option<Expr<'a>>,
}

#[derive(Clone, Copy, Debug)]
pub struct ParamSpec<'a> {
    pub span: Span,
    pub name: Ident<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct TypeVarTuple<'a> {
    pub span: Span,
    pub name: Ident<'a>,
}

// ---------------------------------------------------------------------------------------------
// Accessors
// ---------------------------------------------------------------------------------------------

impl<'a> Stmt<'a> {
    pub fn span(&self) -> Span {
        match self {
            Stmt::FunctionDef(n) => n.span,
            Stmt::ClassDef(n) => n.span,
            Stmt::Return(n) => n.span,
            Stmt::Delete(n) => n.span,
            Stmt::Assign(n) => n.span,
            Stmt::TypeAlias(n) => n.span,
            Stmt::AugAssign(n) => n.span,
            Stmt::AnnAssign(n) => n.span,
            Stmt::For(n) => n.span,
            Stmt::While(n) => n.span,
            Stmt::If(n) => n.span,
            Stmt::With(n) => n.span,
            Stmt::Match(n) => n.span,
            Stmt::Raise(n) => n.span,
            Stmt::Try(n) => n.span,
            Stmt::Assert(n) => n.span,
            Stmt::Import(n) => n.span,
            Stmt::ImportFrom(n) => n.span,
            Stmt::Global(n) => n.span,
            Stmt::Nonlocal(n) => n.span,
            Stmt::Expr(n) => n.span,
            Stmt::Pass(s) | Stmt::Break(s) | Stmt::Continue(s) => **s,
        }
    }

    /// CPython's class name for this node (`AsyncFunctionDef`, `TryStar`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Stmt::FunctionDef(n) if n.is_async => "AsyncFunctionDef",
            Stmt::FunctionDef(_) => "FunctionDef",
            Stmt::ClassDef(_) => "ClassDef",
            Stmt::Return(_) => "Return",
            Stmt::Delete(_) => "Delete",
            Stmt::Assign(_) => "Assign",
            Stmt::TypeAlias(_) => "TypeAlias",
            Stmt::AugAssign(_) => "AugAssign",
            Stmt::AnnAssign(_) => "AnnAssign",
            Stmt::For(n) if n.is_async => "AsyncFor",
            Stmt::For(_) => "For",
            Stmt::While(_) => "While",
            Stmt::If(_) => "If",
            Stmt::With(n) if n.is_async => "AsyncWith",
            Stmt::With(_) => "With",
            Stmt::Match(_) => "Match",
            Stmt::Raise(_) => "Raise",
            Stmt::Try(n) if n.is_star => "TryStar",
            Stmt::Try(_) => "Try",
            Stmt::Assert(_) => "Assert",
            Stmt::Import(_) => "Import",
            Stmt::ImportFrom(_) => "ImportFrom",
            Stmt::Global(_) => "Global",
            Stmt::Nonlocal(_) => "Nonlocal",
            Stmt::Expr(_) => "Expr",
            Stmt::Pass(_) => "Pass",
            Stmt::Break(_) => "Break",
            Stmt::Continue(_) => "Continue",
        }
    }
}

impl<'a> Expr<'a> {
    pub fn span(&self) -> Span {
        match self {
            Expr::BoolOp(n) => n.span,
            Expr::NamedExpr(n) => n.span,
            Expr::BinOp(n) => n.span,
            Expr::UnaryOp(n) => n.span,
            Expr::Lambda(n) => n.span,
            Expr::IfExp(n) => n.span,
            Expr::Dict(n) => n.span,
            Expr::Set(n) => n.span,
            Expr::ListComp(n) | Expr::SetComp(n) | Expr::GeneratorExp(n) => n.span,
            Expr::DictComp(n) => n.span,
            Expr::Await(n) => n.span,
            Expr::Yield(n) => n.span,
            Expr::YieldFrom(n) => n.span,
            Expr::Compare(n) => n.span,
            Expr::Call(n) => n.span,
            Expr::FormattedValue(n) => n.span,
            Expr::JoinedStr(n) => n.span,
            Expr::Constant(n) => n.span,
            Expr::Attribute(n) => n.span,
            Expr::Subscript(n) => n.span,
            Expr::Starred(n) => n.span,
            Expr::Name(n) => n.span,
            Expr::List(n) => n.span,
            Expr::Tuple(n) => n.span,
            Expr::Slice(n) => n.span,
        }
    }

    /// CPython's class name for this node.
    pub fn name(&self) -> &'static str {
        match self {
            Expr::BoolOp(_) => "BoolOp",
            Expr::NamedExpr(_) => "NamedExpr",
            Expr::BinOp(_) => "BinOp",
            Expr::UnaryOp(_) => "UnaryOp",
            Expr::Lambda(_) => "Lambda",
            Expr::IfExp(_) => "IfExp",
            Expr::Dict(_) => "Dict",
            Expr::Set(_) => "Set",
            Expr::ListComp(_) => "ListComp",
            Expr::SetComp(_) => "SetComp",
            Expr::DictComp(_) => "DictComp",
            Expr::GeneratorExp(_) => "GeneratorExp",
            Expr::Await(_) => "Await",
            Expr::Yield(_) => "Yield",
            Expr::YieldFrom(_) => "YieldFrom",
            Expr::Compare(_) => "Compare",
            Expr::Call(_) => "Call",
            Expr::FormattedValue(_) => "FormattedValue",
            Expr::JoinedStr(_) => "JoinedStr",
            Expr::Constant(_) => "Constant",
            Expr::Attribute(_) => "Attribute",
            Expr::Subscript(_) => "Subscript",
            Expr::Starred(_) => "Starred",
            Expr::Name(_) => "Name",
            Expr::List(_) => "List",
            Expr::Tuple(_) => "Tuple",
            Expr::Slice(_) => "Slice",
        }
    }
}

impl Pattern<'_> {
    pub fn span(&self) -> Span {
        match self {
            Pattern::MatchValue(n) => n.span,
            Pattern::MatchSingleton(n) => n.span,
            Pattern::MatchSequence(n) => n.span,
            Pattern::MatchMapping(n) => n.span,
            Pattern::MatchClass(n) => n.span,
            Pattern::MatchStar(n) => n.span,
            Pattern::MatchAs(n) => n.span,
            Pattern::MatchOr(n) => n.span,
        }
    }
}

impl TypeParam<'_> {
    pub fn span(&self) -> Span {
        match self {
            TypeParam::TypeVar(n) => n.span,
            TypeParam::ParamSpec(n) => n.span,
            TypeParam::TypeVarTuple(n) => n.span,
        }
    }
}

// Keep the hot enums two words, as the design asks; a new unboxed variant fails the build.
const _: () = assert!(std::mem::size_of::<Expr<'static>>() == 16);
const _: () = assert!(std::mem::size_of::<Stmt<'static>>() == 16);
const _: () = assert!(std::mem::size_of::<Pattern<'static>>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Expr<'static>>>() == 16);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_value_round_trips_surrogates() {
        let mut buf = Vec::new();
        for cp in [0x41, 0xD800, 0xDC00, 0x1F600, 0xE9] {
            push_code_point(&mut buf, cp);
        }
        let v = StrValue::from_generalized_utf8(&buf).expect("well formed");
        assert!(v.has_surrogates());
        assert_eq!(v.as_str(), None);
        assert_eq!(
            v.code_points().collect::<Vec<_>>(),
            vec![0x41, 0xD800, 0xDC00, 0x1F600, 0xE9]
        );
        let plain = StrValue::new("héllo");
        assert_eq!(plain.as_str(), Some("héllo"));
        assert_eq!(plain.code_points().count(), 5);
    }

    #[test]
    fn malformed_generalized_utf8_is_rejected() {
        assert!(StrValue::from_generalized_utf8(&[0xC0, 0x80]).is_none()); // overlong
        assert!(StrValue::from_generalized_utf8(&[0xE2, 0x82]).is_none()); // truncated
        assert!(StrValue::from_generalized_utf8(&[0xFF]).is_none());
    }
}
