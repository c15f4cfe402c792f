"""Operations support for the adapters: settings, logging, the health heartbeat."""
