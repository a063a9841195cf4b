//! Name candidates in one paragraph: runs of capitalised words (with the
//! connectors names use: "Bank of England", "Coalition of the Willing",
//! "al-Rawabi"), titles and demonyms split off the front ("UK Prime Minister
//! Keir Starmer"), possessives trimmed, and each candidate given the evidence
//! its words and context carry.

use super::lexicon::{Known, LEXICON};
use crate::model::EntityKind;
use crate::text::fold;

/// A word of the paragraph with its byte range.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// Starts with a capital letter (or is an al-/el- name).
    pub cap: bool,
    /// First word of a sentence or clause.
    pub initial: bool,
}

/// The words of a text, as the pattern
/// `(?:\p{Lu}\.){2,}|(?:[Aa]l|[Ee]l|bin|ibn|ben)[-‑]\p{Lu}[\p{L}\p{M}'’-]*|[0-9]+\p{Lu}{2,}(?-u:\b)|[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}]+)*|[0-9]+(?:[.,:][0-9]+)*`
/// finds them (leftmost, the first alternative that matches): initials
/// ("U.S."), al-/el-/bin- names, call signs ("6PR"), words with inner
/// apostrophes, full stops and hyphens, numbers. Written out by hand: this
/// runs over every sentence of every version, and the pattern's Unicode
/// classes made it a twentieth of a one-page comparison.
pub(crate) fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let start = at;
            let c = text[at..].chars().next()?;
            at += c.len_utf8();
            if let Some(end) = word_at(text, start) {
                at = end;
                return Some((start, end));
            }
        }
        None
    })
}

fn is_letter(c: char) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::NonspacingMark
            | G::SpacingMark
            | G::EnclosingMark
    )
}

fn is_upper(c: char) -> bool {
    use unicode_general_category::{GeneralCategory, get_general_category};
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    get_general_category(c) == GeneralCategory::UppercaseLetter
}

/// The end of the word starting at `i`, if one does (see [`word_spans`]).
fn word_at(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let first = rest.chars().next()?;
    let char_at = |j: usize| text[j..].chars().next();
    // Initials: two or more capital-and-full-stop pairs.
    if is_upper(first) {
        let (mut j, mut pairs) = (i, 0);
        while let Some(c) = char_at(j).filter(|&c| is_upper(c)) {
            if char_at(j + c.len_utf8()) != Some('.') {
                break;
            }
            j += c.len_utf8() + 1;
            pairs += 1;
        }
        if pairs >= 2 {
            return Some(j);
        }
    }
    // al-Assad, el-Sisi, bin-Salman.
    for prefix in ["Al", "al", "El", "el", "bin", "ibn", "ben"] {
        if let Some(after) = rest.strip_prefix(prefix)
            && let Some(h) = after.chars().next().filter(|&h| h == '-' || h == '‑')
            && let Some(cap) = after[h.len_utf8()..]
                .chars()
                .next()
                .filter(|&c| is_upper(c))
        {
            let mut j = i + prefix.len() + h.len_utf8() + cap.len_utf8();
            while let Some(c) =
                char_at(j).filter(|&c| is_letter(c) || matches!(c, '\'' | '’' | '-'))
            {
                j += c.len_utf8();
            }
            return Some(j);
        }
    }
    if first.is_ascii_digit() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        // "6PR": digits, two or more capitals, then an ASCII word boundary
        // (the longest run of capitals that ends on one).
        let mut caps = vec![i + digits];
        while let Some(c) = char_at(*caps.last()?).filter(|&c| is_upper(c)) {
            caps.push(caps.last()? + c.len_utf8());
        }
        let ascii_word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        for n in (2..caps.len()).rev() {
            let end = caps[n];
            let before = text[..end].chars().next_back();
            if ascii_word(before) != ascii_word(char_at(end)) {
                return Some(end);
            }
        }
        // A number, with inner full stops, commas and colons.
        let mut j = i + digits;
        while let Some(sep) = char_at(j).filter(|c| matches!(c, '.' | ',' | ':')) {
            let run = text[j + sep.len_utf8()..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count();
            if run == 0 {
                break;
            }
            j += sep.len_utf8() + run;
        }
        return Some(j);
    }
    if !is_letter(first) {
        return None;
    }
    // A word, with inner apostrophes, full stops and hyphens.
    let letters = |from: usize| {
        text[from..]
            .chars()
            .take_while(|&c| is_letter(c))
            .map(char::len_utf8)
            .sum::<usize>()
    };
    let mut j = i + letters(i);
    while let Some(sep) = char_at(j).filter(|c| matches!(c, '\'' | '’' | '.' | '-')) {
        let run = letters(j + sep.len_utf8());
        if run == 0 {
            break;
        }
        j += sep.len_utf8() + run;
    }
    Some(j)
}

/// A model's designation, letters, a hyphen and a number ("ATR-72",
/// "F-16", "MiG-29"): it names a type of machine, and is no word of a
/// name around it ("a Voepass ATR-72" is Voepass's).
pub(crate) fn designation(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && a.chars().all(char::is_alphabetic)
            && !b.is_empty()
            && b.chars().all(|c| c.is_ascii_digit())
    })
}

/// A word that reads as a common word, not a name, by its vector of
/// meaning: name-likeness below `below` (see
/// [`crate::link::meaning::Table::name_likeness`]). -0.1 tells "Receipt",
/// "Initiative", "Special" from given names and surnames; -0.3 is beyond
/// doubt ("Somehow", "Article", "Fellow") for a word with nothing else to go
/// by.
pub fn common_word(word: &str, below: f32) -> bool {
    crate::link::meaning::Table::get()
        .and_then(|t| t.name_likeness(word))
        .is_some_and(|s| s < below)
}

/// Whether the word at `start..end` is part of a web address
/// ("pic.twitter.com/Oy7N3V3RLX", "https://t.co/kiOQ"): a domain before a
/// slash, or a scheme. "Chris Radburn/PA" is a credit, not a link.
fn in_link(text: &str, start: usize, end: usize) -> bool {
    let from = text[..start]
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + 1);
    let to = text[end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| end + i);
    let chunk = &text[from..to];
    chunk.contains("://")
        || chunk.starts_with("www.")
        || chunk
            .split_once('/')
            .is_some_and(|(host, _)| host.contains('.') && !host.ends_with('.'))
}

/// Words of a text, with capitalisation and clause-start flags.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word> = Vec::new();
    let mut prev_end = 0;
    let mut spans = word_spans(text).peekable();
    while let Some((mut start, mut end)) = spans.next() {
        // "ex-CEO", "pro-Kremlin", "mid-March", "anti-EU": a prefix in
        // small letters makes an adjective of the name after it; the word
        // is that name ("al-Assad", "bin-Salman": a surname's particle
        // stays).
        if let Some(h) = text[start..end].find(['-', '‑'])
            && h > 0
            && text[start..start + h].chars().all(|c| c.is_lowercase())
            && !NAME_PARTICLES.contains(&&text[start..start + h])
            && !matches!(
                &text[start..start + h],
                "abu" | "abd" | "bint" | "ould" | "ag" | "ait"
            )
            && text[start + h..end]
                .chars()
                .nth(1)
                .is_some_and(char::is_uppercase)
        {
            start += h + text[start + h..].chars().next().map_or(1, char::len_utf8);
        }
        // "FlightRadar24": digits glued to a name written with lower case
        // are part of it ("W224", a capital and digits, is a code of its
        // own). "ATR-72", "F-16": a model's number after a hyphen makes the
        // word a designation (see `designation`).
        if text[start..].starts_with(char::is_uppercase)
            && let Some(&(ns, ne)) = spans.peek()
            && text[ns..ne].bytes().all(|b| b.is_ascii_digit())
            && text[ne..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '-')
        {
            let lower = text[start..end]
                .chars()
                .filter(|c| c.is_lowercase())
                .count();
            let gap = &text[end..ns];
            if (gap.is_empty() && lower >= 2) || gap == "-" {
                end = ne;
                spans.next();
            }
        }
        let t = &text[start..end];
        let first = t.chars().next().unwrap_or(' ');
        let alname = t.contains('-')
            && t.split(['-', '‑'])
                .nth(1)
                .is_some_and(|s| s.starts_with(char::is_uppercase));
        let gap = &text[prev_end..start];
        // (Not the network "X" closing a sentence: "posted on X. Wayanad
        // is famed for its tea".)
        let after_abbrev = gap.starts_with('.')
            && out.last().is_some_and(|w: &Word| {
                is_abbreviation(w.text)
                    && !(w.text == "X" && on_platform_x(crate::text::tail(text, w.start, 48), ""))
            });
        // A clause starts after sentence punctuation or an opening quotation
        // mark (a closing one, as in `…," Horvat said`, starts nothing).
        let opening_quote = gap.trim_end().ends_with(['“', '‘']) || gap.ends_with('"');
        let initial = out.is_empty()
            || opening_quote
            || (gap.contains(['.', '!', '?', ':', '(', '—', '–', ';', '\n'])
                && !(after_abbrev && gap[1..].trim().is_empty()))
            // A spaced hyphen is a dash ("MARCH 10 (Orbis) - Rail workers").
            || gap.contains(" - ");
        out.push(Word {
            text: t,
            start,
            end,
            // "6PR", "3AW": call signs and brands that open with a digit.
            // A letter glued after digits is a unit ("41C. Nine people"),
            // no initial.
            cap: ((first.is_uppercase() && !text[..start].ends_with(|c: char| c.is_ascii_digit()))
                || alname
                || (first.is_ascii_digit() && t.ends_with(char::is_uppercase)))
                && !in_link(text, start, end)
                && !designation(t),
            initial,
        });
        prev_end = end;
    }
    out
}

