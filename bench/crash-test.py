#!/usr/bin/env python3
"""Crash test of the embedded database's default (durable) settings, on loopback.

    ./mvnw -q -DskipTests package && bench/crash-test.py            # 20 PostgreSQL kills, 20 JVM kills
    ROUNDS=4 bench/crash-test.py                                     # fewer

Starts target/sunlight.jar on a fresh embedded database (WORK, default target/bench-crash) and, round after round,
puts it under load: WORKERS clients (default 4) each open a general-penalty case as qufu-officer and have qufu-leader
file it (two acts, two audit entries, a document), and one client uploads small evidence files (declare + one chunk).
After LOAD_MIN..LOAD_MAX seconds it kills, alternately, the embedded PostgreSQL's postmaster (SIGKILL; the product is
then stopped) or the JVM (SIGKILL; its PostgreSQL is left running, as after a real crash, and the product stops it on
the next start). Then:
  - `java -jar sunlight.jar verify` on the data directory must exit 0 (the cluster starts, the audit log and the
    issued documents verify);
  - the product is started again, and over psql every acknowledged act must be there exactly once: each case opened
    (201) once, its filing (200) once as an act, its CASE_OPENED audit entry once; each acknowledged upload's file once,
    with its SHA-256, and its bytes in the store.
Requests that got no answer are counted as committed-but-unacknowledged when their act is found, else as not done.
Prints a line per round and the totals; exits 1 when anything acknowledged is lost or doubled. Needs psql.
"""
import hashlib
import http.client
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.request

from crashlib import Client, Tally

JAR = os.environ.get("JAR", "target/sunlight.jar")
WORK = os.path.abspath(os.environ.get("WORK", "target/bench-crash"))
PORT = int(os.environ.get("PORT", "18097"))
PG_PORT = int(os.environ.get("PG_PORT", "18098"))
ROUNDS = int(os.environ.get("ROUNDS", "20"))  # of each kind
WORKERS = int(os.environ.get("WORKERS", "4"))
LOAD_MIN = float(os.environ.get("LOAD_MIN", "4"))
LOAD_MAX = float(os.environ.get("LOAD_MAX", "10"))
CLINIC = "91350100M000100Y43"
BASE = f"http://127.0.0.1:{PORT}"
ARGS = [
    f"--server.port={PORT}",
    f"--sunlight.database.embedded.data-directory={WORK}/postgres",
    f"--sunlight.database.embedded.port={PG_PORT}",
    f"--sunlight.database.embedded.backup.directory={WORK}/backups",
    f"--sunlight.audit.key-directory={WORK}/keys",
    f"--sunlight.evidence.upload-directory={WORK}/uploads",
    f"--sunlight.evidence.store.local-directory={WORK}/blobs",
    # the load is the test's own clients', not the demo history's generator
    "--sunlight.demo-data.history.enabled=false",
]


