//! The built-in type objects, created once per thread and never freed.
//!
//! Types are immortal in CPython too; leaking one registry per thread lets every part of the VM
//! reach `int`, `str` or `TypeError` through a `&'static` reference without threading a context
//! through each object method.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::object::{Obj, Object, Payload};
use crate::objects::function::{BuiltinFn, BuiltinKind, NativeFn};
use crate::objects::typeobj::{Kind, TypeObject};
use crate::value::Value;

macro_rules! registry {
    (types { $($t:ident),* $(,)? } exceptions { $($e:ident : $ename:literal < $base:ident),* $(,)? }) => {
        /// Every built-in class.
        #[derive(Debug)]
        pub struct Types {
            $(pub $t: Obj,)*
            $(pub $e: Obj,)*
            /// The `NotImplemented` singleton.
            pub not_implemented: Obj,
            /// The `Ellipsis` singleton.
            pub ellipsis: Obj,
            /// `ExceptionGroup`.
            pub exception_group: Obj,
        }

        impl Types {
            /// Built-in exception classes with their Python names, for the builtins module.
            pub fn exception_list(&self) -> Vec<(&'static str, &Obj)> {
                let mut v = vec![$(($ename, &self.$e),)*];
                v.push(("ExceptionGroup", &self.exception_group));
                v.push(("EnvironmentError", &self.os_error));
                v.push(("IOError", &self.os_error));
                v
            }
        }

        fn build() -> Types {
            let mut m: std::collections::HashMap<&'static str, Obj> = base_types();
            $(
                let base = m.get(stringify!($base)).cloned();
                if let Some(b) = base {
                    m.insert(stringify!($e), exc($ename, &b));
                }
            )*
            let get = |m: &std::collections::HashMap<&'static str, Obj>, k: &str| -> Obj {
                match m.get(k) {
                    Some(o) => o.clone(),
                    None => unreachable_type(k),
                }
            };
            // ExceptionGroup(BaseExceptionGroup, Exception): the one built-in class with two bases.
            {
                let beg = get(&m, "base_exception_group");
                let exc_t = get(&m, "exception");
                let bases = vec![beg, exc_t];
                let mro = crate::objects::typeobj::c3_mro(&bases).unwrap_or_default();
                let mut t = TypeObject::builtin("ExceptionGroup", None, Kind::Exception, true);
                *t.bases.get_mut() = bases;
                *t.mro.get_mut() = mro;
                t.instance_dict = true;
                m.insert("exception_group", Object::new_type_object(t));
            }
            {
                let mut all: Vec<(&&str, &Obj)> = m.iter().collect();
                all.sort_by_key(|(k, _)| **k);
                for (_, cls) in all {
                    crate::objects::typeobj::register_subclass(cls);
                }
            }
            let not_implemented = Object::new(&get(&m, "not_implemented_type"), Payload::NotImplemented);
            let ellipsis = Object::new(&get(&m, "ellipsis_type"), Payload::Ellipsis);
            Types {
                $($t: get(&m, stringify!($t)),)*
                $($e: get(&m, stringify!($e)),)*
                not_implemented,
                ellipsis,
                exception_group: get(&m, "exception_group"),
            }
        }
    };
}

/// A registry key that does not exist is a bug in this file (caught by the unit test).
#[cold]
fn unreachable_type(k: &str) -> Obj {
    Object::new_type_object(TypeObject::builtin(k, None, Kind::Object, false))
}

