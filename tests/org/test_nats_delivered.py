"""The NATS backend reads a message's delivery count off its ack subject itself (once per record,
cheaper than the client's metadata): it must agree with the client's own parser, both layouts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("nats", reason="the org extra (nats-py) is not installed")

from nats.aio.msg import Msg

from tradovate.org.nats_engine import _delivered

names = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ_-0123456789", min_size=1, max_size=8)
counts = st.integers(0, 2**40)


@given(stream=names, consumer=names, numbers=st.lists(counts, min_size=5, max_size=5), domain=st.none() | names)
def test_the_delivery_count_agrees_with_the_clients_parser(
    stream: str, consumer: str, numbers: list[int], domain: str | None
) -> None:
    delivered, sseq, cseq, stamp, pending = numbers
    if domain is None:
        reply = f"$JS.ACK.{stream}.{consumer}.{delivered}.{sseq}.{cseq}.{stamp}.{pending}"
    else:
        reply = f"$JS.ACK.{domain}.HASH.{stream}.{consumer}.{delivered}.{sseq}.{cseq}.{stamp}.{pending}.r4nd"
    msg = Msg(_client=None, subject="tvorg.p0", reply=reply, data=b"")  # type: ignore[arg-type]
    assert _delivered(reply) == msg.metadata.num_delivered == delivered


@given(st.text(max_size=40))
def test_any_other_subject_is_left_to_the_client(reply: str) -> None:
    found = _delivered(reply)
    assert found is None or reply.startswith("$JS.ACK.")
