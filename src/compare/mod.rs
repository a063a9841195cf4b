//! Differences across versions.

pub mod figures;
pub mod framing;
pub mod provenance;
pub mod quotes;

/// Union-find: the root of `x`, compressing the path on the way.
pub(crate) fn root(parent: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while parent[r] != r {
        r = parent[r];
    }
    let mut y = x;
    while parent[y] != r {
        let next = parent[y];
        parent[y] = r;
        y = next;
    }
    r
}
