//! How codes of different sets relate: the same event delivered another way, or a successor; and
//! whether a source says so.

use core::fmt;

use crate::{AnyCode, CodeSet, Source};

/// How a code relates to a code of another set (see [`AnyCode::links`]).
///
/// ```
/// use bytertc_codes::{AnyCode, ErrorCode, Relation, RtsErrorCode};
///
/// // The RTS SDK's -1000 is ErrorCode's -1000, delivered by the RTS room.
/// let rts = AnyCode::from(RtsErrorCode::InvalidToken);
/// let link = rts.links().next().unwrap();
/// assert_eq!(link.relation(), Relation::StandsFor);
/// assert_eq!(link.code(), AnyCode::from(ErrorCode::InvalidToken));
/// // And the other way round.
/// let back = AnyCode::from(ErrorCode::InvalidToken)
///     .links()
///     .find(|link| link.code() == rts)
///     .unwrap();
/// assert_eq!(back.relation(), Relation::StoodForBy);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Relation {
    /// The code means the same event as the other, delivered another way: a 3.60 state-change reason
    /// stands for the 3.58 `ErrorCode` or `WarningCode` of the same event, an RTS code for the code
    /// it mirrors. `TryFrom` converts between the two enums. No source states any of these links:
    /// the crate infers them (see [`Link::evidence`]).
    StandsFor,
    /// The other code stands for this one (the reverse of [`StandsFor`](Self::StandsFor)).
    StoodForBy,
    /// The code replaces the other in a later SDK release: a source's deprecation of the other code
    /// names this one (`MediaDeviceError` codes replace `WarningCode` -5002…-5008), or the crate
    /// infers it (a 3.60 task error code replaces the stream-mixing code of the same identifier
    /// words); [`Link::evidence`] says which.
    Replaces,
    /// The other code replaces this one (the reverse of [`Replaces`](Self::Replaces)).
    ReplacedBy,
}

impl Relation {
    /// The reverse relation, as seen from the other code.
    #[must_use]
    #[inline]
    pub const fn reverse(self) -> Relation {
        match self {
            Relation::StandsFor => Relation::StoodForBy,
            Relation::StoodForBy => Relation::StandsFor,
            Relation::Replaces => Relation::ReplacedBy,
            Relation::ReplacedBy => Relation::Replaces,
        }
    }

    /// The relation in words, e.g. `"stands for"`.
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Relation::StandsFor => "stands for",
            Relation::StoodForBy => "stood for by",
            Relation::Replaces => "replaces",
            Relation::ReplacedBy => "replaced by",
        }
    }
}

impl fmt::Display for Relation {
    /// The relation in words, e.g. `stands for`; honours width, fill and alignment like `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Why the crate links two codes: a source says so, or the crate infers it ([`Link::evidence`]).
///
/// A link is stated where a source says it: today, where a header deprecates a code and names its
/// replacement in another set (`WarningCode` -5002 "use
/// `MediaDeviceError.kMediaDeviceErrorDeviceNoPermission` instead", from the C++ 3.57 headers on).
/// No source says which 3.60 reason took over which 3.58 code, which 3.60 task error code replaces
/// which stream-mixing one, or that an RTS code mirrors an `ErrorCode`: those links rest on equal
/// values, identifier words and texts, and are inferred.
///
/// ```
/// use bytertc_codes::{AnyCode, Evidence, Inference, MediaDeviceError, PublishStateChangeReason, Source};
///
/// // The C++ 3.57 headers deprecate WarningCode -5002 for MediaDeviceError 1.
/// let link = AnyCode::from(MediaDeviceError::DeviceNoPermission).links().next().unwrap();
/// assert_eq!(link.code().code(), -5002);
/// assert_eq!(link.evidence(), Evidence::Stated(Source::Cpp3_57));
/// assert_eq!(link.evidence().source(), Some(Source::Cpp3_57));
///
/// // No header says that the 3.60 reason 2 took over ErrorCode -1002; their identifiers do.
/// let link = AnyCode::from(PublishStateChangeReason::NoPublishPermission).links().next().unwrap();
/// assert_eq!(link.code().code(), -1002);
/// assert_eq!(link.evidence(), Evidence::Inferred(Inference::SameIdentifierWords));
/// assert_eq!(link.evidence().to_string(), "inferred: same identifier words");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Evidence {
    /// A source says so: the oldest [`Source`] that does (later releases of its SDK may repeat it).
    /// The source lists both codes.
    Stated(Source),
    /// No source says so: the crate infers it, for the reason given.
    Inferred(Inference),
}

