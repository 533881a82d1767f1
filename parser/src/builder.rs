//! Node construction for the grammar's actions.
//!
//! Every grammar action is a one-line call into [`Builder`], which allocates nodes in the arena
//! and applies the checks an LR grammar expresses badly: assignment targets (re-allocated with
//! `Store`/`Del` context), parameter and argument order, string concatenation and f-string
//! assembly. Keeping the logic here keeps the generated parser small and the rules testable.

use std::cell::RefCell;

use bumpalo::collections::Vec as BVec;
use bumpalo::Bump;
use lalrpop_util::ParseError;

use crate::ast::*;
use crate::error::SyntaxErrorKind;
use crate::literal::{self, DecodedString, LiteralWarning};
use crate::token::{Middle, Token};
use crate::validate::{self, TargetKind};

/// An error found while parsing, positioned by byte offsets; converted to a
/// [`crate::SyntaxError`] once the line index is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PErr {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: u32,
    /// End of the highlighted range, when CPython reports one.
    pub end: Option<u32>,
    /// A lexer error, which knows its own CPython position.
    pub lex: Option<pyvm_lexer::LexError>,
    /// The end column is counted in bytes, not characters (CPython's quirk for some errors
    /// of string literals).
    pub end_in_bytes: bool,
}

impl PErr {
    /// An `end` meaning "on the start's line, with no end column" (CPython's -1), as for
    /// errors at the end of the input and for "unexpected indent".
    pub(crate) const END_LINE_ONLY: u32 = u32::MAX;
    /// An `end` meaning "one column after the start, on its line": CPython's NEWLINE token,
    /// whose end stays on its own line although the newline byte ends it.
    pub(crate) const END_NEXT_COLUMN: u32 = u32::MAX - 1;
    /// An `end` meaning "on the start's line, end column 0" (CPython's -1 plus one).
    pub(crate) const END_COLUMN_ZERO: u32 = u32::MAX - 2;

    pub(crate) fn new(msg: impl Into<String>, span: Span) -> Self {
        PErr {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start: span.start,
            end: Some(span.end),
            lex: None,
            end_in_bytes: false,
        }
    }

    pub(crate) fn from_lex(e: pyvm_lexer::LexError) -> Self {
        PErr {
            kind: SyntaxErrorKind::SyntaxError,
            msg: String::new(),
            start: e.start,
            end: Some(e.end),
            lex: Some(e),
            end_in_bytes: false,
        }
    }
}

/// The error type of the generated parser.
pub(crate) type PError<'a, 'src> = ParseError<u32, Token<'a, 'src>, PErr>;
/// Result of a fallible grammar action.
pub(crate) type PResult<'a, 'src, T> = Result<T, PError<'a, 'src>>;

/// A literal warning with its absolute byte offset.
#[derive(Clone, Debug)]
pub(crate) struct WarningAt {
    pub msg: String,
    pub offset: u32,
}

/// The statements of one logical line or one compound statement.
pub(crate) enum StmtGroup<'a> {
    One(Stmt<'a>),
    /// One statement followed by `;`, whose end is given.
    OneEnd(Stmt<'a>, u32),
    Many(&'a [Stmt<'a>], Option<u32>),
}

impl<'a> StmtGroup<'a> {
    /// The end of the group's last non-whitespace token.
    pub(crate) fn end(&self) -> u32 {
        match self {
            StmtGroup::One(s) => s.span().end,
            StmtGroup::OneEnd(_, end) | StmtGroup::Many(_, Some(end)) => *end,
            StmtGroup::Many(s, None) => s.last().map_or(0, |l| l.span().end),
        }
    }

    pub(crate) fn push_into(self, v: &mut BVec<'a, Stmt<'a>>) {
        match self {
            StmtGroup::One(s) | StmtGroup::OneEnd(s, _) => v.push(s),
            StmtGroup::Many(s, _) => v.extend_from_slice(s),
        }
    }

    pub(crate) fn into_slice(self, b: &Builder<'a, '_>) -> &'a [Stmt<'a>] {
        match self {
            StmtGroup::One(s) | StmtGroup::OneEnd(s, _) => b.slice1(s),
            StmtGroup::Many(s, _) => s,
        }
    }

    pub(crate) fn into_block(self, b: &Builder<'a, '_>) -> Block<'a> {
        match self {
            StmtGroup::One(s) => Block {
                stmts: b.slice1(s),
                end: s.span().end,
            },
            StmtGroup::OneEnd(s, end) => Block {
                stmts: b.slice1(s),
                end,
            },
            StmtGroup::Many(s, end) => Block {
                stmts: s,
                end: end.unwrap_or_else(|| s.last().map_or(0, |l| l.span().end)),
            },
        }
    }
}

/// A block and the end of its last non-whitespace token (where CPython ends the enclosing
/// compound statement).
#[derive(Clone, Copy)]
pub(crate) struct Block<'a> {
    pub stmts: &'a [Stmt<'a>],
    pub end: u32,
}

