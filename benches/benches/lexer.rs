//! Lexer throughput: the parser's token stream over the whole bench corpus, in bytes per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

fn lexer(c: &mut Criterion) {
    let corpus = pyvm_benches::bench_corpus();
    eprintln!(
        "lexer corpus: {} files, {} bytes from {}",
        corpus.files.len(),
        corpus.bytes(),
        corpus.origin
    );
    let mut group = c.benchmark_group("lexer");
    group.throughput(Throughput::Bytes(corpus.bytes() as u64));
    group.sample_size(10);
    group.bench_function("corpus", |b| {
        b.iter(|| {
            let mut tokens = 0;
            for file in &corpus.files {
                tokens += pyvm_benches::lex(black_box(&file.text)).unwrap_or(0);
            }
            tokens
        })
    });
    group.finish();
}

criterion_group!(benches, lexer);
criterion_main!(benches);
