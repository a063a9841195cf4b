//! Every colour the window uses, for light and dark, in one place. Diff
//! colours come from the Okabe–Ito palette (distinguishable with the common
//! colour-vision deficiencies), and each has a non-colour cue beside it:
//! inserted words are underlined, deleted words struck through.

use eframe::egui::{self, Color32, Visuals};

/// The colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub text: Color32,
    pub muted: Color32,
    pub insert_bg: Color32,
    pub insert_fg: Color32,
    pub delete_bg: Color32,
    pub delete_fg: Color32,
    pub quote: Color32,
    pub figure: Color32,
    pub figure_disagree_bg: Color32,
    pub entity_bg: Color32,
    pub search_bg: Color32,
    /// Ground of copy shared with the version chosen in the Sources tab.
    pub shared_bg: Color32,
    /// Ground of the hovered sentence and of those linked to it.
    pub linked_bg: Color32,
    pub selected_row: Color32,
    pub empty_cell: Color32,
    pub identical: Color32,
    pub changed: Color32,
    pub unique: Color32,
    pub moved: Color32,
    pub notice_bg: Color32,
    pub error: Color32,
}

/// The palette for light or dark visuals.
pub fn palette(dark: bool) -> Palette {
    if dark {
        Palette {
            text: Color32::from_rgb(0xe8, 0xea, 0xed),
            muted: Color32::from_rgb(0xa0, 0xa6, 0xad),
            insert_bg: Color32::from_rgb(0x0f, 0x35, 0x50),
            insert_fg: Color32::from_rgb(0x9f, 0xd3, 0xff),
            delete_bg: Color32::from_rgb(0x4a, 0x2a, 0x14),
            delete_fg: Color32::from_rgb(0xff, 0xc4, 0x9b),
            quote: Color32::from_rgb(0xcc, 0x99, 0xdd),
            figure: Color32::from_rgb(0xf0, 0xe4, 0x42),
            figure_disagree_bg: Color32::from_rgb(0x5a, 0x48, 0x10),
            entity_bg: Color32::from_rgb(0x1e, 0x4d, 0x3c),
            search_bg: Color32::from_rgb(0x70, 0x5a, 0x00),
            shared_bg: Color32::from_rgb(0x3b, 0x3b, 0x1a),
            linked_bg: Color32::from_rgb(0x4a, 0x2f, 0x5e),
            selected_row: Color32::from_rgba_unmultiplied(0x56, 0xb4, 0xe9, 40),
            empty_cell: Color32::from_rgb(0x22, 0x25, 0x2b),
            identical: Color32::from_rgb(0x80, 0x86, 0x8d),
            changed: Color32::from_rgb(0x56, 0xb4, 0xe9),
            unique: Color32::from_rgb(0x6f, 0xe0, 0xbf),
            moved: Color32::from_rgb(0xc7, 0xa6, 0xff),
            notice_bg: Color32::from_rgb(0x3d, 0x32, 0x10),
            error: Color32::from_rgb(0xff, 0x9e, 0x80),
        }
    } else {
        Palette {
            text: Color32::from_rgb(0x1d, 0x1d, 0x1f),
            muted: Color32::from_rgb(0x5f, 0x63, 0x68),
            insert_bg: Color32::from_rgb(0xd6, 0xea, 0xf8),
            insert_fg: Color32::from_rgb(0x00, 0x4f, 0x80),
            delete_bg: Color32::from_rgb(0xfb, 0xe3, 0xd3),
            delete_fg: Color32::from_rgb(0x8a, 0x3a, 0x00),
            quote: Color32::from_rgb(0x7a, 0x2e, 0x8e),
            figure: Color32::from_rgb(0x00, 0x6d, 0x4f),
            figure_disagree_bg: Color32::from_rgb(0xff, 0xf1, 0xc7),
            entity_bg: Color32::from_rgb(0xcf, 0xf0, 0xe2),
            search_bg: Color32::from_rgb(0xff, 0xe0, 0x66),
            shared_bg: Color32::from_rgb(0xee, 0xee, 0xc8),
            linked_bg: Color32::from_rgb(0xe6, 0xd5, 0xf5),
            selected_row: Color32::from_rgba_unmultiplied(0x00, 0x72, 0xb2, 28),
            empty_cell: Color32::from_rgb(0xf1, 0xf2, 0xf4),
            identical: Color32::from_rgb(0x8a, 0x8f, 0x96),
            changed: Color32::from_rgb(0x00, 0x72, 0xb2),
            unique: Color32::from_rgb(0x00, 0x7a, 0x5e),
            moved: Color32::from_rgb(0x6a, 0x3d, 0x9a),
            notice_bg: Color32::from_rgb(0xff, 0xf1, 0xc7),
            error: Color32::from_rgb(0xb0, 0x30, 0x00),
        }
    }
}

/// Version colours: the eight of Okabe–Ito, then four of Paul Tol's muted
/// set (wine, teal, indigo, olive), all told apart with the common
/// colour-vision deficiencies. From the thirteenth version on they repeat,
/// and the column headers carry each version's number as well.
pub const VERSION_COLORS: [Color32; 12] = [
    Color32::from_rgb(0x00, 0x72, 0xb2),
    Color32::from_rgb(0xe6, 0x9f, 0x00),
    Color32::from_rgb(0x00, 0x9e, 0x73),
    Color32::from_rgb(0xcc, 0x79, 0xa7),
    Color32::from_rgb(0x56, 0xb4, 0xe9),
    Color32::from_rgb(0xd5, 0x5e, 0x00),
    Color32::from_rgb(0xf0, 0xe4, 0x42),
    Color32::from_rgb(0x99, 0x99, 0x99),
    Color32::from_rgb(0x88, 0x22, 0x55),
    Color32::from_rgb(0x44, 0xaa, 0x99),
    Color32::from_rgb(0x33, 0x22, 0x88),
    Color32::from_rgb(0x99, 0x99, 0x33),
];

/// The colour of version `i`.
pub fn version_color(i: usize) -> Color32 {
    VERSION_COLORS[i % VERSION_COLORS.len()]
}

/// Light or dark egui visuals.
pub fn visuals(dark: bool) -> Visuals {
    if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    }
}

/// Apply the theme to the context.
pub fn apply(ctx: &egui::Context, dark: bool) {
    ctx.set_visuals(visuals(dark));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_versions_have_twelve_colours() {
        for i in 0..12 {
            for j in 0..i {
                assert_ne!(version_color(i), version_color(j), "{i} and {j}");
            }
        }
    }
}
