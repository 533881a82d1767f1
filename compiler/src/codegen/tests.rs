use crate::code::{CodeObject, Constant};
use crate::instr::Instr;
use crate::CompileError;

fn compile(src: &str) -> Result<std::rc::Rc<CodeObject>, CompileError> {
    crate::compile(src, "<test>", pyvm_parser::Mode::Exec)
}

fn code(src: &str) -> std::rc::Rc<CodeObject> {
    match compile(src) {
        Ok(c) => c,
        Err(e) => panic!("{src:?} failed: {e}"),
    }
}

fn first_function(c: &CodeObject) -> std::rc::Rc<CodeObject> {
    for k in c.constants.iter() {
        if let Constant::Code(f) = k {
            return f.clone();
        }
    }
    panic!("no nested code object")
}

fn error_msg(src: &str) -> String {
    match compile(src) {
        Err(CompileError::Syntax(e)) => e.msg,
        other => panic!("{src:?}: expected a SyntaxError, got {other:?}"),
    }
}

#[test]
fn module_assignment_uses_names() {
    let c = code("x = 1\n");
    assert_eq!(
        &c.instructions[..2],
        &[
            Instr::LoadInt { dst: 0, val: 1 },
            Instr::StoreName { src: 0, name: 0 }
        ]
    );
    assert_eq!(&*c.names[0], "x");
}

#[test]
fn locals_are_operated_on_in_place() {
    let f = first_function(&code("def f(a, b):\n    c = a + b\n    return c\n"));
    assert_eq!(
        &*f.varnames,
        &["a".into(), "b".into(), "c".into()] as &[std::rc::Rc<str>]
    );
    assert_eq!(f.instructions[0], Instr::Add { dst: 2, a: 0, b: 1 });
    assert_eq!(f.instructions[1], Instr::Return { src: 2 });
    assert_eq!(f.argcount, 2);
    // constants[0] is the docstring slot
    assert_eq!(f.constants[0], Constant::None);
}

#[test]
fn constants_are_folded() {
    let c = code("x = 2 ** 10\ny = -1\nz = ('a', (1, 2.5))\nw = 'ab' * 2\n");
    assert_eq!(c.instructions[0], Instr::LoadInt { dst: 0, val: 1024 });
    assert_eq!(c.instructions[2], Instr::LoadInt { dst: 0, val: -1 });
    assert!(c
        .constants
        .iter()
        .any(|k| matches!(k, Constant::Tuple(t) if t.len() == 2)));
    assert!(c.constants.contains(&Constant::Str("abab".into())));
    // division by zero is left to run time
    let d = code("x = 1 / 0\n");
    assert!(d
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::TrueDiv { .. })));
}

#[test]
fn conditions_use_fused_compare_and_branch() {
    let f = first_function(&code(
        "def f(a, b):\n    if a < b:\n        return 1\n    return 2\n",
    ));
    assert_eq!(f.instructions[0], Instr::JumpIfNotLt { a: 0, b: 1 });
    assert!(matches!(f.instructions[1], Instr::Jump { .. }));
}

#[test]
fn unbound_locals_are_checked_only_when_needed() {
    let f = first_function(&code("def f(c):\n    if c:\n        x = 1\n    return x\n"));
    assert!(f
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::CheckBound { .. })));
    let g = first_function(&code("def g(c):\n    x = 1\n    return x\n"));
    assert!(!g
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::CheckBound { .. })));
}

#[test]
fn closures_use_cells() {
    let outer = first_function(&code(
        "def outer(a):\n    def inner():\n        return a\n    return inner\n",
    ));
    assert_eq!(outer.instructions[0], Instr::MakeCell { reg: 0 });
    assert_eq!(&*outer.cellvars, &["a".into()] as &[std::rc::Rc<str>]);
    let inner = first_function(&outer);
    assert_eq!(&*inner.freevars, &["a".into()] as &[std::rc::Rc<str>]);
    assert_eq!(
        inner.instructions[0],
        Instr::CopyFreeVars { first: 0, n: 1 }
    );
    assert!(matches!(
        inner.instructions[1],
        Instr::LoadDeref { cell: 0, .. }
    ));
}

#[test]
fn class_body_returns_class_cell() {
    let c = code("class A:\n    def f(self):\n        return super().f()\n");
    let body = first_function(&c);
    assert_eq!(
        &*body.cellvars,
        &["__class__".into()] as &[std::rc::Rc<str>]
    );
    assert!(matches!(
        body.instructions.last(),
        Some(Instr::Return { src: 0 })
    ));
}

