//! `exec`, `eval` and `compile`, and `SyntaxError` objects made from the parser's errors.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{Object, Payload};
use crate::objects::function::{CodeData, NativeFn};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// Builtins registered by [`register`].
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exec", builtin_exec),
    ("eval", builtin_eval),
    ("compile", builtin_compile),
];

/// Adds `exec`, `eval` and `compile` to the builtins.
pub(crate) fn register(vm: &mut Vm) {
    for &(name, f) in FUNCTIONS {
        let v = vm.new_builtin_function(name, f);
        vm.set_builtin(name, v);
    }
    let m = crate::objects::function::BuiltinKind::Method;
    crate::types::add_methods(
        &types().syntax_error,
        &[
            ("__str__", syntax_error_str),
            ("__init__", syntax_error_init),
        ],
        m,
    );
    // Instances made without `__init__` (the VM's own errors) read these class defaults.
    if let Some(ty) = types().syntax_error.as_type() {
        let mut d = ty.dict.borrow_mut();
        for attr in [
            "msg",
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
            "print_file_and_line",
        ] {
            d.set_str(attr, Value::None);
        }
    }
}

/// Compiles `text` as `compile()`, `exec`/`eval` and imports do: the parser's
/// `SyntaxWarning`s go through `warnings.warn_explicit` (so filters apply and the report reads
/// `file:line: SyntaxWarning: ...`), a syntax error becomes a `SyntaxError`.
pub(crate) fn compile_source(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    mode: pyvm_parser::Mode,
) -> PyResult<std::rc::Rc<pyvm_compiler::code::CodeObject>> {
    let arena = bumpalo::Bump::new();
    let mut warnings = Vec::new();
    let parsed = pyvm_parser::parse_with_warnings(
        text,
        mode,
        pyvm_parser::ParseOptions::default(),
        &arena,
        &mut warnings,
    );
    let from_parser = parsed.is_err();
    let compiled = match parsed {
        Ok(module) => {
            pyvm_compiler::compile_mod_with_warnings(&module, text, filename, &mut warnings)
        }
        Err(e) => Err(pyvm_compiler::CompileError::Syntax(e)),
    };
    if !warnings.is_empty() {
        let m = crate::import::import_module_level(vm, "warnings", &Value::None, &Value::None, 0)?;
        let warn = vm.getattr_str(&m, "warn_explicit")?;
        let category = Value::Obj(types().syntax_warning.clone());
        for w in &warnings {
            let r = vm.call(
                &warn,
                &[
                    Value::str(&w.msg),
                    category.clone(),
                    Value::str(filename),
                    Value::Int(i64::from(w.lineno)),
                ],
                &[],
            );
            match r {
                Ok(_) => {}
                // A warning filter turned it into an error: CPython reports a SyntaxError
                // at the warning's place instead.
                Err(e) if e.matches(&types().syntax_warning) => {
                    let line = Value::Int(i64::from(w.lineno));
                    let details = vm.new_tuple(vec![
                        Value::str(filename),
                        line.clone(),
                        Value::Int(i64::from(w.offset)),
                        Value::None,
                        line,
                        Value::None,
                    ]);
                    let cls = Value::Obj(types().syntax_error.clone());
                    return match vm.call(&cls, &[Value::str(&w.msg), details], &[])? {
                        Value::Obj(o) => Err(PyErr(o)),
                        _ => Err(e),
                    };
                }
                Err(e) => return Err(e),
            }
        }
    }
    match compiled {
        Ok(code) => Ok(code),
        Err(pyvm_compiler::CompileError::Syntax(se)) if from_parser => {
            let exec = matches!(mode, pyvm_parser::Mode::Exec);
            Err(syntax_error_in(vm, &se, filename, text, exec))
        }
        Err(pyvm_compiler::CompileError::Syntax(se)) => {
            // Errors found after parsing (symbol table, code generator): CPython takes their
            // `text` from the file `filename` names, so a string compiled under a name like
            // "<string>" has none.
            let file_text = std::fs::read(filename)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            Err(syntax_error(vm, &se, filename, &file_text))
        }
        Err(other) => Err(PyErr::new(&types().system_error, other.to_string())),
    }
}

