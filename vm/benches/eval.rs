//! Criterion benches of the eval loop: recursive calls (fib), an integer `while` loop and
//! method calls, each compiled once from Python source and run in a fresh VM per iteration
//! batch. `benches/compare_eval.py` runs the same programs under CPython for the ratio.

use criterion::{criterion_group, criterion_main, Criterion};
use pyvm_vm::Vm;

const FIB: &str = "
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
result = fib(25)
";

const WHILE_LOOP: &str = "
i = 0
total = 0
while i < 1000000:
    total += i * 2 - 1
    i += 1
";

const METHODS: &str = "
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self.n
def run():
    c = Counter()
    for i in range(200000):
        c.add(i)
    return c.n
result = run()
";

fn bench_program(c: &mut Criterion, name: &str, source: &str) {
    let code = match pyvm_compiler::compile(source, "<bench>", pyvm_parser::Mode::Exec) {
        Ok(code) => code,
        Err(e) => panic!("bench program {name} does not compile: {e}"),
    };
    let mut vm = Vm::new();
    c.bench_function(name, |b| {
        b.iter(|| {
            if let Err(e) = vm.exec_module(code.clone()) {
                panic!("bench program {name} raised {}", e.type_name());
            }
        })
    });
}

fn eval_benches(c: &mut Criterion) {
    bench_program(c, "fib_25", FIB);
    bench_program(c, "while_loop_1m", WHILE_LOOP);
    bench_program(c, "method_calls_200k", METHODS);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = eval_benches
}
criterion_main!(benches);
