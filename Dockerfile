# syntax=docker/dockerfile:1
# visit-bot in a small image: the Telegram bot (long polling, or a webhook with BOT_WEBHOOK_URL).
#
#   docker build -t visit-bot .
#   docker run -d --name visit-bot --env-file .env -v visit-bot-data:/data visit-bot
#
# See docs/operations.md for webhooks, editing the mounted fact base, and the health check.

ARG PYTHON_IMAGE=python:3.11-slim

# ---- Stage 1: the dependencies, exactly as pinned and hashed in requirements.txt ------------
# Only the lock file and the install script are copied first, so this layer is rebuilt only
# when the pins change, not on every edit of the code or the fact base. Every dependency comes
# as a wheel, so nothing is compiled; if one ever needs a compiler, install it here: this stage
# is thrown away and the final image never has it.
FROM ${PYTHON_IMAGE} AS deps
COPY requirements.txt scripts/install_runtime.sh /tmp/build/
RUN sh /tmp/build/install_runtime.sh /opt/venv /tmp/build/requirements.txt

# ---- Stage 2: the bot ---------------------------------------------------------------------
FROM ${PYTHON_IMAGE}

# A system user without a login shell or a writable home; uid/gid 10001 (chown a bind-mounted
# data directory to it).
RUN groupadd --system --gid 10001 bot \
 && useradd --system --uid 10001 --gid bot --home-dir /nonexistent --no-create-home \
        --shell /usr/sbin/nologin bot

COPY --from=deps /opt/venv /opt/venv
WORKDIR /app
COPY bot/ /app/bot/
COPY knowledge/ /app/knowledge/

# Compile the code now (the bot user cannot write next to it), and make the two directories
# the bot writes to: its data (BOT_DATA_DIR, a volume) and its compiled-engine cache.
RUN /opt/venv/bin/python -m compileall -q /app/bot \
 && mkdir -p /data /var/cache/visit-bot \
 && chown bot:bot /data /var/cache/visit-bot

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    BOT_KNOWLEDGE_DIR=/app/knowledge \
    BOT_DATA_DIR=/data \
    BOT_CACHE_DIR=/var/cache/visit-bot

# /data keeps what the bot records across containers. /app/knowledge is the fact base: mount
# your own copy over it (read-only is enough) and edits go live through the bot's reload.
VOLUME ["/data", "/app/knowledge"]

USER 10001:10001

# Webhook mode only (BOT_WEBHOOK_PORT, default 8443); long polling needs no port.
EXPOSE 8443

# Healthy = the running bot wrote its heartbeat within the last minute: its process is alive,
# its event loop turns, and it answers from a loaded fact base (`python -m bot health`).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot", "health"]

# `docker run IMAGE` runs the bot; `docker run IMAGE check` or `ask "…"` run other commands.
# SIGTERM (docker stop) finishes the questions in progress and exits 0.
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