/// `SyntaxError.__init__(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`:
/// besides `args`, sets the location attributes (all `None` unless given).
fn syntax_error_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let rest = args.get(1..).unwrap_or(&[]);
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(&this)
        )));
    }
    if let Some(Payload::Exception(st)) = this.payload() {
        st.borrow_mut().args = vm.new_tuple(rest.to_vec());
    }
    let mut attrs: Vec<(&str, Value)> = vec![
        ("msg", rest.first().cloned().unwrap_or(Value::None)),
        ("filename", Value::None),
        ("lineno", Value::None),
        ("offset", Value::None),
        ("text", Value::None),
        ("end_lineno", Value::None),
        ("end_offset", Value::None),
    ];
    if let [_, info] = rest {
        let items = vm.collect_iter(info)?;
        if items.len() < 4 {
            return Err(type_error(format!(
                "function takes at least 4 arguments ({} given)",
                items.len()
            )));
        }
        if items.len() > 6 {
            return Err(type_error(format!(
                "function takes at most 6 arguments ({} given)",
                items.len()
            )));
        }
        if items.len() == 5 {
            return Err(type_error(
                "end_offset must be provided when end_lineno is provided",
            ));
        }
        for (slot, item) in attrs.iter_mut().skip(1).zip(items) {
            slot.1 = item;
        }
    }
    for (name, v) in attrs {
        vm.setattr(&this, name, v)?;
    }
    if vm.getattr_opt(&this, "print_file_and_line")?.is_none() {
        vm.setattr(&this, "print_file_and_line", Value::None)?;
    }
    Ok(Value::None)
}

/// A `SyntaxError` (or subclass) instance for a parser error in `source`.
pub(crate) fn syntax_error(
    vm: &mut Vm,
    se: &pyvm_parser::SyntaxError,
    filename: &str,
    source: &str,
) -> PyErr {
    syntax_error_in(vm, se, filename, source, true)
}

/// `eval`/`single` input with nothing but blank and comment lines: CPython reports "invalid
/// syntax" at column 0 of the last line (line 0 for an empty string), with that line as text.
fn blank_expression_error(vm: &mut Vm, text: &str, filename: &str) -> Option<PyErr> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let blank = |l: &str| {
        let t = l.trim_start_matches([' ', '\t', '\u{c}']);
        t.starts_with('#') || t == "\n" || t == "\r\n"
    };
    let (last, before) = match lines.split_last() {
        Some((last, before)) => (*last, before),
        None => ("", &[][..]),
    };
    if !before.iter().all(|l| blank(l)) {
        return None;
    }
    let lineno = u32::try_from(lines.len()).ok()?;
    let se = if last.is_empty() || blank(last) {
        pyvm_parser::SyntaxError {
            kind: pyvm_parser::SyntaxErrorKind::SyntaxError,
            msg: "invalid syntax".to_string(),
            lineno,
            offset: 0,
            end_lineno: Some(lineno),
            end_offset: Some(0),
        }
    } else if last.trim_start_matches([' ', '\t', '\u{c}']).is_empty() {
        // Spaces with no newline after them: an indent before the end of the input.
        pyvm_parser::SyntaxError {
            kind: pyvm_parser::SyntaxErrorKind::IndentationError,
            msg: "unexpected indent".to_string(),
            lineno,
            offset: u32::try_from(last.chars().count()).ok()?,
            end_lineno: Some(lineno),
            end_offset: None,
        }
    } else {
        return None;
    };
    let e = syntax_error_in(vm, &se, filename, text, false);
    if lineno == 0 {
        crate::import::spec::inst_set(&e.value(), "text", Value::str(""));
    }
    Some(e)
}

