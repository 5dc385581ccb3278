"""Evaluation reports: report.md, accuracy.png, comparison.json, the terminal table, and how decoding is
described in them."""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from . import __version__
from .config import Config
from .decoding import decoding_settings
from .paths import atomic_write_text
from .testsets import TestSet


def decoding_summary(cfg: Config, rows: list[dict]) -> dict:
    """settings.decoding of report.json: the options and what they did over the saved answers."""
    chosen = Counter(int(r.get("chosen", 0)) for r in rows)
    out = {**decoding_settings(cfg),
           "retries_used": sum(bool(r.get("retried")) for r in rows),
           "retries_kept": sum(bool(r.get("retry_kept")) for r in rows)}
    if out.get("complete_failed"):
        out["completions_tried"] = sum("completed" in r for r in rows)
        out["completions_kept"] = sum(bool(r.get("completed")) for r in rows)
    return {**out, "chosen_index": {str(k): chosen[k] for k in sorted(chosen)}}


def describe_decoding(decoding: dict) -> str:
    if decoding["num_candidates"] > 1:
        text = (f"{decoding['candidate_mode']} {decoding['num_candidates']}, execution-guided "
                f"({decoding.get('candidate_choice', 'first')})")
    else:
        text = "greedy"
    if decoding["self_correct"]:
        text += f" + self-correct ({decoding['retries_used']} retries, {decoding['retries_kept']} kept)"
    elif decoding.get("retry_beams") and decoding.get("constrained_retry"):
        text += (f" + {decoding['retry_beams']} constrained beams where it fails ({decoding['retries_used']} "
                 f"retries, {decoding['retries_kept']} kept)")
    elif decoding.get("retry_beams"):
        text += (f" + {decoding['retry_beams']} beams where it fails ({decoding['retries_used']} retries, "
                 f"{decoding['retries_kept']} kept)")
    elif decoding.get("constrained_retry"):
        text += f" + constrained retry ({decoding['retries_used']} retries, {decoding['retries_kept']} kept)"
    if decoding.get("complete_failed"):
        text += (f" + without the give-up limit where it still fails ({decoding.get('completions_tried', 0)} "
                 f"tried, {decoding.get('completions_kept', 0)} kept)")
    return text


