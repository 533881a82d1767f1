//! Expressions, calls, displays, f-strings, comprehensions, functions and classes.

use std::rc::Rc;

use pyvm_parser::ast::{self, Expr, Stmt};

use super::{
    binop_instr, cmp_instr, const_value, is_docstring, jump_if_not_instr, may_rebind, CResult,
    Compiler, NameOp, UnitKind,
};
use crate::code::{flags, Constant, Label};
use crate::fold;
use crate::instr::{intrinsic, FunctionAttr, Instr, Reg};
use crate::scope::{FnBody, ScopeInfo};

/// Displays longer than this are built incrementally (append/add one item at a time) so that
/// they need few registers.
const CHUNK: usize = 32;

impl<'s, 'a> Compiler<'s, 'a> {
    /// Whether `r` is a register that names a variable (a local or an inlined comprehension
    /// variable), so writing to it before reading other operands would be wrong.
    fn is_var_reg(&self, r: Reg) -> bool {
        u16::from(r) < self.unit.nfixed || self.unit.comp_vars.iter().any(|&(_, c, _)| c == r)
    }

    /// Evaluates `e` somewhere and returns the register (a temporary, or the register of a local
    /// when `e` is a bound local name).
    pub(super) fn expr_any(&mut self, e: &'a Expr<'a>) -> CResult<Reg> {
        if let Expr::Name(n) = e {
            if let NameOp::Fast(_) = self.name_op(n.id) {
                let old = self.set_span(n.span);
                let r = self.load_name_any(n.id, n.span)?;
                self.pos = old;
                return Ok(r);
            }
        }
        let r = self.tmp()?;
        self.expr_to(e, r)?;
        Ok(r)
    }

