//! Unit tests of the symbol table's API (the recorded comparisons with CPython live in
//! `compiler/tests/symtable.rs`).

use pyvm_parser::ast::{self, Expr, Stmt};

use super::*;

fn with_table<R>(
    src: &str,
    f: impl FnOnce(&ast::Mod<'_>, Result<SymbolTable, SyntaxError>) -> R,
) -> R {
    let arena = bumpalo::Bump::new();
    let module = pyvm_parser::parse(
        src,
        pyvm_parser::Mode::Exec,
        pyvm_parser::ParseOptions::default(),
        &arena,
    )
    .expect("test source parses");
    let table = SymbolTable::build(&module, src, "<test>");
    f(&module, table)
}

fn body<'a>(m: &ast::Mod<'a>) -> &'a [Stmt<'a>] {
    match m {
        ast::Mod::Module(m) => m.body,
        _ => &[],
    }
}

fn key<T>(node: &T) -> *const () {
    std::ptr::from_ref(node).cast()
}

#[test]
fn scopes_are_keyed_by_their_nodes() {
    let src = "def f[T](a, *b, c, **d):\n    g = lambda: a\n    return [x for x in b], (y for y in d)\nclass C:\n    pass\ntype A[U] = list[U]\n";
    with_table(src, |m, table| {
        let table = table.expect("no error");
        let stmts = body(m);
        let Some(Stmt::FunctionDef(f)) = stmts.first() else {
            panic!("def expected")
        };
        let fs = table.scope_of(key(*f)).expect("function scope");
        assert_eq!(fs.kind, ScopeKind::Function);
        assert_eq!(fs.varnames, ["a", "c", "b", "d"]);
        assert!(fs.has_varargs && fs.has_varkeywords);
        let tp = table.type_params_scope_of(key(*f)).expect("type params");
        assert_eq!(tp.kind, ScopeKind::TypeParams);
        assert_eq!(tp.symbol("T").map(|s| s.scope), Some(SymScope::Local));
        assert_eq!(tp.varnames, [".defaults"]);
        assert!(fs.symbol("T").is_none());
        // `g = lambda: a` and the comprehensions.
        let Some(Stmt::Assign(assign)) = fs_body(f).first() else {
            panic!("assign expected")
        };
        let Expr::Lambda(l) = assign.value else {
            panic!("lambda expected")
        };
        let ls = table.scope_of(key(l)).expect("lambda scope");
        assert_eq!(ls.kind, ScopeKind::Lambda);
        assert_eq!(ls.freevars, ["a"]);
        assert_eq!(fs.co_cellvars(), ["a"]);
        let Some(Stmt::Return(r)) = fs_body(f).get(1) else {
            panic!("return expected")
        };
        let Some(Expr::Tuple(t)) = &r.value else {
            panic!("tuple expected")
        };
        let (Some(Expr::ListComp(lc)), Some(Expr::GeneratorExp(ge))) =
            (t.elts.first(), t.elts.get(1))
        else {
            panic!("comprehensions expected")
        };
        let lcs = table.scope_of(key(*lc)).expect("listcomp scope");
        assert!(lcs.inlined);
        assert_eq!(lcs.kind, ScopeKind::Comprehension(ComprehensionKind::List));
        let ges = table.scope_of(key(*ge)).expect("genexpr scope");
        assert!(!ges.inlined && ges.is_generator);
        assert_eq!(ges.varnames, [".0"]);
        // The inlined comprehension left `children` but stays in `all_children`.
        assert!(fs.all_children.len() == fs.children.len() + 1);
        // `x` was merged into the function.
        assert_eq!(fs.symbol("x").map(|s| s.scope), Some(SymScope::Local));
        let Some(Stmt::ClassDef(c)) = stmts.get(1) else {
            panic!("class expected")
        };
        assert_eq!(
            table.scope_of(key(*c)).map(|s| s.kind),
            Some(ScopeKind::Class)
        );
        let Some(Stmt::TypeAlias(a)) = stmts.get(2) else {
            panic!("type alias expected")
        };
        assert_eq!(
            table.scope_of(key(*a)).map(|s| s.kind),
            Some(ScopeKind::TypeAlias)
        );
        assert!(table.type_params_scope_of(key(*a)).is_some());
        assert!(table.scope_of(std::ptr::null()).is_none());
    });
}

