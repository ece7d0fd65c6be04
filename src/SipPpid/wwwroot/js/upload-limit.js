// Refuses a file over the upload limit as soon as it is chosen, before the form uploads it. The server checks the
// same limit (and refuses larger requests with 413), so without JavaScript nothing is lost but the early message.
// The limit and the message come from <body data-max-upload data-upload-too-large>; an input may set its own
// data-max-bytes (the register import allows larger files).
(function () {
  var body = document.body;
  var message = body.dataset.uploadTooLarge || "{0} > {1} MB";
  document.querySelectorAll("input[type=file]").forEach(function (input) {
    var max = Number(input.dataset.maxBytes || body.dataset.maxUpload || 0);
    if (!max) return;
    input.addEventListener("change", function () {
      var tooLarge = Array.prototype.find.call(input.files || [], function (f) { return f.size > max; });
      input.setCustomValidity(tooLarge
        ? message.replace("{0}", tooLarge.name).replace("{1}", String(Math.floor(max / 1048576)))
        : "");
      if (tooLarge) input.reportValidity();
    });
    // Forms marked novalidate (the server's messages are shown instead) would still submit: stop them here.
    if (input.form) input.form.addEventListener("submit", function (e) {
      if (input.validity.customError) { e.preventDefault(); input.reportValidity(); }
    });
  });
})();