    /// [`Self::expr_any`] for an operand evaluated before `later` ones: a local's register is
    /// only used in place if none of `later` can rebind it.
    pub(super) fn expr_any_before(&mut self, e: &'a Expr<'a>, later: &[Expr<'a>]) -> CResult<Reg> {
        let r = self.expr_any(e)?;
        self.pin(r, later)
    }

    /// The first operand of an expression whose result goes to `dst`: evaluated into `dst`
    /// itself when `dst` is a temporary (so chains like `a + b + c + ...` or `x.a.b.c` need
    /// no register per level), or read in place when it is a local.
    fn operand_into(&mut self, e: &'a Expr<'a>, dst: Reg, later: &[Expr<'a>]) -> CResult<Reg> {
        let is_local = matches!(e, Expr::Name(n) if matches!(self.name_op(n.id), NameOp::Fast(_)));
        if is_local || self.is_var_reg(dst) {
            return self.expr_any_before(e, later);
        }
        self.expr_to(e, dst)?;
        Ok(dst)
    }

    /// Copies `r` into a temporary if it is a variable register and `later` may rebind it.
    pub(super) fn pin(&mut self, r: Reg, later: &[Expr<'a>]) -> CResult<Reg> {
        if self.is_var_reg(r) && later.iter().any(may_rebind) {
            let t = self.tmp()?;
            self.emit(Instr::Move { dst: t, src: r });
            return Ok(t);
        }
        Ok(r)
    }

    pub(super) fn load_name_any(&mut self, name: &str, span: ast::Span) -> CResult<Reg> {
        let old = self.set_span(span);
        let r = self.load_name_any_inner(name);
        self.pos = old;
        r
    }

    fn load_name_any_inner(&mut self, name: &str) -> CResult<Reg> {
        match self.name_op(name) {
            NameOp::Fast(r) => {
                if !self.is_bound(r) {
                    let idx = self.varname_index(name);
                    self.emit(Instr::CheckBound { reg: r, name: idx });
                    self.set_bound(r, true);
                }
                Ok(r)
            }
            _ => {
                let t = self.tmp()?;
                self.load_name_to(name, t)?;
                Ok(t)
            }
        }
    }

    fn load_name_to(&mut self, name: &str, dst: Reg) -> CResult<()> {
        let name = &*self.mangle(name).into_owned();
        match self.name_op(name) {
            NameOp::Fast(r) => {
                if !self.is_bound(r) {
                    let idx = self.varname_index(name);
                    self.emit(Instr::CheckBound { reg: r, name: idx });
                    self.set_bound(r, true);
                }
                if r != dst {
                    self.emit(Instr::Move { dst, src: r });
                }
            }
            NameOp::Deref(cell) => {
                self.emit(Instr::LoadDeref { dst, cell });
            }
            NameOp::Global => {
                let n = self.name_idx(name)?;
                self.emit(Instr::LoadGlobal { dst, name: n });
            }
            NameOp::Name => {
                let n = self.name_idx(name)?;
                self.emit(Instr::LoadName { dst, name: n });
            }
        }
        Ok(())
    }

    /// Evaluates `e` into `R[dst]`.
    pub(super) fn expr_to(&mut self, e: &'a Expr<'a>, dst: Reg) -> CResult<()> {
        let old = self.set_span(e.span());
        let m = self.mark();
        let r = self.expr_to_inner(e, dst);
        self.release(m.max(self.mark().min(m)));
        self.release(m);
        self.pos = old;
        r
    }

    /// Expressions that write their destination before reading all their operands are compiled
    /// into a temporary when the destination is a variable.
    fn via_tmp(&mut self, dst: Reg, f: impl FnOnce(&mut Self, Reg) -> CResult<()>) -> CResult<()> {
        if self.is_var_reg(dst) {
            let t = self.tmp()?;
            f(self, t)?;
            self.emit(Instr::Move { dst, src: t });
            Ok(())
        } else {
            f(self, dst)
        }
    }

    fn expr_to_inner(&mut self, e: &'a Expr<'a>, dst: Reg) -> CResult<()> {
        if let Some(c) = fold::fold(e) {
            return self.load_const(c, dst);
        }
        match e {
            Expr::Constant(c) => self.load_const(const_value(&c.value), dst),
            Expr::Name(n) if n.id == "__debug__" => self.load_const(Constant::Bool(true), dst),
            Expr::Name(n) => self.load_name_to(n.id, dst),
            Expr::BinOp(b) => {
                if let (ast::Operator::Add | ast::Operator::Sub, Expr::Constant(c)) =
                    (b.op, &b.right)
                {
                    if let ast::ConstantValue::Int(ast::IntValue::Small(k)) = c.value {
                        if let Ok(imm) = i8::try_from(k) {
                            // `x + 1`: immediate form, no register for the constant
                            let a = self.operand_into(&b.left, dst, &[])?;
                            self.set_span(b.span);
                            self.emit(if b.op == ast::Operator::Add {
                                Instr::AddInt { dst, a, imm }
                            } else {
                                Instr::SubInt { dst, a, imm }
                            });
                            return Ok(());
                        }
                    }
                }
                let a = self.operand_into(&b.left, dst, &[b.right])?;
                let r = self.expr_any(&b.right)?;
                self.set_span(b.span);
                self.emit(binop_instr(b.op, false, dst, a, r));
                Ok(())
            }
            Expr::UnaryOp(u) => {
                let src = self.operand_into(&u.operand, dst, &[])?;
                self.set_span(u.span);
                self.emit(match u.op {
                    ast::UnaryOperator::Not => Instr::Not { dst, src },
                    ast::UnaryOperator::USub => Instr::Neg { dst, src },
                    ast::UnaryOperator::UAdd => Instr::Pos { dst, src },
                    ast::UnaryOperator::Invert => Instr::Invert { dst, src },
                });
                Ok(())
            }
            Expr::BoolOp(b) => self.via_tmp(dst, |c, dst| {
                let end = c.label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    c.expr_to(v, dst)?;
                    if i + 1 < n {
                        c.set_span(b.span);
                        match b.op {
                            ast::BoolOperator::And => c.emit_jump(
                                Instr::JumpIfFalse {
                                    cond: dst,
                                    target: 0,
                                },
                                end,
                            ),
                            ast::BoolOperator::Or => c.emit_jump(
                                Instr::JumpIfTrue {
                                    cond: dst,
                                    target: 0,
                                },
                                end,
                            ),
                        }
                    }
                }
                c.bind(end);
                Ok(())
            }),
            Expr::IfExp(i) => self.via_tmp(dst, |c, dst| {
                let orelse = c.label();
                let end = c.label();
                c.jump_if(&i.test, false, orelse)?;
                let before = c.bound_snapshot();
                c.expr_to(&i.body, dst)?;
                c.jump(end);
                let after = std::mem::replace(&mut c.unit.bound, before);
                c.bind(orelse);
                c.expr_to(&i.orelse, dst)?;
                c.bound_meet(&after);
                c.bind(end);
                Ok(())
            }),
            Expr::Compare(cmp) => self.compare(cmp, dst),
            Expr::Call(call) => self.call(call, dst),
            Expr::Attribute(a) => {
                let obj = self.operand_into(&a.value, dst, &[])?;
                self.set_span(a.span);
                let name = self.name8(&self.mangle(a.attr))?;
                self.emit(Instr::LoadAttr { dst, obj, name });
                Ok(())
            }
            Expr::Subscript(s) => {
                self.check_subscript(&s.value, &s.slice);
                let obj = self.operand_into(&s.value, dst, &[s.slice])?;
                let key = self.slice_any(&s.slice)?;
                self.set_span(s.span);
                self.emit(Instr::Subscript { dst, obj, key });
                Ok(())
            }
            Expr::Slice(s) => self.build_slice(s, dst),
            Expr::Tuple(t) => self.display(t.elts, Display::Tuple, dst),
            Expr::List(l) => self.display(l.elts, Display::List, dst),
            Expr::Set(s) => self.display(s.elts, Display::Set, dst),
            Expr::Dict(d) => self.dict_display(d, dst),
            Expr::JoinedStr(j) => self.joined_str(j, dst),
            Expr::FormattedValue(f) => self.formatted_value(f, dst),
            Expr::NamedExpr(n) => {
                if let Expr::Name(name) = n.target {
                    self.check_forbidden(name.id, name.span, false)?;
                }
                self.expr_to(&n.value, dst)?;
                if let Expr::Name(name) = n.target {
                    self.set_span(n.span);
                    self.store_name(name.id, dst)?;
                }
                Ok(())
            }
            Expr::Starred(s) => Err(self.syntax_error("can't use starred expression here", s.span)),
            Expr::Lambda(l) => self.lambda(l, dst),
            Expr::ListComp(c) => self.via_tmp(dst, |me, dst| {
                let key = std::ptr::from_ref(*c).cast();
                me.inline_comp(c.generators, CompKind::List(&c.elt), dst, c.span, key)
            }),
            Expr::SetComp(c) => self.via_tmp(dst, |me, dst| {
                let key = std::ptr::from_ref(*c).cast();
                me.inline_comp(c.generators, CompKind::Set(&c.elt), dst, c.span, key)
            }),
            Expr::DictComp(c) => self.via_tmp(dst, |me, dst| {
                let key = std::ptr::from_ref(*c).cast();
                me.inline_comp(
                    c.generators,
                    CompKind::Dict(&c.key, &c.value),
                    dst,
                    c.span,
                    key,
                )
            }),
            Expr::GeneratorExp(g) => self.genexp(g, dst),
            Expr::Yield(y) => {
                self.check_yield_allowed(y.span, "'yield' outside function")?;
                let v = match &y.value {
                    Some(v) => self.expr_any(v)?,
                    None => {
                        let t = self.tmp()?;
                        self.emit(Instr::LoadNone { dst: t });
                        t
                    }
                };
                self.set_span(y.span);
                self.emit(Instr::Yield { dst, src: v });
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(y.span, "'yield' outside function")?;
                if self.unit.async_def {
                    return Err(self.syntax_error("'yield from' inside async function", y.span));
                }
                let src = self.expr_any(&y.value)?;
                let it = self.tmp()?;
                self.set_span(y.span);
                self.emit(Instr::GetYieldFromIter { dst: it, src });
                self.via_tmp(dst, |c, dst| {
                    c.emit(Instr::LoadNone { dst });
                    c.emit(Instr::YieldFrom { dst, iter: it });
                    Ok(())
                })
            }
            Expr::Await(a) => {
                let allowed = matches!(
                    self.unit.kind,
                    UnitKind::Function | UnitKind::Lambda | UnitKind::GenExpr
                ) || (self.unit.kind == UnitKind::Module && self.unit.interactive);
                if !allowed {
                    return Err(self.syntax_error("'await' outside function", a.span));
                }
                if matches!(self.unit.kind, UnitKind::Function | UnitKind::Lambda)
                    && !self.unit.async_def
                {
                    return Err(self.syntax_error("'await' outside async function", a.span));
                }
                let src = self.expr_any(&a.value)?;
                let it = self.tmp()?;
                self.set_span(a.span);
                self.emit(Instr::GetAwaitable {
                    dst: it,
                    src,
                    kind: 0,
                });
                self.via_tmp(dst, |c, dst| {
                    c.emit(Instr::LoadNone { dst });
                    c.emit(Instr::YieldFrom { dst, iter: it });
                    Ok(())
                })
            }
        }
    }

    fn check_yield_allowed(&self, span: ast::Span, msg: &str) -> CResult<()> {
        match self.unit.kind {
            UnitKind::Function | UnitKind::Lambda | UnitKind::GenExpr => Ok(()),
            _ => Err(self.syntax_error(msg, span)),
        }
    }

    /// A subscript key: slices are built in place, anything else is an ordinary expression.
    pub(super) fn slice_any(&mut self, e: &'a Expr<'a>) -> CResult<Reg> {
        match e {
            Expr::Slice(s) => {
                if let Some(c) = fold::fold(e) {
                    let r = self.tmp()?;
                    self.load_const(c, r)?;
                    return Ok(r);
                }
                let r = self.tmp()?;
                self.build_slice(s, r)?;
                Ok(r)
            }
            _ => self.expr_any(e),
        }
    }

    fn build_slice(&mut self, s: &'a ast::Slice<'a>, dst: Reg) -> CResult<()> {
        let n: u8 = if s.step.is_some() { 3 } else { 2 };
        let first = self.tmps(u16::from(n))?;
        let parts: [&'a Option<Expr<'a>>; 3] = [&s.lower, &s.upper, &s.step];
        for (k, part) in parts.iter().take(usize::from(n)).enumerate() {
            match *part {
                Some(p) => self.expr_to(p, first + k as u8)?,
                None => {
                    self.emit(Instr::LoadNone {
                        dst: first + k as u8,
                    });
                }
            }
        }
        self.set_span(s.span);
        self.emit(Instr::BuildSlice { dst, first, n });
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::Compare<'a>, dst: Reg) -> CResult<()> {
        self.check_compare(c);
        if c.ops.len() == 1 {
            let (Some(op), Some(right)) = (c.ops.first(), c.comparators.first()) else {
                return Ok(());
            };
            let a = self.expr_any_before(&c.left, c.comparators)?;
            let b = self.expr_any(right)?;
            self.set_span(c.span);
            self.emit(cmp_instr(*op, dst, a, b));
            return Ok(());
        }
        self.via_tmp(dst, |me, dst| {
            let end = me.label();
            let mut left = me.expr_any_before(&c.left, c.comparators)?;
            let n = c.ops.len();
            for (i, (op, right)) in c.ops.iter().zip(c.comparators).enumerate() {
                let rest = c.comparators.get(i + 1..).unwrap_or(&[]);
                let r = me.expr_any_before(right, rest)?;
                me.set_span(c.span);
                me.emit(cmp_instr(*op, dst, left, r));
                if i + 1 < n {
                    me.emit_jump(
                        Instr::JumpIfFalse {
                            cond: dst,
                            target: 0,
                        },
                        end,
                    );
                }
                left = r;
            }
            me.bind(end);
            Ok(())
        })
    }

    /// Compiles a condition: jumps to `target` when the truth of `e` equals `when`.
    pub(super) fn jump_if(&mut self, e: &'a Expr<'a>, when: bool, target: Label) -> CResult<()> {
        let old = self.set_span(e.span());
        let m = self.mark();
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOperator::Not => {
                self.jump_if(&u.operand, !when, target)?;
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOperator::And;
                // and/when=false or or/when=true: every operand can jump to target directly.
                if is_and != when {
                    for v in b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
            }
            Expr::Compare(c) if c.ops.len() == 1 && !when => {
                self.check_compare(c);
                let (Some(op), Some(right)) = (c.ops.first(), c.comparators.first()) else {
                    return Ok(());
                };
                let a = self.expr_any_before(&c.left, c.comparators)?;
                let b = self.expr_any(right)?;
                self.set_span(c.span);
                match jump_if_not_instr(*op, a, b) {
                    Some(i) => {
                        self.emit(i);
                        self.jump(target);
                    }
                    None => {
                        let t = self.tmp()?;
                        self.emit(cmp_instr(*op, t, a, b));
                        self.emit_jump(Instr::JumpIfFalse { cond: t, target: 0 }, target);
                    }
                }
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops.first(), Some(ast::CmpOp::Is | ast::CmpOp::IsNot))
                    && matches!(
                        c.comparators.first(),
                        Some(Expr::Constant(ast::Constant {
                            value: ast::ConstantValue::None,
                            ..
                        }))
                    ) =>
            {
                self.check_compare(c);
                let a = self.expr_any(&c.left)?;
                self.set_span(c.span);
                let is = matches!(c.ops.first(), Some(ast::CmpOp::Is));
                if is == when {
                    self.emit_jump(Instr::JumpIfNone { src: a, target: 0 }, target);
                } else {
                    self.emit_jump(Instr::JumpIfNotNone { src: a, target: 0 }, target);
                }
            }
            _ => {
                let r = self.expr_any(e)?;
                self.set_span(e.span());
                if when {
                    self.emit_jump(Instr::JumpIfTrue { cond: r, target: 0 }, target);
                } else {
                    self.emit_jump(Instr::JumpIfFalse { cond: r, target: 0 }, target);
                }
            }
        }
        self.release(m);
        self.pos = old;
        Ok(())
    }

    // ------------------------------------------------------------------------------------------
    // Calls
    // ------------------------------------------------------------------------------------------

    fn call(&mut self, c: &'a ast::Call<'a>, dst: Reg) -> CResult<()> {
        self.check_caller(&c.func);
        self.check_keywords(c.keywords)?;
        let has_star = c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none());
        let nargs = c.args.len() + c.keywords.len();
        if has_star || nargs > 200 {
            let f = self.tmps(3)?;
            self.expr_to(&c.func, f)?;
            self.call_ex_args(c.args, c.keywords, f)?;
            self.set_span(c.span);
            let haskw = u8::from(!c.keywords.is_empty());
            self.emit(Instr::CallEx {
                dst,
                func: f,
                haskw,
            });
            return Ok(());
        }
        let kwnames: Vec<Constant> = c
            .keywords
            .iter()
            .filter_map(|k| k.arg.map(|a| Constant::Str(a.into())))
            .collect();
        let nkw = u16::from(!kwnames.is_empty());
        let argc = nargs as u8;
        if let Expr::Attribute(attr) = c.func {
            // Method call: LoadMethod leaves (method, self) in two registers.
            let f = self.tmps(2 + nargs as u16 + nkw)?;
            self.expr_to(&attr.value, f + 1)?;
            self.set_span(attr.span);
            let name = self.name_idx(&self.mangle(attr.attr))?;
            self.emit(Instr::LoadMethod { dst: f, name });
            self.call_args(c, f + 2)?;
            if nkw == 1 {
                self.load_const(Constant::Tuple(kwnames.into()), f + 2 + argc)?;
            }
            self.set_span(c.span);
            self.emit(if nkw == 1 {
                Instr::CallMethodKw { dst, func: f, argc }
            } else {
                Instr::CallMethod { dst, func: f, argc }
            });
            return Ok(());
        }
        let f = self.tmps(1 + nargs as u16 + nkw)?;
        self.expr_to(&c.func, f)?;
        self.call_args(c, f + 1)?;
        if nkw == 1 {
            self.load_const(Constant::Tuple(kwnames.into()), f + 1 + argc)?;
        }
        self.set_span(c.span);
        self.emit(if nkw == 1 {
            Instr::CallKw { dst, func: f, argc }
        } else {
            Instr::Call { dst, func: f, argc }
        });
        Ok(())
    }

    fn call_args(&mut self, c: &'a ast::Call<'a>, first: Reg) -> CResult<()> {
        let mut r = first;
        for a in c.args {
            self.expr_to(a, r)?;
            r = r.wrapping_add(1);
        }
        for k in c.keywords {
            self.expr_to(&k.value, r)?;
            r = r.wrapping_add(1);
        }
        Ok(())
    }

    /// `R[f+1]` = tuple of positional arguments, `R[f+2]` = dict of keyword arguments.
    fn call_ex_args(
        &mut self,
        args: &'a [Expr<'a>],
        keywords: &'a [ast::Keyword<'a>],
        f: Reg,
    ) -> CResult<()> {
        // positional: a list, extended by starred items, then made a tuple
        if let [Expr::Starred(s)] = args {
            // `f(*x)`: x itself; CallEx converts it (with the callee's name in the error).
            self.expr_to(&s.value, f + 1)?;
        } else {
            self.display(args, Display::Tuple, f + 1)?;
        }
        if keywords.is_empty() {
            return Ok(());
        }
        let d = f + 2;
        if let [ast::Keyword {
            arg: None, value, ..
        }] = keywords
        {
            // `f(**m)`: m itself; CallEx checks and copies it.
            return self.expr_to(value, d);
        }
        self.emit(Instr::BuildMap {
            dst: d,
            first: 0,
            n: 0,
        });
        let mut after_star = false;
        for k in keywords {
            let m = self.mark();
            match k.arg {
                Some(name) if after_star => {
                    // After a `**m`, a named keyword may repeat one of m's keys: merge it as a
                    // one-item dict so the duplicate is reported, as CPython does.
                    let one = self.tmp()?;
                    let kv = self.tmps(2)?;
                    self.load_const(Constant::Str(name.into()), kv)?;
                    self.expr_to(&k.value, kv + 1)?;
                    self.emit(Instr::BuildMap {
                        dst: one,
                        first: kv,
                        n: 1,
                    });
                    self.set_span(k.span);
                    self.emit(Instr::DictMerge { map: d, src: one });
                }
                Some(name) => {
                    let kv = self.tmps(2)?;
                    self.load_const(Constant::Str(name.into()), kv)?;
                    self.expr_to(&k.value, kv + 1)?;
                    self.emit(Instr::MapAdd { map: d, key: kv });
                }
                None => {
                    after_star = true;
                    let v = self.expr_any(&k.value)?;
                    self.set_span(k.span);
                    self.emit(Instr::DictMerge { map: d, src: v });
                }
            }
            self.release(m);
        }
        Ok(())
    }

    // ------------------------------------------------------------------------------------------
    // Displays and f-strings
    // ------------------------------------------------------------------------------------------

    fn display(&mut self, elts: &'a [Expr<'a>], kind: Display, dst: Reg) -> CResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star && elts.len() <= CHUNK {
            let n = elts.len() as u8;
            let first = self.tmps(u16::from(n))?;
            for (k, e) in elts.iter().enumerate() {
                self.expr_to(e, first + k as u8)?;
            }
            self.emit(match kind {
                Display::Tuple => Instr::BuildTuple { dst, first, n },
                Display::List => Instr::BuildList { dst, first, n },
                Display::Set => Instr::BuildSet { dst, first, n },
            });
            return Ok(());
        }
        // Incremental: build a list (or set), then convert.
        let acc = self.tmp()?;
        let set = matches!(kind, Display::Set);
        self.emit(if set {
            Instr::BuildSet {
                dst: acc,
                first: 0,
                n: 0,
            }
        } else {
            Instr::BuildList {
                dst: acc,
                first: 0,
                n: 0,
            }
        });
        for e in elts {
            let m = self.mark();
            match e {
                Expr::Starred(s) => {
                    let v = self.expr_any(&s.value)?;
                    self.emit(if set {
                        Instr::SetUpdate { set: acc, src: v }
                    } else {
                        Instr::ListExtend { list: acc, src: v }
                    });
                }
                _ => {
                    let v = self.expr_any(e)?;
                    self.emit(if set {
                        Instr::SetAdd { set: acc, src: v }
                    } else {
                        Instr::ListAppend { list: acc, src: v }
                    });
                }
            }
            self.release(m);
        }
        match kind {
            Display::Tuple => {
                self.emit(Instr::ListToTuple { dst, src: acc });
            }
            _ => {
                self.emit(Instr::Move { dst, src: acc });
            }
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::Dict<'a>, dst: Reg) -> CResult<()> {
        let has_unpack = d.keys.iter().any(Option::is_none);
        if !has_unpack && d.keys.len() <= CHUNK / 2 {
            let n = d.keys.len() as u8;
            let first = self.tmps(2 * u16::from(n))?;
            for (k, (key, v)) in d.keys.iter().zip(d.values).enumerate() {
                if let Some(key) = key {
                    self.expr_to(key, first + 2 * k as u8)?;
                }
                self.expr_to(v, first + 2 * k as u8 + 1)?;
            }
            self.set_span(d.span);
            self.emit(Instr::BuildMap { dst, first, n });
            return Ok(());
        }
        self.via_tmp(dst, |me, dst| {
            me.emit(Instr::BuildMap {
                dst,
                first: 0,
                n: 0,
            });
            for (key, v) in d.keys.iter().zip(d.values) {
                let m = me.mark();
                match key {
                    Some(key) => {
                        let kv = me.tmps(2)?;
                        me.expr_to(key, kv)?;
                        me.expr_to(v, kv + 1)?;
                        me.emit(Instr::MapAdd { map: dst, key: kv });
                    }
                    None => {
                        let r = me.expr_any(v)?;
                        me.set_span(d.span);
                        me.emit(Instr::DictUpdate { map: dst, src: r });
                    }
                }
                me.release(m);
            }
            Ok(())
        })
    }

    fn joined_str(&mut self, j: &'a ast::JoinedStr<'a>, dst: Reg) -> CResult<()> {
        match j.values {
            [] => self.load_const(Constant::Str("".into()), dst),
            [Expr::FormattedValue(f)] => self.formatted_value(f, dst),
            [Expr::Constant(c)] => self.load_const(const_value(&c.value), dst),
            values if values.len() > CHUNK => {
                // Long f-strings: join chunks, then the partial strings.
                let chunks: Vec<&'a [Expr<'a>]> = values.chunks(CHUNK).collect();
                let n = u8::try_from(chunks.len()).map_err(|_| self.too_large("f-string"))?;
                let first = self.tmps(u16::from(n))?;
                for (k, chunk) in chunks.into_iter().enumerate() {
                    let m = self.mark();
                    let cn = chunk.len() as u8;
                    let cf = self.tmps(u16::from(cn))?;
                    for (i, v) in chunk.iter().enumerate() {
                        self.expr_to(v, cf + i as u8)?;
                    }
                    self.set_span(j.span);
                    self.emit(Instr::BuildString {
                        dst: first + k as u8,
                        first: cf,
                        n: cn,
                    });
                    self.release(m);
                }
                self.emit(Instr::BuildString { dst, first, n });
                Ok(())
            }
            values => {
                let n = values.len() as u8;
                let first = self.tmps(u16::from(n))?;
                for (k, v) in values.iter().enumerate() {
                    self.expr_to(v, first + k as u8)?;
                }
                self.set_span(j.span);
                self.emit(Instr::BuildString { dst, first, n });
                Ok(())
            }
        }
    }

    fn formatted_value(&mut self, f: &'a ast::FormattedValue<'a>, dst: Reg) -> CResult<()> {
        let src = self.tmps(2)?;
        self.expr_to(&f.value, src)?;
        let mut conv: u8 = match f.conversion {
            ast::Conversion::None => 0,
            ast::Conversion::Str => 1,
            ast::Conversion::Repr => 2,
            ast::Conversion::Ascii => 3,
        };
        if let Some(spec) = &f.format_spec {
            self.expr_to(spec, src + 1)?;
            conv |= 4;
        }
        self.set_span(f.span);
        self.emit(Instr::FormatValue { dst, src, conv });
        Ok(())
    }

    // ------------------------------------------------------------------------------------------
    // Comprehensions
    // ------------------------------------------------------------------------------------------

    fn inline_comp(
        &mut self,
        gens: &'a [ast::Comprehension<'a>],
        kind: CompKind<'a>,
        dst: Reg,
        span: ast::Span,
        key: *const (),
    ) -> CResult<()> {
        self.comp_span = span;
        let comp_scope = self.table_scope(key);
        let needs_coroutine =
            comp_scope.as_ref().is_some_and(|s| s.is_coroutine) && !self.unit.async_def;
        if needs_coroutine
            && self.unit.comp_scopes.is_empty()
            && self.unit.kind != UnitKind::GenExpr
            && !(self.unit.kind == UnitKind::Module && self.unit.interactive)
        {
            // CPython compiles the first iterable (in the enclosing scope) before this check,
            // so its own errors and warnings come first.
            if let Some(first) = gens.first() {
                self.expr_any(&first.iter)?;
            }
            return Err(self.syntax_error(
                "asynchronous comprehension outside of an asynchronous function",
                span,
            ));
        }
        if needs_coroutine {
            // An async comprehension nested in a comprehension of a non-async function needs
            // its own coroutine frame: compile it as a nested function (3.11 style).
            return self.comp_function(gens, kind, dst, span, comp_scope.unwrap_or_default());
        }
        self.set_span(span);
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList {
                dst,
                first: 0,
                n: 0,
            }),
            CompKind::Set(_) => self.emit(Instr::BuildSet {
                dst,
                first: 0,
                n: 0,
            }),
            CompKind::Dict(..) => self.emit(Instr::BuildMap {
                dst,
                first: 0,
                n: 0,
            }),
            CompKind::Gen(_) => 0,
        };
        let Some(first) = gens.first() else {
            return Ok(());
        };
        // The first iterable is evaluated in the enclosing scope.
        let it = self.tmps(2)?;
        let src = self.expr_any(&first.iter)?;
        if first.is_async {
            self.emit(Instr::GetAIter { dst: it, src });
        } else {
            self.emit(Instr::GetIter { dst: it, src });
        }
        self.unit.loop_iters.push(it);
        self.release(u16::from(it) + 2);
        // Iteration variables get their own registers (PEP 709 isolation).
        let saved = self.unit.comp_vars.len();
        let mut names = Vec::new();
        let mut first_names = Vec::new();
        collect_target_names(&first.target, &mut first_names);
        for g in gens {
            collect_target_names(&g.target, &mut names);
        }
        for n in names {
            let n: Rc<str> = self.mangle(n).into_owned().into();
            if !self
                .unit
                .comp_vars
                .get(saved..)
                .unwrap_or(&[])
                .iter()
                .any(|(x, _, _)| *x == n)
            {
                let r = self.tmp()?;
                // Captured by a closure in the comprehension: a fresh cell for this run.
                let cell = comp_scope
                    .as_ref()
                    .is_some_and(|s| s.lookup(&n) == Some(crate::scope::NameScope::Cell));
                if cell {
                    self.emit(Instr::DeleteFast { reg: r });
                    self.emit(Instr::MakeCell { reg: r });
                } else if !first_names.contains(&&*n) {
                    // Bound only by an inner `for`: a stale temporary must not show in
                    // `locals()` before that (the first loop's targets are bound at once).
                    self.emit(Instr::DeleteFast { reg: r });
                }
                self.unit.comp_vars.push((n, r, cell));
            }
        }
        let start = self.unit.b.here();
        self.unit.comp_scopes.push(comp_scope);
        let r = self.comp_loop(gens, 0, Some(it), &kind, dst, false);
        self.unit.comp_scopes.pop();
        let end = self.unit.b.here();
        for (n, reg, cell) in self.unit.comp_vars.drain(saved..) {
            self.unit.b.comp_local(n, reg, cell, start, end);
        }
        r
    }

    fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension<'a>],
        idx: usize,
        first_iter: Option<Reg>,
        kind: &CompKind<'a>,
        dst: Reg,
        is_gen: bool,
    ) -> CResult<()> {
        let Some(g) = gens.get(idx) else {
            // innermost: the element
            let m = self.mark();
            match kind {
                CompKind::List(e) => {
                    let v = self.expr_any(e)?;
                    self.emit(Instr::ListAppend { list: dst, src: v });
                }
                CompKind::Set(e) => {
                    let v = self.expr_any(e)?;
                    self.emit(Instr::SetAdd { set: dst, src: v });
                }
                CompKind::Dict(k, v) => {
                    let kv = self.tmps(2)?;
                    self.expr_to(k, kv)?;
                    self.expr_to(v, kv + 1)?;
                    self.emit(Instr::MapAdd { map: dst, key: kv });
                }
                CompKind::Gen(e) => {
                    let v = self.expr_any(e)?;
                    let t = self.tmp()?;
                    self.emit(Instr::Yield { dst: t, src: v });
                }
            }
            let _ = is_gen;
            self.release(m);
            return Ok(());
        };
        if g.is_async {
            if !self.unit.async_def {
                return Err(self.syntax_error(
                    "asynchronous comprehension outside of an asynchronous function",
                    self.comp_span,
                ));
            }
            let m = self.mark();
            let it = match first_iter {
                Some(r) => r,
                None => {
                    let it = self.tmp()?;
                    let src = self.expr_any(&g.iter)?;
                    self.emit(Instr::GetAIter { dst: it, src });
                    self.unit.loop_iters.push(it);
                    self.release(u16::from(it) + 1);
                    it
                }
            };
            let top = self.label();
            let handler = self.label();
            let exc = self.tmp()?;
            let v = self.tmp()?;
            let aw = self.tmp()?;
            self.bind(top);
            self.push_protect(handler, exc);
            self.emit(Instr::GetANext { dst: aw, src: it });
            self.emit(Instr::LoadNone { dst: v });
            self.emit(Instr::YieldFrom { dst: v, iter: aw });
            self.pop_protect();
            self.store(&g.target, v)?;
            for cond in g.ifs {
                self.jump_if(cond, false, top)?;
            }
            self.comp_loop(gens, idx + 1, None, kind, dst, is_gen)?;
            self.jump(top);
            self.bind(handler);
            self.emit(Instr::EndAsyncFor { exc });
            self.release(m);
            return Ok(());
        }
        let m = self.mark();
        let it = match first_iter {
            // ForIter writes R[it+1]: a parameter register (`.0`) is copied to a fresh pair.
            Some(r) if self.is_var_reg(r) => {
                let it = self.tmps(2)?;
                self.emit(Instr::Move { dst: it, src: r });
                it
            }
            Some(r) => r,
            None => {
                let it = self.tmps(2)?;
                let src = self.expr_any(&g.iter)?;
                self.emit(Instr::GetIter { dst: it, src });
                self.unit.loop_iters.push(it);
                self.release(u16::from(it) + 2);
                it
            }
        };
        let top = self.label();
        let end = self.label();
        self.bind(top);
        self.emit_jump(
            Instr::ForIter {
                iter: it,
                target: 0,
            },
            end,
        );
        self.store(&g.target, it + 1)?;
        for cond in g.ifs {
            self.jump_if(cond, false, top)?;
        }
        self.comp_loop(gens, idx + 1, None, kind, dst, is_gen)?;
        self.jump(top);
        self.bind(end);
        self.release(m);
        Ok(())
    }

    fn genexp(&mut self, g: &'a ast::Comp<'a>, dst: Reg) -> CResult<()> {
        let Some(first) = g.generators.first() else {
            return Ok(());
        };
        self.comp_span = g.span;
        let scope = self.scope_for_genexp(g);
        let line = self.line();
        let gen_flag = if scope.is_coroutine {
            flags::ASYNC_GENERATOR
        } else {
            flags::GENERATOR
        };
        let is_async = scope.is_coroutine;
        self.push_unit(UnitKind::GenExpr, "<genexpr>", scope, line);
        self.unit.async_def = is_async;
        self.unit
            .b
            .set_flags(flags::OPTIMIZED | flags::NEWLOCALS | gen_flag | self.nested_flag());
        self.unit.b.set_args(1, 0, 0);
        self.prologue();
        self.set_bound(0, true);
        let r = (|| -> CResult<()> {
            self.comp_loop(g.generators, 0, Some(0), &CompKind::Gen(&g.elt), 0, true)?;
            let t = self.tmp()?;
            self.emit(Instr::LoadNone { dst: t });
            self.emit(Instr::Return { src: t });
            Ok(())
        })();
        let code = match r {
            Ok(()) => self.pop_unit()?,
            Err(e) => {
                let _ = self.pop_unit();
                return Err(e);
            }
        };
        let f = self.tmps(2)?;
        self.make_function_from(code, f)?;
        let src = self.expr_any(&first.iter)?;
        self.set_span(g.span);
        if first.is_async {
            self.emit(Instr::GetAIter { dst: f + 1, src });
        } else {
            self.emit(Instr::GetIter { dst: f + 1, src });
        }
        self.emit(Instr::Call {
            dst,
            func: f,
            argc: 1,
        });
        Ok(())
    }

    /// A list/set/dict comprehension compiled as a nested function taking the first iterator
    /// (CPython 3.11's shape), for the cases inlining cannot handle.
    fn comp_function(
        &mut self,
        gens: &'a [ast::Comprehension<'a>],
        kind: CompKind<'a>,
        dst: Reg,
        span: ast::Span,
        scope: ScopeInfo,
    ) -> CResult<()> {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let is_async = scope.is_coroutine;
        let line = self.line();
        self.push_unit(UnitKind::GenExpr, name, scope, line);
        self.unit.async_def = is_async;
        let mut fl = flags::OPTIMIZED | flags::NEWLOCALS | self.nested_flag();
        if is_async {
            fl |= flags::COROUTINE;
        }
        self.unit.b.set_flags(fl);
        self.unit.b.set_args(1, 0, 0);
        self.prologue();
        self.set_bound(0, true);
        let r = (|| -> CResult<()> {
            let acc = self.tmp()?;
            self.set_span(span);
            match kind {
                CompKind::List(_) => self.emit(Instr::BuildList {
                    dst: acc,
                    first: 0,
                    n: 0,
                }),
                CompKind::Set(_) => self.emit(Instr::BuildSet {
                    dst: acc,
                    first: 0,
                    n: 0,
                }),
                _ => self.emit(Instr::BuildMap {
                    dst: acc,
                    first: 0,
                    n: 0,
                }),
            };
            self.comp_loop(gens, 0, Some(0), &kind, acc, false)?;
            self.emit(Instr::Return { src: acc });
            Ok(())
        })();
        let code = match r {
            Ok(()) => self.pop_unit()?,
            Err(e) => {
                let _ = self.pop_unit();
                return Err(e);
            }
        };
        let f = self.tmps(2)?;
        self.make_function_from(code, f)?;
        let src = self.expr_any(&first.iter)?;
        self.set_span(span);
        if first.is_async {
            self.emit(Instr::GetAIter { dst: f + 1, src });
        } else {
            self.emit(Instr::GetIter { dst: f + 1, src });
        }
        self.emit(Instr::Call {
            dst,
            func: f,
            argc: 1,
        });
        if is_async {
            self.await_reg(dst)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------------------------------------
    // Functions and classes
    // ------------------------------------------------------------------------------------------

    pub(super) fn nested_flag(&self) -> u32 {
        if self
            .stack
            .iter()
            .skip(1)
            .chain(std::iter::once(&self.unit))
            .any(|u| {
                matches!(
                    u.kind,
                    UnitKind::Function | UnitKind::Lambda | UnitKind::GenExpr
                )
            })
            && self.stack.len() > 1
        {
            flags::NESTED
        } else {
            0
        }
    }

    /// Marks cells and copies free variables: the first instructions of a body.
    pub(super) fn prologue(&mut self) {
        let cells: Vec<Reg> = self
            .unit
            .scope
            .cellvars
            .iter()
            .filter_map(|c| self.unit.cells.get(c).copied())
            .collect();
        for r in cells {
            self.emit(Instr::MakeCell { reg: r });
        }
        if let Some(f) = self.unit.scope.freevars.first() {
            if let Some(&first) = self.unit.cells.get(f) {
                let n = self.unit.scope.freevars.len().min(255) as u8;
                self.emit(Instr::CopyFreeVars { first, n });
            }
        }
    }

    /// `R[dst] = function(code)` with its closure cells (taken from the current unit).
    fn make_function_from(&mut self, code: crate::code::CodeObject, dst: Reg) -> CResult<()> {
        let free: Vec<Rc<str>> = code.freevars.to_vec();
        let idx = self.konst(Constant::Code(Rc::new(code)))?;
        self.emit(Instr::MakeFunction { dst, code: idx });
        if !free.is_empty() {
            let m = self.mark();
            let n = free.len() as u16;
            let first = self.tmps(n)?;
            for (k, name) in free.iter().enumerate() {
                let comp_cell = self
                    .unit
                    .comp_vars
                    .iter()
                    .rev()
                    .find(|(n, _, cell)| *cell && n == name)
                    .map(|&(_, r, _)| r);
                let src = match comp_cell.or_else(|| self.unit.cells.get(name).copied()) {
                    Some(r) => r,
                    None => return Err(self.too_large("closure variable")),
                };
                self.emit(Instr::Move {
                    dst: first + k as u8,
                    src,
                });
            }
            let t = self.tmp()?;
            self.emit(Instr::BuildTuple {
                dst: t,
                first,
                n: n as u8,
            });
            self.emit(Instr::SetFunctionAttr {
                func: dst,
                what: FunctionAttr::Closure,
                src: t,
            });
            self.release(m);
        }
        Ok(())
    }

    /// Evaluates defaults, keyword defaults and annotations (in the enclosing scope), compiles
    /// the body, and leaves the function in `R[dst]`.
    fn make_function(
        &mut self,
        args: &'a ast::Arguments<'a>,
        returns: Option<&'a Expr<'a>>,
        build_body: impl FnOnce(&mut Self) -> CResult<crate::code::CodeObject>,
        dst: Reg,
    ) -> CResult<()> {
        self.make_function_with(args, returns, None, build_body, dst)
    }

    /// Evaluates the positional and keyword-only defaults: `(tuple register, dict register)`.
    fn eval_defaults(
        &mut self,
        args: &'a ast::Arguments<'a>,
    ) -> CResult<(Option<Reg>, Option<Reg>)> {
        let mut d = None;
        let mut k = None;
        if !args.defaults.is_empty() {
            let t = self.tmp()?;
            self.display(args.defaults, Display::Tuple, t)?;
            d = Some(t);
        }
        if args.kw_defaults.iter().any(Option::is_some) {
            let t = self.tmp()?;
            self.emit(Instr::BuildMap {
                dst: t,
                first: 0,
                n: 0,
            });
            for (a, dv) in args.kwonlyargs.iter().zip(args.kw_defaults) {
                if let Some(dv) = dv {
                    let mm = self.mark();
                    let kv = self.tmps(2)?;
                    self.load_const(Constant::Str(a.arg.into()), kv)?;
                    self.expr_to(dv, kv + 1)?;
                    self.emit(Instr::MapAdd { map: t, key: kv });
                    self.release(mm);
                }
            }
            k = Some(t);
        }
        Ok((d, k))
    }

    /// [`Self::make_function`] with the defaults already evaluated (`given`), as inside the
    /// type-parameter scope of a generic function.
    fn make_function_with(
        &mut self,
        args: &'a ast::Arguments<'a>,
        returns: Option<&'a Expr<'a>>,
        given: Option<(Option<Reg>, Option<Reg>)>,
        build_body: impl FnOnce(&mut Self) -> CResult<crate::code::CodeObject>,
        dst: Reg,
    ) -> CResult<()> {
        let m = self.mark();
        let mut attrs: Vec<(FunctionAttr, Reg)> = Vec::new();
        if let Some((d, k)) = given {
            if let Some(d) = d {
                attrs.push((FunctionAttr::Defaults, d));
            }
            if let Some(k) = k {
                attrs.push((FunctionAttr::KwDefaults, k));
            }
        } else if !args.defaults.is_empty() {
            let t = self.tmp()?;
            self.display(args.defaults, Display::Tuple, t)?;
            attrs.push((FunctionAttr::Defaults, t));
        }
        if given.is_none() && args.kw_defaults.iter().any(Option::is_some) {
            let t = self.tmp()?;
            self.emit(Instr::BuildMap {
                dst: t,
                first: 0,
                n: 0,
            });
            for (a, d) in args.kwonlyargs.iter().zip(args.kw_defaults) {
                if let Some(d) = d {
                    let mm = self.mark();
                    let kv = self.tmps(2)?;
                    self.load_const(Constant::Str(a.arg.into()), kv)?;
                    self.expr_to(d, kv + 1)?;
                    self.emit(Instr::MapAdd { map: t, key: kv });
                    self.release(mm);
                }
            }
            attrs.push((FunctionAttr::KwDefaults, t));
        }
        let all_args = args
            .posonlyargs
            .iter()
            .chain(args.args)
            .chain(args.vararg)
            .chain(args.kwonlyargs)
            .chain(args.kwarg);
        let annotated: Vec<(&str, &'a Expr<'a>)> = all_args
            .filter_map(|a| a.annotation.as_ref().map(|e| (a.arg, e)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if !annotated.is_empty() {
            let t = self.tmp()?;
            self.emit(Instr::BuildMap {
                dst: t,
                first: 0,
                n: 0,
            });
            for (name, e) in annotated {
                let mm = self.mark();
                let kv = self.tmps(2)?;
                self.load_const(Constant::Str(name.into()), kv)?;
                if self.future_annotations {
                    let text = self.annotation_text(e);
                    self.load_const(Constant::Str(text.into()), kv + 1)?;
                } else if let Expr::Starred(st) = e {
                    // `*args: *Ts` is the single item of unpacking `Ts`
                    let v = self.expr_any(&st.value)?;
                    self.emit(Instr::Unpack {
                        first: kv + 1,
                        n: 1,
                        src: v,
                    });
                } else {
                    self.expr_to(e, kv + 1)?;
                }
                self.emit(Instr::MapAdd { map: t, key: kv });
                self.release(mm);
            }
            attrs.push((FunctionAttr::Annotations, t));
        }
        let code = build_body(self)?;
        self.make_function_from(code, dst)?;
        for (what, src) in attrs {
            self.emit(Instr::SetFunctionAttr {
                func: dst,
                what,
                src,
            });
        }
        self.release(m);
        Ok(())
    }

    /// An annotation as text (`from __future__ import annotations`).
    pub(super) fn annotation_text(&self, e: &Expr<'_>) -> String {
        super::unparse::unparse(e).unwrap_or_else(|| self.source_text(e.span()))
    }

    pub(super) fn source_text(&self, span: ast::Span) -> String {
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
            .to_string()
    }

    fn arg_flags(args: &ast::Arguments<'_>) -> u32 {
        let mut f = flags::OPTIMIZED | flags::NEWLOCALS;
        if args.vararg.is_some() {
            f |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            f |= flags::VARKEYWORDS;
        }
        f
    }

    fn set_arg_counts(&mut self, args: &ast::Arguments<'_>) {
        let argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        self.unit.b.set_args(
            argcount,
            args.posonlyargs.len() as u32,
            args.kwonlyargs.len() as u32,
        );
        let nparams = argcount as usize
            + args.kwonlyargs.len()
            + usize::from(args.vararg.is_some())
            + usize::from(args.kwarg.is_some());
        for r in 0..nparams.min(256) {
            self.set_bound(r as Reg, true);
        }
    }

    pub(super) fn function_def(&mut self, f: &'a ast::FunctionDef<'a>) -> CResult<()> {
        self.check_forbidden(f.name, f.span, false)?;
        self.check_args_forbidden(f.args)?;
        let decos = self.eval_decorators(f.decorator_list)?;
        let func = self.tmp()?;
        let firstline = self.first_line(f.span, f.decorator_list);
        if !f.type_params.is_empty() {
            self.generic_function(f, firstline, func)?;
        } else {
            self.function_object(f, firstline, None, func)?;
        }
        self.apply_decorators(&decos, f.decorator_list, func)?;
        self.set_span(f.span);
        self.store_name(f.name, func)
    }

    /// `def f[T](...)`: a `<generic parameters of f>` function, called at once with the
    /// defaults, creates the type parameters and returns the function.
    fn generic_function(
        &mut self,
        f: &'a ast::FunctionDef<'a>,
        firstline: u32,
        dst: Reg,
    ) -> CResult<()> {
        let m = self.mark();
        let (d, k) = self.eval_defaults(f.args)?;
        let has_kw = k.is_some();
        let argc: u8 = 1 + u8::from(has_kw);
        let fr = self.tmps(1 + u16::from(argc))?;
        match d {
            Some(d) => self.emit(Instr::Move {
                dst: fr + 1,
                src: d,
            }),
            None => self.emit(Instr::LoadNone { dst: fr + 1 }),
        };
        if let Some(k) = k {
            self.emit(Instr::Move {
                dst: fr + 2,
                src: k,
            });
        }
        let key: *const () = std::ptr::from_ref(f).cast();
        let scope = self.type_params_scope(key);
        let owner_qualname = self.child_qualname(f.name, UnitKind::Function);
        let name = format!("<generic parameters of {}>", f.name);
        self.push_unit(UnitKind::TypeParams, &name, scope, firstline);
        self.unit.b.constant(Constant::None);
        self.unit.owner_qualname = Some(owner_qualname);
        self.unit.b.set_flags(flags::OPTIMIZED | flags::NEWLOCALS);
        self.unit.b.set_args(u32::from(argc), 0, 0);
        for r in 0..argc {
            self.set_bound(r, true);
        }
        let r = (|| -> CResult<()> {
            self.prologue();
            let tp = self.type_params(f.type_params)?;
            let given = (
                if f.args.defaults.is_empty() {
                    None
                } else {
                    Some(0)
                },
                if has_kw { Some(1) } else { None },
            );
            let func = self.tmps(2)?;
            self.function_object(f, firstline, Some(given), func)?;
            self.emit(Instr::Move {
                dst: func + 1,
                src: tp,
            });
            self.emit(Instr::CallIntrinsic {
                dst: func,
                src: func,
                which: intrinsic::SET_FUNCTION_TYPE_PARAMS,
            });
            self.emit(Instr::Return { src: func });
            Ok(())
        })();
        let code = match r {
            Ok(()) => self.pop_unit()?,
            Err(e) => {
                let _ = self.pop_unit();
                return Err(e);
            }
        };
        self.make_function_from(code, fr)?;
        self.set_span(f.span);
        self.emit(Instr::Call {
            dst,
            func: fr,
            argc,
        });
        self.release(m);
        Ok(())
    }

    /// The function object of `def f` in `R[dst]` (defaults given or evaluated here).
    fn function_object(
        &mut self,
        f: &'a ast::FunctionDef<'a>,
        firstline: u32,
        given: Option<(Option<Reg>, Option<Reg>)>,
        func: Reg,
    ) -> CResult<()> {
        self.make_function_with(
            f.args,
            f.returns.as_ref(),
            given,
            |me| {
                let scope = me.scope_for_function(f);
                me.push_unit(UnitKind::Function, f.name, scope, firstline);
                let mut fl = Self::arg_flags(f.args) | me.nested_flag();
                if f.is_async {
                    fl |= if me.unit.scope.is_generator {
                        flags::ASYNC_GENERATOR
                    } else {
                        flags::COROUTINE
                    };
                    me.unit.scope.is_coroutine = true;
                    me.unit.async_def = true;
                } else if me.unit.scope.is_generator {
                    fl |= flags::GENERATOR;
                }
                me.unit.b.set_flags(fl);
                // co_consts[0] is the docstring or None (CPython's rule; the VM's __doc__).
                let doc = is_docstring(f.body);
                let body = if doc.is_some() {
                    f.body.get(1..).unwrap_or(&[])
                } else {
                    f.body
                };
                me.unit.b.constant(doc.unwrap_or(Constant::None));
                me.set_arg_counts(f.args);
                me.prologue();
                let r = me.stmts(body).and_then(|()| me.implicit_return());
                match r {
                    Ok(()) => me.pop_unit(),
                    Err(e) => {
                        let _ = me.pop_unit();
                        Err(e)
                    }
                }
            },
            func,
        )
    }

    /// The `type_params` scope of a generic function/class/alias at `key`.
    fn type_params_scope(&self, key: *const ()) -> ScopeInfo {
        self.table
            .as_ref()
            .and_then(|t| t.type_params_scope_of(key))
            .map(ScopeInfo::from_symtable)
            .unwrap_or_default()
    }

    /// Creates the type parameters (stored under their names) and returns a register holding
    /// the tuple of them.
    fn type_params(&mut self, params: &'a [ast::TypeParam<'a>]) -> CResult<Reg> {
        let n = u8::try_from(params.len()).map_err(|_| self.too_large("type parameters"))?;
        let first = self.tmps(u16::from(n))?;
        for (i, tp) in params.iter().enumerate() {
            let r = first + i as u8;
            self.set_span(tp.span());
            let m = self.mark();
            let (name, which, bound) = match tp {
                ast::TypeParam::TypeVar(tv) => (
                    tv.name,
                    intrinsic::TYPEVAR,
                    tv.bound.as_ref().map(|b| (*tv, b)),
                ),
                ast::TypeParam::ParamSpec(p) => (p.name, intrinsic::PARAMSPEC, None),
                ast::TypeParam::TypeVarTuple(t) => (t.name, intrinsic::TYPEVARTUPLE, None),
            };
            match bound {
                None => {
                    self.load_const(Constant::Str(name.into()), r)?;
                    self.emit(Instr::CallIntrinsic {
                        dst: r,
                        src: r,
                        which,
                    });
                }
                Some((tv, b)) => {
                    let pair = self.tmps(2)?;
                    self.load_const(Constant::Str(name.into()), pair)?;
                    let key: *const () = std::ptr::from_ref(tv).cast();
                    let which = if matches!(b, Expr::Tuple(_)) {
                        intrinsic::TYPEVAR_WITH_CONSTRAINTS
                    } else {
                        intrinsic::TYPEVAR_WITH_BOUND
                    };
                    self.lazy_function(key, name, b, pair + 1)?;
                    self.emit(Instr::CallIntrinsic {
                        dst: r,
                        src: pair,
                        which,
                    });
                }
            }
            self.release(m);
            self.store_name(name, r)?;
        }
        let t = self.tmp()?;
        self.emit(Instr::BuildTuple { dst: t, first, n });
        Ok(t)
    }

    /// A function evaluating `value` lazily (type-variable bounds, `type` alias values).
    fn lazy_function(
        &mut self,
        key: *const (),
        name: &str,
        value: &'a Expr<'a>,
        dst: Reg,
    ) -> CResult<()> {
        let scope = self.table_scope(key).unwrap_or_default();
        let line = self.index.line(value.span().start);
        self.push_unit(UnitKind::Lambda, name, scope, line);
        self.unit
            .b
            .set_flags(flags::OPTIMIZED | flags::NEWLOCALS | self.nested_flag());
        self.unit.b.constant(Constant::None);
        let r = (|| -> CResult<()> {
            self.prologue();
            let t = self.tmp()?;
            self.expr_to(value, t)?;
            self.emit(Instr::Return { src: t });
            Ok(())
        })();
        let code = match r {
            Ok(()) => self.pop_unit()?,
            Err(e) => {
                let _ = self.pop_unit();
                return Err(e);
            }
        };
        self.make_function_from(code, dst)
    }

    /// `type X[T] = value`
    pub(super) fn type_alias(&mut self, t: &'a ast::TypeAlias<'a>) -> CResult<()> {
        let Expr::Name(name) = t.name else {
            return Err(self.syntax_error("invalid type alias name", t.span));
        };
        let key: *const () = std::ptr::from_ref(t).cast();
        let res = self.tmp()?;
        if t.type_params.is_empty() {
            let parts = self.tmps(3)?;
            self.load_const(Constant::Str(name.id.into()), parts)?;
            self.emit(Instr::LoadNone { dst: parts + 1 });
            self.lazy_function(key, name.id, &t.value, parts + 2)?;
            let tuple = self.tmp()?;
            self.emit(Instr::BuildTuple {
                dst: tuple,
                first: parts,
                n: 3,
            });
            self.set_span(t.span);
            self.emit(Instr::CallIntrinsic {
                dst: res,
                src: tuple,
                which: intrinsic::TYPEALIAS,
            });
        } else {
            let scope = self.type_params_scope(key);
            let owner_qualname = self.child_qualname(name.id, UnitKind::Function);
            let line = self.index.line(t.span.start);
            let uname = format!("<generic parameters of {}>", name.id);
            self.push_unit(UnitKind::TypeParams, &uname, scope, line);
            self.unit.b.constant(Constant::None);
            self.unit.owner_qualname = Some(owner_qualname);
            self.unit
                .b
                .set_flags(flags::OPTIMIZED | flags::NEWLOCALS | self.nested_flag());
            let r = (|| -> CResult<()> {
                self.prologue();
                let tp = self.type_params(t.type_params)?;
                let parts = self.tmps(3)?;
                self.load_const(Constant::Str(name.id.into()), parts)?;
                self.emit(Instr::Move {
                    dst: parts + 1,
                    src: tp,
                });
                self.lazy_function(key, name.id, &t.value, parts + 2)?;
                let tuple = self.tmp()?;
                self.emit(Instr::BuildTuple {
                    dst: tuple,
                    first: parts,
                    n: 3,
                });
                self.set_span(t.span);
                self.emit(Instr::CallIntrinsic {
                    dst: tuple,
                    src: tuple,
                    which: intrinsic::TYPEALIAS,
                });
                self.emit(Instr::Return { src: tuple });
                Ok(())
            })();
            let code = match r {
                Ok(()) => self.pop_unit()?,
                Err(e) => {
                    let _ = self.pop_unit();
                    return Err(e);
                }
            };
            let f = self.tmp()?;
            self.make_function_from(code, f)?;
            self.set_span(t.span);
            self.emit(Instr::Call {
                dst: res,
                func: f,
                argc: 0,
            });
        }
        self.store_name(name.id, res)
    }

    fn check_args_forbidden(&self, args: &ast::Arguments<'_>) -> CResult<()> {
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args)
            .chain(args.vararg)
            .chain(args.kwonlyargs)
            .chain(args.kwarg);
        for a in all {
            self.check_forbidden(a.arg, a.span, false)?;
        }
        Ok(())
    }

    fn implicit_return(&mut self) -> CResult<()> {
        let t = self.tmp()?;
        self.emit(Instr::LoadNone { dst: t });
        self.emit(Instr::Return { src: t });
        Ok(())
    }

    fn first_line(&self, span: ast::Span, decorators: &[Expr<'_>]) -> u32 {
        let start = decorators.first().map_or(span.start, |d| d.span().start);
        self.index.line(start)
    }

    fn eval_decorators(&mut self, decos: &'a [Expr<'a>]) -> CResult<Vec<Reg>> {
        let mut out = Vec::new();
        for d in decos {
            let r = self.tmp()?;
            self.expr_to(d, r)?;
            out.push(r);
        }
        Ok(out)
    }

    fn apply_decorators(&mut self, decos: &[Reg], exprs: &[Expr<'_>], func: Reg) -> CResult<()> {
        for (&d, e) in decos.iter().zip(exprs).rev() {
            self.set_span(e.span());
            let m = self.mark();
            let t = self.tmps(2)?;
            self.emit(Instr::Move { dst: t, src: d });
            self.emit(Instr::Move {
                dst: t + 1,
                src: func,
            });
            self.emit(Instr::Call {
                dst: func,
                func: t,
                argc: 1,
            });
            self.release(m);
        }
        Ok(())
    }

    fn lambda(&mut self, l: &'a ast::Lambda<'a>, dst: Reg) -> CResult<()> {
        self.check_args_forbidden(l.args)?;
        let firstline = self.index.line(l.span.start);
        self.make_function(
            l.args,
            None,
            |me| {
                let scope = me.scope_for_lambda(l);
                me.push_unit(UnitKind::Lambda, "<lambda>", scope, firstline);
                let mut fl = Self::arg_flags(l.args) | me.nested_flag();
                if me.unit.scope.is_generator {
                    fl |= flags::GENERATOR;
                }
                me.unit.b.set_flags(fl);
                me.unit.b.constant(Constant::None);
                me.set_arg_counts(l.args);
                me.prologue();
                let r = (|| -> CResult<()> {
                    let t = me.tmp()?;
                    me.expr_to(&l.body, t)?;
                    me.set_span(l.body.span());
                    me.emit(Instr::Return { src: t });
                    Ok(())
                })();
                match r {
                    Ok(()) => me.pop_unit(),
                    Err(e) => {
                        let _ = me.pop_unit();
                        Err(e)
                    }
                }
            },
            dst,
        )
    }

    /// The keyword names of a call or class statement: no `__debug__`, and (CPython's
    /// `validate_keywords`) no name twice, the later duplicate being reported.
    fn check_keywords(&self, keywords: &[ast::Keyword<'a>]) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(a) = k.arg {
                self.check_forbidden(a, k.span, false)?;
                let earlier = keywords.get(..i).unwrap_or(&[]);
                if earlier.iter().any(|e| e.arg == Some(a)) {
                    return Err(
                        self.syntax_error(&format!("keyword argument repeated: {a}"), k.span)
                    );
                }
            }
        }
        Ok(())
    }

    pub(super) fn class_def(&mut self, c: &'a ast::ClassDef<'a>) -> CResult<()> {
        self.check_forbidden(c.name, c.span, false)?;
        self.check_keywords(c.keywords)?;
        let decos = self.eval_decorators(c.decorator_list)?;
        let firstline = self.first_line(c.span, c.decorator_list);
        let result = self.tmp()?;
        if c.type_params.is_empty() {
            self.class_object(c, firstline, false, result)?;
        } else {
            // `<generic parameters of C>`: creates the type parameters, `.type_params` and
            // `.generic_base` (Generic[*params], an implicit extra base), returns the class.
            let key: *const () = std::ptr::from_ref(c).cast();
            let scope = self.type_params_scope(key);
            let owner_qualname = self.child_qualname(c.name, UnitKind::Class);
            let name = format!("<generic parameters of {}>", c.name);
            self.push_unit(UnitKind::TypeParams, &name, scope, firstline);
            self.unit.b.constant(Constant::None);
            self.unit.owner_qualname = Some(owner_qualname);
            self.unit
                .b
                .set_flags(flags::OPTIMIZED | flags::NEWLOCALS | self.nested_flag());
            let r = (|| -> CResult<()> {
                self.prologue();
                let tp = self.type_params(c.type_params)?;
                self.store_name(".type_params", tp)?;
                let g = self.tmp()?;
                self.emit(Instr::CallIntrinsic {
                    dst: g,
                    src: tp,
                    which: intrinsic::SUBSCRIPT_GENERIC,
                });
                self.store_name(".generic_base", g)?;
                let res = self.tmp()?;
                self.class_object(c, firstline, true, res)?;
                self.emit(Instr::Return { src: res });
                Ok(())
            })();
            let code = match r {
                Ok(()) => self.pop_unit()?,
                Err(e) => {
                    let _ = self.pop_unit();
                    return Err(e);
                }
            };
            let f = self.tmp()?;
            self.make_function_from(code, f)?;
            self.set_span(c.span);
            self.emit(Instr::Call {
                dst: result,
                func: f,
                argc: 0,
            });
        }
        self.apply_decorators(&decos, c.decorator_list, result)?;
        self.set_span(c.span);
        self.store_name(c.name, result)
    }

    /// `__build_class__(body, name, *bases, **keywords)` into `R[result]`.
    fn class_object(
        &mut self,
        c: &'a ast::ClassDef<'a>,
        firstline: u32,
        generic: bool,
        result: Reg,
    ) -> CResult<()> {
        let scope = self.scope_for_class(c);
        self.push_unit(UnitKind::Class, c.name, scope, firstline);
        let r = self.class_body(c);
        let code = match r {
            Ok(()) => self.pop_unit()?,
            Err(e) => {
                let _ = self.pop_unit();
                return Err(e);
            }
        };
        self.set_span(c.span);
        let has_star = c.bases.iter().any(|b| matches!(b, Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            // __build_class__(func, name, *bases, **kw) through CallEx
            let f = self.tmps(3)?;
            self.emit(Instr::LoadBuildClass { dst: f });
            let l = self.tmp()?;
            let fr = self.tmps(2)?;
            self.make_function_from(code, fr)?;
            self.load_const(Constant::Str(c.name.into()), fr + 1)?;
            self.emit(Instr::BuildList {
                dst: l,
                first: fr,
                n: 2,
            });
            for b in c.bases {
                let m = self.mark();
                match b {
                    Expr::Starred(s) => {
                        let v = self.expr_any(&s.value)?;
                        self.emit(Instr::ListExtend { list: l, src: v });
                    }
                    _ => {
                        let v = self.expr_any(b)?;
                        self.emit(Instr::ListAppend { list: l, src: v });
                    }
                }
                self.release(m);
            }
            if generic {
                let g = self.tmp()?;
                self.load_name_to(".generic_base", g)?;
                self.emit(Instr::ListAppend { list: l, src: g });
            }
            self.emit(Instr::ListToTuple { dst: f + 1, src: l });
            if !c.keywords.is_empty() {
                let d = f + 2;
                self.emit(Instr::BuildMap {
                    dst: d,
                    first: 0,
                    n: 0,
                });
                for k in c.keywords {
                    let m = self.mark();
                    match k.arg {
                        Some(name) => {
                            let kv = self.tmps(2)?;
                            self.load_const(Constant::Str(name.into()), kv)?;
                            self.expr_to(&k.value, kv + 1)?;
                            self.emit(Instr::MapAdd { map: d, key: kv });
                        }
                        None => {
                            let v = self.expr_any(&k.value)?;
                            self.emit(Instr::DictMerge { map: d, src: v });
                        }
                    }
                    self.release(m);
                }
            }
            self.set_span(c.span);
            self.emit(Instr::CallEx {
                dst: result,
                func: f,
                haskw: u8::from(!c.keywords.is_empty()),
            });
        } else {
            let nargs = 2 + c.bases.len() + usize::from(generic) + c.keywords.len();
            if nargs > 200 {
                return Err(self.too_large("class arguments"));
            }
            let nkw = u16::from(!c.keywords.is_empty());
            let f = self.tmps(1 + nargs as u16 + nkw)?;
            self.emit(Instr::LoadBuildClass { dst: f });
            self.make_function_from(code, f + 1)?;
            self.load_const(Constant::Str(c.name.into()), f + 2)?;
            let mut r = f + 3;
            for b in c.bases {
                self.expr_to(b, r)?;
                r += 1;
            }
            if generic {
                self.load_name_to(".generic_base", r)?;
                r += 1;
            }
            for k in c.keywords {
                self.expr_to(&k.value, r)?;
                r += 1;
            }
            let argc = nargs as u8;
            self.set_span(c.span);
            if nkw == 1 {
                let names: Vec<Constant> = c
                    .keywords
                    .iter()
                    .filter_map(|k| k.arg.map(|a| Constant::Str(a.into())))
                    .collect();
                self.load_const(Constant::Tuple(names.into()), r)?;
                self.emit(Instr::CallKw {
                    dst: result,
                    func: f,
                    argc,
                });
            } else {
                self.emit(Instr::Call {
                    dst: result,
                    func: f,
                    argc,
                });
            }
        }
        Ok(())
    }

    fn class_body(&mut self, c: &'a ast::ClassDef<'a>) -> CResult<()> {
        self.set_span(c.span);
        self.prologue();
        let m = self.mark();
        let t = self.tmp()?;
        let n = self.name_idx("__name__")?;
        self.emit(Instr::LoadName { dst: t, name: n });
        let n = self.name_idx("__module__")?;
        self.emit(Instr::StoreName { src: t, name: n });
        let q = self.unit.qualname.clone();
        self.load_const(Constant::Str(q.as_str().into()), t)?;
        let n = self.name_idx("__qualname__")?;
        self.emit(Instr::StoreName { src: t, name: n });
        if !c.type_params.is_empty() {
            self.load_name_to(".type_params", t)?;
            let n = self.name_idx("__type_params__")?;
            self.emit(Instr::StoreName { src: t, name: n });
        }
        if self
            .unit
            .scope
            .cellvars
            .iter()
            .any(|c| &**c == "__classdict__")
        {
            if let Some(&cell) = self.unit.cells.get("__classdict__") {
                self.emit(Instr::LoadLocals { dst: t });
                self.emit(Instr::StoreDeref { cell, src: t });
            }
        }
        let mut body: &'a [Stmt<'a>] = c.body;
        if let Some(doc) = is_docstring(c.body) {
            if let Some(first) = c.body.first() {
                self.set_span(first.span());
            }
            self.load_const(doc, t)?;
            let n = self.name_idx("__doc__")?;
            self.emit(Instr::StoreName { src: t, name: n });
            body = c.body.get(1..).unwrap_or(&[]);
        }
        self.release(m);
        if super::has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        self.stmts(body)?;
        let t = self.tmp()?;
        match self.unit.cells.get("__class__").copied() {
            Some(cell) if self.unit.scope.cellvars.iter().any(|c| &**c == "__class__") => {
                let n = self.name_idx("__classcell__")?;
                self.emit(Instr::StoreName { src: cell, name: n });
                self.emit(Instr::Return { src: cell });
            }
            _ => {
                self.emit(Instr::LoadNone { dst: t });
                self.emit(Instr::Return { src: t });
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------------------------------------
    // Scopes (symbol table, or the fallback)
    // ------------------------------------------------------------------------------------------

    fn table_scope(&self, ptr: *const ()) -> Option<ScopeInfo> {
        self.table
            .as_ref()
            .and_then(|t| t.scope_of(ptr))
            .map(ScopeInfo::from_symtable)
    }

    fn scope_for_function(&self, f: &'a ast::FunctionDef<'a>) -> ScopeInfo {
        self.table_scope(std::ptr::from_ref(f).cast())
            .unwrap_or_else(|| ScopeInfo::fallback_function(f.args, FnBody::Stmts(f.body)))
    }

    fn scope_for_lambda(&self, l: &'a ast::Lambda<'a>) -> ScopeInfo {
        self.table_scope(std::ptr::from_ref(l).cast())
            .unwrap_or_else(|| ScopeInfo::fallback_function(l.args, FnBody::Expr(&l.body)))
    }

    fn scope_for_class(&self, c: &'a ast::ClassDef<'a>) -> ScopeInfo {
        self.table_scope(std::ptr::from_ref(c).cast())
            .unwrap_or_default()
    }

    fn scope_for_genexp(&self, g: &'a ast::Comp<'a>) -> ScopeInfo {
        if let Some(s) = self.table_scope(std::ptr::from_ref(g).cast()) {
            return s;
        }
        let mut s = ScopeInfo::default();
        s.varnames.push(".0".into());
        s.symbols
            .insert(".0".into(), crate::scope::NameScope::Local);
        let mut names = Vec::new();
        for gen in g.generators {
            collect_target_names(&gen.target, &mut names);
        }
        for n in names {
            let n: Rc<str> = n.into();
            if !s.symbols.contains_key(&n) {
                s.symbols.insert(n.clone(), crate::scope::NameScope::Local);
                s.varnames.push(n);
            }
        }
        s.is_generator = true;
        s
    }
}

#[derive(Clone, Copy)]
enum Display {
    Tuple,
    List,
    Set,
}

enum CompKind<'a> {
    List(&'a Expr<'a>),
    Set(&'a Expr<'a>),
    Dict(&'a Expr<'a>, &'a Expr<'a>),
    Gen(&'a Expr<'a>),
}

pub(super) fn collect_target_names<'a>(e: &Expr<'a>, out: &mut Vec<&'a str>) {
    match e {
        Expr::Name(n) => out.push(n.id),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::List(t) => t.elts.iter().for_each(|e| collect_target_names(e, out)),
        Expr::Starred(s) => collect_target_names(&s.value, out),
        _ => {}
    }
}

#[allow(dead_code)]
fn _unused(_: &Stmt<'_>) {}
