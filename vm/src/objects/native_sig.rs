//! Argument-count checks for native methods, derived from CPython's recorded text signatures.
//!
//! Most of pyvm's native methods read their arguments by position and used to ignore extra
//! ones (`[].append(1, 2)` appended 1), while CPython rejects such calls before the method runs.
//! CPython's checks come from how each method is declared (`METH_NOARGS`, `METH_O`, or an
//! Argument Clinic parser), and the text signature recorded in `builtin_docs` tells us which:
//! `($self, /)` is `METH_NOARGS`, `($self, x, /)` is `METH_O`, other positional-only signatures
//! use Clinic's positional check, and signatures with keyword parameters use Clinic's keyword
//! parser. Each has its own message wording, reproduced here. The signature is parsed once when
//! the method is installed on its type, so a call pays only a few integer comparisons.

use std::rc::Rc;

use crate::error::{type_error, PyResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::{type_of, KwArgs};

/// The most parameters a checked signature may have (longer ones stay unchecked).
const MAX_PARAMS: usize = 8;

/// One parameter of a text signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Param {
    name: &'static str,
    required: bool,
}

/// How CPython checks the arguments of one native method.
#[derive(Debug, PartialEq, Eq)]
pub struct NativeSig {
    /// Whether the first argument is the receiver (`$self` / `$type`), not counted in messages.
    bound: bool,
    /// Whether the receiver must be an instance of the owning type (`$self`, not `$type`).
    instance: bool,
    shape: Shape,
}

#[derive(Debug, PartialEq, Eq)]
enum Shape {
    /// A slot wrapper (`int.__add__`): `check_num_args` / `PyArg_UnpackTuple` wording.
    Slot { min: usize, max: usize },
    /// `METH_NOARGS`.
    NoArgs,
    /// `METH_O`.
    One,
    /// `METH_VARARGS` taking any number of positional arguments (`set.union`).
    AnyPositional,
    /// `METH_VARARGS` with `PyArg_ParseTuple` (`str.find`): its own wording.
    ParseTuple { min: usize, max: usize },
    /// Clinic, positional-only parameters: `_PyArg_CheckPositional`.
    Positional { min: usize, max: usize },
    /// Clinic with keyword parameters: `_PyArg_UnpackKeywords`.
    Keywords {
        params: [Option<Param>; MAX_PARAMS],
        /// Parameters before `/`.
        posonly: usize,
        /// Parameters before `*` (or all of them).
        maxpos: usize,
        /// Required positional-only parameters.
        min_posonly: usize,
    },
}

