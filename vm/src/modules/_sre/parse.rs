//! The pattern parser: CPython's regular expression syntax into a [`Node`] tree.
//!
//! Flags that only change how a piece matches (IGNORECASE, DOTALL, MULTILINE, ASCII) are
//! resolved here, while parsing, into the nodes themselves: scoped flags like `(?i:...)` then
//! need nothing at match time. Errors carry CPython's message and position, so that
//! `re.error` reads the same.

/// Flag bits, CPython's values.
pub(crate) const F_IGNORECASE: u32 = 2;
pub(crate) const F_LOCALE: u32 = 4;
pub(crate) const F_MULTILINE: u32 = 8;
pub(crate) const F_DOTALL: u32 = 16;
pub(crate) const F_UNICODE: u32 = 32;
pub(crate) const F_VERBOSE: u32 = 64;
pub(crate) const F_DEBUG: u32 = 128;
pub(crate) const F_ASCII: u32 = 256;

const TYPE_FLAGS: u32 = F_ASCII | F_LOCALE | F_UNICODE;
const GLOBAL_FLAGS: u32 = F_DEBUG;
/// Python's `sre_constants.MAXREPEAT` (the "unbounded" repeat count).
pub(crate) const MAXREPEAT: u64 = 4_294_967_295;
const MAXGROUPS: usize = 1_073_741_823;

/// A parse error: CPython's message and the position it reports (`None`: no position).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParseError {
    pub msg: String,
    pub pos: Option<usize>,
    /// CPython raises `OverflowError`, not `re.error`, for a few limits.
    pub overflow: bool,
    /// FutureWarnings given before the error was found.
    pub warnings: Vec<String>,
}

/// A class escape such as `\d`: which class, and whether ASCII rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Category {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

/// One member of a `[...]` set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ClassItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Category),
}

/// A compiled character set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ClassSet {
    pub negate: bool,
    pub items: Vec<ClassItem>,
    pub icase: bool,
    /// Unicode rules for categories and case folding (str patterns without ASCII).
    pub unicode: bool,
}

/// Zero-width assertions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum At {
    Beginning,
    BeginningLine,
    /// `\Z`.
    EndAbsolute,
    /// `$` without MULTILINE: the end, or before a newline that ends the string.
    End,
    EndLine,
    Boundary {
        unicode: bool,
    },
    NonBoundary {
        unicode: bool,
    },
}

/// How a repeat behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

/// The parsed pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Empty,
    /// A literal; `icase` folds both sides (`unicode` chooses the folding rules).
    Lit {
        c: u32,
        icase: bool,
        unicode: bool,
    },
    Any {
        dotall: bool,
    },
    Set(Box<ClassSet>),
    At(At),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat {
        min: u32,
        max: u32,
        greed: Greed,
        node: Box<Node>,
    },
    Backref {
        group: usize,
        icase: bool,
        unicode: bool,
    },
    Look {
        behind: bool,
        neg: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// The result of parsing.
pub(crate) struct Parsed {
    pub node: Node,
    /// Width of each group, by number (for lookbehinds holding backreferences).
    pub group_widths: Vec<(u64, u64)>,
    /// FutureWarning messages CPython's parser gives.
    pub warnings: Vec<String>,
    /// Number of capturing groups.
    pub groups: usize,
    /// Named groups, in definition order.
    pub names: Vec<(String, usize)>,
    /// The final flags (inline global flags added, UNICODE added for str patterns).
    pub flags: u32,
}

struct Parser<'a> {
    src: &'a [u32],
    i: usize,
    is_text: bool,
    flags: u32,
    groups: usize,
    open: Vec<usize>,
    names: Vec<(String, usize)>,
    /// First group number that belongs to the lookbehind being parsed, if any.
    lookbehind_groups: Option<usize>,
    /// Conditional group numbers and where they were referred to (checked at the end).
    grouprefpos: Vec<(usize, usize)>,
    /// Where a lone trailing backslash sits: CPython's tokenizer reports it as soon as it
    /// reads ahead onto it, before errors in the token just before.
    bad_end: Option<usize>,
    /// FutureWarning messages (possible set operations), raised by `re` after compiling.
    warnings: Vec<String>,
}

type PResult<T> = Result<T, ParseError>;

