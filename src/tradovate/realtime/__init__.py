"""The realtime layer: the WebSocket protocol core (no I/O), the asyncio connection, the live mirror."""
