//! The program a pattern compiles to, and the backtracking machine that runs it.
//!
//! Python's regex semantics are those of a backtracking search (leftmost match, alternatives
//! in order, greedy/lazy/possessive repeats), so the machine is a backtracker, but an
//! iterative one: choice points, capture undo records and lookaround/atomic markers live on an
//! explicit stack ([`Bt`]), never on Rust's, so a megabyte subject cannot overflow anything.
//!
//! Single-character repeats (`\w+`, `.*`, `[a-z]{2,5}`) are one instruction whose choice
//! point is a position range, so they cost one stack entry however many characters they eat.

use super::parse::{At, Category, ClassItem, ClassSet, Greed, Node, MAXREPEAT};

/// Something that matches exactly one character.
#[derive(Debug, Clone)]
pub(crate) enum Single {
    Char(u32),
    /// Case-insensitive: the folded character, and whether Unicode folding applies.
    CharI(u32, bool),
    Any,
    AnyAll,
    Set(Box<ClassSet>),
}

#[derive(Debug, Clone)]
pub(crate) enum Inst {
    One(Single),
    Repeat {
        s: Single,
        min: u32,
        max: u32,
        greed: Greed,
    },
    At(At),
    Save(usize),
    /// Try the first target, keep the second as a choice point.
    Split(usize, usize),
    Jmp(usize),
    /// Starts an iteration of a loop: remembers the position in register `r`.
    LoopStart(usize),
    /// Ends an iteration: loops back to the target unless the iteration matched nothing.
    LoopEnd(usize, usize),
    Backref {
        group: usize,
        icase: bool,
        unicode: bool,
    },
    /// Continues if the group matched, else jumps.
    IfGroup(usize, usize),
    LookStart {
        behind: Option<usize>,
        neg: bool,
        after: usize,
    },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    Match,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Program {
    pub insts: Vec<Inst>,
    pub groups: usize,
    regs: usize,
    /// A literal every match starts with (case-sensitive), for skipping ahead in a search.
    first_char: Option<u32>,
    anchored: bool,
}

/// Refused: the program would be too large (huge counted repeats of big bodies).
#[derive(Debug)]
pub(crate) struct TooBig;

const MAX_INSTS: usize = 2_000_000;

struct Compiler {
    insts: Vec<Inst>,
    gw: Vec<(u64, u64)>,
    regs: usize,
}

fn single_of(n: &Node) -> Option<Single> {
    Some(match n {
        Node::Lit { c, icase, unicode } => {
            if *icase && has_case(*c, *unicode) {
                Single::CharI(fold(*c, *unicode), *unicode)
            } else {
                Single::Char(*c)
            }
        }
        Node::Any { dotall } => {
            if *dotall {
                Single::AnyAll
            } else {
                Single::Any
            }
        }
        Node::Set(s) => Single::Set(s.clone()),
        Node::Cat(v) if v.len() == 1 => return v.first().and_then(single_of),
        _ => return None,
    })
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> Result<usize, TooBig> {
        if self.insts.len() >= MAX_INSTS {
            return Err(TooBig);
        }
        self.insts.push(i);
        Ok(self.insts.len() - 1)
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn patch(&mut self, at: usize, i: Inst) {
        if let Some(slot) = self.insts.get_mut(at) {
            *slot = i;
        }
    }

    fn node(&mut self, n: &Node) -> Result<(), TooBig> {
        if let Some(s) = single_of(n) {
            self.emit(Inst::One(s))?;
            return Ok(());
        }
        match n {
            Node::Empty => {}
            Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => {}
            Node::At(a) => {
                self.emit(Inst::At(*a))?;
            }
            Node::Cat(v) => {
                for x in v {
                    self.node(x)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (k, x) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0))?;
                        self.node(x)?;
                        jumps.push(self.emit(Inst::Jmp(0))?);
                        let next = self.pc();
                        self.patch(split, Inst::Split(split + 1, next));
                    } else {
                        self.node(x)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.patch(j, Inst::Jmp(end));
                }
            }
            Node::Group(g, b) => {
                self.emit(Inst::Save(2 * g))?;
                self.node(b)?;
                self.emit(Inst::Save(2 * g + 1))?;
            }
            Node::Backref {
                group,
                icase,
                unicode,
            } => {
                self.emit(Inst::Backref {
                    group: *group,
                    icase: *icase,
                    unicode: *unicode,
                })?;
            }
            Node::Look { behind, neg, node } => {
                let w = if *behind {
                    Some(
                        usize::try_from(super::parse::width(node, &self.gw).0)
                            .unwrap_or(usize::MAX),
                    )
                } else {
                    None
                };
                let start = self.emit(Inst::LookStart {
                    behind: w,
                    neg: *neg,
                    after: 0,
                })?;
                self.node(node)?;
                self.emit(Inst::LookEnd)?;
                let after = self.pc();
                self.patch(
                    start,
                    Inst::LookStart {
                        behind: w,
                        neg: *neg,
                        after,
                    },
                );
            }
            Node::Atomic(b) => {
                self.emit(Inst::AtomicStart)?;
                self.node(b)?;
                self.emit(Inst::AtomicEnd)?;
            }
            Node::Cond { group, yes, no } => {
                let test = self.emit(Inst::IfGroup(*group, 0))?;
                self.node(yes)?;
                let j = self.emit(Inst::Jmp(0))?;
                let no_pc = self.pc();
                self.node(no)?;
                let end = self.pc();
                self.patch(test, Inst::IfGroup(*group, no_pc));
                self.patch(j, Inst::Jmp(end));
            }
            Node::Repeat {
                min,
                max,
                greed,
                node,
            } => {
                if let Some(s) = single_of(node) {
                    self.emit(Inst::Repeat {
                        s,
                        min: *min,
                        max: *max,
                        greed: *greed,
                    })?;
                    return Ok(());
                }
                if *greed == Greed::Possessive {
                    // CPython's possessive repeat commits to each iteration as it ends (every
                    // iteration is atomic), and never gives iterations back.
                    let body = Node::Atomic(node.clone());
                    self.emit(Inst::AtomicStart)?;
                    self.repeat(*min, *max, false, &body)?;
                    self.emit(Inst::AtomicEnd)?;
                } else {
                    self.repeat(*min, *max, *greed == Greed::Lazy, node)?;
                }
            }
        }
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, lazy: bool, body: &Node) -> Result<(), TooBig> {
        for _ in 0..min {
            self.node(body)?;
        }
        if u64::from(max) == MAXREPEAT {
            // L: split(body, exit); body: LoopStart r; <body>; LoopEnd r -> L
            let r = self.regs;
            self.regs += 1;
            let l = self.emit(Inst::Split(0, 0))?;
            self.emit(Inst::LoopStart(r))?;
            self.node(body)?;
            self.emit(Inst::LoopEnd(r, l))?;
            let exit = self.pc();
            self.patch(
                l,
                if lazy {
                    Inst::Split(exit, l + 1)
                } else {
                    Inst::Split(l + 1, exit)
                },
            );
        } else {
            let mut splits = Vec::new();
            for _ in min..max {
                splits.push(self.emit(Inst::Split(0, 0))?);
                self.node(body)?;
            }
            let exit = self.pc();
            for s in splits {
                self.patch(
                    s,
                    if lazy {
                        Inst::Split(exit, s + 1)
                    } else {
                        Inst::Split(s + 1, exit)
                    },
                );
            }
        }
        Ok(())
    }
}

