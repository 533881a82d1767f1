//! `dis`-style disassembly: CPython 3.12's column layout with pyvm's instructions.
//!
//! Each line: source line number (only where a new line starts), the `>>` jump-target mark, the
//! byte offset (4 × instruction index), the opcode name, the operands and, in parentheses, what
//! they mean (names, constants, local variables, jump targets).

use std::collections::BTreeSet;
use std::fmt::Write;

use pyvm_parser::pyrepr;

use crate::code::{CodeObject, Constant};
use crate::instr::Instr;

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

pub(crate) fn disassemble(code: &CodeObject) -> String {
    disassemble_depth(code, None, &|c| code_repr(c))
}

/// `dis.dis(code, depth=depth)`: the disassembly of `code`, then of the code objects among its
/// constants, depth first, down to `depth` levels (`None`: all, `Some(0)`: only `code`).
/// `repr` names a nested code object in its `Disassembly of ...:` header (the VM passes its
/// own `repr`, so the addresses match what `repr(code)` prints there).
pub fn disassemble_depth(
    code: &CodeObject,
    depth: Option<usize>,
    repr: &dyn Fn(&std::rc::Rc<CodeObject>) -> String,
) -> String {
    let mut out = String::new();
    disassemble_recursive(code, depth, repr, &mut out);
    out
}

fn disassemble_recursive(
    code: &CodeObject,
    depth: Option<usize>,
    repr: &dyn Fn(&std::rc::Rc<CodeObject>) -> String,
    out: &mut String,
) {
    disassemble_one(code, out);
    if depth == Some(0) {
        return;
    }
    for c in code.constants.iter() {
        if let Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", repr(inner));
            disassemble_recursive(inner, depth.map(|d| d - 1), repr, out);
        }
    }
}

/// What an instruction's operands refer to (`Instruction.argval` of CPython's `dis`).
#[derive(Clone, Debug, PartialEq)]
pub enum ArgVal {
    /// The instruction has no operands.
    None,
    /// A jump: the byte offset of the target.
    Jump(usize),
    /// An index into the code's constants.
    Const(usize),
    /// A name (global, attribute, import).
    Name(String),
    /// Plain operands (registers, counts), in field order.
    Operands(Vec<i64>),
}

/// One instruction as `dis.get_instructions` describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct InstrInfo {
    pub opname: String,
    pub opcode: u8,
    /// The operand bits of the instruction word (everything above the opcode byte), `None`
    /// for an instruction without operands.
    pub arg: Option<u32>,
    pub argval: ArgVal,
    pub argrepr: String,
    /// Byte offset (4 × instruction index).
    pub offset: usize,
    /// The source line this instruction starts, if it starts one.
    pub starts_line: Option<u32>,
    pub is_jump_target: bool,
    pub position: crate::code::Position,
}

/// Every instruction of `code` (not of nested code objects), with what `dis` knows about it.
pub fn instructions(code: &CodeObject) -> Vec<InstrInfo> {
    let targets = jump_targets(code);
    let positions: Vec<_> = code.positions.iter().collect();
    let mut last_line: Option<u32> = None;
    let mut out = Vec::with_capacity(code.instructions.len());
    for (idx, instr) in code.instructions.iter().enumerate() {
        let position = positions.get(idx).copied().unwrap_or_default();
        let starts_line = match position.line {
            Some(l) if Some(l) != last_line => {
                last_line = Some(l);
                Some(l)
            }
            _ => None,
        };
        let word = crate::serialize::encode_instr(instr);
        let ops = operands(instr);
        let arg = if ops.is_empty() {
            None
        } else {
            Some(u32::from_le_bytes([word[1], word[2], word[3], 0]))
        };
        let argval = match *instr {
            _ if ops.is_empty() => ArgVal::None,
            Instr::LoadConst { idx, .. } => ArgVal::Const(usize::from(idx)),
            Instr::MakeFunction { code: k, .. } => ArgVal::Const(usize::from(k)),
            _ => match instr.jump_target() {
                Some(t) => ArgVal::Jump(usize::from(t) * 4),
                None => match name_operand(code, idx, instr) {
                    Some(n) => ArgVal::Name(n),
                    None => {
                        ArgVal::Operands(ops.iter().filter_map(|o| o.parse::<i64>().ok()).collect())
                    }
                },
            },
        };
        out.push(InstrInfo {
            opname: instr.opname(),
            opcode: word[0],
            arg,
            argval,
            argrepr: if ops.is_empty() {
                String::new()
            } else {
                argrepr(code, idx, instr)
            },
            offset: idx * 4,
            starts_line,
            is_jump_target: targets.contains(&idx),
            position,
        });
    }
    out
}