/// Whether CPython's tokenizer (rather than the parser) reports this error, or the parser
/// reports it once the tokenizer has gone past the line: then `text` is the line without
/// its newline.
fn reported_past_line(msg: &str) -> bool {
    const PREFIXES: [&str; 14] = [
        "unterminated string literal",
        "unterminated triple-quoted string literal",
        "unmatched '",
        "closing parenthesis '",
        "leading zeros in decimal integer literals",
        "invalid decimal literal",
        "invalid hexadecimal literal",
        "invalid octal literal",
        "invalid binary literal",
        "invalid digit '",
        "invalid character '",
        "invalid non-printable character",
        "f-string: expecting '}'",
        "too many nested parentheses",
    ];
    PREFIXES.iter().any(|p| msg.starts_with(p))
}

/// [`syntax_error`] for a source CPython's tokenizer reads with (`exec` mode, files) or
/// without (`eval`, `single`) a final newline added: `text` is the line as the tokenizer holds
/// it.
pub(crate) fn syntax_error_in(
    vm: &mut Vm,
    se: &pyvm_parser::SyntaxError,
    filename: &str,
    source: &str,
    final_newline: bool,
) -> PyErr {
    let t = types();
    let cls = match se.kind {
        pyvm_parser::SyntaxErrorKind::IndentationError => &t.indentation_error,
        pyvm_parser::SyntaxErrorKind::TabError => &t.tab_error,
        pyvm_parser::SyntaxErrorKind::RecursionError => {
            return PyErr::new(&t.recursion_error, se.msg.clone());
        }
        _ => &t.syntax_error,
    };
    let last_line = u32::try_from(source.split_inclusive('\n').count()).unwrap_or(u32::MAX);
    let text = source
        .split_inclusive('\n')
        .nth((se.lineno as usize).saturating_sub(1))
        .map(|l| {
            let mut l = l.to_string();
            if final_newline && !l.ends_with('\n') {
                l.push('\n');
            }
            // An unclosed bracket is reported at the end of the input: on an earlier line
            // the tokenizer has gone past it.
            let past = reported_past_line(&se.msg)
                || (se.msg.ends_with("' was never closed") && se.lineno < last_line);
            if past && l.ends_with('\n') {
                l.pop();
            }
            l
        });
    let text_v = match &text {
        Some(s) if se.lineno > 0 => Value::str(s),
        _ => Value::None,
    };
    let opt = |v: Option<u32>| v.map_or(Value::None, |x| Value::Int(i64::from(x)));
    // CPython's end offset is -1 where the parser knows the end line but not the column
    // ("unexpected indent", "expected 'except' or 'finally' block").
    let end_offset = match (se.end_lineno, se.end_offset) {
        (Some(_), None) => Value::Int(-1),
        (_, e) => opt(e),
    };
    let details = vm.new_tuple(vec![
        Value::str(filename),
        Value::Int(i64::from(se.lineno)),
        Value::Int(i64::from(se.offset)),
        text_v.clone(),
        opt(se.end_lineno),
        end_offset.clone(),
    ]);
    let e = PyErr::with_args(cls, vec![Value::str(&se.msg), details]);
    if let Some(d) = e.object().instance_dict_or_create() {
        if let Payload::Dict(t) = &d.payload {
            let mut t = t.borrow_mut();
            t.set_str("msg", Value::str(&se.msg));
            t.set_str("filename", Value::str(filename));
            t.set_str("lineno", Value::Int(i64::from(se.lineno)));
            t.set_str("offset", Value::Int(i64::from(se.offset)));
            t.set_str("text", text_v);
            t.set_str("end_lineno", opt(se.end_lineno));
            t.set_str("end_offset", end_offset);
            t.set_str("print_file_and_line", Value::None);
        }
    }
    e
}

