//! `annotate`: a log copied through unchanged, each code a line gives a role explained below it.
//!
//! Self-contained (the library, `serde_json` and `std` only), so that `benches/annotate.rs` measures
//! this very file. The rules are [`RULES`]; `docs/tool.md` repeats them with examples.
//!
//! A line is read as bytes and never decoded: bytes that are not UTF-8 pass through and only ASCII
//! carries meaning (keys, callback names, numbers), so the codes in a line's valid parts are still
//! found. At most [`MAX_SEGMENT`] bytes of a line are held; a longer line is scanned and written in
//! pieces cut after a space, tab, `,` or `;`, so memory stays bounded whatever the input.

use std::io::{self, BufRead, BufReader, Read, Write};

use bytertc_codes::{AnyCode, CodeSet, Locale};

/// What counts as a code: `annotate --help` shows this, and `docs/tool.md` says the same with examples.
pub const RULES: &str = "\
What counts as a code: a decimal integer that the line gives a role, never a number alone.
  - After a callback name (each set's callbacks, `CodeSet::callbacks()`: onError, onWarning,
    onLocalAudioStateChanged, onRoomStateChangedWithReason, onLoginResult, ...; whole words in any
    ASCII case, so onRoomStateChangedWithReason is not onRoomStateChanged):
      its lone argument: onError(-1000), onError: -1000, onWarning -2001, \"onError\": -1000
      (not the first of several: onLocalAudioStateChanged(1, 2) says nothing);
      a number under a key naming an error, code, reason, result or warning, anywhere after it on
      the line: error=3, err: 3, code=-2001, reason=-1000, \"code\":-1009, error_code=-3,
      errorCode: -3, 错误码：-3, error 3; event= where the callback delivers events
      (onStreamPushEvent, onAVSyncEvent).
    The set is the callback's: `onLocalAudioStateChanged state=2 error=3` is LocalAudioStreamError 3,
    and state=2 is no code. Of a callback's sets, the key picks the one its name says
    (onStreamPushEvent: event= is SingleStreamPushEvent, error= StreamMixingErrorCode), and the
    RTS set on a line that names RTS (onError: RtsErrorCode, else ErrorCode). 0 is shown, and a
    value the set lacks as unknown.
  - After ret, return, returned, retval, ret_code, 返回值 (an API call's return value), with =, : or
    a space: ReturnStatus (RtsReturnStatus first on a line that names RTS). 0 and values
    ReturnStatus lacks are not shown.
  - Under those keys, with = or :, with no callback named before them on the line: the most likely
    set that defines the value (the order of `lookup`, RTS sets first on a line that names RTS),
    with how many other sets define it. 0 is not reported, nor a value no set defines.
  - --set SET (repeatable): keyed numbers are decoded with those sets only, and a callback's or
    return value's code is shown only if its set is one of them.
Not codes: numbers without such a key (timestamps, pids, ids, ports), state=, uid=7,
status_code=200, http_code=404, decimals (3.5), versions (3.58.1), numbers glued to letters (0x3e8,
30ms) or outside i32. A line names RTS when one of its words is RTS (RTS, ByteRTS, RtsRoom,
rts_engine).

Every input line is written unchanged (bytes that are not UTF-8 too); after a line with codes, one
line per code:
    ↳ ErrorCode -1000 InvalidToken: Token 无效。 / Token is invalid
--format json writes JSON Lines instead: one object per code, with the keys line, column (1-based
byte offset of the number), callback (or null), set, code, name, summary_zh, summary_en (null for
an unknown value), other_sets and file. Output is flushed whenever input must be waited for, so
`tail -f app.log | bytertc-codes annotate` shows each line as it comes.";

/// The most bytes of one line held in memory at once.
pub const MAX_SEGMENT: usize = 1 << 20;

/// The most codes of one line held for the text output; the rest are counted.
pub const MAX_HELD: usize = 1024;

/// What `annotate` was asked for.
pub struct Options {
    /// `--set`: only these sets (empty: every set).
    pub sets: Vec<CodeSet>,
    /// The languages of the text output (JSON always has both).
    pub locales: &'static [Locale],
    /// JSON Lines instead of the copied log.
    pub json: bool,
}

/// A callback the crate knows: its name, lowercased for matching, and the sets it delivers.
struct Callback {
    lower: Box<[u8]>,
    name: &'static str,
    sets: Vec<CodeSet>,
    /// Whether one of `sets` is an RTS set (so that the line must be checked for RTS).
    has_rts: bool,
    /// Whether one of `sets` is one of events, so that `event=` is a code key after it.
    has_events: bool,
}

/// One code found in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Byte offset of the number (its sign, if any) in the line, from 0.
    pub offset: usize,
    /// The callback the number belongs to.
    pub callback: Option<&'static str>,
    /// The set the number was decoded in.
    pub set: CodeSet,
    /// The number.
    pub value: i32,
    /// The code, if `set` defines the value.
    pub code: Option<AnyCode>,
    /// How many other sets define the value, where no callback chose the set.
    pub other_sets: usize,
}

