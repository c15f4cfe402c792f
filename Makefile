# Two commands a newcomer needs: `make run` and `make test`.
# Both create .venv and install the project (pinned by constraints.txt) on first use
# and again whenever pyproject.toml or constraints.txt changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest check unanswered stats ask chat bench lock clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
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

## lock: regenerate constraints.txt from pyproject.toml (needs the package registry)
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --all-extras --strip-extras --no-emit-index-url \
		--no-emit-find-links --no-emit-trusted-host --no-header --allow-unsafe \
		--output-file constraints.txt pyproject.toml

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
