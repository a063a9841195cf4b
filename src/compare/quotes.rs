//! Quote groups.
use crate::model::{Quote, Row, Version};
pub fn group(_quotes: &mut [Quote], _versions: &[Version], _rows: &[Row]) {}