#[test]
fn exception_table_lists_inner_handlers_first() {
    let c = code("try:\n    try:\n        f()\n    except E:\n        pass\nexcept F:\n    pass\n");
    let t = &c.exception_table;
    assert!(t.len() >= 3);
    // ranges that overlap are nested, and the inner one comes first
    for (i, a) in t.iter().enumerate() {
        for b in t.iter().skip(i + 1) {
            let overlap = a.start < b.end && b.start < a.end;
            if overlap {
                assert!(b.start <= a.start && a.end <= b.end, "{a:?} before {b:?}");
            }
        }
    }
}

#[test]
fn compile_time_errors() {
    assert_eq!(error_msg("return 1\n"), "'return' outside function");
    assert_eq!(error_msg("break\n"), "'break' outside loop");
    assert_eq!(error_msg("continue\n"), "'continue' not properly in loop");
    assert_eq!(error_msg("await x\n"), "'await' outside function");
    assert_eq!(
        error_msg("for x in y:\n    try:\n        pass\n    except* E:\n        break\n"),
        "'break', 'continue' and 'return' cannot appear in an except* block"
    );
    assert_eq!(
        error_msg("match x:\n    case y:\n        pass\n    case 1:\n        pass\n"),
        "name capture 'y' makes remaining patterns unreachable"
    );
    assert!(!error_msg("def f():\n    import *\n").is_empty());
}

#[test]
fn register_overflow_is_an_error_not_a_panic() {
    let mut src = String::from("x = ");
    for _ in 0..300 {
        src.push_str("f(1, ");
    }
    src.push('1');
    for _ in 0..300 {
        src.push(')');
    }
    src.push('\n');
    match compile(&src) {
        Ok(_) | Err(CompileError::TooLarge { .. }) | Err(CompileError::Syntax(_)) => {}
    }
    // a long display needs few registers
    let long = format!("x = [{}]\n", vec!["y"; 2000].join(", "));
    assert!(compile(&long).is_ok());
}

#[test]
fn disassembly_has_cpython_layout() {
    let text = crate::disassemble(&code("def f():\n    return 1\nf()\n"));
    assert!(text.starts_with("  1           0 MAKE_FUNCTION"));
    assert!(text.contains("Disassembly of <code object f at 0x"));
}

#[test]
fn modes_eval_and_single() {
    let e = crate::compile("1 + x", "<eval>", pyvm_parser::Mode::Eval).expect("eval");
    assert!(matches!(e.instructions.last(), Some(Instr::Return { .. })));
    let s = crate::compile("x\n", "<single>", pyvm_parser::Mode::Single).expect("single");
    assert!(s
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::PrintExpr { .. })));
}

#[test]
fn match_and_except_star_shapes() {
    let c = code("match x:\n    case [a, *b]:\n        pass\n    case {'k': v}:\n        pass\n    case P(q=1):\n        pass\n");
    let has = |f: fn(&Instr) -> bool| c.instructions.iter().any(f);
    assert!(has(|i| matches!(i, Instr::MatchSequence { .. })));
    assert!(has(|i| matches!(i, Instr::UnpackEx { .. })));
    assert!(has(|i| matches!(i, Instr::MatchKeys { .. })));
    assert!(has(|i| matches!(i, Instr::MatchClass { .. })));
    let s = code("try:\n    f()\nexcept* ValueError as e:\n    g(e)\n");
    assert!(s
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::CheckEgMatch { .. })));
    assert!(s
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::PrepReraiseStar { .. })));
}

#[test]
fn generic_definitions_use_intrinsics() {
    let c =
        code("def f[T](x: T) -> T:\n    return x\nclass C[U]:\n    pass\ntype A[V] = list[V]\n");
    let tp = first_function(&c);
    assert_eq!(&*tp.name, "<generic parameters of f>");
    assert!(tp.instructions.iter().any(|i| matches!(
        i,
        Instr::CallIntrinsic {
            which: crate::instr::intrinsic::SET_FUNCTION_TYPE_PARAMS,
            ..
        }
    )));
    let f = first_function(&tp);
    assert_eq!(&*f.qualname, "f");
}

#[test]
fn big_inputs_do_not_panic() {
    // a 70,000-name unpacking target exceeds the registers: an error, not an overflow
    let names: Vec<String> = (0..70_000).map(|i| format!("v{i}")).collect();
    let src = format!("{} = x\n", names.join(", "));
    assert!(compile(&src).is_err());
    // a long f-string is joined in chunks
    let fs = format!("y = f\"{}\"\n", "{x}-".repeat(600));
    assert!(compile(&fs).is_ok());
    // many locals in one function
    let body: String = (0..300).map(|i| format!("    a{i} = {i}\n")).collect();
    assert!(matches!(
        compile(&format!("def f():\n{body}")),
        Err(CompileError::TooLarge { .. })
    ));
}