/// Why a run stopped.
#[derive(Debug)]
pub enum Failure {
    /// The input could not be read (what was read before is written).
    Read(io::Error),
    /// The output could not be written.
    Write(io::Error),
}

/// What the line so far says: the last callback named, whether RTS was named before this piece.
#[derive(Default)]
struct Context {
    callback: Option<usize>,
    rts_before: bool,
}

/// The line being read: its number, how much of it is written, what it said, the codes held.
#[derive(Default)]
struct Line {
    number: u64,
    /// Bytes of the line already scanned and written.
    base: usize,
    context: Context,
    held: Vec<Found>,
    dropped: usize,
}

/// The role a key gives the number after it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Key {
    /// A key naming an error, code, reason, result or warning; with the word that names the kind of
    /// set (`Error`, `Reason`, ...), if any.
    Code(Option<&'static str>),
    /// `event`: a code only after a callback of events.
    Event,
    /// An API call's return value.
    Return,
}

/// The role a line gives a number.
#[derive(Clone, Copy, Debug)]
enum Role {
    /// The callback's (index) code, under a key that may prefer one of its sets.
    Callback(usize, Option<&'static str>),
    /// A return value.
    Return,
    /// A keyed number with no callback.
    Keyed,
}

/// A number after a key or callback name.
#[derive(Clone, Copy, Debug)]
struct Number {
    /// Where it starts (its sign, if any) and ends.
    start: usize,
    end: usize,
    value: i32,
    /// What came between: `=`, `:` (`：` too), `(`, or 0 for only spaces.
    separator: u8,
    /// Whether it is in quotes (`"code":"-1009"`).
    quoted: bool,
}

/// The number right after a key or callback name that ends at `at`: after an optional closing quote
/// of the key, spaces, a separator (`=`, `:`, `：`, `(`) and spaces, and an optional opening quote; a
/// decimal integer in `i32` range glued to no letter, digit, `_` or `.digit`. Without a separator,
/// at least one space must come between.
fn number_after(s: &[u8], at: usize) -> Option<Number> {
    let n = s.len();
    let mut k = at;
    let key_quoted = k < n && matches!(s[k], b'"' | b'\'');
    if key_quoted {
        k += 1;
    }
    let spaces = k;
    k = skip_spaces(s, k);
    let spaced = k > spaces;
    let mut separator = 0;
    if k < n && matches!(s[k], b'=' | b':' | b'(') {
        separator = s[k];
        k = skip_spaces(s, k + 1);
    } else if s[k..].starts_with(FULL_WIDTH_COLON) {
        separator = b':';
        k = skip_spaces(s, k + FULL_WIDTH_COLON.len());
    }
    if separator == 0 && (key_quoted || !spaced) {
        return None;
    }
    let quoted = k < n && matches!(s[k], b'"' | b'\'');
    if quoted {
        k += 1;
    }
    let start = k;
    let negative = k < n && s[k] == b'-';
    if k < n && matches!(s[k], b'-' | b'+') {
        k += 1;
    }
    let digits = k;
    while k < n && s[k].is_ascii_digit() {
        k += 1;
    }
    if k == digits || k < n && (is_word_byte(s[k]) || s[k] == b'.' && next_is_digit(s, k + 1)) {
        return None;
    }
    Some(Number {
        start,
        end: k,
        value: parse(&s[digits..k], negative)?,
        separator,
        quoted,
    })
}

/// Sets whose names contain one of these words are RTS sets.
fn is_rts(set: CodeSet) -> bool {
    set.name().starts_with("Rts")
}

impl Annotator {
    /// An annotator for `options`, with every callback of every set.
    pub fn new(options: Options) -> Self {
        let mut callbacks: Vec<Callback> = Vec::new();
        for &set in CodeSet::ALL {
            for name in set.callbacks() {
                let lower: Box<[u8]> = name.to_ascii_lowercase().into_bytes().into();
                match callbacks.iter_mut().find(|c| c.lower == lower) {
                    Some(callback) => callback.sets.push(set),
                    None => callbacks.push(Callback {
                        lower,
                        name,
                        sets: vec![set],
                        has_rts: false,
                        has_events: false,
                    }),
                }
            }
        }
        for callback in &mut callbacks {
            callback.has_rts = callback.sets.iter().any(|&set| is_rts(set));
            callback.has_events = callback.sets.iter().any(|s| s.name().contains("Event"));
        }
        callbacks.sort_by(|a, b| a.lower.cmp(&b.lower));
        let lengths = callbacks.iter().map(|c| c.lower.len());
        let shortest = lengths.clone().min().unwrap_or(0);
        let longest = lengths.max().unwrap_or(0);
        let chosen = |set: &CodeSet| options.sets.is_empty() || options.sets.contains(set);
        let returns: Vec<CodeSet> = [CodeSet::ReturnStatus].into_iter().filter(chosen).collect();
        let rts_returns: Vec<CodeSet> = [CodeSet::RtsReturnStatus, CodeSet::ReturnStatus]
            .into_iter()
            .filter(chosen)
            .collect();
        let keyed: Vec<CodeSet> = CodeSet::ALL.iter().copied().filter(chosen).collect();
        Self {
            keyed_has_rts: keyed.iter().any(|&set| is_rts(set)),
            options,
            callbacks,
            shortest,
            longest,
            returns,
            rts_returns,
            keyed,
        }
    }