impl NativeSig {
    /// Reads a text signature such as `"($self, /, sep=None, maxsplit=-1)"`. `None` when the
    /// method takes `*args`/`**kwargs` or the text is not understood: such methods check their
    /// own arguments.
    pub(crate) fn parse(text: &'static str) -> Option<NativeSig> {
        let inner = text.trim().strip_prefix('(')?.strip_suffix(')')?;
        let mut parts = split_params(inner).into_iter().peekable();
        let (bound, instance) = match parts.peek() {
            Some(p) if p.starts_with('$') => {
                let instance = match *p {
                    "$self" => true,
                    "$type" | "$cls" => false,
                    _ => return None,
                };
                parts.next();
                (true, instance)
            }
            _ => (false, false),
        };
        let mut params: [Option<Param>; MAX_PARAMS] = [None; MAX_PARAMS];
        let mut count = 0usize;
        let mut posonly = 0usize;
        let mut maxpos: Option<usize> = None;
        let mut has_slash = false;
        for p in parts {
            match p {
                "/" => {
                    posonly = count;
                    has_slash = true;
                }
                "*" => maxpos = Some(count),
                _ if p.starts_with('*') || p.starts_with('[') => return None,
                _ => {
                    let (name, required) = match p.split_once('=') {
                        Some((n, _)) => (n.trim(), false),
                        None => (p, true),
                    };
                    if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                        return None;
                    }
                    let slot = params.get_mut(count)?;
                    *slot = Some(Param { name, required });
                    count += 1;
                }
            }
        }
        if !has_slash {
            posonly = 0;
        }
        let maxpos = maxpos.unwrap_or(count);
        let shape = if posonly == count {
            let min = params.iter().flatten().filter(|p| p.required).count();
            match (bound, count, min) {
                (true, 0, _) => Shape::NoArgs,
                (true, 1, 1) => Shape::One,
                _ => Shape::Positional { min, max: count },
            }
        } else {
            let min_posonly = params
                .iter()
                .take(posonly)
                .flatten()
                .filter(|p| p.required)
                .count();
            Shape::Keywords {
                params,
                posonly,
                maxpos,
                min_posonly,
            }
        };
        Some(NativeSig {
            bound,
            instance,
            shape,
        })
    }

    /// Checks a call's arguments (the receiver included in `args` when the method is bound) the
    /// way CPython does before running the method. `owner.name` is the method's display name in
    /// messages such as `list.append() takes exactly one argument (2 given)`.
    pub(crate) fn check(
        &self,
        owner: Option<&Rc<str>>,
        name: &str,
        args: &[Value],
        kw: &KwArgs,
    ) -> PyResult<()> {
        let slot = matches!(self.shape, Shape::Slot { .. });
        if self.bound && args.is_empty() {
            if let Some(o) = owner {
                return Err(type_error(if slot {
                    format!("descriptor '{name}' of '{o}' object needs an argument")
                } else {
                    format!("unbound method {o}.{name}() needs an argument")
                }));
            }
        }
        if self.instance {
            if let (Some(o), Some(receiver)) = (owner, args.first()) {
                let t = type_of(receiver);
                let owned = |c: &Obj| c.as_type().is_some_and(|ty| Rc::ptr_eq(&ty.name, o));
                if !owned(t)
                    && !t
                        .as_type()
                        .is_some_and(|ty| ty.mro.borrow().iter().any(owned))
                {
                    let tn = crate::vm::type_name_of(receiver);
                    return Err(type_error(if slot {
                        format!("descriptor '{name}' requires a '{o}' object but received a '{tn}'")
                    } else {
                        format!("descriptor '{name}' for '{o}' objects doesn't apply to a '{tn}' object")
                    }));
                }
            }
        }
        let nargs = if self.bound {
            args.len().saturating_sub(1)
        } else {
            args.len()
        };
        let qual = || match owner {
            Some(o) => format!("{o}.{name}()"),
            None => format!("{name}()"),
        };
        match &self.shape {
            Shape::Slot { min, max } => {
                if !kw.is_empty() {
                    return Err(type_error(format!(
                        "wrapper {name}() takes no keyword arguments"
                    )));
                }
                let (min, max) = (*min, *max);
                if nargs < min || nargs > max {
                    let msg = if min == max && max <= 1 {
                        format!("expected {max} argument{}, got {nargs}", plural(max))
                    } else {
                        let (how, n) = match (min == max, nargs < min) {
                            (true, _) => ("", min),
                            (false, true) => ("at least ", min),
                            (false, false) => ("at most ", max),
                        };
                        format!(" expected {how}{n} argument{}, got {nargs}", plural(n))
                    };
                    return Err(type_error(msg));
                }
            }
            Shape::NoArgs => {
                if !kw.is_empty() {
                    return Err(type_error(format!("{} takes no keyword arguments", qual())));
                }
                if nargs != 0 {
                    return Err(type_error(format!(
                        "{} takes no arguments ({nargs} given)",
                        qual()
                    )));
                }
            }
            Shape::One => {
                if !kw.is_empty() {
                    return Err(type_error(format!("{} takes no keyword arguments", qual())));
                }
                if nargs != 1 {
                    return Err(type_error(format!(
                        "{} takes exactly one argument ({nargs} given)",
                        qual()
                    )));
                }
            }
            Shape::AnyPositional => {
                if !kw.is_empty() {
                    return Err(type_error(format!("{} takes no keyword arguments", qual())));
                }
            }
            Shape::ParseTuple { min, max } => {
                if !kw.is_empty() {
                    return Err(type_error(format!("{} takes no keyword arguments", qual())));
                }
                let (min, max) = (*min, *max);
                if nargs < min || nargs > max {
                    let (how, n) = if nargs < min {
                        ("least", min)
                    } else {
                        ("most", max)
                    };
                    return Err(type_error(format!(
                        "{name}() takes at {how} {n} argument{} ({nargs} given)",
                        plural(n)
                    )));
                }
            }
            Shape::Positional { min, max } => {
                if !kw.is_empty() {
                    return Err(type_error(format!("{} takes no keyword arguments", qual())));
                }
                let (min, max) = (*min, *max);
                if nargs < min || nargs > max {
                    let (how, n) = match (min == max, nargs < min) {
                        (true, _) => ("", min),
                        (false, true) => ("at least ", min),
                        (false, false) => ("at most ", max),
                    };
                    return Err(type_error(format!(
                        "{name} expected {how}{n} argument{}, got {nargs}",
                        plural(n)
                    )));
                }
            }
            Shape::Keywords {
                params,
                posonly,
                maxpos,
                min_posonly,
            } => return check_keywords(name, params, *posonly, *maxpos, *min_posonly, nargs, kw),
        }
        Ok(())
    }
}