fn err(msg: impl Into<String>, pos: usize) -> ParseError {
    ParseError {
        msg: msg.into(),
        pos: Some(pos),
        overflow: false,
        warnings: Vec::new(),
    }
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}
fn is_oct(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}
fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|ch| ch.is_ascii_hexdigit())
}
fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{FFFD}')
}
fn text_of(cs: &[u32]) -> String {
    cs.iter().map(|&c| ch(c)).collect()
}

/// Python's `repr` of a short str (enough for group names in messages).
pub(crate) fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// `\N{...}` names: only a few common ones (there is no Unicode name table in pyvm yet).
fn unicode_lookup(name: &str) -> Option<u32> {
    let up = name.to_ascii_uppercase();
    Some(match up.as_str() {
        "SPACE" => 0x20,
        "EM DASH" => 0x2014,
        "EN DASH" => 0x2013,
        "NO-BREAK SPACE" => 0xa0,
        "LATIN SMALL LETTER A" => 0x61,
        "LATIN CAPITAL LETTER A" => 0x41,
        "BULLET" => 0x2022,
        "HORIZONTAL ELLIPSIS" => 0x2026,
        "LINE FEED" => 0x0a,
        "CHARACTER TABULATION" => 0x09,
        "DIGIT ZERO" => 0x30,
        "SNOWMAN" => 0x2603,
        _ => return None,
    })
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => F_IGNORECASE,
        'L' => F_LOCALE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'x' => F_VERBOSE,
        'a' => F_ASCII,
        't' => 1, // TEMPLATE (deprecated, no effect)
        'u' => F_UNICODE,
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// The current token: one character, or a backslash and the next character. `None` at the end.
    fn peek(&self) -> Option<u32> {
        self.src.get(self.i).copied()
    }

    fn check_end(&self) -> PResult<()> {
        match self.bad_end {
            Some(b) if self.i >= b => Err(err("bad escape (end of pattern)", b)),
            _ => Ok(()),
        }
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn get(&mut self) -> Option<u32> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    fn unicode(&self) -> bool {
        self.is_text && self.flags & F_ASCII == 0
    }

    fn checkgroup(&self, g: usize) -> bool {
        g < self.groups && !self.open.contains(&g)
    }

    fn check_lookbehind_group(&self, g: usize, _pos: usize) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if g >= lb {
                return Err(err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    self.i,
                ));
            }
        }
        Ok(())
    }

    fn check_group_name(&self, name: &str, pos: usize) -> PResult<()> {
        if !is_identifier(name) {
            return Err(err(
                format!("bad character in group name {}", py_repr(name)),
                pos,
            ));
        }
        Ok(())
    }

    /// Reads up to `terminator`; CPython's `getuntil` with its messages.
    fn get_until(&mut self, terminator: char, name: &str) -> PResult<String> {
        let start = self.i;
        loop {
            let c = self.get();
            match c {
                None => {
                    let len = self.i - start;
                    if len == 0 {
                        return Err(err(format!("missing {name}"), self.i));
                    }
                    return Err(err(
                        format!("missing {terminator}, unterminated name"),
                        self.i - len,
                    ));
                }
                Some(c) if c == terminator as u32 => {
                    if self.i - 1 == start {
                        return Err(err(format!("missing {name}"), self.i - 1));
                    }
                    return Ok(text_of(self.src.get(start..self.i - 1).unwrap_or(&[])));
                }
                Some(c) if c == '\\' as u32 && self.peek().is_some() => {
                    self.i += 1;
                }
                Some(_) => {}
            }
        }
    }

    fn lit(&self, c: u32) -> Node {
        Node::Lit {
            c,
            icase: self.flags & F_IGNORECASE != 0,
            unicode: self.unicode(),
        }
    }

    /// Hex/unicode/octal/named escapes shared by classes and the main syntax. `start` is the
    /// position of the backslash; the escape letter has been read.
    fn numeric_escape(&mut self, start: usize, c: u32) -> PResult<Option<u32>> {
        let digits = |p: &mut Parser<'_>, n: usize| -> (String, usize) {
            let mut s = String::new();
            while s.len() < n {
                match p.peek() {
                    Some(d) if is_hex(d) => {
                        s.push(ch(d));
                        p.i += 1;
                    }
                    _ => break,
                }
            }
            let l = s.len();
            (s, l)
        };
        let want = match ch(c) {
            'x' => 2,
            'u' if self.is_text => 4,
            'U' if self.is_text => 8,
            _ => return Ok(None),
        };
        let (s, n) = digits(self, want);
        if n != want {
            let esc = text_of(self.src.get(start..self.i).unwrap_or(&[]));
            return Err(err(format!("incomplete escape {esc}"), start));
        }
        let v = u32::from_str_radix(&s, 16).unwrap_or(0);
        if v > 0x10FFFF {
            let esc = text_of(self.src.get(start..self.i).unwrap_or(&[]));
            return Err(err(format!("bad escape {esc}"), start));
        }
        Ok(Some(v))
    }

    fn named_escape(&mut self, start: usize) -> PResult<u32> {
        if !self.eat('{') {
            return Err(err("missing {", self.i));
        }
        let name = self.get_until('}', "character name")?;
        match unicode_lookup(&name) {
            Some(c) => Ok(c),
            None => Err(err(
                format!("undefined character name {}", py_repr(&name)),
                start,
            )),
        }
    }

    fn category(&self, c: char) -> Option<Category> {
        Some(match c {
            'd' => Category::Digit,
            'D' => Category::NotDigit,
            'w' => Category::Word,
            'W' => Category::NotWord,
            's' => Category::Space,
            'S' => Category::NotSpace,
            _ => return None,
        })
    }

    fn simple_escape(c: char) -> Option<u32> {
        Some(match c {
            'a' => 7,
            'b' => 8,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => 92,
            _ => return None,
        })
    }

    /// An escape inside `[...]`. The backslash is at `start`, `self.i` after it.
    fn class_escape(&mut self, start: usize) -> PResult<ClassItem> {
        let Some(c) = self.get() else {
            return Err(err("bad escape (end of pattern)", start));
        };
        let cc = ch(c);
        if cc == 'b' {
            return Ok(ClassItem::Lit(8));
        }
        if let Some(v) = Self::simple_escape(cc) {
            return Ok(ClassItem::Lit(v));
        }
        if let Some(cat) = self.category(cc) {
            return Ok(ClassItem::Cat(cat));
        }
        if let Some(v) = self.numeric_escape(start, c)? {
            return Ok(ClassItem::Lit(v));
        }
        if cc == 'N' && self.is_text {
            return Ok(ClassItem::Lit(self.named_escape(start)?));
        }
        if is_oct(c) {
            let mut v = c - 0x30;
            for _ in 0..2 {
                match self.peek() {
                    Some(d) if is_oct(d) => {
                        v = v * 8 + (d - 0x30);
                        self.i += 1;
                    }
                    _ => break,
                }
            }
            if v > 0o377 {
                let esc = text_of(self.src.get(start..self.i).unwrap_or(&[]));
                return Err(err(
                    format!("octal escape value {esc} outside of range 0-0o377"),
                    start,
                ));
            }
            return Ok(ClassItem::Lit(v));
        }
        if is_digit(c) || cc.is_ascii_alphabetic() {
            return Err(err(format!("bad escape \\{cc}"), start));
        }
        Ok(ClassItem::Lit(c))
    }

    fn parse_set(&mut self) -> PResult<Node> {
        let here = self.i - 1;
        if self.peek() == Some('[' as u32) {
            self.warnings
                .push(format!("Possible nested set at position {}", self.i));
        }
        let negate = self.eat('^');
        let mut items: Vec<ClassItem> = Vec::new();
        let mut first = true;
        loop {
            let pos = self.i;
            let Some(c) = self.get() else {
                return Err(err("unterminated character set", here));
            };
            if c == ']' as u32 && !first {
                break;
            }
            first = false;
            let item1 = if c == '\\' as u32 {
                self.class_escape(pos)?
            } else {
                if !items.is_empty() && self.peek() == Some(c) {
                    let what = match ch(c) {
                        '-' => Some("difference"),
                        '&' => Some("intersection"),
                        '~' => Some("symmetric difference"),
                        '|' => Some("union"),
                        _ => None,
                    };
                    if let Some(w) = what {
                        self.warnings
                            .push(format!("Possible set {w} at position {pos}"));
                    }
                }
                ClassItem::Lit(c)
            };
            if self.eat('-') {
                let pos2 = self.i;
                let Some(c2) = self.get() else {
                    return Err(err("unterminated character set", here));
                };
                if c2 == ']' as u32 {
                    items.push(item1);
                    items.push(ClassItem::Lit('-' as u32));
                    break;
                }
                let item2 = if c2 == '\\' as u32 {
                    self.class_escape(pos2)?
                } else {
                    if c2 == '-' as u32 {
                        self.warnings.push(format!(
                            "Possible set difference at position {}",
                            self.i - 2
                        ));
                    }
                    ClassItem::Lit(c2)
                };
                let bad = || {
                    let text = text_of(self.src.get(pos..self.i).unwrap_or(&[]));
                    err(format!("bad character range {text}"), pos)
                };
                match (item1, item2) {
                    (ClassItem::Lit(lo), ClassItem::Lit(hi)) if lo <= hi => {
                        items.push(ClassItem::Range(lo, hi));
                    }
                    _ => return Err(bad()),
                }
            } else {
                items.push(item1);
            }
        }
        if items.len() == 1 && !negate {
            if let Some(ClassItem::Lit(c)) = items.first() {
                return Ok(self.lit(*c));
            }
        }
        Ok(Node::Set(Box::new(ClassSet {
            negate,
            items,
            icase: self.flags & F_IGNORECASE != 0,
            unicode: self.unicode(),
        })))
    }

    /// An escape outside classes. The backslash is at `start`.
    fn escape(&mut self, start: usize) -> PResult<Node> {
        let Some(c) = self.get() else {
            return Err(err("bad escape (end of pattern)", start));
        };
        let cc = ch(c);
        let unicode = self.unicode();
        match cc {
            'A' => return Ok(Node::At(At::Beginning)),
            'Z' => return Ok(Node::At(At::EndAbsolute)),
            'b' => return Ok(Node::At(At::Boundary { unicode })),
            'B' => return Ok(Node::At(At::NonBoundary { unicode })),
            _ => {}
        }
        if let Some(cat) = self.category(cc) {
            return Ok(Node::Set(Box::new(ClassSet {
                negate: false,
                items: vec![ClassItem::Cat(cat)],
                icase: false,
                unicode,
            })));
        }
        if let Some(v) = Self::simple_escape(cc) {
            return Ok(self.lit(v));
        }
        if let Some(v) = self.numeric_escape(start, c)? {
            return Ok(self.lit(v));
        }
        if cc == 'N' && self.is_text {
            let v = self.named_escape(start)?;
            return Ok(self.lit(v));
        }
        if cc == '0' {
            let mut v = 0;
            for _ in 0..2 {
                match self.peek() {
                    Some(d) if is_oct(d) => {
                        v = v * 8 + (d - 0x30);
                        self.i += 1;
                    }
                    _ => break,
                }
            }
            return Ok(self.lit(v));
        }
        if is_digit(c) {
            let mut num = c - 0x30;
            if let Some(d) = self.peek().filter(|&d| is_digit(d)) {
                self.i += 1;
                if is_oct(c) && is_oct(d) {
                    if let Some(e) = self.peek().filter(|&e| is_oct(e)) {
                        self.i += 1;
                        let v = (c - 0x30) * 64 + (d - 0x30) * 8 + (e - 0x30);
                        if v > 0o377 {
                            let esc = text_of(self.src.get(start..self.i).unwrap_or(&[]));
                            return Err(err(
                                format!("octal escape value {esc} outside of range 0-0o377"),
                                start,
                            ));
                        }
                        return Ok(self.lit(v));
                    }
                }
                num = num * 10 + (d - 0x30);
            }
            let g = num as usize;
            if g < self.groups {
                if !self.checkgroup(g) {
                    return Err(err("cannot refer to an open group", start));
                }
                self.check_lookbehind_group(g, start)?;
                return Ok(Node::Backref {
                    group: g,
                    icase: self.flags & F_IGNORECASE != 0,
                    unicode,
                });
            }
            return Err(err(format!("invalid group reference {g}"), start + 1));
        }
        if cc.is_ascii_alphabetic() {
            return Err(err(format!("bad escape \\{cc}"), start));
        }
        Ok(self.lit(c))
    }

    fn parse_alt(&mut self, verbose: bool, first: bool) -> PResult<Node> {
        let mut branches = vec![self.parse_seq(verbose, first)?];
        while self.eat('|') {
            branches.push(self.parse_seq(verbose, false)?);
        }
        if branches.len() == 1 {
            Ok(branches.pop().unwrap_or(Node::Empty))
        } else {
            Ok(Node::Alt(branches))
        }
    }

    fn parse_flags(&mut self, first_char: u32) -> PResult<Option<(u32, u32)>> {
        let mut add = 0u32;
        let mut del = 0u32;
        let mut c = first_char;
        if c != '-' as u32 {
            loop {
                let flag = flag_of(c).unwrap_or(0);
                if self.is_text && c == 'L' as u32 {
                    return Err(err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        self.i,
                    ));
                }
                if !self.is_text && c == 'u' as u32 {
                    return Err(err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        self.i,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.i,
                    ));
                }
                let Some(n) = self.get() else {
                    return Err(err("missing -, : or )", self.i));
                };
                c = n;
                if c == ')' as u32 || c == '-' as u32 || c == ':' as u32 {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if ch(c).is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(err(msg, self.i - 1));
                }
            }
        }
        if c == ')' as u32 {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(err(
                "bad inline flags: cannot turn on global flag",
                self.i - 1,
            ));
        }
        if c == '-' as u32 {
            let Some(n) = self.get() else {
                return Err(err("missing flag", self.i));
            };
            c = n;
            if flag_of(c).is_none() {
                let msg = if ch(c).is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(err(msg, self.i - 1));
            }
            loop {
                let flag = flag_of(c).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    ));
                }
                del |= flag;
                let Some(n) = self.get() else {
                    return Err(err("missing :", self.i));
                };
                c = n;
                if c == ':' as u32 {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if ch(c).is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(err(msg, self.i - 1));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(err(
                "bad inline flags: cannot turn off global flag",
                self.i - 1,
            ));
        }
        if add & del != 0 {
            return Err(err("bad inline flags: flag turned on and off", self.i - 1));
        }
        Ok(Some((add, del)))
    }

    fn parse_seq(&mut self, mut verbose: bool, first: bool) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        while let Some(c) = self.peek() {
            let cc = ch(c);
            if cc == '|' || cc == ')' {
                break;
            }
            let start = self.i;
            self.i += 1;
            self.check_end()?;
            if verbose {
                if matches!(cc, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if cc == '#' {
                    while let Some(d) = self.get() {
                        if d == '\n' as u32 {
                            break;
                        }
                    }
                    continue;
                }
            }
            match cc {
                '\\' => {
                    let n = self.escape(start)?;
                    items.push(n);
                }
                '[' => {
                    let n = self.parse_set()?;
                    items.push(n);
                }
                '.' => items.push(Node::Any {
                    dotall: self.flags & F_DOTALL != 0,
                }),
                '^' => items.push(Node::At(if self.flags & F_MULTILINE != 0 {
                    At::BeginningLine
                } else {
                    At::Beginning
                })),
                '$' => items.push(Node::At(if self.flags & F_MULTILINE != 0 {
                    At::EndLine
                } else {
                    At::End
                })),
                '*' | '+' | '?' | '{' => {
                    let here = self.i;
                    let (min, max): (u64, u64) = match cc {
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        '?' => (0, 1),
                        _ => {
                            if self.peek() == Some('}' as u32) {
                                items.push(self.lit(c));
                                continue;
                            }
                            let read_num = |p: &mut Parser<'_>| -> String {
                                let mut s = String::new();
                                while let Some(d) = p.peek().filter(|&d| is_digit(d)) {
                                    s.push(ch(d));
                                    p.i += 1;
                                }
                                s
                            };
                            let lo = read_num(self);
                            let hi = if self.eat(',') {
                                read_num(self)
                            } else {
                                lo.clone()
                            };
                            if !self.eat('}') {
                                items.push(self.lit(c));
                                self.i = here;
                                continue;
                            }
                            let too_large = || ParseError {
                                msg: "the repetition number is too large".into(),
                                pos: None,
                                overflow: true,
                                warnings: Vec::new(),
                            };
                            let mut min = 0;
                            let mut max = MAXREPEAT;
                            if !lo.is_empty() {
                                min = lo.parse::<u64>().unwrap_or(u64::MAX);
                                if min >= MAXREPEAT {
                                    return Err(too_large());
                                }
                            }
                            if !hi.is_empty() {
                                max = hi.parse::<u64>().unwrap_or(u64::MAX);
                                if max >= MAXREPEAT {
                                    return Err(too_large());
                                }
                                if max < min {
                                    return Err(err("min repeat greater than max repeat", here));
                                }
                            }
                            (min, max)
                        }
                    };
                    let qstart = here - 1;
                    self.check_end()?;
                    let item = items.pop();
                    let item = match item {
                        None | Some(Node::At(_)) => {
                            return Err(err("nothing to repeat", qstart));
                        }
                        Some(Node::Repeat { .. }) => {
                            return Err(err("multiple repeat", qstart));
                        }
                        Some(n) => n,
                    };
                    let greed = if self.eat('?') {
                        Greed::Lazy
                    } else if self.eat('+') {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    items.push(Node::Repeat {
                        min: min as u32,
                        max: max as u32,
                        greed,
                        node: Box::new(item),
                    });
                }
                '(' => {
                    if let Some(n) = self.parse_group(start, &mut verbose, first, &items)? {
                        items.push(n);
                    }
                }
                _ => items.push(self.lit(c)),
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Cat(items),
        })
    }

    fn parse_group(
        &mut self,
        start: usize,
        verbose: &mut bool,
        first: bool,
        items: &[Node],
    ) -> PResult<Option<Node>> {
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add = 0u32;
        let mut del = 0u32;
        if self.eat('?') {
            let Some(c) = self.get() else {
                return Err(err("unexpected end of pattern", self.i));
            };
            match ch(c) {
                'P' => {
                    if self.eat('<') {
                        let n = self.get_until('>', "group name")?;
                        self.check_group_name(&n, self.i - n.chars().count() - 1)?;
                        name = Some(n);
                    } else if self.eat('=') {
                        let n = self.get_until(')', "group name")?;
                        let npos = self.i - n.chars().count() - 1;
                        self.check_group_name(&n, npos)?;
                        let Some(&(_, gid)) = self.names.iter().find(|(k, _)| *k == n) else {
                            return Err(err(format!("unknown group name {}", py_repr(&n)), npos));
                        };
                        if !self.checkgroup(gid) {
                            return Err(err("cannot refer to an open group", npos));
                        }
                        self.check_lookbehind_group(gid, npos)?;
                        return Ok(Some(Node::Backref {
                            group: gid,
                            icase: self.flags & F_IGNORECASE != 0,
                            unicode: self.unicode(),
                        }));
                    } else {
                        let Some(c2) = self.get() else {
                            return Err(err("unexpected end of pattern", self.i));
                        };
                        return Err(err(format!("unknown extension ?P{}", ch(c2)), self.i - 3));
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        let Some(d) = self.get() else {
                            return Err(err("missing ), unterminated comment", start));
                        };
                        if d == ')' as u32 {
                            break;
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' | '<' => {
                    let mut kind = c;
                    let mut behind = false;
                    let saved_lb = self.lookbehind_groups;
                    if kind == '<' as u32 {
                        let Some(k) = self.get() else {
                            return Err(err("unexpected end of pattern", self.i));
                        };
                        if k != '=' as u32 && k != '!' as u32 {
                            return Err(err(format!("unknown extension ?<{}", ch(k)), self.i - 3));
                        }
                        kind = k;
                        behind = true;
                        if self.lookbehind_groups.is_none() {
                            self.lookbehind_groups = Some(self.groups);
                        }
                    }
                    let body = self.parse_alt(*verbose, false)?;
                    if behind {
                        self.lookbehind_groups = saved_lb;
                    }
                    if !self.eat(')') {
                        return Err(err("missing ), unterminated subpattern", start));
                    }
                    return Ok(Some(Node::Look {
                        behind,
                        neg: kind == '!' as u32,
                        node: Box::new(body),
                    }));
                }
                '(' => {
                    let cond = self.get_until(')', "group name")?;
                    let cpos = self.i - cond.chars().count() - 1;
                    let group = if cond.chars().all(|c| c.is_ascii_digit()) {
                        let g: usize = cond.parse().unwrap_or(usize::MAX);
                        if g == 0 {
                            return Err(err("bad group number", cpos));
                        }
                        if g >= MAXGROUPS {
                            return Err(err(format!("invalid group reference {g}"), cpos));
                        }
                        self.grouprefpos.push((g, cpos));
                        g
                    } else {
                        self.check_group_name(&cond, cpos)?;
                        match self.names.iter().find(|(k, _)| *k == cond) {
                            Some(&(_, g)) => g,
                            None => {
                                return Err(err(
                                    format!("unknown group name {}", py_repr(&cond)),
                                    cpos,
                                ))
                            }
                        }
                    };
                    self.check_lookbehind_group(group, cpos)?;
                    let yes = self.parse_seq(*verbose, false)?;
                    let no = if self.eat('|') {
                        let n = self.parse_seq(*verbose, false)?;
                        if self.peek() == Some('|' as u32) {
                            return Err(err(
                                "conditional backref with more than two branches",
                                self.i,
                            ));
                        }
                        n
                    } else {
                        Node::Empty
                    };
                    if !self.eat(')') {
                        return Err(err("missing ), unterminated subpattern", start));
                    }
                    return Ok(Some(Node::Cond {
                        group,
                        yes: Box::new(yes),
                        no: Box::new(no),
                    }));
                }
                '>' => {
                    capture = false;
                    atomic = true;
                }
                _ if flag_of(c).is_some() || c == '-' as u32 => match self.parse_flags(c)? {
                    None => {
                        if !first || !items.is_empty() {
                            return Err(err(
                                "global flags not at the start of the expression",
                                start,
                            ));
                        }
                        *verbose = self.flags & F_VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                },
                _ => {
                    return Err(err(format!("unknown extension ?{}", ch(c)), self.i - 2));
                }
            }
        }
        let group = if capture {
            let g = self.groups;
            self.groups += 1;
            if self.groups > MAXGROUPS {
                return Err(err("too many groups", start));
            }
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    return Err(err(
                        format!(
                            "redefinition of group name {} as group {}; was group {}",
                            py_repr(n),
                            g,
                            old
                        ),
                        self.i - n.chars().count() - 1,
                    ));
                }
                self.names.push((n.clone(), g));
            }
            self.open.push(g);
            Some(g)
        } else {
            None
        };
        let saved = self.flags;
        self.flags = (self.flags | add) & !del;
        let sub_verbose = (*verbose || add & F_VERBOSE != 0) && del & F_VERBOSE == 0;
        let body = self.parse_alt(sub_verbose, false);
        self.flags = saved;
        let body = body?;
        if !self.eat(')') {
            return Err(err("missing ), unterminated subpattern", start));
        }
        if let Some(g) = group {
            self.open.retain(|&o| o != g);
            return Ok(Some(Node::Group(g, Box::new(body))));
        }
        if atomic {
            return Ok(Some(Node::Atomic(Box::new(body))));
        }
        // A non-capturing group matches as its body, but stays one item: a quantifier after
        // it repeats the group (`(?:a*)+` is not a "multiple repeat").
        Ok(Some(Node::Cat(vec![body])))
    }
}