registry! {
    types {
        object, type_, int, bool_, float, complex, str, bytes, tuple, list, dict, set, frozenset,
        range, slice, none_type, function, method, builtin_function, method_descriptor, module,
        cell, code, generator, coroutine, async_generator, super_, member_descriptor, traceback, callable_iterator,
        mappingproxy, iterator, property, classmethod, staticmethod,
        not_implemented_type, ellipsis_type, base_exception,
        enumerate, zip, map, filter, reversed, bytearray,
        list_iterator, tuple_iterator, str_ascii_iterator, str_iterator, bytes_iterator, range_iterator, dict_keyiterator, dict_valueiterator, dict_itemiterator, set_iterator, list_reverseiterator, dict_reversekeyiterator, longrange_iterator, bytearray_iterator, memory_iterator,
        dict_keys, dict_values, dict_items, memoryview,
    }
    exceptions {
        system_exit: "SystemExit" < base_exception,
        keyboard_interrupt: "KeyboardInterrupt" < base_exception,
        generator_exit: "GeneratorExit" < base_exception,
        exception: "Exception" < base_exception,
        stop_iteration: "StopIteration" < exception,
        stop_async_iteration: "StopAsyncIteration" < exception,
        arithmetic_error: "ArithmeticError" < exception,
        floating_point_error: "FloatingPointError" < arithmetic_error,
        overflow_error: "OverflowError" < arithmetic_error,
        zero_division_error: "ZeroDivisionError" < arithmetic_error,
        assertion_error: "AssertionError" < exception,
        attribute_error: "AttributeError" < exception,
        buffer_error: "BufferError" < exception,
        eof_error: "EOFError" < exception,
        import_error: "ImportError" < exception,
        module_not_found_error: "ModuleNotFoundError" < import_error,
        lookup_error: "LookupError" < exception,
        index_error: "IndexError" < lookup_error,
        key_error: "KeyError" < lookup_error,
        memory_error: "MemoryError" < exception,
        name_error: "NameError" < exception,
        unbound_local_error: "UnboundLocalError" < name_error,
        os_error: "OSError" < exception,
        file_not_found_error: "FileNotFoundError" < os_error,
        reference_error: "ReferenceError" < exception,
        runtime_error: "RuntimeError" < exception,
        not_implemented_error: "NotImplementedError" < runtime_error,
        recursion_error: "RecursionError" < runtime_error,
        syntax_error: "SyntaxError" < exception,
        indentation_error: "IndentationError" < syntax_error,
        tab_error: "TabError" < indentation_error,
        system_error: "SystemError" < exception,
        type_error: "TypeError" < exception,
        value_error: "ValueError" < exception,
        unicode_error: "UnicodeError" < value_error,
        unicode_decode_error: "UnicodeDecodeError" < unicode_error,
        unicode_encode_error: "UnicodeEncodeError" < unicode_error,
        warning: "Warning" < exception,
        user_warning: "UserWarning" < warning,
        deprecation_warning: "DeprecationWarning" < warning,
        runtime_warning: "RuntimeWarning" < warning,
        syntax_warning: "SyntaxWarning" < warning,
        future_warning: "FutureWarning" < warning,
        pending_deprecation_warning: "PendingDeprecationWarning" < warning,
        import_warning: "ImportWarning" < warning,
        unicode_warning: "UnicodeWarning" < warning,
        bytes_warning: "BytesWarning" < warning,
        resource_warning: "ResourceWarning" < warning,
        encoding_warning: "EncodingWarning" < warning,
        unicode_translate_error: "UnicodeTranslateError" < unicode_error,
        connection_error: "ConnectionError" < os_error,
        broken_pipe_error: "BrokenPipeError" < connection_error,
        connection_aborted_error: "ConnectionAbortedError" < connection_error,
        connection_refused_error: "ConnectionRefusedError" < connection_error,
        connection_reset_error: "ConnectionResetError" < connection_error,
        blocking_io_error: "BlockingIOError" < os_error,
        child_process_error: "ChildProcessError" < os_error,
        file_exists_error: "FileExistsError" < os_error,
        interrupted_error: "InterruptedError" < os_error,
        is_a_directory_error: "IsADirectoryError" < os_error,
        not_a_directory_error: "NotADirectoryError" < os_error,
        permission_error: "PermissionError" < os_error,
        process_lookup_error: "ProcessLookupError" < os_error,
        timeout_error: "TimeoutError" < os_error,
        base_exception_group: "BaseExceptionGroup" < base_exception,
    }
}

