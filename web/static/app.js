/* clausecheck: small enhancements over pages that work without JavaScript.
   - upload: drag and drop, a vendor field per file (prefilled with the server's guess), one request
     per file so each gets its own message, progress polled from /api/jobs/<id>;
   - document page: a citation opens its page image with the quote highlighted, in a dialog.
   Text from documents is only ever set with textContent, never as HTML. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function jsonOrError(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      if (!response.ok) {
        var message = body.error || ("the server answered " + response.status);
        throw new Error(message);
      }
      return body;
    });
  }

  // --- upload ---------------------------------------------------------------------------------

  function setupUpload() {
    var form = document.getElementById("upload-form");
    if (!form) return;
    var input = document.getElementById("files");
    var zone = document.getElementById("dropzone");
    var chosen = document.getElementById("chosen");
    var vendorField = document.getElementById("vendor-field");
    var jobsList = document.getElementById("jobs");
    var button = document.getElementById("analyse-button");

    function listChosen() {
      chosen.textContent = "";
      var files = Array.prototype.slice.call(input.files || []);
      vendorField.classList.toggle("has-files", files.length > 0);
      files.forEach(function (file, i) {
        var li = el("li");
        li.appendChild(el("span", { "class": "file-name" }, file.name + " (" + Math.max(1, Math.round(file.size / 1024)) + " KB)"));
        var id = "vendor-" + i;
        var label = el("label", { "for": id }, text("vendor-for") + " " + file.name);
        var field = el("input", { type: "text", id: id, maxlength: "120", autocomplete: "off", "data-index": String(i) });
        var wrap = el("div");
        wrap.appendChild(label);
        wrap.appendChild(field);
        li.appendChild(wrap);
        chosen.appendChild(li);
        fetch("/api/vendor-guess?filename=" + encodeURIComponent(file.name), { credentials: "same-origin" })
          .then(jsonOrError)
          .then(function (body) { if (!field.value) field.value = body.vendor || ""; })
          .catch(function () { /* leave it empty: the server guesses again */ });
      });
    }

    input.addEventListener("change", listChosen);

    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add("dragover");
      });
    });
    ["dragleave", "drop"].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.remove("dragover");
      });
    });
    zone.addEventListener("drop", function (event) {
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        listChosen();
      }
    });

    form.addEventListener("submit", function (event) {
      var files = Array.prototype.slice.call(input.files || []);
      if (!files.length) return; // the server says what is missing
      event.preventDefault();
      button.disabled = true;
      var vendors = chosen.querySelectorAll("input[data-index]");
      var passwordField = document.getElementById("password");
      var password = passwordField ? passwordField.value : "";
      var rows = files.map(function (file, i) {
        var row = jobRow(file.name, vendors[i] ? vendors[i].value : "");
        jobsList.insertBefore(row, jobsList.firstChild);
        return { file: file, vendor: vendors[i] ? vendors[i].value : "", password: password, row: row };
      });
      input.value = "";
      if (passwordField) passwordField.value = "";
      chosen.textContent = "";
      vendorField.classList.remove("has-files");
      // The button is free again once the files are uploaded: more can be queued while these run.
      var uploaded = rows.map(function (item) { return send(item); });
      Promise.all(uploaded).then(function () { button.disabled = false; });
    });

    function send(item) {
      var data = new FormData();
      data.append("csrf_token", csrf);
      data.append("files", item.file, item.file.name);
      data.append("vendor", item.vendor);
      if (item.password) data.append("password", item.password);
      return fetch("/api/documents", {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf, "Accept": "application/json" }
      })
        .then(jsonOrError)
        .then(function (body) {
          var job = body.jobs[0];
          item.row.setAttribute("data-job", job.id);
          track(item.row, job.id, job); // not waited for: the upload is done
        })
        .catch(function (error) { showError(item.row, error.message); });
    }
  }

  function jobRow(name, vendor) {
    var li = el("li", { "class": "job job-queued" });
    li.appendChild(el("span", { "class": "job-name" }, name));
    if (vendor) li.appendChild(el("span", { "class": "job-vendor" }, "(" + vendor + ")"));
    li.appendChild(el("progress", { max: "100", value: "0" }));
    li.appendChild(el("span", { "class": "job-status" }, text("uploading")));
    return li;
  }

  function showError(row, reason) {
    row.className = "job job-error";
    var bar = row.querySelector("progress");
    if (bar) bar.hidden = true;
    var status = row.querySelector(".job-status");
    status.textContent = "";
    status.appendChild(el("strong", {}, text("not-analysed") + " "));
    status.appendChild(document.createTextNode(reason));
  }

  // Words the script writes itself, in the page's language (the server sends the rest).
  function text(key) {
    var words = document.getElementById("js-words");
    return (words && words.getAttribute("data-" + key)) || key;
  }

  function cancelButton(row, id) {
    var old = row.querySelector(".job-cancel");
    if (old) old.remove();
    var form = el("form", { method: "post", action: "/jobs/" + encodeURIComponent(id) + "/cancel", "class": "job-cancel" });
    form.appendChild(el("button", { type: "submit", "class": "button button-small" }, text("cancel")));
    row.appendChild(form);
  }

  function render(row, job) {
    var cancel = row.querySelector(".job-cancel");
    if (job.finished && cancel) cancel.remove();
    if (!job.finished && !cancel) cancelButton(row, job.id);
    if (job.state === "error") {
      showError(row, job.error ? job.error.reason : "unknown error");
      return;
    }
    row.className = "job job-" + job.state;
    var bar = row.querySelector("progress");
    var status = row.querySelector(".job-status");
    if (job.state === "done") {
      if (bar) bar.hidden = true;
      status.textContent = job.label + (job.reread ? " (" + text("reread") + " " + job.engine + ")"
        : job.reused ? " (" + text("reused") + ")" : "") + " — ";
      status.appendChild(el("a", { href: "/documents/" + encodeURIComponent(job.document) }, text("open")));
      (job.warnings || []).forEach(function (warning) {
        status.appendChild(el("span", { "class": "job-warning" }, " " + text("warning") + " " + warning));
      });
    } else if (job.state === "cancelled") {
      if (bar) bar.hidden = true;
      status.textContent = job.label + (job.reason ? ": " + job.reason : "");
    } else {
      if (bar) bar.value = Math.round(job.fraction * 100);
      status.textContent = job.label + (job.time_left ? " · " + job.time_left : "");
    }
  }

  // Cancel without leaving the page (the plain form posts and comes back otherwise).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("job-cancel")) return;
    event.preventDefault();
    var row = form.closest("li[data-job]");
    var id = row.getAttribute("data-job");
    form.querySelector("button").disabled = true;
    fetch("/api/jobs/" + encodeURIComponent(id) + "/cancel", {
      method: "POST", credentials: "same-origin", headers: { "X-CSRF-Token": csrf, "Accept": "application/json" }
    }).then(jsonOrError).then(function (job) { render(row, job); })
      .catch(function (error) { showError(row, error.message); });
  });

  var tracking = [];

  function track(row, id, first) {
    if (first) render(row, first);
    return new Promise(function (resolve) {
      tracking.push(1);
      function poll() {
        fetch("/api/jobs/" + encodeURIComponent(id), { credentials: "same-origin", headers: { "Accept": "application/json" } })
          .then(jsonOrError)
          .then(function (job) {
            render(row, job);
            if (job.finished) return finish(job);
            setTimeout(poll, 700);
          })
          .catch(function (error) { showError(row, error.message); finish(null); });
      }
      function finish(job) {
        tracking.pop();
        if (job && job.state === "done") refreshLibrary(); // each new document shows at once
        resolve();
      }
      if (first && first.finished) finish(first); else setTimeout(poll, 300);
    });
  }

  // When an analysis ends, the document table is fetched again (the messages stay). Two jobs
  // that end together start two fetches: the table is looked up when an answer arrives, not when
  // its fetch started (the first answer replaces it), and an answer older than the one shown is
  // dropped, so the later, fuller table always stays.
  var librarySent = 0;
  var libraryShown = 0;

  function refreshLibrary() {
    if (!document.getElementById("library")) return;
    var sent = ++librarySent;
    fetch("/", { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var section = document.getElementById("library");
        if (sent < libraryShown || !section) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("library");
        if (!fresh) return;
        libraryShown = sent;
        section.replaceWith(document.importNode(fresh, true));
        document.body.setAttribute("data-library-updated", String(Date.now()));
      });
  }

  function resumeJobs() {
    var rows = document.querySelectorAll("#jobs li[data-job]");
    Array.prototype.forEach.call(rows, function (row) {
      if (!/job-(done|error)/.test(row.className)) track(row, row.getAttribute("data-job"));
    });
  }

  // --- citations: the page image with the quote's box --------------------------------------

  function setupViewer() {
    var dialog = document.getElementById("viewer");
    if (!dialog || typeof dialog.showModal !== "function") return;
    var frame = document.getElementById("viewer-frame");
    var title = document.getElementById("viewer-title");
    var where = document.getElementById("viewer-where");
    var quote = document.getElementById("viewer-quote");
    var error = document.getElementById("viewer-error");
    var link = document.getElementById("viewer-link");
    var opener = null;

    document.getElementById("viewer-close").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () { if (opener) opener.focus(); });
    dialog.addEventListener("click", function (event) { if (event.target === dialog) dialog.close(); });

    document.addEventListener("click", function (event) {
      var a = event.target.closest ? event.target.closest("a.cite") : null;
      if (!a || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      opener = a;
      var section = a.getAttribute("data-section");
      title.textContent = a.getAttribute("data-title");
      where.textContent = "Page " + a.getAttribute("data-page") + (section ? " · " + section : "");
      var block = a.closest(".citation") && a.closest(".citation").querySelector("blockquote");
      quote.textContent = block ? block.textContent : "";
      link.href = a.href;
      error.hidden = true;
      frame.textContent = "";
      var img = el("img", { alt: "Page " + a.getAttribute("data-page") + " with the quote highlighted" });
      img.addEventListener("error", function () {
        fetch(img.src, { credentials: "same-origin", headers: { "Accept": "application/json" } })
          .then(jsonOrError)
          .catch(function (e) { error.textContent = "The page image could not be shown: " + e.message; error.hidden = false; });
      });
      img.src = a.getAttribute("data-image");
      frame.appendChild(img);
      var w = parseFloat(a.getAttribute("data-width"));
      var h = parseFloat(a.getAttribute("data-height"));
      var box = (a.getAttribute("data-bbox") || "").split(",").map(parseFloat);
      if (w > 0 && h > 0 && box.length === 4 && box.every(isFinite)) {
        var svg = document.createElementNS(SVG, "svg");
        svg.setAttribute("class", "overlay");
        svg.setAttribute("viewBox", "0 0 " + w + " " + h);
        svg.setAttribute("preserveAspectRatio", "none");
        svg.setAttribute("aria-hidden", "true");
        var rect = document.createElementNS(SVG, "rect");
        rect.setAttribute("class", "highlight");
        rect.setAttribute("x", box[0] - 3);
        rect.setAttribute("y", box[1] - 3);
        rect.setAttribute("width", box[2] - box[0] + 6);
        rect.setAttribute("height", box[3] - box[1] + 6);
        rect.setAttribute("rx", "3");
        svg.appendChild(rect);
        frame.appendChild(svg);
        img.addEventListener("load", function () {
          // Bring the highlighted quote into view inside the dialog.
          var top = (box[1] / h) * img.clientHeight;
          dialog.scrollTop = Math.max(0, frame.offsetTop + top - dialog.clientHeight / 3);
        });
      }
      dialog.showModal();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupUpload();
    resumeJobs();
    setupViewer();
  });
})();
