// Behaviour that used to sit inline in the templates; the Content-Security-Policy forbids inline script.
(function () {
  "use strict";
  // htmx would otherwise inject an inline <style> for its indicators, which the policy blocks.
  if (window.htmx) { window.htmx.config.includeIndicatorStyles = false; }
  // htmx requests carry the CSRF token read from the page's meta tag.
  document.addEventListener("htmx:configRequest", function (e) {
    var t = document.querySelector("meta[name=csrf-token]");
    if (t) { e.detail.headers["X-CSRFToken"] = t.content; }
  });
  // <form data-confirm="Câu hỏi?"> or <button data-confirm="…"> asks before submitting
  // (replaces inline onsubmit/onclick confirm handlers, which the CSP blocks).
  document.addEventListener("submit", function (e) {
    var form = e.target;
    var button = e.submitter;
    var question = (button && button.dataset && button.dataset.confirm) ||
      (form && form.dataset && form.dataset.confirm);
    if (question && !window.confirm(question)) {
      e.preventDefault();
    }
  }, true);
  // <form data-reset-on-success> empties itself once htmx has saved it, so a second click cannot add the same
  // row twice (replaces hx-on::after-request="this.reset()", an inline handler the CSP blocks).
  document.addEventListener("htmx:afterRequest", function (e) {
    var form = e.detail && e.detail.elt;
    if (form && form.tagName === "FORM" && form.dataset && form.dataset.resetOnSuccess !== undefined &&
        e.detail.successful) {
      form.reset();
      var first = form.querySelector("input:not([type=hidden]), select, textarea");
      if (first) { first.focus(); }
    }
  });
  // <input data-select-on-focus> selects its whole value when focused (replaces onfocus="this.select()").
  document.addEventListener("focusin", function (e) {
    var el = e.target;
    if (el && el.dataset && el.dataset.selectOnFocus !== undefined && el.select) { el.select(); }
  });
  // File fields (web/_file_input.html): the chosen file's name beside "Chọn tệp…", in Vietnamese, in place of the
  // browser's English "No file chosen".
  function showFiles(input) {
    var out = document.getElementById(input.id + "-ten");
    if (!out) { return; }
    var names = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
    out.textContent = names.length ? names.join(", ") : (out.dataset.empty || "");
  }
  document.addEventListener("change", function (e) {
    var el = e.target;
    if (el && el.classList && el.classList.contains("file-input")) { showFiles(el); }
  });
  // A file chosen before this script ran (the page still loading, or restored by the browser's back button)
  // fired its change event too early: show it now.
  Array.prototype.forEach.call(document.querySelectorAll(".file-input"), showFiles);
  document.addEventListener("reset", function (e) {
    var form = e.target;
    window.setTimeout(function () {
      Array.prototype.forEach.call(form.querySelectorAll(".file-input"), showFiles);
    }, 0);
  });
  // A wide table scrolls inside its own box (.table-wrap) instead of widening the page. A box that scrolls becomes a
  // named region Tab can reach, so keyboard users can scroll it too; one that fits stays out of the way.
  function labelOf(box) {
    var caption = box.querySelector("caption");
    if (caption && caption.textContent.trim()) { return caption.textContent.trim(); }
    for (var el = box.previousElementSibling; el; el = el.previousElementSibling) {
      if (/^H[1-6]$/.test(el.tagName)) { return el.textContent.trim(); }
    }
    return "Bảng";
  }
  function tableBoxes(root) {
    Array.prototype.forEach.call(root.querySelectorAll("table"), function (table) {
      if (!table.closest(".table-wrap") && table.parentNode) {
        var box = document.createElement("div");
        box.className = "table-wrap";
        table.parentNode.insertBefore(box, table);
        box.appendChild(table);
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".table-wrap"), function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.dataset.scrolls = box.hasAttribute("aria-label") ? "" : "named";
        if (box.dataset.scrolls) { box.setAttribute("aria-label", labelOf(box) + " (cuộn ngang để xem hết)"); }
      } else if (!scrolls && box.dataset.scrolls !== undefined) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        if (box.dataset.scrolls) { box.removeAttribute("aria-label"); }
        delete box.dataset.scrolls;
      }
    });
  }
  var pending = false;
  function later() {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; tableBoxes(document); });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", later);
  } else {
    later();
  }
  window.addEventListener("resize", later);
  document.addEventListener("htmx:afterSettle", later);
  // A row htmx removes (a target deleted with its "Xóa" button) takes the focus with it, and the next Tab would start
  // from the top of the page: hand the focus to the next control still shown (or else the previous one).
  var FOCUSABLE = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), " +
    "button:not([disabled]), a[href], summary, [tabindex]:not([tabindex='-1'])";
  var lost = null;
  document.addEventListener("htmx:beforeSwap", function (e) {
    var target = e.detail && e.detail.target;
    var active = document.activeElement;
    lost = null;
    if (target && active && active !== document.body && target.contains(active)) {
      var all = Array.prototype.slice.call(document.querySelectorAll(FOCUSABLE));
      var at = all.indexOf(active);
      lost = all.slice(at + 1).concat(all.slice(0, Math.max(at, 0)).reverse());
    }
  });
  // afterRequest reaches the document even when the row that sent the request is gone; the swap is done by then.
  function refocus() {
    var around = lost;
    lost = null;
    var active = document.activeElement;
    if (!around || (active && active !== document.body && document.body.contains(active))) { return; }
    for (var i = 0; i < around.length; i++) {
      var el = around[i];
      if (document.body.contains(el) && el.getClientRects().length) { el.focus(); return; }
    }
  }
  document.addEventListener("htmx:afterRequest", refocus);
  document.addEventListener("htmx:afterSettle", refocus);
  // Keyboard. A refused form's summary of errors (web/_error_summary.html) takes the focus when the page opens, so
  // a keyboard or screen-reader user starts from it instead of the top of the page; each of its links then moves
  // the focus into its field (following a "#id" link alone only scrolls, the next Tab would start after the field).
  function focusSummary() {
    var summary = document.getElementById("loi-nhap");
    var active = document.activeElement;
    if (summary && (!active || active === document.body)) { summary.focus(); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusSummary);
  } else {
    focusSummary();
  }
  document.addEventListener("click", function (e) {
    var link = e.target && e.target.closest ? e.target.closest(".error-summary a[href^='#']") : null;
    if (!link) { return; }
    var field = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (!field || typeof field.focus !== "function") { return; }
    e.preventDefault();
    var label = field.labels && field.labels.length ? field.labels[0] : null;
    (label || field).scrollIntoView({block: "center"});
    field.focus({preventScroll: true});
  });
  // <button data-print> prints the page (replaces onclick="window.print()", an inline handler the CSP blocks).
  document.addEventListener("click", function (e) {
    var button = e.target && e.target.closest ? e.target.closest("[data-print]") : null;
    if (button) { e.preventDefault(); window.print(); }
  });
})();
