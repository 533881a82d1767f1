//! pyvm's register instruction set.
//!
//! Every instruction is 4 bytes: an opcode and either three `u8` operands or a `u8` and a `u16`
//! (asserted below). Operands name *registers* of the current frame (`r`, `u8`: parameters first,
//! then other locals, then temporaries), *constants* (`k`, index into `CodeObject::constants`),
//! *names* (`n`, index into `CodeObject::names`) or *instruction indices* (`t`, absolute, `u16`).
//! The table mirrors Lua's `lopcodes.h`: one line per opcode, `R[x]` is register `x`, `K[x]` a
//! constant, `N[x]` a name.
//!
//! ```text
//! Nop                             do nothing
//! Extended   {arg}                the next instruction's u8 name operand becomes (arg << 8) | operand
//! Move       {dst, src}           R[dst] = R[src]
//! LoadConst  {dst, idx}           R[dst] = K[idx]
//! LoadInt    {dst, val}           R[dst] = val (i16 immediate)
//! LoadNone/LoadTrue/LoadFalse{dst} R[dst] = None / True / False
//! DeleteFast {reg}                R[reg] = <unbound>
//! CheckBound {reg, name}          raise UnboundLocalError (name = varnames[name]) if R[reg] is unbound
//! LoadGlobal {dst, name}          R[dst] = globals[N[name]] or builtins[N[name]] (NameError)
//! StoreGlobal{src, name}          globals[N[name]] = R[src]
//! DeleteGlobal{name}              del globals[N[name]]
//! LoadName   {dst, name}          R[dst] = locals / globals / builtins lookup (class bodies, module code)
//! StoreName  {src, name}          locals[N[name]] = R[src]
//! DeleteName {name}               del locals[N[name]]
//! MakeCell   {reg}                R[reg] = cell(R[reg]) (R[reg] may be unbound: an empty cell)
//! CopyFreeVars{first, n}          R[first..first+n] = the function's closure cells
//! LoadDeref  {dst, cell}          R[dst] = R[cell].contents (NameError/UnboundLocalError if empty)
//! StoreDeref {cell, src}          R[cell].contents = R[src]
//! DeleteDeref{cell}               empty the cell R[cell]
//! LoadAttr   {dst, obj, name}     R[dst] = R[obj].N[name]           (name: u8, see Extended)
//! StoreAttr  {obj, name, src}     R[obj].N[name] = R[src]
//! DeleteAttr {obj, name}          del R[obj].N[name]
//! LoadMethod {dst, name}          receiver in R[dst+1]. A plain function found on the type: R[dst] =
//!                                 function (R[dst+1] stays the receiver); anything else: R[dst] =
//!                                 the attribute, R[dst+1] = <unbound> (the "no self" marker)
//! Call       {dst, func, argc}    R[dst] = R[func](R[func+1], ..., R[func+argc])
//! CallKw     {dst, func, argc}    as Call; R[func+argc+1] is a tuple of k keyword names, naming the
//!                                 last k of the argc arguments
//! CallMethod {dst, func, argc}    after LoadMethod: R[dst] = R[func](R[func+1]?, R[func+2..func+2+argc])
//!                                 (R[func+1] is passed first unless it is the "no self" marker)
//! CallMethodKw{dst, func, argc}   CallMethod with keyword names in R[func+argc+2] (as CallKw)
//! CallEx     {dst, func, haskw}   R[dst] = R[func](*R[func+1], **R[func+2] if haskw). R[func+1] is
//!                                 a tuple, or for `f(*x)` x itself (convert; TypeError "<func>()
//!                                 argument after * must be an iterable, not T"); R[func+2] a
//!                                 fresh dict, or for `f(**m)` m itself (check it is a mapping:
//!                                 "<func>() argument after ** must be a mapping, not T"; copy it)
//! Return     {src}                return R[src] to the caller
//! Add..MatMul{dst, a, b}          R[dst] = R[a] <op> R[b]   (one opcode per binary operator)
//! InplaceAdd..{dst, a, b}         R[dst] = R[a] <op>= R[b]  (tries __iop__ first)
//! AddInt/SubInt{dst, a, imm}      R[dst] = R[a] +/- imm (i8 immediate)
//! Neg/Pos/Invert/Not{dst, src}    R[dst] = -R[src] / +R[src] / ~R[src] / not R[src]
//! Lt..Ge, Is, IsNot, In, NotIn {dst, a, b}   R[dst] = R[a] <cmp> R[b]
//! JumpIfNotLt..JumpIfNotNe{a, b}  if not (R[a] <cmp> R[b]): ip = target of the next instruction
//!                                 (which must be a Jump); else skip that Jump
//! Jump       {target}             ip = target
//! JumpIfFalse/JumpIfTrue{cond, target}   if truth(R[cond]) is false/true: ip = target
//! JumpIfNone/JumpIfNotNone{src, target}  if R[src] is / is not None: ip = target
//! GetIter    {dst, src}           R[dst] = iter(R[src])
//! ForIter    {iter, target}       R[iter+1] = next(R[iter]); on exhaustion ip = target
//! BuildTuple/BuildList/BuildSet{dst, first, n}   R[dst] = (R[first], ..., R[first+n-1])
//! BuildMap   {dst, first, n}      R[dst] = {R[first]: R[first+1], ...} (n pairs)
//! BuildSlice {dst, first, n}      R[dst] = slice(R[first], R[first+1], R[first+2] if n == 3)
//! BuildString{dst, first, n}      R[dst] = R[first] + ... (all str: f-string pieces)
//! ListAppend/SetAdd{coll, src}    R[coll].append(R[src]) / .add(R[src])
//! MapAdd     {map, key}           R[map][R[key]] = R[key+1]
//! ListExtend/SetUpdate/DictUpdate/DictMerge{coll, src}   (DictMerge rejects duplicate keys)
//!                                 DictMerge only builds call keywords: the callee is R[map-2]
//!                                 (CallEx layout), for its errors "<func>() got multiple values for
//!                                 keyword argument 'k'" / "... argument after ** must be a mapping"
//! DeleteFast is also used on temporaries (the iterator after a `for` loop) to drop references
//! ListToTuple{dst, src}           R[dst] = tuple(R[src])
//! Unpack     {first, n, src}      R[first..first+n] = R[src] (exactly n items)
//! UnpackEx   {reg, before, after} R[reg..] = R[reg] as before items, a list, after items
//! Subscript  {dst, obj, key}      R[dst] = R[obj][R[key]]
//! StoreSubscript{obj, key, src}   R[obj][R[key]] = R[src]
//! DeleteSubscript{obj, key}       del R[obj][R[key]]
//! MakeFunction{dst, code}         R[dst] = function(K[code], current globals)
//! SetFunctionAttr{func, what, src} R[func].<what> = R[src]: what is a FunctionAttr
//! LoadBuildClass{dst}             R[dst] = builtins.__build_class__
//! Raise      {src, cause, kind}   kind 0: bare `raise`; 1: raise R[src]; 2: raise R[src] from R[cause]
//! Reraise    {src}                raise R[src] again, keeping its traceback
//! CheckExcMatch{dst, exc, ty}     R[dst] = isinstance(R[exc], R[ty]) (ty: class or tuple)
//! PushExcInfo{save, exc}          R[save] = handled exception (None if none); handled = R[exc]
//! PopExcInfo {saved}              handled exception = R[saved]
//! Yield      {dst, src}           suspend the generator yielding R[src]; on resume R[dst] = sent value
//! YieldFrom  {dst, iter}          send R[dst] into R[iter]; if it yields v: yield v and, on resume,
//!                                 store the sent value in R[dst] and run this instruction again;
//!                                 when it returns r: R[dst] = r and go on
//! ImportName {dst, name}          R[dst] = __import__(N[name], fromlist=R[dst], level=R[dst+1])
//! ImportFrom {dst, module, name}  R[dst] = R[module].N[name] (ImportError)
//! ImportStar {module}             copy R[module]'s public names into locals
//! FormatValue{dst, src, conv}     R[dst] = format(conv(R[src]), R[src+1] if conv & 4 else '')
//!                                 conv & 3: 0 none, 1 str, 2 repr, 3 ascii
//! SetupAnnotations{}              locals['__annotations__'] = {} if missing
//! PrintExpr  {src}                interactive mode: sys.displayhook(R[src])
//! LoadAssertionError{dst}         R[dst] = the builtin AssertionError (even if the name is shadowed)
//! GetYieldFromIter{dst, src}      R[dst] = R[src] if it is a generator or a coroutine (the latter only
//!                                 inside a coroutine), else iter(R[src])
//! GetAwaitable{dst, src, kind}    R[dst] = the awaitable's iterator (__await__()); kind 0: `await`,
//!                                 1: after __aenter__, 2: after __aexit__ (error message wording)
//! GetAIter   {dst, src}           R[dst] = R[src].__aiter__()
//! GetANext   {dst, src}           R[dst] = awaitable iterator of R[src].__anext__()
//! EndAsyncFor{exc}                if R[exc] is a StopAsyncIteration: fall through (loop done);
//!                                 else re-raise R[exc]
//! BeforeWith {exit, mgr}          R[exit] = bound R[mgr].__exit__; R[exit+1] = R[mgr].__enter__()
//!                                 (TypeError "... does not support the context manager protocol")
//! BeforeAsyncWith{exit, mgr}      R[exit] = bound __aexit__; R[exit+1] = R[mgr].__aenter__() (an
//!                                 awaitable, awaited by the following instructions)
//! WithExceptStart{dst, exit, exc} R[dst] = R[exit](type(R[exc]), R[exc], R[exc].__traceback__)
//! CheckEgMatch{dst, exc, ty}      except*: split R[exc] (an exception group, or a bare exception
//!                                 wrapped in one) by R[ty]; R[dst] = matched group or None,
//!                                 R[exc] = the rest or None (R[exc] None: R[dst] = None)
//! PrepReraiseStar{dst, orig, raised}  except* end: R[dst] = exception to re-raise from the
//!                                 original R[orig] and the list R[raised] of raised ones, or None
//! MatchSequence{dst, src}         R[dst] = R[src] is a sequence for pattern matching (bool)
//! MatchMapping{dst, src}          R[dst] = R[src] is a mapping for pattern matching (bool)
//! GetLen     {dst, src}           R[dst] = len(R[src])
//! MatchKeys  {dst, subject, keys} R[dst] = tuple of R[subject][k] for k in the tuple R[keys], or None
//!                                 if a key is missing (uses .get(k, sentinel) as CPython)
//! MatchClass {dst, subject, cls}  R[dst] = tuple of extracted attributes or None: class R[cls],
//!                                 R[cls+1] = count of positional sub-patterns (int), R[cls+2] =
//!                                 tuple of keyword attribute names (uses __match_args__)
//! CopyDictWithoutKeys{dst, subject, keys}  R[dst] = dict(R[subject]) minus the keys in tuple R[keys]
//! LoadLocals {dst}                R[dst] = the frame's locals mapping (class bodies: the namespace)
//! CallIntrinsic{dst, src, which}  R[dst] = intrinsic `which` (see [`intrinsic`]) applied to R[src]
//!                                 (two-argument intrinsics read R[src] and R[src+1])
//! ```
//!
//! Jump targets are absolute instruction indices, so a code object holds at most 65,536
//! instructions; registers are `u8`, so a frame has at most 256 of them.

