//! Tables for a spreadsheet or a notebook: one CSV file per kind of finding,
//! written into a folder, one row per item, each row naming its version,
//! outlet and paragraph with the text itself. Written with the csv crate
//! (quoting, embedded new lines and commas handled the standard way).

use std::path::Path;

use crate::error::ReportError;
use crate::model::Comparison;
use crate::report::summary;

/// The tables written, by file name, with their columns.
pub const TABLES: &[(&str, &[&str])] = &[
    (
        "versions.csv",
        &[
            "version",
            "id",
            "outlet",
            "title",
            "published",
            "credit",
            "family",
            "words",
            "path",
            "url",
            "sha256",
        ],
    ),
    (
        "quotes.csv",
        &[
            "group",
            "version",
            "outlet",
            "paragraph",
            "text",
            "fidelity",
            "changed_words",
            "speaker_id",
            "speaker",
            "cue",
            "attribution",
        ],
    ),
    (
        "figures.csv",
        &[
            "group",
            "version",
            "outlet",
            "paragraph",
            "text",
            "value",
            "unit",
            "discrepancy",
            "sentence",
        ],
    ),
    (
        "entities.csv",
        &[
            "entity_id",
            "name",
            "kind",
            "variants",
            "version",
            "outlet",
            "paragraph",
            "text",
            "start",
            "end",
        ],
    ),
    (
        "framing.csv",
        &[
            "item",
            "kind",
            "weight",
            "version",
            "outlet",
            "paragraph",
            "text",
            "terms",
            "detail",
        ],
    ),
    (
        "provenance.csv",
        &[
            "version_a",
            "outlet_a",
            "version_b",
            "outlet_b",
            "shared",
            "passages",
            "same_family",
        ],
    ),
];