/// Whether a lone "X" stands where a network's name stands ("posted on
/// X", "in a post to X", "the social media platform X", "X, formerly
/// Twitter"): the company that runs the network, as news names Facebook
/// or Telegram, not a letter, a grade or a Roman ten ("Article X" and
/// "Malcolm X" are runs of their own).
pub(crate) fn on_platform_x(before: &str, after: &str) -> bool {
    static BEFORE: std::sync::LazyLock<crate::rx::Regex> = std::sync::LazyLock::new(|| {
        crate::rx::Regex::new(
            r"(?i)(?:\b(?:on|to|via)|\b(?:platform|network|site|service|app))\s+$",
        )
        .expect("valid platform pattern")
    });
    let formerly = after
        .trim_start_matches([',', ' ', '('])
        .get(..8)
        .is_some_and(|w| w.eq_ignore_ascii_case("formerly"));
    formerly
        || (BEFORE.is_match(before)
            && !after.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
}

/// A title or initial written with a full stop ("Dr.", "Capt.", "E.").
pub fn is_abbreviation(word: &str) -> bool {
    let f = fold(word);
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || LEXICON.is_title_word(&f)
        || crate::text::PLACE_ABBREVIATIONS.contains(&f.as_str())
        || matches!(
            f.as_str(),
            "st" | "mt"
                | "ft"
                | "jr"
                | "sr"
                | "gov"
                | "gen"
                | "col"
                | "lt"
                | "sgt"
                | "rep"
                | "sen"
                | "capt"
                | "prof"
                | "rev"
        )
}

/// The gap between two words of one name: spaces, or a full stop and spaces
/// after an abbreviation.
fn joins(text: &str, prev: &Word, next: &Word) -> bool {
    let gap = &text[prev.end..next.start];
    gap.chars().all(|c| c == ' ')
        // "Allegheny & Lakes Railroad", "Procter & Gamble": an ampersand
        // between two capitalised words joins one name.
        || (gap == " & "
            && prev.text.starts_with(char::is_uppercase)
            && next.text.starts_with(char::is_uppercase))
        || (gap.starts_with('.')
            && gap[1..].chars().all(|c| c == ' ')
            && !gap[1..].is_empty()
            && is_abbreviation(prev.text))
}

/// Inside a body's name of its fields ("Ministry of Land, …"), at a comma:
/// the run so far names a kind of body and then "of" or "for", and from
/// the comma on come capitalised fields, each after a comma, until one
/// after "and" (eight words at most).
fn fields_listed(text: &str, ws: &[Word], i: usize, j: usize) -> bool {
    let body_of = (i + 1..j).any(|k| {
        matches!(ws[k].text, "of" | "for")
            && matches!(
                fold(ws[k - 1].text).as_str(),
                "ministry" | "minister" | "department" | "secretary" | "committee" | "commission"
            )
    });
    if !body_of {
        return false;
    }
    // A field is a common noun ("Transport", "Rural Affairs"), not a body
    // or a name of its own ("the Ministry of Health, Police and Army
    // units", "the Bank of England, Barclays and Lloyds").
    let field = |w: &Word| {
        w.cap
            && !is_body_word(w.text)
            && common_word(w.text, 0.0)
            // ("Labour" in "Health, Labour and Welfare" is the field,
            // however well the lexicon knows the party.)
            && (LEXICON.known(w.text).is_none() || common_word(w.text, -0.3))
    };
    let mut m = j;
    while m < ws.len() && m < j + 8 {
        if !field(&ws[m]) {
            return false;
        }
        let Some(next) = ws.get(m + 1) else {
            return false;
        };
        match &text[ws[m].end..next.start] {
            ", " => {}
            " " if next.text == "and" => {
                return ws.get(m + 2).is_some_and(field);
            }
            // A field of two words ("Rural Affairs", "Civil Aviation").
            " " if next.cap => {}
            _ => return false,
        }
        m += 1;
    }
    false
}

/// The letters that open ships' names, as written: motor vessel, motor
/// ship or tanker, steamship, the British, US and Commonwealth navies'
/// prefixes, fishing and research vessels.
pub const SHIP_PREFIXES: &[&str] = &[
    "MV", "MS", "MT", "SS", "RMS", "HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "FV", "RV",
];

/// Lower-case words that may sit inside a name.
pub(crate) const CONNECTORS: &[&str] = &[
    "of", "the", "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "des", "la",
    "le", "bin", "al", "y", "for", "and",
    // "And" in the names of bodies in Italian, Portuguese, French and
    // German: "Autorità Garante della Concorrenza e del Mercato",
    // "Ministério da Ciência e Tecnologia", "Ponts et Chaussées".
    "e", "et", "und",
    // Urdu and Arabic compound names: "Shafiq ur Rehman", "Zia ul Haq", "Salah ud Din".
    "ur", "ul", "ud",
];

/// A word that tells what kind of thing a name is ("Bank", "Street",
/// "Cup"), not which one.
/// A word that makes a name a body's or a firm's ("Motor", "Corp.",
/// "Holdings", "Ministry").
pub fn is_body_word(word: &str) -> bool {
    let f = fold(word);
    let f = f.trim_end_matches('.');
    org_word(f) || LEGAL_FORMS.contains(&f)
}

pub fn is_kind_word(word: &str) -> bool {
    let f = fold(word);
    org_word(&f)
        || PLACE_WORDS.contains(&f.as_str())
        || OTHER_WORDS.contains(&f.as_str())
        || CONNECTORS.contains(&f.as_str())
}

/// A noun of institution that stands alone for an organization named in
/// full before ("the Court", "the Ministry", "the Centre"): a kind word of
/// [`ORG_WORDS`] other than legal suffixes, trades and the names of
/// newspapers, teams and units ("Inc", "Airlines", "Times", "United").
pub fn is_org_kind_word(word: &str) -> bool {
    const NOT_ALONE: &[&str] = &[
        "group",
        "inc",
        "ltd",
        "corp",
        "corporation",
        "co",
        "service",
        "services",
        "front",
        "statistics",
        "airlines",
        "airways",
        "shipping",
        "fc",
        "united",
        "partners",
        "holdings",
        "industries",
        "motor",
        "motors",
        "administration",
        "bancorp",
        "network",
        "news",
        "times",
        "post",
        "press",
        "media",
        "tribune",
        "herald",
        "gazette",
        "journal",
        "telegraph",
        "guardian",
        "observer",
        "chronicle",
        "forces",
        "guard",
        "brigade",
        "regiment",
    ];
    let f = fold(word);
    listed_org_word(&f) && !NOT_ALONE.contains(&f.as_str()) && !TRADE_FIRST.contains(&f.as_str())
}

/// A folded word of [`ORG_WORDS`], [`LAST_ONLY_KINDS`], [`FIRST_ONLY_KINDS`]
/// or [`TRADE_FIRST`] (where a name holds it is weighed by the caller).
fn listed_org_word(w: &str) -> bool {
    ORG_WORDS.contains(&w)
        || LAST_ONLY_KINDS.contains(&w)
        || FIRST_ONLY_KINDS.contains(&w)
        || TRADE_FIRST.contains(&w)
}

/// Kind words that make a body only as a name's last word: a police
/// force's units, named with a rank's word as often as not ("the
/// Detective Branch", "Special Branch", "the Flying Squad", "the Serious
/// Crime Unit").
const LAST_ONLY_KINDS: &[&str] = &["branch", "squad", "unit"];

/// Kind words that make a body only as a name's first word, as Romance
/// languages name consortia, movements, unions, courts, prosecutors and
/// public bodies ("Consorcio Vial Los Andes", "Movimiento Tierra y
/// Trabajo", "Corte Suprema", "Fiscalía de la Nación", "Cámara de
/// Diputados").
const FIRST_ONLY_KINDS: &[&str] = &[
    "consorcio",
    "consorzio",
    "movimiento",
    "movimento",
    "mouvement",
    "sindicato",
    "sindacato",
    "syndicat",
    "corte",
    "fiscalia",
    "procuraduria",
    "contraloria",
    "defensoria",
    "superintendencia",
    "secretaria",
    "comision",
    "comissao",
    "consejo",
    "conselho",
    "conseil",
    "congreso",
    "congresso",
    "camara",
    "senado",
    "asamblea",
    "assembleia",
    "federacion",
    "federacao",
    "confederacion",
    "asociacion",
    "associacao",
    "policia",
    "ejercito",
    "exercito",
    // Public services, offices and authorities ("Servicio Nacional de
    // Geología y Minería", "Defesa Civil", "Corpo de Bombeiros",
    // "Protección Civil", "Guardia Civil", "Prefeitura de Belo
    // Horizonte", "Junta de Andalucía", "Autoridad del Canal"); only as
    // the first of two words or more ("Kantor" alone is a surname). Not
    // the words of areas ("Departamento de Antioquia").
    "servicio",
    "servico",
    "corporacion",
    "corporacao",
    "direccion",
    "direcao",
    "oficina",
    "agencia",
    "autoridad",
    "autoridade",
    "defensa",
    "defesa",
    "proteccion",
    "protecao",
    "corpo",
    "cuerpo",
    "guardia",
    "guarda",
    "prefeitura",
    "alcaldia",
    "municipalidad",
    "ayuntamiento",
    "intendencia",
    "gobierno",
    "governo",
    "junta",
    // Indonesian and Malay public bodies ("Kantor SAR Balikpapan", "Badan
    // Meteorologi", "Dinas Kesehatan", "Kementerian Perhubungan",
    // "Mahkamah Agung").
    "kantor",
    "badan",
    "dinas",
    "kementerian",
    "kepolisian",
    "komisi",
    "lembaga",
    "pengadilan",
    "mahkamah",
];

/// Trades that open the names of firms in Spanish and Portuguese ("Minera
/// Escondida", "Mineração Rio do Norte", "Naviera Armas", "Aerolíneas
/// Argentinas", "Cementos Argos", "Industrias Peñoles", "Siderúrgica del
/// Orinoco", "Inmobiliaria Colonial", "Cervecería Polar"): kind words of
/// organizations as the first of two words or more, like
/// [`FIRST_ONLY_KINDS`]; the rest is the firm's own name ("Escondida").
const TRADE_FIRST: &[&str] = &[
    "minera",
    "mineradora",
    "mineracao",
    "petrolera",
    "naviera",
    "aerolineas",
    "cementos",
    "industrias",
    "siderurgica",
    "inmobiliaria",
    "aseguradora",
    "cerveceria",
    "embotelladora",
];

/// Whether a word (folded) is a trade that opens a firm's name (see
/// [`TRADE_FIRST`]).
pub(crate) fn trade_first(folded: &str) -> bool {
    TRADE_FIRST.contains(&folded)
}

/// Words that make a name an organization.
const ORG_WORDS: &[&str] = &[
    // Firms and institutions as Spanish, Portuguese, French and Italian
    // write them, kept in their own language in English copy
    // ("Construtora Norberto Odebrecht", "Grupo Televisa", "Banco
    // Santander", "Partido Revolucionario Institucional", "Ministério da
    // Saúde", "Société Générale"); folded.
    "construtora",
    "constructora",
    "compania",
    "companhia",
    "compagnie",
    "grupo",
    "groupe",
    "gruppo",
    "banco",
    "banque",
    "empresa",
    "sociedad",
    "sociedade",
    "societe",
    "ministerio",
    "ministere",
    "partido",
    "fundacion",
    "fundacao",
    "fondation",
    "instituto",
    "universidad",
    "universidade",
    "universite",
    // Courts named so in English copy and in Spanish and French
    // ("Competition Appeal Tribunal", "Tribunal Supremo").
    "tribunal",
    "bank",
    "committee",
    "council",
    "ministry",
    "party",
    "association",
    "organization",
    "organisation",
    "agency",
    "authority",
    // "the Food and Drug Administration", "the Federal Aviation
    // Administration"; a carmaker's "Toyota Motor", "Ford Motor".
    "administration",
    "motor",
    "board",
    "commission",
    "university",
    "institute",
    "group",
    "inc",
    "ltd",
    "corp",
    "corporation",
    "company",
    "co",
    "union",
    "court",
    "parliament",
    "army",
    "navy",
    "police",
    "service",
    "services",
    "office",
    "department",
    "federation",
    "league",
    "fund",
    "foundation",
    "coalition",
    "alliance",
    "front",
    "movement",
    "statistics",
    "directorate",
    "inspectorate",
    "secretariat",
    "trust",
    "society",
    "college",
    "school",
    "hospital",
    "airlines",
    "airways",
    "shipping",
    "bureau",
    "assembly",
    "senate",
    "congress",
    "cabinet",
    "government",
    "club",
    "fc",
    "united",
    "partners",
    "holdings",
    "holding",
    "industries",
    "motors",
    "bancorp",
    "exchange",
    "network",
    "news",
    "times",
    "post",
    "press",
    "media",
    "tribune",
    "herald",
    "gazette",
    "journal",
    "telegraph",
    "guardian",
    "observer",
    "chronicle",
    "forces",
    "guard",
    "brigade",
    "regiment",
    "centre",
    "center",
    "network",
    "observatory",
    "library",
    "museum",
    "chamber",
    // "the Public Prosecution" (the prosecuting body of Arab and other
    // civil-law states), "the Crown Prosecution Service", "HM Revenue and
    // Customs", "the Egyptian Customs Authority".
    "prosecution",
    "customs",
    "judiciary",
];

/// Words that end the names of military units, which carry a number.
const UNIT_WORDS: &[&str] = &[
    "division",
    "brigade",
    "regiment",
    "battalion",
    "squadron",
    "fleet",
    "corps",
    "army",
    "wing",
    "airborne",
    "infantry",
    "artillery",
    "cavalry",
];

/// Where an ordinal in figures ("47th", "82nd", "1st", "62d") ends
/// `before`, one space before a name: its start.
fn ordinal_before(before: &str) -> Option<usize> {
    let b = before.strip_suffix(' ')?;
    let word_start = b
        .char_indices()
        .rfind(|&(_, c)| !c.is_ascii_alphanumeric())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &b[word_start..];
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &word[digits..];
    (digits > 0 && matches!(suffix, "st" | "nd" | "rd" | "th" | "d")).then_some(word_start)
}

/// Words that make a name an organization but never stand alone for
/// one named before ("the Force", "the Radio" are no back-references).
const NAMING_ORG_WORDS: &[&str] = &[
    // Armed forces and their units ("Royal Air Force", "US Central
    // Command", "Marine Corps", "82nd Airborne Division", "Azov
    // Battalion", "Black Sea Fleet").
    "force",
    "command",
    "corps",
    "division",
    "battalion",
    "squadron",
    "fleet",
    // Labels, broadcasters and stations ("Virgin Records", "Australian
    // Broadcasting Corporation", "Radio Free Europe", "BBC Radio 4").
    "records",
    "broadcasting",
    "radio",
    // "Canadian Pacific Railway", "Indian Railways", "Union Pacific
    // Railroad", "Norfolk Southern Railroad".
    "railway",
    "railways",
    "railroad",
    "railroads",
    // What firms call themselves by their trade ("Brawner Builders",
    // "Lehman Brothers", "Kroll Associates", "Acme Logistics").
    "builders",
    "contractors",
    "brothers",
    // The same in Portuguese, Spanish, French and Italian firm names
    // ("Irmãos Valadares", "Hermanos Ruiz", "Frères Lumière"); folded.
    "irmaos",
    "hermanos",
    "freres",
    "fratelli",
    "associates",
    "consultants",
    "construction",
    "engineering",
    "logistics",
    "pharmaceuticals",
    "technologies",
    "solutions",
    "enterprises",
    "ventures",
    "insurance",
    // Legal forms of companies, as written after their names ("British
    // Airways Plc", "Nicholson's Broadcasting Service Pty Ltd").
    "plc",
    "llc",
    "gmbh",
    "pty",
    "limited",
];

/// A word that makes a name an organization.
/// Utilities and industries named by what they sell, as the last word of a
/// name of two words or more ("Thames Water", "Anglian Water", "Duke
/// Energy", "EDF Energy", "General Electric", "Georgia Power", "British
/// Gas", "Newmont Mining", "Tata Steel", "Occidental Petroleum", "Tyson
/// Foods", "Deutsche Telekom", "BAE Systems"); alone, each is a plain word ("Gas oil
/// erased its gains").
const TRADE_LAST: &[&str] = &[
    "water",
    "energy",
    "electric",
    "power",
    "gas",
    "mining",
    "steel",
    "petroleum",
    "chemicals",
    "foods",
    "telecom",
    "telekom",
    // "BAE Systems", "Cisco Systems", "Helmstadt Defence Systems".
    "systems",
    // Miners and energy firms: "BHP Resources", "Brennmoor Resources".
    "resources",
    // Investment firms: "Sequoia Capital", "Apollo Capital", "Nomura
    // Securities".
    "capital",
    "securities",
    // Airlines and aircraft makers: "Nordane Air", "Veltrix Aerospace",
    // "Skyline Aviation".
    "air",
    "aerospace",
    "aerostructures",
    "aviation",
    // Advisers: "Skyline Aviation Advisory", "Horizon Consulting".
    "advisory",
    "consulting",
    // Managers of ships, funds and property ("Anglo-Eastern Ship
    // Management", "Wellington Management", "Hines Property Management").
    "management",
];

fn org_word(w: &str) -> bool {
    listed_org_word(w) || NAMING_ORG_WORDS.contains(&w)
}

/// Legal forms written after a company's name, left off when the name is
/// looked up ("British Airways Plc" is "British Airways").
const LEGAL_FORMS: &[&str] = &[
    "plc", "ltd", "llc", "inc", "corp", "co", "gmbh", "pty", "limited", "sa", "ag", "nv", "bv",
];

/// Legal forms of companies in other countries, as the last word of a name
/// of two words or more (a European company, "SE"; Italian, "SpA"; Nordic,
/// "AB", "ASA", "Oyj"; French, "SARL", "SAS"; Italian and Romanian, "Srl";
/// Peruvian, "SAC" and "SAA"; Brazilian and Colombian, "Ltda").
const COMPANY_FORMS: &[&str] = &[
    "se", "spa", "ab", "asa", "oyj", "sarl", "sas", "srl", "tbk", "sac", "saa", "ltda",
];

/// A company's legal form written after its name, of this country or
/// another ("Plc", "Inc", "GmbH", "SE", "Oyj"). Forms of two letters other
/// than "Co" count in capitals only: "SE", not a short word of a name ("Se").
pub fn is_legal_form(word: &str) -> bool {
    let f = fold(word).replace('.', "");
    legal_form_folded(&f)
        && (f.len() > 2
            || f == "co"
            || word
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase))
}