def psql(sql):
    out = subprocess.run(
        ["psql", f"postgresql://postgres@127.0.0.1:{PG_PORT}/postgres", "-At", "-F", "\t", "-c", sql],
        check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


class Ledger:
    """What each client sent and what answer it got."""

    def __init__(self):
        self.lock = threading.Lock()
        self.opened = {}  # title -> True (acknowledged) / False (no answer)
        self.filed = {}  # title -> True / False
        self.uploads = {}  # file name -> (sha256, acknowledged)

    def put(self, table, key, value):
        with self.lock:
            table[key] = value


def officer_ids():
    return [row[0] for row in psql(
        "select o.id from organization.officer o join organization.user_account a on a.officer_id = o.id"
        " where a.username in ('qufu-officer', 'qufu-officer2') order by a.username")]


def case_worker(ledger, ready, stop, round_no, worker, officers):
    try:
        officer, leader = Client(BASE, "qufu-officer"), Client(BASE, "qufu-leader")
    finally:
        ready.release()
    go.wait()
    n = 0
    while not stop.is_set():
        n += 1
        title = f"crash-{round_no}-{worker}-{n}"
        body = json.dumps({
            "procedure": "GENERAL_PENALTY", "title": title, "summary": "崩溃测试",
            "parties": [{"kind": "ORGANISATION", "name": "曲阜市某某诊所", "identity": CLINIC}],
            "officerIds": officers}).encode()
        try:
            status, text, _ = officer.send("POST", "/api/cases", body, {"Content-Type": "application/json"})
        except (OSError, http.client.HTTPException):
            ledger.put(ledger.opened, title, False)
            return
        if status != 201:
            ledger.put(ledger.opened, title, False)
            if status < 500:
                print(f"  unexpected answer {status} to opening {title}: {text[:200]}", file=sys.stderr)
            return
        ledger.put(ledger.opened, title, True)
        case_id = json.loads(text)["id"]
        try:
            status, text, _ = leader.send("POST", f"/api/cases/{case_id}/actions/file", b"{}",
                                          {"Content-Type": "application/json"})
        except (OSError, http.client.HTTPException):
            ledger.put(ledger.filed, title, False)
            return
        ledger.put(ledger.filed, title, status == 200)
        if status != 200:
            if status < 500:
                print(f"  unexpected answer {status} to filing {title}: {text[:200]}", file=sys.stderr)
            return


def upload_worker(ledger, ready, stop, round_no):
    try:
        officer = Client(BASE, "qufu-officer")
        status, text, _ = officer.send("POST", "/api/cases", json.dumps({
            "procedure": "GENERAL_PENALTY", "title": f"uploads-{round_no}", "summary": "", "parties": []
        }).encode(), {"Content-Type": "application/json"})
        case_id = json.loads(text)["id"]
    finally:
        ready.release()
    go.wait()
    n = 0
    while not stop.is_set():
        n += 1
        name = f"crash-{round_no}-{n}.bin"
        content = os.urandom(random.randint(1, 256) * 1024)
        sha = hashlib.sha256(content).hexdigest()
        ledger.put(ledger.uploads, name, (sha, False))
        try:
            status, _, headers = officer.send(
                "POST", f"/api/cases/{case_id}/evidence/uploads",
                json.dumps({"fileName": name, "size": len(content)}).encode(), {"Content-Type": "application/json"})
            if status != 201:
                return
            status, text, _ = officer.send(
                "PATCH", headers["Location"], content,
                {"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        except (OSError, http.client.HTTPException):
            return
        if status != 200 or not json.loads(text).get("complete") or json.loads(text).get("sha256") != sha:
            return
        ledger.put(ledger.uploads, name, (sha, True))


# set once every client of a round has logged in: the load, and the clock to the kill, start together
go = threading.Event()


def start_server():
    log = open(f"{WORK}/server.log", "ab")
    server = subprocess.Popen(["java", "-Xmx512m", "-jar", JAR, *ARGS], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 600
    while time.time() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped while starting (exit {server.returncode}); see {WORK}/server.log")
        try:
            with urllib.request.urlopen(BASE + "/actuator/health", timeout=5) as response:
                if response.status == 200:
                    return server
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not start")


def postmaster_pid():
    with open(f"{WORK}/postgres/postmaster.pid") as pid_file:
        return int(pid_file.readline())


def stop(server, timeout=120):
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def check(ledger):
    """(acknowledged, committed but unacknowledged, not done, lost, doubled) over the ledger so far."""
    cases = {row[0]: int(row[1]) for row in psql(
        "select title, count(*) from cases.enforcement_case where title like 'crash-%' group by title")}
    filings = {row[0]: int(row[1]) for row in psql(
        "select c.title, count(*) from cases.case_act a join cases.enforcement_case c on c.id = a.case_id"
        " where a.action = 'file' and c.title like 'crash-%' group by c.title")}
    opened_entries = {row[0]: int(row[1]) for row in psql(
        "select c.title, count(*) from audit.entry e join cases.enforcement_case c on c.id = e.case_id"
        " where e.kind = 'CASE_OPENED' and c.title like 'crash-%' group by c.title")}
    files = {}
    for name, sha, count in psql(
            "select file_name, min(sha256), count(*) from evidence.file where file_name like 'crash-%' group by 1"):
        files[name] = (sha, int(count))
    tally = Tally()
    problems = tally.problems

    for title, ack in ledger.opened.items():
        tally.count(ack, cases.get(title, 0), f"case {title}")
        if cases.get(title, 0) and opened_entries.get(title, 0) != 1:
            problems.append(f"case {title}: {opened_entries.get(title, 0)} CASE_OPENED audit entries")
            tally.lost += opened_entries.get(title, 0) == 0
    for title, ack in ledger.filed.items():
        tally.count(ack, filings.get(title, 0), f"filing of {title}")
    for name, (sha, ack) in ledger.uploads.items():
        stored_sha, count = files.get(name, (None, 0))
        tally.count(ack, count, f"upload {name}")
        if count:
            blob = f"{WORK}/blobs/{stored_sha[0:2]}/{stored_sha[2:4]}/{stored_sha}"
            ok = stored_sha == sha and os.path.exists(blob)
            if ok:
                with open(blob, "rb") as stored:
                    ok = hashlib.sha256(stored.read()).hexdigest() == sha
            if not ok:
                tally.lost += 1
                problems.append(f"upload {name}: stored file missing or changed")
    return tally.acked, tally.unacked_committed, tally.not_done, tally.lost, tally.doubled, problems


def main():
    subprocess.run(["rm", "-rf", WORK], check=True)
    os.makedirs(WORK)
    ledger = Ledger()
    server = start_server()
    officers = None
    for _ in range(120):
        try:
            officers = officer_ids()
            if len(officers) == 2:
                break
        except subprocess.CalledProcessError:
            pass
        time.sleep(1)
    kinds = ["postgres", "jvm"] * ROUNDS
    failed = False
    started = time.time()
    for round_no, kind in enumerate(kinds, 1):
        stop_load = threading.Event()
        ready = threading.Semaphore(0)
        go.clear()
        threads = [threading.Thread(target=case_worker, args=(ledger, ready, stop_load, round_no, w, officers),
                                    daemon=True) for w in range(WORKERS)]
        threads.append(threading.Thread(target=upload_worker, args=(ledger, ready, stop_load, round_no), daemon=True))
        for thread in threads:
            thread.start()
        for _ in threads:
            ready.acquire()
        go.set()
        time.sleep(random.uniform(LOAD_MIN, LOAD_MAX))
        if kind == "postgres":
            os.kill(postmaster_pid(), signal.SIGKILL)
            time.sleep(0.5)
            stop_load.set()
            stop(server)
        else:
            server.kill()
            server.wait()
            stop_load.set()
        for thread in threads:
            thread.join(60)
        t0 = time.time()
        with open(f"{WORK}/verify.log", "ab") as verify_log:
            verify = subprocess.run(["java", "-jar", JAR, "verify", *ARGS[1:]], stdout=verify_log,
                                    stderr=subprocess.STDOUT)
        verify_seconds = time.time() - t0
        server = start_server()
        acked, unacked, not_done, lost, doubled, problems = check(ledger)
        failed |= verify.returncode != 0 or lost > 0 or doubled > 0
        print(f"round {round_no:2d} kill {kind:8s}: verify exit {verify.returncode} ({verify_seconds:.0f} s);"
              f" so far acknowledged {acked}, committed but unacknowledged {unacked}, not done {not_done},"
              f" lost {lost}, doubled {doubled}", flush=True)
        for problem in problems[:20]:
            print("   ", problem, flush=True)
    stop(server)
    print(f"TOTAL {len(kinds)} crashes ({ROUNDS} of PostgreSQL, {ROUNDS} of the JVM) in {time.time() - started:.0f} s:"
          f" acknowledged {acked}, committed but unacknowledged {unacked}, not done {not_done}, lost {lost},"
          f" doubled {doubled}; every verify exit 0: {'no' if failed else 'yes'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
