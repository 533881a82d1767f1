//! Printing uncaught exceptions as CPython 3.12 does: the chain of causes and contexts, one
//! `File "...", line N, in NAME` entry per frame with its source line and, when the failing
//! expression does not span the whole line (or is a binary operation or a subscript), the
//! `~~~^^^~~~` marker line.

use crate::error::PyErr;
use crate::object::Payload;
use crate::objects::exception::TbEntry;
use crate::value::Value;
use crate::vm::{type_of, Vm};

/// Formats an exception with its chain, ready for stderr.
pub fn format_exception(vm: &mut Vm, e: &PyErr) -> String {
    format_exception_limited(vm, &e.value(), None, true, true)
}

/// Formats exception `v` (with its chain when `chain`), each traceback cut to `limit` entries
/// as the `traceback` module's `limit` argument does: a positive limit keeps the outermost
/// entries, a negative one the innermost, zero none (and then no `Traceback` header either).
/// `c_style`: as the interpreter prints (`sys.excepthook`), not the `traceback` module.
pub fn format_exception_limited(
    vm: &mut Vm,
    v: &Value,
    limit: Option<i64>,
    chain: bool,
    c_style: bool,
) -> String {
    let mut ctx = Ctx {
        out: String::new(),
        depth: 0,
        need_close: false,
        seen: Vec::new(),
        limit,
        c_style,
    };
    format_exc(vm, v, &mut ctx, chain);
    ctx.out
}