fn fs_body<'a>(f: &ast::FunctionDef<'a>) -> &'a [Stmt<'a>] {
    f.body
}

#[test]
fn class_cells() {
    let src = "class C:\n    def m(self):\n        return super().m()\n    x = 1\n    def n(self):\n        return x\n";
    with_table(src, |_, table| {
        let table = table.expect("no error");
        let top = table.module_scope();
        let c = table.scope(top.children[0]);
        assert!(c.needs_class_closure);
        assert!(!c.needs_classdict);
        assert_eq!(c.cellvars, ["__class__"]);
        let m = table.scope(c.children[0]);
        assert_eq!(m.freevars, ["__class__"]);
        // The class's `x` is not visible from `n`.
        let n = table.scope(c.children[1]);
        assert_eq!(
            n.symbol("x").map(|s| s.scope),
            Some(SymScope::GlobalImplicit)
        );
    });
}

#[test]
fn errors_have_cpython_positions() {
    with_table("def f():\n    é = 1; global é\n", |_, table| {
        let err = table.expect_err("global after assignment");
        assert_eq!(err.msg, "name 'é' is assigned to before global declaration");
        // Byte-based columns, as CPython's symtable reports them.
        assert_eq!((err.lineno, err.offset), (2, 13));
        assert_eq!((err.end_lineno, err.end_offset), (Some(2), Some(22)));
    });
}

#[test]
fn mangling() {
    assert_eq!(mangle(Some("Foo"), "__x"), "_Foo__x");
    assert_eq!(mangle(Some("_Foo"), "__x"), "_Foo__x");
    assert_eq!(mangle(Some("__"), "__x"), "__x");
    assert_eq!(mangle(Some("Foo"), "__x__"), "__x__");
    assert_eq!(mangle(Some("Foo"), "__a.b"), "__a.b");
    assert_eq!(mangle(Some("Foo"), "_x"), "_x");
    assert_eq!(mangle(None, "__x"), "__x");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // The parser stops a little before CPython's compile limit, so build the tree by hand:
    // `-(-(...(1)))`, 2998 and 3100 levels deep inside an expression statement.
    fn table_of_depth(n: usize) -> Result<SymbolTable, SyntaxError> {
        let arena = bumpalo::Bump::new();
        let span = ast::Span::new(0, 1);
        let mut e = Expr::Constant(arena.alloc(ast::Constant {
            span,
            value: ast::ConstantValue::Int(ast::IntValue::Small(1)),
            kind: None,
        }));
        for _ in 0..n {
            e = Expr::UnaryOp(arena.alloc(ast::UnaryOp {
                span,
                op: ast::UnaryOperator::USub,
                operand: e,
            }));
        }
        let stmt = Stmt::Expr(arena.alloc(ast::ExprStmt { span, value: e }));
        let module = ast::Mod::Module(ast::Module {
            body: arena.alloc_slice_copy(&[stmt]),
            type_ignores: &[],
        });
        SymbolTable::build(&module, "1", "<test>")
    }
    // Run in a thread with the main thread's usual 8 MB stack: 3000 levels fit even in a
    // debug build.
    let handle = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let ok = table_of_depth(2998).is_ok();
            let err = table_of_depth(3100).err();
            (ok, err)
        })
        .expect("thread");
    let (ok, err) = handle.join().expect("no panic");
    assert!(ok);
    let err = err.expect("too deep");
    assert_eq!(err.kind, pyvm_parser::SyntaxErrorKind::RecursionError);
    assert_eq!(
        err.msg,
        "maximum recursion depth exceeded during compilation"
    );
}
