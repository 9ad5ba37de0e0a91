#!/usr/bin/env python3
"""Failover test: two product nodes behind HAProxy on one external PostgreSQL and S3Mock, on loopback (issue 14, item 7).

    apt-get install -y haproxy postgresql-15                          # once
    ./mvnw -q -DskipTests package && bench/failover-test.py           # 20 node kills, 20 database kills
    ROUNDS=3 bench/failover-test.py                                   # fewer

Sets up in WORK (default target/bench-failover): a fresh PostgreSQL cluster made by Debian's initdb (PG_BIN, default
/usr/lib/postgresql/15/bin; fsync, synchronous_commit and full_page_writes on), S3Mock started from the Maven
repository's jar on the project's test class path as the evidence store (the local store, shared by both nodes, when it
cannot start: the script says so), a receiver for the pushes to the government platform, two nodes of
target/sunlight.jar with the sessions in PostgreSQL (sunlight.sessions.store=jdbc), both running the scheduled jobs
(the ones that must run once at a time take their advisory locks; both retry pushes, so the receiver may get a message
twice under its one messageId, which it is there to drop), and HAProxy in front with health checks on /actuator/health (round robin; an
upload's declaration and chunks go to one node, hashed on the client, as docs/api.md asks of a load balancer).

CLIENTS (default 8) log in once each, through HAProxy, and work without pause: case clients open a general-penalty
case as qufu-officer and have qufu-leader file it (two acts), upload clients upload small evidence files (declare,
then CHUNKS chunks CHUNK_PAUSE seconds apart, so that a node kill finds uploads half sent), and one publication
client decides a case on the spot (simple procedure, qufu-officer with qufu-officer2) and publishes its result as qufu-admin (party notice, publication), each publication pushed to the government platform.
Every POST carries an Idempotency-Key; a request that got no answer (or a 5xx, or 503 from HAProxy) is sent again with
the same key until it is answered or RETRY_FOR seconds pass; a chunk that got no answer is resumed from the offset the
server holds. Every LOAD_MIN..LOAD_MAX seconds the script kills with SIGKILL, alternately, a product node (A and B in
turn; it is started again) and the whole database server (postmaster and its processes; started again, the nodes
reconnect), ROUNDS of each. Afterwards, over psql: every acknowledged act is there exactly once (each case, its filing
as an act, its CASE_OPENED audit entry, each publication, each upload's file with its SHA-256 and its object in the
store); no upload is half-registered (an upload marked done names a file that exists; a file has its object); the
pushes resume (every push message acknowledged by the receiver within PUSH_WAIT seconds); a session that a node
served keeps working through the other: the logins needed after the first (should be 0). Then `java -jar
sunlight.jar verify` against the database must exit 0. Prints acknowledged, committed-but-unacknowledged, not done,
lost and doubled counts, and how the uploads half sent at a node kill went on (from the offset the server
acknowledged, from a smaller one on the other node, or declared again), and exits 1 when anything acknowledged is lost
or doubled or a check fails. Interrupted (Ctrl-C, SIGTERM), it stops what it started.
"""
import hashlib
import http.server
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

from crashlib import NO_ANSWER, Client, Tally

JAR = os.path.abspath(os.environ.get("JAR", "target/sunlight.jar"))
WORK = os.path.abspath(os.environ.get("WORK", "target/bench-failover"))
PG_BIN = os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin")
ROUNDS = int(os.environ.get("ROUNDS", "20"))  # of each kind
CLIENTS = int(os.environ.get("CLIENTS", "8"))
CHUNKS = int(os.environ.get("CHUNKS", "4"))  # an upload is sent in this many chunks
CHUNK_PAUSE = float(os.environ.get("CHUNK_PAUSE", "0.3"))  # seconds between two chunks
LOAD_MIN = float(os.environ.get("LOAD_MIN", "5"))
LOAD_MAX = float(os.environ.get("LOAD_MAX", "10"))
RETRY_FOR = float(os.environ.get("RETRY_FOR", "120"))
PUSH_WAIT = float(os.environ.get("PUSH_WAIT", "120"))
# the JIT's first tier only, to spend less CPU on compiling while a node starts on a shared 2-core machine
NODE_JAVA = os.environ.get("NODE_JAVA", "-Xmx512m -XX:TieredStopAtLevel=1").split()
PORT = int(os.environ.get("PORT", "18110"))  # HAProxy
NODE_PORTS = {"A": PORT + 1, "B": PORT + 2}
PG_PORT = PORT + 3
S3_PORT = PORT + 4
PUSH_PORT = PORT + 5
BASE = f"http://127.0.0.1:{PORT}"
CLINIC = "91350100M000100Y43"
DB_URL = f"jdbc:postgresql://127.0.0.1:{PG_PORT}/sunlight"
PSQL_URL = f"postgresql://postgres@127.0.0.1:{PG_PORT}/sunlight"
AS_POSTGRES = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
S3_EXCLUDES = ",".join([
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
    "org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
    "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
    "org.springframework.modulith.events.config.EventPublicationAutoConfiguration"])