/// Render every table: (file name, CSV bytes).
pub fn render(c: &Comparison) -> Result<Vec<(&'static str, Vec<u8>)>, ReportError> {
    let outlet = |v: usize| c.versions.get(v).map_or("", |x| x.outlet.as_str());
    let family_of = |v: usize| {
        c.provenance
            .families
            .iter()
            .position(|f| f.contains(&v))
            .map(|i| (i + 1).to_string())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for (name, header) in TABLES {
        let mut w = csv::Writer::from_writer(Vec::new());
        let err = |e: csv::Error| ReportError::Serialize(format!("{name}: {e}"));
        w.write_record(*header).map_err(err)?;
        match *name {
            "versions.csv" => {
                for (i, v) in c.versions.iter().enumerate() {
                    w.write_record([
                        i.to_string().as_str(),
                        &v.id,
                        &v.outlet,
                        v.title.as_deref().unwrap_or(""),
                        v.published.as_deref().unwrap_or(""),
                        v.credit.as_deref().unwrap_or(""),
                        &family_of(i),
                        &v.word_count.to_string(),
                        &v.path,
                        v.url.as_deref().unwrap_or(""),
                        &v.sha256,
                    ])
                    .map_err(err)?;
                }
            }
            "quotes.csv" => {
                for q in &c.quotes {
                    let speaker = q
                        .speaker
                        .as_deref()
                        .map(|id| summary::entity_name(c, id))
                        .unwrap_or("");
                    w.write_record([
                        q.group.to_string().as_str(),
                        &q.version.to_string(),
                        outlet(q.version),
                        &q.paragraph.to_string(),
                        &q.text,
                        q.fidelity.as_str(),
                        &q.changed_words.join("; "),
                        q.speaker.as_deref().unwrap_or(""),
                        speaker,
                        q.cue.as_deref().unwrap_or(""),
                        attribution(q.attribution),
                    ])
                    .map_err(err)?;
                }
            }
            "figures.csv" => {
                for f in &c.figures {
                    w.write_record([
                        f.group.to_string().as_str(),
                        &f.version.to_string(),
                        outlet(f.version),
                        &f.paragraph.to_string(),
                        &f.text,
                        &summary::figure_value(f),
                        f.unit.as_deref().unwrap_or(""),
                        if f.discrepancy { "true" } else { "false" },
                        sentence_at(c, f.version, f.paragraph, f.start),
                    ])
                    .map_err(err)?;
                }
            }
            "entities.csv" => {
                for e in &c.entities {
                    let variants = e.variants.join("; ");
                    for m in &e.mentions {
                        w.write_record([
                            e.id.as_str(),
                            &e.name,
                            e.kind.as_str(),
                            &variants,
                            &m.version.to_string(),
                            outlet(m.version),
                            &m.paragraph.to_string(),
                            &m.text,
                            &m.start.to_string(),
                            &m.end.to_string(),
                        ])
                        .map_err(err)?;
                    }
                }
            }
            "framing.csv" => {
                for (i, f) in c.framing.iter().enumerate() {
                    let terms = f.terms.join("; ");
                    let weight = format!("{:.3}", f.weight);
                    // One row per version the item is about, with that
                    // version's evidence where the item has some.
                    let mut versions = f.versions.clone();
                    for e in &f.evidence {
                        if !versions.contains(&e.version) {
                            versions.push(e.version);
                        }
                    }
                    for v in versions {
                        let evidence: Vec<_> =
                            f.evidence.iter().filter(|e| e.version == v).collect();
                        let rows: Vec<(String, &str)> = if evidence.is_empty() {
                            vec![(String::new(), "")]
                        } else {
                            evidence
                                .iter()
                                .map(|e| (e.paragraph.to_string(), e.text.as_str()))
                                .collect()
                        };
                        for (paragraph, text) in rows {
                            w.write_record([
                                i.to_string().as_str(),
                                f.kind.as_str(),
                                &weight,
                                &v.to_string(),
                                outlet(v),
                                &paragraph,
                                text,
                                &terms,
                                &f.detail,
                            ])
                            .map_err(err)?;
                        }
                    }
                }
            }
            "provenance.csv" => {
                for p in &c.provenance.pairs {
                    let [a, b] = p.versions;
                    let same = c
                        .provenance
                        .families
                        .iter()
                        .any(|f| f.contains(&a) && f.contains(&b));
                    w.write_record([
                        a.to_string().as_str(),
                        outlet(a),
                        &b.to_string(),
                        outlet(b),
                        &format!("{:.3}", p.shared),
                        &p.passages.to_string(),
                        if same { "true" } else { "false" },
                    ])
                    .map_err(err)?;
                }
            }
            _ => unreachable!("every table is written above"),
        }
        let bytes = w
            .into_inner()
            .map_err(|e| ReportError::Serialize(format!("{name}: {e}")))?;
        out.push((*name, bytes));
    }
    Ok(out)
}

fn attribution(a: crate::model::Attribution) -> &'static str {
    use crate::model::Attribution::*;
    match a {
        Named => "named",
        Pronoun => "pronoun",
        Role => "role",
        Continued => "continued",
        Subject => "subject",
        Unnamed => "unnamed",
        None => "none",
    }
}

/// The sentence of a paragraph holding byte offset `at`.
fn sentence_at(c: &Comparison, v: usize, p: usize, at: usize) -> &str {
    let Some(para) = c.versions.get(v).and_then(|x| x.paragraphs.get(p)) else {
        return "";
    };
    let mut from = 0;
    for s in &para.sentences {
        if let Some(i) = para.text[from..].find(s.as_str()) {
            let start = from + i;
            let end = start + s.len();
            if (start..end).contains(&at) {
                return s;
            }
            from = end;
        }
    }
    &para.text
}

/// Write every table into `dir` (made if missing), each file atomically.
pub fn write(c: &Comparison, dir: &Path) -> Result<(), ReportError> {
    let io_err = |path: &Path| {
        let path = path.display().to_string();
        move |source| ReportError::Io {
            path: path.clone(),
            source,
        }
    };
    if dir.exists() && !dir.is_dir() {
        return Err(ReportError::Io {
            path: dir.display().to_string(),
            source: std::io::Error::other("tables are written into a folder, and this is a file"),
        });
    }
    std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    for (name, bytes) in render(c)? {
        super::write_report_bytes(&bytes, &dir.join(name))?;
    }
    Ok(())
}
