"""Platform API throughput and latency, printed (never asserted): `python bench/platform_api.py`.

- GET /api/v1/products (1,000 products, pages of 50, a real key: auth + rate bucket + query)
  in requests per second, against a bare hello-world route of the same framework (FastAPI on
  uvicorn) measured in the same run; goal: list >= 0.5x the bare route.
- POST /api/v1/forms/{id}/submissions p50/p99 (creates a contact each), against the bare
  route's p50/p99; goal: p99 <= 50 ms on SQLite.

Each server runs in a process of its own (as `l4ydesk serve` would); the load comes from this
process with keep-alive connections, CONCURRENCY at a time for throughput, one at a time for
latency. The machine may be shared, so the two rates are measured in alternating ROUNDS and the
ratio printed is the median of the rounds' ratios, with the load average beside it.
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

CONCURRENCY = 8
ROUNDS = 3
LIST_REQUESTS = 2000
LATENCY_REQUESTS = 400
SECRET = "bench-secret"


def _serve_platform(data_dir: str, port_out: Any) -> None:
    os.environ.update(L4YDESK_DATA_DIR=data_dir, L4YDESK_SERVER_SECRET=SECRET)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "l4ydesk.secrets.MemoryKeyring")
    from l4ydesk.app import build_platform_for, build_services
    from l4ydesk.server.run import bind, serve

    services = build_services()
    platform = build_platform_for(services)
    platform.keys.burst = platform.keys.rate = 1e9  # measure the API, not the limiter
    sock = bind("127.0.0.1", 0)
    serve(platform, sock, lambda url: port_out.put(url))


def _serve_bare(port_out: Any) -> None:
    import asyncio

    import uvicorn
    from fastapi import FastAPI
    from fastapi.responses import JSONResponse

    from l4ydesk.server.run import bind, url_of

    app = FastAPI()

    @app.get("/hello")
    def hello() -> JSONResponse:
        return JSONResponse({"hello": "world"})

    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, access_log=False))

    async def main() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            await asyncio.sleep(0.02)
        port_out.put(url_of(sock))
        await task

    asyncio.run(main())


def _seed(data_dir: str) -> tuple[str, str, int]:
    os.environ.update(L4YDESK_DATA_DIR=data_dir, L4YDESK_SERVER_SECRET=SECRET)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "l4ydesk.secrets.MemoryKeyring")
    from l4ydesk.app import build_platform_for, build_services
    from l4ydesk.core.ontology import record_type

    services = build_services()
    platform = build_platform_for(services)
    app = services.catalog.create("Bench shop")
    products = record_type("product")
    platform.records.workspace_id()
    with services.store.session() as session:
        for number in range(1000):
            props = products.new_properties()
            props.update(name=f"Product {number}", price=f"{10 + number % 90}.00")
            platform.records.create_in(session, app.app_id, products, props)
    fields = [{"name": "name", "type": "text"}, {"name": "email", "type": "email"}]
    form = platform.records.create(app.app_id, "form", {"title": "Contact", "fields": fields})
    key = platform.keys.create(app.app_id, "products:read,forms:write").key
    services.close()
    return key, app.slug, form.id


def _cpu_seconds(pid: int | None) -> float:
    """The CPU time a server process has used (Linux; 0 elsewhere): a figure the machine's
    other load disturbs much less than a rate."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _throughput(
    url: str, path: str, headers: dict[str, str], total: int, pid: int | None = None
) -> tuple[float, float]:
    """Requests per second, and the server's CPU milliseconds per request."""
    per_thread = total // CONCURRENCY
    barrier = threading.Barrier(CONCURRENCY + 1)

    def worker() -> None:
        with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
            client.get(path).raise_for_status()  # warm the connection
            barrier.wait()
            for _ in range(per_thread):
                client.get(path).raise_for_status()

    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started, cpu = time.perf_counter(), _cpu_seconds(pid)
    for thread in threads:
        thread.join()
    done = per_thread * CONCURRENCY
    return done / (time.perf_counter() - started), (_cpu_seconds(pid) - cpu) * 1000 / done


def _latencies(client: httpx.Client, method: str, path: str, body: Any, count: int) -> list[float]:
    found = []
    for number in range(count):
        started = time.perf_counter()
        json_body = body(number) if callable(body) else body
        response = client.request(method, path, json=json_body)
        found.append((time.perf_counter() - started) * 1000)
        assert response.status_code < 300, response.text
    return found


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    with tempfile.TemporaryDirectory() as tmp:
        key, _slug, form_id = _seed(tmp)
        ctx = multiprocessing.get_context("spawn")
        urls: Any = ctx.Queue()
        platform = ctx.Process(target=_serve_platform, args=(tmp, urls), daemon=True)
        bare = ctx.Process(target=_serve_bare, args=(urls,), daemon=True)
        platform.start()
        platform_url = urls.get(timeout=60)
        bare.start()
        bare_url = urls.get(timeout=60)
        try:
            auth = {"Authorization": f"Bearer {key}"}
            rounds = []
            for _ in range(ROUNDS):
                bare_rps, bare_cpu = _throughput(bare_url, "/hello", {}, LIST_REQUESTS, bare.pid)
                list_path = "/api/v1/products?limit=50"
                list_rps, list_cpu = _throughput(
                    platform_url, list_path, auth, LIST_REQUESTS, platform.pid
                )
                rounds.append((list_rps / bare_rps, bare_rps, list_rps, bare_cpu, list_cpu))
            ratio, bare_rps, list_rps, bare_cpu, list_cpu = sorted(rounds)[len(rounds) // 2]
            list_load = os.getloadavg()[0]
            with httpx.Client(base_url=bare_url) as client:
                bare_lat = _latencies(client, "GET", "/hello", None, LATENCY_REQUESTS)
            with httpx.Client(base_url=platform_url, headers=auth, timeout=30) as client:
                submit = _latencies(
                    client,
                    "POST",
                    f"/api/v1/forms/{form_id}/submissions",
                    lambda n: {"name": f"Guest {n}", "email": f"guest{n}@example.com"},
                    LATENCY_REQUESTS,
                )
        finally:
            platform.terminate()
            bare.terminate()
            platform.join()
            bare.join()
    print(
        f"bare hello route:            {bare_rps:8.0f} req/s   (concurrency {CONCURRENCY}; "
        f"server CPU {bare_cpu:.2f} ms per request)"
    )
    print(
        f"GET /api/v1/products (50):   {list_rps:8.0f} req/s   ratio {ratio:.2f}x "
        f"(goal >= 0.5x; median of {ROUNDS} rounds: "
        f"{', '.join(f'{r[0]:.2f}x' for r in rounds)}; load {list_load:.1f})"
    )
    print(f"  server CPU {list_cpu:.2f} ms per request ({list_cpu / bare_cpu:.1f}x the bare's)")
    print(
        f"bare route latency:          p50 {_p(bare_lat, 50):6.2f} ms"
        f"  p99 {_p(bare_lat, 99):6.2f} ms"
    )
    print(
        f"form submission latency:     p50 {_p(submit, 50):6.2f} ms  p99 {_p(submit, 99):6.2f} ms"
        f"  ratio p50 {_p(submit, 50) / _p(bare_lat, 50):.1f}x, p99 "
        f"{_p(submit, 99) / _p(bare_lat, 99):.1f}x  (goal p99 <= 50 ms on SQLite)"
    )
    print(
        f"({LIST_REQUESTS} list requests, {LATENCY_REQUESTS} submissions, SQLite, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