/// The name an instruction refers to, for those with a name operand.
fn name_operand(code: &CodeObject, idx: usize, i: &Instr) -> Option<String> {
    let ext = match idx.checked_sub(1).and_then(|p| code.instructions.get(p)) {
        Some(Instr::Extended { arg }) => *arg,
        _ => 0,
    };
    let n = match *i {
        Instr::LoadGlobal { name, .. }
        | Instr::LoadName { name, .. }
        | Instr::StoreGlobal { name, .. }
        | Instr::StoreName { name, .. }
        | Instr::DeleteGlobal { name }
        | Instr::DeleteName { name }
        | Instr::DeleteAttr { name, .. }
        | Instr::LoadMethod { name, .. }
        | Instr::ImportName { name, .. } => name,
        Instr::LoadAttr { name, .. }
        | Instr::StoreAttr { name, .. }
        | Instr::ImportFrom { name, .. } => (ext << 8) | u16::from(name),
        _ => return None,
    };
    code.names.get(usize::from(n)).map(|s| s.to_string())
}

/// `dis.findlinestarts`: (byte offset, line) for each instruction that starts a new line.
pub fn line_starts(code: &CodeObject) -> Vec<(usize, u32)> {
    let mut last: Option<u32> = None;
    let mut out = Vec::new();
    for (idx, p) in code.positions.iter().enumerate() {
        if let Some(l) = p.line {
            if Some(l) != last {
                out.push((idx * 4, l));
                last = Some(l);
            }
        }
    }
    out
}

/// Every opcode with its name (`dis.opmap`), in opcode order.
pub fn opcodes() -> Vec<(u8, String)> {
    let mut out = Vec::new();
    for op in 0..=255u8 {
        let found = [[op, 0, 0, 0], [op, 1, 0, 0], [op, 1, 1, 0], [op, 1, 1, 1]]
            .into_iter()
            .find_map(crate::serialize::decode_instr);
        if let Some(i) = found {
            out.push((op, i.opname()));
        }
    }
    out
}

/// Indices of the instructions that are jump or exception-handler targets.
fn jump_targets(code: &CodeObject) -> BTreeSet<usize> {
    code.instructions
        .iter()
        .enumerate()
        .filter_map(|(idx, i)| jump_target_of(&code.instructions, idx, i))
        .chain(code.exception_table.iter().map(|e| e.handler as usize))
        .collect()
}

/// `repr()` of a code object, as CPython prints it.
pub(crate) fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.name, code as *const CodeObject as usize, code.filename, code.firstlineno
    )
}

/// `repr()` of a constant.
pub(crate) fn const_repr(c: &Constant) -> String {
    let mut s = String::new();
    match c {
        Constant::None => s.push_str("None"),
        Constant::Ellipsis => s.push_str("Ellipsis"),
        Constant::Bool(true) => s.push_str("True"),
        Constant::Bool(false) => s.push_str("False"),
        Constant::Int(i) => {
            let _ = write!(s, "{i}");
        }
        Constant::BigInt(d) => s.push_str(d),
        Constant::Float(f) => pyrepr::write_float_repr(&mut s, *f, true),
        Constant::Complex { real, imag } => pyrepr::write_complex_repr(&mut s, *real, *imag),
        Constant::Str(t) => pyrepr::write_plain_str_repr(&mut s, t),
        Constant::StrCodePoints(cps) => {
            let mut bytes = Vec::new();
            for &cp in cps.iter() {
                pyvm_parser::ast::push_code_point(&mut bytes, cp);
            }
            match pyvm_parser::ast::StrValue::from_generalized_utf8(&bytes) {
                Some(v) => pyrepr::write_str_repr(&mut s, &v),
                None => s.push_str("'?'"),
            }
        }
        Constant::Bytes(b) => pyrepr::write_bytes_repr(&mut s, b),
        Constant::Tuple(items) => {
            s.push('(');
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&const_repr(it));
            }
            if items.len() == 1 {
                s.push(',');
            }
            s.push(')');
        }
        Constant::FrozenSet(items) => {
            s.push_str("frozenset({");
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&const_repr(it));
            }
            s.push_str("})");
        }
        Constant::Code(c) => s.push_str(&code_repr(c)),
    }
    s
}