/// Clinic's keyword parser: counts first, then missing required arguments, then stray names.
fn check_keywords(
    name: &str,
    params: &[Option<Param>; MAX_PARAMS],
    posonly: usize,
    maxpos: usize,
    min_posonly: usize,
    nargs: usize,
    kw: &KwArgs,
) -> PyResult<()> {
    let maxargs = params.iter().flatten().count();
    let total = nargs + kw.len();
    if total > maxargs {
        return Err(type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({total} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs)
        )));
    }
    if nargs > maxpos {
        if maxpos == 0 {
            return Err(type_error(format!(
                "{name}() takes no positional arguments"
            )));
        }
        return Err(type_error(format!(
            "{name}() takes {} {maxpos} positional argument{} ({nargs} given)",
            if min_posonly < maxpos {
                "at most"
            } else {
                "exactly"
            },
            plural(maxpos)
        )));
    }
    if nargs < min_posonly {
        return Err(type_error(format!(
            "{name}() takes {} {min_posonly} positional argument{} ({nargs} given)",
            if min_posonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            plural(min_posonly)
        )));
    }
    let kw_name = |k: &Value| k.as_pystr().map(|s| s.to_rust().into_owned());
    let given_by_name = |p: &str| kw.iter().any(|(k, _)| kw_name(k).as_deref() == Some(p));
    for (i, p) in params.iter().flatten().enumerate().skip(nargs) {
        if i >= posonly && p.required && !given_by_name(p.name) {
            return Err(type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                p.name,
                i + 1
            )));
        }
    }
    for (k, _) in kw {
        let Some(k) = kw_name(k) else { continue };
        match params.iter().flatten().position(|p| p.name == k) {
            Some(i) if i >= posonly && i < nargs => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) if i >= posonly => {}
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Splits a parameter list at top-level commas (defaults may hold quoted commas or brackets).
fn split_params(s: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut start = 0usize;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                if let Some(part) = s.get(start..i) {
                    out.push(part.trim());
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if let Some(part) = s.get(start..) {
        if !part.trim().is_empty() {
            out.push(part.trim());
        }
    }
    out
}

/// `check_sig!("(a, b=1, /)", "name", args, kw)`: [`check_args`] with a per-call-site cache.
macro_rules! check_sig {
    ($text:expr, $name:expr, $args:expr, $kw:expr) => {{
        static SIG: std::sync::OnceLock<Option<$crate::objects::native_sig::NativeSig>> =
            std::sync::OnceLock::new();
        $crate::objects::native_sig::check_args(&SIG, $text, $name, $args, $kw)
    }};
}
pub(crate) use check_sig;

/// Checks `args`/`kw` against a signature written at the call site, for natives that are not
/// installed through a method table (constructors, `exec`, `compile`): `text` is parsed once into
/// `cell`. `name` is the function's name in messages.
pub(crate) fn check_args(
    cell: &'static std::sync::OnceLock<Option<NativeSig>>,
    text: &'static str,
    name: &str,
    args: &[Value],
    kw: &KwArgs,
) -> PyResult<()> {
    match cell.get_or_init(|| NativeSig::parse(text)) {
        Some(sig) => sig.check(None, name, args, kw),
        None => Ok(()),
    }
}

/// The checks for a native method installed on a type, if CPython's are known.
pub(crate) fn for_method(owner: &str, name: &str) -> Option<&'static NativeSig> {
    let mut sig = match crate::objects::builtin_docs::builtin_text_signature(Some(owner), name) {
        Some(text) => NativeSig::parse(text)?,
        None => without_signature(owner, name)?,
    };
    // Most dunders are slot wrappers in CPython, with their own wording; these few are
    // ordinary `METH_O` methods (`METH_COEXIST`) on these types.
    let real_method = matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    );
    if crate::repr::is_slot_name(name) && !real_method {
        let (min, max) = match sig.shape {
            Shape::NoArgs => (0, 0),
            Shape::One => (1, 1),
            Shape::Positional { min, max } => (min, max),
            _ => return None,
        };
        if !sig.bound {
            return None;
        }
        sig.shape = Shape::Slot { min, max };
    }
    Some(&*Box::leak(Box::new(sig)))
}