    /// The index of the callback named `token` (any ASCII case), if it is one.
    fn callback(&self, token: &[u8]) -> Option<usize> {
        if token.len() < self.shortest
            || token.len() > self.longest
            || !token[..2].eq_ignore_ascii_case(b"on")
        {
            return None;
        }
        let mut buffer = [0u8; 64];
        let lower = buffer.get_mut(..token.len())?;
        lower.copy_from_slice(token);
        lower.make_ascii_lowercase();
        self.callbacks
            .binary_search_by(|c| (*c.lower).cmp(lower))
            .ok()
    }

    /// Every code `segment` (a line, or a piece of a long one) holds, in order, with offsets from the
    /// start of the segment; `context` carries what earlier pieces of the line said, and if `more`
    /// (more of the line follows), what this one says.
    ///
    /// One pass over the words: a word that is a callback's name or a key is looked at, and the number
    /// right after it, if any; every other word and number is skipped.
    fn scan(&self, segment: &[u8], more: bool, context: &mut Context, found: &mut Vec<Found>) {
        let s = segment;
        let n = s.len();
        // Whether the line names RTS: looked at only when a code's set depends on it.
        let mut rts: Option<bool> = None;
        let mut i = 0;
        while i < n {
            let start = i;
            let role = match CLASS[usize::from(s[i])] {
                OTHER => {
                    i += 1;
                    continue;
                }
                // A number no key precedes, a version, an address: nothing.
                DIGIT => {
                    while i < n && (CLASS[usize::from(s[i])] != OTHER || s[i] == b'.') {
                        i += 1;
                    }
                    continue;
                }
                LETTER => {
                    while i < n && CLASS[usize::from(s[i])] != OTHER {
                        i += 1;
                    }
                    let word = &s[start..i];
                    // Callbacks start with `on`: most words are rejected by their first letter.
                    let callback = if word[0] | 0x20 == b'o' {
                        self.callback(word)
                    } else {
                        None
                    };
                    if let Some(callback) = callback {
                        context.callback = Some(callback);
                        self.lone_argument(s, i, callback)
                    } else if let Some(kind) = key_kind(word) {
                        self.keyed(s, i, kind, context)
                    } else {
                        None
                    }
                }
                // The lead byte of a Chinese key's first character.
                _ => match chinese_key(&s[i..]) {
                    Some((kind, len)) => {
                        i += len;
                        self.keyed(s, i, kind, context)
                    }
                    None => {
                        i += 1;
                        continue;
                    }
                },
            };
            let Some((role, number)) = role else {
                continue;
            };
            let mut names_rts = || *rts.get_or_insert_with(|| context.rts_before || names_rts(s));
            if let Some(mut code) = self.decode(role, number.value, &mut names_rts) {
                code.offset = number.start;
                found.push(code);
            }
        }
        if more && !context.rts_before {
            context.rts_before = rts.unwrap_or_else(|| names_rts(s));
        }
    }

    /// The lone argument of the callback whose name ends at `at`: `onError(-1000)`,
    /// `onError: -1000`, `onWarning -2001`; not the first of several (`onX(2, 3)`, `onX 2 3`).
    fn lone_argument(&self, s: &[u8], at: usize, callback: usize) -> Option<(Role, Number)> {
        let number = number_after(s, at)?;
        let mut after = number.end;
        if number.quoted && matches!(s.get(after), Some(b'"' | b'\'')) {
            after += 1;
        }
        after = skip_spaces(s, after);
        let next = s.get(after).copied();
        let lone = if number.separator == b'(' {
            next == Some(b')')
        } else {
            next != Some(b',') && !starts_number(s, after)
        };
        lone.then_some((Role::Callback(callback, None), number))
    }

    /// The role and number of a key of `kind` that ends at `at`, if a number follows it.
    fn keyed(&self, s: &[u8], at: usize, kind: Key, context: &Context) -> Option<(Role, Number)> {
        let number = number_after(s, at)?;
        let separated = matches!(number.separator, b'=' | b':');
        let role = match (kind, context.callback) {
            _ if number.separator == b'(' => return None,
            (Key::Return, _) => Role::Return,
            (Key::Code(word), Some(callback)) => Role::Callback(callback, word),
            (Key::Code(_), None) if separated => Role::Keyed,
            (Key::Event, Some(callback)) if self.callbacks[callback].has_events => {
                Role::Callback(callback, Some("Event"))
            }
            _ => return None,
        };
        Some((role, number))
    }