/// `SyntaxError.__str__`: `msg (filename, line N)`.
fn syntax_error_str(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let get = |vm: &mut Vm, n: &str| {
        vm.getattr_opt(&this, n)
            .ok()
            .flatten()
            .unwrap_or(Value::None)
    };
    // `msg` set to None (as `SyntaxError()` leaves it) reads "None"; only an instance made
    // without `__init__` falls back to its args.
    let msg_attr = vm.getattr_opt(&this, "msg").ok().flatten();
    let msg = msg_attr.clone().unwrap_or(Value::None);
    let msg_s = if msg_attr.is_none() {
        // Not `exception_str`, which dispatches back to this `__str__`.
        let items = match this.payload() {
            Some(Payload::Exception(st)) => st.borrow().arg_items(),
            _ => Vec::new(),
        };
        match items.as_slice() {
            // CPython prints the `msg` attribute, None here.
            [] => "None".to_string(),
            [one] => vm.str_string(one)?,
            _ => {
                let t = vm.new_tuple(items.clone());
                vm.repr_string(&t)?
            }
        }
    } else {
        vm.str_string(&msg)?
    };
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let fname = filename.as_pystr().map(|s| {
        let s = s.to_rust();
        s.rsplit('/').next().unwrap_or(&s).to_string()
    });
    let out = match (fname, &lineno) {
        (Some(f), Value::Int(l)) => format!("{msg_s} ({f}, line {l})"),
        (Some(f), _) => format!("{msg_s} ({f})"),
        (None, Value::Int(l)) => format!("{msg_s} (line {l})"),
        _ => msg_s,
    };
    Ok(Value::str(&out))
}

/// The text of a source argument (`str` or UTF-8 `bytes`), or a code object.
enum Source {
    Text(String),
    Code(std::rc::Rc<CodeData>),
}

