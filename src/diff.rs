//! What changes for an application that moves from one SDK release to another: [`diff`] (the
//! `diff` feature).

use core::fmt;
use core::str::FromStr;

use crate::error::RejectedInput;
use crate::table::SetTable;
use crate::{AnyCode, CodeSet, Locale, Source, Sources};

/// What a [`Change`] is. `Display` gives its lowercase name (`added`, `renamed`, …: the command-line
/// tool's `change` in JSON), which `FromStr` parses back, case-insensitively.
///
/// ```
/// use bytertc_codes::ChangeKind;
///
/// assert_eq!(ChangeKind::Renamed.to_string(), "renamed");
/// assert_eq!("Hidden".parse::<ChangeKind>(), Ok(ChangeKind::Hidden));
/// assert!("moved".parse::<ChangeKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(docsrs, doc(cfg(feature = "diff")))]
pub enum ChangeKind {
    /// The `to` source lists the code, the `from` source does not.
    Added,
    /// The `from` source lists the code, the `to` source does not.
    Removed,
    /// Both list the code, under different identifiers.
    Renamed,
    /// Both list the code, and only `to` marks it `@hidden` with no platform list
    /// ([`hidden_in`](crate::Code::hidden_in)).
    Hidden,
    /// Both list the code, and only `from` marks it `@hidden` with no platform list.
    Shown,
    /// The `to` source lists the code, and its [`deprecation`](crate::AnyCode::deprecation) came in
    /// a release after `from`'s and no later than `to`'s (so never in a backwards diff).
    Deprecated,
    /// Both list the code, and the text in force differs: another [`Meaning`](crate::Meaning) holds,
    /// or one holds in one source and the description in the other.
    Meaning,
}

impl ChangeKind {
    /// Every kind, in the order a code's changes come in.
    pub const ALL: &'static [ChangeKind] = &[
        ChangeKind::Added,
        ChangeKind::Removed,
        ChangeKind::Renamed,
        ChangeKind::Hidden,
        ChangeKind::Shown,
        ChangeKind::Deprecated,
        ChangeKind::Meaning,
    ];

    /// The lowercase name: `"added"`, `"removed"`, `"renamed"`, `"hidden"`, `"shown"`,
    /// `"deprecated"` or `"meaning"`.
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        const NAMES: [&str; 7] = [
            "added",
            "removed",
            "renamed",
            "hidden",
            "shown",
            "deprecated",
            "meaning",
        ];
        NAMES[self as usize]
    }
}

impl fmt::Display for ChangeKind {
    /// The lowercase name; honours width, fill and alignment like `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for ChangeKind {
    type Err = ParseChangeKindError;

    /// Parses the lowercase name, in any ASCII case.
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        for &kind in ChangeKind::ALL {
            if kind.as_str().eq_ignore_ascii_case(s) {
                return Ok(kind);
            }
        }
        Err(ParseChangeKindError {
            input: RejectedInput::new(s),
        })
    }
}

/// A string that names no [`ChangeKind`].
///
/// ```
/// use bytertc_codes::ChangeKind;
///
/// let err = "moved".parse::<ChangeKind>().unwrap_err();
/// # #[cfg(feature = "std")]
/// assert_eq!(err.input(), "moved");
/// # #[cfg(feature = "std")]
/// assert_eq!(
///     err.to_string(),
///     "unknown change \"moved\" (expected added, removed, renamed, hidden, shown, deprecated or meaning)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(docsrs, doc(cfg(feature = "diff")))]
pub struct ParseChangeKindError {
    input: RejectedInput,
}

impl ParseChangeKindError {
    /// The rejected input, exactly as it was given, however long.
    #[cfg(feature = "std")]
    #[cfg_attr(docsrs, doc(cfg(feature = "std")))]
    #[must_use]
    #[inline]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }
}

impl fmt::Display for ParseChangeKindError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown change ")?;
        #[cfg(feature = "std")]
        write!(f, "{:?} ", self.input)?;
        f.write_str("(expected added, removed, renamed, hidden, shown, deprecated or meaning)")
    }
}