    /// The code `value` is in its role, if it is to be reported.
    fn decode(&self, role: Role, value: i32, rts: &mut impl FnMut() -> bool) -> Option<Found> {
        let chosen =
            |set: &CodeSet| self.options.sets.is_empty() || self.options.sets.contains(set);
        match role {
            Role::Callback(index, word) => {
                let callback = &self.callbacks[index];
                // The key's word picks among the callback's sets where some have it in their name.
                let named = |set: &CodeSet| word.is_some_and(|word| set.name().contains(word));
                let prefer_named = callback.sets.iter().any(named);
                let rts = callback.has_rts && rts();
                let mut sets = ordered(&callback.sets, rts)
                    .filter(|set| chosen(set) && (!prefer_named || named(set)));
                let first = sets.clone().next()?;
                let (set, code) = sets
                    .find_map(|set| Some((set, set.from_code(value)?)))
                    .map_or((first, None), |(set, code)| (set, Some(code)));
                Some(Found {
                    offset: 0,
                    callback: Some(callback.name),
                    set,
                    value,
                    code,
                    other_sets: 0,
                })
            }
            Role::Return | Role::Keyed if value == 0 => None,
            Role::Return => {
                let sets = if rts() {
                    &self.rts_returns
                } else {
                    &self.returns
                };
                let (set, code) = sets
                    .iter()
                    .find_map(|&set| Some((set, set.from_code(value)?)))?;
                Some(Found {
                    offset: 0,
                    callback: None,
                    set,
                    value,
                    code: Some(code),
                    other_sets: 0,
                })
            }
            Role::Keyed => {
                let rts = self.keyed_has_rts && rts();
                let mut defining = ordered(&self.keyed, rts).filter_map(|set| set.from_code(value));
                let code = defining.next()?;
                Some(Found {
                    offset: 0,
                    callback: None,
                    set: code.code_set(),
                    value,
                    code: Some(code),
                    other_sets: defining.count(),
                })
            }
        }
    }

    /// Copies `input` to `out`, each code annotated; `file` names the input in the JSON.
    pub fn run(&self, input: impl Read, file: &str, out: &mut impl Write) -> Result<(), Failure> {
        let mut reader = BufReader::with_capacity(1 << 16, input);
        // The start of a line that the reader's buffer no longer holds whole.
        let mut pending: Vec<u8> = Vec::new();
        let mut line = Line {
            number: 1,
            ..Line::default()
        };
        let mut found: Vec<Found> = Vec::new();
        loop {
            // Before waiting for input, everything so far goes out (`tail -f | annotate`).
            if reader.buffer().is_empty() {
                out.flush().map_err(Failure::Write)?;
            }
            let chunk = match reader.fill_buf() {
                Ok(chunk) => chunk,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => {
                    if !pending.is_empty() {
                        self.segment(&pending, true, &mut line, &mut found, file, out)?;
                    }
                    out.flush().map_err(Failure::Write)?;
                    return Err(Failure::Read(err));
                }
            };
            if chunk.is_empty() {
                if !pending.is_empty() || line.base > 0 {
                    self.segment(&pending, true, &mut line, &mut found, file, out)?;
                }
                return out.flush().map_err(Failure::Write);
            }
            let mut used = 0;
            while let Some(at) = find_newline(&chunk[used..]) {
                let end = used + at + 1;
                if pending.is_empty() {
                    self.segment(&chunk[used..end], true, &mut line, &mut found, file, out)?;
                } else {
                    pending.extend_from_slice(&chunk[used..end]);
                    self.segment(&pending, true, &mut line, &mut found, file, out)?;
                    pending.clear();
                }
                used = end;
            }
            pending.extend_from_slice(&chunk[used..]);
            let read = chunk.len();
            reader.consume(read);
            if pending.len() >= MAX_SEGMENT {
                // Cut after the last separator, so that no key, number or name is cut in two.
                let cut = pending
                    .iter()
                    .rposition(|&b| matches!(b, b' ' | b'\t' | b',' | b';'))
                    .map_or(pending.len(), |at| at + 1);
                self.segment(&pending[..cut], false, &mut line, &mut found, file, out)?;
                pending.drain(..cut);
            }
        }
    }

    /// Scans and writes `segment` of the current line; `last` if it ends the line.
    fn segment(
        &self,
        segment: &[u8],
        last: bool,
        line: &mut Line,
        found: &mut Vec<Found>,
        file: &str,
        out: &mut impl Write,
    ) -> Result<(), Failure> {
        found.clear();
        self.scan(segment, !last, &mut line.context, found);
        for code in found.iter_mut() {
            code.offset += line.base;
        }
        if self.options.json {
            for code in found.iter() {
                self.json(line.number, code, file, out)
                    .map_err(Failure::Write)?;
            }
        } else {
            out.write_all(segment).map_err(Failure::Write)?;
            let room = MAX_HELD.saturating_sub(line.held.len());
            line.dropped += found.len().saturating_sub(room);
            line.held.extend(found.iter().take(room));
        }
        line.base += segment.len();
        if last {
            if !self.options.json && !line.held.is_empty() {
                let newline: &[u8] = if segment.ends_with(b"\r\n") {
                    b"\r\n"
                } else {
                    b"\n"
                };
                if !segment.ends_with(b"\n") {
                    out.write_all(newline).map_err(Failure::Write)?;
                }
                for code in &line.held {
                    self.text(code, newline, out).map_err(Failure::Write)?;
                }
                if line.dropped > 0 {
                    write!(
                        out,
                        "    ↳ … and {} more codes on this line (--format json lists them all)",
                        line.dropped
                    )
                    .and_then(|()| out.write_all(newline))
                    .map_err(Failure::Write)?;
                }
            }
            *line = Line {
                number: line.number + 1,
                held: std::mem::take(&mut line.held),
                ..Line::default()
            };
            line.held.clear();
        }
        Ok(())
    }