fn source_arg(v: &Value, fname: &str) -> PyResult<Source> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(Source::Text(s.to_rust().into_owned())),
        Some(Payload::Bytes(b)) => Ok(Source::Text(String::from_utf8_lossy(b).into_owned())),
        Some(Payload::Code(c)) => Ok(Source::Code(c.clone())),
        _ => Err(type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

impl Vm {
    fn compile_text(
        &mut self,
        text: &str,
        filename: &str,
        mode: pyvm_parser::Mode,
    ) -> PyResult<std::rc::Rc<CodeData>> {
        if text.contains('\0') {
            let msg = Value::str("source code string cannot contain null bytes");
            let e = PyErr::with_args(&types().syntax_error, vec![msg.clone()]);
            crate::import::spec::inst_set(&e.value(), "msg", msg);
            return Err(e);
        }
        if !matches!(mode, pyvm_parser::Mode::Exec) {
            if let Some(e) = blank_expression_error(self, text, filename) {
                return Err(e);
            }
        }
        compile_source(self, text, filename, mode).map(CodeData::new)
    }

    /// The globals and locals of `exec`/`eval` from their optional arguments.
    fn namespaces(
        &mut self,
        fname: &str,
        globals: Option<Value>,
        locals: Option<Value>,
    ) -> PyResult<(crate::object::Obj, Value)> {
        let globals = globals.filter(|g| !g.is(&Value::None));
        let locals = locals.filter(|l| !l.is(&Value::None));
        let (g, l) = match (globals, locals) {
            (None, None) => {
                let g = self.current_globals();
                let l = self.current_locals()?;
                (g, l)
            }
            (None, Some(l)) => (self.current_globals(), l),
            (Some(g), None) => (g.clone(), g),
            (Some(g), Some(l)) => (g, l),
        };
        let Value::Obj(gobj) = &g else {
            return Err(type_error(format!(
                "{fname}() globals must be a dict, not {}",
                type_name_of(&g)
            )));
        };
        if !matches!(gobj.payload, Payload::Dict(_)) {
            return Err(type_error(if fname == "exec" {
                format!("exec() globals must be a dict, not {}", type_name_of(&g))
            } else {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            }));
        }
        if !matches!(l.payload(), Some(Payload::Dict(_)))
            && crate::objects::typeobj::lookup(crate::vm::type_of(&l), "__getitem__").is_none()
        {
            return Err(type_error(if fname == "exec" {
                format!("locals must be a mapping or None, not {}", type_name_of(&l))
            } else {
                "locals must be a mapping".to_string()
            }));
        }
        let has_builtins = match &gobj.payload {
            Payload::Dict(d) => d.borrow().get_str("__builtins__").is_some(),
            _ => true,
        };
        if !has_builtins {
            // CPython inserts the builtins *dict* (what `PyEval_GetBuiltins` returns).
            let b = Value::Obj(self.builtins.clone());
            self.dict_set(gobj, Value::str("__builtins__"), b)?;
        }
        Ok((gobj.clone(), l))
    }
}

/// The keyword arguments of `exec`/`compile`, checked against `allowed` with CPython's
/// message for the others.
fn keyword_args<const N: usize>(
    fname: &str,
    kw: &KwArgs,
    allowed: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    crate::builtins::match_kwargs(kw, allowed, |ks| {
        type_error(format!(
            "'{ks}' is an invalid keyword argument for {fname}()"
        ))
    })
}

fn builtin_exec(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::objects::native_sig::check_sig!(
        "(source, globals=None, locals=None, /, *, closure=None)",
        "exec",
        args,
        kw
    )?;
    let [closure] = keyword_args("exec", kw, ["closure"])?;
    if args.is_empty() {
        return Err(type_error(
            "exec() takes at least 1 positional argument (0 given)",
        ));
    }
    if args.len() > 3 {
        return Err(type_error(format!(
            "exec() takes at most 3 positional arguments ({} given)",
            args.len()
        )));
    }
    let closure = closure.filter(|c| !c.is(&Value::None));
    let (g, l) = vm.namespaces("exec", args.get(1).cloned(), args.get(2).cloned())?;
    let src = source_arg(&args[0], "exec")?;
    let code = match src {
        Source::Code(c) => c,
        Source::Text(t) => {
            if closure.is_some() {
                return Err(type_error(
                    "closure can only be used when source is a code object",
                ));
            }
            vm.compile_text(&t, "<string>", pyvm_parser::Mode::Exec)?
        }
    };
    let func = exec_closure(&code, &g, closure)?;
    vm.run_code_with_locals(code, g, l, func)?;
    Ok(Value::None)
}

/// The function object `exec` runs a code object with free variables under: it carries the
/// `closure` cells (CPython checks them as here).
fn exec_closure(
    code: &std::rc::Rc<CodeData>,
    globals: &crate::object::Obj,
    closure: Option<Value>,
) -> PyResult<Option<crate::object::Obj>> {
    let nfree = code.code.freevars.len();
    if nfree == 0 {
        return match closure {
            Some(_) => Err(type_error("cannot use a closure with this code object")),
            None => Ok(None),
        };
    }
    let cells: Option<Vec<Value>> = match closure.as_ref().and_then(Value::payload) {
        Some(Payload::Tuple(items))
            if items.len() == nfree
                && items
                    .iter()
                    .all(|c| matches!(c.payload(), Some(Payload::Cell(_)))) =>
        {
            Some(items.to_vec())
        }
        _ => None,
    };
    let Some(cells) = cells.filter(|_| {
        closure
            .as_ref()
            .is_some_and(|c| std::rc::Rc::ptr_eq(crate::vm::type_of(c), &types().tuple))
    }) else {
        return Err(type_error(format!(
            "code object requires a closure of exactly length {nfree}"
        )));
    };
    let f = crate::objects::function::Function::new(code.clone(), globals.clone());
    *f.closure.borrow_mut() = std::rc::Rc::from(cells);
    Ok(Some(Object::new(
        &types().function,
        Payload::Function(Box::new(f)),
    )))
}

fn builtin_eval(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("eval() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 3 {
        return Err(type_error(format!(
            "eval expected at {} {} argument{}, got {}",
            if args.is_empty() { "least" } else { "most" },
            if args.is_empty() { 1 } else { 3 },
            if args.is_empty() { "" } else { "s" },
            args.len()
        )));
    }
    let (g, l) = vm.namespaces("eval", args.get(1).cloned(), args.get(2).cloned())?;
    let src = source_arg(&args[0], "eval")?;
    let code = match src {
        Source::Code(c) => c,
        Source::Text(t) => {
            let t = t.trim_start_matches([' ', '\t']);
            vm.compile_text(t, "<string>", pyvm_parser::Mode::Eval)?
        }
    };
    if !code.code.freevars.is_empty() {
        return Err(type_error(
            "code object passed to eval() may not contain free variables",
        ));
    }
    vm.run_code_with_locals(code, g, l, None)
}

/// `compile()`'s `flags` bits CPython accepts: the `__future__` features
/// (`CO_FUTURE_*`), `CO_NESTED` (obsolete) and the `PyCF_*` compiler flags.
const COMPILE_FLAGS_MASK: i64 = 0x1FE_0000 | 0x10 | 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000;

fn builtin_compile(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::objects::native_sig::check_sig!(
        "(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
        "compile",
        args,
        kw
    )?;
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    if args.len() > 6 {
        return Err(type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            args.len()
        )));
    }
    let by_kw = keyword_args("compile", kw, NAMES)?;
    let mut params: [Option<Value>; 6] = std::array::from_fn(|i| args.get(i).cloned());
    for (i, (slot, k)) in params.iter_mut().zip(by_kw).enumerate() {
        if let Some(v) = k {
            if slot.is_some() {
                return Err(type_error(format!(
                    "argument for compile() given by name ('{}') and position ({})",
                    NAMES[i],
                    i + 1
                )));
            }
            *slot = Some(v);
        }
    }
    let [source, filename, mode, flags, _dont_inherit, optimize] = params;
    let (source, filename, mode) = match (source, filename, mode) {
        (Some(s), Some(f), Some(m)) => (s, f, m),
        (s, f, _) => {
            let (name, pos) = if s.is_none() {
                ("source", 1)
            } else if f.is_none() {
                ("filename", 2)
            } else {
                ("mode", 3)
            };
            return Err(type_error(format!(
                "compile() missing required argument '{name}' (pos {pos})"
            )));
        }
    };
    let fname = match filename.payload() {
        Some(Payload::Str(s)) => s.to_rust().into_owned(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name_of(&filename)
            )))
        }
    };
    let Some(mode_s) = mode.as_pystr().map(|s| s.to_rust().into_owned()) else {
        return Err(type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            type_name_of(&mode)
        )));
    };
    let int_arg = |v: &Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(Value::Int(i)) => Ok(*i),
            Some(Value::Bool(b)) => Ok(i64::from(*b)),
            Some(other) => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(other)
            ))),
        }
    };
    let flags = int_arg(&flags, 0)?;
    let optimize = int_arg(&optimize, -1)?;
    if flags & !COMPILE_FLAGS_MASK != 0 {
        return Err(value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(value_error("compile(): invalid optimize value"));
    }
    let m = match mode_s.as_str() {
        "exec" => pyvm_parser::Mode::Exec,
        "eval" => pyvm_parser::Mode::Eval,
        "single" => pyvm_parser::Mode::Single,
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    if flags & 0x400 != 0 {
        // PyCF_ONLY_AST: pyvm has no `ast` module objects to return.
        return Err(PyErr::new(
            &types().not_implemented_error,
            "compile() with ast.PyCF_ONLY_AST is not supported by pyvm",
        ));
    }
    match source_arg(&source, "compile") {
        Ok(Source::Text(t)) => {
            let code = vm.compile_text(&t, &fname, m)?;
            Ok(Value::Obj(Object::new(&types().code, Payload::Code(code))))
        }
        Ok(Source::Code(_)) | Err(_) => Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        )),
    }
}
