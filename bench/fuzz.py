"""A long fuzzing run of what reads input from someone else: the bank loader,
the GIFT importer and the generator (issue 15). Not a benchmark and not part
of the suite: it runs for as long as it is given and prints what it found.

    python -m bench.fuzz --minutes 10 [--target loader|gift|generator] [--out folder]

Each target runs in its own process (a crash is a finding too), feeding
hypothesis-made inputs, hostile ones among them: deep nesting, strings of
megabytes, mutated real files. Every input is timed. An exception other than
the documented refusal, or an input that takes over 5 s, is a finding; the
first input of each kind is saved to the output folder.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLOW = 5.0  # seconds: an input that takes longer is a finding
TARGETS = ("loader", "gift", "generator")


def _strategies(target: str):
    from hypothesis import strategies as st

    @st.composite
    def mutated(draw, text: str) -> str:
        """A real file with a few cuts, copies and insertions."""
        for _ in range(draw(st.integers(1, 6))):
            i = draw(st.integers(0, len(text)))
            j = draw(st.integers(i, min(len(text), i + 200)))
            how = draw(st.sampled_from(["cut", "copy", "insert"]))
            if how == "cut":
                text = text[:i] + text[j:]
            elif how == "copy":
                text = text[:i] + text[i:j] * draw(st.integers(2, 50)) + text[i:]
            else:
                text = text[:i] + draw(st.text(max_size=20)) + text[i:]
        return text

    deep = st.integers(1, 5000)
    many = st.integers(1, 100_000)
    long = st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=10), st.integers(1, 200_000))
    if target == "loader":
        seed = (ROOT / "resources" / "banks" / "pokrovsk.toml").read_text(encoding="utf-8")
        head = '[bank]\ntitle = "T"\narticle = "../../seeds/000_bbb594c5c87ceaad.txt"\n'
        question = '[[question]]\nid = "q"\nkind = "text"\nprompt = "P"\nanswer = "A"\nevidence = {}\n'
        return st.one_of(
            st.text(max_size=2000),
            mutated(seed),
            deep.map(lambda n: head + question.format("[" * n + "]" * n)),
            deep.map(lambda n: head + question.format("{a = " * n + "1" + "}" * n)),
            deep.map(lambda n: head + "[" + ".".join(["a"] * n) + "]\n"),
            long.map(lambda s: head + question.format(json.dumps(s))),
            long.map(lambda s: seed.replace('evidence = "', 'evidence = ' + json.dumps(s) + ' # "', 1)),
            st.builds(lambda n, kind, key, extra: head.replace("article", "# article") + question.format('"x"')
                      .replace('kind = "text"', f'kind = "{kind}"').replace('answer = "A"', extra)
                      + f"{key} = [" + ", ".join(json.dumps(f"c{i % max(1, n - 1)}") for i in range(n)) + "]\n",
                      many, st.sampled_from(["choice", "multi", "order", "match", "text"]),
                      st.sampled_from(["choices", "answer", "items", "accept", "distractors", "labels"]),
                      st.sampled_from(['answer = "c1"', "zz = 1", 'pairs = [["a", "c1"], ["b", "c2"]]'])),
            # Up to 20 MB of tables, each with a problem or none (the check stops at 1,000 errors).
            st.builds(lambda table, n: head + table * min(n, 20_000_000 // len(table)),
                      st.sampled_from(["[[question]]\n", '[[question]]\nkind = "x"\n', "[[chart]]\nzz = 1\n",
                                       seed.split("[[question]]")[1].join(["[[question]]", ""])]),
                      st.integers(1, 1_500_000)),
        )
    if target == "gift":
        fixture = (ROOT / "tests" / "data" / "gift" / "every_construct.gift").read_text(encoding="utf-8")
        words = st.text(alphabet="ab c<>&;*%-:\\=~#{}_'.\u00e9\t[]/\n", max_size=40)
        return st.one_of(
            st.text(max_size=2000), words, mutated(fixture),
            deep.map(lambda n: "Q {" + "{" * n + "=a" + "}" * n + "}"),
            deep.map(lambda n: "::t:: " + "[html]" + "<b>" * n + "x {=a ~b}"),
            long.map(lambda s: "::t:: " + s + " {=a ~b}"),
            long.map(lambda s: "Q {=" + s + " ~b}"),
            st.builds(lambda n, sign, tail: "Q {" + " ".join(f"{sign}a{i % max(1, n - 1)}{tail}" for i in range(n)) + "}",
                      many, st.sampled_from(["=", "~", "~%50%", "=%50%"]), st.sampled_from(["", " -> b", "#fb"])),
        )
    article = (ROOT / "seeds" / "000_bbb594c5c87ceaad.txt").read_text(encoding="utf-8")
    return st.one_of(
        st.text(max_size=2000), mutated(article),
        st.lists(st.sampled_from(article.split(". ")), min_size=1, max_size=60).map(". ".join),
        long.map(lambda s: article + "\n" + s[:300_000]),
        st.integers(1, 300).map(lambda n: article * n),  # up to 1 MB of real prose
    )


def _run(target: str, minutes: float, out: Path) -> dict:
    """In this process: feed `target` inputs for `minutes`; return the findings."""
    from hypothesis import HealthCheck, Phase, given, settings

    from studydesk.core.article import parse_article  # noqa: F401 (imported before timing starts)

    if target == "loader":
        from studydesk.core.check import LoadResult, load_bank_text

        bank_path = ROOT / "resources" / "banks" / "fuzz.toml"  # never written: it places the article

        def call(text: str) -> None:
            assert isinstance(load_bank_text(text, bank_path), LoadResult)
    elif target == "gift":
        from studydesk.core.gift import import_gift

        def call(text: str) -> None:
            import_gift(text)
    else:
        from studydesk.core.generate import GenerateError, generate_bank

        def call(text: str) -> None:
            try:
                generate_bank(text, seed=len(text))
            except GenerateError:
                pass

    found: dict[str, dict] = {}
    stats = {"target": target, "inputs": 0, "slowest": 0.0, "slow": 0, "exceptions": 0}
    end = time.monotonic() + minutes * 60

    def record(kind: str, text: str, detail: str) -> None:
        entry = found.setdefault(kind, {"count": 0, "detail": detail, "size": len(text)})
        entry["count"] += 1
        if entry["count"] == 1:
            name = f"{target}-{len(found)}.txt"
            (out / name).write_text(text, encoding="utf-8", errors="surrogatepass")
            entry["saved"] = name

    @settings(max_examples=100, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(_strategies(target))
    def feed(text: str) -> None:
        start = time.perf_counter()
        try:
            call(text)
        except Exception as exc:  # noqa: BLE001 - every exception is a finding, kept and counted
            stats["exceptions"] += 1
            where = traceback.extract_tb(exc.__traceback__)[-1]
            record(f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno}", text,
                   str(exc)[:200])
        took = time.perf_counter() - start
        stats["inputs"] += 1
        if took > SLOW:
            stats["slow"] += 1
            record(f"over {SLOW:g} s", text, f"{took:.1f} s")
        if took >= stats["slowest"]:  # the slowest input so far, kept to look at
            stats["slowest"] = took
            (out / f"{target}-slowest.txt").write_text(text, encoding="utf-8", errors="surrogatepass")

    while time.monotonic() < end:
        feed()
    stats["findings"] = found
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="per target")
    parser.add_argument("--target", choices=TARGETS, action="append")
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        print(json.dumps(_run(args.target[0], args.minutes, args.out)))
        return 0
    failed = False
    for target in args.target or TARGETS:
        start = time.monotonic()
        proc = subprocess.run([sys.executable, "-m", "bench.fuzz", "--child", "--target", target,
                               "--minutes", str(args.minutes), "--out", str(args.out)],
                              capture_output=True, text=True, cwd=ROOT)
        if proc.returncode != 0:  # the process itself died: a crash is a finding
            print(f"{target}: the process ended with {proc.returncode}\n{proc.stderr[-2000:]}")
            failed = True
            continue
        stats = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"{target}: {stats['inputs']:,} inputs in {(time.monotonic() - start) / 60:.1f} min, "
              f"slowest {stats['slowest']:.2f} s, {stats['slow']} over {SLOW:g} s, "
              f"{stats['exceptions']} unexpected exceptions")
        for kind, entry in stats["findings"].items():
            print(f"  {kind}: {entry['count']}x, e.g. {entry.get('saved')} ({entry['size']:,} chars): {entry['detail']}")
        failed = failed or bool(stats["findings"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
