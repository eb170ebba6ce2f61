//! How codes of different sets relate: the same event delivered another way, or a successor.

use core::fmt;

use crate::{AnyCode, CodeSet};

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
    /// stands for the 3.58 `ErrorCode` or `WarningCode` it took over, an RTS code for the code it
    /// mirrors. `TryFrom` converts between the two enums.
    StandsFor,
    /// The other code stands for this one (the reverse of [`StandsFor`](Self::StandsFor)).
    StoodForBy,
    /// The code replaces the other in a later SDK release (a 3.60 task error code replaces a
    /// stream-mixing one).
    Replaces,
    /// The other code replaces this one (the reverse of [`Replaces`](Self::Replaces)).
    ReplacedBy,
}

impl Relation {
    /// The reverse relation, as seen from the other code.
    #[must_use]
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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A code of another set and how a code relates to it: an item of [`AnyCode::links`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Link {
    relation: Relation,
    code: AnyCode,
}

impl Link {
    pub(crate) const fn new(relation: Relation, code: AnyCode) -> Self {
        Self { relation, code }
    }

    /// How the code relates to [`code`](Self::code).
    #[must_use]
    pub const fn relation(self) -> Relation {
        self.relation
    }

    /// The other code.
    #[must_use]
    pub const fn code(self) -> AnyCode {
        self.code
    }
}

impl AnyCode {
    /// Every code of another set that this code is linked to, in both directions: the codes it stands
    /// for or replaces, then the codes that stand for or replace it, in the order of the list of sets.
    pub fn links(self) -> impl Iterator<Item = Link> + Clone {
        let (set, position) = self.position();
        let outgoing = set
            .table()
            .links
            .iter()
            .filter(move |link| usize::from(link.0) == position)
            .map(|&(_, relation, other, at)| Link::new(relation, other.at(at.into())));
        let incoming = CodeSet::ALL.iter().flat_map(move |&other| {
            other
                .table()
                .links
                .iter()
                .filter(move |link| link.2 == set && usize::from(link.3) == position)
                .map(move |&(from, relation, _, _)| {
                    Link::new(relation.reverse(), other.at(from.into()))
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
    pub(crate) const fn new(code: AnyCode, set: CodeSet) -> Self {
        Self { code, set }
    }

    /// The code that was given.
    #[must_use]
    pub const fn code(&self) -> AnyCode {
        self.code
    }

    /// The set it has no counterpart in (the given code's own set is `code().code_set()`).
    ///
    /// Every error type of the crate that concerns a set gives it by `code_set()`, as
    /// [`AnyCode::code_set`] does.
    #[must_use]
    pub const fn code_set(&self) -> CodeSet {
        self.set
    }

    /// The set it has no counterpart in: the same as [`code_set`](Self::code_set).
    ///
    /// Deprecated because everywhere else `set()` is the set's *name* (`UnknownCode::set`,
    /// `ParseCodeError::set`, `AnyCode::set`, `Code::SET`) and `code_set()` the [`CodeSet`].
    #[deprecated(note = "use `code_set()`: elsewhere in the crate `set()` returns the set's name")]
    #[must_use]
    pub const fn set(&self) -> CodeSet {
        self.set
    }
}

impl fmt::Display for NoCounterpart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ByteRTC {} {} ({}) has no counterpart in {}",
            self.code.set(),
            self.code.code(),
            self.code.name(),
            self.set.name()
        )
    }
}

impl core::error::Error for NoCounterpart {}
