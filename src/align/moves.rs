//! Which paragraphs stand out of their version's reading order: those not on
//! the longest increasing run of paragraph indices, read top to bottom.

/// Given the paragraph indices of one version in row order, mark the ones
/// that are out of order (the complement of a longest increasing subsequence).
pub fn out_of_order(indices: &[usize]) -> Vec<bool> {
    let n = indices.len();
    if n == 0 {
        return Vec::new();
    }
    // Patience sorting with predecessor links, O(n log n).
    let mut tails: Vec<usize> = Vec::new(); // positions in `indices`
    let mut prev: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        let x = indices[i];
        let pos = tails.partition_point(|&t| indices[t] < x);
        if pos > 0 {
            prev[i] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut keep = vec![false; n];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
    }
    keep.into_iter().map(|k| !k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_order_is_never_moved() {
        assert_eq!(out_of_order(&[0, 1, 2, 3]), vec![false; 4]);
    }

    #[test]
    fn a_paragraph_moved_to_the_top_is_found() {
        assert_eq!(
            out_of_order(&[5, 0, 1, 2, 3, 4]),
            vec![true, false, false, false, false, false]
        );
        assert_eq!(
            out_of_order(&[0, 1, 4, 2, 3]),
            vec![false, false, true, false, false]
        );
    }
}
