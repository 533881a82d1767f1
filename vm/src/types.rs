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
        }

        impl Types {
            /// Built-in exception classes with their Python names, for the builtins module.
            pub fn exception_list(&self) -> Vec<(&'static str, &Obj)> {
                vec![$(($ename, &self.$e),)*]
            }
        }

        fn build() -> Types {
            let object = ty("object", None, Kind::Object, true);
            let type_ = ty("type", Some(&object), Kind::Type, true);
            let mk = |name: &str, kind: Kind, base_ok: bool| ty(name, Some(&object), kind, base_ok);
            let int = mk("int", Kind::Int, true);
            let bool_ = ty("bool", Some(&int), Kind::Bool, false);
            let float = mk("float", Kind::Float, true);
            let complex = mk("complex", Kind::Complex, true);
            let str = mk("str", Kind::Str, true);
            let bytes = mk("bytes", Kind::Bytes, true);
            let tuple = mk("tuple", Kind::Tuple, true);
            let list = mk("list", Kind::List, true);
            let dict = mk("dict", Kind::Dict, true);
            let set = mk("set", Kind::Set, true);
            let frozenset = mk("frozenset", Kind::FrozenSet, true);
            let range = mk("range", Kind::Range, false);
            let slice = mk("slice", Kind::Slice, false);
            let none_type = mk("NoneType", Kind::NoneType, false);
            let function = mk("function", Kind::Function, false);
            let method = mk("method", Kind::BoundMethod, false);
            let builtin_function = mk("builtin_function_or_method", Kind::Builtin, false);
            let method_descriptor = mk("method_descriptor", Kind::Builtin, false);
            let module = mk("module", Kind::Module, true);
            let cell = mk("cell", Kind::Cell, false);
            let code = mk("code", Kind::Code, false);
            let generator = mk("generator", Kind::Generator, false);
            let iterator = mk("iterator", Kind::Iter, false);
            let property = mk("property", Kind::Property, true);
            let classmethod = mk("classmethod", Kind::ClassMethod, true);
            let staticmethod = mk("staticmethod", Kind::StaticMethod, true);
            let not_implemented_type = mk("NotImplementedType", Kind::NotImplemented, false);
            let ellipsis_type = mk("ellipsis", Kind::Ellipsis, false);
            let base_exception = mk("BaseException", Kind::Exception, true);
            $(let $e = exc($ename, &$base);)*
            let not_implemented = Object::new(&not_implemented_type, Payload::NotImplemented);
            let ellipsis = Object::new(&ellipsis_type, Payload::Ellipsis);
            Types { $($t,)* $($e,)* not_implemented, ellipsis }
        }
    };
}

registry! {
    types {
        object, type_, int, bool_, float, complex, str, bytes, tuple, list, dict, set, frozenset,
        range, slice, none_type, function, method, builtin_function, method_descriptor, module,
        cell, code, generator, iterator, property, classmethod, staticmethod,
        not_implemented_type, ellipsis_type, base_exception,
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
    }
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

/// Adds native methods to a type's namespace.
pub(crate) fn add_methods(cls: &Obj, methods: &[(&'static str, NativeFn)], kind: BuiltinKind) {
    let Some(t) = cls.as_type() else { return };
    let owner: Rc<str> = t.name.clone();
    let mut d = t.dict.borrow_mut();
    for &(name, func) in methods {
        let f = Object::new(
            &types().method_descriptor,
            Payload::Builtin(BuiltinFn {
                name,
                func,
                kind,
                owner: Some(owner.clone()),
            }),
        );
        d.set_str(name, Value::Obj(f));
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
    add_methods(&t.base_exception, exception::METHODS, m);
    add_methods(&t.object, object_methods::METHODS, m);
    add_methods(&t.type_, object_methods::TYPE_METHODS, m);
}
