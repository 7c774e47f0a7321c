// The hand-down table's running total, as typed: for counts and amounts the sum of the communes' shares
// against the province's figure; for a rate weighted by a base, the rate the shares make together
// (Σ share × base ÷ Σ base, "như tỉnh" counting as the province's rate) — never a plain average.
(function () {
  "use strict";
  function parse(text) {
    // Vietnamese writing: "." groups thousands, "," marks decimals.
    var s = (text || "").replace(/\s/g, "").replace(/\./g, "").replace(",", ".");
    if (s === "") return 0;
    var n = Number(s);
    return isFinite(n) ? n : NaN;
  }
  function show(n) {
    return n.toLocaleString("vi-VN", { maximumFractionDigits: 6 });
  }
  function update() {
    var holder = document.getElementById("province-value");
    var province = holder ? parse(holder.dataset.value) : NaN;
    var method = document.getElementById("method");
    var weighted = method && method.value === "weighted";
    var total = 0, weights = 0, bad = false;
    document.querySelectorAll("#shares tbody tr").forEach(function (row) {
      var input = row.querySelector(".share-value");
      if (!input) return;
      var same = row.querySelector("input[type=checkbox]");
      var base = row.querySelector("input[name^=base_]");
      var n = same && same.checked ? province : parse(input.value);
      if (isNaN(n)) { bad = true; input.setAttribute("aria-invalid", "true"); return; }
      input.removeAttribute("aria-invalid");
      if (!weighted) { total += n; return; }
      var b = base ? parse(base.value) : 0;
      if (isNaN(b)) { bad = true; return; }
      if ((input.value || (same && same.checked)) && b > 0) { total += n * b; weights += b; }
    });
    var out = document.getElementById("running-total");
    var gap = document.getElementById("running-gap");
    if (bad) { if (out) out.textContent = "có ô không phải là số"; if (gap) gap.textContent = ""; return; }
    var value = weighted ? (weights ? total / weights : 0) : total;
    if (out) out.textContent = show(value) + (weighted ? " (tỷ lệ chung theo quyền số)" : "");
    if (gap) gap.textContent = !isNaN(province) && province ? "(chênh " + show(province - value) + ")" : "";
  }
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("hand-down-form");
    if (!form) return;
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    update();
  });
})();
