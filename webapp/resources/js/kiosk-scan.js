/* Learner kiosk: reads the QR code on a learner card through the device camera.
   FfitScan.start(video, onCode, onProblem) shows the camera in the given <video> and looks for a QR code about
   seven times a second; the first code found goes to onCode(text) once, and the camera is switched off.
   onProblem(kind) says why there is no scanning: "unsupported" (no camera API here, or not a secure context, or
   the decoder did not load), "denied" (the camera was refused) or "unavailable" (no camera, busy, or lost).
   FfitScan.stop() switches the camera off; it may be called at any time, any number of times. The camera is also
   switched off when the page is hidden, so it never stays on behind another tab or a locked screen; a page that
   wants to go on scanning when it is shown again calls start() from its own visibilitychange handler.
   The decoder (jsQR) is loaded as a global by a separate <script> before this file is used. */
(function () {
  "use strict";

  var INTERVAL_MS = 150;
  var MAX_WIDTH = 640;

  /** The scan under way, or null. A new start() or a stop() replaces it, and late answers of an old one are ignored. */
  var current = null;

  function stopTracks(stream) {
    if (!stream) { return; }
    stream.getTracks().forEach(function (track) { track.stop(); });
  }

  function stop() {
    var scan = current;
    current = null;
    if (!scan) { return; }
    if (scan.timer) { clearInterval(scan.timer); }
    stopTracks(scan.stream);
    try { scan.video.pause(); } catch (ignored) { /* nothing playing */ }
    scan.video.srcObject = null;
  }

  function kindOf(error) {
    var name = error && error.name;
    return name === "NotAllowedError" || name === "PermissionDeniedError" ? "denied" : "unavailable";
  }

  /** One frame: drawn downscaled onto an offscreen canvas and given to the decoder. */
  function look(scan) {
    if (current !== scan) { return; }
    var video = scan.video;
    if (video.readyState < 2 || !video.videoWidth || !video.videoHeight) { return; }
    var scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    var width = Math.max(1, Math.round(video.videoWidth * scale));
    var height = Math.max(1, Math.round(video.videoHeight * scale));
    if (!scan.canvas) {
      scan.canvas = document.createElement("canvas");
    }
    if (scan.canvas.width !== width || scan.canvas.height !== height) {
      scan.canvas.width = width;
      scan.canvas.height = height;
      scan.context = null;
    }
    if (!scan.context) {
      scan.context = scan.canvas.getContext("2d", { willReadFrequently: true });
    }
    var found;
    try {
      scan.context.drawImage(video, 0, 0, width, height);
      var image = scan.context.getImageData(0, 0, width, height);
      found = window.jsQR(image.data, width, height, { inversionAttempts: "dontInvert" });
    } catch (ignored) {
      return; // a frame that could not be read: the next one will do
    }
    if (found && found.data) {
      stop();
      scan.onCode(found.data);
    }
  }

  function start(video, onCode, onProblem) {
    stop();
    var problem = typeof onProblem === "function" ? onProblem : function () {};
    if (!window.isSecureContext || !navigator.mediaDevices
        || typeof navigator.mediaDevices.getUserMedia !== "function" || typeof window.jsQR !== "function") {
      problem("unsupported");
      return;
    }
    var scan = { video: video, onCode: onCode, stream: null, timer: 0, canvas: null, context: null };
    current = scan;
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (stream) {
      if (current !== scan) { // stopped (or started again) while the browser was asking
        stopTracks(stream);
        return;
      }
      scan.stream = stream;
      stream.getVideoTracks().forEach(function (track) {
        track.addEventListener("ended", function () { // unplugged, or taken by the system
          if (current === scan) { stop(); problem("unavailable"); }
        });
      });
      video.setAttribute("playsinline", "");
      video.playsInline = true;
      video.muted = true;
      video.srcObject = stream;
      var playing = video.play();
      if (playing && typeof playing.catch === "function") { playing.catch(function () { /* frames still come */ }); }
      scan.timer = setInterval(function () { look(scan); }, INTERVAL_MS);
    }, function (error) {
      if (current !== scan) { return; }
      stop();
      problem(kindOf(error));
    });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { stop(); }
  });
  window.addEventListener("pagehide", stop);

  window.FfitScan = { start: start, stop: stop };
})();
