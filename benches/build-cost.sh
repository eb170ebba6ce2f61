#!/usr/bin/env bash
# Build cost: how long the library takes to compile, beside the `http` crate, as an application's clean
# build pays for it: dependencies already built, `CARGO_INCREMENTAL=0` (a dependency is never compiled
# incrementally), `touch src/lib.rs`, library only, default features; debug and release.
#
#   benches/build-cost.sh                 # bytertc-codes and http, side by side
#   BUILD_COST_SIZES="0 400 800" benches/build-cost.sh --growth
#                                         # also with a generated extra set of N codes, to show the
#                                         # cost per code
#   benches/build-cost.sh --instructions  # the compiler's instructions instead of wall time
#                                         # (valgrind's cachegrind; says so and stops without it)
#
# Instructions do not vary between runs, so they compare what wall times on a shared machine cannot.
# The mode counts the one `rustc` call that compiles each library (debug, default features), and:
# the library with 20 generated sets of 11 codes and with 4 of 50, which give the cost of a set and
# of a code; and an application-sized user: a binary, generated here, that calls `try_from`, `summary`,
# `Display`, `from_str` and `lookup` on every set, so that work moved into the user's crate is counted;
# and the floor under a set's cost: 40 enums with every item a set has, but with empty bodies, no docs
# and no tables (`per-set-floor`, and its parts: the enum, its inherent methods, its trait impls).
#
# Environment: BUILD_COST_RUNS (timed builds per measurement, default 5; the median is printed),
# BUILD_COST_HTTP (the http version, default the newest 1.x). It is a benchmark, not a test: it never
# fails on a time. Output, one line a measurement, in the benchmark suite's format:
#
#   bench build/bytertc-codes/debug median_ms=1020 http_ratio=1.27
#   bench build/http/debug median_ms=803
#   bench build/bytertc-codes+synthetic400/debug median_ms=1630 codes=486 per_code_ms=1.52
set -euo pipefail

crate_dir=$(cd "$(dirname "$0")/.." && pwd)
runs=${BUILD_COST_RUNS:-5}
http_version=${BUILD_COST_HTTP:-1}
growth=false
instructions=false
[ "${1:-}" = "--growth" ] && growth=true
[ "${1:-}" = "--instructions" ] && instructions=true
if $instructions && ! command -v valgrind >/dev/null; then
    echo "bench build-instructions skipped: valgrind is not installed (apt-get install valgrind)"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$work/target"