/// A folded word that is a legal form of company, written with its stops
/// or without ("S.A." / "SA", "N.V.", "Inc.").
fn legal_form_folded(folded: &str) -> bool {
    let f = folded.replace('.', "");
    LEGAL_FORMS.contains(&f.as_str()) || COMPANY_FORMS.contains(&f.as_str())
}

/// Legal forms written before a company's name, as wire copy writes them:
/// Indonesian "PT" ("PT Telekomunikasi Indonesia"), Russian "OAO", "PAO",
/// "ZAO", "OOO" and "PJSC"/"JSC" ("PAO Sberbank").
const COMPANY_FORMS_BEFORE: &[&str] = &["PT", "OAO", "PAO", "ZAO", "OOO", "JSC", "PJSC"];

/// Points of the compass, as they open the names of regions.
pub(crate) const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "central",
];

/// A point of the compass that shares the name after the next one ("North
/// and South Kivu", "East and West Berlin"): `after` is the text right
/// after it.
pub(crate) fn shares_a_compass_name(folded: &str, after: &str) -> bool {
    if !COMPASS.contains(&folded) {
        return false;
    }
    let Some(rest) = after
        .strip_prefix(" and ")
        .or_else(|| after.strip_prefix(" or "))
    else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let second = words.next().unwrap_or("");
    COMPASS.contains(&crate::text::fold(second).as_str())
        && second.starts_with(char::is_uppercase)
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Words that open English compounds written with a hyphen ("Far-right",
/// "Ex-wife", "Then-mayor", "Co-op", "Mid-term", "Anti-war"), not given
/// names.
const COMPOUND_FIRST: &[&str] = &[
    "ex", "co", "anti", "pro", "non", "pre", "post", "mid", "far", "then", "self", "half", "well",
    "full", "part", "high", "low", "year", "top", "all", "one", "two", "cross", "multi", "semi",
    "sub", "super", "inter", "over", "under", "out", "off", "up", "down", "end", "re", "de",
    "vice", "step", "grand", "great", "left", "right", "old", "new", "pan", "neo", "bi", "tri",
];

/// A family name and a given name written with a hyphen, in either order:
/// "Park Jin-ho", "Oh Sun-hee", "Tsai Ing-wen", "Jin-ho Park". Korean
/// names and Chinese names from Taiwan and Hong Kong are romanised so in
/// English-language news (AP, Reuters, Yonhap, the Korea Herald, the
/// Taipei Times): a short capitalised family name of one syllable, and a
/// given name of two syllables joined by a hyphen, the second in lower
/// case. No place or body is written in this shape: a hyphenated place
/// is one word ("Port-au-Prince", "Aix-en-Provence"), and a lower-case
/// tail that makes a name an adjective ("London-based") is read first.
pub(crate) fn east_asian_name(ws: &[Word]) -> bool {
    // One syllable: one run of vowels ("Park", "Choi", "Hwang", not
    // "Maria" or "Adams").
    fn one_syllable(w: &str) -> bool {
        let vowel = |c: char| "aeiouy".contains(c);
        let cs: Vec<char> = fold(w).chars().collect();
        let runs = (0..cs.len())
            .filter(|&k| vowel(cs[k]) && (k == 0 || !vowel(cs[k - 1])))
            .count();
        // ("Ng" has none.)
        runs <= 1
    }
    fn family(w: &str) -> bool {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && (2..=5).contains(&w.chars().count())
            && cs.all(char::is_lowercase)
            && one_syllable(w)
    }
    fn given(w: &str) -> bool {
        let Some((a, b)) = w.split_once('-') else {
            return false;
        };
        let mut cs = a.chars();
        cs.next().is_some_and(char::is_uppercase)
            && (2..=5).contains(&a.chars().count())
            && cs.all(char::is_lowercase)
            && !COMPOUND_FIRST.contains(&a.to_lowercase().as_str())
            && (2..=5).contains(&b.chars().count())
            && b.chars().all(char::is_lowercase)
            && !adjective_tail(b)
    }
    let [x, y] = ws else {
        return false;
    };
    let (x, y) = (clean_name(x.text), clean_name(y.text));
    (family(x) && given(y)) || (given(x) && family(y))
}

/// How two words open a person's name on their own, if they do: with a
/// given name the lexicon knows (`Some(false)`), or with the family name,
/// as Korean, Chinese and Vietnamese names are written (`Some(true)`: a
/// family name of those countries' commonest, or a name of the shape of
/// [`east_asian_name`]). Nothing but a title or a description stands
/// before a name written family name first.
pub(crate) fn reads_as_person(name: &str) -> Option<bool> {
    let ws = words(name);
    let [first, _] = &ws[..] else {
        return None;
    };
    let f = fold(clean_name(first.text));
    if SURNAME_FIRST.contains(&f.as_str()) || east_asian_name(&ws) {
        Some(true)
    } else {
        LEXICON.first_names.contains(&f).then_some(false)
    }
}

/// Words that open the names of places ("Mount Kenya", "Lake Chad", "Port
/// Said", "Jebel Marra", "Wadi Rum", "Ras Tanura"), in English and in the
/// transliterated Arabic of news from the Middle East and North Africa.
const PLACE_FIRST: &[&str] = &[
    "mount", "mt", "lake", "cape", "port", "fort", "isle", "sierra", "monte", "mont", "jebel",
    "jabal", "djebel", "wadi", "oued", "ras", "tizi", "bir",
    // British and Irish style puts the river's word first ("River Severn",
    // "River Liffey"); Spanish and Portuguese name lagoons so ("Laguna
    // Colorada", "Lagoa Santa").
    "river", "laguna", "lagoa",
    // Streets and squares named in the language of the place ("Rua de São
    // Bento", "Calle Mayor", "Piazza Venezia").
    "rua", "avenida", "calle", "rue", "plaza", "piazza", "praça", "paseo",
    // Islands and villages in Spanish and Filipino ("Isla Verde", "Barangay
    // Santa Clara", "Brgy. San Isidro").
    "isla", "barangay", "brgy",
    // Spanish "Puerto" and its abbreviation ("Puerto Galera", "Pto. Galera").
    "puerto", "pto",
];
const PLACE_WORDS: &[&str] = &[
    // The halves of a Philippine island split into provinces ("Negros
    // Occidental", "Misamis Oriental", "Mindoro Oriental").
    "oriental",
    "occidental",
    "street",
    "road",
    "highway",
    "motorway",
    "freeway",
    "expressway",
    "boulevard",
    "creek",
    "ranges",
    "avenue",
    "square",
    "bridge",
    // Dams and reservoirs are places on a map ("the Tolmač Dam", "Hoover
    // Dam", "Kariba Reservoir").
    "dam",
    "reservoir",
    "lagoon",
    "palace",
    "bay",
    "river",
    "sea",
    "ocean",
    "mountain",
    "mountains",
    "island",
    "islands",
    "valley",
    "airport",
    "station",
    "port",
    "harbour",
    "harbor",
    "park",
    "lake",
    "county",
    "province",
    "region",
    "district",
    "city",
    "town",
    "village",
    "coast",
    "gulf",
    "strait",
    "peninsula",
    "moor",
    "hill",
    "hills",
    "lakes",
    "falls",
    "springs",
    "plains",
    "highlands",
    "isles",
    "heights",
    "quay",
    "pier",
    "canal",
    "desert",
    "forest",
    "cape",
    "state",
    "cathedral",
    "church",
    "chapel",
    "abbey",
    "basilica",
    "mosque",
    "temple",
    "synagogue",
    "castle",
    "tower",
    "stadium",
    // "Ottoman Empire", "Russian Empire", "Holy Roman Empire".
    "empire",
];

/// Words that end the names of buildings, estates and parishes, and also
/// surnames ("Carnegie Hall" and "Stuart Hall"): a place unless a given
/// name comes first.
const BUILDING_WORDS: &[&str] = &[
    "hall",
    "house",
    "hotel",
    "theatre",
    "theater",
    "arena",
    "auditorium",
    "gardens",
    "estate",
    "manor",
    "mansion",
    "lodge",
    "rink",
    "parish",
    "plaza",
    "mall",
    "farm",
    "prison",
    "barracks",
];

/// Words that make a name an event or a document, not a person or place.
const OTHER_WORDS: &[&str] = &[
    "war",
    "cup",
    "games",
    "olympics",
    "championship",
    "championships",
    "festival",
    "awards",
    "award",
    "prize",
    "day",
    "week",
    "conference",
    "summit",
    "forum",
    "act",
    "bill",
    "treaty",
    "regulation",
    "regulations",
    "directive",
    "charter",
    "statute",
    "agreement",
    "accord",
    "plan",
    "programme",
    "program",
    "scheme",
    "index",
    "report",
    "strategy",
    "declaration",
    "convention",
    "protocol",
    "initiative",
    "revolution",
    "crisis",
    "pandemic",
    "election",
    "elections",
    "referendum",
    "tournament",
    "open",
    "grand",
    "prix",
    "marathon",
    "show",
    "series",
    "album",
    "film",
    "book",
    "novel",
    "star",
    // "Tet Offensive", "Gallipoli Campaign".
    "offensive",
    "campaign",
    // "Middle Ages", "Stone Age", "Bronze Age".
    "ages",
    "age",
];

/// First words of the name of an event of war told by its place
/// ("Battle of the Somme", "Siege of Sarajevo", "Invasion of Normandy").
const EVENT_FIRST: &[&str] = &[
    "battle",
    "siege",
    "invasion",
    "massacre",
    "sack",
    "liberation",
];

/// Evidence a candidate's words and context carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// A guess from the shape of the words.
    Weak,
    /// A keyword or a context word points to the kind.
    Good,
    /// A lexicon entry, a title or an honorific says it.
    Sure,
}

/// A name candidate in a paragraph.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: Option<EntityKind>,
    pub strength: Strength,
    /// Canonical name from a lexicon.
    pub known: Option<Known>,
    /// The title or honorific written before the name ("Mr", "Prime Minister").
    pub title: Option<String>,
    /// Number of words in the name.
    pub n_words: usize,
    /// The name starts a sentence or clause.
    pub initial: bool,
    /// A demonym or country written before the name ("Ukrainian President X").
    pub nationality: Option<String>,
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

fn is_connector(w: &str) -> bool {
    CONNECTORS.contains(&w)
}

/// Capital words of a name, case-folded, trailing possessive removed.
pub fn clean_name(text: &str) -> &str {
    let t = text.trim();
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(s) = t.strip_suffix(suffix) {
            return s;
        }
    }
    t
}