/// Parses `src` (code points; bytes patterns as Latin-1) with `flags`.
pub(crate) fn parse(src: &[u32], is_text: bool, flags: u32) -> PResult<Parsed> {
    let mut p = Parser {
        src,
        i: 0,
        is_text,
        flags,
        groups: 1,
        open: Vec::new(),
        names: Vec::new(),
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
        bad_end: None,
        warnings: Vec::new(),
    };
    // The ASCII/UNICODE/LOCALE checks CPython makes after parsing (fix_flags) are on the
    // caller's flags plus inline ones; do them on what we have at the end.
    let mut k = 0;
    while k < src.len() {
        if src.get(k) == Some(&('\\' as u32)) {
            if k + 1 == src.len() {
                p.bad_end = Some(k);
            }
            k += 2;
        } else {
            k += 1;
        }
    }
    let node = match p.parse_alt(flags & F_VERBOSE != 0, true) {
        Ok(n) => n,
        Err(mut e) => {
            e.warnings = std::mem::take(&mut p.warnings);
            return Err(e);
        }
    };
    let mut fl = p.flags;
    if is_text {
        if fl & F_LOCALE != 0 {
            return Err(ParseError {
                msg: "cannot use LOCALE flag with a str pattern".into(),
                pos: None,
                overflow: false,
                warnings: Vec::new(),
            });
        }
        if fl & F_ASCII == 0 {
            fl |= F_UNICODE;
        } else if fl & F_UNICODE != 0 {
            return Err(ParseError {
                msg: "ASCII and UNICODE flags are incompatible".into(),
                pos: None,
                overflow: false,
                warnings: Vec::new(),
            });
        }
    } else if fl & F_UNICODE != 0 {
        return Err(ParseError {
            msg: "cannot use UNICODE flag with a bytes pattern".into(),
            pos: None,
            overflow: false,
            warnings: Vec::new(),
        });
    }
    if p.i < src.len() {
        return Err(err("unbalanced parenthesis", p.i));
    }
    for &(g, pos) in &p.grouprefpos {
        if g >= p.groups {
            return Err(err(format!("invalid group reference {g}"), pos));
        }
    }
    let gw = group_widths(&node, p.groups - 1);
    check_lookbehinds(&node, &gw)?;
    Ok(Parsed {
        node,
        group_widths: gw,
        warnings: p.warnings,
        groups: p.groups - 1,
        names: p.names,
        flags: fl,
    })
}

