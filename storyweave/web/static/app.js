// storyweave: small enhancements; every page works without them.
// Text from the server is only ever set with textContent, never parsed as HTML.
"use strict";

function setupHighlightToggles() {
  document.querySelectorAll(".hl-toggle").forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      document.body.classList.toggle("hide-" + button.dataset.kind, !on);
    });
  });
}

function formatBytes(n) {
  return n.toLocaleString() + " bytes";
}

function setupUpload() {
  var form = document.getElementById("upload-form");
  if (!form) return;
  var input = document.getElementById("files");
  var chosen = document.getElementById("chosen");
  var zone = document.getElementById("dropzone");
  var error = document.getElementById("upload-error");
  var box = document.getElementById("upload-progress");
  var bar = document.getElementById("upload-bar");
  var button = document.getElementById("upload-button");
  var accepted = (input.getAttribute("accept") || "").split(",");
  var maxBytes = parseInt(form.dataset.maxBytes, 10);

  function showError(text) {
    error.textContent = text;
    error.hidden = !text;
  }

  function listChosen() {
    chosen.textContent = "";
    var total = 0;
    Array.prototype.forEach.call(input.files, function (file) {
      total += file.size;
      var item = document.createElement("li");
      var name = document.createElement("span");
      name.textContent = file.name;
      var size = document.createElement("span");
      var known = accepted.some(function (suffix) { return file.name.toLowerCase().endsWith(suffix); });
      size.textContent = known ? formatBytes(file.size) : "unsupported format";
      if (!known) size.className = "bad";
      item.appendChild(name);
      item.appendChild(size);
      chosen.appendChild(item);
    });
    showError(total > maxBytes ? "Together these files are " + formatBytes(total) + "; one upload may carry " + formatBytes(maxBytes) + "." : "");
  }

  input.addEventListener("change", listChosen);
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("dragging"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function () { zone.classList.remove("dragging"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    input.files = event.dataTransfer.files;
    listChosen();
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!input.files.length) { showError("Choose at least one file."); return; }
    showError("");
    button.disabled = true;
    box.hidden = false;
    var request = new XMLHttpRequest();
    request.open("POST", form.dataset.api);
    request.responseType = "json";
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total);
    });
    request.addEventListener("load", function () {
      var body = request.response || {};
      if (request.status === 202 && body.job) {
        window.location.assign("/ingest/jobs/" + encodeURIComponent(body.job.id));
      } else {
        button.disabled = false;
        box.hidden = true;
        showError(body.error || ("Upload failed (" + request.status + ")"));
      }
    });
    request.addEventListener("error", function () {
      button.disabled = false;
      box.hidden = true;
      showError("The upload did not reach the server.");
    });
    request.send(new FormData(form));
  });
}

function setupJobPolling() {
  var job = document.getElementById("job");
  if (!job || (job.dataset.state !== "queued" && job.dataset.state !== "running")) return;
  var bar = document.getElementById("job-bar");
  var stage = document.getElementById("job-stage");
  function poll() {
    fetch("/api/ingest/jobs/" + encodeURIComponent(job.dataset.job), { headers: { "Accept": "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        var state = body.job ? body.job.state : "failed";
        if (state === "done" || state === "failed") { window.location.reload(); return; }
        if (body.job.total) { bar.max = body.job.total; bar.value = body.job.done; }
        stage.textContent = (body.job.stage || state) + (body.job.total ? " " + body.job.done + " / " + body.job.total : "");
        window.setTimeout(poll, 400);
      })
      .catch(function () { window.setTimeout(poll, 1500); });
  }
  window.setTimeout(poll, 300);
}

document.addEventListener("DOMContentLoaded", function () {
  setupHighlightToggles();
  setupUpload();
  setupJobPolling();
});
