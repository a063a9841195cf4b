//! Shared text helpers.
