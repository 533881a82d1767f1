//! Parser throughput: source text to arena AST over the whole bench corpus, in bytes per
//! second. One `Bump` is reused with `reset()` between files, as a compiler driver would.

use bumpalo::Bump;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn parser(c: &mut Criterion) {
    let corpus = pyvm_benches::bench_corpus();
    eprintln!(
        "parser corpus: {} files, {} bytes from {}",
        corpus.files.len(),
        corpus.bytes(),
        corpus.origin
    );
    let mut group = c.benchmark_group("parser");
    group.throughput(Throughput::Bytes(corpus.bytes() as u64));
    group.sample_size(10);
    let mut arena = Bump::new();
    group.bench_function("corpus", |b| {
        b.iter(|| {
            let mut statements = 0;
            for file in &corpus.files {
                statements +=
                    pyvm_benches::parse_module(black_box(&file.text), &arena).unwrap_or(0);
                arena.reset();
            }
            statements
        })
    });
    group.finish();
}

criterion_group!(benches, parser);
criterion_main!(benches);
