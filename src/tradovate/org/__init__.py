"""Organisation-scale sync: sharded workers publishing every account's changes to Redis Streams
or NATS JetStream, and consumer mirrors built from the stream alone (``docs/org-sync.md``).

* :mod:`.worker` — :class:`~.worker.Worker`: shards by lease, one socket per shard;
* :mod:`.publisher` — the bounded publish buffer and its overflow policy;
* :mod:`.message` — the message format (per-account order, epochs, idempotency keys);
* :mod:`.consumer` — :class:`~.consumer.OrgMirror`: a ``Mirror`` fed from the engine;
* :mod:`.engine`, :mod:`.redis_engine`, :mod:`.nats_engine` — the engines (the ``org`` extra);
* :mod:`.commands` — ``tradovate org-sync`` / ``tradovate org-watch``; :mod:`.demo` — ``make demo-org``;
* :mod:`.servers` — engine servers on loopback for tests, benchmark and demo.

Importing this package imports neither engine client.
"""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
