"""Throughput, memory and start-up of vnextract, and its ratio to a naive peer.

    python bench/bench.py                       # the figures in bench/README.md (~7 min on 2 cores)
    python bench/bench.py --flat-inputs 100000  # the long memory-flatness run
    python bench/bench.py --quick               # a smoke run (100 articles, 1 000 streamed inputs)

Builds N distinct ~4 KB articles in a temporary folder from samples/*.txt (and from
$VNEXTRACT_CORPUS or ../shared/corpus when present: read there, never copied into the
repository) by changing digits, rotating list items and mixing paragraphs, then measures:

* articles/s on one core: ``batch.process_task`` in-process, after a warm-up;
* ``extract DIR -o out.jsonl --jobs 1`` and ``--jobs 2``: wall time, steady rate (first
  to last output line) and the peak RSS of every process (psutil, sampled); once on the
  N articles and once on a longer run (``--long-articles``, default 2 000 distinct
  articles), where the workers' start-up weighs less, as it does on an archive;
* cold start: wall time of ``extract article.txt`` and ``extract --help`` (median of 5);
* the naive peer: underthesea ``ner`` on every sentence of a sample of the articles,
  extrapolated per article;
* memory flatness: RSS of every process over a long streamed run (``extract - < list``);
* with ``--instructions N`` (only that): instructions executed per article, counted by
  valgrind's callgrind over ``batch.process_task`` on N articles (minus the same run on
  none), for this checkout and, with ``--ref COMMIT``, for that commit in a temporary git
  worktree with its own patterns. Unlike wall time, the count does not depend on the
  machine's load, so small changes can be compared.

Prints a Markdown table (and ``--json FILE`` writes the raw figures).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = [sys.executable, "-c", "from extractor.cli import main; main()"]
TARGET_BYTES = 4096
DIGIT = re.compile(r"\d")
LIST_RUN = re.compile(r"(?:[^,:;()\n]+\(\d+(?:,\d+)?%\),\s*)+[^,:;()\n]+\(\d+(?:,\d+)?%\)")

# --------------------------------------------------------------------------- corpus


def source_texts() -> list[str]:
    """The seed articles: samples/*.txt plus the shared corpus when present."""
    paths = sorted((ROOT / "samples").glob("*.txt"))
    env = os.environ.get("VNEXTRACT_CORPUS")
    corpus = Path(env) if env else ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        paths += sorted(corpus.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def vary(text: str, i: int, rng: random.Random) -> str:
    """A variant of ``text``: list items rotated, last digits of numbers shifted."""

    def rotate(m: re.Match[str]) -> str:
        items = [s.strip() for s in m.group().split("),")]
        items = [s if s.endswith(")") else s + ")" for s in items]
        k = i % len(items)
        return (" " if m.group().startswith(" ") else "") + ", ".join(items[k:] + items[:k])

    text = LIST_RUN.sub(rotate, text)
    shift = rng.randrange(1, 10)
    return DIGIT.sub(lambda m: str((int(m.group()) + shift) % 10), text) if i % 3 else _bump_last_digits(text, shift)


def _bump_last_digits(text: str, shift: int) -> str:
    return re.sub(r"\d(?!\d)", lambda m: str((int(m.group()) + shift) % 10), text)


def fit(text: str, paragraphs: list[str], rng: random.Random) -> str:
    """``text`` brought to about :data:`TARGET_BYTES`: paragraphs added, or the last ones dropped."""
    parts = text.split("\n")
    while len(parts) > 1 and _size(parts) > TARGET_BYTES * 1.15:
        parts.pop()
    for _ in range(200):
        if _size(parts) >= TARGET_BYTES * 0.9:
            break
        extra = rng.choice(paragraphs)
        if _size([*parts, extra]) <= TARGET_BYTES * 1.15:
            parts.append(extra)
    return "\n".join(parts)


def _size(parts: list[str]) -> int:
    return len("\n".join(parts).encode("utf-8"))


def build_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """``n`` distinct articles of about 4 KB each in ``folder``."""
    rng = random.Random(seed)
    sources = source_texts()
    paragraphs = [p for t in sources for p in t.split("\n") if len(p) > 80]
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    files: list[Path] = []
    i = 0
    while len(files) < n:
        text = vary(fit(sources[i % len(sources)], paragraphs, rng), i, rng)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        i += 1
        if digest in seen:
            continue
        seen.add(digest)
        path = folder / f"{len(files):05d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


# --------------------------------------------------------------------------- measures


_INSTRUCTIONS_RUN = r"""
import sys
from pathlib import Path
tree, n, listing = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sys.path.insert(0, tree)
import extractor.patterns as patterns
patterns.builtin_dir = lambda: Path(tree) / "patterns"  # the tree's own, not the installed package's
from extractor import batch
files = Path(listing).read_text(encoding="utf-8").split("\n")
config = batch.WorkerConfig()
batch.init_worker(config)
for f in files[:10] + files[10 : 10 + n]:
    batch.process_task(batch.Task(path=f, location=f), config)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _instructions(tree: Path, n: int, listing: Path) -> int:
    """Instructions callgrind counts for the pipeline, 10 warm-up articles and ``n`` more."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, "-c", _INSTRUCTIONS_RUN, str(tree), str(n), str(listing)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    m = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or m is None:
        raise RuntimeError(f"valgrind failed on {tree}: {done.stderr.strip().splitlines()[-1:]}")
    return int(m.group(1))


def instructions_per_article(trees: dict[str, Path], files: list[Path], n: int, work: Path) -> dict[str, Any]:
    """Instructions per article for each tree: (run on ``n`` articles - run on none) / n,
    the runs two at a time."""
    from concurrent.futures import ThreadPoolExecutor

    listing = work / "instructions.txt"
    listing.write_text("\n".join(str(f) for f in files[: n + 10]), encoding="utf-8")
    jobs = [(name, k) for name in trees for k in (n, 0)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = dict(zip(jobs, pool.map(lambda job: _instructions(trees[job[0]], job[1], listing), jobs), strict=True))
    return {name: {"articles": n, "per_article": (counts[(name, n)] - counts[(name, 0)]) / n,
                   "start": counts[(name, 0)]} for name in trees}  # fmt: skip


def _ref_tree(commit: str, work: Path) -> Path:
    """A git worktree of ``commit`` in ``work`` (removed by :func:`_drop_tree`)."""
    tree = work / "ref"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit],
                   check=True, capture_output=True)  # fmt: skip
    return tree


def _drop_tree(tree: Path) -> None:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False, capture_output=True)


def one_core_rate(files: list[Path]) -> dict[str, float]:
    """Articles/s of the batch worker function, in this process, after a warm-up."""
    from extractor import batch

    config = batch.WorkerConfig()
    batch.init_worker(config)
    for f in files[:10]:
        batch.process_task(batch.Task(path=str(f), location=str(f)), config)
    start, cpu = time.perf_counter(), time.process_time()
    errors = 0
    for f in files:
        errors += batch.process_task(batch.Task(path=str(f), location=str(f)), config).error
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"articles": len(files), "seconds": seconds, "rate": len(files) / seconds,
            "cpu_seconds": cpu, "rate_per_cpu_second": len(files) / cpu, "errors": errors}  # fmt: skip


class Sampler:
    """Samples the RSS of a process and its children (and an output's line count) while it runs."""

    def __init__(self, pid: int, output: Path | None, every: float) -> None:
        self.proc = psutil.Process(pid)
        self.output, self.every = output, every
        self.peak: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self.cpu: dict[int, float] = {}  # pid -> CPU-seconds last seen (its own, not its children's)
        self.series: list[tuple[float, int, dict[int, int]]] = []  # (t, lines, pid -> rss)
        self.first_line: float | None = None
        self.last_change: float | None = None
        self._lines = 0
        self._read_to, self._counted = 0, 0  # bytes of the output read, newlines in them
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.start = time.perf_counter()
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            now = time.perf_counter() - self.start
            rss: dict[int, int] = {}
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                procs = []
            for p in procs:
                try:
                    rss[p.pid] = p.memory_info().rss
                    times = p.cpu_times()
                    self.cpu[p.pid] = times.user + times.system
                    self.names.setdefault(p.pid, "main" if p.pid == self.proc.pid else "worker")
                except psutil.Error:
                    continue
            for pid, value in rss.items():
                self.peak[pid] = max(self.peak.get(pid, 0), value)
            lines = self._count_lines()
            if lines and self.first_line is None:
                self.first_line = now
            if lines != self._lines:
                self.last_change, self._lines = now, lines
            self.series.append((now, lines, rss))
            self._stop.wait(self.every)

    def _count_lines(self) -> int:
        """Lines of the output so far, reading only what was appended since the last call
        (the output of a 100 000-input run is ~1 GB: reading it whole every second would
        slow the run it measures)."""
        if self.output is None or not self.output.exists():
            return 0
        with self.output.open("rb") as fh:
            if fh.seek(0, os.SEEK_END) < self._read_to:
                self._read_to, self._counted = 0, 0  # truncated: a new output
            fh.seek(self._read_to)
            for block in iter(lambda: fh.read(1 << 20), b""):
                self._counted += block.count(b"\n")
                self._read_to += len(block)
        return self._counted

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_extract(args: list[str], output: Path | None, every: float = 0.05,
                stdin: Path | None = None) -> dict[str, Any]:  # fmt: skip
    """Run the CLI; return wall time, steady rate, per-process peak RSS and the samples."""
    if output is not None:
        output.unlink(missing_ok=True)  # a previous round's output would count as records written
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy_before = _busy_cpu_seconds()
    with open(stdin or os.devnull, "rb") as inp:
        start = time.perf_counter()
        proc = subprocess.Popen([*EXTRACT, *args], stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        sampler = Sampler(proc.pid, output, every)
        _, err = proc.communicate()
        wall = time.perf_counter() - start
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    # pool workers forked by the fork server are reaped by it, and it by nobody: their CPU
    # is missing from getrusage; the sampled CPU of every process of the run is not
    cpu = max(cpu, sum(sampler.cpu.values()))
    others = max(0.0, _busy_cpu_seconds() - busy_before - cpu) / wall  # cores other processes used
    lines = sampler._count_lines()
    steady = None
    if sampler.first_line is not None and sampler.last_change and sampler.last_change > sampler.first_line:
        steady = (lines - 1) / (sampler.last_change - sampler.first_line)
    workers = [v for pid, v in sampler.peak.items() if sampler.names.get(pid) == "worker"]
    return {
        "wall": wall, "cpu_seconds": cpu, "other_processes_cores": others, "lines": lines, "steady_rate": steady, "exit": proc.returncode,
        "max_rss_any_process_mb": after.ru_maxrss / 1024,  # getrusage: largest reaped descendant so far
        "summary": err.decode("utf-8", "replace").strip().splitlines()[-1:],
        "peak_main_mb": sampler.peak.get(proc.pid, 0) / 2**20,
        "peak_worker_mb": max(workers, default=0) / 2**20,
        "series": sampler.series,
    }  # fmt: skip


def _busy_cpu_seconds() -> float:
    """CPU-seconds the whole machine has spent busy (not idle, not waiting on I/O)."""
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


def cold_start(args: list[str], runs: int = 5) -> float:
    """Median wall time of the ``extract`` console script."""
    exe = shutil.which("extract")
    cmd = [exe, *args] if exe else [*EXTRACT, *args]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def max_rss_time_v(args: list[str]) -> float | None:
    """Max RSS (MB) of ``extract ARGS`` from ``/usr/bin/time -v``, when it is installed."""
    exe = shutil.which("extract")
    if not Path("/usr/bin/time").exists() or exe is None:
        return None
    done = subprocess.run(["/usr/bin/time", "-v", exe, *args], capture_output=True, text=True, check=False)
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return int(found.group(1)) / 1024 if found else None


def naive_peer(files: list[Path]) -> dict[str, float]:
    """underthesea ``ner`` on every sentence of every article: seconds per article."""
    from underthesea import ner, sent_tokenize

    ner("Hà Nội 1 (2%).")  # load the model before timing
    start = time.perf_counter()
    sentences = 0
    for f in files:
        for line in f.read_text(encoding="utf-8").split("\n"):
            for sentence in sent_tokenize(line) if line.strip() else []:
                ner(sentence)
                sentences += 1
    seconds = time.perf_counter() - start
    return {"articles": len(files), "sentences": sentences, "seconds": seconds, "rate": len(files) / seconds}


def flatness(series: list[tuple[float, int, dict[int, int]]], total: int) -> dict[str, Any]:
    """RSS of the whole process tree (and its largest process) at 10, 25, 50, 75, 95 % done."""
    points: dict[str, Any] = {}
    for pct in (10, 25, 50, 75, 95):  # not 100 %: the workers are exiting by then
        want = total * pct // 100
        sample = next((s for s in series if s[1] >= want and s[2]), series[-1] if series else None)
        if sample is None:
            continue
        rss = sample[2]
        points[f"{pct}%"] = {"tree_mb": sum(rss.values()) / 2**20, "max_process_mb": max(rss.values(), default=0) / 2**20}
    if "10%" in points and "95%" in points:
        points["growth_mb_10_to_95"] = points["95%"]["tree_mb"] - points["10%"]["tree_mb"]
    return points


# --------------------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    """nproc, CPU model, RAM, Python version."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": model, "load_average": os.getloadavg(), "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform(), "build": build()}  # fmt: skip


def build() -> dict[str, Any]:
    """Where the measured package is installed, and which of its modules are compiled
    (``pip install .`` compiles them with mypyc; an editable install does not)."""
    import importlib.util
    import pkgutil

    import extractor

    compiled = []
    for info in pkgutil.iter_modules(extractor.__path__):
        spec = importlib.util.find_spec(f"extractor.{info.name}")
        if spec is not None and spec.origin and not spec.origin.endswith(".py"):
            compiled.append(info.name)
    return {"package": str(Path(extractor.__file__).parent), "compiled": sorted(compiled)}


def _speed_rows(r: dict[str, Any]) -> list[tuple[str, str, str, bool | None]]:
    one = r["one_core"]
    rows = [("one core (in-process, warm)", f"{one['rate']:.1f} articles/s "
             f"({one['rate_per_cpu_second']:.1f} per CPU-second)", "≥ 100 articles/s", one["rate"] >= 100)]  # fmt: skip
    if "peer" in r:
        ratio = r["one_core"]["rate"] / r["peer"]["rate"]
        rows.append(("vs naive peer (underthesea ner per sentence)",
                     f"{ratio:.1f}× ({r['peer']['rate']:.2f} articles/s)", "≥ 40×", ratio >= 40))  # fmt: skip
    j1, j2 = r["jobs1"], r["jobs2"]
    wall = j1["wall"] / j2["wall"]
    steady = (j2["steady_rate"] or 0) / (j1["steady_rate"] or 1)
    rows.append((f"2 workers vs 1 (wall time of `extract DIR -o out.jsonl`, {j1['lines']} articles, start-up included)",
                 f"{wall:.2f}× ({j1['wall']:.1f} s → {j2['wall']:.1f} s)", "≥ 1.7×", wall >= 1.7))  # fmt: skip
    if "jobs1_long" in r:
        l1, l2 = r["jobs1_long"], r["jobs2_long"]
        long_wall = l1["wall"] / l2["wall"]
        rows.append((f"2 workers vs 1 (wall time, the longer run: {l1['lines']} articles, start-up included)",
                     f"{long_wall:.2f}× ({l1['wall']:.1f} s → {l2['wall']:.1f} s)", "≥ 1.7×", long_wall >= 1.7))  # fmt: skip
    rows.append(("2 workers vs 1 (steady rate: first to last record, sampled every 50 ms)",
                 f"{steady:.2f}× ({j1['steady_rate']:.1f} → {j2['steady_rate']:.1f} articles/s)", "", None))  # fmt: skip
    rows.append(("CPU used by other processes meanwhile", f"{j1['other_processes_cores']:.2f} cores (--jobs 1 run), "
                 f"{j2['other_processes_cores']:.2f} cores (--jobs 2 run) of {r['machine']['nproc']}", "", None))  # fmt: skip
    rows.append(("CPU-seconds per article", f"{j1['cpu_seconds'] / j1['lines'] * 1000:.0f} ms (--jobs 1), "
                 f"{j2['cpu_seconds'] / j2['lines'] * 1000:.0f} ms (--jobs 2, all processes)", "", None))  # fmt: skip
    peak = max(j2["peak_worker_mb"], j1["peak_main_mb"])
    rows.append(("peak RSS per worker", f"{j2['peak_worker_mb']:.0f} MB (--jobs 1 process: {j1['peak_main_mb']:.0f} MB;"
                 f" pool parent: {j2['peak_main_mb']:.0f} MB)", "≤ 400 MB", peak <= 400))  # fmt: skip
    rows.append(("cold start `extract article.txt`", f"{r['cold_article']:.2f} s", "≤ 1.5 s", r["cold_article"] <= 1.5))
    rows.append(("cold start `extract --help`", f"{r['cold_help']:.2f} s", "", None))
    return rows


def report(r: dict[str, Any]) -> str:
    """The figures as a Markdown table with the targets and whether each is met."""
    rows = _speed_rows(r) if "one_core" in r else []
    if "flat" in r:
        f = r["flat"]
        growth = f["points"].get("growth_mb_10_to_95", 0.0)
        ok = abs(growth) <= 0.05 * f["points"]["10%"]["tree_mb"] if "10%" in f["points"] else None
        mbs = " → ".join(f"{v['tree_mb']:.0f}" for k, v in f["points"].items() if k.endswith("%"))
        rows.append((f"memory over {f['inputs']} streamed inputs (--jobs 2, all processes)",
                     f"{mbs} MB at 10/25/50/75/95 % ({growth:+.1f} MB)", "flat", ok))  # fmt: skip
        rows.append((f"rate of that run ({f['inputs']} inputs, --jobs 2)", f"{f['lines'] / f['wall']:.1f} articles/s "
                     f"(other processes: {f['other_processes_cores']:.2f} cores)", "", None))  # fmt: skip
    if "instructions" in r:
        ins = r["instructions"]
        this = ins["this"]["per_article"]
        value = f"{this / 1e6:.1f} M (this checkout)"
        if "ref" in ins:
            ref = ins["ref"]["per_article"]
            value += f", {ref / 1e6:.1f} M at {ins['ref_commit']}: {this / ref:.2f}×"
        rows.append((f"instructions per article (callgrind, {ins['this']['articles']} articles)", value, "", None))
    out = ["| measure | result | target | met |", "| --- | --- | --- | --- |"]
    for name, value, target, met in rows:
        mark = "" if met is None else ("yes" if met else "**no**")
        out.append(f"| {name} | {value} | {target} | {mark} |")
    return "\n".join(out)


def measure_speed(results: dict[str, Any], files: list[Path], work: Path, rounds: int, peer_sample: int,
                  long_articles: int = 0) -> None:  # fmt: skip
    """One core, --jobs 1 vs 2 (also on ``long_articles``), cold start and the naive peer, into ``results``."""
    results["one_core"] = one_core_rate(files)
    print(f"one core: {results['one_core']}", file=sys.stderr)
    for _ in range(rounds):  # alternate, keep each one's best: other load only slows a run down
        for jobs in (1, 2):
            out = work / f"out{jobs}.jsonl"
            res = run_extract([str(work / "corpus"), "-o", str(out), "--jobs", str(jobs)], out)
            res.pop("series")
            print(f"--jobs {jobs}: {res}", file=sys.stderr)
            best = results.get(f"jobs{jobs}")
            if best is None or res["wall"] < best["wall"]:
                results[f"jobs{jobs}"] = res
    if long_articles:
        long_files = build_corpus(work / "long", long_articles, seed=11)
        results["long_corpus"] = {"files": len(long_files), "mean_bytes": statistics.mean(f.stat().st_size for f in long_files)}
        for jobs in (1, 2):
            out = work / f"long{jobs}.jsonl"
            res = run_extract([str(work / "long"), "-o", str(out), "--jobs", str(jobs)], out)
            res.pop("series")
            print(f"--jobs {jobs}, {long_articles} articles: {res}", file=sys.stderr)
            results[f"jobs{jobs}_long"] = res
        shutil.rmtree(work / "long")
    results["cold_article"] = cold_start([str(ROOT / "samples" / "hanoi-party-development-2017.txt")])
    results["cold_help"] = cold_start(["--help"])
    results["single_file_max_rss_mb"] = max_rss_time_v([str(ROOT / "samples" / "hanoi-party-development-2017.txt")])
    if peer_sample:
        results["peer"] = naive_peer(files[:peer_sample])
        print(f"peer: {results['peer']}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500, help="distinct articles to build (default 500)")
    ap.add_argument("--flat-inputs", type=int, default=5000, help="inputs of the memory run (0: skip)")
    ap.add_argument("--peer-sample", type=int, default=50, help="articles timed through the naive peer (0: skip)")
    ap.add_argument("--long-articles", type=int, default=2000,
                    help="distinct articles of the longer --jobs 1 vs 2 run (default 2000; 0: skip)")
    ap.add_argument("--rounds", type=int, default=2, help="runs of --jobs 1 and 2, the best kept (default 2)")
    ap.add_argument("--flat-only", action="store_true", help="only the memory run (e.g. with --flat-inputs 100000)")
    ap.add_argument("--quick", action="store_true", help="100 articles, 1 000 streamed inputs, 20 peer articles")
    ap.add_argument("--json", type=Path, help="also write the raw figures here")
    ap.add_argument("--report", type=Path, help="print the table of a --json file and exit")
    ap.add_argument("--instructions", type=int, metavar="N", help="only: instructions per article over N articles (valgrind)")
    ap.add_argument("--ref", metavar="COMMIT", help="with --instructions: also measure this commit, for a ratio")
    args = ap.parse_args()
    if args.report:
        results = json.loads(args.report.read_text(encoding="utf-8"))
        print(f"machine: {results['machine']}")
        print(report(results))
        return
    if args.quick:
        args.articles, args.flat_inputs, args.peer_sample, args.long_articles = 100, 1000, 20, 0
    results: dict[str, Any] = {"machine": machine(), "articles": args.articles}
    with tempfile.TemporaryDirectory(prefix="vnextract-bench-") as tmp:
        work = Path(tmp)
        files = build_corpus(work / "corpus", args.articles)
        sizes = [f.stat().st_size for f in files]
        results["corpus"] = {"files": len(files), "mean_bytes": statistics.mean(sizes),
                             "distinct": len({hashlib.sha256(f.read_bytes()).hexdigest() for f in files})}  # fmt: skip
        print(f"corpus: {results['corpus']}", file=sys.stderr)
        if args.instructions:
            if shutil.which("valgrind") is None:
                sys.exit("bench: --instructions needs valgrind (apt-get install valgrind)")
            trees = {"this": ROOT}
            if args.ref:
                trees["ref"] = _ref_tree(args.ref, work)
            try:
                results["instructions"] = instructions_per_article(trees, files, args.instructions, work)
            finally:
                if args.ref:
                    _drop_tree(trees["ref"])
            if args.ref:
                results["instructions"]["ref_commit"] = args.ref
            print(f"instructions: {results['instructions']}", file=sys.stderr)
        elif not args.flat_only:
            measure_speed(results, files, work, args.rounds, args.peer_sample, args.long_articles)
        if args.flat_inputs and not args.instructions:
            listing = work / "list.txt"
            with listing.open("w", encoding="utf-8") as fh:
                for i in range(args.flat_inputs):
                    fh.write(f"{files[i % len(files)]}\n")
            out = work / "flat.jsonl"
            res = run_extract(["-", "-o", str(out), "--jobs", "2"], out, every=1.0, stdin=listing)
            results["flat"] = {"inputs": args.flat_inputs, "wall": res["wall"], "lines": res["lines"],
                               "other_processes_cores": res["other_processes_cores"],
                               "points": flatness(res["series"], args.flat_inputs)}  # fmt: skip
            print(f"flat: {results['flat']}", file=sys.stderr)
    print(f"machine: {results['machine']}")
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
