"""Tradovate Partner API for Python: the REST client, the session, realtime sockets and a local simulator.

The REST package :mod:`tradovate_api` is generated from ``spec/`` and can be vendored on its own;
this package holds the hand-written parts built on it.

Logging: records go to the ``tradovate`` logger and its children, which carry a ``NullHandler``:
nothing is printed unless the application configures logging.
"""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