/// An all-capital word of five or more letters that is not a known
/// acronym is tabloid emphasis ("VLADIMIR Putin"), not an acronym.
fn shouting(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 5
        && letters.iter().all(|c| c.is_uppercase())
        && !LEXICON.acronyms.contains_key(w)
}

/// Words joined by hyphens, each a capital and lower-case letters
/// ("Kok-Jar", "Al-Aqsa", "Guinea-Bissau"): a compound name, not the
/// letters of an acronym.
pub fn title_compound(name: &str) -> bool {
    name.contains('-')
        && name.split('-').all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase)
                && p.chars().count() >= 2
                && cs.all(char::is_lowercase)
        })
}

/// A courtesy title, after which a word that is also an office is a
/// surname ("Mr. King", "Dr Bishop", "Ms Marshal").
fn courtesy(word: &str) -> bool {
    matches!(
        fold(word).trim_end_matches('.'),
        "mr" | "mrs" | "ms" | "miss" | "mx" | "dr"
    )
}

/// Nouns for a member of a party, written with a capital ("a Republican",
/// "the Tory"): with a place before them they describe a politician.
pub const PARTY_MEMBERS: &[&str] = &[
    "republican",
    "democrat",
    "tory",
    "conservative",
    "liberal",
    "socialist",
    "communist",
];

/// How many words from `i` form an office title ("Prime Minister",
/// "Secretary General"); 0 when none.
fn office_len(ws: &[Word], i: usize, end: usize) -> usize {
    // "Chief Technology Officer", "Chief People Officer": a chief officer
    // of any field.
    if i + 3 <= end
        && fold(ws[i].text) == "chief"
        && ws[i + 1].cap
        && matches!(fold(ws[i + 2].text).as_str(), "officer" | "executive")
    {
        return 3;
    }
    for len in (1..=3).rev() {
        if i + len > end {
            continue;
        }
        let mut folded: Vec<String> = ws[i..i + len]
            .iter()
            .map(|w| fold(w.text).replace('.', ""))
            .collect();
        let phrase = folded.join(" ");
        if LEXICON.offices.contains(&phrase) || LEXICON.honorifics.contains(&phrase) {
            return len;
        }
        // The office as a possessive or, for an abbreviation, a plural
        // ("meant for MEP’s assistants", "eight MEPs from her party"):
        // still the office, not a name.
        let last = ws[i + len - 1].text;
        let bare = last
            .strip_suffix("’s")
            .or_else(|| last.strip_suffix("'s"))
            .or_else(|| {
                last.strip_suffix('s')
                    .filter(|b| b.chars().count() >= 2 && b.chars().all(|c| c.is_ascii_uppercase()))
            });
        if let Some(bare) = bare {
            folded[len - 1] = fold(bare);
            if LEXICON.offices.contains(&folded.join(" ")) {
                return len;
            }
        }
    }
    0
}

/// Name candidates of a paragraph.
/// An American legislator's party and state, as printed after the name
/// ("D-Pa.", "R-Texas", "I-Vt."): no name of its own.
fn party_and_state(word: &str) -> bool {
    let w = word.trim_end_matches('.').as_bytes();
    w.len() >= 4
        && matches!(w[0], b'D' | b'R' | b'I')
        && w[1] == b'-'
        && w[2].is_ascii_uppercase()
        && w[3..].iter().all(|c| c.is_ascii_lowercase() || *c == b'.')
}

pub fn candidates(text: &str) -> Vec<Candidate> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !ws[i].cap || party_and_state(ws[i].text) {
            i += 1;
            continue;
        }
        // Extend the run of capitalised words, through connectors.
        let mut j = i + 1;
        while j < ws.len() {
            // "Workers' Union": the plural's apostrophe stands between.
            let plural_mark = matches!(text[ws[j - 1].end..ws[j].start].trim_end(), "'" | "’")
                && ws[j - 1].text.ends_with('s');
            if plural_mark && !ws[j].initial && members_body(&ws, j) {
                j += 1;
                continue;
            }
            // A nickname in quotation marks between a given name and a
            // surname ("Rodolfo “Dodong” Villaluz", "Teresita \"Tess\"
            // Abellana", "Earvin “Magic” Johnson"): one name, nickname and
            // all.
            if j + 1 < ws.len()
                && ws[j].cap
                && ws[j + 1].cap
                && !is_kind_word(ws[j - 1].text)
                && !is_kind_word(ws[j + 1].text)
                // Names, not common words set in capitals ("the BBC
                // \"Absolutely\" Johnson", "Scotland's \"Yes\" Vote").
                && [j - 1, j + 1].iter().all(|&k| {
                    let w = fold(clean_name(ws[k].text));
                    !LEXICON.common_caps.contains(w.as_str())
                        && !in_capitals(ws[k].text)
                        && !crate::text::is_stop(&w)
                })
                // (The nickname may be a month's or a common word's
                // spelling: "Jun", "Mar", "JV".)
                && {
                    let w = fold(ws[j].text);
                    !crate::text::is_stop(&w)
                        && !matches!(
                            w.as_str(),
                            "yes" | "no" | "absolutely" | "never" | "really" | "okay" | "ok"
                        )
                }
                && !is_possessive(ws[j - 1].text)
                && matches!(&text[ws[j - 1].end..ws[j].start], " \"" | " “" | " ‘")
                && matches!(&text[ws[j].end..ws[j + 1].start], "\" " | "” " | "’ ")
            {
                j += 2;
                continue;
            }
            // A body's fields listed with commas, the last after "and"
            // ("the Ministry of Land, Infrastructure, Transport and
            // Tourism", "the Department for Environment, Food and Rural
            // Affairs"): one name through its commas.
            if &text[ws[j - 1].end..ws[j].start] == ", "
                && ws[j].cap
                && !ws[j].initial
                && fields_listed(text, &ws, i, j)
            {
                j += 1;
                continue;
            }
            if !joins(text, &ws[j - 1], &ws[j]) || ws[j].initial {
                break;
            }
            // An ampersand joins a firm's one-word names ("Procter &
            // Gamble", "Allegheny & Lakes Railroad"), not two people
            // named in full ("Karl Lang & Harvey Dean").
            // (A sentence's opening article is no word of the name.)
            let first = i + usize::from(matches!(ws[i].text, "A" | "An" | "The"));
            if &text[ws[j - 1].end..ws[j].start] == " & " && j - first > 1 {
                break;
            }
            // A possessive ends a name: "Bank of Valdoria's Monetary Policy
            // Committee"; but an office's own office is one body ("the
            // Attorney General's Office", "the Prosecutor General's Office").
            if is_possessive(ws[j - 1].text) {
                if office_possessive(&ws, i, j).is_some() {
                    j += 1;
                    break;
                }
                // A body named for its members, in the plural possessive,
                // is one name ("the Amalgamated Dock Workers' Union", "the
                // National Farmers’ Union", "the Women's Institute").
                if members_body(&ws, j) {
                    j += 1;
                    continue;
                }
                break;
            }
            // Capitals glued to digits are a model's code ("Veltrix VX300",
            // "Airbus A320"): the name ends before them.
            if ws[j].cap && text[ws[j].end..].starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            // A maker's letters and a number after a name are a model too
            // ("a Yeti Airlines ATR 72", "the carrier's MD 11").
            // (Not a name set all in capitals before a date: "NEW YORK
            // 1996-08-22".)
            if ws[j].cap
                && in_capitals(ws[j].text)
                && !in_capitals(ws[j - 1].text)
                && ws[j].text.chars().count() >= 2
                && text[ws[j].end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            {
                break;
            }
            // Two or more words in capitals, then a word in small letters
            // after its capital: a name set in capitals, then another
            // ("By SEVDA RAHIMLI Associated Press", the agency's byline).
            // (One word in capitals opens names freely: "NATO Secretary
            // General", "VLADIMIR Putin".)
            if ws[j].cap
                && j - i >= 2
                && !in_capitals(ws[j].text)
                && ws[j - 2..j].iter().all(|w| in_capitals(w.text))
            {
                break;
            }
            if ws[j].cap {
                j += 1;
                continue;
            }
            // "of"/"for" after a name of two or more words none of which
            // tells a kind ("Lars Berg of the Center for…", "Anna Weiss for
            // the Greens"): a person and what they belong to, two names.
            // "Bank of England", "Secretary of State", "Ministry of
            // Defence", "United States of America" (known) still join.
            if matches!(ws[j].text, "of" | "for") && j - i >= 2 && {
                let run = &ws[i..j];
                // (A surname's particles are no kind word: "Judge Helena
                // van der Berg of the High Court" is a judge and a court,
                // "Marine Le Pen of the National Rally" a leader and her
                // party; a capitalised particle after the first word too.)
                // A given name that is also a kind word opens a person's
                // name ("Bill Hartley of the OECD", "Grant Lowe of…").
                !run.iter().enumerate().any(|(k, w)| {
                    let given = k == 0 && LEXICON.first_names.contains(&fold(w.text));
                    let particle = NAME_PARTICLES.contains(&w.text)
                        || (k > 0 && NAME_PARTICLES.contains(&fold(w.text).as_str()));
                    is_kind_word(w.text) && !given && !particle
                }) && LEXICON.known(&text[ws[i].start..ws[j - 1].end]).is_none()
                    && !known_through(text, &ws, i, j)
            } {
                break;
            }
            // An elected member "for" a seat ("the MP for Hartlepool",
            // "the Labour MP for Bristol West", "the senator for
            // Victoria"): the office, then the place the seat is named
            // for, two names.
            if ws[j].text == "for" && j - i == 1 && is_seat_office(ws[i].text) {
                break;
            }
            // A place alone before "for" is where, not a name's first word
            // ("a centre in Prestwick, Scotland for National Air Traffic
            // Services Ltd").
            if ws[j].text == "for"
                && j - i == 1
                && LEXICON
                    .known(clean_name(ws[i].text))
                    .is_some_and(|k| k.kind == EntityKind::Place)
            {
                break;
            }
            // "of" and a country after a firm named in full ("Al-Nahda
            // Holding of Bahrain", "Tegirmen Coal Company of Kyrgyzstan"):
            // where it is based, not its name; "Bank of England", "Royal
            // Bank of Scotland" (known, or no word of their own before the
            // kind word) still join.
            if ws[j].text == "of" && j - i >= 2 && based_in(text, &ws, i, j) {
                break;
            }
            // Connectors must be followed by a capitalised word.
            let mut k = j;
            while k < ws.len()
                && is_connector(ws[k].text)
                && text[ws[k - 1].end..ws[k].start].chars().all(|c| c == ' ')
            {
                k += 1;
            }
            let and_ok = ws[j].text != "and" || (k == j + 1 && and_joins(&ws[i..j], &ws[k..]));
            // "the" alone joins an epithet to a given name ("Ivan the
            // Terrible", "Alexander the Great"); elsewhere it opens the
            // next phrase ("In the Middle Ages the Cagots", "On Monday the
            // Kremlin").
            let the_ok = ws[j].text != "the"
                || k > j + 1
                || (j - i == 1 && LEXICON.first_names.contains(&fold(ws[i].text)));
            if k > j
                && k < ws.len()
                && ws[k].cap
                && text[ws[k - 1].end..ws[k].start].chars().all(|c| c == ' ')
                && and_ok
                && the_ok
            {
                j = k + 1;
                continue;
            }
            break;
        }
        // A surname's particles before the run ("said bin Faisal",
        // "lawyers for van der Berg") open the name.
        let mut from = i;
        while from > 0
            && i - from < 3
            && !ws[from - 1].cap
            && NAME_PARTICLES.contains(&ws[from - 1].text)
            && joins(text, &ws[from - 1], &ws[from])
            && !ws[from].initial
        {
            from -= 1;
        }
        split_run(text, &ws, from, j, &mut out);
        i = j;
    }
    out
}

