"""What the crash test (crash-test.py) and the failover test (failover-test.py) share: a logged-in client over
urllib, and the tally of acknowledged, committed-but-unacknowledged, not done, lost and doubled acts."""
import http.client
import http.cookiejar
import re
import time
import urllib.error
import urllib.request

# what a request that got no answer raises: the connection refused, reset or timed out
NO_ANSWER = (OSError, http.client.HTTPException)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """A logged-in person: session cookie and CSRF token, as the browser keeps them. `logins` counts the logins it
    needed (the first one included)."""

    def __init__(self, base, username, password="Sunlight@2026", attempts=120):
        self.base = base
        self.username = username
        self.password = password
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.logins = 0
        self.login(attempts)

    def login(self, attempts=120):
        for _ in range(attempts):
            try:
                page = self.opener.open(self.base + "/login", timeout=10).read().decode()
                token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
                data = f"username={self.username}&password={self.password}&_csrf={token}".encode()
                response = self.opener.open(urllib.request.Request(self.base + "/login", data=data), timeout=10)
                location = response.headers.get("Location", "")
            except urllib.error.HTTPError as redirect:
                location = redirect.headers.get("Location", "")
            except NO_ANSWER + (AttributeError,):
                location = ""
            if location.endswith("/console"):
                try:
                    page = self.opener.open(self.base + "/console", timeout=10).read().decode()
                    self.csrf = re.search(r'<meta name="_csrf" content="([^"]+)"', page).group(1)
                    self.logins += 1
                    return
                except NO_ANSWER + (AttributeError, urllib.error.HTTPError):
                    pass
            time.sleep(1)
        raise SystemExit(f"{self.username} could not log in")

    def send(self, method, path, body=None, headers=None, timeout=30):
        """(status, body text, headers); raises one of NO_ANSWER when no answer came."""
        all_headers = {"X-CSRF-TOKEN": self.csrf, "Accept": "application/json"}
        all_headers.update(headers or {})
        request = urllib.request.Request(self.base + path, data=body, method=method, headers=all_headers)
        try:
            with self.opener.open(request, timeout=timeout) as response:
                return response.status, response.read().decode(errors="replace"), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace"), error.headers


class Tally:
    """Counts each act the clients asked for against how often the database holds it."""

    def __init__(self):
        self.acked = self.unacked_committed = self.not_done = self.lost = self.doubled = 0
        self.problems = []

    def count(self, acknowledged, found, what):
        if found > 1:
            self.doubled += 1
            self.problems.append(f"{what}: {found} times")
        if acknowledged:
            self.acked += 1
            if found == 0:
                self.lost += 1
                self.problems.append(f"{what}: acknowledged, lost")
        elif found:
            self.unacked_committed += 1
        else:
            self.not_done += 1

    def line(self):
        return (f"acknowledged {self.acked}, committed but unacknowledged {self.unacked_committed},"
                f" not done {self.not_done}, lost {self.lost}, doubled {self.doubled}")