impl core::error::Error for ParseChangeKindError {}

/// One thing that changes about a code between two sources of an SDK family: made by [`diff`].
///
/// `from` and `to` say what it was and what it becomes, where that is more than the kind:
///
/// | kind | `from` | `to` |
/// | --- | --- | --- |
/// | [`Added`](ChangeKind::Added) | — | its identifier in the `to` source |
/// | [`Removed`](ChangeKind::Removed) | its identifier in the `from` source | — |
/// | [`Renamed`](ChangeKind::Renamed) | its identifier in the `from` source | its identifier in the `to` source |
/// | [`Hidden`](ChangeKind::Hidden), [`Shown`](ChangeKind::Shown) | — | — |
/// | [`Deprecated`](ChangeKind::Deprecated) | — | the release that deprecates it ([`Deprecation::since`](crate::Deprecation::since)) |
/// | [`Meaning`](ChangeKind::Meaning) | the English description in force in the `from` source | the same in the `to` source |
///
/// The meaning's texts are the full English [`description`](crate::Meaning::description)s (lines
/// separated by `\n`), not the summaries: two meanings of a code may share their first line
/// (`ErrorCode` -1004 in C++ 3.29 and 3.30). For another language, look the meaning in force up with
/// [`Meaning::holds_in`](crate::Meaning::holds_in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(docsrs, doc(cfg(feature = "diff")))]
pub struct Change {
    /// The code that changes.
    pub code: AnyCode,
    /// How it changes.
    pub kind: ChangeKind,
    /// What it was, where that is more than the kind (see the table above).
    pub from: Option<&'static str>,
    /// What it becomes, where that is more than the kind (see the table above).
    pub to: Option<&'static str>,
}

/// Two sources that cannot be compared, given to [`diff`] or [`diff_set`]. Keeps both.
///
/// ```
/// use bytertc_codes::{diff, DiffError, Source};
///
/// let err = diff(Source::Cpp3_45, Source::Objc3_58).unwrap_err();
/// assert_eq!(err, DiffError::DifferentSdks { from: Source::Cpp3_45, to: Source::Objc3_58 });
/// assert_eq!(
///     err.to_string(),
///     "cannot diff cpp-3.45 and objc-3.58: they are sources of two SDK families (C++ and \
///      Objective-C); compare releases of one"
/// );
/// assert_eq!(
///     diff(Source::Cpp3_45, Source::Cpp3_45).unwrap_err().to_string(),
///     "cannot diff cpp-3.45 with itself: nothing changes"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
#[cfg_attr(docsrs, doc(cfg(feature = "diff")))]
pub enum DiffError {
    /// The two sources are the same.
    SameSource(Source),
    /// The two sources are of different SDK families ([`Sdk`](crate::Sdk)): their identifiers, marks
    /// and texts are not comparable.
    DifferentSdks {
        /// The source given as `from`.
        from: Source,
        /// The source given as `to`.
        to: Source,
    },
}

impl fmt::Display for DiffError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DiffError::SameSource(source) => {
                write!(f, "cannot diff {source} with itself: nothing changes")
            }
            DiffError::DifferentSdks { from, to } => write!(
                f,
                "cannot diff {from} and {to}: they are sources of two SDK families ({} and {}); \
                 compare releases of one",
                from.sdk(),
                to.sdk()
            ),
        }
    }
}

impl core::error::Error for DiffError {}