fn base_types() -> std::collections::HashMap<&'static str, Obj> {
    let mut m = std::collections::HashMap::new();
    let object = ty("object", None, Kind::Object, true);
    let type_ = ty("type", Some(&object), Kind::Type, true);
    let int = ty("int", Some(&object), Kind::Int, true);
    let bool_ = ty("bool", Some(&int), Kind::Bool, false);
    m.insert("object", object.clone());
    m.insert("type_", type_);
    m.insert("int", int);
    m.insert("bool_", bool_);
    let simple: &[(&'static str, &str, Kind, bool)] = &[
        ("float", "float", Kind::Float, true),
        ("complex", "complex", Kind::Complex, true),
        ("str", "str", Kind::Str, true),
        ("bytes", "bytes", Kind::Bytes, true),
        ("tuple", "tuple", Kind::Tuple, true),
        ("list", "list", Kind::List, true),
        ("dict", "dict", Kind::Dict, true),
        ("set", "set", Kind::Set, true),
        ("frozenset", "frozenset", Kind::FrozenSet, true),
        ("range", "range", Kind::Range, false),
        ("slice", "slice", Kind::Slice, false),
        ("none_type", "NoneType", Kind::NoneType, false),
        ("function", "function", Kind::Function, false),
        ("method", "method", Kind::BoundMethod, false),
        (
            "builtin_function",
            "builtin_function_or_method",
            Kind::Builtin,
            false,
        ),
        (
            "method_descriptor",
            "method_descriptor",
            Kind::Builtin,
            false,
        ),
        ("module", "module", Kind::Module, true),
        ("cell", "cell", Kind::Cell, false),
        ("code", "code", Kind::Code, false),
        ("generator", "generator", Kind::Generator, false),
        ("coroutine", "coroutine", Kind::Generator, false),
        ("async_generator", "async_generator", Kind::Generator, false),
        ("super_", "super", Kind::Super, true),
        (
            "member_descriptor",
            "member_descriptor",
            Kind::Object,
            false,
        ),
        ("traceback", "traceback", Kind::Object, false),
        ("callable_iterator", "callable_iterator", Kind::Iter, false),
        ("iterator", "iterator", Kind::Iter, false),
        ("property", "property", Kind::Property, true),
        ("classmethod", "classmethod", Kind::ClassMethod, true),
        ("staticmethod", "staticmethod", Kind::StaticMethod, true),
        (
            "not_implemented_type",
            "NotImplementedType",
            Kind::NotImplemented,
            false,
        ),
        ("ellipsis_type", "ellipsis", Kind::Ellipsis, false),
        ("base_exception", "BaseException", Kind::Exception, true),
        ("enumerate", "enumerate", Kind::Iter, true),
        ("zip", "zip", Kind::Iter, true),
        ("map", "map", Kind::Iter, true),
        ("filter", "filter", Kind::Iter, true),
        ("reversed", "reversed", Kind::Iter, true),
        ("bytearray", "bytearray", Kind::Object, true),
        ("list_iterator", "list_iterator", Kind::Iter, false),
        ("tuple_iterator", "tuple_iterator", Kind::Iter, false),
        (
            "str_ascii_iterator",
            "str_ascii_iterator",
            Kind::Iter,
            false,
        ),
        ("str_iterator", "str_iterator", Kind::Iter, false),
        ("bytes_iterator", "bytes_iterator", Kind::Iter, false),
        ("range_iterator", "range_iterator", Kind::Iter, false),
        (
            "longrange_iterator",
            "longrange_iterator",
            Kind::Iter,
            false,
        ),
        (
            "bytearray_iterator",
            "bytearray_iterator",
            Kind::Iter,
            false,
        ),
        ("memory_iterator", "memory_iterator", Kind::Iter, false),
        ("dict_keyiterator", "dict_keyiterator", Kind::Iter, false),
        (
            "dict_valueiterator",
            "dict_valueiterator",
            Kind::Iter,
            false,
        ),
        ("dict_itemiterator", "dict_itemiterator", Kind::Iter, false),
        ("set_iterator", "set_iterator", Kind::Iter, false),
        (
            "list_reverseiterator",
            "list_reverseiterator",
            Kind::Iter,
            false,
        ),
        (
            "dict_reversekeyiterator",
            "dict_reversekeyiterator",
            Kind::Iter,
            false,
        ),
        ("dict_keys", "dict_keys", Kind::Object, false),
        ("dict_values", "dict_values", Kind::Object, false),
        ("dict_items", "dict_items", Kind::Object, false),
        ("memoryview", "memoryview", Kind::Object, false),
    ];
    for &(key, name, kind, base_ok) in simple {
        let t = if kind == Kind::Exception {
            let mut t = TypeObject::builtin(name, Some(&object), kind, base_ok);
            t.instance_dict = true;
            Object::new_type_object(t)
        } else {
            ty(name, Some(&object), kind, base_ok)
        };
        m.insert(key, t);
    }
    // Heap-flagged so that the VM dispatches its native dunders (`__repr__`, `__eq__`, ...).
    let mut mp = TypeObject::builtin("mappingproxy", Some(&object), Kind::Object, false);
    mp.heap = true;
    m.insert("mappingproxy", Object::new_type_object(mp));
    m
}

fn ty(name: &str, base: Option<&Obj>, kind: Kind, base_ok: bool) -> Obj {
    Object::new_type_object(TypeObject::builtin(name, base, kind, base_ok))
}

fn exc(name: &str, base: &Obj) -> Obj {
    let mut t = TypeObject::builtin(name, Some(base), Kind::Exception, true);
    t.instance_dict = true;
    Object::new_type_object(t)
}

thread_local! {
    static TYPES: OnceCell<&'static Types> = const { OnceCell::new() };
}

/// The built-in types of this thread.
#[inline]
pub fn types() -> &'static Types {
    TYPES.with(|cell| {
        if let Some(t) = cell.get() {
            return *t;
        }
        let t: &'static Types = Box::leak(Box::new(build()));
        let _ = cell.set(t);
        populate(t);
        t
    })
}

