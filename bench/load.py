"""Serve the site with gunicorn as in production and load it with wrk; print a table of the figures.

    make data && .venv/bin/python bench/load.py      # needs wrk: apt-get install wrk

The database is that of DATABASE_URL (by default db.sqlite3, which `make data` fills).
The page cache is Redis at REDIS_URL (by default redis://127.0.0.1:6379/14, under a key
prefix of its own that is deleted afterwards), or each worker's memory with --no-redis.

Every figure comes from one run, against the same server:

- bare: /bench/bare/, a Django view that returns "ok" through the whole middleware stack
  (served only with BENCH_VIEW=1): the most requests per second Django can answer here;
- cached comparison and cached occupation: a page from the page cache, with the ratio
  of its requests per second to the bare view's (target: at least 0.8);
- soak: the cached comparison for 60 s at 64 connections (target: no error);
- uncached: 2,000 distinct comparisons, each rendered afresh (a second server with the
  page cache off), at 64 connections (target: no error, 99th percentile under 1 s). The
  server starts with nothing cached, so the run also fills the cache of occupations
  (``careers.snapshots``) as it goes; the same run again then shows pages rendered
  afresh from kept occupations, as on a site that has been up a while.

--uncached-only skips the bare view, the cached pages and the soak.
"""

import argparse
import os
import re
import runpy
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REFERENCE = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"
OCCUPATION = "/careers/loss-mitigation-specialist/"
BARE = "/bench/bare/"
PAIRS = 2000
# Hands wrk's threads the addresses of a file, one after another.
ROTATE = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local i = 0
function init(args) i = math.random(#paths) end
function request()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_environment(redis_url, prefix, page_cache):
    env = dict(os.environ)
    env.update(
        DEBUG="0",
        SECRET_KEY="bench-http-only-not-a-secret",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        BENCH_VIEW="1",
        LOG_LEVEL="ERROR",
        PAGE_CACHE_SECONDS="3600" if page_cache else "0",
        CACHE_KEY_PREFIX=prefix,
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
    return env


class Server:
    """gunicorn from gunicorn.conf.py on a free port of 127.0.0.1."""

    def __init__(self, env):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        self.process = subprocess.Popen(
            [gunicorn, "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{self.port}"],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        for _ in range(120):
            try:
                urllib.request.urlopen(self.base + BARE, timeout=2)
                return
            except OSError:
                if self.process.poll() is not None:
                    sys.exit("bench/load.py: gunicorn did not start")
                time.sleep(0.5)
        sys.exit("bench/load.py: gunicorn did not answer")

    def warm(self, path, times=40):
        for _ in range(times):
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                response.read()

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


def wrk(url, connections, seconds, script=None):
    """Requests per second, 50th and 99th percentile latency (ms) and errors of one wrk run."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency"]
    if script:
        command += ["-s", script]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non_2xx[1]) if non_2xx else 0
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]),
        "p50": latency(re.search(r"50%\s+([\d.]+\w+)", out)[1]),
        "p99": latency(re.search(r"99%\s+([\d.]+\w+)", out)[1]),
        "requests": int(re.search(r"(\d+) requests in", out)[1]),
        "errors": errors,
    }


def latency(text):
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def pair_paths(count):
    """``count`` comparisons spread over the sitemap's, from the database the server uses."""
    os.environ.setdefault("SECRET_KEY", "bench-http-only-not-a-secret")
    os.environ.setdefault("DEBUG", "0")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    import django

    django.setup()
    from comparisons.sitemaps import Pairs

    pairs = Pairs()
    if len(pairs) < count:
        sys.exit(f"bench/load.py: the database has {len(pairs)} comparisons; run `make data` first")
    step = len(pairs) / count
    return [pairs[int(i * step)][0] for i in range(count)]


def forget(redis_url, prefix):
    """Delete the keys this run wrote, and only those."""
    import redis

    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        client.delete(key)


def row(name, result, bare=None):
    ratio = f"{result['rps'] / bare['rps']:.2f}" if bare else ""
    return (
        f"| {name:<44} | {result['rps']:>8.0f} | {ratio:>5} | {result['p50']:>7.1f} | "
        f"{result['p99']:>7.1f} | {result['requests']:>8} | {result['errors']:>6} |"
    )


def cached_runs(env, args):
    """The bare view's, the cached pages' and the soak's figures, from one server."""
    results = {}
    cached = Server(env)
    try:
        for path in (REFERENCE, OCCUPATION):
            cached.warm(path)
        for name, path in [("bare", BARE), ("comparison", REFERENCE), ("occupation", OCCUPATION)]:
            results[name] = wrk(cached.base + path, 32, args.seconds)
        results["soak"] = wrk(cached.base + REFERENCE, 64, args.soak)
    finally:
        cached.stop()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-redis", action="store_true", help="cache in each worker's memory")
    parser.add_argument("--seconds", type=int, default=15, help="length of each ratio run")
    parser.add_argument("--soak", type=int, default=60, help="length of the soak run")
    parser.add_argument("--uncached-only", action="store_true", help="run only the uncached run")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("bench/load.py needs wrk: apt-get install wrk")

    redis_url = None if args.no_redis else os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")
    prefix = f"bench-http-{os.getpid()}"
    paths = pair_paths(PAIRS)
    os.chdir(ROOT)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        env=server_environment(redis_url, prefix, True),
        check=True,
    )

    results = {}
    if not args.uncached_only:
        results.update(cached_runs(server_environment(redis_url, prefix, page_cache=True), args))

    uncached = Server(server_environment(redis_url, prefix, page_cache=False))
    try:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
            listing.write("\n".join(paths) + "\n")
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(ROTATE % listing.name)
        results["uncached"] = wrk(uncached.base + "/", 64, 30, script=script.name)
        results["uncached again"] = wrk(uncached.base + "/", 64, 30, script=script.name)
    finally:
        uncached.stop()
        os.unlink(listing.name)
        os.unlink(script.name)
        if redis_url:
            forget(redis_url, prefix)

    from django.conf import settings
    from django.db import connection

    workers = runpy.run_path(str(ROOT / "gunicorn.conf.py"))["workers"]
    print(
        f"\n{connection.vendor} ({settings.DATABASES['default']['NAME']}), "
        f"cache {'Redis ' + redis_url if redis_url else 'local memory'}, "
        f"gunicorn {workers} sync workers, {os.cpu_count()} cores, wrk 2 threads"
    )
    print(
        "| run                                          |      rps | ratio | p50 ms  | p99 ms  | requests | errors |"
    )
    print(
        "|----------------------------------------------|----------|-------|---------|---------|----------|--------|"
    )
    if "bare" in results:
        bare = results["bare"]
        print(row(f"bare Django view, 32 connections, {args.seconds} s", bare))
        print(row(f"cached comparison, 32 connections, {args.seconds} s", results["comparison"], bare))
        print(row(f"cached occupation, 32 connections, {args.seconds} s", results["occupation"], bare))
        print(row(f"cached comparison, 64 connections, {args.soak} s", results["soak"], bare))
    print(row(f"uncached, {PAIRS:,} comparisons, 64 connections, 30 s", results["uncached"]))
    print(row("uncached, the same again, occupations kept", results["uncached again"]))


if __name__ == "__main__":
    main()
