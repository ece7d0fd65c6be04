// Form errors and forms with parts, on top of pages that work without JavaScript.
(function () {
  // The error summary (<error-summary />) takes focus: autofocus does it where the browser honours it on a div.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    if (document.activeElement !== summary) summary.focus();
    // A link to a field focuses the field (a plain #fragment only scrolls) and shows its label above it.
    summary.addEventListener("click", function (e) {
      var link = e.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!field) return;
      e.preventDefault();
      var details = field.closest("details");
      if (details) details.open = true;
      var legend = field.type === "radio" || field.type === "checkbox" ? field.closest("fieldset") : null;
      var label = legend || (field.labels && field.labels[0]) || field;
      label.scrollIntoView();
      field.focus({ preventScroll: true });
    });
  }

  // Parts shown only for some choices: <fieldset data-show-when="Decision.Decision" data-show-for="a b"> (the choice a
  // radio group or a select). Without
  // JavaScript every part shows (each says when it applies); here the others are hidden and disabled, so they
  // are not sent either.
  document.querySelectorAll("[data-show-when]").forEach(function (part) {
    var form = part.form || part.closest("form");
    if (!form) return;
    var name = part.dataset.showWhen;
    var values = (part.dataset.showFor || "").split(" ");
    function update() {
      var select = form.querySelector("select[name='" + name + "']");
      var checked = select || form.querySelector("input[name='" + name + "']:checked");
      var show = !!checked && values.indexOf(checked.value) >= 0;
      part.hidden = !show;
      part.disabled = !show;
    }
    form.addEventListener("change", function (e) { if (e.target.name === name) update(); });
    update();
  });
})();