/// A name of two words or more that says what kind of place it is ("Port
/// of Ravensmouth", "Ravensmouth Harbour", "Kaskara Mountains"), not one
/// typed a place only by where it stands ("into Clearwell Analytics").
pub(crate) fn named_with_place_kind(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(fold).collect();
    words.len() >= 2
        && (words
            .last()
            .is_some_and(|l| PLACE_WORDS.contains(&l.as_str()))
            || PLACE_FIRST.contains(&words[0].as_str()))
}

/// A word of two or more letters, all of them capitals ("RAHIMLI").
pub(crate) fn in_capitals(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.all(char::is_uppercase)
}

/// Offices held for a seat named after a place: "MP for", "senator for".
pub(crate) fn is_seat_office(word: &str) -> bool {
    matches!(
        word,
        "MP" | "MPs"
            | "MEP"
            | "MSP"
            | "MLA"
            | "MHA"
            | "TD"
            | "Senator"
            | "Congressman"
            | "Congresswoman"
            | "Assemblyman"
            | "Assemblywoman"
            | "Councillor"
            | "Councilor"
    )
}

/// Whether the run `ws[i..j]`, "of" at `j`, and the capitalised words after
/// it (an article between allowed) make a name the lexicon knows: "Democratic
/// Republic of (the) Congo", "United States of America".
fn known_through(text: &str, ws: &[Word], i: usize, j: usize) -> bool {
    let mut k = j + 1;
    if ws.get(k).is_some_and(|w| w.text == "the") {
        k += 1;
    }
    let first = k;
    while ws.get(k).is_some_and(|w| w.cap) && k < first + 3 {
        k += 1;
        if LEXICON.known(&text[ws[i].start..ws[k - 1].end]).is_some() {
            return true;
        }
    }
    false
}

/// Whether the run `ws[i..j]`, an organization by its kind word, is followed
/// by "of" and a country the lexicon knows, and holds a word of its own
/// that is no common word: a firm and where it is based.
fn based_in(text: &str, ws: &[Word], i: usize, j: usize) -> bool {
    let Some(place) = ws.get(j + 1).filter(|w| w.cap) else {
        return false;
    };
    let run = &ws[i..j];
    // Letters in parentheses after the place that spell the whole name,
    // the place's initial with it ("the Civil Aviation Authority of Nepal
    // (CAAN)"): the place is part of the name.
    let spelt = text[place.end..]
        .strip_prefix(" (")
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(letters, _)| {
            let initials: String = run
                .iter()
                .chain(std::iter::once(place))
                .filter(|w| w.cap && w.text != "The")
                .filter_map(|w| w.text.chars().next())
                .collect();
            letters == initials
        });
    !spelt
        && run.iter().any(|w| org_word(&fold(clean_name(w.text))))
        && LEXICON
            .known(clean_name(place.text))
            .is_some_and(|k| k.kind == EntityKind::Place)
        && LEXICON.known(&text[ws[i].start..place.end]).is_none()
        && run.iter().any(|w| {
            let f = fold(w.text);
            !org_word(&f)
                && !is_kind_word(w.text)
                && !LEXICON.common_caps.contains(f.as_str())
                && !LEXICON.demonyms.contains_key(&f)
                && LEXICON.known(clean_name(w.text)).is_none()
                && !common_word(w.text, -0.1)
        })
}

/// The commonest surnames of names written surname first (Korean, Chinese,
/// Vietnamese; from those countries' census counts): before a given name
/// they open the name ("Choi Min Jun", "Wang Yi", "Nguyen Van An"), they do
/// not describe the person.
const SURNAME_FIRST: &[&str] = &[
    "kim", "lee", "choi", "jung", "chung", "kang", "cho", "yoon", "jang", "lim", "shin", "kwon",
    "hwang", "ahn", "yoo", "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu",
    "zhou", "xu", "zhu", "guo", "lin", "gao", "luo", "xi", "nguyen", "tran", "pham", "vu", "dang",
];

/// Lower-case words that open surnames ("van der Berg", "de la Cruz",
/// "bin Faisal", "von Trier", "da Silva", "du Pont", "le Pen").
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin", "ibn",
    "al", "el", "dos", "das", "dela", "delos", "los",
];

/// Whether the words from `i` are a surname's particles followed by the
/// capitalised rest of the surname, within the run.
fn surname_particles(ws: &[Word], i: usize, end: usize) -> bool {
    let mut k = i;
    while k < end && !ws[k].cap && NAME_PARTICLES.contains(&ws[k].text) {
        k += 1;
    }
    k > i && k < end && ws[k].cap && k - i <= 3
}

/// Whether `ws[j - 1]` is a plural in the possessive ("Workers'",
/// "Farmers’", "Women's", "Children's") and `ws[j]` a capitalised kind of
/// body: a union, association or institute named for its members.
fn members_body(ws: &[Word], j: usize) -> bool {
    let Some(next) = ws.get(j) else {
        return false;
    };
    // A plural in "s" with its mark ("Workers'", or "Workers" when the
    // mark stands apart), or an irregular plural with "'s" ("Women's"); not
    // one owner's "'s" ("Lloyd's").
    let owner = fold(ws[j - 1].text);
    let plural = match owner
        .strip_suffix("'s")
        .or_else(|| owner.strip_suffix("’s"))
    {
        Some(stem) => matches!(stem, "women" | "men" | "children" | "people"),
        None => owner.trim_end_matches(['\'', '’']).ends_with('s'),
    };
    // The kind of body right after, or after a word or two of its field
    // ("the Japan Drivers' Safety Network", "the Road Hauliers' Trade
    // Association").
    // (A place's or a firm's possessive is an owner, not members: "the
    // Philippines' National Security Council", "Barclays' Investment
    // Bank".)
    let owner_word = owner.trim_end_matches(['\'', '’']);
    plural
        && next.cap
        && LEXICON.known(clean_name(ws[j - 1].text)).is_none()
        && (next_is_kind(ws, j)
            || common_word(owner_word, 0.0)
            || owner.ends_with("'s")
            || owner.ends_with("’s"))
        && (j..(j + 3).min(ws.len()))
            .take_while(|&k| ws[k].cap)
            .any(|k| org_word(&fold(clean_name(ws[k].text))))
}

/// The word right after a plural possessive is itself a kind of body
/// ("Workers' Union").
fn next_is_kind(ws: &[Word], j: usize) -> bool {
    ws.get(j)
        .is_some_and(|w| org_word(&fold(clean_name(w.text))))
}

/// Where an office in the possessive followed by "Office" starts in
/// `ws[i..j]` ("[The] Attorney General's Office"): the body that serves the
/// office holder.
fn office_possessive(ws: &[Word], i: usize, j: usize) -> Option<usize> {
    // ("the Magdeburg Public Prosecutor's office": the body's name in
    // lower case too.)
    if j >= ws.len() || !matches!(fold(ws[j].text).as_str(), "office" | "chambers") {
        return None;
    }
    (i..j).find(|&k| {
        let phrase = ws[k..j]
            .iter()
            .map(|w| fold(clean_name(w.text)))
            .collect::<Vec<_>>()
            .join(" ");
        LEXICON.offices.contains(&phrase)
    })
}

/// Does "and" between the run `before` and the words `after` it join one
/// organization's name? Before its kind word ("Monopolies and Mergers
/// Commission", "Food and Drug Administration"), or after one and "of"
/// ("Department of Trade and Industry"); not between two names each whole
/// ("Barrick Gold Corp and Bre-X Minerals Ltd"), nor when the field is a
/// name ("Bank of England and Barclays").
fn and_joins(before: &[Word], after: &[Word]) -> bool {
    let bare = |w: &Word| {
        fold(w.text)
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string()
    };
    let org = |w: &Word| org_word(&bare(w));
    let caps: Vec<&Word> = after
        .iter()
        .take_while(|w| w.cap && !w.initial)
        .take(3)
        .collect();
    // After a kind word and its field ("Department of Trade and Industry",
    // "Centre for Economic and Social Research", "Ministry of Transport
    // and Maritime Affairs"): the words after "and" are more of the field
    // when no list knows them, they hold no kind word of their own and do
    // not open on a given name ("the Department of Justice and Hunter
    // Biden").
    let field = !caps.is_empty()
        && !before.iter().any(|w| w.text == "and")
        && !caps.iter().enumerate().any(|(k, w)| {
            org(w)
                || LEXICON.known(&bare(w)).is_some()
                // A possessive inside ("Algeria's Civil Defense") opens
                // another name; at the end it is the body's own ("the
                // Agency's money").
                || (k + 1 < caps.len() && (w.text.ends_with("'s") || w.text.ends_with("’s")))
        })
        && !LEXICON.first_names.contains(&fold(caps[0].text))
        && before.windows(3).any(|p| {
            org(&p[0]) && matches!(p[1].text, "of" | "for") && LEXICON.known(p[2].text).is_none()
        });
    // (Not after a person named in full: "Mayor Anna Lind and Tarnby
    // Valley Police" are two; "Victoria and Albert Museum" is one.)
    let person = before
        .iter()
        .take(before.len().saturating_sub(1))
        .any(|w| LEXICON.first_names.contains(&fold(w.text)));
    (!before.iter().any(org) && !person && caps.iter().any(|w| org(w))) || field
}

/// An acronym the lexicon knows that is also a common word ("WHO", "IT"),
/// written in capitals among words that are not: a name, not the word.
fn known_acronym(ws: &[Word], i: usize) -> bool {
    let shouted = |w: &Word| {
        w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.text.chars().any(char::is_lowercase)
    };
    shouted(&ws[i])
        && LEXICON.known(ws[i].text).is_some()
        && !(i > 0 && shouted(&ws[i - 1]))
        && !ws.get(i + 1).is_some_and(shouted)
}

/// A lower-case word after a hyphen that makes a name an adjective: a
/// participle ("-based", "-led", "-born", "-run", "-speaking") or a
/// combining noun ("-era", "-style", "-wide").
pub(crate) fn adjective_tail(tail: &str) -> bool {
    tail.ends_with("ed")
        || tail.ends_with("ing")
        || matches!(
            tail,
            "born"
                | "run"
                | "made"
                | "built"
                | "grown"
                | "owned"
                | "known"
                | "bound"
                | "era"
                | "style"
                | "wide"
                | "area"
                | "level"
                | "class"
                | "like"
                | "type"
                | "centric"
        )
}

/// Where a lower-case tail after a hyphen makes a name an adjective
/// ("London-based", "Saudi Arabia-led"): the hyphen's position. A one-word
/// name takes any such tail; in a name of several words the tail must read
/// as one (see [`adjective_tail`]): "Park Geun-hye", "Moon Jae-in" and
/// "Kim Jong-un" are given names written with a hyphen.
pub(crate) fn adjective_cut(name: &str) -> Option<usize> {
    let cut = name.rfind('-').filter(|&cut| cut > 0)?;
    let tail = &name[cut + 1..];
    (tail.chars().count() >= 2
        && tail.chars().all(char::is_lowercase)
        && (!name[..cut].contains(' ') || adjective_tail(tail)))
    .then_some(cut)
}