    /// `    ↳ ErrorCode -1000 InvalidToken: Token 无效。 / Token is invalid`, and how many other sets
    /// define the value.
    fn text(&self, found: &Found, newline: &[u8], out: &mut impl Write) -> io::Result<()> {
        let Some(code) = found.code else {
            write!(out, "    ↳ unknown ByteRTC {}: {}", found.set, found.value)?;
            return out.write_all(newline);
        };
        out.write_all("    ↳ ".as_bytes())?;
        out.write_all(found.set.name().as_bytes())?;
        write!(out, " {} ", found.value)?;
        out.write_all(code.name().as_bytes())?;
        out.write_all(b": ")?;
        for (i, &locale) in self.options.locales.iter().enumerate() {
            if i > 0 {
                out.write_all(b" / ")?;
            }
            out.write_all(code.summary(locale).as_bytes())?;
        }
        match found.other_sets {
            0 => {}
            1 => out.write_all(b" (also in 1 other set)")?,
            n => write!(out, " (also in {n} other sets)")?,
        }
        out.write_all(newline)
    }

    /// One JSON Lines object.
    fn json(&self, line: u64, found: &Found, file: &str, out: &mut impl Write) -> io::Result<()> {
        write!(
            out,
            "{{\"line\":{line},\"column\":{},\"callback\":",
            found.offset + 1
        )?;
        json_string(out, found.callback)?;
        write!(
            out,
            ",\"set\":\"{}\",\"code\":{},\"name\":",
            found.set, found.value
        )?;
        json_string(out, found.code.map(AnyCode::name))?;
        out.write_all(b",\"summary_zh\":")?;
        json_string(out, found.code.map(|code| code.summary(Locale::Zh)))?;
        out.write_all(b",\"summary_en\":")?;
        json_string(out, found.code.map(|code| code.summary(Locale::En)))?;
        write!(out, ",\"other_sets\":{},\"file\":", found.other_sets)?;
        json_string(out, Some(file))?;
        out.write_all(b"}\n")
    }
}

/// The annotator: the callbacks by name and the sets each role decodes in.
pub struct Annotator {
    options: Options,
    /// Sorted by `lower`.
    callbacks: Vec<Callback>,
    shortest: usize,
    longest: usize,
    /// The sets of a return value, on a line that does not name RTS and on one that does.
    returns: Vec<CodeSet>,
    rts_returns: Vec<CodeSet>,
    /// The sets of a keyed number without a callback, most likely first.
    keyed: Vec<CodeSet>,
    keyed_has_rts: bool,
}

/// `text` as a JSON string, or `null`.
fn json_string(out: &mut impl Write, text: Option<&str>) -> io::Result<()> {
    match text {
        Some(text) => serde_json::to_writer(out, text).map_err(io::Error::from),
        None => out.write_all(b"null"),
    }
}

/// The position of the first `\n` in `s`, eight bytes at a time.
fn find_newline(s: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const NEWLINES: u64 = u64::from_ne_bytes([b'\n'; 8]);
    let mut chunks = s.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let x = word ^ NEWLINES;
        // A zero byte of `x` (a newline) sets its high bit here; bytes before the first zero never
        // do, so the lowest set bit is the first newline's.
        let zeros = x.wrapping_sub(ONES) & !x & HIGHS;
        if zeros != 0 {
            return Some(at + (zeros.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| at + i)
}

/// `sets` with the RTS ones first if `rts`, else last; in their order otherwise.
fn ordered(sets: &[CodeSet], rts: bool) -> impl Iterator<Item = CodeSet> + Clone + '_ {
    let first = sets.iter().copied().filter(move |&set| is_rts(set) == rts);
    let then = sets.iter().copied().filter(move |&set| is_rts(set) != rts);
    first.chain(then)
}

/// A byte that is no part of a word.
const OTHER: u8 = 0;
/// An ASCII letter or `_`: starts a word.
const LETTER: u8 = 1;
/// An ASCII digit: starts a number, or continues a word.
const DIGIT: u8 = 2;
/// The first byte of the first character of a Chinese key (see [`CHINESE_KEYS`]).
const CHINESE: u8 = 3;

/// The class of each byte.
const CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        class[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => LETTER,
            b'0'..=b'9' => DIGIT,
            // 错, 警, 原, 结, 返 (checked by a test).
            0xE5 | 0xE7 | 0xE8 | 0xE9 => CHINESE,
            _ => OTHER,
        };
        b += 1;
    }
    class
};