impl Evidence {
    /// `"stated"` or `"inferred"`.
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Evidence::Stated(_) => "stated",
            Evidence::Inferred(_) => "inferred",
        }
    }

    /// Whether a source says so.
    #[must_use]
    #[inline]
    pub const fn is_stated(self) -> bool {
        matches!(self, Evidence::Stated(_))
    }

    /// The source that says so, for a stated link.
    #[must_use]
    #[inline]
    pub const fn source(self) -> Option<Source> {
        match self {
            Evidence::Stated(source) => Some(source),
            Evidence::Inferred(_) => None,
        }
    }

    /// Why the crate infers it, for an inferred link.
    #[must_use]
    #[inline]
    pub const fn inference(self) -> Option<Inference> {
        match self {
            Evidence::Stated(_) => None,
            Evidence::Inferred(inference) => Some(inference),
        }
    }
}

impl fmt::Display for Evidence {
    /// `stated by cpp-3.57` (the source's label) or `inferred: same value`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::Stated(source) => write!(f, "stated by {}", source.label()),
            Evidence::Inferred(inference) => write!(f, "inferred: {}", inference.as_str()),
        }
    }
}

/// What an inferred link rests on ([`Evidence::Inferred`]), in a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Inference {
    /// The same value, and texts or identifiers that mean the same: an RTS code and the
    /// `ErrorCode` or `WarningCode` it mirrors, a 3.60 room reason and the 3.58 code of its value,
    /// a 3.60 task code and the older code of its value (`0`, `1195`).
    SameValue,
    /// Another value, but the same words in the identifiers after the set's prefix
    /// (`kPublishStateChangeReasonNoPublishPermission` and `kErrorCodeNoPublishPermission`,
    /// `kMixedStreamTaskErrorCodeTimeout` and `kStreamMixingErrorCodeTimeout`).
    SameIdentifierWords,
    /// Another value and other identifier words, but the same text (`MixedStreamTaskErrorCode` 1097
    /// `SignalRequestTimeout` and `StreamMixingErrorCode` 1099 `TimeoutBySignaling`: "服务端接收信令超时").
    SameText,
}

impl Inference {
    /// The reason in words, e.g. `"same value"`.
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Inference::SameValue => "same value",
            Inference::SameIdentifierWords => "same identifier words",
            Inference::SameText => "same text",
        }
    }
}

impl fmt::Display for Inference {
    /// The reason in words, e.g. `same value`; honours width, fill and alignment like `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A link of a set's table: (position in `ALL`, relation, the other code's set and position in its
/// `ALL`, evidence as [`Evidence::from_code`] reads it).
pub(crate) type LinkEntry = (u16, Relation, CodeSet, u16, u8);

impl Evidence {
    /// The evidence a table writes as one integer (a literal costs the compiler less than a
    /// constructor call): the position in [`Source::ALL`] of the source that states the link, or
    /// `0x80` plus the position of the [`Inference`] in its declaration.
    #[inline]
    pub(crate) const fn from_code(code: u8) -> Evidence {
        if code & 0x80 == 0 {
            Evidence::Stated(Source::ALL[code as usize])
        } else {
            Evidence::Inferred(match code & 0x7f {
                0 => Inference::SameValue,
                1 => Inference::SameIdentifierWords,
                _ => Inference::SameText,
            })
        }
    }
}

/// A code of another set, how a code relates to it and on what evidence: an item of
/// [`AnyCode::links`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Link {
    relation: Relation,
    code: AnyCode,
    evidence: Evidence,
}

