# Two commands a newcomer needs: `make run` and `make test`.
# Both create .venv and install the project on first use, and again whenever pyproject.toml or
# constraints.txt changes: every package (pip and setuptools included) exactly as pinned *and
# hashed* in constraints.txt, then the project itself, editable, with nothing else downloaded.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip --quiet --disable-pip-version-check

.PHONY: run test lint typecheck pytest check unanswered stats ask chat bench bench-load lock image-check clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes --no-deps -r constraints.txt
# (setuptools warns on every editable install that local folders may shadow the package.)
	PYTHONWARNINGS="ignore:Editable installation" $(PIP) install --no-deps --no-build-isolation -e .
	$(PIP) check || { echo "constraints.txt does not match pyproject.toml: run 'make lock'" >&2; exit 1; }
	touch $(STAMP)

## run: the Telegram bot when TELEGRAM_BOT_TOKEN is set (environment or .env); otherwise
##      say how to get a token and open the console chat (decided by `python -m bot start`)
run: $(STAMP)
	$(BIN)/python -m bot start

## test: lint, format check, type check and the whole test suite
test: lint typecheck pytest

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

## unanswered, stats: what the running bot recorded in the last week (see README)
unanswered: $(STAMP)
	$(BIN)/python -m bot unanswered

stats: $(STAMP)
	$(BIN)/python -m bot stats

chat: $(STAMP)
	$(BIN)/python -m bot chat

bench: $(STAMP)
	$(BIN)/python -m benchmarks.engine

## bench-load: the bot under load through the fake Bot API (about 10 minutes; see README "Performance")
bench-load: $(STAMP)
	$(BIN)/python -m benchmarks.load

## lock: regenerate the pins from pyproject.toml (needs the package registry):
##       requirements.txt (what the bot runs on: the Docker image) and constraints.txt (that
##       plus the development tools: .venv), both with hashes, the second constrained by the
##       first so they never disagree. Existing pins are kept unless pyproject.toml needs
##       otherwise; `make lock LOCK_ARGS=--upgrade` takes the newest releases it allows,
##       `LOCK_ARGS="--upgrade-package rapidfuzz"` just one.
LOCK_ARGS ?=
COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
	--no-emit-index-url --no-emit-find-links --no-emit-trusted-host --no-header $(LOCK_ARGS)
lock:
	test -x $(BIN)/pip-compile || $(MAKE) $(STAMP)
	$(COMPILE) --output-file requirements.txt pyproject.toml
	$(COMPILE) --all-extras --constraint requirements.txt --output-file constraints.txt pyproject.toml

## image-check: what can be checked of the Docker image without a Docker engine: hadolint, and
##              the Dockerfile's install steps run in a fresh venv, then the bot from that layout
image-check: $(STAMP)
	$(BIN)/hadolint Dockerfile
	$(BIN)/python scripts/check_image.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
