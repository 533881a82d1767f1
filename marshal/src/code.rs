//! Code objects: CPython's layouts for 3.0–3.13, chosen by the Python version.
//!
//! The fields of a `TYPE_CODE` object changed three times (see the pyc spec, section 3.7):
//! layout A (3.0–3.7), B (3.8–3.10: `posonlyargcount` added) and C (3.11–3.13: `nlocals`,
//! `varnames`, `freevars`, `cellvars` folded into `localsplusnames` + `localspluskinds`;
//! `qualname` and `exceptiontable` added). [`CpythonCode`] holds the union of the fields, with
//! `Option` for the ones a layout lacks, so a reader of any version sees one type.
//!
//! Object-valued fields are [`ObjId`]s into the heap rather than owned values: CPython shares
//! them between code objects through references (one filename for a whole module, one empty
//! bytes object for every empty exception table), and keeping the ids is what lets a `.pyc` be
//! written back byte for byte.
//!
//! [`Code`] is an enum so that pyvm's own code layout can be added as a second variant later.

use crate::linetable::{self, ExceptionEntry, LineRange, Position};
use crate::value::{Heap, ObjId, Value};

/// A CPython version, `3.minor`. It decides the code layout and the line-table format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PythonVersion {
    /// Major version (3).
    pub major: u8,
    /// Minor version (6 to 13).
    pub minor: u8,
}

impl PythonVersion {
    /// CPython 3.12, the version pyvm implements and the default of [`crate::loads`].
    pub const V3_12: PythonVersion = PythonVersion::new(3, 12);

    /// `major.minor`.
    pub const fn new(major: u8, minor: u8) -> Self {
        PythonVersion { major, minor }
    }

    /// The code-object layout this version writes.
    pub fn layout(self) -> CodeLayout {
        match (self.major, self.minor) {
            (3, 0..=7) | (0..=2, _) => CodeLayout::A,
            (3, 8..=10) => CodeLayout::B,
            _ => CodeLayout::C,
        }
    }
}

impl std::fmt::Display for PythonVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// The field order of a CPython code object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeLayout {
    /// 3.0–3.7: argcount, kwonlyargcount, nlocals, stacksize, flags, code, consts, names,
    /// varnames, freevars, cellvars, filename, name, firstlineno, lnotab.
    A,
    /// 3.8–3.10: layout A with posonlyargcount after argcount.
    B,
    /// 3.11–3.13: argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code, consts,
    /// names, localsplusnames, localspluskinds, filename, name, qualname, firstlineno,
    /// linetable, exceptiontable.
    C,
}

/// A code object of some implementation.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Code {
    /// A CPython code object, as found in CPython's `.pyc` files.
    CPython(CpythonCode),
}

impl Code {
    /// The CPython code object, if this is one.
    pub fn as_cpython(&self) -> Option<&CpythonCode> {
        match self {
            Code::CPython(c) => Some(c),
        }
    }

    pub(crate) fn children(&self) -> Vec<ObjId> {
        match self {
            Code::CPython(c) => c.object_fields(),
        }
    }
}

/// `localspluskinds` bit: a plain local.
pub const CO_FAST_LOCAL: u8 = 0x20;
/// `localspluskinds` bit: a cell variable.
pub const CO_FAST_CELL: u8 = 0x40;
/// `localspluskinds` bit: a free variable.
pub const CO_FAST_FREE: u8 = 0x80;
/// `localspluskinds` bit (3.12+): a variable of an inlined comprehension.
pub const CO_FAST_HIDDEN: u8 = 0x10;

/// A CPython code object, the union of layouts A, B and C.
///
/// Integer fields are raw `long`s of the format. Object fields are ids into the heap the code
/// object was read into; the accessor methods resolve them.
#[derive(Clone, Debug, PartialEq)]
pub struct CpythonCode {
    /// The version whose layout (and line-table format) this object follows.
    pub version: PythonVersion,
    /// `co_argcount`.
    pub argcount: i32,
    /// `co_posonlyargcount` (0 before 3.8, where it is not stored).
    pub posonlyargcount: i32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: i32,
    /// `co_nlocals` as stored (layouts A and B); see [`CpythonCode::nlocals`] for all versions.
    pub stored_nlocals: Option<i32>,
    /// `co_stacksize`.
    pub stacksize: i32,
    /// `co_flags`.
    pub flags: u32,
    /// `co_code`: the raw bytecode (a bytes object).
    pub code: ObjId,
    /// `co_consts` (a tuple).
    pub consts: ObjId,
    /// `co_names` (a tuple of str).
    pub names: ObjId,
    /// `co_varnames` (A, B) or `co_localsplusnames` (C): a tuple of str.
    pub varnames_or_localsplus: ObjId,
    /// `co_localspluskinds` (C only): bytes, one kind per name.
    pub localspluskinds: Option<ObjId>,
    /// `co_freevars` (A, B only).
    pub freevars: Option<ObjId>,
    /// `co_cellvars` (A, B only).
    pub cellvars: Option<ObjId>,
    /// `co_filename`.
    pub filename: ObjId,
    /// `co_name`.
    pub name: ObjId,
    /// `co_qualname` (C only).
    pub qualname: Option<ObjId>,
    /// `co_firstlineno`.
    pub firstlineno: i32,
    /// `co_lnotab` (≤ 3.9), `co_linetable` (3.10) or the location table (3.11+): bytes.
    pub linetable: ObjId,
    /// `co_exceptiontable` (C only): bytes.
    pub exceptiontable: Option<ObjId>,
}

