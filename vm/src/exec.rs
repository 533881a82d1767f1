//! `exec`, `eval` and `compile`, and `SyntaxError` objects made from the parser's errors.

use crate::builtins::take_kwargs;
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
        Err(pyvm_compiler::CompileError::Syntax(se)) => Err(syntax_error(vm, &se, filename, text)),
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
    let t = types();
    let cls = match se.kind {
        pyvm_parser::SyntaxErrorKind::IndentationError => &t.indentation_error,
        pyvm_parser::SyntaxErrorKind::TabError => &t.tab_error,
        pyvm_parser::SyntaxErrorKind::RecursionError => {
            return PyErr::new(&t.recursion_error, se.msg.clone());
        }
        _ => &t.syntax_error,
    };
    let text = source
        .split_inclusive('\n')
        .nth((se.lineno as usize).saturating_sub(1))
        .map(|l| {
            let mut l = l.to_string();
            if !l.ends_with('\n') {
                l.push('\n');
            }
            l
        });
    let text_v = match &text {
        Some(s) if se.lineno > 0 => Value::str(s),
        _ => Value::None,
    };
    let opt = |v: Option<u32>| v.map_or(Value::None, |x| Value::Int(i64::from(x)));
    let details = vm.new_tuple(vec![
        Value::str(filename),
        Value::Int(i64::from(se.lineno)),
        Value::Int(i64::from(se.offset)),
        text_v.clone(),
        opt(se.end_lineno),
        opt(se.end_offset),
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
            t.set_str("end_offset", opt(se.end_offset));
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
            [] => String::new(),
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

fn builtin_exec(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [g_kw, l_kw, _closure] = take_kwargs("exec", kw, ["globals", "locals", "closure"])?;
    if args.is_empty() || args.len() > 3 {
        return Err(type_error(format!(
            "exec expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let src = source_arg(&args[0], "exec")?;
    let code = match src {
        Source::Code(c) => c,
        Source::Text(t) => vm.compile_text(&t, "<string>", pyvm_parser::Mode::Exec)?,
    };
    let (g, l) = vm.namespaces(
        "exec",
        args.get(1).cloned().or(g_kw),
        args.get(2).cloned().or(l_kw),
    )?;
    vm.run_code_with_locals(code, g, l, None)?;
    Ok(Value::None)
}

fn builtin_eval(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [g_kw, l_kw] = take_kwargs("eval", kw, ["globals", "locals"])?;
    if args.is_empty() || args.len() > 3 {
        return Err(type_error(format!(
            "eval expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let src = source_arg(&args[0], "eval")?;
    let code = match src {
        Source::Code(c) => c,
        Source::Text(t) => {
            let t = t.trim_start_matches([' ', '\t']);
            vm.compile_text(t, "<string>", pyvm_parser::Mode::Eval)?
        }
    };
    let (g, l) = vm.namespaces(
        "eval",
        args.get(1).cloned().or(g_kw),
        args.get(2).cloned().or(l_kw),
    )?;
    vm.run_code_with_locals(code, g, l, None)
}

fn builtin_compile(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [source, filename, mode, _flags, _dont_inherit, _optimize] = take_kwargs(
        "compile",
        kw,
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let get = |i: usize, k: Option<Value>| args.get(i).cloned().or(k);
    let (Some(source), Some(filename), Some(mode)) =
        (get(0, source), get(1, filename), get(2, mode))
    else {
        return Err(type_error("compile() missing required argument"));
    };
    let fname = match filename.payload() {
        Some(Payload::Str(s)) => s.to_rust().into_owned(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(type_error(format!(
                "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                type_name_of(&filename)
            )))
        }
    };
    let mode_s = mode
        .as_pystr()
        .map(|s| s.to_rust().into_owned())
        .unwrap_or_default();
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
    match source_arg(&source, "compile") {
        Ok(Source::Code(c)) => Ok(Value::Obj(Object::new(&types().code, Payload::Code(c)))),
        Ok(Source::Text(t)) => {
            let code = vm.compile_text(&t, &fname, m)?;
            Ok(Value::Obj(Object::new(&types().code, Payload::Code(code))))
        }
        Err(_) => Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        )),
    }
}