/// A byte of an ASCII word: a letter, a digit or `_`.
fn is_word_byte(b: u8) -> bool {
    CLASS[usize::from(b)] != OTHER
}

fn next_is_digit(s: &[u8], at: usize) -> bool {
    s.get(at).is_some_and(u8::is_ascii_digit)
}

/// Whether a number starts at `at`: a digit, or a sign and a digit.
fn starts_number(s: &[u8], at: usize) -> bool {
    match s.get(at) {
        Some(b'-' | b'+') => next_is_digit(s, at + 1),
        Some(b) => b.is_ascii_digit(),
        None => false,
    }
}

fn skip_spaces(s: &[u8], mut at: usize) -> usize {
    while at < s.len() && matches!(s[at], b' ' | b'\t') {
        at += 1;
    }
    at
}

/// The decimal `digits` as an `i32`, negated if `negative`; `None` if out of range.
fn parse(digits: &[u8], negative: bool) -> Option<i32> {
    if digits.len() > 10 {
        return None;
    }
    let magnitude = digits
        .iter()
        .fold(0i64, |n, &d| n * 10 + i64::from(d - b'0'));
    i32::try_from(if negative { -magnitude } else { magnitude }).ok()
}

/// The words of an identifier: split at `_` and where the case turns (`errorCode` → `error`,
/// `Code`; `RTSEngine` → `RTS`, `Engine`; `ByteRTS` → `Byte`, `RTS`).
fn words(token: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = token;
    std::iter::from_fn(move || {
        while let [b'_', tail @ ..] = rest {
            rest = tail;
        }
        if rest.is_empty() {
            return None;
        }
        let mut end = 1;
        while end < rest.len() && rest[end] != b'_' {
            let (previous, current) = (rest[end - 1], rest[end]);
            let upper_after_lower = current.is_ascii_uppercase() && !previous.is_ascii_uppercase();
            // `RTSEngine`: the last capital of a run before a lower-case letter starts a word.
            let acronym_end = previous.is_ascii_uppercase()
                && current.is_ascii_uppercase()
                && rest.get(end + 1).is_some_and(u8::is_ascii_lowercase);
            if upper_after_lower || acronym_end {
                break;
            }
            end += 1;
        }
        let (word, tail) = rest.split_at(end);
        rest = tail;
        Some(word)
    })
}

/// Whether a word of the line is `RTS` (any case): `RTS`, `ByteRTS`, `RtsRoom`, `rts_engine`; not
/// `starts`.
fn names_rts(s: &[u8]) -> bool {
    // Most lines have no `rts` at all, in any case: no need to split them into words.
    if !s.windows(3).any(|w| w.eq_ignore_ascii_case(b"rts")) {
        return false;
    }
    let mut i = 0;
    while i < s.len() {
        if !is_word_byte(s[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < s.len() && is_word_byte(s[i]) {
            i += 1;
        }
        if words(&s[start..i]).any(|word| word.eq_ignore_ascii_case(b"rts")) {
            return true;
        }
    }
    false
}

/// The words of a key that name a code, with the word of set names they point to.
const CODE_WORDS: &[(&str, Option<&str>)] = &[
    ("error", Some("Error")),
    ("err", Some("Error")),
    ("reason", Some("Reason")),
    ("result", Some("Result")),
    ("warning", Some("Warning")),
    ("warn", Some("Warning")),
];

/// The words of a key that name a return value.
const RETURN_WORDS: &[&str] = &["ret", "return", "returned", "retval", "retcode"];

fn code_word(word: &[u8]) -> Option<Option<&'static str>> {
    CODE_WORDS
        .iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name.as_bytes()))
        .map(|&(_, set_word)| set_word)
}

/// The endings a key that names a code or event has: its last word, or glued to `code`.
const KEY_ENDINGS: &[&[u8]] = &[
    b"error", b"err", b"code", b"reason", b"result", b"warning", b"warn", b"event",
];