fn first_char(n: &Node) -> Option<u32> {
    match n {
        Node::Lit {
            c, icase: false, ..
        } => Some(*c),
        Node::Cat(v) => v.first().and_then(first_char),
        Node::Group(_, b) | Node::Atomic(b) => first_char(b),
        Node::Repeat { min, node, .. } if *min > 0 => first_char(node),
        _ => None,
    }
}

fn anchored(n: &Node) -> bool {
    match n {
        Node::At(At::Beginning) => true,
        Node::Cat(v) => v.first().is_some_and(anchored),
        Node::Group(_, b) | Node::Atomic(b) => anchored(b),
        _ => false,
    }
}

/// Compiles a parsed pattern.
pub(crate) fn compile(node: &Node, groups: usize, gw: &[(u64, u64)]) -> Result<Program, TooBig> {
    let mut c = Compiler {
        insts: Vec::new(),
        gw: gw.to_vec(),
        regs: 0,
    };
    c.node(node)?;
    c.emit(Inst::Match)?;
    Ok(Program {
        insts: c.insts,
        groups,
        regs: c.regs,
        first_char: first_char(node),
        anchored: anchored(node),
    })
}

// ----- character predicates -------------------------------------------------------------

fn simple_lower(c: u32) -> u32 {
    if c < 0x80 {
        return if (0x41..=0x5a).contains(&c) {
            c + 32
        } else {
            c
        };
    }
    if c == 0x130 {
        return 0x69;
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_lowercase();
            match (it.next(), it.next()) {
                (Some(l), None) => u32::from(l),
                _ => c,
            }
        }
        None => c,
    }
}