/// The (min, max) width of a node; `u64::MAX` stands for unbounded.
pub(crate) fn width(n: &Node, gw: &[(u64, u64)]) -> (u64, u64) {
    match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
        Node::Cat(v) => v.iter().fold((0, 0), |(a, b), x| {
            let (c, d) = width(x, gw);
            (a.saturating_add(c), b.saturating_add(d))
        }),
        Node::Alt(v) => {
            let mut lo = u64::MAX;
            let mut hi = 0;
            for x in v {
                let (c, d) = width(x, gw);
                lo = lo.min(c);
                hi = hi.max(d);
            }
            (if v.is_empty() { 0 } else { lo }, hi)
        }
        Node::Group(_, b) | Node::Atomic(b) => width(b, gw),
        Node::Repeat { min, max, node, .. } => {
            let (c, d) = width(node, gw);
            let hi = if u64::from(*max) == MAXREPEAT {
                if d == 0 {
                    0
                } else {
                    u64::MAX
                }
            } else {
                d.saturating_mul(u64::from(*max))
            };
            (c.saturating_mul(u64::from(*min)), hi)
        }
        Node::Backref { group, .. } => gw.get(*group).copied().unwrap_or((0, u64::MAX)),
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes, gw);
            let (c, d) = width(no, gw);
            (a.min(c), b.max(d))
        }
    }
}