/// The operands of an instruction as numbers, from its `Debug` form (field order).
fn operands(i: &Instr) -> Vec<String> {
    let dbg = format!("{i:?}");
    let Some(open) = dbg.find('{') else {
        return Vec::new();
    };
    let inner = dbg.get(open + 1..dbg.len().saturating_sub(1)).unwrap_or("");
    inner
        .split(',')
        .filter_map(|f| f.split(':').nth(1).map(|v| v.trim().to_string()))
        .collect()
}

/// The disassembly of `code` alone, with `-->` marking the instruction at byte offset
/// `current` (`dis.disassemble(co, lasti)`, `Bytecode(current_offset=...)`, `distb`).
pub fn disassemble_marked(code: &CodeObject, current: Option<usize>) -> String {
    let mut out = String::new();
    disassemble_one_marked(code, &mut out, current);
    out
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    disassemble_one_marked(code, out, None);
}

fn disassemble_one_marked(code: &CodeObject, out: &mut String, current: Option<usize>) {
    let positions: Vec<_> = code.positions.iter().collect();
    let targets = jump_targets(code);
    let maxline = positions.iter().filter_map(|p| p.line).max().unwrap_or(0);
    let lineno_width = if maxline >= 1000 {
        maxline.to_string().len()
    } else {
        3
    };
    let maxoffset = code.instructions.len().saturating_sub(1) * 4;
    let offset_width = if maxoffset >= 10000 {
        maxoffset.to_string().len()
    } else {
        4
    };
    let mut last_line: Option<u32> = None;
    for (idx, instr) in code.instructions.iter().enumerate() {
        let line = positions.get(idx).and_then(|p| p.line);
        let starts_line = match line {
            Some(l) if Some(l) != last_line => {
                last_line = Some(l);
                Some(l)
            }
            _ => None,
        };
        if starts_line.is_some() && idx > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        match starts_line {
            Some(l) => fields.push(format!("{l:>lineno_width$}")),
            None => fields.push(" ".repeat(lineno_width)),
        }
        fields.push(
            if current == Some(idx * 4) {
                "-->"
            } else {
                "   "
            }
            .to_string(),
        );
        fields.push(if targets.contains(&idx) { ">>" } else { "  " }.to_string());
        fields.push(format!("{:>offset_width$}", idx * 4));
        fields.push(format!("{:<OPNAME_WIDTH$}", instr.opname()));
        let ops = operands(instr);
        if !ops.is_empty() {
            fields.push(format!("{:>OPARG_WIDTH$}", ops.join(" ")));
            let r = argrepr(code, idx, instr);
            if !r.is_empty() {
                fields.push(format!("({r})"));
            }
        }
        let line = fields.join(" ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in code.exception_table.iter() {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [r{}]",
                e.start * 4,
                (e.end.saturating_sub(1)) * 4,
                e.handler * 4,
                e.exc_reg
            );
        }
    }
}

/// Jump target of instruction `idx`: its own target, or for a fused compare-and-branch the
/// target of the `Jump` that follows it.
fn jump_target_of(instrs: &[Instr], idx: usize, i: &Instr) -> Option<usize> {
    let _ = (instrs, idx);
    i.jump_target().map(usize::from)
}

fn reg_name(code: &CodeObject, idx: usize, r: u8) -> String {
    // An inlined comprehension's variable (the innermost one holding this register).
    if let Some(v) = code.comp_locals_at(idx).filter(|v| v.reg == r).last() {
        return v.name.to_string();
    }
    let r = usize::from(r);
    if code.flags & crate::code::flags::OPTIMIZED != 0 {
        if let Some(n) = code.varnames.get(r) {
            return n.to_string();
        }
    }
    let nv = if code.flags & crate::code::flags::OPTIMIZED != 0 {
        code.varnames.len()
    } else {
        0
    };
    // cells that are not parameters, then free variables
    let extra_cells: Vec<&str> = code
        .cellvars
        .iter()
        .filter(|c| !(code.flags & crate::code::flags::OPTIMIZED != 0 && code.varnames.contains(c)))
        .map(|c| &**c)
        .chain(code.freevars.iter().map(|c| &**c))
        .collect();
    if r >= nv {
        if let Some(n) = extra_cells.get(r - nv) {
            return n.to_string();
        }
    }
    String::new()
}

