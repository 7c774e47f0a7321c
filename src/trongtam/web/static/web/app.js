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
})();