fn check_lookbehinds(n: &Node, gw: &[(u64, u64)]) -> PResult<()> {
    match n {
        Node::Look { behind, node, .. } => {
            if *behind {
                let (lo, hi) = width(node, gw);
                if lo != hi {
                    return Err(ParseError {
                        msg: "look-behind requires fixed-width pattern".into(),
                        pos: None,
                        overflow: false,
                        warnings: Vec::new(),
                    });
                }
            }
            check_lookbehinds(node, gw)
        }
        Node::Cat(v) | Node::Alt(v) => v.iter().try_for_each(|x| check_lookbehinds(x, gw)),
        Node::Group(_, b) | Node::Atomic(b) | Node::Repeat { node: b, .. } => {
            check_lookbehinds(b, gw)
        }
        Node::Cond { yes, no, .. } => {
            check_lookbehinds(yes, gw)?;
            check_lookbehinds(no, gw)
        }
        _ => Ok(()),
    }
}

/// The width of every group (index = group number), for backreferences in lookbehinds.
pub(crate) fn group_widths(n: &Node, groups: usize) -> Vec<(u64, u64)> {
    let mut gw = vec![(0, u64::MAX); groups + 1];
    fn walk(n: &Node, gw: &mut Vec<(u64, u64)>) {
        match n {
            Node::Group(g, b) => {
                walk(b, gw);
                let w = width(b, gw);
                if let Some(slot) = gw.get_mut(*g) {
                    *slot = w;
                }
            }
            Node::Cat(v) | Node::Alt(v) => v.iter().for_each(|x| walk(x, gw)),
            Node::Atomic(b) | Node::Repeat { node: b, .. } | Node::Look { node: b, .. } => {
                walk(b, gw)
            }
            Node::Cond { yes, no, .. } => {
                walk(yes, gw);
                walk(no, gw);
            }
            _ => {}
        }
    }
    walk(n, &mut gw);
    gw
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PResult<Parsed> {
        let cps: Vec<u32> = s.chars().map(u32::from).collect();
        parse(&cps, true, 0)
    }

    fn e(s: &str) -> (String, Option<usize>) {
        match p(s) {
            Ok(_) => panic!("{s} parsed"),
            Err(e) => (e.msg, e.pos),
        }
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(
            e("("),
            ("missing ), unterminated subpattern".into(), Some(0))
        );
        assert_eq!(e("*"), ("nothing to repeat".into(), Some(0)));
        assert_eq!(e("a**"), ("multiple repeat".into(), Some(2)));
        assert_eq!(e("\\q"), ("bad escape \\q".into(), Some(0)));
        assert_eq!(e("a)"), ("unbalanced parenthesis".into(), Some(1)));
        assert_eq!(e("[a"), ("unterminated character set".into(), Some(0)));
        assert_eq!(
            e("(?<=a+)"),
            ("look-behind requires fixed-width pattern".into(), None)
        );
    }

    #[test]
    fn groups_and_names() {
        let r = p("(a)(?P<x>b)(?:c)").map(|r| (r.groups, r.names)).ok();
        assert_eq!(r, Some((2, vec![("x".to_string(), 2)])));
    }
}