/// The common methods CPython declares without a text signature (plain `METH_NOARGS`,
/// `METH_O` or `PyArg_ParseTuple` methods), by the messages CPython 3.12 gives for them.
fn without_signature(owner: &str, name: &str) -> Option<NativeSig> {
    const NOARGS: &[&str] = &[
        "dict.clear",
        "dict.copy",
        "dict.items",
        "dict.keys",
        "dict.values",
        "set.clear",
        "set.copy",
        "set.pop",
        "frozenset.copy",
        "int.conjugate",
    ];
    const BYTES_NOARGS: &[&str] = &[
        "capitalize",
        "isalnum",
        "isalpha",
        "isascii",
        "isdigit",
        "islower",
        "isspace",
        "istitle",
        "isupper",
        "lower",
        "swapcase",
        "title",
        "upper",
    ];
    const ONE: &[&str] = &[
        "str.format_map",
        "set.add",
        "set.discard",
        "set.remove",
        "set.isdisjoint",
        "set.issubset",
        "set.issuperset",
        "set.symmetric_difference",
        "set.symmetric_difference_update",
        "frozenset.isdisjoint",
        "frozenset.issubset",
        "frozenset.issuperset",
        "frozenset.symmetric_difference",
        "range.count",
        "range.index",
    ];
    const VARARGS: &[&str] = &[
        "set.union",
        "set.update",
        "set.intersection",
        "set.intersection_update",
        "set.difference",
        "set.difference_update",
        "frozenset.union",
        "frozenset.intersection",
        "frozenset.difference",
    ];
    const SEARCH: &[&str] = &[
        "count",
        "endswith",
        "find",
        "index",
        "rfind",
        "rindex",
        "startswith",
    ];
    let key = format!("{owner}.{name}");
    let bytes_like = matches!(owner, "bytes" | "bytearray");
    let shape = if NOARGS.contains(&key.as_str()) || (bytes_like && BYTES_NOARGS.contains(&name)) {
        Shape::NoArgs
    } else if ONE.contains(&key.as_str()) {
        Shape::One
    } else if VARARGS.contains(&key.as_str()) {
        Shape::AnyPositional
    } else if matches!(owner, "str" | "bytes" | "bytearray") && SEARCH.contains(&name) {
        Shape::ParseTuple { min: 1, max: 3 }
    } else {
        return None;
    };
    Some(NativeSig {
        bound: true,
        instance: true,
        shape,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(sig: &'static str, owner: &str, name: &str, nargs: usize, kw: &[&str]) -> String {
        let s = NativeSig::parse(sig).expect("parses");
        // The receiver: an int, with the owner named after the real `int` type so the
        // receiver check passes; the owner's name in messages is then replaced for reading.
        let int_name = crate::types::types()
            .int
            .as_type()
            .expect("type")
            .name
            .clone();
        let mut args = vec![Value::Int(0)];
        args.extend(std::iter::repeat_n(Value::Int(1), nargs));
        let kw: Vec<(Value, Value)> = kw.iter().map(|k| (Value::str(k), Value::None)).collect();
        match s.check(Some(&int_name), name, &args, &kw) {
            Ok(()) => "ok".to_string(),
            Err(e) => {
                let items = e.state().expect("exception").borrow().arg_items();
                let msg = items.first().and_then(Value::as_pystr).expect("message");
                msg.to_rust().replace("int.", &format!("{owner}."))
            }
        }
    }

    #[test]
    fn meth_noargs_and_o() {
        assert_eq!(
            err("($self, /)", "list", "copy", 1, &[]),
            "list.copy() takes no arguments (1 given)"
        );
        assert_eq!(
            err("($self, object, /)", "list", "append", 2, &[]),
            "list.append() takes exactly one argument (2 given)"
        );
        assert_eq!(
            err("($self, object, /)", "list", "append", 0, &["x"]),
            "list.append() takes no keyword arguments"
        );
        assert_eq!(err("($self, object, /)", "list", "append", 1, &[]), "ok");
    }

    #[test]
    fn clinic_positional() {
        let s = "($self, index=-1, /)";
        assert_eq!(
            err(s, "list", "pop", 2, &[]),
            "pop expected at most 1 argument, got 2"
        );
        let s = "($self, index, object, /)";
        assert_eq!(
            err(s, "list", "insert", 1, &[]),
            "insert expected 2 arguments, got 1"
        );
    }

    #[test]
    fn clinic_keywords() {
        let s = "($self, /, sep=None, maxsplit=-1)";
        assert_eq!(
            err(s, "str", "split", 3, &[]),
            "split() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            err(s, "str", "split", 0, &["x"]),
            "'x' is an invalid keyword argument for split()"
        );
        assert_eq!(
            err(s, "str", "split", 1, &["sep"]),
            "argument for split() given by name ('sep') and position (1)"
        );
        let s = "($self, /, *, key=None, reverse=False)";
        assert_eq!(
            err(s, "list", "sort", 1, &[]),
            "sort() takes no positional arguments"
        );
        let s = "($type, /, bytes, byteorder='big', *, signed=False)";
        assert_eq!(
            err(s, "int", "from_bytes", 0, &[]),
            "from_bytes() missing required argument 'bytes' (pos 1)"
        );
        let s = "($self, /, keepends=False)";
        assert_eq!(
            err(s, "str", "splitlines", 0, &["keepends", "x"]),
            "splitlines() takes at most 1 keyword argument (2 given)"
        );
    }

    #[test]
    fn receiver_must_be_an_instance() {
        let s = NativeSig::parse("($self, /)").expect("parses");
        let name = crate::types::types()
            .list
            .as_type()
            .expect("type")
            .name
            .clone();
        assert!(s.check(Some(&name), "copy", &[Value::Int(1)], &[]).is_err());
        assert!(s.check(Some(&name), "copy", &[], &[]).is_err());
    }

    #[test]
    fn variadic_is_unchecked() {
        assert!(NativeSig::parse("($self, /, *args, **kwargs)").is_none());
        assert!(NativeSig::parse("($module, x, /)").is_none());
    }
}
