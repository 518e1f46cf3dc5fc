"""A local Tradovate simulator: REST and WebSocket on loopback, seeded and deterministic."""