RUNNING = []  # every process started, for stop_everything


def started(process):
    RUNNING.append(process)
    return process


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def psql(sql):
    out = subprocess.run(["psql", PSQL_URL, "-At", "-F", "\t", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def needs():
    missing = []
    if not shutil.which("haproxy"):
        missing.append("haproxy (apt-get install -y haproxy)")
    if not shutil.which("psql"):
        missing.append("psql (apt-get install -y postgresql-client)")
    if not os.path.exists(f"{PG_BIN}/initdb"):
        missing.append(f"PostgreSQL's server binaries in {PG_BIN} (apt-get install -y postgresql-15, or set PG_BIN)")
    if not os.path.exists(JAR):
        missing.append(f"{JAR} (./mvnw -q -DskipTests package)")
    if missing:
        raise SystemExit("missing: " + "; ".join(missing))


# ---------------------------------------------------------------------------------------------------------- database

class Database:
    def __init__(self):
        self.directory = f"{WORK}/pg"
        self.process = None

    def create(self):
        os.makedirs(self.directory)
        if AS_POSTGRES:
            shutil.chown(self.directory, "postgres", "postgres")
        subprocess.run([*AS_POSTGRES, f"{PG_BIN}/initdb", "-D", self.directory, "-U", "postgres", "--auth=trust",
                        "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
        with open(f"{self.directory}/postgresql.conf", "a") as conf:
            conf.write(f"""
# failover-test.py: loopback only, durable (an acknowledged commit is on disk)
listen_addresses = '127.0.0.1'
port = {PG_PORT}
unix_socket_directories = '{self.directory}'
max_connections = 100
fsync = on
synchronous_commit = on
full_page_writes = on
""")
        self.start()
        subprocess.run(["psql", f"postgresql://postgres@127.0.0.1:{PG_PORT}/postgres", "-qc",
                        "create database sunlight"], check=True)

    def start(self):
        out = open(f"{WORK}/postgres.log", "ab")
        self.process = started(subprocess.Popen([*AS_POSTGRES, f"{PG_BIN}/postgres", "-D", self.directory],
                                                stdout=out, stderr=subprocess.STDOUT))
        deadline = time.time() + 300
        while time.time() < deadline:
            ready = subprocess.run([f"{PG_BIN}/pg_isready", "-q", "-h", "127.0.0.1", "-p", str(PG_PORT)])
            if ready.returncode == 0:
                return
            time.sleep(0.2)
        raise SystemExit(f"PostgreSQL did not start; see {WORK}/postgres.log")

    def kill(self):
        """SIGKILL to the postmaster and every process of the server, as when the database's machine dies."""
        with open(f"{self.directory}/postmaster.pid") as pid_file:
            postmaster = int(pid_file.readline())
        children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
        os.kill(postmaster, signal.SIGKILL)
        for child in children:
            try:
                os.kill(int(child), signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait()

    def stop(self):
        subprocess.run([*AS_POSTGRES, f"{PG_BIN}/pg_ctl", "-D", self.directory, "-m", "fast", "-w", "stop"],
                       capture_output=True)
        self.process.wait()


# ------------------------------------------------------------------------------------------------------ blob store

def start_s3():
    """S3Mock in a JVM of its own, on the test class path Maven resolves (offline); None when it cannot start."""
    classpath_file = f"{WORK}/test-classpath.txt"
    built = subprocess.run(["./mvnw", "-o", "-q", "dependency:build-classpath", f"-Dmdep.outputFile={classpath_file}",
                            "-Dmdep.includeScope=test"], capture_output=True, text=True)
    if built.returncode != 0 or not os.path.exists(classpath_file):
        log("S3Mock: the test class path could not be resolved offline; evidence goes to a local store shared by the "
            "nodes")
        return None
    with open(classpath_file) as f:
        classpath = f.read().strip()
    out = open(f"{WORK}/s3mock.log", "ab")
    os.makedirs(f"{WORK}/s3")
    server = started(subprocess.Popen(
        ["java", "-Xmx256m", f"-Dhttp.port={S3_PORT}", "-cp", classpath, "com.adobe.testing.s3mock.S3MockApplication",
         f"--http.port={S3_PORT}", "--server.port=0", "--com.adobe.testing.s3mock.store.initialBuckets=evidence",
         f"--com.adobe.testing.s3mock.store.root={WORK}/s3", f"--spring.autoconfigure.exclude={S3_EXCLUDES}"],
        stdout=out, stderr=subprocess.STDOUT))
    deadline = time.time() + 300
    while time.time() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{S3_PORT}/evidence?list-type=2", timeout=5):
                return server
        except urllib.error.HTTPError:
            return server
        except NO_ANSWER:
            time.sleep(1)
    server.kill()
    log(f"S3Mock did not start (see {WORK}/s3mock.log); evidence goes to a local store shared by the nodes")
    return None


# -------------------------------------------------------------------------------------------------- push receiver

class Pushes(http.server.BaseHTTPRequestHandler):
    """The government platform: answers 200 to every push and counts deliveries by messageId."""
    received = {}
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            message = json.loads(body).get("messageId")
        except ValueError:
            message = None
        with Pushes.lock:
            Pushes.received[message] = Pushes.received.get(message, 0) + 1
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


# ---------------------------------------------------------------------------------------------------------- nodes

class Node:
    def __init__(self, name, s3):
        self.name = name
        self.port = NODE_PORTS[name]
        self.process = None
        store = ([
            "--sunlight.evidence.store.type=s3",
            f"--sunlight.evidence.store.s3.endpoint=http://127.0.0.1:{S3_PORT}",
            "--sunlight.evidence.store.s3.bucket=evidence",
            "--sunlight.evidence.store.s3.access-key=failover",
            "--sunlight.evidence.store.s3.secret-key=failover",
        ] if s3 else [f"--sunlight.evidence.store.local-directory={WORK}/blobs"])
        self.common = [
            f"--spring.datasource.url={DB_URL}",
            "--spring.datasource.username=postgres",
            # a request waits 5 s, not 30, for a connection while the database is down
            "--spring.datasource.hikari.connection-timeout=5000",
            f"--sunlight.audit.key-directory={WORK}/keys",
            *store,
        ]
        self.args = [
            f"--server.port={self.port}",
            *self.common,
            "--sunlight.sessions.store=jdbc",
            f"--sunlight.evidence.upload-directory={WORK}/uploads-{name}",
            f"--sunlight.disclosure.push.url=http://127.0.0.1:{PUSH_PORT}/push",
            "--sunlight.disclosure.push.max-backoff=5s",
            "--sunlight.demo-data.history.enabled=false",
        ]

    def start(self, demo_data=False):
        out = open(f"{WORK}/node-{self.name}.log", "ab")
        mode = "ALWAYS" if demo_data else "NEVER"
        self.process = started(subprocess.Popen(
            ["java", *NODE_JAVA, "-jar", JAR, *self.args, f"--sunlight.demo-data.mode={mode}"],
            stdout=out, stderr=subprocess.STDOUT))
        self.wait_healthy()

    def wait_healthy(self, timeout=600):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"node {self.name} stopped (exit {self.process.returncode}); see {WORK}/node-"
                                 f"{self.name}.log")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/actuator/health", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.HTTPError,) + NO_ANSWER:
                pass
            time.sleep(0.5)
        raise SystemExit(f"node {self.name} did not become healthy")

    def kill(self):
        self.process.kill()
        self.process.wait()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(120)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_haproxy():
    config = f"""
global
    maxconn 1000
defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    # a request that could not be sent to a node (refused, down) goes to the other
    option redispatch
    retries 2
frontend sunlight
    bind 127.0.0.1:{PORT}
    acl upload path_reg ^/api/(cases/[^/]+/evidence/uploads|evidence/uploads/)
    use_backend uploads if upload
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server A 127.0.0.1:{NODE_PORTS['A']} check
    server B 127.0.0.1:{NODE_PORTS['B']} check
backend uploads
    # an upload in progress lives on one node: its declaration and chunks go where the client's hash says
    balance hdr(X-Upload-Client)
    hash-type consistent
    server A 127.0.0.1:{NODE_PORTS['A']} track nodes/A
    server B 127.0.0.1:{NODE_PORTS['B']} track nodes/B
"""
    with open(f"{WORK}/haproxy.cfg", "w") as f:
        f.write(config)
    out = open(f"{WORK}/haproxy.log", "ab")
    return started(subprocess.Popen(["haproxy", "-db", "-f", f"{WORK}/haproxy.cfg"], stdout=out,
                                    stderr=subprocess.STDOUT))


# --------------------------------------------------------------------------------------------------------- clients

class Ledger:
    """What each client sent and what answer it got."""

    def __init__(self):
        self.lock = threading.Lock()
        self.opened = {}  # title -> True (acknowledged) / False (no answer)
        self.filed = {}  # title -> True / False
        self.uploads = {}  # file name -> (sha256, acknowledged)
        self.published = {}  # case title -> True / False
        self.retries = 0  # requests sent again after no answer
        self.restarted_uploads = 0  # uploads declared again because the node that held them was gone
        self.in_flight = {}  # file name -> bytes the server acknowledged, while the upload is under way
        self.half_sent_at_kills = set()  # uploads with some but not all bytes acknowledged when a node was killed
        self.resumes = {}  # how an upload went on after a lost answer -> (times, uploads)
        self.unexpected = []

    def sending(self, name, acknowledged):
        with self.lock:
            if acknowledged is None:
                self.in_flight.pop(name, None)
            else:
                self.in_flight[name] = acknowledged

    def node_killed(self):
        """Notes the uploads half sent at this moment: the kill interrupts those the killed node holds."""
        with self.lock:
            half = {name for name, acknowledged in self.in_flight.items() if acknowledged > 0}
            self.half_sent_at_kills |= half
            return len(half)

    def resumed(self, how, name):
        with self.lock:
            times, names = self.resumes.get(how, (0, set()))
            self.resumes[how] = (times + 1, names | {name})

    def put(self, table, key, value):
        with self.lock:
            table[key] = value

    def retried(self):
        with self.lock:
            self.retries += 1

    def note(self, text):
        with self.lock:
            if len(self.unexpected) < 50:
                self.unexpected.append(text)


def relogin_if_needed(client, status, text):
    """A session the product no longer knows answers 401 (or 403 for its CSRF token): log in again, and count it."""
    if status == 401 or (status == 403 and "csrf" in text.lower()):
        client.login()
        return True
    return False


def post(ledger, client, path, payload, headers=None):
    """(status, text, headers) of a POST sent with an Idempotency-Key and sent again with the same key while it gets
    no answer; None when none came within RETRY_FOR seconds (or the product says the first try never finished)."""
    key = str(uuid.uuid4())
    body = json.dumps(payload).encode()
    deadline = time.time() + RETRY_FOR
    pending = 0
    first = True
    while time.time() < deadline:
        if not first:
            ledger.retried()
        first = False
        try:
            status, text, answer_headers = client.send("POST", path, body, {
                "Content-Type": "application/json", "Idempotency-Key": key, **(headers or {})})
        except NO_ANSWER:
            time.sleep(0.5)
            continue
        if status >= 500:
            time.sleep(0.5)
            continue
        if relogin_if_needed(client, status, text):
            continue
        if status == 409 and "Idempotency-Key" in text:
            # the first try is still running, or died without its answer: look again a few times, then give up
            pending += 1
            if pending > 10:
                return None
            time.sleep(1)
            continue
        return status, text, answer_headers
    return None


def case_client(ledger, stop, number, officers):
    officer, leader = Client(BASE, "qufu-officer"), Client(BASE, "qufu-leader")
    clients[f"case-{number}"] = [officer, leader]
    ready.release()
    go.wait()
    n = 0
    while not stop.is_set():
        n += 1
        title = f"failover-{number}-{n}"
        answer = post(ledger, officer, "/api/cases", {
            "procedure": "GENERAL_PENALTY", "title": title, "summary": "故障转移测试",
            "parties": [{"kind": "ORGANISATION", "name": "曲阜市某某诊所", "identity": CLINIC}],
            "officerIds": officers})
        ledger.put(ledger.opened, title, answer is not None and answer[0] == 201)
        if answer is None:
            continue
        if answer[0] != 201:
            ledger.note(f"opening {title}: {answer[0]} {answer[1][:200]}")
            continue
        case_id = json.loads(answer[1])["id"]
        answer = post(ledger, leader, f"/api/cases/{case_id}/actions/file", {})
        ledger.put(ledger.filed, title, answer is not None and answer[0] == 200)
        if answer is not None and answer[0] != 200:
            ledger.note(f"filing {title}: {answer[0]} {answer[1][:200]}")


def upload_client(ledger, stop, number):
    officer = Client(BASE, "qufu-officer")
    clients[f"upload-{number}"] = [officer]
    answer = post(ledger, officer, "/api/cases", {
        "procedure": "GENERAL_PENALTY", "title": f"failover-uploads-{number}", "summary": "", "parties": []})
    case_id = json.loads(answer[1])["id"]
    ready.release()
    go.wait()
    n = 0
    while not stop.is_set():
        n += 1
        name = f"failover-{number}-{n}.bin"
        content = os.urandom(random.randint(1, 64) * 1024)
        sha = hashlib.sha256(content).hexdigest()
        ledger.put(ledger.uploads, name, (sha, False))
        # each file's declaration and chunks to one node, the files spread over both
        done = upload(ledger, officer, case_id, name, content, sha, {"X-Upload-Client": name})
        ledger.put(ledger.uploads, name, (sha, done))


def upload(ledger, officer, case_id, name, content, sha, sticky):
    """Declares the file and sends it in CHUNKS chunks, CHUNK_PAUSE seconds apart, so that a kill often finds an upload
    half sent. After a lost answer it asks the server where the upload stands and goes on from the offset the server
    answers: the one it had acknowledged (the node holding the partial file answered), a larger one (the chunk arrived
    though its answer was lost), a smaller one (the other node answered: it holds less of the file, or none), or, when
    the server says the upload is gone, it declares the file again. Each outcome is counted. True once the product
    answered it complete."""
    deadline = time.time() + RETRY_FOR
    location = None
    step = max(1, -(-len(content) // CHUNKS))
    acknowledged = offset = 0
    while time.time() < deadline:
        if location is None:
            # the declaration goes to the client's node too
            answer = post(ledger, officer, f"/api/cases/{case_id}/evidence/uploads",
                          {"fileName": name, "size": len(content)}, sticky)
            if answer is None or answer[0] != 201:
                if answer is not None:
                    ledger.note(f"declaring {name}: {answer[0]} {answer[1][:200]}")
                return False
            location = answer[2]["Location"]
            acknowledged = offset = 0
        ledger.sending(name, acknowledged)
        try:
            status, text, headers = officer.send("PATCH", location, content[offset:offset + step], {
                "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream", **sticky})
        except NO_ANSWER:
            status, text = None, ""
        if status == 200:
            answer = json.loads(text)
            if answer.get("complete"):
                ledger.sending(name, None)
                return answer.get("sha256") == sha
            acknowledged = offset = int(headers.get("Upload-Offset", "0"))
            ledger.sending(name, acknowledged)
            time.sleep(CHUNK_PAUSE)
            continue
        elif status is not None and relogin_if_needed(officer, status, text):
            continue
        # where does it stand?
        ledger.retried()
        time.sleep(0.5)
        try:
            status, text, headers = officer.send("GET", location, None, sticky)
        except NO_ANSWER:
            continue
        if status == 200:
            answer = json.loads(text)
            if answer.get("complete"):
                ledger.resumed("complete when asked", name)
                ledger.sending(name, None)
                return answer.get("sha256") == sha
            offset = int(headers.get("Upload-Offset", "0"))
            ledger.resumed("at the acknowledged offset" if offset == acknowledged
                           else "past the acknowledged offset" if offset > acknowledged
                           else "from a smaller offset", name)
            acknowledged = offset
        elif status >= 500:
            continue
        elif relogin_if_needed(officer, status, text):
            continue
        else:
            # the node that held the upload is gone (or gave it up): the answer says to upload it again
            ledger.note(f"upload {name} at {location}: {status} {text[:160]}")
            ledger.resumed("declared again", name)
            with ledger.lock:
                ledger.restarted_uploads += 1
            location = None
    ledger.sending(name, None)
    return False


def publication_client(ledger, stop, officers):
    """Decides a case on the spot (simple procedure, a warning) as qufu-officer with qufu-officer2, then publishes its
    result as qufu-admin (the party told first): each publication is pushed to the government platform."""
    officer, admin = Client(BASE, "qufu-officer"), Client(BASE, "qufu-admin")
    clients["publication"] = [officer, admin]
    ready.release()
    go.wait()
    n = 0
    warning = {"proposal": {"kind": "WARNING", "text": "警告"}, "companionId": officers[1], "note": "当事人无异议"}
    while not stop.is_set():
        n += 1
        title = f"failover-pub-{n}"
        answer = post(ledger, officer, "/api/cases", {
            "procedure": "SIMPLE_PENALTY", "title": title, "summary": "故障转移测试：当场处罚",
            "parties": [{"kind": "ORGANISATION", "name": "曲阜市某某诊所", "identity": CLINIC}],
            "officerIds": officers})
        ledger.put(ledger.opened, title, answer is not None and answer[0] == 201)
        if answer is None or answer[0] != 201:
            if answer is not None:
                ledger.note(f"opening {title}: {answer[0]} {answer[1][:200]}")
            continue
        case_id = json.loads(answer[1])["id"]
        for action in ("inform-on-the-spot", "decide-on-the-spot"):
            answer = post(ledger, officer, f"/api/cases/{case_id}/actions/{action}", warning)
            if answer is None or answer[0] != 200:
                if answer is not None:
                    ledger.note(f"{action} {title}: {answer[0]} {answer[1][:200]}")
                break
        else:
            publish(ledger, admin, case_id, title)


def publish(ledger, admin, case_id, title):
    entry = None
    deadline = time.time() + RETRY_FOR
    while entry is None and time.time() < deadline:
        try:
            status, text, _ = admin.send("GET", f"/api/disclosures?case={case_id}")
        except NO_ANSWER:
            status, text = None, ""
        if status == 200 and json.loads(text)["content"]:
            entry = json.loads(text)["content"][0]
        elif status is not None and relogin_if_needed(admin, status, text):
            continue
        else:
            time.sleep(1)
    if entry is None:
        ledger.note(f"no disclosure entry for {title}")
        return
    answer = post(ledger, admin, f"/api/disclosures/{entry['id']}/party-notice",
                  {"on": entry["decidedOn"], "how": "当场告知"})
    if answer is None or answer[0] != 200:
        if answer is not None:
            ledger.note(f"party notice {title}: {answer[0]} {answer[1][:200]}")
        return
    answer = post(ledger, admin, f"/api/disclosures/{entry['id']}/publication", {})
    ledger.put(ledger.published, title, answer is not None and answer[0] == 201)
    if answer is not None and answer[0] != 201:
        ledger.note(f"publication {title}: {answer[0]} {answer[1][:200]}")


clients = {}
ready = threading.Semaphore(0)
go = threading.Event()


# ---------------------------------------------------------------------------------------------------------- checks

def check(ledger, s3):
    tally = Tally()
    problems = tally.problems
    cases = {r[0]: int(r[1]) for r in psql(
        "select title, count(*) from cases.enforcement_case where title like 'failover-%' group by title")}
    filings = {r[0]: int(r[1]) for r in psql(
        "select c.title, count(*) from cases.case_act a join cases.enforcement_case c on c.id = a.case_id"
        " where a.action = 'file' and c.title like 'failover-%' group by c.title")}
    opened_entries = {r[0]: int(r[1]) for r in psql(
        "select c.title, count(*) from audit.entry e join cases.enforcement_case c on c.id = e.case_id"
        " where e.kind = 'CASE_OPENED' and c.title like 'failover-%' group by c.title")}
    published = {r[0]: int(r[1]) for r in psql(
        "select c.title, count(*) from disclosure.published_result r"
        " join disclosure.disclosure_entry e on e.id = r.entry_id join cases.enforcement_case c on c.id = e.case_id"
        " where c.title like 'failover-pub-%' group by 1")}
    files = {r[0]: (r[1], int(r[2])) for r in psql(
        "select file_name, min(sha256), count(*) from evidence.file where file_name like 'failover-%' group by 1")}
    for title, ack in ledger.opened.items():
        tally.count(ack, cases.get(title, 0), f"case {title}")
        if cases.get(title, 0) and opened_entries.get(title, 0) != 1:
            problems.append(f"case {title}: {opened_entries.get(title, 0)} CASE_OPENED audit entries")
            tally.lost += opened_entries.get(title, 0) == 0
    for title, ack in ledger.filed.items():
        tally.count(ack, filings.get(title, 0), f"filing of {title}")
    for title, ack in ledger.published.items():
        tally.count(ack, published.get(title, 0), f"publication of {title}")
    for name, (sha, ack) in ledger.uploads.items():
        stored_sha, count = files.get(name, (None, 0))
        tally.count(ack, count, f"upload {name}")
        if count and not stored(stored_sha, s3):
            tally.lost += 1
            problems.append(f"upload {name}: its object is missing or changed in the store")
        if count and ack and stored_sha != sha:
            tally.lost += 1
            problems.append(f"upload {name}: stored with another SHA-256")
    half = psql("select count(*) from evidence.upload u where u.file_id is not null"
                " and not exists (select 1 from evidence.file f where f.id = u.file_id)")[0][0]
    if int(half):
        problems.append(f"{half} uploads marked done name no file")
    return tally, int(half)


def stored(sha, s3):
    """Whether the store holds the object under its SHA-256 with those bytes."""
    if s3:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{S3_PORT}/evidence/{sha}", timeout=30) as response:
                return hashlib.sha256(response.read()).hexdigest() == sha
        except (urllib.error.HTTPError,) + NO_ANSWER:
            return False
    path = f"{WORK}/blobs/{sha[0:2]}/{sha[2:4]}/{sha}"
    if not os.path.exists(path):
        return False
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest() == sha


def wait_for_pushes():
    """(messages, acknowledged, seconds waited): the outbox drains once the receiver answers again."""
    started = time.time()
    while True:
        total, done = (int(x) for x in psql(
            "select count(*), count(p.acknowledged_at) from disclosure.push_message p"
            " join disclosure.disclosure_entry e on e.id = p.entry_id join cases.enforcement_case c on c.id = e.case_id"
            " where c.title like 'failover-pub-%'")[0])
        if total == done or time.time() - started > PUSH_WAIT:
            return total, done, time.time() - started
        time.sleep(2)


# ------------------------------------------------------------------------------------------------------------ main

def main():
    needs()
    subprocess.run(["rm", "-rf", WORK], check=True)
    os.makedirs(WORK)
    started = time.time()
    database = Database()
    database.create()
    log(f"PostgreSQL {PG_BIN} on port {PG_PORT}, data in {WORK}/pg")
    s3 = start_s3()
    log("S3Mock on port %d" % S3_PORT if s3 else "local evidence store")
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", PUSH_PORT), Pushes)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    nodes = {name: Node(name, s3 is not None) for name in NODE_PORTS}
    nodes["A"].start(demo_data=True)
    nodes["B"].start()
    haproxy = start_haproxy()
    log(f"nodes A ({NODE_PORTS['A']}) and B ({NODE_PORTS['B']}) behind HAProxy on {PORT}")
    officers = [r[0] for r in psql(
        "select o.id from organization.officer o join organization.user_account a on a.officer_id = o.id"
        " where a.username in ('qufu-officer', 'qufu-officer2') order by a.username")]

    ledger = Ledger()
    stop_load = threading.Event()
    kinds = {"case": max(1, CLIENTS - 4), "upload": min(3, max(0, CLIENTS - 2)), "publication": 1}
    threads = [threading.Thread(target=case_client, args=(ledger, stop_load, i, officers), daemon=True)
               for i in range(kinds["case"])]
    threads += [threading.Thread(target=upload_client, args=(ledger, stop_load, i), daemon=True)
                for i in range(kinds["upload"])]
    threads.append(threading.Thread(target=publication_client, args=(ledger, stop_load, officers), daemon=True))
    for thread in threads:
        thread.start()
    for _ in threads:
        ready.acquire()
    log(f"{len(threads)} clients logged in ({kinds['case']} case, {kinds['upload']} upload, 1 publication)")
    go.set()
    load_started = time.time()
    failed = False
    node_turn = 0
    for round_no, kind in enumerate(["node", "database"] * ROUNDS, 1):
        time.sleep(random.uniform(LOAD_MIN, LOAD_MAX))
        t0 = time.time()
        if kind == "node":
            node = nodes["AB"[node_turn % 2]]
            node_turn += 1
            half = ledger.node_killed()
            node.kill()
            what = f"node {node.name} ({half} uploads half sent)"
            node.start()
        else:
            database.kill()
            what = "database"
            database.start()
            for node in nodes.values():
                node.wait_healthy()
        log(f"round {round_no:2d}: killed {what}, back in {time.time() - t0:.0f} s;"
            f" so far {len(ledger.opened)} cases, {len(ledger.uploads)} uploads, {len(ledger.published)} publications,"
            f" {ledger.retries} retries")
    stop_load.set()
    for thread in threads:
        thread.join(RETRY_FOR + 30)
    load_seconds = time.time() - load_started
    pushes, pushed, push_wait = wait_for_pushes()
    tally, half = check(ledger, s3 is not None)
    relogins = sum(c.logins - 1 for group in clients.values() for c in group)
    delivered = sum(1 for key in Pushes.received if key)
    deliveries = sum(Pushes.received.values())
    for node in nodes.values():
        node.stop()
    haproxy.terminate()
    haproxy.wait()
    with open(f"{WORK}/verify.log", "ab") as verify_log:
        verify = subprocess.run(["java", "-Xmx512m", "-jar", JAR, "verify", *nodes["A"].common],
                                stdout=verify_log, stderr=subprocess.STDOUT)
    database.stop()
    if s3:
        s3.terminate()
        s3.wait()
    receiver.shutdown()
    failed = (tally.lost > 0 or tally.doubled > 0 or half > 0 or verify.returncode != 0 or pushed != pushes
              or relogins > 0)
    for problem in tally.problems[:30]:
        print("   ", problem)
    for note in ledger.unexpected[:20]:
        print("    unexpected:", note)
    print(f"TOTAL {ROUNDS} node kills and {ROUNDS} database kills under {len(threads)} clients, load {load_seconds:.0f} s,"
          f" all {time.time() - started:.0f} s ({'S3Mock' if s3 else 'local store'}): {tally.line()};"
          f" requests sent again {ledger.retries}, uploads declared again {ledger.restarted_uploads};"
          f" uploads half-registered {half}; pushes acknowledged {pushed} of {pushes}"
          f" (the receiver got {delivered} messages in {deliveries} deliveries, waited {push_wait:.0f} s);"
          f" logins needed after a kill {relogins}; verify exit {verify.returncode}")
    print(f"UPLOADS IN PROGRESS: {len(ledger.half_sent_at_kills)} uploads were half sent when a node was killed;"
          " after a lost answer an upload went on "
          + (", ".join(f"{how} {times} times ({len(names)} uploads)" for how, (times, names)
                       in sorted(ledger.resumes.items())) or "never"))
    sys.exit(1 if failed else 0)


def stop_everything():
    """After an interruption (Ctrl-C, SIGTERM, a failure): nothing this script started is left running."""
    for process in RUNNING:
        if process.poll() is None:
            process.kill()
            process.wait()
    pid_file = f"{WORK}/pg/postmaster.pid"
    if os.path.exists(pid_file):
        subprocess.run([*AS_POSTGRES, f"{PG_BIN}/pg_ctl", "-D", f"{WORK}/pg", "-m", "immediate", "-w", "stop"],
                       capture_output=True)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        main()
    except BaseException:
        stop_everything()
        raise
