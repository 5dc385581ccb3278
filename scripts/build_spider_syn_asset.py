"""Build src/sqltune/assets/spider-syn.tar.xz from the Spider-Syn release archive.

    .venv/bin/python scripts/build_spider_syn_asset.py /work/shared/datasets/spider-syn.tar.xz

Spider-Syn (Gan et al., "Towards Robustness of Text-to-SQL Models against Synonym Substitution", ACL 2021;
MIT) is Spider with the schema words of each question replaced by synonyms, same SQL, same databases. The
shipped copy keeps only what sqltune reads, in Spider's field names:

- `dev.json`: db_id, question (the synonym version), question_original, query, hardness. Spider-Syn was
  made from an earlier Spider dev, so 32 of its gold queries differ from today's dev.json: the hardness is
  computed here from Spider-Syn's own query with the official scorer's parser (test-suite-sql-eval, from
  nl2sql360: `.ci/install-official-scorer.sh .venv/bin/python`), so it describes the gold that is scored.
- `train.json`: db_id, question, question_original, query.
- README.md (what this is, where it comes from) and LICENSE (unchanged).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

README = """# Spider-Syn (as shipped with sqltune)

Spider questions with their schema words replaced by hand-written synonyms, the same gold SQL on the same
Spider databases: a test of whether a text-to-SQL model understands a question or only matches its words to
column names.

- `dev.json`: the 1,034 Spider dev questions (972 have a database in sqltune's bundled Spider; wta_1 does not
  ship): `db_id`, `question` (the synonym version), `question_original` (Spider's), `query` (Spider-Syn's gold
  SQL), `hardness` (Spider's rules, computed by the official parser from that query).
- `train.json`: the 7,000 Spider train questions in the same fields, without hardness.

Source: Yujian Gan, Xinyun Chen, Qiuping Huang, Matthew Purver, John R. Woodward, Jinxia Xie, Pengsheng Huang,
"Towards Robustness of Text-to-SQL Models against Synonym Substitution", ACL 2021; repository
github.com/ygan/Spider-Syn. MIT License: see LICENSE (unchanged). The databases and original questions are
Spider's (Yu et al., EMNLP 2018; CC BY-SA 4.0).
"""


def official_hardness(rows: list[dict], db_dir: Path) -> list[str]:
    from official_agreement import load_official

    evaluation = load_official()
    process_sql = sys.modules["test_suite_sql_eval.process_sql"]
    # The parser splits sentences first, which needs nltk's punkt data (a download); an SQL query is one line.
    from nltk import word_tokenize

    process_sql.word_tokenize = lambda text: word_tokenize(text, preserve_line=True)
    evaluator = evaluation.Evaluator()
    schemas: dict[str, object] = {}
    levels = []
    for row in rows:
        path = db_dir / row["db_id"] / f"{row['db_id']}.sqlite"
        if not path.is_file():  # wta_1: the hardness of Spider's own parse in tables.json is not needed here
            levels.append("")
            continue
        if row["db_id"] not in schemas:
            schemas[row["db_id"]] = process_sql.Schema(process_sql.get_schema(str(path)))
        levels.append(evaluator.eval_hardness(process_sql.get_sql(schemas[row["db_id"]], row["query"])))
    return levels


def check_against_spider(rows: list[dict], spider_dev: list[dict]) -> None:
    """Where Spider-Syn's gold is today's Spider gold (up to case and spacing), the hardness must be the one
    sqltune computes from Spider's own parse: a check that the parser was driven the official way."""
    from sqltune.hardness import hardness

    def norm(sql: str) -> str:
        return " ".join(sql.lower().replace('"', "'").split())

    same = [(row, ref) for row, ref in zip(rows, spider_dev, strict=True)
            if row["hardness"] and norm(row["query"]) == norm(ref["query"])]
    wrong = [row["query"] for row, ref in same if row["hardness"] != hardness(ref["sql"])]
    print(f"hardness: {len(same) - len(wrong)} of {len(same)} rows with Spider's gold agree with Spider's parse")
    if wrong:
        raise SystemExit(f"hardness differs from Spider's parse for {len(wrong)} rows, e.g. {wrong[0]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="the Spider-Syn release archive (spider-syn/{dev,train_spider}.json)")
    parser.add_argument("--output", default=str(Path(__file__).resolve().parents[1] / "src/sqltune/assets/"
                                                "spider-syn.tar.xz"))
    args = parser.parse_args()

    from sqltune import spider

    with tempfile.TemporaryDirectory() as tmp, tarfile.open(args.source, "r:xz") as tar:
        tar.extractall(tmp, filter="data")
        src = Path(tmp) / "spider-syn"
        dev = json.loads((src / "dev.json").read_text(encoding="utf-8"))
        train = json.loads((src / "train_spider.json").read_text(encoding="utf-8"))
        license_text = (src / "LICENSE").read_bytes()

    def shaped(row: dict) -> dict:
        return {"db_id": row["db_id"], "question": row["SpiderSynQuestion"].strip(),
                "question_original": row["SpiderQuestion"].strip(), "query": row["query"].strip()}

    dev_rows = [shaped(r) for r in dev]
    for row, level in zip(dev_rows, official_hardness(dev_rows, spider.spider_dir() / "database"), strict=True):
        row["hardness"] = level
    check_against_spider(dev_rows, spider.load_split("dev"))
    files = {
        "spider-syn/dev.json": json.dumps(dev_rows, ensure_ascii=False, indent=0).encode(),
        "spider-syn/train.json": json.dumps([shaped(r) for r in train], ensure_ascii=False, indent=0).encode(),
        "spider-syn/README.md": README.encode(),
        "spider-syn/LICENSE": license_text,
    }
    out = Path(args.output)
    with tarfile.open(out, "w:xz", preset=9) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            tar.addfile(info, io.BytesIO(data))
    print(f"wrote {out} ({out.stat().st_size:,} bytes): dev {len(dev_rows)}, train {len(train)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
