// Adds a Copy button to each code block. Pages are complete without it: no button without script.
document.querySelectorAll("pre > code").forEach(function (code) {
  var button = document.createElement("button");
  button.type = "button";
  button.className = "copy-button";
  button.textContent = "Copy";
  button.addEventListener("click", function () {
    var done = function () {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy"; }, 1500);
    };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(code.textContent).then(done, function () {});
    } else {
      getSelection().selectAllChildren(code);
      if (document.execCommand("copy")) done();
    }
  });
  code.parentNode.appendChild(button);
});