/// What changes for an application that moves from the SDK release of `from` to that of `to`:
/// every [`Change`] of every code, the sets in [`CodeSet::ALL`] order, each set's codes in its `ALL`
/// order, a code's changes in [`ChangeKind::ALL`] order. An iterator that allocates nothing.
///
/// Both sources must be of one SDK family, and differ. `from` may be the newer one: the diff then
/// runs backwards ([`is_backwards`](Diff::is_backwards)), as a downgrade sees it — what the newer
/// release adds is `Removed`, what it hides `Shown`, renamings and meanings go the other way — and
/// has no `Deprecated` changes (nothing says a code stops being deprecated).
///
/// Only what the sources say is compared: a release without a public source is no step of its own
/// (see [`Source`]), and the C++ sources are of one platform each.
///
/// # Errors
///
/// [`DiffError`] for two sources of different families or the same source twice.
///
/// # Example
///
/// In an application's own tests: its error handling was written for the C++ SDK 3.50, and it now
/// ships 3.61. Has someone looked at each `onError` code that 3.61 has and 3.50 did not?
///
/// ```
/// use bytertc_codes::{diff_set, ChangeKind, CodeSet, ErrorCode, Source};
///
/// #[derive(Debug, PartialEq)]
/// enum Action {
///     RenewToken,
///     Rejoin,
///     GiveUp,
///     Report,
/// }
///
/// fn on_error(code: ErrorCode) -> Action {
///     match code {
///         ErrorCode::InvalidToken | ErrorCode::TokenExpired => Action::RenewToken,
///         ErrorCode::DuplicateLogin | ErrorCode::KickedOut => Action::Rejoin,
///         ErrorCode::JoinRoomRoomForbidden | ErrorCode::JoinRoomUserForbidden => Action::GiveUp,
///         _ => Action::Report,
///     }
/// }
///
/// // The codes new since 3.50 that the application only reports, on purpose.
/// const ONLY_REPORTED: &[ErrorCode] = &[
///     ErrorCode::JoinRoomLicenseFunctionNotFound,
///     ErrorCode::MultiRoomUnpublishFailed,
///     ErrorCode::WrongAreaCode,
/// ];
///
/// let mut added = 0;
/// for change in diff_set(CodeSet::ErrorCode, Source::Cpp3_50, Source::Cpp3_61)? {
///     let Ok(code) = ErrorCode::try_from(change.code) else { continue };
///     if change.kind == ChangeKind::Added {
///         added += 1;
///         assert!(
///             on_error(code) != Action::Report || ONLY_REPORTED.contains(&code),
///             "{code:?} ({}) is new in the C++ SDK 3.61: how should the app handle it?",
///             change.to.unwrap_or_default()
///         );
///     }
/// }
/// assert_eq!(added, 5);
/// # Ok::<(), bytertc_codes::DiffError>(())
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "diff")))]
pub fn diff(from: Source, to: Source) -> Result<Diff, DiffError> {
    diff_in(0, CodeSet::ALL.len(), from, to)
}

/// [`diff`] of the codes of `set` only.
///
/// # Errors
///
/// As [`diff`]'s.
///
/// ```
/// use bytertc_codes::{diff_set, ChangeKind, CodeSet, ErrorCode, Source};
///
/// let changes: Vec<_> = diff_set(CodeSet::ErrorCode, Source::Cpp3_41, Source::Cpp3_45)?
///     .filter(|change| change.kind == ChangeKind::Removed)
///     .collect();
/// assert_eq!(changes[0].code, ErrorCode::UserIsInRoom.into());
/// assert_eq!(changes[0].from, Some("kRoomErrorCodeUserIsInRoom"));
/// # Ok::<(), bytertc_codes::DiffError>(())
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "diff")))]
#[inline]
pub fn diff_set(set: CodeSet, from: Source, to: Source) -> Result<Diff, DiffError> {
    // `CodeSet::ALL` is in the order of the variants.
    diff_in(set as usize, set as usize + 1, from, to)
}

/// The diff of the sets `CodeSet::ALL[set..end]`.
#[inline]
fn diff_in(set: usize, end: usize, from: Source, to: Source) -> Result<Diff, DiffError> {
    if from == to {
        return Err(DiffError::SameSource(from));
    }
    if from.sdk() != to.sdk() {
        return Err(DiffError::DifferentSdks { from, to });
    }
    Ok(Diff {
        from,
        to,
        set,
        end,
        position: 0,
        kind: 0,
    })
}

