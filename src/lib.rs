//! Parallax: how different news outlets told the same story.
//!
//! The analysis library (everything but `app`) never names a GUI type:
//! `ingest` reads and cleans files, `align` lines their paragraphs up,
//! `extract` finds quotes, figures and entities, `compare` finds differences
//! across versions, and `pipeline` ties them into one [`model::Comparison`]
//! that the CLI, the GUI and every `report` writer receive.

pub mod align;
pub mod cli;
pub mod compare;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod link;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod rx;
pub mod text;

#[cfg(feature = "gui")]
pub mod app;

/// Run `work(t, threads)` on each of `threads` threads, one per core (at
/// most `limit`, at least one; with one, on the caller's thread), and
/// return what each returned, in thread order. Each call takes its own
/// share of the work from `t` and `threads`. A panic on a thread is the
/// caller's panic.
pub(crate) fn on_cores<T: Send>(limit: usize, work: impl Fn(usize, usize) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8)
        .min(limit)
        .max(1);
    if threads == 1 {
        return vec![work(0, 1)];
    }
    let work = &work;
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|t| s.spawn(move || work(t, threads)))
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}
