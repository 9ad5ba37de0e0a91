// The console as an installed web app: this worker keeps only the static shell (stylesheet, scripts, icons, the
// offline page) for when the network is gone. Case pages, evidence and every /api answer always go to the server and
// are never stored here.
"use strict";
var CACHE = "sunlight-shell-1";
var SHELL = [
    "/css/sunlight.css",
    "/js/sunlight.js",
    "/js/evidence-upload.js",
    "/images/app-icon.svg",
    "/images/app-192.png",
    "/offline.html"
];

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) {
        return cache.addAll(SHELL);
    }));
});

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) {
            return name !== CACHE;
        }).map(function (name) {
            return caches.delete(name);
        }));
    }));
});

function shell(url) {
    return url.origin === self.location.origin
        && (SHELL.indexOf(url.pathname) >= 0 || url.pathname.indexOf("/webjars/") === 0);
}

self.addEventListener("fetch", function (event) {
    var request = event.request;
    if (request.method !== "GET") {
        return;
    }
    var url = new URL(request.url);
    if (shell(url)) {
        // the shell from the network while there is one (so that a new version shows at once), else as kept
        event.respondWith(fetch(request).then(function (response) {
            if (response.ok) {
                var copy = response.clone();
                caches.open(CACHE).then(function (cache) {
                    cache.put(request, copy);
                });
            }
            return response;
        }, function () {
            return caches.match(request);
        }));
    } else if (request.mode === "navigate") {
        // a page is never kept: without a network the offline page says so
        event.respondWith(fetch(request).catch(function () {
            return caches.match("/offline.html");
        }));
    }
    // everything else (the API, evidence, documents) is the browser's own business, untouched
});