#[test]
fn comprehension_cells_are_fresh_registers() {
    let f = first_function(&code(
        "def f():\n    return [lambda: x for x in range(3)]\n",
    ));
    assert!(f
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::MakeCell { .. })));
    assert!(f
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::StoreDeref { .. })));
    // no nested <listcomp> function
    assert!(!f
        .constants
        .iter()
        .any(|k| matches!(k, Constant::Code(c) if &*c.name == "<listcomp>")));
}

#[test]
fn comprehension_variables_are_named_by_range() {
    let f = first_function(&code(
        "def f():\n    x = 1\n    return [[y for y in x] for x in 'ab']\n",
    ));
    // `x` of the comprehension is not the function's `x`, and the inner range nests in the
    // outer one (outer entry first).
    let names: Vec<&str> = f.comp_locals.iter().map(|v| &*v.name).collect();
    assert_eq!(names, ["x", "y"]);
    let (outer, inner) = (&f.comp_locals[0], &f.comp_locals[1]);
    assert_ne!(usize::from(outer.reg), 0);
    assert!(outer.start < inner.start && inner.end <= outer.end);
    assert!(
        crate::disassemble(&f).contains("(y)"),
        "{}",
        crate::disassemble(&f)
    );
}

#[test]
fn compiler_syntax_warnings() {
    let src = "x = 1\nprint(x is 1)\nassert (x, 'm')\ny = [1, 2] [0, 1]\nw = (1)(2)\nq = -1(2)\n";
    let arena = bumpalo::Bump::new();
    let module = pyvm_parser::parse(
        src,
        pyvm_parser::Mode::Exec,
        pyvm_parser::ParseOptions::default(),
        &arena,
    )
    .expect("parses");
    let mut w = Vec::new();
    crate::compile_mod_with_warnings(&module, src, "<t>", &mut w).expect("compiles");
    let msgs: Vec<(u32, &str)> = w.iter().map(|w| (w.lineno, w.msg.as_str())).collect();
    assert_eq!(
        msgs,
        vec![
            (2, "\"is\" with 'int' literal. Did you mean \"==\"?"),
            (3, "assertion is always true, perhaps remove parentheses?"),
            (
                4,
                "list indices must be integers or slices, not tuple; perhaps you missed a comma?"
            ),
            (
                5,
                "'int' object is not callable; perhaps you missed a comma?"
            ),
            (
                6,
                "'int' object is not callable; perhaps you missed a comma?"
            ),
        ]
    );
}

#[test]
fn debug_cannot_be_bound() {
    for src in [
        "__debug__ = 1\n",
        "def f(__debug__): pass\n",
        "import __debug__\n",
        "f(__debug__=1)\n",
        "(__debug__ := 1)\n",
        "for __debug__ in x: pass\n",
    ] {
        assert_eq!(error_msg(src), "cannot assign to __debug__", "{src:?}");
    }
    assert_eq!(error_msg("del __debug__\n"), "cannot delete __debug__");
    assert!(compile("print(__debug__)\ndel x.__debug__\n").is_ok());
}

#[test]
fn future_annotations_are_unparsed_text() {
    // Expected strings printed by CPython 3.12 for the same module's __annotations__.
    let src = "from __future__ import annotations\na: Dict[str,int]\nb: \"Node\"\nc: int|None\nd: typing.Optional[ 'A' ]\ng: list[int]  |  dict[str, \"X\"]\n";
    let c = code(src);
    let strs: Vec<&str> = c
        .constants
        .iter()
        .filter_map(|k| match k {
            Constant::Str(s) => Some(&**s),
            _ => None,
        })
        .collect();
    for want in [
        "Dict[str, int]",
        "'Node'",
        "int | None",
        "typing.Optional['A']",
        "list[int] | dict[str, 'X']",
    ] {
        assert!(strs.contains(&want), "{want:?} not in {strs:?}");
    }
}

#[test]
fn folding_has_size_limits() {
    // must not loop or allocate: empty tuple times a huge count, huge powers and strings
    let c = code("a = () * 10**18\nb = 2 ** 10000\nc = 'x' * 10**9\nd = 1 << 1000\n");
    assert!(c
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::Pow { .. })));
    assert!(c
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::Mul { .. })));
}
