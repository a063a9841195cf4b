//! The JSON report (`parallax-report/1`), the machine-readable contract.

use crate::error::ReportError;
use crate::model::Comparison;

/// Pretty-printed JSON with a final new line.
pub fn render(c: &Comparison) -> Result<Vec<u8>, ReportError> {
    let mut v = serde_json::to_vec_pretty(c).map_err(|e| ReportError::Serialize(e.to_string()))?;
    v.push(b'\n');
    Ok(v)
}
