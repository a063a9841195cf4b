//! The panels of the window. Each reads the view model or the comparison
//! and returns commands; none changes state while drawing.

pub mod entities;
pub mod findings;
pub mod side_by_side;
pub mod versions;