fn argrepr(code: &CodeObject, idx: usize, i: &Instr) -> String {
    let name = |n: u16| -> String {
        code.names
            .get(usize::from(n))
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    // `Extended` prefix applies to the u8 name operand of the next instruction
    let ext = if idx > 0 {
        match code.instructions.get(idx - 1) {
            Some(Instr::Extended { arg }) => *arg,
            _ => 0,
        }
    } else {
        0
    };
    let name8 = |n: u8| name((ext << 8) | u16::from(n));
    let konst = |k: u16| -> String {
        code.constants
            .get(usize::from(k))
            .map(const_repr)
            .unwrap_or_default()
    };
    let regs = |rs: &[u8]| -> String {
        rs.iter()
            .map(|&r| reg_name(code, idx, r))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let join = |parts: Vec<String>| -> String {
        parts
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match *i {
        Instr::LoadConst { dst, idx } => join(vec![regs(&[dst]), konst(idx)]),
        Instr::LoadInt { dst, val } => join(vec![regs(&[dst]), val.to_string()]),
        Instr::LoadGlobal { dst, name: n } | Instr::LoadName { dst, name: n } => {
            join(vec![regs(&[dst]), name(n)])
        }
        Instr::StoreGlobal { src, name: n } | Instr::StoreName { src, name: n } => {
            join(vec![name(n), regs(&[src])])
        }
        Instr::DeleteGlobal { name: n } | Instr::DeleteName { name: n } => name(n),
        Instr::CheckBound { reg, name: n } => code
            .varnames
            .get(usize::from(n))
            .map(|s| s.to_string())
            .unwrap_or_else(|| regs(&[reg])),
        Instr::LoadAttr { dst, obj, name: n } => join(vec![regs(&[dst, obj]), name8(n)]),
        Instr::StoreAttr { obj, name: n, src } => join(vec![regs(&[obj]), name8(n), regs(&[src])]),
        Instr::DeleteAttr { obj, name: n } => join(vec![regs(&[obj]), name(n)]),
        Instr::LoadMethod { dst, name: n } => join(vec![regs(&[dst]), name(n)]),
        Instr::ImportName { dst, name: n } => join(vec![regs(&[dst]), name(n)]),
        Instr::ImportFrom {
            dst,
            module,
            name: n,
        } => join(vec![regs(&[dst, module]), name8(n)]),
        Instr::MakeFunction { dst, code: k } => join(vec![regs(&[dst]), konst(k)]),
        Instr::SetFunctionAttr { what, .. } => format!("{what:?}").to_lowercase(),
        Instr::Jump { target } => format!("to {}", usize::from(target) * 4),
        Instr::JumpIfFalse { cond, target } | Instr::JumpIfTrue { cond, target } => join(vec![
            regs(&[cond]),
            format!("to {}", usize::from(target) * 4),
        ]),
        Instr::JumpIfNone { src, target } | Instr::JumpIfNotNone { src, target } => join(vec![
            regs(&[src]),
            format!("to {}", usize::from(target) * 4),
        ]),
        Instr::ForIter { iter, target } => join(vec![
            regs(&[iter]),
            format!("to {}", usize::from(target) * 4),
        ]),
        Instr::FormatValue { conv, .. } => {
            let c = match conv & 3 {
                1 => "str",
                2 => "repr",
                3 => "ascii",
                _ => "",
            };
            let spec = if conv & 4 != 0 { "with format" } else { "" };
            join(vec![c.to_string(), spec.to_string()])
        }
        Instr::Raise { kind, .. } => match kind {
            0 => "reraise".to_string(),
            2 => "from".to_string(),
            _ => String::new(),
        },
        _ => {
            // Register operands: name the locals among them.
            let ops: Vec<u8> = operands(i)
                .iter()
                .filter_map(|s| s.parse::<u8>().ok())
                .collect();
            match i {
                Instr::Move { .. }
                | Instr::LoadDeref { .. }
                | Instr::StoreDeref { .. }
                | Instr::DeleteDeref { .. }
                | Instr::MakeCell { .. }
                | Instr::DeleteFast { .. }
                | Instr::Return { .. } => regs(&ops),
                _ => {
                    if i.opname().starts_with("JUMP_IF_NOT") {
                        regs(&ops)
                    } else {
                        String::new()
                    }
                }
            }
        }
    }
}