fn simple_upper(c: u32) -> u32 {
    if c < 0x80 {
        return if (0x61..=0x7a).contains(&c) {
            c - 32
        } else {
            c
        };
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_uppercase();
            match (it.next(), it.next()) {
                (Some(u), None) => u32::from(u),
                _ => c,
            }
        }
        None => c,
    }
}

/// The case-folded form used for case-insensitive comparison: characters that CPython treats
/// as equal under IGNORECASE fold to the same value.
pub(crate) fn fold(c: u32, unicode: bool) -> u32 {
    if !unicode {
        return if (0x41..=0x5a).contains(&c) {
            c + 32
        } else {
            c
        };
    }
    simple_lower(simple_upper(c))
}

fn has_case(c: u32, unicode: bool) -> bool {
    if !unicode {
        return c < 0x80 && (c as u8).is_ascii_alphabetic();
    }
    simple_lower(c) != c || simple_upper(c) != c
}

fn is_word(c: u32, unicode: bool) -> bool {
    if c < 0x80 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    unicode
        && char::from_u32(c).is_some_and(|ch| {
            ch.is_alphanumeric() || crate::objects::str_more::decimal_value(c).is_some()
        })
}

fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 0x80 {
        return (0x30..=0x39).contains(&c);
    }
    unicode && crate::objects::str_more::decimal_value(c).is_some()
}

fn is_space(c: u32, unicode: bool) -> bool {
    if c < 0x80 {
        return matches!(c, 0x09..=0x0d | 0x20) || (unicode && (0x1c..=0x1f).contains(&c));
    }
    unicode
        && matches!(
            c,
            0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000
        )
}

fn cat_matches(cat: Category, c: u32, unicode: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, unicode),
        Category::NotDigit => !is_digit(c, unicode),
        Category::Word => is_word(c, unicode),
        Category::NotWord => !is_word(c, unicode),
        Category::Space => is_space(c, unicode),
        Category::NotSpace => !is_space(c, unicode),
    }
}

fn set_raw(s: &ClassSet, c: u32) -> bool {
    s.items.iter().any(|it| match *it {
        ClassItem::Lit(l) => l == c,
        ClassItem::Range(lo, hi) => lo <= c && c <= hi,
        ClassItem::Cat(cat) => cat_matches(cat, c, s.unicode),
    })
}

fn set_matches(s: &ClassSet, c: u32) -> bool {
    let mut hit = set_raw(s, c);
    if !hit && s.icase {
        if s.unicode {
            let fc = fold(c, true);
            let l = simple_lower(c);
            let u = simple_upper(c);
            hit = s.items.iter().any(|it| match *it {
                ClassItem::Lit(x) => fold(x, true) == fc,
                ClassItem::Range(lo, hi) => [l, u, fc, simple_upper(l)]
                    .iter()
                    .any(|&k| lo <= k && k <= hi),
                ClassItem::Cat(_) => false,
            });
        } else if c < 0x80 && (c as u8).is_ascii_alphabetic() {
            hit = set_raw(s, c ^ 0x20);
        }
    }
    hit != s.negate
}

impl Single {
    #[inline]
    fn matches(&self, c: u32) -> bool {
        match self {
            Single::Char(x) => c == *x,
            Single::CharI(x, u) => fold(c, *u) == *x,
            Single::Any => c != 10,
            Single::AnyAll => true,
            Single::Set(s) => set_matches(s, c),
        }
    }
}

// ----- the machine ----------------------------------------------------------------------

const NONE: usize = usize::MAX;

#[derive(Debug)]
enum MarkKind {
    Atomic,
    LookPos,
    LookNeg { after: usize },
}

#[derive(Debug)]
enum Bt {
    Alt {
        pc: usize,
        pos: usize,
    },
    Slot {
        idx: usize,
        old: usize,
    },
    Reg {
        idx: usize,
        old: usize,
    },
    /// A greedy single-character repeat that may give back characters down to `min_pos`.
    Greedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy repeat that may take `left` more characters.
    Lazy {
        pc: usize,
        pos: usize,
        left: u32,
        inst: usize,
    },
    Mark {
        kind: MarkKind,
        pos: usize,
    },
}

