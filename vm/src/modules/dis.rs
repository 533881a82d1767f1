//! `dis`: disassembly of pyvm code objects in CPython's layout (the opcodes are pyvm's).
//!
//! The text and the instruction records come from `pyvm_compiler::dis`; this module adds what
//! needs Python objects: the argument dispatch of `dis.dis` (functions, methods, classes,
//! modules, generators, source strings), the `Instruction` and `Positions` named tuples,
//! `Bytecode`, `code_info`. That part is a short Python prelude ([`PRELUDE`]) run in the
//! module's namespace at import time, because it is mostly attribute probing and printing,
//! which Python says more plainly than Rust; the work per instruction stays native.

use std::collections::HashMap;
use std::rc::Rc;

use pyvm_compiler::code::CodeObject;
use pyvm_compiler::dis::{self as cdis, ArgVal};

use crate::error::{type_error, PyResult};
use crate::object::{Obj, Payload};
use crate::objects::function::CodeData;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

use super::{new_module, run_prelude, set_attr};

/// The Python half of the module (see the module documentation).
const PRELUDE: &str = include_str!("dis_prelude.py");

/// Builds the `dis` module.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "dis",
        &[
            ("_disassemble", dis_disassemble),
            ("_instructions", dis_instructions),
            ("_stacksize", dis_stacksize),
            ("findlinestarts", dis_findlinestarts),
        ],
    );
    let ops = cdis::opcodes();
    let mut names: Vec<Value> = (0..256).map(|i| Value::str(&format!("<{i}>"))).collect();
    let opmap = vm.new_dict();
    for (op, name) in &ops {
        if let Some(slot) = names.get_mut(usize::from(*op)) {
            *slot = Value::str(name);
        }
        if let Value::Obj(d) = &opmap {
            vm.dict_set(d, Value::str(name), Value::Int(i64::from(*op)))?;
        }
    }
    let opname = vm.new_list(names);
    set_attr(&m, "opname", opname);
    set_attr(&m, "opmap", opmap);
    run_prelude(vm, &m, PRELUDE, "dis")?;
    Ok(m)
}

/// The code data of a code-object argument.
fn code_arg(v: Option<&Value>, fname: &str) -> PyResult<Rc<CodeData>> {
    match v.and_then(Value::payload) {
        Some(Payload::Code(c)) => Ok(c.clone()),
        _ => Err(type_error(format!(
            "{fname}() argument must be a code object, not {}",
            v.map_or_else(|| "nothing".to_string(), type_name_of)
        ))),
    }
}

/// Addresses of the code objects among `data`'s constants, recursively, keyed by the compiled
/// code they hold: `Disassembly of <code object ...>` then names the same address as
/// `repr(co.co_consts[i])`.
fn code_addresses(data: &CodeData, out: &mut HashMap<usize, usize>) {
    for v in data.consts.iter() {
        if let Value::Obj(o) = v {
            if let Payload::Code(inner) = &o.payload {
                out.insert(
                    Rc::as_ptr(&inner.code) as usize,
                    Rc::as_ptr(o) as *const u8 as usize,
                );
                code_addresses(inner, out);
            }
        }
    }
}

/// `_disassemble(code, depth, current=None)`: the `dis.dis` text of `code`; `depth` None
/// recurses fully; an int `current` disassembles `code` alone with `-->` at that offset.
fn dis_disassemble(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let data = code_arg(args.first(), "_disassemble")?;
    let depth = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(usize::try_from(crate::builtins::funcs_index(vm, v)?.max(0)).unwrap_or(0)),
    };
    if let Some(Value::Int(current)) = args.get(2) {
        let current = usize::try_from(*current).ok();
        return Ok(Value::str(&cdis::disassemble_marked(&data.code, current)));
    }
    let mut addrs = HashMap::new();
    code_addresses(&data, &mut addrs);
    let repr = |c: &Rc<CodeObject>| {
        let addr = addrs
            .get(&(Rc::as_ptr(c) as usize))
            .copied()
            .unwrap_or(Rc::as_ptr(c) as usize);
        format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name, addr, c.filename, c.firstlineno
        )
    };
    Ok(Value::str(&cdis::disassemble_depth(
        &data.code, depth, &repr,
    )))
}

/// `_instructions(code, line_offset)`: one tuple per instruction, in `Instruction`'s order.
fn dis_instructions(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let data = code_arg(args.first(), "_instructions")?;
    let line_offset = match args.get(1) {
        Some(Value::Int(i)) => *i,
        _ => 0,
    };
    let opt = |v: Option<u32>, off: i64| v.map_or(Value::None, |x| Value::Int(i64::from(x) + off));
    let mut out = Vec::new();
    for info in cdis::instructions(&data.code) {
        let arg = info.arg.map_or(Value::None, |a| Value::Int(i64::from(a)));
        let argval = match &info.argval {
            ArgVal::None => Value::None,
            ArgVal::Jump(t) => Value::Int(*t as i64),
            ArgVal::Const(k) => data.consts.get(*k).cloned().unwrap_or(Value::None),
            ArgVal::Name(n) => Value::str(n),
            ArgVal::Operands(ops) if ops.len() == 1 => Value::Int(ops[0]),
            ArgVal::Operands(ops) => vm.new_tuple(ops.iter().map(|&o| Value::Int(o)).collect()),
        };
        let p = info.position;
        let positions = vm.new_tuple(vec![
            opt(p.line, line_offset),
            opt(p.end_line, line_offset),
            opt(p.col, 0),
            opt(p.end_col, 0),
        ]);
        out.push(vm.new_tuple(vec![
            Value::str(&info.opname),
            Value::Int(i64::from(info.opcode)),
            arg,
            argval,
            Value::str(&info.argrepr),
            Value::Int(info.offset as i64),
            opt(info.starts_line, line_offset),
            Value::Bool(info.is_jump_target),
            positions,
        ]));
    }
    Ok(vm.new_list(out))
}

/// `_stacksize(code)`: what `code_info` shows as the stack size (pyvm's register count).
fn dis_stacksize(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let data = code_arg(args.first(), "_stacksize")?;
    Ok(Value::Int(i64::from(data.code.nregisters)))
}

/// `dis.findlinestarts(code)`: `(offset, lineno)` pairs.
fn dis_findlinestarts(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let data = code_arg(args.first(), "findlinestarts")?;
    let pairs: Vec<Value> = cdis::line_starts(&data.code)
        .into_iter()
        .map(|(off, line)| vm.new_tuple(vec![Value::Int(off as i64), Value::Int(i64::from(line))]))
        .collect();
    let list = vm.new_list(pairs);
    vm.iter(&list)
}
