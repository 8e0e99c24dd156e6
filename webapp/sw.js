/* The trainer's installable app: opens the start page and the lessons kept on the device when there is no
   network (they are drawn from IndexedDB by js/offline.js, see js/device.js), and keeps the styles and scripts
   those pages need. Everything else goes to the network as usual. It talks to no host but this application. */
"use strict";
var CACHE = "ffit-offline-v1";
var ROOT = new URL("./", self.location).pathname;
var OFFLINE_PAGE = ROOT + "attendance/offline.xhtml";
/** the pages a trainer opens to take attendance: with no network they open as the offline page */
var OFFLINE_PATHS = [ROOT, ROOT + "index.xhtml", ROOT + "attendance/take.xhtml"];

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) {
  // no navigation preload: the browser would send it for every page in scope, also those this worker leaves to
  // the network, and then request the page a second time (a Faces flash message was lost to the first request)
  var preload = self.registration.navigationPreload ? self.registration.navigationPreload.disable()
    : Promise.resolve();
  event.waitUntil(preload.then(function () { return caches.keys(); }).then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("ffit-") === 0 && n !== CACHE; })
      .map(function (n) { return caches["delete"](n); }));
  }).then(function () { return self.clients.claim(); }));
});

/** Keeps what a page asks for: its styles and scripts, and the offline page with what that one loads. */
self.addEventListener("message", function (event) {
  if (event.data && Array.isArray(event.data.keep)) { event.waitUntil(keep(event.data.keep)); }
});
function keep(urls) {
  return caches.open(CACHE).then(function (cache) {
    return Promise.all(urls.filter(sameApp).map(function (url) {
      var page = new URL(url, self.location).pathname === OFFLINE_PAGE;
      return fetch(url, { credentials: "same-origin", cache: page ? "no-store" : "default" }).then(function (r) {
        // a page that answers with the sign-in page (redirected) is not the offline page: keep the old one
        if (!r.ok || r.redirected) { return; }
        if (!page) { return cache.put(url, r); }
        return r.clone().text().then(function (html) {
          var found = [], pattern = /(?:src|href)="([^"]*\/jakarta\.faces\.resource\/[^"]+)"/g, m;
          while ((m = pattern.exec(html)) !== null) { found.push(m[1].replace(/&amp;/g, "&")); }
          return cache.put(OFFLINE_PAGE, r).then(function () {
            return Promise.all(found.map(function (u) {
              return cache.match(u).then(function (hit) {
                return hit || fetch(u, { credentials: "same-origin" }).then(function (res) {
                  if (res.ok) { return cache.put(u, res); }
                });
              });
            }));
          });
        });
      })["catch"](function () { /* offline now: the next page online keeps it */ });
    }));
  });
}
function sameApp(url) {
  var u = new URL(url, self.location);
  return u.origin === self.location.origin && u.pathname.indexOf(ROOT) === 0;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || !sameApp(request.url)) { return; }
  var path = new URL(request.url).pathname;
  if (request.mode === "navigate" && OFFLINE_PATHS.indexOf(path) >= 0) {
    // network first: online the trainer gets the live page; with no network the offline page
    event.respondWith(fetch(request)["catch"](function () {
      return caches.match(OFFLINE_PAGE).then(function (page) { return page || Response.error(); });
    }));
  } else if (path.indexOf(ROOT + "jakarta.faces.resource/") === 0) {
    // styles and scripts: from the device at once, refreshed from the network behind it; kept only while the
    // device keeps a copy (a signed-out device keeps nothing: js/device.js removed the cache)
    event.respondWith(caches.has(CACHE).then(function (kept) {
      if (!kept) { return fetch(request); }
      return caches.open(CACHE);
    }).then(function (cacheOrResponse) {
      if (cacheOrResponse instanceof Response) { return cacheOrResponse; }
      var cache = cacheOrResponse;
      return cache.match(request).then(function (hit) {
        var fresh = fetch(request).then(function (response) {
          if (response.ok) { cache.put(request, response.clone()); }
          return response;
        });
        if (hit) { fresh["catch"](function () {}); return hit; }
        return fresh;
      });
    }));
  }
});
