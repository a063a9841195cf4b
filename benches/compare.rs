//! Benchmarks: alignment and the whole analysis for 2, 10 and 50 versions
//! of about 2,000 words each, made from the bundled sample story by the
//! edits outlets make (paragraphs dropped, moved, split; words changed).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::ingest::{IngestOptions, load_file};
use parallax::model::{Paragraph, Version};
use parallax::pipeline::{Options, analyse};

/// Deterministic pseudo-random numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A long story from the sample's paragraphs, then `n` edited versions of it.
fn versions(n: usize, words: usize) -> Vec<Version> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample");
    let mut sample: Vec<Version> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| load_file(&p, 0, IngestOptions::default()).unwrap())
        .collect();
    sample.sort_by(|a, b| a.path.cmp(&b.path));
    let pool: Vec<Paragraph> = sample
        .iter()
        .flat_map(|v| {
            v.paragraphs
                .iter()
                .filter(|p| p.kind.is_story_text())
                .cloned()
        })
        .collect();
    let mut rng = Rng(0x2545F4914F6CDD1D);
    let mut story: Vec<Paragraph> = Vec::new();
    let mut count = 0;
    let mut k = 0;
    while count < words {
        let mut p = pool[k % pool.len()].clone();
        // Paragraphs reused from the pool get a distinct detail each time.
        p.text = format!(
            "{} In section {}, district {} was affected.",
            p.text,
            k,
            k * 7 % 31
        );
        count += p.text.split_whitespace().count();
        story.push(p);
        k += 1;
    }
    (0..n)
        .map(|i| {
            let mut paras = story.clone();
            if i > 0 {
                for _ in 0..3 {
                    let a = rng.below(paras.len());
                    paras.remove(a);
                }
                let a = rng.below(paras.len());
                let moved = paras.remove(a);
                paras.insert(rng.below(paras.len()), moved);
                for p in paras.iter_mut() {
                    let mut ws: Vec<String> =
                        p.text.split_whitespace().map(str::to_string).collect();
                    for _ in 0..ws.len() / 12 {
                        let j = rng.below(ws.len());
                        ws[j] = format!("{}x", ws[j]);
                    }
                    p.text = ws.join(" ");
                }
            }
            let word_count = Version::count_words(&paras);
            Version {
                id: format!("v{i}"),
                path: format!("v{i}.txt"),
                word_count,
                paragraphs: paras,
                ..sample[0].clone()
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    for n in [2usize, 10, 50] {
        let vs = versions(n, 2000);
        group.bench_function(format!("align {n} versions x 2000 words"), |b| {
            b.iter(|| black_box(parallax::align::align(black_box(&vs))))
        });
        group.bench_function(format!("analyse {n} versions x 2000 words"), |b| {
            b.iter(|| black_box(analyse(black_box(vs.clone()), vec![], Options::default())))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
