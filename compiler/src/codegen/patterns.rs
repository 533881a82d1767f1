//! `match` statements (PEP 634), CPython's semantics: patterns are tried in order, a failed
//! pattern binds nothing (captures are collected in temporaries and stored only once the whole
//! pattern matched, before the guard runs).

use pyvm_parser::ast::{self, Pattern};

use super::{const_value, CResult, Compiler};
use crate::code::{Constant, Label};
use crate::instr::{Instr, Reg};

type Captures<'a> = Vec<(&'a str, Reg)>;

/// Names a pattern captures, with the span of the capturing node, in order.
fn pattern_captures<'a>(p: &Pattern<'a>, out: &mut Vec<(&'a str, ast::Span)>) {
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| pattern_captures(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| pattern_captures(p, out));
            if let Some(r) = m.rest {
                out.push((r, m.span));
            }
        }
        Pattern::MatchClass(c) => {
            c.patterns.iter().for_each(|p| pattern_captures(p, out));
            c.kwd_patterns.iter().for_each(|p| pattern_captures(p, out));
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = s.name {
                out.push((n, s.span));
            }
        }
        Pattern::MatchAs(a) => {
            if let Some(p) = &a.pattern {
                pattern_captures(p, out);
            }
            if let Some(n) = a.name {
                out.push((n, a.span));
            }
        }
        Pattern::MatchOr(o) => {
            if let Some(first) = o.patterns.first() {
                pattern_captures(first, out);
            }
        }
    }
}

/// Names a pattern captures, in order.
fn pattern_names<'a>(p: &Pattern<'a>, out: &mut Vec<&'a str>) {
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| pattern_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| pattern_names(p, out));
            if let Some(r) = m.rest {
                out.push(r);
            }
        }
        Pattern::MatchClass(c) => {
            c.patterns.iter().for_each(|p| pattern_names(p, out));
            c.kwd_patterns.iter().for_each(|p| pattern_names(p, out));
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = s.name {
                out.push(n);
            }
        }
        Pattern::MatchAs(a) => {
            if let Some(p) = &a.pattern {
                pattern_names(p, out);
            }
            if let Some(n) = a.name {
                out.push(n);
            }
        }
        Pattern::MatchOr(o) => {
            if let Some(first) = o.patterns.first() {
                pattern_names(first, out);
            }
        }
    }
}

fn is_irrefutable(p: &Pattern<'_>) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none(),
        Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}