/// What a key (an ASCII word) makes of the number after it, if anything.
fn key_kind(key: &[u8]) -> Option<Key> {
    // Most keys (`uid`, `state`, `ts`) end with no such word and start with no `ret`: no need to
    // split them into words.
    let returns = key.len() >= 3 && key[..3].eq_ignore_ascii_case(b"ret");
    if !returns {
        // The last letters of the endings: r, e, n, t, g.
        let last = key.last().map_or(0, |b| b | 0x20);
        if !matches!(last, b'r' | b'e' | b'n' | b't' | b'g') {
            return None;
        }
        let ends = |ending: &&[u8]| {
            key.len() >= ending.len()
                && key[key.len() - ending.len()..].eq_ignore_ascii_case(ending)
        };
        if !KEY_ENDINGS.iter().any(ends) {
            return None;
        }
    }
    let mut words = words(key);
    let first = words.next()?;
    if RETURN_WORDS
        .iter()
        .any(|word| first.eq_ignore_ascii_case(word.as_bytes()))
    {
        return Some(Key::Return);
    }
    let (previous, last) = match words.last() {
        Some(last) => (Some(first), last),
        None => (None, first),
    };
    if let Some(set_word) = code_word(last) {
        return Some(Key::Code(set_word));
    }
    if last.eq_ignore_ascii_case(b"event") {
        return Some(Key::Event);
    }
    // `code` alone, or after a word naming a code (`error_code`, `errorCode`, `reasonCode`) or an
    // event (`eventCode`); not `status_code`, `http_code`, `country_code`.
    if last.eq_ignore_ascii_case(b"code") {
        return match previous {
            None => Some(Key::Code(None)),
            Some(word) if word.eq_ignore_ascii_case(b"event") => Some(Key::Code(Some("Event"))),
            Some(word) => code_word(word).map(Key::Code),
        };
    }
    // Glued, in one case: `errcode`, `errorcode`, `ERRORCODE`.
    let glued = last.len() > 4 && last[last.len() - 4..].eq_ignore_ascii_case(b"code");
    if glued {
        return code_word(&last[..last.len() - 4]).map(Key::Code);
    }
    None
}

/// `：`, the full-width colon of Chinese text.
const FULL_WIDTH_COLON: &[u8] = "：".as_bytes();

/// The Chinese keys that name a code, longest first where one starts another.
const CHINESE_KEYS: &[(&str, Key)] = &[
    ("错误码", Key::Code(Some("Error"))),
    ("错误代码", Key::Code(Some("Error"))),
    ("错误", Key::Code(Some("Error"))),
    ("警告码", Key::Code(Some("Warning"))),
    ("警告", Key::Code(Some("Warning"))),
    ("原因", Key::Code(Some("Reason"))),
    ("结果", Key::Code(Some("Result"))),
    ("返回值", Key::Return),
];