/// A name without an adjective-making tail ("Saudi Arabia-led" is "Saudi
/// Arabia"); the name itself when it has none.
fn without_adjective_tail(name: &str) -> &str {
    adjective_cut(name).map_or(name, |cut| &name[..cut])
}

/// A lexicon entry for a run of words, also when its last word is made an
/// adjective ("Saudi Arabia-led").
fn known_run(run: &str) -> Option<&'static Known> {
    let name = clean_name(run);
    LEXICON
        .known(name)
        .or_else(|| LEXICON.known(without_adjective_tail(name)))
        .or_else(|| LEXICON.known(without_legal_form(name)))
}

/// The name before a legal form ("British Airways Plc" → "British
/// Airways"), or the name itself.
fn without_legal_form(name: &str) -> &str {
    match name.trim_end_matches('.').rsplit_once(' ') {
        Some((head, form)) if is_legal_form(form) => head.trim_end_matches(','),
        _ => name,
    }
}

/// The words `ws[i..end]` name an institution or an empire: the word
/// before "of", or else the last word, is a kind word of organizations
/// ("Medical Association", "Ministry of Interior", "Wheat Board") or
/// "Empire". A demonym before such a name is part of it ("the American
/// Medical Association", "the Canadian Wheat Board", "the Russian Empire").
fn institution_head(ws: &[Word], i: usize, end: usize) -> bool {
    let head = (i + 1..end)
        .find(|&k| fold(ws[k].text) == "of")
        .map_or(end - 1, |k| k - 1);
    let h = fold(clean_name(ws[head].text));
    org_word(&h) || h == "empire"
}

/// A demonym that stands alone as its sentence's subject, with no article
/// before it, right before a verb of saying, is a surname ("Turk said"
/// after "Volker Turk", "English told reporters"): a nationality speaking
/// is plural and takes "the" ("the French said"), and one person of it is
/// "a Turk".
fn surname_speaking(text: &str, ws: &[Word], start: usize, end: usize) -> bool {
    if end - start != 1 || ws[start].text.ends_with("'s") || ws[start].text.ends_with("’s") {
        return false;
    }
    let before = text[..ws[start].start].trim_end();
    let article = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an" | "one"));
    let next = text[ws[start].end..].split_whitespace().next().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    // (One person: a plural, "Palestinians say", "Russians attacked", is
    // the nation; the verb in the singular or the past.)
    let plural = ws[start].text.ends_with('s') || ws[start].text.ends_with("men");
    !article
        && !plural
        && next.is_some_and(|w| {
            (w.ends_with('s')
                || w.ends_with("ed")
                || matches!(w.as_str(), "said" | "told" | "wrote"))
                && super::lexicon::LEXICON.verbs.contains_key(&w)
        })
}

