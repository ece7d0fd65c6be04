// Print buttons: <button data-print hidden>. They stay hidden without JavaScript (the PDF link works without it).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
