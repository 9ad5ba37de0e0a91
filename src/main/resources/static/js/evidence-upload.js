// Resumable upload of evidence files: declare the file, then send it in 8 MB chunks at the offset the server holds;
// after a failed chunk ask the server for its offset and go on from there: after a pause that grows, at once when the
// network comes back (online) or the page is shown again (a phone unlocked), and not before the network is back.
(function () {
    "use strict";
    var CHUNK = 8 * 1024 * 1024;
    var form = document.getElementById("upload-form");
    if (!form) {
        return;
    }
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    var progress = document.getElementById("upload-progress");
    var state = document.getElementById("upload-state");
    var error = document.getElementById("upload-error");

    function headers(extra) {
        var all = extra || {};
        if (token && header) {
            all[header.content] = token.content;
        }
        return all;
    }

    function problemText(response) {
        return response.json().then(function (problem) {
            return problem.detail || response.statusText;
        }, function () {
            return response.statusText;
        });
    }

    function show(message) {
        error.textContent = message;
        error.hidden = false;
    }

    function currentOffset(location) {
        return fetch(location, {method: "HEAD", headers: headers(), credentials: "same-origin"}).then(function (r) {
            if (!r.ok) {
                throw new Error(r.statusText);
            }
            return parseInt(r.headers.get("Upload-Offset"), 10);
        });
    }

    var button = form.querySelector("button[type=submit]");
    var uploading = false;

    // leaving the page mid-upload asks first; the upload resumes from the server's offset on a later try
    window.addEventListener("beforeunload", function (event) {
        if (uploading) {
            event.preventDefault();
            event.returnValue = "";
        }
    });

    // what the phone's camera or microphone recorded (the capture inputs) becomes the file to upload
    form.querySelectorAll("input[data-capture]").forEach(function (input) {
        input.addEventListener("change", function () {
            if (input.files.length > 0) {
                // a copy: the capture input is emptied so that recording again is a change too
                var transfer = new DataTransfer();
                transfer.items.add(input.files[0]);
                document.getElementById("upload-file").files = transfer.files;
                input.value = "";
            }
        });
    });

    // the pause before asking the server again: the timer, or sooner when the network returns or the page is shown;
    // while the browser knows itself offline, only the network's return ends it
    function pause(attempt) {
        return new Promise(function (resolve) {
            var timer = null;
            function wake() {
                if (timer !== null) {
                    clearTimeout(timer);
                }
                window.removeEventListener("online", wake);
                document.removeEventListener("visibilitychange", shown);
                resolve();
            }
            function shown() {
                if (document.visibilityState === "visible" && navigator.onLine !== false) {
                    wake();
                }
            }
            window.addEventListener("online", wake);
            if (navigator.onLine === false) {
                state.textContent = form.dataset.msgWaiting;
                return;
            }
            document.addEventListener("visibilitychange", shown);
            timer = setTimeout(wake, attempt === 0 ? 0 : Math.min(30000, 1000 * Math.pow(2, attempt - 1)));
        });
    }

    function busy(on) {
        uploading = on;
        button.disabled = on;
    }

    function send(file, location, offset, attempt) {
        progress.value = file.size === 0 ? 100 : Math.floor(offset * 100 / file.size);
        state.textContent = form.dataset.msgUploading + " " + progress.value + "%";
        if (offset >= file.size) {
            return Promise.resolve();
        }
        var chunk = file.slice(offset, Math.min(offset + CHUNK, file.size));
        return fetch(location, {
            method: "PATCH",
            credentials: "same-origin",
            headers: headers({"Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream"}),
            body: chunk
        }).then(function (r) {
            if (r.ok) {
                return r.json().then(function (status) {
                    return send(file, location, status.offset, 0);
                });
            }
            if (r.status === 409 && attempt < 20) {
                // another request still holds the upload, or the offset moved: wait a little, ask, go on
                return new Promise(function (resolve) {
                    setTimeout(resolve, attempt === 0 ? 0 : 1000);
                }).then(function () {
                    return currentOffset(location);
                }).then(function (held) {
                    return send(file, location, held, attempt + 1);
                });
            }
            return problemText(r).then(function (text) {
                throw new Error(text);
            });
        }, function (networkError) {
            return resume(file, location, attempt, networkError);
        });
    }

    // after a lost connection: pause, ask the server how much it holds, and send on from there
    function resume(file, location, attempt, networkError) {
        if (attempt >= 20) {
            throw networkError;
        }
        state.textContent = form.dataset.msgResuming;
        var offline = navigator.onLine === false;
        return pause(attempt + 1).then(function () {
            state.textContent = form.dataset.msgResuming;
            return currentOffset(location);
        }).then(function (held) {
            return send(file, location, held, attempt + 1);
        }, function (stillDown) {
            // asking failed too: pause again (a spell offline does not count against the attempts)
            return resume(file, location, offline ? attempt : attempt + 1, stillDown);
        });
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        error.hidden = true;
        var file = document.getElementById("upload-file").files[0];
        if (!file) {
            show(form.dataset.msgChoose);
            return;
        }
        var captured = document.getElementById("upload-captured").value;
        var body = {
            fileName: file.name,
            size: file.size,
            action: document.getElementById("upload-action").value || null,
            capturedAt: captured || null,
            deviceId: document.getElementById("upload-device").value || null
        };
        progress.hidden = false;
        state.textContent = form.dataset.msgUploading;
        busy(true);
        fetch("/api/cases/" + form.dataset.case + "/evidence/uploads", {
            method: "POST",
            credentials: "same-origin",
            headers: headers({"Content-Type": "application/json", "Accept": "application/json"}),
            body: JSON.stringify(body)
        }).then(function (r) {
            if (r.status !== 201) {
                return problemText(r).then(function (text) {
                    throw new Error(text);
                });
            }
            var location = r.headers.get("Location");
            return send(file, location, 0, 0);
        }).then(function () {
            progress.value = 100;
            state.textContent = form.dataset.msgDone;
            busy(false);
            window.location.reload();
        }).catch(function (e) {
            busy(false);
            state.textContent = "";
            show(e.message);
        });
    });
})();