/// The `co_flags` bit names in `dis.pretty_flags` order.
pub const CO_FLAG_NAMES: [(u32, &str); 10] = [
    (0x1, "OPTIMIZED"),
    (0x2, "NEWLOCALS"),
    (0x4, "VARARGS"),
    (0x8, "VARKEYWORDS"),
    (0x10, "NESTED"),
    (0x20, "GENERATOR"),
    (0x40, "NOFREE"),
    (0x80, "COROUTINE"),
    (0x100, "ITERABLE_COROUTINE"),
    (0x200, "ASYNC_GENERATOR"),
];

impl CpythonCode {
    /// The layout of this object.
    pub fn layout(&self) -> CodeLayout {
        self.version.layout()
    }

    /// The object fields in marshal order (what a writer emits and a traversal follows).
    pub(crate) fn object_fields(&self) -> Vec<ObjId> {
        let mut out = vec![
            self.code,
            self.consts,
            self.names,
            self.varnames_or_localsplus,
        ];
        out.extend(self.localspluskinds);
        out.extend(self.freevars);
        out.extend(self.cellvars);
        out.push(self.filename);
        out.push(self.name);
        out.extend(self.qualname);
        out.push(self.linetable);
        out.extend(self.exceptiontable);
        out
    }

    /// The raw bytecode (`co_code`), empty if the field is not bytes.
    pub fn bytecode<'h>(&self, heap: &'h Heap) -> &'h [u8] {
        bytes_of(heap, self.code)
    }

    /// `co_consts` as ids.
    pub fn consts<'h>(&self, heap: &'h Heap) -> &'h [ObjId] {
        tuple_of(heap, self.consts)
    }

    /// `co_names`.
    pub fn names(&self, heap: &Heap) -> Vec<String> {
        strings_of(heap, self.names)
    }

    /// `co_filename` (lossy for surrogates).
    pub fn filename(&self, heap: &Heap) -> String {
        string_of(heap, self.filename)
    }

    /// `co_name`.
    pub fn name(&self, heap: &Heap) -> String {
        string_of(heap, self.name)
    }

    /// `co_qualname` (3.11+); earlier versions fall back to `co_name` as CPython 3.11+ would.
    pub fn qualname(&self, heap: &Heap) -> String {
        string_of(heap, self.qualname.unwrap_or(self.name))
    }

    /// `co_localsplusnames` (3.11+), or varnames + cellvars + freevars for older layouts.
    pub fn localsplusnames(&self, heap: &Heap) -> Vec<String> {
        strings_of(heap, self.varnames_or_localsplus)
    }

    /// `co_localspluskinds` (3.11+; empty before).
    pub fn localspluskinds<'h>(&self, heap: &'h Heap) -> &'h [u8] {
        self.localspluskinds.map_or(&[], |id| bytes_of(heap, id))
    }

    fn names_with_kind(&self, heap: &Heap, kind: u8) -> Vec<String> {
        let kinds = self.localspluskinds(heap);
        self.localsplusnames(heap)
            .into_iter()
            .zip(kinds.iter())
            .filter(|(_, &k)| k & kind != 0)
            .map(|(n, _)| n)
            .collect()
    }

    /// `co_varnames`, derived from the kinds in 3.11+.
    pub fn varnames(&self, heap: &Heap) -> Vec<String> {
        match self.layout() {
            CodeLayout::C => self.names_with_kind(heap, CO_FAST_LOCAL),
            _ => self.localsplusnames(heap),
        }
    }

    /// `co_cellvars`, derived from the kinds in 3.11+.
    pub fn cellvars(&self, heap: &Heap) -> Vec<String> {
        match self.cellvars {
            Some(id) => strings_of(heap, id),
            None => self.names_with_kind(heap, CO_FAST_CELL),
        }
    }

    /// `co_freevars`, derived from the kinds in 3.11+.
    pub fn freevars(&self, heap: &Heap) -> Vec<String> {
        match self.freevars {
            Some(id) => strings_of(heap, id),
            None => self.names_with_kind(heap, CO_FAST_FREE),
        }
    }

    /// `co_nlocals`: stored before 3.11, the number of LOCAL kinds since.
    pub fn nlocals(&self, heap: &Heap) -> i32 {
        match self.stored_nlocals {
            Some(n) => n,
            None => {
                let n = self
                    .localspluskinds(heap)
                    .iter()
                    .filter(|&&k| k & CO_FAST_LOCAL != 0)
                    .count();
                i32::try_from(n).unwrap_or(i32::MAX)
            }
        }
    }

    /// The raw line table bytes (`co_lnotab` / `co_linetable`).
    pub fn linetable_bytes<'h>(&self, heap: &'h Heap) -> &'h [u8] {
        bytes_of(heap, self.linetable)
    }

    /// The raw exception table (3.11+; empty before).
    pub fn exceptiontable_bytes<'h>(&self, heap: &'h Heap) -> &'h [u8] {
        self.exceptiontable.map_or(&[], |id| bytes_of(heap, id))
    }

    /// `co_lines()`: bytecode ranges with their line (None: no line), decoded from the
    /// version's line-table format, exactly as that version's `co_lines()` reports them (3.11
    /// gives one range per table entry, 3.12+ merge neighbours with the same line). For ≤ 3.9,
    /// which has no `co_lines()`, the ranges are derived from `co_lnotab`'s line starts.
    pub fn lines(&self, heap: &Heap) -> Vec<LineRange> {
        let table = self.linetable_bytes(heap);
        let code_len = self.bytecode(heap).len();
        match self.version.minor {
            0..=9 if self.version.major == 3 => {
                linetable::lnotab_lines(table, self.firstlineno, code_len)
            }
            10 if self.version.major == 3 => {
                linetable::linetable310_lines(table, self.firstlineno, code_len)
            }
            11 if self.version.major == 3 => {
                linetable::locations_lines(table, self.firstlineno, false)
            }
            _ => linetable::locations_lines(table, self.firstlineno, true),
        }
    }

    /// `dis.findlinestarts()`: (offset, line) where a new line starts.
    pub fn line_starts(&self, heap: &Heap) -> Vec<(u32, i32)> {
        if self.version.major == 3 && self.version.minor <= 9 {
            let table = self.linetable_bytes(heap);
            return linetable::lnotab_line_starts(
                table,
                self.firstlineno,
                self.bytecode(heap).len(),
            );
        }
        linetable::line_starts_from_ranges(&self.lines(heap))
    }

    /// `co_positions()` (3.11+): one entry per 2-byte code unit. Empty for older versions.
    pub fn positions(&self, heap: &Heap) -> Vec<Position> {
        if self.layout() != CodeLayout::C {
            return Vec::new();
        }
        linetable::locations_positions(self.linetable_bytes(heap), self.firstlineno)
    }

    /// The decoded exception table (3.11+).
    pub fn exception_entries(&self, heap: &Heap) -> Vec<ExceptionEntry> {
        linetable::parse_exception_table(self.exceptiontable_bytes(heap))
    }

    /// The set flag names, `dis.pretty_flags` style (`0x0` when none).
    pub fn pretty_flags(&self) -> String {
        let mut names = Vec::new();
        let mut rest = self.flags;
        for (bit, name) in CO_FLAG_NAMES {
            if self.flags & bit != 0 {
                names.push(name.to_string());
                rest &= !bit;
            }
        }
        if rest != 0 || names.is_empty() {
            names.push(format!("{rest:#x}"));
        }
        names.join(", ")
    }
}

fn bytes_of(heap: &Heap, id: ObjId) -> &[u8] {
    heap.get(id).and_then(Value::as_bytes).unwrap_or(&[])
}

fn tuple_of(heap: &Heap, id: ObjId) -> &[ObjId] {
    heap.get(id).and_then(Value::as_tuple).unwrap_or(&[])
}

fn string_of(heap: &Heap, id: ObjId) -> String {
    match heap.get(id) {
        Some(Value::Str(s)) => s.to_string_lossy(),
        _ => String::new(),
    }
}

fn strings_of(heap: &Heap, id: ObjId) -> Vec<String> {
    tuple_of(heap, id)
        .iter()
        .map(|&i| string_of(heap, i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_by_version() {
        assert_eq!(PythonVersion::new(3, 6).layout(), CodeLayout::A);
        assert_eq!(PythonVersion::new(3, 7).layout(), CodeLayout::A);
        assert_eq!(PythonVersion::new(3, 10).layout(), CodeLayout::B);
        assert_eq!(PythonVersion::new(3, 13).layout(), CodeLayout::C);
    }
}