/// The changes between two sources of an SDK family, as an iterator of [`Change`]s: made by
/// [`diff`] and [`diff_set`].
#[derive(Debug, Clone)]
#[cfg_attr(docsrs, doc(cfg(feature = "diff")))]
pub struct Diff {
    from: Source,
    to: Source,
    /// The index in `CodeSet::ALL` of the set of the next code.
    set: usize,
    /// The index in `CodeSet::ALL` after the last set compared.
    end: usize,
    /// The position in its set's `ALL` of the next code.
    position: usize,
    /// The index in `ChangeKind::ALL` of the next kind to look for in that code.
    kind: usize,
}

impl Diff {
    /// The source the application moves from.
    #[must_use]
    #[inline]
    pub fn from(&self) -> Source {
        self.from
    }

    /// The source the application moves to.
    #[must_use]
    #[inline]
    pub fn to(&self) -> Source {
        self.to
    }

    /// Whether `from` is the newer release: the diff runs backwards, from a newer release to an
    /// older one.
    ///
    /// ```
    /// use bytertc_codes::{diff, Source};
    ///
    /// assert!(diff(Source::Cpp3_61, Source::Cpp3_45)?.is_backwards());
    /// assert!(!diff(Source::Electron3_58_4, Source::Electron3_60_1)?.is_backwards());
    /// # Ok::<(), bytertc_codes::DiffError>(())
    /// ```
    #[must_use]
    #[inline]
    pub fn is_backwards(&self) -> bool {
        self.from > self.to
    }
}

impl Iterator for Diff {
    type Item = Change;

    #[inline]
    fn next(&mut self) -> Option<Change> {
        while self.set < self.end {
            let Some(&set) = CodeSet::ALL.get(self.set) else {
                break;
            };
            let table = set.table();
            let position = self.position;
            if position >= usize::from(table.len) {
                self.set += 1;
                self.position = 0;
                continue;
            }
            let (was, was_hidden, before) = side(table, position, self.from);
            let (is, is_hidden, after) = side(table, position, self.to);
            let both = was.is_some() && is.is_some();
            let mut since = None;
            let mut i = 0;
            while i < table.deprecations.len() {
                let (at, release, _) = &table.deprecations[i];
                if usize::from(*at) == position {
                    since = Some(*release);
                }
                i += 1;
            }
            let deprecated = match since {
                Some(since) => {
                    let since = release_number(since);
                    is.is_some()
                        && since > release_number(self.from.release())
                        && since <= release_number(self.to.release())
                }
                None => false,
            };
            while let Some(&kind) = ChangeKind::ALL.get(self.kind) {
                self.kind += 1;
                let (found, from, to) = match kind {
                    ChangeKind::Added => (was.is_none() && is.is_some(), None, is),
                    ChangeKind::Removed => (was.is_some() && is.is_none(), was, None),
                    ChangeKind::Renamed => (both && was != is, was, is),
                    ChangeKind::Hidden => (both && is_hidden && !was_hidden, None, None),
                    ChangeKind::Shown => (both && was_hidden && !is_hidden, None, None),
                    ChangeKind::Deprecated => (deprecated, None, since),
                    ChangeKind::Meaning => (both && before != after, Some(before), Some(after)),
                };
                if found {
                    return Some(Change {
                        code: set.at(position),
                        kind,
                        from,
                        to,
                    });
                }
            }
            self.kind = 0;
            self.position += 1;
        }
        None
    }
}

/// What `source` says of the code at `position` of `table`: its identifier there (if it lists the
/// code), whether it marks the code `@hidden` with no platform list, and the English description in
/// force there (that of the meaning that holds there, else the code's own).
#[inline]
fn side(
    table: &'static SetTable,
    position: usize,
    source: Source,
) -> (Option<&'static str>, bool, &'static str) {
    let row = table.row_at(position);
    let mut hidden = false;
    let mut i = 0;
    while i < table.hidden_in.len() {
        let (at, sources) = table.hidden_in[i];
        if usize::from(at) == position {
            hidden = Sources(sources).contains(source);
        }
        i += 1;
    }
    let mut text = row.description(Locale::En);
    let mut i = 0;
    while i < table.other_meanings.len() {
        let (at, meanings) = table.other_meanings[i];
        let mut j = 0;
        while usize::from(at) == position && j < meanings.len() {
            if meanings[j].holds_in(source) {
                text = meanings[j].description(Locale::En);
            }
            j += 1;
        }
        i += 1;
    }
    (row.identifier_in(source), hidden, text)
}