/// `sys.tracebacklimit` as the interpreter's own printing reads it: the innermost N entries,
/// none for N <= 0, all when unset or not an int.
pub fn sys_limit_innermost(vm: &Vm) -> Option<i64> {
    match vm.sys_attr("tracebacklimit") {
        Some(Value::Int(n)) if n <= 0 => Some(0),
        Some(Value::Int(n)) => Some(-n),
        Some(Value::Bool(b)) => Some(if b { -1 } else { 0 }),
        Some(v) => match v.payload() {
            Some(Payload::Int(b)) if b.sign() == num_bigint::Sign::Minus => Some(0),
            _ => None,
        },
        None => None,
    }
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// CPython's `_ExceptionPrintContext`: the nesting of exception groups being printed.
struct Ctx {
    out: String,
    depth: usize,
    need_close: bool,
    seen: Vec<i64>,
    /// See [`format_exception_limited`].
    limit: Option<i64>,
    c_style: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with the group margin before every line.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

fn format_exc(vm: &mut Vm, v: &Value, ctx: &mut Ctx, chain: bool) {
    // The chain, outermost (printed last) first.
    let mut output: Vec<(Option<&'static str>, Value)> = Vec::new();
    let mut exc = Some(v.clone());
    let mut msg: Option<&'static str> = None;
    while let Some(e) = exc {
        ctx.seen.push(e.id());
        output.push((msg, e.clone()));
        exc = None;
        msg = None;
        if !chain {
            break;
        }
        if let Some(Payload::Exception(st)) = e.payload() {
            let (cause, context, suppress) = {
                let s = st.borrow();
                (s.cause.clone(), s.context.clone(), s.suppress_context)
            };
            if !cause.is(&Value::None) {
                if !ctx.seen.contains(&cause.id()) {
                    msg = Some("\nThe above exception was the direct cause of the following exception:\n\n");
                    exc = Some(cause);
                }
            } else if !suppress && !context.is(&Value::None) && !ctx.seen.contains(&context.id()) {
                msg = Some(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
                exc = Some(context);
            }
        }
        if output.len() > 1000 {
            break;
        }
    }
    // `output[i].0` is the message printed *after* output[i+1]... re-pair as CPython does.
    let mut pairs: Vec<(Option<&'static str>, Value)> = Vec::new();
    for i in 0..output.len() {
        let m = output.get(i + 1).and_then(|(m, _)| *m);
        pairs.push((m, output[i].1.clone()));
    }
    // The interpreter's printer (`print_chained` in pythonrun.c) restores the group-closing
    // state after each chained exception; the `traceback` module does not.
    let saved_need_close = ctx.need_close;
    for (m, e) in pairs.into_iter().rev() {
        if ctx.c_style {
            ctx.need_close = saved_need_close;
        }
        if let Some(m) = m {
            ctx.emit(m, '|');
        }
        let tb_text = traceback_text(vm, &e, ctx.limit, ctx.c_style);
        if crate::exc_group::is_group(&e) {
            if ctx.depth > MAX_GROUP_DEPTH {
                ctx.emit(
                    &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                    '|',
                );
            } else {
                let toplevel = ctx.depth == 0;
                if toplevel {
                    ctx.depth += 1;
                }
                if !tb_text.is_empty() {
                    ctx.emit(
                        "Exception Group Traceback (most recent call last):\n",
                        if toplevel { '+' } else { '|' },
                    );
                    ctx.emit(&tb_text, '|');
                }
                let only = exception_only_styled(vm, &e, ctx.c_style);
                ctx.emit(&only, '|');
                let subs = crate::exc_group::group_exceptions(&e);
                let n = if subs.len() <= MAX_GROUP_WIDTH {
                    subs.len()
                } else {
                    MAX_GROUP_WIDTH + 1
                };
                ctx.need_close = false;
                for i in 0..n {
                    let last = i == n - 1;
                    if last {
                        ctx.need_close = true;
                    }
                    let truncated = i >= MAX_GROUP_WIDTH;
                    let title = if truncated {
                        "...".to_string()
                    } else {
                        (i + 1).to_string()
                    };
                    let line = format!(
                        "{}{}+---------------- {} ----------------\n",
                        ctx.indent(),
                        if i == 0 { "+-" } else { "  " },
                        title
                    );
                    ctx.out.push_str(&line);
                    ctx.depth += 1;
                    if truncated {
                        let remaining = subs.len() - MAX_GROUP_WIDTH;
                        ctx.emit(
                            &format!(
                                "and {} more exception{}\n",
                                remaining,
                                if remaining > 1 { "s" } else { "" }
                            ),
                            '|',
                        );
                    } else if let Some(sub) = subs.get(i) {
                        format_exc(vm, sub, ctx, chain);
                    }
                    if last && ctx.need_close {
                        let line =
                            format!("{}+------------------------------------\n", ctx.indent());
                        ctx.out.push_str(&line);
                        ctx.need_close = false;
                    }
                    ctx.depth -= 1;
                }
                if toplevel {
                    ctx.depth = 0;
                }
            }
        } else {
            if !tb_text.is_empty() {
                ctx.emit("Traceback (most recent call last):\n", '|');
                ctx.emit(&tb_text, '|');
            }
            let only = exception_only_styled(vm, &e, ctx.c_style);
            ctx.emit(&only, '|');
        }
    }
}

/// The `File ..., line ...` entries of an exception's traceback.
fn traceback_text(vm: &mut Vm, v: &Value, limit: Option<i64>, c_style: bool) -> String {
    let mut out = String::new();
    if let Some(Payload::Exception(st)) = v.payload() {
        let mut tb: Vec<TbEntry> = st.borrow().traceback.clone();
        // `tb` is innermost first.
        match limit {
            Some(n) if n >= 0 => {
                let keep = usize::try_from(n).unwrap_or(usize::MAX);
                let drop = tb.len().saturating_sub(keep);
                tb.drain(..drop);
            }
            Some(n) => tb.truncate(usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX)),
            None => {}
        }
        // CPython collapses runs of identical entries past three (`_RECURSIVE_CUTOFF`).
        const CUTOFF: usize = 3;
        let mut last: Option<(*const pyvm_compiler::code::CodeObject, Option<u32>)> = None;
        let mut count = 0usize;
        let repeated = |count: usize, out: &mut String| {
            let n = count - CUTOFF;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n > 1 { "s" } else { "" }
            ));
        };
        for entry in tb.iter().rev() {
            let key = (
                std::rc::Rc::as_ptr(&entry.code.code),
                entry.code.code.line_of(entry.ip),
            );
            if last != Some(key) {
                if count > CUTOFF {
                    repeated(count, &mut out);
                }
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > CUTOFF {
                continue;
            }
            format_entry(vm, entry, &mut out, c_style);
        }
        if count > CUTOFF {
            repeated(count, &mut out);
        }
    }
    out
}

/// `TypeName: message` plus notes (and the "Did you mean" suggestion), as the `traceback`
/// module formats it.
pub fn exception_only(vm: &mut Vm, v: &Value) -> String {
    exception_only_styled(vm, v, false)
}

/// The type's name as printed before the message: `__qualname__`, prefixed by `__module__`
/// unless that is `builtins` or `__main__` (`<unknown>` when it is not a str).
fn printed_type_name(cls: &crate::object::Obj) -> String {
    let Some(t) = cls.as_type() else {
        return String::new();
    };
    let qual = t.current_qualname().to_string();
    let module = match t.own_lookup("__module__") {
        Some(m) => m.as_pystr().map(|s| s.to_rust().into_owned()),
        None => Some(t.module.to_string()),
    };
    match module.as_deref() {
        Some("builtins") | Some("__main__") => qual,
        Some(m) => format!("{m}.{qual}"),
        None => format!("<unknown>.{qual}"),
    }
}

/// [`exception_only`]; `c_style` selects the interpreter's own printing (`sys.excepthook`),
/// which lays out a `SyntaxError`'s location slightly differently from the `traceback` module.
fn exception_only_styled(vm: &mut Vm, v: &Value, c_style: bool) -> String {
    let cls = type_of(v).clone();
    let stype = printed_type_name(&cls);
    if crate::objects::typeobj::is_subtype(&cls, &crate::types::types().syntax_error) {
        let text = if c_style {
            syntax_error_only_c(vm, v, &stype)
        } else {
            syntax_error_only(vm, v, &stype)
        };
        if let Some(mut text) = text {
            push_notes(vm, v, &mut text, c_style);
            return text;
        }
    }
    let msg = match vm.str_string(v) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut line = if msg.is_empty() {
        stype
    } else {
        format!("{stype}: {msg}")
    };
    let suggested = suggestion(vm, v);
    if let Some(s) = &suggested {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    // A NameError for a standard-library module's name hints at the missing import (the
    // `traceback` module's text lacks the final question mark in 3.12).
    if crate::objects::typeobj::is_subtype(&cls, &crate::types::types().name_error) {
        let name = vm.getattr_opt(v, "name").ok().flatten();
        if let Some(n) = name.as_ref().and_then(Value::as_pystr) {
            let n = n.to_rust();
            if crate::sysmod::STDLIB_MODULE_NAMES.contains(&&*n) {
                line.push_str(if suggested.is_some() {
                    " Or did you forget to import '"
                } else {
                    ". Did you forget to import '"
                });
                line.push_str(&n);
                line.push_str(if c_style { "'?" } else { "'" });
            }
        }
    }
    line.push('\n');
    push_notes(vm, v, &mut line, c_style);
    line
}

/// Appends the exception's `__notes__`: each note's lines, or the repr of `__notes__` itself
/// when it is not a sequence (or is a str or bytes). `None` is no notes for the `traceback`
/// module, but the interpreter's printing (`c_style`) shows its repr like any non-sequence.
fn push_notes(vm: &mut Vm, v: &Value, out: &mut String, c_style: bool) {
    let Ok(Some(notes)) = vm.getattr_opt(v, "__notes__") else {
        return;
    };
    if notes.is(&Value::None) && !c_style {
        return;
    }
    let items = match notes.payload() {
        Some(Payload::List(l)) => Some(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        Some(Payload::Str(_)) | Some(Payload::Bytes(_)) => None,
        _ => {
            let is_seq = vm
                .getattr_opt(&notes, "__getitem__")
                .ok()
                .flatten()
                .is_some()
                && vm.getattr_opt(&notes, "__len__").ok().flatten().is_some()
                && !crate::objects::typeobj::is_subtype(
                    type_of(&notes),
                    &crate::types::types().dict,
                );
            if is_seq {
                vm.collect_iter(&notes).ok()
            } else {
                None
            }
        }
    };
    match items {
        Some(items) => {
            for n in items {
                let text = match n.as_pystr() {
                    Some(s) => s.to_rust().into_owned(),
                    None => vm
                        .str_string(&n)
                        .unwrap_or_else(|_| "<note str() failed>".to_string()),
                };
                out.push_str(&text);
                out.push('\n');
            }
        }
        None => {
            let r = vm
                .repr_string(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            out.push_str(&r);
            out.push('\n');
        }
    }
}

/// CPython's C printing of a `SyntaxError` (`print_exception_file_and_line` and
/// `print_error_text` in pythonrun.c): leading blanks (tabs too) are stripped from the text,
/// carets cover `end_offset - offset` (the end is read only from an exact `SyntaxError`), and
/// `None` as the message prints the bare type name.
fn syntax_error_only_c(vm: &mut Vm, v: &Value, stype: &str) -> Option<String> {
    vm.getattr_opt(v, "print_file_and_line").ok().flatten()?;
    let mut get = |n: &str| vm.getattr_opt(v, n).ok().flatten().unwrap_or(Value::None);
    let msg = get("msg");
    let filename = get("filename");
    let Value::Int(lineno) = get("lineno") else {
        return None;
    };
    let offset = match get("offset") {
        Value::Int(o) => o,
        Value::None => -1,
        _ => return None,
    };
    let exact = std::rc::Rc::ptr_eq(type_of(v), &crate::types::types().syntax_error);
    let (end_lineno, mut end_offset) = if exact {
        let el = match get("end_lineno") {
            Value::Int(e) => e,
            _ => lineno,
        };
        let eo = match get("end_offset") {
            Value::Int(e) => e,
            _ => -1,
        };
        (el, eo)
    } else {
        (lineno, -1)
    };
    let text = get("text");
    let mut out = String::new();
    let fname = filename
        .as_pystr()
        .map_or_else(|| "<string>".to_string(), |s| s.to_rust().into_owned());
    out.push_str(&format!("  File \"{fname}\", line {lineno}\n"));
    if let Some(t) = text.as_pystr() {
        let t = t.to_rust().into_owned();
        let size = t.len() as i64;
        if end_lineno > lineno {
            end_offset = size;
        }
        if end_offset > size + 1 {
            end_offset = size + 1;
        }
        let carets = if end_offset > 0 && end_offset > offset {
            end_offset - offset
        } else {
            1
        };
        let mut off = offset - 1;
        let mut rest = t.as_str();
        let trimmed = rest.trim_start_matches([' ', '\t', '\u{c}']);
        off -= (rest.len() - trimmed.len()) as i64;
        rest = trimmed;
        let mut len = rest.len() as i64;
        if rest.ends_with('\n') {
            len -= 1;
        }
        off = off.min(len);
        while let Some(nl) = rest.find('\n') {
            let inl = nl as i64;
            if inl >= off {
                break;
            }
            rest = rest.get(nl + 1..).unwrap_or("");
            len -= inl + 1;
            off -= inl + 1;
        }
        out.push_str("    ");
        out.push_str(rest);
        if rest.as_bytes().get(usize::try_from(len).unwrap_or(0)) != Some(&b'\n') {
            out.push('\n');
        }
        if off >= 0 {
            out.push_str("    ");
            out.push_str(&" ".repeat(usize::try_from(off).unwrap_or(0)));
            out.push_str(&"^".repeat(usize::try_from(carets).unwrap_or(1)));
            out.push('\n');
        }
    }
    if msg.is(&Value::None) {
        out.push_str(stype);
    } else {
        let m = vm
            .str_string(&msg)
            .unwrap_or_else(|_| "<exception str() failed>".to_string());
        if m.is_empty() {
            out.push_str(stype);
        } else {
            out.push_str(&format!("{stype}: {m}"));
        }
    }
    out.push('\n');
    Some(out)
}

/// CPython's `_format_syntax_error`: the location block of a `SyntaxError`.
fn syntax_error_only(vm: &mut Vm, v: &Value, stype: &str) -> Option<String> {
    let mut get = |n: &str| vm.getattr_opt(v, n).ok().flatten().unwrap_or(Value::None);
    let lineno = get("lineno");
    let filename = get("filename");
    let text = get("text");
    let offset = get("offset");
    let end_offset = get("end_offset");
    let msg = get("msg");
    let mut out = String::new();
    let mut suffix = String::new();
    match (&lineno, filename.as_pystr()) {
        (Value::Int(l), f) => out.push_str(&format!(
            "  File \"{}\", line {}\n",
            f.map_or_else(|| "<string>".to_string(), |s| s.to_rust().into_owned()),
            l
        )),
        (_, Some(f)) => suffix = format!(" ({})", f.to_rust()),
        _ => {}
    }
    if let Some(t) = text.as_pystr() {
        let t = t.to_rust().into_owned();
        let rtext = t.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\u{c}']);
        let spaces = rtext.chars().count() - ltext.chars().count();
        out.push_str(&format!("    {ltext}\n"));
        if let Value::Int(offset) = offset {
            let mut end = match end_offset {
                Value::Int(e) if e != 0 => e,
                _ => offset,
            };
            if offset == end || end == -1 {
                end = offset + 1;
            }
            let colno = offset - 1 - spaces as i64;
            let end_colno = end - 1 - spaces as i64;
            if colno >= 0 {
                let caretspace: String = ltext
                    .chars()
                    .take(colno as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                out.push_str(&format!(
                    "    {}{}\n",
                    caretspace,
                    "^".repeat((end_colno - colno).max(0) as usize)
                ));
            }
        }
    }
    let msg = if vm.truthy(&msg).unwrap_or(false) {
        vm.str_string(&msg)
            .unwrap_or_else(|_| "<exception str() failed>".to_string())
    } else {
        "<no detail available>".to_string()
    };
    out.push_str(&format!("{stype}: {msg}{suffix}\n"));
    Some(out)
}

/// One `File "...", line N, in NAME` entry with its source line and position markers.
///
/// `c_style` is the interpreter's own printing, which keeps trailing blanks on the source line;
/// the `traceback` module strips them (and, quirkily, shifts the markers left by as many).
/// Markers are measured in display columns: East Asian wide characters count two.
pub(crate) fn format_entry(vm: &mut Vm, entry: &TbEntry, out: &mut String, c_style: bool) {
    let code = &entry.code.code;
    let pos = code.positions.get(entry.ip).unwrap_or_default();
    let line_no = pos.line;
    match line_no {
        Some(l) => out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.filename, l, code.name
        )),
        None => out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.filename, -1, code.name
        )),
    }
    let Some(l) = line_no else { return };
    let Some(src) = vm.source_line(&code.filename, l) else {
        return;
    };
    let line = src.trim_end_matches(['\n', '\r']);
    let stripped = line.trim();
    if stripped.is_empty() {
        return;
    }
    let shown = if c_style {
        line.trim_start_matches([' ', '\t', '\u{c}'])
    } else {
        stripped
    };
    out.push_str(&format!("    {shown}\n"));
    let (Some(col), Some(end_col)) = (pos.col, pos.end_col) else {
        return;
    };
    let start = byte_to_char(line, col as usize);
    let mut end = byte_to_char(line, end_col as usize);
    let same_line = pos.end_line == pos.line;
    let segment: String = line
        .chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect();
    let anchors = if same_line {
        caret_anchors(&segment)
    } else {
        end = line.trim_end().chars().count();
        None
    };
    let total = line.chars().count();
    let leading = total - line.trim_start().chars().count();
    let (stripped_chars, shown_len) = if c_style {
        (leading, shown.chars().count())
    } else {
        (total - stripped.chars().count(), stripped.chars().count())
    };
    let span = end.saturating_sub(start);
    let show = if c_style {
        span != shown_len || anchors.is_some()
    } else {
        span < shown_len || anchors.is_some_and(|(l, r)| r > l)
    };
    if !show || end <= start {
        return;
    }
    let dp_start = display_width(line, start);
    let dp_end = display_width(line, end);
    let mut row = String::from("    ");
    row.push_str(&" ".repeat(dp_start.saturating_sub(stripped_chars)));
    match anchors {
        Some((left, right)) => {
            let dp_left = display_width(&segment, left);
            let dp_right = display_width(&segment, right);
            row.push_str(&"~".repeat(dp_left));
            row.push_str(&"^".repeat(dp_right.saturating_sub(dp_left)));
            row.push_str(&"~".repeat((dp_end - dp_start).saturating_sub(dp_right)));
        }
        None => row.push_str(&"^".repeat(dp_end - dp_start)),
    }
    out.push_str(&row);
    out.push('\n');
}

/// The display columns of the first `chars` characters of `text` (wide characters count two).
fn display_width(text: &str, chars: usize) -> usize {
    text.chars()
        .take(chars)
        .map(|c| if crate::wide_chars::is_wide(c) { 2 } else { 1 })
        .sum()
}

fn byte_to_char(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut b = b;
    while b > 0 && !line.is_char_boundary(b) {
        b -= 1;
    }
    line.get(..b).map_or(0, |s| s.chars().count())
}

/// CPython's `_extract_caret_anchors_from_line_segment`: for a binary operation the operator,
/// for a subscript the brackets, as character offsets into the segment.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use pyvm_parser::ast::{Expr, Stmt};
    let arena = bumpalo::Bump::new();
    let module = pyvm_parser::parse_module(segment, &arena).ok()?;
    let [Stmt::Expr(stmt)] = module.body else {
        return None;
    };
    let bytes = segment.as_bytes();
    let char_at = |b: usize| byte_to_char(segment, b);
    match stmt.value {
        Expr::BinOp(b) => {
            let op_start = b.left.span().end as usize;
            let op_end = b.right.span().start as usize;
            let op_str = segment.get(op_start..op_end)?;
            // Skip whitespace and closing parentheses (and comments) before the operator.
            let mut i = 0;
            let ob = op_str.as_bytes();
            while i < ob.len() {
                let c = ob[i];
                if c.is_ascii_whitespace() || c == b')' {
                    i += 1;
                } else if c == b'#' {
                    while i < ob.len() && ob[i] != b'\n' {
                        i += 1;
                    }
                } else if c == b'\\' {
                    i += 1;
                } else {
                    break;
                }
            }
            let left = op_start + i;
            let mut right = left + 1;
            if let Some(&n) = bytes.get(right) {
                if right < op_end && !n.is_ascii_whitespace() && n != b'(' && is_op_char(n) {
                    right += 1;
                }
            }
            Some((char_at(left), char_at(right)))
        }
        Expr::Subscript(s) => {
            let mut left = s.value.span().end as usize;
            let mut right = s.slice.span().end as usize;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((char_at(left), char_at(right)))
        }
        _ => None,
    }
}

fn is_op_char(c: u8) -> bool {
    matches!(
        c,
        b'*' | b'/' | b'<' | b'>' | b'=' | b'@' | b'|' | b'&' | b'^' | b'%' | b'+' | b'-'
    )
}

/// CPython's "Did you mean" for `NameError` and `AttributeError`.
fn suggestion(vm: &mut Vm, v: &Value) -> Option<String> {
    let t = crate::types::types();
    let cls = type_of(v).clone();
    if crate::objects::typeobj::is_subtype(&cls, &t.import_error) {
        // `from m import nme`: the closest name in module `m` (as found in `sys.modules`).
        let wrong = vm.getattr_opt(v, "name_from").ok().flatten()?;
        let wrong = wrong.as_pystr()?.to_rust().into_owned();
        let module_name = vm.getattr_opt(v, "name").ok().flatten()?;
        module_name.as_pystr()?;
        let module = vm
            .dict_get(&vm.modules.clone(), &module_name)
            .ok()
            .flatten()?;
        let candidates = crate::builtins::dir_names(vm, &module).ok()?;
        return compute_suggestion(&wrong, &candidates);
    }
    let name = vm.getattr_opt(v, "name").ok().flatten()?;
    let name = name.as_pystr()?.to_rust().into_owned();
    let candidates: Vec<String> = if crate::objects::typeobj::is_subtype(&cls, &t.attribute_error) {
        let obj = vm.getattr_opt(v, "obj").ok().flatten()?;
        if obj.is(&Value::None) {
            return None;
        }
        crate::builtins::dir_names(vm, &obj).ok()?
    } else if crate::objects::typeobj::is_subtype(&cls, &t.name_error) {
        // In a method whose instance has the attribute, CPython suggests `self.name` first.
        let (frame_self, frame_names) = match v.payload() {
            Some(Payload::Exception(st)) => {
                let st = st.borrow();
                (st.frame_self.clone(), st.frame_names.clone())
            }
            _ => (None, None),
        };
        if let Some(fs) = frame_self {
            if vm.getattr_opt(&fs, &name).ok().flatten().is_some() {
                return Some(format!("self.{name}"));
            }
        }
        // The raising frame's locals, then its globals, then the builtins: the first of these
        // with a close enough name wins.
        let str_keys = |vm: &mut Vm, items: Vec<Value>| -> Vec<String> {
            let _ = vm;
            items
                .iter()
                .filter_map(|k| k.as_pystr().map(|s| s.to_rust().into_owned()))
                .collect()
        };
        let (locals, globals) = match frame_names {
            Some((l, g)) => (l, Some(g)),
            None => (Vec::new(), vm.main_globals()),
        };
        let locals = str_keys(vm, locals);
        if let Some(s) = compute_suggestion(&name, &locals) {
            return Some(s);
        }
        if let Some(g) = globals {
            let keys: Vec<Value> = vm.dict_items(&g).into_iter().map(|(k, _)| k).collect();
            let keys = str_keys(vm, keys);
            if let Some(s) = compute_suggestion(&name, &keys) {
                return Some(s);
            }
        }
        let keys: Vec<Value> = vm
            .dict_items(&vm.builtins.clone())
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        let keys = str_keys(vm, keys);
        return compute_suggestion(&name, &keys);
    } else {
        return None;
    };
    compute_suggestion(&name, &candidates)
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATES: usize = 750;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` with a cutoff.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Trim common prefix and suffix.
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let (mut ae, mut be) = (a.len(), b.len());
    while ae > pre && be > pre && a[ae - 1] == b[be - 1] {
        ae -= 1;
        be -= 1;
    }
    let a = &a[pre..ae];
    let b = &b[pre..be];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            if result < minimum {
                minimum = result;
            }
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate within CPython's cost bound.
pub fn compute_suggestion(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_dist = usize::MAX;
    let name_len = name.chars().count();
    for c in candidates {
        if c == name {
            continue;
        }
        let max_dist = (name_len + c.chars().count() + 3) * MOVE_COST / 6;
        let max_dist = max_dist.min(best_dist.saturating_sub(1));
        let d = levenshtein(name, c, max_dist);
        if d > max_dist {
            continue;
        }
        if best.is_none() || d < best_dist {
            best = Some(c);
            best_dist = d;
        }
    }
    best.cloned()
}

impl Vm {
    /// Registers the text of a source file for tracebacks.
    pub fn set_source(&mut self, filename: &str, text: &str) {
        self.sources.insert(filename.into(), text.into());
    }

    /// Line `n` (1-based) of a registered source file (or read from disk).
    pub(crate) fn source_line(&mut self, filename: &str, n: u32) -> Option<String> {
        if !self.sources.contains_key(filename) {
            let text = std::fs::read(filename).ok()?;
            let text = String::from_utf8_lossy(&text).into_owned();
            self.sources.insert(filename.into(), text.into());
        }
        let text = self.sources.get(filename)?;
        text.split_inclusive('\n')
            .nth((n as usize).checked_sub(1)?)
            .map(|l| l.trim_end_matches(['\n', '\r']).replace('\u{c}', ""))
    }

    /// The `__main__` module's globals.
    pub(crate) fn main_globals(&self) -> Option<crate::object::Obj> {
        let Payload::Dict(m) = &self.modules.payload else {
            return None;
        };
        let m = m.borrow().get_str("__main__").cloned()?;
        match m.payload() {
            Some(Payload::Module { dict, .. }) => Some(dict.clone()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_match_cpython() {
        let c: Vec<String> = ["print", "property", "len"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(compute_suggestion("pritn", &c).as_deref(), Some("print"));
        assert_eq!(compute_suggestion("zzzzzz", &c), None);
    }

    #[test]
    fn anchors() {
        assert_eq!(caret_anchors("a + b"), Some((2, 3)));
        assert_eq!(caret_anchors("a // b"), Some((2, 4)));
        assert_eq!(caret_anchors("x[1]"), Some((1, 4)));
        assert_eq!(caret_anchors("f(x)"), None);
    }
}
