/* The trainer's device: what it keeps so that attendance can be taken with no network at all.
   - a copy of the trainer's lessons (the next 14 days, and the last 30 days' lessons without attendance), fetched
     from /api/attendance-device/lessons while online and kept in IndexedDB;
   - marks not yet saved (drafts) and saves not yet sent (the outbox), also in IndexedDB, so that they survive
     closing the tab, the browser, or restarting the device;
   - each queued save carries a key of its own: the server writes a save that arrives twice only once.
   Signing out removes all of it (shared tablets), and so does 14 days without use. The service worker (sw.js)
   opens the start page and the lessons from the cache when there is no network. Nothing here talks to any host
   but this application. */
(function () {
  "use strict";
  var DB = "ffit-campus-device", VERSION = 1, UNUSED_DAYS = 14, TIMEOUT_MS = 15000;
  var root = (document.documentElement.getAttribute("data-root") || "/").replace(/\/?$/, "/");
  var opened = null;

  function open() {
    if (opened) { return opened; }
    opened = new Promise(function (resolve, reject) {
      if (!window.indexedDB) { reject(new Error("no IndexedDB")); return; }
      var request = indexedDB.open(DB, VERSION);
      request.onupgradeneeded = function () {
        var db = request.result;
        db.createObjectStore("lessons", { keyPath: "id" });
        db.createObjectStore("drafts", { keyPath: "lessonId" });
        var outbox = db.createObjectStore("outbox", { keyPath: "key" });
        outbox.createIndex("lessonId", "lessonId");
        db.createObjectStore("meta", { keyPath: "name" });
      };
      request.onsuccess = function () {
        var db = request.result;
        // another tab removes the copy (sign-out, 14 days unused): let go of it at once
        db.onversionchange = function () { db.close(); opened = null; };
        resolve(db);
      };
      request.onerror = function () { reject(request.error); };
      request.onblocked = function () { reject(new Error("blocked")); };
    });
    return opened;
  }
  /** Runs fn(store...) in one transaction over the named stores; resolves with what fn's last request gave. */
  function tx(stores, mode, fn) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(stores, mode), result;
        var request = fn.apply(null, stores.map(function (s) { return t.objectStore(s); }));
        if (request) { request.onsuccess = function () { result = request.result; }; }
        t.oncomplete = function () { resolve(result); };
        t.onerror = function () { reject(t.error); };
        t.onabort = function () { reject(t.error); };
      });
    });
  }
  function get(store, key) { return tx([store], "readonly", function (s) { return s.get(key); }); }
  function all(store) { return tx([store], "readonly", function (s) { return s.getAll(); }); }
  function put(store, value) { return tx([store], "readwrite", function (s) { return s.put(value); }); }
  function remove(store, key) { return tx([store], "readwrite", function (s) { return s["delete"](key); }); }

  /** A key no other save of any device will have: the server remembers it for this save. */
  function newKey() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  /** fetch with a time limit: a hotspot that swallows a request must not leave the trainer waiting for ever. */
  function call(method, path, body) {
    var abort = new AbortController();
    var timer = setTimeout(function () { abort.abort(); }, TIMEOUT_MS);
    var headers = { "Accept": "application/json", "X-Campus-Device": "1",
      "Accept-Language": document.documentElement.lang || "de" };
    if (body) { headers["Content-Type"] = "application/json"; }
    return fetch(root + "api/attendance-device/" + path, {
      method: method, headers: headers, body: body ? JSON.stringify(body) : undefined,
      credentials: "same-origin", cache: "no-store", signal: abort.signal
    }).then(function (response) {
      clearTimeout(timer);
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
        return { status: response.status, json: json };
      });
    }, function (error) {
      clearTimeout(timer);
      // no answer at all: offline, the connection dropped, or the time limit ran out
      return { status: 0, json: null, error: error };
    });
  }

  function touch() { return put("meta", { name: "lastUsed", at: Date.now() }).catch(function () {}); }

  /** The copy is removed after 14 days without use: a lost or shared device does not keep learners' names. */
  function expireUnused() {
    return get("meta", "lastUsed").then(function (used) {
      if (used && Date.now() - used.at > UNUSED_DAYS * 86400000) { return forget(); }
    }).catch(function () {});
  }

  /** Everything the device keeps, gone: on sign-out, and after 14 days unused. */
  function forget() {
    var done = opened ? opened.then(function (db) { db.close(); }, function () {}) : Promise.resolve();
    opened = null;
    return done.then(function () {
      return new Promise(function (resolve) {
        var request = indexedDB.deleteDatabase(DB);
        request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
      });
    }).then(function () {
      if (window.caches) {
        return caches.keys().then(function (names) {
          return Promise.all(names.filter(function (n) { return n.indexOf("ffit-") === 0; })
            .map(function (n) { return caches["delete"](n); }));
        });
      }
    }).catch(function () {});
  }

  /** Refreshes the device's copy of the trainer's lessons; an account change on a shared device starts anew. */
  function sync() {
    return call("GET", "lessons").then(function (answer) {
      if (answer.status !== 200 || !answer.json) { return answer; }
      var copy = answer.json;
      return get("meta", "account").then(function (known) {
        var start = known && known.account !== copy.account ? forget() : Promise.resolve();
        return start.then(function () {
          return tx(["lessons", "meta"], "readwrite", function (lessons, meta) {
            lessons.clear();
            copy.lessons.forEach(function (l) { l.syncedAt = Date.now(); lessons.put(l); });
            meta.put({ name: "account", account: copy.account });
            return meta.put({ name: "synced", at: Date.now() });
          });
        });
      }).then(function () { return answer; });
    });
  }

  /** Puts a save into the outbox; it stays there until the server has answered it. */
  function queue(lessonId, changes) {
    var entry = { key: newKey(), lessonId: lessonId, changes: changes, queuedAt: Date.now() };
    return put("outbox", entry).then(function () { return entry; });
  }
  function waiting(lessonId) {
    return tx(["outbox"], "readonly", function (s) { return s.index("lessonId").getAll(lessonId); });
  }
  /**
   * Sends one queued save. Resolves with {status, json}: 200 with the server's answer (the entry is gone from
   * the outbox), 0 when there was no answer or 5xx (it stays, to be sent again), 401 when the sign-in ended (it
   * stays, sent after signing in again), another 4xx when the server refused it for good (it is removed, and the
   * marks stay on the page for the trainer to see).
   */
  function send(entry) {
    return call("POST", "lessons/" + entry.lessonId + "/saves", { key: entry.key, changes: entry.changes })
      .then(function (answer) {
        var final = answer.status === 200 || (answer.status >= 400 && answer.status < 500 && answer.status !== 401
          && answer.status !== 408 && answer.status !== 429);
        var done = final ? remove("outbox", entry.key) : Promise.resolve();
        return done.then(function () {
          if (answer.status === 200 && answer.json && answer.json.lesson) {
            var lesson = answer.json.lesson;
            lesson.syncedAt = Date.now();
            return put("lessons", lesson).then(function () { return answer; });
          }
          return answer;
        });
      });
  }
  var flushing = null;
  /** Sends every waiting save, oldest first; each answer is told to the page as a "campus:answer" event. */
  function flush() {
    if (flushing) { return flushing; }
    flushing = all("outbox").then(function (entries) {
      entries.sort(function (a, b) { return a.queuedAt - b.queuedAt; });
      var chain = Promise.resolve();
      var stop = false;
      entries.forEach(function (entry) {
        chain = chain.then(function () {
          if (stop) { return; }
          return send(entry).then(function (answer) {
            if (answer.status === 0 || answer.status === 401) { stop = true; }
            document.dispatchEvent(new CustomEvent("campus:answer", { detail: { entry: entry, answer: answer } }));
          });
        });
      });
      return chain;
    }).catch(function () {}).then(function () { flushing = null; });
    return flushing;
  }

  function registerWorker() {
    if (!("serviceWorker" in navigator)) { return; }
    navigator.serviceWorker.register(root + "sw.js", { scope: root }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // what this page loaded (styles, scripts) and the offline page are kept for opening without a network
      var urls = performance.getEntriesByType("resource").map(function (e) { return e.name; })
        .filter(function (u) { return u.indexOf(location.origin + root + "jakarta.faces.resource/") === 0; });
      var shell = document.documentElement.getAttribute("data-offline-page");
      if (shell) { urls.push(shell); }
      if (registration.active) { registration.active.postMessage({ keep: urls }); }
    }).catch(function () { /* no service worker (private window, old browser): online use is unaffected */ });
  }

  window.campusDevice = {
    root: root, get: get, all: all, put: put, remove: remove, queue: queue, waiting: waiting, send: send,
    flush: flush, sync: sync, forget: forget, touch: touch, newKey: newKey,
    ready: expireUnused().then(touch)
  };

  // sign-out removes the device's copy first (the form then posts as usual)
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form && form.id === "account" && !form.hasAttribute("data-forgotten")) {
      e.preventDefault();
      var submitter = e.submitter;
      forget().then(function () {
        form.setAttribute("data-forgotten", "true");
        if (form.requestSubmit) { form.requestSubmit(submitter || undefined); } else { form.submit(); }
      });
    }
  }, true);

  if (document.documentElement.hasAttribute("data-staff")) {
    window.campusDevice.ready.then(function () {
      registerWorker();
      if (navigator.onLine !== false) {
        // what waits is sent first, then the copy is refreshed with what the server has now: on the lesson and
        // start pages, elsewhere at most every five minutes (every staff page would otherwise ask for it)
        var wanted = /\/(index\.xhtml|attendance\/take\.xhtml)?$/.test(location.pathname);
        flush().then(function () { return get("meta", "synced"); }).then(function (synced) {
          if (wanted || !synced || Date.now() - synced.at > 5 * 60000) { return sync(); }
        }).catch(function () {});
      }
    });
  }
})();
