"""`make drift`: compare our bundle with an upstream OpenAPI document (fixtures of our own)."""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from pathlib import Path

import drift as upstream_drift

FIXTURES = Path(__file__).parent / "fixtures" / "drift"
TOOL = Path(__file__).resolve().parent.parent / "codegen" / "drift.py"


def compare() -> upstream_drift.Report:
    return upstream_drift.compare(
        upstream_drift.load(str(FIXTURES / "upstream.json")), upstream_drift.load(str(FIXTURES / "ours.json"))
    )


def test_operations_matched_by_method_and_path() -> None:
    report = compare()
    assert report.missing_operations == ["POST /alert/createalert"]
    assert report.extra_operations == ["GET /order/list"]


def test_fields_compared_by_shape_not_by_name() -> None:
    report = compare()
    # upstream's inline TradeDate object and our $ref compare equal; integer vs number is not drift
    assert all("tradeDate" not in row and ".price" not in row for row in report.missing_fields + report.kind_changes)
    assert report.missing_fields == ["POST /order/placeorder body.isAutomated (boolean)"]
    assert report.kind_changes == ["POST /order/placeorder body.orderQty: upstream number, ours string"]
    assert report.missing_enum_values == [
        "GET /order/item response.ordStatus: Suspended",
        "GET /order/items response[].ordStatus: Suspended",
    ]
    assert "GET /order/item response.archived" in report.extra_fields
    assert report.upstream_ahead


def test_socket_only_endpoints_are_not_missing_operations() -> None:
    upstream = upstream_drift.load(str(FIXTURES / "upstream.json"))
    ours = upstream_drift.load(str(FIXTURES / "ours.json"))
    replay = {"post": {"operationId": "changeSpeed", "responses": {"200": {"description": "OK"}}}}
    upstream["paths"]["/replay/changespeed"] = replay
    assert "POST /replay/changespeed" in upstream_drift.compare(upstream, ours).missing_operations
    ours["x-websocket"] = {"endpoints": {"replay/changeSpeed": {"sockets": ["replay"]}}}
    report = upstream_drift.compare(upstream, ours)
    assert report.socket_operations == ["POST /replay/changespeed"]
    assert report.missing_operations == ["POST /alert/createalert"]


def test_header_parameters_and_comma_arrays_are_not_drift() -> None:
    report = compare()
    rows = report.missing_fields + report.kind_changes + report.extra_fields
    assert not [r for r in rows if "Authorization" in r or "query.ids" in r]


def test_command_line_exit_status_and_url_source() -> None:
    run = subprocess.run(
        [sys.executable, str(TOOL), str(FIXTURES / "upstream.json"), str(FIXTURES / "ours.json")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert "Operations upstream has and we lack: 1" in run.stdout
    assert "upstream has changes to follow" in run.stdout

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(FIXTURES), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/ours.json"
        same = subprocess.run(
            [sys.executable, str(TOOL), url, str(FIXTURES / "ours.json")], capture_output=True, text=True
        )
    finally:
        server.shutdown()
        server.server_close()
    assert same.returncode == 0, same.stdout + same.stderr
    assert "nothing upstream that we lack" in same.stdout


def test_corrections_listing() -> None:
    run = subprocess.run(
        [sys.executable, str(TOOL), "--corrections", "--json", str(FIXTURES / "ours.json")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0
    assert json.loads(run.stdout) == [
        {"at": "#/components/schemas/PlaceOrder", "correction": {"reason": "fixture", "evidence": ["fixture"]}}
    ]