/// A register operand: an index into the current frame's register window.
pub type Reg = u8;

/// One 4-byte instruction. See the module documentation for operands and semantics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    Nop,
    Extended {
        arg: u16,
    },
    Move {
        dst: Reg,
        src: Reg,
    },
    LoadConst {
        dst: Reg,
        idx: u16,
    },
    LoadInt {
        dst: Reg,
        val: i16,
    },
    LoadNone {
        dst: Reg,
    },
    LoadTrue {
        dst: Reg,
    },
    LoadFalse {
        dst: Reg,
    },
    DeleteFast {
        reg: Reg,
    },
    CheckBound {
        reg: Reg,
        name: u16,
    },

    LoadGlobal {
        dst: Reg,
        name: u16,
    },
    StoreGlobal {
        src: Reg,
        name: u16,
    },
    DeleteGlobal {
        name: u16,
    },
    LoadName {
        dst: Reg,
        name: u16,
    },
    StoreName {
        src: Reg,
        name: u16,
    },
    DeleteName {
        name: u16,
    },

    MakeCell {
        reg: Reg,
    },
    CopyFreeVars {
        first: Reg,
        n: u8,
    },
    LoadDeref {
        dst: Reg,
        cell: Reg,
    },
    StoreDeref {
        cell: Reg,
        src: Reg,
    },
    DeleteDeref {
        cell: Reg,
    },

    LoadAttr {
        dst: Reg,
        obj: Reg,
        name: u8,
    },
    StoreAttr {
        obj: Reg,
        name: u8,
        src: Reg,
    },
    DeleteAttr {
        obj: Reg,
        name: u16,
    },
    LoadMethod {
        dst: Reg,
        name: u16,
    },

    Call {
        dst: Reg,
        func: Reg,
        argc: u8,
    },
    CallKw {
        dst: Reg,
        func: Reg,
        argc: u8,
    },
    CallMethod {
        dst: Reg,
        func: Reg,
        argc: u8,
    },
    CallMethodKw {
        dst: Reg,
        func: Reg,
        argc: u8,
    },
    CallEx {
        dst: Reg,
        func: Reg,
        haskw: u8,
    },
    Return {
        src: Reg,
    },

    Add {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Sub {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Mul {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    TrueDiv {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    FloorDiv {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Mod {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Pow {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LShift {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RShift {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    BitAnd {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    BitOr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    BitXor {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MatMul {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceAdd {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceSub {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceMul {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceTrueDiv {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceFloorDiv {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceMod {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplacePow {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceLShift {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceRShift {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceBitAnd {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceBitOr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceBitXor {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    InplaceMatMul {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AddInt {
        dst: Reg,
        a: Reg,
        imm: i8,
    },
    SubInt {
        dst: Reg,
        a: Reg,
        imm: i8,
    },

    Neg {
        dst: Reg,
        src: Reg,
    },
    Pos {
        dst: Reg,
        src: Reg,
    },
    Invert {
        dst: Reg,
        src: Reg,
    },
    Not {
        dst: Reg,
        src: Reg,
    },

    Lt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Le {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Eq {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Ne {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Gt {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Ge {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Is {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    IsNot {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    In {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NotIn {
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    JumpIfNotLt {
        a: Reg,
        b: Reg,
    },
    JumpIfNotLe {
        a: Reg,
        b: Reg,
    },
    JumpIfNotGt {
        a: Reg,
        b: Reg,
    },
    JumpIfNotGe {
        a: Reg,
        b: Reg,
    },
    JumpIfNotEq {
        a: Reg,
        b: Reg,
    },
    JumpIfNotNe {
        a: Reg,
        b: Reg,
    },
    Jump {
        target: u16,
    },
    JumpIfFalse {
        cond: Reg,
        target: u16,
    },
    JumpIfTrue {
        cond: Reg,
        target: u16,
    },
    JumpIfNone {
        src: Reg,
        target: u16,
    },
    JumpIfNotNone {
        src: Reg,
        target: u16,
    },

    GetIter {
        dst: Reg,
        src: Reg,
    },
    ForIter {
        iter: Reg,
        target: u16,
    },

    BuildTuple {
        dst: Reg,
        first: Reg,
        n: u8,
    },
    BuildList {
        dst: Reg,
        first: Reg,
        n: u8,
    },
    BuildSet {
        dst: Reg,
        first: Reg,
        n: u8,
    },
    BuildMap {
        dst: Reg,
        first: Reg,
        n: u8,
    },
    BuildSlice {
        dst: Reg,
        first: Reg,
        n: u8,
    },
    BuildString {
        dst: Reg,
        first: Reg,
        n: u8,
    },
    ListAppend {
        list: Reg,
        src: Reg,
    },
    SetAdd {
        set: Reg,
        src: Reg,
    },
    MapAdd {
        map: Reg,
        key: Reg,
    },
    ListExtend {
        list: Reg,
        src: Reg,
    },
    SetUpdate {
        set: Reg,
        src: Reg,
    },
    DictUpdate {
        map: Reg,
        src: Reg,
    },
    DictMerge {
        map: Reg,
        src: Reg,
    },
    ListToTuple {
        dst: Reg,
        src: Reg,
    },
    Unpack {
        first: Reg,
        n: u8,
        src: Reg,
    },
    UnpackEx {
        reg: Reg,
        before: u8,
        after: u8,
    },
    Subscript {
        dst: Reg,
        obj: Reg,
        key: Reg,
    },
    StoreSubscript {
        obj: Reg,
        key: Reg,
        src: Reg,
    },
    DeleteSubscript {
        obj: Reg,
        key: Reg,
    },

    MakeFunction {
        dst: Reg,
        code: u16,
    },
    SetFunctionAttr {
        func: Reg,
        what: FunctionAttr,
        src: Reg,
    },
    LoadBuildClass {
        dst: Reg,
    },

    Raise {
        src: Reg,
        cause: Reg,
        kind: u8,
    },
    Reraise {
        src: Reg,
    },
    CheckExcMatch {
        dst: Reg,
        exc: Reg,
        ty: Reg,
    },
    PushExcInfo {
        save: Reg,
        exc: Reg,
    },
    PopExcInfo {
        saved: Reg,
    },

    Yield {
        dst: Reg,
        src: Reg,
    },
    YieldFrom {
        dst: Reg,
        iter: Reg,
    },

    ImportName {
        dst: Reg,
        name: u16,
    },
    ImportFrom {
        dst: Reg,
        module: Reg,
        name: u8,
    },
    ImportStar {
        module: Reg,
    },

    FormatValue {
        dst: Reg,
        src: Reg,
        conv: u8,
    },
    SetupAnnotations,

    PrintExpr {
        src: Reg,
    },
    LoadAssertionError {
        dst: Reg,
    },
    GetYieldFromIter {
        dst: Reg,
        src: Reg,
    },
    GetAwaitable {
        dst: Reg,
        src: Reg,
        kind: u8,
    },
    GetAIter {
        dst: Reg,
        src: Reg,
    },
    GetANext {
        dst: Reg,
        src: Reg,
    },
    EndAsyncFor {
        exc: Reg,
    },
    BeforeWith {
        exit: Reg,
        mgr: Reg,
    },
    BeforeAsyncWith {
        exit: Reg,
        mgr: Reg,
    },
    WithExceptStart {
        dst: Reg,
        exit: Reg,
        exc: Reg,
    },
    CheckEgMatch {
        dst: Reg,
        exc: Reg,
        ty: Reg,
    },
    PrepReraiseStar {
        dst: Reg,
        orig: Reg,
        raised: Reg,
    },
    MatchSequence {
        dst: Reg,
        src: Reg,
    },
    MatchMapping {
        dst: Reg,
        src: Reg,
    },
    GetLen {
        dst: Reg,
        src: Reg,
    },
    MatchKeys {
        dst: Reg,
        subject: Reg,
        keys: Reg,
    },
    MatchClass {
        dst: Reg,
        subject: Reg,
        cls: Reg,
    },
    CopyDictWithoutKeys {
        dst: Reg,
        subject: Reg,
        keys: Reg,
    },
    LoadLocals {
        dst: Reg,
    },
    CallIntrinsic {
        dst: Reg,
        src: Reg,
        which: u8,
    },
}

/// The functions of `CallIntrinsic` (PEP 695 objects, as CPython's `CALL_INTRINSIC_1/2`).
pub mod intrinsic {
    /// `typing.TypeVar(R[src])` (R[src]: the name).
    pub const TYPEVAR: u8 = 1;
    /// `typing.ParamSpec(R[src])`.
    pub const PARAMSPEC: u8 = 2;
    /// `typing.TypeVarTuple(R[src])`.
    pub const TYPEVARTUPLE: u8 = 3;
    /// `typing.Generic[*R[src]]` (R[src]: the tuple of type parameters).
    pub const SUBSCRIPT_GENERIC: u8 = 4;
    /// `typing.TypeAliasType` from the tuple R[src] = (name, type-params tuple or None,
    /// function returning the value, evaluated lazily).
    pub const TYPEALIAS: u8 = 5;
    /// TypeVar with a lazily evaluated bound: R[src] = name, R[src+1] = function returning it.
    pub const TYPEVAR_WITH_BOUND: u8 = 6;
    /// TypeVar with lazily evaluated constraints: R[src] = name, R[src+1] = function returning
    /// the tuple of constraints.
    pub const TYPEVAR_WITH_CONSTRAINTS: u8 = 7;
    /// R[src] (a function) gets `__type_params__` = R[src+1]; R[dst] = the function.
    pub const SET_FUNCTION_TYPE_PARAMS: u8 = 8;
}

/// Which attribute of a fresh function `SetFunctionAttr` sets (CPython's `MAKE_FUNCTION` flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum FunctionAttr {
    /// A tuple of positional defaults (`__defaults__`).
    Defaults,
    /// A dict of keyword-only defaults (`__kwdefaults__`).
    KwDefaults,
    /// A dict of annotations (`__annotations__`).
    Annotations,
    /// A tuple of cells (`__closure__`).
    Closure,
}

const _: () = assert!(std::mem::size_of::<Instr>() == 4);

impl Instr {
    /// The opcode's name as `dis` prints it (upper snake case, as CPython's opnames).
    pub fn opname(&self) -> String {
        let dbg = format!("{self:?}");
        let head = dbg.split([' ', '{']).next().unwrap_or("");
        let mut out = String::with_capacity(head.len() + 4);
        for (i, c) in head.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_uppercase());
        }
        out
    }

    /// The jump target of this instruction, if it has one (used by builders and `dis`).
    pub fn jump_target(&self) -> Option<u16> {
        match *self {
            Instr::Jump { target }
            | Instr::JumpIfFalse { target, .. }
            | Instr::JumpIfTrue { target, .. }
            | Instr::JumpIfNone { target, .. }
            | Instr::JumpIfNotNone { target, .. }
            | Instr::ForIter { target, .. } => Some(target),
            _ => None,
        }
    }

    /// A copy of this instruction with its jump target replaced (no-op for non-jumps).
    pub fn with_target(self, new: u16) -> Instr {
        match self {
            Instr::Jump { .. } => Instr::Jump { target: new },
            Instr::JumpIfFalse { cond, .. } => Instr::JumpIfFalse { cond, target: new },
            Instr::JumpIfTrue { cond, .. } => Instr::JumpIfTrue { cond, target: new },
            Instr::JumpIfNone { src, .. } => Instr::JumpIfNone { src, target: new },
            Instr::JumpIfNotNone { src, .. } => Instr::JumpIfNotNone { src, target: new },
            Instr::ForIter { iter, .. } => Instr::ForIter { iter, target: new },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opnames_are_upper_snake_case() {
        assert_eq!(Instr::LoadConst { dst: 0, idx: 1 }.opname(), "LOAD_CONST");
        assert_eq!(Instr::JumpIfNotLt { a: 0, b: 1 }.opname(), "JUMP_IF_NOT_LT");
        assert_eq!(Instr::SetupAnnotations.opname(), "SETUP_ANNOTATIONS");
    }

    #[test]
    fn targets_round_trip() {
        let j = Instr::ForIter { iter: 3, target: 7 };
        assert_eq!(j.jump_target(), Some(7));
        assert_eq!(j.with_target(9), Instr::ForIter { iter: 3, target: 9 });
        assert_eq!(Instr::Nop.jump_target(), None);
    }
}