/// One item of a `def` or `lambda` parameter list, before the order rules are applied.
pub(crate) enum ParamItem<'a> {
    Plain(Arg<'a>, Option<Expr<'a>>),
    /// `*` (bare) or `*args`; the span is the star.
    Star(Span, Option<Arg<'a>>),
    /// `**kwargs`; the span is the double star.
    DoubleStar(Span, Arg<'a>),
    Slash(Span),
    /// A form that is always an error.
    Bad(Span, &'static str),
}

/// One item of a call's argument list.
pub(crate) enum ArgItem<'a> {
    Positional(Expr<'a>),
    Genexp(Expr<'a>),
    Keyword(Keyword<'a>),
    DoubleStar(Keyword<'a>),
}

pub(crate) struct ArgList<'a> {
    pub items: BVec<'a, ArgItem<'a>>,
    pub trailing_comma: bool,
}

pub(crate) enum ClassPatternArg<'a> {
    Positional(Pattern<'a>),
    Keyword(&'a str, Pattern<'a>),
}

#[derive(Clone, Copy)]
pub(crate) enum CompKind {
    List,
    Set,
    Generator,
}

/// One literal of an implicitly concatenated string.
pub(crate) enum StrPart<'a> {
    Str {
        span: Span,
        value: DecodedString<'a>,
    },
    FString {
        pieces: BVec<'a, Expr<'a>>,
    },
}

/// What a replacement field contributes to its f-string: the `expr=` text, then the value.
pub(crate) struct FieldPieces<'a> {
    debug: Option<Expr<'a>>,
    value: Expr<'a>,
}

impl<'a> FieldPieces<'a> {
    pub(crate) fn push_into(self, v: &mut BVec<'a, Expr<'a>>) {
        if let Some(d) = self.debug {
            v.push(d);
        }
        v.push(self.value);
    }
}

/// Allocates nodes and checks them; shared by all grammar actions of one parse.
pub(crate) struct Builder<'a, 'src> {
    pub arena: &'a Bump,
    pub source: &'src str,
    pub warnings: RefCell<Vec<WarningAt>>,
    scratch_warnings: RefCell<Vec<LiteralWarning>>,
    /// The first decoding error of a piece of the f-string being parsed: CPython reports it
    /// at the f-string's closing quote ([`Builder::fstring`]).
    fstring_error: RefCell<Option<String>>,
}

fn user<'a, 'src>(e: PErr) -> PError<'a, 'src> {
    ParseError::User { error: e }
}

impl<'a, 'src> Builder<'a, 'src> {
    pub(crate) fn new(arena: &'a Bump, source: &'src str) -> Self {
        Builder {
            arena,
            source,
            warnings: RefCell::new(Vec::new()),
            scratch_warnings: RefCell::new(Vec::new()),
            fstring_error: RefCell::new(None),
        }
    }

    // --- small helpers ------------------------------------------------------------------------

    pub(crate) fn alloc<T>(&self, v: T) -> &'a T {
        self.arena.alloc(v)
    }

    pub(crate) fn vec<T>(&self) -> BVec<'a, T> {
        BVec::new_in(self.arena)
    }

    pub(crate) fn vec1<T>(&self, a: T) -> BVec<'a, T> {
        let mut v = BVec::with_capacity_in(4, self.arena);
        v.push(a);
        v
    }

    pub(crate) fn vec2<T>(&self, a: T, c: T) -> BVec<'a, T> {
        let mut v = BVec::with_capacity_in(4, self.arena);
        v.push(a);
        v.push(c);
        v
    }

    pub(crate) fn slice1<T: Copy>(&self, a: T) -> &'a [T] {
        std::slice::from_ref(self.arena.alloc(a))
    }

    pub(crate) fn err_at(&self, span: Span, msg: &str) -> PError<'a, 'src> {
        user(PErr::new(msg, span))
    }

    fn text(&self, span: Span) -> &'src str {
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    fn str_in_arena(&self, s: &str) -> &'a str {
        self.arena.alloc_str(s)
    }

    fn take_warnings(&self, base: u32) {
        let mut scratch = self.scratch_warnings.borrow_mut();
        if scratch.is_empty() {
            return;
        }
        let mut out = self.warnings.borrow_mut();
        for w in scratch.drain(..) {
            out.push(WarningAt {
                msg: w.msg,
                offset: base + w.offset as u32,
            });
        }
    }

    // --- module and blocks --------------------------------------------------------------------

    pub(crate) fn module(&self, body: BVec<'a, Stmt<'a>>) -> Module<'a> {
        Module {
            body: body.into_bump_slice(),
            type_ignores: &[],
        }
    }

    pub(crate) fn block(&self, (v, end): (BVec<'a, Stmt<'a>>, u32)) -> Block<'a> {
        Block {
            stmts: v.into_bump_slice(),
            end,
        }
    }

    // --- simple statements --------------------------------------------------------------------

    pub(crate) fn ret(&self, span: Span, value: Option<Expr<'a>>) -> Stmt<'a> {
        Stmt::Return(self.alloc(Return { span, value }))
    }

    pub(crate) fn raise(
        &self,
        span: Span,
        exc: Option<Expr<'a>>,
        cause: Option<Expr<'a>>,
    ) -> Stmt<'a> {
        Stmt::Raise(self.alloc(Raise { span, exc, cause }))
    }

    pub(crate) fn assert(&self, span: Span, test: Expr<'a>, msg: Option<Expr<'a>>) -> Stmt<'a> {
        Stmt::Assert(self.alloc(Assert { span, test, msg }))
    }

    pub(crate) fn delete(
        &self,
        span: Span,
        targets: BVec<'a, Expr<'a>>,
    ) -> PResult<'a, 'src, Stmt<'a>> {
        let mut out = BVec::with_capacity_in(targets.len(), self.arena);
        for t in targets {
            out.push(validate::to_target(self, t, TargetKind::Del).map_err(user)?);
        }
        Ok(Stmt::Delete(self.alloc(Delete {
            span,
            targets: out.into_bump_slice(),
        })))
    }

    pub(crate) fn expr_stmt(&self, span: Span, e: Expr<'a>) -> PResult<'a, 'src, Stmt<'a>> {
        Ok(Stmt::Expr(self.alloc(ExprStmt { span, value: e })))
    }

    pub(crate) fn assign(
        &self,
        span: Span,
        mut chain: BVec<'a, Expr<'a>>,
        type_comment: Option<&str>,
    ) -> PResult<'a, 'src, Stmt<'a>> {
        let Some(value) = chain.pop() else {
            return Err(self.err_at(span, "invalid syntax"));
        };
        let single_rhs = chain.len() == 1;
        let mut targets = BVec::with_capacity_in(chain.len(), self.arena);
        for (i, t) in chain.iter().copied().enumerate() {
            let err = if i == 0 {
                validate::assign_target_error(t, single_rhs, span.start)
            } else {
                validate::later_target_error(t)
            };
            if let Some(e) = err {
                // CPython tries `NAME = bitwise_or` before it judges the targets.
                let hint = if single_rhs {
                    None
                } else {
                    validate::name_equals_hint(&chain)
                };
                return Err(user(hint.unwrap_or(e)));
            }
            targets.push(validate::to_target(self, t, TargetKind::Assign).map_err(user)?);
        }
        Ok(Stmt::Assign(self.alloc(Assign {
            span,
            targets: targets.into_bump_slice(),
            value,
            type_comment: type_comment.map(|t| self.str_in_arena(t)),
        })))
    }

    pub(crate) fn aug_assign(
        &self,
        span: Span,
        target: Expr<'a>,
        op: Operator,
        value: Expr<'a>,
    ) -> PResult<'a, 'src, Stmt<'a>> {
        let target = match target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {
                validate::to_target(self, target, TargetKind::Assign).map_err(user)?
            }
            other => {
                return Err(user(PErr::new(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        validate::expr_name(&other)
                    ),
                    other.span(),
                )))
            }
        };
        Ok(Stmt::AugAssign(self.alloc(AugAssign {
            span,
            target,
            op,
            value,
        })))
    }

    pub(crate) fn ann_assign(
        &self,
        span: Span,
        target: Expr<'a>,
        annotation: Expr<'a>,
        value: Option<Expr<'a>>,
    ) -> PResult<'a, 'src, Stmt<'a>> {
        let simple = matches!(target, Expr::Name(n) if n.span.start == span.start);
        let target = match target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {
                validate::to_target(self, target, TargetKind::Assign).map_err(user)?
            }
            Expr::Tuple(t) => {
                // Unparenthesized (`a, b: int`), CPython points at the first element.
                let at = match t.elts.first() {
                    Some(first) if !self.text(t.span).starts_with('(') => first.span(),
                    _ => t.span,
                };
                return Err(self.err_at(at, "only single target (not tuple) can be annotated"));
            }
            Expr::List(t) => {
                return Err(self.err_at(t.span, "only single target (not list) can be annotated"))
            }
            other => return Err(self.err_at(other.span(), "illegal target for annotation")),
        };
        Ok(Stmt::AnnAssign(self.alloc(AnnAssign {
            span,
            target,
            annotation,
            value,
            simple,
        })))
    }

    pub(crate) fn import_from(
        &self,
        span: Span,
        module: Option<&'a str>,
        level: u32,
        names: BVec<'a, Alias<'a>>,
    ) -> PResult<'a, 'src, Stmt<'a>> {
        Ok(Stmt::ImportFrom(self.alloc(ImportFrom {
            span,
            module,
            names: names.into_bump_slice(),
            level,
        })))
    }

    pub(crate) fn join_dotted(&self, a: &'a str, b: &'a str) -> &'a str {
        let mut s =
            bumpalo::collections::String::with_capacity_in(a.len() + b.len() + 1, self.arena);
        s.push_str(a);
        s.push('.');
        s.push_str(b);
        s.into_bump_str()
    }

    pub(crate) fn type_alias(
        &self,
        span: Span,
        name_span: Span,
        name: &'a str,
        type_params: Option<&'a [TypeParam<'a>]>,
        value: Expr<'a>,
    ) -> Stmt<'a> {
        Stmt::TypeAlias(self.alloc(TypeAlias {
            span,
            name: self.name(name_span, name, ExprContext::Store),
            type_params: type_params.unwrap_or(&[]),
            value,
        }))
    }

    // --- compound statements ------------------------------------------------------------------

    pub(crate) fn if_chain(
        &self,
        start: u32,
        test: Expr<'a>,
        body: Block<'a>,
        elifs: Vec<(u32, Expr<'a>, Block<'a>)>,
        orelse: Option<Block<'a>>,
    ) -> Stmt<'a> {
        let (mut rest, mut end): (&'a [Stmt<'a>], Option<u32>) = match orelse {
            Some(b) => (b.stmts, Some(b.end)),
            None => (&[], None),
        };
        for (l, t, blk) in elifs.into_iter().rev() {
            let e = end.unwrap_or(blk.end);
            let node = Stmt::If(self.alloc(If {
                span: Span::new(l, e),
                test: t,
                body: blk.stmts,
                orelse: rest,
            }));
            rest = self.slice1(node);
            end = Some(e);
        }
        Stmt::If(self.alloc(If {
            span: Span::new(start, end.unwrap_or(body.end)),
            test,
            body: body.stmts,
            orelse: rest,
        }))
    }

    pub(crate) fn while_(
        &self,
        start: u32,
        test: Expr<'a>,
        body: Block<'a>,
        orelse: Option<Block<'a>>,
    ) -> Stmt<'a> {
        let end = orelse.map_or(body.end, |o| o.end);
        Stmt::While(self.alloc(While {
            span: Span::new(start, end),
            test,
            body: body.stmts,
            orelse: orelse.map_or(&[], |o| o.stmts),
        }))
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn for_(
        &self,
        start: u32,
        is_async: bool,
        target: Expr<'a>,
        iter: Expr<'a>,
        type_comment: Option<&str>,
        body: Block<'a>,
        orelse: Option<Block<'a>>,
    ) -> PResult<'a, 'src, Stmt<'a>> {
        let target = validate::to_target(self, target, TargetKind::For).map_err(user)?;
        let end = orelse.map_or(body.end, |o| o.end);
        Ok(Stmt::For(self.alloc(For {
            span: Span::new(start, end),
            is_async,
            target,
            iter,
            body: body.stmts,
            orelse: orelse.map_or(&[], |o| o.stmts),
            type_comment: type_comment.map(|t| self.str_in_arena(t)),
        })))
    }

    pub(crate) fn handler(
        &self,
        start: u32,
        type_: Option<Expr<'a>>,
        name: Option<&'a str>,
        body: Block<'a>,
    ) -> ExceptHandler<'a> {
        ExceptHandler {
            span: Span::new(start, body.end),
            type_,
            name,
            body: body.stmts,
        }
    }

    pub(crate) fn try_(
        &self,
        start: u32,
        body: Block<'a>,
        handlers: BVec<'a, (ExceptHandler<'a>, bool)>,
        orelse: Option<Block<'a>>,
        finalbody: Option<Block<'a>>,
    ) -> PResult<'a, 'src, Stmt<'a>> {
        let is_star = handlers.first().is_some_and(|h| h.1);
        let mut hs = BVec::with_capacity_in(handlers.len(), self.arena);
        let mut end = body.end;
        for (h, star) in handlers {
            if star != is_star {
                // `except*` is reported from `except` through `*`, a plain `except` alone.
                let kw_end = h.span.start + "except".len() as u32;
                let end = if star {
                    self.source
                        .get(kw_end as usize..)
                        .and_then(|rest| rest.find('*'))
                        .map_or(kw_end, |n| kw_end + n as u32 + 1)
                } else {
                    kw_end
                };
                return Err(self.err_at(
                    Span::new(h.span.start, end),
                    "cannot have both 'except' and 'except*' on the same 'try'",
                ));
            }
            end = h.span.end;
            hs.push(h);
        }
        if let Some(o) = orelse {
            end = o.end;
        }
        if let Some(f) = finalbody {
            end = f.end;
        }
        Ok(Stmt::Try(self.alloc(Try {
            span: Span::new(start, end),
            is_star,
            body: body.stmts,
            handlers: hs.into_bump_slice(),
            orelse: orelse.map_or(&[], |o| o.stmts),
            finalbody: finalbody.map_or(&[], |o| o.stmts),
        })))
    }

    pub(crate) fn with_item(&self, e: Expr<'a>, t: Expr<'a>) -> PResult<'a, 'src, WithItem<'a>> {
        Ok(WithItem {
            context_expr: e,
            optional_vars: Some(validate::to_target(self, t, TargetKind::With).map_err(user)?),
        })
    }

    pub(crate) fn with(
        &self,
        start: u32,
        is_async: bool,
        items: BVec<'a, WithItem<'a>>,
        type_comment: Option<&str>,
        body: Block<'a>,
    ) -> PResult<'a, 'src, Stmt<'a>> {
        Ok(Stmt::With(self.alloc(With {
            span: Span::new(start, body.end),
            is_async,
            items: items.into_bump_slice(),
            body: body.stmts,
            type_comment: type_comment.map(|t| self.str_in_arena(t)),
        })))
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn func_def(
        &self,
        start: u32,
        is_async: bool,
        name: &'a str,
        type_params: Option<&'a [TypeParam<'a>]>,
        args: Option<&'a Arguments<'a>>,
        returns: Option<Expr<'a>>,
        body: (Option<&str>, Block<'a>),
        decorator_list: &'a [Expr<'a>],
    ) -> PResult<'a, 'src, Stmt<'a>> {
        let (tc, block) = body;
        Ok(Stmt::FunctionDef(self.alloc(FunctionDef {
            span: Span::new(start, block.end),
            is_async,
            name,
            args: args.unwrap_or_else(|| self.alloc(Arguments::default())),
            body: block.stmts,
            decorator_list,
            returns,
            type_comment: tc.map(|t| self.str_in_arena(t)),
            type_params: type_params.unwrap_or(&[]),
        })))
    }

    pub(crate) fn class_def(
        &self,
        start: u32,
        name: &'a str,
        type_params: Option<&'a [TypeParam<'a>]>,
        args: Option<(Option<ArgList<'a>>, u32)>,
        body: Block<'a>,
        decorator_list: &'a [Expr<'a>],
    ) -> PResult<'a, 'src, Stmt<'a>> {
        let (bases, keywords) = match args {
            Some((Some(a), close)) => self.split_args(a, close, true)?,
            _ => (&[][..], &[][..]),
        };
        Ok(Stmt::ClassDef(self.alloc(ClassDef {
            span: Span::new(start, body.end),
            name,
            bases,
            keywords,
            body: body.stmts,
            decorator_list,
            type_params: type_params.unwrap_or(&[]),
        })))
    }

    pub(crate) fn decorate(&self, s: Stmt<'a>, decorators: BVec<'a, Expr<'a>>) -> Stmt<'a> {
        let decorator_list = decorators.into_bump_slice();
        match s {
            Stmt::FunctionDef(f) => Stmt::FunctionDef(self.alloc(FunctionDef {
                decorator_list,
                ..*f
            })),
            Stmt::ClassDef(c) => Stmt::ClassDef(self.alloc(ClassDef {
                decorator_list,
                ..*c
            })),
            other => other,
        }
    }

    pub(crate) fn match_(
        &self,
        start: u32,
        subject: Expr<'a>,
        cases: (BVec<'a, MatchCase<'a>>, u32),
    ) -> Stmt<'a> {
        Stmt::Match(self.alloc(Match {
            span: Span::new(start, cases.1),
            subject,
            cases: cases.0.into_bump_slice(),
        }))
    }

    // --- parameters ---------------------------------------------------------------------------

    /// Splits a flat parameter list into CPython's `arguments`, with its order rules.
    pub(crate) fn arguments(
        &self,
        items: BVec<'a, ParamItem<'a>>,
        is_lambda: bool,
    ) -> PResult<'a, 'src, &'a Arguments<'a>> {
        let mut posonly: BVec<'a, Arg<'a>> = self.vec();
        let mut args: BVec<'a, Arg<'a>> = self.vec();
        let mut defaults: BVec<'a, Expr<'a>> = self.vec();
        let mut kwonly: BVec<'a, Arg<'a>> = self.vec();
        let mut kw_defaults: BVec<'a, Option<Expr<'a>>> = self.vec();
        let mut vararg = None;
        let mut kwarg: Option<&'a Arg<'a>> = None;
        let mut seen_slash = false;
        let mut star: Option<Span> = None;
        let mut bare_star_needs_named = false;
        let n = items.len();
        for (i, item) in items.into_iter().enumerate() {
            if kwarg.is_some() {
                let span = match &item {
                    ParamItem::Plain(a, _) => a.span,
                    ParamItem::Star(s, _) | ParamItem::DoubleStar(s, _) | ParamItem::Slash(s) => *s,
                    ParamItem::Bad(s, _) => *s,
                };
                return Err(self.err_at(span, "arguments cannot follow var-keyword argument"));
            }
            match item {
                ParamItem::Bad(span, msg) => return Err(self.err_at(span, msg)),
                ParamItem::Slash(span) => {
                    if seen_slash {
                        return Err(self.err_at(span, "/ may appear only once"));
                    }
                    if star.is_some() {
                        return Err(self.err_at(span, "/ must be ahead of *"));
                    }
                    if args.is_empty() {
                        // A lone `/` is a plain syntax error to CPython.
                        let msg = if i + 1 == n {
                            "invalid syntax"
                        } else {
                            "at least one argument must precede /"
                        };
                        return Err(self.err_at(span, msg));
                    }
                    seen_slash = true;
                    posonly = std::mem::replace(&mut args, self.vec());
                }
                ParamItem::Plain(a, default) => {
                    if star.is_some() {
                        bare_star_needs_named = false;
                        kwonly.push(a);
                        kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => defaults.push(d),
                            None if !defaults.is_empty() => {
                                return Err(self.err_at(
                                    a.span,
                                    "parameter without a default follows parameter with a default",
                                ))
                            }
                            None => {}
                        }
                        args.push(a);
                    }
                }
                ParamItem::Star(span, a) => {
                    if star.is_some() {
                        return Err(self.err_at(span, "* argument may appear only once"));
                    }
                    star = Some(span);
                    match a {
                        Some(a) => vararg = Some(self.alloc(a)),
                        None => {
                            bare_star_needs_named = true;
                            if i + 1 == n {
                                // In a lambda CPython points at the token after `*` (and
                                // its comma).
                                let at = if is_lambda {
                                    let next = self.token_after(span.end);
                                    if self.text(next) == "," {
                                        self.token_after(next.end)
                                    } else {
                                        next
                                    }
                                } else {
                                    span
                                };
                                return Err(self.err_at(at, "named arguments must follow bare *"));
                            }
                        }
                    }
                }
                ParamItem::DoubleStar(span, a) => {
                    if bare_star_needs_named {
                        let at = if is_lambda {
                            Span::new(span.start, span.start + 2)
                        } else {
                            star.unwrap_or(span)
                        };
                        return Err(self.err_at(at, "named arguments must follow bare *"));
                    }
                    kwarg = Some(self.alloc(a));
                }
            }
        }
        Ok(self.alloc(Arguments {
            posonlyargs: posonly.into_bump_slice(),
            args: args.into_bump_slice(),
            vararg,
            kwonlyargs: kwonly.into_bump_slice(),
            kw_defaults: kw_defaults.into_bump_slice(),
            kwarg,
            defaults: defaults.into_bump_slice(),
        }))
    }

    /// Attaches a per-parameter `# type:` comment to the last parameter.
    pub(crate) fn set_param_comment(&self, v: &mut BVec<'a, ParamItem<'a>>, tc: &str) {
        if let Some(item) = v.last_mut() {
            let arg = match item {
                ParamItem::Plain(a, _) | ParamItem::DoubleStar(_, a) => Some(a),
                ParamItem::Star(_, a) => a.as_mut(),
                _ => None,
            };
            if let Some(a) = arg {
                a.type_comment = Some(self.str_in_arena(tc));
            }
        }
    }

    // --- expressions --------------------------------------------------------------------------

    pub(crate) fn name(&self, span: Span, id: &'a str, ctx: ExprContext) -> Expr<'a> {
        Expr::Name(self.alloc(Name { span, id, ctx }))
    }

    pub(crate) fn constant(&self, span: Span, value: ConstantValue<'a>) -> Expr<'a> {
        Expr::Constant(self.alloc(Constant {
            span,
            value,
            kind: None,
        }))
    }

    pub(crate) fn number(&self, span: Span, raw: &str) -> PResult<'a, 'src, Expr<'a>> {
        match literal::decode_number(raw, self.arena) {
            Ok(v) => Ok(self.constant(span, v)),
            Err(e) => Err(user(PErr {
                kind: SyntaxErrorKind::SyntaxError,
                msg: e.msg,
                start: span.start + e.offset as u32,
                end: None,
                lex: None,
                end_in_bytes: false,
            })),
        }
    }

    pub(crate) fn tuple(&self, span: Span, elts: BVec<'a, Expr<'a>>, ctx: ExprContext) -> Expr<'a> {
        Expr::Tuple(self.alloc(Tuple {
            span,
            elts: elts.into_bump_slice(),
            ctx,
        }))
    }

    pub(crate) fn list(&self, span: Span, elts: BVec<'a, Expr<'a>>, ctx: ExprContext) -> Expr<'a> {
        Expr::List(self.alloc(List {
            span,
            elts: elts.into_bump_slice(),
            ctx,
        }))
    }

    pub(crate) fn set(&self, span: Span, elts: BVec<'a, Expr<'a>>) -> Expr<'a> {
        Expr::Set(self.alloc(Set {
            span,
            elts: elts.into_bump_slice(),
        }))
    }

    pub(crate) fn dict(
        &self,
        span: Span,
        items: BVec<'a, (Option<Expr<'a>>, Expr<'a>)>,
    ) -> Expr<'a> {
        let mut keys = BVec::with_capacity_in(items.len(), self.arena);
        let mut values = BVec::with_capacity_in(items.len(), self.arena);
        for (k, v) in items {
            keys.push(k);
            values.push(v);
        }
        Expr::Dict(self.alloc(Dict {
            span,
            keys: keys.into_bump_slice(),
            values: values.into_bump_slice(),
        }))
    }

    pub(crate) fn comp(
        &self,
        span: Span,
        kind: CompKind,
        elt: Expr<'a>,
        generators: BVec<'a, Comprehension<'a>>,
    ) -> Expr<'a> {
        let c = self.alloc(Comp {
            span,
            elt,
            generators: generators.into_bump_slice(),
        });
        match kind {
            CompKind::List => Expr::ListComp(c),
            CompKind::Set => Expr::SetComp(c),
            CompKind::Generator => Expr::GeneratorExp(c),
        }
    }

    pub(crate) fn dict_comp(
        &self,
        span: Span,
        key: Expr<'a>,
        value: Expr<'a>,
        generators: BVec<'a, Comprehension<'a>>,
    ) -> Expr<'a> {
        Expr::DictComp(self.alloc(DictComp {
            span,
            key,
            value,
            generators: generators.into_bump_slice(),
        }))
    }

    pub(crate) fn comprehension(
        &self,
        is_async: bool,
        target: Expr<'a>,
        iter: Expr<'a>,
        ifs: BVec<'a, Expr<'a>>,
    ) -> PResult<'a, 'src, Comprehension<'a>> {
        Ok(Comprehension {
            target: validate::to_target(self, target, TargetKind::For).map_err(user)?,
            iter,
            ifs: ifs.into_bump_slice(),
            is_async,
        })
    }

    pub(crate) fn starred(&self, span: Span, value: Expr<'a>, ctx: ExprContext) -> Expr<'a> {
        Expr::Starred(self.alloc(Starred { span, value, ctx }))
    }

    pub(crate) fn named_expr(
        &self,
        span: Span,
        target: Expr<'a>,
        value: Expr<'a>,
    ) -> PResult<'a, 'src, Expr<'a>> {
        match target {
            Expr::Name(n) => Ok(Expr::NamedExpr(self.alloc(NamedExpr {
                span,
                target: self.name(n.span, n.id, ExprContext::Store),
                value,
            }))),
            other => Err(user(PErr::new(
                format!(
                    "cannot use assignment expressions with {}",
                    validate::expr_name(&other)
                ),
                other.span(),
            ))),
        }
    }

    pub(crate) fn if_exp(
        &self,
        span: Span,
        test: Expr<'a>,
        body: Expr<'a>,
        orelse: Expr<'a>,
    ) -> Expr<'a> {
        Expr::IfExp(self.alloc(IfExp {
            span,
            test,
            body,
            orelse,
        }))
    }

    pub(crate) fn lambda(
        &self,
        span: Span,
        args: Option<&'a Arguments<'a>>,
        body: Expr<'a>,
    ) -> Expr<'a> {
        Expr::Lambda(self.alloc(Lambda {
            span,
            args: args.unwrap_or_else(|| self.alloc(Arguments::default())),
            body,
        }))
    }

    pub(crate) fn boolop(
        &self,
        span: Span,
        op: BoolOperator,
        values: BVec<'a, Expr<'a>>,
    ) -> Expr<'a> {
        Expr::BoolOp(self.alloc(BoolOp {
            span,
            op,
            values: values.into_bump_slice(),
        }))
    }

    pub(crate) fn compare(
        &self,
        span: Span,
        left: Expr<'a>,
        chain: (BVec<'a, CmpOp>, BVec<'a, Expr<'a>>),
    ) -> Expr<'a> {
        Expr::Compare(self.alloc(Compare {
            span,
            left,
            ops: chain.0.into_bump_slice(),
            comparators: chain.1.into_bump_slice(),
        }))
    }

    pub(crate) fn binop(
        &self,
        span: Span,
        left: Expr<'a>,
        op: Operator,
        right: Expr<'a>,
    ) -> Expr<'a> {
        Expr::BinOp(self.alloc(BinOp {
            span,
            left,
            op,
            right,
        }))
    }

    pub(crate) fn unary(&self, span: Span, op: UnaryOperator, operand: Expr<'a>) -> Expr<'a> {
        Expr::UnaryOp(self.alloc(UnaryOp { span, op, operand }))
    }

    pub(crate) fn attribute(
        &self,
        span: Span,
        value: Expr<'a>,
        attr: &'a str,
        ctx: ExprContext,
    ) -> Expr<'a> {
        Expr::Attribute(self.alloc(Attribute {
            span,
            value,
            attr,
            ctx,
        }))
    }

    pub(crate) fn subscript(
        &self,
        span: Span,
        value: Expr<'a>,
        slice: Expr<'a>,
        ctx: ExprContext,
    ) -> Expr<'a> {
        Expr::Subscript(self.alloc(Subscript {
            span,
            value,
            slice,
            ctx,
        }))
    }

    pub(crate) fn slice(
        &self,
        span: Span,
        lower: Option<Expr<'a>>,
        upper: Option<Expr<'a>>,
        step: Option<Expr<'a>>,
    ) -> Expr<'a> {
        Expr::Slice(self.alloc(Slice {
            span,
            lower,
            upper,
            step,
        }))
    }

    /// A parenthesised expression: the parentheses leave no trace in the tree.
    pub(crate) fn group(&self, e: Expr<'a>) -> Expr<'a> {
        e
    }

    pub(crate) fn call(
        &self,
        span: Span,
        func: Expr<'a>,
        _args: Option<()>,
        _parens: Span,
    ) -> Expr<'a> {
        Expr::Call(self.alloc(Call {
            span,
            func,
            args: &[],
            keywords: &[],
        }))
    }

    pub(crate) fn call_checked(
        &self,
        span: Span,
        func: Expr<'a>,
        args: ArgList<'a>,
        parens: Span,
    ) -> PResult<'a, 'src, Expr<'a>> {
        // A generator expression as the sole argument takes the call's parentheses.
        if args.items.len() == 1 && !args.trailing_comma {
            if let Some(ArgItem::Genexp(Expr::GeneratorExp(g))) = args.items.first() {
                let g = Expr::GeneratorExp(self.alloc(Comp {
                    span: parens,
                    ..**g
                }));
                return Ok(Expr::Call(self.alloc(Call {
                    span,
                    func,
                    args: self.slice1(g),
                    keywords: &[],
                })));
            }
        }
        let (args, keywords) = self.split_args(args, span.end.saturating_sub(1), false)?;
        Ok(Expr::Call(self.alloc(Call {
            span,
            func,
            args,
            keywords,
        })))
    }

    #[allow(clippy::type_complexity)]
    /// Positional and keyword arguments; `close` is the offset of the closing `)`, where
    /// CPython reports misplaced arguments.
    fn split_args(
        &self,
        list: ArgList<'a>,
        close: u32,
        in_class: bool,
    ) -> PResult<'a, 'src, (&'a [Expr<'a>], &'a [Keyword<'a>])> {
        let close_paren = Span::new(close, close + 1);
        let only_item = list.items.len() == 1;
        let mut args = BVec::with_capacity_in(list.items.len(), self.arena);
        let mut keywords = self.vec();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        for item in list.items {
            match item {
                ArgItem::Genexp(g) if in_class && only_item => {
                    // `class A(x for x in y)`: CPython's grammar stops at `for`.
                    let at = match g {
                        Expr::GeneratorExp(c) => self.keyword_after(c.elt.span().end),
                        other => other.span(),
                    };
                    return Err(self.err_at(at, "invalid syntax"));
                }
                ArgItem::Genexp(g) => {
                    return Err(self.err_at(g.span(), "Generator expression must be parenthesized"))
                }
                ArgItem::Positional(e) => {
                    if let Expr::Starred(s) = e {
                        if seen_double_star {
                            return Err(self.err_at(
                                Span::new(s.span.start, s.span.start + 1),
                                "iterable argument unpacking follows keyword argument unpacking",
                            ));
                        }
                    } else if seen_double_star {
                        return Err(self.err_at(
                            close_paren,
                            "positional argument follows keyword argument unpacking",
                        ));
                    } else if seen_keyword {
                        return Err(self
                            .err_at(close_paren, "positional argument follows keyword argument"));
                    }
                    args.push(e);
                }
                ArgItem::Keyword(k) => {
                    seen_keyword = true;
                    keywords.push(k);
                }
                ArgItem::DoubleStar(k) => {
                    seen_double_star = true;
                    keywords.push(k);
                }
            }
        }
        Ok((args.into_bump_slice(), keywords.into_bump_slice()))
    }

    pub(crate) fn keyword_arg(
        &self,
        span: Span,
        k: Expr<'a>,
        value: Expr<'a>,
        equals_end: u32,
    ) -> PResult<'a, 'src, ArgItem<'a>> {
        // CPython's range for a bad keyword runs through the `=`.
        match k {
            Expr::Name(n) => Ok(ArgItem::Keyword(Keyword {
                span,
                arg: Some(n.id),
                value,
            })),
            Expr::Constant(c)
                if matches!(c.value, ConstantValue::None | ConstantValue::Bool(_)) =>
            {
                Err(user(PErr::new(
                    format!("cannot assign to {}", self.text(c.span)),
                    Span::new(c.span.start, equals_end),
                )))
            }
            other => {
                let s = other.span();
                Err(user(PErr::new(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    Span::new(s.start, equals_end),
                )))
            }
        }
    }

    // --- patterns -----------------------------------------------------------------------------

    pub(crate) fn match_sequence(
        &self,
        span: Span,
        patterns: BVec<'a, Pattern<'a>>,
    ) -> Pattern<'a> {
        Pattern::MatchSequence(self.alloc(MatchSequence {
            span,
            patterns: patterns.into_bump_slice(),
        }))
    }

    pub(crate) fn match_as(
        &self,
        span: Span,
        pattern: Option<Pattern<'a>>,
        name: &'a str,
    ) -> PResult<'a, 'src, Pattern<'a>> {
        if name == "_" {
            let start = span.end.saturating_sub(1);
            return Err(self.err_at(Span::new(start, span.end), "cannot use '_' as a target"));
        }
        Ok(Pattern::MatchAs(self.alloc(MatchAs {
            span,
            pattern,
            name: Some(name),
        })))
    }

    pub(crate) fn match_capture(&self, span: Span, name: &'a str) -> Pattern<'a> {
        Pattern::MatchAs(self.alloc(MatchAs {
            span,
            pattern: None,
            name: (name != "_").then_some(name),
        }))
    }

    pub(crate) fn match_star(&self, span: Span, name: &'a str) -> Pattern<'a> {
        Pattern::MatchStar(self.alloc(MatchStar {
            span,
            name: (name != "_").then_some(name),
        }))
    }

    pub(crate) fn match_literal(&self, span: Span, value: Expr<'a>) -> Pattern<'a> {
        Pattern::MatchValue(self.alloc(MatchValue { span, value }))
    }

    pub(crate) fn match_singleton(&self, span: Span, value: ConstantValue<'static>) -> Pattern<'a> {
        Pattern::MatchSingleton(self.alloc(MatchSingleton { span, value }))
    }

    pub(crate) fn match_mapping(
        &self,
        span: Span,
        items: BVec<'a, (Expr<'a>, Pattern<'a>)>,
        rest: Option<&'a str>,
    ) -> Pattern<'a> {
        let mut keys = BVec::with_capacity_in(items.len(), self.arena);
        let mut patterns = BVec::with_capacity_in(items.len(), self.arena);
        for (k, p) in items {
            keys.push(k);
            patterns.push(p);
        }
        Pattern::MatchMapping(self.alloc(MatchMapping {
            span,
            keys: keys.into_bump_slice(),
            patterns: patterns.into_bump_slice(),
            rest,
        }))
    }

    pub(crate) fn match_class(
        &self,
        span: Span,
        cls: Expr<'a>,
        args: BVec<'a, ClassPatternArg<'a>>,
    ) -> PResult<'a, 'src, Pattern<'a>> {
        let mut patterns = self.vec();
        let mut kwd_attrs = self.vec();
        let mut kwd_patterns = self.vec();
        for a in args {
            match a {
                ClassPatternArg::Positional(p) => {
                    if !kwd_attrs.is_empty() {
                        return Err(
                            self.err_at(p.span(), "positional patterns follow keyword patterns")
                        );
                    }
                    patterns.push(p);
                }
                ClassPatternArg::Keyword(n, p) => {
                    kwd_attrs.push(n);
                    kwd_patterns.push(p);
                }
            }
        }
        Ok(Pattern::MatchClass(self.alloc(MatchClass {
            span,
            cls,
            patterns: patterns.into_bump_slice(),
            kwd_attrs: kwd_attrs.into_bump_slice(),
            kwd_patterns: kwd_patterns.into_bump_slice(),
        })))
    }

    // --- strings ------------------------------------------------------------------------------

    pub(crate) fn string_part(&self, span: Span, raw: &str) -> PResult<'a, 'src, StrPart<'a>> {
        let result = {
            let mut w = self.scratch_warnings.borrow_mut();
            literal::decode_string(raw, self.arena, &mut w)
        };
        self.take_warnings(span.start);
        match result {
            Ok(value) => Ok(StrPart::Str { span, value }),
            Err(e) => Err(user(PErr {
                kind: SyntaxErrorKind::SyntaxError,
                end_in_bytes: e.msg.starts_with("bytes can only contain"),
                msg: e.msg,
                start: span.start + e.offset as u32,
                end: Some(span.end),
                lex: None,
            })),
        }
    }

    pub(crate) fn fstring_middle(&self, span: Span, m: Middle<'_>) -> PResult<'a, 'src, Expr<'a>> {
        let result = {
            let mut w = self.scratch_warnings.borrow_mut();
            literal::decode_fstring_middle(m.raw, m.is_raw, self.arena, &mut w)
        };
        self.take_warnings(span.start);
        match result {
            Ok(v) => Ok(self.constant(span, ConstantValue::Str(v))),
            Err(e) => {
                self.fstring_error.borrow_mut().get_or_insert(e.msg);
                Ok(self.constant(span, ConstantValue::Str(StrValue::new(""))))
            }
        }
    }

    /// A whole f-string; `end` is its closing quote, where a piece's decoding error is
    /// reported.
    pub(crate) fn fstring(
        &self,
        pieces: BVec<'a, Expr<'a>>,
        end: Span,
    ) -> PResult<'a, 'src, StrPart<'a>> {
        if let Some(msg) = self.fstring_error.borrow_mut().take() {
            return Err(user(PErr::new(msg, end)));
        }
        Ok(StrPart::FString { pieces })
    }

    pub(crate) fn replacement_field(
        &self,
        span: Span,
        expr_start: u32,
        value: Expr<'a>,
        debug_end: Option<u32>,
        conversion: Option<(Span, &'a str)>,
        format_spec: Option<Expr<'a>>,
    ) -> PResult<'a, 'src, FieldPieces<'a>> {
        if let Some((cspan, _)) = conversion {
            let after_bang = self.source.as_bytes().get(cspan.start as usize + 1);
            if after_bang.is_some_and(|b| !b.is_ascii_alphanumeric() && *b != b'_' && *b < 0x80) {
                return Err(user(PErr::new(
                    "f-string: conversion type must come right after the exclamanation mark",
                    cspan,
                )));
            }
        }
        let conversion = match conversion {
            None => None,
            Some((cspan, name)) => Some(match name {
                "s" => Conversion::Str,
                "r" => Conversion::Repr,
                "a" => Conversion::Ascii,
                other => {
                    return Err(user(PErr::new(
                        format!(
                            "f-string: invalid conversion character '{other}': expected 's', 'r', or 'a'"
                        ),
                        Span::new(cspan.start + 1, cspan.end),
                    )))
                }
            }),
        };
        let debug = debug_end.map(|end| {
            let text = strip_debug_comments(self.text(Span::new(expr_start, end)));
            self.constant(
                Span::new(expr_start, end),
                ConstantValue::Str(StrValue::new(self.str_in_arena(&text))),
            )
        });
        let conversion = match conversion {
            Some(c) => c,
            None if debug.is_some() && format_spec.is_none() => Conversion::Repr,
            None => Conversion::None,
        };
        let value = Expr::FormattedValue(self.alloc(FormattedValue {
            span,
            value,
            conversion,
            format_spec,
        }));
        Ok(FieldPieces { debug, value })
    }

    pub(crate) fn format_spec(&self, span: Span, pieces: BVec<'a, Expr<'a>>) -> Expr<'a> {
        // CPython keeps empty pieces in a format spec, except a spec that is one empty piece
        // (`f"{x:}"`), which becomes an empty JoinedStr as in 3.11.
        let values: &'a [Expr<'a>] = match &pieces[..] {
            [Expr::Constant(c)] if matches!(c.value, ConstantValue::Str(v) if v.as_bytes().is_empty()) => {
                &[]
            }
            _ => pieces.into_bump_slice(),
        };
        Expr::JoinedStr(self.alloc(JoinedStr { span, values }))
    }

    /// Implicit concatenation of adjacent string literals, as CPython 3.12 does it.
    pub(crate) fn strings(
        &self,
        span: Span,
        parts: BVec<'a, StrPart<'a>>,
    ) -> PResult<'a, 'src, Expr<'a>> {
        let mut has_bytes = false;
        let mut has_str = false;
        let mut has_fstring = false;
        for p in parts.iter() {
            match p {
                StrPart::Str {
                    value: DecodedString::Bytes(_),
                    ..
                } => has_bytes = true,
                StrPart::Str { .. } => has_str = true,
                StrPart::FString { .. } => has_fstring = true,
            }
        }
        if has_bytes && (has_str || has_fstring) {
            // CPython reports it at the token after the strings.
            let at = self.token_after(span.end);
            let mut e = PErr::new("cannot mix bytes and nonbytes literals", at);
            let next = self.source.as_bytes().get(at.start as usize);
            if matches!(next, None | Some(b'\n' | b'\r')) {
                e.end = Some(PErr::END_NEXT_COLUMN);
            }
            return Err(user(e));
        }
        let first_is_u = matches!(
            parts.first(),
            Some(StrPart::Str {
                value: DecodedString::Str { is_u: true, .. },
                ..
            })
        );
        let kind = first_is_u.then_some("u");
        if has_bytes {
            if parts.len() == 1 {
                if let Some(StrPart::Str {
                    value: DecodedString::Bytes(b),
                    ..
                }) = parts.first()
                {
                    return Ok(self.constant(span, ConstantValue::Bytes(b)));
                }
            }
            let mut buf = BVec::new_in(self.arena);
            for p in parts.iter() {
                if let StrPart::Str {
                    value: DecodedString::Bytes(b),
                    ..
                } = p
                {
                    buf.extend_from_slice(b);
                }
            }
            return Ok(self.constant(span, ConstantValue::Bytes(buf.into_bump_slice())));
        }
        if !has_fstring {
            let value = if parts.len() == 1 {
                match parts.first() {
                    Some(StrPart::Str {
                        value: DecodedString::Str { value, .. },
                        ..
                    }) => *value,
                    _ => StrValue::new(""),
                }
            } else {
                let mut buf = BVec::new_in(self.arena);
                for p in parts.iter() {
                    if let StrPart::Str {
                        value: DecodedString::Str { value, .. },
                        ..
                    } = p
                    {
                        buf.extend_from_slice(value.as_bytes());
                    }
                }
                self.str_value(buf.into_bump_slice())
            };
            return Ok(Expr::Constant(self.alloc(Constant {
                span,
                value: ConstantValue::Str(value),
                kind,
            })));
        }
        // An f-string is involved: flatten to pieces, merge adjacent constants, drop empty ones.
        let mut values: BVec<'a, Expr<'a>> = self.vec();
        let mut pending: Option<(Span, BVec<'a, u8>, bool)> = None;
        let mut first_piece = true;
        let flush = |pending: &mut Option<(Span, BVec<'a, u8>, bool)>,
                     values: &mut BVec<'a, Expr<'a>>| {
            if let Some((s, buf, is_u)) = pending.take() {
                if !buf.is_empty() {
                    let v = self.str_value(buf.into_bump_slice());
                    values.push(Expr::Constant(self.alloc(Constant {
                        span: s,
                        value: ConstantValue::Str(v),
                        kind: is_u.then_some("u"),
                    })));
                }
            }
        };
        let add_const = |pending: &mut Option<(Span, BVec<'a, u8>, bool)>,
                         s: Span,
                         bytes: &[u8],
                         is_u: bool| {
            match pending {
                Some((ps, buf, _)) => {
                    ps.end = s.end;
                    buf.extend_from_slice(bytes);
                }
                None => {
                    let mut buf = BVec::new_in(self.arena);
                    buf.extend_from_slice(bytes);
                    *pending = Some((s, buf, is_u));
                }
            }
        };
        for p in parts {
            match p {
                StrPart::Str {
                    span: s,
                    value: DecodedString::Str { value, .. },
                } => {
                    add_const(&mut pending, s, value.as_bytes(), first_piece && first_is_u);
                }
                StrPart::Str { .. } => {}
                StrPart::FString { pieces, .. } => {
                    for piece in pieces {
                        match piece {
                            Expr::Constant(c) => {
                                if let ConstantValue::Str(v) = c.value {
                                    add_const(&mut pending, c.span, v.as_bytes(), false);
                                }
                            }
                            other => {
                                flush(&mut pending, &mut values);
                                values.push(other);
                            }
                        }
                    }
                }
            }
            first_piece = false;
        }
        flush(&mut pending, &mut values);
        Ok(Expr::JoinedStr(self.alloc(JoinedStr {
            span,
            values: values.into_bump_slice(),
        })))
    }

    /// The span of the token starting after `pos` (spaces skipped; a comma in a lambda's
    /// `*,` too): an identifier or number run, else one character. At the end of a line it
    /// is the NEWLINE, one character wide.
    fn token_after(&self, pos: u32) -> Span {
        let bytes = self.source.as_bytes();
        let mut i = pos as usize;
        while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\x0c')) {
            i += 1;
        }
        let start = i;
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
        if bytes.get(i).copied().is_some_and(word) {
            while bytes.get(i).copied().is_some_and(word) {
                i += 1;
            }
        } else if bytes.get(i).is_some() {
            i += 1;
        }
        Span::new(start as u32, i as u32)
    }

    /// The `for` (or `async`) keyword after `pos`, past closing parentheses and spaces.
    fn keyword_after(&self, pos: u32) -> Span {
        let bytes = self.source.as_bytes();
        let mut i = pos as usize;
        loop {
            match bytes.get(i) {
                Some(b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\' | b')') => i += 1,
                Some(b'#') => {
                    while bytes.get(i).is_some_and(|&b| b != b'\n') {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        let len = if bytes.get(i..i + 5) == Some(b"async") {
            5
        } else {
            3
        };
        Span::new(i as u32, (i + len).min(bytes.len()) as u32)
    }

    fn str_value(&self, bytes: &'a [u8]) -> StrValue<'a> {
        match std::str::from_utf8(bytes) {
            Ok(s) => StrValue::new(s),
            Err(_) => StrValue::from_generalized_utf8(bytes).unwrap_or(StrValue::new("")),
        }
    }
}

/// The debug text of `f"{expr=}"` as CPython 3.12's tokenizer keeps it: from each `#` up to
/// (not including) the next newline is dropped. The scan is textual, as CPython's is, so a
/// `#` inside a string in the expression cuts it too (`f"{'#'=}"` shows `'`).
fn strip_debug_comments(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('#') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_comment = false;
    for c in text.chars() {
        if c == '#' {
            in_comment = true;
        } else if c == '\n' {
            in_comment = false;
        }
        if !in_comment {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}