def versions(generated: bool) -> dict:
    import sqlglot

    versions = {"sqltune": __version__, "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                "sqlglot": sqlglot.__version__}
    for name in ("torch", "transformers", "peft") if generated else ():
        module = sys.modules.get(name)
        if module is not None:
            versions[name] = getattr(module, "__version__", "?")
    return versions


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def write_chart(path: Path, reports: dict[str, dict], order: list[str], kind: str | None, title: str) -> None:
    """Grouped bars by category; without categories (a plain test file) one horizontal bar per system, which
    stays readable for a dozen systems side by side."""
    import matplotlib
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    first = next(iter(reports.values()))
    if not order:
        labels = list(reports)
        fig = Figure(figsize=(7.0, 1.2 + 0.38 * len(labels)), layout="tight")
        ax = fig.subplots()
        bars = ax.barh(range(len(labels)), [100 * reports[x]["execution_accuracy"] for x in labels], color="#4878a8")
        ax.bar_label(bars, labels=[_pct(reports[x]["execution_accuracy"]) for x in labels], fontsize=8, padding=3)
        ax.set_yticks(range(len(labels)), labels)
        ax.invert_yaxis()  # the first system on top, as in the tables
        ax.set_xlim(0, 100)
        ax.set_xlabel(f"execution accuracy (%), n={first['n']}")
        ax.set_title(title)
        fig.savefig(path, dpi=120)
        return
    groups = ["all", *order]
    ticks = [f"all\n(n={first['n']})"] + [f"{c}\n(n={first['by_category'][c]['n']})" for c in order]
    width = 0.8 / len(reports)
    fig = Figure(figsize=(max(6.0, 1.2 * len(groups) * max(1, len(reports)) ** 0.5 + 2), 4.5), layout="tight")
    ax = fig.subplots()
    colors = matplotlib.colormaps["tab20" if len(reports) > 10 else "tab10"].colors  # tab10 repeats after 10
    for s, (label, rep) in enumerate(reports.items()):
        values = [rep["execution_accuracy"]] + [rep["by_category"][c]["execution_accuracy"] for c in order]
        xs = [g + (s - (len(reports) - 1) / 2) * width for g in range(len(groups))]
        bars = ax.bar(xs, [100 * v for v in values], width, label=label,
                      color=colors[s % len(colors)])
        ax.bar_label(bars, labels=[f"{100 * v:.1f}" for v in values], fontsize=8, padding=2)
    ax.set_xticks(range(len(groups)), ticks)
    ax.set_ylim(0, 110)
    ax.set_ylabel("execution accuracy (%)")
    ax.set_xlabel(kind or "")
    ax.set_title(title)
    # many systems: the legend beside the plot, where it hides no bar
    ax.legend(**({"loc": "upper left", "bbox_to_anchor": (1.01, 1)} if len(reports) > 4 else {"loc": "upper right"}),
              fontsize=8)
    fig.savefig(path, dpi=120)


def write_markdown(path: Path, test: TestSet, reports: dict[str, dict], order: list[str],
                   gold_errors: list[dict], settings: dict) -> None:
    labels = list(reports)
    lines = [f"# sqltune evaluation: {test.name}", "",
             f"{next(iter(reports.values()))['n']} questions scored"
             + (f"; {sum(test.skipped.values())} skipped ({', '.join(f'{k}: {v}' for k, v in test.skipped.items())})"
                if test.skipped else "")
             + (f"; {len(gold_errors)} gold queries failed and are excluded" if gold_errors else "")
             + f". {settings['date']}.", "",
             "## Overall", "",
             "| model | n | execution accuracy | official | exact match | executable | parses | questions/s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, rep in reports.items():
        qps = f"{rep['throughput_qps']:.2f}" if rep.get("throughput_qps") else "-"
        lines.append(f"| {label} | {rep['n']} | {_pct(rep['execution_accuracy'])} | "
                     f"{_pct(rep['execution_accuracy_official'])} | {_pct(rep['exact_match'])} | "
                     f"{_pct(rep['executable_rate'])} | {_pct(rep['parse_rate'])} | {qps} |")
    decoded = {label: rep["settings"]["decoding"] for label, rep in reports.items()
               if rep.get("settings", {}).get("decoding")}
    if decoded:
        lines += ["", "Decoding: " + "; ".join(
            f"{label}: {describe_decoding(d)}"
            + (f", {d['seconds_per_question']:g} s a question" if d.get("seconds_per_question") else "")
            + (f", kept candidate index {json.dumps(d['chosen_index'])}" if d["num_candidates"] > 1 else "")
            for label, d in decoded.items()) + "."]
    columns = settings["comparison"]["columns"]
    lines += ["", f"*execution accuracy*: sqltune's rules (columns {columns}, DISTINCT kept), the headline number. "
              "*official*: the official Spider scorer's default rules (test-suite-sql-eval: any column order, "
              "every DISTINCT deleted from both queries), for comparison with published results."]
    if order:
        lines += ["", f"## Execution accuracy by {test.category_kind}", "",
                  "| category | n | " + " | ".join(f"{x} | {x} (official)" for x in labels) + " |",
                  "|---|---:|" + "---:|" * (2 * len(labels))]
        first = next(iter(reports.values()))
        for c in order:
            lines.append(f"| {c} | {first['by_category'][c]['n']} | "
                         + " | ".join(f"{_pct(reports[x]['by_category'][c]['execution_accuracy'])} | "
                                      f"{_pct(reports[x]['by_category'][c]['execution_accuracy_official'])}"
                                      for x in labels) + " |")
    from .sqlexec import CATEGORIES

    lines += ["", "## Outcomes", "", "| outcome | " + " | ".join(labels) + " |", "|---|" + "---:|" * len(labels)]
    lines.append("| correct | " + " | ".join(str(reports[x]["correct"]) for x in labels) + " |")
    lines.append("| wrong result | " + " | ".join(str(reports[x]["wrong_result"]) for x in labels) + " |")
    for c in CATEGORIES:
        if any(reports[x]["errors"].get(c) for x in labels):
            lines.append(f"| error: {c} | " + " | ".join(str(reports[x]["errors"].get(c, 0)) for x in labels) + " |")
    if gold_errors:
        lines += ["", "## Gold queries that failed (excluded from n)", ""]
        lines += [f"- `{g['id']}` ({g['db_id'] or 'context'}): {g['error']}: {g['message']}" for g in gold_errors]
    lines += ["", "## Settings", ""]
    lines += [f"- {k}: {json.dumps(v) if isinstance(v, dict) else v}" for k, v in settings.items()
              if k not in ("comparison", "versions")]
    lines += [f"- {k}: {v}" for k, v in settings["comparison"].items()]
    lines += ["- versions: " + ", ".join(f"{k} {v}" for k, v in settings["versions"].items())]
    if (path.parent / "gold.sql").is_file():
        lines += ["", "## Re-score with the official Spider scorer", "",
                  "`gold.sql` and each `<label>/predictions.sql` are in the official format (test-suite-sql-eval). "
                  "Its default gives the *official* column; `--keep_distinct` gives *execution accuracy* as scored "
                  "with `--column-permutation`:",
                  "", "```",
                  f"python evaluation.py --gold gold.sql --pred {labels[0]}/predictions.sql "
                  f"--db {test.db_dir} --etype exec", "```"]
    atomic_write_text(path, "\n".join(lines) + "\n")


def comparison_json(test: TestSet, reports: dict[str, dict], judged: dict[str, list[dict]]) -> dict:
    keys = ("n", "execution_accuracy", "execution_accuracy_official", "exact_match", "executable_rate", "parse_rate", "by_category", "errors",
            "throughput_qps")
    labels = list(reports)
    pairs = []
    for other in labels[1:]:  # the first model/file against each other one, question by question
        outcomes = Counter((x["correct"], y["correct"])
                           for x, y in zip(judged[labels[0]], judged[other], strict=True))
        pairs.append({"a": labels[0], "b": other, "both_correct": outcomes[True, True],
                      "only_a": outcomes[True, False], "only_b": outcomes[False, True],
                      "neither": outcomes[False, False]})
    return {"test_set": test.name, "labels": labels,
            "models": {label: {k: rep[k] for k in keys if k in rep} for label, rep in reports.items()},
            "pairs": pairs}


def print_examples(judged: dict[str, list[dict]], n: int) -> None:
    """The first n questions as a person reads them: question, gold SQL, each system's SQL and its verdict."""
    labels = list(judged)
    for k, row in enumerate(next(iter(judged.values()))[:n], 1):
        print(f"[{k}] {row['question']}\n    gold:  {row['gold']}")
        for label in labels:
            r = judged[label][k - 1]
            verdict = "right" if r["correct"] else (f"wrong ({r['error']})" if r["error"] else "wrong result")
            print(f"    {label if len(labels) > 1 else 'model'}: {r['prediction'] or '(nothing)'}  -> {verdict}")
    print()


def print_table(test: TestSet, reports: dict[str, dict], order: list[str], gold_errors: list[dict],
                out: Path) -> None:
    first = next(iter(reports.values()))
    note = [f"{sum(test.skipped.values())} skipped: no database"] if test.skipped else []
    if gold_errors:
        note.append(f"{len(gold_errors)} gold queries failed, excluded")
    print(f"sqltune evaluate: {test.name}, {first['n']} questions" + (f" ({'; '.join(note)})" if note else ""))
    width = max(8, *(len(label) for label in reports))
    head = f"{'model':<{width}}  {'exec acc':>8}  {'official':>8}  {'exact':>6}  {'executes':>8}  {'parses':>6}"
    head += "".join(f"  {c[:8]:>8}" for c in order)
    print(head)
    for label, rep in reports.items():
        line = (f"{label:<{width}}  {_pct(rep['execution_accuracy']):>8}  "
                f"{_pct(rep['execution_accuracy_official']):>8}  {_pct(rep['exact_match']):>6}  "
                f"{_pct(rep['executable_rate']):>8}  {_pct(rep['parse_rate']):>6}")
        line += "".join(f"  {_pct(rep['by_category'][c]['execution_accuracy']):>8}" for c in order)
        decoding = rep.get("settings", {}).get("decoding")
        if rep.get("throughput_qps"):
            line += f"  ({rep['throughput_qps']:.2f} questions/s" + (
                f", {describe_decoding(decoding)})" if decoding else ")")
        print(line)
    print("exec acc: sqltune's rules (the headline" + (", by category" if order else "") + "); official: the "
          "official Spider scorer's defaults (any column order, DISTINCT deleted from both queries)")
    print(f"reports: {out}/report.md, accuracy.png, comparison.json; per model: {out}/<label>/report.json")