/// The Chinese key `s` starts with, if any, and its length.
fn chinese_key(s: &[u8]) -> Option<(Key, usize)> {
    CHINESE_KEYS
        .iter()
        .find(|(key, _)| s.starts_with(key.as_bytes()))
        .map(|&(key, kind)| (kind, key.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn annotator(sets: &[CodeSet]) -> Annotator {
        Annotator::new(Options {
            sets: sets.to_vec(),
            locales: Locale::ALL,
            json: false,
        })
    }

    /// `(callback, set, value, column from 1)` of every code in `line`.
    fn scan(annotator: &Annotator, line: &str) -> Vec<(Option<&'static str>, String, i32, usize)> {
        let mut found = Vec::new();
        annotator.scan(line.as_bytes(), false, &mut Context::default(), &mut found);
        found
            .iter()
            .map(|f| (f.callback, f.set.name().to_owned(), f.value, f.offset + 1))
            .collect()
    }

    #[test]
    fn words_split_at_underscores_and_case_turns() {
        let split = |token: &str| -> Vec<String> {
            words(token.as_bytes())
                .map(|w| String::from_utf8(w.to_vec()).unwrap())
                .collect()
        };
        assert_eq!(split("errorCode"), ["error", "Code"]);
        assert_eq!(split("error_code"), ["error", "code"]);
        assert_eq!(split("__err__"), ["err"]);
        assert_eq!(split("RTSEngine"), ["RTS", "Engine"]);
        assert_eq!(split("ByteRTS"), ["Byte", "RTS"]);
        assert_eq!(split("ERROR_CODE"), ["ERROR", "CODE"]);
        assert_eq!(split("onAVSyncEvent"), ["on", "AV", "Sync", "Event"]);
        assert!(split("").is_empty() && split("___").is_empty());
    }

    #[test]
    fn keys_that_name_codes() {
        for key in [
            "error", "err", "code", "reason", "result", "warning", "warn", "ERR",
        ] {
            assert!(
                matches!(key_kind(key.as_bytes()), Some(Key::Code(_))),
                "{key}"
            );
        }
        for key in [
            "error_code",
            "errorCode",
            "ErrorCode",
            "errcode",
            "ERRORCODE",
            "reasonCode",
        ] {
            assert!(
                matches!(key_kind(key.as_bytes()), Some(Key::Code(_))),
                "{key}"
            );
        }
        for key in ["ret", "return", "returned", "ret_code", "retCode", "retval"] {
            assert_eq!(key_kind(key.as_bytes()), Some(Key::Return), "{key}");
        }
        for key in [
            "state",
            "uid",
            "port",
            "status_code",
            "http_code",
            "statusCode",
            "error_msg",
            "errno",
            "encode",
            "decode",
            "codec",
            "pid",
            "user_id",
            "ts",
        ] {
            assert_eq!(key_kind(key.as_bytes()), None, "{key}");
        }
        assert_eq!(key_kind(b"event"), Some(Key::Event));
        assert_eq!(key_kind(b"eventCode"), Some(Key::Code(Some("Event"))));
    }

    #[test]
    fn rts_is_a_word_of_the_line() {
        for line in [
            "[RTS] x",
            "ByteRTS engine",
            "RtsRoom",
            "rts_engine=1",
            "RTSEngine",
        ] {
            assert!(names_rts(line.as_bytes()), "{line}");
        }
        for line in ["starts", "ByteRTC", "parts=3", "artsy", ""] {
            assert!(!names_rts(line.as_bytes()), "{line}");
        }
    }

    #[test]
    fn find_newline_finds_the_first() {
        for len in 0..40 {
            for at in 0..=len {
                let mut s = vec![b'x'; len];
                if at < len {
                    s[at] = b'\n';
                    // A later newline and bytes around 0x0a do not confuse it.
                    if at + 1 < len {
                        s[at + 1] = 0x0b;
                    }
                    if at > 0 {
                        s[at - 1] = 0x09;
                    }
                    s.push(b'\n');
                }
                let want = s.iter().position(|&b| b == b'\n');
                assert_eq!(find_newline(&s), want, "{len} {at}");
            }
        }
        assert_eq!(find_newline(&[0x8a, 0x0a]), Some(1));
        assert_eq!(find_newline(&[0xff; 9]), None);
    }

    #[test]
    fn chinese_keys_start_with_a_byte_of_their_class() {
        for (key, _) in CHINESE_KEYS {
            assert_eq!(CLASS[usize::from(key.as_bytes()[0])], CHINESE, "{key}");
            assert!(chinese_key(key.as_bytes()).is_some(), "{key}");
        }
        assert_eq!(
            chinese_key("错误代码".as_bytes()).map(|(_, len)| len),
            Some(12)
        );
        assert_eq!(chinese_key("错".as_bytes()), None);
    }

    #[test]
    fn numbers_in_range_only() {
        assert_eq!(parse(b"2147483647", false), Some(i32::MAX));
        assert_eq!(parse(b"2147483648", true), Some(i32::MIN));
        assert_eq!(parse(b"2147483648", false), None);
        assert_eq!(parse(b"99999999999", false), None);
        assert_eq!(parse(b"0000000000001000", true), None);
    }

    #[test]
    fn a_callback_gives_its_set() {
        let a = annotator(&[]);
        assert_eq!(
            scan(&a, "onLocalAudioStateChanged state=2 error=3"),
            [(
                Some("onLocalAudioStateChanged"),
                "LocalAudioStreamError".to_owned(),
                3,
                40
            )]
        );
        assert_eq!(
            scan(&a, "onError(-1000)"),
            [(Some("onError"), "ErrorCode".to_owned(), -1000, 9)]
        );
        // Positional arguments are no lone argument.
        assert!(scan(&a, "onLocalAudioStateChanged(2, 3)").is_empty());
        assert!(scan(&a, "onLocalAudioStateChanged 2 3").is_empty());
    }

    #[test]
    fn the_longest_callback_name_wins() {
        let a = annotator(&[]);
        // onUserMessageSendResultOutsideRoom delivers only UserMessageSendResult;
        // onUserMessageSendResult delivers MessageSendResultCode (Electron) too.
        let index = a.callback(b"onUserMessageSendResultOutsideRoom").unwrap();
        assert_eq!(a.callbacks[index].sets, [CodeSet::UserMessageSendResult]);
        let index = a.callback(b"onusermessagesendresult").unwrap();
        assert_eq!(a.callbacks[index].name, "onUserMessageSendResult");
        assert_eq!(a.callbacks[index].sets.len(), 2);
        assert_eq!(a.callback(b"onRoomStateChanged"), None);
        assert_eq!(a.callback(b"onErrors"), None);
        assert_eq!(a.callback(&[b'o'; 200]), None);
    }

    #[test]
    fn rts_lines_prefer_rts_sets() {
        let a = annotator(&[]);
        assert_eq!(scan(&a, "onError(-1000)")[0].1, "ErrorCode");
        assert_eq!(scan(&a, "[RTS] onError(-1000)")[0].1, "RtsErrorCode");
        // A return value: RtsReturnStatus on a line that names RTS, else ReturnStatus; a value
        // RtsReturnStatus lacks (-6) is ReturnStatus's on either.
        assert_eq!(scan(&a, "RTS joinRoom ret=-2")[0].1, "RtsReturnStatus");
        assert_eq!(scan(&a, "joinRoom ret=-2")[0].1, "ReturnStatus");
        assert_eq!(scan(&a, "RTS joinRoom ret=-6")[0].1, "ReturnStatus");
    }

    #[test]
    fn set_narrows_every_role() {
        let a = annotator(&[CodeSet::LocalVideoStreamError]);
        assert_eq!(scan(&a, "error=3")[0].1, "LocalVideoStreamError");
        assert!(scan(&a, "onLocalAudioStateChanged error=3").is_empty());
        assert!(scan(&a, "ret=-2").is_empty());
        let a = annotator(&[CodeSet::RtsErrorCode]);
        assert_eq!(scan(&a, "onError(-1000)")[0].1, "RtsErrorCode");
    }
}
