# Two commands a newcomer needs: `make run` and `make test`.
# Both create .venv and install the project on first use, and again whenever pyproject.toml or
# constraints.txt changes: every package exactly as pinned *and hashed* in constraints.txt, then
# the project itself, editable, with nothing else downloaded.
#
# The installer is uv, pinned in constraints.txt like everything else. When .venv has no uv yet,
# pip (the one of $(PYTHON)) installs just that pin, hash-checked, into .venv; uv then installs
# the rest. uv reads neither pip.conf nor PIP_* variables: it uses its own default index, or the
# one set by UV_DEFAULT_INDEX (or a uv.toml). The hashes make the source irrelevant to the
# result: a file that differs from the lock is refused.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
UV     := $(BIN)/uv
# --python: into .venv, even when another virtual environment is activated (uv would prefer it).
UV_PIP := --quiet --python $(BIN)/python

.PHONY: run test test-fast lint typecheck pytest check unanswered stats ask chat bench bench-load lock image-check clean

# uv itself: its lines of constraints.txt (the pin and its hashes) installed by pip. A venv
# without pip is made in a fraction of a second; `pip --python` installs into it from outside.
$(UV):
	test -x $(BIN)/python || $(PYTHON) -m venv --without-pip $(VENV)
	awk '/^uv==/ { keep = 1; print; next } keep && /^ +--hash/ { print; next } { keep = 0 }' \
		constraints.txt > $(VENV)/uv-pin.txt
	$(PYTHON) -m pip --python $(BIN)/python --quiet --disable-pip-version-check \
		install --require-hashes --no-deps -r $(VENV)/uv-pin.txt

$(STAMP): pyproject.toml constraints.txt | $(UV)
	$(UV) pip install --require-hashes --no-deps -r constraints.txt $(UV_PIP)
	$(UV) pip install --no-deps --no-build-isolation -e . $(UV_PIP)
	$(UV) pip check $(UV_PIP) || { echo "constraints.txt does not match pyproject.toml: run 'make lock'" >&2; exit 1; }
	touch $(STAMP)

## run: the Telegram bot when TELEGRAM_BOT_TOKEN is set (environment or .env); otherwise
##      say how to get a token and open the console chat (decided by `python -m bot start`)
run: $(STAMP)
	$(BIN)/python -m bot start

## test: lint, format check, type check and the whole test suite
test: lint typecheck pytest

## test-fast: the unit tier only (no tests marked slow), under 30 s
test-fast: $(STAMP)
	$(BIN)/pytest -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check bot tests benchmarks scripts
	$(BIN)/ruff format --check bot tests benchmarks scripts
	$(BIN)/hadolint Dockerfile

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

## check: validate the fact base and run the editor's regression questions
check: $(STAMP)
	$(BIN)/python -m bot check

## unanswered, stats: what the running bot recorded in the last week (see docs/editing.md)
unanswered: $(STAMP)
	$(BIN)/python -m bot unanswered

stats: $(STAMP)
	$(BIN)/python -m bot stats

chat: $(STAMP)
	$(BIN)/python -m bot chat

bench: $(STAMP)
	$(BIN)/python -m benchmarks.engine

## bench-load: the bot under load through the fake Bot API, and the fault scenarios (kill,
##             group-flood, outage; PASS/FAIL each): about 12 minutes; see docs/performance.md
bench-load: $(STAMP)
	$(BIN)/python -m benchmarks.load

## lock: regenerate the pins from pyproject.toml with `uv pip compile` (needs the package
##       registry): requirements.txt (what the bot runs on: the Docker image) and
##       constraints.txt (that plus the development tools: .venv), both with hashes, the second
##       constrained by the first so they never disagree. Resolved for Python 3.11, the Docker
##       image's. Existing pins are kept unless pyproject.toml needs otherwise;
##       `make lock LOCK_ARGS=--upgrade` takes the newest releases it allows,
##       `LOCK_ARGS="--upgrade-package rapidfuzz"` just one.
LOCK_ARGS ?=
COMPILE = $(UV) pip compile --quiet --generate-hashes --no-header --python-version 3.11 $(LOCK_ARGS)
lock: | $(UV)
	$(COMPILE) --output-file requirements.txt pyproject.toml
	$(COMPILE) --extra dev --constraint requirements.txt --output-file constraints.txt pyproject.toml

## image-check: what can be checked of the Docker image without a Docker engine: hadolint, and
##              the Dockerfile's install steps run in a fresh venv, then the bot from that layout
image-check: $(STAMP)
	$(BIN)/hadolint Dockerfile
	$(BIN)/python scripts/check_image.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
