#!/bin/sh
# Install the bot's runtime dependencies into a new virtual environment, exactly as pinned and
# hashed in a lock file (requirements.txt), with no pip inside the result.
#
# The Dockerfile runs this very script, and `make image-check` (scripts/check_image.py) runs it
# in a temporary directory, so the image's install step is tested without a Docker engine.
#
# usage: install_runtime.sh VENV_DIR LOCK_FILE        (PYTHON, default python3, makes the venv)
set -eu
venv=$1
lock=$2
python=${PYTHON:-python3}

# --without-pip: the image's Python already has pip; the bot's environment needs none.
"$python" -m venv --without-pip "$venv"
# --require-hashes: every file must match its hash in the lock; --no-deps: the lock lists every
# package the bot needs, so nothing unpinned can slip in; no cache: nothing left behind.
"$python" -m pip --python "$venv/bin/python" --disable-pip-version-check --no-cache-dir \
    install --progress-bar off --require-hashes --no-deps -r "$lock"
"$python" -m pip --python "$venv/bin/python" --disable-pip-version-check check