# The median wall time, in ms, of `runs` builds of the library in `$1` after touching its src/lib.rs.
time_builds() {
    local dir=$1 profile=$2 flags=()
    [ "$profile" = release ] && flags=(--release)
    (cd "$dir" && cargo build --lib --quiet "${flags[@]}") # dependencies, and a warm cache
    local times=()
    for _ in $(seq "$runs"); do
        touch "$dir/src/lib.rs"
        local start end
        start=$(date +%s%N)
        (cd "$dir" && cargo build --lib --quiet "${flags[@]}")
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

# $1 / $2 with $3 decimals.
ratio() { awk -v a="$1" -v b="$2" -v d="$3" 'BEGIN { printf "%.*f", d, a / b }'; }

# http's source, from the registry, as a package of its own.
mkdir -p "$work/fetch/src"
printf '[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nhttp = "%s"\n' \
    "$http_version" >"$work/fetch/Cargo.toml"
touch "$work/fetch/src/lib.rs"
http_src=$(cd "$work/fetch" && cargo metadata --format-version 1 --quiet |
    grep -o '"manifest_path":"[^"]*/http-[0-9][^"]*/Cargo.toml"' | head -n 1 |
    sed 's/"manifest_path":"//; s|/Cargo.toml"$||')
cp -r "$http_src" "$work/http"
http_name=$(basename "$http_src")

# This crate, copied so that the growth measurement can add a set to it.
mkdir -p "$work/self"
tar -C "$crate_dir" --exclude=./target --exclude=./.git -cf - . | tar -C "$work/self" -xf -

# A set like the real ones: three identifiers a code, two-line texts in both languages, every tenth
# code deprecated; values with gaps, so that a third of the variants need a discriminant of their own.
synthetic_set() {
    local n=$1 k=${2:-}
    echo "enum = \"Synthetic${k}Code\""
    echo 'module = "A generated set that exists only to measure the cost of compiling codes."'
    echo "doc = 'A generated set that exists only to measure the cost of compiling codes.'"
    echo "sdk_names = [\"Synthetic${k}Code\", \"ByteRTCSynthetic${k}Code\"]"
    echo 'delivered_by = "`onSynthetic`"'
    for i in $(seq 0 $((n - 1))); do
        echo '[[code]]'
        echo "variant = \"SyntheticFailure$i\""
        echo "value = $((-100000 - i - i / 2))"
        echo 'identifiers = ['
        echo "    [\"SYNTHETIC${k}_CODE_FAILURE_$i\", \"Unity\", \"Android\"],"
        echo "    [\"ByteRTCSynthetic${k}CodeFailure$i\", \"iOS\", \"macOS\"],"
        echo "    [\"kSynthetic${k}CodeFailure$i\", \"Windows\", \"Linux\", \"Electron\"],"
        echo ']'
        [ $((i % 10)) -eq 9 ] && echo "deprecated = { since = \"3.5$((i % 7))\", replaced_by = \"SyntheticFailure0\" }"
        echo "zh = [\"合成错误 $i。\", \"进房时发生第 $i 号合成错误，需要用户重新加入房间。\"]"
        echo "en = [\"Synthetic failure $i\", \"Synthetic failure number $i happened while joining the room; join again.\"]"
    done
}

# The instructions of the `rustc` call that compiles crate `$2` (a library, or with `--bin` the
# binary) in `$1`, debug: every other call of the build runs as usual.
count_instructions() {
    local dir=$1 crate=$2 target=${3:---lib}
    local wrapper="$work/count-wrapper.sh" out="$work/count.out"
    cat >"$wrapper" <<'WRAP'
#!/usr/bin/env bash
# RUSTC_WRAPPER: counts the instructions of the one rustc call named by COUNT_CRATE.
for ((i = 2; i <= $#; i++)); do
    if [ "${!i}" = "--crate-name" ]; then
        j=$((i + 1))
        if [ "${!j}" = "$COUNT_CRATE" ]; then
            exec valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
                --log-file="$COUNT_OUT" "$@"
        fi
    fi
done
exec "$@"
WRAP
    chmod +x "$wrapper"
    (cd "$dir" && cargo build --quiet "$target") # dependencies, as an application's build has them
    for file in "$dir/src/lib.rs" "$dir/src/main.rs"; do
        [ -e "$file" ] && touch "$file"
    done
    rm -f "$out"
    (cd "$dir" && RUSTC_WRAPPER="$wrapper" COUNT_CRATE="$crate" COUNT_OUT="$out" \
        cargo build --quiet "$target")
    grep -o 'I *refs: *[0-9,]*' "$out" | tr -d ', ' | sed 's/^Irefs://'
}

# An application that calls the common API on every set: the sets' enum names from their tables.
app_crate() {
    local dir=$1 lib=$2
    mkdir -p "$dir/src"
    printf '[package]\nname = "app"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nbytertc-codes = { path = "%s" }\n' \
        "$lib" >"$dir/Cargo.toml"
    {
        echo 'use bytertc_codes::*;'
        echo 'fn main() {'
        echo '    let raw = std::env::args().count() as i32 - 1001;'
        echo '    let name = std::env::args().nth(1).unwrap_or_default();'
        echo '    let mut out = String::new();'
        for module in $(sed -n 's/^ *"\([a-z0-9_]*\)",$/\1/p' "$lib/src/codes/sets.toml"); do
            set_name=$(sed -n 's/^enum = "\(.*\)"$/\1/p' "$lib/src/codes/$module.toml")
            echo "    if let Ok(code) = $set_name::try_from(raw) {"
            echo '        out += code.summary(Locale::Zh);'
            echo '        out += &code.to_string();'
            echo '    }'
            echo "    if let Ok(code) = name.parse::<$set_name>() {"
            echo '        out += &code.to_string();'
            echo '    }'
        done
        echo '    for code in lookup(raw) {'
        echo '        out += &code.to_string();'
        echo '    }'
        echo '    println!("{out}");'
        echo '}'
    } >"$dir/src/main.rs"
}

# The least a set can cost: a crate of `$2` enums of two codes, each with every item `code_set!` gives
# a set (the derived `PartialEq`, `SET` and `ALL`; with `$3` = methods or impls, the eleven inherent
# methods; with impls, the 22 trait impls) but with no docs, no tables and bodies that do nothing.
# The items are those of `code_set!` (src/macros.rs) and `From<E> for AnyCode`: change them together.
floor_crate() {
    local dir=$1 sets=$2 part=$3
    mkdir -p "$dir/src"
    printf '[package]\nname = "floor"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nstrum = { version = "0.28", default-features = false }\n' \
        >"$dir/Cargo.toml"
    {
        echo '#![no_std]'
        echo '#![allow(missing_docs, dead_code)]'
        echo 'pub struct UnknownCode(pub i32);'
        echo 'pub struct ParseCodeError;'
        echo 'pub struct WrongSet;'
        echo '#[derive(Clone, Copy)] pub enum Locale { Zh, En }'
        echo '#[derive(Clone, Copy)] pub enum Platform { Unity }'
        echo '#[derive(Clone, Copy)] pub struct Platforms(u8);'
        echo 'pub struct Deprecation<T>(T);'
        echo 'pub struct Localized<T>(T, Locale);'
        echo '#[derive(Clone, Copy)] pub enum AnyCode { Unknown }'
        echo 'mod sealed { pub trait Sealed {} }'
        echo 'pub trait Code: sealed::Sealed + Sized + '"'"'static { const ALL: &'"'"'static [Self]; }'
        for k in $(seq "$sets"); do
            local e="Set$k"
            echo "#[derive(PartialEq)] #[repr(i32)] #[non_exhaustive] pub enum $e { A = 0, B = 1 }"
            echo "impl $e {"
            echo "    pub const SET: &'static str = \"$e\";"
            echo "    pub const ALL: &'static [Self] = &[Self::A, Self::B];"
            if [ "$part" != enum ]; then
                cat <<RUST
    #[inline] pub const fn code(self) -> i32 { self as i32 }
    #[inline] pub const fn from_code(_code: i32) -> Option<Self> { None }
    #[inline] pub fn from_name(_name: &str) -> Option<Self> { None }
    #[inline] pub const fn name(self) -> &'static str { "" }
    #[inline] pub const fn sdk_name(self) -> &'static str { "" }
    #[inline] pub const fn identifier(self, _platform: Platform) -> Option<&'static str> { None }
    #[inline] pub const fn platforms(self) -> Platforms { Platforms(0) }
    #[inline] pub const fn deprecation(self) -> Option<Deprecation<Self>> { None }
    #[inline] pub const fn description(self, _locale: Locale) -> &'static str { "" }
    #[inline] pub const fn summary(self, _locale: Locale) -> &'static str { "" }
    #[inline] pub const fn localized(self, locale: Locale) -> Localized<Self> { Localized(self, locale) }
RUST
            fi
            echo "}"
            [ "$part" = impls ] || continue
            cat <<RUST
impl Copy for $e {}
impl Clone for $e { #[inline] fn clone(&self) -> Self { *self } }
impl Eq for $e {}
impl PartialOrd for $e { #[inline] fn partial_cmp(&self, _other: &Self) -> Option<core::cmp::Ordering> { None } }
impl Ord for $e { #[inline] fn cmp(&self, _other: &Self) -> core::cmp::Ordering { core::cmp::Ordering::Equal } }
impl core::hash::Hash for $e { #[inline] fn hash<H: core::hash::Hasher>(&self, _state: &mut H) {} }
impl core::fmt::Debug for $e { #[inline] fn fmt(&self, _f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { Ok(()) } }
impl core::fmt::Display for $e { #[inline] fn fmt(&self, _f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { Ok(()) } }
impl core::error::Error for $e {}
impl From<$e> for i32 { #[inline] fn from(_code: $e) -> i32 { 0 } }
impl From<$e> for &'static str { #[inline] fn from(_code: $e) -> &'static str { "" } }
impl From<&$e> for &'static str { #[inline] fn from(_code: &$e) -> &'static str { "" } }
impl strum::EnumCount for $e { const COUNT: usize = 2; }
impl strum::IntoEnumIterator for $e {
    type Iterator = core::iter::Copied<core::slice::Iter<'static, Self>>;
    #[inline] fn iter() -> Self::Iterator { loop {} }
}
impl TryFrom<i32> for $e { type Error = UnknownCode; #[inline] fn try_from(code: i32) -> Result<Self, UnknownCode> { Err(UnknownCode(code)) } }
impl core::str::FromStr for $e { type Err = ParseCodeError; #[inline] fn from_str(_s: &str) -> Result<Self, ParseCodeError> { Err(ParseCodeError) } }
impl TryFrom<AnyCode> for $e { type Error = WrongSet; #[inline] fn try_from(_code: AnyCode) -> Result<Self, WrongSet> { Err(WrongSet) } }
impl PartialEq<i32> for $e { #[inline] fn eq(&self, _other: &i32) -> bool { false } }
impl PartialEq<$e> for i32 { #[inline] fn eq(&self, _other: &$e) -> bool { false } }
impl Code for $e { const ALL: &'static [Self] = Self::ALL; }
impl sealed::Sealed for $e {}
impl From<$e> for AnyCode { #[inline] fn from(_code: $e) -> AnyCode { AnyCode::Unknown } }
RUST
        done
    } >"$dir/src/lib.rs"
}

if $instructions; then
    lib=$(count_instructions "$work/self" bytertc_codes)
    http=$(count_instructions "$work/http" http)
    echo "bench instructions/bytertc-codes/debug instructions=$lib http_ratio=$(ratio "$lib" "$http" 2)"
    echo "bench instructions/http/debug instructions=$http crate=$http_name"
    app_crate "$work/app" "$work/self"
    echo "bench instructions/app/debug instructions=$(count_instructions "$work/app" app --bins)"
    # The cost of a set (F) and of a code (c), from 20 sets of 11 codes (20 F + 220 c) and 4 sets of
    # 50 (4 F + 200 c) more than the library has: sets of the SDK's sizes (its largest has 37 codes).
    # A set of hundreds would measure its value hash too, whose slots grow with the square of a
    # set's size.
    for variant in "20 11" "4 50"; do
        read -r sets codes <<<"$variant"
        dir="$work/synthetic-${sets}x$codes"
        cp -r "$work/self" "$dir"
        for k in $(seq "$sets"); do
            synthetic_set "$codes" "$k" >"$dir/src/codes/synthetic$k.toml"
            sed -i "s|^]|    \"synthetic$k\",\n]|" "$dir/src/codes/sets.toml"
        done
        (cd "$dir" && cargo run --quiet -p bytertc-codes-codegen >/dev/null)
        count=$(count_instructions "$dir" bytertc_codes)
        echo "bench instructions/bytertc-codes+${sets}x$codes/debug instructions=$count"
        eval "grown_${sets}=$((count - lib))"
    done
    # shellcheck disable=SC2154 # set by the eval above
    awk -v a="$grown_20" -v b="$grown_4" 'BEGIN {
        code = (5 * b - a) / (1000 - 220); set = (b - 200 * code) / 4
        printf "bench instructions/per-set instructions=%.0f\nbench instructions/per-code instructions=%.0f\n", set, code
    }'
    # The floor under a set's fixed cost: the same items with nothing in them, 40 sets against none.
    floor_crate "$work/floor0" 0 impls
    base=$(count_instructions "$work/floor0" floor)
    previous=$base
    for part in enum methods impls; do
        floor_crate "$work/floor-$part" 40 "$part"
        count=$(count_instructions "$work/floor-$part" floor)
        echo "bench instructions/per-set-floor/$part instructions=$(((count - previous) / 40))"
        previous=$count
    done
    echo "bench instructions/per-set-floor instructions=$(((previous - base) / 40))"
    exit 0
fi

declare -A http_ms
for profile in debug release; do
    http_ms[$profile]=$(time_builds "$work/http" "$profile")
    ms=$(time_builds "$work/self" "$profile")
    echo "bench build/bytertc-codes/$profile median_ms=$ms http_ratio=$(ratio "$ms" "${http_ms[$profile]}" 2)"
    echo "bench build/http/$profile median_ms=${http_ms[$profile]} crate=$http_name"
done

$growth || exit 0

base_codes=$(cat "$work"/self/src/codes/*.toml | grep -c '^\[\[code\]\]')
declare -A zero_ms
for n in ${BUILD_COST_SIZES:-0 200 400 800}; do
    dir="$work/synthetic$n"
    rm -rf "$dir"
    cp -r "$work/self" "$dir"
    if [ "$n" -gt 0 ]; then
        synthetic_set "$n" >"$dir/src/codes/synthetic.toml"
        sed -i 's|^]|    "synthetic",\n]|' "$dir/src/codes/sets.toml"
        (cd "$dir" && cargo run --quiet -p bytertc-codes-codegen >/dev/null)
    fi
    for profile in debug release; do
        ms=$(time_builds "$dir" "$profile")
        line="bench build/bytertc-codes+synthetic$n/$profile median_ms=$ms codes=$((base_codes + n))"
        if [ "$n" -eq 0 ]; then
            zero_ms[$profile]=$ms
        elif [ -n "${zero_ms[$profile]:-}" ]; then
            line+=" per_code_ms=$(ratio "$((ms - ${zero_ms[$profile]}))" "$n" 3)"
        fi
        echo "$line"
    done
done