thread_local! {
    /// CPython's `wrapper_descriptor` (an unbound slot method such as `object.__init__`); it
    /// derives from `method_descriptor` here so that it shares its behaviour.
    static WRAPPER_DESCRIPTOR: Obj = Object::new_type_object(TypeObject::builtin(
        "wrapper_descriptor",
        Some(&types().method_descriptor),
        Kind::Builtin,
        false,
    ));
}

/// Adds native methods to a type's namespace.
pub(crate) fn add_methods(cls: &Obj, methods: &[(&'static str, NativeFn)], kind: BuiltinKind) {
    let Some(t) = cls.as_type() else { return };
    let owner: Rc<str> = t.name.clone();
    let mut d = t.dict.borrow_mut();
    for &(name, func) in methods {
        // Slot methods (`object.__init__`, `int.__add__`) are `wrapper_descriptor`s in CPython.
        let class = if crate::repr::is_slot_name(name) {
            WRAPPER_DESCRIPTOR.with(Obj::clone)
        } else {
            types().method_descriptor.clone()
        };
        let f = Object::new(
            &class,
            Payload::Builtin(BuiltinFn {
                name,
                func,
                kind,
                owner: Some(owner.clone()),
                sig: crate::objects::native_sig::for_method(&owner, name),
            }),
        );
        d.set_str(name, Value::Obj(f));
    }
}

/// Adds native class methods (bound to the class they are looked up on).
pub(crate) fn add_classmethods(cls: &Obj, methods: &[(&'static str, NativeFn)]) {
    let Some(t) = cls.as_type() else { return };
    let owner: Rc<str> = t.name.clone();
    let mut d = t.dict.borrow_mut();
    for &(name, func) in methods {
        let f = Object::new(
            &types().builtin_function,
            Payload::Builtin(BuiltinFn {
                name,
                func,
                kind: BuiltinKind::Function,
                owner: Some(owner.clone()),
                sig: crate::objects::native_sig::for_method(&owner, name),
            }),
        );
        let cm = Object::new(&types().classmethod, Payload::ClassMethod(Value::Obj(f)));
        d.set_str(name, Value::Obj(cm));
    }
}

fn populate(t: &'static Types) {
    use crate::objects::*;
    let m = BuiltinKind::Method;
    add_methods(&t.str, str::METHODS, m);
    add_methods(&t.list, list::METHODS, m);
    add_methods(&t.dict, dict_methods::METHODS, m);
    add_methods(&t.set, set::METHODS, m);
    add_methods(&t.tuple, tuple::METHODS, m);
    add_methods(&t.int, int::METHODS, m);
    add_methods(&t.float, float::METHODS, m);
    add_methods(&t.bytes, bytes::METHODS, m);
    add_methods(&t.generator, generator::METHODS, m);
    add_methods(&t.generator, generator::GEN_ONLY_METHODS, m);
    add_methods(&t.base_exception, exception::METHODS, m);
    add_methods(&t.object, object_methods::METHODS, m);
    add_methods(&t.type_, object_methods::TYPE_METHODS, m);
    add_methods(&t.coroutine, generator::METHODS, m);
    add_methods(&t.coroutine, generator::CORO_ONLY_METHODS, m);
    add_methods(&t.async_generator, generator::ASYNC_METHODS, m);
    add_methods(&t.member_descriptor, crate::class::MEMBER_METHODS, m);
    let f = BuiltinKind::Function;
    add_methods(&t.object, object_methods::OBJECT_STATIC, f);
    add_methods(&t.object, object_methods::OBJECT_CORE, m);
    add_methods(&t.type_, object_methods::TYPE_CORE, m);
    add_classmethods(&t.object, object_methods::OBJECT_CLASSMETHODS);
    add_methods(&t.type_, object_methods::TYPE_STATIC, f);
    add_methods(&t.base_exception, exception::STATIC, f);
    add_methods(&t.base_exception, exception::CORE, m);
    add_methods(&t.super_, crate::class::SUPER_STATIC, f);
    crate::exc_group::register();
    crate::class::register_core();
    crate::typing::register();
    add_methods(&t.mappingproxy, crate::special::MAPPINGPROXY_METHODS, m);
    add_methods(
        &t.mappingproxy,
        crate::special::MAPPINGPROXY_STATIC,
        BuiltinKind::Function,
    );
    add_methods(&t.module, crate::special::MODULE_STATIC, f);
    add_methods(&t.method, crate::special::METHOD_STATIC, f);
    add_methods(&t.base_exception, crate::special::EXC_METHODS, m);
    add_methods(&t.module, crate::special::MODULE_METHODS, m);
    for (cls, statics, inits) in ctor::tables() {
        add_methods(cls, statics, f);
        add_methods(cls, inits, m);
    }
}
