"""Game delivery figures, each beside its yardstick, in one run (nginx from Debian serves the repository on loopback):

1. install of a 1 GiB synthetic build (`launcher install`) against curl fetching the same stored bytes (6 at a time,
   as the launcher) plus sha256sum of them: wall time ratio, peak memory the delivery adds to the process, CPU s/GiB;
2. an update after a 1 KiB insert into a 500 MiB file, one changed 4 KiB block and one new file: bytes downloaded
   against the changed content (plus one chunk per edit, times 3), with rsync's delta transfer of the same change;
3. `launcher verify` of the installed 1 GiB against sha256sum of the same files;
4. publishing the 1 GiB build, then a 1 % changed one: seconds and bytes added to the repository.

Run: `python bench/delivery.py` (needs nginx, curl, sha256sum, rsync; about a minute and 6 GB of disk)."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, machine

sys.path.insert(0, str(ROOT))

from launcher.delivery import publish
from tests.support.nginx import Nginx
from tests.test_delivery_cli import Cli, game_manifest

MiB = 1024 * 1024
GiB = 1024 * MiB


def fill(path: Path, size: int, seed: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    with open(path, "wb") as fh:
        left = size
        while left:
            step = min(left, 8 * MiB)
            fh.write(rng.randbytes(step))
            left -= step


def make_build(folder: Path) -> None:
    fill(folder / "data" / "big.pak", 500 * MiB, 1)
    fill(folder / "data" / "textures.pak", 268 * MiB, 2)
    for n in range(16):
        fill(folder / "data" / "levels" / f"level{n:02}.pak", 16 * MiB, 10 + n)
    (folder / "bin").mkdir(parents=True, exist_ok=True)
    (folder / "bin" / "game").write_bytes(b"#!/bin/sh\necho game\n")
    os.chmod(folder / "bin" / "game", 0o755)


def run_measured(argv: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float,
                                                                                                       int, str]:
    """(wall s, CPU s, peak resident bytes, stdout) of one child. The peak is the child's own VmHWM, sampled from
    /proc while it runs: getrusage's ru_maxrss would include this (large) process's memory, which a forked child
    inherits across exec."""
    import threading

    started = time.perf_counter()
    out_file = tempfile.TemporaryFile()  # noqa: SIM115 - read after the child ends, closed with this function
    process = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out_file, stderr=subprocess.PIPE)
    peak = [0]

    def sample() -> None:
        status = Path(f"/proc/{process.pid}/status")
        while process.returncode is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak[0] = max(peak[0], int(line.split()[1]) * 1024)
            except (OSError, ValueError):
                return
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = process.stderr.read().decode() if process.stderr else ""
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    out_file.seek(0)
    out = out_file.read().decode()
    if process.returncode:
        raise SystemExit(f"{argv[:5]} failed ({process.returncode}): {err[-800:]}")
    return wall, usage.ru_utime + usage.ru_stime, peak[0], out


def files_under(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    for tool in ("nginx", "curl", "sha256sum", "rsync"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"{tool} is needed (Debian: apt-get install {tool})")
    work = Path(tempfile.mkdtemp(prefix="delivery-bench-", dir=os.environ.get("BENCH_TMP")))
    print(f"machine: {machine()}; work folder {work}")
    try:
        run(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(work: Path) -> None:
    build1, repo, keys = work / "build-1", work / "www" / "game", work / "keys"
    make_build(build1)
    size = sum(p.stat().st_size for p in build1.rglob("*") if p.is_file())
    root = publish.init(repo, keys)
    started = time.perf_counter()
    first = publish.publish(build1, repo, keys, "1.0")
    publish_s = time.perf_counter() - started
    print(f"publish 1 GiB: {publish_s:.1f} s, {first.new_chunks} chunks, {first.new_bytes / MiB:.0f} MiB stored")

    server = Nginx(work / "www", work / "nginx")
    try:
        home = work / "home"
        cli = Cli(home, game_manifest(work / "shipped", f"{server.url}/game", root.read_bytes()), work)
        env = cli.env | {"PYTHONDONTWRITEBYTECODE": "1"}
        # the memory of the same process doing nothing but importing what an install imports
        _base_wall, _base_cpu, base_rss, _ = run_measured(
            [sys.executable, "-c", "import launcher.cli, launcher.cli_delivery, launcher.delivery.installer, "
                                   "launcher.delivery.trust, launcher.http, tuf.ngclient, zstandard, pyfastcdc"],
            env=env, cwd=work)
        wall, cpu, rss, out = run_measured(cli.argv("install", "--json"), env=env, cwd=work)
        done = json.loads(out.splitlines()[-1])
        chunk_files = files_under(repo / "chunks")
        urls = work / "urls.txt"
        fetched = work / "curl"
        fetched.mkdir()
        urls.write_text("".join(f'url = "{server.url}/game/chunks/{Path(f).parent.name}/{Path(f).name}"\n'
                                f'output = "{fetched / Path(f).name}"\n' for f in chunk_files))
        started = time.perf_counter()
        subprocess.run(["curl", "--silent", "--no-progress-meter", "--parallel", "--parallel-max", "6", "-K",
                        str(urls)], check=True, stderr=subprocess.DEVNULL)
        curl_only = time.perf_counter() - started
        subprocess.run(["sha256sum", *files_under(fetched)], check=True, stdout=subprocess.DEVNULL)
        curl_s = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run(["openssl", "dgst", "-sha256", *files_under(fetched)], check=True, stdout=subprocess.DEVNULL)
        openssl_s = time.perf_counter() - started
        shutil.rmtree(fetched)
        print(f"install 1 GiB: launcher {wall:.2f} s, curl+sha256sum {curl_s:.2f} s, ratio {wall / curl_s:.2f} "
              f"(target <= 1.5); downloaded {done['downloaded'] / MiB:.0f} MiB")
        print(f"  curl alone {curl_only:.2f} s; with OpenSSL's sha256 instead of coreutils' (faster here): "
              f"{curl_only + openssl_s:.2f} s, ratio {wall / (curl_only + openssl_s):.2f}")
        print(f"  peak memory: {rss / MiB:.0f} MiB, of which delivery adds {(rss - base_rss) / MiB:.0f} MiB "
              f"(target <= 64; imports alone {base_rss / MiB:.0f} MiB); CPU {cpu:.2f} s = "
              f"{cpu / (size / GiB):.2f} CPU s per GiB")

        installed = Path(done["build_dir"])
        vwall, vcpu, _vrss, _ = run_measured(cli.argv("verify", "--json"), env=env, cwd=work)
        started = time.perf_counter()
        subprocess.run(["sha256sum", *files_under(installed)], check=True, stdout=subprocess.DEVNULL)
        sha_s = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run(["openssl", "dgst", "-sha256", *files_under(installed)], check=True, stdout=subprocess.DEVNULL)
        ossl_s = time.perf_counter() - started
        print(f"verify 1 GiB: launcher {vwall:.2f} s ({vcpu:.2f} CPU s), sha256sum {sha_s:.2f} s, ratio "
              f"{vwall / sha_s:.2f} (target <= 1.3); openssl dgst -sha256 {ossl_s:.2f} s, ratio {vwall / ossl_s:.2f}")

        # the update: 1 KiB inserted in the middle of the 500 MiB file, one 4 KiB block changed, one new file
        build2 = work / "build-2"
        shutil.copytree(build1, build2)
        big = build2 / "data" / "big.pak"
        data = bytearray(big.read_bytes())
        data[250 * MiB:250 * MiB] = random.Random(5).randbytes(1024)
        big.write_bytes(bytes(data))
        del data
        with open(build2 / "data" / "textures.pak", "r+b") as fh:
            fh.seek(100 * MiB)
            fh.write(random.Random(6).randbytes(4096))
        new_file = random.Random(7).randbytes(MiB)
        (build2 / "data" / "patch.pak").write_bytes(new_file)
        started = time.perf_counter()
        second = publish.publish(build2, repo, keys, "1.1")
        publish2_s = time.perf_counter() - started
        _w, _c, _r, out = run_measured(cli.argv("install", "--json"), env=env, cwd=work)
        update = json.loads(out.splitlines()[-1])
        changed = 1024 + 4096 + len(new_file)
        bound = (changed + 2 * MiB) * 3  # one ~1 MiB chunk per edit
        rsync_literal = rsync_delta(build1, build2, work / "rsync-copy")
        print(f"update (1 KiB insert, 4 KiB block, 1 MiB new file): downloaded {update['downloaded'] / 1024:.0f} KiB "
              f"(bound {bound / 1024:.0f} KiB = (changed {changed / 1024:.0f} KiB + a chunk per edit) x 3); "
              f"rsync's delta sent {rsync_literal / 1024:.0f} KiB of literal data")
        print(f"publish the update: {publish2_s:.1f} s, {second.new_chunks} new chunks, "
              f"{second.new_bytes / 1024:.0f} KiB added")

        build3 = work / "build-3"
        shutil.move(str(build2), build3)
        rng = random.Random(8)
        targets = [p for p in build3.rglob("*.pak")]
        for _n in range(10):  # 10 MiB of 1 GiB: 1 %
            victim = rng.choice(targets)
            with open(victim, "r+b") as fh:
                span = victim.stat().st_size
                fh.seek(rng.randrange(0, max(1, span - MiB)))
                fh.write(rng.randbytes(MiB))
        started = time.perf_counter()
        third = publish.publish(build3, repo, keys, "1.2")
        print(f"publish 1 % changed: {time.perf_counter() - started:.1f} s, {third.new_chunks} new chunks, "
              f"{third.new_bytes / MiB:.1f} MiB added")
    finally:
        server.stop()


def rsync_delta(old: Path, new: Path, copy: Path) -> int:
    shutil.copytree(old, copy)
    result = subprocess.run(["rsync", "-a", "--no-whole-file", "--stats", f"{new}/", f"{copy}/"], check=True,
                            capture_output=True, text=True)
    found = re.search(r"Literal data: ([\d,.]+)", result.stdout)
    shutil.rmtree(copy)
    return int(found.group(1).replace(",", "").replace(".", "")) if found else -1


if __name__ == "__main__":
    main()