/// How a match must end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Match,
    Search,
    Full,
}

/// The outcome of a successful match: group spans (`NONE` when unset) and `lastindex`.
pub(crate) struct Found {
    pub spans: Vec<usize>,
    pub lastindex: Option<usize>,
}

struct Machine<'a> {
    prog: &'a Program,
    text: &'a [u32],
    /// Group slots, then `lastindex` as the final slot.
    slots: Vec<usize>,
    regs: Vec<usize>,
    stack: Vec<Bt>,
}

impl Machine<'_> {
    fn set_slot(&mut self, idx: usize, v: usize) {
        if let Some(s) = self.slots.get_mut(idx) {
            let old = std::mem::replace(s, v);
            self.stack.push(Bt::Slot { idx, old });
        }
    }

    fn at(&self, a: At, pos: usize) -> bool {
        let t = self.text;
        let end = t.len();
        let get = |i: usize| t.get(i).copied();
        match a {
            At::Beginning => pos == 0,
            At::BeginningLine => pos == 0 || get(pos.wrapping_sub(1)) == Some(10),
            At::EndAbsolute => pos == end,
            At::End => pos == end || (pos + 1 == end && get(pos) == Some(10)),
            At::EndLine => pos == end || get(pos) == Some(10),
            At::Boundary { unicode } | At::NonBoundary { unicode } => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && get(pos - 1).is_some_and(|c| is_word(c, unicode));
                let after = get(pos).is_some_and(|c| is_word(c, unicode));
                (before != after) == matches!(a, At::Boundary { .. })
            }
        }
    }

    /// Index of the topmost marker on the stack.
    fn top_mark(&self) -> Option<usize> {
        self.stack
            .iter()
            .rposition(|b| matches!(b, Bt::Mark { .. }))
    }

    /// Drops the choice points above the marker at `m` (and the marker), keeping undo records.
    fn cut(&mut self, m: usize) {
        let above: Vec<Bt> = self.stack.drain(m..).skip(1).collect();
        self.stack.extend(
            above
                .into_iter()
                .filter(|b| matches!(b, Bt::Slot { .. } | Bt::Reg { .. })),
        );
    }

    /// Undoes everything above the marker at `m` and removes it.
    fn unwind(&mut self, m: usize) {
        while self.stack.len() > m + 1 {
            match self.stack.pop() {
                Some(Bt::Slot { idx, old }) => {
                    if let Some(s) = self.slots.get_mut(idx) {
                        *s = old;
                    }
                }
                Some(Bt::Reg { idx, old }) => {
                    if let Some(s) = self.regs.get_mut(idx) {
                        *s = old;
                    }
                }
                _ => {}
            }
        }
        self.stack.pop();
    }

    /// Pops choice points until one resumes: its (pc, pos), or `None` when none is left.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        loop {
            match self.stack.pop()? {
                Bt::Alt { pc, pos } => return Some((pc, pos)),
                Bt::Slot { idx, old } => {
                    if let Some(s) = self.slots.get_mut(idx) {
                        *s = old;
                    }
                }
                Bt::Reg { idx, old } => {
                    if let Some(s) = self.regs.get_mut(idx) {
                        *s = old;
                    }
                }
                Bt::Greedy { pc, min_pos, pos } => {
                    let np = pos - 1;
                    if np > min_pos {
                        self.stack.push(Bt::Greedy {
                            pc,
                            min_pos,
                            pos: np,
                        });
                    }
                    return Some((pc, np));
                }
                Bt::Lazy {
                    pc,
                    pos,
                    left,
                    inst,
                } => {
                    let ok = left > 0
                        && match (self.prog.insts.get(inst), self.text.get(pos)) {
                            (Some(Inst::Repeat { s, .. }), Some(&c)) => s.matches(c),
                            _ => false,
                        };
                    if ok {
                        self.stack.push(Bt::Lazy {
                            pc,
                            pos: pos + 1,
                            left: left - 1,
                            inst,
                        });
                        return Some((pc, pos + 1));
                    }
                }
                Bt::Mark { kind, pos } => {
                    if let MarkKind::LookNeg { after } = kind {
                        return Some((after, pos));
                    }
                }
            }
        }
    }

    /// Runs from `start`; true when a match is found (slots hold it).
    fn run(&mut self, start: usize, mode: Mode, must_advance: bool, search_start: usize) -> bool {
        let end = self.text.len();
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            let Some(inst) = self.prog.insts.get(pc) else {
                return false;
            };
            let ok = match inst {
                Inst::One(s) => match self.text.get(pos) {
                    Some(&c) if s.matches(c) => {
                        pos += 1;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Repeat { s, min, max, greed } => {
                    let min = *min as usize;
                    let max = if u64::from(*max) == MAXREPEAT {
                        usize::MAX
                    } else {
                        *max as usize
                    };
                    match greed {
                        Greed::Greedy | Greed::Possessive => {
                            let limit = end.min(pos.saturating_add(max));
                            let mut p = pos;
                            match s {
                                Single::AnyAll => p = limit,
                                Single::Char(x) => {
                                    while p < limit && self.text.get(p) == Some(x) {
                                        p += 1;
                                    }
                                }
                                _ => {
                                    while p < limit
                                        && self.text.get(p).is_some_and(|&c| s.matches(c))
                                    {
                                        p += 1;
                                    }
                                }
                            }
                            if p - pos < min {
                                false
                            } else {
                                if *greed == Greed::Greedy && p > pos + min {
                                    self.stack.push(Bt::Greedy {
                                        pc: pc + 1,
                                        min_pos: pos + min,
                                        pos: p,
                                    });
                                }
                                pos = p;
                                pc += 1;
                                true
                            }
                        }
                        Greed::Lazy => {
                            let mut p = pos;
                            let mut good = true;
                            while p < pos + min {
                                if self.text.get(p).is_some_and(|&c| s.matches(c)) {
                                    p += 1;
                                } else {
                                    good = false;
                                    break;
                                }
                            }
                            if good {
                                if max > min {
                                    let left = u32::try_from(max - min).unwrap_or(u32::MAX);
                                    self.stack.push(Bt::Lazy {
                                        pc: pc + 1,
                                        pos: p,
                                        left,
                                        inst: pc,
                                    });
                                }
                                pos = p;
                                pc += 1;
                            }
                            good
                        }
                    }
                }
                Inst::At(a) => {
                    if self.at(*a, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Save(slot) => {
                    let slot = *slot;
                    self.set_slot(slot, pos);
                    if slot % 2 == 1 {
                        let li = self.slots.len() - 1;
                        self.set_slot(li, slot / 2);
                    }
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::LoopStart(r) => {
                    let r = *r;
                    if let Some(slot) = self.regs.get_mut(r) {
                        let old = std::mem::replace(slot, pos);
                        self.stack.push(Bt::Reg { idx: r, old });
                    }
                    pc += 1;
                    true
                }
                Inst::LoopEnd(r, back) => {
                    if self.regs.get(*r) == Some(&pos) {
                        pc += 1;
                    } else {
                        pc = *back;
                    }
                    true
                }
                Inst::Backref {
                    group,
                    icase,
                    unicode,
                } => {
                    let s = self.slots.get(2 * group).copied().unwrap_or(NONE);
                    let e = self.slots.get(2 * group + 1).copied().unwrap_or(NONE);
                    if s == NONE || e == NONE || e < s {
                        false
                    } else {
                        let len = e - s;
                        match (self.text.get(s..e), self.text.get(pos..pos + len)) {
                            (Some(a), Some(b)) => {
                                let same = if *icase {
                                    a.iter()
                                        .zip(b)
                                        .all(|(&x, &y)| fold(x, *unicode) == fold(y, *unicode))
                                } else {
                                    a == b
                                };
                                if same {
                                    pos += len;
                                    pc += 1;
                                }
                                same
                            }
                            _ => false,
                        }
                    }
                }
                Inst::IfGroup(g, no) => {
                    let s = self.slots.get(2 * g).copied().unwrap_or(NONE);
                    let e = self.slots.get(2 * g + 1).copied().unwrap_or(NONE);
                    pc = if s != NONE && e != NONE { pc + 1 } else { *no };
                    true
                }
                Inst::LookStart { behind, neg, after } => {
                    let kind = if *neg {
                        MarkKind::LookNeg { after: *after }
                    } else {
                        MarkKind::LookPos
                    };
                    match behind {
                        Some(w) if *w > pos => {
                            if *neg {
                                pc = *after;
                                true
                            } else {
                                false
                            }
                        }
                        _ => {
                            self.stack.push(Bt::Mark { kind, pos });
                            if let Some(w) = behind {
                                pos -= w;
                            }
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd => match self.top_mark() {
                    Some(m) => match self.stack.get(m) {
                        Some(Bt::Mark {
                            kind: MarkKind::LookNeg { .. },
                            ..
                        }) => {
                            self.unwind(m);
                            false
                        }
                        Some(Bt::Mark { pos: p, .. }) => {
                            pos = *p;
                            self.cut(m);
                            pc += 1;
                            true
                        }
                        _ => false,
                    },
                    None => false,
                },
                Inst::AtomicStart => {
                    self.stack.push(Bt::Mark {
                        kind: MarkKind::Atomic,
                        pos,
                    });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    if let Some(m) = self.top_mark() {
                        self.cut(m);
                    }
                    pc += 1;
                    true
                }
                Inst::Match => {
                    let bad =
                        (mode == Mode::Full && pos != end) || (must_advance && pos == search_start);
                    if !bad {
                        if let Some(s) = self.slots.get_mut(0) {
                            *s = start;
                        }
                        if let Some(s) = self.slots.get_mut(1) {
                            *s = pos;
                        }
                        return true;
                    }
                    false
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return false,
                }
            }
        }
    }
}

/// Runs `prog` on `text` (already cut at `endpos`) from `pos`.
pub(crate) fn execute(
    prog: &Program,
    text: &[u32],
    pos: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Found> {
    let nslots = 2 * (prog.groups + 1) + 1;
    let mut m = Machine {
        prog,
        text,
        slots: vec![NONE; nslots],
        regs: vec![NONE; prog.regs],
        stack: Vec::new(),
    };
    let end = text.len();
    if pos > end {
        return None;
    }
    let mut start = pos;
    loop {
        if mode == Mode::Search {
            if prog.anchored && start > 0 {
                return None;
            }
            if let Some(fc) = prog.first_char {
                match text
                    .get(start..)
                    .and_then(|t| t.iter().position(|&c| c == fc))
                {
                    Some(off) => start += off,
                    None => return None,
                }
            }
        }
        m.stack.clear();
        for s in m.slots.iter_mut() {
            *s = NONE;
        }
        if m.run(start, mode, must_advance, pos) {
            let li = m.slots.last().copied().unwrap_or(NONE);
            let spans = m
                .slots
                .get(..nslots - 1)
                .map(<[usize]>::to_vec)
                .unwrap_or_default();
            return Some(Found {
                spans,
                lastindex: if li == NONE { None } else { Some(li) },
            });
        }
        if mode != Mode::Search || start >= end {
            return None;
        }
        start += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse;
    use super::*;

    fn find(p: &str, s: &str) -> Option<(usize, usize)> {
        let cps: Vec<u32> = p.chars().map(u32::from).collect();
        let parsed = parse(&cps, true, 0).ok()?;
        let prog = compile(&parsed.node, parsed.groups, &parsed.group_widths).ok()?;
        let text: Vec<u32> = s.chars().map(u32::from).collect();
        let f = execute(&prog, &text, 0, Mode::Search, false)?;
        Some((*f.spans.first()?, *f.spans.get(1)?))
    }

    #[test]
    fn basics() {
        assert_eq!(find("b+", "aabbbc"), Some((2, 5)));
        assert_eq!(find("a|ab", "ab"), Some((0, 1)));
        assert_eq!(find("(a|ab)c", "abc"), Some((0, 3)));
        assert_eq!(find("a*?b", "aaab"), Some((0, 4)));
        assert_eq!(find("(?<=a)b", "ab"), Some((1, 2)));
        assert_eq!(find("(?!a)\\w", "ab"), Some((1, 2)));
        assert_eq!(find("a++a", "aaa"), None);
        assert_eq!(find("(a*)*b", "aaab"), Some((0, 4)));
        assert_eq!(find("(a)\\1", "xaa"), Some((1, 3)));
        assert_eq!(find("(?i)K", "\u{212a}"), Some((0, 1)));
    }

    #[test]
    fn long_subject_does_not_overflow() {
        let s = "ab".repeat(500_000);
        assert_eq!(find("(?:ab)*$", &s), Some((0, 1_000_000)));
    }
}
