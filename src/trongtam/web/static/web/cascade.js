// The hand-down table's running total: the communes' shares summed as typed, against the province's figure.
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
    var total = 0, bad = false;
    document.querySelectorAll("#shares .share-value").forEach(function (el) {
      var n = parse(el.value);
      if (isNaN(n)) { bad = true; el.setAttribute("aria-invalid", "true"); } else { el.removeAttribute("aria-invalid"); total += n; }
    });
    var out = document.getElementById("running-total");
    var gap = document.getElementById("running-gap");
    var holder = document.getElementById("province-value");
    var province = holder ? parse(holder.dataset.value) : 0;
    if (out) out.textContent = bad ? "có ô không phải là số" : show(total);
    if (gap && !bad && province && !isNaN(province)) gap.textContent = "(còn " + show(province - total) + ")";
  }
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("hand-down-form");
    if (!form) return;
    form.addEventListener("input", update);
    update();
  });
})();
