#!/usr/bin/env bash
# Build cost: how long the library takes to compile, beside the `http` crate, as an application's clean
# build pays for it: dependencies already built, `CARGO_INCREMENTAL=0` (a dependency is never compiled
# incrementally), `touch src/lib.rs`, library only, default features; debug and release.
#
#   benches/build-cost.sh                 # bytertc-codes and http, side by side
#   BUILD_COST_SIZES="0 400 800" benches/build-cost.sh --growth
#                                         # also with a generated extra set of N codes, to show the
#                                         # cost per code
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
[ "${1:-}" = "--growth" ] && growth=true
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

declare -A http_ms
for profile in debug release; do
    http_ms[$profile]=$(time_builds "$work/http" "$profile")
    ms=$(time_builds "$work/self" "$profile")
    echo "bench build/bytertc-codes/$profile median_ms=$ms http_ratio=$(ratio "$ms" "${http_ms[$profile]}" 2)"
    echo "bench build/http/$profile median_ms=${http_ms[$profile]} crate=$http_name"
done

$growth || exit 0

# A set like the real ones: three identifiers a code, two-line texts in both languages, every tenth
# code deprecated; values with gaps, so that a third of the variants need a discriminant of their own.
synthetic_set() {
    local n=$1
    echo 'enum = "SyntheticCode"'
    echo 'module = "A generated set that exists only to measure the cost of compiling codes."'
    echo "doc = 'A generated set that exists only to measure the cost of compiling codes.'"
    echo 'sdk_names = ["SyntheticCode", "ByteRTCSyntheticCode"]'
    echo 'delivered_by = "`onSynthetic`"'
    for i in $(seq 0 $((n - 1))); do
        echo '[[code]]'
        echo "variant = \"SyntheticFailure$i\""
        echo "value = $((-100000 - i - i / 2))"
        echo 'identifiers = ['
        echo "    [\"SYNTHETIC_CODE_FAILURE_$i\", \"Unity\", \"Android\"],"
        echo "    [\"ByteRTCSyntheticCodeFailure$i\", \"iOS\", \"macOS\"],"
        echo "    [\"kSyntheticCodeFailure$i\", \"Windows\", \"Linux\", \"Electron\"],"
        echo ']'
        [ $((i % 10)) -eq 9 ] && echo "deprecated = { since = \"3.5$((i % 7))\", replaced_by = \"SyntheticFailure0\" }"
        echo "zh = [\"合成错误 $i。\", \"进房时发生第 $i 号合成错误，需要用户重新加入房间。\"]"
        echo "en = [\"Synthetic failure $i\", \"Synthetic failure number $i happened while joining the room; join again.\"]"
    done
}

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