impl Link {
    #[inline]
    pub(crate) const fn new(relation: Relation, code: AnyCode, evidence: Evidence) -> Self {
        Self {
            relation,
            code,
            evidence,
        }
    }

    /// How the code relates to [`code`](Self::code).
    #[must_use]
    #[inline]
    pub const fn relation(self) -> Relation {
        self.relation
    }

    /// The other code.
    #[must_use]
    #[inline]
    pub const fn code(self) -> AnyCode {
        self.code
    }

    /// Whether a source says so, and which, or why the crate infers it. The link seen from the other
    /// code has the same evidence.
    #[must_use]
    #[inline]
    pub const fn evidence(self) -> Evidence {
        self.evidence
    }
}

impl AnyCode {
    /// Every code of another set that this code is linked to, in both directions: the codes it stands
    /// for or replaces, then the codes that stand for or replace it, in the order of the list of sets.
    ///
    /// Each link says whether a source states it or the crate infers it ([`Link::evidence`]): most
    /// are inferred, from equal values, identifier words or texts.
    #[inline]
    pub fn links(self) -> impl Iterator<Item = Link> + Clone {
        let (set, position) = self.position();
        let outgoing = set
            .table()
            .links
            .iter()
            .filter(move |link| usize::from(link.0) == position)
            .map(|&(_, relation, other, at, evidence)| {
                Link::new(relation, other.at(at.into()), Evidence::from_code(evidence))
            });
        let incoming = CodeSet::ALL.iter().flat_map(move |&other| {
            other
                .table()
                .links
                .iter()
                .filter(move |link| link.2 == set && usize::from(link.3) == position)
                .map(move |&(from, relation, _, _, evidence)| {
                    Link::new(
                        relation.reverse(),
                        other.at(from.into()),
                        Evidence::from_code(evidence),
                    )
                })
        });
        outgoing.chain(incoming)
    }
}

/// A code with no counterpart in the set it was converted to: returned by the `TryFrom` conversions
/// between a set and the set its codes stand for (`ErrorCode::try_from(PublishStateChangeReason::…)`).
///
/// It keeps the code, so nothing is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NoCounterpart {
    code: AnyCode,
    set: CodeSet,
}

impl NoCounterpart {
    #[inline]
    pub(crate) const fn new(code: AnyCode, set: CodeSet) -> Self {
        Self { code, set }
    }

    /// The code that was given.
    #[must_use]
    #[inline]
    pub const fn code(&self) -> AnyCode {
        self.code
    }

    /// The set it has no counterpart in (the given code's own set is `code().code_set()`).
    ///
    /// Every error type of the crate that concerns a set gives it by `code_set()`, as
    /// [`AnyCode::code_set`] does.
    #[must_use]
    #[inline]
    pub const fn code_set(&self) -> CodeSet {
        self.set
    }
}

impl fmt::Display for NoCounterpart {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::convert::code_not_in(f, self.code, "has no counterpart in", self.set)
    }
}

impl core::error::Error for NoCounterpart {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_codes_name_every_source_and_inference() {
        for (i, &source) in Source::ALL.iter().enumerate() {
            assert_eq!(Evidence::from_code(i as u8), Evidence::Stated(source));
        }
        assert_eq!(
            Evidence::from_code(0x80),
            Evidence::Inferred(Inference::SameValue)
        );
        assert_eq!(
            Evidence::from_code(0x81),
            Evidence::Inferred(Inference::SameIdentifierWords)
        );
        assert_eq!(
            Evidence::from_code(0x82),
            Evidence::Inferred(Inference::SameText)
        );
    }
}