/// Turn one run of capitalised words into candidates: titles, demonyms and
/// known places in front are split off, the rest is the name.
fn split_run(text: &str, ws: &[Word], start: usize, end: usize, out: &mut Vec<Candidate>) {
    let mut i = start;
    let mut title: Option<String> = None;
    let mut nationality: Option<String> = None;
    let whole = &text[ws[start].start..ws[end - 1].end];
    // Common capitalised words joined by a hyphen are a span of time or a
    // pair of them, no name ("July-September", "Monday-Friday").
    if end - start == 1
        && whole.contains('-')
        && whole
            .split('-')
            .all(|p| !p.is_empty() && LEXICON.common_caps.contains(fold(p).as_str()))
    {
        return;
    }
    // A demonym of two or three words in front ("North Korean leader Kim
    // Jong Un", "South African police", "New Zealand's"): a nationality,
    // no name; the name, if any, follows it.
    let mut start = start;
    if let Some(n) = (2..=3).rev().find(|&n| {
        start + n <= end
            && LEXICON
                .demonyms
                .contains_key(&fold(&text[ws[start].start..ws[start + n - 1].end]))
    }) {
        start += n;
        if start == end {
            return;
        }
    }
    // "Special Agent in Charge Ann Lee": the title's last word opens the
    // run after a lower-case "in"; the name follows it.
    if end - start >= 2
        && ws[start].text == "Charge"
        && text[..ws[start].start].trim_end().ends_with("Agent in")
    {
        title = Some("Special Agent in Charge".to_string());
        start += 1;
        i = start;
    }
    let whole = &text[ws[start].start..ws[end - 1].end];
    // Known whole, also when its last word is made an adjective ("the Saudi
    // Arabia-led coalition"): its first word is then not a demonym.
    if end - start > 1
        && let Some(k) = known_run(whole)
    {
        let mut s0 = start;
        while s0 + 1 < end && fold(ws[s0].text) == "the" {
            s0 += 1;
        }
        push(out, text, ws, s0, end, Some(k.clone()), None, None);
        return;
    }
    // The same after a capitalised common word opening the sentence ("A
    // Saudi Arabia-led coalition").
    let s1 = (start..end)
        .find(|&k| !LEXICON.common_caps.contains(fold(ws[k].text).as_str()))
        .unwrap_or(end);
    if s1 > start
        && end - s1 > 1
        && let Some(k) = known_run(&text[ws[s1].start..ws[end - 1].end])
    {
        push(out, text, ws, s1, end, Some(k.clone()), None, None);
        return;
    }
    // A company's trade before its name at a sentence's start, as business
    // news writes it ("Chipmaker Intel said", "Drugmaker Novo Nordisk
    // will cut"): the trade describes; the rest is the company.
    // (A company's name of a word or two the lexicon does not know is a
    // company still; a longer run is read as any other: "Carmaker
    // Stellantis CEO Carlos Tavares".)
    const TRADES: &[&str] = &[
        "chipmaker",
        "drugmaker",
        "carmaker",
        "automaker",
        "planemaker",
        "steelmaker",
        "retailer",
        "lender",
        "insurer",
        "conglomerate",
    ];
    if end - start >= 2 && ws[start].initial && TRADES.contains(&fold(ws[start].text).as_str()) {
        let rest = &text[ws[start + 1].start..ws[end - 1].end];
        if let Some(k) = known_run(rest) {
            push(out, text, ws, start + 1, end, Some(k.clone()), None, None);
        } else if end - start <= 3
            && !LEXICON.first_names.contains(&fold(ws[start + 1].text))
            && !(start + 1..end).any(|k| crate::ingest::dates::is_weekday(ws[k].text))
        {
            let k = Known {
                canonical: clean_name(rest).to_string(),
                kind: EntityKind::Organization,
            };
            push(out, text, ws, start + 1, end, Some(k), None, None);
        } else {
            split_run(text, ws, start + 1, end, out);
        }
        return;
    }
    // "The Prosecutor General's Office": one body, named by its office.
    if end - start >= 2
        && let Some(k) = office_possessive(ws, start, end - 1)
    {
        push(out, text, ws, k, end, None, None, None);
        return;
    }
    // An adverb opening the sentence before a comma ("Shockingly, the
    // airline …", "Unsurprisingly, …"): no name, whatever lists miss it.
    if end - start == 1 && ws[start].initial && {
        let w = fold(ws[start].text);
        w.chars().count() >= 8
            && w.ends_with("ly")
            && text[ws[start].end..].starts_with(',')
            && !LEXICON.first_names.contains(&w)
            && LEXICON.known(ws[start].text).is_none()
    } {
        return;
    }
    // A run that is only a title ("the Prime Minister") names nobody.
    if office_len(ws, start, end) == end - start {
        return;
    }
    // A place and a party's member ("the Kentucky Republican said", "the
    // California Democrat") describe a politician named elsewhere.
    if end - start == 2
        && PARTY_MEMBERS.contains(&fold(ws[start + 1].text).as_str())
        && LEXICON
            .known(ws[start].text)
            .is_some_and(|k| k.kind == EntityKind::Place)
    {
        return;
    }
    // A title at the end of a run describes the name before it ("Jim Lund,
    // Yellowhead MP, said", "the Acme CEO said"): the name is what comes
    // before the title.
    // Not when a given name alone would be left: "John Major" is a surname;
    // nor after a courtesy title: "Mr. King", "Dr Bishop" are surnames too
    // ("Lord Mayor", "Sir" before an office, is a title still).
    // The Arabic courtesy title is also a surname: after a given name no
    // dictionary has, it is one ("Imtiaz Shaikh", "Tanvir Sheikh"; not
    // "the First Lady").
    let mut end = end;
    while end - start >= 2
        && office_len(ws, end - 1, end) == 1
        && !LEXICON.first_names.contains(&fold(ws[end - 2].text))
        && !courtesy(ws[end - 2].text)
        && (!matches!(
            fold(ws[end - 1].text).as_str(),
            "sheikh" | "shaikh" | "sheik"
        ) || common_word(ws[end - 2].text, -0.1))
    {
        end -= 1;
    }
    // A day of the week after a name is when it spoke ("Prime Minister
    // Dr. Ralph Gonsalves Monday night confirmed"), however a title before
    // the name lets common words in.
    // (A weekday in full, before a lower-case word: not "Lena Sun", the
    // "Toronto Sun", "Super Tuesday".)
    while end - start >= 2
        && ws[end - 1].text.len() >= 6
        && crate::ingest::dates::is_weekday(ws[end - 1].text)
        && text[ws[end - 1].end..]
            .trim_start()
            .starts_with(|c: char| c.is_lowercase())
    {
        end -= 1;
    }
    // A currency code before an amount ("VDK 40bn") is not a name; a
    // place in capitals before a date is a dateline ("LONDON 1996-08-22").
    if end - start == 1
        && text[ws[start].end..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
        && ws[start].text.chars().all(char::is_uppercase)
        && ws[start].text.chars().count() <= 3
    {
        return;
    }
    while i < end {
        let w = fold(ws[i].text);
        // "Friday's close": the possessive is no part of the word.
        let w = w
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches('.');
        // A word common in capitals is not a name ("Thursday", "The", "Standing").
        if LEXICON.common_caps.contains(w)
            && title.is_none()
            && !LEXICON.is_title_word(w)
            && !known_acronym(ws, i)
            // A body named in common words joined by "and" ("the Farmers
            // and Regions Alliance", "the Freedom and Justice Party"): the
            // words are its name.
            && !(w != "the"
                && ws.get(i + 1).is_some_and(|n| n.text == "and")
                && org_word(&fold(clean_name(ws[end - 1].text))))
            // An ordinal spelled out opens the names of units and fleets
            // ("Seventh Fleet", "Third Army", "Eighth Air Force").
            && !(end - i >= 2
                && institution_head(ws, i + 1, end)
                && super::figures::spelled_ordinal(w))
            // After a lower-case "the" in mid-sentence, a common word opens
            // a body's name that ends on its kind ("the Data Protection
            // Commission", "the Police Federation", "the Safety Board").
            && !(i == start
                && !ws[i].initial
                && end - i >= 2
                && text[..ws[i].start].trim_end().ends_with(" the")
                && institution_head(ws, i + 1, end))
            // A short word before a given name written with a hyphen is a
            // family name, however common in capitals ("Oh Sun-hee",
            // "Song Ji-woo", "Moon Jae-in").
            && !(end - i == 2 && !crate::text::is_stop(w) && east_asian_name(&ws[i..end]))
            // A month's name or its short form is a given name in a
            // writer's credit ("By Jun Alcaraz", "Reuters/April Lee").
            && !(i + 2 == end
                && crate::ingest::dates::month_number(w).is_some()
                && {
                    let before = text[..ws[i].start].trim_end_matches(' ');
                    // (The word "by", not "nearby".)
                    let word = before.rsplit([' ', '\n', '(']).next().unwrap_or(before);
                    word.eq_ignore_ascii_case("by") || before.ends_with('/')
                }
                && !LEXICON
                    .common_caps
                    .contains(fold(ws[i + 1].text).as_str()))
            // The members a body is named for, in the plural possessive,
            // open its name ("Consumers' Alliance Europe", "the Farmers'
            // Union of Wales", "Women's Aid").
            && !(i + 1 < end
                && (matches!(text[ws[i].end..ws[i + 1].start].trim_end(), "'" | "’")
                    || ws[i].text.ends_with("'s")
                    || ws[i].text.ends_with("’s"))
                && members_body(ws, i + 1))
        {
            // "The Hague", "The Ledger": kept when the rest is known with it.
            i += 1;
            continue;
        }
        let olen = office_len(ws, i, end);
        // An office word before a kind of institution is part of its name
        // ("General Federation of…", "General Assembly", "General Council").
        if olen > 0 && i + olen < end && !org_word(&fold(ws[i + olen].text)) {
            title = Some(text[ws[i].start..ws[i + olen - 1].end].to_string());
            i += olen;
            continue;
        }
        if let Some(country) = LEXICON.demonyms.get(w)
            && !surname_speaking(text, ws, start, end)
        {
            if end - i >= 2 && institution_head(ws, i + 1, end) {
                break;
            }
            nationality = Some(country.clone());
            i += 1;
            continue;
        }
        // A known place or organization before a title: "UK Prime Minister X", "Nato Secretary General X".
        if let Some(k) = LEXICON.known(clean_name(ws[i].text)) {
            let next_office = office_len(ws, i + 1, end);
            if next_office > 0 || i + 1 == end {
                push(out, text, ws, i, i + 1, Some(k.clone()), None, None);
                if k.kind == EntityKind::Place {
                    nationality = Some(k.canonical.clone());
                }
                i += 1;
                continue;
            }
            // "Bank of England" style known multi-word names are found whole above.
            let rest = &text[ws[i].start..ws[end - 1].end];
            if LEXICON.known(clean_name(rest)).is_none() && end - i > 1 {
                // Known word followed by unknown capitals: "Paris Commune"? keep whole.
            }
        }
        break;
    }
    // An office's portfolio after its title ("State Minister for Disaster
    // Management and Relief Habibur Rahman", "Minister of Defence Ana
    // Lee"): part of the title; the name, if the run holds one, opens on a
    // given name after it.
    if title.is_some() {
        match past_portfolio(ws, i, end) {
            Some(k) => i = k,
            None => return,
        }
    }
    // Drop connectors left at the front, but not a surname's particles
    // ("Justice van der Berg", "Mr bin Faisal", "Ms de la Cruz").
    while i < end && !ws[i].cap && !surname_particles(ws, i, end) {
        i += 1;
    }
    if i >= end {
        return;
    }
    // An office inside the run splits it: "Bank of Valdoria Governor Teodor Halvik".
    if title.is_none() {
        for k in i + 1..end {
            let olen = office_len(ws, k, end);
            // ... unless what follows it is a building or a place ("Notre
            // Dame Cathedral": "Dame" is no title there).
            let tail_is_kind = is_kind_word(ws[end - 1].text);
            if olen > 0 && k + olen < end && ws[k].cap && ws[k - 1].cap && !tail_is_kind {
                // The office's field, after a country or not, is part of the
                // title ("US Transportation Secretary Pete Buttigieg",
                // "Health Secretary X"); a body stays a name of its own.
                let place = |x: usize| {
                    let f = fold(clean_name(ws[x].text));
                    LEXICON.demonyms.contains_key(&f)
                        || LEXICON
                            .known(clean_name(ws[x].text))
                            .is_some_and(|kn| kn.kind == EntityKind::Place)
                };
                // Before a minister's or a secretary's office, any word
                // the lexicon does not know as a body is the portfolio's
                // ("Water Resources Minister", "Fisheries Secretary"): a
                // government names its offices by their fields.
                let portfolio = matches!(
                    fold(clean_name(ws[k].text)).as_str(),
                    "minister" | "secretary" | "commissioner"
                );
                let field = |x: usize| {
                    if portfolio {
                        LEXICON.known(clean_name(ws[x].text)).is_none()
                    } else {
                        common_word(ws[x].text, -0.1) && !org_word(&fold(clean_name(ws[x].text)))
                    }
                };
                let in_title = (i..k).all(|x| place(x) || field(x)) && (i..k).any(field);
                let t_start = if in_title {
                    ws[i].start
                } else {
                    let left = LEXICON
                        .known(clean_name(&text[ws[i].start..ws[k - 1].end]))
                        .cloned();
                    push(out, text, ws, i, k, left, None, None);
                    ws[k].start
                };
                let t = text[t_start..ws[k + olen - 1].end].to_string();
                let Some(from) = past_portfolio(ws, k + olen, end) else {
                    return;
                };
                let known = LEXICON
                    .known(clean_name(&text[ws[from].start..ws[end - 1].end]))
                    .cloned();
                push(out, text, ws, from, end, known, Some(t), nationality);
                return;
            }
        }
    }
    if office_len(ws, i, end) == end - i && !title.as_deref().is_some_and(courtesy) {
        return;
    }
    // A common word before a number names the thing, not the body: "Alaska
    // Airlines Flight 1282", "Tesla Model 3" (the name ends before it).
    if end - i >= 2
        && text[ws[end - 1].end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        && LEXICON
            .known(clean_name(&text[ws[i].start..ws[end - 1].end]))
            .is_none()
        && common_word(ws[end - 1].text, -0.1)
    {
        end -= 1;
    }
    // An organization named with its kind word, then a company the lexicon
    // knows: two names side by side, the operator and the maker ("Alaska
    // Airlines Boeing 737", "an Ethiopian Airlines Boeing").
    for k in i + 1..end {
        if org_word(&fold(clean_name(ws[k - 1].text)))
            && ws[k].cap
            && let Some(right) = known_run(&text[ws[k].start..ws[end - 1].end])
                .filter(|r| r.kind == EntityKind::Organization)
        {
            let left = LEXICON
                .known(clean_name(&text[ws[i].start..ws[k - 1].end]))
                .cloned();
            push(out, text, ws, i, k, left, title, nationality);
            push(out, text, ws, k, end, Some(right.clone()), None, None);
            return;
        }
    }
    let known = LEXICON
        .known(clean_name(&text[ws[i].start..ws[end - 1].end]))
        .cloned();
    push(out, text, ws, i, end, known, title, nationality);
}

/// Where the name starts after an office's title at `i`: past the
/// office's portfolio ("State Minister for Disaster Management and Relief
/// Habibur Rahman", "Minister of Defence Ana Lee"), at the given name that
/// opens the name; `None` when the run is only the portfolio.
fn past_portfolio(ws: &[Word], i: usize, end: usize) -> Option<usize> {
    if i >= end || !matches!(ws[i].text, "for" | "of") {
        return Some(i);
    }
    // The portfolio is told in common words ("Foreign Affairs", "Disaster
    // Management"); the name opens on a given name or a word no dictionary
    // has.
    // (Nor is a place's name of several words that opens with a common
    // one: "Secretary of the New Jersey Department of …".)
    let opens_place = |k: usize| {
        (k + 2..=(k + 3).min(end)).any(|e| {
            ws[e - 1].cap
                && text_of(ws, k, e).is_some_and(|t| {
                    LEXICON
                        .known(&t)
                        .is_some_and(|kn| kn.kind == EntityKind::Place)
                })
        })
    };
    (i + 1..end.saturating_sub(1)).find(|&k| {
        ws[k].cap
            && (LEXICON.first_names.contains(&fold(ws[k].text))
                || !common_word(ws[k].text, -0.1)
                || opens_place(k))
    })
}

/// The words `k..e` joined by single spaces, each without its trailing
/// punctuation; none when one of them holds some.
fn text_of(ws: &[Word], k: usize, e: usize) -> Option<String> {
    let parts: Vec<&str> = ws[k..e].iter().map(|w| w.text).collect();
    parts
        .iter()
        .all(|w| {
            w.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
        })
        .then(|| parts.join(" "))
}

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Candidate>,
    text: &str,
    ws: &[Word],
    i: usize,
    end: usize,
    known: Option<Known>,
    title: Option<String>,
    nationality: Option<String>,
) {
    // A legal form alone ("Brawner Builders, Inc.") and a scale of
    // temperature ("47 degrees Fahrenheit") name nothing of their own.
    if end - i == 1 {
        let w = fold(clean_name(ws[i].text));
        let w = w.trim_end_matches('.');
        let before = crate::text::tail(text, ws[i].start, 12)
            .trim_end()
            .to_lowercase();
        if LEGAL_FORMS.contains(&w)
            || (before.ends_with("degrees") || before.ends_with("degree") || before.ends_with('°'))
        {
            return;
        }
    }
    // A title before one capital letter is a generation's name or a grade,
    // no one's ("Gen Z", "Gen X"): no surname is a single letter.
    if title.is_some() && end - i == 1 && clean_name(ws[i].text).chars().count() == 1 {
        return;
    }
    // "Skipper Dmitry Savchuk", "County Coroner William McLaughlin": a word
    // or two before a given name and a surname are a description.
    let mut i = i;
    if known.is_none() && !org_word(&fold(ws[end - 1].text)) {
        let given = (i + 1..=(i + 2).min(end.saturating_sub(2)))
            .find(|&k| LEXICON.first_names.contains(&fold(ws[k].text)));
        // (A word the table of meaning does not know is a rare given
        // name before a second one: "Oswin Teodoro Baraza Quell".)
        if let Some(k) = given
            && ws[i..k].iter().all(|w| {
                !LEXICON.first_names.contains(&fold(w.text))
                    && !SURNAME_FIRST.contains(&fold(w.text).as_str())
                    && !org_word(&fold(w.text))
                    && (LEXICON.is_title_word(&fold(w.text))
                        || crate::link::meaning::Table::get()
                            .is_some_and(|t| t.name_likeness(w.text).is_some()))
            })
        {
            i = k;
        }
    }
    let mut start = ws[i].start;
    // "47th Mechanised Brigade", "82nd Airborne Division", "6th Fleet": a
    // unit's number is part of its name, and tells one brigade from another.
    if UNIT_WORDS.contains(&fold(ws[end - 1].text).as_str())
        && let Some(n) = ordinal_before(&text[..start])
    {
        start = n;
    }
    // "Clay Tice Jr.": the suffix keeps its point.
    let mut raw_end = ws[end - 1].end;
    if end - i >= 2 && matches!(ws[end - 1].text, "Jr" | "Sr") && text[raw_end..].starts_with('.') {
        raw_end += 1;
    }
    let raw = &text[start..raw_end];
    let name = clean_name(raw);
    // "SAN JOSE, Calif. (AP)": an abbreviation the lexicon knows with its
    // stop, the stop read as the sentence's end.
    let known = known.or_else(|| {
        (end - i == 1 && text[raw_end..].starts_with('.'))
            .then(|| LEXICON.known(&format!("{name}.")))
            .flatten()
            .filter(|k| k.kind == EntityKind::Place)
            .cloned()
    });
    let stop = start + name.len();
    let n_words = end - i;
    let words: Vec<String> = ws[i..end]
        .iter()
        .map(|w| fold(clean_name(w.text)))
        .collect();
    let last = words.last().cloned().unwrap_or_default();
    let caps_acronym = n_words == 1 && {
        let uppers = name.chars().filter(|c| c.is_uppercase()).count();
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        (2..=6).contains(&letters) && uppers >= 2 && !shouting(name) && !title_compound(name)
    };
    let (kind, strength) = if let Some(k) = &known {
        (Some(k.kind), Strength::Sure)
    } else if title.as_ref().is_some_and(|t| {
        let f = fold(t);
        LEXICON.honorifics.contains(f.trim_end_matches('.'))
            || LEXICON.offices.contains(f.trim_end_matches('.'))
    }) && !words.iter().any(|w| org_word(w))
        // "General Data Protection Regulation": a word of an office opens
        // the name of a law, not a person's.
        && !OTHER_WORDS.contains(&last.as_str())
    {
        (Some(EntityKind::Person), Strength::Sure)
    } else if east_asian_name(&ws[i..end]) && !OTHER_WORDS.contains(&words[0].as_str()) {
        // "Park Jin-ho", "Lee Jae-sung": a person's name by its shape, not
        // the park or lake its family name is also a word for.
        (Some(EntityKind::Person), Strength::Good)
    } else if n_words >= 2 && COMPANY_FORMS_BEFORE.contains(&ws[i].text) {
        // "PT Tambang Timah", "PAO Sberbank": a company, named after its
        // legal form.
        (Some(EntityKind::Organization), Strength::Sure)
    } else if n_words >= 2 && SHIP_PREFIXES.contains(&ws[i].text) {
        // "MV Dali", "HMS Defender", "USS Carney": a ship, named by the
        // letters of its kind; no person or firm is written so.
        (Some(EntityKind::Other), Strength::Sure)
    } else if n_words >= 2 && legal_form_folded(&last) {
        // "Airbus SE", "Leonardo SpA", "Equinor ASA", "Nokia Oyj": a legal
        // form of company closing the name.
        (Some(EntityKind::Organization), Strength::Good)
    } else if (words.iter().any(|w| OTHER_WORDS.contains(&w.as_str()))
        && OTHER_WORDS.contains(&last.as_str()))
        || (n_words >= 3 && words[1] == "of" && EVENT_FIRST.contains(&words[0].as_str()))
    {
        // A law, a prize, a summit; and a battle or siege named by its
        // place ("Battle of Gettysburg", "Siege of Leningrad").
        (Some(EntityKind::Other), Strength::Good)
    } else if n_words == 1
        && (last == "tories"
            || last
                .strip_suffix('s')
                .is_some_and(|m| PARTY_MEMBERS.contains(&m)))
    {
        // "the Socialists", "Republicans said": a party by its members.
        (Some(EntityKind::Organization), Strength::Good)
    } else if words.iter().enumerate().any(|(k, w)| {
        org_word(w)
            // A kind word that names bodies only in its own place: a
            // police unit's last ("Detective Branch", not the writer
            // "Taylor Branch"), a Romance language's first ("Corte
            // Suprema", not "Hélder Câmara").
            && (!LAST_ONLY_KINDS.contains(&w.as_str())
                || (k + 1 == n_words && !LEXICON.first_names.contains(&words[0])))
            && (!(FIRST_ONLY_KINDS.contains(&w.as_str()) || TRADE_FIRST.contains(&w.as_str()))
                || (k == 0 && n_words >= 2))
    }) || (n_words >= 2 && TRADE_LAST.contains(&last.as_str()))
    {
        (Some(EntityKind::Organization), Strength::Good)
    } else if n_words >= 2
        && (PLACE_WORDS.contains(&last.as_str()) || PLACE_FIRST.contains(&words[0].as_str()))
    {
        // A kind of place that is also a common surname ("Minjun Park",
        // "Fiona Hill", "Ricki Lake") closes a person's name as often as a
        // place's ("Gorky Park", "Primrose Hill"): what the text says
        // around it decides.
        let surname = matches!(last.as_str(), "park" | "hill" | "lake")
            && !PLACE_FIRST.contains(&words[0].as_str());
        (
            Some(EntityKind::Place),
            if surname {
                Strength::Weak
            } else {
                Strength::Good
            },
        )
    } else if n_words >= 2
        && BUILDING_WORDS.contains(&last.as_str())
        && !LEXICON.first_names.contains(&words[0])
    {
        // "Elvedon Hall", "Peninsula Hotel", "Hanved Parish": a building,
        // an estate or a parish; a given name before the word keeps it a
        // surname ("Stuart Hall", "Tom House"), and what the text says
        // around it outweighs this.
        (Some(EntityKind::Place), Strength::Weak)
    } else if (2..=4).contains(&n_words)
        && ws[i..end - 1]
            .iter()
            .all(|w| w.text.chars().count() == 1 && w.text.chars().all(char::is_uppercase))
        && text[ws[i].end..].starts_with('.')
        && last.chars().count() >= 2
    {
        // "C. H. Douglas", "J. K. Rowling": initials before a surname.
        (Some(EntityKind::Person), Strength::Good)
    } else if n_words == 1 && last.len() > 6 && last.ends_with("shire") {
        // "Lincolnshire", "Oxfordshire", "Perthshire": English and
        // Scottish counties end so; no common surname does.
        (Some(EntityKind::Place), Strength::Good)
    } else if caps_acronym {
        (Some(EntityKind::Organization), Strength::Weak)
    } else if (2..=4).contains(&n_words) && LEXICON.first_names.contains(&words[0]) {
        (Some(EntityKind::Person), Strength::Good)
    } else if n_words >= 2 && COMPASS.contains(&words[0].as_str()) {
        // "South Jutland", "East Perth", "Western Cape": a point of the
        // compass opens the names of regions, never a given name.
        (Some(EntityKind::Place), Strength::Weak)
    } else if (2..=3).contains(&n_words)
        && LEXICON
            .known(&words[0])
            .is_some_and(|k| k.kind == EntityKind::Place)
    {
        // "Perth Glory", "Montreal Crystals", "Prague Newsroom": a city
        // or country and a word that is not a kind of place names a team,
        // an office or a firm from there, not a person.
        (Some(EntityKind::Organization), Strength::Weak)
    } else if (2..=3).contains(&n_words)
        && LEXICON
            .known(clean_name(ws[end - 1].text))
            .is_some_and(|k| k.kind == EntityKind::Place)
        && !PARTY_MEMBERS.contains(&words[0].as_str())
        && !common_word(ws[i].text, -0.1)
    {
        // "Euronext Amsterdam", "Radio Sarajevo": a name and the city it
        // is of (a given name first was read above) names an institution.
        (Some(EntityKind::Organization), Strength::Weak)
    } else if (2..=3).contains(&n_words)
        && ws[i].text.chars().count() >= 3
        && ws[i].text.chars().all(|c| c.is_ascii_uppercase())
        && !matches!(words[n_words - 1].as_str(), "jr" | "jr." | "sr" | "sr.")
    {
        // Letters of three or more open a body's name, not a person's
        // ("TAR Lazio", "NATO Europe", "BBC Verify"); initials are two
        // ("AJ Smith"), and "RFK Jr" is a man.
        (Some(EntityKind::Organization), Strength::Weak)
    } else if (2..=3).contains(&n_words)
        && !words
            .iter()
            .any(|w| w.len() <= 1 || PLACE_WORDS.contains(&w.as_str()))
    {
        // No person's name holds "Street" or "Bridge" ("Sherbrook Street
        // Stella's location").
        (Some(EntityKind::Person), Strength::Weak)
    } else {
        (None, Strength::Weak)
    };
    out.push(Candidate {
        start,
        end: stop,
        text: name.to_string(),
        kind,
        strength,
        known,
        title,
        n_words,
        initial: ws[i].initial,
        nationality,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn east_asian_names_by_their_shape_not_english_compounds() {
        let shaped = |t: &str| east_asian_name(&words(t));
        for name in [
            "Park Jin-ho",
            "Oh Sun-hee",
            "Tsai Ing-wen",
            "Jin-ho Park",
            "Ng Man-tat",
        ] {
            assert!(shaped(name), "{name}");
        }
        for text in [
            "Far-right Vox",
            "Then-mayor Adams",
            "Maria Ex-wife",
            "Co-op Bank",
            "Adams Jin-ho",
        ] {
            assert!(!shaped(text), "{text}");
        }
    }

    #[test]
    fn a_body_named_in_common_words_joined_by_and_is_one_name() {
        let names =
            |t: &str| -> Vec<String> { candidates(t).into_iter().map(|c| c.text).collect() };
        assert_eq!(
            names("The Farmers and Regions Alliance (FRA) voted with the opposition."),
            vec!["Farmers and Regions Alliance", "FRA"]
        );
        assert_eq!(
            names("Farmers and fishermen said the Alliance had gone."),
            vec!["Alliance"]
        );
    }

    #[test]
    fn a_country_named_with_of_is_one_name() {
        let names =
            |t: &str| -> Vec<String> { candidates(t).into_iter().map(|c| c.text).collect() };
        for country in [
            "Democratic Republic of Congo",
            "Democratic Republic of the Congo",
        ] {
            let got = names(&format!("Deaths in eastern {country} rose to 57."));
            assert_eq!(got, vec![country.to_string()]);
        }
        // A person and what they belong to are still two names.
        assert_eq!(
            names("Lars Berg of Norway said."),
            vec!["Lars Berg", "Norway"]
        );
    }

    #[test]
    fn an_offices_portfolio_is_no_name() {
        let names =
            |t: &str| -> Vec<String> { candidates(t).into_iter().map(|c| c.text).collect() };
        let got = names(
            "State Minister for Disaster Management and Relief Habibur Rahman told reporters.",
        );
        assert!(got.contains(&"Habibur Rahman".to_string()), "{got:?}");
        assert!(!got.iter().any(|n| n.starts_with("for ")), "{got:?}");
        assert_eq!(names("Minister of Defence Ana Lee said."), vec!["Ana Lee"]);
        let got = names("the Secretary of State for Health said.");
        assert!(
            !got.iter().any(|n| n.starts_with("for ") || n == "Health"),
            "{got:?}"
        );
    }

    /// The hand-written word scanner finds what its pattern finds, on
    /// strings of the characters where the two could part: capitals and
    /// initials, al-/bin- prefixes, digits before capitals, marks, title-case
    /// and modifier letters, letter-like symbols (Ⅻ, Ⓐ, not letters), the
    /// separators and a non-breaking hyphen.
    #[test]
    fn word_scanner_finds_what_its_pattern_finds() {
        use proptest::prelude::*;
        let re = regex::Regex::new(
            r"(?:\p{Lu}\.){2,}|(?:[Aa]l|[Ee]l|bin|ibn|ben)[-‑]\p{Lu}[\p{L}\p{M}'’-]*|[0-9]+\p{Lu}{2,}(?-u:\b)|[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}]+)*|[0-9]+(?:[.,:][0-9]+)*",
        )
        .unwrap();
        let pieces = prop::sample::select(vec![
            "A", "B", "a", "É", "é", "\u{301}", "Ω", "ω", "ǅ", "ʰ", "中", "1", "0", ".", ",", ":",
            "-", "‑", "'", "’", " ", "al", "Al", "el", "bin", "ibn", "ben", "_", "Ⅻ", "Ⓐ", "!",
        ]);
        let config = ProptestConfig::with_cases(4000);
        proptest!(config, |(parts in prop::collection::vec(pieces, 0..14))| {
            let s = parts.concat();
            let want: Vec<(usize, usize)> = re.find_iter(&s).map(|m| (m.start(), m.end())).collect();
            let got: Vec<(usize, usize)> = word_spans(&s).collect();
            prop_assert_eq!(got, want, "{:?}", s);
        });
        let t = "The U.S. and al-Assad’s 6PR cost 1,200.50 on A.B";
        assert_eq!(
            word_spans(t).map(|(a, b)| &t[a..b]).collect::<Vec<_>>(),
            [
                "The",
                "U.S.",
                "and",
                "al-Assad’s",
                "6PR",
                "cost",
                "1,200.50",
                "on",
                "A.B"
            ]
        );
    }

    fn names(text: &str) -> Vec<(String, Option<EntityKind>)> {
        candidates(text)
            .into_iter()
            .map(|c| (c.text, c.kind))
            .collect()
    }

    #[test]
    fn titles_split_off_and_kinds() {
        let got =
            candidates("UK Prime Minister Keir Starmer met Mr Trump's envoy in Paris on Thursday.");
        let texts: Vec<&str> = got.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, vec!["UK", "Keir Starmer", "Trump", "Paris"]);
        assert_eq!(got[1].kind, Some(EntityKind::Person));
        assert_eq!(got[1].title.as_deref(), Some("Prime Minister"));
        assert_eq!(got[2].title.as_deref(), Some("Mr"));
        assert_eq!(got[3].kind, Some(EntityKind::Place));
    }

    #[test]
    fn letters_of_three_or_more_open_a_bodys_name_and_initials_a_persons() {
        let n = names("The appeal goes to TAR Lazio next month, AJ Smith told BBC Verify.");
        for (name, kind) in [
            ("TAR Lazio", EntityKind::Organization),
            ("AJ Smith", EntityKind::Person),
            ("BBC Verify", EntityKind::Organization),
        ] {
            assert!(n.contains(&(name.to_string(), Some(kind))), "{name}: {n:?}");
        }
    }

    #[test]
    fn connectors_and_org_words() {
        let n =
            names("The Bank of Valdoria and the Coalition of the Willing met at Nordhaven Bank.");
        assert!(
            n.contains(&(
                "Bank of Valdoria".to_string(),
                Some(EntityKind::Organization)
            )),
            "{n:?}"
        );
        assert!(
            n.contains(&(
                "Coalition of the Willing".to_string(),
                Some(EntityKind::Organization)
            )),
            "{n:?}"
        );
        assert!(
            n.contains(&("Nordhaven Bank".to_string(), Some(EntityKind::Organization))),
            "{n:?}"
        );
    }

    #[test]
    fn shouting_and_sentence_starts() {
        let n = names("VLADIMIR Putin was put on notice. Leaders also discussed sanctions.");
        assert_eq!(n.first().map(|x| x.0.as_str()), Some("VLADIMIR Putin"));
        assert!(!n.iter().any(|x| x.0 == "Leaders"));
    }
}