impl<'s, 'a> Compiler<'s, 'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::Match<'a>) -> CResult<()> {
        let subj = self.expr_any_tmp(&m.subject)?;
        let end = self.label();
        let ncases = m.cases.len();
        let before = self.bound_snapshot();
        for (i, case) in m.cases.iter().enumerate() {
            if i + 1 < ncases && case.guard.is_none() && is_irrefutable(&case.pattern) {
                let msg = match &case.pattern {
                    Pattern::MatchAs(ast::MatchAs {
                        name: Some(n),
                        pattern: None,
                        ..
                    }) => format!("name capture '{n}' makes remaining patterns unreachable"),
                    Pattern::MatchAs(_) => {
                        "wildcard makes remaining patterns unreachable".to_string()
                    }
                    _ => "alternative patterns bind different names".to_string(),
                };
                if matches!(case.pattern, Pattern::MatchAs(_)) {
                    return Err(self.syntax_error(&msg, case.pattern.span()));
                }
            }
            let next = self.label();
            let mark = self.mark();
            let mut names = Vec::new();
            pattern_captures(&case.pattern, &mut names);
            for (k, (n, span)) in names.iter().enumerate() {
                if names
                    .get(..k)
                    .is_some_and(|prev| prev.iter().any(|(p, _)| p == n))
                {
                    return Err(self.syntax_error(
                        &format!("multiple assignments to name '{n}' in pattern"),
                        *span,
                    ));
                }
            }
            for (n, span) in &names {
                self.check_forbidden(n, *span, false)?;
            }
            self.set_span(case.pattern.span());
            let mut caps = Vec::new();
            self.pattern(&case.pattern, subj, next, &mut caps)?;
            for (name, r) in caps {
                self.store_name(name, r)?;
            }
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.release(mark);
            self.stmts(case.body)?;
            self.bound_restore(before.clone());
            self.set_span(m.span);
            self.jump(end);
            self.bind(next);
        }
        self.bind(end);
        Ok(())
    }

    fn jump_false(&mut self, cond: Reg, fail: Label) {
        self.emit_jump(Instr::JumpIfFalse { cond, target: 0 }, fail);
    }

    /// Matches `R[subj]` against `p`, jumping to `fail` on mismatch; captures are appended to
    /// `caps` (registers that stay allocated until the caller releases them).
    fn pattern(
        &mut self,
        p: &'a Pattern<'a>,
        subj: Reg,
        fail: Label,
        caps: &mut Captures<'a>,
    ) -> CResult<()> {
        self.set_span(p.span());
        match p {
            Pattern::MatchValue(v) => {
                // CPython's compiler takes only constants (after folding `-1`, `1+2j`) and
                // attribute lookups; of what the grammar lets through, f-strings are not.
                if matches!(v.value, ast::Expr::JoinedStr(_)) {
                    return Err(self.syntax_error(
                        "patterns may only match literals and attribute lookups",
                        v.span,
                    ));
                }
                let val = self.expr_any(&v.value)?;
                let t = self.tmp()?;
                self.set_span(v.span);
                self.emit(Instr::Eq {
                    dst: t,
                    a: subj,
                    b: val,
                });
                self.jump_false(t, fail);
            }
            Pattern::MatchSingleton(s) => {
                let c = self.tmp()?;
                self.load_const(const_value(&s.value), c)?;
                let t = self.tmp()?;
                self.emit(Instr::Is {
                    dst: t,
                    a: subj,
                    b: c,
                });
                self.jump_false(t, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(sub) = &a.pattern {
                    self.pattern(sub, subj, fail, caps)?;
                }
                if let Some(n) = a.name {
                    let r = self.tmp()?;
                    self.emit(Instr::Move { dst: r, src: subj });
                    caps.push((n, r));
                }
            }
            Pattern::MatchStar(_) => {
                return Err(self.syntax_error("can't use starred name here", p.span()));
            }
            Pattern::MatchOr(o) => self.or_pattern(o, subj, fail, caps)?,
            Pattern::MatchSequence(s) => self.sequence_pattern(s, subj, fail, caps)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, subj, fail, caps)?,
            Pattern::MatchClass(c) => self.class_pattern(c, subj, fail, caps)?,
        }
        Ok(())
    }

    fn or_pattern(
        &mut self,
        o: &'a ast::MatchOr<'a>,
        subj: Reg,
        fail: Label,
        caps: &mut Captures<'a>,
    ) -> CResult<()> {
        let mut names = Vec::new();
        if let Some(first) = o.patterns.first() {
            pattern_names(first, &mut names);
        }
        let n = u16::try_from(names.len()).map_err(|_| self.too_large("pattern"))?;
        let shared = self.tmps(n)?;
        let success = self.label();
        let count = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            if i + 1 < count && is_irrefutable(alt) {
                let msg = match alt {
                    Pattern::MatchAs(ast::MatchAs {
                        name: Some(n),
                        pattern: None,
                        ..
                    }) => format!("name capture '{n}' makes remaining patterns unreachable"),
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.syntax_error(&msg, alt.span()));
            }
            let mut alt_names = Vec::new();
            pattern_names(alt, &mut alt_names);
            let mut sorted_a = alt_names.clone();
            let mut sorted_b = names.clone();
            sorted_a.sort_unstable();
            sorted_b.sort_unstable();
            if sorted_a != sorted_b {
                return Err(self.syntax_error("alternative patterns bind different names", o.span));
            }
            let next = if i + 1 < count { self.label() } else { fail };
            let m = self.mark();
            let mut local = Vec::new();
            self.pattern(alt, subj, next, &mut local)?;
            for (name, r) in local {
                if let Some(k) = names.iter().position(|x| *x == name) {
                    self.emit(Instr::Move {
                        dst: shared + k as u8,
                        src: r,
                    });
                }
            }
            self.release(m);
            self.jump(success);
            if i + 1 < count {
                self.bind(next);
            }
        }
        self.bind(success);
        for (k, name) in names.into_iter().enumerate() {
            caps.push((name, shared + k as u8));
        }
        Ok(())
    }

    fn check_len(&mut self, subj: Reg, n: usize, exact: bool, fail: Label) -> CResult<()> {
        let len = self.tmp()?;
        self.emit(Instr::GetLen {
            dst: len,
            src: subj,
        });
        let k = self.tmp()?;
        self.load_const(Constant::Int(n as i64), k)?;
        self.emit(if exact {
            Instr::JumpIfNotEq { a: len, b: k }
        } else {
            Instr::JumpIfNotGe { a: len, b: k }
        });
        self.jump(fail);
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        s: &'a ast::MatchSequence<'a>,
        subj: Reg,
        fail: Label,
        caps: &mut Captures<'a>,
    ) -> CResult<()> {
        let t = self.tmp()?;
        self.emit(Instr::MatchSequence { dst: t, src: subj });
        self.jump_false(t, fail);
        let star = s
            .patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        if s.patterns
            .iter()
            .filter(|p| matches!(p, Pattern::MatchStar(_)))
            .count()
            > 1
        {
            return Err(self.syntax_error("multiple starred names in sequence pattern", s.span));
        }
        let n = s.patterns.len();
        match star {
            None => self.check_len(subj, n, true, fail)?,
            Some(_) => self.check_len(subj, n - 1, false, fail)?,
        }
        if n == 0 {
            return Ok(());
        }
        let first = self.tmps(u16::try_from(n).map_err(|_| self.too_large("pattern"))?)?;
        let n8 = u8::try_from(n).map_err(|_| self.too_large("pattern"))?;
        match star {
            None => {
                self.emit(Instr::Unpack {
                    first,
                    n: n8,
                    src: subj,
                });
            }
            Some(i) => {
                self.emit(Instr::Move {
                    dst: first,
                    src: subj,
                });
                self.emit(Instr::UnpackEx {
                    reg: first,
                    before: i as u8,
                    after: (n - i - 1) as u8,
                });
            }
        }
        for (k, p) in s.patterns.iter().enumerate() {
            let r = first + k as u8;
            match p {
                Pattern::MatchStar(st) => {
                    if let Some(name) = st.name {
                        caps.push((name, r));
                    }
                }
                _ => self.pattern(p, r, fail, caps)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        m: &'a ast::MatchMapping<'a>,
        subj: Reg,
        fail: Label,
        caps: &mut Captures<'a>,
    ) -> CResult<()> {
        let t = self.tmp()?;
        self.emit(Instr::MatchMapping { dst: t, src: subj });
        self.jump_false(t, fail);
        let n = m.keys.len();
        if n == 0 && m.rest.is_none() {
            return Ok(());
        }
        if n > 0 {
            self.check_len(subj, n, false, fail)?;
        }
        // literal keys must be unique
        // (after constant folding, as CPython checks them: `-0` and `0` are the same key, and
        // keys compare as Python values do, so `1`, `1.0` and `True` collide)
        let mut seen: Vec<Constant> = Vec::new();
        for k in m.keys {
            if matches!(k, ast::Expr::JoinedStr(_)) {
                return Err(self.syntax_error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    m.span,
                ));
            }
            let folded = match k {
                ast::Expr::Constant(c) => Some(const_value(&c.value)),
                other => crate::fold::fold(other),
            };
            if let Some(v) = folded {
                if seen.iter().any(|s| same_key(s, &v)) {
                    let repr = crate::dis::const_repr(&v);
                    return Err(self.syntax_error(
                        &format!("mapping pattern checks duplicate key ({repr})"),
                        m.span,
                    ));
                }
                seen.push(v);
            }
        }
        let keys = self.tmp()?;
        let n8 = u8::try_from(n).map_err(|_| self.too_large("pattern"))?;
        let kfirst = self.tmps(u16::from(n8))?;
        for (i, k) in m.keys.iter().enumerate() {
            self.expr_to(k, kfirst + i as u8)?;
        }
        self.emit(Instr::BuildTuple {
            dst: keys,
            first: kfirst,
            n: n8,
        });
        if n > 0 {
            let vals = self.tmp()?;
            self.emit(Instr::MatchKeys {
                dst: vals,
                subject: subj,
                keys,
            });
            self.emit_jump(
                Instr::JumpIfNone {
                    src: vals,
                    target: 0,
                },
                fail,
            );
            let first = self.tmps(u16::from(n8))?;
            self.emit(Instr::Unpack {
                first,
                n: n8,
                src: vals,
            });
            for (i, p) in m.patterns.iter().enumerate() {
                self.pattern(p, first + i as u8, fail, caps)?;
            }
        }
        if let Some(rest) = m.rest {
            let r = self.tmp()?;
            self.emit(Instr::CopyDictWithoutKeys {
                dst: r,
                subject: subj,
                keys,
            });
            caps.push((rest, r));
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        c: &'a ast::MatchClass<'a>,
        subj: Reg,
        fail: Label,
        caps: &mut Captures<'a>,
    ) -> CResult<()> {
        for (i, a) in c.kwd_attrs.iter().enumerate() {
            if c.kwd_attrs.get(..i).is_some_and(|prev| prev.contains(a)) {
                let span = c.kwd_patterns.get(i).map_or(c.span, |p| p.span());
                return Err(self.syntax_error(
                    &format!("attribute name repeated in class pattern: {a}"),
                    span,
                ));
            }
        }
        let cls = self.tmps(3)?;
        self.expr_to(&c.cls, cls)?;
        self.load_const(Constant::Int(c.patterns.len() as i64), cls + 1)?;
        let names: Vec<Constant> = c
            .kwd_attrs
            .iter()
            .map(|a| Constant::Str((*a).into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()), cls + 2)?;
        let vals = self.tmp()?;
        self.set_span(c.span);
        self.emit(Instr::MatchClass {
            dst: vals,
            subject: subj,
            cls,
        });
        self.emit_jump(
            Instr::JumpIfNone {
                src: vals,
                target: 0,
            },
            fail,
        );
        let total = c.patterns.len() + c.kwd_patterns.len();
        if total == 0 {
            return Ok(());
        }
        let n8 = u8::try_from(total).map_err(|_| self.too_large("pattern"))?;
        let first = self.tmps(u16::from(n8))?;
        self.emit(Instr::Unpack {
            first,
            n: n8,
            src: vals,
        });
        for (i, p) in c.patterns.iter().chain(c.kwd_patterns).enumerate() {
            self.pattern(p, first + i as u8, fail, caps)?;
        }
        Ok(())
    }
}

/// Whether two constant mapping-pattern keys are equal as Python values (`1 == 1.0 == True`).
fn same_key(a: &Constant, b: &Constant) -> bool {
    fn number(c: &Constant) -> Option<(f64, f64)> {
        match c {
            Constant::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
            Constant::Int(i) => Some((*i as f64, 0.0)),
            Constant::BigInt(d) => d.parse::<f64>().ok().map(|f| (f, 0.0)),
            Constant::Float(f) => Some((*f, 0.0)),
            Constant::Complex { real, imag } => Some((*real, *imag)),
            _ => None,
        }
    }
    match (a, b) {
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::BigInt(x), Constant::BigInt(y)) => x == y,
        (Constant::Int(_), Constant::BigInt(_)) | (Constant::BigInt(_), Constant::Int(_)) => false,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_key(p, q))
        }
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            (None, None) => a == b,
            _ => false,
        },
    }
}