/// A release as one number, to compare: its parts (at most three, each below 1,000) in base 1,000,
/// a missing part 0 (`3.58.4` is 3,058,004, above `3.58`'s 3,058,000 and below `3.60`'s 3,060,000).
#[inline]
fn release_number(release: &str) -> u64 {
    let (mut number, mut part, mut parts) = (0u64, 0u64, 1);
    for &byte in release.as_bytes() {
        if byte == b'.' {
            number = number.saturating_mul(1000).saturating_add(part);
            part = 0;
            parts += 1;
        } else {
            part = part
                .saturating_mul(10)
                .saturating_add(u64::from(byte.wrapping_sub(b'0')));
        }
    }
    number = number.saturating_mul(1000).saturating_add(part);
    while parts < 3 {
        number = number.saturating_mul(1000);
        parts += 1;
    }
    number
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorCode, Sdk};

    /// The English description of `code` in force in `source`.
    fn text_in(code: AnyCode, source: Source) -> &'static str {
        let (set, position) = code.position();
        side(set.table(), position, source).2
    }

    fn changes(from: Source, to: Source) -> Vec<Change> {
        diff(from, to).expect("a valid diff").collect()
    }

    #[test]
    fn releases_compare_by_their_numbers() {
        for (a, b) in [
            ("3.58.4", "3.58"),
            ("3.58", "3.57"),
            ("3.60.1", "3.58.4"),
            ("3.100", "3.99"),
            ("4.0", "3.61"),
            ("3.61", "3.60.1"),
        ] {
            assert!(release_number(a) > release_number(b), "{a} > {b}");
        }
        assert_eq!(release_number("3.58.4"), 3_058_004);
        assert_eq!(release_number("3.58"), 3_058_000);
        // Nothing panics, whatever the text.
        for odd in ["", ".", "x.y", "99999999999999999999999.1.2.3"] {
            let _ = release_number(odd);
        }
        // The sources of a family are in release order.
        for &sdk in Sdk::ALL {
            for pair in sdk.sources().windows(2) {
                assert!(
                    release_number(pair[1].release()) > release_number(pair[0].release()),
                    "{pair:?}"
                );
            }
        }
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for (i, &kind) in ChangeKind::ALL.iter().enumerate() {
            assert_eq!(kind as usize, i);
            assert_eq!(kind.as_str().parse(), Ok(kind));
            assert_eq!(kind.as_str().to_uppercase().parse(), Ok(kind));
            assert_eq!(kind.to_string(), kind.as_str());
        }
        assert_eq!(format!("{:>7}", ChangeKind::Added), "  added");
        for bad in ["", "add", "added ", "renamed\n"] {
            let err = bad.parse::<ChangeKind>().unwrap_err();
            #[cfg(feature = "std")]
            assert_eq!(err.input(), bad);
            assert!(err.to_string().starts_with("unknown change"), "{err}");
        }
    }

    #[test]
    fn bad_pairs_are_errors_that_keep_both_sources() {
        assert_eq!(
            diff(Source::Cpp3_61, Source::Cpp3_61).unwrap_err(),
            DiffError::SameSource(Source::Cpp3_61)
        );
        assert_eq!(
            diff_set(
                CodeSet::ErrorCode,
                Source::Android3_45,
                Source::Electron3_54
            )
            .unwrap_err(),
            DiffError::DifferentSdks {
                from: Source::Android3_45,
                to: Source::Electron3_54
            }
        );
    }

    #[test]
    fn diff_set_is_diff_filtered_by_set() {
        for &set in CodeSet::ALL {
            assert_eq!(CodeSet::ALL[set as usize], set);
            let all: Vec<Change> = changes(Source::Cpp3_24, Source::Cpp3_61)
                .into_iter()
                .filter(|change| change.code.code_set() == set)
                .collect();
            let only: Vec<Change> = diff_set(set, Source::Cpp3_24, Source::Cpp3_61)
                .unwrap()
                .collect();
            assert_eq!(only, all, "{set}");
        }
    }

    #[test]
    fn changes_follow_the_rules() {
        for &sdk in Sdk::ALL {
            for &from in sdk.sources() {
                for &to in sdk.sources().iter().filter(|&&to| to != from) {
                    let found = changes(from, to);
                    // In set order, then code order, then kind order.
                    let key = |c: &Change| (c.code.position(), c.kind as usize);
                    assert!(found.windows(2).all(|w| key(&w[0]) < key(&w[1])));
                    for code in AnyCode::all() {
                        let (was, is) = (code.identifier_in(from), code.identifier_in(to));
                        let has = |kind: ChangeKind| {
                            found.iter().find(|c| c.code == code && c.kind == kind)
                        };
                        let added = has(ChangeKind::Added).map(|c| (c.from, c.to));
                        assert_eq!(
                            added,
                            was.is_none().then_some((None, is)).filter(|_| is.is_some())
                        );
                        let removed = has(ChangeKind::Removed).map(|c| (c.from, c.to));
                        assert_eq!(
                            removed,
                            is.is_none()
                                .then_some((was, None))
                                .filter(|_| was.is_some())
                        );
                        let renamed = has(ChangeKind::Renamed).map(|c| (c.from, c.to));
                        let both = was.is_some() && is.is_some();
                        assert_eq!(renamed, (both && was != is).then_some((was, is)));
                        if let Some(change) = has(ChangeKind::Meaning) {
                            assert!(both && change.from != change.to, "{code:?} {from} {to}");
                        }
                        if let Some(change) = has(ChangeKind::Deprecated) {
                            assert!(is.is_some() && from < to, "{code:?} {from} {to}");
                            assert_eq!(change.to, code.deprecation().map(|d| d.since()));
                        }
                        for kind in [ChangeKind::Hidden, ChangeKind::Shown] {
                            if let Some(change) = has(kind) {
                                assert!(both && (change.from, change.to) == (None, None));
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_text_in_force_is_the_meaning_that_holds_or_the_description() {
        let code = AnyCode::from(ErrorCode::DuplicateLogin);
        let [in_3_29, in_3_30] = code.other_meanings() else {
            panic!("two meanings")
        };
        assert_eq!(text_in(code, Source::Cpp3_28), code.description(Locale::En));
        assert_eq!(
            text_in(code, Source::Cpp3_29),
            in_3_29.description(Locale::En)
        );
        assert_eq!(
            text_in(code, Source::Cpp3_33),
            in_3_30.description(Locale::En)
        );
        assert_eq!(
            text_in(code, Source::Cpp3_38),
            in_3_30.description(Locale::En)
        );
        assert_eq!(text_in(code, Source::Cpp3_41), code.description(Locale::En));
        // Another family's sources: the description.
        assert_eq!(
            text_in(code, Source::Objc3_45),
            code.description(Locale::En)
        );
        let found: Vec<Change> = diff_set(CodeSet::ErrorCode, Source::Cpp3_29, Source::Cpp3_30)
            .unwrap()
            .filter(|change| change.code == code)
            .collect();
        assert_eq!(
            found,
            [Change {
                code,
                kind: ChangeKind::Meaning,
                from: Some(in_3_29.description(Locale::En)),
                to: Some(in_3_30.description(Locale::En)),
            }]
        );
        // The two share their English summary: the change gives the whole descriptions.
        assert_eq!(in_3_29.summary(Locale::En), in_3_30.summary(Locale::En));
    }
}
